"""A table of stories, a row each, under the STAR part names (content/story_tables.py)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.model import BehavioralScenario
from systemcraft_tui.content.parser import parse_text

MATRIX = """\
# My stories

| Story | LP | Situation | Task | Action | Result |
|---|---|---|---|---|---|
| Pager fatigue | Ownership | Nine engineers were paged nightly | Halve the pages in a quarter | I sorted the pages by cause and deleted dead alerts | Pages fell from 40 a week to 12 |
| Ledger move | | Billing ran on an unsupported database | Move it with no double charges | Dual writes behind a flag, an hourly diff | Zero billing incidents |
| Vendor outage | | | | | |
"""


def test_each_row_is_a_story_named_by_its_name_column_and_a_blank_row_is_an_entry_to_write():
    result = parse_text(MATRIX, Path("stories.md"))
    stories = [item for item in result.items if isinstance(item, BehavioralScenario)]
    assert [(s.title, s.origin.line, [part.name for part in s.star]) for s in stories] == [
        ("Pager fatigue", 5, ["Situation", "Task", "Action", "Result"]),
        ("Ledger move", 6, ["Situation", "Task", "Action", "Result"]),
    ]
    assert stories[0].star[2].text == "I sorted the pages by cause and deleted dead alerts"
    assert [ref.canonical for ref in stories[0].principles] == ["Ownership"]
    assert [(p.line, p.message.split(" (")[0]) for p in result.problems] == [(7, "an unfilled template at line 7")]


def test_a_rubric_under_the_part_names_is_a_table_not_a_story():
    rubric = (
        "# Scoring\n\n| Score | Situation | Task | Action | Result |\n|---|---|---|---|---|\n"
        "| 1 | Vague context | Unclear role | Team-focused steps | No outcome |\n"
        "| 2 | Clear stakes | Clear ownership | Specific steps | One metric |\n"
    )
    result = parse_text(rubric, Path("rubric.md"))
    assert result.items == []  # its header names columns: before, its cells were read as part labels, one story
    assert "reference page" in result.problems[0].message


def test_one_row_and_no_name_column_is_the_story_of_the_heading_above():
    text = (
        "## Tell me about a time you fixed a flaky suite.\n\n"
        "| S | T | A | R |\n|---|---|---|---|\n"
        "| Our suite failed one run in five and people merged on red | I had to restore trust in it before the release train | "
        "I tagged every failure of the month by cause and quarantined the three worst fixtures | Failures fell to 2 % in three weeks |\n"
    )
    (story,) = parse_text(text, Path("answer.md")).items
    assert isinstance(story, BehavioralScenario)
    assert (story.question, [part.name for part in story.star]) == (
        "Tell me about a time you fixed a flaky suite.",
        ["Situation", "Task", "Action", "Result"],
    )


cells = st.text(alphabet=st.characters(blacklist_characters="|\n\r\\`*_[]<>#", blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=5, max_size=5), min_size=1, max_size=4))
# Found by the property: a name cell of a dash alone titled the row's story by the page's heading.
@example(rows=[["", "", "", "", ""], ["", "", "", "", ""], ["", "", "0", "0", "I"], ["-", "", "0", "0", "0 0"]])
@example(rows=[["0\xa00", "", "0", "ME", "0 0"]])
def test_any_table_under_the_part_names_reads_without_error_and_names_its_stories_from_its_rows(rows: list[list[str]]):
    table = "| Story | Situation | Task | Action | Result |\n|---|---|---|---|---|\n" + "".join(
        "| " + " | ".join(row) + " |\n" for row in rows
    )
    result = parse_text("# Bank\n\n" + table, Path("bank.md"))
    names = {" ".join(row[0].split()) for row in rows} | {f"Story {n}" for n in range(1, len(rows) + 1)}
    for item in result.items:
        if item.origin.line > 4:  # a row's story: titled by its name cell (its marks perhaps trimmed, `-0`), else by its number
            title = " ".join(item.title.split())  # spaces of any kind, as the names are compared
            assert any(title and title in name for name in names)


def test_one_named_row_whose_result_ends_on_a_figure_is_a_story():
    # Its four parts share the row's line, which closes on "70%": taken for a table of the
    # method that closes each part's row on its share of the answer, it was no story.
    text = (
        "# Bank\n\n| Story | Situation | Task | Action | Result |\n|---|---|---|---|---|\n"
        "| Pager | I was paged nightly | I had to fix it | I sorted the pages and deleted dead alerts | Pages fell by 70% |\n"
    )
    (story,) = parse_text(text, Path("bank.md")).items
    assert (story.title, [part.name for part in story.star]) == ("Pager", ["Situation", "Task", "Action", "Result"])


ANSWERS_AFTER_NESTED_FENCE = """\
# Prep

```
notes quoted whole
   ```ts
   const x = 1;
   ```
end of notes
```

## Common Questions

| common questions | Answers |
|---|---|
| challenges | The hardest part of my last role was that every service had exactly one person who understood it. I started a weekly hour where each owner walked the rest of us through their code, and after two months nobody was the only one who could fix a page at night. |
| leadership | When our only mobile engineer left I took over the app while hiring a replacement. I kept a written list of everything I changed, paired with the new hire for her first three weeks, and handed the app over with no open incidents. |
| What is your biggest weakness | I tend to keep digging at a problem on my own for too long before I ask for help. These days I set myself a timer of an hour, and if I am still stuck I write down what I tried and ask someone, which has saved me whole afternoons. |
"""


def test_rows_read_as_headings_after_the_outline_was_walked_are_walked_too():
    """Rewriting nested fences walks the outline before the table's rows become headings: the
    walk is listed anew, so no rule sees the table's heading without the rows under it (the
    fallback offered `Answers` as a story of its own)."""
    result = parse_text(ANSWERS_AFTER_NESTED_FENCE, Path("prep.md"))
    asked = ["challenges", "leadership", "What is your biggest weakness"]
    assert [(item.title, item.rule) for item in result.items] == [(title, "prepared-answer") for title in asked]
    assert not result.problems
