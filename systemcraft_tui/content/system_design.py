"""Reads system design problems (Template 2): requirements, timed phases, follow-ups."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from systemcraft_tui.content.follow_ups import names_follow_ups
from systemcraft_tui.content.labelled_questions import ONE_QUESTION
from systemcraft_tui.content.labels import ANSWER_ABROAD, TIMING, meaning, mentions_follow_ups
from systemcraft_tui.content.markdown_tree import (
    Block,
    Code,
    Document,
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
    Criterion,
    Phase,
    Probe,
    Requirement,
    SystemDesignProblem,
)
from systemcraft_tui.content.names import (
    LABEL_SEPARATORS,
    english_gloss,
    file_title,
    is_answer_label,
    normalize,
    strip_quotes,
    without_symbols,
)
from systemcraft_tui.content.principles import canonical_principle
from systemcraft_tui.content.questions import asks_what_happened
from systemcraft_tui.content.read_memo import per_heading
from systemcraft_tui.content.reading import (
    OPENING_QUESTION,
    STEP_CODE,
    FileContext,
    bold_title,
    cell,
    criteria,
    difficulty_level,
    fence_lines,
    find_section,
    first_table,
    item_fields,
    item_texts,
    label_and_value,
    labelled_value,
    level_columns,
    levels_in,
    list_items,
    prose,
    quoted_whole,
    read_probes,
    section_levels,
    split_title,
    under_label,
    under_labels,
    without_numbering,
)
from systemcraft_tui.content.timing import (
    DEFAULT_DESIGN_PHASES,
    DIGIT,
    TimingError,
    Window,
    equal_share,
    leading_timing,
    minutes_said,
    parse_duration,
    read_duration,
    split_timing,
)
from systemcraft_tui.core.wording import count

_FORMAT = re.compile(r"format\W+(\d+)[\s-]*min", re.IGNORECASE)
# Its repeats are possessive: a space or a dash given back could not be what follows it.
_THEMATIC_BREAK_AT_END = re.compile(r"\n\s*+(?:-{3,}+|\*{3,}+|_{3,}+)\s*+$")


def read_system_design(section: Section, ctx: FileContext, *, file_level: bool, within: bool = False) -> SystemDesignProblem:
    """The problem under a heading, or the whole file's (file_level: read from its root);
    within: a problem inside the page's own item (an exercise in a deep dive), to which the
    file's title does not give its level."""
    top, fields = item_fields(section, ctx, file_level=file_level)
    # A page of one design's follow-ups: the design is asked elsewhere, the page names it.
    elsewhere = follow_ups_of(ctx.document.title) if file_level else None
    example = worked_example(ctx.document.title) if file_level else None  # the problem a method page is shown on
    if file_level and (named := subject(ctx.document)) is not ctx.document.title and named is not None:
        fields["title"] = split_title(named.title.text)[1]  # "URL Shortener", not "Session 1: URL Shortener"
    elif file_level and (
        untitled_steps(ctx.document)
        or _ASKING_LABEL.match(normalize(without_numbering(fields["title"])))
        or (names_a_part(fields["title"]) and _file_names_design(ctx.document.name))
    ):
        # Its first heading is a step, or only labels the prompt (`### Question`), not its name
        # (`## Deciding Requirements` in design-instagram-newsfeed.md: the file names the design).
        fields["title"] = file_title(ctx.document.name)
    elif file_level and notes_named_as_ask(ctx.document):
        if _asked_by_file_name(ctx.document) is None:
            fields["title"] = file_title(_CAMEL_WORDS.sub(" ", ctx.document.name))  # "CDNEdgeCache": "CDN Edge Cache"
        else:
            fields["title"] = file_title(_ASK_RUN_ON.sub(r"\1 ", ctx.document.name))  # "DesignPastebin": "Design Pastebin"
    elif file_level and (case := _case_of_folder(ctx.document) or elsewhere):
        fields["title"] = case
    elif file_level and _ANY_PAGES_PART.match(normalize(fields["title"])) and (placed := _named_by_place(ctx.path)):
        # `# Description` over a project's own design (`ChatCsharp/Docs/Description.md`): a title
        # naming only a part any page has; the file, its folder or its project names the system.
        fields["title"] = placed
    elif file_level and example is not None and not names_a_system(ctx.document.title):
        fields["title"] = example  # the problem the method is shown on, not the method's name
    if labelled := _LABELLED_NAME.match(fields["title"]):
        fields["title"] = labelled["name"].strip()  # "Problem Statement : Online Code Judge": the label is no part of the name
    elif in_series := _IN_A_SERIES_OF_DESIGNS.match(fields["title"]):
        fields["title"] = in_series["name"].strip()  # "常见系统设计题系列-秒杀系统": the system, not the series
    elif round_ask := asked_in_round(section):
        fields["title"] = _designed(round_ask)  # `# Phone System Design` names the round: the system is what it asks for
    code, title_asks = split_title(fields["title"])
    after, before = normalize(title_asks), normalize(code or "")
    beside_kind = bool(_ABOUT_METHOD.search(after)) and not (_DISCIPLINE.match(before) or _ABOUT_METHOD.search(before))
    if code and (_DISCIPLINE.match(after) or beside_kind):
        # "Rate Limiter — High Level Design", "Ride Receipts Service – Interview Notes": the system, beside the
        # discipline or the kind of page.
        title_asks = code
    elif (
        code
        and _DESIGN_TITLE.match(words := normalize(code))
        and not _DISCIPLINE.match(words)  # "Design de Sistema: Serviço de Notificações" names the discipline
        and not any(ch.isdigit() for ch in code)  # "Design 1: Ticket Booking" numbers the design
        and not _ASKS_FOR_DESIGN.search(normalize(title_asks))
        and not title_asks.lower().startswith("design ")
    ):
        # "Design a Rate Limiter — A Candidate's Walkthrough", "Design Ticketmaster: Interview Design Case
        # Study": the ask, beside the kind of page.
        title_asks = code
    if title_asks.lower().startswith("design "):
        title_asks = _KIND_AFTER_ASKING.sub("", title_asks)  # "Design Instagram System Design Answer" asks "Design Instagram"
        if _timing_of(title_asks):
            title_asks = split_timing(title_asks)[0]  # "Design Twitter (45 min)": the round's length, no part of the ask
    elif example is not None and title_asks == example:
        title_asks = f"Design {title_asks}"  # asked as the page names it
    problem = SystemDesignProblem(**fields, question=title_asks)
    # "**Level**: L6 | **Format**: 60-minute interview" under the title says the level.
    problem.levels = levels_in(labelled_value(top, "level") or "") or section_levels(top) or problem.levels
    if not problem.levels and not file_level:
        # One of several problems under "# L6 System Design Problems": the level of the
        # headings around it, as for stories.
        around = [above for above in _enclosing(ctx.document.root, section) if not (within and above is ctx.document.title)]
        problem.levels = next((found for above in around if (found := section_levels(above))), ())
    if not problem.levels and file_level:
        # A mock's record graded against a level's bar (`# 8. Interviewer Grading (Staff / L6 bar)`): the
        # level it was rehearsed at. Not a section that only names a level (`## L6 Depth`: what one would add).
        graded = (section for section in ctx.document.root.walk() if _GRADED.search(normalize(section.title.text)))
        problem.levels = next((found for section in graded if (found := levels_in(section.title.text))), ())
    root = ctx.document.root if file_level else section
    if part := find_section(root, "business context"):
        problem.business_context = prose(part)
    if part := find_section(root, "functional requirements", exclude="non functional"):
        problem.functional_requirements = item_texts(part)
    if part := find_section(root, "non functional requirements"):
        problem.non_functional = _requirements(part, problem.levels)
        if not problem.levels:
            table = first_table(part)
            problem.levels = tuple(level_columns(table)) if table else ()
    if part := find_section(root, "constraints"):
        problem.constraints = criteria(list_items(part))
    title = ctx.document.title
    put = questioned_design(title) if file_level and title is not None else []
    # One of a bank's systems, each named over its follow-ups: those are its questions, no steps. One
    # of a screening round's short discussions: asked by its Question line, its answer no steps either.
    followed = not file_level and section in followed_up_systems(ctx.document)
    discussed = not file_level and section in discussed_designs(ctx.document)
    led = None if put or followed else _led_by_design_within(root)
    if followed:
        problem.follow_ups = read_probes(replace(section, blocks=[]))
    elif led:  # a page of questions led by a design prompt: the prompt's answer lays out the steps
        prompt, asked = led
        problem.follow_ups = read_probes(replace(prompt, blocks=[], children=asked))
    elif put:  # a page of questions about the design: each a follow-up, the steps none of them
        assert title is not None
        problem.follow_ups = _put_questions(title, put)
    else:
        problem.follow_ups = _follow_ups(root) or (_follow_ups_beside(ctx.document.root, section) if not file_level else [])
    if part := find_section(root, "l6 depth"):
        problem.l6_depth = item_texts(part)
    if part := find_section(root, "l7 strategic"):
        problem.l7_strategic = item_texts(part)
    if part := find_section(root, "success metrics"):
        problem.success_metrics = item_texts(part)
    # A page of questions about the design, or an answer told at two lengths in a case's folder:
    # its sections are no steps, the preset's are.
    spoken = put or followed or discussed or elsewhere is not None or (file_level and folder_case(ctx.document) is not None)
    asking = led[0] if led else put[0] if put and asks_for_design(put[0], file_title=False) else None
    # The prompt's answer lays out the steps (`**Step 1: Requirements**` under "How would you design …?").
    steps = asking if asking is not None else replace(section, blocks=[], children=[]) if spoken else root
    parent = next(iter(_enclosing(ctx.document.root, section)), ctx.document.root)
    laid_out = not (led or file_level) and (_collection(parent) or sum(map(walks_a_design, parent.children)) >= 2)
    own = _phases(steps, ctx) or (_shared_phases(ctx.document, section, ctx) if not file_level else [])
    own = _with_untimed_steps(own, steps, ctx, problem.title, laid_out)
    problem.phases = _with_references(own or _default_phases(steps, ctx, top.line, problem.title, laid_out), ctx.document)
    if asking is not None:
        problem.question = strip_quotes(without_numbering(QUESTION_CODE.sub("", asking.title.text)))
    elif discussed:
        problem.question = discussed_question(section)  # the scene and what it asks, on its Question line
    elif elsewhere is None and (design_question := _asked_design(root, titled=bool(_ASKS_FOR_DESIGN.search(normalize(problem.question))))):
        problem.question = design_question
    elif elsewhere is None and file_level and (proposed := _proposed_under_label(root)):
        problem.question = proposed
    elif elsewhere is None and file_level and (named_ask := _asked_of_named(ctx.document)):
        problem.question = named_ask  # "How would you design a webhook dispatcher?" in WebhookDispatcher.md's notes
    elif elsewhere is None and file_level and title is not None and (quoted_ask := _quoted_title_ask(title)):
        problem.question = quoted_ask  # "… the prep sheet for "Design a Key-Value Store"." under the title
    elif not file_level and (case_asks := _case_asks(section, ctx.document.title)):
        problem.question = case_asks  # `## Exercise 2: News Feed` over "How would you store a user's feed?"
    _check_format(problem, top, ctx)
    if not problem.follow_ups:
        ctx.warning(top.line, no_follow_ups(problem))
    return problem


# "Interviewer Grading", "Evaluation", "Scorecard", "Feedback": how the interview was judged.
_GRADED = re.compile(r"\b(?:grad(?:e|ed|ing)|evaluation|assessment|scorecard|scores?|feedback|verdict)\b")


def no_follow_ups(problem: SystemDesignProblem) -> str:
    """What a design with no follow-up questions is warned of (withdrawn once the page's own are given it)."""
    return f"design problem {problem.title!r} has no follow-up questions"


# The kind of page after the ask ("… System Design Answer"), none of the question.
_KIND_AFTER_ASKING = re.compile(r"\s+system\s+design(?:\s+(?:answer|solution|notes|interview))?\s*$", re.IGNORECASE)


# `**Task:** Design a parking garage reservation system`: the prompt, written on a line.
# In a mock interview's script, the interviewer's first line that asks for a design is the prompt.
# ... and Chinese 问 (question) and a full-width colon over a design asked for (`设计一个抢票系统`).
# ... and a brief's label (`**Brief:**` over "Design a system that tracks …").
_PROMPT_LABEL = re.compile(r"^(?:the )?(?:task|prompt|problem(?: statement)?|question|q|ask|challenge|interviewer|goal|what|brief)$|^[\u95ee\u554f]$")  # "**What:** Design a …"
_INTERVIEWER = re.compile(r"^(?:the )?interviewer$|^i$")  # "**I:**" where "**C:**" is the candidate
# The problem's statement in the author's language: 题目, 题目描述 (Chinese), 題目 / 問題 (Japanese), 문제
# (Korean), Задача (Russian), Problema / Enunciado (Spanish, Portuguese), Aufgabe (German), Énoncé (French),
# Bài toán / Đề bài (Vietnamese).
STATEMENT_WORDS = r"题目(?:描述)?|題目|问题描述|問題|문제|задача|постановка задачи|problema|enunciado|aufgabe(?:nstellung)?|énoncé|bài toán|đề bài"
_STATEMENT = re.compile(rf"^(?:\d+ )*(?:the )?(?:(?:core|main) )?(?:problem statement|problem description|statement|prompt|goal|topic)(?: (?:and )?(?:goals?|scope|objectives?|context|constraints?|requirements|assumptions))?$|^(?:{STATEMENT_WORDS})$")


def _follow_ups(root: Section) -> list[Probe]:
    """The follow-up questions: a section named for them, a list under such a bold label
    (`**Follow-up questions I was asked:**`), or a section whose subheadings are all
    questions ("## Interview Discussion Points" over "### How to prevent double-booking?"),
    unless they are the candidate's own clarifying questions."""
    named = [s for s in root.walk() if names_follow_ups(s.title.text)]
    # Of two so named, the one that asks: "## Follow-up Questions to Expect" after "## Scaling
    # Discussion Points" that only lists topics.
    section = next((s for s in named if _mostly_asked(read_probes(s))), named[0] if named else None)
    read = read_probes(section) if section is not None else []
    # One so named that asks nothing (`# 9. Roadmap Follow-Up` over topics to study after a mock) gives
    # way to the questions the record asks and answers (`Question: …` then `Answer: …` in its deep dive).
    if section is not None and not any(_is_question(probe.question) for probe in read) and (answered := _answered_questions(root)):
        return answered
    # A section so named with no questions is read as one not so named is ("### Scaling Pushback" over `**Probe 1: "…"**` lines).
    if section is not None and (probes := _with_interviewer_lists(read, root)):
        # ... and a list under a follow-ups label elsewhere on the page (`🎯 **Likely Follow-ups:**` closing a step).
        elsewhere = (listed for listed in under_labels(root, _labels_follow_ups) if not section.line <= listed.line <= section.end_line)
        known = {probe.question for probe in probes}
        probes += [probe for probe in _read_each(elsewhere) if probe.question not in known]
        # ... and in a mock interview's script before it, the questions the interviewer asks as it goes.
        known = {normalize(probe.question) for probe in probes}
        spoken = [probe for probe in _interviewer_questions(root) if normalize(probe.question) not in known]
        return sorted(probes + spoken, key=lambda probe: probe.line) if spoken else probes
    # Every list so labelled, one a heading: `**Probing Questions:**` in each deep dive's subsection.
    if listed := _read_each(under_labels(root, _labels_follow_ups)):
        return listed
    if turns := _interviewer_turns(root):
        return turns
    # With no follow-ups section, a mock script's lists under the interviewer's labels in its steps
    # are still the questions put to the design: not a step that only happens to ask (its answers
    # listed after them would read as questions too).
    if listed := _with_interviewer_lists([], root):
        return listed
    asked = _questions_section(root)
    if asked:
        return read_probes(replace(asked, children=[child for child in asked.children if not _left_empty(child)]))
    return (
        _labelled_questions(root)
        or _step_of_questions(root)
        or _numbered_probes(root)
        or _answered_questions(root)
        or _interviewer_questions(root)
        or _questions_on_label_line(root)
        or _bold_questions_asked(root)
        or _callout_questions(root)
        or _bold_questions_answered(root)
        or _coded_questions_answered(root)
        or _put_after_the_walk(root)
        or _questions_left_open(root)
    )


def _put_after_the_walk(root: Section) -> list[Probe]:
    """The questions a deeper discussion puts to the design after its walk, each a heading of
    the walk's level (_questions_after_walk): its follow-ups, answered under them or left open."""
    asked = [section for section in _questions_after_walk(root) if _put_as_question(section.title.text)]
    return read_probes(replace(root, blocks=[], children=asked)) if asked else []


_FEWEST_PUT_AFTER = 3


def _questions_after_walk(root: Section) -> list[Section]:
    """The headings that close a design's write-up from its first question on, after two steps
    or more (`## Step 1: Clarify Requirements`, `## High-Level Architecture`, then `## Which store keeps
    the schedules?`, `## How is a job never run twice?` …): three questions or more, and
    three in four of those headings or more (a note among them, `## scheduler leader chosen
    through a lease …`, answers the one before it). Questions put to the design, no steps of it.
    Empty on any other page: a question heading among the steps is one of them."""
    children = _write_up(root).children
    first = next((n for n, child in enumerate(children) if _put_as_question(child.title.text)), None)
    if first is None or first < _FEWEST_SIBLING_STEPS:
        return []
    rest = children[first:]
    asked = sum(_put_as_question(child.title.text) for child in rest)
    if asked < _FEWEST_PUT_AFTER or 4 * asked < 3 * len(rest):
        return []
    # The write-up closing, after its last question, on headings that name a part of a design
    # (`## 8. Trade-offs worth saying aloud`) goes back to its walk: those are steps, no questions.
    while not _put_as_question(rest[-1].title.text) and _DESIGN_PHASE.search(normalize(phase_name(rest[-1].title.text))):
        rest = rest[:-1]
    return rest


# "### Q: Explain the counter fix with an example": coded as a question, though it asks without a mark.
_CODED_QUESTION = re.compile(r"^\W*q\d*\s*:\s*\S", re.IGNORECASE)


def _put_as_question(heading: str) -> bool:
    """A heading put to the design as a question: asked with its mark, or coded `Q:` (a
    practice log's `### Q: Explain … in more depth` beside `### Q: Won't …?`)."""
    return _is_question(heading) or bool(_CODED_QUESTION.match(without_numbering(heading)))  # `4. Q: …` too


def _questions_left_open(root: Section) -> list[Probe]:
    """In notes with no heading at all, a question alone in its paragraph with no list under it
    (`How often should a page be fetched again?` after the design's parts): a follow-up the
    author left open. One over a list labels what the list answers (`What does it need to do?`)."""
    if root.level > 0 or root.children:
        return []  # a heading's text, or a page's: its headings say what its questions are
    blocks = root.blocks
    return [
        Probe(strip_quotes(block.lines[0].text), None, None, block.line)
        for number, block in enumerate(blocks)
        if isinstance(block, Paragraph)
        and len(block.lines) == 1
        and _is_question(block.lines[0].text)
        and not (number + 1 < len(blocks) and isinstance(blocks[number + 1], ListBlock))
    ]


_FEWEST_ANSWERED = 2


def _bold_questions_answered(root: Section) -> list[Probe]:
    """Questions put to the design in bold as its walk goes, each answered after it
    (`**Isn't the key service a single point of failure?** Yes: a standby takes over.`), two
    or more anywhere in the problem: what an interviewer would ask, its follow-ups."""
    asked = [
        Probe(strip_quotes(question), None, None, line.number)
        for section in root.walk()
        for block in section.blocks
        if isinstance(block, Paragraph)
        for line in block.lines
        if (question := (line.lead_bold or "").strip() or _quoted_alone(line, block)).endswith(("?", "\uff1f"))
        and not _ASKS.match(question)
    ]
    return asked if len(asked) >= _FEWEST_ANSWERED else []


_QUOTED_QUESTION = re.compile(r'^["\u201c][^"\u201c\u201d]+[?\uff1f]["\u201d]$')  # one question, whole in its quotes


def _quoted_alone(line: Line, block: Paragraph) -> str:
    """A question quoted alone in its paragraph, as the interviewer says it (`> "Can you guarantee
    ordered delivery?"` under a deep dive): put to the design as the bold ones are."""
    return strip_quotes(line.text) if len(block.lines) == 1 and _QUOTED_QUESTION.match(line.text) else ""


# `Q: What happens when one shard runs hot?`: a question marked as put, written plain.
_PLAIN_Q = re.compile(r"^q\d*\s*:\s*(?P<q>\S.*[?\uff1f])\s*$", re.IGNORECASE)


def _coded_questions_answered(root: Section) -> list[Probe]:
    """Questions put to the design in plain `Q:` paragraphs of one line as its walk goes, each
    answered by the paragraph after it, two or more anywhere in the problem: the interviewer's
    follow-ups, as the bold ones above (a spoken walk-through writes them so)."""
    asked = []
    for section in root.walk():
        for block, after in pairwise(section.blocks):
            if not (isinstance(block, Paragraph) and len(block.lines) == 1 and isinstance(after, Paragraph)):
                continue
            line = block.lines[0]
            if not line.lead_bold and (q := _PLAIN_Q.match(line.text)) and not _ASKS.match(q["q"]):
                answer = " ".join(each.text for each in after.lines)
                asked.append(Probe(strip_quotes(q["q"]), answer, "strong_response", line.number))
    return asked if len(asked) >= _FEWEST_ANSWERED else []


def _read_each(lists: Iterator[Section]) -> list[Probe]:
    """The probes of each list, in order, each question once."""
    probes: list[Probe] = []
    known: set[str] = set()
    for listed in lists:
        for probe in read_probes(listed):
            if probe.question not in known:
                known.add(probe.question)
                probes.append(probe)
    return probes


# `> [!question] Why Base62 rather than Base64?`: a question callout, as Obsidian writes one.
_QUESTION_CALLOUT = re.compile(r"^\[!(?:question|faq|help)\][-+]?\s*(?P<q>\S.*\?)\s*$", re.IGNORECASE)


def _callout_questions(root: Section) -> list[Probe]:
    """The questions a page's question callouts ask, answered in them: its follow-ups."""
    return [
        Probe(found["q"], None, None, line.number)
        for section in root.walk()
        for line in section.paragraph_lines()
        if line.text.startswith("[!") and (found := _QUESTION_CALLOUT.match(line.text))
    ]


def _mostly_asked(probes: list[Probe]) -> bool:
    return 2 * sum(probe.question.rstrip(' *"\u201d').endswith("?") for probe in probes) >= len(probes) > 0


# `**Q: How would you handle concurrent access?**`, `**Q3: Why a queue?**`: a question asked in bold, marked as one.
_BOLD_Q = re.compile(r"^q\d*\s*[:.]\s*(?P<q>\S.*\?)\s*$", re.IGNORECASE)


def _bold_questions_asked(root: Section) -> list[Probe]:
    """In a design case asked and answered in bold `**Q: …**` lines, the questions after its
    prompt that ask for no design of their own: its follow-ups."""
    asked = []
    for line in root.paragraph_lines():
        if line.lead_bold and not line.after_lead and (q := _BOLD_Q.match(line.lead_bold)) and not _ASKS.match(q["q"]):
            asked.append(Probe(strip_quotes(q["q"]), None, None, line.number))
    return asked


def _questions_on_label_line(root: Section) -> list[Probe]:
    """The questions on a follow-ups label's own line, one or several run together
    (`**Follow-ups:** How do you handle seasonality? How would you add "similar products"?`)."""
    found = []
    for section in root.walk():
        for label, value, line in _labelled_lines(section):
            if value and _labels_follow_ups(label):
                asked = [strip_quotes(one.strip()) for one in ONE_QUESTION.findall(value)]
                found += [Probe(question, None, None, line) for question in asked if question]
    return found


# "Other Questions to Consider", "Interview Queries", "其他" (others): a heading named for what it asks.
_NAMES_QUESTIONS = re.compile(r"question|quer(?:y|ies)|\bother\b|\bq a\b|其他|问题|問題|질문")


def _questions_section(root: Section) -> Section | None:
    """The first heading under root whose subheadings or text are questions put to the design
    (its follow-ups when no section is named for them), not the candidate's clarifying ones."""
    first = step_first = None
    scoping: list[Section] = []
    for s in root.walk():
        if any(step.line <= s.line <= step.end_line for step in scoping):
            continue  # a part of the scoping step (`### Questions` under it): the candidate's questions too
        if s is not root and _SCOPING.search(words := normalize(s.title.text)):
            scoping.append(s)
            continue
        if s is root or _CLARIFYING.search(words) or _asked_before_requirements(s, root):
            continue
        if _of_questions(s) or _mostly_questions(s) or _named_questions(s):
            if _NAMES_QUESTIONS.search(words):
                return s  # one named for questions (`## Interview Q&A`) before another only mostly questions
            # A step of the walk listing its own agenda ("## Deep dive" over "What are the key items to
            # tackle now?"), answered in it, after any other section mostly questions.
            step = s is not root and _DESIGN_PHASE.search(normalize(phase_name(s.title.text))) is not None
            first = first or (None if step else s)
            step_first = step_first or (s if step else None)
    return first or step_first


def _asked_before_requirements(section: Section, root: Section) -> bool:
    """`### Questions:` over questions each answered under it, before the requirements they settle
    (`### Functional Requirements` after it, none before): the candidate's clarifying questions,
    not questions put to the design, however the heading names them."""
    if not _QUESTIONS_HEADING.match(normalize(split_title(without_numbering(section.title.text))[1])):
        return False  # most headings: the tree is not walked for their siblings
    around = _enclosing(root, section)
    siblings = around[0].children if around else root.children
    if section not in siblings:
        return False
    at = siblings.index(section)
    opening = [bool(_OPENING_STEP.search(normalize(sibling.title.text))) for sibling in siblings]
    return not any(opening[:at]) and any(opening[at + 1 :])


# "Step 1 — Understand the Problem & Establish Scope": the step whose questions are the candidate's own.
# ... named in the author's language too, as the book's translations name it: `문제 이해 및 설계 범위 확정`
# (Korean), `理解问题并确定设计范围` (Chinese).
_SCOPING = re.compile(r"\b(?:establish(?:ing)? (?:the )?scope|understand(?:ing)? the problem|scoping)\b|설계\s?범위|设计范围|設計範囲")


def _answered_questions(root: Section) -> list[Probe]:
    """In a mock interview's record, the lines labelled as the question asked (`Question: What
    stops you from …?`), each answered on the next labelled line (`Answer: …`), two or more and
    outside the step that scopes the problem: the questions put to the design."""
    found = []
    for section in root.walk():
        if section is not root and (_SCOPING.search(words := normalize(section.title.text)) or _CLARIFYING.search(words)):
            continue  # the candidate's own questions, asked and answered to settle the requirements
        labelled = [(normalize(label), value, line.number) for line in section.paragraph_lines() for label, value in [label_and_value(line)] if label]
        for (label, value, line), (after, _, _) in pairwise(labelled):
            if label == "question" and _is_question(value) and after == "answer":
                found.append(Probe(strip_quotes(value), None, None, line))
    return found if len(found) >= _FEWEST_ASKED else []


# `**Probe 2: "What breaks at 10x?"**`: a follow-up numbered as one, anywhere in the problem.
_NUMBERED_PROBE = re.compile(r"^(?:probe|follow[\s-]?up(?:\s+question)?)\s*#?\d+\s*[:.)\-\u2013—]\s*(?P<q>\S.*)$", re.IGNORECASE)


def _numbered_probes(root: Section) -> list[Probe]:
    found = []
    for section in root.walk():
        for line in section.paragraph_lines():
            label = (line.lead_bold or "").strip()
            if not line.after_lead.strip() and (probe := _NUMBERED_PROBE.match(label)):
                found.append(Probe(strip_quotes(probe["q"]), None, None, line.number))
    return found


# A speaker's name and what they say, all of it in bold: `**Interviewer: "How do you …?"**`.
_SAID_IN_BOLD = re.compile(r"^(?P<who>[^:]{2,30}):\s*(?P<what>[\"\u201c'].+)$")


def _labelled_lines(section: Section, *, in_lists: bool = False) -> list[tuple[str, str, int]]:
    """(label, text, line) of every labelled line in a section's own text, the text on the
    next line when the label stands alone (`**Interviewer:**` over the question); with
    `in_lists`, in its lists' items too (a script's steps written as a numbered list)."""
    found = []
    lines = [line for block in section.blocks if isinstance(block, (Paragraph, ListBlock)) for line in block_lines(block)] if in_lists else section.paragraph_lines()
    # A plain label typed as a paragraph of its own (`Question:` over the ask in the next one), as
    # notes written a paragraph a line have it: a label all the same, its text the next paragraph.
    alone = {block.lines[0].number for block in section.blocks if isinstance(block, Paragraph) and len(block.lines) == 1}
    for number, line in enumerate(lines):
        label, value = label_and_value(line)
        if label and not value and (said := _SAID_IN_BOLD.match(label)):
            label, value = said["who"], said["what"]  # `**Interviewer: "How do you …?"**`, the words bold with the name
        if label and not value and (line.lead_bold or line.number in alone) and number + 1 < len(lines):
            value = lines[number + 1].text
        if label:
            found.append((normalize(label), value, line.number))
    return found


