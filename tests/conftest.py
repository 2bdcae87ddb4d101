"""Shared test fixtures."""

import gc
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


def pytest_collection_finish(session):
    """One process runs a few hundred apps, each making and dropping hundreds of thousands of
    objects: at Python's default thresholds the collector took about a sixth of a pilot test's
    time, most of it full passes over what the imports and the collection made, which lives
    until the end. That is frozen out of the passes, and the young are collected once 10,000
    more objects were made than freed, not 700 (a test that needs a collection calls gc.collect())."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


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
