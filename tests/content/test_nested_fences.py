"""A fence nested in a plain fence keeps the outer one open until its author closes it."""

from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.content.markdown_tree import Code, parse_markdown
from systemcraft_tui.content.nested_fences import with_marks_as_written, with_nested_fences_kept

NOTES = (
    "### Story: Permissions\n\n"
    "```\n"
    "ACTION:\n"
    "1. Modelled roles as data:\n"
    "   ```tsx\n"
    "   const can = (user, act) => user.roles.includes(act);\n"
    "   ```\n"
    "2. Checked every route with it.\n"
    "RESULT: No permission bug since.\n"
    "```\n\n"
    "## Next Part\n"
)


def test_the_inner_marks_are_written_in_tildes_and_the_page_after_the_outer_fence_is_read():
    kept, rewritten = with_nested_fences_kept(NOTES)
    assert kept.count("\n") == NOTES.count("\n")
    assert "   ~~~tsx" in kept and "\n   ~~~\n" in kept
    assert rewritten == [6, 8]
    document = parse_markdown(kept)
    assert "Next Part" in [section.title.text for section in document.root.walk()]
    fences = [block for section in document.root.walk() for block in section.blocks if isinstance(block, Code)]
    assert len(fences) == 1
    with_marks_as_written(document, rewritten)
    assert "```tsx" in fences[0].text and "~~~" not in fences[0].text


def test_the_page_as_markdown_reads_it_loses_what_follows_without_the_rewrite():
    titles = [section.title.text for section in parse_markdown(NOTES).root.walk()]
    assert "Next Part" not in titles


def test_fences_side_by_side_or_an_inner_fence_left_open_are_left_alone():
    side_by_side = "```\nplain\n```\n\n```python\nx = 1\n```\n"
    assert with_nested_fences_kept(side_by_side) == (side_by_side, [])
    unclosed = "```\nnotes\n   ```tsx\n   code\nmore notes\n```\n"
    assert with_nested_fences_kept(unclosed) == (unclosed, [])


@given(st.text(alphabet=st.sampled_from(["`", "~", " ", "\n", "a", "t", "s", "x"]), max_size=80))
def test_any_text_keeps_its_lines(text):
    kept, _ = with_nested_fences_kept(text)
    assert len(kept.split("\n")) == len(text.split("\n"))
    assert kept.replace("~", "`") == text.replace("~", "`")
