"""Which parts of a file are items, and of which kind, decided by structure.

The rules are the table in `rules.py`, in the order they are tried. Stories are found
first, anywhere; then plans, deep dives and design problems outside them. When nothing is
found, `why_nothing` says why, naming the line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from systemcraft_tui.content.answers import marked_answer
from systemcraft_tui.content.deep_dive import (
    explains_alternatives,
    for_coding,
    is_deep_dive,
    is_topic_page,
    questions_heading,
    technology_questions,
)
from systemcraft_tui.content.follow_ups import names_follow_ups
from systemcraft_tui.content.html_headings import summary_named
from systemcraft_tui.content.markdown_tree import (
    Code,
    Document,
    Line,
    ListBlock,
    Paragraph,
    Section,
    Table,
    block_lines,
    parse_markdown,
)
from systemcraft_tui.content.names import behavioral_role, normalize
from systemcraft_tui.content.plan import (
    WEEK_HEADING,
    days_written,
    names_week_part,
    one_of_routes,
    overlapping_steps,
    tick_boxes,
    unwritten_weeks,
    week_groups,
    week_match,
    week_of_notes,
    writes_weeks,
)
from systemcraft_tui.content.principles import canonical_principle
from systemcraft_tui.content.questions import asks, opens_a_question
from systemcraft_tui.content.read_memo import per_heading
from systemcraft_tui.content.reading import holding, item_boundary, label_and_value, split_title, stub_note, without_numbering
from systemcraft_tui.content.rules import KIND_OF, TOPIC_PAGE
from systemcraft_tui.content.shown_elsewhere import links_to_files, star_written_as_code
from systemcraft_tui.content.spans import Cover
from systemcraft_tui.content.stories import (
    Story,
    explains_method,
    find_stories,
    names_questions,
    principle_in_heading,
    question_on,
    shown_in_code,
    told_by_me,
)
from systemcraft_tui.content.system_design import (
    QUESTION_CODE,
    asked_cases,
    asked_in_text,
    asks_by_name,
    asks_for_design,
    case_of_design_page,
    design_phases,
    designed_by_file_name,
    discussed_designs,
    folder_case,
    follow_ups_of,
    followed_up_systems,
    illustrates_method,
    laid_out_in_steps,
    led_by_design,
    method_of_design,
    named_beside_kind,
    named_cases,
    names_a_design,
    names_a_part,
    names_a_system,
    names_a_system_alone,
    notes_named_as_ask,
    ood_problem,
    phase_signals,
    poses_problem,
    prompt_asks,
    prompt_heading,
    questioned_design,
    restated_in_text,
    specified_in_a_list,
    stage_of_walk,
    subject,
    untitled_steps,
    walks_a_design,
    written_up_alike,
)
from systemcraft_tui.content.timing import read_duration


@dataclass(frozen=True)
class Found:
    """One item to read: where it is and the rule that found it."""

    rule: str
    section: Section  # the item's heading, or the file's root for a whole-file item
    file_level: bool = False  # the item is the whole file: its id is the file name
    within: bool = False  # the item sits inside the page's own item (a problem in a deep dive)
    story: Story | None = None
    weeks: tuple[Section, ...] = ()

    @property
    def kind(self) -> str:
        return KIND_OF[self.rule]


@dataclass
class Recognition:
    found: list[Found] = field(default_factory=list)
    explainers: list[Section] = field(default_factory=list)  # STAR parts that define the method
    unfilled: list[Section] = field(default_factory=list)  # story entries whose parts are still empty
    cheat_sheet: list[int] = field(default_factory=list)  # lines of timed steps with no problem
    routine: list[Section] = field(default_factory=list)  # a few weeks inside a guide, not a plan
    schedule: list[Section] = field(default_factory=list)  # a how-to's steps tagged with overlapping weeks
    stubs: list[Section] = field(default_factory=list)  # items whose text is still to come ("To be continued")
    prompts: list[Section] = field(default_factory=list)  # designs asked with a line or a link each: a question list
    listed: list[Section] = field(default_factory=list)  # designs asked with nothing under them beside asks over notes
    unwritten: list[Section] = field(default_factory=list)  # entries whose sections are empty or unticked boxes
    timed: list[tuple[int, list[str]]] = field(default_factory=list)  # timed steps, when the page was searched for them


def recognise(document: Document, blanks: Sequence[int] = ()) -> Recognition:
    """What the document holds; `blanks` are the lines with a placeholder ("[Your Title]")."""
    root, title = document.root, document.title
    result = Recognition()
    found = find_stories(root)
    found.stories = [replace(s, title=name) if (name := summary_named(s.section, document.source_lines)) else s for s in found.stories]
    stories, result.explainers, result.unfilled = found.stories, found.explainers, found.unfilled
    result.found += [Found(story.rule, story.section, story=story) for story in stories]
    taken: list[Section] = [story.section for story in stories]

    groups = [] if _no_weeks_kept(root, title, taken) else week_groups(root, title)
    groups = [[w for w in group if not _inside(w, taken)] for group in groups]
    # Weeks whose every line sits in ```markdown fences show a plan (a template to copy), not one to follow.
    groups = [group for group in groups if group and not all(_only_code(week) for week in group)]
    # '# Week 4: Caching Strategies' over sections that each explain a concept of its theme, the
    # page's only week: one week's notes in a course, a topic page on the theme, no plan.
    course = _week_theme(title) if groups == [[title]] and title is not None and week_of_notes(title) else None
    course = course if course is not None and _topic_page(document, [], theme=course) else None
    groups = [] if course is not None else groups
    result.schedule = overlapping_steps(groups)
    groups = [] if result.schedule else groups
    holders = _plan_holders(groups, root, title)
    if groups and _routine(groups, holders, document):
        result.routine, groups, holders = [week for group in groups for week in group], [], []
    asked = technology_questions(root, questions_heading(document)) if not groups else []
    if asked and all(story.rule in _TOLD_WHOLE and story.section in asked for story in stories):
        # "Redis Interview Guide": questions on one technology, answered: its deep dive, where a
        # question asking to design something with it ("Q: Design a rate limiter using Redis") is one more,
        # and a question answered in prose is a concept explained, not a story.
        result.found = [found for found in result.found if found.story is None]
        result.found.append(Found(TOPIC_PAGE, root, file_level=True))
        return _in_file_order(result)
    # A page that is mostly one story told at length ("… A Technical Deep Dive" over a program
    # story) is that story, whatever its title says.
    walk: list[tuple[Section, ...]] = []  # the system's walk (_system_walk), worked out once if asked

    def walking() -> tuple[Section, ...]:
        if not walk:
            walk.append(_system_walk(document))
        return walk[0]

    deep_dive = not groups and not _mostly_told(stories, document) and is_deep_dive(root, title) and not walking()
    if deep_dive:
        result.found.append(Found("deep-dive", root, file_level=True))

    problems = _problems(root, title, subject(document), taken + [week for group in groups for week in group], within=deep_dive)
    problems = [section for section in problems if not illustrates_method(section, title, root) and not _contents_entry(section, document)]
    problems = _without_extensions(problems, root, title)
    problems = _with_fellows(_with_asked_alike(problems, root, taken + [week for group in groups for week in group]), root, taken)
    problems = _with_built_alike(problems, root, taken)
    problems, followed = _with_followed_up(problems, document, taken)
    problems = _with_discussed(problems, document, taken)
    # A model answer under one of a system's follow-ups (`### Q4: …?` over `> **Model Answer**:`) answers
    # that follow-up: no story of one's own.
    inside = Cover((section.line + 1, section.end_line) for section in followed)
    result.found = [found for found in result.found if found.story is None or found.section.line not in inside]
    steps = walking() if problems else ()  # a heading in the system's walk is a step, no problem
    problems = [s for s in problems if not any(step.line <= s.line <= step.end_line for step in steps)]
    result.stubs = [section for section in problems if stub_note(section)]
    result.unwritten = [section for section in problems if _unwritten(section) or _worksheet(section)]
    problems = [section for section in problems if section not in result.stubs and section not in result.unwritten]
    if len(problems) >= _FEWEST_PROMPTS and all(_bare_prompt(section) for section in problems):
        result.prompts, problems = problems, []
    elif sum(bool(section.blocks or section.children) for section in problems) >= _FEWEST_FELLOWS:
        # A bank of designs asked, most with notes under them, a few with nothing at all (`4. **Design a URL
        # shortener.**` between asks over their notes): those are only listed, nothing to rehearse, as in a list.
        result.listed = [section for section in problems if not (section.blocks or section.children or section is title or section is root)]
        problems = [section for section in problems if section not in result.listed]
    result.found += [
        Found("design-prompt", root if s is title else s, file_level=s is root or s is title, within=deep_dive) for s in problems
    ]
    taken += problems
    for group, holder in zip(groups, holders, strict=True):
        # A plan that is one section of a larger page ("## Getting Started" at the end of a
        # problem set) is that section's; one that fills the page is the file's.
        # ... unless the page offers it as one of its routes by the time one has (`## Ruta completa — 8 semanas`
        # beside `## Ruta express — 10 días`): a plan titled as a plan holds them, each its heading's.
        file_level = holder is root or holder is title or (len(groups) == 1 and _about_a_plan(document, holder) and not _a_route(holder, root))
        result.found.append(Found("week-headings", root if file_level else holder, file_level, weeks=tuple(group)))
        taken.append(holder)
    if groups or deep_dive:
        # A page that explains its topic and closes with a plan of study holds both.
        beside_plans = groups and not (deep_dive or stories or problems) and not any(f.file_level for f in result.found)
        if beside_plans and _topic_page(document, besides=holders):
            result.found.append(Found(TOPIC_PAGE, root, file_level=True))
        return _in_file_order(result)

    if result.prompts:
        return _in_file_order(result)  # designs asked as a list: no problem timed by its rounds ("(60 min)")
    # A story's timed steps are its own: never loose (its lines are held) nor said unread
    # (unread_parts names those outside every item). Only a story with placeholder lines
    # enough to be dropped as a blank template (parser._template_in_file) is looked in.
    result.timed = phase_signals(root, besides=[story.section for story in stories if not _may_be_blank(story.section, blanks)])
    held = Cover((section.line, section.end_line) for section in taken)
    loose = [(line, names) for line, names in result.timed if line not in held]
    names = [name for _, names in loose for name in names]
    named = names_a_system(subject(document), document.name)
    # Timed steps on a page titled for one system beside the kind of page it is ("Interview
    # Strategy: Building a Rate Limiter") are that system's, whatever they are named.
    about_one = (
        named
        and document.title is not None
        and (split_title(document.title.title.text)[0] is not None or named_beside_kind(document.title.title.text))
    )
    # Three timed headings or more, few of them a design interview's parts, on a page about no one system
    # (`## 2. Cache Types & Layers (10 min)` in a one-hour session's notes on caching): a lesson's agenda.
    # ... or timed labels, all in one small corner of a long page (`### A first talk` over
    # `**1. Open (5 min)**`, `**2. Listen (10 min)**`, … in a guide on managing): one talk's agenda; on a
    # page titled as the design interview's method, its closing time budget is that method's, no agenda.
    method = document.title is not None and method_of_design(document.title.title.text)
    agenda = (
        len(names) >= 3
        and not design_phases(names)
        and not about_one
        and (_timed_headings(loose, root) >= 3 or (not method and _in_a_corner(loose, root)))
    )
    if (len(names) == 1 or agenda) and not problems and not result.found and _topic_page(document, besides=[], theme=course):
        # One timed heading in a technology's notes (`## Top K Hashtags (Last 1 Minute)` over code) times no step;
        # nor does a lesson's agenda.
        loose, names = [], []
    if not problems and (design_phases(names) or (about_one and len(names) >= 2)) and (named or asked_in_text(root) or restated_in_text(root)):
        result.found.append(Found("timed-phases", root, file_level=True))
    elif not problems and not result.found and not result.unwritten and (
        (laid_out_in_steps(document) and (not explains_alternatives(root) or bool(walking())))
        or folder_case(document) is not None
        or follow_ups_of(title) is not None
        or notes_named_as_ask(document)
    ):
        result.found.append(Found("design-steps", root, file_level=True))
    elif design_phases(names) or len(names) < 3 or (document.title is not None and method_of_design(document.title.title.text)):
        # Many timed steps that are mostly not a design interview's (a list of talks, an
        # assessment's parts) are no cheat-sheet of design timings either, unless the page
        # says it is the method of a design interview ("The 4-Phase System Design Framework").
        result.cheat_sheet = [line for line, _ in loose]
    if not (
        result.found or result.explainers or result.unfilled or result.cheat_sheet or result.stubs or result.schedule or loose
    ):
        # Sections laid out alike but still empty (a practice tracker) are entries to write, no concepts.
        result.unwritten = result.unwritten or [section for section in root.walk() if _unwritten(section)]
        # Entries still to write in a small corner of a page that explains its topic (`### Yelp` over an
        # empty `#### Flow` among use cases) leave it the topic page it is.
        whole = any(section is title or section is root for section in result.unwritten)  # the page's own problem left to write
        few = not whole and (len(result.unwritten) < _FEWEST_UNWRITTEN or _written_share(result.unwritten, document) < _UNWRITTEN_CORNER)
        if few and _topic_page(document, besides=[], theme=course):
            result.found.append(Found(TOPIC_PAGE, root, file_level=True))
    return _in_file_order(result)


def _in_a_corner(timed: list[tuple[int, list[str]]], root: Section) -> bool:
    """Whether the timed places all sit in one heading's text that fills a tenth of the page or less."""
    first, last = min(line for line, _ in timed), max(line for line, _ in timed)
    page = max(root.end_line - root.line + 1, 1)
    return any(
        section.line <= first and last <= section.end_line and section.end_line - section.line + 1 <= _AGENDA_SHARE * page
        for section in root.walk()
        if section is not root
    )


