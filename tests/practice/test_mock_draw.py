"""The mock draw: no repeats, principle spread, the same seed gives the same loop, the lean
towards weak principles and due cards, and a library too small to fill a format."""

import dataclasses
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.practice.mock_draw import (
    DrawHistory,
    draw_from_plain,
    draw_mock,
    draw_to_plain,
    recent_ids,
)
from systemcraft_tui.practice.mock_formats import BAR_RAISER, BEHAVIORAL, DESIGN, FORMATS, LOOP, RoundKind
from systemcraft_tui.practice.mock_questions import DIVE_DEEPER_LEVELS, OPEN_QUESTION, PRINCIPLE_QUESTIONS, near_duplicate
from tests.practice.mock_items import bundled_library, problem, scenario

BUNDLED = bundled_library()
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

seeds = st.integers(min_value=0, max_value=2**32)
formats = st.sampled_from(list(FORMATS.values()))


@st.composite
def libraries(draw, min_scenarios=1, max_scenarios=24):
    """Scenarios on a random handful of principles (some on none), at either level, with
    0-3 probes, and 0-2 design problems."""
    principles = draw(st.lists(st.sampled_from(PRINCIPLES), min_size=1, max_size=10, unique=True))
    specs = draw(
        st.lists(
            st.tuples(st.sampled_from([*principles, None]), st.sampled_from(["L6", "L7"]), st.integers(0, 3)),
            min_size=min_scenarios,
            max_size=max_scenarios,
        )
    )
    items = [scenario(f"s{i:02d}", p, level, probes) for i, (p, level, probes) in enumerate(specs)]
    return items + [problem(f"p{i}") for i in range(draw(st.integers(0, 2)))]


def _owning_rounds(fmt):
    return [r for r in fmt.rounds if r.kind is not RoundKind.DESIGN]


@SETTINGS
@given(libraries(), formats, seeds)
def test_no_item_is_asked_twice_and_each_question_is_on_a_principle_its_round_owns(library, fmt, seed):
    drawn = draw_mock(fmt, library, DrawHistory(), seed)
    ids = [q.item_id for q in drawn.questions]
    assert len(ids) == len(set(ids))
    for r in drawn.rounds:
        assert len(r.principles) <= r.format.principles[1]
        assert len(r.questions) <= r.format.questions[1]
        assert {q.principle for q in r.questions} - {None} == set(r.principles)


@SETTINGS
@given(libraries(), formats, seeds)
def test_the_loop_covers_as_many_distinct_principles_as_the_library_allows(library, fmt, seed):
    drawn = draw_mock(fmt, library, DrawHistory(), seed)
    primaries = {s.canonical_principles[0] for s in library if getattr(s, "canonical_principles", None)}
    capacity = sum(r.principles[1] for r in _owning_rounds(fmt))
    assert len(drawn.principles) == min(capacity, len(primaries))
    # Rounds never share a principle while an unowned one was still on offer.
    owned = [p for r in drawn.rounds for p in r.principles]
    if len(primaries) >= capacity:
        assert len(owned) == len(set(owned))


@SETTINGS
@given(libraries(), formats, seeds)
def test_the_same_seed_gives_the_same_draw_and_it_survives_plain_json(library, fmt, seed):
    history = DrawHistory({"Ownership": 40.0}, frozenset(["s01", "s03"]), frozenset(["s02"]))
    first = draw_mock(fmt, library, history, seed)
    assert draw_mock(fmt, list(reversed(library)), history, seed) == first  # nor does the library's order matter
    assert draw_from_plain(json.loads(json.dumps(draw_to_plain(first)))) == first


def test_different_seeds_usually_give_different_loops():
    loops = {draw_mock(LOOP, BUNDLED, DrawHistory(), seed).questions for seed in range(50)}
    assert len(loops) >= 45


