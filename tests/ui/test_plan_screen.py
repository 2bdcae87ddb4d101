"""The practice plan driven through the screens with a frozen clock: follow the fixture plan
(weeks 1, 2 and 3-4) from a start date, tick deliverables, rate the weekly assessment, see
its adjustment, move between weeks, and find it all after a restart; over an empty log
and over a seeded one."""

import errno
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from textual.widgets._footer import FooterKey

from systemcraft_tui.content.library import load_library
from systemcraft_tui.service import Practice
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.follow_plan import FollowPlanScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.plan import PlanScreen
from systemcraft_tui.ui.widgets.rating import Rating
from systemcraft_tui.ui.widgets.tick import Tick
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import FIXTURES, fixture_app, until
from tests.ui.plans import follow_plan
from tests.ui.shown import screen_text as _text

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # a plan started on 9 Nov is in its week 2


def _app(clock: FakeClock | None = None) -> SystemCraftApp:
    return fixture_app(clock=clock or FakeClock(NOW))


def _ticks(screen) -> dict[str, bool]:
    return {tick.key: tick.value for tick in screen.query(Tick)}


def _ratings(screen) -> list[int | None]:
    return [rating.value for rating in screen.query(Rating)]


@contextmanager
def _disk_full(monkeypatch, *, unsaved_too: bool) -> Iterator[None]:
    """The log's commits refused as by a full disk; with `unsaved_too`, the writes to its
    unsaved folder as well, so that a change cannot even be kept aside."""
    from systemcraft_tui.store import log as log_module
    from systemcraft_tui.store import unsaved

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(log_module.Changes, "commit", full)
        if unsaved_too:
            patch.setattr(unsaved, "atomic_write", full)
        yield


async def test_follow_tick_rate_see_the_adjustment_and_find_it_all_after_a_restart():
    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        screen = pilot.app.screen
        assert isinstance(screen, PlanScreen)
        assert "today is in week 2 of 4" in _text(screen, "#plan-head")
        assert _ticks(screen) == {"week 2/6 polished STAR stories": False}
        await pilot.press("space")  # the focused deliverable
        assert _ticks(screen) == {"week 2/6 polished STAR stories": True}

        await pilot.press("r")  # the weekly assessment, its first dimension focused
        await pilot.press("2")  # a typed rating goes on to the next dimension, as the self-assessment's does
        assert pilot.app.focused is screen.query_one("#dimension-1")
        await pilot.press("shift+tab")  # and back
        assert pilot.app.focused is screen.query_one("#dimension-0")
        await pilot.press("2", "2", "4", "3")
        await pilot.pause()
        assert pilot.app.focused is screen.query_one("#dimension-3"), "the last one rated keeps the focus, not the tabs"
        assert "Behavioral strength  mean 2.0 · 2 of 2 rated" in _text(screen, "#group-0")
        adjustments = _text(screen, "#adjustments")
        assert "Behavioral strength" in adjustments and "Increase story practice time" in adjustments
        assert "foundational" not in adjustments and "mock frequency" not in adjustments
        assert "W2" in _text(screen, "#trend")

        await pilot.press("p")  # week 1: its own deliverables; its assessment is read-only
        await pilot.pause()
        assert all(rating.disabled for rating in screen.query(Rating)) and _ratings(screen) == [None] * 4
        assert "Week 1 is not rated" in _text(screen, "#adjustments")
        await pilot.press("r", "space")  # back to the week: tick its first deliverable
        await pilot.press("n", "n")  # weeks 3-4 are one entry: ticked in week 3, ticked in week 4
        await pilot.pause()
        await pilot.press("space", "n")
        await pilot.pause()
        assert "showing week 4" in _text(screen, "#plan-head")
        assert _ticks(screen) == {"week 3/Two full mocks": True}
        await pilot.app.workers.wait_for_complete()  # each tick and rating is saved by a worker

    log = PracticeLog.open()
    (progress,) = log.plans()
    assert (progress.plan_id, progress.start_date) == ("plan", date(2026, 11, 9))
    assert progress.done == ("week 2/6 polished STAR stories", "week 1/Completed assessment", "week 3/Two full mocks")
    (assessment,) = log.assessments()
    assert assessment.week_start == date(2026, 11, 16) and assessment.plan_id == "plan"
    assert [(r.name, r.rating) for r in assessment.ratings] == [
        ("story_quality", 2),
        ("delivery_confidence", 2),
        ("system_design", 4),
        ("time_management", 3),
    ]

    # A restart opens the followed plan straight away, on today's week, as it was left.
    async with _app().run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PlanScreen) and "showing week 2" in _text(screen, "#plan-head")
        assert _ticks(screen) == {"week 2/6 polished STAR stories": True}
        await pilot.press("r")
        assert _ratings(screen) == [2, 2, 4, 3]
        assert "Increase story practice time" in _text(screen, "#adjustments")
        await pilot.press("5")  # the same week can still be changed: the same record is updated
        await pilot.pause()
        assert "None triggered" in _text(screen, "#adjustments")
        await pilot.app.workers.wait_for_complete()  # saved by a worker
    (changed,) = PracticeLog.open().assessments()
    assert changed.id == assessment.id and changed.ratings[0].rating == 5


