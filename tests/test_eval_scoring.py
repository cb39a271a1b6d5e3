"""The evaluation's scoring rules on tiny hand-made gold records and packs (no PDF): unnumbered
agenda items, nesting, absent members in votes, attendance by name, table cell keys and groups,
and the grouped run of `python -m evaluation`."""

import json

from evaluation import agenda, run
from evaluation.core import DocResult


def _score(gold: dict, pack: dict) -> DocResult:
    res = DocResult("gold.json", gold.get("file", "x.pdf"), gold.get("kind", "agenda"), "UK")
    for scorer in run.SCORERS:
        scorer(gold, pack, res)
    return res


def _item(number, title, subitems=()):
    return {"number": number, "title": title, "part": "public", "page": 1, "subitems": list(subitems)}


def _counts(score) -> tuple[int, int, int]:
    return score.tp, score.pred, score.gold


# ----- agenda items printed without numbers ------------------------------------------------------


def test_unnumbered_agenda_items_pair_by_title_in_order():
    gold = {"kind": "agenda", "agenda": [
        {"number": None, "title": "CALL TO ORDER"},
        {"number": None, "title": "REPORTS"},
        {"number": None, "title": "APPROVAL OF MINUTES November 8, 2023, Regular meeting minutes"},
        {"number": None, "title": "REPORTS"},  # printed twice: pairs in its own place
        {"number": None, "title": "ADJOURNMENT"},
    ]}
    # the parser numbered the headings itself, cut one title short, missed one item and added one
    pack = {"agenda": [
        _item("1", "Call to Order:"),
        _item("2", "Reports"),
        _item("3", "APPROVAL OF MINUTES"),
        _item("4", "Pledge of Allegiance"),
        _item("5", "REPORTS"),
    ]}
    pairs = agenda.pair_items(gold["agenda"], pack["agenda"])
    assert pairs == [(0, 0), (1, 1), (2, 2), (3, 4)]
    res = _score(gold, pack)
    assert _counts(res.scores["agenda_items"]) == (4, 5, 5)
    # a title cut short pairs the item but is not the same title
    assert _counts(res.scores["agenda_titles"]) == (3, 5, 5)
    assert any("'ADJOURNMENT'" in m and "missing" in m for m in res.misses)


def test_unnumbered_items_do_not_pair_with_unlike_titles():
    gold = {"kind": "agenda", "agenda": [{"number": None, "title": "CORRESPONDENCE"}]}
    pack = {"agenda": [_item("1", "Declarations of interest")]}
    res = _score(gold, pack)
    assert _counts(res.scores["agenda_items"]) == (0, 1, 1)


def test_numbered_items_still_pair_by_number_whatever_the_title():
    gold = {"kind": "agenda", "agenda": [{"number": "1", "title": "Apologies"}, {"number": "2", "title": "Minutes"}]}
    pack = {"agenda": [_item("1", "Apologies for absence and substitutes"), _item("2.", "Minutes")]}
    res = _score(gold, pack)
    assert _counts(res.scores["agenda_items"]) == (2, 2, 2)
    assert _counts(res.scores["agenda_titles"]) == (1, 2, 2)


# ----- nesting -----------------------------------------------------------------------------------


def test_nesting_follows_paths_where_numbers_repeat():
    gold = {"kind": "agenda", "agenda": [
        {"number": "V", "title": "Committee reports", "parent": None, "path": "V"},
        {"number": "A", "title": "Workforce", "parent": "V", "path": "V.A"},
        {"number": "1", "title": "Grants", "parent": "A", "path": "V.A.1"},
        {"number": "C", "title": "Management", "parent": "V", "path": "V.C"},
        {"number": "1", "title": "Insurance", "parent": "C", "path": "V.C.1"},
    ]}
    right = {"agenda": [_item("V", "Committee reports", [
        _item("A", "Workforce", [_item("1", "Grants")]),
        _item("C", "Management", [_item("1", "Insurance")]),
    ])]}
    assert _counts(_score(gold, right).scores["agenda_nesting"]) == (4, 4, 4)
    # C's item 1 put under A: three links right, one wrong
    wrong = {"agenda": [_item("V", "Committee reports", [
        _item("A", "Workforce", [_item("1", "Grants")]),
        _item("C", "Management"),
    ]), _item("1", "Insurance")]}
    res = _score(gold, wrong)
    assert _counts(res.scores["agenda_nesting"]) == (3, 3, 4)
    assert any("agenda 1: under top level != under C" in m for m in res.misses)


