"""Dunmarra Council (fictional Scottish unitary authority): the Licensing Committee of 10 June 2025.

Two PDFs, printed the way a Scottish council's committee services team prints them:

* agendas/dunmarra_licensing-committee_2025-06-10_agenda.pdf - the notice of meeting, a letter
  from the Head of Legal and Democratic Services (letterhead, "Ask for" block, membership),
  followed by the business list: numbered items with report references (LIC/25/..), printed pack
  page ranges in a right-hand column, a group of Civic Government (Scotland) Act 1982
  applications numbered 6.1 to 6.3, the exclusion resolution under Section 50A(4) of the Local
  Government (Scotland) Act 1973 and three exempt items (Schedule 7A paragraphs).
* minutes/dunmarra_licensing-committee_2025-06-10_minutes.pdf - the minute of the same meeting:
  Present / Also Present / Apologies / In Attendance block, numbered paragraphs with upper-case
  headings, decisions worded in several ways ("Decision", "The Committee agreed", "RESOLVED",
  "continued", "noted"), a declaration of interest with the member leaving and re-joining, a
  member leaving part-way, an adjournment, and three divisions between a motion and an
  amendment: one with the members named for each, one with only the numbers (amendment
  carried), and one in the exempt part with "Motion - 8 votes / Amendment - 2 votes".

All names, places, figures, postcodes and telephone numbers are invented (01632 960xxx is the
drama range).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "dunmarra"
BODY = "Licensing Committee"
BODY_SLUG = "licensing-committee"
DATE = "2025-06-10"
DATE_LONG = "Tuesday 10 June 2025"
COUNCIL = "DUNMARRA COUNCIL"
GAELIC = "Comhairle Dhùn Mara"
VENUE = "the Council Chamber, Council Headquarters, Marine Road, Portmarra"
CONTACT = {"name": "Fiona Cathcart", "phone": "01632 960418",
           "email": "committee.services@dunmarra.gov.uk"}

MEMBERS = [
    ("Morag Kinnaird", "Convener"),
    ("Iain MacPhail", "Vice-Convener"),
    ("Derek Balfour", None),
    ("Fraser Dalgleish", None),
    ("Aileen Gillanders", None),
    ("Tom Lumsden", None),
    ("Shona McKerrow", None),
    ("Joan Petrie", None),
    ("Hamish Rattray", None),
    ("Priya Sandhu", None),
    ("Ewan Strachan", None),
    ("Catriona Ure", None),
]

# ---------------------------------------------------------------- agenda business list
# (number, title, pages or None, description lines, part, parent, report ref)
EXEMPT_BANNER = "ITEMS WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE"
AGENDA = [
    ("1", "Apologies for Absence", None, [], "public", None, None),
    ("2", "Declarations of Interest", None,
     ["Members are asked to consider whether they have an interest to declare in relation to "
      "any item on the agenda for this meeting. Any member making a declaration should state "
      "the nature of the interest and whether it is financial or non-financial, having "
      "applied the objective test set out in the Councillors' Code of Conduct."],
     "public", None, None),
    ("3", "Minutes of Previous Meeting", (5, 12),
     ["Submit, for approval as a correct record, Minutes of Meeting of the Licensing Committee "
      "held on 8 April 2025 (copy enclosed)."],
     "public", None, None),
    ("4", "Taxi Fare Review 2025", (13, 30),
     ["Report by the Head of Environmental Health and Trading Standards (LIC/25/14)."],
     "public", None, "LIC/25/14"),
    ("5", "Short-Term Let Licensing: Review of Fees and Licensing Policy Statement", (31, 46),
     ["Report by the Head of Environmental Health and Trading Standards (LIC/25/15)."],
     "public", None, "LIC/25/15"),
    ("6", "Civic Government (Scotland) Act 1982 - Applications for Consideration", None,
     ["The Committee is asked to determine the undernoted applications, which have been "
      "referred to it in terms of the Scheme of Delegation:-"],
     "public", None, None),
    ("6.1", "Street Trader's Licence - Application for Grant - Mr Darren Menzies", (47, 52),
     ["Report by the Licensing Team Leader (LIC/25/16)."], "public", "6", "LIC/25/16"),
    ("6.2", "Public Entertainment Licence (Temporary) - Portmarra Highland Games, Victoria Park",
     (53, 58), ["Report by the Licensing Team Leader (LIC/25/17)."], "public", "6", "LIC/25/17"),
    ("6.3", "Late Hours Catering Licence - Variation - Harbour Bites, 14 Shore Street, Portmarra",
     (59, 62), ["Report by the Licensing Team Leader (LIC/25/18)."], "public", "6", "LIC/25/18"),
    ("7", "Taxi and Private Hire Car Licensing - Wheelchair Accessible Vehicle Policy: "
          "Outcome of Consultation", (63, 76),
     ["Report by the Head of Environmental Health and Trading Standards (LIC/25/19)."],
     "public", None, "LIC/25/19"),
    ("8", "Licensing Enforcement Activity: Quarter 4 2024/25", (77, 80),
     ["Report by the Licensing Team Leader (LIC/25/20)."], "public", None, "LIC/25/20"),
    ("9", "Exclusion of the Public", None,
     ["The Committee is asked to consider passing the following resolution:-",
      "\"That under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be "
      "excluded from the meeting for the following items of business on the grounds that they "
      "involve the likely disclosure of exempt information as defined in the paragraphs of "
      "Part 1 of Schedule 7A of the Act indicated against each item.\""],
     "public", None, None),
    ("10", "Taxi Driver's Licence - Application for Grant - Applicant A", (81, 88),
     ["Report by the Licensing Team Leader (LIC/25/21).  Paragraphs 3 and 14."],
     "exempt", None, "LIC/25/21"),
    ("11", "Private Hire Car Driver's Licence - Consideration of Suspension - Licence Holder B",
     (89, 96), ["Report by the Licensing Team Leader (LIC/25/22).  Paragraphs 3, 6 and 14."],
     "exempt", None, "LIC/25/22"),
    ("12", "Taxi Operator's Licence - Renewal - Licence Holder C", (97, 100),
     ["Report by the Licensing Team Leader (LIC/25/23).  Paragraph 3."],
     "exempt", None, "LIC/25/23"),
]


def _page_range(pages: tuple[int, int] | None) -> str:
    if pages is None:
        return ""
    first, last = pages
    return f"Page {first}" if first == last else f"{first} - {last}"


class _Doc(FPDF):
    running = ""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_author("Dunmarra Council")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 22)

    def para(self, text: str, x: float = 32, size: float = 11, style: str = "",
             gap: float = 2.5, h: float = 5.4, align: str = "J") -> None:
        self.set_font("Helvetica", style, size)
        self.set_x(x)
        self.multi_cell(self.w - self.r_margin - x, h, text, align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)


class _Agenda(_Doc):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 9)
            self.cell(0, 4, "Licensing Committee - 10 June 2025 - Notice of Meeting", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(18)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def _agenda_letter(pdf: _Agenda) -> None:
    pdf.add_page()
    # letterhead
    pdf.set_fill_color(0, 72, 110)
    pdf.rect(20, 14, 170, 1.2, style="F")
    pdf.set_xy(20, 18)
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(0, 72, 110)
    pdf.cell(110, 9, "Dunmarra Council")
    pdf.set_font("Helvetica", "I", 11)
    pdf.set_xy(20, 27)
    pdf.cell(110, 5, GAELIC)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9)
    addr = ["Legal and Democratic Services", "Council Headquarters", "Marine Road",
            "PORTMARRA", "PA79 4QT"]
    for i, line in enumerate(addr):
        pdf.set_xy(135, 18 + i * 4.4)
        pdf.cell(55, 4.4, line, align="R")
    pdf.set_xy(20, 44)
    block = [("Ask for:", CONTACT["name"]), ("Direct Dial:", CONTACT["phone"]),
             ("Email:", CONTACT["email"]), ("Our Ref:", "FC/LIC/0625"),
             ("Date:", "30 May 2025")]
    for label, value in block:
        pdf.set_x(112)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(24, 5, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(54, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.para("Dear Councillor", x=20, gap=4)
    pdf.set_font("Helvetica", "BU", 11)
    pdf.cell(0, 6, "LICENSING COMMITTEE - TUESDAY 10 JUNE 2025", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.para(f"You are requested to attend a meeting of the Licensing Committee to be held in "
             f"{VENUE} on {DATE_LONG} at 10.00 am, for the purpose of considering the "
             f"undernoted business.", x=20)
    pdf.para("Members who are unable to attend are asked to intimate their apologies to "
             "Committee Services as soon as possible. Members who wish to participate remotely "
             "should advise Committee Services no later than 12 noon on Monday 9 June 2025 so "
             "that the necessary arrangements can be made.", x=20)
    pdf.para("Please note that this meeting will be webcast live on the Council's website, "
             "with the exception of any item of business for which the public are excluded. "
             "Applicants, objectors and their representatives attending in relation to items "
             "6.1 to 6.3 and 10 to 12 should report to the main reception by 9.45 am.", x=20)
    pdf.para("Yours sincerely", x=20, gap=1)
    pdf.set_font("Times", "I", 22)
    pdf.set_text_color(20, 30, 90)
    pdf.cell(0, 12, "E. Dunbar", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 5.5, "Elaine Dunbar", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 5.5, "Head of Legal and Democratic Services", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(7)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Membership", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)
    col = 0
    y0 = pdf.get_y()
    for i, (name, role) in enumerate(MEMBERS):
        col = 0 if i < 6 else 1
        pdf.set_xy(20 + col * 85, y0 + (i % 6) * 5)
        text = f"Councillor {name}" + (f" ({role})" if role else "")
        pdf.cell(85, 5, text)
    pdf.set_xy(20, y0 + 6 * 5 + 3)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 4.5, "Copies for information to: Chief Executive; Head of Environmental "
                   "Health and Trading Standards; Licensing Team Leader; Police Scotland "
                   "(Licensing Department); Scottish Fire and Rescue Service.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _agenda_business(pdf: _Agenda) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "BUSINESS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for number, title, pages, desc, part, parent, _ref in AGENDA:
        if number == "10":
            if pdf.get_y() > 220:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_draw_color(0, 0, 0)
            pdf.line(20, pdf.get_y(), 190, pdf.get_y())
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 6, EXEMPT_BANNER, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.multi_cell(0, 4.6, "The undernoted items are NOT FOR PUBLICATION by virtue of "
                           "the paragraphs of Part 1 of Schedule 7A of the Local Government "
                           "(Scotland) Act 1973 shown against each item.", align="C",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.line(20, pdf.get_y() + 1.5, 190, pdf.get_y() + 1.5)
            pdf.ln(5)
        sub = parent is not None
        num_x = 32 if sub else 20
        title_x = 44 if sub else 32
        need = 18 + 5 * len(desc)
        if pdf.get_y() + need > pdf.h - 24:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B" if not sub else "", 11)
        pdf.set_xy(num_x, y)
        pdf.cell(12, 5.8, f"{number}." if not sub else number)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(160, y)
        pdf.cell(30, 5.8, _page_range(pages), align="R")
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(title_x, y)
        pdf.multi_cell(150 - title_x, 5.8, title, align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        for line in desc:
            pdf.ln(0.8)
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(title_x)
            pdf.multi_cell(150 - title_x, 5, line, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(4.5)


def _render_agenda(path: Path) -> None:
    pdf = _Agenda()
    pdf.set_title("Licensing Committee - 10 June 2025 - Agenda")
    _agenda_letter(pdf)
    _agenda_business(pdf)
    pdf.output(str(path))


# ---------------------------------------------------------------- minute
PRESENT = [
    ("Morag Kinnaird", "present", "Convener"),
    ("Iain MacPhail", "present", "Vice-Convener"),
    ("Derek Balfour", "present", None),
    ("Fraser Dalgleish", "present", None),
    ("Aileen Gillanders", "present", None),
    ("Shona McKerrow", "present", None),
    ("Joan Petrie", "present", None),
    ("Hamish Rattray", "present", None),
    ("Priya Sandhu", "present", None),
    ("Ewan Strachan", "virtual", None),
    ("Catriona Ure", "present", None),
]
ALSO_PRESENT = [("Gordon Tulloch", "also_present", "local member, item 6.3")]
APOLOGIES = [("Tom Lumsden", "apologies", None)]
IN_ATTENDANCE = [
    ("Graeme Orr", "Head of Environmental Health and Trading Standards"),
    ("Lorna Craigie", "Licensing Team Leader"),
    ("Alasdair Rennie", "Licensing Standards Officer"),
    ("Kirsty Baillie", "Senior Solicitor (Clerk to the Committee)"),
    ("Fiona Cathcart", "Committee Officer"),
]
POLICE = [("Neil Pattison", "Sergeant, Police Scotland"),
          ("Ruth Agnew", "Constable, Police Scotland")]

VOTE_4_MOTION = ["Balfour", "Dalgleish", "Gillanders", "Kinnaird", "MacPhail", "Rattray",
                 "Strachan"]
VOTE_4_AMEND = ["McKerrow", "Petrie", "Sandhu", "Ure"]
VOTE_5 = {"amendment": 6, "motion": 4, "abstain": 1}
VOTE_11 = {"motion": 8, "amendment": 2}


def _names(surnames: list[str]) -> str:
    return ", ".join(surnames[:-1]) + " and " + surnames[-1]


# blocks: ("p", text) | ("h", sub-heading) | ("list", [(label, text)]) | ("vote4",) ...
MINUTE = [
    {"number": "1", "title": "APOLOGIES FOR ABSENCE", "agenda": "1", "resolutions": 0, "blocks": [
        ("p", "The Convener welcomed everyone to the meeting and advised that Councillor "
              "Strachan was participating remotely and that the meeting was being webcast."),
        ("p", "An apology for absence was intimated on behalf of Councillor Tom Lumsden."),
    ]},
    {"number": "2", "title": "DECLARATIONS OF INTEREST", "agenda": "2", "resolutions": 0,
     "blocks": [
        ("p", "Councillor Dalgleish declared a non-financial interest in item 6.2 (Public "
              "Entertainment Licence (Temporary) - Portmarra Highland Games) as a member of the "
              "organising committee of the Portmarra Highland Games Association. Having applied "
              "the objective test, he considered that his interest was such that he should "
              "withdraw from the meeting and take no part in the consideration of that item."),
        ("p", "No other declarations of interest were made."),
    ]},
    {"number": "3", "title": "MINUTES OF PREVIOUS MEETING", "agenda": "3", "resolutions": 1,
     "blocks": [
        ("p", "There was submitted and approved as a correct record the Minutes of Meeting of "
              "the Licensing Committee held on 8 April 2025."),
    ]},
    {"number": "4", "title": "TAXI FARE REVIEW 2025", "agenda": "4", "resolutions": 3, "blocks": [
        ("p", "There was submitted report LIC/25/14 by the Head of Environmental Health and "
              "Trading Standards advising of the outcome of the review of taxi fares and other "
              "charges which the Council, as licensing authority, is required to carry out under "
              "Section 17 of the Civic Government (Scotland) Act 1982 at intervals of not more "
              "than 18 months, and seeking approval of a proposed scale of fares for the "
              "purposes of the statutory consultation."),
        ("p", "The report explained that the cost index model previously approved by the "
              "Committee had been updated using the most recent figures for vehicle purchase, "
              "fuel, insurance, maintenance and driver earnings, and presented two options:-"),
        ("list", [("(i)", "Option A - an average increase of 3.4% on a tariff 1 journey of two "
                          "miles, with all other charges remaining unchanged; and"),
                  ("(ii)", "Option B - an average increase of 6.1% on a tariff 1 journey of two "
                           "miles, together with an increase in the soiling charge from £50 to "
                           "£75.")]),
        ("p", "Representations received from the Dunmarra Taxi Owners' Association and from Unite "
              "the Union (Dunmarra Cab Section) were attached as Appendices 3 and 4 to the "
              "report, and a comparison with the fares charged by neighbouring authorities was "
              "provided at Appendix 2."),
        ("p", "Mr Orr spoke to the report and, together with Ms Craigie, answered members' "
              "questions on the weighting given to fuel and insurance costs within the model, "
              "the position of drivers working mainly in the rural zone and the likely effect of "
              "each option on the Council's own school and social work transport contracts."),
        ("h", "Motion"),
        ("p", "Councillor Kinnaird, seconded by Councillor MacPhail, moved that the Committee "
              "approve Option B as the proposed scale of fares and charges for consultation."),
        ("h", "Amendment"),
        ("p", "Councillor McKerrow, seconded by Councillor Ure, moved as an amendment that the "
              "Committee approve Option A as the proposed scale of fares and charges for "
              "consultation, having regard to the cost of living pressures on passengers and in "
              "particular on those residents who have no practical alternative to taxi travel."),
        ("vote4",),
        ("h", "Decision"),
        ("p", "The Committee agreed:-"),
        ("list", [("(a)", "to approve Option B, as set out in Appendix 1 to the report, as the "
                          "proposed scale of taxi fares and other charges;"),
                  ("(b)", "that the proposed scale be advertised in a newspaper circulating in "
                          "the area and that all taxi operators be notified, in terms of Section "
                          "17(4) of the Act; and"),
                  ("(c)", "that, in the event that no representations are received within the "
                          "statutory period, the new scale take effect from 1 September 2025.")]),
    ]},
    {"number": "5", "title": "SHORT-TERM LET LICENSING: REVIEW OF FEES AND LICENSING POLICY "
                             "STATEMENT", "agenda": "5", "resolutions": 3, "blocks": [
        ("p", "There was submitted report LIC/25/15 by the Head of Environmental Health and "
              "Trading Standards seeking approval of a revised Short-Term Let Licensing Policy "
              "Statement and proposing revised fees with effect from 1 October 2025 so that the "
              "licensing scheme remained self-financing as required by the Civic Government "
              "(Scotland) Act 1982 (Licensing of Short-term Lets) Order 2022."),
        ("p", "The report advised that 1,284 applications had been determined since the scheme "
              "opened, of which 1,201 had been granted, 17 refused and 66 withdrawn, and that the "
              "scheme was projected to show a deficit of £41,300 in 2025/26 if fees remained at "
              "their current level. The proposed increase for home sharing and home letting "
              "licences was 18%, and for secondary letting licences 12%."),
        ("p", "During discussion, members expressed concern about the effect of the proposed "
              "increase on small rural operators and crofting households who let a room or a "
              "single property for part of the year, and asked whether the deficit could be "
              "reduced by efficiencies in the processing of renewal applications. Ms Craigie "
              "advised that the renewals process was being reviewed and that a report on the "
              "outcome could be brought to a future meeting."),
        ("p", "Councillor Kinnaird, seconded by Councillor Balfour, moved the recommendations "
              "contained in the report."),
        ("p", "Councillor Rattray, seconded by Councillor Petrie, moved as an amendment that the "
              "Committee (i) approve the revised Policy Statement; (ii) defer consideration of "
              "the proposed fees for home sharing and home letting licences pending a further "
              "report on the finances of the scheme, including the outcome of the review of the "
              "renewals process; and (iii) otherwise approve the fees set out in the report."),
        ("vote5",),
        ("h", "Decision"),
        ("p", "The Committee, in terms of the amendment:-"),
        ("list", [("(i)", "approved the revised Short-Term Let Licensing Policy Statement set out "
                          "in Appendix 1 to the report, with effect from 1 October 2025;"),
                  ("(ii)", "deferred consideration of the proposed fees for home sharing and "
                           "home letting licences pending a further report to the meeting of "
                           "the Committee on 7 October 2025; and"),
                  ("(iii)", "approved the remaining fees set out in Appendix 2 to the report, "
                            "with effect from 1 October 2025.")]),
        ("i", "The meeting adjourned at 11.35 am and reconvened at 11.47 am with the same "
              "members present."),
    ]},
    {"number": "6", "title": "CIVIC GOVERNMENT (SCOTLAND) ACT 1982 - APPLICATIONS FOR "
                             "CONSIDERATION", "agenda": "6", "resolutions": 0, "blocks": [
        ("p", "The Committee considered the following applications, which had been referred to "
              "it for determination in terms of the Scheme of Delegation."),
    ]},
    {"number": "6.1", "title": "STREET TRADER'S LICENCE - APPLICATION FOR GRANT - MR DARREN "
                               "MENZIES", "agenda": "6.1", "resolutions": 1, "blocks": [
        ("p", "There was submitted report LIC/25/16 by the Licensing Team Leader on an "
              "application by Mr Darren Menzies for the grant of a street trader's licence to "
              "sell hot food and soft drinks from a mobile catering van at locations in "
              "Portmarra and Kilbrack. One objection had been received from a neighbouring "
              "business, a copy of which was appended to the report. Police Scotland had made "
              "no objection."),
        ("p", "The applicant was present and addressed the Committee, and answered questions from "
              "members on his proposed hours of trading and the arrangements for the disposal of "
              "waste and grey water. The objector was not present."),
        ("p", "The Committee RESOLVED to grant the licence for a period of three years, subject to "
              "the Council's standard conditions for street traders and to an additional "
              "condition that the vehicle shall not trade within 100 metres of the entrance to "
              "Portmarra Primary School between 8.00 am and 4.00 pm on school days."),
    ]},
    {"number": "6.2", "title": "PUBLIC ENTERTAINMENT LICENCE (TEMPORARY) - PORTMARRA HIGHLAND "
                               "GAMES, VICTORIA PARK", "agenda": "6.2", "resolutions": 1,
     "blocks": [
        ("i", "Councillor Dalgleish, having declared an interest in this item, left the meeting "
              "at 11.58 am."),
        ("p", "There was submitted report LIC/25/17 by the Licensing Team Leader on an "
              "application by the Portmarra Highland Games Association for a temporary public "
              "entertainment licence for the Portmarra Highland Games to be held in Victoria "
              "Park on Saturday 26 July 2025, including a funfair, a licensed marquee and an "
              "evening ceilidh. Police Scotland and the Scottish Fire and Rescue Service had "
              "raised no objection, and two letters of representation had been received from "
              "residents of Victoria Crescent concerning noise and parking."),
        ("p", "Ms Janet Gow, Secretary of the Association, attended on behalf of the applicant and "
              "responded to questions on the traffic management plan and the finishing time of "
              "the ceilidh."),
        ("h", "Decision"),
        ("p", "The Committee agreed to grant the temporary licence for the period 25 to 27 July "
              "2025, subject to the conditions detailed in Appendix 2 to the report and to an "
              "additional condition that amplified music shall cease at 10.30 pm."),
        ("i", "Councillor Dalgleish re-joined the meeting at 12.16 pm."),
    ]},
    {"number": "6.3", "title": "LATE HOURS CATERING LICENCE - VARIATION - HARBOUR BITES, 14 "
                               "SHORE STREET, PORTMARRA", "agenda": "6.3", "resolutions": 1,
     "blocks": [
        ("p", "There was submitted report LIC/25/18 by the Licensing Team Leader on an "
              "application to vary the late hours catering licence for the premises known as "
              "Harbour Bites, 14 Shore Street, Portmarra, to extend the permitted hours on "
              "Fridays and Saturdays from 1.00 am to 3.00 am. Police Scotland had submitted an "
              "objection on the grounds of public nuisance and the safety of the public, citing "
              "incidents of disorder in Shore Street in the early hours of the morning."),
        ("p", "Councillor Tulloch, as a local member, addressed the Committee and outlined the "
              "concerns which had been raised with him by residents of Shore Street and "
              "Quay Lane. The applicant was not present, having advised the Clerk by email that "
              "morning that he was unable to attend due to illness."),
        ("p", "After discussion, the Committee agreed to continue consideration of the "
              "application to its next meeting on 12 August 2025, in order to give the "
              "applicant a further opportunity to attend and be heard."),
    ]},
    {"number": "7", "title": "TAXI AND PRIVATE HIRE CAR LICENSING - WHEELCHAIR ACCESSIBLE "
                             "VEHICLE POLICY: OUTCOME OF CONSULTATION", "agenda": "7",
     "resolutions": 3, "blocks": [
        ("p", "With reference to the Minutes of Meeting of 11 February 2025 (Paragraph 6 "
              "refers), there was submitted report LIC/25/19 by the Head of Environmental Health "
              "and Trading Standards on the outcome of the twelve-week public consultation on a "
              "draft Wheelchair Accessible Vehicle Policy. Sixty-seven responses had been "
              "received, including responses from Dunmarra Access Panel, the Dunmarra Taxi "
              "Owners' Association and 41 individual licence holders."),
        ("p", "The report proposed that, from 1 April 2026, a minimum proportion of the taxi "
              "fleet in the Portmarra zone be wheelchair accessible, and that new taxi licences "
              "in that zone be granted only in respect of wheelchair accessible vehicles until "
              "the target was met. Members discussed the level of the target, the availability "
              "and cost of suitable vehicles and the position of the rural zones."),
        ("i", "Councillor Petrie left the meeting at 12.40 pm during consideration of this item."),
        ("h", "Decision"),
        ("p", "The Committee:-"),
        ("list", [("1.", "noted the consultation responses summarised in Appendix 1 to the "
                         "report;"),
                  ("2.", "approved the Wheelchair Accessible Vehicle Policy set out in Appendix 2 "
                         "to the report, subject to the target for wheelchair accessible taxis in "
                         "the Portmarra zone being set at 40% rather than 50%; and"),
                  ("3.", "agreed that the policy take effect from 1 April 2026 and that its "
                         "operation be reviewed after two years.")]),
    ]},
    {"number": "8", "title": "LICENSING ENFORCEMENT ACTIVITY: QUARTER 4 2024/25", "agenda": "8",
     "resolutions": 1, "blocks": [
        ("p", "There was submitted report LIC/25/20 by the Licensing Team Leader summarising the "
              "enforcement activity undertaken by the Licensing Standards Officers, in "
              "conjunction with Police Scotland, during the period 1 January to 31 March 2025. "
              "In that period, 212 vehicle inspections and 38 premises visits had been carried "
              "out, 9 vehicles had been suspended from use pending repairs and 3 warning letters "
              "had been issued to licence holders."),
        ("p", "In response to a question from Councillor Ure, Mr Rennie confirmed that joint "
              "evening patrols with Police Scotland in Portmarra town centre would continue "
              "throughout the summer."),
        ("h", "Decision"),
        ("p", "Noted."),
    ]},
    {"number": "9", "title": "EXCLUSION OF THE PUBLIC", "agenda": "9", "resolutions": 1, "blocks": [
        ("p", "The Committee resolved that under Section 50A(4) of the Local Government "
              "(Scotland) Act 1973, the public be excluded from the meeting for the following "
              "items of business on the grounds that they involved the likely disclosure of "
              "exempt information as defined in Paragraphs 3, 6 and 14 of Part 1 of Schedule 7A "
              "of the Act."),
        ("i", "The webcast was ended at this point. Sergeant Pattison and Constable Agnew joined "
              "the meeting."),
    ]},
    {"number": "10", "title": "TAXI DRIVER'S LICENCE - APPLICATION FOR GRANT - APPLICANT A",
     "agenda": "10", "resolutions": 1, "blocks": [
        ("p", "There was submitted report LIC/25/21 by the Licensing Team Leader on an "
              "application for the grant of a taxi driver's licence by Applicant A, in respect "
              "of which the Chief Constable had submitted a letter of representation detailing "
              "a conviction which was not spent."),
        ("p", "Sergeant Pattison spoke to the letter of representation. The applicant was "
              "present, accompanied by his solicitor, and both addressed the Committee and "
              "answered questions from members."),
        ("p", "After hearing parties, the Committee agreed to grant the licence for a restricted "
              "period of one year."),
    ]},
    {"number": "11", "title": "PRIVATE HIRE CAR DRIVER'S LICENCE - CONSIDERATION OF SUSPENSION - "
                              "LICENCE HOLDER B", "agenda": "11", "resolutions": 1, "blocks": [
        ("p", "There was submitted report LIC/25/22 by the Licensing Team Leader advising that "
              "the Chief Constable had requested the immediate suspension of the private hire "
              "car driver's licence held by Licence Holder B, under paragraph 11 of Schedule 1 "
              "to the Civic Government (Scotland) Act 1982, following a report of an incident "
              "involving a passenger. Licence Holder B attended and addressed the Committee, "
              "and Sergeant Pattison answered questions from members."),
        ("h", "Motion"),
        ("p", "Councillor MacPhail, seconded by Councillor Gillanders, moved that the licence be "
              "suspended for the unexpired portion of its duration, with immediate effect in "
              "terms of paragraph 11(10) of Schedule 1 to the Act, the Committee being satisfied "
              "that the licence holder was no longer a fit and proper person to be the holder of "
              "the licence and that the circumstances justified immediate suspension."),
        ("h", "Amendment"),
        ("p", "Councillor Sandhu, seconded by Councillor Ure, moved as an amendment that the "
              "licence be suspended for a period of six weeks."),
        ("vote11",),
        ("h", "Decision"),
        ("p", "The Committee agreed, in terms of the motion, to suspend the licence with "
              "immediate effect for the unexpired portion of its duration."),
    ]},
    {"number": "12", "title": "TAXI OPERATOR'S LICENCE - RENEWAL - LICENCE HOLDER C",
     "agenda": "12", "resolutions": 1, "blocks": [
        ("p", "There was submitted report LIC/25/23 by the Licensing Team Leader on an "
              "application for the renewal of a taxi operator's licence, which had been referred "
              "to the Committee as the vehicle had failed its last two inspections at the "
              "Council's testing station. Licence Holder C was present and explained the "
              "steps which had since been taken to replace the vehicle."),
        ("p", "RESOLVED: that the licence be renewed for a period of three years, subject to the "
              "standard conditions."),
        ("p", "The Convener asked that the Licensing Team Leader write to the licence holder "
              "reminding him of his obligations in relation to the maintenance of the vehicle."),
    ]},
]

END_TIME = "1.22 pm"


class _Minute(_Doc):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8.5)
            self.set_xy(20, 9)
            self.cell(85, 4, "Dunmarra Council")
            self.cell(85, 4, "Licensing Committee - 10 June 2025", align="R")
            self.set_draw_color(150, 150, 150)
            self.line(20, 14, 190, 14)
            self.set_y(18)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _label_block(pdf: _Minute, label: str, text: str) -> None:
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(20, y)
    pdf.cell(38, 5.4, label)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(58, y)
    pdf.multi_cell(132, 5.4, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def _minute_head(pdf: _Minute) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, COUNCIL, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.para(f"MINUTES of MEETING of the LICENSING COMMITTEE held in {VENUE}, on {DATE_LONG} "
             f"at 10.00 am.", x=20, gap=5)
    present = ("Councillors Morag Kinnaird (Convener), Iain MacPhail (Vice-Convener), Derek "
               "Balfour, Fraser Dalgleish, Aileen Gillanders, Shona McKerrow, Joan Petrie, "
               "Hamish Rattray, Priya Sandhu, Ewan Strachan (remote) and Catriona Ure.")
    _label_block(pdf, "Present:", present)
    _label_block(pdf, "Also Present:", "Councillor Gordon Tulloch (item 6.3).")
    _label_block(pdf, "Apologies:", "Councillor Tom Lumsden.")
    att = "; ".join(f"{n}, {r}" for n, r in IN_ATTENDANCE) + "."
    _label_block(pdf, "In Attendance:", att)
    _label_block(pdf, "", "Sergeant Neil Pattison and Constable Ruth Agnew, Police Scotland "
                          "(items 10 to 12).")
    _label_block(pdf, "Chair:", "Councillor Kinnaird.")
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)


def _list(pdf: _Minute, rows: list[tuple[str, str]]) -> None:
    for label, text in rows:
        if pdf.get_y() > pdf.h - 32:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(38, y)
        pdf.cell(10, 5.4, label)
        pdf.set_xy(50, y)
        pdf.multi_cell(140, 5.4, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.ln(1)


def _vote(pdf: _Minute, kind: str) -> None:
    if kind == "vote4":
        pdf.para("On a division, votes were cast as follows:-", gap=1.5)
        rows = [(f"For the Motion ({len(VOTE_4_MOTION)}):",
                 "Councillors " + _names(VOTE_4_MOTION) + "."),
                (f"For the Amendment ({len(VOTE_4_AMEND)}):",
                 "Councillors " + _names(VOTE_4_AMEND) + ".")]
        for label, text in rows:
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_xy(38, y)
            pdf.cell(50, 5.4, label)
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(88, y)
            pdf.multi_cell(102, 5.4, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        pdf.ln(1)
        pdf.para("The Motion was accordingly carried.")
    elif kind == "vote5":
        pdf.para(f"On a division, there voted for the amendment {VOTE_5['amendment']} and for "
                 f"the motion {VOTE_5['motion']}, there being {VOTE_5['abstain']} abstention, "
                 f"and the amendment was accordingly declared carried.")
    else:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.para("On a vote being taken, there voted:-", gap=1)
        for label, n in (("Motion", VOTE_11["motion"]), ("Amendment", VOTE_11["amendment"])):
            pdf.set_font("Helvetica", "", 11)
            pdf.set_x(38)
            pdf.cell(30, 5.4, label)
            pdf.cell(30, 5.4, f"-  {n} votes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        pdf.para("and the motion was carried.")


def _render_minute(path: Path) -> None:
    pdf = _Minute()
    pdf.set_title("Licensing Committee - 10 June 2025 - Minutes")
    _minute_head(pdf)
    for item in MINUTE:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(12, 5.6, item["number"] + ("." if "." not in item["number"] else ""))
        pdf.set_xy(32, y)
        pdf.multi_cell(158, 5.6, item["title"], align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        pdf.ln(2.5)
        for block in item["blocks"]:
            kind = block[0]
            if kind == "p":
                pdf.para(block[1])
            elif kind == "i":
                pdf.para(block[1], style="I")
            elif kind == "h":
                if pdf.get_y() > pdf.h - 40:
                    pdf.add_page()
                pdf.para(block[1], style="BU", gap=1.5)
            elif kind == "list":
                _list(pdf, block[1])
            else:
                _vote(pdf, kind)
        pdf.ln(2.5)
    pdf.para(f"The meeting concluded at {END_TIME}.", x=20, gap=14)
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.set_x(110)
    pdf.cell(80, 6, "..............................................", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_x(110)
    pdf.cell(80, 6, "Convener", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_x(110)
    pdf.cell(80, 6, "Date ........................................", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------- build and gold
def _file_name(kind: str) -> str:
    return f"{SLUG}_{BODY_SLUG}_{DATE}_{kind}.pdf"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agendas = folder / "agendas"
    minutes = folder / "minutes"
    agendas.mkdir(parents=True, exist_ok=True)
    minutes.mkdir(parents=True, exist_ok=True)
    agenda_path = agendas / _file_name("agenda")
    minute_path = minutes / _file_name("minutes")
    _render_agenda(agenda_path)
    _render_minute(minute_path)
    return [agenda_path, minute_path]


def _gold_agenda() -> dict:
    items = []
    for number, title, pages, _desc, part, parent, ref in AGENDA:
        rec: dict = {"number": number, "title": title,
                     "pages": None if pages is None else {"first": pages[0], "last": pages[1]},
                     "part": part, "parent": parent}
        if part == "exempt":
            rec["section"] = EXEMPT_BANNER
        if ref:
            rec["report"] = ref
        items.append(rec)
    return {
        "file": f"generated/agendas/{_file_name('agenda')}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "The business list starts on page 2 after a one-page notice-of-meeting letter; the "
            "page ranges in the right-hand column are those of the full pack (the notice "
            "itself is numbered 1-3) and are recorded as printed.",
            "Items 1, 2, 6 (a heading over 6.1-6.3) and 9 print no page range: pages null.",
            "6.1-6.3 are sub-items of 6 (parent '6').",
            "The report reference and the Schedule 7A paragraphs printed under each title are "
            "kept out of the title ('report' key holds the reference).",
            "Item 9 (the exclusion resolution) is taken in public; items 10-12 follow the banner "
            "'Items which the Committee may wish to consider in private' and are exempt; the "
            "banner is recorded as their section, not as an item.",
            "The membership list on page 1 is not attendance and is not recorded.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "10:00", "contact": CONTACT},
        "agenda": items,
    }


def _gold_minutes() -> dict:
    attendance = []
    for name, status, role in PRESENT + ALSO_PRESENT + APOLOGIES:
        rec = {"name": name, "status": status}
        if role:
            rec["role"] = role
        attendance.append(rec)
    for name, role in IN_ATTENDANCE + POLICE:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    items = [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda"]}
             for m in MINUTE]
    per_item = {m["number"]: m["resolutions"] for m in MINUTE if m["resolutions"]}
    votes = [
        {"item": "4", "result": "carried",
         "counts": {"yes": len(VOTE_4_MOTION), "no": len(VOTE_4_AMEND), "abstain": 0},
         "voters": {"yes": list(VOTE_4_MOTION), "no": list(VOTE_4_AMEND)},
         "motion": "Approve Option B as the proposed scale of fares (Kinnaird/MacPhail); "
                   "amendment Option A (McKerrow/Ure)",
         "mover": "Morag Kinnaird", "seconder": "Iain MacPhail",
         "result_as_printed": "The Motion was accordingly carried."},
        {"item": "5", "result": "lost",
         "counts": {"yes": VOTE_5["motion"], "no": VOTE_5["amendment"],
                    "abstain": VOTE_5["abstain"]},
         "motion": "Recommendations of report LIC/25/15 (Kinnaird/Balfour); amendment "
                   "(Rattray/Petrie) carried",
         "mover": "Morag Kinnaird", "seconder": "Derek Balfour",
         "result_as_printed": "the amendment was accordingly declared carried",
         "note": "Printed amendment first: 'for the amendment 6 and for the motion 4, there "
                 "being 1 abstention'."},
        {"item": "11", "result": "carried",
         "counts": {"yes": VOTE_11["motion"], "no": VOTE_11["amendment"], "abstain": 0},
         "motion": "Suspend the licence for its unexpired portion with immediate effect "
                   "(MacPhail/Gillanders); amendment six weeks (Sandhu/Ure)",
         "mover": "Iain MacPhail", "seconder": "Aileen Gillanders",
         "result_as_printed": "and the motion was carried."},
    ]
    return {
        "file": f"generated/minutes/{_file_name('minutes')}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Every vote is a division between a motion and an amendment: counts are recorded "
            "with yes = votes for the motion and no = votes for the amendment; result is the "
            "motion's fate (item 5: the amendment was carried, so the motion is 'lost').",
            "The item 4 division names members by surname only; voters are given as printed "
            "(surnames). Item 5 and item 11 print numbers only.",
            "No abstention is printed for items 4 and 11; abstain recorded as 0.",
            "Resolutions count each decision clause: item 3 'approved as a correct record' (1); "
            "item 4 (a)-(c) (3); item 5 (i)-(iii) (3); 6.1 RESOLVED (1); 6.2 agreed (1); "
            "6.3 agreed to continue (1); item 7 1.-3. (3); item 8 'Noted.' (1); item 9 the "
            "exclusion resolution (1); items 10, 11, 12 one each. Items 1, 2 and 6 have none.",
            "The motion/amendment texts inside the narrative are not counted as resolutions.",
            "Ewan Strachan is listed under Present with '(remote)': status virtual.",
            "Gordon Tulloch (Also Present, item 6.3) is also_present; the officers and the two "
            "Police Scotland officers listed under In Attendance are in_attendance, their ranks "
            "(Sergeant, Constable) treated as honorifics and dropped from the name.",
            "Applicants, objectors and Janet Gow, named only in the narrative, are not in "
            "attendance.",
            "Item 6 is a numbered heading over 6.1-6.3 with one sentence of text; it is kept as "
            "a minute item.",
            "Minute paragraph numbers follow the agenda numbers.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "10:00", "end_time": "13:22"},
        "minutes": {
            "items": items,
            "resolutions": sum(m["resolutions"] for m in MINUTE),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict[str, dict]:
    stem_a = _file_name("agenda").removesuffix(".pdf")
    stem_m = _file_name("minutes").removesuffix(".pdf")
    return {f"agendas__{stem_a}": _gold_agenda(), f"minutes__{stem_m}": _gold_minutes()}
