"""Township minutes as word processors export them (issue 13, round 2), on hand-built lines with
invented names; the generated PDFs of the same layouts are in tests/test_minutes_unseen.py
(styles "typo_*" of scripts/samplegen/styles_minutes.py).

* headings in capitals run straight into their paragraph with no colon, set apart by weight or by
  the change to mixed case ("CALL TO ORDER Supervisor Wells called ...");
* a roll call wrapped between a name and its vote ("Trustee Marsh" / "– yes, ..."), or over a page
  break after "Trustee Marsh:";
* answers joined to names by commas ("Trustee Elton, Yea, Trustee Marsh, Nay");
* "All were in favor." as the only result of a motion; names printed in capitals after an office.
"""

from agendapack.extractors.minutes.attendance import split_name
from agendapack.extractors.minutes.extract import extract_minutes
from agendapack.extractors.minutes.headings import find_headings
from agendapack.extractors.minutes.item import analyse_item
from agendapack.extractors.minutes.nlp import load_nlp
from agendapack.extractors.minutes.text import paragraphs
from agendapack.extractors.minutes.votes import named_votes
from agendapack.extractors.text.layer import Line, Word

SIZE = 11.0
NLP = load_nlp("blank")


def line(text, top, x0=60.0, bold_words=0, page=1):
    """A line; its first `bold_words` words in bold (a heading run into its text)."""
    words, x = [], x0
    for k, w in enumerate(text.split()):
        width = 5.5 * len(w)
        words.append(Word(w, x, x + width, top, top + SIZE, SIZE, k < bold_words))
        x += width + 3.0
    return Line(text, page, x0, x, top, top + SIZE, SIZE, bold_words * 2 > len(words), tuple(words))


def test_capital_headings_run_into_their_paragraph_without_a_colon():
    lines = [
        line("CALL TO ORDER Supervisor Ann Wells called the meeting to order at 7:00 p.m.", 60, 90, bold_words=3),
        line("ROLL CALL Present: Supervisor Ann Wells, Clerk Gary Novak and Trustee Carl Ames.", 80, 90, bold_words=2),
        line("PUBLIC COMMENT None.", 100, 90, bold_words=2),
        # in one weight, two capital words or more before mixed case
        line("NEW BUSINESS The board discussed the hall roof.", 120, 90),
        line("ADJOURNMENT The meeting adjourned at 8:00 p.m.", 140, 90, bold_words=1),
    ]
    heads = find_headings(lines, {1: 600}).headings
    assert [h.title for h in heads] == ["CALL TO ORDER", "ROLL CALL", "PUBLIC COMMENT", "NEW BUSINESS", "ADJOURNMENT"]
    m = extract_minutes(lines, NLP)
    assert {(a.name, a.status) for a in m.attendance} == {
        ("Ann Wells", "present"), ("Gary Novak", "present"), ("Carl Ames", "present")}


def test_capital_words_that_open_a_sentence_are_no_heading():
    # one capital word in plain type, or an article: "A motion ...", "FEMA funding ..."
    lines = [
        line("OLD BUSINESS", 60),
        line("FEMA funding for the culvert was discussed.", 80),
        line("A motion was made to table the item.", 100),
        line("NEW BUSINESS", 120),
        line("ADJOURNMENT", 140),
    ]
    assert [h.title for h in find_headings(lines, {1: 600}).headings] == ["OLD BUSINESS", "NEW BUSINESS", "ADJOURNMENT"]


def test_a_dash_wrapped_before_a_vote_goes_on_with_the_sentence():
    lines = [
        line("Motion by Trustee Ames, seconded by Clerk Novak, to buy a mower. Roll call vote: Trustee Ames", 60),
        line("– yes, Clerk Novak – yes, Supervisor Wells – no, Trustee Marsh", 74),
        line("– yes. Motion carried.", 88),
        line("– A dashed point of its own.", 102),  # after a full stop, in capitals: a point
    ]
    paras = paragraphs(lines)
    assert [len(p.lines) for p in paras] == [3, 1]
    _r, motions, votes = analyse_item(lines[:3], "x.", NLP)
    assert (votes[0].counts.yes, votes[0].counts.no) == (3, 1)
    assert votes[0].voters["no"] == ["Wells"]


