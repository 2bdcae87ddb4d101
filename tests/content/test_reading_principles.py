"""The general principles the reader applies before any rule looks at words, each on the
smallest text that shows it (the real-shapes fixtures show them in files as authors write
them)."""

from __future__ import annotations

from pathlib import Path

from systemcraft_tui.content.markdown_tree import parse_markdown
from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.plan import week_match
from systemcraft_tui.content.principles import principles_in_prose
from systemcraft_tui.content.reading import label_and_value
from systemcraft_tui.content.timing import split_timing


def read(text: str, name: str = "notes.md"):
    result = parse_text(text, Path(name))
    return result, result.items


def messages(result) -> list[str]:
    return [problem.message for problem in result.problems]


def test_a_heading_that_only_labels_a_value_is_a_label_line_of_the_heading_above():
    document = parse_markdown("## Story 1: Cost Cut\n\n### Tags: Cost, Platform\n\n**Situation:** Bills tripled.\n")
    (story,) = document.root.children
    assert [child.title.text for child in story.children] == []
    assert [line.text for line in story.paragraph_lines()] == ["Tags: Cost, Platform", "Situation: Bills tripled."]


def test_a_label_reads_the_same_whatever_its_markup():
    lines = [
        line
        for line in parse_markdown(
            "**Focus:** Graphs\n\n**Focus**: Graphs\n\n**Focus: Graphs**\n\nFocus: Graphs\n\nWe agreed on one thing: graphs\n"
        ).root.all_lines()
        if line.text
    ]
    assert [label_and_value(line) for line in lines] == [("Focus", "Graphs")] * 4 + [("", "")]


def test_a_remark_after_a_week_number_is_not_its_theme():
    match = week_match("Week 1 (Days 1-7)")
    assert match is not None and (match[1], match[2], match[3]) == ("1", None, None)
    assert week_match("Weeks 3-1 Practice Plan") is None


def test_a_step_headed_by_its_place_on_the_clock_is_timed_by_the_span_unless_it_says_its_length():
    assert split_timing("Minute 5\u201310: High-Level Design")[1].max_seconds == 300
    assert split_timing("Minutes 15-35: Deep Dive (20 min)")[1].max_seconds == 1200
    assert split_timing("Minutes in the day: a diary")[1] is None


def test_a_week_is_a_week_as_a_bold_label_opening_any_line_but_inside_a_week_it_splits_it():
    text = """# Design Problems

## Problem 1: Design a Link Shortener

### Problem Statement
Design a service that shortens 50 million links a month.

### Functional Requirements
- Shorten a link
- Redirect quickly

### Non-Functional Requirements
- Redirects under 50 ms at p99
- No lost links

## Getting Started with Practice

### Week 1-2: Basics
**Week 1**: Read the fundamentals
**Week 2**: Two timed problems

### Month 2
**Weeks 3-6**: Every intermediate problem
**Week 7**: A first L7 problem
"""
    _, (problem, plan) = read(text)
    assert (problem.kind, plan.title) == ("system_design", "Getting Started with Practice")
    assert [(week.first, week.last, week.title) for week in plan.weeks] == [
        (1, 2, "Basics"),
        (3, 6, "Every intermediate problem"),
        (7, 7, "A first L7 problem"),
    ]


def test_story_text_in_a_text_fence_is_told_and_a_rule_ends_the_last_part():
    text = """# My Answers

## Tell me about your last project?

**Situation**

```text
The client needed an API over server-rendered pages.
```

**Task**

```text
I had to expose the logic without rewriting it.
```

**Action**

```text
I mapped each page's data and added a thin query layer.
```

**Result**

```text
The new storefront launched on the API.
```

---

* describe a failure
"""
    _, (story,) = read(text)
    assert [(part.name, part.text) for part in story.star][-1] == ("Result", "The new storefront launched on the API.")


