"""`systemcraft lint` and `systemcraft inspect`, end to end through the CLI."""

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from systemcraft_tui.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_lint_clean_fixture_exits_zero():
    result = run("lint", str(FIXTURES / "template_single.md"))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_lint_reports_placeholder_and_missing_result_with_exit_one(tmp_path):
    text = (FIXTURES / "template_single.md").read_text()
    broken = text.replace('**Result (30-45 seconds)**\n"Failures fell from 4.1% to 0.2% in six weeks and the partner renewed for two years."\n', "")
    broken = broken.replace("As the manager of the 9-person integrations team", "[Your specific role]")
    path = tmp_path / "broken.md"
    path.write_text(broken)
    result = run("lint", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{path}:24: error: unfilled template placeholder [Your specific role]" in lines
    assert f"{path}:18: error: scenario 'Turning Around a Failing Partner Integration': the STAR response has no Result section" in lines


def test_lint_warnings_pass_unless_strict():
    path = str(FIXTURES / "collection.md")
    assert run("lint", path).exit_code == 0
    strict = run("lint", "--strict", path)
    assert strict.exit_code == 1
    assert "warning: unknown Leadership Principle 'Synergy Maximisation'" in strict.stdout


def test_lint_usage_errors_exit_two(tmp_path):
    assert run("lint", str(tmp_path / "missing.md")).exit_code == 2
    assert run("lint", "--no-such-flag").exit_code == 2


def test_lint_folder_with_a_binary_file_still_lints_the_rest(tmp_path):
    shutil.copy(FIXTURES / "template_single.md", tmp_path / "good.md")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00binary")
    result = run("lint", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"{tmp_path / 'bad.md'}:1: error: not UTF-8 text (byte 0xff at offset 0); save it as UTF-8"]
    assert "2 files, 1 item: 1 error" in result.stderr
    assert f"{tmp_path / 'good.md'}: 1 story" in result.stderr


def test_lint_folder_with_lists_or_quotes_nested_too_deeply_names_the_line_and_lints_the_rest(tmp_path):
    shutil.copy(FIXTURES / "template_single.md", tmp_path / "good.md")
    (tmp_path / "lists.md").write_text("# Notes\n\n" + "".join("  " * depth + "- deeper\n" for depth in range(3000)))
    (tmp_path / "quotes.md").write_text("# Notes\n\ntext\n\n" + ">" * 5000 + " deep\n")
    result = run("lint", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'lists.md'}:3002: error: lists or quotes nested too deeply to read",
        f"{tmp_path / 'quotes.md'}:5: error: lists or quotes nested too deeply to read",
    ]
    assert "3 files, 1 item: 2 errors" in result.stderr


def test_a_reader_fault_on_one_file_is_an_error_naming_it_and_the_rest_are_read(tmp_path, monkeypatch):
    from systemcraft_tui.content import parser

    shutil.copy(FIXTURES / "template_single.md", tmp_path / "good.md")
    (tmp_path / "trips.md").write_text("# Notes\n\nThis page trips the reader.\n")
    reading = parser.parse_text

    def failing_on_one(text: str, path: Path):
        if path.name == "trips.md":
            return {}["no such key"]  # a rule's own fault, as a KeyError deep in a reader would be
        return reading(text, path)

    monkeypatch.setattr(parser, "parse_text", failing_on_one)
    result = run("lint", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'trips.md'}:1: error: the reader failed on this file (KeyError in test_commands.py:"
        + f"{failing_on_one.__code__.co_firstlineno + 2}), so nothing in it was read; this is a fault of the app's, "
        "not of the file: please report it with the file"
    ]
    assert "Traceback" not in result.output
    assert "2 files, 1 item: 1 error" in result.stderr


