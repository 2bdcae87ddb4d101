"""The practice log: the one object the app and the commands use to read and save.

    log = PracticeLog.open()            # or PracticeLog.open(data_dir, start_fresh=True)
    log.save(session)                   # on disk when it returns
    log.summaries()                     # every session without notes, newest first
    log.session(session_id)             # one whole session, notes included
    log.look(lambda digest: digest.tally())  # figures across the history (digest.py)

Every write takes the log's file lock, re-reads the file it changes, changes it and
replaces it atomically, so two windows never lose each other's saves. Stories, cards and
plans are served from memory, sessions' summaries from the digest (digest.py), so opening
never reads the whole history. The digest is shared, so sessions other processes saved
show at once; `read_others()`, run off the UI thread now and then, says so, takes the
shared digest up once the first session is saved (a log opened empty keeps its own in
memory) and reads the practice file again once another process replaced it (one stat
when it did not), so their stories, cards, plans and mocks show too: no read looks at
the disk. `refresh()` also brings the digest up to date with session files changed
behind it.

A log the user made read-only (see storage.py) opens with `read_only` set: it reads as
usual, and every change raises LogReadOnly. A log that cannot be opened at all raises
LogUnavailable, a damaged one LogDamaged; neither changes anything on disk."""

from __future__ import annotations

import contextlib
import functools
import operator
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tinydb import Query, TinyDB
from tinydb.queries import QueryInstance

from systemcraft_tui.core.allocation import bulk_allocation
from systemcraft_tui.core.errors import StoreError
from systemcraft_tui.core.records import (
    MockRecord,
    PlanProgress,
    Record,
    RecordT,
    ReviewCard,
    Session,
    Story,
    WeeklyAssessment,
    decode_records,
)
from systemcraft_tui.core.summaries import SessionSummary, summarize
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.locations import data_dir as resolve_data_dir
from systemcraft_tui.store import journal, unsaved
from systemcraft_tui.store.damage import Unreadable, keep_aside, parse_tables
from systemcraft_tui.store.digest import DIGEST_FILE, DIGEST_FOLDER, Digest, content_of, signed
from systemcraft_tui.store.durable import atomic_write, leftover_temporaries
from systemcraft_tui.store.errors import (
    DamagedFile,
    KeptUnsaved,
    LogBusy,
    LogDamaged,
    LogReadOnly,
    LogUnavailable,
    LogWriteFailed,
)
from systemcraft_tui.store.jsonio import encode
from systemcraft_tui.store.live import LIVE_FOLDER, LiveSessions
from systemcraft_tui.store.schema import Tables, new_tables
from systemcraft_tui.store.storage import (
    LOG_FOLDER,
    PRACTICE_TABLES,
    SEGMENT_BYTES,
    SEGMENT_SESSIONS,
    SESSION_TABLE,
    Changes,
    LogFolder,
    Signature,
    read_log_file,
    signature,
    storage_of,
)
from systemcraft_tui.store.summaries import SegmentScan, SummaryFiles, read_segment, sha1

if TYPE_CHECKING:
    from filelock import FileLock

T = TypeVar("T")

LOCK_TIMEOUT = 30.0
PracticeRecord = Story | ReviewCard | WeeklyAssessment | PlanProgress  # what the log may remove
_PRACTICE_TYPES: dict[str, type[Record]] = {
    kind.TABLE: kind for kind in (Story, ReviewCard, WeeklyAssessment, PlanProgress, MockRecord)
}


@dataclass
class MergeResult:
    """What merging records into the log did, per table."""

    added: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    conflicts: list[Record] = field(default_factory=list)  # incoming records that differ; the log's were kept


def checked(record: Record) -> dict[str, Any]:
    """The record as JSON values, after proving it reads back: nothing malformed is written."""
    doc = record.to_dict()
    type(record).from_dict(doc, record.TABLE)
    return doc


def _raise_if_damaged(damaged: list[tuple[Path, str]], read_only: bool = False, kept: Path | None = None) -> None:
    """LogDamaged naming the `damaged` files (copied aside unless `read_only`), and the
    saves waiting in `kept` (the unsaved folder) when given."""
    if damaged:
        files = [DamagedFile(path, reason, None if read_only else keep_aside(path)) for path, reason in damaged]
        raise LogDamaged(files, unsaved.waiting(kept) if kept is not None else None)


