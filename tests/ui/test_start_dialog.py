"""The start dialog's choices say where a full answer's section windows come from: the
file's own timings, or the documented defaults (as `systemcraft inspect` does); for a
design, what each timing means: the phases it is rehearsed in, each with its window in
minutes, and how many follow-ups come after them."""

import re
from datetime import timedelta
from pathlib import Path

from textual.widgets import DataTable, Label, OptionList

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import Story
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.start import StartScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES, fixture_app, opened, until
from tests.ui.shown import shown

SCENARIO = (FIXTURES / "template_single.md").read_text()


def _full_answer_line(app) -> str:
    return str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)


async def _start_dialog_of(folder: Path, text: str) -> str:
    (folder / "template_single.md").write_text(text)
    app = SystemCraftApp(load_library([folder / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        return _full_answer_line(app)


async def test_a_scenario_timing_every_section_is_timed_as_written(tmp_path):
    assert "(sections as written)" in await _start_dialog_of(tmp_path, SCENARIO)


async def test_a_scenario_timing_no_section_has_the_default_windows(tmp_path):
    untimed = re.sub(r" \(\d+-\d+ seconds\)", "", SCENARIO)
    assert "(default windows)" in await _start_dialog_of(tmp_path, untimed)


async def test_a_scenario_timing_some_sections_says_how_many_of_each(tmp_path):
    half = SCENARIO.replace("**Situation (30-45 seconds)**", "**Situation**").replace("**Task (15-30 seconds)**", "**Task**")
    assert "(2 sections as written, 2 default)" in await _start_dialog_of(tmp_path, half)


async def test_a_story_of_one_s_own_has_the_default_windows():
    now = FakeClock().utc_now()
    PracticeLog.open().save(
        Story("Billing migration", now - timedelta(days=1), now - timedelta(days=1), principles=("Ownership",))
    )
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "s", StoryBankScreen)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        assert "(default windows)" in _full_answer_line(app)


async def test_a_prepared_answer_is_timed_whole_and_offers_no_version_as_long_as_itself(tmp_path):
    pitch = (
        "# Tell me about yourself\n\nI have led platform teams for six years, most recently the group that runs our "
        "deploy pipeline for three hundred engineers, and I want to do that work at a larger scale next.\n"
    )
    (tmp_path / "pitch.md").write_text(pitch)
    app = SystemCraftApp(load_library([tmp_path / "pitch.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        choices = app.screen.query_one(OptionList)
        shown = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
    # One answer of 1-2 minutes: no "STAR", and no 2-minute version that would be the same answer.
    assert shown == ["Full answer: 1:00–2:00 (default window)", "30-second elevator version: 0:15–0:30 (scaled)"]


async def test_the_library_calls_a_prepared_answer_an_answer_and_a_story_behavioral(tmp_path):
    pitch = (
        "# Tell me about yourself\n\nI have led platform teams for six years, most recently the group that runs our "
        "deploy pipeline for three hundred engineers, and I want to do that work at a larger scale next.\n"
    )
    (tmp_path / "pitch.md").write_text(pitch)
    (tmp_path / "template_single.md").write_text(SCENARIO)
    app = SystemCraftApp(load_library([tmp_path / "pitch.md", tmp_path / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        kinds = {str(table.get_row_at(n)[0]): str(table.get_row_at(n)[1]) for n in range(table.row_count)}
    assert kinds["Tell me about yourself"] == "Answer" and "Behavioral" in kinds.values()


async def _phases_shown(pilot, app: SystemCraftApp) -> str:
    await pilot.pause()
    assert isinstance(app.screen, StartScreen)
    return shown(app.screen.query_one("#phases"), width=76)


async def test_the_start_dialog_of_a_design_shows_the_phases_of_the_timing_under_the_cursor():
    app = fixture_app("system_design.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        own = await _phases_shown(pilot, app)
        await pilot.press("down")  # the 45-minute preset
        preset = await _phases_shown(pilot, app)
        await pilot.press("down")  # the 60-minute one
        longer = await _phases_shown(pilot, app)
    flat = " ".join(own.split())
    assert "High-Level Architecture 5–10 · Deep Dive Components 20 · Data Design 10–15" in flat
    assert flat.endswith("Trade-offs and Alternatives 5–10, then 2 follow-ups")
    # A preset's phases are its own, its last one (the follow-ups) holding the problem's two.
    assert "Requirements Clarification" in preset and "Requirements Clarification" not in own
    assert preset != longer and "then 2 follow-ups" in " ".join(longer.split())


async def test_a_story_start_dialog_has_no_phase_line():
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert not app.screen.query("#phases")


async def _long_design_dialog(path: Path, size: tuple[int, int]) -> tuple[str, bool]:
    """The phase line of a design's start dialog at `size`, flattened, and whether the keys to
    start and the dialog's border are on the screen."""
    app = SystemCraftApp(load_library([path]), clock=FakeClock())
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.pause()
        phases = " ".join(shown(app.screen.query_one("#phases"), width=64).split())
        hint = app.screen.query(Label).last()
        dialog = app.screen.query_one("#dialog")
        on_screen = str(hint.content) == "Enter to start · Esc to cancel" and hint.region.bottom <= dialog.region.bottom <= size[1]
    return phases, on_screen


async def test_a_long_phase_list_is_cut_to_the_room_a_short_terminal_has(tmp_path):
    steps = "".join(
        f"## Step {n} of a Walk With a Deliberately Long and Descriptive Name ({n % 3 + 2} minutes)\nNotes.\n\n" for n in range(1, 13)
    )
    (tmp_path / "long.md").write_text(f"# Design a Multi-Region Event Replay Platform\n\n{steps}## Follow-up Questions\n- Why?\n")
    short, kept = await _long_design_dialog(tmp_path / "long.md", (80, 24))
    tall, _ = await _long_design_dialog(tmp_path / "long.md", (120, 40))
    assert kept  # the keys to start and the border stay on an 80x24 screen
    assert short.endswith("…") and short.count(" · ") < 11  # cut: fewer of the twelve phases shown
    assert tall.count(" · ") == 11 and tall.endswith("then 1 follow-up")  # at 40 rows all of them


async def test_a_design_whose_file_has_errors_keeps_its_dialog_on_a_short_terminal(tmp_path):
    """The file's errors above the choices leave the phase line one row: cut, the keys to
    start and the border still on an 80x24 screen."""
    steps = "".join(f"## Phase {n} Step (99-5 minutes)\nNotes.\n\n" for n in range(1, 16))
    (tmp_path / "errs.md").write_text(f"# Design a Ticket Booking Service for Stadium Concerts With Seat Maps and Queues\n\n{steps}## Follow-up Questions\n- Why?\n")
    phases, kept = await _long_design_dialog(tmp_path / "errs.md", (80, 24))
    assert kept and phases.endswith("…")
