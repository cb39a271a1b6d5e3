"""Benlair Council (fictional Scottish Highland-type unitary council): the Strathluinn Committee.

Strathluinn is one of Benlair's area committees; its membership is every councillor for Wards 9
(Strathluinn), 10 (Ardcarrach and the Isles) and 11 (Glenfarrach), so there are no substitutes.
One meeting, Wednesday 8 October 2025 at 10.30 am, hybrid (Council Chamber, Strathluinn House,
Port Ardlaich, and remotely), printed as two files:

    agendas/benlair_strathluinn-committee_2025-10-08_agenda.pdf
        the notice of meeting letter from the Head of Legal and Governance (webcast notice, "Yours
        faithfully", enquiries line) followed by BUSINESS: numbered items 1-12 with a Gaelic
        translation in italics under every English heading, "There is circulated Report No. ..."
        lines and "The Committee is invited to: i. ... ii. ..." recommendations; item 7 has
        lettered sub-items "a." and "b."; an unnumbered paragraph asking the Committee to resolve
        to exclude the public comes before the exempt item 12. No page ranges are printed.
    minutes/benlair_strathluinn-committee_2025-10-08_minutes.pdf
        the minute in the house style of Highland area committees: "Minutes of Meeting of ..."
        sentence, two-column "Present:" list with "(remote)" markers, "Officials in attendance:",
        "Also in attendance:", the asterisk-in-the-margin legend, "Ms K Matheson in the Chair",
        "Business", then items numbered as the agenda with Gaelic sub-headings. Decisions are
        written "The Committee NOTED / AGREED / APPROVED" (often "The Committee:" with i., ii.,
        iii. parts); the word RESOLVED appears only once, in the exclusion of the public printed
        under an unnumbered heading before item 12. Two named votes are printed in two different
        ways (a three-column table for 7(b), "For the Motion (6): ..." lines for item 8), each
        followed by a bold "Decision" paragraph; an amendment falls for want of a seconder; a
        late arrival, a departure, an adjournment and members leaving the Chamber for declared
        interests are recorded; a recommendation to another committee carries an asterisk in the
        left margin. Running header and "Page n of m" footer.

All people, places, amounts and wording are invented. Module-level data drives both the PDFs and
the gold records, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Benlair Council"
COUNCIL_GD = "Comhairle Bheinn Làir"
BODY = "Strathluinn Committee"
DATE_ISO = "2025-10-08"
DATE_LONG = "Wednesday 8 October 2025"
START = "10:30"
START_PRINTED = "10.30 am"
END = "13:25"
END_PRINTED = "1.25 pm"
VENUE = "the Council Chamber, Strathluinn House, Quay Street, Port Ardlaich"
STEM = "benlair_strathluinn-committee_2025-10-08"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = dt.datetime(2025, 10, 15, 9, 12, 0, tzinfo=dt.timezone.utc)
AGENDA_CREATED = dt.datetime(2025, 9, 30, 14, 5, 0, tzinfo=dt.timezone.utc)

CONTACT = {"name": "Anne Gillies", "phone": "01855 740 218", "email": "anne.gillies@benlair.gov.uk"}
SIGNATORY = ("Eilidh Carmichael", "Head of Legal and Governance")

# ----------------------------------------------------------------------------------------------
# People.  key: surname used for votes; mode: present | remote | apologies
# ----------------------------------------------------------------------------------------------
MEMBERS = [
    # (key, honorific, initial, surname, ward, mode)
    ("Matheson", "Ms", "K", "Matheson", 9, "present"),
    ("Gunn", "Mr", "R", "Gunn", 9, "present"),
    ("Macaulay", "Mrs", "E", "Macaulay", 9, "remote"),
    ("Urquhart", "Mr", "D", "Urquhart", 9, "present"),
    ("MacPhail", "Mr", "A", "MacPhail", 10, "present"),
    ("Nicolson", "Ms", "F", "Nicolson", 10, "remote"),
    ("Sutherland-Boyd", "Mr", "J", "Sutherland-Boyd", 10, "present"),
    ("Rennie", "Mrs", "C", "Rennie", 10, "apologies"),
    ("Hendry", "Mr", "P", "Hendry", 11, "present"),
    ("Mackinlay", "Dr", "S", "Mackinlay", 11, "present"),
    ("Stoddart", "Mr", "I", "Stoddart", 11, "present"),
    ("Cowie", "Mrs", "M", "Cowie", 11, "apologies"),
]
CHAIR = "Matheson"

# order in which the clerk lists the Present: block (two columns, read down then across)
PRESENT_ORDER = [
    "Gunn",
    "Hendry",
    "Macaulay",
    "Mackinlay",
    "MacPhail",
    "Matheson",
    "Nicolson",
    "Stoddart",
    "Sutherland-Boyd",
    "Urquhart",
]

OFFICERS = [
    ("Ms", "L", "Drummond", "Strathluinn Area Manager, Communities and Place"),
    ("Mr", "G", "Munro", "Ward Manager (Wards 10 and 11), Communities and Place"),
    ("Mr", "K", "Baird", "Area Roads Operations Manager, Infrastructure and Environment"),
    ("Mr", "F", "Strachan", "Principal Traffic Engineer, Infrastructure and Environment"),
    ("Ms", "H", "Lamont", "Housing Manager (West), Housing and Property"),
    ("Mr", "C", "Findlay", "Principal Accountant, Corporate Finance"),
    ("Ms", "R", "Oag", "Solicitor, Performance and Governance"),
    ("Mrs", "A", "Gillies", "Committee Officer, Performance and Governance"),
]

# (printed prefix, initial, surname, printed description, role for gold)
ALSO = [
    (
        "Chief Inspector",
        "M",
        "Kerr",
        "Area Commander, Police Scotland",
        "Chief Inspector, Area Commander, Police Scotland",
    ),
    ("Inspector", "R", "Dow", "Police Scotland", "Inspector, Police Scotland"),
    (
        "Group Commander",
        "S",
        "Paterson",
        "Scottish Fire and Rescue Service",
        "Group Commander, Scottish Fire and Rescue Service",
    ),
    ("Mr", "G", "Leckie", "Local Member for Ward 12 (Kilcraig and Loch Benn) (item 8)", "Local Member for Ward 12"),
    (
        "Mr",
        "H",
        "Campbell",
        "Chair, Ardcarrach and the Isles Community Council (item 9)",
        "Chair, Ardcarrach and the Isles Community Council",
    ),
]


def member(key: str) -> tuple:
    for m in MEMBERS:
        if m[0] == key:
            return m
    raise KeyError(key)


def printed(key: str) -> str:
    """'Mr R Gunn' as the clerk prints a member."""
    _, hon, ini, sur, _, _ = member(key)
    return f"{hon} {ini} {sur}"


def plain(key: str) -> str:
    _, _, ini, sur, _, _ = member(key)
    return f"{ini} {sur}"


# ----------------------------------------------------------------------------------------------
# Agenda
# ----------------------------------------------------------------------------------------------
# Each item: number as printed (without the dot), title, Gaelic, body paragraphs / recommendation
# lists, part, parent.
AGENDA = [
    {
        "number": "1",
        "title": "Calling of the Roll and Apologies for Absence",
        "gd": "Gairm a' Chlàir agus Leisgeulan",
        "body": [],
    },
    {
        "number": "2",
        "title": "Declarations of Interest/Transparency Statement",
        "gd": "Foillseachaidhean Com-pàirt/Aithris Fhollaiseachd",
        "body": [
            "Members are asked to consider whether they have an interest to declare in relation to any item on "
            "the agenda for this meeting. Any Member making a declaration of interest should provide some "
            "information on the nature of the interest and leave the meeting at the appropriate time. Advice "
            "may be sought from officers prior to the meeting taking place."
        ],
    },
    {
        "number": "3",
        "title": "Police Scotland - Area Performance Summary",
        "gd": "Poileas Alba - Geàrr-chunntas Coileanaidh Sgìreil",
        "body": [
            "There is circulated Report No. SLC/14/25 by the Area Commander, Police Scotland.",
            "The Committee is invited to scrutinise and note the Police Scotland performance summary for the "
            "Strathluinn area for the period 1 April to 30 June 2025.",
        ],
    },
    {
        "number": "4",
        "title": "Scottish Fire and Rescue Service - Area Performance Report",
        "gd": "Seirbheis Smàlaidh is Teasairginn na h-Alba - Aithisg Coileanaidh Sgìreil",
        "body": [
            "There is circulated Report No. SLC/15/25 by the Local Senior Officer, Scottish Fire and Rescue Service.",
            "The Committee is invited to scrutinise and note the report.",
        ],
    },
    {
        "number": "5",
        "title": "Housing Performance Report - 1 April 2025 to 30 June 2025",
        "gd": "Aithisg Coileanaidh Taigheadais - 1 Giblean 2025 gu 30 Ògmhios 2025",
        "body": [
            "There is circulated Report No. SLC/16/25 by the Assistant Chief Executive - Place.",
            "The Committee is invited to scrutinise the information provided on housing performance in the "
            "period 1 April 2025 to 30 June 2025.",
        ],
    },
    {
        "number": "6",
        "title": "Winter Maintenance Plan 2025/26 - Strathluinn Area",
        "gd": "Plana Cumail Suas Geamhraidh 2025/26 - Sgìre Shrath Luinn",
        "body": [
            "There is circulated Report No. SLC/17/25 by the Assistant Chief Executive - Place.",
            (
                "The Committee is invited to:-",
                [
                    "note the content of the report;",
                    "approve the Winter Maintenance Plan 2025/26 for the Strathluinn area as set out at Appendix 1; "
                    "and",
                    "note the arrangements for the out-of-hours winter service and the farmer agreements.",
                ],
            ),
        ],
    },
    {
        "number": "7",
        "title": "Port Ardlaich Common Good Fund",
        "gd": "Maoin Math Coitcheann Phort Àrdlaich",
        "body": [],
    },
    {
        "number": "a",
        "parent": "7",
        "title": "Quarterly Monitoring Report - Quarter 1 2025/26",
        "gd": "Aithisg Sgrùdaidh Ràitheil - Ràith 1 2025/26",
        "body": [
            "There is circulated Report No. SLC/18/25 by the Head of Corporate Finance.",
            (
                "The Committee is invited to:-",
                [
                    "note the income and expenditure position of the Fund for Quarter 1 of 2025/26; and",
                    "approve the revised budget for 2025/26 as detailed at Appendix 2.",
                ],
            ),
        ],
    },
    {
        "number": "b",
        "parent": "7",
        "title": "Applications for Grant Assistance",
        "gd": "Iarrtasan airson Taic Tabhartais",
        "body": [
            "There is circulated Report No. SLC/19/25 by the Strathluinn Area Manager.",
            "The Committee is invited to consider the three applications for grant assistance set out in "
            "section 5 of the report.",
        ],
    },
    {
        "number": "8",
        "title": "Visitor Management: Proposed Parking Charges at Traigh Bhan and Camas Ruadh Car Parks",
        "gd": "Stiùireadh Luchd-tadhail: Cosgaisean Pàircidh air am Moladh aig Tràigh Bhàn agus Camas Ruadh",
        "body": [
            "There is circulated Report No. SLC/20/25 by the Assistant Chief Executive - Place.",
            (
                "The Committee is invited to agree to recommend to the Economy and Infrastructure Committee that:-",
                [
                    "pay and display charges be introduced at Traigh Bhan and Camas Ruadh car parks from 1 April "
                    "2026 at the tariffs set out at Appendix 3;",
                    "a residents' permit scheme be introduced on the terms set out at Appendix 4; and",
                    "the net income from the charges be reinvested in visitor infrastructure in the Strathluinn area.",
                ],
            ),
        ],
    },
    {
        "number": "9",
        "title": "Ardcarrach and the Isles Local Place Plan - Registration",
        "gd": "Plana Àite Ionadail Àird Charrach agus nan Eilean - Clàradh",
        "body": [
            "There is circulated Report No. SLC/21/25 by the Assistant Chief Executive - Place.",
            "The Committee is invited to note the Local Place Plan submitted by the Ardcarrach and the Isles "
            "Community Council and agree that it be added to the Register of Local Place Plans.",
        ],
    },
    {
        "number": "10",
        "title": "Ward Discretionary Fund - Monitoring Report 2025/26",
        "gd": "Maoin Roghainn Uàird - Aithisg Sgrùdaidh 2025/26",
        "body": [
            "There is circulated Report No. SLC/22/25 by the Strathluinn Area Manager.",
            "The Committee is invited to note the expenditure to date and the balances remaining for Wards 9, "
            "10 and 11.",
        ],
    },
    {
        "number": "11",
        "title": "Minutes",
        "gd": "Geàrr-chunntas",
        "body": [
            "There are circulated for noting Minutes of Meeting of the Strathluinn Committee held on 11 June "
            "2025 which were approved by the Council on 26 June 2025."
        ],
    },
    {
        "number": "12",
        "title": "Port Ardlaich Harbour Store - Proposed Lease",
        "gd": "Stòr a' Chala, Port Àrdlaich - Aonta-màil air a Mholadh",
        "part": "exempt",
        "body": [
            "There is circulated to Members only Report No. SLC/23/25 by the Head of Property and Asset Management.",
            "The Committee is invited to agree the recommendations in the report.",
        ],
    },
]

AGENDA_EXCLUSION = (
    "The Committee is asked to resolve that, under Section 50A(4) of the Local Government (Scotland) Act "
    "1973, the public be excluded from the meeting for the following item on the grounds that it involves "
    "the likely disclosure of exempt information as defined in Paragraphs 6 and 9 of Part 1 of Schedule 7A "
    "of the Act."
)

# ----------------------------------------------------------------------------------------------
# Votes (both printed with names; "For the Motion" is yes, "For the Amendment" is no)
# ----------------------------------------------------------------------------------------------
VOTES = {
    "7(b)": {
        "style": "table",
        "motion_by": ("Gunn", "Urquhart"),
        "motion": "moved that a grant of £6,000 be awarded, as requested.",
        "amendment_by": ("Hendry", "Mackinlay"),
        "amendment": "moved that a grant of £3,000 be awarded, with the balance to be considered at the "
        "Committee's meeting in February 2026 once the Band had confirmed its other sources of funding.",
        "for": ["Matheson", "Gunn", "Urquhart", "Nicolson", "Sutherland-Boyd"],
        "against": ["Hendry", "Mackinlay", "Stoddart"],
        "abstain": ["Macaulay"],
        "not_voting": ["MacPhail"],
    },
    "8": {
        "style": "list",
        "motion_by": ("Matheson", "MacPhail"),
        "motion": "moved the recommendations as set out in the report.",
        "amendment_by": ("Sutherland-Boyd", "Nicolson"),
        "amendment": "moved that consideration of the proposals be deferred to the Committee's meeting in "
        "February 2026 to allow consultation with the Ardcarrach and the Isles and Port Ardlaich Community "
        "Councils and an assessment of the likely displacement of parking onto verges and passing places.",
        "for": ["Matheson", "MacPhail", "Gunn", "Hendry", "Mackinlay", "Stoddart"],
        "against": ["Sutherland-Boyd", "Nicolson", "Urquhart", "Macaulay"],
        "abstain": [],
        "not_voting": [],
    },
}


def vote_sentence(v: dict) -> str:
    f, a, ab = len(v["for"]), len(v["against"]), len(v["abstain"])
    abst = "no abstentions" if ab == 0 else ("1 abstention" if ab == 1 else f"{ab} abstentions")
    return (
        f"On a vote being taken, the MOTION received {f} votes and the AMENDMENT received {a} votes, with "
        f"{abst}, and the MOTION was therefore CARRIED, the votes having been cast as follows:"
    )


# ----------------------------------------------------------------------------------------------
# Minutes.  Block kinds:
#   ("p", text)                 paragraph
#   ("bullets", [text, ...])    dash bullets
#   ("decide", intro, [parts])  "The Committee:" + i. ii. iii.
#   ("decl", [text, ...])       unindented list lines (declarations)
#   ("vote", key)               motion, amendment, vote sentence and names
#   ("label", text)             bold run-in label ("Decision")
#   ("star", text|tuple)        decision with an asterisk in the left margin
#   ("heading", title, gd)      unnumbered heading
# ----------------------------------------------------------------------------------------------
DECLARATIONS = [
    "Item 7(b)(iii) - Mr A MacPhail (non-financial)",
    "Item 12 - Mr D Urquhart (financial)",
]
TRANSPARENCY = [
    "Item 8 - Mr P Hendry, who advised that, while he had a business connection with a tourism operator in "
    "Ardcarrach, he had concluded that this did not preclude his participation in the item.",
]

MINUTES = [
    {
        "number": "1",
        "agenda_item": "1",
        "blocks": [
            ("p", f"Apologies for absence were intimated on behalf of {printed('Rennie')} and {printed('Cowie')}."),
            ("p", f"It was noted that {printed('Stoddart')} had advised that he would be delayed."),
        ],
    },
    {
        "number": "2",
        "agenda_item": "2",
        "blocks": [
            ("p", "The Committee NOTED the following declarations of interest:-"),
            ("decl", DECLARATIONS),
            ("p", "The Committee also NOTED the following transparency statement:-"),
            ("decl", TRANSPARENCY),
        ],
    },
    {
        "number": "3",
        "agenda_item": "3",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/14/25 by the Area Commander which set out performance in "
                "the Strathluinn area against the priorities of the Local Policing Plan for the period 1 April to "
                "30 June 2025. Chief Inspector M Kerr spoke to the report and highlighted that road safety and the "
                "summer visitor season had been the principal demands on local resources during the quarter.",
            ),
            ("p", f"{printed('Stoddart')} joined the meeting at 10.47 am during consideration of this item."),
            ("p", "During discussion, Members raised the following main points:-"),
            (
                "bullets",
                [
                    "concern was expressed about the number of speeding complaints received from residents of "
                    "Inverfarrach and Ardlaich Bridge, and officers were asked to consider further mobile speed "
                    "checks on the A896 and the B8421 over the winter months;",
                    "the work of the Community Policing Team at the Port Ardlaich ferry terminal during the peak "
                    "season was commended, and it was queried whether the same level of cover could be "
                    "sustained in 2026;",
                    "information was sought on the number of calls relating to wild camping and fires at Traigh "
                    "Bhan, and it was confirmed that the figures would be circulated to Members after the meeting;",
                    "the reduction in reported housebreakings compared with the same quarter last year was "
                    "welcomed; and",
                    "it was emphasised that the closure of the police office at Glenfarrach should not reduce the "
                    "visibility of officers in the more remote communities of Ward 11.",
                ],
            ),
            ("p", "The Committee scrutinised and NOTED the report."),
        ],
    },
    {
        "number": "4",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/15/25 by the Local Senior Officer, Scottish Fire and "
                "Rescue Service, which detailed performance against the Local Fire and Rescue Plan for the first "
                "quarter of 2025/26. Group Commander S Paterson introduced the report.",
            ),
            (
                "p",
                "In discussion, Members welcomed the continued fall in accidental dwelling fires and the home fire "
                "safety visits carried out on the islands. Reference was made to the difficulty of recruiting "
                "on-call firefighters in Ardcarrach and on Eilean Garbh, and Members sought assurance that the "
                "on-call stations would remain fully crewed over the winter. The Group Commander advised that a "
                "local recruitment campaign would run during November and that he would welcome the support of "
                "Members in promoting it within their communities.",
            ),
            (
                "decide",
                "The Committee:-",
                [
                    "NOTED the report; and",
                    "AGREED that the Scottish Fire and Rescue Service provide a briefing on wildfire preparedness "
                    "to the Members for Ward 11 ahead of the spring 2026 muirburn season.",
                ],
            ),
        ],
    },
    {
        "number": "5",
        "agenda_item": "5",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/16/25 by the Assistant Chief Executive - Place which "
                "provided information on how the Housing Service had performed in relation to the Scottish Social "
                "Housing Charter and other performance indicators in the period 1 April 2025 to 30 June 2025.",
            ),
            ("p", "During discussion, the following main points were raised:-"),
            (
                "bullets",
                [
                    "the average time taken to re-let empty properties in Port Ardlaich (61.4 days) remained well "
                    "above the Benlair average and Members asked that the reasons for this be set out in the next "
                    "report;",
                    "in response to a question, the Housing Manager (West) advised that the shortage of local "
                    "trades contractors on the islands continued to affect the completion of non-emergency "
                    "repairs within target;",
                    "rent arrears had increased by £14,860 over the quarter and Members encouraged tenants "
                    "experiencing difficulty to contact the Council's Welfare Support Team at an early stage; and",
                    "information was requested on the number of households presenting as homeless in the area "
                    "who were currently placed in bed and breakfast accommodation outwith Strathluinn.",
                ],
            ),
            (
                "p",
                "The Committee scrutinised and NOTED the information provided on housing performance in the period "
                "1 April 2025 to 30 June 2025.",
            ),
            ("p", "The Committee adjourned at 11.48 am and reconvened at 11.58 am."),
        ],
    },
    {
        "number": "6",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/17/25 by the Assistant Chief Executive - Place which set "
                "out the proposed Winter Maintenance Plan for the Strathluinn area for 2025/26, including the "
                "treatment hierarchy for the local road network, the locations of grit bins and salt heaps, and the "
                "arrangements for the out-of-hours service.",
            ),
            (
                "p",
                "The Area Roads Operations Manager advised that the plan was substantially unchanged from 2024/25, "
                "save for the addition of the new access road to Ardlaich Primary School to the primary treatment "
                "network and the relocation of the Glenfarrach salt store to the former quarry at Dalnacreich.",
            ),
            ("p", "During discussion, Members raised the following issues:-"),
            (
                "bullets",
                [
                    "the B8421 Glenfarrach road was used by the school bus and by patients travelling to the "
                    "Glenfarrach surgery and, in the view of a number of Members, should receive the same priority "
                    "as the A896;",
                    "the replenishment of community grit bins had been slow during the previous winter and it was "
                    "asked that community councils be given a named contact for requests;",
                    "the continued support of local farmers and crofters who undertook snow clearing under the "
                    "Council's farmer agreements was acknowledged; and",
                    "the importance of clear public communication about treatment routes, particularly through the "
                    "Council's social media channels, was highlighted.",
                ],
            ),
            (
                "p",
                f"{printed('Sutherland-Boyd')} proposed, as an amendment to recommendation ii, that the B8421 "
                "Glenfarrach road between Ardlaich Bridge and Inverfarrach be upgraded from a secondary to a "
                "primary treatment route. There being no seconder, the amendment fell.",
            ),
            (
                "decide",
                "Thereafter, the Committee:-",
                [
                    "NOTED the content of the report;",
                    "APPROVED the Winter Maintenance Plan 2025/26 for the Strathluinn area as set out at Appendix 1 "
                    "to the report; and",
                    "AGREED that the Area Roads Operations Manager review the treatment of the B8421 in "
                    "consultation with the Members for Ward 11 and report back to a future meeting of the "
                    "Committee.",
                ],
            ),
        ],
    },
    {
        "number": "7",
        "agenda_item": "7",
        "blocks": [],
    },
    {
        "number": "7(a)",
        "label": "(a)",
        "agenda_item": "a",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/18/25 by the Head of Corporate Finance which set out the "
                "income and expenditure of the Port Ardlaich Common Good Fund for the period 1 April to 30 June "
                "2025, together with the projected outturn for the year.",
            ),
            (
                "p",
                "The Principal Accountant confirmed that rental income from the Fund's properties at Quay Street "
                "and the Harbour Store remained in line with budget, and that the projected year-end surplus of "
                "£18,420 took account of the roof repairs to the Town House approved by the Committee in June.",
            ),
            (
                "decide",
                "The Committee:-",
                [
                    "NOTED the income and expenditure position for Quarter 1 of 2025/26; and",
                    "APPROVED the revised budget for 2025/26 as detailed at Appendix 2 to the report.",
                ],
            ),
        ],
    },
    {
        "number": "7(b)",
        "label": "(b)",
        "agenda_item": "b",
        "blocks": [
            (
                "p",
                "Having declared a non-financial interest in application (iii) below as a member of the committee "
                f"of the Port Ardlaich and District Pipe Band, {printed('MacPhail')} left the Chamber for "
                "consideration of that application and took no part in the discussion or vote.",
            ),
            (
                "p",
                "There had been circulated Report No. SLC/19/25 by the Strathluinn Area Manager which set out three "
                "applications for grant assistance from the Port Ardlaich Common Good Fund, each of which had been "
                "assessed against the Fund's grant criteria.",
            ),
            ("label", "(i) Port Ardlaich Gala Week Committee - £2,750"),
            ("p", "The Committee AGREED to award a grant of £2,750 towards the costs of the 2026 Gala Week."),
            ("label", "(ii) Port Ardlaich Harbour Heritage Group - £4,200"),
            (
                "p",
                "The Committee AGREED to award a grant of £4,200 towards interpretation boards on the harbour "
                "front, subject to confirmation of match funding from the Strathluinn Community Trust.",
            ),
            ("label", "(iii) Port Ardlaich and District Pipe Band - £6,000"),
            (
                "p",
                "The Area Manager advised that the application sought a contribution towards replacement uniforms "
                "and the Band's travel to competitions in 2026, and that the Band's own fundraising had raised "
                "£2,300 towards the total project cost of £11,800.",
            ),
            ("vote", "7(b)"),
            ("label", "Decision"),
            ("p", "The Committee AGREED to award a grant of £6,000 to the Port Ardlaich and District Pipe Band."),
            ("p", f"{printed('MacPhail')} returned to the Chamber."),
        ],
    },
    {
        "number": "8",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/20/25 by the Assistant Chief Executive - Place which "
                "reviewed the 2025 visitor season and set out proposals to introduce pay and display parking "
                "charges at the Council-owned car parks at Traigh Bhan and Camas Ruadh from 1 April 2026, with the "
                "net income to be reinvested in visitor infrastructure in the Strathluinn area.",
            ),
            (
                "p",
                "At the invitation of the Chair, Mr G Leckie, Local Member for Ward 12, addressed the Committee and "
                "outlined the experience of introducing charges at the Loch Benn car parks in 2023, including the "
                "effect on informal parking on nearby verges during the first season.",
            ),
            (
                "p",
                "The Principal Traffic Engineer advised that the proposals were projected to generate net income of "
                "£41,500 per annum, that a permit would be available to residents at an annual cost of £20, and "
                "that the charges would require the promotion of an Off-Street Parking Places Order, which would "
                "be subject to statutory consultation.",
            ),
            ("p", "During discussion, Members raised the following main points:-"),
            (
                "bullets",
                [
                    "the pressures experienced at both car parks during July and August, including the obstruction "
                    "of the single-track road to Camas Ruadh by parked vehicles, had been significant and some form "
                    "of management was required;",
                    "the reinvestment of income in toilets, waste collection and path maintenance at the beaches "
                    "was supported, although assurance was sought that the income would be ring-fenced to the "
                    "Strathluinn area;",
                    "concern was expressed that charges might displace parking onto verges and passing places, and "
                    "that displacement had not been modelled in the report;",
                    "it was suggested that the Ardcarrach and the Isles and Port Ardlaich Community Councils had not "
                    "been given sufficient opportunity to comment on the proposals; and",
                    "the proposed residents' permit was welcomed, but it was asked that the eligibility criteria be "
                    "drawn widely enough to include residents of the islands.",
                ],
            ),
            ("vote", "8"),
            (
                "star",
                (
                    "The Committee AGREED to RECOMMEND to the Economy and Infrastructure Committee that:-",
                    [
                        "pay and display charges be introduced at Traigh Bhan and Camas Ruadh car parks from "
                        "1 April 2026 at the tariffs set out at Appendix 3 to the report;",
                        "a residents' permit scheme be introduced for residents of Wards 10 and 11, including the "
                        "islands, on the terms set out at Appendix 4 to the report; and",
                        "the net income from the charges be ring-fenced for visitor infrastructure in the "
                        "Strathluinn area.",
                    ],
                ),
            ),
            (
                "p",
                "The Committee further AGREED that officers hold a briefing with the two Community Councils before "
                "the draft Order is advertised.",
            ),
        ],
    },
    {
        "number": "9",
        "agenda_item": "9",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/21/25 by the Assistant Chief Executive - Place which "
                "advised that the Ardcarrach and the Isles Community Council had submitted a Local Place Plan for "
                "registration under the Town and Country Planning (Scotland) Act 1997, as amended, and that officers "
                "had checked the Plan against the validation requirements.",
            ),
            (
                "p",
                "Mr H Campbell, Chair of the Ardcarrach and the Isles Community Council, gave a short presentation "
                "on the preparation of the Plan, which had involved two public drop-in events, a household survey "
                "with 312 responses and workshops with pupils of Ardcarrach Primary School.",
            ),
            (
                "p",
                "Members commended the Community Council for the quality of the Plan and the breadth of the "
                "engagement undertaken, and noted that its proposals for affordable housing at Achnacloich and a "
                "community-owned slipway would be material considerations in the determination of future planning "
                "applications.",
            ),
            (
                "decide",
                "The Committee:-",
                [
                    "NOTED the Ardcarrach and the Isles Local Place Plan and the validation checks undertaken;",
                    "AGREED that the Local Place Plan be added to the Register of Local Place Plans; and",
                    "AGREED that a letter be sent to the Community Council thanking it for its work.",
                ],
            ),
        ],
    },
    {
        "number": "10",
        "agenda_item": "10",
        "blocks": [
            (
                "p",
                "There had been circulated Report No. SLC/22/25 by the Strathluinn Area Manager which provided an "
                "update on the allocation of the Ward Discretionary Fund in Wards 9, 10 and 11 for 2025/26.",
            ),
            ("p", f"{printed('Macaulay')} left the meeting at 1.05 pm during consideration of this item."),
            (
                "p",
                "In response to a question, the Ward Manager confirmed that £11,640 of the combined budget of "
                "£36,000 remained uncommitted and that the closing date for applications in the current year "
                "would be 31 January 2026.",
            ),
            ("p", "The Committee NOTED the expenditure incurred to date and the remaining balances for each Ward."),
        ],
    },
    {
        "number": "11",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "There had been circulated for noting Minutes of Meeting of the Strathluinn Committee held on 11 June "
                "2025, which had been approved by the Council on 26 June 2025, the terms of which were NOTED.",
            ),
        ],
    },
    {
        "number": "12",
        "agenda_item": "12",
        "preamble": [
            ("heading", "Exclusion of the Public", "Às-dùnadh a' Phobaill"),
            (
                "p",
                "The Committee RESOLVED that, under Section 50A(4) of the Local Government (Scotland) Act 1973, "
                "the public be excluded from the meeting for the following item on the grounds that it involved "
                "the likely disclosure of exempt information as defined in Paragraphs 6 and 9 of Part 1 of "
                "Schedule 7A of the Act.",
            ),
        ],
        "blocks": [
            (
                "p",
                f"Having declared a financial interest in this item as a director of one of the bidders, "
                f"{printed('Urquhart')} left the Chamber and took no part in its consideration.",
            ),
            (
                "p",
                "There had been circulated to Members only Report No. SLC/23/25 by the Head of Property and Asset "
                "Management which set out the outcome of the marketing exercise for the lease of the Harbour "
                "Store, Port Ardlaich, a property held on the Port Ardlaich Common Good Fund.",
            ),
            ("p", "After discussion, the Committee AGREED the recommendations as detailed in the report."),
        ],
    },
]

AGENDA_BY_NUMBER = {}
for _it in AGENDA:
    AGENDA_BY_NUMBER[(_it.get("parent"), _it["number"])] = _it


def agenda_entry(m: dict) -> dict:
    parent = "7" if m["number"].startswith("7(") else None
    return AGENDA_BY_NUMBER[(parent, m["agenda_item"])]


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
LEFT = 20.0
TEXT_X = 33.0
RIGHT = 190.0


class BenlairPDF(FPDF):
    def __init__(self, running: str, footer_style: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running = running
        self.footer_style = footer_style
        self.set_margins(LEFT, 20, 210 - RIGHT)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(LEFT, 10)
        self.cell(RIGHT - LEFT, 4, self.running, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(LEFT, 15, RIGHT, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        if self.footer_style == "nofm":
            text = f"Page {self.page_no()} of {{nb}}"
        else:
            text = str(self.page_no())
        self.cell(0, 5, text, align="C")


def para(pdf: FPDF, text: str, x: float = TEXT_X, size: float = 10.5, style: str = "", gap: float = 3.5):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(RIGHT - x, 5.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def listed(pdf: FPDF, marks: list[str], items: list[str], x: float = TEXT_X, hang: float = 9, gap: float = 3.5):
    pdf.set_font("Helvetica", "", 10.5)
    for mark, text in zip(marks, items):
        if pdf.get_y() > 297 - 22 - 6:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(hang, 5.2, mark)
        pdf.set_xy(x + hang, y)
        pdf.multi_cell(RIGHT - x - hang, 5.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.ln(gap - 1.2)


def keep_room(pdf: FPDF, mm: float):
    if pdf.get_y() + mm > 297 - 22:
        pdf.add_page()


def heading(pdf: FPDF, number: str | None, title: str, gd: str, x_num: float = LEFT, x_text: float = TEXT_X):
    keep_room(pdf, 22)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 11)
    if number:
        pdf.set_xy(x_num, y)
        pdf.cell(x_text - x_num, 5.5, number)
    pdf.set_xy(x_text, y)
    pdf.multi_cell(RIGHT - x_text, 5.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.set_x(x_text)
    pdf.multi_cell(RIGHT - x_text, 5.2, gd, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def build_agenda(path: Path) -> Path:
    pdf = BenlairPDF(f"{BODY} - {DATE_LONG} - Agenda", "plain")
    pdf.set_title(f"{BODY} - Agenda - 8 October 2025")
    pdf.set_author(COUNCIL)
    pdf.set_creation_date(AGENDA_CREATED)
    pdf.add_page()
    # letterhead
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, COUNCIL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 12)
    pdf.cell(0, 6, COUNCIL_GD, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    for i, line in enumerate(["Council Offices", "Drumbeg Road", "Kilcraig", "KC1 4LB", "", "30 September 2025"]):
        pdf.set_xy(140, 12 + i * 4.4)
        pdf.cell(50, 4.4, line, align="R")
    pdf.set_y(44)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, 41, RIGHT, 41)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, f"Agenda - {BODY}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(
        pdf,
        f"A meeting of the {BODY} will be held in {VENUE} and remotely on {DATE_LONG} at 10.30am.",
        x=LEFT,
    )
    para(
        pdf,
        "Webcast Notice: This meeting will be filmed and broadcast over the Internet on the Benlair Council "
        "website and will be archived and available for viewing for 12 months thereafter.",
        x=LEFT,
    )
    para(pdf, "You are invited to attend the meeting and a note of the business to be considered is attached.", x=LEFT)
    para(pdf, "Yours faithfully", x=LEFT, gap=6)
    para(pdf, SIGNATORY[0], x=LEFT, style="B", gap=0)
    para(pdf, SIGNATORY[1], x=LEFT)
    para(
        pdf,
        f"Enquiries: {CONTACT['name']}, Committee Officer, tel {CONTACT['phone']}, email {CONTACT['email']}",
        x=LEFT,
        size=9.5,
        gap=5,
    )
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "BUSINESS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for it in AGENDA:
        if it.get("part") == "exempt":
            keep_room(pdf, 30)
            para(pdf, AGENDA_EXCLUSION, x=LEFT, style="I")
        sub = it.get("parent") is not None
        x_num = TEXT_X if sub else LEFT
        x_text = TEXT_X + 8 if sub else TEXT_X
        heading(pdf, f"{it['number']}.", it["title"], it["gd"], x_num=x_num, x_text=x_text)
        for b in it["body"]:
            if isinstance(b, tuple):
                para(pdf, b[0], x=x_text, gap=1.5)
                listed(pdf, [f"{r}." for r in ROMAN[: len(b[1])]], b[1], x=x_text + 2)
            else:
                para(pdf, b, x=x_text)
        pdf.ln(1.5)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def vote_block(pdf: FPDF, key: str):
    v = VOTES[key]
    para(pdf, "Motion", style="B", gap=1)
    mv, sc = v["motion_by"]
    para(pdf, f"{printed(mv)}, seconded by {printed(sc)}, {v['motion']}")
    para(pdf, "Amendment", style="B", gap=1)
    mv, sc = v["amendment_by"]
    para(pdf, f"{printed(mv)}, seconded by {printed(sc)}, {v['amendment']}")
    para(pdf, vote_sentence(v))
    if v["style"] == "table":
        cols = [
            (f"Motion ({len(v['for'])})", v["for"]),
            (f"Amendment ({len(v['against'])})", v["against"]),
            (f"Abstention ({len(v['abstain'])})", v["abstain"]),
        ]
        rows = max(len(c[1]) for c in cols)
        keep_room(pdf, 6 * (rows + 1) + 4)
        w = (RIGHT - TEXT_X) / 3
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10.5)
        for i, (head, _) in enumerate(cols):
            pdf.set_xy(TEXT_X + i * w, y)
            pdf.cell(w, 6, head, border="B")
        pdf.set_font("Helvetica", "", 10.5)
        for r in range(rows):
            yy = y + 6 * (r + 1) + 1
            for i, (_, names) in enumerate(cols):
                pdf.set_xy(TEXT_X + i * w, yy)
                pdf.cell(w, 6, printed(names[r]) if r < len(names) else "")
        pdf.set_y(y + 6 * (rows + 1) + 4)
    else:
        lines = [
            f"For the Motion ({len(v['for'])}): " + ", ".join(printed(k) for k in v["for"]),
            f"For the Amendment ({len(v['against'])}): " + ", ".join(printed(k) for k in v["against"]),
            f"Abstentions ({len(v['abstain'])}): " + (", ".join(printed(k) for k in v["abstain"]) or "None"),
        ]
        for line in lines:
            para(pdf, line, gap=1.5)
        pdf.ln(1)


def render_blocks(pdf: FPDF, blocks: list):
    for b in blocks:
        kind = b[0]
        if kind == "p":
            para(pdf, b[1])
        elif kind == "bullets":
            listed(pdf, ["-"] * len(b[1]), b[1], x=TEXT_X + 2, hang=6)
        elif kind == "decide":
            para(pdf, b[1], gap=1.5)
            listed(pdf, [f"{r}." for r in ROMAN[: len(b[2])]], b[2])
        elif kind == "decl":
            for line in b[1]:
                para(pdf, line, x=TEXT_X + 6, gap=1.2)
            pdf.ln(1.5)
        elif kind == "label":
            keep_room(pdf, 16)
            para(pdf, b[1], style="B", gap=1)
        elif kind == "vote":
            vote_block(pdf, b[1])
        elif kind == "star":
            intro, parts = b[1]
            keep_room(pdf, 24)
            para(pdf, "Decision", style="B", gap=1)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 14)
            pdf.set_xy(LEFT - 8, y - 0.5)
            pdf.cell(6, 7, "*")
            pdf.set_y(y)
            para(pdf, intro, gap=1.5)
            listed(pdf, [f"{r}." for r in ROMAN[: len(parts)]], parts)
        elif kind == "heading":
            pdf.ln(1)
            heading(pdf, None, b[1], b[2])
        else:  # pragma: no cover
            raise ValueError(kind)


def build_minutes(path: Path) -> Path:
    pdf = BenlairPDF(f"{COUNCIL}  |  {BODY}  |  8 October 2025", "nofm")
    pdf.set_title(f"Minutes - {BODY} - 8 October 2025")
    pdf.set_author(COUNCIL)
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, COUNCIL, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, COUNCIL_GD, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    para(
        pdf,
        f"Minutes of Meeting of the {BODY} held in {VENUE} and remotely on {DATE_LONG} at {START_PRINTED}.",
        x=LEFT,
        style="B",
        gap=4,
    )
    # Present (two columns, read down)
    para(pdf, "Present:", x=LEFT, style="B", gap=1)
    names = []
    for k in PRESENT_ORDER:
        mode = member(k)[5]
        names.append(printed(k) + (" (remote)" if mode == "remote" else ""))
    half = (len(names) + 1) // 2
    pdf.set_font("Helvetica", "", 11)
    y0 = pdf.get_y()
    for i, name in enumerate(names):
        col, row = divmod(i, half)
        pdf.set_xy(LEFT + col * 80, y0 + row * 5.4)
        pdf.cell(78, 5.4, name)
    pdf.set_y(y0 + half * 5.4 + 4)
    para(pdf, "Officials in attendance:", x=LEFT, style="B", gap=1)
    for hon, ini, sur, role in OFFICERS:
        para(pdf, f"{hon} {ini} {sur}, {role}", x=LEFT, gap=0.6)
    pdf.ln(3)
    para(pdf, "Also in attendance:", x=LEFT, style="B", gap=1)
    for pre, ini, sur, desc, _ in ALSO:
        para(pdf, f"{pre} {ini} {sur}, {desc}", x=LEFT, gap=0.6)
    pdf.ln(3)
    para(
        pdf,
        "An asterisk in the margin denotes a recommendation to another Committee or to the Council. All decisions "
        "with no marking in the margin are delegated to the Committee.",
        x=LEFT,
        style="I",
        size=10,
        gap=4,
    )
    para(pdf, f"{printed(CHAIR)} in the Chair", x=LEFT, style="B", gap=4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Business", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for m in MINUTES:
        ag = agenda_entry(m)
        render_blocks(pdf, m.get("preamble", []))
        if "label" in m:
            heading(pdf, m["label"], ag["title"], ag["gd"], x_num=TEXT_X, x_text=TEXT_X + 9)
        else:
            heading(pdf, f"{m['number']}.", ag["title"], ag["gd"])
        render_blocks(pdf, m["blocks"])
        pdf.ln(1.5)
    pdf.ln(4)
    para(pdf, f"The meeting ended at {END_PRINTED}.", x=LEFT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    return [build_agenda(folder / AGENDA_FILE), build_minutes(folder / MINUTES_FILE)]


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------
def _block_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] in ("p", "label"):
            out.append(b[1])
        elif b[0] in ("bullets", "decl"):
            out.extend(b[1])
        elif b[0] == "decide":
            out.append(b[1])
            out.extend(b[2])
        elif b[0] == "star":
            out.append(b[1][0])
            out.extend(b[1][1])
        elif b[0] == "heading":
            out.append(b[1])
        elif b[0] == "vote":
            v = VOTES[b[1]]
            out += [v["motion"], v["amendment"], vote_sentence(v)]
    return "\n".join(out)


RESOLVED_RE = re.compile(r"\bresolved\b", re.IGNORECASE)


# the decisions per minute under the gold format's rule for minutes whose decisions are worded
# "The Committee NOTED ...; AGREED ..." (tests/gold/README.md): each such statement, each numbered
# part, and the one RESOLVED clause; recounted by a second reader from the PDF
DECISIONS_PER_ITEM = {
    "2": 2,
    "3": 1,
    "4": 2,
    "5": 1,
    "6": 3,
    "7(a)": 2,
    "7(b)": 3,
    "8": 4,
    "9": 3,
    "10": 1,
    "11": 1,
    "12": 2,
}


def resolutions_per_item() -> dict[str, int]:
    per = {}
    for m in MINUTES:
        n = len(RESOLVED_RE.findall(_block_text(m.get("preamble", []) + m["blocks"])))
        if n:
            per[m["number"]] = n
    return per


def _agenda_gold() -> list[dict]:
    out = []
    for it in AGENDA:
        rec = {
            "number": it["number"],
            "title": it["title"],
            "pages": None,
            "part": it.get("part", "public"),
            "parent": it.get("parent"),
        }
        if it.get("parent"):
            rec["path"] = f"{it['parent']}.{it['number']}"
        out.append(rec)
    return out


def _attendance() -> list[dict]:
    att = []
    for key, _hon, ini, sur, ward, mode in MEMBERS:
        status = {"present": "present", "remote": "virtual", "apologies": "apologies"}[mode]
        rec = {"name": f"{ini} {sur}", "status": status}
        if key == CHAIR:
            rec["role"] = "Chair"
        att.append(rec)
    for _hon, ini, sur, role in OFFICERS:
        att.append({"name": f"{ini} {sur}", "status": "in_attendance", "role": role})
    for _pre, ini, sur, _desc, role in ALSO:
        att.append({"name": f"{ini} {sur}", "status": "also_present", "role": role})
    return att


def _votes() -> list[dict]:
    out = []
    for item, v in VOTES.items():
        surname = lambda k: member(k)[3]  # noqa: E731
        out.append(
            {
                "item": item,
                "result": "carried",
                "result_as_printed": "the MOTION was therefore CARRIED",
                "counts": {"yes": len(v["for"]), "no": len(v["against"]), "abstain": len(v["abstain"])},
                "voters": {
                    "yes": [surname(k) for k in v["for"]],
                    "no": [surname(k) for k in v["against"]],
                    "abstain": [surname(k) for k in v["abstain"]],
                },
                "motion": v["motion"].removeprefix("moved ").rstrip("."),
                "mover": surname(v["motion_by"][0]),
                "seconder": surname(v["motion_by"][1]),
                "note": "yes = for the Motion, no = for the Amendment",
            }
        )
    return out


def _check() -> None:
    present = {m[0] for m in MEMBERS if m[5] in ("present", "remote")}
    for item, v in VOTES.items():
        voters = v["for"] + v["against"] + v["abstain"]
        assert len(voters) == len(set(voters)), item
        assert set(voters) <= present, item
        assert not set(voters) & set(v["not_voting"]), item
        assert set(voters) | set(v["not_voting"]) == present, item
    assert sorted(PRESENT_ORDER) == sorted(present)


def gold() -> dict:
    _check()
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda_rec = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Each heading is printed in English with a Gaelic translation in italics beneath it; the titles are "
            "the English lines only.",
            "The two sub-items printed 'a.' and 'b.' under item 7 are recorded with numbers 'a' and 'b', parent "
            "'7' and paths '7.a' and '7.b'.",
            "The 'There is circulated Report No. ...' lines and the i./ii./iii. recommendation lists under items "
            "are item text, not agenda items.",
            "The italic paragraph asking the Committee to resolve to exclude the public, printed unnumbered before "
            "item 12, is a procedural statement and not an agenda item.",
            "Item 12 follows the exclusion paragraph and is circulated to Members only, so it is the only exempt item.",
            "No page ranges are printed against any item, so pages is null throughout.",
            "The contact is the Committee Officer named on the enquiries line of the notice letter.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": _agenda_gold(),
    }
    resolutions_per_item()  # checks that "resolved" is printed only where the exclusion is
    per = dict(DECISIONS_PER_ITEM)
    minutes_rec = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items keep the agenda numbers; the Gaelic line under each heading is not part of the title.",
            "The sub-headings printed '(a)' and '(b)' under minute 7 are recorded as '7(a)' and '7(b)', the form "
            "the minutes themselves use in the declarations of interest ('Item 7(b)(iii)').",
            "Minute 7 prints only its heading, with its business under 7(a) and 7(b); it is kept as an item.",
            "The agenda_item of 7(a) and 7(b) is the agenda sub-item number 'a' or 'b' (parent 7) as the agenda "
            "gold records it.",
            "The application headings (i)-(iii) inside 7(b) are parts of that minute, not minute items.",
            "The minutes word their decisions 'The Committee NOTED/AGREED/APPROVED' (RESOLVED only once, for the "
            "exclusion of the public), so resolutions count each such statement, each numbered part once, and the "
            "resolved clause; motions and amendments as moved are not counted. (First written as 1, the resolved "
            "clause only; recounted under the README's rule.)",
            "The exclusion resolution is printed under the unnumbered heading 'Exclusion of the Public' directly "
            "before minute 12 and concerns that item, so it is counted under '12'.",
            "In both votes the Motion is counted as yes, the Amendment as no and abstentions as abstain; both "
            "Motions were carried.",
            "Mr A MacPhail left the Chamber for application 7(b)(iii) after declaring an interest, so the 7(b) "
            "vote has 9 voters and he is not listed under any option.",
            "The amendment to item 6 that fell for want of a seconder was never put to a vote and is not a vote.",
            "Members marked '(remote)' in the Present list are recorded as virtual, everyone else in that list as "
            "present.",
            "Mr I Stoddart joined during item 3 and Mrs E Macaulay left during item 10; both keep their "
            "attendance status from the Present list.",
            "The Chair's role comes from the line 'Ms K Matheson in the Chair'.",
            "Honorifics (Mr, Mrs, Ms, Dr) are dropped from names; police and fire ranks (Chief Inspector, "
            "Inspector, Group Commander) are treated as titles and moved into role.",
            "Everyone under 'Also in attendance' (police, fire service, a non-committee local Member and a "
            "community council chair) is recorded as also_present.",
            "There are no substitutes: the area committee comprises every Member for its three wards.",
            "The end time comes from 'The meeting ended at 1.25 pm.'",
        ],
        "meeting": dict(meeting, end_time=END),
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [
                {"number": m["number"], "title": agenda_entry(m)["title"], "agenda_item": m["agenda_item"]}
                for m in MINUTES
            ],
            "resolutions": sum(per.values()),
            "resolutions_per_item": per,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_rec,
        f"minutes__{STEM}_minutes": minutes_rec,
    }
