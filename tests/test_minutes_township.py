"""Minutes laid out as small councils and US townships print them, on invented examples (fictional
names): running minute numbers with the title and text on one line, unnumbered headings in
capitals or bold, motions and roll calls in prose, attendance in a sentence."""

from agendapack.extractors.minutes.attendance import entries_from_list, split_name
from agendapack.extractors.minutes.extract import extract_minutes
from agendapack.extractors.minutes.headings import find_headings
from agendapack.extractors.minutes.item import analyse_item
from agendapack.extractors.minutes.nlp import load_nlp
from agendapack.extractors.text.layer import Line, Word

SIZE = 11.0
NLP = load_nlp("blank")


def line(text, top, x0=60.0, bold=False, bold_words=0):
    """A line; `bold_words` > 0 sets only its first words in bold (a heading run into its text)."""
    words, x = [], x0
    for k, w in enumerate(text.split()):
        width = 5.5 * len(w)
        words.append(Word(w, x, x + width, top, top + SIZE, SIZE, bold or k < bold_words))
        x += width + 3.0
    return Line(text, 1, x0, x, top, top + SIZE, SIZE, bold or bold_words * 2 > len(words), tuple(words))


def lines_of(spec, pitch=14.0):
    """spec: (text, x0, bold, bold_words) a line."""
    return [line(t, 60 + k * pitch, x0, bold, bw) for k, (t, x0, bold, bw) in enumerate(spec)]


def test_running_minute_numbers_with_title_and_text_on_one_line():
    lines = lines_of([
        ("Present: Cllrs A Lowe (Chair), B Marsh and C Pike.", 60, False, 0),
        ("412. Apologies: Apologies were received from Cllr D Fenn.", 60, False, 0),
        ("413. Police Report: PC Hart attended and reported one burglary since the last", 60, False, 0),
        ("meeting.", 90, False, 0),
        ("414. Minutes. The minutes of the last meeting were approved and signed as correct.", 60, False, 0),
        ("415. Declarations of interest: none.", 60, False, 0),
    ])
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title) for it in m.items] == [
        ("412", "Apologies"), ("413", "Police Report"), ("414", "Minutes"), ("415", "Declarations of interest")]
    assert m.items[1].text.startswith("PC Hart attended") and m.items[1].text.endswith("meeting.")
    assert ("D Fenn", "apologies") in {(a.name, a.status) for a in m.attendance}


def test_a_numbered_list_from_one_in_plain_type_is_no_running_numbering():
    lines = lines_of([
        ("7. Budget", 60, True, 0),
        ("The following were agreed:", 80, False, 0),
        ("1. Grants to be paid in April.", 80, False, 0),
        ("2. The reserve to be kept at £5,000.", 80, False, 0),
        ("3. A review in the autumn.", 80, False, 0),
    ])
    assert [h.number for h in find_headings(lines, {1: 600}).headings] == ["7"]


def test_unnumbered_bold_headings_with_text_run_on():
    lines = lines_of([
        ("Call to Order: The meeting was called to order at 7:00 p.m.", 60, False, 3),
        ("Roll Call", 60, True, 0),
        ("Present: Supervisor Ann Lowe, Clerk Ben Marsh, Trustees Cal Pike and Dee Fenn.", 60, False, 0),
        ("Approval of Minutes: Motion by Trustee Pike, supported by Trustee Fenn to approve the", 60, False, 3),
        ("minutes. All in favor. Motion carried.", 60, False, 0),
        ("Adjournment", 60, True, 0),
        ("The meeting adjourned at 8:10 p.m.", 60, False, 0),
    ])
    m = extract_minutes(lines, NLP)
    assert [it.title for it in m.items] == ["Call to Order", "Roll Call", "Approval of Minutes", "Adjournment"]
    motion = m.items[2].motions[0]
    assert (motion.mover, motion.seconder, motion.result) == ("Pike", "Fenn", "carried")
    assert {(a.name, a.status) for a in m.attendance} == {
        ("Ann Lowe", "present"), ("Ben Marsh", "present"), ("Cal Pike", "present"), ("Dee Fenn", "present")}


def test_capital_lines_that_are_votes_or_results_are_no_headings():
    lines = lines_of([
        ("OLD BUSINESS", 60, False, 0),
        ("Motion by Trustee Pike, second by Trustee Fenn to repair the hall roof.", 60, False, 0),
        ("MOTION CARRIED", 60, False, 0),
        ("NEW BUSINESS", 60, False, 0),
        ("AYES: Pike, Fenn, Lowe", 60, False, 0),
        ("ADJOURNMENT", 60, False, 0),
    ])
    assert [h.title for h in find_headings(lines, {1: 600}).headings] == ["OLD BUSINESS", "NEW BUSINESS", "ADJOURNMENT"]


