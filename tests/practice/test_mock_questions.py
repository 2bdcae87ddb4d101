"""What the mock interviewer asks: never a question that gives away the story's title or
principle (the reader makes one up for a story that has none, for practising it alone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from systemcraft_tui.content.parser import parse_text
from systemcraft_tui.practice.mock_questions import OPEN_QUESTION, PRINCIPLE_QUESTIONS, asked_question

STORY = "**Situation:** Our director wanted a rewrite.\n**Task:** I owned the plan.\n**Action:** I argued for an incremental port.\n**Result:** We shipped in half the time.\n"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # no question, a principle: the principle's own question, not "… shows X. (Your story: …)"
        (
            "## Disagreeing with my director on a rewrite\n**Principle:** Have Backbone; Disagree and Commit\n" + STORY,
            PRINCIPLE_QUESTIONS["Have Backbone; Disagree and Commit"],
        ),
        ("## Disagreeing with my director on a rewrite\n" + STORY, OPEN_QUESTION),  # nor "Walk me through this story: …"
        ("## Tell me about a time you disagreed with your director.\n" + STORY, "Tell me about a time you disagreed with your director."),
        (
            "## The rewrite\n**Question:** When did you push back on a senior leader?\n" + STORY,
            "When did you push back on a senior leader?",
        ),
    ],
)
def test_the_question_asked_never_names_the_story(text: str, asked: str):
    (story,) = parse_text(text, Path("stories.md")).items
    assert asked_question(story) == asked
    assert "rewrite" not in asked_question(story).lower() or story.question_source == "file"
