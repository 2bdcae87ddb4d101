"""Templates 2-4: system design problems, deep dives and practice plans."""

from pathlib import Path

from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.serialize import item_to_dict
from tests.content.conftest import messages


def test_system_design_problem(parsed):
    result = parsed("system_design.md")
    assert result.problems == []
    (problem,) = result.items
    assert problem.kind == "system_design"
    assert problem.id == "system-design"
    assert problem.levels == ("L6", "L7")
    assert problem.business_context.startswith("Customers check parcel status")
    assert len(problem.functional_requirements) == 2
    assert [(r.name, r.targets["L6"], r.targets["L7"], r.rationale) for r in problem.non_functional] == [
        ("Scale", "20M parcels/day", "200M parcels/day", "Peak season"),
        ("Availability", "99.9%", "99.99%", "Support cost"),
    ]
    assert [(c.name, c.detail) for c in problem.constraints][0] == ("Technology", "Existing Kafka cluster")
    assert [(p.name, p.min_minutes, p.max_minutes, p.timing) for p in problem.phases] == [
        ("High-Level Architecture", 5, 10, "file"),
        ("Deep Dive Components", 20, 20, "file"),
        ("Data Design", 10, 15, "file"),
        ("Trade-offs and Alternatives", 5, 10, "file"),
    ]
    assert problem.total_minutes == 55
    assert [p.question for p in problem.follow_ups] == ["How would you handle 10x scale?", "What would you monitor?"]
    assert problem.follow_ups[0].answer == "Partition by tracking number"
    assert problem.l6_depth == ["Idempotent scan ingestion", "Backpressure on the ingestion tier"]
    assert problem.l7_strategic == ["A tracking platform other carriers could use"]
    assert item_to_dict(problem)["question"] == "Design a Tracking Service for 20M Daily Parcels"


def test_design_without_timed_phases_gets_the_default_preset():
    text = "# Design a URL Shortener\n\n## Problem Statement\n\n### Business Context\nShort links.\n"
    (problem,) = parse_text(text, Path("short.md")).items
    assert problem.phases and {p.timing for p in problem.phases} == {"default"}
    assert problem.total_minutes == 60


def test_design_phase_with_unreadable_timing():
    text = "# Design X\n\n### Data Design (ten minutes)\nText.\n"
    result = parse_text(text, Path("x.md"))
    assert [(p.line, p.severity) for p in result.problems if "unreadable" in p.message] == [(3, "error")]


def test_a_table_of_terms_with_no_definition_column_says_what_each_term_is():
    # A cheat sheet's `| Operation | Latency |` table: the figures are what it teaches.
    text = (
        "# System Design Cheat Sheet\n\n## Numbers\n\n| Operation | Latency | Note |\n|---|---|---|\n"
        "| L1 cache | 0.5 ns | |\n| SSD read | 150 us | random |\n\n"
        "## Caching\n\n- **Cache-aside**: the app fills the cache\n- **Write-through**: cache and DB together\n"
        "- **Write-back**: flushed later\n\n## Queues\n\n- **At-least-once**: consumers must be idempotent\n"
    )
    (dive,) = parse_text(text, Path("sheet.md")).items
    defined = {c.name: c.definition for c in dive.concepts}
    assert defined["L1 cache"] == "Latency: 0.5 ns"
    assert defined["SSD read"] == "Latency: 150 us; Note: random"


def test_deep_dive(parsed):
    result = parsed("deep_dive.md")
    assert result.problems == []
    (dive,) = result.items
    assert dive.kind == "deep_dive"
    assert dive.levels == ("L6", "L7")
    assert dive.summary.startswith("Caching decides latency")
    assert [c.name for c in dive.concepts] == ["Cache-aside", "Write-through"]
    assert dive.concepts[1].trade_off == "Write latency"
    assert [(c.name, len(c.items)) for c in dive.checklists] == [("Technical Understanding", 2), ("Leadership Application", 1)]
    assert dive.checklists[0].items[0] == "Can explain cache-aside versus write-through"
    assert dive.quick_prep["5-Minute Prep"] == ["Hit ratio arithmetic", "Invalidation strategies"]


