"""What the app reads from a folder of Markdown files, compared field by field with what
a careful person reads there.

Each judged file `NAME.md` has `NAME.expected.json` beside it (the format is described in
tests/fixtures/real_shapes/README.md). Any folder works: the fixture corpus, or real files
a reviewer brings with expected files of their own. `compare_folder` reads every judged
file with the app's reader in one library (so id collisions between items drop nothing
unseen), matches read items to expected items by normalised title, and counts each field.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from systemcraft_tui.content.library import Library, load_library
from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    PracticePlan,
    Problem,
    SystemDesignProblem,
)
from systemcraft_tui.content.principles import PRINCIPLES

EXPECTED_SUFFIX = ".expected.json"
STAR = ("situation", "task", "action", "result")
KINDS = ("behavioral", "system_design", "deep_dive", "plan")
LEVELS = ("L6", "L7", "L6/L7", None)

# Why a file holds nothing to rehearse, and the words a message giving that reason uses.
REASONS: dict[str, tuple[str, ...]] = {
    "reference page": ("reference",),
    "code block example": ("code block", "inside code", "fenced"),
    "blank template": ("unfilled template", "blank template", "empty template"),
    "timing cheat-sheet": ("cheat",),
    "question list": ("question list", "list of questions", "questions only", "without answers", "no answers"),
}
BARE_MESSAGE = "no SystemCraft content found"
_ONE_PLACEHOLDER = re.compile(r"placeholder \[")  # today's message for each placeholder

# The counts, in the order the benchmark prints them; `dropped` and `spurious` are
# reported beside them (the fewer the better).
FIELDS = (
    "items",
    "title",
    "kind",
    "level",
    "question",
    "star_sections",
    "star_timings",
    "star_untimed",
    "principles",
    "probes",
    "phases",
    "phase_timings",
    "weeks",
    "goals",
    "deliverables",
    "deep_dive_items",
    "negatives_explained",
    "files_without_errors",
)

_ITEM_KEYS = {
    "title", "kind", "level", "question", "star", "principles", "probes",
    "phases", "weeks", "key_items", "note",
}  # fmt: skip
_FILE_KEYS = {"shapes", "learned_from", "no_item_reason", "items", "errors_expected", "note"}
_WEEK_KEYS = {"week", "last", "goal", "deliverables", "note"}


class ExpectedFileError(ValueError):
    """An expected file that does not follow the format."""


# --- normalising ------------------------------------------------------------------------


def norm(text: str | None) -> str:
    """Lower case words and digits only, in any script: no markup, emoji, quotes or
    punctuation. (Keeping only a-z made a title in another script empty, and two such
    titles equal.)"""
    text = unicodedata.normalize("NFKD", text or "").replace("&", " and ")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def same_text(expected: str, read: str, *, min_words: int = 3) -> bool:
    """Equal once normalised, or one holds the other whole (when the shorter has at least
    `min_words` words): "How did you measure it?" matches "Q: How did you measure it?"."""
    a, b = norm(expected), norm(read)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter = min((a, b), key=len)
    return len(shorter.split()) >= min_words and (_contains(a, b) or _contains(b, a))


# --- the expected format ----------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedWeek:
    first: int
    last: int
    goals: tuple[str, ...]
    deliverables: tuple[str, ...]


@dataclass(frozen=True)
class ExpectedItem:
    title: str
    kind: str
    level: str | None
    question: str | None
    star: dict[str, tuple[int, int] | None]  # section -> stated (min, max) seconds or None
    principles: tuple[str, ...]
    probes: tuple[str, ...]
    phases: tuple[tuple[str, float | None, float | None], ...]  # minutes: 0.5 for a phase of 30 seconds
    weeks: tuple[ExpectedWeek, ...]
    key_items: tuple[str, ...]


@dataclass(frozen=True)
class ExpectedFile:
    path: Path  # the Markdown file
    items: tuple[ExpectedItem, ...]
    no_item_reason: str | None
    errors_expected: bool
    learned_from: tuple[str, ...] = ()  # "owner/repo: path" of a real file, or of the shape a fixture reproduces


def judged_files(folder: Path) -> list[Path]:
    """Markdown files under folder that have an expected file beside them, sorted."""
    return sorted(p.with_name(p.name[: -len(EXPECTED_SUFFIX)] + ".md") for p in folder.rglob("*" + EXPECTED_SUFFIX))


def unjudged_files(folder: Path) -> list[Path]:
    judged = set(judged_files(folder))
    return sorted(p for p in folder.rglob("*.md") if p not in judged and p.name != "README.md")


def load_expected(markdown: Path) -> ExpectedFile:
    path = markdown.with_name(markdown.stem + EXPECTED_SUFFIX)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ExpectedFileError(f"{path}: {error}") from error
    if not markdown.is_file():
        raise ExpectedFileError(f"{path}: no {markdown.name} beside it")
    return parse_expected(data, markdown, str(path))


def parse_expected(data: Any, markdown: Path, where: str = "expected") -> ExpectedFile:
    _check_keys(data, _FILE_KEYS, where)
    items = tuple(_item(raw, f"{where}: items[{n}]") for n, raw in enumerate(data.get("items", [])))
    reason = data.get("no_item_reason")
    if reason is not None and reason not in REASONS:
        raise ExpectedFileError(f"{where}: no_item_reason {reason!r} is not one of {sorted(REASONS)}")
    if bool(items) == bool(reason):
        raise ExpectedFileError(f"{where}: give items, or no_item_reason for a file with none")
    learned = data.get("learned_from", [])
    if not isinstance(learned, list) or not all(isinstance(each, str) for each in learned):
        raise ExpectedFileError(f"{where}: learned_from must be a list of 'owner/repo: path'")
    return ExpectedFile(markdown, items, reason, bool(data.get("errors_expected", False)), tuple(learned))


def _check_keys(data: Any, allowed: set[str], where: str) -> None:
    if not isinstance(data, dict):
        raise ExpectedFileError(f"{where}: expected an object")
    if unknown := set(data) - allowed:
        raise ExpectedFileError(f"{where}: unknown keys {sorted(unknown)}")


def _item(raw: Any, where: str) -> ExpectedItem:
    _check_keys(raw, _ITEM_KEYS, where)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ExpectedFileError(f"{where}: kind {kind!r} is not one of {KINDS}")
    if raw.get("level") not in LEVELS:
        raise ExpectedFileError(f"{where}: level {raw.get('level')!r} is not one of {LEVELS}")
    if not isinstance(raw.get("title"), str) or not raw["title"].strip():
        raise ExpectedFileError(f"{where}: a title is needed")
    principles = tuple(raw.get("principles", ()))
    if bad := [p for p in principles if p not in PRINCIPLES]:
        raise ExpectedFileError(f"{where}: not canonical principle names: {bad}")
    return ExpectedItem(
        title=raw["title"],
        kind=kind,
        level=raw.get("level"),
        question=raw.get("question"),
        star=_star(raw.get("star"), kind, where),
        principles=principles,
        probes=tuple(raw.get("probes", ())),
        phases=tuple(_phase(p, where) for p in raw.get("phases", ())),
        weeks=tuple(_week(w, f"{where}: weeks") for w in raw.get("weeks", ())),
        key_items=tuple(raw.get("key_items", ())),
    )


def _star(raw: Any, kind: str, where: str) -> dict[str, tuple[int, int] | None]:
    """Omitted: a behavioral item has all four parts, none timed. A list gives S, T, A, R in
    order; an object names the parts present; a timing is [min, max] seconds or null."""
    if raw is None:
        return dict.fromkeys(STAR) if kind == "behavioral" else {}
    if isinstance(raw, list):
        if len(raw) != 4:
            raise ExpectedFileError(f"{where}: star as a list holds four timings (S, T, A, R)")
        raw = dict(zip(STAR, raw, strict=True))
    if not isinstance(raw, dict) or set(raw) - set(STAR):
        raise ExpectedFileError(f"{where}: star names only {STAR}")
    star: dict[str, tuple[int, int] | None] = {}
    for name, timing in raw.items():
        if timing is not None and not (
            isinstance(timing, list) and len(timing) == 2 and all(isinstance(n, int) for n in timing)
        ):
            raise ExpectedFileError(f"{where}: {name} timing is [min, max] seconds or null")
        star[name] = tuple(timing) if timing else None
    return star


def _phase(raw: Any, where: str) -> tuple[str, float | None, float | None]:
    if isinstance(raw, str):
        return raw, None, None
    if isinstance(raw, list) and len(raw) == 3 and isinstance(raw[0], str):
        return raw[0], raw[1], raw[2]
    raise ExpectedFileError(f"{where}: a phase is [name, min minutes, max minutes] or a name")


def _week(raw: Any, where: str) -> ExpectedWeek:
    _check_keys(raw, _WEEK_KEYS, where)
    first = raw.get("week")
    if not isinstance(first, int):
        raise ExpectedFileError(f"{where}: week is the week's number")
    goal = raw.get("goal")
    goals = () if goal is None else (goal,) if isinstance(goal, str) else tuple(goal)
    return ExpectedWeek(first, raw.get("last", first), goals, tuple(raw.get("deliverables", ())))


# --- the comparison ---------------------------------------------------------------------


@dataclass
class Tally:
    found: int = 0
    expected: int = 0

    def add(self, ok: bool) -> None:
        self.expected += 1
        self.found += ok

    @property
    def percent(self) -> float | None:
        return 100.0 * self.found / self.expected if self.expected else None


@dataclass
class Report:
    fields: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    dropped: list[str] = field(default_factory=list)  # "file: title" expected, not read
    spurious: list[str] = field(default_factory=list)  # "file:line: title" read, not expected
    misses: list[str] = field(default_factory=list)  # "field: file: what was read", one per miss
    files: int = 0
    # Files with items to read of which nothing was read, and the items they hold: whether
    # what is dropped is lost a file at a time (the file's kind misjudged) or an item at a time.
    unread_files: int = 0
    dropped_in_unread: int = 0

    def count(self, name: str, ok: bool, miss: str) -> None:
        self.fields[name].add(ok)
        if not ok:
            self.misses.append(f"{name}: {miss}")

    def as_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "fields": {name: [t.found, t.expected] for name, t in self.fields.items()},
            "dropped": len(self.dropped),
            "spurious": len(self.spurious),
            "dropped_in_unread_files": [self.dropped_in_unread, self.unread_files],
        }


def compare_folder(folder: Path, *, as_named: bool = False) -> Report:
    return compare_files(judged_files(folder), as_named=as_named)


def compare_files(markdown_files: Iterable[Path], *, as_named: bool = False) -> Report:
    """The report on the files against their expected files. `as_named`: real files kept
    under other names (`owner__repo__name.md`) are read as their repository names them
    (learned_from's path), as a user who brings them has them: a file's name can say what
    it holds (a folder's README, `why_amazon.md`)."""
    expected = [load_expected(path) for path in markdown_files]
    if not as_named:
        return _compared(expected, load_library([e.path for e in expected]))
    with tempfile.TemporaryDirectory(prefix="real-shapes-") as scratch:
        named = [_as_named(e, Path(scratch), n) for n, e in enumerate(expected)]
        library = load_library([copy for copy, _ in named])
        return _compared(expected, library, {copy.resolve(): e.path.resolve() for copy, e in named})


def _as_named(expected: ExpectedFile, scratch: Path, number: int) -> tuple[Path, ExpectedFile]:
    """A copy of the file where a clone of its repository has it (`repo/path`, in a
    folder of its own, so two READMEs never meet), or under its own name when no source is given."""
    source = expected.learned_from[0] if expected.learned_from else ""
    repo, _, inner = source.partition(": ")
    relative = Path(repo.rsplit("/", 1)[-1], inner.strip()) if inner.strip() else Path(expected.path.name)
    copy = scratch / str(number) / relative
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(expected.path, copy)
    return copy, expected


def _compared(expected: list[ExpectedFile], library: Library, copies: dict[Path, Path] | None = None) -> Report:
    """The report, with the library read from `copies` (each copy's resolved path: its file's) when given."""
    report = Report(files=len(expected))
    # Each path resolved once: resolving it per item and per problem of every file took
    # most of the corpus test's time.
    resolved = functools.cache(lambda path: (copies or {}).get(path.resolve(), path.resolve()))
    items: dict[Path, list[ContentItem]] = defaultdict(list)
    problems: dict[Path, list[Problem]] = defaultdict(list)
    for item in library.items:
        items[resolved(item.origin.path)].append(item)
    for problem in library.problems:
        problems[resolved(problem.path)].append(problem)
    for exp in expected:
        key = resolved(exp.path)
        compare_file(exp, items[key], problems[key], report)
    return report


def compare_file(expected: ExpectedFile, items: list[ContentItem], problems: list[Problem], report: Report) -> None:
    name = expected.path.name
    matches, unmatched = match_items(expected.items, items)
    if expected.items and not items:
        report.unread_files += 1
        report.dropped_in_unread += len(expected.items)
    for exp, item in zip(expected.items, matches, strict=True):
        report.fields["items"].add(item is not None)
        if item is None:
            report.dropped.append(f"{name}: {exp.title}")
        _compare_item(exp, item, report, f"{name}: {exp.title!r}")
    for item in unmatched:
        report.spurious.append(f"{name}:{item.origin.line}: {item.kind} {item.title!r}")
    if expected.no_item_reason:
        ok = not items and explains(expected.no_item_reason, problems)
        shown = "; ".join(p.message for p in problems[:3]) or "nothing"
        report.count("negatives_explained", ok, f"{name}: {expected.no_item_reason} not explained (said: {shown})")
    elif not expected.errors_expected:
        errors = [p for p in problems if p.severity == "error"]
        shown = "; ".join(f"{p.line}: {p.message}" for p in errors[:3])
        report.count("files_without_errors", not errors, f"{name}: {len(errors)} errors ({shown})")


def explains(reason: str, problems: list[Problem]) -> bool:
    """A message names the reason in its own words, not only the bare "no content found";
    a blank template is one message, not one per placeholder."""
    words = REASONS[reason]
    said = any(
        any(w in p.message.lower() for w in words)
        and not p.message.startswith(BARE_MESSAGE)
        and not _ONE_PLACEHOLDER.search(p.message)
        for p in problems
    )
    if reason == "blank template":
        said = said and sum(bool(_ONE_PLACEHOLDER.search(p.message)) for p in problems) <= 1
    return said


def match_items(
    expected: Iterable[ExpectedItem], items: list[ContentItem]
) -> tuple[list[ContentItem | None], list[ContentItem]]:
    """Each expected item's read item (or None), and the read items nobody expected.
    Exact titles pair first, in file order; then a title that holds the other whole
    ("L7 Scenario 4: Crisis Leadership" and "Crisis Leadership"); then an item of the kind
    that asks the expected question; last, the file's only
    expected item of a kind pairs with its only read item of that kind, whatever the
    titles (the `title` count shows it)."""
    expected = list(expected)
    found: list[ContentItem | None] = [None] * len(expected)
    free = list(items)
    for loose in (False, True):
        for n, exp in enumerate(expected):
            if found[n] is not None:
                continue
            item = next((i for i in free if _title_matches(exp.title, i, loose)), None)
            if item is not None:
                found[n] = item
                free.remove(item)
    for n, exp in enumerate(expected):
        # Then by what it asks: a story the judge named by its heading and the reader by its own
        # bold name (`**Story: Token Licensing**`) is the same item under another title.
        if found[n] is None and exp.question:
            item = next((i for i in free if i.kind == exp.kind and _asks(exp.question, i)), None)
            if item is not None:
                found[n] = item
                free.remove(item)
    for n, exp in enumerate(expected):
        one_expected = sum(e.kind == exp.kind for e in expected) == 1
        same_kind = [i for i in items if i.kind == exp.kind]
        if found[n] is None and one_expected and len(same_kind) == 1 and same_kind[0] in free:
            found[n] = same_kind[0]
            free.remove(same_kind[0])
    return found, free


def _asks(question: str, item: ContentItem) -> bool:
    """Whether the read item asks `question`, in its question or as its title."""
    asked = getattr(item, "question", None) or ""
    return any(same_text(question, text) for text in (asked, item.title) if text)


def _title_matches(title: str, item: ContentItem, loose: bool) -> bool:
    code = getattr(item, "code", None) or ""
    names = {norm(item.title), norm(f"{code} {item.title}")}
    wanted = norm(title)
    if not loose:
        return wanted in names
    return any(same_text(title, name, min_words=1) for name in names if name)


def _compare_item(exp: ExpectedItem, item: ContentItem | None, report: Report, where: str) -> None:
    title = item.title if item else None
    ok = item is not None and (_title_matches(exp.title, item, False) or _title_matches(exp.title, item, True))
    report.count("title", ok, f"{where}: title {title!r}")
    kind = item.kind if item else None
    report.count("kind", kind == exp.kind, f"{where}: kind {kind} (expected {exp.kind})")
    level = ("/".join(item.levels) or None) if item else "-"
    report.count("level", level == exp.level, f"{where}: level {level} (expected {exp.level})")
    if exp.question is not None:
        read = getattr(item, "question", "") or ""
        report.count("question", same_text(exp.question, read), f"{where}: question {read!r}")
    behavioral = item if isinstance(item, BehavioralScenario) else None
    design = item if isinstance(item, SystemDesignProblem) else None
    _compare_star(exp, behavioral, report, where)
    read_principles = behavioral.canonical_principles if behavioral else []
    for principle in exp.principles:
        report.count("principles", principle in read_principles, f"{where}: principle {principle} not read")
    probes = behavioral.probes if behavioral else design.follow_ups if design else []
    for probe in exp.probes:
        ok = any(same_text(probe, p.question) for p in probes)
        report.count("probes", ok, f"{where}: probe {probe!r} not read")
    _compare_phases(exp, design, report, where)
    _compare_weeks(exp, item if isinstance(item, PracticePlan) else None, report, where)
    if exp.key_items:
        text = _deep_dive_text(item) if isinstance(item, DeepDive) else ""
        for key in exp.key_items:
            report.count("deep_dive_items", _contains(text, norm(key)), f"{where}: key item {key!r} not read")


def _compare_star(exp: ExpectedItem, item: BehavioralScenario | None, report: Report, where: str) -> None:
    sections = {s.name.lower(): s for s in item.star} if item else {}
    for name, timing in exp.star.items():
        section = sections.get(name)
        report.count("star_sections", section is not None, f"{where}: no {name}")
        if timing is None:
            ok = section is not None and section.timing == "default"
            read = f"{section.min_seconds}-{section.max_seconds} s from the file" if section else "no section"
            report.count("star_untimed", ok, f"{where}: {name} states no timing, read {read}")
        else:
            ok = section is not None and section.timing == "file" and (section.min_seconds, section.max_seconds) == timing
            read = f"{section.min_seconds}-{section.max_seconds} s ({section.timing})" if section else "no section"
            report.count("star_timings", ok, f"{where}: {name} {timing[0]}-{timing[1]} s read as {read}")


def _compare_phases(exp: ExpectedItem, item: SystemDesignProblem | None, report: Report, where: str) -> None:
    free = list(item.phases) if item else []
    for name, low, high in exp.phases:
        phase = next((p for p in free if same_text(name, p.name, min_words=1)), None)
        report.count("phases", phase is not None, f"{where}: phase {name!r} not read")
        if phase is not None:
            free.remove(phase)
        if low is not None:
            ok = phase is not None and phase.timing == "file" and (phase.min_minutes, phase.max_minutes) == (low, high)
            read = f"{phase.min_minutes}-{phase.max_minutes} min ({phase.timing})" if phase else "no phase"
            report.count("phase_timings", ok, f"{where}: phase {name!r} {low}-{high} min read as {read}")


def _compare_weeks(exp: ExpectedItem, plan: PracticePlan | None, report: Report, where: str) -> None:
    weeks = {week.first: week for week in plan.weeks} if plan else {}
    for want in exp.weeks:
        week = weeks.get(want.first)
        ok = week is not None and week.last == want.last
        report.count("weeks", ok, f"{where}: week {want.first}-{want.last} not read")
        text = norm(f"{week.title} {week.goals}") if week else ""
        for goal in want.goals:
            report.count("goals", _contains(text, norm(goal)), f"{where}: week {want.first} goal {goal!r} not read")
        read = week.deliverables if week else ()
        for deliverable in want.deliverables:
            ok = any(same_text(deliverable, d, min_words=1) for d in read)
            report.count("deliverables", ok, f"{where}: week {want.first} deliverable {deliverable!r} not read")


def _deep_dive_text(item: DeepDive) -> str:
    parts = [item.summary]
    parts += [f"{c.name} {c.definition}" for c in item.concepts]
    parts += [f"{c.name} {' '.join(c.items)}" for c in item.checklists]
    parts += [f"{k} {' '.join(v)}" for k, v in item.quick_prep.items()]
    return norm(" | ".join(parts))
