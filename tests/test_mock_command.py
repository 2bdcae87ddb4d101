"""`systemcraft mock`: the format and seed it opens the app with, and clear refusals."""

from __future__ import annotations

import pytest

from systemcraft_tui.commands.mock import FORMAT_KEYS
from systemcraft_tui.practice.mock_formats import FORMATS
from tests.test_command_line import run, started  # noqa: F401 (a fixture)


def test_the_command_line_knows_every_format():
    assert FORMAT_KEYS == tuple(FORMATS)


@pytest.mark.parametrize(("args", "mock"), [
    (("mock", "loop", "--seed", "5"), ("loop", 5)),
    (("mock", "bar-raiser"), ("bar-raiser", None)),
    (("--probe-seconds", "45-75", "mock", "behavioral", "--seed", "0"), ("behavioral", 0)),
])  # fmt: skip
def test_the_app_opens_straight_into_the_mock(started, args, mock):  # noqa: F811
    result = run(*args)
    assert result.exit_code == 0, result.output
    settings = started[0]
    assert settings.mock == mock
    assert settings.probe_seconds == ((45, 75) if "45-75" in args else (60, 90))


@pytest.mark.parametrize("where", ["before", "after"])
def test_the_data_folder_is_taken_before_or_after_the_command(started, tmp_path, where):  # noqa: F811
    # The README: --data-dir works on `systemcraft` itself or on any command.
    folder = ["--data-dir", str(tmp_path)]
    result = run(*folder, "mock", "loop") if where == "before" else run("mock", "loop", *folder)
    assert result.exit_code == 0, result.output
    assert started[0].data_dir == tmp_path


def test_without_a_command_the_app_opens_on_the_library(started):  # noqa: F811
    assert run().exit_code == 0
    assert started[0].mock is None


@pytest.mark.parametrize(("args", "complaint"), [
    (("mock", "panel"), "Invalid value for 'FORMAT': 'panel' is not one of 'behavioral', 'design', 'bar-raiser', 'loop'"),
    (("mock",), "Missing argument 'FORMAT'"),
    (("mock", "loop", "--seed", "-1"), "Invalid value for '--seed': -1 is not in the range x>=0"),
    (("mock", "loop", "--seed", "soon"), "Invalid value for '--seed': 'soon' is not a valid integer"),
    (("mock", "design", "--seed"), "Option '--seed' requires an argument"),
])  # fmt: skip
def test_bad_arguments_are_refused_in_words(started, args, complaint):  # noqa: F811
    result = run(*args)
    assert result.exit_code == 2 and complaint in result.output and "Traceback" not in result.output
    assert started == []
