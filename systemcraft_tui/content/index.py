"""The library's index: for each content folder (or file) read through the parse cache,
one file holding, of each item, what the library's first screen shows, filters and
searches (id, title, kind, levels, question, principles...), so that a warm start
decodes that much and no more: at 1,000 files, about a tenth of the whole items.

An item read from the index is of its model class all along (every screen and the
practice service take it as they take any item); the rest of its fields are read from
its file's cache entry the first time anything asks for one (a preview, a rehearsal).
Like a cache entry, a file's index entry holds the file's fingerprint and is used only
while the file is as it was; an index that is damaged, old or foreign is a miss for
every file, and is written anew."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from systemcraft_tui.content.cache import ParseCache, source_of
from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    Origin,
    ParsedFile,
    PracticePlan,
    Problem,
    SystemDesignProblem,
)
from systemcraft_tui.content.serialize import NotTheModel, field_codecs, from_data, of_type, to_data

_SHOWN = ("id", "title", "levels", "origin", "content_hash", "rule")
# What the library's table, its filters and its search read of each kind of item
# (practice/library_filter.py, practice/scheduling.py's subjects, service/sessions.py).
SUMMARY: dict[type, tuple[str, ...]] = {
    BehavioralScenario: (*_SHOWN, "code", "question"),  # and its canonical principles
    SystemDesignProblem: (*_SHOWN, "question", "business_context"),
    DeepDive: _SHOWN,
    PracticePlan: _SHOWN,
}
_MODELS = {model.__name__: model for model in SUMMARY}
# Worked out once, not for each of a thousand items: the summary's fields, and how each
# but the origin (_origin) is read.
_FIELDS = {model: frozenset(fields) for model, fields in SUMMARY.items()}
_LOADS = {
    model: [(name, field_codecs(model)[name][1]) for name in fields if name != "origin"] for model, fields in SUMMARY.items()
}

Reread = Callable[[Path], tuple[ParsedFile, "os.stat_result | None"]]  # a file parsed now, and its status then


class ContentChanged(ValueError):
    """An item's file changed after the library was read, and its cache entry is gone."""


class LibraryIndex:
    """The index of the content folder (or file) `root`: `get` what it holds of a file,
    `keep` what was read of one, and `save` it, with only the files kept, when it changed."""

    def __init__(self, cache: ParseCache, root: Path, reread: Reread) -> None:
        self.cache, self.root, self._reread = cache, root, reread
        data = cache.read_index(root)
        files = data.get("files") if data is not None and data.get("root") == str(root) else None
        self._old: dict[str, Any] = files if type(files) is dict else {}
        self._new: dict[str, Any] = {}

    def get(self, path: Path, status: os.stat_result) -> ParsedFile | None:
        """The file's items (each filled in from the parse cache when first used) and problems."""
        entry = self._old.get(str(path))
        source = source_of(path, status)
        try:
            if type(entry) is not dict or entry.get("source") != source:
                return None
            whole = functools.partial(self._whole, path, source)
            items = [_partial(data, path, functools.partial(whole, at)) for at, data in enumerate(of_type(list, entry["items"]))]
            problems = from_data(list[Problem], entry["problems"])
        except (ValueError, TypeError, KeyError, NotTheModel, RecursionError):
            return None  # damaged or foreign: read from the cache or parsed, and indexed again
        self._new[str(path)] = entry
        return ParsedFile(path, items, problems)

    def keep(self, path: Path, status: os.stat_result | None, parsed: ParsedFile) -> None:
        """Index `parsed`, the file as `status` (taken before its bytes were read) describes it."""
        if status is not None and self.cache.keeps(status):
            items = [_summary(item) for item in parsed.items]
            self._new[str(path)] = {
                "source": source_of(path, status),
                "items": items,
                "problems": to_data(list[Problem], parsed.problems),
            }

    def save(self) -> None:
        """Write the index when a file was added, changed or removed since it was read."""
        if self._new != self._old:
            self.cache.write_index(self.root, {"root": str(self.root), "files": self._new})

    def _whole(self, path: Path, source: dict[str, Any], at: int, model: type) -> ContentItem:
        parsed = self.cache.parsed(path, source)
        if parsed is None:  # its entry is gone: the file again, if it is still as it was
            parsed, status = self._reread(path)
            if status is None or source_of(path, status) != source:
                raise ContentChanged(f"{path} changed after the library was read: start the app again to read it anew")
        if at >= len(parsed.items) or type(parsed.items[at]) is not model:
            raise ContentChanged(f"{path} no longer reads as it did: start the app again to read it anew")
        return parsed.items[at]


