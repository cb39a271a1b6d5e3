"""The ICDAR 2013 adjacency relations used by `make bench-tables` (benchmarks/tables.py)."""

from collections import Counter

from benchmarks.tables import relations


def test_nearest_non_empty_neighbours_right_and_below():
    cells = [(0, 0, 0, 0, "a"), (0, 0, 1, 1, ""), (0, 0, 2, 2, "b"), (1, 1, 0, 0, "c"), (1, 1, 2, 2, "d")]
    assert relations(cells) == Counter({("a", "b", "h"): 1, ("c", "d", "h"): 1, ("a", "c", "v"): 1, ("b", "d", "v"): 1})


def test_spanning_cell_relates_to_each_neighbour_along_its_span():
    # "Year" spans two columns over "2020" and "2021"; "Area" spans two rows
    cells = [(0, 1, 0, 0, "Area"), (0, 0, 1, 2, "Year"), (1, 1, 1, 1, "2020"), (1, 1, 2, 2, "2021")]
    assert relations(cells) == Counter({
        ("area", "year", "h"): 1, ("area", "2020", "h"): 1, ("2020", "2021", "h"): 1,
        ("year", "2020", "v"): 1, ("year", "2021", "v"): 1})
