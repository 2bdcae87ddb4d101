"""The digest: every session's summary, the columns a screen filters and orders by, and
running totals of the figures across the history, in one SQLite file beside the log
(`digest/digest.sqlite`), so that the app starts, and History and Progress open, without
reading 100,000 sessions.

It is derived data, never the log. Each session file's row in `segments` holds two
signatures: the (inode, size, mtime) the file had when last looked at, a cheap check at
every open, and its size and SHA-1, which a copied or restored file keeps. A file whose
first signature differs is read and hashed; if its bytes are those taken in, only the first
signature is noted again, else its sessions are read again. One that is gone has its
sessions dropped. A save takes its sessions in after the session file is on disk, with the
file's new signatures: a process killed in between leaves the old ones, so the next look
reads that file again. The running totals (`totals`, `misses`, `latest`) are kept by
triggers in the transaction that changes the rows, so a kill leaves both or neither. A
digest that is missing, damaged or of another format is started again as a new file and
built from the session files. A read-only log keeps its digest in memory (from the file's
copy when there is one)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from systemcraft_tui.core.records import ScenarioRef
from systemcraft_tui.core.summaries import SessionSummary, answering, heard_figures, search_text
from systemcraft_tui.core.vocabulary import ItemKind, SessionStatus
from systemcraft_tui.core.windows import verdict
from systemcraft_tui.core.word_forms import Needle
from systemcraft_tui.store.storage import Signature

DIGEST_FOLDER = "digest"
DIGEST_FILE = "digest.sqlite"
# Bump when a table or a column changes, or when digests kept by an earlier version may be
# wrong: a digest of another format is built again. 4: two windows saving at once could leave
# sessions of a file out of it (the file kept them).
DIGEST_FORMAT = "4"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUSES = {status.value: status for status in SessionStatus}
_DRAFT = SessionStatus.DRAFT.value
_COMPLETED = SessionStatus.COMPLETED.value

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- seen: the file's (inode, size, mtime) when last looked at; content: its size and SHA-1,
-- which a copy of the file keeps.
CREATE TABLE segments(name TEXT PRIMARY KEY, seen TEXT NOT NULL, content TEXT NOT NULL, warnings TEXT NOT NULL);
CREATE TABLE sessions(
    id TEXT PRIMARY KEY, segment TEXT NOT NULL, position INTEGER NOT NULL, started INTEGER NOT NULL,
    status TEXT NOT NULL, kind TEXT NOT NULL, level TEXT NOT NULL, scenario TEXT NOT NULL, score INTEGER,
    answering INTEGER NOT NULL, seconds REAL NOT NULL, heard INTEGER NOT NULL, search TEXT NOT NULL);
CREATE INDEX sessions_started ON sessions(started);
CREATE INDEX sessions_segment ON sessions(segment);
CREATE INDEX sessions_status ON sessions(status, started, answering, score, seconds);
CREATE INDEX sessions_scenario ON sessions(scenario, status, started);
CREATE INDEX sessions_heard ON sessions(started) WHERE heard;
-- Apart, so that the rows read for a page or a window stay narrow.
CREATE TABLE summaries(id TEXT PRIMARY KEY, summary TEXT NOT NULL);
CREATE TABLE principles(
    session TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL,
    started INTEGER NOT NULL, score INTEGER, answering INTEGER NOT NULL, PRIMARY KEY(session, position));
CREATE INDEX principles_name ON principles(name, status, started);
CREATE TABLE sections(
    session TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    status TEXT NOT NULL, miss INTEGER NOT NULL, PRIMARY KEY(session, position));

-- Running totals, kept by the triggers below in the transaction that changes the rows, so
-- they always agree with them: a figure across the history reads a few rows, never 100,000.
-- Per group ('all', 'kind', 'level', 'principle'), name and status: sessions, answering
-- seconds, scored sessions and their score total.
CREATE TABLE totals(
    grp TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, sessions INTEGER NOT NULL,
    seconds INTEGER NOT NULL, scored INTEGER NOT NULL, score_total INTEGER NOT NULL,
    PRIMARY KEY(grp, name, status)) WITHOUT ROWID;
-- How many sections of each name, kind and status missed their window by each number of seconds.
CREATE TABLE misses(
    name TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, miss INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY(name, kind, status, miss)) WITHOUT ROWID;
-- The latest session of each scenario ('scenario') and principle ('principle') per status.
CREATE TABLE latest(
    grp TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, started INTEGER NOT NULL, session TEXT NOT NULL,
    PRIMARY KEY(grp, name, status)) WITHOUT ROWID;
"""
_ADD = (
    "ON CONFLICT DO UPDATE SET sessions = sessions + 1, seconds = seconds + excluded.seconds, "
    "scored = scored + excluded.scored, score_total = score_total + excluded.score_total"
)
_SUBTRACT = (
    "UPDATE totals SET sessions = sessions - 1, seconds = seconds - old.answering, "
    "scored = scored - (old.score IS NOT NULL), score_total = score_total - coalesce(old.score, 0)"
)
_LATER = (
    "ON CONFLICT DO UPDATE SET started = excluded.started, session = excluded.session WHERE excluded.started > latest.started"
)
_TRIGGERS = f"""
CREATE TRIGGER session_in AFTER INSERT ON sessions BEGIN
    INSERT INTO totals VALUES
        ('all', '', new.status, 1, new.answering, new.score IS NOT NULL, coalesce(new.score, 0)),
        ('kind', new.kind, new.status, 1, new.answering, new.score IS NOT NULL, coalesce(new.score, 0)),
        ('level', new.level, new.status, 1, new.answering, new.score IS NOT NULL, coalesce(new.score, 0))
        {_ADD};
    INSERT INTO latest VALUES ('scenario', new.scenario, new.status, new.started, new.id) {_LATER};
END;
CREATE TRIGGER session_out AFTER DELETE ON sessions BEGIN
    {_SUBTRACT} WHERE grp = 'all' AND name = '' AND status = old.status;
    {_SUBTRACT} WHERE grp = 'kind' AND name = old.kind AND status = old.status;
    {_SUBTRACT} WHERE grp = 'level' AND name = old.level AND status = old.status;
    DELETE FROM totals WHERE grp IN ('all', 'kind', 'level') AND status = old.status AND sessions = 0;
    DELETE FROM latest WHERE grp = 'scenario' AND name = old.scenario AND status = old.status AND session = old.id;
    INSERT INTO latest SELECT 'scenario', scenario, status, started, id FROM sessions
        WHERE scenario = old.scenario AND status = old.status ORDER BY started DESC LIMIT 1 {_LATER};
END;
CREATE TRIGGER principle_in AFTER INSERT ON principles BEGIN
    INSERT INTO totals VALUES
        ('principle', new.name, new.status, 1, new.answering, new.score IS NOT NULL, coalesce(new.score, 0)) {_ADD};
    INSERT INTO latest VALUES ('principle', new.name, new.status, new.started, new.session) {_LATER};
END;
CREATE TRIGGER principle_out AFTER DELETE ON principles BEGIN
    {_SUBTRACT} WHERE grp = 'principle' AND name = old.name AND status = old.status;
    DELETE FROM totals WHERE grp = 'principle' AND name = old.name AND status = old.status AND sessions = 0;
    DELETE FROM latest WHERE grp = 'principle' AND name = old.name AND status = old.status AND session = old.session;
    INSERT INTO latest SELECT 'principle', name, status, started, session FROM principles
        WHERE name = old.name AND status = old.status ORDER BY started DESC LIMIT 1 {_LATER};
END;
CREATE TRIGGER section_in AFTER INSERT ON sections BEGIN
    INSERT INTO misses VALUES (new.name, new.kind, new.status, new.miss, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER section_out AFTER DELETE ON sections BEGIN
    UPDATE misses SET n = n - 1 WHERE name = old.name AND kind = old.kind AND status = old.status AND miss = old.miss;
    DELETE FROM misses WHERE name = old.name AND kind = old.kind AND status = old.status AND miss = old.miss AND n = 0;
END;
"""
_TRIGGER_NAMES = ("session_in", "session_out", "principle_in", "principle_out", "section_in", "section_out")
# The running totals summed in one pass, after a build that took the rows in without the
# triggers (five times faster); the same figures as the triggers keep.
_SUMS = """
DELETE FROM totals;
DELETE FROM misses;
DELETE FROM latest;
INSERT INTO totals SELECT 'all', '', status, COUNT(*), SUM(answering), COUNT(score), TOTAL(score) FROM sessions GROUP BY status;
INSERT INTO totals SELECT 'kind', kind, status, COUNT(*), SUM(answering), COUNT(score), TOTAL(score) FROM sessions GROUP BY kind, status;
INSERT INTO totals SELECT 'level', level, status, COUNT(*), SUM(answering), COUNT(score), TOTAL(score) FROM sessions GROUP BY level, status;
INSERT INTO totals SELECT 'principle', name, status, COUNT(*), SUM(answering), COUNT(score), TOTAL(score)
    FROM principles GROUP BY name, status;
INSERT INTO misses SELECT name, kind, status, miss, COUNT(*) FROM sections GROUP BY name, kind, status, miss;
INSERT INTO latest SELECT 'scenario', scenario, status, MAX(started), id FROM sessions GROUP BY scenario, status;
INSERT INTO latest SELECT 'principle', name, status, MAX(started), session FROM principles GROUP BY name, status;
"""
# A session's summary, joined to its row where a screen shows it.
_SUMMARY = "(SELECT summary FROM summaries WHERE summaries.id = sessions.id)"


