"""The library: every scenario and problem the app can rehearse, with a preview."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import ContentItem
from systemcraft_tui.ui.preview import item_preview, plain
from systemcraft_tui.ui.screens.problems import ProblemsScreen

KIND_LABELS = {
    "behavioral": "Behavioral",
    "system_design": "System design",
    "deep_dive": "Deep dive",
    "plan": "Plan",
}


class LibraryScreen(Screen[None]):
    BINDINGS = [
        Binding("p", "show_problems", "Content problems"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield DataTable(id="items", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="preview"):
                yield Static(id="preview-text")
        yield Static(self._status(), id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#items", DataTable)
        table.add_columns("Kind", "Level", "Title")
        for item in self.library.items:
            table.add_row(KIND_LABELS[item.kind], item_level(item), Text(plain(item.title)), key=item.id)
        table.focus()
        if self.library.items:
            self._show(self.library.items[0])

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        item = self.library.get(str(event.row_key.value))
        if item is not None:
            self._show(item)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        item = self.library.get(str(event.row_key.value))
        if item is not None:
            self.app.rehearse(item)

    def _show(self, item: ContentItem) -> None:
        self.query_one("#preview-text", Static).update(item_preview(item))

    def _status(self) -> Text:
        status = Text(f"{len(self.library.items)} items")
        if self.library.problems:
            errors, warnings = len(self.library.errors), len(self.library.warnings)
            status.append(f" · content problems: {errors} errors, {warnings} warnings (p to list)", style="bold yellow")
        return status

    def action_show_problems(self) -> None:
        self.app.push_screen(ProblemsScreen(self.library.problems))


def item_level(item: ContentItem) -> str:
    return "/".join(item.levels) or "–"
