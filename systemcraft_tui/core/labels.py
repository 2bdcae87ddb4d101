"""How every vocabulary value the app keeps is named for a person: item kinds, session
statuses and rehearsal modes. The one label table; the log keeps the raw values, and no
screen, report or command shows one (`two_minute`) where a name belongs."""

from __future__ import annotations

from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.core.vocabulary import OWN_PHASES, ItemKind, Mode, SessionStatus

KIND_LABELS: dict[str, str] = {
    ItemKind.BEHAVIORAL: "Behavioral",
    ItemKind.SYSTEM_DESIGN: "Design",
    ItemKind.DEEP_DIVE: "Deep dive",
    ItemKind.PLAN: "Plan",
    ItemKind.STORY: "Own story",
}

# How a file's items are counted ("3 stories, 1 design problem"), in this order.
KIND_NOUNS: dict[str, str] = {
    ItemKind.BEHAVIORAL: "story",
    ItemKind.SYSTEM_DESIGN: "design problem",
    ItemKind.DEEP_DIVE: "deep dive",
    ItemKind.PLAN: "practice plan",
}

STATUS_LABELS: dict[str, str] = {
    SessionStatus.COMPLETED: "✓ completed",
    SessionStatus.ABANDONED: "✗ abandoned",
    SessionStatus.DRAFT: "… draft",
}

MODE_LABELS: dict[str, str] = {
    Mode.FULL: "Full answer",
    Mode.TWO_MINUTE: "2-minute version",
    Mode.ELEVATOR: "30-second elevator version",
    OWN_PHASES: "The problem's own phases",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, visible(kind))  # a value from an import is shown, never obeyed


def mode_label(mode: str) -> str:
    """'2-minute version' for two_minute, '60-minute preset' for a design preset's 60."""
    if mode.isdigit():
        return f"{mode}-minute preset"
    return MODE_LABELS.get(mode, visible(mode))
