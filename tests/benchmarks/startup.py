"""Startup benchmark: the time to the first frame, as a user sees it, of SystemCraft and of a
bare Textual app, at the bundled library, at a library of 1,000 more files, and over a
practice log of 100,000 sessions; warm and cold.

Run: uv run python tests/benchmarks/startup.py [--rounds N] [--files N] [--sessions N] [--inputs DIR] [--only NAMES]

Each program runs as a user runs it (`systemcraft`, the installed entry point; the others
with `python -c`), in a 100x30 pseudo-terminal like the issue's tmux pane, from an empty
folder, with compiled bytecode. A start is timed from launching the process to the read
of its output after which the screen shows (pty_screen.py keeps the screen's text):
- the bare app: its one Static ("SystemCraft");
- SystemCraft: the whole library, its status line ("48 of 48 items") drawn with the rows;
  `first_paint` is also noted, the first frame with anything on it, and `first_rows`, the
  first with library rows to use on it: during a long read the library screen shows the
  items read so far ("Reading 412 of 1,048 files · 380 items so far"), else it is the
  whole library's frame;
- for scale, two programs of Textual's own widgets and none of SystemCraft's code, a
  Header and Footer alone (`stock_frame`) and those two around a 48-row DataTable
  (`stock_table`), each once its content is drawn.
Every program runs once per round, in turn, so the machine's other load hits them alike;
the figures are medians over the rounds, and each ratio is a median over the bare app's
median in the same run. One start of each warm program before the rounds compiles
bytecode, creates the log and fills the parse cache.

Warm: the parse cache holds every content file (one cache folder for all warm runs, so a
content set that evicted another would show here). Cold: a new, empty cache folder, so
every content file is read anew: the bundled ones from the read the package ships
(content/shipped.py), as on a new install's first start, and the others parsed. The
bundled library is also started cold with the shipped read taken away
(`cold_bundled_parsed`: the app run through `python -c`, the shipped read's file pointed
elsewhere first), so that parsing the bundled files from scratch stays on record. "Cold"
is the app's own cold start, not the machine's: Python's bytecode stays compiled and the
operating system's file cache keeps the content files, which the warm-up and earlier
rounds read (a first start after a reboot also waits for the disk). The 1,000 files and
the log come from inputs.py; --inputs DIR keeps them for the next run (and for
scale.py).

Targets (issue 16), each on the whole library's frame: warm <= 1.6x bare and cold <= 2.5x
at the bundled library; warm <= 2.0x and cold <= 10x at 1,000 files; <= 2.0x over 100,000
sessions (warm). Prints a table (with the app's CPU time by the whole library's frame,
user and system, its parse processes' included, and its own process's apart: on 2 cores a
cold read is bound by the CPU of both), every target met or not, each cold start's first
rows on a line of its own, and one JSON line."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks import inputs
from tests.benchmarks.pty_screen import Screen, Terminal, cpu_split
from tests.benchmarks.targets import Target, machine, median, ratio, report

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("SystemCraft")

Bare().run()
"""

# The library's visible footer keys and its table's shape, in Textual's widgets alone.
STOCK = """
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

Stock().run()
"""
# The app with no shipped read of the bundled library: every bundled file parsed when cold.
PARSING_APP = """
import sys
from pathlib import Path
from systemcraft_tui.content import shipped
shipped.SHIPPED = Path("/nonexistent/shipped_read.json")
from systemcraft_tui.cli import main
sys.argv[0] = "systemcraft"
sys.exit(main())
"""
LIBRARY_SHOWN = re.compile(r"\b\d[\d,]* of [\d,]+ items?\b(?! so far)")  # the status line, drawn with the rows
ROWS_SO_FAR = re.compile(r"\b[1-9][\d,]* items? so far\b")  # the status line while the rest is read


def painted(screen: Screen) -> bool:
    return not screen.blank()


def library_shown(screen: Screen) -> bool:
    return bool(LIBRARY_SHOWN.search(screen.text()))