_AGENDA_SHARE = 0.1  # a tenth of the page or less: a section of it, not what it is


def _timed_headings(timed: list[tuple[int, list[str]]], root: Section) -> int:
    """How many of the timed places are headings (not bold labels, lists or tables)."""
    headings = {section.line for section in root.walk() if section is not root}
    return sum(line in headings for line, _ in timed)


def _system_walk(document: Document) -> tuple[Section, ...]:
    """The steps of an untitled page whose top headings walk the design of the system its file
    names (`url-shortener.md` over `# 1. Clarifying questions` … `# 14. Cache design`), or of
    one named as the ask whose first heading names its system (`Designing_Tinder.md` over
    `## Tinder Architecture`, `## Storing Images`, …): one design, neither a topic page nor a
    problem per heading. None on any other page."""
    steps = untitled_steps(document) or designed_by_file_name(document)
    return tuple(steps) if steps and names_a_system(None, document.name) and laid_out_in_steps(document) else ()


FEWEST_BLANKS = 2  # placeholder lines in an item that may make it a blank template (parser._template_in_file)


def _may_be_blank(section: Section, blanks: Sequence[int]) -> bool:
    """Whether `blanks` (sorted line numbers) has enough lines in the section's span to make it a blank template."""
    return bisect_right(blanks, section.end_line) - bisect_left(blanks, section.line) >= FEWEST_BLANKS


def _no_weeks_kept(root: Section, title: Section | None, taken: list[Section]) -> bool:
    """Whether week_groups would give no week outside the stories (`taken`), known without
    looking in them: none is written outside them, and none that a page writing no week gives
    (its title's, its week tables') is. Their weeks, whatever they are, would all be dropped."""
    return not writes_weeks(root, title, besides=taken) and all(_inside(week, taken) for week in unwritten_weeks(root, title))


def _mostly_told(stories: list[Story], document: Document) -> bool:
    """Whether the stories hold half the page's text or more, counted in characters: blank
    lines and a part written as a heading rather than a bold label change no share."""
    if not stories:
        return False
    lines = document.source_lines
    told = sum(sum(map(len, lines[story.section.line - 1 : story.section.end_line])) for story in stories)
    return told * 2 >= sum(map(len, lines))


_FEWEST_PROMPTS = 3
_PROMPT_LINES = 2
_FEWEST_UNWRITTEN = 2
_UNWRITTEN_CORNER = 0.2  # a fifth of the page's written lines


def _unwritten(section: Section) -> bool:
    """A heading over two or more subheadings that hold nothing yet, or only unticked boxes of
    what to cover (`- [ ] API design`), form fields still blank (`**Date:** ____`,
    `**Status:** ⬜ To do`) and tables with empty rows: an entry of a tracker or template, still to write.
    A subheading over such entries of its own (`## Case Studies` over `### Beginner` and its table of
    unticked boxes) is one too: a tracker nests its sections as deep as it likes."""
    parts = section.children
    return len(parts) >= 2 and all(all(map(_unwritten_block, part.blocks)) and (not part.children or _unwritten(part)) for part in parts)


def _worksheet(section: Section) -> bool:
    """A problem whose fences are mostly left empty for the answer (an opening fence closed at once under
    "What are the actors in this system?"), three or more: a worksheet still to fill in."""
    fences = [block for part in section.walk() for block in part.blocks if isinstance(block, Code)]
    empty = sum(not block.text.strip() for block in fences)
    return empty >= _FEWEST_EMPTY_FENCES and 2 * empty > len(fences)


_FEWEST_EMPTY_FENCES = 3


def _unwritten_block(block: object) -> bool:
    if isinstance(block, ListBlock):
        # A bullet with nothing after it (`-` under `### Strengths`) is a line left for notes.
        return all((not item.text.strip() or item.text.startswith("[ ]") or _TO_COME.match(item.text)) and not item.sublists for item in block.items)
    if isinstance(block, Table):  # a score table still to fill: every row half empty or more
        return all(2 * sum(_empty_cell(cell) for cell in row) >= len(row) for row in block.rows)
    return isinstance(block, Paragraph) and all(_blank_field(line) for line in block.lines)


def _empty_cell(cell: Line) -> bool:
    """A cell with nothing written in it; a link with no text (`[](#e-companies)`, an index's
    letter left out) is written, not a blank to fill."""
    return _empty(cell.text) and not cell.link_only


def _blank_field(line: Line) -> bool:
    value = line.after_lead.strip(": ") if line.lead_bold else "-"
    return not value or any(blank in value for blank in _BLANKS)


_BLANKS = ("___", "⬜", "☐", "[ ]", "YYYY")
# "- Example: TBD", "- Story: to be written": an item whose value is still to come.
_TO_COME = re.compile(r"^(?:[^:]{1,30}:\s*)?(?:tbd|tba|todo|to do|to be (?:added|written|filled in)|coming soon)\W*$", re.IGNORECASE)
_URL = re.compile(r"\(?https?://\S+")


def _bare_prompt(section: Section) -> bool:
    """A design asked with nothing under it but a line or two and a link (`**Source:** https://…`),
    and perhaps a subheading of review questions with no answers (`### Review Questions` over
    `1. Why …?`) or one whose text is still to come: no requirements, steps or answer."""
    if not all(_only_asks(child) for child in section.children):
        return False
    if not all(isinstance(block, Paragraph) for block in section.blocks):
        return False
    if any(line.lead_bold and names_follow_ups(line.lead_bold) for line in section.paragraph_lines()):
        return False  # `**Probe:** hot keys; abuse; …` beside the prompt: a mock's prompt with its interviewer's probes
    lines = [line.text for block in section.blocks for line in block_lines(block)]
    said = [text for text in lines if not (_URL.search(text) and len(_URL.sub("", text).split()) <= _PROMPT_LINES)]
    return len(said) <= _PROMPT_LINES


