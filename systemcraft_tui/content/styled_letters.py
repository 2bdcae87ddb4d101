"""Words typed in the letters Unicode keeps for mathematics (`Topics` in bold sans-serif
letters, `Situation` in italic ones), as posts pasted from a site with no bold fake it: to a
reader they are the plain word in a bold or italic face, but to the rules that know a label or
a heading by its words they are no letters of it."""

from __future__ import annotations

import re
import unicodedata

from systemcraft_tui.content.fences import rewritten_outside_fences

# The block of letters and digits styled for mathematics (bold, italic, sans-serif, monospace, …).
_STYLED = re.compile("[\U0001d400-\U0001d7ff]+")
_STYLED_UTF8 = b"\xf0\x9d"


def _plain(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match[0])


def with_styled_letters_plain(text: str) -> str:
    """The text with each such letter or digit, outside code fences, the plain one it stands for,
    every line where it was; the text itself when it has none."""
    # Every letter of the block opens with these two bytes in UTF-8: looked for there, in the
    # encoded text, at a sixth of the pattern's cost over a page that has none.
    if text.isascii() or _STYLED_UTF8 not in text.encode("utf-8", "surrogatepass") or _STYLED.search(text) is None:
        return text
    return rewritten_outside_fences(text, lambda line: _STYLED.sub(_plain, line))
