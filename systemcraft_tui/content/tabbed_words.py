"""Text pasted from a PDF with a tab between its words (`How`, a tab, `do`, a tab, `you` …): a tab is
a space to a reader, but the rules that know a question by its words (`how do you`) read
words spaced by spaces."""

from __future__ import annotations

import re

from systemcraft_tui.content.fences import rewritten_outside_fences

# Tabs between two words, spaces beside them too; the indent that opens a line is left as it is.
_BETWEEN_WORDS = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
_FEWEST_TABBED = 2  # tabs between words on one line: words pasted so, not a column or two set apart


def with_tabbed_words_spaced(text: str) -> str:
    """The text with the tabs between the words of such a line, outside code fences, each run of
    them one space, every line where it was; the text itself when it has none."""
    if "\t" not in text or _BETWEEN_WORDS.search(text) is None:
        return text
    return rewritten_outside_fences(text, _spaced)


def _spaced(line: str) -> str:
    return _BETWEEN_WORDS.sub(" ", line) if "\t" in line and len(_BETWEEN_WORDS.findall(line)) >= _FEWEST_TABBED else line
