"""Help is contextual (the keys of the screen it was opened from come first), tells the truth
about every screen's keys, and stops the section clock while it is open."""


import pytest
from textual.binding import Binding

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.mocks import MockAssessmentScreen
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.attempt import AttemptScreen, CompareScreen
from systemcraft_tui.ui.screens.debrief import DebriefScreen
from systemcraft_tui.ui.screens.deep_dive import DeepDiveScreen
from systemcraft_tui.ui.screens.help import EVERYWHERE, SCREEN_KEYS, HelpScreen, screen_keys
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.mock import MockScreen
from systemcraft_tui.ui.screens.mock_feedback import FeedbackScreen
from systemcraft_tui.ui.screens.plan import PlanScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from systemcraft_tui.ui.screens.story_edit import StoryEditScreen
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES
from tests.ui.shown import shown
from tests.ui.terminal import terminal_text

KEY_NAMES = {"slash": "/", "escape": "Esc", "enter": "Enter", "delete": "Delete"}
SCREENS = (
    LibraryScreen, RehearsalScreen, AssessmentScreen, PlanScreen, DeepDiveScreen, StoryBankScreen,
    StoryEditScreen, HistoryScreen, ReviewScreen, ProgressScreen, AttemptScreen, CompareScreen,
    MockScreen, MockAssessmentScreen, FeedbackScreen, DebriefScreen,
)


def _label(key: str) -> str:
    if key.startswith("ctrl+"):
        return "Ctrl+" + key.removeprefix("ctrl+").upper()
    return KEY_NAMES.get(key, key)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.__name__)
def test_every_key_a_screen_binds_is_in_its_help(screen):
    name = screen_keys(screen)
    assert name is not None, f"{screen.__name__} has no help"
    listed = " ".join(keys for keys, _ in SCREEN_KEYS[name][1])
    bound = [key for b in screen.BINDINGS if isinstance(b, Binding) and b.description for key in b.key.split(",")]
    missing = [key for key in bound if _label(key) not in listed]
    assert not missing, f"{screen.__name__}: {missing} not in its help"


def test_help_says_what_the_leave_questions_say():
    rehearsal = dict(SCREEN_KEYS["RehearsalScreen"][1])
    assessment = dict(SCREEN_KEYS["AssessmentScreen"][1])
    assert "abandoned, notes included" in rehearsal["Esc"] and "draft" not in rehearsal["Esc"]
    assert "draft with the ratings given" in assessment["Esc"]
    assert "kept as a draft" in dict(EVERYWHERE)["Ctrl+Q"]


def _text(screen, selector: str) -> str:
    return shown(*screen.query(selector), width=100)


async def test_help_from_a_rehearsal_lists_its_keys_first_and_stops_the_clock():
    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen) and "Keys here: Library" in _text(app.screen, "#keys-here")
        await pilot.press("escape", "enter", "enter")
        await pilot.pause()
        rehearsal = app.screen
        assert isinstance(rehearsal, RehearsalScreen)
        clock.advance(10)
        await pilot.press("f1")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        here = _text(help_screen, "#keys-here")
        assert "Keys here: Rehearsal" in here and "Ctrl+N" in here and "Ctrl+S" not in here
        assert "Rehearsal" not in _text(help_screen, "#keys-elsewhere")
        clock.advance(60)  # reading the help
        assert rehearsal.rehearsal.elapsed() == 10
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is rehearsal and not rehearsal.rehearsal.paused
        clock.advance(5)
        assert rehearsal.rehearsal.elapsed() == 15

        await pilot.press("ctrl+t")  # paused by the user: still paused after help
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert rehearsal.rehearsal.paused


async def test_how_to_close_the_help_shows_without_scrolling_at_80x24():
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Esc to close" in terminal_text(app)  # on the frame: the keys below it scroll
