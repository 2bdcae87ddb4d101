"""Timings as other authors write them: m:ss ranges, approximate marks, upper bounds,
compact units, and timings after a dash, a colon or in square brackets."""

from pathlib import Path

import pytest

from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.timing import (
    TimingError,
    Window,
    equal_share,
    leading_timing,
    minutes_said,
    parse_duration,
    split_timing,
)
from tests.content.conftest import messages


def _seconds(text: str) -> tuple[int, int]:
    window = parse_duration(text)
    return window.min_seconds, window.max_seconds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0:30–0:45", (30, 45)),
        ("1:30–2:00", (90, 120)),
        ("≈2 min", (120, 120)),
        ("~2 min", (120, 120)),
        ("about 2 minutes", (120, 120)),
        ("1m30s", (90, 90)),
        ("60–90 sec.", (60, 90)),
        ("5m", (300, 300)),
        ("1 min 30 sec", (90, 90)),
    ],
)
def test_clock_ranges_approximate_marks_and_compact_units(text, expected):
    assert _seconds(text) == expected


@pytest.mark.parametrize("text", ["< 2 min", "≤2 min", "2 min max", "up to 2 min", "under 2 minutes", "2 minutes or less"])
def test_an_upper_bound_alone_reads_as_half_the_bound_to_the_bound(text):
    assert _seconds(text) == (60, 120)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30-45 seconds", (30, 45)),
        ("2 minutes", (120, 120)),
        ("1.5 min", (90, 90)),
        ("30 sec to 1 min", (30, 60)),
        ("~30s", (30, 30)),
        ("1–2 min", (60, 120)),
        ("20-30 secs", (20, 30)),
        ("30-second", (30, 30)),
    ],
)
def test_formats_read_before_still_read(text, expected):
    assert _seconds(text) == expected


def test_an_unreadable_timing_still_says_what_to_write():
    with pytest.raises(TimingError, match=r"unreadable timing 'twenty seconds': write it like \(30-45 seconds\)"):
        split_timing("Situation (twenty seconds)")
    with pytest.raises(TimingError, match="'30-45' has no unit: write seconds or minutes"):
        split_timing("Situation (30-45)")


@pytest.mark.parametrize(
    ("label", "name", "expected"),
    [
        ("Situation — 20 seconds", "Situation", (20, 20)),
        ("Task: 10 sec", "Task", (10, 10)),
        ("High-Level Design — 10–15 min", "High-Level Design", (600, 900)),
        ("Trade-offs: 5 to 10 minutes", "Trade-offs", (300, 600)),
        ("Trade-offs - 5-10 min", "Trade-offs", (300, 600)),
        ("Scaling & failure modes — ~8 min", "Scaling & failure modes", (480, 480)),
        ("Deep Dive [15-20 minutes]", "Deep Dive", (900, 1200)),
        ("Action [90-120s]", "Action", (90, 120)),
        ("Result (0:30–0:45)", "Result", (30, 45)),
        # A gloss on the part, then its timing after a spaced dash: the gloss stays in the name.
        ("SITUATION (Set the context - 30 seconds)", "SITUATION (Set the context)", (30, 30)),
        ("ACTION (What I did – 2 minutes)", "ACTION (What I did)", (120, 120)),
        # ... or after a comma: "(pull, ~2 min)".
        ("Infra sizing (pull, ~2 min)", "Infra sizing (pull)", (120, 120)),
        # Minute marks on an interview's clock stay a timing.
        ("Deep Dive (10:00 - 15:00)", "Deep Dive", (600, 900)),
    ],
)
def test_split_timing_after_a_dash_a_colon_or_in_brackets(label, name, expected):
    read_name, window = split_timing(label)
    assert (read_name, window.min_seconds, window.max_seconds) == (name, *expected)