def _with_interviewer_lists(probes: list[Probe], root: Section) -> list[Probe]:
    """A follow-ups section's questions and, in a mock interview's script, those listed under
    the interviewer's labels in its steps (`**Interviewer Prompts**:` over `- "What's the
    read/write ratio?"`), in the order of the file."""
    listed = [
        probe
        for section in root.walk()
        for labelled in _interviewer_lists(section)
        for probe in read_probes(labelled)
        if _is_question(probe.question)
    ]
    if not listed:
        return probes
    asked = {normalize(probe.question) for probe in probes}
    return sorted(probes + [probe for probe in listed if normalize(probe.question) not in asked], key=lambda probe: probe.line)


# "**Interviewer Questions**:", "**Interviewer Prompts**:", "**Interviewer Follow-up Questions** (if …):"
# ... and the interviewer of a practice run, "**Mock Interviewer Questions:**" over each step's questions.
_INTERVIEWER_LIST = re.compile(r"^(?:mock )?interviewer (?:followup )?(?:questions|prompts|probes)\b")


def _interviewer_lists(section: Section) -> list[Section]:
    """The lists right under each of a heading's bold labels that name the interviewer's
    questions, in its text or in the items of a list of its steps."""
    found = []
    runs: list[list[Block]] = [section.blocks]
    while runs:
        blocks = runs.pop(0)
        for number, block in enumerate(blocks):
            if isinstance(block, ListBlock):
                runs += [item.blocks for item in block.items]
            label = block.lines[0].lead_bold if isinstance(block, Paragraph) and len(block.lines) == 1 else None
            after = blocks[number + 1 : number + 2]
            if label and _INTERVIEWER_LIST.match(normalize(label)) and after and isinstance(after[0], ListBlock):
                found.append(replace(section, blocks=after, children=[]))
    return found


def _interviewer_questions(root: Section) -> list[Probe]:
    """In a mock interview's script, the questions the interviewer asks after the prompt
    (`**Interviewer:** What if the cache is down?`) are its follow-ups."""
    labelled = [(section, found) for section in root.walk() for found in _labelled_lines(section, in_lists=True)]
    asked = [(strip_quotes(text), line) for _, (label, text, line) in labelled if _INTERVIEWER.match(label) and text]
    if not asked:
        return []
    if _ASKS.match(asked[0][0]) or _DESIGN_SAID.search(asked[0][0]):  # "Design a …", "Today we'll design a …"
        return [Probe(text, None, None, line) for text, line in asked[1:] if text.rstrip().endswith("?")]
    # No prompt among them: the interviewer's line that opens each of two or more scenarios
    # ("### Scenario B: Key Exhaustion" over `**Interviewer:** "What if …"`) puts it to the design.
    opening = {id(section) for section, (label, _, _) in labelled if _INTERVIEWER.match(label)}
    questions = [(text, line) for text, line in asked if text.rstrip().endswith("?")]
    answered = any(_ANSWERER.match(label) for _, (label, _, _) in labelled)
    if len(questions) >= 2 and (len(questions) == len(asked) or answered):
        # ... or the interviewer's lines that ask, two or more: all the lines the interviewer says
        # (`**Interviewer: "How do you …?"**` in a deep dive), or those among the candidate's (`**I:**` and `**C:**`).
        return [Probe(text, None, None, line) for text, line in questions]
    if len(opening) < 2 or len(opening) < len(asked):
        return []
    return [Probe(text, None, None, line) for text, line in asked]


_FEWEST_TURNS = 3
_TURN_MARK = 30  # characters: a speaker's name on its line, not a sentence naming the interviewer
_ASKING = re.compile(r"[^.!?]*\?")
_CANDIDATE = re.compile(r"^(?:the )?candidate\b")
# Who answers in a transcript: "**Candidate:**", "**C:**", "**Me:**", "**You:**".
_ANSWERER = re.compile(r"^(?:the )?candidate$|^c$|^me$|^you$")


def _interviewer_turns(root: Section) -> list[Probe]:
    """In a spoken mock interview written as turns (a line or a heading `👤 Interviewer` over
    what is said, three or more), the question each later turn asks: the first turn asks for
    the design itself, and the candidate's turns ask nothing of the design."""
    found: list[Probe] = []
    turns, waiting = 0, False
    for section in root.walk():
        if _INTERVIEWER.match(normalize(section.title.text)):
            turns, waiting = turns + 1, turns > 0
        for line in section.paragraph_lines():
            speaker = normalize(line.text) if len(line.text) < _TURN_MARK else ""
            if _INTERVIEWER.match(speaker):
                turns, waiting = turns + 1, turns > 0
            elif _CANDIDATE.match(speaker):
                waiting = False
            elif waiting and (question := _ASKING.search(line.text)):
                found.append(Probe(question.group().strip(), None, None, line.number))
                waiting = False
    return found if turns >= _FEWEST_TURNS else []


def _follow_ups_beside(root: Section, section: Section) -> list[Probe]:
    """Follow-ups written beside the problem rather than under it: "### Problem: Design X"
    then "### Interviewer Probe Points", up to the next problem among its siblings."""
    around = _enclosing(root, section)
    siblings = around[0].children if around else root.children
    after = siblings[siblings.index(section) + 1 :] if section in siblings else []
    for sibling in after:
        if asks_for_design(sibling, file_title=False):
            break
        if names_follow_ups(sibling.title.text):
            return read_probes(sibling)
    return []


# "Questions I was asked"; or what the interviewer will ask, said of them ("They may ask:",
# "Interviewers often ask:"): not the candidate's own questions ("Questions to ask").
_ASKED_LABEL = re.compile(r"\bquestions\b.*\basked\b|^(?:they|(?:the )?interviewers?)(?: (?:may|might|could|can|will|would|often|usually|typically|also|then))* ask$")


@lru_cache(maxsize=4096)  # a label as written: the same labels recur through a file and across files
def _labels_follow_ups(label: str) -> bool:
    """A label naming the follow-ups asked: by the vocabulary's words for them, or as questions
    asked (`**Follow-up questions I was asked:**`)."""
    return mentions_follow_ups(label) or bool(_ASKED_LABEL.search(label))


# The candidate's own questions, to settle what to build: "Clarifying Questions", "Questions to Ask",
# "Questions I Would Ask".
_CLARIFYING = re.compile(r"\bclarif\w*|\bto ask\b|\bquestions? (?:i d |i would |i ll )ask\b|\bask (?:the )?interviewer")


def _of_questions(section: Section) -> bool:
    """A heading whose subheadings, two or more, are all questions: asked, or coded as one
    (`### Q3: "Price a ride at rush hour."`), or asked then answered in short after the mark
    (`#### How to do group chat? Using a Channel Service.`). Headings left empty among them
    (`#### Write Path` with nothing under it) are placeholders the author never wrote, no part."""
    written = [child for child in section.children if not _left_empty(child)]
    return len(written) >= 2 and all(
        _is_question(child.title.text) or QUESTION_CODE.match(child.title.text) or OPENING_QUESTION.match(without_numbering(child.title.text))
        for child in written
    )


def _left_empty(section: Section) -> bool:
    """A heading with nothing under it, not even a question in its own name (asked, or asked and
    answered there, `How to handle celebrities? Fan-out on read.`): a placeholder."""
    title = section.title.text
    return not section.blocks and not section.children and not _is_question(title) and not OPENING_QUESTION.match(without_numbering(title))


# "## Interview Questions", "## Common Questions" closing a design: questions put to it.
_QUESTIONS_HEADING = re.compile(r"^(?:(?:common|sample|possible|more|other|additional|extra|practice)\s)?(?:interview\s)?questions$")


def _named_questions(section: Section) -> bool:
    """A heading named for the questions, over questions of its own text, one or more, or over
    levels of difficulty (`### Basic`, `### Advanced`) that group them."""
    if not _QUESTIONS_HEADING.match(normalize(split_title(without_numbering(section.title.text))[1])):
        return False
    if section.children and all(difficulty_level(child.title.text) for child in section.children):
        return True
    return any(_is_question(probe.question) for probe in read_probes(replace(section, children=[])))


# "**Additional deep dives**:" over questions: the deep dives an interviewer may still ask for.
_MORE_DEEP_DIVES = re.compile(r"^(?:additional|more|further|other|possible|potential|extra) deep ?dives?$")


def _labelled_questions(root: Section) -> list[Probe]:
    """A list of questions under a bold label named for them (`**Common Questions:**` in an
    "Interview Focus" section, `**Additional deep dives**:`), every one asked: questions put to the design."""
    listed = under_label(root, lambda label: bool(_QUESTIONS_HEADING.match(label) or _MORE_DEEP_DIVES.match(label)))
    probes = read_probes(listed) if listed else []
    return probes if probes and all(_is_question(probe.question) for probe in probes) else []


def _step_of_questions(root: Section) -> list[Probe]:
    """A step written as a bold list item over a list of questions, each answered under it
    (`6. **Potential deep dives**` over `- What if the metadata write fails …?`): the
    questions put to the design."""
    for section in root.walk():
        for number, block in enumerate(section.blocks):
            if not isinstance(block, ListBlock):
                continue
            for item in block.items:
                if not (item.lines and item.lines[0].lead_bold and _names_asking_step(item.lines[0].lead_bold)):
                    continue
                # Its questions nested under it, or the list right after a numbered step (`6. **Deep Dives**` then `- How …?`).
                after = section.blocks[number + 1 : number + 2] if block.ordered and item is block.items[-1] else []
                asked: list[Block] = [*item.sublists] or [b for b in after if isinstance(b, ListBlock) and not b.ordered]
                if len(asked) == 1 and (probes := _all_asked(section, asked)):
                    return probes
    return _deep_dive_item(root)


# "Perguntas" (Portuguese), "Preguntas" (Spanish): the questions, named in the author's language.
_QUESTIONS_ABROAD = re.compile(r"\b(?:perguntas?|preguntas?)\b")


def _names_asking_step(label: str) -> bool:
    """A bold item named for a step of the walk, its deep dives or its questions (`4. **Potential
    Deep Dives**`, `3. **Perguntas:**`); not for a part of the system built (`- **Follow graph store**:`
    over `“who does user U follow?”`, the queries it serves), whose questions no one puts to the design."""
    words = normalize(label.rstrip(": "))
    return bool(_DESIGN_PHASE.search(words) or _NAMES_QUESTIONS.search(words) or _QUESTIONS_ABROAD.search(words))


def _deep_dive_item(root: Section) -> list[Probe]:
    """A deep dive written as a plain item of an outline, however deep (`4. Deep Dive` among the
    steps listed under `2. Steps`), over a list of questions, each answered or broken into smaller
    ones under it: the questions put to the design."""
    for section in root.walk():
        lists = [block for block in section.blocks if isinstance(block, ListBlock)]
        while lists:
            block = lists.pop(0)
            for item in block.items:
                lists += item.sublists
                if len(item.sublists) == 1 and _DEEP_DIVE_STEP.match(normalize(phase_name(item.text))):
                    if probes := _all_asked(section, [*item.sublists]):
                        return probes
    return []


def _all_asked(section: Section, asked: list[Block]) -> list[Probe]:
    """The probes a list under the section reads as, when it holds two or more and every one asks."""
    probes = read_probes(replace(section, blocks=asked, children=[]))
    return probes if len(probes) >= _FEWEST_ASKED and all(_is_question(probe.question) for probe in probes) else []


_DEEP_DIVE_STEP = re.compile(r"^(?:(?:potential|possible|additional|more|further) )?deep ?dives?$")


_FEWEST_ASKED = 2


def _mostly_questions(section: Section) -> bool:
    """A heading whose own text is mostly questions, three or more (a list of them, a table
    of areas and the questions in each), under any name: questions put to the design."""
    if names_a_part(section.title.text):
        return False  # "Requirements to Discover": the candidate's questions, a part of the problem
    asked = read_probes(replace(section, children=[]))
    questions = [probe for probe in asked if _is_question(probe.question)]
    return len(questions) >= _FEWEST_QUESTIONS and 2 * len(questions) > len(asked)


def _enclosing(root: Section, section: Section) -> list[Section]:
    """The headings around a section, nearest first."""
    path: list[Section] = []
    node = root
    while node is not section:
        node = next((child for child in node.children if child.line <= section.line <= child.end_line), section)
        if node is not section:
            path.append(node)
    return path[::-1]


def _asked_design(root: Section, *, titled: bool) -> str | None:
    """The problem as the file asks it, when it asks for a design ("Design a URL shortening
    service like ...", "Create a multi-modal AI platform ..."): the first paragraph under a
    "Problem Statement" heading or label, which says more than a title; else, for a title
    that asks for no design, a `**Task:** Design a ...` line."""
    if asked := opening_ask(root) or asked_in_round(root):
        return asked  # "## Prompt 1: Ride Receipts" over "- Design a receipt service …"; `# Phone System Design` over its ask
    # The page's root sits below level 1 (at 0, or under 0 on a page written deeper throughout).
    head = root.children[0] if root.level < 1 and not root.paragraph_lines() and root.children else root
    if head.children and _ASKED_AT_END.search(opener := head.children[0].title.text.strip()):
        # The title's first subheading asking for its design in full, as Korean and Japanese close
        # a request (`## 대규모 알림 시스템을 설계 해보라!`: try designing a large notification system!).
        return opener
    if asked := next((text for line in head.paragraph_lines() if _ASKED_AT_END.search(text := line.text.strip())), None):
        # ... or a line of the page's opening text so closing, after the lines that introduce it.
        return asked
    if prompt := prompt_heading(root) or prompt_heading(head):
        named = _ASKING_LABEL.match(normalize(prompt.title.text)) or not _asks_a_design(split_title(prompt.title.text)[1])
        if named and (first := _first_line(prompt)) and _asks_a_design(first):
            # `## Question` over `"Design a simplified Twitter …"`; `## 1. Problem Statement & Scope` over `**Design a …**`.
            return strip_quotes(first)
        if (first := _first_line(prompt)) and _YOU_DESIGN.search(first):
            return first  # `## Question: …` over the scene put to "you": asked in its words
        return split_title(prompt.title.text)[1]  # "### Example: Design Twitter" over the steps
    # A whole file's problem: the text under its title.
    own = head.paragraph_lines()
    first = own[0].text if own else _first_line(head)  # a line, or a list's first item (`- Design a …`)
    if first and (first[:1] in '"\u201c' or not titled) and _ASKS.match(_HOW_ASKED.sub("", strip_quotes(first))):
        # The prompt (quoted, or under a title that only names the system), put as a question too
        # (`How to design Pastebin.com`, `How would you design …?`).
        return strip_quotes(first)
    if first and titled and _ASKS.match(first) and len(first) > len(head.title.text) and first.endswith((".", "?")):
        return first  # "# Design a Rate Limiter" over "Design a distributed rate limiting system to …."
    for section in root.walk():
        lines = section.paragraph_lines()
        # (a sentence saying more than the title, not the title said again)
        opening = (
            section in head.children[:1]
            and bool(_OPENING_SECTION.match(normalize(section.title.text)))
            and bool(lines)
            and lines[0].text.endswith((".", "?"))
            and len(lines[0].text) > len(head.title.text)
        )
        stating = _STATEMENT.match(normalize(section.title.text)) or (titled and _PROBLEM_HEADING.match(normalize(section.title.text)))
        if (stating or opening) and lines and _ASKS.match(lines[0].text):
            # ... or the page's first section, an overview opening with the ask (`## Overview` over "Design a …"),
            # or `### Problem` over it under a title that asks in fewer words (`# Design Instagram`).
            # Its first sentence, where a full stop needs no space after it ("设计在线聊天系统。又一个变体…").
            return _first_wide_sentence(strip_quotes(lines[0].text))
        if _STATEMENT.match(normalize(section.title.text)) and (fenced := _fenced_text(section)) and _ASKS.match(fenced[0].text):
            # `Problem Statement:` over a plain fence (`~~~`) opening "Design a voucher service.": the
            # statement set apart to keep its lines as typed, prose all the same.
            return _first_wide_sentence(strip_quotes(fenced[0].text))
        if _PROMPT_HEADING.match(normalize(section.title.text)) and section.blocks and isinstance(section.blocks[0], Paragraph):
            # "### Prompt" over the scene the candidate is given, asked in their own words ("You have a
            # sharded database … How do you ensure …?"): its first paragraph, whole.
            return " ".join(line.text for line in section.blocks[0].lines)
        scene = strip_quotes(lines[0].text) if lines and _SCENE_HEADING.match(normalize(section.title.text)) else ""
        if _YOU_ARE_DESIGNING.match(scene):
            # "## Scenario" over "> You're designing a notification system for a mid-size SaaS platform. …":
            # the scene sets the ask in its first sentence.
            return _FIRST_SENTENCE.split(scene, maxsplit=1)[0]
        if not titled and _PROBLEM_HEADING.match(normalize(section.title.text)) and lines:
            # "## Problem" under a title that only names the system: its first sentence is what is asked.
            return _FIRST_SENTENCE.split(" ".join(line.text for line in lines), maxsplit=1)[0]
        for label, value, _ in _labelled_lines(section):
            if _INTERVIEWER.match(label) and _DESIGN_SAID.search(value):
                # `**Interviewer**: "Today we'll design a URL shortening service like bit.ly. …"`: the prompt as said.
                return strip_quotes(value)
            if _INTERVIEWER.match(label) and _ASKS.match(said := strip_quotes(value)):
                # `**🎤 Interviewer:** "Design a metrics platform like Datadog. Where would you like to start?"`: its first sentence.
                return _FIRST_SENTENCE.split(said, maxsplit=1)[0]
            # `**The Ask**: Design WhatsApp.` says the prompt in the text, where a title only names the design;
            # so does `**Question:**` over a sentence in the problem's own text, whatever it asks with ("Implement a …").
            own_question = section is root and label == "question" and len(value.split()) >= _PROMPT_WORDS
            if _PROMPT_LABEL.match(label) and (_ASKS.match(value) or _prompt_said(label, value) or own_question):
                return strip_quotes(value)
        for item in (item for block in section.blocks if isinstance(block, ListBlock) for item in block.items if item.lines):
            # `- **Problem Statement:** Design a fault-tolerant ticketing platform …` among an overview's items.
            label, value = label_and_value(item.lines[0])
            # ... or `- **What:** Design a distributed rate limiter …` under `## Core Problem Statement`.
            stated = _STATEMENT.match(normalize(label)) or (_PROMPT_LABEL.match(normalize(label)) and _STATEMENT.match(normalize(section.title.text)))
            if label and ((stated and _ASKS.match(value)) or _prompt_said(normalize(label), value)):
                return strip_quotes(value)
    if first and (how := _SAYS_HOW_TO_DESIGN.search(first)):
        # "This document explores topics on how to design a distributed key value caching system, like
        # Memcached or Redis.": the page's opening line saying what it shows how to design, where
        # nothing else asks: that design is asked.
        return how["ask"][:1].upper() + how["ask"][1:]
    return None


def _fenced_text(section: Section) -> list[Line]:
    """The lines of a plain fence (no language) that opens a heading's text, when nothing is written before it."""
    first = section.blocks[0] if section.blocks else None
    return fence_lines(first) if isinstance(first, Code) and not first.info.strip() else []


# "**Prompt:**", "**Problem Statement:**": a label that only names the ask, whatever it asks.
_NAMES_THE_ASK = re.compile(r"^(?:the )?(?:interview |design )?prompt$|^(?:the )?problem statement$|^the ask$")
_PROMPT_WORDS = 5


def _prompt_said(label: str, value: str) -> bool:
    """A prompt written under a label naming it, in any words (`- **Prompt:** Ingest a real-time
    event feed at 100k events/sec, …`): a sentence, not a word or two."""
    return bool(_NAMES_THE_ASK.match(label)) and len(value.split()) >= _PROMPT_WORDS and not _METHOD_STEP.match(value)


# "**Problem Statement** — Restate the problem in your words": a framework's step says what to do with the prompt.
_METHOD_STEP = re.compile(r"^(?:re-?state|repeat|rephrase|paraphrase|summari[sz]e|clarify|confirm)\b", re.IGNORECASE)


_PROBLEM_HEADING = re.compile(r"^(?:the )?problem(?: statement)?$")
_SAYS_HOW_TO_DESIGN = re.compile(r"\bhow to (?P<ask>design (?:a|an|the) \w[^.!?]*)", re.IGNORECASE)
_OPENING_SECTION = re.compile(r"^(?:\d+ )?(?:overview|introduction|intro|summary|context|background|what (?:and )?why|problem framing|framing)$")
_DESIGN_SAID = re.compile(r"\b(?:we(?:'ll|’ll| will)|let(?:'s|’s| us)|you(?:'ll|’ll| will)|i(?:'d|’d) like you to|please) design (?:a|an|the)\b", re.IGNORECASE)
_PROMPT_HEADING = re.compile(r"^(?:the )?(?:interview |practice |design )?prompt$")
_SCENE_HEADING = re.compile(r"^(?:the )?(?:interview |practice |design )?scenario$")
# "You're designing a …", "You are building the …": the scene put to the candidate as the design to do.
_YOU_ARE_DESIGNING = re.compile(r"^you(?:'re|\u2019re| are)\s+(?:designing|building|architecting)\s+(?:a|an|the)\s+\w", re.I)
_FIRST_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def _first_wide_sentence(text: str) -> str:
    """The text up to its first full-width full stop, question or exclamation mark (U+3002, U+FF01, U+FF1F),
    which needs no space after it; the whole text when it has none."""
    end = next((n for n, ch in enumerate(text) if ch in "\u3002\uff01\uff1f"), None)
    return text if end is None else text[: end + 1]


def asked_in_text(root: Section) -> bool:
    """Whether a page asks for a design in a prompt line (`**Interviewer:** Design a …`)
    rather than in its title: a mock interview's script names its system so."""
    asked = _asked_design(root, titled=False)
    return asked is not None and not _ANY_SYSTEMS.match(asked)


# Kinds of system in the plural: systems in general, no one system to design.
_KINDS_OF_SYSTEM = r"(?:applications|apps|systems|services|platforms|apis|architectures)"
# "Design complex systems from scratch", "Build distributed services": a goal or a skill named (a
# project's `**What:**`), no one system asked for.
_ANY_SYSTEMS = re.compile(rf"^\W*(?:design|build|architect)\s+(?:[\w-]+\s+){{0,2}}{_KINDS_OF_SYSTEM}\b", re.IGNORECASE)


# "Interview Script", "Mock Interview", "Walkthrough": the kind of page a case's step is, no system.
_KIND_OF_STEP = re.compile(r"\b(?:script|mock|interview|walkthrough|walk through)\b")


def _case_of_folder(document: Document) -> str | None:
    """The system a case's folder names ("11-monitoring-system": "Monitoring System") when the
    page's title only names its step in the case (`# 🎤 Step 10: Interview Script`), or only
    the kind of page it is (`# Interview Answer`, folder_case)."""
    title = document.title
    code, kind = split_title(without_symbols(title.title.text).strip()) if title is not None else (None, "")
    if code is None or not STEP_CODE.match(normalize(code)) or not _KIND_OF_STEP.search(normalize(kind)):
        return folder_case(document)
    return _folder_name(document.folder)


def _folder_name(folder: str) -> str | None:
    words = _NUMBER_CODE.sub("", re.sub(r"[-_]+", " ", folder)).split()
    return " ".join(word.capitalize() if word.islower() else word for word in words) or None


# "Interview Answer", "Mock Script", "Notes": a title that only says what kind of page it is.
_KIND_ONLY = re.compile(r"^(?:(?:my|the|mock|sample|model)\s)?(?:interview\s)?(?:answers?|script|notes|solution|walkthrough|write\s?up)$")
# "03-ticket-booking-system", "payment-service": a folder named for one system of a set of cases.
_CASE_FOLDER = re.compile(r"^\d+\s|\b(?:system|service|platform|app|engine|store|queue|cache|shortener|limiter)s?$")


def folder_case(document: Document) -> str | None:
    """The system a page's folder names when its title only names the kind of page (`#
    Interview Answer` in `03-ticket-booking-system/`) and it answers the interviewer's
    follow-ups under a heading named for them: that system's design."""
    title = document.title
    if title is None or not _KIND_ONLY.match(normalize(without_symbols(title.title.text))):
        return None
    folder = normalize(re.sub(r"[-_]+", " ", document.folder))
    if not _CASE_FOLDER.search(folder) or not _names_system(folder):
        return None
    if not any(names_follow_ups(section.title.text) for section in title.walk()):
        return None
    return _folder_name(document.folder)


def restated_in_text(root: Section) -> bool:
    """Whether the candidate's opening restates the system to design (`> "I'll design a
    centralized monitoring system like Datadog. …"`): a mock interview's script names it so."""
    return any(_RESTATED.match(strip_quotes(line.text)) for section in root.walk() for line in section.paragraph_lines())


_RESTATED = re.compile(r"^\W*(?:so,?\s+)?i(?:'ll|’ll| will| am going to|'m going to|’m going to) (?:design|build) (?:a|an|the) \w", re.IGNORECASE)


# "Design a ...", "Build an AI code review system ...", "Create a platform ...".
# ... in the author's language too: 设计 / 設計 (Chinese, Japanese), 설계 (Korean), Diseña (Spanish),
# Projete (Portuguese), Entwerfen (German), Спроектируйте (Russian), Concevez (French), Thiết kế (Vietnamese).
_ASKS = re.compile(
    r"\W*(?:(?:design|build|create|architect|diseñ[ae]\w*|projet[ae]\w*|entw[ie]rf\w*|спроектир\w*|conce(?:vez|voir)|thiết kế)\b"
    r"|(?:如何|怎么|怎样)?设计|設計|설계)",  # "如何设计一个秒杀系统": how to design, asking as 设计 does
    re.IGNORECASE,
)


def _check_format(problem: SystemDesignProblem, top: Section, ctx: FileContext) -> None:
    """`**Format**: 60-minute interview` must agree with the phases' maximum minutes."""
    stated = _stated_format(top)
    timed = all(p.timing == "file" for p in problem.phases)
    if stated and timed and stated.minutes != problem.total_minutes:
        ctx.warning(
            stated.line,
            f"the format says {count(stated.minutes, 'minute')} but the phases add up to {count(problem.total_minutes, 'minute')}",
        )


@dataclass(frozen=True)
class _Format:
    minutes: int
    line: int


def _stated_format(top: Section) -> _Format | None:
    """The `**Format**: 60-minute interview` line under the title, wherever it sits."""
    for line in top.paragraph_lines():
        if match := _FORMAT.search(line.text):
            return _Format(int(match[1]), line.number)
    return None


def _requirements(section: Section, levels: tuple[str, ...]) -> list[Requirement]:
    table = first_table(section)
    if table is None:
        return [_listed_requirement(point, levels) for point in criteria(list_items(section))]
    columns = level_columns(table)
    rationale = next((i for i, c in enumerate(table.header) if "rationale" in normalize(c.text)), None)
    return [
        Requirement(
            name=cell(row, 0),
            targets={level: cell(row, index) for level, index in columns.items()},
            rationale=cell(row, rationale),
        )
        for row in table.rows
        if cell(row, 0)
    ]


def _listed_requirement(point: Criterion, levels: tuple[str, ...]) -> Requirement:
    """`- Latency: search p95 < 300 ms`: one target that holds for every level the
    problem is for ("all" when it names none)."""
    if not point.detail:
        return Requirement(point.name, {}, "")
    return Requirement(point.name, {level: point.detail for level in levels or ("all",)}, "")


# --- phases ---------------------------------------------------------------------------

# Headings under which authors lay out the interview's clock as a table or a list.
_PLAN_HEADING = re.compile(
    r"\b(?:time (?:plan|budget|allocation|breakdown)|timing|timeline|agenda|phases|walkthrough"
    r"|interview (?:plan|structure|flow|outline))\b"
)
# Each also in French, Spanish, Portuguese and German: "| Phase | Durée |", "| Etapa | Tiempo |".
_PHASE_COLUMN = ("phase", "step", "stage", "étape", "fase", "etapa", "schritt")
_TIME_COLUMN = ("time", "minutes", "mins", "duration", "timing", "durée", "temps", "tiempo", "duración", "tempo", "duração", "dauer", "zeit")
# "1. ", "2) ", "Phase 3: ", "Step 4 - " before a phase name; the order is kept by position.
# ... a step in the languages of the phase column too, and Vietnamese `Bước 1: Hiểu rõ vấn đề`.
_NUMBERING = re.compile(
    r"^(?:(?:phase|step|stage|part|étape|fase|etapa|schritt|bước)\s+\d+|minutes?\s+\d+\s*[-\u2013]\s*\d+\+?|\d+[.)])\s*[:.)\-\u2013—]?\s+"
    r"|^第\s*[一二三四五六七八九十\d]+\s*(?:步|阶段|階段)\s*[:\uff1a、.]?\s*",  # "第一步\uff1a理解需求", "第 1 步\uff1a…": step one, in Chinese
    re.IGNORECASE,
)


_SHARED_STEPS = 3  # a method timed in three steps or more, written once for the page's problems


