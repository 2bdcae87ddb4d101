"""Follow-up questions wherever a page writes them: the name of a part that holds them (one
pattern for stories and design problems alike), a story's table with a column of them, and
the page's own follow-ups, written after its items rather than inside one ("## Likely
Follow-Ups" closing a page of answers), which every item there that has none of its own is
asked."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, pairwise

from systemcraft_tui.content.labels import FOLLOW_UP_WORDS
from systemcraft_tui.content.markdown_tree import Section, Table, block_lines
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, Probe, SystemDesignProblem
from systemcraft_tui.content.names import normalize, strip_quotes
from systemcraft_tui.content.questions import asks
from systemcraft_tui.content.reading import cell, read_probes


@lru_cache(maxsize=4096)  # asked of every heading by several rules in turn
def names_follow_ups(heading: str) -> bool:
    """A heading named for follow-ups ("Common Follow-up Questions", "Probing Questions",
    "Questions the Interviewer May Ask"), by the vocabulary's words for them."""
    return bool(FOLLOW_UP_WORDS.search(normalize(heading)))


def tabled_follow_ups(section: Section) -> list[Probe]:
    """A story's follow-ups in a table of its own text (`| Likely follow-up | How I answer |`):
    the column headed as follow-ups holds the questions, the one after it their answers."""
    for table in (block for block in section.blocks if isinstance(block, Table)):
        column = next((n for n, head in enumerate(table.header) if names_follow_ups(head.text)), None)
        if column is not None:
            return [
                Probe(strip_quotes(asked), answer, "strong_response" if answer else None, row[column].number)
                for row in table.rows
                if (asked := cell(row, column))
                for answer in [strip_quotes(cell(row, column + 1)) or None]
            ]
    return []


def page_follow_ups(root: Section, items: list[Section]) -> list[Probe]:
    """The follow-ups of a page's first part named for them that lies outside every item,
    holds none and does not follow one (a heading right after a story is that story's): the
    page's own, asked after any of its answers. On a page of one item, every such part, one
    after it too (`### Interviewer Pushback #1` … `#3` after the one answer)."""
    # The heading that follows each item among its siblings.
    ids = {id(item) for item in items}
    one = len(items) == 1
    after = set() if one else {id(later) for section in root.walk() for earlier, later in pairwise(section.children) if id(earlier) in ids}
    overlaps = _Spans(items)
    found: list[Probe] = []
    for section in root.walk():
        # Where it is first (a look-up): in a bank of stories nearly every heading is an item's.
        if section is root or overlaps(section) or id(section) in after or not names_follow_ups(section.title.text):
            continue
        if probes := [probe for probe in read_probes(section) if probe.question.rstrip().endswith("?")]:
            if not one:
                return probes
            found += probes
    return found


class _Spans:
    """Whether a section's lines overlap any item's, in a look-up rather than a pass over
    the items (a bank of 2,000 stories asks it of 1,000 follow-up headings)."""

    def __init__(self, items: list[Section]) -> None:
        spans = sorted((item.line, item.end_line) for item in items)
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))  # the furthest end among the first n

    def __call__(self, section: Section) -> bool:
        # An item that starts within the section, or one that starts before it and reaches it.
        if bisect_right(self.starts, section.end_line) > bisect_left(self.starts, section.line):
            return True
        started = bisect_right(self.starts, section.line)
        return started > 0 and self.reach[started - 1] >= section.line


def ask_page_follow_ups(items: list[ContentItem], sections: list[Section], root: Section) -> list[ContentItem]:
    """Give each story and design problem that has no follow-ups of its own the page's
    (sections: where the items are written, in the same order); the items given them."""
    probes = page_follow_ups(root, sections)
    given: list[ContentItem] = []
    for item in items if probes else []:
        if isinstance(item, BehavioralScenario) and not item.probes:
            item.probes = list(probes)
            given.append(item)
        elif isinstance(item, SystemDesignProblem) and not item.follow_ups:
            item.follow_ups = list(probes)  # "## Common Follow-up Questions" after a bank of designs
            given.append(item)
    return given


def ask_mapped_questions(items: list[ContentItem], sections: list[Section], root: Section) -> None:
    """A page that points questions at its stories by their codes, outside them (`**"Tell me
    about …"**` over `→ Use Story 1 or Story 3`, or `- "Describe …" → Story 2` on one line):
    each story so named that asks no question of its own is asked the first one naming it."""
    coded: dict[tuple[str, int], BehavioralScenario] = {}
    named: dict[str, BehavioralScenario] = {}
    for item in items:
        if not isinstance(item, BehavioralScenario) or item.question_source == "file":
            continue
        if found := _CODE.match(item.code or ""):
            coded.setdefault((found[1].lower(), int(found[2])), item)
        named.setdefault(normalize(item.title), item)
    if not coded and not named:
        return
    words = {word for word, _ in coded}
    refs = re.compile(rf"\b({'|'.join(map(re.escape, sorted(words)))})\s*#?(\d+)\b", re.IGNORECASE) if words else None
    inside = _Spans(sections)
    for section in root.walk():
        if section is root or inside(section):
            continue
        if (story := _story_used(section, named)) is not None:
            story.question, story.question_source = strip_quotes(section.title.text.strip()), "file"
            continue
        if refs is None:
            continue
        before = ""
        for line in (line for block in section.blocks for line in block_lines(block)):
            text = line.text
            first = refs.search(text) if any(word in text.lower() for word in words) else None
            # The question on the line before its codes, else on the line above.
            asked = _ARROW.split(text[: first.start()], maxsplit=1)[0] if first else ""
            question = asked if asks(asked) else before if first and asks(before) else ""
            for word, number in refs.findall(text) if question else ():
                story = coded.get((word.lower(), int(number)))
                if story is not None and story.question_source != "file":
                    story.question, story.question_source = strip_quotes(question.strip(" -*:")), "file"
            before = text


def _story_used(section: Section, named: dict[str, BehavioralScenario]) -> BehavioralScenario | None:
    """The story a heading that asks a question (`### "Tell me about a challenging project"`)
    says to tell, by its title, on its first line (`**Use: Middleware Gateway Application**`),
    when that story asks no question of its own."""
    first = next((line for block in section.blocks for line in block_lines(block)), None)
    used = _USE.match(first.text) if first is not None else None
    story = named.get(normalize(used["name"])) if used else None
    return story if story is not None and story.question_source != "file" and asks(strip_quotes(section.title.text)) else None


_USE = re.compile(r"^(?:use|tell|story)\s*:\s*(?P<name>\S.*?)\s*$", re.IGNORECASE)
_CODE = re.compile(r"^([A-Za-z]+)\s*#?(\d+)$")  # "Story 1", "Example #3"
_ARROW = re.compile(r"\s*(?:→|->|=>|—|–|\|)\s*")
