"""When a screen fails: its compose, mount, a message handler, a timer or a render raises.

Textual sends every unhandled exception to `App._handle_exception`, which stops the app
and prints a traceback with its local variables (a user's notes among them). The message
loop of the widget that raised has already ended, so a failed screen can no longer
answer a key; and when drawing that traceback raised too (a half-built Rich Style in
the locals), nothing stopped and the dead screen stayed on top: a frozen app.

Here the screen that failed (the one the running message pump belongs to) is closed,
with any screen above it, and the user is told in a short notification, back on the
screen below. Only when there is no screen to go back to (the library itself, or the
app's own handlers failed) does the app stop, with a one-line message and exit status 1.
"""

from __future__ import annotations

from weakref import WeakSet

from rich.text import Text
from textual._context import active_message_pump
from textual.app import App
from textual.dom import NoScreen
from textual.screen import Screen
from textual.widget import Widget

from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.ui.screens.library import LibraryScreen

_closing: WeakSet[Screen] = WeakSet()


def describe(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    # An error may quote what it failed on: a megabyte-long imported title would fill the screen.
    return visible(text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…")


_LONGEST = 300


def failed_screen(app: App) -> Screen | None:
    """The screen whose message pump raised, when a screen below it can take over."""
    try:
        pump = active_message_pump.get()
        screen = pump.screen if isinstance(pump, Widget) else None
    except (LookupError, NoScreen):
        return None
    stack = app.screen_stack
    if screen is None or screen not in stack:
        return None
    # The library takes over: it is the first screen.
    below = stack[: stack.index(screen)]
    return screen if any(isinstance(other, LibraryScreen) for other in below) else None


def recover(app: App, error: Exception) -> bool:
    """Close the screen that raised `error` and say so; False when nothing can take over."""
    screen = failed_screen(app)
    if screen is None:
        return False
    app.log.error(f"{screen!r} failed and is closed: {error!r}")
    if screen not in _closing:  # a failed compose is followed by a failed mount: close once
        _closing.add(screen)
        app.call_later(_close, app, screen, error)
    return True


async def _close(app: App, screen: Screen, error: Exception) -> None:
    while screen in app.screen_stack:
        await app.pop_screen()
    tell(app, error)


def tell(app: App, error: Exception) -> None:
    app.notify(
        f"Something went wrong on that screen, so it was closed; you are back where you were. ({describe(error)})",
        title="Screen closed",
        severity="error",
        timeout=20,
        markup=False,
    )


def stop(app: App, error: Exception) -> None:
    """Nothing to go back to: end the app with a short message and exit status 1."""
    if app._exception is not None:  # stopping already: a failed compose is followed by a failed mount
        return
    app._exception = error  # as Textual does, so App.run_test() raises it in a test
    app._exception_event.set()
    message = Text(
        f"SystemCraft stopped on an internal error:\n  {describe(error)}\nEverything saved before it is in your practice log."
    )
    app.exit(return_code=1, message=message)