def _shared_phases(document: Document, problem: Section, ctx: FileContext) -> list[Phase]:
    """The timed steps of a method written once outside every problem of the page
    (`### The Framework (Use for every question)` over `**1. Clarify Requirements (5-10
    minutes)**` …), for a problem that times none of its own: the steps it is rehearsed in.
    The last method before the problem; else one written after it, as a page's closing
    `## How to Answer System Design Questions` or its appendix on time management."""
    # Asked by each problem of the page: its methods are looked for once, kept with the page.
    if "_timed_methods" not in document.__dict__:
        document.__dict__["_timed_methods"] = _methods_timed(document, ctx)
    methods: list[tuple[int, int, list[Phase]]] = document.__dict__["_timed_methods"]
    before = [method for method in methods if method[1] < problem.line]
    after = [method for method in methods if method[0] > problem.end_line]
    method = before[-1] if before else after[0] if after else None
    if method is None:
        return []
    document.__dict__.setdefault("_methods_given", set()).add(method[:2])
    return list(method[2])


def methods_given(document: Document) -> set[tuple[int, int]]:
    """The first and last lines of each method written once that `_shared_phases` gave a
    problem: their timed steps are read, though no problem holds them."""
    given: set[tuple[int, int]] = document.__dict__.get("_methods_given", set())
    return given


def _methods_timed(document: Document, ctx: FileContext) -> list[tuple[int, int, list[Phase]]]:
    """Where each heading naming a method timed in three steps or more starts and ends, and its steps,
    in the order of the page; not one that holds a problem asking for a design."""
    scratch = FileContext(ctx.path, document)  # what reading it says is said of the method, not of each problem
    methods = []
    for section in document.root.walk():
        if section is document.root or not _ABOUT_METHOD.search(normalize(section.title.text)):
            continue
        if any(asks_for_design(part, file_title=False) for part in section.walk()):
            continue  # the method shown on a design of its own ("Sample Interview Scenario: Design …"): that design's steps
        if len(phases := _phases(section, scratch) or _fenced_steps(section)) >= _SHARED_STEPS:
            methods.append((section.line, section.end_line, phases))
    return methods


# "1. CLARIFY REQUIREMENTS (5 mins)" in a plain fence, its notes drawn under it in tree lines.
_FENCED_STEP = re.compile(r"^\s*\d+[.)]\s+(?P<name>[^()]+?)\s*\((?P<time>[^()]*\d[^()]*\b(?:min|mins|minutes?)\b[^()]*)\)\s*$", re.IGNORECASE)


def _fenced_steps(section: Section) -> list[Phase]:
    """A method's numbered steps timed in minutes, written in a fence of its own text."""
    steps = []
    for block in section.blocks:
        if not isinstance(block, Code):
            continue
        for offset, text in enumerate(block.text.splitlines(), 1):
            if (step := _FENCED_STEP.match(text)) and (window := read_duration(step["time"])):
                name = step["name"].strip()
                steps.append(Phase(file_title(name) if name.isupper() else name, *window.exact_minutes, block.line + offset))
    return steps


def _phases(root: Section, ctx: FileContext) -> list[Phase]:
    """The problem's own phases: a plan written on one line of its own text, when it names
    more steps than the rest (`*Approximate timing: Clarify 2 min | Architecture 8 min | …*`);
    else a phase table, or a timed list under a plan heading ("## Interview Plan"); else every
    timed heading that is not just the parent of timed headings ("## Walkthrough (45 minutes)"
    over "### Design (10 minutes)"); else a list of timed steps under any heading ("-
    Requirements - 5 min")."""
    if clocked := _clock_in_headings(root):
        return clocked  # its headings' stretches are no timings to read one by one (no unit written)
    found = _phases_written(root, ctx)
    inline = _plan_on_a_line(root) or _plan_in_a_sentence(root) or _clock_in_a_fence(root) or _clock_in_a_table(root)
    return inline if len(inline) > len(found) else found


# "5–10", "0-5 min": a stretch of the interview's clock, its unit written or not.
_STRETCH = r"(?P<start>\d+)\s*[-\u2013\u2014]\s*(?P<end>\d+)\s*(?:min|mins|minutes?|m)?"
# "## 2. Requirements & Constraints (5–10)": a step heading closed by its stretch of the clock.
_CLOCK_HEADING = re.compile(rf"^(?P<name>.*\S)\s*\({_STRETCH}\)\s*$", re.IGNORECASE)


def _clock_in_headings(root: Section) -> list[Phase]:
    """Sibling headings on the interview's clock, three or more running on from minute 0
    (`## 1. Problem Framing (0–5)`, `## 2. Requirements & Constraints (5–10)`, …), the unit
    left out: each a step as long as its stretch."""
    for section in root.walk():
        stretches = [
            (int(found["start"]), int(found["end"]), phase_name(without_numbering(found["name"])), child.line)
            for child in section.children
            if (found := _CLOCK_HEADING.match(child.title.text))
        ]
        if steps := _on_the_clock(stretches, from_zero=True):
            return steps
    return []


# "[0-5 min]   Requirements & estimations -> 28M peak", "[10-20 min] High-Level Design:": a step
# on the interview's clock, its name up to a colon, an arrow or a remark in parentheses.
_ON_THE_CLOCK = re.compile(
    r"^\s*\[(?P<start>\d+)\s*[-\u2013]\s*(?P<end>\d+)\s*(?:min|mins|minutes?)\]\s*(?P<name>[^:(\n]+?)\s*(?:->|\u2192|[:(]|$)",
    re.IGNORECASE,
)


# "0–5 min", "5–9", "10–20 min": a stretch of the interview's clock, the first cell of a plan's row.
_CLOCK_CELL = re.compile(rf"^\s*{_STRETCH}\s*$", re.IGNORECASE)
# What names a step in the cell beside its clock: the words up to a colon, a remark or a clause.
_STEP_NAME_END = re.compile(r"\s*(?::|\s\(|;|\s[-\u2013\u2014]\s).*$")


def _clock_in_a_table(root: Section) -> list[Phase]:
    """Rows of a table on the interview's clock, three or more running on from minute 0
    (`| 0–5 min | Clarify products, limits … |`, `| 5–9 | Estimation table: … |`): each row a
    step as long as its stretch, named by the next cell up to its colon or remark."""
    for section in root.walk():
        for table in (block for block in section.blocks if isinstance(block, Table)):
            stretches = [
                (int(found["start"]), int(found["end"]), _STEP_NAME_END.sub("", cell(row, 1)).strip(), row[0].number)
                for row in table.rows
                if (found := _CLOCK_CELL.match(cell(row, 0)))
            ]
            if len(stretches) == len(table.rows) and (steps := _on_the_clock(stretches, from_zero=True)):
                return steps
    return []


def _clock_in_a_fence(root: Section) -> list[Phase]:
    """Steps written in a fence on the interview's clock, three or more in order (`[0-5 min]
    Requirements`, `[5-10 min] API design`, …): each step runs from its start to its end."""
    for section in root.walk():
        for block in section.blocks:
            if not isinstance(block, Code) or "min" not in block.text:
                continue
            stretches = [
                (int(step["start"]), int(step["end"]), step["name"].strip(), block.line + offset)
                for offset, text in enumerate(block.text.splitlines(), 1)
                if (step := _ON_THE_CLOCK.match(text))
            ]
            if steps := _on_the_clock(stretches, from_zero=False):
                return steps
    return []


def _on_the_clock(stretches: list[tuple[int, int, str, int]], *, from_zero: bool) -> list[Phase]:
    """(start, end, name, line) stretches of the interview's clock as steps, each as long as
    its stretch: three or more, named, in order without overlapping (from minute 0, each where
    the last ended, with `from_zero`); none otherwise."""
    if len(stretches) < _FEWEST_STEPS or not all(name and end > start for start, end, name, _ in stretches):
        return []
    if from_zero and (stretches[0][0] != 0 or any(later[0] != earlier[1] for earlier, later in pairwise(stretches))):
        return []
    if any(later[0] < earlier[1] for earlier, later in pairwise(stretches)):
        return []
    return [Phase(name, end - start, end - start, line) for start, end, name, line in stretches]


# "Spend 5 minutes on context, 10 on HLD, 10 on LLD/boundaries, 5 on ops.": the plan said in a sentence.
_SPEND = re.compile(r"\bspend\s+(?P<plan>\d+\s*(?:minutes?|mins?)\s+on\s+[^.]+)", re.IGNORECASE)
_SPENT_ON = re.compile(r"^(?:and\s+)?(?P<minutes>\d+(?:\s*[-\u2013]\s*\d+)?)\s*(?:minutes?|mins?)?\s+on\s+(?P<name>\S.*?)\s*$", re.IGNORECASE)


def _plan_in_a_sentence(root: Section) -> list[Phase]:
    """Three or more steps timed in a sentence of the problem's text (`Spend 5 minutes on
    context, 10 on HLD, 10 on LLD/boundaries, 5 on ops.`), the minutes before each step."""
    for section in root.walk():
        for line in section.paragraph_lines():
            if not (plan := _SPEND.search(line.text)):
                continue
            parts = [_SPENT_ON.match(part.strip()) for part in re.split(r"[,;]", plan["plan"])]
            if len(parts) >= _PLAN_STEPS and all(parts):
                return [
                    Phase(part["name"], *window.exact_minutes, line.number)
                    for part in parts
                    if part and (window := read_duration(f"{part['minutes']} min"))
                ]
    return []


# "Clarify 2 min", "Requirements + Estimate 3 min", "Deep dive 10-12 minutes": a step and its minutes.
_STEP_AND_MINUTES = re.compile(r"^\s*(?P<name>[^|:]*?\S)\s+(?P<time>~?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:minutes?|mins?))\b")
_PLAN_STEPS = 3


def _plan_on_a_line(root: Section) -> list[Phase]:
    """Three or more steps timed in minutes on one line of the problem's own text, between
    pipes (`Approximate timing: Clarify 2 min | Architecture 8 min | … = ~45 min`)."""
    for line in root.paragraph_lines():
        if line.text.count("|") < _PLAN_STEPS - 1:
            continue
        text = line.text.split(":", 1)[1] if _TIMING_LABEL.match(line.text) else line.text
        steps = [_STEP_AND_MINUTES.match(part) for part in text.split("|")]
        if len(steps) >= _PLAN_STEPS and all(steps):
            return [Phase(step["name"], *window.exact_minutes, line.number) for step in steps if step and (window := read_duration(step["time"]))]
    return []


_TIMING_LABEL = re.compile(r"^[^:|]{0,40}\b(?:timing|time|plan|pacing|schedule)\b[^:|]*:", re.IGNORECASE)


def _phases_written(root: Section, ctx: FileContext) -> list[Phase]:
    headings = _timed_headings(root, ctx)
    phases = _outer_phases(headings, root)
    # Beside the phases, a sample run of the interview (`## Sample Interview Flow Script` over
    # `### Minutes 0-5: Clarification`) times them again: it shows the plan, it adds no step.
    scripts = [(s.line, s.end_line) for s in root.walk() if s is not root and _SCRIPT.search(normalize(s.title.text))]
    scripted = [entry for entry in phases if any(a < entry[0].line <= b for a, b in scripts)]
    if len(phases) - len(scripted) >= 2:
        phases = [entry for entry in phases if entry not in scripted]
    outer = [(section.line, section.end_line, name, window) for section, name, window in phases]
    for section in root.walk():
        # A list under a plan heading is the plan, unless timed headings write the steps
        # out (the list then sums them up: "- 0-5 min: Framing" over "## Minute 0-5: Framing").
        listed = len(outer) < 2 and _is_plan_heading(section) and _list_phases(section, ctx)
        if planned := _table_phases(section, ctx) or listed:
            return planned
    # "**Step 2: Database Design (10 minutes)**" on a line of its own is a phase too, unless
    # a timed heading around it is already the phase it belongs to.
    labels = [(line, line, name, window) for line, name, window in _timed_labels(root, ctx)]
    if len(labels) < 2 and not outer:
        labels = []  # one timed label alone (`**Cached (1 minute)**:` weighing an option) times no walk
    steps = outer + [label for label in labels if not any(start < label[0] <= end for start, end, _, _ in outer)]
    if steps:
        steps = sorted(steps)
        spans = _spans([window for _, _, _, window in steps])
        timed = [
            phase for (line, _, name, _), window in zip(steps, spans, strict=True) if (phase := _phase(name, window, line, ctx))
        ]
        return sorted(timed + _untimed_steps(root, outer, ctx), key=lambda phase: phase.line)
    return next((listed for section in root.walk() if (listed := _list_phases(section, ctx))), [])


_STEP_NUMBER = re.compile(r"(?:step|phase|stage|part)\s*#?\d+", re.IGNORECASE)
# A heading that runs through the interview as an example: the phases under it are its own.
_SCRIPT = re.compile(r"\b(?:script|transcript|sample interview|mock interview|interview flow)\b")


# "Future Enhancements", "Improvements", "Extensions": what a design would do next, its closing step.
_LATER_WORK = re.compile(r"\b(?:future|enhancements?|improvements?|extensions?)\b")


def _untimed_steps(root: Section, outer: list[tuple[int, int, str, Window]], ctx: FileContext) -> list[Phase]:
    """`### Step 2: Core Components` with no time beside `### Step 1: Requirements (5 min)`
    and `### Step 3: High-Level Design (10 min)`: a step numbered as its timed sibling steps
    all are is a phase too. Beside timed steps numbered by none, `## Deep Dives` after
    `## High Level Design (~5-10 minutes)`: a section after the first of them is one, up to
    the page's closing sections, unless it is about the interview rather than the design
    (`## Interview Success Framework`). The file gives it no time: it takes the shortest of
    theirs, and a warning says so."""
    starts = {start for start, _, _, _ in outer}
    for section in root.walk():
        timed = [child for child in section.children if child.line in starts]
        if len(timed) < 2:
            continue
        if all(_STEP_NUMBER.match(child.title.text) for child in timed):
            untimed = [child for child in section.children if child.line not in starts and _STEP_NUMBER.match(child.title.text)]
        elif not any(_numbered(child.title.text) for child in timed):
            after = [child for child in _written_up(section) if child.line > timed[0].line and child.line not in starts]
            untimed = [child for child in _before_closing(after) if not _BESIDE_THE_DESIGN.search(normalize(child.title.text))]
        elif all(_numbered(child.title.text) for child in timed):
            # `## 9️⃣ Trade-offs Summary`, `## 🔟 Future Enhancements` after `## 1️⃣ Requirements (5 minutes)` …
            # `## 8️⃣ Caching (3 minutes)`: numbered on as they all are and named for a part of the design or the
            # work after it, a step too; not one about the interview or the page (`## 10. Interview Tips`), one that
            # holds the follow-ups (`## 5. Discussion Points`), nor a goal numbered on (`## 5. Cut p99 latency to 200 ms`).
            after = [child for child in section.children[section.children.index(timed[0]) + 1 :] if child.line not in starts]
            after = [child for child in after if _numbered(child.title.text)]
            untimed = [
                child
                for child in after
                if (_DESIGN_PHASE.search(words := normalize(phase_name(child.title.text))) or _LATER_WORK.search(words))
                and not _BESIDE_THE_DESIGN.search(words)
                and not names_follow_ups(child.title.text)
            ]
        else:
            continue
        shortest = min((window for start, _, _, window in outer if start in {child.line for child in timed}), key=lambda w: w.max_seconds)
        for child in untimed:
            ctx.warning(child.line, f"step {child.title.text!r} has no timing; it is given the shortest step's {shortest.max_minutes} minutes")
        return [Phase(phase_name(child.title.text), shortest.min_minutes, shortest.max_minutes, child.line, "default") for child in untimed]
    return []


def _timed_labels(root: Section, ctx: FileContext, sections: Iterable[Section] | None = None) -> list[tuple[int, str, Window]]:
    """Bold labels alone on their line and timed in minutes: `**Step 1: High-Level
    Architecture (10 minutes)**`; not `**Time Limit: 45 minutes**`. A label that only
    numbers the step (`**Step 2 (10 min):** Choose a store. Justify it.`) is named by the
    first sentence after it. Read in `sections`, else in root and every heading under it."""
    found = []
    for section in root.walk() if sections is None else sections:
        for line in section.paragraph_lines():
            if not line.lead_bold:
                continue
            after = line.after_lead.strip(": ")
            # A mark after the label (`**Step 1: Clarify Requirements (5 min)** 📋`) says nothing: the label is alone.
            after = after if any(c.isalnum() for c in after) else ""
            try:
                name, window = split_timing(line.lead_bold.rstrip(": "))
            except TimingError as error:
                ctx.error(line.number, f"phase {line.lead_bold!r}: {error}")
                continue
            if after:
                if not _STEP_NUMBER.fullmatch(name.rstrip(": ")):
                    continue
                name = re.split(r"(?<=[.?!])\s", after, maxsplit=1)[0].rstrip(".")
            if window and 60 <= window.max_seconds <= _LONGEST_PHASE and meaning(normalize(name)) != TIMING:
                found.append((line.number, name, window))
    return found


def _outer_phases(headings: list[tuple[Section, str, Window]], root: Section) -> list[tuple[Section, str, Window]]:
    """The timed headings that are phases. A timed heading over timed headings is their
    wrapper ("## Walkthrough (45 minutes)" over "### Design (10 minutes)") when no timed
    heading stands beside it; beside other phases it is a phase, and the timed headings
    under it are its steps ("Deep Dive (20 min)" over "Indexing (8 min)")."""
    parents = {id(child): section for section in root.walk() for child in section.children}
    phases: list[tuple[Section, str, Window]] = []
    steps: set[int] = set()
    for entry in headings:
        section = entry[0]
        if id(section) in steps:
            continue
        inner = [other for other, _, _ in headings if section.line < other.line <= section.end_line]
        beside = any(other is not section and parents.get(id(other)) is parents.get(id(section)) for other, _, _ in headings)
        if inner and beside:
            steps.update(id(other) for other in inner)
        elif inner:
            continue
        phases.append(entry)
    return phases


def _timed_headings(root: Section, ctx: FileContext) -> list[tuple[Section, str, Window]]:
    """Headings timed in minutes, and beside them those timed in seconds (`## 0) Opening
    (30s)`: half a minute, never rounded). A question ("What if traffic doubles (peak
    season)?") is not a phase, nor is a part timed in seconds alone (a STAR part)."""
    found = []
    for parent in root.walk():
        timed = []
        for section in parent.children:
            if _is_question(section.title.text):
                continue
            try:
                name, window = split_timing(section.title.text)
            except TimingError as error:
                ctx.error(section.line, f"phase {section.title.text!r}: {error}")
                continue
            if window is not None and meaning(normalize(without_numbering(name))) == TIMING:
                continue  # `### Time Allocation (45 min)` over the steps' clock: the whole interview, no step of it
            # `**Time: 45 minutes**` under the page's one title times the whole interview, no step of it.
            titled = parent is root and len(parent.children) == 1
            # `## Hands-on Lab` over `**Time:** ~20 minutes` and a setup to run: practice beside the interview, no step of it.
            lab = _LAB.search(normalize(name))
            window = window or (None if titled or lab else _labelled_length(section))
            if window is not None:
                timed.append((section, name, window))
        if any(window.max_seconds >= 60 for _, _, window in timed):
            found += timed
    return sorted(found, key=lambda entry: entry[0].line)


_LAB = re.compile(r"\b(?:hands on lab|lab|labs)\b")


def _labelled_length(section: Section) -> Window | None:
    """A step's length given on its first line by a timing label: `**Time:** 5 minutes`,
    `Duration: 10-15 min`, `Timebox: 15 minutes` under `## 2. High-Level Design`."""
    first = section.blocks[0] if section.blocks else None
    label, value = label_and_value(first.lines[0]) if isinstance(first, Paragraph) else ("", "")
    return read_duration(value) if label and meaning(normalize(label)) == TIMING else None


_FEWEST_QUESTIONS = 3


QUESTION_CODE = re.compile(r"^\W*q\d+\s*[:.)]\s*", re.IGNORECASE)  # "Q1: How would you design ..."


def led_by_design(section: Section) -> tuple[Section, list[Section]] | None:
    """(the prompt, its follow-ups) when a heading's subheadings are questions answered
    below them, the first asking for a design ("Q1: How would you design a notification
    system?") and few of the others doing so: one problem, asked by the first, probed by
    the rest (a drill of design questions is no such page)."""
    asked = [child for child in section.children if _is_question(child.title.text)]
    if len(asked) < _FEWEST_QUESTIONS or not asks_for_design(asked[0], file_title=False):
        return None
    designs = sum(asks_for_design(child, file_title=False) for child in asked[1:])
    return (asked[0], asked[1:]) if designs * _FEWEST_QUESTIONS < len(asked) else None


# "Parking Lot LLD - Interview Preparation", "URL Shortener HLD: Interview Questions": a page of
# questions put to a candidate about one system's design.
_DESIGN_WORDS = re.compile(r"\b(?:lld|hld|low level design|high level design|design)\b")
_PREPARATION_WORDS = re.compile(r"\b(?:interview|questions?|prep|preparation|q ?and ?a|qa|faq)\b")
_FEWEST_PUT = 5  # questions about the design: a handful, not a remark or two among its parts


def questioned_design(title: Section) -> list[Section]:
    """On a page titled for one system's design as interview questions ("Parking Lot LLD -
    Interview Preparation"), or whose questions are grouped under headings that say so
    ("# Uber System Design" over "## Section 6.1: Core Architecture Questions"), the question
    headings (`### Q: Why did you make ParkingSpot abstract?`), five or more and three times
    the other headings with text: one problem, the page's, every question a follow-up about it,
    but a first one asking for the design, which asks it (few of the others may ask for one;
    more make a drill of designs)."""
    words = normalize(title.title.text)
    if not (_DESIGN_WORDS.search(words) and names_a_system(title)):
        return []
    grouped = sum(bool(_GROUPS_QUESTIONS.search(normalize(section.title.text))) for section in title.children)
    if not (_PREPARATION_WORDS.search(words) or grouped >= 2):
        return []
    below = [section for section in title.walk() if section is not title]
    asked = [section for section in below if _is_question(section.title.text)]
    other = [section for section in below if section not in asked and section.blocks]
    if len(asked) < _FEWEST_PUT or len(asked) < 3 * len(other):
        return []
    designs = sum(asks_for_design(section, file_title=False) for section in asked[1:])
    return asked if designs * _FEWEST_QUESTIONS < len(asked) else []


# "Follow-up Questions for SDE-2 Interview on Airline Management System", "Follow-ups: Parking Lot":
# a page of the follow-ups to one system's design, the design itself written elsewhere.
_FOLLOW_UPS_ON = re.compile(
    r"^(?:likely |common |possible )?follow[ -]?ups?(?: questions)?\s*(?:for|on|about|of|:)\s+(?:.*?\b(?:interview|round)\s+(?:on|for|about|of)\s+)?(?P<system>.+)$",
    re.IGNORECASE,
)


def follow_ups_of(title: Section | None) -> str | None:
    """The system a page of follow-up questions names in its title, when it holds three or more
    questions under it (a list's items or headings, grouped or not): its design's follow-ups."""
    written = without_numbering(without_symbols(title.title.text)).strip() if title is not None else ""
    if title is None or not (named := _FOLLOW_UPS_ON.match(normalize(written))):
        return None
    system = _FOLLOW_UPS_ON.match(written)
    name = system["system"] if system else named["system"]  # as written, its capitals kept
    if not _names_system(normalize(name)):
        return None
    asked = [line for part in title.walk() for block in part.blocks for line in block_lines(block) if _is_question(line.text)]
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(" ."), flags=re.IGNORECASE) if len(asked) >= _FOLLOW_UPS_PUT else None


_FOLLOW_UPS_PUT = 3


# "Core Architecture Questions", "Quick-Fire Q&A": a heading over questions.
_GROUPS_QUESTIONS = re.compile(r"\bquestions\b|\bq ?(?:&|and)? ?a\b")


def followed_up_systems(document: Document) -> tuple[Section, ...]:
    """On a page of interview or follow-up questions (`# Mock Interview Q&A Bank`, or its
    opening line naming follow-ups), the headings side by side, two or more, that each only
    name a system (`## 1. URL Shortener`, `## 2. Uber / Ride-Sharing`) over three question
    subheadings or more and nothing else, most of them put to the one who built it (`### Q2:
    What if the matching service goes down?`, `### Q3: How do you handle …?`): that system's
    design, asked elsewhere, its questions the follow-ups. Not a bank of behavioural
    questions under themes (`## 1. Leadership` over `### Q1: Tell me about a time …?`): a
    question asking what happened or about one's team, or a principle's name, is no system's."""
    return _followed_up_systems(document.root, document.title)


@per_heading  # asked by the recogniser, then again by the reader of each of its designs
def _followed_up_systems(root: Section, title: Section | None) -> tuple[Section, ...]:
    page = title or root
    about = _PREPARATION_WORDS.search(normalize(page.title.text)) if title is not None else None
    if not (about or any(mentions_follow_ups(normalize(line.text)) for line in page.paragraph_lines())):
        return ()
    found: list[Section] = []
    for parent in root.walk():
        named = [child for child in parent.children if _questions_on_a_system(child)]
        found += named if len(named) >= _FEWEST_FELLOWS_ASKED else []
    return tuple(found)


_FEWEST_FELLOWS_ASKED = 2


def _questions_on_a_system(section: Section) -> bool:
    """A heading naming a system, not a part of a design, a group of questions or a
    principle, over only question subheadings, three or more, none asking for a design or
    for something that happened, most put to the system's designer."""
    asked = section.children
    if len(asked) < _FOLLOW_UPS_PUT or not all(_put_as_question(child.title.text) for child in asked):
        return False
    words = normalize(phase_name(section.title.text))
    if (
        not words
        or _is_question(section.title.text)
        or _GROUPS_QUESTIONS.search(words)
        or names_follow_ups(section.title.text)
        or not _names_system(words)
        or _DESIGN_PHASE.search(words)
        or _BESIDE_THE_DESIGN.search(words)
        or _OVERVIEW_STEP.search(words)
        or canonical_principle(phase_name(section.title.text)) is not None
    ):
        return False
    questions = [strip_quotes(_QUESTION_CODED.sub("", without_numbering(child.title.text))) for child in asked]
    if any(map(_about_oneself, questions)):
        return False  # a behavioural theme's questions ("Tell me about a time …"): no design probed
    if any(asks_for_design(child, file_title=False) for child in asked):
        return False  # a drill of designs, or one led by its prompt (led_by_design)
    return 2 * sum(bool(_PUT_TO_DESIGNER.match(q)) for q in questions) > len(questions)


def discussed_designs(document: Document) -> tuple[Section, ...]:
    """Short design discussions, as a screening round puts them: headings over a `**Question**:`
    line that sets a system in a scene and asks about it (`**Question**: A music
    service keeps its songs on many servers. What can go wrong?`), answered under a label after
    it (`**Optimal Response**:`, `**Answer**:`), two or more on the page; and the headings at
    their level laid out with the same labels in the same order (`**Question**: How would you
    scale your backend …?` then `**Optimal Response**:`), more of the set. Each a small design,
    asked by its Question line. A coding question answered under another label
    (`**Algorithm**:`) is none; so is a question on one's work with people (`How do you handle
    disagreements in your team?`)."""
    return _discussed_designs(document.root)


@per_heading  # asked by the recogniser, then again by the reader of each of its designs
def _discussed_designs(root: Section) -> tuple[Section, ...]:
    headings = [section for section in root.walk() if section is not root and not section.children]
    scenes = [section for section in headings if _scene_discussed(section)]
    if len(scenes) < _FEWEST_FELLOWS_ASKED:
        return ()  # most pages: no Question line sets a system in a scene
    layouts = {(section.level, _lead_labels(section)) for section in scenes}
    return tuple(
        section
        for section in headings
        if (section.level, _lead_labels(section)) in layouts and not _about_oneself(discussed_question(section))
    )


def discussed_question(section: Section) -> str:
    """What a heading's first labelled line says (its `**Question**:` line's question)."""
    return strip_quotes(next((value for label, value in _own_labels(section) if label), ""))


def _own_labels(section: Section) -> list[tuple[str, str]]:
    """Its own lines' labels and values, bold or plain (`**Question**: …`, `Question: …`)."""
    return [labelled for line in section.paragraph_lines() if (labelled := label_and_value(line))[0]]


def _about_oneself(question: str) -> bool:
    """A question asking what happened to the one answering ("Tell me about a time …"), or how
    they work with people ("How do you handle disagreements in your team?"): a behavioural one."""
    return (asks_what_happened(question) and not _PUT_TO_DESIGNER.match(question)) or bool(_ABOUT_COLLEAGUES.search(question))


def _lead_labels(section: Section) -> tuple[str, ...]:
    return tuple(normalize(label) for label, _ in _own_labels(section))


def _scene_discussed(section: Section) -> bool:
    """A heading whose text opens with a `**Question**:` line setting a system in a scene and
    asking about it, then an answer under its label."""
    labels = [label for label, _ in _own_labels(section)]
    if not labels or not _ASKING_LABEL.match(normalize(labels[0])) or not any(map(is_answer_label, labels[1:])):
        return False
    sentences = _SENTENCE_END.split(discussed_question(section))
    return (
        len(sentences) >= 2
        and _is_question(sentences[-1])
        and bool(_SYSTEM_SCENE.match(normalize(sentences[0])))
    )


# "A music streaming service has …", "An ML based service exists …", "A huge XML file with sales data …":
# a scene whose subject is a system, a few words naming it.
_SYSTEM_SCENE = re.compile(
    r"^(?:a|an|the|your|our) (?:[\w-]+ ){0,4}?(?:service|app|application|system|platform|website|site|file|database|backend|api)s?\b"
)


