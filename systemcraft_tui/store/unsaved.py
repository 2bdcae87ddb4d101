"""Saves the log could not take (one of its files damaged while the app was open, or its
lock held too long by another process), kept beside it until it can: a rehearsal is never
lost to a bad file.

Each record is kept in a file of its own, in the JSON export's form (so `log import`
reads it too), and a newer save of the record replaces it. The log takes them in with its
next save that works, or when it is next opened, and then removes them."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from systemcraft_tui.core.records import Record
from systemcraft_tui.store.durable import atomic_write
from systemcraft_tui.store.errors import ImportRejected
from systemcraft_tui.store.importing import read_export
from systemcraft_tui.store.schema import EXPORT_FORMAT, SCHEMA_VERSION


def _name(record: Record) -> str:
    """One file per record, whatever characters its id holds."""
    return f"{record.TABLE}-{hashlib.sha1(record.id.encode()).hexdigest()[:20]}.json"


def keep(folder: Path, records: Iterable[Record]) -> None:
    """Each record written to its own file in `folder`, replacing an older version of it."""
    folder.mkdir(mode=0o700, exist_ok=True)
    for record in records:
        document = {"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION, record.TABLE: [record.to_dict()]}
        atomic_write(folder / _name(record), json.dumps(document, ensure_ascii=True, indent=2).encode())


def waiting(folder: Path) -> list[Path]:
    """The kept files (not a killed writer's temporaries), oldest name first."""
    try:
        return sorted(path for path in folder.iterdir() if path.suffix == ".json" and path.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def read(paths: Iterable[Path]) -> tuple[list[Record], list[Path], list[str]]:
    """The records of the kept files, the files read, and a sentence for each that cannot
    be read (left where it is)."""
    records: list[Record] = []
    read_from: list[Path] = []
    problems: list[str] = []
    for path in paths:
        try:
            records += read_export(path)
        except ImportRejected as error:
            problems.append(f"A save kept aside in {path} cannot be read back ({error.reason}); it is left there.")
            continue
        read_from.append(path)
    return records, read_from, problems


def forget(folder: Path, records: Iterable[Record]) -> None:
    """The kept versions of records the log now holds newer versions of."""
    for record in records:
        with contextlib.suppress(FileNotFoundError):
            (folder / _name(record)).unlink()
