"""What another window (process) saves shows here, read in by a worker: no read the screens
make looks at the disk, so a slow disk never holds a key or a clock up."""

import random
import threading

from textual import events

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import log as log_module
from systemcraft_tui.ui.app import OthersRead, SystemCraftApp
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.store import factories
from tests.ui.apps import fixture_app, opened, until


async def test_a_story_another_window_saves_is_read_in_by_a_worker_not_by_the_screen(private_data_dir, monkeypatch):
    ui_thread = threading.get_ident()
    looked_from: list[int] = []
    signature = log_module.signature
    monkeypatch.setattr(log_module, "signature", lambda path: looked_from.append(threading.get_ident()) or signature(path))
    followed: list[OthersRead] = []
    on_others_read = SystemCraftApp.on_others_read
    monkeypatch.setattr(
        SystemCraftApp, "on_others_read", lambda app, message: followed.append(message) or on_others_read(app, message)
    )
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        story = factories.story(random.Random(1), 1)
        PracticeLog.open(private_data_dir).save(story)  # the other window (on this thread, as the test runs here)
        looked_from.clear()
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StoryBankScreen))
        assert ui_thread not in looked_from  # the story bank read memory only
        app.post_message(events.AppFocus())  # back from the other window
        await until(pilot, lambda: followed)
        assert [s.id for s in app.practice.story_bank().stories] == [story.id]
        assert ui_thread not in looked_from


async def test_the_story_bank_on_the_screen_shows_a_story_another_window_saves(private_data_dir):
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        bank = await opened(pilot, "s", StoryBankScreen)
        story = factories.story(random.Random(2), 2)
        _saved_in_another_window(app, private_data_dir, story)
        await until(pilot, lambda: story.id in bank.by_id)  # listed without leaving the bank


async def _looked(pilot) -> None:
    """A look for other windows' saves made (the first one notes where the log stands)."""
    pilot.app.post_message(events.AppFocus())
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()


def _over_one_attempt(data_dir):
    """The app over a log that holds one attempt, saved before it starts."""
    PracticeLog.open(data_dir).save(factories.session(random.Random(1), 1))
    return fixture_app("template_single.md")


def _saved_in_another_window(app, data_dir, record) -> None:
    """`record` saved to the log by another process, and this window back in the user's focus."""
    PracticeLog.open(data_dir).save(record)
    app.post_message(events.AppFocus())


async def _history(pilot):
    from systemcraft_tui.ui.screens.history import HistoryScreen

    return await opened(pilot, "h", HistoryScreen)


async def test_the_history_on_the_screen_shows_an_attempt_another_window_saves(private_data_dir):
    app = _over_one_attempt(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        history = await _history(pilot)
        assert len(history.summaries) == 1
        await _looked(pilot)
        other = factories.session(random.Random(2), 2)
        _saved_in_another_window(app, private_data_dir, other)
        await until(pilot, lambda: other.id in history.by_id)  # listed without leaving the history
        assert history.total == 2 and app.screen is history


async def test_the_progress_on_the_screen_follows_an_attempt_another_window_saves(private_data_dir):
    from textual.widgets import Static

    from systemcraft_tui.ui.screens.progress import ProgressScreen

    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        progress = await opened(pilot, "g", ProgressScreen)
        assert progress.query("#progress-empty")  # no attempt yet
        _saved_in_another_window(app, private_data_dir, factories.session(random.Random(2), 2))
        await until(pilot, lambda: progress.query("#progress-summary"))
        assert "1 session" in str(progress.query_one("#progress-summary", Static).content)
        assert not progress.query("#progress-empty") and app.screen is progress


async def test_a_history_under_another_screen_follows_once_it_is_shown_again(private_data_dir):
    from systemcraft_tui.ui.screens.attempt import AttemptScreen

    app = _over_one_attempt(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        history = await _history(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AttemptScreen))
        await _looked(pilot)
        other = factories.session(random.Random(2), 2)
        followed = len(app._notifications)
        _saved_in_another_window(app, private_data_dir, other)
        await until(pilot, lambda: app.practice.history().sessions == 2)
        await app.workers.wait_for_complete()  # and its OthersRead posted: handled by the pause
        await pilot.pause()
        assert other.id not in history.by_id and len(app._notifications) == followed  # not rebuilt while hidden
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is history and other.id in history.by_id)


async def test_the_progress_keeps_where_it_was_scrolled_when_it_follows_another_window(private_data_dir):
    from textual.containers import VerticalScroll
    from textual.widgets import Static

    from systemcraft_tui.ui.screens.progress import ProgressScreen

    app = _over_one_attempt(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        progress = await opened(pilot, "g", ProgressScreen)
        await _looked(pilot)
        column = progress.query_one("#progress", VerticalScroll)
        column.scroll_to(y=20, animate=False, immediate=True)
        await pilot.pause()
        assert column.scroll_y == 20
        _saved_in_another_window(app, private_data_dir, factories.session(random.Random(2), 2))
        await until(pilot, lambda: "2 sessions" in str(progress.query_one("#progress-summary", Static).content))
        await until(pilot, lambda: progress.query_one("#progress", VerticalScroll).scroll_y == 20)


async def test_another_window_s_saves_read_in_as_the_app_closes_are_let_go():
    """Read in by a worker that ends after the screens are gone (the app closing): seen three
    times under load, where it stopped the app on ScreenStackError ("No screens on stack")."""
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)):
        practice = app.practice
    assert not app.screen_stack
    app.on_others_read(OthersRead(practice))  # as the message reaches the closing app
