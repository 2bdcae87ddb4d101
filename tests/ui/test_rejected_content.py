"""A scenario whose file lint rejects is marked in the library, and the user is told what is
wrong with it (file:line) before rehearsing it; a clean file's items carry no mark."""

from pathlib import Path

from textual.widgets import DataTable, Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.start import StartScreen
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES
from tests.ui.shown import shown


def _library(folder: Path):
    good = (FIXTURES / "template_single.md").read_text()
    (folder / "bad.md").write_text(good.replace("**Task", "[Describe the task here]\n\n**Task", 1))
    (folder / "good.md").write_text(good)
    return load_library([folder])


async def test_a_rejected_file_is_marked_and_its_errors_told_before_the_rehearsal(tmp_path):
    library = _library(tmp_path)
    (error,) = library.errors
    app = SystemCraftApp(library, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.screen.query_one("#items", DataTable)
        marked = {item.origin.path.name: str(table.get_row(item.id)[0]).startswith("✗ ") for item in library.items}
        assert marked == {"bad.md": True, "good.md": False}
        table.move_cursor(row=table.get_row_index(next(i.id for i in library.items if i.origin.path.name == "bad.md")))
        await pilot.pause()
        preview = shown(app.screen.query_one("#preview-text", Static))
        where = f"bad.md:{error.line}: unfilled template placeholder [Describe the task here]"
        assert "Lint rejects its file (1 error)" in preview and where in preview

        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)
        assert where in shown(app.screen.query_one("#file-errors", Static))
        await pilot.press("enter")  # told, the user may still rehearse what could be read
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)


async def test_a_clean_item_starts_without_a_warning(tmp_path):
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen) and not app.screen.query("#file-errors")
