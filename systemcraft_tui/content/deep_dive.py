"""Reads technical deep dives (Template 3): the quick reference and the self-assessment."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

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
from systemcraft_tui.content.model import Checklist, Concept, DeepDive
from systemcraft_tui.content.names import closes_page, file_title, normalize, strip_quotes, without_symbols
from systemcraft_tui.content.principles import canonical_principle
from systemcraft_tui.content.questions import asks, asks_what_happened
from systemcraft_tui.content.reading import (
    MONTH,
    FileContext,
    bold_title,
    cell,
    find_section,
    first_table,
    item_fields,
    labelled_lists,
    list_items,
    page_heading,
    prose,
    split_title,
    without_numbering,
)
from systemcraft_tui.content.system_design import CONCEPT_TITLE, design_phases, technique_designed
from systemcraft_tui.content.timing import TimingError, read_duration, split_timing

_SCALE = re.compile(r"\(\s*1\s*[-\u2013]\s*5[^)]*\)")
_CONCEPT_HEADINGS = ("key concepts", "cheat sheet", "glossary", "quick reference")
_SUMMING_UP = ("cheat sheet", "quick reference")
_SUMMARY_HEADING = re.compile(r"^(?:executive |tl ?dr )?(?:summary|overview)$")


# "DDIA Notes Chapter 5", "Lesson 3": a place in a book or course closing a title, no subject.
_BOOK_PLACE = re.compile(r"\b(?:chapter|ch|lesson|lecture|module|unit)\.?\s*\d+\s*$", re.IGNORECASE)


def read_deep_dive(ctx: FileContext, *, topic_page: bool) -> DeepDive:
    """A deep dive is a whole file: its quick reference, self-assessment and quick prep. A
    page read as a topic page (rule `topic-page`) has its sections as its concepts first."""
    root = ctx.document.root
    top, fields = item_fields(root, ctx, file_level=True)
    page = ctx.document.title
    if page is not None and _BOOK_PLACE.search(page.title.text) and len(page.children) == 1:
        fields["title"] = page.children[0].title.text.strip()  # "DDIA Notes Chapter 5" over `## Replication`: its subject
    elif topic_page and page is not None and (
        _asks_first(root, page)
        or _introduction_first(root, page)
        or _aspect_first(root, page)
        or _furniture_first(root, page)
        or _parts_first(root, page)
    ):
        fields["title"] = file_title(ctx.document.name or ctx.path.stem)  # `# How many partitions …?` is a note: the file names the page
    elif page is not None and (technique := technique_designed(page.title.text)):
        fields["title"] = technique  # "Design Consistent Hashing", a book's chapter: the technique it explains
    dive = DeepDive(**fields)
    title = dive.title
    if section := _summary_section(root):
        dive.summary = prose(section)
    # A subject's reference page ("System Design Cheat Sheet", "… Basic Concepts") names its
    # concepts in its sections, as a topic page does.
    reference = ctx.document.title is not None and _REFERENCE_TITLE.search(normalize(ctx.document.title.title.text))
    asked = technology_questions(root, questions_heading(ctx.document)) if topic_page else []
    dive.concepts = question_concepts(asked, root, ctx.document.title) or (_topic_concepts(root, ctx.document.title) if topic_page or reference else [])
    named = {concept.name for concept in dive.concepts}  # a topic page's sections may have named them already
    listed, under = next(
        ((found, name) for name in _CONCEPT_HEADINGS if (section := find_section(root, name)) and (found := _concepts(section))), ([], "")
    )
    dive.concepts += [concept for concept in listed if concept.name not in named]
    tables = _concept_tables(root)
    # A deep dive with no table of its concepts explains them in its outline; so does one whose
    # table only sums it up at the end (`## Quick Reference`).
    outline = _topics(root) if not dive.concepts or under in _SUMMING_UP else []
    # The outline first: the page's order. A technology's questions are its concepts, and the
    # subheadings of their answers ("#### 1. Standard" under "Describe the analyzers …") no more.
    more = outline + tables + ([] if asked else _definition_headings(root, ctx.document.title))
    # A glossary of `**Term:** definition` bullets when nothing else names its concepts.
    dive.concepts = _with_more(dive.concepts, more or ([] if dive.concepts else _term_bullets(root)))
    if section := find_section(root, "self assessment"):
        dive.checklists = [
            Checklist(_SCALE.sub("", entry.label).strip(" :"), tuple(entry.items), entry.line)
            for entry in labelled_lists(section)
        ]
    if section := find_section(root, "quick prep"):
        dive.quick_prep = {entry.label: entry.items for entry in labelled_lists(section)}
    if not dive.concepts:
        ctx.warning(top.line, f"deep dive {title!r} has no key concepts table (a 'Key Concepts Summary' section)")
    if not dive.checklists:
        ctx.warning(top.line, f"deep dive {title!r} has no self-assessment checklist (a 'Self-Assessment Framework' section)")
    return dive


# "Caching - Cheat Sheet", "Kafka Quick Reference": a sheet to read about a technology...
# "Cheat Sheet", "Basics", "Basic Concepts", "Fundamentals": a page of a subject's concepts.
_REFERENCE_TITLE = re.compile(
    r"\b(?:cheat ?sheets?|quick references?|primers?|glossary|reference sheets?|basics|basic concepts|fundamentals|essentials)\b"
)
# ...unless it is about interviewing itself ("System Design Cheat Sheet", "STAR Primer").
_ABOUT_INTERVIEWING = re.compile(
    r"\b(?:interview(?:s|ers?|ing)?|behaviou?ral|star|system design|framework|template|plan|preparation|prep|questions?|leadership)\b"
)


# "DSA Patterns Cheatsheet", "LeetCode Patterns": a sheet for coding rounds (patterns, complexities,
# code templates), which the app does not rehearse: no deep dive.
_CODING = re.compile(r"\b(?:dsa|leetcode|data structures? (?:and )?algorithms?|coding patterns?)\b")


def for_coding(title_words: str) -> bool:
    """Whether a page's normalised title names a sheet for coding rounds."""
    return bool(_CODING.search(title_words))


# "System Design", "System Design Notes": a page named for the discipline alone, read as its
# cheat sheet is when it holds concepts.
_DISCIPLINE_ALONE = re.compile(r"^system design(?: notes| concepts| revision| review)?$")


def is_deep_dive(root: Section, title: Section | None) -> bool:
    """A deep dive: titled one, or holding a Key Concepts Summary or Self-Assessment
    Framework section, or laid out as Template 3 lays one out (an executive summary, then
    parts) under a title that is not about interviewing; or a technology's cheat sheet with
    concepts in it (a table of patterns or terms, or short headings that each define one)."""
    title_words = normalize(title.title.text) if title else ""
    # "Caching Deep Dive", not "Technical Deep Dives" (an index of them), nor "Leaderboard System –
    # 75 Minute Deep Dive" (one system walked through on the clock).
    if re.search(r"\bdeep dive\b", title_words) and not (title and _SESSION_LENGTH.search(title.title.text)):
        return True
    # Template 3's sections or its skeleton ("## Executive Summary", "## Part I: ...") under
    # a title that names a technical topic, not a practice hub or a team-fit quiz.
    sections = any(_DEEP_DIVE_SECTIONS.search(normalize(s.title.text)) for s in root.walk())
    if (sections or _in_parts(root)) and not _ABOUT_INTERVIEWING.search(title_words) and not _NOT_A_TOPIC.search(title_words):
        return True
    if title is None:
        title_words = normalize(bold_title(root))
    if not (_REFERENCE_TITLE.search(title_words) or _DISCIPLINE_ALONE.match(title_words)) or for_coding(title_words):
        return False
    if not _ABOUT_INTERVIEWING.search(title_words):
        if not _PAGE_KIND_WORDS.sub(" ", _REFERENCE_TITLE.sub(" ", title_words)).strip() and _about_interviewing(title or root):
            return False  # "Quick Reference Guide" names no subject; its sections say it is about the interview
        return bool(_concept_tables(root) or _definition_headings(root, title) or _term_bullets(root))
    # "System Design Cheat Sheet" names the discipline: a sheet of its concepts (headings or
    # `**Term:**` bullets that define them, and no timed steps) is still a deep dive.
    # Timed steps in one small section (a "5-Step Interview Framework" beside the concepts)
    # are that section's; timed steps filling more of the page make it a page of steps.
    # "HLD — Interview Cheat Sheet" too: the discipline's interview, its concepts to revise.
    about_design = not _ABOUT_INTERVIEWING.search(_DISCIPLINE_INTERVIEW.sub("", title_words))
    concepts = len(_definition_headings(root, title) + _term_bullets(root) + _concept_tables(root))
    framework = [section for section in (title or root).children if _timed_steps(section)]
    lines = max(root.end_line - root.line + 1, 1)
    beside = len(framework) == 1 and (framework[0].end_line - framework[0].line + 1) <= _FRAMEWORK_SHARE * lines
    return about_design and concepts >= _SHEET_CONCEPTS and (not _timed_steps(root) or beside)


def _about_interviewing(top: Section) -> bool:
    """Whether two or more of a page's sections are about the interview itself ("The 11-Step
    Framework", "Interview Time Management", "Final Checklist Before Interview")."""
    return sum(bool(_ABOUT_INTERVIEWING.search(normalize(section.title.text))) for section in top.children) >= _ABOUT_INTERVIEWING_SECTIONS


_ABOUT_INTERVIEWING_SECTIONS = 2
_SESSION_LENGTH = re.compile(r"\b\d+[ -]?min(?:ute)?s?\b", re.IGNORECASE)
_FRAMEWORK_SHARE = 0.1  # a tenth of the page or less: a section of it, not what it is
_DISCIPLINE_INTERVIEW = re.compile(r"\b(?:system design|hld|lld|high level design|low level design)(?: interviews?)?\b")


_SHEET_CONCEPTS = 5


def _term_bullets(root: Section) -> list[Concept]:
    """`- **Term:** definition` bullets, two or more in a list: a glossary's entries."""
    found = []
    for section in root.walk():
        for block in (b for b in section.blocks if isinstance(b, ListBlock)):
            entries = [
                Concept(_concept_name(line.lead_bold.rstrip(": ")), line.after_lead.lstrip(": "), "", "")
                for item in block.items
                if (line := next(iter(item.lines), None)) and line.lead_bold and line.after_lead.strip(": ")
            ]
            if len(entries) >= 2:
                found += [entry for entry in entries if entry.name]
    return found


