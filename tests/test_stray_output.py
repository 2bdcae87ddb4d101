"""Native output kept off the app's screen (stray_output.py), checked on a real
pseudo-terminal: what is written to descriptor 2 goes to the log, what Python and Textual
write through stderr still reaches the terminal, and descriptor 2 is the terminal again after."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

CHILD = """
import os, sys
from pathlib import Path
from systemcraft_tui.stray_output import kept_aside

with kept_aside(Path(sys.argv[1])):
    if sys.argv[2] == "noise":
        os.write(2, b"native noise\\n")
    elif sys.argv[2] == "panic":  # a shape markdown-it-pyrs 0.4 panics on (test_markdown_tree.py)
        from systemcraft_tui.content.markdown_nodes import node_outline

        linked = "See [the `guide](x) first.\\n"
        try:
            node_outline(linked, linked, 1 << 15)
        except BaseException as error:
            assert type(error).__name__ == "PanicException"
    sys.__stderr__.write("drawn\\n")
    sys.__stderr__.flush()
    print("python's stderr", file=sys.stderr)
os.write(2, b"after the block\\n")
"""


def run_on_terminal(log: Path, noise: str) -> str:
    leader, follower = pty.openpty()
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(log), noise],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            timeout=60,
            check=True,
        )
        assert child.returncode == 0
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
        return shown.decode()
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)


def test_native_writes_go_to_the_log_and_the_rest_to_the_terminal(tmp_path: Path) -> None:
    log = tmp_path / "cache" / "native-output.log"
    shown = run_on_terminal(log, "noise")
    assert "native noise" not in shown
    assert "drawn" in shown and "python's stderr" in shown and "after the block" in shown
    assert log.read_text() == "native noise\n"


def test_a_rust_panic_s_message_goes_to_the_log(tmp_path: Path) -> None:
    log = tmp_path / "native-output.log"
    shown = run_on_terminal(log, "panic")
    assert "panicked" not in shown and "drawn" in shown
    assert "panicked" in log.read_text()


def test_an_empty_log_is_not_left_behind(tmp_path: Path) -> None:
    log = tmp_path / "native-output.log"
    shown = run_on_terminal(log, "quiet")
    assert "drawn" in shown and "after the block" in shown
    assert not log.exists()


def test_nothing_changes_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    log = tmp_path / "native-output.log"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(log), "noise"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "native noise" in child.stderr and "drawn" in child.stderr
    assert not log.exists()