def _key(record: Record) -> QueryInstance:
    """Matches the record's stored document; path queries never fail on a malformed one."""
    doc = record.to_dict()
    key: QueryInstance = functools.reduce(operator.and_, (Query()[name] == doc[name] for name in record.KEY_FIELDS))
    return key


_FILES_HELD = 4  # session files (at most 100 sessions, 1 MB each) kept read while streaming
_BATCH = 25  # session files taken into a digest being built per transaction


@dataclass(frozen=True)
class _View:
    """This process's view of the session files, whole when it left the lock: the change
    token it wrote, the folder's listing, the digest that holds them and its version (a
    log being opened elsewhere takes files into the shared digest without the lock), the
    newest file."""

    token: bytes
    listing: tuple[int, int, int]
    digest: Digest
    version: int
    newest: Path | None


class _Stopped(Exception):
    """A digest build asked to stop (the app is closing): what it took in is kept."""


def _stale(known: dict[str, tuple[str, str]], files: list[tuple[str, Signature]]) -> bool:
    """Whether the digest's signatures miss a change to the session files."""
    return len(known) != len(files) or any(known.get(name, ("", ""))[0] != signed(seen) for name, seen in files)


class PracticeLog:
    """The user's practice log in one folder. Build it with `PracticeLog.open()`."""

    def __init__(self, folder: LogFolder, lock_timeout: float = LOCK_TIMEOUT, read_only_reason: str | None = None) -> None:
        self.folder = folder
        self.read_only_reason = read_only_reason  # why saving is refused; None when the log is writable
        self.live = LiveSessions(folder.root / LIVE_FOLDER)  # the sessions this process rehearses now
        self._lock_timeout = lock_timeout
        # The app saves from worker threads while its screens read. `_writing` lets one
        # change at a time wait for the file lock and make its change; `_mutex` guards the
        # memory readers see, held only while it is swapped, so no read waits on a save.
        self._writing = threading.RLock()
        self._mutex = threading.RLock()
        self._digest = Digest.in_memory()  # on disk once the log holds a session file (see _digest_for)
        self._ready = True  # the digest is up to date with the session files seen at open
        self._records: dict[str, dict[str, Record]] = {table: {} for table in PRACTICE_TABLES}
        self._practice_warnings: list[str] = []
        self._practice_seen: Signature | None = None  # the practice file's as `_records` were read (None: no file)
        self.set_aside: list[DamagedFile] = []  # damaged files replaced by start_fresh
        self.recovered: list[str] = []  # changes a killed process left half made, finished or undone here
        self.brought_back: list[str] = []  # saves kept aside (store/unsaved.py), now in the log or still not
        self._unsaved = False  # whether saves may be kept aside, to be brought back
        self._view: _View | None = None  # set by a save that saw every session file (_write)
        self._view_holds = False  # under the lock: nobody changed a session file since _view
        self._token: bytes | None = None  # under the lock: this change's token (None: none written)
        self._others_version: tuple[Digest, int] | None = None  # the digest's as read_others last saw it

    @functools.cached_property
    def _lock(self) -> FileLock:
        """The file lock, made for the first change: opening to read needs none (and
        leaves filelock unloaded until then). Taken only while `_writing` is held."""
        from filelock import FileLock

        return FileLock(str(self.folder.lock), timeout=self._lock_timeout, mode=0o600, thread_local=False)

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        start_fresh: bool = False,
        lock_timeout: float = LOCK_TIMEOUT,
        prepare: bool = True,
    ) -> PracticeLog:
        """Open (creating when needed) the log under `data_dir` (else $SYSTEMCRAFT_DATA_DIR,
        else the platform's data folder).

        Raises LogDamaged when a file cannot be read: nothing is changed, and each damaged
        file's bytes are kept under a timestamped name beside it. With start_fresh=True a
        damaged file is set aside instead and replaced by an empty one; `set_aside` lists them.
        Raises LogUnavailable when the log cannot be opened at all (nothing is changed).

        With prepare=False the session files are not read: when some changed since the
        digest saw them (or it is new), `ready` stays False until `prepare()`, which reads
        them (in a worker: minutes over a big log read for the first time) and reports a
        damaged one then."""
        folder = LogFolder(resolve_data_dir(data_dir) / LOG_FOLDER)
        try:
            folder.ensure()
            files = folder.segment_files()  # listed once for both, unless tidying changes them
            log = cls(folder, lock_timeout, folder.read_only_reason(files))
            if not log.read_only:
                folder.make_private()
                if log._tidy():
                    files = folder.segment_files()
            elif journal.pending(folder.root):
                log.recovered.append(
                    "An interrupted change to the practice log can be neither finished nor undone while the log "
                    "is read-only; what is shown may lack part of it."
                )
            damaged = log._load(prepare or start_fresh, files)
            if damaged and start_fresh:
                log._start_fresh(damaged)
                damaged = log._load()
            _raise_if_damaged(damaged, log.read_only, folder.unsaved)
            if not log.read_only and unsaved.waiting(folder.unsaved):
                log._unsaved = True
                log._bring_back()
        except OSError as error:
            raise LogUnavailable(error.filename or folder.root, f"cannot be used: {error.strerror or error}") from None
        return log

    @property
    def read_only(self) -> bool:
        """True when the user's files or folder do not allow saving (see `read_only_reason`)."""
        return self.read_only_reason is not None

    @property
    def path(self) -> Path:
        """The folder holding the log's files."""
        return self.folder.root

    @property
    def warnings(self) -> list[str]:
        """One line per record skipped because it is malformed (it stays in its file)."""
        with self._mutex:
            return self._practice_warnings + self._digest.warnings()

    @property
    def ready(self) -> bool:
        """False while the digest lags the session files (see `open`, `prepare`)."""
        return self._ready

    def refresh(self) -> None:
        """See what other processes saved since this log was opened or last refreshed."""
        _raise_if_damaged(self._load(), self.read_only, self.folder.unsaved)

    def prepare(self, progress: Callable[[int, int], object] | None = None, stopped: Callable[[], bool] = lambda: False) -> bool:
        """Bring the digest up to date with the session files, for a worker thread: the
        screens keep reading the digest as it was meanwhile, and saves wait for it.
        `progress(done, of)` follows the files read; once `stopped()` it stops after the
        files in hand (what is done is kept) and returns False. Raises LogDamaged as
        `open` does."""
        with self._writing:
            summary_files = SummaryFiles(self.folder.summaries)
            files = self.folder.segment_files()
            with self._mutex:
                current = self._digest = self._digest_for(files)
            building = current.another()
            try:
                damaged = self._sync(building, files, summary_files, progress=progress, stopped=stopped)
            except _Stopped:
                building.close()
                return False
            except BaseException:
                building.close()
                raise
            with self._mutex:
                self._digest, self._ready = building, True
            current.close()
            self._keep_summaries(summary_files, {name for name, _ in files})
        _raise_if_damaged(damaged, self.read_only, self.folder.unsaved)
        return True

    def _load(self, prepare: bool = True, files: list[tuple[str, Signature]] | None = None) -> list[tuple[Path, str]]:
        """Read the practice file into memory and (with `prepare`) bring the digest up to
        date with the session files (`files`: as just listed); returns the damaged files
        with the reason."""
        damaged: list[tuple[Path, str]] = []
        practice_warnings: list[str] = []
        records: dict[str, dict[str, Record]] = {table: {} for table in PRACTICE_TABLES}
        seen = self._practice_signature()  # before the read: a file replaced meanwhile is only read again
        try:
            raw = read_log_file(self.folder.practice)
            if raw is not None:
                tables, _ = parse_tables(raw)
                records, practice_warnings = self._decode_practice(tables)
        except Unreadable as error:
            damaged.append((self.folder.practice, error.reason))
        if files is None:
            files = self.folder.segment_files()
        with self._mutex:
            digest = self._digest = self._digest_for(files)
            self._ready = not digest.building() and not _stale(digest.signatures(), files)
        if prepare and not self._ready:
            summary_files = SummaryFiles(self.folder.summaries)
            damaged += self._sync(digest, files, summary_files, guarded=True)
            self._ready = True
            self._keep_summaries(summary_files, {name for name, _ in files})
        with self._mutex:
            self._records, self._practice_warnings, self._practice_seen = records, practice_warnings, seen
        return damaged

    def _sync(
        self,
        digest: Digest,
        files: list[tuple[str, Signature]],
        summary_files: SummaryFiles,
        *,
        guarded: bool = False,
        progress: Callable[[int, int], object] | None = None,
        stopped: Callable[[], bool] = lambda: False,
    ) -> list[tuple[Path, str]]:
        """Take the session files changed since `digest` last saw them into it (by
        whichever process), and drop those that are gone; returns the damaged ones. A
        `guarded` digest is the one screens read: it is changed a file at a time under
        the mutex. Another is changed _BATCH files to a transaction, so a build killed
        half-way keeps what it had done; after each, `stopped()` may end it (_Stopped)."""
        damaged: list[tuple[Path, str]] = []
        known = digest.signatures()
        stale = [(name, seen) for name, seen in files if known.get(name, ("", ""))[0] != signed(seen)]
        guard = self._mutex if guarded else contextlib.nullcontext()
        names = {name for name, _ in files}
        # A file gone from the listing, and still gone (one made since it was listed, and taken
        # in by the process that made it, stays), that nobody took in again meanwhile.
        if gone := [name for name in known if name not in names and not (self.folder.root / name).exists()]:
            with guard, digest.transaction():
                now = digest.seen_as(gone)
                digest.drop([name for name in gone if now.get(name) == known[name][0]])
        building = digest.building() or (not known and bool(stale))  # a new digest: its totals summed at the end
        if building:
            with guard:
                digest.start_building()
        step = 1 if guarded else _BATCH
        for start in range(0, len(stale), step):
            read: list[tuple[str, Signature, str, SegmentScan | None]] = []
            for name, seen in stale[start : start + step]:
                path = self.folder.root / name
                try:
                    raw = read_log_file(path) or b""
                    hexdigest = sha1(raw)
                    content = content_of(raw, hexdigest)
                    if known.get(name, ("", ""))[1] == content:
                        read.append((name, seen, content, None))  # the same bytes: a copy, a restored file
                        continue
                    with bulk_allocation():
                        read.append((name, seen, content, summary_files.scan(path, raw, hexdigest)))
                except Unreadable as error:
                    damaged.append((path, error.reason))
            with guard, digest.transaction():
                # A file another process took in since `known` was read (a save, under the lock) is
                # newer there than what was read here, without the lock: what was read gives way.
                now = digest.seen_as(name for name, _, _, _ in read)
                read = [entry for entry in read if now.get(entry[0], "") == known.get(entry[0], ("", ""))[0]]
                for name, seen, content, scan in read:
                    if scan is None:
                        digest.seen_again(name, seen)
                        continue
                    homes = digest.homes(s.id for s in scan.summaries)
                    doubles = [
                        f"{self.folder.root / name}: session {sid} is also in {self.folder.root / home}; using this one"
                        for sid, home in homes.items()
                        if home != name
                    ]
                    digest.take_in(name, seen, content, scan.summaries, [*scan.warnings, *doubles])
            if progress is not None:
                progress(min(start + step, len(stale)), len(stale))
            if stopped():
                raise _Stopped
        if building:
            with guard:
                digest.finish_building()
        return damaged

    def _digest_for(self, files: list[tuple[str, Signature]]) -> Digest:
        """Under the mutex: the digest on disk once there are session files and the log may
        be written; else one in memory (a read-only log's starts from the file's copy)."""
        digest = self._digest
        folder = self.folder.root / DIGEST_FOLDER
        if digest.path is not None or not files:
            return digest
        if self.read_only:
            return digest if digest.signatures() else Digest.in_memory(folder / DIGEST_FILE)
        try:
            on_disk = Digest.open(folder)
        except (OSError, sqlite3.Error):
            return digest  # kept in memory: built again at each open, but the log works
        digest.close()
        return on_disk

    def _catch_up(self) -> Path | None:
        """Under the lock: take in the session files other processes wrote since they were
        read here, so a session saved elsewhere is found in its own file, never duplicated.
        Returns the newest session file. When nobody changed one since this process's
        last save, nothing is looked at: a save's cost does not grow with the history."""
        if self._view_holds and self._view is not None:
            return self._view.newest
        summary_files = SummaryFiles(self.folder.summaries)
        files = self.folder.segment_files()
        with self._mutex:
            digest = self._digest = self._digest_for(files)
        if damaged := self._sync(digest, files, summary_files, guarded=True):
            path, reason = damaged[0]
            raise Unreadable(reason, path)
        if summary_files.rebuilt:  # orphans are left to the next open: a save does not list the folder
            summary_files.write({name for name, _ in files})
        self._view_holds = True
        return self.folder.root / files[-1][0] if files else None

    def _decode_practice(self, tables: Tables) -> tuple[dict[str, dict[str, Record]], list[str]]:
        records: dict[str, dict[str, Record]] = {}
        warnings: list[str] = []
        for table, kind in _PRACTICE_TYPES.items():
            decoded, skipped = decode_records(tables.get(table, {}), kind, str(self.folder.practice))
            records[table] = {record.id: record for record in decoded}
            warnings += skipped
        return records, warnings

    def _start_fresh(self, damaged: list[tuple[Path, str]]) -> None:
        with self._locked():
            for path, _ in damaged:
                try:
                    parse_tables(read_log_file(path) or b"")
                    continue  # another process started fresh meanwhile
                except Unreadable as error:
                    reason = error.reason
                kept = keep_aside(path)
                tables = PRACTICE_TABLES if path == self.folder.practice else (SESSION_TABLE,)
                atomic_write(path, encode(new_tables(*tables)))
                self.set_aside.append(DamagedFile(path, reason, kept))

    def _keep_summaries(self, summary_files: SummaryFiles, segment_names: set[str]) -> None:
        """Best effort: summaries are derived, so a busy lock or a read-only folder only
        means they are rebuilt again next time."""
        if self.read_only or not summary_files.stale(segment_names):
            return
        from filelock import Timeout

        with contextlib.suppress(OSError, Timeout):
            if not self._writing.acquire(blocking=False):
                return  # a save in this process is under way: the next open writes them
            try:
                with self._lock.acquire(timeout=0):
                    summary_files.write(segment_names)
            finally:
                self._writing.release()

    def _tidy(self) -> bool:
        """Finish or undo a change a killed process left half made, then remove the
        temporary files killed writers left behind; True when there was any to tidy."""
        folders = (self.folder.root, self.folder.summaries, self.folder.unsaved)
        if not (journal.pending(self.folder.root) or any(leftover_temporaries(folder) for folder in folders)):
            return False
        with self._locked():  # every file is written under the lock, so these are a killed writer's
            for temporary in (t for folder in folders for t in leftover_temporaries(folder)):
                temporary.unlink(missing_ok=True)
        return True

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the lock for a change; LogReadOnly when the log may not be changed."""
        if self.read_only_reason is not None:
            raise LogReadOnly(self.read_only_reason)
        from filelock import Timeout

        with self._writing:
            try:
                self._lock.acquire()
            except Timeout:
                raise LogBusy(
                    f"{self.folder.lock}: another SystemCraft process kept the practice log locked for "
                    f"{self._lock.timeout:g} s; close it (or wait) and try again"
                ) from None
            try:
                if note := journal.recover(self.folder.root):  # before any change: a killed one comes first
                    self.recovered.append(note)
                self._take_token(recovered=note is not None)
                yield
            except Unreadable as error:
                assert error.path is not None  # every file the log reads names itself in its errors
                _raise_if_damaged([(error.path, error.reason)])
            finally:
                self._lock.release()

    def _take_token(self, *, recovered: bool) -> None:
        """Under the lock: whether the session files are as this process last saw them
        (its own token still there, the folder's names as it left them), then this
        change's token. A token that cannot be read or written only means looking again."""
        view = self._view
        with self._mutex, contextlib.suppress(sqlite3.Error):
            self._view_holds = False
            self._view_holds = (
                view is not None
                and not recovered
                and view.digest is self._digest
                and view.digest.version() == view.version
                and self.folder.change_token() == view.token
                and self.folder.listing() == view.listing
            )
        try:
            self._token = self.folder.new_change_token()
        except OSError:
            self._token = None

    # --- reading --------------------------------------------------------------------------

    def summaries(self) -> list[SessionSummary]:
        """Every session (drafts included) without its notes, newest first (the whole
        history: screens ask the digest for what they show, see `look`)."""
        return self.look(lambda digest: digest.newest_first())

    def look(self, question: Callable[[Digest], T]) -> T:
        """The answer to a question put to the digest of the sessions."""
        with self._mutex:
            return question(self._digest)

    def session(self, session_id: str) -> Session | None:
        """The whole session, notes included; None when the log has no such session."""
        home = self.look(lambda digest: digest.home_of(session_id))
        if home is None:
            return None
        return next((s for s in self._read_sessions(self.folder.root / home) if s.id == session_id), None)

    def sessions(self) -> list[Session]:
        """Every whole session, oldest first (reads every file: for export, not for screens)."""
        return list(self.each_session())

    def each_session(self, newest_first: bool = False) -> Iterator[Session]:
        """Every whole session in the order of their start, read a few session files at a
        time, so that a log of any size streams (export)."""
        order = self.look(lambda digest: digest.homes_in_order(newest_first))
        held: dict[str, dict[str, Session]] = {}  # the files read last; sessions mostly run in file order
        for session_id, home in order:
            if home not in held:
                if len(held) >= _FILES_HELD:
                    del held[next(iter(held))]
                held[home] = {s.id: s for s in self._read_sessions(self.folder.root / home)}
            if (session := held[home].get(session_id)) is not None:
                yield session

    def drafts(self) -> list[Session]:
        """Unfinished rehearsals a closed terminal left behind, newest first."""
        drafts = (self.session(s.id) for s in self.look(lambda digest: digest.newest_first(SessionStatus.DRAFT)))
        return [draft for draft in drafts if draft is not None]

    def stories(self) -> list[Story]:
        return sorted(self._all(Story), key=lambda s: s.title.casefold())

    def review_cards(self) -> list[ReviewCard]:
        return sorted(self._all(ReviewCard), key=lambda c: c.due)

    def assessments(self) -> list[WeeklyAssessment]:
        return sorted(self._all(WeeklyAssessment), key=lambda a: (a.week_start, a.recorded))

    def plans(self) -> list[PlanProgress]:
        """Plans the user follows, the most recently touched first."""
        return sorted(self._all(PlanProgress), key=lambda p: p.updated, reverse=True)

    def mocks(self) -> list[MockRecord]:
        """Every mock interview, drafts included, newest first."""
        return sorted(self._all(MockRecord), key=lambda m: m.started, reverse=True)

    def _all(self, kind: type[RecordT]) -> list[RecordT]:
        with self._mutex:
            return [record for record in self._records[kind.TABLE].values() if isinstance(record, kind)]

    def _practice_signature(self) -> Signature | None:
        try:
            return signature(self.folder.practice)
        except FileNotFoundError:
            return None
        except OSError:
            return self._practice_seen  # cannot tell: what was read stays

    def read_others(self) -> bool:
        """For a worker thread, now and then: True when another process saved since the
        last call. Its sessions are in the shared digest already (its version tells); the
        practice file is read again when it was replaced since it was read here (every
        save replaces it), so its stories, cards, plans and mocks show. One stat and one
        query when nothing changed; reads never look at the disk themselves. A file that
        cannot be read now leaves what was read: the next open or save reports it. Skipped
        while a save here is under way: it reads the file under the lock, and an older
        read must not follow it."""
        if not self._writing.acquire(blocking=False):
            return False
        try:
            shared = self._share_digest()
            before = self._others_version
            with self._mutex, contextlib.suppress(sqlite3.Error):
                self._others_version = (self._digest, self._digest.version())
            sessions = shared or (before is not None and before != self._others_version)
            seen = self._practice_signature()
            if seen == self._practice_seen:
                return sessions
            try:
                raw = read_log_file(self.folder.practice)
                tables = parse_tables(raw)[0] if raw is not None else {}
            except (Unreadable, LogUnavailable, OSError):
                return False
            records, warnings = self._decode_practice(tables)
            with self._mutex:
                self._records, self._practice_warnings, self._practice_seen = records, warnings, seen
            return True
        finally:
            self._writing.release()

    def _share_digest(self) -> bool:
        """Opened on a log with no session yet, this window keeps its digest in memory;
        once another window saved one (which put the digest on disk), the shared digest
        is taken up, so that window's sessions show here as they are saved. True then."""
        if self._digest.path is not None or self.read_only:
            return False
        files = self.folder.segment_files()
        if not files:
            return False
        with self._mutex:
            digest = self._digest = self._digest_for(files)
        self._sync(digest, files, SummaryFiles(self.folder.summaries), guarded=True)
        return True

    def _read_sessions(self, path: Path) -> list[Session]:
        try:
            sessions, _ = read_segment(path, read_log_file(path) or b"")
        except Unreadable as error:
            _raise_if_damaged([(path, error.reason)], self.read_only)
        return sessions

    # --- writing --------------------------------------------------------------------------

    def save(self, record: Record) -> None:
        """Insert the record, or replace the one with the same id. On disk when it returns."""
        self.save_all([record])

    def save_all(self, records: Iterable[Record]) -> None:
        """Save several records with one write per file they touch, all or none."""
        records = list(records)
        for record in records:
            checked(record)
        with self._writing:  # keeping aside and bringing back ordered with every other save
            try:
                with self._locked():
                    try:
                        self._write(records, f"save of {len(records)} records")
                    except OSError as error:  # a full disk: kept aside, on another disk or once room is made
                        raise LogWriteFailed(self.folder.root, error) from None
            except (LogDamaged, LogBusy, LogUnavailable, LogWriteFailed) as error:  # a folder put where a file was, too
                raise self._kept(records, error) from None
            if self._unsaved:
                unsaved.forget(self.folder.unsaved, records)  # older than what was just saved
                self._bring_back()

    def _kept(self, records: list[Record], error: LogDamaged | LogBusy | LogUnavailable | LogWriteFailed) -> StoreError:
        """A save the log cannot take, kept beside it (the original error when even that fails)."""
        try:
            unsaved.keep(self.folder.unsaved, records)
        except OSError:
            return error
        self._unsaved = True
        return KeptUnsaved(error, self.folder.unsaved)

    def _bring_back(self) -> None:
        """Saves kept aside, taken into the log and removed; kept while it still cannot take them."""
        with self._writing:
            records, read_from, problems = unsaved.read(unsaved.waiting(self.folder.unsaved))
            self.brought_back += problems
            if records:
                try:
                    with self._locked():
                        self._write(records, f"bringing back {len(records)} records kept aside")
                except (LogDamaged, LogBusy, LogUnavailable, OSError):
                    return
                for path in read_from:
                    path.unlink(missing_ok=True)
                self.brought_back.append(
                    f"What was saved while the log could not take it is now in it ({len(records)} records, from {self.folder.unsaved})."
                )
            self._unsaved = False

    def delete(self, record: PracticeRecord) -> bool:
        """Remove a story, card, assessment or plan; sessions are history and are never deleted.
        True when the log held it."""
        return bool(self.change(delete=[record], description=f"removal of {record.label}"))

    def change(self, save: Iterable[Record] = (), delete: Iterable[PracticeRecord] = (), description: str = "") -> int:
        """Save some records and remove others as one change, all or none (a story with its
        review card, a plan followed in place of another). Returns how many were removed."""
        records, removals = list(save), list(delete)
        for record in records:
            checked(record)
        if any(isinstance(record, Session) for record in removals):
            raise TypeError("sessions are never deleted; save them as abandoned instead")
        with self._locked():
            return self._write(records, description or f"change of {len(records) + len(removals)} records", removals)

    def merge(self, records: Iterable[Record], description: str = "merge") -> MergeResult:
        """Add the records the log lacks, all or none of them. One that exists with the
        same content is counted as unchanged; one that exists with different content is
        reported, never overwritten. Decided under the lock against the files as they are
        now. `description` names the change if a crash leaves it to be finished later."""
        records = list(records)
        for record in records:
            checked(record)
        result = MergeResult()
        with self._locked():
            _raise_if_damaged(self._load())
            existing = self._existing(records)
            new: list[Record] = []
            for record in records:
                table = record.TABLE
                have = existing.get((table, record.id))
                if have is None:
                    new.append(record)
                    existing[(table, record.id)] = record
                    result.added[table] = result.added.get(table, 0) + 1
                elif have.to_dict() == record.to_dict():
                    result.unchanged[table] = result.unchanged.get(table, 0) + 1
                else:
                    result.conflicts.append(record)
            self._write(new, description)
        return result

    def _existing(self, records: list[Record]) -> dict[tuple[str, str], Record]:
        """The log's records with the same ids, whole (sessions read from their files)."""
        found: dict[tuple[str, str], Record] = {}
        homes = self.look(lambda digest: digest.homes(r.id for r in records if isinstance(r, Session)))
        for home in sorted(set(homes.values())):
            found.update(((Session.TABLE, s.id), s) for s in self._read_sessions(self.folder.root / home))
        for table, by_id in self._records.items():
            found.update(((table, record_id), record) for record_id, record in by_id.items())
        return found

    def _write(self, records: list[Record], description: str, removals: Sequence[PracticeRecord] = ()) -> int:
        """Under the lock: sessions into their files, everything else into practice.json,
        removals from it, every changed file written at once; memory follows once they are
        on disk. Returns how many records were removed."""
        changes = Changes()
        sessions = [r for r in records if isinstance(r, Session)]
        others = [r for r in records if not isinstance(r, Session)]
        removed = 0
        if others or removals:
            db = changes.open(self.folder.practice, PRACTICE_TABLES)
            _put(db, others)
            for record in removals:
                removed += len(db.table(record.TABLE).remove(_key(record)))
        placed: dict[Path, list[Session]] = {}
        newest = self._view.newest if self._view is not None else None
        if sessions:
            newest = self._catch_up()
            homes = {
                sid: self.folder.root / home
                for sid, home in self.look(lambda digest: digest.homes(s.id for s in sessions)).items()
            }
            for session in sessions:
                if session.id in homes:
                    placed.setdefault(homes[session.id], []).append(session)
            for path, group in placed.items():
                _put(changes.open(path, (SESSION_TABLE,)), group)
            fresh = [s for s in sessions if s.id not in homes]
            while fresh:
                db, room = self._with_room(changes, newest)
                newest = storage_of(db).path
                _put(db, fresh[:room])
                placed.setdefault(newest, []).extend(fresh[:room])
                fresh = fresh[room:]
        if not changes.tables:
            self._keep_view(newest, taken_in=True)
            return removed
        # As each file was read for this change (under the lock, so as it is until the commit).
        before = {path.name: signed(signature(path)) for path in placed if path.exists()}
        written = changes.commit(self.folder.root, description)
        # Read under the lock, so this also shows what other processes saved.
        decoded = self._decode_practice(changes.tables[self.folder.practice]) if others or removals else None
        seen = {path.name: signature(path) for path in placed}  # under the lock: nobody else wrote since
        practice_seen = signature(self.folder.practice) if decoded is not None else None
        with self._mutex:
            if decoded is not None:
                self._records, self._practice_warnings = decoded
                self._practice_seen = practice_seen
        taken_in = True
        if placed:
            contents = {path.name: content_of(written[path], sha1(written[path])) for path in placed}
            taken_in = self._sync_written(placed, seen, contents, before)
        self._keep_view(newest, taken_in=taken_in)
        return removed

    def _keep_view(self, newest: Path | None, *, taken_in: bool) -> None:
        """Under the lock, a change made: the view stays whole when it was whole as the
        change began and the digest took in what the change wrote."""
        token = self._token
        if not (self._view_holds and taken_in and token is not None):
            self._view = None
            return
        self._view = None
        with self._mutex, contextlib.suppress(sqlite3.Error):
            self._view = _View(token, self.folder.listing(), self._digest, self._digest.version(), newest)

    def _sync_written(
        self, placed: dict[Path, list[Session]], seen: dict[str, Signature], contents: dict[str, str], before: dict[str, str]
    ) -> bool:
        """The digest after a save: the sessions saved, with their files' new signatures, into
        each file the digest held as it was before the save (`before`: signed). A digest that
        cannot be written reads those files again at the next look (False); a new session file
        (or the log's first, which puts the digest on disk), or one the digest held otherwise
        (another process opening the log took an older copy in meanwhile), is read whole."""
        known: set[str] = set()
        taken_in = False
        summaries = {path.name: [summarize(s) for s in group] for path, group in placed.items()}
        with self._mutex, contextlib.suppress(sqlite3.Error):
            for name, group in summaries.items():
                if self._digest.update(name, seen[name], contents[name], group, held_as=before.get(name)):
                    known.add(name)
            taken_in = True
        if any(path.name not in known for path in placed):
            files = self.folder.segment_files()
            with self._mutex:
                digest = self._digest = self._digest_for(files)
            self._sync(digest, files, SummaryFiles(self.folder.summaries), guarded=True)
            taken_in = True
        return taken_in

    def _with_room(self, changes: Changes, newest: Path | None) -> tuple[TinyDB, int]:
        """The newest session file while it has room, else a new one after it."""
        if newest is not None:
            db = changes.open(newest, (SESSION_TABLE,))
            count = len(db.table(SESSION_TABLE))
            if count < SEGMENT_SESSIONS and storage_of(db).size < SEGMENT_BYTES:
                return db, SEGMENT_SESSIONS - count
        return changes.open(self.folder.segment_after(newest), (SESSION_TABLE,)), SEGMENT_SESSIONS


def _put(db: TinyDB, records: Sequence[Record]) -> None:
    for record in records:
        db.table(record.TABLE).upsert(record.to_dict(), _key(record))
