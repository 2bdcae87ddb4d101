"""Items recognised by structure (content/recognise.py, the rules in content/rules.py): the
shape classes of issue 12, each with a test, and the rules table the README repeats."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from systemcraft_tui.content.follow_ups import names_follow_ups
from systemcraft_tui.content.model import BehavioralScenario, PracticePlan, SystemDesignProblem
from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.rules import BOUNDARY, LABELS, RULES, STRUCTURE
from tests.content.conftest import messages

README = Path(__file__).resolve().parents[2] / "README.md"


def read(text: str, name: str = "notes.md"):
    result = parse_text(text, Path(name))
    return result, result.items


# --- 1. stories as bold labels, no question, many to a file, under any heading ---------------

CODED_BANK = """# My Story Bank

Codes: DR = delivery, PE = people.

## Delivery

### DR-01 · Moving payments in one weekend
**Principles:** Deliver Results, Ownership
1. **S:** Our card processor gave thirty days' notice.
2. **T:** I owned moving every payment path without an outage.
3. **A:** I split traffic by country and rehearsed the switch twice.
4. **R:** All traffic moved in one weekend with fewer failures than before.

## People

#### PE-01 · A team that had stopped trusting its estimates
- **Situation**: Releases slipped for three quarters in a row.
- **Task**: I had to make dates believable again.
- **Action**: I asked the team to estimate in ranges and I published the misses weekly.
- **Result**: Two quarters later nine of ten dates held.
"""


def test_stories_are_read_from_bold_labels_under_any_heading_without_a_question():
    result, (first, second) = read(CODED_BANK)
    assert [(s.code, s.title, s.rule) for s in (first, second)] == [
        ("DR-01", "Moving payments in one weekend", "star-parts"),
        ("PE-01", "A team that had stopped trusting its estimates", "star-parts"),
    ]
    assert [s.name for s in first.star] == ["Situation", "Task", "Action", "Result"]
    assert first.star[2].text == "I split traffic by country and rehearsed the switch twice."
    assert first.canonical_principles == ["Deliver Results", "Ownership"]
    assert not [p for p in result.problems if p.severity == "error"]


def test_a_story_without_a_question_is_asked_with_its_principle_or_title_and_says_so():
    _, (first, second) = read(CODED_BANK)
    assert first.question_source == "principle"
    assert first.question.startswith("Tell me about a time that shows Deliver Results.")
    assert (second.question_source, second.question) == (
        "title",
        "Walk me through this story: A team that had stopped trusting its estimates",
    )
    _, (asked,) = read("## Tell me about a hard call?\n\nSituation: s s s.\nTask: t.\nAction: I a.\nResult: r.\n")
    assert (asked.question, asked.question_source) == ("Tell me about a hard call?", "title")


def test_a_bold_first_letter_labels_its_part_and_keeps_the_timing():
    text = (
        "## Outage\n\n**S**ituation (30 seconds): Our site went down.\n**T**ask: I owned the fix.\n"
        "**A**ction: I rolled back.\n**R**esult: Back in ten minutes.\n"
    )
    _, (story,) = read(text)
    assert [(s.name, s.max_seconds, s.timing, s.text) for s in story.star][:2] == [
        ("Situation", 30, "file", "Our site went down."),
        ("Task", 30, "default", "I owned the fix."),
    ]


def test_parts_marked_inline_by_letters_in_parentheses_are_stories_each_time_they_start_over():
    text = (
        "### 1. Describe a disagreement? (Ownership, deliver result)\n"
        "(S) We shared a service. (T) I owned its schema. (A) I measured both options.\n(R) We kept mine.\n\n"
        "(S) A second time. (T) I had the rota. (A) I swapped a week. (R) Nobody was left alone.\n\n"
        "### 2. A list, not a story\n(A) first choice (B) second choice\n"
    )
    result, items = read(text)
    assert [[s.name for s in item.star] for item in items] == [["Situation", "Task", "Action", "Result"]] * 2
    assert [s.text for s in items[0].star] == ["We shared a service.", "I owned its schema.", "I measured both options.", "We kept mine."]
    assert items[0].canonical_principles == ["Ownership", "Deliver Results"]
    assert items[0].id != items[1].id


def test_a_parts_letter_alone_as_its_heading_is_the_part_when_three_letters_are_there():
    parts = "### S\nOur bill doubled.\n\n### T\nI owned the budget.\n\n### A\nI shut idle clusters.\n\n### R\nThe bill fell a third.\n"
    _, (story,) = read("## Cloud spend\n\n" + parts)
    assert [(s.name, s.text) for s in story.star] == [
        ("Situation", "Our bill doubled."),
        ("Task", "I owned the budget."),
        ("Action", "I shut idle clusters."),
        ("Result", "The bill fell a third."),
    ]
    # A lone `### A` answering a `### Q` is an answer, no Action.
    result, items = read("## Caching\n\n### Q\nWhat is a cache stampede?\n\n### A\nMany misses at once refill one key.\n")
    assert not any(isinstance(item, BehavioralScenario) for item in items)


def test_a_heading_coded_as_one_story_names_the_story_under_it_unless_it_is_only_a_code():
    parts = "**Situation:** Our queue doubled.\n\n**Task:** I owned tooling.\n\n**Action:** I built a hand-off.\n\n**Result:** Hand-offs halved.\n"
    _, (named,) = read(f"# Bank\n\n## Story A · Refund bot\n\n### Example\n\n{parts}\n### Your version\n\n**S:**\n**T:**\n")
    assert named.title == "Refund bot"
    _, (coded,) = read(f"# Bank\n\n## STORY : 4\n\n### Refund bot rollout\n\n{parts}")
    assert coded.title == "Refund bot rollout"


def test_principles_among_a_labelled_list_of_tags_are_the_storys_but_not_in_a_sentence():
    story = "## Story 1: Export\n\n**Situation:** s.\n\n**Task:** t.\n\n**Action:** I did a.\n\n**Result:** r.\n\n"
    _, (tagged,) = read(story + "**Maps to:** Performance work, Deliver result, Dive deep\n")
    assert tagged.canonical_principles == ["Deliver Results", "Dive Deep"]
    _, (sentence,) = read(story + "**Notes:** I learned to dive deep, and our team grew, and the customers stayed happy\n")
    assert sentence.canonical_principles == []
    _, (few,) = read(story + "**Skills:** Python, Kafka, Ownership\n")
    assert few.canonical_principles == []


# --- 2. a file title over numbered example headings; a level in a heading -------------------

EXAMPLES = """# Behavioral Answers

