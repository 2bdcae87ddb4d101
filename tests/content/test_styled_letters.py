from systemcraft_tui.content.styled_letters import with_styled_letters_plain

# "Topics" typed in bold sans-serif mathematical letters, as a pasted post fakes bold.
BOLD_TOPICS = "\U0001d5e7\U0001d5fc\U0001d5fd\U0001d5f6\U0001d5f0\U0001d600"


def test_mathematical_letters_read_as_the_plain_letters_outside_code():
    text = f"Week 1\n{BOLD_TOPICS}: DNS\n```\n{BOLD_TOPICS}\n```\n"
    assert with_styled_letters_plain(text) == f"Week 1\nTopics: DNS\n```\n{BOLD_TOPICS}\n```\n"


def test_text_without_them_is_returned_as_it_is():
    text = "Week 1\nTopics: DNS\n"
    assert with_styled_letters_plain(text) is text
