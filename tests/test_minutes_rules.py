"""The general minutes patterns, each on an invented example (fictional names and councils)."""

import pytest

from agendapack.extractors.minutes.attendance import parse_people, split_name, substitutions
from agendapack.extractors.minutes.extract import extract_minutes
from agendapack.extractors.minutes.item import analyse_item
from agendapack.extractors.minutes.nlp import load_nlp, resolve_model, word_to_int
from agendapack.extractors.minutes.resolutions import outcome_of
from agendapack.extractors.text.layer import Line, Word

from .lines import make_columns

SIZE = 11.0


def line(text, top, x0=60.0, bold=False, page=1):
    words, x = [], x0
    for w in text.split():
        width = 5.5 * len(w)
        words.append(Word(w, x, x + width, top, top + SIZE, SIZE, bold))
        x += width + 3.0
    return Line(text, page, x0, x, top, top + SIZE, SIZE, bold, tuple(words))


def lines_of(spec, start=60.0, pitch=13.0):
    """spec: list of (text, x0, bold, gap_before_in_lines)."""
    out, top = [], start
    for text, x0, bold, gap in spec:
        top += pitch * gap
        out.append(line(text, top, x0, bold))
    return out


NLP = load_nlp("blank")


def test_vote_in_words_with_anonymous_mover():
    body = lines_of([
        ("The proposal to close the library on Sundays was moved, seconded and upon being put", 80, False, 0),
        ("to a vote was carried by seven votes to two, with one abstention.", 80, False, 1),
    ])
    res, motions, votes = analyse_item(body, "9.", NLP)
    assert len(motions) == 1 and motions[0].mover is None
    assert [(v.result, v.counts.yes, v.counts.no, v.counts.abstain) for v in votes] == [("carried", 7, 2, 1)]


def test_moved_by_seconded_by_on_two_lines_and_carried():
    body = lines_of([
        ("Moved by: Councillor P. Okafor", 40, False, 0),
        ("Seconded by: Councillor R. Lindqvist", 40, False, 1),
        ("THAT the tender for road resurfacing be awarded to Greyfield Paving Ltd.", 40, False, 2),
        ("CARRIED", 40, True, 2),
    ])
    res, motions, votes = analyse_item(body, "R2031-007.", NLP)
    assert [(m.mover, m.seconder, m.result) for m in motions] == [("P Okafor", "R Lindqvist", "carried")]
    assert [v.result for v in votes] == ["carried"]


def test_recorded_division_with_name_lists_and_lost_amendment():
    body = lines_of([
        ("(3) Mrs Abara proposed, and Mr Quill seconded the following amendment:", 90, False, 0),
        ("“Add a new paragraph (d) on parking charges.”", 118, False, 2),
        ("(4) The Chairman put the amendment to the vote and the voting was as follows:", 90, False, 2),
        ("For (3)", 90, False, 2),
        ("Mrs Abara, Mr Quill, Dr Penhale, OBE", 90, False, 2),
        ("Against (4)", 90, False, 2),
        ("Mr Ostrowski, Ms Varga, Sir Alan Trent, CBE, Mr T Yeo", 90, False, 2),
        ("Abstain (0)", 90, False, 2),
        ("Amendment lost.", 400, False, 1),
    ])
    res, motions, votes = analyse_item(body, "41.", NLP)
    assert motions[0].kind == "amendment" and motions[0].result == "lost"
    (v,) = votes
    assert (v.result, v.counts.yes, v.counts.no, v.counts.abstain) == ("lost", 3, 4, 0)
    assert v.voters["yes"] == ["Abara", "Quill", "Penhale"]
    assert v.voters["no"] == ["Ostrowski", "Varga", "Alan Trent", "T Yeo"]
    assert v.voters["abstain"] == []
    assert v.motion == motions[0].id


def test_inline_for_against_counts_in_figures():
    body = lines_of([("Cllr Dunmore moved and Cllr Heald seconded that the report be received.", 60, False, 0),
                     ("The motion was carried, 9 for, 3 against and 2 abstentions.", 60, False, 2)])
    _, motions, votes = analyse_item(body, "7.", NLP)
    assert [(v.counts.yes, v.counts.no, v.counts.abstain, v.result) for v in votes] == [(9, 3, 2, "carried")]


def test_initials_motion_second_bullet_is_a_vote():
    body = lines_of([("\u2022 Budget for spring planting approved \u2013 K. Osei (motion), L. Brandt (second)", 90, False, 0)])
    _, motions, votes = analyse_item(body, "b.", NLP)
    assert [(m.mover, m.seconder) for m in motions] == [("K Osei", "L Brandt")]
    assert [v.result for v in votes] == ["approved"]


def test_resolution_parts_and_outcomes():
    body = lines_of([
        ("RESOLVED that the Committee:", 90, False, 0),
        ("(a) notes the annual report;", 118, False, 2),
        ("(b) approves the revised fees", 118, False, 1),
        ("schedule for 2031;", 146, False, 1),
        ("(c) defers the decision on allotments to March.", 118, False, 1),
    ])
    res, _, _ = analyse_item(body, "5.", NLP)
    assert [(r.number, r.outcome) for r in res] == [("a", "noted"), ("b", "approved"), ("c", "deferred")]
    assert res[1].text == "approves the revised fees schedule for 2031;"


@pytest.mark.parametrize("printed, labels", [
    (["RESOLVED: 1. That the accounts for 2030/31 be approved. 2. That the Clerk", "sign the annual return. 3. That the internal auditor be reappointed."],
     ["1", "2", "3"]),
    (["It was RESOLVED: 1) that the accounts be approved; 2) that the Clerk sign the", "annual return; and 3) that the auditor be reappointed."],
     ["1", "2", "3"]),
    (["Resolved \u2013 (a) that the budget be approved; (b) that the precept be set at \u00a325,000."], ["a", "b"]),
])
def test_a_resolutions_parts_printed_on_in_its_paragraph_are_one_resolution_each(printed, labels):
    body = lines_of([(t, 60, False, 1 if k else 0) for k, t in enumerate(printed)])
    res, _, _ = analyse_item(body, "9.", NLP)
    assert [r.number for r in res] == labels
    assert res[0].text.lower().startswith("that the") and res[-1].text.lower().startswith("that the")
    assert res[1].text.rstrip(";.").endswith(("annual return", "set at \u00a325,000"))


