"""A page wrapped whole in one ```markdown fence is read as the Markdown it holds."""

import pytest

from systemcraft_tui.content.page_fence import with_page_fence_opened

WRAPPED = "```markdown\n### Q1. Why this team?\n**A:** I like the problems.\n```\n"


def test_a_page_wrapped_in_a_markdown_fence_is_opened_line_for_line():
    opened = with_page_fence_opened(WRAPPED)
    assert opened.split("\n") == ["", "### Q1. Why this team?", "**A:** I like the problems.", "", ""]


@pytest.mark.parametrize(
    "text",
    [
        WRAPPED.replace("```markdown", "```python"),  # a program's page: shown, not read
        WRAPPED.replace("```markdown", "```"),  # a plain fence names no Markdown
        "# Stories\n\n" + WRAPPED,  # text outside it: an example shown on a page
        WRAPPED + "More notes after it.\n",
        WRAPPED.replace("\n```\n", "\n"),  # never closed
    ],
)
def test_anything_else_is_left_as_written(text: str):
    assert with_page_fence_opened(text) == text


def test_blank_lines_around_it_and_a_longer_closing_mark_still_wrap_the_page():
    text = "\n\n~~~md\n## Plan\n- Week 1: queues\n~~~~\n\n"
    assert with_page_fence_opened(text).split("\n")[2:6] == ["", "## Plan", "- Week 1: queues", ""]
