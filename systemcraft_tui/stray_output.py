"""Keeping native libraries' output off the app's screen.

Textual draws on the terminal through `sys.__stderr__`, descriptor 2. Code that is not
Python writes to that descriptor directly, under the drawn screen: a Rust panic's message
when the Markdown parser meets a shape it cannot read (the file is then read by the
fallback parser, so the message tells the user nothing), or the warnings ALSA prints when
the voice extra opens the microphone. While the app runs, descriptor 2 is a log file
instead, and Python's stderr and Textual draw on a copy of the terminal's descriptor."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def kept_aside(log: Path) -> Iterator[None]:
    """What is written to descriptor 2 (not through Python's stderr) goes to `log` until
    the block ends; an empty log is removed then. Nothing changes when stderr is not a
    terminal (the output is then the user's to redirect) or the log cannot be made."""
    if sys.__stderr__ is None or not os.isatty(2):
        yield
        return
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        written = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
    except OSError:
        yield
        return
    python_stderr, textual_stderr = sys.stderr, sys.__stderr__
    terminal = open(os.dup(2), "w", buffering=1, encoding=textual_stderr.encoding, errors=textual_stderr.errors)
    textual_stderr.flush()
    os.dup2(written, 2)
    sys.stderr = terminal
    setattr(sys, "__stderr__", terminal)  # noqa: B010 - typeshed calls it final; Textual's driver reads it
    try:
        yield
    finally:
        terminal.flush()
        os.dup2(terminal.fileno(), 2)
        sys.stderr = python_stderr
        setattr(sys, "__stderr__", textual_stderr)  # noqa: B010
        terminal.close()
        empty = os.fstat(written).st_size == 0
        os.close(written)
        if empty:
            with contextlib.suppress(OSError):
                log.unlink()