def test_a_section_naming_an_earlier_item_is_its_parent_and_a_banner_is_not():
    gold = {"kind": "agenda", "agenda": [
        {"number": None, "title": "REPORTS", "parent": None},
        {"number": None, "title": "CLERK", "parent": None, "section": "REPORTS"},
        {"number": None, "title": "OLD BUSINESS", "parent": None},
    ]}
    assert agenda.gold_parents(gold["agenda"]) == [None, 0, None]
    pack = {"agenda": [_item("", "REPORTS", [_item("", "CLERK")]), _item("", "OLD BUSINESS")]}
    assert _counts(_score(gold, pack).scores["agenda_nesting"]) == (1, 1, 1)
    # a section heading that is not an item (a banner over numbered items) gives no parent, and
    # a gold agenda with no parent at all does not score nesting
    banner = {"kind": "agenda", "agenda": [
        {"number": "1", "title": "Accept the report", "parent": None, "section": "CONSENT CALENDAR"},
        {"number": "2", "title": "Adopt the ordinance", "parent": None, "section": "CONSENT CALENDAR"},
    ]}
    assert agenda.gold_parents(banner["agenda"]) == [None, None]
    res = _score(banner, {"agenda": [_item("1", "Accept the report"), _item("2", "Adopt the ordinance")]})
    assert "agenda_nesting" not in res.scores


def test_a_sub_item_under_an_extra_copy_of_its_parent_number_is_still_nested_right():
    gold = {"kind": "agenda", "agenda": [
        {"number": "10", "title": "Land use", "parent": None},
        {"number": "10.1", "title": "Land use on consent", "parent": "10"},
        {"number": "a", "title": "Street renaming", "parent": "10.1"},
    ]}
    pack = {"agenda": [_item("10", "Land use", [
        _item("10.1", "as they are considered routine"),  # an extra item, paired by number first
        _item("10.1", "Land use on consent", [_item("a", "Street renaming")]),
    ])]}
    # both gold links right; the extra item's own link costs precision only
    assert _counts(_score(gold, pack).scores["agenda_nesting"]) == (2, 3, 2)


# ----- minutes: votes and attendance ----------------------------------------------------------


def _minutes_pack(items, attendance=()):
    return {"minutes": [{"meeting": {}, "attendance": list(attendance), "items": items}]}


def _vote(yes, no, abstain, voters=None, absent=None):
    v = {"counts": {"yes": yes, "no": no, "abstain": abstain}, "voters": voters or {}}
    if absent is not None:
        v["counts"]["absent"] = absent
    return v


def test_absent_members_of_a_vote_are_scored_apart_from_its_figures():
    gold = {"kind": "minutes", "minutes": {"items": [{"number": None, "title": "REPORTS"}], "votes": [
        {"item": None, "item_title": "REPORTS", "counts": {"yes": 4, "no": 0, "abstain": 0, "absent": 1},
         "voters": {"yes": ["Elton", "Albrecht", "Hawkins", "Liccar"], "no": [], "abstain": [], "absent": ["Piacentini"]}},
    ]}}
    named = {"yes": ["Trustee Elton", "Albrecht", "Hawkins", "Liccar"], "absent": ["Piacentini"]}
    res = _score(gold, _minutes_pack([{"number": None, "title": "Reports", "votes": [_vote(4, 0, 0, named)]}]))
    assert _counts(res.scores["vote_counts"]) == (1, 1, 1)   # absent is not a vote
    assert _counts(res.scores["vote_voters"]) == (5, 5, 5)   # named absentees are scored
    assert _counts(res.scores["vote_absent"]) == (1, 1, 1)   # counted from the named absentees
    res = _score(gold, _minutes_pack([{"number": None, "title": "Reports", "votes": [_vote(4, 0, 0)]}]))
    assert _counts(res.scores["vote_absent"]) == (0, 0, 1)
    assert _counts(res.scores["vote_voters"]) == (0, 0, 5)
    # no gold vote counts absentees: the field is not scored, and no resolutions given: neither
    gold["minutes"]["votes"][0]["counts"].pop("absent")
    res = _score(gold, _minutes_pack([{"number": None, "title": "Reports", "votes": [_vote(4, 0, 0)]}]))
    assert "vote_absent" not in res.scores and "resolutions" not in res.scores


