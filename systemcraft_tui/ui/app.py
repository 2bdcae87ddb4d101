"""The Textual app: one App subclass, built by `create_app` for the CLI and the tests alike."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import App

from systemcraft_tui.content.library import Library, load_library
from systemcraft_tui.locations import bundled_content_dir, user_content_dir
from systemcraft_tui.ui.screens.library import LibraryScreen


class SystemCraftApp(App[None]):
    """Rehearse interview answers against the clock."""

    TITLE = "SystemCraft"
    SUB_TITLE = "interview rehearsal"
    CSS_PATH = "app.tcss"

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.library))


def library_paths(extra: Sequence[Path] = ()) -> list[Path]:
    """The bundled library, then --content folders, then the user's own content folder."""
    paths = [bundled_content_dir(), *extra]
    if user_content_dir().is_dir():
        paths.append(user_content_dir())
    return paths


def create_app(content: Sequence[Path] = ()) -> SystemCraftApp:
    return SystemCraftApp(load_library(library_paths(content)))
