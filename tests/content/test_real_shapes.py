"""The real-shapes corpus read field by field (tests/fixtures/real_shapes), and the
comparison itself checked against tiny hand-made expected files."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from systemcraft_tui.content.model import Problem
from tests.content.real_shapes import (
    FIELDS,
    ExpectedFileError,
    Report,
    compare_folder,
    explains,
    judged_files,
    load_expected,
    same_text,
    unjudged_files,
)

CORPUS = Path(__file__).parent.parent / "fixtures" / "real_shapes"
THRESHOLD = 95.0


@cache
def corpus_report() -> Report:
    return compare_folder(CORPUS)


# --- the corpus -------------------------------------------------------------------------


def test_every_fixture_has_a_valid_expected_file():
    assert not unjudged_files(CORPUS)
    files = judged_files(CORPUS)
    assert len(files) >= 6
    for path in files:
        load_expected(path)  # raises on anything outside the format


def test_the_readme_lists_every_fixture_once_with_its_shape_classes():
    # A fixture in a folder of its own (`system-design/…`: a folder's name can say what a file holds) is listed by its path, spaces and all (`Design Dropbox.md` in a notes vault).
    rows = re.findall(r"^\| `([\w/ -]+)\.md` \| [^|]+ \| ([\d, ]+) \|", (CORPUS / "README.md").read_text("utf-8"), re.M)
    listed = {name: sorted(int(n) for n in shapes.split(",")) for name, shapes in rows}
    assert len(listed) == len(rows)
    expected = {
        path.relative_to(CORPUS).with_suffix("").as_posix(): sorted(
            json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))["shapes"]
        )
        for path in judged_files(CORPUS)
    }
    assert listed == expected
    # Four cells a row: a table's pipes quoted in a note (`| Phase | Time |`) are escaped, or they would split it.
    table = [line for line in (CORPUS / "README.md").read_text("utf-8").splitlines() if re.match(r"^\| `[^`]+\.md` \|", line)]
    assert [line for line in table if len(re.findall(r"(?<!\\)\|", line)) != 5] == []


@pytest.mark.parametrize("name", FIELDS)
def test_corpus_reads_every_field(name):
    tally = corpus_report().fields[name]
    if tally.expected:
        misses = [m for m in corpus_report().misses if m.startswith(f"{name}: ")][:10]
        assert tally.percent >= THRESHOLD, (tally.found, tally.expected, misses)


def test_corpus_drops_no_item():
    assert corpus_report().dropped == []


def test_corpus_reads_no_spurious_item():
    assert corpus_report().spurious == []


IDS = CORPUS / "ids.txt"  # each fixture's items' ids, one per line: `file<TAB>id`


def _read_ids() -> list[str]:
    from systemcraft_tui.content.parser import parse_bytes

    return [
        f"{path.relative_to(CORPUS).as_posix()}\t{item.id}"
        for path in judged_files(CORPUS)
        for item in parse_bytes(path.read_bytes(), path).items
    ]


def test_corpus_item_ids_stay_as_recorded():
    """A practice log refers to items by id, and an id comes from its item's title: a rule that
    reads an old fixture's title otherwise renames its item, which the field comparison (titles
    matched loosely) would not notice. A deliberate change is recorded in ids.txt."""
    recorded = IDS.read_text("utf-8").splitlines()
    read = _read_ids()
    assert [line for line in read if line not in recorded] == [] and [line for line in recorded if line not in read] == []


# --- the comparison ---------------------------------------------------------------------

SCENARIOS = """\
# Two Scenarios

## L6 Scenario 1: Late Migration

### The Interview Question
"Tell me about a migration that ran late."

### Complete STAR Response Example

**Situation (30-45 seconds)**
"Our move to the new billing store slipped by a month."

**Task (15-30 seconds)**
"I owned the migration plan."

**Action (90-120 seconds)**
"I split the move into three waves and reported weekly."

**Result (30-45 seconds)**
"We finished two weeks after the new date, with no data lost."

### Common Follow-up Questions
**Common Probe #1**: "What would you cut next time?"
**Strong Response**: "The reporting backfill; it could have waited."

