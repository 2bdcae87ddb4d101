"""The Textual app: one App subclass, built by `create_app` for the CLI and the tests alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from systemcraft_tui.content.library import Library, load_library
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, SystemDesignProblem
from systemcraft_tui.content.system_design import design_question
from systemcraft_tui.locations import bundled_content_dir, user_content_dir
from systemcraft_tui.practice.assessment import Attempt, Rehearsable, build_attempt
from systemcraft_tui.practice.clock import Clock, SystemClock
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.steps import DEFAULT_PROBE_SECONDS, behavioral_plan, design_plan
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.help import HelpScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.screens.start import StartChoice, StartScreen


@dataclass
class Settings:
    bell: bool = True
    probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS


class SystemCraftApp(App[None]):
    """Rehearse interview answers against the clock."""

    TITLE = "SystemCraft"
    SUB_TITLE = "interview rehearsal"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("f1", "help", "Help", priority=True), Binding("question_mark", "help", "Help", show=False)]

    def __init__(self, library: Library, *, clock: Clock | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.library = library
        self.clock = clock or SystemClock()
        self.settings = settings or Settings()

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.library))

    # --- the rehearsal flow: start → rehearse → assess → save → review -------------------

    def rehearse(self, item: ContentItem) -> None:
        if not isinstance(item, (BehavioralScenario, SystemDesignProblem)):
            self.notify("Only behavioral scenarios and design problems can be rehearsed on the clock.")
            return
        self.push_screen(StartScreen(item), lambda choice: self._start(item, choice))

    def _start(self, item: Rehearsable, choice: StartChoice | None) -> None:
        if choice is None:
            return
        probe = self.settings.probe_seconds
        if isinstance(item, BehavioralScenario):
            plan = behavioral_plan(item, choice.mode, probe)
            question = item.question
        else:
            plan = design_plan(item, choice.preset_minutes, probe)
            question = design_question(item)
        rehearsal = Rehearsal(plan, self.clock)
        screen = RehearsalScreen(rehearsal, question, bell=self.settings.bell)
        self.push_screen(screen, lambda done: self._assess(item, done))

    def _assess(self, item: Rehearsable, rehearsal: Rehearsal | None) -> None:
        if rehearsal is None:
            return
        attempt = build_attempt(item, rehearsal)
        self.push_screen(AssessmentScreen(item, attempt), self._save)

    def _save(self, attempt: Attempt | None) -> None:
        if attempt is None:
            self.notify("Attempt discarded; nothing was written to the log.")
            return
        self.push_screen(ReviewScreen(attempt))

    # --- help, palette ----------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_bell(self) -> None:
        self.settings.bell = not self.settings.bell
        self.notify(f"Bell at the end of a section window: {'on' if self.settings.bell else 'off'}")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Keys and how a rehearsal works", self.action_help)
        yield SystemCommand("Toggle bell", "Ring (or not) when a section's time window ends", self.action_toggle_bell)
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
    if user_content_dir().is_dir():
        paths.append(user_content_dir())
    return paths


def create_app(content: Sequence[Path] = (), *, clock: Clock | None = None, settings: Settings | None = None) -> SystemCraftApp:
    return SystemCraftApp(load_library(library_paths(content)), clock=clock, settings=settings)
