"""Scenario prompts and story titles as real guides write them: a scene set by Situation and
Task headings, a `**Setup:**` answered under headings of any name, a story named by its
own `Story Title:` subheading, labels that only mention a STAR part."""

from __future__ import annotations

from pathlib import Path

from systemcraft_tui.content.names import star_part
from systemcraft_tui.content.parser import parse_text


def read(text: str, name: str = "scenarios.md"):
    result = parse_text(text, Path(name))
    return result, result.items


SCENE = """# Reorganisation Scenarios

## Core Scenarios

### Scenario 1: Two Teams Merged Under You

#### Situation
You manage nine engineers and leadership merges your team with another.

#### Task
Bring the teams together within a quarter.

#### L6 Response Framework

**Immediate Actions (First Two Weeks):**
- **Listening Round**: meet everyone first

**Sample L6 STAR Response:**
"**Situation**: My team of nine was merged with a team of seven.

**Task**: I had to produce one roadmap.

**Action**: I met all sixteen people in the first week.

**Result**: We kept every customer date that quarter."

#### L7 Approach: Organisation Focus

- Give every manager the same dates

### Scenario 2: A Fast Fix Against the Policy

#### Situation
A one-day fix would skip the new review.

#### Leadership Principle Integration

**Bias for Action vs. Process Compliance:**
- When is waiting the bigger risk?

**Sample Integrated Response (L7 Level):**
"**Situation**: A billing bug overcharged customers daily.

**Task**: I had to stop it without making the review optional.

**Action**: I asked the board for an expedited path.

**Result**: Overcharging stopped within a day."

## Best Practices

### Say What You Know
- What is decided and what is not
"""


def test_a_scene_in_situation_and_task_headings_with_answers_per_level_is_one_scenario():
    result, (first, second) = read(SCENE)
    assert [(s.title, s.levels, s.rule) for s in (first, second)] == [
        ("Two Teams Merged Under You", ("L6", "L7"), "scenario-prompt"),
        ("A Fast Fix Against the Policy", ("L7",), "scenario-prompt"),
    ]
    # The scene is the prompt; the STAR parts are the first sample answer's.
    assert first.question == (
        "You manage nine engineers and leadership merges your team with another.\n"
        "Bring the teams together within a quarter."
    )
    assert [(s.name, s.text) for s in first.star][:1] == [("Situation", "My team of nine was merged with a team of seven.")]
    assert [s.name for s in second.star] == ["Situation", "Task", "Action", "Result"]
    # An answer under a heading of another name is an answer, not the scenario's principles.
    assert second.principles == []
    assert result.problems == []


SETUP = """# Hard Calls for L6/L7 Managers

## Supplier Scenarios

### Scenario 1: A Supplier Shuts Down Its API

**Setup:**
> "Your identity provider switches off its API in sixty days. What do you do?"

#### Supplier Shutdown Playbook:

**First Day (Hours 0-8):**
- Confirm the date in writing

**Cut-over (Weeks 3-8):**
- Move internal users first
"""


def test_every_subheading_under_a_setup_label_answers_it():
    result, (scenario,) = read(SETUP)
    assert (scenario.title, scenario.rule, scenario.question) == (
        "A Supplier Shuts Down Its API",
        "scenario-prompt",
        "Your identity provider switches off its API in sixty days. What do you do?",
    )
    assert scenario.levels == ("L6", "L7")  # the title says whom the scenarios are for
    assert [s.name for s in scenario.star] == ["Answer"]
    assert result.problems == []


def test_a_quoted_motto_over_stories_is_not_a_scenario_prompt():
    text = """# Principles

## Ownership

> "Leaders are owners."

### L6 Story: The Orphaned Library
**Situation**: A library had no owner.
**Task**: I offered my team.
**Action**: We triaged the backlog.
**Result**: It has a monthly release.

### L7 Story: The Shared Platform
**Situation**: Five teams ran their own deploy tools.
**Task**: I owned one platform.
**Action**: I moved one team at a time.
**Result**: All five moved in a year.
"""
    _, items = read(text)
    assert [(s.title, s.rule) for s in items] == [
        ("The Orphaned Library", "star-parts"),
        ("The Shared Platform", "star-parts"),
    ]