@SETTINGS
@given(libraries(max_scenarios=1), seeds)
def test_a_library_of_one_scenario_still_runs_a_round_and_says_what_is_missing(library, seed):
    for fmt in (BEHAVIORAL, BAR_RAISER, LOOP):
        drawn = draw_mock(fmt, library, DrawHistory(), seed)
        assert drawn.can_run and len(drawn.rounds[0].questions) == 1
        assert any("asks 1 question instead of 3-4" in note for note in drawn.notes)
    loop = draw_mock(LOOP, library, DrawHistory(), seed)
    kinds = [r.format.kind for r in loop.rounds]
    assert RoundKind.BAR_RAISER not in kinds  # its one scenario went to the behavioral round
    assert "Round 3 (bar raiser): the library has no behavioral scenario left unasked, so the round is left out." in loop.notes


def test_no_design_problem_leaves_the_design_round_out_with_the_reason():
    library = [scenario(f"s{i}", p) for i, p in enumerate(PRINCIPLES[:8])]
    design = draw_mock(DESIGN, library, DrawHistory(), 1)
    assert not design.can_run
    assert design.notes == (
        "System design round: the library has no system design problem, so the round is left out.",
        "Nothing can be asked: the mock cannot run with this library.",
    )
    loop = draw_mock(LOOP, library, DrawHistory(), 1)
    assert [r.format.kind for r in loop.rounds] == [RoundKind.BEHAVIORAL, RoundKind.BAR_RAISER]
    assert loop.notes == ("Round 2 (system design round): the library has no system design problem, so the round is left out.",)


def test_a_scenario_without_a_star_answer_is_never_asked():
    library = [scenario("s0", "Ownership"), dataclasses.replace(scenario("s1", "Frugality"), star=[])]
    assert [q.item_id for q in draw_mock(BEHAVIORAL, library, DrawHistory(), 4).questions] == ["s0"]
    drawn = draw_mock(BEHAVIORAL, library[1:], DrawHistory(), 4)
    assert not drawn.can_run
    assert drawn.notes[0] == "Behavioral round: the library has no behavioral scenario with a STAR answer, so the round is left out."


def test_fewer_questions_go_deeper():
    library = [scenario(f"s{i}", p, level="L7") for i, p in enumerate(PRINCIPLES[:3])]
    (drawn,) = draw_mock(BAR_RAISER, library, DrawHistory(), 6).rounds
    assert [len(q.dive_deeper) for q in drawn.questions] == [4, 4, 4]  # four would have room for three levels each


def test_an_empty_library_cannot_run():
    drawn = draw_mock(LOOP, [], DrawHistory(), 3)
    assert not drawn.can_run and drawn.rounds == ()
    assert drawn.notes[-1] == "Nothing can be asked: the mock cannot run with this library."


def test_the_bundled_loop_owns_three_principles_a_round_all_different():
    drawn = draw_mock(LOOP, BUNDLED, DrawHistory(), 11)
    behavioral, design, bar_raiser = drawn.rounds
    assert len(behavioral.principles) == len(bar_raiser.principles) == 3
    assert not set(behavioral.principles) & set(bar_raiser.principles)
    assert len(behavioral.questions) == 4 and all(len(q.probes) == 2 for q in behavioral.questions)
    assert len(design.questions) == 1 and design.principles == () and len(design.questions[0].probes) == 2
    assert len(bar_raiser.questions) == 4
    for q in bar_raiser.questions:
        # An L7 answer is planned at the sum of its STAR windows (about 4.5 min): all four levels fit.
        assert len(q.probes) == 1 and len(q.dive_deeper) == 4
        assert all(prompt in level for prompt, level in zip(q.dive_deeper, DIVE_DEEPER_LEVELS, strict=False))


def test_long_answers_mean_fewer_probes_then_fewer_questions():
    # A 10-minute answer and two 90-second probes make 13 minutes; the round has 37 for answers.
    library = [scenario(f"s{i}", p, answer_minutes=(8, 10)) for i, p in enumerate(PRINCIPLES[:3] * 2)]
    (drawn,) = draw_mock(BEHAVIORAL, library, DrawHistory(), 5).rounds
    assert len(drawn.questions) == 3 and all(len(q.probes) == 1 for q in drawn.questions)