# The people one works with, whom a behavioural question asks about.
_ABOUT_COLLEAGUES = re.compile(
    r"\b(?:team(?:mate)?s?|manager|boss|colleagues?|co-?workers?|peers?|(?:direct|your) reports|stakeholders?|mentees?|new hires?)\b",
    re.IGNORECASE,
)
_QUESTION_CODED = re.compile(r"^\W*q\d*\s*[:.)]\s*", re.IGNORECASE)  # "Q1: ", "Q: " before the question's words
# "How do you handle a viral link?", "How would you shard it?", "What if the queue backs up?", "What
# happens when a region fails?": a question put to the one who designed the system, about it.
_PUT_TO_DESIGNER = re.compile(r"^(?:how (?:do|would|will|can|could|should) (?:you|we)|what (?:if|happens (?:if|when)))\b", re.IGNORECASE)


def _put_questions(title: Section, put: list[Section]) -> list[Probe]:
    """The follow-ups of a page of questions about one design: each question heading after a
    first that asks for the design, and the questions under a heading that gathers them in its
    own text (`## Quick-Fire Q&A` over `Q: …` lines)."""
    asked = put[1:] if asks_for_design(put[0], file_title=False) else put
    probes = read_probes(replace(title, blocks=[], children=asked))
    held = {id(part) for section in put for part in section.walk()}
    for section in title.walk():
        if id(section) not in held and section.blocks and _GROUPS_QUESTIONS.search(normalize(section.title.text)):
            probes += read_probes(replace(section, children=[]))
    return probes


def _led_by_design_within(root: Section) -> tuple[Section, list[Section]] | None:
    return next((led for section in root.walk() if (led := led_by_design(section))), None)


@lru_cache(maxsize=4096)  # each heading's title, by several rules in turn (94 % again)
def _is_question(heading: str) -> bool:
    """'**Q2: "How would it change (for a new country)?"**': a question, quoted or bold."""
    return bool(_QUESTION_END.search(heading))


# The ASCII mark or the full-width one (U+FF1F) Chinese and Japanese authors type.
_QUESTION_END = re.compile(r"[?\uff1f]\W*$")


def _is_plan_heading(section: Section) -> bool:
    return bool(_PLAN_HEADING.search(normalize(section.title.text)))


def _table_phases(section: Section, ctx: FileContext) -> list[Phase]:
    """`| Phase | Time | What to cover |` rows; a Step/Stage column counts only under a plan heading."""
    for table in (b for b in section.blocks if isinstance(b, Table)):
        headers = [normalize(c.text) for c in table.header]
        name, time = _column(headers, _PHASE_COLUMN), _column(headers, _TIME_COLUMN)
        if name is None and time is None and (clocked := _clock_phases(table, headers)):
            return _entry_phases(clocked, "write each row's clock as a stretch of the interview, like '5:00–10:00'", ctx)
        if name is None or time is None:
            continue
        name = _naming_column(table, name, time)
        # A Step/Stage table counts under a plan heading, or when its rows timed in minutes
        # are a design interview's steps (not a pipeline's stages and their running times).
        # A column headed for the unit ("Minutes", "Time (min)") holds bare numbers of it.
        unit = " min" if re.search(r"\bmin(?:ute)?s?\b", table.header[time].text.lower()) else ""
        windows = [
            _table_window(cell(row, time) + unit if _BARE_NUMBER.match(cell(row, time)) else cell(row, time))
            for row in table.rows
        ]
        if not any(isinstance(w, Window) for w in windows):
            continue  # no row timed as an interview is ("1 tuần", "2 sprints"): a project's schedule, no phases
        timed = [
            cell(row, name) for row, w in zip(table.rows, windows, strict=True) if isinstance(w, Window) and w.max_seconds >= 60
        ]
        if not ("phase" in headers[name] or _is_plan_heading(section) or design_phases(timed)):
            continue
        entries = [
            _Entry(cell(row, name), w, row[0].number) for row, w in zip(table.rows, windows, strict=True) if cell(row, name)
        ]
        return _entry_phases(entries, f"write minutes like '10 min' in the {table.header[time].text!r} column", ctx)
    return []


_BARE_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*[-\u2013]\s*\d+(?:\.\d+)?)?\s*$")


def _clock_phases(table: Table, headers: list[str]) -> list[_Entry]:
    """`| Clock | You are doing |` rows, each a stretch of the interview's clock (`5:00–10:00`)
    and what to do in it, two or more: the phases, each named by its cell's first sentence and
    timed by its stretch's length."""
    clock = next((i for i, header in enumerate(headers) if header in _CLOCK_COLUMN), None)
    if clock is None:
        return []
    stretches = [stretch for row in table.rows if (stretch := _CLOCK_STRETCH.match(cell(row, clock)))]
    doing = next((i for i in range(len(headers)) if i != clock), None)
    if doing is None or len(stretches) < 2 or len(stretches) != len(table.rows):
        return []
    entries = []
    for row, stretch in zip(table.rows, stretches, strict=True):
        start, end = (int(stretch[f"{side}m"]) * 60 + int(stretch[f"{side}s"]) for side in ("from", "to"))
        named = _FIRST_SENTENCE.split(cell(row, doing).strip(), maxsplit=1)[0].rstrip(".!? ")
        entries.append(_Entry(named, Window(end - start, end - start) if end > start else None, row[0].number))
    return entries


# A column of the interview's clock, its rows stretches of it: "Clock", "Elapsed".
_CLOCK_COLUMN = frozenset({"clock", "elapsed", "on the clock"})
_CLOCK_STRETCH = re.compile(r"^\s*(?P<fromm>\d{1,2}):(?P<froms>\d{2})\s*[-\u2013\u2014]\s*(?P<tom>\d{1,2}):(?P<tos>\d{2})\s*$")


def _naming_column(table: Table, name: int, time: int) -> int:
    """The column that names the phases: a Phase column that only numbers its rows (`| 1 |
    5 min | Clarify requirements |`) names none, the first other column with words does."""
    if not all(cell(row, name).strip(" .#").isdigit() for row in table.rows):
        return name
    others = (i for i in range(len(table.header)) if i not in (name, time))
    return next((i for i in others if all(re.search(r"[A-Za-z]", cell(row, i)) for row in table.rows)), name)


def _column(headers: list[str], words: tuple[str, ...]) -> int | None:
    return next((i for i, header in enumerate(headers) if any(w in header.split() for w in words)), None)


def _table_window(text: str) -> Window | TimingError | None:
    try:
        return parse_duration(text) if text else None
    except TimingError as error:
        # Kept for its message, not its traceback: through the frames of the read that called
        # this, the traceback would hold the page's outline in a cycle with the error.
        return error.with_traceback(None)


def _list_phases(section: Section, ctx: FileContext) -> list[Phase]:
    """`- High-level design — 10 min` items, when at least two are timed in minutes; else
    such plain lines, each a paragraph's, when they are all of the heading's own text."""
    for block in (b for b in section.blocks if isinstance(b, ListBlock)):
        if sum(1 for item in block.items if DIGIT.search(item.text)) < 2:
            continue  # a time is written in numbers: fewer than two items hold one
        entries = [_item_entry(item) for item in block.items]
        if sum(isinstance(entry.window, Window) and entry.window.max_seconds >= 60 for entry in entries) >= 2:
            return _entry_phases(entries, "write it like 'High-level design — 10 min'", ctx)
    return _line_phases(section, ctx)


def _line_phases(section: Section, ctx: FileContext) -> list[Phase]:
    """`Step 2 Propose high-level design: 10 - 15 minutes` lines, each a paragraph of its own
    and no label in bold, two or more and all of the heading's text: the plan written as lines."""
    lines = section.paragraph_lines()
    if len(lines) < 2 or any(not isinstance(block, Paragraph) for block in section.blocks) or not DIGIT.search(lines[0].text):
        return []
    entries = []
    for line in lines:
        try:
            name, window = split_timing(line.text)
        except TimingError:
            return []
        if window is None and (ranged := _TRAILING_RANGE.match(line.text)):
            # "2단계 - 큰 그림 그리기 10~15분": a range closing the line after a space, every line timed so.
            name, window = ranged["name"], read_duration(ranged["time"])
        if line.lead_bold or window is None or window.max_seconds < 60:
            return []
        entries.append(_Entry(name, window, line.number))
    return _entry_phases(entries, "write it like 'High-level design: 10 min'", ctx)


# A step's name, then its range of time after a space alone: "Deep dive 10-25 min", "깊이 들어가기 15~20분".
_TRAILING_RANGE = re.compile(r"^(?P<name>\S.*?)\s+(?P<time>\d+\s*[-\u2013~\u301c\uff5e]\s*\d+\s*[^\W\d]+\.?)\s*$")


# "10 mins: use case discussion": a step whose time comes first.
_LEADING_TIME = re.compile(
    r"^\W*(?P<time>~?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:minutes?|mins?|m)\b)\s*[:\-\u2013—]\s*(?P<name>\S.*)$", re.I
)


# "Requirements ~5 min": an approximate time after the name, with no dash or colon before it.
_TRAILING_APPROXIMATE = re.compile(
    r"^(?P<name>\S.*?)\s+(?P<time>[~≈]\s*\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:minutes?|mins?|m)\b\.?)\s*$", re.I
)


def _approximate_at_end(text: str) -> re.Match[str] | None:
    """_TRAILING_APPROXIMATE's match, tried only where a "~" or "≈" is: its lazy name
    tries every space of the line before it fails."""
    return _TRAILING_APPROXIMATE.match(text) if "~" in text or "≈" in text else None


def _item_entry(item: ListItem) -> _Entry:
    first = item.lines[0] if item.lines else None
    try:
        if first is not None and first.lead_bold and (window := leading_timing(first.after_lead)[0]):
            # "**Requirements** (5 min): ask about scale": the bold label names the step.
            return _Entry(split_timing(first.lead_bold.rstrip(": "))[0], window, item.line)
        if first is not None and first.lead_bold and (bold := split_timing(first.lead_bold.rstrip(": ")))[1]:
            # "**Clarify (5 min)** — exact or approximate?": the timed bold label is the step, the rest its note.
            return _Entry(bold[0], bold[1], item.line)
        name, window = split_timing(item.text)
    except TimingError as error:
        return _Entry(item.text, error.with_traceback(None), item.line)  # its message: see _table_window
    if window is None and (leading := _LEADING_TIME.match(item.text) or _approximate_at_end(item.text)):
        name, window = leading["name"].strip(), read_duration(leading["time"])
    elif window is not None and (noted := _ARROW_NOTE.match(item.text)):
        name = noted["name"]  # "SyncLogger (5 min) ← uses Sink": what the arrow points at is a note on the step
    return _Entry(name, window, item.line)


# A timed step, then an arrow and a note on it: "LogLevel enum   (1 min)   ← No dependencies".
_ARROW_NOTE = re.compile(r"^(?P<name>\S.*?)\s*\([^()]*\d[^()]*\)\s*(?:\u2190|\u2192|<-|->)\s*\S")


@dataclass(frozen=True)
class _Entry:
    """A row or list item of a written-out plan, before its timing is checked."""

    name: str
    window: Window | TimingError | None
    line: int


def _entry_phases(entries: list[_Entry], how_to_time: str, ctx: FileContext) -> list[Phase]:
    entries = _clock_spans(entries)
    phases = []
    for entry in entries:
        if isinstance(entry.window, TimingError):
            ctx.error(entry.line, f"phase {entry.name!r}: {entry.window}")
        elif entry.window is None:
            ctx.warning(entry.line, f"phase {entry.name!r} has no time, so it is left out: {how_to_time}")
        elif phase := _phase(entry.name, entry.window, entry.line, ctx):
            phases.append(phase)
    return phases


def _clock_spans(entries: list[_Entry]) -> list[_Entry]:
    """A written-out plan's times read as the interview's clock, as `_spans` says; an entry
    without a time or with a wrong one keeps it."""
    timed = [entry for entry in entries if isinstance(entry.window, Window)]
    windows = [entry.window for entry in timed if isinstance(entry.window, Window)]
    lengths = dict(zip(map(id, timed), _spans(windows), strict=True))
    return [replace(entry, window=lengths[id(entry)]) if id(entry) in lengths else entry for entry in entries]


def _spans(windows: list[Window]) -> list[Window]:
    """Times that read the interview's clock ("0-3 min", "3-8 min", "8-13 min": each range
    starting at 0 or where the one before it ended), in headings, labels, lists or tables
    alike, are spans: each step lasts the difference. A range that starts elsewhere ("5-10
    min") is how long a step may take."""
    if len(windows) < 2 or windows[0].min_seconds != 0 or any(w.min_seconds >= w.max_seconds for w in windows):
        return windows
    if any(after.min_seconds != before.max_seconds for before, after in pairwise(windows)):
        return windows
    return [Window(window.max_seconds - window.min_seconds, window.max_seconds - window.min_seconds) for window in windows]


def _phase(name: str, window: Window, line: int, ctx: FileContext) -> Phase | None:
    shown = phase_name(name)
    if window.min_seconds > window.max_seconds:
        ctx.error(line, f"phase {shown!r}: minimum {window.min_minutes} minutes is above maximum {window.max_minutes}")
        return None
    return Phase(shown, *window.exact_minutes, line)


# "1. Requirements", "Step 2: Basic Architecture", "Step 3 — Baseline Model"
_STEP_LABEL = re.compile(r"^(?:step\s*)?\d+[.):]\s+\S|^step\s*\d+\s+[\u2013\u2014-]\s+\S", re.IGNORECASE)
_FEWEST_STEPS = 3


def _named_steps(root: Section, source: list[str]) -> list[tuple[str, int]]:
    """Untimed steps the problem walks through: numbered bold labels on lines of their own
    (`**1. Requirements Clarification:**`, `**2. Scale Estimation:**`, ...), or such labels
    named for the parts of a design interview (`**Capacity Estimation**`, `**API Design**`),
    else its headings named for those parts ("Requirement Clarification", "API Design",
    "Estimation", "DB Design")."""
    if counted := _counted_steps(root, source):
        return counted
    if tabled := _table_steps(root):
        return tabled
    if headings := _step_headings(root):
        # The outermost layout wins: labels inside one of the steps are that step's detail.
        return [(phase_name(section.title.text), section.line) for section in headings]
    for section in root.walk():
        lines = section.paragraph_lines()
        labels = [
            (line.lead_bold, line.number)
            for line in lines
            # `**1) What is the goal?**` over its answer: a clarifying question asked, no step.
            if line.lead_bold and not line.after_lead.strip(": ") and not line.lead_bold.rstrip(": ").endswith("?")
        ]
        for named in (_STEP_LABEL.match, lambda label: _DESIGN_PHASE.search(normalize(label))):
            steps = [(phase_name(label.rstrip(": ")), number) for label, number in labels if named(label)]
            if len(steps) >= _FEWEST_STEPS:
                return steps
    # The outermost layout wins here too: plain labels inside one of the sections the problem is
    # written up in (`Functional requirements:` under `### Problem`, beside `### Solution`) are its detail.
    laid = len(_subheading_steps(_write_up(root))) >= _FEWEST_SIBLING_STEPS
    if not laid and (plain := next((steps for section in root.walk() if (steps := plain_label_steps(section))), [])):
        return plain
    return next(
        (
            steps
            for section in root.walk()
            if (steps := _listed_steps(section) or _steps_item(section) or _lines_over_detail(section, source) or _outline_labels(section))
        ),
        [],
    )


def _outline_labels(section: Section) -> list[tuple[str, int]]:
    """A heading's whole text one outline whose every top item is a short label and its colon
    alone over the bullets under it (`- estimates:` over `+ reads per second`), or a short name
    with no colon nor sentence's stop (`* Recommended architecture` over `- Micro frontends`),
    three or more, two of them named for a design interview's parts: those items are its steps.
    The last may have nothing under it yet (`* Security & compliance`): a step still to write."""
    if len(section.blocks) != 1 or not isinstance(block := section.blocks[0], ListBlock) or len(block.items) < _FEWEST_STEPS:
        return []
    last = block.items[-1]
    labels = [item.lines[0].text.strip() if len(item.lines) == 1 and (item.sublists or item is last) else "" for item in block.items]
    if not all(label and len(label.split()) <= _STEP_WORDS for label in labels):
        return []
    if not all(label.endswith(":") for label in labels) and any(label.endswith((":", ".", "?", "!")) for label in labels):
        return []
    named = sum(bool(_DESIGN_PHASE.search(normalize(label.rstrip(": ")))) for label in labels)
    return [(phase_name(label.rstrip(": ")), item.line) for label, item in zip(labels, block.items, strict=True)] if named >= 2 else []


_STEP_TABLE_WORDS = 8  # a step's name in its cell, not a sentence


def _table_steps(root: Section) -> list[tuple[str, int]]:
    """The rows of a `| Step | Task |` table with no time column (`| **1. Clarify Requirements** | … |`),
    three or more: the steps, named by their first cells."""
    for section in root.walk():
        for table in (block for block in section.blocks if isinstance(block, Table)):
            header = [normalize(cell.text) for cell in table.header]
            if not header or header[0] not in ("step", "steps", "phase", "stage") or any(h in _TIME_COLUMN for h in header):
                continue
            names = [(phase_name(row[0].text), row[0].number) for row in table.rows if row and row[0].text]
            if 2 * sum(name.isdigit() for name, _ in names) > len(names):
                # `| 1 | Take seed URL from queue | Frontier Queue |`: the system's data flow counted, no step named
                # (a row or two named otherwise among the numbers too, `| Offline | No socket? | Push instead |`)
                continue
            if len(names) >= _FEWEST_STEPS and all(len(name.split()) <= _STEP_TABLE_WORDS for name, _ in names):
                return names
    return []


_PATTERN_NAME = re.compile(r"\b(?:pattern|principle|class|interface)$")


def _lists_patterns(steps: list[Section]) -> bool:
    """Numbered headings naming design patterns or classes ("1. Observer Pattern"): a catalogue, no walk."""
    return all(_PATTERN_NAME.search(normalize(without_numbering(step.title.text))) for step in steps)


def _counted_steps(root: Section, source: list[str]) -> list[tuple[str, int]]:
    """Steps numbered on through the page whatever their markup: numbered headings at any
    depth (`## 2. Clarify`, `### 3. Estimate`), then a numbered list whose first number
    counts on from the last heading's (`4. Define the APIs` … `12. Security`), three or more
    in all, the list among them. A list that starts again at 1 is a step's own detail."""
    steps: list[tuple[str, int]] = []
    listed = False
    for section in root.walk():
        found = _COUNTED.match(section.title.text) if section is not root else None
        if found and int(found[1]) == len(steps) + 1:
            steps.append((phase_name(section.title.text), section.line))
        for block in section.blocks if steps else ():
            if not (isinstance(block, ListBlock) and block.ordered):
                continue
            number = _COUNTED.match(source[block.line - 1].strip())
            if number and int(number[1]) == len(steps) + 1:
                steps += [(phase_name(item.text), item.line) for item in block.items]
                listed = True
    return steps if listed and len(steps) >= _FEWEST_STEPS else []


_COUNTED = re.compile(r"^\W*(\d{1,2})[.)]\s")  # "3. Estimate", "### 3. **Estimate.**", "4) Define the APIs"


# A heading that only groups the walk written under it: `## Solution Walkthrough`, `## Approach`.
_WALK_GROUP = re.compile(r"\b(?:walk ?through|walk|solution|answer|approach|steps|process)$")
_STEPS_HEADING = re.compile(r"^(?:(?:the|my|our|overall|interview)\s+)?(?:strategy|approach|steps|process|plan of attack)$")
_STEP_WORDS = 6


def _listed_steps(section: Section) -> list[tuple[str, int]]:
    """A plain list of short steps under a heading named for how to proceed ("## Strategy"
    over "- Identify two core features", "- Solutions for scaling"): three or more."""
    if not _STEPS_HEADING.match(normalize(phase_name(section.title.text))):
        return []
    items = list_items(section, deep=False)
    short = all(len(item.text.split()) <= _STEP_WORDS and not item.text.rstrip().endswith((".", "?")) for item in items)
    return [(phase_name(item.text), item.line) for item in items] if len(items) >= _FEWEST_STEPS and short else []


def _steps_item(section: Section) -> list[tuple[str, int]]:
    """Such a list one level down in an outline: an item named for how to proceed (`2. Steps` beside
    `1. Question`) over a list of short steps (`1. Feature expectation`, `2. Estimation`, …), three or more."""
    for block in section.blocks:
        for item in block.items if isinstance(block, ListBlock) else ():
            if len(item.sublists) != 1 or not _STEPS_HEADING.match(normalize(phase_name(item.text))):
                continue
            steps = item.sublists[0].items
            short = all(len(step.text.split()) <= _STEP_WORDS and not step.text.rstrip().endswith((".", "?")) for step in steps)
            if len(steps) >= _FEWEST_STEPS and short:
                return [(phase_name(step.text), step.line) for step in steps]
    return []


def _lines_over_detail(section: Section, source: list[str]) -> list[tuple[str, int]]:
    """Short numbered lines counting on from 1, each over its own detail: written unindented
    after it, which ends its list (`1. Use Cases` over `- shorten a URL`, then `2. Constraints`),
    or running on under it (`1) Scope` over a line of text): three or more, and every numbered
    line of the section is one of them."""
    steps: list[tuple[str, int]] = []
    blocks = section.blocks
    for at, block in enumerate(blocks):
        if not (isinstance(block, ListBlock) and block.ordered):
            continue
        for item in block.items:
            number = _COUNTED.match(source[item.line - 1].strip())
            # A step's name before a remark after a spaced dash (`4. Calculation - calculate write first`).
            named = _REMARKED_STEP.split(item.lines[0].text, maxsplit=1)[0] if item.lines else ""
            # Its detail: lines or a list of its own, or (alone in its list) the block after it.
            detailed = len(item.lines) > 1 or bool(item.sublists) or (len(block.items) == 1 and at + 1 < len(blocks))
            if not number or int(number[1]) != len(steps) + 1 or len(named.split()) > _STEP_WORDS or not detailed:
                return []
            if named.rstrip().endswith("?"):
                return []  # "1. What is the goal?" over its answer: a question asked, no step
            steps.append((phase_name(named), item.line))
    return steps if len(steps) >= _FEWEST_STEPS else []


_REMARKED_STEP = re.compile(r"\s[-\u2013\u2014]\s")


# Sections of a write-up that are no step of the design: its statement, outline and links.
SUMMARY_WORDS = r"总结|まとめ|요약|итоги|resumen|resumo|zusammenfassung"
_NOT_A_STEP = re.compile(
    r"^(?:introduction|summary|problem statement|table of contents|contents|see also|references?|resources"
    r"|related(?: topics)?|further reading|conclusion|key takeaways?|next steps|diagrams?|architecture diagram)$"
    # ... in the author's language too: the problem's statement (题目, 題目, 問題, 문제, Задача, Problema,
    # Enunciado, Aufgabe, Énoncé) and its summary (总结, まとめ, 요약, Итоги, Resumen, Zusammenfassung).
    rf"|^(?:{STATEMENT_WORDS}|{SUMMARY_WORDS})$"
)


def _step_headings(root: Section) -> list[Section]:
    """The headings that lay out a problem's write-up as its steps: its numbered headings
    ("1. Write Path", "2. Fan-Out on Write"), three or more; else, when three or more are
    named for a design interview's parts, every section but its statement, outline and links."""
    top = _write_up(root)
    # "3) Deep-dive interviewer questions": the follow-ups asked, numbered among the steps but none of them.
    numbered = [
        child for child in top.children if _numbered(child.title.text) and not names_follow_ups(child.title.text) and not _labels_subject(child)
    ]
    # The problem's parts numbered, then `# 题解` (its solution) over `## 第一步…` steps: the solution's steps are the walk.
    solved = [step for child in top.children if _ANSWER_GROUP.match(normalize(child.title.text)) for step in child.children if _numbered(step.title.text)]
    numbered = solved if len(solved) >= _FEWEST_STEPS else numbered
    named = [child for child in top.children if _DESIGN_PHASE.search(normalize(child.title.text))]
    declared = _designed_in_their_tongue(top.title.text)  # its sections are the steps, those in them their detail
    if len(numbered) < _FEWEST_STEPS and len(named) < _FEWEST_STEPS and not declared and not _walked_through(_written_up(top)):
        # "## Solution Walkthrough" over "### 1. Gathering Requirements", …: the walk one level
        # down; not "### 1. Create Short URL" under "## API Design", a step of its own among steps,
        # nor "### 1. Token Bucket" under "## Algorithms" between "## Requirements" and "## Design".
        inner = ([step for step in child.children if _numbered(step.title.text) and not names_follow_ups(step.title.text)] for child in top.children)
        # Not "### 1. Observer Pattern" under "## Design Patterns": a list of the section's own, no walk.
        # Nor, among sections of their own, a run that walks no design under a heading that names
        # no walk (`## 代码改进`, code changes, over `### 1. 用版本号扣减库存` … beside `## 系统的特点`).
        walks = ((steps, child) for child, steps in zip(top.children, inner, strict=True))
        numbered = next(
            (
                steps
                for steps, child in walks
                if len(steps) >= _FEWEST_STEPS
                and not _lists_patterns(steps)
                and (_walked_through(steps) or _WALK_GROUP.search(normalize(phase_name(child.title.text))))
            ),
            numbered,
        )
    if len(numbered) >= _FEWEST_STEPS and (members := _members_at_its_level(top, numbered)):
        return members
    if len(numbered) >= _FEWEST_STEPS:
        # Numbered on to the page's closing sections ("9. Tips for Interviews", "10. Further
        # Reading"): a walk through the design ends where those begin.
        walked = _walked_through(numbered) or declared
        return _ungrouped(_before_closing(_after_statement(numbered)) if walked else _after_statement(numbered))
    steps = _written_up(top)
    stated = _design_topics(steps) and bool(_problem_parts(top))  # two named, under the problem's statement
    if _walked_through(steps):
        return _before_closing(steps)  # as a numbered walk, it ends where the closing sections begin
    return steps if len(named) >= _FEWEST_STEPS or stated else []


def _members_at_its_level(top: Section, numbered: list[Section]) -> list[Section]:
    """The unnumbered sections around a run of numbered ones that open right under an empty heading
    named for a design's part (`### Functional Requirements` with nothing under it, then `### 1.
    Vehicle Entry` … at its level, then `### Non-Functional Requirements`), or of any name when the
    run names no part and the others walk the design: the run is that heading's members written at
    its level, the unnumbered sections the steps. Empty on any other page."""
    children = top.children
    first = children.index(numbered[0]) if numbered[0] in children else 0
    if first == 0 or children[first : first + len(numbered)] != numbered:
        return []
    opener = children[first - 1]
    if opener.blocks or opener.children or _numbered(opener.title.text):
        return []
    others = [child for child in children if child not in numbered]
    # Under an empty heading of any name (`### Advanced Security & Production Considerations`,
    # then `### 1. Multi-Tiered Rate Limiting` … at its level), a run naming no design's part
    # beside unnumbered sections that walk one (`### Functional Requirements`, `### High-Level
    # Architecture`, …) is that heading's members too.
    if not _DESIGN_PHASE.search(normalize(opener.title.text)) and (_part_named(numbered) or _part_named(others) < _FEWEST_STEPS):
        return []
    return others


def _part_named(sections: list[Section]) -> int:
    """How many of the sections are named for a design's parts."""
    return sum(bool(_DESIGN_PHASE.search(normalize(section.title.text))) for section in sections)


def _write_up(root: Section) -> Section:
    """The heading a problem's write-up is under: a page's one title holds its sections ("#
    Design Dropbox" over "## Requirements", …). One whose only section is its requirements,
    the steps after them written a level down under it (`## FR` over `### NFR`, `### APIs`,
    `### HLD`), has those steps beside it, as they are read."""
    top = root.children[0] if len(root.children) == 1 and not root.title.text else root
    first = top.children[0] if len(top.children) == 1 else None
    if first is not None and len(first.children) >= _FEWEST_SIBLING_STEPS and _problem_part(first.title.text) is None and _design_asked(first.title.text, False):
        # `# Design a Ride Dispatch Service` over one `## Designing a Ride Dispatch Service with …` that asks it again
        # over `### Problem`, `### Solution`, …: the write-up is under the ask restated, its own text an introduction.
        return first
    if first is None or _problem_part(first.title.text) is None or len(first.children) < _FEWEST_STEPS:
        return _wandered_on(_counted_on(top))
    if sum(_DESIGN_PHASE.search(normalize(child.title.text)) is not None for child in first.children) < _FEWEST_STEPS:
        return _wandered_on(_counted_on(top))  # `## Requirements` over `### Functional`, `### Non-Functional`: its own parts
    return replace(top, children=[replace(first, children=[], end_line=first.children[0].line - 1), *first.children])


# "2 Scope", "4) Estimates", "5 📦 Storage": the count a heading opens with, a mark after it or none.
_COUNT = re.compile(r"^\W*(\d{1,2})(?:[.):]|\s)")


def _count(heading: str) -> int | None:
    found = _COUNT.match(heading)
    return int(found[1]) if found else None


