"""Bad input: placeholders, encodings, unreadable files; each problem names file and line."""

from pathlib import Path

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.parser import parse_bytes, parse_text


def test_placeholder_is_reported_at_its_line():
    text = "# Design X\n\n### Business Context\n[Specific business context with metrics]\n"
    result = parse_text(text, Path("x.md"))
    (problem,) = [p for p in result.problems if "placeholder" in p.message]
    assert problem.line == 4 and problem.severity == "error"
    assert problem.format() == "x.md:4: error: unfilled template placeholder [Specific business context with metrics]"


def test_links_checkboxes_and_code_are_not_placeholders():
    text = """# Caching Deep Dive

See [the guide](https://example.com) and `list[int]`, and [18 Cache Questions [2021 Updated]](https://example.com/q),
a page titled with brackets of its own.

- [ ] Can explain it
- [x] Done

```yaml
score: [1-5 rating]
```
"""
    result = parse_text(text, Path("x.md"))
    assert not [p for p in result.problems if "placeholder" in p.message]


@pytest.mark.parametrize(
    ("line", "blank"),
    [
        ("My team is engaged, but not fully, and some folks at _[previous organization]_ saw no clear mission.", False),
        ("*[Senior engineer]* owns the billing code, so I gave her the migration and a partner to teach.", False),
        ("**[edit me]** Add the one decision you are proudest of, and what it cost the team.", True),  # bold: a blank
        ("**Situation:** *[Describe the context]*", True),  # in italics but alone on a template's line
    ],
)
def test_words_in_italic_brackets_inside_prose_are_an_aside_not_a_blank(line: str, blank: bool):
    result = parse_text(f"# Answers\n\n### What surprised you?\n\n{line}\n", Path("x.md"))
    assert bool([p for p in result.problems if "placeholder" in p.message]) is blank


@pytest.mark.parametrize(
    ("line", "blank"),
    [
        ("Manager: Hi [Engineer's Name], thanks for meeting with me today. Is everything okay?", False),
        ("Engineer: Thanks, [Manager's Name]. I feel more hopeful about the next quarter now.", False),
        ("Manager: Of course, [Engineer's Name]. Let's meet again in two weeks.", False),
        ("**Context:** [Company], [Year]. [One sentence of setup.]", True),  # a form's line: its blanks
    ],
)
def test_the_one_a_line_of_dialog_speaks_to_is_no_blank(line: str, blank: bool):
    """A role-play script names who is spoken to by role (`Hi [Engineer's Name],`): no blank of one's story."""
    result = parse_text(f"# Role play\n\n{line}\n", Path("x.md"))
    assert bool([p for p in result.problems if "placeholder" in p.message]) is blank


def test_placeholder_in_a_heading():
    result = parse_text("### [Scenario ID]: [Clear Title]\n", Path("x.md"))
    assert [p.line for p in result.problems if "placeholder" in p.message] == [1, 1]


def test_non_utf8_file_gets_one_error_and_the_rest_still_loads(tmp_path):
    good = tmp_path / "good.md"
    good.write_text((Path(__file__).parent.parent / "fixtures/content/template_single.md").read_text())
    bad = tmp_path / "bad.md"
    bad.write_bytes("# Title\n\ncaf\xe9 line\n".encode("latin-1"))
    library = load_library([tmp_path])
    assert len(library.items) == 1
    (problem,) = library.problems
    assert problem.path == bad and problem.line == 3 and "not UTF-8" in problem.message


def test_bom_and_crlf_are_read():
    data = "\ufeff# Design X\r\n\r\n### Data Design (10 minutes)\r\nText.\r\n".encode()
    (problem,) = parse_bytes(data, Path("x.md")).items
    assert [(p.name, p.max_minutes) for p in problem.phases] == [("Data Design", 10)]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_read(encoding):
    # As some Windows editors save Markdown: a byte-order mark, then two bytes per character.
    text = "\ufeff# Design X\r\n\r\n### Data Design (10 minutes)\r\nText.\r\n"
    result = parse_bytes(text.encode(encoding), Path("x.md"))
    assert not [p for p in result.problems if p.severity == "error"]
    assert [(p.name, p.max_minutes) for p in result.items[0].phases] == [("Data Design", 10)]


def test_bytes_after_a_utf16_mark_that_hold_no_line_are_not_text():
    (problem,) = parse_bytes(b"\xff\xfe not utf-8", Path("x.md")).problems
    assert "not UTF-8" in problem.message


def test_duplicate_ids_across_files_keep_both_items_and_warn_with_both_lines(tmp_path):
    source = (Path(__file__).parent.parent / "fixtures/content/system_design.md").read_text()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.md").write_text(source)
    (tmp_path / "b" / "same.md").write_text(source)
    library = load_library([tmp_path])
    assert [item.id for item in library.items] == ["same", "b-same"]
    (warning,) = [p for p in library.problems if "already used" in p.message]
    assert (warning.path, warning.line, warning.severity) == (tmp_path / "b" / "same.md", 1, "warning")
    assert f"{tmp_path / 'a' / 'same.md'}:1" in warning.message and "'b-same'" in warning.message


def test_a_statement_label_before_the_name_is_no_part_of_the_title():
    # "## Problem Statement : …" named the problem by its label as well (a machine-coding prompt in design notes).
    text = (
        "## Problem Statement : Seat Booking system\n\n- Students book seats.\n- Design the backend for it.\n\n"
        "#### Requirements\n\n- Search seats\n\n#### API\n\n- book()\n\n#### Data Model\n\n- seats, bookings\n\n"
        "#### High-Level Design\n\n- one service\n"
    )
    (problem,) = parse_text(text, Path("system-design-notes/seat-booking.md")).items
    assert problem.title == "Seat Booking system"