def test_votes_with_the_same_figures_pair_one_to_one_under_their_own_item():
    gold = {"kind": "minutes", "minutes": {"items": [], "votes": [
        {"item": None, "item_title": "Flag poles", "counts": {"yes": 5, "no": 0, "abstain": 0},
         "voters": {"yes": ["Elton", "Hawkins"]}},
        {"item": None, "item_title": "Bills", "counts": {"yes": 5, "no": 0, "abstain": 0},
         "voters": {"yes": ["Liccar", "Albrecht"]}},
    ]}}
    pack = _minutes_pack([
        {"number": None, "title": "Bills", "votes": [_vote(5, 0, 0, {"yes": ["Liccar", "Albrecht"]})]},
        {"number": None, "title": "Flag poles", "votes": [_vote(5, 0, 0, {"yes": ["Elton", "Hawkins"]})]},
    ])
    res = _score(gold, pack)
    assert _counts(res.scores["vote_counts"]) == (2, 2, 2)
    assert _counts(res.scores["vote_voters"]) == (4, 4, 4)


def test_attendance_names_tell_a_wrong_status_from_a_person_not_found():
    gold = {"kind": "minutes", "minutes": {"items": [], "attendance": [
        {"name": "Elton", "status": "present"},
        {"name": "Piacentini", "status": "absent"},
        {"name": "Jim Buiter", "role": "Clerk", "status": "in_attendance"},
    ]}}
    pack = _minutes_pack([], [
        {"name": "Elton", "status": "present", "page": 1},
        {"name": "Piacentini", "status": "present", "page": 1},
    ])
    res = _score(gold, pack)
    assert _counts(res.scores["attendance"]) == (1, 2, 3)
    assert _counts(res.scores["attendance_names"]) == (2, 2, 3)
    assert "attendance Piacentini (absent) found as present" in res.misses
    assert "attendance Jim Buiter (in_attendance) missing" in res.misses


def test_a_packs_minutes_are_scored_against_the_meeting_they_record():
    """A pack for 17 June holds the minutes of 8 April: the gold's minutes.meeting says so."""
    gold = {"kind": "pack", "meeting": {"date": "2025-06-17"},
            "minutes": {"items": [], "meeting": {"date": "2025-04-08"}}}
    pack = _minutes_pack([])
    pack["minutes"][0]["meeting"] = {"date": "2025-04-08"}
    assert _counts(_score(gold, pack).scores["minutes_meeting"]) == (1, 1, 1)
    # without minutes.meeting the file's own meeting is the one its minutes record
    gold["minutes"].pop("meeting")
    assert _counts(_score(gold, pack).scores["minutes_meeting"]) == (0, 1, 1)


# ----- tables ------------------------------------------------------------------------------------


def _table(columns, rows, pages=(1, 1), groups=()):
    return {"pages": {"first": pages[0], "last": pages[1]}, "columns": columns, "groups": list(groups),
            "rows": [{"cells": dict(zip(columns, r)), "pages": {"first": pages[0], "last": pages[0]}} for r in rows]}


