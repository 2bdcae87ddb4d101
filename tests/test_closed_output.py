"""Commands whose standard output cannot take what they print: a full disk (/dev/full) or
a closed descriptor. They say so in one line and exit 1, never a traceback, never a
silent success that printed nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = [["stats"], ["inspect", "data/behavioral"], ["log", "export", "--format", "markdown"], ["log", "export"]]


def _run(args: list[str], data_dir: Path, **streams) -> subprocess.CompletedProcess:
    env = {**os.environ, "SYSTEMCRAFT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "systemcraft_tui.cli", *args],
        cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True, timeout=120, **streams,
    )  # fmt: skip


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", COMMANDS)
def test_output_to_a_full_disk_is_one_error_line(args, tmp_path):
    with open("/dev/full", "w") as full:
        result = _run(args, tmp_path, stdout=full)
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("args", COMMANDS)
def test_a_closed_output_is_an_error_not_a_silent_success(args, tmp_path):
    result = _run(args, tmp_path, stdout=None, pass_fds=(), preexec_fn=lambda: os.close(1))
    assert result.returncode == 1
    assert result.stderr == "Error: standard output is closed, so there is nowhere to print to.\n"


@pytest.mark.parametrize("closed", [0, 1])
def test_the_app_with_its_input_or_output_closed_says_it_needs_a_terminal(closed, tmp_path):
    result = _run([], tmp_path, stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(closed))
    assert result.returncode == 1
    assert result.stderr == "Error: the app needs a terminal, and its standard input or output is closed.\n"
