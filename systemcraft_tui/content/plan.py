"""Reads practice plans (Template 4): weeks, routine, weekly assessment, triggers, milestones."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from systemcraft_tui.content.markdown_tree import (
    Block,
    Code,
    Line,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Section,
    Table,
    block_lines,
)
from systemcraft_tui.content.model import (
    Dimension,
    Milestone,
    PracticePlan,
    Trigger,
    Week,
)
from systemcraft_tui.content.names import LABEL_SEPARATORS, file_title, normalize, strip_quotes, without_symbols
from systemcraft_tui.content.reading import (
    MONTH,
    TICK_BOX,
    FileContext,
    cell,
    checkbox_free,
    clean_label,
    find_section,
    item_fields,
    label_and_value,
    labelled_lists,
    labelled_value,
    split_name,
    split_title,
    without_numbering,
)

# "Week 1: Foundation", "Weeks 2-3 — Stories", "Week 4", "Week 1 (Days 1-7)", "W2-3: Screens", "Week 1"
# and a full-width colon (U+FF1A, as Chinese authors type it): a separator before the theme, so that "Weeks 3-1 Practice Plan" is a title, not week 3 called "1
# Practice Plan"; a remark in parentheses after the number is not the theme, nor one in full-width
# parentheses, as Chinese authors type them (`Week 1-2` and the dates it runs in full-width brackets);
# the bracket closing that remark separates the theme after it as a colon would (`第1周` then its dates
# in full-width brackets, then `动画`).
# The word for a week in the author's language, before its number: week, semana (Spanish,
# Portuguese), semaine (French), settimana (Italian), Woche (German), неделя (Russian), tuần
# (Vietnamese), hafta (Turkish), minggu (Indonesian), أسبوع / الأسبوع (Arabic, the week) and أسابيع (weeks).
# ... "Weekend 3" too: a part-time course's week, its class held at the weekend.
_WEEK_WORD = r"(?:weeks?|weekends?|semanas?|semaines?|settiman[ae]|wochen?|недел[яиюь]|tuần|hafta|minggu|(?:\u0627\u0644)?\u0623\u0633\u0628\u0648\u0639|\u0623\u0633\u0627\u0628\u064a\u0639)"
WEEK_HEADING = re.compile(
    rf"^(?:{_WEEK_WORD}(?:\s+|\s*[-_]\s*(?=\d)|(?=\d))|wk\s*|w(?=\d)|\u7b2c\s*(?=\d)|(?=\d+(?:\s*[-\u2013]\s*\d+)?\s*\uc8fc\ucc28))"
    # "Week 1 Overview: Introduction to Python": a course's page for the week, named for what it is.
    # ... two weeks joined as one stretch, the word said again or not: "Week 2 & Week 3", "Weeks 2 and 3".
    rf"(\d+)(?:\s*(?:-|\u2013|to|a|bis|до|(?:&|and)(?:\s*{_WEEK_WORD})?)\s*(\d+))?(?:\s*(?:[\u5468\u9031]|\uc8fc\ucc28))?(?:\s+overview(?=\s*:))?(?:\s*[(\uff08][^()\uff08\uff09]*[)\uff09])?(?:\s*(?:[:.—\uff1a\u00b7\u2022|]|[-\u2013](?!\s*\d)|(?<=[)\uff09])(?=\s*\S))\s*(.*))?$",
    re.IGNORECASE,
)
# "Phase 2: System Design Core (Week 2)", or any theme that ends with its weeks, "Beginner
# (Week 1-2)", "(Week 5+)": a stage of the plan that names its weeks in a parenthesis; the week numbers are
# read first (groups 1 and 2), then the theme (group 3). A remark after a comma is on the weeks, not
# more of them: "(Weeks 1-2, 14 hours total)", the hours they take.
_WEEKS_IN_PARENTHESIS = r"[(\uff08]weeks?\s+(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+)|\+)?(?:\s*,[^()\uff08\uff09]*)?[)\uff09]"  # "(Week 5+)": from week 5 on
_STAGE = r"(?:phase|stage|part|module|sprint|block|month|milestone)\s*\d+"  # a stretch of the plan, numbered
_STAGE_OF_WEEK = re.compile(
    rf"^(?=.*{_WEEKS_IN_PARENTHESIS}){_STAGE}\s*[:.\u2014\u2013-]\s*(.*?)\s*[(\uff08]weeks?\s+[^()\uff08\uff09]*[)\uff09]",
    re.IGNORECASE,
)
# "Phase 1 (Weeks 1–3): JavaScript Deep Dive": the stage's weeks before its theme.
_STAGE_THEN_THEME = re.compile(rf"^{_STAGE}\s*{_WEEKS_IN_PARENTHESIS}\s*[:.\u2014\u2013-]\s*(.*)$", re.IGNORECASE)
# "Milestone 1: Weeks 1-4 — Foundations": the stage, then its weeks, then its theme.
_STAGE_THEN_WEEKS = re.compile(
    rf"^{_STAGE}\s*[:.\u2014\u2013]\s*weeks?\s+(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?\s*(?:[:.\u2014\u2013|]|-(?!\s*\d))\s*(.*)$",
    re.IGNORECASE,
)
# ... its parenthesis ASCII: a theme before full-width ones is read only after a stage's number.
_THEMED_WEEKS = re.compile(
    rf"^(?=.*{_WEEKS_IN_PARENTHESIS}$)(?=.*\)$)(.*?)\s*\(weeks?\s+[^()]*\)$",
    re.IGNORECASE,
)
_MAX_WEEKS = 52
# Sections about mock interviews or milestones ("## Mock Interview Schedule"), whose "### Week
# 2: First Mock" headings are events in a week, not weeks ("## Month 3: Algorithms and Mock
# Interviews" is a month of the schedule).
_NOT_SCHEDULE = re.compile(r"^(?:mock|mocks|milestones?)\b")
_ASSESSMENT_HEADING = re.compile(r"\b(?:weekly assessment|assessment framework|check ins?|checkins?|weekly review)\b")
_TRIGGER = re.compile(
    r"^if\s+(?P<group>[\w\s/-]+?)\s+scores?\s*(?:(?:are|is)\s+)?(?:<|below|under|less than)\s*(?P<n>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
# ... or its week abbreviated as week headings may be (`**W3**`, `Wk 3`).
_MILESTONE = re.compile(r"^(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:weeks?\s+|wk\s*|w(?=\d))(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?$", re.IGNORECASE)
_LEADING_SYMBOLS = re.compile(r"^[^\w(]+")
_NUMBER = re.compile(r"\d")
# "Goals", "Theme", "Focus", "Objective", "This week's focus": what a week is for; "Priority" too, a day's
# (`**Priority: Deep technical prep**` opening it in a cram plan), what comes first that day.
# ... in the author's language too: goal (目标, 目標, 목표).
_GOAL_LABEL = re.compile(
    r"^(?:(?:this\s+)?weeks?\s+|weekly\s+|main\s+|key\s+|learning\s+)?(?:goals?|theme|focus|objectives?|priority)(?:\s+for\s+(?:the|this)\s+week(?:end)?)?$"
    r"|^learning\s+targets?$"
    # ... this week's (本周 / 本週 Chinese, 今週 Japanese, 이번 주 Korean) or the week's (每周, 每週, 주간), or the
    # learning's (学习 Chinese, 学習 Japanese); and Chinese "(learning) focus" (学习重点, 重点) as "Focus" is
    r"|^(?:本周|本週|这周|這週|今週の?|每周|每週|이번 ?주|주간|学习|學習|学習)? ?(?:目标|目標|목표)$|^(?:本周|本週|学习|學習)?(?:重点|重點)$"
    # ... or objetivo (Spanish, Portuguese), objectif (French), obiettivo (Italian), Ziel (German), цель (Russian), mục tiêu (Vietnamese),
    # мета (Ukrainian), the week's after it (`## 🎯 Мета тижня`) as a Romance language or German says it
    r"|^(?:objetivos?|objectifs?|obiettivi|obiettivo|ziele?|цели|цель|мета|mục tiêu)"
    r"(?:\s+(?:(?:da|de la|della|der)\s+(?:semana|semaine|settimana|woche)|тижня))?$"
    # ... and the focus of one part of the week, a word saying which ("Track focus", "DSA focus", "Reading focus").
    r"|^[^\W\d_]+\s+focus$"
)
# "Key Patterns", "Core patterns": the techniques a week of practice problems teaches.
_KEY_PATTERNS = re.compile(r"^(?:key |core )?patterns$")
_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


# "**Weeks:** 9–16" opening a stage's text (`## PHASE 2 — Core DSA (Month 3–4)`): the weeks it spans.
_WEEKS_LABEL = re.compile(r"^(?:weeks?|semanas?)$")
_WEEKS_VALUE = re.compile(r"^(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?\.?$")
_STAGE_HEADING = re.compile(rf"^\W*{_STAGE}\b", re.IGNORECASE)
# "**Duration:** 2 weeks" in a stage's opening lines, in Chinese too ("estimated time", N 周 / 週):
# how long the stage runs, the stages run one after another.
_DURATION_LABEL = re.compile(r"^(?:(?:estimated|expected|planned)\s+)?(?:duration|time|length)$|^(?:预计|預計)?(?:时间|時間|时长|時長)$")
_DURATION_VALUE = re.compile(r"^~?\s*(\d+)\s*(?:weeks?|[\u5468\u9031])\.?$")


def with_labelled_weeks(root: Section) -> None:
    """Each stage heading of a plan (`## PHASE 2 — Core DSA (Month 3–4)`) whose text opens with
    the weeks it spans under a label (`**Weeks:** 9–16`), two such stages or more: its title
    says them as a stage's weeks are written, `… (Weeks 9–16)`, the text left as it was. In place."""
    found: list[tuple[Section, str]] = []
    for section in root.walk():
        if section is root or not _STAGE_HEADING.match(section.title.text) or week_match(section.title.text):
            continue
        first = next((line for block in section.blocks for line in block_lines(block) if line.text.strip()), None)
        label, value = label_and_value(first) if first is not None else ("", "")
        if label and _WEEKS_LABEL.match(normalize(label)) and (spans := _WEEKS_VALUE.match(value.strip())):
            found.append((section, f"{spans[1]}\u2013{spans[2]}" if spans[2] else spans[1]))
    if not found:
        found = _stages_by_duration(root)
    if len(found) < 2:
        return
    for section, weeks in found:
        title = section.title
        section.title = Line((*title.runs, Run(f" (Weeks {weeks})")), title.number)


def _stages_by_duration(root: Section) -> list[tuple[Section, str]]:
    """The stages of a plan that says how many weeks each lasts rather than which
    (`**Duration:** 3 weeks`), every stage so: each stage's weeks counted on from the last's."""
    found: list[tuple[Section, str]] = []
    last = 0
    for section in root.walk():
        if section is root or not _STAGE_HEADING.match(section.title.text) or week_match(section.title.text):
            continue
        opening = next((block for block in section.blocks if isinstance(block, Paragraph)), None)
        said = [label_and_value(line) for line in (opening.lines if opening is not None else ())]
        # A stage without its length leaves the count of the stages after it unknown: none is read.
        weeks = next(
            (
                int(runs[1])
                for label, value in said
                if label and _DURATION_LABEL.match(normalize(label).rstrip("\uff1a")) and (runs := _DURATION_VALUE.match(value.strip()))
            ),
            0,
        )
        if not weeks:
            return []
        found.append((section, f"{last + 1}\u2013{last + weeks}" if weeks > 1 else str(last + 1)))
        last += weeks
    return found


@lru_cache(maxsize=4096)  # asked of every heading and label by several rules in turn
def week_match(text: str) -> re.Match[str] | None:
    """The week numbers and theme of a week heading, emoji or bullets before it allowed."""
    text = _chinese_week_as_digits(text)
    if not _may_name_week(text):
        return None  # asked of every heading: most are passed over here
    # "**Week 1 **" (a space before its closing stars leaves it no bold): the stars are none of its words.
    text = _LEADING_SYMBOLS.sub("", text.strip()).rstrip(" *_")
    text = _keycaps_as_digits(text)
    # "3. Week 1 — Resume": a page's sections numbered through, a week among them; the number orders the page.
    text = _SECTION_NUMBER.sub("", text)
    return (
        WEEK_HEADING.match(text)
        or _STAGE_OF_WEEK.match(text)
        or _STAGE_THEN_THEME.match(text)
        or _STAGE_THEN_WEEKS.match(text)
        or _THEMED_WEEKS.match(text)
        or ((label := _LABEL_BEFORE_WEEK.match(text)) and WEEK_HEADING.match(text[label.end() :]))
        or _WEEK_PLAN.match(text)
        or None
    )


# "Part 6: Week 31 Action Plan", "Week 3 Study Plan": a heading naming one week's plan, no colon
# after its number (a chapter of a course run week by week, closing on what to do that week); one
# week, not a stretch ("Weeks 3-1 Practice Plan" counts a plan's weeks).
_WEEK_PLAN = re.compile(
    rf"^(?:{_STAGE}\s*[:.\u2014\u2013-]\s*)?week\s+(\d+)()\s+((?:action |study |practice )?(?:plan|schedule))$",
    re.IGNORECASE,
)


_KEYCAP_DIGIT = re.compile(r"(\d)\ufe0f?\u20e3")
_SECTION_NUMBER = re.compile(rf"^\d+[.)]\s+(?={_WEEK_WORD}\s*\d)", re.IGNORECASE)

# "第一周" / "第十二週": a week counted in Chinese numerals, as Chinese plans number their weeks as often as in digits.
_CHINESE_WEEK = re.compile(r"\u7b2c\s*([一二三四五六七八九十]{1,3})\s*(?=[\u5468\u9031])")
_CHINESE_DIGITS = {digit: value for value, digit in enumerate("一二三四五六七八九", start=1)}


def _chinese_week_as_digits(text: str) -> str:
    """`第一周` and a full-width colon, the week's number in Chinese numerals (一 to 九十九): `第1周`."""
    if "\u7b2c" not in text or not (found := _CHINESE_WEEK.search(text)):
        return text
    tens, ten, units = found[1].partition("十")
    if not ten and len(tens) == 1:
        value = _CHINESE_DIGITS[tens]
    elif ten and len(tens) <= 1 and len(units) <= 1 and units != "十":
        value = (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)
    else:
        return text  # "第一二周", "第十十周": no number as written
    return f"{text[: found.start(1)]}{value}{text[found.end(1) :]}"


def _keycaps_as_digits(text: str) -> str:
    """`Week 1️⃣`, the week's number on a key as social posts number things: `Week 1`."""
    return _KEYCAP_DIGIT.sub(r"\1", text) if "\u20e3" in text else text


# "Milestone: Semana 1 - Fundamentos": a one-word label before the week it heads (numbered too).
_LABEL_BEFORE_WEEK = re.compile(rf"^(?:\d+[.)]\s*)?[^\W\d_]{{3,15}}\s*:\s*(?={_WEEK_WORD}\s*\d)", re.IGNORECASE)


# "第2周" / "第2週" (Chinese, Japanese), "2주차" (Korean) and the other words of _WEEK_WORD without
# a "w": a week in the author's language.
_WEEK_WORDS = (
    *("\u5468", "\u9031", "\uc8fc\ucc28", "eman", "emain", "ettiman", "едел", "EMAN", "EMAIN", "ETTIMAN", "ЕДЕЛ", "tuần", "Tuần", "TUẦN", "afta", "AFTA"),
    *("inggu", "INGGU", "\u0633\u0628\u0648\u0639", "\u0633\u0627\u0628\u064a\u0639"),  # Indonesian minggu, Arabic أسبوع / أسابيع
)


def _may_name_week(text: str) -> bool:
    """Whether a text holds what every week's name does: a number and a "w" ("Week 2", "Wk 2", "W2")
    or a week's word without one ("Semana 2")."""
    return ("w" in text or "W" in text or any(word in text for word in _WEEK_WORDS)) and _NUMBER.search(text) is not None


def is_week_heading(text: str) -> bool:
    return week_match(text) is not None


# "October – Week 4 (Oct 22–31) – Theme": a title that names its week after what it is part of.
_WEEK_AFTER_NAME = re.compile(r"^[^:–—]{1,40}?(?:\s[:–—-]|:)\s+(?=weeks?\s+\d)", re.IGNORECASE)


# "Day 3", in the author's language too: ngày (Vietnamese), día / dia (Spanish, Portuguese), jour (French), Tag (German).
_DAY_WORD = r"(?:day|ngày|d[ií]a|jour|tag|hari|день)"
_DAY = re.compile(rf"^\W*{_DAY_WORD}\s+\d+\b", re.IGNORECASE)


