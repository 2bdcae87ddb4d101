from systemcraft_tui.content.markdown_tree import Line, Section
from systemcraft_tui.content.read_memo import one_read, per_heading


def _counted():
    asked: list[tuple[int, int]] = []

    @per_heading
    def rule(section: Section, step: int, *, twice: bool = False) -> int:
        asked.append((id(section), step))
        return section.line * (2 if twice else 1) + step

    return rule, asked


def _heading(line: int, title: Line | None = None) -> Section:
    return Section(level=2, title=title or Line((), line), line=line, end_line=line)


def test_within_one_read_a_heading_is_worked_out_once_for_the_same_arguments():
    rule, asked = _counted()
    heading = _heading(4)
    with one_read():
        assert [rule(heading, 1), rule(heading, 1), rule(heading, 2), rule(heading, 1, twice=True)] == [5, 5, 6, 9]
        assert len(asked) == 3


def test_a_heading_alike_is_another_heading():
    rule, asked = _counted()
    title = Line((), 4)
    first, second = _heading(4, title), _heading(4, title)
    with one_read():
        rule(first, 1)
        rule(second, 1)
    assert [section for section, _ in asked] == [id(first), id(second)]


def test_outside_a_read_nothing_is_kept():
    rule, asked = _counted()
    heading = _heading(4)
    rule(heading, 1)
    with one_read():
        rule(heading, 1)
        with one_read():  # a read within a read keeps its own, and gives the outer one back
            rule(heading, 1)
        rule(heading, 1)
    rule(heading, 1)
    assert len(asked) == 4
