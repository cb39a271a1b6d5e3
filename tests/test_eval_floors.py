"""Accuracy floors over the gold records of minutes and plans (agenda floors live in
test_agenda_corpus.py). Set at the level reached; raise them as the parsers improve."""

from pathlib import Path

from evaluation.run import evaluate, gold_files, summarise

GOLD = Path(__file__).parent / "gold"


def _fields(prefix, corpus):
    paths = [p for p in gold_files(GOLD) if p.name.startswith(prefix)]
    assert paths, prefix
    return summarise(evaluate(paths, corpus))["fields"], len(paths)


def test_minutes_floors(corpus):
    f, n = _fields("minutes__", corpus)
    assert n >= 12
    assert f["minute_items"]["f1"] >= 0.99
    assert f["minute_titles"]["f1"] >= 0.99
    assert f["minute_agenda_refs"]["f1"] >= 0.99
    assert f["resolutions"]["f1"] >= 0.99
    assert f["vote_counts"]["f1"] == 1.0
    assert f["vote_voters"]["f1"] >= 0.99
    assert f["attendance"]["f1"] >= 0.99
    assert f["minutes_meeting"]["f1"] >= 0.99


def test_table_floors(corpus):
    f, n = _fields("plans__", corpus)
    assert n >= 11  # 6 written while the table code was built, 5 held out until it was done
    assert f["tables_found"]["f1"] >= 0.89
    assert f["table_rows"]["f1"] >= 0.94
    assert f["table_cells"]["f1"] >= 0.97
    assert f["table_headers"]["f1"] >= 0.92


def test_dev_floors(corpus):
    # councils new to the rules when issue 13 began, and Crete Township since it left the
    # hold-out (tests/gold/dev/), and the Baltimore minutes since they left it: floors at the
    # level reached, so a rule tuned on the older gold cannot quietly lose them
    paths = [p for p in gold_files(GOLD / "dev") if not p.name.startswith("generated__")]
    assert len(paths) >= 13
    f = summarise(evaluate(paths, corpus))["fields"]
    assert f["agenda_items"]["f1"] >= 0.985
    assert f["agenda_nesting"]["f1"] >= 0.985
    assert f["agenda_titles"]["f1"] >= 0.98
    assert f["minute_items"]["f1"] >= 0.975
    assert f["minute_titles"]["f1"] >= 0.84
    assert f["attendance"]["f1"] >= 0.95
    assert f["minutes_meeting"]["f1"] == 1.0
    assert f["meeting_contact"]["f1"] == 1.0
    assert f["vote_counts"]["f1"] == 1.0
    assert f["vote_voters"]["f1"] == 1.0
    assert f["tables_found"]["f1"] >= 0.89
    assert f["table_rows"]["f1"] >= 0.90
    assert f["table_cells"]["f1"] >= 0.92
    assert f["table_headers"]["f1"] >= 0.75


# the councils written blind on the night of 2026-12-05 for the families the hold-out fails on
SECOND_WAVE = ("carrigmore", "cold-ashwell", "dunmarra", "kestrel-lakes-rd", "brennock-hills", "ardcullen", "market-harwell",
               "strathcairn", "dunmorven", "kaiwhero-city", "brannock-county")
# and those of the late evening, for the families the hold-out still fails on
THIRD_WAVE = ("drumloch", "lough-carra-mourne-vale", "caddo-springs-county", "oconee-ridge-county", "barnagh-county-council",
              "wexcombe-town-council", "pamlico-sound-county", "wester-ardnish", "prairie-hollow", "llanfedwen-town-council")
# and those of the seventh session, written with less guidance on each family's conventions
FOURTH_WAVE = ("balgarvie", "inverlair", "yadkin-bend-county", "fallow-creek-county", "kilbrack-md", "hartsford-town-council",
               "tauhara-plains", "oakridge-falls")
# and the second batch of that session, for the families of the hold-out's misses
FIFTH_WAVE = ("ardmhor", "kinnordy", "uwharrie-gap-county", "pee-dee-landing-county", "wetherfield-town-council", "ballykeel-md")
SIXTH_WAVE = ("benlair", "auchterbrae", "kilmorie", "sandhill-forks-county", "eno-valley-county", "brushy-mountain-county",
              "marlowby-town-council", "inishrath-md")
SEVENTH_WAVE = ("stowmarsh-town-council", "kingsbarrow-town-council", "glenaskeagh-md", "ruatane-district", "dunlaggan",
                "long-shoals-county")
EIGHTH_WAVE = ("thornleigh-town-council", "hollowfield-pc", "kilcarrig-md", "waitahi-district", "aberllyn-town-council",
               "east-morland")


def test_dev_generated_floors(corpus):
    # the councils written blind that are not held out (scripts/blindgen), at the level reached
    # when they had been read openly for one session (the last three councils for less: the
    # titles of their agendas still carry descriptions and notes)
    paths = [p for p in gold_files(GOLD / "dev") if p.name.startswith("generated__") and not any(
        slug in p.name for slug in SECOND_WAVE + THIRD_WAVE + FOURTH_WAVE + FIFTH_WAVE + SIXTH_WAVE + SEVENTH_WAVE + EIGHTH_WAVE)]
    assert len(paths) >= 17
    f = summarise(evaluate(paths, corpus))["fields"]
    assert f["agenda_items"]["f1"] >= 0.99
    assert f["agenda_titles"]["f1"] >= 0.91
    assert f["minute_items"]["f1"] >= 0.99
    assert f["minute_titles"]["f1"] >= 0.98
    assert f["resolutions"]["f1"] >= 0.98
    assert f["attendance"]["f1"] >= 0.99
    assert f["vote_counts"]["f1"] >= 0.98
    assert f["tables_found"]["f1"] >= 0.90
    assert f["table_rows"]["f1"] >= 0.99


