"""The log written out: JSON with full fidelity (what `import` reads back), CSV with one
row per session, and a Markdown report a person can read."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import stat
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from systemcraft_tui.core.fields import format_instant
from systemcraft_tui.core.labels import kind_label, mode_label
from systemcraft_tui.core.records import ProbeResult, Record, SectionResult, Session
from systemcraft_tui.core.summaries import answering
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.windows import duration, words
from systemcraft_tui.regular_files import kind_of
from systemcraft_tui.store import schema
from systemcraft_tui.store.durable import atomic_write
from systemcraft_tui.store.log import PracticeLog

EXPORT_FORMAT = "systemcraft-log"


def export_tables(log: PracticeLog) -> dict[str, Sequence[Record]]:
    """Every record of the log, table by table, in a stable order."""
    return {
        "sessions": log.sessions(),
        "stories": log.stories(),
        "review_cards": log.review_cards(),
        "assessments": log.assessments(),
        "plans": log.plans(),
        "mocks": log.mocks(),
    }


def to_json(log: PracticeLog, now: datetime | None = None) -> str:
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "schema_version": schema.SCHEMA_VERSION,
        "exported": format_instant((now or datetime.now(UTC)).replace(microsecond=0), "exported"),
    }
    document |= {table: [r.to_dict() for r in records] for table, records in export_tables(log).items()}
    # ASCII escapes: whatever the user typed (even a lone surrogate) reads back exactly.
    return json.dumps(document, indent=2, ensure_ascii=True) + "\n"


CSV_COLUMNS = (
    "id", "started", "finished", "status", "kind", "scenario_id", "title", "level", "mode", "score",
    "practice_seconds", "sections", "probes", "ratings", "mean_rating", "red_flags", "checks_passed",
    "principles", "content_hash", "notes",
)  # fmt: skip


def to_csv(log: PracticeLog) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for s in log.sessions():
        writer.writerow(_csv_row(s))
    return out.getvalue()


def _csv_row(s: Session) -> list[Any]:
    ratings = list(s.ratings.values())
    return [
        s.id,
        format_instant(s.started, "started"),
        format_instant(s.finished, "finished") if s.finished else "",
        s.status,
        s.scenario.kind,
        s.scenario.id,
        s.scenario.title,
        s.scenario.level or "",
        s.mode,
        "" if s.score is None else s.score,
        round(s.practice_seconds, 1),
        "; ".join(f"{x.name} {x.actual_seconds:g}s of {x.planned_min_seconds}-{x.planned_max_seconds}s" for x in s.sections),
        len(s.probes),
        "; ".join(f"{item}={value}" for item, value in s.ratings.items()),
        f"{sum(ratings) / len(ratings):.2f}" if ratings else "",
        "; ".join(s.red_flags),
        f"{sum(c.passed for c in s.checks)}/{len(s.checks)}" if s.checks else "",
        "; ".join(s.principles),
        s.scenario.content_hash,
        "\n\n".join(f"{part}: {notes}" for part, notes in _notes(s)),
    ]


def _notes(s: Session) -> list[tuple[str, str]]:
    parts = [(x.name, x.notes) for x in s.sections] + [(p.question, p.notes) for p in s.probes]
    return [(name, notes) for name, notes in parts if notes.strip()]


def to_markdown(log: PracticeLog, now: datetime | None = None) -> str:
    sessions = log.sessions()[::-1]
    lines = ["# SystemCraft practice log", ""]
    exported = _instant(now or datetime.now(UTC))
    if not sessions:
        lines += [f"Exported {exported}. No sessions yet: rehearse a scenario and it will appear here.", ""]
        return "\n".join(lines)
    done = sum(s.status == SessionStatus.COMPLETED for s in sessions)
    lines += [
        f"Exported {exported}: {len(sessions)} sessions ({done} completed), "
        f"{duration(sum(answering(s) for s in sessions))} of practice. Newest first.",
        "",
    ]
    for s in sessions:
        lines += _markdown_session(s)
    return "\n".join(lines)


def _markdown_session(s: Session) -> list[str]:
    facts = [kind_label(s.scenario.kind), s.scenario.level or "no level", mode_label(s.mode), s.status]
    if s.score is not None:
        facts.append(f"score {s.score}/100")
    facts.append(duration(answering(s)))
    lines = [f"## {_instant(s.started)} · {_inline(s.scenario.title)}", "", " · ".join(_inline(f) for f in facts), ""]
    lines += _timing_table("Section", [(x.name, x) for x in s.sections])
    lines += _timing_table("Follow-up", [(p.question, p) for p in s.probes])
    if s.ratings:
        lines += ["**Ratings:** " + " · ".join(f"{_inline(item)} {value}/5" for item, value in s.ratings.items()), ""]
    if s.red_flags:
        lines += ["**Red flags ticked:** " + "; ".join(_inline(flag) for flag in s.red_flags), ""]
    if s.checks:
        lines.append("**Checks:**")
        lines += [f"- {'passed' if c.passed else 'flagged'}: {_inline(c.name)}: {_inline(c.explanation)}" for c in s.checks]
        lines.append("")
    if s.principles:
        lines += ["**Principles:** " + ", ".join(_inline(p) for p in s.principles), ""]
    for part, notes in _notes(s):
        lines += [f"**Notes, {_inline(part)}:**", ""] + [f"> {line}".rstrip() for line in notes.splitlines()] + [""]
    return lines


def _timing_table(heading: str, parts: list[tuple[str, SectionResult | ProbeResult]]) -> list[str]:
    if not parts:
        return []
    lines = [f"| {heading} | Planned | Actual |", "|---|---|---|"]
    for name, part in parts:
        planned = words(part.planned_min_seconds, part.planned_max_seconds)
        lines.append(f"| {_cell(name)} | {planned} | {duration(part.actual_seconds)} |")
    return [*lines, ""]


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _inline(text: str) -> str:
    """User text on one line, so it cannot start a heading or a list of its own."""
    return " ".join(text.split())


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")


EXPORTERS: dict[str, Callable[[PracticeLog], str]] = {"json": to_json, "csv": to_csv, "markdown": to_markdown}


REPLACES_ONLY_FILES = "an export replaces only a regular file"


def write_export(text: str, path: Path) -> None:
    """The export file is as private as the log (mode 0600) and never half written. It
    replaces a regular file only: a link, a FIFO or a device keeps its name (OSError)."""
    with contextlib.suppress(FileNotFoundError):
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EEXIST, f"it is {kind_of(mode)}; {REPLACES_ONLY_FILES}")
    # JSON is ASCII already; in CSV and Markdown a lone surrogate is written as an escape.
    atomic_write(path, text.encode("utf-8", errors="backslashreplace"))