## Example 1: STAR Answer on a Missed Date (L7)

**Situation**: We promised a launch date that slipped.
**Task**: I had to reset expectations.
**Action**: I told the sponsor the same day and split the scope.
**Result**: Half shipped on time.

## Example 2: STAR Answer on Hiring - L6

**Situation**: We needed two engineers quickly.
**Task**: I owned the hiring plan.
**Action**: I ran the loops myself for a month.
**Result**: Both started within six weeks.
"""


def test_numbered_example_headings_are_items_not_sections_of_the_file_title():
    _, items = read(EXAMPLES)
    assert [(s.title, s.levels) for s in items] == [
        ("STAR Answer on a Missed Date", ("L7",)),
        ("STAR Answer on Hiring", ("L6",)),
    ]


# --- 3. a scenario prompt with model answers per level ----------------------------------------

PROMPTS = """# Office Return Scenarios

### Scenario 1: A Team That Pushes Back

> **Situation:** Your team has worked remotely for years and the office mandate lands.
>
> **Your Task:** How do you keep your best people through the change?

#### L6 Model Answer

"**Situation**: My team pushed back hard.

**Task**: I had to keep our commitments.

**Action**: I met every person one to one in the first week.

**Result**: Thirteen of fifteen stayed."

#### L7 Model Answer

"**Situation**: Four teams pushed back.

**Task**: I needed one plan for every manager.

**Action**: I gave the managers one talk track.

**Result**: Retention stayed above the company average."

### Scenario 2: A Data Leak on a Friday Night

**Setup:**
> "An internal endpoint has been public for weeks. What do you do?"

#### Strong Response:

- Close the endpoint first, then preserve the logs.
"""


def test_a_scenario_prompt_with_answers_per_level_is_one_item_with_their_levels():
    result, (first, second) = read(PROMPTS)
    assert (first.title, first.levels, first.rule) == ("A Team That Pushes Back", ("L6", "L7"), "scenario-prompt")
    assert first.question == "How do you keep your best people through the change?"
    assert [s.name for s in first.star] == ["Situation", "Task", "Action", "Result"]
    assert first.star[0].text == "My team pushed back hard."
    # An answer that is not told in STAR parts is rehearsed as one answer.
    assert (second.question, [s.name for s in second.star]) == (
        "An internal endpoint has been public for weeks. What do you do?",
        ["Answer"],
    )
    assert second.levels == ()
    assert not [p for p in result.problems if p.severity == "error"]


# --- 4. several numbered design problems in one file ------------------------------------------

PROBLEMS = """# System Design Questions With Sample Answers

## A Framework for Every Question

1. **Clarify Requirements** - functional and non-functional
2. **High-Level Design** - the main boxes

## Data Platforms

### 1. Design a data pipeline health monitor

**1. Requirements Clarification:**
- Detect late data

**2. Scale Estimation:**
- 4,000 pipelines

**3. High-Level Architecture:**
- A collector and a check runner

### 2. Design a secrets manager

**1. Requirements Clarification:**
- Store and rotate secrets

**2. Scale Estimation:**
- 10,000 services

**3. Key Tradeoffs:**
- Central vault vs per-region
"""


def test_several_numbered_design_problems_are_separate_items_with_their_untimed_steps():
    result, items = read(PROBLEMS, "design-questions.md")
    assert [(p.kind, p.id, p.question) for p in items] == [
        ("system_design", "design-questions/design-a-data-pipeline-health-monitor", "Design a data pipeline health monitor"),
        ("system_design", "design-questions/design-a-secrets-manager", "Design a secrets manager"),
    ]
    assert [(p.name, p.timing) for p in items[0].phases] == [
        ("Requirements Clarification", "default"),
        ("Scale Estimation", "default"),
        ("High-Level Architecture", "default"),
    ]
    assert any("have no timings" in m for m in messages(result, "warning"))


def test_a_coding_problem_number_is_not_a_design_problem():
    text = "# Mock Problems\n\n### Problem 1: Team Task Scheduler\n\n```python\ndef schedule(): ...\n```\n"
    result, items = read(text)
    assert items == []
    assert "no SystemCraft content found" not in " ".join(messages(result))


# --- 5. STAR headings timed in seconds, in any letter case ------------------------------------


def test_star_headings_timed_in_seconds_keep_a_story_and_seconds_stay_seconds():
    text = """# My Core Stories

