"""Behavioral scenarios written the ways other authors write them: probes, principles,
STAR headings, levels, section names and ids a person reads without thinking twice."""

from pathlib import Path

import pytest

from systemcraft_tui.content.markdown_tree import parse_markdown
from systemcraft_tui.content.model import BehavioralScenario
from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.content.reading import levels_in, read_probes, split_title
from tests.content.conftest import messages

STAR = """#### Complete STAR Response Example

**Situation (30 seconds)**
"s"

**Task (20 seconds)**
"t"

**Action (90 seconds)**
"a"

**Result (30 seconds)**
"r"
"""

PROBES = """#### Follow-up Questions and Responses

**Common Probe #1**: "Why?"
**Strong Response**: "Because."
"""

PRINCIPLES = """#### Leadership Principles Demonstrated
- **Primary LP**: Ownership - took it over
"""

RED_FLAGS = """#### Red Flags to Avoid
- Blaming others
"""


def _scenario(heading="### L6 Scenario 1: Test", *, star=STAR, probes=PROBES, principles=PRINCIPLES, red_flags=RED_FLAGS):
    return f"""{heading}

#### The Interview Question
"Tell me about a hard call."

{star}
{probes}
{principles}
{red_flags}"""


def _read(text: str):
    result = parse_text(text, Path("x.md"))
    return result, result.items


def _probes(body: str):
    return [(p.question, p.answer, p.answer_kind) for p in read_probes(parse_markdown(body).root)]


def test_numbered_questions_answered_by_bullets_at_the_margin_keep_their_answers():
    """`1. **…?**` over `- note` at the margin: Markdown ends the numbered list there; the notes answer the question."""
    body = """1. **How do you keep replicas in step?**
- a sequence number per write
- replay on reconnect

2. **What if two writers clash?**
- last writer wins, per field
"""
    assert _probes(body) == [
        ("How do you keep replicas in step?", "a sequence number per write\nreplay on reconnect", "guidance"),
        ("What if two writers clash?", "last writer wins, per field", "guidance"),
    ]
    # A bullet list that asks is questions of its own.
    assert len(_probes("1. **Why shard?**\n- How many shards?\n- Which key?\n")) == 3


def test_questions_beside_a_design_s_requirements_are_its_probes_not_a_behavioral_template():
    page = """# Question
- Let's design a shared whiteboard

# Clarify Requirements

## Functional Requirements
- Strokes show on every screen
- Invited people can draw

## Non-Functional Requirements
- **Low latency**: a stroke shows elsewhere within 200 ms

## Questions
1. **How do you keep every screen the same?**
- a sequence number per stroke

2. **What if two people erase one stroke?**
- the second erase does nothing

3. **How do you spread hot boards?**
- a server of their own
"""
    (item,) = parse_text(page, Path("whiteboard.md")).items
    assert item.kind == "system_design"
    assert [probe.question for probe in item.follow_ups] == [
        "How do you keep every screen the same?",
        "What if two people erase one stroke?",
        "How do you spread hot boards?",
    ]


# --- 1. probes written as Q:/A: lines ------------------------------------------------


def test_plain_and_italic_q_and_a_lines_are_probes():
    body = """Q: What if the revert was wrong?
A: We would have lost a weekend.

*Q: Did you wait for the owner?*
*A: I left him a message.*
"""
    assert _probes(body) == [
        ("What if the revert was wrong?", "We would have lost a weekend.", "strong_response"),
        ("Did you wait for the owner?", "I left him a message.", "strong_response"),
    ]


def test_q_and_a_bullets_lose_their_prefixes():
    body = """- Q: Why not wait?
  A: It was reversible.
- Q: Who did you tell?
- A: The director, before acting.
- Q: What changed after?
  - A: A default holdout rule.
"""
    assert _probes(body) == [
        ("Why not wait?", "It was reversible.", "strong_response"),
        ("Who did you tell?", "The director, before acting.", "strong_response"),
        ("What changed after?", "A default holdout rule.", "strong_response"),
    ]


def test_an_answer_labelled_twice_loses_both_labels():
    body = """Q: What would you change?
A: Strong response: involve finance a week earlier.

Q: And the team?
A: What good looks like: names who was told, and when.
"""
    assert _probes(body) == [
        ("What would you change?", "involve finance a week earlier.", "strong_response"),
        ("And the team?", "names who was told, and when.", "guidance"),
    ]


def test_q_in_the_middle_of_an_answer_is_not_a_question():
    body = """**Common Probe #1**: "Why?"
**Strong Response**: "The FAQ: Q: and A: pairs were out of date."
"""
    assert len(_probes(body)) == 1


def test_quoted_bold_question_starting_with_a_is_not_an_answer():
    body = """1. **"Why?"** - because
2. **"A team says you were slow. Why?"** - show the data
"""
    assert [q for q, _, _ in _probes(body)] == ["Why?", "A team says you were slow. Why?"]


# --- 5. answer labels in plain text and one-line probes ------------------------------


def test_plain_answer_label_under_a_probe_subheading_is_dropped():
    body = """##### Probe 1: "Why go in person?"
Strong response: an email reads like a form apology.

##### Probe 2: "What if they left?"
Response time mattered: I replied the same day.
"""
    assert _probes(body) == [
        ("Why go in person?", "an email reads like a form apology.", "strong_response"),
        ("What if they left?", "Response time mattered: I replied the same day.", "strong_response"),
    ]


