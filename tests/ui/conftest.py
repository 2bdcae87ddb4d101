"""Pilot tests fail on a screen that failed, even though the app recovers from it; and they
begin once the app has opened the practice log. `utc`: dates shown in UTC."""

import contextlib
import time
import weakref

import pytest

from systemcraft_tui.ui import screen_errors
from systemcraft_tui.ui.app import SystemCraftApp
from tests.ui.apps import until


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


@pytest.fixture(autouse=True)
def log_opened_first(request, monkeypatch):
    """The app opens the log in a worker after its first frame: a pilot test (`run_test`) or a
    snapshot (`run_async` with an auto pilot) begins once the app has handled its LogOpened
    message, or once the app has stopped (a test of an app that stops at its start would
    otherwise wait out `until`'s 20 s), unless it asks for `log_not_open_yet`."""
    if "log_not_open_yet" in request.fixturenames:
        return
    handled: weakref.WeakSet[SystemCraftApp] = weakref.WeakSet()
    on_log_opened, run_test, run_async = SystemCraftApp.on_log_opened, SystemCraftApp.run_test, SystemCraftApp.run_async

    def recording(app, message):
        on_log_opened(app, message)
        handled.add(app)

    def begun(app) -> bool:
        return app in handled or app.return_code is not None

    @contextlib.asynccontextmanager
    async def opened_first(app, *args, **kwargs):
        async with run_test(app, *args, **kwargs) as pilot:
            await until(pilot, lambda: begun(app))
            yield pilot
            if app.return_code is None and app.is_running:
                # A test may end the instant a screen is pushed (an `until` that saw it): its
                # widgets handle what their mount began before the app closes them. Closed
                # mid-mount, a Header's title, still to be set, raised NoMatches (HeaderTitle).
                await pilot.pause()

    async def run_async_opened_first(app, *args, auto_pilot=None, **kwargs):
        if auto_pilot is not None:
            then = auto_pilot

            async def auto_pilot(pilot):
                await until(pilot, lambda: begun(app))
                await then(pilot)

        return await run_async(app, *args, auto_pilot=auto_pilot, **kwargs)

    monkeypatch.setattr(SystemCraftApp, "on_log_opened", recording)
    monkeypatch.setattr(SystemCraftApp, "run_test", opened_first)
    monkeypatch.setattr(SystemCraftApp, "run_async", run_async_opened_first)


@pytest.fixture
def log_not_open_yet():
    """The test begins at the app's first frame, before the log is open."""


@pytest.fixture
def utc(monkeypatch):
    """Dates on screen in UTC, so what a test sees does not depend on where it runs."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