def _only_asks(section: Section) -> bool:
    """A subheading holding only a list of questions, half or more of them asking, or a note
    that its text is still to come."""
    if section.children or not all(isinstance(block, (Paragraph, ListBlock)) for block in section.blocks):
        return False
    items = [item.text for block in section.blocks if isinstance(block, ListBlock) for item in block.items]
    paragraphs = [block for block in section.blocks if isinstance(block, Paragraph)]
    if not items:
        return stub_note(section) is not None
    return not paragraphs and 2 * sum(item.rstrip(" *_").endswith(("?", "\uff1f")) for item in items) >= len(items)


def _topic_page(document: Document, besides: list[Section], theme: str | None = None) -> bool:
    """A topic page, its sections but those besides: not a page whose examples sit in code
    blocks, nor a list of questions or of designs to ask for (those say why they hold none)."""
    # A page titled as interview questions lists them, whatever concepts it groups them by; its
    # concepts' own `## Interview Questions` sections do not make a topic page a list.
    titled = _titled_questions(document) and _titled_question_lines(document)
    asked = _question_headings(document) or _question_lines(document) or titled or _listed_designs(document)
    example, _, explains = _examples_in_code(document)
    # A document shown in a small fence of a long page (an ADR written out as the page's worked example,
    # read alone as a page on its topic) illustrates the topic taught; a story, a design or a plan in
    # one shows how to write such an item, a page about interviewing.
    shown = example is not None and example[1] == "deep dive" and _small_part(example, document)
    if asked or (example is not None and not shown) or explains:  # the STAR method shown in a fence: about interviewing
        return False
    # Sections that each hold only a list of questions, nothing explained (`# Data` over `* What
    # consistency is needed?`): questions to put to the interviewer about any system, no topic taught.
    written = [section for section in document.root.walk() if section is not document.root and (section.blocks or section.children)]
    if len(written) >= _FEWEST_ASKED and all(section.children or _only_asks(section) for section in written):
        return False
    return is_topic_page(document.root, document.title, document.name, besides, theme=theme)


# A title that says the file is a plan: "6-Week Plan", "Prep Checklist (8 Weeks)", "Roadmap", "Prep Tracker";
# in the author's language too: plan (计划 / 計劃 Chinese, 計画 Japanese, 계획 Korean, 规划 / 規劃),
# roadmap (路线图 / 路線圖), plano and cronograma (Portuguese, Spanish), план and дорожная карта (Russian), and a German
# compound ending in Plan ("Lernplan"). Chinese and Japanese run their words together: no word bounds.
_PLAN_TITLE = re.compile(
    r"\b(?:plans?|schedule|timeline|roadmap|tracker|program(?:me)?|bootcamp|course|syllabus|curriculum|weeks?|weekly|month|months|planos?|cronograma"
    r"|\w{3,}plan|план\w*|дорожная карта)\b|计划|計劃|計画|规划|規劃|계획|路线图|路線圖|时间线|時間線|时间表|時間表"
)
# A heading that names weeks as the reader's practice: "Getting Started with Design Practice",
# "Practice Progression", "30-Day Prep Plan", "Training Program".
_PRACTICE_HEADING = re.compile(
    r"\b(?:plans?|practice|prep|preparation|training|progression|program(?:me)?|bootcamp|getting started"
    r"|learning(?: path)?|curriculum|study"
    # ... in Portuguese and Spanish: "Roadmap de Estudo", "Plano de Preparação", "Práctica"
    r"|planos?|estudos?|estudios?|preparação|preparación|prática|práctica|treino|entrenamiento)\b"
)
_ROUTINE_SHARE = 0.2
_ROUTINE_WEEKS = 3  # three weeks or more named as practice are a plan, wherever they are written


def _week_theme(title: Section | None) -> str | None:
    """The theme a title names after its week ("Week 4: Caching Strategies"), if it names one."""
    week = week_match(title.title.text) if title is not None else None
    return week.group(3) or None if week is not None and week.re is WEEK_HEADING else None


def _only_code(week: Section) -> bool:
    blocks = [block for part in week.walk() for block in part.blocks]
    return bool(blocks) and all(isinstance(block, Code) and block.info.strip().lower() in ("markdown", "md") for block in blocks)


_WEEKS_LONG = re.compile(r"\(\s*\d+[ -]weeks?\s*\)", re.IGNORECASE)


def _routine(groups: list[list[Section]], holders: list[Section], document: Document) -> bool:
    """Weeks filling a small part of a file not titled as a plan are weeks inside a guide,
    not a plan to follow: a routine for one piece of work ("Week 1: Draft", "Week 2:
    Refine", "Week 3: Polish"), or the timeline of something else (a project, someone's
    story). They are a plan when a month or more of them sits under a heading that names
    them as practice ("## Getting Started with Design Practice", "## Practice Progression")."""
    title = document.title
    weeks = [week for group in groups for week in group]
    # "Backend Interview Path (4 Weeks)": a length in weeks, in the remark normalising leaves out, says it is a plan.
    if title is not None and (title in weeks or _PLAN_TITLE.search(normalize(title.title.text)) or _WEEKS_LONG.search(title.title.text)):
        return False
    parents = {id(child): section for section in document.root.walk() for child in section.children}
    for group, holder in zip(groups, holders, strict=True):
        last = max(int(match[2] or match[1]) for week in group if (match := week_match(week.title.text)))
        # The heading over the plan may name it ("## Preparation Roadmap" over `### Senior+` and its weeks).
        above = parents.get(id(holder))
        named = [holder] if above is None or above is title or above is document.root else [holder, above]
        # Two weeks are enough when each holds its tick boxes (`### WEEK 2` over `#### Day 8-9` and its `- [ ]` tasks).
        boxed = last >= 2 and all(tick_boxes(week) for week in group)
        if holder in group and _week_planned(holder):
            return False  # `## Part 6: Week 31 Action Plan` over its days' tick boxes: that week's plan, wherever it is written
        if (last >= _ROUTINE_WEEKS or boxed) and any(_PRACTICE_HEADING.search(normalize(section.title.text)) for section in named):
            return False
        # ... or when it counts them ("## 4-Week Timeline" over Week 4 to Week 1): the weeks it says the plan takes.
        if last >= _ROUTINE_WEEKS and any(_counted_as(section, "week") == last for section in named):
            return False
        # ... or when it counts the days its day headings run to ("## 5-Day Prep Schedule" over Day 1 to Day 5): a cram plan of those days.
        days = days_written(group)
        if days and any(_counted_as(section, "day") == days for section in named):
            return False
    return _written_share(weeks, document) < _ROUTINE_SHARE


_COUNTED = re.compile(r"^(\d+) (week|day)s?\b")  # "4-Week Timeline", "5-Day Prep Schedule", normalised


def _counted_as(section: Section, unit: str) -> int | None:
    """The number of weeks or days (`unit`) a heading says it holds, if it opens by counting them."""
    found = _COUNTED.match(normalize(section.title.text))
    return int(found[1]) if found and found[2] == unit else None


def _share(sections: list[Section], document: Document) -> float:
    """The share of the file's lines that the sections hold."""
    lines: set[int] = set()
    for section in sections:
        lines.update(range(section.line, section.end_line + 1))
    return len(lines) / max(document.line_count, 1)


def _nonblank_share(section: Section, document: Document) -> float:
    """The share of the file's lines that the section holds, a run of blank lines and rules
    counted as one line: more of them between its parts make no more of the page the section's."""
    rules = {line for part in (document.root, *document.root.walk()) for line in part.breaks}
    kept: list[int] = []
    gap = False
    for number, line in enumerate(document.source_lines, 1):
        blank = not line.strip() or number in rules
        if not (blank and gap):
            kept.append(number)
        gap = blank
    held = sum(section.line <= number <= section.end_line for number in kept)
    return held / max(len(kept), 1)


def _written_share(sections: list[Section], document: Document) -> float:
    """The share of the file's written lines that the sections hold: blank lines and rules
    between sections say nothing of how much of a guide its weeks are."""
    written = {line.number for line in document.root.all_lines() if line.text}
    held = {number for section in sections for number in range(section.line, section.end_line + 1)}
    return len(held & written) / max(len(written), 1)


def _about_a_plan(document: Document, section: Section) -> bool:
    """Whether a file is about the plan in one of its sections: titled as a plan, or mostly
    that section."""
    title = document.title
    if title and _PLAN_TITLE.search(normalize(title.title.text)):
        return True
    # Mostly that section, unless the section names the plan and the title names no study at
    # all ("## Learning Plan (50 Problems)" under "# Take the Challenge Today!"): the plan is the section's.
    named_here = _PLAN_TITLE.search(normalize(section.title.text)) and not (title and _ABOUT_STUDY.search(title.title.text.lower()))
    return section is not title and not named_here and _nonblank_share(section, document) > 0.5


# A title about studying, though it names no plan ("Daily Study Goals", "Interview Ramp-Up (6 Weeks)").
_ABOUT_STUDY = re.compile(r"\b(?:stud(?:y|ying)|prep(?:aration)?|practice|learning|goals?|ramp[ -]up|weeks?|days?)\b")


# An answer told whole, in prose or under an `**Answer:**` label: under a technology's question, its explanation.
_TOLD_WHOLE = ("prose-answer", "example-answer")


def _in_file_order(result: Recognition) -> Recognition:
    result.found.sort(key=lambda found: found.section.line if not found.file_level else 0)
    return result


