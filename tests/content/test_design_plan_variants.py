"""Templates 2-4 as other authors write them: phase tables and lists, numbered phase
headings, bulleted requirements, loose plan structure and differently named columns."""

from pathlib import Path

import pytest

from systemcraft_tui.content.model import SystemDesignProblem
from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.system_design import phase_name
from tests.content.conftest import messages


def _read(text: str, name: str = "x.md"):
    result = parse_text(text, Path(name))
    (item,) = result.items
    return item, result


def _phases(problem) -> list[tuple[str, int, int, int]]:
    return [(p.name, p.min_minutes, p.max_minutes, p.line) for p in problem.phases]


# --- system design: phases -------------------------------------------------------------

PHASE_TABLE = """\
# Design a URL Shortener

**Level:** L7 · **Format:** 60 min

## Interview Plan

| Phase | Time | What to cover |
|-------|------|---------------|
| Requirements & estimates | 5 min | read/write ratio |
| High-level design | 10 min | create path |
| Deep dive: key generation | 15-20 min | ID scheme |
| Scale & reliability | 10 min | multi-region |
| Trade-offs | 5–10 min | 301 vs 302 |
| Questions | 5 min | |

## Solution Approach

### High-Level Architecture
Boxes.
"""


def test_phase_table_gives_the_phases():
    problem, result = _read(PHASE_TABLE)
    assert _phases(problem) == [
        ("Requirements & estimates", 5, 5, 9),
        ("High-level design", 10, 10, 10),
        ("Deep dive: key generation", 15, 20, 11),
        ("Scale & reliability", 10, 10, 12),
        ("Trade-offs", 5, 10, 13),
        ("Questions", 5, 5, 14),
    ]
    assert {p.timing for p in problem.phases} == {"file"}
    assert problem.total_minutes == 60
    assert not [m for m in messages(result) if "phase" in m or "format" in m]


def test_each_phase_carries_the_reference_design_written_for_it():
    # Under its own timed heading, or under a heading of the same name when a table times it.
    problem, _ = _read(PHASE_TABLE.replace("| High-level design |", "| High-Level Architecture |"))
    references = {p.name: p.reference for p in problem.phases}
    assert references["High-Level Architecture"] == "Boxes."
    assert references["Trade-offs"] == ""  # the file writes nothing under that name
    timed, _ = _read(
        "# Design a Queue\n\n## Solution Approach\n\n### Storage (5 min)\nA log per partition.\n\n- replicated\n\n---\n"
    )
    assert [p.reference for p in timed.phases] == ["A log per partition.\n\n- replicated"]


def test_phase_table_row_without_time_or_with_an_unreadable_one():
    text = PHASE_TABLE.replace("| Questions | 5 min |", "| Questions | |").replace("| 10 min | multi", "| ten min | multi")
    problem, result = _read(text)
    assert "Questions" not in [p.name for p in problem.phases]
    assert [(p.line, p.severity) for p in result.problems if "Questions" in p.message] == [(14, "warning")]
    assert [(p.line, p.severity) for p in result.problems if "Scale & reliability" in p.message] == [(12, "error")]


def test_step_table_outside_a_plan_heading_is_not_the_clock():
    text = "# Design a Transcoder\n\n## Pipeline\n\n| Stage | Time |\n|---|---|\n| Probe | 5 min |\n| Encode | 20 min |\n"
    problem, result = _read(text)
    assert {p.timing for p in problem.phases} == {"default"}
    step_plan = text.replace("## Pipeline", "## Time Plan")
    assert _phases(_read(step_plan)[0]) == [("Probe", 5, 5, 7), ("Encode", 20, 20, 8)]


def test_timed_list_under_a_time_plan_heading_gives_the_phases():
    text = (
        "# Design a Parking Garage Reservation System\n\n"
        "## Time Plan (45 minutes)\n"
        "- Clarify requirements (5 min)\n"
        "- High-level design (10 min)\n"
        "- Deep dive on reservations (15-20 min)\n"
        "- Wrap-up / questions (2–5 min)\n\n"
        "## Problem Statement\n\n### Business Context\nGarages.\n"
    )
    problem, result = _read(text)
    assert _phases(problem) == [
        ("Clarify requirements", 5, 5, 4),
        ("High-level design", 10, 10, 5),
        ("Deep dive on reservations", 15, 20, 6),
        ("Wrap-up / questions", 2, 5, 7),
    ]
    assert problem.total_minutes == 40


def test_phase_list_item_without_a_timing_is_reported():
    text = "# Design X\n\n## Agenda\n1. Requirements (5 min)\n2. Design (10 min)\n3. Questions\n"
    problem, result = _read(text)
    assert [p.name for p in problem.phases] == ["Requirements", "Design"]
    assert [(p.line, p.severity) for p in result.problems if "Questions" in p.message] == [(6, "warning")]


def test_plain_lists_with_times_elsewhere_are_not_phases():
    text = "# Design X\n\n### Functional Requirements\n- Limits apply within 30 seconds (P0)\n- Usage is 60 seconds stale (P1)\n"
    problem, _ = _read(text)
    assert {p.timing for p in problem.phases} == {"default"}


def test_timed_parent_of_timed_headings_is_not_a_phase():
    text = (
        "# Design X\n\n"
        "## Interview Walkthrough (45 minutes)\n\n"
        "### Requirements (5 minutes)\nAsk.\n\n"
        "### High-Level Design (10-15 minutes)\nDraw.\n\n"
        "### Deep Dive (20-25 minutes)\nDig.\n"
    )
    problem, _ = _read(text)
    assert [p.name for p in problem.phases] == ["Requirements", "High-Level Design", "Deep Dive"]
    assert problem.total_minutes == 45


def test_an_untimed_step_numbered_among_timed_steps_takes_the_shortest_and_says_so():
    text = (
        "# Design X\n\n"
        "### Step 1: Requirements (5 min)\nAsk.\n\n"
        "### Step 2: Storage Choices\nPick.\n\n"
        "### Step 3: Deep Dive (15-20 min)\nDig.\n\n"
        "### Notes\nNo step.\n"
    )
    problem, result = _read(text)
    assert [(p.name, p.min_minutes, p.max_minutes, p.timing) for p in problem.phases] == [
        ("Requirements", 5, 5, "file"),
        ("Storage Choices", 5, 5, "default"),
        ("Deep Dive", 15, 20, "file"),
    ]
    assert [p.line for p in result.problems if "has no timing" in p.message] == [6]


def test_a_step_timed_in_seconds_beside_steps_timed_in_minutes_is_a_phase():
    text = (
        "# Design X\n\n"
        "## 0) Opening (30s)\nFrame it.\n\n"
        "## 1) Requirements (5 min)\nAsk.\n\n"
        "### Situation (20 seconds)\nA story's part, alone in seconds.\n\n"
        "## 2) Deep Dive (10 min)\nDig.\n"
    )
    problem, _ = _read(text)
    assert [(p.name, p.min_minutes, p.max_minutes) for p in problem.phases] == [
        ("Opening", 0.5, 0.5),
        ("Requirements", 5, 5),
        ("Deep Dive", 10, 10),
    ]


def test_phase_headings_lose_numbering_and_emoji():
    text = (
        "# Design X\n\n"
        "## 1. Clarifying Requirements (5 mins)\nAsk.\n\n"
        "## 2. 🏗️ High-Level Design (10-15 min)\nDraw.\n\n"
        "## Step 3: Deep Dive 🔍 (20 minutes)\nDig.\n"
    )
    problem, _ = _read(text)
    assert _phases(problem) == [
        ("Clarifying Requirements", 5, 5, 3),
        ("High-Level Design", 10, 15, 6),
        ("Deep Dive", 20, 20, 9),
    ]


def test_phase_name_keeps_numbers_that_are_part_of_the_name():
    assert phase_name("10x Scale Discussion") == "10x Scale Discussion"
    assert phase_name("Phase 1") == "Phase 1"
    assert phase_name("4) ✅ Wrap-up") == "Wrap-up"


def test_default_preset_is_announced_with_where_it_looked():
    text = "# Design X\n\n## Interview Plan\n- Requirements\n- Design\n\n## Problem Statement\nText.\n"
    problem, result = _read(text)
    assert {p.timing for p in problem.phases} == {"default"}
    (warning,) = [p for p in result.problems if "default" in p.message]
    assert warning.line == 1 and warning.severity == "warning"
    assert "'Interview Plan' (line 3)" in warning.message


def test_format_mismatch_points_at_the_format_line():
    text = "# Design X\n\nA note.\n\n**Level**: L6\n**Format**: 45-minute interview\n\n### Data Design (10-20 minutes)\nText.\n"
    _, result = _read(text)
    assert [(p.line, p.message) for p in result.problems if "format" in p.message] == [
        (6, "the format says 45 minutes but the phases add up to 20 minutes")
    ]


# --- system design: requirements --------------------------------------------------------


def test_non_functional_requirements_as_a_list():
    text = (
        "# Design X\n\n**Level**: L6\n\n### Non-Functional Requirements\n"
        "- Scale: ~2M reservations/month\n"
        "- **Latency**: search p95 < 300 ms\n"
        "- Never oversell\n"
    )
    problem, _ = _read(text)
    assert [(r.name, r.targets, r.rationale) for r in problem.non_functional] == [
        ("Scale", {"L6": "~2M reservations/month"}, ""),
        ("Latency", {"L6": "search p95 < 300 ms"}, ""),
        ("Never oversell", {}, ""),
    ]
    unlevelled, _ = _read(text.replace("**Level**: L6", "Level six"))
    assert unlevelled.non_functional[0].targets == {"all": "~2M reservations/month"}


# --- practice plans ----------------------------------------------------------------------

SIX_WEEKS = """\
# 6-Week Practice Plan (L6)

## Schedule

### Week 1 — Baseline
**Goals:** Take the self-assessment.

**Deliverables:**
- [ ] Self-assessment done

### Weeks 2–3: Story Building
**Goals**: Draft 8 stories.

#### Daily Practice Routine (60 minutes/day)
- 20 minutes: write or revise one story
- 40 minutes: design problem segment

**Deliverables**:
- [ ] 8 STAR stories

## Week 4: Design Depth
**Goals**: Deep dives.

**Deliverables**:
- [ ] 3 deep dives read

### Week 5: Mocks
**Goals**: Two full mocks.

**Deliverables**:
- [ ] 2 mocks done

### Week 6: Taper
**Goals**: Rest.

## Weekly Check-in

```yaml
week_assessment:
  behavioral:
    story_quality: [1-5]
  technical:
    system_design: [1-5]
```

### What I'll Do If It's Not Working
**If behavioural scores < 3**: more story work
- If technical scores are below 3: redo the last two problems
**If interview scores < 3**: book an extra mock

### Milestones
- **End of Week 2**: 4 stories I'm happy with
- Week 4: design mock passed
- **Week 6**: ready
- Sometime: relax

## Mock Interview Schedule

### Week 2: First Mock
**Format**: 45-minute behavioral interview
"""


