"""Headings written in HTML read as Markdown headings, every line where it was."""

from systemcraft_tui.content.html_headings import with_html_headings_marked


def test_a_line_that_is_wholly_an_html_heading_is_a_heading():
    text = '<h1 align="center">🚀 Wins</h1>\n\n<h2 align="center">STARS #1: <em>Search</em> &amp; Sync</h2>\n'
    assert with_html_headings_marked(text) == "# 🚀 Wins\n\n## STARS #1: Search & Sync\n"


def test_html_inside_a_line_or_an_unclosed_heading_is_left_alone():
    text = "See <h2>this</h2> inline.\n<h3>Open heading\n<p>text</p>\n"
    assert with_html_headings_marked(text) == text