def _one_week(title: Section) -> bool:
    """Whether a file is a plan of the one week its title names: "# Week 6: Story Building",
    or "# October – Week 4 – Theme" over the week's tick boxes (a course's "Behavioral - Week 3"
    lesson is no plan, nor is "# Week 11: Day 3 - Behavioral", one day's lesson of it)."""
    if (match := week_match(title.title.text)) and _DAY.match(match[3] or ""):
        return False
    if match:
        return True
    if title_week_match(title.title.text) is None:
        return False
    # Its boxes fill the page: half or more of its sections with text hold some (a lesson's
    # closing checklist does not make it a week's plan).
    told = [part for part in title.walk() if part.blocks]
    boxed = [part for part in told if tick_boxes(replace(part, children=[]))]
    return len(boxed) * 2 >= len(told) > 0


def week_of_notes(title: Section) -> bool:
    """Whether a page titled by its week ("# Week 4: Caching Strategies") is no plan of that week
    but its notes: no day of it under a heading of its own ("## Day 3", "## Ngày 29"), no
    section naming the week's goal, and tick boxes in fewer than a quarter of its sections
    with text (a closing study checklist)."""
    if any(_DAY.match(part.title.text.strip(" *")) for part in title.walk() if part is not title):
        return False
    if any(_GOAL_LABEL.match(normalize(without_numbering(part.title.text))) for part in title.children):
        return False  # "## Week Goal": what the week is for, a plan of it
    told = [part for part in title.walk() if part.blocks]
    boxed = [part for part in told if tick_boxes(replace(part, children=[]))]
    return len(boxed) * _NOTES_BOXED < len(told)


_NOTES_BOXED = 4  # a week's notes hold tick boxes in fewer than one section in four


def _names_one_week(title: Section) -> bool:
    """Whether a file's title names one week, not a range nor a day of it ("# Week 16: Final Sprint")."""
    match = week_match(title.title.text)
    return match is not None and not match[2] and not _DAY.match(match[3] or "")


def title_week_match(text: str) -> re.Match[str] | None:
    """The week a file's title names, at its start or after the name of what it is a week of."""
    text = _LEADING_SYMBOLS.sub("", text.strip())
    return week_match(text) or ((part := _WEEK_AFTER_NAME.match(text)) and week_match(text[part.end() :])) or None


def week_groups(root: Section, title: Section | None) -> list[list[Section]]:
    """The week headings under root, in order, split into plans: numbering that starts
    again at Week 1 after later weeks starts another plan. A file whose only week heading
    is its title ("# Week 6: Story Building") is a plan of that one week; one with none, the
    rows of its week tables."""
    groups: list[list[Section]] = []
    highest = 0
    # A plan counted in days, its stretches written as weeks (`### Days 1-7: …`): those are its weeks,
    # not the week labels of a checklist restating them (`- Week 1: CLI working`).
    spans = _day_spans(title) if title is not None and _DAYS_TITLE.search(title.title.text) else []
    weeks = spans or _with_tables_beside(list(_week_sections(root, title)), root) or unwritten_weeks(root, title)
    if title is not None and title_is_a_week(title, weeks):
        weeks = sorted([*weeks, title], key=lambda week: week.line)
    if weeks and title is not None and weeks != [title] and _names_one_week(title):
        # "# Week 16: Final Sprint" is that week's plan; the weeks it writes past it (`- **Week
        # 17-18**: Phone screens`) look ahead to what comes after, they are not its weeks.
        ahead = all(title.line < week.line <= title.end_line and _numbers(week).start >= _numbers(title).start for week in weeks)
        # ... unless the weeks after it are headings of their own under it (a first line in bold
        # over the others, made the title of a file with no headings): then it is the first of them.
        headed = {id(section) for section in title.walk()}
        if ahead and any(id(week) in headed for week in weeks):
            weeks = sorted([title, *weeks], key=lambda week: week.line)
        elif ahead:
            weeks = [title]
    weeks = _without_stage_headings(weeks)
    parents: dict[int, Section] = {}  # each heading's parent, looked up only where the weeks start again
    previous: Section | None = None  # the week before, as written
    offset = 0  # the weeks of the months before, for weeks counted within each month
    for section in weeks:
        match = week_match(section.title.text) or (title_week_match(section.title.text) if section is title else None)
        assert match  # only week headings are yielded
        first, last = int(match[1]), int(match[2] or match[1])
        # ... but Week 1 after Week 4, 3 and 2 ends a countdown to the interview: the same plan; and so
        # does Week 1 under the next month's heading (`### 3月份计划` after `### 2月份计划`, each over its
        # `#### Week 1-2` and `#### Week 3-4`): weeks counted within each month, numbered on from the
        # months before (March's `Week 1-2` is the plan's weeks 5-6), its month and its own name kept after them.
        if groups and first == 1 and highest >= 2 and previous is not None and _next_month(previous, section, root, parents):
            offset = highest
        elif not groups or (first == 1 and highest >= 2 and not _counts_down([*(_numbers(week).start for week in groups[-1]), first])):
            groups.append([])
            highest = offset = 0
        previous = section
        if offset:
            month = parents[id(section)].title.text.strip()
            numbers = f"{first + offset}-{last + offset}" if last > first else f"{first + offset}"
            section = replace(section, title=Line((Run(f"Week {numbers}: {month} \u00b7 {section.title.text.strip()}"),), section.title.number))
            first, last = first + offset, last + offset
        groups[-1].append(section)
        highest = max(highest, last)
    if len(groups) > 1 and _alternatives(groups, root):
        return groups
    if len(groups) > 1 and _tracks(groups):
        # The same weeks written once per subject studied side by side (`### Conteúdo Semanal Python`,
        # then `### Conteúdo Semanal Calculo`): one plan, each week's themes from every track, in week order.
        return [sorted((week for group in groups for week in group), key=lambda week: (_numbers(week).start, week.line))]
    return _without_restatements(groups) if len(groups) > 1 else groups


