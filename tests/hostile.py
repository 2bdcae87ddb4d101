"""Hostile text: what a stranger's content file or log import may hold.

Every path from such text to a terminal (screens, `inspect`, `lint`, `stats`, exports to
stdout) must show it literally: markup as brackets, control characters as printable
stand-ins (see systemcraft_tui/core/terminal_text.py). `assert_inert` checks a rendered output."""

from __future__ import annotations

import re

# One of each kind of trouble, in a form a real attack would use.
MARKUP = "[bold red]Loud[/] [/] [link=https://x.example]click[/link] [@click=app.quit]q[/]"
ANSI_COLOUR = "\x1b[31mred\x1b[0m"
CLEAR_SCREEN = "\x1b[2J\x1b[H"
SET_TITLE = "\x1b]0;pwned\x07"  # OSC 0: the terminal's title
CLIPBOARD = "\x1b]52;c;cHduZWQ=\x1b\\"  # OSC 52: write the clipboard
DEVICE_QUERY = "\x1bP$q m\x1b\\"  # DCS: the terminal answers into the input
C1_CSI = "\x9b31m"  # an 8-bit CSI
BIDI = "\u202eevil\u202c"  # right-to-left override
BELL_AND_BACKSPACE = "\x07\x08\x08"

ALL = (MARKUP, ANSI_COLOUR, CLEAR_SCREEN, SET_TITLE, CLIPBOARD, DEVICE_QUERY, C1_CSI, BIDI, BELL_AND_BACKSPACE)
HOSTILE = " ".join(ALL)

# What no output shown to a user may contain: raw C0 (but tab and newline), ESC, DEL, C1,
# and bidi controls.
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u061c]")


def raw_controls(output: str) -> list[str]:
    """The raw control characters in `output` (empty when it is safe to print)."""
    return _RAW_CONTROL.findall(output)


def assert_inert(output: str) -> None:
    found = raw_controls(output)
    assert not found, f"raw control characters reached the output: {sorted(set(found))!r}"


def scenario_markdown(text: str = HOSTILE) -> str:
    """A behavioral scenario the reader accepts, with `text` in every field a screen shows."""
    return f"""## L6 Scenario 1: Title {text}

### The Interview Question
"Question {text}"

### What the Interviewer is Evaluating
- **Eval {text}** - detail {text}

### Complete STAR Response Example
**Situation (30 seconds)**: "Model {text}"
**Task (20 seconds)**: "Task {text}"
**Action (60 seconds)**: "Action {text}"
**Result (20 seconds)**: "Result {text}"

### Follow-up Questions and Responses
**Common Probe #1**: "Probe {text}"
**Strong Response**: "Answer {text}"

### Leadership Principles Demonstrated
- **Primary LP**: Ownership - {text}

### Red Flags to Avoid
- Flag {text}

### Success Factors
- Factor {text}
"""
