"""Where weeks are looked for: a page's stories are searched for weeks only when a week outside
them could be kept (recognise drops a story's weeks after grouping)."""

from __future__ import annotations

from pathlib import Path

from systemcraft_tui.content.markdown_tree import parse_markdown
from systemcraft_tui.content.model import PracticePlan
from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.plan import unwritten_weeks, writes_weeks

STORY = "## Launch story\n\n### Week 1: Kickoff\n\n**Situation:** We had a deadline.\n\n### Week 2: Crunch\n\nI cut scope.\n"


def test_weeks_written_only_under_the_headings_besides_are_not_found():
    document = parse_markdown(f"# Notes\n\n{STORY}")
    title = document.title
    assert title is not None
    story = title.children[0]
    assert writes_weeks(document.root, title, besides=[])
    assert not writes_weeks(document.root, title, besides=[story])
    assert not writes_weeks(document.root, title, besides=[document.root])
    plan = parse_markdown(f"# Notes\n\n{STORY}\n## Plan\n\n### Week 3: Mocks\n\nTwo mocks.\n")
    assert plan.title is not None
    assert writes_weeks(plan.root, plan.title, besides=[plan.title.children[0]])


def test_a_page_writing_no_week_out_has_its_titles_week_or_its_tables():
    one = parse_markdown("# Week 6: Story Building\n\n- [ ] Draft two stories\n")
    assert unwritten_weeks(one.root, one.title) == [one.title]
    table = parse_markdown("# Prep\n\n| Week | Focus |\n|---|---|\n| 1 | Arrays |\n| 2 | Graphs |\n")
    assert [week.title.text for week in unwritten_weeks(table.root, table.title)] == ["Week 1: Arrays", "Week 2: Graphs"]
    assert unwritten_weeks(*(lambda d: (d.root, d.title))(parse_markdown("# Notes\n\nNo weeks.\n"))) == []


def test_weeks_beside_a_story_that_holds_weeks_are_still_a_plan():
    page = "# Prep Plan\n\n## Week 1: Arrays\n\nTwo problems a day.\n\n## Week 2: Graphs\n\nBFS and DFS.\n\n"
    page += "## Week 3: Stories\n\n### Launch story\n\n**Situation:** We had a deadline in week 4.\n"
    page += "**Task:** I owned the launch.\n**Action:** I cut scope.\n**Result:** We shipped on time.\n"
    items = parse_text(page, Path("plan.md")).items
    assert [type(item) for item in items].count(PracticePlan) == 1


def test_a_plan_of_day_headings_right_under_the_title_is_named_by_the_title():
    # Its week is made of the day headings: it stood where "Day 1" does, and was named by it.
    text = (
        "# Daily Study Goals\n\n### Day 1 (Monday) - SQL\n- [ ] Five queries\n\n"
        "### Day 2 (Tuesday) - Trees\n- [ ] Two tree problems\n\n### Day 3 (Wednesday) - Mocks\n- [ ] One mock\n"
    )
    (plan,) = parse_text(text, Path("goals.md")).items
    assert (plan.title, [(week.title, week.goals) for week in plan.weeks]) == ("Daily Study Goals", [("Days 1-3", "SQL; Trees; Mocks")])
