"""The Textual app: one App subclass, built by `create_app` for the CLI and the tests alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual import events, work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.markup import escape
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import (
    ContentItem,
    DeepDive,
    PracticePlan,
)
from systemcraft_tui.core.allocation import started
from systemcraft_tui.core.errors import StoreError
from systemcraft_tui.core.terminal_text import pasted, visible
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.wording import part_of
from systemcraft_tui.practice.clock import Clock, SystemClock
from systemcraft_tui.service.settings import Settings
from systemcraft_tui.ui import screen_errors
from systemcraft_tui.ui.library_read import LibraryRead, LibrarySource, read_library
from systemcraft_tui.ui.practice_app import PracticeApp
from systemcraft_tui.ui.preferences import preferences_path, save_theme, saved_theme
from systemcraft_tui.ui.preview import file_errors
from systemcraft_tui.ui.screens.library import LibraryScreen

if TYPE_CHECKING:
    from datetime import datetime

    from systemcraft_tui.core.records import MockRecord
    from systemcraft_tui.core.summaries import SessionSummary
    from systemcraft_tui.practice.assessment import Attempt, Rehearsable
    from systemcraft_tui.practice.rehearsal import Rehearsal
    from systemcraft_tui.service import LogDamaged, Practice
    from systemcraft_tui.service.sessions import SessionSaves
    from systemcraft_tui.ui.heard_saves import HeardSaves
    from systemcraft_tui.ui.screens.start import StartChoice
    from systemcraft_tui.ui.voice_switch import VoiceSwitch

T = TypeVar("T")

# Only the library is needed to start; every other screen (and FSRS, plotext) is imported
# when first opened, and the service and the store in the worker that opens the log after
# the first frame, which keeps startup close to a bare Textual app's (benchmarks/startup.py).

READ_SHOWN_EVERY = 0.2  # seconds between the batches of rows a long library read adds
OTHERS_READ_EVERY = 2.0  # seconds between looks, in a worker, for what another window saved
# The longest paste a text box takes: some 8,000 words, far past any answer's notes or a
# story's part, and typing after it still takes a key in about a tenth of a second.
PASTE_LIMIT = 50_000


class LogOpened(Message):
    def __init__(self, practice: Practice | None, error: Exception | None) -> None:
        super().__init__()
        self.practice, self.error = practice, error


class LogPreparing(Message):
    def __init__(self, read: int, of: int) -> None:
        super().__init__()
        self.read, self.of = read, of


class OthersRead(Message):
    """Another window's saves were read in (Practice.read_others): what shows the log is repainted."""

    def __init__(self, practice: Practice) -> None:
        super().__init__()
        self.practice = practice


class LogPrepared(Message):
    def __init__(self, practice: Practice, offer_drafts: bool, error: Exception | None) -> None:
        super().__init__()
        self.practice, self.offer_drafts, self.error = practice, offer_drafts, error


