"""The benchmarks' code at toy sizes: each measurement runs and sees what it should. No
figure is judged here; a time limit in a test would fail on a busy machine."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from tests.benchmarks import idle_cpu, inputs, instructions, parse_instructions, pty_screen, scale, startup, store
from tests.benchmarks.pty_screen import Screen


@pytest.fixture(scope="module")
def parse_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def quick(monkeypatch, parse_cache):
    monkeypatch.setenv("XDG_CACHE_HOME", str(parse_cache))  # the bundled library is parsed once for all
    monkeypatch.setattr(pty_screen, "WAIT_SECONDS", 30.0)
    monkeypatch.setattr(scale, "WAIT_SECONDS", 30.0)
    monkeypatch.setattr(inputs, "SETTLE_SECONDS", 0.0)


def test_screen_keeps_what_a_terminal_shows():
    screen = Screen(columns=12, rows=3)
    screen.feed(b"noise\x1b[?1049h\x1b[?25l\x1b]0;title\x07\x1b[2;3H\x1b[1;38;5;214mab")
    screen.feed(b"c\x1b[3")  # an escape sequence cut between two reads
    screen.feed(b"8;2;1;2;3mdef\x1b[3;1H\xe2\x94")  # and a character
    screen.feed(b"\x80 \xe5\xad\x97!\x1b[1;11Hlonger")  # a wide character; no wrap at the edge
    assert screen.text() == "          lr\n  abcdef\n─ 字!"
    assert not screen.blank()
    screen.feed(b"\x1b[2J")
    assert screen.blank()


def test_generated_content_reads_like_the_files_it_copies(tmp_path):
    written = inputs.content_files(tmp_path / "library", 50)
    library = load_library([tmp_path / "library"])
    assert written == sum(path.stat().st_size for path in library.files)
    assert len(library.items) == 50 and not library.problems
    assert len({item.title for item in library.items}) == 50
    assert {item.kind for item in library.items} == {"behavioral", "system_design", "deep_dive", "plan"}

    inputs.scenarios_file(tmp_path / "bank.md", 40)
    bank = load_library([tmp_path / "bank.md"])
    assert len(bank.items) == 40 and not bank.problems
    assert all(item.kind == "behavioral" and len(item.star) == 4 and item.probes and item.red_flags for item in bank.items)


def test_generated_log_opens_with_every_session(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "BATCH", 7)
    inputs.practice_log(tmp_path / "log", 20)
    summaries = PracticeLog.open(tmp_path / "log").summaries()
    assert len(summaries) == 20
    assert summaries[0].started < datetime.now(UTC) and len({s.id for s in summaries}) == 20


def test_startup_sees_the_first_frames(tmp_path):
    files = inputs.prepared(tmp_path, "content-2", inputs.content_files, 2)
    programs = {p.name: p for p in startup.programs(tmp_path, files, tmp_path / "log-0", ("bundled", "more"))}
    bare = startup.start(programs["bare"], dict(os.environ), tmp_path)
    app = startup.start(programs["warm_more"], dict(os.environ), tmp_path)
    parsed = startup.start(programs["cold_bundled_parsed"], dict(os.environ), tmp_path)
    assert bare["shown"] > 0 and 0 < app["first_paint"] <= app["first_rows"] <= app["shown"] and 0 < parsed["first_paint"] <= parsed["shown"]
    assert "cpu_s" not in bare and app["cpu_s"] > 0 and parsed["cpu_s"] > 0
    assert 0 < app["app_cpu_s"] <= app["cpu_s"] and 0 < parsed["app_cpu_s"] <= parsed["cpu_s"]


def test_scale_reads_content_and_searches_the_library(tmp_path, monkeypatch):
    folder = tmp_path / "library"
    inputs.content_files(folder, 3)
    parsed = scale.child_parse(str(folder), str(tmp_path / "cache"))
    assert parsed["files"] == parsed["items"] == 3 and parsed["seconds"] > 0 and parsed["mb_read"] > 0
    monkeypatch.setattr(scale, "QUIET_SECONDS", 0.01)
    monkeypatch.setattr(scale, "SEARCH_WORD", "ab")
    searched = scale.child_search(str(folder))
    assert searched["items"] == 51 and len(searched["search_handler_ms"]) == 4
    assert all(ms > 0 for ms in searched["search_handler_ms"] + searched["search_key_to_frame_ms"])


def test_scale_opens_history_and_progress(tmp_path, monkeypatch):
    log = inputs.prepared(tmp_path, "log-30", inputs.practice_log, 30)
    monkeypatch.setenv("SYSTEMCRAFT_DATA_DIR", str(log))
    opened = scale.child_screens()
    assert opened["sessions"] == 30 and opened["history_open_ms"] > 0 and opened["progress_open_ms"] > 0


def test_scale_exports_and_saves(tmp_path, monkeypatch):
    log = inputs.prepared(tmp_path, "log-30", inputs.practice_log, 30)
    exported = scale.export(dict(os.environ), log, "json", tmp_path / "export.json")
    assert exported["peak_mb"] > 0 and (tmp_path / "export.json").stat().st_size > 0
    monkeypatch.setattr(store, "SAVES", 2)
    saved = scale.child_saves(str(log))
    assert saved["save_ms_p50_at_30"] > 0


@pytest.mark.parametrize("screen", sorted(idle_cpu.SCREENS))
def test_idle_cpu_measures_a_running_clock(tmp_path, monkeypatch, screen):
    monkeypatch.setattr(idle_cpu, "SETTLE_SECONDS", 0.1)
    app = idle_cpu.SCREENS[screen](tmp_path, dict(os.environ))
    try:
        used = idle_cpu.measure({"app": app}, 0.2)
    finally:
        app.close()
    assert used["app"] >= 0 and app.process.returncode is not None  # closed: quit, or stopped


def test_instructions_are_counted_to_the_first_frame_and_no_further(tmp_path):
    """The program run for callgrind ends as it writes the frame it is counted to."""
    script = instructions.until_frame(tmp_path)
    terminal = pty_screen.Terminal([sys.executable, str(script), "SystemCraft", "bare"], dict(os.environ), str(tmp_path))
    try:
        terminal.pump(30)  # until the program is gone
        assert terminal.process.wait(5) == 0
        assert "SystemCraft" in terminal.screen.text()
    finally:
        terminal.close()


def test_the_counted_parse_reads_a_file_in_one_process(tmp_path):
    """parse_instructions' child, run without valgrind (not installed for the tests): it
    parses the file it is given and fails loudly on one it cannot read."""
    bundled = sorted(Path(__file__).resolve().parents[2].joinpath("data").rglob("*.md"))[0]
    subprocess.run([sys.executable, "-c", parse_instructions.PARSE_ONCE, str(bundled)], check=True)
    missing = subprocess.run([sys.executable, "-c", parse_instructions.PARSE_ONCE, str(tmp_path / "gone.md")])
    assert missing.returncode != 0
