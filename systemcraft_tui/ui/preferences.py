"""Choices made in the app that outlast it (the theme, voice on or off): a small JSON file in the config
folder, written atomically. A file that cannot be read, or holds something unexpected, is
ignored: the defaults are used, and the next choice writes a good file over it."""

from __future__ import annotations

import json
from pathlib import Path

from systemcraft_tui.locations import config_dir

MAX_BYTES = 64 * 1024  # far more than a few preferences need; anything bigger is not ours


def preferences_path() -> Path:
    return config_dir() / "settings.json"


def read_preferences(path: Path) -> dict[str, object]:
    if not path.is_file():  # missing, or a folder or a FIFO (whose read would wait forever)
        return {}
    try:
        with path.open("rb") as file:
            data = json.loads(file.read(MAX_BYTES + 1))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_theme(path: Path) -> str | None:
    theme = read_preferences(path).get("theme")
    return theme if isinstance(theme, str) else None


def saved_flag(path: Path, key: str) -> bool:
    return read_preferences(path).get(key) is True


def save_theme(path: Path, theme: str) -> None:
    save_preference(path, "theme", theme)


def save_preference(path: Path, key: str, value: str | bool) -> None:
    """Keep `value` under `key`, and any other preference the file already holds."""
    from systemcraft_tui.store.durable import atomic_write  # the store loads after the first frame

    preferences = read_preferences(path)
    preferences[key] = value
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write(path, json.dumps(preferences, indent=2).encode())
