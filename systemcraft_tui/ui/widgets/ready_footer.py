"""A footer whose keys are in the frame it is first drawn in."""

from __future__ import annotations

from textual.widgets import Footer


class ReadyFooter(Footer):
    """Textual's Footer composes its keys only once the screen first says its bindings
    changed, a moment after the screen is mounted: on the app's first screen, painted as
    soon as Textual's start-up batch ends, that is a frame after the first one. This one
    has them from the start (the screen's own keys: nothing is focused yet, and the
    library's table shows none of its own); later changes reach it as they reach Footer."""

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(Footer._bindings_ready, True)