def test_resolved_wordings_counted_once_each_and_passive_resolved_ignored():
    body = lines_of([
        ("After discussion it was resolved to buy two benches. The Councillors resolved not to", 60, False, 0),
        ("support the request. The drainage complaint has now been resolved. Resolved Councillor", 60, False, 1),
        ("Vance to write to the highways team.", 60, False, 1),
    ])
    res, _, _ = analyse_item(body, "31.04.2.", NLP)
    assert len(res) == 3
    assert outcome_of("that the minutes be signed as a correct record") == "approved"
    assert outcome_of("the report be noted") == "noted"


def test_attendance_lists_roles_honorifics_postnominals():
    people = parse_people("Cllr. Ada Brennan (Chair), Mr K L Otieno, OBE, Mrs S Greaves and Dr Imogen Faulk")
    assert [(p.name, p.honorific, p.role) for p in people] == [
        ("Ada Brennan", "Cllr", "Chairman"), ("K L Otieno", "Mr", None), ("S Greaves", "Mrs", None), ("Imogen Faulk", "Dr", None)]
    staff = parse_people("Town Planner Maeve Corrigan, Deputy Clerk Ivo Santos, and Treasurer Nell Abbott")
    assert [(p.name, p.role) for p in staff] == [("Maeve Corrigan", "Town Planner"), ("Ivo Santos", "Deputy Clerk"), ("Nell Abbott", "Treasurer")]
    group = parse_people("Councillors T Marsh (Vice-Chair), B Oduya and L Penn, G Harrow, WDC, Clerk H Ivens")
    assert [(p.name, p.role, p.closed) for p in group] == [
        ("T Marsh", "Vice-Chairman", False), ("B Oduya", None, False), ("L Penn", None, False),
        ("G Harrow", "WDC", True), ("H Ivens", "Clerk", True)]
    assert split_name("Sir Hugo Flint, KBE").name == "Hugo Flint"


def test_substitution_wordings():
    assert substitutions("Apologies for absence were received from Cllr. Lena Park (Vice-Chairman), with Cllr. Omar Diaz substituting.") == [("Omar Diaz", "Lena Park")]
    assert substitutions("Cllr Frost attended as substitute for Cllr Hale.") == [("Frost", "Hale")]
    assert substitutions("Apologies were received from Jo Reid who was substituted by Sam Tull.") == [("Sam Tull", "Jo Reid")]


def test_whole_minutes_header_attendance_items_and_times():
    spec = [
        ("Harrowgate Valley Parish Council - 2 nd March 2031", 150, True, 0),
        ("Present:", 60, True, 2),
        ("Councillors A Webb (Chair), J Kowalski, P Nunn and R Shah, Clerk M Ortiz", 60, False, 1),
        ("Also present: District Councillor F Hale", 60, False, 2),
        ("31.03.01 Apologies", 60, True, 2),
        ("Cllrs Dyer and Lamb.", 60, False, 1),
        ("31.03.02 Minutes", 60, True, 2),
        ("Resolved that the minutes of the meeting held on 3rd February 2031 be signed as a", 60, False, 1),
        ("true record.", 60, False, 1),
        ("31.03.03 Footpaths (Item 4)", 60, True, 2),
        ("Ms Jansen attended the meeting virtually and spoke about the stile at Mill Lane.", 60, False, 1),
        ("The meeting, which commenced at 7.00pm, closed at 8.50 pm.", 60, False, 2),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert (m.meeting.body, m.meeting.date, m.meeting.start_time, m.meeting.end_time) == (
        "Harrowgate Valley Parish Council", "2031-03-02", "19:00", "20:50")
    assert [(it.number, it.title, it.agenda_item) for it in m.items] == [
        ("31.03.01", "Apologies", None), ("31.03.02", "Minutes", None), ("31.03.03", "Footpaths", "4")]
    att = {(a.name, a.status, a.role) for a in m.attendance}
    assert ("A Webb", "present", "Chairman") in att
    assert ("M Ortiz", "in_attendance", "Clerk") in att
    assert ("F Hale", "also_present", "District Councillor") in att
    assert {a.name for a in m.attendance if a.status == "apologies"} == {"Dyer", "Lamb"}
    assert ("Jansen", "virtual", None) in att
    assert [len(it.resolutions) for it in m.items] == [0, 1, 0]


def test_adjourned_time_and_numbers_in_words():
    spec = [("MINUTES of a meeting of the Licensing Sub-Committee held at Wharf House on 4 May 2031", 60, False, 0),
            ("PRESENT: Mr P Ives (Chairman) and Mrs D Lowe", 60, False, 2),
            ("12. Premises Licence (Item 3)", 40, True, 2),
            ("RESOLVED that the licence be granted.", 60, False, 2),
            ("The meeting adjourned at 9:15 p.m.", 60, False, 2)]
    m = extract_minutes(lines_of(spec), NLP)
    assert m.meeting.body == "Licensing Sub-Committee"
    assert m.meeting.venue == "Wharf House"
    assert m.meeting.end_time == "21:15"
    assert m.items[0].resolutions[0].outcome == "approved" or m.items[0].resolutions[0].outcome == "agreed"
    assert word_to_int("twenty-one") == 21 and word_to_int("five") == 5


def test_spacy_pipeline_choice_and_cache():
    assert resolve_model("blank") == "blank"
    a, b = load_nlp("blank"), load_nlp("blank")
    assert a is b  # loaded once per process
    assert "sentencizer" in a.pipe_names and "entity_ruler" in a.pipe_names
    doc = a("Apologies were received from Cllr. Ruth Ames and Mr T Olsen. Carried.")
    assert [s.text for s in doc.sents][-1] == "Carried."
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} >= {"Cllr. Ruth Ames", "Mr T Olsen"}
    # an unknown package name falls back to the blank pipeline instead of failing
    assert load_nlp("no_such_spacy_package_xyz").pipe_names == a.pipe_names


def test_minutes_stage_registered_after_documents():
    from agendapack.pipeline.stages import stage_names

    names = stage_names()
    assert names.index("minutes") > names.index("documents")


def test_agendas_and_reports_are_not_read_as_minutes(parsed):
    for rel in ("agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf", "agendas/milburn-pc_2020-01-07_agenda.pdf",
                "agendas/nipissing_council_2025-03-04_agenda.pdf", "packs/kent_cabinet_2025-01-30_supplement-pack_item9.pdf"):
        assert parsed(rel).minutes == [], rel


# ---- numbering as a sequence, resolution clauses, decision records (issue 13) --------------------


