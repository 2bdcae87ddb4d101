"""Which library items a set of filters keeps: kind, level, principle, due for review and free text."""

from __future__ import annotations

from dataclasses import dataclass

from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    SystemDesignProblem,
)
from systemcraft_tui.core.word_forms import Needle, found, needle


@dataclass(frozen=True)
class Filters:
    text: str = ""
    kind: str | None = None
    level: str | None = None
    principle: str | None = None
    due: frozenset[str] | None = None  # ids due for review (practice/scheduling.py); None: any


NO_FILTERS = Filters()


def item_level_text(item: ContentItem) -> str | None:
    """The levels an item is pitched at, as the library's Level column and the log show them."""
    return "/".join(item.levels) or None


def search_text(item: ContentItem) -> str:
    parts = [item.title, item.id]
    if isinstance(item, BehavioralScenario):
        parts += [item.question, item.code or "", *item.canonical_principles]
    elif isinstance(item, SystemDesignProblem):
        parts.append(item.business_context)
    return " ".join(parts).lower()


def matches(item: ContentItem, filters: Filters, words: list[Needle]) -> bool:
    """Whether `item` passes `filters`; `words`: the search's, made once for every item."""
    if filters.kind and item.kind != filters.kind:
        return False
    if filters.level and filters.level not in item.levels:
        return False
    if filters.due is not None and item.id not in filters.due:
        return False
    if filters.principle:
        if not isinstance(item, BehavioralScenario) or filters.principle not in item.canonical_principles:
            return False
    haystack = search_text(item) if words else ""
    return all(found(word, haystack) for word in words)


def filter_items(items: list[ContentItem], filters: Filters) -> list[ContentItem]:
    if filters == NO_FILTERS:  # the library's first screen: every item, none tested
        return list(items)
    words = [needle(word) for word in filters.text.lower().split()]
    return [item for item in items if matches(item, filters, words)]