def _timed_steps(root: Section) -> bool:
    """Headings, list items or table rows timed in minutes, two or more: a page of
    interview steps."""
    blocks = [block for section in root.walk() for block in section.blocks]
    texts = [s.title.text for s in root.walk()] + [item.text for b in blocks if isinstance(b, ListBlock) for item in b.items]
    rows = [row for b in blocks if isinstance(b, Table) for row in b.rows]
    timed = sum(any(_minutes(cell.text) for cell in row) for row in rows)
    for text in texts:
        try:
            window = split_timing(text)[1]
        except TimingError:
            continue
        timed += bool(window and window.max_seconds >= 60)
    return timed >= 2


def _minutes(text: str) -> bool:
    window = read_duration(text.strip("* "))
    return window is not None and window.max_seconds >= 60


_NOT_A_TOPIC = re.compile(r"\b(?:guides?|assessments?|quiz|practice|checklists?|index)\b")
_DEEP_DIVE_SECTIONS = re.compile(r"\b(?:key concepts summary|self assessment framework)\b")
_PART = re.compile(r"^part (?:[ivx]+|\d+)\b")


def _in_parts(root: Section) -> bool:
    """An executive summary, then the topic in parts ("Part I: …", "Part 2: …")."""
    headings = [normalize(section.title.text) for section in root.walk()]
    return "executive summary" in headings and any(_PART.match(heading) for heading in headings)


def _summary_section(root: Section) -> Section | None:
    """ "Executive Summary", or a heading that is only "Summary" or "Overview" (not
    "Key Concepts Summary", which holds a table)."""
    return next((s for s in root.walk() if s is not root and _SUMMARY_HEADING.match(normalize(s.title.text))), None)


def _concepts(section: Section) -> list[Concept]:
    """A Key Concepts section's concepts: its table's rows, or else its subheadings that
    explain one each (`### Key Concepts` over `#### Row Versions (Tuples)`, wherever it sits:
    under a `## What is it?` that only introduces the page too)."""
    table = first_table(section)
    if table is not None:
        return _table_concepts(table)
    return _gathered(section)


def _table_concepts(table: Table) -> list[Concept]:
    def column(*words: str) -> int | None:
        return next((i for i, c in enumerate(table.header) if any(w in normalize(c.text) for w in words)), None)

    definition = column("definition", "what", "meaning", "description")
    when = column("when", "use")
    trade = column("trade", "pitfall", "downside", "watch out", "caveat", "gotcha", "risk")
    # No column named as the definition (`| Operation | Latency |`): the other columns, each
    # under its header, say what the term is ("Latency: 0.5 ns"), not an empty definition.
    others = [i for i in range(1, len(table.header)) if i not in (when, trade)] if definition is None else []

    def defined(row: list[Line]) -> str:
        if definition is not None:
            return cell(row, definition)
        said = [(table.header[i].text.strip(), cell(row, i)) for i in others if cell(row, i)]
        return "; ".join(f"{header}: {value}" if header else value for header, value in said)

    return [Concept(cell(row, 0), defined(row), cell(row, when), cell(row, trade)) for row in table.rows if cell(row, 0)]


# A table whose first column names patterns, policies, terms or types is a table of concepts.
_CONCEPT_WORDS = "concept|topic|pattern|policy|term|technique|strategy|algorithm|model|approach|method|option|decision|choice|type"
_CONCEPT_COLUMN = re.compile(rf"^(?:{_CONCEPT_WORDS})s?$")
# ... or a word saying of what ("Index Type", "Eviction Policy") beside a column that describes each
# (`| Index Type | Used In | Description |`; `| Decision Type | L6 Focus | L7 Focus |` compares levels).
_QUALIFIED_CONCEPT_COLUMN = re.compile(rf"^\w+ (?:{_CONCEPT_WORDS})s?$")
_DESCRIBES = re.compile(r"\b(?:description|definition|what it is|meaning)\b")


# ... or problems beside what solves them (`| Problem | Cause | Solutions |`): a page's
# common problems (cache avalanche, cache penetration) are concepts it teaches.
_PROBLEM_COLUMN = re.compile(r"^(?:problem|issue|challenge|pitfall)s?$")
_SOLVES = re.compile(r"\b(?:solutions?|fix(?:es)?|mitigations?|remed(?:y|ies))\b")


def _concept_column(table: Table) -> bool:
    """Whether a table's first column names concepts (see _CONCEPT_COLUMN)."""
    first = normalize(table.header[0].text)
    if _CONCEPT_COLUMN.match(first):
        return True
    if _PROBLEM_COLUMN.match(first):
        return any(_SOLVES.search(normalize(cell.text)) for cell in table.header[1:])
    return bool(_QUALIFIED_CONCEPT_COLUMN.match(first)) and any(_DESCRIBES.search(normalize(cell.text)) for cell in table.header[1:])


_DEFINITION_WORDS = 60  # a glossary entry: a short paragraph or list under a short heading
_NAME_WORDS = 5


def _concept_tables(root: Section) -> list[Concept]:
    return [
        concept
        for section in root.walk()
        for block in section.blocks
        if isinstance(block, Table) and block.header and _concept_column(block)
        for concept in _table_concepts(block)
    ]


def _definition_headings(root: Section, title: Section | None) -> list[Concept]:
    """Short headings each over a short definition, two or more side by side
    ("#### Linearizability" / "#### Sequential Consistency", "### Cache Stampede" / "###
    Hot Key", "### Phase 1: Detection (0-5 minutes)"): the terms a deep dive explains; not
    the page's title over its introduction, beside its sections at their level."""
    found = []
    for section in root.walk():
        entries = [entry for child in section.children if child is not title and (entry := _definition(child))]
        if len(entries) >= 2:
            found += entries
    return found


def _definition(section: Section) -> Concept | None:
    """A heading that defines its term: a short heading over a short definition, or one
    whose text opens with a `**Definition**:` label ("### 1. Single Point of Failure")."""
    name = _concept_name(section.title.text)
    if _ALTERNATIVE_PARTS.match(normalize(name)) or _NOT_A_TOPIC_SECTION.match(normalize(name)):
        return None  # "How It Works", "Advantages", "Introduction": a part of what explains a concept, or the page's
    blocks = section.blocks
    first = blocks[0] if blocks and isinstance(blocks[0], Paragraph) else None
    if name and first and first.lines[0].lead_bold and normalize(first.lines[0].lead_bold) in _DEFINITION_LABELS:
        return Concept(name, first.lines[0].after_lead.lstrip(": "), "", "")
    if section.children or not blocks or len(blocks) > 2 or not all(isinstance(b, (Paragraph, ListBlock)) for b in blocks):
        return None
    if _only_links(section):
        return None  # `#### B companies` over links to articles: an index, no definition
    text = " ".join(line.text for block in blocks for line in block_lines(block))
    if not name or len(name.split()) > _NAME_WORDS or len(text.split()) > _DEFINITION_WORDS or name.endswith("?"):
        return None
    return Concept(name, text, "", "")


_DEFINITION_LABELS = {"definition", "what it is", "meaning"}
# "Real-World Example: …", "Interview Scenario: …", "Exercise 2: …": an example, not a concept.
# "Advantages", "Step 2: High-Level Architecture (10 minutes)": a list's label or a step, not a concept.
_NOT_A_CONCEPT = re.compile(
    r"\b(?:examples?|scenarios?|exercises?|case stud(?:y|ies)|samples?|interview|leadership|l\d|step \d+|phase \d+)\b"
    r"|^(?:advantages|disadvantages|benefits|challenges|pros|cons|trade ?offs|use cases|key points|implementation)$"
)
_TOPIC_NAME_WORDS = 6


def _short_name(name: str) -> bool:
    """Whether a name is short enough to name a concept: six words at most, Vietnamese
    written a syllable a word ("Eventual Consistency & Xung đột dữ liệu") counted as half as many,
    Korean without its auxiliary words ("면접에서 바로 쓸 수 있는 저장 용량 계산" is six)."""
    words = len(name.split())
    if _HANGUL.search(name):
        # Korean writes an auxiliary verb or a bound noun as a word of its own ("알아야 하는", must know;
        # "할 수 있는", can do), where English has none: those are not counted.
        words -= sum(bool(_KOREAN_AUXILIARY.fullmatch(word)) for word in name.split())
    return (words + 1) // 2 <= _TOPIC_NAME_WORDS if _VIETNAMESE.search(name) else words <= _TOPIC_NAME_WORDS


_HANGUL = re.compile("[\uac00-\ud7a3]")
_KOREAN_AUXILIARY = re.compile("(?:하|되|있|없|싶|보)(?:는|은|을|던)|한|할|된|될|수|것|때")


# Letters only Vietnamese writes: đ, ơ, ư and the stacked tone marks (ạ, ầ, ế, ộ, ự …).
_VIETNAMESE = re.compile("[\u0111\u0110\u01a1\u01a0\u01b0\u01af\u1ea0-\u1ef9]")


def _concept_name(heading: str) -> str:
    """ "Single Point of Failure (SPOF)" from "1. Single Point of Failure (SPOF)", its short
    form part of its name, as a topic page's whole headings are; "CAP Theorem" from "2. The
    Fundamental Challenge: CAP Theorem"; a remark in parentheses, "(optional)", is dropped."""
    name = _TIGHT_NUMBER.sub("", without_numbering(split_title(heading)[1]))
    return _ASIDE.sub(lambda aside: aside[0] if _short_form(aside[1], name[: aside.start()]) else "", name).strip(" *")


_ASIDE = re.compile(r"\s*[(\uff08]([^()\uff08\uff09]*)[)\uff09]")  # full-width parentheses too, as Chinese is written
_TIGHT_NUMBER = re.compile(r"^\d{1,3}\.(?=[^\W\d])")  # "2.Ownership", numbered with no space after


def _short_form(inner: str, name: str) -> bool:
    """Whether a parenthesis holds the short form of the name before it: its capitals, in
    order, the initials of the name's words ("SPOF" of Single Point of Failure, "1NF" of First
    Normal Form; not "SEC" of Linearizability)."""
    letters = inner.rstrip("s")
    if not re.fullmatch(r"[0-9]?[A-Z][A-Z0-9]{1,7}", letters):
        return False
    initials = iter(word[0].upper() for word in re.split(r"[\s-]+", name) if word)
    return all(letter in initials for letter in letters if letter.isalpha())