def test_week_headings_at_any_level_are_weeks():
    plan, result = _read(SIX_WEEKS)
    assert [(w.first, w.last, w.title, w.line) for w in plan.weeks] == [
        (1, 1, "Baseline", 5),
        (2, 3, "Story Building", 11),
        (4, 4, "Design Depth", 21),
        (5, 5, "Mocks", 27),
        (6, 6, "Taper", 33),
    ]
    assert plan.length_weeks == 6
    # Week 4's heading holds weeks 5 and 6, whose deliverables stay theirs.
    assert plan.weeks[2].deliverables == ("3 deep dives read",)
    assert plan.weeks[3].deliverables == ("2 mocks done",)
    assert plan.weeks[1].deliverables == ("8 STAR stories",)


def test_routine_leaves_out_the_deliverables_after_it():
    plan, _ = _read(SIX_WEEKS)
    assert plan.daily_routine == ["20 minutes: write or revise one story", "40 minutes: design problem segment"]


def test_assessment_yaml_under_a_check_in_heading():
    plan, result = _read(SIX_WEEKS)
    assert [(d.group, d.name) for d in plan.dimensions] == [("behavioral", "story_quality"), ("technical", "system_design")]
    assert not [m for m in messages(result) if "dimensions" in m]


def test_triggers_under_any_heading_in_either_spelling():
    plan, _ = _read(SIX_WEEKS)
    assert [(t.condition, t.group, t.below, t.action) for t in plan.triggers] == [
        ("If behavioural scores < 3", "behavioral", 3, "more story work"),
        ("If technical scores are below 3", "technical", 3, "redo the last two problems"),
        ("If interview scores < 3", "interview", 3, "book an extra mock"),
    ]


def test_milestones_in_the_shapes_authors_write():
    plan, result = _read(SIX_WEEKS)
    assert [(m.week, m.text) for m in plan.milestones] == [
        (2, "4 stories I'm happy with"),
        (4, "design mock passed"),
        (6, "ready"),
    ]
    assert [(p.line, p.severity) for p in result.problems if "milestone" in p.message] == [(55, "warning")]


def test_impossible_week_numbers_are_reported_and_left_out():
    text = (
        "# Practice Plan\n\n"
        "### Week 0: Setup\nx\n\n"
        "### Week 1: Start\nx\n\n"
        "### Weeks 3-2: Backwards\nx\n\n"
        "### Week 99999999999: Forever\nx\n"
    )
    plan, result = _read(text)
    assert [w.first for w in plan.weeks] == [1]
    assert [(p.line, p.severity) for p in result.problems if "week heading" in p.message] == [
        (3, "error"),
        (9, "error"),
        (12, "error"),
    ]
    assert "numbered from 1" in next(m for m in messages(result) if "Week 0" in m)


def test_a_title_naming_weeks_is_not_a_week_and_no_empty_plan_is_listed():
    result = parse_text("# Weeks 3-1 Practice Plan\n\nProse only.\n", Path("x.md"))
    assert result.items == []
    assert [(p.line, p.severity) for p in result.problems if "no weeks" in p.message] == [(1, "error")]


# --- deep dives --------------------------------------------------------------------------

DIVE = """\
# Event-Driven Architecture — Deep Dive (L6)

## Summary

Queues and logs in the middle of designs.

**Key Learning Outcomes:**
- Delivery semantics

## Quick Reference

### Key Concepts
| Term | What it is | Use it when | Watch out for |
|------|------------|-------------|---------------|
| Outbox | Event written with the change | Publishing domain events | Relay lag |

## Self-Assessment

**Technical Understanding** (1-5):
- [ ] Can explain the outbox
"""


def test_deep_dive_watch_out_column_is_the_trade_off():
    dive, _ = _read(DIVE)
    assert [(c.name, c.definition, c.when_to_use, c.trade_off) for c in dive.concepts] == [
        ("Outbox", "Event written with the change", "Publishing domain events", "Relay lag")
    ]
    for header in ("Pitfall", "Downside"):
        dive, _ = _read(DIVE.replace("Watch out for", header))
        assert dive.concepts[0].trade_off == "Relay lag"


def test_deep_dive_summary_or_overview_heading():
    dive, _ = _read(DIVE)
    assert dive.summary == "Queues and logs in the middle of designs."
    dive, _ = _read(DIVE.replace("## Summary", "## Overview"))
    assert dive.summary == "Queues and logs in the middle of designs."


def test_deep_dive_cheat_sheet_with_term_and_meaning():
    text = DIVE.replace("### Key Concepts\n", "").replace("## Quick Reference", "## Cheat Sheet")
    text = text.replace("| Term | What it is | Use it when | Watch out for |", "| Term | Meaning | When | Pitfall |")
    dive, result = _read(text)
    assert [(c.name, c.definition, c.trade_off) for c in dive.concepts] == [
        ("Outbox", "Event written with the change", "Relay lag")
    ]
    assert not [m for m in messages(result) if "key concepts" in m]


UNTITLED_STEPS = """\
# Step 1 - Clarify Requirements
- Riders unlock a bike at a dock.
- A ride is charged by the minute.

# Step 2 - Database Design
A relational store: docks, bikes and rides.

# Step 3 - High Level Design
Docks report over a queue to an API tier.
"""


def test_a_folder_readme_whose_first_heading_is_a_step_is_named_by_its_folder():
    problem, _ = _read(UNTITLED_STEPS, "designs/bikeShare/README.md")
    assert (problem.title, problem.id) == ("bikeShare", "readme")
    assert [p.name for p in problem.phases] == ["Clarify Requirements", "Database Design", "High Level Design"]


def test_discussion_points_are_the_problems_follow_ups_not_a_phase():
    # "## Discussion Points" over bold questions names the follow-ups in other words.
    problem, _ = _read(
        "# Design a Ticket Service\n\n## Requirements (5 min)\n- Hold seats.\n\n"
        "## High-Level Design (15 min)\n- A hold service.\n\n## Discussion Points\n\n"
        '**"How do you stop double holds?"**\n> A conditional write.\n\n'
        '**"What if payment lands late?"**\n> Refund it.\n'
    )
    assert [phase.name for phase in problem.phases] == ["Requirements", "High-Level Design"]
    assert [probe.question for probe in problem.follow_ups] == ["How do you stop double holds?", "What if payment lands late?"]


# --- system design: an entry still to write beside a written one --------------------------

WRITTEN_AND_EMPTY = """\
# Practice Set

## Problem 1: Design a URL Shortener

### Requirements
- Shorten links, redirect fast.

### High-Level Design
A key service and a cache over a key-value store.

### Deep Dive
Counter ranges encoded in base 62.

## Problem 2: Design a Chat App

### Requirements
- [ ] Functional

### High-Level Design

### Deep Dive
"""


def test_an_unwritten_problem_beside_a_written_one_is_named_not_read() -> None:
    problem, result = _read(WRITTEN_AND_EMPTY)
    assert problem.title == "Problem 1: Design a URL Shortener"
    assert any("'Problem 2: Design a Chat App' is an entry still to write" in message for message in messages(result))


WALK_IN_ANOTHER_LANGUAGE = """\
# Parking Garage

## {requirements}

- Drivers book a bay for an hour.
- No bay is booked twice.

## Capacity Estimation

Ten thousand bookings a day.

## {design}

Gateway, booking service, one database.

## Data Model

A bookings table keyed by bay and hour.

## {see_also}

- [Locks](locks.md)
"""


@pytest.mark.parametrize(
    ("requirements", "design", "see_also"),
    [
        ("Требования", "Архитектура", "См. также"),
        ("Requisitos", "Diseño de alto nivel", "Ver también"),
        ("Anforderungen", "Architektur", "Siehe auch"),
        ("Exigences", "Conception", "Voir aussi"),
    ],
)
def test_a_walk_named_in_another_language_is_a_design_problem(requirements: str, design: str, see_also: str) -> None:
    problem, _ = _read(WALK_IN_ANOTHER_LANGUAGE.format(requirements=requirements, design=design, see_also=see_also))
    assert problem.kind == "system_design"
    assert [phase.name for phase in problem.phases] == [requirements, "Capacity Estimation", design, "Data Model"]


@pytest.mark.parametrize("joined", ["Messaging & System Design", "Messaging and System Design", "Messaging / Low-Level Design"])
def test_a_numbered_topic_joined_to_the_discipline_asks_for_no_design(joined: str) -> None:
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/topics_list_discipline_beside_topic.md").read_text(encoding="utf-8")
    result = parse_text(text.replace("Messaging & System Design", joined), Path("topics.md"))
    assert [item.kind for item in result.items] == ["deep_dive"]


@pytest.mark.parametrize(
    ("week", "goal"),
    [
        ("Semana", "Objetivo"),  # Spanish, Portuguese
        ("Semaine", "Objectif"),  # French
        ("Settimana", "Obiettivo"),  # Italian
        ("Woche", "Ziel"),  # German
        ("Неделя", "Цель"),  # Russian
    ],
)
def test_weeks_named_in_another_language_are_weeks(week: str, goal: str) -> None:
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/plan_weeks_named_in_spanish.md").read_text(encoding="utf-8")
    plan, _ = _read(text.replace("Semana ", f"{week} ").replace("**Objetivo**", f"**{goal}**"))
    assert plan.kind == "plan"
    assert [(w.first, w.title) for w in plan.weeks] == [(1, "Colas y Mensajería"), (2, "Bases de Datos"), (3, "Simulacros")]
    assert "Entender entrega al menos una vez y reintentos" in plan.weeks[0].goals


@pytest.mark.parametrize(
    ("statement", "asked", "requirements", "design"),
    [
        ("题目", "设计一个短链接服务。", "需求分析", "服务设计"),
        ("Задача", "Спроектируйте сервис коротких ссылок.", "Требования", "Архитектура"),
        ("Enunciado", "Diseña un acortador de enlaces.", "Requisitos", "Diseño de alto nivel"),
        ("Aufgabe", "Entwirf einen Kurzlink-Dienst.", "Anforderungen", "Architektur"),
    ],
)
def test_a_statement_named_in_another_language_asks_the_question(
    statement: str, asked: str, requirements: str, design: str
) -> None:
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/design_walk_statement_in_chinese.md").read_text(encoding="utf-8")
    statement_line = next(line for line in text.splitlines() if line.startswith("设计"))
    text = text.replace(f"## 题目\n{statement_line}", f"## {statement}\n{asked}").replace("需求分析", requirements)
    problem, _ = _read(text.replace("服务设计 (Service Design)", design))
    assert problem.kind == "system_design"
    assert problem.question == asked
    # "## 其他" (other) holds only the questions put to the design: its follow-ups, no step of it.
    assert [phase.name for phase in problem.phases] == [requirements, "估算 \uff08Estimation\uff09", design, "扩容"]


