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
    # Notes in keywords name no one: not said to show the candidate's own actions.
    assert _checks({"Action": "cut scope, replay harness"})["Your own part"].explanation == 'No "I" or "we" to weigh.'


def test_blame_and_vagueness_report_the_phrases_found():
    checks = _checks({"Situation": "It was the other team's fault, they failed", "Action": "I kind of fixed stuff"})
    assert checks["Blame"].found == ("they failed", "the other team")
    assert checks["Vagueness"].found == ("kind of", "stuff")


def test_outcomes_claimed_without_a_number_are_vague():
    for claim, found in (
        ("It went well, things improved a lot", ("went well", "things improved", "improved a lot")),
        ("The launch was a big success and everyone was happy.", ("big success", "everyone was happy")),
        ("Latency got much better; it really paid off", ("much better", "paid off")),
        ("Costs were significantly reduced", ("significantly reduced",)),
    ):
        check = _checks({"Result": claim})["Vagueness"]
        assert not check.passed and set(check.found) == set(found), claim
        assert "without a number" in check.explanation


def test_outcomes_with_their_numbers_and_words_that_only_look_alike_are_not_vague():
    for plain in (
        "It went well: churn fell from 9% to 4% in one quarter",
        "Errors fell a lot, from 4.1% to 0.2%",
        "Costs were significantly reduced, by 40%",
        "I focused on wellbeing and the team's positive energy",
        "The change worked; outages went from five a month to one",
        "I owned the rollout and told the director on day one",
    ):
        assert _checks({"Result": plain})["Vagueness"].passed, plain


def test_principles_touched_names_the_words():
    check = _checks({"Action": "I read the logs to find the root cause for our customers"}, principles=["Dive Deep", "Frugality"])
    assert not check["Principles touched"].passed
    assert "Not touched: Frugality" in check["Principles touched"].explanation
    assert any(t.startswith("Dive Deep (root cause, logs)") for t in check["Principles touched"].found)


def test_timing_far_outside_the_window():
    check = _checks({}, timings=[("Situation", 80, 30, 45), ("Action", 30, 90, 120), ("Task", 20, 15, 30)])["Timing"]
    assert not check.passed
    assert check.found == ("Situation 1:20, 0:35 over (window 0:30–0:45)", "Action 0:30, 1:00 short (window 1:30–2:00)")


def test_score_formula():
    passed = [CheckResult("a", True, ""), CheckResult("b", False, "")]
    timings = [("Situation", 40, 30, 45), ("Task", 60, 15, 30)]
    # 70 × (4-1)/4 + 20 × 1/2 + 10 × 1/2 − 5 = 52.5 + 10 + 5 − 5 = 62.5 → 63, a half up as by hand
    assert score({"x": 4, "y": 4}, timings, passed, 1) == 63
    assert score({"x": 4, "y": 4}, timings, [], 0) == 63  # 52.5 + 10: the walk saw 62
    assert score({"x": 5}, [("S", 1, 0, 5)], [CheckResult("a", True, "")], 0) == 100
    assert score({"x": 1}, timings, passed, 10) == 0


def test_notes_explanations_name_the_notes():
    checks = _checks({"Result": "the team liked it", "Action": "I kind of fixed it"}, principles=["Dive Deep"])
    assert checks["Quantified result"].explanation == "No number in the Result notes: say what changed, by how much, by when."
    assert checks["Vagueness"].explanation == "Something in the notes sounds vague: rephrase around what you did."
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
    assert checks["Vagueness"].explanation == "Something you said sounds vague: rephrase around what you did."
    assert checks["Vagueness"].found == ("sort of",)
    assert checks["Principles touched"].passed and checks["Timing"].passed
    silent = {c.name: c for c in run_checks({"Result": " "}, [], [], source=SPOKEN)}
    assert silent["Quantified result"].explanation == "Nothing was heard in the Result."
    assert silent["Your own part"].explanation == "Nothing was heard to check."


def test_spoken_numbers_beyond_ten_count_only_for_speech():
    result = {"Result": "we saved forty thousand dollars"}
    assert not _checks(result)["Quantified result"].passed  # the notes' reader, as before
    assert run_checks(result, [], [], source=SPOKEN)[0].passed


def test_checks_on_words_say_they_could_not_check_empty_notes():
    # With nothing written, "Nothing that blames others" would pass a blank page.
    for notes, source, nothing in (({"Action": "  "}, None, "No notes to check."), ({}, SPOKEN, "Nothing was heard to check.")):
        checks = {c.name: c for c in run_checks(notes, [], ["Dive Deep"], **({"source": source} if source else {}))}
        for name in ("Blame", "Vagueness", "Principles touched"):
            assert not checks[name].passed and checks[name].explanation == nothing and not checks[name].found
    assert "Principles touched" not in _checks({})  # no principle asked for: nothing to check


def test_an_item_that_tests_no_principle_passes_no_principles_check_on_notes_that_touch_none():
    named = {c.name: c for c in run_checks({"Answer": "I stay calm when things break."}, [], [])}
    assert "Principles touched" not in named
    touched = {c.name: c for c in run_checks({"Answer": "I took ownership of the outage."}, [], [])}
    assert touched["Principles touched"].passed and touched["Principles touched"].found


def test_an_answer_told_whole_is_quantified_by_a_figure_anywhere_in_it():
    # One part and no Result (a prepared answer): the figures may sit anywhere in it.
    (pitch,) = [c for c in run_checks({"Answer": "I run a platform for 300 engineers."}, [], []) if c.name == "Quantified result"]
    assert (pitch.passed, pitch.found, pitch.explanation) == (True, ("300",), "The notes carry numbers.")
    (bare,) = [c for c in run_checks({"Answer": "I like hard problems."}, [], [], SPOKEN) if c.name == "Quantified result"]
    assert not bare.passed and bare.explanation.startswith("No number in what you said")
    # A story's Result still carries them: its other parts' numbers do not count.
    (story,) = [
        c for c in run_checks({"Situation": "Load grew 40%.", "Result": "It held."}, [], []) if c.name == "Quantified result"
    ]
    assert not story.passed


def test_the_timing_of_an_answer_told_whole_speaks_of_the_answer_not_of_sections():
    kept = _checks({"Answer": "I ..."}, [("Answer", 90, 60, 120)])["Timing"]
    assert (kept.passed, kept.explanation) == (True, "The answer stayed near its window.")
    over = _checks({"Answer": "I ..."}, [("Answer", 300, 60, 120)])["Timing"]
    assert (over.passed, over.explanation) == (False, "The answer ran far outside its window.")


def test_i_we_and_numbers_are_counted_in_chinese_and_japanese_notes_too():
    own = _checks({"Answer": "私は倉庫システムを五年間担当し、私たちのチームは三百人の利用者を支えました。"})
    assert own["Your own part"].found == ("we/our/us ×1", "I/my/me ×1")
    assert own["Quantified result"].found == ("五", "三百")
    assert _checks({"Answer": "我负责了两个月的迁移。我们的团队因此少加班。"})["Your own part"].found == ("we/our/us ×1", "I/my/me ×1")
