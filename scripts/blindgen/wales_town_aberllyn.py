"""Aberllyn Town Council (Cyngor Tref Aberllyn): a fictional Welsh town council, full council of 10 March 2025.

Two files, printed the way a Welsh town clerk prints them from a word processor:

* agendas/aberllyn-town-council_full-council_2025-03-10_agenda.pdf - the summons and agenda (Rhaglen / Agenda):
  a bilingual letterhead, the Welsh summons then the English one, signed by the Town Clerk, then the agenda with
  bilingual bold headings "Cymraeg / English", numbered 1-19, sub-items numbered 5.1, 9.1 ... in plain type,
  explanatory lines under some items, a Part 2 (confidential) banner before items 18-19, and notes on hybrid
  attendance and the Welsh language. Running header from page 2, "Tudalen / Page n o / of N" footer.
* minutes/aberllyn-town-council_full-council_2025-03-10_minutes.pdf - the minutes. Minute numbers run on through
  the council year ("158/24" ... "177/24") in a left-hand column, headings in capitals "WELSH / ENGLISH". The
  attendance block names members present (Mayor in the chair), members attending remotely by Zoom, officers
  in attendance and others also present; apologies and the absent member are in the first minute. Decisions are
  recorded mostly as a bold "PENDERFYNWYD / RESOLVED:" block (lettered or numbered parts in some), sometimes as
  "RESOLVED that ..." in running text and once as "it was resolved that" inside a paragraph; a few "agreed" /
  "noted" sentences are not decisions in this house style. Votes are printed as figures (show of hands,
  amendment lost, casting vote) and once as a recorded vote with names under Standing Orders. Members arrive
  late, lose their remote connection and leave for items where they declared a prejudicial interest; the
  meeting adjourns for public participation and the order of business is varied. A payments schedule table
  sits inside the finance minute. Header from page 2, footer with page numbers and the Mayor's initials box.

Everything is fictional: the town, the county council (Dyfnant), people, applications and amounts. The module
keeps the data in module-level structures; the PDFs and gold() are both produced from them.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

STEM = "aberllyn-town-council_full-council_2025-03-10"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = datetime(2025, 3, 4, 9, 30, tzinfo=timezone.utc)
MINUTES_CREATED = datetime(2025, 3, 14, 11, 15, tzinfo=timezone.utc)

COUNCIL_CY = "CYNGOR TREF ABERLLYN"
COUNCIL_EN = "ABERLLYN TOWN COUNCIL"
ADDRESS = "Neuadd y Dref, Stryd y Bont, Aberllyn, Dyfnant LD9 4QX"
CLERK = {"name": "Catrin Ellis-Jones", "phone": "01632 960418", "email": "clerc@aberllyn-tc.cymru"}
MEETING = {"body": "Full Council", "date": "2025-03-10", "start_time": "19:00", "end_time": "21:14"}

# ---------------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------------

MEMBERS = {
    "Vaughan": "Eleri Vaughan",
    "Rowlands": "Dafydd Rowlands",
    "Ashworth": "Mark Ashworth",
    "Doyle": "Kevin Doyle",
    "Gwilym": "Bethan Gwilym",
    "Jenkins": "Meinir Jenkins",
    "Llewelyn": "Huw Llewelyn",
    "Parry": "Gwenllian Parry",
    "Richards": "Tom Richards",
    "Whitfield": "Sandra Whitfield",
    "Lloyd-Evans": "Rhiannon Lloyd-Evans",
    "Thomas": "Alun Thomas",
    "Morgan": "Iwan Morgan",
    "Beynon": "Nia Beynon",
    "Hughes": "Peter Hughes",
}

# (name, status, role, printed annotation after the name)
ATTENDANCE = [
    ("Eleri Vaughan", "present", "Mayor (in the Chair)", "(Maer / Mayor) - yn y Gadair / in the Chair"),
    ("Dafydd Rowlands", "present", "Deputy Mayor", "(Dirprwy Faer / Deputy Mayor)"),
    ("Mark Ashworth", "present", None, ""),
    ("Kevin Doyle", "present", None, "(from 7.31pm)"),
    ("Bethan Gwilym", "present", None, ""),
    ("Meinir Jenkins", "present", None, ""),
    ("Huw Llewelyn", "present", None, ""),
    ("Gwenllian Parry", "present", None, ""),
    ("Tom Richards", "present", None, ""),
    ("Sandra Whitfield", "present", None, ""),
    ("Rhiannon Lloyd-Evans", "virtual", None, ""),
    ("Alun Thomas", "virtual", None, "(until 8.12pm)"),
    (
        "Catrin Ellis-Jones",
        "in_attendance",
        "Town Clerk and Responsible Financial Officer",
        "(Clerc y Dref a Swyddog Ariannol Cyfrifol / Town Clerk and Responsible Financial Officer)",
    ),
    (
        "Owain Pritchard",
        "in_attendance",
        "Deputy Town Clerk",
        "(Dirprwy Glerc / Deputy Town Clerk) - except minute 176/24",
    ),
    (
        "Gareth Bowen",
        "also_present",
        "County Councillor, Aberllyn North ward",
        "(Dyfnant County Council, Aberllyn North ward)",
    ),
    (
        "Sian Howells",
        "also_present",
        "PCSO 4172, Neighbourhood Policing Team",
        "(Neighbourhood Policing Team) - minutes 158/24 to 163/24",
    ),
    ("Iwan Morgan", "apologies", None, "(work commitments)"),
    ("Nia Beynon", "apologies", None, "(ill health)"),
    ("Peter Hughes", "absent", None, ""),
]

# ---------------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------------

# number, title as printed, parent, part, topic lines printed under the item
AGENDA = [
    (
        "1",
        "Ymddiheuriadau am Absenoldeb / Apologies for Absence",
        None,
        "public",
        ["To receive and approve apologies for absence."],
    ),
    (
        "2",
        "Datgan Buddiant / Declarations of Interest",
        None,
        "public",
        [
            "To receive declarations of personal and prejudicial interest in accordance with the Code of Conduct for "
            "Members. Members declaring a prejudicial interest must leave the meeting for that item."
        ],
    ),
    (
        "3",
        "Cyfnod Cyhoeddus / Public Participation",
        None,
        "public",
        [
            "A period of up to 15 minutes for members of the public to address the Council on matters on this agenda "
            "(Standing Order 3(f)). The meeting will be adjourned for this item."
        ],
    ),
    ("4", "Adroddiad yr Heddlu / Police Report", None, "public", []),
    ("5", "Cofnodion / Minutes", None, "public", []),
    (
        "5.1",
        "To approve as a correct record the minutes of the Ordinary Meeting of the Council held on 10 February 2025",
        "5",
        "public",
        [],
    ),
    (
        "5.2",
        "To receive the minutes of the Amenities Committee held on 24 February 2025 and to consider the "
        "recommendations therein",
        "5",
        "public",
        [],
    ),
    ("6", "Materion yn Codi / Matters Arising", None, "public", ["Clerk's update, for information only."]),
    ("7", "Cyhoeddiadau'r Maer / Mayor's Announcements", None, "public", []),
    ("8", "Adroddiadau'r Cynghorwyr Sir / County Councillors' Reports", None, "public", []),
    (
        "9",
        "Cynllunio / Planning",
        None,
        "public",
        ["To consider the following applications referred by Dyfnant County Council:"],
    ),
    (
        "9.1",
        "FUL/2025/0042 - Land adjacent to Maes y Ffynnon, Aberllyn: Erection of 6 affordable dwellings with "
        "associated access and parking",
        "9",
        "public",
        [],
    ),
    (
        "9.2",
        "LBC/2025/0011 - 14 Stryd y Farchnad, Aberllyn: Replacement shopfront and illuminated fascia signage",
        "9",
        "public",
        [],
    ),
    (
        "9.3",
        "HHD/2025/0057 - Bryn Awel, Heol y Graig, Aberllyn: Two-storey side extension and detached garage",
        "9",
        "public",
        [],
    ),
    ("9.4", "To note decisions notified by the Local Planning Authority", "9", "public", []),
    ("10", "Cyllid / Finance", None, "public", []),
    ("10.1", "To approve the schedule of payments for March 2025 (Appendix A)", "10", "public", []),
    (
        "10.2",
        "To receive the bank reconciliation as at 28 February 2025 and the budget monitoring report (Appendix B)",
        "10",
        "public",
        [],
    ),
    (
        "10.3",
        "To consider grant applications under Section 137, Local Government Act 1972 (Appendix C)",
        "10",
        "public",
        [],
    ),
    (
        "11",
        "Cynllun Hyfforddi 2025-26 / Training Plan 2025-26",
        None,
        "public",
        [
            "To adopt the Council's Training Plan under section 67 of the Local Government and Elections (Wales) "
            "Act 2021."
        ],
    ),
    (
        "12",
        "Ardal Chwarae Heol y Bont / Heol y Bont Play Area Refurbishment",
        None,
        "public",
        ["To consider the report of the Clerk on the three tenders received (Appendix D)."],
    ),
    (
        "13",
        "Carnifal Aberllyn 2025 / Aberllyn Carnival 2025",
        None,
        "public",
        [
            "To receive representatives of the Carnival Committee and to consider their request for a grant and for "
            "the Council's support for a temporary road closure."
        ],
    ),
    (
        "14",
        "Toiledau Cyhoeddus Stryd y Bont / Stryd y Bont Public Conveniences",
        None,
        "public",
        ["To receive an update on the proposed community asset transfer from Dyfnant County Council."],
    ),
    ("15", "Gohebiaeth / Correspondence", None, "public", []),
    ("16", "Dyddiad y Cyfarfod Nesaf / Date of Next Meeting", None, "public", ["Monday 14 April 2025 at 7.00pm."]),
    (
        "17",
        "Eithrio'r Wasg a'r Cyhoedd / Exclusion of Press and Public",
        None,
        "public",
        [
            "To resolve that, in accordance with section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, "
            "the press and public be excluded for the following items by reason of the confidential nature of the "
            "business to be transacted."
        ],
    ),
    (
        "18",
        "Materion Staffio / Staffing Matters",
        None,
        "exempt",
        ["To consider the recommendation of the Staffing Committee of 3 March 2025 (report to members only)."],
    ),
    (
        "19",
        "Toiledau Cyhoeddus Stryd y Bont - Penawdau'r Telerau / Stryd y Bont Public Conveniences - Heads of Terms",
        None,
        "exempt",
        ["To consider the draft heads of terms (report to members only)."],
    ),
]
PART2_BANNER_BEFORE = "18"

# ---------------------------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------------------------

PAYMENTS = [
    ("BACS 301", "Dyfnant County Council", "Business rates, Neuadd y Dref (Mar)", 412.00, 0.00),
    ("BACS 302", "Staff salaries", "Salaries, March 2025", 4318.46, 0.00),
    ("BACS 303", "HMRC", "PAYE and NI, month 12", 1286.14, 0.00),
    ("BACS 304", "Dyfnant Pension Fund", "Pension contributions, March", 1104.77, 0.00),
    ("DD", "Egni Glan Ltd", "Electricity, Neuadd y Dref (Feb)", 498.30, 24.92),
    ("BACS 305", "Teifi Tree Surgery", "Tree works, Aberllyn cemetery", 1150.00, 230.00),
    ("BACS 306", "Pennant Grounds Ltd", "Open spaces contract, March", 1640.00, 328.00),
    ("BACS 307", "Aberllyn Hardware", "Materials, cemetery gates", 86.45, 17.29),
    ("BACS 308", "One Voice Wales", "Membership subscription 2025-26", 742.00, 0.00),
    ("DD", "Zoom Video Communications", "Meeting licence (March)", 13.99, 2.80),
    ("BACS 309", "C. Ellis-Jones", "Clerk's mileage and postage (Feb)", 48.60, 0.00),
    ("BACS 310", "Aberllyn Memorial Hall", "Hire of hall, Mayor's charity quiz", 65.00, 0.00),
]


def money(value: float) -> str:
    return f"{value:,.2f}"


PAY_TOTAL = round(sum(net + vat for _, _, _, net, vat in PAYMENTS), 2)

TENDERS = [
    ("Celtic Playscapes Ltd", "38,950.00", "86.5", "1"),
    ("Teifi Leisure Installations", "36,480.00", "79.0", "2"),
    ("Meadowlark Play Systems Ltd", "42,300.00", "71.2", "3"),
]


def res(style: str, text: str, parts: list[str] | None = None) -> tuple:
    """A decision as the minutes print it. style: pend (bold PENDERFYNWYD / RESOLVED: block), caps ("RESOLVED
    that ..." in running text), inline (a paragraph containing "it was resolved that")."""
    return ("res", {"style": style, "text": text, "parts": parts or []})


def vote(template: str, yes: int, no: int, abstain: int, result: str, motion: str, note: str | None = None):
    return (
        "vote",
        {
            "text": template.format(yes=yes, no=no, abstain=abstain),
            "counts": {"yes": yes, "no": no, "abstain": abstain},
            "result": result,
            "motion": motion,
            "note": note,
        },
    )


def recorded(intro: str, yes: list[str], no: list[str], abstain: list[str], result: str, motion: str):
    return (
        "recorded",
        {
            "intro": intro,
            "voters": {"yes": yes, "no": no, "abstain": abstain},
            "result": result,
            "motion": motion,
            "counts": {"yes": len(yes), "no": len(no), "abstain": len(abstain)},
        },
    )


MINUTES = [
    {
        "number": "158/24",
        "title": "CROESO / WELCOME",
        "agenda_item": None,
        "body": [
            (
                "p",
                "The Mayor welcomed members, officers and members of the public to the meeting, which was held as a "
                "multi-location meeting in accordance with section 47 of the Local Government and Elections (Wales) "
                "Act 2021. Members attending remotely confirmed that they could see and hear the proceedings. The "
                "Mayor reminded those present that the meeting was being recorded and that the recording would be "
                "available on the Council's website for 30 days.",
            ),
            (
                "p",
                "Members stood for a minute's silence in memory of former Councillor Glyn Pugh, who served on the "
                "Council from 1987 to 2012 and was Mayor of Aberllyn in 1996-97 and 2004-05.",
            ),
        ],
    },
    {
        "number": "159/24",
        "title": "YMDDIHEURIADAU AM ABSENOLDEB / APOLOGIES FOR ABSENCE",
        "agenda_item": "1",
        "body": [
            (
                "p",
                "Apologies for absence were received from Cllr Iwan Morgan (work commitments) and Cllr Nia Beynon "
                "(ill health). Cllr Peter Hughes was absent and no apology had been received.",
            ),
            res("pend", "that the apologies be accepted and the reasons for absence approved."),
        ],
    },
    {
        "number": "160/24",
        "title": "DATGAN BUDDIANT / DECLARATIONS OF INTEREST",
        "agenda_item": "2",
        "body": [
            ("p", "The following declarations were made in accordance with the Code of Conduct for Members:"),
            (
                "bul",
                [
                    "Cllr Huw Llewelyn - personal and prejudicial interest in agenda item 9.2 (LBC/2025/0011), the "
                    "applicant being a close family member. Cllr Llewelyn would leave the meeting for that item.",
                    "Cllr Meinir Jenkins - personal and prejudicial interest in agenda item 10.3, as a trustee of "
                    "Aberllyn Youth Club, one of the applicants. Cllr Jenkins would leave the meeting for that part of "
                    "the item.",
                    "Cllr Sandra Whitfield - personal interest in agenda item 13 as a member of the Aberllyn Carnival "
                    "Committee. The interest was not prejudicial and Cllr Whitfield remained in the meeting.",
                    "Cllr Gwenllian Parry - personal interest in any matter relating to Dyfnant County Council, as a "
                    "member of that authority.",
                ],
            ),
        ],
    },
    {
        "number": "161/24",
        "title": "CYFNOD CYHOEDDUS / PUBLIC PARTICIPATION",
        "agenda_item": "3",
        "body": [
            ("p", "The Mayor adjourned the meeting at 7.06pm to allow members of the public to address the Council."),
            (
                "p",
                "Two residents of Heol y Bont spoke in support of the refurbishment of the Heol y Bont play area "
                "(agenda item 12), noting that several pieces of equipment had been taped off since the autumn. A "
                "resident of Maes y Ffynnon raised concerns about surface water flooding at the junction with Lôn "
                "Ffynnon and asked that these be reflected in the Council's response to application FUL/2025/0042 "
                "(agenda item 9.1). A third resident asked about progress with the replacement of the Christmas "
                "lights on Stryd Fawr; the Clerk undertook to reply in writing.",
            ),
            ("p", "The meeting was reconvened at 7.21pm."),
            (
                "p",
                "With the agreement of members, the Mayor varied the order of business so that agenda item 13 "
                "(Aberllyn Carnival 2025) was taken next, as representatives of the Carnival Committee were "
                "present.",
            ),
        ],
    },
    {
        "number": "162/24",
        "title": "CARNIFAL ABERLLYN 2025 / ABERLLYN CARNIVAL 2025",
        "agenda_item": "13",
        "body": [
            (
                "p",
                "Mr Rhodri Price (Chair) and Mrs Helen Barlow (Treasurer) of the Aberllyn Carnival Committee "
                "outlined the plans for the 2025 carnival, to be held on Saturday 12 July 2025. The Committee "
                "requested a grant of £1,500 towards the costs of traffic management and public liability "
                "insurance, and the Council's support for its application to Dyfnant County Council for a "
                "temporary road closure order for Stryd Fawr and Stryd y Bont between 12.30pm and 4.30pm.",
            ),
            ("p", "Cllr Kevin Doyle joined the meeting at 7.31pm during the presentation."),
            ("p", "Cllr Whitfield had declared a personal interest in this item (minute 160/24)."),
            (
                "p",
                "It was proposed by Cllr Dafydd Rowlands and seconded by Cllr Bethan Gwilym that the Committee's "
                "requests be granted in full. An amendment was moved by Cllr Tom Richards and seconded by Cllr Mark "
                "Ashworth that the grant be reduced to £1,000, in view of the pressure on the section 137 budget.",
            ),
            vote(
                "On being put to the vote the amendment was LOST (For {yes}, Against {no}, Abstention {abstain}).",
                4,
                7,
                1,
                "lost",
                "Amendment (Cllr Richards): that the grant be reduced to £1,000",
            ),
            vote(
                "The substantive motion was then put and was CARRIED by {yes} votes to {no}, with {abstain} "
                "abstention.",
                10,
                1,
                1,
                "carried",
                "Substantive motion (Cllr Rowlands): that the Carnival Committee's requests be granted in full",
            ),
            res(
                "pend",
                "",
                [
                    "that a grant of £1,500 be awarded to the Aberllyn Carnival Committee under section 137 of the "
                    "Local Government Act 1972, payable on receipt of a copy of the Committee's insurance certificate;",
                    "that the Clerk write to Dyfnant County Council in support of the Committee's application for a "
                    "temporary road closure order; and",
                    "that the Mayor and the Mayor's Consort accept the Committee's invitation to judge the carnival "
                    "floats.",
                ],
            ),
            ("p", "The Mayor thanked Mr Price and Mrs Barlow, who left the meeting at 7.44pm."),
        ],
    },
    {
        "number": "163/24",
        "title": "ADRODDIAD YR HEDDLU / POLICE REPORT",
        "agenda_item": "4",
        "body": [
            (
                "p",
                "PCSO Sian Howells presented the policing report for February 2025. Nineteen crimes had been "
                "recorded in the Aberllyn sector, compared with 23 in January, including four incidents of "
                "criminal damage at the Heol y Bont play area and the recreation ground car park. Two complaints of "
                "anti-social driving had been received concerning Ffordd y Llyn late at night, and speed checks had "
                "been carried out on the main road at Pentre Isaf.",
            ),
            (
                "p",
                "In response to questions, PCSO Howells confirmed that the next 'Cuppa with a Copper' surgery would "
                "be held at Aberllyn Library on 26 March 2025 from 10.00am.",
            ),
            ("p", "The Mayor thanked PCSO Howells, who left the meeting at 7.52pm. The report was noted."),
        ],
    },
    {
        "number": "164/24",
        "title": "COFNODION / MINUTES",
        "agenda_item": "5",
        "body": [
            ("sub", "(a)  Ordinary Meeting of the Council - 10 February 2025"),
            res(
                "caps",
                "that the minutes of the Ordinary Meeting of the Council held on 10 February 2025 be approved "
                "as a correct record and signed by the Mayor, subject to minute 139/24 being amended to record "
                "that Cllr Alun Thomas had sent apologies.",
            ),
            ("sub", "(b)  Amenities Committee - 24 February 2025"),
            (
                "p",
                "The minutes of the Amenities Committee held on 24 February 2025 were received. Cllr Gwilym, Chair "
                "of the Committee, presented the recommendations at minutes AM/41/24 (allotment rents 2025-26) and "
                "AM/44/24 (replacement of the cemetery gates).",
            ),
            res(
                "caps",
                "that the minutes be received and that the recommendations at minutes AM/41/24 and AM/44/24 "
                "be adopted.",
            ),
        ],
    },
    {
        "number": "165/24",
        "title": "MATERION YN CODI / MATTERS ARISING",
        "agenda_item": "6",
        "body": [
            (
                "p",
                "The Clerk reported on the following matters arising from the minutes of the previous meeting, for "
                "information:",
            ),
            (
                "bul",
                [
                    "141/24 Bus shelter, Pentre Isaf - Dyfnant County Council had confirmed that the replacement shelter "
                    "would be installed during April 2025.",
                    "146/24 Defibrillator, Neuadd Goffa - replacement pads had been fitted and the unit re-registered "
                    "with the national defibrillator network.",
                    "150/24 Christmas lights - a further quotation was still awaited from the contractor. It was agreed "
                    "that the Clerk would write again asking for the quotation by 31 March 2025.",
                ],
            ),
            ("p", "The update was noted."),
        ],
    },
    {
        "number": "166/24",
        "title": "CYHOEDDIADAU'R MAER / MAYOR'S ANNOUNCEMENTS",
        "agenda_item": "7",
        "body": [
            ("p", "The Mayor reported that since the last meeting she had attended the following engagements:"),
            (
                "bul",
                [
                    "15 February - Annual Dinner of Aberllyn Rugby Football Club",
                    "22 February - Eisteddfod Ysgol Gynradd Aberllyn",
                    "1 March - St David's Day parade and civic service at Eglwys Sant Deiniol",
                    "5 March - Reopening of the refurbished Aberllyn Library",
                    "8 March - Mayor's Charity Quiz, which raised £1,146 for Hafan Llyn Hospice",
                ],
            ),
            ("p", "The Mayor's Civic Service will be held on Sunday 4 May 2025 at 3.00pm and all members are invited."),
        ],
    },
    {
        "number": "167/24",
        "title": "ADRODDIADAU'R CYNGHORWYR SIR / COUNTY COUNCILLORS' REPORTS",
        "agenda_item": "8",
        "body": [
            (
                "p",
                "County Councillor Gareth Bowen reported that Dyfnant County Council had set its budget for 2025-26 "
                "on 27 February 2025, with a Council Tax increase of 7.4%. Consultation on proposed changes to home "
                "to school transport would close on 4 April 2025. He had raised the condition of the footway on "
                "Heol y Graig with the Highways department and a repair had been programmed for May.",
            ),
            (
                "p",
                "Cllr Gwenllian Parry (County Councillor, Aberllyn South) reported that the County Council's "
                "Cabinet would consider the future of the household waste recycling centre at Cwm Llwyd in May, and "
                "encouraged residents to respond to the consultation.",
            ),
            ("p", "Members thanked the County Councillors for their reports."),
        ],
    },
    {
        "number": "168/24",
        "title": "CYNLLUNIO / PLANNING",
        "agenda_item": "9",
        "body": [
            (
                "p",
                "The Council considered the following applications referred by Dyfnant County Council as Local "
                "Planning Authority:",
            ),
            ("sub", "(a)  FUL/2025/0042 - Land adjacent to Maes y Ffynnon, Aberllyn"),
            (
                "p",
                "Erection of 6 affordable dwellings with associated access and parking. Members welcomed the "
                "provision of affordable homes for local people but shared the concerns raised during public "
                "participation about surface water drainage.",
            ),
            res(
                "pend",
                "to support the application, subject to the Local Planning Authority being satisfied that the "
                "surface water drainage arrangements are adequate and that a safe access onto Lôn Ffynnon can "
                "be provided, and to ask that the dwellings be offered first to households with a local "
                "connection.",
            ),
            ("sub", "(b)  LBC/2025/0011 - 14 Stryd y Farchnad, Aberllyn"),
            (
                "p",
                "Having declared a personal and prejudicial interest (minute 160/24), Cllr Llewelyn left the meeting "
                "at 8.04pm.",
            ),
            (
                "p",
                "Replacement shopfront and illuminated fascia signage. Members noted that the building is Grade II "
                "listed and lies within the Aberllyn Conservation Area.",
            ),
            res(
                "pend",
                "that the Council has no objection to the application but asks that the new fascia signage be "
                "bilingual, with the Welsh text given at least equal prominence, and that illumination be kept "
                "to a minimum.",
            ),
            ("p", "Cllr Llewelyn returned to the meeting at 8.09pm."),
            ("sub", "(c)  HHD/2025/0057 - Bryn Awel, Heol y Graig, Aberllyn"),
            (
                "p",
                "Two-storey side extension and detached garage. Cllr Alun Thomas lost his connection to the meeting "
                "at 8.12pm and was unable to rejoin.",
            ),
            (
                "p",
                "Cllr Ashworth proposed, and Cllr Doyle seconded, that the Council object to the application. Members "
                "were divided on whether the extension would be subservient to the existing dwelling.",
            ),
            vote(
                "On a show of hands there were {yes} votes in favour of the motion, {no} against and {abstain} "
                "abstention. The Mayor exercised her casting vote in favour of the motion and it was",
                5,
                5,
                1,
                "carried",
                "That the Council object to application HHD/2025/0057 (Cllr Ashworth)",
                "Tied 5-5; carried on the Mayor's casting vote.",
            ),
            res(
                "caps",
                "to object to the application on the grounds that the proposal represents overdevelopment of "
                "the plot and would result in the loss of off-street parking on a narrow section of Heol y "
                "Graig.",
            ),
            ("sub", "(d)  Decisions notified"),
            (
                "p",
                "The list of decisions issued by the Local Planning Authority since the last meeting, circulated with "
                "the agenda, was noted.",
            ),
        ],
    },
    {
        "number": "169/24",
        "title": "CYLLID / FINANCE",
        "agenda_item": "10",
        "body": [
            ("sub", "(a)  Schedule of payments - March 2025"),
            ("p", "The schedule of payments had been circulated with the agenda (Appendix A) and is reproduced below."),
            ("table", None),
            res(
                "pend",
                "",
                [
                    f"that the payments listed above, totalling £{money(PAY_TOTAL)}, be approved;",
                    "that Cllr Rowlands and Cllr Gwilym be authorised to approve the payments through the Council's "
                    "online banking system.",
                ],
            ),
            ("sub", "(b)  Bank reconciliation and budget monitoring"),
            (
                "p",
                "The Clerk presented the bank reconciliation as at 28 February 2025, showing balances of £4,216.80 "
                "in the current account and £96,311.52 in the reserve account, together with the budget monitoring "
                "report for the eleven months to 28 February 2025. Expenditure stood at 84% of the annual budget.",
            ),
            res(
                "pend",
                "that the bank reconciliation and budget monitoring report be approved and that the Mayor sign "
                "the bank reconciliation.",
            ),
            ("sub", "(c)  Section 137 grant applications"),
            (
                "p",
                "Having declared a personal and prejudicial interest (minute 160/24), Cllr Jenkins left the meeting "
                "at 8.31pm.",
            ),
            (
                "p",
                "The Clerk reported that the section 137 limit for 2024-25 was £10.81 per elector and that, after "
                "the grant agreed at minute 162/24, £2,380 remained in the grants budget. Three applications had "
                "been received (Appendix C).",
            ),
            res(
                "pend",
                "that grants be awarded under section 137 of the Local Government Act 1972 as follows: "
                "Aberllyn Youth Club £500; Côr Meibion Aberllyn £400; Aberllyn and District Foodbank £1,000.",
            ),
            ("p", "Cllr Jenkins returned to the meeting at 8.38pm."),
        ],
    },
    {
        "number": "170/24",
        "title": "CYNLLUN HYFFORDDI 2025-26 / TRAINING PLAN 2025-26",
        "agenda_item": "11",
        "body": [
            res(
                "inline",
                "The Clerk presented the draft Training Plan for 2025-26, prepared under section 67 of the "
                "Local Government and Elections (Wales) Act 2021, which identified Code of Conduct refresher "
                "training for all members, chairing skills training for the Mayor-elect and the Certificate "
                "in Local Council Administration for the Deputy Town Clerk. After a short discussion it was "
                "resolved that the Training Plan 2025-26 be adopted and published on the Council's website.",
            ),
        ],
    },
    {
        "number": "171/24",
        "title": "ARDAL CHWARAE HEOL Y BONT / HEOL Y BONT PLAY AREA REFURBISHMENT",
        "agenda_item": "12",
        "body": [
            (
                "p",
                "The Clerk presented her report on the three tenders received for the refurbishment of the Heol y "
                "Bont play area (Appendix D), evaluated on the basis of 60% quality and 40% price:",
            ),
            ("tenders", None),
            (
                "p",
                "Several members asked why the lowest tender had not been recommended. The Clerk explained that the "
                "submission from Teifi Leisure Installations did not include any inclusive equipment and offered a "
                "shorter warranty on the safety surfacing.",
            ),
            (
                "p",
                "It was proposed by Cllr Gwilym and seconded by Cllr Parry that the recommendation in the report be "
                "approved. Cllr Ashworth and Cllr Richards requested that the vote be recorded in accordance with "
                "Standing Order 13(f).",
            ),
            recorded(
                "The voting was as follows:",
                ["Vaughan", "Rowlands", "Gwilym", "Llewelyn", "Parry", "Whitfield", "Lloyd-Evans"],
                ["Ashworth", "Richards", "Doyle"],
                ["Jenkins"],
                "carried",
                "That the tender of Celtic Playscapes Ltd be accepted (Cllr Gwilym)",
            ),
            ("p", "The motion was CARRIED and it was"),
            res(
                "caps",
                "",
                [
                    "the tender submitted by Celtic Playscapes Ltd in the sum of £38,950 (excluding VAT) be accepted;",
                    "the cost be met from the Play Areas earmarked reserve (£25,000) and the Welsh Government Play "
                    "Sufficiency grant (£13,950);",
                    "the Clerk be authorised to sign the contract on behalf of the Council.",
                ],
            ),
        ],
    },
    {
        "number": "172/24",
        "title": "TOILEDAU CYHOEDDUS STRYD Y BONT / STRYD Y BONT PUBLIC CONVENIENCES",
        "agenda_item": "14",
        "body": [
            (
                "p",
                "The Clerk reported that Dyfnant County Council had offered to transfer the public conveniences on "
                "Stryd y Bont to the Town Council as a community asset transfer, failing which the facility would "
                "close on 30 September 2025. Draft heads of terms had been received and would be considered in Part "
                "2 of the meeting (minute 177/24).",
            ),
            res(
                "pend",
                "that the Council confirm, in principle, its interest in taking on the Stryd y Bont public "
                "conveniences by way of a community asset transfer.",
            ),
        ],
    },
    {
        "number": "173/24",
        "title": "GOHEBIAETH / CORRESPONDENCE",
        "agenda_item": "15",
        "body": [
            ("p", "The following correspondence was received:"),
            (
                "num",
                [
                    "Un Llais Cymru / One Voice Wales - February 2025 bulletin and spring training programme. Noted.",
                    "Letter from a resident of Ffordd y Llyn regarding dog fouling on the riverside path. It was agreed "
                    "that the Clerk refer the matter to Dyfnant County Council's environmental enforcement team and ask "
                    "for additional bins.",
                    "Dyfnant County Council - consultation on the draft Welsh Language Promotion Strategy 2025-2030, "
                    "closing on 11 April 2025.",
                    "Aberllyn Bowls Club - letter of thanks for the Council's grant of £300 towards new green equipment. "
                    "Noted.",
                ],
            ),
            res(
                "caps",
                "in respect of item 3, that Cllr Gwilym and Cllr Parry prepare a draft response for circulation "
                "to all members, and that the Clerk submit the Council's response by the closing date.",
            ),
        ],
    },
    {
        "number": "174/24",
        "title": "DYDDIAD Y CYFARFOD NESAF / DATE OF NEXT MEETING",
        "agenda_item": "16",
        "body": [
            (
                "p",
                "The next Ordinary Meeting of the Council will be held on Monday 14 April 2025 at 7.00pm in the "
                "Council Chamber, Neuadd y Dref, and by Zoom. The Annual Meeting of the Council will be held on "
                "Monday 12 May 2025 at 6.30pm.",
            ),
        ],
    },
    {
        "number": "175/24",
        "title": "EITHRIO'R WASG A'R CYHOEDD / EXCLUSION OF PRESS AND PUBLIC",
        "agenda_item": "17",
        "body": [
            res(
                "pend",
                "that, in accordance with section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, "
                "the press and public be excluded from the meeting for the following items by reason of the "
                "confidential nature of the business to be transacted, namely staffing matters and the terms "
                "of a proposed property transaction.",
            ),
            (
                "p",
                "The members of the public and press left the meeting at 8.57pm and the broadcast of the meeting was "
                "ended. Mr Pritchard, Deputy Town Clerk, left the meeting for the following item.",
            ),
        ],
    },
    {
        "number": "176/24",
        "title": "MATERION STAFFIO / STAFFING MATTERS",
        "agenda_item": "18",
        "banner": True,
        "body": [
            (
                "p",
                "The Mayor presented the recommendation of the Staffing Committee (3 March 2025) that, in view of the "
                "additional workload arising from the play area project and the proposed asset transfer, the "
                "contracted hours of the Deputy Town Clerk be increased from 22 to 30 hours per week with effect "
                "from 1 April 2025, with no change to the grade (LC1, SCP 18). The additional cost for 2025-26 was "
                "estimated at £7,640 including on-costs and would be met from the staffing contingency.",
            ),
            (
                "p",
                "Cllr Richards asked whether the increase should be for a fixed period of twelve months. The "
                "suggestion was not seconded.",
            ),
            vote(
                "Following a vote ({yes} in favour, {no} against, {abstain} abstention) it was",
                8,
                2,
                1,
                "carried",
                "That the Staffing Committee's recommendation be approved",
            ),
            res(
                "caps",
                "that the recommendation of the Staffing Committee be approved and that the Clerk issue a "
                "revised statement of particulars to the Deputy Town Clerk.",
            ),
        ],
    },
    {
        "number": "177/24",
        "title": "TOILEDAU CYHOEDDUS STRYD Y BONT - PENAWDAU'R TELERAU / STRYD Y BONT PUBLIC CONVENIENCES - HEADS OF "
        "TERMS",
        "agenda_item": "19",
        "body": [
            (
                "p",
                "Mr Pritchard returned to the meeting. Members considered the draft heads of terms for the transfer "
                "of the Stryd y Bont public conveniences, which proposed a 25-year lease at a peppercorn rent with "
                "the Town Council responsible for all repairs and running costs, and a one-off dowry payment of "
                "£8,000 from the County Council.",
            ),
            res(
                "pend",
                "",
                [
                    "that the Clerk be authorised to negotiate on the basis of the draft heads of terms, seeking an "
                    "increased dowry payment and a tenant's break clause at year five; and",
                    "that up to £1,200 be allocated from general reserves to commission an independent building condition "
                    "survey before any lease is signed.",
                ],
            ),
        ],
    },
]

CLOSING = [
    "There being no further business, the Mayor declared the meeting closed at 9.14pm.",
    "Daeth y cyfarfod i ben am 9.14yh.",
]

# ---------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------

LETTERS = "abcdefghij"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


class CouncilPDF(FPDF):
    running_header = ""
    initials_box = False

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(9)
        self.cell(0, 4, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        if self.initials_box:
            self.cell(60, 5, "Llythrennau'r Maer / Mayor's initials: ........", align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, f"Tudalen / Page {self.page_no()} o / of {{nb}}", align="R" if self.initials_box else "C")


def new_pdf(header: str, created: datetime, title: str, initials: bool) -> CouncilPDF:
    pdf = CouncilPDF(format="A4")
    pdf.running_header = header
    pdf.initials_box = initials
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Aberllyn Town Council")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    return pdf


def letterhead(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, COUNCIL_CY, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, COUNCIL_EN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        5,
        f"Ffôn / Tel: {CLERK['phone']}    E-bost / Email: {CLERK['email']}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y() + 2, 192, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(6)


def build_agenda(path: Path) -> None:
    pdf = new_pdf(
        "Cyngor Tref Aberllyn - Rhaglen / Agenda - 10 Mawrth / March 2025",
        CREATED,
        "Agenda - Full Council 10 March 2025",
        initials=False,
    )
    letterhead(pdf)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"Clerc y Dref / Town Clerk: Mrs {CLERK['name']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "4 Mawrth 2025 / 4 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Annwyl Gynghorydd / Dear Councillor,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(
        0,
        5,
        "Fe'ch gwysir i fynychu Cyfarfod Cyffredin o Gyngor Tref Aberllyn a gynhelir yn Siambr y "
        "Cyngor, Neuadd y Dref, Aberllyn ac o bell drwy Zoom, nos Lun 10 Mawrth 2025 am 7.00yh, "
        "i drafod y busnes a nodir isod.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "You are hereby summoned to attend an Ordinary Meeting of Aberllyn Town Council to be held "
        "in the Council Chamber, Neuadd y Dref, Aberllyn and remotely via Zoom on Monday 10 March "
        "2025 at 7.00pm, for the purpose of transacting the business set out below.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Times", "I", 13)
    pdf.cell(0, 6, "C. Ellis-Jones", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"{CLERK['name']}, Clerc y Dref / Town Clerk", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "RHAGLEN / AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for number, title, parent, _part, topics in AGENDA:
        if number == PART2_BANNER_BEFORE:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(
                0,
                5,
                "RHAN 2 - EITEMAU CYFRINACHOL / PART 2 - CONFIDENTIAL ITEMS",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2)
        if pdf.get_y() > 255:
            pdf.add_page()
        if parent is None:
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_x(20)
            pdf.cell(10, 5, f"{number}.")
            pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(30)
            pdf.cell(13, 5, number)
            pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for line in topics:
            pdf.set_x(30)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8.5)
    notes = [
        "Members of the public and press are welcome to attend in person or remotely. Zoom joining details are "
        "available from the Clerk until 12 noon on the day of the meeting.",
        "Mae croeso i chi gyfathrebu â'r Cyngor yn Gymraeg neu yn Saesneg. / The Council welcomes correspondence "
        "in Welsh or English.",
        "Mae gwasanaeth cyfieithu ar y pryd ar gael os rhoddir 48 awr o rybudd. / Simultaneous translation is "
        "available on 48 hours' notice.",
        "Appendices A to D are circulated to members with this agenda and are available on request.",
    ]
    for note in notes:
        pdf.multi_cell(0, 4.2, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


NUM_X = 20
BODY_X = 40
BODY_W = 192 - BODY_X
LABEL_W = 44


def para(pdf: FPDF, text: str, x: float = BODY_X, bold_lead: str | None = None) -> None:
    pdf.set_x(x)
    pdf.set_font("Helvetica", "", 10)
    if bold_lead:
        pdf.multi_cell(192 - x, 5, f"**{bold_lead}**{text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(192 - x, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def listed(pdf: FPDF, labels: list[str], texts: list[str], x: float = BODY_X) -> None:
    pdf.set_font("Helvetica", "", 10)
    for label, text in zip(labels, texts):
        pdf.set_x(x)
        pdf.cell(8, 5, label)
        pdf.multi_cell(192 - x - 8, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(0.5)


def render_res(pdf: FPDF, block: dict, number: str) -> None:
    style, text, parts = block["style"], block["text"], block["parts"]
    if style == "pend":
        pdf.set_x(BODY_X)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5, "PENDERFYNWYD / RESOLVED:", new_x="LMARGIN", new_y="NEXT")
        if parts:
            labels = [f"({LETTERS[i]})" if number != "169/24" else f"({ROMAN[i]})" for i in range(len(parts))]
            listed(pdf, labels, parts, BODY_X + 6)
        else:
            para(pdf, text, BODY_X + 6)
    elif style == "caps":
        if parts:
            para(pdf, "that:", bold_lead="RESOLVED ")
            listed(pdf, [f"{i + 1}." for i in range(len(parts))], parts, BODY_X + 6)
        else:
            para(pdf, text, bold_lead="RESOLVED ")
    else:
        para(pdf, text)


def render_table(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", "", 8.5)
    widths = (18, 46, 54, 18, 16, 20)
    heads = ("Ref", "Payee", "Details", "Net £", "VAT £", "Total £")
    x0 = NUM_X
    pdf.set_x(x0)
    pdf.set_font("Helvetica", "B", 8.5)
    for w, h in zip(widths, heads):
        pdf.cell(w, 5, h, border=1, align="C" if "£" not in h else "R")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 8.5)
    for ref, payee, details, net, vat in PAYMENTS:
        pdf.set_x(x0)
        cells = (ref, payee, details, money(net), money(vat), money(net + vat))
        for i, (w, c) in enumerate(zip(widths, cells)):
            pdf.cell(w, 5, c, border=1, align="R" if i >= 3 else "L")
        pdf.ln(5)
    pdf.set_x(x0)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(sum(widths[:5]), 5, "Total payments for approval", border=1, align="R")
    pdf.cell(widths[5], 5, money(PAY_TOTAL), border=1, align="R")
    pdf.ln(7)


def render_tenders(pdf: FPDF) -> None:
    widths = (58, 42, 30, 14)
    heads = ("Tenderer", "Tender sum £ (ex VAT)", "Score (of 100)", "Rank")
    pdf.set_x(BODY_X)
    pdf.set_font("Helvetica", "B", 9)
    for w, h in zip(widths, heads):
        pdf.cell(w, 5, h, border="B")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 9)
    for row in TENDERS:
        pdf.set_x(BODY_X)
        for w, c in zip(widths, row):
            pdf.cell(w, 5, c)
        pdf.ln(5)
    pdf.ln(1)
    para(
        pdf,
        "The Clerk recommended acceptance of the tender from Celtic Playscapes Ltd as the most economically "
        "advantageous tender.",
    )


def render_recorded(pdf: FPDF, block: dict) -> None:
    para(pdf, block["intro"])
    rows = [("O blaid / For", "yes"), ("Yn erbyn / Against", "no"), ("Ymatal / Abstained", "abstain")]
    for label, key in rows:
        names = [MEMBERS[s] for s in block["voters"][key]]
        pdf.set_x(BODY_X + 6)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(44, 5, f"{label} ({len(names)}):")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(
            192 - BODY_X - 50,
            5,
            "Cllrs " + ", ".join(names) if len(names) > 1 else f"Cllr {names[0]}",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(0.5)
    pdf.ln(1)


def attendance_block(pdf: FPDF) -> None:
    def row(label: str, text: str) -> None:
        y0 = pdf.get_y()
        pdf.set_xy(NUM_X, y0)
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(LABEL_W - 2, 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y_label = pdf.get_y()
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(NUM_X + LABEL_W, y0)
        pdf.multi_cell(192 - NUM_X - LABEL_W, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y_label, pdf.get_y()) + 2)

    def named(person: tuple) -> str:
        name, _status, _role, printed = person
        return f"{name} {printed}".strip()

    present = [p for p in ATTENDANCE if p[1] == "present"]
    chair, deputy, others = present[0], present[1], present[2:]
    start_y = pdf.get_y()
    pdf.set_x(NUM_X)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(LABEL_W - 2, 5, "Presennol / Present:")
    pdf.set_xy(NUM_X + LABEL_W, start_y)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, f"Cllr {named(chair)}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(NUM_X + LABEL_W)
    pdf.multi_cell(0, 5, f"Cllr {named(deputy)}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(NUM_X + LABEL_W)
    names = [named(p) for p in others]
    pdf.multi_cell(
        0, 5, "Cllrs " + ", ".join(names[:-1]) + " and " + names[-1], align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    remote = [named(p) for p in ATTENDANCE if p[1] == "virtual"]
    row("O bell / Remotely (Zoom):", "Cllrs " + " and ".join(remote))
    officers = [
        f"{'Mrs' if p[0].startswith('Catrin') else 'Mr'} {named(p)}" for p in ATTENDANCE if p[1] == "in_attendance"
    ]
    row("Yn bresennol / In attendance:", "\n".join(officers))
    bowen, howells = [p for p in ATTENDANCE if p[1] == "also_present"]
    row(
        "Hefyd yn bresennol / Also present:",
        f"County Councillor {named(bowen)}; PCSO 4172 {named(howells)}; seven members of the public and one "
        "representative of the press (Aberllyn Chronicle).",
    )


def build_minutes(path: Path) -> None:
    pdf = new_pdf(
        "Cyngor Tref Aberllyn - Cofnodion y Cyngor Llawn / Full Council Minutes - 10.03.2025",
        MINUTES_CREATED,
        "Minutes - Full Council 10 March 2025",
        initials=True,
    )
    letterhead(pdf)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        5.5,
        "Cofnodion Cyfarfod Cyffredin o'r Cyngor a gynhaliwyd yn Siambr y Cyngor, Neuadd y Dref, "
        "Aberllyn ac o bell drwy Zoom, nos Lun 10 Mawrth 2025 am 7.00yh",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1.5)
    pdf.multi_cell(
        0,
        5.5,
        "Minutes of the Ordinary Meeting of the Council held in the Council Chamber, Neuadd y "
        "Dref, Aberllyn and remotely via Zoom on Monday 10 March 2025 at 7.00pm",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    attendance_block(pdf)
    pdf.ln(2)
    for item in MINUTES:
        if item.get("banner"):
            if pdf.get_y() > 235:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(
                0, 5, "RHAN 2 - CYFRINACHOL / PART 2 - CONFIDENTIAL", align="C", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(3)
        if pdf.get_y() > 248:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10)
        y0 = pdf.get_y()
        pdf.set_x(NUM_X)
        pdf.cell(BODY_X - NUM_X, 5, item["number"])
        pdf.set_xy(BODY_X, y0)
        pdf.multi_cell(BODY_W, 5, item["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for kind, data in [(b[0], b[1]) for b in item["body"]]:
            if kind == "p":
                para(pdf, data)
            elif kind == "sub":
                if pdf.get_y() > 250:
                    pdf.add_page()
                pdf.set_x(BODY_X)
                pdf.set_font("Helvetica", "BI", 10)
                pdf.multi_cell(BODY_W, 5, data, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "bul":
                listed(pdf, ["-"] * len(data), data)
            elif kind == "num":
                listed(pdf, [f"{i + 1}." for i in range(len(data))], data)
            elif kind == "res":
                render_res(pdf, data, item["number"])
            elif kind == "vote":
                para(pdf, data["text"])
            elif kind == "recorded":
                render_recorded(pdf, data)
            elif kind == "table":
                render_table(pdf)
            elif kind == "tenders":
                render_tenders(pdf)
        pdf.ln(2)
    for line in CLOSING:
        para(pdf, line, NUM_X)
    pdf.ln(10)
    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(NUM_X)
    pdf.cell(100, 6, "Llofnod / Signed: ........................................")
    pdf.cell(0, 6, "Dyddiad / Date: .......................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(NUM_X + 30)
    pdf.cell(0, 6, "Maer / Mayor", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda, minutes = folder / AGENDA_FILE, folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------


def _count(block: dict) -> int:
    return len(block["parts"]) or 1


def gold() -> dict:
    meeting = {"body": MEETING["body"], "date": MEETING["date"], "start_time": MEETING["start_time"]}
    agenda_items = []
    for number, title, parent, part, topics in AGENDA:
        record = {"number": number, "title": title, "pages": None, "part": part, "parent": parent}
        if topics:
            record["topics"] = topics
        agenda_items.append(record)
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Each main item's title is the whole bold bilingual heading 'Welsh / English' as printed on one line "
            "(wrapping where long); the plain lines beneath are kept as topics, not title.",
            "Sub-items 5.1-5.2, 9.1-9.4 and 10.1-10.3 are printed in plain type with decimal numbers and are given "
            "their main item as parent.",
            "The Part 2 banner is not an item; items 18 and 19 under it are exempt, while item 17 (the exclusion "
            "resolution itself) is public.",
            "No page numbers are printed against items, so pages are null.",
            "The body is recorded as 'Full Council' (the file's meeting) although the summons calls it an "
            "Ordinary Meeting of the Council.",
            "The Town Clerk's name, phone and email in the letterhead are taken as the contact.",
        ],
        "meeting": {**meeting, "contact": dict(CLERK)},
        "agenda": agenda_items,
    }

    items, per_item, votes = [], {}, []
    for item in MINUTES:
        items.append({"number": item["number"], "title": item["title"], "agenda_item": item["agenda_item"]})
        count = 0
        for kind, data in [(b[0], b[1]) for b in item["body"]]:
            if kind == "res":
                count += _count(data)
            elif kind in ("vote", "recorded"):
                entry = {
                    "item": item["number"],
                    "result": data["result"],
                    "counts": dict(data["counts"]),
                    "motion": data["motion"],
                }
                if kind == "recorded":
                    entry["voters"] = {k: list(v) for k, v in data["voters"].items()}
                if data.get("note"):
                    entry["note"] = data["note"]
                votes.append(entry)
        if count:
            per_item[item["number"]] = count
    attendance = []
    for name, status, role, _printed in ATTENDANCE:
        person = {"name": name, "status": status}
        if role:
            person["role"] = role
        attendance.append(person)
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Decisions are recorded in the Resolved form (bold 'PENDERFYNWYD / RESOLVED:' blocks, 'RESOLVED that' "
            "in text, and once 'it was resolved that' inside a paragraph at 170/24), so only Resolved clauses are "
            "counted.",
            "Each lettered, roman-numbered or numbered part under one Resolved counts separately: 162/24 (a)-(c) = "
            "3, 169/24(a) (i)-(ii) = 2, 171/24 1-3 = 3, 177/24 (a)-(b) = 2.",
            "Resolutions made under lettered sub-headings of one minute (164/24 (a)/(b), 168/24 (a)-(c), 169/24 "
            "(a)-(c)) are totalled under the minute number.",
            "'It was agreed' sentences (165/24 Christmas lights, 173/24 dog fouling) and 'noted' sentences are not "
            "counted as resolutions in these Resolved-form minutes.",
            "The Mayor's variation of the order of business in 161/24 was done 'with the agreement of members' "
            "and is not counted as a resolution.",
            "The 169/24(c) s137 grants are one Resolved clause listing three amounts without letters, counted as 1.",
            "The lettered sub-headings (a)-(d) inside minutes 164/24, 168/24 and 169/24 and the numbered "
            "correspondence list in 173/24 are parts of one minute, not separate minute items.",
            "Minute 158/24 (Welcome) has no agenda item; minute 162/24 was taken out of order and maps to agenda "
            "item 13, so later minutes map to the agenda numbers they deal with.",
            "The 168/24 show of hands tied 5-5 with 1 abstention and is recorded as carried on the Mayor's casting "
            "vote; the figures are those printed, without the casting vote.",
            "The 171/24 recorded vote prints names, so voters are given by surname; the other four votes print "
            "figures only.",
            "Apologies (Morgan, Beynon) and the absent member (Hughes) are printed in minute 159/24, not the "
            "attendance block, and are still recorded in attendance.",
            "Members attending remotely by Zoom (Lloyd-Evans, Thomas) are recorded as virtual; Doyle, who arrived "
            "at 7.31pm, is present.",
            "The County Councillor and the PCSO named under 'Also present' are also_present; the Carnival "
            "Committee representatives named only in minute 162/24 and the unnamed public and press are left out.",
            "Cllr Parry is also a County Councillor but attends as a town councillor, so she is present only.",
            "The meeting closed at 9.14pm, printed in the closing line, which gives the end time.",
        ],
        "meeting": dict(MEETING),
        "minutes": {
            "meeting": dict(MEETING),
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_record,
        f"minutes__{STEM}_minutes": minutes_record,
    }
