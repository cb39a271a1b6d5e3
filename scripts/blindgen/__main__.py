"""`python -m blindgen`: see the package docstring."""

import sys
from pathlib import Path

from blindgen import build_all, write_golds

args = sys.argv[1:]
if args[:1] == ["--gold"]:
    paths = write_golds(Path(args[1] if len(args) > 1 else "tests/gold"))
else:
    paths = build_all(Path(args[0] if args else "out/generated"))
for path in paths:
    print(path)