def _votes(text):
    _r, motions, votes = analyse_item(lines_of([(text, 60, False, 0)]), "x.", NLP)
    return motions, votes


def test_roll_call_answered_member_by_member_keeps_absent_members_apart():
    motions, votes = _votes("Motion by Lowe, second by Marsh to buy a mower. Roll call: Lowe yes, Marsh – yes, "
                            "Pike – no, Fenn – absent. Motion passes.")
    assert [(m.mover, m.seconder) for m in motions] == [("Lowe", "Marsh")]
    v = votes[0]
    assert (v.result, v.counts.yes, v.counts.no) == ("carried", 2, 1)
    assert v.voters["absent"] == ["Fenn"] and v.voters["no"] == ["Pike"]


def test_roll_call_counted_by_option_and_two_motions_in_one_paragraph():
    motions, votes = _votes("A motion was made to accept the report by Trustee Pike, seconded by Trustee Fenn. "
                            "Roll call vote: Ayes 4, Nays 1. Motion carried. Motion by Clerk Marsh, second by "
                            "Trustee Pike to table the item. Roll call vote: Yes – Marsh, Pike; No – Lowe, Fenn, "
                            "Hart. Motion failed.")
    assert [(m.mover, m.seconder, m.result) for m in motions] == [("Pike", "Fenn", "carried"), ("Marsh", "Pike", "lost")]
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 4, 1), ("lost", 2, 3)]


def test_voice_vote_and_everyone_in_favour_leave_the_counts_unknown():
    _m, votes = _votes("Motion by Pike, seconded by Fenn to adjourn. Roll call vote: Ayes: All. Motion carried.")
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", None, None)]
    _m, votes = _votes("Motion by Pike, seconded by Fenn to adjourn. All were in favor. Motion carried 5-0.")
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 5, 0)]


def test_board_offices_in_a_present_list_and_a_member_marked_absent():
    got = {(e.name, e.status) for e in entries_from_list(
        "Supervisor Ann Lowe, Clerk Ben Marsh, Trustees Cal Pike and Dee Fenn. Trustee Eve Moss Absent.", "present", 1)}
    assert got == {("Ann Lowe", "present"), ("Ben Marsh", "present"), ("Cal Pike", "present"), ("Dee Fenn", "present"),
                   ("Eve Moss", "absent")}
    # a clerk listed after the members is the council's officer
    officer = {(e.name, e.status) for e in entries_from_list("Councillors A Webb, J Kowalski and R Shah, Clerk M Ortiz", "present", 1)}
    assert ("M Ortiz", "in_attendance") in officer


def test_role_printed_after_the_initials():
    p = split_name("Alice Webb (AW) Chair")
    assert (p.name, p.role) == ("Alice Webb", "Chairman")
    assert split_name("Nick Oakhill (NO)").role is None


def test_attendance_lists_inside_a_sentence_of_the_first_item():
    lines = lines_of([
        ("CALL TO ORDER", 60, False, 0),
        ("Supervisor Lowe called the meeting to order at 7:00 p.m. Members present: Lowe, Marsh,", 60, False, 0),
        ("Pike. Absent: Fenn.", 60, False, 0),
        ("OLD BUSINESS", 60, False, 0),
        ("None.", 60, False, 0),
        ("ADJOURNMENT", 60, False, 0),
        ("The meeting adjourned at 7:40 p.m.", 60, False, 0),
    ])
    m = extract_minutes(lines, NLP)
    assert {(a.name, a.status) for a in m.attendance} == {
        ("Lowe", "present"), ("Marsh", "present"), ("Pike", "present"), ("Fenn", "absent")}


