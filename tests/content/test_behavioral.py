"""Template 1 as written in the spec, and the variants real authors make."""

from pathlib import Path

from systemcraft_tui.content.parser import parse_text
from tests.content.conftest import messages


def test_template_scenario_reads_every_part(parsed):
    result = parsed("template_single.md")
    assert result.problems == []
    (scenario,) = result.items
    assert scenario.kind == "behavioral"
    assert scenario.code == "CO-01"
    assert scenario.title == "Turning Around a Failing Partner Integration"
    assert scenario.id == "template-single/co-01"
    assert scenario.origin.line == 1
    assert scenario.question == "Tell me about a time you went beyond what the customer asked for."
    assert [c.name for c in scenario.evaluates] == ["Customer Obsession", "Dive Deep", "Deliver Results"]
    assert scenario.evaluates[0].detail == "Starts from the customer's real problem"
    assert scenario.expectations[0].aspect == "Scope"
    assert scenario.expectations[0].by_level == {"L6": "One partner integration", "L7": "All partner integrations"}
    assert [(s.name, s.min_seconds, s.max_seconds, s.timing) for s in scenario.star] == [
        ("Situation", 30, 45, "file"),
        ("Task", 15, 30, "file"),
        ("Action", 90, 120, "file"),
        ("Result", 30, 45, "file"),
    ]
    assert scenario.star[3].text.startswith("Failures fell from 4.1% to 0.2%")
    assert [s.line for s in scenario.star] == [20, 23, 26, 29]
    assert scenario.probes[0].question == "What did you stop doing to make room?"
    assert scenario.probes[0].answer.startswith("We paused the dashboard redesign")
    assert scenario.probes[0].answer_kind == "strong_response"
    assert len(scenario.probes) == 2
    assert scenario.canonical_principles == ["Customer Obsession", "Dive Deep", "Deliver Results"]
    assert scenario.principles[0].role == "Primary"
    assert scenario.red_flags == ["Blaming the partner's systems", "No numbers in the result"]
    assert len(scenario.success_factors) == 2
    assert scenario.self_assessment[2] == "Did I quantify the outcome?"
    assert [(v.label, v.min_seconds, v.max_seconds) for v in scenario.timing_practice] == [
        ("Full version", 240, 360),
        ("Elevator version", 30, 30),
        ("2-minute version", 120, 120),
    ]


def test_collection_finds_scenarios_and_skips_other_sections(parsed):
    result = parsed("collection.md")
    assert [s.title for s in result.items] == ["Resource Constraints", "Reorganising Around a Platform"]
    assert [s.levels for s in result.items] == [("L6",), ("L7",)]
    assert [s.origin.line for s in result.items] == [12, 50]


def test_complete_star_response_and_minutes(parsed):
    first = parsed("collection.md").items[0]
    assert [(s.name, s.min_seconds, s.max_seconds) for s in first.star] == [
        ("Situation", 30, 30),
        ("Task", 20, 30),
        ("Action", 120, 120),
        ("Result", 30, 45),
    ]


def test_strategic_star_variant_and_minute_range(parsed):
    second = parsed("collection.md").items[1]
    assert [(s.name, s.min_seconds, s.max_seconds) for s in second.star] == [
        ("Situation", 90, 120),
        ("Task", 15, 30),
        ("Action", 120, 180),
        ("Result", 30, 45),
    ]


def test_scenario_setup_stands_for_evaluation(parsed):
    first = parsed("collection.md").items[0]
    assert first.setup.startswith("The interviewer wants to see how you trade scope")


def test_q_and_a_follow_ups(parsed):
    first = parsed("collection.md").items[0]
    assert [(p.question, p.answer) for p in first.probes] == [
        ("What did you say to the product manager?", "I showed the cut list with the cost of each item and asked her to pick two."),
        ("Would you do it again?", "Yes, but I would raise the risk in week one, not week three."),
    ]


def test_numbered_bold_questions_with_guidance(parsed):
    second = parsed("collection.md").items[1]
    assert [(p.question, p.answer, p.answer_kind) for p in second.probes] == [
        ("How did you show you had committed?", "Show the actions you took after the decision, not the words", "guidance"),
        ("What data did you bring?", "The cost model and the attrition history", "guidance"),
    ]


def test_short_principle_names_map_to_canonical_and_unknown_is_warned(parsed):
    result = parsed("collection.md")
    first, second = result.items
    assert first.canonical_principles == [
        "Ownership",
        "Have Backbone; Disagree and Commit",
        "Success and Scale Bring Broad Responsibility",
    ]
    assert second.canonical_principles == [
        "Have Backbone; Disagree and Commit",
        "Hire and Develop the Best",
        "Strive to be Earth's Best Employer",
    ]
    unknown = [p for p in result.problems if "Synergy Maximisation" in p.message]
    assert len(unknown) == 1 and unknown[0].severity == "warning" and unknown[0].line == 81
    assert "Synergy Maximisation" not in second.canonical_principles


