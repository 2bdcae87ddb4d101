"""Meaning-preserving rewrites of a Markdown file, and what must read the same after one.

Each transformation is small and named: it takes a file's text and returns the text a
careful person reads exactly as before (same stories, problems, plans, parts, timings),
or the text unchanged when it does not apply. Lines inside fenced code blocks and the
front matter are never touched. `read_signature` reads a text through the app's parser
and keeps only what must not change; `compare` says how two signatures differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from systemcraft_tui.content.model import BehavioralScenario, PracticePlan, SystemDesignProblem
from systemcraft_tui.content.parser import parse_text
from tests.content.real_shapes import norm

Transform = Callable[[str], str]

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})(\s+)(\S.*?)\s*$")
_PARTS = ("Situation", "Task", "Action", "Result")
_PART = "|".join(_PARTS)


def _prose_lines(text: str) -> Iterator[int]:
    """Indexes of the lines outside front matter and fenced code."""
    lines = text.split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), None)
        if end is not None:
            start = end + 1
    fence: str | None = None
    for n in range(start, len(lines)):
        if match := _FENCE.match(lines[n]):
            if fence is None:
                fence = match.group(1)
            elif match.group(1) == fence:
                fence = None
            continue
        if fence is None:
            yield n


def _per_line(rewrite: Callable[[str], str | None]) -> Transform:
    """A transformation that rewrites prose lines one at a time (None: line unchanged)."""

    def apply(text: str) -> str:
        lines = text.split("\n")
        for n in _prose_lines(text):
            new = rewrite(lines[n])
            if new is not None:
                lines[n] = new
        return "\n".join(lines)

    return apply


# --- headings ---------------------------------------------------------------------------


def _headings(text: str) -> list[int]:
    lines = text.split("\n")
    return [n for n in _prose_lines(text) if _HEADING.match(lines[n])]


def headings_deeper(text: str) -> str:
    """Every heading one level deeper (none already at level 6)."""
    lines = text.split("\n")
    found = _headings(text)
    if any(lines[n].startswith("######") for n in found):
        return text
    for n in found:
        lines[n] = "#" + lines[n]
    return "\n".join(lines)


def headings_shallower(text: str) -> str:
    """Every heading one level shallower, when none is at level 1."""
    lines = text.split("\n")
    found = _headings(text)
    if not found or any(not lines[n].startswith("##") for n in found):
        return text
    for n in found:
        lines[n] = lines[n][1:]
    return "\n".join(lines)


def _heading_text(rewrite: Callable[[str], str]) -> Transform:
    def line(source: str) -> str | None:
        match = _HEADING.match(source)
        if not match:
            return None
        return f"{match.group(1)}{match.group(2)}{rewrite(match.group(3))}"

    return _per_line(line)


_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _lower_word(match: re.Match[str]) -> str:
    word = match.group(0)
    # Acronyms and codes (STAR, API, L6) are written in capitals on purpose.
    return word if word.isupper() and len(word) > 1 else word.lower()


def _title_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if word.isupper() else word[0].upper() + word[1:]


headings_lower_case = _heading_text(lambda title: _WORD.sub(_lower_word, title))
headings_title_case = _heading_text(lambda title: _WORD.sub(_title_word, title))
headings_emoji = _heading_text(lambda title: f"📌 {title}")


# --- STAR parts -------------------------------------------------------------------------

# A bold STAR label leading a line: "**Situation:** text" or "**Situation**: text".
_BOLD_PART = re.compile(rf"^\*\*({_PART})(?:\s*:\s*\*\*|\*\*\s*:)\s+(\S.*)$", re.IGNORECASE)


def _bold_part_to(carrier: Callable[[str, str], str]) -> Transform:
    return _per_line(lambda line: carrier(m.group(1), m.group(2)) if (m := _BOLD_PART.match(line)) else None)


star_bold_to_list_item = _bold_part_to(lambda name, body: f"- **{name}:** {body}")
star_bold_to_plain_label = _bold_part_to(lambda name, body: f"{name}: {body}")
star_bold_to_dash = _bold_part_to(lambda name, body: f"{name} — {body}")
star_bold_to_own_line = _bold_part_to(lambda name, body: f"**{name}**\n\n{body}")

_SYNONYMS = {"situation": "Context", "task": "Objective", "action": "Approach", "result": "Outcome"}
# A STAR part named alone, as a heading or a bold label: "### Situation (30 seconds)", "**Task:** text".
_NAMED_PART = re.compile(rf"^(#{{1,6}}\s+|\*\*|- \*\*)({_PART})\b(?=\s*(?:\(|:|\*\*|$))", re.IGNORECASE)


def _synonym(line: str) -> str | None:
    match = _NAMED_PART.match(line)
    if not match:
        return None
    word = _SYNONYMS[match.group(2).lower()]
    return line[: match.start(2)] + word + line[match.end(2) :]


star_synonyms = _per_line(_synonym)


# --- questions --------------------------------------------------------------------------

_BOLD_QUESTION = re.compile(r"^\*\*Question(?:\s*:\s*\*\*|\*\*\s*:)\s+(\S.*)$")
question_as_prompt = _per_line(lambda line: f"**Prompt:** {m.group(1)}" if (m := _BOLD_QUESTION.match(line)) else None)
question_as_q = _per_line(lambda line: f"Q: {m.group(1)}" if (m := _BOLD_QUESTION.match(line)) else None)


# --- timings and steps ------------------------------------------------------------------

_MINUTES = re.compile(r"\s*\((\d+)(?:\s*[-–]\s*(\d+))?\s*(?:min|mins|minutes)\)\s*$")


def _timing_in_heading(form: Callable[[str, str | None], str]) -> Transform:
    def line(source: str) -> str | None:
        if not _HEADING.match(source) or not (m := _MINUTES.search(source)):
            return None
        return source[: m.start()] + form(m.group(1), m.group(2))

    return _per_line(line)


timing_dash_minutes = _timing_in_heading(lambda low, high: f" — {low}-{high} minutes" if high else f" — {low} minutes")
timing_brackets = _timing_in_heading(lambda low, high: f" [{low}-{high}m]" if high else f" [{low}m]")
timing_approx_mins = _timing_in_heading(lambda low, high: f" (~{low}-{high} mins)" if high else f" (~{low} mins)")

_NUMBERED_HEADING = re.compile(r"^(#{1,6}\s+)(\d+)\.\s+(\S.*)$")
steps_as_step_n = _per_line(
    lambda line: f"{m.group(1)}Step {m.group(2)}: {m.group(3)}" if (m := _NUMBERED_HEADING.match(line)) else None
)
steps_as_paren = _per_line(
    lambda line: f"{m.group(1)}{m.group(2)}) {m.group(3)}" if (m := _NUMBERED_HEADING.match(line)) else None
)


# --- plans ------------------------------------------------------------------------------

_WEEK_HEADING = re.compile(r"^(#{1,6})\s+(Weeks?\s+\d+.*)$")


def weeks_as_bold_lines(text: str) -> str:
    """Week headings written as bold lines (`## Week 1: Basics` -> `**Week 1: Basics**`),
    when no week holds a heading of its own: the lines under each stay its lines."""
    lines = text.split("\n")
    found = _headings(text)
    weeks = [n for n in found if _WEEK_HEADING.match(lines[n])]
    for n in weeks:
        after = next((m for m in found if m > n), None)
        if after is not None and len(_HEADING.match(lines[after]).group(1)) > len(_WEEK_HEADING.match(lines[n]).group(1)):
            return text
    for n in weeks:
        lines[n] = f"**{_WEEK_HEADING.match(lines[n]).group(2)}**"
    return "\n".join(lines)


TRANSFORMS: dict[str, Transform] = {
    "headings_deeper": headings_deeper,
    "headings_shallower": headings_shallower,
    "headings_lower_case": headings_lower_case,
    "headings_title_case": headings_title_case,
    "headings_emoji": headings_emoji,
    "star_bold_to_list_item": star_bold_to_list_item,
    "star_bold_to_plain_label": star_bold_to_plain_label,
    "star_bold_to_dash": star_bold_to_dash,
    "star_bold_to_own_line": star_bold_to_own_line,
    "star_synonyms": star_synonyms,
    "question_as_prompt": question_as_prompt,
    "question_as_q": question_as_q,
    "timing_dash_minutes": timing_dash_minutes,
    "timing_brackets": timing_brackets,
    "timing_approx_mins": timing_approx_mins,
    "steps_as_step_n": steps_as_step_n,
    "steps_as_paren": steps_as_paren,
    "weeks_as_bold_lines": weeks_as_bold_lines,
}


# --- what must read the same ------------------------------------------------------------

_LEADING_NUMBER = re.compile(r"^(?:(?:story|step|scenario)\s+)?\d+\s+")
_TRAILING_TIMING = re.compile(r"(?:\s+\d+)?\s+\d+\s*(?:m|mins?|minutes)$")


def _title(title: str) -> str:
    """A title as compared: normalised (case, emoji, punctuation), without a leading number
    or a trailing timing (a timing's rewrite is no new title)."""
    return _TRAILING_TIMING.sub("", _LEADING_NUMBER.sub("", norm(title)))


@dataclass(frozen=True)
class ItemRead:
    kind: str
    title: str
    levels: tuple[str, ...]
    star: tuple[tuple[str, Any], ...]  # part name, stated (min, max) seconds or None
    principles: tuple[str, ...]
    probes: int
    phases: tuple[Any, ...]  # stated (min, max) minutes or None, one per phase
    weeks: tuple[tuple[int, int, str], ...]


def read_signature(text: str, path: Path) -> tuple[ItemRead, ...]:
    """What the app reads from `text` (as the file at `path`) that no rewrite may change."""
    return tuple(_item_read(item) for item in parse_text(text, path).items)


def _item_read(item: Any) -> ItemRead:
    star: tuple[tuple[str, Any], ...] = ()
    principles: tuple[str, ...] = ()
    probes = 0
    phases: tuple[Any, ...] = ()
    weeks: tuple[tuple[int, int, str], ...] = ()
    if isinstance(item, BehavioralScenario):
        star = tuple((s.name.lower(), (s.min_seconds, s.max_seconds) if s.timing == "file" else None) for s in item.star)
        principles = tuple(sorted(item.canonical_principles))
        probes = len(item.probes)
    elif isinstance(item, SystemDesignProblem):
        phases = tuple((p.min_minutes, p.max_minutes) if p.timing == "file" else None for p in item.phases)
        probes = len(item.follow_ups)
    elif isinstance(item, PracticePlan):
        weeks = tuple((w.first, w.last, norm(w.goals)) for w in item.weeks)
    return ItemRead(item.kind, _title(item.title), tuple(item.levels), star, principles, probes, phases, weeks)


def compare(before: tuple[ItemRead, ...], after: tuple[ItemRead, ...]) -> str | None:
    """None when both read the same; else the first difference, in words."""
    if len(before) != len(after):
        return f"{len(before)} items read before, {len(after)} after"
    for old, new in zip(before, after, strict=True):
        for name in ItemRead.__dataclass_fields__:
            if getattr(old, name) != getattr(new, name):
                return f"{old.title!r}: {name} {getattr(old, name)!r} -> {getattr(new, name)!r}"
    return None