def test_counts_by_key_in_brackets_are_no_blank() -> None:
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/design_walk_statement_in_chinese.md").read_text(encoding="utf-8")
    for counts in ('["apple":100, "apply":120, ...]', "[#a: 2, #b:5]"):
        _, result = _read(text.replace("[#a1: 3, #b2: 5]", counts))
        assert not [m for m in messages(result) if "placeholder" in m]
    _, result = _read(text.replace("[#a1: 3, #b2: 5]", "[Team Name]"))
    assert [m for m in messages(result) if "placeholder" in m]


@pytest.mark.parametrize("label", ["**Cached (1 minute)**:", "**Cached (1 minuto)**:"])
def test_one_timed_label_weighing_an_option_times_no_walk(label: str) -> None:
    """As in blind17A's darwinyusef/talleresyguias `05_casos_reales_uber.md`: one option of a
    trade-off labelled with its refresh time, deep inside an untimed walk."""
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/design_walk_statement_in_chinese.md").read_text(encoding="utf-8")
    problem, _ = _read(text.replace("先查缓存\uff0c再查数据库。", f"先查缓存\uff0c再查数据库。\n\n{label}\n- 更快\n"))
    assert [phase.name for phase in problem.phases] == [
        "需求分析",
        "估算 \uff08Estimation\uff09",
        "服务设计 (Service Design)",
        "扩容",
    ]


def test_a_heading_closing_on_an_attribute_block_is_named_without_it() -> None:
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/design_timed_headings_with_anchors.md").read_text(encoding="utf-8")
    problem, _ = _read(text)
    assert [(p.name, p.min_minutes) for p in problem.phases] == [
        ("FASE R: REQUIREMENTS", 5),
        ("FASE H: HIGH-LEVEL DESIGN", 15),
        ("FASE D: DEEP DIVE", 20),
    ]


def test_a_status_mark_after_a_week_s_theme_is_not_part_of_it():
    text = (
        "# Track\n\n### Stage 1 (Weeks 1-2)\n\n"
        "- **[Week 1: Design Basics](./w1.md)** ✅\n  - Requirements and APIs\n"
        "- **[Week 2: Scaling](./w2.md)** ⏳\n  - Caching and queues\n\n"
        "### Week 3: Mock Loop ✅\n\nOne full loop with a friend.\n"
    )
    (plan,) = parse_text(text, Path("track.md")).items
    assert [week.title for week in plan.weeks] == ["Design Basics", "Scaling", "Mock Loop"]


def test_the_kind_of_page_after_a_design_ask_is_none_of_the_question():
    page = """# Design Photo Sharing System Design Answer

## Requirements

Upload photos from a phone
Follow other people
Show a feed of the photos of the people followed

## High Level Design

Clients upload to object storage through signed links; a feed service fans posts out on write.

## Data Model

Posts by author and time; a follow graph by follower.
"""
    (problem,) = parse_text(page, Path("photos.md")).items
    assert problem.kind == "system_design"
    assert problem.question == "Design Photo Sharing"
    assert problem.title == "Design Photo Sharing System Design Answer"  # the page's own name is kept


# --- what is no step of a design (from a walk of real-shaped files) ----------------------------


# As in design_problems_by_category.md: problems laid out in bold labels, the page's own
# labels on each (`**Difficulty:**`, `**Seen at:**`, `**Sample Answer:**`) among them.
LABELLED_PROBLEM = (
    "### {n}. Design a {what}\n\n**Difficulty:** Medium\n\n**Seen at:** several companies\n\n**Sample Answer:**\n\n"
    "**1. Requirements Clarification:**\n- Functional: serve every {what} request\n\n"
    "**2. Scale Estimation:**\n- 4,000 requests a second\n\n**3. High-Level Architecture:**\n- A gateway and a store\n\n"
)
LABELLED_PAGE = "# System Design Questions\n\n## Data Platforms\n\n" + "".join(
    LABELLED_PROBLEM.format(n=n, what=what) for n, what in ((1, "metrics store"), (2, "feature flag service"))
)


def test_the_pages_labels_advice_and_the_prompt_are_no_untimed_steps():
    text = LABELLED_PAGE
    items = parse_text(text, Path("questions.md")).items
    steps = ["Requirements Clarification", "Scale Estimation", "High-Level Architecture"]
    assert [[p.name for p in item.phases] for item in items] == [steps, steps]
    single = "## 设计一个抢票系统\n\n## 整体思路\n先排队。\n\n## 排队\n令牌桶。\n\n## 扣减库存\n预扣。\n\n## 相关链接\n- 一篇文章\n"
    item, _ = _read(single)  # the title written beside its steps, and the links, are no steps
    assert [p.name for p in item.phases] == ["整体思路", "排队", "扣减库存"]


def test_a_sample_run_of_the_interview_times_no_phase_of_its_own():
    text = (
        "# Vending Machine Low Level Design\n\n"
        "## Phase 1: Requirements (5 minutes)\nAsk about coins.\n\n## Phase 2: Core Classes (10 minutes)\nMachine, Slot.\n\n"
        "## Phase 3: Code Structure (20 minutes)\nStates.\n\n"
        "## Sample Interview Flow Script\n\n### Minutes 0-5: Clarification\nAsk about coins again.\n"
    )
    item, _ = _read(text)
    assert [(p.name, p.max_minutes) for p in item.phases] == [("Requirements", 5), ("Core Classes", 10), ("Code Structure", 20)]


def test_a_question_section_asking_for_a_design_and_an_answer_over_its_sections():
    text = (
        "# Payments Ledger Design Answer\n\n## Question\n\nHow would you design a payments ledger for three regions? "
        "What would you build first?\n\n## Answer\n\nAn append-only log.\n\n### Entries\nBalanced pairs.\n\n"
        "### Regions\nA home region per account.\n\n### Rollout\nShadow writes first.\n\n## Key Strengths\n- Clear invariants\n"
    )
    item, _ = _read(text)
    assert item.question == "How would you design a payments ledger for three regions? What would you build first?"
    assert [p.name for p in item.phases] == ["Entries", "Regions", "Rollout"]


def test_a_step_named_by_a_bold_label_keeps_what_is_written_under_it_as_its_reference():
    first = parse_text(LABELLED_PAGE, Path("questions.md")).items[0]
    assert [p.reference for p in first.phases] == [
        "**1. Requirements Clarification:**\n- Functional: serve every metrics store request",
        "**2. Scale Estimation:**\n- 4,000 requests a second",
        "**3. High-Level Architecture:**\n- A gateway and a store",  # not the next problem's heading
    ]


CASE_STEP_SCRIPT = """\
# 🎤 Step 5: Interview Script

> How to walk through this case in a 45-minute interview.

## Opening (2 min)

> *"I'll design a parcel locker network like Amazon Hub. Couriers drop parcels, customers collect them with a code."*

## Requirements (5 min)
- Couriers reserve a locker before they arrive.

## High-Level Design (10 min)
- A reservation service in front of each locker bank.

## Deep Dive (20 min)
- Holding a locker while a courier is stuck in traffic.

## Key Phrases to Use
| Phrase | When |
|---|---|
| "Reservations expire" | when asked about no-shows |
"""


def test_a_case_folders_interview_script_is_that_systems_design_named_by_the_folder():
    """A mock interview's script, its title only its step in a case (`Step 5: Interview Script`),
    the system named by the candidate's opening and by the case's folder."""
    problem, result = _read(CASE_STEP_SCRIPT, "cases/07-parcel-lockers/05-interview-script.md")
    assert problem.kind == "system_design"
    assert problem.title == "Parcel Lockers"
    assert [(p.name, p.min_minutes, p.max_minutes) for p in problem.phases] == [
        ("Opening", 2, 2),
        ("Requirements", 5, 5),
        ("High-Level Design", 10, 10),
        ("Deep Dive", 20, 20),
    ]


def test_a_method_s_time_allocation_heading_times_the_whole_interview_not_a_step():
    """`### Time Allocation (45 min)` over the method's clock, beside its timed steps: the
    problem after the method is rehearsed in the four steps, which fill the 45 minutes."""
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "design_method_time_allocation_heading.md"
    problem, result = _read(path.read_text(), path.name)
    assert [(name, low, high) for name, low, high, _ in _phases(problem)] == [
        ("Clarify Use Cases", 5, 5),
        ("Model the Classes", 7, 7),
        ("Write the Code", 25, 25),
        ("Edge Cases and Extensions", 8, 8),
    ]
    assert problem.total_minutes == 45 and not result.problems


def test_a_week_heading_naming_no_theme_takes_its_lone_subheading_but_not_a_day():
    text = "# Course\n\n## Week 1\n#### Shell Basics\n* pipes\n\n## Week 2\n### Day 1\n1. **Two Sum**\n\n## Week 3\n### Day 1\n1. **Clone Graph**\n"
    plan, _ = _read(text)
    assert [week.title for week in plan.weeks] == ["Shell Basics", "", ""]


def test_a_completion_tracker_of_bare_week_boxes_names_no_weeks():
    text = (
        "# 3 Week Prep\n\n| Week | Topics |\n|---|---|\n| 1 | Arrays, Strings |\n| 2 | Trees |\n| 3 | Graphs |\n\n"
        "## Completion Tracker\n\n- [ ] Week 1\n- [ ] Week 2\n- [ ] Week 3\n"
    )
    plan, _ = _read(text)
    assert [(week.first, week.title or week.goals) for week in plan.weeks] == [(1, "Arrays, Strings"), (2, "Trees"), (3, "Graphs")]


def follow_ups(text: str) -> list[str]:
    """The questions of the one design problem `text` holds."""
    (problem,) = parse_text(text, Path("design.md")).items
    assert isinstance(problem, SystemDesignProblem)
    return [probe.question for probe in problem.follow_ups]


def test_probing_questions_named_in_french_and_listed_as_boxes_are_the_design_s_probes_without_box_or_quotes():
    text = (
        "# Conception Système : Système de Files d'Attente\n\n"
        "## Énoncé du Problème\n\nConcevez un système de files d'attente pour des tâches en arrière-plan.\n\n"
        "### Cadrage (5-10 min)\n\nLe volume de tâches par jour.\n\n"
        "### Conception Haut Niveau (15-20 min)\n\nUne API, une file et des workers.\n\n"
        "### Questions de Sondage\n\n"
        "- [ ] « Que se passe-t-il si un worker tombe ? »\n"
        "- [x] « Comment rejouez-vous une tâche ? »\n"
    )
    assert follow_ups(text) == ["Que se passe-t-il si un worker tombe ?", "Comment rejouez-vous une tâche ?"]


def test_a_follow_ups_label_in_each_deep_dive_subsection_gives_every_list_its_probes():
    text = (
        "# Design a Rate Limiter\n\n"
        "### Requirements (5-10 min)\n\nLimits per user and per key.\n\n"
        "### High-Level Design (15-20 min)\n\nA counter store beside each gateway.\n\n"
        "### Deep Dives\n\n#### Counting\n\n**Probing Questions:**\n- Why a sliding window?\n- Where do the counters live?\n\n"
        "#### Failure\n\n**Probing Questions:**\n- What if the counter store is down?\n- Why not fail closed?\n"
    )
    assert follow_ups(text) == ["Why a sliding window?", "Where do the counters live?", "What if the counter store is down?", "Why not fail closed?"]


