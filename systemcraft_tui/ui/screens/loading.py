"""What the app shows while it reads the library: how many content files are read so far.
The first frame never waits for the content, and the app answers keys (help, quit) the
while; the library screen replaces this one when the last file is read."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

SHOWN_EVERY = 0.05  # seconds between progress updates: a frame's worth, not one per file


class LoadingScreen(Screen[None]):
    DEFAULT_CSS = """
    LoadingScreen { align: center middle; }
    LoadingScreen > #reading { width: 60; max-width: 95%; height: auto; }
    LoadingScreen #reading-title { text-style: bold; margin-bottom: 1; }
    LoadingScreen #reading-bar { margin-top: 1; }
    """
    BINDINGS = [Binding("q", "app.quit", "Quit")]

    class Read(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

    def __init__(self) -> None:
        super().__init__()
        self._posted = 0.0
        self._then: Callable[[], None] | None = None

    def compose(self) -> ComposeResult:
        # No Header: its title callbacks can outlive a screen this short-lived.
        with Vertical(id="reading"):
            yield Static("SystemCraft", id="reading-title")
            yield Static("Reading the content library…", id="reading-text")
            yield ProgressBar(show_eta=False, id="reading-bar")
        yield Footer()

    def progress(self, done: int, total: int) -> None:
        """Called from the reading thread for each file read; shown a few times a second."""
        now = time.monotonic()
        if now - self._posted >= SHOWN_EVERY or done == total:
            self._posted = now
            self.post_message(self.Read(done, total))

    def finish(self, then: Callable[[], None]) -> None:
        """Run `then`, which replaces this screen, once this screen is on top: help or the
        palette may be open over it when the last file is read."""
        if self.is_active:
            then()
        else:
            self._then = then

    def on_screen_resume(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self.call_later(then)

    def on_loading_screen_read(self, event: Read) -> None:
        files = f"{event.done:,} of {event.total:,} {'file' if event.total == 1 else 'files'}"
        self.query_one("#reading-text", Static).update(f"Reading the content library: {files}")
        self.query_one("#reading-bar", ProgressBar).update(total=event.total, progress=event.done)
