"""Attendance rules found on the councils written blind (issue 13), on invented lines and names:

* "N members of the public" after the last person of a list ("... and 2 members of the public")
  leaves no "and" on that person's name;
* an affiliation after a comma ("Ida Marsh, Fernleigh High School", "..., Cole & Platt LLP") is
  the person's, not another person;
* a sentence "Cllr X was absent." in an item about apologies records X absent;
* a label the reader does not know ("Youth Representative:") printed in the column of the
  attendance labels above it, its names in their lists' column: also present.
"""

from agendapack.extractors.minutes import attendance as att
from agendapack.extractors.minutes.attendance import parse_people
from agendapack.extractors.minutes.attendance_lines import read_attendance
from agendapack.extractors.minutes.headings import Heading, MinutesParts
from tests.lines import make_columns, stack


def test_members_of_the_public_after_the_last_person_leave_no_and_on_the_name():
    people = parse_people("Ruth Almond (Town Clerk), Omar Fell (Deputy Clerk) and 3 members of the public")
    assert [(p.name, p.role) for p in people] == [("Ruth Almond", "Town Clerk"), ("Omar Fell", "Deputy Clerk")]


def test_an_affiliation_after_a_comma_is_the_persons():
    people = parse_people("Ida Marsh, Fernleigh High School")
    assert [(p.name, p.role) for p in people] == [("Ida Marsh", "Fernleigh High School")]
    people = parse_people("Noel Grant, General Counsel, Cole & Platt LLP; Vera Hahn")
    assert [p.name for p in people] == ["Noel Grant", "Vera Hahn"]


def _apologies_item(body):
    lines = stack([("Present: Cllrs Tom Aske, Lena Ruiz and Paul Orme", 50), None,
                   ("12/25 APOLOGIES FOR ABSENCE", 50, {"bold": True})] + [(t, 90) for t in body])
    head = Heading(index=1, number="12/25", title="APOLOGIES FOR ABSENCE", body_start=2)
    return read_attendance(lines, MinutesParts(headings=[head], preamble_end=1))


def test_a_member_stated_absent_in_the_apologies_item_is_absent():
    roll = _apologies_item(["Apologies were received from Cllr Jo Byrne. Cllr Ian Dace was absent."])
    assert ("Ian Dace", "absent") in [(e.name, e.status) for e in roll.entries]
    assert ("Jo Byrne", "apologies") in [(e.name, e.status) for e in roll.entries]
    # a member already listed present is not made absent by a later sentence about someone else
    roll = _apologies_item(["The Chair was absent for the first item."])
    assert [e.status for e in roll.entries] == ["present"] * 3


