"""Reading one record's fields out of plain JSON values, strictly, with the path of
whatever is wrong (``sessions[3].sections[1].actual_seconds: ...``).

Any JSON value at all in any field either decodes or raises RecordError. What decodes
is also safe to use: numbers stay far from float overflow when summed, and times stay
far from the ends of what Python's datetime holds, so showing one in any time zone or
adding weeks to it cannot overflow."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from systemcraft_tui.core.errors import RecordError

T = TypeVar("T")
D = TypeVar("D", date, datetime)
V = TypeVar("V", bound=StrEnum)

MOST = 10**9  # the bound of any count or duration without one of its own (31 years in seconds)
FIRST_YEAR, LAST_YEAR = 1900, 8999


class HugeNumber:
    """A JSON number with more digits than Python converts, kept as written."""

    __slots__ = ("digits",)

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<a number of {len(self.digits.lstrip('-'))} digits>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HugeNumber) and other.digits == self.digits

    def __hash__(self) -> int:
        return hash(self.digits)


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
            raise RecordError(self._where, f"unknown field {_quoted(sorted(self._unread)[0])}")

    def text(self, key: str, *, empty: bool = True) -> str:
        value = self._take(key)
        if not isinstance(value, str):
            raise RecordError(self.at(key), f"expected text, found {_kind(value)}")
        if not empty and not value.strip():
            raise RecordError(self.at(key), "must not be empty")
        return value

    def identifier(self, key: str) -> str:
        """A record's id: text the log's files and its digest both look records up by, so
        it must have a UTF-8 form (typed text may hold a lone surrogate; an id never does)."""
        value = self.text(key, empty=False)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            lone = value[error.start]
            raise RecordError(self.at(key), f"is not text: it holds a lone surrogate (\\u{ord(lone):04x})") from None
        return value

    def optional_text(self, key: str) -> str | None:
        if self._take(key, optional=True) is None:
            return None
        return self.text(key, empty=False)

    def choice(self, key: str, allowed: tuple[V, ...]) -> V:
        """The member of a vocabulary that the field names."""
        value = self.text(key)
        for member in allowed:
            if member == value:
                return member
        raise RecordError(self.at(key), f"must be one of {', '.join(allowed)}, found {_quoted(value)}")

    def integer(self, key: str, low: int, high: int | None = None) -> int:
        return check_integer(self._take(key), self.at(key), low, high)

    def optional_integer(self, key: str, low: int, high: int | None = None) -> int | None:
        value = self._take(key, optional=True)
        return None if value is None else check_integer(value, self.at(key), low, high)

    def number(self, key: str) -> float:
        return check_number(self._take(key), self.at(key))

    def optional_number(self, key: str) -> float | None:
        value = self._take(key, optional=True)
        return None if value is None else check_number(value, self.at(key))

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
            day = date.fromisoformat(value)
        except ValueError:
            raise RecordError(self.at(key), f"expected a date like 2025-01-31, found {_quoted(value)}") from None
        return _within_years(day, self.at(key), value)

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(self.items(key, lambda value, where: check_text(value, where)))

    def nested(self, key: str, read: Callable[[Any, str], T]) -> T:
        return read(self._take(key), self.at(key))

    def optional_nested(self, key: str, read: Callable[[Any, str], T]) -> T | None:
        value = self._take(key, optional=True)
        return None if value is None else read(value, self.at(key))

    def items(self, key: str, read: Callable[[Any, str], T]) -> list[T]:
        value = self._take(key)
        if not isinstance(value, list):
            raise RecordError(self.at(key), f"expected a list, found {_kind(value)}")
        return [read(item, f"{self.at(key)}[{index}]") for index, item in enumerate(value)]

    def mapping(self, key: str, read: Callable[[Any, str], T]) -> dict[str, T]:
        value = self._take(key)
        if not isinstance(value, Mapping):
            raise RecordError(self.at(key), f"expected an object, found {_kind(value)}")
        return {name: read(item, f"{self.at(key)}[{_quoted(name)}]") for name, item in value.items()}


def check_text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RecordError(where, f"expected text, found {_kind(value)}")
    return value


def check_integer(value: Any, where: str, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(where, f"expected a whole number, found {_kind(value)}")
    if value < low or value > (MOST if high is None else high):
        span = f"{low} to {high}" if high is not None else f"at least {low}" if value < low else f"at most {MOST:,}"
        raise RecordError(where, f"must be {span}, found {_number(value)}")
    return value


def check_rating(value: Any, where: str) -> int:
    return check_integer(value, where, 1, 5)


def check_flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise RecordError(where, f"expected true or false, found {_kind(value)}")
    return value


def check_number(value: Any, where: str) -> float:
    """A duration or an FSRS figure: finite, from 0 to MOST."""
    if isinstance(value, bool) or not isinstance(value, int | float) or (isinstance(value, float) and not math.isfinite(value)):
        raise RecordError(where, f"expected a number, found {_kind(value)}")
    if not 0 <= value <= MOST:  # compared before any float(): a long int would overflow it
        raise RecordError(where, f"must be {'at least 0' if value < 0 else f'at most {MOST:,}'}, found {_number(value)}")
    return float(value)


def check_instant(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise RecordError(where, f"expected a UTC time like 2025-01-31T09:30:00Z, found {_kind(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise RecordError(where, f"expected a UTC time like 2025-01-31T09:30:00Z, found {_quoted(value)}") from None
    if moment.tzinfo is None:
        raise RecordError(where, f"has no time zone: {_quoted(value)}")
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # "0001-01-01T00:00:00+23:59" is before the year 1 in UTC
        raise _outside_years(where, value) from None
    return _within_years(moment, where, value)


def _within_years(moment: D, where: str, written: str) -> D:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise _outside_years(where, written)
    return moment


def _outside_years(where: str, written: str) -> RecordError:
    return RecordError(where, f"is outside the years {FIRST_YEAR} to {LAST_YEAR}: {_quoted(written)}")


def _quoted(text: str) -> str:
    return repr(text[:40] + "…" if len(text) > 40 else text)


def _number(value: int | float) -> str:
    """A number for a message; a long int by its length (str() of one may be refused)."""
    if isinstance(value, int) and abs(value) >= 10**15:
        return f"a number of about {int(value.bit_length() * math.log10(2)) + 1} digits"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"text {_quoted(value)}"
    if isinstance(value, int | float):
        return f"the number {_number(value)}" if abs(value) < 10**15 else _number(value)
    if isinstance(value, HugeNumber):
        return f"a number of {len(value.digits.lstrip('-'))} digits"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__
