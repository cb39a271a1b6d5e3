"""An agenda item's title may open with any printable character: nothing a PDF prints before the
words of a title ("<Draft>", "|", "{{") makes the item disappear."""

from fpdf import FPDF

from agendapack.extractors.agenda import extract_agenda_items
from agendapack.model import flat_agenda
from agendapack.pipeline.stages import parse_pack

from .lines import stack

TITLES = ["Apologies", "<Draft> budget", "| pipe item", "{{ template }} item", "Any other business"]


def _items(specs):
    return [(c.number, c.title_lines[0], c.parent) for c in extract_agenda_items(stack(specs))]


def test_titles_opening_with_markup_characters_are_items():
    got = _items([(f"{i}. {t}", 40) for i, t in enumerate(TITLES, 1)])
    assert got == [(str(i), t, None) for i, t in enumerate(TITLES, 1)]


def test_titles_opening_with_markup_characters_reach_the_record(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    for heading in ("Parish Council", "AGENDA"):
        pdf.cell(text=heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for i, title in enumerate(TITLES, 1):
        pdf.cell(text=f"{i}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(tmp_path / "agenda.pdf"))
    pack = parse_pack(tmp_path / "agenda.pdf")
    assert [(it.number, it.title) for it in flat_agenda(pack.agenda)] == [(str(i), t) for i, t in enumerate(TITLES, 1)]


def test_a_time_range_under_an_item_is_not_a_sub_item():
    # "2.30 - 3.00": the dash joins two times, so "2.30" is not item 2's sub-item 2.30
    got = _items([
        ("1. Apologies", 40),
        ("2. Site visit to the depot", 40),
        ("2.30 - 3.00 Depot tour", 58),
        ("3. Any other business", 40),
    ])
    assert [(n, parent) for n, _, parent in got] == [("1", None), ("2", None), ("3", None)]
