"""What the keys do and how a rehearsal runs."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("Library", "↑/↓", "Move; the highlighted item is previewed"),
    ("Library", "Enter", "Rehearse the highlighted item; a deep dive or a plan opens its own screen"),
    ("Library", "/", "Search by text"),
    ("Library", "p", "List content problems (file:line)"),
    ("Library", "g", "Progress review: trend, principle gaps, STAR timing, streak, what to practise next"),
    ("Library", "h", "History: every attempt, newest first, filterable"),
    ("Library", "d", "Due only: scenarios due for spaced-repetition review (count in the status line)"),
    ("Library", "n", "Practice next: the most overdue card, else the weakest principle"),
    ("Library", "s", "Story bank: your own STAR stories"),
    ("Library", "l", "The practice plan you follow (or choose one and its start date)"),
    ("Plan", "p / n / t", "Previous week, next week, today's week"),
    ("Plan", "Space", "Tick the focused deliverable (saved at once; a 'Weeks 3-4' item counts for both)"),
    ("Plan", "r", "Switch between the week and its assessment; 1-5 or ←/→ rate this week (saved at once)"),
    ("Plan", "s / x", "Change the plan or its start date / stop following it (both ask first)"),
    ("Deep dive", "Tab, 1-5", "Rate each self-assessment item; Ctrl+S saves it to the log (every item rated)"),
    ("Stories", "a / e / x", "Add, edit, delete (asks first) a story"),
    ("Stories", "Enter or r", "Rehearse the highlighted story on the clock"),
    ("Stories", "c", "Coverage of the 16 principles by your stories, gaps marked"),
    ("Story editor", "Ctrl+S / Esc", "Save / cancel (asks first when something changed)"),
    ("History", "Enter or o", "Open the highlighted attempt whole: notes, times, checks, ratings"),
    ("History", "m, then c", "Mark an attempt, then compare it with the highlighted one (same scenario)"),
    ("History", "/", "Filter by scenario; the kind and date range are beside it"),
    ("Rehearsal", "Ctrl+N", "Next section (after the last one: self-assessment)"),
    ("Rehearsal", "Ctrl+B", "Back to the previous section"),
    ("Rehearsal", "Ctrl+T", "Pause or resume the clock"),
    ("Rehearsal", "Ctrl+R", "Restart the current section's clock"),
    ("Rehearsal", "Esc", "Leave (asks first; notes are kept as a draft)"),
    ("Assessment", "1-5, ←/→", "Rate the focused item"),
    ("Assessment", "Ctrl+S", "Save the attempt to the log"),
    ("Anywhere", "F1 or ?", "This help"),
    ("Anywhere", "Ctrl+P", "Command palette: every screen and action by name, themes"),
    ("Anywhere", "Ctrl+Q", "Quit"),
)

HOW = (
    "Answer out loud. Each section has a time window from the scenario: the clock turns amber "
    "in the last 10 seconds and red once you are past it, and it keeps running; you are never "
    "cut off. Type a few bullet points as you speak. After the Result come the interviewer's "
    "follow-up probes, each with its own clock; the strong answer to a probe is shown once you "
    "move past it, and the model STAR answer once the rehearsal ends."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(title="Keys", title_justify="left", expand=True)
        table.add_column("Where")
        table.add_column("Key", style="bold")
        table.add_column("What it does")
        for row in KEYS:
            table.add_row(*row)
        with VerticalScroll(id="dialog"):
            yield Static(table)
            yield Static(Text(HOW))
            yield Static(Text("Esc to close", style="dim"))
