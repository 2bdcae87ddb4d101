"""Every path on disk the app uses, resolved in one place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "systemcraft"
DATA_DIR_ENV = "SYSTEMCRAFT_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_content_dir() -> Path:
    """The bundled library: inside the package when installed from a wheel,
    at the top of the repository when running from a checkout."""
    installed = _PACKAGE_DIR / "data"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "data"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the practice log lives: --data-dir, then $SYSTEMCRAFT_DATA_DIR,
    then the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_content_dir() -> Path:
    """Markdown files the user drops here join the library on every start."""
    return config_dir() / "content"


def cache_dir() -> Path:
    """Derived data only (parsed content); safe to delete at any time."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
