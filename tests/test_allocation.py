"""The collector paused while the app starts, and resumed once the whole library shows."""

import gc

import pytest

from systemcraft_tui.core import allocation


@pytest.fixture
def collecting():
    yield
    gc.enable()
    allocation._paused_for_start = False


def test_paused_for_the_start_and_resumed_once(collecting, monkeypatch):
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    allocation.pause_for_start()
    assert not gc.isenabled()
    allocation.started()
    assert gc.isenabled() and frozen == [1]
    allocation.started()  # a second first screen (the log opened afresh): nothing more
    assert frozen == [1]


def test_an_app_started_without_the_pause_leaves_the_collector_as_it_was(collecting, monkeypatch):
    """Tests build many apps in one process: nothing of theirs is frozen for good."""
    monkeypatch.setattr(gc, "freeze", lambda: pytest.fail("froze a heap it did not pause"))
    gc.disable()
    allocation.started()
    assert not gc.isenabled()
