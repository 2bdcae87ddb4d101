"""The log written out: JSON with full fidelity (what `import` reads back), CSV with one
row per session, and a Markdown report a person can read."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import itertools
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from systemcraft_tui.core.fields import format_instant
from systemcraft_tui.core.labels import kind_label, mode_label
from systemcraft_tui.core.records import ProbeResult, Record, SectionResult, Session
from systemcraft_tui.core.summaries import answering, heard_figures, heard_totals
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.windows import duration, words
from systemcraft_tui.regular_files import kind_of
from systemcraft_tui.store import schema
from systemcraft_tui.store.durable import atomic_write, stale_temporaries
from systemcraft_tui.store.log import PracticeLog


def export_tables(log: PracticeLog) -> dict[str, Iterable[Record]]:
    """Every record of the log, table by table, in a stable order; the sessions streamed."""
    return {
        "sessions": log.each_session(),
        "stories": log.stories(),
        "review_cards": log.review_cards(),
        "assessments": log.assessments(),
        "plans": log.plans(),
        "mocks": log.mocks(),
    }


def to_json(log: PracticeLog, now: datetime | None = None) -> str:
    return "".join(json_pieces(log, now))


def json_pieces(log: PracticeLog, now: datetime | None = None) -> Iterator[str]:
    """The JSON export a session at a time, the same text as one json.dumps(indent=2) of
    the whole document (a string in JSON never holds a line break, so each record's own
    dump is indented line by line)."""
    head = {
        "format": schema.EXPORT_FORMAT,
        "schema_version": schema.SCHEMA_VERSION,
        "exported": format_instant((now or datetime.now(UTC)).replace(microsecond=0), "exported"),
    }
    tables = export_tables(log)
    yield "{\n" + "".join(f"  {_json(key)}: {_json(value)},\n" for key, value in head.items())
    for number, (table, records) in enumerate(tables.items(), 1):
        yield f"  {_json(table)}: ["
        written = False
        for record in records:
            yield ("," if written else "") + "\n" + "\n".join("    " + line for line in _json(record.to_dict()).split("\n"))
            written = True
        yield ("\n  ]" if written else "]") + ("," if number < len(tables) else "") + "\n"
    yield "}\n"


def _json(value: Any) -> str:
    # ASCII escapes: whatever the user typed (even a lone surrogate) reads back exactly.
    return json.dumps(value, indent=2, ensure_ascii=True)


CSV_COLUMNS = (
    "id", "started", "finished", "status", "kind", "scenario_id", "title", "level", "mode", "score",
    "practice_seconds", "sections", "probes", "ratings", "mean_rating", "red_flags", "checks_passed",
    "principles", "content_hash", "notes", "words_per_minute", "fillers_per_minute", "long_pauses", "transcripts",
)  # fmt: skip


def to_csv(log: PracticeLog) -> str:
    return "".join(csv_pieces(log))


def csv_pieces(log: PracticeLog) -> Iterator[str]:
    """The CSV export a row at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in itertools.chain([CSV_COLUMNS], map(_csv_row, log.each_session())):
        writer.writerow(row)
        yield out.getvalue()
        out.seek(0)
        out.truncate()


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
        *(f"{x:.1f}" if isinstance(x, float) else x for x in (heard_figures(heard_totals(s)) or ("", "", ""))),
        "\n\n".join(f"{part}: {said}" for part, said in _said(s)),
    ]


def _said(s: Session) -> list[tuple[str, str]]:
    """What was heard in each part, for a session heard with voice."""
    names = [x.name for x in s.sections] + [p.question for p in s.probes]
    return [(name, part.transcript) for name, part in zip(names, s.spoken, strict=True) if part is not None]


def _notes(s: Session) -> list[tuple[str, str]]:
    parts = [(x.name, x.notes) for x in s.sections] + [(p.question, p.notes) for p in s.probes]
    return [(name, notes) for name, notes in parts if notes.strip()]


def to_markdown(log: PracticeLog, now: datetime | None = None) -> str:
    return "".join(markdown_pieces(log, now))


def markdown_pieces(log: PracticeLog, now: datetime | None = None) -> Iterator[str]:
    """The Markdown report a session at a time: one pass over the sessions for the totals
    at its head, a second to write them."""
    exported = _instant(now or datetime.now(UTC))
    sessions = done = seconds = 0
    for s in log.each_session():
        sessions, done, seconds = sessions + 1, done + (s.status == SessionStatus.COMPLETED), seconds + answering(s)
    if not sessions:
        yield f"# SystemCraft practice log\n\nExported {exported}. No sessions yet: rehearse a scenario and it will appear here.\n"
        return
    yield (
        f"# SystemCraft practice log\n\nExported {exported}: {sessions} sessions ({done} completed), "
        f"{duration(seconds)} of practice. Newest first.\n"
    )
    for s in log.each_session(newest_first=True):
        yield "\n" + "\n".join(_markdown_session(s))


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
    lines += _markdown_heard(s)
    return lines


def _markdown_heard(s: Session) -> list[str]:
    """The figures and transcripts of a session heard with voice (its audio stays local)."""
    lines = []
    if figures := heard_figures(heard_totals(s)):
        wpm, fillers, pauses = figures
        lines += [f"**Heard with voice:** {wpm:.0f} words a minute, {fillers:.1f} fillers a minute, {pauses} long pauses", ""]
    if s.spoken_checks:
        lines.append("**Checks on what was said:**")
        lines += [
            f"- {'passed' if c.passed else 'flagged'}: {_inline(c.name)}: {_inline(c.explanation)}" for c in s.spoken_checks
        ]
        lines.append("")
    for part, said in _said(s):
        lines += [f"**Said, {_inline(part)}:**", ""] + [f"> {line}".rstrip() for line in said.splitlines()] + [""]
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


# Each writes its format in pieces, so that no export is ever whole in memory.
EXPORTERS: dict[str, Callable[[PracticeLog], Iterator[str]]] = {
    "json": json_pieces,
    "csv": csv_pieces,
    "markdown": markdown_pieces,
}


REPLACES_ONLY_FILES = "an export replaces only a regular file"


def write_export(pieces: Iterable[str], path: Path) -> None:
    """The export file is as private as the log (mode 0600) and never half written. It
    replaces a regular file only: a link, a FIFO or a device keeps its name (OSError).
    A temporary an export of the same file left when killed is removed first."""
    with contextlib.suppress(FileNotFoundError):
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EEXIST, f"it is {kind_of(mode)}; {REPLACES_ONLY_FILES}")
    for stale in stale_temporaries(path):  # an export killed mid-write left it: its writer has ended
        with contextlib.suppress(OSError):
            stale.unlink()
    # JSON is ASCII already; in CSV and Markdown a lone surrogate is written as an escape.
    atomic_write(path, (piece.encode("utf-8", errors="backslashreplace") for piece in pieces))
