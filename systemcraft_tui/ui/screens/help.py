"""What the keys do and how a rehearsal runs: the keys of the screen help was opened from
first, then the keys that work everywhere, then every other screen's."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from systemcraft_tui.ui.screens.dialog import DialogScreen

# Per screen (by class name, so help imports none of them): its name, then (keys, what they do).
SCREEN_KEYS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "LibraryScreen": (
        "Library",
        (
            ("↑/↓", "Move; the highlighted item is previewed"),
            ("Enter", "Rehearse the highlighted item; a deep dive or a plan opens its own screen"),
            ("/", "Search by text; Esc or ↓ goes back to the list"),
            ("p", "List content problems (file:line)"),
            ("g", "Progress review: trend, principle gaps, STAR timing, streak, what to practise next"),
            ("h", "History: every attempt, newest first, filterable"),
            ("d", "Due only: scenarios due for spaced-repetition review (count in the status line)"),
            ("n", "Practice next: the most overdue card, else the weakest principle"),
            ("s", "Story bank: your own STAR stories"),
            ("l", "The practice plan you follow (or choose one and its start date)"),
            ("m", "Mock interview: choose behavioral, design, bar raiser or a full loop"),
            ("q", "Quit"),
        ),
    ),
    "RehearsalScreen": (
        "Rehearsal",
        (
            ("Ctrl+N", "Next section (after the last one: self-assessment)"),
            ("Ctrl+B", "Back to the previous section"),
            ("Ctrl+T", "Pause or resume the clock (it also waits while help or a question is open)"),
            ("Ctrl+R", "Restart the current section's clock"),
            ("Tab, ↑/↓", "To the last probe's strong answer, and scroll it (Shift+Tab: back to the notes)"),
            ("Esc", "Leave (asks first; kept in the log as abandoned, notes included)"),
        ),
    ),
    "AssessmentScreen": (
        "Self-assessment",
        (
            ("1-5", "Rate the focused item and go on to the next one unrated"),
            ("←/→", "Lower or raise the focused item's rating"),
            ("Tab, ↓/↑", "Next or previous item (Shift+Tab: back); Space ticks a red flag"),
            ("Ctrl+S", "Save the scored attempt to the log (every item rated)"),
            ("Esc", "Leave without a score (asks first; kept as a draft with the ratings given)"),
        ),
    ),
    "MockScreen": (
        "Mock interview",
        (
            ("Ctrl+N", "End the step you are answering (in a break: skip the rest of it)"),
            ("Ctrl+T", "Pause or resume: allowed, but each pause is counted in the debrief"),
            ("Esc", "Leave (asks first; the answers given are kept as abandoned)"),
        ),
    ),
    "MockAssessmentScreen": (
        "Mock: self-assessment",
        (
            ("1-5", "Rate the focused item and go on to the next one unrated"),
            ("←/→", "Lower or raise the focused item's rating"),
            ("Tab, ↓/↑", "Next or previous item (Shift+Tab: back); Space ticks a red flag"),
            ("Ctrl+S", "Keep the ratings and go to the next answer (every item rated)"),
            ("Esc", "Leave this answer unrated (asks first; the debrief counts it as no evidence)"),
        ),
    ),
    "FeedbackScreen": (
        "Mock: feedback areas",
        (
            ("1-5", "Rate the focused area and go on to the next one unrated"),
            ("←/→", "Lower or raise the focused area's rating; what each means is shown under it"),
            ("Tab, ↓/↑", "Next or previous area (Shift+Tab: back)"),
            ("Ctrl+S", "Keep the ratings (every area rated)"),
            ("Esc", "Leave every area unrated (asks first; the verdict is then Not enough evidence)"),
        ),
    ),
    "DebriefScreen": (
        "Mock: debrief",
        (
            ("↑/↓, PgUp/PgDn", "Scroll"),
            ("Esc or q", "Back to the library"),
        ),
    ),
    "PlanScreen": (
        "Plan",
        (
            ("p / n / t", "Previous week, next week, today's week"),
            ("Space", "Tick the focused deliverable (saved at once; a 'Weeks 3-4' item counts for both)"),
            ("r", "Switch between the week and its assessment (saved as you rate)"),
            ("1-5", "Rate the focused dimension and go on to the next one unrated"),
            ("←/→", "Lower or raise the focused dimension's rating"),
            ("s / x", "Change the plan or its start date / stop following it (both ask first)"),
            ("Esc", "Back"),
        ),
    ),
    "DeepDiveScreen": (
        "Deep dive",
        (
            ("Tab, then 1-5", "Rate the focused item and go on to the next one unrated"),
            ("←/→", "Lower or raise the focused item's rating"),
            ("Tab, ↓/↑", "Next or previous item (Shift+Tab: back)"),
            ("Ctrl+S", "Save the ratings to the log (every item rated)"),
            ("Esc", "Back (asks first when ratings would be lost)"),
        ),
    ),
    "StoryBankScreen": (
        "Stories",
        (
            ("a / e / x or Delete", "Add, edit, delete (asks first) a story"),
            ("Enter or r", "Rehearse the highlighted story on the clock"),
            ("c", "Coverage of the 16 principles by your stories, gaps marked"),
            ("Esc", "Back to the library"),
        ),
    ),
    "StoryEditScreen": (
        "Story editor",
        (
            ("Ctrl+S", "Save the story"),
            ("Esc", "Cancel (asks first when something changed)"),
        ),
    ),
    "HistoryScreen": (
        "History",
        (
            ("Enter or o", "Open the highlighted attempt whole: notes, times, checks, ratings"),
            ("m, then c", "Mark an attempt, then compare it with the highlighted one (same scenario)"),
            ("/", "Filter by scenario; the kind and date range are beside it"),
            ("Home / End", "First / last attempt"),
            ("Esc", "Back"),
        ),
    ),
    "ReviewScreen": ("Review", (("Esc or Enter", "Back to the library"),)),
    "AttemptAudio": (
        "A logged attempt",
        (
            ("↑/↓, PgUp/PgDn", "Scroll"),
            ("p / x", "Heard with voice: play its steps one after another / stop"),
            ("d", "Heard with voice: delete its audio (asks first; the transcripts stay)"),
            ("Esc", "Back"),
        ),
    ),
    "ReadingScreen": (
        "This screen",
        (
            ("↑/↓, PgUp/PgDn", "Scroll"),
            ("Esc", "Back"),
        ),
    ),
}
EVERYWHERE = (
    ("F1 or ?", "This help (? types a question mark in a text box)"),
    ("Ctrl+P", "Command palette: every screen and action by name, themes"),
    ("Ctrl+Q", "Quit (a rehearsal or a mock under way is kept as a draft)"),
)

HOW = (
    "Answer out loud. Each step has a time window from its file: a story's Situation, Task, "
    "Action and Result, or a design's phases. The clock turns amber in the last 10 seconds and "
    "red once you are past it, and it keeps running; you are never cut off. Type a few bullet "
    "points as you speak. After the last step come the interviewer's follow-up questions, each "
    "with its own clock; the strong answer to one is shown once you move past it, and the model "
    "answer (a story's STAR answer, a design's reference) once the rehearsal ends."
)


def screen_keys(screen: type[Screen]) -> str | None:
    """The SCREEN_KEYS entry for a kind of screen: its own, else its nearest base's."""
    return next((cls.__name__ for cls in screen.__mro__ if cls.__name__ in SCREEN_KEYS), None)


def _table(title: str, rows, where: bool = False) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=True)
    if where:
        table.add_column("Where")
    table.add_column("Key", style="bold", no_wrap=True)
    table.add_column("What it does", ratio=1)
    for row in rows:
        table.add_row(*row)
    return table


class HelpScreen(DialogScreen[None]):
    DEFAULT_CSS = """
    HelpScreen > #dialog { width: 90%; height: 90%; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Close")]

    def __init__(self, origin: Screen | None = None) -> None:
        super().__init__()
        self.here = screen_keys(type(origin)) if origin is not None else None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog") as dialog:
            # On the frame, not at the end of the text: seen without scrolling at any size.
            dialog.border_title = "Keys"
            dialog.border_subtitle = "Esc to close"
            if self.here is not None:
                name, rows = SCREEN_KEYS[self.here]
                yield Static(_table(f"Keys here: {name}", rows), id="keys-here")
            yield Static(_table("Everywhere", EVERYWHERE), id="keys-everywhere")
            yield Static(Text(HOW), id="how")
            others = [(name, *row) for key, (name, rows) in SCREEN_KEYS.items() if key != self.here for row in rows]
            yield Static(_table("On the other screens", others, where=True), id="keys-elsewhere")