def test_resolution_clauses_are_not_minutes_and_a_date_line_is_no_item():
    # clauses in bold like the headings, indented under the resolution; a bold date line on top
    spec = [
        ("QUARRY LANE PARISH COUNCIL PLANNING COMMITTEE", 60, True, 0),
        ("24 June 2031", 60, True, 1),
        ("Present: Cllrs A Moss (Chair), B Lyle and C Penn", 60, False, 2),
        ("3. FORWARD PLAN (Agenda Item 4)", 60, True, 2),
        ("RESOLVED: That:", 90, True, 2),
        ("1. The Forward Plan be noted.", 90, True, 1),
        ("2. The Clerk add the footpath survey to the plan for", 90, True, 1),
        ("September.", 110, True, 1),
        ("3. A further report be brought in November.", 90, True, 1),
        ("4. WORK PROGRAMME (Agenda Item 5)", 60, True, 2),
        ("RESOLVED: That the Work Programme be agreed.", 90, True, 2),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert [(it.number, it.agenda_item) for it in m.items] == [("3", "4"), ("4", "5")]
    clauses = m.items[0].resolutions
    assert [r.number for r in clauses] == ["1", "2", "3"]
    assert clauses[1].text == "The Clerk add the footpath survey to the plan for September."
    assert m.meeting.date == "2031-06-24"


def test_clauses_printed_like_the_headings_give_way_to_the_next_minute():
    # clauses at the headings' margin in the same bold: the clause numbers restart at 1, and the
    # next minute continues the minute numbering with a title, not a sentence
    spec = [
        ("1. Apologies", 60, True, 0),
        ("None.", 90, False, 1),
        ("2. Grants", 60, True, 2),
        ("Resolved that:", 90, False, 1),
        ("1. A grant of £200 be made to the youth club.", 60, True, 1),
        ("2. The bowls club application be deferred.", 60, True, 1),
        ("3. Highways", 60, True, 2),
        ("The Clerk reported on the resurfacing.", 90, False, 1),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert [it.number for it in m.items] == ["1", "2", "3"]
    assert [r.number for r in m.items[1].resolutions] == ["1", "2"]


def test_lettered_clause_keeps_its_roman_sub_clauses():
    body = lines_of([
        ("RESOLVED that the Committee:", 90, False, 0),
        ("(a) accepts the quotation as follows:", 90, False, 1),
        ("(i) buildings cover of £2m;", 120, False, 1),
        ("(ii) liability cover of £5m; and", 120, False, 1),
        ("(b) reviews the cover in 2032.", 90, False, 1),
    ])
    res, _, _ = analyse_item(body, "7.", NLP)
    assert [r.number for r in res] == ["a", "b"]
    assert res[0].text == "accepts the quotation as follows: (i) buildings cover of £2m; (ii) liability cover of £5m; and"


def test_compound_minute_numbers_form_a_series():
    # a misprinted doubled separator and a bracketed meeting number still continue their series;
    # a body line opening with a minute number cited in the text is no minute
    spec = [
        ("Present: Cllrs D Orr, E Quist and F Ruiz", 60, False, 0),
        ("11.31.01 Apologies", 60, False, 2),
        ("None received.", 130, False, 1),
        ("11.31.02 Planning", 60, False, 2),
        ("The committee considered the application for the barn conversion at Low Farm under", 130, False, 1),
        ("11.31.03 Footpaths", 60, False, 2),
        ("11..31.04 Finance", 60, False, 2),
        ("11.31.05 Correspondence", 60, False, 2),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert [it.number for it in m.items] == ["11.31.01", "11.31.02", "11.31.03", "11..31.04", "11.31.05"]
    spec = [
        ("04(2).31.01 Apologies", 60, True, 0),
        ("Cllr Orr declared an interest in minute", 130, False, 1),
        ("04(2).31.03. He left the room for that item.", 130, False, 1),
        ("04(2).31.02 Village hall", 60, True, 2),
        ("04(2).31.03 Allotments", 60, True, 2),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert [it.number for it in m.items] == ["04(2).31.01", "04(2).31.02", "04(2).31.03"]


def test_proposed_seconded_and_resolved_without_and():
    for text, mover, seconder in (
        ("Cllr Rees proposed, Cllr Vaughan seconded and it was RESOLVED that the precept be set at £9,000.", "Rees", "Vaughan"),
        ("KT proposed LM seconded and it was RESOLVED to buy a new bench.", "KT", "LM"),
    ):
        res, motions, votes = analyse_item(lines_of([(text, 60, False, 0)]), "5.", NLP)
        assert [(m.mover, m.seconder) for m in motions] == [(mover, seconder)], text
        assert len(res) == 1 and [v.result for v in votes] == ["carried"]


def test_roll_call_on_one_line_and_as_a_block():
    one_line = lines_of([
        ("Cllr Lee moved, Cllr Diaz seconded a motion to adopt the budget.", 60, False, 0),
        ("AYES: Cllr Lee, Cllr Diaz, Cllr Moss, NAYS: Cllr Webb, ABSENT: Cllr Hart", 60, False, 1),
    ])
    _, _, votes = analyse_item(one_line, "8.", NLP)
    assert [(v.counts.yes, v.counts.no, v.result) for v in votes] == [(3, 1, "carried")]
    assert votes[0].voters["no"] == ["Webb"]
    block = lines_of([
        ("A recorded vote was taken.", 60, False, 0),
        ("YEAS: Trustees Ng, Orr", 60, False, 1),
        ("NOES: Trustee Park", 60, False, 1),
        ("ABSTAIN: None", 60, False, 1),
        ("ABSENT: Trustee Quill", 60, False, 1),
        ("The motion was carried and it was RESOLVED to appoint the auditor.", 60, False, 1),
    ])
    res, _, votes = analyse_item(block, "9.", NLP)
    assert [(v.counts.yes, v.counts.no, v.counts.abstain) for v in votes] == [(2, 1, 0)]
    assert len(res) == 1


def test_decision_lines_and_decision_records():
    from agendapack.extractors.minutes.extract import records_decisions
    from agendapack.extractors.minutes.votes import decision_line, dissenters
    from agendapack.extractors.text.layer import PageText

    for text in ("Voted: to grant the variance.", "VOTED 4-1 to deny the appeal", "ACTION: Approved 6-1",
                 "Decision: Continued to June 11", "Rescheduled to April 3 at the applicant's request.", "Denied."):
        assert decision_line(text), text
    for text in ("Approved by: the City Manager", "Recommended Action: Approve the contract",
                 "ACTION: Clerk to write to the highways team", "continued to rise over the winter",
                 "Continued public hearing from March 3"):
        assert not decision_line(text), text
    assert dissenters("Voted: to elect Ms. Ruiz as Chair. Mr. Obi and Ms. Lund voted no. Dr. Pike abstained.") == {
        "no": ["Obi", "Lund"], "abstain": ["Pike"]}

    def record(decisions):
        spec = [("A. NEW BUSINESS", 60, True, 0)]
        for n, (title, decision) in enumerate(decisions, 1):
            spec += [(f"{n}. {title}", 80, False, 2)] + ([(decision, 100, False, 1)] if decision else [])
        return [PageText(number=1, width=600, height=800, lines=lines_of(spec))]

    items = ["12 Oak Road - special permit", "Minutes of May 2", "Fence height appeal"]
    assert records_decisions(record(zip(items, ["Voted: to grant the permit.", "Voted: to approve.", "Rescheduled to July 7."])))
    assert not records_decisions(record(zip(items, ["Recommended Action: Approve.", "Staff report attached.", None])))


def test_attendance_one_name_a_line_with_initials_and_the_public():
    spec = [
        ("MINUTES OF THE ELMSTEAD PARISH COUNCIL MEETING", 150, True, 0),
        ("Present: Members of the Public:", 60, True, 2),
        ("Alma Pryce (AP) CHAIR", 60, True, 2),
        ("Tobias Wren (TW)", 60, True, 1),
        ("Ines Halloran (IH) CLERK", 60, True, 1),
        ("Members of the public : Cllr Oona Fisk, Bram Tully + Sid & Meg owners of the Old Forge", 60, False, 2),
        ("05.31.01 Apologies", 60, True, 2),
        ("No apologies had been received.", 130, False, 1),
        ("05.31.02 Planning", 60, True, 2),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert [it.number for it in m.items] == ["05.31.01", "05.31.02"]
    assert sorted((a.name, a.status, a.role) for a in m.attendance) == sorted([
        ("Alma Pryce", "present", "Chairman"), ("Tobias Wren", "present", None), ("Ines Halloran", "in_attendance", "CLERK"),
        ("Oona Fisk", "also_present", None), ("Bram Tully", "also_present", None), ("Sid", "also_present", None),
        ("Meg", "also_present", "owners of the Old Forge")])


def test_roll_call_answered_name_by_name_and_moved_seconded_by():
    spec = [
        ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES", 60, True, 0),
        ("1. CALL TO ORDER", 60, True, 2),
        ("2. ROLL CALL", 60, True, 2),
        ("Supervisor Ann Kirby - Present", 80, False, 1),
        ("Trustee Joe Diaz - Present", 80, False, 1),
        ("Trustee Lou Park - Absent", 80, False, 1),
        ("3. BILLS", 60, True, 2),
        ("Trustee Diaz moved, seconded by Trustee Kirby, to pay the bills as presented.", 80, False, 1),
        ("AYES: Kirby, Diaz", 80, False, 1),
        ("NAYS: None", 80, False, 1),
        ("ABSENT: Park", 80, False, 1),
        ("Motion carried.", 80, False, 1),
        ("4. TREE REMOVAL", 60, True, 2),
        ("Motion by Trustee Kirby, second by Trustee Diaz to hire the contractor. Motion carried.", 80, False, 1),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    assert sorted((a.name, a.status) for a in m.attendance) == [("Ann Kirby", "present"), ("Joe Diaz", "present"), ("Lou Park", "absent")]
    bills, trees = m.items[2], m.items[3]
    assert [(x.mover, x.seconder) for x in bills.motions] == [("Diaz", "Kirby")]
    assert [(v.counts.yes, v.counts.no, v.result) for v in bills.votes] == [(2, 0, "carried")]
    assert [(x.mover, x.seconder, x.result) for x in trees.motions] == [("Kirby", "Diaz", "carried")]


@pytest.mark.parametrize("lead", ["Roll Call was taken as follows:", "A roll call vote was recorded as follows:",
                                  "Roll call vote was taken:"])
def test_roll_call_introduced_as_taken_as_follows(lead):
    # the answers run on after a wordier lead than "Roll call:", wrapped before an answer's dash
    body = lines_of([
        ("A motion was made to renew the snow plowing contract by Commissioner Varga, seconded by", 80, False, 0),
        (f"Commissioner Odum. {lead} Commissioner Varga – aye, Commissioner Odum", 80, False, 1),
        ("– aye, Commissioner Lind – nay, Chair Mbeki – aye. Motion carried.", 80, False, 1),
    ])
    res, motions, votes = analyse_item(body, None, NLP)
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 3, 1)]
    assert sorted(votes[0].voters["yes"]) == ["Mbeki", "Odum", "Varga"] and votes[0].voters["no"] == ["Lind"]


def test_roll_call_wrapped_between_a_title_and_the_name():
    body = lines_of([
        ("A motion was made to renew the snow plowing contract by Commissioner Varga, seconded by", 80, False, 0),
        ("Commissioner Odum. Roll Call was taken as follows: Commissioner Varga – aye, Commissioner", 80, False, 1),
        ("Odum – aye, Commissioner Lind – nay, Chair Mbeki – aye. Motion carried.", 80, False, 1),
    ])
    votes = analyse_item(body, None, NLP)[2]
    assert [sorted(v.voters["yes"]) for v in votes] == [["Mbeki", "Odum", "Varga"]]


# the title line of the invented board minutes below
BOARD_TITLE = ("Minutes of the Board of Commissioners, Elm Park District, May 6, 2031", 60, True, 0)


def test_capital_headings_over_empty_sections_end_in_a_dash():
    # the headings of sections with nothing to record keep the dash their text would follow
    spec = [
        BOARD_TITLE,
        ("REPORTS:", 60, False, 2),
        ("The treasurer reported the balances of the general fund.", 60, False, 1),
        ("OLD BUSINESS –", 60, False, 2),
        ("NEW BUSINESS –", 60, False, 2),
        ("CORRESPONDENCE – A letter from the library board was read.", 60, False, 2),
        ("ANNOUNCEMENTS –", 60, False, 2),
        ("The meeting adjourned at 8:10 PM.", 60, False, 2),
    ]
    m = extract_minutes(lines_of(spec), NLP)
    titles = [it.title for it in m.items]
    assert titles[-4:] == ["OLD BUSINESS", "NEW BUSINESS", "CORRESPONDENCE", "ANNOUNCEMENTS"]
    assert "REPORTS" in titles


def test_report_labels_run_in_under_capital_headings_are_items():
    spec = [
        BOARD_TITLE,
        ("APPROVAL OF MINUTES:", 60, False, 2),
        ("The minutes of April 1, 2031 were approved as written.", 60, False, 1),
        ("REPORTS:", 60, False, 2),
        ("Parks Committee – Commissioner Varga reported that the new benches were installed. The", 60, False, 2),
        ("Open Space Fund paid for them.", 60, False, 1),
        ("Treasurer: See the attached report.", 60, False, 2),
        ("Commissioner Odum thanked the volunteers for the spring clean.", 60, False, 2),
        ("OLD BUSINESS –", 60, False, 2),
        ("The meeting adjourned at 8:10 PM.", 60, False, 2),
    ]
    titles = [it.title for it in extract_minutes(lines_of(spec), NLP).items]
    # the label's own words only; "The" wrapping a sentence and a paragraph with no label are not items
    assert titles == ["APPROVAL OF MINUTES", "REPORTS", "Parks Committee", "Treasurer", "OLD BUSINESS"]


def test_roll_call_answers_at_a_paragraph_start_are_not_report_labels():
    spec = [
        BOARD_TITLE,
        ("APPROVAL OF MINUTES:", 60, False, 2),
        ("The minutes of April 1, 2031 were approved as written.", 60, False, 1),
        ("REPORTS:", 60, False, 2),
        ("Roads – No report", 60, False, 2),
        ("A motion to buy salt was made by Commissioner Varga, seconded by Commissioner Odum. Roll call:", 60, False, 2),
        ("Commissioner Varga – yes, Commissioner Odum – yes, Chair Mbeki – yes. Motion carried.", 60, False, 1),
        ("OLD BUSINESS –", 60, False, 2),
    ]
    titles = [it.title for it in extract_minutes(lines_of(spec), NLP).items]
    assert titles == ["APPROVAL OF MINUTES", "REPORTS", "Roads", "OLD BUSINESS"]


def _stacked(specs):
    from tests.lines import make_line

    return [make_line(t, x0=40, top=60 + 14 * k, **kw) for k, (t, kw) in enumerate(specs)]


def test_an_attendance_grid_name_and_status_a_line():
    # the members in one column, "Present" / "Apologies" / "Absent" in the next, no label above;
    # the document's title in bold is no minute
    lines = _stacked([
        ("Minutes of the Parish Council meeting held on 3 March 2031", {"bold": True}),
        ("Cllr A Smith (Chair) Present", {"gaps": {4: 80}}),
        ("Cllr B Jones Apologies", {"gaps": {3: 100}}),
        ("Cllr C Patel Present", {"gaps": {3: 100}}),
        ("Cllr D Moss Absent", {"gaps": {3: 100}}),
        ("1. Minutes", {"bold": True}),
        ("Committee resolved to note the apologies and the minutes were approved.", {}),
    ])
    m = extract_minutes(lines, NLP)
    assert [it.number for it in m.items] == ["1"]
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("A Smith", "present"), ("B Jones", "apologies"), ("C Patel", "present"), ("D Moss", "absent")]


def test_sederunt_lists_those_present():
    lines = _stacked([
        ("Minutes of Glenburn Community Council, 3 March 2031", {"bold": True}),
        ("Sederunt: J. Smith (Chair), K. Brown (Secretary), M. Gray", {}),
        ("Apologies: N. Black", {}),
        ("1. Police report", {"bold": True}),
        ("No incidents.", {}),
    ])
    m = extract_minutes(lines, NLP)
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("J Smith", "present"), ("K Brown", "present"), ("M Gray", "present"), ("N Black", "apologies")]


@pytest.mark.parametrize("label, numbers", [("Minute No. ", ["45", "46", "47"]), ("Min ", ["23/045", "23/046", "23/047"])])
def test_minute_numbers_after_their_label(label, numbers):
    lines = _stacked([
        ("Minutes of the Town Council meeting, 3 March 2031", {"bold": True}),
        ("Present: Cllrs A Smith and B Jones", {}),
        (f"{label}{numbers[0]} Apologies", {"bold": True}), ("None.", {}),
        (f"{label}{numbers[1]} Planning", {"bold": True}), ("RESOLVED that no objection be raised.", {}),
        (f"{label}{numbers[2]} Finance", {"bold": True}), ("Noted.", {}),
    ])
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title) for it in m.items] == list(zip(numbers, ["Apologies", "Planning", "Finance"]))
    assert [len(it.resolutions) for it in m.items] == [0, 1, 0]