def _wave_fields(wave, at_least, corpus):
    """The fields of one wave of blind councils (their gold files in dev), at least so many files."""
    paths = [p for p in gold_files(GOLD / "dev") if any(slug in p.name for slug in wave)]
    assert len(paths) >= at_least
    return summarise(evaluate(paths, corpus))["fields"]


def test_dev_second_wave_floors(corpus):
    # the councils written blind on the night of 2026-12-05, at the level reached that night
    # (their first parse is in tests/gold/README.md: attendance 0.26-0.92, votes 0.00-0.80)
    # (the last two, a New Zealand city council and a Virginia board of supervisors, were read for
    # less than an hour: their votes and titles keep the floors below the others')
    f = _wave_fields(SECOND_WAVE, 22, corpus)
    assert f["agenda_items"]["f1"] == 1.0
    assert f["agenda_titles"]["f1"] >= 0.94
    assert f["minute_items"]["f1"] >= 0.96
    assert f["resolutions"]["f1"] >= 0.89
    assert f["attendance"]["f1"] >= 0.99
    assert f["vote_counts"]["f1"] >= 0.90
    assert f["vote_voters"]["f1"] >= 0.88
    assert f["meeting_fields"]["f1"] >= 0.95
    assert f["tables_found"]["f1"] >= 0.95
    assert f["table_rows"]["f1"] == 1.0


def test_dev_third_wave_floors(corpus):
    # the councils written blind in the late evening of 2026-12-05, at the level reached that
    # session (their first parse is in tests/gold/README.md: resolutions 0.00-1.00, attendance
    # 0.00-0.97, votes 0.00-1.00; the Georgia board's sections in Roman numerals and the Welsh
    # council's recorded vote are still not read)
    f = _wave_fields(THIRD_WAVE, 24, corpus)
    assert f["agenda_items"]["f1"] >= 0.91
    assert f["agenda_titles"]["f1"] >= 0.84
    assert f["minute_items"]["f1"] >= 0.96
    assert f["resolutions"]["f1"] >= 0.99
    assert f["attendance"]["f1"] >= 0.95
    assert f["vote_counts"]["f1"] >= 0.96
    assert f["vote_voters"]["f1"] >= 0.83
    assert f["tables_found"]["f1"] == 1.0
    assert f["table_rows"]["f1"] == 1.0


def test_dev_fourth_wave_floors(corpus):
    # the councils written blind on 2026-12-06 with only the family named (no conventions given),
    # at the level reached that session (first parse in tests/gold/README.md: resolutions 0.00-1.00,
    # attendance 0.46-0.98, votes 0.00-1.00)
    f = _wave_fields(FOURTH_WAVE, 16, corpus)
    assert f["agenda_items"]["f1"] >= 0.98
    assert f["agenda_titles"]["f1"] >= 0.93
    assert f["minute_items"]["f1"] >= 0.99
    assert f["resolutions"]["f1"] >= 0.97
    assert f["attendance"]["f1"] >= 0.96
    assert f["vote_counts"]["f1"] >= 0.97
    assert f["vote_voters"]["f1"] >= 0.98


def test_dev_fifth_wave_floors(corpus):
    # the second batch of that session, for the families of the hold-out's misses (Scottish area
    # committees, Carolina county boards, an English town and an Irish municipal district)
    f = _wave_fields(FIFTH_WAVE, 12, corpus)
    assert f["agenda_items"]["f1"] >= 0.95
    assert f["agenda_titles"]["f1"] >= 0.88
    assert f["minute_items"]["f1"] >= 0.97
    assert f["resolutions"]["f1"] >= 0.99
    assert f["attendance"]["f1"] >= 0.93
    assert f["vote_counts"]["f1"] >= 0.89
    assert f["vote_voters"]["f1"] >= 0.94


def test_dev_sixth_wave_floors(corpus):
    # the councils written blind on 2026-12-06, named only by family and a real council whose house
    # style to follow (first parse in tests/gold/README.md), at the level reached that morning;
    # agenda titles with their presenters and notes, and "also present" officers, keep some low
    f = _wave_fields(SIXTH_WAVE, 16, corpus)
    assert f["agenda_items"]["f1"] >= 0.99
    assert f["agenda_titles"]["f1"] >= 0.66
    assert f["minute_items"]["f1"] >= 0.98
    assert f["resolutions"]["f1"] >= 0.93
    assert f["attendance"]["f1"] >= 0.89
    assert f["vote_counts"]["f1"] >= 0.85
    assert f["vote_voters"]["f1"] >= 0.72


def test_dev_seventh_wave_floors(corpus):
    # the councils written blind on the morning of 2026-12-06 for the hold-out's thinnest margin
    # (attendance), briefed like the sixth wave (first parse in tests/gold/README.md), at the level
    # reached that morning
    f = _wave_fields(SEVENTH_WAVE, 12, corpus)
    assert f["agenda_items"]["f1"] >= 0.98
    assert f["minute_items"]["f1"] >= 0.99
    assert f["resolutions"]["f1"] >= 0.96
    assert f["attendance"]["f1"] >= 0.91
    assert f["vote_counts"]["f1"] >= 0.99


def test_dev_eighth_wave_floors(corpus):
    # the councils written blind at midday on 2026-12-06, the hold-out's families once more
    # (first parse in tests/gold/README.md), at the level reached that day
    f = _wave_fields(EIGHTH_WAVE, 12, corpus)
    assert f["agenda_items"]["f1"] >= 0.99
    assert f["minute_items"]["f1"] >= 0.99
    assert f["resolutions"]["f1"] >= 0.93
    assert f["attendance"]["f1"] >= 0.93
    assert f["vote_counts"]["f1"] >= 0.95
