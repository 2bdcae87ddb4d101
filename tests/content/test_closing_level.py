"""A level closing a heading ("Title (L6)", "Title - Level 7") or a rating after it ("⭐⭐") is not part of its title."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.reading import _CLOSING_LEVEL, _LEVEL_NOTE, _RATING, split_title, without_closing_level


def test_a_level_in_the_last_parentheses_or_after_a_dash_is_left_off():
    assert without_closing_level("Release Train (Think Big) (L6)") == "Release Train (Think Big)"
    assert without_closing_level("Release Train (level 7, Principal)  ") == "Release Train"
    assert without_closing_level("Release Train - L7") == "Release Train"
    assert without_closing_level("Release Train (L6) (Payments 1)") == "Release Train (L6) (Payments 1)"
    assert without_closing_level("Release Train (Payments 1)") == "Release Train (Payments 1)"


# Texts made of what a closing level is written with, so that most draws hold one or nearly.
_PIECES = st.sampled_from(
    ["(", ")", " ", "\t", "-", "\u2013", "L", "l", "Level", "level", "6", "12", "x", ",", "Title", "(L6)", "(Level 7, x)", "(x)", " - L7"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_level_is_left_off_as_the_pattern_alone_would(text: str) -> None:
    end = text.rstrip()[-1:]
    expected = _CLOSING_LEVEL.sub("", text) if end == ")" or end.isdigit() else text
    assert without_closing_level(text) == expected


def test_a_title_is_split_without_its_level_note_and_rating():
    assert split_title("Release Train (L6) ⭐⭐") == (None, "Release Train")
    assert split_title("Release Train (Payments 1)") == (None, "Release Train (Payments 1)")
    assert split_title("Release Train - Level 7") == (None, "Release Train")


# No separator a code is split off at (": ", dashes between spaces, "·") and no opening bracket.
_TITLE_PIECES = st.sampled_from(["(", ")", " ", "-", "L", "l", "Level", "6", "12", "x", "\u2b50", "\u2605", "\ufe0f", "(L6)", "(level 7, x)", " -L7", "\n"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_TITLE_PIECES, max_size=12).map("".join))
def test_level_notes_and_ratings_are_left_off_as_the_patterns_alone_would(text: str) -> None:
    assert split_title(text) == (None, _RATING.sub("", _LEVEL_NOTE.sub("", text)).strip())
