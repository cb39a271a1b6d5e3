"""`python -m evaluation` (`make eval`): accuracy against the gold records."""

import sys

from evaluation.run import main

if __name__ == "__main__":
    sys.exit(main())
