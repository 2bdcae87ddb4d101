"""What guides hold that is not an item, and what they hold that is: a timing guide per STAR
part, a short week routine, a badge in brackets, a plan's speaking template, and a design
problem named by the subtitle under a generic title."""

from __future__ import annotations

from pathlib import Path

import pytest

from systemcraft_tui.content.model import PracticePlan, SystemDesignProblem
from systemcraft_tui.content.parser import parse_text
from tests.content.conftest import messages


def read(text: str, name: str = "guide.md"):
    result = parse_text(text, Path(name))
    return result, result.items


def test_parts_given_only_a_length_or_a_timing_are_a_guide_not_a_story():
    text = """# Story Lengths

## Prepare Three Lengths

**Phone Screen (60 seconds)**:
- Situation: 15 seconds
- Task: 10 seconds
- Action: 25 seconds
- Result: 10 seconds

**Standard Round**:
- Situation: 30-45 seconds
- Task: 20-30 seconds
- Action: 60-90 seconds
- Result: 30-45 seconds

## Behavioral Session

**STAR Structure**

| Part | Length | Include |
|------|--------|---------|
| **Situation** | 2 sentences | Team and stakes |
| **Task** | 1-2 sentences | Say "I", not "we" |
| **Action** | 4-5 sentences | What you did |
| **Result** | 2-3 sentences | Numbers |
"""
    result, items = read(text)
    assert items == []
    assert [p.message.split(":")[0] for p in result.problems] == ["a reference page"]


ROUTINE = "\n".join(
    ["# Getting STAR Right", "", "## Why It Matters", ""]
    + [f"Paragraph {n} of the guide about telling stories well." for n in range(60)]
    + ["", "## Improving One Story", "", "### Week 1: Draft", "- Day 1-2: write it all down", ""]
    + ["### Week 2: Sharpen", "- Day 8-10: add the numbers", "", "### Week 3: Polish", "- Day 15-21: time it", ""]
)


def test_a_few_weeks_in_a_guide_not_titled_as_a_plan_are_a_routine_not_a_plan():
    result, items = read(ROUTINE)
    assert items == []
    (problem,) = result.problems
    assert (problem.line, problem.severity) == (68, "warning")
    assert problem.message.startswith("a reference page: its 3 week headings (the first, 'Week 1: Draft', at line 68)")
    # The same weeks in a file titled as a plan are its plan.
    _, (plan,) = read(ROUTINE.replace("# Getting STAR Right", "# Three-Week Story Plan"))
    assert isinstance(plan, PracticePlan) and [w.first for w in plan.weeks] == [1, 2, 3]


def test_a_badge_in_capitals_that_the_line_spells_out_is_not_a_placeholder():
    text = """# Questions With Answers

### 1. Give an example of settling a disagreement.

**Difficulty:** Medium [CRITICAL] **Critical**

**Situation:** Two engineers argued for a month.
**Task:** I had to get a decision.
**Action:** I asked each to write one page.
**Result:** Reviews went back to under a day.

### 2. Tell me about a migration at [COMPANY].

**Situation:** A migration at [COMPANY] ran late.
**Task:** I owned it.
**Action:** I split it in three waves.
**Result:** It finished in a quarter.
"""
    result, items = read(text)
    assert len(items) == 2
    assert [(p.line, p.message) for p in result.problems if "placeholder" in p.message] == [
        (12, "unfilled template placeholder [COMPANY]"),
        (14, "unfilled template placeholder [COMPANY]"),
    ]


def test_a_speaking_template_in_a_plans_guidance_is_not_an_unfilled_plan():
    text = """# Prep Plan (2 Weeks)

## Session Guides

**Opening Lines**
> "I'll assume [N users, M writes/sec]; the trade-off is [A vs B]."

## Week 1
- [ ] Draft two stories for [Team Name]

## Week 2
- [ ] Run a mock interview
"""
    result, (plan,) = read(text)
    assert isinstance(plan, PracticePlan)
    assert [(p.line, p.message) for p in result.problems if "placeholder" in p.message] == [
        (9, "unfilled template placeholder [Team Name]")
    ]