def test_practice_plan(parsed):
    result = parsed("plan.md")
    assert messages(result) == []
    (plan,) = result.items
    assert plan.kind == "plan"
    assert [(w.first, w.last, w.title) for w in plan.weeks] == [
        (1, 1, "Assessment and Foundation"),
        (2, 2, "Skill Development"),
        (3, 4, "Advanced Development"),
    ]
    assert plan.length_weeks == 4
    assert plan.weeks[0].goals == "Establish a baseline"
    assert plan.weeks[0].deliverables == ("Completed assessment", "3 draft STAR stories")
    assert plan.weeks[2].deliverables == ("Two full mocks",)
    assert plan.daily_routine == ["30 minutes behavioral practice", "30 minutes system design"]
    assert [(d.group, d.name) for d in plan.dimensions] == [
        ("behavioral_strength", "story_quality"),
        ("behavioral_strength", "delivery_confidence"),
        ("technical_competence", "system_design"),
        ("interview_readiness", "time_management"),
    ]
    assert [(t.group, t.below) for t in plan.triggers] == [("behavioral", 3), ("technical", 3), ("interview", 3)]
    assert plan.triggers[0].action == "Increase story practice time"
    assert [(m.week, m.text) for m in plan.milestones] == [
        (2, "Basic competency in all areas (all scores ≥ 3)"),
        (4, "Interview-ready (all scores ≥ 4)"),
    ]


def test_plan_without_weeks_is_an_error():
    result = parse_text("# 6-Week Practice Plan\n\nJust prose.\n", Path("p.md"))
    assert [(p.line, p.severity) for p in result.problems if "no weeks" in p.message] == [(1, "error")]


def test_file_with_no_template_content_is_a_warning_not_an_item():
    result = parse_text("# Notes\n\nSome thoughts.\n", Path("notes.md"))
    assert result.items == []
    assert [p.severity for p in result.problems] == ["warning"]


def test_stated_format_must_match_the_phases():
    text = "# Design X\n\n**Level**: L6 | **Format**: 45-minute interview\n\n### Data Design (10-20 minutes)\nText.\n"  # Format on line 3
    result = parse_text(text, Path("x.md"))
    assert [(p.line, p.message) for p in result.problems if "format" in p.message] == [
        (3, "the format says 45 minutes but the phases add up to 20 minutes")
    ]
    assert not [p for p in parse_text(text.replace("45-minute", "20-minute"), Path("x.md")).problems if "format" in p.message]


def test_mock_schedule_headings_are_not_weeks(parsed):
    (plan,) = parsed("plan.md").items
    assert [w.first for w in plan.weeks] == [1, 2, 3]


def test_summary_leaves_out_lone_labels(parsed):
    text = "# Caching Deep Dive\n\n## Executive Summary\n\nCaching matters.\n\n**Key Learning Outcomes:**\n- one\n"
    (dive,) = parse_text(text, Path("d.md")).items
    assert dive.summary == "Caching matters."


def test_a_deep_dives_concepts_come_in_the_pages_order():
    # A subheading that defines a concept ("### Global Order") was listed before the topics
    # of the outline above it, out of the page's order (from a walk of the quick reference).
    text = (
        "# Message Queues: A Deep Dive\n\nWhy queues.\n\n## 1. Delivery Guarantees\n\n"
        "- **At-Least-Once**: never lost, may come twice.\n- **Exactly-Once**: once end to end.\n\n"
        "## 2. Ordering\n\n### Per-Partition Order\n\nOrder holds inside one partition.\n\n"
        "### Global Order\n\nOne partition for everything.\n\n## 3. Backpressure\n\nConsumers fall behind.\n"
    )
    (dive,) = parse_text(text, Path("queues.md")).items
    assert [c.name for c in dive.concepts] == [
        "Delivery Guarantees", "At-Least-Once", "Exactly-Once", "Ordering", "Per-Partition Order", "Global Order", "Backpressure",
    ]  # fmt: skip
