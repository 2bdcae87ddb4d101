"""Voice benchmark: how long the speech model takes to load, how fast it transcribes (the
real-time factor), and the lag between the end of a section and its transcript and
delivery figures being ready, over the committed speech fixtures.

Run: uv sync --extra voice --extra voice-model
     uv run python tests/benchmarks/voice.py [--runs N] [--model DIR]
Joins the model from the pinned packages into a temporary folder (unless --model names a
model folder). Each section is recorded through the file-fed recorder, then the clock
starts when the section ends: finishing its file, transcribing it, analysing it. Prints
one JSON object with medians in seconds; CPU-heavy, so the machine's load is printed too."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from systemcraft_tui.practice.delivery import analyse
from systemcraft_tui.voice import model as models
from systemcraft_tui.voice.recorder import FileSource, Recorder
from systemcraft_tui.voice.transcriber import LOAD, Transcriber, load_whisper
from tests.voice.conftest import speech_fixtures


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def section_lag(transcriber: Transcriber, fixture: Path, folder: Path) -> tuple[float, float, float]:
    """(lag, transcription seconds, audio seconds) for one section recorded from `fixture`."""
    source = FileSource(fixture, realtime=False)
    recorder = Recorder(source, folder)
    recorder.open()
    recorder.start_step(0)
    source.feed(source.seconds)
    started = time.perf_counter()  # the section's clock stops here
    audio = recorder.finish_step().result()
    transcribing, transcript = timed(lambda: transcriber.transcribe(audio.parts))
    analyse(transcript)
    lag = time.perf_counter() - started
    recorder.close()
    return lag, transcribing, audio.seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", type=Path, help="a CTranslate2 Whisper model folder (default: join the pinned packages)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        chosen = models.from_folder(args.model) if args.model else models.from_packages(Path(tmp, "whisper-base"))
        checks = [timed(lambda: models.verify(chosen))[0] for _ in range(args.runs)]
        loads = [timed(lambda: load_whisper(chosen.path))[0] for _ in range(args.runs)]
        transcriber = Transcriber(chosen=chosen)
        transcriber.load()
        transcriber.transcribe(speech_fixtures()[0:1])  # the first call also starts the VAD model
        lags, factors, per_fixture = [], [], {}
        for run in range(args.runs):
            for fixture in speech_fixtures():
                lag, transcribing, seconds = section_lag(transcriber, fixture, Path(tmp, f"run-{run}", fixture.stem))
                lags.append(lag)
                factors.append(transcribing / seconds)
                per_fixture.setdefault(fixture.stem, {"audio_s": round(seconds, 1), "lag_s": []})["lag_s"].append(lag)
    for figures in per_fixture.values():
        figures["lag_s"] = round(statistics.median(figures["lag_s"]), 2)
    print(
        json.dumps(
            {
                "cores": os.cpu_count(),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "settings": LOAD,
                "runs": args.runs,
                "model_sha256_check_s": round(statistics.median(checks), 2),
                "model_load_s": round(statistics.median(loads), 2),
                "real_time_factor": round(statistics.median(factors), 3),
                "lag_after_section_s": round(statistics.median(lags), 2),
                "lag_after_section_max_s": round(max(lags), 2),
                "sections": per_fixture,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