def test_minutes_set_out_as_a_table_keep_the_text_beside_each_title():
    cols = {"gaps": {1: 40, 2: 150}}
    lines = _stacked([
        ("Minutes of the Parish Council, 3 March 2031", {"bold": True}),
        ("Present: Cllrs A Smith and B Jones", {}),
        ("Minute Item Resolution", {"bold": True, **cols}),
        ("25/01 Apologies None received.", cols),
        ("25/02 Planning RESOLVED to support the application.", cols),
        ("25/03 Finance RESOLVED to pay the accounts.", cols),
    ])
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title, len(it.resolutions)) for it in m.items] == [
        ("25/01", "Apologies", 0), ("25/02", "Planning", 1), ("25/03", "Finance", 1)]
    assert m.items[1].resolutions[0].text.startswith("RESOLVED to support")


@pytest.mark.parametrize("printed, result", [
    ("It was RESOLVED (Prop. Cllr Adams, Sec. Cllr Brown) to approve the grant of £500.", "carried"),
    ("Proposed: Cllr Adams Seconded: Cllr Brown All in favour. RESOLVED to approve the grant.", "carried"),
    ("Cllr Adams proposed and Cllr Brown seconded that the grant be approved; this was agreed unanimously.", "carried"),
    ("Proposer: Cllr Adams; Seconder: Cllr Brown. Vote: 5 for, 1 against, 0 abstentions. Carried.", "carried"),
    ("Motion to approve the budget. Moved: Adams. Second: Brown. Vote: Unanimous.", "carried"),
])
def test_proposer_and_seconder_labelled_or_abbreviated_on_one_line(printed, result):
    res, motions, votes = analyse_item([line(printed, 60)], "3.", NLP)
    assert [(m.mover, m.seconder) for m in motions] == [("Adams", "Brown")]
    assert [v.result for v in votes] == [result]
    if "(Prop." in printed:
        assert len(res) == 1 and "Brown" in res[0].text  # the abbreviations' dots end no sentence


