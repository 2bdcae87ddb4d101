"""A rehearsal under way holds a lock on its session (store/live.py): another process sees
it as held, never takes it, and finds it free the moment the holder ends, however it ends."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from systemcraft_tui.store.live import LiveSessions
from tests.store.live_holder import held_in_another_process

SESSION = "00000000-0000-4000-8000-000000000042"


def _holder(folder: Path) -> subprocess.Popen:
    return held_in_another_process(folder, SESSION)


def _freed(live: LiveSessions) -> bool:
    for _ in range(200):
        if not live.held_elsewhere(SESSION):
            return True
        time.sleep(0.01)
    return False


def test_a_session_another_process_rehearses_is_held_there_until_it_is_killed(tmp_path):
    live = LiveSessions(tmp_path / "live")
    assert not live.held_elsewhere(SESSION)
    holder = _holder(tmp_path / "live")
    try:
        assert live.held_elsewhere(SESSION)
        assert not live.hold(SESSION)  # two windows never rehearse one session
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert _freed(live)  # the lock went with the killed process, its file left behind
    assert live.hold(SESSION) and not live.held_elsewhere(SESSION)  # this process's own is not "elsewhere"


def test_a_released_session_leaves_no_file_and_is_free_for_another_process(tmp_path):
    live = LiveSessions(tmp_path / "live")
    assert live.hold(SESSION)
    other = LiveSessions(tmp_path / "live")  # another window's view (a lock is per open file, not per process)
    assert other.held_elsewhere(SESSION)
    live.release(SESSION)
    assert not other.held_elsewhere(SESSION) and not list((tmp_path / "live").iterdir())


def test_a_folder_that_cannot_be_made_holds_nothing_and_refuses_nothing(tmp_path):
    (tmp_path / "live").write_text("a file where the folder goes")
    live = LiveSessions(tmp_path / "live")
    assert live.hold(SESSION) and not live.held_elsewhere(SESSION)


def test_a_name_that_is_no_session_id_is_never_a_path(tmp_path):
    live = LiveSessions(tmp_path / "live")
    assert live.hold("../../etc/passwd") and not live.held_elsewhere("../x")
    assert not (tmp_path / "live").exists()
