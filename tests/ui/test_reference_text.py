"""A design's reference text (the file's Markdown) shown as a reader sees it."""

from __future__ import annotations

from systemcraft_tui.ui.reference_text import reference_text


def test_the_marks_of_the_syntax_are_not_shown():
    shown = reference_text(
        "### Questions to Ask\n> \"Should the machine give change?\"\n\n```java\nclass Slot {}\n```\n"
        "Use **one** [state machine](https://example.org) and `enum State`."
    )
    assert shown.plain.splitlines() == [
        "Questions to Ask",
        '"Should the machine give change?"',
        "",
        "    class Slot {}",
        "Use one state machine and enum State.",
    ]
    styles = {shown.plain[span.start : span.end]: span.style for span in shown.spans}
    assert styles["Questions to Ask"] == "bold" and styles["    class Slot {}"] == "dim"


def test_control_codes_in_the_file_are_made_visible_not_sent():
    shown = reference_text("### \x1b]0;PWNED\x07Title\n\x1b[31mred")
    assert "\x1b" not in shown.plain and "\x07" not in shown.plain


def test_a_star_or_plus_bullet_shows_as_a_dash_as_other_list_items_do() -> None:
    assert reference_text("* Book class\n+ Member class\n  * nested\n- Loan").plain == "- Book class\n- Member class\n  - nested\n- Loan"
