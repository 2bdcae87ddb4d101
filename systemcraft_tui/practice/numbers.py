"""Numbers in spoken English, whether a transcript writes them as digits ("3%",
"$40,000", "0.2") or as words ("forty thousand", "half a percent", "twice")."""

from __future__ import annotations

import re

ONES = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()
)
TENS = tuple("twenty thirty forty fifty sixty seventy eighty ninety".split())  # 20, 30, ... 90
_SCALES = ("hundred", "thousand", "million", "billion", "dozen")
_MULTIPLES = ("half", "twice", "double", "doubled", "triple", "tripled", "quadrupled")
NUMBER_WORDS = frozenset(ONES + TENS + _SCALES + _MULTIPLES)
# Words that join number words into one number ("one hundred and twenty", "two point five"),
# only when a number word follows; "percent" ends one ("half a percent").
_JOINERS = frozenset(("and", "point"))
_AFTER = frozenset(("percent", "per", "cent"))
# "the one", "which one": a pronoun, not a number.
_NOT_COUNTING = frozenset(("the", "this", "that", "which", "each", "every", "no", "any", "some", "another"))

# Digits (with their currency, separators and %), words, and the punctuation that ends a
# number: "half a percent, forty thousand" holds two numbers.
_TOKEN = re.compile(r"[$£€]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?|[,.;:!?]", re.I)


def numbers_in(text: str) -> tuple[str, ...]:
    """Each number said, in order: ("3%", "forty thousand", "half a percent"); a spelled-out
    number's words are joined by spaces ("forty-two" gives "forty two")."""
    tokens = _TOKEN.findall(text)
    found: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token[0].isdigit() or token[0] in "$£€":
            end = i + 1
        elif _is_number_word(tokens, i):
            end = _spelled_end(tokens, i)
        else:
            i += 1
            continue
        while end < len(tokens) and tokens[end].lower() in _AFTER:
            end += 1
        found.append(" ".join(tokens[i:end]))
        i = end
    return tuple(found)


def _is_number_word(tokens: list[str], i: int) -> bool:
    word = tokens[i].lower()
    if word not in NUMBER_WORDS:
        return False
    return word != "one" or i == 0 or tokens[i - 1].lower() not in _NOT_COUNTING


def _spelled_end(tokens: list[str], start: int) -> int:
    end = start + 1
    while end < len(tokens):
        word = tokens[end].lower()
        following = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
        if word in NUMBER_WORDS:
            end += 1
        elif word in _JOINERS and following in NUMBER_WORDS:
            end += 2
        elif word == "a" and following in _AFTER:
            return end + 2
        else:
            break
    return end
