"""Reading back plain JSON values (a mock's draft snapshot): each field checked for its
type, and a wrong or missing one named by its path, so a damaged draft gives a clear
error rather than a traceback or a half-restored run."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


class PlainError(ValueError):
    """A value in plain data that is missing or of the wrong type."""


def take(value: Any, key: str | int, kind: type[T], where: str) -> T:
    """value[key], which must be of `kind` (an int is accepted for a float; a bool is
    never taken for a number)."""
    path = f"{where}.{key}" if isinstance(key, str) else f"{where}[{key}]"
    try:
        found = value[key]
    except (KeyError, IndexError, TypeError):
        raise PlainError(f"{path} is missing") from None
    if kind is float and isinstance(found, int) and not isinstance(found, bool):
        return float(found)  # type: ignore[return-value]
    if not isinstance(found, kind) or (isinstance(found, bool) and kind is not bool):
        raise PlainError(f"{path} should be {kind.__name__}, not {type(found).__name__}")
    return found


def take_optional(value: Any, key: str, kind: type[T], where: str) -> T | None:
    return None if isinstance(value, dict) and value.get(key) is None else take(value, key, kind, where)


def items(value: Any, key: str, kind: type[T], where: str) -> list[T]:
    """A list whose every element is of `kind`."""
    found = take(value, key, list, where)
    return [take(found, i, kind, f"{where}.{key}") for i in range(len(found))]
