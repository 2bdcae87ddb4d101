"""Pictures of the main screens at 80x24, from fixture content and a frozen clock.

Update them deliberately with `uv run pytest tests/ui/test_snapshots.py --snapshot-update`
after a visual change, and look at the report before committing."""

import shutil
from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.review import ReviewScreen
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES, steady, until
from tests.ui.apps import fixture_app as _app


def test_library(snap_compare):
    assert snap_compare(_app("template_single.md", "collection.md", "system_design.md"), terminal_size=(80, 24))


def test_rehearsal_section(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        pilot.app.clock.advance(38)
        await pilot.press(*"partner leaving")
        pilot.app.screen.refresh_clock()
        await steady(pilot)

    assert snap_compare(_app("template_single.md"), run_before=run_before, terminal_size=(80, 24))


def test_probe(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        for _ in range(5):
            pilot.app.clock.advance(30)
            await pilot.press("ctrl+n")
            await pilot.pause()
        pilot.app.screen.refresh_clock()
        await steady(pilot)
        # The probe's picture is of its text, not of a cursor that a loaded machine draws or
        # not depending on when the step's focus lands: nothing is focused.
        pilot.app.set_focus(None)
        await pilot.pause()

    assert snap_compare(_app("template_single.md"), run_before=run_before, terminal_size=(80, 24))


def _to_assessment(presses: tuple[str, ...] = ()):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        for _ in range(6):
            pilot.app.clock.advance(40)
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.pause()
        await pilot.press(*presses)
        await pilot.pause()

    return run_before


def test_self_assessment(snap_compare):
    assert snap_compare(_app("template_single.md"), run_before=_to_assessment(("4", "3")), terminal_size=(80, 24))


def test_self_assessment_red_flags(snap_compare):
    async def run_before(pilot):
        await _to_assessment()(pilot)
        pilot.app.screen.query_one("#flag-0").focus()  # scrolled into view: a long flag wraps under its box
        await pilot.press("space")
        await pilot.pause()

    assert snap_compare(_app("collection.md"), run_before=run_before, terminal_size=(80, 24))


def test_review(snap_compare):
    rate_all = ("5",) * 11 + ("ctrl+s",)  # each typed rating moves on to the next

    async def run_before(pilot):
        await _to_assessment(rate_all)(pilot)
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))  # pushed once a worker has saved it

    assert snap_compare(_app("template_single.md"), run_before=run_before, terminal_size=(80, 24))


def test_start_dialog(snap_compare):
    assert snap_compare(_app("template_single.md"), press=["enter"], terminal_size=(80, 24))


def test_design_phase_with_checklist(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")  # the problem's own phases
        await pilot.pause()
        pilot.app.clock.advance(8 * 60 + 20)
        await pilot.press("ctrl+n")
        await pilot.pause()
        pilot.app.clock.advance(95)
        await pilot.press(*"queue per region")
        pilot.app.screen.query_one("#checklist").select(0)
        pilot.app.screen.refresh_clock()
        await steady(pilot)

    assert snap_compare(_app("system_design.md"), run_before=run_before, terminal_size=(80, 24))


def test_problems_list(snap_compare, monkeypatch):
    monkeypatch.chdir(FIXTURES.parent.parent.parent)  # paths shown relative, the same on every machine
    app = SystemCraftApp(load_library([Path("tests/fixtures/problems")]), clock=FakeClock())
    assert snap_compare(app, press=["p"], terminal_size=(80, 24))


def test_damaged_log(snap_compare, monkeypatch):
    # A fixed folder, so the path on screen is the same on every run, and a kept copy made
    # earlier, so its timestamped name is too.
    folder = Path("/tmp/systemcraft-snapshots/damaged")
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "practice-log").mkdir(parents=True)
    for name in ("practice.json", "practice.json.damaged-20261102T090000Z"):
        (folder / "practice-log" / name).write_bytes(b"{ not json")
    monkeypatch.setenv("SYSTEMCRAFT_DATA_DIR", str(folder))
    assert snap_compare(_app("template_single.md"), terminal_size=(80, 24))
