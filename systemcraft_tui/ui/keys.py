"""Keys that act on what was typed before them."""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen


def after_typed_keys(screen: Screen, action: Callable[[], object]) -> None:
    """Run `action` once the focused widget has handled every key sent to it so far.

    A priority binding acts as soon as its key reaches the app, while the characters typed
    just before it can still be waiting in the focused text box's queue (a paste, a fast
    typist, a busy machine). Acting at once would save notes without their last words, or
    file those words under the next section. The action is queued behind them instead, and
    characters typed after the key reach the text box later, so they land after it too.
    This orders typing that the focused widget handles itself (Input, TextArea); keys it
    handles through bindings are acted on later, by the app.
    """
    focused = screen.focused
    if focused is None:
        action()
    else:
        focused.call_later(action)