def _topics(root: Section) -> list[Concept]:
    """The concepts a deep dive's outline names: each numbered topic ("### 4. Consensus and
    Coordination"), the headings under it, the bold labels alone on a line there
    ("**Raft Algorithm:**") and the terms it lists (`- **LRU**: …`); not its examples,
    scenarios or interview notes."""
    found = []
    for topic in root.walk():
        if topic is root or without_numbering(topic.title.text) == topic.title.text.strip():
            continue
        for part in topic.walk():
            text = prose(part).split("\n\n")[0]
            labels = [line.lead_bold for line in part.paragraph_lines() if line.lead_bold and not line.after_lead.strip(": ")]
            for name, definition in [(part.title.text, text), *((label, "") for label in labels if part is not topic)]:
                named = _concept_name(name.rstrip(": "))
                if named and _short_name(named) and not _NOT_A_CONCEPT.search(normalize(name)):
                    found.append(Concept(named, definition, "", ""))
            found += _listed_members(part)  # "- **LRU**: evicts the least recently used key"
    return found


def _with_more(concepts: list[Concept], more: list[Concept]) -> list[Concept]:
    """The concepts table's entries, then the others a deep dive explains, each name once."""
    seen = {normalize(c.name) for c in concepts}
    for concept in more:
        if normalize(concept.name) not in seen:
            seen.add(normalize(concept.name))
            concepts.append(concept)
    return concepts


# --- a topic page: the last resort, when nothing else on the page is an item -------------------

# Words that say what kind of page this is, not what it is about: "Apache Kafka Interview
# Preparation Notes" is about Kafka.
_PAGE_KIND_WORDS = re.compile(
    r"\b(?:interview(?:s|ers?|ing)?|notes?|md|preparation|prep|questions?|answers?|q ?and ?a|qa|guide|revision|study|overview"
    r"|introduction|intro|basics|fundamentals|essentials|complete|ultimate|concepts?|core|key|the|a|an|and|for|of|to"
    r"|in|on|with|what|is|are|how|why|senior|engineers?|developers?|cheat ?sheets?"
    # "Caching & CDN Strategies" is about caching; "Interview Strategies" about nothing but the kind.
    r"|strateg(?:y|ies))\b"
)
# A page about interviewing, a career or a way of working, not about a technology ("BQ": behavioral
# questions, as many authors shorten them).
_NOT_A_TECHNOLOGY = re.compile(
    r"\b(?:behaviou?r(?:al)?|bqs?|star|leadership|principles?|plans?|roadmap|weeks?|schedule|framework|templates?|stor(?:y|ies)"
    r"|tips|mistakes|resume|cv|salary|negotiation|careers?|manag\w*|hiring|culture|communication|conflicts?|feedback"
    r"|index|readme|contents|checklists?|mock|system design|coding|leetcode|algorithms? practice"
    r"|assessment|quiz|exercises?|(?<!theory )(?<!theory and )(?<!in )practice|problems?|followups?|steps?|step by step|process|approach"
    r"|method|answering|writing|responses?|soft ?skills?|hard ?skills?|навык\w*"
    # A role's interview ("TPM Interview Cheatsheet", "SDE Interview Questions"): the role is no technology,
    # nor spelled out ("Software Engineer Interview Preparation"). An EM closes the title or comes before
    # what its interview is ("EM Interview Questions"): Portuguese "em" (in) stands between two words
    # of a subject ("Replicação em Bancos de Dados", replication in databases).
    r"|tpms?|sdes?|swes?|ems|em(?= (?:interviews?|behaviou?ral|prep\w*|questions?|roles?|loops?|cheat ?sheets?|guide)\b|$)"
    r"|pms?|software (?:engineers?|developers?)"
    # A career level named as one ("What a Staff+ level loop looks for", "Senior-level expectations"): how one is
    # judged there, no technology ("Amazon SQS — Staff Engineer Revision" is about SQS).
    r"|(?:staff|principal|senior|mid|entry) ?levels?)\b"
)
# ("CAP Theorem — Theory & Practice", "… in Practice": how the idea is used, no practising of interviews.)
# Words that make "conflict resolution" a replicated store's, not a team's: "Distributed
# Consistency, Quorums & Conflict Resolution".
_STORAGE_CONTEXT = re.compile(r"\b(?:distributed|consistency|replicas?|replication|quorums?|consensus|crdts?|databases?|eventual)\b")


# The rounds of an interview loop as notes on one name them: "Coding Round", "Phone Screen", "System Design", "Behavioural".
_INTERVIEW_ROUND = re.compile(
    r"\b(?:rounds?|(?:phone |technical )?screen(?:ing)?|onsite|coding|system design|behaviou?r(?:al)?|hiring manager|recruiter|online assessment)\b"
)
# "Interview Experience (3/12)", "Onsite Recap": an account of how an interview went.
_INTERVIEW_ACCOUNT = re.compile(r"\binterview(?:s|ing)? (?:experiences?|journey|recap|report)\b|\bonsite recap\b")
# ... in Chinese, as forum posts title them: 面经 (an interview account), 面试经验, 经验分享 (experience
# shared), in traditional characters too. No \b sets Chinese words apart.
_ACCOUNT_IN_CHINESE = re.compile(r"面经|面經|面试经验|面試經驗|经验分享|經驗分享")


def _not_a_technology(words: str) -> bool:
    return any(
        not (found[0].startswith("conflict") and _STORAGE_CONTEXT.search(words)) for found in _NOT_A_TECHNOLOGY.finditer(words)
    )


# "… in System Design", "… for System Design Interviews": the discipline a topic is studied for;
# so in the author's language ("Tính nhất quán … trong System Design", "Caché en System Design"); and
# a subtitle after it that only says what kind of page it is ("… Interviews — The Ultimate Guide").
_DISCIPLINE_AFTER = re.compile(
    r"\s+(?:in|for|trong|cho|en|em|no|na|dans|pour|para|im|f\u00fcr)\s+(?:a\s+)?system design(?:\s+interviews?)?"
    r"(?:\s+(?:the|a|an|complete|ultimate|definitive|full|guide|handbook|notes|cheat ?sheet))*$"
)
# "Quorum Reads: System Design Interview Notes", "Sharding - System Design Notes": a
# subtitle after a colon or a dash that names only the discipline and the kind of page; the topic is before it.
_DISCIPLINE_SUBTITLE = re.compile(
    r"(?:\s*:|\s+[-\u2013\u2014|])\s+(?:system design|hld|high level design)"
    r"(?:\s+(?:interviews?|notes|guide|cheat ?sheet|revision|review|prep|preparation))*\s*$",
    re.IGNORECASE,
)
# "System Design 101: Load Balancing", "System Design - Caching": the discipline (a course number after it) as a code before the topic.
_DISCIPLINE_BEFORE = re.compile(r"^(?:system design|hld|high level design)(?:\s+\d+)?\s+(?=\w)")
# Sections any page has that explain no concept of its topic.
_NOT_A_TOPIC_SECTION = re.compile(
    r"^(?:overview|introduction|intro|summary|tl ?dr|see also|references?|resources|sources|related(?: topics)?|further reading"
    r"|check yourself|self check|quiz"
    r"|conclusion|key takeaways?(?: for (?:the )?interviews?)?|takeaways|table of contents|contents|index|next steps|faq|tips|interview (?:q ?and ?a|qa|questions"
    r"|tips)|common mistakes|what s next|definition|when to use|real world examples?|examples?|key insight"
    # ... and in the author's language: Vietnamese, Spanish, Portuguese, French, German.
    r"|t\u1ed5ng k\u1ebft|t\u00f3m t\u1eaft|k\u1ebft lu\u1eadn|gi\u1edbi thi\u1ec7u|resumen|conclusi\u00f3n|introducci\u00f3n"
    r"|resumo|conclus\u00e3o|introdu\u00e7\u00e3o|r\u00e9sum\u00e9|zusammenfassung|fazit|einleitung|einf\u00fchrung)$"
)
_CONTENTS = re.compile(r"^(?:index|table of contents|contents|toc)$")
# "interviewprep", "studynotes": a repository's name run together from kind words alone, titling its README.
_KIND_WORDS_RUN_ON = re.compile(r"^(?:interviews?|notes?|prep|preparation|questions?|answers?|guide|study|revision|cheatsheets?){2,}$")
_TOPIC_SECTIONS = 3  # a topic page explains three concepts or more, each under its own heading


# "How do you avoid data loss?": a quick question on the technology, asked in the present; a story is asked in the past.
_HOW_DO_YOU = re.compile(r"^\W*how do you\b", re.IGNORECASE)
_FOR_INTERVIEWERS = re.compile(r"\binterviewers?\b|\binterviewer s\b")