def test_an_entry_whose_parts_are_empty_is_no_story_and_the_story_under_it_is_read():
    text = """# Stories

## Moving reporting out of the monolith

**Situation**:

```

```

**Task**:

```

```

**Action**:

```

```

**Result**:

```

```

### The flaky test suite

**Situation:** Our suite failed one run in five.
**Task:** I owned making it trustworthy.
**Action:** I quarantined the worst tests and fixed their clocks.
**Result:** Failures fell to one in a hundred runs.
"""
    result, (story,) = read(text)
    assert story.title == "The flaky test suite"
    assert any("unfilled template at line 3" in message for message in messages(result))


def test_the_question_is_the_first_question_under_a_heading_named_for_the_questions_a_story_answers():
    story = """# Story {n} — {title}

## {label}

* {first}
* How do you deal with that?

## Situation

The team missed three releases.

## Task

I had to get them back on schedule.

## Action

I cut the scope with the product manager.

## Result

The next release shipped on time.
"""
    _, (asked,) = read(
        story.format(n=1, title="Late Releases", label="Question Variations", first="Tell me about a late project.")
    )
    assert asked.question == "Tell me about a late project."
    _, (topics,) = read(story.format(n=2, title="Late Releases", label="Questions This Story Can Answer", first="Delivery."))
    assert topics.question == "How do you deal with that?"


def test_quoted_speech_to_you_does_not_make_a_story_advice():
    text = """# Story 3 — Hard News

## Situation

An engineer expected a promotion the committee turned down.

## Task

Tell him honestly and keep him motivated.

## Action

Quoted the committee: "Your impact is real, but it was not visible beyond your team."

## Result

He was promoted the next cycle.
"""
    _, (story,) = read(text)
    assert story.title == "Hard News"


def test_an_editors_note_in_brackets_is_not_a_placeholder():
    text = """# Problem 1: Design a Checkout

### Problem Statement
Design a checkout for a flash sale.

### L6 Solution
[Content continues with the detailed architecture...]
"""
    result, (problem,) = read(text)
    assert problem.kind == "system_design"
    assert not [message for message in messages(result) if "placeholder" in message]


def test_a_problem_whose_content_is_still_to_come_is_not_an_item():
    text = """# Scenarios

# Scenario 1: Design a Build Cache

## Clarify
Builds spend most of their time downloading.

# Scenario 2: Design a Log Pipeline

(To be continued in Part 2)
"""
    result, items = read(text)
    assert [item.title for item in items] == ["Scenario 1: Design a Build Cache"]
    assert any("still to come" in message for message in messages(result))


def test_a_design_asked_in_a_question_line_inside_a_deep_dive_is_a_problem_without_the_deep_dives_level():
    text = """# Queues Deep Dive for L6/L7 Leaders

## Executive Summary
Queues decouple services.

### 1. Delivery Guarantees

#### Interview Scenario: Order Events

**Question**: "Design the order-events pipeline for a marketplace."
"""
    _, (dive, problem) = read(text)
    assert (dive.kind, dive.levels) == ("deep_dive", ("L6", "L7"))
    assert (problem.kind, problem.levels, problem.question) == (
        "system_design",
        (),
        "Design the order-events pipeline for a marketplace.",
    )


def test_question_headings_with_guidance_make_a_question_list():
    text = "# Questions\n\n" + "".join(
        f"### Q{n}: Tell me about a time you {what}\n\n**What they look for**:\n- Ownership\n\n"
        for n, what in enumerate(["led a project", "disagreed", "failed"], 1)
    )
    result, items = read(text)
    assert items == []
    assert messages(result)[0].startswith("a question list: 3 interview questions")


def test_a_subheading_that_labels_a_weeks_focus_is_its_goal():
    text = "# Study Plan\n\n## Week 1 — March 3–9\n\n### Focus: Sizing Basics\n\n- [ ] Estimate load\n\n## Week 2\n\n### Reading\n\n- [ ] Read a paper\n"
    _, (plan,) = read(text)
    assert [(week.goals, week.deliverables) for week in plan.weeks] == [
        ("Sizing Basics", ("Estimate load",)),
        ("", ("Read a paper",)),
    ]


