"""Startup benchmark: time to the first rendered library screen, headless, against a bare
Textual app showing one Static, both measured the same way in fresh processes.

Run: uv run python tests/benchmarks/startup.py [--runs N]
Prints one JSON object. `startup_ratio` = median app / median bare (target: at most 1.5),
measured with a warm content cache and compiled bytecode (every start after the first);
the first, cold start is reported too."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

APP = """
import asyncio
from systemcraft_tui.ui.app import create_app
from systemcraft_tui.ui.screens.library import LibraryScreen

async def main():
    app = create_app()
    async with app.run_test(size=(100, 30)) as pilot:
        while not (isinstance(app.screen, LibraryScreen) and app.screen.query_one("#items").row_count):
            await pilot.pause()
        await pilot.pause()
        print("ready", flush=True)

asyncio.run(main())
"""

BARE = """
import asyncio
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("SystemCraft")

async def main():
    app = Bare()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print("ready", flush=True)

asyncio.run(main())
"""


def time_start(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    if "ready" not in out.stdout:
        raise RuntimeError(f"the app did not report ready:\n{out.stdout}\n{out.stderr}")
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, SYSTEMCRAFT_DATA_DIR=os.path.join(folder, "data"), XDG_CACHE_HOME=os.path.join(folder, "cache"))
        # As on a user's machine, Python keeps compiled bytecode; some sandboxes switch
        # that off, which would time the compiler instead of the app.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cold = time_start(APP, env)  # compiles, parses the library and fills the content cache
        time_start(BARE, env)
        app_ms, bare_ms = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            app_ms.append(time_start(APP, env))
            bare_ms.append(time_start(BARE, env))
    result = {
        "runs": runs,
        "app_first_render_ms_median": round(statistics.median(app_ms), 1),
        "bare_first_render_ms_median": round(statistics.median(bare_ms), 1),
        "startup_ratio": round(statistics.median(app_ms) / statistics.median(bare_ms), 2),
        "app_cold_start_ms": round(cold, 1),
        "app_ms": [round(x, 1) for x in app_ms],
        "bare_ms": [round(x, 1) for x in bare_ms],
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