def is_topic_page(root: Section, title: Section | None, name: str, besides: list[Section], *, theme: str | None = None) -> bool:
    """A page about one technology ("Raft Consensus Algorithm", "Message Queues & Event
    Streaming", revision notes on Kafka) that explains three or more of its concepts under
    headings of their own: a deep dive. Tried when nothing else on the page is an item, or
    on a week of a course's notes, named by its `theme` ("Caching Strategies")."""
    # A title that is the first of its sections names it, not the page: the file's name does.
    top = page_heading(root, title) if not _first_of_sections(root, title) else None
    # A file name reads as its words: "InterviewProblems", "system_design-notes".
    named = theme or (top.title.text if top is not None else re.sub(r"(?<=[a-z])(?=[A-Z])|[_-]+", " ", name))
    words = normalize(named)
    if not words or named.rstrip().endswith("?") or _FOR_INTERVIEWERS.search(words):
        return False  # a question, or a page for the people asking ("Quick Reference for Interviewers")
    sections = [section for section in _topic_sections(root, title) if section not in besides]
    if 2 * sum(canonical_principle(_concept_name(s.title.text)) is not None for s in sections) >= len(sections) > 0:
        return False  # sections named for Leadership Principles state them: a reference page, no technology
    if 2 * sum(bool(_INTERVIEW_ACCOUNT.search(normalize(s.title.text))) for s in sections) >= len(sections) > 1:
        return False  # "# Interview Experience (1/12)", "# Interview Experience (2/12)": accounts of interviews, no technology
    if re.search(r"\binterview", words) and len(sections) >= 2 and all(_INTERVIEW_ROUND.search(normalize(s.title.text)) for s in sections):
        return False  # "Netflix Interview Notes" over `### Coding Round`, `### System Design`, `### Behavioural`: its rounds, no technology
    if _parallel(sections):
        return True  # concepts laid out alike say what the page is, whatever its title says
    if besides:
        return False  # beside a plan, only concepts laid out alike are a topic page of their own
    words = normalize(_DISCIPLINE_SUBTITLE.sub("", named)) or words  # "Sharding: System Design Notes" is about sharding
    words = _DISCIPLINE_AFTER.sub("", words) or words  # "Caching in System Design" is about caching
    if (rest := _DISCIPLINE_BEFORE.sub("", words)) != words and CONCEPT_TITLE.search(rest):
        words = rest  # "System Design 101: Load Balancing" is about load balancing
    kind_only = not _PAGE_KIND_WORDS.sub(" ", words).strip() or _KIND_WORDS_RUN_ON.match(words) is not None
    if _ACCOUNT_IN_CHINESE.search(words):
        return False  # "7周…面试的经验分享": how one prepared and interviewed, told; no technology
    if (_not_a_technology(words) or kind_only) and not _discipline_notes(top, words, sections):
        return False  # a page about interviewing, or "Interview Questions": a kind of page and no subject
    # Its first heading taken for one of its sections (the page untitled, its top headings kept at
    # level 2, or its title at their level) is none when it names a method's step ("Step 1 - Clarify Requirements").
    first = title if top is None else None
    first = first or (root.children[0] if title is None and root.children and root.children[0].level > 1 else None)
    # ... though one any page has beside its concepts (`# Interview tips` over the method's steps, then `# Databases`,
    # `# Caching`, …) is left out of them as it is of its sections: the concepts after it say what the page is.
    if first is not None and _not_a_technology(normalize(first.title.text)) and not _any_page_has(first) and not _method_before_topics(root, first):
        return False
    if sum(asks_what_happened(line.text) and not _HOW_DO_YOU.match(line.text) for line in root.all_lines()) >= _TOPIC_SECTIONS:
        return False  # "A time when you failed …" three times or more: stories to prepare, whatever its title's words
    # Sections under one name repeated ("Starter Content" three times) are boilerplate, one concept at most.
    names = {normalize(section.title.text) for section in sections}
    if len(names) < _TOPIC_SECTIONS:
        # "## Problem" then "## Solution" over three techniques or more under headings of their own:
        # the members named are the concepts the page explains.
        names |= {
            normalize(name) for section in sections if len(members := _members(section)) >= _TOPIC_SECTIONS for name in members
        }
    if not sections and top is not None:
        # No sections: a glossary under the title ("**Partition** – an ordered log …"), three terms or more,
        # or an outline of nested bullets, its short items over their own points its concepts.
        names = {normalize(concept.name) for concept in _glossary(top) or _outline(top)}
    elif len(names) < _TOPIC_SECTIONS and sections:
        # Fewer sections, their terms defined in bold bullets (`- **Consistency (C)**: all users see …`):
        # the terms are its concepts.
        # ... or named a list item each over the bullets that explain them, in a part of a section
        # (`##### Limits` over `- Hot keys`, `- Memory only`, each over its own points).
        # ... or in plain `Term: explanation` bullets, most of a list in the section's own text (`- Distributed
        # cache: each node owns part of …`), not a subheading's notes (`- If asked about cost: …` under `#### Follow-ups`).
        terms = (
            _term_bullets(section)
            + _paragraph_terms(section)
            + _kinds_named_within(section)
            + _listed_members(replace(section, children=[]))
            for section in sections
        )
        names |= {normalize(concept.name) for found in terms for concept in found}
    if len(names) < _TOPIC_SECTIONS and top is not None:
        # The title's own list naming its kinds in numbered lines run into one item (`- There are 5 common
        # algorithms.` over `\t\t1. Token Bucket`, …, indented past a nested list's place): its concepts too.
        names |= {normalize(concept.name) for concept in _run_on_members(top)}
    return len(names) >= _TOPIC_SECTIONS


_RUN_ON_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?P<name>\S.*)$")


def _run_on_members(top: Section) -> list[Concept]:
    """Numbered lines run into a list item of the title's own, three or more: written as a list
    nested under it, indented past a nested list's place (tabs), and so read as the item's lines."""
    for item in list_items(top, deep=False):
        numbered = [found["name"].strip() for line in item.lines[1:] if (found := _RUN_ON_NUMBER.match(line.text.strip()))]
        if len(numbered) >= _TOPIC_SECTIONS and len(numbered) == len(item.lines) - 1:
            return [Concept(name, "", "", "") for name in numbered]
    return []


def _discipline_notes(top: Section | None, words: str, sections: list[Section]) -> bool:
    """An untitled page of notes named only for the discipline by its file or folder
    (`SystemDesign/README.md`) whose sections, three or more, each name a concept, a quarter of them
    at most a step of the interview's method (`### Load Balancers`, `### Caching`, `### Kafka`): notes on those topics;
    or a page titled so with no sections whose text defines three terms or more a line each, or
    is kept as an outline of nested bullets."""
    if top is not None and _THE_DISCIPLINE.match(words) and not sections and not top.children:
        # `# System Design` over its kinds defined a bullet each, or over an outline of nested bullets: notes on those.
        return bool(_glossary(top) or _outline(top))
    if top is not None and _THE_DISCIPLINE.match(words) and len(top.children) == 1 and _DATED.match(normalize(top.children[0].title.text)):
        # A study log of one dated entry (`## May 28th 2021`) over its terms defined a line each: notes on those terms.
        return not top.children[0].children and bool(_glossary(top.children[0]))
    return (
        top is None
        and _THE_DISCIPLINE.match(words) is not None
        and len(sections) >= _TOPIC_SECTIONS
        and 4 * sum(bool(_METHOD_STEP.search(normalize(section.title.text))) for section in sections) <= len(sections)
    )


# "System Design", "System Design Notes", "The System Design Interview Notes": the discipline alone.
_THE_DISCIPLINE = re.compile(r"^(?:the )?system design(?: interview)?(?: notes)?$")
# A heading that only dates its entry: "May 28th 2021", "2021-05-28", "28 May 2021".
_DATED = re.compile(rf"^(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? {MONTH} \d{{4}}|\d{{4}} \d{{1,2}} \d{{1,2}})$")
_METHOD_STEP = re.compile(
    r"\b(?:requirements?|clarif\w*|estimat\w*|capacity|high level|api design|data model|deep dive|bottlenecks?|wrap ?up|steps?|framework)\b"
)


# "Redis Interview Guide", "Kubernetes Interview Questions", "Kafka Q&A", "Docker FAQ": a page of
# questions put to a candidate about one technology.
_QUESTIONS_ON = re.compile(r"\b(?:interview|questions?|q ?and ?a|qa|faq)\b")
# "Food Delivery HLD - Interview Questions": a system to design, asked about as a design is.
_A_DESIGN = re.compile(r"\b(?:hld|lld|design|architecture|system)\b")
# "Q: Explain Redis persistence.", "Q3. Why …", "1. What is a Pod?": the question a heading asks.
_ASKED_HEADING = re.compile(r"^(?:q\s*\d*\s*[:.)]\s*|\d+\s*[.):]\s*)?(?P<q>\S.*)$", re.IGNORECASE)
_EXPLAIN = re.compile(r"^(?:explain|compare|describe|define|design|implement|build|list|name|what|how|why|when|which|where|is|are|can|does|do|should)\b", re.IGNORECASE)


def questions_heading(document: Document) -> Section | None:
    """The heading a technology's questions are asked under: the page's title, or on a page with
    none (`# 1️⃣ Can two consumers …?` first among its questions), the whole page named by its
    file or folder (`Kafka/Questions.md`)."""
    if document.title is not None or not document.name:
        return document.title
    return replace(document.root, title=Line((Run(file_title(document.name)),), document.root.line))


def technology_questions(root: Section, title: Section | None) -> list[Section]:
    """On a page titled for one technology's interview questions ("Redis Interview Guide"),
    the question headings answered under them, three or more: each asks to explain one of its
    concepts, the deep dive the page is. On a page titled by the technology alone ("Caching"),
    its own headings that ask about it, answered, two or more and half its sections or more,
    none asked of "you" ("What are the top caching strategies?", not "How do you handle
    conflict?"). None on a page of questions about interviewing or about no one subject, nor
    where fewer are answered (a list of questions to study)."""
    if title is None:
        return []
    words = _DISCIPLINE_AFTER.sub("", normalize(title.title.text))
    # "消息中间件之Kafka学习" (message middleware: learning Kafka): the technology's name is a word of its own.
    subject = _PAGE_KIND_WORDS.sub(" ", _LATIN_IN_OTHER_SCRIPT.sub(" ", words) if not words.isascii() else words).split()
    if _not_a_technology(words) or _A_DESIGN.search(words) or not subject:
        return []
    if _timed_steps(title):
        return []  # "Interview Strategy: Building a Rate Limiter" over its timed steps: the questions close a design
    if _QUESTIONS_ON.search(words):
        answered = [section for section in title.walk() if section is not title and _asks_to_explain(section) and _answered(section)]
        asked = answered if len(answered) >= _TOPIC_SECTIONS else []
    else:
        sections = [section for section in title.children if not _any_page_has(section)]
        asked = [s for s in sections if _asked_about(s) and _answered(s)]
        asked = asked if len(asked) >= _ASKED_ABOUT_IT and 2 * len(asked) >= len(sections) else []
    # Asked about the technology the title names ("… Redis performance?", "… caching strategies?"), not
    # about the one answering ("What are your strengths?" under "How I answer the usual interview questions").
    about = [s for s in asked if _names_subject(normalize(s.title.text + " " + (_interviewer_asks(s) or "")), subject)]
    # ... or answered so, most of them: "What is Saga design pattern?" under "Microservice Interview
    # Questions", answered "The Saga pattern is a design pattern used in microservices architecture …".
    answered_so = [s for s in asked if _names_subject(normalize(_first_sentence(s)), subject)]
    about = about or (answered_so if 2 * len(answered_so) > len(asked) else [])
    personal = [s for s in asked if _OF_YOURSELF.search(s.title.text)]
    return asked if about and 2 * len(personal) < len(asked) else []


