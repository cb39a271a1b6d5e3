"""Minutes of Kent County Council meetings (ModernGov house style), checked against the gold
records in tests/gold: minute numbers, titles, "(Item N)" references, resolutions, recorded
divisions with named voters, attendance."""


from tests.minutes_gold import gold_votes, load_gold, norm, pred_votes, score_attendance

FILES = {
    "kent_cabinet_2025-01-30_minutes": "minutes/kent_cabinet_2025-01-30_minutes.pdf",
    "kent_county-council_2025-01-09_minutes": "minutes/kent_county-council_2025-01-09_minutes.pdf",
    "kent_county-council_2025-02-13_minutes": "minutes/kent_county-council_2025-02-13_minutes.pdf",
    "kent_county-council_2025-03-13_minutes": "minutes/kent_county-council_2025-03-13_minutes.pdf",
    "kent_corporate-parenting-panel_2024-12-10_minutes": "minutes/kent_corporate-parenting-panel_2024-12-10_minutes.pdf",
}


def _minutes(parsed, stem):
    pack = parsed(FILES[stem])
    assert len(pack.minutes) == 1
    return pack.minutes[0], load_gold(stem)


def _assert_items(m, gold):
    got = [(it.number, norm(it.title), it.agenda_item) for it in m.items]
    exp = [(g["number"], norm(g["title"]), g["agenda_item"]) for g in gold["minutes"]["items"]]
    assert got == exp


def _assert_attendance(m, gold):
    got = sorted((norm(a.name), a.status) for a in m.attendance)
    exp = sorted((norm(a["name"]), a["status"]) for a in gold["minutes"]["attendance"])
    assert got == exp
    roles = {(norm(a["name"]), a["status"]): a["role"] for a in gold["minutes"]["attendance"] if a.get("role")}
    for a in m.attendance:
        key = (norm(a.name), a.status)
        if key in roles:
            assert norm(a.role) == norm(roles[key]), a


def _resolutions_per_item(m):
    return {it.number or it.title: len(it.resolutions) for it in m.items if it.resolutions}


def test_kent_cabinet_2025_01_30_items_resolutions_attendance(parsed):
    m, gold = _minutes(parsed, "kent_cabinet_2025-01-30_minutes")
    assert m.meeting.body == gold["meeting"]["body"]
    assert m.meeting.date == gold["meeting"]["date"]
    assert m.meeting.start_time is None and m.meeting.end_time is None
    _assert_items(m, gold)
    assert _resolutions_per_item(m) == gold["minutes"]["resolutions_per_item"]
    assert sum(len(it.resolutions) for it in m.items) == gold["minutes"]["resolutions"] == 13
    # minute 88's lettered parts keep their printed labels and outcomes
    r88 = next(it for it in m.items if it.number == "88").resolutions
    assert [r.number for r in r88] == ["A", "b", "c", "d", "e", "f"]
    assert r88[0].outcome == "noted" and r88[4].outcome == "agreed"
    assert not any(it.votes for it in m.items)
    _assert_attendance(m, gold)
    gough = next(a for a in m.attendance if a.name == "R W Gough")
    assert gough.honorific == "Mr" and gough.role == "Chairman"


def test_kent_county_council_2025_02_13_recorded_divisions(parsed):
    m, gold = _minutes(parsed, "kent_county-council_2025-02-13_minutes")
    _assert_items(m, gold)
    assert _resolutions_per_item(m) == gold["minutes"]["resolutions_per_item"]
    assert pred_votes(m) == gold_votes(gold)
    votes = [v for it in m.items for v in it.votes]
    for got, exp in zip(votes, gold["minutes"]["votes"]):
        for opt in ("yes", "no", "abstain"):
            assert [norm(n) for n in got.voters.get(opt, [])] == [norm(n) for n in exp["voters"][opt]], (exp["motion"], opt)
    # movers and seconders of the amendments, in order
    item291 = next(it for it in m.items if it.number == "291")
    amendments = [mo for mo in item291.motions if mo.kind == "amendment"]
    assert [(a.mover, a.seconder) for a in amendments] == [
        (v["mover"], v["seconder"]) for v in gold["minutes"]["votes"] if v["motion"].startswith("Amendment")
    ]
    assert all(a.result == "lost" for a in amendments)
    _assert_attendance(m, gold)


def test_kent_county_council_2025_01_09_amendments_and_divisions(parsed):
    m, gold = _minutes(parsed, "kent_county-council_2025-01-09_minutes")
    _assert_items(m, gold)
    assert _resolutions_per_item(m) == gold["minutes"]["resolutions_per_item"]
    assert pred_votes(m) == gold_votes(gold)
    votes = [v for it in m.items for v in it.votes]
    for got, exp in zip(votes, gold["minutes"]["votes"]):
        for opt, names in exp.get("voters", {}).items():
            assert [norm(n) for n in got.voters[opt]] == [norm(n) for n in names]
    grehan = next(a for a in m.attendance if a.name == "Grehan")
    assert grehan.status == "virtual"
    _assert_attendance(m, gold)


def test_kent_county_council_2025_03_13_votes_with_and_without_counts(parsed):
    m, gold = _minutes(parsed, "kent_county-council_2025-03-13_minutes")
    _assert_items(m, gold)
    assert _resolutions_per_item(m) == gold["minutes"]["resolutions_per_item"]
    # printed counts win over the length of the name lists (For (36) lists 35 names)
    assert pred_votes(m) == gold_votes(gold)
    item306 = next(it for it in m.items if it.number == "306")
    part4 = item306.votes[2]
    assert part4.counts.yes == 36 and len(part4.voters["yes"]) == 35
    # "The Chairman proposed and the Vice-Chairman seconded" -> the attendees holding those roles
    extension = next(mo for mo in item306.motions if "extend the meeting" in (mo.text or ""))
    assert extension.mover.endswith("Sweetland") and extension.seconder.endswith("Ridgers")
    matched, predicted, expected = score_attendance(m, gold)
    assert matched == predicted == expected


def test_kent_corporate_parenting_panel_2024_12_10_unnumbered_items_substitute(parsed):
    m, gold = _minutes(parsed, "kent_corporate-parenting-panel_2024-12-10_minutes")
    _assert_items(m, gold)
    assert sum(len(it.resolutions) for it in m.items) == gold["minutes"]["resolutions"]
    roxanne = next(a for a in m.attendance if a.name == "Roxanne Hills")
    assert roxanne.status == "substitute" and roxanne.substitute_for == "Nancy Sayer"
    assert roxanne.role == "Designated Nurse for Looked after Children"
    assert {a.name for a in m.attendance if a.status == "virtual"} == {"Sarah Hamilton", "Lesley Game", "Dan Bride"}
    _assert_attendance(m, gold)
