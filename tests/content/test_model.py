"""The model's classes compare, hash and show themselves as @dataclass would make them do
(content/model.py writes those methods once for all of them)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from systemcraft_tui.content.model import BehavioralScenario, Origin, ParsedFile, Probe, Problem


def _scenario(**changed) -> BehavioralScenario:
    fields = {
        "id": "s1",
        "title": "A title",
        "code": None,
        "levels": ("L6",),
        "origin": Origin(Path("a.md"), 3),
        "content_hash": "h",
    }
    return BehavioralScenario(**(fields | changed))


def test_equal_when_every_field_is_and_only_within_one_class():
    assert _scenario() == _scenario()
    assert _scenario() != _scenario(title="Another")
    assert _scenario(probes=[Probe("Why?", None, None, 4)]) != _scenario()
    assert Origin(Path("a.md"), 3) != (Path("a.md"), 3)
    assert ParsedFile(Path("a.md")) != ParsedFile(Path("b.md"))


def test_frozen_classes_hash_by_their_fields_and_mutable_ones_do_not_hash():
    first, again = Problem(Path("a.md"), 1, "error", "bad"), Problem(Path("a.md"), 1, "error", "bad")
    assert hash(first) == hash(again) and {first, again} == {first}
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.line = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(_scenario())


def test_shown_as_the_class_and_its_fields_in_order():
    assert repr(Origin(Path("a.md"), 3)) == f"Origin(path={Path('a.md')!r}, line=3)"
    assert repr(_scenario()).startswith("BehavioralScenario(id='s1', title='A title', code=None, levels=('L6',), origin=Origin(")
