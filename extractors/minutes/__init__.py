"""Minutes: headings, meeting header, attendance, resolutions, motions and votes."""
