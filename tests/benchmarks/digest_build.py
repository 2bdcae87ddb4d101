"""Digest benchmark: building the practice log's digest the first time over a big log, and
what a copy of the log (new inodes, the same bytes) costs when it is opened.

Run: uv run python tests/benchmarks/digest_build.py [--sessions N] [--inputs DIR]

The log comes from inputs.py (--inputs DIR keeps it, as for scale.py) and is copied to a
scratch folder, so the inputs are never changed:
- first build: the copy without its digest (its summary files kept, as after an upgrade
  to a new digest format), opened without reading the session files, then `prepare()`,
  the call the app makes in a worker: wall and CPU seconds;
- copy: that log, digest included, copied again and prepared: what remains to do is
  hashing the files, whose bytes are those the digest took in.
Prints both and one JSON line."""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from systemcraft_tui.store import PracticeLog
from tests.benchmarks import inputs
from tests.benchmarks.targets import machine, report


def prepared_seconds(data_dir: Path) -> dict[str, float]:
    started, cpu = time.perf_counter(), time.process_time()
    log = PracticeLog.open(data_dir, prepare=False)
    opened = time.perf_counter() - started
    log.prepare()
    return {
        "open_s": round(opened, 3),
        "prepare_s": round(time.perf_counter() - started - opened, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
        "sessions": log.look(lambda digest: digest.count()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=100_000, help="sessions in the log (default 100000)")
    parser.add_argument("--inputs", type=Path, help="keep the generated inputs here and reuse them")
    args = parser.parse_args()
    load_before = machine()["load_1_5_15"]
    with tempfile.TemporaryDirectory(prefix="systemcraft-digest-") as scratch:
        folder = Path(scratch)
        kept = args.inputs or folder / "inputs"
        kept.mkdir(parents=True, exist_ok=True)
        log = inputs.prepared(kept, f"log-{args.sessions}", inputs.practice_log, args.sessions)
        first = folder / "first"
        shutil.copytree(log, first, ignore=shutil.ignore_patterns("digest"))
        figures: dict[str, object] = {"first_build": prepared_seconds(first)}
        print(f"first build over {args.sessions:,} sessions: {figures['first_build']}", flush=True)
        copy = folder / "copy"
        shutil.copytree(first, copy)
        figures["copy"] = prepared_seconds(copy)
        print(f"a copy of it: {figures['copy']}", flush=True)
    report("digest_build", figures, [], load_before)


if __name__ == "__main__":
    main()
