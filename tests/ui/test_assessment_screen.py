"""The self-assessment and review fit what was rehearsed: no score before a rating, the
delivery items of the item's kind, and a design's reference design beside the notes."""


from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.widgets.rating import Rating
from systemcraft_tui.ui.widgets.tick import Tick
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES, until
from tests.ui.shown import screen_text, shown


async def _to_assessment(pilot, steps: int, seconds: float = 60) -> AssessmentScreen:
    await pilot.press("enter", "enter")
    await pilot.pause()
    for _ in range(steps):
        pilot.app.clock.advance(seconds)
        await pilot.press("ctrl+n")
        await pilot.pause()
    await pilot.pause()
    assert isinstance(pilot.app.screen, AssessmentScreen)
    return pilot.app.screen


async def test_no_score_is_shown_before_an_item_is_rated():
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _to_assessment(pilot, 6)
        score = shown(screen.query_one("#score"))
        assert "/100" not in score and f"0 of {len(screen.items)} rated" in score
        await pilot.press("4")
        assert f"Score so far {screen.attempt.score}/100" in shown(screen.query_one("#score"))
        for _ in screen.items[1:]:
            await pilot.press("4")
        assert f"Score {screen.attempt.score}/100   all {len(screen.items)} items rated" in shown(screen.query_one("#score"))


async def test_a_design_is_rated_on_design_delivery_and_reviewed_beside_its_reference_design():
    app = SystemCraftApp(load_library([FIXTURES / "system_design.md"]), clock=FakeClock())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _to_assessment(pilot, 6, 5 * 60)
        assert not [item for item in screen.items if "STAR" in item or item == "Quantified impact"]
        assert "Trade-offs named, with what each choice costs" in screen.items
        for _ in screen.items:
            await pilot.press("3")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # the save runs in a worker
        review = screen_text(app.screen)
        narrow = shown(*app.screen.query("Static"), width=78)
        phases = [(s.name, s.reference) for s in app.screen.attempt.steps if s.kind == "phase"]
    assert phases == [
        ("High-Level Architecture", "Scans flow through an ingestion tier into a status store."),
        ("Deep Dive Components", "#### Component 1: Scan Ingestion\n**Responsibility**: Accept scans"),
        ("Data Design", "Parcel status keyed by tracking number."),
        ("Trade-offs and Alternatives", "Push versus pull for status."),
    ]
    assert "Reference design" in review and "Push versus pull for status." in review and "│ —" not in review
    assert "Alternatives" in narrow and "…" not in narrow  # at 80 columns no phase name is cut


async def test_up_and_down_move_between_the_items_to_rate():
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _to_assessment(pilot, 6)
        await pilot.press("down", "down", "3", "up", "up", "up", "5")
        assert [rating.value for rating in screen.query("Rating")][:3] == [5, None, 3]


async def test_a_typed_rating_moves_on_to_the_next_item_unrated_and_shift_tab_goes_back():
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _to_assessment(pilot, 6)
        ratings = list(screen.query(Rating))
        await pilot.press("4", "3")
        assert [r.value for r in ratings[:3]] == [4, 3, None] and app.focused is ratings[2]
        await pilot.press("right", "right")  # the arrows rate in place (3 first), not moving on
        assert ratings[2].value == 4 and app.focused is ratings[2]
        await pilot.press("shift+tab", "up", "5")  # back to the first: on to the next unrated
        assert ratings[0].value == 5 and app.focused is ratings[3]
        for _ in ratings[3:]:
            await pilot.press("2")
        assert all(r.value for r in ratings) and app.focused is screen.query(Tick).first()  # the red flags, then Save


async def test_ratings_typed_faster_than_the_screen_settles_each_rate_their_own_item():
    # Typed quickly in tmux, 18 digits left three of 13 items unrated: the focus moved on
    # only once a message had gone round, and the next digits re-rated the same item.
    from textual import events

    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _to_assessment(pilot, 6)
        ratings = list(screen.query(Rating))
        for digit in "4321":  # queued at once, as a fast typist's keys arrive
            app.post_message(events.Key(digit, digit))
        await until(pilot, lambda: ratings[3].value is not None)
        assert [r.value for r in ratings[:5]] == [4, 3, 2, 1, None] and app.focused is ratings[4]


async def test_a_rating_handled_after_the_save_keeps_no_draft_over_the_saved_session():
    """Each widget has its own message queue: the last typed rating's Changed message may be
    handled after Ctrl+S saved the attempt, and asks for a draft then. The session saved
    stays completed, with its score, and is offered to no one as a draft."""
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _to_assessment(pilot, 6)
        for _ in screen.items:
            await pilot.press("4")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # the save runs in a worker
        screen.keep_draft(screen.attempt)  # what the late message asks, as the screen handles it
        await app.workers.wait_for_complete()
    (session,) = PracticeLog.open().sessions()
    assert session.status == "completed" and session.score == screen.attempt.score
    assert PracticeLog.open().drafts() == []