async def test_a_new_week_is_rated_on_its_own_and_the_trend_grows():
    clock = FakeClock(NOW)
    async with _app(clock).run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        await pilot.press("r", "2", "2", "2", "2")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()  # the ratings are saved by a worker
    clock.advance(7 * 24 * 3600)  # a week later: week 3
    async with _app(clock).run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        screen = pilot.app.screen
        assert "today is in week 3 of 4 · showing week 3" in _text(screen, "#plan-head")
        await pilot.press("r")
        assert _ratings(screen) == [None] * 4  # a fresh assessment for the new week
        await pilot.press("4", "4", "4", "4")
        await pilot.pause()
        trend = _text(screen, "#trend")
        assert "W2" in trend and "W3" in trend
        assert "Behavioral strength" in trend and "2.0" in trend and "4.0" in trend
        await pilot.press("p")  # last week's ratings are shown, not editable
        await pilot.pause()
        assert _ratings(screen) == [2, 2, 2, 2] and all(r.disabled for r in screen.query(Rating))
        await pilot.app.workers.wait_for_complete()  # week 3's ratings are saved by a worker
    assert [a.week_start for a in PracticeLog.open().assessments()] == [date(2026, 11, 16), date(2026, 11, 23)]


async def test_a_start_date_that_is_not_a_date_is_refused_with_the_reason():
    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-13-01")
        screen = pilot.app.screen
        assert isinstance(screen, FollowPlanScreen)
        assert "2026-13-01 is not a date: type it as YYYY-MM-DD" in _text(screen, "#date-error")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)
    assert PracticeLog.open().plans() == []


async def test_before_the_start_the_first_week_shows_and_nothing_can_be_rated_yet():
    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-23")
        screen = pilot.app.screen
        assert "Starts 23 Nov 2026, in 5 days · showing week 1" in _text(screen, "#plan-head")
        await pilot.press("r")
        assert all(rating.disabled for rating in screen.query(Rating))
        hint = _text(screen, ".hint")
        assert "the plan starts on 23 Nov 2026" in hint and "week 0" not in hint  # was "today is in week 0"


async def test_after_the_end_the_last_week_shows_and_nothing_can_be_rated():
    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-10-01")
        screen = pilot.app.screen
        assert "Started 01 Oct 2026, finished 28 Oct 2026 · showing week 4" in _text(screen, "#plan-head")
        assert _ticks(screen) == {"week 3/Two full mocks": False}
        await pilot.press("r")
        assert all(rating.disabled for rating in screen.query(Rating))
        assert "the plan finished on 28 Oct 2026" in _text(screen, ".hint")  # was "today is in week 7" of 4


async def test_stopping_asks_first_and_keeps_the_weekly_assessments():
    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        await pilot.press("space", "r", "3")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmScreen)
        assert pilot.app.screen.question.endswith(
            "? Its 1 ticked deliverable will be removed; your weekly assessments stay in the log."
        )
        await pilot.click("#no")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PlanScreen)
        await pilot.press("x")
        await pilot.pause()
        await pilot.click("#yes")
        await until(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))  # once the log has it
    log = PracticeLog.open()
    assert log.plans() == [] and len(log.assessments()) == 1