def test_a_label_that_only_mentions_a_part_is_not_that_part():
    assert [star_part(label) for label in ("Immediate Actions", "Deliver Results", "Your Task")] == [None, None, None]
    assert [star_part(label) for label in ("The Result", "My Actions", "S - Situation", "Actions Taken")] == [
        "Result",
        "Action",
        "Situation",
        "Action",
    ]


STORY_TITLE = """# Story Bank

## L6 Example Story: Invoicing Rewrite

### Story Title: Moving Invoicing Off the Monolith

**Target Level**: L6
**Primary LP**: Ownership
**Secondary LPs**: Dive Deep, Deliver Results
**Time Period**: 2022-2023 (14 months)

### SITUATION (40 seconds)
Invoices came out of a ten-year-old monolith.

### TASK (20 seconds)
My team of eight had to move invoicing out within a year.

### ACTION (1 minute 30 seconds)
**Phase 1: Mapping** (3 weeks)
We traced every path that wrote an invoice.

### RESULT (30 seconds)
Invoice errors fell by 80%.
"""


def test_a_story_is_titled_by_its_story_title_subheading_with_role_labelled_principles():
    result, (story,) = read(STORY_TITLE)
    assert (story.title, story.levels, story.id) == (
        "Moving Invoicing Off the Monolith",
        ("L6",),
        "scenarios/moving-invoicing-off-the-monolith",
    )
    assert [(s.name, s.min_seconds, s.timing) for s in story.star] == [
        ("Situation", 40, "file"),
        ("Task", 20, "file"),
        ("Action", 90, "file"),
        ("Result", 30, "file"),
    ]
    assert story.canonical_principles == ["Ownership", "Dive Deep", "Deliver Results"]
    assert story.principles[0].role == "Primary"
    assert result.problems == []


GRADED = """# Conflict

### Q1: Tell me about a time you disagreed with your manager.

**Follow-up questions:**
- What would you do differently?

#### Sample answers

**Strong answer (5/5):**

> **Situation:** My manager wanted to ship the beta with no rollback plan.
> **Task:** I owned the release.
> **Action:** I showed him two past outages a rollback would have shortened.
> **Result:** We shipped a week later with a rollback switch and never needed it.

**Weak answer (2/5):**

> **Situation:** My manager and I disagreed.
> **Task:** I had to ship.
> **Action:** I did what I was told.
> **Result:** It shipped.
"""


def test_graded_sample_answers_are_one_item_asked_by_the_question_its_best_answer_shown():
    result, items = read(GRADED)
    assert not result.problems
    (item,) = items
    assert item.question == "Tell me about a time you disagreed with your manager."
    assert [probe.question for probe in item.probes] == ["What would you do differently?"]
    assert item.star[0].text.startswith("My manager wanted to ship the beta")  # the 5/5 answer, though it comes first


def test_one_graded_label_alone_does_not_merge_stories_of_their_own():
    text = GRADED.replace("**Weak answer (2/5):**", "**The Payments Migration**")
    _, items = read(text)
    assert len(items) == 2  # a story titled by its name is no grade of an answer


SCENE_THEN_HANDLING = """\
# Working with a Partner Team That Does Not Answer

## Context

Your service had an outage that a customer team reported. To find the cause, your team needs logs from a team you depend on.
The customer team's director wants the cause and a fix by the end of the week.
The onus is on you, as the engineering manager, to get the answer and report back.

### What Actually Happened

The other team did not reply for three days, and their manager did not answer a direct message.

## Handling

### Approach 1 - the first time it happens

Set up a call with their manager and ask what is keeping them from looking at it.

### Approach 2 - when it keeps happening

Raise it with both directors and agree on how fast each team answers the other.
"""


def test_a_scene_for_you_then_how_it_is_handled_is_one_scenario():
    _, (item,) = read(SCENE_THEN_HANDLING)
    assert (item.kind, item.title) == ("behavioral", "Working with a Partner Team That Does Not Answer")
