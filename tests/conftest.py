"""Shared test fixtures."""

import pytest


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's real practice log or content folder."""
    data = tmp_path / "systemcraft-data"
    monkeypatch.setenv("SYSTEMCRAFT_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return data