def test_what_good_looks_like_is_guidance_without_its_label():
    body = """**Probe:** How did the team react?
**What good looks like:** Acknowledge the tension.
"""
    assert _probes(body) == [("How did the team react?", "Acknowledge the tension.", "guidance")]


def test_one_line_probe_splits_at_the_dash_after_the_question():
    body = """1. "What happens if the gate is offline?" — it keeps using its last sync.
2. Why not let the PSP own it? - payment and inventory fail independently.
3. "Is a hyphen-ated word - inside safe?"
"""
    assert _probes(body) == [
        ("What happens if the gate is offline?", "it keeps using its last sync.", "guidance"),
        ("Why not let the PSP own it?", "payment and inventory fail independently.", "guidance"),
        ("Is a hyphen-ated word - inside safe?", None, None),
    ]



def test_a_transcript_asks_in_the_interviewers_lines_and_answers_in_the_next_speakers():
    body = """**Interviewer:** "What if the contract changed?"

**Me:** The nightly contract tests would have failed first.
"""
    assert _probes(body) == [("What if the contract changed?", "The nightly contract tests would have failed first.", "strong_response")]


def test_a_follow_up_questions_heading_inside_the_story_is_read_once():
    body = """## The Flaky Suite

**Situation:** The suite failed one run in five.
**Task:** I owned fixing it.
**Action:** I replaced the shared clock.
**Result:** Flakes fell to one run in a hundred.

### Follow-up Questions

#### "Why quarantine rather than delete?"
They still covered real behaviour.
"""
    (story,) = parse_text(body, Path("flaky.md")).items
    assert [probe.question for probe in story.probes] == ["Why quarantine rather than delete?"]


def test_a_table_in_the_story_with_a_follow_up_column_holds_its_probes():
    body = """## The Search Outage

**Situation:** Search ran out of heap during a sale.
**Task:** I was on call.
**Action:** I switched off costly query features and restarted from a snapshot.
**Result:** Pages were fast again in half an hour.

| Likely follow-up | How I answer |
|---|---|
| Why those features first? | They cost the most per query. |
"""
    (story,) = parse_text(body, Path("outage.md")).items
    assert [(probe.question, probe.answer) for probe in story.probes] == [("Why those features first?", "They cost the most per query.")]


# --- 2. principles -------------------------------------------------------------------


def _principles(section: str):
    result, (scenario,) = _read(_scenario(principles=section))
    refs = [(p.written, p.canonical, p.role, p.evidence) for p in scenario.principles]
    return refs, messages(result, "warning")


def test_principles_on_one_line_are_split_and_multiword_names_stay_whole():
    refs, warnings = _principles(
        "#### Leadership Principles Demonstrated\n"
        "Have Backbone; Disagree and Commit, Are Right, A Lot · Learn and Be Curious; Ownership\n"
    )
    assert [canonical for _, canonical, _, _ in refs] == [
        "Have Backbone; Disagree and Commit",
        "Are Right, A Lot",
        "Learn and Be Curious",
        "Ownership",
    ]
    assert warnings == []


def test_notes_in_parentheses_and_role_notes():
    refs, warnings = _principles(
        "#### Leadership Principles\nInsist on Highest Standards, Dive Deep (primary), Learn & Be Curious\n"
    )
    assert refs == [
        ("Dive Deep", "Dive Deep", "Primary", ""),
        ("Insist on Highest Standards", "Insist on the Highest Standards", None, ""),
        ("Learn & Be Curious", "Learn and Be Curious", None, ""),
    ]
    assert warnings == []


def test_role_labels_without_lp_read_the_name_after_them_primary_first():
    refs, warnings = _principles(
        "#### Leadership Principles\n**Secondary:** Dive Deep\n**Primary LP**: Ownership (took the export over)\n"
    )
    assert refs == [
        ("Ownership", "Ownership", "Primary", "took the export over"),
        ("Dive Deep", "Dive Deep", "Secondary", ""),
    ]
    assert warnings == []


def test_unknown_principle_warning_names_the_unknown_text():
    refs, warnings = _principles("#### Leadership Principles\n**Primary:** Synergy Maximisation\n- Ownership, Velocity\n")
    assert [w.split(":")[0] for w in warnings] == [
        "unknown Leadership Principle 'Synergy Maximisation'",
        "unknown Leadership Principle 'Velocity'",
    ]
    assert ("Ownership", "Ownership", None, "") in refs


def test_lowercase_text_after_a_principle_is_its_note_not_a_name():
    refs, warnings = _principles("#### Leadership Principles\n- Ownership, since the export, which broke, was ours\n")
    assert refs == [("Ownership", "Ownership", None, "since the export, which broke, was ours")]
    assert warnings == []


# --- 3. STAR headings beside the STAR heading, or without one ------------------------

SIBLING_STAR = """#### Complete STAR Response

#### S — Situation (30 seconds)
"s"

#### Task (15-20 seconds)
"t"

#### A — Action (about 2 minutes)
"a"

#### Result (30 - 45 sec)
"r"
"""


