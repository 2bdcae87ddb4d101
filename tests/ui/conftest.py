"""Pilot tests fail on a screen that failed, even though the app recovers from it."""

import pytest

from systemcraft_tui.ui import screen_errors


@pytest.fixture(autouse=True)
def screen_failures(request, monkeypatch):
    """Every error a screen raised and the app recovered from (ui/screen_errors.py). Users see
    a notification; a test fails, unless it asks for `expected_screen_failures`."""
    failures: list[Exception] = []
    recover = screen_errors.recover

    def recording(app, error):
        recovered = recover(app, error)
        if recovered:
            failures.append(error)
        return recovered

    monkeypatch.setattr(screen_errors, "recover", recording)
    yield failures
    if "expected_screen_failures" not in request.fixturenames:
        assert not failures, f"a screen failed (the app closed it): {failures!r}"


@pytest.fixture
def expected_screen_failures(screen_failures):
    return screen_failures
