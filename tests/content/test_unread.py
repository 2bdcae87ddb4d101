"""What a file holds in the shape of an item's parts that no item read: said at its heading,
with why; never said of what the bundled library or the corpus rightly leaves unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from systemcraft_tui.content.parser import parse_file, parse_text
from tests.content.conftest import messages

ROOT = Path(__file__).resolve().parents[2]

STORY = """## 1. Queue migration

**Situation:** We ran billing on a queue that lost messages.
**Task:** I owned the move to a durable broker.
**Action:** I built a bridge that wrote to both queues and compared counts daily.
**Result:** No invoice was lost after the cut-over.
"""


def reported(message: str) -> bool:
    return "were not read: " in message or "was not read: " in message


def unread(text: str) -> list[str]:
    result = parse_text(text, Path("my-stories.md"))
    assert result.items, "the report speaks of files with items; a file with none says why instead"
    return [message for message in messages(result, "warning") if reported(message)]


def test_a_story_inside_a_code_block_is_named_with_its_heading_and_line():
    # A fence of no language holding the parts' labels is told text (the corpus's stories_in_plain_fences.md);
    # one marked as Markdown shows how a story is written.
    fenced = "## The cache story\n\n```markdown\nSituation: the cache went stale.\nTask: I had to fix it.\n"
    fenced += "Action: I added versioned keys.\nResult: no stale prices since.\n```\n"
    said = unread(f"# Notes\n\n{STORY}\n{fenced}")
    assert said == [
        "4 STAR parts (Situation, Task, Action, Result) under 'The cache story' (line 10) were not read: "
        "they sit inside a code block, shown rather than told"
    ]


def test_two_parts_told_by_me_under_a_plain_heading_are_too_few_and_it_says_so():
    short = "## Hiring bar\n\n**Situation:** I was asked to lower the bar.\n**Result:** We kept it and hired four.\n"
    (said,) = unread(f"# Notes\n\n{STORY}\n{short}")
    assert said.startswith("2 STAR parts (Situation, Result) under 'Hiring bar' (line 10) were not read: only Situation, Result")


def test_parts_told_by_me_inside_a_deep_dive_are_said_to_sit_under_it():
    page = "# Caching Deep Dive\n\n## Executive Summary\n\nCaches trade freshness for speed.\n\n"
    page += "## Key Concepts\n\n| Concept | Meaning |\n|---|---|\n| TTL | how long an entry lives |\n\n"
    page += "## Where I met it\n\n**Situation:** Our prices went stale at peak.\n**Action:** I added versioned keys.\n"
    (said,) = unread(page)
    assert "under 'Where I met it' (line 13) were not read: they sit under a heading already read as a deep dive" in said


def test_timed_design_steps_in_a_story_dropped_as_a_blank_template_are_named():
    # Timed steps in a story are looked for only where the story may be dropped as a template.
    template = "## Story template\n\n**Situation:** I joined [company] when its [system] kept failing.\n"
    template += "**Task:** I owned the fix for [team].\n**Action:** I rebuilt the [component] and measured it.\n"
    template += "**Result:** Failures fell by half.\n\n- Requirements: 5 min\n- High-level design: 10 min\n- Deep dive: 15 min\n"
    said = unread(f"# Interview Notes\n\n{STORY}\n{template}")
    assert said[0].startswith("3 timed steps (Requirements, High-level design, Deep dive) under 'Story template' (line 10) were not read")


def test_timed_design_steps_outside_every_item_are_named():
    drills = "## Design drills\n\n- Requirements: 5 min\n- High-level design: 10 min\n- Deep dive: 15 min\n- Wrap-up: 5 min\n"
    said = unread(f"# Interview Notes\n\n{STORY}\n{drills}")
    assert said == [
        "4 timed steps (Requirements, High-level design, Deep dive, …) under 'Design drills' (line 10) were not read: "
        "no design problem holds them (no 'Design …' heading, problem statement or system named)"
    ]


@pytest.mark.parametrize(
    "beside",
    [
        # the method defined for "you"
        "## How to answer\n\n**Situation:** set the scene.\n**Task:** say what you owned.\n**Action:** what you did.\n",
        # a skeleton to fill, in a fence
        "## Skeleton\n\n```\nSituation: At [Company], our [team] faced [problem].\nTask: As [role], I had to [goal].\n```\n",
        # a case told by nobody, two parts
        "## Case\n\n- **Problem**: A retry change doubled charges.\n- **Results**: Mitigation fell from 48 to 11 minutes.\n",
    ],
)
def test_what_is_rightly_left_unread_is_not_reported(beside):
    assert unread(f"# Notes\n\n{STORY}\n{beside}") == []


def test_a_case_study_in_a_deep_dive_told_in_its_own_words_is_not_reported():
    # `Problem` / `Solution` / `Results`: a case the deep dive tells, three parts by a case study's words, by nobody.
    page = "# Caching Deep Dive\n\n## Executive Summary\n\nCaches trade freshness for speed.\n\n"
    page += "## Key Concepts\n\n| Concept | Meaning |\n|---|---|\n| TTL | how long an entry lives |\n\n"
    page += "## Case Study: a stale price cache\n\n- **Problem**: A fictional shop priced its card transactions from an hour-old cache.\n"
    page += "- **Solution**: The team moved to event-based invalidation with a one-minute TTL as a safety net.\n"
    page += "- **Results**: Complaints about wrong prices stopped within a week, and no refund action was needed.\n"
    assert unread(page) == []


def test_the_bundled_library_and_the_corpus_raise_no_such_report():
    files = sorted((ROOT / "data").rglob("*.md")) + sorted((ROOT / "tests/fixtures/real_shapes").glob("*.md"))
    said = [f"{path.name}: {m}" for path in files for m in messages(parse_file(path)) if reported(m)]
    assert said == []


def test_an_answer_told_in_prose_under_a_coded_heading_with_no_question_is_named():
    told = "## Script 2: The registry outage\n\nWhen the registry we relied on was shut down, I moved four terabytes "
    told += "of images to a new one over a weekend. I wrote the plan, I ran the copy in batches and I checked every "
    told += "pipeline afterwards, so no deployment failed and the next team followed my notes in hours.\n"
    (said,) = unread(f"# Scripts\n\n{STORY}\n{told}")
    assert said.startswith("an answer told in the first person under 'Script 2: The registry outage' (line 10) was not read")


def test_an_empty_file_is_called_empty_not_a_reference_page():
    # A tester's 0-byte empty.md was "a reference page: no heading holds STAR parts ...".
    for text in ("", "\n", "  \n\n\t\n"):
        result = parse_text(text, Path("empty.md"))
        assert result.items == []
        assert [p.message for p in result.problems] == ["an empty file: it holds no text, so there is nothing to read"]