def _counted_on(top: Section) -> Section:
    """A walk whose headings wander in level while their count goes on (`## 3 Storage`,
    `## 4 Estimates`, then `### 5 APIs`, `### 6 Scaling` under it, as notes typed in haste
    often are): the headings under a step that count on from it, and those after them, are
    steps beside it, as their numbers say. Only where the count runs on through the siblings
    first (3, then 4), so a step's own numbered parts (`### 1. Reads`) stay its own."""
    children: list[Section] = []
    for n, child in enumerate(top.children):
        number = _count(child.title.text)
        if number is None or n == 0 or _count(top.children[n - 1].title.text) != number - 1:
            children.append(child)
            continue
        # The first of its subheadings that counts goes on from it (its own parts would count from 0 or 1).
        at = next((k for k, inner in enumerate(child.children) if _count(inner.title.text) is not None), None)
        moved = child.children[at:] if at is not None else []
        counts = [found for inner in moved if (found := _count(inner.title.text)) is not None]
        if not moved or counts != list(range(number + 1, number + 1 + len(counts))):
            children.append(child)
            continue
        children.append(replace(child, children=child.children[:at], end_line=moved[0].line - 1))
        children += [_deeper(inner, child.level - inner.level) for inner in moved]
    return replace(top, children=children) if len(children) != len(top.children) else top


def _wandered_on(top: Section) -> Section:
    """A walk whose headings wander in level with no count to say so (`## API Design` over its
    own `#### Video Upload`, `#### Search Video`, a level skipped, then `### Data Model`, `###
    Component Design` under it): the subheadings from the first written above the step's own
    parts, when it is named for a design's part, are steps beside it. A step whose parts open a
    level under it (`### Functional` in `## Requirements`) keeps them all."""
    children: list[Section] = []
    for child in top.children:
        levels = [inner.level for inner in child.children]
        at = next((k for k, level in enumerate(levels) if level < levels[0]), None)
        if at is None or levels[0] <= child.level + 1 or not _DESIGN_PHASE.search(normalize(phase_name(child.children[at].title.text))):
            children.append(child)
            continue
        moved = child.children[at:]
        children.append(replace(child, children=child.children[:at], end_line=moved[0].line - 1))
        children += [_deeper(inner, child.level - inner.level) for inner in moved]
    return replace(top, children=children) if len(children) != len(top.children) else top


def _after_statement(steps: list[Section]) -> list[Section]:
    """A numbered walk's steps from the first that is not its statement or summary (`1. 题目`,
    `2. Summary`, then `3. Requirements`): those are no steps, numbered or not."""
    names = [normalize(phase_name(step.title.text)) for step in steps]
    start = next((n for n, name in enumerate(names) if not _PREAMBLE.match(name)), len(steps))
    return steps[start:]


_PREAMBLE = re.compile(rf"^(?:problem statement|summary|{STATEMENT_WORDS}|{SUMMARY_WORDS})$")


_FEWEST_NAMED_TOPICS = 2


def _design_topics(steps: list[Section]) -> bool:
    """Three sections or more, two of them named for a design's parts ("Data Model", "Final
    Architecture"): a walk through a design whatever the others are named ("Approach",
    "Avoiding Double Booking", "Rollout"), once the problem is stated (a topic page on a
    technology has such sections too: "Architecture", "Storage", "Scaling")."""
    named = sum(bool(_DESIGN_PHASE.search(normalize(phase_name(step.title.text)))) for step in steps)
    return len(steps) >= _FEWEST_STEPS and named >= _FEWEST_NAMED_TOPICS


def with_title_over_walk(document: Document) -> Document:
    """A page whose first heading names a system and holds no walk of its own, followed by
    sections of its own level that walk the design, from the requirements (`# URL Shortener -
    HLD` over a picture, then `# 1. Requirements`, `# 2. API Design`, …) or, under a statement
    of the problem or its requirements, two or more named for a design's parts (`## Parking
    Service` over `### Problem Statement`, then `## Approach`, `## Data Model`, …): the first
    heading is the page's title, written at its sections' level, and they are its sections.
    The document is returned unchanged otherwise."""
    root = document.root
    if len(root.children) <= _FEWEST_STEPS:
        return document  # most pages: a title over its sections, or a few sections
    first, after = root.children[0], root.children[1:]
    # Its sections share one level; the title is written at it, or smaller over nothing of its
    # own (`### Image Hosting Service` over a line, then `## Functional Requirements`, …).
    smaller = first.level > after[0].level and not first.children
    if any(section.level != after[0].level for section in after) or not (smaller or first.level == after[0].level):
        return document
    # A title over the walk's first steps (`## 1) Problem statement`, `## 2) Requirements`), the
    # sections after it counting on from them at the title's level (`# 4) Stage 1 …`): one walk,
    # typed at two levels, as _counted_on reads steps that wander in level.
    counted = [found for child in first.children if (found := _count(child.title.text)) is not None]
    counts_on = bool(counted) and _count(after[0].title.text) == counted[-1] + 1
    if len(first.children) >= _FEWEST_STEPS and not counts_on:
        return document
    # A numbered first heading is one of the sections ("## 1. Offers Take Too Long"), and one
    # that opens the walk ("# Step 1 - Clarify Requirements") its first step: no title.
    numbered = _numbered(first.title.text) and not _designed_in_their_tongue(first.title.text)
    # "### Questions to ask" (the candidate's), "## Requirements": the walk's first step, no system named.
    opening = _CLARIFYING.search(normalize(first.title.text)) or names_a_part(first.title.text)
    # ... and so is one timed as every section after it is (`### FEATURE EXPECTATIONS [5 min]`, then
    # `### ESTIMATIONS [5 min]`, …), unless it asks for the design (`## Design Twitter (45 min)`).
    timed = all(_untimed(s.title.text) != s.title.text.strip() for s in root.children) and not asks_for_design(first, file_title=True)
    if numbered or opening or timed or not names_a_system(first) or untitled_steps(document):
        return document
    walk = replace(first, children=after)
    steps = _step_headings(walk) or _written_up(walk)
    walked = _walked_through(steps) or (_design_topics(steps) and _problem_parts(first))
    # `### DESIGN URL SHORTNER` alone over `# SCOPE`, `# SCALE`, …: a smaller heading asking for the design is its title.
    asked = smaller and len(steps) >= 2 and asks_for_design(first, file_title=True)
    if not (walked or asked or (_designed_in_their_tongue(first.title.text) and len(steps) >= _FEWEST_STEPS)):
        return document  # ... or a first heading that says it is a system's design in the author's language
    title = replace(first, level=1, end_line=root.end_line, children=[*first.children, *(_deeper(s, 2 - s.level) for s in after)])
    return replace(document, root=replace(root, children=[title]))


def _deeper(section: Section, by: int) -> Section:
    return replace(section, level=section.level + by, children=[_deeper(child, by) for child in section.children])


def designed_by_file_name(document: Document) -> list[Section]:
    """The top headings of a page whose file is named as the ask for a design
    (`Designing_Tinder.md`) and whose first heading names that system (`Tinder Architecture`),
    beside three more or more at its level: the design's steps, whatever they are named
    (`Storing Images`, `Matching Algorithm`). None on any other page."""
    root = document.root
    if len(root.children) < _FEWEST_STEPS or root.children[0].children or len({s.level for s in root.children}) > 1:
        return []
    asked = _asked_by_file_name(document)
    if asked and document.title is None and root.blocks and not any(section.children for section in root.children) and not _KINDS_DESIGNED.search(asked.string):
        # Notes of its own before its first heading (`Designing a URL Shortener.md` opening on `Suppose we
        # have to store 365 million URLs …`), no title over them: the headings after them, three or more
        # with nothing under them but text, are the design's steps, whatever they are named (`### Approaches`).
        return list(root.children)
    named = {word for word in asked.string.split()[1:] if len(word) >= _NAME_LETTERS} if asked else set()
    first = set(normalize(root.children[0].title.text).split())
    # The heading is the system's name, perhaps with what the page shows of it: "Tinder Architecture".
    return list(root.children) if len(root.children) > _FEWEST_STEPS and named & first and first - named <= _SYSTEM_SHOWN else []


def notes_named_as_ask(document: Document) -> bool:
    """A page with no headings whose file, or whose folder for a README, is named as the ask for a
    design (`DesignPastebin/README.md`, `design-web-crawler.md`), over notes of its own: in lists
    (what the system does, its parts), or ten lines or more in paragraphs or plain fences (not
    only links to read). That design, named by the file, its steps the preset's. Headings that
    only name parts any page has (`# Abstract`, `## About` over the notes) name nothing either."""
    root = document.root
    headings = [section for section in root.walk() if section is not root]
    if any(not _ANY_PAGES_PART.match(normalize(section.title.text)) for section in headings):
        return False
    if _asked_by_file_name(document) is None:
        # Notes in a file named for the system alone (`WebhookDispatcher.md`) that ask, on a line of
        # their own, how to design it (`How would you design a webhook dispatcher?`) are named as the ask too.
        return _asked_of_named(document) is not None
    if any(isinstance(block, ListBlock) for section in (root, *headings) for block in section.blocks) and names_a_system(None, document.name):
        return True
    noted = sum(len(_LINK_OR_URL.sub(" ", line).split()) >= _NOTE_WORDS for line in document.source_lines)
    return noted >= _FEWEST_NOTE_LINES


# "Abstract", "About", "Overview": a heading any page may have, naming none of what it is about.
_ANY_PAGES_PART = re.compile(r"^(?:abstract|about|overview|introduction|intro|summary|notes?|details|description|tl ?dr)$")


def _named_by_place(path: Path) -> str | None:
    """The name of the first of a page's file, its folder and, past a folder of documentation
    (`docs/`), the project above it, that names more than a part any page has or the kind of
    file it is (`README`, `Description`)."""
    places = [path.stem, path.parent.name]
    if _DOCS_FOLDER.match(normalize(path.parent.name)):
        places.append(path.parent.parent.name)
    for place in places:
        words = normalize(place)
        if words and not (_ANY_PAGES_PART.match(words) or _DOCS_FOLDER.match(words) or words in _KINDS_OF_FILE):
            return file_title(place)
    return None


_DOCS_FOLDER = re.compile(r"^(?:docs?|documentation|wiki)$")  # a project's pages about itself, named by the project
_KINDS_OF_FILE = frozenset({"readme", "index", "main"})


# "DesignPastebin": the ask run on into the system's name, as a repository's name writes it.
_ASK_RUN_ON = re.compile(r"^(Design(?:ing)?)(?=[A-Z])")
_LINK_OR_URL = re.compile(r"\[[^\]]*\]\([^)]*\)|<?https?://\S+>?|<[^>]+>")  # a link, a bare address, an HTML tag (`<img …>`)
_NOTE_WORDS = 4  # a line of notes, not a label or a link's title
_FEWEST_NOTE_LINES = 10


def _asked_of_named(document: Document) -> str | None:
    """The line of notes with no heading that asks how to design the system their file names
    (`How would you design a webhook dispatcher?` in `WebhookDispatcher.md`), over a list of its own."""
    named = set(normalize(_CAMEL_WORDS.sub(" ", document.name).replace("_", " ").replace("-", " ")).split())
    for block, after in pairwise(document.root.blocks):
        if not isinstance(block, Paragraph) or len(block.lines) != 1 or not isinstance(after, ListBlock):
            continue
        text = block.lines[0].text.strip()
        ask = _HOW_ASKED.sub("", text)  # "How would you design a webhook dispatcher?": "design a webhook dispatcher?"
        if ask != text and text.endswith("?") and (designed := _DESIGNED.match(ask)) and set(normalize(designed["what"]).split()) <= named:
            return text
    return None


# "CDNEdgeCache": words run together, an acronym before a capitalised word ("CDN Edge Cache").
_CAMEL_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _asked_by_file_name(document: Document) -> re.Match[str] | None:
    """The ask a file's name makes, in words (`Designing_Tinder.md`, `Design-code-deployment-system.md`)."""
    return _DESIGN_TITLE.match(normalize(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", document.name).replace("_", " ")))


# "Designing Data-Intensive Applications.md", "Designing Distributed Systems.md": a kind of system in the
# plural, as books on designing are named; notes on one are not a design of one system.
_KINDS_DESIGNED = re.compile(rf"\b{_KINDS_OF_SYSTEM}$")
_NAME_LETTERS = 3  # a word of a system's name, not an article or a joining word
_SYSTEM_SHOWN = frozenset({"architecture", "design", "system", "overview", "hld", "high", "level", "app", "service"})


def untitled_steps(document: Document) -> list[Section]:
    """The steps of a page with no title of its own, whose first heading is its first step
    ("# Step 1 - Clarify Requirements") in a walk from the requirements to the design."""
    root = document.root
    steps = _step_headings(root)
    if not steps or not _opens_page(steps[0], root):
        return []
    # A file named as the ask (`Design-code-deployment-system.md`) says what the walk designs.
    return steps if _walked_through(steps, designed=_asked_by_file_name(document) is not None) else []


def _opens_page(step: Section, root: Section) -> bool:
    """Whether the step is the page's first heading, or comes right after headings that only
    introduce the page or state its problem (`## Introduction`, `## Problem Statement` over
    the ask): sections a walk may open with before its requirements, no title of the page."""
    at = next((n for n, child in enumerate(root.children) if child is step), None)
    if at is None:
        return False
    before = root.children[:at]
    return all(_NOT_A_STEP.match(normalize(phase_name(section.title.text))) and not section.children for section in before)


# How an instruction to the candidate opens: "Draw the data models", "Calculate the storage".
_INSTRUCTION = re.compile(
    r"^(?:draw|discuss|estimate|calculate|identify|outline|define|list|ask|clarify|consider|describe|explain|sketch"
    r"|mention|state|talk|walk|start|think|choose|pick|decide|determine|propose|check|make sure|roughly \w+)\b",
    re.IGNORECASE,
)
_INSTRUCTED_SHARE = 1 / 3


def _instructs(steps: list[Section]) -> bool:
    """Steps that tell the reader how to answer ("Draw the data models", "Calculate the
    bandwidth"), a third or more of their lines: a method, not one system's design."""
    lines = [item.text for step in steps for item in list_items(step, deep=False)]
    lines += [line.text for step in steps for line in step.paragraph_lines() if not line.text.startswith("![")]
    told = sum(bool(_INSTRUCTION.match(without_symbols(text).strip())) for text in lines)
    return bool(lines) and told >= _INSTRUCTED_SHARE * len(lines)


# "Reqirements", "Requierment": requirements typed in haste, a letter dropped or two swapped.
_MISSPELT_REQUIREMENT = r"req\w{0,3}r\w*m\w*"


# A walk-through opens with the requirements ("## Requirement", "## Clarifying questions") and
# reaches the design ("## High-level design", "## Design").
# Named in the author's language too: requirements in the languages study notes are written
# in beside English (Требования, Requisitos, Anforderungen, Exigences, Yêu cầu), and in those
# whose words no space or \b sets apart (요구사항, 需求, 要件), or the design's scope (设计范围);
# the design (Проектирование, Diseño, Entwurf, Conception, Thiết kế, 설계, 设计, 設計) or its
# architecture (Архитектура, Arquitectura, 아키텍처, 架构).
_OPENING_STEP = re.compile(
    r"\b(?:requirements?|reqs?|clarif\w*|scope|understand\w*|use cases?|framing(?: it| the problem)?$|problem framing"
    # ... misspelt in haste, as notes often have it (`Reqirements`, `Requierment`)
    rf"|{_MISSPELT_REQUIREMENT}"
    r"|требовани\w*|вимог\w*|requisitos?|requerimientos?|exigences?|anforderung\w*|yêu cầu|gereksinim\w*)\b"
    r"|요구\s*사항|需求|要件|范围|範囲|问题定义|問題定義|문제\s*정의"
    # ... understanding the problem or its scope (理解 Chinese and Japanese, スコープ, 스코프, 이해)
    r"|理解|スコープ|스코프|이해|\bhiểu\b"  # ... and Vietnamese hiểu (`Hiểu rõ vấn đề`, understanding the problem)
    # ... or the scenarios it serves, the first of the four steps Chinese notes design by (场景, then
    # 服务, 存储, 扩展: scenario, service, storage, scale), `## 应用场景`, `## 业务场景`
    r"|场景|場景"
)
_DESIGN_STEP = re.compile(
    r"\b(?:design|architecture|high level|архитектур\w*|проектировани\w*|дизайн\w*|arquitetura|arquitectura"
    r"|diseño|conception|entwurf|architektur|thiết kế|kiến trúc)\b|설계|아키텍처|设计|設計|架构|アーキテクチャ"
)


def _walked_through(steps: list[Section], *, designed: bool = False) -> bool:
    """Sections that walk a design interview from the requirements to the design, three or
    more, whatever the ones between are named ("Initial Discussion", "Types of throttling");
    an overview of the system may come before the requirements. Where the page is known to
    be a design's (`designed`), from the requirements on, whatever the later ones are named."""
    names = [normalize(phase_name(step.title.text)) for step in steps]
    # An overview, the problem's statement and a summary come before the requirements, any of them.
    while names and (_OVERVIEW_STEP.search(names[0]) or _NOT_A_STEP.match(names[0])) and not _OPENING_STEP.search(names[0]):
        names = names[1:]
    return len(names) >= _FEWEST_STEPS and bool(_OPENING_STEP.search(names[0])) and (designed or any(_DESIGN_STEP.search(n) for n in names[1:]))


def _requirements_then_design(steps: list[Section]) -> bool:
    """Two sections, the first on the requirements and the second on the design (`## Requirements`,
    `## High-Level Design`): the shortest walk a design's notes take."""
    names = [normalize(phase_name(step.title.text)) for step in steps]
    return len(names) == 2 and bool(_OPENING_STEP.search(names[0])) and bool(_DESIGN_STEP.search(names[1]))


# "1. Why do we need URL shortening?", "1. Why Yelp or Proximity Server?": the system's purpose, said before its requirements.
_OVERVIEW_STEP = re.compile(r"\b(?:overview|introduction|background|summary|what is|motivation|purpose|why (?:do|would) we need)\b|^why\b")
# The sections that close a write-up: questions asked about it, uses, tips, links.
# "Interviewer Grading (Staff / L6 bar)", "Scorecard": how a mock round was judged, after its walk;
# "Scoring Feedback", "Session Feedback": a coached round's marks.
_JUDGED = re.compile(
    r"\b(?:grading|scorecard|verdict)\b|\binterviewer (?:feedback|evaluation|assessment)\b"
    r"|\bscoring feedback\b|^(?:(?:coach|session|round|mock)\s)?feedback$"
)
_CLOSING_SECTION = re.compile(
    r"\b(?:questions|use cases|tips|further reading|references?|resources|see also|related|takeaways|phrases)\b"
    # "How to speak it": saying the design aloud, no step of it.
    r"|^how to (?:speak|say|present|pitch) it\b"
    # ... in the author's language too: summary (总结, まとめ, Итоги, Resumen), wrap-up (마무리), references
    # (参考, 참고), see also (См. также, Ver también, Siehe auch, Voir aussi), at the interview (на интервью).
    r"|^(?:总结|總結|小结|小結|まとめ|마무리|参考|참고)"
    r"|^(?:см также|ver también|veja também|siehe auch|voir aussi|итог\w*|resumen|zusammenfassung)\b"
    r"|^на (?:интервью|собеседовании)\b"
    # "Summary", "Summary Checklist" close the page; "Design Choices Summary" sums up one step of the walk.
    r"|^(?:(?:key|final|the|in)\s)*(?:conclusions?|summary)\b"
    rf"|{_JUDGED.pattern}"
)


# A section about the interview or the page, not a step of the design.
_BESIDE_THE_DESIGN = re.compile(
    rf"{_CLOSING_SECTION.pattern}|\b(?:interview\w*|framework|rubric|evaluation|expectations|mistakes|pitfalls|checklist)\b"
)


def _before_closing(steps: list[Section]) -> list[Section]:
    """The steps up to the first of the page's closing sections."""
    names = [normalize(phase_name(step.title.text)) for step in steps]
    # The book's wrap-up after its detailed design is its last step, and ends the walk there.
    end = next((n + _wraps_up(names, n) for n, name in enumerate(names) if n >= _FEWEST_STEPS and _CLOSING_SECTION.search(name)), len(steps))
    return steps[:end]


# The book's third and fourth steps as its Korean translation names them: the detailed design, the wrap-up.
_DETAILED_DESIGN = re.compile(r"^상세\s?설계$")
_WRAP_UP = re.compile(r"^마무리$")


def _wraps_up(names: list[str], at: int) -> int:
    """1 for a wrap-up (`## 마무리`) right after the detailed design: the fourth and last step of
    the four the book lays out, where the interviewer's follow-ups come, not a close of the page,
    though its step numbers are left off (`## 상세설계` then `## 마무리`); else 0."""
    return int(bool(_WRAP_UP.match(names[at]) and _DETAILED_DESIGN.match(names[at - 1])))


def _numbered(heading: str) -> bool:
    """ "1. Write Path", "Step 2: Core objects", "Phase 3 - Scale": a heading numbered as a step."""
    return without_numbering(heading) != heading.strip() or bool(_NUMBERING.match(without_symbols(heading).strip()))


def laid_out_in_steps(document: Document) -> bool:
    """A page titled for one system's design ("Facebook News Feed System Design") whose
    headings lay the design out in steps: a design problem, its steps untimed; not one whose
    sections, half or more, hold links only (`## Courses`, `## Books` over lists of them): a
    reading list."""
    if not _laid_out(document):
        return False  # most pages: their sections' lines are not looked at for links
    sections = (document.title or document.root).children
    return not 2 * sum(_links_listed(section, document.source_lines) for section in sections) >= len(sections) > 1


# A line that opens with a link, bulleted or not (`* [Jepsen](https://…) - about …`), or is only a bold label (`**ByteByteGo**`).
_OPENS_WITH_LINK = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[^\]]*\]\([^)]*\)|<?https?://)|^\s*\*\*[^*]+\*\*\s*(?://.*)?$")
_LISTED_LINKS = 0.75  # the share of a section's lines that open with a link: a list of things to read or watch


def _links_listed(section: Section, source: list[str]) -> bool:
    """Whether a section's lines mostly open with a link (each a thing to read or watch, a remark after it)."""
    body = [line for line in source[section.line : section.end_line] if line.strip()]
    return bool(body) and sum(bool(_OPENS_WITH_LINK.match(line)) for line in body) >= _LISTED_LINKS * len(body)


def _laid_out(document: Document) -> bool:
    if designed_by_file_name(document):
        return True
    title = document.title
    if title is None or untitled_steps(document):
        # No title heading, its top headings the steps ("# Step 1 - Clarify Requirements"): the
        # design of the system its name (a README's folder) names, unless the steps tell how to answer.
        steps = untitled_steps(document)
        if not steps and title is None and document.root.children and names_a_system(None, document.name):
            # Its top headings walk a design from the requirements (a README named by its folder,
            # `whatsapp/`, opening at `### Questions to ask`): the folder's system's design.
            walk = _step_headings(document.root) or _written_up(document.root)
            return _walked_through(walk) or (_design_topics(walk) and bool(_problem_parts(document.root)))
        return bool(steps) and names_a_system(None, document.name) and not _instructs(steps)
    # One part of the title names the design, whatever another says of the page: "Web
    # Crawler Design - Comprehensive Interview Notes".
    parts = [normalize(part) for part in _TITLE_PARTS.split(title.title.text)] if title is not None else []
    if title is None:
        return False
    named_design = _file_names_design(document.name) or bool(_DESIGN_REMARK.search(title.title.text))
    # A folder named for the discipline ("system-design/") holds notes on its concepts and
    # technologies too: it says a page is a design only when a section is named for a design's part.
    named_design = named_design or (
        _file_names_design(document.folder, folder=True)
        and any(_DESIGN_PHASE.search(normalize(phase_name(step.title.text))) for step in _written_up(title))
    )
    # "# System Design Practice — Week 3, Session 3" over "## Topic: Notification System": the kind of
    # page in the title, the system in the subject labelled under it, as "System Design Practice:
    # Notification System" names both.
    labelled = subject(document) is not title and any(
        _DISCIPLINE.match(normalize(part)) for part in _TITLE_PARTS.split(without_numbering(title.title.text))
    )
    named_design = named_design and names_a_system(title) and not _names_concept(title)
    if _designed_in_their_tongue(title.title.text) or labelled or named_design:
        # Said to be one system's design by its title in the author's language, or by its file's
        # name or its folder's ("system-design/notification-system.md"): its sections, three or
        # more, are the design's steps, whatever they are named (or its numbered steps a level down,
        # under `## 2 Answer structure`). Two are enough when they walk it whole, the requirements then the
        # design (`## Functional Requirements`, `## Simplified Design`): short notes on it, as a design's own.
        written = _written_up(title)
        return len(written) >= _FEWEST_STEPS or len(_step_headings(title)) >= _FEWEST_STEPS or _requirements_then_design(written)
    if len(_step_headings(title)) < _FEWEST_STEPS:
        return False
    if any(_NAMED_DESIGN.search(part) and not _ABOUT_METHOD.search(part) for part in parts) or _labelled_design(parts):
        return True
    # A title that only names the system ("Rate Limiter") over a walk from its requirements to its
    # design, or over sections two of which are named for a design's parts once the problem or its
    # requirements are stated (a topic page on a technology has "Architecture", "Storage" too).
    steps = _step_headings(title)
    named = names_a_system(title) and not _names_concept(title)  # "Geo Algorithm" over its approaches: an idea, no system
    # A method shown on one problem its introduction names ("… demonstrates the process by solving
    # Design Twitter"): the walk from its requirements is that problem's design.
    named = named or worked_example(title) is not None
    if named and _says_when_to_use(title):
        return False  # "- **Use when**: high-throughput event pipelines": a technology's or pattern's card, no system to design
    return named and (_walked_through(steps) or (_design_topics(steps) and bool(_problem_parts(title))))


_WHEN_TO_USE = re.compile(r"^(?:use (?:it )?when|when to use(?: it)?|when not to use(?: it)?)$")


def _says_when_to_use(title: Section) -> bool:
    """Whether a page says when to use its subject, under a heading or a bold label of that name."""
    for section in title.walk():
        if _WHEN_TO_USE.match(normalize(section.title.text)):
            return True
        labels = (line.lead_bold for block in section.blocks for line in block_lines(block) if line.lead_bold)
        if any(_WHEN_TO_USE.match(normalize(label.rstrip(": "))) for label in labels):
            return True
    return False


def worked_example(title: Section | None) -> str | None:
    """The problem a page titled for the method of a design interview ("Interview Step-by-Step")
    says, in its own text under the title, that it solves to show the method: "by solving Design
    Twitter", "using Design a URL Shortener as the example"; None on any other page."""
    if title is None or not _ABOUT_METHOD.search(normalize(title.title.text)):
        return None
    for line in title.paragraph_lines():
        if found := _WORKED_EXAMPLE.search(line.text):
            return found["name"]
    return None