@pytest.mark.parametrize(
    "label",
    [
        "Cut p99 latency to 200 ms",
        "Latency: 200 ms",
        "Component 1: ID Allocation",
        "Results: 5 minutes faster",
        "Meeting at 10:30",
        "Failover in ~30 s",
        "Keep p99 < 2 s",
        "Design X (L6)",
        "Phase 1 (1-2 months)",
        "Heap (min-heap)",
        "Design [Your System]",
        "Time Management (45-minute interview)",
        "Warm-Up (30-second pitch)",
        "Rate Limiting (1 req/sec per domain)",
        "Writes (40K per second)",
        "Daily Active Users: 300M",
        "Tweets per day - 200 M",
        "Mark users offline after a quiet spell (e.g., 60 seconds)",
        "Cache the top 100 (i.e. 1 second of staleness)",
        "Retry later (for example 30 s)",
        "Time-Boxed Approach (45 min interview)",  # the whole interview's length
        "Only keys between Node B (0.3) and Node E (0.4) get re-mapped",  # places on a ring
        "Explain (30 seconds per component)",  # a length for each of several things
        "What You Say (Component by Component - 30 sec each)",
        "PHASE 2: Add Caching (Draw Second)",  # an order
        "Hit Counter – Quick Start (5\u2011Minute Reference)",  # a non-breaking hyphen
        "Consistent Hashing (5 minute read)",  # how long the page takes to read
    ],
)
def test_names_that_merely_contain_numbers_are_not_timings(label):
    assert split_timing(label) == (label, None)


def test_a_timing_with_a_remark_after_a_comma_keeps_the_remark_in_the_name():
    name, window = split_timing("Step 4: Deep Dive Topics (10-15 minutes, optional)")
    assert (name, window) == ("Step 4: Deep Dive Topics (optional)", Window(600, 900))


@pytest.mark.parametrize(
    ("rest", "expected", "after"),
    [
        ('(30 seconds): "s"', (30, 30), '"s"'),
        ("(0:30–0:45)", (30, 45), ""),
        ("[90-120s] The team", (90, 120), "The team"),
        ("— 20 seconds", (20, 20), ""),
        (": 10 sec", (10, 10), ""),
        ("– 10 min", (600, 600), ""),
        ("~10 min", (600, 600), ""),
    ],
)
def test_leading_timing_reads_what_follows_a_bold_label(rest, expected, after):
    window, text = leading_timing(rest)
    assert ((window.min_seconds, window.max_seconds), text) == (expected, after)


@pytest.mark.parametrize(
    "rest", ["10 engineers moved to my team", "(optional) I chose", "2 minutes later, I paged", ": 300M", ": 5M"]
)
def test_leading_timing_leaves_answers_that_start_with_numbers(rest):
    assert leading_timing(rest) == (None, rest)


def _scenario(star: str) -> str:
    return f"""## L6 Scenario 1: Test

### The Interview Question
"Tell me about a hard call."

### Complete STAR Response Example
{star}

### Follow-up Questions and Responses
**Common Probe #1**: "Why?"
**Strong Response**: "Because."

### Red Flags to Avoid
- Vague answers
"""


def test_star_labels_in_the_new_formats_read_their_timings_and_keep_the_text_clean():
    star = """**Situation — 20 seconds**
"s"

**Task: 10 sec**
"t"

**Action (1:30–2:00)**
"a"

**Result** (0:30–0:45)
"r"
"""
    result = parse_text(_scenario(star), Path("x.md"))
    assert messages(result, "error") == []
    (scenario,) = result.items
    assert [(s.name, s.min_seconds, s.max_seconds, s.timing, s.text) for s in scenario.star] == [
        ("Situation", 20, 20, "file", "s"),
        ("Task", 10, 10, "file", "t"),
        ("Action", 90, 120, "file", "a"),
        ("Result", 30, 45, "file", "r"),
    ]


def test_star_label_with_an_approximate_or_bounded_timing():
    star = """**Situation (~30s)**
"s"

**Task (< 30 sec)**
"t"

**Action (≈2 min)**
"a"

**Result (40 s max)**
"r"
"""
    (scenario,) = parse_text(_scenario(star), Path("x.md")).items
    assert [(s.min_seconds, s.max_seconds) for s in scenario.star] == [(30, 30), (15, 30), (120, 120), (20, 40)]


