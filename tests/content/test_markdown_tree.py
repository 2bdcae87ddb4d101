"""The Markdown outline is the one markdown-it-py gives (Textual's parser, which it has
always followed), on Markdown in the shapes content files are written in: read by
markdown-it-pyrs, whole or a few characters at a time, except where that parser is known
to read otherwise."""

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it_pyrs import Node

from systemcraft_tui.content.markdown_nodes import _Part, node_outline
from systemcraft_tui.content.markdown_shapes import reads_otherwise
from systemcraft_tui.content.markdown_tokens import _INLINE_MARK, _parsed_runs, _plain_runs, token_outline
from systemcraft_tui.content.markdown_tree import Document, ListBlock, ListItem, Paragraph, Table, block_lines, parse_markdown

# Inline text: words, bold labels, emphasis, code, links, images, autolinks, raw HTML,
# escapes and entities, task boxes, placeholders, and what markdown-it treats specially
# at a line's ends (spaces before a break, tabs).
WORDS = st.sampled_from([
    "Situation", "the team", "é ünïcode", "L6", "(2-3 minutes)", "[ ]", "[x]", "[Specific metric]",
    "**Task**:", "**Action:**", "**bold words**", "__under__", "*em*", "_em_", "***both***", "**unclosed",
    "`code`", "``a ` b``", "`a|b`", "[link](https://example.com)", "[ref][r]", "![alt *text*](img.png)",
    "<https://example.com/%C3%A9>", "<me@example.com>", "<b>raw</b>", "<br/>", "\\*", "\\|", "&amp;", "&copy;",
    "[a`b](x)", "[", "]", "`", "``", "```", "[^1]", "[[Page]]", "[file](file:///x.md)", "<javascript:x>",
    "\x00", "\u00a0", "\u2003wide", "🚀",
    "&#35;", "&#0;", "&bogus;", "a|b", "\"**Result**\": quoted", "“Q: why?”", "  ", "\t", "~", "#", "=", "-",
])  # fmt: skip
inline = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)

# Each line's opening: headings (ATX), list markers (bullets, numbers, task items, nested
# by indentation), block quotes (nested, and lazy lines without the marker), table rows,
# fences, indented code, HTML blocks, thematic breaks and setext underlines.
OPENINGS = st.sampled_from([
    "", "", "", "# ", "## ", "### ", "#### ", "- ", "* ", "+ ", "1. ", "2) ", "10. ", "- [ ] ", "- [x] ", "  - ",
    "    - ", "   ", "    ", "\t", "> ", "> > ", ">", "> - ", "- > ", "1. ## ", "- #### ", "| ", "|", "",
    "2. ", "  1. ", "-\t", "> 1. ", "   > ", "| a | ",
])  # fmt: skip
WHOLE_LINES = st.sampled_from([
    "", "", "", "---", "***", "___", "===", "- - -", "```", "```python", "~~~", "````", "  ```", "- ```",
    "|---|---|", "| --- | :-: |", "|:--|--:|", "---|---", "<div>", "</div>", "<details>",
    "<details><summary>Story: The Outage</summary>", "</details>", "<table><tr><th>L6</th><th>L7</th></tr>",
    "<tr><td>Scope</td><td>Org</td></tr></table>", "<!-- note -->", "-", "1.", "*", ">", "[r]: https://example.com",
    "### Tags: Cost, Platform", "## Difficulty: Hard", "#", "#hashtag", "    code line", "- ", "  continued",
    "| Aspect | L6 | L7 |", "|--------|:--:|:--:|", "| Scope | team | org |", "#### Level Expectations",
    "  | a | b |", "  |---|---|", "a | b", "x = a[0]", "```json", "~~~~", "<pre>", "</pre>", "Setext", "[^1]: note",
])  # fmt: skip
line = st.one_of(st.tuples(OPENINGS, inline).map("".join), WHOLE_LINES, st.tuples(inline, st.sampled_from(["", "  ", "\\"])).map("".join))
markdown = st.tuples(st.lists(line, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans()).map(
    lambda parts: parts[1].join(parts[0]) + (parts[1] if parts[2] else "")
)


def outline(document: Document) -> str:
    """Everything in the tree: its sections, blocks, lines, runs and line numbers, and which
    lines are one link alone."""
    return repr(document) + repr([line.number for line in document.root.all_lines() if line.link_only])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown, st.sampled_from([1, 7, 40, 200, 1 << 15]))
@example("- > <br/>\n\t[\n", 40)  # a tab opening a lazy line after a quote: placed bytes on by markdown-it-pyrs
@example("Situation\n- #### Situation\n\t\\\nSituation", 1 << 15)  # ... and a break it opens with, a line on
@example("1. *em*\n    code line\n    code line\n    code line", 1)  # ... and an emphasis it opens with, given a start past its end
def test_the_outline_is_markdown_it_pys(text, part_size):
    assert outline(parse_markdown(text, part_size)) == outline(token_outline(text))


def test_a_reference_link_defined_later_in_the_file_is_read_as_a_link():
    text = "See [the guide][g] first.\n\n" + "## A heading\n\nText.\n\n" * 20 + "[g]: https://example.com\n"
    document = parse_markdown(text, part_size=10)
    assert document.root.blocks[0].lines[0].text == "See the guide first."


def test_line_numbers_count_bytes_as_characters_after_wide_text():
    text = "# Über 🚀\n\n任务 **Task**: ship\n\n```\n```\n\n## Next ✓\n\n- item\n"
    document = parse_markdown(text, part_size=3)
    assert [(s.title.text, s.line, s.end_line) for s in document.root.walk()][1:] == [("Über 🚀", 1, 10), ("Next ✓", 8, 10)]
    assert [b.line for b in document.root.children[0].blocks] == [3, 5]