def test_a_subtitle_under_a_generic_title_names_the_design_problem():
    text = """# System Design Interview Practice

## Session 4: Webhook Delivery Service

---

## 1. Session Context & Goal

**Problem Statement:**
Design a service that delivers events to customers' endpoints.

## 2. Requirements

### 2.1 Functional Requirements
* Register an endpoint

### 2.2 Non-Functional Requirements
* At-least-once delivery
"""
    _, (problem,) = read(text, "webhooks.md")
    assert isinstance(problem, SystemDesignProblem)
    assert (problem.id, problem.title, problem.question) == (
        "webhooks",
        "Webhook Delivery Service",
        "Design a service that delivers events to customers' endpoints.",
    )
    # A title that names a system keeps its name, whatever heading follows it.
    _, (named,) = read(text.replace("# System Design Interview Practice", "# Webhook Platform"), "webhooks.md")
    assert named.title == "Webhook Platform"


def test_placeholders_on_a_page_with_nothing_to_read_are_reported_only_when_nothing_else_says_why():
    questions = "\n".join(f"{n}. Tell me about a time you {verb}." for n, verb in enumerate(["failed", "led", "hired"], 1))
    result, items = read(f"# Mock Script\n\n**[0-5 minutes: Introduction]**\n\n**Candidate**: [Uses STAR format]\n\n{questions}\n")
    assert items == []
    assert [p.message.split(":")[0] for p in result.problems] == ["a question list"]
    # A page with no structure at all: its placeholders may be why, so they are named.
    result, _ = read("# Notes\n\n### [Scenario ID]: [Clear Title]\n")
    assert [(p.line, p.severity) for p in result.problems if "placeholder" in p.message] == [(3, "warning"), (3, "warning")]


def test_timed_talks_in_a_resource_list_are_neither_a_design_problem_nor_a_cheat_sheet():
    text = """# Video Resources

## Architecture Talks
- "Evolving a Web Store's Architecture" (45 mins)
- "Inside a Key-Value Database" (60 mins)
- "Building Global Applications" (50 mins)
- "Scaling to Ten Million Users" (45 mins)

## Leadership Talks
- "Customer Stories" (30 mins)
- "Ownership in Practice" (25 mins)
- "Disagreeing Well" (20 mins)
"""
    result, items = read(text)
    assert items == []
    assert [p.message.split(":")[0] for p in result.problems] == ["a reference page"]


def test_a_design_problem_under_a_levelled_heading_takes_its_level():
    text = """# L7 Design Problems

## Problem 1: Design a Global Ledger
### Problem Statement
Design a ledger that records payments in twelve regions.
### Functional Requirements
- Record a payment once

## Problem 2: Design a Feature Store (L6)
### Problem Statement
Design a feature store for forty model teams.
### Functional Requirements
- Serve features in under 10 ms
"""
    _, (first, second) = read(text)
    assert [(p.levels, p.question) for p in (first, second)] == [
        (("L7",), "Design a ledger that records payments in twelve regions."),
        (("L6",), "Design a feature store for forty model teams."),
    ]


def test_questions_answered_in_prose_by_us_say_that_they_have_no_parts_to_time():
    # Told by "we" alone: a team's account, not the candidate's own answer (told by "I", it is
    # a prepared answer: test_prepared_answers.py).
    answer = "We shipped a schema change on a Friday without a rollback script and logins broke for an hour; since then every migration our team runs has a rehearsed way back."
    text = f"# Behavior Questions\n\n### Tell me about a time you failed.\n\n{answer}\n\n### Describe a time you disagreed with a teammate.\n\n{answer}\n"
    result, items = read(text)
    assert items == []
    (problem,) = result.problems
    assert (problem.line, problem.message.split(":")[0]) == (3, "a question list answered in prose")
    assert "no Situation, Task, Action or Result parts" in problem.message


def test_a_guide_that_quotes_a_few_questions_is_a_reference_page_not_a_question_list():
    guide = "\n\n".join(f"Paragraph {n} of advice on reading the interviewer." for n in range(40))
    questions = "- Tell me about a time you failed.\n- Describe a time you led.\n- Tell me about a conflict.\n"
    result, _ = read(f"# Reading the Interviewer\n\n{guide}\n\n## Curveballs\n\n{questions}")
    assert [p.message.split(":")[0] for p in result.problems] == ["a reference page"]
    result, _ = read(f"# Questions\n\n{questions}")
    assert [p.message.split(":")[0] for p in result.problems] == ["a question list"]


