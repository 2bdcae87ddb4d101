"""A deep dive's checklist score and the time spent on each checklist."""

from systemcraft_tui.practice.deep_dive import ChecklistTimer, checklist_score


def test_the_score_is_the_mean_rating_on_a_0_to_100_scale():
    assert checklist_score({}) is None
    assert checklist_score({"a": 1, "b": 1}) == 0
    assert checklist_score({"a": 5}) == 100
    assert checklist_score({"a": 3, "b": 4}) == 63  # mean 3.5 → 62.5, a half up
    assert checklist_score({"a": 2, "b": 3, "c": 5}) == 58  # mean 3.33 → 58.3


def test_time_goes_to_the_checklist_being_worked_on_and_adds_up():
    timer = ChecklistTimer(3, now=100.0)
    timer.work_on(0, now=130.0)  # 30 s reading the table count towards the first checklist
    timer.work_on(2, now=150.0)
    timer.work_on(0, now=175.0)
    assert timer.seconds(now=180.0) == [55.0, 0.0, 25.0]
    assert timer.seconds(now=190.0) == [65.0, 0.0, 25.0]


def test_a_deep_dive_without_checklists_has_no_parts():
    assert ChecklistTimer(0, now=5.0).seconds(now=9.0) == []