def _problems(
    root: Section, title: Section | None, named: Section | None, taken: list[Section], *, within: bool
) -> list[Section]:
    """Headings that pose a design problem, outermost first; a heading holding two or more
    headings that ask for designs of their own is a collection, not a problem. The title is
    judged by the heading that names the file's subject (a subtitle under a generic title).
    Within a page that is something else (a deep dive), only headings that ask for a design
    are problems, not the page itself."""
    found: list[Section] = []
    parents = {id(child): section for section in root.walk() for child in section.children}
    cases: list[tuple[Section, str]] = []
    intro = [line.text for line in (title or root).paragraph_lines()]
    intro += [line.text for line in title.children[0].paragraph_lines()] if title is not None and title.children else []
    taken_ids = {id(section) for section in taken}  # a taken heading is known at once, not by a scan of thousands

    # In file order, by a stack: a nested function that calls itself is a reference cycle,
    # which would keep the whole outline alive until the next garbage collection.
    if not within and title is not None and not taken and questioned_design(title):
        return [title]  # "Parking Lot LLD - Interview Preparation": questions about the page's one design
    stack = [root]
    while stack:
        section = stack.pop()
        if id(section) in taken_ids or _inside(section, taken) or (within and section is title):
            stack.extend(reversed(section.children if within and section is title else ()))
            continue
        if not within and led_by_design(section):
            found.append(section)  # a page of questions led by a design prompt is that problem
            continue
        if title is not None and section.level > title.level and _SCENARIO_ASIDES.match(normalize(split_title(without_numbering(section.title.text))[1])):
            continue  # "## 12. Scenario-Based System Design Problems" closing a chapter: sketches beside its topic
        judged = replace(section, title=named.title) if section is title and named is not None else section
        parent = parents.get(id(section))
        if within:
            poses = asks_for_design(section, file_title=False) or prompt_asks(section) or ood_problem(section, title)
            poses = poses or bool(parent and _walked_alike(parent, section))  # notes on systems beside the concepts
        else:
            poses = poses_problem(judged, file_title=section is title) or bool(parent and written_up_alike(parent, section))
            poses = poses or case_of_design_page(section, title) or prompt_heading(section) is not None
            poses = poses or specified_in_a_list(section, title) or ood_problem(section, title)
            # Notes on several systems, each heading walking its own design (one alone is a part of its page's).
            poses = poses or bool(parent and section is not title and _walked_alike(parent, section))
        if section is not root and poses and not _one_of_questions(section, parent) and not stage_of_walk(parent, section):
            asks = _outermost([s for s in section.walk() if s is not section and asks_for_design(s, file_title=False)])
            # A problem holds no other problem; a heading over headings that ask for designs
            # (a category, a collection) is not one itself.
            if (
                not asks
                or (len(asks) == 1 and asks_for_design(section, file_title=section is title))
                or prompt_heading(section) is not None
            ):
                # A prompt heading leading the steps beside it asks for the heading above.
                found.append(parent if parent is not None and prompt_heading(parent) is section else section)
                continue
        # Not under "## Top 10 Coding Questions": `1. **Design Hit Counter**` over its LeetCode link is a problem to code.
        if not within and not _CODING_QUESTIONS.search(normalize(without_numbering(section.title.text))):
            cases += asked_cases(section)  # "**Q: Design …**" then "**A:** …" in its text
        stack.extend(reversed(section.children))
    found += named_cases(cases, intro)
    if not found and title is None and not within and poses_problem(root, file_title=True):
        found.append(root)
    return [item_boundary(section, found, parents, lambda part: names_a_part(part.title.text)) for section in found]


# "### 2. [Design Youtube](#content-2)": a heading that is only a link to a part of the same page.
_CONTENTS_ENTRY = re.compile(r"^\s{0,3}#{1,6}\s+[^\w\[]*(?:\d+[.)]\s*)*\[[^\]]+\]\(#[^)\s]*\)\s*$")


def _contents_entry(section: Section, document: Document) -> bool:
    """A heading of the page's table of contents, linking to the problem written further down."""
    line = document.source_lines[section.line - 1] if 0 < section.line <= len(document.source_lines) else ""
    return not section.blocks and not section.children and bool(_CONTENTS_ENTRY.match(line))


def _with_fellows(problems: list[Section], root: Section, taken: list[Section]) -> list[Section]:
    """The problems and the headings of the same series: coded as two or more of them are
    (`### Question 2.1: Implement a Rate Limiter` beside `### Question 1.1: Design a Web
    Crawler` and `### Question 3.1: Design a Chat System`), at their level, and written up
    with the same labels in the same order (`**Question:**`, `**Sample Answer:**`,
    `**Follow-up Questions:**`): one more problem of the set, whatever verb asks it. A
    heading of the series laid out otherwise (a deeper question on the same system, with no
    follow-ups of its own) is not one."""
    series = Counter(_series_mark(section) for section in problems)
    marks = {mark for mark, count in series.items() if mark is not None and count >= _FEWEST_FELLOWS}
    if not marks:
        return problems  # most pages: no two problems coded and laid out alike
    held = Cover((section.line, section.end_line) for section in problems + taken)
    fellows = [
        section
        for section in root.walk()
        if section is not root and section.line not in held and _series_mark(section) in marks
    ]
    return sorted(problems + fellows, key=lambda section: section.line) if fellows else problems


_FEWEST_FELLOWS = 2


def _with_asked_alike(problems: list[Section], root: Section, taken: list[Section]) -> list[Section]:
    """The problems and the headings that ask for a system by name as two or more of their
    siblings do (`## Design Twitter`, `## Design Photo Sharing App` under one title), each
    with text of its own: a page of asks, each one a problem."""
    held = Cover((section.line, section.end_line) for section in problems + taken)
    asked = [
        child
        for section in root.walk()
        if len(section.children) >= _FEWEST_FELLOWS
        and len(named := [child for child in section.children if asks_by_name(child.title.text) and (child.blocks or child.children)])
        >= _FEWEST_FELLOWS
        for child in named
        if child.line not in held
    ]
    return sorted(problems + asked, key=lambda section: section.line) if asked else problems
_FEWEST_SERIES_LABELS = 2


def _with_built_alike(problems: list[Section], root: Section, taken: list[Section]) -> list[Section]:
    """The problems and their numbered siblings that ask for a system by another verb of
    making (`1. Build a parking payments platform`, `2. Develop an order-tracking service …` beside `5.
    Design a chess server` and `7. Design a news crawler`), each over notes of its
    own, beside two or more numbered asks: a bank of asks whose author varied the verb."""
    ids = {id(problem) for problem in problems}
    held = Cover((section.line, section.end_line) for section in problems + taken)
    built = [
        child
        for section in root.walk()
        if sum(id(child) in ids and _numbered_heading(child) for child in section.children) >= _FEWEST_FELLOWS
        for child in section.children
        if id(child) not in ids
        and child.line not in held
        and (child.blocks or child.children)
        and _numbered_heading(child)
        and _BUILT.match(normalize(without_numbering(child.title.text)))
    ]
    return sorted(problems + built, key=lambda section: section.line) if built else problems


def _with_followed_up(problems: list[Section], document: Document, taken: list[Section]) -> tuple[list[Section], list[Section]]:
    """The problems and the systems a bank of follow-ups names, each over its questions
    (followed_up_systems), when most of those questions are not told as stories of one's own
    (answered "I did …", they are a behavioural bank's, whatever its headings say); and those
    systems alone."""
    held = Cover((section.line, section.end_line) for section in problems + taken)
    told = {id(section) for section in taken}
    followed = [
        section
        for section in followed_up_systems(document)
        if section.line not in held and 2 * sum(id(child) in told for child in section.children) < len(section.children)
    ]
    return (sorted(problems + followed, key=lambda section: section.line) if followed else problems), followed


def _with_discussed(problems: list[Section], document: Document, taken: list[Section]) -> list[Section]:
    """The problems and the short design discussions of a screening round (discussed_designs)."""
    held = Cover((section.line, section.end_line) for section in problems + taken)
    discussed = [section for section in discussed_designs(document) if section.line not in held]
    return sorted(problems + discussed, key=lambda section: section.line) if discussed else problems


def _numbered_heading(section: Section) -> bool:
    return without_numbering(section.title.text) != section.title.text.strip()


# "Build a …", "Develop an …", "Create the …": a system asked for by a verb of making other than "design".
_BUILT = re.compile(r"^(?:build|develop|create|implement|architect)\s+(?:a|an|the)\s+\w")
# "Mock Interview", "Case Study", "Example" (the code's number aside): a kind of item a code numbers, not a question.
_ITEM_OF_A_KIND = re.compile(
    r"^(?:(?:sample|practice|mock)\s+)*(?:interview|problem|case(?:\s+study)?|exercise|example|scenario|walkthrough|drill|round)$"
)


def _series_mark(section: Section) -> tuple[int, str, tuple[str, ...]] | None:
    """What a heading of a series shares with its fellows: its level, its code's word
    ("question" of "Question 2.1") and the labels opening its paragraphs, in order, or for a
    code naming a kind of item over two subheadings or more, that kind; None for any other."""
    code = split_title(section.title.text)[0]
    word = re.match(r"\s*([^\W\d_]+)\s*#?\d", code) if code else None
    labels = tuple(normalize(line.lead_bold) for line in section.paragraph_lines() if line.lead_bold) if code else ()
    if code and len(labels) < _FEWEST_SERIES_LABELS and len(section.children) >= _FEWEST_SERIES_LABELS:
        # "Mock Interview #3: Rate Limiter" beside "Mock Interview #1: Parking Lot System": a code calling
        # each one item of a kind of its own (not a question), each written up under subheadings.
        kind = re.sub(r"\s*#?\d.*$", "", normalize(code))
        if _ITEM_OF_A_KIND.match(kind):
            return (section.level, kind, ("(subheadings)",))
    if word is None:
        return None
    return (section.level, word[1].lower(), labels) if len(labels) >= _FEWEST_SERIES_LABELS else None


# "Q3: Design the export feature" among "Q2: How would you add offline support?": a question
# coded or asked as one of a list of them (follow-ups, quick-fire drills), not a problem.


