"""Where audio is kept and how it goes: standard library only, so these run without the extra."""

import stat

import pytest

from systemcraft_tui.voice.recordings import (
    delete_session_audio,
    make_private_folder,
    new_part,
    recordings_dir,
    session_bytes,
    session_folder,
    step_parts,
)
from tests.hostile import ALL as HOSTILE_TEXTS


def test_recordings_live_beside_the_log(private_data_dir, tmp_path):
    assert recordings_dir() == private_data_dir / "recordings"
    assert recordings_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere" / "recordings"
    assert session_folder("3f2a-uuid_1") == private_data_dir / "recordings" / "3f2a-uuid_1"


@pytest.mark.parametrize("session_id", ["../../etc", "/abs/path", "a/b", "", "x" * 65, *HOSTILE_TEXTS])
def test_an_odd_session_id_never_leaves_the_recordings_folder(session_id, private_data_dir):
    folder = session_folder(session_id)
    assert folder.parent == private_data_dir / "recordings"
    assert folder.name.startswith("id-") and len(folder.name) == 35
    assert session_folder(session_id) == folder  # the same id finds the same folder


def test_parts_in_recording_order_and_private(tmp_path):
    folder = make_private_folder(tmp_path / "missing" / "session")
    assert stat.S_IMODE(folder.stat().st_mode) == stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    created = [new_part(folder, 10) for _ in range(3)] + [new_part(folder, 1), new_part(folder, 100)]
    assert [p.name for p in created] == ["step-10.ogg", "step-10.1.ogg", "step-10.2.ogg", "step-01.ogg", "step-100.ogg"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in created)
    (folder / "step-10.notes.txt").write_text("not audio")
    assert step_parts(folder, 10) == created[:3]
    assert step_parts(folder, 2) == [] and step_parts(tmp_path / "none", 10) == []


def test_a_users_own_data_folder_keeps_its_mode(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o755)
    make_private_folder(mine / "voice")
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755


def test_deleting_a_sessions_audio(private_data_dir):
    folder = make_private_folder(session_folder("s1"))
    new_part(folder, 0).write_bytes(b"x" * 10)
    new_part(folder, 1).write_bytes(b"y" * 5)
    assert session_bytes("s1") == 15
    assert delete_session_audio("s1") is True
    assert not folder.exists() and session_bytes("s1") == 0
    assert delete_session_audio("s1") is False
