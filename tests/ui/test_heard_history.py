"""A session heard with voice, looking back: the history's preview, the whole attempt with
its transcripts and its audio (played when there is an output device, deleted on request),
the progress screen's delivery trend, and the exports."""

from __future__ import annotations

import csv
import io
import random
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.practice.progress import delivery_trend
from systemcraft_tui.service import hearing
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store.export import to_csv, to_markdown
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.attempt import AttemptScreen
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.voice.recordings import new_part, session_folder
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import opened, until
from tests.ui.shown import screen_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _heard(number: int, words: int, seconds: float, fillers: int):
    session = factories.heard(factories.session(random.Random(number), number))
    for part in session.spoken:
        part.words, part.seconds, part.fillers = words, seconds, ("um",) * fillers
    return session


@pytest.fixture
def heard_log(private_data_dir):
    log = PracticeLog.open(private_data_dir)
    older, newer = _heard(2, 50, 30.0, 3), _heard(4, 70, 30.0, 1)  # 100 then 140 wpm; 6 then 2 fillers a minute
    for session in (older, newer, factories.session(random.Random(5), 5)):  # the last one never heard
        log.save(session)
    folder = session_folder(newer.id)
    folder.mkdir(parents=True)
    for step in (0, 1):
        new_part(folder, step).write_bytes(b"OggS" + bytes(500))
    return log, older, newer


def _app(heard_log) -> SystemCraftApp:
    newest = max(s.started for s in heard_log[0].sessions())
    return SystemCraftApp(load_library([FIXTURES]), clock=FakeClock(newest + timedelta(days=1)))


def test_the_trend_is_over_the_sessions_heard_oldest_first(heard_log):
    log, older, newer = heard_log
    points = delivery_trend(log.summaries())
    assert [p.started for p in points] == [older.started, newer.started]
    assert [round(p.words_per_minute) for p in points] == [100, 140]
    assert [round(p.fillers_per_minute, 1) for p in points] == [6.0, 2.0]
    assert summarize(factories.session(random.Random(5), 5)).heard is None


async def test_progress_shows_pace_and_fillers_moving(heard_log):
    app = _app(heard_log)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        assert isinstance(app.screen, ProgressScreen)
        shown = screen_text(app.screen, "#delivery")
        assert "How you sounded (answers heard with voice)" in shown
        assert "Pace 100 → 140 wpm (band 130–160) · fillers 6.0 → 2.0 a minute" in shown
        assert "100 wpm, slow" in shown and "140 wpm, in band" in shown


async def test_history_shows_what_was_said_and_deletes_the_audio_only(heard_log, private_data_dir):
    _, _, newer = heard_log
    app = _app(heard_log)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        while app.screen.highlighted().id != newer.id:
            await pilot.press("down")
        assert "Heard with voice: 140 wpm, 2.0 fillers a minute, 6 long pauses" in screen_text(
            app.screen, "#preview-text"
        )
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, AttemptScreen)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(screen)
        assert "We traced the errors, um, to one retry loop and cut them by 40%." in text
        assert "Answer checks on what you said" in text and "The Result as you said it carries numbers." in text
        assert "Audio of 2 step(s), 1 kB, in " in text and "p plays a step, x stops, d deletes the audio" in text
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        # The delete's worker starts another that reads the folder again: wait for what it shows.
        await until(pilot, lambda: "No audio kept for this attempt." in screen_text(screen, "#audio"))
        assert not session_folder(newer.id).exists()
        assert "No audio kept for this attempt." in screen_text(screen, "#audio")
    again = PracticeLog.open(private_data_dir).session(newer.id)
    assert again.sections[0].spoken.transcript.startswith("We traced the errors")  # the log keeps the words


def test_playing_says_why_not_when_there_is_no_output_device(monkeypatch, tmp_path):
    class NoDevice(Exception):
        pass

    played = []

    def query_devices(kind=None):
        if devices is None:
            raise NoDevice("Error querying device -1")
        return devices

    stand_in = SimpleNamespace(
        PortAudioError=NoDevice, query_devices=query_devices, play=lambda samples, rate: played.append((len(samples), rate))
    )
    from systemcraft_tui.voice import support

    monkeypatch.setattr(support, "sounddevice_module", lambda: stand_in)
    pytest.importorskip("soundfile")
    import numpy as np
    import soundfile

    path = tmp_path / "step-00.ogg"
    soundfile.write(path, np.zeros(16000, dtype="float32"), 16000, format="OGG", subtype="OPUS")
    devices = None
    assert hearing.play([path]) == f"No audio output device found: the recording stays in {tmp_path}"
    devices = {"name": "Speakers"}
    assert hearing.play([path]) == "" and played == [(16000, 16000)]


def test_exports_carry_the_figures_and_transcripts(heard_log):
    log, _, newer = heard_log
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(to_csv(log)))}
    assert (rows[newer.id]["words_per_minute"], rows[newer.id]["fillers_per_minute"]) == ("140.0", "2.0")
    assert rows[newer.id]["transcripts"].startswith(f"{newer.sections[0].name}: We traced the errors")
    never = next(r for r in rows.values() if r["id"] not in (newer.id, heard_log[1].id))
    assert never["words_per_minute"] == never["transcripts"] == ""
    markdown = to_markdown(log)
    assert "**Heard with voice:** 140 words a minute, 2.0 fillers a minute, 6 long pauses" in markdown
    assert f"**Said, {newer.sections[0].name}:**" in markdown and "> We traced the errors, um, to one retry loop" in markdown