def test_star_subheadings_at_the_level_of_the_star_heading():
    result, (scenario,) = _read(_scenario(star=SIBLING_STAR))
    assert messages(result, "error") == []
    assert [(s.name, s.text, s.line) for s in scenario.star] == [
        ("Situation", "s", 8),
        ("Task", "t", 11),
        ("Action", "a", 14),
        ("Result", "r", 17),
    ]
    assert scenario.star[0].max_seconds == 30


def test_star_subheadings_straight_under_the_scenario():
    star = SIBLING_STAR.replace("#### Complete STAR Response\n", "")
    result, (scenario,) = _read(_scenario(star=star))
    assert messages(result, "error") == []
    assert [s.name for s in scenario.star] == ["Situation", "Task", "Action", "Result"]


def test_no_star_response_says_what_to_write():
    result, _ = _read(_scenario(star=""))
    (error,) = messages(result, "error")
    assert "add a '#### Complete STAR Response Example' section" in error
    assert "**Situation**" in error


def test_star_heading_with_nothing_readable_says_how_to_label_the_parts():
    result, _ = _read(_scenario(star="#### Complete STAR Response\nI led the team and it went well.\n"))
    (error,) = messages(result, "error")
    assert "**Situation (30-45 seconds)**" in error


def test_nested_bullets_inside_star_text_are_kept():
    action = "**Action (90 seconds)**\nThree things:\n- first\n  - detail\n- second"
    star = STAR.replace('**Action (90 seconds)**\n"a"', action)
    _, (scenario,) = _read(_scenario(star=star))
    assert scenario.star[2].text == "Three things:\nfirst\ndetail\nsecond"


# --- 4. levels -------------------------------------------------------------------------


def test_level_words_are_levels():
    assert levels_in("Level 6 Scenario") == ("L6",)
    assert levels_in("Level 7 (Principal)") == ("L7",)
    assert levels_in("Bias for Action (Level 6)") == ("L6",)
    assert levels_in("Level: L6") == ("L6",)
    assert levels_in("l6 stories") == ("L6",)
    assert levels_in("Level up the on-call rota") == ()
    assert levels_in("Handling a level 6 outage") == ()


def test_level_heading_names_the_scenario_level():
    _, (scenario,) = _read(_scenario("## Level 6 Scenario: Rescuing the Export"))
    assert scenario.levels == ("L6",)
    assert (scenario.code, scenario.title) == ("Level 6 Scenario", "Rescuing the Export")


def test_level_heading_above_the_scenario():
    _, (scenario,) = _read("## Level 7 (Principal)\n\n" + _scenario("### Scenario 3 — Finding the Cause"))
    assert scenario.levels == ("L7",)
    _, (scenario,) = _read("# Bias for Action (Level 6)\n\n" + _scenario("### Scenario 3 — Finding the Cause"))
    assert scenario.levels == ("L6",)


def test_level_label_under_the_scenario_heading():
    _, (scenario,) = _read(_scenario("### Rescuing the Export\n\nLevel up the on-call rota first."))
    assert scenario.levels == ()
    for label in ("**Level:** L6", "*Level: l6*", "Level 6 · 45-minute round"):
        _, (scenario,) = _read(_scenario(f"### Rescuing the Export\n\n{label}"))
        assert scenario.levels == ("L6",)


def test_level_in_parentheses_is_left_out_of_the_title():
    assert split_title("Pushing Back on a Launch Date (L6)") == (None, "Pushing Back on a Launch Date")
    assert split_title("ET-2: Rebuilding Trust (Level 7, Principal)") == ("ET-2", "Rebuilding Trust")


def test_a_link_in_a_title_is_not_a_code_before_it():
    assert split_title("Designing the Short Links at https://go.example/x") == (
        None,
        "Designing the Short Links at https://go.example/x",
    )
    assert split_title("Rollout [notes](file:///tmp/a)") == (None, "Rollout [notes](file:///tmp/a)")


# --- 6. heading names a person would accept --------------------------------------------


def test_heading_synonyms():
    text = (
        _scenario(
            "### Test",
            star=STAR.replace("Complete STAR Response Example", "Model Answer (STAR)"),
            probes=PROBES.replace("Follow-up Questions and Responses", "Probing Questions"),
            red_flags=RED_FLAGS.replace("Red Flags to Avoid", "Common Mistakes"),
        )
        + "\n#### What the Interviewer Is Looking For\n- **Ownership** - acting beyond the charter\n"
    )
    result, (scenario,) = _read(text)
    assert result.problems == []
    assert len(scenario.star) == 4 and len(scenario.probes) == 1
    assert scenario.red_flags == ["Blaming others"]
    assert [c.name for c in scenario.evaluates] == ["Ownership"]


def test_more_heading_synonyms():
    for star_name in ("Sample Answer", "STAR Story", "Example Response"):
        text = (
            _scenario(
                "### Test",
                star=STAR.replace("Complete STAR Response Example", star_name),
                probes=PROBES.replace("Follow-up Questions and Responses", "Deep-Dive Questions"),
            )
            + "\n#### Competencies Assessed\n- **Ownership** - acting beyond the charter\n"
        )
        result, (scenario,) = _read(text)
        assert result.problems == [], star_name
        assert len(scenario.evaluates) == 1


def test_star_story_integration_in_a_deep_dive_is_not_a_scenario():
    text = "# Caching Deep Dive\n\n## Part III\n\n### Interview Questions\n\n#### STAR Story Integration\nA story.\n"
    assert [item.kind for item in parse_text(text, Path("x.md")).items] != ["behavioral"]