_LATIN_IN_OTHER_SCRIPT = re.compile(r"(?<=[a-z0-9])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[a-z0-9])")


def _asked_about(section: Section) -> bool:
    """A heading that asks about its subject, not of "you"; or a topic heading (`## Caching Strategies`)
    whose text opens with an interviewer's question to the candidate about it (`**Interviewer:** What
    are some common caching strategies?`), not about themselves."""
    if _asks_to_explain(section):
        return not _ASKED_OF_YOU.search(section.title.text)
    asked = _interviewer_asks(section)
    return asked is not None and not _OF_YOURSELF.search(asked)


def _interviewer_asks(section: Section) -> str | None:
    """The question a heading's text opens with, said by the interviewer (`**Interviewer:** …?`)."""
    first = next((block.lines[0] for block in section.blocks if isinstance(block, Paragraph)), None)
    if first is None or normalize(first.lead_bold or "").rstrip(": ") != "interviewer":
        return None
    asked = first.after_lead.lstrip(": ").strip()
    return asked if asked.endswith("?") else None


def _names_subject(question: str, subject: list[str]) -> bool:
    """Whether a question names a word of the subject, or one sharing its first four letters ("cache", "caching")."""
    return any(
        word[: min(len(key), _STEM)] == key[:_STEM] for key in subject if len(key) > 2 for word in question.split() if len(word) > 2
    )


_STEM = 4


_ASKED_OF_YOU = re.compile(r"\b(?:you|your|i|my|we|our)\b", re.IGNORECASE)
# "What are your strengths?", "Tell me about your experience", "Describe a bug you tracked down".
# ... and in the Romance languages, "you" as Spanish, Portuguese, French and Italian say it ("¿De qué estás
# satisfecho?", "¿Qué dirían de ti?", "Onde você se vê …?", "Que feriez-vous … votre …?").
_OF_YOURSELF = re.compile(
    r"\byour(?:s|self)?\b|\b(?:did|have|were) you\b|\byou (?:did|were|had|tracked|led|built)\b"
    r"|\b(?:ti|te|tu|tus|contigo|você|vocês|vous|votre|vos|toi)\b",
    re.IGNORECASE,
)
_ASKED_ABOUT_IT = 2


def _first_sentence(section: Section) -> str:
    """The first sentence of the text right under a heading ("" when a list or code opens it)."""
    first = next(iter(section.blocks), None)
    text = " ".join(line.text for line in first.lines) if isinstance(first, Paragraph) else ""
    return _SENTENCE_END.split(text, maxsplit=1)[0]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _answered(section: Section) -> bool:
    """Anything written under the heading: a sentence, a list, a table or code alone (`Q: Show a Lua script` over its fence)."""
    return any(part.blocks for part in section.walk())


def _asks_to_explain(section: Section) -> bool:
    """A heading that asks (`### What is a Pod?`), or bids one explain after its "Q:" (`### Q: Explain Redis persistence.`)."""
    text = section.title.text.strip()
    question = _question_of(section)
    if question.endswith(("?", "\uff1f")) or (bool(_Q_MARK.match(text)) and bool(_EXPLAIN.match(question))):
        return True
    # "What is the role of zookeeper for kafka", "What is topic? … What is replication factor": asked, the mark left off.
    return len(question.split()) >= _UNMARKED_WORDS and bool(_UNMARKED_ASK.match(question))


_UNMARKED_ASK = re.compile(r"^(?:what|how|why|which|where|when|who)\s+(?:is|are|does|do|happens?|can|should|would)\b", re.IGNORECASE)
_UNMARKED_WORDS = 4


def _question_of(section: Section) -> str:
    """A heading's question without its "Q:" and number, nor the quotes after a "Q:" (`### Q: "How do
    you invalidate a cache?"`); "" for an empty heading (`####` alone)."""
    text = section.title.text.strip()
    asked = _ASKED_HEADING.match(text)
    if asked is None:
        return ""
    return strip_quotes(asked["q"].strip()) if _Q_MARK.match(text) else asked["q"].strip()


_Q_MARK = re.compile(r"^q\s*\d*\s*[:.)]", re.IGNORECASE)


def question_concepts(sections: list[Section], root: Section, title: Section | None) -> list[Concept]:
    """A technology's interview questions as the concepts of its deep dive: each asked as
    written ("Q:" and its number left out), its answer the text under it; then the title's
    other sections that explain a concept ("## Caching Solution" beside the questions)."""
    asked = [Concept(_question_of(s), _answer(s) or _shown_in_code(s), "", "") for s in sections]
    held = {id(part) for s in sections for part in s.walk()}
    # Not a question, nor a heading grouping questions ("## Indexing" over "### Q: …").
    others = [s for s in _topic_sections(root, title) if not any(id(part) in held for part in s.walk())] if sections else []
    found = asked
    for section in others:
        found.append(Concept(without_numbering(without_symbols(section.title.text)).strip(" *:"), _answer(section), "", ""))
        found += _gathered(section)  # "## Common Patterns" over "### 1. Cache-Aside Pattern", …
    return found


def _gathered(section: Section) -> list[Concept]:
    """The members a section gathers under subheadings of their own, two or more, each named
    in full and said by its text (or by its parts: "How It Works", "Advantages")."""
    found = []
    for child in section.children:
        if name := _member_name(child, in_parts=True):
            found.append(Concept(name, prose(child) or _answer(child), "", ""))
        elif not child.blocks and len(inner := _gathered(child)) >= _FEWEST_MEMBERS:
            # `### Techniques to Maintain Consistency:` with no text of its own over `#### 1. Timestamp-Based
            # Resolution`, `#### 2. Version Vector`, …: it only groups them, each a member too.
            name = without_numbering(without_symbols(child.title.text)).strip(" *:")
            found += [Concept(name, " · ".join(member.name for member in inner), "", ""), *inner]
        elif not child.blocks and (lone := _lone_member(child)):
            # `### 📊 スケーラビリティの基本` with no text of its own over `#### 水平スケーリング vs 垂直スケーリング`
            # alone: a member explained by its one part, both named.
            name = without_numbering(without_symbols(child.title.text)).strip(" *:")
            said = prose(child.children[0])
            found += [Concept(name, said, "", ""), Concept(lone, said, "", "")] if _short_name(name) and not name.endswith("?") else []
    return found if len(found) >= _FEWEST_MEMBERS else []


def _answer(section: Section) -> str:
    """The words under a question, its subheadings' names among them (`#### 1. Strings` under
    "Explain Redis data structures"), up to the next question: the one under it answers itself."""
    lines = _block_texts(section)
    for child in section.children:
        if not _asks_to_explain(child):
            # Each subheading with its words after it: "How It Works: Each caller has a counter …".
            lines += [": ".join(filter(None, [part.title.text, " ".join(_block_texts(part))])) for part in child.walk()]
    return "\n".join(line for line in lines if line)


def _shown_in_code(section: Section) -> str:
    """Where a question answered only by code shows its answer ("Q: Design a product search …" over a fence)."""
    fence = next((block for part in section.walk() for block in part.blocks if isinstance(block, Code)), None)
    return f"(answered in code on the page, line {fence.line})" if fence is not None else ""


def _block_texts(section: Section) -> list[str]:
    """A section's own text a paragraph or list item at a time, its lines joined as the page
    shows them; a table's a row at a time (`Primary · yes · yes`); code left out: it is shown,
    not said."""
    texts: list[str] = []
    for block in section.blocks:
        if isinstance(block, Table):
            texts += [" · ".join(cell.text for cell in row) for row in [block.header, *block.rows]]
        elif isinstance(block, Paragraph):
            texts.append(" ".join(line.text for line in block.lines if line.text))
        elif isinstance(block, ListBlock):
            texts += _item_texts(block)
    return [text for text in texts if text]


def _item_texts(block: ListBlock) -> list[str]:
    """Each item of a list and of the lists nested in it, its lines joined."""
    return [text for item in block.items for text in [item.text, *(t for sub in item.sublists for t in _item_texts(sub))]]


# What a section explaining one of several alternatives holds under subheadings: "How It Works",
# "Advantages", "Disadvantages" under each load-balancing algorithm.
_ALTERNATIVE_PARTS = re.compile(
    r"^(?:how (?:it|they) works?|advantages|disadvantages|pros|cons|pros and cons|benefits|drawbacks|limitations"
    r"|use cases|when to use(?: it)?|trade ?offs|example|common problems|pitfalls|best practices)$"
    # "Feature hashing example", "Embedding in tech companies": one shown at work.
    r"|^.*\bexamples?$|^.*\bin (?:practice|production|industry|tech companies|the real world)$"
)
_ALTERNATIVES = 3


def explains_alternatives(root: Section) -> bool:
    """Whether three or more headings anywhere each hold two or more of the parts that explain
    an alternative ("Round Robin" over "How It Works" and "Advantages"): a page comparing a
    technology's alternatives, whatever its title names, not a design laid out in steps."""
    explained = 0
    for section in root.walk():
        if _alternative_parts(section) >= 2:
            explained += 1
            if explained >= _ALTERNATIVES:
                return True
    return False


def _outlined(section: Section) -> bool:
    """Whether a numbered heading is explained in parts numbered under its number (`### 1.1 Topic`
    over `#### 1.1.1 Concept` and `#### 1.1.2 Creating a topic`)."""
    number = _OUTLINE_NUMBER.match(section.title.text)
    if number is None:
        return False
    return any((inner := _OUTLINE_NUMBER.match(child.title.text)) and inner[1].startswith(number[1] + ".") for child in section.children)


_OUTLINE_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)+)\.?\s")


def _alternative_parts(section: Section) -> int:
    """How many of the parts that explain an alternative ("How It Works", "Advantages") head its subheadings."""
    return len({name for child in section.children if _ALTERNATIVE_PARTS.match(name := normalize(without_numbering(child.title.text)))})


def _members(section: Section) -> list[str]:
    """The names of the subheadings that explain a member (not only links to reading)."""
    return [name for child in section.children if (name := _member_name(child)) and _explains(child)]


# A sentence explains; a link's title ("Sharding strategies compared") is a few words.
_SENTENCE_WORDS = 8


