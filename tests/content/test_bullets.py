"""Pasted bullet characters read as a Markdown list, every line where it was."""

from systemcraft_tui.content.bullets import with_bullets_marked, with_empty_bullets_kept


def test_a_line_opening_with_a_bullet_character_is_a_list_item():
    text = "Interviewers often ask:\n\n• How to shard  \n\t◦ by user\n▪ What to cache\n"
    assert with_bullets_marked(text) == "Interviewers often ask:\n\n- How to shard  \n\t- by user\n- What to cache\n"


def test_a_bullet_inside_a_line_or_glued_to_a_word_is_text():
    text = "Python • React • Docker\n•note\n"
    assert with_bullets_marked(text) == text


def test_bullets_indented_as_far_as_code_move_to_the_margin_each_deeper_indent_a_level_deeper():
    text = "Week one\n        • Read the reviews\n                ○ Which ones repeat?\n        • Meet the team\n"
    assert with_bullets_marked(text) == "Week one\n- Read the reviews\n  - Which ones repeat?\n- Meet the team\n"


def test_bullets_a_list_item_nests_keep_their_indent():
    text = "- Plan\n    • first step\n"  # under a list item: nested there, as written
    assert with_bullets_marked(text) == "- Plan\n    - first step\n"


def test_a_lone_dash_under_a_line_of_text_is_an_empty_bullet_not_a_heading_underline():
    assert with_empty_bullets_kept("Api Design:\n- \n\nNext") == "Api Design:\n* \n\nNext"
    assert with_empty_bullets_kept("Title\n---\n") == "Title\n---\n"  # an underline of three stays one
    assert with_empty_bullets_kept("- a\n- b\n") == "- a\n- b\n"


def test_a_lone_dash_nested_under_a_list_item_is_left_out_and_keeps_the_items_after_it():
    text = "- Why?\n    - \n\n- How?\n    - answer\n"
    assert with_empty_bullets_kept(text) == "- Why?\n     \n\n- How?\n    - answer\n"  # the dash alone gone
    # Nested under plain text as far as code is, a dash is that text's next line, as Markdown reads it.
    assert with_empty_bullets_kept("Notes\n    -\n") == "Notes\n    -\n"


def test_lines_numbered_with_a_hyphen_from_one_are_a_numbered_list():
    from systemcraft_tui.content.bullets import with_dashed_numbers_marked

    assert with_dashed_numbers_marked("1- Why?\nR: because\n\n2- How?\nR: so\n") == "1. Why?\nR: because\n\n2. How?\nR: so\n"
    # Not from 1, or alone, or a range (`1-2 weeks`), or a year: no list.
    for text in ("3- a\n4- b\n", "1- only one\n", "1-2 weeks\n2-3 weeks\n", "2023- a year\n2024- another\n"):
        assert with_dashed_numbers_marked(text) == text


def test_sentences_indented_as_code_right_under_a_heading_move_to_the_margin():
    from systemcraft_tui.content.bullets import with_indented_answers_opened

    text = "## Why this team?\n\n    I have run payments systems for six years now.\n    The work here is the work I know best.\n"
    assert with_indented_answers_opened(text) == (
        "## Why this team?\n\nI have run payments systems for six years now.\nThe work here is the work I know best.\n"
    )
    # Code stays code (a call, braces, a short line), and so does an indent under anything but a heading.
    for kept in ("## Setup\n\n    client.connect(host)\n", "## Notes\n\n    make build\n", "Intro line here.\n\n    I have run payments systems for six years now.\n"):
        assert with_indented_answers_opened(kept) == kept


def test_a_rule_of_dashes_under_lines_of_text_is_a_break_not_their_underline():
    from pathlib import Path

    from systemcraft_tui.content.bullets import with_rules_under_prose_kept
    from systemcraft_tui.content.parser import parse_text

    text = "Votes\nEach participant votes yes or no.\nA no ends the round.\n-----\n"
    assert with_rules_under_prose_kept(text) == "Votes\nEach participant votes yes or no.\nA no ends the round.\n*****\n"
    assert with_rules_under_prose_kept(text.replace("\n", "\r\n")).endswith("*****\r\n")  # lines ended by CR LF too
    # One line over dashes is a heading so underlined, a question too; so is a list's last item, as Markdown reads it.
    for kept in ("What is two-phase commit and why can it block?\n-----\n", "- prepare\n- commit\n-----\n"):
        assert with_rules_under_prose_kept(kept) == kept
    path = Path(__file__).parents[1] / "fixtures/real_shapes/two-phase-commit.md"
    (dive,) = parse_text(path.read_text("utf-8"), path).items
    assert dive.title == "Two Phase Commit"


def test_a_list_typed_indented_under_its_heading_moves_to_the_margin():
    from systemcraft_tui.content.bullets import with_indented_answers_opened

    text = "## Eviction Policies\n\n    -Least Recently Used\n    -Least Frequently Used\n    - First In First Out\n"
    assert with_indented_answers_opened(text) == "## Eviction Policies\n\n-Least Recently Used\n-Least Frequently Used\n- First In First Out\n"
    # One item alone, or items holding what code is written with, stay code.
    for kept in ("## Flags\n\n    -v\n", "## Setup\n\n    - start(pool)\n    - stop(pool)\n"):
        assert with_indented_answers_opened(kept) == kept
