"""The digest: every session's summary, and the columns the figures across the history
are summed from, in one SQLite file beside the log (`digest/digest.sqlite`), so that the
app starts, and History and Progress open, without reading 100,000 sessions.

It is derived data, never the log. Each session file's row in `segments` holds the
signature (inode, size, mtime) the file had when its sessions were taken in; a file
whose signature differs (saved by another process, edited, restored) is read again, and
one that is gone has its sessions dropped. A save takes its sessions in after the session
file is on disk, with the file's new signature: a process killed in between leaves the old
signature, so the next look reads that file again. A digest that is missing, damaged or
of another format is built again from the session files. A read-only log keeps its
digest in memory (from the file's copy when there is one)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from systemcraft_tui.core.records import ScenarioRef
from systemcraft_tui.core.summaries import SessionSummary, answering, heard_figures, search_text
from systemcraft_tui.core.vocabulary import ItemKind, SessionStatus
from systemcraft_tui.core.windows import verdict
from systemcraft_tui.store.storage import Signature

DIGEST_FOLDER = "digest"
DIGEST_FILE = "digest.sqlite"
# Bump when a table or a column changes: a digest of another format is built again.
DIGEST_FORMAT = "2"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUSES = {status.value: status for status in SessionStatus}
_DRAFT = SessionStatus.DRAFT.value
_COMPLETED = SessionStatus.COMPLETED.value

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE segments(name TEXT PRIMARY KEY, signature TEXT NOT NULL, warnings TEXT NOT NULL);
CREATE TABLE sessions(
    id TEXT PRIMARY KEY, segment TEXT NOT NULL, position INTEGER NOT NULL, started INTEGER NOT NULL,
    status TEXT NOT NULL, kind TEXT NOT NULL, level TEXT NOT NULL, scenario TEXT NOT NULL,
    score INTEGER, answering INTEGER NOT NULL, heard INTEGER NOT NULL, search TEXT NOT NULL);
CREATE INDEX sessions_started ON sessions(started);
CREATE INDEX sessions_segment ON sessions(segment);
-- Apart, so that a sum over every session reads narrow rows, not 2.5 KB each.
CREATE TABLE summaries(id TEXT PRIMARY KEY, summary TEXT NOT NULL);
CREATE TABLE principles(
    session TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL,
    started INTEGER NOT NULL, score INTEGER, answering INTEGER NOT NULL, PRIMARY KEY(session, position));
CREATE TABLE sections(
    session TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    status TEXT NOT NULL, miss INTEGER NOT NULL, PRIMARY KEY(session, position));
CREATE INDEX sections_name ON sections(name, status, kind, miss);
"""
# Indexes that hold every column a sum reads, so that it never reads the table's rows.
_INDEXES = """
CREATE INDEX IF NOT EXISTS sessions_status ON sessions(status, started, answering, score);
CREATE INDEX IF NOT EXISTS sessions_kind ON sessions(kind, status, answering, score);
CREATE INDEX IF NOT EXISTS sessions_level ON sessions(level, status, answering, score);
CREATE INDEX IF NOT EXISTS sessions_scenario ON sessions(scenario, status, started);
CREATE INDEX IF NOT EXISTS principles_name ON principles(name, status, score, started, answering);
"""
_TABLES = ("meta", "segments", "sessions", "summaries", "principles", "sections")
# A session's summary, joined to its row where a screen shows it.
_SUMMARY = "(SELECT summary FROM summaries WHERE summaries.id = sessions.id)"


