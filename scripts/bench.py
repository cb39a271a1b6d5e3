"""Timings (not tests): parse speed of long PDFs with --jobs 1 and --jobs 2.

    make bench            # default: the 105-page Baltimore Board of Estimates minutes
    python scripts/bench.py path/to/file.pdf --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import Settings  # noqa: E402
from pipeline.stages import parse_pack  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "minutes" / "baltimore_board-of-estimates_2010-03-17_minutes.pdf"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{args.pdf.name}")
    for jobs in (1, 2):
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            pack = parse_pack(args.pdf, Settings(jobs=jobs))
            times.append(time.perf_counter() - t)
        print(f"  --jobs {jobs}: median {statistics.median(times):.2f}s over {args.repeat} runs "
              f"({pack.source.pages} pages, min {min(times):.2f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