class SystemCraftApp(PracticeApp):
    """Rehearse interview answers against the clock and keep an honest log."""

    TITLE = "SystemCraft"
    SUB_TITLE = "interview rehearsal"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("f1", "help", "Help", priority=True), Binding("question_mark", "help", "Help", show=False)]

    def __init__(
        self, library: Library | LibrarySource | LibraryRead, *, clock: Clock | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__()
        self._reading = (
            LibraryRead(library) if isinstance(library, LibrarySource) else library if isinstance(library, LibraryRead) else None
        )
        self.library = library if isinstance(library, Library) else Library()  # while read, what is read so far
        self._library_waiting: list[Callable[[], object]] = []  # for the whole library (after_library_read)
        self.clock = clock or SystemClock()
        self.settings = settings or Settings()
        self.voice: VoiceSwitch | None = None  # set on mount
        # The theme chosen last time, before anything is styled: set once the first screen
        # is mounted, it restyled every widget of it before the first frame.
        if (theme := saved_theme(preferences_path())) in self.available_themes:
            self.theme = theme

    def get_default_screen(self) -> Screen:
        """The library, as the app's first screen: one screen to lay out, painted once, after
        Textual's start-up batch (pushed over Textual's blank screen, it was painted unseen
        inside the batch, then again whole when the screen under it was first drawn). Read
        by the time Textual asks (a warm start), it is whole; else it fills in as it is read."""
        if (reading := self._reading) is not None and reading.done():  # read while Textual started
            self.library, self._reading = reading.library(), None
            self.after_first_frame(reading.on_screen)
            self.after_first_frame(lambda: self._preview_when_kept(reading))
        if self._reading is None:
            return LibraryScreen(self.library)
        self._library_files = "0 files"
        return LibraryScreen(self.library, files_read=(0, 0))

    def on_mount(self) -> None:
        from systemcraft_tui.ui.voice_switch import VoiceSwitch

        self.voice = VoiceSwitch(self, self.settings.data_dir, self.settings.voice_file)
        self.voice.check()
        self._remember_theme_changes()
        self.set_interval(OTHERS_READ_EVERY, self._read_others)  # once the log is open
        if (reading := self._reading) is not None:  # into the library's screen, once it is on the screen
            self.after_first_frame(lambda: self._follow_read(reading))
        self._library_shown()

    # --- a long library read: its items shown as they are read -----------------------------

    def _follow_read(self, reading: LibraryRead) -> None:
        """The items read so far join the library a few times a second, not once a file:
        each time the table takes new rows and the screen is drawn again. Called once the
        first frame is drawn: from now on, every parse process parses, and what was read
        meanwhile (at least the bundled library, on a cold start) is shown in the next frame,
        not a whole interval later."""
        reading.shown()
        self._take_read(reading)
        timer = self.set_interval(READ_SHOWN_EVERY, lambda: self._take_read(reading))
        self._await_library(reading, timer)

    @work(exclusive=True, group="library")
    async def _await_library(self, reading: LibraryRead, timer: Timer) -> None:
        whole = await reading.wait()
        timer.stop()
        self.library.files, self._reading = whole.files, None
        self._take_read(reading, whole=True)
        self.call_after_refresh(reading.on_screen)
        waiting, self._library_waiting = self._library_waiting, []
        for callback in waiting:
            callback()
        self._preview_when_kept(reading)

    @work(group="preview")
    async def _preview_when_kept(self, reading: LibraryRead) -> None:
        """Once the read's new cache entries are kept, a preview made from an item's summary
        (its parse not kept yet) is made again, whole."""
        await reading.entries_kept()
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.preview_again()

    def _take_read(self, reading: LibraryRead, whole: bool = False) -> None:
        """The items read since the last take join the library and its screens; `whole`
        once the last file is read."""
        read = reading.take()
        files = None if whole else part_of(*read.files, "file") if read.files[1] else "0 files"  # none counted yet
        if not (whole or read.items or read.problems or files != self._library_files):
            return  # nothing new to show
        self._library_files = files
        self.library.items += read.items
        self.library.problems += read.problems
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.take_read(read.items, None if whole else read.files)

    def after_library_read(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the whole library is read: at once, unless a read goes on."""
        if self._reading is None:
            callback()
        else:
            self._library_waiting.append(callback)

    def _library_shown(self) -> None:
        """The library is shown at once, its history columns saying they are read; the log
        is opened once this frame is shown. `systemcraft mock` first waits for the whole
        library, and with a library that cannot fill the mock ends then, with no log opened."""
        if (mock := self.settings.mock) is not None:
            self.after_library_read(lambda: self._mock_or_end(mock[0]))
        else:
            self._log_opens()

    def _mock_or_end(self, key: str) -> None:
        from systemcraft_tui.ui.mocks import mock_shortfall

        if shortfall := mock_shortfall(self, key):
            # After the first frame, as the app's own callbacks run one at a time, the
            # library's screen is whole and nothing of it is still being mounted.
            self.after_first_frame(lambda: self.exit(return_code=1, message=Text(f"Error: {shortfall}")))
        else:
            self._log_opens()

    def _log_opens(self) -> None:
        self.after_library_read(lambda: self.call_after_refresh(started))  # the collector, once the whole library is shown
        self.sub_title = "reading the practice log"
        self.after_first_frame(lambda: self._open_log(start_fresh=False))

    # --- the theme chosen (palette, "themes") is the theme of the next start -------------------

    def _remember_theme_changes(self) -> None:
        self.theme_changed_signal.subscribe(self, lambda theme: self._remember_theme(theme.name))

    @work(thread=True, exclusive=True, group="preferences")
    def _remember_theme(self, name: str) -> None:
        try:
            save_theme(preferences_path(), name)
        except OSError as error:
            self.notify(f"The theme is used now but could not be kept for the next start: {error}", severity="warning")

    # --- text from users reaches the terminal as data: control characters shown, never markup ---

    def notify(self, message: str, *, title: str = "", markup: bool = False, **options) -> None:  # type: ignore[override]
        super().notify(visible(message), title=visible(title), markup=False, **options)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste):
            if len(event.text) > PASTE_LIMIT:
                # Textual's text box lays out its whole text again at each key: a megabyte
                # froze a rehearsal's clock for seconds per keystroke. The clipboard keeps it.
                self.notify(
                    f"Not pasted: {len(event.text):,} characters, more than a text box here takes ({PASTE_LIMIT:,}). "
                    "Paste a shorter part.",
                    severity="warning",
                )
                return
            # A pasted escape sequence lands in a text box as its stand-ins, its line ends
            # (CR, as terminals paste them) as line breaks.
            event.text = pasted(event.text)
        await super().on_event(event)

    # --- quitting: what a screen would lose is asked about first, as its Esc asks ---------------

    async def action_quit(self) -> None:
        """Ctrl+Q, the library's `q` and the palette's Quit. A rehearsal or a mock under way
        keeps itself as a draft when its screen goes; a story being edited or a deep dive's
        ratings cannot be resumed, so their screens ask first (ui/leaving.py)."""
        from systemcraft_tui.ui.leaving import AsksBeforeLeaving
        from systemcraft_tui.ui.screens.confirm import ConfirmScreen

        if isinstance(self.screen, ConfirmScreen) and self.screen.has_class("quit-question"):
            return  # already asked: the question waits for its answer
        asking = [screen for screen in reversed(self.screen_stack) if isinstance(screen, AsksBeforeLeaving)]

        def ask(index: int) -> None:
            if index == len(asking):
                self.exit()
                return
            before = len(self.screen_stack)
            asking[index].leave_first(lambda: ask(index + 1), "Quit")
            if len(self.screen_stack) > before:  # a question was pushed (at once, or once the stack settles)
                self.screen_stack[-1].add_class("quit-question")

        ask(0)

    def _handle_exception(self, error: Exception) -> None:
        # Textual's one path for every unhandled exception: close the failed screen, or stop
        # with a short message (ui/screen_errors.py), never a traceback or a frozen app.
        if not screen_errors.recover(self, error):
            screen_errors.stop(self, error)

    # --- the log ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="log-open")
    def _open_log(self, start_fresh: bool) -> None:
        """Lists the session folder and opens the history's digest, off the UI thread; the
        session files are read in a further worker when the digest lags them (_prepare_log)."""
        from systemcraft_tui.service import Practice  # with the store: loaded here, after the first frame

        try:
            practice = Practice.open(self.library, self.clock, self.settings, start_fresh=start_fresh, prepare=False)
        except (StoreError, OSError) as error:
            self.post_message(LogOpened(None, error))
            return
        self.post_message(LogOpened(practice, None))

    def on_log_opened(self, message: LogOpened) -> None:
        practice = message.practice
        if practice is None:
            assert message.error is not None
            self._log_failed(message.error)
            return
        self.opened = practice
        self.sub_title = self.SUB_TITLE
        if practice.read_only_reason is not None:
            reason = f"{practice.read_only_reason}: you can look back, but nothing will be saved."
            self.notify(reason, title="The practice log is read-only", severity="warning", timeout=20, markup=False)
            # The notice fades; every screen's header keeps saying it.
            self.sub_title = "read-only log: nothing is saved"
        mock = self.settings.mock  # `systemcraft mock`: straight into it; drafts are offered at the next start
        if mock is not None:  # the library can fill it: _library_shown said so
            from systemcraft_tui.ui.mocks import start_mock

            start_mock(self, *mock)
        if practice.ready:
            self.log_changed()
            self._log_ready(practice, offer_drafts=mock is None)
        else:
            self._prepare_log(practice, offer_drafts=mock is None)

    def _log_failed(self, error: Exception) -> None:
        from systemcraft_tui.service import LogDamaged

        if isinstance(error, LogDamaged):
            self._log_damaged(error)
        else:
            self._log_unavailable(error)

    def _log_damaged(self, damaged: LogDamaged) -> None:
        from systemcraft_tui.ui.screens.damaged import DamagedLogScreen

        self.push_screen(DamagedLogScreen(damaged), self._after_damage)

    def _log_unavailable(self, error: Exception) -> None:
        from systemcraft_tui.ui.screens.log_unavailable import LogUnavailableScreen, unavailable_message

        message = Text(unavailable_message(error))
        self.push_screen(LogUnavailableScreen(error), lambda _: self.exit(return_code=1, message=message))

    def _log_ready(self, practice: Practice, offer_drafts: bool) -> None:
        for title, note in practice.opening_notes():
            self.notify(note, title=title, severity="warning", timeout=20, markup=False)
        if offer_drafts:  # a draft's scenario may be in a file still to be read
            self.after_library_read(self._offer_drafts)

    @work(thread=True, exclusive=True, group="log-digest")
    def _prepare_log(self, practice: Practice, offer_drafts: bool) -> None:
        """The history's digest brought up to date (the first open of a big log takes
        a while): the header counts the files read, the library is used meanwhile, and
        History, Progress and `n` say they wait for it. Never blocks on the UI thread."""
        worker = get_current_worker()
        try:
            done = practice.prepare(lambda read, of: self.post_message(LogPreparing(read, of)), lambda: worker.is_cancelled)
        except (StoreError, OSError) as error:
            self.post_message(LogPrepared(practice, offer_drafts, error))
            return
        if done:
            self.post_message(LogPrepared(practice, offer_drafts, None))

    def on_log_preparing(self, message: LogPreparing) -> None:
        self._prepared_files = part_of(message.read, message.of, "file")
        self.sub_title = f"preparing history: {self._prepared_files}"

    def on_log_prepared(self, message: LogPrepared) -> None:
        self.sub_title = "read-only log: nothing is saved" if message.practice.read_only_reason else self.SUB_TITLE
        if message.practice is not self.opened:
            return
        if message.error is not None:
            self._log_failed(message.error)
        else:
            self.log_changed()
            self._log_ready(message.practice, message.offer_drafts)

    def on_app_focus(self) -> None:
        """Back to this terminal, perhaps from another window that saved: looked at at once."""
        self._read_others()

    @work(thread=True, exclusive=True, group="log-others")
    def _read_others(self) -> None:
        """What another window saved, read in here rather than by a read on the UI thread:
        a stat of the practice file, and a read once it was replaced (PracticeLog.read_others)."""
        practice = self.opened
        if practice is not None and practice.read_others():
            self.post_message(OthersRead(practice))

    def on_others_read(self, message: OthersRead) -> None:
        from systemcraft_tui.ui.screens.log_following import LogFollowing
        from systemcraft_tui.ui.screens.stories import StoryBankScreen

        if message.practice is not self.opened or not self.screen_stack:
            return  # another log by now, or the app closing: its worker ended after the screens went
        self.log_changed()
        for screen in self.screen_stack:
            if isinstance(screen, LogFollowing):
                screen.follow_log()
        if isinstance(bank := self.screen, StoryBankScreen):  # one under another screen reloads as it is shown again
            bank.reload(keep=story.id if (story := bank.current) is not None else None)

    def _after_damage(self, start_fresh: bool | None) -> None:
        if start_fresh:  # what needs the log waits again, until the fresh one is open
            self.opened, self.sub_title = None, "reading the practice log"
            self._open_log(start_fresh=True)
        else:
            self.exit(return_code=1, message=Text("The practice log was left as it is; nothing was changed."))

    def log_changed(self) -> None:
        practice = self.practice

        def show(answer: tuple[dict[str, SessionSummary], dict[str, datetime]]) -> None:
            for screen in self.screen_stack:
                if isinstance(screen, LibraryScreen):
                    screen.show_history(*answer)

        self.read(lambda: (practice.last_completed(), practice.last_practised()), show, group="library history")

    def _offer_drafts(self) -> None:
        mocks = (m for m in self.practice.mocks() if m.status == SessionStatus.DRAFT and not self.practice.rehearsed_elsewhere(m.id))
        if mock := next(mocks, None):
            self._offer_mock_draft(mock)
            return
        drafts = self.practice.drafts()
        if not drafts:
            return
        from systemcraft_tui.practice.assessment import build_attempt
        from systemcraft_tui.service.sessions import SessionSaves
        from systemcraft_tui.ui.screens.confirm import ConfirmScreen

        draft = drafts[0]
        when = draft.started.astimezone().strftime("%d %b %H:%M")
        stage = "rated" if draft.finished else "finished"
        question = f"A rehearsal of '{draft.scenario.title}' from {when} was not {stage}. Resume it?"

        def answer(resume: bool | None) -> None:
            if resume is None:
                self.notify("It stays a draft: you are asked again at the next start.")
                return
            if resume and not self.practice.hold(draft.id):
                self.notify("Another window is rehearsing it now: finish it there.")
                return
            restored = self.practice.resume(draft) if resume else None
            if restored is None:
                draft.status = SessionStatus.ABANDONED
                self.write(lambda: self.practice.save_session(draft))
                if resume:
                    self.notify("Its scenario is no longer in the library; it is kept in the log as abandoned.")
                return
            item, rehearsal = restored
            saves = SessionSaves(self.practice.save_session)
            if rehearsal.finished:  # left at the self-assessment: back to it, with the ratings given
                attempt = build_attempt(item, rehearsal)
                attempt.ratings, attempt.red_flags = dict(draft.ratings), list(draft.red_flags)
                self._assess(item, attempt, draft.id, saves)
            else:
                self._rehearse(item, rehearsal, draft.id, saves)

        self.push_screen(ConfirmScreen(question, "Resume", "Set it aside", default="yes"), answer)

    def _offer_mock_draft(self, mock: MockRecord) -> None:
        from systemcraft_tui.ui.mocks import resume_mock
        from systemcraft_tui.ui.screens.confirm import ConfirmScreen

        when = mock.started.astimezone().strftime("%d %b %H:%M")
        question = f"A mock interview ({visible(mock.format)}) from {when} was not finished. Resume it, paused where it stopped?"

        def answer(resume: bool | None) -> None:
            if resume and not self.practice.hold(mock.id):
                self.notify("Another window is running this mock now: finish it there.")
            elif resume:
                resume_mock(self, mock)
            elif resume is False:
                # A draft's ids are kept for the sessions to come: none of them was saved.
                mock.status, mock.session_ids = SessionStatus.ABANDONED, ()
                self.write(lambda: self.practice.save_mock([mock]))
            else:
                self.notify("It stays a draft: you are asked again at the next start.")

        self.push_screen(ConfirmScreen(question, "Resume", "Set it aside", default="yes"), answer)

    # --- mock interviews: the interviewer draws the questions and keeps the clock -------------

    def action_mock(self) -> None:
        from systemcraft_tui.ui.screens.mock import MockScreen
        from systemcraft_tui.ui.screens.mock_choice import MockChoiceScreen

        if any(isinstance(screen, MockScreen) for screen in self.screen_stack):
            self.notify("A mock is under way: finish or leave it first.")
        elif not self.preparing(history=False):
            self.push_screen(MockChoiceScreen(), lambda key: self.start_mock(key, None) if key else None)

    def start_mock(self, key: str, seed: int | None) -> None:
        from systemcraft_tui.ui.mocks import start_mock

        start_mock(self, key, seed)

    # --- the rehearsal flow: start → rehearse → assess → save → review -------------------------

    def rehearse(self, item: ContentItem, why: str | None = None) -> None:
        """`why`: why Practice next chose it, said by the start dialog."""
        if self.preparing(history=False, library=False):  # an item read is whole, with its file's problems
            return
        if isinstance(item, DeepDive):
            self.open_deep_dive(item)
            return
        if isinstance(item, PracticePlan):
            from systemcraft_tui.ui.screens.plan import show_plan

            show_plan(self, item)
            return
        from systemcraft_tui.ui.screens.start import StartScreen

        start = StartScreen(item, file_errors(self.library, item), self.voice, why)
        self.push_screen(start, lambda choice: self._start(item, choice))

    def _start(self, item: Rehearsable, choice: StartChoice | None) -> None:
        if choice is not None:
            from systemcraft_tui.core.records import new_id  # the log's records: loaded with the log, not at start

            self._rehearse(item, self.practice.rehearsal(item, choice.mode, choice.preset_minutes), new_id())

    def _rehearse(self, item: Rehearsable, rehearsal: Rehearsal, session_id: str, saves: SessionSaves | None = None) -> None:
        from systemcraft_tui.practice.assessment import build_attempt
        from systemcraft_tui.service.sessions import SessionSaves, session_from_rehearsal
        from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen

        # No other window offers to resume it while it runs here: held in the log's worker, before its drafts.
        self.write(lambda: self.practice.hold(session_id))
        plain_saves = saves or SessionSaves(self.practice.save_session)
        kept: SessionSaves | HeardSaves = plain_saves
        voice = self.voice.session(session_id) if self.voice else None
        if voice is not None:  # each snapshot carries what was heard so far
            from systemcraft_tui.ui.heard_saves import HeardSaves

            kept = HeardSaves(plain_saves, voice, self.write)

        ended = False  # the rehearsal over: a draft asked by a message still queued then is none

        def keep_draft(run: Rehearsal, wait: bool) -> None:
            if ended:
                return
            snapshot = kept.take(session_from_rehearsal(item, run, session_id, SessionStatus.DRAFT))
            if wait:
                self.write_now(lambda: kept.write(snapshot), "The unfinished rehearsal")
            else:
                self.write(lambda: kept.write(snapshot))

        def done(finished: Rehearsal | None) -> None:
            nonlocal ended
            ended = True
            if finished is None or not finished.finished:
                snapshot = kept.take(session_from_rehearsal(item, rehearsal, session_id, SessionStatus.ABANDONED))
                self.write(lambda: self.practice.released_after(session_id, lambda: kept.write(snapshot)))
                return
            self._assess(item, build_attempt(item, finished), session_id, kept)

        screen = RehearsalScreen(rehearsal, item.question, bell=self.settings.bell, keep_draft=keep_draft, voice=voice)
        self.push_screen(screen, done)

    def _assess(self, item: Rehearsable, attempt: Attempt, session_id: str, saves: SessionSaves | HeardSaves) -> None:
        from systemcraft_tui.service.sessions import session_from_attempt
        from systemcraft_tui.ui.heard_saves import HeardSaves
        from systemcraft_tui.ui.screens.assessment import AssessmentScreen
        from systemcraft_tui.ui.screens.review import ReviewScreen

        # Saved or left: a rating whose message is handled after Ctrl+S (each widget has its own
        # queue) would otherwise take a draft newer than the completed session, and write over it.
        ended = False

        def keep_draft(rated: Attempt, *, last: bool = False) -> None:
            if ended:
                return
            snapshot = saves.take(session_from_attempt(rated, item, session_id, SessionStatus.DRAFT))
            if last:  # left here: the draft is another window's to resume from now on
                self.write(lambda: self.practice.released_after(session_id, lambda: saves.write(snapshot)))
            else:
                self.write(lambda: saves.write(snapshot))

        def assessed(result: Attempt | None) -> None:
            nonlocal ended
            if result is None:  # left, asked first: the ratings so far stay with a draft
                keep_draft(attempt, last=True)
                ended = True
                self.notify("Not scored yet: kept as a draft with the ratings given; the next start offers to finish it.")
                return
            ended = True
            snapshot = saves.take(session_from_attempt(result, item, session_id, SessionStatus.COMPLETED))
            heard = saves if isinstance(saves, HeardSaves) else None

            def unsaved() -> None:  # lost or kept aside, the review is shown: the notice says which
                self.push_screen(ReviewScreen(result, "Not saved to the log: see the notice.", heard=heard))

            self.write(
                lambda: self.practice.released_after(  # with its review card
                    session_id, lambda: saves.write(snapshot, lambda session: self.practice.complete(session, result))
                ),
                lambda _: self.push_screen(ReviewScreen(result, "Saved to your practice log.", heard=heard)),
                failed=unsaved,
                kept=unsaved,
            )

        keep_draft(attempt)  # the clock has stopped: a draft from now on resumes at the rating
        self.push_screen(AssessmentScreen(item, attempt, keep_draft), assessed)

    # --- deep dives and the practice plan: rated and ticked, not timed ---------------------

    def open_deep_dive(self, item: DeepDive) -> None:
        from systemcraft_tui.ui.screens.deep_dive import DeepDiveScreen

        self.push_screen(DeepDiveScreen(item, self.practice.last_completed().get(item.id)))

    def action_practice_plan(self) -> None:
        from systemcraft_tui.ui.screens.plan import show_plan

        if not self.preparing(history=False):
            show_plan(self, highlighted=self._highlighted_plan())

    def _highlighted_plan(self) -> PracticePlan | None:
        """The plan on the library's highlighted row, if the library is on top and a plan is
        highlighted: the one the chooser offers first when no plan is followed."""
        from systemcraft_tui.ui.screens.library import LibraryScreen
        from systemcraft_tui.ui.widgets.filter_table import FilterTable

        if not isinstance(self.screen, LibraryScreen) or (key := self.screen.query_one(FilterTable).highlighted) is None:
            return None
        item = self.library.get(key)
        return item if isinstance(item, PracticePlan) else None

    # --- looking back: progress review and history -------------------------------------------

    def action_progress(self) -> None:
        from systemcraft_tui.ui.screens.progress import ProgressScreen

        if not isinstance(self.screen, ProgressScreen) and not self.preparing():
            self._look_back(self.practice.progress, lambda facts: ProgressScreen(facts, self.library))

    def action_history(self) -> None:
        from systemcraft_tui.ui.screens.history import HistoryScreen, first_page

        if not isinstance(self.screen, HistoryScreen) and not self.preparing(library=False):
            self._look_back(lambda: first_page(self.practice), lambda opening: HistoryScreen(*opening))

    def _look_back(self, question: Callable[[], T], screen: Callable[[T], Screen[None]]) -> None:
        """The screen made of what `question` reads from the log (in a worker), shown over
        the screen it was asked from, if that is still the one on top when it is read."""
        asked_from = self.screen

        def show(answer: T) -> None:
            if self.screen is asked_from:
                self.push_screen(screen(answer))

        self.read(question, show, group="look back")

    # --- spaced repetition and own stories ---------------------------------------------------

    def action_practice_next(self) -> None:
        """Rehearse the most overdue card, else a scenario on the weakest principle."""
        if self.preparing():
            return
        pick = self.practice.practice_next()
        if pick is None:
            self.notify("Nothing to practise: the library has no scenarios and the story bank is empty.")
            return
        # Picks are rehearsable: the start dialog says why (a notice covered its keys at 80x24).
        self.rehearse(pick.item, why=pick.reason)

    def action_stories(self) -> None:
        from systemcraft_tui.ui.screens.stories import StoryBankScreen

        if not isinstance(self.screen, StoryBankScreen) and not self.preparing(history=False, library=False):
            self._look_back(self.practice.story_bank, StoryBankScreen)

    # --- help, palette ----------------------------------------------------------------------

    def action_help(self) -> None:
        from systemcraft_tui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_bell(self) -> None:
        from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen

        self.settings.bell = not self.settings.bell
        for screen in self.screen_stack:
            if isinstance(screen, RehearsalScreen):
                screen.bell_enabled = self.settings.bell
        self.notify(f"Bell at the end of a section window: {'on' if self.settings.bell else 'off'}")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Keys and how a rehearsal works", self.action_help)
        yield SystemCommand("Toggle bell", "Ring (or not) when a section's time window ends", self.action_toggle_bell)
        if self.voice is not None:
            yield SystemCommand(
                "Toggle voice", "Record and transcribe each step of the next rehearsals (or not)", self.voice.toggle
            )
        if self.opened is not None:
            yield SystemCommand(
                "Practice plan", "This week's goals, deliverables and weekly assessment", self.action_practice_plan
            )
            bound = {binding.action for binding in screen.BINDINGS if isinstance(binding, Binding)}
            if "app.progress" not in bound:  # else the screen's own binding already lists it
                yield SystemCommand("Progress", "Trend, principle gaps, STAR timing, what to practise next", self.action_progress)
            if "app.history" not in bound:
                yield SystemCommand("History", "Every attempt, filterable; open one or compare two", self.action_history)
            if "app.practice_next" not in bound:
                yield SystemCommand(
                    "Practice next", "The most overdue card, else the weakest principle", self.action_practice_next
                )
            if "app.mock" not in bound:
                yield SystemCommand(
                    "Mock interview", "A behavioral, design or bar-raiser round, or a full loop", self.action_mock
                )
            if "app.stories" not in bound:
                yield SystemCommand(
                    "Stories", "Your own STAR stories, their principle coverage, rehearse them", self.action_stories
                )
            for item in self.library.items:
                if isinstance(item, DeepDive):
                    title = escape(visible(item.title))  # the palette reads a title as markup
                    yield SystemCommand(
                        f"Deep dive: {title}", "Quick reference and self-assessment", lambda i=item: self.open_deep_dive(i)
                    )
        yield from screen_commands(screen)


def screen_commands(screen: Screen) -> Iterable[SystemCommand]:
    """Every binding of the current screen, findable by name in the palette."""
    for binding in screen.BINDINGS:
        if isinstance(binding, Binding) and binding.description:
            action = binding.action
            yield SystemCommand(binding.description, f"Key: {binding.key}", lambda a=action: screen.run_action(a))


def create_app(
    content: Sequence[Path] | LibraryRead = (), *, clock: Clock | None = None, settings: Settings | None = None
) -> SystemCraftApp:
    """The app on the bundled library, `content` and the user's own (or a read already begun)."""
    reading = content if isinstance(content, LibraryRead) else read_library(content)
    return SystemCraftApp(reading, clock=clock, settings=settings)
