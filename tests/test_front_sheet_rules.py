"""Front-sheet rules on invented sheets (second examples beside the corpus documents)."""

import pytest

from agendapack.extractors.front_sheet import extract_meeting, split_honorific

from .lines import make_columns, make_line, stack


def test_covering_letter_meeting_date_comes_from_the_subject_line():
    lines = stack([
        ("Date: 2 March 2026", 380),
        ("Dear Councillor", 50),
        ("PLANNING COMMITTEE - WEDNESDAY, 11 MARCH 2026", 50, {"bold": True}),
        ("Please find enclosed the documents for item 4.", 50),
    ])
    m = extract_meeting(lines)
    assert (m.date, m.published) == ("2026-03-11", "2026-03-02")
    assert m.body == "Planning Committee"


def test_date_in_large_type_wrapping_over_two_lines():
    lines = stack([
        ("Notice of the Annual", 280, {"size": 24.0}),
        ("Meeting on Monday, 4th", 280, {"size": 24.0, "bold": True}),
        ("May, 2026 at 6.30 pm", 280, {"size": 24.0, "bold": True}),
    ], leading=27.0)
    m = extract_meeting(lines)
    assert (m.date, m.start_time) == ("2026-05-04", "18:30")


def test_labelled_venue_over_several_lines_and_members_with_roles():
    lines = [
        make_line("Venue: Room 2, Guildhall,", x0=50, top=100, gaps={1: 40.0}),
        make_line("High Street, Anytown", x0=50 + 6 * 0.5 * 11 + 3.3 + 40.0, top=114),
        make_line("Members:", x0=50, top=150, bold=True),
        make_line("Cllr Ann Wu (Chair), Cllr Ben Ola (Vice-Chair), Cllr Cat Moy", x0=50, top=164),
        make_line("Ask for: Dee Fox Tel: 01632 960001", x0=50, top=200),
    ]
    m = extract_meeting(lines)
    assert m.venue == "Room 2, Guildhall, High Street, Anytown"
    assert [(p.name, p.honorific, p.role) for p in m.members] == [
        ("Ann Wu", "Cllr", "Chair"), ("Ben Ola", "Cllr", "Vice-Chair"), ("Cat Moy", "Cllr", None)
    ]
    assert (m.contact.name, m.contact.phone) == ("Dee Fox", "01632 960001")


def test_honorifics_split_from_names():
    assert split_honorific("Cllr. Jo Bell") == ("Jo Bell", "Cllr.")
    assert split_honorific("Mrs Dr Jo Bell") == ("Jo Bell", "Mrs Dr")
    assert split_honorific("Jo Bell") == ("Jo Bell", None)


def test_body_is_read_as_a_phrase_out_of_a_heading():
    lines = stack([
        ("WESTFIELD UNIFIED SCHOOL DISTRICT", 150, {"bold": True, "size": 14.0}),
        ("SPECIAL MEETING, BOARD OF EDUCATION", 150, {"bold": True, "size": 14.0}),
        ("Council Chambers", 200),
        ("Monday, June 1, 2026", 200),
    ], leading=18.0)
    m = extract_meeting(lines)
    assert m.body == "Board Of Education"
    assert m.council == "Westfield Unified School District"
    assert m.venue == "Council Chambers"


def test_venue_from_a_summons_sentence():
    lines = stack([
        ("To: All Members of the Borough Council", 50),
        ("A meeting of the Borough Council will be held in the Assembly Room, Town Hall,", 50),
        ("Northgate on Tuesday, 2nd June, 2026 at 7.00 pm to deal with the following business.", 50),
    ])
    m = extract_meeting(lines)
    assert m.venue == "Assembly Room, Town Hall, Northgate"
    assert (m.date, m.start_time) == ("2026-06-02", "19:00")


def test_council_meeting_as_a_whole_names_the_council_as_body():
    lines = stack([
        ("BRAMLEY PARISH COUNCIL", 200, {"bold": True, "size": 14.0}),
        ("MEETING TO BE HELD ON MONDAY, 6th JULY 2026 @ 7.30pm", 150, {"bold": True, "size": 14.0}),
        ("BRAMLEY VILLAGE HALL", 210, {"bold": True, "size": 14.0}),
    ], leading=18.0)
    m = extract_meeting(lines)
    assert m.body == "Bramley Parish Council"
    assert m.venue == "BRAMLEY VILLAGE HALL"
    assert (m.date, m.start_time) == ("2026-07-06", "19:30")


def _centred(text: str, size: float, top: float, bold: bool = True, mid: float = 300.0):
    return make_line(text, x0=mid - len(text) * 0.25 * size, top=top, size=size, bold=bold)


