"""A content item as rich Text for previews. Content is data, never markup: every string
from a file goes in through Text.append, so "[bold]" or an escape code shows literally."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    PracticePlan,
    Problem,
    SystemDesignProblem,
)
from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.core.windows import words
from systemcraft_tui.core.wording import count

SHOWN_ERRORS = 3  # the rest are one key away, in the problems list
PREVIEWED_CONCEPTS = 4  # a deep dive with no summary is previewed by its first concepts' names


def file_errors(library: Library, item: ContentItem) -> list[Problem]:
    """The errors in the file `item` was read from: `systemcraft lint` rejects that file."""
    return [problem for problem in library.errors if problem.path == item.origin.path]


def errors_text(errors: list[Problem]) -> Text:
    """What is wrong with an item's file, file:line first, for the preview and the start."""
    text = Text(f"Lint rejects its file ({count(len(errors), 'error')}); what could be read is shown:\n", style="bold red")
    for problem in errors[:SHOWN_ERRORS]:
        text.append(plain(f"  {problem.path.name}:{problem.line}: {problem.message}\n"), style="red")
    if len(errors) > SHOWN_ERRORS:
        text.append(f"  … and {len(errors) - SHOWN_ERRORS} more: p in the library lists them all\n", style="red")
    return text


def file_place(path: Path) -> str:
    """A content file as a preview names it: with its folder, since real libraries hold many
    files of one name (a `README.md` per problem's folder)."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def item_preview(item: ContentItem, whole: bool = True) -> Text:
    """The item's preview; with `whole` False, only what its summary in the library's index
    holds (content/index.py: `rest_at_hand`), and that the rest comes once the read is saved."""
    text = Text()
    text.append(plain(item.title), style="bold")
    text.append(f"\n{plain(file_place(item.origin.path))}:{item.origin.line}\n", style="dim")
    if not whole:
        _summary(text, item)
    elif isinstance(item, BehavioralScenario):
        _behavioral(text, item)
    elif isinstance(item, SystemDesignProblem):
        _design(text, item)
    elif isinstance(item, DeepDive):
        if item.summary:
            text.append("\n" + plain(item.summary) + "\n")
        elif item.concepts:  # no summary to show: what it explains, by name, rather than blank lines
            shown = ", ".join(plain(concept.name) for concept in item.concepts[:PREVIEWED_CONCEPTS])
            more = f", and {len(item.concepts) - PREVIEWED_CONCEPTS} more" if len(item.concepts) > PREVIEWED_CONCEPTS else ""
            text.append(f"\nExplains: {shown}{more}\n")
        text.append(f"\n{count(len(item.concepts), 'key concept')} · ", style="dim")
        text.append(count(sum(len(c.items) for c in item.checklists), "self-assessment item"), style="dim")
    elif isinstance(item, PracticePlan):
        text.append(f"\n{count(item.length_weeks, 'week')}\n", style="bold")
        for week in item.weeks:  # a week with no title of its own is its span alone, no colon after it
            text.append(f"  {week.span}" + (": " if week.title else ""), style="bold")
            text.append(plain(week.title) + "\n")
    return text


def _summary(text: Text, item: ContentItem) -> None:
    if isinstance(item, BehavioralScenario):
        text.append("\n" + plain(item.question) + "\n", style="italic")
        _principles(text, item)
        text.append("\n")
    elif isinstance(item, SystemDesignProblem):
        _prompt(text, item)
    text.append("\nThe rest of its preview shows once the library's first read is saved.", style="dim")


def _principles(text: Text, item: BehavioralScenario) -> None:
    if item.canonical_principles:
        text.append("\nPrinciples: ", style="bold")
        text.append(plain(", ".join(item.canonical_principles)))


def _prompt(text: Text, item: SystemDesignProblem) -> None:
    """The prompt, as the interviewer puts it (unless the title says it), and the business context."""
    if item.question and item.question.casefold() not in item.title.casefold():
        text.append("\n" + plain(item.question) + "\n", style="italic")
    if item.business_context:
        text.append("\n" + plain(item.business_context) + "\n")


def _behavioral(text: Text, item: BehavioralScenario) -> None:
    text.append("\n")
    text.append(plain(item.question), style="italic")
    if item.question_source != "file" and item.question != item.title:
        # The file gives no question: say what the app asks with instead (a title that asks is one).
        made_from = "its principle" if item.question_source == "principle" else "its title"
        text.append(f"\n(no question given: asked with {made_from})", style="dim")
    text.append("\n\n")
    for section in item.star:
        text.append(f"{section.name:<10}", style="bold")
        text.append(words(section.min_seconds, section.max_seconds))
        if section.timing == "default":
            text.append("  (default)", style="dim")
        text.append("\n")
    text.append(f"\n{count(len(item.probes), 'follow-up probe')}\n", style="dim")
    _principles(text, item)


def _design(text: Text, item: SystemDesignProblem) -> None:
    _prompt(text, item)
    text.append("\n")
    for phase in item.phases:
        text.append(f"{plain(phase.name)}: ", style="bold")
        text.append(words(phase.min_seconds, phase.max_seconds))
        if phase.timing == "default":
            text.append("  (default)", style="dim")
        text.append("\n")
    text.append(f"\n{count(len(item.follow_ups), 'follow-up question')}", style="dim")


# Every string from a file, the log or the keyboard goes on screen through `plain`, inside a
# rich Text (or Textual Content): control characters shown as stand-ins, markup as brackets.
plain = visible
