"""What commands print. Every piece of user or content text (titles, notes, file names,
messages quoting them) goes to the terminal through `terminal_text.visible`, so an escape
sequence in a content file or an import is shown, never acted on. Rich renders user text
as `Text`, never as markup."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, NoReturn

import click

from systemcraft_tui.core.terminal_text import visible

# What `json.dumps(..., ensure_ascii=False)` leaves raw but a terminal acts on: DEL, the
# C1 controls and the bidi controls (C0 controls are escaped by JSON itself); and lone
# surrogates, which the stream would write as raw bytes (a file name's 0x9b: a C1 CSI).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u061c\ud800-\udfff]")


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    # A lone surrogate (which a user can type, and the log keeps) cannot be encoded: shown as an escape.
    click.echo(visible(text).encode("utf-8", "backslashreplace").decode("utf-8"), err=err, nl=nl)


def fail(message: str) -> NoReturn:
    echo(f"Error: {message}", err=True)
    sys.exit(1)


def inert(value: Any) -> Any:
    """A JSON-like value with `visible` applied to every string in it (keys included)."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {inert(key): inert(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [inert(item) for item in value]
    return value


def terminal_json(value: Any) -> str:
    """Readable JSON (non-ASCII letters kept) that a terminal shows literally: the
    characters it would act on are written as \\u escapes, so the JSON reads back exactly."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