def _explains(section: Section) -> bool:
    blocks = [block for part in section.walk() for block in part.blocks]
    if any(isinstance(block, Code) and block.text.count("\n") >= _SHOWN_LINES for block in blocks):
        return True  # "### How It Works" over the class that does it: shown in code
    if any(isinstance(block, Table) and len(block.rows) >= _SHOWN_LINES for block in blocks):
        return True  # "### Lease vs Other Locks" over a table comparing them
    return any(len(line.text.split()) >= _SENTENCE_WORDS for block in blocks for line in block_lines(block))


_SHOWN_LINES = 3


def _parallel(sections: list[Section]) -> bool:
    """Whether three or more sections share a subheading ("What is it?", "When to use?"
    under each component): each explains one concept in the same parts."""
    shared = Counter(name for section in sections for name in {normalize(c.title.text) for c in section.children})
    return any(count >= _TOPIC_SECTIONS for count in shared.values())


def _groups_in_parts(section: Section) -> bool:
    return bool(section.children) and bool(_PART.match(normalize(section.title.text)))


def _asks_over_ways(section: Section) -> bool:
    """A question heading over two or more subheadings that each explain a way to answer it
    (`## How do we find the nearest entities?` over `### Geo Hashing`, `### Quad Tree`): it
    groups those ways, each a section of the page."""
    asked = without_numbering(section.title.text).rstrip()
    return asked.endswith("?") and bool(_ASKS_HOW.match(normalize(asked))) and len(_members(section)) >= 2


_ASKS_HOW = re.compile(r"^how (?:do|does|can|could|should|would|to)\b")  # a way to do it asked, not "How many …?"


def _topic_sections(root: Section, title: Section | None) -> list[Section]:
    """The headings right under the page's title (or its top headings) that each name a
    concept and explain it: short, not a question, not a timed step, not a page's furniture."""
    sections = _opened((title if title is not None else root).children)
    if title is None and (top := page_heading(root, None)) is not None:
        sections = _opened(top.children or root.children)
    elif title is not None and _introduces(title) and all(_furniture(section) for section in sections):
        # A title written at its sections' level (`# Caching` over an introduction, then
        # `# Eviction Strategies`, `# Cache Patterns`), perhaps over its table of contents alone
        # (`## Table of Contents`): the headings beside it are its sections.
        sections = [section for section in root.children if section is not title]
    elif _first_of_sections(root, title) or (title is not None and _aspect_first(root, title)):
        sections = list(root.children)
    # `# Part 2: Consistency Models` over its sections only groups them: those are the page's.
    sections = [inner for section in sections for inner in (section.children if _groups_in_parts(section) or _asks_over_ways(section) else [section])]
    return [
        section
        for section in sections
        if (name := _concept_name(section.title.text))
        # "Types of caching based on the layer" names its kinds; a long name over terms defined a line each names them;
        # so does one over its members' subheadings ("5. Algorithms — what they do, and when to use each" over
        # "5.1 Fixed window counter", "5.2 Sliding window log", …): what it says of them is a remark
        and (_short_name(name) or _KINDS.search(normalize(name)) or _paragraph_terms(section) or _gathered(section))
        and (not name.endswith("?") or _HOW_IT_WORKS.match(normalize(name)) or _WHAT_IS_ASKED.match(name))
        and not _minutes(section.title.text)
        and not _NOT_A_TOPIC_SECTION.match(normalize(name))
        and (section.blocks or section.children)
        and not _only_quotes(section)
        and not _only_links(section)
    ]


# "How it works?": the mechanism's section, asked as a question, as "How it works" names it.
_HOW_IT_WORKS = re.compile(r"^how (?:it|does (?:it|\w+(?: \w+){0,2})) works?$")
_FIRST_OF_SECTIONS = 2  # headings at the title's level, itself one of them
_FIRST_OF_PARTS = 4  # ... over subheadings of its own: itself and three more


def _first_of_sections(root: Section, title: Section | None) -> bool:
    """A title written at its sections' level, over more than an introduction (`### Circuit
    Breaker` over what it is, then `### Hystrix`, …): the first of its sections too; not one
    beside only the headings that close a page (`## Kafka` over its notes, then `## Sources`); a
    first heading that asks a question is one, over an introduction too."""
    if title is None:
        return False
    if title.children:
        # ... nor one over questions of its own, most of its subheadings, beside three or more headings like it
        # (`## Redis基础`, Redis basics, over `### 什么是Redis`, then `## Redis主从复制`, …, no `#` title): the first
        # of the page's parts; not one over only what introduces the page (`### What is Partitioning?`, `## Contents`),
        # nor one over notes of other kinds (`# QA` over `## OLD DAYS`, `## context`): its title.
        parts = sum(not closes_page(section.title.text) for section in root.children) >= _FIRST_OF_PARTS
        asking = 2 * sum(asks(child.title.text) for child in title.children) > len(title.children)
        return parts and ((asking and not all(_furniture(section) for section in title.children)) or _method_before_topics(root, title))
    # A first heading that asks (`# How many partitions should I have?` over a line, beside `# acks and
    # their effect`, …) names one of the notes, however short its answer: no title.
    if _introduces(title) and not title.title.text.rstrip().endswith(("?", "\uff1f")):
        return False
    return sum(section is title or not closes_page(section.title.text) for section in root.children) >= _FIRST_OF_SECTIONS


def _method_before_topics(root: Section, first: Section) -> bool:
    """An untitled page's first heading naming a method, no technology, at the level of the
    technologies the page goes over, three or more (`## How to answer system design questions`
    over its steps, then `## Databases`, `## Networking`, …): one of the page's parts, as it
    would be under a title; the file names the page. Not headings that walk a design's steps
    (`### Problem Description`, `### Functional Requirements`, `### Capacity Estimation`, …)."""
    others = [section for section in root.children if section is not first and not closes_page(section.title.text)]
    return (
        root.children[:1] == [first]
        and _not_a_technology(normalize(first.title.text))
        and len(others) >= _TOPIC_SECTIONS
        and not any(_not_a_technology(normalize(section.title.text)) for section in others)
        and not design_phases([section.title.text for section in root.children])
    )


# "Background", "Introduction", and in Chinese 背景 (background), 简介 / 介绍 (introduction), 概述 (overview), 前言 / 引言 (preface).
# "Why this matters", "Motivation": why to learn the topic, which only the page's name says.
_INTRODUCTION_NAME = re.compile(
    r"^(?:background|introduction|intro|overview|motivation|why (?:this|it) matters|背景|简介|介绍|概述|前言|引言)$"
)


def _asks_first(root: Section, page: Section) -> bool:
    """A first heading that asks (`# How many partitions …?`), the first of the notes: no title."""
    return page.title.text.rstrip().endswith(("?", "\uff1f")) and _first_of_sections(root, page)


def _parts_first(root: Section, page: Section) -> bool:
    """A first heading over subheadings of its own among three or more like it (`## Redis基础` over its questions,
    then `## Redis主从复制` over its own): the first of the page's parts, no title."""
    return bool(page.children) and _first_of_sections(root, page)


def _introduction_first(root: Section, page: Section) -> bool:
    """A first heading that only names the notes' introduction (`# 1. Background`, numbered or
    not, then `# 2. Trade-offs` beside it): their first part, no title. No page is about its background."""
    named = normalize(without_numbering(page.title.text))
    return len(root.children) >= _FIRST_OF_SECTIONS and _INTRODUCTION_NAME.match(named) is not None


def _aspect_first(root: Section, page: Section) -> bool:
    """A first heading that names an aspect of a subject it does not name (`# features`, then
    `# Ordering & Consumption`, `# Pub Sub Messaging`): the first of the notes, no title. No page
    is about features or use cases alone; the file names what they are of."""
    named = normalize(without_numbering(page.title.text)).rstrip(" :")
    return len(root.children) >= _FIRST_OF_SECTIONS and _ASPECT_NAME.match(named) is not None


_ASPECT_NAME = re.compile(
    r"^(?:(?:key |main |core )?features|how (?:it|they) works?|advantages|disadvantages|pros(?: and cons)?|benefits|drawbacks"
    r"|limitations|use ?cases|trade ?offs)$"
)


def _furniture_first(root: Section, page: Section) -> bool:
    """A first heading any page has beside its concepts (`# Interview tips`, then `# Databases`, `# Caching`),
    the first of the notes at their level: it names that part only, no title."""
    return _any_page_has(page) and _first_of_sections(root, page)


def _any_page_has(section: Section) -> bool:
    """A heading any page may have beside its concepts (`Interview tips`, `References`): no concept's."""
    return _NOT_A_TOPIC_SECTION.match(normalize(_concept_name(section.title.text))) is not None


def _only_links(section: Section) -> bool:
    """A heading over links alone (`#### B companies` over a list of articles): an index's entry."""
    lines = [line for part in section.walk() for block in part.blocks for line in block_lines(block)]
    return bool(lines) and all(line.link_only for line in lines)


def _opened(sections: list[Section]) -> list[Section]:
    """The sections, a contents heading ("## Index" over the page's links) replaced by the
    headings written one level down after it: the page's own, held by it only by their level;
    so is an introduction over numbered concepts of its own (`## Introduction` over `### 1.1. ACID`,
    `### 1.2. Isolation Levels`): the page's first part, named for its place."""
    return [
        part
        for section in sections
        for part in (section.children if _CONTENTS.match(normalize(section.title.text)) or _numbered_introduction(section) else [section])
    ]


def _numbered_introduction(section: Section) -> bool:
    named = normalize(without_numbering(section.title.text))
    numbered = [child for child in section.children if without_numbering(child.title.text) != child.title.text.strip()]
    return named in ("introduction", "intro", "overview") and len(numbered) >= _FEWEST_MEMBERS


def _furniture(section: Section) -> bool:
    """A heading any page has that explains no concept of its topic (`## Table of Contents`),
    or that introduces the topic itself (`### What is Indexing?` under the page's title)."""
    name = normalize(section.title.text)
    return bool(_NOT_A_TOPIC_SECTION.match(name) or _WHAT_IS.match(name))


_WHAT_IS = re.compile(r"^what (?:is|are) ")


