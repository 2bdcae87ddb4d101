"""CPU instructions to read one content file, counted by valgrind's callgrind: a measure the
machine's load does not move, for changes to the reader too small to see in wall time
(the one file of 2,000 scenarios that scale.py times, say).

Run: uv run python tests/benchmarks/parse_instructions.py FILE [FILE ...]

Each file is parsed once in one process (the second core, content/two_cores.py, is left
out: its copy would be counted apart), after the parser's imports; only the parse is
counted (callgrind collects inside itertools.starmap, which runs nothing else here).
Prints each file's instructions and one JSON line. Needs valgrind."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Runs in the child: imports first, then the parse alone inside starmap.
PARSE_ONCE = """
import itertools, sys
from pathlib import Path
import systemcraft_tui.content.two_cores as two_cores
two_cores.FORK_FROM = float("inf")
from systemcraft_tui.content.parser import parse_bytes
path = Path(sys.argv[1])
data = path.read_bytes()
list(itertools.starmap(parse_bytes, [(data, path)]))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(path: Path) -> int:
    """Instructions callgrind counts in one parse of `path`."""
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=starmap_next",
            f"--callgrind-out-file={os.devnull}",
            sys.executable,
            "-c",
            PARSE_ONCE,
            str(path),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        check=True,
    )
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count for {path}:\n{run.stderr[-2000:]}")
    return int(found[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="content files to parse")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    counts = {}
    for path in args.files:
        counts[str(path)] = instructions(path)
        print(f"{path}: {counts[str(path)]:,} instructions")
    print(json.dumps({"benchmark": "parse_instructions", "instructions": counts}))


if __name__ == "__main__":
    main()
