"""Where a parse put a PDF's outputs: `<out>/<file stem, made safe>-<first 8 hex digits of its sha256>/`."""

import hashlib
import re
from pathlib import Path


def pack_dir(out: Path, pdf: Path, name: str | None = None) -> Path:
    """The output folder of `pdf` under `out` (`name`: the file name it was parsed under, when
    the bytes were read from a file of another name)."""
    digest = hashlib.sha256(Path(pdf).read_bytes()).hexdigest()
    safe = re.sub(r"[^\w.-]+", "_", Path(name or pdf).stem).strip("_.")
    return Path(out) / f"{safe}-{digest[:8]}"