@pytest.mark.parametrize("title, label", [("Councillor", ("Officers in", "attendance:")), ("Cllr", ("Also in", "attendance:"))])
def test_attendance_blocks_in_a_label_column(title, label):
    """Labels in a column of their own, the names beside them: an entry a line where a line opens
    with a title after one that closed an entry; a label wrapped over two lines of its column; a
    person and their office a line, the office holding "and" or brackets of its own."""
    rows = [
        ("Present:", f"{title} Mara Quill (Chair)"),
        ("", f"{title} Dev Okonkwo (Vice-Chair)"),
        ("", f"{title}s Ana Petit, Joss Rendle, Uma Sato and"),
        ("", "Ivo Tamm"),
        ("", f"{title} Rhys Vane (substitute for {title} Wyn Yale)"),
        ("Apologies:", f"{title}s Wyn Yale and Zia Abel"),
        (label[0], "Petra Lomax, Assistant Director (Place)"),
        (label[1], "Colm Ferris, Parks and Open Spaces Manager"),
        ("", "Nadia Fenn, Democratic Services Officer"),
    ]
    lines, top = [line("Minutes of the meeting held on 3 March 2031", 60, 60, True)], 86.0
    for k, (lab, names) in enumerate(rows):
        top += 26 if k in (5, 6) else 13
        lines.append(make_columns([(lab, 60), (names, 200)] if lab else [(names, 200)], top=top, size=SIZE))
    lines += lines_of([("1. APOLOGIES", 60, True, 0), ("There were none further.", 90, False, 1)], start=top + 30)
    att = {(a.name, a.status, a.role) for a in extract_minutes(lines, NLP).attendance}
    assert {a for a in att if a[1] == "present"} == {
        ("Mara Quill", "present", "Chairman"), ("Dev Okonkwo", "present", "Vice-Chairman"), ("Ana Petit", "present", None),
        ("Joss Rendle", "present", None), ("Uma Sato", "present", None), ("Ivo Tamm", "present", None)}
    assert ("Rhys Vane", "substitute", None) in att
    assert {a[0] for a in att if a[1] == "apologies"} == {"Wyn Yale", "Zia Abel"}
    staff = {(a[0], a[2]) for a in att if a[1] in {"in_attendance", "also_present"}}
    assert staff == {("Petra Lomax", "Assistant Director (Place)"), ("Colm Ferris", "Parks and Open Spaces Manager"),
                     ("Nadia Fenn", "Democratic Services Officer")}


