"""Startup benchmark: time to the first rendered library screen, headless, against a bare
Textual app showing one Static, both measured the same way in fresh processes.

Run: uv run python tests/benchmarks/startup.py [--runs N]
Prints one JSON object. `startup_ratio` = median app / median bare (target: at most 1.5),
measured with a warm content cache and compiled bytecode (every start after the first);
the first, cold start is reported too.

A start is timed from launching the process to the line the program prints once its first
screen is rendered and settled (`pilot.pause()`), so interpreter shutdown is not counted.

For scale, two more programs are timed the same way, built from Textual's own widgets with
none of SystemCraft's code: a Header and a Footer alone (`stock_frame_ratio`), and those
two around a DataTable holding the library's 48 rows (`stock_table_ratio`). They show how
much of the ratio the stock widgets of a table screen take by themselves.
"""

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

# The library's visible footer keys and its table's shape, in Textual's widgets alone.
STOCK = """
import asyncio
from textual.app import App
from textual.widgets import DataTable, Footer, Header

WITH_TABLE = {with_table}

class Stock(App):
    BINDINGS = [(key, "bell", label) for key, label in
                [("slash", "Search"), ("g", "Progress"), ("h", "History"), ("l", "Plan"), ("n", "Practice next"), ("s", "Stories")]]

    def compose(self):
        yield Header()
        if WITH_TABLE:
            yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self):
        if WITH_TABLE:
            table = self.query_one(DataTable)
            table.add_columns("Kind", "Level", "Last", "Score", "Title")
            for row in range(48):
                table.add_row("Behavioral", "L6", "–", "–", f"Scenario {{row}}")
            table.focus()

async def main():
    app = Stock()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print("ready", flush=True)

asyncio.run(main())
"""
PROGRAMS = {
    "app": APP,
    "bare": BARE,
    "stock_frame": STOCK.format(with_table=False),
    "stock_table": STOCK.format(with_table=True),
}


def time_start(code: str, env: dict[str, str], folder: str) -> float:
    """Milliseconds from launch to the program's "ready" line."""
    started = time.perf_counter()
    # Run from an empty folder, so the package is imported as installed, not from the cwd.
    process = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    out, err = process.communicate()
    if process.returncode != 0 or line.strip() != "ready":
        raise RuntimeError(f"the program did not report ready:\n{line}{out}\n{err}")
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
        cold = time_start(APP, env, folder)  # compiles, parses the library and fills the content cache
        for code in PROGRAMS.values():
            time_start(code, env, folder)
        times: dict[str, list[float]] = {name: [] for name in PROGRAMS}
        for _ in range(runs):  # interleaved, so machine noise hits every program alike
            for name, code in PROGRAMS.items():
                times[name].append(time_start(code, env, folder))
    median = {name: statistics.median(values) for name, values in times.items()}
    result = {
        "runs": runs,
        "app_first_render_ms_median": round(median["app"], 1),
        "bare_first_render_ms_median": round(median["bare"], 1),
        "startup_ratio": round(median["app"] / median["bare"], 2),
        "stock_frame_ratio": round(median["stock_frame"] / median["bare"], 2),
        "stock_table_ratio": round(median["stock_table"] / median["bare"], 2),
        "app_cold_start_ms": round(cold, 1),
        **{f"{name}_ms": [round(x, 1) for x in values] for name, values in times.items()},
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
