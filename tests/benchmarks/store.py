"""Practice-log benchmark: how a save and `systemcraft stats` cost as the history grows.

    uv run python tests/benchmarks/store.py

Prints one JSON object. Sessions carry about 2 KB of notes each (tests/store/factories.py).
Each log is seeded by a separate process, so peak_rss_mb is the memory of a process that
opens the 10,000-session log, saves into it and runs stats, not of the seeding.

- save_ms_p50_at_N: median wall time of PracticeLog.save() of a new completed session into
  a log already holding N sessions (opened fresh, as the app does), over SAVES saves,
  alternating between the two logs so that other load on the machine hits both alike.
- draft_save_ms_p50_at_N: the same for re-saving a running rehearsal's draft.
- stats_ms_at_10000: median of `systemcraft stats` run in this process (open the log,
  compute, render the tables), each run right after one more session was saved, so
  the newest session file is always re-read as in real use.
- stats_ms_at_10000_cold_cache: the same with the summary files deleted first.
Targets (issue 3): save at 10,000 within 2x of save at 100 and under 30 ms; stats at
10,000 under 300 ms."""

from __future__ import annotations

import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from systemcraft_tui.cli import main as cli  # noqa: E402
from systemcraft_tui.store import PracticeLog  # noqa: E402
from tests.store import factories  # noqa: E402

SAVES = 100
STATS_RUNS = 9


def seed(data_dir: Path, count: int) -> None:
    log = PracticeLog.open(data_dir)
    log.save_all(factories.history(count))


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def save_timings(data_dirs: dict[int, Path]) -> dict[str, float]:
    """Median ms of a new session's save and of a draft's re-save into each freshly opened
    log. Saves alternate between the logs, so a busy machine slows both alike."""
    logs = {count: PracticeLog.open(path) for count, path in data_dirs.items()}
    rng = random.Random(1)
    drafts = {count: factories.session(rng, 90_000 + count, status="draft") for count in logs}
    timings: dict[str, list[float]] = {}
    for n in range(SAVES):
        for count, log in logs.items():
            session = factories.session(rng, 100_000 + count + n)
            start = time.perf_counter()
            log.save(session)
            timings.setdefault(f"save_ms_p50_at_{count}", []).append(_ms(start))
            draft = drafts[count]
            sections = [replace(draft.sections[0], actual_seconds=n + 0.5), *draft.sections[1:]]
            drafts[count] = draft = replace(draft, sections=sections)
            start = time.perf_counter()
            log.save(draft)
            timings.setdefault(f"draft_save_ms_p50_at_{count}", []).append(_ms(start))
    return {name: round(statistics.median(values), 2) for name, values in sorted(timings.items())}


def stats_timing(data_dir: Path, offset: int, *, cold: bool) -> float:
    log = PracticeLog.open(data_dir)
    runner = CliRunner()
    timings = []
    for n in range(STATS_RUNS):
        log.save(factories.session(random.Random(n), offset + n))
        if cold:
            shutil.rmtree(log.folder.summaries, ignore_errors=True)
        start = time.perf_counter()
        result = runner.invoke(cli, ["stats", "--data-dir", str(data_dir)])
        timings.append(_ms(start))
        assert result.exit_code == 0 and "Practice time" in result.output, result.output
    return statistics.median(timings)


def stats_process_ms(data_dir: Path) -> float:
    """`systemcraft stats` as a user runs it: interpreter start-up and imports included."""
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "systemcraft_tui.cli", "stats", "--data-dir", str(data_dir)],
                       check=True, capture_output=True, cwd=ROOT)  # fmt: skip
        timings.append(_ms(start))
    return statistics.median(timings)


def main() -> None:
    if sys.argv[1:2] == ["--seed"]:
        seed(Path(sys.argv[2]), int(sys.argv[3]))
        return
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="systemcraft-bench-") as scratch:
        data_dirs = {count: Path(scratch) / f"log-{count}" for count in (100, 10_000)}
        for count, data_dir in data_dirs.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--seed", str(data_dir), str(count)], check=True)
            figures[f"seed_s_at_{count}"] = round(_ms(start) / 1000, 1)
            start = time.perf_counter()
            PracticeLog.open(data_dir)  # the first open builds the summary files
            figures[f"first_open_ms_at_{count}"] = round(_ms(start), 1)
        figures |= save_timings(data_dirs)
        big = data_dirs[10_000]
        figures["stats_ms_at_10000"] = round(stats_timing(big, 200_000, cold=False), 1)
        figures["stats_ms_at_10000_cold_cache"] = round(stats_timing(big, 300_000, cold=True), 1)
        figures["stats_process_ms_at_10000"] = round(stats_process_ms(big), 1)
        figures["log_mb_at_10000"] = round(sum(p.stat().st_size for p in (big / "practice-log").iterdir()) / 1e6, 1)
    figures["save_ratio_10000_to_100"] = round(figures["save_ms_p50_at_10000"] / figures["save_ms_p50_at_100"], 2)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