@pytest.mark.parametrize("lead", ["RESOLVED: That", "Resolved - that"])
def test_a_resolution_opening_on_that_alone_is_its_numbered_parts(lead):
    body = lines_of([
        ("The Committee considered the review of allotments.", 90, False, 0),
        (lead, 90, False, 2),
        ("(1) the findings of the review be noted;", 118, False, 1),
        ("(2) officers report on new sites; and", 118, False, 1),
        ("(3) a half-plot tenancy be recommended to Cabinet.", 118, False, 1),
    ])
    res, _, _ = analyse_item(body, "27.", NLP)
    assert [r.number for r in res] == ["1", "2", "3"]


@pytest.mark.parametrize("moved, seconded", [("Moved:", "Seconded:"), ("Moved by:", "Seconded by:")])
def test_a_numbered_resolution_block_moved_seconded_then_its_wording_and_parts(moved, seconded):
    """"RESOLUTION 2031/12" over "Moved: Cr A   Seconded: Cr B", the wording "That Council:" and
    its numbered parts, a result set apart at the right: one resolution a part, the seconder's
    name ends where the wording begins, and the result is the motion's vote."""
    body = lines_of([
        ("RESOLUTION 2031/12", 60, True, 0),
        (f"{moved} Cr Ada Brennan", 60, False, 1),
        ("That Council:", 60, False, 2),
        ("1. Adopt the quarterly budget review statement.", 80, False, 1),
        ("2. Approve the variations in the report, which give a surplus", 80, False, 1),
        ("of $412,000.", 96, False, 1),
        ("In Favour: Crs Ada Brennan, Kit Dale, Lou Marsh and Stuart", 60, False, 2),
        ("McLeod", 150, False, 1),
        ("Against: Cr Noor Haddad", 60, False, 1),
        ("CARRIED 4/1", 420, False, 1),
    ])
    # the seconder is printed beside the mover, in its own column
    body[1] = make_columns([(f"{moved} Cr Ada Brennan", 60), (f"{seconded} Cr Kit Dale", 300)], top=body[1].top, size=SIZE)
    res, motions, votes = analyse_item(body, "9.1.", NLP)
    assert [r.number for r in res] == ["1", "2"]
    assert res[1].text.endswith("surplus of $412,000.")
    assert [(m.mover, m.seconder, m.result) for m in motions] == [("Ada Brennan", "Kit Dale", "carried")]
    (vote,) = votes
    assert (vote.counts.yes, vote.counts.no) == (4, 1)
    assert vote.voters["yes"] == ["Ada Brennan", "Kit Dale", "Lou Marsh", "Stuart McLeod"]


def test_the_time_a_heading_says_the_meeting_was_held_at_after_a_long_venue():
    spec = [
        ("MINUTES OF THE ORDINARY MEETING OF WATTLE FLAT SHIRE COUNCIL", 60, True, 0),
        ("HELD AT THE COUNCIL CHAMBERS, 42 GOLDFIELDS ROAD, WATTLE FLAT", 60, True, 1),
        ("ON WEDNESDAY, 19 MARCH 2031 AT 9.00AM", 60, True, 1),
        ("PRESENT: Cr Ada Brennan, Cr Kit Dale", 60, False, 2),
        ("1 OPENING OF MEETING", 60, True, 2),
        ("The Mayor declared the meeting open.", 60, False, 1),
    ]
    assert extract_minutes(lines_of(spec), NLP).meeting.start_time == "09:00"


@pytest.mark.parametrize("gap", [1, 2])
def test_the_wording_under_a_mover_and_seconder_line_is_the_motion_and_the_result_is_no_part(gap):
    body = lines_of([
        ("RESOLUTION 2031/14", 60, True, 0),
        ("Moved: Cr Lou Marsh", 60, False, 1),
        ("That Council:", 60, False, gap),
        ("1. Approve the heavy vehicle route on Mulga Road.", 80, False, 1),
        ("2. Notify the regulator of the approved route.", 80, False, 1),
        ("CARRIED", 420, False, 1),
        ("That the apology from Cr Jo Pike be accepted.", 60, False, 3),
    ])
    body[1] = make_columns([("Moved: Cr Lou Marsh", 60), ("Seconded: Cr Kit Dale", 300)], top=body[1].top, size=SIZE)
    res, motions, votes = analyse_item(body[:6], "8.2.", NLP)
    assert [(r.number, r.text) for r in res] == [
        ("1", "Approve the heavy vehicle route on Mulga Road."), ("2", "Notify the regulator of the approved route.")]
    assert [(m.seconder, m.result) for m in motions] == [("Kit Dale", "carried")]
    assert [v.result for v in votes] == ["carried"]
    # the wording on the line under the names, one sentence: the seconder ends before "That"
    one = [body[0], body[1], line("That the apology from Cr Jo Pike be accepted.", body[1].top + 13 * gap), line("CARRIED", body[1].top + 13 * gap + 26, 420)]
    res, motions, _ = analyse_item(one, "3.", NLP)
    assert [(m.mover, m.seconder) for m in motions] == [("Lou Marsh", "Kit Dale")]
    assert [r.text for r in res] == ["That the apology from Cr Jo Pike be accepted."]