def _introduces(title: Section) -> bool:
    """A first heading over an introduction alone, in paragraphs: the page's title. One numbered
    ("## 1. Offers Take Too Long") or over a list ("## Project Execution" over its phrases) is
    the first of the sections beside it."""
    unnumbered = without_numbering(title.title.text) == title.title.text.strip()
    return unnumbered and all(isinstance(block, Paragraph) or _contents_list(block) for block in title.blocks)


def _contents_list(block: Block) -> bool:
    """A list of links alone, nested or not (`- [What is Flink?](#what-is-flink)`): the page's contents."""
    return isinstance(block, ListBlock) and all(
        item.lines and all(line.link_only for line in item.lines) and all(map(_contents_list, item.sublists)) for item in block.items
    )


_QUOTES = ('"', "\u201c", "\u2018", "'")


def _only_quotes(section: Section) -> bool:
    """A section whose every line is a quoted sentence (`* "I learned that …"`): phrasing to
    borrow, a sentence bank's entries, not a concept explained."""
    texts = [line.text for block in section.blocks for line in block_lines(block) if line.text]
    return bool(texts) and not section.children and all(text.lstrip("*_ ").startswith(_QUOTES) for text in texts)


def _topic_concepts(root: Section, title: Section | None) -> list[Concept]:
    """A topic page's concepts: its sections, each with its text, and the members of a
    section that gathers them under subheadings of their own ("Caching Strategies" over
    "Cache-Aside (Lazy Loading)", "Write-Through"), named in full."""
    found = []
    sections = _topic_sections(root, title)
    if not sections and (top := page_heading(root, title)) is not None:
        return _glossary(top) or _outline(top)
    lone = Counter(name for section in sections if (name := _lone_member(section)))
    for section in sections:
        members = _gathered(section)
        if not members and len(section.children) == 1 and (inner := _gathered(only := section.children[0])):
            # `### Cache Eviction Policies` alone under `## Cache Eviction`, over `#### 1. Least Recently Used (LRU)`, …:
            # the subheading that gathers them, and each of them.
            name = without_numbering(without_symbols(only.title.text)).strip(" *:")
            members = [Concept(name, " · ".join(member.name for member in inner), "", ""), *inner]
        if not members and (name := _lone_member(section)) and lone[name] == 1:
            # "### Partition Strategy" alone under "## Message Structure": the one concept it explains
            # (one named alike under several sections, "Common Choices", is their boilerplate).
            members = [Concept(name, prose(section.children[0]), "", "")]
        # Named by its whole heading: "Dead Letter Queue (DLQ)", "Stream Processing: Flink vs Spark";
        # one that only gathers its members ("Counting Algorithms") is said by their names.
        # Its lists say it too ("## Key Concepts" over "- Partition keys", …), after its prose.
        said = "\n".join(part for part in (prose(section), _listed(section)) if part) or " · ".join(member.name for member in members)
        name = without_numbering(without_symbols(section.title.text)).strip(" *:")
        # "## 1. What is a Consistency Model?" explains the consistency model.
        name = asked["concept"] if (asked := _WHAT_IS_ASKED.match(name)) else name
        found += [Concept(name, said, "", ""), *members]
        found += _listed_members(section) + _labelled_members(section) + _kinds_named_within(section) + _paragraph_terms(section)
    # The title's own introduction may define the page's terms before its sections do (`A replicação
    # envolve:` over `- **Líder**: …`, `- **Réplica**: …`, three or more): concepts too, first.
    top = page_heading(root, title)
    intro = _glossary(top) if top is not None and sections and all(section in top.children for section in sections) else []
    # ... or name them a numbered line each run into one item (_run_on_members), those not under headings of their own.
    headed = {normalize(concept.name) for concept in found}
    intro += [member for member in (_run_on_members(top) if top is not None else []) if normalize(member.name) not in headed]
    return intro + found + [concept for section in root.walk() for concept in _bold_takeaways(section)]


def _listed(section: Section) -> str:
    """The items of a section's own lists, a line each."""
    return "\n".join(item.text for item in list_items(section, deep=False) if item.text)


# "## Key Takeaways for Interviews", "## Interview Questions": the points a page closes on, to say in an interview.
_TAKEAWAYS = re.compile(r"^(?:key )?takeaways?(?: for (?:the )?interviews?)?$|^interview questions$")
_FEWEST_TAKEAWAYS = 3


def _bold_takeaways(section: Section) -> list[Concept]:
    """A closing section's numbered points, each opening with a bold sentence or question
    and saying more after it (`1. **NTP is not reliable for ordering.** Two events …`, `2. **How
    does Kafka use leases?** The coordinator …`): each a point of the topic to know."""
    if not _TAKEAWAYS.match(normalize(without_numbering(section.title.text))):
        return []
    for block in section.blocks:
        if isinstance(block, ListBlock) and block.ordered and len(block.items) >= _FEWEST_TAKEAWAYS:
            lines = [item.lines[0] if item.lines else None for item in block.items]
            if all(line is not None and line.lead_bold and line.lead_bold[-1:] in ".?" and line.after_lead for line in lines):
                return [Concept(line.lead_bold, line.after_lead, "", "") for line in lines if line is not None and line.lead_bold]
    return []


def _lone_member(section: Section) -> str | None:
    """The name of a section's one subheading when it explains a concept, not the page's
    furniture (`### ref`, `### Summary`)."""
    if len(section.children) != 1 or not (name := _member_name(section.children[0], in_parts=True)):
        return None
    return None if _NOT_A_TOPIC_SECTION.match(normalize(name)) or not _explains(section.children[0]) else name


def _paragraph_terms(section: Section) -> list[Concept]:
    """Terms a section's own paragraphs define a line each, three or more (`Lists: collections
    of string elements …`, `Sets: collections of unique …`), as notes copied from a reference
    are written; or a paragraph's first line alone (`DNS-Based Service Discovery:` over the lines
    that explain it). An `Example:` is none."""
    terms = []
    for block in section.blocks:
        if not isinstance(block, Paragraph):
            continue
        for number, line in enumerate(block.lines):
            if line.lead_bold is not None or not (found := _TERM.match(line.text)) or not _short_name(term := found["term"].strip()):
                continue
            text = found["text"] or (" ".join(after.text for after in block.lines[1:]) if number == 0 else "")
            if len(text.split()) >= _GLOSS_WORDS and not _NOT_A_TOPIC_SECTION.match(normalize(term)):
                terms.append(Concept(term, text, "", ""))
    return terms if len(terms) >= _TOPIC_SECTIONS else []


# "Types of caching based on the layer", "Consistency Levels": a heading over the kinds it names.
_KINDS = re.compile(r"\b(?:types?|kinds?|levels?|layers?|categories|forms|flavou?rs|varieties) of\b|\b(?:types|kinds|levels|layers|categories)$")
_KIND_WORDS = 6


def _named_kinds(section: Section) -> list[Concept]:
    """The kinds a section names in a list of short names, three or more, each alone on its
    item ("- CDN caching.", "- Query-level." over the bullets that explain it): under a
    heading that says it names kinds, or with some of them explained in bullets under them."""
    for block in section.blocks:
        if not isinstance(block, ListBlock) or len(block.items) < _TOPIC_SECTIONS:
            continue
        names = [item.lines[0].text.rstrip(". ") if item.lines else "" for item in block.items]
        if not all(name and len(name.split()) <= _KIND_WORDS and not name.endswith(("?", ":")) for name in names):
            continue
        if _KINDS.search(normalize(section.title.text)) or any(item.sublists for item in block.items):
            return [
                Concept(name, "\n".join(sub.text for inner in item.sublists for sub in inner.items), "", "")
                for name, item in zip(names, block.items, strict=True)
            ]
    return []


def _kinds_named_within(section: Section) -> list[Concept]:
    """The kinds a section names (_named_kinds), in its own text or in a part of it under a
    subheading (`##### Limits` over `- Hot keys`, `- Memory only`, each over its own points)."""
    return [kind for part in section.walk() for kind in _named_kinds(part)]


_TERM = re.compile(r"^(?P<term>[^:.?!]{2,60}?)\s*:(?:\s+(?P<text>\S.*))?$")
# What follows a bold term: an arrow, a dash or a colon (or nothing, after `**Term:**`), then what it means.
_GLOSS = re.compile(r"^\s*(?P<mark>→|->|=>|[:\-\u2013\u2014])?\s*(?P<text>\S.*)$")
_GLOSS_WORDS = 4  # an explanation, not a value ("**Owner:** Sam")


def _glossary(section: Section) -> list[Concept]:
    """The terms a heading's own text defines, a bold term opening each line or list item
    ("**Offset** – a consumer's position …", "1. **Token bucket** — tokens refill …"), three or
    more; none otherwise. A bold term's own terms listed under it follow it (`- **Retry Policies:**`
    over `- _Fixed Delay:_ waits the same …`), and one with no gloss of its own is said by them."""
    lines = [*section.paragraph_lines()]
    items = [item for block in section.blocks if isinstance(block, ListBlock) for item in block.items if item.lines]
    entries = [(line, _gloss_entry(line)) for line in lines + [item.lines[0] for item in items]]
    if sum(entry is not None for _, entry in entries) < _TOPIC_SECTIONS:
        return []
    nested = {id(item.lines[0]): _nested_terms(item) for item in items if item.lines[0].lead_bold}
    found = []
    for line, entry in entries:
        inner = nested.get(id(line), [])
        if entry is None and inner and _short_name(term := (line.lead_bold or "").rstrip(": ")):
            entry = Concept(_concept_name(term), "\n".join(f"{concept.name}: {concept.definition}" for concept in inner), "", "")
        found += [entry, *inner] if entry is not None else []
    return found


def _gloss_entry(line: Line) -> Concept | None:
    """A glossary's entry: a term in bold (or in code) opening the line, then what it means."""
    term = (line.lead_bold or "").rstrip(": ")
    gloss = _GLOSS.match(line.after_lead) if term else None
    if not term and (coded := _code_term(line)):
        term, gloss = coded  # "`Database design`: the layout of …": a term set in code, as one set in bold
    if gloss and len(gloss["text"].split()) >= _GLOSS_WORDS and _short_name(term):
        return Concept(_concept_name(term), gloss["text"], "", "")
    return None


