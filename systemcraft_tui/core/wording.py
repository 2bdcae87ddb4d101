"""Counts as people write them, for every layer (screens, content messages, commands):
"1 story", "3 stories", "0 follow-up questions", "1 of 1 item"."""

from __future__ import annotations


def count(number: float, noun: str, plural: str | None = None) -> str:
    """`number` and `noun`, the noun's last word plural unless the number is 1."""
    return f"{number} {noun if number == 1 else plural or plural_of(noun)}"


def counts(*numbered: tuple[int, str] | tuple[int, str, str], none: str) -> str:
    """Only the counts there are, joined: "1 warning", "2 errors, 1 warning" (never "0
    errors, 1 warning"); `none` when every one is zero. Each is (number, noun) or, as
    `count` takes them, (number, noun, plural): (2, "completed", "completed")."""
    return ", ".join(count(*each) for each in numbered if each[0]) or none


def part_of(done: int, total: int, noun: str) -> str:
    """Progress through many: "412 of 1,048 files", "1 of 1 file"."""
    return f"{done:,} of {total:,} {noun if total == 1 else plural_of(noun)}"


def plural_of(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"
