"""The library's index: for each content folder (or file) read through the parse cache,
one file holding, of each item, what the library's first screen shows, filters and
searches (id, title, kind, levels, question, principles...), so that a warm start
decodes that much and no more: at 1,000 files, about a tenth of the whole items.

An item read from the index is of its model class all along (every screen and the
practice service take it as they take any item); the rest of its fields are read from
its file's cache entry the first time anything asks for one (a preview, a rehearsal).
Like a cache entry, a file's index entry holds the file's fingerprint and is used only
while the file is as it was; an index that is damaged, old or foreign is a miss for
every file, and is written anew. An entry is a list, not a dict of named fields, and
its items' origins in the file are their lines alone: at 1,000 files, the index is three
fifths of the JSON it was with every name and path spelled out, and faster to decode."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
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
# Worked out once, not for each of a thousand items: how each field of a summary but the
# origin (_origin) is written and read, in the order of the summary's list:
# [model name, origin, the other fields..., and a scenario's canonical principles].
_CODECS = {
    model: [(name, *field_codecs(model)[name]) for name in fields if name != "origin"] for model, fields in SUMMARY.items()
}
_LENGTH = {model: 2 + len(codecs) + (model is BehavioralScenario) for model, codecs in _CODECS.items()}

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
        self._there = data is not None

    def get(self, path: Path, status: os.stat_result) -> ParsedFile | None:
        """The file's items (each filled in from the parse cache when first used) and problems."""
        entry = self._old.get(str(path))
        try:
            if type(entry) is not list or len(entry) != 3 or entry[0] != _stamp(status):
                return None
            return self.adopt(path, status, Entry(entry))
        except (ValueError, TypeError, KeyError, IndexError, NotTheModel, RecursionError):
            return None  # damaged or foreign: read from the cache or parsed, and indexed again

    def adopt(self, path: Path, status: os.stat_result, entry: Entry) -> ParsedFile:
        """The file as `entry` holds it (its parse in the cache, as `status` describes the
        file), indexed: its items each filled in from the cache when first used."""
        whole = functools.partial(self._whole, path, status)
        cached = functools.partial(self.cache.holds_entry, path)
        items = [_partial(data, path, functools.partial(whole, at), cached) for at, data in enumerate(of_type(list, entry.data[1]))]
        problems = from_data(list[Problem], entry.data[2])
        self._new[str(path)] = entry.data
        return ParsedFile(path, items, problems)

    def keep(self, path: Path, status: os.stat_result | None, parsed: ParsedFile) -> None:
        """Index `parsed`, the file as `status` (taken before its bytes were read) describes it."""
        if status is not None and self.cache.keeps(status):
            self._new[str(path)] = entry_of(path, status, parsed).data

    def save(self) -> None:
        """Write the index when a file was added, changed or removed since it was read, or
        when there was none (the index of a folder with nothing to index, too: one there
        says the folder was read, and a start forks no parse processes for it, fork_ahead)."""
        if self._new != self._old or not self._there:
            self.cache.write_index(self.root, {"root": str(self.root), "files": self._new})

    def _whole(self, path: Path, status: os.stat_result, at: int, model: type) -> ContentItem:
        source = source_of(path, status)
        parsed = self.cache.parsed(path, source)
        if parsed is None:  # its entry is gone: the file again, if it is still as it was
            parsed, now = self._reread(path)
            if now is None or source_of(path, now) != source:
                raise ContentChanged(f"{path} changed after the library was read: start the app again to read it anew")
        if at >= len(parsed.items) or type(parsed.items[at]) is not model:
            raise ContentChanged(f"{path} no longer reads as it did: start the app again to read it anew")
        return parsed.items[at]


@dataclass(frozen=True)
class Entry:
    """What the index holds of one file: its stamp, its items' summaries and its problems,
    as JSON values. A parse process sends the library this for a file whose parse it has
    put in the cache, not the whole parse: a tenth of the data to pickle and unpickle."""

    data: list[Any]


def entry_of(path: Path, status: os.stat_result, parsed: ParsedFile) -> Entry:
    """The index's entry for `parsed`, the file as `status` (taken before its bytes were read) describes it."""
    items = [_summary(item, path) for item in parsed.items]
    return Entry([_stamp(status), items, to_data(list[Problem], parsed.problems)])


def _stamp(status: os.stat_result) -> list[int]:
    """What of a file's status changes whenever its bytes may have (as cache.source_of's)."""
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_dev, status.st_ino]


def _summary(item: ContentItem, path: Path) -> list[Any]:
    model: type = type(item)
    origin = item.origin
    summary = [
        model.__name__,
        origin.line if origin.path == path else to_data(Origin, origin),
        *(dump(getattr(item, name)) for name, dump, _ in _CODECS[model]),
    ]
    if isinstance(item, BehavioralScenario):
        summary.append(item.canonical_principles)
    return summary


def _origin(data: Any, path: Path) -> Origin:
    """The item's origin: almost always a line of the file read, whose path is shared, not made again."""
    if type(data) is int:
        return Origin(path, data)
    origin: Origin = from_data(Origin, data)
    return origin


def _partial(data: Any, path: Path, whole: Callable[[type], ContentItem], cached: Callable[[], bool]) -> ContentItem:
    """The item `_summary` gave `data`, the rest of it read by `whole(model)` when first
    asked for; `cached()` says whether the parse cache has it then (else its file is parsed)."""
    model = _MODELS.get(of_type(list, data)[0]) if data else None
    if model is None or len(data) != _LENGTH[model]:
        raise NotTheModel("not an item's summary")
    item: ContentItem = object.__new__(_PARTIAL[model])
    fields = item.__dict__
    fields.update({name: load(value) for (name, _, load), value in zip(_CODECS[model], data[2:], strict=False)})
    fields["origin"] = _origin(data[1], path)
    fields["_whole"] = functools.partial(whole, model)
    fields["_cached"] = cached
    if model is BehavioralScenario:
        fields["_principles"] = from_data(list[str], data[-1])
    return item


def rest_at_hand(item: ContentItem) -> bool:
    """Whether the item's fields beyond its summary are had without parsing its file: it is
    whole, or the parse cache has its file's entry. On a first read of a folder its files'
    entries come once every file is parsed (entries_later.py), and the process that asks
    first would parse the file itself, loading the parser to do it."""
    cached = item.__dict__.get("_cached")
    return cached is None or "_whole" not in item.__dict__ or bool(cached())


_FILLING = threading.Lock()  # an item is filled in once, whichever thread asks first


class _Partial:
    """An item with the summary's fields only, until one of the others is asked for."""

    _model: type

    def _fill(self) -> None:
        with _FILLING:
            whole = self.__dict__.pop("_whole", None)
            self.__dict__.pop("_cached", None)
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