def test_a_roll_call_runs_on_over_a_page_break():
    lines = [
        line("Motion by Trustee Ames, seconded by Clerk Novak, to buy a mower. Roll call vote: Trustee Ames:", 740),
        line("yes, Clerk Novak: yes, Supervisor Wells: no. Motion carried.", 60, page=2),
    ]
    assert len(paragraphs(lines)) == 1
    _r, _m, votes = analyse_item(lines, "x.", NLP)
    assert (votes[0].result, votes[0].counts.yes, votes[0].counts.no) == ("carried", 2, 1)


def test_answers_joined_to_names_by_commas():
    assert named_votes("Trustee Elton, Yea, Trustee Marsh, Nay, Clerk Baird, yea, Trustee Dorsey, Absent") == [
        ("yes", "Elton"), ("no", "Marsh"), ("yes", "Baird"), ("absent", "Dorsey")]
    # names listed with no answers are no roll call
    assert named_votes("Trustee Elton, Trustee Marsh, Clerk Baird") == []


def test_all_in_favor_is_the_result_of_the_motion_it_answers():
    _r, motions, votes = analyse_item([line("Motion by Trustee Marsh, seconded by Trustee Elton, to adjourn at 8:05", 60),
                                       line("p.m. All were in favor.", 74)], "x.", NLP)
    assert [(m.mover, m.seconder, m.result) for m in motions] == [("Marsh", "Elton", "carried")]
    assert [(v.result, v.counts.yes) for v in votes] == [("carried", None)]
    # followed by a result, one vote only
    _r, motions, votes = analyse_item([line("Motion by Trustee Marsh, seconded by Trustee Elton, to adjourn. All were", 60),
                                       line("in favor. Motion failed.", 74)], "x.", NLP)
    assert [v.result for v in votes] == ["lost"]


def test_names_in_capitals_after_an_office():
    assert (split_name("CLERK NOVAK").name, split_name("CLERK NOVAK").role) == ("NOVAK", "CLERK")
    assert split_name("Clerk Gary Novak").name == "Gary Novak"


def test_capital_headings_a_point_or_two_apart_are_one_style():
    # indents either side of a 4-point boundary (69.9 and 71.8) are one margin
    lines = [line("CALL TO ORDER", 60, 71.8), line("The meeting opened at 7 p.m.", 74, 72.0),
             line("ROLL CALL", 100, 69.9), line("All members were present.", 114, 72.0),
             line("NEW BUSINESS", 140, 70.1), line("The board discussed the roof.", 154, 72.0),
             line("ADJOURNMENT", 180, 72.3)]
    assert [h.title for h in find_headings(lines, {1: 600}).headings] == [
        "CALL TO ORDER", "ROLL CALL", "NEW BUSINESS", "ADJOURNMENT"]


def test_a_numbered_list_inside_one_section_does_not_hide_the_capital_headings():
    body = [line("CALL TO ORDER", 60), line("The meeting opened at 7 p.m.", 74),
            line("ROLL CALL", 100), line("All members were present.", 114),
            line("APPROVAL OF MINUTES", 130), line("Motion carried.", 144),
            line("NEW BUSINESS", 160), line("1. Approve the bills as presented.", 174, 75),
            line("2. Buy a mower for the cemetery.", 188, 75), line("3. Repair the hall roof.", 202, 75),
            line("PUBLIC COMMENT", 230), line("None.", 244), line("ADJOURNMENT", 260)]
    assert [(h.number, h.title) for h in find_headings(body, {1: 600}).headings] == [
        (None, "CALL TO ORDER"), (None, "ROLL CALL"), (None, "APPROVAL OF MINUTES"), (None, "NEW BUSINESS"),
        (None, "PUBLIC COMMENT"), (None, "ADJOURNMENT")]