def test_a_name_quoted_at_great_length_is_cut_in_its_message(tmp_path):
    """A heading of 5,000 characters is not printed whole in every message that names it."""
    path = tmp_path / "plan.md"
    path.write_text(f"# Week 1: {'x' * 5000}\n\n- [ ] Read the chapter on queues\n")
    result = run("lint", str(path))
    (line,) = result.stdout.splitlines() or [""]
    assert line.startswith(f"{path}:1: warning: plan 'Week 1: xxx") and "x\u2026' has no weekly assessment dimensions" in line
    assert len(line) < len(str(path)) + 250


def test_inspect_json_lists_every_item_with_the_documented_fields():
    result = run("inspect", "--json", str(FIXTURES))
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert sorted(i["kind"] for i in items) == ["behavioral", "behavioral", "behavioral", "deep_dive", "plan", "system_design"]
    for item in items:
        assert {"kind", "id", "title", "level", "source", "line", "question", "sections", "probes", "principles"} <= item.keys()
    scenario = next(i for i in items if i["id"] == "template-single/co-01")
    assert scenario["level"] == "L6/L7"  # no level in the heading: the expectations table names both
    assert scenario["sections"][0] == {
        "name": "Situation",
        "min_seconds": 30,
        "max_seconds": 45,
        "text": "A logistics partner sent us 40,000 shipments a week and was about to leave after three outages in a month.",
        "line": 20,
        "timing": "file",
    }
    assert scenario["probes"][1]["question"] == "How did you know the fix worked?"
    assert scenario["principles"][0] == "Customer Obsession"
    design = next(i for i in items if i["kind"] == "system_design")
    assert design["sections"][1]["min_seconds"] == 1200


def test_inspect_readable_shows_default_timings_and_renders_markup_literally(tmp_path):
    path = tmp_path / "s.md"
    path.write_text(
        '## L7 Scenario 1: [bold]Not bold[/bold]\n\n### The Interview Question\n"Why [red]?"\n\n'
        '### Complete STAR Response\n**Situation**: "s"\n**Task**: "t"\n**Action**: "a"\n**Result**: "r"\n'
    )
    result = run("inspect", str(path))
    assert result.exit_code == 0
    assert "default for L7" in result.stdout
    assert "Why [red]?" in result.stdout


def test_lint_says_what_each_file_holds_and_why_nothing_was_read(tmp_path):
    shutil.copy(FIXTURES / "collection.md", tmp_path / "collection.md")
    (tmp_path / "notes.md").write_text("# Notes\n\nSome thoughts.\n")
    result = run("lint", str(tmp_path))
    assert result.exit_code == 0
    assert f"{tmp_path / 'notes.md'}:1: warning: a reference page: no heading holds STAR parts" in result.stdout
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'collection.md'}: 2 stories",
        f"{tmp_path / 'notes.md'}: nothing read: see line 1",
        "2 files, 2 items: 2 warnings",
    ]


def test_rich_markup_is_not_a_placeholder_and_inspect_exits_one_on_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # no line folds the test folder's path, however long it is here
    story = (
        "## Outage\n\n**Situation**: The tool printed [bold red]x[/] for skipped steps.\n"
        "**Task**: I owned it.\n**Action**: I fixed it.\n**Result**: It worked.\n"
    )
    path = tmp_path / "s.md"
    path.write_text(story)
    assert run("lint", str(path)).exit_code == 0
    assert run("inspect", str(path)).exit_code == 0
    path.write_text(story.replace("I owned it.", "I owned [Your specific role]."))
    for args in (("inspect", str(path)), ("inspect", "--json", str(path))):
        result = run(*args)
        assert result.exit_code == 1
        said = " ".join(result.output.split())  # the readable form wraps at the terminal's width
        assert f"{path}:4: error: unfilled template placeholder [Your specific role]" in said