@pytest.mark.parametrize("wording", ["That the apology received from Cr Jo Pike be accepted.",
                                     "The apology of Councillor Jo Pike was received and accepted."])
def test_one_members_apology_in_the_apologies_item(wording):
    spec = [
        ("Minutes of the Ordinary Meeting held on 19 March 2031", 60, True, 0),
        ("PRESENT: Cr Ada Brennan, Cr Kit Dale", 60, False, 2),
        ("3 APOLOGIES", 60, True, 2),
        (wording, 60, False, 1),
        ("4 CONFIRMATION OF MINUTES", 60, True, 2),
        ("The minutes were confirmed.", 60, False, 1),
    ]
    att = extract_minutes(lines_of(spec), NLP).attendance
    assert [(a.name, a.status) for a in att if a.status == "apologies"] == [("Jo Pike", "apologies")]


@pytest.mark.parametrize("office, title", [("Cathaoirleach:", "Cllr"), ("Mayor:", "Cr")])
def test_an_office_label_and_a_grid_of_members_in_columns(office, title):
    """The presiding office as a label, its holder beside it; members printed in two columns,
    filled down; an apologies list run on to the next label; officers a line each with offices
    holding commas."""
    grid = [(f"{title} Ann Byrne", f"{title} Kieran Lynch"), (f"{title} Noel Brennan", f"{title} Sean Mac Giolla Rua"),
            (f"{title} Tom Costigan", f"{title} Brid McInerney")]
    lines, top = [line("Minutes of the Monthly Meeting held on 14th July 2031", 60, 60, True)], 86.0
    lines.append(make_columns([(office, 60), (f"{title} Maire Ui Bhriain (presiding)", 200)], top=top, size=SIZE))
    for k, (a, b) in enumerate(grid):
        top += 13
        lines.append(make_columns(([("Members Present:", 60)] if k == 0 else []) + [(a, 200), (b, 420)], top=top, size=SIZE))
    top += 13
    lines.append(make_columns([("Apologies:", 60), (f"{title} Eileen Conroy, {title} Rory Fennessy", 200)], top=top, size=SIZE))
    for k, text in enumerate(["Ms Grainne Fitz, Director of Services, Housing and Community", "Mr Hugh Cass, Head of Finance"]):
        top += 13
        lines.append(make_columns(([("Officials Present:", 60)] if k == 0 else []) + [(text, 200)], top=top, size=SIZE))
    lines += lines_of([("CC 112/31 Confirmation of Minutes", 60, True, 0), ("The minutes were confirmed.", 200, False, 1)], start=top + 30)
    att = {(a.name, a.status, a.role) for a in extract_minutes(lines, NLP).attendance}
    assert ("Maire Ui Bhriain", "present", office.rstrip(":")) in att
    assert {a[0] for a in att if a[1] == "present"} == {"Maire Ui Bhriain", "Ann Byrne", "Kieran Lynch", "Noel Brennan",
                                                      "Sean Mac Giolla Rua", "Tom Costigan", "Brid McInerney"}
    assert {a[0] for a in att if a[1] == "apologies"} == {"Eileen Conroy", "Rory Fennessy"}
    assert {(a[0], a[2]) for a in att if a[1] == "in_attendance"} == {
        ("Grainne Fitz", "Director of Services, Housing and Community"), ("Hugh Cass", "Head of Finance")}


def test_a_roll_call_of_people_and_offices_split_by_semicolons():
    rows = [("Present:", "Trustees Margaret Ochoa, President; Daniel Whitcomb, Vice"),
            ("", "President; Priya Raman, Clerk; Gerald Nakamura; Sofia Villanueva"),
            ("Present by teleconference:", "Trustee Thomas Keller (Government Code § 54953(f), just cause;"),
            ("", "no other adult present at the remote location)"),
            ("Staff present:", "Dr. Evan Marchetti, Superintendent and Secretary to the Board;"),
            ("", "Rosa Delgado, Assistant Superintendent, Business Services; Karen"),
            ("", "Liu, Executive Assistant and Recording Secretary")]
    lines, top = [line("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION, March 11, 2031", 60, 60, True)], 86.0
    for lab, names in rows:
        top += 13
        lines.append(make_columns([(lab, 60), (names, 240)] if lab else [(names, 240)], top=top, size=SIZE))
    lines += lines_of([("1. CALL TO ORDER", 60, True, 0), ("The meeting was called to order.", 90, False, 1)], start=top + 30)
    att = {(a.name, a.status, a.role) for a in extract_minutes(lines, NLP).attendance}
    assert att == {
        ("Margaret Ochoa", "present", "President"), ("Daniel Whitcomb", "present", "Vice President"),
        ("Priya Raman", "present", "Clerk"), ("Gerald Nakamura", "present", None), ("Sofia Villanueva", "present", None),
        ("Thomas Keller", "virtual", None),
        ("Evan Marchetti", "in_attendance", "Superintendent and Secretary to the Board"),
        ("Rosa Delgado", "in_attendance", "Assistant Superintendent, Business Services"),
        ("Karen Liu", "in_attendance", "Executive Assistant and Recording Secretary")}


