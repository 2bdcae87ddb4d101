"""`systemcraft log export`, `systemcraft log import` and `systemcraft stats` through click."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import stat
import subprocess
import sys
from dataclasses import replace

import pytest
from click.testing import CliRunner

from systemcraft_tui.cli import main
from systemcraft_tui.locations import DATA_DIR_ENV
from systemcraft_tui.store import PracticeLog
from tests.store import factories


@pytest.fixture
def run():
    def invoke(*args: str, env: dict | None = None):
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    return invoke


def test_stats_on_an_empty_log_says_so_kindly(run, data_dir):
    result = run("stats", "--data-dir", str(data_dir))
    assert result.exit_code == 0
    assert "No practice sessions yet" in result.output and "Traceback" not in result.output


def test_stats_on_a_seeded_log_shows_the_figures(run, seeded, data_dir):
    result = run("stats", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    figures = {s.status for s in seeded.summaries()}
    assert figures == {"completed", "abandoned"}
    completed = sum(s.status == "completed" for s in seeded.summaries())
    assert f"130 ({completed} completed, {130 - completed} abandoned)" in result.output
    for heading in ("Practice time", "Average score", "Last 7 days", "Last 30 days", "By kind", "By level"):
        assert heading in result.output
    assert "Customer Obsession" in result.output and "Design" in result.output  # labels.KIND_LABELS


def test_user_text_in_stats_is_never_taken_as_markup(run, log, data_dir):
    session = factories.session(random.Random(1), 1)
    log.save(replace(session, principles=("[bold red]Mine[/]", "[/]"), scenario=replace(session.scenario, level="[link=x]L6")))
    result = run("stats", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    assert "[bold red]Mine[/]" in result.output and "[link=x]L6" in result.output


def test_data_dir_comes_from_the_group_the_environment_or_the_command(run, seeded, data_dir, tmp_path):
    empty = tmp_path / "empty"
    assert "130 (" in run("--data-dir", str(data_dir), "stats").output
    assert "130 (" in run("stats", env={DATA_DIR_ENV: str(data_dir)}).output
    assert "No practice sessions" in run("--data-dir", str(data_dir), "stats", "--data-dir", str(empty)).output
    assert "130 (" in run("--data-dir", str(data_dir), "stats", env={DATA_DIR_ENV: str(empty)}).output


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_export_works_on_an_empty_log(run, data_dir, fmt):
    result = run("log", "export", "--format", fmt, "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output


def test_export_json_to_a_file_and_import_it_elsewhere(run, seeded, data_dir, tmp_path):
    out = tmp_path / "log.json"
    result = run("log", "export", "-o", str(out), "--data-dir", str(data_dir))
    assert result.exit_code == 0
    assert f"Wrote 130 sessions, 3 stories, 4 review cards, 2 weekly assessments, 1 plan to {out} (json)." in result.output
    assert (out.stat().st_mode & 0o777) == 0o600
    other = tmp_path / "other"
    first = run("log", "import", str(out), "--data-dir", str(other))
    assert first.exit_code == 0
    assert first.output.startswith(f"Imported from {out}: added 130 sessions, 3 stories, 4 review cards")
    second = run("log", "import", str(out), "--data-dir", str(other))
    assert second.exit_code == 0
    assert f"Nothing new in {out}." in second.output and "Already in the log: 130 sessions" in second.output
    assert PracticeLog.open(other).sessions() == seeded.sessions()


def test_export_csv_and_markdown_to_standard_output(run, seeded, data_dir):
    rows = list(csv.reader(io.StringIO(run("log", "export", "--format", "csv", "--data-dir", str(data_dir)).output)))
    assert len(rows) == 131
    report = run("log", "export", "--format", "markdown", "--data-dir", str(data_dir)).output
    assert report.startswith("# SystemCraft practice log") and report.count("\n## ") == 130


def test_import_reports_a_conflict_and_keeps_the_log_record(run, seeded, data_dir, tmp_path):
    mine = seeded.sessions()[0]
    other = PracticeLog.open(tmp_path / "other")
    other.save(replace(mine, score=0))
    out = tmp_path / "other.json"
    assert run("log", "export", "-o", str(out), "--data-dir", str(tmp_path / "other")).exit_code == 0
    result = run("log", "import", str(out), "--data-dir", str(data_dir))
    assert result.exit_code == 0
    assert f"Kept the log's own session {mine.label} [{mine.id}]: the file's copy differs." in result.output
    assert PracticeLog.open(data_dir).session(mine.id) == mine


def test_a_bad_import_file_exits_1_with_the_file_named(run, data_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "systemcraft-log", "schema_version": 1, "sessions": [{"id": 3}]}')
    result = run("log", "import", str(bad), "--data-dir", str(data_dir))
    assert result.exit_code == 1
    assert f"Error: {bad}: record sessions[0].id: expected text, found the number 3. Nothing was imported." in result.output


@pytest.mark.parametrize("command", [["stats"], ["log", "export"], ["log", "import", "export.json"]])
def test_a_damaged_log_stops_every_command_until_the_user_starts_fresh(run, seeded, data_dir, command, tmp_path):
    if command[-1] == "export.json":
        command = ["log", "import", str(tmp_path / "export.json")]
        (tmp_path / "export.json").write_text('{"format": "systemcraft-log", "schema_version": 1}')
    seeded.folder.practice.write_bytes(b'{"meta": ')
    result = run(*command, "--data-dir", str(data_dir))
    assert result.exit_code == 1
    [kept] = seeded.path.glob("practice.json.damaged-*")
    lines = result.output.splitlines()
    assert lines[0] == f"Error: The practice log cannot be read: {seeded.folder.practice} is cut short: its JSON stops at line 1, column 10; its bytes are kept at {kept}."
    assert "Run again with --start-fresh" in result.output
    assert seeded.folder.practice.read_bytes() == b'{"meta": '

    fresh = run(*command, "--data-dir", str(data_dir), "--start-fresh")
    assert fresh.exit_code == 0
    assert f"Started fresh: {seeded.folder.practice} is cut short" in fresh.output
    assert kept.read_bytes() == b'{"meta": '
    assert run(*command, "--data-dir", str(data_dir)).exit_code == 0


def test_warnings_about_skipped_records_are_printed(run, seeded, data_dir):
    practice = json.loads(seeded.folder.practice.read_bytes())
    practice["stories"]["1"]["title"] = ""
    seeded.folder.practice.write_text(json.dumps(practice))
    result = run("stats", "--data-dir", str(data_dir))
    assert result.exit_code == 0
    assert "Warning: " in result.output and "stories[1].title: must not be empty" in result.output


def test_an_unusable_data_folder_is_an_error_not_a_traceback(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("stats", "--data-dir", str(blocker / "log"))
    assert result.exit_code == 1 and result.output.startswith("Error: cannot open the practice log:")


def test_stats_and_export_read_a_log_they_may_not_write_and_change_nothing(run, seeded, data_dir, tmp_path):
    PracticeLog.open(data_dir)  # the summaries, while it is writable
    before = sorted((p, p.stat().st_mode, p.read_bytes() if p.is_file() else b"") for p in seeded.path.rglob("*"))
    os.chmod(seeded.path, 0o500)
    try:
        assert "130 (" in run("stats", "--data-dir", str(data_dir)).output
        out = tmp_path / "out.json"
        exported = run("log", "export", "-o", str(out), "--data-dir", str(data_dir))
        assert exported.exit_code == 0 and len(json.loads(out.read_text())["sessions"]) == 130
        imported = run("log", "import", str(out), "--data-dir", str(data_dir))
        assert imported.exit_code == 1
        assert imported.output.startswith(f"Error: nothing was imported: the practice log is read-only (its folder {seeded.path} is not writable)")
        after = sorted((p, p.stat().st_mode, p.read_bytes() if p.is_file() else b"") for p in seeded.path.rglob("*"))
    finally:
        os.chmod(seeded.path, 0o700)
    assert [(p, stat.S_IMODE(m), b) for p, m, b in after] == [(p, stat.S_IMODE(m), b) for p, m, b in before]


def test_a_folder_in_place_of_a_log_file_is_an_error_for_every_command(run, seeded, data_dir):
    seeded.folder.practice.unlink()
    seeded.folder.practice.mkdir()
    result = run("stats", "--data-dir", str(data_dir))
    assert result.exit_code == 1
    assert result.output == f"Error: cannot open the practice log: {seeded.folder.practice} is a folder, not a regular file\n"


def test_an_import_interrupted_after_its_commit_is_finished_and_said_by_the_next_command(run, seeded, data_dir, tmp_path, monkeypatch):
    from systemcraft_tui.store import journal
    from systemcraft_tui.store.importing import import_file

    other = PracticeLog.open(tmp_path / "other")
    other.save_all(factories.history(250, seed=99, notes_chars=50)[130:])  # ids the seeded log lacks
    out = tmp_path / "other.json"
    assert run("log", "export", "-o", str(out), "--data-dir", str(tmp_path / "other")).exit_code == 0

    class Killed(BaseException):
        pass

    def killed(root, moves):
        raise Killed

    monkeypatch.setattr(journal, "_finish", killed)
    with pytest.raises(Killed):
        import_file(PracticeLog.open(data_dir), out)
    monkeypatch.undo()
    result = run("stats", "--data-dir", str(data_dir))
    assert f"Note: An interrupted import of {out} (started " in result.output
    assert "was finished: all of it is in the practice log now." in result.output
    assert "250 (" in result.output


def _special(kind: str, path):
    if kind == "symlink":
        target = path.with_name("target.csv")
        target.write_text("the user's file")
        path.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # like /dev/null
        except PermissionError:
            pytest.skip("no device nodes here")


@pytest.mark.parametrize(("kind", "named"), [("symlink", "a symbolic link"), ("fifo", "a FIFO (named pipe)"), ("device", "a character device")])
def test_export_refuses_to_replace_anything_but_a_regular_file(run, seeded, data_dir, tmp_path, kind, named):
    out = tmp_path / "out.csv"
    _special(kind, out)
    before = os.lstat(out)
    result = run("log", "export", "--format", "csv", "-o", str(out), "--data-dir", str(data_dir))
    assert result.exit_code == 2
    assert f"'{out}' is {named}; an export replaces only a regular file" in result.output
    after = os.lstat(out)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    if kind == "symlink":
        assert out.read_text() == "the user's file"


def test_an_export_never_replaces_a_link_even_one_made_after_the_check(seeded, tmp_path):
    from systemcraft_tui.store.export import to_csv, write_export

    out = tmp_path / "out.csv"
    out.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OSError, match="an export replaces only a regular file"):
        write_export(to_csv(seeded), out)
    assert out.is_symlink()


# Writes its first piece, says so, then waits to be killed mid-write.
_KILLED_WRITER = """
import sys, time
from pathlib import Path
from systemcraft_tui.store.durable import atomic_write
def pieces():
    yield b"{"
    print("writing", flush=True)
    time.sleep(60)
