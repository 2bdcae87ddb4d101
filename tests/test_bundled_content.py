"""The bundled library: lint-clean, complete, and every principle covered at L6 and L7."""

from collections import Counter

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.locations import bundled_content_dir


@pytest.fixture(scope="module")
def library():
    return load_library([bundled_content_dir()])


def test_bundled_content_is_lint_clean_even_strict(library):
    assert [p.format() for p in library.problems] == []


def test_bundled_library_counts(library):
    kinds = Counter(item.kind for item in library.items)
    assert kinds["behavioral"] >= 32
    assert kinds["system_design"] >= 8
    assert kinds["deep_dive"] >= 6
    assert kinds["plan"] >= 2


def test_every_principle_is_primary_at_l6_and_at_l7(library):
    primaries = {
        (level, item.canonical_principles[0])
        for item in library.items
        if item.kind == "behavioral" and item.canonical_principles
        for level in item.levels
    }
    missing = [(level, p) for level in ("L6", "L7") for p in PRINCIPLES if (level, p) not in primaries]
    assert missing == []


def test_every_behavioral_scenario_is_complete(library):
    for item in (i for i in library.items if i.kind == "behavioral"):
        assert [s.timing for s in item.star] == ["file"] * 4, item.id
        assert len(item.probes) >= 2 and all(p.answer for p in item.probes), item.id
        assert item.red_flags and item.success_factors and item.self_assessment, item.id
        assert item.principles[0].role == "Primary", item.id


def test_design_problems_cover_each_interview_format(library):
    designs = [i for i in library.items if i.kind == "system_design"]
    formats = Counter(d.total_minutes for d in designs)
    assert formats[45] >= 2 and formats[60] >= 3 and formats[90] >= 2, formats
    assert {lvl for d in designs for lvl in d.levels} >= {"L6", "L7"}
    assert all(p.timing == "file" for d in designs for p in d.phases)


def test_plans_of_six_and_twelve_weeks(library):
    lengths = sorted(i.length_weeks for i in library.items if i.kind == "plan")
    assert 6 in lengths and 12 in lengths
    for plan in (i for i in library.items if i.kind == "plan"):
        assert len(plan.dimensions) == 9 and len(plan.triggers) == 3 and plan.milestones