## Story 1: The Pager That Never Stopped

### SITUATION (20 sec)
We were paged forty times a week.

#### task — 25s
I had to cut the noise.

### Action (60-90 sec)
I deleted alerts nobody acted on.

### result (20 SECONDS)
Pages dropped to six a week.
"""
    _, (story,) = read(text)
    assert story.kind == "behavioral"
    assert [(s.name, s.min_seconds, s.max_seconds, s.timing) for s in story.star] == [
        ("Situation", 20, 20, "file"),
        ("Task", 25, 25, "file"),
        ("Action", 60, 90, "file"),
        ("Result", 20, 20, "file"),
    ]


# --- 6. plan weeks with tick boxes and theme lines --------------------------------------------

PLAN = """# Twelve-Week Preparation Plan

## 📅 Week-by-Week Guide

### Weeks 1-4: Foundation Phase
**Focus: Baseline and routine**

#### Week 1: Baseline Assessment
**Theme: "Know Where You Start" | Target: 15 hours**

**Key Deliverables:**
- [ ] Written gap analysis
- [ ] Five stories mapped to principles

#### Week 2: Core Patterns
**Focus:** Arrays and the design framework

- [x] Three new stories drafted

## 🔁 Week 3-4: The Second Loop

### Week 3:
- [ ] A second pass on the gap analysis
"""


def test_plan_weeks_read_theme_lines_as_goals_and_tick_boxes_as_deliverables():
    _, (plan,) = read(PLAN, "twelve.md")
    assert isinstance(plan, PracticePlan) and plan.id == "twelve"
    assert [(w.first, w.last) for w in plan.weeks] == [(1, 1), (2, 2), (3, 4)]
    week1, week2, again = plan.weeks
    assert "Know Where You Start" in week1.goals
    assert week1.deliverables == ("Written gap analysis", "Five stories mapped to principles")
    assert (week2.goals, week2.deliverables) == ("Arrays and the design framework", ("Three new stories drafted",))
    # "### Week 3:" with no theme under "Week 3-4" is part of that week, not a week.
    assert again.deliverables == ("A second pass on the gap analysis",)


def test_weeks_numbered_from_one_again_start_another_plan_titled_by_its_heading():
    text = """# Two Timelines

## Timeline #1: Eight Weeks to an L6 Offer

### Week-by-Week

#### Week 1: Baseline
**Focus:** Find the gaps

#### Week 2: Basics
**Focus:** Patterns

## Timeline #2: Twelve Weeks to an L7 Offer

#### Week 1: Strategy
**Goal:** Pick the level
"""
    _, plans = read(text, "timelines.md")
    assert [(p.title, p.levels, [w.first for w in p.weeks]) for p in plans] == [
        ("Timeline #1: Eight Weeks to an L6 Offer", ("L6",), [1, 2]),
        ("Timeline #2: Twelve Weeks to an L7 Offer", ("L7",), [1]),
    ]
    assert [p.id for p in plans] == ["timelines/timeline-1", "timelines/timeline-2"]


# --- 7. follow-ups as numbered question headings with labelled answers ------------------------


def test_follow_up_question_headings_after_a_story_are_its_probes():
    text = """# Behavior Questions

1. #### How did you choose the stack for the hackathon?

   Situation: We had 72 hours (one weekend) to build a site.

   Task: I had to pick tools the team could ship with.

   Action: I compared two frameworks against what we knew.

   Result: We deployed two hours early.

2. #### (Follow-Up) What did you do when the documentation ran out (late on Saturday)?

   Answer: I read the library's source.

3. #### Why this role?

   - I like the product
"""
    result, (story,) = read(text)
    assert story.title == "How did you choose the stack for the hackathon?"
    assert [(p.question, p.answer) for p in story.probes] == [
        ("What did you do when the documentation ran out (late on Saturday)?", "I read the library's source.")
    ]
    assert story.star[0].timing == "default"  # "(one weekend)" is a remark, not a timing
    assert not [p for p in result.problems if p.severity == "error"]


def test_design_follow_ups_as_q_headings_with_a_parenthesis_are_not_timings():
    text = """# 60-Minute Ride Dispatch Design Interview Structure

## Minutes 0-5: Requirements Clarification (5 min)
## Minutes 5-15: High-Level Design (10 min)
## Minutes 15-35: Deep Dive (20 min)
### 1. Indexing Driver Locations (8 min)
### 2. Surge Zones (12 min)
## Minutes 35-60: Scaling and Wrap-up (25 min)

## Questions the Interviewer May Ask