def test_a_lone_label_over_a_designs_whole_answer_is_no_step_of_it():
    text = """\
# Questions for My Profile

## System Design Questions

### **Q1: Design a Payment Ledger**

**Your Approach:**
```
"1. **Scale:** a million entries a day  2. **Storage:** append-only tables"
```

### **Q2: Design a Fraud Check Service**

**Your Approach:**
```
"1. **Signals:** device, amount, history  2. **Decision:** a rules engine first"
```
"""
    result = parse_text(text, Path("x.md"))
    designs = [item for item in result.items if isinstance(item, SystemDesignProblem)]
    assert len(designs) == 2
    for design in designs:  # the preset's steps, not one 'Your Approach' step given the whole hour
        assert "Your Approach" not in [phase.name for phase in design.phases] and len(design.phases) > 1


@pytest.mark.parametrize("questions", ["Interview Questions", "Perguntas da Entrevista", "Preguntas de la entrevista"])
def test_a_designs_checklist_and_its_interview_questions_are_no_steps_of_its_walk(questions: str):
    text = (
        "# Chat Relay (System Design)\n\n## Architecture\nGateways and relays.\n\n## Schema\nMessages by room.\n\n"
        f"## Fan-out\nOne write, many reads.\n\n## {questions}\n\n**Interviewer:** \"How do you order messages?\"\n\n"
        "## ✅ Checklist\n\n- [ ] Requirements\n- [ ] Schema\n"
    )
    problem, _ = _read(text, "chat-relay.md")
    assert [phase.name for phase in problem.phases] == ["Architecture", "Schema", "Fan-out"]


def test_requirements_by_their_short_names_alone_make_a_design_but_a_phases_short_name_does_not():
    """`## FR` and `### NFR` are a design's requirements; `## Phase 4: NFRs` beside `## Phase 2:
    Functional Requirements` under `# Brainstorming Questions` names a phase of a method, no problem."""
    notes = "# Kiosk\n\n## FR\n* Order food\n\n### NFR\n* Fast\n\n### APIs\n* order()\n\n### HLD\n* one service\n\n### BOE\n* 10 rps\n"
    problem, _ = _read(notes, "kiosk.md")
    assert [phase.name for phase in problem.phases] == ["FR", "NFR", "APIs", "HLD", "BOE"]
    walk = (
        "# Chapter 7: The News Feed, End to End\n\n## Functional Requirements\n- Post and read a feed\n\n"
        "## Non-Functional Requirements\n- Fresh within a minute\n\n## API\n- GET /feed\n\n## High Level Design\nFan-out on write.\n\n"
        "# Brainstorming Questions\n\n## Phase 2: Functional Requirements\n- Which flows matter most?\n\n"
        "## Phase 4: NFRs\n- Which target would you relax first?\n"
    )
    assert [item.title for item in parse_text(walk, Path("x.md")).items] == ["Chapter 7: The News Feed, End to End"]


def test_a_bold_day_naming_its_topic_gives_that_topic_not_the_advice_after_it():
    """Beside a week's goal line, a session or a day labelled alone in bold gives the topic after it;
    one whose bold names its topic too (`**Day 7: Rest.**`) gives only that, not how to spend it."""
    plan, _ = _read(
        "# 2-Week Plan\n\n## Week 1: Arrays\n**Goals**: two problems a day\n\n"
        "- **S1:** Two pointers\n- **Day 7: Rest + review.** Reread the week's solutions, cold, no notes.\n\n"
        "## Week 2: Trees\n**Goals**: one mock\n\n- **Day 14: Mock interview** (45 min, one problem, then self-review)\n"
    )
    goals = [week.goals for week in plan.weeks]
    assert "Two pointers" in goals[0] and "Rest + review" in goals[0]
    assert "Reread" not in goals[0] and "45 min" not in goals[1]


GOAL_AND_DIVIDER = """\
# URL Shortener

## Goal
Design a URL shortening service like TinyURL

## Requirements
- Shorten a long link to seven characters

## API
- POST /links returns the short code

## ##########

## Encoding
A counter per server range, encoded in base 62.

## Scaling
Shard the table by code.
"""


def test_a_section_holding_only_the_ask_and_a_row_of_hashes_are_no_steps():
    """`## Goal` over the ask alone is the question (jqama/brain-gym's notes); `## ######`, a rule drawn
    across the page as a heading, names nothing."""
    problem, _ = _read(GOAL_AND_DIVIDER, "url-shortener.md")
    assert isinstance(problem, SystemDesignProblem)
    assert problem.question == "Design a URL shortening service like TinyURL"
    assert [phase.name for phase in problem.phases] == ["Requirements", "API", "Encoding", "Scaling"]



def test_a_design_titled_beside_the_kind_of_page_is_asked_by_its_system():
    walk = "\n\n## 1. Requirements\n- Email each receipt\n\n## 2. Data Model\n- receipts table\n\n## 3. High-Level Architecture\n- a worker and a mailer\n"
    (notes,) = parse_text("# Ride Receipts Service – Interview Notes" + walk, Path("receipts.md")).items
    assert notes.question == "Ride Receipts Service"
    # The discipline before the system ("System Design Interview: …") is no system: the question is not it.
    (playbook,) = parse_text("# System Design Interview: Ride Receipts — Playbook" + walk, Path("receipts.md")).items
    assert playbook.question != "System Design Interview"


def test_a_day_by_day_plan_s_progress_boxes_are_its_week_s_deliverables():
    """`# Retake Plan (1 week)` over `### Day N — …` headings, then `## Progress` ticking off each day."""
    days = "".join(f"### Day {n} — Topic {n}\nWork for day {n}.\n\n" for n in range(1, 8))
    boxes = "".join(f"- [ ] Day {n} — topic {n}\n" for n in range(1, 8))
    plan, _ = _read(f"# Retake Plan (1 week)\n\n## Day by day\n\n{days}## Progress\n{boxes}")
    (week,) = plan.weeks
    assert week.deliverables == tuple(f"Day {n} — topic {n}" for n in range(1, 8))


SPRINT_DAYS = """\
# Four-Week Sprint

## Day 0 — Setup (Sun Mar 1)

- [ ] Book the first mock

## Mock Cadence

| Week | Days | Platform |
|------|------|----------|
| 1 | Sat | Peer mock |
| 2 | Sat | Paid mock |

# Day-by-Day Schedule

## Phase 1 — Arrays and Hashing (Days 1–7, 3/day)

{first}
## Phase 2 — Mock-Heavy Review (Days 8–21)

**Goal:** two mocks a week.

### Saturdays

#### Day 13 — Sat Mar 14

- [ ] Peer mock, graphs round

#### Day 20 — Sat Mar 21

- [ ] Paid mock, full loop
"""


def _sprint() -> str:
    first = "".join(f"### Day {n} — Mon Mar {n + 1} (3) `M`\n\n- [ ] Problem {n}\n\n" for n in range(1, 8))
    first = first.replace("Day 5 — Mon Mar 6 (3) `M`", "Day 5 — Fri Mar 6 — OFF")
    return SPRINT_DAYS.format(first=first)


def test_days_under_stages_beside_the_title_are_its_weeks_day_0_opening_the_first():
    """`# Day-by-Day Schedule` beside the title over `## Phase …` stages and their `### Day N` headings:
    the title's plan, `## Day 0 — Setup` opening week 1, the mock table no week of it."""
    plan, _ = _read(_sprint())
    assert plan.title == "Four-Week Sprint"
    assert plan.weeks[0].deliverables == ("Book the first mock", *(f"Problem {n}" for n in range(1, 8)))


def test_later_days_written_out_under_another_heading_are_each_in_their_week():
    """Only the Saturdays of the last stage written (`#### Day 13`, `#### Day 20` under `### Saturdays`)."""
    plan, _ = _read(_sprint())
    assert [week.deliverables for week in plan.weeks[1:]] == [("Peer mock, graphs round",), ("Paid mock, full loop",)]


def test_days_naming_only_their_date_take_the_stages_themes_as_their_weeks_goals():
    """`### Day 1 — Mon Mar 2 (3) `M``: a date, a count and a mark name no topic; the stage does."""
    plan, _ = _read(_sprint())
    assert "Arrays and Hashing" in plan.weeks[0].goals
    assert "OFF" not in plan.weeks[0].goals  # `### Day 5 — Fri Mar 6 — OFF`: a day of rest, named by its date
    assert "Mock-Heavy Review" in plan.weeks[2].goals


def test_boxes_naming_their_week_twice_or_more_are_its_tasks():
    """`- [ ] Week 3: Heaps`, `- [ ] Week 3: Design a typeahead`: both are week 3's, none its name."""
    weeks = "#### Week 1: Arrays\n\n- [ ] Day 1: Solve two problems\n\n#### Week 2: Lists\n\n- [ ] Day 8: Reverse a list\n\n"
    later = "- [ ] Week 3: Heaps\n- [ ] Week 3: Design a typeahead\n- [ ] Week 4: Mock interviews\n- [ ] Week 4: Four stories\n"
    plan, _ = _read(f"# 30-Day Prep\n\n## Tracker\n\n### Month 1\n\n{weeks}### Month 2\n\n{later}")
    assert [week.deliverables for week in plan.weeks][2:] == [("Heaps", "Design a typeahead"), ("Mock interviews", "Four stories")]
    assert [week.goals for week in plan.weeks][2:] == ["", ""]  # the second box is a task, no goal stated


TAGGED_QUESTIONS = """\
# Design: Parcel Lockers

## Requirements
- A courier drops a parcel into a free locker; the shopper opens it with a code.

## High-Level Architecture
- Locker service, code service, notification service.

## Interview Questions
1. [Amazon] How do you pick a locker for a parcel? *(Hint: size first, then the one nearest the door.)*
2. [Junior] What happens when every locker is full? *(Hint: hold the parcel at the depot.)*
3. How does a code stop working once the parcel is out? *(Hint: one use, expiry.)*
"""


def test_a_question_tagged_before_and_hinted_after_is_the_question_between():
    """`1. [Amazon] How …? *(Hint: …)*`: the tag and the hint are no words of the question."""
    problem, result = _read(TAGGED_QUESTIONS, "parcel-lockers.md")
    assert [p.question for p in problem.follow_ups] == [
        "How do you pick a locker for a parcel?",
        "What happens when every locker is full?",
        "How does a code stop working once the parcel is out?",
    ]
    assert problem.follow_ups[0].answer == "(Hint: size first, then the one nearest the door.)"
    assert problem.follow_ups[0].answer_kind == "guidance"
    # ... and the tag is no blank to fill.
    assert not [m for m in messages(result) if "placeholder" in m]


MOCK_RECORD = """\
# 1. Requirements
- a shopper's cart survives a device switch

# 2. High-level
- a cart service over a key-value store, keyed by shopper

# 3. Deep dive

Question: when two devices add items at once, which write wins?

Answer: neither; each add is its own row, merged on read.

Question: what if the store's primary fails during checkout?

Answer: a replica is promoted; the checkout retries with the same request id.

# 4. Interviewer Grading (Senior / L6 bar)

| Area | Score |
|---|---|
| Deep dive | 7/10 |

# 5. Roadmap Follow-Up
- **Conflict-free replicated types** (chapter 5): merging carts without a winner
"""


