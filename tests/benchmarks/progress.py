"""Progress screen benchmark: its first render over a log of 10,000 sessions, headless.

Run: uv run python tests/benchmarks/progress.py [--runs N] [--sessions N]
Seeds a temporary log with the factories' realistic history, opens the app on the bundled
library with the clock set just after the last session, then times, several times, from
pushing the progress screen to both of its charts being rendered with data (every
figure on it is computed in between). Prints one JSON object; `progress_ms_at_10000` is
the median of the runs (target: under 300 ms), `runs_ms` every run. Charts are imported
here to time their rendering, so plotext's import (once per app run, on the first
opening) is not in the figures."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from datetime import timedelta

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import create_app
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.widgets.charts import WeekChart
from tests.clock import FakeClock
from tests.store import factories

rendered: dict[int, float] = {}  # id of a chart -> when it was first rendered
_render = WeekChart.render


def _timed_render(chart: WeekChart):
    rendered.setdefault(id(chart), time.perf_counter())
    return _render(chart)


WeekChart.render = _timed_render  # type: ignore[method-assign]


async def measure(runs: int) -> list[float]:
    log = PracticeLog.open()
    now = log.summaries()[0].started + timedelta(hours=12)
    app = create_app(clock=FakeClock(now))
    times: list[float] = []
    async with app.run_test(size=(100, 40)) as pilot:
        while not isinstance(app.screen, LibraryScreen):
            await pilot.pause()
        for _ in range(runs):
            rendered.clear()
            started = time.perf_counter()
            app.action_progress()
            while len(rendered) < 2:
                await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ProgressScreen) and screen.query("#principles")
            times.append((max(rendered.values()) - started) * 1000)
            await app.pop_screen()
            await pilot.pause()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SYSTEMCRAFT_DATA_DIR"] = os.path.join(folder, "data")
        os.environ["XDG_CONFIG_HOME"] = os.path.join(folder, "config")  # no user content joins the library
        factories.seed(PracticeLog.open(), args.sessions)
        times = asyncio.run(measure(args.runs))
    print(
        json.dumps(
            {
                "sessions": args.sessions,
                "runs": args.runs,
                f"progress_ms_at_{args.sessions}": round(statistics.median(times), 1),
                "runs_ms": [round(t, 1) for t in times],
                "target_ms": 300,
            }
        )
    )


if __name__ == "__main__":
    main()
