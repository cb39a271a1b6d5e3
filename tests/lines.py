"""Build text-layer lines by hand for rule tests (invented examples, not corpus text)."""

from agendapack.extractors.text.layer import Line, Word

CHAR_W = 0.5  # width of one character, in font sizes


def make_line(text: str, x0: float = 50.0, top: float = 100.0, size: float = 11.0, bold: bool = False, page: int = 1, gaps: dict | None = None) -> Line:
    """A line whose words sit one space apart; `gaps` maps a word index to extra space before it
    (a column gap, as between an item number and its title)."""
    words = []
    x = x0
    for i, w in enumerate(text.split()):
        x += (gaps or {}).get(i, 0.0)
        width = len(w) * CHAR_W * size
        words.append(Word(w, x, x + width, top, top + size, size, bold))
        x += width + 0.3 * size
    return Line(text=" ".join(w.text for w in words), page=page, x0=words[0].x0, x1=words[-1].x1, top=top, bottom=top + size, size=size, bold=bold, words=tuple(words))


def stack(specs, start: float = 100.0, leading: float = 14.0) -> list[Line]:
    """Lines from (text, x0, kwargs) tuples, one under the other; a None spec adds a blank line."""
    out, top = [], start
    for spec in specs:
        if spec is None:
            top += leading
            continue
        text, x0, *rest = spec
        kw = rest[0] if rest else {}
        out.append(make_line(text, x0=x0, top=top, **kw))
        top += leading
    return out


def make_columns(pieces, top: float = 100.0, size: float = 11.0, bold: bool = False, page: int = 1) -> Line:
    """One line printed in columns: (text, x0) pieces, each starting where its column does."""
    words = []
    for text, x0 in pieces:
        x = x0
        for w in text.split():
            width = len(w) * CHAR_W * size
            words.append(Word(w, x, x + width, top, top + size, size, bold))
            x += width + 0.3 * size
    return Line(text=" ".join(w.text for w in words), page=page, x0=words[0].x0, x1=words[-1].x1, top=top, bottom=top + size, size=size, bold=bold, words=tuple(words))