# "by solving Design Twitter", "using “Design a URL Shortener” as an example": the problem named as
# it is asked, a capitalised name after "Design".
_WORKED_EXAMPLE = re.compile(
    r"\b(?:by (?:solving|working through|walking through|designing)|using|through|with|on|take|taking)\s+(?:the\s+)?"
    r"[\"“*_]*Design\s+(?:an?\s+|the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)


# "Text Chatting System 설계", "秒杀系统设计", "URL短縮の設計": a system named before the word for its design,
# in a language that writes it after the name (Korean, Chinese, Japanese); "시스템 설계" alone is the discipline.
_DESIGNED_IN_THEIR_TONGUE = re.compile(r"^(?P<name>.*?)\s*(?:system|시스템|系统|系統|システム)?\s*の?\s*(?:설계|设计|設計)$")


# "CAP Theorem", "Observer Pattern", "Raft Algorithm": a title naming an idea, which no one
# designs, though its file sits in a folder named for system design; so does one naming a
# technique ("Consistent Hashing", "Caching", Russian "Кэширование"), not a system built with it.
CONCEPT_TITLE = re.compile(
    r"\b(?:theorem|theory|law|principles?|patterns?|algorithms?|paradigm|fundamentals|basics|concepts?"
    r"|hashing|caching|sharding|partitioning|replication|indexing|consensus|load balancing|rate limiting"
    # A protocol or style of interface ("HTTP & REST", "TCP vs UDP", "DNS"): notes on how it works, no system.
    r"|protocols?|https?|tcp|udp|dns|rest|grpc|graphql|websockets?|tls|oauth"
    # A quality a system has ("High Availability, Throughput, and Scalability"): notes on it, no system.
    r"|availability|scalability|throughput|latency|consistency|durability|reliability|ilities"
    r"|кэширование|кеширование|шардирование|репликация|индексация)$"
    # ... and in Chinese, whose words no \b sets apart: hashing, an algorithm, a theorem, a principle
    # ("设计一致性哈希", the book's chapter on consistent hashing as its translations title it).
    r"|(?:哈希|散列|算法|定理|原理)$"
)


# "## What is a Lease?" as the first section: the page explains its subject, it designs nothing
# ("## 0. What Is This System?" sums up the system the page designs).
_DEFINES = re.compile(r"^what (?:is|are) (?:an? |the )?(?!(?:this|it|these)\b)\w")


# "第 5 章": a chapter's place in a book written in Chinese ("Chapter 5" is one of _PLACE_CODE's).
_CHINESE_CHAPTER = re.compile(r"^第 ?\d+ ?[章节節课課]$")
# The ask before what is asked for: "Design …", Chinese "设计…" (設計 in traditional characters).
_ASK_WORD = re.compile(r"^(?:design(?:ing)?\s+|(?:\u8bbe\u8ba1|\u8a2d\u8a08)\s*)", re.IGNORECASE)


def technique_designed(heading: str) -> str | None:
    """The technique a book's chapter explains under a title that asks for its design, as the
    book titles its design problems ("Design Consistent Hashing", "第 5 章\uff1a设计一致性哈希"):
    "Consistent Hashing", "一致性哈希", no place in the book and no ask."""
    code, title = split_title(heading)
    if code is not None and not (_PLACE_CODE.match(place := normalize(code)) or _CHINESE_CHAPTER.match(place)):
        return None
    title = without_numbering(title).strip()
    words = normalize(title)
    if not (_DESIGN_TITLE.search(words) and CONCEPT_TITLE.search(words)):
        return None
    return _ASK_WORD.sub("", title).strip() or None


def _names_concept(title: Section) -> bool:
    """A title naming an idea (in its first part: `CAP Theorem — Theory & Practice`), or over a
    first section that asks what its subject is."""
    first = title.children[0].title.text if title.children else ""
    named = _TITLE_PARTS.split(title.title.text)[0]
    return bool(
        CONCEPT_TITLE.search(normalize(phase_name(title.title.text)))
        or CONCEPT_TITLE.search(normalize(phase_name(named)))
        or _DEFINES.match(normalize(phase_name(first)))
    )


def _designed_in_their_tongue(title: str) -> bool:
    found = _DESIGNED_IN_THEIR_TONGUE.match(words := normalize(title)) or _IN_A_SERIES_OF_DESIGNS.match(title.strip())
    return found is not None and bool(found["name"].strip()) and not _ABOUT_METHOD.search(words)


# "常见系统设计题系列-秒杀系统": a series of design questions (common system design questions), then
# the one system this page designs.
_IN_A_SERIES_OF_DESIGNS = re.compile(
    r"^(?:常见|经典|常見|經典)?(?:系统|系統)(?:设计|設計)(?:面试)?(?:题|題|问题|問題)?(?:系列|合集)?\s*[-\u2013\u2014:\uff1a]\s*(?P<name>\S.*)$"
)


# "Projeto 9: WhatsApp (System Design)": the kind of page said in a remark after the system's name.
_DESIGN_REMARK = re.compile(r"\(\s*system\s+design\s*\)\s*$", re.IGNORECASE)


def _file_names_design(name: str, *, folder: bool = False) -> bool:
    """A file or folder named for the discipline ("2025-04-10-system-design-Rate-Limiter",
    "systemDesign-whatsapp", "system-design") or as the ask ("16_Design_Social_Media_Feed"), not
    for a method ("system-design-framework"). A folder named for the interview
    ("system-design-interview/") holds its designs as one named for the discipline does: there
    "interview" names no method, as it does in a file's name ("system-design-interview.md", a guide)."""
    words = normalize(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name))
    # "16_Design_Social_Media_Feed": a folder named as the ask, a number before it.
    asked = bool(_DESIGN_TITLE.match(_NUMBER_CODE.sub("", words.replace("_", " "))))
    method = _ABOUT_METHOD.search(_INTERVIEW_WORD.sub(" ", words) if folder else words)
    return (bool(_DESIGN_DISCIPLINE.search(words)) or asked) and not method


_INTERVIEW_WORD = re.compile(r"\binterviews?\b")


@lru_cache(maxsize=4096)  # each heading's title, by every rule over a design's steps
def phase_name(text: str) -> str:
    """ "High-Level Design" from "2. 🏗️ High-Level Design": no numbering, no emoji."""
    name = without_symbols(_NUMBERING.sub("", without_symbols(without_numbering(text)))).rstrip(" :")  # a keycap "1️⃣" too
    return name or text.strip()


def _with_references(phases: list[Phase], document: Document) -> list[Phase]:
    """Each phase with the file's reference design for it: the text under its own timed
    heading, else under the first heading of the same name ("### API Design")."""
    by_line = {s.line: s for s in document.root.walk() if s is not document.root}
    by_name: dict[str, Section] = {}
    for section in by_line.values():
        by_name.setdefault(normalize(phase_name(_untimed(section.title.text))), section)
    found = []
    starts = sorted({phase.line for phase in phases})
    for phase in phases:
        heading = by_line.get(phase.line) or by_name.get(normalize(phase.name))
        if heading:
            text = "\n".join(document.source_lines[heading.line : heading.end_line])
        else:
            text = _under_label(phase, starts, document)
        text = _THEMATIC_BREAK_AT_END.sub("", text).strip()
        found.append(replace(phase, reference=text))
    return found


def _under_label(phase: Phase, starts: list[int], document: Document) -> str:
    """A step named by a bold label (`**1. Requirements Clarification:**`): what is written
    from its label up to the next step's, inside the heading that holds it."""
    lines = document.source_lines
    label = lines[phase.line - 1] if 0 < phase.line <= len(lines) else ""
    if "**" not in label or label.lstrip().startswith("|") or normalize(phase.name) not in normalize(label):
        return ""  # a preset's phase placed at the problem's heading, a table's row: no text of its own
    holder = max((s for s in document.root.walk() if s.line <= phase.line <= s.end_line), key=lambda s: s.line)
    following = next((start for start in starts if start > phase.line), holder.end_line + 1)
    return "\n".join(lines[phase.line - 1 : min(following - 1, holder.end_line)])


def _untimed(heading: str) -> str:
    try:
        return split_timing(heading)[0]
    except TimingError:
        return heading


def _collection(parent: Section) -> bool:
    """A heading over headings that ask for designs ("### 3. Design Instagram", "### 4.
    Design Rate Limiter"), two or more."""
    return sum(asks_for_design(child, file_title=False) for child in parent.children) >= _FEWEST_SIBLING_PROBLEMS


_FEWEST_SIBLING_PROBLEMS = 2


def written_up_alike(parent: Section, section: Section) -> bool:
    """A numbered heading in a collection of design problems, written up as they are (two
    or more subheadings named for a design's parts): one more problem, though it only names
    its system ("### 1. URL Shortener" beside "### 2. Design Twitter")."""
    named = [child for child in section.children if _DESIGN_PHASE.search(normalize(child.title.text))]
    if _ABOUT_METHOD.search(normalize(section.title.text)):
        return False  # "23.2 The 4-Step Framework (HLD)" beside "23.5 Mock Interview: Design …": how to answer any
    return _numbered(section.title.text) and len(named) >= 2 and _collection(parent)


@per_heading
def walks_a_design(section: Section) -> bool:
    """A heading inside a page that names a system ("## URL Shortener", "### 2. Chat System")
    over three or more subheadings, or bold labels opening its paragraphs, that walk its
    design from the requirements on to a design's parts (`### Requirements`, then `### API`,
    `### Data Model`, …), telling what the design is rather than what to do: one problem,
    whatever frames it (notes on several systems)."""
    if not _room_for_steps(section, _FEWEST_STEPS):
        return False  # most headings, told at a glance
    steps = _written_up(section)
    names = [phase_name(step.title.text) for step in steps] or [name for name, _ in label_steps(section)]
    if len(names) < _FEWEST_STEPS or not _OPENING_STEP.search(first := normalize(names[0])):
        return False  # most headings: fewer subheadings, or none opening with the requirements
    later = [normalize(name) for name in names[1:]]
    heading = normalize(phase_name(_after_item_code(section.title.text)))
    return (
        bool(first)
        and any(_DESIGN_PHASE.search(name) for name in later)
        and _names_system(heading)
        and not _DESIGN_PHASE.search(heading)
        and not _instructs(steps or [section])
    )


def _after_item_code(heading: str) -> str:
    """A heading's name after a code that numbers it as one item of a series ("Parking Lot System"
    of "Mock Interview #1: Parking Lot System"); the heading itself when it has no such code."""
    code, title = split_title(heading)
    return title if code and _ITEM_CODE.match(normalize(code)) else heading


def _room_for_steps(section: Section, steps: int) -> bool:
    """Whether a heading has parts enough for `steps` steps of a design: as many blocks with
    no subheadings (each step a bold label opening a paragraph: label_steps), a list's items
    each one (`- **Requirements**: …` over `- **API**: …`: _labelled_items), or subheadings
    that give as many (each a step, or the numbered steps it groups: _written_up)."""
    if not section.children:
        return sum(len(block.items) if isinstance(block, ListBlock) else 1 for block in section.blocks) >= steps
    return sum(max(1, len(child.children)) for child in section.children) >= steps


_LABEL_WORDS = 6


# "LLD Problems - Quick Reference Index", "System Design Questions": a page named for the design problems it holds.
_NAMES_DESIGN_PROBLEMS = re.compile(
    r"\b(?:lld|hld|(?:low|high) level design|object oriented design|system design|design)\s"
    r"(?:problems?|questions?|exercises?|case studies|challenges?|programs?|projects?)\b"
)
# What a system must do, as a label over a list: "**Features:**", "**Requirements:**".
_SPEC_LABEL = re.compile(r"^(?:key |core |main )?(?:features?|requirements?|functional requirements)$")


def specified_in_a_list(section: Section, title: Section | None) -> bool:
    """A numbered heading with no subheadings on a page named for the design problems it
    holds (`# LLD Problems - Quick Reference`), over a list of what its system does under a
    label (`### 04. Parking Lot` over `**Features:**`): one problem, specified short."""
    if section.children or title is None or section is title or not _numbered(section.title.text):
        return False
    if not _NAMES_DESIGN_PROBLEMS.search(normalize(title.title.text)):
        return False
    return under_label(section, lambda label: bool(_SPEC_LABEL.match(label))) is not None


# "# Object Oriented Design", "# OOD Notes", "# LLD": a page of object-oriented designs.
_OOD_PAGE = re.compile(r"^(?:object oriented design|ood|lld|low level design|machine coding)(?: (?:notes|problems|questions|interviews?))?$")
# A step that lays out the classes: "Class", "Classes", "Class Diagram", "Member fields and Methods of Class".
_CLASS_STEP = re.compile(r"\bclass(?:es)?\b")


def ood_problem(section: Section, title: Section | None) -> bool:
    """A heading right under a page titled for object-oriented design (`# Object Oriented Design`,
    `# LLD`) that names a system (`## Vending Machine`, `## Parking Lot`) over two subheadings or
    more, one laying out its classes (`### Class`, `### Member fields and Methods of Class`): one
    design problem, walked by its subheadings (not `## Design Pattern` over `### Builder`)."""
    # The page's title first: asked of every heading, and most pages are no such page.
    if title is None or not _OOD_PAGE.match(normalize(without_symbols(title.title.text))):
        return False
    if len(section.children) < 2 or not any(section is child for child in title.children):
        return False
    named = _names_system(normalize(phase_name(section.title.text)))
    return named and any(_CLASS_STEP.search(normalize(child.title.text)) for child in section.children)


def names_a_system_alone(section: Section) -> bool:
    """A heading with text of its own and no subheadings that names a system, not a part
    of a design, a way of answering or a section closing the page ("Rate Limiter", not
    "Scaling Techniques" nor "Category Summary")."""
    words = normalize(phase_name(section.title.text))
    return (
        bool(words and section.blocks and not section.children)
        and ":" not in section.title.text  # a label over a value ("Problems Completed: ___/4"), no name
        and _names_system(words)
        # Every line a link (`1. [Example 1: URL Shortener](#example-1)`): the page's contents, an index, no system.
        and not _contents_only(section)
        and not _DESIGN_PHASE.search(words)
        and not _BESIDE_THE_DESIGN.search(words)
        and not _OVERVIEW_STEP.search(words)
    )


def _contents_only(section: Section) -> bool:
    """Whether a heading's text is only links, one a line (`1. [Example 1: URL Shortener](#example-1)`): the page's contents."""
    lines = [line for block in section.blocks if isinstance(block, (Paragraph, ListBlock)) for line in block_lines(block) if line.text.strip()]
    return bool(lines) and all(line.link_only for line in lines)


def label_steps(section: Section) -> list[tuple[str, int]]:
    """The steps of a design written up under bold labels in a heading's own text, one
    opening each paragraph (`**Requirements**: shorten URLs, …`, `**Estimation**:` over a
    fence): (name, line). Only a heading with no subheadings is looked at."""
    if section.children:
        return []
    found = [
        (phase_name(label.rstrip(": ")), block.line)
        for block in section.blocks
        if isinstance(block, Paragraph)
        and (label := block.lines[0].lead_bold)
        and (label.endswith(":") or block.lines[0].after_lead[:1] in ("", ":"))
        and len(label.split()) <= _LABEL_WORDS
        and not _SPEAKER.match(normalize(label))
    ]
    return found or _labelled_items(section) or plain_label_steps(section)


# "FR:", "Core Entities:", "API Design:": a plain label alone on the first line of its paragraph.
_PLAIN_LABEL = re.compile(r"^[^\W\d_][^:?]{0,48}:$")
_LABEL_REMARK = re.compile(r":\s*\([^()]*\)$")
# Beside the parts of a design interview, what notes name their steps: "Assumptions:", "FR:", "User Service:".
_PLAIN_STEP = re.compile(r"\b(?:assumptions?|constraints?|considerations?|entities|fr|nfr|deep dives|services?|use cases?)\b")
_FEWEST_PLAIN_LABELS = 2


def plain_label_steps(section: Section) -> list[tuple[str, int]]:
    """The steps of a design written in plain text in a heading's own text, with no
    subheadings: each paragraph opening with a short label line (`FR:` over its list,
    `Estimations:`), or a short line alone over a list naming a part of a design
    (`Functional Requirements` over its bullets). Two or more, two of them named for the
    parts of a design (`Scale:`, `API Design:`): (name, line)."""
    if section.children:
        return []
    found: list[tuple[str, int]] = []
    for at, block in enumerate(section.blocks):
        if not isinstance(block, Paragraph) or (first := block.lines[0]).lead_bold:
            continue
        # A remark in brackets after the label's colon (`Estimates: (rough, to size it)`) is none of its name.
        text = _LABEL_REMARK.sub(":", first.text.strip())
        words = normalize(text)
        if len(text.split()) > _LABEL_WORDS + 1:
            continue
        labelled = bool(_PLAIN_LABEL.match(text))
        over_list = len(block.lines) == 1 and at + 1 < len(section.blocks) and isinstance(section.blocks[at + 1], ListBlock)
        # ... or a step named by its number alone (`Step 1` over its list, beside `Step 2: High-level design`).
        numbered = over_list and _STEP_NUMBER.fullmatch(text) is not None
        if labelled or numbered or (over_list and _DESIGN_PHASE.search(words) and not text.endswith((".", "?", "!"))):
            found.append((phase_name(text.rstrip(":")), first.number))
    named = [name for name, _ in found if _DESIGN_PHASE.search(words := normalize(name)) or _PLAIN_STEP.search(words)]
    # As many labels run on inside paragraphs ("Caching:" closing one): no step opens a paragraph of its own.
    inside = sum(bool(_PLAIN_LABEL.match(line.text.strip())) for block in section.blocks if isinstance(block, Paragraph) for line in block.lines[1:])
    return found if len(found) >= _FEWEST_PLAIN_LABELS and len(named) >= _FEWEST_PLAIN_LABELS and inside < len(found) else []


# "**I:**", "**C:**", "**Interviewer:**", "**You:**": who speaks in a transcript, no step of the design.
_SPEAKER = re.compile(r"^(?:[a-z]|interviewer|candidate|me|you)$")
_LABELLED_ITEMS = 3  # `- **Scale:** …` items, three or more, every one of a list labelled: its steps


def _labelled_items(section: Section) -> list[tuple[str, int]]:
    """The steps of a design written as one list whose every item opens with a bold label and
    its colon (`- **Requirements:** shorten URLs …`, `- **Scale:** …`), three or more: (name, line).
    The colon may follow the bold (`- **Requirements**: shorten URLs …`), as it does for a paragraph's label."""
    for block in section.blocks:
        if not isinstance(block, ListBlock) or len(block.items) < _LABELLED_ITEMS:
            continue
        firsts = [item.lines[0] if item.lines else None for item in block.items]
        labels = [
            line.lead_bold + ":" if line is not None and line.lead_bold and line.after_lead[:1] == ":" else line.lead_bold if line is not None else None
            for line in firsts
        ]
        if all(label and label.endswith(":") and len(label.split()) <= _LABEL_WORDS for label in labels):
            return [(phase_name(label.rstrip(": ")), item.line) for label, item in zip(labels, block.items, strict=True) if label]
    return []


def stage_of_walk(parent: Section | None, section: Section) -> bool:
    """A numbered heading that only names a stage of the design ("7. Start from Simple
    Design", "Step 6: Improved Design") among sibling steps named for a design interview's
    parts (requirements, estimates, API), most of them: one step of that walk, not a problem
    of its own. One that asks ("3. Design Twitter") is still asked."""
    if parent is None or not _numbered(section.title.text):
        return False
    words = normalize(without_numbering(split_title(section.title.text)[1]))
    if _ASKS_FOR_DESIGN.search(words) or _DESIGN_TITLE.match(words):
        return False
    others = [child for child in parent.children if child is not section]
    # Named for a building block ("8. Cache"), a step of a walk that opens with the requirements, not a concept of a topic page.
    walked = any(_OPENING_STEP.search(normalize(child.title.text)) for child in parent.children)
    steps = sum(
        bool(_DESIGN_PHASE.search(words := normalize(child.title.text)) or (walked and _BUILDING_BLOCK.search(words)))
        and not asks_for_design(child, file_title=False)
        for child in others
    )
    return steps >= _FEWEST_SIBLING_STEPS and 2 * steps >= len(others)


_FEWEST_SIBLING_STEPS = 2
_FEWEST_ALONE_STEPS = 5  # the parts a design is written up in under one section of its own
# A walk's later steps often take a building block's name ("4. System APIs", "8. Cache", "9. Load Balancer (LB)").
_BUILDING_BLOCK = re.compile(
    r"\b(?:apis|cach\w*|load balanc\w*|partition\w*|replicat\w*|shard\w*|purg\w*|cleanup|telemetry|security|queues?)\b"
)


def _subheading_steps(root: Section) -> list[tuple[str, int]]:
    """A problem's own subheadings, its statement, outline, links and follow-ups aside, two or more."""
    written = _written_up(root)
    # A coached round's write-up ends its walk where it is judged (`## Scoring Feedback`, then advice).
    judged = next((n for n, child in enumerate(written) if _JUDGED.search(normalize(phase_name(child.title.text)))), len(written))
    steps = [(phase_name(child.title.text), child.line) for child in written[:judged]]
    return steps if len(steps) >= 2 else []


_NOT_ONE_OF_ITS_STEPS = re.compile(
    r"^(?:(?:the |interview )?(?:question|problem|prompt)|difficulty|seen at|asked at|compan(?:y|ies)|tags?"
    r"|(?:common )?(?:mistakes|pitfalls|misunderstandings|misconceptions)|(?:interview )?tips|(?:interview )?discussion points|q a(?: scenarios)?|faq"
    r"|(?:sample|model|example) answer|links|related (?:links|documents|reading)|useful links|why do we need .+"
    r"|(?:key )?strengths|notes for (?:the )?interview|interview notes|interview focus"
    r"|(?:interviewer |evaluation |grading |scoring )(?:checklist|rubric|criteria)|(?:notes )?before you (?:begin|start)"
    r"|(?:industry |real world )examples|checklist|check list"
    # The interview's questions in the author's language: Portuguese, Spanish.
    r"|perguntas(?: da| de)?(?: entrevista)?|preguntas(?: de la| de)?(?: entrevista)?"
    # A project's readme beside the design: how to run it, what it prints, what it teaches, where to read on.
    r"|quick ?start|getting started|how to run(?: it)?|demo(?: output)?|sample output|what this (?:problem )?(?:teaches|demonstrates|covers)"
    r"|(?:learning )?objectives|read \S+ md|see \S+ md"
    # ... in the author's language: interview points and tips, links, references (参考 alone too, as `## 参考`; Korean 참고), further reading.
    r"|面试要点|面试技巧|相关链接|参考(?:资料|链接|文献)?|참고(?: ?자료)?|延伸阅读)$"
)


def _written_up(top: Section) -> list[Section]:
    """The sections a problem is written up in: all but its statement, outline, links and
    follow-ups; a section that only groups steps numbered as such (`## Approach` over `###
    Step 1: High-Level Design`, `### Step 2: …`), half of them or more named for a design's
    parts, gives those steps."""
    return _ungrouped(
        [
            child
            for child in top.children
            if not _NOT_A_STEP.match(normalize(phase_name(child.title.text)))
            and not names_follow_ups(child.title.text)
            and not _states_the_ask(child)
            and not _labels_subject(child)  # `## Topic: Notification System`: what the page is about, no step
            and any(char.isalnum() for char in child.title.text)  # `## ##########`: a rule drawn across the page
        ]
    )


def _states_the_ask(section: Section) -> bool:
    """A section named for the problem's statement that only states the ask (`## Goal` over "Design a URL
    shortening service like TinyURL"): the question, no step."""
    lines = section.paragraph_lines()
    named = _ASK_ALONE.match(normalize(phase_name(section.title.text)))
    return bool(named) and not section.children and len(lines) == 1 and bool(_ASKS.match(lines[0].text))


# "Goal", "Prompt": a section named for the ask alone ("Problem Statement & Scope" sets the scope too: a step).
_ASK_ALONE = re.compile(r"^(?:the )?(?:(?:core|main) )?(?:problem statement|problem description|statement|prompt|goals?|topic)$")


def _ungrouped(steps: list[Section]) -> list[Section]:
    """The steps, each that only groups steps numbered as such given as those steps."""
    found: list[Section] = []
    for step in steps:
        grouped = [without_numbering(without_symbols(inner.title.text)) for inner in step.children]
        numbered = len(grouped) >= _FEWEST_SIBLING_STEPS and all(_STEP_NUMBER.match(name) for name in grouped)
        # Steps of the design (`Step 2: API Design`), half of them or more, not variants of one part (`Step 1: Push`).
        named = sum(_names_design_part(normalize(phase_name(name))) for name in grouped)
        # `## Answer` over the answer's own sections (`### Data & ML Lifecycle`, …): those are the steps.
        answer = _ANSWER_GROUP.match(normalize(phase_name(step.title.text))) and len(step.children) >= 2
        # The problem's one section over all its parts (`## Practice` over `### Requirements
        # clarifications`, `### Back-of-envelope estimation`, …), most named for a design's parts: those.
        alone = len(steps) == 1 and len(grouped) >= _FEWEST_ALONE_STEPS
        # ... or over the features it works through one by one (`## Core Features` over `### Shortening
        # a URL`, `### Redirection Flow`, `### Analytics`): those, whatever they are named.
        features = len(steps) == 1 and len(step.children) >= 2 and bool(_FEATURES_GROUP.match(normalize(phase_name(step.title.text))))
        # ... or, among other steps, one named for the design alone with no text of its own (`## Design the
        # System` over `### Storage`, `### APIs`, … after `## Requirements`): it only groups the design's parts.
        design = len(steps) >= 2 and not step.blocks and len(grouped) >= 2
        design = design and bool(_DESIGN_GROUP.match(normalize(phase_name(step.title.text))))
        found += step.children if ((numbered or alone or design) and 2 * named >= len(grouped)) or answer or features else [step]
    return found


_ANSWER_GROUP = re.compile(
    r"^(?:my |sample |model |suggested |the )?(?:answer|solution)$|^(?:题解|解答|解法|参考答案)$"
    rf"|^(?:{ANSWER_ABROAD}|solución|solucion|solução|solucao|lösung)$"  # ... in the author's language
)
# "Design", "System Design", "Design the System": the design itself named, none of its parts.
_DESIGN_GROUP = re.compile(r"^(?:(?:the|my|our) )?(?:system )?design(?: (?:the )?system)?$")
_FEATURES_GROUP = re.compile(r"^(?:core |main |key )?(?:features|use cases|user flows|flows)$")


@lru_cache(maxsize=4096)  # asked of each heading's and label's words by several rules in turn (73 % again)
def _names_design_part(words: str) -> bool:
    """A design's part named in English or, opening or reaching the design, in the author's language
    (`Step1:課題理解` for understanding the problem, `Step2:基本設計` for the basic design)."""
    return bool(_DESIGN_PHASE.search(words) or _OPENING_STEP.search(words) or _DESIGN_STEP.search(words))


_SAID = re.compile(r"[^\s*_\-]")  # a line with words on it: not blank, nor a `---` break


def _with_untimed_steps(timed: list[Phase], root: Section, ctx: FileContext, title: str, laid_out: bool) -> list[Phase]:
    """One timed step among three or more written alike (`## Step 1: Clarify (3–5 min)`, then
    `## Step 2: Requirements` … `## Step 13: Follow-ups`): every one of them is a step, the untimed
    ones given an equal share of the preset (with a warning), the timed one its own timing."""
    if len(timed) != 1:
        return timed
    scratch = FileContext(ctx.path, ctx.document)  # its warning is said below, of the untimed steps alone
    steps = _default_phases(root, scratch, timed[0].line, title, laid_out)
    untimed = [step for step in steps if step.line != timed[0].line]
    # (The preset, given when the page writes no steps, is all placed at the timed step's line.)
    if len(steps) < _FEWEST_STEPS or len(untimed) != len(steps) - 1:
        return timed
    ctx.warning(
        untimed[0].line,
        f"{len(untimed)} of the {len(steps)} steps from line {steps[0].line} have no timings; each is given "
        f"{minutes_said(untimed[0].min_minutes, untimed[0].max_minutes)}, an equal share of the default plan. "
        "Time them, e.g. '**2. Requirements (5 min):**'",
    )
    return [timed[0] if step.line == timed[0].line else step for step in steps]


# `1. **Scale Estimation:**` opening a line of an answer quoted in a fence.
_QUOTED_STEP = re.compile(r'^\s*"?(?P<number>\d+)[.)]\s+\*\*(?P<name>[^*]+?):?\*\*:?\s*$')
_FEWEST_QUOTED_STEPS = 3


def _quoted_answer_steps(root: Section) -> list[tuple[str, int]]:
    """A design's answer quoted whole in a fence (`**Your Approach:**` over ```"I'd design this
    with: 1. **Scale Estimation:** …"```): its numbered bold parts counting on from 1, three or
    more, are its steps: (name, line)."""
    for block in (block for part in root.walk() for block in part.blocks):
        if not isinstance(block, Code) or not quoted_whole(block):
            continue
        found = [(match, line) for line in fence_lines(block) if (match := _QUOTED_STEP.match(line.text))]
        if len(found) >= _FEWEST_QUOTED_STEPS and [int(match["number"]) for match, _ in found] == list(range(1, len(found) + 1)):
            return [(match["name"].strip(), line.number) for match, line in found]
    return []


# "Your Approach", "Sample Answer", "Solution": a label over a design's whole answer.
_WHOLE_ANSWER_LABEL = re.compile(r"^(?:(?:your|my|the|sample|suggested|model|example)\s+)?(?:approach|answer|solution|response)$")


def _default_phases(root: Section, ctx: FileContext, line: int, title: str, laid_out: bool = False) -> list[Phase]:
    """The problem's own untimed steps, each with an equal share of the preset, or else
    the preset; with a warning that names where timings were looked for. In a collection of
    problems each written up under its own subheadings (laid_out), those are its steps,
    whatever they are named, or else its bold labels opening paragraphs, one or more: the
    outermost layout wins over labels inside them."""
    top = _write_up(root)
    laid = laid_out and (_subheading_steps(root) or label_steps(root))  # notes on several systems: each as written
    if laid and len(laid) == 1 and _WHOLE_ANSWER_LABEL.match(normalize(laid[0][0])):
        laid = []  # `**Your Approach:**` alone over the whole answer: it names the answer, no step of it
    steps = laid or _named_steps(root, ctx.document.source_lines) or _subheading_steps(top) or _quoted_answer_steps(root)
    # The page's labels on the problem (`**Difficulty:**`, `**Seen at:**`) and what it says beside
    # the design (`## Common Mistakes`, `**Sample Answer:**`) are no steps, whichever way steps were found.
    # Nor is the problem's own heading, written beside its steps at their level (`## 设计一个抢票系统`).
    lines = ctx.document.source_lines
    after = {number: next((n for _, n in steps if n > number), len(lines) + 1) for _, number in steps}
    # The section of questions put to the design ("# Other Questions to Consider") that gives its
    # follow-ups (_follow_ups) is no step of it.
    asking = _questions_section(root) if not any(names_follow_ups(s.title.text) for s in root.walk()) else None
    if asking is not None and not _NAMES_QUESTIONS.search(normalize(asking.title.text)):
        asking = None  # "# Cache" over "## How much cache memory should we have?": a step asked as questions
    # Nor are the questions put to the design after its walk (`## Which store keeps the schedules?` …), nor what closes them.
    put_after = {section.line for section in _questions_after_walk(root)}
    steps = [
        (name, number)
        for name, number in steps
        if (asking is None or number != asking.line)
        and number not in put_after
        and not _NOT_ONE_OF_ITS_STEPS.match(words := normalize(name))
        and not _ASKING_LABEL.match(normalize(split_title(without_numbering(name))[0] or ""))  # `## Question: Fair Dispatch` over the prompt
        # ... when nothing is written under it but the prompt: with text of its own it opens the walk.
        and not (
            words == normalize(phase_name(title))
            and not any(_SAID.search(text) and not _asks_a_design(text) for text in lines[number : after[number] - 1])
        )
    ]
    if steps:
        low, high = equal_share(len(steps))
        ctx.warning(
            steps[0][1],
            f"the {len(steps)} steps from line {steps[0][1]} have no timings; each is given {minutes_said(low, high)}, an equal "
            f"share of the default {sum(high for _, _, high in DEFAULT_DESIGN_PHASES)}-minute plan in whole minutes. "
            "Time them, e.g. '**1. Requirements (5 min):**'",
        )
        return [Phase(name, low, high, number, "default") for name, number in steps]
    phases = [Phase(name, low, high, line, "default") for name, low, high in DEFAULT_DESIGN_PHASES]
    plans = [f"{s.title.text!r} (line {s.line})" for s in root.walk() if s is not root and _is_plan_heading(s)]
    anywhere = "in any heading or under a plan heading such as '## Interview Plan'"
    where = f"in {', '.join(plans)} or in any heading" if plans else anywhere
    ctx.warning(
        line,
        f"no timed phases found {where}; using the default {sum(p.max_minutes for p in phases)}-minute plan. "
        "Time the phase headings, e.g. '### High-Level Architecture (5-10 minutes)', or add a '| Phase | Time |' table",
    )
    return phases