def test_an_image_reads_as_its_alt_text():
    document = parse_markdown("![**Figure 1**: the design](design.png)\n")
    assert [(r.text, r.bold) for r in document.root.blocks[0].lines[0].runs] == [("Figure 1", True), (": the design", False)]


def test_where_markdown_it_pyrs_reads_otherwise_markdown_it_py_reads_the_file():
    """The shapes parse_markdown keeps from markdown-it-pyrs 0.4, which reads them otherwise
    or panics: when an upgrade reads them as markdown-it-py does, these fail, and the
    guards in markdown_tree can go."""
    quoted = "> Take it\n- \n"
    assert outline(node_outline(quoted, quoted, 1 << 15)) != outline(token_outline(quoted))
    assert outline(parse_markdown(quoted)) == outline(token_outline(quoted))
    linked = "See [the `guide](x) first.\n"
    try:
        node_outline(linked, linked, 1 << 15)
    except BaseException as error:  # pyo3's PanicException
        assert type(error).__name__ == "PanicException"
    else:
        raise AssertionError("markdown-it-pyrs no longer panics on inline code left open in a link's text")
    assert parse_markdown(linked).root.blocks[0].lines[0].text == "See the `guide first."


@given(st.text(alphabet="ab\né🚀", max_size=40), st.integers(1, 50), st.lists(st.integers(0, 200), max_size=8))
def test_a_nodes_line_is_its_own_whichever_node_was_read_before(text, first_line, places):
    """A part counts each node's line from the node read before it, forwards or back."""
    part, data = _Part(text, first_line, last=True), text.encode()
    for at in places:
        node = Node("text")
        node.srcmap = (min(at, len(data)), len(data))
        assert part.line(node) == first_line + data.count(b"\n", 0, min(at, len(data)))


# Text with what markdown-it treats specially at line ends and starts (spaces, tabs,
# newlines) and the punctuation it stops at without making markup of it (#, :, -, ~ ...).
plain_text = st.text(alphabet=st.sampled_from(list("ab é\t\n#$%+-:=@^{}~|>.()\"'1\u00a0\u2003")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(plain_text)
def test_plain_text_reads_as_markdown_it_reads_it(text):
    """markdown_tokens splits text without inline markup itself, as markdown-it's inline parse would."""
    assert not _INLINE_MARK.search(text)
    assert _plain_runs(text) == _parsed_runs(text, {})


@pytest.mark.parametrize(
    "shape",
    ["-", "  3.", "> \tquoted", "```\n[`a](x)", "- | a |\n  |---|", "a\n> b\n  lazy", "`open"],
)
def test_a_shape_kept_from_markdown_it_pyrs_is_found_on_the_first_line_as_on_any_other(shape):
    """markdown_shapes looks for a line's shapes after each line end, and apart at the start."""
    assert reads_otherwise(shape) and reads_otherwise(f"Intro.\n\n{shape}")
    assert not reads_otherwise("Intro.\n\n- item\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert not reads_otherwise("```\ncode\n```\n")  # a fence's own line, first or not, is no inline code


def test_lines_listed_on_first_read_are_those_of_the_blocks_and_of_a_replaced_section_its_own():
    """A section's paragraph lines, a list item's lines and text and a list's lines are
    listed once, on first read: the same as reading the blocks, and not carried into a
    section made from it with other blocks."""
    document = parse_markdown(
        "# T\n\nIntro **bold**\nmore\n\n- one\n  two\n\n  later\n  - inner\n- three\n\n| a | b |\n|---|---|\n| c | d |\n"
    )
    section = document.root.children[0]
    paragraph, listed, table = section.blocks
    assert isinstance(paragraph, Paragraph) and isinstance(listed, ListBlock) and isinstance(table, Table)
    for _ in range(2):
        assert section.paragraph_lines() == paragraph.lines
        assert [ln.text for ln in listed.items[0].lines] == ["one", "two", "later"]
        assert [item.text for item in listed.items] == ["one two later", "three"]
        assert [ln.text for ln in block_lines(listed)] == ["one", "two", "later", "inner", "three"]
    assert listed == ListBlock(listed.ordered, [ListItem(item.line, item.blocks) for item in listed.items])
    assert "_lines" not in repr(listed) and "_paragraph_lines" not in repr(section)
    assert replace(section, blocks=[listed]).paragraph_lines() == []


def test_a_line_that_is_one_link_is_marked_by_both_parsers():
    text = "# Index\n\n- [Bitly architecture](https://example.com/bitly)\n- [Caching](./caching.md) - why and when\n\n<https://example.com>\n"
    for document in (parse_markdown(text), token_outline(text)):
        marked = [line.text for line in document.root.all_lines() if line.link_only]
        assert marked == ["Bitly architecture", "https://example.com"]


def test_a_tag_of_the_webs_own_is_no_words_of_a_line_and_other_angle_brackets_stay_in_both_parsers():
    text = '## Tips to answer <a href="#7384" id="7384"></a>\n\nDear <Company Name>, see <span class="x">this</span><sup>2</sup>.\n'
    for document in (parse_markdown(text), token_outline(text)):
        heading = document.root.children[0]
        assert heading.title.text.strip() == "Tips to answer"
        assert heading.blocks[0].lines[0].text == "Dear <Company Name>, see this2."
