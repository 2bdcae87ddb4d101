"""A deep dive driven through its screen with a frozen clock: the quick reference, the
quick prep, every checklist item rated and saved as a session; over an empty log and over
a seeded one."""

from datetime import UTC, datetime
from pathlib import Path

from textual.widgets import DataTable

from systemcraft_tui.content.library import load_library
from systemcraft_tui.service.sessions import checklist_session
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.deep_dive import DeepDiveScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.widgets.rating import Rating
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import FIXTURES, fixture_app, until
from tests.ui.shown import screen_text as _shown
from tests.ui.shown import shown

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


def _app(clock: FakeClock) -> SystemCraftApp:
    return fixture_app(clock=clock)


async def _open(pilot) -> DeepDiveScreen:
    table = pilot.app.screen.query_one("#items", DataTable)
    table.move_cursor(row=table.get_row_index("deep-dive"))
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, DeepDiveScreen)
    return pilot.app.screen


async def test_rate_every_item_and_the_session_is_in_the_log():
    clock = FakeClock(NOW)
    async with _app(clock).run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        shown = _shown(screen)
        for expected in ("Cache-aside", "Write-through", "Stale reads", "Write latency",  # the table
                         "5-Minute Prep", "Hit ratio arithmetic", "Day-Before Review",  # quick prep
                         "Technical Understanding", "Leadership Application", "(mean rating − 1) / 4 × 100"):
            assert expected in shown
        clock.advance(120)  # reading the quick reference
        await pilot.press("tab", "4")
        await pilot.press("ctrl+s")  # refused: two items are unrated
        await pilot.pause()
        assert pilot.app.screen is screen and pilot.app.focused is screen.query_one("#item-1")
        await pilot.press("3")  # a typed rating goes on to the next item unrated, as the self-assessment's does
        assert pilot.app.focused is screen.query_one("#item-2")
        clock.advance(45)
        await pilot.press("5")
        assert "Score 75/100   3 of 3 items rated" in _shown(screen)
        assert pilot.app.focused is screen.query_one("#save")  # all rated: on to Save
        await pilot.press("shift+tab")
        assert pilot.app.focused is screen.query_one("#item-2")  # and back
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))  # the save runs in a worker

    (session,) = PracticeLog.open().sessions()
    assert (session.scenario.id, session.scenario.kind, session.mode, session.status) == (
        "deep-dive", "deep_dive", "checklist", "completed",
    )
    assert [(s.name, s.actual_seconds) for s in session.sections] == [
        ("Technical Understanding", 120), ("Leadership Application", 45),
    ]
    assert session.ratings == {
        "Can explain cache-aside versus write-through": 4,
        "Can size a cache from a hit-ratio target": 3,
        "Can explain a caching incident to a VP": 5,
    }
    assert session.score == 75 and (session.finished - session.started).total_seconds() == 165


async def test_leaving_with_unsaved_ratings_asks_first():
    async with _app(FakeClock(NOW)).run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        await pilot.press("escape")  # nothing rated: leaves at once
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)
        screen = await _open(pilot)
        await pilot.press("tab", "2", "escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await pilot.click("#no")
        await pilot.pause()
        assert pilot.app.screen is screen and screen.query_one("#item-0", Rating).value == 2
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)
    assert PracticeLog.open().sessions() == []


async def test_over_a_seeded_log_the_last_assessment_shows_and_a_new_one_is_added():
    log = PracticeLog.open()
    factories.seed(log, 40)
    item = load_library([FIXTURES]).get("deep-dive")
    earlier = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
    ratings = {text: 2 for checklist in item.checklists for text in checklist.items}
    log.save(checklist_session(item, ratings, [60.0, 30.0], earlier, earlier.replace(minute=2)))
    clock = FakeClock(NOW)
    async with _app(clock).run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        assert "Last self-assessment 03 Nov 2026: 25/100" in _shown(screen)
        await pilot.press("tab", "5", "5", "5", "ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))  # the save runs in a worker
        score = pilot.app.screen.query_one("#items").get_cell("deep-dive", "score")
        assert str(score) == "100"  # the library's score column follows the log
    mine = [s for s in PracticeLog.open().summaries() if s.scenario.id == "deep-dive"]
    assert [s.score for s in mine] == [100, 25]


async def test_every_deep_dive_is_in_the_palette():
    app = _app(FakeClock(NOW))
    async with app.run_test(size=(100, 30)) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        commands["Deep dive: Caching Deep Dive for Amazon L6/L7 Engineering Leaders"].callback()
        await pilot.pause()
        assert isinstance(app.screen, DeepDiveScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Save" in titles and "Back" in titles


async def test_ctrl_q_with_unsaved_ratings_asks_as_esc_does():
    app = _app(FakeClock(NOW))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        await pilot.press("tab", "4", "2", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.return_code is None
        assert "Your 2 ratings for this deep dive are not saved" in _shown(app.screen)
        await pilot.press("enter")  # Stay, the default
        await pilot.pause()
        assert app.screen is screen and [r.value for r in screen.query(Rating)] == [4, 2, None]
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("left", "enter")  # Quit
        await pilot.pause()
        assert app.return_code == 0


async def _concept_rows(deep_dive: str, size: tuple[int, int]) -> list[str]:
    """The rows of a bundled deep dive's concept table, as drawn in a terminal of `size`
    (none wider than the table's room)."""
    library = load_library([Path(__file__).parent.parent.parent / "data" / "deep-dives"])
    app = SystemCraftApp(library, clock=FakeClock(NOW))
    async with app.run_test(size=size) as pilot:
        table = pilot.app.screen.query_one("#items", DataTable)
        table.move_cursor(row=table.get_row_index(deep_dive))
        await pilot.press("enter")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, DeepDiveScreen)
        concepts = next(static for static in screen.query("Static") if "Concept" in shown(static))
        rows = shown(concepts, width=concepts.size.width).splitlines()
        assert max(map(len, rows)) <= concepts.size.width
        return rows


async def test_no_word_of_a_concept_is_cut_at_80_columns():
    # The bundled caching guide's "Read-through" showed as "Read-throug" and "h".
    rows = await _concept_rows("caching-strategies", (80, 24))
    assert any(row.startswith("│ Read-through ") for row in rows)


async def test_the_concept_names_take_the_room_a_wide_terminal_has():
    # At 120x40 the column stayed 16 cells wide: "Directory-based partitioning" took two rows
    # while the three other columns had room to spare.
    rows = await _concept_rows("data-partitioning", (120, 40))
    for name in ("Directory-based partitioning", "Global secondary index", "Range partitioning"):
        assert any(row.startswith(f"│ {name} ") for row in rows), name


def test_the_quick_reference_leaves_out_a_column_no_concept_fills():
    from rich.console import Console

    from systemcraft_tui.content.parser import parse_text
    from systemcraft_tui.ui.screens.deep_dive import _Concepts

    text = (
        "# Message Queues: A Deep Dive\n\nWhy queues.\n\n## 1. Delivery Guarantees\n\nWhat a queue promises.\n\n"
        "## 2. Ordering\n\nOrder inside one partition.\n\n## 3. Backpressure\n\nWhen consumers fall behind.\n"
    )
    (dive,) = parse_text(text, Path("queues.md")).items
    console = Console(width=80, record=True)
    console.print(_Concepts(dive))
    shown = console.export_text()
    assert "Definition" in shown and "When to use" not in shown and "Trade-off" not in shown
