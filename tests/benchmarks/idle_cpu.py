"""Idle CPU benchmark: what a rehearsal costs the machine while its section clock counts
down and nobody types, against a bare Textual app that updates a clock four times a second.

Run: uv run python tests/benchmarks/idle_cpu.py [--rounds N] [--seconds S] [--screen mock]

Both run as a user runs them, in 100x30 pseudo-terminals (pty_screen.py) whose output is
read all along, as a terminal does. SystemCraft starts on the bundled library with an
empty log; the benchmark presses Enter on the first item and Enter on the first way to
rehearse it (the full answer), and waits for the rehearsal screen; with `--screen mock`
it starts `systemcraft mock design` (a fixed seed) and waits for the mock's clocks. The bare app shows a
Static counting down, updated every 0.25 s (the app's clock ticks as often). After 2 s
to settle, both are measured over the same S seconds (default 20): the CPU time of the
process and all its threads, from /proc/PID/stat, as a percentage of one core. A round
starts both afresh (and a new log); the figures are medians over the rounds.

Target (issue 16): the app at most 1.5x the bare clock. Prints both, the target met or
not, and one JSON line."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.benchmarks.pty_screen import Terminal, cpu_seconds
from tests.benchmarks.targets import Target, machine, median, ratio, report

CLOCK = """
import time
from collections.abc import Iterator
from contextlib import contextmanager
from textual.app import App
from textual.widgets import Static

class Clock(App):
    def compose(self):
        yield Static(id="clock")

    def on_mount(self):
        self.end = time.monotonic() + 3600
        self.tick()
        self.set_interval(0.25, self.tick)

    def tick(self):
        left = int(max(0, self.end - time.monotonic()))
        self.query_one("#clock", Static).update(f"Situation {left // 60}:{left % 60:02d}")

Clock().run()
"""
SETTLE_SECONDS = 2.0


def _systemcraft(folder: Path, env: dict[str, str], *arguments: str) -> Terminal:
    entry = Path(sys.executable).with_name("systemcraft")
    app = [str(entry)] if entry.exists() else [sys.executable, "-m", "systemcraft_tui.cli"]
    return Terminal([*app, "--data-dir", str(folder / "data"), *arguments], env, str(folder))


@contextmanager
def _closed_on_failure(terminal: Terminal) -> Iterator[None]:
    """A screen that never came: the program is closed before the error goes up (left
    running, it would load the machine for every later measurement)."""
    try:
        yield
    except BaseException:
        terminal.close()
        raise


def mocking(folder: Path, env: dict[str, str]) -> Terminal:
    """SystemCraft on its mock screen, a design interview's clocks under way."""
    terminal = _systemcraft(folder, env, "mock", "design", "--seed", "1")
    with _closed_on_failure(terminal):
        terminal.wait_for(lambda s: "round" in s.text() and "Leave" in s.text())  # its clocks and its footer
    return terminal


def rehearsing(folder: Path, env: dict[str, str]) -> Terminal:
    """SystemCraft on its rehearsal screen, the first item's full answer under way."""
    terminal = _systemcraft(folder, env)
    with _closed_on_failure(terminal):
        # The library, and the log read after its first frame (the header says so meanwhile).
        terminal.wait_for(lambda s: " items" in s.text() and "Search" in s.text() and "reading the practice log" not in s.text())
        terminal.send(b"\r")  # the highlighted (first) item
        terminal.wait_for(lambda s: "Enter to start" in s.text())
        terminal.send(b"\r")  # its first way to rehearse
        terminal.wait_for(lambda s: "Restart" in s.text())  # the rehearsal's footer (^r Restart)
    return terminal


SCREENS = {"rehearsal": rehearsing, "mock": mocking}


def measure(terminals: dict[str, Terminal], seconds: float) -> dict[str, float]:
    """Percent of one core each program used over the same `seconds`, all read meanwhile."""

    def pump(until: float) -> None:
        while time.perf_counter() < until:
            for terminal in terminals.values():
                terminal.read(0.01)

    pump(time.perf_counter() + SETTLE_SECONDS)
    before = {name: cpu_seconds(t.pid) for name, t in terminals.items()}
    started = time.perf_counter()
    pump(started + seconds)
    elapsed = time.perf_counter() - started
    return {name: 100 * (cpu_seconds(t.pid) - before[name]) / elapsed for name, t in terminals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh starts of both programs (default 3)")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each measurement (default 20)")
    parser.add_argument("--screen", choices=SCREENS, default="rehearsal", help="the clock's screen (default rehearsal)")
    args = parser.parse_args()
    load_before = machine()["load_1_5_15"]
    percents: dict[str, list[float]] = {"app": [], "bare_clock": []}
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="systemcraft-idle-") as scratch:
            folder = Path(scratch)
            env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"), XDG_CONFIG_HOME=str(folder / "config"))
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env.pop("SYSTEMCRAFT_DATA_DIR", None)
            terminals: dict[str, Terminal] = {}
            try:
                terminals["app"] = SCREENS[args.screen](folder, env)
                terminals["bare_clock"] = Terminal([sys.executable, "-c", CLOCK], env, str(folder))
                terminals["bare_clock"].wait_for(lambda s: "Situation" in s.text())
                for name, value in measure(terminals, args.seconds).items():
                    percents[name].append(value)
            finally:
                for terminal in terminals.values():
                    terminal.close()
        print(f"round {round_ + 1}/{args.rounds}: " + ", ".join(f"{n} {v[-1]:.2f} %" for n, v in percents.items()), flush=True)
    app, bare = median(percents["app"], 2), median(percents["bare_clock"], 2)
    print(f"\nCPU while a section clock counts down, % of one core over {args.seconds:g} s: app {app}, bare clock {bare}")
    figures = {
        "screen": args.screen,
        "rounds": args.rounds,
        "seconds": args.seconds,
        "app_cpu_percent_median": app,
        "bare_clock_cpu_percent_median": bare,
        "runs_percent": {name: [round(v, 2) for v in values] for name, values in percents.items()},
    }
    target = Target(f"idle CPU on the {args.screen} screen", ratio(app, bare), 1.5, "x bare clock")
    report("idle_cpu", figures, [target], load_before)


if __name__ == "__main__":
    main()
