"""Content items as plain JSON-ready dicts: `item_to_dict` is what `systemcraft inspect
--json` prints (a view for people); `parsed_file_to_data` and `parsed_file_from_data` are
the whole model and back, exactly (what the content cache keeps)."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    ParsedFile,
    PracticePlan,
    Probe,
    SystemDesignProblem,
)


def level_label(levels: tuple[str, ...]) -> str | None:
    return "/".join(levels) or None


def item_to_dict(item: ContentItem) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": item.kind,
        "id": item.id,
        "title": item.title,
        "level": level_label(item.levels),
        "levels": list(item.levels),
        "source": str(item.origin.path),
        "line": item.origin.line,
        "content_hash": item.content_hash,
        "rule": item.rule,
        "question": None,
        "sections": [],
        "probes": [],
        "principles": [],
    }
    if isinstance(item, BehavioralScenario):
        base |= _behavioral(item)
    elif isinstance(item, SystemDesignProblem):
        base |= _system_design(item)
    elif isinstance(item, DeepDive):
        base |= {
            "summary": item.summary,
            "concepts": [asdict(c) for c in item.concepts],
            "checklists": [asdict(c) | {"items": list(c.items)} for c in item.checklists],
            "quick_prep": item.quick_prep,
        }
    elif isinstance(item, PracticePlan):
        base |= {
            "length_weeks": item.length_weeks,
            "weeks": [asdict(w) | {"deliverables": list(w.deliverables)} for w in item.weeks],
            "daily_routine": item.daily_routine,
            "dimensions": [asdict(d) for d in item.dimensions],
            "triggers": [asdict(t) for t in item.triggers],
            "milestones": [asdict(m) for m in item.milestones],
        }
    return base


def _probes(probes: list[Probe]) -> list[dict[str, Any]]:
    return [asdict(p) for p in probes]


def _behavioral(item: BehavioralScenario) -> dict[str, Any]:
    return {
        "code": item.code,
        "question": item.question,
        "question_source": item.question_source,
        "evaluates": [asdict(c) for c in item.evaluates],
        "setup": item.setup,
        "expectations": [asdict(e) for e in item.expectations],
        "sections": [asdict(s) for s in item.star],
        "probes": _probes(item.probes),
        "principles": item.canonical_principles,
        "principle_refs": [asdict(p) for p in item.principles],
        "unknown_principles": [p.written for p in item.principles if p.canonical is None],
        "red_flags": item.red_flags,
        "success_factors": item.success_factors,
        "self_assessment": item.self_assessment,
        "timing_practice": [asdict(v) for v in item.timing_practice],
    }


def _system_design(item: SystemDesignProblem) -> dict[str, Any]:
    return {
        "question": item.question,
        "total_minutes": item.total_minutes,
        "sections": [
            {
                "name": p.name,
                "min_seconds": p.min_seconds,
                "max_seconds": p.max_seconds,
                "min_minutes": p.min_minutes,
                "max_minutes": p.max_minutes,
                "timing": p.timing,
                "line": p.line,
            }
            for p in item.phases
        ],
        "probes": _probes(item.follow_ups),
        "business_context": item.business_context,
        "functional_requirements": item.functional_requirements,
        "non_functional": [asdict(r) for r in item.non_functional],
        "constraints": [asdict(c) for c in item.constraints],
        "l6_depth": item.l6_depth,
        "l7_strategic": item.l7_strategic,
        "success_metrics": item.success_metrics,
    }


# --- the full round trip, model -> JSON values -> model (the content cache) -----------------
#
# Driven by the dataclasses' own field types, so a field added to the model is carried
# without a change here. A dataclass is written as the list of its fields' values, in the
# order of its fields (the cache keeps an entry only for the model it was written by): a
# file's thousands of items, written as objects, repeated each field's name in each, a
# quarter of a big file's entry, and half the time spent encoding it. A union of several
# dataclasses (ContentItem) is written as {"type": class name, "value": fields}.


class NotTheModel(ValueError):
    """JSON values that do not make the model type asked for (a foreign or damaged cache)."""


Dump = Callable[[Any], Any]
Load = Callable[[Any], Any]


def parsed_file_to_data(parsed: ParsedFile) -> dict[str, Any]:
    data: dict[str, Any] = _codec(ParsedFile)[0](parsed)
    return data


def parsed_file_from_data(data: Any) -> ParsedFile:
    """The ParsedFile that `parsed_file_to_data` gave `data`; NotTheModel when `data` is
    anything else (every value's type is checked, nothing is executed)."""
    parsed: ParsedFile = _codec(ParsedFile)[1](data)
    return parsed


def to_data(kind: Any, value: Any) -> Any:
    """`value`, of the model type `kind`, as JSON values."""
    return _codec(kind)[0](value)


def from_data(kind: Any, data: Any) -> Any:
    """The value of type `kind` that `to_data` gave `data`; NotTheModel when it is anything else."""
    return _codec(kind)[1](data)


@functools.cache
def _codec(kind: Any) -> tuple[Dump, Load]:
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass_codec(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        return _union_codec(args)
    if origin is typing.Literal:
        return _identity, functools.partial(_one_of, args)
    if origin is list or (origin is tuple and args[-1:] == (Ellipsis,)):
        dump, load = _codec(args[0])
        rebuild = list if origin is list else tuple
        return (list if dump is _identity else lambda value: [dump(item) for item in value]), (
            lambda value: rebuild([load(item) for item in of_type(list, value)])
        )
    if origin is dict and args[0] is str:
        dump, load = _codec(args[1])
        return (dict if dump is _identity else lambda value: {key: dump(item) for key, item in value.items()}), (
            lambda value: {of_type(str, key): load(item) for key, item in of_type(dict, value).items()}
        )
    if kind is Path:
        return str, lambda value: Path(of_type(str, value))
    if kind is float:
        # A whole number stays an int, as the reader gives it ("3 min" is 3, "30s" 0.5):
        # an item read from the cache is then the item parsed, to its JSON.
        return _identity, lambda value: value if type(value) in (int, float) else of_type(float, value)
    if kind in (str, int, bool, type(None)):
        # Checked here, not by a call to of_type for each of the index's many strings.
        return _identity, lambda value: value if type(value) is kind else of_type(kind, value)
    raise TypeError(f"no JSON form for {kind!r}; teach serialize._codec the new field type")


@functools.cache
def field_codecs(kind: type) -> dict[str, tuple[Dump, Load]]:
    """Each field of the dataclass `kind` set by its __init__, with its JSON form's codec."""
    hints = typing.get_type_hints(kind)
    return {f.name: _codec(hints[f.name]) for f in dataclasses.fields(kind) if f.init}


def of_type(kind: type, value: Any) -> Any:
    """`value` when it is exactly of `kind` (JSON gives exact types: a bool is no int here)."""
    if type(value) is not kind:
        raise NotTheModel(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def _dataclass_codec(kind: type) -> tuple[Dump, Load]:
    codecs = field_codecs(kind)
    # A field written as it is (a string, a number: most of them) is taken without a call.
    dumps = [(name, None if codec[0] is _identity else codec[0]) for name, codec in codecs.items()]

    def dump(value: Any) -> list[Any]:
        return [getattr(value, name) if field is None else field(getattr(value, name)) for name, field in dumps]

    loads = list(codecs.items())

    def load(value: Any) -> Any:
        if type(value) is not list or len(value) != len(loads):
            raise NotTheModel(f"not the fields of {kind.__name__}")
        return kind(**{name: codec[1](item) for (name, codec), item in zip(loads, value, strict=True)})

    return dump, load


def _union_codec(args: tuple[Any, ...]) -> tuple[Dump, Load]:
    options = [arg for arg in args if arg is not type(None)]
    if len(options) == 1:  # X | None
        dump_one, load_one = _codec(options[0])
        return (
            _identity if dump_one is _identity else (lambda value: None if value is None else dump_one(value)),
            (lambda value: None if value is None else load_one(value)),
        )
    classes = {kind.__name__: kind for kind in options}
    if len(options) != len(args) or not all(dataclasses.is_dataclass(kind) for kind in options):
        raise TypeError(f"no JSON form for a union of {args!r}")

    def load(value: Any) -> Any:
        tag = of_type(dict, value).get("type")
        kind = classes.get(tag) if isinstance(tag, str) else None
        if kind is None or value.keys() != {"type", "value"}:
            raise NotTheModel(f"none of {sorted(classes)}")
        return _codec(kind)[1](value["value"])

    def dump(value: Any) -> dict[str, Any]:
        return {"type": type(value).__name__, "value": _codec(classes[type(value).__name__])[0](value)}

    return dump, load


def _identity(value: Any) -> Any:
    return value


def _one_of(allowed: tuple[Any, ...], value: Any) -> Any:
    if type(value) not in (str, int) or value not in allowed:
        raise NotTheModel(f"expected one of {allowed!r}, found {value!r:.40}")
    return value
