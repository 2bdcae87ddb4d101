"""Telling a damaged log file from a good one, and keeping the damaged bytes safe.

A damaged file is never overwritten or deleted: before anything else happens its bytes
are copied, and synced to disk, under a timestamped name beside it (a copy, not a link,
so that fixing the file in place leaves the copy as it was). Only when the user chooses
to start fresh is the original name given to a new file; the copy keeps the old bytes
for good."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from systemcraft_tui.store.durable import fsync_folder, write_new
from systemcraft_tui.store.jsonio import loads
from systemcraft_tui.store.schema import SchemaProblem, Tables, upgrade

_DOC_ID = re.compile("[0-9]{1,18}")  # TinyDB's document numbers; it turns them into ints


class Unreadable(Exception):
    """Why a file cannot be read as a log file, phrased to follow its path."""

    def __init__(self, reason: str, path: Path | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path


def parse_json(raw: bytes) -> Any:
    """The JSON value in a file's bytes, or Unreadable saying what is wrong with them."""
    if not raw.strip():
        raise Unreadable("is empty" if not raw else "holds only blank space")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Unreadable(f"is not UTF-8 text (byte {error.start} cannot be decoded)") from None
    try:
        return loads(text)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) - 1 or error.msg.startswith("Unterminated"):
            raise Unreadable(f"is cut short: its JSON stops at line {error.lineno}, column {error.colno}") from None
        raise Unreadable(f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise Unreadable("is not a SystemCraft file: its lists or objects nest too deeply to be read") from None


def parse_tables(raw: bytes) -> tuple[Tables, int]:
    """The file's tables at the current schema version, and the version it was written at.

    Checks the shape TinyDB relies on (an object of tables, each an object keyed by
    document number); the records themselves are checked one by one later, so a single
    bad record costs only itself."""
    tables = parse_json(raw)
    if not isinstance(tables, dict):
        raise Unreadable("is not a SystemCraft log file (expected a JSON object of tables)")
    for name, table in tables.items():
        if not isinstance(table, dict) or not all(_DOC_ID.fullmatch(key) for key in table):
            raise Unreadable(f"is not a SystemCraft log file (table {name!r} is not a set of numbered records)")
    try:
        return upgrade(tables)
    except SchemaProblem as problem:
        raise Unreadable(str(problem)) from None


def keep_aside(path: Path, now: datetime | None = None) -> Path:
    """A timestamped copy of exactly the bytes now at `path`; reuses an earlier copy of the
    same bytes (but not a hard link to the file itself, as older versions made)."""
    raw = path.read_bytes()
    for earlier in sorted(path.parent.glob(f"{path.name}.damaged-*")):
        if not os.path.samefile(earlier, path) and earlier.read_bytes() == raw:
            return earlier
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(1, 1000):
        aside = path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{attempt}" if attempt > 1 else ""))
        try:
            write_new(aside, raw)
        except FileExistsError:
            continue
        fsync_folder(path.parent)
        return aside
    raise FileExistsError(f"no free name to keep {path} aside")
