"""The fallback: what a careful reader would rehearse on a page no rule read and no reason
explained is offered, marked as a guess (its rule, and a warning at its line); a page that
only looks like it (a concept explained by 'we', advice with an anecdote, a list of links
under a design's part names) stays unread and explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from systemcraft_tui.content.parser import parse_file, parse_text

REAL_SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "real_shapes"


@pytest.mark.parametrize(
    ("name", "rule", "lines"),
    [
        ("fallback_story_told_in_prose.md", "fallback-story", [3, 7]),
        ("fallback_design_levels_out_of_order.md", "fallback-design", [1]),
    ],
)
def test_an_item_offered_by_the_fallback_is_marked_as_its_guess(name: str, rule: str, lines: list[int]) -> None:
    result = parse_file(REAL_SHAPES / name)
    assert [item.rule for item in result.items] == [rule] * len(lines)
    checked = [p.line for p in result.problems if p.message.startswith("read by the fallback: check it")]
    assert checked == lines


def test_a_story_offered_by_the_fallback_keeps_its_whole_account_as_one_untimed_part() -> None:
    story = parse_file(REAL_SHAPES / "fallback_story_told_in_prose.md").items[0]
    assert [(part.name, part.timing) for part in story.star] == [("Answer", "default")]
    assert story.star[0].text.startswith("On my first field rotation") and story.star[0].text.endswith("next two months.")


@pytest.mark.parametrize(
    "name",
    [
        "neg_fallback_concept_explained_by_we.md",
        "neg_fallback_advice_with_anecdotes.md",
        "neg_fallback_link_list_system_design.md",
        "neg_fallback_interview_experience.md",
        "neg_fallback_self_introduction.md",
    ],
)
def test_a_page_that_only_looks_rehearsable_is_not_offered(name: str) -> None:
    result = parse_file(REAL_SHAPES / name)
    assert not result.items
    assert not any("fallback" in p.message for p in result.problems)


CUED = """# My stories

## The flaky release train

Back then our release train failed one night in three, and each failure cost the on-call engineer a night of rollback by hand.

My task was to make the nightly release dependable before the holiday freeze, with two engineers and six weeks.

I decided to split the train into per-service releases. I built a canary stage, wrote the rollback script, and led a weekly review.

As a result the failure rate dropped from 30% to 4% within a month, and we shipped through the freeze without a manual rollback.
"""


def test_a_story_offered_by_the_fallback_takes_its_parts_where_paragraphs_open_with_their_cues() -> None:
    story = parse_text(CUED, Path("stories.md")).items[0]
    assert story.rule == "fallback-story"
    assert [(part.name, part.line) for part in story.star] == [("Situation", 5), ("Task", 7), ("Action", 9), ("Result", 11)]


BULLETED = """# Stories

## Rebuilding the deploy pipeline

- When I joined, deploys took two hours and failed about a third of the time, and nobody owned the pipeline.
- I asked my manager to let me own it for one quarter and set a goal of deploys under 15 minutes.
  - I profiled every stage and found the integration tests ran serially on one machine.
  - I split them across eight runners and cached the dependency install.
- As a result deploys dropped to 12 minutes and failures to under 5%, and the team shipped twice as often.
"""


def test_a_story_told_in_nested_bullets_is_offered_whole() -> None:
    (story,) = parse_text(BULLETED, Path("stories.md")).items
    assert (story.rule, story.title) == ("fallback-story", "Rebuilding the deploy pipeline")
    assert "eight runners" in " ".join(part.text for part in story.star)


def test_a_question_list_with_answers_told_as_stories_reads_those_and_calls_itself_no_list() -> None:
    result = parse_file(REAL_SHAPES / "fallback_answers_in_question_list.md")
    first, named = result.items
    assert [item.rule for item in result.items] == ["prepared-answer"] * 2
    assert (named.title, named.question) == ("Night shift swap story", "Tell me about a time you let a teammate down.")
    assert first.title == "Tell me about a time you had to win over a colleague who resisted your idea"
    assert first.star[0].text.startswith("At my second job")  # the `A.` mark is none of its words
    assert not any("a question list" in p.message or p.message.startswith("read by the fallback") for p in result.problems)


def test_a_story_offered_whole_keeps_its_paragraphs_apart():
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "brag_entry_toml_front_matter_prose_story.md"
    (item,) = parse_text(path.read_text(encoding="utf-8"), path).items
    paragraphs = item.star[0].text.split("\n")
    assert len(paragraphs) == 4 and paragraphs[0].startswith("During the spring sale") and paragraphs[-1].startswith("The backlog cleared")


ACCOUNT = (
    "Last spring I led the move of our invoicing service to a managed cloud. The rehearsals went well, so I "
    "signed off on the date. On the night of the move the production network blocked the bank's batch jobs, and "
    "we rolled back. I told the finance lead myself the next morning and we copied the real rules into staging. "
    "The move finished cleanly a week later, and since then every migration I lead rehearses against the rules "
    "that production really uses, which has saved us from two more failed nights."
)


def test_a_page_with_no_heading_telling_one_account_is_offered_as_a_story_named_by_its_file() -> None:
    dialog = '\n\nManager: "What would you change next time?"\n\nMe: "I would test against the real rules from the first week."\n'
    (story,) = parse_text(f'"{ACCOUNT}"{dialog}', Path("behavioral/failure.md")).items
    assert (story.title, story.rule, story.star[0].text) == ("failure", "fallback-story", ACCOUNT)
    assert [(probe.question, probe.answer) for probe in story.probes] == [
        ("What would you change next time?", "I would test against the real rules from the first week.")
    ]


def test_a_page_with_no_heading_that_asks_on_a_line_of_its_own_is_no_one_story() -> None:
    """A paste of many answers, each under its question on a line (`Why Amazon?`), is not one account."""
    assert parse_text(f"Why this company?\n{ACCOUNT}\n", Path("bq.md")).items == []


GUIDE_ANSWERS = """# Lead Questions

**Q:** How do you grow senior engineers?
**A:** Pair on design reviews, hand over a service each, and agree a growth plan every quarter.

**Q:** How do you weigh features against platform work?
**A:** Keep a fixed slice of each sprint for the platform and rank the rest by what it saves.

**Q:** How do you keep an outage from coming back?
**A:** Blameless reviews, one owner and one date per fix, and a check a month later.
"""


def test_a_question_list_answered_in_no_ones_words_says_it_has_answers() -> None:
    result = parse_text(GUIDE_ANSWERS, Path("lead.md"))
    assert result.items == []
    (said,) = [p.message for p in result.problems if "a question list" in p.message]
    assert "have answers, but none told as your own" in said and "without answers" not in said
    unanswered = parse_text(GUIDE_ANSWERS.replace("**A:** ", ""), Path("lead.md"))
    assert any("without answers" in p.message for p in unanswered.problems)
