"""Notes in a script written without spaces (Japanese, Chinese) fold onto the next line in
the attempt tables instead of being cut after one line."""

from dataclasses import dataclass

from rich.console import Console

from systemcraft_tui.ui.attempt_text import times_table

NOTES = "私は大学で情報工学を専攻し、卒業後は物流会社で五年間、倉庫管理システムの開発を担当しました。"


@dataclass(frozen=True)
class _Part:
    name: str
    planned_min_seconds: int
    planned_max_seconds: int
    actual_seconds: float


def test_a_line_of_japanese_notes_is_shown_whole_in_an_attempts_table():
    console = Console(width=80, record=True, color_system=None)
    console.print(times_table("Time per part", [_Part("Answer", 60, 120, 75.0)], [NOTES]))
    shown = "".join(line.strip(" │┃") for line in console.export_text().splitlines())
    assert "…" not in shown
    assert NOTES in shown.replace(" ", "")