async def test_over_a_seeded_log_changing_plan_asks_and_never_deletes_assessments():
    factories.seed(PracticeLog.open(), 30)  # follows a plan this library does not have
    async with _app().run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        chooser = pilot.app.screen
        assert isinstance(chooser, FollowPlanScreen)
        assert "You follow 'Twelve-week plan', started 01 Jan 2024" in _text(chooser, ".hint")
        await pilot.press("enter", "home", "ctrl+k", *"2026-11-09", "enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await until(pilot, lambda: isinstance(pilot.app.screen, PlanScreen))
        screen = pilot.app.screen
        await pilot.press("r")
        assert "No weekly assessment saved yet" in _text(screen, "#trend")  # the other plan's stay with it
    log = PracticeLog.open()
    assert [p.plan_id for p in log.plans()] == ["plan"]
    assert [a.plan_id for a in log.assessments()] == ["twelve-week-plan"] * 2


async def test_the_plan_is_in_the_palette_and_enter_on_a_plan_in_the_library_opens_it():
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Practice plan" in titles
        index = [item.id for item in app.library.items].index("plan")
        await pilot.press(*["down"] * index, "enter")
        await pilot.pause()
        assert isinstance(app.screen, FollowPlanScreen)
        await pilot.press("tab", "enter")  # today as the start date
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
        assert "today is in week 1 of 4" in _text(app.screen, "#plan-head")
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Prev", "Next", "Today", "Rate week", "Change", "Stop"} <= set(titles)
        footer = lambda: [key.description for key in app.screen.query(FooterKey)]  # noqa: E731
        assert "Rate week" in footer() and "Week" not in footer()
        await pilot.press("r")
        await pilot.pause()
        assert "Week" in footer() and "Rate week" not in footer()  # the key is named for where it goes


async def _tick_on_a_full_disk(monkeypatch, *, unsaved_too: bool) -> tuple[bool, list[str]]:
    """Tick the week's deliverable while the disk is full: whether it shows ticked after,
    and the errors told."""
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        screen = pilot.app.screen
        with _disk_full(monkeypatch, unsaved_too=unsaved_too):
            await pilot.press("space")
            await app.workers.wait_for_complete()
            await pilot.pause()
        return _ticks(screen)["week 2/6 polished STAR stories"], [n.message for n in app._notifications if n.severity == "error"]


async def test_a_tick_the_log_cannot_take_stays_ticked_as_it_is_kept_aside_and_said(monkeypatch):
    ticked, errors = await _tick_on_a_full_disk(monkeypatch, unsaved_too=False)
    assert ticked  # as kept: it goes into the log
    log = PracticeLog.open().path
    assert errors == [
        f"Not in the practice log yet: saving to {log} failed: no space left on device. "
        "It is kept in the log's unsaved folder and goes in once the log can take it."
    ]
    assert PracticeLog.open().plans()[0].done == ("week 2/6 polished STAR stories",)  # brought back as the log opens


async def test_a_tick_neither_the_log_nor_the_unsaved_folder_can_take_is_unticked_again_and_said(monkeypatch):
    ticked, errors = await _tick_on_a_full_disk(monkeypatch, unsaved_too=True)
    assert not ticked
    assert errors == [f"Could not save to {PracticeLog.open().path}: no space left on device."]
    assert PracticeLog.open().plans()[0].done == ()


async def test_a_rating_neither_the_log_nor_the_unsaved_folder_can_take_is_taken_back_and_said(monkeypatch):
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        screen = pilot.app.screen
        await pilot.press("r", "2")
        await app.workers.wait_for_complete()
        with _disk_full(monkeypatch, unsaved_too=True):
            await pilot.press("3")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert _ratings(screen) == [2, None, None, None]  # as the log holds it: not left looking saved
        log = PracticeLog.open().path
        assert [n.message for n in app._notifications if n.severity == "error"] == [
            f"Could not save to {log}: no space left on device."
        ]
    assert [r.rating for r in PracticeLog.open().assessments()[0].ratings] == [2]


async def test_prev_next_and_today_are_greyed_where_they_would_not_move():
    def greyed(app) -> set[str]:
        return {key.description for key in app.screen.query(FooterKey) if key.has_class("-disabled")}

    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-18")  # today is in week 1
        await pilot.pause()
        assert pilot.app.screen.week == 1 and greyed(pilot.app) == {"Prev", "Today"}
        await pilot.press("n")
        await pilot.pause()
        assert pilot.app.screen.week == 2 and greyed(pilot.app) == set()
        await pilot.press("n", "n")  # weeks 3-4 are one entry; week 4 is the last
        await pilot.pause()
        assert pilot.app.screen.week == 4 and greyed(pilot.app) == {"Next"}


async def test_a_failed_rating_goes_back_to_what_the_log_holds_when_it_fails(monkeypatch):
    """Two ratings typed quickly, the second refused: the first, saved in between, stays
    (the screen went back to the log as it was when the second was typed)."""
    release = threading.Event()
    calls: list[object] = []
    save = Practice.save_assessment

    def first_held_then_refused(practice, assessment):
        calls.append(assessment)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        release.wait(10)
        return save(practice, assessment)

    monkeypatch.setattr(Practice, "save_assessment", first_held_then_refused)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        screen = pilot.app.screen
        await pilot.press("r", "2")
        await until(pilot, lambda: calls)
        await pilot.press("3")  # typed while the first is being saved
        release.set()
        await until(pilot, lambda: len(calls) >= 2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _ratings(screen) == [2, None, None, None]
        assert len(calls) == 2  # going back asked for no save of its own
    assert [r.rating for r in PracticeLog.open().assessments()[0].ratings] == [2]


async def test_a_plan_that_starts_at_week_two_is_followed_from_week_two(tmp_path):
    # A file of the weeks of one month ("## Week 2: …", "## Week 3: …"): followed from its
    # week 2, not as three weeks with an empty week 1.
    from systemcraft_tui.content.library import load_library

    (tmp_path / "march.md").write_text(
        "# March Practice Plan\n\n## Week 2: Design Rounds\n- [ ] Two timed designs\n\n## Week 3: Stories\n- [ ] Eight stories\n"
    )
    app = SystemCraftApp(load_library([tmp_path / "march.md"]), clock=FakeClock(NOW))
    async with app.run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-16")
        head = _text(pilot.app.screen, "#plan-head")
        assert "today is in week 2 of 3 · showing week 2" in head
        assert "Week 2: Design Rounds  16 Nov – 22 Nov 2026" in _text(pilot.app.screen)


async def test_the_plan_key_offers_the_highlighted_plan_first_when_none_is_followed(tmp_path):
    other = tmp_path / "second_plan.md"
    other.write_text("# Second Plan\n\n## Week 1: Basics\n- [ ] Read the guide\n\n## Week 2: Practice\n- [ ] One mock\n", encoding="utf-8")
    app = SystemCraftApp(load_library([FIXTURES / "plan.md", other]), clock=FakeClock(NOW))
    async with app.run_test(size=(100, 30)) as pilot:
        index = [item.id for item in app.library.items].index("second-plan")
        await pilot.press(*["down"] * index, "l")
        await until(pilot, lambda: isinstance(app.screen, FollowPlanScreen))
        chooser = app.screen
        assert chooser.plans[chooser.query_one("#plans").highlighted].id == "second-plan"


async def test_the_trend_shows_the_ratings_on_screen_before_the_log_has_saved_them(monkeypatch):
    """Each rating is saved by a worker: the trend, like the group means beside it, shows the
    week as rated on screen, not one rating behind while the save is still to run."""
    release = threading.Event()
    async with _app().run_test(size=(100, 30)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        screen = pilot.app.screen
        save = pilot.app.practice.save_assessment
        monkeypatch.setattr(pilot.app.practice, "save_assessment", lambda assessment: (release.wait(5), save(assessment))[1])
        await pilot.press("r", "2", "2", "4", "3")
        await pilot.pause()
        trend = _text(screen, "#trend")
        release.set()
        await pilot.app.workers.wait_for_complete()
    assert "W2" in trend and "Behavioral strength   2.0" in trend and "Interview readiness   3.0" in trend
