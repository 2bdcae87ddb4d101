"""Shared test fixtures."""

import os
import shutil
import tempfile

import pytest


def pytest_configure(config):
    """With PYTHONDONTWRITEBYTECODE set, every Python a test starts (the CLI, the writers
    killed mid-save, the app in a pseudo-terminal) compiles the app and its libraries from
    source again, about a second each on this machine: for this run they keep their
    bytecode in a folder of their own instead, never beside the sources."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
        config._bytecode_folder = tempfile.mkdtemp(prefix="systemcraft-tests-pycache-")
        os.environ["PYTHONPYCACHEPREFIX"] = config._bytecode_folder
        del os.environ["PYTHONDONTWRITEBYTECODE"]


def pytest_unconfigure(config):
    if folder := getattr(config, "_bytecode_folder", None):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's real practice log or content folder."""
    data = tmp_path / "systemcraft-data"
    monkeypatch.setenv("SYSTEMCRAFT_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return data
