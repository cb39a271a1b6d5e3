"""Numbers printed beside titles that are not part of them, shared by the agenda and minutes readers."""

from __future__ import annotations

import re

# an agenda management system's file number, printed between an item's number and its title
# ("25-0412", "ORD24-011", "2016-1234A")
FILE_NUMBER = re.compile(r"^[A-Z]{0,3}\d{2,4}-\d{2,6}[A-Z]?$")
