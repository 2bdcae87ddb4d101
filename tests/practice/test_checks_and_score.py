from systemcraft_tui.practice.checks import SPOKEN, CheckResult, run_checks
from systemcraft_tui.practice.scoring import score


def _checks(notes, timings=(), principles=()):
    return {c.name: c for c in run_checks(notes, list(timings), list(principles))}


def test_unquantified_result_is_flagged_and_numbers_are_quoted():
    assert not _checks({"Result": "the team was happier"})["Quantified result"].passed
    found = _checks({"Result": "errors fell 40% in two weeks"})["Quantified result"]
    assert found.passed and found.found == ("40%", "two")


def test_we_far_more_than_i():
    check = _checks({"Action": "we planned, we built, our team shipped, we won"})["Your own part"]
    assert not check.passed and check.found == ("we/our/us ×4", "I/my/me ×0")
    assert _checks({"Action": "I decided, we built it, I told my boss"})["Your own part"].passed


def test_blame_and_vagueness_report_the_phrases_found():
    checks = _checks({"Situation": "It was the other team's fault, they failed", "Action": "I kind of fixed stuff"})
    assert checks["Blame"].found == ("they failed", "the other team")
    assert checks["Vagueness"].found == ("kind of", "stuff")


def test_principles_touched_names_the_words():
    check = _checks({"Action": "I read the logs to find the root cause for our customers"}, principles=["Dive Deep", "Frugality"])
    assert not check["Principles touched"].passed
    assert "Not touched: Frugality" in check["Principles touched"].explanation
    assert any(t.startswith("Dive Deep (root cause, logs)") for t in check["Principles touched"].found)


def test_timing_far_outside_the_window():
    check = _checks({}, timings=[("Situation", 80, 30, 45), ("Action", 30, 90, 120), ("Task", 20, 15, 30)])["Timing"]
    assert not check.passed
    assert check.found == ("Situation 80s (window 30-45s): over", "Action 30s (window 90-120s): under")


def test_score_formula():
    passed = [CheckResult("a", True, ""), CheckResult("b", False, "")]
    timings = [("Situation", 40, 30, 45), ("Task", 60, 15, 30)]
    # 70 × (4-1)/4 + 20 × 1/2 + 10 × 1/2 − 5 = 52.5 + 10 + 5 − 5 = 62.5 → 62 (banker's rounding of .5)
    assert score({"x": 4, "y": 4}, timings, passed, 1) == 62
    assert score({"x": 5}, [("S", 1, 0, 5)], [CheckResult("a", True, "")], 0) == 100
    assert score({"x": 1}, timings, passed, 10) == 0


def test_notes_explanations_name_the_notes():
    checks = _checks({"Result": "the team was happier", "Action": "I kind of fixed it"}, principles=["Dive Deep"])
    assert checks["Quantified result"].explanation == "No number in the Result notes: say what changed, by how much, by when."
    assert checks["Vagueness"].explanation == "The notes sounds vague: rephrase around what you did."
    assert _checks({})["Your own part"].explanation == "No notes to check."
    assert _checks({})["Quantified result"].explanation == "No Result notes to check."


def test_the_same_checks_run_on_what_was_said():
    said = {
        "Action": "Um, I read the logs and, you know, we sort of fixed it.",
        "Result": "Errors fell from three percent to half a percent, forty thousand dollars saved.",
    }
    checks = {c.name: c for c in run_checks(said, [("Action", 100, 90, 120)], ["Dive Deep"], source=SPOKEN)}
    result = checks["Quantified result"]
    # Spoken numbers come as words: the transcript reader finds them whole.
    assert result.passed and result.found == ("three percent", "half a percent", "forty thousand")
    assert result.explanation == "The Result as you said it carries numbers."
    assert checks["Vagueness"].explanation == "What you said sounds vague: rephrase around what you did."
    assert checks["Vagueness"].found == ("sort of",)
    assert checks["Principles touched"].passed and checks["Timing"].passed
    silent = {c.name: c for c in run_checks({"Result": " "}, [], [], source=SPOKEN)}
    assert silent["Quantified result"].explanation == "Nothing was heard in the Result."
    assert silent["Your own part"].explanation == "Nothing was heard to check."


def test_spoken_numbers_beyond_ten_count_only_for_speech():
    result = {"Result": "we saved forty thousand dollars"}
    assert not _checks(result)["Quantified result"].passed  # the notes' reader, as before
    assert run_checks(result, [], [], source=SPOKEN)[0].passed
