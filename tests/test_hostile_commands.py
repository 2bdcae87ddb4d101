"""Hostile text (tests/hostile.py) through every command: a content file written with it
(and named with it), a log import holding it in every text field of every record, and a
data folder named with it. Whatever a command prints must be inert on a terminal; a
file an export writes keeps the user's text exactly (a file is data, the terminal is not)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from systemcraft_tui.cli import main
from systemcraft_tui.core.records import RECORD_TYPES
from systemcraft_tui.store import PracticeLog
from tests.hostile import HOSTILE, assert_inert, raw_controls, scenario_markdown
from tests.store import factories

# Fields whose values the schema fixes (times, dates and choices): everything else is text
# a user or an import may fill with anything.
_FIXED = {"started", "finished", "created", "updated", "due", "last_review", "recorded", "week_start", "start_date",
          "status", "kind", "subject", "state"}  # fmt: skip


def _hostile(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {(f"{k} {HOSTILE}" if key in ("ratings", "checklist") else k): _hostile(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_hostile(item) for item in value]
    if isinstance(value, str) and key not in _FIXED:
        return f"{value} {HOSTILE}"
    return value


def _run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _inert(result: Result) -> Result:
    assert_inert(result.stdout)
    assert_inert(result.stderr)
    return result


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / f"content {HOSTILE}".replace("/", "|")
    folder.mkdir()
    (folder / f"scenario {HOSTILE}.md".replace("/", "|")).write_text(scenario_markdown())
    (folder / "placeholder.md").write_text(scenario_markdown().replace("Model", "[Your specific role]") + "\x00")
    return folder


@pytest.mark.parametrize("command", [["lint"], ["lint", "--strict"], ["inspect"], ["inspect", "--json"]])
def test_content_commands_print_hostile_content_and_file_names_inertly(content, command):
    result = _inert(_run(*command, str(content)))
    shown = result.stdout + result.stderr
    assert "Title" in shown or "error" in shown


def test_inspect_json_still_holds_the_exact_text(content):
    result = _inert(_run("inspect", "--json", str(content)))
    [item] = json.loads(result.stdout)
    assert item["title"] == f"Title {HOSTILE}".strip()


@pytest.fixture
def hostile_export(tmp_path) -> Path:
    rng = random.Random(7)
    records = [factories.session(rng, n) for n in range(3)] + [factories.story(rng, 1), factories.card(1),
               factories.assessment(1), factories.plan_progress(), factories.mock_record()]  # fmt: skip
    assert {type(r) for r in records} == set(RECORD_TYPES)
    document: dict[str, Any] = {"format": "systemcraft-log", "schema_version": 1}
    for record in records:
        document.setdefault(record.TABLE, []).append(_hostile(record.to_dict()))
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document))
    return path


def test_log_commands_print_hostile_records_inertly_and_files_keep_them_exactly(hostile_export, tmp_path):
    data = str(tmp_path / f"data {HOSTILE}".replace("/", "|"))
    imported = _inert(_run("log", "import", str(hostile_export), "--data-dir", data))
    assert imported.exit_code == 0 and "added 3 sessions" in imported.stdout, imported.stderr

    # The same ids with other content: each conflict names the log's record (title and id).
    changed = json.loads(hostile_export.read_text())
    for table in ("sessions", "stories"):
        for doc in changed[table]:
            doc["mode" if table == "sessions" else "metrics"] = "changed"
    hostile_export.write_text(json.dumps(changed))
    conflicts = _inert(_run("log", "import", str(hostile_export), "--data-dir", data))
    assert conflicts.stdout.count("Kept the log's own") == 4

    assert "Sessions" in _inert(_run("stats", "--data-dir", data)).stdout
    for fmt in ("csv", "markdown", "json"):
        assert _inert(_run("log", "export", "--format", fmt, "--data-dir", data)).exit_code == 0
        out = tmp_path / f"export.{fmt}"
        _inert(_run("log", "export", "--format", fmt, "-o", str(out), "--data-dir", data))
        if fmt != "json":  # JSON escapes them; CSV and Markdown files keep the user's text exactly
            assert raw_controls(out.read_text()), "the file holds the text as typed"

    sessions = PracticeLog.open(data).sessions()
    assert all(HOSTILE in s.scenario.title for s in sessions)


def test_warnings_and_errors_about_hostile_records_are_inert(hostile_export, tmp_path):
    data = tmp_path / "data"
    _run("log", "import", str(hostile_export), "--data-dir", str(data))
    log = PracticeLog.open(data)
    practice = json.loads(log.folder.practice.read_text())
    story = next(iter(practice["stories"].values()))
    story["impact"] = HOSTILE  # a malformed record: skipped with a warning quoting it
    story[HOSTILE] = 1
    log.folder.practice.write_text(json.dumps(practice))
    warned = _inert(_run("stats", "--data-dir", str(data)))
    assert "Warning: " in warned.stderr

    bad = json.loads(hostile_export.read_text())
    bad["sessions"][0]["status"] = HOSTILE
    hostile_export.write_text(json.dumps(bad))
    rejected = _inert(_run("log", "import", str(hostile_export), "--data-dir", str(data)))
    assert rejected.exit_code == 1 and "Nothing was imported" in rejected.stderr


def test_bad_command_lines_naming_hostile_paths_are_inert(tmp_path):
    hostile_path = str(tmp_path / f"missing {HOSTILE}".replace("/", "|"))
    for args in (["lint", hostile_path], ["inspect", hostile_path], ["log", "import", hostile_path],
                 ["--content", hostile_path], ["--probe-seconds", HOSTILE]):  # fmt: skip
        result = _inert(_run(*args))
        assert result.exit_code == 2


def test_a_file_name_that_is_not_utf8_is_printed_inertly_and_its_json_reads_back(tmp_path):
    """A name's undecodable byte 0x9b reaches Python as the lone surrogate U+DC9B, which the
    terminal's stream wrote back as the raw byte: an 8-bit CSI, here clearing the screen."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "content"
    folder.mkdir()
    name = os.fsencode(folder) + b"/x\x9b2J.md"
    with open(name, "w") as out:
        out.write(scenario_markdown("plain"))
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "SYSTEMCRAFT_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "systemcraft_tui.cli", "inspect", str(folder)]
    readable = subprocess.run(command, cwd=root, env=env, capture_output=True, timeout=120)
    shown = readable.stdout.decode("utf-8")  # strictly: a raw byte 0x9b alone is not UTF-8
    assert_inert(shown)
    assert "x\\udc9b2J.md" in "".join(shown.replace("│", "").split())  # the path may wrap in its panel
    printed = subprocess.run([*command, "--json"], cwd=root, env=env, capture_output=True, timeout=120)
    [item] = json.loads(printed.stdout.decode("utf-8"))
    assert os.fsencode(item["source"]) == name
