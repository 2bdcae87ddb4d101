"""Pilot tests of the story bank: write, edit, delete and rehearse own stories, over an
empty log and a seeded one, with a frozen clock."""

import dataclasses
import errno
import random
from datetime import timedelta

from textual.widgets import DataTable, Static, TabbedContent

from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.core.records import ScenarioRef, Story
from systemcraft_tui.practice.card_review import review
from systemcraft_tui.practice.principle_probes import PRINCIPLE_PROBES
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from systemcraft_tui.ui.screens.story_edit import StoryEditScreen
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import fixture_app as _app
from tests.ui.apps import opened, until
from tests.ui.assess import assess_and_save
from tests.ui.shown import screen_text
from tests.ui.typing import type_at_once, type_text

NOW = FakeClock().utc_now()


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


def _story(title: str = "Billing migration", *principles: str, **fields) -> Story:
    fields.setdefault("situation", "Billing ran on a 12-year-old system")
    return Story(title, NOW - timedelta(days=30), NOW - timedelta(days=30), principles=principles or ("Ownership", "Dive Deep"), **fields)


def _told(story: Story, days_ago: float):
    """A completed rehearsal of the story, as the app would have logged it."""
    session = factories.session(random.Random(days_ago), 1, notes_chars=40)
    started = NOW - timedelta(days=days_ago)
    return dataclasses.replace(
        session, id=f"told-{days_ago}", scenario=ScenarioRef(story.id, story.title, "story", "L6", "h"), started=started, finished=started + timedelta(minutes=5)
    )


async def _open_bank(pilot) -> StoryBankScreen:
    return await opened(pilot, "s", StoryBankScreen)


async def _open_editor(pilot) -> None:
    """The story bank, then its editor on the highlighted story (`e`)."""
    await _open_bank(pilot)
    await pilot.press("e")
    await pilot.pause()


async def test_an_empty_bank_says_how_to_start_and_every_principle_is_a_gap():
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        assert "No stories yet" in _text(bank, "#preview-text") and "Press a" in _text(bank, "#preview-text")
        assert _text(bank, "#story-status").startswith("0 stories · no story for 16 of 16 principles")
        await pilot.press("c")
        assert bank.query_one(TabbedContent).active == "coverage-tab"
        assert _text(bank, "#coverage").count("gap — no story yet") == 16
        await pilot.press("c", "e")  # nothing to edit
        assert isinstance(app.screen, StoryBankScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, StoryBankScreen)


async def test_the_coverage_names_take_the_width_the_terminal_has_beside_the_stories():
    PracticeLog.open().save_all([_story(f"Story {n}") for n in range(6)])
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        bank = await _open_bank(pilot)
        await pilot.press("c")
        rows = _text(bank, "#coverage").splitlines()[1:17]
        assert [row.split("  ")[0] for row in rows] == list(PRINCIPLES)  # every name whole
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        rows = _text(bank, "#coverage").splitlines()[1:17]
        assert max(map(len, rows)) <= 80 - 4  # within the tab's padding and scrollbar
        assert "Have Backbone; Disagree and Commit" in rows[12] and "Success and Scale Bring Broad…" in rows[15]


async def test_write_a_story_then_edit_it_and_it_is_in_the_log():
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, StoryEditScreen)
        await pilot.press("ctrl+s")  # refused: no title yet
        assert isinstance(app.screen, StoryEditScreen)
        await type_text(pilot, "Billing [bold]migration[/]")
        await pilot.press("tab", "tab", "4", "tab")
        for text in ("Old billing system", "I owned the cut-over", "I split it into five waves", "Zero downtime", "errors 2% to 0.1%"):
            await type_text(pilot, text)
            await pilot.press("tab")
        await pilot.press("down", "space", "up", "space")  # Ownership first, then Customer Obsession
        await pilot.press("ctrl+s")
        table = bank.query_one("#stories", DataTable)
        await until(pilot, lambda: app.screen is bank and table.row_count == 1)  # the save runs in a worker
        assert "Billing [bold]migration[/]" in _text(bank, "#preview-text")  # shown literally
        assert "no story for 14 of 16 principles" in _text(bank, "#story-status")

        (saved,) = PracticeLog.open().stories()
        assert (saved.title, saved.impact, saved.metrics) == ("Billing [bold]migration[/]", 4, "errors 2% to 0.1%")
        assert (saved.situation, saved.result) == ("Old billing system", "Zero downtime")
        assert saved.principles == ("Ownership", "Customer Obsession")
        assert saved.created == saved.updated == NOW

        app.clock.advance(3600)
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        editor.query_one("#title").value = "Billing migration"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is bank)
        await app.workers.wait_for_complete()
    (edited,) = PracticeLog.open().stories()
    assert edited.id == saved.id and edited.title == "Billing migration"
    assert edited.created == NOW and edited.updated == NOW + timedelta(hours=1)


