"""The capital programme printed as a wide spreadsheet in two halves: version 1 (February 2025)
and the changes that make version 2 (March 2025). Figures are in £000; 0 prints as "-".

Every project row holds the eight spending columns (prior years, six financial years, later
years) and the external funding; the Total Budget column is the sum of the eight, and each
directorate ends with a total row: the generator computes both, so a changed figure is followed
by its row's total and its directorate's totals.
"""

from __future__ import annotations

# (header, half): the printed headers, left half then right half; the key column "Ref" is printed
# on both halves
KEY = "Ref"
NAME = "Project"
SPEND = ["Prior Years £000", "2025/26 £000", "2026/27 £000", "2027/28 £000", "2028/29 £000",
         "2029/30 £000", "2030/31 £000", "Later Years £000"]
TOTAL = "Total Budget £000"
FUNDING = "External Funding £000"
LEFT_COLUMNS = [KEY, NAME] + SPEND[:5]
RIGHT_COLUMNS = [KEY] + SPEND[5:] + [TOTAL, FUNDING]
COLUMNS = [KEY, NAME] + SPEND + [TOTAL, FUNDING]
TOTAL_LABEL = "Directorate total"

# directorate -> [(ref, project, eight spending figures, external funding)]
PROGRAMME_V1: list[tuple[str, list[tuple[str, str, list[int], int]]]] = [
    ("Place", [
        ("P101", "Resurfacing of the ring road", [1200, 850, 900, 0, 0, 0, 0, 0], 600),
        ("P102", "Street lighting LED replacement", [340, 410, 275, 120, 0, 0, 0, 0], 0),
        ("P103", "Bridge strengthening", [0, 150, 1100, 1250, 300, 0, 0, 0], 1800),
        ("P104", "Cycle lanes on the high street", [75, 320, 480, 0, 0, 0, 0, 0], 875),
        ("P105", "Drainage improvements", [0, 420, 380, 360, 340, 320, 0, 0], 250),
        ("P106", "Bus station canopy", [15, 90, 640, 55, 0, 0, 0, 0], 0),
    ]),
    ("Communities", [
        ("C201", "Library refurbishment", [520, 760, 0, 0, 0, 0, 0, 0], 300),
        ("C202", "Leisure centre pool plant", [0, 0, 950, 1400, 0, 0, 0, 0], 0),
        ("C203", "Sports pavilion roof", [0, 60, 120, 240, 280, 300, 300, 450], 400),
        ("C204", "Play area renewal", [110, 125, 130, 135, 140, 145, 150, 0], 0),
        ("C205", "Community hall accessibility works", [0, 85, 210, 0, 0, 0, 0, 0], 120),
    ]),
    ("Resources", [
        ("R301", "Town hall boilers", [0, 480, 95, 0, 0, 0, 0, 0], 0),
        ("R302", "Depot fleet charging points", [210, 330, 330, 330, 0, 0, 0, 0], 540),
        ("R303", "Data centre replacement", [0, 0, 0, 700, 700, 0, 0, 0], 0),
        ("R304", "Car park barrier system", [60, 140, 0, 0, 0, 0, 0, 0], 0),
        ("R305", "Office rationalisation", [0, 250, 600, 850, 400, 0, 0, 0], 0),
    ]),
    ("Housing", [
        ("H401", "Disabled facilities grants", [0, 1450, 1450, 1450, 1450, 1450, 1450, 0], 8700),
        ("H402", "Temporary accommodation purchase", [2300, 1800, 0, 0, 0, 0, 0, 0], 900),
        ("H403", "Empty homes loans", [150, 200, 200, 200, 200, 0, 0, 0], 0),
        ("H404", "Energy efficiency retrofit", [0, 560, 900, 900, 900, 600, 300, 0], 2400),
        ("H405", "Sheltered housing lifts", [0, 0, 180, 420, 0, 0, 0, 0], 0),
    ]),
]

# what version 2 changes; the rows' totals and the directorates' totals follow by computation
PROGRAMME_CHANGES = {
    # a figure in the left half (a financial year printed beside the project's name)
    "figures": [
        {"ref": "P105", "column": "2025/26 £000", "to": 515},
        # a figure in the right half (printed beside the repeated Ref only)
        {"ref": "C203", "column": "2030/31 £000", "to": 180},
        # external funding is not part of the total: nothing follows it
        {"ref": "H404", "column": "External Funding £000", "to": 2750},
    ],
    "renamed": [{"ref": "P103", "to": "Bridge strengthening and deck waterproofing"}],
    "added": [{"after": "R304", "row": ("R306", "Council chamber audio-visual upgrade",
                                        [0, 95, 40, 0, 0, 0, 0, 0], 0)}],
    "removed": [{"ref": "H402"}],
}