def test_a_self_assessment_in_a_practice_hub_or_a_quiz_is_no_deep_dive():
    body = "## Self-Assessment Framework\n\n**Technical Understanding** (1-5 scale):\n- [ ] Can explain caching\n- [ ] Can size a cluster\n"
    for title in ("Complete Practice Framework", "Team Fit Assessment Guide"):
        _, items = read(f"# {title}\n\n{body}")
        assert items == [], title
    _, (dive,) = read(f"# Caching for Engineering Leaders\n\n{body}")
    assert dive.kind == "deep_dive" and dive.checklists[0].items == ("Can explain caching", "Can size a cluster")


def test_prompts_that_ask_for_a_document_say_they_are_written_not_rehearsed():
    prompt = '> **Scenario:** Your platform must grow tenfold in a year.\n>\n> **Your Task:** {task}\n'
    text = "# Written Assessment Guide\n\n#### Prompt 1: Scaling (L7)\n" + prompt.format(task="Develop a scaling strategy with quarterly milestones.")
    text += "\n#### Prompt 2: Incident (L6)\n" + prompt.format(task="Write a response plan for the first week.")
    result, items = read(text)
    assert items == []
    (problem,) = result.problems
    assert (problem.line, problem.message.split(":")[0]) == (3, "a reference page of writing prompts")


def test_a_glossary_of_definitions_quoting_sample_questions_is_a_reference_page_and_a_panels_questions_a_list():
    glossary = "".join(
        f"## {n}. Value {n}\n**Definition**: What the value means, in a sentence or two.\n"
        f'*   *Question*: "Tell me about a time you showed value {n}."\n\n'
        for n in range(1, 5)
    )
    result = parse_text("# Values Guide\n\n" + glossary, Path("values.md"))
    assert not result.items and "a reference page: 4 sections" in " ".join(p.message for p in result.problems)
    panel = "# Panel Questions\n\n## Area A\n\n" + "".join(f"{n}. Can you tell us about a hard call number {n}? What happened?\n\n" for n in range(1, 5))
    result = parse_text(panel, Path("panel.md"))
    assert not result.items and "a question list: 4 interview questions" in " ".join(p.message for p in result.problems)


def test_a_page_written_wholly_inside_one_fence_of_any_language_says_its_example_is_in_a_code_block():
    story = "## A missed deadline\n\nSituation: We had two weeks.\nTask: I owned the export.\nAction: I shipped the simple formats first.\nResult: The client got them on time.\n"
    result = parse_text("```python\n" + story + "```\n", Path("notes.md"))
    assert not result.items and "an example inside a code block" in " ".join(p.message for p in result.problems)
    beside = parse_text("# Notes\n\nSome text outside.\n\n```python\n" + story + "```\n", Path("notes.md"))
    assert "an example inside a code block" not in " ".join(p.message for p in beside.problems)


def test_stage_directions_and_labelled_remarks_in_a_script_are_no_blanks():
    page = "# Design a Search Service\n\n## Requirements\n\nFind documents fast.\n\n## Mock Script\n\n"
    page += '**You:** "I will start with the architecture."\n\n*[Draw diagram on whiteboard]*\n\n'
    page += '**Interviewer:** "Go on."\n\n'
    page += "[Interviewer notes: Good, covers latency, scale and the data sources the candidate asked about.]\n\n"
    page += "## Follow-ups\n\n- How do you rank results?\n"
    result = parse_text(page, Path("notes.md"))
    assert not [problem for problem in result.problems if "placeholder" in problem.message]


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        (1, "an unfilled template: the story entry at line 3 has STAR parts that are empty"),
        (2, "an unfilled template: 2 story entries (the first at line 3) have STAR parts that are empty"),
    ],
)
def test_unfilled_story_entries_are_counted_in_words_that_agree(entries: int, said: str) -> None:
    """One entry left unfilled is "the story entry", never "1 story entries"."""
    entry = "## A time I {}\n\n**Situation:**\n\n**Task:**\n\n**Action:**\n\n**Result:**\n"
    text = "# Stories\n\n" + "\n".join(entry.format(what) for what in ["disagreed", "failed"][:entries])
    assert any(message.startswith(said) for message in messages(parse_text(text, Path("stories.md"))))