def microseconds(moment: datetime) -> int:
    """An instant as whole microseconds since 1970: exact, so a window's edge falls where
    comparing the datetimes puts it."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def column(text: str) -> str | bytes:
    """Text as SQLite takes it. Text holding a lone surrogate (a file name's undecodable
    byte, or an escape in an imported log) has no UTF-8 form, so it goes in as its bytes
    with the surrogates kept, and `text` gives it back exactly; the log keeps such text
    as typed, and the digest must not refuse the session that holds it."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
    return text


def text(value: str | bytes) -> str:
    """A column's text as `column` put it in."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _in_forms(search: str | bytes, stem: str | bytes) -> bool:
    """The search column holds a word of which `stem` is the stem (word_forms.Needle.in_forms)."""
    return Needle("", text(stem)).in_forms(text(search))


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
class Page:
    summaries: list[SessionSummary]  # newest first
    matching: int  # every session the filters keep, of which this is a page


class Timed(NamedTuple):
    """What the weeks of practice read of a session."""

    started: datetime
    status: SessionStatus
    practice_seconds: float
    score: int | None


class Digest:
    """The digest of one log, on disk (`open`) or in memory (`in_memory`). Callers hold
    their own lock around it: one connection serves every thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        connection.create_function("in_forms", 2, _in_forms, deterministic=True)
        self.path = path  # None in memory

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> Digest:
        """The digest in `folder` (created private); a damaged one or one of another format
        is started again, as a new file. OSError when the folder cannot be used."""
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / DIGEST_FILE
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # SQLite's files take its mode
        try:
            return cls(_connected(path), path)
        except (sqlite3.DatabaseError, _OtherFormat) as error:
            if _busy(error):
                raise  # another process holds it past the wait: in use, not damaged, so never removed
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
        try:
            _prepare(connection)
        except _OtherFormat:
            connection.close()
            connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            _prepare(connection)
        return cls(connection, None)

    def another(self) -> Digest:
        """A second digest to bring up to date while this one is read: another connection
        to the same file (readers see its changes as each is committed), or a copy in memory."""
        if self.path is not None:
            return Digest(_connected(self.path), self.path)
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self._db.backup(connection)
        return Digest(connection, None)

    def close(self) -> None:
        self._db.close()

    # --- keeping it up to date ----------------------------------------------------------------

    def signatures(self) -> dict[str, tuple[str, str]]:
        """Each session file's (seen, content) signatures when it was taken in (`signed`, `content_of`)."""
        return {name: (seen, content) for name, seen, content in self._db.execute("SELECT name, seen, content FROM segments")}

    def version(self) -> int:
        """Changes whenever another connection (another process, or a build beside this
        one) commits a change to the digest; this connection's own commits leave it."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def seen_as(self, names: Iterable[str]) -> dict[str, str]:
        """The (seen) signature each of these session files was taken in with, as `signed` writes it."""
        return dict(self._where_in("SELECT name, seen FROM segments WHERE name IN ({})", names))

    def warnings(self) -> list[str]:
        return [
            line for (lines,) in self._db.execute("SELECT warnings FROM segments ORDER BY name") for line in json.loads(lines)
        ]

    def take_in(
        self, name: str, seen: Signature, content: str, summaries: Sequence[SessionSummary], warnings: Sequence[str]
    ) -> None:
        """A session file read whole: its sessions replace those the digest held for it."""
        with self.transaction():
            self._forget([name])
            self._segment(name, seen, content, list(warnings))
            self._put(name, summaries)

    def seen_again(self, name: str, seen: Signature) -> None:
        """A session file whose bytes are those taken in (a copy, a restored backup)."""
        self._db.execute("UPDATE segments SET seen = ? WHERE name = ?", (signed(seen), name))

    def update(self, name: str, seen: Signature, content: str, summaries: Sequence[SessionSummary], *, held_as: str | None) -> bool:
        """Sessions just saved into a session file, when the digest holds the file as it was
        before the save (`held_as`: its `signed` signature then, None for a new file); False,
        changing nothing, when it holds another copy or none: the file is then read whole."""
        with self.transaction():
            held = self._db.execute("SELECT seen, warnings FROM segments WHERE name = ?", (name,)).fetchone()
            if held is None or held[0] != held_as:
                return False
            self._segment(name, seen, content, json.loads(held[1]))
            self._put(name, summaries)
        return True

    def building(self) -> bool:
        """Whether rows are being taken in without the running totals (`start_building`)."""
        return self._db.execute("SELECT 1 FROM meta WHERE key = 'building'").fetchone() is not None

    def start_building(self) -> None:
        """Take the rows of many files in without keeping the running totals, until
        `finish_building` sums them; a build killed half-way is carried on by the next."""
        with self.transaction():
            self._drop_triggers()
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('building', '1')")

    def _drop_triggers(self) -> None:
        for trigger in _TRIGGER_NAMES:
            self._db.execute(f"DROP TRIGGER IF EXISTS {trigger}")

    def finish_building(self) -> None:
        """Sum the totals and keep them running again. Two processes that both started a
        build may both finish it: the later sums again (the same figures) over triggers
        the earlier put back."""
        with self.transaction():
            self._drop_triggers()
            _run(self._db, _SUMS + _TRIGGERS)
            self._db.execute("DELETE FROM meta WHERE key = 'building'")

    def drop(self, names: Iterable[str]) -> None:
        """Session files that are gone."""
        with self.transaction():
            self._forget(list(names))

    def home_of(self, session_id: str) -> str | None:
        row = self._db.execute("SELECT segment FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return row[0] if row else None

    def homes(self, session_ids: Iterable[str]) -> dict[str, str]:
        return dict(self._where_in("SELECT id, segment FROM sessions WHERE id IN ({})", session_ids))

    def _where_in(self, query: str, values: Iterable[str]) -> Iterator[Any]:
        """`query`'s rows for all `values`, its `{}` standing for their placeholders, asked
        500 at a time (SQLite limits the placeholders of one statement)."""
        values = list(values)
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            yield from self._db.execute(query.format(",".join("?" * len(chunk))), chunk)

    def _segment(self, name: str, seen: Signature, content: str, warnings: list[str]) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO segments VALUES (?, ?, ?, ?)", (name, signed(seen), content, json.dumps(warnings))
        )

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
            started, seconds, status, kind = microseconds(s.started), answering(s), str(s.status), str(s.scenario.kind)
            ids.append((s.id,))
            sessions.append((
                s.id, name, positions[s.id], started, status, kind, column(s.scenario.level or ""), column(s.scenario.id),
                s.score, seconds, s.practice_seconds, heard_figures(s.heard) is not None, column(search_text(s)),
            ))  # fmt: skip
            bodies.append((s.id, encode_summary(s)))
            principles += [(s.id, n, column(p), status, started, s.score, seconds) for n, p in enumerate(s.principles)]
            sections += [
                (s.id, n, column(name_), kind, status, verdict(actual, low, high).miss)
                for n, (name_, low, high, actual) in enumerate(s._timings[: s._section_count])
            ]  # fmt: skip
        if positions:  # rows replaced go first, so that the triggers take them off the totals
            for table, key in (("principles", "session"), ("sections", "session"), ("sessions", "id")):
                self._db.executemany(f"DELETE FROM {table} WHERE {key} = ?", ids)
        self._db.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions)
        self._db.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?)", bodies)
        self._db.executemany("INSERT INTO principles VALUES (?, ?, ?, ?, ?, ?, ?)", principles)
        self._db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?)", sections)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around what runs inside (several files taken in at once), or
        part of the one already open."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- reading -------------------------------------------------------------------------------

    def count(self) -> int:
        return sum(self.status_counts().values())

    def newest_first(self, status: SessionStatus | None = None) -> list[SessionSummary]:
        where, args = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        query = f"SELECT {_SUMMARY} FROM sessions {where} ORDER BY started DESC, segment, position"
        return [decode_summary(text) for (text,) in self._db.execute(query, args)]

    def homes_in_order(self, newest_first: bool = False) -> list[tuple[str, str]]:
        """Every session's id and file, in the order of their start."""
        order = "started DESC, segment, position" if newest_first else "started, segment, position"
        return self._db.execute(f"SELECT id, segment FROM sessions ORDER BY {order}").fetchall()

    def page(self, *, kind: str | None, since: datetime | None, words: Sequence[Needle], offset: int, limit: int) -> Page:
        """Sessions of every status that pass the filters, newest first: `limit` of them from `offset`."""
        where, args = self._filters(kind, since, words)
        matching = self._db.execute(f"SELECT COUNT(*) FROM sessions {where}", args).fetchone()[0] if where else self.count()
        query = f"SELECT {_SUMMARY} FROM sessions {where} ORDER BY started DESC, segment, position LIMIT ? OFFSET ?"
        rows = self._db.execute(query, (*args, limit, offset))
        return Page([decode_summary(text) for (text,) in rows], matching)

    @staticmethod
    def _filters(kind: str | None, since: datetime | None, words: Sequence[Needle]) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if kind:
            clauses.append("kind = ?")
            args.append(str(kind))
        if since is not None:
            clauses.append("started >= ?")
            args.append(microseconds(since))
        for word in words:  # as word_forms.found: the word as typed, or another form of it
            if word.stem is None:
                clauses.append("instr(search, ?) > 0")
                args.append(column(word.typed))
            else:  # Python is called only for a row that holds the stem but not the word as typed
                clauses.append("instr(search, ?) > 0 AND (instr(search, ?) > 0 OR in_forms(search, ?))")
                args += [column(word.stem), column(word.typed), column(word.stem)]
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def since(self, moment: datetime) -> list[SessionSummary]:
        """Sessions started at or after `moment`, newest first."""
        rows = self._db.execute(
            f"SELECT {_SUMMARY} FROM sessions WHERE started >= ? ORDER BY started DESC",
            (microseconds(moment),),
        )
        return [decode_summary(text) for (text,) in rows]

    def status_counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT status, sessions FROM totals WHERE grp = 'all'"))

    def _practised(self) -> list[str]:
        return [status for status in self.status_counts() if status != _DRAFT]

    def tally(self, since: datetime | None = None) -> TallyRow:
        """Practised sessions (not drafts), from `since` when given: the running totals, or
        the rows of the window (read from an index, status by status)."""
        if since is None:
            rows = self._db.execute(
                "SELECT sessions, seconds, scored, score_total FROM totals WHERE grp = 'all' AND status != ?", (_DRAFT,)
            ).fetchall()
        else:
            query = (
                "SELECT COUNT(*), TOTAL(answering), COUNT(score), TOTAL(score) FROM sessions WHERE status = ? AND started >= ?"
            )
            rows = [self._db.execute(query, (status, microseconds(since))).fetchone() for status in self._practised()]
        return TallyRow(*(int(sum(row[n] for row in rows)) for n in range(4)))

    def tallies_by(self, column: str) -> dict[str, TallyRow]:
        """Practised sessions grouped by `kind`, `level` or principle (`principle`)."""
        query = (
            "SELECT name, SUM(sessions), SUM(seconds), SUM(scored), SUM(score_total) FROM totals "
            "WHERE grp = ? AND status != ? GROUP BY name"
        )
        return {
            text(name): TallyRow(n, seconds, scored, total)
            for name, n, seconds, scored, total in self._db.execute(
                query, ({"kind": "kind", "level": "level", "principle": "principle"}[column], _DRAFT)
            )
        }

    def practised_ends(self) -> tuple[datetime, datetime] | None:
        """When the first and the last practised session started."""
        edges = [self._edge(status, "MIN") for status in self._practised()]
        found = [edge for edge in edges if edge is not None]
        if not found:
            return None
        last = [self._edge(status, "MAX") for status in self._practised()]
        return _EPOCH + timedelta(microseconds=min(found)), _EPOCH + timedelta(microseconds=max(e for e in last if e is not None))

    def _edge(self, status: str, which: str, before: int | None = None) -> int | None:
        """MIN or MAX of the starts of `status` (before `before`): one seek down an index."""
        bound, args = ("AND started < ?", (status, before)) if before is not None else ("", (status,))
        return self._db.execute(f"SELECT {which}(started) FROM sessions WHERE status = ? {bound}", args).fetchone()[0]  # type: ignore[no-any-return]

    def practised_since(self, moment: datetime) -> list[Timed]:
        """The start, status, time and score of each practised session from `moment`, newest
        first (sums of their float seconds add up in the order a full pass adds them), and
        of the first practised session ever, when it is older."""
        marks = ",".join("?" * len(practised := self._practised()))
        query = f"SELECT started, status, seconds, score FROM sessions WHERE status IN ({marks}) AND started >= ? ORDER BY started DESC"
        rows = self._db.execute(query, (*practised, microseconds(moment))).fetchall()
        ends = self.practised_ends()
        if ends is not None and ends[0] < moment:
            first = microseconds(ends[0])
            rows += self._db.execute(
                f"SELECT started, status, seconds, score FROM sessions WHERE status IN ({marks}) AND started = ? LIMIT 1",
                (*practised, first),
            ).fetchall()
        return [
            Timed(_EPOCH + timedelta(microseconds=started), _STATUSES[status], seconds, score)
            for started, status, seconds, score in rows
        ]

    def days(self, status: SessionStatus, tz: tzinfo) -> Iterator[date]:
        """Each local day (in `tz`) on which a session of `status` started, newest first,
        read as they are asked for: one seek a day, however many sessions a day holds."""
        before: int | None = None
        while (found := self._edge(status.value, "MAX", before)) is not None:
            day = (_EPOCH + timedelta(microseconds=found)).astimezone(tz).date()
            yield day
            before = min(found, microseconds(datetime.combine(day, time(), tz)))

    def principles(self, practised: Sequence[str]) -> dict[str, PrincipleRow]:
        """Per principle name: the practised sessions listing it, their completed scores, the latest."""
        marks = ",".join("?" * len(practised))
        sums = self._db.execute(
            "SELECT name, SUM(sessions), TOTAL(CASE WHEN status = ? THEN scored END), TOTAL(CASE WHEN status = ? THEN score_total END) "
            f"FROM totals WHERE grp = 'principle' AND status IN ({marks}) GROUP BY name",
            (_COMPLETED, _COMPLETED, *practised),
        )
        last = dict(self._db.execute(
            f"SELECT name, MAX(started) FROM latest WHERE grp = 'principle' AND status IN ({marks}) GROUP BY name", list(practised)
        ))  # fmt: skip
        return {text(name): PrincipleRow(n, int(scored), int(total), _instant(last.get(name))) for name, n, scored, total in sums}

    def misses(self, names: Sequence[str], kinds: Sequence[str], status: SessionStatus) -> dict[str, list[tuple[int, int]]]:
        """Per section name that has any: the sections of that name in sessions of `kinds`
        with `status`, counted by how far they missed their window (miss, how many), in
        ascending order of the miss (practice.progress.section_timing reads them)."""
        found = {}
        marks = ",".join("?" * len(kinds))
        query = f"SELECT miss, SUM(n) FROM misses WHERE name = ? AND status = ? AND kind IN ({marks}) GROUP BY miss ORDER BY miss"
        for name in names:
            if counts := self._db.execute(query, (column(name), status.value, *kinds)).fetchall():
                found[name] = [(int(miss), int(n)) for miss, n in counts]
        return found

    def _latest(self, statuses: Sequence[str]) -> dict[str, tuple[int, str]]:
        """Each scenario's latest session of one of `statuses`: its start and id."""
        marks = ",".join("?" * len(statuses))
        found: dict[str, tuple[int, str]] = {}
        for name, started, session in self._db.execute(
            f"SELECT name, started, session FROM latest WHERE grp = 'scenario' AND status IN ({marks})", list(statuses)
        ):
            if (name := text(name)) not in found or started > found[name][0]:
                found[name] = (started, session)
        return found

    def last_by_scenario(self, statuses: Sequence[str]) -> dict[str, SessionSummary]:
        """Each scenario's latest session of one of `statuses`."""
        ids = [session for _, session in self._latest(statuses).values()]
        found: dict[str, SessionSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for (text,) in self._db.execute(f"SELECT summary FROM summaries WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                summary = decode_summary(text)
                found[summary.scenario.id] = summary
        return found

    def last_started_by_scenario(self, statuses: Sequence[str]) -> dict[str, datetime]:
        return {name: _EPOCH + timedelta(microseconds=started) for name, (started, _) in self._latest(statuses).items()}

    def latest_heard(self, statuses: Sequence[str], limit: int) -> list[SessionSummary]:
        """The latest `limit` sessions heard with voice in which something was said, newest first."""
        marks = ",".join("?" * len(statuses))
        query = f"SELECT {_SUMMARY} FROM sessions INDEXED BY sessions_heard WHERE heard AND status IN ({marks}) ORDER BY started DESC, segment, position LIMIT ?"
        return [decode_summary(text) for (text,) in self._db.execute(query, (*statuses, limit))]


def signed(seen: Signature) -> str:
    return ":".join(map(str, seen))


def content_of(raw: bytes, sha1: str) -> str:
    """A session file's bytes as the digest signs them: the same for a copy of the file."""
    return f"{len(raw)}:{sha1}"


def _instant(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + timedelta(microseconds=value)


class _OtherFormat(Exception):
    """A digest of another format: started again as a new file rather than emptied table by table."""


# How long a connection waits for another process's lock before it gives up with "busy".
BUSY_WAIT_SECONDS = 30.0


def _busy(error: Exception) -> bool:
    """SQLite's "database is locked" (busy or locked, in any extended form): the file is
    in use by another connection, which says nothing about its contents."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlite3.OperationalError) and code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _connected(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_WAIT_SECONDS, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
        connection.execute("PRAGMA synchronous=NORMAL")  # derived: a lost last change is read again from the log
        _prepare(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _run(connection: sqlite3.Connection, script: str) -> None:
    """Each statement of `script` (triggers whole), inside the transaction that is open."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            connection.execute(statement)
            statement = ""


def _prepare(connection: sqlite3.Connection) -> None:
    """Tables of this format in an empty database (decided under the write lock, so two
    processes opening a new digest at once make them once); _OtherFormat when it holds another."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.OperationalError:
            row = None
        if row is None or row[0] != DIGEST_FORMAT:
            if connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
                raise _OtherFormat
            _run(connection, _SCHEMA + _TRIGGERS)
            connection.execute("INSERT INTO meta VALUES ('format', ?)", (DIGEST_FORMAT,))
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
