"""A US city council printed by an agenda-management system (Legistar / Granicus style).

Fictional throughout: the City of Cedar Hollow, California, and its City Council's regular
meeting of Tuesday, April 8, 2025. The agenda has the Legistar look: a header block with the
city's address and the council's members, numbered sections (CALL TO ORDER ... ADJOURNMENT),
dotted sub-items ("6.1") with a file number ("25-0401") beside each, "Recommendation:" and
"Attachments:" lines under items, a running header and a "Page N ... Printed on" footer. The
minutes (Legistar "Meeting Minutes - Final") follow the agenda's numbering, with "Present: 6 -"
roll call, "A motion was made by ..., seconded by ..., that this item be ... The motion carried
by the following vote:" and "Aye: / Nay: / Abstain: / Absent:" tallies.

The printed text and the expected records are built from the same data below, so they agree.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

CITY = "City of Cedar Hollow"
COUNCIL_SLUG = "cedar-hollow"
BODY_SLUG = "city-council"
BODY = "City Council"
DATE = "2025-04-08"
DATE_LONG = "Tuesday, April 8, 2025"
DATE_SHORT = "April 8, 2025"
ADDRESS = ["City Hall", "1200 Civic Center Drive", "Cedar Hollow, CA 95999"]
WEB = "www.cedarhollowca.gov"
CLERK_PHONE = "(555) 010-0143"
CLERK_EMAIL = "cityclerk@cedarhollowca.gov"

# surname -> (full name, title printed before it)
MEMBERS = {
    "Whitfield": ("Dana Whitfield", "Mayor"),
    "Arroyo": ("Luis Arroyo", "Vice Mayor"),
    "Bell": ("Marcus Bell", "Councilmember"),
    "Okafor": ("Hannah Okafor", "Councilmember"),
    "Raman": ("Priya Raman", "Councilmember"),
    "Strand": ("Ellen Strand", "Councilmember"),
    "Tolliver": ("Greg Tolliver", "Councilmember"),
}
MEMBER_ORDER = ["Whitfield", "Arroyo", "Bell", "Okafor", "Raman", "Strand", "Tolliver"]
ABSENT = ["Strand"]
PRESENT = [s for s in MEMBER_ORDER if s not in ABSENT]
STAFF = [
    ("Rebecca Thornton", "City Manager"),
    ("Samuel Ortiz", "City Attorney"),
    ("Janet Liu", "City Clerk"),
    ("Alan Brooks", "Public Works Director"),
    ("Karen Whitlock", "Community Development Director"),
    ("Michael Osei", "Finance Director"),
]


def _t(surname: str) -> str:
    """'Councilmember Bell' as votes print a member."""
    return f"{MEMBERS[surname][1]} {surname}"


def _join(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------------------------
# The items: agenda text and minutes text side by side
# --------------------------------------------------------------------------------------------

ALL_PRESENT_AYE = [s for s in ["Arroyo", "Bell", "Okafor", "Raman", "Tolliver", "Whitfield"]]


def _vote(mover, seconder, motion, aye, nay=(), abstain=(), result="carried", note=None):
    return {"mover": mover, "seconder": seconder, "motion": motion, "aye": list(aye),
            "nay": list(nay), "abstain": list(abstain), "absent": list(ABSENT),
            "result": result, "note": note}


ITEMS: list[dict] = [
    {"number": "1", "title": "CALL TO ORDER",
     "minutes": ["Mayor Whitfield called the meeting to order at 6:00 p.m. in the Council "
                 "Chambers."]},
    {"number": "2", "title": "ROLL CALL", "minutes": [("rollcall", None)]},
    {"number": "3", "title": "PLEDGE OF ALLEGIANCE",
     "minutes": ["Councilmember Okafor led the Pledge of Allegiance."]},
    {"number": "4", "title": "CEREMONIAL ITEMS AND PRESENTATIONS", "minutes": []},
    {"number": "4.1", "parent": "4", "file": "25-0398", "type": "Proclamation",
     "title": "Proclamation Declaring April 2025 as Arbor Month in the City of Cedar Hollow",
     "attachments": ["Arbor Month Proclamation 2025"],
     "minutes": ["Mayor Whitfield presented the proclamation to members of the Cedar Hollow "
                 "Tree Foundation.", "Presented"]},
    {"number": "4.2", "parent": "4", "file": "25-0399", "type": "Presentation",
     "title": "Presentation by the Cedar Hollow Unified School District on the Safe Routes to "
              "School Program",
     "minutes": ["Maria Delgado, Safe Routes Coordinator, Cedar Hollow Unified School "
                 "District, gave the presentation and answered questions from the Council.",
                 "Received"]},
    {"number": "5", "title": "PUBLIC COMMENT",
     "agenda_text": ["This portion of the meeting is reserved for persons wishing to address "
                     "the Council on any matter within the jurisdiction of the City that is "
                     "not on this agenda. Speakers are limited to three (3) minutes. State law "
                     "prohibits the Council from taking action on items not on the agenda. "
                     "Speaker cards are available at the entrance to the Council Chambers."],
     "minutes": ["The following individuals spoke: Tom Harlan, regarding traffic on Orchard "
                 "Lane; Rosa Vidal, regarding the closure of the Willow Creek Park restrooms; "
                 "and Derek Chung, regarding homeless outreach services."]},
    {"number": "6", "title": "CONSENT CALENDAR",
     "agenda_text": ["All matters listed under the Consent Calendar are considered routine by "
                     "the City Council and will be enacted by one motion. There will be no "
                     "separate discussion of these items unless a member of the Council or the "
                     "public so requests, in which event the item will be removed from the "
                     "Consent Calendar and considered separately."],
     "minutes": ["Councilmember Tolliver requested that Item 6.3 be removed from the Consent "
                 "Calendar for separate discussion."],
     "vote": _vote("Raman", "Arroyo", "the Consent Calendar, with the exception of Item 6.3, "
                   "be approved", ALL_PRESENT_AYE)},
    {"number": "6.1", "parent": "6", "file": "25-0401", "type": "Minutes",
     "title": "Approval of the Minutes of the Regular City Council Meeting of March 25, 2025",
     "rec": "Approve the minutes of the Regular City Council meeting of March 25, 2025.",
     "attachments": ["Draft Minutes 03-25-2025"],
     "minutes": ["This item was approved on the Consent Calendar."]},
    {"number": "6.2", "parent": "6", "file": "25-0405", "type": "Report",
     "title": "Warrant Register for the Period of March 1 through March 31, 2025",
     "rec": "Receive and file the Warrant Register in the amount of $4,618,233.17.",
     "attachments": ["Warrant Register March 2025"],
     "minutes": ["This item was received and filed on the Consent Calendar."]},
    {"number": "6.3", "parent": "6", "file": "25-0412", "type": "Resolution",
     "title": "Award of Construction Contract to Sierra Crest Paving, Inc. for the 2025 "
              "Pavement Rehabilitation Project, CIP No. 24-07, in the Amount of $1,284,900",
     "rec": "Adopt Resolution No. 2025-031 awarding a construction contract to Sierra Crest "
            "Paving, Inc. in the amount of $1,284,900 for the 2025 Pavement Rehabilitation "
            "Project, CIP No. 24-07, and authorizing the City Manager to execute the contract "
            "and to approve change orders up to ten percent of the contract amount.",
     "attachments": ["Resolution 2025-031", "Bid Summary", "Project Location Map"],
     "minutes": ["Public Works Director Alan Brooks answered questions from Councilmember "
                 "Tolliver regarding the condition of Orchard Lane, which is not included in "
                 "this year's project, and the schedule for the work on Mission Avenue."],
     "vote": _vote("Bell", "Okafor", "this item be adopted",
                   ["Arroyo", "Bell", "Okafor", "Raman", "Whitfield"], nay=["Tolliver"]),
     "enactment": "Resolution No. 2025-031"},
    {"number": "6.4", "parent": "6", "file": "25-0415", "type": "Resolution",
     "title": "Resolution Authorizing Submittal of an Application to the California "
              "Department of Parks and Recreation for Outdoor Recreation Legacy Partnership "
              "Grant Funds for the Willow Creek Park Renovation Project",
     "rec": "Adopt Resolution No. 2025-032 authorizing the City Manager to submit the grant "
            "application and to execute all related documents.",
     "attachments": ["Resolution 2025-032"],
     "minutes": ["This item was adopted on the Consent Calendar."],
     "enactment": "Resolution No. 2025-032"},
    {"number": "6.5", "parent": "6", "file": "25-0419", "type": "Ordinance",
     "title": "Second Reading and Adoption of Ordinance No. 2025-04 Amending Chapter 10.36 of "
              "the Cedar Hollow Municipal Code Regarding Parking Restrictions on Street "
              "Sweeping Days",
     "rec": "Waive the second reading and adopt Ordinance No. 2025-04.",
     "attachments": ["Ordinance 2025-04"],
     "minutes": ["This item was adopted on the Consent Calendar."],
     "enactment": "Ordinance No. 2025-04"},
    {"number": "6.6", "parent": "6", "file": "25-0420", "type": "Report",
     "title": "Monthly Treasurer's Investment Report for February 2025",
     "rec": "Receive and file the report.",
     "attachments": ["Investment Report February 2025"],
     "minutes": ["This item was received and filed on the Consent Calendar."]},
    {"number": "7", "title": "PUBLIC HEARINGS", "minutes": []},
    {"number": "7.1", "parent": "7", "file": "25-0388", "type": "Ordinance",
     "title": "Zoning Text Amendment ZTA-2024-03 Amending Title 18 (Zoning) of the Cedar "
              "Hollow Municipal Code to Update Accessory Dwelling Unit Regulations Consistent "
              "with State Law",
     "rec": "Hold a public hearing; find the action exempt from the California Environmental "
            "Quality Act under Public Resources Code Section 21080.17; and introduce "
            "Ordinance No. 2025-05, waiving the first reading.",
     "attachments": ["Staff Report", "Draft Ordinance 2025-05",
                     "Planning Commission Resolution PC-2025-02"],
     "minutes": ["Community Development Director Karen Whitlock presented the staff report.",
                 "Mayor Whitfield opened the public hearing at 6:51 p.m. The following "
                 "individuals spoke: Doug Fenner and Alice Tran. Mayor Whitfield closed the "
                 "public hearing at 7:04 p.m.",
                 "Councilmember Bell stated that he could not support the reduced parking "
                 "requirement for units near transit."],
     "vote": _vote("Arroyo", "Raman", "Ordinance No. 2025-05 be introduced and the first "
                   "reading waived", ["Arroyo", "Okafor", "Raman", "Whitfield"],
                   nay=["Bell", "Tolliver"])},
    {"number": "7.2", "parent": "7", "file": "25-0402", "type": "Resolution",
     "title": "Fiscal Year 2025-26 Community Development Block Grant (CDBG) Annual Action Plan",
     "rec": "Hold a public hearing and adopt Resolution No. 2025-033 approving the Fiscal Year "
            "2025-26 CDBG Annual Action Plan and authorizing its submittal to the U.S. "
            "Department of Housing and Urban Development.",
     "attachments": ["Draft Annual Action Plan FY 2025-26", "Resolution 2025-033"],
     "minutes": ["Housing Programs Manager Elena Park presented the staff report. Mayor "
                 "Whitfield opened the public hearing at 7:22 p.m. There being no speakers, "
                 "Mayor Whitfield closed the public hearing at 7:23 p.m."],
     "vote": _vote("Okafor", "Tolliver", "this item be adopted", ALL_PRESENT_AYE),
     "enactment": "Resolution No. 2025-033"},
    {"number": "8", "title": "NEW BUSINESS", "minutes": []},
    {"number": "8.1", "parent": "8", "file": "25-0409", "type": "Resolution",
     "title": "Fiscal Year 2024-25 Mid-Year Budget Review and Budget Amendments",
     "rec": "Receive the Fiscal Year 2024-25 Mid-Year Budget Review and adopt Resolution No. "
            "2025-034 amending the Fiscal Year 2024-25 Operating and Capital Budgets.",
     "attachments": ["Mid-Year Budget Report", "Resolution 2025-034"],
     "minutes": ["Finance Director Michael Osei presented the report. Councilmember Okafor "
                 "stated that she would abstain because the amendments included a contract "
                 "with a firm that employs a member of her family."],
     "vote": _vote("Raman", "Whitfield", "this item be adopted",
                   ["Arroyo", "Bell", "Raman", "Tolliver", "Whitfield"], abstain=["Okafor"]),
     "enactment": "Resolution No. 2025-034"},
    {"number": "8.2", "parent": "8", "file": "25-0417", "type": "Appointment",
     "title": "Appointment of One Member to the Parks and Recreation Commission to Fill an "
              "Unexpired Term Ending December 31, 2026",
     "rec": "Make one appointment to the Parks and Recreation Commission.",
     "attachments": ["Applications Received (3)"],
     "minutes": ["The Council considered the three applications received."],
     "votes": [
         _vote("Bell", "Tolliver", "Gerald Pike be appointed to the Parks and Recreation "
               "Commission", ["Bell", "Tolliver"], nay=["Arroyo", "Okafor", "Raman",
                                                      "Whitfield"], result="failed"),
         _vote("Arroyo", "Okafor", "Linda Castro be appointed to the Parks and Recreation "
               "Commission for a term ending December 31, 2026", ALL_PRESENT_AYE),
     ]},
    {"number": "9", "title": "CITY MANAGER'S REPORT",
     "minutes": ["City Manager Rebecca Thornton reported that the Mission Avenue water main "
                 "replacement would be completed ahead of schedule and that the City's "
                 "Spring Clean-Up Day would be held on Saturday, April 26, 2025."]},
    {"number": "10", "title": "COUNCIL REPORTS, COMMITTEE ASSIGNMENTS AND FUTURE AGENDA ITEMS",
     "agenda_text": ["Brief reports by Councilmembers on meetings attended and requests for "
                     "future agenda items."],
     "minutes": ["Councilmembers reported on meetings and events attended. Councilmember "
                 "Tolliver requested a future agenda item on a pavement condition plan for "
                 "Orchard Lane; there was consensus to agendize the item."]},
    {"number": "11", "title": "ADJOURNMENT",
     "agenda_text": ["The next Regular Meeting of the City Council will be held on Tuesday, "
                     "April 22, 2025 at 6:00 p.m. in the Council Chambers."],
     "minutes": ["There being no further business, Mayor Whitfield adjourned the meeting at "
                 "9:14 p.m."]},
]

# --------------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------------


class _Doc(FPDF):
    kind_title = "Meeting Agenda"
    printed_on = "4/3/2025"

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 9)
        self.set_xy(self.l_margin, 10)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 3, 5, BODY, align="L")
        self.set_font("Helvetica", "B", 9)
        self.cell(w / 3, 5, self.kind_title, align="C")
        self.set_font("Helvetica", "", 9)
        self.cell(w / 3, 5, DATE_SHORT, align="R")
        self.set_line_width(0.3)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_y(21)

    def footer(self):
        self.set_y(-13)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Helvetica", "", 8)
        self.cell(w / 3, 5, CITY, align="L")
        self.cell(w / 3, 5, f"Page {self.page_no()}", align="C")
        self.cell(w / 3, 5, f"Printed on {self.printed_on}", align="R")


def _new_pdf(kind_title: str, printed_on: str) -> _Doc:
    pdf = _Doc(format="Letter", unit="mm")
    pdf.kind_title = kind_title
    pdf.printed_on = printed_on
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(19, 18, 19)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(f"{CITY} {BODY} {kind_title} {DATE}")
    pdf.set_author(CITY)
    return pdf


def _masthead(pdf: _Doc, kind_title: str, status: str | None) -> None:
    w = pdf.w - pdf.l_margin - pdf.r_margin
    top = 14
    # seal
    pdf.set_line_width(0.5)
    pdf.ellipse(pdf.l_margin, top, 20, 20)
    pdf.set_font("Times", "B", 6)
    pdf.set_xy(pdf.l_margin, top + 7)
    pdf.cell(20, 3, "CITY OF", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(20, 3, "CEDAR HOLLOW", align="C")
    pdf.set_xy(pdf.l_margin + 24, top + 2)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(80, 8, CITY)
    pdf.set_font("Helvetica", "", 8.5)
    for i, line in enumerate(ADDRESS + [WEB]):
        pdf.set_xy(pdf.w - pdf.r_margin - 60, top + i * 4)
        pdf.cell(60, 4, line, align="R")
    pdf.set_xy(pdf.l_margin + 24, top + 11)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(80, 9, kind_title + (f" - {status}" if status else ""))
    pdf.set_line_width(1.0)
    pdf.line(pdf.l_margin, top + 24, pdf.w - pdf.r_margin, top + 24)
    pdf.set_line_width(0.3)
    pdf.set_y(top + 27)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(w, 7, BODY, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 9.5)
    names = [f"{MEMBERS[s][1]} {MEMBERS[s][0]}" for s in MEMBER_ORDER[:2]]
    pdf.cell(w, 4.6, ", ".join(names), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    rest = [MEMBERS[s][0] for s in MEMBER_ORDER[2:]]
    pdf.cell(w, 4.6, "Councilmembers " + ", ".join(rest), align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("Helvetica", "B", 11)
    y = pdf.get_y()
    pdf.cell(w / 3, 7, DATE_LONG, align="L", fill=True)
    pdf.cell(w / 3, 7, "6:00 PM", align="C", fill=True)
    pdf.cell(w / 3, 7, "Council Chambers", align="R", fill=True)
    pdf.set_y(y + 10)


def _section(pdf: _Doc, number: str, title: str, need: float = 45) -> None:
    if pdf.get_y() > pdf.h - need:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(pdf.l_margin)
    pdf.cell(10, 6, number + ".")
    pdf.multi_cell(0, 6, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


NUM_X, FILE_X, TEXT_X = 8, 20, 40  # offsets from the left margin for sub-items


def _sub_item(pdf: _Doc, item: dict) -> None:
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    x0 = pdf.l_margin
    pdf.set_x(x0 + NUM_X)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(FILE_X - NUM_X, 5, item["number"])
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(TEXT_X - FILE_X, 5, item["file"])
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(w - TEXT_X, 5, item["title"], align="L", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)


def _labelled(pdf: _Doc, label: str, text: str, italic_text: bool = False) -> None:
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_x(pdf.l_margin + TEXT_X)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(30, 4.6, label)
    pdf.set_font("Helvetica", "I" if italic_text else "", 9)
    pdf.multi_cell(w - TEXT_X - 30, 4.6, text, align="L", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)


def _para(pdf: _Doc, text: str, indent: float = 10, size: float = 10,
          style: str = "") -> None:
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(w - indent, 4.8, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _agenda_pdf(path: Path) -> None:
    pdf = _new_pdf("Meeting Agenda", "4/3/2025")
    pdf.add_page()
    _masthead(pdf, "Meeting Agenda", None)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(w, 4.4, "Regular Meeting. Members of the public may attend in person or "
                   "watch the meeting live on Cedar Hollow Community Television (Channel 26) "
                   f"and at {WEB}/meetings. Staff reports and attachments are available in "
                   "the Office of the City Clerk and on the City's website.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for item in ITEMS:
        if not item.get("parent"):
            _section(pdf, item["number"], item["title"],
                     need=45 if item.get("agenda_text") else 60)
            for t in item.get("agenda_text", []):
                _para(pdf, t, indent=10, size=9.5)
                pdf.ln(1)
            continue
        _sub_item(pdf, item)
        if item.get("rec"):
            pdf.ln(0.8)
            _labelled(pdf, "Recommendation:", item["rec"])
        if item.get("attachments"):
            pdf.ln(0.8)
            _labelled(pdf, "Attachments:", ", ".join(item["attachments"]), italic_text=False)
        pdf.ln(3)

    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.set_draw_color(0, 0, 0)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(w - 6, 6, "AMERICANS WITH DISABILITIES ACT", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    _para(pdf, "In compliance with the Americans with Disabilities Act, if you need special "
          "assistance to participate in this meeting, please contact the Office of the City "
          f"Clerk at {CLERK_PHONE} or {CLERK_EMAIL}. Notification 48 hours prior to the "
          "meeting will enable the City to make reasonable arrangements to ensure "
          "accessibility to this meeting.", indent=3, size=9)
    pdf.ln(2)
    pdf.rect(pdf.l_margin, y - 1, w, pdf.get_y() - y + 1)
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(w, 5, "CERTIFICATION OF POSTING", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _para(pdf, "I, Janet Liu, City Clerk of the City of Cedar Hollow, declare that the "
          "foregoing agenda was posted at City Hall and on the City's website on Thursday, "
          "April 3, 2025, in accordance with Government Code Section 54954.2.", indent=0,
          size=9)
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(w, 4.5, "Janet Liu, City Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def _vote_block(pdf: _Doc, v: dict, indent: float) -> None:
    w = pdf.w - pdf.l_margin - pdf.r_margin
    verb = "carried" if v["result"] == "carried" else "failed"
    text = (f"A motion was made by {_t(v['mover'])}, seconded by {_t(v['seconder'])}, that "
            f"{v['motion']}. The motion {verb} by the following vote:")
    _para(pdf, text, indent=indent, style="")
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    pdf.ln(1)
    for label, key in (("Aye:", "aye"), ("Nay:", "nay"), ("Abstain:", "abstain"),
                       ("Absent:", "absent")):
        names = v[key]
        if not names:
            continue  # Legistar prints no line for an empty option
        pdf.set_x(pdf.l_margin + indent + 6)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(18, 4.8, label, align="R")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(10, 4.8, f"{len(names)} -", align="R")
        pdf.set_x(pdf.get_x() + 2)
        pdf.multi_cell(w - indent - 36, 4.8, _join([_t(s) for s in names]), align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def _minutes_pdf(path: Path) -> None:
    pdf = _new_pdf("Meeting Minutes", "4/23/2025")
    pdf.add_page()
    _masthead(pdf, "Meeting Minutes", "Final")
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(w, 4.4, "These action minutes record the actions taken by the City "
                   "Council. Video of the meeting is available on the City's website.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for item in ITEMS:
        if not item.get("parent"):
            # a heading with nothing under it but sub-items stays with the first of them
            _section(pdf, item["number"], item["title"], need=45 if item["minutes"] else 60)
            indent = 10
        else:
            _sub_item(pdf, item)
            pdf.ln(1)
            indent = TEXT_X
        for b in item["minutes"]:
            if b in ("Presented", "Received"):
                _para(pdf, b, indent=indent, style="B")
            elif isinstance(b, tuple) and b[0] == "rollcall":
                _roll_call(pdf, indent)
            else:
                _para(pdf, b, indent=indent)
            pdf.ln(1.2)
        for v in ([item["vote"]] if item.get("vote") else []) + item.get("votes", []):
            _vote_block(pdf, v, indent)
        if item.get("enactment"):
            pdf.set_x(pdf.l_margin + indent)
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(30, 4.8, "Enactment No:")
            pdf.set_font("Helvetica", "", 9)
            pdf.cell(0, 4.8, item["enactment"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(10)
    y = pdf.get_y()
    col = w / 2
    for x, lines in ((pdf.l_margin, ["Respectfully submitted,", "", "",
                                     "______________________________", "Janet Liu",
                                     "City Clerk"]),
                     (pdf.l_margin + col + 5, ["APPROVED:", "", "",
                                               "______________________________",
                                               "Dana Whitfield", "Mayor"])):
        pdf.set_xy(x, y)
        for line in lines:
            pdf.set_font("Helvetica", "B" if line in ("Janet Liu", "Dana Whitfield") else "",
                         10)
            pdf.cell(col - 10, 5, line, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(w, 5, "Approved by the City Council on April 22, 2025.", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.output(str(path))


def _roll_call(pdf: _Doc, indent: float) -> None:
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for label, names in (("Present:", PRESENT), ("Absent:", ABSENT)):
        pdf.set_x(pdf.l_margin + indent + 6)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(18, 4.8, label, align="R")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(10, 4.8, f"{len(names)} -", align="R")
        pdf.set_x(pdf.get_x() + 2)
        full = [f"{MEMBERS[s][1]} {MEMBERS[s][0]}" for s in names]
        pdf.multi_cell(w - indent - 36, 4.8, _join(full), align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
    pdf.ln(1.5)
    _para(pdf, "Staff Present: " + "; ".join(f"{r} {n}" for n, r in STAFF) + ".",
          indent=indent)


def _stem(kind: str) -> str:
    return f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE}_{kind}"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / f"{_stem('agenda')}.pdf"
    minutes = folder / "minutes" / f"{_stem('minutes')}.pdf"
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------
# Expected records
# --------------------------------------------------------------------------------------------


def gold() -> dict[str, dict]:
    meeting = {"body": BODY, "date": DATE, "start_time": "18:00"}
    agenda_items = []
    for item in ITEMS:
        rec = {"number": item["number"], "title": item["title"], "pages": None,
               "part": "public", "parent": item.get("parent")}
        if item.get("file"):
            rec["file_number"] = item["file"]
        agenda_items.append(rec)
    agenda_doc = {
        "file": f"agendas/{_stem('agenda')}.pdf",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Legistar-style agenda: sections numbered 1-11 in bold capitals, sub-items "
            "numbered 4.1, 6.1 ... with parent the section number.",
            "The file number printed between the item number and the title (e.g. 25-0412) "
            "is kept out of the title, in file_number.",
            "'Recommendation:' and 'Attachments:' lines under items, and the explanatory "
            "paragraphs under PUBLIC COMMENT, CONSENT CALENDAR, COUNCIL REPORTS and "
            "ADJOURNMENT, are not items and not part of titles.",
            "The ADA notice box and the Certification of Posting after item 11 are not items.",
            "No page numbers are printed against items: pages null.",
            "start_time 18:00 from '6:00 PM' in the date bar; the agenda prints no contact "
            "person other than the City Clerk's office in the ADA notice, so no contact is "
            "given.",
        ],
        "meeting": meeting,
        "agenda": agenda_items,
    }

    attendance = [{"name": MEMBERS[s][0], "status": "present", "role": MEMBERS[s][1]}
                  for s in PRESENT]
    attendance += [{"name": MEMBERS[s][0], "status": "absent", "role": MEMBERS[s][1]}
                   for s in ABSENT]
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, r in STAFF]

    items, votes = [], []
    for item in ITEMS:
        items.append({"number": item["number"], "title": item["title"],
                      "agenda_item": None})
        for v in ([item["vote"]] if item.get("vote") else []) + item.get("votes", []):
            full = lambda xs: [MEMBERS[s][0] for s in xs]  # noqa: E731
            votes.append({
                "item": item["number"],
                "item_title": item["title"],
                "motion": v["motion"],
                "mover": MEMBERS[v["mover"]][0],
                "seconder": MEMBERS[v["seconder"]][0],
                "result": "carried" if v["result"] == "carried" else "lost",
                "result_as_printed": f"The motion {v['result']}",
                "counts": {"yes": len(v["aye"]), "no": len(v["nay"]),
                           "abstain": len(v["abstain"]), "absent": len(v["absent"])},
                "voters": {"yes": full(v["aye"]), "no": full(v["nay"]),
                           "abstain": full(v["abstain"]), "absent": full(v["absent"])},
            })
    minutes_doc = {
        "file": f"minutes/{_stem('minutes')}.pdf",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Votes print only the options that have names (Legistar leaves out empty lines); "
            "a missing 'Nay:' or 'Abstain:' line is counted 0.",
            "Absentees on each vote ('Absent: 1 - Councilmember Strand') are counts.absent and "
            "voters.absent, not a vote option.",
            "The consent calendar vote is recorded under item 6 (the section), since the "
            "motion is printed there; 6.3 was pulled and has its own vote.",
            "Item 8.2 has two votes: the first motion 'failed' (result lost), the second "
            "carried.",
            "resolutions is 0: these action minutes print no 'Resolved' clause; resolutions "
            "adopted show only as 'Enactment No: Resolution No. 2025-031' lines (four "
            "enactments, three of them resolutions) and motions.",
            "Attendance is the roll call (members by full name, titles as roles) and the "
            "'Staff Present:' line (in_attendance). Members of the public who spoke (Tom "
            "Harlan, Rosa Vidal, Derek Chung, Doug Fenner, Alice Tran), the school district's "
            "presenter (Maria Delgado), a staff member presenting who is not on the Staff "
            "Present line (Housing Programs Manager Elena Park) and the appointees (Gerald "
            "Pike, Linda Castro) are not attendance.",
            "start_time 18:00 from the date bar ('6:00 PM') and the call to order (6:00 "
            "p.m.); end_time 21:14 from the adjournment.",
            "Legistar 'Meeting Minutes - Final': items carry the agenda's numbers; no separate "
            "agenda-item reference is printed, so agenda_item is null throughout, as in the "
            "corpus golds (changed by the lead from the author's own number, to follow "
            "tests/gold/README.md). Sub-items repeat the file number before the title (kept "
            "out of the title).",
        ],
        "meeting": dict(meeting, end_time="21:14"),
        "minutes": {
            "items": items,
            "resolutions": 0,
            "votes": votes,
            "attendance": attendance,
        },
    }
    return {
        f"agendas__{_stem('agenda')}.json": agenda_doc,
        f"minutes__{_stem('minutes')}.json": minutes_doc,
    }