def rows_shown(screen: Screen) -> bool:
    """Library rows to use: some of them while the library is read, or all of them."""
    text = screen.text()
    return bool(ROWS_SO_FAR.search(text) or LIBRARY_SHOWN.search(text))


@dataclass
class Program:
    name: str
    argv: list[str]
    shown: Callable[[Screen], bool]
    cold: bool = False  # a fresh parse cache for every start
    app: bool = False  # SystemCraft: its first paint and first rows are noted too


def programs(folder: Path, files: Path, log: Path, names: tuple[str, str]) -> list[Program]:
    """The bare app, Textual's stock widgets, and SystemCraft in each situation."""
    entry = Path(sys.executable).with_name("systemcraft")
    app = [str(entry)] if entry.exists() else [sys.executable, "-m", "systemcraft_tui.cli"]
    empty_log = ["--data-dir", str(folder / "data")]
    more = ["--content", str(files)]
    bundled, many = names
    return [
        Program("bare", [sys.executable, "-c", BARE], lambda s: "SystemCraft" in s.text()),
        Program("stock_frame", [sys.executable, "-c", STOCK.format(with_table=False)], lambda s: "Search" in s.text()),
        Program("stock_table", [sys.executable, "-c", STOCK.format(with_table=True)], lambda s: "Scenario 0" in s.text()),
        Program(f"warm_{bundled}", [*app, *empty_log], library_shown, app=True),
        Program(f"cold_{bundled}", [*app, *empty_log], library_shown, cold=True, app=True),
        Program(f"cold_{bundled}_parsed", [sys.executable, "-c", PARSING_APP, *empty_log], library_shown, cold=True, app=True),
        Program(f"warm_{many}", [*app, *empty_log, *more], library_shown, app=True),
        Program(f"cold_{many}", [*app, *empty_log, *more], library_shown, cold=True, app=True),
        Program(f"warm_{log.name}", [*app, "--data-dir", str(log)], library_shown, app=True),
    ]


def chosen(name: str, only: str) -> bool:
    return name == "bare" or not only or any(word and word in name for word in only.split(","))


