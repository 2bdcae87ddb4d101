"""English word forms for the searches: a small suffix-stripping stemmer, so that
"migrating" finds a "migration", "scaled" a "scaling" and "leaders" a "leadership".

A word of the search matches a text (lower-cased) that holds it as typed, so that "migr"
still finds a migration, or that holds a word with the same stem. Every stem is the start
of its word ("migrat" of "migration"), so the second test is a substring test too, and only
a text that holds the stem but not the word as typed has its words stemmed, those that
start with the stem: a search stays as cheap as it was, and no text is stemmed ahead.
A stem is compared whole, never as a part of a word: "scaled" does not find "escalation"
("scal" typed does: that is the as-typed match)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+")
_VOWEL = re.compile(r"[aeiouy]")

# Derivational endings, longest first, each stripped (or replaced) while the stem left
# keeps MIN_STEM letters: "leadership" -> "leader" -> "lead".
_ENDINGS = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("iness", "y"),
    ("ation", "ate"),
    ("ness", ""),
    ("ment", ""),
    ("ship", ""),
    ("er", ""),
)
MIN_STEM = 3


def _inflection(word: str) -> str:
    """Plurals, -ed and -ing: "policies" -> "polic" (as "policy" is), "scaled" -> "scal"."""
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith(("ies", "ied")) and len(word) - 3 >= MIN_STEM:
        word = word[:-3]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for ending in ("ing", "ed"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM and _VOWEL.search(stem):
            return stem
    return word


@lru_cache(maxsize=65536)  # a library's words repeat: most are looked up, not worked out
def stem(word: str) -> str:
    """The form `word` (one lower-case word) shares with its other forms, always its start."""
    word = _inflection(word)
    changed = True
    while changed:  # "leaderships": "leadership", "leader", "lead"
        changed = False
        for ending, replacement in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)] + replacement
                changed = True
                break
    if len(word) > MIN_STEM and word[-1] == word[-2]:  # "planning" as "plan", "agree" as "agreed"
        word = word[:-1]
    if word.endswith(("e", "y")) and len(word) > MIN_STEM:  # "scale" as "scaling", "policy" as "policies"
        word = word[:-1]
    return word


@dataclass(frozen=True)
class Needle:
    """A word of the search (lower-cased): as typed, and its stem when that differs."""

    typed: str
    stem: str | None = None

    def in_forms(self, text: str) -> bool:
        """Whether a word of `text` that starts with the stem has that stem ("migrations" of
        "migrat"; not "migratory", nor "immigrants")."""
        assert self.stem is not None
        at = text.find(self.stem)
        while at >= 0:
            if not (at and _WORD.match(text, at - 1)):  # a word starts here
                word = _WORD.match(text, at)
                if word is not None and stem(word.group()) == self.stem:
                    return True
            at = text.find(self.stem, at + 1)
        return False


def needle(word: str) -> Needle:
    """A word of the search, lower-cased; one with punctuation round a single word
    ("migrations,") is stemmed as that word."""
    parts = _WORD.findall(word)
    stemmed = stem(parts[0]) if len(parts) == 1 else None
    if stemmed is None or stemmed == word:
        return Needle(word)
    return Needle(word, stemmed)


def found(needle: Needle, text: str) -> bool:
    """Whether a lower-case text holds the word as typed or another form of it."""
    if needle.stem is None:
        return needle.typed in text
    # The stem is in the word as typed: a text without it holds neither.
    return needle.stem in text and (needle.typed in text or needle.in_forms(text))