def test_the_question_asked_hides_the_title_and_is_derived_when_the_file_has_none():
    library = [scenario("a", "Frugality", question="Tell me about a budget cut."), scenario("b", "Earn Trust"), scenario("c", None)]
    (drawn,) = draw_mock(BEHAVIORAL, library, DrawHistory(), 2).rounds
    asked = {q.item_id: q.asked for q in drawn.questions}
    assert asked == {"a": "Tell me about a budget cut.", "b": PRINCIPLE_QUESTIONS["Earn Trust"], "c": OPEN_QUESTION}
    assert all("Title of" not in text for text in asked.values())
    (design,) = draw_mock(DESIGN, [problem("p")], DrawHistory(), 2).rounds
    assert design.questions[0].asked == "Let's design this together: Design of p."


def test_a_loop_never_asks_one_question_twice_in_other_words():
    # Two files ask the same question worded a little apart; two more have none of their own
    # and fall back on Ownership's. Each pair is one question: a loop asks it once at most.
    disagreed = "Tell me about a time you disagreed with your manager. What did you do?"
    library = [
        scenario("a", "Have Backbone; Disagree and Commit", question=disagreed),
        scenario("b", "Have Backbone; Disagree and Commit", question="Tell me about a time when you disagreed with your manager - what did you do?"),
        scenario("c", "Ownership"),
        scenario("d", "Ownership"),
        *(scenario(f"s{i}", p) for i, p in enumerate(PRINCIPLES[2:8])),
    ]
    for seed in range(40):
        for fmt in (BEHAVIORAL, LOOP):
            ids = {q.item_id for q in draw_mock(fmt, library, DrawHistory(), seed).questions}
            assert not {"a", "b"} <= ids and not {"c", "d"} <= ids


def test_near_duplicates_are_the_same_words_in_order_not_the_same_topic():
    assert near_duplicate("Tell me about a time you failed.", "tell me about a TIME you failed")
    assert near_duplicate("Tell me about a time you disagreed with your manager.", "Tell me about a time you disagreed with your manager? How did it end?")
    assert not near_duplicate("Tell me about a time you disagreed with your manager.", "Tell me about a time you missed a deadline.")
    # The bundled L6 and L7 files on Have Backbone ask one question in other words; its
    # closest two distinct questions stay two.
    assert near_duplicate(
        "Tell me about a time you strongly disagreed with a decision made by someone senior to you. What did you do, and what happened after the decision was made?",
        "Tell me about a time you strongly disagreed with a senior leader's decision. What did you do, and what did you do after the decision was made?",
    )
    assert not near_duplicate(
        "Tell me about a time you had to grow an organization quickly. How did you keep the bar high?",
        "Tell me about a time you had to lead an organization in a domain you did not know.",
    )


def test_the_bundled_loop_never_asks_one_question_twice_in_other_words():
    # The L6 and L7 files on these principles ask one question in other words.
    pairs = [{f"l6-{name}/l6-{short}", f"l7-{name}/l7-{short}"} for name, short in (("bias-for-action", "bfa"), ("have-backbone-disagree-and-commit", "hbdc"))]
    for seed in range(60):
        asked = {q.item_id for q in draw_mock(LOOP, BUNDLED, DrawHistory(), seed).questions}
        assert not any(pair <= asked for pair in pairs), seed


def test_every_principle_has_a_question_of_its_own():
    assert list(PRINCIPLE_QUESTIONS) == list(PRINCIPLES)
    assert len(set(PRINCIPLE_QUESTIONS.values())) == len(PRINCIPLES)