def test_outline_numbered_capital_headings_with_text_run_on():
    roman = lines_of([
        ("I. CALL TO ORDER", 60, False, 0),
        ("The meeting was called to order at 7:00 p.m.", 60, False, 0),
        ("II. ROLL CALL: Present: Lowe, Marsh, Pike.", 60, False, 0),
        ("III. NEW BUSINESS", 60, False, 0),
        ("IV. ADJOURNMENT", 60, False, 0),
    ])
    assert [(h.number, h.title) for h in find_headings(roman, {1: 600}).headings] == [
        ("I", "CALL TO ORDER"), ("II", "ROLL CALL"), ("III", "NEW BUSINESS"), ("IV", "ADJOURNMENT")]
    arabic = lines_of([
        ("1. CALL TO ORDER: The meeting was called to order at 7:00 p.m.", 60, False, 0),
        ("2. APPROVAL OF MINUTES: Motion by Pike, second by Marsh to approve. Motion carried.", 60, False, 0),
        ("3. ADJOURNMENT", 60, False, 0),
    ])
    m = extract_minutes(arabic, NLP)
    assert [(it.number, it.title) for it in m.items] == [("1", "CALL TO ORDER"), ("2", "APPROVAL OF MINUTES"), ("3", "ADJOURNMENT")]
    assert [(mo.mover, mo.seconder, mo.result) for mo in m.items[1].motions] == [("Pike", "Marsh", "carried")]


def test_results_worded_with_their_vote_and_voting_labels():
    _m, votes = _votes("Motion by Pike, seconded by Fenn to approve the bills. Motion carried by a vote of 4-1.")
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 4, 1)]
    _m, votes = _votes("Motion by Pike, seconded by Fenn to adjourn. All in favor; motion carried.")
    assert [(v.result, v.counts.yes) for v in votes] == [("carried", None)]
    _m, votes = _votes("Motion by Pike, seconded by Fenn to buy salt. Voting yes: Pike, Fenn, Lowe. Voting no: Marsh. "
                       "Motion carried.")
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 3, 1)]


def test_roll_call_answered_without_a_dash():
    lines = lines_of([
        ("CALL TO ORDER", 60, False, 0),
        ("The meeting was called to order at 7:00 p.m.", 60, False, 0),
        ("ROLL CALL", 60, False, 0),
        ("Supervisor Lowe Present, Clerk Marsh Present, Trustee Pike Absent", 60, False, 0),
        ("ADJOURNMENT", 60, False, 0),
    ])
    m = extract_minutes(lines, NLP)
    assert {(a.name, a.status) for a in m.attendance} == {("Lowe", "present"), ("Marsh", "present"), ("Pike", "absent")}


def test_running_numbers_beside_a_longer_list_in_the_same_column():
    spec = [("Present: Cllrs A Lowe (Chair), B Marsh and C Pike.", 60, False, 0),
            ("88. Apologies: None.", 60, False, 0),
            ("89. Grants: The following grants were made:", 60, False, 0)]
    spec += [(f"{k}. A grant of £{k}00 to group {k}.", 62, False, 0) for k in range(1, 7)]
    spec += [("90. Planning: No applications had been received.", 60, False, 0),
             ("91. Date of next meeting: 4 May.", 60, False, 0)]
    heads = find_headings(lines_of(spec), {1: 600}).headings
    assert [(h.number, h.title) for h in heads] == [("88", "Apologies"), ("89", "Grants"), ("90", "Planning"),
                                                   ("91", "Date of next meeting")]


def test_a_list_numbered_from_one_with_its_two_digit_numbers_outdented_is_no_running_numbering():
    spec = [("Contracts awarded", 60, True, 0)]
    spec += [(f"{k}. SUPPLIER {k} LTD $1,000.00 Low Bid", 71 if k < 10 else 64, False, 0) for k in range(1, 14)]
    spec += [("RESOLVED that the awards be approved.", 60, False, 0)]
    heads = find_headings(lines_of(spec), {1: 600}).headings
    assert not any(h.number and h.number.isdigit() and int(h.number) >= 10 for h in heads), [h.number for h in heads]


def test_roll_call_vote_answered_one_member_a_line():
    body = lines_of([
        ("Motion by Trustee Pike, seconded by Clerk Marsh to pave the lot.", 60, False, 0),
        ("Roll Call Vote:", 60, False, 0),
        ("Trustee Pike Yes", 80, False, 0),
        ("Clerk Marsh Yes", 80, False, 0),
        ("Supervisor Lowe No", 80, False, 0),
        ("Trustee Fenn Absent", 80, False, 0),
        ("Motion carried.", 60, False, 0),
    ])
    _r, motions, votes = analyse_item(body, "x.", NLP)
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 2, 1)]
    assert votes[0].voters["absent"] == ["Fenn"] and votes[0].motion == motions[0].id


def test_motions_worded_around_their_mover_and_seconder():
    for text, want in [
        ("A motion to approve the bills was made by Trustee Pike and seconded by Trustee Fenn. Motion carried.", ("Pike", "Fenn")),
        ("Trustee Pike made a motion to approve the bills, seconded by Clerk Marsh. Motion carried.", ("Pike", "Marsh")),
        ("Trustee Fenn moved to approve the bills, supported by Trustee Pike. Motion carried.", ("Fenn", "Pike")),
        ("Trustee Fenn made a motion to approve the bills; Trustee Pike seconded. Motion carried.", ("Fenn", "Pike")),
    ]:
        motions, votes = _votes(text)
        assert [(m.mover, m.seconder) for m in motions] == [want], text
        assert [v.result for v in votes] == ["carried"], text