# "2月份计划" (February's plan), "Month 3: …", "March", "Mes 2": a heading naming a month of the plan.
_MONTH_HEADING = re.compile(
    r"^(?:(?:month|m[eê]s|mois|monat)\s*(?P<number>\d+)|(?P<numbered>\d{1,2})\s*\u6708"
    r"|(?P<name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _next_month(before: Section, week: Section, root: Section, parents: dict[int, Section]) -> bool:
    """Whether a week sits under the heading of a later month than the week before it
    (`### 3月份计划` after `### 2月份计划`, `### Month 2` after `### Month 1`)."""
    if not parents:
        parents.update(_parents(root))
    held, holder = parents.get(id(before)), parents.get(id(week))
    if held is None or holder is None or held is holder:
        return False
    earlier, later = (_month(section) for section in (held, holder))
    return earlier is not None and later is not None and later > earlier


def _parents(root: Section) -> dict[int, Section]:
    """Each heading's parent under `root`, by the heading's id."""
    return {id(child): section for section in root.walk() for child in section.children}


def _month(section: Section) -> int | None:
    """The month a heading names, as a number: its own (`Month 3`, `3月`) or its name's place in the year."""
    found = _MONTH_HEADING.match(_LEADING_SYMBOLS.sub("", section.title.text.strip()))
    if found is None:
        return None
    return int(found["number"] or found["numbered"] or 0) or _MONTHS.index(found["name"][:3].lower()) + 1


def _counts_down(numbers: list[int]) -> bool:
    """Weeks numbered down by one to Week 1 (`Week 4 – Baseline`, `Week 3`, … `Week 1 – Polish`):
    the weeks left before the interview, written in the order they come."""
    return len(numbers) >= 2 and numbers[-1] == 1 and all(before - 1 == after for before, after in pairwise(numbers))


def _without_stage_headings(weeks: list[Section]) -> list[Section]:
    """The weeks but a stage over a range of them (`## Part 2: Weeks 4-8 – Advanced Topics`)
    whose every week is written out alone after it, at its level (`## Week 4: …` … `## Week 8: …`):
    it names the part of the plan they make, and is no week of its own."""
    alone = {week.line: _numbers(week) for week in weeks if len(_numbers(week)) == 1}
    return [
        week
        for week in weeks
        if not (
            (match := week_match(week.title.text)) is not None
            and match.re is not WEEK_HEADING
            and len(numbers := _numbers(week)) > 1
            and set(numbers) <= {n for line, one in alone.items() if line > week.line for n in one}
        )
    ]


def _tracks(groups: list[list[Section]]) -> bool:
    """Whether groups of weeks are tracks of one plan: the same weeks numbered alike, two or
    more each, each track written out at the same length as the others (none summarises another)."""
    numbered = [[(_numbers(week).start, _numbers(week).stop) for week in group] for group in groups]
    if len(numbered[0]) < _FEWEST_TRACK_WEEKS or any(weeks != numbered[0] for weeks in numbered):
        return False
    lengths = [sum(week.end_line - week.line + 1 for week in group) for group in groups]
    return max(lengths) <= _RESTATED * min(lengths)


_FEWEST_TRACK_WEEKS = 2


# "## 3-Month Plan", "## 1-Month Plan": one of a page's plans for how long the reader has.
# ... or a track of a course, "## 8-Week Track Checklist" beside "## 12-Week Track Checklist".
_HORIZON_PLAN = re.compile(
    r"^\d+[\s-]*(?:hours?|days?|weeks?|months?|years?)\s+(?:study\s+|prep\s+|practice\s+)?(?:plan|track|roadmap|schedule)(?:\s+checklist)?$"
)


def _alternatives(groups: list[list[Section]], root: Section) -> bool:
    """Whether each group of weeks sits under a heading of its own naming a plan by how long it
    runs (`## 3-Month Plan` beside `## 1-Month Plan`): plans to choose between, none restating another."""
    horizons = [section for section in root.walk() if _HORIZON_PLAN.match(normalize(without_numbering(section.title.text)))]
    held = [next((h for h in horizons if h.line <= group[0].line and group[-1].line <= h.end_line), None) for group in groups]
    return all(held) and len({id(h) for h in held}) == len(groups)


def title_is_a_week(title: Section | None, weeks: list[Section]) -> bool:
    """Whether the heading taken for the file's title is one of its weeks: it names a week,
    and other weeks are written outside it (`## Week 1` first, then `# Week 2 — …`, `# Week 3 — …`)."""
    if title is None or title in weeks or not _one_week(title):
        return False
    return any(not title.line <= week.line <= title.end_line for week in weeks)


def _with_tables_beside(written: list[Section], root: Section) -> list[Section]:
    """The weeks written as headings, and the rows of week tables outside them that go on where
    they stop (`## Phase 0: Setup (Week 0–1)`, then `### Month 1` over `| Week | Topic |` rows 1-4
    …): a table most of whose weeks no heading writes is no summary of those headings but the
    rest of the plan. A table restating the headings' weeks ("At a Glance") is left out."""
    if not written:
        return written
    spans = [(week.line, week.end_line) for week in written]
    named = {n for week in written for n in _numbers(week)}
    # A table inside a week heading is that week's (its days, or the stage's own weeks already read).
    rows = [
        row.section()
        for section in root.walk()
        for weeks in _table_weeks(section)
        for row in weeks
        if not any(first <= row.line <= last for first, last in spans)
    ]
    numbers = [n for row in rows for n in _numbers(row)]
    ranges = sorted(_span(week) for week in written)
    overlapping = any(later[0] <= earlier[1] for earlier, later in pairwise(ranges))
    if numbers and overlapping and named < set(numbers) and len(numbers) == len(set(numbers)):
        # Stages over weeks that overlap (`## Phase 2: Materials (Week 1-2)`, `## Phase 3: Networking
        # (Week 2-3)`) beside a table writing each of their weeks and more, each once (`## Timeline` over
        # `| Week | Focus | Deliverables |`): the stages are the page's parts, the table its weeks.
        return rows
    if not numbers or 2 * sum(n in named for n in numbers) >= len(numbers):
        return written
    return sorted([*written, *rows], key=lambda week: week.line)


def unwritten_weeks(root: Section, title: Section | None) -> list[Section]:
    """The weeks of a page that writes none out (week_groups): the one week its title names,
    else the rows of its week tables."""
    if title is not None and _one_week(title):
        return [title]
    # A table of weeks is the plan when no heading or label writes them out; beside
    # week headings it is their summary ("At a Glance").
    # ... but a table under a heading about mock interviews (`## Mock Cadence` over `| Week | Days |
    # Platform |`) books mocks in weeks of the plan, no week of it, as its week headings do (_about_mocks).
    mocks = {id(part) for section in root.walk() if section is not title and _about_mocks(section) for part in section.walk()}
    tables = [weeks for section in root.walk() if id(section) not in mocks for weeks in _table_weeks(section)]
    if len(tables) >= 2 and all([week.label for week in weeks] == [week.label for week in tables[0]] for weeks in tables):
        # Tables of the same weeks, one per track of study ("Concepts by week", "Practice by
        # week"), are one plan: each week's themes from every table, in the first table's place.
        tables = [[_TableWeek.joined(rows) for rows in zip(*tables, strict=True)]]
    return [week.section() for weeks in tables for week in weeks] or _weeks_of_days(root, title) or _milestone_weeks(root, title) or _month_weeks(root)


# "Month 3", "Month 1 & 2", "Month 2: System Design": a stretch of a plan counted in months, in the author's language too.
_MONTH_STRETCH = re.compile(
    r"^(?:month|m[eê]s|mois|monat)\s*(\d+)(?:\s*(?:&|and|-|\u2013|to)\s*(\d+))?(?:\s*[:.\u2014\u2013-]\s*\S.*)?$", re.IGNORECASE
)
_MONTH_WEEKS = 4  # a month of a plan, in weeks (the plan's weeks are whole weeks)


def _month_weeks(root: Section) -> list[Section]:
    """The weeks of a page that counts its plan in months and writes no week: its months numbered on
    from 1, two or more, as plain lines alone over their lists (`Month 1 & 2` over `* Read …`, then
    `Month 3`), each month four weeks of the plan, titled as those weeks are written (`Weeks 9-12:
    Month 3`). Months as headings are not (`## Month 1: Understand people`, a new job's first 90 days
    in a blog post, is no study plan)."""
    months = next((lined for section in root.walk() if len(lined := _month_lines(section)) >= 2), [])
    if len(months) < 2 or int(months[0][0][1]) != 1:
        return []
    spans = [(int(found[1]), int(found[2] or found[1])) for found, _ in months]
    if any(last < first for first, last in spans) or any(after != before + 1 for (_, before), (after, _) in pairwise(spans)):
        return []
    weeks = []
    for (first, last), (_, month) in zip(spans, months, strict=True):
        label = Line((Run(f"Weeks {(first - 1) * _MONTH_WEEKS + 1}-{last * _MONTH_WEEKS}: {month.title.text.strip()}"),), month.title.number)
        weeks.append(replace(month, title=label))
    return weeks


def _month_lines(section: Section) -> list[tuple[re.Match[str], Section]]:
    """The months a heading's text names on plain lines alone, each right over its list (`Month 3`
    over `* **Daily (1 hour)**: …`), each as a section holding its text up to the next."""
    blocks = section.blocks
    starts = [
        (n, block.lines[0], found)
        for n, block in enumerate(blocks[:-1])
        if isinstance(block, Paragraph)
        and len(block.lines) == 1
        and block.lines[0].lead_bold is None
        and isinstance(blocks[n + 1], ListBlock)
        and (found := _MONTH_STRETCH.match(block.lines[0].text))
    ]
    if not starts:
        return []
    last_lines = [*(line.number - 1 for _, line, _ in starts[1:]), section.children[0].line - 1 if section.children else section.end_line]
    following = [*(n for n, _, _ in starts[1:]), len(blocks)]
    return [
        (found, Section(section.level + 1, line, line.number, last, blocks[n + 1 : after]))
        for (n, line, found), after, last in zip(starts, following, last_lines, strict=True)
    ]


def _milestone_weeks(root: Section, title: Section | None) -> list[Section]:
    """The weeks of a page titled by how many weeks it runs (`# LLM Engineering — 12-Week Roadmap`)
    that writes them only as a list under `## Milestones` (`- **W1** — theme → *project*`): with no
    other weeks for it to restate, that list is the plan (_listed_weeks passes it over beside them)."""
    if title is None or not _WEEKS_TITLE.search(title.title.text):
        return []
    weeks = [week for section in root.walk() if _MILESTONE_LABEL.search(section.title.text) for week in _listed_weeks(section, milestones=True)]
    return [_reached_after_arrow(week) for week in weeks]


def _reached_after_arrow(week: Section) -> Section:
    """A milestone's week whose line names what it reaches after an arrow (`W3 — Agentic patterns →
    *Intelligent code reviewer*`): the theme before it, and the milestone after it a labelled line
    of the week's text, as `**Milestone:** …` is written (arrows inside the milestone stay its words)."""
    theme, arrow, reached = week.title.text.partition(" \u2192 ")
    if not arrow or not reached.strip() or not week_match(theme):
        return week
    line = Line((Run(f"Milestone: {reached.strip()}"),), week.line)
    return replace(week, title=Line((Run(theme),), week.line), blocks=[Paragraph([line]), *week.blocks])


# "14-Day Study Plan", "30 Days of System Design": a plan counted in days; "10 日冲刺", "21天计划" in
# Chinese, whose words run on with no bound (not a date's day, `5月20日`).
_DAYS_TITLE = re.compile(rf"\b\d+[\s-]*{_DAY_WORD}s?\b|(?<![\d\u6708])\d+\s*[\u65e5\u5929]", re.IGNORECASE)
# "Day 3: Kubernetes Deep Dive", "Day 8 - Review": one day's heading, numbered; "Days 4–6: Graphs", a stretch of them;
# a full-width colon after the number too, as Chinese authors type it, and full-width parentheses
# round its remark (`Day 1(数组/哈希)` in full-width brackets, the day's topic).
# "(1 week)", "2-Week Plan": a plan's length counted in weeks.
_WEEKS_TITLE = re.compile(rf"\b\d+[\s-]*{_WEEK_WORD}\b", re.IGNORECASE)
_DAY_REMARK = r"(?:[(\uff08][^()\uff08\uff09]*[)\uff09]\s*)?"
_DAY_HEADING = re.compile(rf"^\W*{_DAY_WORD}s?\s+(\d+)\s*{_DAY_REMARK}(?:[:.\u2014\u2013\uff1a-]|$)", re.IGNORECASE)
_WEEK_DAYS = 7
_FEWEST_DAYS = 5  # a plan counted in days covers a working week at least ("5-Day System Design Plan")
_FEWEST_BOXED_DAYS = 3


def one_of_routes(section: Section, parent: Section) -> bool:
    """Whether a heading over a plan names how long it runs beside another heading that names
    how long its own runs (`## Ruta completa — 8 semanas` beside `## Ruta express — 10 días`):
    routes to choose between by the time one has, each the plan of its own heading."""
    return _counts_its_length(section) and any(other is not section and _counts_its_length(other) for other in parent.children)


def _counts_its_length(section: Section) -> bool:
    text = section.title.text
    return bool(_DAYS_TITLE.search(text) or _WEEKS_TITLE.search(text))


def _weeks_of_days(root: Section, title: Section | None) -> list[Section]:
    """The weeks of a page titled as a plan counted in days (`# Intensive 14-Day Study Plan`)
    that writes its days as headings and no week (`## Day 1: Go Fundamentals` … `## Day 14: Mock
    Interviews`), seven or more numbered on from 1: days 1-7 are its first week, 8-14 its second;
    its stretches of days when it groups them so (_day_spans); and on any page, three days or
    more holding tick boxes, a week's cram plan."""
    if title is None:
        # No title heading, the page named by its plain first line (`10-Day Sprint` over a line of
        # introduction and its `### Day 1` headings): a plan counted in days is the page's, its days under it.
        title = root if _DAYS_TITLE.search(_opening_line(root)) else None
    if title is None:
        return []
    # ... or one that counts itself in weeks (`# Retake Prep Plan (1 week)`): its days are written out one by one.
    counted = title is root or bool(_DAYS_TITLE.search(title.title.text) or _WEEKS_TITLE.search(title.title.text))
    if counted and (spans := _day_spans(title)):
        return spans
    days: list[tuple[int, int, Section]] = []  # each day heading's first and last day: a stretch, `## Day 2-5: …`, runs on
    # Days written at the title's own level after it (`# Plan …`, then `# Day 1 - Friday`, `# Day 2 - …`)
    # are its days as if under it: the root holds them beside the title.
    beside = [root] if title in root.children else []
    # ... and, on a page not counted in days, the headings beside the title hold them as it does
    # (`# Day-by-Day Schedule` over `## Phase 1 — …` and its `### Day 1 — Wed May 6`).
    setup: list[tuple[int, int, Section]] = []
    tabled = False
    for holder in (title, *title.children, *beside) if counted else (*title.walk(), *(root.walk() if beside else ())):
        days = _day_headings(holder) or _day_labels(holder) or _weekday_headings(holder)
        # ... or as a table's rows: on a page counted in days, or in the title's own text, the table it opens with
        # (`# Twelve focused days` over `| Day | Main focus |`): a table numbering its days counts them itself.
        tabled = not days and (counted or holder is title) and bool(days := _table_days(holder))
        if [first for first, _, _ in days] == [0]:
            # `## Day 0 — Setup` alone, the day before the plan's days start: it opens the first week.
            setup, days = days, []
            continue
        if len(days) > 1 and days[0][0] == 0:
            setup, days = days[:1], days[1:]  # ... and so does a Day 0 before the others under the same heading
        if days:
            # Days split between headings side by side by how far they have got (`## 完了済みタスク` over
            # Days 1-6, then `## 残りタスク` over Day 7: done, still to do): one run, the later ones numbering on.
            above = _parents(root).get(id(holder))
            for beside_it in above.children[above.children.index(holder) + 1 :] if above is not None else []:
                if (more := _day_headings(beside_it)) and more[0][0] == days[-1][1] + 1:
                    days += more
            break
    # ... and a heading beside the title holding them that counts them itself (`# interview-cheatsheet`, a
    # README's repository name, then `# 📅 KẾ HOẠCH ÔN TẬP 7 NGÀY` over its `## NGÀY 1 --- …`): counted there.
    if days and not counted and holder is not title and holder is not root and _DAYS_TITLE.search(holder.title.text):
        counted = True
    counted = counted or tabled
    days = setup + days if days else days
    if not days or days[0][0] != 1 - len(setup) or (not tabled and any(after != before + 1 for (_, before, _), (after, _, _) in pairwise(days))):
        return []
    # ... or, on any page, three days or more each with tick boxes to do (`### Day 1 (Thursday) - SQL`
    # over `- [ ] Complete 5 SQL exercises`): a cram plan of a week or so.
    # ... and its later days when only some are written out, under another heading further on (`#### Day
    # 53 — Sat Jun 27` under the next stage's `### Saturdays`, the days between summed up): each in its week.
    for day in (part for part in root.walk() if part.line > days[-1][2].end_line):
        if (found := _DAY_HEADING.match(day.title.text)) and int(found[1]) > days[-1][1]:
            days.append((int(found[1]), _last_day(day.title.text, int(found[1])), day))
    boxed = sum(bool(tick_boxes(day)) for _, _, day in days)
    if days[-1][1] < (_FEWEST_DAYS if counted else _FEWEST_BOXED_DAYS) or (not counted and 2 * boxed < len(days)):
        return []
    weeks = []
    # A page of one week's days (`# Week 1 タスクリスト`) may say what the week is for under a heading of its
    # own beside them (`## 学習目標`, learning goals; `## Goals`): that week's goals.
    aims = [child for child in title.children if _GOAL_LABEL.match(normalize(without_numbering(child.title.text)))] if days[-1][1] <= _WEEK_DAYS else []
    # Days whose headings mostly name only their date (`### Day 1 — Wed May 6 (4)`): the stages over them say what they are for.
    dated = 2 * sum(_day_theme(day) is None for _, _, day in days) >= len(days)
    parents = _parents(root) if dated else {}
    for week in range(1, (days[-1][0] - 1) // _WEEK_DAYS + 2):
        # Each day, or stretch of days, in the week its first day falls in; a table's row in each week it
        # runs in (`Days 1–10` beside `Days 3–12`: tracks kept up side by side, not stretches one after another).
        held = [
            (first, last, day)
            for first, last, day in days
            if (max(first, 1) - 1) // _WEEK_DAYS + 1 == week or (tabled and (first - 1) // _WEEK_DAYS + 1 < week <= (last - 1) // _WEEK_DAYS + 1)
        ]
        if not held:
            continue
        # Named by its days, as the plan's screens show it: "Week 2: Days 8-14".
        start, end = held[0][0], held[-1][1]
        if tabled:  # ... a table's row only for the days of it in the week
            start, end = max(start, (week - 1) * _WEEK_DAYS + 1), min(max(last for _, last, _ in held), week * _WEEK_DAYS)
        label = Line((Run(f"Week {week}: Days {start}-{end}"),), held[0][2].line)
        stages = _stages_over(held, parents, _stages_of_days(root, (week - 1) * _WEEK_DAYS + 1, week * _WEEK_DAYS)) if dated else []
        weeks.append(Section(held[0][2].level, label, held[0][2].line, held[-1][2].end_line, children=[*aims, *stages, *(day for _, _, day in held)]))
    return weeks


# "Phase 1 — Arrays + Two Pointers (Days 1–6, 4/day)": a stage of the plan and its theme, the days it runs aside.
_STAGE_THEME = re.compile(rf"^\W*{_STAGE}\s*[:.\u2014\u2013-]+\s*(?P<theme>[^\W\d_].*?)\s*(?:\([^()]*\))?\s*$", re.IGNORECASE)


# "(Days 51–65, 13 wd)" closing a stage's heading: the days it runs.
_STAGE_DAYS = re.compile(r"\(\s*days?\s+(\d+)\s*(?:-|\u2013|to)\s*(\d+)\b", re.IGNORECASE)


def _stages_of_days(root: Section, first: int, last: int) -> list[Section]:
    """The stage headings naming the days they run (`## Phase 9 — Mock-Heavy (Days 66–78)`) that
    run on any day from `first` to `last`: a stage summed up in a goal and a daily shape, the few
    days written out (its Saturdays) under another stage's heading, is still what those days are for."""
    return [
        stage
        for stage in root.walk()
        if _STAGE_THEME.match(stage.title.text.strip())
        and (days := _STAGE_DAYS.search(stage.title.text))
        and int(days[1]) <= last
        and first <= int(days[2])
    ]


def _stages_over(held: list[tuple[int, int, Section]], parents: dict[int, Section], running: list[Section]) -> list[Section]:
    """What the stages holding a week's days, or `running` on them, are for, in a plan whose day headings
    name only their dates (`## Phase 1 — Arrays + Two Pointers (Days 1–6)` over `### Day 1 — Wed May 6 (4)`):
    each stage's theme as the week's focus, as a subheading of it would say, with the stage's own text
    (its `**Goal:**` line), in the order they come."""
    stages: dict[int, Section] = {}
    for stage in sorted([*(parents[id(day)] for _, _, day in held if id(day) in parents), *running], key=lambda stage: stage.line):
        if found := _STAGE_THEME.match(stage.title.text.strip()):
            focus = Line((Run(f"Focus: {found['theme']}"),), stage.title.number)
            stages.setdefault(id(stage), replace(stage, title=focus, children=[]))
    return list(stages.values())


def _opening_line(root: Section) -> str:
    """The text of a page's first line, when it is a paragraph's of its own before any heading."""
    first = root.blocks[0] if root.blocks else None
    return first.lines[0].text if isinstance(first, Paragraph) and first.lines else ""


def _day_headings(holder: Section) -> list[tuple[int, int, Section]]:
    """The day headings right under a heading: each one's first and last day, and itself."""
    return [(int(found[1]), _last_day(child.title.text, int(found[1])), child) for child in holder.children if (found := _DAY_HEADING.match(child.title.text))]


# "SATURDAY NOV 9 (TODAY) - 6 hours", "Monday", "Tue (Mar 8)": a day named by its weekday, perhaps its date after it.
_WEEKDAY_HEADING = re.compile(
    r"^\W*(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b", re.IGNORECASE
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FEWEST_WEEKDAYS = 3


def _weekday_headings(holder: Section) -> list[tuple[int, int, Section]]:
    """Days whose headings name their weekday rather than a number (`### SATURDAY NOV 9 (TODAY)`,
    `### SUNDAY NOV 10`, …), three or more right under one heading, each the day after the one
    before (the week wrapping round): days 1, 2, 3 … of the plan, in the order they come."""
    found = [(day, child) for child in holder.children if (day := _WEEKDAY_HEADING.match(child.title.text.strip(" *")))]
    if len(found) < _FEWEST_WEEKDAYS or len(found) != len(holder.children):
        return []
    order = [_WEEKDAYS.index(day[1][:3].lower()) for day, _ in found]
    if any(after != (before + 1) % len(_WEEKDAYS) for before, after in pairwise(order)):
        return []
    return [(number, number, child) for number, (_, child) in enumerate(found, 1)]


def _day_labels(holder: Section) -> list[tuple[int, int, Section]]:
    """Days written as bold lines alone in a heading's text (`**Day 1 — Sat Aug 9 · ~2.5h · First
    timed run**` over its bullets), two or more, as weeks are written as bold labels (_label_weeks):
    each day a section of its own, holding the text after it up to the next."""
    starts = [
        (number, block.lines[0])
        for number, block in enumerate(holder.blocks)
        if isinstance(block, Paragraph)
        and (label := block.lines[0].lead_bold)
        and not block.lines[0].after_lead.strip()
        and _DAY_HEADING.match(label.strip())
    ]
    if len(starts) < 2:
        return []
    following = [*(number for number, _ in starts[1:]), len(holder.blocks)]
    last_lines = [*(line.number - 1 for _, line in starts[1:]), holder.children[0].line - 1 if holder.children else holder.end_line]
    days = []
    for (number, line), after, last in zip(starts, following, last_lines, strict=True):
        text = (line.lead_bold or "").strip()
        rest = holder.blocks[number]
        assert isinstance(rest, Paragraph)
        blocks = [*([Paragraph(rest.lines[1:])] if len(rest.lines) > 1 else []), *holder.blocks[number + 1 : after]]
        found = _DAY_HEADING.match(text)
        assert found
        day = Section(holder.level + 1, Line((Run(text),), line.number), line.number, last, blocks)
        days.append((int(found[1]), _last_day(text, int(found[1])), day))
    return days


# A table's day cell: "3", "Day 3", "Days 1–10" (a stretch of them), in the author's language too.
_DAY_CELL = re.compile(rf"^(?:{_DAY_WORD}s?\s*)?(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?$", re.IGNORECASE)


def _table_days(holder: Section) -> list[tuple[int, int, Section]]:
    """Days written as the rows of a table in a heading's text (`| Day | New problems | Main focus |`
    over `| 1 | … |`, or `| Days | Focus Area |` over `| Days 1–10 | … |`), as a plan's weeks are
    (_table_weeks): each row a day or a stretch of days, its other cells (not a time) what it is for.
    The rows run from day 1 to the last row's, leaving none out between; stretches may run side by
    side (`Days 1–10` beside `Days 3–12`: two tracks at once)."""
    for table in (block for block in holder.blocks if isinstance(block, Table)):
        if not _of_days(table):
            continue
        rows = [(row, found) for row in table.rows if row and (found := _DAY_CELL.match(cell(row, 0).strip(" *")))]
        if len(rows) < 2 or len(rows) != len(table.rows):
            continue
        spans = [(int(found[1]), int(found[2] or found[1])) for _, found in rows]
        covered = {day for first, last in spans for day in range(first, last + 1)}
        if spans[0][0] != 1 or max(first for first, _ in spans) != spans[-1][0] or covered != set(range(1, max(covered) + 1)):
            continue
        goals = [n for n, head in enumerate(table.header) if n and not _NOT_A_GOAL_COLUMN.match(normalize(head.text))]
        days = []
        for (row, _), (first, last) in zip(rows, spans, strict=True):
            theme = "; ".join(text for n in goals if (text := cell(row, n)) and any(ch.isalpha() for ch in text))
            label = f"Days {first}-{last}" if last > first else f"Day {first}"
            title = Line((Run(f"{label}: {theme}" if theme else label),), row[0].number)
            days.append((first, last, Section(holder.level + 1, title, row[0].number, row[0].number)))
        return days
    return []


def days_written(weeks: list[Section]) -> int | None:
    """The last day the weeks' day headings run to (`### Day 4: Mock and Rest` under a plan written
    in days), when every one of its weeks is written as days; else None."""
    last = [max((days for _, days, _ in _day_headings(week)), default=0) for week in weeks]
    return max(last) if last and all(last) else None


# "Day 2-5: Core Concepts": a stretch of days under one heading.
_DAY_STRETCH_END = re.compile(r"^\W*\w+\s+\d+\s*(?:-|\u2013|to)\s*(\d+)\b")


def _last_day(heading: str, first: int) -> int:
    """The last day a day heading covers: its stretch's end, else its own day."""
    stretch = _DAY_STRETCH_END.match(heading)
    return int(stretch[1]) if stretch and int(stretch[1]) > first else first


# "Days 1-7: Foundations & CLI Development": a stretch of a plan counted in days, named for what it is for.
_DAY_SPAN = re.compile(rf"^\W*{_DAY_WORD}s\s+(\d+)\s*(?:-|\u2013|to)\s*(\d+)\W*(?:[:.\u2014\u2013-]\s*(?P<theme>.*?))?\W*$", re.IGNORECASE)
_FEWEST_SPANS = 3
_LONGEST_SPAN = 10  # days: a week, or a little more ("Days 8-15")
_SHORTEST_SPAN = 5  # days: a working week at least, or the stretch is a part of one


def _day_spans(title: Section) -> list[Section]:
    """A plan counted in days whose days are grouped in stretches of about a week (`### Days 1-7:
    Foundations`, `### Days 8-15: APIs`, …), three or more running on from day 1 under one heading:
    each stretch one week, in order, its theme the stretch's."""
    for holder in title.walk():
        spans = [(found, child) for child in holder.children if (found := _DAY_SPAN.match(_REMARK_AFTER.sub("", child.title.text.replace("*", ""))))]
        if len(spans) < _FEWEST_SPANS or int(spans[0][0][1]) != 1:
            continue
        if any(int(after[1]) != int(before[2]) + 1 for (before, _), (after, _) in pairwise(spans)):
            continue
        if any(int(found[2]) - int(found[1]) + 1 > _LONGEST_SPAN for found, _ in spans):
            continue  # "Days 1-30: Learn", "Days 31-60": a 30-60-90 plan's months, whose weeks are written inside
        if any(int(found[2]) - int(found[1]) + 1 < _SHORTEST_SPAN for found, _ in spans[:-1]):
            continue  # "Days 1-3: Arrays", "Days 4-5: Trees": stretches shorter than a week, grouped in weeks by their days
        weeks = []
        for number, (found, span) in enumerate(spans, 1):
            theme = (found["theme"] or "").strip()
            label = Line((Run(f"Week {number}: {theme}" if theme else f"Week {number}"),), span.line)
            weeks.append(Section(span.level, label, span.line, span.end_line, blocks=span.blocks, children=span.children))
        return weeks
    return []


_REMARK_AFTER = re.compile(r"\s*\([^()]*\)\s*$")  # "(Programming Fundamentals)" after a stretch's theme


class _TableWeek(NamedTuple):
    """A week written as a table's row: its label ("Week 2", "Weeks 3-4"), its theme (the
    cells that say what it is for), where it is, and its deliverables as labelled lines."""

    label: str
    theme: str
    line: int
    level: int
    delivered: list[Line]
    end: int = 0  # its last row: rows after it with no week (`| | - Bloom filters | 2h |`) are its details

    @staticmethod
    def joined(rows: Sequence[_TableWeek]) -> _TableWeek:
        """One week written in a row of each table: its themes from them all."""
        theme = "; ".join(row.theme for row in rows if row.theme)
        return rows[0]._replace(theme=theme, delivered=[line for row in rows for line in row.delivered])

    def section(self) -> Section:
        """The week as a section of its own, titled `Week 2: theme`."""
        title = Line((Run(f"{self.label}: {self.theme}" if self.theme else self.label),), self.line)
        end = max(self.line, self.end)
        return Section(self.level, title, self.line, end, blocks=[Paragraph(self.delivered)] if self.delivered else [])


def writes_weeks(root: Section, title: Section | None, besides: Iterable[Section]) -> bool:
    """Whether week_groups finds a week written out under root, but under the headings `besides`."""
    left_out = {id(section) for section in besides}
    return id(root) not in left_out and next(_week_sections(root, title, left_out=left_out), None) is not None


def overlapping_steps(groups: list[list[Section]]) -> list[Section]:
    """Weeks that only tag the steps of a how-to in parentheses ("3. Develop a Schedule (Week
    2)"), a later step starting within an earlier one's weeks ("(Week 1-2)" after "(Week 1)"):
    a project's overlapping activities, not weeks to practise. Those weeks, else none."""
    weeks = [week for group in groups for week in group]
    matches = [week_match(week.title.text) for week in weeks]
    if not all(match is not None and match.re is _THEMED_WEEKS for match in matches):
        return []  # most plans name their weeks first ("Week 2: Storage"): passed over here
    for group in groups:
        spans = [_span(week) for week in group]
        if any(later[0] <= earlier[1] and later != earlier for earlier, later in pairwise(spans)):
            return weeks
    return []


def _span(week: Section) -> tuple[int, int]:
    numbers = _numbers(week)
    return numbers.start, numbers.stop - 1


def _without_restatements(groups: list[list[Section]]) -> list[list[Section]]:
    """The plans but those that restate another: a group of weeks whose numbers all fall in
    a plan that writes each week out at greater length on the same page (a roadmap of
    phases before it, a progress tracker or a shorter track after it) summarises that plan;
    it is no plan of its own."""
    numbers = [{n for week in group for n in _numbers(week)} for group in groups]
    # Lines written per week number: a summary gives each week a line or two, the plan a section.
    density = [sum(week.end_line - week.line + 1 for week in group) / max(len(numbers[n]), 1) for n, group in enumerate(groups)]
    kept = [list(group) for group in groups]
    for n, group in enumerate(groups):
        restated = next(
            (
                m
                for m in range(len(groups))
                if m != n
                and numbers[n] <= numbers[m]
                # ... or the same weeks by ranges ("Week 1-2", "Week 3-4") beside each written alone ("Week 1" … "Week 4"): an overview
                and (density[m] > _RESTATED * density[n] or (numbers[n] == numbers[m] and _by_ranges(group, groups[m])))
            ),
            None,
        )
        if restated is None:
            if (fuller := _detailing(n, numbers, density)) is not None and kept[fuller]:
                # An overview of every week (`- **Week 5**: Searching`) beside some of them written
                # out in full (`### Week 1: Fundamentals` over its days): one plan, each week in its
                # fullest telling.
                outline = [week for week in kept[fuller] if not set(_numbers(week)) & numbers[n]]
                kept[fuller] = sorted([*outline, *group], key=lambda week: (_numbers(week).start, week.line))
                kept[n] = []
            continue
        kept[n] = []
        if any(tick_boxes(week) for week in group):
            # A progress checklist of the same weeks ("### Week 1" over a box per day) holds what
            # each week delivers: its weeks are read with the plan's, as weeks described again.
            kept[restated] = sorted(kept[restated] + group, key=lambda week: week.line)
    return [group for group in kept if group]


_RESTATED = 2  # each week written out at twice the length or more: the plan the shorter group restates


def _detailing(n: int, numbers: list[set[int]], density: list[float]) -> int | None:
    """The group whose weeks group `n` writes out again at length, some of them only (an
    overview of twelve weeks, then the first four in full): none when no group is so."""
    return next(
        (m for m in range(len(numbers)) if m != n and numbers[n] < numbers[m] and density[n] > _RESTATED * density[m]),
        None,
    )


def _by_ranges(group: list[Section], alone: list[Section]) -> bool:
    """Whether `group` writes weeks two or more at a time where `alone` writes each by itself."""
    return any(len(_numbers(week)) > 1 for week in group) and all(len(_numbers(week)) == 1 for week in alone)


def _numbers(week: Section) -> range:
    match = week_match(week.title.text) or title_week_match(week.title.text)
    first = int(match[1]) if match else 0
    return range(first, (int(match[2]) if match and match[2] else first) + 1)


def read_plan(section: Section, weeks: list[Section], ctx: FileContext, *, file_level: bool) -> PracticePlan:
    """The plan whose weeks are given, under a heading or (file_level) the whole file's."""
    top, fields = item_fields(section, ctx, file_level=file_level)
    plan = PracticePlan(**fields)
    title = plan.title
    root = ctx.document.root if file_level else section
    # Weeks given out of the file's order are tracks read side by side (week_groups): joined, not described again.
    in_order = all(before.line < after.line for before, after in pairwise(weeks))
    # A plan headed by what its weeks hand in (`# Assignments` over `## Week 1 (2018 Oct 27)`): each week's list is its work.
    assigned = bool(_ASSIGNED.match(normalize(without_numbering(without_symbols(top.title.text)))))
    read = _merged([week for week_section in weeks if (week := _week(week_section, ctx, assigned=assigned))], ctx, said=in_order)
    plan.weeks = _with_summary(_with_checkpoints(read, root, weeks), root, weeks)
    if file_level and ctx.document.title in weeks and len(weeks) > 1:
        plan.title = title = file_title(ctx.document.name or ctx.path.stem)  # its first heading is one week of several: no name for the plan
    elif file_level and ctx.document.title is None and _DAYS_TITLE.search(opening := _opening_line(ctx.document.root)):
        plan.title = title = opening.strip(" *")  # a plan counted in days named on its first line, no heading: that line names it
    elif file_level and (named := _plan_named_before(ctx.document.title, weeks) or _plan_counted_beside(ctx.document.root, ctx.document.title, weeks)):
        plan.title = title = without_numbering(without_symbols(named.title.text))
    routine = find_section(root, "daily practice framework") or find_section(root, "daily practice")
    if routine:
        plan.daily_routine = _routine_items(routine)
    plan.dimensions = next(
        (found for s in root.walk() if _ASSESSMENT_HEADING.search(normalize(s.title.text)) and (found := _dimensions(s))), []
    )
    plan.triggers = _triggers(root, ctx)
    if listed := find_section(root, "milestones"):
        plan.milestones = _milestones(listed, ctx)
    if not plan.weeks:
        ctx.error(top.line, f"plan {title!r} has no weeks (headings like '### Week 1: Foundation')")
    if not plan.dimensions:
        ctx.warning(
            top.line,
            f"plan {title!r} has no weekly assessment dimensions "
            "(a YAML block of ratings under '### Weekly Assessment Framework')",
        )
    return plan


def _plan_named_before(title: Section | None, weeks: list[Section]) -> Section | None:
    """The heading that names the plan by its length over a few words of its own, right before the
    weeks set beside it (`## 🎯 8-Week Study Plan`, then `## Week 1-2: Foundations`), in a guide whose
    title names no length (`# Complete Interview Preparation Guide`): the plan is named there, the
    page holding more than it."""
    if title is None or not weeks or _WEEKS_TITLE.search(title.title.text):
        return None
    at = next((n for n, child in enumerate(title.children) if child.line <= weeks[0].line <= child.end_line), 0)
    before = title.children[at - 1] if at else None
    if before is None or before.children or week_match(before.title.text) or not _WEEKS_TITLE.search(before.title.text):
        return None
    return before


def _plan_counted_beside(root: Section, title: Section | None, weeks: list[Section]) -> Section | None:
    """The top heading beside the title that holds the weeks and counts how long they run (`# interview-cheatsheet`,
    a README's repository name, then `# 📅 KẾ HOẠCH ÔN TẬP 7 NGÀY` over its days): the plan is named there."""
    if title is None or not weeks or _counts_its_length(title):
        return None
    return next((top for top in root.children if top is not title and top.line <= weeks[0].line <= top.end_line and _counts_its_length(top)), None)


def _week_sections(
    section: Section, title: Section | None, *, in_week: bool = False, left_out: Collection[int] = ()
) -> Iterator[Section]:
    """Week headings at any level, in order, and weeks written as bold labels in a
    heading's own text; a week may hold the next week's heading ("## Week 4" over "### Week
    5"), but a bold week label inside a week ("**Week 19**:" in "Weeks 19-20") is part of
    its text. The file's title is never a week. The headings whose ids are `left_out`, and
    those under them, are not looked in."""
    if not in_week:
        yield from _label_weeks(section)
        if not week_match(section.title.text):  # a range heading's own items are read as it divides them
            yield from _listed_weeks(section)
    for child in section.children:
        if id(child) in left_out:
            continue
        match = week_match(child.title.text) if child is not title else None
        if match and match.re is not WEEK_HEADING and (tabled := _tabled_within(child, match)):
            # "### PHASE 1: CORE FUNDAMENTALS (Weeks 1-4)" over a table of its weeks: those are the weeks.
            yield from tabled
            continue
        if match and not _groups_weeks(child, match):
            yield child
            under = _week_sections(child, title, in_week=True, left_out=left_out)
            yield from (week for week in under if not _divides(week, match))
        # "## Mock Interviews" holds events, not weeks; a page titled "Mock Interview Framework" may hold a plan.
        elif match or child is title or not _about_mocks(child):
            if match:  # "### Weeks 1-4: Foundation" over "- **Week 1**: Arrays" items
                yield from (w for w in _item_weeks(child) if (inner := week_match(w.title.text)) and _within(inner, match))
            yield from _week_sections(child, title, in_week=in_week, left_out=left_out)


def _tabled_within(stage: Section, match: re.Match[str]) -> list[Section]:
    """The weeks a stage over a range of them writes as its table's rows (`| **Week 1** |
    Databases & Storage |`), two or more, all within its range; none otherwise."""
    rows = [week for weeks in _table_weeks(stage) for week in weeks]
    sections = [week.section() for week in rows]
    inside = all((found := week_match(week.title.text)) is not None and _within(found, match) for week in sections)
    return sections if len(sections) >= 2 and inside else []


def _about_mocks(section: Section) -> bool:
    """A section about mock interviews or milestones (`## Mock Interview Schedule`), not a
    stretch of the schedule named for them (`## Month 3: Mock Interviews & Specialization`)."""
    code, name = split_title(section.title.text)
    if code and _PERIOD_CODE.match(normalize(code)):
        return False
    return bool(_NOT_SCHEDULE.search(normalize(without_numbering(name))))


_PERIOD_CODE = re.compile(rf"^{_STAGE}$")


# "Week 1-2 Checklist", "Weeks 3-4 Tasks", "Problems for Week 1": a label that names the week's
# list, not a theme.
_WEEK_LIST_LABEL = re.compile(
    r"^(?P<week>weeks?\s+\d+(?:\s*(?:-|\u2013|to)\s*\d+)?)\s+(?:checklist|tasks|plan|goals|focus|schedule|deliverables)$"
    r"|^(?:checklist|tasks|plan|goals|focus|schedule|deliverables|problems|exercises|questions|reading)\s+for\s+(?P<for>weeks?\s+\d+(?:\s*(?:-|\u2013|to)\s*\d+)?)$",
    re.I,
)


def _label_weeks(section: Section) -> list[Section]:
    """Weeks written as bold labels opening a line (`**Week 1: Foundation Building**`, `**Week
    1-2 Checklist:**`, `**Weeks 4-7**: Work through the problems`), each holding its line's
    text as its theme and the text after it up to the next one, as sections of their own."""
    starts: list[tuple[int, int, Line]] = []  # (block, line in the block, the week's title)
    for number, block in enumerate(section.blocks):
        for at, line in enumerate(block.lines if isinstance(block, Paragraph) else ()):
            if not line.lead_bold:
                if _plain_week(line.text):  # "Week 3: Storage" with no markup: the same week, plainly written
                    starts.append((number, at, line))
                continue
            if not _may_name_week(line.lead_bold):
                continue  # most bold labels name no week: nothing to match
            label = line.lead_bold.strip().rstrip(":").strip()
            listed = _WEEK_LIST_LABEL.match(label)
            week = (listed["week"] or listed["for"]) if listed else label
            if week and week_match(week):
                theme = _without_status(line.after_lead.lstrip(LABEL_SEPARATORS))
                starts.append((number, at, Line((Run(f"{week}: {theme}" if theme else week),), line.number)))
    # One bold "Week 3" in a text is a mention, not a schedule; one opening its heading's text
    # (`## 2. Fundamentals` over `**Week 1: Introduction**`) is the week that heading holds.
    # (A range opening it, `**Weeks 5-8 (Feb)**`, heads the weeks its items name.)
    opens = (
        len(starts) == 1
        and starts[0][:2] == (0, 0)
        and isinstance(opening := section.blocks[0], Paragraph)
        and bool(opening.lines[0].lead_bold)
        and (one := week_match(starts[0][2].text)) is not None
        and not one[2]
    )
    if len(starts) < 2 and not opens:
        return []
    weeks = []
    # A week's text runs to the next week's label, or to the heading's first subheading.
    last_lines = [title.number - 1 for _, _, title in starts[1:]]
    last_lines.append(section.children[0].line - 1 if section.children else section.end_line)
    for n, ((number, at, title), last) in enumerate(zip(starts, last_lines, strict=True)):
        following = starts[n + 1] if n + 1 < len(starts) else (len(section.blocks), 0, title)
        label_block = section.blocks[number]
        assert isinstance(label_block, Paragraph)
        if following[0] == number:  # the next week's label is in the same paragraph
            blocks: list[Block] = [Paragraph(label_block.lines[at + 1 : following[1]])]
        else:
            blocks = [Paragraph(label_block.lines[at + 1 :]), *section.blocks[number + 1 : following[0]]]
            if following[1] and isinstance(next_block := section.blocks[following[0]], Paragraph):
                blocks.append(Paragraph(next_block.lines[: following[1]]))
        blocks = [block for block in blocks if not isinstance(block, Paragraph) or block.lines]
        weeks.append(Section(section.level + 1, title, title.number, last, blocks, []))
    return weeks


_PLAIN_THEME_WORDS = 12  # a week's name, not a sentence that mentions a week
# The first letters of the week words of WEEK_HEADING: Week, Semana, Неделя, Tuần, Hafta, 第.
_WEEK_INITIALS = "wWsS\u043d\u041dtThH\u7b2c"


def _plain_week(text: str) -> bool:
    """A plain line that names a week and its theme (`Week 3: Storage`, `Weeks 4-5 - Mocks`),
    a name rather than a sentence; the first letter is looked at before any pattern."""
    if not text or (text[0] not in _WEEK_INITIALS and not text[0].isdigit()) or not (match := WEEK_HEADING.match(_keycaps_as_digits(text))):
        return False
    theme = (match[3] or "").strip()
    return len(theme.split()) <= _PLAIN_THEME_WORDS and not theme.endswith((".", "!", "?"))


def _item_weeks(section: Section, fewest: int = 2) -> list[Section]:
    """Weeks written one per list item (`- **Week 1**: Arrays, Strings`, or plainly), two or more in a
    heading's own text: each item a week, its text the week's theme. Read only under a range
    heading that they divide (elsewhere such a list names courses or phases, not weeks)."""
    weeks = []
    for block in section.blocks:
        for item in _items_and_labelled(block.items) if isinstance(block, ListBlock) else ():
            line = item.lines[0] if item.lines else None
            label = (line.lead_bold or "").strip().rstrip(":").strip() if line else ""
            # `- Week 2: Graphs`, no markup; in a list of weeks a closing period ends the item, not a sentence;
            # a tick box before it (`- [ ] **Week 1 — Foundations**`) is where the reader marks it done;
            # a mark before it (`📅 Week 1: …`) is none of its words.
            text = _LEADING_MARK.sub("", TICK_BOX.sub("", line.text, count=1).lstrip()) if line else ""
            # ... though a box before a week alone (`- [ ] Week 1` in a completion tracker) is a box to tick, no week.
            boxed = line is not None and text != line.text
            themed = (found := week_match(text)) is not None and bool(found[3])
            if line and not line.lead_bold and (themed or not boxed) and _plain_week(named := text.rstrip(".")):
                title = line if named == line.text else Line((Run(named),), line.number)
                weeks.append(Section(section.level + 1, title, line.number, _last_line(item), _under_item(item), []))
            elif line and week_match(label):
                theme = _without_status(line.after_lead.lstrip(LABEL_SEPARATORS))
                title = Line((Run(f"{label}: {theme}" if theme else label),), line.number)
                weeks.append(Section(section.level + 1, title, line.number, _last_line(item), _under_item(item), []))
    return weeks if len(weeks) >= fewest else []


def _items_and_labelled(items: list[ListItem]) -> Iterator[ListItem]:
    """A list's items, and under an item that only labels the list below it (`* **Time Plan**:`
    over `* 📅 Week 1: …`), that list's items instead."""
    for item in items:
        line = item.lines[0] if item.lines else None
        labels = line is not None and line.lead_bold is not None and not line.after_lead.strip(": ") and not week_match(line.lead_bold)
        if labels and item.sublists:
            yield from (inner for sublist in item.sublists for inner in sublist.items)
        else:
            yield item


_LEADING_MARK = re.compile(r"^[^\w\s*\[(]+\s*")  # "📅 ", "▶ ": a mark before a week's name


def _last_line(item: ListItem) -> int:
    """The item's last line, its nested lists' included: the week spans all it holds."""
    return max(line.number for block in item.blocks for line in block_lines(block))


def _under_item(item: ListItem) -> list[Block]:
    """What a week's item holds under its opening line (its goal and tasks, as a week
    heading holds them): the rest of its first paragraph and its blocks after it."""
    first, *rest = item.blocks
    if not isinstance(first, Paragraph):
        return item.blocks
    return [Paragraph(first.lines[1:]), *rest] if len(first.lines) > 1 else rest


def _listed_weeks(section: Section, *, milestones: bool = False) -> list[Section]:
    """Weeks written as a list whose every item opens with a week, two or more in order
    (`- Week 1: Arrays`, `1. **Week 2** — Trees`): a schedule, wherever the list stands, but
    under a heading naming milestones (`### Success Milestones`: what each week reaches), unless
    asked for those (`milestones`: a page with no other weeks, _milestone_weeks)."""
    # Most lists do not open with a week: passed over before the heading is read.
    lists = [block for block in section.blocks if isinstance(block, ListBlock) and _opens_with_w(block)]
    if not lists or (_MILESTONE_LABEL.search(section.title.text) and not milestones):
        return []
    found = []
    for block in lists:
        weeks = _item_weeks(replace(section, blocks=[block], children=[]), fewest=1)
        numbers = [int(match[1]) for week in weeks if (match := WEEK_HEADING.match(week.title.text))]
        # A lone week is one only under a heading that names it (`### Stage 5: Patterns (Week 11)`, in full-width brackets too).
        lone = len(numbers) == 1 and numbers[0] in _weeks_named(section.title.text)
        in_order = numbers == sorted(numbers) or _counts_down(numbers)
        if (len(numbers) == len(block.items) or _closed_by_a_line(weeks, numbers, block) or _notes_after(block, numbers)) and in_order and (
            len(numbers) >= 2 or lone
        ):
            found += [single for week in weeks for single in _divided(week)]
    return found


def _notes_after(block: ListBlock, numbers: list[int]) -> bool:
    """Two weeks or more opening a list, its last items notes on the whole plan (`5. Every day: …`,
    `6. Target: …`), fewer than the weeks."""
    opens = [bool(week_match(item.text.replace("*", ""))) for item in block.items]
    weeks = opens.index(False) if False in opens else len(opens)
    return weeks == len(numbers) >= 2 and not any(opens[weeks:]) and len(opens) - weeks < weeks


def _closed_by_a_line(weeks: list[Section], numbers: list[int], block: ListBlock) -> bool:
    """Every item of the list a week, two or more, but a closing line after them (`- ✅ **PROJECT 1 DEPLOYED!**`)."""
    return len(numbers) >= 2 and len(numbers) == len(weeks) == len(block.items) - 1 and weeks[-1].line < block.items[-1].line


def _divided(week: Section) -> list[Section]:
    """A week item spanning a range (`- **Weeks 1-4: Foundation**`) over a list of its weeks one
    at a time (`  - **Week 1: Baseline**`, …): those weeks, as a range heading over week
    headings gives them; else the item itself."""
    span = _numbers(week)
    if len(span) < 2:
        return [week]
    inner = _listed_weeks(replace(week, title=Line((Run(""),), week.line)))
    return inner if len(inner) >= 2 and all(set(_numbers(single)) <= set(span) for single in inner) else [week]


def _opens_with_w(block: ListBlock) -> bool:
    """Whether a list's first item opens with a week's word's first letter (`Week`, `Semana`, `第`),
    or with its number where the word comes after it (`1주차`, Korean)."""
    opening = TICK_BOX.sub("", block.items[0].text, count=1).lstrip("*_ ") if block.items else ""
    return bool(opening) and (opening[0] in _WEEK_INITIALS or _NUMBER_THEN_WEEK.match(opening) is not None)


_NUMBER_THEN_WEEK = re.compile(r"\d+\s*\uc8fc\ucc28")  # "1주차": the first week


# "(Week 11)", "(Weeks 4-6)" in full-width brackets (U+FF08, U+FF09) as Chinese authors type them: the weeks a stage's heading names.
_NAMED_WEEKS = re.compile(r"\bweeks?\s*(\d+)(?:\s*(?:-|\u2013|~|to)\s*(\d+))?", re.IGNORECASE)


def _weeks_named(heading: str) -> set[int]:
    return {n for found in _NAMED_WEEKS.finditer(heading) for n in range(int(found[1]), int(found[2] or found[1]) + 1)}


# A table's week cell: "3", "**1-3**", "Week 4", "Weeks 5–6", "Semana 1 Feb 10-16" (its days after it).
# "Week 3", "3-4", "第 3 周" (Chinese: the number between 第 and 周), "3주차" (Korean); "W3", "Wk 3", the
# week shortened as a week's heading may be (WEEK_HEADING), in a column already named for the week.
# "5+", the last row's week and those after it, is that week, as a stage's "(Week 5+)" is.
_WEEK_CELL = re.compile(
    rf"^(?:{_WEEK_WORD}\s*|wk\s*|w(?=\d)|\u7b2c\s*)?(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+)|\+)?(?:\s*(?:[\u5468\u9031]|\uc8fc\ucc28))?(?:\s+{MONTH}\s*\d{{1,2}}\b.*)?$",
    re.IGNORECASE,
)
# Columns beside the week that group or time the rows rather than say what a week is for.
# The week's column, named in the author's language: "Week", "Wk", 周 / 週 or 周次 (Chinese, Japanese), 주차 (Korean).
_WEEK_COLUMN = re.compile(rf"(?:{_WEEK_WORD}|wks?|[\u5468\u9031]\u6b21?|\uc8fc\ucc28?)$")
# ... and its dates and hours in Chinese (日期, 时长 / 時長, 时间 / 時間).
_NOT_A_GOAL_COLUMN = re.compile(r"^(?:phase|stage|month|period|days?|dates?|hours?|time|status|done)\b|^(?:\u65e5\u671f|[\u65f6\u6642][\u957f\u9577\u95f4\u9593])")


def _table_weeks(section: Section) -> list[list[_TableWeek]]:
    """Weeks written as the rows of a table with a Week(s) column (`| **1-3** | Arrays |
    Caching |`), two or more: each row a week, its other cells (not a phase or a time) its
    theme; a list of them for each such table."""
    tables = []
    for table in (block for block in section.blocks if isinstance(block, Table)):
        column = _column(table, _WEEK_COLUMN)
        if column is None:
            continue
        # `| Deliverables |`, `| 必须交付 |` (must deliver): what the week produces, not its theme.
        delivered = [n for n, head in enumerate(table.header) if n != column and _names_deliverable(head.text)]
        goals = [
            n
            for n, head in enumerate(table.header)
            if n != column and n not in delivered and not _NOT_A_GOAL_COLUMN.match(normalize(head.text))
        ]
        rows = [(row, found) for row in table.rows if (found := _WEEK_CELL.match(cell(row, column)))]
        if len(rows) < 2:
            continue
        weeks = []
        last_row = table.rows[-1][0].number if table.rows and table.rows[-1] else 0
        starts = [row[column].number for row, _ in rows]
        for (row, found), end in zip(rows, [*(start - 1 for start in starts[1:]), last_row], strict=True):
            # A cell of only digits and marks ("08-24 to 08-30", "12") dates or counts the week.
            theme = "; ".join(text for n in goals if (text := cell(row, n)) and any(ch.isalpha() for ch in text))
            number = row[column].number
            label = f"Weeks {found[1]}-{found[2]}" if found[2] else f"Week {found[1]}"
            # Each deliverable cell as a labelled line of the week's text, read as one written out; a remark
            # in the column's name (`Joint deliverables (all required)`) is no word of the label.
            lines = [
                Line((Run(f"{_IN_PARENTHESES.sub('', table.header[n].text)}: {text}"),), number) for n in delivered if (text := cell(row, n))
            ]
            weeks.append(_TableWeek(label, theme, number, section.level + 1, lines, end))
        tables.append(weeks)
    return tables


def _groups_weeks(section: Section, match: re.Match[str]) -> bool:
    """A range heading over weeks of its own ("Weeks 1-4: Foundation Phase" holding
    "Week 1: Baseline" to "Week 4: Consolidation", as headings or one per list item) is a
    phase of the plan, not a week."""
    # ... at any depth: "## Projects (Weeks 29-52)" over "### Project 1" over "- Week 29-30: Setup".
    inner = [s for s in section.walk() if s is not section] + [week for s in section.walk() for week in _item_weeks(s)]
    if match.re is not WEEK_HEADING:  # a stage ("Part 1: Basics (Weeks 1-4)") groups the weeks written in its text too
        inner += _label_weeks(section)
    # ... and any range groups the bold week labels of a heading under it ("Weeks 1-6" over "Weekly
    # Breakdown" over "**Week 1: Setup**" to "**Week 6: Review**"): its subheading lays them out one by one.
    inner += [week for s in section.walk() if s is not section for week in _label_weeks(s)]
    return any(_within(found, match) and not _again(found, match) for s in inner if (found := week_match(s.title.text)))


def _divides(week: Section, outer: re.Match[str]) -> bool:
    """ "#### Week 1:" with no theme, or "### Behavioral (Week 1-2)", inside "## Week 1-2:
    Foundations": a part of that week's text, not a week of its own."""
    found = week_match(week.title.text)
    return found is not None and _within(found, outer) and _again(found, outer)


def _again(inner: re.Match[str], outer: re.Match[str]) -> bool:
    """Whether a week inside a range of weeks only divides its text: it has no theme, names
    the same weeks again, or names them after a theme ("Coding Focus (Week 3)")."""
    same = (inner[1], inner[2]) == (outer[1], outer[2])
    return not (inner[3] or "").strip() or same or inner.re is _THEMED_WEEKS


def _within(inner: re.Match[str], outer: re.Match[str]) -> bool:
    first, last = int(outer[1]), int(outer[2] or outer[1])
    return last > first and first <= int(inner[1]) <= last


# A plan's heading that names its weeks' work alone ("Assignments", "Weekly Homework"), as a study group's README heads
# its weekly readings: each week's plain list items are what it sets, no aims.
_ASSIGNED = re.compile(r"^(?:weekly |reading )?(?:assignments?|homework)$")


def _week(section: Section, ctx: FileContext, *, assigned: bool = False) -> Week | None:
    heading = section.title.text.strip()
    match = week_match(heading) or title_week_match(heading)
    assert match  # only called on week headings (a file's title may name its week after a name)
    first = int(match[1])
    last = int(match[2]) if match[2] else first
    problem = _week_number_problem(first, last)
    if problem:
        ctx.error(section.line, f"week heading {heading!r}: {problem}; this week is left out of the plan")
        return None
    own = _without_weeks(section, match)
    # Its tick boxes wherever they are, and the lists under a `**Deliverables**` label.
    labelled = [item for entry in labelled_lists(own) if _names_deliverable(entry.label) for item in entry.items]
    labelled += _deliverable_items(own) + _project_after_label(own) + _listed_after_bare_label(own) + _built_under_headings(own) + _cell_projects(own)
    # A table of the week's days (`| Day | Focus | Tasks |`) sets work beside its boxes and labelled lists.
    deliverables = tuple(_joined(_joined(labelled, tick_boxes(own)), _day_work_cells(own))) or tuple(_days_problems(own))
    if assigned and not deliverables and not own.children:
        # Under a plan headed `# Assignments`, the week's plain items (`1. [The Google File System](…)`) are its readings
        # set, each with the notes nested under it; they are read as no goals below.
        set_out = [item for block in own.blocks if isinstance(block, ListBlock) for item in block.items if item.lines]
        if deliverables := tuple(text for item in set_out if (text := checkbox_free(item.text))):
            own = replace(own, blocks=[block for block in own.blocks if not isinstance(block, ListBlock)])
    labelled_goals = labelled_value(section, "goals") or labelled_value(section, "goal")
    # `**Goal**: …` over a `#### Learning Objectives` list: the aim, then what it takes.
    # ... and over a `| Day | Focus | Tasks |` table, each day's focus after it.
    goals = "; ".join([labelled_goals, *_headed_goals(own), *_day_topic_cells(own)]) if labelled_goals else _goal_lines(own)
    # `### Day 1-2: Precision and Recall` under it, no goal written in its own text (a day's own
    # `### 🎯 Goal` under it is that day's): its days' topics are what it is for too.
    if not labelled_goals and not _goal_lines(replace(own, children=[]), paragraphs=False):
        days = [topic for child in own.children if (topic := _day_theme(child))]
        goals = "; ".join(dict.fromkeys([*([goals] if goals else []), *days]))
    # `**Day 1-2: Go Language Mastery**` alone on its line over the days' bullets: what the days are for.
    if days := _bold_day_topics(own):
        goals = "; ".join(dict.fromkeys([*([goals] if goals else []), *days]))
    # `* **Day 1**: [Java Internals](…) (Stack vs Heap).`, `- **S2:** Load balancers` (a session): each day's topic, beside
    # the week's goal line as the bold day lines above are. `- Day 4: Protocols (HTTP, gRPC)`, plain, only under a bare
    # `## Week 1` with nothing else said: the days' topics are all it says it is for.
    said = bool(goals or deliverables)  # beside what the week says, only a bold label that is the day's alone opens a topic
    if listed := _listed_day_topics(own, plain=not (match[3] or "").strip() and not said, label_alone=said):
        goals = "; ".join(dict.fromkeys([*([goals] if goals else []), *listed]))
    # "Week 7 - Foundations:" over its days' list (a full-width colon too): the colon opens the list, no word of the theme.
    theme = (match[3] or "").strip().rstrip(":\uff1a").rstrip()
    return Week(
        first=first,
        last=last,
        title=_without_status(theme) or _theme_heading(section),
        goals=goals,
        deliverables=deliverables,
        line=section.line,
    )


def _theme_heading(week: Section) -> str:
    """The theme of a week heading that names none (`## Week 3`), written as the one
    subheading right under it (`#### Developing a Command-Line Rust Binary`)."""
    lone = week.children[0].title.text if len(week.children) == 1 else ""
    if week.blocks or not lone or week_match(lone) or _DAY.match(lone):
        return ""  # nor a week of one day (`### Day 1` over its problems)
    return _LEADING_SYMBOLS.sub("", lone).strip()


# "✅", "☑️", "⏳" after a week's theme: where the author stands with it, not its words.
_STATUS = re.compile(r"[\s\u2705\u2611\u2714\u2713\u23f3\U0001f504\u274c\u2b1c\ufe0f]+$")


def _without_status(theme: str) -> str:
    """A week's theme without where the author stands with it ("✅", "(in progress)") and
    without its dates beside it ("Week 1 · Jul 27 – Aug 2 · Arrays" is about arrays, "Week 5: Channels — Mar 23–27" about channels; dates
    alone, "Week 1 — March 3–9", stay its title)."""
    theme = _STATUS.sub("", _STATUS_REMARK.sub("", theme))
    return " · ".join(part for part in _PARTS.split(theme) if not _DATES.match(part)) or theme


# "(done)", "(in progress)", "(current)" closing a week's theme.
_STATUS_REMARK = re.compile(r"\s*\((?:done|in progress|current|completed?|todo|to do|wip|ongoing|next|planned)\)\s*$", re.IGNORECASE)
_PARTS = re.compile(r"\s+[·•|\u2014]\s+")
# "Jul 27 – Aug 2", "Aug 3 – 9", "Sep 14-20", "2026-08-03": the days a week runs, not its theme.
_DATES = re.compile(
    rf"^(?:{MONTH}\s+\d{{1,2}}|\d{{4}}-\d{{2}}-\d{{2}})(?:\s*[-–—]\s*(?:{MONTH}\s+)?\d{{1,2}}|\s*[-–—]\s*\d{{4}}-\d{{2}}-\d{{2}})?$",
    re.IGNORECASE,
)


def _deliverable_items(week: Section) -> list[str]:
    """Lines labelled as the week's deliverable, in its lists or on their own: "- Deliverable:
    a playbook of …", `**Output:** six designs argued end to end`."""
    found = []
    for part in week.walk():
        found += [task for block in part.blocks if isinstance(block, Table) for task in _status_rows(block)]
        # A tick box (`- [ ] Project: …`) is read as one (tick_boxes), whatever label it opens with.
        by_line = {
            item.lines[0].number: item
            for block in part.blocks
            if isinstance(block, ListBlock)
            for item in block.items
            if item.lines and not TICK_BOX.match(item.text)
        }
        items = [item.lines[0] for item in by_line.values()]
        # A bold label on a later line of an item (`✅ **Deliverable:** …` typed straight under the day's last
        # bullet, no blank line between, so Markdown runs it on in that item): a line of its own, as if set apart.
        items += [line for item in by_line.values() for line in item.lines[1:] if line.lead_bold is not None]
        for line in sorted(items + part.paragraph_lines(), key=lambda line: line.number):
            label, value = label_and_value(line)
            if value and _names_deliverable(label):
                found.append(value)
            elif value and line.number in by_line and normalize(label) == "design":
                found.append(f"{label}: {value}")  # "- Design: [URL Shortener](…)" among a week's concepts: a design to write up
            elif not value and label and _names_deliverable(label) and (item := by_line.get(line.number)):
                # `* **Tasks:**` over indented bullets: each is one.
                found += [text for sublist in item.sublists for inner in sublist.items if (text := checkbox_free(inner.text))]
    return found


# A table's column for the reader to mark each row done ("Status", "Done", "✅").
_STATUS_COLUMN = re.compile(r"^(?:status|done|completed?|progress|solved|check(?:ed)?|\u2705|\u2611\ufe0f?|\u2714\ufe0f?)$")


def _status_rows(table: Table) -> list[str]:
    """A week's table of tasks with a column to mark them done (`| Problem | Status | Difficulty |`):
    each row's task, in the first column of words, is one of its deliverables."""
    headers = [normalize(c.text) or c.text.strip() for c in table.header]
    status = next((i for i, header in enumerate(headers) if _STATUS_COLUMN.match(header)), None)
    if status is None:
        return []
    # Not a column that only dates the row (`| Day | System | ✅ Status |`: "Day 1" is no task).
    words = [i for i in range(len(headers)) if i != status and any(re.search(r"[^\W\d_]", cell(row, i)) for row in table.rows)]
    task = next((i for i in words if not _NOT_A_GOAL_COLUMN.match(headers[i])), None)
    if task is None or _GOAL_LABEL.match(headers[task]):
        return []  # `| Goal | Status |`: the week's goals, where the author stands on each (_table_weeks)
    return [text for row in table.rows if (text := cell(row, task))]


# "Deliverables", "Output", "Expected Output", "Week 1 Checkpoint", "Exit Criteria": what a week is
# to produce, or what the reader can do by its end ("Outcome", "Success Criteria"); 检查点
# (checkpoint), 交付 (deliver) and 产出 (output) in Chinese, whose words no space or \b sets apart ("SD检查点").
# Exercises, tasks in the author's language: latihan, tugas (Indonesian), ejercicios, exercícios; bài tập
# (Vietnamese), "tối thiểu" after it the least to do.
_WORK_ABROAD = r"latihan|tugas|ejercicios|exerc[i\u00ed]cios|pr[aá]cticas?|pr[aá]ticas?|b\u00e0i t\u1eadp(?: t\u1ed1i thi\u1ec3u)?"
# What the week hands in, in the author's language: entregable(s) (Spanish), entregável / entregáveis (Portuguese).
_DELIVERED_ABROAD = r"entregables?|entreg[aá]ve(?:l|is)"
_DELIVERABLE = re.compile(
    r"\b(?:deliverables?|(?<!input and )(?<!input & )outputs?|outcomes?|checkpoints?|milestones?|checklist|exit (?:criteria|evidence)|evidence of done|success criteria|definition of done"
    r"|action items?|(?<!learning )(?<!time )targets?|projects?)\b|检查点|交付|产出|完成[:\uff1a]?$"
    r"|^(?:\u0627\u0644)?\u062a\u0633\u0644\u064a\u0645"  # Arabic التسليم, the handing in
    # "Build" alone over what the week builds, as a learning roadmap labels it; "Problems to Solve",
    # "Markdown Files to Create": what the week makes, by what is done to it.
    r"|^(?:what to |mini )?build$|\bto (?:solve|create|build|write|complete|ship|deliver|produce)$"
    # "Add to Your API:" over the features a week adds to what it builds.
    r"|^add to (?:your|the) \w+$"
    # "**Practice:** Array problems, sliding window basics", "**Tasks:**" beside "**Topics:**", "### Labs": what the week has the reader do.
    r"|^practice(?: problems?| tasks?| exercises?)?$|^(?:hands on |practical |weekly |mini )?(?:tasks?|exercises?|assignments?|labs?)$"
    rf"|^(?:{_WORK_ABROAD})$"
    rf"|\b(?:{_DELIVERED_ABROAD})\b"
    # "**Weekend Review:** Practice 2-3 mixed problems": the week's closing task; so a day's
    # wrap-up in Chinese, `**当日收尾**` (the day's closing) before its task: what the day leaves written.
    r"|^weekend (?:review|project|task|challenge)s?$|^final weekend$|^(?:当日|当天|今日|每日)?收尾$"
    # `**实践任务**` (practice tasks) beside `**学习内容**` (what to study), each with a full-width colon: the tasks, as "Tasks" is in English.
    r"|^(?:实践|實踐|练习|練習)?(?:任务|任務)$"
)


def names_week_part(heading: str) -> bool:
    """A heading that names what weeks hold (`### Learning Objectives:`, `## Deliverables`), not a plan."""
    words = normalize(without_numbering(heading)).strip(" :")
    return bool(_GOAL_LABEL.match(words)) or _names_deliverable(words)


@lru_cache(maxsize=4096)  # a label's or heading's words: the same ones recur across a plan's weeks and plans
def _names_deliverable(label: str) -> bool:
    # "**Mini-build (~1.5h):**": the time it takes, in parentheses, is no word of the label; nor is
    # a subheading's number (`### 2. Exercises`, `### 2. Bài tập tối thiểu:`).
    return bool(_DELIVERABLE.search(normalize(without_numbering(_IN_PARENTHESES.sub("", label)))))


_IN_PARENTHESES = re.compile(r"\s*\([^()]*\)")


# "Build a Small REST API" as a week's subheading: the thing the week builds, its list what goes into it.
_BUILDS = re.compile(r"^build (?:a|an|the|your) \S")


def _built_under_headings(week: Section) -> list[str]:
    """What a week builds named by its subheadings rather than listed: each subheading under
    one labelled as the week's work (`### 📌 Exercises` or `### Build:` over `#### 1️⃣ Worker
    Queue System`), and a subheading that is itself the thing to build (`### 📌 Build a Small
    REST API` over the features it needs)."""
    found = []
    for child in week.children:
        label = normalize(child.title.text)
        if _names_deliverable(label) and child.children and not any(isinstance(block, ListBlock) for block in child.blocks):
            # (Subheadings that group tick boxes, `### 🔹 Stories` over `- [ ] …`, name no work: the boxes are it.)
            found += [without_numbering(_LEADING_SYMBOLS.sub("", under.title.text)).strip() for under in child.children if not tick_boxes(under)]
        elif _BUILDS.match(label):
            found.append(_LEADING_SYMBOLS.sub("", child.title.text).strip())
        elif (named := label_and_value(child.title)) and named[1] and _names_deliverable(named[0]):
            # `### Deliverable: Debug Report`: the heading names the work itself, its text how to do it.
            found.append(_LEADING_SYMBOLS.sub("", strip_quotes(named[1].strip())).strip())  # `Practice Project: "Cache Report"`
    return found


def _project_after_label(week: Section) -> list[str]:
    """What a deliverable's label alone on its line names in the paragraph after it, rather than
    a list (`Mini-Project:` over `➡️ **Build a CRUD API**`): one deliverable, its marks left out."""
    found = []
    for part in week.walk():
        for label, after in pairwise(part.blocks):
            if not (isinstance(label, Paragraph) and isinstance(after, Paragraph) and len(label.lines) == 1):
                continue
            name, value = label_and_value(label.lines[0])
            if name and not value and _names_deliverable(name) and (text := _LEADING_SYMBOLS.sub("", after.lines[0].text).strip()):
                found.append(text)
    return found


# A label written as a bare word or two on its line, no colon nor bold (`Deliverable`), as notes typed plain have it.
_BARE_LABEL_WORDS = 3


def _listed_after_bare_label(week: Section) -> list[str]:
    """The items of a list right under a deliverable's label written bare on a line of its own, with
    no colon nor bold (`Learn` over a list, `Do` over one, then `Deliverable` over what the week hands
    in): each item one deliverable."""
    found = []
    for part in week.walk():
        for label, after in pairwise(part.blocks):
            if not (isinstance(label, Paragraph) and isinstance(after, ListBlock) and len(label.lines) == 1):
                continue
            line = label.lines[0]
            bare = line.lead_bold is None and not label_and_value(line)[0] and len(line.text.split()) <= _BARE_LABEL_WORDS
            # Capitalised as a label is, or in a script with no capitals (`检查点与复盘`, checkpoint and review).
            first = line.text[:1]
            if bare and first.isalpha() and not first.islower() and line.text.strip()[-1:].isalpha() and _names_deliverable(line.text):
                found += [text for item in after.items if (text := checkbox_free(item.text))]
    return found


def _merged(weeks: list[Week], ctx: FileContext, *, said: bool = True) -> list[Week]:
    """The weeks, a week described again later (a closing "Final Month Schedule" restating
    weeks 21-24) added to the week that first covers it rather than listed twice (`said`: with
    a warning that it was)."""
    kept: list[Week] = []
    for week in weeks:
        # A stretch that starts inside an earlier one but runs on past its end ("Weeks 3-5" after
        # "Weeks 1-3") is the next phase of a roadmap whose phases overlap: its own weeks.
        earlier = next(
            (n for n, other in enumerate(kept) if other.first <= week.first <= other.last and (week.first == other.first or week.last <= other.last)),
            None,
        )
        if earlier is None:
            kept.append(week)
            continue
        first = kept[earlier]
        if said:
            ctx.warning(week.line, f"week {week.first} is described again (first at line {first.line}); read as one week")
        goals = "; ".join(dict.fromkeys(text for text in (first.goals, week.title, week.goals) if text and text != first.title))
        deliverables = _joined(list(first.deliverables), list(week.deliverables))
        kept[earlier] = replace(first, goals=goals, deliverables=tuple(deliverables))
    return kept


def _joined(first: list[str], more: list[str]) -> list[str]:
    """The first list, then the items of the second it does not hold: a box may repeat within
    a week ("Attempt it yourself (30 min)" for two problems), not across two lists of it."""
    return first + [item for item in more if item not in first]


def _first_paragraph(section: Section) -> list[Line]:
    return next((block.lines for block in section.blocks if isinstance(block, Paragraph)), [])


_THEME_WORDS = 15


def _theme_line(week: Section, *, over_topics: bool = False) -> str | None:
    """A week's theme written plain: one short line alone right under its heading, over its tick boxes
    or over the table of its work (`| Day | Problems |`), which says no aim of its own; `over_topics`,
    over the list of its topics too (`1. Bit tricks`, `2. Intervals`)."""
    blocks = week.blocks
    if len(blocks) < 2 or not isinstance(first := blocks[0], Paragraph) or len(first.lines) != 1:
        return None
    line = first.lines[0]
    boxed = isinstance(blocks[1], ListBlock) and all(TICK_BOX.match(item.text) for item in blocks[1].items)
    # ... not a line that only opens the table or the list ("Resources:", a full-width colon too).
    opens = line.text.rstrip().endswith((":", "\uff1a"))
    tabled = isinstance(blocks[1], Table) and not opens
    listed = over_topics and isinstance(blocks[1], ListBlock) and not opens
    return line.text if (boxed or tabled or listed) and line.lead_bold is None and len(line.text.split()) <= _THEME_WORDS else None


def _headed_goals(week: Section) -> list[str]:
    """The items of a subheading naming the week's goals over a list (`### Goals`, `#### Learning Objectives`)."""
    return [
        entry
        for child in week.children
        if _GOAL_LABEL.match(normalize(without_numbering(child.title.text))) and not child.paragraph_lines()
        for block in child.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if (entry := checkbox_free(item.text))
    ]


def _topic_headed_items(week: Section) -> list[str]:
    """The plain items of a subheading naming what the week studies (`### Learn`, `### Topics`), tick boxes left out."""
    return [
        item.text
        for child in week.children
        if _TOPICS.match(normalize(without_numbering(child.title.text)))
        for block in child.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if item.text and not TICK_BOX.match(item.text)
    ]


def _goal_lines(week: Section, *, paragraphs: bool = True) -> str:
    """The week's theme, focus or objective lines (a day's `**Goal:**` too), joined:
    `**Focus:** ...`, `### Focus: ...`, `**Theme: "Know Where You Start" | Target: 15 hours**`, or a label
    alone on its line with the text on the next (a subheading too, `### 🎯 Goal` over a line).
    A subheading so named over a list (`### Goals` over `- Start the crawler`) names them
    itself: a `**Goal**:` bullet in the week's schedule below is one day's aim. With `paragraphs`,
    a bare week's plain paragraphs are its goals when nothing else is (not asked of a week whose
    days are set out under it: its days' topics are)."""
    if headed := _headed_goals(week):
        return "; ".join(headed)
    found = []
    for part in week.walk():
        lines = part.paragraph_lines()
        if part is not week:
            lines = [part.title, *lines]  # "### Focus: APIs + Data Modeling": a subheading that labels the goal
        for number, line in enumerate(lines):
            label, value = label_and_value(line)
            if part is not week and number == 0:
                if _GOAL_LABEL.match(normalize(without_numbering(line.text))):
                    label, value = "goal", ""  # "### 🎯 Goal" over its line: the subheading only labels it
                elif not label and _GOAL_LABEL.match(normalize(line.text.partition(":")[0])):
                    # "### Goal for the week: get comfortable with …": a heading's label may be longer than a line's.
                    label, value = "goal", line.text.partition(":")[2].strip()
            # "**Key Patterns**: Two Pointers, …" closing a week's table of problems: what the week is for;
            # so is what it covers on a line of its own (`Topics: Scalability, Caching`), as in a list item
            # (a day's `### Topic: …` heading is that day's, read with the days below).
            named = normalize(label) if label else ""
            topics = part is week or number > 0  # a line's label, not a subheading's
            if named and (_GOAL_LABEL.match(named) or (value and (_KEY_PATTERNS.match(named) or (topics and _TOPICS.match(named))))):
                # ... the text on the very next line (`**Goals**` over a list is the list's label, and the
                # paragraph after that list says something else: `**Learning Activities**`).
                after = lines[number + 1] if number + 1 < len(lines) else None
                if not value and after is not None and part is not week and number == 0:
                    # "## Week Goal" over a paragraph: the whole paragraph, however its lines are broken.
                    value = " ".join(line.text for line in _first_paragraph(part) or [after])
                elif not value and after is not None and after.number <= line.number + 1:
                    value = after.text
                if value := strip_quotes(value.split(" | ")[0]):
                    found.append(value)
        # A list item's own line labelled so, with its text on it: `- **Focus:** cache patterns`;
        # or alone over a list nested under it, `- **Goals:**` over `- Gain a conceptual …`.
        for item in (item for block in part.blocks if isinstance(block, ListBlock) for item in block.items if item.lines):
            label, value = label_and_value(item.lines[0])
            # ... or what it covers, `- Temas: Algoritmos, Estructuras de Datos` (`- Topics: …`), which is what it is for.
            if label and (_GOAL_LABEL.match(normalize(label)) or (value and _TOPICS.match(normalize(label)))):
                nested = [text for sublist in item.sublists for inner in sublist.items if (text := checkbox_free(inner.text))]
                found += [value] if value else nested
    if not found:
        # `**Goals:**` alone over a list: each item is one of the week's goals; so are those of each of
        # its days, each day with a list so labelled (`### Day 2: …` over `**Goals:**` and its list).
        found = [
            item for entry in labelled_lists(week) if _GOAL_LABEL.match(normalize(without_numbering(entry.label))) for item in entry.items
        ]
    if not found:
        # `| Goal | Actions | Status |` under the week's heading: each Goal cell is one of its goals.
        found = _goal_cells(week)
    elif days := _day_topic_cells(week):
        # `**Goal: …**` over a `| Day | Focus | Tasks |` table: the goal, then each day's focus.
        found = [*found, *days]
    if not found:
        # `### Learn` (or `### Topics`) over the week's plain bullets: what it studies is what it is for
        # (its tick boxes among them are work to hand in, read as deliverables).
        found = _topic_headed_items(week)
    if not found and (theme := _theme_line(week)):
        found = [theme]  # "Cloud fundamentals, networking, IAM basics." alone over the week's tick boxes
    if not found and not week.children:
        # `- **Week 1: Foundations**` over `- Strategy frameworks`, `- **Deliverables:** …`: the
        # week's plain items are its topics, the labelled one what it delivers.
        weeks = _weeks_named(week.title.text)
        found = [item.text for block in week.blocks if isinstance(block, ListBlock) for item in _topics(block, weeks)]
        if found and (theme := _theme_line(week, over_topics=True)):
            found = [theme.rstrip(" ."), *found]  # "Warm up on easy problems." alone over the topics: what the week is for, then what it covers
    if not found and not week.children:
        found = _cadence_topics(week)
    if not found and not week.children:
        # `- **Caching Strategies**` over `- Cache levels`, `- Eviction policies`: topics each named in
        # bold over notes on it. The names are what the week is for; the notes only say what each covers.
        found = _bold_topics(week)
    said = [" ".join(line.text for line in block.lines) for block in week.blocks if isinstance(block, Paragraph)]
    plain = bool(said) and len(said) == len(week.blocks)
    if paragraphs and not found and not week.children and plain and not any(label_and_value(line)[0] for line in week.paragraph_lines()):
        # A bare week heading over plain paragraphs only, no list nor label (`### Week 1` over `Caching`,
        # `Sharding`, each a paragraph of its own, or over one paragraph of advice): what the week is for,
        # each paragraph by its first sentence (the reasons after it are no aim). A labelled line
        # (`Tasks: …`) says what it is, no aim.
        found = [_PARAGRAPH_SENTENCE.split(text, maxsplit=1)[0] for text in said]
    return "; ".join(found)


_PARAGRAPH_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z])")  # where a paragraph's first sentence ends (`!` shouts, `!!` too)


# "Daily (1 hour):", "Weekly", "Every other day": how often a task of the week is done, opening its bullet in bold.
_CADENCE = re.compile(
    r"^(?:daily|weekly|nightly|every\s+(?:other\s+)?(?:day|week|morning|evening|weekday)|each\s+(?:day|week)|(?:once|twice)\s+a\s+(?:day|week)|weekdays|weekends?)\b"
    r"(?:\s*\([^()]*\))?\s*[:.\u2014\u2013-]?\s*",
    re.IGNORECASE,
)


def _cadence_topics(week: Section) -> list[str]:
    """What a week's bullets set out to do when most open with how often, in bold (`* **Daily (1 hour):
    Hand written algorithms**. Print out …`, `* **Weekly**: Mock interviews. Schedule …`), two or more:
    each bullet's first sentence after its cadence (the cadence says how often, not what for)."""
    items = [item for block in week.blocks if isinstance(block, ListBlock) for item in block.items if item.lines]
    found = []
    for item in items:
        line = item.lines[0]
        lead = (line.lead_bold or "").strip()
        if lead and (cadence := _CADENCE.match(lead)):
            said = f"{lead[cadence.end() :]} {line.after_lead}".strip().lstrip(":.\u2014\u2013- ")
            if sentence := _PARAGRAPH_SENTENCE.split(said, maxsplit=1)[0].rstrip(". "):
                found.append(sentence)
    return found if len(found) >= 2 and 2 * len(found) > len(items) else []


_DAY_TOPIC = re.compile(
    rf"^\W*{_DAY_WORD}s?\s+\d+(?:\s*(?:-|\u2013|to)\s*\d+)?\s*{_DAY_REMARK}[:.\u2014\u2013\uff1a-]+\s*(?P<topic>\w.*)$", re.IGNORECASE
)
# "Day 1 (数组/哈希)" in full-width brackets too, "Day 5 (Linked Lists)": nothing after the day but its topic in parentheses, opening
# on a letter (not a length, "(2 hours)"; one naming a weekday only is its date: _day_theme).
_DAY_TOPIC_IN_REMARK = re.compile(
    rf"^\W*{_DAY_WORD}s?\s+\d+(?:\s*(?:-|\u2013|to)\s*\d+)?\s*[(\uff08]\s*(?P<topic>[^\W\d_][^()\uff08\uff09]*?)\s*[)\uff09]\W*$", re.IGNORECASE
)


def _days_problems(week: Section) -> list[str]:
    """The problems a week's days set, when nothing else names its deliverables: each day's
    numbered list of bold names (`### Day 1` over `1. **Two Sum**` and its link), in order."""
    return [
        item.lines[0].lead_bold.strip(" *:")
        for day in week.walk()
        if day is not week and _DAY.match(day.title.text.strip(" *"))
        for block in day.blocks
        if isinstance(block, ListBlock) and block.ordered
        for item in block.items
        if item.lines and item.lines[0].lead_bold
    ]


def _listed_day_topics(week: Section, *, plain: bool = False, label_alone: bool = False) -> list[str]:
    """The topics of the days listed in a week's own text, each a list item opening with a bold
    day or session label (`* **Day 3**: Strings (Pool, Deduplication).`, `- **S1:** Caching`), its closing remark too; for a week
    naming no theme (plain), with a plain one too (`- Day 4: Protocols (HTTP, gRPC)`), its whole text after the label.
    `label_alone`: not a bold label naming its day's topic too (_DAYS_LABEL: `**Day 7: Rest.** Reread …`,
    what follows it how to spend the day; _bold_day_topics reads that topic)."""
    topics = []
    for block in week.blocks:
        if not isinstance(block, ListBlock):
            continue
        for item in block.items:
            if not item.lines:
                continue
            first = item.lines[0]
            if (label := first.lead_bold) and (_SESSION.match(label) or (_DAY.match(label) and not (label_alone and _DAYS_LABEL.match(label)))):
                # Its closing remark names what the day covers (`Trees (Traversals, Balancing)`): part of the topic.
                topic = first.after_lead.strip(" :\u2013\u2014-").strip(" .")
            elif plain and label is None and (found := _DAY_TOPIC.match(first.text)):
                topic = found["topic"].strip(" .")
            else:
                topic = ""
            if topic:
                topics.append(topic)
            topics += _broken_down_days(item)
    return topics


def _broken_down_days(item: ListItem) -> list[str]:
    """The days listed under an item that only labels them (`- **Daily Breakdown:**` over `- Days 1-3:
    Architectural Principles …`), every item a day or a stretch of days, bold or plain: the label
    says they break the week down by day, so each item's text after its days is what those days cover."""
    line = item.lines[0] if item.lines else None
    if line is None or not line.lead_bold or line.after_lead.strip(" :") or not item.sublists:
        return []
    days = [inner.lines[0].text for sublist in item.sublists for inner in sublist.items if inner.lines]
    found = [_DAY_TOPIC.match(text.replace("*", "")) for text in days]
    return [day["topic"].strip(" .") for day in found if day] if days and all(found) else []


# "S1:", "Session 2": a numbered study session of the week, labelled as a day is.
_SESSION = re.compile(r"^\W*(?:s|sessions?)\s*\d+\W*$", re.IGNORECASE)


def _bold_day_topics(week: Section) -> list[str]:
    """The topics of the days a week's text names in bold lines of their own (`**Day 1-2: Go
    Language Mastery**` over the days' bullets), under its subheadings too; or in bold list items
    holding the day and its topic together (`- **Days 1–2: Arrays + Hashmaps**` over its notes,
    `- **Day 7: Rest and recap.** Redo two …`), whatever the item says after them."""
    alone = [
        topic
        for part in week.walk()
        for line in part.paragraph_lines()
        if line.lead_bold and not line.after_lead and (topic := _day_topic(line.lead_bold)) and not _UNIT_TOPIC.match(line.lead_bold)
    ]
    listed = [
        topic
        for part in week.walk()
        for block in part.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if item.lines
        and (label := _DAYS_LABEL.match(item.lines[0].lead_bold or ""))
        and (topic := label["topic"].strip(" *"))
    ]
    return alone + listed


# "Days 1–2: Arrays", "Day 7: Rest": a day or a stretch of days named with its topic in one bold label
# (the topic opens with a letter: `**Day 1-2:**` alone names no topic "2:").
_DAYS_LABEL = re.compile(rf"^\W*{_DAY_WORD}s?\s+\d+(?:\s*(?:-|\u2013|to)\s*\d+)?\s*[:.\u2014\u2013-]+\s*(?P<topic>[^\W\d_].*)$", re.IGNORECASE)


# "Monday, 30 June 2025", "Tue 1 July": a day's date, which names no topic.
_WEEKDAY_DATE = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?(?:\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?(?:\s+\d{4})?|\s+[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?$",
    re.IGNORECASE,
)
# ... in the author's language too: "VIERNES 9 ENERO", "Lunes 12 de enero" (Spanish).
_WEEKDAY_DATE_ABROAD = re.compile(r"^(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+\d{1,2}(?:\s+de)?\s+\w+\.?(?:\s+\d{4})?$", re.IGNORECASE)
# "### Topic: …", "## Tema: …" (Spanish, Portuguese, Italian), "Thème", "Thema".
_TOPIC_LABEL = re.compile(r"^\W*(?:topic|tema|th[eè]me|thema)\s*:\s*(?P<topic>\S.*)$", re.IGNORECASE)


# "(4)" after a day's date (its marks in code left out): how many problems it sets; "— OFF", a day of
# rest: no topic.
_DAY_MARKS = re.compile(r"(?:\s*\([^()]*\)|\s*[\u2014\u2013-]\s*(?:off|rest(?: day)?))+\s*$", re.IGNORECASE)


def _day_theme(day: Section) -> str | None:
    """What a day's heading names it for; for one naming only its date (`## Day 1 - Monday,
    30 June 2025`), its `### Topic: …` subheading."""
    topic = _day_topic(day.title.text)
    # "Wed May 12 (4) `M`": a date with the day's count and marks after it names no topic either.
    dated = _DAY_MARKS.sub("", _day_topic(day.title.prose) or "")
    if topic is None or not (_WEEKDAY_DATE.match(dated) or _WEEKDAY_DATE_ABROAD.match(dated)):
        return topic
    return next((found["topic"].strip() for child in day.children if (found := _TOPIC_LABEL.match(child.title.text))), None)


def _day_topic(heading: str) -> str | None:
    """What a day's heading names it for ("Day 1-2: Precision and Recall"), or a course's
    unit's ("Module 03: Workloads", "Lesson 2 - Indexes"), if it is one of those."""
    heading = heading.strip(" *")
    found = _DAY_TOPIC.match(heading) or _UNIT_TOPIC.match(heading) or _DAY_TOPIC_IN_REMARK.match(heading)
    return found["topic"].strip(" *") if found else None


# "Module 03: Workloads", "Unit 2 — Graphs", "Lesson 4. Joins": a unit of a course the week covers.
_UNIT_TOPIC = re.compile(r"^\W*(?:module|unit|lesson|chapter)\s+\d+[a-z]?\s*[:.\u2014\u2013-]+\s*(?P<topic>\w.*)$", re.IGNORECASE)


# A goal cell that only says none is set ("Not Planned", "TBD", "-").
_NO_GOAL = re.compile(r"^(?:not planned|tbd|tba|n/?a|none|-+|—)?$", re.IGNORECASE)


def _goal_cells(week: Section) -> list[str]:
    """The cells of a goal column (`| Goal | Status |`) in the tables of the week's own text, or of
    the topics column of a table of its days (`| Day | Topics | Hands-on |`); of a column of goals
    and activities (`| Focus | Goals/Activities |`), each cell's aim before its project."""
    for block in week.blocks:
        if isinstance(block, Table) and (split := _aims_and_projects(block)) is not None:
            return [aim for aim, _ in split if aim]
        if isinstance(block, Table) and (
            (column := _column(block, _GOAL_LABEL)) is not None or (_of_days(block) and (column := _column(block, _TOPICS)) is not None)
        ):
            return [text for row in block.rows if not _NO_GOAL.match(text := cell(row, column))]
    return []


# "| Goals/Activities |": what the week is for and what it has the reader make, in one cell:
# "Understand LLMs as predictors. Mini-project: 5 chain-of-thought prompts …".
_GOALS_AND_WORK = re.compile(r"^goals? (?:and )?(?:activities|tasks|work)$")
_CELL_PROJECT = re.compile(r"\b(?:mini[- ]?project|project|deliverable)s?\s*:\s*", re.IGNORECASE)


def _aims_and_projects(table: Table) -> list[tuple[str, str]] | None:
    """Each cell of a goals-and-activities column as its aim and the project named after its
    label (`Mini-project: …`, "" with none); None for a table with no such column."""
    column = _column(table, _GOALS_AND_WORK)
    if column is None:
        return None
    split = [_CELL_PROJECT.split(cell(row, column), maxsplit=1) for row in table.rows]
    return [(parts[0].strip(), parts[1].strip() if len(parts) == 2 else "") for parts in split]


def _cell_projects(week: Section) -> list[str]:
    """The projects a goals-and-activities column names after its label (`Mini-project: …`)."""
    return [project for block in week.blocks if isinstance(block, Table) for _, project in _aims_and_projects(block) or () if project]


def _day_topic_cells(week: Section) -> list[str]:
    """The cells of the topics column of the tables of the week's days (`| Day | Focus | Tasks |`)."""
    return [
        text
        for block in week.blocks
        if isinstance(block, Table) and _of_days(block) and (column := _column(block, _TOPICS)) is not None
        for row in block.rows
        if not _NO_GOAL.match(text := cell(row, column))
    ]


def _day_work_cells(week: Section) -> list[str]:
    """The cells of the work column of a table of the week's days (`| Day | Topics | Hands-on |`):
    what each day has the reader do; with no column so named, every column after its topics
    (`| Day | Focus | Applications | Interview Prep |`), row by row."""
    found = []
    for block in week.blocks:
        if not isinstance(block, Table) or not _of_days(block):
            continue
        if (column := _column(block, _DAY_WORK)) is not None:
            columns = [column]
        elif (topics := _column(block, _TOPICS)) is not None:
            columns = list(range(topics + 1, len(block.header)))
        else:
            continue
        found += [text for row in block.rows for column in columns if not _NO_GOAL.match(text := cell(row, column))]
    return found


def _column(table: Table, named: re.Pattern[str]) -> int | None:
    return next((n for n, head in enumerate(table.header) if named.match(normalize(head.text))), None)


def _of_days(table: Table) -> bool:
    return bool(table.header) and bool(_DAY_COLUMN.match(normalize(table.header[0].text)))


# ... 日期 / 日付 / 날짜 (date) in the author's language.
_DAY_COLUMN = re.compile(r"^(?:days?|dates?|日期|日付|날짜)$")
# ... and in the author's language: 主题 / 主題 (topic, Chinese and Japanese), 주제 (Korean), tema / thème;
# "Concepts", "Key concepts" too: the ideas a week studies, as its topics are.
_TOPICS = re.compile(r"^(?:topics?|subjects?|(?:key |core )?concepts|focus(?: areas?)?|what to (?:learn|study)|learn|主题|主題|주제|(?:学习)?重点|(?:學習)?重點|temas?|thèmes?)$")
# "Hands-on", "Lab", "Practice", "Exercise", "Tasks": what a day has the reader do.
_DAY_WORK = re.compile(rf"^(?:hands on|labs?|practice|exercises?|tasks?|homework|assignments?|to do|build|{_WORK_ABROAD})$")


def _topic(item: ListItem) -> bool:
    line = item.lines[0] if item.lines else None
    return line is not None and line.lead_bold is None and not label_and_value(line)[1] and not TICK_BOX.match(item.text)


def _bold_topics(week: Section) -> list[str]:
    """The names of a week's list items when every one is a bold name alone over a list of its own
    (`- **Load Balancers**` over its points): no label (`**Deliverables:**`) nor tick box among them."""
    items = [item for block in week.blocks if isinstance(block, ListBlock) for item in block.items]
    named = [
        item.lines[0].lead_bold.strip()
        for item in items
        if item.lines
        and item.lines[0].lead_bold
        and not item.lines[0].after_lead.strip()
        and item.sublists
        and not item.lines[0].lead_bold.rstrip().endswith((":", "\uff1a"))
        and not TICK_BOX.match(item.text)
        and not _names_deliverable(item.lines[0].lead_bold)
    ]
    return named if len(named) == len(items) else []


def _topics(block: ListBlock, weeks: set[int]) -> list[ListItem]:
    """A list's plain items (_topic); in a list of sentences, half or more of its plain items
    unlabelled, one opening with a few words and a colon too (`- Side track: graph theory, …`):
    there the words before the colon lead into the sentence, no label of a field (not one
    naming a deliverable). A sentence labelled by one of the `weeks` a range heading names
    (`- *Week 4:* Does the index fit in memory?` under `### Weeks 3–4`) is no week of its own
    (_item_weeks takes only names): it says what that week of the range is for."""
    plain = [item for item in block.items if item.lines and item.lines[0].lead_bold is None and not TICK_BOX.match(item.text)]
    topics = [item for item in plain if _topic(item) or _week_sentence(item.lines[0], weeks)]
    if not topics or 2 * len(topics) < len(plain):
        return topics
    return [item for item in plain if item in topics or not _names_deliverable(label_and_value(item.lines[0])[0])]


def _week_sentence(line: Line, weeks: set[int]) -> bool:
    """A line labelled by one week of a range (`Week 4: …`) that says a sentence, not a week's name."""
    label, value = label_and_value(line)
    found = week_match(label) if value and len(weeks) > 1 else None
    return found is not None and not found[2] and int(found[1]) in weeks and not _plain_week(line.text.rstrip("."))


# "### End of Week 1", "By Week 2", "Week 3 Checkpoint": what a week should have reached, written apart from it.
_CHECKPOINT = re.compile(r"^(?:(?:by\s+)?(?:the\s+)?end\s+of\s+|by\s+)weeks?\s+(\d+)$|^weeks?\s+(\d+)\s+checkpoint$", re.IGNORECASE)


def _with_checkpoints(weeks: list[Week], root: Section, read: list[Section]) -> list[Week]:
    """The weeks, each with the tick boxes of a heading elsewhere naming the end of it
    (`## Success Metrics` over `### End of Week 1` and its boxes) among its deliverables."""
    held = {id(section) for section in read}
    by_days = days_written(read) is not None
    opening = {week.line for week in weeks}  # a week's own box (`- [ ] **Week 1 — Foundations**`) is the week, no task of it
    boxes: dict[int, list[str]] = {}
    for section in root.walk():
        if id(section) not in held and (found := _CHECKPOINT.match(without_numbering(section.title.text).strip(" :"))):
            boxes.setdefault(int(found[1] or found[2]), []).extend(tick_boxes(section))
        # ... and a checklist's box per week (`## ✅ Checklist` over `- [ ] Week 1: Basic queries mastered`).
        for block in section.blocks if id(section) not in held else ():
            if isinstance(block, Table):
                for week, milestone in _milestone_rows(block):
                    boxes.setdefault(week, []).append(milestone)
            if isinstance(block, ListBlock):
                # A list whose boxes name a week twice or more (`- [ ] Week 5: Heaps`, `- [ ] Week 5: Autocomplete`)
                # ticks off tasks labelled by their week: the box that opens a week is one of its tasks too.
                matched = [(item, _WEEK_BOX.match(item.text)) for item in block.items]
                named = [boxed["last"] or boxed["first"] for _, boxed in matched if boxed]
                tasks = len(set(named)) < len(named)
                for item, boxed in matched:
                    if boxed and (tasks or item.line not in opening) and (done := boxed["done"].strip()):
                        boxes.setdefault(int(boxed["last"] or boxed["first"]), []).append(done)
                    # ... and, in a plan written day by day, a progress box per day outside them (`## Progress` over
                    # `- [ ] Day 1 — HashMap internals`): its week's, kept whole, as the day is what it names.
                    elif by_days and not any(week.line <= item.line <= week.end_line for week in read) and (day := _DAY_BOX.match(item.text)):
                        boxes.setdefault((int(day["day"]) - 1) // _WEEK_DAYS + 1, []).append(day["done"].strip(" *"))
    if not boxes:
        return weeks
    added = [
        replace(week, deliverables=(*week.deliverables, *(box for box in boxes.get(week.last, []) if box not in week.deliverables)))
        for week in weeks
    ]
    # A week's goal that is one of its tasks (its second box, read as the text under its first) states none.
    return [replace(week, goals="") if week.goals and week.goals in week.deliverables else week for week in added]


def _with_summary(weeks: list[Week], root: Section, read: list[Section]) -> list[Week]:
    """The weeks, each with what a table summing them all up outside them says of it (`## 2. 八周总览`,
    the eight weeks at a glance, over `| 周 | 核心目标 | 最终产出 |`: week, core goal, final output, a row
    per week of the plan in its order): the row's aims among its goals, its deliverable cells among its
    deliverables. Such a table is no week of its own beside the weeks written out (week_groups leaves
    it out), but it may say what a week's heading does not: what the week produces, in a column so named
    (a table of only its weeks' themes, `| Week | Focus |`, restates their headings and adds nothing)."""
    spans = [(week.line, week.end_line) for week in read]
    mocks = {id(part) for section in root.walk() if _about_mocks(section) for part in section.walk()}
    numbered = [(week.first, week.last) for week in weeks]
    for table in (table for section in root.walk() if id(section) not in mocks for table in _table_weeks(section)):
        if any(first <= row.line <= last for row in table for first, last in spans):
            continue  # a table inside a week is that week's own
        if [(numbers.start, numbers.stop - 1) for numbers in (_numbers(row.section()) for row in table)] != numbered:
            continue
        if not any(row.delivered for row in table):
            continue
        summed = []
        for week, row in zip(weeks, table, strict=True):
            goals = "; ".join(dict.fromkeys(text for text in (week.goals, row.theme) if text and text != week.title))
            delivered = [value for line in row.delivered if (value := label_and_value(line)[1])]
            summed.append(replace(week, goals=goals, deliverables=tuple(_joined(list(week.deliverables), delivered))))
        weeks = summed
    return weeks


_MILESTONE_COLUMN = re.compile(r"^milestones?$")
_WHEN_COLUMN = re.compile(r"^(?:week|when|due)$")
_MILESTONE_WEEK = re.compile(r"^(?:(?:by |at )?(?:the )?end of )?(?:week\s*)?(\d+)$")


def _milestone_rows(table: Table) -> list[tuple[int, str]]:
    """A milestones table's rows as the week each is due and what it is (`| **RAG pipeline
    complete** | End of Week 8 | … |`): a deliverable of that week."""
    named, when = _column(table, _MILESTONE_COLUMN), _column(table, _WHEN_COLUMN)
    if named is None or when is None:
        return []
    return [
        (int(due[1]), milestone)
        for row in table.rows
        if (due := _MILESTONE_WEEK.match(normalize(cell(row, when)))) and (milestone := cell(row, named).strip(" *"))
    ]


# "[ ] Week 1: Basic queries mastered", "[ ] Week 3-4: four designs": a week's box in a checklist of the plan.
_WEEK_BOX = re.compile(
    r"^\[[ xX]\]\s*\**weeks?\s+(?P<first>\d+)(?:\s*[-\u2013]\s*(?P<last>\d+))?\**\s*[:\u2014\u2013-]\s*(?P<done>\S.*)$", re.IGNORECASE
)


# "[ ] Day 3 — patterns & spot-the-violation": a day's box in a plan's progress list.
_DAY_BOX = re.compile(rf"^\[[ xX]\]\s*(?P<done>\**{_DAY_WORD}\s+(?P<day>\d+)\b\**\s*[:\u2014\u2013-]\s*\S.*)$", re.IGNORECASE)


def tick_boxes(week: Section) -> list[str]:
    """Every task-list item in the week ("- [ ] Three stories drafted"): what it delivers;
    a paragraph's lines opening with a drawn box (`☐ Finalize resume (v1)`, each on a line
    of its own) and, in a bare fence holding the week's plain text, its box lines too."""
    found = []
    for part in week.walk():
        for block in part.blocks:
            if isinstance(block, ListBlock):
                found += _boxes_in(block)
            elif isinstance(block, Paragraph):
                found += [box["text"].strip() for line in block.lines if (box := _BOX_LINE.match(line.text))]
            elif isinstance(block, Code) and not block.info.strip():
                found += _fenced_boxes(block.text)
    return found


# "□ Can explain sharding", "☐ ...", "- [ ] ...": a box line in plain text (a paragraph's or a bare fence's).
_BOX_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[[ xX]\]|[\u25a1\u2610\u2b1c]\ufe0f?)\s*(?P<text>\S.*)$")
# "🎉 PHASE 2 MILESTONE:": boxes under it are the phase's, not the week's.
_MILESTONE_LABEL = re.compile(r"\bmilestones?\b", re.IGNORECASE)


def _fenced_boxes(text: str) -> list[str]:
    """The box lines of a week written inside a bare fence as plain text, in order; those
    under a milestone label belong to the phase the week closes."""
    found, counted = [], True
    for line in text.splitlines():
        if box := _BOX_LINE.match(line):
            found += [box["text"].strip()] if counted else []
        elif line.rstrip().endswith(":"):
            counted = not _MILESTONE_LABEL.search(line)
    return found


def _boxes_in(block: ListBlock) -> list[str]:
    found = []
    for item in block.items:
        if box := TICK_BOX.match(item.text):
            found.append(item.text[box.end() :].strip())
        for sub in item.sublists:
            found += _boxes_in(sub)
    return found


def _week_number_problem(first: int, last: int) -> str | None:
    if first < 1:
        return "weeks are numbered from 1"
    if last < first:
        return f"the range {first}-{last} runs backwards; write 'Weeks {last}-{first}'"
    if last > _MAX_WEEKS:
        return f"week {last} is past week {_MAX_WEEKS}; a plan covers at most a year"
    return None


def _without_weeks(section: Section, match: re.Match[str]) -> Section:
    """The week without the week headings nested in it that are weeks of their own."""
    children = [
        _without_weeks(child, match)
        for child in section.children
        if not is_week_heading(child.title.text) or _divides(child, match)
    ]
    return replace(section, children=children)


def _routine_items(section: Section) -> list[str]:
    """The routine's list items, leaving out a week's `**Deliverables**:` that follows it."""
    items: list[str] = []
    for part in section.walk():
        deliverables = _names_deliverable(part.title.text)
        for block in part.blocks:
            if isinstance(block, Paragraph) and block.lines[0].lead_bold:
                deliverables = _names_deliverable(block.lines[0].lead_bold)
            elif isinstance(block, ListBlock) and not deliverables:
                items.extend(text for item in block.items if (text := checkbox_free(item.text)))
    return items


def _dimensions(section: Section) -> list[Dimension]:
    """The rated dimensions of the weekly assessment, from its YAML block: a key with no
    value opens a group; a key with a value inside a group is a dimension."""
    dimensions: list[Dimension] = []
    for part in section.walk():
        for block in part.blocks:
            if not isinstance(block, Code):
                continue
            groups: list[tuple[int, str]] = []
            for raw in block.text.splitlines():
                match = _YAML_KEY.match(raw.split("#", 1)[0].rstrip())
                if not match:
                    continue
                indent = len(match["indent"])
                groups = [(i, g) for i, g in groups if i < indent]
                if match["value"]:
                    if groups:
                        dimensions.append(Dimension(groups[-1][1], match["key"]))
                else:
                    groups.append((indent, match["key"]))
    return dimensions


def _triggers(root: Section, ctx: FileContext) -> list[Trigger]:
    """`**If behavioral scores < 3**: ...` or `- If technical scores are below 3: ...`
    wherever the author put them; under an "Adjustment Triggers" heading, a bold line
    that is not of that form is reported."""
    triggers = []
    for section in root.walk():
        in_trigger_section = "trigger" in normalize(section.title.text)
        for line in (ln for block in section.blocks for ln in block_lines(block)):
            if trigger := _trigger(line):
                triggers.append(trigger)
            elif in_trigger_section and line.lead_bold:
                ctx.warning(line.number, f"adjustment trigger {line.lead_bold!r} is not of the form 'If <area> scores < N'")
    return triggers


def _trigger(line: Line) -> Trigger | None:
    if line.lead_bold and (match := _TRIGGER.match(line.lead_bold.strip())):
        condition, action = line.lead_bold.rstrip(": "), line.after_lead
    elif match := _TRIGGER.match(line.text):
        condition, action = match[0], line.text[match.end() :]
    else:
        return None
    # One spelling of the group, so "behavioural" finds the behavioral dimensions.
    group = match["group"].strip().lower().replace("behaviour", "behavior")
    return Trigger(condition.strip(), group, float(match["n"]), action.lstrip("," + LABEL_SEPARATORS).strip())


def _milestones(section: Section, ctx: FileContext) -> list[Milestone]:
    milestones = []
    for line in _milestone_lines(section):
        label, text = (line.lead_bold, line.after_lead) if line.lead_bold else split_name(line.text)
        match = _MILESTONE.match(clean_label(label))
        if not match:
            ctx.warning(line.number, f"milestone {line.text!r} does not say its week: write it like '- **Week 4**: ...'")
            continue
        # "Weeks 3-4: ..." is due by the end of the range.
        milestones.append(Milestone(int(match[2] or match[1]), text.lstrip(LABEL_SEPARATORS).strip()))
    return milestones


def _milestone_lines(section: Section) -> Iterator[Line]:
    """The first line of every list item, and paragraph lines that open with a bold label."""
    for part in section.walk():
        for block in part.blocks:
            if isinstance(block, Paragraph):
                yield from (line for line in block.lines if line.lead_bold)
            elif isinstance(block, ListBlock):
                yield from (item.lines[0] for item in block.items if item.lines)