def test_a_table_naming_a_principle_a_row_makes_the_page_a_reference_on_them():
    """`| Customer Obsession | Tell me about a time … |`, a row for each of eight principles, no answers."""
    rows = [
        ("Customer Obsession", "Tell me about a time you went past what a customer asked."),
        ("Ownership", "Tell me about a time you took on something outside your role."),
        ("Dive Deep", "Tell me about a time the data contradicted what everyone believed."),
        ("Earn Trust", "Tell me about a time you had to admit a mistake to your team."),
    ]
    table = "| Principle | Question |\n|---|---|\n" + "".join(f"| {p} | {q} |\n" for p, q in rows)
    result, _ = read("# Leadership principles\n\n## The questions\n\n" + table)
    assert result.items == []
    assert any(m.startswith("a reference page on the Leadership Principles, and ") for m in messages(result))


def test_a_star_template_in_a_fence_after_the_method_explained_is_said_to_be_unfilled():
    text = (
        "# Story bank\n\nPrepare real stories, not definitions.\n\n## STAR Format\n\nUse this structure for every answer:\n\n### Situation\nWhat was happening?\n\n### Task\nWhat did you own?\n\n"
        "### Action\nWhat did you do?\n\n### Result\nWhat changed, in numbers?\n\n"
        "## Story Template\n\n```text\nStory Name:\n\nSituation:\nWhat was happening?\n\nTask:\nWhat was yours?\n\n"
        "Action:\nWhat exactly did you do?\n\nResult:\nWhat was the measurable result?\n"
    )
    result, _ = read(text)
    assert result.items == []
    assert any(m.startswith("an unfilled template inside a code block: the template at line") for m in messages(result))


def test_a_goal_of_designing_systems_in_general_is_no_ask_beside_a_method_s_timed_steps():
    """Staff prep notes: a project's `**What:** Design complex systems from scratch`, then timed steps
    for no system (`**Step 1: Clarify Requirements (5 min)** 📋`): a cheat-sheet of timings."""
    steps = ["Clarify Requirements", "Estimate Scale", "High-Level Design", "Deep Dive"]
    text = (
        "# Interview prep\n\n## Portfolio project\n\n**What:** Design complex systems from scratch\n\n"
        "## System design rounds\n\n" + "".join(f"**Step {n}: {s} (5 min)** 📋\n- notes\n\n" for n, s in enumerate(steps, 1))
    )
    result, _ = read(text)
    assert not [item for item in result.items if isinstance(item, SystemDesignProblem)]
    assert any("cheat-sheet of timings" in m for m in messages(result))


def test_a_document_shown_in_a_small_fence_of_a_long_topic_page_is_its_example_not_the_page_s_kind():
    """A tech lead's notes on decision records showing one record (an ADR) in a ```markdown fence: the
    page is a topic page still; a story, a design or a plan in a fence would make it a page about interviewing."""
    section = "Teams record why they chose what they chose, so that the next person does not argue it again from scratch.\n"
    text = (
        "# Decision records for tech leads\n\nHow a tech lead makes and writes down technical decisions.\n\n"
        "## Key concepts\n\n| Concept | Meaning |\n|---|---|\n| ADR | A short record of one decision |\n| RFC | A proposal open for comment |\n| Two-way door | A decision easy to undo |\n\n"
        + "".join(f"## {name}\n\n{section * 4}\n- one point\n- another point\n\n" for name in ("Why write decisions down", "When to write an RFC", "Reversible and irreversible decisions", "Reviewing a decision later"))
        + "## An example record\n\n```markdown\n# ADR 7: Use one queue per tenant\n\n## Status\nAccepted\n\n## Context\nTenants share a queue and one noisy tenant delays the rest.\n\n## Decision\nOne queue per tenant, created on sign-up.\n\n## Consequences\nMore queues to watch; no tenant waits on another.\n```\n\n"
        + "## Checklist\n\n- [ ] The decision names its owner\n- [ ] The record says what would change it\n"
    )
    (page,) = parse_text(text, Path("decision-framework.md")).items
    assert page.kind == "deep_dive"
    assert page.title == "Decision records for tech leads"
