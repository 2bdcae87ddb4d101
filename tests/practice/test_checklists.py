"""The checklist beside each design phase: what a strong candidate covers in it."""

from __future__ import annotations

import pytest

from systemcraft_tui.practice.checklists import _BY_KEYWORD, ITEM_WIDTH, phase_checklist


@pytest.mark.parametrize(
    ("phase", "first"),
    [
        ("Scale Estimation", "Estimates done (QPS, storage, bandwidth)"),  # an estimate, though it says "scale"
        ("Capacity Estimation", "Estimates done (QPS, storage, bandwidth)"),
        ("Scaling Strategies", "Bottlenecks named"),  # scaling, not estimating
        ("Performance and Bottlenecks", "Bottlenecks named"),
        ("Requirements Clarification", "Functional requirements clarified"),
    ],
)
def test_each_phase_gets_the_checklist_for_what_it_is(phase: str, first: str):
    assert phase_checklist(phase)[0] == first


def test_every_item_fits_its_line():
    assert all(len(item) <= ITEM_WIDTH for _, items in _BY_KEYWORD for item in items)