def _summary(item: ContentItem) -> dict[str, Any]:
    model: type = type(item)
    codecs = field_codecs(model)
    summary: dict[str, Any] = {
        "type": model.__name__,
        "value": {name: codecs[name][0](getattr(item, name)) for name in SUMMARY[model]},
    }
    if isinstance(item, BehavioralScenario):
        summary["principles"] = item.canonical_principles
    return summary


def _origin(data: Any, path: Path) -> Origin:
    """The item's origin: almost always in the file read, whose path is shared, not made again."""
    if type(data) is dict and data.get("path") == str(path) and data.keys() == {"path", "line"}:
        return Origin(path, of_type(int, data["line"]))
    origin: Origin = from_data(Origin, data)
    return origin


def _partial(data: Any, path: Path, whole: Callable[[type], ContentItem]) -> ContentItem:
    """The item `_summary` gave `data`, the rest of it read by `whole(model)` when first asked for."""
    model = _MODELS.get(of_type(dict, data).get("type"))
    value = data.get("value")
    if model is None or type(value) is not dict or value.keys() != _FIELDS[model]:
        raise NotTheModel("not an item's summary")
    item: ContentItem = object.__new__(_PARTIAL[model])
    item.__dict__.update({name: load(value[name]) for name, load in _LOADS[model]})
    item.__dict__["origin"] = _origin(value["origin"], path)
    item.__dict__["_whole"] = functools.partial(whole, model)
    if model is BehavioralScenario:
        item.__dict__["_principles"] = from_data(list[str], data["principles"])
    return item


_FILLING = threading.Lock()  # an item is filled in once, whichever thread asks first


class _Partial:
    """An item with the summary's fields only, until one of the others is asked for."""

    _model: type

    def _fill(self) -> None:
        with _FILLING:
            whole = self.__dict__.pop("_whole", None)
            if whole is not None:
                item = whole()
                for field in field_codecs(self._model):
                    self.__dict__.setdefault(field, getattr(item, field))  # the id it was read under stays

    def __eq__(self, other: object) -> bool:
        """As the model's own: equal to an item of its model with the same fields."""
        if not isinstance(other, self._model) or type(other) not in (self._model, type(self)):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in field_codecs(self._model))


class _Rest:
    """A field of the item not in its summary: the first read fills the item in, and from
    then on the field is the instance's own (this descriptor only stands in for it, and
    for the model class's default, which would otherwise be read in its place)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, item: _Partial | None, owner: type | None = None) -> Any:
        if item is None:
            return self
        item._fill()
        try:
            return item.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None


def _canonical_principles(item: BehavioralScenario) -> list[str]:
    known = item.__dict__.get("_principles")  # the summary's, until the item is filled in
    return list(known) if known is not None else BehavioralScenario.canonical_principles.fget(item)  # type: ignore[attr-defined]


def _partial_class(model: type) -> type:
    rest = {name: _Rest() for name in field_codecs(model) if name not in SUMMARY[model]}
    own = {"canonical_principles": property(_canonical_principles)} if model is BehavioralScenario else {}
    return type(f"Partial{model.__name__}", (_Partial, model), {"_model": model, "__module__": __name__, **rest, **own})


_PARTIAL = {model: _partial_class(model) for model in SUMMARY}
