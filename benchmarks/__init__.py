"""Speed benchmark (`make bench`): full parse vs pdfplumber `extract_text` vs `pdftotext`."""
