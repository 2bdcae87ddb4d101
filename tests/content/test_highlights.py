"""Highlight marks (`==…==`) are left out of the text outside code; `=` used otherwise stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.content.highlights import with_highlights_plain


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("## ==Customer Obsession==", "## Customer Obsession"),
        ("- ==Tell me about a time you failed?==", "- Tell me about a time you failed?"),
        ("  \u200b\t==We shipped it on Friday.== ", "  \u200b\tWe shipped it on Friday. "),
        ("==a== and ==b==", "a and b"),
    ],
)
def test_highlight_marks_are_left_out(written: str, read: str):
    assert with_highlights_plain(written) == read


@pytest.mark.parametrize("written", ["if a == b and c == d:", "x==y", "====", "Title\n====", "`==not a highlight==`"])
def test_equals_signs_that_mark_no_highlight_stay(written: str):
    assert with_highlights_plain(written) == written


def test_a_fence_keeps_its_marks_and_every_line_stays_where_it_was():
    text = "==Ownership==\n```\nx = ==y==\n```\n==Dive Deep==\n"
    assert with_highlights_plain(text) == "Ownership\n```\nx = ==y==\n```\nDive Deep\n"


@given(st.text(alphabet=st.sampled_from(list("=ab `~\n#?-")), max_size=80))
def test_any_text_keeps_its_lines_and_loses_only_equals_signs(text: str):
    read = with_highlights_plain(text)
    assert read.count("\n") == text.count("\n")
    assert read.replace("=", "") == text.replace("=", "")
