"""Replacing several log files as one change: after a crash at any instant, either every
file has its new bytes or none has (an import, or records that land in different files).

One file alone is replaced atomically by a rename (durable.atomic_write). For several:

1. the journal (`.journal.json`, itself written atomically) is written in state
   "pending", naming each file and the temporary that will replace it;
2. each temporary is written and synced;
3. the journal is rewritten in state "committed": from this instant the change is made;
4. each temporary is renamed over its file, the folder synced, the journal removed.

`recover`, which the log runs under its lock before any change and when it opens, rolls
a pending journal back (its temporaries are removed: nothing happened) and finishes a
committed one (step 4 again; a rename already done is skipped), and says which."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from systemcraft_tui.store.damage import keep_aside
from systemcraft_tui.store.durable import TEMP_SUFFIX, atomic_write, fsync_folder, write_new

JOURNAL = ".journal.json"
_FORMAT = 1


def write_together(root: Path, files: dict[Path, bytes], description: str, now: datetime | None = None) -> None:
    """Replace every file in `files` (all in `root`) with its bytes, all or nothing.
    `description` says what the change was ("import of /tmp/log.json") if it is ever
    rolled back or finished on a later start."""
    if len(files) == 1:
        [(path, data)] = files.items()
        atomic_write(path, data)
        return
    token = secrets.token_hex(4)
    moves = [(f".{path.name}.{token}{TEMP_SUFFIX}", path.name) for path in files]
    journal = {
        "format": _FORMAT,
        "description": description,
        "started": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "moves": moves,
    }
    atomic_write(root / JOURNAL, _encode(journal | {"state": "pending"}))
    try:
        for (temporary, _), data in zip(moves, files.values(), strict=True):
            write_new(root / temporary, data)
        fsync_folder(root)
    except OSError:
        # A full disk, say: undone now, so its temporaries do not fill the disk until the next start.
        with contextlib.suppress(OSError):  # else the next start's `recover` undoes it
            _undo(root, moves)
        raise
    atomic_write(root / JOURNAL, _encode(journal | {"state": "committed"}))
    _finish(root, moves)


def recover(root: Path) -> str | None:
    """Finish or roll back a change a killed process left half made; None when there was
    none, else a sentence for the user saying what was found and done."""
    path = root / JOURNAL
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        journal = json.loads(raw)
        state, moves, description, started = _checked(journal)
    except (ValueError, TypeError, KeyError, RecursionError):
        kept = keep_aside(path)
        os.unlink(path)
        fsync_folder(root)
        return (
            f"The journal of an interrupted change to the practice log was damaged; it is kept at {kept}, "
            "and the change it described was not finished."
        )
    when = f"{description} (started {started})"
    if state == "committed":
        _finish(root, moves)
        return f"An interrupted {when} was finished: all of it is in the practice log now."
    _undo(root, moves)
    return f"An interrupted {when} was undone: none of it is in the practice log. Run it again to make it."


def pending(root: Path) -> bool:
    return (root / JOURNAL).exists()


def _undo(root: Path, moves: list[tuple[str, str]]) -> None:
    """A pending change rolled back: its temporaries removed, then its journal."""
    for temporary, _ in moves:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(root / temporary)
    os.unlink(root / JOURNAL)
    fsync_folder(root)


def _finish(root: Path, moves: list[tuple[str, str]]) -> None:
    for temporary, final in moves:
        with contextlib.suppress(FileNotFoundError):  # renamed before a crash
            os.replace(root / temporary, root / final)
    fsync_folder(root)
    os.unlink(root / JOURNAL)
    fsync_folder(root)


def _checked(journal: object) -> tuple[str, list[tuple[str, str]], str, str]:
    """The journal's fields, or ValueError when it is not one this module wrote: every
    name must be a plain name in the folder, each temporary named after its file."""
    if not isinstance(journal, dict) or journal.get("format") != _FORMAT or journal["state"] not in ("pending", "committed"):
        raise ValueError("not a journal")
    moves = [(str(temporary), str(final)) for temporary, final in journal["moves"]]
    for temporary, final in moves:
        if (
            "/" in final
            or os.sep in final
            or final.startswith(".")
            or not (
                temporary.startswith(f".{final}.")
                and temporary.endswith(TEMP_SUFFIX)
                and "/" not in temporary
                and os.sep not in temporary
            )
        ):
            raise ValueError(f"unexpected names {temporary!r}, {final!r}")
    return journal["state"], moves, str(journal["description"]), str(journal["started"])


def _encode(journal: dict[str, Any]) -> bytes:
    return json.dumps(journal, ensure_ascii=True, indent=1).encode("ascii")
