#!/usr/bin/env python3
"""Generate deterministic, fictional ModernGov-style sample PDFs and their ground truth.

Outputs (all under ``samples/``):

* ``eastbrook_children-committee_2025-07-15_pack.pdf`` - a complete "public reports pack":
  front sheet, visitor information, agenda, then each item's documents starting on the
  item's printed page, "Page N" footers, even-page padding with "This page is intentionally
  left blank", "Agenda Item N" stamps.
* ``eastbrook_improvement-plan_v2_2025-10.pdf`` - a later version of the action plan that is
  Appendix A of agenda item 6 in the pack.
* ``eastbrook_capital-programme_v1_2025-02.pdf`` and ``..._v2_2025-03.pdf`` - a capital
  programme too wide for its page, printed in two halves (Ref, Project and five money columns on
  one page, Ref again and five more on the next), one directorate per pair of pages, in two
  versions; every cell that differs between them is recorded.
* ``expected.json`` - the ground truth, written from the same Python data that is rendered.

The code is the ``samplegen`` package beside this script (content, PDF helpers, one renderer
per document, the build); running a script puts its folder on ``sys.path``, which is how the
import below finds it.

Everything (council, people, addresses, phone numbers) is fictional.  Phone numbers use the
Ofcom drama range 01632 960xxx and e-mail addresses use an ``example`` domain.

Run: ``python scripts/make_samples.py``.  Output is byte-for-byte deterministic for a given
fpdf2 version (fixed creation date, no random file ids).
"""

from samplegen.build import main

if __name__ == "__main__":
    main()
