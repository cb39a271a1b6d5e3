"""Plain text extraction of every page, the baseline a full parse is compared with.

    python -m benchmarks.plain_text pdfplumber a.pdf b.pdf    # pdfplumber Page.extract_text()
    python -m benchmarks.plain_text pdfium a.pdf b.pdf        # pypdfium2 text pages

prints {"seconds": ..., "cpu_s": ..., "pages": ...}: wall and CPU time of the extraction loop alone, without the
interpreter start and imports (which the benchmark's process wall time adds).
"""

from __future__ import annotations

import json
import sys
import time


def pdfplumber_text(paths: list[str]) -> int:
    import pdfplumber

    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()  # drop the page's cached objects, as a long document needs
                pages += 1
    return pages


def pdfium_text(paths: list[str]) -> int:
    import pypdfium2 as pdfium

    pages = 0
    for path in paths:
        doc = pdfium.PdfDocument(path)
        try:
            for page in doc:
                text = page.get_textpage()
                text.get_text_bounded()
                text.close()
                page.close()
                pages += 1
        finally:
            doc.close()
    return pages


ENGINES = {"pdfplumber": pdfplumber_text, "pdfium": pdfium_text}


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ENGINES:
        print(f"usage: python -m benchmarks.plain_text {{{','.join(ENGINES)}}} PDF...", file=sys.stderr)
        return 2
    extract = ENGINES[argv[0]]
    if extract is pdfplumber_text:
        import pdfplumber  # noqa: F401  imported before the clock starts
    else:
        import pypdfium2  # noqa: F401
    start, cpu = time.perf_counter(), time.process_time()
    pages = extract(argv[1:])
    print(json.dumps({"seconds": time.perf_counter() - start, "cpu_s": time.process_time() - cpu, "pages": pages}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
