"""Ids that never collide, so no item is ever dropped.

An id comes from the file name and the item's heading. When two items would share one,
the later keeps its place with an id of its own: the first item's id followed by the later
item's title (or, across files, with the later file's folder in front), else a number.
Neither depends on where other items sit, so adding, removing or editing another item
elsewhere leaves an id alone; the practice log refers to items by id.
"""

from __future__ import annotations

import copy
import hashlib
import re

from systemcraft_tui.content.model import ContentItem, Problem


def slug(text: str) -> str:
    """Lower-case letters and digits joined by dashes; a text with none of them (自我介绍,
    困難な問題…) is known by its own fingerprint, so its id stays put wherever other such
    items come and go (a shared "item" would number them by their order in the file)."""
    found = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if found or not text.strip():
        return found or "item"
    return "q-" + hashlib.sha1(text.strip().encode(), usedforsecurity=False).hexdigest()[:8]


def with_unique_ids(items: list[ContentItem], taken: dict[str, ContentItem]) -> tuple[list[ContentItem], list[Problem]]:
    """The items, each with an id no item in `taken` (nor an earlier one here) has, and a
    warning for each renamed one naming both lines. `taken` is updated."""
    kept: list[ContentItem] = []
    problems: list[Problem] = []
    for item in items:
        first = taken.get(item.id)
        if first is not None:
            new_id = _free_id(item, first, taken)
            problems.append(
                Problem(
                    item.origin.path,
                    item.origin.line,
                    "warning",
                    f"id {item.id!r} is already used by the item at {first.origin.path}:{first.origin.line}, "
                    f"so this one is read as {new_id!r}; rename one of the headings to choose the id yourself",
                )
            )
            item = _renamed(item, new_id)
        taken[item.id] = item
        kept.append(item)
    return kept, problems


def _renamed(item: ContentItem, new_id: str) -> ContentItem:
    """The item under `new_id`: the shallow copy `replace` would make, without reading every
    field, which fills in an item read from the library's index (content/index.py) and, on a
    first read, before its cache entry is kept, parses its file in the library's process."""
    renamed = copy.copy(item)
    object.__setattr__(renamed, "id", new_id)  # frozen: set as the dataclass's own __init__ sets it
    return renamed


def _free_id(item: ContentItem, first: ContentItem, taken: dict[str, ContentItem]) -> str:
    if item.origin.path == first.origin.path:
        title = slug(item.title)
        # An id made from the title already ("stories/conflict") gains nothing from it twice.
        candidate = None if item.id.endswith(title) else f"{item.id}-{title}"
    else:
        candidate = f"{slug(item.origin.path.parent.name)}-{item.id}"
    if candidate and candidate not in taken:
        return candidate
    number = 2
    while f"{item.id}-{number}" in taken:
        number += 1
    return f"{item.id}-{number}"
