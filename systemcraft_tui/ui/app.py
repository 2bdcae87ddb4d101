"""The Textual app: one App subclass, built by `create_app` for the CLI and the tests alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import Library, load_library
from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    PracticePlan,
)
from systemcraft_tui.core.records import MockRecord, PlanProgress, Record, ReviewCard, Session, Story, new_id
from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.core.vocabulary import Mode, SessionStatus
from systemcraft_tui.locations import bundled_content_dir, cache_dir, user_content_dir
from systemcraft_tui.practice.assessment import Attempt, Rehearsable, build_attempt
from systemcraft_tui.practice.clock import Clock, SystemClock
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.steps import (
    DEFAULT_PROBE_SECONDS,
    behavioral_plan,
    design_plan,
)
from systemcraft_tui.store import LogDamaged, PracticeLog, StoreError
from systemcraft_tui.ui import screen_errors
from systemcraft_tui.ui.preferences import preferences_path, save_theme, saved_theme
from systemcraft_tui.ui.preview import file_errors
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.sessions import (
    SessionSaves,
    last_completed,
    resume_draft,
    session_from_attempt,
    session_from_rehearsal,
)

T = TypeVar("T")

if TYPE_CHECKING:
    from systemcraft_tui.ui.screens.start import StartChoice

# Only the library is needed to start; every other screen (and FSRS, plotext) is imported
# when first opened, which keeps startup close to a bare Textual app's (benchmarks/startup.py).


@dataclass
class Settings:
    bell: bool = True
    probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS
    data_dir: Path | None = None  # None: $SYSTEMCRAFT_DATA_DIR, else the platform's data folder
    mock: tuple[str, int | None] | None = None  # open straight into this mock: format key, seed (`systemcraft mock`)


class SystemCraftApp(App[None]):
    """Rehearse interview answers against the clock and keep an honest log."""

    TITLE = "SystemCraft"
    SUB_TITLE = "interview rehearsal"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("f1", "help", "Help", priority=True), Binding("question_mark", "help", "Help", show=False)]

    def __init__(self, library: Library, *, clock: Clock | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.library = library
        self.clock = clock or SystemClock()
        self.settings = settings or Settings()
        self.practice_log: PracticeLog | None = None

    def on_mount(self) -> None:
        self._restore_theme()
        self._open_log(start_fresh=False)

    # --- the theme chosen (palette, "themes") is the theme of the next start -------------------

    def _restore_theme(self) -> None:
        theme = saved_theme(preferences_path())
        if theme in self.available_themes:
            self.theme = theme
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
        if isinstance(event, events.Paste):  # a pasted escape sequence lands in a text box as its stand-ins
            event.text = visible(event.text)
        await super().on_event(event)

    def _handle_exception(self, error: Exception) -> None:
        # Textual's one path for every unhandled exception: close the failed screen, or stop
        # with a short message (ui/screen_errors.py), never a traceback or a frozen app.
        if not screen_errors.recover(self, error):
            screen_errors.stop(self, error)

    # --- the log ------------------------------------------------------------------------------

    def _open_log(self, start_fresh: bool) -> None:
        try:
            self.practice_log = PracticeLog.open(self.settings.data_dir, start_fresh=start_fresh)
        except LogDamaged as damaged:
            from systemcraft_tui.ui.screens.damaged import DamagedLogScreen

            self.push_screen(DamagedLogScreen(damaged), self._after_damage)
            return
        except (StoreError, OSError) as error:
            from systemcraft_tui.ui.screens.log_unavailable import LogUnavailableScreen, unavailable_message

            message = Text(unavailable_message(error))
            self.push_screen(LogUnavailableScreen(error), lambda _: self.exit(return_code=1, message=message))
            return
        if self.practice_log.read_only_reason is not None:
            reason = f"{self.practice_log.read_only_reason}: you can look back, but nothing will be saved."
            self.notify(reason, title="The practice log is read-only", severity="warning", timeout=20, markup=False)
        for note in self.practice_log.recovered:
            self.notify(note, title="An interrupted change", severity="warning", timeout=20, markup=False)
        if self.practice_log.set_aside:
            self.notify("\n".join(f.describe() for f in self.practice_log.set_aside), title="Started a fresh log", timeout=15, markup=False)
        for warning in self.practice_log.warnings:
            self.notify(warning, title="Skipped a malformed record", severity="warning", timeout=15, markup=False)
        self.push_screen(LibraryScreen(self.library, last_completed(self.practice_log.summaries())))
        if self.settings.mock is not None:  # drafts are offered at the next start
            self.start_mock(*self.settings.mock)
        else:
            self._offer_drafts()

    def _after_damage(self, start_fresh: bool | None) -> None:
        if start_fresh:
            self._open_log(start_fresh=True)
        else:
            self.exit(return_code=1, message=Text("The practice log was left as it is; nothing was changed."))

    def _save(self, record: Record) -> bool:
        """Save to the log; on failure say so and keep the record in memory for a retry."""
        assert self.practice_log is not None
        return self._change_log(self.practice_log.save, record, "save to")

    def _delete(self, record: Story | ReviewCard | PlanProgress) -> bool:
        """Remove a record from the log; on failure say so and change nothing else."""
        assert self.practice_log is not None
        return self._change_log(self.practice_log.delete, record, "change")

    def _save_all(self, records: list[Record]) -> bool:
        """Save several records with one write per file (a mock and its answers)."""
        assert self.practice_log is not None
        return self._change_log(self.practice_log.save_all, records, "save to")

    def _change_log(self, change: Callable[[T], object], record: T, verb: str) -> bool:
        try:
            change(record)
        except (StoreError, OSError) as error:
            self.notify(f"Could not {verb} the log: {error}", severity="error", timeout=20, markup=False)
            return False
        return True

    def _refresh_library(self) -> None:
        assert self.practice_log is not None
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.show_history(last_completed(self.practice_log.summaries()))

    def _offer_drafts(self) -> None:
        assert self.practice_log is not None
        drafts = self.practice_log.drafts()
        if mock := next((m for m in self.practice_log.mocks() if m.status == SessionStatus.DRAFT), None):
            self._offer_mock_draft(mock)
            return
        if not drafts:
            return
        draft = drafts[0]
        when = draft.started.astimezone().strftime("%d %b %H:%M")
        stage = "rated" if draft.finished else "finished"
        question = f"A rehearsal of '{draft.scenario.title}' from {when} was not {stage}. Resume it?"

        def answer(resume: bool | None) -> None:
            if resume is None:
                self.notify("It stays a draft: you are asked again at the next start.")
                return
            stories = self.practice_log.stories() if self.practice_log else []
            restored = resume_draft(draft, self.library, self.clock, self.settings.probe_seconds, stories) if resume else None
            if restored is None:
                draft.status = SessionStatus.ABANDONED
                self._save(draft)
                if resume:
                    self.notify("Its scenario is no longer in the library; it is kept in the log as abandoned.")
                return
            item, rehearsal = restored
            saves = SessionSaves(self._save)
            if rehearsal.finished:  # left at the self-assessment: back to it, with the ratings given
                attempt = build_attempt(item, rehearsal)
                attempt.ratings, attempt.red_flags = dict(draft.ratings), list(draft.red_flags)
                self._assess(item, attempt, draft.id, saves)
            else:
                self._rehearse(item, rehearsal, draft.id, saves)

        self.push_screen(ConfirmScreen(question, "Resume", "Set it aside", default="yes"), answer)

    def _offer_mock_draft(self, mock: MockRecord) -> None:
        from systemcraft_tui.ui.mocks import resume_mock

        when = mock.started.astimezone().strftime("%d %b %H:%M")
        question = f"A mock interview ({visible(mock.format)}) from {when} was not finished. Resume it, paused where it stopped?"

        def answer(resume: bool | None) -> None:
            if resume:
                resume_mock(self, mock, self._save_all)
            elif resume is False:
                mock.status = SessionStatus.ABANDONED
                self._save(mock)
            else:
                self.notify("It stays a draft: you are asked again at the next start.")

        self.push_screen(ConfirmScreen(question, "Resume", "Set it aside", default="yes"), answer)

    # --- mock interviews: the interviewer draws the questions and keeps the clock -------------

    def action_mock(self) -> None:
        from systemcraft_tui.ui.screens.mock import MockScreen
        from systemcraft_tui.ui.screens.mock_choice import MockChoiceScreen

        if any(isinstance(screen, MockScreen) for screen in self.screen_stack):
            self.notify("A mock is under way: finish or leave it first.")
        elif self.practice_log is not None:
            self.push_screen(MockChoiceScreen(), lambda key: self.start_mock(key, None) if key else None)

    def start_mock(self, key: str, seed: int | None) -> None:
        from systemcraft_tui.ui.mocks import start_mock

        start_mock(self, key, seed, self._save_all)

    # --- the rehearsal flow: start → rehearse → assess → save → review -------------------------

    def rehearse(self, item: ContentItem) -> None:
        if isinstance(item, DeepDive):
            self.open_deep_dive(item)
            return
        if isinstance(item, PracticePlan):
            from systemcraft_tui.ui.screens.plan import show_plan

            show_plan(self, item)
            return
        from systemcraft_tui.ui.screens.start import StartScreen

        self.push_screen(StartScreen(item, file_errors(self.library, item)), lambda choice: self._start(item, choice))

    def _start(self, item: Rehearsable, choice: StartChoice | None) -> None:
        if choice is None:
            return
        probe = self.settings.probe_seconds
        if isinstance(item, BehavioralScenario):
            plan = behavioral_plan(item, choice.mode or Mode.FULL, probe)  # no mode chosen: the full answer
        else:
            plan = design_plan(item, choice.preset_minutes, probe)
        self._rehearse(item, Rehearsal(plan, self.clock), new_id())

    def _rehearse(self, item: Rehearsable, rehearsal: Rehearsal, session_id: str, saves: SessionSaves | None = None) -> None:
        from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen

        saves = saves or SessionSaves(self._save)

        def keep_draft(run: Rehearsal, wait: bool) -> None:
            snapshot = saves.take(session_from_rehearsal(item, run, session_id, SessionStatus.DRAFT))
            saves.write(snapshot) if wait else self._write_in_background(saves, snapshot)

        def done(finished: Rehearsal | None) -> None:
            if finished is None or not finished.finished:
                saves.write(saves.take(session_from_rehearsal(item, rehearsal, session_id, SessionStatus.ABANDONED)))
                self._refresh_library()
                return
            self._assess(item, build_attempt(item, finished), session_id, saves)

        screen = RehearsalScreen(rehearsal, item.question, bell=self.settings.bell, keep_draft=keep_draft)
        self.push_screen(screen, done)

    @work(thread=True, exclusive=True, group="drafts")
    def _write_in_background(self, saves: SessionSaves, snapshot: tuple[int, Session]) -> None:
        saves.write(snapshot)

    def _assess(self, item: Rehearsable, attempt: Attempt, session_id: str, saves: SessionSaves) -> None:
        from systemcraft_tui.practice.card_review import review_session
        from systemcraft_tui.ui.screens.assessment import AssessmentScreen
        from systemcraft_tui.ui.screens.review import ReviewScreen

        def keep_draft(rated: Attempt) -> None:
            self._write_in_background(saves, saves.take(session_from_attempt(rated, item, session_id, SessionStatus.DRAFT)))

        def assessed(result: Attempt | None) -> None:
            if result is None:  # left, asked first: the ratings so far stay with a draft
                saves.write(saves.take(session_from_attempt(attempt, item, session_id, SessionStatus.DRAFT)))
                self.notify("Not scored yet: kept as a draft with the ratings given; the next start offers to finish it.")
                self._refresh_library()
                return
            saved = saves.write(saves.take(session_from_attempt(result, item, session_id, SessionStatus.COMPLETED)))
            if saved and self.practice_log is not None:  # the score moves the spaced-repetition card
                self._save(review_session(self.practice_log.review_cards(), result.kind, result.item_id, result.score, result.finished_at))
            self._refresh_library()
            note = "Saved to your practice log." if saved else "Not saved: see the error above."
            self.push_screen(ReviewScreen(result, note))

        keep_draft(attempt)  # the clock has stopped: a draft from now on resumes at the rating
        self.push_screen(AssessmentScreen(item, attempt, keep_draft), assessed)

    # --- deep dives and the practice plan: rated and ticked, not timed ---------------------

    def open_deep_dive(self, item: DeepDive) -> None:
        from systemcraft_tui.ui.screens.deep_dive import DeepDiveScreen

        assert self.practice_log is not None
        self.push_screen(DeepDiveScreen(item, last_completed(self.practice_log.summaries()).get(item.id)))

    def action_practice_plan(self) -> None:
        from systemcraft_tui.ui.screens.plan import show_plan

        show_plan(self)

    # --- looking back: progress review and history -------------------------------------------

    def action_progress(self) -> None:
        from systemcraft_tui.ui.screens.progress import ProgressScreen

        if self.practice_log is not None and not isinstance(self.screen, ProgressScreen):
            self.push_screen(ProgressScreen(self.practice_log, self.library, self.clock.utc_now()))

    def action_history(self) -> None:
        from systemcraft_tui.ui.screens.history import HistoryScreen

        if self.practice_log is not None and not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen(self.practice_log, self.clock.utc_now()))

    # --- spaced repetition and own stories ---------------------------------------------------

    def action_practice_next(self) -> None:
        """Rehearse the most overdue card, else a scenario on the weakest principle."""
        from systemcraft_tui.practice.scheduling import practice_next
        from systemcraft_tui.practice.stories import story_scenario

        if self.practice_log is None:
            return
        log = self.practice_log
        stories = log.stories()
        pick = practice_next(self.library.items, stories, log.review_cards(), log.summaries(), self.clock.utc_now())
        if pick is None:
            self.notify("Nothing to practise: the library has no scenarios and the story bank is empty.")
            return
        if pick.subject.subject == "story":
            item = story_scenario(next(s for s in stories if s.id == pick.subject.id))
        else:
            item = self.library.get(pick.subject.id)
        self.notify(pick.reason, title=f"Practice next: {pick.subject.title}", markup=False)
        self.rehearse(item)

    def action_stories(self) -> None:
        from systemcraft_tui.ui.screens.stories import StoryBankScreen

        if self.practice_log is not None and not isinstance(self.screen, StoryBankScreen):
            self.push_screen(StoryBankScreen())

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
        if self.practice_log is not None:
            yield SystemCommand("Practice plan", "This week's goals, deliverables and weekly assessment", self.action_practice_plan)
            bound = {binding.action for binding in screen.BINDINGS if isinstance(binding, Binding)}
            if "app.progress" not in bound:  # else the screen's own binding already lists it
                yield SystemCommand("Progress", "Trend, principle gaps, STAR timing, what to practise next", self.action_progress)
            if "app.history" not in bound:
                yield SystemCommand("History", "Every attempt, filterable; open one or compare two", self.action_history)
            if "app.practice_next" not in bound:
                yield SystemCommand("Practice next", "The most overdue card, else the weakest principle", self.action_practice_next)
            if "app.mock" not in bound:
                yield SystemCommand("Mock interview", "A behavioral, design or bar-raiser round, or a full loop", self.action_mock)
            if "app.stories" not in bound:
                yield SystemCommand("Stories", "Your own STAR stories, their principle coverage, rehearse them", self.action_stories)
            for item in self.library.items:
                if isinstance(item, DeepDive):
                    title = escape(visible(item.title))  # the palette reads a title as markup
                    yield SystemCommand(f"Deep dive: {title}", "Quick reference and self-assessment", lambda i=item: self.open_deep_dive(i))
        yield from screen_commands(screen)


def screen_commands(screen: Screen) -> Iterable[SystemCommand]:
    """Every binding of the current screen, findable by name in the palette."""
    for binding in screen.BINDINGS:
        if isinstance(binding, Binding) and binding.description:
            action = binding.action
            yield SystemCommand(binding.description, f"Key: {binding.key}", lambda a=action: screen.run_action(a))


def library_paths(extra: Sequence[Path] = ()) -> list[Path]:
    """The bundled library, then --content folders, then the user's own content folder."""
    paths = [bundled_content_dir(), *extra]
    try:
        if user_content_dir().is_dir():
            paths.append(user_content_dir())
    except OSError:  # there but not ours to look at: the library reports it
        paths.append(user_content_dir())
    return paths


def create_app(content: Sequence[Path] = (), *, clock: Clock | None = None, settings: Settings | None = None) -> SystemCraftApp:
    library = load_library(library_paths(content), ParseCache(cache_dir() / "content"))
    return SystemCraftApp(library, clock=clock, settings=settings)
