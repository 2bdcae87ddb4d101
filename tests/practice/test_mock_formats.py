"""The mock formats as the practice plan template names them: lengths, feedback areas and
what each rating means."""

import pytest

from systemcraft_tui.practice.mock_formats import BEHAVIORAL_ROUND, FORMATS, LOOP, RATINGS


def test_feedback_areas_are_the_templates_with_five_meanings_each():
    assert [[a.name for a in r.areas] for r in LOOP.rounds] == [
        ["Story quality", "Delivery confidence", "LP alignment"],
        ["Technical depth", "Decision rationale", "Leadership perspective"],
        ["Interview-ready confirmation", "Last-minute adjustments"],
    ]
    assert [a.name for a in LOOP.areas] == ["Overall performance", "Areas for final improvement"]
    areas = [a for f in FORMATS.values() for r in f.rounds for a in r.areas] + list(LOOP.areas)
    for area in areas:
        assert len(set(area.meanings)) == len(RATINGS) and [area.meaning(r) for r in RATINGS] == list(area.meanings)
    with pytest.raises(ValueError, match="a rating is 1 to 5, not 0"):
        areas[0].meaning(0)


def test_the_formats_lengths():
    assert [(f.key, f.minutes) for f in FORMATS.values()] == [("behavioral", 45), ("design", 60), ("bar-raiser", 60), ("loop", 185)]
    assert BEHAVIORAL_ROUND.answer_seconds == 45 * 60 - 180 - 300