async def test_a_title_typed_just_before_saving_is_saved_whole():
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        await pilot.press("a")
        await pilot.pause()
        type_at_once(app, *"Billing migration", "ctrl+s")
        await pilot.pause()
        assert app.screen is bank
        await app.workers.wait_for_complete()  # the save runs in a worker: in the log before it is read
    (saved,) = PracticeLog.open().stories()
    assert saved.title == "Billing migration"


async def test_typing_in_an_edit_adds_to_the_title_and_the_metrics_rather_than_replacing_them():
    PracticeLog.open().save(_story(metrics="errors 2%"))
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_editor(pilot)
        editor = app.screen
        await type_text(pilot, " v2")  # the title has the focus, its cursor at the end and nothing selected
        for _ in range(7):  # past the level, the impact and the four STAR boxes, to the metrics
            await pilot.press("tab")
        await type_text(pilot, " to 0.1%")
        assert editor.edited().title == "Billing migration v2"
        assert editor.edited().metrics == "errors 2% to 0.1%"


async def test_cancelling_an_edit_asks_only_when_something_changed():
    PracticeLog.open().save(_story())
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")  # nothing changed: straight back
        assert app.screen is bank
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("x", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await pilot.pause()
        assert app.screen is bank
    assert PracticeLog.open().stories()[0].title == "Billing migration"


async def test_deleting_asks_first_and_removes_the_story_and_its_card():
    story = _story()
    log = PracticeLog.open()
    log.save_all([story, _story("Hiring loop", "Hire and Develop the Best"), review(None, "story", story.id, 80, NOW)])
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        assert [s.title for s in bank.stories] == ["Billing migration", "Hiring loop"]
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#no")
        await pilot.pause()
        assert len(PracticeLog.open().stories()) == 2
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#yes")
        await until(pilot, lambda: [s.title for s in bank.stories] == ["Hiring loop"])  # the delete runs in a worker
        assert app.screen is bank and [s.title for s in bank.stories] == ["Hiring loop"]
    log = PracticeLog.open()
    assert [s.title for s in log.stories()] == ["Hiring loop"]
    assert log.review_cards() == []


async def test_a_delete_the_full_disk_refuses_names_the_log_folder_in_the_disk_s_words(monkeypatch):
    from systemcraft_tui.store import storage

    def full_disk(root, files, description):
        raise OSError(errno.ENOSPC, "No space left on device")

    PracticeLog.open().save(_story())
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        monkeypatch.setattr(storage, "write_together", full_disk)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#yes")
        await until(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        (told,) = [n.message for n in app._notifications if n.severity == "error"]
        assert told == f"Could not change {PracticeLog.open().path}: no space left on device."
        assert [s.title for s in bank.stories] == ["Billing migration"]


async def test_an_edit_neither_the_log_nor_the_unsaved_folder_can_take_comes_back_in_the_editor(monkeypatch):
    from systemcraft_tui.store import storage, unsaved

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    PracticeLog.open().save(_story())
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_editor(pilot)
        editor = app.screen
        monkeypatch.setattr(storage, "write_together", full_disk)
        monkeypatch.setattr(unsaved, "atomic_write", full_disk)
        await pilot.press("end", *" v2", "ctrl+s")
        await until(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        await pilot.pause()
        again = app.screen
        assert isinstance(again, StoryEditScreen) and again is not editor
        assert again.query_one("#title").value == "Billing migration v2"
        (told,) = [n.message for n in app._notifications if n.severity == "error"]
        assert told == f"Could not save to {PracticeLog.open().path}: no space left on device."
        await pilot.press("escape")  # the edit is still unsaved: asked before it is discarded
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
    assert [s.title for s in PracticeLog.open().stories()] == ["Billing migration"]


async def test_a_story_told_three_times_in_fourteen_days_is_flagged():
    heavy, light = _story("Billing migration"), _story("Hiring loop", "Hire and Develop the Best")
    PracticeLog.open().save_all([heavy, light, _told(heavy, 1), _told(heavy, 6), _told(heavy, 13), _told(light, 2), _told(light, 20)])
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        table = bank.query_one("#stories", DataTable)
        assert [str(table.get_cell_at((row, 4))) for row in range(2)] == ["3 !", "1"]
        assert "Rehearsed 3 times in the last 14 days" in _text(bank, "#preview-text")
        assert "1 overused (3+ in 14 days)" in _text(bank, "#story-status")
        await pilot.press("down")
        assert "Rehearsed" not in _text(bank, "#preview-text")


async def test_rehearse_a_story_on_the_clock_to_a_saved_session_and_card():
    clock = FakeClock()
    story = _story("Billing migration", "Ownership", level="L7", task="I owned it", action="Five waves", result="No downtime")
    PracticeLog.open().save(story)
    app = _app(clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        await pilot.press("r", "enter")  # rehearse, full answer
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert "Billing migration" in _text(screen, "#question") and "Ownership" in _text(screen, "#question")
        steps = [s.step for s in screen.rehearsal.states]
        assert [(s.name, s.min_seconds, s.max_seconds) for s in steps[:4]] == [
            ("Situation", 30, 45), ("Task", 20, 30), ("Action", 120, 150), ("Result", 35, 45),
        ]  # fmt: skip
        # The principle's own probes, not another scenario's, and the screen says so.
        assert [s.prompt for s in steps[4:]] == [q for q, _ in PRINCIPLE_PROBES["Ownership"]]
        for index, seconds in enumerate((40, 25, 130, 40, 60, 60, 60)):
            if index == 4:
                prompt = _text(screen, "#prompt")
                assert "Principle-level probe on Ownership" in prompt and PRINCIPLE_PROBES["Ownership"][0][0] in prompt
            await pilot.press(*"notes")
            clock.advance(seconds)
            await pilot.press("ctrl+n")
        await pilot.pause()
        score = await assess_and_save(pilot, 4)
        assert app.screen is bank
        assert str(bank.query_one("#stories", DataTable).get_cell_at((0, 4))) == "1"
    log = PracticeLog.open()
    (session,) = log.sessions()
    assert (session.status, session.scenario.kind, session.scenario.id) == ("completed", "story", story.id)
    assert session.principles == ("Ownership",) and session.score == score
    assert [s.name for s in session.sections] == ["Situation", "Task", "Action", "Result"]
    (card,) = log.review_cards()
    assert (card.subject, card.subject_id, card.last_review) == ("story", story.id, session.finished)
    assert card == review(None, "story", story.id, score, session.finished)


async def test_a_story_rehearsal_left_as_a_draft_resumes_from_the_story_bank():
    story = _story("Billing migration", "Ownership")
    draft = dataclasses.replace(_told(story, 0.01), status="draft", finished=None, ratings={}, score=None, checks=[], red_flags=())
    PracticeLog.open().save_all([story, draft])
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "Billing migration" in str(app.screen.question)
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        assert "Billing migration" in _text(app.screen, "#question")
        assert app.screen.rehearsal.states[0].notes == draft.sections[0].notes


async def test_ctrl_q_in_the_editor_asks_before_discarding_the_changes_as_esc_does():
    PracticeLog.open().save(_story())
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_editor(pilot)
        editor = app.screen
        assert isinstance(editor, StoryEditScreen)
        await pilot.press("ctrl+q")  # nothing changed: quits at once
        await pilot.pause()
        assert app.return_code == 0
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_editor(pilot)
        editor = app.screen
        await pilot.press("end", *" v2", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.return_code is None
        assert "Discard your changes to this story?" in str(app.screen.query_one(Static).content)
        await pilot.press("ctrl+q")  # asked once: the question waits
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and len(app.screen_stack) == 4
        await pilot.press("enter")  # the default keeps editing
        await pilot.pause()
        assert app.screen is editor and editor.query_one("#title").value == "Billing migration v2"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("left", "enter")  # Quit
        await pilot.pause()
        assert app.return_code == 0


async def test_a_paste_with_cr_line_ends_keeps_its_lines_in_a_star_box_and_in_the_rehearsal_notes():
    from textual import events
    from textual.widgets import TextArea

    PracticeLog.open().save(_story())
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_editor(pilot)
        box = app.screen.query_one("#action", TextArea)
        box.focus()
        box.load_text("")
        app.post_message(events.Paste("Cut the scope\rShipped in 6 weeks\r\nKept \x1b[31m red"))
        await pilot.pause()
        assert box.text == "Cut the scope\nShipped in 6 weeks\nKept ␛[31m red"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")  # rehearse it
        await pilot.pause()
        while not isinstance(app.screen, RehearsalScreen):
            await pilot.press("enter")
            await pilot.pause()
        app.post_message(events.Paste("one\rtwo"))
        await pilot.pause()
        assert app.screen.rehearsal.current.notes == "one\ntwo"


async def test_the_preview_counts_the_calendar_days_to_the_date_the_due_column_shows(utc):
    story = _story()
    due = NOW + timedelta(hours=47.9)  # 09:00 on the 2nd: due 08:54 on the 4th, under two days on
    card = dataclasses.replace(review(None, "story", story.id, 80, NOW), due=due)
    PracticeLog.open().save_all([story, card])
    async with _app().run_test(size=(140, 30)) as pilot:
        bank = await _open_bank(pilot)
        assert str(bank.query_one(DataTable).get_row(story.id)[-1]) == f"{due:%d %b}"  # the Due column
        assert f"Next review in 2 days ({due:%d %b})." in screen_text(bank)


async def test_on_the_coverage_tab_the_keys_for_the_hidden_highlighted_story_do_nothing():
    """x, e and r act on the story highlighted on the Stories tab: from the Coverage tab that
    story is out of sight, so they are greyed and do nothing; back on Stories they work."""
    PracticeLog.open().save_all([_story()])
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        bank = await _open_bank(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert bank.query_one(TabbedContent).active == "coverage-tab"
        await pilot.press("x", "e", "r")
        await pilot.pause()
        assert app.screen is bank
        await pilot.press("c", "x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