def test_inline_question_label():
    section = '#### The Interview Question\n"Tell me about a hard call."'
    text = _scenario("### Test").replace(section, '**Question:** "Tell me about a hard call."')
    result, (scenario,) = _read(text)
    assert scenario.question == "Tell me about a hard call."
    assert messages(result, "error") == []


# --- 7. ids ------------------------------------------------------------------------------


def test_scenarios_with_a_generic_code_get_ids_from_their_titles():
    text = _scenario("### L6 Scenario: Rolling Back a Price") + "\n" + _scenario("### L6 Scenario: Saying No")
    result, items = _read(text)
    assert [item.id for item in items] == ["x/rolling-back-a-price", "x/saying-no"]
    numbered = _read(_scenario("### L6 Scenario 4: Saying No"))[1][0]
    assert numbered.id == "x/l6-scenario-4"


# --- 8. sections found but not understood ------------------------------------------------


def test_unreadable_probe_and_red_flag_sections_are_named_at_their_line():
    text = _scenario(
        probes="#### Follow-up Questions\n\n| Topic | Note |\n|---|---|\n| Scaling | Mention the shards |\n",
        red_flags="#### Red Flags to Avoid\n\n\t- Blaming others\n",
    )
    result, _ = _read(text)
    warnings = {p.line: p.message for p in result.problems if p.severity == "warning"}
    probes_line = text.splitlines().index("#### Follow-up Questions") + 1
    flags_line = text.splitlines().index("#### Red Flags to Avoid") + 1
    found = f"section at line {probes_line} was found, but nothing in it could be read as follow-up questions"
    assert found in warnings[probes_line]
    assert "**Common Probe #1**" in warnings[probes_line]
    assert "indented by a tab" in warnings[flags_line]


def test_missing_sections_keep_their_warning_at_the_scenario():
    result, _ = _read(_scenario(probes="", red_flags=""))
    assert sorted((p.line, p.message) for p in result.problems if p.severity == "warning") == [
        (1, "scenario 'Test' has no follow-up questions"),
        (1, "scenario 'Test' has no red flags to avoid"),
    ]


def test_question_headings_after_a_storys_parts_are_its_follow_ups_and_its_question_heading_is_not():
    text = (
        "# Bank\n\n## Scenario 1\n\n### Question: Tell me about a time you missed a deadline?\n\n"
        "### Situation\nOur launch slipped two weeks because a vendor API was late.\n\n"
        "### Task\nI had to reset dates with three teams.\n\n"
        "### Action\nI re-planned with the vendor and told stakeholders the same day.\n\n"
        "### Result\nWe launched one week late with the core features.\n\n"
        "### How did stakeholders react?\nThey accepted the new date once they saw the plan.\n"
    )
    (item,) = parse_text(text, Path("bank.md")).items
    assert item.question == "Tell me about a time you missed a deadline?"
    assert [probe.question for probe in item.probes] == ["How did stakeholders react?"]
    assert item.probes[0].answer == "They accepted the new date once they saw the plan."


ANSWER_IN_DETAILS = """\
# Answers

<details>
<summary>Tell me about a time you missed a deadline.</summary>
<{block}>
<{bold}>Situation</{bold}>: A data migration was due on the first of the month.
<{bold}>Task</{bold}>: I owned the cut-over plan.
<{bold}>{action}</{bold}>: I found a slow index late, told the owners a week ahead and moved the date.
<{bold}>Result</{bold}>: We moved a week late with no data lost, and I now load-test in week one.
</{block}>
</details>
"""


@pytest.mark.parametrize(("block", "bold", "action"), [("pre", "strong", "ACT"), ("p", "b", "Action"), ("div", "strong", "Act")])
def test_a_story_written_in_html_inside_a_details_block_is_read(block: str, bold: str, action: str) -> None:
    result = parse_text(ANSWER_IN_DETAILS.format(block=block, bold=bold, action=action), Path("answers.md"))
    (story,) = result.items
    assert story.title == "Tell me about a time you missed a deadline."
    assert [(section.name, section.line) for section in story.star] == [("Situation", 6), ("Task", 7), ("Action", 8), ("Result", 9)]
    assert story.star[2].text.startswith("I found a slow index late")


PARTS_IN_BARE_FENCES = """\
# Answers

## Tell me about a time you cut costs.

**Situation**
```
{situation}
```

**Task**
```
{task}
```

**Action**
```
{action}
```

**Result**
```
{result}
```
"""


def test_a_fence_of_no_language_holding_one_quotation_is_told_text() -> None:
    told = {
        "situation": '"Our cloud bill had doubled in a year while traffic grew by a tenth."',
        "task": '"I was asked to bring it back down within a quarter."',
        "action": '"I tagged every resource by team,\nshowed each lead their share and\nturned off what nobody claimed."',
        "result": '"The bill fell by a third in ten weeks."',
    }
    result = parse_text(PARTS_IN_BARE_FENCES.format(**told), Path("answers.md"))
    (story,) = result.items
    assert [section.name for section in story.star] == ["Situation", "Task", "Action", "Result"]
    assert (story.star[2].line, story.star[2].text) == (15, "I tagged every resource by team,\nshowed each lead their share and\nturned off what nobody claimed.")


