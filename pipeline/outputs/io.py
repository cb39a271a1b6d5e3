"""Writing outputs: atomically (temp file + rename) and byte-for-byte reproducibly."""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any


def _umask() -> int:
    """The process umask. Linux shows it in /proc/self/status; elsewhere the only way to read it is
    to set it and set it back, which a thread creating a file meanwhile would see, so it is read
    once, at import."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp creates its file 0600: an output gets the mode open() would give it
FILE_MODE = 0o666 & ~_umask()

# a temporary file is named `.<target name>.<pid of its writer>.<random>.tmp`: the next run can
# tell one left by a killed process (its writer is gone) from one being written right now
_TEMPORARY = re.compile(r"^\..*\.(\d+)\.[^.]+\.tmp$")
# a temporary file without a writer's pid (an older version's) is stale after this long
_STALE_SECONDS = 3600


def temporary_file(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file in `folder` for `name`: (open descriptor, path)."""
    return tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=folder)


def _writer_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_temporaries(folder: Path) -> int:
    """Remove the temporary files a killed writer left in `folder`; returns how many."""
    removed = 0
    for tmp in folder.glob(".*.tmp"):
        match = _TEMPORARY.match(tmp.name)
        try:
            stale = (not _writer_alive(int(match.group(1)))) if match else (
                time.time() - tmp.stat().st_mtime > _STALE_SECONDS)
            if stale:
                tmp.unlink()
                removed += 1
        except OSError:  # gone meanwhile, or not ours to remove
            continue
    return removed


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_file(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.chmod(tmp, FILE_MODE)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_if_changed(path: str | Path, data: bytes) -> bool:
    """Write atomically unless the file already holds exactly these bytes; an unchanged file keeps
    its modification time, so tools that watch outputs only see real changes. True if written."""
    path = Path(path)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write_bytes(path, data)
    return True


def dumps_json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
