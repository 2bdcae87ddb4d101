"""The reader reads a corpus file the same after a rewrite that changes nothing a careful
person reads (tests/content/metamorphic.py): every file each transformation applies to but
the known misses, and any chain of the transformations with none on a file hypothesis picks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.parser import decode
from tests.content.metamorphic import TRANSFORMS, ItemRead, compare, read_signature

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"
FILES = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")

# The files each transformation still changes the read of (tests/benchmarks/robustness.py
# --misses says how): every other file it applies to must read the same.
KNOWN_MISSES: dict[str, set[str]] = {
    "headings_shallower": {"front_matter_page_star_framework.md"},
    "headings_lower_case": {
        "leading_time_budget_cheatsheet.md",
        "scenario_headings_answered_by_steps.md",
    },
    "headings_title_case": {"coded_bank_short_story.md"},
    "star_bold_to_list_item": {"leadership_scenes_situation_to_you.md"},
    "star_bold_to_plain_label": {"leadership_scenes_situation_to_you.md"},
    "star_bold_to_dash": {"leadership_scenes_situation_to_you.md"},
    "star_synonyms": {
        "coded_bank_short_story.md",
        "leadership_scenes_situation_to_you.md",
        "question_file_example_response.md",
        "scenario_page_star_notes_framework.md",
        "scenario_scene_headings.md",
        "star_answers_in_text_fences.md",
        "star_parts_table_cells_heading_values_arrows.md",
        "story_bank_question_variations.md",
        "story_title_subheading.md",
    },
    "question_as_q": {
        "question_line_level_answers.md",
        "questions_with_sample_answers.md",
        "scenario_page_scene_heading_questions.md",
        "star_explainer_then_question_bank.md",
    },
    "timing_dash_minutes": {"story_portfolio_short_and_full_telling.md"},
    "timing_brackets": {"heading_labelled_parts_reflection.md", "story_portfolio_short_and_full_telling.md"},
    "steps_as_step_n": {
        "design_steps_counted_on_into_a_list.md",
        "model_answers_quoted_question_headings.md",
        "plain_label_lines_timed.md",
        "story_numbered_parts_qa_follow_ups.md",
    },
    "weeks_as_bold_lines": {"problem_set_closing_plan.md"},
}
# Those the reader reads every corpus file the same after, chained in any order below.
ROBUST = tuple(name for name in TRANSFORMS if name not in KNOWN_MISSES)


@cache
def _text(path: Path) -> str:
    return decode(path.read_bytes())  # as the reader decodes it (a UTF-16 file too)


@cache
def _original(path: Path) -> tuple[ItemRead, ...]:
    return read_signature(_text(path), path)


@pytest.mark.parametrize("name", TRANSFORMS)
def test_every_file_reads_the_same_after_a_transformation_but_its_known_misses(name: str) -> None:
    transform = TRANSFORMS[name]
    applied = 0
    differences = []
    for path in FILES:
        changed = transform(_text(path))
        if changed == _text(path) or path.name in KNOWN_MISSES.get(name, ()):
            continue
        applied += 1
        if (difference := compare(_original(path), read_signature(changed, path))) is not None:
            differences.append(f"{path.name}: {difference}")
    assert applied >= 8, f"{name} applies to only {applied} corpus files"
    assert not differences, f"{len(differences)} of {applied} read differently:\n" + "\n".join(differences)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(FILES), chain=st.lists(st.sampled_from(ROBUST), min_size=1, max_size=3))
def test_a_chain_of_robust_transformations_reads_the_same(path: Path, chain: list[str]) -> None:
    text = _text(path)
    for name in chain:
        text = TRANSFORMS[name](text)
    assert compare(_original(path), read_signature(text, path)) is None


def test_code_blocks_and_front_matter_are_not_transformed() -> None:
    text = "---\ntitle: x\n# not a heading\n---\n# Title\n```\n## in code\n**Situation:** code\n```\n**Situation:** told\n"
    assert TRANSFORMS["headings_deeper"](text) == text.replace("# Title", "## Title")
    assert TRANSFORMS["star_bold_to_own_line"](text) == text.replace("**Situation:** told", "**Situation**\n\ntold")


def test_a_transformation_that_does_not_apply_leaves_the_text() -> None:
    deepest = "# Title\n###### Six\n"
    assert TRANSFORMS["headings_deeper"](deepest) == deepest
    assert TRANSFORMS["headings_shallower"]("# Title\n## Part\n") == "# Title\n## Part\n"


def test_the_comparison_sees_a_changed_read() -> None:
    text = "# Story\n\n## Question\nTell me about a time you led.\n\n## Situation\nA.\n\n## Task\nB.\n\n## Action\nI did C.\n\n## Result\nD.\n"
    path = CORPUS / "made_up.md"
    without_result = text.replace("## Result\nD.\n", "")
    assert compare(read_signature(text, path), read_signature(text, path)) is None
    assert compare(read_signature(text, path), read_signature(without_result, path)) is not None