def test_the_reason_names_the_principle_and_the_history():
    history = DrawHistory({"Frugality": 42.4}, frozenset(["a"]), frozenset(["a"]))
    (drawn,) = draw_mock(BEHAVIORAL, [scenario("a", "Frugality")], history, 0).rounds
    assert drawn.questions[0].reason == "drawn for Frugality (mean score 42); due for review; practised in the last 3 days"


def test_recent_ids_are_those_practised_in_the_last_three_days():
    now = datetime(2026, 11, 2, 9, tzinfo=UTC)
    last = {"a": now - timedelta(days=1), "b": now - timedelta(days=3), "c": now - timedelta(days=3, seconds=1)}
    assert recent_ids(last, now) == frozenset(["a", "b"])


# --- the lean, over fixed seeds (so it cannot flake) --------------------------------------
# Each bundled principle has an L6 and an L7 scenario. Shares measured over seeds 0-199 are
# in the comments; the bounds leave room on the side of no lean (0.5).

L6_IDS = frozenset(i.id for i in BUNDLED if getattr(i, "levels", ()) == ("L6",) and i.kind == "behavioral")
L7_IDS = frozenset(i.id for i in BUNDLED if getattr(i, "levels", ()) == ("L7",) and i.kind == "behavioral")


def _asked(fmt, history, seeds=range(200)):
    return [q for seed in seeds for q in draw_mock(fmt, BUNDLED, history, seed).questions if q.principle]


def test_no_lean_without_history():
    asked = _asked(BEHAVIORAL, DrawHistory())
    assert 0.45 < sum(q.item_id in L6_IDS for q in asked) / len(asked) < 0.55  # 0.50


def test_due_cards_are_asked_more_often():
    asked = _asked(BEHAVIORAL, DrawHistory(due_ids=L6_IDS))
    assert sum(q.item_id in L6_IDS for q in asked) / len(asked) > 0.6  # 0.66: the fourth question, a sibling of a first pick, has no choice


def test_what_was_practised_lately_is_asked_less_often():
    asked = _asked(BEHAVIORAL, DrawHistory(recent_ids=L6_IDS))
    assert sum(q.item_id in L6_IDS for q in asked) / len(asked) < 0.4  # 0.31


def test_weak_principles_are_owned_more_often():
    strong = PRINCIPLES[:8]
    history = DrawHistory({p: 95.0 for p in strong})
    owned = [p for seed in range(200) for r in draw_mock(BEHAVIORAL, BUNDLED, history, seed).rounds for p in r.principles]
    assert sum(p not in strong for p in owned) / len(owned) > 0.62  # 0.70; 0.48 with no history


def test_the_bar_raiser_prefers_l7_scenarios():
    asked = _asked(BAR_RAISER, DrawHistory())
    assert sum(q.item_id in L7_IDS for q in asked) / len(asked) > 0.6  # 0.66


# --- no hash order ------------------------------------------------------------------------

_SCRIPT = """
import json
from systemcraft_tui.practice.mock_draw import DrawHistory, draw_mock, draw_to_plain
from systemcraft_tui.practice.mock_formats import LOOP
from tests.practice.mock_items import bundled_library
items = bundled_library()
ids = [i.id for i in items]
history = DrawHistory({"Ownership": 30.0, "Frugality": 80.0}, frozenset(ids[::3]), frozenset(ids[1::4]))
print(json.dumps([draw_to_plain(draw_mock(LOOP, items, history, seed)) for seed in range(5)]))
"""


def test_the_draw_does_not_depend_on_string_hash_order():
    root = Path(__file__).parent.parent.parent
    outputs = [
        subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "4242")
    ]
    assert outputs[0] == outputs[1]
    ids = [i.id for i in BUNDLED]
    history = DrawHistory({"Ownership": 30.0, "Frugality": 80.0}, frozenset(ids[::3]), frozenset(ids[1::4]))
    here = [draw_to_plain(draw_mock(LOOP, BUNDLED, history, seed)) for seed in range(5)]
    assert json.loads(outputs[0]) == here