### **Q1: "How would it change at 10x the riders (for example, a new country)?"**
**Response:**
Shard the location index by city.
"""
    result, (problem,) = read(text)
    assert [(p.name, p.max_minutes) for p in problem.phases] == [
        ("Requirements Clarification", 5),
        ("High-Level Design", 10),
        ("Deep Dive", 20),
        ("Scaling and Wrap-up", 25),
    ]
    assert [(p.question, p.answer) for p in problem.follow_ups] == [
        ("How would it change at 10x the riders (for example, a new country)?", "Shard the location index by city.")
    ]
    assert not [p for p in result.problems if p.severity == "error"]


@pytest.mark.parametrize(
    "heading",
    ["Questions You Should Be Ready to Answer", "Questions you should be prepared for", "Questions you may be asked"],
)
def test_questions_to_be_ready_for_name_the_follow_ups(heading):
    assert names_follow_ups(heading)


def test_a_design_guide_s_questions_you_may_be_asked_are_its_follow_ups():
    text = """# Notification Service Design

## Requirements (5 min)
Send each user their alerts.

## High-Level Design (15 min)
A queue in front of the senders.

## Tips

### Questions you may be asked

1. **How do you handle users who are offline?**
   - Keep the alerts and send them when the device reconnects
2. **How do you stop alert floods?**
   - Batch alerts per user
"""
    _, (problem,) = read(text)
    assert [p.question for p in problem.follow_ups] == [
        "How do you handle users who are offline?",
        "How do you stop alert floods?",
    ]


# --- 8. parentheses that are not timings ---------------------------------------------------


def test_year_ranges_acronyms_and_remarks_never_make_a_deep_dive_a_design_problem():
    text = """# Consistency Models Deep Dive

## Part I (2019-2021)

#### Linearizability (SEC)
Reads see the latest write.

#### Sequential Consistency (optional)
All clients see one order.

## How Stores Changed (2006-2020)
Text.
"""
    result, (dive,) = read(text)
    assert dive.kind == "deep_dive"
    assert [c.name for c in dive.concepts] == ["Linearizability", "Sequential Consistency"]
    assert not [p for p in result.problems if p.severity == "error"]


def test_a_year_range_in_a_design_heading_is_not_a_timing_and_a_total_is():
    text = """# Design a Ledger for a Marketplace

## History of the Old Ledger (2019-2021)
Text.

## Requirements (5 min)
Text.

## Your Design (35 minutes total)
Text.
"""
    result, (problem,) = read(text)
    assert [(p.name, p.max_minutes) for p in problem.phases] == [("Requirements", 5), ("Your Design", 35)]
    assert not [p for p in result.problems if p.severity == "error"]


# --- 9. timed steps as a plain list --------------------------------------------------------


def test_timed_steps_in_a_plain_list_are_the_phases():
    text = """# Parking Garage Reservations

**Task:** Design a parking garage reservation system for a city

**Time Allocation:**
* Requirements: ~5 min
* API Design: ~5 min
* High-Level Design (HLD) - 10 min

## Problem Statement
Drivers reserve spaces.

## Requirements
- Reserve and cancel
"""
    _, (problem,) = read(text)
    assert [(p.name, p.min_minutes, p.max_minutes, p.timing) for p in problem.phases] == [
        ("Requirements", 5, 5, "file"),
        ("API Design", 5, 5, "file"),
        ("High-Level Design (HLD)", 10, 10, "file"),
    ]
    assert problem.question == "Design a parking garage reservation system for a city"


# --- 10. a principle named in a heading -----------------------------------------------------


def test_a_principle_named_in_a_heading_over_or_before_stories_is_theirs():
    text = """# The Newer Principles

## 🌟 Strive to be Earth's Best Employer

Why it matters.

## Example 1: Making It Safe to Report Mistakes

**Situation**: Engineers hid mistakes.
**Task**: I wanted them reported.
**Action**: I wrote the first blameless review myself.
**Result**: Reports doubled.

## Dive Deep

### Story: The Nightly Job That Ran Twice

**Situation**: A job ran twice.
**Task**: I had to find why.
**Action**: I read the scheduler's logs.
**Result**: We found a clock bug.
**Leadership Principles**: Ownership
"""
    _, (first, second) = read(text)
    assert first.canonical_principles == ["Strive to be Earth's Best Employer"]
    assert second.canonical_principles == ["Ownership"]  # its own line wins over the heading


# --- 11. brackets that are not placeholders -------------------------------------------------


def test_brackets_that_are_not_placeholders():
    text = """# Story Bank[^1]

## Planning Reset

