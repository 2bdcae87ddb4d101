"""The Markdown tree reads inline text as markdown-it does: the shortcut for plain text
(no parser run) gives the runs that markdown-it's own inline parse gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.markdown_tree import _INLINE_MARK, _parsed_runs, _plain_runs, inline_runs, parse_markdown

# Text, with what markdown-it treats specially at line ends and starts (spaces, tabs,
# newlines) and the punctuation it stops at without making markup of it (#, :, -, ~ ...).
plain_text = st.text(alphabet=st.sampled_from(list("ab é\t\n#$%+-:=@^{}~|>.()\"'1\u00a0\u2003")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(plain_text)
def test_plain_text_reads_as_markdown_it_reads_it(text):
    assert not _INLINE_MARK.search(text)
    assert _plain_runs(text) == _parsed_runs(text, {})


def test_a_hard_break_a_soft_break_and_indented_continuations():
    text = "first line  \n  second\t \n\tthird "
    assert inline_runs(text, {}) == _parsed_runs(text, {})
    assert [tuple(run.text for run in runs) for runs in inline_runs(text, {})] == [("first line",), ("second\t",), ("third ",)]


def test_marked_text_still_goes_through_markdown_it():
    assert [[(r.text, r.bold, r.code) for r in runs] for runs in inline_runs("**Task**: ship `it`", {})] == [
        [("Task", True, False), (": ship ", False, False), ("it", False, True)]
    ]


def test_a_reference_link_defined_later_in_the_file_is_read_as_a_link():
    document = parse_markdown("See [the guide][g] first.\n\n[g]: https://example.com\n")
    assert document.root.blocks[0].lines[0].text == "See the guide first."