def microseconds(moment: datetime) -> int:
    """An instant as whole microseconds since 1970: exact, so a window's edge falls where
    comparing the datetimes puts it."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def encode_summary(s: SessionSummary) -> str:
    ref = s.scenario
    return json.dumps(
        [s.id, [ref.id, ref.title, ref.kind, ref.level, ref.content_hash], s.mode, s.status, s.started.isoformat(),
         s.finished.isoformat() if s.finished else None, s.score, s.principles, s.red_flags, s.ratings,
         s.practice_seconds, s.checks_passed, s.checks_total, s._timings, s._section_count, s.heard],
        ensure_ascii=True, separators=(",", ":"),
    )  # fmt: skip


def decode_summary(text: str) -> SessionSummary:
    (sid, (ref_id, title, kind, level, digest), mode, status, started, finished, score, principles, red_flags,
     ratings, seconds, passed, total, timings, section_count, heard) = json.loads(text)  # fmt: skip
    return SessionSummary(
        sid, ScenarioRef(ref_id, title, ItemKind(kind), level, digest), mode, _STATUSES[status],
        datetime.fromisoformat(started), datetime.fromisoformat(finished) if finished else None, score,
        tuple(principles), tuple(red_flags), ratings, seconds, passed, total, timings, section_count, heard,
    )  # fmt: skip


@dataclass(frozen=True)
class TallyRow:
    """Sessions, answering seconds, scored sessions and their score total: what a Tally holds."""

    sessions: int
    seconds: int
    scored: int
    score_total: int


@dataclass(frozen=True)
class PrincipleRow:
    sessions: int  # practised sessions that list it (once per listing)
    scored: int  # of them, completed with a score
    score_total: int
    last: datetime | None


@dataclass(frozen=True)
class MissRow:
    attempts: int
    on_time: int
    median_miss: int  # the lower median


@dataclass(frozen=True)
class Page:
    summaries: list[SessionSummary]  # newest first
    matching: int  # every session the filters keep, of which this is a page


class Digest:
    """The digest of one log, on disk (`open`) or in memory (`in_memory`). Callers hold
    their own lock around it: one connection serves every thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path  # None in memory

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> Digest:
        """The digest in `folder` (created private); a damaged one or one of another format
        is started again. OSError when the folder cannot be used."""
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / DIGEST_FILE
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # SQLite's files take its mode
        try:
            return cls(_connected(path), path)
        except sqlite3.DatabaseError:
            for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return cls(_connected(path), path)

    @classmethod
    def in_memory(cls, copy_of: Path | None = None) -> Digest:
        """A digest in memory, starting from the file `copy_of` when it holds a usable one."""
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        if copy_of is not None and copy_of.is_file():
            with contextlib.suppress(sqlite3.Error):
                source = sqlite3.connect(f"{copy_of.as_uri()}?immutable=1", uri=True)
                try:
                    source.backup(connection)
                finally:
                    source.close()
        _prepare(connection)
        return cls(connection, None)

    def close(self) -> None:
        self._db.close()

    # --- keeping it up to date ----------------------------------------------------------------

    def signatures(self) -> dict[str, str]:
        """Each session file's signature when it was taken in, as `signed` writes it."""
        return dict(self._db.execute("SELECT name, signature FROM segments"))

    def warnings(self) -> list[str]:
        return [
            line for (lines,) in self._db.execute("SELECT warnings FROM segments ORDER BY name") for line in json.loads(lines)
        ]

    def take_in(self, name: str, seen: Signature, summaries: Sequence[SessionSummary], warnings: Sequence[str]) -> None:
        """A session file read whole: its sessions replace those the digest held for it."""
        with self._transaction():
            self._forget([name])
            self._segment(name, seen, list(warnings))
            self._put(name, summaries)

    def update(self, name: str, seen: Signature, summaries: Sequence[SessionSummary]) -> None:
        """Sessions just saved into a session file the digest was up to date with."""
        with self._transaction():
            warnings = self._db.execute("SELECT warnings FROM segments WHERE name = ?", (name,)).fetchone()
            self._segment(name, seen, json.loads(warnings[0]) if warnings else [])
            self._put(name, summaries)

    def drop(self, names: Iterable[str]) -> None:
        """Session files that are gone."""
        with self._transaction():
            self._forget(list(names))

    def home_of(self, session_id: str) -> str | None:
        row = self._db.execute("SELECT segment FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return row[0] if row else None

    def homes(self, session_ids: Iterable[str]) -> dict[str, str]:
        ids = list(session_ids)
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self._db.execute(f"SELECT id, segment FROM sessions WHERE id IN ({marks})", chunk))
        return found

    def _segment(self, name: str, seen: Signature, warnings: list[str]) -> None:
        self._db.execute("INSERT OR REPLACE INTO segments VALUES (?, ?, ?)", (name, signed(seen), json.dumps(warnings)))

    def _forget(self, names: list[str]) -> None:
        for name in names:
            self._db.execute("DELETE FROM segments WHERE name = ?", (name,))
            for table in ("principles", "sections"):
                self._db.execute(f"DELETE FROM {table} WHERE session IN (SELECT id FROM sessions WHERE segment = ?)", (name,))
            self._db.execute("DELETE FROM summaries WHERE id IN (SELECT id FROM sessions WHERE segment = ?)", (name,))
            self._db.execute("DELETE FROM sessions WHERE segment = ?", (name,))

    def _put(self, name: str, summaries: Sequence[SessionSummary]) -> None:
        positions = {
            sid: position for sid, position in self._db.execute("SELECT id, position FROM sessions WHERE segment = ?", (name,))
        }
        next_position = max(positions.values(), default=-1) + 1
        sessions, bodies, principles, sections, ids = [], [], [], [], []
        for s in summaries:
            if s.id not in positions:
                positions[s.id], next_position = next_position, next_position + 1
            started, seconds = microseconds(s.started), answering(s)
            ids.append((s.id,))
            sessions.append((
                s.id, name, positions[s.id], started, str(s.status), str(s.scenario.kind), s.scenario.level or "",
                s.scenario.id, s.score, seconds, heard_figures(s.heard) is not None, search_text(s),
            ))  # fmt: skip
            bodies.append((s.id, encode_summary(s)))
            principles += [(s.id, n, p, str(s.status), started, s.score, seconds) for n, p in enumerate(s.principles)]
            sections += [
                (s.id, n, part.name, str(s.scenario.kind), str(s.status), verdict(part.actual_seconds, part.planned_min_seconds, part.planned_max_seconds).miss)
                for n, part in enumerate(s.sections)
            ]  # fmt: skip
        self._db.executemany("DELETE FROM principles WHERE session = ?", ids)
        self._db.executemany("DELETE FROM sections WHERE session = ?", ids)
        self._db.executemany("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions)
        self._db.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?)", bodies)
        self._db.executemany("INSERT INTO principles VALUES (?, ?, ?, ?, ?, ?, ?)", principles)
        self._db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?)", sections)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- reading -------------------------------------------------------------------------------

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    def newest_first(self, status: SessionStatus | None = None) -> list[SessionSummary]:
        where, args = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        query = f"SELECT {_SUMMARY} FROM sessions {where} ORDER BY started DESC, segment, position"
        return [decode_summary(text) for (text,) in self._db.execute(query, args)]

    def homes_in_order(self, newest_first: bool = False) -> list[tuple[str, str]]:
        """Every session's id and file, in the order of their start."""
        order = "started DESC, segment, position" if newest_first else "started, segment, position"
        return self._db.execute(f"SELECT id, segment FROM sessions ORDER BY {order}").fetchall()

    def page(self, *, kind: str | None, since: datetime | None, words: Sequence[str], offset: int, limit: int) -> Page:
        """Sessions of every status that pass the filters, newest first: `limit` of them from `offset`."""
        where, args = self._filters(kind, since, words)
        matching = self._db.execute(f"SELECT COUNT(*) FROM sessions {where}", args).fetchone()[0]
        query = f"SELECT {_SUMMARY} FROM sessions {where} ORDER BY started DESC, segment, position LIMIT ? OFFSET ?"
        rows = self._db.execute(query, (*args, limit, offset))
        return Page([decode_summary(text) for (text,) in rows], matching)

    @staticmethod
    def _filters(kind: str | None, since: datetime | None, words: Sequence[str]) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if kind:
            clauses.append("kind = ?")
            args.append(str(kind))
        if since is not None:
            clauses.append("started >= ?")
            args.append(microseconds(since))
        for word in words:
            clauses.append("instr(search, ?) > 0")
            args.append(word)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def since(self, moment: datetime) -> list[SessionSummary]:
        """Sessions started at or after `moment`, newest first (sums of their float seconds
        then add up in the order a full pass adds them)."""
        rows = self._db.execute(
            f"SELECT {_SUMMARY} FROM sessions WHERE started >= ? ORDER BY started DESC",
            (microseconds(moment),),
        )
        return [decode_summary(text) for (text,) in rows]

    def status_counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT status, COUNT(*) FROM sessions GROUP BY status"))

    def tally(self, since: datetime | None = None) -> TallyRow:
        """Practised sessions (not drafts), from `since` when given."""
        where, args = "WHERE status != ?", list[Any]([_DRAFT])
        if since is not None:
            where, args = where + " AND started >= ?", [*args, microseconds(since)]
        row = self._db.execute(
            f"SELECT COUNT(*), TOTAL(answering), COUNT(score), TOTAL(score) FROM sessions {where}", args
        ).fetchone()
        return TallyRow(row[0], int(row[1]), row[2], int(row[3]))

    def tallies_by(self, column: str) -> dict[str, TallyRow]:
        """Practised sessions grouped by `kind`, `level` or principle (`principle`)."""
        table, key = ("principles", "name") if column == "principle" else ("sessions", {"kind": "kind", "level": "level"}[column])
        query = (
            f"SELECT {key}, COUNT(*), TOTAL(answering), COUNT(score), TOTAL(score) FROM {table} WHERE status != ? GROUP BY {key}"
        )
        return {
            name: TallyRow(n, int(seconds), scored, int(total))
            for name, n, seconds, scored, total in self._db.execute(query, (_DRAFT,))
        }

    def practised_ends(self) -> tuple[datetime, datetime] | None:
        """When the first and the last practised session started."""
        first, last = self._db.execute("SELECT MIN(started), MAX(started) FROM sessions WHERE status != ?", (_DRAFT,)).fetchone()
        return None if first is None else (_EPOCH + timedelta(microseconds=first), _EPOCH + timedelta(microseconds=last))

    def first_practised(self) -> SessionSummary | None:
        row = self._db.execute(
            f"SELECT {_SUMMARY} FROM sessions WHERE status != ? ORDER BY started LIMIT 1", (_DRAFT,)
        ).fetchone()
        return None if row is None else decode_summary(row[0])

    def principles(self, practised: Sequence[str]) -> dict[str, PrincipleRow]:
        """Per principle name: the practised sessions listing it, their completed scores, the latest."""
        marks = ",".join("?" * len(practised))
        query = (
            "SELECT name, COUNT(*), SUM(status = ? AND score IS NOT NULL), TOTAL(CASE WHEN status = ? THEN score END), MAX(started) "
            f"FROM principles WHERE status IN ({marks}) GROUP BY name"
        )
        return {
            name: PrincipleRow(n, int(scored), int(total), _instant(last))
            for name, n, scored, total, last in self._db.execute(query, (_COMPLETED, _COMPLETED, *practised))
        }

    def misses(self, names: Sequence[str], kinds: Sequence[str], status: SessionStatus) -> dict[str, MissRow]:
        """Per section name: the sections of that name in sessions of `kinds` with `status`,
        how many were inside their window, and the lower median of their misses."""
        found = {}
        kind_marks = ",".join("?" * len(kinds))
        where = f"name = ? AND status = ? AND kind IN ({kind_marks})"
        for name in names:
            args = (name, status.value, *kinds)
            attempts, on_time = self._db.execute(f"SELECT COUNT(*), TOTAL(miss = 0) FROM sections WHERE {where}", args).fetchone()
            if attempts:
                median = self._db.execute(
                    f"SELECT miss FROM sections WHERE {where} ORDER BY miss LIMIT 1 OFFSET ?", (*args, (attempts - 1) // 2)
                ).fetchone()[0]
                found[name] = MissRow(attempts, int(on_time), median)
        return found

    def last_by_scenario(self, statuses: Sequence[str]) -> dict[str, SessionSummary]:
        """Each scenario's latest session of one of `statuses`."""
        marks = ",".join("?" * len(statuses))
        query = (
            f"SELECT summary FROM summaries WHERE id IN (SELECT id FROM (SELECT id, MAX(started) FROM sessions "
            f"WHERE status IN ({marks}) GROUP BY scenario))"
        )
        return {(s := decode_summary(text)).scenario.id: s for (text,) in self._db.execute(query, list(statuses))}

    def last_started_by_scenario(self, statuses: Sequence[str]) -> dict[str, datetime]:
        marks = ",".join("?" * len(statuses))
        query = f"SELECT scenario, MAX(started) FROM sessions WHERE status IN ({marks}) GROUP BY scenario"
        return {scenario: _instant(last) for scenario, last in self._db.execute(query, list(statuses))}  # type: ignore[misc]

    def latest_heard(self, statuses: Sequence[str], limit: int) -> list[SessionSummary]:
        """The latest `limit` sessions heard with voice in which something was said, newest first."""
        marks = ",".join("?" * len(statuses))
        query = f"SELECT {_SUMMARY} FROM sessions WHERE heard AND status IN ({marks}) ORDER BY started DESC, segment, position LIMIT ?"
        return [decode_summary(text) for (text,) in self._db.execute(query, (*statuses, limit))]

    def starts(self, status: SessionStatus) -> Iterator[datetime]:
        """When each session of `status` started, newest first, read as they are asked for."""
        cursor = self._db.execute("SELECT started FROM sessions WHERE status = ? ORDER BY started DESC", (str(status),))
        try:
            while rows := cursor.fetchmany(256):
                for (started,) in rows:
                    yield _EPOCH + timedelta(microseconds=started)
        finally:
            cursor.close()


def signed(seen: Signature) -> str:
    return ":".join(map(str, seen))


def _instant(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + timedelta(microseconds=value)


def _connected(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
        connection.execute("PRAGMA synchronous=NORMAL")  # derived: a lost last change is read again from the log
        _prepare(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare(connection: sqlite3.Connection) -> None:
    """Tables of this format, or empty new ones."""
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.OperationalError:
        row = None
    if row is not None and row[0] == DIGEST_FORMAT:
        connection.executescript(_INDEXES)
        return
    drops = "".join(f"DROP TABLE IF EXISTS {table};" for table in _TABLES)
    connection.executescript(
        f"BEGIN IMMEDIATE; {drops} {_SCHEMA} INSERT INTO meta VALUES ('format', '{DIGEST_FORMAT}'); {_INDEXES} COMMIT;"
    )
