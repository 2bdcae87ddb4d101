"""Scale benchmark: whether the app stays fast as the library and the practice log grow.

Run: uv run python tests/benchmarks/scale.py [--parts parse,search,screens,export,saves]
         [--files 1000,5000] [--scenarios 2000] [--sessions 1000,10000,100000]
         [--rounds N] [--export-formats json,csv,markdown] [--inputs DIR]

Every measurement runs in a process of its own (memory is that process's), on inputs from
inputs.py (--inputs DIR keeps them for the next run and for startup.py):
- parse: reading a folder of N content files (the bundled kinds and sizes) into a library
  as the app does, cold (an empty parse cache, which it fills) and warm (from that cache),
  and one file of 2,000 scenarios, cold. Time, and peak memory: the peak resident size
  during the read (its high-water mark reset just before) less the size before it, also
  as a multiple of the bytes read.
- search: the real library screen over the bundled library and 5,000 files (5,048 items,
  warm cache), in a pilot: `/`, then a word typed and erased key by key (each waits for
  the last one's result). From each key to the table showing its result, and 0.3 s of
  quiet after: `search_handler_ms`, the longest the event loop ran one callback of the
  app's (no frame can be drawn meanwhile), Textual's screen refresh apart: the keystroke's
  handler, whether it runs at once or after a debounce, or anything else it set off;
  `search_render_ms`, the longest screen refresh (layout and render of a frame);
  `search_key_to_frame_ms`, from the key to the first frame showing the filtered rows
  drawn after that handler. Each as a median and the longest (`_max`). The app is run as
  `systemcraft` runs it, the garbage collector paused for the start (its full passes over
  a big library were such stalls).
- screens: the app over a log of N sessions, in a pilot: `h`, time to the first frame of
  History with its table filled; Esc; `g`, time to the first frame of Progress with its
  parts composed. First opens in a fresh app; the process's peak memory.
- export: `systemcraft log export --format F` over each log, as a user runs it: time and
  the program's peak resident memory (its own VmHWM, noted as it exits).
- saves: store.py's save timing (100 saves of a new session into each freshly opened log,
  alternating), on copies of the logs.
A bare Textual app's first frame in a pty (as startup.py times it) is taken three times
first, as a measure of how fast the machine was during the run.

Targets (issue 16): memory for content <= 30x the bytes read (at the largest folder and in
the one big file); 2,000 scenarios in one file read in <= 2 s; the search keystroke <= 16 ms
at 5,000 files; History and Progress open in <= 0.5 s at every log size; export peak <=
150 MB at the largest log; save p50 at the largest log <= 2x that at the smallest (flat).
Figures are medians over --rounds (default 1: a default run took seven minutes on a busy
two-core machine, most of it the cold read of 5,000 files; the first run also writes the
inputs, about two minutes more; --parts runs some measurements only). Prints what it measures as it goes,
every target met or not, and one JSON line."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import inputs
from tests.benchmarks.pty_screen import Terminal
from tests.benchmarks.startup import BARE
from tests.benchmarks.targets import Target, machine, median, report

PARTS = ("parse", "search", "screens", "export", "saves")
SEARCH_WORD = "scale"
QUIET_SECONDS = 0.3  # after a keystroke's result shows: long enough for a debounced handler to run
WAIT_SECONDS = 600.0  # for a screen to appear, at most


# --- measurements, each run in a child process (`scale.py --child NAME ARGS`) ----------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))


def child_parse(path: str, cache: str) -> dict:
    """Read `path` into a library with the parse cache in `cache`: time and memory."""
    from systemcraft_tui.content.cache import ParseCache
    from systemcraft_tui.content.library import load_library
    from systemcraft_tui.locations import bundled_content_dir

    load_library([sorted(bundled_content_dir().rglob("*.md"))[0]])  # the parser's imports, outside the figures
    gc.collect()
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # the peak resident size starts again from here
    before = _status_kb("VmRSS")
    started = time.perf_counter()
    library = load_library([Path(path)], ParseCache(Path(cache)))
    seconds = time.perf_counter() - started
    grown = _status_kb("VmHWM") - before
    read = sum(file.stat().st_size for file in library.files)
    return {
        "seconds": round(seconds, 3),  # a small read on a fast machine takes a few milliseconds
        "peak_growth_mb": round(grown / 1024, 1),
        "x_bytes_read": round(grown * 1024 / read, 1),
        "mb_read": round(read / 2**20, 2),
        "files": len(library.files),
        "items": len(library.items),
        "errors": len(library.errors),
        "warnings": len(library.warnings),
    }


class LoopBlocks:
    """While measuring, the longest one event-loop callback ran, no frame being drawn
    meanwhile: Textual's own screen refresh (layout and render, its "screen_update" timer)
    apart from all other work (message handlers, timers, whatever a keystroke set off).
    The task that drives the pilot is left out. A context manager: the loop's callbacks
    are timed only inside it."""

    def __init__(self) -> None:
        self.measuring = False
        self.longest = {"render": 0.0, "work": 0.0}
        self.longest_work_ended = 0.0
        self.driver: asyncio.Task | None = None
        self._run = asyncio.events.Handle._run

    def __enter__(self) -> LoopBlocks:
        run, blocks = self._run, self

        def timed(handle: asyncio.events.Handle) -> None:
            if not blocks.measuring:
                return run(handle)
            started = time.perf_counter()
            try:
                return run(handle)
            finally:
                task = getattr(handle._callback, "__self__", None)
                ended = time.perf_counter()
                if task is not blocks.driver:
                    kind = "render" if isinstance(task, asyncio.Task) and task.get_name() == "screen_update" else "work"
                    if ended - started > blocks.longest[kind]:
                        blocks.longest[kind] = ended - started
                        if kind == "work":
                            blocks.longest_work_ended = ended

        asyncio.events.Handle._run = timed  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.events.Handle._run = self._run  # type: ignore[method-assign]

    def start(self) -> None:
        self.driver = asyncio.current_task()
        self.longest = {"render": 0.0, "work": 0.0}
        self.longest_work_ended = 0.0
        self.measuring = True


class Frames:
    """When the app put out frames in which `shown()` held (Textual's compositor hands
    every frame to App._display, headless or not)."""

    def __init__(self, app) -> None:
        self.shown: Callable[[], bool] = lambda: False
        self.times: list[float] = []
        display = app._display

        def watched(screen, renderable) -> None:
            display(screen, renderable)
            if renderable is not None and self.shown():
                self.times.append(time.perf_counter())

        app._display = watched

    def expect(self, shown: Callable[[], bool]) -> None:
        self.shown, self.times = shown, []

    def after(self, moment: float) -> float | None:
        """The first such frame at or after `moment`."""
        return next((at for at in self.times if at >= moment), None)


async def until(pilot, condition: Callable[[], object]) -> None:
    deadline = time.perf_counter() + WAIT_SECONDS
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not show what was expected")
        await pilot.pause()


def library_ready(app) -> bool:
    from textual.widgets import DataTable

    from systemcraft_tui.ui.screens.library import LibraryScreen

    screen = app.screen  # a library screen still being built has no table yet: not ready
    if not isinstance(screen, LibraryScreen) or screen.files_read is not None:
        return False  # the whole library, not the rows read so far (a long read shows those at once)
    return any(table.row_count for table in screen.query("#items").results(DataTable))


async def _search(content: str) -> dict:
    from systemcraft_tui.core.allocation import pause_for_start
    from systemcraft_tui.practice.library_filter import Filters, filter_items
    from systemcraft_tui.ui.app import create_app
    from systemcraft_tui.ui.widgets.filter_table import title_rank

    pause_for_start()  # as `systemcraft` does: the collector as in the app a user runs
    app = create_app([Path(content)])
    frames = Frames(app)
    figures: dict[str, list[float]] = {"search_handler_ms": [], "search_render_ms": [], "search_key_to_frame_ms": []}
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: library_ready(app))
        table = app.screen.query_one("#items")
        await pilot.press("slash")
        with LoopBlocks() as blocks:
            typed = ""
            for key in [*SEARCH_WORD, *["backspace"] * len(SEARCH_WORD)]:
                typed = typed[:-1] if key == "backspace" else typed + key
                rows = filter_items(app.library.items, Filters(text=typed))
                words = typed.lower().split()  # ranked as the table ranks them: titles holding the search first
                rows.sort(key=lambda item, words=words: title_rank(item.title.lower(), " ".join(words), words) if words else 0)
                expected = (len(rows), rows[0].id, rows[-1].id) if rows else (0, None, None)

                def result_shown(expected: tuple = expected) -> bool:
                    count = table.row_count
                    ends = (table.coordinate_to_cell_key((0, 0)).row_key.value, table.coordinate_to_cell_key((count - 1, 0)).row_key.value)
                    return (count, *ends) == expected if count else expected[0] == 0

                frames.expect(result_shown)
                blocks.start()
                started = time.perf_counter()
                await pilot.press(key)
                await until(pilot, lambda: frames.times)
                await pilot.pause(QUIET_SECONDS)
                blocks.measuring = False
                # The result counts as shown by a frame drawn after the keystroke's longest work
                # (a key that leaves the rows as they were shows them at once, before its work).
                await until(pilot, lambda: frames.after(blocks.longest_work_ended))
                figures["search_handler_ms"].append(blocks.longest["work"] * 1000)
                figures["search_render_ms"].append(blocks.longest["render"] * 1000)
                figures["search_key_to_frame_ms"].append((frames.after(blocks.longest_work_ended) - started) * 1000)
        items = len(app.library.items)
        await app.action_quit()
    return {"items": items, "keys": len(SEARCH_WORD) * 2, **{name: [round(v, 1) for v in values] for name, values in figures.items()}}


def child_search(content: str) -> dict:
    return asyncio.run(_search(content))


async def _screens() -> dict:
    from textual.widgets import DataTable

    from systemcraft_tui.ui.app import create_app
    from systemcraft_tui.ui.screens.history import HistoryScreen
    from systemcraft_tui.ui.screens.progress import ProgressScreen

    app = create_app()
    frames = Frames(app)
    opened: dict[str, float] = {}
    shown = {
        "history": (HistoryScreen, "h", lambda screen: any(t.row_count for t in screen.query("#attempts").results(DataTable))),
        "progress": (ProgressScreen, "g", lambda screen: bool(screen.query("#principles"))),
    }
    async with app.run_test(size=(100, 30)) as pilot:
        # A first open of a log (or of a copy made by an older version) prepares its digest
        # in a worker first: the screens are timed once it is ready.
        await until(pilot, lambda: library_ready(app) and app.opened is not None and app.opened.ready)
        for name, (kind, key, filled) in shown.items():
            frames.expect(lambda kind=kind, filled=filled: isinstance(app.screen, kind) and filled(app.screen))
            started = time.perf_counter()
            await pilot.press(key)
            await until(pilot, lambda: frames.times)
            opened[f"{name}_open_ms"] = round((frames.times[0] - started) * 1000, 1)
            await pilot.press("escape")
            await until(pilot, lambda: library_ready(app))
        sessions = app.practice.history().sessions
        await app.action_quit()
    return {"sessions": sessions, **opened, "peak_mb": round(_status_kb("VmHWM") / 1024, 1)}


def child_screens() -> dict:
    return asyncio.run(_screens())


def child_saves(*folders: str) -> dict:
    from tests.benchmarks.store import save_timings

    return save_timings({int(Path(folder).name.rsplit("-", 1)[1]): Path(folder) for folder in folders})


CHILDREN = {"parse": child_parse, "search": child_search, "screens": child_screens, "saves": child_saves}


# --- the parent: inputs, children, figures ---------------------------------------------------


def child(env: dict[str, str], name: str, *args: object) -> dict:
    """Run a measurement in a process of its own; its last line of output is its JSON."""
    done = subprocess.run([sys.executable, __file__, "--child", name, *map(str, args)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"scale.py --child {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# `systemcraft` run as its entry point runs it, noting its peak resident memory as it exits.
# The kernel's ru_maxrss would not do: a forked child starts from this (big) process's
# memory, and exec keeps that high-water mark; VmHWM belongs to the new program alone.
_EXPORT_NOTING_PEAK = """
import atexit, os, sys
def peak():
    with open("/proc/self/status") as status, open(os.environ["SCALE_PEAK_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(peak)
from systemcraft_tui.cli import main
sys.argv[0] = "systemcraft"
main()
"""


def export(env: dict[str, str], log: Path, fmt: str, out: Path) -> dict:
    """`systemcraft log export --format F` as a user runs it: seconds and peak resident MB."""
    with tempfile.TemporaryFile() as said, tempfile.NamedTemporaryFile() as peak:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _EXPORT_NOTING_PEAK, "log", "export", "--format", fmt, "-o", str(out), "--data-dir", str(log)],
                              env=env | {"SCALE_PEAK_FILE": peak.name}, stdout=said, stderr=said)  # fmt: skip
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            said.seek(0)
            raise RuntimeError(f"log export --format {fmt} over {log} exited with {done.returncode}:\n{said.read().decode()}")
        peak_kb = int(Path(peak.name).read_text())
    return {"seconds": round(seconds, 2), "peak_mb": round(peak_kb / 1024, 1), "output_mb": round(out.stat().st_size / 2**20, 1)}


def bare_first_frame_ms(env: dict[str, str], folder: Path) -> float:
    times = []
    for _ in range(3):
        terminal = Terminal([sys.executable, "-c", BARE], env, str(folder))
        try:
            times.append(terminal.wait_for(lambda s: "SystemCraft" in s.text()) * 1000)
        finally:
            terminal.close()
    return median(times)


def sizes(text: str) -> list[int]:
    return [int(size) for size in text.split(",")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", default=",".join(PARTS), help=f"which measurements (default all: {','.join(PARTS)})")
    parser.add_argument("--files", type=sizes, default=[1000, 5000], help="content folders to read (default 1000,5000); search uses the last")
    parser.add_argument("--scenarios", type=int, default=2000, help="scenarios in the one big file (default 2000)")
    parser.add_argument("--sessions", type=sizes, default=[1000, 10_000, 100_000], help="log sizes (default 1000,10000,100000)")
    parser.add_argument("--rounds", type=int, default=1, help="repetitions of every measurement, interleaved (default 1)")
    parser.add_argument("--export-formats", default="json", help="formats to export (default json)")
    parser.add_argument("--inputs", type=Path, help="keep the generated inputs here and reuse them")
    args = parser.parse_args()
    parts = args.parts.split(",")
    load_before = machine()["load_1_5_15"]
    figures: dict[str, object] = {"rounds": args.rounds}
    targets: list[Target] = []
    with tempfile.TemporaryDirectory(prefix="systemcraft-scale-") as scratch:
        folder = Path(scratch)
        kept = args.inputs or folder / "inputs"
        kept.mkdir(parents=True, exist_ok=True)
        # The parse cache is kept with the inputs: search alone (--parts search) starts warm.
        env = dict(os.environ, XDG_CACHE_HOME=str(kept / "cache"), XDG_CONFIG_HOME=str(folder / "config"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("SYSTEMCRAFT_DATA_DIR", None)
        cache = kept / "cache" / "systemcraft" / "content"  # where the app's parse cache is under that XDG_CACHE_HOME
        figures["bare_first_frame_ms"] = bare_first_frame_ms(env, folder)
        print(f"bare Textual app, first frame: {figures['bare_first_frame_ms']} ms", flush=True)
        libraries = {n: inputs.prepared(kept, f"content-{n}", inputs.content_files, n) for n in args.files} if {"parse", "search"} & set(parts) else {}
        logs = {n: inputs.prepared(kept, f"log-{n}", inputs.practice_log, n) for n in args.sessions} if {"screens", "export", "saves"} & set(parts) else {}
        for n in logs:
            print(f"log of {n:,} sessions: written in {inputs.made_in(kept, f'log-{n}')['seconds']} s", flush=True)

        if "parse" in parts:
            bank = inputs.prepared(kept, f"scenarios-{args.scenarios}.md", inputs.scenarios_file, args.scenarios)
            runs: dict[str, list[dict]] = {}
            for _ in range(args.rounds):
                shutil.rmtree(cache, ignore_errors=True)
                for n, library in libraries.items():
                    runs.setdefault(f"parse_cold_{n}", []).append(child(env, "parse", library, cache))
                    runs.setdefault(f"parse_warm_{n}", []).append(child(env, "parse", library, cache))
                runs.setdefault(f"parse_one_file_{args.scenarios}", []).append(child(env, "parse", bank, folder / "bank-cache"))
                shutil.rmtree(folder / "bank-cache")
            for name, results in runs.items():
                merged = results[0] | {key: median([r[key] for r in results], 2) for key in ("seconds", "peak_growth_mb", "x_bytes_read")}
                figures[name] = merged
                print(f"{name}: {merged}", flush=True)
            largest = max(libraries)
            one = figures[f"parse_one_file_{args.scenarios}"]
            targets += [
                Target(f"memory reading {largest:,} files", figures[f"parse_cold_{largest}"]["x_bytes_read"], 30, "x bytes read"),
                Target(f"memory reading {args.scenarios:,} scenarios in one file", one["x_bytes_read"], 30, "x bytes read"),
                Target(f"{args.scenarios:,} scenarios in one file read", one["seconds"], 2.0, "s"),
            ]

        if "search" in parts:
            largest = max(libraries)
            results = [child(env, "search", libraries[largest]) for _ in range(args.rounds)]
            search = results[0] | {name: [v for r in results for v in r[name]] for name in results[0] if name.startswith("search_")}
            for name in [n for n in search if n.startswith("search_")]:
                search[f"{name}_median"] = median(search[name])
                search[f"{name}_max"] = max(search[name])  # a stall a median would hide
            figures["search"] = search
            print(f"search over {search['items']:,} items: {json.dumps(search)}", flush=True)
            targets.append(Target(f"search keystroke's handler, {search['items']:,} items", search["search_handler_ms_median"], 16, "ms"))

        if "screens" in parts:
            opened: dict[int, list[dict]] = {n: [] for n in logs}
            for _ in range(args.rounds):
                for n, log in logs.items():
                    opened[n].append(child(env | {"SYSTEMCRAFT_DATA_DIR": str(log)}, "screens"))
                    print(f"screens over {n:,} sessions: {opened[n][-1]}", flush=True)
            for n, results in opened.items():
                figures[f"screens_{n}"] = {key: median([r[key] for r in results]) for key in results[0]}
                for screen in ("history", "progress"):
                    targets.append(Target(f"{screen.title()} open, {n:,} sessions", figures[f"screens_{n}"][f"{screen}_open_ms"], 500, "ms"))

        if "export" in parts:
            for fmt in args.export_formats.split(","):
                for n, log in logs.items():
                    results = [export(env, log, fmt, folder / f"export.{fmt}") for _ in range(args.rounds)]
                    figures[f"export_{fmt}_{n}"] = {key: median([r[key] for r in results]) for key in results[0]}
                    print(f"log export --format {fmt} over {n:,} sessions: {figures[f'export_{fmt}_{n}']}", flush=True)
                largest = max(logs)
                targets.append(Target(f"log export --format {fmt} peak, {largest:,} sessions", figures[f"export_{fmt}_{largest}"]["peak_mb"], 150, "MB"))

        if "saves" in parts:
            copies = []
            for n, log in logs.items():  # the inputs stay as they are: saves go to copies
                copies.append(folder / f"saves-{n}")
                shutil.copytree(log, copies[-1])
            results = [child(env, "saves", *copies) for _ in range(args.rounds)]
            saves = {key: median([r[key] for r in results], 2) for key in results[0]}
            figures["saves"] = saves
            print(f"saves: {saves}", flush=True)
            smallest, largest = min(logs), max(logs)
            flat = round(saves[f"save_ms_p50_at_{largest}"] / saves[f"save_ms_p50_at_{smallest}"], 2)
            targets.append(Target(f"save p50 at {largest:,} sessions vs {smallest:,} (flat)", flat, 2.0, "x"))
    report("scale", figures, targets, load_before)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(CHILDREN[sys.argv[2]](*sys.argv[3:])))
    else:
        main()