def test_bold_title_with_short_plain_text_run_on():
    lines = lines_of([
        ("Present: Cllrs A Lowe (Chair), B Marsh and C Pike.", 60, False, 0),
        ("412. Declarations of Interest: None.", 60, False, 4),
        ("413. Planning Applications Received: None.", 60, False, 4),
        ("414. Correspondence: a letter from the county council.", 60, False, 2),
    ])
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title) for it in m.items] == [
        ("412", "Declarations of Interest"), ("413", "Planning Applications Received"), ("414", "Correspondence")]


def test_members_listed_by_their_initials():
    assert [e.name for e in entries_from_list("NO, JH, HD and KG", "present", 1)] == ["NO", "JH", "HD", "KG"]


def test_roll_call_counts_on_one_line_without_separators():
    _m, votes = _votes("Motion by Pike, seconded by Fenn to buy salt. Roll call vote: Ayes: 4 Nays: 1 Motion carried.")
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 4, 1)]


def test_minute_numbers_with_their_year():
    lines = lines_of([
        ("Present: Cllrs A Lowe (Chair), B Marsh and C Pike.", 60, False, 0),
        ("45/24 Apologies: Apologies were received from Cllr D Fenn.", 60, False, 0),
        ("46/24 Minutes: The minutes of 4 March were approved.", 60, False, 0),
        ("47/24 Footpaths: The stile on Mill Lane had been repaired.", 60, False, 0),
    ])
    assert [(h.number, h.title) for h in find_headings(lines, {1: 600}).headings] == [
        ("45/24", "Apologies"), ("46/24", "Minutes"), ("47/24", "Footpaths")]


def test_roll_call_introduced_inside_a_sentence_and_answers_after_commas():
    _m, votes = _votes("Motion by Pike, seconded by Fenn to buy salt. Upon roll call vote, the motion carried as "
                       "follows: Ayes: Pike, Fenn, Lowe. Nays: Marsh. Absent: Hart.")
    assert [(v.result, v.counts.yes, v.counts.no, v.voters.get("absent")) for v in votes] == [("carried", 3, 1, ["Hart"])]
    _m, votes = _votes("Motion by Pike, seconded by Fenn to buy salt. Roll call vote: Trustee Pike, aye; Trustee Fenn, "
                       "aye; Clerk Marsh, nay. Motion carried.")
    assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [("carried", 2, 1)]


def test_more_ways_of_wording_a_motion_and_its_vote():
    # (text, (mover, seconder), (result, yes, no)) in the wordings of Irish, UK, US and Canadian minutes
    for text, movers, vote in [
        ("On the proposal of Cllr Mary Byrne, seconded by Cllr John Walsh, it was agreed to adopt the report.",
         ("Mary Byrne", "John Walsh"), ("carried", None, None)),
        ("It was proposed by Cllr Byrne and seconded by Cllr Walsh that the report be adopted. This was agreed.",
         ("Byrne", "Walsh"), ("carried", None, None)),
        ("Cllr Byrne proposed that the report be adopted; this was seconded by Cllr Walsh and carried unanimously.",
         ("Byrne", "Walsh"), ("carried", None, None)),
        ("MOTION (Lee/Park) to approve the plan. Vote: 4-1 (Ortiz opposed). Motion carried.",
         ("Lee", "Park"), ("carried", 4, 1)),
        ("It was moved by Alderman Kerr and seconded by Alderman Dunn that the recommendation be approved. On a "
         "vote being taken, 7 members voted for and 2 against. The motion was declared carried.",
         ("Kerr", "Dunn"), ("carried", 7, 2)),
        ("Upon a motion by Trustee Hall, seconded by Trustee Berg, the Board voted unanimously to approve the bills.",
         ("Hall", "Berg"), ("carried", None, None)),
    ]:
        motions, votes = _votes(text)
        assert [(m.mover, m.seconder) for m in motions] == [movers], text
        assert [(v.result, v.counts.yes, v.counts.no) for v in votes] == [vote], text