def start(program: Program, env: dict[str, str], folder: Path) -> dict[str, float]:
    """One start: milliseconds to the program's screen (and, for the app, its first paint and first rows)."""
    if program.cold:
        cache = Path(tempfile.mkdtemp(dir=folder, prefix="cold-cache-"))
        env = env | {"XDG_CACHE_HOME": str(cache)}
    terminal = Terminal(program.argv, env, str(folder))
    try:
        times: dict[str, float] = {}
        if program.app:
            times["first_paint"] = terminal.wait_for(painted) * 1000
            times["first_rows"] = terminal.wait_for(rows_shown) * 1000
        times["shown"] = terminal.wait_for(program.shown) * 1000
        if program.app:  # on 2 cores a cold read is bound by CPU: the wall clock alone hides where it goes
            # its own process's alone, and with its parse processes'
            times["app_cpu_s"], times["cpu_s"] = cpu_split(terminal.pid)
    finally:
        terminal.close()
        if program.cold:
            shutil.rmtree(cache)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="starts of each program (default 5; the issue took 9)")
    parser.add_argument("--files", type=int, default=1000, help="content files added to the library (default 1000)")
    parser.add_argument("--sessions", type=int, default=100_000, help="sessions in the big log (default 100000)")
    parser.add_argument("--inputs", type=Path, help="keep the generated inputs here and reuse them")
    parser.add_argument(
        "--only",
        default="",
        help="run only the programs whose names contain one of these words (comma-separated, e.g. warm); the bare app always runs",
    )
    args = parser.parse_args()
    load_before = machine()["load_1_5_15"]
    with tempfile.TemporaryDirectory(prefix="systemcraft-startup-") as scratch:
        folder = Path(scratch)
        kept = args.inputs or folder / "inputs"
        kept.mkdir(parents=True, exist_ok=True)
        files = inputs.prepared(kept, f"content-{args.files}", inputs.content_files, args.files)
        log = inputs.prepared(kept, f"log-{args.sessions}", inputs.practice_log, args.sessions)
        env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"), XDG_CONFIG_HOME=str(folder / "config"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: compiled once, then reused
        env.pop("SYSTEMCRAFT_DATA_DIR", None)
        names = ("bundled", f"files_{args.files}")
        runs = [p for p in programs(folder, files, log, names) if chosen(p.name, args.only)]
        for program in runs:  # warm-up: bytecode, the empty log's folder, the warm parse cache
            if not program.cold:
                start(program, env, folder)
        times: dict[str, list[dict[str, float]]] = {p.name: [] for p in runs}
        for round_ in range(args.rounds):
            for program in runs:
                times[program.name].append(start(program, env, folder))
            print(
                f"round {round_ + 1}/{args.rounds}: " + ", ".join(f"{n} {t[-1]['shown']:.0f}" for n, t in times.items()),
                flush=True,
            )
    shown = {name: median([t["shown"] for t in runs_]) for name, runs_ in times.items()}
    paint = {name: median([t["first_paint"] for t in runs_]) for name, runs_ in times.items() if "first_paint" in runs_[0]}
    rows = {name: median([t["first_rows"] for t in runs_]) for name, runs_ in times.items() if "first_rows" in runs_[0]}
    cpu = {name: median([t["cpu_s"] for t in runs_], 2) for name, runs_ in times.items() if "cpu_s" in runs_[0]}
    app_cpu = {name: median([t["app_cpu_s"] for t in runs_], 2) for name, runs_ in times.items() if "app_cpu_s" in runs_[0]}
    bare = shown["bare"]
    print(f"\n{'program':<22}{'first paint ms':>15}{'first rows ms':>14}{'shown ms':>10}{'x bare':>8}{'CPU s':>7}{'app s':>7}")
    for name, value in shown.items():
        used = f"{cpu[name]:>7.2f}{app_cpu[name]:>7.2f}" if name in cpu else ""
        frames = f"{paint.get(name, value):>15.0f}{rows.get(name, value):>14.0f}{value:>10.0f}"
        print(f"{name:<22}{frames}{ratio(value, bare):>8.2f}{used}")
    bundled, many = names
    measured = [
        ("warm first frame, bundled library", f"warm_{bundled}", 1.6),
        ("cold first frame, bundled library", f"cold_{bundled}", 2.5),
        (f"warm first frame, {args.files:,} more files", f"warm_{many}", 2.0),
        (f"cold first frame, {args.files:,} more files", f"cold_{many}", 10.0),
        (f"first frame over {args.sessions:,} sessions", f"warm_log-{args.sessions}", 2.0),
    ]
    targets = [Target(title, ratio(shown[name], bare), limit, "x bare") for title, name, limit in measured if name in shown]
    print("\nthe first library rows to use during a cold read (the targets above are the whole library's):")
    for title, name in (("bundled library", f"cold_{bundled}"), (f"{args.files:,} more files", f"cold_{many}")):
        if name in rows:
            print(f"  cold first rows, {title}: {ratio(rows[name], bare):g} x bare ({rows[name]:.0f} ms)")
    figures = {
        "rounds": args.rounds,
        "terminal": "pty 100x30",
        "shown_ms_median": shown,
        "first_paint_ms_median": paint,
        "first_rows_ms_median": rows,
        "cpu_s_median": cpu,  # the app's and its parse processes' user and system time, by the whole library's frame
        "app_cpu_s_median": app_cpu,  # of it, the app's own process's
        "first_rows_ratio_to_bare": {name: ratio(value, bare) for name, value in rows.items()},
        "ratio_to_bare": {name: ratio(value, bare) for name, value in shown.items()},
        "runs_ms": {name: [round(t["shown"], 1) for t in runs_] for name, runs_ in times.items()},
    }
    if (parsed := f"cold_{bundled}_parsed") in shown:  # not what a first start does: no target of its own
        print(f"\ncold first frame, bundled library parsed from scratch (no shipped read): {ratio(shown[parsed], bare):g} x bare")
    report("startup", figures, targets, load_before)


if __name__ == "__main__":
    main()