def test_cell_keys_place_cells_under_repeated_column_names():
    gold = {"kind": "plan", "tables": [{
        "page": 1, "pages": {"first": 1, "last": 1}, "columns": ["ITEM", "Budget", "Spent", "Budget", "Spent"],
        "cell_keys": ["ITEM", "Budget (1)", "Spent (1)", "Budget (2)", "Spent (2)"], "row_count": 1,
        "groups": [{"title": "REVENUE", "first_index": 0, "last_index": 0}],
        "rows": [{"index": 0, "cells": {"ITEM": "Salary", "Budget (1)": "4,200", "Spent (1)": "3,528",
                                        "Budget (2)": "4,000", "Spent (2)": "3,551"}}],
    }]}
    cols = ["ITEM", "Budget", "Spent", "Budget (2)", "Spent (2)"]
    right = {"tables": [_table(cols, [["Salary", "4,200", "3,528", "4,000", "3,551"]], groups=["Revenue"])]}
    res = _score(gold, right)
    assert _counts(res.scores["table_cells"]) == (5, 5, 5)
    assert _counts(res.scores["table_cell_columns"]) == (5, 5, 5)
    assert _counts(res.scores["table_groups"]) == (1, 1, 1)
    # the two years' figures swapped: every cell is found, three of them in their own column
    swapped = {"tables": [_table(cols, [["Salary", "4,000", "3,551", "4,200", "3,528"]])]}
    res = _score(gold, swapped)
    assert _counts(res.scores["table_cells"]) == (5, 5, 5)
    assert _counts(res.scores["table_cell_columns"]) == (1, 5, 5)
    assert _counts(res.scores["table_groups"]) == (0, 0, 1)


def test_placeholder_columns_are_placed_by_position_when_the_tables_are_as_wide():
    gold = {"kind": "plan", "tables": [{
        "page": 1, "columns": ["(account)", "2021 / Actual"], "row_count": 1,
        "rows": [{"index": 0, "cells": {"(account)": "3000 · Property Tax", "2021 / Actual": "704,628"}}],
    }]}
    pack = {"tables": [_table(["(column 1)", "2021 Actual"], [["3000 · Property Tax", "704,628"]])]}
    res = _score(gold, pack)
    assert _counts(res.scores["table_cell_columns"]) == (2, 2, 2)
    assert "table_groups" not in res.scores


def test_one_predicted_table_is_found_for_one_gold_table_only():
    gold = {"kind": "plan", "tables": [
        {"page": 4, "title": "Invoices", "columns": ["Payee", "Total"], "row_count": 1,
         "rows": [{"index": 0, "cells": {"Payee": "OALC", "Total": "216.00"}}]},
        {"page": 4, "title": "Receipts", "columns": ["Payee", "Total"], "row_count": 1,
         "rows": [{"index": 0, "cells": {"Payee": "Bank", "Total": "1.20"}}]},
    ]}
    # both gold tables run together in one predicted table
    pack = {"tables": [_table(["Payee", "Total"], [["OALC", "216.00"], ["Bank", "1.20"]], pages=(4, 4))]}
    res = _score(gold, pack)
    assert _counts(res.scores["tables_found"]) == (1, 1, 2)
    assert res.scores["tables_found"].precision <= 1.0
    assert _counts(res.scores["table_cells"]) == (4, 4, 4)


# ----- the grouped run ---------------------------------------------------------------------------


def _write_gold(folder, name, file):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps({"file": file, "kind": "agenda", "country": "UK",
                                           "agenda": [{"number": "1", "title": "Apologies"}]}))


def test_groups_are_the_gold_folder_and_its_dev_and_holdout_folders(tmp_path):
    assert run.group_dirs(tmp_path) == {"tuned": tmp_path, "dev": tmp_path / "dev", "holdout": tmp_path / "holdout"}
    assert run.group_dirs(tmp_path / "holdout") == {"holdout": tmp_path / "holdout"}