atomic_write(Path(sys.argv[1]), pieces())
"""


@pytest.mark.skipif(os.name == "nt", reason="kill -9 is POSIX")
def test_the_next_export_removes_the_temporary_a_killed_export_left_and_nothing_else(run, seeded, data_dir, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "log.json"
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(out)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    writer.kill()
    writer.wait()
    (left,) = folder.iterdir()
    assert left.name.startswith(".log.json.") and left.name.endswith(".systemcraft-tmp")
    kept = [
        folder / f".log.json.{os.getpid()}_abcdefgh.systemcraft-tmp",  # a writer still at work
        folder / f".other.json.{writer.pid}_abcdefgh.systemcraft-tmp",  # another file's
        folder / ".log.json.notes",  # the user's
    ]
    for path in kept:
        path.write_text("kept")
    assert run("log", "export", "-o", str(out), "--data-dir", str(data_dir)).exit_code == 0
    assert sorted(folder.iterdir()) == sorted([out, *kept])


@pytest.mark.parametrize("where", [["--data-dir", ""], ["stats", "--data-dir", ""], ["log", "export", "--data-dir", ""]])
def test_an_empty_data_folder_name_is_refused_not_taken_for_the_current_folder(run, tmp_path, monkeypatch, where):
    monkeypatch.chdir(tmp_path)
    args = where if where[0] != "--data-dir" else [*where, "stats"]
    result = run(*args)
    assert result.exit_code == 2
    assert "an empty name is not a folder" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_lone_surrogate_a_user_typed_is_printed_and_written_as_an_escape(run, log, data_dir, tmp_path):
    session = factories.session(random.Random(1), 1)
    session.sections[0].notes = "half \ud800 a pair"
    log.save(session)
    printed = run("log", "export", "--format", "markdown", "--data-dir", str(data_dir))
    assert printed.exit_code == 0 and "half \\ud800 a pair" in printed.output
    out = tmp_path / "report.md"
    assert run("log", "export", "--format", "markdown", "-o", str(out), "--data-dir", str(data_dir)).exit_code == 0
    assert "half \\ud800 a pair" in out.read_text()


def test_an_import_the_disk_has_no_room_for_is_an_error_not_a_traceback(run, seeded, data_dir, tmp_path, monkeypatch):
    from systemcraft_tui.store import storage

    out = tmp_path / "log.json"
    assert run("log", "export", "-o", str(out), "--data-dir", str(data_dir)).exit_code == 0

    def full_disk(root, files, description):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage, "write_together", full_disk)
    other = tmp_path / "other"
    result = run("log", "import", str(out), "--data-dir", str(other))
    assert result.exit_code == 1
    assert result.output == f"Error: nothing was imported: cannot write to the practice log in {other / 'practice-log'}: No space left on device\n"
    monkeypatch.undo()
    assert PracticeLog.open(other).sessions() == []
