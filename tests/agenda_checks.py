"""The agenda of a parsed pack against the truth a generator wrote with it."""

from agendapack.model import flat_agenda
from evaluation.core import same_title


def agenda_rows(pack) -> list[tuple]:
    """(number, title, printed pages, part, parent) of every agenda item, sub-items in order."""
    return [(it.number, it.title, it.pages.model_dump() if it.pages else None, it.part, it.parent)
            for it in flat_agenda(pack.agenda)]


def check_agenda(pack, truth: dict) -> None:
    """Every item of `truth["agenda"]` in order, with its title, pages, part and parent."""
    got = agenda_rows(pack)
    assert [g[0] for g in got] == [w["number"] for w in truth["agenda"]], got
    for (number, title, pages, part, parent), want in zip(got, truth["agenda"]):
        assert same_title(title, want["title"]), (number, title, want["title"])
        assert pages == want["pages"], (number, pages, want["pages"])
        assert part == want["part"], (number, part)
        assert parent == want["parent"], (number, parent, want["parent"])
