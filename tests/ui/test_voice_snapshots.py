"""Pictures of voice on the rehearsal's screens at 80x24: the start dialog's voice line,
the level meter under the clock. Fixture content, a frozen clock, a hand-fed recorder."""

from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock
from tests.ui.apps import steady
from tests.ui.voice_stand_ins import FIXTURE, HandFed, until, voice_on

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _app() -> SystemCraftApp:
    return SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())


def test_start_dialog_without_the_voice_extra(snap_compare, monkeypatch):
    from systemcraft_tui.voice import support

    monkeypatch.setattr(support, "missing_packages", lambda: ["faster-whisper", "sounddevice", "soundfile"])

    async def run_before(pilot):
        await pilot.press("enter", "v")
        await until(pilot, lambda: pilot.app.voice.readiness is not None)

    assert snap_compare(_app(), run_before=run_before, terminal_size=(80, 24))


def test_rehearsal_with_the_level_meter(snap_compare, monkeypatch):
    fed = HandFed(monkeypatch, FIXTURE, {})

    async def run_before(pilot):
        voice_on(pilot.app)
        await pilot.press("enter", "enter")
        screen = pilot.app.screen
        await until(pilot, lambda: screen.voice.capturing)
        fed.source.feed(1.5)
        last = fed.source.audio[fed.source._position - 1600 : fed.source._position]
        rms = float((last**2).mean() ** 0.5)
        await until(pilot, lambda: screen.voice.recorder.level().rms == rms)  # the last block's, not an earlier one
        pilot.app.clock.advance(12)
        screen.refresh_clock()
        screen.query_one("#voice-meter").show_level()
        await steady(pilot)  # last: the notes box blinks again when it gains the focus

    assert snap_compare(_app(), run_before=run_before, terminal_size=(80, 24))


def test_review_with_what_was_said(snap_compare, monkeypatch):
    from tests.ui.shown import shown
    from tests.ui.test_voice_rehearsal import SAID, _heard_rehearsal

    fed = HandFed(monkeypatch, FIXTURE, SAID)

    async def run_before(pilot):
        await _heard_rehearsal(pilot, pilot.app, fed)
        spoken = pilot.app.screen.query_one("#spoken")
        await until(pilot, lambda: "(nothing heard)" in shown(spoken))
        pilot.app.screen.query_one("#spoken-checks").scroll_visible(animate=False, top=True)
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=(80, 24))