def test_an_unknown_label_in_the_label_column_lists_people_also_present():
    lines = [
        make_columns([("Present:", 60), ("Trustees Ann Boyd, President; Lee Soto; Kim Roe", 240)], top=100),
        make_columns([("Absent:", 60), ("Trustee Max Quill", 240)], top=114),
        make_columns([("Youth Representative:", 60), ("Ida Marsh, Fernleigh High School", 240)], top=128),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    got = [(e.name, e.status) for e in roll.entries]
    assert ("Ida Marsh", "also_present") in got and ("Max Quill", "absent") in got
    # the same label printed out of the labels' column is no label of the grid
    lines[2] = make_columns([("Youth Representative:", 120), ("Ida Marsh, Fernleigh High School", 300)], top=128)
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert ("Ida Marsh", "also_present") not in [(e.name, e.status) for e in roll.entries]


def test_a_label_in_two_languages_wrapped_in_the_label_column():
    # "I LÁTHAIR / PRESENT:" over two lines, "Councillors:" heading the members inside the list,
    # an office as a label before its holder, then a label wrapped over three lines
    lines = [
        make_columns([("I LÁTHAIR /", 60), ("Cathaoirleach: Cllr. Nora Hayes (presiding)", 200)], top=100),
        make_columns([("PRESENT:", 60), ("Comhairleoirí / Councillors:", 200)], top=114),
        make_columns([("Cllr. Ben Ahern", 200), ("Cllr. Rita Lowry", 380)], top=134),
        make_columns([("Cllr. Ed Quinlan", 200)], top=148),
        make_columns([("I LÁTHAIR GO", 60), ("Cllr. Ian Duggan", 200)], top=176),
        make_columns([("CIANDA / ATTENDED", 60)], top=190),
        make_columns([("REMOTELY:", 60)], top=204),
        make_columns([("LEITHSCÉALTA /", 60), ("Cllr. Amy Foley.", 200)], top=232),
        make_columns([("APOLOGIES:", 60)], top=246),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [
        ("Nora Hayes", "present"), ("Ben Ahern", "present"), ("Rita Lowry", "present"), ("Ed Quinlan", "present"),
        ("Ian Duggan", "virtual"), ("Amy Foley", "apologies")]


def test_officials_a_line_each_their_long_offices_wrapped():
    lines = [
        make_columns([("IN ATTENDANCE:", 60), ("Mr. Con Burke, Chief Executive", 200)], top=100),
        make_columns([("Ms. Jo Rice, Director of Services, Roads, Transport and", 200)], top=114),
        make_columns([("Environment", 200)], top=128),
        make_columns([("Ms. Eve Tully, Senior Planner", 200)], top=142),
        make_columns([("ALSO PRESENT:", 60), ("Ms. Lia Crowe, Associate Director, Arup (for item 7)", 200)], top=170),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status, e.role) for e in roll.entries] == [
        ("Con Burke", "in_attendance", "Chief Executive"),
        ("Jo Rice", "in_attendance", "Director of Services, Roads, Transport and Environment"),
        ("Eve Tully", "in_attendance", "Senior Planner"),
        ("Lia Crowe", "also_present", "Associate Director")]


def test_members_a_line_each_beside_what_they_represent():
    lines = [
        make_columns([("PRESENT:", 60), ("Chair Ada Wolfe", 180), ("Electoral Area D", 380)], top=100),
        make_columns([("Director Bo Lind", 180), ("Town of Ferris (participated", 380)], top=114),
        make_columns([("electronically)", 380)], top=128),
        make_columns([("Alternate Director Cy Moss", 180), ("Village of Erne (for Director", 380)], top=142),
        make_columns([("Quan)", 380)], top=156),
        make_columns([("REGRETS:", 60), ("Director Di Quan", 180), ("Village of Erne", 380)], top=170),
        make_columns([("ABSENT:", 60), ("Director Ed Roth", 180), ("Electoral Area E", 380)], top=184),
        make_columns([("DELEGATION:", 60), ("Fay Ng", 180), ("Executive Director, Erne Lakes Society", 380)], top=198),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [
        ("Ada Wolfe", "present"), ("Bo Lind", "virtual"), ("Cy Moss", "substitute"), ("Di Quan", "apologies"),
        ("Ed Roth", "absent"), ("Fay Ng", "also_present")]
    assert roll.entries[2].substitute_for == "Quan"


def test_a_grid_of_names_in_two_columns_is_no_list_of_members_and_what_they_represent():
    lines = [
        make_columns([("Members Present:", 60), ("Cllr Ann Byrne", 180), ("Cllr Kate Lyons", 360)], top=100),
        make_columns([("Cllr Noel Burke", 180), ("Cllr Sean Rua", 360)], top=114),
        make_columns([("Cllr Tom Coyle", 180), ("Cllr Bea Nash", 360)], top=128),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert sorted(e.name for e in roll.entries) == ["Ann Byrne", "Bea Nash", "Kate Lyons", "Noel Burke", "Sean Rua", "Tom Coyle"]


def test_present_electronically_is_virtual():
    lines = [make_columns([("Council Present:", 60), ("Mayor Ada Wolfe", 200)], top=100),
             make_columns([("Present Electronically:", 60), ("Councillor Bo Lind", 200)], top=114)]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [("Ada Wolfe", "present"), ("Bo Lind", "virtual")]


def test_a_councillor_of_another_body_with_a_note_in_brackets():
    people = parse_people("County Cllr Ada Nwosu (from 7.41pm to 8.02pm)")
    assert [(p.name, p.role) for p in people] == [("Ada Nwosu", "County Councillor")]


def test_apologies_were_also_received_from():
    roll = _apologies_item(["Apologies were received from Cllr Jo Byrne.",
                            "Apologies were also received from District Cllr Cy Hale."])
    got = [(e.name, e.status) for e in roll.entries]
    assert ("Cy Hale", "apologies") in got and ("Jo Byrne", "apologies") in got
    assert not [name for name, _ in got if "received" in name]


def test_a_second_paragraph_of_a_list_in_its_column_and_police_ranks():
    lines = [
        make_columns([("Present:", 60), ("Councillors Ada Kerr (Convener), Ian Bell and Joan Muir.", 200)], top=100),
        make_columns([("In Attendance:", 60), ("Graeme Orr, Head of Licensing; Lorna Tait, Team Leader;", 200)], top=128),
        make_columns([("Fiona Roy, Committee Officer.", 200)], top=142),
        make_columns([("Sergeant Neil Pratt and Constable Ruth Agnew, Police Scotland (items 10 to 12).", 200)], top=170),
        make_columns([("Chair:", 60), ("Councillor Kerr.", 200)], top=198),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [
        ("Ada Kerr", "present"), ("Ian Bell", "present"), ("Joan Muir", "present"), ("Graeme Orr", "in_attendance"),
        ("Lorna Tait", "in_attendance"), ("Fiona Roy", "in_attendance"), ("Neil Pratt", "in_attendance"),
        ("Ruth Agnew", "in_attendance")]
    # an office holder named by title and surname is no second person ("Chair: Councillor Kerr")
    assert parse_people("Fire Chief-MLEO Will Bates, and Clerk Kris Hodge")[0].name == "Will Bates"


def test_offices_and_groups_as_labels_inside_a_list_and_a_footnote_under_it():
    lines = [
        make_columns([("I Láthair / Present:", 60)], top=100, bold=True),
        make_columns([("Cathaoirleach:", 60), ("Cllr Ann Hayes (presiding)", 180)], top=114),
        make_columns([("Comhairleoirí:", 60), ("Cllr Ben Ahern", 180)], top=128),
        make_columns([("Cllr Cy Moran*", 180)], top=142),
        make_columns([("Remote attendance:", 60), ("Cllr Dee Quill (via Microsoft Teams)", 180)], top=156),
        make_columns([("* Cllr Moran joined the meeting at 10.25 a.m.", 180)], top=170, size=8.5),
        make_columns([("Oifigigh / Officials in Attendance:", 60)], top=192, bold=True),
        make_columns([("Ms Eve Roche, District Manager", 180)], top=206),
        make_columns([("Also in Attendance:", 60)], top=228, bold=True),
        make_columns([("Mr Finn Dwyer, Local Authority Liaison, Uisce Éireann (for item", 180)], top=242),
        make_columns([("25/25)", 180)], top=256),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [
        ("Ann Hayes", "present"), ("Ben Ahern", "present"), ("Cy Moran", "present"), ("Dee Quill", "virtual"),
        ("Eve Roche", "in_attendance"), ("Finn Dwyer", "also_present")]


def test_a_member_marked_remote_in_brackets_is_virtual():
    people = parse_people("Mrs F Urquhart, Mr H MacLennan (remote), Mr D Bain")
    assert [(p.name, p.virtual) for p in people] == [("F Urquhart", False), ("H MacLennan", True), ("D Bain", False)]


def test_people_side_by_side_each_with_a_title_and_the_chair_note():
    people = parse_people("Cllr Pat Whit (Town Mayor) - in the Chair, Cllr Rich Amber (Deputy Mayor) Cllr Ada Nwosu, Cllr Sun Bhatt")
    assert [(p.name, p.role) for p in people] == [("Pat Whit", "Town Mayor"), ("Rich Amber", "Deputy Mayor"),
                                                  ("Ada Nwosu", None), ("Sun Bhatt", None)]


def test_a_member_absent_without_apology_in_a_sentence_that_mentions_an_apology():
    roll = _apologies_item(["Cllr Ian Dace was absent; no apology had been received by the Town Clerk."])
    assert ("Ian Dace", "absent") in [(e.name, e.status) for e in roll.entries]
    assert not [e for e in roll.entries if "Clerk" in e.name]


def test_a_sederunt_in_paragraphs_with_representatives_and_a_substitute():
    lines = [
        make_columns([("Sederunt:", 60), ("Councillor Fay Mac (Convener); Councillors Sol Baird, Ann Kennoway (as", 160)], top=100),
        make_columns([("substitute for Councillor Ross Mill) and Ian Yule.", 160)], top=114),
        make_columns([("Religious Representatives: Reverend Dr Moira Sinc and Father Dom Raff.", 160)], top=138),
        make_columns([("Non-voting Representatives: Ms Lorna Gil (Teacher Representative).", 160)], top=162),
        make_columns([("Apologies:", 60), ("Councillors Kirsty Bal and Ross Mill.", 160)], top=186),
    ]
    head = Heading(index=len(lines), number="16", title="APOLOGIES FOR ABSENCE", body_start=len(lines) + 1)
    lines += stack([("16. APOLOGIES FOR ABSENCE", 40, {"bold": True}),
                    ("Apologies for absence were intimated on behalf of Councillors Bal and Mill.", 80)], start=214)
    roll = read_attendance(lines, MinutesParts(headings=[head], preamble_end=head.index))
    got = [(e.name, e.status) for e in roll.entries]
    assert got == [("Fay Mac", "present"), ("Sol Baird", "present"), ("Ann Kennoway", "substitute"), ("Ian Yule", "present"),
                   ("Moira Sinc", "present"), ("Dom Raff", "present"), ("Lorna Gil", "present"),
                   ("Kirsty Bal", "apologies"), ("Ross Mill", "apologies")]
    assert roll.entries[2].substitute_for == "Ross Mill"


def test_a_column_of_offices_before_the_names_and_officers_a_line_each_with_brackets():
    lines = [
        make_columns([("PRESENT:", 60), ("Chairperson", 180), ("Her Worship the Mayor Ana Hale", 300)], top=100),
        make_columns([("Members", 180), ("Cr Bo Kingi", 300)], top=114),
        make_columns([("Cr Cy Fifita (via audio-visual link)", 300)], top=128),
        make_columns([("IN ATTENDANCE:", 60), ("Dee Varcoe (General Manager Finance and Corporate Services)", 180)], top=152),
        make_columns([("Eli Parata (Manager Strategy and Policy)", 180)], top=166),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [
        ("Ana Hale", "present"), ("Bo Kingi", "present"), ("Cy Fifita", "virtual"), ("Dee Varcoe", "in_attendance"),
        ("Eli Parata", "in_attendance")]


def test_a_person_a_line_the_name_first_then_office_and_district():
    lines = [
        make_columns([("PRESENT:", 60), ("Dale R. Whit, Chair, Oak Hill District", 240)], top=100),
        make_columns([("Lorna P. Oka, Vice-Chair, Tinsley District", 240)], top=114),
        make_columns([("Hal J. Brandt, Courthouse District", 240)], top=128),
    ]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [("Dale R Whit", "present"), ("Lorna P Oka", "present"),
                                                          ("Hal J Brandt", "present")]
    # a list of names run on over two lines is no such list
    lines = [make_columns([("Commissioners Present:", 60), ("Ann Qai, Zach Mai, Mel Prest,", 240)], top=100),
             make_columns([("Ben Mun, Todd Fein", 240)], top=114)]
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [e.name for e in roll.entries] == ["Ann Qai", "Zach Mai", "Mel Prest", "Ben Mun", "Todd Fein"]


def test_a_court_convened_with_its_members_in_a_table_and_the_officials_also_present_after_it():
    from agendapack.extractors.minutes.extract import extract_minutes
    from agendapack.extractors.minutes.nlp import load_nlp
    from tests.lines import make_columns
    from tests.test_minutes_rules import lines_of
    nlp = load_nlp("blank")
    lines = lines_of([("BE IT REMEMBERED that on Monday, the 14th day of April, 2031, at 9:00 a.m., the Court", 60, False, 0),
                      ("convened in Regular Session with the following members present, to-wit:", 60, False, 1)])
    top = lines[-1].top
    for row in [[("Wendy P. Hart", 110), ("County Judge", 330)], [("Dora A. Rios", 110), ("Commissioner, Precinct 1", 330)],
                [("Troy L. Kemp", 110), ("Commissioner, Precinct 2", 330)],
                [("and", 60), ("Gina S. Ober", 110), ("Commissioner, Precinct 4, absent,", 330)]]:
        top += 13
        lines.append(make_columns(row, top=top))
    lines += lines_of([("constituting a quorum. Also present were Lara M. Tibb, County Clerk; Mark J. Dela, County", 60, False, 0),
                       ("Attorney; Clif R. Ames, Fire Marshal; and the following proceedings were had, to-wit:", 60, False, 1),
                       ("Item 1. Call to Order", 60, False, 2), ("Judge Hart called the meeting to order.", 90, False, 1),
                       ("Item 2. Public Comments", 60, False, 2), ("None.", 90, False, 1)], start=top + 13)
    m = extract_minutes(lines, nlp)
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("Clif R Ames", "in_attendance"), ("Dora A Rios", "present"), ("Gina S Ober", "absent"), ("Lara M Tibb", "in_attendance"),
        ("Mark J Dela", "in_attendance"), ("Troy L Kemp", "present"), ("Wendy P Hart", "present")]


def test_the_member_presiding_on_a_line_of_their_own_and_irish_names_with_a_lower_case_prefix():
    from agendapack.extractors.minutes.extract import extract_minutes
    from agendapack.extractors.minutes.nlp import load_nlp
    from tests.test_minutes_rules import lines_of
    m = extract_minutes(lines_of([
        ("Minutes of the Monthly Meeting of Barra County Council held on Monday, 10th March, 2031 at 2.00 p.m.", 60, False, 0),
        ("Cathaoirleach: Cllr. Pádraig Mac Giolla Phádraig", 60, False, 2),
        ("Present: Cllr. Colm Ó hAodha, Cllr. Síle Ní Bhriain and Cllr. Enda Rabbitte.", 60, False, 2),
        ("MM 24/31 Votes of Sympathy", 40, True, 2), ("Votes of sympathy were extended.", 60, False, 1),
        ("MM 25/31 Notice of Motion", 40, True, 2),
        ("The motion was put to a vote by a show of hands, with 11 members voting in favour, 13 against and", 60, False, 1),
        ("no abstentions. The Cathaoirleach declared the motion defeated.", 60, False, 1)]), load_nlp("blank"))
    assert sorted(a.name for a in m.attendance if a.status == "present") == [
        "Colm Ó hAodha", "Enda Rabbitte", "Pádraig Mac Giolla Phádraig", "Síle Ní Bhriain"]
    assert [(v.counts.yes, v.counts.no, v.counts.abstain) for v in m.items[1].votes] == [(11, 13, 0)]


def test_guests_in_two_columns_closed_by_members_of_the_public_and_a_member_with_initials_absent():
    from agendapack.extractors.minutes.extract import extract_minutes
    from agendapack.extractors.minutes.nlp import load_nlp
    from tests.lines import make_columns
    from tests.test_minutes_rules import lines_of
    lines = lines_of([("MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON TUESDAY 12TH NOVEMBER 2031 AT 7.00PM", 60, True, 0)])
    top = lines[-1].top + 13
    for row in [[("Also present:", 40), ("District Cllr R. Mabey", 200), ("Wexvale District Council (to FC/31/113)", 420)],
                [("County Cllr S. Venn", 200), ("Loamshire County Council (to FC/31/105)", 420)],
                [("PCSO K. Haddow", 200), ("Loamshire Police (to FC/31/105)", 420)],
                [("3 members of the public", 200)]]:
        top += 13
        lines.append(make_columns(row, top=top))
    lines += lines_of([("FC/31/101 APOLOGIES FOR ABSENCE", 40, True, 0),
                       ("Apologies were received and accepted from Cllr A. Stebbing. Cllr F. Upjohn was absent.", 160, False, 1),
                       ("FC/31/102 DECLARATIONS OF INTEREST", 40, True, 2), ("None were made.", 160, False, 1)], start=top + 26)
    m = extract_minutes(lines, load_nlp("blank"))
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("A Stebbing", "apologies"), ("F Upjohn", "absent"), ("K Haddow", "also_present"), ("R Mabey", "also_present"),
        ("S Venn", "also_present")]


def test_an_office_named_with_the_body_it_serves_before_the_name():
    people = parse_people("County Manager Gregory L. Parnell, Clerk to the Board Tamsin R. Credle and Secretary of the "
                          "Commission Ann Ho")
    assert [(p.name, p.role) for p in people] == [("Gregory L Parnell", "County Manager"), ("Tamsin R Credle", "Clerk to the Board"),
                                                  ("Ann Ho", "Secretary of the Commission")]


def test_titles_in_two_languages_and_a_list_going_on_in_columns_under_its_label():
    from agendapack.extractors.minutes.extract import extract_minutes
    from agendapack.extractors.minutes.nlp import load_nlp
    from agendapack.extractors.minutes.votes import counts_in
    from tests.lines import make_columns
    from tests.test_minutes_rules import lines_of
    lines = lines_of([("MINUTES OF THE MONTHLY MEETING OF THE FULL COUNCIL HELD ON MONDAY 14 OCTOBER 2031 AT 7.00 PM", 60, True, 0),
                      ("Yn bresennol / Present:", 60, False, 2),
                      ("Cyng./Cllr. Elin Pryce (Maer / Mayor)", 80, False, 1),
                      ("Cyng./Cllr. Huw Bevan (Dirprwy Faer / Deputy Mayor)", 80, False, 1)])
    top = lines[-1].top + 26
    for row in [[("Cyng./Cllr. Alun Gwil", 100), ("Cyng./Cllr. Beth Rees", 330)], [("Cyng./Cllr. Cary Tud", 100)]]:
        lines.append(make_columns(row, top=top))
        top += 13
    lines += lines_of([("Ymddiheuriadau / Apologies:", 60, False, 0), ("Cyng./Cllr. Sion Garm", 80, False, 1),
                       ("24/112 CROESO / WELCOME", 40, True, 2), ("The Mayor welcomed everyone.", 160, False, 1)], start=top + 13)
    m = extract_minutes(lines, load_nlp("blank"))
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("Alun Gwil", "present"), ("Beth Rees", "present"), ("Cary Tud", "present"), ("Elin Pryce", "present"),
        ("Huw Bevan", "present"), ("Sion Garm", "apologies")]
    got = counts_in("O blaid / For: 6, Yn erbyn / Against: 3, Ymatal / Abstained: 1")
    assert (got.yes, got.no, got.abstain) == (6, 3, 1)


def test_two_people_an_office_each_joined_by_and():
    people = parse_people("City Administrator Megan Rask, City Clerk Lora Vane, Public Works Director Curt Lind and "
                          "Police Chief Darnell Oak")
    assert [(p.name, p.role) for p in people] == [("Megan Rask", "City Administrator"), ("Lora Vane", "City Clerk"),
                                                  ("Curt Lind", "Public Works Director"), ("Darnell Oak", "Police Chief")]
    # an office's own "and" is no second person
    people = parse_people("City Administrator Megan Rask, City Clerk Lora Vane, Planning and Zoning Director Mari Fuentes")
    assert [(p.name, p.role) for p in people][-1] == ("Mari Fuentes", "Planning and Zoning Director")


def test_scottish_civic_titles_two_offices_in_brackets_and_an_office_before_its_holder_after_a_comma():
    # "Provost" and "Depute Provost" are offices printed before the name, "Bailie" a title
    people = parse_people("Provost Alan Smith (Chair); Depute Provost Beth Jones; Councillors Carl Brown, "
                          "Bailie Fiona Reid and Gavin Shaw")
    assert [p.name for p in people] == ["Alan Smith", "Beth Jones", "Carl Brown", "Fiona Reid", "Gavin Shaw"]
    # the office and the chair, each in brackets, are no part of the name
    people = parse_people("Councillor A Smith (Town Mayor) (in the Chair), Councillors B Jones and C Brown")
    assert [p.name for p in people] == ["A Smith", "B Jones", "C Brown"]
    # each office printed before its holder: the last office is no second office of the one before
    people = parse_people("County Manager Fay White, County Attorney Glen Black, Clerk to the Board Hope Moss")
    assert [(p.name, p.role) for p in people] == [("Fay White", "County Manager"), ("Glen Black", "County Attorney"),
                                                  ("Hope Moss", "Clerk to the Board")]


def test_a_bold_label_ended_by_colon_and_dash_over_a_grid_of_surnames_in_capitals_under_a_banner():
    from agendapack.extractors.minutes.extract import extract_minutes
    from agendapack.extractors.minutes.nlp import load_nlp
    from tests.lines import make_line

    lines, top = [], 60.0

    def add(line, space=14.0):
        nonlocal top
        lines.append(line)
        top += space

    add(make_line("MINUTE OF MEETING OF THE ARDLOCH COUNCIL", x0=150, top=top, bold=True))
    add(make_line("Present:-", x0=60, top=top, bold=True), 20)
    add(make_columns([("Provost Ann KERR", 60), ("Depute Provost Ben ORR", 300)], top=top), 22)
    add(make_line("COUNCILLORS", x0=250, top=top, bold=True), 16)
    add(make_columns([("Cara BELL", 60), ("Dev PATEL", 220), ("Ewan McLEAN", 380)], top=top))
    add(make_columns([("Fay ROSS", 60), ("Gus TAIT", 220)], top=top), 22)
    add(make_columns([("Also present:-", 60), ("Iona Hay, Audit Director, Audit Scotland; Jo Reid MSYP and Kit Law MSYP,", 200)],
                     top=top))
    add(make_line("Scottish Youth Parliament.", x0=200, top=top), 22)
    for k, (title, body) in enumerate([("APOLOGIES", "None were intimated."), ("MINUTES", "The minute was approved."),
                                       ("BUDGET", "The report was noted.")]):
        add(make_line(f"{'I' * (k + 1)} {title}", x0=60, top=top, bold=True, gaps={1: 30}))
        add(make_line(body, x0=60, top=top))
    m = extract_minutes(lines, load_nlp("blank"))
    got = [(a.name.title(), a.status) for a in m.attendance]
    assert got == [(n, "present") for n in ("Ann Kerr", "Ben Orr", "Cara Bell", "Dev Patel", "Ewan Mclean", "Fay Ross", "Gus Tait")] \
        + [(n, "also_present") for n in ("Iona Hay", "Jo Reid", "Kit Law")]


def test_labels_with_a_group_first_notes_after_names_offices_in_brackets_a_line_and_the_public_on_a_line():
    from agendapack.extractors.minutes.attendance import label_of
    from agendapack.extractors.minutes.extract import extract_minutes
    from agendapack.extractors.minutes.nlp import load_nlp

    assert label_of("OBSERVING REMOTELY: Councillor Tom Ash")[0] == "virtual"
    assert label_of("BOARD MEMBER PARTICIPATING REMOTELY: Ms. Cara Obi")[0] == "virtual"
    assert label_of("Department staff in attendance: Finance Director Gail Tesh")[0] == "in_attendance"
    assert label_of("who was attending by audio-visual link from Wellington.") is None
    # a note after the name runs to the next semicolon
    people = parse_people("Ms. Cara Obi (North District), participating from Roanoke, Virginia, pursuant to Section 2.2 "
                          "of the Code of Virginia; Mr. Abe Lund (South District)")
    assert [p.name for p in people] == ["Cara Obi", "Abe Lund"]
    # but "residents Rita Sol" names someone
    assert [p.name for p in parse_people("Nate Gore of Ridgeway Engineering; and residents Rita Sol and Vern Abb")][-2:] \
        == ["Rita Sol", "Vern Abb"]

    rows = [("MEMBERS PRESENT:", "Councillor Pia Rao (electronic participation)", 100), ("", "Councillor Ned Ito", 114),
            ("IN ATTENDANCE:", "Helen Marsh (Town Clerk)", 134), ("", "Gary Toll (Deputy Town Clerk)", 148),
            ("", "Pia Chad (Events Officer) - minutes FC/25/038 to", 162), ("", "FC/25/053", 176),
            ("ALSO PRESENT:", "County Councillor Al Brier (Downshire County Council) - to 7.48 pm", 196),
            ("", "PCSO Kay Whit (Downshire Police) - to 7.26 pm", 210),
            ("GUESTS:", "Rachel Osei, Senior Planner, County of Glenmoor (Items 7.1 and 8.4)", 230),
            ("", "Dana Whit, Oakridge Falls Gazette", 244), ("", "Approximately 12 members of the public", 258)]
    lines = [make_columns([(label, 60), (names, 220)] if label else [(names, 220)], top=top) for label, names, top in rows]
    lines += stack([("1. APOLOGIES", 60, {"bold": True}), ("None.", 60), ("2. MINUTES", 60, {"bold": True}),
                    ("Approved.", 60), ("3. CLOSE", 60, {"bold": True}), ("The meeting closed.", 60)], start=280)
    m = extract_minutes(lines, load_nlp("blank"))
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Pia Rao", "virtual"), ("Ned Ito", "present"), ("Helen Marsh", "in_attendance"), ("Gary Toll", "in_attendance"),
        ("Pia Chad", "in_attendance"), ("Al Brier", "also_present"), ("Kay Whit", "also_present"),
        ("Rachel Osei", "also_present"), ("Dana Whit", "also_present")]


def test_offices_before_their_holders_in_brackets_with_commas_and_notes_of_the_items_attended():
    people = parse_people("Area Manager, Mearns (K Blackhall); Team Manager, Planning and Environment (C Dey); "
                          "Planner (J Ritchie) (Item 7C only); Principal Engineer, Roads (P Lamont); Committee Officer (R Forbes).")
    assert [(p.name, p.role) for p in people] == [
        ("K Blackhall", "Area Manager, Mearns"), ("C Dey", "Team Manager, Planning and Environment"), ("J Ritchie", "Planner"),
        ("P Lamont", "Principal Engineer, Roads"), ("R Forbes", "Committee Officer")]


def test_a_member_a_line_with_office_and_district_a_nickname_in_quotes_and_a_note_of_remote_attendance():
    from agendapack.extractors.minutes.attendance_lines import _block_entries
    block = ["Willie J. McCutcheon, Chairman, District 3", "Lorraine B. Hucks, Councilwoman, District 4 (participated by telephone)",
             'Carl E. "Buddy" Rogers, Councilman, District 8 (departed at 8:05 p.m.)', "Annette P. Whitlock, Councilwoman, District 9"]
    entries, _ = _block_entries(block, [], "present", 1)
    assert [(e.name, e.status) for e in entries] == [("Willie J McCutcheon", "present"), ("Lorraine B Hucks", "virtual"),
                                                     ("Carl E Buddy Rogers", "present"), ("Annette P Whitlock", "present")]


def test_an_office_with_its_holder_and_the_chair_in_brackets_and_a_note_ending_at_the_next_titled_person():
    people = parse_people("The Mayor (Councillor Fearon) (Chair); The Deputy Mayor (Alderman Gilliland); Aldermen Baxter and Brennan")
    assert [(p.name, p.role) for p in people] == [("Fearon", "The Mayor"), ("Gilliland", "The Deputy Mayor"),
                                                  ("Baxter", None), ("Brennan", None)]
    people = parse_people("Mrs Shona Coutts, objector (Item 5(b)), Mr Robert Gauld, Gauld Planning Ltd, Ms Annie Fyfe, Secretary")
    assert [p.name for p in people] == ["Shona Coutts", "Robert Gauld", "Annie Fyfe"]


def test_every_presiding_office_is_one_list_for_the_holder_line_the_roster_and_the_deputies():
    # an office over its holder on a line of its own: the Mayor as much as the Provost
    for line in ("Mayor: Cr Ken Pollard", "Provost: Cllr Ann Moir", "Cathaoirleach: Cllr Eoin Daly"):
        assert att.PRESIDING_LINE.match(line)
    # a deputy of a presiding office sits; a deputy of an officer attends for them
    assert att.ACTING_ROLE.match("Deputy Convener") is None
    assert att.ACTING_ROLE.match("Depute Provost") is None
    assert att.ACTING_ROLE.match("Deputy Clerk")
    assert att.PRESIDING_ROLE.match("Vice Convener") and att.PRESIDING_ROLE.match("Deputy Mayor")


def test_names_in_capitals_one_after_another_are_people_not_affiliations():
    people = parse_people("Councillors MORVEN DALE, CALUM REID, NEIL ARDEN, ANN McCRAE and IAIN ROSS.")
    assert [(p.name, p.role) for p in people] == [("MORVEN DALE", None), ("CALUM REID", None), ("NEIL ARDEN", None),
                                                  ("ANN McCRAE", None), ("IAIN ROSS", None)]
    # an affiliation or an office in capitals after a name in capitals is still theirs
    people = parse_people("JOHN SMITH, TOWN CLERK; ANN GREEN, VDC")
    assert [(p.name, p.role) for p in people] == [("JOHN SMITH", "TOWN CLERK"), ("ANN GREEN", "VDC")]


def test_opening_minutes_titled_as_attendance_labels_are_the_labels_of_their_lists():
    lines = stack([("KMD 10/31   MEMBERS PRESENT", 40, {"bold": True}),
                   ("Cllr. Aoife Nolan (Cathaoirleach), Cllr. Eamon Tracey and Cllr. Rory Keane.", 120), None,
                   ("KMD 11/31   APOLOGIES", 40, {"bold": True}),
                   ("Apologies were received from Cllr. Fiona Lane.", 120), None,
                   ("KMD 12/31   OFFICIALS PRESENT", 40, {"bold": True}),
                   ("Mary Kerr, S.E.E./Area Manager, Roads & Transportation; Tom Foy, Executive Engineer,", 120),
                   ("Water & Environment; Ann Daly, Staff Officer.", 120), None,
                   ("Members of the press were also present.", 120), None,
                   ("KMD 13/31   ROADS PROGRAMME", 40, {"bold": True}),
                   ("The Area Manager presented the programme.", 120)])
    heads = [Heading(index=0, number="KMD 10/31", title="MEMBERS PRESENT", body_start=1),
             Heading(index=2, number="KMD 11/31", title="APOLOGIES", body_start=3),
             Heading(index=4, number="KMD 12/31", title="OFFICIALS PRESENT", body_start=5),
             Heading(index=8, number="KMD 13/31", title="ROADS PROGRAMME", body_start=9)]
    roll = read_attendance(lines, MinutesParts(headings=heads, preamble_end=0))
    got = {(e.name, e.status) for e in roll.entries}
    assert {("Aoife Nolan", "present"), ("Eamon Tracey", "present"), ("Rory Keane", "present"),
            ("Fiona Lane", "apologies"), ("Mary Kerr", "in_attendance"), ("Tom Foy", "in_attendance"),
            ("Ann Daly", "in_attendance")} == got  # no department a person, no sentence a list


def test_a_roster_with_offices_left_of_the_names_and_notes_of_time_and_link_right_of_them():
    rows = [[("PRESENT", 60)],
            [("Mayor", 60), ("Rua Tane (Chairperson)", 170)],
            [("Deputy Mayor", 60), ("Ana Lusk", 170)],
            [("Councillors", 60), ("Wiremu Hale", 170)],
            [("Peter van der Berg", 170), ("until 11.48am", 345)],
            [("Huia Kani", 170), ("via audio-visual link", 345)],
            [("Colin Mair", 170)],
            None,
            [("APOLOGY", 60)],
            [("Councillor", 60), ("Dora Fenn-Hunt", 170)],
            None,
            [("ALSO PRESENT", 60)],
            [("Tipene Nico", 170), ("Te Runanga o Ruatane", 345)],
            [("representative (non-voting)", 345)],
            [("Hemi Tapp", 170), ("Ratepayers' Association", 345)],
            [("Media: 1 (Ruatane Herald)  Members of the public: 6", 170)],
            None,
            [("1    OPENING KARAKIA", 60)],
            [("Cr Hale opened the meeting.", 60)]]
    lines, top = [], 100.0
    for row in rows:
        top += 16 if row is None else 14
        if row is not None:
            lines.append(make_columns(row, top=top))
    head = Heading(index=len(lines) - 2, number="1", title="OPENING KARAKIA", body_start=len(lines) - 1)
    roll = read_attendance(lines, MinutesParts(headings=[head], preamble_end=len(lines) - 2))
    got = {(e.name, e.status, e.role) for e in roll.entries}
    assert got == {("Rua Tane", "present", "Chairman"), ("Ana Lusk", "present", "Deputy Mayor"),
                   ("Wiremu Hale", "present", None), ("Peter van der Berg", "present", None),
                   ("Huia Kani", "virtual", None), ("Colin Mair", "present", None),
                   ("Dora Fenn-Hunt", "apologies", None),
                   ("Tipene Nico", "also_present", "Te Runanga o Ruatane representative"),
                   ("Hemi Tapp", "also_present", "Ratepayers' Association")}


def test_offices_in_a_column_between_label_and_names_a_video_label_and_a_list_ended_by_a_sentence():
    rows = [[("Present - Chairman:", 100), ("Wendell Lassen", 240)],
            [("Vice Chairman:", 150), ("Patricia Misen", 240)],
            [("Commissioners:", 150), ("Roy Barr", 240)],
            [("Dale Furch", 240)],
            [("Present via Video Conference -", 100)],
            [("Commissioner:", 150), ("Kendra Ply", 240)],
            [("Also present were Greg Spain, County Manager; Sharon Ket, Clerk to the Board.", 100)],
            [("Chairman Lassen called the meeting to order at 6:30 p.m.", 100)],
            [("Pastor Lem Hart from Bethpage Church delivered the invocation.", 100)],
            [("(A) APPROVAL OF MINUTES", 60)],
            [("The minutes were approved.", 100)]]
    lines = [make_columns(row, top=100 + 14 * k) for k, row in enumerate(rows)]
    head = Heading(index=len(lines) - 2, number="A", title="APPROVAL OF MINUTES", body_start=len(lines) - 1)
    roll = read_attendance(lines, MinutesParts(headings=[head], preamble_end=len(lines) - 2))
    got = {(e.name, e.status) for e in roll.entries}
    assert got == {("Wendell Lassen", "present"), ("Patricia Misen", "present"), ("Roy Barr", "present"),
                   ("Dale Furch", "present"), ("Kendra Ply", "virtual"), ("Greg Spain", "also_present"),
                   ("Sharon Ket", "also_present")}


def test_a_bilingual_grid_of_labels_naming_members_officials_and_the_remote_and_titled_people_with_affiliations():
    rows = [[("I LÁTHAIR / PRESENT:", 60)],
            [("Cathaoirleach:", 60), ("Cllr. Declan Flood", 200)],
            [("Baill / Members:", 60), ("Cllrs. Bríd Nic Aodha (Leas-Chathaoirleach), Séamus Kilgore,", 200)],
            [("Pádraig Mullen", 200)],
            [("Remotely:", 60), ("Cllr. Gerard Tully (via Microsoft Teams)", 200)],
            [("Oifigigh / Officials:", 60), ("Mr. Fergal Dow, Director of Services; Ms. Orla Kean, Meetings", 200)],
            [("Administrator.", 200)],
            [("Also Present:", 60), ("Ms. Dearbhla Quin, Associate, Hollin Consulting Engineers; Mr. Joe", 200)],
            [("Naught, Kilcarrig Tidy Towns; Ms. Mary Conn, Kilcarrig Tidy Towns.", 200)],
            [("Confirmation of Minutes", 60), ("KMD 31/074", 460)],
            [("The minutes were confirmed.", 60)]]
    lines = [make_columns(row, top=100 + 14 * k) for k, row in enumerate(rows)]
    head = Heading(index=len(lines) - 2, number="KMD 31/074", title="Confirmation of Minutes", body_start=len(lines) - 1)
    roll = read_attendance(lines, MinutesParts(headings=[head], preamble_end=len(lines) - 2))
    got = {(e.name, e.status) for e in roll.entries}
    assert got == {("Declan Flood", "present"), ("Bríd Nic Aodha", "present"), ("Séamus Kilgore", "present"),
                   ("Pádraig Mullen", "present"), ("Gerard Tully", "virtual"), ("Fergal Dow", "in_attendance"),
                   ("Orla Kean", "in_attendance"), ("Dearbhla Quin", "also_present"), ("Joe Naught", "also_present"),
                   ("Mary Conn", "also_present")}


def test_notes_in_square_brackets_an_office_spoken_of_before_the_name_and_the_media():
    people = parse_people("His Worship the Mayor, Mr PJ Hare (Chairperson); Cr DL Beau [from 9.52am]; "
                          "Cr TE Rangi [until 11.12am and then from 11.20am]; Cr GF Stan")
    assert [p.name for p in people] == ["PJ Hare", "DL Beau", "TE Rangi", "GF Stan"]
    assert [p.name for p in parse_people("Her Worship the Mayor Helen Marsh")] == ["Helen Marsh"]
    assert att.label_of("Media:")[0] == "also_present"
