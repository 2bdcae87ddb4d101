"""The log could not be read: say what happened and let the user choose."""

from __future__ import annotations

from rich.text import Text

from systemcraft_tui.service import LogDamaged
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen


class DamagedLogScreen(ConfirmScreen):
    """Dismisses True to start a fresh log (the damaged files stay set aside), False to quit,
    None on Esc (the app quits too); Quit has the focus, and ←/→ move as in every question."""

    def __init__(self, damaged: LogDamaged) -> None:
        super().__init__("", yes="Start a fresh log", no="Quit", default="no")
        self.damaged = damaged

    def asked(self) -> Text:
        text = Text("Your practice log could not be read.\n\n", style="bold")
        for damaged in self.damaged.files:
            text.append(plain(f"• {damaged.describe()}\n"))
        text.append(
            "\nNothing has been overwritten or deleted: a copy of each damaged file is kept beside it. "
            "You can start a fresh log now (the damaged files are moved aside, never deleted), "
            "or quit and look at them first."
        )
        if kept := len(self.damaged.unsaved):
            text.append(
                f"\n\n{kept} saved {'record' if kept == 1 else 'records'} (what you saved while the log could not "
                "take it) will go into the log once it can be read: the fresh log takes them at once."
            )
        return text
