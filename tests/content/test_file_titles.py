"""A title taken from a file's or folder's name, when nothing on the page names its item."""

from __future__ import annotations

from pathlib import Path

import pytest

from systemcraft_tui.content.names import file_title
from systemcraft_tui.content.parser import parse_text


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("06_ADVANCED_TOPICS_CONFIGURATIONS", "Advanced Topics Configurations"),
        ("sobhan_conflict", "Sobhan Conflict"),
        ("sam-ch07-design-a-unique-id-generator", "Sam Ch07 Design a Unique Id Generator"),
        ("Design_Pastebin", "Design Pastebin"),  # its own capitals kept
        ("topK", "topK"),
        ("moving the courier sign-up form", "Moving the Courier Sign-up Form"),  # spaced: its hyphens stay
        ("12", "12"),  # a number alone is the name
    ],
)
def test_a_file_name_reads_as_a_title(name, title):
    assert file_title(name) == title


def test_a_story_in_its_own_star_file_is_named_by_its_folder():
    text = "SITUATION: our release train stalled.\nTASK: unblock it.\nACTION: I split the suite.\nRESULT: releases resumed.\n"
    parsed = parse_text(text, Path("stories/conflict_with_pm/star.md"))
    assert [item.title for item in parsed.items] == ["Conflict with Pm"]