def _nested_terms(item: ListItem) -> list[Concept]:
    """The terms a list nested under a glossary's term defines a line each, in italics, bold or
    plain (`- _Fixed Delay:_ waits the same …`), two or more and most of its items; named as
    written, another name in parentheses kept ("Lazy Loading (Cache-Aside)")."""
    found = []
    for block in item.sublists:
        terms = [
            Concept(term["term"].strip(" *_"), term["text"], "", "")
            for inner in block.items
            if (term := _TERM.match(inner.text)) and term["text"] and len(term["text"].split()) >= _GLOSS_WORDS
        ]
        terms = [concept for concept in terms if concept.name and _short_name(concept.name)]
        if len(terms) >= _FEWEST_MEMBERS and 2 * len(terms) > len(block.items):
            found += terms
    return found


def _code_term(line: Line) -> tuple[str, re.Match[str]] | None:
    """A line's term set in code at its start and what it means after a colon, an arrow or a
    dash (`- ``Load balancing``: spreading requests …`), as _glossary reads a bold one."""
    runs = line.runs
    if len(runs) < 2 or not runs[0].code or not (gloss := _GLOSS.match("".join(run.text for run in runs[1:]))) or gloss["mark"] is None:
        return None
    return runs[0].text.strip(), gloss


def _outline(section: Section) -> list[Concept]:
    """The concepts of notes kept as one outline of nested bullets under the title (`- cache update
    policies.` over `- cache-aside.` over its points): each short item with points of its own under
    it, three or more, said by those points; and beside them, its points that name a term first
    (`CAP theorem: consistency, …`)."""
    found = []  # (the concept, whether it is only a point naming its term)
    tops = list_items(section, deep=False)
    # Its top items over points of their own, most of them: each top item beside them that only names
    # a term, marked as a name in code or bold (`` - `Load Balancer` `` between `` - `Cache` `` and
    # `` - `CDN` ``, each over its points), is one more concept of the outline, its points left
    # unwritten; not a plain line describing the subject (`- In-memory key-value store, …`).
    named_alone = {id(item) for item in tops} if 2 * sum(bool(item.sublists) for item in tops) > len(tops) else set()
    stack = list(reversed(tops))  # depth first, in the page's order
    while stack:
        item = stack.pop()
        inner = [sub for block in item.sublists for sub in block.items]
        name = item.text.rstrip(".:").strip()
        if inner and name and _short_name(name) and not item.text.endswith("?"):
            found.append((Concept(name, "\n".join(sub.text for sub in inner if sub.text), "", ""), False))
        elif not inner and (term := _TERM.match(item.text)) and term["text"] and _short_name(term["term"]):
            # "CAP theorem: consistency, availability, …": a point of the outline that names its term first.
            found.append((Concept(term["term"].strip(), term["text"], "", ""), True))
        elif not inner and id(item) in named_alone and _marked_name(item) and _short_name(name) and not item.text.rstrip().endswith((".", "?", ":")):
            found.append((Concept(name, "", "", ""), True))
        stack += reversed(inner)
    # A name under every member ("disadvantages.") is the outline's boilerplate, no concept.
    named = Counter(normalize(concept.name) for concept, point in found if not point)
    found = [(concept, point) for concept, point in found if point or named[normalize(concept.name)] == 1]
    # Its points that name a term are concepts beside those, once the outline is one (three of them or more).
    return [concept for concept, _ in found] if sum(not point for _, point in found) >= _TOPIC_SECTIONS else []


def _marked_name(item: ListItem) -> bool:
    """A list item that opens with its name set in code or in bold (`` `Database Replication` (Master-Slave) ``)."""
    runs = item.lines[0].runs if item.lines else ()
    return bool(runs) and (runs[0].code or runs[0].bold) and bool(runs[0].text.strip())


def _listed_members(section: Section) -> list[Concept]:
    """The members a section lists as `Term: explanation` bullets, bold or plain, at any
    depth ("- Cache-aside: the app fills the cache", or "1. **LRU**:" over bullets that
    explain it), when two or more and most of a list are."""
    members = []
    lists = [block for part in section.walk() for block in part.blocks if isinstance(block, ListBlock)]
    # "3. **Cache Design Patterns**:" over "- **Cache-aside**: …": a list inside a list item too.
    lists += [inner for block in lists for item in block.items for inner in item.blocks if isinstance(inner, ListBlock)]
    for block in lists:
        terms = [
            # "**LRU**:" over its bullets, said by them (`- Eviction:` over `- Least recently used.`, …).
            (term["term"].strip(" *"), term["text"] or _sublist_text(item))
            for item in block.items
            if (term := _bold_term(item) or _TERM.match(item.text)) and (term["text"] or item.sublists)
        ]
        terms = [(name, text) for name, text in terms if _short_name(name)]
        if len(terms) >= _FEWEST_MEMBERS and 2 * len(terms) > len(block.items):
            members += [Concept(name, text, "", "") for name, text in terms]
        elif len(bare := _bare_terms(block)) == len(block.items) >= _TOPIC_SECTIONS:
            members += bare
    return members


def _sublist_text(item: ListItem) -> str:
    """The items of the lists nested under a list item, a line each."""
    return "\n".join(sub.text for inner in item.sublists for sub in inner.items if sub.text)


def _bare_terms(block: ListBlock) -> list[Concept]:
    """A list's terms in bold with their explanation straight after, no mark between
    (`- **allkeys-lru** Evict any key …`): each item so written, or none (a bold word opening
    one bullet is only stressed)."""
    found = []
    for item in block.items:
        line = item.lines[0] if item.lines else None
        if line is None or not line.lead_bold or line.lead_bold.endswith(":"):
            return []
        term, text = line.lead_bold, line.after_lead
        if not _short_name(term) or len(text.split()) < _GLOSS_WORDS or text[:1] in ":-\u2013\u2014→=":
            return []
        found.append(Concept(term, text, "", ""))
    return found


def _bold_term(item: ListItem) -> dict[str, str] | None:
    """A list item's term in bold and its explanation after an arrow or a dash, or in the
    paragraphs under it, as _TERM's groups."""
    line = item.lines[0] if item.lines else None
    if line is None or not line.lead_bold:
        return None
    if not line.after_lead.strip(": ") and len(item.blocks) > 1 and isinstance(item.blocks[1], Paragraph):
        # "1. **Consistency**" alone, its explanation in the paragraphs indented under it.
        return {"term": line.lead_bold.rstrip(": "), "text": item.blocks[1].text}
    # "**Queue vs log** → need replay? Log.", "**Token bucket** — tokens refill …": an arrow or a dash after it.
    if not (gloss := _GLOSS.match(line.after_lead)) or gloss["mark"] in (None, ":"):
        return None
    return {"term": line.lead_bold, "text": gloss["text"]}


def _labelled_members(section: Section) -> list[Concept]:
    """The members a section names in bold labels alone on their line, each over the list
    that explains it ("**Bulkhead Pattern**" over "- Isolates thread pools …") or the
    paragraph ("**Least Connection**" over "In a least connection routing strategy, …"),
    two or more in one part of it."""
    members = []
    for part in section.walk():
        blocks = part.blocks
        labelled = [
            Concept(name, "\n".join(item.text for item in after.items) if isinstance(after, ListBlock) else after.text, "", "")
            for block, after in pairwise(blocks)
            if isinstance(block, Paragraph)
            and len(block.lines) == 1
            and isinstance(after, ListBlock | Paragraph)
            and (label := block.lines[0].lead_bold)
            and not block.lines[0].after_lead.strip(": ")
            and _short_name(label)
            and (name := label.strip(" *:"))
            and (isinstance(after, ListBlock) or _explained_below(name, after))
        ]
        if len(labelled) >= _FEWEST_MEMBERS:
            members += labelled
    return members


_FEWEST_MEMBERS = 2


def _explained_below(name: str, paragraph: Paragraph) -> bool:
    """Whether a bold name alone on its line is a member the paragraph after it explains: a
    name, not a sentence set in bold (`**Shared cache across instances.**`), nor an example's
    label or the pros and cons of one, over a sentence or more of prose, not over the next
    bold label (`**Structure:**` over `**1. State the observation**`) or a line of tags."""
    first = paragraph.lines[0] if paragraph.lines else None
    if first is None or first.lead_bold or name.endswith((".", "!", "?")) or _NOT_A_CONCEPT.search(normalize(name)):
        return False
    return len(paragraph.text.split()) >= _EXPLAINED_WORDS


_EXPLAINED_WORDS = 8  # a sentence that explains, not a few words after a label ("Common Questions:")
# "Cache-Aside — Most Common": a remark after the name (a dash inside parentheses is the name's).
_REMARK = re.compile(r"\s+[-\u2013\u2014]\s+(?![^()]*\)).*$")


def _member_name(section: Section, *, in_parts: bool = False) -> str:
    """A subheading's concept name, its other name in parentheses kept; "" for a question,
    a long heading or one with no text of its own (with `in_parts`, unless it is explained
    under subheadings of the parts that explain an alternative)."""
    name = _REMARK.sub("", without_numbering(without_symbols(section.title.text))).strip(" *:")
    if (asked := _WHAT_IS_ASKED.match(name)) and section.blocks:
        name = asked["concept"]  # "Q3: What is RDD (Resilient Distributed Dataset)?" explains RDD
    if not (section.blocks or (in_parts and (_alternative_parts(section) > 0 or _outlined(section)))) or not name or name.endswith("?"):
        return ""
    if named := _NAMED_PROBLEM.match(name):
        # "Problem: VACUUM taking too long or blocking operations": the label says it is one, at any length
        return named["name"] if len(named["name"].split()) <= _PROBLEM_NAME_WORDS else ""
    return name if _short_name(name) else ""


# "Q3: What is RDD?", "What are Spark DataFrames?", "What is the difference between A and B?": a member
# asked as the question that explains it, named by what it asks about.
_WHAT_IS_ASKED = re.compile(
    r"^(?:q\s*\d+\s*[:.)]\s*)?what (?:is|are) (?:the difference between |an? |the )?(?!(?:it|this|that|they|these|those)\s*\?)(?P<concept>[^?]+?)\s*\?$", re.IGNORECASE
)
# "Problem: Table bloat …", "Issue 2: …": a section labelled as one of the page's problems, named after the label.
_NAMED_PROBLEM = re.compile(r"^(?:problem|issue|pitfall)\s*\d*\s*:\s*(?P<name>\S.*)$", re.IGNORECASE)
_PROBLEM_NAME_WORDS = 12