def test_centred_body_name_wrapped_over_two_lines_is_one_name():
    lines = [
        _centred("Housing, Planning and Regeneration", 18.0, 100),
        _centred("Scrutiny Board", 18.0, 122),
        make_line("Date: Wednesday, 4 November 2026", x0=50, top=170),
    ]
    assert extract_meeting(lines).body == "Housing, Planning and Regeneration Scrutiny Board"


def test_a_name_does_not_wrap_from_a_line_ending_a_sentence_or_set_apart():
    ended = [_centred("Meeting postponed.", 18.0, 100), _centred("Licensing Committee", 18.0, 122)]
    apart = [_centred("Environment and", 18.0, 100), _centred("Audit Committee", 18.0, 142)]  # a blank line between
    assert extract_meeting(ended).body == "Licensing Committee"
    assert extract_meeting(apart).body == "Audit Committee"


def test_next_meeting_dates_are_not_this_meetings_date():
    # a UK parish footer and a US clerk's note above the header, each naming another meeting
    uk = stack([
        ("HOLTON PARISH COUNCIL", 200, {"bold": True, "size": 14.0}),
        ("Meeting to be held on Monday, 6th July 2026 @ 7.30pm", 150, {"bold": True}),
        ("1. Apologies", 50),
        ("2. Planning", 50),
        ("Date of Next Parish Council Meeting: Monday 7th September 2026", 50, {"bold": True}),
    ], leading=18.0)
    us = stack([
        ("Next Regular Meeting: Tuesday, May 5, 2026", 380, {"size": 9.0}),
        ("CITY OF BIRCH FALLS", 200, {"bold": True, "size": 14.0}),
        ("CITY COUNCIL", 200, {"bold": True, "size": 14.0}),
        ("Tuesday, April 21, 2026 at 7:00 PM", 200),
        ("1. Call to order", 50),
    ], leading=18.0)
    assert (extract_meeting(uk).date, extract_meeting(uk).start_time) == ("2026-07-06", "19:30")
    assert (extract_meeting(us).date, extract_meeting(us).start_time) == ("2026-04-21", "19:00")


def test_form_fields_filled_without_the_year_and_a_compact_time():
    # a notice template filled in by hand: "Date/Time:" with no year and "630pm", the venue under
    # a two-word label; the year is the one that puts the date nearest the other dates printed
    sheet = [
        make_line("NOTICE OF NEIGHBOURHOOD BOARD MEETING", x0=150, top=80, bold=True),
        make_line("Date/Time: March 3, 630pm", x0=90, top=130, gaps={1: 30.0}),
        make_line("Location/Address: Oak Hall, 12 Mill Road", x0=90, top=148, gaps={1: 30.0}),
        make_line("1. Approval of minutes from meeting date: February 3, 2026", x0=60, top=190),
    ]
    m = extract_meeting(sheet)
    assert (m.date, m.start_time, m.venue) == ("2026-03-03", "18:30", "Oak Hall, 12 Mill Road")
    december = [make_line("Date/Time: January 8, 7pm", x0=90, top=130, gaps={1: 30.0}),
                make_line("Minutes of December 11, 2025", x0=60, top=170)]
    assert extract_meeting(december).date == "2026-01-08"


def test_a_clerks_sign_off_with_a_telephone_number_is_the_contact():
    meeting = extract_meeting(stack([
        ("Ashcombe Parish Council", 200),
        ("Meeting on Thursday 27 March 2025 at 7.30pm in the Village Hall", 120),
        ("1 To receive apologies for absence", 60),
        ("2 Planning", 60),
        ("Dana Reyes \u2013 Parish Clerk 01632 960 123", 60),
    ]))
    assert meeting.contact is not None
    assert (meeting.contact.name, meeting.contact.phone) == ("Dana Reyes", "01632 960 123")


def test_a_clerks_sign_off_over_an_email_line_is_the_contact():
    meeting = extract_meeting(stack([
        ("Ashcombe Community Council", 200),
        ("You are summoned to a meeting on Monday 3rd March 2025 at 7.00pm", 120),
        ("2701. Police Report", 60),
        ("2702. Correspondence", 60),
        ("Dana Reyes-Whitfield (Clerk)", 180),
        ("Email: clerk@ashcombe.example", 180),
    ]))
    assert meeting.contact is not None
    assert (meeting.contact.name, meeting.contact.email) == ("Dana Reyes-Whitfield", "clerk@ashcombe.example")
    # a board's clerk listed among its members, no way to reach them below: no contact
    roster = extract_meeting(stack([
        ("Board of Trustees", 200), ("Regular Meeting, Thursday, April 21, 2016, 4:00 p.m.", 120),
        ("Lan Nguyen, President", 100), ("J. Manuel Herrera, Clerk", 100), ("Pattie Cortese, Member", 100),
    ]))
    assert roster.contact is None or roster.contact.name is None