def test_a_title_over_the_meetings_date_is_no_minute_and_gives_the_date():
    lines = [line("Town of Harwick", 40), line("HARWICK TOWNSHIP REGULAR BOARD MEETING", 60),
             line("October 9, 2024", 80, 250), line("The meeting was called to order at 7:00 PM.", 100),
             line("APPROVAL OF MINUTES", 130), line("The minutes were approved.", 144),
             line("REPORTS", 170), line("The supervisor reported on the roof.", 184),
             line("ADJOURNMENT", 210), line("The meeting closed at 7:55 PM.", 224)]
    minutes = extract_minutes(lines, NLP, {1: 600})
    assert [it.title for it in minutes.items] == ["APPROVAL OF MINUTES", "REPORTS", "ADJOURNMENT"]
    assert minutes.meeting.date == "2024-10-09"


def test_officers_also_present_are_in_attendance_others_also_present():
    lines = [line("HARWICK TOWNSHIP BOARD MINUTES", 40),
             line("Board members present were Trustee Elton, Trustee Marsh and Supervisor Hale. Clerk Baird", 60),
             line("was also present. Dana Reyes was also present.", 74),
             line("APPROVAL OF MINUTES", 100), line("The minutes were approved.", 114),
             line("REPORTS", 140), line("None.", 154), line("ADJOURNMENT", 180)]
    minutes = extract_minutes(lines, NLP, {1: 600})
    got = {(a.name, a.status) for a in minutes.attendance}
    assert got == {("Elton", "present"), ("Marsh", "present"), ("Hale", "present"), ("Baird", "in_attendance"),
                   ("Dana Reyes", "also_present")}


def test_a_capital_heading_runs_on_in_mixed_case_to_its_dash():
    lines = [line("CALL TO ORDER", 60), line("The meeting opened at 7 p.m.", 74),
             line("REPORTS", 100), line("Clerk Baird reported on early voting.", 114),
             line("APPROVAL OF Town Fund Bills \u2013 Motion to approve the bills was made by Trustee Elton.", 140),
             line("Road Fund Bills \u2013 Motion to approve the road bills was made by Trustee Marsh.", 160),
             line("ADJOURNMENT", 190)]
    assert [h.title for h in find_headings(lines, {1: 600}).headings] == [
        "CALL TO ORDER", "REPORTS", "APPROVAL OF Town Fund Bills", "Road Fund Bills", "ADJOURNMENT"]


def test_more_ways_of_printing_who_was_there():
    for printed, want in [
        (["The following members were present: Cllr A Smith, Cllr B Jones, Cllr C Brown."],
         {("A Smith", "present"), ("B Jones", "present"), ("C Brown", "present")}),
        (["Council members in attendance: Mayor Ruiz, Councillor Avery, Councillor Brandt"],
         {("Ruiz", "present"), ("Avery", "present"), ("Brandt", "present")}),
        (["Roll call: Councilmember Avery \u2013 Present; Councilmember Brandt \u2013 Absent; Mayor Ruiz \u2013 Present"],
         {("Avery", "present"), ("Brandt", "absent"), ("Ruiz", "present")}),
        (["Present: A Smith, B Jones", "Members of the public: There were no members of the public present"],
         {("A Smith", "present"), ("B Jones", "present")}),
    ]:
        lines = [line("HARWICK BOARD MINUTES", 40)] + [line(t, 60 + 14 * k) for k, t in enumerate(printed)] + [
            line("CALL TO ORDER", 200), line("The meeting opened.", 214), line("REPORTS", 240), line("None.", 254),
            line("ADJOURNMENT", 280)]
        minutes = extract_minutes(lines, NLP, {1: 600})
        assert {(a.name, a.status) for a in minutes.attendance} == want, printed


def test_minute_numbers_after_the_word_item_or_minute():
    for fmt in ["Item {n}: {t}", "Minute {n} \u2013 {t}"]:
        lines = [line("HARWICK PARISH COUNCIL MINUTES", 40), line("Present: A Smith, B Jones", 56)]
        for k, t in enumerate(["Apologies", "Minutes of the last meeting", "Planning"]):
            text = fmt.format(n=k + 1, t=t)
            lines += [line(text, 80 + 40 * k, bold_words=len(text.split())), line("The council discussed it.", 94 + 40 * k)]
        minutes = extract_minutes(lines, NLP, {1: 600})
        assert [(it.number, it.title) for it in minutes.items] == [
            ("1", "Apologies"), ("2", "Minutes of the last meeting"), ("3", "Planning")], fmt