# A chapter's closing section of design sketches that apply its topic, each a few bullets.
_SCENARIO_ASIDES = re.compile(r"^scenario based (?:system )?design problems$")
# "Top 10 Coding Questions", "LeetCode Problems": a list of problems to code, a "Design …" among them too.
_CODING_QUESTIONS = re.compile(r"\b(?:coding|leetcode|algorithms?) (?:questions|problems|challenges)$")
# "Exercise: Design Message Search", "Stretch: …": a task set after a page's walk.
_EXTENSION_CODE = re.compile(r"^(?:exercise|extension|stretch|bonus|homework|challenge)s?\b", re.IGNORECASE)


def _without_extensions(problems: list[Section], root: Section, title: Section | None) -> list[Section]:
    """The problems but exercises and challenges on a page that walks its own system's
    design in timed steps before them (`## Exercise: Design Message Search` after `### R —
    Requirements (5 min)` … on a page titled for a chat system; `### Challenge 1: Race
    Conditions` under `## Step 6: Distributed Challenges`): extensions of that design, or
    parts of it, the page's problem the one it walks."""
    if not problems or title is None or any(problem is title for problem in problems):
        return problems  # most pages
    codes = [split_title(problem.title.text)[0] for problem in problems]
    if not all(code and _EXTENSION_CODE.match(without_numbering(code)) for code in codes) or not names_a_system(title):
        return problems
    before = sum(len(names) for line, names in phase_signals(root) if line < problems[0].line)  # a timed list holds several
    return [] if before >= _FEWEST_TIMED_BEFORE else problems


_FEWEST_TIMED_BEFORE = 3


def _one_of_questions(section: Section, parent: Section | None) -> bool:
    """A heading coded or asked as a question among sibling headings most of which ask one."""
    siblings = parent.children if parent is not None else []
    coded = bool(QUESTION_CODE.match(section.title.text)) or _asks(section.title.text)
    if not (coded and len(siblings) >= 2 and 2 * sum(_asks(s.title.text) for s in siblings) > len(siblings)):
        return False
    # "1. How would you design a URL shortener?", "2. How would you design a chat app?": a bank of
    # design problems asked as questions, each written up under its own, not questions among others.
    return 2 * sum(asks_for_design(s, file_title=False) and bool(s.blocks) for s in siblings) <= len(siblings)


def _asks(heading: str) -> bool:
    return heading.rstrip(" *\"”'").endswith("?")


def _walked_alike(parent: Section, section: Section) -> bool:
    """A heading that walks a system's design beside another under the same parent that does
    too; or, beside two or more such, one with no subheadings that only names a system
    (`### Rate Limiter` over `**Algorithms**:` …, `### Snowflake IDs` over a fence): the
    same notes, written shorter."""
    if _walks_under(parent) < _FEWEST_WALKS:
        return False  # most headings' siblings: told before the heading itself is looked at
    return walks_a_design(section) or names_a_system_alone(section)


@per_heading  # asked for every child: counted once per parent, not once per sibling (10,000 headings took minutes)
def _walks_under(parent: Section) -> int:
    return sum(map(walks_a_design, parent.children))


_FEWEST_WALKS = 2


def _outermost(sections: list[Section]) -> list[Section]:
    return [s for s in sections if not any(o is not s and o.line < s.line <= o.end_line for o in sections)]


def _plan_holders(groups: list[list[Section]], root: Section, title: Section | None) -> list[Section]:
    """The heading each plan's weeks sit under: up to the outermost one that names the plan
    ("Timeline #1: ..." over "Week-by-Week"; "Practice Schedule (4 Weeks)" under "How to
    Practice") but not one that holds another plan's weeks."""
    parents = {id(child): parent for parent in root.walk() for child in parent.children}
    for week in (week for group in groups for week in group if id(week) not in parents):
        # A week written as a bold label is its heading's; one made of headings (days, a stretch of them)
        # stands where its first heading does, and is the heading above it's.
        held = holding(root, week.line)
        parents[id(week)] = parents.get(id(held), root) if held is not root and held.line == week.line else held
    holders = []
    for group in groups:
        holder = _common_ancestor(group, parents, root)
        if group == [week := group[0]] and week is not title and id(week) in parents and _week_planned(week):
            # One week named as its plan (`## Part 6: Week 31 Action Plan`), its tasks ticked off below, in a
            # chapter on something else: the plan is that heading's, not the page's.
            holders.append(week)
            continue
        others = [week for other in groups if other is not group for week in other]
        while (
            id(holder) in parents
            and parents[id(holder)] not in (root, title)
            and not _holds_any(parents[id(holder)], others)
            and not (_names_plan(holder) and not _names_kind_alone(holder) and not _names_plan(parents[id(holder)]) and holder not in group)
        ):
            holder = parents[id(holder)]
        named_alone = names_week_part(holder.title.text) or _names_kind_alone(holder)
        if title is not None and parents.get(id(holder)) is title and named_alone and not _holds_any(title, others):
            holder = title  # "## 1st: Intro to Back-End" over "### Learning Objectives:" over its weeks: the plan is the title's
        holders.append(holder)
    return holders


def _week_planned(week: Section) -> bool:
    """A week heading naming itself a plan (`Week 31 Action Plan`) over tick boxes to do."""
    return _PRACTICE_HEADING.search(normalize(week.title.text)) is not None and bool(tick_boxes(week))


def _names_plan(section: Section) -> bool:
    return bool(_PLAN_TITLE.search(normalize(section.title.text)))


# "Weekly plan:", "주간 계획" (weekly plan), "Schedule": a heading naming only the kind of list under it,
# which leaves the plan to the heading above ("1개월 차: 기초", month 1).
_KIND_ALONE = re.compile(r"^(?:(?:weekly|week by week)\s)?(?:plan|schedule)$|^(?:주간\s?)?계획$|^(?:每周|每週)?(?:计划|計劃)$")


def _names_kind_alone(section: Section) -> bool:
    return _KIND_ALONE.match(normalize(without_numbering(section.title.text))) is not None


def _holds_any(section: Section, weeks: list[Section]) -> bool:
    return any(section.line < week.line <= section.end_line for week in weeks)


def _inside(section: Section, taken: list[Section]) -> bool:
    return any(
        section is other or (other.line <= section.line <= other.end_line and other.level < section.level) for other in taken
    )


def _common_ancestor(sections: list[Section], parents: dict[int, Section], root: Section) -> Section:
    def chain(section: Section) -> list[Section]:
        path = []
        while id(section) in parents:
            section = parents[id(section)]
            path.append(section)
        return path[::-1]

    chains = [chain(section) for section in sections]
    common = root
    for level in zip(*chains, strict=False):
        if all(s is level[0] for s in level):
            common = level[0]
        else:
            break
    return common


# --- why nothing was read ---------------------------------------------------------------------

_QUESTION_SHARE = 0.1
# "Users: _______", "Week of: YYYY-MM-DD": blanks to fill in.
_BLANK_RUN = re.compile(r"_{4,}|\bYYYY\b|\bMM/DD\b|\bDD/MM\b")
# "[Set the scene]": a prompt to write over; not "[01:00]", a video's timestamp linked beside a label.
_PROMPT = re.compile(r"^\s*\[(?![\d:.\s]+\])[^\]]+\]\s*$")
_FEWEST_BLANKS = 5


def _empty(cell: str) -> bool:
    return cell.strip() in ("", "⬜", "☐", "[ ]")  # nothing, or a box still to tick


def _blank_lines(document: Document) -> list[int]:
    """The lines that leave something to fill in: a run of underscores or a date pattern, a
    table row with half its cells or more empty (or boxes still to tick), a label with only a [prompt] after it
    (`**Context**: [Set the scene]`), or labels with nothing after them one under another, bold
    in a paragraph or plain in a list."""
    blank = {number for number, text in enumerate(document.source_lines, 1) if _BLANK_RUN.search(text)}
    for section in document.root.walk():
        for block in section.blocks:
            if isinstance(block, Table):
                blank.update(row[0].number for row in block.rows if row and 2 * sum(_empty_cell(c) for c in row) >= len(row))
            elif isinstance(block, ListBlock):
                # "- 상황:", "- Result:": a list of labels, two or more, each with nothing after it.
                empty = [item.line for item in block.items if _bare_label(item.text) and not item.sublists]
                if len(empty) >= 2 and len(empty) == len(block.items):
                    blank.update(empty)
            elif isinstance(block, Paragraph):
                values = [(line.number, label_and_value(line)) for line in block.lines if line.lead_bold]
                bare = [number for number, (label, value) in values if label and not value.strip(": ")]
                blank.update(number for number, (label, value) in values if label and _PROMPT.match(value))
                if len(bare) >= 2 and len(values) == len(block.lines):
                    blank.update(bare)
    return sorted(blank)


_LABEL_WORDS = 4


def _bare_label(text: str) -> bool:
    """A label with nothing after it (`상황:`, `Key Result:`), in any language."""
    return text.endswith(":") and len(text.split()) <= _LABEL_WORDS


_PROSE_ANSWER_WORDS = 25  # a written-out answer under a question heading, not a one-line note
_CODE_LANGUAGES = {"", "markdown", "md", "text", "txt", "plain"}


EMPTY_FILE = "an empty file: it holds no text, so there is nothing to read"
NO_STRUCTURE = (
    "a reference page: no heading holds STAR parts (Situation, Task, Action, Result), timed phases, "
    "week headings or a deep dive's key concepts, so nothing here can be rehearsed"
)


def _page_blanks(document: Document) -> list[int]:
    """The blanks that make the page a template: not those of one worksheet section filling
    a small part of a page that is something else (a coverage table after twenty questions)."""
    blanks = _blank_lines(document)
    holders = {id(section): section for section in (holding(document.root, line) for line in blanks)}
    if len(holders) == 1 and (section := next(iter(holders.values()))) is not document.root:
        if section.end_line - section.line + 1 < _WORKSHEET_SHARE * len(document.source_lines):
            return []
    return blanks


