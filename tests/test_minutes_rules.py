"""The general minutes patterns, each on an invented example (fictional names and councils)."""

from agendapack.extractors.minutes.attendance import parse_people, split_name, substitutions
from agendapack.extractors.minutes.extract import extract_minutes
from agendapack.extractors.minutes.item import analyse_item
from agendapack.extractors.minutes.nlp import load_nlp, resolve_model, word_to_int
from agendapack.extractors.minutes.resolutions import outcome_of
from agendapack.extractors.text.layer import Line, Word

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
