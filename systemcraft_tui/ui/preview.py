"""A content item as rich Text for previews. Content is data, never markup: every string
from a file goes in through Text.append, so "[bold]" or an escape code shows literally."""

from __future__ import annotations

from rich.text import Text

from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    PracticePlan,
    SystemDesignProblem,
)
from systemcraft_tui.core.windows import words


def item_level_text(item: ContentItem) -> str | None:
    return "/".join(item.levels) or None


def item_preview(item: ContentItem) -> Text:
    text = Text()
    text.append(plain(item.title), style="bold")
    text.append(f"\n{item.origin.path.name}:{item.origin.line}\n", style="dim")
    if isinstance(item, BehavioralScenario):
        _behavioral(text, item)
    elif isinstance(item, SystemDesignProblem):
        _design(text, item)
    elif isinstance(item, DeepDive):
        text.append("\n" + plain(item.summary) + "\n")
        text.append(f"\n{len(item.concepts)} key concepts · ", style="dim")
        text.append(f"{sum(len(c.items) for c in item.checklists)} self-assessment items", style="dim")
    elif isinstance(item, PracticePlan):
        text.append(f"\n{item.length_weeks} weeks\n", style="bold")
        for week in item.weeks:
            span = f"Week {week.first}" if week.first == week.last else f"Weeks {week.first}-{week.last}"
            text.append(f"  {span}: ", style="bold")
            text.append(plain(week.title) + "\n")
    return text


def _behavioral(text: Text, item: BehavioralScenario) -> None:
    text.append("\n")
    text.append(plain(item.question), style="italic")
    if item.question_source != "file":
        # The file gives no question: say what the app asks with instead.
        made_from = "its principle" if item.question_source == "principle" else "its title"
        text.append(f"\n(no question given: asked with {made_from})", style="dim")
    text.append("\n\n")
    for section in item.star:
        text.append(f"{section.name:<10}", style="bold")
        text.append(words(section.min_seconds, section.max_seconds))
        if section.timing == "default":
            text.append("  (default)", style="dim")
        text.append("\n")
    text.append(f"\n{len(item.probes)} follow-up probes\n", style="dim")
    if item.canonical_principles:
        text.append("\nPrinciples: ", style="bold")
        text.append(", ".join(item.canonical_principles))


def _design(text: Text, item: SystemDesignProblem) -> None:
    text.append("\n" + plain(item.business_context) + "\n\n")
    for phase in item.phases:
        text.append(f"{plain(phase.name)}: ", style="bold")
        text.append(words(phase.min_minutes * 60, phase.max_minutes * 60))
        if phase.timing == "default":
            text.append("  (default)", style="dim")
        text.append("\n")
    text.append(f"\n{len(item.follow_ups)} follow-up questions", style="dim")


def plain(value: str) -> str:
    """Control characters (an ANSI escape, say) are shown, not sent to the terminal."""
    return "".join(ch if ch.isprintable() or ch == "\n" else repr(ch)[1:-1] for ch in value)