# --- where problems are ---------------------------------------------------------------------

# "Design a URL shortener", "Designing the feed": a title that asks for a system.
# ... "Design of a chat system", in Spanish "Diseño de un sistema de …", in Portuguese "Design de um …".
# ... "Design and implement Twitter.": a task set as coding problems set theirs, the system named with no
# article (not "Design and Implementation", a part's name).
_ASKS_FOR_DESIGN = re.compile(
    r"\bdesign(?:ing)?\s+(?:of\s+)?(?:a|an|the)\s+\w|\b(?:diseño|diseno|design)\s+de\s+(?:un|una|um|uma)\s+\w|^(?:\d+[.)]?\s+)?design and (?:implement|build) \w"
)
# "Design Twitter" (not "Design Interviews", "Designing for Failure" or "Design Deep Dive").
_DESIGN_TITLE = re.compile(
    r"^design(?:ing)?\s+(?!(?:interview|principle|pattern|review|doc|document|framework|template|guide|tip|process"
    r"|consideration|choice|decision|question|problem|round|system|thinking|approach|skill|basic|fundamental"
    r"|deep|dive|overview|detail|summary|discussion|goal|component|rationale|alternative|note|phase|step"
    r"|practice|exercise|drill|log|journal|tracker|study|studie"
    r"|for|with|by|in(?! memory)|of|to|and|at|on)s?\b)\w"  # "Design In-Memory Job Scheduler" names a system
    # "设计(一个)秒杀系统", "设计 Uber 打车系统", "如何设计一个秒杀系统": (how to) design (a) … system, in Chinese,
    # in traditional characters too ("設計一個聊天系統": 設計, 一個); not the design interview, its patterns or
    # principles named so ("設計面接の準備", Japanese, as English "Design Interviews" names no system)
    r"|^(?:\u5982\u4f55|\u600e\u4e48|\u600e\u6837)?(?:\u8bbe\u8ba1|\u8a2d\u8a08)(?:\u4e00\u4e2a|\u4e00\u500b)?\s?"
    r"(?!\u9762\u63a5|\u9762\u8bd5|\u9762\u8a66|\u6a21\u5f0f|\u539f\u5219|\u539f\u5247)[^\W\d_]"
)
# "Ride-Hailing Dispatch Design", "Twitter System Design": a system named before "design"
# (not "System Design", "API Design", "High-Level Design").
_NAMED_DESIGN = re.compile(
    r"\b(?!(?:systems?|sys|api|data|database|schema|software|product|interview|level|detailed|ux|ui|interface|object|domain|architecture"
    # ... a data model's part ("Single-Table Design", "Key Design", "Index Design"): how data is laid out, no system.
    r"|tables?|keys?|index(?:es)?|models?|rows?|columns?|partitions?"
    r"|class|component|test|the|a|an|your|my|our|and|of|for|to|in|on|with|at|by|l\d+"
    # "How did you design multi-environment deployments?": work one did, asked of the one who did it.
    r"|you|we|i|they"
    # ... and those words in the languages whose pages say "Consistency in System Design" so
    # (Vietnamese 'trong', Spanish 'en', Portuguese 'em', French 'dans', German 'im' …): the discipline, no system;
    # so is "to" it ("Introducción al System Design", Portuguese "ao", French "au").
    r"|trong|v\u1ec1|cho|c\u1ee7a|en|em|no|na|dans|pour|para|im|f\u00fcr|zum|zur|de|del|des|du|da|do|al|ao|au"
    # "5-Step System Design", "The Complete System Design …": words that qualify the discipline, no system.
    r"|steps?|phases?|stages?|parts?|ultimate|complete|essential|basic|simple|quick|practical|general|generic|universal"
    r"|standard|modern|effective|any|full|comprehensive|advanced|beginners?|intermediate"
    # "Weakest Design Re-solve", "Final Design", "Previous Design": words that rank or place one of
    # one's designs among others, no system named.
    r"|weakest|strongest|worst|best|previous|last|latest|next|final|earlier|own|same"
    # "1.9 Reliability & Operations Design", "Security Design": a practice an architect designs for, no system.
    r"|operations|ops|security|reliability)\b)[a-z][a-z0-9]*\s+"
    r"(?:(?:system|low level|high level)\s+)?design\b"
    # "Key Design Decisions", "Design Choices": what was decided in a design, no system named.
    r"(?!\s+(?:decisions?|choices?|considerations?|principles?|patterns?|trade ?offs?|rationale|goals?|notes?)\b)"
)
# "Problem 3", "Case Study 2", "System Design Question 4", "Design 1": the author's number for a problem.
# ... in Portuguese and Spanish too: "Exercício Prático 1", "Ejercicio 2", "Problema 3", "Caso 4".
_PROBLEM_CODE = re.compile(
    r"^(?:(?:system\s+)?design\s+)?(?:problem|question|case(?:\s+study)?|exercise|challenge)\s*\d+$|^(?:system\s+)?design\s*\d+$"
    r"|^(?:exerc[ií]cio|ejercicio)(?:\s+pr[aá]c?tico)?\s*\d+$|^(?:problema|caso)\s*\d+$"
)
# "Example 3", "Exercise 2", "Sample Interview Scenario": a code that calls its heading one item of a kind.
_ITEM_CODE = re.compile(
    r"^(?:(?:system\s+)?design\s+)?(?:(?:sample|practice|mock|interview)\s+)*"
    r"(?:problem|question|case(?:\s+study)?|exercise|challenge|example|scenario|prompt|walkthrough|drill|round|interview)(?:\s*\d+)?$"
)
# A heading about how to answer, not a problem to answer: a framework, a guide, a cheat-sheet.
_ABOUT_METHOD = re.compile(
    r"\b(?:framework|interviews?|templates?|guides?|tips|approach|process|steps|method|strateg(?:y|ies)|cheat ?sheet"
    r"|checklist|reference|overview|fundamentals|basics|how to|structure|time management|timing|pacing|primer|introduction"
    r"|talk track|outlines?|playbook|manuals?|handbooks?|usage|formulas?|formulae)\b"
    r"|\b(?:формул)"  # formulas to reckon with (Russian), a reference, no system
)
# "Problem Statement", "## Problem", "3.1 Functional Requirements", "Platform Requirements (15 minutes)":
# a part of a problem (not "Vague Requirements for an Export Feature").
_PROBLEM_PART = re.compile(
    # "Problem Overview", "The Prompt": the statement under a name of its own.
    r"^(?:\d+\s)*(?:the\s)?(?:(?:core|main)\s)?(?:problem(?: statement| overview| description| definition| summary)?$|(?:interview\s)?(?:question|prompt)$"
    # "The brief & assumptions": the statement as a worked design writes it.
    r"|brief(?:\s(?:and\s)?assumptions)?$"
    # "Features": what the system must do, as InterviewBit's design problems open (then "Estimation", "Deep Dive").
    r"|features$"
    r"|(?:(?:non\s)?functional\s|platform\s|system\s|business\s|key\s|core\s"
    r"|product\s|technical\s)?requirements(?:\s(?:clarifications?|gathering|and\s\w+))?$"
    # "Requirement clarifications": the same step with the first word singular, the second plural.
    r"|requirement\sclarifications?$)"
    r"|^(?:\d+\s)*(?:非)?(?:機能要件|功能需求)$"
    # ... and in Vietnamese: the brief (`## Đề bài`, `## Bài toán`), the requirements (`## Yêu cầu`) and
    # their functional and non-functional kinds (`### Chức năng`, `### Phi chức năng`), a lab sheet's parts.
    r"|^(?:\d+\s)*(?:đề bài|bài toán|yêu cầu(?: (?:phi )?chức năng)?|(?:phi )?chức năng)$"
)
# ... or by their short names alone, `## FR` and `### NFR`, numbered too (not a phase's, `## Phase 4: NFRs`).
_REQUIREMENTS_SHORT = re.compile(r"^(?:step\s)?(?:\d+\s)*n?frs?$")


# ... or by its short name ("hld-questions/flash-sale.md": high-level design questions).
# ... or as a set of design problems ("design-problems/hotstar/main.md").
_DESIGN_DISCIPLINE = re.compile(r"\b(?:system design|design interviews?|hld|high level design|design (?:problems|questions))\b")


def method_of_design(title: str) -> bool:
    """A title that says the page is a method for design interviews: the discipline and a
    method's word ("The 5-Step System Design Framework", "System Design Interview Cheat Sheet")."""
    words = normalize(title)
    method = bool(_DESIGN_DISCIPLINE.search(words) and _ABOUT_METHOD.search(words)) or bool(_DESIGN_INTERVIEW_ABROAD.search(words))
    return method and not named_beside_kind(title)


# "시스템 설계 면접 준비법", "系统设计面试指南": the system design interview named in the author's language,
# as "System Design Interview …" names it (the discipline and a method's word).
_DESIGN_INTERVIEW_ABROAD = re.compile(r"시스템\s?설계\s?면접|系统设计\s?面试|系統設計\s?面試|システム設計\s?面接")


def names_a_part(heading: str) -> bool:
    """A heading that names a part of a problem: its statement or its requirements, however
    qualified ("Requirements Analysis", "Functional & Non-Functional Requirements")."""
    words = normalize(without_numbering(without_symbols(heading)))
    split = words.split()
    return bool(_PROBLEM_PART.search(words)) or (any(map(_REQUIREMENT_WORD.fullmatch, split)) and len(split) <= _PART_WORDS)


_PART_WORDS = 5
_REQUIREMENT_WORD = re.compile(rf"requirements?|{_MISSPELT_REQUIREMENT}")  # spelt right or in haste


_ASKS_WHAT_WAS = re.compile(r"^(?:what|how|why|which|when) (?:were|was|did)\b")


def asks_for_design(section: Section, *, file_title: bool) -> bool:
    """A heading that asks for a system to be designed: "Design a ..." anywhere in it; an
    author's problem number over a problem's parts or timed phases ("Problem 3: Global
    Storage", not a coding "Problem 3: Two Sum"); or "Design Twitter" as a file's title or
    a numbered heading."""
    asked = _design_asked(section.title.text, file_title)
    if asked is False and asks_by_name(section.title.text) and _own_timed_steps(section) >= 2:
        return True  # "### Design Twitter (45 min)" over its own timed steps, wherever on a guide it sits
    if asked is not None:
        return asked
    # An author's number over a problem's parts: its question alone ("### The Question" over
    # "Tell me about yourself") is any round's, a design's only when it asks for one.
    parts = _problem_parts(section)
    if parts and parts <= _ASKING_PARTS:
        return any(_ASKS.match(line.text) for child in section.children for line in child.paragraph_lines()[:1])
    return bool(parts) or _timed_children(section) >= 2


# "How to Design Twitter", "How to design a URL shortener": one system's design, asked as "Design …"
# is; not "How to Design Distributed Systems", systems in general.
_HOW_TO_DESIGN = re.compile(
    r"^how to design (?P<what>(?:(?:a|an|the) )?(?!(?:good|great|better|scalable|large|distributed|reliable)\b)(?!(?:\w+ )?systems?\b)\w.*)$"
)


@lru_cache(maxsize=4096)  # a heading's title: several rules ask, and the same titles recur across files
def _design_asked(heading: str, file_title: bool) -> bool | None:
    """Whether a heading's title asks for a design (asks_for_design); None for an author's
    problem number ("Problem 3: …"), where the heading's parts decide."""
    if how := _HOW_TO_DESIGN.match(normalize(heading)):
        return _design_asked(f"Design {how['what']}", file_title)  # "How to Design Twitter (Part 1)" asks for Twitter
    if (gloss := english_gloss(heading)) and _design_asked(gloss, file_title):
        # "บทที่ 4: การออกแบบตัวจำกัดอัตรา (Design a Rate Limiter)": a heading in the author's script, its
        # English name in parentheses after it, as translated chapter notes write it: the English asks.
        return True
    code, title = split_title(heading)
    if _SYSTEMS_IN_GENERAL.match(normalize(without_numbering(title))):
        return False  # "Designing Data-Intensive Applications", "Designing Distributed Systems": a book on a kind of system
    if _ASKS_FOR_DESIGN.search(words := normalize(heading)):
        # "What were the critical considerations when designing the dual authorization?" asks
        # about work done, as a behavioral question does, for no design; "Designing a good topic
        # routing key" says how to do a thing well, no system to design.
        # "Key topics for designing a system" names no system: any system, the method's; so does a
        # sentence of a longer question ("Assume you are given a task to design a system. How would you do it?").
        if any(_ANY_SYSTEM.search(normalize(sentence)) for sentence in _SENTENCE_END.split(heading)):
            return False
        return not _ASKS_WHAT_WAS.match(strip_quotes(words)) and not _DESIGNING_WELL.match(_NUMBER_CODE.sub("", words))
    if heading.rstrip(" *").endswith(("?", "\uff1f")) and _DESIGN_IN_OTHER_TONGUES.search(heading):
        return True  # "bit.ly 와 같은 단축 URL 주소 서비스를 어떻게 디자인할까요?": asked in the author's language
    numbered = without_numbering(heading) != heading.strip()
    words = _ASKED_AS_QUESTION.sub("", normalize(without_numbering(title)))  # "How would you design Twitter?"
    if _PART_IN_THEIR_TONGUE.match(words):
        return False  # "2. Design de Alto Nível": a step of the page's design, named where the adjective follows

    # "2. Design Twitter", "Exercise 3: Design Twitter", "Q4: Design order placement for a trading app."
    counted = numbered or bool(code and (_ITEM_CODE.match(normalize(code)) or _QUESTION_NUMBER.match(normalize(code))))
    if _DESIGN_TITLE.search(words) and CONCEPT_TITLE.search(words):
        return False  # "Design Consistent Hashing", a book's chapter: a technique explained, no system to design
    if bool(_DESIGN_TITLE.search(words)) and not _ABOUT_METHOD.search(words) and not _CHALLENGE.search(words) and (file_title or counted):
        return True  # not "5. Design Challenge": a challenge is no system
    if counted and _NAMED_DESIGN.search(words) and not _ABOUT_METHOD.search(words) and not _BESIDE_DISCIPLINE.search(title):
        return True  # "Example: Basic Social Media System Design": one system's design, coded as an item
    return None if code and _PROBLEM_CODE.match(normalize(code)) else False


_QUESTION_NUMBER = re.compile(r"^q\s*\d+$")
# "Problem Statement : Online Code Judge / Hackathon system": a statement's label before the problem's name.
_LABELLED_NAME = re.compile(r"^\W*problem(?:\s+statement)?\s*[:\u2014\u2013-]\s*(?P<name>\w.*)$", re.IGNORECASE)
# "Designing Data-Intensive Applications", "Designing Machine Learning Systems": systems of a kind in
# general, in the plural, as books on the discipline are titled; no one system to design.
_SYSTEMS_IN_GENERAL = re.compile(r"^design(?:ing)? (?:\w+ ){1,3}(?:applications|apps|systems|services|platforms)$")
_ANY_SYSTEM = re.compile(r"\bdesign(?:ing)? (?:a|an|the) (?:(?:large|scalable|distributed|new|software|complex|reliable) )?systems?$")
_SENTENCE_END = re.compile(r"(?<=[.?!\uff1f])\s+")
_DESIGNING_WELL = re.compile(r"^design(?:ing)? (?:a|an) (?:good|great|better|clean|robust|well designed)\b")


def asks_by_name(heading: str) -> bool:
    """A heading that asks for one system by name with no article, as a list of asks does
    ("Design Twitter", "Design Photo Sharing App"); alone on a page, only as its title or numbered."""
    code, title = split_title(heading)
    words = normalize(title)
    if code or without_numbering(title) != title.strip():
        return False  # "2. Design Twitter", "Day 1-2: Design Pastebin": a numbered ask, or a day's of a plan
    if _ASKS_FOR_DESIGN.search(words) or _PART_IN_THEIR_TONGUE.match(words):
        return False  # "Design a …" is asked by its own rule; "Design de Alto Nível" is a step
    return bool(_DESIGN_TITLE.search(words)) and not _ABOUT_METHOD.search(words) and not _CHALLENGE.search(words)


# "Design de Alto Nível", "Diseño Detallado", "Conception détaillée": high-level and detailed design in
# Portuguese, Spanish, French and Italian, the adjective after the word for design: a part, no system.
_PART_IN_THEIR_TONGUE = re.compile(
    r"^(?:design|dise\u00f1o|diseno|projeto|conception|progettazione)\s+"
    r"(?:(?:de|di)\s+(?:alto|baixo|bajo|alt|basso)\s+(?:n\u00edvel|nivel|livello)|de\s+(?:haut|bas)\s+niveau"
    r"|detalhado|detallado|d\u00e9taill\u00e9e?|detaillee?|dettagliato)\b"
)


# "8. Data Platform & System Design", "Networking and System Design": a topic joined to the
# discipline, two topics of a study list, not one system's design.
_BESIDE_DISCIPLINE = re.compile(r"(?:&|\+|/|\band\b)\s*(?:system|low[- ]level|high[- ]level)\s+design\b", re.IGNORECASE)


def case_of_design_page(section: Section, title: Section | None) -> bool:
    """A heading coded as one numbered case (`## Case 1: Election Reporting Platform`, `##
    Problem 3: …`) on a page whose title names design cases, problems or exercises ("System
    Design Cases"), with text of its own: one of the page's problems, whatever its outline says."""
    if title is None or section is title or not (section.blocks or section.children):
        return False
    code = split_title(section.title.text)[0]
    return bool(code and _PROBLEM_CODE.match(normalize(code)) and _DESIGN_CASES.search(normalize(title.title.text)))


def _case_asks(section: Section, title: Section | None) -> str | None:
    """The question a case of a page of design cases opens its text with, asking no design in
    words (`## Exercício Prático 2: Feed de Notícias` over "Como você armazenaria o feed de um
    usuário?"): what the case puts to the reader, more than its name."""
    first = section.blocks[0] if section.blocks else None
    if not isinstance(first, Paragraph) or not case_of_design_page(section, title):
        return None
    return first.lines[0].text if _is_question(first.lines[0].text) else None


# "System Design Cases", "Design Problems", "HLD Case Studies": a title over design problems;
# in the author's language too, its words either way round ("Exercícios - Design de Sistemas").
_CASES_WORDS = r"cases?|problems?|exercises?|case studies|exerc[ií]cios|ejercicios|problemas|casos"
_DESIGN_CASES = re.compile(
    rf"\b(?:design|hld|lld)\b.*\b(?:{_CASES_WORDS})\b|\b(?:{_CASES_WORDS})\b.*\b(?:design|dise[ñn]o|projeto)\b"
)


# "Design" as a verb in the languages authors ask in: Korean, Chinese and Japanese, Spanish,
# Portuguese, French, German; not a designer (设计师, 設計師), whom a behavioral question names.
_DESIGN_IN_OTHER_TONGUES = re.compile(r"디자인|설계|设计(?!师)|設計(?!師)|dise[ñn]a|projeta|concev|entwerf|entwirf", re.IGNORECASE)


def prompt_heading(section: Section) -> Section | None:
    """`### Example: Design Twitter` with nothing under it but a line, the one heading
    asking for a design among step headings timed in minutes (`### Step 1: Requirements (5
    min)`): the prompt of the heading above (`## Pattern 1: Content Feed`), which is the
    problem; it shows no method on its own. Beside steps named for a design's parts, three
    or more (`## Question` over `"Design a simplified Twitter …"`, then `## Requirements
    Analysis`, `## Capacity Estimation`), it is the prompt of the heading above too."""
    asked = [child for child in section.children if asks_for_design(child, file_title=False) or prompt_asks(child)]
    if len(asked) != 1:
        return None
    prompt = asked[0]
    named = sum(bool(_DESIGN_PHASE.search(normalize(child.title.text))) for child in section.children if child is not prompt)
    if _timed_children(section) < 2 and named < _FEWEST_STEPS:
        return None
    # A line, or a list of one item (`- "Design a simplified version of Twitter …"`).
    # A scene set in a paragraph or two (its constraints after it) is bare too.
    scene = len(prompt.blocks) <= _SCENE_PARAGRAPHS and all(isinstance(block, Paragraph) for block in prompt.blocks)
    bare = not prompt.children and (len(prompt.blocks) <= 1 or scene) and all(_one_line_block(block) for block in prompt.blocks)
    return prompt if bare else None


_SCENE_PARAGRAPHS = 3


def _one_line_block(block: Block) -> bool:
    return isinstance(block, Paragraph) or (isinstance(block, ListBlock) and len(block.items) == 1 and not block.items[0].sublists)


def asked_cases(section: Section) -> list[tuple[Section, str]]:
    """Design cases asked and answered in a heading's own text, with their questions: a
    bold question alone on its line that asks for a design (`**Q: Design a collaborative
    editor …**`) with an `**A:**` answer right after it. Each is a problem of its own, as a
    section from its question to the next, named by what it asks to design."""
    blocks = section.blocks
    # Among two or more bold `**Q: …**` lines (`**Q: How do you handle flaky tests?**` beside it), one
    # asking for a design is answered by what follows it, labelled `**A:**` or not.
    put = [number for number, block in enumerate(blocks) if isinstance(block, Paragraph) and _put_question(block)]
    among = len(put) >= _FEWEST_BOLD_PUT
    asked = [
        (number, line, question)
        for number, (block, after) in enumerate(pairwise(blocks))
        if isinstance(block, Paragraph)
        and ((len(block.lines) == 1 and _answer_opens(after)) or (among and number in put))
        for line in block.lines[:1]
        if (question := _case_question(line))
    ]
    # A round of an interview written up (`**HLD**: Design a chat system for …`, `**LLD**: Design a …`): its ask.
    asked += [
        (number, line, _FIRST_SENTENCE.split(line.after_lead.lstrip(": ").strip(), maxsplit=1)[0].rstrip(". "))
        for number, block in enumerate(blocks)
        if isinstance(block, Paragraph)
        and (line := block.lines[0]).lead_bold
        and _ROUND_LABEL.match(normalize(line.lead_bold))
        and _ASKS_FOR_DESIGN.match(normalize(line.after_lead.lstrip(": ")))
    ]
    asked.sort(key=lambda case: case[0])
    if not asked:
        return _asked_in_list(section)
    ends = [line.number - 1 for _, line, _ in asked[1:]]
    ends.append(section.children[0].line - 1 if section.children else section.end_line)
    cases = []
    for n, ((number, line, question), end) in enumerate(zip(asked, ends, strict=True)):
        following = asked[n + 1][0] if n + 1 < len(asked) else len(blocks)
        title = Line((Run(_designed(question)),), line.number)
        cases.append((Section(section.level + 1, title, line.number, end, blocks[number:following], []), question))
    return cases


def _asked_in_list(section: Section) -> list[tuple[Section, str]]:
    """Designs asked in a heading's list, each a bold item alone that asks for one over the notes
    nested under it (`* **设计一个收藏系统**` and a company in full-width brackets, over `* 先确认是否需要展示明细 …`: a bank of the
    designs an interview asked, with what was said): each a problem, from its item to the next. A bold
    item with nothing under it is only listed, nothing to rehearse."""
    cases = []
    for block in section.blocks:
        if not isinstance(block, ListBlock):
            continue
        outline = _outline_of_asks(block)
        for item in block.items:
            first, notes = (item.blocks[0], item.blocks[1:]) if item.blocks else (None, [])
            if not isinstance(first, Paragraph) or len(first.lines) != 1 or not notes:
                continue
            line = first.lines[0]
            if outline:
                asked = line.text.strip()
            elif not line.lead_bold or line.after_lead.strip() or not opens_asking_design(line.lead_bold):
                continue
            else:
                asked = _ASKED_BY.sub("", line.lead_bold).strip()
            end = max((inner.number for note in notes for inner in block_lines(note)), default=line.number)
            title = Line((Run(_designed(_HOW_ASKED.sub("", asked))),), line.number)
            blocks = [Paragraph([Line((Run(asked),), line.number)]), *notes]
            cases.append((Section(section.level + 1, title, line.number, end, blocks, []), asked))
    return cases


def _outline_of_asks(block: ListBlock) -> bool:
    """A numbered list written as an outline of asks, plain (`1. How to design Pastebin.com`, `2. How to
    design the Twitter timeline and search`, `3. How would you implement the Google search?`): every item
    a line alone over its numbered notes, each asking, two or more of them for a design."""
    if not block.ordered or len(block.items) < _FEWEST_SIBLING_PROBLEMS:
        return False
    firsts = [item.blocks[0] if item.blocks else None for item in block.items]
    if not all(isinstance(first, Paragraph) and len(first.lines) == 1 for first in firsts):
        return False
    # Each over numbered notes of its own, an outline's (not a bulleted hint: `- hint: geohash`).
    if not all(item.sublists and len(item.blocks) == 1 + len(item.sublists) and all(sub.ordered for sub in item.sublists) for item in block.items):
        return False
    texts = [first.lines[0].text.strip() for first in firsts if isinstance(first, Paragraph)]
    designs = sum(opens_asking_design(_HOW_ASKED.sub("", text)) for text in texts)
    return designs >= _FEWEST_SIBLING_PROBLEMS and all(text.endswith("?") or opens_asking_design(_HOW_ASKED.sub("", text)) for text in texts)


# "How to design …", "How would you implement …": the ask put as a question, before its verb.
_HOW_ASKED = re.compile(r"^\W*(?:how (?:to|(?:would|do|will|should|could|can) (?:you|we|i))|(?:can|could) you)\s+(?=\w)", re.IGNORECASE)


# A company in brackets, full-width or not ("(Acme)"), closing an ask in a bank of them: the company that asked it, no part of the question.
_ASKED_BY = re.compile(r"\s*[(\uff08][^()\uff08\uff09,\uff0c]{1,12}[)\uff09]\s*$")


def named_cases(cases: list[tuple[Section, str]], intro: list[str]) -> list[Section]:
    """A page's design cases, two or more: named by a line of its introduction that lists
    as many names, in order, each sharing a word with its question ("cases: shared editor,
    fraud checks"), else by what they ask to design. One alone is an aside, no problem."""
    if len(cases) < _FEWEST_SIBLING_PROBLEMS:
        return []
    questions = [question for _, question in cases]
    names = next((named for line in intro if (named := _listed_names(line, questions))), None)
    if names is None:
        return [case for case, _ in cases]
    return [replace(case, title=Line((Run(name),), case.line)) for (case, _), name in zip(cases, names, strict=True)]


def _case_question(line: Line) -> str | None:
    """ "Design a …" from a line that is only `**Q: Design a … ?**`."""
    label = line.lead_bold if not line.after_lead.strip() else None
    code = _CASE_CODE.match(label) if label else None
    question = label[code.end() :] if label and code else ""
    words = normalize(question)
    return question if _ASKS_FOR_DESIGN.match(words) or _DESIGN_TITLE.match(words) else None


# "Q:", "Q3."; and Chinese 问 (question) before a full-width colon, over `如何设计一个点评系统` and a full-width question mark.
_CASE_CODE = re.compile(r"^(?:q\d*\s*[:.)]\s+|[\u95ee\u554f]\s*[:\uff1a]\s*)", re.IGNORECASE)
# "HLD", "LLD", "System Design", "Design Round": a round of the loop, labelling what it asked.
_ROUND_LABEL = re.compile(r"^(?:hld|lld|ood|(?:high|low) level design|system design|object oriented design|design)(?: round| question)?$")
_FEWEST_BOLD_PUT = 2  # bold `**Q: …**` lines among which one asking for a design is answered


def _put_question(block: Paragraph) -> bool:
    """A paragraph opening with a line that is only a bold question coded `Q:` (`**Q: How do you handle flaky tests?**`)."""
    line = block.lines[0]  # its answer may follow on the next lines of the paragraph
    return line.lead_bold is not None and not line.after_lead.strip() and bool(_CASE_CODE.match(line.lead_bold))


def _answer_opens(block: Block) -> bool:
    """An `**A:**` answer, or one written in a fence that opens with `A:`."""
    if isinstance(block, Code):
        return bool(_FENCED_ANSWER.match(block.text))
    line = block.lines[0] if isinstance(block, Paragraph) and block.lines else None
    return line is not None and normalize(line.lead_bold or "") in ("a", "answer")


