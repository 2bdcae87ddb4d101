from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.core.terminal_text import has_controls, visible
from tests.hostile import ALL, HOSTILE, raw_controls


def test_each_hostile_form_is_shown_not_acted_on() -> None:
    for text in ALL:
        assert not raw_controls(visible(text)), text
    assert visible(HOSTILE).count("␛") == HOSTILE.count("\x1b")


def test_plain_text_tabs_newlines_and_unicode_pass_through() -> None:
    for text in ("plain", "tab\there", "two\nlines", "é 中 😀", "[bold]markup is not this module's job[/]"):
        assert visible(text) == text
        assert not has_controls(text)


def test_visible_forms() -> None:
    assert visible("a\x1bb") == "a␛b"
    assert visible("\x00\x7f") == "␀␡"
    assert visible("\x9b") == "\\x9b"
    assert visible("\u202e") == "<U+202E>"
    assert visible("dos\r\nline\rover") == "dos\nline␍over"


@given(st.text())
def test_nothing_raw_survives(text: str) -> None:
    shown = visible(text)
    assert not raw_controls(shown)
    assert visible(shown) == shown  # idempotent: safe text stays as it is


def test_a_paste_s_cr_and_crlf_line_ends_are_line_breaks_other_controls_keep_their_stand_ins() -> None:
    from systemcraft_tui.core.terminal_text import pasted

    assert pasted("first\rsecond\r\nthird\nfourth\r") == "first\nsecond\nthird\nfourth\n"
    assert pasted("a\x1b[2Jb\x07\r\tc") == visible("a\x1b[2Jb\x07") + "\n\tc"
