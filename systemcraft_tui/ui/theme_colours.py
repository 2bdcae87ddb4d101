"""The theme's colours for Rich renderables (tables, texts, plotext charts).

A theme variable is CSS, not a Rich colour: "#E0E0E099" (with alpha), "auto 87%",
"ansi_default 50%". Handed to `rich.style.Style` raw it raises, and once froze the app.
Here the stylesheet resolves it instead, through a component class per colour, as it does
for any widget: alpha is flattened onto the background and every CSS form works. A widget
that draws in theme colours lists THEME_CLASSES in its COMPONENT_CLASSES and adds
`theme_css(its type name)` to its DEFAULT_CSS."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget

COLOURS = ("primary", "accent", "success", "warning", "error", "foreground-muted")
THEME_CLASSES = frozenset(f"theme--{name}" for name in COLOURS)


def theme_css(type_name: str) -> str:
    return "\n".join(f"{type_name} > .theme--{name} {{ color: ${name}; }}" for name in COLOURS)


def theme_style(widget: Widget, name: str, *, bold: bool = False) -> Style:
    """The theme colour `name` as a Rich style of its own (no background, so it can sit on
    a striped row or a highlighted line)."""
    colour = widget.get_component_rich_style(f"theme--{name}").color
    return Style(color=colour, bold=bold or None)
