"""JSON as the log reads and writes it.

Python refuses to turn a number of more than 4,300 digits into an int (a guard against
slow conversions). Such a number can only be in a damaged or hostile file, and it must
cost no more than its record: it is read as a `HugeNumber` (which every field decoder
rejects), and written back digit for digit when its file is saved, like any other
record the log skips but keeps."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from systemcraft_tui.core.fields import HugeNumber


def _int_or_huge(digits: str) -> int | HugeNumber:
    try:
        return int(digits)
    except ValueError:
        return HugeNumber(digits)


def loads(text: str) -> Any:
    """`json.loads`, with numbers too long for an int read as HugeNumber. Raises
    json.JSONDecodeError for bad JSON and RecursionError for nesting deeper than Python's
    recursion limit (about 1,000 levels)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except ValueError:  # the int conversion limit; rare enough to parse twice
        return json.loads(text, parse_int=_int_or_huge)


# A token no text can hold by chance: a HugeNumber is written as this quoted text, then
# the quotes and the token are replaced by its digits.
_TOKEN = f"hugenumber-{uuid.uuid4().hex}-"
_PLACED = re.compile(f'"{_TOKEN}(\\d+)"')


def encode(value: Any) -> bytes:
    """Compact JSON in ASCII: escapes keep any text the user typed (even a lone surrogate)
    writable."""
    huge: list[str] = []

    def place(item: Any) -> str:
        if not isinstance(item, HugeNumber):
            raise TypeError(f"{type(item).__name__} is not a JSON value")
        huge.append(item.digits)
        return f"{_TOKEN}{len(huge) - 1}"

    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=place)
    if huge:
        text = _PLACED.sub(lambda match: huge[int(match.group(1))], text)
    return text.encode("ascii")
