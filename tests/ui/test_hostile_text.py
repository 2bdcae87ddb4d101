"""Hostile text on every screen: a library whose every field holds markup, ANSI, OSC 52, DCS,
C1 and bidi controls (tests/hostile.py), and a practice log whose titles, notes, stories,
levels, modes and plan names hold them too (as an import from a stranger could). Every
screen is walked and what it puts on the terminal is checked: no raw control character
(assert_inert), and markup shown as brackets, never obeyed."""

from __future__ import annotations

import dataclasses
import random
import re
from datetime import timedelta
from pathlib import Path

from textual import events
from textual.widgets import DataTable, TextArea

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import DimensionRating, PlanProgress, ScenarioRef, WeeklyAssessment
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.attempt import AttemptScreen, CompareScreen
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.deep_dive import DeepDiveScreen
from systemcraft_tui.ui.screens.follow_plan import FollowPlanScreen
from systemcraft_tui.ui.screens.help import HelpScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.plan import PlanScreen
from systemcraft_tui.ui.screens.problems import ProblemsScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.screens.start import StartScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from systemcraft_tui.ui.screens.story_edit import StoryEditScreen
from tests.clock import FakeClock
from tests.hostile import C1_CSI, CLEAR_SCREEN, HOSTILE, SET_TITLE, raw_controls, scenario_markdown
from tests.store import factories
from tests.ui.apps import FIXTURES, opened, until
from tests.ui.terminal import terminal_text

NOW = FakeClock().utc_now()
LOUD = "[bold red]Loud[/]"  # markup obeyed would show "Loud" alone


def hostile_fixture(text: str) -> str:
    """A fixture file with hostile text after its title and after every list item and table cell."""
    text = re.sub(r"^(# .+)$", lambda m: f"{m[1]} {HOSTILE}", text, count=1, flags=re.M)
    text = re.sub(r"^(\s*- (?:\[ \] )?)(.+)$", lambda m: f"{m[1]}{m[2]} {HOSTILE}", text, flags=re.M)
    return re.sub(r"^(\| [^-|][^|]*?)( \|)", lambda m: f"{m[1]} {HOSTILE}{m[2]}", text, flags=re.M)


HOSTILE_FILE_NAME = f"a bad {SET_TITLE}{CLEAR_SCREEN}{C1_CSI} [bold red]Loud.md"  # a name may hold anything but "/"


def hostile_library(folder: Path):
    (folder / "hostile.md").write_text(scenario_markdown())
    (folder / HOSTILE_FILE_NAME).write_bytes(b"\xff\xfe not UTF-8")  # a problem that names its file
    for name in ("system_design.md", "deep_dive.md", "plan.md"):
        (folder / name).write_text(hostile_fixture((FIXTURES / name).read_text()))
    return load_library([folder])


def hostile_log(library) -> None:
    """Sessions of the hostile scenario and of one the library lacks, a draft, stories, a plan followed."""
    rng = random.Random(5)
    scenario = next(item for item in library.items if item.kind == "behavioral")
    plan = next(item for item in library.items if item.kind == "plan")
    log = PracticeLog.open()
    sessions = []
    for number, status in enumerate(("completed", "completed", "abandoned")):
        base = factories.session(rng, number * 8, status=status)
        ref = ScenarioRef(scenario.id if number < 2 else f"gone {HOSTILE}", f"Logged {HOSTILE}", "behavioral", f"L6 {HOSTILE}", "sha256:x")
        sections = [dataclasses.replace(s, name=f"{s.name} {HOSTILE}", notes=f"notes {HOSTILE}") for s in base.sections]
        probes = [dataclasses.replace(p, question=f"{p.question} {HOSTILE}", notes=f"notes {HOSTILE}") for p in base.probes]
        sessions.append(dataclasses.replace(
            base, id=f"hostile-{number}", scenario=ref, mode=f"full {HOSTILE}", sections=sections, probes=probes,
            started=NOW - timedelta(days=3 - number), finished=NOW - timedelta(days=3 - number, minutes=-9),
            ratings={f"Rated {HOSTILE}": 4}, red_flags=(f"Flag {HOSTILE}",), principles=(f"Principle {HOSTILE}",),
        ))
    draft = dataclasses.replace(sessions[0], id="hostile-draft", status="draft", finished=None, score=None)
    stories = [
        dataclasses.replace(
            factories.story(rng, number), title=f"Story {HOSTILE}", situation=f"S {HOSTILE}", action=f"A {HOSTILE}",
            metrics=f"M {HOSTILE}", level=f"L6 {HOSTILE}", principles=("Ownership", f"Own {HOSTILE}"),
        )
        for number in range(2)
    ]
    followed = PlanProgress(plan.id, f"Plan {HOSTILE}", plan.content_hash, (NOW - timedelta(days=8)).date(), NOW, (f"week 1/{HOSTILE}",))
    ratings = [DimensionRating(f"group {HOSTILE}", f"dimension {HOSTILE}", 2)]
    week = (NOW - timedelta(days=1)).date()
    log.save_all([*sessions, draft, *stories, followed, WeeklyAssessment(week, NOW, ratings, plan.id, f"notes {HOSTILE}")])