def test_a_sign_off_without_an_office_is_no_contact():
    meeting = extract_meeting(stack([
        ("Ashcombe Parish Council", 200),
        ("Meeting on Thursday 27 March 2025 at 7.30pm in the Village Hall", 120),
        ("Village Hall bookings \u2013 Main Desk 01632 960 123", 60),
    ]))
    assert meeting.contact is None or meeting.contact.name is None


def test_a_notice_beside_the_date_is_no_venue():
    meeting = extract_meeting(stack([
        ("City of Birch Falls", 200, {"bold": True, "size": 14.0}),
        ("Regular Meeting Agenda", 200),
        ("Tuesday, January 10, 2023", 200),
        ("5:00 PM", 220),
        ("Hybrid virtual/in-person meetings are held under the emergency order", 120),
        ("1. Call to order", 50),
    ], leading=18.0))
    assert meeting.venue is None or "held" not in meeting.venue


def test_a_committee_name_wraps_on_to_a_bracketed_line():
    """One of several committees with one name: the bracketed line under it is part of it."""
    for font_size in (22.0, 16.0):
        meeting = extract_meeting(stack([
            ("WEXCOMBE BOROUGH COUNCIL", 60, {"size": 14.0, "bold": True}),
            ("Overview and Scrutiny Committee", 60, {"size": font_size, "bold": True}),
            ("(Communities and Housing)", 60, {"size": font_size, "bold": True}),
            ("Date: Tuesday, 9 June 2026", 60),
        ], leading=font_size * 1.2))
        assert meeting.body == "Overview and Scrutiny Committee (Communities and Housing)"
    # a note in brackets set smaller below the name is no part of it
    noted = extract_meeting(stack([
        ("Planning Committee", 60, {"size": 20.0, "bold": True}),
        ("(rescheduled from 2 June)", 60, {"size": 11.0}),
        ("Date: Tuesday, 9 June 2026", 60),
    ], leading=22.0))
    assert noted.body == "Planning Committee"


def test_a_contact_label_over_its_value_and_contact_in_prose():
    meeting = extract_meeting(stack([
        ("Licensing Committee", 60, {"size": 18.0, "bold": True}),
        ("Date: Monday, 8 June 2026", 60),
        ("Large print copies are available on request. Please", 60),
        ("contact Democratic Services on 01632 960000.", 60),
        ("Contact Officer", 60, {"bold": True}),
        ("Priya Lund, Committee Services", 60),
        ("Tel: 01632 960777", 60),
    ]))
    assert meeting.contact is not None
    assert meeting.contact.name == "Priya Lund"
    prose = extract_meeting(stack([
        ("Licensing Committee", 60, {"size": 18.0, "bold": True}),
        ("Date: Monday, 8 June 2026", 60),
        ("contact Member Services on 01632 960000 for large print.", 60),
    ]))
    assert prose.contact is None or prose.contact.name is None


def test_a_letters_date_beside_its_reference_gives_way_to_the_meetings_date_and_time():
    for ref in ("Ref: MA/CC/07/2031", "Our ref: TC/114"):
        lines = [make_columns([(ref, 60), ("4th July 2031", 420)], top=100)] + stack([
            ("To each Member of the Council", 60),
            ("A Chomhairleoir, a chara,", 60),
            ("You are requested to attend the Monthly Meeting of the Council which will be held in", 60),
            ("the Council Chamber on Monday, 14th July 2031 at 11.00 a.m. The business is set out below.", 60),
        ], start=130)
        meeting = extract_meeting(lines)
        assert (meeting.date, meeting.start_time) == ("2031-07-14", "11:00")


def test_a_clerk_labelled_by_office_and_a_signature_over_its_office():
    labelled = extract_meeting(stack([
        ("WESSEX TOWN COUNCIL", 200, {"bold": True}),
        ("Tel: 01632 960000 | Email: clerk@wessex.example", 150),
        ("Town Clerk: Jo Whitlow", 220),
        ("You are summoned to a meeting on Monday 20th January 2031 at 7.00pm", 60),
    ]))
    assert labelled.contact is not None and labelled.contact.name == "Jo Whitlow"
    for office in ("Meetings Administrator", "Parish Clerk", "Riarthóir Cruinnithe / Meetings Administrator",
                   "Meetings Administrator, Kilbarra Municipal District"):
        signed = extract_meeting(stack([
            ("KILBARRA COUNTY COUNCIL", 200, {"bold": True}),
            ("You are requested to attend the meeting on Monday, 14th July 2031 at 11.00 a.m.", 60),
            ("Is mise le meas,", 60),
            ("Siobhán Ní Mhurchú", 60),
            (office, 60),
            ("1. Confirmation of Minutes", 60),
        ]))
        assert signed.contact is not None and signed.contact.name == "Siobhán Ní Mhurchú"
    # a member listed over a line that is not an office is no contact
    listed = extract_meeting(stack([("KILBARRA COUNTY COUNCIL", 200, {"bold": True}), ("Meeting on 14th July 2031", 60),
                                    ("Ann Byrne", 60), ("Kieran Lynch", 60)]))
    assert listed.contact is None or listed.contact.name is None


