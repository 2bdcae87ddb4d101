"""An order of timed steps put in a plain fence to learn by heart (a fence over
`1. LogLevel enum   (1 min)   ← No dependencies` …): on a page titled for one system beside
the kind of page ("Logging Library - Interview Cheat Sheet"), those are its design's steps,
as the same lines are outside a fence. Elsewhere a fence of timings stays code: with no
system named, a cheat-sheet of timings (recognise.py)."""

from __future__ import annotations

import re

from systemcraft_tui.content.reading import PLAIN_FENCE
from systemcraft_tui.content.system_design import named_beside_kind

# A fence with no language (or a prose one, "```text"), its marks on lines of their own.
_FENCE = re.compile(rf"^{PLAIN_FENCE}", re.MULTILINE | re.IGNORECASE)
# "3. Sink interface   (1 min)": a numbered step timed in minutes.
_TIMED_STEP = re.compile(r"^[ \t]*\d+[.)][ \t]+\S.*?\([^()\n]*\d[^()\n]*\b(?:min|mins|minutes?)\)", re.IGNORECASE)
_TITLE = re.compile(r"^#{1,6}[ \t]+(?P<title>\S.*?)[ \t#]*\r?$", re.MULTILINE)
_FEWEST_STEPS = 3


def with_timed_fences_opened(text: str) -> str:
    """The text with each plain fence of three or more numbered steps timed in minutes (and
    nothing else) opened, its marks blank lines, when the page's first heading names a system beside
    the kind of page; every line where it was. The text itself otherwise."""
    if "```" not in text and "~~~" not in text:
        return text
    title = _TITLE.search(text)
    if title is None or not named_beside_kind(title["title"]):
        return text

    def opened(fence: re.Match[str]) -> str:
        steps = [line for line in fence["body"].splitlines() if line.strip()]
        if len(steps) < _FEWEST_STEPS or not all(_TIMED_STEP.match(step) for step in steps):
            return fence.group()
        return fence["end"] + fence["body"]  # the opening mark's line and the closing one's left blank

    return _FENCE.sub(opened, text)
