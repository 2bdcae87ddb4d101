"""A footer whose keys are in the frame it is first drawn in, styled once."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from systemcraft_tui.ui.practice_app import practice_app


class KeysLine(FooterKey):
    """Side by side, the keys a footer would show as FooterKeys, drawn as they draw them (with
    their styles: the same CSS applies) by one widget: a FooterKey is a widget and two styled
    components, so nine of them cost as much as the rest of the library's first frame."""

    def __init__(self, keys: Sequence[FooterKey]) -> None:
        super().__init__(keys[0].key, keys[0].key_display, keys[0].description, keys[0].action)
        self.keys = [(key.key, key.key_display, key.description) for key in keys]
        self.set_reactive(FooterKey.compact, keys[0].compact)
        self.set_class(keys[0].compact, "-compact")  # what the reactive's watcher would set: set_reactive skips it

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        key_padding = self.get_component_styles("footer-key--key").padding
        description_padding = self.get_component_styles("footer-key--description").padding
        parts: list[tuple[str, Style]] = []
        for number, (_key, key_display, description) in enumerate(self.keys):
            if number:  # a compact footer's keys each have a margin after them: here, inside the line
                parts.append((" " * self.styles.margin.right, self.parent.rich_style if self.parent else self.rich_style))
            parts.append((" " * key_padding.left + key_display + " " * key_padding.right, key_style))
            if description:
                padded = " " * description_padding.left + description + " " * description_padding.right
                parts.append((padded, description_style))
        line = Text.assemble(*parts)
        line.stylize_before(self.rich_style)
        return line

    def on_mouse_down(self, event: events.MouseDown | None = None) -> None:
        """The key under the pointer, as its own FooterKey would."""
        if event is None:
            return
        event.prevent_default()  # not FooterKey's own handler, which would press the first key
        key_padding = self.get_component_styles("footer-key--key").padding
        description_padding = self.get_component_styles("footer-key--description").padding
        end = 0
        for key, key_display, description in self.keys:
            end += key_padding.left + cell_len(key_display) + key_padding.right
            if description:
                end += description_padding.left + cell_len(description) + description_padding.right
            if event.x < end:
                self.app.simulate_key(key)
                return
            end += self.styles.margin.right


class ReadyFooter(Footer):
    """Textual's Footer composes its keys only once the screen first says its bindings
    changed, a moment after the screen is mounted: on the app's first screen, painted as
    soon as Textual's start-up batch ends, that is a frame after the first one. This one
    has them from the start (the screen's own keys: nothing is focused yet, and the
    library's table shows none of its own); later changes reach it as they reach Footer.

    `first_frame`: for the app's first screen, the keys are drawn by one KeysLine until that
    frame is shown, then each by its own FooterKey (for its hover and tooltip), in one update
    that looks the same."""

    def __init__(self, first_frame: bool = False, compact: bool = False) -> None:
        super().__init__(compact=compact)
        self.set_reactive(Footer._bindings_ready, True)
        self._in_one_line = first_frame

    def on_mount(self) -> None:
        if self._in_one_line:
            practice_app(self).after_first_frame(self._keys_apart)

    def _keys_apart(self) -> None:
        self._in_one_line = False
        self.call_later(self.recompose)  # composed as the footer (its keys bind to it), as Footer recomposes

    def compose(self) -> ComposeResult:
        # A binding's key starts compact and is then bound to the footer's own setting: each
        # change of its class restyles it, twice per key before the first frame. Set from
        # the start (the palette's key is not bound: it stays compact).
        widgets: list[Widget] = []
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
            widgets.append(widget)
        keys = [widget for widget in widgets if type(widget) is FooterKey and not widget.classes]
        if self._in_one_line and keys and keys == widgets[: len(keys)] and len(widgets) - len(keys) <= 1:
            # Only plain keys (no group, none disabled), then the palette's key, if shown.
            yield KeysLine(keys)
            yield from widgets[len(keys) :]
        else:
            yield from widgets
