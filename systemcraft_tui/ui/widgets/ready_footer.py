"""A footer whose keys are in the frame it is first drawn in, styled once."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class ReadyFooter(Footer):
    """Textual's Footer composes its keys only once the screen first says its bindings
    changed, a moment after the screen is mounted: on the app's first screen, painted as
    soon as Textual's start-up batch ends, that is a frame after the first one. This one
    has them from the start (the screen's own keys: nothing is focused yet, and the
    library's table shows none of its own); later changes reach it as they reach Footer."""

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(Footer._bindings_ready, True)

    def compose(self) -> ComposeResult:
        # A binding's key starts compact and is then bound to the footer's own setting: each
        # change of its class restyles it, twice per key before the first frame. Set from
        # the start (the palette's key is not bound: it stays compact).
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget
