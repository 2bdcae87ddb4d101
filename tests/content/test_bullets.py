"""Pasted bullet characters read as a Markdown list, every line where it was."""

from systemcraft_tui.content.bullets import with_bullets_marked


def test_a_line_opening_with_a_bullet_character_is_a_list_item():
    text = "Interviewers often ask:\n\n• How to shard  \n\t◦ by user\n▪ What to cache\n"
    assert with_bullets_marked(text) == "Interviewers often ask:\n\n- How to shard  \n\t- by user\n- What to cache\n"


def test_a_bullet_inside_a_line_or_glued_to_a_word_is_text():
    text = "Python • React • Docker\n•note\n"
    assert with_bullets_marked(text) == text