def test_short_quoted_advice_in_bare_fences_is_still_a_guide() -> None:
    advice = {"situation": '"Set the scene"', "task": '"Your goal"', "action": '"What you did"', "result": '"Numbers"'}
    result = parse_text(PARTS_IN_BARE_FENCES.format(**advice).replace("Tell me about a time you cut costs.", "STAR structure"), Path("a.md"))
    assert result.items == []


WALKED_THROUGH = """\
# Interview answers

## Q1: "{question}"

> "I led the move of our billing jobs off a single server last spring. The jobs had failed twice in one
> month and finance closed the books late both times. I split the jobs by customer region, added retries
> with alerts, and ran the old and new paths side by side for two weeks. We closed the next quarter two
> days early and the jobs have not failed since."
"""


@pytest.mark.parametrize(
    ("question", "rule", "window"),
    [
        ("Walk me through your most difficult migration", "prose-answer", (165, 240)),
        ("Walk us through the project you are proudest of", "prose-answer", (165, 240)),
        ("Walk me through your resume", "prepared-answer", (60, 120)),
    ],
)
def test_walk_me_through_your_project_asks_for_a_story_your_resume_for_a_prepared_answer(
    question: str, rule: str, window: tuple[int, int]
) -> None:
    (item,) = parse_text(WALKED_THROUGH.format(question=question), Path("answers.md")).items
    assert isinstance(item, BehavioralScenario)
    assert (item.question, item.rule) == (question, rule)
    assert [(part.name, part.min_seconds, part.max_seconds) for part in item.star] == [("Answer", *window)]
    assert item.star[0].text.startswith("I led the move of our billing jobs")  # shown after the clock


def test_an_answer_told_under_a_subheading_of_a_quoted_question_keeps_its_text_and_loses_the_quotes():
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "stories_caps_labels_glossed_timings_quoted.md"
    story, answer = parse_text(path.read_text(encoding="utf-8"), path).items
    assert story.question == "Tell me about a time you shipped under a hard deadline"  # no quote left over
    assert answer.title == answer.question == "Walk me through your day-to-day work"
    (told,) = answer.star
    assert told.text.startswith("I start the week with our reliability review") and "Thursday afternoons" in told.text


def test_an_answer_kept_back_for_a_probe_is_no_part_of_the_result():
    text = (
        "## Story 1: The Queue That Never Drained\n\n"
        '**SITUATION** (20 seconds)\n> "Consumer lag climbed every night."\n\n**TASK** (10 seconds)\n> "I owned the consumer."\n\n'
        '**ACTION** (75 seconds)\n> "I pinned the partition assignment."\n\n**RESULT** (25 seconds)\n> "Lag stayed under a minute."\n\n'
        '**+DEEPER** (if they push on the technical part)\n> "The old strategy reshuffled every partition."\n'
    )
    (story,) = parse_text(text, Path("stories.md")).items
    assert story.star[3].text == "Lag stayed under a minute."  # not its quote mark, nor the deeper answer


@pytest.mark.parametrize(
    ("heading", "part"),
    [("2. Deliver Results", None), ("Deliver Results", None), ("Final Result", "Result"), ("Immediate Action", "Action")],
)
def test_a_numbered_principle_heading_names_no_part(heading: str, part: str | None):
    # "2. Deliver Results" was read as a heading guiding the Result, which made its page
    # a guide to STAR and dropped every story on it titled "Example N".
    from systemcraft_tui.content.stories import part_heading

    assert part_heading.__wrapped__(heading) == part


def test_notes_labelled_and_told_in_the_past_are_a_story_not_a_guide():
    text = (
        "# 3. Ownership\n\nPrinciple: Leaders act for the whole company, not only their team.\n\n## Example 5\n\n"
        "    Situation: A bug in a shared library broke three teams' builds during a sprint.\n"
        "    Task: Take it on, though it was not part of your assigned work.\n"
        "    Action: Investigated the bug, shipped a hotfix and documented the change for the other teams.\n"
        "    Result: Mitigated within 24 hours; every team stayed on schedule.\n"
    )
    result = parse_text(text, Path("leadership.md"))
    (story,) = result.items
    assert (story.title, [p.name for p in story.star]) == ("Example 5", ["Situation", "Task", "Action", "Result"])
    assert [ref.canonical for ref in story.principles] == ["Ownership"]  # the "Principle:" line describes it, names none
    assert not result.problems


def test_a_story_told_whole_with_a_label_or_two_inside_is_told_whole_in_the_time_its_heading_gives():
    text = """# Stories

## Story 5: Release Train (90 seconds)

I ran the release train for a year after our weekly deploys kept slipping. I mapped every step that
needed a person and found four handoffs that only waited on approvals.

My approach: automate the waits, keep the judgement. I replaced the approvals with checks and kept one
human sign-off for schema changes.

Result: deploys went from weekly to daily within two months and nobody was paged for a release again.
"""
    _, (story,) = _read(text)
    assert story.rule == "prose-answer" and story.title == "Release Train"
    ((name, low, high, told),) = [(part.name, part.min_seconds, part.max_seconds, part.text) for part in story.star]
    assert (name, low, high) == ("Answer", 90, 90)
    assert told.startswith("I ran the release train") and "deploys went from weekly to daily" in told