class Walk:
    """Looks at each screen as it is reached; the test fails listing every screen that leaked."""

    def __init__(self, app: SystemCraftApp) -> None:
        self.app = app
        self.leaks: dict[str, list[str]] = {}
        self.seen: list[str] = []

    async def look(self, pilot, where: str, *, shows_content: bool = True, expect: str = LOUD) -> str:
        await pilot.pause()
        output = terminal_text(self.app)
        self.seen.append(where)
        found = sorted(set(raw_controls(output)))
        if found:
            self.leaks[where] = found
        if shows_content:
            assert expect in output, f"{where}: the hostile text is not on screen (or its markup was obeyed)"
        return output


async def _open_in_library(pilot, app, kind: str) -> None:
    table = app.screen.query_one("#items", DataTable)
    ids = [item.id for item in app.screen.shown]
    target = next(item for item in app.screen.shown if item.kind == kind)
    table.move_cursor(row=ids.index(target.id))
    await pilot.pause()


async def test_every_screen_shows_hostile_text_inert(tmp_path):
    library = hostile_library(tmp_path)
    hostile_log(library)
    clock = FakeClock(NOW)
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        walk = Walk(app)
        assert isinstance(app.screen, ConfirmScreen)
        await walk.look(pilot, "resume dialog")
        await pilot.press("escape")  # it stays a draft
        await walk.look(pilot, "notification")

        assert isinstance(app.screen, LibraryScreen)
        for kind in ("behavioral", "system_design", "deep_dive", "plan"):
            await _open_in_library(pilot, app, kind)
            await walk.look(pilot, f"library with the {kind} preview")
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        await walk.look(pilot, "problems list", expect="pwned␇")  # the file name, its OSC shown
        await pilot.press("escape")

        await pilot.press("ctrl+p")
        await pilot.press(*"deep dive")
        await walk.look(pilot, "command palette")
        await pilot.press("escape")
        await pilot.pause()

        # A behavioral rehearsal, the hostile text also pasted into the notes.
        await _open_in_library(pilot, app, "behavioral")
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)
        await walk.look(pilot, "start")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        app.post_message(events.Paste(f"pasted {HOSTILE}"))
        await walk.look(pilot, "rehearsal")
        assert "pasted [bold red]" in app.screen.rehearsal.current.notes
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await walk.look(pilot, "help", shows_content=False)
        await pilot.press("escape")
        for _ in range(5):
            clock.advance(20)
            await pilot.press("ctrl+n")
        await walk.look(pilot, "probe and the strong answer to the last one")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        await walk.look(pilot, "self-assessment")
        await pilot.press("escape")
        await walk.look(pilot, "leave dialog")
        await pilot.press("enter")  # keep rating
        for _ in app.screen.items:
            await pilot.press("4")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # the save runs in a worker
        assert isinstance(app.screen, ReviewScreen)
        await walk.look(pilot, "review")
        await pilot.press("escape")

        # A design rehearsal: the phase names come from the file.
        await _open_in_library(pilot, app, "system_design")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        await walk.look(pilot, "design rehearsal")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("left", "enter")  # leave
        await pilot.pause()
        await app.workers.wait_for_complete()  # kept as abandoned by a worker: in the history's rows below

        await opened(pilot, "h", HistoryScreen)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#attempts", DataTable)
        for row in range(table.row_count):
            table.move_cursor(row=row)
            await walk.look(pilot, f"history and its preview, row {row}")
        table.move_cursor(row=3)
        await pilot.press("enter")
        assert isinstance(app.screen, AttemptScreen)
        await walk.look(pilot, "attempt")
        await pilot.press("escape", "m")  # two logged attempts of the hostile scenario, compared
        table.move_cursor(row=4)
        await pilot.press("c")
        assert isinstance(app.screen, CompareScreen)
        await walk.look(pilot, "compare")
        await pilot.press("escape", "escape")

        await opened(pilot, "g", ProgressScreen)
        assert isinstance(app.screen, ProgressScreen)
        await walk.look(pilot, "progress", shows_content=False)
        await pilot.press("end")
        await walk.look(pilot, "progress, its end")
        await pilot.press("escape")

        await opened(pilot, "s", StoryBankScreen)
        await walk.look(pilot, "stories")
        await pilot.press("c")
        await walk.look(pilot, "coverage", shows_content=False)
        await pilot.press("c", "e")
        assert isinstance(app.screen, StoryEditScreen)
        await walk.look(pilot, "story editor")
        await pilot.press("escape")
        await pilot.pause()
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("left", "enter")
        await pilot.press("escape")

        await pilot.press("n")  # practice next: its notification names the pick
        await walk.look(pilot, "practice next notification")
        await pilot.press("escape")
        await pilot.pause()
        if isinstance(app.screen, StartScreen):
            await pilot.press("escape")

        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await walk.look(pilot, "plan week")
        await pilot.press("r")
        await walk.look(pilot, "plan assessment", shows_content=False)
        await pilot.press("s")
        assert isinstance(app.screen, FollowPlanScreen)
        await walk.look(pilot, "follow plan dialog")
        await pilot.press("escape", "escape")

        await _open_in_library(pilot, app, "deep_dive")
        await pilot.press("enter")
        assert isinstance(app.screen, DeepDiveScreen)
        await walk.look(pilot, "deep dive")

        # The draft left aside at the start, resumed: its notes go back into the notes box.
        app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        walk.app = app
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        await walk.look(pilot, "resumed rehearsal, the draft's notes in the box")
        assert "notes [bold red]Loud" in app.screen.query_one("#notes", TextArea).text

    assert not walk.leaks, f"raw control characters reached the terminal on: {walk.leaks}"
    assert len(walk.seen) >= 30
