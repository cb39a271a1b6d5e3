"""Draw what was extracted on a page image: the way to check a parse by looking.

Line boxes (blue), removed headers/footers (grey), agenda-item lines (red), table regions (orange),
the first page of each document, minute items and tables (green banners).
"""

from __future__ import annotations

from pathlib import Path

from PIL import ImageDraw

from agendapack.extractors.pdf.reader import render_page
from agendapack.model import flat_agenda
from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.stages import run_stages


def inspect_page(pdf: str | Path, page: int, output: str | Path, settings: Settings = DEFAULT, resolution: int = 100) -> Path:
    pdf = Path(pdf)
    ctx = run_stages(pdf, settings)  # one parse gives both the text layer and the record
    layer, pack = ctx.text, ctx.record
    if not 1 <= page <= len(layer.pages):
        raise ValueError(f"{pdf.name}: page {page} out of range 1-{len(layer.pages)}")
    handle, im = render_page(pdf, page, resolution)
    try:
        pt = layer.page(page)
        im.draw_rects([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in pt.lines], stroke=(40, 90, 220), fill=(40, 90, 220, 25), stroke_width=1)
        im.draw_rects([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in pt.furniture], stroke=(128, 128, 128), fill=(128, 128, 128, 60))
        for it in flat_agenda(pack.agenda):
            if it.page == page:
                for ln in pt.lines:
                    if ln.text.lstrip("*").startswith(it.number):
                        im.draw_rect((ln.x0 - 2, ln.top - 1, ln.x1 + 2, ln.bottom + 1), stroke=(220, 30, 30), fill=(220, 30, 30, 30), stroke_width=2)
                        break
        for t in pack.tables:
            boxes = [(r.x0, r.top, r.x1, r.bottom) for r in t.regions if r.page == page]
            im.draw_rects(boxes, stroke=(230, 120, 0), fill=(230, 120, 0, 20), stroke_width=3)
        draw = ImageDraw.Draw(im.annotated)
        notes = []
        for d in pack.documents:
            if d.pages.first == page:
                notes.append(f"{d.kind}" + (f" / item {d.agenda_item}" if d.agenda_item else "") + (f": {d.title[:60]}" if d.title else ""))
        for m in pack.minutes:
            for minute_item in m.items:
                if minute_item.pages.first == page:
                    notes.append(f"minute {minute_item.number or ''} {(minute_item.title or '')[:50]}")
        for t in pack.tables:
            if t.pages.first <= page <= t.pages.last:
                notes.append(f"table {t.id} ({t.kind}, {len(t.rows)} rows)")
        status = []
        if pt.printed_number:
            status.append(f"printed page {pt.printed_number}")
        if pt.is_blank:
            status.append("separator/blank")
        if pt.is_scanned:
            status.append("SCANNED: no text layer")
        y = 4
        for text in [f"page {page}: " + ", ".join(status)] + notes:
            w = draw.textlength(text)
            draw.rectangle((4, y, 8 + w, y + 13), fill=(20, 140, 60))
            draw.text((6, y), text, fill=(255, 255, 255))
            y += 15
        out = Path(output)
        out.parent.mkdir(parents=True, exist_ok=True)
        im.save(out)
        return out
    finally:
        handle.close()
