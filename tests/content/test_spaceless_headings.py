"""Headings written with no space after their hashes, read as the author meant them."""

from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.content.markdown_tree import parse_markdown
from systemcraft_tui.content.spaceless_headings import with_spaceless_headings_marked


def test_two_hashes_or_more_before_a_word_open_a_heading_outside_code_only():
    text = "#Ownership tag\n###Problem solving\ntext\n```sh\n##comment\n```\n~~~~\n## ok\n##still code\n~~~~\n##Last\n"
    marked = with_spaceless_headings_marked(text)
    assert marked.split("\n") == [
        "#Ownership tag",
        "### Problem solving",
        "text",
        "```sh",
        "##comment",
        "```",
        "~~~~",
        "## ok",
        "##still code",
        "~~~~",
        "## Last",
        "",
    ]
    titles = [section.title.text for section in parse_markdown(marked).root.walk()][1:]
    assert titles == ["Problem solving", "Last"]


def test_a_text_without_one_is_returned_as_it_is():
    text = "# Title\n\n## Part\n"
    assert with_spaceless_headings_marked(text) is text


@given(st.text(alphabet="#`~ \nab", max_size=80))
def test_every_line_stays_where_it_was_and_only_gains_a_space(text):
    marked = with_spaceless_headings_marked(text)
    before, after = text.split("\n"), marked.split("\n")
    assert len(before) == len(after)
    assert all(a == b or a == b[: len(a) - len(a.lstrip("#"))] + " " + b.lstrip("#") for a, b in zip(after, before, strict=True))
