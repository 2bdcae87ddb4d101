"""Sample answers written in plain fences under an answer label (content/answer_fences.py)."""

from systemcraft_tui.content.answer_fences import with_answer_fences_opened

PROSE = "From the first week I owned the billing export; it failed every month end.\nI rewrote it to run in batches and it has not failed since then.\n"


def test_a_prose_fence_under_an_answer_label_is_opened_in_place():
    text = f"## Q1. Tell me about yourself\n\n**Sample answer**:\n\n```\n{PROSE}```\n\nTips follow.\n"
    opened = with_answer_fences_opened(text)
    assert "```" not in opened
    assert opened.splitlines() == [line if line != "```" else "" for line in text.splitlines()]


def test_a_fence_of_code_under_an_answer_label_stays_code():
    code = "def limit(user):\n    return bucket[user].take() > 0\n"
    text = f"## How would you rate-limit?\n\n**Answer:**\n\n```\n{code}```\n"
    assert with_answer_fences_opened(text) == text


def test_a_prose_fence_under_no_answer_label_stays_code():
    text = f"## Notes\n\nSome context first.\n\n```\n{PROSE}```\n"
    assert with_answer_fences_opened(text) == text


def test_a_fence_with_a_language_stays_code():
    text = f"**Sample answer**:\n\n```python\n{PROSE}```\n"
    assert with_answer_fences_opened(text) == text
