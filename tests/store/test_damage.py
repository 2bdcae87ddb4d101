"""One test per kind of damage: the log refuses to guess, names the file, keeps its bytes
aside under a timestamped name, and starts fresh only when asked."""

from __future__ import annotations

import json
import os
import random

import pytest

from systemcraft_tui.store import KeptUnsaved, LogDamaged, PracticeLog
from systemcraft_tui.store.importing import read_export
from systemcraft_tui.store.schema import SCHEMA_VERSION
from systemcraft_tui.store.unsaved import waiting
from tests.store import factories
from tests.store.factories import segments


def _newer_schema(raw: bytes) -> bytes:
    tables = json.loads(raw)
    tables["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    return json.dumps(tables).encode()


DAMAGE = {
    "empty": (lambda raw: b"", "is empty"),
    "blank": (lambda raw: b"\n  \n", "holds only blank space"),
    "truncated": (lambda raw: raw[: len(raw) // 2], "is cut short"),
    "not-json": (lambda raw: b"<html>oops</html>", "is not valid JSON"),
    "not-utf8": (lambda raw: raw.replace(b'"title":"', b'"title":"\xff\xfe', 1), "is not UTF-8 text"),
    "newer-schema": (_newer_schema, f"newer SystemCraft (schema version {SCHEMA_VERSION + 1}"),
    "not-a-log": (lambda raw: b"[1, 2, 3]", "is not a SystemCraft log file"),
    "no-meta": (lambda raw: b'{"sessions": {}}', "has no schema version"),
    "bad-table": (lambda raw: b'{"meta": {"1": {"schema_version": 1}}, "sessions": {"x": {}}}', "not a set of numbered records"),
}


def _target(log: PracticeLog, which: str):
    return log.folder.practice if which == "practice" else segments(log)[0]


@pytest.mark.parametrize("which", ["practice", "sessions"])
@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_named_kept_and_only_replaced_when_asked(seeded, data_dir, kind, which):
    damage, reason = DAMAGE[kind]
    target = _target(seeded, which)
    damaged = damage(target.read_bytes())
    target.write_bytes(damaged)

    with pytest.raises(LogDamaged) as caught:
        PracticeLog.open(data_dir)
    [report] = caught.value.files
    message = str(caught.value)
    assert report.path == target and reason in report.reason
    assert str(target) in message and reason in message and str(report.kept_at) in message
    assert target.read_bytes() == damaged  # untouched, byte for byte
    assert report.kept_at.read_bytes() == damaged
    assert report.kept_at.name.startswith(f"{target.name}.damaged-")

    with pytest.raises(LogDamaged) as again:  # asking twice keeps one copy, not two
        PracticeLog.open(data_dir)
    assert again.value.files[0].kept_at == report.kept_at
    assert len(list(target.parent.glob("*.damaged-*"))) == 1

    fresh = PracticeLog.open(data_dir, start_fresh=True)
    assert [(d.path, d.kept_at) for d in fresh.set_aside] == [(target, report.kept_at)]
    assert report.kept_at.read_bytes() == damaged  # never overwritten, never deleted
    if which == "practice":
        assert fresh.stories() == [] and len(fresh.summaries()) == 130
    else:
        assert len(fresh.summaries()) == 130 - 100 and len(fresh.stories()) == 3
    fresh.save(factories.story(random.Random(9), 9))
    assert PracticeLog.open(data_dir).set_aside == []


def test_every_damaged_file_is_reported_at_once(seeded, data_dir):
    seeded.folder.practice.write_bytes(b"")
    segments(seeded)[1].write_bytes(b"{")
    with pytest.raises(LogDamaged) as caught:
        PracticeLog.open(data_dir)
    assert [f.path for f in caught.value.files] == [seeded.folder.practice, segments(seeded)[1]]
    assert len(str(caught.value).splitlines()) == 2


def test_a_file_damaged_while_the_log_is_open_stops_the_save_and_keeps_the_record(seeded, data_dir):
    newest = segments(seeded)[-1]
    newest.write_bytes(b"\x00" * 64)  # what a crash of a careless editor can leave
    session = factories.session(random.Random(1), 999)
    with pytest.raises(KeptUnsaved, match="is not valid JSON") as caught:
        seeded.save(session)
    assert newest.read_bytes() == b"\x00" * 64
    damaged = caught.value.cause
    assert isinstance(damaged, LogDamaged) and damaged.files[0].kept_at.read_bytes() == b"\x00" * 64
    assert read_export(waiting(seeded.folder.unsaved)[0]) == [session]  # see test_unsaved.py


def test_malformed_records_are_skipped_with_a_warning_and_survive_later_saves(seeded, data_dir):
    segment = segments(seeded)[1]
    tables = json.loads(segment.read_bytes())
    doc_ids = sorted(tables["sessions"], key=int)
    tables["sessions"][doc_ids[0]]["score"] = 400
    tables["sessions"][doc_ids[1]] = "garbage"
    segment.write_text(json.dumps(tables))
    practice = json.loads(seeded.folder.practice.read_bytes())
    practice["stories"]["1"]["impact"] = 9
    seeded.folder.practice.write_text(json.dumps(practice))

    log = PracticeLog.open(data_dir)
    assert len(log.summaries()) == 128 and len(log.stories()) == 2
    assert len(log.warnings) == 3
    assert any(str(segment) in w and "score: must be 0 to 100, found 400" in w for w in log.warnings)
    assert any("stories" in w and "impact: must be 1 to 5, found 9" in w for w in log.warnings)

    log.save(factories.session(random.Random(1), 500))  # lands in the file with the bad records
    log.save(factories.story(random.Random(1), 77))
    after = json.loads(segment.read_bytes())["sessions"]
    assert after[doc_ids[1]] == "garbage" and after[doc_ids[0]]["score"] == 400
    assert json.loads(seeded.folder.practice.read_bytes())["stories"]["1"]["impact"] == 9
    assert len(PracticeLog.open(data_dir).warnings) == 3


def test_the_kept_copy_is_a_real_copy_so_fixing_the_file_in_place_leaves_it(seeded, data_dir, monkeypatch):
    target = seeded.folder.practice
    target.write_bytes(b'{"meta": {"1": {"schema_version": 1}}, "stories": {"1": ')
    damaged = target.read_bytes()
    synced: set[int] = set()
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.add(os.fstat(fd).st_ino), real_fsync(fd)))
    with pytest.raises(LogDamaged) as caught:
        PracticeLog.open(data_dir)
    kept = caught.value.files[0].kept_at
    assert not os.path.samefile(kept, target) and target.stat().st_nlink == 1
    assert kept.stat().st_ino in synced, "the copy is on disk before it is named in a message"
    with target.open("r+b") as editor:  # what nano does: the same file, new bytes
        editor.write(b"X" * len(damaged))
    assert kept.read_bytes() == damaged


def test_an_earlier_hard_linked_copy_is_not_taken_for_a_kept_copy(seeded, data_dir):
    target = seeded.folder.practice
    target.write_bytes(b"{")
    linked = target.with_name(f"{target.name}.damaged-20240101T000000Z")
    os.link(target, linked)  # how older versions kept it
    with pytest.raises(LogDamaged) as caught:
        PracticeLog.open(data_dir)
    kept = caught.value.files[0].kept_at
    assert kept != linked and not os.path.samefile(kept, target) and kept.read_bytes() == b"{"


def test_opening_the_log_leaves_the_users_own_temporary_files_alone(seeded, data_dir):
    mine = [seeded.path / ".notes.tmp", seeded.path / f".{seeded.folder.practice.name}.draft.tmp", seeded.path / "summaries" / ".x.tmp"]
    (seeded.path / "summaries").mkdir(exist_ok=True)
    for path in mine:
        path.write_text("the user's")
    ours = seeded.path / f".{seeded.folder.practice.name}.k2j4h5g6.systemcraft-tmp"
    ours.write_text("a killed save's")
    PracticeLog.open(data_dir)
    assert [path.read_text() for path in mine] == ["the user's"] * 3
    assert not ours.exists()
