"""`lint`, `inspect`, `log import` and the library on what is not a plain file: a FIFO
(opening one waits forever), /dev/zero (endless), a folder, and files past the size caps.

Commands that could hang or eat memory run in a child process with a timeout and an
address-space limit, so a regression fails the test instead of freezing the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from systemcraft_tui.content.library import CONTENT_FILE_LIMIT, load_library
from systemcraft_tui.regular_files import Refused, read_regular
from systemcraft_tui.store.importing import IMPORT_FILE_LIMIT

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "tests" / "fixtures" / "content" / "template_single.md"


def _limited_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "systemcraft_tui.cli", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60, preexec_fn=_limited_memory,
    )  # fmt: skip


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no room on disk."""
    with path.open("wb") as out:
        out.truncate(size)
    return path


@pytest.mark.parametrize("command", [["lint"], ["inspect"], ["inspect", "--json"], ["log", "import"]])
@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_a_fifo_or_a_device_is_refused_as_bad_usage(command, target, fifo):
    path = str(fifo) if target == "fifo" else target
    result = cli(*command, path)
    assert result.returncode == 2, result.stderr
    kind = "a FIFO (named pipe)" if target == "fifo" else "a character device"
    assert f"is {kind}, not a regular file" in result.stderr and "Traceback" not in result.stderr


def test_the_app_refuses_a_fifo_as_extra_content(fifo):
    result = cli("--content", str(fifo))
    assert result.returncode == 2 and "a FIFO (named pipe)" in result.stderr


@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_the_app_refuses_a_fifo_or_a_device_as_voice_input(target, fifo, tmp_path):
    """Opening a FIFO to hear it would wait forever, and /dev/zero is endless silence."""
    path = str(fifo) if target == "fifo" else target
    result = cli("--data-dir", str(tmp_path / "data"), "--voice-input", path)
    kind = "a FIFO (named pipe)" if target == "fifo" else "a character device"
    assert result.returncode == 2 and f"is {kind}, not a regular file" in result.stderr


@pytest.mark.parametrize("missing", ["log import", "lint", "inspect"])
def test_a_missing_file_is_bad_usage_for_every_command(missing, tmp_path):
    result = cli(*missing.split(), str(tmp_path / "nonexistent.json"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_log_import_of_a_folder_is_bad_usage(tmp_path):
    result = cli("log", "import", str(tmp_path))
    assert result.returncode == 2 and "is a folder, not a regular file" in result.stderr


def test_a_content_file_over_the_cap_is_an_error_naming_the_cap(tmp_path):
    big = sparse(tmp_path / "big.md", CONTENT_FILE_LIMIT + 1)
    result = cli("lint", str(big))
    assert result.returncode == 1
    assert f"{big}:1: error: cannot read the file: it is 16.0 MB, more than the 16 MB a content file may be" in result.stdout


def test_an_import_file_over_the_cap_is_rejected(tmp_path):
    big = sparse(tmp_path / "big.json", IMPORT_FILE_LIMIT + 1)
    result = cli("log", "import", str(big))
    assert result.returncode == 1
    assert "more than the 256 MB an import file may be. Nothing was imported." in result.stderr


def _within(seconds: float, work) -> list:
    """What `work()` returned, or a failure if it did not finish in time (a daemon thread
    is left behind rather than the test hanging)."""
    box: list = []

    def run() -> None:
        try:
            box.append(work())
        except Exception as error:  # handed to the test's thread
            box.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    if isinstance(box[0], Exception):
        raise box[0]
    return box


def test_the_library_names_a_fifo_as_a_problem_without_opening_it(fifo, tmp_path):
    [library] = _within(10, lambda: load_library([fifo, TEMPLATE]))
    assert [p.format() for p in library.problems] == [
        f"{fifo}:1: error: cannot read the file: it is a FIFO (named pipe), not a regular file"
    ]
    assert len(library.items) == 1


def test_a_fifo_swapped_in_after_the_look_is_still_refused_without_blocking(fifo, monkeypatch):
    regular = os.stat(TEMPLATE)
    monkeypatch.setattr("systemcraft_tui.regular_files.regular_status", lambda path, limit, what: regular)
    with pytest.raises(Refused, match="a FIFO"):
        _within(10, lambda: read_regular(fifo, 1 << 20, "a test file"))


def test_a_file_that_grows_past_the_cap_while_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    real_stat, real_fstat = os.stat, os.fstat

    def looks_small(status: os.stat_result) -> os.stat_result:
        return os.stat_result((*status[:6], 10, *status[7:]))  # st_size is field 6

    monkeypatch.setattr(os, "stat", lambda path, **kw: looks_small(real_stat(path, **kw)))
    monkeypatch.setattr(os, "fstat", lambda fd: looks_small(real_fstat(fd)))
    with pytest.raises(Refused, match="is more than the"):
        read_regular(path, 60, "a test file")
    assert read_regular(path, 100, "a test file") == b"x" * 100


def test_a_folder_that_cannot_be_looked_at_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    """As another user's folder is (root may look anywhere, so the answer of stat() is changed here)."""
    from systemcraft_tui.ui.library_read import library_paths

    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    locked = config / "systemcraft" / "content"
    real_stat = os.stat

    def refused(path, *args, **kwargs):
        if str(path).startswith(str(locked)):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", refused)
    library = load_library(library_paths())
    assert f"{locked}:1: error: cannot read the file: Permission denied" in [p.format() for p in library.problems]
    assert len(library.items) > 40
