"""Word error rate between a script and a transcript, once both are written the same way:
lower case, no punctuation, numbers as words ("3%" = "three percent", "$40,000" =
"forty thousand dollars", "0.2" = "zero point two")."""

from __future__ import annotations

import re

from systemcraft_tui.practice.numbers import ONES, TENS

_SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred"))
_NUMBER = re.compile(r"(?P<currency>\$)?(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?(?P<percent>%)?")


def say_integer(n: int) -> str:
    """An integer as English words: 40000 -> "forty thousand"."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens - 2] + (f" {ONES[ones]}" if ones else "")
    for size, name in _SCALES:
        if n >= size:
            high, rest = divmod(n, size)
            return f"{say_integer(high)} {name}" + (f" {say_integer(rest)}" if rest else "")
    raise AssertionError(n)  # unreachable: every n >= 100 meets the hundred scale


def _say_number(match: re.Match[str]) -> str:
    words = [say_integer(int(match["whole"].replace(",", "")))]
    if match["fraction"]:
        words += ["point", *(ONES[int(d)] for d in match["fraction"])]
    if match["percent"]:
        words.append("percent")
    if match["currency"]:
        words.append("dollars")
    return " " + " ".join(words) + " "


def normalise(text: str) -> list[str]:
    text = _NUMBER.sub(_say_number, text.lower())
    text = re.sub(r"[-‐–—/]", " ", text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return text.split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / words in the reference, after normalise()."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, 1):
        current = [i]
        for j, heard in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != heard)))
        previous = current
    return previous[-1] / max(1, len(ref))
