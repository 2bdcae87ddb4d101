"""Pilot tests of the library's Due filter and the practice-next action, over an empty log
and a seeded one, with a frozen clock; and the card a saved rehearsal moves."""

from datetime import timedelta

from textual.widgets import DataTable, Label, Static

from systemcraft_tui.core.records import Story
from systemcraft_tui.practice.card_review import review
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.start import StartScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.clock import FakeClock
from tests.ui.apps import fixture_app as _app
from tests.ui.apps import opened, until
from tests.ui.assess import assess_and_save
from tests.ui.terminal import terminal_text

NOW = FakeClock().utc_now()
REHEARSABLE = ["template-single/co-01", "collection/l6-scenario-4", "collection/l7-scenario-5", "system-design"]


def _status(app) -> str:
    return str(app.screen.query_one("#status", Static).content)


def _rows(app) -> list[str]:
    table = app.screen.query_one("#items", DataTable)
    return [str(table.coordinate_to_cell_key((row, 0)).row_key.value) for row in range(table.row_count)]


async def test_on_an_empty_log_every_scenario_is_new_and_due():
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert sorted(REHEARSABLE) == sorted(i.id for i in app.library.items if i.kind in ("behavioral", "system_design"))
        await until(pilot, lambda: "…" not in _status(app))  # the due count, once the log is read in its worker
        assert "4 due (d: due only)" in _status(app)
        assert len(_rows(app)) == 6
        await pilot.press("d")
        assert sorted(_rows(app)) == sorted(REHEARSABLE)  # deep dives and plans are not cards
        assert "(d: all)" in _status(app)
        await pilot.press("d")
        assert len(_rows(app)) == 6


async def test_reviewed_scenarios_leave_the_due_list_until_their_day():
    clock = FakeClock()
    PracticeLog.open().save_all(
        [
            review(None, "scenario", "template-single/co-01", 90, NOW - timedelta(days=1)),  # Easy: due in days
            review(None, "scenario", "system-design", 30, NOW - timedelta(days=3)),  # Again: due two days ago
        ]
    )
    app = _app(clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("d")
        assert "3 due" in _status(app)
        assert sorted(_rows(app)) == sorted(["collection/l6-scenario-4", "collection/l7-scenario-5", "system-design"])
        clock.advance(30 * 86400)  # a month later everything is due again
        await pilot.press("d", "d")
        assert "4 due" in _status(app) and len(_rows(app)) == 4


async def test_practice_next_on_an_empty_log_starts_the_weakest_principles_scenario():
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.screen.item.id == "template-single/co-01"  # Customer Obsession: first of the 16, never practised
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_practice_next_says_why_in_the_start_dialog_with_no_notice_over_its_keys():
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        why = str(app.screen.query_one("#why", Label).content)
        assert why.startswith("Practice next: New: never rehearsed") and "Customer Obsession" in why
        assert not app.screen.query("Toast")  # no notice over the dialog
        shown = terminal_text(app)
        assert "Enter to start · Esc to cancel" in shown and "Practice next: New" in shown


async def test_practice_next_takes_an_overdue_story_and_rehearses_it():
    story = Story("Billing migration", NOW, NOW, situation="Old system", principles=("Ownership",))
    cards = [review(None, "scenario", item_id, 95, NOW - timedelta(hours=1)) for item_id in REHEARSABLE]
    cards.append(review(None, "story", story.id, 20, NOW - timedelta(days=4)))  # Again: due three days ago
    PracticeLog.open().save_all([story, *cards])
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen) and app.screen.item.id == story.id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        assert "Billing migration" in str(app.screen.query_one("#question", Static).content)


async def test_a_saved_rehearsal_moves_its_card_out_of_the_due_list():
    clock = FakeClock()
    app = _app(clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "enter")  # the first item, full answer
        await pilot.pause()
        for _ in range(6):
            clock.advance(40)
            await pilot.press("ctrl+n")
        await pilot.pause()
        score = await assess_and_save(pilot, 5)
        assert "3 due" in _status(app)
    (card,) = PracticeLog.open().review_cards()
    (session,) = PracticeLog.open().sessions()
    assert card == review(None, "scenario", session.scenario.id, score, session.finished)
    assert card.due > session.finished


async def test_stories_and_practice_next_are_in_the_palette_everywhere():
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles.count("Stories") == 1 and titles.count("Practice next") == 1 and "Due only" in titles
        await opened(pilot, "s", StoryBankScreen)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Practice next" in titles and "Add" in titles and titles.count("Stories") == 1


def test_the_start_dialog_says_which_of_a_designs_own_steps_are_untimed():
    """Steps timed in the file beside two it leaves untimed (given the shortest one's time): the
    choice says so, not that every step is an equal untimed share."""
    from pathlib import Path

    from systemcraft_tui.content.parser import parse_bytes

    path = Path(__file__).parents[1] / "fixtures" / "real_shapes" / "design_emoji_numbered_timed_then_untimed_steps.md"
    (problem,) = parse_bytes(path.read_bytes(), path).items
    labels = [label for _, label in StartScreen(problem).choices]
    assert labels[0] == "The problem's own phases (47 minutes; 2 untimed steps given 2 min each)"
