"""Counts read as people write them."""

import pytest

from systemcraft_tui.core.wording import count, counts, part_of


@pytest.mark.parametrize(
    ("number", "noun", "shown"),
    [
        (1, "story", "1 story"),
        (2, "story", "2 stories"),
        (0, "follow-up question", "0 follow-up questions"),
        (1, "follow-up question", "1 follow-up question"),
        (3, "day", "3 days"),
        (1, "minute", "1 minute"),
        (4, "minute", "4 minutes"),
        (2, "own story", "2 own stories"),
        (5, "match", "5 matches"),
        (2, "person", "2 people"),
    ],
)
def test_a_count_agrees_with_its_noun(number, noun, shown):
    assert count(number, noun, "people" if noun == "person" else None) == shown


@pytest.mark.parametrize(
    ("done", "total", "shown"),
    [(0, 1, "0 of 1 file"), (1, 1, "1 of 1 file"), (412, 1048, "412 of 1,048 files"), (1048, 1048, "1,048 of 1,048 files")],
)
def test_progress_through_many_agrees_with_the_whole(done, total, shown):
    assert part_of(done, total, "file") == shown


@pytest.mark.parametrize(
    ("errors", "warnings", "shown"),
    [(0, 1, "1 warning"), (2, 0, "2 errors"), (1, 3, "1 error, 3 warnings"), (0, 0, "no errors or warnings")],
)
def test_counts_say_only_what_there_is(errors, warnings, shown):
    assert counts((errors, "error"), (warnings, "warning"), none="no errors or warnings") == shown


def test_counts_take_a_plural_as_count_does():
    assert counts((2, "completed", "completed"), (0, "abandoned", "abandoned"), none="") == "2 completed"
