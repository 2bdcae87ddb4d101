"""A page's story matrix: a table outside its stories, a story a row and a principle a column
(`| # | Story | … | Deliver Results | Ownership | … |` over rows marked `✅`), as candidates
map their stories to Amazon's Leadership Principles. Each story a row names is given the
principles its row marks, after those it names itself."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Line, Section, Table
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, PrincipleRef
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.principles import canonical_principle
from systemcraft_tui.content.reading import label_and_value, list_items, without_numbering
from systemcraft_tui.content.spans import Cover

_FEWEST_PRINCIPLE_COLUMNS = 3  # two could be any table's; three or more name principles on purpose
# A cell that marks its column: a tick, a cross used as one, a dot, a star, "yes".
_MARK = re.compile(r"^\W*(?:[\u2705\u2713\u2714\u2611\u25cf\u2022\u2605\u2b50xX]|yes|y)\W*$", re.IGNORECASE)


def principles_from_matrix(items: list[ContentItem], sections: list[Section], root: Section) -> None:
    """Give each story a matrix on the page names the principles its row marks. A row names
    its story by its title (one holds the other); when every row so named is the story of
    the same place among the page's stories, the matrix lists them in order, and a row
    named otherwise (a shorter name than its heading's) is the story in its place."""
    stories = [item for item in items if isinstance(item, BehavioralScenario)]
    if not stories:
        return
    held = Cover((section.line, section.end_line) for section in sections)
    for section in root.walk():
        for table in (block for block in section.blocks if isinstance(block, Table)):
            if table.line in held:
                continue  # a story's own table (its parts, its follow-ups) is read with it
            columns = _principle_columns(table.header)
            if len(columns) >= _FEWEST_PRINCIPLE_COLUMNS:
                _mark(stories, table, columns)


def _principle_columns(header: list[Line]) -> dict[int, str]:
    """The columns a table's header names principles in (`1. Deliver Results`), by position."""
    named = {index: canonical_principle(without_numbering(cell.text)) for index, cell in enumerate(header)}
    return {index: principle for index, principle in named.items() if principle}


def _mark(stories: list[BehavioralScenario], table: Table, columns: dict[int, str]) -> None:
    titles = [normalize(story.title) for story in stories]
    named = [_named(row, columns, titles) for row in table.rows]
    in_order = len(table.rows) == len(stories) and any(found is not None for found in named)
    in_order = in_order and all(found in (None, place) for place, found in enumerate(named))
    for place, row in enumerate(table.rows):
        found = named[place] if named[place] is not None else place if in_order else None
        if found is None:
            continue
        story = stories[found]
        known = {ref.canonical for ref in story.principles}
        line = row[0].number if row else table.line
        for index, principle in columns.items():
            if index < len(row) and _MARK.match(row[index].text) and principle not in known:
                story.principles.append(PrincipleRef(principle, principle, None, "", line))
                known.add(principle)


def _named(row: list[Line], columns: dict[int, str], titles: list[str]) -> int | None:
    """The place among the page's stories of the one a row names by its title, if one."""
    for index, cell in enumerate(row):
        text = normalize(cell.text)
        if index in columns or len(text.split()) < 2:
            continue  # a mark, a number, a word: no story's name
        found = [place for place, title in enumerate(titles) if f" {text} " in f" {title} " or f" {title} " in f" {text} "]
        if len(found) == 1:
            return found[0]
    return None


_FEWEST_MAPPED = 3  # lines naming a principle and a story: a map of them on purpose, not a remark


def principles_from_list(items: list[ContentItem], sections: list[Section], root: Section) -> None:
    """Give each story a list outside the stories maps principles to by name, a principle a line
    (`- Frugality: **Cache Rewrite**`, or its label bold), the principles the lines name it by,
    in the list's order after those it names itself: the story matrix written as a list."""
    stories = [item for item in items if isinstance(item, BehavioralScenario)]
    if len(stories) < 2:
        return
    held = Cover((section.line, section.end_line) for section in sections)
    titles = [normalize(story.title) for story in stories]
    for section in root.walk():
        if section is root or section.line in held:
            continue
        mapped = []
        for item in list_items(section, deep=False):
            if not item.lines:
                continue
            first = item.lines[0]
            # A principle's name is a label however many words it has (`Success and Scale Bring Broad Responsibility: …`).
            label, value = label_and_value(first) if first.lead_bold is not None else first.text.partition(":")[::2]
            principle = canonical_principle(without_numbering(label)) if label else None
            # The story by its whole title, however marked (`**Cache Rewrite**`); one story a line.
            told = [place for place, title in enumerate(titles) if normalize(value.strip(" *_.")) == title]
            if principle is not None and len(told) == 1:
                mapped.append((told[0], principle, first.number))
        if len(mapped) < _FEWEST_MAPPED:
            continue
        for place, principle, line in mapped:
            story = stories[place]
            if principle not in {ref.canonical for ref in story.principles}:
                story.principles.append(PrincipleRef(principle, principle, None, "", line))


# "## Amazon LP Mapping for This Story", "## Leadership Principles Demonstrated": a heading after a
# page's one story that lists the principles it shows.
_MAPPING = re.compile(
    r"\b(?:lps?|leadership principles?|principles?)\b.*\b(?:mapping|mapped|demonstrated|shown|covered|used)\b"
    r"|\b(?:mapping|mapped) (?:to )?(?:the )?(?:amazon )?(?:lps?|leadership principles?)\b"
)
_REMARK = re.compile(r"\s*[(\u2014\u2013:-].*$")  # "(Made the decision under uncertainty)", "— why"


def principles_from_mapping(items: list[ContentItem], sections: list[Section], root: Section) -> None:
    """Give a page's one story the principles a heading outside it lists as the ones it shows,
    an item each (`- ✅ **Bias for Action** (Made the call under uncertainty)`), after those it names itself."""
    stories = [item for item in items if isinstance(item, BehavioralScenario)]
    if len(stories) != 1:
        return
    held = Cover((section.line, section.end_line) for section in sections)
    story = stories[0]
    for section in root.walk():
        if section is root or section.line in held or not _MAPPING.search(normalize(section.title.text)):
            continue
        known = {ref.canonical for ref in story.principles}
        lines = [item.lines[0] for item in list_items(section, deep=False) if item.lines]
        for line in lines:
            named = line.lead_bold or _REMARK.sub("", line.text)  # the bold name, or the words before its remark
            principle = canonical_principle(_LEADING_MARKS.sub("", named))
            if principle is not None and principle not in known:
                known.add(principle)
                story.principles.append(PrincipleRef(principle, principle, None, "", line.number))


_LEADING_MARKS = re.compile(r"^[^\w(]+")  # "✅ ", "- "
