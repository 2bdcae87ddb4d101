"""CPU instructions to the first frame, counted by valgrind's callgrind: a measure the
machine's load does not move, for the warm start at the bundled library and the bare app.

Run: uv run python tests/benchmarks/instructions.py [--rounds N]

Each program runs as startup.py runs it, in a 100x30 pseudo-terminal from an empty folder
(SystemCraft through its command, over an empty log, with a warm parse cache), under
callgrind, and ends the moment it writes the frame startup.py waits for (the library with
its status line; the bare app's text): the count stops there, not at a quit after it.
One start of each before, without valgrind, compiles bytecode and fills the parse cache.
Prints each program's instructions (the median over the rounds), the ratio to the bare
app, and one JSON line."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from tests.benchmarks import pty_screen
from tests.benchmarks.pty_screen import Terminal
from tests.benchmarks.startup import BARE
from tests.benchmarks.targets import median

# Runs the program with Textual's output file wrapped: the write that draws `mark` ends
# the process at once. SystemCraft puts its own copy of the terminal in sys.__stderr__ as
# the app starts (stray_output.kept_aside), so that copy is wrapped too.
UNTIL_FRAME = """
import contextlib, os, sys

mark, program = sys.argv[1], sys.argv[2]


class Output:
    def __init__(self, real):
        self.real = real

    def write(self, text):
        written = self.real.write(text)
        if mark in text:
            self.real.flush()
            os._exit(0)
        return written

    def __getattr__(self, name):
        return getattr(self.real, name)


sys.__stderr__ = Output(sys.__stderr__)
sys.argv = ["systemcraft", *sys.argv[3:]]
if program == "bare":
    exec(BARE)
else:
    from systemcraft_tui import stray_output

    kept_aside = stray_output.kept_aside

    @contextlib.contextmanager
    def wrapped(log):
        with kept_aside(log):
            sys.__stderr__ = Output(sys.__stderr__)
            yield

    stray_output.kept_aside = wrapped
    from systemcraft_tui.cli import main

    sys.exit(main())
"""


def until_frame(folder: Path) -> Path:
    """The script that runs a program until its frame (UNTIL_FRAME), written in `folder`."""
    script = folder / "until_frame.py"
    script.write_text(f"BARE = {BARE!r}\n{UNTIL_FRAME}")
    return script


def count(argv: list[str], env: dict[str, str], folder: Path) -> int:
    """Instructions of one start to its first frame (after a start without valgrind)."""
    warm = Terminal(argv, env, str(folder))
    warm.pump(60)
    warm.close()
    out = folder / "callgrind.out"
    terminal = Terminal(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv], env, str(folder))
    terminal.pump(600)
    terminal.close()
    for line in out.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            out.unlink()
            return int(line.split()[1])
    raise RuntimeError(f"{argv}: no count; its last output:\n{bytes(terminal.output[-2000:]).decode(errors='replace')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=1, help="starts of each program under callgrind (default 1)")
    args = parser.parse_args()
    pty_screen.WAIT_SECONDS = 600.0  # valgrind runs a program some 50 times slower
    with tempfile.TemporaryDirectory(prefix="systemcraft-instructions-") as scratch:
        folder = Path(scratch)
        script = until_frame(folder)
        env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"), XDG_CONFIG_HOME=str(folder / "config"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: compiled once, then reused
        env.pop("SYSTEMCRAFT_DATA_DIR", None)
        programs = {
            "bare": [sys.executable, str(script), "SystemCraft", "bare"],
            "warm_bundled": [sys.executable, str(script), "items", "app", "--data-dir", str(folder / "data")],
        }
        counts = {name: median([count(argv, env, folder) for _ in range(args.rounds)]) for name, argv in programs.items()}
    bare = counts["bare"]
    for name, value in counts.items():
        print(f"{name:<14}{value / 1e9:>8.3f} G{value / bare:>7.2f} x bare")
    print(json.dumps({"benchmark": "instructions", "rounds": args.rounds, "instructions_median": counts}))


if __name__ == "__main__":
    main()