def test_more_ways_of_printing_a_votes_figures():
    # (text, (result, yes, no, abstain), named dissent)
    for text, want, dissent in [
        ("Proposed by Cllr Byrne, seconded by Cllr Walsh. For: 5, Against: 2, Abstentions: 1. The motion was carried.",
         ("carried", 5, 2, 1), None),
        ("Moved by Cr Rossi, seconded by Cr Nguyen. CARRIED 6/2.", ("carried", 6, 2, None), None),
        ("Motion by Commissioner Lee, seconded by Commissioner Park to approve. Motion passed 4-1 with Commissioner "
         "Ortiz voting no.", ("carried", 4, 1, None), ["Ortiz"]),
    ]:
        _motions, votes = _votes(text)
        assert [(v.result, v.counts.yes, v.counts.no, v.counts.abstain) for v in votes] == [want], text
        assert votes[0].voters.get("no") == dissent, text


def test_titles_ended_by_colon_dash_and_councillors_of_other_bodies_in_the_present_list():
    # older parish minutes end a run-on title with ":-"; a county or district councillor listed
    # among those present is a guest (the title says of which body); "the Clerk" names nobody
    lines = lines_of([
        ("Present: Chairman Cllr Mrs Lowe, Cllrs Marsh, Pike & Fenn, County Cllr Dyer, District", 60, False, 0),
        ("Councillor R Lamb and the Clerk.", 60, False, 0),
        ("512. Updates:- The Hall – the new boiler was fitted in March.", 60, False, 2),
        ("513. Reports from Sub-Committees:- Finance – The draft budget was agreed.", 60, False, 4),
        ("514. Correspondence: none.", 60, False, 1),
        ("515. Planning:- The application for the barn was supported.", 60, False, 0),
    ])
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title) for it in m.items] == [
        ("512", "Updates"), ("513", "Reports from Sub-Committees"), ("514", "Correspondence"), ("515", "Planning")]
    assert m.items[0].text.startswith("The Hall")
    assert {(a.name, a.status, a.role) for a in m.attendance} == {
        ("Lowe", "present", "Chairman"), ("Marsh", "present", None), ("Pike", "present", None),
        ("Fenn", "present", None), ("Dyer", "also_present", "County Councillor"),
        ("R Lamb", "also_present", "District Councillor")}


def test_a_bold_title_run_on_past_its_colon_over_a_bold_topic_ends_at_the_colon():
    lines = lines_of([
        ("Present: Cllrs A Lowe (Chair), B Marsh and C Pike.", 60, False, 0),
        ("612. Updates:- The Hall – the new boiler was fitted in March.", 60, False, 4),
        ("613. Finance: Budget – The draft budget was agreed.", 60, False, 3),
        ("614. Correspondence: none.", 60, False, 2),
    ])
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title) for it in m.items] == [("612", "Updates"), ("613", "Finance"), ("614", "Correspondence")]
    assert m.items[0].text.startswith("The Hall – the new boiler")


def test_items_numbered_under_their_section_in_the_body_type_with_hanging_titles():
    # "6.1", "6.2" under the bold "6. CONSENT CALENDAR", printed in plain type with a file number
    # before the title, the title wrapped under itself; a numbered paragraph that reads as a
    # sentence ("7.1 The Council noted ...") is text, not an item
    spec = [
        ("6. CONSENT CALENDAR", 60, True, 0, 60),
        ("6.1 25-0401 Approval of the Minutes of the Regular Meeting of March 25, 2025", 80, False, 0, 74),
        ("This item was approved on the Consent Calendar.", 170, False, 0, 91),
        ("6.2 25-0412 Award of Construction Contract to Crest Paving for the Pavement Rehabilitation", 80, False, 0, 111),
        ("Project in the Amount of $1,284,900", 170, False, 0, 125),
        ("A motion was made by Councilmember Bell, seconded by Councilmember Okafor, that", 170, False, 0, 142),
        ("this item be adopted. The motion carried.", 170, False, 0, 156),
        ("7. REPORTS", 60, True, 0, 180),
        ("7.1 The Council noted the report of the City Manager on the budget.", 80, False, 0, 196),
    ]
    lines = [line(t, top, x0, bold, bw) for t, x0, bold, bw, top in spec]
    m = extract_minutes(lines, NLP)
    assert [(it.number, it.title) for it in m.items] == [
        ("6", "CONSENT CALENDAR"),
        ("6.1", "Approval of the Minutes of the Regular Meeting of March 25, 2025"),
        ("6.2", "Award of Construction Contract to Crest Paving for the Pavement Rehabilitation Project in the Amount of $1,284,900"),
        ("7", "REPORTS")]
    assert m.items[2].text.startswith("A motion was made")