- **Situation**: Planning took six weeks ([doc](https://example.org)) [sic].
- **Task**: Reports matched `[A-Z]{3}` and then [A-Z]{2}-[0-9]{4}, see [2]; a list type holds ["apple", "banana", 123, true]; ids were base62 ([A-Z, a-z, 0-9]) or base36 ([a-z ,0-9]).
- **Action**: I cut the template [PAY-214]; the tool printed [bold red]FAILED[/bold red].
- **Result**: Planning took a week [estimated at two engineers' yearly cost].

[^1]: Notes.
"""
    result, (story,) = read(text)
    assert not [p for p in result.problems if "placeholder" in p.message]


def test_a_table_of_contents_marker_is_no_placeholder():
    text = """# Caching

[TOC]

## Cache-aside

The application reads the cache first and fills it on a miss.

## Write-through

Every write goes to the cache and the store together.

## Eviction

Least recently used entries leave first when the cache is full.

[[_TOC_]]
"""
    result, _ = read(text)
    assert not [p for p in result.problems if "placeholder" in p.message]


def test_a_credit_naming_its_author_in_brackets_is_no_placeholder_but_a_blank_name_is():
    text = """# Story Bank

## Planning Reset

- **Situation**: Planning took six weeks.
- **Task**: I owned the new template.
- **Action**: I cut the template to one page.
- **Result**: Planning took a week.

*Part of [Interview Notes](../README.md) — by [Jane Doe]*

Reviewed by [Your Name]
"""
    result, _ = read(text)
    assert [p.message for p in result.problems if "placeholder" in p.message] == ["unfilled template placeholder [Your Name]"]


def test_an_optional_sentence_in_brackets_is_no_placeholder_but_an_instruction_is():
    text = """# Story Bank

## Planning Reset

- **Situation**: Planning took six weeks. [The whole team lost a sprint to it every quarter.]
- **Task**: I owned the new template.
- **Action**: I cut the template to one page. [Describe what you cut and why it mattered to the team.]
- **Result**: Planning took a week.
"""
    result, _ = read(text)
    assert [p.message for p in result.problems if "placeholder" in p.message] == [
        "unfilled template placeholder [Describe what you cut and why it mattered to the team.]"
    ]


# --- 12. a blank template is one message ----------------------------------------------------


def test_a_blank_template_gives_one_message_and_no_item():
    text = "\n\n".join(
        [
            "### [Scenario ID]: [Clear Title]",
            "#### The Interview Question\n*\"[Exact question]\"*",
            "#### Complete STAR Response Example",
            "**Situation (30-45 seconds)**\n\"[Specific business context]\"",
            "**Task (15-30 seconds)**\n\"[Your specific role]\"",
            "**Action (90-120 seconds)**\n\"[Detailed approach]\"",
            "**Result (30-45 seconds)**\n\"[Quantified outcomes]\"",
        ]
    )
    result, items = read(text)
    assert items == []
    (problem,) = result.problems
    assert problem.line == 1 and problem.severity == "error"
    assert problem.message.startswith("an unfilled template: 7 placeholders such as [Scenario ID], the first at line 1")


def test_a_tracker_nesting_its_tables_of_unticked_boxes_is_one_unfilled_template():
    # `## Drills` holds tables only under `###` headings of its own: an entry of the tracker all the same.
    text = "# Readiness\n\nTick as you go.\n\n" + "\n\n".join(
        [
            "## Topics\n\n| Topic | Read | Taught |\n|---|---|---|\n| Queues | [ ] | [ ] |\n| Quorums | [ ] | [ ] |",
            "## Drills\n\n### Easy\n\n| Drill | Done |\n|---|---|\n| Paste bin | [ ] |",
            "### Hard\n\n| Drill | Done |\n|---|---|\n| Ad auction | [ ] |",
        ]
    )
    result, items = read(text)
    assert items == []
    (problem,) = result.problems
    assert problem.message.startswith("an unfilled template: 2 entries (the first at line 5)")


def test_a_bullet_left_empty_for_notes_is_a_blank_in_a_tracker():
    text = "# Readiness\n\n## Topics\n\n| Topic | Read |\n|---|---|\n| Queues | [ ] |\n\n## Notes\n\n-\n\n## Next\n\n-\n"
    result, items = read(text)
    assert items == []
    (problem,) = result.problems
    assert problem.message.startswith("an unfilled template: 3 entries (the first at line 3)")


def test_a_story_template_inside_a_guide_is_skipped_with_one_warning():
    text = """# Story Bank Guide

### Story #[Number]: [Title]

**SITUATION**
[Context and stakes]

**TASK**
[Responsibility]

**ACTION**
[Steps taken, in order]

**RESULT**
[Outcome with numbers]

### Story #1: The Impossible Deadline

**SITUATION**
Our largest client wanted an integration in three weeks.

**TASK**
I had to find a way to deliver it.

**ACTION**
I cut the scope to what the client used daily.

**RESULT**
We shipped in three weeks.
"""
    result, (story,) = read(text)
    assert story.title == "The Impossible Deadline"
    assert [(p.line, p.severity) for p in result.problems] == [(3, "warning")]
    assert "unfilled template" in result.problems[0].message


# --- 13. content the app cannot use says why, naming the line --------------------------------


def _fixture(name: str) -> str:
    return (Path(__file__).parents[1] / "fixtures/real_shapes" / name).read_text("utf-8")


def _only_warning(text: str) -> str:
    result, items = read(text)
    assert items == []
    (problem,) = [p for p in result.problems if p.severity == "warning"]
    assert not problem.message.startswith("no SystemCraft content found")
    return f"{problem.line}: {problem.message}"


def test_an_example_inside_a_code_block_is_named_with_its_line():
    said = _only_warning(
        "# Writing Answers\n\nAn example:\n\n```markdown\n## My Story\n\n**Situation**: I was new.\n"
        "**Task**: I had to ship.\n**Action**: I shipped.\n**Result**: It worked.\n```\n"
    )
    assert said.startswith("6: an example inside a code block: the story at line 6")
    assert "code block that starts at line 5" in said


def test_a_page_that_explains_star_is_a_reference_page():
    said = _only_warning(
        "# The STAR Method\n\n## How to answer\n\n- **Situation**: where and when\n- **Task**: what you owned\n"
        "- **Action**: what you did\n- **Result**: what changed\n"
    )
    assert said.startswith("3: a reference page: 'How to answer' at line 3 explains the STAR parts")


def test_a_cheat_sheet_of_timings_is_never_a_design_problem():
    said = _only_warning(
        "# System Design Cheat Sheet\n\n## Universal Framework\n\n| Phase | Time |\n|---|---|\n"
        "| Requirements | 5 min |\n| High-Level Design | 10 min |\n| Deep Dive | 20 min |\n"
    )
    assert said.startswith("3: a cheat-sheet of timings: the timed steps at line 3")


def test_a_list_of_questions_without_answers_says_so():
    said = _only_warning(
        "# Questions\n\n1. Tell me about a conflict.\n2. Describe a time you failed.\n"
        "3. Give an example of a hard decision.\n"
    )
    assert said.startswith("3: a question list: 3 interview questions (the first at line 3) without answers")


def test_a_page_with_none_of_the_structures_is_a_reference_page_not_an_empty_plan():
    said = _only_warning("# Study Notes\n\nSome thoughts.\n\n| Week | Focus |\n|---|---|\n| 1 | Stories |\n")
    assert said.startswith("1: a reference page: no heading holds STAR parts")


# --- the rules table ----------------------------------------------------------------------


def test_every_item_names_the_rule_that_read_it_and_the_readme_shows_the_same_table():
    readme = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)` \| ([a-z ]+) \| (.+) \|$", readme, flags=re.MULTILINE)
    # A table's pipes in an example (`| Phase | Time |`) are escaped in its cell, or they would split it.
    assert [(name, kind, reads.replace("\\|", "|")) for name, kind, reads in rows] == [
        (rule.name, rule.kind.replace("_", " "), rule.reads) for rule in RULES
    ]
    assert all("|" not in reads.replace("\\|", "") for _, _, reads in rows)
    assert f"**Structure first.** {STRUCTURE}\n" in readme
    assert f"**Where an item starts.** {BOUNDARY}\n" in readme
    assert f"**How a label is read.** {LABELS}\n" in readme
    _, items = read(CODED_BANK + PROMPTS + PROBLEMS)
    assert {item.rule for item in items} <= {rule.name for rule in RULES}
    assert all(isinstance(item, (BehavioralScenario, SystemDesignProblem)) for item in items)


def test_every_rule_is_summed_up_in_one_line_for_inspect():
    assert all(rule.summary and "\n" not in rule.summary and len(rule.summary) <= 100 for rule in RULES)
    assert len({rule.summary for rule in RULES}) == len(RULES)


def test_a_star_rating_after_a_title_is_no_word_of_it():
    story = "**Situation:** CI failed one run in five.\n**Task:** I took the shared rig.\n"
    story += "**Action:** I quarantined flaky tests.\n**Result:** Green runs rose to 98%.\n"
    _, items = read(f"# Bank\n\n## Payments cut-over ⭐⭐⭐⭐\n\n{story}\n## The flaky rig ★★★☆☆\n\n{story}")
    assert [(item.title, item.id) for item in items] == [
        ("Payments cut-over", "notes/payments-cut-over"),
        ("The flaky rig", "notes/the-flaky-rig"),
    ]


def test_phase_signals_leave_out_the_headings_besides_and_those_under_them():
    from systemcraft_tui.content.markdown_tree import parse_markdown
    from systemcraft_tui.content.system_design import phase_signals

    page = "# Notes\n\n## Requirements (10 min)\n\n## Story\n\n### Design (15 min)\n\n**Deep dive (20 min)**\n\n"
    page += "## Wrap-up (5 min)\n\n**Scaling (10 min)**\n"
    root = parse_markdown(page).root
    story = root.children[0].children[1]
    assert [line for line, _ in phase_signals(root)] == [3, 7, 9, 11, 13]
    assert phase_signals(root, besides=[story]) == [(3, ["Requirements"]), (11, ["Wrap-up"]), (13, ["Scaling"])]


def test_sibling_headings_are_asked_whether_they_walk_a_design_once_each(monkeypatch):
    """Each heading asks whether its siblings walk a design; counted per parent, the asks
    grow with the headings, not with their square (10,000 headings once took minutes)."""
    from systemcraft_tui.content import recognise

    asked = 0
    walks = recognise.walks_a_design

    def counted(section):
        nonlocal asked
        asked += 1
        return walks(section)

    monkeypatch.setattr(recognise, "walks_a_design", counted)
    text = "# Notes\n\n" + "".join(f"## Topic {n}\n\nA line about topic {n}.\n\n" for n in range(300))
    parse_text(text, Path("notes.md"))
    assert asked < 3 * 300


def test_a_technology_questions_page_reads_past_an_empty_heading():
    page = "# Redis Interview Guide\n\n####\n\n### Q: Explain persistence.\n\nRDB snapshots and an AOF log.\n\n"
    page += "### What is eviction?\n\nDropping keys when memory is full.\n\n### How does Redis replicate?\n\nA replica streams the primary's writes.\n"
    _, items = read(page)
    assert [item.kind for item in items] == ["deep_dive"]
    assert [concept.name for concept in items[0].concepts][:3] == ["Explain persistence.", "What is eviction?", "How does Redis replicate?"]


def test_a_story_told_at_two_lengths_is_rehearsed_in_its_first_telling_alone():
    page = "### 1) Billing Move (Scale)\n\n**2-minute version**\n\n- Situation: a batch job failed.\n- Task: move it.\n"
    page += "- Action: I ran both side by side.\n- Result: no invoice missed.\n\n**4-minute version**\n\n"
    page += "- Situation: the long telling.\n- Task: more.\n- Action: much more.\n- Result: the same end.\n"
    _, (story,) = read(page)
    assert [(part.name, part.text) for part in story.star][-1] == ("Result", "no invoice missed.")


def test_a_quoted_follow_up_keeps_its_arrowed_answer_apart():
    page = "# Design a Job Scheduler\n\n## Requirements\n\nRun timed jobs.\n\n## Follow-ups\n\n"
    page += '- "How do you stop a job running twice?" → Leases with fencing tokens\n- "What if a worker dies?" -> Its lease expires\n'
    _, (problem,) = read(page)
    assert [(probe.question, probe.answer) for probe in problem.follow_ups] == [
        ("How do you stop a job running twice?", "Leases with fencing tokens"),
        ("What if a worker dies?", "Its lease expires"),
    ]


def test_an_interviewers_prompt_is_its_first_sentence_under_a_title_that_asks_too():
    page = "# Design a Feature Flag Service\n\n## Step 1: Requirements\n\n"
    page += '**Interviewer:** "Design a feature flag service like LaunchDarkly. Where would you like to start?"\n\nText.\n\n'
    page += "## Step 2: High-Level Design\n\nText.\n\n## Step 3: Deep Dive\n\nText.\n"
    _, (problem,) = read(page)
    assert problem.question == "Design a feature flag service like LaunchDarkly."


def test_a_deep_dives_concepts_say_what_the_page_explains_under_them():
    page = "# Caching\n\n## Eviction Policies\n\n### LRU\n\n#### How It Works\n\nDrop the entry used longest ago.\n\n"
    page += "#### Advantages\n\n- Cheap to keep.\n\n### LFU\n\n#### How It Works\n\nDrop the entry used least.\n\n#### Drawbacks\n\n- Old hits linger.\n\n"
    page += "## Write Policies\n\nHow writes reach the store.\n\n## Invalidation\n\nHow stale entries go away.\n"
    _, (dive,) = read(page)
    said = {concept.name: concept.definition for concept in dive.concepts}
    assert said["Eviction Policies"] == "LRU · LFU"
    assert said["LRU"] == "How It Works: Drop the entry used longest ago.\nAdvantages: Cheap to keep."


def test_questions_each_marked_todo_are_a_question_list_not_an_unfilled_template():
    said = _only_warning(
        "TODO - How would you keep two regions from selling one seat?\n"
        "TODO - Which clock ends a hold, and why?\n"
        "TODO - What would you shed first at the sale's opening spike?"
    )
    assert said.startswith("1: a question list: 3 questions (the first at line 1), each marked 'TODO -' to answer later")


def test_an_outline_s_named_items_without_points_beside_those_with_them_are_concepts_too():
    text = _fixture("outline_code_names_some_without_points.md")
    _, items = read(text)
    (dive,) = items
    names = [concept.name for concept in dive.concepts]
    assert names[:3] == ["Autoscaling Group", "Read Replicas (async)", "Request Queue"]
    # A plain line describing the subject beside them names no concept.
    _, items = read(text.replace("- `Autoscaling Group`", "- Scales out on its own, one region at a time."))
    assert not any(concept.name.startswith("Scales out") for concept in items[0].concepts)


def test_a_chinese_forum_post_sharing_interview_experience_is_no_topic_page():
    text = _fixture("neg_interview_account_chinese_forum_post.md")
    result, items = read(text)
    assert items == []
    assert any("reference" in problem.message for problem in result.problems)


def test_an_untitled_list_of_questions_is_named_a_question_list_by_its_file():
    text = _fixture("neg_question_list_wrapped_numbered_interview_question.md")
    result, items = read(text, "kafka/interview-question.md")
    assert items == []
    assert result.problems[0].message.startswith("a question list")


def test_a_first_heading_over_questions_of_its_own_beside_more_parts_is_no_title():
    text = _fixture("topic_qa_notes_no_title_grouped_questions.md")
    _, items = read(text, "notes/kafka-qa.md")
    (dive,) = items
    assert dive.title == "Kafka Qa"
    # The comparison heading beside the questions its part groups is a concept of the page too.
    assert "kafka跟rabbitmq区别" in [concept.name for concept in dive.concepts]



def test_principles_named_one_level_down_under_a_top_section_make_a_reference_page_on_them():
    from systemcraft_tui.content.markdown_tree import parse_markdown
    from systemcraft_tui.content.recognise import _on_principles

    sections = "\n\n".join(f"## 0{n}. **{name}**\n\nWhat it asks of a leader." for n, name in enumerate(["Customer Obsession", "Ownership", "Dive Deep"], 1))
    text = f"# 들어가며\n\n원칙을 정리해 두었다.\n\n# 1. 리더십 원칙이란?\n\n{sections}\n\n# 2. 참고 자료\n\n- 채용 페이지\n"
    assert _on_principles(parse_markdown(text)).startswith("a reference page on the Leadership Principles")


def test_a_first_heading_over_notes_that_ask_nothing_beside_more_parts_is_not_taken_for_one_part():
    # `# QA` over `## old days`, `## context`: one's notes under a heading of their own, beside more such headings.
    parts = "\n\n".join(
        f"# {name}\n\n## {first}\n\nRan the on-call rota for two years and rewrote the paging rules.\n\n## {second}\n\nMoved the team to weekly planning."
        for name, first, second in [
            ("QA", "old days", "context"),
            ("Feedback", "fb: error codes", "fb: new manager"),
            ("Difficult", "dif: overbuilt storage", "dif: deadline pushback"),
            ("Collaboration", "onboarding juniors", "no data engineers"),
        ]
    )
    _, items = read(parts, "notes/project-clarity.md")
    assert not any(item.title == "Project Clarity" for item in items)


def test_bold_names_alone_over_paragraphs_explaining_them_are_concepts_but_an_example_s_label_is_not():
    text = _fixture("deep_dive_bold_names_over_paragraphs.md")
    _, items = read(text, "cache-write-policies.md")
    names = [concept.name for item in items for concept in item.concepts]
    assert {"Write-Through", "Write-Around", "Write-Back", "Refresh-Ahead"} <= set(names)
    assert "Example" not in names


def test_a_heading_naming_expected_questions_and_answers_names_no_follow_ups():
    text = _fixture("em_prep_expected_questions_and_answers.md")
    _, items = read(text, "em-prep.md")
    assert [item.question for item in items][:3] == [
        "Why do you want to leave your current role?",
        "Tell me about a time you turned around a struggling engineer.",
        "How do you decide what your team works on?",
    ]


def test_a_first_heading_naming_only_an_aspect_or_why_it_matters_is_no_title():
    for first in ("features", "Why this matters"):
        text = f"# {first}\n\nWhat it gives you.\n\n# ordering\n\nIn order per partition.\n\n# retention\n\nKept for days.\n\n# replay\n\nRead again from any offset.\n"
        _, items = read(text, "event-streams.md")
        assert [item.title for item in items] == ["Event Streams"], first


def test_a_first_heading_naming_an_aspect_is_one_of_the_page_s_sections_even_over_its_own():
    text = _fixture("event-streams.md")
    _, items = read(text, "event-streams.md")
    (dive,) = items
    assert {"features", "ordering & consumption", "retention"} <= {concept.name for concept in dive.concepts}


def test_numbered_lines_run_on_into_a_list_item_name_the_page_s_concepts():
    text = _fixture("rate-limiting-notes.md")
    _, items = read(text, "rate-limiting-notes.md")
    (dive,) = items
    names = [concept.name for concept in dive.concepts]
    assert names.count("Token Bucket") == 1 and "Sliding Window Log" in names


def test_notes_on_a_company_s_interview_rounds_are_no_topic_page():
    text = _fixture("neg_company_interview_rounds_notes.md")
    result, items = read(text, "contoso.md")
    assert items == [] and "reference page" in result.problems[0].message


def test_plain_term_bullets_in_a_page_s_own_text_name_its_concepts():
    text = _fixture("load-balancing-reading-notes.md")
    _, items = read(text, "load-balancing-reading-notes.md")
    (dive,) = items
    assert {"Layer 4 balancer", "Layer 7 balancer", "Sticky sessions"} <= {concept.name for concept in dive.concepts}


def test_a_term_alone_over_nested_bullets_is_said_by_them():
    text = _fixture("load-balancing-reading-notes.md")
    _, items = read(text, "load-balancing-reading-notes.md")
    (algorithms,) = [concept for item in items for concept in item.concepts if concept.name == "Algorithms"]
    assert algorithms.definition.splitlines()[:2] == ["Round robin.", "Weighted round robin."]


def test_advice_told_in_chinese_sentences_to_the_reader_asks_no_question():
    # "If you are a line manager, you can talk about how you …。…。": advice, no question put to the candidate.
    advice = "\n\n".join(
        f"如果你是{role}\uff0c可以讲你怎么{what}。面试官想听到你如何做决定。"
        for role, what in (("一线经理", "带团队完成一次项目"), ("高级经理", "管理几个团队"), ("总监", "制定方向"))
    )
    result, items = read(f"# Interview\n\n## 管理岗位面试\n\n{advice}\n", "interview.md")
    assert items == [] and "reference page" in result.problems[0].message