def test_inspect_names_the_rule_that_read_each_item_and_where_its_question_came_from(tmp_path):
    path = tmp_path / "s.md"
    path.write_text("## Outage\n\n**Situation**: s.\n**Task**: t.\n**Action**: I a.\n**Result**: r.\n")
    readable = run("inspect", str(path)).stdout
    assert "read by rule star-parts (below)" in readable
    assert readable.count("a heading whose text") == 1  # the rule's reading, said once after the items
    assert "star-parts (1 item): a heading whose text or subheadings tell Situation, Task, Action and Result" in " ".join(readable.split())
    rules = readable[readable.index("Rules that read these items") :].split("\n\n")[0]
    assert len(rules.splitlines()) <= 3  # the rule in a line (wrapped at most once), not its paragraph
    assert "Question (from the title): Walk me through this story: Outage" in readable
    (item,) = json.loads(run("inspect", "--json", str(path)).stdout)
    assert (item["rule"], item["question_source"]) == ("star-parts", "title")


def test_lint_and_inspect_show_control_characters_from_content_as_printable_stand_ins(tmp_path):
    path = tmp_path / "s.md"
    path.write_text("## Out\x1b]0;pwned\x07age\n\n**Situation**: s\x9b.\n**Task**: t.\n**Action**: I a.\n**Result**: r.\n")
    for args in (("inspect", str(path)), ("inspect", "--json", str(path)), ("lint", str(path))):
        result = run(*args)
        assert not any(ch in result.output for ch in "\x1b\x07\x9b"), args
    assert "Out␛]0;pwned␇age" in run("inspect", str(path)).stdout


def test_lint_counts_prepared_answers_apart_from_stories(tmp_path):
    shutil.copy(
        FIXTURES.parent / "real_shapes/prepared_answer_acronym_heading_q_a_bullets.md", tmp_path / "answers.md"
    )
    result = run("lint", str(tmp_path))
    assert result.stderr.splitlines()[0] == f"{tmp_path / 'answers.md'}: 1 story, 1 prepared answer"


def test_inspect_shows_a_plan_s_weeks_and_a_deep_dive_s_concepts(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n\n## Week 1: Foundations\n\n- [ ] Two designs\n\n## Week 2: Mock Loop\n\n- [ ] One loop\n- [ ] Notes\n")
    readable = " ".join(run("inspect", str(path)).stdout.replace("│", " ").split())
    assert "Weeks: 1. Foundations (1 deliverable) 2. Mock Loop (2 deliverables)" in readable
    deep = " ".join(run("inspect", str(Path(__file__).parents[2] / "data/deep-dives/caching-strategies.md")).stdout.replace("│", " ").split())
    assert "Key concepts: Cache-aside, Read-through" in deep


def test_lint_and_inspect_read_a_folder_on_every_core_as_one_process_reads_it(tmp_path, monkeypatch):
    from systemcraft_tui.commands import content as commands
    from systemcraft_tui.content import library

    for path in sorted((FIXTURES.parent / "real_shapes").glob("*.md"))[:40]:  # enough files for a second process
        shutil.copy(path, tmp_path / path.name)
    pooled = []
    parsed_by = library._parsed_by
    monkeypatch.setattr(library, "_parsed_by", lambda pool, processes, *rest: pooled.append(processes) or parsed_by(pool, processes, *rest))
    said = {}
    for workers in (1, 2):
        monkeypatch.setattr(commands, "default_workers", lambda workers=workers: workers)
        said[workers] = [(r.exit_code, r.stdout, r.stderr) for r in (run("lint", str(tmp_path)), run("inspect", "--json", str(tmp_path)))]
    assert pooled == [2, 2]  # lint's read and inspect's, each on two processes; none with one
    assert said[2] == said[1]
    assert "40 files" in said[1][0][2]


def test_inspect_prints_each_problem_on_one_line_whatever_the_width(tmp_path):
    """Piped, the console is 80 columns wide: a problem's `file:line: …` stays one line to grep, as lint prints it."""
    (tmp_path / "notes.md").write_text("# Notes\n\nSome thoughts.\n")
    result = run("inspect", str(tmp_path))
    said = [line for line in result.stdout.splitlines() if "warning: a reference page" in line]
    assert len(said) == 1 and said[0].startswith(f"{tmp_path / 'notes.md'}:1: warning:") and "nothing here can be rehearsed" in said[0]