DESIGN = """# Design a Notification Service

## Problem Statement

### Business Context
Order updates.

## 1. Clarifying Requirements (5 mins)
Ask.

## 2. High-Level Design — 10–15 min
Router.

## 3. Deep Dive [15-20 minutes]

### Dedupe and Ordering
Key each notification by order ID.

## 4. Trade-offs: 5 to 10 minutes
At-least-once.

## 5. Cut p99 latency to 200 ms
Not a phase.
"""


def test_design_headings_timed_after_a_dash_a_colon_or_in_brackets():
    result = parse_text(DESIGN, Path("design.md"))
    assert not any("placeholder" in m for m in messages(result))
    (problem,) = result.items
    assert [(p.min_minutes, p.max_minutes, p.line) for p in problem.phases] == [
        (5, 5, 8),
        (10, 15, 11),
        (15, 20, 14),
        (5, 10, 19),
    ]
    assert all("min" not in p.name for p in problem.phases)


def test_a_bracketed_timing_is_not_a_placeholder_but_bracketed_words_are():
    text = _scenario('**Situation** [30-45 seconds]\n"s"\n\n**Task**\n"[Your specific role]"\n')
    placeholders = [(p.line, p.message) for p in parse_text(text, Path("x.md")).problems if "placeholder" in p.message]
    assert placeholders == [(11, "unfilled template placeholder [Your specific role]")]


@pytest.mark.parametrize(
    ("written", "seconds"),
    [
        ("Situation (30 секунд)", (30, 30)),
        ("Action (1.5 минуты)", (90, 90)),
        ("Acción (1-2 minutos)", (60, 120)),
        ("Tarefa (15-30 seg)", (15, 30)),
        ("Aktion (90 Sekunden)", (90, 90)),
        ("Vorbereitung (2 Stunden)", (7200, 7200)),
        ("상황 (30초)", (30, 30)),
        ("行动 (2分钟)", (120, 120)),
    ],
)
def test_units_written_in_the_authors_language(written: str, seconds: tuple[int, int]) -> None:
    _, window = split_timing(written)
    assert window is not None and (window.min_seconds, window.max_seconds) == seconds


def test_a_bare_fen_is_a_score_not_minutes() -> None:
    assert split_timing("得分 (5分)") == ("得分 (5分)", None)


@pytest.mark.parametrize(("seconds", "minutes"), [("секунд", "минуты"), ("segundos", "minutos"), ("Sekunden", "Minuten")])
def test_a_story_timed_in_another_language_is_told_not_a_guide(seconds: str, minutes: str) -> None:
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/story_timed_parts_in_russian.md").read_text(encoding="utf-8")
    result = parse_text(text.replace("секунд)", f"{seconds})").replace("минуты", minutes), Path("story.md"))
    (story,) = result.items
    assert [(s.min_seconds, s.max_seconds) for s in story.star] == [(30, 30), (15, 15), (90, 90), (30, 30)]


@pytest.mark.parametrize("label", ["MORNING (9:00 - 12:00)", "Afternoon (13:00 - 17:00)", "Lunch (12:00-13:00)"])
def test_hours_of_a_day_under_a_part_of_the_day_are_no_timing(label):
    assert split_timing(label) == (label, None)


def test_many_untimed_design_steps_each_take_a_whole_minute_at_least() -> None:
    """63 untimed steps share a 60-minute plan a minute each, said as "1 minute", never "1-1"
    minutes nor a step of none."""
    steps = "\n\n".join(f"## Step {number}: Part {number}\n\nWhat is done in part {number}." for number in range(1, 64))
    result = parse_text(f"# Design a Parking Lot\n\n{steps}\n", Path("parking.md"))
    (problem,) = result.items
    assert {(phase.min_minutes, phase.max_minutes) for phase in problem.phases} == {(1, 1)}
    assert any("each is given 1 minute, an equal share" in message for message in messages(result))
    assert equal_share(6) == (8, 10) and equal_share(200) == (1, 1)
    assert minutes_said(5, 10) == "5-10 minutes" and minutes_said(2, 2) == "2 minutes"
