"""MkDocs content tabs and admonitions read as the site renders them (content/tabs.py)."""

from __future__ import annotations

from systemcraft_tui.content.tabs import with_tabs_opened

PAGE = """# Design a Queue

## Overview

=== "Step 1: Requirements"

    ## Functional Requirements

    - Enqueue

    ```python
    # a comment, no heading
    ```

    !!! tip "Keep it short"

        Two lines at most.

=== "Step 2: Design"

    Brokers and partitions.
"""


def test_tabs_are_sections_of_the_page_and_their_text_is_no_longer_indented():
    opened = with_tabs_opened(PAGE).split("\n")
    assert len(opened) == len(PAGE.split("\n"))  # every line where it was
    assert opened[4] == "## Step 1: Requirements"
    assert opened[6] == "### Functional Requirements"  # below its tab
    assert opened[8] == "- Enqueue"
    assert opened[11] == "# a comment, no heading"  # code is left as code
    assert opened[14] == "**Keep it short**"
    assert opened[16] == "Two lines at most."
    assert opened[18] == "## Step 2: Design"
    assert opened[20] == "Brokers and partitions."


def test_a_question_box_is_its_question_line():
    text = '??? question "Tell me about a time you led"\n\n    I led.\n'
    assert with_tabs_opened(text).split("\n")[:3] == ["Tell me about a time you led", "", "I led."]


def test_text_without_tabs_or_boxes_is_left_as_it_is():
    for text in ("# Title\n\n    indented code\n", "Wow!!! That went well.\n", "a === b\n", "=== \n"):
        assert with_tabs_opened(text) == text


def test_a_file_written_on_windows_is_read_alike():
    assert with_tabs_opened(PAGE.replace("\n", "\r\n")) == with_tabs_opened(PAGE).replace("\n", "\r\n")
