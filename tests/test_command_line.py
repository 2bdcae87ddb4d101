"""The command line's own words: option values it accepts and refuses, and counts that
read right ("1 file, 1 item", "1 session", never "1 stories")."""

from __future__ import annotations

import csv
import io
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from systemcraft_tui import cli
from systemcraft_tui.store import PracticeLog
from tests.store import factories

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def run(*args: str):
    return CliRunner().invoke(cli.main, list(args), catch_exceptions=False)


@pytest.fixture
def started(monkeypatch) -> list:
    """The settings the app would have started with (the app itself is not run, nor its library read)."""
    seen: list = []

    class NotRun:
        return_code = 0

        def run(self) -> None:
            pass

    class NotRead:
        def keep_read_so_far(self, seconds: float) -> None:
            pass

    def create_app(content, *, settings):
        seen.append(settings)
        return NotRun()

    monkeypatch.setattr("systemcraft_tui.ui.app.create_app", create_app)
    monkeypatch.setattr("systemcraft_tui.ui.library_read.read_library", lambda content: NotRead())  # nor the library read
    return seen


@pytest.mark.parametrize(("given", "window"), [("45-75", (45, 75)), ("10-600", (10, 600)), ("90-90", (90, 90)), (" 60 - 90 ", (60, 90))])
def test_a_probe_window_within_bounds_is_taken(started, given, window):
    assert run("--probe-seconds", given).exit_code == 0
    assert started[0].probe_seconds == window


@pytest.mark.parametrize(("given", "complaint"), [
    ("45", "'45' is one number: give MIN-MAX seconds, e.g. 45-75 (45-45 for exactly 45 s)"),
    ("1000000-2000000", "'1000000-2000000': a probe window is from 10 to 600 seconds"),
    ("5-20", "'5-20': a probe window is from 10 to 600 seconds"),
    ("90-60", "'90-60': the minimum is above the maximum"),
    ("0-0", "'0-0': a probe window is from 10 to 600 seconds"),
    ("a-b", "'a-b' is not MIN-MAX seconds, e.g. 45-75"),
    ("9" * 5000 + "-1", "is not MIN-MAX seconds, e.g. 45-75"),
    ("", "'' is not MIN-MAX seconds, e.g. 45-75"),
])  # fmt: skip
def test_an_absurd_probe_window_is_refused(started, given, complaint):
    result = run("--probe-seconds", given)
    assert result.exit_code == 2 and complaint in result.output and started == []


def test_lint_and_inspect_count_in_the_singular(tmp_path):
    one = tmp_path / "one.md"
    shutil.copy(FIXTURES / "template_single.md", one)
    assert "1 file, 1 item: no errors or warnings" in run("lint", str(one)).stderr
    (tmp_path / "two.md").write_text("# Nothing here\n")
    assert "2 files, 1 item: 1 warning" in run("lint", str(tmp_path)).stderr
    assert "1 item from 2 files; 1 warning" in run("inspect", str(tmp_path)).stdout


def test_stats_and_export_count_in_the_singular(tmp_path):
    data = tmp_path / "data"
    log = PracticeLog.open(data)
    rng = random.Random(1)
    log.save_all([factories.session(rng, 1), factories.session(rng, 2, status="draft"), factories.story(rng, 1)])
    stats = run("stats", "--data-dir", str(data)).output
    assert "1 (1 completed); 1 unfinished draft" in stats
    assert "(of 1 scored session)" in stats
    assert "(s)" not in stats and "1 sessions" not in stats
    out = tmp_path / "out.json"
    assert f"Wrote 2 sessions, 1 story to {out} (json)." in run("log", "export", "-o", str(out), "--data-dir", str(data)).output


def test_stats_with_only_a_draft_counts_it_in_the_singular(tmp_path):
    data = tmp_path / "data"
    PracticeLog.open(data).save(factories.session(random.Random(1), 2, status="draft"))
    assert "1 rehearsal left unfinished: the app offers to resume it." in run("stats", "--data-dir", str(data)).output


@pytest.mark.parametrize(
    "args",
    [["lint", ""], ["inspect", ""], ["log", "import", ""], ["--content", "", "stats"], ["log", "export", "-o", ""]],
)
def test_an_empty_path_is_refused_rather_than_taken_for_the_current_folder(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("--data-dir", str(tmp_path / "data"), *args)
    assert result.exit_code == 2
    assert "an empty name is not a file or folder; give one" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_export_to_a_dash_prints_to_standard_output_rather_than_writing_a_file_named_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    PracticeLog.open(tmp_path / "data").save(factories.session(random.Random(1), 1))
    result = run("--data-dir", str(tmp_path / "data"), "log", "export", "--format", "csv", "-o", "-")
    assert result.exit_code == 0
    assert len(list(csv.reader(io.StringIO(result.stdout)))) == 2  # the header and the session
    assert not (tmp_path / "-").exists()