def test_main_reports_each_group_and_writes_them_to_json(tmp_path, capsys):
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    corpus.mkdir()
    _write_gold(gold, "agendas__a.json", "agendas/a.pdf")
    _write_gold(gold / "dev", "agendas__b.json", "agendas/b.pdf")
    _write_gold(gold / "holdout", "agendas__c.json", "agendas/c.pdf")
    out = tmp_path / "eval.json"
    # no PDF exists: every document fails to parse, which is reported, not raised
    assert run.main(["--gold", str(gold), "--corpus", str(corpus), "--json", str(out), "--jobs", "1"]) == 0
    printed = capsys.readouterr().out
    assert "=== tuned: 1 gold records" in printed and "=== dev: 1" in printed and "=== holdout: 1" in printed
    data = json.loads(out.read_text())
    assert set(data["groups"]) == {"tuned", "dev", "holdout"}
    assert data["groups"]["dev"]["documents"][0]["file"] == "agendas/b.pdf"
    assert data["groups"]["dev"]["documents"][0]["error"]
    assert data["documents"] == data["groups"]["tuned"]["documents"]  # the tuned figures, as before groups
    assert run.main(["--gold", str(gold), "--corpus", str(corpus), "--json", str(out), "--jobs", "2",
                     "--group", "holdout", "--group", "dev"]) == 0
    data = json.loads(out.read_text())
    assert list(data["groups"]) == ["dev", "holdout"] and "fields" not in data
    assert data["groups"]["holdout"]["documents"][0]["error"]


def test_figures_are_summed_per_council_as_well():
    from evaluation.core import Score

    docs = [DocResult("a.json", "agendas/ashby-pc_council_2024-01-01_agenda.pdf", "agenda", "UK",
                      scores={"agenda_items": Score(tp=8, pred=10, gold=10)}),
            DocResult("b.json", "minutes/ashby-pc_council_2024-02-01_minutes.pdf", "minutes", "UK",
                      scores={"agenda_items": Score(tp=2, pred=2, gold=10)}),
            DocResult("c.json", "agendas/brill-tc_council_2024-01-01_agenda.pdf", "agenda", "UK",
                      scores={"agenda_items": Score(tp=5, pred=5, gold=5)})]
    summary = run.summarise(docs)
    assert summary["by_council"]["ashby-pc"]["agenda_items"]["tp"] == 10
    assert summary["by_council"]["ashby-pc"]["agenda_items"]["gold"] == 20
    assert summary["by_council"]["brill-tc"]["agenda_items"]["f1"] == 1.0
    table = run.format_table(summary)
    assert "ashby-pc" in table.split("by council")[1] and "brill-tc" in table.split("by council")[1]


def test_the_holdout_is_scored_but_its_misses_are_not_shown(tmp_path, capsys, monkeypatch):
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    _write_gold(gold / "dev", "agendas__b.json", "agendas/b.pdf")
    _write_gold(gold / "holdout", "agendas__c.json", "agendas/c.pdf")
    # both packs read an item the gold does not have, so both documents have misses
    pack = {"agenda": [_item("1", "Apologies"), _item("2", "Parking on the green")]}
    monkeypatch.setattr(run, "parse_documents", lambda files, *a, **k: {f: pack for f in files})
    out = tmp_path / "eval.json"
    assert run.main(["--gold", str(gold), "--corpus", str(corpus), "--json", str(out), "--misses"]) == 0
    dev_text, holdout_text = capsys.readouterr().out.split("=== holdout")
    assert "Parking on the green" in dev_text and "Parking on the green" not in holdout_text
    data = json.loads(out.read_text())
    assert data["groups"]["dev"]["documents"][0]["misses"]
    held = data["groups"]["holdout"]["documents"][0]
    assert held["misses"] == [] and held["mean_f1"] < 1
    assert run.main(["--gold", str(gold), "--corpus", str(corpus), "--json", str(out), "--open-holdout"]) == 0
    assert "Parking on the green" in capsys.readouterr().out.split("=== holdout")[1]


def test_a_surname_of_two_words_printed_alone_is_the_full_names():
    from evaluation.minutes import same_person
    assert same_person("Ní Bhriain", "Aoife Ní Bhriain") and same_person("Stafford-Burke", "Caroline Stafford-Burke")
    assert same_person("O'Dwyer", "Eamon O'Dwyer")
    assert not same_person("Ní Bhriain", "Aoife Ní Bhraonáin") and not same_person("A Smith", "B Smith")
