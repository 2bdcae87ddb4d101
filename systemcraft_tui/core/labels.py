"""How every vocabulary value the app keeps is named for a person: item kinds, session
statuses and rehearsal modes. The one label table; the log keeps the raw values, and no
screen, report or command shows one (`two_minute`) where a name belongs."""

from __future__ import annotations

KIND_LABELS = {
    "behavioral": "Behavioral",
    "system_design": "Design",
    "deep_dive": "Deep dive",
    "plan": "Plan",
    "story": "Own story",
}

STATUS_LABELS = {"completed": "✓ completed", "abandoned": "✗ abandoned", "draft": "… draft"}

MODE_LABELS = {
    "full": "Full answer",
    "two_minute": "2-minute version",
    "elevator": "30-second elevator version",
    "phases": "The problem's own phases",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def mode_label(mode: str) -> str:
    """'2-minute version' for two_minute, '60-minute preset' for a design preset's 60."""
    if mode.isdigit():
        return f"{mode}-minute preset"
    return MODE_LABELS.get(mode, mode)