def test_a_mock_record_s_question_and_answer_lines_are_its_follow_ups_and_its_grading_its_level():
    problem, _ = _read(MOCK_RECORD, "design_cart_mock_1.md")
    # The reading list named as a follow-up asks nothing: the questions put are those answered.
    assert [p.question for p in problem.follow_ups] == [
        "when two devices add items at once, which write wins?",
        "what if the store's primary fails during checkout?",
    ]
    # Graded against a level's bar: the level it was rehearsed at; the grading is no step of the walk.
    assert problem.levels == ("L6",)
    assert [p.name for p in problem.phases] == ["Requirements", "High-level", "Deep dive"]
    # With no section named for follow-ups, the same.
    unlisted, _ = _read(MOCK_RECORD.split("# 5. Roadmap")[0], "design_cart_mock_1.md")
    assert [p.question for p in unlisted.follow_ups] == [p.question for p in problem.follow_ups]
    # A section that only names a level (what one would add at it) gives none.
    problem, _ = _read(MOCK_RECORD.replace("Interviewer Grading (Senior / L6 bar)", "L6 Depth"), "design_cart_mock_1.md")
    assert problem.levels == ()


VAULT_NOTE = """\
Say we keep 200 million pastes, each up to 64 KB, with keys of 6 characters.
- Reads beat writes ten to one, so the read path matters most and goes through a cache first.
- A paste may expire, so each row keeps its own expiry time and a sweeper removes old ones.

### Approaches
- Random keys with a retry, or a counter handed out in ranges.

### Storage and Reads
Text in an object store, the key and expiry in a table, a cache in front.

### Loose Ends
- shard the table by key, two replicas each
"""


def test_an_untitled_note_named_as_the_ask_is_that_design_its_headings_the_steps():
    """`Designing a Paste Service.md`: its notes (a sentence and a list) before three flat headings."""
    problem, _ = _read(VAULT_NOTE, "Designing a Paste Service.md")
    assert isinstance(problem, SystemDesignProblem)
    assert [p.name for p in problem.phases] == ["Approaches", "Storage and Reads", "Loose Ends"]
    # A book on designing a kind of system in the plural: notes on it are no design of one.
    (book,) = parse_text(VAULT_NOTE, Path("Designing Data-Intensive Applications.md")).items
    assert not isinstance(book, SystemDesignProblem)


def test_the_questions_the_candidate_would_ask_are_no_follow_ups():
    text = TAGGED_QUESTIONS.replace("## Interview Questions", "## ❓ Questions I Would Ask")
    problem, _ = _read(text, "parcel-lockers.md")
    assert problem.follow_ups == []


def test_an_outline_of_short_names_with_the_last_still_empty_is_the_design_s_steps():
    text = (
        "# Architecture questions\n\n## Design a search page for a shop\n\n* Requirements\n    - Results in 200 ms\n\n"
        "* Recommended architecture\n    - Search service over an index\n\n* Performance & scaling\n    - Shard by product\n\n"
        "* Security & abuse\n"
    )
    problem, _ = _read(text, "notes.md")
    assert [p.name for p in problem.phases] == ["Requirements", "Recommended architecture", "Performance & scaling", "Security & abuse"]


def test_a_folder_named_for_the_design_interview_holds_designs():
    """`system-design-interview/Amazon.md`: the folder names the discipline; "interview" no method there."""
    text = "# Amazon\n\n## Requirements\n- browse, cart, checkout\n\n## Plan\n- services per domain\n\n## Overview\n- catalogue, cart, orders\n"
    (item,) = parse_text(text, Path("system-design-interview/Amazon.md")).items
    assert isinstance(item, SystemDesignProblem)
    assert [p.name for p in item.phases] == ["Requirements", "Plan", "Overview"]


def test_a_first_heading_timed_as_every_one_after_it_is_a_step_not_the_title():
    """`### FEATURE EXPECTATIONS [5 min]` first of six timed steps, in `template.md`: a method's timings."""
    text = (
        "### FEATURE EXPECTATIONS [5 min]\n- Functional Requirements: Use cases\n- Non-functional Requirements: latency, availability\n"
        "### ESTIMATIONS [5 min]\n- Throughput (QPS for reads and writes)\n- Storage estimates\n"
        "### DESIGN GOALS [5 min]\n- Consistency vs availability\n"
        "### HIGH LEVEL DESIGN [5-10 min]\n- APIs for the main reads and writes\n- Database choice\n"
        "### DEEP DIVE [15-20 min]\n- Scaling the busiest component\n### JUSTIFY [5 min]\n- Say why each choice was made\n"
    )
    result = parse_text(text, Path("template.md"))
    assert result.items == []
    assert any("timing" in message for message in messages(result))


def test_concept_questions_answered_about_the_title_s_subject_are_its_key_items():
    """`# Microservice Interview Questions` over `## What is Saga design pattern?`, answered
    "The Saga pattern is … in microservices …": the headings name no subject, their answers do."""
    answers = {
        "Saga": "The Saga pattern keeps data consistent across microservices with local steps and undo steps.",
        "API Gateway": "An API gateway is the one entry point that routes calls to the right microservice.",
        "Circuit Breaker": "A circuit breaker stops a microservice from calling a failing neighbour again and again.",
        "Sidecar": "A sidecar runs beside each service and handles its logging and proxying.",
    }
    text = "# Microservice Interview Questions\n\n" + "".join(f"## What is {name} design pattern?\n{said}\n\n" for name, said in answers.items())
    (item,) = parse_text(text, Path("Microservices.md")).items
    assert item.kind == "deep_dive"
    assert [c.name for c in item.concepts] == ["What is Saga design pattern?", "What is API Gateway design pattern?", "What is Circuit Breaker design pattern?", "What is Sidecar design pattern?"]
    # Answered so but once in four: no questions about the subject.
    once = text.replace("microservices with", "services with").replace("right microservice", "right service")
    assert not [i for i in parse_text(once, Path("Microservices.md")).items if i.kind == "deep_dive" and len(i.concepts) == 4]


def test_a_chinese_chapter_designing_a_technique_is_a_deep_dive_titled_by_the_technique():
    """`# 第 4 章\uff1a设计令牌桶算法` (chapter 4: design the token bucket algorithm): an algorithm explained,
    no system to design; titled without the chapter's place and the ask."""
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/chapter_designing_a_technique_chinese.md").read_text("utf-8")
    dive, _ = _read(text, "chapter-4.md")
    assert (type(dive).__name__, dive.title) == ("DeepDive", "令牌桶算法")


def test_an_english_chapter_designing_a_technique_is_titled_by_the_technique():
    concepts = "".join(f"# {name}\n\n{name} splits the rows by a rule of its own, told at length here.\n\n" for name in ("Range sharding", "Hash sharding", "Resharding"))
    dive, _ = _read(f"# Design Data Sharding\n\nWhy one database stops being enough.\n\n{concepts}", "chapter06.md")
    assert dive.title == "Data Sharding"


def test_questions_quoted_alone_under_a_design_s_deep_dives_are_its_follow_ups():
    """`> "How do two schedulers avoid starting the same run?"`: the interviewer's words, quoted."""
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/design_deep_dives_quoted_interviewer_questions.md").read_text("utf-8")
    problem, _ = _read(text, "job-scheduler.md")
    assert [p.question for p in problem.follow_ups] == [
        "How do two schedulers avoid starting the same run?",
        "What happens to runs that were due while the scheduler was down?",
    ]


def test_portuguese_design_cases_are_problems_one_asked_by_the_question_it_opens_with():
    """`# … Exercícios - Design de Sistemas` over `## Exercício Prático N: …`: each case a design."""
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/exercicios_design_cases_portuguese.md").read_text("utf-8")
    result = parse_text(text, Path("aula-7.md"))
    assert [(item.title, item.question) for item in result.items] == [
        ("Exercício Prático 1: Serviço de Notificações", "Projete um serviço que envia avisos por e-mail e por SMS para os clientes de uma loja."),
        ("Exercício Prático 2: Contador de Visualizações", "Como você contaria as visualizações de cada vídeo em tempo real?"),
    ]


def test_a_practice_session_is_the_design_of_its_labelled_topic_asked_by_its_scenario():
    """`# System Design Practice — Week 2, Session 4` over `## Topic: Rate Limiter` and `## Scenario`
    quoting "You're building a …": the course's place names no system; the topic does, and is no step."""
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/practice_session_topic_labelled_scenario.md").read_text("utf-8")
    problem, _ = _read(text, "w02s04.md")
    assert problem.title == "Rate Limiter"
    assert problem.question == "You're building a rate limiter for a public payments API used by about 3,000 merchants."
    # The topic is no step, and the walk ends where the coach's marks begin (`## Scoring Feedback`).
    assert [phase.name for phase in problem.phases] == ["What Is a Rate Limiter?", "Scenario", "My Architecture Decisions", "Risks Identified"]
    # ... its headings numbered too (`# 1. System Design Practice — …`, `## 1. Topic: …`).
    numbered = text.replace("# System", "# 1. System").replace("## Topic:", "## 1. Topic:").replace("## What Is", "## 2. What Is")
    assert [phase.name for phase in _read(numbered, "w02s04.md")[0].phases][:1] == ["What Is a Rate Limiter?"]


def _fixture(name: str) -> str:
    return (Path(__file__).parents[1] / "fixtures/real_shapes" / name).read_text("utf-8")


def test_places_in_a_video_closing_headings_are_no_lengths_of_the_steps():
    """`## 1. Requirements [01:30]`, `[07:05–12:40]`, `[21:30, 27:45]`: where the video says it."""
    problem, _ = _read(_fixture("video_notes_timestamped_headings.md"), "video-notes.md")
    assert [phase.name for phase in problem.phases][:3] == ["Requirements", "Capacity Estimate", "High-Level Architecture"]
    assert all(phase.timing != "file" for phase in problem.phases)
    # ... in a bullet's label too (`* **Functional Requirements** [[01:46](…)]`), and a short clock stays a length.
    from systemcraft_tui.content.timing import split_timing

    assert split_timing("Functional Requirements [01:46]") == ("Functional Requirements [01:46]", None)
    assert split_timing("Deep Dive [0:30]")[1] is not None


def test_a_plan_offered_as_one_of_routes_by_time_is_its_heading_s_its_deliverables_in_spanish():
    """`## Ruta completa — 4 semanas` beside `## Ruta corta — 5 días` on a page titled as a plan."""
    plan, _ = _read(_fixture("plan_routes_by_time_spanish.md"), "plan.md")
    assert plan.title == "Ruta completa — 4 semanas"
    assert plan.weeks[0].deliverables == ("Un servicio con reintentos idempotentes",)