def _scenario(star: str, extra: str = "") -> str:
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
{extra}"""


FULL_STAR = """**Situation (20 seconds)**
"s"

**Task (20 seconds)**
"t"

**Action (60 seconds)**
"a"

**Result (20 seconds)**
"r"
"""


def test_missing_result_is_an_error_at_the_star_heading():
    result = parse_text(_scenario(FULL_STAR.replace('**Result (20 seconds)**\n"r"\n', "")), Path("x.md"))
    errors = [p for p in result.problems if p.severity == "error"]
    assert len(errors) == 1
    assert errors[0].line == 6
    assert "no Result section" in errors[0].message


def test_missing_question_is_an_error():
    text = _scenario(FULL_STAR).replace('### The Interview Question\n"Tell me about a hard call."\n', "### The Interview Question\n")
    result = parse_text(text, Path("x.md"))
    assert any("no interview question" in m for m in messages(result, "error"))


def test_missing_timings_fall_back_to_level_defaults():
    star = FULL_STAR.replace(" (20 seconds)", "").replace(" (60 seconds)", "")
    (scenario,) = parse_text(_scenario(star), Path("x.md")).items
    assert [(s.min_seconds, s.max_seconds, s.timing) for s in scenario.star] == [
        (30, 45, "default"),
        (15, 30, "default"),
        (90, 120, "default"),
        (30, 45, "default"),
    ]
    l7 = parse_text(_scenario(star).replace("L6 Scenario", "L7 Scenario"), Path("x.md")).items[0]
    assert [(s.min_seconds, s.max_seconds) for s in l7.star][2] == (120, 150)


def test_unreadable_timing_and_reversed_window_are_errors():
    star = FULL_STAR.replace("(20 seconds)", "(twenty seconds)", 1).replace("(60 seconds)", "(90-60 seconds)")
    result = parse_text(_scenario(star), Path("x.md"))
    errors = {p.line: p.message for p in result.problems if p.severity == "error"}
    assert "unreadable timing" in errors[7]
    assert "above maximum" in errors[13]


def test_timing_after_the_bold_label_and_plain_labels():
    star = """**Situation** (30 seconds): "s"

**Task** (1 minute): "t"

Action (90-120 seconds): "a"

Result: "r"
"""
    (scenario,) = parse_text(_scenario(star), Path("x.md")).items
    assert [(s.name, s.min_seconds, s.max_seconds, s.text) for s in scenario.star] == [
        ("Situation", 30, 30, "s"),
        ("Task", 60, 60, "t"),
        ("Action", 90, 120, "a"),
        ("Result", 30, 45, "r"),
    ]


def test_star_parts_as_subheadings():
    star = """#### Situation (30-45 seconds)
"s"

#### Task (15-30 seconds)
"t"

#### Action (90-120 seconds)
"a"

#### Result (30-45 seconds)
"r"
"""
    (scenario,) = parse_text(_scenario(star), Path("x.md")).items
    assert [(s.name, s.max_seconds, s.text) for s in scenario.star] == [
        ("Situation", 45, "s"),
        ("Task", 30, "t"),
        ("Action", 120, "a"),
        ("Result", 45, "r"),
    ]


def test_no_follow_ups_and_no_red_flags_are_warnings():
    text = _scenario(FULL_STAR).split("### Follow-up")[0]
    result = parse_text(text, Path("x.md"))
    warnings = messages(result, "warning")
    assert any("no follow-up questions" in m for m in warnings)
    assert any("no red flags" in m for m in warnings)
    assert messages(result, "error") == []


def test_scenario_heading_at_level_three_with_sections_at_four(parsed):
    (scenario,) = parsed("template_single.md").items
    assert len(scenario.star) == 4


def test_content_hash_changes_with_the_scenario_text():
    a = parse_text(_scenario(FULL_STAR), Path("x.md")).items[0]
    b = parse_text(_scenario(FULL_STAR.replace('"r"', '"r2"')), Path("x.md")).items[0]
    assert a.content_hash != b.content_hash


def test_a_bold_label_alone_after_the_parts_list_ends_the_result():
    text = """## Scenario 1 — Recovering a Broken Pipeline

**STAR Breakdown**

- **Situation:** Builds stalled for a day.
- **Task:** Get releases moving again.
- **Action:** Pinned the runner image and purged old artifacts.
- **Result:** Queue drained in two hours.

**To Strengthen**

- Say how many teams were blocked.
"""
    (story,) = parse_text(text, Path("notes.md")).items
    assert story.star[-1].name == "Result"
    assert story.star[-1].text == "Queue drained in two hours."