### Leadership Principles Demonstrated
- **Primary LP**: Ownership - I kept the plan honest

## L6 Scenario 2: Unplanned Story

### The Interview Question
"Tell me about a decision you regret."

### Complete STAR Response Example

**Situation (30 seconds)**
"We chose a vendor too fast."

**Task (15 seconds)**
"I had to fix the contract."

**Action (90 seconds)**
"I renegotiated the exit terms."

**Result (30 seconds)**
"We left the vendor within a year."
"""


def judged_folder(tmp_path: Path, markdown: str, expected: dict, name: str = "stories") -> Path:
    (tmp_path / f"{name}.md").write_text(markdown, encoding="utf-8")
    (tmp_path / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return tmp_path


def late_migration(**changes) -> dict:
    item = {
        "title": "Late Migration",
        "kind": "behavioral",
        "level": "L6",
        "question": "Tell me about a migration that ran late.",
        "star": [[30, 45], [15, 30], [90, 120], [30, 45]],
        "principles": ["Ownership"],
        "probes": ["What would you cut next time?"],
    }
    return item | changes


def test_a_file_read_as_expected_counts_every_field_found(tmp_path):
    expected = {"items": [late_migration(), late_migration(title="Unplanned Story", question=None, star=[[30, 30], [15, 15], [90, 90], [30, 30]], principles=[], probes=[])]}
    report = compare_folder(judged_folder(tmp_path, SCENARIOS, expected))
    assert report.dropped == [] and report.spurious == [] and report.misses == []
    assert report.fields["star_timings"].found == report.fields["star_timings"].expected == 8
    assert report.fields["principles"].found == 1 and report.fields["probes"].found == 1


def test_a_wrong_timing_is_counted_against_the_timings(tmp_path):
    expected = {"items": [late_migration(star=[[30, 45], [20, 30], [90, 120], [30, 45]]), late_migration(title="Unplanned Story", question=None, star=None, principles=[], probes=[])]}
    report = compare_folder(judged_folder(tmp_path, SCENARIOS, expected))
    timings = report.fields["star_timings"]
    assert (timings.found, timings.expected) == (3, 4)
    assert any("task 20-30 s read as 15-30 s (file)" in m for m in report.misses)
    # The second story's timings are stated, but the expected file says none are: all four wrong.
    assert report.fields["star_untimed"].found == 0 and report.fields["star_untimed"].expected == 4


def test_an_item_not_read_is_dropped_and_an_item_not_expected_is_spurious(tmp_path):
    expected = {"items": [late_migration(), late_migration(title="Hiring Freeze", question=None, principles=[], probes=[])]}
    report = compare_folder(judged_folder(tmp_path, SCENARIOS, expected))
    assert report.dropped == ["stories.md: Hiring Freeze"]
    assert report.spurious == ["stories.md:29: behavioral 'Unplanned Story'"]
    assert (report.fields["items"].found, report.fields["items"].expected) == (1, 2)
    # Every field of the dropped item counts as not read: kind, level, four sections.
    assert report.fields["kind"].found == 1 and report.fields["star_sections"].found == 4
    assert (report.unread_files, report.dropped_in_unread) == (0, 0)  # one of the file's two was read


def test_an_item_titled_otherwise_that_asks_the_question_is_compared_field_by_field(tmp_path):
    """Named by its heading in the expected file and by something else when read, an item that
    asks the expected question is that item: its title is the one miss, not every field."""
    expected = {"items": [late_migration(title="Migration Under Pressure"), late_migration(title="Unplanned Story", question=None, star=[[30, 30], [15, 15], [90, 90], [30, 30]], principles=[], probes=[])]}
    report = compare_folder(judged_folder(tmp_path, SCENARIOS, expected))
    assert report.dropped == [] and report.spurious == []
    assert (report.fields["title"].found, report.fields["title"].expected) == (1, 2)
    assert report.fields["star_timings"].found == report.fields["star_timings"].expected == 8
    assert [m.split(": ", 1)[0] for m in report.misses] == ["title"]


def test_items_dropped_with_their_whole_file_are_counted_apart(tmp_path):
    expected = {"items": [late_migration(), late_migration(title="Hiring Freeze")]}
    report = compare_folder(judged_folder(tmp_path, "# Notes\n\nNothing here tells a story.\n", expected))
    assert len(report.dropped) == 2 and (report.unread_files, report.dropped_in_unread) == (1, 2)
    assert report.as_json()["dropped_in_unread_files"] == [2, 1]


TALKING_POINTS = """\
# First computer

