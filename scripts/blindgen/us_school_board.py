"""Cedar Hollow Unified School District, Board of Education regular meeting (fictional).

Printed the way small California district offices print BoardDocs/Simbli-style documents: a
letterhead, an outline-numbered agenda with decimal sub-items, "(Action)" markers, Recommendation
paragraphs and a right-aligned estimated-time column; and minutes with a roll call, motions by
trustees, roll-call votes ("Ayes: Trustees ...; Noes: ...") and a report out of closed session.
Every name, place and figure is invented.

    python -m blindgen [FOLDER]        (from scripts/; every council, default out/generated)
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "cedar-hollow-usd"
DISTRICT = "Cedar Hollow Unified School District"
BODY = "Board of Education"
DATE = datetime.date(2025, 3, 11)
DATE_LONG = "Tuesday, March 11, 2025"
DATE_SHORT = "March 11, 2025"
START_AGENDA = "18:00"
START_MINUTES = "18:03"
END_MINUTES = "21:07"
ADDRESS = "2210 Alder Creek Road \u2022 Cedar Hollow, California 93614"
PHONE = "(559) 555-0140"
WEB = "www.cedarhollowusd.org"
ROOM = "District Office Board Room, 2210 Alder Creek Road, Cedar Hollow, California"
CONTACT = {"name": "Karen Liu", "phone": "(559) 555-0142", "email": "kliu@cedarhollowusd.org"}

# ---------------------------------------------------------------------------------------------
# People.  (full name, surname, role, status)
# ---------------------------------------------------------------------------------------------
TRUSTEES = [
    ("Margaret Ochoa", "Ochoa", "President", "present"),
    ("Daniel Whitcomb", "Whitcomb", "Vice President", "present"),
    ("Priya Raman", "Raman", "Clerk", "present"),
    ("Gerald Nakamura", "Nakamura", None, "present"),
    ("Sofia Villanueva", "Villanueva", None, "present"),
    ("Thomas Keller", "Keller", None, "virtual"),
    ("Lorraine Batiste", "Batiste", None, "absent"),
]
STUDENT_REP = ("Jaylen Brooks", "Student Board Representative", "Cedar Hollow High School")
# (honorific, name, role as printed)
STAFF = [
    ("Dr.", "Evan Marchetti", "Superintendent and Secretary to the Board"),
    ("", "Rosa Delgado", "Assistant Superintendent, Business Services"),
    ("", "Michael Tran", "Assistant Superintendent, Human Resources"),
    ("", "Janelle Foster", "Assistant Superintendent, Educational Services"),
    ("", "Angela Whitfield", "Director of Facilities and Maintenance"),
    ("", "Karen Liu", "Executive Assistant and Recording Secretary"),
]
ALSO_PRESENT = [("", "Brian Okafor", "General Counsel, Lozano & Whitt LLP")]

ALL_AYE = ["Ochoa", "Whitcomb", "Raman", "Keller", "Nakamura", "Villanueva"]

# ---------------------------------------------------------------------------------------------
# Agenda.  Each item: number, title, optional note ("Action"), time, presenter, text
# [(label, paragraph)], children.
# ---------------------------------------------------------------------------------------------
AGENDA = [
    {"number": "1", "title": "CALL TO ORDER", "time": "6:00 p.m.",
     "text": [(None, "President Margaret Ochoa")]},
    {"number": "2", "title": "ROLL CALL"},
    {"number": "3", "title": "PLEDGE OF ALLEGIANCE",
     "text": [(None, "Led by Student Board Representative Jaylen Brooks")]},
    {"number": "4", "title": "APPROVAL OF AGENDA", "note": "Action", "time": "6:05 p.m.",
     "text": [("Recommendation:", "Approve the agenda for the March 11, 2025 regular meeting as "
               "presented.")]},
    {"number": "5", "title": "PUBLIC COMMENT ON NON-AGENDA ITEMS", "time": "6:10 p.m.",
     "text": [(None, "Members of the public may address the Board on any matter within its "
               "subject matter jurisdiction that is not on this agenda. Please complete a speaker "
               "card and give it to the Executive Assistant before the item is called. Each "
               "speaker will be allowed up to three (3) minutes, and the Board may not take "
               "action on any item not appearing on the agenda (Government Code \xa7 54954.2).")]},
    {"number": "6", "title": "CONSENT AGENDA", "note": "Action", "time": "6:25 p.m.",
     "text": [(None, "All items listed under the Consent Agenda are considered routine and will "
               "be approved by a single motion. Any Board member may request that an item be "
               "removed for separate discussion and action."),
              ("Recommendation:", "Approve Consent Agenda Items 6.1 through 6.5 as presented.")],
     "children": [
         {"number": "6.1",
          "title": "Approval of Minutes of the Regular Meeting of February 25, 2025"},
         {"number": "6.2", "title": "Personnel Report No. 14 (Certificated and Classified)",
          "text": [(None, "Employment, resignations, retirements and leaves of absence as listed "
                    "in the attached report.")]},
         {"number": "6.3", "title": "Ratification of Warrant Register for February 2025",
          "text": [(None, "Warrants numbered 4418201 through 4419377 in the total amount of "
                    "$6,842,315.44.")]},
         {"number": "6.4", "title": "Acceptance of Donations",
          "text": [(None, "Donations totaling $4,275.00 to Linden Elementary School, Mesa Verde "
                    "Middle School and Cedar Hollow High School.")]},
         {"number": "6.5",
          "title": "Approval of Overnight Field Trip: Cedar Hollow High School Robotics Team to "
                   "the State Championship, Fresno, April 3\u20135, 2025",
          "text": [(None, "Twenty-eight students and seven chaperones; costs are paid by the "
                    "Cedar Hollow Robotics Boosters.")]},
     ]},
    {"number": "7", "title": "ACTION ITEMS", "time": "6:30 p.m.",
     "children": [
         {"number": "7.1",
          "title": "Adoption of Resolution No. 24-25-18, Second Interim Financial Report and "
                   "Positive Certification",
          "note": "Action",
          "presenter": "Rosa Delgado, Assistant Superintendent, Business Services",
          "text": [("Background:", "Education Code Section 42131 requires the Board to certify, "
                    "twice each year, whether the District is able to meet its financial "
                    "obligations for the current and two subsequent fiscal years. The Second "
                    "Interim Report reflects actual revenues and expenditures through January 31, "
                    "2025."),
                   ("Fiscal Impact:", "Projected General Fund ending balance of $14.6 million "
                    "for 2024-25; reserve for economic uncertainties of 4.8% in 2026-27."),
                   ("Recommendation:", "It is recommended that the Board of Education adopt "
                    "Resolution No. 24-25-18 approving the 2024-25 Second Interim Financial "
                    "Report with a positive certification.")]},
         {"number": "7.2",
          "title": "Approval of Memorandum of Understanding with the Cedar Hollow Teachers "
                   "Association Regarding Elementary Preparation Time",
          "note": "Action",
          "presenter": "Michael Tran, Assistant Superintendent, Human Resources",
          "text": [("Background:", "The District and the Cedar Hollow Teachers Association "
                    "(CHTA) reached a tentative agreement on February 28, 2025 that adds 30 "
                    "minutes of weekly preparation time for TK-5 teachers beginning with the "
                    "2025-26 school year."),
                   ("Fiscal Impact:", "Estimated $212,000 annually from the General Fund for "
                    "substitute and specialist coverage."),
                   ("Recommendation:", "Approve the Memorandum of Understanding with CHTA as "
                    "presented.")]},
         {"number": "7.3",
          "title": "Adoption of Revised Board Policy 5131.6, Alcohol and Other Drugs "
                   "(Second Reading)",
          "note": "Action",
          "presenter": "Janelle Foster, Assistant Superintendent, Educational Services",
          "text": [("Background:", "The revised policy reflects recent changes in law "
                    "regarding opioid overdose prevention and was presented for first reading "
                    "on February 25, 2025."),
                   ("Recommendation:", "Adopt revised Board Policy 5131.6 as presented.")]},
         {"number": "7.4",
          "title": "Adoption of Resolution No. 24-25-19, Award of Bid No. 25-03, Linden "
                   "Elementary School Roof Replacement, to Harlan Roofing Company",
          "note": "Action",
          "presenter": "Angela Whitfield, Director of Facilities and Maintenance",
          "text": [("Background:", "Five bids were opened on February 27, 2025. Harlan Roofing "
                    "Company was the lowest responsive, responsible bidder at $1,186,400.00. "
                    "The project will be funded from Measure K bond proceeds and deferred "
                    "maintenance funds."),
                   ("Recommendation:", "Adopt Resolution No. 24-25-19 awarding Bid No. 25-03 to "
                    "Harlan Roofing Company in the amount of $1,186,400.00.")]},
         {"number": "7.5", "title": "Approval of 2025-26 Instructional Calendar",
          "note": "Action",
          "presenter": "Michael Tran, Assistant Superintendent, Human Resources",
          "text": [("Background:", "The District Calendar Committee developed two options. "
                    "Option A begins instruction on August 13, 2025 and ends May 28, 2026; "
                    "Option B begins August 20, 2025 and ends June 5, 2026. Both options "
                    "include 180 instructional days."),
                   ("Recommendation:", "Approve Option A of the 2025-26 Instructional "
                    "Calendar.")]},
     ]},
    {"number": "8", "title": "INFORMATION ITEMS", "time": "7:45 p.m.",
     "children": [
         {"number": "8.1",
          "title": "Local Control and Accountability Plan (LCAP) Mid-Year Update",
          "note": "Information",
          "presenter": "Janelle Foster, Assistant Superintendent, Educational Services",
          "text": [(None, "Mid-year progress on LCAP goals, actions and metrics, including "
                    "chronic absenteeism and English learner reclassification.")]},
         {"number": "8.2",
          "title": "Enrollment Projections and Facilities Master Plan Update",
          "note": "Information",
          "presenter": "Angela Whitfield, Director of Facilities and Maintenance",
          "text": [(None, "Five-year enrollment projections prepared by Westfield Demographic "
                    "Services and the proposed timeline for updating the Facilities Master "
                    "Plan.")]},
     ]},
    {"number": "9", "title": "CLOSED SESSION", "time": "8:15 p.m.",
     "text": [(None, "Public comment on closed session items will be heard before the Board "
               "adjourns to closed session in the Superintendent's Conference Room to consider "
               "the following:")],
     "children": [
         {"number": "9.1",
          "title": "Public Employee Discipline/Dismissal/Release (Government Code \xa7 54957)"},
         {"number": "9.2",
          "title": "Conference with Labor Negotiators (Government Code \xa7 54957.6)",
          "text": [("Agency designated representatives:", "Michael Tran and Rosa Delgado"),
                   ("Employee organizations:", "Cedar Hollow Teachers Association (CHTA); "
                    "California School Employees Association (CSEA), Chapter 412")]},
         {"number": "9.3",
          "title": "Conference with Legal Counsel \u2013 Anticipated Litigation (Government Code "
                   "\xa7 54956.9(d)(2))",
          "text": [(None, "Significant exposure to litigation: one potential case")]},
     ]},
    {"number": "10",
     "title": "RECONVENE IN OPEN SESSION AND REPORT OF ACTION TAKEN IN CLOSED SESSION",
     "time": "9:00 p.m.",
     "text": [(None, "The Board will report any action taken in closed session as required by "
               "Government Code \xa7 54957.1.")]},
    {"number": "11", "title": "ADJOURNMENT", "time": "9:05 p.m."},
]

AGENDA_NOTICES = [
    "In compliance with the Americans with Disabilities Act, if you need special assistance to "
    "participate in this meeting, please contact the Office of the Superintendent at "
    f"{CONTACT['phone']} at least 48 hours before the meeting.",
    "Public records related to an open session agenda item that are distributed less than 72 "
    "hours before the meeting are available for inspection at the District Office, "
    "2210 Alder Creek Road, Cedar Hollow, during regular business hours.",
    f"Agenda posted March 7, 2025 by {CONTACT['name']}, Executive Assistant to the "
    f"Superintendent, {CONTACT['phone']}, {CONTACT['email']}.",
]


def _agenda_flat() -> list[tuple[dict, str | None]]:
    flat = []
    for item in AGENDA:
        flat.append((item, None))
        flat += [(child, item["number"]) for child in item.get("children", [])]
    return flat


def _by_number(number: str) -> dict:
    return next(item for item, _ in _agenda_flat() if item["number"] == number)


# ---------------------------------------------------------------------------------------------
# Minutes.  Entries in printed order; each a minute heading (the agenda numbering, reused) with
# blocks: ("p", text), ("vote", VOTE), ("label", label, text).
# ---------------------------------------------------------------------------------------------
def _vote(item, mover, seconder, motion, ayes, noes=(), abstain=(), absent=("Batiste",),
          style="roll", result="carried", resolved=(), intro=None, after=None):
    return {"item": item, "mover": mover, "seconder": seconder, "motion": motion,
            "ayes": list(ayes), "noes": list(noes), "abstain": list(abstain),
            "absent": list(absent), "style": style, "result": result,
            "resolved": list(resolved), "intro": intro, "after": after}


V_AGENDA = _vote("4", "Whitcomb", "Raman", "approve the agenda as presented", ALL_AYE,
                 style="short")
V_CONSENT = _vote("6", "Nakamura", "Whitcomb",
                  "approve Consent Agenda Items 6.1 through 6.4 as presented", ALL_AYE,
                  style="short")
V_TRIP = _vote("6.5", "Villanueva", "Keller", "approve Item 6.5 as presented",
               ["Ochoa", "Whitcomb", "Raman", "Keller", "Nakamura", "Villanueva"])
V_INTERIM = _vote(
    "7.1", "Raman", "Nakamura",
    "adopt Resolution No. 24-25-18, approving the 2024-25 Second Interim Financial Report and "
    "certifying that the District will meet its financial obligations for the current and two "
    "subsequent fiscal years",
    ["Ochoa", "Whitcomb", "Raman", "Keller", "Nakamura", "Villanueva"],
    intro="Resolution No. 24-25-18 reads in part:",
    resolved=[
        "NOW, THEREFORE, BE IT RESOLVED that the Board of Education of the Cedar Hollow Unified "
        "School District approves a positive certification of the 2024-25 Second Interim "
        "Financial Report; and",
        "BE IT FURTHER RESOLVED that the Superintendent or designee is directed to submit the "
        "report and certification to the Kestrel County Superintendent of Schools.",
    ])
V_MOU = _vote("7.2", "Whitcomb", "Villanueva",
              "approve the Memorandum of Understanding with the Cedar Hollow Teachers "
              "Association regarding elementary preparation time",
              ["Ochoa", "Whitcomb", "Raman", "Villanueva"], noes=["Nakamura"],
              abstain=["Keller"],
              after="Student Board Representative Brooks cast a preferential vote of aye.")
V_POLICY = _vote("7.3", "Keller", "Raman",
                 "adopt revised Board Policy 5131.6, Alcohol and Other Drugs, as presented",
                 ALL_AYE, style="short")
V_BID = _vote(
    "7.4", "Nakamura", "Whitcomb",
    "adopt Resolution No. 24-25-19 awarding Bid No. 25-03, Linden Elementary School Roof "
    "Replacement, to Harlan Roofing Company",
    ["Ochoa", "Whitcomb", "Keller", "Nakamura", "Villanueva"], noes=["Raman"],
    intro="Resolution No. 24-25-19 reads in part:",
    resolved=[
        "BE IT RESOLVED that the Board of Education awards Bid No. 25-03, Linden Elementary "
        "School Roof Replacement, to Harlan Roofing Company in the amount of $1,186,400.00 and "
        "authorizes the Superintendent or designee to execute the contract.",
    ])
V_CAL_B = _vote("7.5", "Villanueva", "Raman",
                "approve Option B of the 2025-26 Instructional Calendar",
                ["Raman", "Villanueva"], noes=["Ochoa", "Whitcomb", "Keller", "Nakamura"],
                result="lost")
V_CAL_A = _vote("7.5", "Whitcomb", "Ochoa",
                "approve Option A of the 2025-26 Instructional Calendar",
                ["Ochoa", "Whitcomb", "Raman", "Keller", "Nakamura"], noes=["Villanueva"])
V_RELEASE = _vote("10", "Whitcomb", "Nakamura",
                  "release one probationary classified employee (Employee No. C-2231) "
                  "effective March 14, 2025",
                  ["Ochoa", "Whitcomb", "Raman", "Nakamura", "Villanueva"], noes=["Keller"])
V_ADJOURN = _vote("11", "Raman", "Villanueva", "adjourn the meeting", ALL_AYE, style="short")

MINUTES = [
    {"number": "1", "blocks": [
        ("p", "President Margaret Ochoa called the regular meeting of the Board of Education to "
              "order at 6:03 p.m. in the District Office Board Room.")]},
    {"number": "2", "blocks": [("rollcall",)]},
    {"number": "3", "blocks": [
        ("p", "Student Board Representative Jaylen Brooks led the Pledge of Allegiance.")]},
    {"number": "4", "blocks": [("vote", V_AGENDA)]},
    {"number": "5", "blocks": [
        ("p", "The following members of the public addressed the Board: Harold Pruitt, "
              "regarding traffic and pick-up safety at Linden Elementary School; Celia Montoya, "
              "President of the Cedar Hollow Teachers Association, regarding the status of "
              "negotiations; and Denise Albright, regarding library hours at Mesa Verde Middle "
              "School. No action was taken.")]},
    {"number": "6", "blocks": [
        ("p", "Trustee Villanueva requested that Item 6.5 be removed from the Consent Agenda "
              "for separate consideration."),
        ("vote", V_CONSENT),
        ("p", "The following items were approved:")]},
    {"number": "6.1", "blocks": []},
    {"number": "6.2", "blocks": []},
    {"number": "6.3", "blocks": []},
    {"number": "6.4", "blocks": []},
    {"number": "6.5", "blocks": [
        ("p", "Trustee Villanueva asked about chaperone ratios and overnight supervision. "
              "Assistant Superintendent Foster reported that five certificated staff members and "
              "two parent volunteers will accompany the 28 students."),
        ("vote", V_TRIP)]},
    {"number": "7", "blocks": []},
    {"number": "7.1", "blocks": [
        ("p", "Assistant Superintendent Delgado presented the 2024-25 Second Interim Financial "
              "Report, projecting a General Fund ending balance of $14.6 million and a reserve "
              "for economic uncertainties of 4.8 percent in 2026-27, and recommended a positive "
              "certification."),
        ("vote", V_INTERIM)]},
    {"number": "7.2", "blocks": [
        ("p", "Assistant Superintendent Tran summarized the tentative agreement. Trustee "
              "Nakamura expressed concern about the ongoing cost of substitute coverage. Trustee "
              "Keller stated that he would abstain because his spouse is a member of the "
              "bargaining unit."),
        ("vote", V_MOU)]},
    {"number": "7.3", "blocks": [
        ("p", "No changes have been made to the policy since its first reading on February 25, "
              "2025."),
        ("vote", V_POLICY)]},
    {"number": "7.4", "blocks": [
        ("p", "Director Whitfield reported on the five bids received. Trustee Raman questioned "
              "the use of deferred maintenance funds for the project and stated that she would "
              "vote no."),
        ("vote", V_BID)]},
    {"number": "7.5", "blocks": [
        ("p", "Assistant Superintendent Tran presented the two calendar options developed by "
              "the District Calendar Committee and the results of the staff and parent survey."),
        ("vote", V_CAL_B),
        ("vote", V_CAL_A)]},
    {"number": "8", "blocks": []},
    {"number": "8.1", "blocks": [
        ("p", "Assistant Superintendent Foster presented the LCAP mid-year update, including a "
              "decline in chronic absenteeism of 3.1 percentage points and English learner "
              "reclassification data. No action was taken.")]},
    {"number": "8.2", "blocks": [
        ("p", "Director Whitfield presented enrollment projections showing a decline of "
              "approximately 240 students over five years and the proposed timeline for the "
              "Facilities Master Plan update. No action was taken.")]},
    {"number": "9", "blocks": [
        ("p", "There were no public comments on closed session items. At 8:12 p.m., the Board "
              "recessed to closed session to discuss the following:")]},
    {"number": "9.1", "blocks": []},
    {"number": "9.2", "blocks": []},
    {"number": "9.3", "blocks": []},
    {"number": "10", "blocks": [
        ("p", "The Board reconvened in open session at 9:01 p.m. with the same members present. "
              "President Ochoa reported the following action taken in closed session:"),
        ("p", "Item 9.1: The Board voted to release one probationary classified employee."),
        ("vote", V_RELEASE),
        ("p", "No reportable action was taken on Items 9.2 and 9.3.")]},
    {"number": "11", "blocks": [
        ("vote", V_ADJOURN),
        ("p", "President Ochoa adjourned the meeting at 9:07 p.m."),
        ("p", "The next regular meeting of the Board of Education is scheduled for Tuesday, "
              "March 25, 2025, at 6:00 p.m., in the District Office Board Room.")]},
]


def _minute_title(number: str) -> str:
    return _by_number(number)["title"]


# ---------------------------------------------------------------------------------------------
# Vote wording (shared by the renderer and the gold).
# ---------------------------------------------------------------------------------------------
def _names(names: list[str], plural: bool = False) -> str:
    if not names:
        return "none"
    text = ", ".join(names)
    return f"Trustees {text}" if plural else text


def _tally(vote: dict) -> str:
    tally = f"{len(vote['ayes'])}-{len(vote['noes'])}"
    if vote["abstain"]:
        tally += f"-{len(vote['abstain'])}"
    return tally


def _result_text(vote: dict) -> str:
    word = "carried" if vote["result"] == "carried" else "failed"
    if vote["style"] == "short":
        absent = " and ".join(f"Trustee {n}" for n in vote["absent"])
        return f"Motion {word} {_tally(vote)} by roll call vote ({absent} absent)."
    return f"Motion {word} {_tally(vote)}."


def _motion_text(vote: dict) -> str:
    return (f"Motion by Trustee {vote['mover']}, seconded by Trustee {vote['seconder']}, to "
            f"{vote['motion']}.")


def _roll_text(vote: dict) -> str:
    return (f"Ayes: {_names(vote['ayes'], plural=True)}; Noes: {_names(vote['noes'])}; "
            f"Abstain: {_names(vote['abstain'])}; Absent: {_names(vote['absent'])}")


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
LEFT = 20.0
RIGHT = 20.0
LH = 5.0  # line height for 10 pt text


class BoardPDF(FPDF):
    def __init__(self, doc_label: str) -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.doc_label = doc_label
        self.core_fonts_encoding = "windows-1252"
        self.set_margins(LEFT, 18, RIGHT)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_title(f"{DISTRICT} - {BODY} - {doc_label} - {DATE_SHORT}")
        self.set_author(DISTRICT)
        self.set_creator("District Office")
        self.set_producer("District Office")

    @property
    def right_edge(self) -> float:
        return self.w - RIGHT

    def header(self) -> None:
        if self.page_no() == 1:
            self._letterhead()
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 10)
        self.cell(0, 4, f"{DISTRICT} \u2013 {BODY}", new_x=XPos.LMARGIN, new_y=YPos.TOP)
        self.cell(0, 4, f"{self.doc_label} \u2013 {DATE_SHORT}", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(LEFT, 15, self.right_edge, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def _letterhead(self) -> None:
        self.set_xy(LEFT, 12)
        self.set_font("Times", "B", 17)
        self.cell(0, 8, DISTRICT.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Times", "", 9.5)
        self.cell(0, 4.5, f"{ADDRESS} \u2022 {PHONE} \u2022 {WEB}", align="C",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_line_width(0.6)
        self.line(LEFT, self.get_y() + 1.5, self.right_edge, self.get_y() + 1.5)
        self.set_line_width(0.2)
        self.line(LEFT, self.get_y() + 2.5, self.right_edge, self.get_y() + 2.5)
        self.set_y(self.get_y() + 4.5)
        # board roster (left) and superintendent (right)
        top = self.get_y()
        self.set_font("Helvetica", "B", 7.5)
        self.cell(90, 3.6, "BOARD OF EDUCATION", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 7.5)
        for name, _surname, role, _status in TRUSTEES:
            self.cell(90, 3.4, f"{name}, {role}" if role else name,
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = self.get_y()
        self.set_xy(self.right_edge - 80, top)
        self.set_font("Helvetica", "B", 7.5)
        self.cell(80, 3.6, "SUPERINTENDENT", align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 7.5)
        self.cell(80, 3.4, "Evan Marchetti, Ed.D.", align="R", new_x=XPos.LEFT,
                  new_y=YPos.NEXT)
        self.set_y(bottom + 3)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_draw_color(120, 120, 120)
        self.line(LEFT, self.get_y(), self.right_edge, self.get_y())
        self.set_y(-14.5)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"{self.doc_label} \u2013 Regular Meeting \u2013 {DATE_SHORT}",
                  new_x=XPos.LMARGIN, new_y=YPos.TOP)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    # -- helpers ---------------------------------------------------------------------------
    def lines_needed(self, width: float, text: str) -> int:
        return len(self.multi_cell(width, LH, text, dry_run=True, output="LINES"))

    def ensure(self, height: float) -> None:
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def para(self, indent: float, text: str, size: float = 10, style: str = "",
             gap: float = 1.5, family: str = "Helvetica") -> None:
        self.set_font(family, style, size)
        width = self.right_edge - LEFT - indent
        self.ensure(LH * min(self.lines_needed(width, text), 2))
        self.set_x(LEFT + indent)
        self.multi_cell(width, LH, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def labelled(self, indent: float, label: str, text: str, label_w: float,
                 gap: float = 1.2, right_pad: float = 0.0) -> None:
        """A bold label with the text hanging beside it."""
        self.set_font("Helvetica", "", 10)
        width = self.right_edge - right_pad - LEFT - indent - label_w
        self.ensure(LH * min(self.lines_needed(width, text), 2))
        top = self.get_y()
        self.set_font("Helvetica", "B", 10)
        self.set_xy(LEFT + indent, top)
        self.cell(label_w, LH, label)
        self.set_font("Helvetica", "", 10)
        self.set_xy(LEFT + indent + label_w, top)
        self.multi_cell(width, LH, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------
TIME_W = 24.0
NUM_W_TOP = 10.0
NUM_W_SUB = 11.0
SUB_INDENT = 10.0


def _agenda_item_line(pdf: BoardPDF, item: dict, top_level: bool) -> None:
    indent = 0.0 if top_level else SUB_INDENT
    num_w = NUM_W_TOP if top_level else NUM_W_SUB
    title = item["title"] + (f" ({item['note']})" if item.get("note") else "")
    width = pdf.right_edge - TIME_W - (LEFT + indent + num_w)
    pdf.set_font("Helvetica", "B" if top_level else "", 10.5 if top_level else 10)
    lines = pdf.lines_needed(width, title)
    pdf.ensure(LH * (lines + (3 if top_level else 1)))
    top = pdf.get_y()
    if item.get("time"):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_xy(pdf.right_edge - TIME_W, top)
        pdf.cell(TIME_W, LH, item["time"], align="R")
    pdf.set_font("Helvetica", "B" if top_level else "", 10.5 if top_level else 10)
    pdf.set_xy(LEFT + indent, top)
    pdf.cell(num_w, LH, f"{item['number']}." if top_level else item["number"])
    pdf.set_xy(LEFT + indent + num_w, top)
    pdf.multi_cell(width, LH, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.8)


def _agenda_item_body(pdf: BoardPDF, item: dict, top_level: bool) -> None:
    indent = (NUM_W_TOP if top_level else SUB_INDENT + NUM_W_SUB)
    if item.get("presenter"):
        pdf.set_font("Helvetica", "I", 9.5)
        pdf.ensure(LH)
        pdf.set_x(LEFT + indent)
        pdf.cell(0, LH, f"Presenter: {item['presenter']}", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
        pdf.ln(0.8)
    for label, text in item.get("text", []):
        if label is None:
            pdf.para(indent, text, size=9.5, gap=1.2)
        else:
            pdf.set_font("Helvetica", "B", 10)
            label_w = max(35.0, pdf.get_string_width(label) + 4)
            pdf.labelled(indent, label, text, label_w, right_pad=TIME_W - 6)


def _render_agenda(path: Path) -> None:
    pdf = BoardPDF("Agenda")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "REGULAR MEETING OF THE BOARD OF EDUCATION", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    for line in (DATE_LONG, "Open Session \u2013 6:00 p.m.", ROOM):
        pdf.cell(0, 5.2, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4, "Times listed are estimates only. The Board may take up any item "
                   "at any time during the meeting.", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    # column header: ITEM ............................................. EST. TIME
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_fill_color(225, 225, 225)
    top = pdf.get_y()
    pdf.cell(pdf.right_edge - LEFT, 5.5, "  AGENDA ITEM", fill=True)
    pdf.set_xy(pdf.right_edge - TIME_W, top)
    pdf.cell(TIME_W - 1, 5.5, "EST. TIME", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for item in AGENDA:
        _agenda_item_line(pdf, item, top_level=True)
        _agenda_item_body(pdf, item, top_level=True)
        for child in item.get("children", []):
            _agenda_item_line(pdf, child, top_level=False)
            _agenda_item_body(pdf, child, top_level=False)
        pdf.ln(2)
    pdf.ln(2)
    pdf.ensure(40)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, pdf.get_y(), pdf.right_edge, pdf.get_y())
    pdf.ln(2)
    for notice in AGENDA_NOTICES:
        pdf.para(0, notice, size=8.5, style="I", gap=1.2)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------
M_NUM_TOP = 10.0
M_NUM_SUB = 11.0


def _minutes_heading(pdf: BoardPDF, number: str) -> float:
    """Print the minute heading; returns the indent for its body text."""
    top_level = "." not in number
    indent = 0.0 if top_level else M_NUM_TOP
    num_w = M_NUM_TOP if top_level else M_NUM_SUB
    title = _minute_title(number)
    width = pdf.right_edge - LEFT - indent - num_w
    pdf.set_font("Helvetica", "B", 10.5 if top_level else 10)
    lines = pdf.lines_needed(width, title)
    pdf.ensure(LH * (lines + 2))
    if top_level:
        pdf.ln(1.5)
    top = pdf.get_y()
    pdf.set_xy(LEFT + indent, top)
    pdf.cell(num_w, LH, f"{number}." if top_level else number)
    pdf.set_xy(LEFT + indent + num_w, top)
    pdf.multi_cell(width, LH, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.0)
    return indent + num_w


def _minutes_vote(pdf: BoardPDF, indent: float, vote: dict) -> None:
    pdf.para(indent, _motion_text(vote), gap=1.0)
    if vote["intro"]:
        pdf.para(indent, vote["intro"], gap=0.8)
    for clause in vote["resolved"]:
        pdf.para(indent + 8, clause, size=9.5, family="Times", gap=0.8)
    if vote["style"] == "roll":
        pdf.para(indent + 8, _roll_text(vote), gap=0.8)
    pdf.para(indent, _result_text(vote), style="B", gap=1.0)
    if vote["after"]:
        pdf.para(indent, vote["after"], gap=1.0)
    pdf.ln(0.8)


def _roll_call(pdf: BoardPDF, indent: float) -> None:
    present = [t for t in TRUSTEES if t[3] == "present"]
    remote = [t for t in TRUSTEES if t[3] == "virtual"]
    absent = [t for t in TRUSTEES if t[3] == "absent"]
    label_w = 60.0
    pdf.labelled(indent, "Present:", "Trustees " + "; ".join(
        f"{n}, {r}" if r else n for n, _s, r, _st in present), label_w)
    pdf.labelled(indent, "Present by teleconference:", "; ".join(
        f"Trustee {n} (Government Code \xa7 54953(f), just cause; no other adult present at "
        "the remote location)" for n, _s, _r, _st in remote), label_w)
    pdf.labelled(indent, "Absent:", "; ".join(f"Trustee {n} (excused)"
                                                for n, _s, _r, _st in absent), label_w)
    name, role, school = STUDENT_REP
    pdf.labelled(indent, f"{role}:", f"{name}, {school}", label_w)
    pdf.labelled(indent, "Staff present:", "; ".join(
        f"{(h + ' ') if h else ''}{n}, {r}" for h, n, r in STAFF), label_w)
    pdf.labelled(indent, "Also present:", "; ".join(
        f"{(h + ' ') if h else ''}{n}, {r}" for h, n, r in ALSO_PRESENT), label_w)
    pdf.para(indent, "A quorum was present.", gap=1.0)


def _render_minutes(path: Path) -> None:
    pdf = BoardPDF("Minutes")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "MINUTES", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "REGULAR MEETING OF THE BOARD OF EDUCATION", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    for line in (DATE_LONG, ROOM):
        pdf.cell(0, 5.2, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    for entry in MINUTES:
        indent = _minutes_heading(pdf, entry["number"])
        for block in entry["blocks"]:
            if block[0] == "p":
                pdf.para(indent, block[1])
            elif block[0] == "vote":
                _minutes_vote(pdf, indent, block[1])
            elif block[0] == "rollcall":
                _roll_call(pdf, indent)
    # signatures
    pdf.ln(6)
    pdf.ensure(42)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, LH, "Respectfully submitted,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    top = pdf.get_y()
    col = (pdf.right_edge - LEFT - 10) / 2
    for i, (name, role) in enumerate((("Priya Raman", "Clerk of the Board of Education"),
                                      ("Evan Marchetti, Ed.D.", "Secretary to the Board"))):
        x = LEFT + i * (col + 10)
        pdf.line(x, top, x + col, top)
        pdf.set_xy(x, top + 1)
        pdf.cell(col, LH, name, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "I", 9)
        pdf.cell(col, LH, role)
        pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(LEFT, top + 16)
    pdf.cell(0, LH, "Date approved by the Board: ____________________",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Files, build and gold
# ---------------------------------------------------------------------------------------------
def _name(kind: str) -> str:
    return f"{SLUG}_board-of-education_{DATE.isoformat()}_{kind}.pdf"


AGENDA_FILE = f"agendas/{_name('agenda')}"
MINUTES_FILE = f"minutes/{_name('minutes')}"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


def _key(file: str) -> str:
    return file.removesuffix(".pdf").replace("/", "__")


AGENDA_NOTES = [
    "Every numbered line of the outline is an item: the eleven top-level items (1.-11.) and "
    "the decimal sub-items 6.1-6.5, 7.1-7.5, 8.1-8.2 and 9.1-9.3, each with its top-level "
    "number as parent.",
    "Numbers are given without the trailing dot printed on top-level items.",
    "The procedural markers \"(Action)\" and \"(Information)\" printed after a title are kept "
    "out of the title and recorded in note.",
    "Closed-session citations such as \"(Government Code \xa7 54957)\" are printed on the title "
    "line and stay part of the title.",
    "Item 9 CLOSED SESSION and its sub-items 9.1-9.3 are exempt; item 10, the report out in "
    "open session, is public.",
    "Presenter lines, Background/Fiscal Impact/Recommendation paragraphs, negotiator and "
    "employee-organization lines and descriptive lines under items are item text, not items.",
    "The right-hand estimated-time column (6:00 p.m. ... 9:05 p.m.) is not part of any title.",
    "No page ranges are printed, so pages is null for every item.",
    "start_time is the printed open-session time 6:00 p.m.; the contact is the person who "
    "posted the agenda, as printed in the closing notices.",
]

MINUTES_NOTES = [
    "Minute items reuse the agenda numbering; every numbered heading printed in the minutes, "
    "including the sub-items 6.1-6.5, 7.1-7.5, 8.1-8.2 and 9.1-9.3, is a minute item, with "
    "agenda_item equal to its number.",
    "start_time is the call to order at 6:03 p.m.; end_time is the adjournment at 9:07 p.m.; "
    "the 9:01 p.m. reconvening and the next meeting's 6:00 p.m. are not meeting times.",
    "Resolutions counts only the printed RESOLVED clauses: two in Resolution No. 24-25-18 under "
    "7.1 (BE IT RESOLVED and BE IT FURTHER RESOLVED) and one in Resolution No. 24-25-19 under "
    "7.4; motions to approve are not counted.",
    "Each \"Motion by ... Motion carried/failed\" is one vote, recorded under the heading it is "
    "printed under; the consent motion is under 6 and the closed-session report-out vote "
    "under 10.",
    "Votes printed only as \"Motion carried 6-0 by roll call vote (Trustee Batiste absent)\" "
    "have counts 6/0/0 with absent 1 and only the absent voter named.",
    "Roll-call lines give the voters by surname; \"none\" means an empty list and a count of 0.",
    "The first motion under 7.5 (Option B) failed 2-4 and is recorded as lost; the second "
    "(Option A) carried 5-1.",
    "The Student Board Representative's preferential vote under 7.2 is advisory and not "
    "counted in the 4-1-1 tally.",
    "Trustees listed as Present are present; Trustee Keller, present by teleconference, is "
    "virtual; Trustee Batiste is absent.",
    "The Student Board Representative (a non-voting member) and general counsel listed under "
    "\"Also present\" are also_present.",
    "Staff present are in_attendance with their printed title as role; the honorific Dr. is "
    "dropped from the name.",
    "Members of the public who spoke under item 5 and names in the signature block are not "
    "attendance.",
]


def _agenda_gold() -> dict:
    items = []
    for item, parent in _agenda_flat():
        exempt = item["number"] == "9" or (parent == "9")
        record = {"number": item["number"], "title": item["title"], "pages": None,
                  "part": "exempt" if exempt else "public", "parent": parent}
        if item.get("note"):
            record["note"] = item["note"]
        if item.get("presenter"):
            record["presenter"] = item["presenter"]
        items.append(record)
    return {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": AGENDA_NOTES,
        "meeting": {"body": BODY, "date": DATE.isoformat(), "start_time": START_AGENDA,
                    "contact": dict(CONTACT)},
        "agenda": items,
    }


def _vote_gold(vote: dict) -> dict:
    counts = {"yes": len(vote["ayes"]), "no": len(vote["noes"]),
              "abstain": len(vote["abstain"]), "absent": len(vote["absent"])}
    if vote["style"] == "roll":
        voters = {"yes": vote["ayes"], "no": vote["noes"], "abstain": vote["abstain"],
                  "absent": vote["absent"]}
    else:
        voters = {"absent": vote["absent"]}
    return {"item": vote["item"], "result": vote["result"], "counts": counts,
            "voters": {k: list(v) for k, v in voters.items()},
            "motion": vote["motion"], "mover": vote["mover"], "seconder": vote["seconder"],
            "result_as_printed": _result_text(vote)}


def _attendance_gold() -> list[dict]:
    people = [{"name": n, "status": st, "role": r} if r else {"name": n, "status": st}
              for n, _s, r, st in TRUSTEES]
    people.append({"name": STUDENT_REP[0], "status": "also_present", "role": STUDENT_REP[1]})
    people += [{"name": n, "status": "in_attendance", "role": r} for _h, n, r in STAFF]
    people += [{"name": n, "status": "also_present", "role": r} for _h, n, r in ALSO_PRESENT]
    return people


def _minutes_gold() -> dict:
    votes, per_item = [], {}
    for entry in MINUTES:
        for block in entry["blocks"]:
            if block[0] == "vote":
                votes.append(_vote_gold(block[1]))
                if block[1]["resolved"]:
                    per_item[entry["number"]] = (per_item.get(entry["number"], 0)
                                                 + len(block[1]["resolved"]))
    return {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": MINUTES_NOTES,
        "meeting": {"body": BODY, "date": DATE.isoformat(), "start_time": START_MINUTES,
                    "end_time": END_MINUTES},
        "minutes": {
            "items": [{"number": e["number"], "title": _minute_title(e["number"]),
                       "agenda_item": e["number"]} for e in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": _attendance_gold(),
        },
    }


def gold() -> dict[str, dict]:
    return {_key(AGENDA_FILE): _agenda_gold(), _key(MINUTES_FILE): _minutes_gold()}