_FENCED_ANSWER = re.compile(r"^\s*(?:a|answer)\s*:", re.IGNORECASE)


# "Design a real-time collaborative editor (like Docs). Address …" names a "real-time collaborative editor".
# "Design a Parking Lot - what classes would you need?" names a "Parking Lot": a remark after a spaced dash is none of it.
_DESIGNED = re.compile(r"^\W*design(?:ing)?\s+(?:(?:an?|the)\s+)?(?P<what>[^.(?!,;:]+?)(?=\s+[-\u2013\u2014]\s|[.(?!,;:]|$)", re.IGNORECASE)
_STEM = 5  # "fraud" in "fraud checks" and "fraudulent transactions": one word, two forms


# "设计一个点赞系统", "如何设计一个秒杀系统": (how to) design a … in Chinese (設計, 一個 in traditional characters), the system after it.
_DESIGNED_IN_CHINESE = re.compile(r"^\W*(?:如何|怎么|怎样)?(?:设计|設計)(?:一个|一套|一款|一個)?\s*(?P<what>\S.*)$")


def _designed(question: str) -> str:
    found = _DESIGNED.match(question)
    if found is None and (found := _DESIGNED_IN_CHINESE.match(question)):
        # "设计一个抢票系统", a full-width comma and what is hardest about it: the system, up to the comma or question mark
        # closing its clause (what is asked about it after, "what are the core challenges?", names nothing).
        return _CLAUSE_END.split(found["what"].strip(), maxsplit=1)[0].strip() or question
    what = found["what"].strip() if found else question
    return what[:1].upper() + what[1:]


_CLAUSE_END = re.compile(r"[\uff0c\uff1f\u3002,?]")  # a full-width comma, question mark or full stop, or a comma or question mark


def _listed_names(line: str, questions: list[str]) -> list[str] | None:
    """The names a line lists after its last colon, when they are as many as the questions
    and each shares a word's stem with its own question."""
    sentence = re.split(r"[.;](?:\s|$)", line.rsplit(": ", 1)[-1], maxsplit=1)[0]  # the list ends with its sentence
    listed = re.split(r",\s*(?:and\s+)?|\s+and\s+", sentence) if ": " in line else []
    if len(listed) != len(questions):
        return None
    for name, question in zip(listed, questions, strict=True):
        stems = {word[:_STEM] for word in normalize(question).split() if len(word) >= _STEM}
        if not any(word[:_STEM] in stems for word in normalize(name).split() if len(word) >= _STEM):
            return None
    return [name.strip()[:1].upper() + name.strip()[1:] for name in listed]


def names_a_design(text: str) -> bool:
    """A short line that asks for one system's design ("Design a Web Crawler", "Design
    Pastebin"): an entry of a list of design questions."""
    return len(normalize(text).split()) <= _LISTED_WORDS and opens_asking_design(text)


def opens_asking_design(text: str) -> bool:
    """A line that opens by asking for a system's design, however long it goes on ("Design a
    kind of kindle fire application where we can subscribe …")."""
    words = normalize(text)
    return bool(_ASKS_FOR_DESIGN.match(words) or _DESIGN_TITLE.match(words))


_LISTED_WORDS = 12


def illustrates_method(section: Section, title: Section | None, root: Section) -> bool:
    """A problem headed as an example (`### Example: Design Twitter`) on a page titled for a
    method ("The System Design Interview Framework"): it shows the method, it is no item;
    unless the page, or a heading around it, is named for its examples or solutions ("LLM
    System Design Examples", `## 4. Complete Example Solutions`): those are worked problems."""
    code = split_title(section.title.text)[0]
    words = normalize(title.title.text) if title is not None else ""
    about_method = title is not None and section is not title and _ABOUT_METHOD.search(words)
    if not (about_method and code and normalize(code).startswith("example")):
        return False
    around = [normalize(above.title.text) for above in _enclosing(root, section) if above is not title]
    return not _TITLED_EXAMPLES.search(words) and not any(_WORKED.search(name) for name in around)


# "Complete Example Solutions", "Worked Examples", "Practice Problems": the problems a page works through.
_WORKED = re.compile(r"\b(?:examples|solutions|worked|practice problems)\b")
_TITLED_EXAMPLES = re.compile(r"\bexamples\b")


_ASKED_AS_QUESTION = re.compile(
    r"^(?:how (?:would|do|will|should|could|can) (?:you|we|i)|can you|could you|let s|let us) (?=design)"
)
_ASKING_LABEL = re.compile(r"^(?:the |your |interview )?(?:question|prompt|task|problem)$")


def prompt_asks(section: Section) -> bool:
    """Whether a heading's own prompt line asks for a design: `**Question**: "Design a
    shopping cart service ..."` (a problem posed in its text, its heading only naming it);
    not when code to complete follows it (a class to write: a coding exercise)."""
    following = section.blocks[1] if len(section.blocks) > 1 else None
    if isinstance(following, Code) and following.info.strip() not in ("", "text", "markdown"):
        return False
    if (named := bold_title(section)) and _ASKS_FOR_DESIGN.match(words := normalize(named)) and not _NOT_A_SYSTEM.match(words):
        return True  # `**Design a chat system**:` alone on the first line: a label reads as a heading
    if opening_ask(section):
        return True
    if _ASKING_LABEL.match(normalize(section.title.text)) and (first := _first_line(section)) and _asks_a_design(first):
        return True  # `### Question` over "*Design a file storage service …*": the label as a heading
    code = split_title(without_numbering(section.title.text))[0]
    if code and _ASKING_LABEL.match(normalize(code)) and (first := _first_line(section)) and _YOU_DESIGN.search(first):
        return True  # `## Question: Multi-Tenant Analytics` over "You're the Staff Engineer responsible for designing …"
    lines = section.paragraph_lines()
    return any(
        line.lead_bold
        and _ASKING_LABEL.match(normalize(line.lead_bold))
        and (_ASKS_FOR_DESIGN.match(words := normalize(strip_quotes(_said_under_label(line, lines[at + 1 : at + 2])))) or _PROMPT_DESIGN.match(words))
        and not _NOT_A_SYSTEM.match(words)
        for at, line in enumerate(lines)
    )


def _said_under_label(line: Line, following: list[Line]) -> str:
    """What a bold label's line says after it; for a label alone on its line (`**Prompt:**` at a
    hard line break, or over a paragraph of its own), the line after it, as a label over its value is written."""
    after = line.after_lead
    if after.strip(LABEL_SEPARATORS) or not following or following[0].lead_bold is not None:
        return after
    return following[0].text


# `**Prompt:** Design seat search, holds and booking for …`, `**Prompt:** Design and implement a …`:
# under a label that says it is the prompt, "Design" opening the line asks for a design, an article or not.
_PROMPT_DESIGN = re.compile(r"^design(?: and (?:implement|build|code))? (?!(?:patterns?|principles?|interviews?|questions?)\b)\w")


def opening_ask(section: Section) -> str | None:
    """The design a heading coded as an item (`## Prompt 1: Ride Receipts`) or by the
    discipline (`### System Design — Ride Receipts`, `### ML System Design: Ranking`) asks
    for in the first line of its text, a paragraph's or its first list's first item:
    "Design a …"."""
    code = normalize(split_title(section.title.text)[0] or "")
    if not (code and (_ITEM_CODE.match(code) or _DISCIPLINE_CODE.match(code))):
        return None
    line = _first_line(section)
    return strip_quotes(line) if line is not None and _asks_a_design(line) else None


def asked_in_round(section: Section) -> str | None:
    """The design a heading naming an interview's design round (`# Phone System Design`, `## Onsite
    HLD Round`) asks for in a paragraph of its own text (`Design a reactions service where …`),
    whatever notes come before it: an interview written up round by round, as a bold
    `**HLD**: Design a …` line writes one round. A mock set's round asks it under a subheading
    that only labels the ask (`## 2. Full-Stack / System Design (60 min)` over `### Question`
    over `**"Design a refund service …"**`, then `### Answer`)."""
    if not _DESIGN_ROUND.match(normalize(without_numbering(section.title.text))):
        return None
    lines = (block.lines[0].text for block in section.blocks if isinstance(block, Paragraph) and block.lines)
    if asked := next((strip_quotes(line) for line in lines if _asks_a_design(line)), None):
        return asked
    labels = (child for child in section.children if _ASKING_LABEL.match(normalize(without_numbering(child.title.text))))
    return next((strip_quotes(line) for child in labels if (line := _first_line(child)) and _asks_a_design(line)), None)


# "Phone System Design", "Onsite HLD Round", "System Design Interview": a round of a loop, named by the discipline.
# ... or by the kind of design it asks for, beside the discipline or alone: "Full-Stack / System Design",
# "API / Product Design" (Stripe's API design round, Meta's product design round).
_DESIGN_ROUND = re.compile(
    r"^(?:(?:phone|onsite|on site|virtual|final|technical|screening|first|second|third)\s+)?"
    r"(?:(?:full stack|frontend|backend|mobile)\s+)?"
    r"(?:system design|hld|lld|high level design|low level design|(?:api\s+|product\s+)+design)(?:\s+(?:round|interview|screen))?$"
)


def _first_line(section: Section) -> str | None:
    """The first line of a heading's text: its paragraph's, or its first list's first item."""
    first = section.blocks[0] if section.blocks else None
    if isinstance(first, ListBlock) and first.items:
        return first.items[0].text
    return first.lines[0].text if isinstance(first, Paragraph) else None


def _proposed_under_label(root: Section) -> str | None:
    """A page's `# Question` over the design proposed on its first line ("Let's design a
    shared whiteboard …"): the question. Only read once the page is a problem: a proposal is
    no ask for a design where the page's kind is decided."""
    first = root.children[0] if root.children else None
    if first is not None and not _ASKING_LABEL.match(normalize(first.title.text)) and first.children:
        first = first.children[0]  # the page's title over its sections: `## Question` first under it
    if first is None or not _ASKING_LABEL.match(normalize(first.title.text)) or not (line := _first_line(first)):
        return None
    asked = strip_quotes(line)
    proposed = _LETS.sub("", asked)
    # A proposal ("Let's design …"), or a question that asks for one ("How would you design an …?").
    return asked if (proposed != asked or asked.endswith("?")) and _asks_a_design(proposed) else None


_LETS = re.compile(r"^(?:let'?s|let us)\s+", re.IGNORECASE)


# "You're the Staff Engineer responsible for designing …", "You have been asked to build …": a scene that sets the reader a design.
_YOU_DESIGN = re.compile(
    r"\byou(?:'re|\u2019re| are| have been)\b[^.]{0,80}?\b(?:responsible for|tasked with|asked to|hired to)\s+(?:design|build|architect)",
    re.IGNORECASE,
)


# "…를 설계 해보라!", "…を設計してください": asked for a design at the close of the sentence, where Korean
# and Japanese put the request (design, then try it / please do it); or proposed there, as "Let's design …"
# is (`…시스템을 설계해보자.`, let's try designing …).
_ASKED_AT_END = re.compile(
    r"(?:설계|設計)\s*(?:(?:해|하여)\s*(?:보|주)(?:라|자|세요|십시오|시오)|하(?:라|자|시오|세요|십시오)|して(?:みて)?ください|せよ|しなさい)"
    r"\s*[!.?\uff01\u3002\uff1f]*$"
)


def _asks_a_design(line: str) -> bool:
    """A prompt line asking for a design: "Design a …", or asked as a question ("How would you design an …?")."""
    words = normalize(strip_quotes(line))
    words = _ASKED_AS_QUESTION.sub("", words, count=1) if line.rstrip().endswith("?") else words
    return bool(_ASKS_FOR_DESIGN.match(words)) and not _NOT_A_SYSTEM.match(words)


# "System Design", "ML System Design", "LLD": a design round named before its problem.
_DISCIPLINE_CODE = re.compile(r"^(?:[a-z]+\s)?(?:(?:system|low level|high level|object oriented|software)\s)?design$|^(?:lld|hld)$")

# "Design a hybrid leadership approach", "Design a team transformation strategy": what is to
# be designed is a way of working, written up, not a system.
_NOT_A_SYSTEM = re.compile(
    r"^design\w* (?:a|an|the) (?:\S+ ){0,5}?(?:strategy|strategies|plan|approach|culture|program|programme|framework"
    r"|process|policy|transformation|organi[sz]ation|team|roadmap|curriculum)\b"
)


def poses_problem(section: Section, *, file_title: bool) -> bool:
    """A heading that asks for a design, or that holds a problem statement, or two parts
    of a problem (functional and non-functional requirements, say), as subheadings or bold
    labels; not a heading about how to answer, nor a part or timed phase of a problem."""
    if asks_for_design(section, file_title=file_title) or prompt_asks(section) or asked_in_round(section):
        return True
    heading = section.title.text
    opening = section.children[0] if file_title and section.children else None
    if opening is not None and _OPENING_SECTION.match(normalize(opening.title.text)) and (first := _first_line(opening)) and _asks_a_design(first):
        return True  # "# E-Commerce Website" over `## 1. What/Why` opening with "Design a data store for …"
    if _asks_for_its_title(section):
        # "# Task Framework" over "I want you to design a task framework. …": its words name the
        # system; so does any heading over such a line ("# 003 - Elevator System" over "Design an elevator system …").
        return True
    words = normalize(split_title(heading)[1])
    if _ABOUT_METHOD.search(normalize(_after_item_code(heading))) or _PROBLEM_PART.search(words) or _timing_of(heading):
        return False
    parts = _problem_parts(section)
    return "problem statement" in parts or len(parts) >= 2  # "## Problem" with the requirements is two


def _asks_for_its_title(section: Section) -> bool:
    """A title whose text opens by asking for the design of what the title names: "#
    Task Framework" over "I want you to design a task framework. …" (a prompt, written
    to the candidate), though its words would read as a method on their own."""
    first = _first_line(section)
    title = _NUMBER_CODE.sub("", normalize(split_title(section.title.text)[1]))  # "003 - Elevator System"
    if first is None or not title:
        return False
    prompt = _PROMPT_LINE.match(first)
    label, value = (prompt["label"], prompt["value"]) if prompt else ("", first)
    if label and not _PROMPT_LABEL.match(normalize(label)):
        return False
    asked = _ASKED_FIRST.match(normalize(strip_quotes(value)))
    what = asked["what"] if asked else normalize(bare["what"]) if (bare := _ASKED_BARE.match(strip_quotes(value))) else None
    # Named whole, or in one part beside the kind of problem ("OOP - Elevator System").
    names = [title, *(_NUMBER_CODE.sub("", normalize(part)) for part in _TITLE_PARTS.split(section.title.text))]
    if what is None and not label:
        return _quoted_title_ask(section) is not None
    return what is not None and any(len(name) >= _NAME_CHARACTERS and what.startswith(name) for name in names)


def _quoted_title_ask(section: Section) -> str | None:
    """The ask quoted in a title's opening line, when the title opens with the system it asks
    for and then says the kind of page ("# Key-Value Store One-Stop Interview Prep" over "This is
    the focused prep sheet for "Design a Key-Value Store"."): that ask, the page's question."""
    first = _first_line(section)
    quoted = _QUOTED_ASK.search(first) if first else None
    asked = _ASKED_FIRST.match(normalize(quoted["ask"])) if quoted else None
    title = _NUMBER_CODE.sub("", normalize(split_title(section.title.text)[1]))
    if quoted is None or asked is None or len(asked["what"]) < _NAME_CHARACTERS or not title.startswith(asked["what"] + " "):
        return None
    return quoted["ask"].strip()


# `for "Design a Key-Value Store".`: an ask quoted inside the opening sentence.
_QUOTED_ASK = re.compile(r"[\"\u201c](?P<ask>design\s[^\"\u201d]+)[\"\u201d]", re.IGNORECASE)


_NAME_CHARACTERS = 3  # a system's name, not a letter left by a split
# `Prompt: "Design an elevator system …"`: the prompt under a plain label.
_PROMPT_LINE = re.compile(r"^(?P<label>[A-Za-z ]{1,20}):\s*(?P<value>\S.*)$")


_NUMBER_CODE = re.compile(r"^\d+\s+")  # a number before the name, its dash gone with the punctuation
# The opening sentence of a prompt: "Design a …", "I want you to design a …", "Can you design the …";
# or of a walkthrough saying what it builds: "In here, we'll be building a URL shortener …".
_ASKED_FIRST = re.compile(
    r"^(?:(?:(?:i want|i d like|we want|we d like) you to |(?:can|could|would) you )?design(?:ing)?"
    r"|(?:in (?:here|this (?:post|article|guide|chapter)) )?(?:we ll|we will|we are going to|let s|lets|i ll|i will) (?:be )?(?:build|design)(?:ing)?)"
    r" (?:a|an|the) (?P<what>.+)"
)
# "Design Pastebin — a system …": a product named with no article, a few words before a dash, colon or bracket.
_ASKED_BARE = re.compile(r"^Design\s+(?P<what>[^\s—–:(.,]+(?:\s[^\s—–:(.,]+){0,3})\s*(?:[—–:(.,]|\s-\s|$)")


_CHALLENGE = re.compile(r"\b(?:design challenge|challenge problem|practice problem|exercise)s?\b")


_ASKING_PARTS = {"question", "the question", "interview question", "prompt", "the prompt", "interview prompt"}


def _problem_parts(section: Section) -> set[str]:
    """The parts of a problem a heading holds: "problem statement", "functional
    requirements", ..., as its subheadings and theirs ("## Problem Statement" over "###
    Functional Requirements"), or as bold labels in its text or its subheadings'. Deeper
    down they belong to something else: a proposal template inside a guide."""
    near = section.children
    # A challenge set at the end of a topic ("## Design Challenge" over `### Problem`) is a problem of its own, no part of the page's.
    posed = [part for part in near if not _CHALLENGE.search(normalize(part.title.text))]
    labels = [part.title.text for part in near] + [grand.title.text for part in posed for grand in part.children]
    labels += [label for part in [section, *near] for label in _stated_labels(part)]
    # `- **Problem Statement:** Design …` opening an overview's list item, its statement on the line,
    # or `1. **Functional requirements**` numbered, over its own list or the one after it: a numbered part.
    labels += [
        label
        for part in [section, *near]
        for block in part.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if item.lines and (label := item.lines[0].lead_bold) and (item.lines[0].after_lead.strip(": ") or item.sublists or block.ordered)
    ]
    # ... or a plain one, `- Functional Requirements: top 10 suggestions`, in the heading's own text.
    labels += [
        label
        for block in section.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if item.lines and item.lines[0].lead_bold is None and (label := label_and_value(item.lines[0])[0])
    ]
    return {part for label in labels if (part := _problem_part(label.rstrip(": "))) is not None}


@lru_cache(maxsize=4096)  # a heading's or label's words: the same ones recur across a file's headings and files
def _problem_part(label: str) -> str | None:
    """The part of a problem a heading or label names ("functional requirements"), or None."""
    if _REQUIREMENTS_SHORT.match(whole := normalize(label)):
        return whole
    words = normalize(split_title(label)[1] if split_title(label)[0] else label)
    if match := _PROBLEM_PART.search(words):
        return match[0].split(" ", 1)[-1] if match[0][:1].isdigit() else match[0]
    return None


def _stated_labels(section: Section) -> list[str]:
    """The bold labels in a section's own text, except one over a list of questions to ask
    ("**1. Problem Statement**" over "- What problem are we solving?" in a guide to
    writing proposals): that one asks, it states nothing."""
    labels = []
    blocks = section.blocks
    for number, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        after = blocks[number + 1] if number + 1 < len(blocks) else None
        asks = isinstance(after, ListBlock) and all(item.text.rstrip().endswith("?") for item in after.items)
        labels += [line.lead_bold for line in block.lines if line.lead_bold and not asks]
    return labels


@lru_cache(maxsize=4096)  # asked of each heading by several rules in turn (55 % again over the real-shapes corpus)
def _timing_of(heading: str) -> Window | None:
    if not DIGIT.search(heading):
        return None  # every timing is written in numbers: most headings are passed over here
    try:
        return split_timing(heading)[1]
    except TimingError:
        return None


def _timed_children(section: Section) -> int:
    return sum(1 for child in section.children if (window := _timing_of(child.title.text)) and window.max_seconds >= 60)


def _own_timed_steps(section: Section) -> int:
    """Its steps timed in minutes: subheadings, bold labels alone on a line of its own text,
    or the first lines of its list items (`1. **Scoping** (5 min)` over the step's notes)."""
    labels = [line.lead_bold.rstrip(": ") for line in section.paragraph_lines() if line.lead_bold and not line.after_lead.strip(": ")]
    labels += [item.lines[0].text for item in list_items(section, deep=False) if item.lines]
    return _timed_children(section) + sum(1 for label in labels if (window := _timing_of(label)) and window.max_seconds >= 60)


def subject(document: Document) -> Section | None:
    """The heading that names what a file is about: its title, or the subtitle under a
    title that only names the kind of file: "# System Design Interview Preparation" then
    "## Session 1: URL Shortener" with nothing under it but a rule."""
    title = document.title
    if title is None or names_a_system(title) or title.blocks or not title.children:
        return title
    first = title.children[0]
    if not first.blocks and not first.children and names_a_system(first):
        return first
    # "# System Design Practice — Week 3, Session 3" then "## Topic: Notification System", the
    # session's date and score under it: the subject labelled as such, whatever is under it.
    return first if _labels_subject(first) else title


_SUBJECT_LABEL = re.compile(r"^(?:topic|subject|system)$")


def _labels_subject(section: Section) -> bool:
    """A heading that labels the system a page is about (`## Topic: Notification System`)."""
    label, named = split_title(without_numbering(section.title.text))
    return bool(label and _SUBJECT_LABEL.match(normalize(label)) and _names_system(normalize(named)))


def names_a_system(title: Section | None, file_name: str = "") -> bool:
    """Whether a file's title is about designing one system rather than about how to
    answer design questions: "Ride-Hailing Dispatch Design Interview Structure" is,
    "System Design Cheat Sheet" is not. A file with no title is named by its file name
    ("interview_answer_framework"), one with neither is taken to name a system."""
    if title is None and not file_name:
        return True
    # "SystemDesign_inOneWeek" reads as "System Design in One Week".
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", title.title.text if title is not None else file_name)
    # "design_chat_notes" asks for a design as "Design Twitter" does: it names the system, and so
    # does "15-design-uber-backend", a course's chapter number before the ask.
    words = normalize(text)
    if title is not None and _ONLY_A_STEP.match(words):
        # "# Requirement" opening a page with no title: the method's first step, no system's name.
        return names_a_system(None, file_name) if file_name else False
    asked = _DESIGN_TITLE.match(_NUMBER_CODE.sub("", words) if title is None else words)
    # "TinyURL Mock Interview": the system, then the kind of page with no mark between.
    named = (kind := _KIND_AFTER.search(words)) is not None and kind.start() > 0 and _names_system(words[: kind.start()])
    return _names_system(words) or named_beside_kind(text) or bool(asked) or named


# A heading that is only a design step's name ("Requirement", "1. Functional Requirements").
_ONLY_A_STEP = re.compile(r"^(?:\d+ )?(?:functional |non functional )?(?:requirements?|clarifications?|estimations?|capacity estimation)$")


# "Chapter 3", "Part 2", or a chapter's number alone ("14 — …"); places in a course one after
# another too ("Week 3, Session 3", "Module 2 Lesson 4").
_PLACE_CODE = re.compile(r"^(?:[a-z]+ )?\d+$|^(?:[a-z]+ \d+ )+[a-z]+ \d+$")


def named_beside_kind(text: str) -> bool:
    """ "URL Shortening Service - Interview Guide", "Interview Strategy: Building a Rate
    Limiter", "System Design: Ride-Hailing": a system named beside the kind of page it is;
    also between two such parts ("System Design Interview: Chat App — Playbook")."""
    # "Chapter 3", "Part 2": a place in a book or course, no system ("S3" is one: no space).
    parts = [words for part in _TITLE_PARTS.split(text) if (words := normalize(part)) and not _PLACE_CODE.match(words)]
    kinds = [bool(_ABOUT_METHOD.search(part) or _DISCIPLINE.match(part)) for part in parts]
    return len(parts) >= 2 and kinds.count(False) == 1 and _names_system(parts[kinds.index(False)])


# "System Design: Ride-Hailing Service", "LLD - Parking Lot": the discipline as a label beside
# the system it is applied to.
# Also the kind of page it names ("System Design Practice: Top K", "Design Exercise - Chat App").
# "Full System Design: URL Shortener": the discipline qualified, as a day of a course names it.
_DISCIPLINE = re.compile(
    r"^(?:(?:full|complete|end to end|mock|sample|worked)\s)?"
    r"(?:(?:system|low level|high level|object oriented|software)\s)?design(?:\s(?:practice|problems?|questions?|exercises?|case|case study|challenge"
    r"|study guide|guide|notes|interview(?: notes| guide| prep)?))?$"  # "TinyURL — System Design Study Guide": the kind of page
    r"|^(?:lld|hld)$"
    # ... in the author's language: Portuguese, Spanish, French, Italian ("Design de Sistema: Distributed Cache").
    r"|^(?:design|dise\u00f1o|diseno|projeto|conception|progettazione) (?:de|di|des) (?:sistemas?|syst\u00e8mes?|systemes?|sistemi)$"
)


def _labelled_design(parts: list[str]) -> bool:
    return len(parts) == 2 and any(_DISCIPLINE.match(one) and _names_system(other) for one, other in (parts, parts[::-1]))


_TITLE_PARTS = re.compile(r"\s+(?:[-\u2013\u2014|]|--)\s+|:\s+")  # "--" too: a dash typed as two hyphens


_KIND_AFTER = re.compile(r"\s(?:mock interview|interview (?:notes|prep|practice)|walkthrough|case study)$")


@lru_cache(maxsize=4096)  # asked of each heading's words by several rules in turn (66 % again in the real-shapes corpus)
def _names_system(words: str) -> bool:
    if _NAMED_DESIGN.search(words):
        return True
    # "URL Shortener" names a system; "System Design Communication" names the discipline, and
    # "系统设计面试框架" its interview, in the author's language.
    return not _ABOUT_METHOD.search(words) and not re.search(r"\bdesign\b|\binterview", words) and not _DESIGN_INTERVIEW_ABROAD.search(words)


def phase_signals(root: Section, besides: Iterable[Section] = ()) -> list[tuple[int, list[str]]]:
    """Where phases are written under root, as (line, the phases' names): a heading or a
    bold label alone on its line timed in minutes is one (as `_timed_labels` reads them);
    a phase table or a list of timed steps holds two or more. The headings `besides` and
    those under them are not looked in."""
    scratch = FileContext(Path(), Document(root, 0, []))  # what the readers report is not wanted here
    sections = _walk_besides(root, besides)
    found = [(line, [phase_name(name)]) for line, name, _ in _timed_labels(root, scratch, sections)]
    for section in sections:
        if section is not root and not _is_question(section.title.text):
            window = _timing_of(section.title.text)
            if window is not None and 60 <= window.max_seconds <= _LONGEST_PHASE:
                found.append((section.line, [phase_name(split_timing(section.title.text)[0])]))
        if not any(isinstance(block, (Table, ListBlock)) for block in section.blocks):
            # Phases are listed in a table or a list, or as plain lines (most sections hold none of them).
            if listed := _line_phases(section, scratch):
                found.append((section.line, [phase.name for phase in listed]))
            continue
        # Both read the heading's own blocks only, not those of its subheadings.
        if listed := _table_phases(section, scratch) or _list_phases(section, scratch):
            found.append((section.line, [phase.name for phase in listed]))
    return sorted(found)


def _walk_besides(root: Section, besides: Iterable[Section]) -> list[Section]:
    """root and the headings under it in file order, but the headings `besides` and theirs."""
    left_out = {id(section) for section in besides}
    if not left_out:
        return list(root.walk())
    found: list[Section] = []
    stack = [root]
    while stack:
        section = stack.pop()
        if id(section) not in left_out:
            found.append(section)
            stack.extend(reversed(section.children))
    return found


# The steps of a design interview: requirements, estimates, API, data model, architecture...
_DESIGN_PHASE = re.compile(
    r"\b(?:requirements?|reqs?|clarif\w*|estimat\w*|capacity|apis?|data|schema|storage|database|high level|design|architecture"
    rf"|{_MISSPELT_REQUIREMENT}"
    r"|deep ?dives?|components?|scal\w*|bottlenecks?|trade ?offs?|wrap ?up|monitoring|failure"
    # ... by their short names: `### HLD`, `### BOE` (back of the envelope), `### NFR`.
    r"|hld|lld|boe|n?frs?"
    # ... and in Russian, as the timings beside them are read (`Требования и вопросы — *5-10 минут*`,
    # `Высокоуровневый дизайн`, `Глубокое погружение`: requirements, high-level design, deep dive).
    r"|требовани\w*|оценк\w*|дизайн\w*|архитектур\w*|масштабир\w*|погружени\w*|компонент\w*|трейд ?офф\w*)\b"
)


def design_phases(names: list[str]) -> bool:
    """Whether timed steps are those of a design interview: two or more, and at least half
    of them, named for its parts (not an assessment's or a video list's timings)."""
    named = sum(bool(_DESIGN_PHASE.search(normalize(name))) for name in names)
    return named >= 2 and 2 * named >= len(names)


_LONGEST_PHASE = 90 * 60  # a phase timed in hours is a study session, not part of an interview
