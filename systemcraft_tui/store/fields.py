"""Reading one record's fields out of plain JSON values, strictly, with the path of
whatever is wrong (``sessions[3].sections[1].actual_seconds: ...``)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from systemcraft_tui.store.errors import RecordError

T = TypeVar("T")


def format_instant(moment: datetime, where: str) -> str:
    """ISO-8601 in UTC; a naive datetime is refused, never guessed at."""
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise RecordError(where, f"expected a datetime with a time zone, found {moment!r}")
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class Fields:
    """The fields of one JSON object, read once each; `done()` refuses leftovers."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, Mapping):
            raise RecordError(where, f"expected an object, found {_kind(value)}")
        self._data = value
        self._where = where
        self._unread = set(value)

    def at(self, key: str) -> str:
        return f"{self._where}.{key}"

    def _take(self, key: str, *, optional: bool = False) -> Any:
        if key not in self._data:
            if optional:
                return None
            raise RecordError(self.at(key), "is missing")
        self._unread.discard(key)
        return self._data[key]

    def done(self) -> None:
        if self._unread:
            raise RecordError(self._where, f"unknown field {sorted(self._unread)[0]!r}")

    def text(self, key: str, *, empty: bool = True) -> str:
        value = self._take(key)
        if not isinstance(value, str):
            raise RecordError(self.at(key), f"expected text, found {_kind(value)}")
        if not empty and not value.strip():
            raise RecordError(self.at(key), "must not be empty")
        return value

    def optional_text(self, key: str) -> str | None:
        if self._take(key, optional=True) is None:
            return None
        return self.text(key, empty=False)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise RecordError(self.at(key), f"must be one of {', '.join(allowed)}, found {value!r}")
        return value

    def integer(self, key: str, low: int, high: int | None = None) -> int:
        return check_integer(self._take(key), self.at(key), low, high)

    def optional_integer(self, key: str, low: int, high: int | None = None) -> int | None:
        value = self._take(key, optional=True)
        return None if value is None else check_integer(value, self.at(key), low, high)

    def number(self, key: str, low: float = 0.0) -> float:
        return check_number(self._take(key), self.at(key), low)

    def optional_number(self, key: str, low: float = 0.0) -> float | None:
        value = self._take(key, optional=True)
        return None if value is None else check_number(value, self.at(key), low)

    def boolean(self, key: str) -> bool:
        value = self._take(key)
        if not isinstance(value, bool):
            raise RecordError(self.at(key), f"expected true or false, found {_kind(value)}")
        return value

    def instant(self, key: str) -> datetime:
        return check_instant(self._take(key), self.at(key))

    def optional_instant(self, key: str) -> datetime | None:
        value = self._take(key, optional=True)
        return None if value is None else check_instant(value, self.at(key))

    def day(self, key: str) -> date:
        value = self.text(key)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise RecordError(self.at(key), f"expected a date like 2025-01-31, found {value!r}") from None

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(self.items(key, lambda value, where: check_text(value, where)))

    def nested(self, key: str, read: Callable[[Any, str], T]) -> T:
        return read(self._take(key), self.at(key))

    def items(self, key: str, read: Callable[[Any, str], T]) -> list[T]:
        value = self._take(key)
        if not isinstance(value, list):
            raise RecordError(self.at(key), f"expected a list, found {_kind(value)}")
        return [read(item, f"{self.at(key)}[{index}]") for index, item in enumerate(value)]

    def mapping(self, key: str, read: Callable[[Any, str], T]) -> dict[str, T]:
        value = self._take(key)
        if not isinstance(value, Mapping):
            raise RecordError(self.at(key), f"expected an object, found {_kind(value)}")
        return {name: read(item, f"{self.at(key)}[{name!r}]") for name, item in value.items()}


def check_text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RecordError(where, f"expected text, found {_kind(value)}")
    return value


def check_integer(value: Any, where: str, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(where, f"expected a whole number, found {_kind(value)}")
    if value < low or (high is not None and value > high):
        span = f"{low} to {high}" if high is not None else f"at least {low}"
        raise RecordError(where, f"must be {span}, found {value}")
    return value


def check_rating(value: Any, where: str) -> int:
    return check_integer(value, where, 1, 5)


def check_flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise RecordError(where, f"expected true or false, found {_kind(value)}")
    return value


def check_number(value: Any, where: str, low: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RecordError(where, f"expected a number, found {_kind(value)}")
    if value < low:
        raise RecordError(where, f"must be at least {low:g}, found {value:g}")
    return float(value)


def check_instant(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise RecordError(where, f"expected a UTC time like 2025-01-31T09:30:00Z, found {_kind(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise RecordError(where, f"expected a UTC time like 2025-01-31T09:30:00Z, found {value!r}") from None
    if moment.tzinfo is None:
        raise RecordError(where, f"has no time zone: {value!r}")
    return moment.astimezone(UTC)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"text {value[:40]!r}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__
