"""A file's read leaves nothing for the cycle collector: everything it made is freed as soon as
the read is done with it. The app pauses the collector while it starts and then freezes what
is left (core/allocation.py), so anything a read left in a reference cycle then (a page's whole
outline, held by a closure that called itself or by a kept error's traceback) stayed for good."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from systemcraft_tui.content.parser import parse_bytes, parse_text
from systemcraft_tui.core.allocation import bulk_allocation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"


# Every kind of page: stories, prepared answers, designs with timed tables and lists (and
# parentheses that are no timing), deep dives, plans, and pages no rule reads.
SAMPLE = sorted(FIXTURES.glob("*.md"))[::12]


@pytest.mark.parametrize("path", SAMPLE, ids=lambda path: path.stem)
def test_a_read_leaves_no_cycles(path: Path) -> None:
    data = path.read_bytes()
    parse_bytes(data, path)  # the modules' own first-use caches are made once, outside the count
    gc.collect()
    with bulk_allocation():  # the collector paused, as a parse process and the app's start have it
        parse_bytes(data, path)  # its read let go at once
        assert gc.collect() == 0


def test_a_kept_timing_error_holds_no_frames() -> None:
    # A design's step list with a timing that cannot be read: the error is kept for its
    # message (the file's problem names it), not with the frames of the read that made it.
    text = "# Design a Cache\n\n## Steps\n\n1. Requirements (5 min)\n2. API (ten minutes)\n3. Storage (10 min)\n4. Scaling (12 min)\n"
    path = Path("cache.md")
    parsed = parse_text(text, path)
    assert any("ten minutes" in problem.message for problem in parsed.problems)
    gc.collect()
    with bulk_allocation():
        parse_text(text, path)
        assert gc.collect() == 0