def test_korean_discussion_points_and_expected_interview_questions_are_follow_ups():
    problem, _ = _read(_fixture("korean_chapter_summary_discussion_points.md"), "summary.md")
    assert sorted(p.question for p in problem.follow_ups) == sorted([
        "퇴근 시간처럼 경쟁이 심할 때는 어떤 잠금이 나을까?",
        "같은 자리가 두 번 예약되는 것을 어떻게 막나요?",
        "결제가 실패하면 예약은 어떻게 되나요?",
    ])


def test_a_topic_with_no_text_over_one_subtopic_gives_both_as_concepts():
    """`### 📦 Transport Basics` over `#### TCP vs UDP` alone, among topics explained under them."""
    dive, _ = _read(_fixture("deep_dive_topic_over_one_subtopic.md"), "networking.md")
    names = [concept.name for concept in dive.concepts]
    assert "Transport Basics" in names and "TCP vs UDP" in names


@pytest.mark.parametrize("name", ["neg_star_method_openings_trailing_off_chinese.md", "neg_star_explainer_vietnamese_examples.md"])
def test_star_parts_quoted_as_openings_or_examples_of_the_method_tell_no_story(name: str):
    """Quoted openings left trailing off (`"在 XX 项目中…..."`), or quoted under `#### Ví dụ:` (example)."""
    assert parse_text(_fixture(name), Path(name)).items == []


def test_an_unmarked_question_to_you_over_notes_after_marked_ones_asks():
    """`What do you look for when **hiring an engineer**.` among `<span>` question lines over bullets."""
    result = parse_text(_fixture("crib_notes_span_questions_one_unmarked.md"), Path("crib.md"))
    assert "What do you look for when hiring an engineer." in [item.question for item in result.items]


def test_a_step_numbering_the_section_about_the_method_leaves_it_about_the_method():
    """`## Step 2: STAR 法则表达`: a place in the page, as `## 2.` is, no story's code."""
    text = _fixture("neg_star_method_openings_trailing_off_chinese.md").replace("## 2. STAR", "## Step 2: STAR")
    assert parse_text(text, Path("post.md")).items == []


TWO_SECTIONS = """\
# Ticket Booking Service
## Requirements
- Do seats get held while the buyer pays?
- Can a buyer cancel after paying?

## High-Level Design
A hold service in front of the seat map, and a payments queue.
"""


def test_a_file_named_for_a_design_walks_it_in_two_sections_requirements_then_design():
    problem, _ = _read(TWO_SECTIONS, "system-design/ticket-booking.md")
    assert isinstance(problem, SystemDesignProblem)
    assert [phase.name for phase in problem.phases] == ["Requirements", "High-Level Design"]
    # Two sections that do not walk it whole are notes on it, no design of one's own.
    assert parse_text(TWO_SECTIONS.replace("## High-Level Design", "## Links"), Path("system-design/ticket-booking.md")).items == []


BOLD_TOPICS = """\
# Backend Roadmap

### Week 1-2: How the Web Works
- **Requests and Responses**
  - What a round trip costs

- **Name Resolution**
  - Resolvers and their caches

### Week 3-4: Storing Data
- **Relational Stores**
  - Transactions and isolation
"""


def test_bold_topics_over_their_notes_are_the_week_s_goals_not_the_notes():
    plan, _ = _read(BOLD_TOPICS)
    assert [week.goals for week in plan.weeks] == [
        "Requests and Responses; Name Resolution",
        "Relational Stores",
    ]


BARE_LABELS = """\
# Week 4 - Messaging and Queues

Learn

- Ordering and partitions

Deliverable

- A consumer that survives a restart mid-batch
- A note on the retry policy chosen
"""


def test_a_deliverable_label_typed_bare_over_a_list_names_the_week_s_deliverables():
    plan, _ = _read(BARE_LABELS)
    (week,) = plan.weeks
    assert week.deliverables == ("A consumer that survives a restart mid-batch", "A note on the retry policy chosen")


NAMED_BEFORE_WEEKS = """\
# Complete Prep Guide for a Platform Role

## 6-Week Study Plan

Six weeks of evenings, ending in mock loops.

## Week 1-2: Foundations

### Week 1: Networking Basics
- DNS caching

### Week 2: Storage Basics
- Replication lag

## Week 3: Mock Loops
- One design mock

## Interview Tips
- Sleep before the loop.
"""


def test_a_plan_is_named_by_the_heading_counting_its_weeks_right_before_them():
    plan, _ = _read(NAMED_BEFORE_WEEKS)
    assert plan.title == "6-Week Study Plan"
    # A title that counts the weeks itself names the plan.
    titled, _ = _read(NAMED_BEFORE_WEEKS.replace("# Complete Prep Guide", "# 6-Week Prep Guide"))
    assert titled.title == "6-Week Prep Guide for a Platform Role"


QUESTIONS_AMONG_EMPTY = """\
# Photo Sharing App

## Requirements
- Upload a photo, follow people, see a feed.

## High Level Design
An upload service into object storage, a feed service over a follow graph.

## Detailed Design

#### How do we keep uploads from blocking the client?
The client uploads straight to storage with a signed address.

#### How to handle celebrities? Fan-out on read for accounts over a million followers.

#### Upload Path
"""


def test_questions_under_a_step_among_headings_left_empty_are_its_follow_ups():
    problem, _ = _read(QUESTIONS_AMONG_EMPTY)
    assert [probe.question for probe in problem.follow_ups] == [
        "How do we keep uploads from blocking the client?",
        "How to handle celebrities?",
    ]


WANDERING_LEVELS = """\
# Designing a Podcast Platform

## Requirements
- Publish and stream episodes.

## High Level Design
An ingest service, a transcoder, a CDN.

## API Design

#### Publish Episode
`POST /shows/{id}/episodes`

#### Stream Episode
`GET /episodes/{id}/stream`

### Data Model
Shows, episodes and listening positions.

### Component Design
The transcoder writes three bitrates.
"""


def test_steps_written_a_level_down_after_a_step_whose_own_parts_skip_a_level_are_steps_beside_it():
    problem, _ = _read(WANDERING_LEVELS)
    assert [phase.name for phase in problem.phases] == ["Requirements", "High Level Design", "API Design", "Data Model", "Component Design"]


DESCRIPTION_PAGE = """\
# Description

## Requirements

### Functional requirements
- One-to-one chat.
- Group chat.

### System requirements
- Low latency.

### Capacity planning
- 500M users, 30 messages a day each.

## Services
- Message service: stores and fans out messages.
- Presence service: who is online.
"""


def test_a_design_titled_only_by_a_part_any_page_has_is_named_by_its_place():
    problem, _ = _read(DESCRIPTION_PAGE, "ChatCsharp/Docs/Description.md")
    assert problem.title == "ChatCsharp"
    problem, _ = _read(DESCRIPTION_PAGE, "relay-chat/Description.md")
    assert problem.title == "Relay Chat"


ASSIGNMENTS = """\
# Assignments
## Week 1 (2024 Mar 2)
1. [Designing Data-Intensive Applications](https://example.org/ddia), Chapter 5: Replication
1. [The Raft paper](https://example.org/raft)
## Week 2 (2024 Mar 9)
1. Mock design: a URL shortener, 45 minutes
"""


def test_a_plan_headed_as_assignments_sets_each_week_s_items_as_its_deliverables():
    plan, _ = _read(ASSIGNMENTS)
    assert [(week.goals, week.deliverables) for week in plan.weeks] == [
        ("", ("Designing Data-Intensive Applications, Chapter 5: Replication", "The Raft paper")),
        ("", ("Mock design: a URL shortener, 45 minutes",)),
    ]


DAYS_BESIDE_TITLE = """\
# prep-notes

# 5-DAY REVIEW PLAN

## DAY 1 --- Arrays

### 2. Exercises
- Three array problems on a timer

## DAY 2 --- Trees

### 2. Bài tập tối thiểu:
- Two tree problems out loud

## DAY 3 --- Graphs

## DAY 4 --- Design

## DAY 5 --- Stories
"""


def test_days_under_a_heading_beside_the_title_that_counts_them_are_a_plan_named_there():
    plan, _ = _read(DAYS_BESIDE_TITLE)
    assert plan.title == "5-DAY REVIEW PLAN"
    (week,) = plan.weeks
    # A numbered subheading naming the work, in English or Vietnamese (`bài tập`, exercises), lists it.
    assert week.deliverables == ("Three array problems on a timer", "Two tree problems out loud")


def test_the_week_s_goal_labelled_in_ukrainian_is_its_goal():
    plan, _ = _read("# Week 20 — Concurrency\n\n## 🎯 Мета тижня\nЗрозуміти канали та горутини.\n\n## Checks\n- [ ] Worker pool\n")  # noqa: RUF001 (Ukrainian text)
    assert "Зрозуміти канали та горутини." in plan.weeks[0].goals


def test_a_table_of_problems_beside_their_solutions_gives_concepts():
    problems = _fixture("deep_dive_problem_solution_table.md")
    dive, _ = _read(problems)
    names = [concept.name for concept in dive.concepts]
    assert "Thundering herd" in names and "Mass expiry" in names
    # Problems with no column saying what solves them are no concepts the page teaches.
    items = parse_text(problems.replace("| Solution |", "| Owner |"), Path("x.md")).items
    assert "Thundering herd" not in [concept.name for item in items for concept in getattr(item, "concepts", [])]


def test_vietnamese_step_headings_are_a_design_s_phases():
    # `Bước N:` numbers a step as `Step N:` does, and `Hiểu rõ vấn đề` (understanding the problem) opens the walk.
    problem, _ = _read(_fixture("chapter_notes_vietnamese_step_headings.md"), "notify/Readme_VN.md")
    assert isinstance(problem, SystemDesignProblem)
    assert [phase.name for phase in problem.phases] == ["Hiểu rõ vấn đề và phạm vi", "Đề xuất thiết kế tổng quan", "Đi sâu vào thiết kế"]


def test_a_vietnamese_lab_sheet_s_brief_and_requirements_pose_a_design():
    problem, _ = _read(_fixture("lab_sheet_vietnamese_brief_requirements.md"), "lab/README.md")
    assert isinstance(problem, SystemDesignProblem)
    assert problem.title.endswith("Hệ thống giới hạn tốc độ")


DRILL = """\
# Search Suggest — Interview Q&A

## Round 1: Requirements (First 5 Minutes)

**Interviewer:** "Design search suggestions."

## Core Questions & Strong Answers

**Q: Where do suggestions come from?**

A: A prefix table built each night from the query log.

**Follow-up:** "How fresh must a trending query be?"
→ Minutes: a small stream job adds it beside the nightly table.

**Q: How do you keep the lookup under 50 ms?**

A:
1. **Cache by prefix** — the top prefixes are few
2. **Serve from memory** — the table fits on one host

## Rapid Fire

| Question | Answer |
|---|---|
| What is cached? | The top prefixes |
"""


def test_a_follow_up_line_after_an_answer_and_an_answer_s_list_are_read_as_a_drill_s_probes():
    problem, _ = _read(DRILL, "SystemDesign/search-suggest-qa.md")
    assert [probe.question for probe in problem.follow_ups] == [
        "Where do suggestions come from?",
        "How fresh must a trending query be?",
        "How do you keep the lookup under 50 ms?",
    ]


