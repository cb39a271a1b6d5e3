"""A ~100-page mixed agenda pack built from corpus files, the way a council pack is put together.

The corpus holds no full ModernGov pack (front sheet + agenda + previous minutes + reports +
appendices in one PDF; see PROVENANCE.md), so the benchmark concatenates one: a Kent Cabinet front
sheet and agenda, Full Council minutes with recorded divisions, two officer reports with covering
letters and appendices, then the table appendices (risk register, capital summary, an action plan
of commitments and measures). The list is fixed so every run times the same pages.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pypdfium2 as pdfium

from agendapack.pipeline.outputs.io import atomic_write_bytes

ROOT = Path(__file__).resolve().parents[1]

# (corpus path, what it stands for in the pack); 102 pages in all
PACK_FILES: tuple[tuple[str, str], ...] = (
    ("agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf", "front sheet + agenda"),
    ("minutes/kent_county-council_2025-02-13_minutes.pdf", "minutes with recorded votes"),
    ("packs/kent_cabinet_2025-01-30_supplement-pack_item7.pdf", "report + appendices"),
    ("packs/kent_county-council_2025-01-09_supplement-pack_item3.pdf", "report + appendices"),
    ("plans/kent_budget-risk-register-2025-26_v1_draft_cabinet-2025-01-30.pdf", "risk register"),
    ("plans/kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.pdf", "capital table"),
    ("plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30.pdf", "action plan"),
)


class CorpusMissing(Exception):
    pass


def check_corpus(corpus: Path) -> None:
    if not corpus.is_dir():
        raise CorpusMissing(f"corpus not found at {corpus} (put it at ../shared/corpus or set AGENDAPACK_CORPUS)")
    missing = [rel for rel, _ in PACK_FILES if not (corpus / rel).is_file()]
    if missing:
        raise CorpusMissing(f"corpus at {corpus} lacks {', '.join(missing)}")


def build_mixed_pack(corpus: Path, dest: Path, copies: int = 1, pages: int = 0) -> int:
    """Concatenate PACK_FILES (`copies` times over: a long pack for memory as packs grow) into
    `dest`; returns the page count. With `pages`, as many copies as that takes, cut after that
    many pages (a PDF of an exact length). Same inputs, same bytes."""
    check_corpus(corpus)
    # what the trailer ID is derived from besides the inputs (nothing for the pack itself, so
    # its bytes stay those of earlier runs)
    key = f"{pages} pages".encode() if pages else str(copies).encode() if copies > 1 else b""
    pack = pdfium.PdfDocument.new()
    try:
        made = 0
        while made < copies or len(pack) < pages:
            made += 1
            for rel, _ in PACK_FILES:
                src = pdfium.PdfDocument(corpus / rel)
                try:
                    pack.import_pages(src)
                finally:
                    src.close()
        while pages and len(pack) > pages:
            pack.del_page(len(pack) - 1)
        total = len(pack)
        buf = io.BytesIO()
        pack.save(buf)
    finally:
        pack.close()
    atomic_write_bytes(dest, _fixed_date(_fixed_id(buf.getvalue(), corpus, key)))
    return total


def _fixed_id(data: bytes, corpus: Path, key: bytes) -> bytes:
    # PDFium writes a random trailer /ID on every save; an ID derived from the inputs makes the
    # pack byte-for-byte reproducible (same sha256 in pack.json run after run). Same length, so
    # no offset in the file moves.
    digest = hashlib.sha256(key)
    for rel, _ in PACK_FILES:
        digest.update((corpus / rel).read_bytes())
    fixed = digest.hexdigest()[:32].upper().encode()
    ids = list(_ID.finditer(data))
    if not ids:
        return data
    at = ids[-1]
    return data[: at.start()] + b"/ID[<" + fixed + b"><" + fixed + b">]" + data[at.end() :]


_ID = re.compile(rb"/ID\[<[0-9A-Fa-f]{32}><[0-9A-Fa-f]{32}>\]")
_CREATED = re.compile(rb"(/CreationDate\(D:)(\d{14})")


def _fixed_date(data: bytes) -> bytes:
    # PDFium also stamps a new document with the second it was made: two builds a second apart
    # differed. A fixed date of the same length keeps every offset in place.
    return _CREATED.sub(lambda m: m.group(1) + b"20250101000000", data, count=1)
