"""What was heard, put into the session the log keeps: each part's transcript by its step's
place, and the checks on what was said only once every timed step is heard."""

import random

from systemcraft_tui.core.records import SpokenPart
from systemcraft_tui.ui.heard_saves import with_heard
from tests.store import factories


def _part(text: str) -> SpokenPart:
    return SpokenPart(text, 10.0, len(text.split()), 8.0, 60.0, 75.0)


def _session(number: int = 1):
    session = factories.session(random.Random(number), number)
    session.principles = ("Ownership",)
    return session


def test_parts_go_to_their_steps_sections_first_then_probes():
    heard = {0: _part("We had an outage."), 3: _part("Errors fell by 40%."), 4: _part("I owned it."), 5: "Transcribing…"}
    session = with_heard(_session(), heard, waiting={5})
    assert [s.spoken and s.spoken.transcript for s in session.sections] == [
        "We had an outage.",
        None,
        None,
        "Errors fell by 40%.",
    ]
    assert [p.spoken and p.spoken.transcript for p in session.probes] == ["I owned it.", None]


def test_the_checks_on_what_was_said_wait_for_every_timed_step():
    heard = {0: _part("We had an outage."), 3: _part("Errors fell by 40%.")}
    assert with_heard(_session(), heard, waiting={1}).spoken_checks == []
    checks = {c.name: c for c in with_heard(_session(), heard, waiting={4}).spoken_checks}  # a probe may still wait
    assert checks["Quantified result"].passed and checks["Quantified result"].found == ("40%",)
    assert "Something you said" not in checks["Blame"].explanation
    assert checks["Principles touched"].explanation == "Not touched: Ownership"
    assert "Timing" not in checks


def test_a_design_is_checked_for_vagueness_only():
    design = next(s for s in (_session(n) for n in range(10)) if s.scenario.kind == "system_design")
    session = with_heard(design, {0: _part("We basically shard by user, sort of.")}, waiting=set())
    (check,) = session.spoken_checks
    assert check.name == "Vagueness" and not check.passed and check.found == ("sort of", "basically")


def test_nothing_heard_leaves_the_session_as_it_was():
    session = _session()
    assert with_heard(session, {}, waiting=set()) == session