FEED_STORES = """\
# Design a Photo Feed

## 1) Requirements

- Users follow others and see their photos, newest first.

## 2) High-level architecture

### Core data stores

- **Follow graph store**:
  - "who does user U follow?"
  - "who follows user X?"
- **Photo store**:
  - photo metadata and object keys

## 3) Deep dives

- Fan-out on write for most users, on read for accounts with millions of followers.
"""


def test_the_queries_a_store_serves_are_no_follow_ups_put_to_the_design():
    problem, _ = _read(FEED_STORES, "photo-feed.md")
    assert "who does user U follow?" not in [probe.question for probe in problem.follow_ups]


def test_system_design_after_to_the_in_spanish_portuguese_or_french_names_the_discipline():
    from systemcraft_tui.content.names import normalize
    from systemcraft_tui.content.system_design import _names_system

    for title in ("Introducción al System Design", "Introdução ao System Design", "Introduction au System Design"):
        assert not _names_system(normalize(title))


def test_a_day_s_topic_in_full_width_parentheses_after_its_number_is_what_the_day_is_for():
    plan, _ = _read(_fixture("plan_days_topic_in_fullwidth_parentheses.md"), "two-week-plan.md")
    assert [week.goals for week in plan.weeks][0].startswith("短链接")
    assert len(plan.weeks) == 2


def test_bold_labels_with_the_colon_after_the_bold_are_each_design_s_steps():
    result = parse_text(_fixture("design_examples_bold_labels_colon_after.md"), Path("practice-designs.md"))
    assert [(item.title, [phase.name for phase in item.phases]) for item in result.items] == [
        ("Paste bin", ["Requirements", "API", "Storage", "Scale"]),
        ("Notification service", ["Requirements", "Queues", "Storage", "Trade-offs"]),
        ("Leaderboard", ["Requirements", "Storage", "Scale"]),
    ]


def test_the_ask_quoted_in_a_prep_sheet_s_opening_line_is_its_question():
    problem, _ = _read(_fixture("design_prep_sheet_quoted_ask.md"), "queue/INTERVIEW_PREP.md")
    assert problem.question == "Design a Message Queue"


def test_a_brief_label_states_each_problem_s_ask():
    result = parse_text(_fixture("design_problems_brief_labels.md"), Path("problems.md"))
    assert [item.question.split(",")[0] for item in result.items] == [
        "Design a service that shows where every parcel is",
        "Design a system that books truck arrival slots at 300 depots",
        "Design an engine that quotes a price for a route within 200 ms",
    ]


MINUTE_TABLE = """\
# Design a Parking Garage

## The 45 minutes

| Minute | You are doing |
|---|---|
| 0–5 | Requirements: spots, tickets, payments |
| 5–15 | High-level design of the entry and exit flow |
| 15–35 | Deep dive on spot assignment and payments |
| 35–45 | Trade-offs and wrap-up |

## Requirements

- Assign a spot on entry, charge on exit.
"""


def test_a_clock_table_counted_in_whole_minutes_times_each_step():
    problem, _ = _read(MINUTE_TABLE, "parking-garage.md")
    assert [(phase.min_minutes, phase.max_minutes) for phase in problem.phases][:4] == [(5, 5), (10, 10), (20, 20), (10, 10)]


def test_weeks_numbered_in_chinese_numerals_with_practice_tasks_are_a_plan():
    plan, _ = _read(_fixture("plan_weeks_chinese_numerals_practice_tasks.md"), "plan.md")
    assert [week.first for week in plan.weeks] == [1, 2, 3]
    # `**实践任务**` (practice tasks) lists the week's work to hand in.
    assert plan.weeks[1].deliverables == ("选一个分片键并说明理由", "比较至少一次和恰好一次的代价")


def test_a_deliverable_label_typed_straight_under_a_list_is_the_day_s_deliverable():
    plan, _ = _read(_fixture("week_file_deliverable_label_under_list.md"), "weeks/week-05/README.md")
    assert "A one-page summary of delivery guarantees" in plan.weeks[0].deliverables


def test_a_roadmap_s_milestones_list_is_its_weeks_when_no_other_week_is_written():
    plan, result = _read(_fixture("roadmap_milestones_w_abbrev_arrow_projects.md"), "README.md")
    assert len(plan.weeks) == 8
    assert (plan.weeks[0].title, plan.weeks[0].deliverables) == ("Containers from scratch", ("A minimal container runtime",))
    # `**W1**` says its week as `**Week 1**` does.
    assert not any("does not say its week" in message for message in messages(result))



def test_a_plain_question_label_alone_in_its_paragraph_asks_with_the_next_and_they_may_ask_lists_probes():
    result = parse_text(_fixture("loop_prep_note_plain_label_paragraphs.md"), Path("prep/Tandem Prep Plan.md"))
    first, second = result.items
    assert first.question.startswith("Design the backend for a whiteboard")
    assert [probe.question for probe in second.follow_ups] == [
        "Do you store the whole board as one document?",
        "How do you keep a history without copying every stroke?",
        "How would you open a board of a million strokes quickly?",
    ]
    # "They may ask about:" lists topics, no questions put to the design.
    assert first.follow_ups == []


def test_a_week_named_as_its_plan_closing_a_chapter_is_that_week_s_plan():
    result = parse_text(_fixture("chapter_closing_week_plan_and_tips.md"), Path("12-talking-about-work.md"))
    (plan,) = [item for item in result.items if item.kind == "plan"]
    assert plan.title.endswith("Week 12 Action Plan") and [week.first for week in plan.weeks] == [12]
    assert len(plan.weeks[0].deliverables) == 5


def test_a_bare_chinese_label_over_a_list_names_the_week_s_deliverables():
    text = "# 第 3 周\uff1a检索增强\n\n学习目标\n\n- 理解向量检索\n\n检查点与复盘\n\n- 完成一个检索小项目\n- 写一篇复盘\n"
    plan, _ = _read(text, "week-3.md")
    assert plan.weeks[0].deliverables == ("完成一个检索小项目", "写一篇复盘")


def test_numbered_headings_after_an_empty_heading_of_any_name_are_its_points_not_the_steps():
    problem, _ = _read(_fixture("design_numbered_members_under_empty_heading.md"), "otp-service.md")
    names = [phase.name for phase in problem.phases]
    assert names[:6] == ["Requirements", "Capacity Estimation", "API Design", "High-Level Architecture", "Data Model", "Scaling"]
    assert not any(name.startswith(("Rate Limiting", "Constant-Time", "Audit")) for name in names)


def test_a_bold_question_answered_on_its_own_line_is_a_probe_and_its_answer():
    from systemcraft_tui.content.markdown_tree import parse_markdown
    from systemcraft_tui.content.reading import read_probes

    text = "## Follow-up questions\n\n**Search?** On the device, never on the server.\n\n**Deletes?** A tombstone event sent down the same path.\n"
    probes = read_probes(parse_markdown(text).root.children[0])
    assert [(probe.question, probe.answer) for probe in probes] == [
        ("Search?", "On the device, never on the server."),
        ("Deletes?", "A tombstone event sent down the same path."),
    ]


def test_a_length_asked_of_an_answer_in_a_heading_s_parentheses_is_no_timing_and_code_values_no_blank():
    result = parse_text(_fixture("design_bold_question_answers_inline.md"), Path("photo-sharing.md"))
    assert [problem.message for problem in result.problems if problem.severity == "error"] == []


def test_systems_named_over_their_follow_ups_on_a_page_of_questions_are_designs_probed_by_them():
    text = _fixture("followup_bank_by_system.md")
    items = parse_text(text, Path("drill.md")).items
    assert [(item.title, type(item).__name__) for item in items] == [
        ("Pastebin", "SystemDesignProblem"),
        ("Food Delivery App", "SystemDesignProblem"),
    ]
    assert [probe.question for probe in items[0].follow_ups] == [
        "What if the blob store becomes unavailable?",
        "How do you stop people from scraping every paste?",
        "How would you expire old pastes cheaply?",
    ]


def test_a_model_answer_opening_on_a_verb_like_word_under_a_system_s_follow_up_is_no_story():
    text = (
        "# Follow-Up Questions\n\n## 1. Search Engine\n\n### Q1: How do you rank results?\n\n> - Scored by relevance\n\n"
        "### Q2: What if one shard is slow?\n\n> - Hedged requests\n\n"
        "### Q3: How do you handle phrase queries?\n\n> **Model Answer**:\n>\n> - Indexed terms with position data\n"
        '> - "red fast car": find pages with the three words in order\n> - Merge posting lists, then filter by position\n'
        "> - Costlier than one word: cache the results\n\n"
        "## 2. Web Crawler\n\n### Q1: How do you avoid traps?\n\n> - Depth limits\n\n### Q2: What if a site blocks you?\n\n> - Back off\n\n"
        "### Q3: How do you prioritise pages?\n\n> - By rank\n"
    )
    items = parse_text(text, Path("bank.md")).items
    assert [type(item).__name__ for item in items] == ["SystemDesignProblem", "SystemDesignProblem"]


def test_themes_over_questions_about_one_s_own_work_are_no_systems_followed_up():
    asked = {
        "Payments Service": ["How do you tell your team about an outage?", "How would you coach a peer who shipped late?", "How do you keep stakeholders informed?"],
        "Chat App": ["How do you handle disagreements in your team?", "How do you grow your peers?", "How do you work with your manager?"],
    }
    text = "# Interview Questions\n\n" + "".join(
        f"## {n}. {theme}\n\n" + "".join(f"### Q{k}: {question}\n\n> - Talk it through early.\n\n" for k, question in enumerate(questions, 1))
        for n, (theme, questions) in enumerate(asked.items(), 1)
    )
    items = parse_text(text, Path("bank.md")).items
    assert not any(isinstance(item, SystemDesignProblem) for item in items)

def test_a_screening_round_s_scene_questions_about_a_system_are_short_designs_asked_by_them():
    items = parse_text(_fixture("screening_design_discussions.md"), Path("screening.md")).items
    assert [(item.title, item.question) for item in items] == [
        ("Photo Sharing App - Thumbnails", "A photo sharing app makes three thumbnail sizes for every upload. What breaks when uploads triple overnight?"),
        ("Ticket Service - Regional Outage", "A ticket booking service runs in one region. What are the risks during a big on-sale?"),
        ("Log Retention (Cost Limits)", "How would you keep a year of logs without the bill growing every month?"),
    ]
    assert all(isinstance(item, SystemDesignProblem) for item in items)



def test_a_question_on_one_s_work_with_people_laid_out_as_a_screening_round_s_designs_is_none():
    text = _fixture("screening_design_discussions.md") + (
        "\n#### 2. Team Friction\n\n**Question**: How do you handle disagreements in your team?\n\n"
        "**Optimal Response**:\n\n* **Listen first**: hear both sides.\n"
    )
    items = parse_text(text, Path("screening.md")).items
    assert "Team Friction" not in [item.title for item in items if isinstance(item, SystemDesignProblem)]