def test_a_division_printed_as_a_table_of_columns():
    """"For: (4)   Against: (2)   Abstain: (1)" side by side, each option's names in its column
    (the columns of unequal length), after "A, seconded by B, proposed that ..."."""
    body = lines_of([("Cllr Dee Furlong, seconded by Cllr Tom Cost, proposed that the Variation be made.", 90, False, 0),
                     ("A recorded vote was called for, the result of which was as follows:", 90, False, 1)])
    cols = (150, 300, 450)
    top = body[-1].top + 30
    body.append(make_columns([(t, x) for t, x in zip(("For: (4)", "Against: (2)", "Abstain: (1)"), cols)], top=top, size=SIZE))
    rows = [("Cllr Ann Byrne", "Cllr Sue Gall", "Cllr Una Breen"), ("Cllr Dee Furlong", "Cllr Pat Sheehan", None),
            ("Cllr Tom Cost", None, None), ("Cllr Liam Kav", None, None)]
    for k, row in enumerate(rows, start=1):
        body.append(make_columns([(t, x - 10) for t, x in zip(row, cols) if t], top=top + 13 * k, size=SIZE))
    body += lines_of([("The Cathaoirleach declared the proposal carried.", 90, False, 0)], start=top + 13 * 6)
    _, motions, votes = analyse_item(body, "CC 119/31.", NLP)
    assert [(m.mover, m.seconder) for m in motions] == [("Dee Furlong", "Tom Cost")]
    (vote,) = votes
    assert (vote.result, vote.counts.yes, vote.counts.no, vote.counts.abstain) == ("carried", 4, 2, 1)
    assert vote.voters == {"yes": ["Ann Byrne", "Dee Furlong", "Tom Cost", "Liam Kav"], "no": ["Sue Gall", "Pat Sheehan"],
                           "abstain": ["Una Breen"]}


def test_counts_in_brackets_after_the_colon_and_a_motion_seconded_in_a_clause():
    body = lines_of([
        ("Cllr Sue Gall moved the motion, which was seconded by Cllr Dee Quill. A vote was called for:", 90, False, 0),
        ("For: (2) Cllrs Una Breen and Sue Gall.", 110, False, 1),
        ("Against: (3) Cllrs Ann Byrne, Tom Cost and Liam Kav.", 110, False, 1),
        ("The Cathaoirleach declared the motion lost.", 90, False, 2),
    ])
    _, motions, votes = analyse_item(body, "CC 128/31.", NLP)
    assert [(m.mover, m.seconder, m.result) for m in motions] == [("Sue Gall", "Dee Quill", "lost")]
    assert [(v.counts.yes, v.counts.no) for v in votes] == [(2, 3)]


@pytest.mark.parametrize("nobody", ["none", "None", "Nil"])
def test_a_roll_call_with_options_nobody_voted_for_and_a_member_absent(nobody):
    body = lines_of([("Motion by Trustee Vill, seconded by Trustee Kell, to approve Item 6.5 as presented.", 60, False, 0),
                     (f"Ayes: Trustees Ochoa, Whit, Raman, Kell, Naka, Vill; Noes: {nobody};", 90, False, 1),
                     (f"Abstain: {nobody}; Absent: Batiste", 90, False, 1),
                     ("Motion carried 6-0.", 60, False, 1)])
    _, _, votes = analyse_item(body, "6.5.", NLP)
    (vote,) = votes
    assert (vote.result, vote.counts.yes, vote.counts.no, vote.counts.abstain) == ("carried", 6, 0, 0)
    assert vote.voters["absent"] == ["Batiste"]


@pytest.mark.parametrize("result", ["Motion carried 6-0 by roll call vote (Trustee Batiste absent).",
                                    "Motion carried 6-0 by a voice vote (Batiste was absent)."])
def test_a_result_with_its_tally_the_kind_of_vote_and_the_absent_member(result):
    body = lines_of([("Motion by Trustee Whit, seconded by Trustee Raman, to approve the agenda as presented.", 60, False, 0),
                     (result, 60, False, 1)])
    _, _, votes = analyse_item(body, "4.", NLP)
    (vote,) = votes
    assert (vote.result, vote.counts.yes, vote.counts.no) == ("carried", 6, 0)
    assert vote.voters == {"absent": ["Batiste"]}


@pytest.mark.parametrize("heading", ["Decision", "DECISION:"])
def test_what_is_decided_under_a_decision_heading(heading):
    clauses = lines_of([
        ("There was submitted a report by the Director of Finance on the budget.", 60, False, 0),
        (heading, 60, True, 1),
        ("The Committee agreed:-", 60, False, 1),
        ("(1) to note the projected overspend;", 60, False, 1),
        ("(2) to approve the revised phasing of projects set out in", 60, False, 1),
        ("Appendix 2; and", 96, False, 1),
        ("(3) to instruct a further report.", 60, False, 1),
    ])
    res, _, _ = analyse_item(clauses, "4.", NLP)
    assert [r.number for r in res] == ["1", "2", "3"]
    assert res[1].text == "to approve the revised phasing of projects set out in Appendix 2; and"
    single = lines_of([(heading, 60, True, 0), ("The Committee agreed to approve the minute as a correct record.", 60, False, 1)])
    res, _, _ = analyse_item(single, "3.", NLP)
    assert [(r.number, r.outcome) for r in res] == [(None, "approved")]
    # a decision worded "Resolved" is counted once, as a resolution
    resolved = lines_of([(heading, 60, True, 0), ("RESOLVED that the minute be approved.", 60, False, 1)])
    assert len(analyse_item(resolved, "3.", NLP)[0]) == 1


def test_a_division_between_a_motion_and_an_amendment():
    said = lines_of([("Motion by Councillor Fi Allister, seconded by Councillor Dun Reid:-", 60, False, 0),
                     ("On a division, there voted for the motion 9 Councillors and for the amendment 5 Councillors, and", 60, False, 2),
                     ("the motion was accordingly carried.", 60, False, 1)])
    (vote,) = analyse_item(said, "6.", NLP)[2]
    assert (vote.result, vote.counts.yes, vote.counts.no) == ("carried", 9, 5)
    listed = lines_of([("Motion by Councillor Fi Allister, seconded by Councillor Isla Strach:-", 60, False, 0),
                       ("On a division, there voted:-", 60, False, 2)])
    top = listed[-1].top + 13
    listed.append(make_columns([("For the motion (3)", 80), ("Councillors Allister, Reid,", 240)], top=top, size=SIZE))
    listed.append(make_columns([("Strach.", 240)], top=top + 13, size=SIZE))
    listed.append(make_columns([("For the amendment (2)", 80), ("Councillors Cowan and Tull.", 240)], top=top + 26, size=SIZE))
    listed += lines_of([("The motion was accordingly carried.", 60, False, 0)], start=top + 45)
    (vote,) = analyse_item(listed, "8.", NLP)[2]
    assert (vote.result, vote.counts.yes, vote.counts.no) == ("carried", 3, 2)
    assert vote.voters == {"yes": ["Allister", "Reid", "Strach"], "no": ["Cowan", "Tull"]}
