"""Recognition by what a part of a page holds rather than by its exact names (issue 12,
deliverable 1): follow-ups in any form, a page's own follow-ups, topic pages, design
write-ups laid out in steps, clock words as timings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.markdown_tree import Line, Section
from systemcraft_tui.content.model import BehavioralScenario, DeepDive, SystemDesignProblem
from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.timing import split_timing


def read(text: str, name: str = "notes.md"):
    result = parse_text(text, Path(name))
    return result, result.items


STORY = """### {title}

**Situation:** The nightly import kept failing and finance closed the month late.

**Task:** I owned the import and had two weeks to make it reliable.

**Action:** I split it into retryable steps and added alerts on each.

**Result:** The next three month-ends closed on time.
"""

PAGE_FOLLOW_UPS = f"""# Reliability Answers

## Answers

{STORY.format(title="Q1: Tell me about a time you fixed a flaky process")}

{STORY.format(title="Q2: Describe a time you owned a recurring failure")}
**Follow-up questions I was asked:**

- How did you know it was fixed?

### Follow-up questions beside the second answer

- Is this one the second answer's?

## 🎓 Likely Follow-Ups

1. "What would you do differently next time?"
2. "Who did you need to convince?"
"""


def test_a_page_s_own_follow_ups_are_asked_after_each_story_that_has_none():
    _, items = read(PAGE_FOLLOW_UPS)
    assert [type(item) for item in items] == [BehavioralScenario, BehavioralScenario]
    first, second = items
    assert [p.question for p in first.probes] == ["What would you do differently next time?", "Who did you need to convince?"]
    # The second story's own follow-ups are kept, not replaced by the page's; a follow-up
    # heading right beside it is not the page's.
    asked = [p.question for p in second.probes]
    assert asked[0] == "How did you know it was fixed?" and "Who did you need to convince?" not in asked
    assert "Is this one the second answer's?" not in [p.question for p in first.probes]


def test_follow_ups_grouped_under_headings_that_are_not_questions():
    _, items = read(
        """# Design a Parcel Locker Network

## Requirements

- Couriers drop parcels; customers collect them with a code.

## Follow-up Questions

### Medium Difficulty:
- "How do you handle a locker that goes offline?"
- "What if a code is shared?"

### Advanced Difficulty:
- "How would you add returns?"
"""
    )
    (problem,) = items
    assert isinstance(problem, SystemDesignProblem)
    assert [p.question for p in problem.follow_ups] == [
        "How do you handle a locker that goes offline?",
        "What if a code is shared?",
        "How would you add returns?",
    ]


TOPIC = """# {title}

## Leader Election

A node that hears no heartbeat stands for election and asks the others for votes.

## Log Replication

The leader appends entries and sends them on; an entry counts once most nodes hold it.

## Snapshots

Old entries are folded into a snapshot so the log stays short.

## See Also

- [Paxos](./paxos.md)
"""


def test_a_topic_page_is_a_deep_dive_with_its_sections_as_concepts():
    _, items = read(TOPIC.format(title="Raft Consensus"))
    (dive,) = items
    assert isinstance(dive, DeepDive) and dive.rule == "topic-page"
    assert [c.name for c in dive.concepts][:3] == ["Leader Election", "Log Replication", "Snapshots"]


@pytest.mark.parametrize("title", ["Behavioral Interview Tips", "Interview Questions", "8-Week Study Plan"])
def test_a_page_about_interviewing_or_planning_is_no_topic_page(title):
    _, items = read(TOPIC.format(title=title))
    assert items == []


def test_a_design_write_up_laid_out_in_numbered_steps_is_a_problem():
    _, items = read(
        """# Chat Service System Design

## Overview

Users send messages one to one and in groups.

## 1. Connection Handling

Clients hold a socket to a gateway.

## 2. Message Storage

Messages are stored per conversation.

## 3. Delivery Receipts

Receipts travel back over the same socket.
"""
    )
    (problem,) = items
    assert isinstance(problem, SystemDesignProblem) and problem.rule == "design-steps"
    assert [p.name for p in problem.phases] == ["Connection Handling", "Message Storage", "Delivery Receipts"]
    assert {p.timing for p in problem.phases} == {"default"}


def test_a_question_among_questions_asks_no_design_of_its_own():
    _, items = read(
        """# Parcel Lockers - Interview Guide

### Phase 1: Requirements (5 minutes)
Ask about volumes.

### Phase 2: High-Level Design (10 minutes)
Lockers report to a regional service.

## Expected Interview Questions

### Q1: "How do you design the code expiry?"
Codes expire after three days.

