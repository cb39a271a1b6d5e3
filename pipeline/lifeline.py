"""Child processes end with the process that started them.

A pool worker or a page shard whose parent was killed (SIGKILL leaves the parent no chance to
stop its children) would otherwise wait on its queue or pipe for good, holding its memory. Each
child runs a thread that watches its parent and ends the process as soon as the parent is gone,
which it sees as a change of `os.getppid()` (the orphan is re-parented). Polling, rather than
Linux's PR_SET_PDEATHSIG, works on every POSIX system and needs no ctypes.
"""

from __future__ import annotations

import os
import threading
import time

# seconds between two looks at the parent: an orphan lives at most this long
POLL_SECONDS = 0.5


def exit_with_parent() -> None:
    """Start the watch in this (child) process; call it first thing in the child."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="agendapack-lifeline", daemon=True).start()