def test_a_bold_result_label_after_a_story_told_whole_is_its_part():
    text = """# Stories

## Story 2: Release Train

**The story:**
> "I ran the release train for a year after our weekly deploys kept slipping, replacing four approval waits with automated checks and keeping one human sign-off for schema changes."

**Result:** "Deploys went from weekly to daily within two months."
"""
    _, (story,) = _read(text)
    assert "Result" in [part.name for part in story.star]


@pytest.mark.parametrize(
    ("told", "read"),
    [
        ("Implementei invalidação por eventos e uma expiração curta; as reclamações pararam.", True),  # Portuguese, no "eu"
        ("I added request coalescing and the database load fell by half.", True),
        ("Use request coalescing and jittered expiry so the database is not flooded.", False),  # a design's fix, told by no one
    ],
)
def test_a_problem_heading_over_a_solution_told_by_me_is_an_incident_of_my_own(told: str, read: bool):
    text = f"# Problems\n\n### Problema 1: Cache desatualizado\n**Solução:**  \n{told}\n\n### Problem 2: Hot keys\n**Solution:**  \n{told}\n"
    items = parse_text(text, Path("cases.md")).items
    assert [(item.kind, item.question) for item in items if item.rule == "prose-answer"] == (
        [("behavioral", "Walk me through this story: Cache desatualizado"), ("behavioral", "Walk me through this story: Hot keys")]
        if read
        else []
    )


def test_a_project_in_brackets_after_a_story_question_is_no_blank_nor_part_of_its_name():
    """`## Describe a time you led a project. [Partner onboarding]`: the project the story tells."""
    parts = "* Situation: We onboarded partners by hand.\n* Task: I led it.\n* Action: I built a self-serve flow.\n* Result: Onboarding took a day, not a month.\n"
    result, items = _read(f"# Stories\n\n## Describe a time you led a project. [Partner onboarding]\n{parts}")
    assert [item.title for item in items] == ["Describe a time you led a project."]
    assert messages(result, "error") == []
    # A number before the brackets closes no question: `## 1. [Story Title]` is a blank to fill.
    result, _ = _read(f"# Stories\n\n## 1. [Story Title]\n{parts}")
    assert any("[Story Title]" in message for message in messages(result))


def _parts_of(item) -> list[str]:
    return [section.name for section in item.star]


def test_a_heading_line_labelled_resolution_is_the_result_whatever_words_the_task_uses():
    """`###### - Resolution: …` closes the story; a Task that says "expectations" is still the Task."""
    text = (
        "# Notes\n\n##### Tell me about a hard deadline. How did you manage it?\n"
        "###### - Situation: We had five days to ship the app and the database broke.\n"
        "###### - Task: The expectations were high and I had to demo on Friday.\n"
        "###### - Action: I built the screens on sample data while fixing the migration at night.\n"
        "###### Resolution: I demoed the whole app on time.\n"
    )
    _, items = _read(text)
    assert [_parts_of(item) for item in items] == [["Situation", "Task", "Action", "Result"]]


def test_letter_labels_with_the_dash_against_the_letter_tell_the_parts():
    text = (
        "# Answers\n\n1. Tell me about a time you disagreed with your manager.\n"
        "S- My manager wanted every order proofed by hand.\nT- I was asked why orders piled up.\n"
        "A- I timed each step and proposed proofing new customers only.\nR- Backlogs went away and no misprint got through.\n"
    )
    _, items = _read(text)
    assert [_parts_of(item) for item in items] == [["Situation", "Task", "Action", "Result"]]


def test_a_heading_spelling_out_the_parts_over_their_definitions_is_no_story():
    """`# The STAR format stands for Situation, Task, Action, Result:` over `-Situation: The event …`."""
    text = (
        "# The STAR format stands for Situation, Task, Action, Result:\n"
        "-Situation: The event, project or problem you faced\n-Task: What you were responsible for in it\n"
        "-Action: The steps you took to deal with it\n-Result: What came of those steps.\n\n"
        "Step 1. Answering with the method, we'll first set the scene.\nStep 2. Then we'll say what our job in it was.\n"
        "Step 3. Then what we did about it.\nStep 4. And last, how it turned out.\n"
    )
    _, items = _read(text)
    assert items == []


def test_a_question_answered_in_prose_between_two_stories_is_neither_story():
    """`3. Describe …` over a paragraph, between stories told by `S-` lines: its own answer."""
    story = "S- We had a backlog.\nT- I owned it.\nA- I changed the proofing step.\nR- The backlog cleared in a week.\n\n"
    text = (
        f"Notes\n\n## Commonly asked behavioral questions:\n1. Tell me about a disagreement.\n{story}"
        "2. Describe a time when you helped someone without being asked.\n"
        "A new hire at the shop kept jamming the large printer. I stayed after my shift to show her how to load the thick paper, "
        "wrote the steps on a card by the machine, and she never jammed it again.\n\n"
        f"3. Give me an example of a goal you missed.\n{story}"
    )
    _, items = _read(text)
    by_line = {item.origin.line: item.title for item in items}
    assert by_line == {
        4: "Tell me about a disagreement.",
        10: "Describe a time when you helped someone without being asked",  # no closing full stop
        13: "Give me an example of a goal you missed.",
    }


