"""Text from users and content files, made safe to put on a terminal.

Any string that came from a file, an import or a keyboard may hold escape sequences that
set the terminal's title, write its clipboard (OSC 52), make it answer a query into the
input, or reorder what is shown (bidi overrides). `visible` turns every such character
into a printable stand-in, so the user sees that it was there and the terminal sees
nothing it would act on. Rich markup is a separate matter: render user text as
`rich.text.Text` (or with markup off); this module only handles control characters."""

from __future__ import annotations

_KEPT = {"\t", "\n"}
# C0 controls and DEL have their own printable "control pictures" (U+2400 block): ESC is ␛.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in _KEPT}
_TABLE[0x7F] = "\u2421"  # ␡
# C1 controls (0x80-0x9F: CSI, OSC, DCS, ST...) have none: they are written as \x9b.
_TABLE.update({code: f"\\x{code:02x}" for code in range(0x80, 0xA0)})
# Characters that reorder or hide text on screen: bidi embeddings, overrides and isolates.
_TABLE.update({code: f"<U+{code:04X}>" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x061C)})
# A lone surrogate: a file name's undecodable byte (0x9b becomes U+DC9B), which the
# terminal's stream would write back as that raw byte (an 8-bit CSI), or an import's text.
_TABLE.update({code: f"\\u{code:04x}" for code in range(0xD800, 0xE000)})


def visible(text: str) -> str:
    """`text` with every terminal control character shown as a printable stand-in.

    Tabs and newlines stay; a Windows line end (CR LF) is read as a newline."""
    if text.isprintable():  # the common case costs one C-level scan
        return text
    return text.replace("\r\n", "\n").translate(_TABLE)


def pasted(text: str) -> str:
    """Pasted text as `visible` shows it, except that a lone CR is a line break too: most
    terminals (tmux among them) paste each line end as CR."""
    return visible(text.replace("\r\n", "\n").replace("\r", "\n"))


def has_controls(text: str) -> bool:
    """True when `visible` would change `text` (other than CR LF line ends)."""
    return visible(text) != text.replace("\r\n", "\n")
