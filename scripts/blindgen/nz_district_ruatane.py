"""Ruatane District Council (fictional rural New Zealand district council): one ordinary meeting.

Files written by `build(folder)`:

* agendas/ruatane-district_council_2025-08-27_agenda.pdf - the public agenda of the Ordinary Council
  Meeting of Wednesday 27 August 2025, printed the way NZ district councils' agenda software prints
  it: a notice-of-meeting cover with the membership and quorum, an "Order of Business" contents page
  with dot leaders and page numbers (section headings "Reports", "Minutes of Committees" and the
  public excluded items carry no page number), then the items in order.  Reports start on a new page
  with a File Number / Author / Authoriser block, bilingual section headings, numbered paragraphs and
  a numbered recommendation; report pages carry an "Item 7.2  Page 9" footer, the others "Page 4".
  Item 9 holds the section 48 (LGOIMA) table; the public excluded reports themselves are not printed.
* minutes/ruatane-district_council_2025-08-27_minutes.pdf - the unconfirmed minutes of that meeting.
  Items keep the agenda's numbers and are printed in capitals; the attendance part is a two-column
  table (Mayor / Deputy Mayor / Councillors, then In Attendance with job titles, Also Present).
  Decisions are recorded in shaded "RESOLUTION RDC/2025/nnn" blocks with Moved / Seconded lines,
  numbered (1., 2.) or lettered ((a), (b)) parts and CARRIED; resolution numbers 143-144 were made in
  the public excluded session and are missing from the public minutes.  One amendment is lost on a
  division printed as lists; a later division is printed as a For / Against / Abstained table; two
  members ask for their votes against to be recorded.  Late arrival, early departure, a member on an
  audio-visual link, a declared interest (member leaves and returns), an adjournment for morning tea
  and public forum speakers numbered 4.1 and 4.2 are recorded with times.

All names, places, amounts and wording are invented.  Text is latin-1 (macrons are left off, as
core PDF fonts cannot print them).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Ruatane District Council"
MEETING_NAME = "Ordinary Council Meeting"
DATE_ISO = "2025-08-27"
DATE_LONG = "Wednesday, 27 August 2025"
DATE_SHORT = "27 August 2025"
START = "9.30am"
START_24 = "09:30"
END = "12.34pm"
END_24 = "12:34"
VENUE = "Council Chamber, 24 Taha Road, Ruatane"
CONTACT = {"name": "Kate Oldfield", "phone": "07 315 0400", "email": "kate.oldfield@ruatanedc.govt.nz"}
NZST = dt.timezone(dt.timedelta(hours=12))
AGENDA_CREATED = dt.datetime(2025, 8, 21, 15, 42, tzinfo=NZST)
MINUTES_CREATED = dt.datetime(2025, 9, 1, 10, 18, tzinfo=NZST)

AGENDA_FILE = "agendas/ruatane-district_council_2025-08-27_agenda.pdf"
MINUTES_FILE = "minutes/ruatane-district_council_2025-08-27_minutes.pdf"

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# key: (first name, surname, title, status at this meeting, note printed beside the name)
MEMBERS = {
    "whaanga": ("Tania", "Whaanga", "Mayor", "present", ""),
    "lusk": ("Graeme", "Lusk", "Deputy Mayor", "present", ""),
    "ngata": ("Aroha", "Ngata", "Cr", "present", ""),
    "hohaia": ("Wiremu", "Hohaia", "Cr", "present", ""),
    "paku": ("Ben", "Paku", "Cr", "present", ""),
    "morrow": ("Sandra", "Morrow", "Cr", "present", "from 9.47am"),
    "te_kani": ("Huia", "Te Kani", "Cr", "virtual", "via audio-visual link"),
    "van_der_sluis": ("Peter", "van der Sluis", "Cr", "present", "until 11.48am"),
    "mcalister": ("Colin", "McAlister", "Cr", "present", ""),
    "fairbrother_hunt": ("Deborah", "Fairbrother-Hunt", "Cr", "apologies", ""),
}

OFFICERS = [
    ("Dianne Kowalski", "Chief Executive", ""),
    ("Rangi Walker", "Group Manager Corporate Services", ""),
    ("Stuart Pennington", "Group Manager Infrastructure Services", ""),
    ("Lisa Chen-Matthews", "Group Manager Planning and Regulatory", ""),
    ("James Tuala", "Three Waters Manager", "item 7.2"),
    ("Mereana Hotene", "Community Development Advisor", "item 7.4"),
    ("Kate Oldfield", "Senior Governance Advisor", "minute taker"),
]

ALSO_PRESENT = [
    ("Tipene Nicholas", "Te Runanga o Ngati Ruatane representative (non-voting)"),
    ("Hemi Tapsell", "Ruatane Ratepayers' Association (public forum)"),
    ("Jill Wardlaw", "Kereru Valley Residents' Group (public forum)"),
]


def first(key: str) -> str:
    return MEMBERS[key][0]


def surname(key: str) -> str:
    return MEMBERS[key][1]


def full(key: str) -> str:
    f, s, t, _, _ = MEMBERS[key]
    return f"{t} {f} {s}"


def short(key: str) -> str:
    _, s, t, _, _ = MEMBERS[key]
    return f"{t} {s}"


def name_list(keys: list[str]) -> str:
    """'Mayor Whaanga, Deputy Mayor Lusk, Crs Paku, Morrow and McAlister' as clerks write it."""
    heads = [short(k) for k in keys if MEMBERS[k][2] != "Cr"]
    crs = [surname(k) for k in keys if MEMBERS[k][2] == "Cr"]
    parts = list(heads)
    if crs:
        parts.append(("Crs " if len(crs) > 1 else "Cr ") + ", ".join(crs))
    text = ", ".join(parts)
    if len(keys) > 1:
        head, _, tail = text.rpartition(", ")
        text = f"{head} and {tail}"
    return text


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

# number, title, parent, part, kind ("proc" flows on, "report" starts a new page, "heading" is a
# section heading without a page number, "pe" a public excluded item listed only)
AGENDA = [
    ("1", "Karakia Timatanga / Opening Karakia", None, "public", "proc"),
    ("2", "Apologies", None, "public", "proc"),
    ("3", "Declarations of Interest", None, "public", "proc"),
    ("4", "Public Forum", None, "public", "proc"),
    ("5", "Confirmation of Minutes", None, "public", "proc"),
    ("6", "Mayor's Report - August 2025", None, "public", "report"),
    ("7", "Reports", None, "public", "heading"),
    ("7.1", "Chief Executive's Report - August 2025", "7", "public", "report"),
    ("7.2", "Kereru Valley Wastewater Treatment Plant Upgrade - Preferred Option", "7", "public", "report"),
    ("7.3", "Draft Dog Control Policy and Bylaw 2025 - Adoption for Consultation", "7", "public", "report"),
    ("7.4", "Community Grants Fund Allocations 2025/26", "7", "public", "report"),
    ("7.5", "Road Naming - Kotare Heights Subdivision Stage 2", "7", "public", "report"),
    ("7.6", "Election Period - Interim Delegations and Final Meeting Arrangements", "7", "public", "report"),
    ("8", "Minutes of Committees", None, "public", "heading"),
    ("8.1", "Audit and Risk Committee - 11 August 2025", "8", "public", "report"),
    ("8.2", "Ruatane Community Board - 4 August 2025", "8", "public", "proc"),
    ("9", "Resolution to Exclude the Public", None, "public", "report"),
    ("10", "Public Excluded Items", None, "exempt", "heading"),
    ("10.1", "Confirmation of Public Excluded Minutes - 30 July 2025", "10", "exempt", "pe"),
    ("10.2", "Sale of Former Depot Land, Kereru Road", "10", "exempt", "pe"),
    ("11", "Karakia Whakamutunga / Closing Karakia", None, "public", "proc"),
]

# body of the short procedural items: list of ("p", text) / ("rec", [lines]) / ("list", [lines])
PROC_BODY = {
    "1": [("p", "Cr Wiremu Hohaia will open the meeting with a karakia.")],
    "2": [
        (
            "p",
            "An apology for absence has been received from Cr Deborah Fairbrother-Hunt, and an apology "
            "for lateness from Cr Sandra Morrow.",
        ),
        ("rec", ["That the apologies for absence and lateness be received and accepted."]),
    ],
    "3": [
        (
            "p",
            "Members are reminded of the need to be vigilant and to stand aside from decision-making when "
            "a conflict arises between their role as an elected member and any private or other external "
            "interest they might have. Members should declare any interest in an item on this agenda, "
            "and any changes to their entry in the Register of Interests.",
        ),
    ],
    "4": [
        (
            "p",
            "A period of up to 30 minutes is set aside for members of the public to address the meeting, "
            "with each speaker allowed five minutes. At the time the agenda was published the following "
            "requests to speak had been received:",
        ),
        (
            "list",
            [
                "Hemi Tapsell, Ruatane Ratepayers' Association - rates affordability and the wastewater "
                "upgrade (item 7.2);",
                "Jill Wardlaw, Kereru Valley Residents' Group - Kereru Valley wastewater treatment plant.",
            ],
        ),
    ],
    "5": [
        (
            "rec",
            [
                "That the minutes of the Ordinary Council Meeting held on 30 July 2025 be confirmed as a "
                "true and correct record."
            ],
        ),
        ("p", "Attachments"),
        ("list", ["1. Minutes of the Ordinary Council Meeting held on 30 July 2025 (circulated separately)"]),
    ],
    "8.2": [
        (
            "p",
            "The unconfirmed minutes of the Ruatane Community Board meeting held on 4 August 2025 are "
            "attached for Council's information. The Board made no recommendations to Council.",
        ),
        (
            "rec",
            ["That the unconfirmed minutes of the Ruatane Community Board meeting held on 4 August 2025 be received."],
        ),
        ("p", "Attachments"),
        ("list", ["1. Unconfirmed Minutes - Ruatane Community Board - 4 August 2025 (circulated separately)"]),
    ],
    "11": [("p", "Cr Wiremu Hohaia will close the meeting with a karakia.")],
}

# reports: file number, author, authoriser, sections [(heading, paragraphs)], recommendation, attachments
REPORTS = {
    "6": {
        "file": "RDC-25-0741",
        "author": "Tania Whaanga, Mayor",
        "authoriser": "Dianne Kowalski, Chief Executive",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "This report updates Council on the Mayor's activities and meetings attended since the last "
                    "ordinary meeting of Council on 30 July 2025.",
                ],
            ),
            (
                "Mayoral Activities / Nga Mahi a te Koromatua",
                [
                    "On 4 August I attended the Ruatane Community Board meeting together with Cr Paku. The Board "
                    "has asked that footpath renewals on Wharf Street be brought forward, and I have referred this "
                    "to the Group Manager Infrastructure Services.",
                    "On 7 August I joined the Mayoral Forum for the region in Whakaroa. The Forum discussed the "
                    "implementation of Local Water Done Well, the regional transport plan variation and the "
                    "joint approach to civil defence welfare centres.",
                    "On 14 August the Deputy Mayor and I met with the Minister's office regarding the Tarawhiti "
                    "Bridge replacement and the funding assistance rate for emergency works following the June "
                    "flooding. The meeting was constructive and officials have undertaken to respond by the end "
                    "of September.",
                    "On 19 August I had the privilege of presenting the Ruatane Civic Awards at the Memorial Hall. "
                    "Eleven residents were recognised for their service to the community, including three volunteer "
                    "firefighters with more than 25 years of service each.",
                ],
            ),
            (
                "Upcoming / Kei Mua",
                [
                    "Nominations for the 2025 local elections closed on 1 August. Voting documents will be delivered "
                    "from 9 September and voting closes at 12 noon on Saturday 11 October 2025.",
                ],
            ),
        ],
        "rec": ["That the Mayor's Report - August 2025 be received."],
        "attachments": [],
    },
    "7.1": {
        "file": "RDC-25-0749",
        "author": "Dianne Kowalski, Chief Executive",
        "authoriser": "Dianne Kowalski, Chief Executive",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To provide Council with an overview of organisational performance and significant matters "
                    "for the period 1 July to 15 August 2025.",
                ],
            ),
            (
                "Executive Summary / Whakarapopototanga",
                [
                    "Work programmes are generally on track for the first quarter of the 2025/26 year. Recovery "
                    "work on the roading network following the June weather event continues, with 37 of the 52 "
                    "identified sites now reinstated.",
                    "Building consent processing times improved to 96.4% within the 20 working day statutory "
                    "timeframe, up from 88.1% in the previous quarter.",
                ],
            ),
            (
                "Roading / Nga Rori",
                [
                    "Emergency works claims totalling $3.92 million have been lodged with the national transport "
                    "agency. The Tarawhiti Bridge remains under a 10 tonne weight restriction; a detour via Matai "
                    "Road is signposted for heavy vehicles.",
                    "The annual bridge inspection programme has identified two further structures on Pohue Road "
                    "requiring load assessments. These will be completed in September.",
                ],
            ),
            (
                "Three Waters / Nga Wai e Toru",
                [
                    "The Ruatane township water supply achieved full compliance with the drinking water quality "
                    "assurance rules for the quarter. A boil water notice on the Kereru Valley rural scheme was "
                    "lifted on 22 July after six days.",
                ],
            ),
            (
                "Corporate / Rangapu",
                [
                    "Rates collection for the first instalment stood at 91.7% at 15 August. Eight requests under "
                    "the Local Government Official Information and Meetings Act 1987 were received during the "
                    "period; all were responded to within the statutory timeframe.",
                ],
            ),
        ],
        "rec": ['Receives the report titled "Chief Executive\'s Report - August 2025".'],
        "attachments": ["Key Performance Indicators - Quarter One 2025/26"],
    },
    "7.2": {
        "file": "RDC-25-0688",
        "author": "James Tuala, Three Waters Manager",
        "authoriser": "Stuart Pennington, Group Manager Infrastructure Services",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To seek Council's decision on the preferred option for upgrading the Kereru Valley Wastewater "
                    "Treatment Plant, so that a resource consent application can be lodged before the current "
                    "discharge consent expires on 30 June 2026.",
                ],
            ),
            (
                "Background / Horopaki",
                [
                    "The Kereru Valley plant serves approximately 640 connections. It discharges treated effluent to "
                    "the Whakapuru Stream under a consent granted in 1991. The plant has recorded 14 exceedances of "
                    "its E. coli limit in the last three years.",
                    "The Long Term Plan 2024-2034 includes $7.84 million in years two and three for the upgrade. "
                    "Three options were presented to a Council workshop on 9 July 2025 and to a community hui at "
                    "the Kereru Valley Hall on 17 July 2025, attended by 58 people.",
                ],
            ),
            (
                "Options / Nga Kowhiringa",
                [
                    "Option A - upgrade of the existing oxidation ponds with UV disinfection. Estimated capital cost "
                    "$4.1 million. Unlikely to meet the discharge standards expected by the regional council beyond "
                    "2035.",
                    "Option B - membrane bioreactor at the existing site, continuing discharge to the stream at a "
                    "much higher standard. Estimated capital cost $7.6 million; operating cost increase of about "
                    "$210,000 a year.",
                    "Option C - treatment and land disposal on land to be purchased near Pohue Road. Estimated "
                    "capital cost $11.3 million, with a land purchase not yet negotiated. Preferred by many at the "
                    "community hui and by Te Runanga o Ngati Ruatane, because it ends the discharge to water.",
                ],
            ),
            (
                "Significance and Engagement / Hiranga me te Whakawhitiwhiti",
                [
                    "The decision is assessed as of medium significance under the Significance and Engagement "
                    "Policy. The upgrade was consulted on through the Long Term Plan 2024-2034, and further "
                    "engagement will take place through the resource consent process.",
                ],
            ),
        ],
        "rec": [
            'Receives the report titled "Kereru Valley Wastewater Treatment Plant Upgrade - Preferred Option".',
            "Approves Option B (membrane bioreactor at the existing site) as the preferred option for the "
            "Kereru Valley Wastewater Treatment Plant upgrade.",
            "Notes that the estimated capital cost of $7.6 million is within the $7.84 million provided in "
            "years two and three of the Long Term Plan 2024-2034.",
            "Delegates to the Chief Executive the authority to lodge a resource consent application for "
            "Option B with the regional council.",
        ],
        "attachments": [
            "Options Assessment - Kereru Valley WWTP (Harrower Consulting, June 2025)",
            "Summary of Community Hui Feedback - 17 July 2025",
        ],
    },
    "7.3": {
        "file": "RDC-25-0702",
        "author": "Lisa Chen-Matthews, Group Manager Planning and Regulatory",
        "authoriser": "Dianne Kowalski, Chief Executive",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To seek Council's adoption of the draft Dog Control Policy and Dog Control Bylaw 2025 and "
                    "the associated Statement of Proposal for public consultation.",
                ],
            ),
            (
                "Background / Horopaki",
                [
                    "The Dog Control Act 1996 requires Council to adopt a policy on dogs and to review it at least "
                    "every ten years. The current policy and bylaw were adopted in 2015.",
                    "The main changes proposed are a new dog exercise area at Matai Domain, seasonal prohibition "
                    "of dogs on the Ruatane Spit between 1 September and 31 March to protect nesting dotterel, "
                    "and a reduced registration fee for dogs that have completed an approved obedience course.",
                ],
            ),
            (
                "Legal Considerations / Nga Ture",
                [
                    "Section 155 of the Local Government Act 2002 requires Council to determine that a bylaw is the "
                    "most appropriate way of addressing the perceived problem, and that the proposed bylaw is the "
                    "most appropriate form of bylaw and does not give rise to any implications under the New "
                    "Zealand Bill of Rights Act 1990.",
                ],
            ),
        ],
        "rec": [
            'Receives the report titled "Draft Dog Control Policy and Bylaw 2025 - Adoption for Consultation".',
            "Determines, in accordance with section 155 of the Local Government Act 2002, that a bylaw is the "
            "most appropriate way of addressing the problems identified in the report, and that the draft "
            "bylaw is the most appropriate form of bylaw.",
            "Adopts the Statement of Proposal, draft Dog Control Policy and draft Dog Control Bylaw 2025 for "
            "public consultation using the special consultative procedure.",
            "Approves a consultation period from 8 September to 10 October 2025.",
        ],
        "attachments": [
            "Statement of Proposal - Dog Control Policy and Bylaw 2025",
            "Draft Dog Control Policy 2025",
            "Draft Dog Control Bylaw 2025",
        ],
    },
    "7.4": {
        "file": "RDC-25-0755",
        "author": "Mereana Hotene, Community Development Advisor",
        "authoriser": "Rangi Walker, Group Manager Corporate Services",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To seek Council's approval of allocations from the 2025/26 Community Grants Fund.",
                ],
            ),
            (
                "Discussion / Matapaki",
                [
                    "The fund has $60,000 available for 2025/26. Nine applications were received, seeking a total "
                    "of $94,350. The grants assessment panel met on 6 August 2025 and assessed the applications "
                    "against the criteria in the Community Grants Policy.",
                    "The panel recommends grants to seven applicants totalling $58,750. One application is "
                    "recommended to be declined as the activity is commercial in nature, and one application was "
                    "withdrawn by the applicant.",
                ],
            ),
        ],
        "rec": [
            'Receives the report titled "Community Grants Fund Allocations 2025/26".',
            "Approves the allocations from the 2025/26 Community Grants Fund set out in Table 1 of the "
            "report, totalling $58,750.",
            "Declines the application from the Ruatane Speedway Club Incorporated, as it does not meet "
            "criterion 4.2 of the Community Grants Policy.",
        ],
        "attachments": ["Grants Assessment Panel Scoring Sheet - 6 August 2025"],
    },
    "7.5": {
        "file": "RDC-25-0763",
        "author": "Anna Brightwell, Roading Asset Engineer",
        "authoriser": "Stuart Pennington, Group Manager Infrastructure Services",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To seek approval of names for two new roads created by Stage 2 of the Kotare Heights "
                    "subdivision, Ruatane.",
                ],
            ),
            (
                "Discussion / Matapaki",
                [
                    "The developer, Kotare Heights Limited, has proposed the names Kotare Heights Drive and Matai "
                    "Close. Both names comply with the Road Naming Policy and the AS/NZS 4819:2011 standard, and "
                    "neither duplicates an existing road name in the district.",
                    "Te Runanga o Ngati Ruatane was consulted and supports the names.",
                ],
            ),
        ],
        "rec": [
            'Receives the report titled "Road Naming - Kotare Heights Subdivision Stage 2".',
            "Approves the names Kotare Heights Drive and Matai Close for the new roads in Stage 2 of the "
            "Kotare Heights subdivision, as shown on the plan attached to the report.",
        ],
        "attachments": ["Kotare Heights Stage 2 - Road Naming Plan"],
    },
    "7.6": {
        "file": "RDC-25-0770",
        "author": "Kate Oldfield, Senior Governance Advisor",
        "authoriser": "Dianne Kowalski, Chief Executive",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To put in place arrangements for urgent decisions during the period between the declaration "
                    "of the election results and the inaugural meeting of the incoming Council.",
                ],
            ),
            (
                "Discussion / Matapaki",
                [
                    "Under clause 1 of Schedule 7 of the Local Government Act 2002, elected members of the outgoing "
                    "Council remain in office until the day after the official declaration of the election results. "
                    "The inaugural meeting of the incoming Council is expected to be held on 29 October 2025.",
                    "This is expected to be the last ordinary meeting of the current Council. An extraordinary "
                    "meeting can be called if required before 11 October 2025.",
                ],
            ),
        ],
        "rec": [
            'Receives the report titled "Election Period - Interim Delegations and Final Meeting Arrangements".',
            "Delegates to the Chief Executive, in consultation with the Mayor (or, in the Mayor's absence, "
            "the Deputy Mayor), the authority to make decisions on urgent matters that cannot wait until the "
            "inaugural meeting of the incoming Council.",
            "Notes that any decision made under this delegation will be reported to the first ordinary "
            "meeting of the incoming Council.",
        ],
        "attachments": [],
    },
    "8.1": {
        "file": "RDC-25-0772",
        "author": "Kate Oldfield, Senior Governance Advisor",
        "authoriser": "Rangi Walker, Group Manager Corporate Services",
        "sections": [
            (
                "Purpose / Te Take",
                [
                    "To present the unconfirmed minutes of the Audit and Risk Committee meeting held on 11 August "
                    "2025 for Council's information.",
                ],
            ),
            (
                "Discussion / Matapaki",
                [
                    "The Committee received the interim audit management letter for the year ended 30 June 2025 "
                    "and the updated strategic risk register. It made no recommendations to Council requiring a "
                    "decision.",
                ],
            ),
        ],
        "rec": ["Receives the unconfirmed minutes of the Audit and Risk Committee meeting held on 11 August 2025."],
        "attachments": ["Unconfirmed Minutes - Audit and Risk Committee - 11 August 2025"],
    },
}

GRANTS = [
    ("Kereru Valley Hall Society Incorporated", "Kitchen upgrade", "$12,000"),
    ("Ruatane Coastguard", "Volunteer training and fuel", "$8,500"),
    ("Te Kura o Matai PTA", "Swimming lessons transport", "$4,250"),
    ("Ruatane Menz Shed Trust", "Dust extraction system", "$9,000"),
    ("Pohue Road Landcare Group", "Riparian planting", "$6,500"),
    ("Ruatane Arts Council", "Winter arts festival 2026", "$11,000"),
    ("Whakapuru Marae Trustees", "Wharekai roof repairs", "$7,500"),
]

S48 = [
    (
        "10.1 - Confirmation of Public Excluded Minutes - 30 July 2025",
        "s7(2)(i) - the withholding of the information is necessary to enable Council to carry on, without "
        "prejudice or disadvantage, negotiations (including commercial and industrial negotiations)",
        "s48(1)(a)(i) - the public conduct of the relevant part of the proceedings of the meeting would be "
        "likely to result in the disclosure of information for which good reason for withholding would exist "
        "under section 6 or section 7",
    ),
    (
        "10.2 - Sale of Former Depot Land, Kereru Road",
        "s7(2)(h) - the withholding of the information is necessary to enable Council to carry out, without "
        "prejudice or disadvantage, commercial activities; s7(2)(i) - as above",
        "s48(1)(a)(i) - as above",
    ),
]

# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------

DIV_72 = {
    "item": "7.2",
    "motion": "Amendment (Cr Ngata / Cr Hohaia) to defer the decision to the incoming Council",
    "result": "lost",
    "for": ["ngata", "hohaia", "te_kani"],
    "against": ["whaanga", "lusk", "paku", "morrow", "van_der_sluis", "mcalister"],
    "abstain": [],
}
DISSENT_72 = {
    "item": "7.2",
    "motion": "Substantive motion RDC/2025/135",
    "result": "carried",
    "against": ["ngata", "hohaia"],
}
DIV_74 = {
    "item": "7.4",
    "motion": "RDC/2025/137 Community Grants Fund allocations",
    "result": "carried",
    "for": ["whaanga", "lusk", "ngata", "hohaia", "morrow", "van_der_sluis"],
    "against": ["mcalister"],
    "abstain": ["te_kani"],
}


def res(no, mover, seconder, parts, style="num", intro="That Council:", after=None):
    return {
        "no": no,
        "mover": mover,
        "seconder": seconder,
        "parts": parts,
        "style": style,
        "intro": intro,
        "after": after or [],
    }


# minute items: number, title (as printed), agenda item, blocks
MINUTES = [
    (
        "1",
        "KARAKIA TIMATANGA / OPENING KARAKIA",
        "1",
        [
            (
                "p",
                "Cr Hohaia opened the meeting with a karakia. The Mayor welcomed members, staff, Mr Nicholas and "
                "the members of the public and media present, and acknowledged the passing on 12 August of former "
                "councillor Ivan Dunstan, who served the Kereru Ward from 1989 to 2001. A minute's silence was "
                "observed.",
            ),
        ],
    ),
    (
        "2",
        "APOLOGIES",
        "2",
        [
            (
                "res",
                res(
                    "RDC/2025/131",
                    "mcalister",
                    "lusk",
                    [
                        "That the apology for absence from Cr Fairbrother-Hunt and the apology for lateness from "
                        "Cr Morrow be received and accepted."
                    ],
                    style="single",
                    intro="",
                ),
            ),
            (
                "p",
                "The Mayor noted that Cr Te Kani was attending the meeting by audio-visual link in accordance with "
                "Standing Order 13.1 and would be counted as present for the purposes of the quorum.",
            ),
        ],
    ),
    (
        "3",
        "DECLARATIONS OF INTEREST",
        "3",
        [
            (
                "p",
                "Cr Paku declared an interest in item 7.4 Community Grants Fund Allocations 2025/26 as chairperson "
                "of the Kereru Valley Hall Society Incorporated, one of the applicants, and advised that he would "
                "leave the meeting for that item.",
            ),
            (
                "p",
                "Deputy Mayor Lusk advised, for the record, that he owns a property adjoining the former depot "
                "site on Kereru Road (item 10.2). Having taken advice from the Chief Executive, he would take no "
                "part in the discussion or voting on that item.",
            ),
        ],
    ),
    ("4", "PUBLIC FORUM", "4", []),
    (
        "4.1",
        "HEMI TAPSELL - RUATANE RATEPAYERS' ASSOCIATION",
        "4",
        [
            (
                "p",
                "Mr Tapsell spoke about rates affordability for fixed-income households. He asked Council to "
                "choose the lowest-cost compliant option for the Kereru Valley wastewater plant and to seek "
                "central government funding before committing to Option B or C. He tabled a petition of 212 "
                "signatures (document reference RDC-25-0791).",
            ),
            (
                "p",
                "In response to a question from Cr van der Sluis, Mr Tapsell confirmed that the Association had not "
                "taken a position on land disposal.",
            ),
        ],
    ),
    (
        "4.2",
        "JILL WARDLAW - KERERU VALLEY RESIDENTS' GROUP",
        "4",
        [
            (
                "p",
                "Ms Wardlaw spoke in support of Option C (land disposal). She said the Whakapuru Stream was no longer "
                "safe for swimming below the plant in summer and that residents wanted the discharge to water to "
                "end. She asked that the decision not be rushed before the election.",
            ),
            ("time", "Cr Morrow arrived at the meeting at 9.47am, during Ms Wardlaw's presentation."),
            ("p", "The Mayor thanked both speakers for their presentations."),
        ],
    ),
    (
        "5",
        "CONFIRMATION OF MINUTES",
        "5",
        [
            (
                "res",
                res(
                    "RDC/2025/132",
                    "ngata",
                    "van_der_sluis",
                    [
                        "That the minutes of the Ordinary Council Meeting held on 30 July 2025 be confirmed as a true "
                        'and correct record, subject to the spelling of "Whakapuru Stream" being corrected in item '
                        "7.3."
                    ],
                    style="single",
                    intro="",
                ),
            ),
        ],
    ),
    (
        "6",
        "MAYOR'S REPORT - AUGUST 2025",
        "6",
        [
            (
                "p",
                "The Mayor spoke to her report and added that she had been advised on 25 August that the region's "
                "application to the Regional Infrastructure Fund for the Tarawhiti Bridge had progressed to the "
                "second stage.",
            ),
            (
                "res",
                res(
                    "RDC/2025/133",
                    "whaanga",
                    "paku",
                    ["That the Mayor's Report - August 2025 be received."],
                    style="single",
                    intro="",
                ),
            ),
        ],
    ),
    ("7", "REPORTS", "7", []),
    (
        "7.1",
        "CHIEF EXECUTIVE'S REPORT - AUGUST 2025",
        "7.1",
        [
            ("p", "The Chief Executive took the report as read and answered questions. Matters discussed included:"),
            (
                "bullets",
                [
                    "the timeframe for reopening the Tarawhiti Bridge to heavy vehicles, which the Group Manager "
                    "Infrastructure Services advised was dependent on the outcome of the funding application and would "
                    "not be before mid-2026;",
                    "the cause of the Kereru Valley boil water notice, which was a failed turbidity sensor following heavy "
                    "rain; the sensor has since been replaced and a spare is now held in stock;",
                    "rates arrears, which the Group Manager Corporate Services confirmed were lower than at the same time "
                    "last year.",
                ],
            ),
            (
                "p",
                "Members noted the improvement in building consent processing times and asked that their thanks be "
                "passed on to the building control team.",
            ),
            (
                "res",
                res(
                    "RDC/2025/134",
                    "van_der_sluis",
                    "hohaia",
                    ['Receives the report titled "Chief Executive\'s Report - August 2025".'],
                ),
            ),
            (
                "p",
                "Action: the Group Manager Infrastructure Services to circulate the updated bridge inspection "
                "programme to all elected members.",
            ),
        ],
    ),
    (
        "7.2",
        "KERERU VALLEY WASTEWATER TREATMENT PLANT UPGRADE - PREFERRED OPTION",
        "7.2",
        [
            (
                "p",
                "The Three Waters Manager, James Tuala, joined the meeting and spoke to the report. He advised that "
                "the regional council had indicated informally that a consent for Option A was unlikely to be "
                "granted for more than ten years. In response to questions, Mr Tuala advised that:",
            ),
            (
                "bullets",
                [
                    "Option C would require a land purchase of about 45 hectares, and no willing seller had yet been "
                    "identified;",
                    "the existing consent could be extended under section 124 of the Resource Management Act 1991 only if "
                    "an application was lodged at least six months before it expires;",
                    "Option B would not preclude a land-based discharge being added at a later stage.",
                ],
            ),
            (
                "amend",
                {
                    "mover": "ngata",
                    "seconder": "hohaia",
                    "text": "That Council defers a decision on the preferred option for the Kereru Valley Wastewater "
                    "Treatment Plant upgrade until the incoming Council has been sworn in, and requests staff to "
                    "undertake further engagement with the Kereru Valley community and Te Runanga o Ngati Ruatane "
                    "on Option C.",
                },
            ),
            ("div_list", DIV_72),
            ("p", "The substantive motion was then put."),
            (
                "res",
                res(
                    "RDC/2025/135",
                    "lusk",
                    "mcalister",
                    REPORTS["7.2"]["rec"],
                    after=[("p", "Crs Ngata and Hohaia requested that their votes against the motion be recorded.")],
                ),
            ),
            ("time", "Mr Tuala left the meeting at 10.33am."),
            ("time", "The meeting adjourned for morning tea at 10.34am and reconvened at 10.52am."),
        ],
    ),
    (
        "7.3",
        "DRAFT DOG CONTROL POLICY AND BYLAW 2025 - ADOPTION FOR CONSULTATION",
        "7.3",
        [
            (
                "p",
                "The Group Manager Planning and Regulatory spoke to the report. Discussion centred on the proposed "
                "seasonal prohibition of dogs on the Ruatane Spit and how it would be signposted and enforced. "
                "Members asked that the consultation material include a map of the exercise area at Matai Domain.",
            ),
            ("time", "Cr McAlister left the meeting at 11.05am and returned at 11.09am."),
            ("res", res("RDC/2025/136", "morrow", "te_kani", REPORTS["7.3"]["rec"], style="alpha")),
        ],
    ),
    (
        "7.4",
        "COMMUNITY GRANTS FUND ALLOCATIONS 2025/26",
        "7.4",
        [
            ("time", "Having declared an interest, Cr Paku left the meeting at 11.16am."),
            (
                "p",
                "The Community Development Advisor, Mereana Hotene, joined the meeting and spoke to the report. "
                "Cr McAlister questioned whether the Ruatane Arts Council grant was a good use of ratepayer money "
                "given pressure on rates, and Cr Te Kani asked that the scoring methodology be reviewed before the "
                "next funding round.",
            ),
            (
                "res",
                res(
                    "RDC/2025/137",
                    "hohaia",
                    "morrow",
                    [
                        'Receives the report titled "Community Grants Fund Allocations 2025/26".',
                        "Approves the following allocations from the 2025/26 Community Grants Fund, totalling $58,750:",
                        "Declines the application from the Ruatane Speedway Club Incorporated, as it does not meet criterion "
                        "4.2 of the Community Grants Policy.",
                    ],
                    after=[],
                ),
            ),
            ("time", "Cr Paku returned to the meeting at 11.34am. Ms Hotene left the meeting at 11.34am."),
        ],
    ),
    (
        "7.5",
        "ROAD NAMING - KOTARE HEIGHTS SUBDIVISION STAGE 2",
        "7.5",
        [
            ("p", "The report was taken as read."),
            ("res", res("RDC/2025/138", "paku", "te_kani", REPORTS["7.5"]["rec"])),
        ],
    ),
    (
        "7.6",
        "ELECTION PERIOD - INTERIM DELEGATIONS AND FINAL MEETING ARRANGEMENTS",
        "7.6",
        [
            (
                "p",
                "The Senior Governance Advisor spoke to the report. The Mayor acknowledged that this was the last "
                "scheduled ordinary meeting of the triennium and thanked members, and in particular the three "
                "members not standing for re-election, for their service.",
            ),
            ("res", res("RDC/2025/139", "whaanga", "ngata", REPORTS["7.6"]["rec"])),
            ("time", "Cr van der Sluis left the meeting at 11.48am."),
        ],
    ),
    ("8", "MINUTES OF COMMITTEES", "8", []),
    (
        "8.1",
        "AUDIT AND RISK COMMITTEE - 11 AUGUST 2025",
        "8.1",
        [
            (
                "res",
                res(
                    "RDC/2025/140",
                    "mcalister",
                    "morrow",
                    [
                        "That the unconfirmed minutes of the Audit and Risk Committee meeting held on 11 August 2025 "
                        "be received."
                    ],
                    style="single",
                    intro="",
                ),
            ),
        ],
    ),
    (
        "8.2",
        "RUATANE COMMUNITY BOARD - 4 AUGUST 2025",
        "8.2",
        [
            (
                "res",
                res(
                    "RDC/2025/141",
                    "paku",
                    "hohaia",
                    [
                        "That the unconfirmed minutes of the Ruatane Community Board meeting held on 4 August 2025 "
                        "be received."
                    ],
                    style="single",
                    intro="",
                ),
            ),
        ],
    ),
    (
        "9",
        "RESOLUTION TO EXCLUDE THE PUBLIC",
        "9",
        [
            (
                "res",
                res(
                    "RDC/2025/142",
                    "lusk",
                    "paku",
                    [
                        "That the public be excluded from the following parts of the proceedings of this meeting. The "
                        "general subject matter of each matter to be considered while the public is excluded, the reason "
                        "for passing this resolution in relation to each matter, and the specific grounds under section "
                        "48(1) of the Local Government Official Information and Meetings Act 1987 for the passing of this "
                        "resolution are as follows:"
                    ],
                    style="single",
                    intro="",
                    after=[],
                ),
            ),
            ("time", "The public was excluded at 11.52am."),
        ],
    ),
    (
        "10",
        "PUBLIC EXCLUDED ITEMS",
        "10",
        [
            (
                "p",
                "Items 10.1 Confirmation of Public Excluded Minutes - 30 July 2025 and 10.2 Sale of Former Depot "
                "Land, Kereru Road were considered with the public excluded. The resolutions made are recorded in "
                "the public excluded minutes of this meeting.",
            ),
            (
                "res",
                res(
                    "RDC/2025/145",
                    "hohaia",
                    "mcalister",
                    ["That Council moves out of the public excluded session and resumes in open meeting."],
                    style="single",
                    intro="",
                ),
            ),
            ("time", "The meeting resumed in open session at 12.29pm."),
        ],
    ),
    (
        "11",
        "KARAKIA WHAKAMUTUNGA / CLOSING KARAKIA",
        "11",
        [
            ("p", "Cr Hohaia closed the meeting with a karakia."),
            ("p", f"The meeting closed at {END}."),
        ],
    ),
]


def count_parts(r: dict) -> int:
    return 1 if r["style"] == "single" else len(r["parts"])


# ---------------------------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, kind: str):
        super().__init__(format="A4")
        self.kind = kind
        self.footer_item = ""
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_author(COUNCIL)

    @property
    def epw(self) -> float:  # type: ignore[override]
        return self.w - self.l_margin - self.r_margin

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(70, 70, 70)
        self.set_y(10)
        label = f"{MEETING_NAME} {'Agenda' if self.kind == 'agenda' else 'Minutes'}"
        self.cell(self.epw / 2, 5, label)
        self.cell(self.epw / 2, 5, DATE_SHORT, align="R")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1 and self.kind == "agenda":
            return
        self.set_y(-15)
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(70, 70, 70)
        if self.kind == "minutes":
            self.cell(self.epw / 2, 5, "Unconfirmed")
            self.cell(self.epw / 2, 5, f"Page {self.page_no()}", align="R")
        elif self.footer_item:
            self.cell(self.epw / 2, 5, f"Item {self.footer_item}")
            self.cell(self.epw / 2, 5, f"Page {self.page_no()}", align="R")
        else:
            self.cell(self.epw, 5, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    # text blocks ------------------------------------------------------------------------
    def para(self, text: str, size: float = 10.5, style: str = "", indent: float = 0, gap: float = 2.5, h: float = 5.2):
        self.set_font("Helvetica", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def hanging(
        self,
        label: str,
        text: str,
        indent: float = 0,
        label_w: float = 9,
        size: float = 10.5,
        style: str = "",
        gap: float = 1.5,
    ):
        self.set_font("Helvetica", style, size)
        if self.will_page_break(6):
            self.add_page()
        self.set_x(self.l_margin + indent)
        y = self.get_y()
        self.cell(label_w, 5.2, label)
        self.set_xy(self.l_margin + indent + label_w, y)
        self.multi_cell(self.epw - indent - label_w, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def keep(self, height: float):
        if self.will_page_break(height):
            self.add_page()


# ---------------------------------------------------------------------------------------------
# Agenda rendering
# ---------------------------------------------------------------------------------------------


def _cover(pdf: Doc):
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.set_y(30)
    pdf.cell(pdf.epw, 12, "RUATANE DISTRICT COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(pdf.epw, 7, "Te Kaunihera a Rohe o Ruatane", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(14)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(pdf.epw, 10, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(pdf.epw, 9, MEETING_NAME, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.para(
        f"Notice is hereby given that an {MEETING_NAME.replace(' Meeting', ' Meeting of')} will be held on:".replace(
            "Ordinary Council Meeting of", "Ordinary Meeting of Council"
        ),
        size=11,
    )
    for label, value in (("Date:", DATE_LONG), ("Time:", START), ("Location:", VENUE)):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(30, 6.5, label)
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(pdf.epw - 30, 6.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(pdf.epw, 6, "MEMBERSHIP", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    rows = [("Chairperson", full("whaanga")), ("Deputy Chairperson", full("lusk"))]
    others = [k for k in MEMBERS if MEMBERS[k][2] == "Cr"]
    for i, k in enumerate(others):
        rows.append(("Members" if i == 0 else "", full(k)))
    for label, value in rows:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(45, 5.6, label)
        pdf.cell(pdf.epw - 45, 5.6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(45, 5.6, "Quorum")
    pdf.cell(pdf.epw - 45, 5.6, "5 members", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(pdf.epw, 6, "Dianne Kowalski", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(pdf.epw, 5.5, "Chief Executive / Tumu Whakarae", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(pdf.epw, 5.5, "21 August 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(pdf.epw, 5, "For enquiries about this agenda please contact:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9.5)
    for line in (
        f"{CONTACT['name']}, Senior Governance Advisor",
        f"Telephone: {CONTACT['phone']}",
        f"Email: {CONTACT['email']}",
        "Website: www.ruatanedc.govt.nz",
    ):
        pdf.cell(pdf.epw, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(
        pdf.epw,
        4.5,
        "Please note: the reports contained in this agenda are not Council policy until adopted. "
        "Recommendations may be altered or amended by Council at the meeting.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _contents(pdf: Doc, starts: dict[str, int]):
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(pdf.epw, 9, "ORDER OF BUSINESS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(14, 6, "Item")
    pdf.cell(pdf.epw - 28, 6, "Subject")
    pdf.cell(14, 6, "Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for number, title, parent, part, kind in AGENDA:
        if kind == "heading":
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(14, 6.5, number)
            pdf.cell(pdf.epw - 14, 6.5, title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        pdf.set_font("Helvetica", "", 10.5)
        x0 = pdf.l_margin + (8 if parent else 0)
        pdf.set_x(x0)
        num_w = 14 if not parent else 12
        pdf.cell(num_w, 6.5, number)
        text_w = pdf.epw - (x0 - pdf.l_margin) - num_w - 14
        if kind == "pe":
            pdf.cell(text_w + 14, 6.5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        leader = title + " "
        while pdf.get_string_width(leader + ".") < text_w - 2:
            leader += "."
        pdf.cell(text_w, 6.5, leader)
        pdf.cell(14, 6.5, str(starts.get(number, 99)), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _item_heading(pdf: Doc, number: str, title: str, size: float = 12):
    pdf.keep(20)
    pdf.set_font("Helvetica", "B", size)
    pdf.cell(14, 7, number)
    pdf.multi_cell(pdf.epw - 14, 7, title.upper(), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _rec(pdf: Doc, lines: list[str], intro: str = "That Council:"):
    pdf.keep(18)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(pdf.epw, 6, "RECOMMENDATION / TUTOHUNGA", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    if len(lines) == 1 and lines[0].startswith("That"):
        pdf.para(lines[0], style="B")
        return
    pdf.para(intro, style="B", gap=1)
    for i, line in enumerate(lines, 1):
        pdf.hanging(f"{i}.", line, indent=4, style="B")
    pdf.ln(2)


def _proc_body(pdf: Doc, number: str):
    for kind, value in PROC_BODY.get(number, []):
        if kind == "p":
            if value == "Attachments":
                pdf.para(value, style="B", gap=1)
            else:
                pdf.para(value)
        elif kind == "rec":
            _rec(pdf, value)
        elif kind == "list":
            for line in value:
                label, _, rest = line.partition(" ")
                if label.endswith(".") and label[:-1].isdigit():
                    pdf.hanging(label, rest, indent=4, label_w=7)
                else:
                    pdf.hanging("-", line, indent=4, label_w=5)
            pdf.ln(1.5)


def _report(pdf: Doc, number: str, title: str):
    rep = REPORTS[number]
    _item_heading(pdf, number, title, size=13)
    pdf.set_font("Helvetica", "", 10)
    for label, value in (("File Number:", rep["file"]), ("Author:", rep["author"]), ("Authoriser:", rep["authoriser"])):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(28, 5.4, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(pdf.epw - 28, 5.4, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    n = 0
    sections = list(rep["sections"])
    for heading, paras in sections[:1]:
        pdf.keep(16)
        pdf.para(heading.upper(), style="B", gap=1)
        for text in paras:
            n += 1
            pdf.hanging(f"{n}.", text)
    pdf.ln(1)
    _rec(pdf, rep["rec"])
    for heading, paras in sections[1:]:
        pdf.keep(16)
        pdf.para(heading.upper(), style="B", gap=1)
        for text in paras:
            n += 1
            pdf.hanging(f"{n}.", text)
        pdf.ln(1)
        if number == "7.4" and heading.startswith("Discussion"):
            pdf.para("Table 1 - Recommended allocations", style="B", size=10, gap=1)
            _grants_table(pdf)
    pdf.keep(14)
    pdf.para("ATTACHMENTS / NGA TAPIRIHANGA", style="B", gap=1)
    if rep["attachments"]:
        for i, a in enumerate(rep["attachments"], 1):
            letter = "ABCDEFG"[i - 1]
            pdf.hanging(f"{letter}.", f"{a} (circulated separately)", indent=4, label_w=7)
    else:
        pdf.para("There are no attachments for this report.")


def _grants_table(pdf: Doc, indent: float = 0):
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(
        col_widths=(70, 60, 25),
        text_align=("LEFT", "LEFT", "RIGHT"),
        line_height=5.2,
        first_row_as_headings=True,
        width=pdf.epw - indent,
        align="RIGHT",
    ) as table:
        table.row(["Applicant", "Purpose", "Amount"])
        for row in GRANTS:
            table.row(list(row))
        table.row(["Total", "", "$58,750"])
    pdf.ln(3)


def _s48_table(pdf: Doc):
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(col_widths=(45, 60, 65), line_height=4.4, text_align="LEFT", v_align="TOP") as table:
        table.row(
            [
                "General subject of each matter to be considered",
                "Reason for passing this resolution in relation to each matter",
                "Ground(s) under section 48 for the passing of this resolution",
            ]
        )
        for row in S48:
            table.row(list(row))
    pdf.ln(3)


def _render_agenda(starts: dict[str, int]) -> tuple[Doc, dict[str, int], dict[str, int]]:
    pdf = Doc("agenda")
    pdf.set_title(f"{MEETING_NAME} Agenda - {DATE_SHORT}")
    pdf.set_creation_date(AGENDA_CREATED)
    _cover(pdf)
    _contents(pdf, starts)
    first_page, last_page = {}, {}
    pdf.footer_item = ""
    pdf.add_page()
    for number, title, parent, part, kind in AGENDA:
        if kind == "pe":
            continue
        if kind == "heading":
            if number == "10":
                continue
            pdf.add_page()
            pdf.footer_item = ""
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(14, 8, number)
            pdf.cell(pdf.epw - 14, 8, title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
            continue
        if kind == "report":
            prev = AGENDA[[a[0] for a in AGENDA].index(number) - 1]
            if prev[4] != "heading":
                pdf.add_page()
            pdf.footer_item = number if number not in ("9",) else ""
            first_page[number] = pdf.page_no()
            if number == "9":
                _item_heading(pdf, number, title, size=13)
                pdf.para("Section 48, Local Government Official Information and Meetings Act 1987", style="I", size=9.5)
                _rec(pdf, [MINUTES_BY_NUMBER["9"]["res"][0]["parts"][0]])
                _s48_table(pdf)
                pdf.para(
                    "This resolution is made in reliance on section 48(1)(a) of the Local Government Official "
                    "Information and Meetings Act 1987 and the particular interest or interests protected by "
                    "section 6 or section 7 of that Act which would be prejudiced by the holding of the whole "
                    "or relevant part of the proceedings of the meeting in public are as shown above.",
                    size=10,
                )
            else:
                _report(pdf, number, title)
            if number == "8.1":
                pdf.footer_item = ""
            last_page[number] = pdf.page_no()
            continue
        # procedural item, flowing on
        first_page[number] = pdf.page_no()
        _item_heading(pdf, number, title)
        _proc_body(pdf, number)
        pdf.ln(2)
        last_page[number] = pdf.page_no()
    return pdf, first_page, last_page


def build_agenda(path: Path) -> None:
    _, starts, _ = _render_agenda({})
    pdf, starts2, _ = _render_agenda(starts)
    assert starts == starts2
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Minutes rendering
# ---------------------------------------------------------------------------------------------

MINUTES_BY_NUMBER = {number: {"res": [b[1] for b in blocks if b[0] == "res"]} for number, _, _, blocks in MINUTES}


def _attendance(pdf: Doc):
    label_w, name_w = 38, 62

    def row(label: str, name: str, note: str = "", bold_label: bool = True):
        pdf.set_font("Helvetica", "B" if bold_label else "", 10.5)
        pdf.cell(label_w, 5.6, label)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(name_w, 5.6, name)
        pdf.set_font("Helvetica", "I", 10)
        pdf.cell(pdf.epw - label_w - name_w, 5.6, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(pdf.epw, 7, "PRESENT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    row("Mayor", "Tania Whaanga (Chairperson)", bold_label=False)
    row("Deputy Mayor", "Graeme Lusk", bold_label=False)
    crs = [k for k in MEMBERS if MEMBERS[k][2] == "Cr" and MEMBERS[k][3] in ("present", "virtual")]
    for i, k in enumerate(crs):
        f, s, _, _, note = MEMBERS[k]
        row("Councillors" if i == 0 else "", f"{f} {s}", note, bold_label=False)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(pdf.epw, 7, "APOLOGY", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for k in MEMBERS:
        if MEMBERS[k][3] == "apologies":
            row("Councillor", f"{first(k)} {surname(k)}", bold_label=False)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(pdf.epw, 7, "IN ATTENDANCE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for name, job, note in OFFICERS:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(label_w, 5.6, "")
        pdf.cell(name_w - 12 + 12, 5.6, name)
        text = job + (f" ({note})" if note else "")
        pdf.cell(pdf.epw - label_w - name_w, 5.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(pdf.epw, 7, "ALSO PRESENT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for name, what in ALSO_PRESENT:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(label_w, 5.6, "")
        pdf.cell(name_w, 5.6, name)
        pdf.multi_cell(pdf.epw - label_w - name_w, 5.6, what, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(label_w, 5.6, "")
    pdf.cell(
        pdf.epw - label_w,
        5.6,
        "Media: 1 (Ruatane Herald)   Members of the public: 6",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)


def _resolution(pdf: Doc, r: dict, number: str):
    pdf.keep(30)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(pdf.epw, 6.5, f"RESOLUTION  {r['no']}", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    for label, k in (("Moved:", r["mover"]), ("Seconded:", r["seconder"])):
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(24, 5.4, label)
        pdf.cell(pdf.epw - 24, 5.4, full(k), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    if r["style"] == "single":
        pdf.para(r["parts"][0], gap=2)
    else:
        pdf.para(r["intro"], gap=1)
        for i, part in enumerate(r["parts"]):
            label = f"{i + 1}." if r["style"] == "num" else f"({'abcdefgh'[i]})"
            pdf.hanging(label, part, indent=4, label_w=9)
            if number == "7.4" and i == 1:
                _grants_table(pdf, indent=13)
    if number == "9":
        _s48_table(pdf)
        pdf.para(
            "This resolution is made in reliance on section 48(1)(a) of the Local Government Official "
            "Information and Meetings Act 1987 and the particular interests protected by section 7 of that "
            "Act which would be prejudiced by the holding of the whole or the relevant part of the "
            "proceedings of the meeting in public are as shown above.",
            size=10,
        )
    if number == "7.4":
        _division_table(pdf, DIV_74)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(pdf.epw, 6, "CARRIED", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for kind, text in r["after"]:
        pdf.para(text)


def _division_list(pdf: Doc, d: dict):
    pdf.para("A division was called for, voting on which was as follows:", gap=1.5)
    for label, keys in (("For:", d["for"]), ("Against:", d["against"]), ("Abstained:", d["abstain"])):
        text = f"{name_list(keys)} ({len(keys)})" if keys else "Nil"
        pdf.hanging(label, text, indent=8, label_w=24)
    pdf.ln(1)
    word = d["result"].upper()
    pdf.para(f"The division was declared {word} by {len(d['for'])} votes to {len(d['against'])}.", style="B")


def _division_table(pdf: Doc, d: dict):
    pdf.keep(12 + 5.4 * (1 + max(len(d["for"]), len(d["against"]), len(d["abstain"]))))
    pdf.para("At the request of Cr McAlister, a division was called, voting on which was as follows:", gap=1.5)
    cols = [d["for"], d["against"], d["abstain"]]
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(55, 55, 55), line_height=5.4, text_align="LEFT") as table:
        table.row(["For", "Against", "Abstained"])
        for i in range(max(len(c) for c in cols)):
            table.row([short(c[i]) if i < len(c) else "" for c in cols])
    pdf.ln(2)
    pdf.para(
        f"The motion was declared CARRIED by {len(d['for'])} votes to {len(d['against'])}, with "
        f"{len(d['abstain'])} abstention.",
        gap=1,
    )


def _amendment(pdf: Doc, a: dict):
    pdf.keep(30)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(pdf.epw, 6, "AMENDMENT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for label, k in (("Moved:", a["mover"]), ("Seconded:", a["seconder"])):
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(24, 5.4, label)
        pdf.cell(pdf.epw - 24, 5.4, full(k), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.para(a["text"])


def build_minutes(path: Path) -> None:
    pdf = Doc("minutes")
    pdf.set_title(f"{MEETING_NAME} Minutes - {DATE_SHORT}")
    pdf.set_creation_date(MINUTES_CREATED)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        pdf.epw,
        7,
        "MINUTES OF RUATANE DISTRICT COUNCIL\nORDINARY COUNCIL MEETING\n"
        "HELD AT THE COUNCIL CHAMBER, 24 TAHA ROAD, RUATANE\n"
        f"ON {DATE_LONG.upper()} AT {START.upper()}",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    _attendance(pdf)
    for number, title, _agenda, blocks in MINUTES:
        pdf.keep(22)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.cell(14, 7, number)
        pdf.multi_cell(pdf.epw - 14, 7, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        for kind, value in blocks:
            if kind == "p":
                if value.startswith("Action:"):
                    pdf.para(value, style="I")
                else:
                    pdf.para(value)
            elif kind == "time":
                pdf.para(value, style="I")
            elif kind == "bullets":
                for line in value:
                    pdf.hanging("-", line, indent=6, label_w=5)
                pdf.ln(1)
            elif kind == "res":
                _resolution(pdf, value, number)
            elif kind == "amend":
                _amendment(pdf, value)
            elif kind == "div_list":
                _division_list(pdf, value)
        pdf.ln(2)
    pdf.ln(6)
    pdf.keep(40)
    pdf.para(
        "The minutes of this meeting are to be confirmed at the Ordinary Council Meeting to be held on "
        "24 September 2025.",
        size=10,
    )
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(pdf.epw, 6, ".................................................", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(pdf.epw, 6, "CHAIRPERSON", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _agenda_gold() -> dict:
    _, starts, ends = _render_agenda({})
    items = []
    for number, title, parent, part, kind in AGENDA:
        pages = {"first": starts[number], "last": ends[number]} if number in starts and kind != "heading" else None
        items.append({"number": number, "title": title, "pages": pages, "part": part, "parent": parent})
    return {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "NZ",
        "notes": [
            "Section headings 7 Reports, 8 Minutes of Committees and 10 Public Excluded Items are kept as "
            "numbered agenda items because they print a number, and are parents of their sub-items.",
            "The headings and the public excluded items 10.1 and 10.2 print no page number in the Order of "
            "Business, so their pages are null.",
            "Page ranges run from the page the contents line prints to the page the item's text ends on; short "
            "procedural items share a page, so their first and last pages are the same.",
            "Item 9 (Resolution to Exclude the Public) is taken in open meeting and is marked public; heading 10 "
            "and items 10.1 and 10.2 are exempt.",
            "Numbered paragraphs and numbered recommendation parts inside the reports are report text, not agenda "
            "items.",
            "The public forum speakers named under item 4 are topics of that item, not agenda items.",
        ],
        "meeting": {"body": COUNCIL, "date": DATE_ISO, "start_time": START_24, "contact": dict(CONTACT)},
        "agenda": items,
    }


def _voters(keys: list[str]) -> list[str]:
    return [surname(k) for k in keys]


def _minutes_gold() -> dict:
    items = [{"number": n, "title": t, "agenda_item": a} for n, t, a, _ in MINUTES]
    per_item: dict[str, int] = {}
    for number, _, _, blocks in MINUTES:
        for kind, value in blocks:
            if kind == "res":
                per_item[number] = per_item.get(number, 0) + count_parts(value)
    votes = []
    for d in (DIV_72,):
        votes.append(
            {
                "item": d["item"],
                "motion": d["motion"],
                "result": d["result"],
                "counts": {"yes": len(d["for"]), "no": len(d["against"]), "abstain": len(d["abstain"])},
                "voters": {"yes": _voters(d["for"]), "no": _voters(d["against"]), "abstain": _voters(d["abstain"])},
            }
        )
    votes.append(
        {
            "item": DISSENT_72["item"],
            "motion": DISSENT_72["motion"],
            "result": DISSENT_72["result"],
            "counts": None,
            "voters": {"no": _voters(DISSENT_72["against"])},
            "note": "Recorded votes against at the members' request; no figures printed.",
        }
    )
    d = DIV_74
    votes.append(
        {
            "item": d["item"],
            "motion": d["motion"],
            "result": d["result"],
            "counts": {"yes": len(d["for"]), "no": len(d["against"]), "abstain": len(d["abstain"])},
            "voters": {"yes": _voters(d["for"]), "no": _voters(d["against"]), "abstain": _voters(d["abstain"])},
        }
    )
    attendance = []
    for k, (f, s, t, status, note) in MEMBERS.items():
        rec = {"name": f"{f} {s}", "status": status}
        role = {"Mayor": "Mayor (Chairperson)", "Deputy Mayor": "Deputy Mayor"}.get(t, "Councillor")
        rec["role"] = f"{role} ({note})" if note and status != "virtual" else role
        attendance.append(rec)
    for name, job, _ in OFFICERS:
        attendance.append({"name": name, "status": "in_attendance", "role": job})
    for name, what in ALSO_PRESENT:
        attendance.append({"name": name, "status": "also_present", "role": what})
    total = sum(per_item.values())
    blocks = sum(1 for _, _, _, bl in MINUTES for kind, _ in bl if kind == "res")
    return {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "NZ",
        "notes": [
            "Decisions are recorded as 'RESOLUTION RDC/2025/nnn' blocks, so resolutions are counted from those "
            "blocks: a single 'That ...' clause counts one, and each numbered (1., 2.) or lettered ((a), (b)) "
            "part of a 'That Council:' resolution counts one.",
            f"This gives {total} resolutions from {blocks} resolution blocks; parts that 'Note' something are "
            "still numbered parts of a resolution and count.",
            "The lost amendment in item 7.2 is the text of a motion as moved and is not counted.",
            "The 'Members noted ...' sentence and the 'Action:' line in item 7.1 are not resolutions.",
            "The resolution to exclude the public (item 9) counts one; its section 48 table is part of that "
            "single clause.",
            "The resolution numbers RDC/2025/143 and 144 were made in the public excluded session and are not "
            "printed, so they are not counted.",
            "Minute item numbers are the agenda numbers printed beside the headings; the resolution numbers "
            "are not minute item numbers.",
            "Public forum speakers are printed as minute items 4.1 and 4.2; their agenda_item is 4, the Public "
            "Forum item they fall under.",
            "The headings 4, 7 and 8 print a number and are kept as minute items with no resolution.",
            "Item 10 records that items 10.1 and 10.2 were taken with the public excluded and holds the "
            "resolution to resume in open meeting; 10.1 and 10.2 have no minute items of their own.",
            "The 7.2 division on the amendment is recorded as lost 3 to 6 with names by option.",
            "Crs Ngata and Hohaia asking for their votes against the 7.2 substantive motion to be recorded is "
            "kept as a vote with names but no figures (counts null).",
            "The 7.4 division is printed as a For / Against / Abstained table and is recorded 6-1-1; Cr Paku had "
            "left for the item and is not counted.",
            "Cr Te Kani, on an audio-visual link, is recorded as virtual; Cr Morrow (from 9.47am) and Cr van der "
            "Sluis (until 11.48am) are present.",
            "Officers are in_attendance with their job titles as role; the iwi representative and the two public "
            "forum speakers named under Also Present are also_present; unnamed media and public are left out.",
            "End time is the printed closing time, 12.34pm.",
        ],
        "meeting": {"body": COUNCIL, "date": DATE_ISO, "start_time": START_24, "end_time": END_24},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START_24, "end_time": END_24},
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict:
    return {
        "agendas__ruatane-district_council_2025-08-27_agenda": _agenda_gold(),
        "minutes__ruatane-district_council_2025-08-27_minutes": _minutes_gold(),
    }