BOLD_NUMBERED = """\
# Story bank

**Story 1 — The outage I stayed with (Ledgerly payments).** *Ownership, Dive Deep.* A retry storm doubled charges; I traced it to retries without a key, shipped the fix and wrote the refunds job myself.

**Story 2 — Splitting the reporting monolith (analytics).** *Invent and Simplify.* I moved reports behind an event stream, one report first, and releases went from fortnightly to daily.
"""


def test_stories_opened_by_a_bold_number_and_name_on_their_paragraph():
    """`**Story 1 — Title (where).** *Principles.* text`: each paragraph one story, the closing remark no
    word of its title, the sentence naming principles its principles."""
    items = parse_text(BOLD_NUMBERED, Path("bank.md")).items
    assert [(item.title, [p.canonical for p in item.principles]) for item in items] == [
        ("The outage I stayed with", ["Ownership", "Dive Deep"]),
        ("Splitting the reporting monolith", ["Invent and Simplify"]),
    ]


CASE_STUDY = """\
# Case study: moving a wary hospital to a second gateway

## Context
Our imaging software ran on one large server per hospital, and a smaller one would cut the bill by a third.

## What I did
**1. Left their update process as it was.** The relay's software shipped inside the main package.

**2. Wrote the failover sequence down.** I replaced the slides with a numbered page of every step.

## Outcome
The hospital signed off after the second test report, and the first site went live six weeks later.
"""


def test_a_case_study_of_mine_is_a_story_whatever_words_name_its_parts():
    (story,) = parse_text(CASE_STUDY, Path("case.md")).items
    assert story.kind == "behavioral"
    assert [section.name for section in story.star] == ["Situation", "Action", "Result"]
    # Not coded as a story: a page of notes with those sections stays what it was.
    (notes,) = parse_text(CASE_STUDY.replace("Case study: ", ""), Path("case.md")).items
    assert notes.kind != "behavioral"


def test_part_headings_numbered_as_they_are_told_hold_their_text():
    """`# 1. Situation: "A customer called …"`: the part numbered, its text after the colon."""
    parts = ("Situation", "Task", "Action", "Result")
    said = ("An export failed three nights running.", "It was mine to fix.", "I ran it by hand and fixed the job.", "She had the file in time.")
    text = "#### Tell me about a time you handled an upset customer\n" + "".join(
        f"# {n}. {part}: \"{line}\"\n\n" for n, (part, line) in enumerate(zip(parts, said, strict=True), 1)
    )
    (story,) = parse_text(text, Path("bank.md")).items
    assert [(section.name, section.text) for section in story.star] == list(zip(parts, said, strict=True))


EMOJI_FENCE_STORY = """\
# Mock Interview: Engineering Lead

This round should show ownership and calm in incidents.

## 4. STAR-Style Success Story Example
```
🧠 Situation:
Refunds took up to nine days because three services each held part of the state.

🎯 Task:
Cut refund time to under a day without freezing other work.

🚀 Action:
I moved the state into one refund service and added a daily reconciliation report.

🌟 Result:
Refunds now close in under four hours.
```
"""


def test_a_star_story_fenced_with_emoji_labels_under_a_heading_calling_it_a_story_is_that_story():
    (story,) = parse_text(EMOJI_FENCE_STORY, Path("mock.md")).items
    assert story.title == "STAR-Style Success Story Example"
    assert [part.name for part in story.star] == ["Situation", "Task", "Action", "Result"]


def test_a_star_label_typed_with_no_space_after_its_colon_opens_its_part():
    text = (
        "1. Tell me about a time you fixed something nobody owned.\n\n"
        "- Situation:Our nightly export failed twice a week\n\n- Task:I wanted it clean for a month\n\n"
        "- Action:traced it to a slow query and added an index\n\n- Result:It ran clean for six weeks\n"
    )
    (story,) = parse_text(text, Path("practice.md")).items
    assert [(part.name, part.text) for part in story.star][::3] == [
        ("Situation", "Our nightly export failed twice a week"),
        ("Result", "It ran clean for six weeks"),
    ]
    # A name of no part run into its value stays text (`Impact:EC2/BruteForce`, a finding's name).
    from systemcraft_tui.content.stories import _CRAMMED_PART

    assert _CRAMMED_PART.match("Impact:EC2/BruteForce") is None and _CRAMMED_PART.match("Result:EC2/BruteForce") is None


HOW_I_DID_IT = """\
I'm glad to tell you about a time I led a rebuild under a hard deadline.

**Background**

We had to replace the warehouse scanner app before the holiday peak, with six weeks to go.

**My Role**

As the lead, I set the plan and split the work between the four of us.

**How I Overcame the Challenges**

I cut the scope to the three screens pickers used most, paired with the owner of the slowest module and ran daily demos with the floor managers.

**Results**

The new app went live two weeks before the peak and scan errors fell by half.
"""


def test_a_label_saying_how_i_did_it_names_the_action():
    (story,) = parse_text(HOW_I_DID_IT, Path("05_hard_deadline.md")).items
    assert [part.name for part in story.star] == ["Situation", "Task", "Action", "Result"]
    assert story.star[2].text.startswith("I cut the scope")