def test_a_file_titled_for_one_week_after_a_name_is_that_weeks_plan_when_its_boxes_fill_it():
    plan_text = "# May – Week 3 – Mocks\n\n## Targets\n\n- [ ] Two mocks\n\n## Done by Sunday\n\n- [ ] Notes written\n"
    _, (plan,) = read(plan_text)
    assert [(w.first, w.title, w.deliverables) for w in plan.weeks] == [(3, "Mocks", ("Two mocks", "Notes written"))]
    lesson = "# Behavioral - Week 3\n\n## What STAR means\n\nIt is a way to tell a story.\n\n## Examples\n\nSome text.\n\n## Homework\n\n- [ ] Write one story\n"
    _, items = read(lesson)
    assert items == []


def test_week_labels_under_a_numbered_mock_interviews_heading_are_no_plan_of_their_own():
    text = (
        "# Guide\n\n## Plan\n\n### Week 1: Basics\n\n- [ ] Read\n\n### Week 2: More\n\n- [ ] Write\n\n"
        "## Techniques\n\n### 4. Mock Interviews (CRITICAL!)\n\n**Week 1-2**: Behavioral\n**Week 3**: Full mock\n**Week 4**: Polish\n"
    )
    _, items = read(text)
    assert [(type(item).__name__, [w.first for w in item.weeks]) for item in items] == [("PracticePlan", [1, 2])]


def test_a_principle_in_parentheses_still_tags_its_story_when_a_level_closes_the_heading():
    # A tester's '### DR-01 · Cross-org reliability program (Think Big) - L7' counted for no principle.
    parts = "\n\n**Situation:** We ran three regions.\n**Task:** I owned uptime.\n**Action:** I led the fix.\n**Result:** We cut incidents by half.\n"
    for heading, principles, level in [
        ("### DR-01 · Cross-org reliability program (Think Big) - L7", ["Think Big"], "L7"),
        ("### DR-02 · Paging rota rebuilt (Earn Trust) (L6)", ["Earn Trust"], "L6"),
        ("### DR-03 · Vendor exit (Ownership, Frugality) — L7", ["Ownership", "Frugality"], "L7"),
    ]:
        (story,) = parse_text(heading + parts, Path("bank.md")).items
        assert [p.canonical for p in story.principles] == principles, heading
        assert story.levels == (level,)


def test_a_principle_named_in_chinese_is_its_canonical_one_and_a_list_of_them_in_parentheses_tags_a_story():
    from systemcraft_tui.content.principles import canonical_principle, principles_listed

    assert canonical_principle("客户至尚") == "Customer Obsession" and canonical_principle("刨根问底") == "Dive Deep"
    assert principles_listed("创新简化 + 崇尚行动") == ["Invent and Simplify", "Bias for Action"]
    assert canonical_principle("客户") is None  # a word of one, not its name
    text = """\
### 3. Invent and Simplify

Case:(创新简化 + 刨根问底)

**Problem:** Support copied order details by hand into every refund ticket.

**Action:** I traced the fields they used and built one lookup that filled the ticket.

**Result:** A ticket took under two minutes.
"""
    (story,) = parse_text(text, Path("x.md")).items
    assert story.canonical_principles[:1] == ["Invent and Simplify"] and "Dive Deep" in story.canonical_principles


def test_a_principle_is_named_in_prose_by_its_own_words_not_by_a_word_it_shares():
    assert principles_in_prose("I took ownership of the outage and kept insisting on the highest standards.") == [
        "Ownership",
        "Insist on the Highest Standards",
    ]
    assert principles_in_prose("Make sure DELIVER RESULTS, and show a bias for action.") == ["Bias for Action", "Deliver Results"]
    # The words alone, not the phrase: no principle named.
    assert principles_in_prose("The ownership of the repo moved; results were delivered; we think bigger now.") == []