_WORKSHEET_SHARE = 0.2


def _page_to_come(document: Document) -> tuple[int, str] | None:
    """A page whose text opens by saying it is still to come ("_Placeholder content._", "Coming soon")."""
    page = document.title or document.root
    note = stub_note(page)
    if note is None:
        return None
    # Every line a question marked to answer later (`TODO - How would you shard it?`), three or more:
    # questions kept without answers, a question list, not a page left to write.
    lines = [line for line in document.root.all_lines() if line.text and line is not page.title]
    kept = [(line.number, found) for line in lines if (found := _KEPT_TO_ANSWER.match(line.text)) and asks(found["question"])]
    if len(kept) >= _FEWEST_ASKED and len(kept) == len(lines):
        first, mark = kept[0][0], kept[0][1]["mark"].strip()
        return first, (
            f"a question list: {len(kept)} questions (the first at line {first}), each marked {mark!r} to answer later, "
            "without answers; nothing here can be rehearsed until they are answered"
        )
    return page.line, f"an unfilled template: the page says its content is still to come ({note!r}); write it and it will be read"


# "TODO - How would you shard it?", "TBD: Which store?": a question noted to answer later.
_KEPT_TO_ANSWER = re.compile(r"^(?P<mark>[\W_]*(?:todo|tbd)\b[\s:\-\u2013\u2014]*)(?P<question>\S.*)$", re.IGNORECASE)


def _a_route(holder: Section, root: Section) -> bool:
    """Whether a plan's heading is one of the routes its parent heading offers (plan.one_of_routes)."""
    above = next((part for part in root.walk() if any(child is holder for child in part.children)), None)
    return above is not None and one_of_routes(holder, above)


def _asked_and_empty(section: Section) -> bool:
    return not section.blocks and not section.children and asks(section.title.text)


def why_nothing(document: Document, recognition: Recognition) -> tuple[int, str]:
    """The line and the message that say why a file yields no item: the first of these
    reasons that the file shows, in this order."""
    if not any(line.strip() for line in document.source_lines):
        return 1, EMPTY_FILE  # no page to call anything: an empty file says so
    example, timed_in_code, _ = _examples_in_code(document)
    routine = _routine_note(document, recognition.routine)
    reasons: tuple[Callable[[], tuple[int, str] | None], ...] = (
        lambda: _page_to_come(document),
        lambda: _counted(
            [section.line for section in document.root.walk() if _asks_for_writing(section)],
            2,
            "a reference page of writing prompts: {n} prompts (the first at line {line}) ask for a document ('Write a "
            "response plan …', 'Develop a strategy …'), not an answer said aloud against a clock, so none is rehearsed",
        ),
        # A page that teaches the method (explains STAR, or is titled for a method, a framework
        # or a template) shows its examples in code: the page is a guide. Not one whose story
        # entries are still to fill in (`## Story 2: TBD` over parts left empty): the example in code
        # is the format they follow, and the page is that template, left unfilled (below).
        lambda: (
            None
            if recognition.unfilled
            else _code_example(
                example,
                (routine or "")
                if routine or recognition.explainers or _about_method(document) or _small_part(example, document)
                else None,
            )
        )
        # ... but a small example on a page whose lines are a list of questions (a STAR skeleton in a
        # fence after thirty questions to prepare) leaves the page the list it is.
        if not (_small_part(example, document) and (listed := _question_lines(document)))
        else _counted(listed, 1, _on_principles(document) + _QUESTION_LIST),
        lambda: _counted(
            # The page's title over sections still empty is the whole page left to write: each is an entry.
            # A question heading with nothing under it is a question to answer, no entry (a question list says so).
            # An entry nested in the title's is counted once.
            list(
                dict.fromkeys(
                    part.line
                    for section in recognition.unwritten
                    for part in (section.children if section is document.title else [section])
                    if not _asked_and_empty(part)
                )
            ),
            _FEWEST_UNWRITTEN,
            "an unfilled template: {n} entries (the first at line {line}) have sections that are still empty or hold "
            "only unticked boxes of what to cover; fill one in and it will be read",
        ),
        lambda: _counted(
            [section.line for section in recognition.unfilled],
            1,
            "an unfilled template: {n} story entries (the first at line {line}) have STAR parts that are empty or hold "
            "only [prompts]; write the story into them and it will be read",
            one="an unfilled template: the story entry at line {line} has STAR parts that are empty or hold only "
            "[prompts]; write the story into it and it will be read",
        ),
        lambda: _counted(
            [section.line for section in document.root.walk() if _answer_template(section)],
            1,
            "an unfilled template: {n} answer templates (the first at line {line}) hold [placeholders] still to fill in; "
            "write your own story in place of them and it will be read",
            one="an unfilled template: the answer template at line {line} holds [placeholders] still to fill in; "
            "write your own story in place of them and it will be read",
        ),
        lambda: _counted(
            _page_blanks(document),
            _FEWEST_BLANKS,
            "an unfilled template: {n} lines hold blanks to fill in (`_____`, a label with nothing or only a [prompt] "
            "after it, an empty table cell, YYYY-MM-DD; the first at line {line}); write your own answers in their "
            "place and it can be read",
        ),
        lambda: _counted(
            [] if recognition.explainers else [s.line for s in document.root.walk() if _in_prose(s)],
            2,
            "a question list answered in prose: {n} interview questions (the first at line {line}) have answers with no "
            "Situation, Task, Action or Result parts, so there are no sections to time; label the parts "
            "(**Situation:** …) to rehearse them",
        ),
        lambda: _counted(
            _defining_sections(document),
            3,
            "a reference page: {n} sections (the first at line {line}) each define a term (`**Definition**:`), "
            "quoting questions only as examples; nothing here is a story or a problem to rehearse",
        ),
        lambda: _counted(
            [section.line for section in recognition.prompts],
            _FEWEST_PROMPTS,
            "a question list: {n} design questions (the first at line {line}) have only a line or a link under each "
            "(questions with no answers, perhaps), no requirements, steps or answer, so none is read as a problem; add the requirements or steps under one "
            "to rehearse it",
        ),
        lambda: _counted(
            _listed_designs(document),
            _FEWEST_PROMPTS,
            "a question list: {n} design questions (the first at line {line}) are listed one a line, with no "
            "requirements, steps or answer, so none is read as a problem; give one a heading over its requirements "
            "or steps to rehearse it",
        ),
        lambda: _counted(
            _about_the_candidate(document),
            _FEWEST_ABOUT_CANDIDATE,
            "a question list for the interviewer: {n} questions about the candidate (the first at line {line}), "
            "'Does the candidate …?', are signals to look for, without answers of one's own; nothing here is "
            "a story or a problem to rehearse",
        ),
        lambda: _counted(
            star_written_as_code(document),
            1,
            "an example inside code blocks: {n} fences (the first at line {line}) set the Situation, Task, Action and "
            "Result as fields of code, so they are shown, not read; write a story out of its fence to rehearse it",
        ),
        lambda: _counted(
            _index_links(document),
            1,
            "a reference page: an index of {n} links to other Markdown files (the first at line {line}); what they "
            "hold is read from those files, not from this one",
        ),
        lambda: _counted(
            _answering_guides(document),
            _FEWEST_ANSWERING_GUIDES,
            "a reference page on answering: {n} sections (the first at line {line}) say what the interviewer looks for "
            "and how to answer (`**Best practice to answer:**`), with no answer of your own; nothing here is a story to rehearse",
        ),
        # Questions that head the page's sections, or fill a tenth of its lines or more: a list
        # of them (with guidance on answering, perhaps), not a guide that quotes a few.
        lambda: _counted(_question_headings(document), 3, _on_principles(document) + _QUESTION_LIST),
        lambda: _counted(
            listed := _question_lines(document) or _titled_question_lines(document),
            1,
            _on_principles(document) + (_ANSWERED_LIST if _answered_below(listed, document) else _QUESTION_LIST),
        ),
        # A page that explains STAR and then gives its template in a fence to copy (`## Story Template`
        # over ```` ```text ```` holding `Situation:` over `What was happening?`): the template, left unfilled.
        lambda: (
            _counted(
                _templates_in_code(document),
                1,
                "an unfilled template inside a code block: {n} templates (the first at line {line}) lay out the STAR "
                "parts with only what to write in each; copy one out and write your own story into it to rehearse it",
                one="an unfilled template inside a code block: the template at line {line} lays out the STAR parts with "
                "only what to write in each; copy it out and write your own story into it to rehearse it",
            )
            or _explained(recognition.explainers[0], document)
        )
        if recognition.explainers
        else None,
        lambda: _counted(
            recognition.cheat_sheet or timed_in_code,
            1,
            "a cheat-sheet of timings: the timed steps at line {line} have no system to design (no 'Design …' title, "
            "problem statement or requirements), so no design problem is read",
        ),
        lambda: (recognition.routine[0].line, f"a reference page: {routine}") if routine else None,
        lambda: (
            (
                document.title.line,
                "a reference page for coding rounds (patterns, complexities, code templates): the app "
                "rehearses stories, design problems, deep dives and plans, not coding",
            )
            if document.title is not None and for_coding(normalize(document.title.title.text))
            else None
        ),
        lambda: _counted(
            [week.line for week in recognition.schedule],
            1,
            "a reference page: {n} steps tagged with their weeks in parentheses (the first at line {line}) overlap "
            "one another, '(Week 1-2)' after '(Week 1)': a project's schedule of activities, not a plan of weeks to practise",
        ),
    )
    return next((found for reason in reasons if (found := reason())), (1, NO_STRUCTURE))