MY_ANSWER_AFTER_TIPS = """\
# Payments Platform

## Tell me about a project that went well
### Tips
* Say how big the project was.
* Say what you did, not the team.

### My answer
* Situation: Partners in two new countries wanted a second approval step on every card payment.
* Task: As owners of the payment service, we had to build it first and set the pattern for others.
* Action: I ran a weekly review with legal and the partner, and I built the step as shared middleware.
* Result: We launched on the agreed date and two other teams adopted the middleware within a quarter.

## Handling disagreement
### What they look for
* Empathy
* Values

### My answer
* Situation: Our team was asked for a refund report while three teams were each rebuilding the same ledger export.
* Action:
  * I asked the other teams how much time a shared export would save them and wrote the numbers down.
  * I showed my manager that swapping one project would help four teams instead of one.
"""


def test_a_story_under_a_heading_saying_it_is_my_answer_is_named_and_asked_by_the_topic_above():
    went_well, disagreement = parse_text(MY_ANSWER_AFTER_TIPS, Path("loop.md")).items
    assert (went_well.title, went_well.question) == ("Tell me about a project that went well",) * 2
    assert disagreement.title == "Handling disagreement"


def test_two_star_bullets_under_a_heading_saying_it_is_my_answer_are_a_story_told_short():
    stories = parse_text(MY_ANSWER_AFTER_TIPS, Path("loop.md")).items
    assert [[part.name for part in story.star] for story in stories] == [["Situation", "Task", "Action", "Result"], ["Situation", "Action"]]


GAP = "\u00a0 \u00a0\u00a0 \u00a0\u00a0\u00a0"  # a wide gap typed in no-break spaces
OUTLINE_THEN_ANSWERS = f"""\
1.{GAP}Depth
a){GAP}Tell me a time when you picked up work nobody owned
b){GAP}Describe a time when you were the only person who knew a system. How did you share what you knew?

1. Why are you leaving your current job?
Answer:
I have grown a great deal where I am, but I want to own a bigger slice of the platform and see my changes reach customers sooner than my current team allows.

2. Tell me about a time you had to hit a very short deadline.
Answer:
Situation: A supplier changed its price file format two days before the monthly invoice run.
Task: I had to get the loader reading the new format without breaking older files.
Action: I wrote a small adapter for the new columns and replayed three months of old files through it.
Result: The invoice run went out on the usual day and no supplier was billed wrongly.

3. Describe a time you disagreed with a colleague.
Answer:
Situation: An analyst and I disagreed on whether to keep deleted orders in the sales table.
Task: We had to settle it before the quarterly figures were frozen.
Action: I pulled both versions of the numbers side by side and we took them to the finance lead together.
Result: We kept a flag instead of deleting rows, and both dashboards agreed from then on.
"""


def test_an_item_holding_its_own_parts_asks_its_own_question_not_an_outline_s_far_above():
    items = parse_text(OUTLINE_THEN_ANSWERS, Path("bq.md")).items
    assert [(item.question, len(item.star)) for item in items] == [
        ("Why are you leaving your current job?", 1),  # answered in prose before it, not swallowed by the next story
        ("Tell me about a time you had to hit a very short deadline.", 4),
        ("Describe a time you disagreed with a colleague.", 4),
    ]


SITUATION_PROBLEM_SOLUTION = """\
# Tell me about a time you cut a launch down to size.

### Situation:
- I led the three engineers who own the partner reporting pages.

### Problem:
- Sales had promised a partner twelve new reports by the end of the quarter, and we could build four.

### Solution:
- I ranked the twelve reports by how often the partner's staff would open them and built the top four first.

### Impact:
- The partner signed off on the four reports, and the rest were dropped without a complaint.
"""


def test_a_solution_label_names_the_action():
    text = SITUATION_PROBLEM_SOLUTION.replace("### Problem:", "### Task:")
    (story,) = parse_text(text, Path("cut-a-launch.md")).items
    assert [part.name for part in story.star] == ["Situation", "Task", "Action", "Result"]
    assert story.star[2].text.startswith("I ranked the twelve reports")


def test_a_problem_after_the_situation_is_the_task_when_no_task_is_named():
    (story,) = parse_text(SITUATION_PROBLEM_SOLUTION, Path("cut-a-launch.md")).items
    assert [part.name for part in story.star] == ["Situation", "Task", "Action", "Result"]
    assert story.star[1].text.startswith("Sales had promised")


def test_a_lone_solution_under_a_problem_heading_is_the_whole_answer_not_an_action():
    """`### Problem 1: …` over `**Solution:**` alone: an incident told whole, no story told in parts."""
    path = Path(__file__).parents[1] / "fixtures/real_shapes/problems_i_solved_cache_queues.md"
    stories = parse_text(path.read_text("utf-8"), path).items
    assert [[part.name for part in story.star] for story in stories] == [["Answer"]] * 3


def test_headings_wording_the_title_s_question_again_leave_it_to_ask_and_name_the_story():
    text = SITUATION_PROBLEM_SOLUTION.replace(
        "# Tell me about a time you cut a launch down to size.\n",
        "# Can you recall a time you said no to sales?\n## Can you recall a time you pushed back?\n"
        "## Tell me about a time you cut a launch down to size.\n",
    )
    (story,) = parse_text(text, Path("pushback.md")).items
    assert (story.title, story.question) == ("Can you recall a time you said no to sales", "Can you recall a time you said no to sales?")
