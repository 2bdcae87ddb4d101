"""Sessions without their notes, for everything that looks across the whole history
(stats, progress, the library's "last practised") and must stay fast at 10,000 sessions.

Parsing every note of a long history costs about a second, so the summaries of each
session file are kept in a derived cache file, each entry valid only while the file's
bytes hash the same. The cache is never the log: a missing, stale or damaged cache is
rebuilt from the session files."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from systemcraft_tui.store.damage import parse_tables
from systemcraft_tui.store.durable import atomic_write
from systemcraft_tui.store.records import ScenarioRef, Session, decode_records
from systemcraft_tui.store.storage import SESSION_TABLE, encode

# Bump when the summary's shape changes: an older cache is then simply rebuilt.
CACHE_FORMAT = 1


@dataclass(frozen=True, slots=True)
class TimedPart:
    """A section or probe's window and time, without its notes."""

    name: str
    planned_min_seconds: int
    planned_max_seconds: int
    actual_seconds: float


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """Everything of a session but its notes and the check explanations."""

    id: str
    scenario: ScenarioRef
    mode: str
    status: str
    started: datetime
    finished: datetime | None
    score: int | None
    principles: tuple[str, ...]
    red_flags: tuple[str, ...]
    ratings: dict[str, int]
    sections: tuple[TimedPart, ...]
    probes: tuple[TimedPart, ...]
    checks_passed: int
    checks_total: int

    @property
    def practice_seconds(self) -> float:
        return sum(p.actual_seconds for p in self.sections) + sum(p.actual_seconds for p in self.probes)


def summarize(session: Session) -> SessionSummary:
    return SessionSummary(
        id=session.id,
        scenario=session.scenario,
        mode=session.mode,
        status=session.status,
        started=session.started,
        finished=session.finished,
        score=session.score,
        principles=tuple(session.principles),
        red_flags=tuple(session.red_flags),
        ratings=dict(session.ratings),
        sections=tuple(
            TimedPart(s.name, s.planned_min_seconds, s.planned_max_seconds, s.actual_seconds) for s in session.sections
        ),
        probes=tuple(
            TimedPart(p.question, p.planned_min_seconds, p.planned_max_seconds, p.actual_seconds) for p in session.probes
        ),
        checks_passed=sum(c.passed for c in session.checks),
        checks_total=len(session.checks),
    )


@dataclass(frozen=True)
class SegmentScan:
    """What one session file holds: its sessions' summaries and the records it skipped."""

    summaries: tuple[SessionSummary, ...]
    warnings: tuple[str, ...]


def read_segment(path: Path, raw: bytes) -> tuple[list[Session], list[str]]:
    """Every valid session of a session file's bytes; raises Unreadable for a damaged file."""
    tables, _ = parse_tables(raw)
    return decode_records(tables.get(SESSION_TABLE, {}), Session, str(path))


def _row(s: SessionSummary) -> list[Any]:
    ref = s.scenario
    return [
        s.id, ref.id, ref.title, ref.kind, ref.level, ref.content_hash, s.mode, s.status,
        s.started.isoformat(), s.finished.isoformat() if s.finished else None, s.score,
        list(s.principles), list(s.red_flags), s.ratings,
        [[p.name, p.planned_min_seconds, p.planned_max_seconds, p.actual_seconds] for p in s.sections],
        [[p.name, p.planned_min_seconds, p.planned_max_seconds, p.actual_seconds] for p in s.probes],
        s.checks_passed, s.checks_total,
    ]  # fmt: skip


def _from_row(row: list[Any]) -> SessionSummary:
    (sid, ref_id, title, kind, level, content_hash, mode, status, started, finished, score,
     principles, red_flags, ratings, sections, probes, passed, total) = row  # fmt: skip
    return SessionSummary(
        sid, ScenarioRef(ref_id, title, kind, level, content_hash), mode, status,
        datetime.fromisoformat(started), datetime.fromisoformat(finished) if finished else None, score,
        tuple(principles), tuple(red_flags), ratings,
        tuple(TimedPart(*part) for part in sections), tuple(TimedPart(*part) for part in probes),
        passed, total,
    )  # fmt: skip


class SummaryCache:
    """Summaries per session file, keyed by the SHA-1 of the file's bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        self._changed = False
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and data.get("format") == CACHE_FORMAT and isinstance(data.get("segments"), dict):
            self._entries = data["segments"]
        else:
            self._changed = True  # unreadable or of another format: rebuilt from the session files

    def scan(self, path: Path) -> SegmentScan:
        """The file's summaries, from the cache when its bytes are unchanged; raises Unreadable."""
        raw = path.read_bytes()
        digest = hashlib.sha1(raw, usedforsecurity=False).hexdigest()
        entry = self._entries.get(path.name)
        if entry is not None and entry.get("sha1") == digest:
            try:
                return SegmentScan(tuple(_from_row(row) for row in entry["rows"]), tuple(entry["warnings"]))
            except (KeyError, TypeError, ValueError):
                pass  # a cache entry we cannot read is rebuilt like a stale one
        sessions, warnings = read_segment(path, raw)
        scan = SegmentScan(tuple(summarize(s) for s in sessions), tuple(warnings))
        self._entries[path.name] = {"sha1": digest, "rows": [_row(s) for s in scan.summaries], "warnings": warnings}
        self._changed = True
        return scan

    def forget_others(self, names: set[str]) -> None:
        for gone in set(self._entries) - names:
            del self._entries[gone]
            self._changed = True

    def save(self) -> None:
        if self._changed:
            atomic_write(self.path, encode({"format": CACHE_FORMAT, "segments": self._entries}))
            self._changed = False

