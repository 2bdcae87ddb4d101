"""Big inputs for the benchmarks: a library of many content files, one file of many
scenarios, and a practice log of many sessions. Deterministic, so two runs time the same
work. To make one by hand:

    uv run python -m tests.benchmarks.inputs content /tmp/lib-1000 1000
    uv run python -m tests.benchmarks.inputs scenarios /tmp/bank.md 2000
    uv run python -m tests.benchmarks.inputs log /tmp/log-100000 100000
    uv run systemcraft --content /tmp/lib-1000 --data-dir /tmp/log-100000

Content is the bundled library's own files, copied with a tag in each item's title: the
kinds and sizes come in the same mix as `data/` (two thirds behavioral, 7-32 KB), and
every copy's bytes differ, so nothing can be read once and served for its copies.
The log is the store's factories' sessions (about 2 KB of notes each), saved in batches
through the store's own bulk save and spread so that the newest ends the day before."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from systemcraft_tui.locations import bundled_content_dir
from systemcraft_tui.store import PracticeLog
from tests.store import factories

AREAS = ("Payments", "Search", "Logistics", "Ads", "Identity", "Storage", "Messaging", "Maps", "Billing", "Video")
# The parse cache does not keep a file changed within its last two seconds (its mtime
# could still move in the same clock tick): inputs are left that much older before use.
SETTLE_SECONDS = 2.5
LOG_SPAN = timedelta(days=3 * 365)  # a big log's sessions are packed into three years at most
BATCH = 5_000  # sessions per bulk save: bounded memory while writing a big log
# What a question bank keeps of a bundled scenario (besides its heading).
BANK_PARTS = ("The Interview Question", "Complete STAR Response", "Follow-up Questions", "Leadership Principles", "Red Flags")
_SENTENCE = re.compile(r'^(\W*.*?[.?!])(?=["”]?\s)')


def _tag(number: int) -> str:
    return f"{AREAS[number % len(AREAS)]} {number // len(AREAS) + 1}"


def _retitle(text: str, heading: str, tag: str) -> str:
    """The text with its first heading line starting `heading` given the tag in brackets."""
    return re.sub(rf"^({re.escape(heading)}.*)$", rf"\1 ({tag})", text, count=1, flags=re.MULTILINE)


def content_files(folder: Path, count: int) -> int:
    """`count` content files under `folder`, in data/'s kind folders; returns the bytes written."""
    templates = sorted(bundled_content_dir().rglob("*.md"))
    written = 0
    for number in range(count):
        template = templates[number % len(templates)]
        # A behavioral file's item is its '### L6-XXX: ...' scenario; the other kinds' is the file.
        heading = "### " if template.parent.name == "behavioral" else "# "
        data = _retitle(template.read_text(encoding="utf-8"), heading, _tag(number)).encode()
        target = folder / template.parent.name / f"{template.stem}-{number:05d}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += len(data)
    return written


def _first_sentence(line: str) -> str:
    if len(line) < 160 or not (match := _SENTENCE.match(line)):
        return line
    cut = match.group(1)
    return cut + '"' if cut.count('"') % 2 else cut


def _short_scenario(text: str) -> str:
    """A bundled scenario as a question bank holds it: its heading, question, STAR answer,
    probes, principles and red flags, each paragraph cut to its first sentence."""
    heading, *parts = text[text.index("\n### ") + 1 :].split("\n#### ")
    kept = [heading.rstrip() + "\n", *(f"#### {part}" for part in parts if part.startswith(BANK_PARTS))]
    return "\n".join(_first_sentence(line) for line in "\n".join(kept).splitlines())


def scenarios_file(path: Path, count: int) -> int:
    """One file of `count` behavioral scenarios, a question bank: the bundled scenarios
    shortened (about 2 KB each: Template 1's required parts, its answers short), each
    with its own code and tag in its heading. Returns the bytes written."""
    scenarios = [_short_scenario(t.read_text(encoding="utf-8")) for t in sorted((bundled_content_dir() / "behavioral").glob("*.md"))]
    parts = [f"# Question Bank: {count:,} Behavioral Scenarios\n"]
    for n in range(count):
        numbered = re.sub(r"^### ([A-Z0-9]+-[A-Z]+):", rf"### \1-{n + 1}:", scenarios[n % len(scenarios)], count=1)
        parts.append(_retitle(numbered, "### ", _tag(n)) + "\n")
    data = "\n".join(parts).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def practice_log(data_dir: Path, sessions: int) -> None:
    """A log of `sessions` sessions (one in 11 abandoned) ending the day before, plus the
    factories' stories, review cards, assessments and plan. Checked by opening it again."""
    log = PracticeLog.open(data_dir)
    rng = random.Random(7)
    end = datetime.now(UTC) - timedelta(hours=16)
    spacing = min(timedelta(hours=7), LOG_SPAN / max(sessions, 1))
    for first in range(0, sessions, BATCH):
        batch = []
        for number in range(first, min(first + BATCH, sessions)):
            session = factories.session(rng, number, status="abandoned" if number % 11 == 5 else "completed")
            started = end - (sessions - 1 - number) * spacing
            finished = started + (session.finished - session.started) if session.finished else None
            batch.append(dataclasses.replace(session, started=started, finished=finished))
        log.save_all(batch)
    factories.seed(log, 0)  # no more sessions: the stories, cards, assessments and plan
    found = len(PracticeLog.open(data_dir).summaries())  # the first open also builds the summary files
    if found != sessions:
        raise RuntimeError(f"{data_dir}: the log opened with {found} sessions, not {sessions}")


def prepared(root: Path, name: str, make, *args) -> Path:
    """root/name made by make(root/name, *args) unless an earlier run left it complete;
    returns the path once it is old enough for the parse cache."""
    path = root / name
    done = root / f"{name}.done.json"
    if not done.exists():
        started = time.time()
        result = make(path, *args)
        done.write_text(json.dumps({"result": result, "seconds": round(time.time() - started, 1)}))
    age = time.time() - done.stat().st_mtime
    time.sleep(max(0.0, SETTLE_SECONDS - age))
    return path


def made_in(root: Path, name: str) -> dict:
    """What prepared() noted when it made root/name: its result and how long it took."""
    return json.loads((root / f"{name}.done.json").read_text())


if __name__ == "__main__":
    what, where, how_many = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    makers = {"content": content_files, "scenarios": scenarios_file, "log": practice_log}
    print(makers[what](where, how_many))