def test_a_method_heading_first_on_an_untitled_page_of_areas_to_revise_is_one_of_its_parts():
    (item,) = parse_text(_fixture("3-initech.md"), Path("3-initech.md")).items
    assert (item.kind, item.title) == ("deep_dive", "Initech")
    assert [concept.name for concept in item.concepts][:3] == ["How to approach data pipeline questions", "SQL", "Stream Processing"]


def test_stages_over_overlapping_weeks_beside_a_table_of_every_week_leave_the_weeks_to_the_table():
    text = (
        "# Job Hunt Plan\n\n## Stage 1: Groundwork (Week 1-2)\n- [ ] List ten target teams\n- [ ] Refresh the CV\n\n"
        "## Stage 2: Outreach (Week 2-3)\n- [ ] Ask three former colleagues for intros\n\n"
        "## Timeline\n\n| Week | Focus | Deliverables |\n|------|-------|--------------|\n| 1 | Targets | Ten teams listed |\n"
        "| 2 | CV | CV sent for review |\n| 3 | Intros | Three intros asked |\n| 4 | Applications | Five applications out |\n"
    )
    plan, _ = _read(text, "plan.md")
    assert [(week.first, week.last, week.title) for week in plan.weeks] == [
        (1, 1, "Targets"),
        (2, 2, "CV"),
        (3, 3, "Intros"),
        (4, 4, "Applications"),
    ]


def test_a_table_s_last_week_written_with_a_plus_is_that_week():
    text = (
        "# Job Hunt Plan\n\n## Timeline\n\n| Week | Focus | Deliverables |\n|------|-------|--------------|\n"
        "| 1 | Targets | Ten teams listed |\n| 2 | CV | CV sent for review |\n| 3 | Intros | Three intros asked |\n"
        "| 4+ | Interviews | Two mock loops a week |\n"
    )
    plan, _ = _read(text, "plan.md")
    assert [(week.first, week.title, week.deliverables) for week in plan.weeks][3:] == [(4, "Interviews", ("Two mock loops a week",))]


def test_a_prompt_label_alone_at_a_hard_line_break_asks_on_the_next_line():
    text = (
        "# Loop Prep Sheet\n\n## 1. Queue Replay\n\n**Prompt:**  \nGiven a list of enqueue and dequeue events, rebuild the queue.\n\n"
        "**Practice:**\n- Deques\n\n## 2. Ride Dispatch\n\n**Prompt:**  \nDesign a dispatch service matching riders to nearby drivers.\n\n"
        "**Practice:**\n- Geo indexes\n"
    )
    items = parse_text(text, Path("prep.md")).items
    assert [(type(item).__name__, item.title, item.question) for item in items] == [
        ("SystemDesignProblem", "Ride Dispatch", "Design a dispatch service matching riders to nearby drivers."),
    ]


@pytest.mark.parametrize("round_name", ["System Design", "Full-Stack / System Design", "Product / API Design"])
def test_a_design_round_asking_under_a_question_subheading_is_titled_by_its_ask(round_name: str):
    text = (
        "# Mock Loop\n\n## 1. Coding Challenge (45 min)\n\n### Question\n\nGiven a list of invoices, return each customer's longest run "
        f"paid on time.\n\n### Answer\n\nGroup, sort, count.\n\n## 2. {round_name} (60 min)\n\n### Question\n\n"
        '**"Design a parcel tracking service for a courier company."**\n\nCustomers want to see where their parcel is.\n\n'
        "### Answer\n\n#### Core APIs\n- POST /parcels\n\n#### Storage\n- One row per scan\n\n#### Scale\n- Partition by day\n"
    )
    (problem,) = parse_text(text, Path("mock.md")).items
    assert problem.question == "Design a parcel tracking service for a courier company."
    assert problem.title == "Parcel tracking service for a courier company"


# --- plans counted in days, weekdays and months (a hundred-and-forty-fifth later set) ----

PRIORITY_DAYS = """\
# 5-Day Cram Plan

## Day 1 - Arrays
**Priority: Hash maps first**
- [ ] Three array problems

## Day 2 - Trees
**Priority: Recursion without notes**
- [ ] Two tree problems

## Day 3 - Graphs
- [ ] One graph problem

## Day 4 - Design
- [ ] One design out loud

## Day 5 - Rest
- [ ] Check the call link
"""


def test_a_day_s_priority_line_is_what_the_day_is_for():
    plan, _ = _read(PRIORITY_DAYS, "cram.md")
    (week,) = plan.weeks
    assert "Hash maps first" in week.goals and "Recursion without notes" in week.goals


NUMBERED_SECTIONS_WEEKS = """\
# Job Search Plan

## 1. Where I stand

Four years of backend work, no data role yet.

## 2. Week 1 — Resume

- Rewrite the summary line
- Send it to two friends

## 3. Week 2 — SQL

- Thirty window-function problems
"""


def test_a_week_numbered_among_the_page_s_sections_is_a_week():
    plan, _ = _read(NUMBERED_SECTIONS_WEEKS, "plan.md")
    assert [(week.first, week.title) for week in plan.weeks] == [(1, "Resume"), (2, "SQL")]


MONTH_LINES = """\
# My Interview Prep Plan 2020

## Plan

Month 1 & 2

* Read an algorithms book cover to cover
* Redo its exercises in Python

Month 3

* **Daily (1 hour): Hand-written algorithms**. A sheet of paper and a pen, no editor.
* **Weekly**: Mock interviews. One with a friend every Saturday.
* **Notebook**: a list of what went wrong
"""


def test_months_on_plain_lines_over_their_lists_are_four_weeks_each():
    plan, _ = _read(MONTH_LINES, "README.md")
    assert [(week.first, week.last) for week in plan.weeks] == [(1, 8), (9, 12)]
    # ... but months as headings are no plan's (`## Month 1: Meet the team`, a new job's first 90 days).
    headed = "# My first 90 days\n\n## Month 1: Meet the team\n\n- One-on-ones\n- Learn the product\n\n## Month 2: Help\n\n- Join the on-call\n"
    assert not any(item.kind == "plan" for item in parse_text(headed, Path("90-days.md")).items)


def test_bullets_opening_on_how_often_say_what_the_stretch_is_for():
    plan, _ = _read(MONTH_LINES, "README.md")
    assert plan.weeks[1].goals == "Hand-written algorithms; Mock interviews"


BOLD_DAY_LINES = """\
# Take-Home Prep Plan

## The 5-day schedule

**Day 1 — Mon Mar 3 · ~2h · Setup**
- Load the sample data

**Day 2 — Tue Mar 4 · ~2h · First timed run**
- 90 minutes on the first mock

**Day 3 — Wed Mar 5 · Window drills**
- Running totals from memory

**Day 4 — Thu Mar 6 · Second timed run**
- 90 minutes on the second mock

**Day 5 — Fri Mar 7 · Rest**
- Nothing new
"""


def test_days_written_as_bold_lines_alone_are_day_headings():
    plan, _ = _read(BOLD_DAY_LINES, "prep.md")
    (week,) = plan.weeks
    assert "First timed run" in week.goals and "Window drills" in week.goals


DAY_ZERO_AMONG_DAYS = """\
# Prep Plan

## The 5-day schedule

### Day 0 — Setup
- Install the tools

### Day 1 — Arrays
- Three problems

### Day 2 — Trees
- Two problems

### Day 3 — Graphs
- One problem

### Day 4 — Design
- One design

### Day 5 — Rest
- Nothing new
"""


def test_a_day_0_first_among_the_days_opens_the_first_week():
    plan, _ = _read(DAY_ZERO_AMONG_DAYS, "prep.md")
    (week,) = plan.weeks
    assert week.title == "Days 0-5" and "Install the tools" not in week.goals


WEEKDAY_HEADINGS = """\
# Onsite on Tuesday

## 5-DAY PLAN (May 2-6)

### FRIDAY MAY 2 (TODAY) - 3 hours
- [ ] Set up the laptop

### SATURDAY MAY 3 - 6 hours
- [ ] Two timed problems

### SUNDAY MAY 4
- [ ] One mock

### MONDAY MAY 5
- [ ] Light review

### TUESDAY MAY 6 (ONSITE)
- [ ] Think out loud
"""


def test_headings_naming_weekdays_one_after_another_are_the_plan_s_days():
    plan, _ = _read(WEEKDAY_HEADINGS, "onsite.md")
    (week,) = plan.weeks
    assert (week.title, week.deliverables[0], week.deliverables[-1]) == ("Days 1-5", "Set up the laptop", "Think out loud")
    # ... each the day after the one before: Friday, then Monday, is no run of days.
    skipping = WEEKDAY_HEADINGS.replace("SATURDAY MAY 3", "MONDAY MAY 5").replace("SUNDAY MAY 4", "WEDNESDAY MAY 7")
    assert not any(item.kind == "plan" for item in parse_text(skipping, Path("onsite.md")).items)


TABLE_DAYS = """\
# Ten focused days

Work down the table; each row is a day.

| Day | New problems | Main focus |
|---|---|---|
| 1 | 1, 217 | Hash lookups |
| 2 | 49, 242 | Grouping |
| 3 | 11, 15 | Two pointers |
| 4 | 238 | Prefix products |
| 5 | 56, 57 | Intervals |
| 6 | 33, 153 | Binary search |
| 7 | 215, 347 | Heaps |
| 8 | 102, 98 | Trees |
| 9 | 200, 207 | Graphs |
| 10 | Mock | Explaining out loud |
"""


def test_a_table_of_days_counts_the_plan_s_days_in_weeks():
    plan, _ = _read(TABLE_DAYS, "PREP_PLAN.md")
    assert [week.first for week in plan.weeks] == [1, 2]
    assert "Two pointers" in plan.weeks[0].goals and "Graphs" in plan.weeks[1].goals
    # ... its rows running side by side (`Days 1–9` beside `Days 4–13`) in every week they run in.
    tracks, _ = _read(_fixture("plan_day_range_table_overlapping_tracks.md"), "plan.md")
    assert ["Live Troubleshooting" in week.goals for week in tracks.weeks] == [True, True, False]


def test_a_table_summing_up_every_week_with_what_it_produces_adds_to_each_week():
    plan, _ = _read(_fixture("plan_numbered_week_sections_summary_table.md"), "notes/6-week-plan.md")
    first = plan.weeks[0]
    assert "Resume + story baseline" in first.goals and "新版简历 + 4 个项目讲稿" in first.deliverables
    # ... a table of only the weeks' themes restates their headings and adds nothing.
    themes = "# Plan\n\n| Week | Focus |\n|---|---|\n| 1 | Arrays drills |\n| 2 | Tree drills |\n\n## Week 1: Arrays\n- [ ] Ten problems\n\n## Week 2: Trees\n- [ ] Five problems\n"
    restated, _ = _read(themes, "plan.md")
    assert [week.goals for week in restated.weeks] == ["", ""]
