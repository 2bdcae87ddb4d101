"""The reader reads a corpus file the same after a rewrite that changes nothing a careful
person reads (tests/content/metamorphic.py): every file each robust transformation applies
to, and any chain of them on a file hypothesis picks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.content.metamorphic import TRANSFORMS, ItemRead, compare, read_signature

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"
FILES = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")

# The transformations the reader is robust to on the whole corpus; tests/benchmarks/robustness.py
# gives the figures for all of them.
ROBUST = (
    "headings_deeper",
    "headings_emoji",
    "star_bold_to_own_line",
    "question_as_prompt",
    "steps_as_paren",
)


@cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _original(path: Path) -> tuple[ItemRead, ...]:
    return read_signature(_text(path), path)


@pytest.mark.parametrize("name", ROBUST)
def test_every_file_reads_the_same_after_a_robust_transformation(name: str) -> None:
    transform = TRANSFORMS[name]
    applied = differ = 0
    differences = []
    for path in FILES:
        changed = transform(_text(path))
        if changed == _text(path):
            continue
        applied += 1
        if (difference := compare(_original(path), read_signature(changed, path))) is not None:
            differ += 1
            differences.append(f"{path.name}: {difference}")
    assert applied >= 10, f"{name} applies to only {applied} corpus files"
    assert not differences, f"{differ} of {applied} read differently:\n" + "\n".join(differences)


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
