"""The question a story is asked when it gives none of its own: its title's, when the title asks."""

import pytest

from systemcraft_tui.content.questions import asks, derived_question


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        ("Q1. Tell me about a time you improved a slow service.", "Tell me about a time you improved a slow service."),
        ("q12) Why do you want this role?", "Why do you want this role?"),
        ("Tell me about a time you failed", "Tell me about a time you failed"),
        # Korean asks with a request, "please tell me …", and no question mark.
        ("Q2. 실패에서 배운 점을 말해 주세요.", "실패에서 배운 점을 말해 주세요."),
        ("장애를 해결한 과정을 설명해 주십시오", "장애를 해결한 과정을 설명해 주십시오"),
    ],
)
def test_a_title_that_asks_is_the_question_without_its_number(title: str, asked: str):
    assert derived_question(title, []) == (asked, "title")


def test_a_title_that_names_a_story_is_asked_by_its_name_number_and_all():
    assert derived_question("Q3. Project Phoenix", []) == ("Walk me through this story: Q3. Project Phoenix", "title")


def test_a_question_still_asks_before_a_short_remark_or_an_or():
    assert asks("What changes have you made? What was the result?  (Manager)")
    assert asks("Who was your most difficult customer? or")
    assert asks("A time you turned down headcount")  # the shorthand of "Tell me about a time"
    assert not asks("Lessons from the rollout (Manager)")
    assert not asks("Backups, caches or")