@pytest.mark.parametrize("body", ["Policy and Resources Committee", "Licensing Board"])
def test_a_summons_names_the_committee_under_a_councils_letterhead(body):
    lines = [make_line("STRATHMORE COUNCIL", x0=60, top=60, size=16.0, bold=True)]
    lines.append(make_columns([("Date of issue: Thursday, 5 June 2031", 360)], top=100))
    lines += stack([
        ("Enquiries to: Ewan Suth, Committee Services", 60),
        ("Tel: 01764 552318", 60),
        (f"A meeting of the {body} will be held in the Council Chamber on Thursday,", 60),
        ("12 June 2031 at 10.00 am to consider the business detailed below.", 60),
    ], start=120)
    meeting = extract_meeting(lines)
    assert (meeting.body, meeting.date, meeting.start_time) == (body, "2031-06-12", "10:00")
    assert meeting.contact is not None and meeting.contact.name == "Ewan Suth"
    # the council meeting as a whole stays the council's
    whole = extract_meeting([lines[0]] + stack([("A meeting of Strathmore Council will be held on 12 June 2031 at 10.00 am.", 60)], start=120))
    assert whole.body == "Strathmore Council"


def test_a_letters_labelled_date_gives_way_to_the_summons_date_and_time():
    lines = stack([
        ("CARRAIG BEAG COUNTY COUNCIL", 200, {"bold": True}),
        ("Dáta / Date: 4th March 2031", 420),
        ("Chuig gach Comhalta den Chomhairle / To each Member of the Council", 60),
        ("A Chomhairleoir, / Dear Councillor,", 60),
        ("You are requested to attend the Ordinary Meeting of the Council which will be held", 60),
        ("in the Council Chamber on Monday, 10th March 2031 at 3.00 p.m. The business is below.", 60),
    ])
    assert extract_meeting(lines).date == "2031-03-10"


def test_a_summons_time_wrapped_over_two_lines():
    lines = stack([
        ("GLENHOLM COUNCIL", 200, {"bold": True}),
        ("A meeting of the Licensing Committee will be held in the Council Chamber, Portree", 60),
        ("Road, on Tuesday 10 June 2031 at 10.00", 60),
        ("am, for the purpose of considering the undernoted business.", 60),
        ("Members unable to attend should tell Committee Services by 12 noon on Monday 9 June 2031.", 60),
    ])
    meeting = extract_meeting(lines)
    assert (meeting.date, meeting.start_time) == ("2031-06-10", "10:00")


@pytest.mark.parametrize("summons, body", [
    ("You are hereby summoned to attend a meeting of the FULL COUNCIL of Wessex Town Council to be held", "Full Council"),
    ("You are requested to attend a meeting of the Glenholm and Ardmore Area Committee to be held in", "Glenholm and Ardmore Area Committee"),
    ("You are requested to attend the March Monthly Meeting of Kilbarra Municipal District, which will be held", "Kilbarra Municipal District"),
])
def test_the_body_a_summons_names_under_a_councils_letterhead(summons, body):
    lines = stack([
        ("WESSEX COUNCIL", 200, {"bold": True}),
        ("Dear Councillor,", 60),
        (summons, 60),
        ("in the Council Chamber on Wednesday 12th March 2031 at 7.00pm.", 60),
    ])
    assert extract_meeting(lines).body == body


def test_agenda_enquiries_label_and_an_email_over_a_column_heading():
    lines = stack([
        ("KESTREL VALLEY REGIONAL DISTRICT", 200, {"bold": True}),
        ("Thursday, March 13, 2031, 1:30 p.m.", 200),
        ("Agenda enquiries: Jo Pratt, Corporate Officer - 250-555-0148 - office@kvrd.ca", 60),
        ("Pages", 500),
        ("1. CALL TO ORDER", 60),
    ])
    contact = extract_meeting(lines).contact
    assert (contact.name, contact.email) == ("Jo Pratt", "office@kvrd.ca")
