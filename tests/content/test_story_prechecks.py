"""The story rules' cheap looks before a close reading must never pass over what the close
reading would find: checked on every heading of the corpus of real shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from systemcraft_tui.content import names, stories
from systemcraft_tui.content.front_matter import with_front_matter_read
from systemcraft_tui.content.markdown_tree import Section, block_lines, parse_markdown
from systemcraft_tui.content.parser import decode
from systemcraft_tui.content.stories import (
    StarLabel,
    _runs,
    _scenario_prompt,
    _starts_over,
    may_open_parts,
    part_children,
    told_lines,
    uses_letters,
)

_REAL_SHAPES = Path(__file__).parents[1] / "fixtures" / "real_shapes"


def _headings() -> list[Section]:
    files = sorted(_REAL_SHAPES.rglob("*.md"))
    assert len(files) > 200
    # Decoded as the reader decodes them: a UTF-16 file too.
    return [s for f in files for s in parse_markdown(with_front_matter_read(decode(f.read_bytes()))).root.walk()]


@pytest.fixture(scope="module")
def headings() -> list[Section]:
    return _headings()


def test_a_heading_whose_told_lines_hold_runs_of_parts_is_never_passed_over(headings):
    held = 0
    for section in headings:
        parts = part_children(section)
        for fewest in (2, 3):
            if _runs(told_lines(section, parts), fewest=fewest):
                held += 1
                assert may_open_parts(section, parts, fewest), section.title.text
    assert held > 300  # the corpus tells hundreds of stories


def test_parts_told_once_each_in_order_are_never_more_than_one_run(headings):
    for section in headings:
        lines = told_lines(section, part_children(section))
        letters = uses_letters(lines)
        labels = [label for told in lines if (label := told.label(letters=letters))]
        if not _starts_over(labels):
            assert len(_runs(lines)) <= 1, section.title.text


def _labels(*parts: str) -> list[StarLabel]:
    return [StarLabel(part, part, "") for part in parts]


def test_parts_start_over_where_one_comes_again_or_out_of_order():
    assert not _starts_over(_labels("Situation", "Task", "Action", "Result"))
    assert not _starts_over([StarLabel("Situation", "Situation & Task", "", "Task"), *_labels("Action", "Result")])
    assert _starts_over(_labels("Situation", "Task", "Action", "Result", "Situation"))
    assert _starts_over([StarLabel("Action", "Action & Result", "", "Result"), *_labels("Result")])
    assert _starts_over(_labels("Action", "Situation"))


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("# S\n**S:** We were late.\n**T:** Ship it.\n**A:** I cut scope.\n", True),  # letters
        ("# S\nSituation: late. Task: ship.\n\nWe talked about how the task went.\n", False),  # one label only
        ("# S\n```text\nSituation: late\nTask: ship\nAction: cut\n```\n", True),  # a plain text fence is read as lines
        ("# S\n(S) We were late (T) to ship (A) so I cut scope.\n", True),  # parts marked inline
    ],
)
def test_a_heading_may_open_parts_as_its_told_lines_would(text, may):
    section = parse_markdown(text).root.children[0]
    assert may_open_parts(section, part_children(section)) is may


def test_a_heading_passed_over_as_posing_no_scenario_poses_none(headings, monkeypatch):
    posed = [_scenario_prompt(section) for section in headings]
    monkeypatch.setattr(stories, "_may_pose_scenario", lambda _: True)
    assert posed == [_scenario_prompt(section) for section in headings]
    assert sum(not section.children and scenario is not None for section, scenario in zip(headings, posed, strict=True)) > 0


class _EveryLabel:
    def isdisjoint(self, _words: object) -> bool:
        return False


def test_a_label_passed_over_as_holding_no_parts_word_names_no_part(headings, monkeypatch):
    lines = [line for section in headings for block in section.blocks for line in block_lines(block)]
    labels = {section.title.text for section in headings} | {line.lead_bold or line.text[:40] for line in lines}
    labels |= {line.text.partition(":")[0] for line in lines}  # a plain label's words ("What I did: …")
    searched = {label: names.star_part.__wrapped__(label) for label in labels}
    monkeypatch.setattr(names, "_PART_WORDS", _EveryLabel())
    assert searched == {label: names.star_part.__wrapped__(label) for label in labels}
    assert sum(part is not None for part in searched.values()) > 300


@pytest.mark.parametrize(
    "label",
    [
        "Situation",
        "The Context",
        "Background",
        "Challenge",
        "Goals",
        "My Role",
        "Responsibilities",
        "What I did",
        "Steps I taken",
        "How",
        "Approach",
        "Act",
        "Actions Taken",
        "Outcomes",
        "Impact",
        "Results and Metrics",
        "Tarea",
        "Aktion",  # German, beside Aufgabe and Ergebnis
        "Maßnahmen",
        "결과",
        "Context and Challenge",
    ],
)
def test_every_name_of_a_part_is_looked_up(label):
    assert names.star_part.__wrapped__(label) is not None
