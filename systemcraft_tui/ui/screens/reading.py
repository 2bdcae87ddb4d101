"""The shape of a screen that is read, then left: a header, its parts in one scrolling
column, the footer, and Esc to go back."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header

from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter


class ReadingScreen(Screen[None]):
    DEFAULT_CSS = "ReadingScreen > VerticalScroll { padding: 0 1; }"
    BINDINGS = [Binding("escape", "close", "Back")]
    COLUMN_ID = "reading"  # the scrolling column's id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id=self.COLUMN_ID):
            yield from self.parts()
        yield ReadyFooter()

    def parts(self) -> ComposeResult:
        """The widgets of the column, top to bottom."""
        raise NotImplementedError

    async def recompose_in_place(self) -> None:
        """Compose the parts again, the column scrolled where the user had scrolled it (a
        new column opens at the top)."""
        y = self.query_one(f"#{self.COLUMN_ID}", VerticalScroll).scroll_y
        await self.recompose()
        column = self.query_one(f"#{self.COLUMN_ID}", VerticalScroll)
        self.call_after_refresh(lambda: column.scroll_to(y=y, animate=False, immediate=True))  # once laid out

    def action_close(self) -> None:
        self.dismiss(None)
