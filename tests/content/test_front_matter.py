"""YAML (and TOML) front matter read as the Markdown it stands for (content/front_matter.py): its title
names a page with no title heading, the keys the reader knows become labelled lines, the
rest (and a `# comment`) is no text, and every line keeps its number."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.front_matter import with_front_matter_read
from systemcraft_tui.content.markdown_tree import parse_markdown
from systemcraft_tui.content.parser import parse_text

PAGE = """---
# written by an export script
layout: post
title: 'Tell me about a time you cut a launch'
principles:
  - Ownership
  - Bias for Action
answer: >-
  I cut the launch by a week.
tags: [a, b]
---
"""


def test_keys_become_labelled_lines_on_their_own_lines() -> None:
    lines = with_front_matter_read(PAGE).split("\n")
    assert len(lines) == len(PAGE.split("\n"))
    assert lines[0] == "# Tell me about a time you cut a launch"
    assert lines[1] == ""  # the comment is no text, and no title
    assert lines[4] == "**Leadership Principles:** Ownership, Bias for Action"
    assert lines[7:9] == ["**Answer:**", "I cut the launch by a week."]
    assert lines[9] == ""  # tags are metadata


def test_a_heading_of_the_page_names_it_instead_of_the_front_matter() -> None:
    text = "---\n# generated\nTitle: Story Bank\n---\n\n# Leadership Stories\n"
    lines = with_front_matter_read(text).split("\n")
    assert lines[:4] == ["", "", "", ""]
    read, raw = parse_markdown(with_front_matter_read(text)).title, parse_markdown(text).title
    assert read is not None and read.title.text == "Leadership Stories"
    assert raw is not None and raw.title.text == "generated"  # what a reader without it took as the title


def test_text_without_front_matter_is_left_alone() -> None:
    text = "# Title\n\n---\nkey: value\n---\n"
    assert with_front_matter_read(text) == text


def test_a_story_titled_by_its_front_matter_keeps_the_id_and_fingerprint_of_the_file() -> None:
    text = PAGE.replace("  I cut the launch by a week.", "  " + "I cut the launch by a week after we found the gap. " * 6)
    (story,) = parse_text(text, Path("cut.md")).items
    assert story.title == "Tell me about a time you cut a launch"
    assert story.id == "cut/cut"  # as before front matter was read: the log refers to it
    written = "\n".join(text.splitlines()[story.origin.line - 1 :])
    assert story.content_hash == hashlib.sha256(written.encode()).hexdigest()[:16]  # the file's lines, not the rewrite's


TOML_PAGE = """+++
title = "Queue Backlog During the Sale"
question = 'Tell me about an incident you owned'
date = 2025-03-14

[extra]
answer = "not the page's: a table's key"
+++
"""


def test_toml_front_matter_is_read_as_yaml_s_is_its_tables_keys_are_not_the_page_s() -> None:
    lines = with_front_matter_read(TOML_PAGE).split("\n")
    assert len(lines) == len(TOML_PAGE.split("\n"))
    assert lines[0] == "# Queue Backlog During the Sale"
    assert lines[2] == "**Question:** Tell me about an incident you owned"
    assert not any("Answer" in line or "table" in line for line in lines)


def test_a_prose_story_under_toml_front_matter_is_named_by_its_title() -> None:
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "brag_entry_toml_front_matter_prose_story.md"
    (item,) = parse_text(path.read_text(encoding="utf-8"), path).items
    assert item.title == "Queue Backlog During the Sale"


_FRONT_LINE = st.one_of(
    st.sampled_from(["title = \"T\"", "question: 'Q?'", "[extra]", "answer = '''", "- item", "# c", "", "+++", "---", "key = [1, 2]"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=30),
)


@settings(max_examples=200, deadline=None)
@given(fence=st.sampled_from(["---", "+++"]), lines=st.lists(_FRONT_LINE, max_size=12), body=st.lists(_FRONT_LINE, max_size=6))
def test_any_front_matter_keeps_every_line_where_it_was(fence: str, lines: list[str], body: list[str]) -> None:
    """Whatever a user's front matter holds, YAML or TOML, closed or not: no line moves (errors name lines)."""
    text = "\n".join([fence, *lines, fence, *body])
    assert len(with_front_matter_read(text).split("\n")) == len(text.split("\n"))
    parse_text(text, Path("page.md"))  # and reading it raises nothing


def test_pelican_metadata_with_no_fence_names_the_page_and_is_no_text() -> None:
    text = "Title: Inside PostgreSQL\nDate: 2022-04-30 21:00\nTags: postgresql, mvcc\n---\n\n# MVCC\n\nRows keep versions.\n\n# WAL\n\nLog first.\n"
    read = with_front_matter_read(text)
    assert read.split("\n")[:4] == ["# Inside PostgreSQL", "", "", ""]
    assert len(read.split("\n")) == len(text.split("\n"))


def test_a_page_opening_with_a_title_line_and_prose_is_left_alone() -> None:
    text = "Title: why I left\nI left because the team broke up.\n"
    assert with_front_matter_read(text) == text


@settings(max_examples=100, deadline=None)
@given(lines=st.lists(_FRONT_LINE, max_size=10))
def test_any_unfenced_metadata_keeps_every_line_where_it_was(lines: list[str]) -> None:
    text = "\n".join(["Title: T", *lines])
    assert len(with_front_matter_read(text).split("\n")) == len(text.split("\n"))
    parse_text(text, Path("page.md"))
