"""A story matrix outside a page's stories (content/story_matrix.py): a story a row, a principle
a column, the marked cells giving each story its principles."""

from __future__ import annotations

from pathlib import Path

from systemcraft_tui.content.model import BehavioralScenario
from systemcraft_tui.content.parser import parse_text


def story(title: str, principle: str = "") -> str:
    named = f"**Leadership Principle:** {principle}\n\n" if principle else ""
    return (
        f"### {title}\n\n{named}**Situation:** The build took an hour.\n\n**Task:** I owned the pipeline.\n\n"
        "**Action:** I cached the dependencies and split the tests.\n\n**Result:** Builds took twelve minutes.\n\n"
    )


def principles(text: str) -> dict[str, list[str]]:
    parsed = parse_text(text, Path("bank.md"))
    return {item.title: item.canonical_principles for item in parsed.items if isinstance(item, BehavioralScenario)}


HEADER = "| # | Story | Ownership | Dive Deep | Frugality | Earn Trust |\n|---|---|---|---|---|---|\n"


def test_a_row_naming_a_story_by_its_title_gives_it_the_principles_it_marks():
    rows = "| 1 | Slow Builds Fixed | ✅ | | ✅ | |\n| 2 | Night Pages Cut | | ✓ | | x |\n"
    text = "# Bank\n\n## Lookup\n\n" + HEADER + rows + "\n## Stories\n\n" + story("Night Pages Cut") + story("Slow Builds Fixed", "Ownership")
    assert principles(text) == {
        "Night Pages Cut": ["Dive Deep", "Earn Trust"],
        "Slow Builds Fixed": ["Ownership", "Frugality"],  # its own principle first, each once
    }


def test_rows_listing_the_stories_in_order_give_a_row_named_otherwise_its_story_by_place():
    rows = "| 1 | Build Cache | ✅ | | | |\n| 2 | Night Pages Cut | | ✅ | | |\n"
    text = "# Bank\n\n" + HEADER + rows + "\n" + story("Cutting Slow Builds to Twelve Minutes") + story("Night Pages Cut")
    assert principles(text) == {"Cutting Slow Builds to Twelve Minutes": ["Ownership"], "Night Pages Cut": ["Dive Deep"]}


def test_rows_out_of_the_stories_order_give_only_the_stories_they_name():
    rows = "| 1 | Night Pages Cut | | ✅ | | |\n| 2 | Build Cache | ✅ | | | |\n"
    text = "# Bank\n\n" + HEADER + rows + "\n" + story("Cutting Slow Builds to Twelve Minutes") + story("Night Pages Cut")
    assert principles(text) == {"Cutting Slow Builds to Twelve Minutes": [], "Night Pages Cut": ["Dive Deep"]}


def test_a_table_naming_two_principles_or_inside_a_story_gives_none():
    two = "| Story | Ownership | Dive Deep |\n|---|---|---|\n| Night Pages Cut | ✅ | ✅ |\n"
    text = "# Bank\n\n" + two + "\n" + story("Night Pages Cut")
    assert principles(text) == {"Night Pages Cut": []}
    inside = story("Night Pages Cut") + HEADER + "| 1 | Night Pages Cut | ✅ | | | |\n"
    assert principles("# Bank\n\n" + inside) == {"Night Pages Cut": []}