### Q2: "What if the network is down?"
The locker keeps a local list of codes.
"""
    )
    (problem,) = items
    assert isinstance(problem, SystemDesignProblem)
    assert [(p.name, p.min_minutes) for p in problem.phases] == [("Requirements", 5), ("High-Level Design", 10)]
    assert [p.question for p in problem.follow_ups] == ["How do you design the code expiry?", "What if the network is down?"]


@pytest.mark.parametrize(
    ("label", "name", "minutes"),
    [
        ("Phase 1: First 15-20 Minutes - Token Bucket MVP", "Phase 1: Token Bucket MVP", (15, 20)),
        ("Final 10 Minutes: Wrap-up", "Wrap-up", (10, 10)),
        ("Requirements (first 5 minutes)", "Requirements", (5, 5)),
    ],
)
def test_the_clock_s_words_are_a_timing(label, name, minutes):
    read_name, window = split_timing(label)
    assert read_name == name
    assert window is not None and (window.min_minutes, window.max_minutes) == minutes


PHASE_FORMS = {
    "a Step/Duration table under any heading": "## Approach\n\n| Step | Duration |\n|---|---|\n| Requirements | 5 min |\n"
    "| High-level design | 15 min |\n| Deep dive | 20 min |\n",
    "a list timed with '~'": "## How I spend the time\n\n- Requirements ~5 min\n- High-level design ~15 min\n- Deep dive ~20 min\n",
    "bold list labels timed after them": "## Plan\n\n1. **Requirements** (5 min): ask about scale\n"
    "2. **High-level design** (15 min): draw boxes\n3. **Deep dive** (20 min): storage\n",
    "headings timed before the name": "## 5 min: Requirements\n\nAsk.\n\n## 15 min: High-level design\n\nDraw.\n\n"
    "## 20 min: Deep dive\n\nStore.\n",
}


@pytest.mark.parametrize("form", PHASE_FORMS)
def test_timed_phases_in_any_form(form):
    _, items = read(f"# Design a Chat System\n\n{PHASE_FORMS[form]}")
    (problem,) = items
    assert [(p.name, p.min_minutes, p.timing) for p in problem.phases] == [
        ("Requirements", 5, "file"),
        ("High-level design", 15, "file"),
        ("Deep dive", 20, "file"),
    ]


@pytest.mark.parametrize(
    "written",
    [
        "**How do you order messages?**\n\nBy sequence numbers.\n\n**What about offline users?**\n\nQueue them.\n",
        '> "How do you order messages?"\n\n> "What about offline users?"\n',
    ],
)
def test_follow_ups_as_bold_or_quoted_question_lines(written):
    _, items = read(f"# Design a Chat System\n\n## Requirements\n\n- send messages\n\n## Probing Questions\n\n{written}")
    (problem,) = items
    assert [p.question for p in problem.follow_ups] == ["How do you order messages?", "What about offline users?"]


def test_timed_steps_on_a_page_titled_for_one_system_are_its_phases_whatever_their_names():
    _, items = read(
        """# Interview Strategy: Building a Job Queue Quickly

## Phase 1: First 15-20 Minutes - Minimal Worker Loop

Poll, run, acknowledge.

## Phase 2: Next 10-15 Minutes - Retries With Backoff

Failed jobs come back later.

## Phase 3: Final 10 Minutes - Polish & Demo

Show it running.
"""
    )
    (problem,) = items
    assert isinstance(problem, SystemDesignProblem) and problem.rule == "timed-phases"
    assert [(p.name, p.min_minutes, p.max_minutes) for p in problem.phases] == [
        ("Minimal Worker Loop", 15, 20),
        ("Retries With Backoff", 10, 15),
        ("Polish & Demo", 10, 10),
    ]


def test_bold_questions_after_the_result_are_follow_ups_not_more_of_the_result():
    text = (Path(__file__).parent.parent / "fixtures/real_shapes/story_bold_questions_after_result.md").read_text()
    _, (story,) = read(text)
    assert isinstance(story, BehavioralScenario)
    assert story.star[-1].text == "Paid conversion roughly doubled over the next three months"
    assert [probe.question for probe in story.probes][:2] == ["Which options did you weigh?", "What would you do differently?"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12), st.integers(1, 40), st.integers(0, 40))
def test_a_follow_up_heading_overlaps_an_item_as_a_pass_over_the_items_says(spans, line, end_line):
    """The look-up that page_follow_ups asks gives what a pass over every item gives, ends
    before starts included."""
    from systemcraft_tui.content.follow_ups import _Spans

    title = Line((), 1)
    items = [Section(level=3, title=title, line=start, end_line=end) for start, end in spans]
    section = Section(level=2, title=title, line=line, end_line=end_line)
    expected = any(i.line <= section.line <= i.end_line or section.line <= i.line <= section.end_line for i in items)
    assert _Spans(items)(section) == expected


def test_a_long_section_name_over_member_subheadings_gathers_them_as_concepts():
    """`## 2. Delivery guarantees — what each promises, and when to pay for it` over `### 2.1 …`:
    the remark after the name is no reason to leave its members out, however long their text."""
    members = "".join(f"### 2.{n} {name}\n\n{f'It is explained at length here, {name}. ' * 25}\n\n" for n, name in enumerate(["At-most-once", "At-least-once"], 1))
    text = (
        "# Queues\n\n## 1. Ordering\n\nKept within a partition only.\n\n"
        f"## 2. Delivery guarantees — what each one promises, and when it is worth paying for\n\n{members}"
        "## 3. Back-pressure\n\nWatch the lag, not the depth.\n"
    )
    _, items = read(text)
    (dive,) = items
    assert {"At-most-once", "At-least-once"} <= {concept.name for concept in dive.concepts}


def test_a_design_walk_counted_on_from_under_its_title_to_its_level_is_one_walk():
    """`## 1)` … `## 3)` under the `#` title, then `# 4)` … beside it: one walk typed at two levels."""
    stages = ["One server and one database", "Object storage for the text", "A cache in front of reads", "Failure cases"]
    steps = "".join(f"# {n}) Stage {n - 3} — {name}\n\nWhat changes at this stage.\n\n" for n, name in enumerate(stages, 4))
    text = (
        "# Snippet Sharing Service\n\nThe ask: \"Design a service like Pastebin.\"\n\n"
        "## 1) Problem statement\n\nShare text by link.\n\n## 2) Requirements\n\n- create\n- read\n\n"
        f"## 3) Sizing\n\nTen million reads a day.\n\n{steps}"
    )
    _, items = read(text)
    (design,) = items
    assert isinstance(design, SystemDesignProblem)
    assert [phase.name for phase in design.phases][:3] == ["Requirements", "Sizing", "One server and one database"]