_DEFINES = re.compile(r"^(?:definition|meaning|what it means)$")
# "**What is the interviewer looking for:**", "**Best practice to answer:**", "**How to answer:**": a guide's
# labels on answering a question, for anyone; two sections or more so make a page of them.
_ANSWERING_LABEL = re.compile(
    r"^(?:what (?:is )?(?:the )?interviewers? (?:is |are )?look(?:s|ing)? for|best practices? (?:to|for) answer(?:ing)?|how to answer)$"
)
_FEWEST_ANSWERING_GUIDES = 2


def _answering_guides(document: Document) -> list[int]:
    """The lines of the sections that say, under their labels, what the interviewer looks for
    and how to answer, when two or more do."""
    return [
        section.line
        for section in document.root.walk()
        if section is not document.root
        and sum(bool(_ANSWERING_LABEL.match(normalize(label_and_value(line)[0]))) for line in section.paragraph_lines() if line.lead_bold) >= 2
    ]


def _index_links(document: Document) -> list[int]:
    """The links to other Markdown files that make the page an index of them; none when
    interview questions outnumber them twice over (a list of questions, a few linking a
    worked answer in a file of its own: `- [Design a ledger app](problems/ledger-app.md)`)."""
    links = links_to_files(document)
    return links if len(_question_lines(document)) < 2 * len(links) else []


def _defining_sections(document: Document) -> list[int]:
    """The lines of the sections that open with a `**Definition**:` label, when half or more
    of the page's sections do: a glossary of principles or terms, whatever it quotes."""
    headings = [section for section in document.root.walk() if section is not document.root]
    defining = [
        section.line
        for section in headings
        if any(_DEFINES.match(normalize(label_and_value(line)[0])) for block in section.blocks for line in block_lines(block))
    ]
    return defining if len(defining) * 2 >= len(headings) else []


_QUESTION_LIST = (
    "a question list: {n} interview questions (the first at line {line}) without answers; a question becomes "
    "a story to rehearse once it has its Situation, Task, Action and Result"
)
# Questions each answered on the line under them (`A: Blameless review within a week, …`), in words no one tells as
# their own: a guide's model answers, or notes the reader cannot tell from them.
_ANSWERED_LIST = (
    "a question list: {n} interview questions (the first at line {line}) have answers, but none told as your own "
    "('I …', or the Situation, Task, Action and Result); a question becomes an answer to rehearse once it is"
)


def _answered_below(asked: list[int], document: Document) -> bool:
    """Whether half the question lines or more have the next line of text open with an answer's mark (`A:`, `**Answer:**`)."""
    lines = {line.number: line for line in document.root.all_lines() if line.text}
    following = sorted(lines)
    after = [following[at] for number in asked if (at := bisect_right(following, number)) < len(following)]
    return 2 * sum(marked_answer(lines[number].prose) for number in after) >= len(asked) > 0


_FEWEST_PRINCIPLE_SECTIONS = 3


def _on_principles(document: Document) -> str:
    """What a page of questions is besides, when half or more of its sections, three at least,
    are named for Leadership Principles (`## 1. Customer Obsession` over what it means and the
    questions that probe it), or a table names one a row: a reference page on them, its questions a list."""
    top = document.title.children if document.title is not None and document.title.children else document.root.children
    # ... or of one top section's (`# 1. Amazon Leadership Principle이란?` over `## 01. Customer Obsession`, …).
    many = any(
        (named := sum(principle_in_heading(section.title.text) is not None for section in sections)) >= _FEWEST_PRINCIPLE_SECTIONS
        and 2 * named >= len(sections)
        for sections in (top, *(section.children for section in top))
    )
    return "a reference page on the Leadership Principles, and " if many or _principles_tabled(document) else ""


def _principles_tabled(document: Document) -> bool:
    """Whether a table of the page names a principle on each of its rows, three or more and half
    its rows at least (`| Customer Obsession | Tell me about a time you went above and beyond |`):
    the principles looked up one a row, with what each means or the question that probes it."""
    return any(
        2 * (named := sum(any(canonical_principle(cell.text.strip(" *_")) for cell in row) for row in block.rows)) >= len(block.rows)
        and named >= _FEWEST_PRINCIPLE_SECTIONS
        for section in document.root.walk()
        for block in section.blocks
        if isinstance(block, Table)
    )


def _about_method(document: Document) -> bool:
    return document.title is not None and explains_method(document.title.title.text)


_QUESTION_HEADING_SHARE = 0.25


def _question_headings(document: Document) -> list[int]:
    """The lines of the headings that are interview questions, when they head a quarter of
    the page's sections or more (a guide with a few questions among its topics is no list)."""
    headings = [section for section in document.root.walk() if section is not document.root]
    # A question that heads a part of each of several sections ("What is it?" under every
    # concept of a topic page) names a section, not an interview question.
    repeated = Counter(normalize(section.title.text) for section in headings)
    asked = [s.line for s in headings if _is_interview_question(s.title) and repeated[normalize(s.title.text)] == 1]
    return asked if len(asked) >= _QUESTION_HEADING_SHARE * len(headings) else []


def _listed_designs(document: Document) -> list[int]:
    """The list items that each ask for a design ("Design a Web Crawler"), when they fill a
    tenth of the page's lines or more: an index of design questions."""
    lines = [line for line in document.root.all_lines() if line.text]
    listed = [
        item.lines[0].number
        for section in document.root.walk()
        for block in section.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if item.lines and names_a_design(item.lines[0].text) and not item.lines[0].link_only  # a talk or post to watch or read, no question put
    ]
    return listed if len(listed) >= _QUESTION_SHARE * len(lines) else []


# "Does the candidate separate what the team did from what they did?", "How does the candidate decide?": the
# interviewer's side of the table, what to look for in a candidate's answers, asked of the candidate in the third person.
_ABOUT_CANDIDATE = re.compile(r"\bcandidate(?:'s|’s)?\b[^?]*\?\s*$", re.IGNORECASE)
_FEWEST_ABOUT_CANDIDATE = 3


def _about_the_candidate(document: Document) -> list[int]:
    """The lines that ask about the candidate in the third person, when they fill a tenth of
    the page's lines or more (three at least): an interviewer's guide of signals, not questions to answer."""
    lines = [line for line in document.root.all_lines() if line.text]
    asked = [line.number for line in lines if _ABOUT_CANDIDATE.search(line.text)]
    return asked if len(asked) >= _QUESTION_SHARE * len(lines) else []


def _question_lines(document: Document) -> list[int]:
    """The lines that are interview questions, when they fill a tenth of the page's lines or
    more (three at least): a list of questions, not a topic page or a guide quoting a few."""
    lines = [line for line in document.root.all_lines() if line.text]
    asked = [line.number for line in lines if _is_interview_question(line) or _asked_abroad(line.text)]
    return asked if len(asked) >= max(3, _QUESTION_SHARE * len(lines)) else []


def _asked_abroad(text: str) -> bool:
    """A question put to the candidate in Chinese or Korean; not a paragraph of advice told in
    sentences, two closed by a full stop (。) or more and none asking ("if you are a line manager, you
    can talk about how you made the move …。… 。"): advice to the reader, no question put."""
    if text.count("\u3002") >= _SENTENCES_TOLD and "?" not in text and "\uff1f" not in text:
        return False
    return bool(_ASKED_IN_CHINESE.search(text) or _ASKED_IN_KOREAN.search(text))


_SENTENCES_TOLD = 2


# "组里有人…你怎么帮他", "团队里有人不想参加复盘会议怎么办": a question put to the candidate in Chinese,
# 你 with a word that asks (怎么, 如何, 什么, 吗, 咋), or "what to do" (怎么办) with no mark.
_ASKED_IN_CHINESE = re.compile(r"你.*(?:怎么|如何|什么|吗|咋)|(?:怎么|如何|咋)\S*办")
# "지원자는 왜 우리 회사에 지원했나요?", "본인의 장점을 말해보세요": one put to the candidate in Korean, who is
# called the applicant (지원자) or oneself (본인, 당신), asked with a question mark or bid to tell (…주세요, …보세요).
_ASKED_IN_KOREAN = re.compile(r"(?:지원자|본인|당신).*(?:[?\uff1f]|[주보]세요)")


# "Sharding & Replication Interview Questions", "Behavioral Questions": a page that says it is a list of questions,
# in the author's language too ("Preguntas de Entrevista por Tipo", "Interviewfragen").
_QUESTIONS_TITLE = re.compile(r"\b(?:interview|behaviou?ral) questions\b|\b(?:preguntas|perguntas) de entrevista\b|\binterviewfragen\b")


def _titled_question_lines(document: Document) -> list[int]:
    """On a page titled as a set of interview questions, its lines that ask one ("What is
    replication lag?"), three or more; else those under a heading so titled (`## Interview
    Questions`), two or more, when they fill a tenth of the page's lines."""
    if _titled_questions(document) or _named_questions(document):
        asked = [line.number for line in document.root.all_lines() if line.text and asks(line.text)]
        return asked if len(asked) >= _FEWEST_ASKED else []
    titled = [section for section in document.root.walk() if _QUESTIONS_TITLE.search(normalize(section.title.text))]
    asked = [line.number for section in titled for line in section.all_lines() if line.text and asks(line.text)]
    lines = sum(1 for line in document.root.all_lines() if line.text)
    return asked if len(asked) >= max(2, _QUESTION_SHARE * lines) else []


_FEWEST_ASKED = 3


def _titled_questions(document: Document) -> bool:
    return document.title is not None and bool(_QUESTIONS_TITLE.search(normalize(document.title.title.text)))


# "interview-question.md", "kafka_interview_questions.md": a file named as a set of interview questions.
_QUESTIONS_NAME = re.compile(r"\binterview questions?$")


def _named_questions(document: Document) -> bool:
    """A page with no title of its own, its text opening before any heading (numbered questions
    from its first line, `## REFERENCE` after them), named so by its file: the name is the title it leaves out."""
    untitled = document.title is None or bool(document.root.blocks)
    return untitled and bool(_QUESTIONS_NAME.search(normalize(document.name)))


