"""Heading lines found by their shape in a file with no Markdown headings
(content/headingless.py): numbered lines over their own text, short lines opening with the
same symbol; a plain list and sentences opening with a symbol are neither."""

from __future__ import annotations

from systemcraft_tui.content.headingless import with_headings_found


def headings(text: str) -> list[str]:
    return [line for line in with_headings_found(text).split("\n") if line.startswith("#")]


def test_numbered_lines_over_their_own_text_are_headings() -> None:
    text = "1. First question\n\nAn answer.\n\n2. Second question\nAnother answer.\n\n3. Third question\n"
    assert headings(text) == ["## 1. First question", "## 2. Second question", "## 3. Third question"]


def test_a_numbered_list_with_nothing_between_its_items_is_a_list() -> None:
    assert headings("Steps:\n\n1. Open\n2. Edit\n3. Save\n") == []


def test_short_lines_opening_with_one_symbol_are_headings_and_the_first_line_the_title() -> None:
    text = "📌 Story – The Title\n\n🔹 Situation\n\ntext\n\n🔹 Action\n\ntext\n\n🔹 Result\n\n🔹 Done well.\n"
    assert headings(text) == ["# 📌 Story – The Title", "## 🔹 Situation", "## 🔹 Action", "## 🔹 Result"]


def test_a_banner_written_again_before_each_part_titles_the_file_once() -> None:
    text = "Intro line\n\n🎙️ BANNER\n\n✅ One\n\n🎙️ BANNER\n\n✅ Two\n\n✅ Three\n"
    assert headings(text) == ["# 🎙️ BANNER", "## ✅ One", "## ✅ Two", "## ✅ Three"]


def _numbered_notes(numbers: list[int]) -> str:
    return "".join(f"{n}. Question {n}?\n    - note on {n}\n\n" for n in numbers)


def test_two_numbers_written_out_of_order_still_count_on_but_a_restart_does_not() -> None:
    swapped = [1, 2, 3, 4, 5, 6, 7, 8, 10, 9]
    assert len(headings(_numbered_notes(swapped))) == 10
    assert headings(_numbered_notes([1, 2, 3, 1, 2, 3])) == []  # two lists, each counted from 1
    assert headings(_numbered_notes([1, 3, 2, 5, 4])) == []  # out of order too often to be one count


def test_notes_indented_into_a_numbered_item_stay_a_list_under_its_heading() -> None:
    found = with_headings_found(_numbered_notes([1, 2, 3]))
    assert "## 1. Question 1?\n - note on 1\n" in found  # not four spaces in: a code block


def test_numbers_in_parentheses_count_on_too() -> None:
    text = "(1) Scope\n\nWho uses it.\n\n(2) Estimates\n\nHow many.\n\n(3) Design\n\nThe parts.\n"
    assert headings(text) == ["## (1) Scope", "## (2) Estimates", "## (3) Design"]


def test_plain_lines_right_over_a_situation_are_headings_whatever_they_end_with() -> None:
    story = "* Situation: s\n* Task: t\n* Action: a\n* Result: r\n\n"
    text = f"Notes\n\nHow did you earn trust.\n{story} Describe a launch? [Payments]\n{story}Cost cut\nSituation: s\n"
    assert headings(text) == ["## How did you earn trust.", "## Describe a launch? [Payments]", "## Cost cut"]


def test_one_line_over_a_situation_or_a_question_marked_as_put_is_no_heading() -> None:
    story = "Situation: s\nTask: t\nAction: a\nResult: r\n\n"
    assert headings(f"Why this team\n{story}") == []
    assert headings(f"Q> Tell me about a launch.\n{story}Q> Tell me about a failure.\n{story}") == []


def test_an_answer_label_over_a_situation_is_no_story_s_name() -> None:
    """`Answer:` alone between a question and its `Situation:` line labels the answer; the question names it."""
    story = "Situation: s\nTask: t\nAction: a\nResult: r\n\n"
    text = f"Notes\n\nTell me about a launch.\nAnswer:\n{story}Tell me about a failure.\nAnswer:\n{story}"
    assert not [heading for heading in headings(text) if "Answer" in heading]


def test_lines_wholly_bold_in_html_are_read_as_bold_lines() -> None:
    """`<b>Requirements</b><br>`: notes written for a web page label their parts in HTML."""
    text = (
        "<b>Parcel Tracker</b><br>\n\nA service that shows where a parcel is.\n\n<b>Requirements</b><br>\n\n1. Track it.<br>\n\n"
        "<b>System APIs:</b><br>\n\ntrack(id)<br>\n\n<b>Database Design:</b><br>\n\nOne table of scans.<br>\n"
    )
    assert headings(text)[1:] == ["## **Requirements**", "## **System APIs:**", "## **Database Design:**"]


def test_a_label_ending_in_a_cut_short_word_and_a_short_first_line_over_labels_title_them() -> None:
    text = (
        "Ride share requirements\n\nFunctional Requirements\n* A rider asks for a ride.\n\nNon Functional reqs.\n"
        "* Matching takes seconds.\n\nStorage reqs.\n* Positions kept a day.\n"
    )
    assert headings(text) == ["# Ride share requirements", "## Functional Requirements", "## Non Functional reqs.", "## Storage reqs."]
    # A sentence's full stop ends a sentence: no label.
    assert "## Keep it simple." not in headings(text.replace("Storage reqs.", "Keep it simple."))


def test_a_bold_line_right_over_bold_lines_that_name_it_groups_them() -> None:
    """`**Requirements**` with nothing of its own over `**Functional requirements:**` and
    `**Non-functional requirements:**`: one part, those two its subparts, not three steps."""
    text = (
        "**Photo Sharing**\n\nA note.\n\n**Requirements**\n\n**Functional requirements:**\n\n1. Upload.\n\n"
        "**Non-functional requirements:**\n\n1. Fast.\n\n**System APIs:**\n\nupload()\n\n**Storage:**\n\nA table.\n"
    )
    assert headings(text)[1:] == [
        "## **Requirements**",
        "### **Functional requirements:**",
        "### **Non-functional requirements:**",
        "## **System APIs:**",
        "## **Storage:**",
    ]
