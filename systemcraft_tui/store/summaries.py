"""The session summaries (core/summaries.py) of the whole history, kept in files of their
own so that everything looking across it stays fast at 10,000 sessions.

Parsing every note of a long history costs about a second, so each session file gets a
derived summary file (in `summaries/`, same name), valid only while the session file's
bytes hash the same. The digest (digest.py) reads them when it takes in a session file it
has not seen as it is (a new digest reads every one). Summary files are never the log: a
missing, stale or damaged one is rebuilt from its session file."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from systemcraft_tui.core.records import ScenarioRef, Session, decode_records
from systemcraft_tui.core.summaries import SessionSummary, summarize
from systemcraft_tui.core.vocabulary import ItemKind, SessionStatus
from systemcraft_tui.store.damage import Unreadable, parse_tables
from systemcraft_tui.store.durable import atomic_write
from systemcraft_tui.store.jsonio import encode
from systemcraft_tui.store.storage import SESSION_TABLE, is_segment_name

_STATUSES = {status.value: status for status in SessionStatus}  # a lookup: 10,000 of them per open

# Bump when the summary's shape changes: older summary files are then simply rebuilt.
SUMMARY_FORMAT = 3


@dataclass(frozen=True)
class SegmentScan:
    """What one session file holds: its sessions' summaries and the records it skipped."""

    summaries: tuple[SessionSummary, ...]
    warnings: tuple[str, ...]


def read_segment(path: Path, raw: bytes) -> tuple[list[Session], list[str]]:
    """Every valid session of a session file's bytes; raises Unreadable for a damaged file."""
    try:
        tables, _ = parse_tables(raw)
    except Unreadable as error:
        error.path = path
        raise
    return decode_records(tables.get(SESSION_TABLE, {}), Session, str(path))


def _encode_scan(digest: str, scan: SegmentScan) -> bytes:
    scenarios: dict[ScenarioRef, int] = {}
    rows = []
    for s in scan.summaries:
        index = scenarios.setdefault(s.scenario, len(scenarios))
        rows.append([
            s.id, index, s.mode, s.status, s.started.isoformat(), s.finished.isoformat() if s.finished else None,
            s.score, s.principles, s.red_flags, s.ratings, s.practice_seconds, s.checks_passed, s.checks_total,
            s._timings, s._section_count, s.heard,
        ])  # fmt: skip
    refs = [[r.id, r.title, r.kind, r.level, r.content_hash] for r in scenarios]
    document = {"format": SUMMARY_FORMAT, "sha1": digest, "scenarios": refs, "rows": rows, "warnings": scan.warnings}
    return encode(document)


def _decode_scan(document: dict[str, Any]) -> SegmentScan:
    refs = [ScenarioRef(sid, title, ItemKind(kind), level, digest) for sid, title, kind, level, digest in document["scenarios"]]
    summaries = tuple(
        SessionSummary(
            sid, refs[index], mode, _STATUSES[status], datetime.fromisoformat(started),
            datetime.fromisoformat(finished) if finished else None, score, tuple(principles), tuple(red_flags),
            ratings, seconds, passed, total, timings, section_count, heard,
        )
        for (sid, index, mode, status, started, finished, score, principles, red_flags, ratings, seconds, passed,
             total, timings, section_count, heard) in document["rows"]
    )  # fmt: skip
    return SegmentScan(summaries, tuple(document["warnings"]))


def sha1(raw: bytes) -> str:
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()


class SummaryFiles:
    """The summaries of each session file, kept in a folder of their own. Rebuilt ones are
    held back until `write()`, which the log calls while holding its lock."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pending: dict[Path, bytes] = {}

    def scan(self, path: Path, raw: bytes, digest: str) -> SegmentScan:
        """The summaries of the session file `path` whose bytes are `raw` (SHA-1 `digest`,
        see `sha1`), from its summary file when it was made from those bytes; raises
        Unreadable when the session file is damaged."""
        summary_file = self.folder / path.name
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
            document = json.loads(summary_file.read_bytes())
            if document["format"] == SUMMARY_FORMAT and document["sha1"] == digest:
                return _decode_scan(document)
        # Missing, stale or unreadable: rebuilt from the session file itself.
        sessions, warnings = read_segment(path, raw)
        scan = SegmentScan(tuple(summarize(s) for s in sessions), tuple(warnings))
        self._pending[summary_file] = _encode_scan(digest, scan)
        return scan

    def write(self, segment_names: set[str]) -> None:
        """Write the rebuilt summaries and drop those whose session file is gone."""
        self.folder.mkdir(mode=0o700, exist_ok=True)
        for summary_file, data in self._pending.items():
            atomic_write(summary_file, data)
        self._pending.clear()
        for stale in self._orphans(segment_names):
            stale.unlink(missing_ok=True)

    @property
    def rebuilt(self) -> bool:
        """Whether summaries were rebuilt since the last `write()`."""
        return bool(self._pending)

    def stale(self, segment_names: set[str]) -> bool:
        """Whether `write()` has anything to do."""
        return bool(self._pending) or bool(self._orphans(segment_names))

    def _orphans(self, segment_names: set[str]) -> list[Path]:
        """Summary files whose session file is gone (nothing else in the folder is touched)."""
        if not self.folder.is_dir():
            return []
        return [p for p in self.folder.iterdir() if is_segment_name(p.name) and p.name not in segment_names]