def test_a_principle_named_in_prose_of_a_script_without_spaces_is_read_where_it_runs_on():
    """A Chinese telling runs straight on after the English name (`customer obsession等等`):
    the name's ends are set apart from Latin letters and digits, not from every word character."""
    told = "在这样一个例子中\uff0c我们就涉及了Bias to action, dive deep, customer obsession等等好几条准则。"
    assert principles_in_prose(told) == ["Customer Obsession", "Bias for Action", "Dive Deep"]
    assert principles_in_prose("think big2, thinkbig, rethink bigger") == []


def test_numbered_stories_take_the_principles_among_their_themes_a_name_with_a_comma_too():
    """`story 1: (work under pressure, are right, a lot)`: "Are Right, A Lot" holds the list's own comma."""
    told = "situation: our nightly export failed. action: I rewrote it in a week. result: it has not failed since."
    text = f"# My stories\n\nstory 1: (work under pressure, are right, a lot)\n{told}\n\nstory 2: (ownership, dive deep)\n{told}\n"
    first, second = parse_text(text, Path("stories.md")).items
    assert [p.canonical for p in first.principles] == ["Are Right, A Lot"]
    assert [p.canonical for p in second.principles] == ["Ownership", "Dive Deep"]


def test_numbered_stories_under_a_question_heading_are_asked_by_it_a_remark_no_word_of_their_names():
    """`## 2. What is your greatest strength?` over `Story 1 (Ownership): …` and `Story 2 (weakness): …`:
    each story is asked by the heading; the remark is no part of its name, a principle when it names one."""
    told = "Situation: our nightly export failed.\nTask: keep it running.\nAction: I rewrote it.\nResult: it has not failed since."
    question = "What is your greatest strength and your biggest weakness?"
    text = f"# Answers\n\n## 2. {question}\n\nStory 1 (Ownership): Owning the export\n{told}\n\nStory 2 (weakness): Building too soon\n{told}\n"
    strength, weakness = parse_text(text, Path("answers.md")).items
    assert [(s.title, s.question) for s in (strength, weakness)] == [("Owning the export", question), ("Building too soon", question)]
    assert [p.canonical for p in strength.principles] == ["Ownership"]
    assert weakness.principles == []


def test_a_lone_numbered_story_opening_a_question_heading_is_named_by_its_line():
    """`## 3. Tell me about a time you disagreed.` over `Story 1: Shipping on a Friday` alone, beside
    questions holding two: named by its line, asked by the heading, not named by the question."""
    told = "Situation: a Friday release.\nTask: keep the weekend quiet.\nAction: I showed the pages.\nResult: we moved it."
    question = "Tell me about a time you disagreed with your manager."
    (story,) = parse_text(f"# Answers\n\n## 3. {question}\n\nStory 1: Shipping on a Friday\n{told}\n", Path("answers.md")).items
    assert (story.title, story.question) == ("Shipping on a Friday", question)


def test_a_heading_naming_only_principles_joined_by_spaced_dashes_names_each():
    """`## Ownership - backbone - deliver results`: three principles, each piece one, the whole
    heading the story's title; not the last piece alone, as a dash before a tag would say."""
    told = "**Situation:** our release broke.\n**Task:** ship the demo.\n**Action:** I fixed the script.\n**Result:** the demo ran.\n"
    text = f"# Stories\n\n## Ownership - backbone - deliver results\n\n{told}\n## Release Train - Deliver Results\n\n{told}"
    joined, tagged = parse_text(text, Path("stories.md")).items
    assert joined.title == "Ownership - backbone - deliver results"
    assert [p.canonical for p in joined.principles] == ["Ownership", "Have Backbone; Disagree and Commit", "Deliver Results"]
    assert (tagged.title, [p.canonical for p in tagged.principles]) == ("Release Train", ["Deliver Results"])