I bought my first laptop second hand from this company's outlet store and I have used their
tools every working day since, so I know what I would be building on.

# Their way of working

I read how their teams run reviews and ship, and it is how I already like to work.
"""


def test_real_files_kept_under_other_names_are_read_as_their_repository_names_them(tmp_path):
    """Saved as `owner__repo__name.md`, a file whose own name is its question is read so only as named."""
    expected = {
        "learned_from": ["someone/interview-notes: behavioral/why_this_company.md"],
        "items": [{"title": "Why this company", "kind": "behavioral", "level": None, "question": None, "star": {}}],
    }
    folder = judged_folder(tmp_path, TALKING_POINTS, expected, name="someone__interview-notes__why_this_company")
    assert compare_folder(folder).dropped == ["someone__interview-notes__why_this_company.md: Why this company"]
    named = compare_folder(folder, as_named=True)
    assert named.dropped == [] and named.spurious == [] and named.misses == []
    assert list(folder.iterdir()) and all(path.parent == folder for path in folder.iterdir())  # the copies were elsewhere


def test_a_missing_principle_and_probe_are_counted(tmp_path):
    expected = {"items": [late_migration(principles=["Ownership", "Dive Deep"], probes=["What would you cut next time?", "Who pushed back?"]), late_migration(title="Unplanned Story", question=None, star=[[30, 30], [15, 15], [90, 90], [30, 30]], principles=[], probes=[])]}
    report = compare_folder(judged_folder(tmp_path, SCENARIOS, expected))
    assert (report.fields["principles"].found, report.fields["principles"].expected) == (1, 2)
    assert (report.fields["probes"].found, report.fields["probes"].expected) == (1, 2)


def test_a_negative_file_needs_a_reason_not_the_bare_message():
    path = Path("cheats.md")
    bare = Problem(path, 1, "warning", "no SystemCraft content found: no scenario, design problem, deep dive or practice plan")
    assert not explains("timing cheat-sheet", [bare])
    assert explains("timing cheat-sheet", [Problem(path, 1, "warning", "a cheat-sheet of timings: no problem to design")])
    placeholders = [Problem(path, n, "error", f"unfilled template placeholder [x{n}]") for n in (3, 4)]
    assert not explains("blank template", placeholders)
    assert not explains("blank template", placeholders[:1])
    no_question = Problem(path, 1, "error", "scenario 'Notes' has no interview question")
    assert not explains("question list", [no_question])
    assert explains("question list", [Problem(path, 1, "warning", "a question list without answers: nothing to rehearse")])
    assert explains("blank template", [Problem(path, 1, "warning", "an unfilled template: 40 placeholders, first at line 3")])


def test_titles_and_questions_match_once_normalised():
    assert same_text('"How did you measure it?"', "Q: how did you measure it")
    assert not same_text("What did you cut?", "What did you keep?")
    assert not same_text("Cut", "What did you cut first?")
    # Text in other scripts is compared as written, never dropped.
    assert same_text("设计短链接服务", "设计短链接服务") and not same_text("设计短链接服务", "设计聊天系统")
    assert same_text("Café", "cafe", min_words=1)


def test_an_expected_file_outside_the_format_is_refused(tmp_path):
    folder = judged_folder(tmp_path, SCENARIOS, {"items": [late_migration(principles=["Customer Obsessed"])]})
    with pytest.raises(ExpectedFileError, match="canonical"):
        compare_folder(folder)
    folder = judged_folder(tmp_path, SCENARIOS, {"items": [late_migration(timing=[1, 2])]})
    with pytest.raises(ExpectedFileError, match="unknown keys"):
        compare_folder(folder)
    folder = judged_folder(tmp_path, SCENARIOS, {"items": []})
    with pytest.raises(ExpectedFileError, match="no_item_reason"):
        compare_folder(folder)
