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


def test_a_prose_fence_under_the_candidate_s_name_in_a_script_is_opened():
    # A mock interview's script: the interviewer's question as the heading, `You`: over the words to say.
    text = f"## Director: Tell me about yourself.\n`You`:\n```\n{PROSE}```\n"
    assert "```" not in with_answer_fences_opened(text)


def test_a_heading_over_a_fence_of_its_own_first_person_text_alone_opens_it():
    pitch = "I'm a backend engineer of eight years, the last three leading a squad of six on payments.\n"
    text = f"## Lead Pitch (1-minute)\n```\n{pitch}```\n\n## Next\n"
    assert "```" not in with_answer_fences_opened(text)
    # Not when more follows the fence under the heading (advice, then an example after it) ...
    assert with_answer_fences_opened(text.replace("## Next", "Say it slowly.")) == text.replace("## Next", "Say it slowly.")
    # ... nor when the fence does not open in the first person.
    advice = text.replace("I'm a backend engineer", "Name the backend you built")
    assert with_answer_fences_opened(advice) == advice