def _counted(lines: list[int], least: float, message: str, one: str | None = None) -> tuple[int, str] | None:
    """The message for a reason that takes `least` places or more, at the first of them
    (`one`, when given, says it of a single place)."""
    if not lines or len(lines) < least:
        return None
    said = one if one is not None and len(lines) == 1 else message
    return lines[0], said.format(n=len(lines), line=lines[0])


_FENCE_SHARE = 0.25


def _small_part(example: tuple[int, str, int, int] | None, document: Document) -> bool:
    """An example in a fence filling a small part of a long page (a quarter of its lines or
    less): the page is a guide that shows it, not a page written to hold it."""
    return example is not None and example[3] < _FENCE_SHARE * document.line_count


def _code_example(example: tuple[int, str, int, int] | None, guide: str | None) -> tuple[int, str] | None:
    if example is None:
        return None
    line, kind, fence, _ = example
    shown = f"the {kind} at line {line} is in the code block that starts at line {fence}, so it is shown, not read"
    if kind.endswith("template"):
        return line, f"an unfilled template inside a code block: {shown}; copy it out and write your own into it to rehearse it"
    if guide is not None:
        # A guide that shows its examples in code: the page is the guide.
        return line, f"a reference page: its examples are inside code blocks ({shown})" + (f"; {guide}" if guide else "")
    return line, f"an example inside a code block: {shown}; take it out of the ``` fence to rehearse it"


def _explained(section: Section, document: Document) -> tuple[int, str]:
    where = f"'{section.title.text}' at line {section.line}" if section.title.text else f"the text at line {section.line}"
    if shown_in_code(section):
        return section.line, (
            f"a reference page: {where} writes its STAR parts inside code blocks, so they are shown, not read; "
            "take them out of the ``` fences to rehearse them"
        )
    if any(behavioral_role(child.title.text) == "question" for child in section.children):
        return section.line, (
            f"a question list for the interviewer: {where} asks a question and says what a good STAR answer holds, "
            "without answers of its own, so there is nothing to rehearse"
        )
    titles = (section.title.text, document.title.title.text if document.title else "")
    if any("template" in normalize(title).split() for title in titles):
        # A page that calls itself a template, its parts saying what to write: blanks to fill.
        return section.line, (
            f"an unfilled template: {where} says what to write in each STAR part but tells no story yet; "
            "write yours into it to rehearse it"
        )
    return section.line, f"a reference page: {where} explains the STAR parts but tells no story, so there is nothing to rehearse"


def _routine_note(document: Document, weeks: list[Section]) -> str | None:
    if not weeks:
        return None
    share = round(100 * sum(week.end_line - week.line + 1 for week in weeks) / max(document.line_count, 1))
    return (
        f"its {len(weeks)} week headings (the first, '{weeks[0].title.text}', at line {weeks[0].line}) fill {share}% "
        "of a file not titled as a plan: weeks inside a guide, not a practice plan to follow"
    )


# "**Your Task:** Write a comprehensive response plan ...", "Develop a scaling strategy ...":
# a prompt whose answer is a document.
_WRITE = re.compile(
    r"^\W*(?:write|draft|develop|create|prepare|design)\b.{0,80}?\b(?:plan|strategy|proposal|document|memo|roadmap)\b",
    re.IGNORECASE,
)


def _asks_for_writing(section: Section) -> bool:
    """A heading whose own text gives a task that asks for a written answer."""
    return any(
        line.lead_bold
        and question_on(line) is None
        and normalize(line.lead_bold) in ("your task", "task", "the task")
        and _WRITE.match(line.after_lead.lstrip(": "))
        for line in section.paragraph_lines()
    )


_PLACEHOLDER = re.compile(r"\[[^\[\]]+\](?!\()")


def _answer_template(section: Section) -> bool:
    """A heading named a template ("Successful Project – Answer Template") over an answer
    with two or more [placeholders] in it."""
    if "template" not in normalize(section.title.text).split():
        return False
    text = " ".join(line.text for block in section.blocks for line in block_lines(block))
    # `**SCOPE \[5 min]**`: a step's time in brackets is no blank to fill (parser._is_placeholder says so too).
    return sum(not read_duration(found[0][1:-1].strip()) for found in _PLACEHOLDER.finditer(text)) >= 2


def _in_prose(section: Section) -> bool:
    """An interview question answered in prose (on a page that explains STAR, such answers
    illustrate it: the explainer says why instead)."""
    return _is_interview_question(section.title) and _answered_in_prose(section)


def _answered_in_prose(section: Section) -> bool:
    """Whether a heading's own paragraphs and lists hold an answer written out: some words,
    told in the first person (guidance on what to say speaks to "you")."""
    lines = [line.text for block in section.blocks for line in block_lines(block) if not isinstance(block, Table)]
    return sum(len(text.split()) for text in lines) >= _PROSE_ANSWER_WORDS and told_by_me(" ".join(lines))


# "Your team keeps missing dates. What do you do?": a hypothetical put to "you" and ended
# with a question.
_SCENARIO_QUESTION = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:you|your|an?|two|the)\b.*\byou\b.*\?\W*$", re.IGNORECASE)
_SCENARIO_WORDS = 8


# "Q: **Team Conflict** - Describe a time …": a question named before it, after a plain label.
_NAMED_QUESTION = re.compile(r"^q\d*\s*[:.]\s*[^?:\-\u2013\u2014]{1,40}?\s[-\u2013\u2014]\s+(?=\S)", re.IGNORECASE)


_ANSWERED_WORDS = 3


def _is_interview_question(line: Line) -> bool:
    text = line.text
    if line.lead_bold is None and (named := _NAMED_QUESTION.match(text)):
        text = text[named.end() :]
    scenario = bool(_SCENARIO_QUESTION.match(text)) and len(text.split()) >= _SCENARIO_WORDS
    asked = question_on(line)
    if line.lead_bold is not None and asks(line.lead_bold) and len(line.after_lead.split()) >= _ANSWERED_WORDS:
        return False  # "**How do you keep order?** Use a FIFO queue …": asked and answered on its line
    if asked is not None and line.lead_bold is not None and not names_questions(line.lead_bold):
        # `**Q: What does a hit ratio tell you?**` quizzes a concept: only an interview
        # question bold with its label (`**Q1: Tell me about …**`) makes a question list.
        return opens_a_question(asked) or scenario
    return asked is not None or opens_a_question(text) or scenario


def _examples_in_code(document: Document) -> tuple[tuple[int, str, int, int] | None, list[int], bool]:
    """The first item written inside a fenced Markdown example (its line, kind, the fence's
    line and its length in lines), the lines of timed steps written in fences (a list of
    timings is a cheat-sheet wherever it is written), and whether a fence before the first
    item explains the STAR method (`Situation: 15% (20-30 seconds)`)."""
    kinds = {"behavioral": "story", "system_design": "design problem", "plan": "practice plan", "deep_dive": "deep dive"}
    timed: list[int] = []
    explains = False
    # A page written wholly inside one fence ("```python" from its first line to its last) is
    # text put in a fence, whatever program's language the fence names (a ```markdown one is
    # opened before the page is read: page_fence.py).
    whole = not any(line.text for line in document.root.all_lines())
    for section in document.root.walk():
        for block in _code_blocks(section):
            if (block.info.strip().lower() not in _CODE_LANGUAGES and not whole) or not block.text.strip():
                continue
            if not block.info.strip() and _written_as_code(block.text):
                continue  # a plain fence of code, its comments (`# Acquire the lock`) no headings of an example
            inner = recognise(parse_markdown(block.text))
            timed += [block.line + line for line in inner.cheat_sheet]
            timed += [block.line + 1 for found in inner.found if found.rule == "timed-phases"]
            explains = explains or bool(inner.explainers)
            for found in (found for found in inner.found if found.rule != "timed-phases"):
                line = block.line + (found.section.line if not found.file_level else 1)
                # "## Story Title: [Descriptive Name]": a template to copy, its title still to fill in.
                named = found.section.title.text or next((child.title.text for child in found.section.children), "")
                kind = kinds[found.kind] + (" template" if _PLACEHOLDER.search(named) else "")
                return (line, kind, block.line, block.text.count("\n") + 2), timed, explains
    return None, timed, explains


def _templates_in_code(document: Document) -> list[int]:
    """The lines of the fences under a heading named a template (`## Story Template` over ```` ```text ````)
    whose text, read alone, lays out the STAR parts and tells no story (`Situation:` over `What was
    happening?`, or parts left empty): a skeleton to copy and fill in, whatever explains STAR above it."""
    return [
        block.line
        for section in document.root.walk()
        if "template" in normalize(section.title.text).split()
        for block in _code_blocks(section)
        if block.info.strip().lower() in _CODE_LANGUAGES
        and not (inner := recognise(parse_markdown(block.text))).found
        and (inner.explainers or inner.unfilled)
    ]


# Lines only code has: an assignment, a call alone on its line, a brace alone, a keyword opening a statement.
_CODE_LINE = re.compile(
    r"^\s*(?:[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*=\s*\S|[A-Za-z_][\w.]*\(.*\)\s*;?$|[{}\[\]()]\s*[,;]?$"
    r"|(?:def|class|import|from|return|while|for|if|elif|else|try|except|const|let|var|function|func)\b.*[:{;)]$)"
)
_CODE_LINES = 3


def _written_as_code(text: str) -> bool:
    """Whether a fence's text has the lines of a program (three or more), not of Markdown."""
    return sum(1 for line in text.splitlines() if _CODE_LINE.match(line)) >= _CODE_LINES


def _code_blocks(section: Section) -> Iterator[Code]:
    for block in section.blocks:
        if isinstance(block, Code):
            yield block
        else:
            for item in getattr(block, "items", ()):
                for inner in item.blocks:
                    if isinstance(inner, Code):
                        yield inner
