"""An HTML table whose rows tell stories is read as a heading per row, line for line."""

from systemcraft_tui.content.html_rows import with_story_rows

_ROW = """    <tr>
      <td><strong>{name}</strong></td>
      <td>
        <ul>
          <li><strong>Situation:</strong> The deploy queue was stuck.</li>
          <li><strong>Action:</strong> I split the queue by service.</li>
          <li><strong>Result:</strong> Deploys went out the same day.</li>
        </ul>
      </td>
    </tr>"""


def _page(*names: str) -> str:
    return "# Answers\n\n<table>\n" + "\n".join(_ROW.format(name=name) for name in names) + "\n</table>\n"


def test_each_story_row_is_a_heading_over_its_items_on_the_same_lines() -> None:
    text = _page("Ownership", "Conflict /<br>Disagreement")
    written = with_story_rows(text).split("\n")
    assert len(written) == len(text.split("\n"))
    assert written[4] == "## Ownership"
    assert written[7] == "- **Situation:** The deploy queue was stuck."
    assert written[14] == "## Conflict / Disagreement"


def test_a_table_with_one_story_row_is_left_a_table() -> None:
    text = _page("Ownership")
    assert with_story_rows(text) == text
