"""Headings written in HTML read as Markdown headings, every line where it was."""

from systemcraft_tui.content.html_headings import with_html_headings_marked, with_summaries_as_headings


def test_a_line_that_is_wholly_an_html_heading_is_a_heading():
    text = '<h1 align="center">🚀 Wins</h1>\n\n<h2 align="center">STARS #1: <em>Search</em> &amp; Sync</h2>\n'
    assert with_html_headings_marked(text) == "# 🚀 Wins\n\n## STARS #1: Search & Sync\n"


def test_html_inside_a_line_or_an_unclosed_heading_is_left_alone():
    text = "See <h2>this</h2> inline.\n<h3>Open heading\n<p>text</p>\n"
    assert with_html_headings_marked(text) == text


FOLDED_ANSWERS = """\
# Screening answers

<details>
  <summary>Top 3 strengths?</summary>

  1. Patient with hard bugs.
  2. Clear with people outside engineering.
</details>

<details>
  <summary>Tell me about yourself?</summary>

### Opening
  - I turn messy school data into tools teachers use.
### Today
  - I own the roster import service.
</details>

<details>
  <summary>Biggest weakness?</summary>

  1. I put off writing docs.
</details>
"""


def test_beside_a_question_over_its_answer_s_own_headings_a_question_over_a_list_is_a_heading_too():
    """Else the questions over lists stay HTML text, the later one run on under `#### Today` as that answer's."""
    marked = with_summaries_as_headings(FOLDED_ANSWERS)
    assert [line for line in marked.split("\n") if line.startswith("#")] == [
        "# Screening answers",
        "## Top 3 strengths?",
        "### Tell me about yourself?",
        "#### Opening",
        "#### Today",
        "## Biggest weakness?",
    ]
    alone = FOLDED_ANSWERS[: FOLDED_ANSWERS.index("<details>\n  <summary>Tell")]
    assert with_summaries_as_headings(alone) == alone  # one question over a list alone: left as it is
