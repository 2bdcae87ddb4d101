"""One content file in, its items and problems out: decoding, the placeholder check,
recognising the items (`recognise`) and reading each with its kind's reader."""

from __future__ import annotations

import functools
import re
import traceback
from dataclasses import replace
from pathlib import Path

from systemcraft_tui.content.answer_fences import with_answer_fences_opened
from systemcraft_tui.content.behavioral import read_scenario
from systemcraft_tui.content.bullets import (
    with_bullets_marked,
    with_dashed_numbers_marked,
    with_empty_bullets_kept,
    with_indented_answers_opened,
    with_rules_under_prose_kept,
    with_tab_outline_marked,
    with_wide_indents_narrowed,
)
from systemcraft_tui.content.deep_dive import questions_heading, read_deep_dive, technology_questions
from systemcraft_tui.content.fallback import CHECK_IT, QUESTION_LIST, answered, offered
from systemcraft_tui.content.follow_ups import ask_mapped_questions, ask_page_follow_ups
from systemcraft_tui.content.front_matter import with_front_matter_read
from systemcraft_tui.content.headingless import may_mark_bold_parts, with_bold_parts_marked, with_headings_found
from systemcraft_tui.content.highlights import with_highlights_plain
from systemcraft_tui.content.html_headings import with_html_headings_marked, with_summaries_as_headings
from systemcraft_tui.content.html_rows import with_story_rows
from systemcraft_tui.content.ids import with_unique_ids
from systemcraft_tui.content.labels import STAR_PARTS
from systemcraft_tui.content.markdown_tree import (
    Code,
    Document,
    Section,
    answers_under_questions,
    block_lines,
    from_one,
    parse_markdown,
    parts_under_title,
    title_written_deeper,
    titles_on_next_line,
    without_contents_title,
)
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, ParsedFile, Problem, SystemDesignProblem
from systemcraft_tui.content.names import greeted, normalize
from systemcraft_tui.content.nested_fences import with_marks_as_written, with_nested_fences_kept
from systemcraft_tui.content.page_fence import with_page_fence_opened
from systemcraft_tui.content.part_headings import with_parts_under_questions
from systemcraft_tui.content.plan import read_plan, with_labelled_weeks
from systemcraft_tui.content.prepared import prepared_answers
from systemcraft_tui.content.principles import principles_listed
from systemcraft_tui.content.questions import asks
from systemcraft_tui.content.read_memo import one_read
from systemcraft_tui.content.reading import HEADING_TAG, QUESTION_TAG, FileContext, stub_note, without_numbering
from systemcraft_tui.content.recognise import FEWEST_BLANKS, NO_STRUCTURE, Found, Recognition, recognise, why_nothing
from systemcraft_tui.content.rules import TOPIC_PAGE
from systemcraft_tui.content.spaceless_headings import with_spaceless_headings_marked
from systemcraft_tui.content.spans import Spans
from systemcraft_tui.content.stories import PROJECT_TAG, part_children, part_heading
from systemcraft_tui.content.story_matrix import principles_from_list, principles_from_mapping, principles_from_matrix
from systemcraft_tui.content.story_tables import with_story_tables
from systemcraft_tui.content.styled_letters import with_styled_letters_plain
from systemcraft_tui.content.system_design import no_follow_ups, read_system_design, with_title_over_walk
from systemcraft_tui.content.tabbed_words import with_tabbed_words_spaced
from systemcraft_tui.content.tabs import with_tabs_opened
from systemcraft_tui.content.timed_fences import with_timed_fences_opened
from systemcraft_tui.content.timing import read_duration
from systemcraft_tui.content.two_cores import read_on_two_cores
from systemcraft_tui.content.unread import unread_parts

# "[Specific business context ...]": brackets around words that Markdown did not turn
# into a link. Task boxes "[ ]"/"[x]", footnote marks "[^1]" and timings "[15-20 minutes]"
# are not placeholders.
_PLACEHOLDER = re.compile(r"\[(?!\^)([^\[\]\n]*[A-Za-z][^\[\]\n]*)\]")
_RANGE = re.compile(r"(\w)-(\w)")
_REFUSED_LINK = re.compile(r"\((?:file|data|javascript|vbscript):[^\s()]*\)", re.IGNORECASE)
# "[sic]", "[...]", "[Content continues with the detailed design...]": an editor's note on
# the text itself (what was cut, that it goes on elsewhere), not a blank for the reader.
_EDITORIAL = re.compile(
    # "[TOC]", "[[_TOC_]]": where a Markdown extension puts the page's table of contents.
    r"sic!?|citation needed|emphasis (?:added|mine)|redacted|\.\.\.|…|_?toc_?"
    r"|(?:\w+\s+){0,2}(?:continues|continued|omitted|truncated|abridged)\b.*",
    re.IGNORECASE,
)
_ASIDE_WORDS = 4  # "[topic area]" is a placeholder; "[estimated at two engineers' cost]" is an aside
# A file is a blank template when placeholders fill this share of its lines (or more); a
# story or problem in a guide, when they fill half of its lines.
_BLANK_SHARE = 0.35
_TEMPLATE_SHARE = 0.5
_FEW_PLACEHOLDERS = 3
_BINARY_PROBE = 8000  # up to this many are each reported where they are


def parse_file(path: Path) -> ParsedFile:
    try:
        data = path.read_bytes()
    except OSError as error:
        return ParsedFile(path, problems=[_error(path, 1, f"cannot read the file: {error.strerror or error}")])
    return parse_bytes(data, path)


# Some Windows editors save Markdown as UTF-16 after a byte-order mark. Its line break is
# the proof it is text: bytes that only happen to open with the mark hold none.
_UTF16 = ((b"\xff\xfe", b"\n\x00"), (b"\xfe\xff", b"\x00\n"))


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (its mark left off), or UTF-16 after its mark; UnicodeDecodeError else."""
    utf16 = any(data.startswith(mark) and newline in data for mark, newline in _UTF16)
    return data.decode("utf-16") if utf16 else data.decode("utf-8-sig")


def parse_bytes(data: bytes, path: Path) -> ParsedFile:
    try:
        text = decode(data)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8"
        return ParsedFile(path, problems=[_error(path, line, message)])
    if "\x00" in text[:_BINARY_PROBE]:
        # As git decides: a NUL early on is a binary file; a stray one later is a damaged character.
        line = text.count("\n", 0, text.index("\x00")) + 1
        return ParsedFile(path, problems=[_error(path, line, "a binary file, not Markdown text")])
    try:
        return parse_text(text, path)
    except RecursionError:  # the walk of the Markdown tree is recursive: hundreds of levels overflow it
        lines = text.splitlines()
        deepest = max(range(len(lines)), key=lambda number: len(lines[number]) - len(lines[number].lstrip(" \t>")))
        return ParsedFile(path, problems=[_error(path, deepest + 1, "lists or quotes nested too deeply to read")])
    except Exception as error:  # a fault of the reader's own on this file: it is not read, the others are
        return ParsedFile(path, problems=[_error(path, 1, _reader_failed(error))])


def _reader_failed(error: Exception) -> str:
    """What a user is told when a reader rule fails on their file: where, in one line, no traceback."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" in {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return (
        f"the reader failed on this file ({type(error).__name__}{where}), so nothing in it was read; "
        "this is a fault of the app's, not of the file: please report it with the file"
    )


def _written_level(text: str, line: int) -> int:
    """The level a heading is written at on its line (its levels as read count from the
    page's shallowest heading): its hashes, or for an underlined one, 1 for `===`, 2 for `---`."""
    lines = text.split("\n", line + 1)
    hashes = len(lines[line - 1].lstrip(" ")) - len(lines[line - 1].lstrip(" ").lstrip("#"))
    return hashes or (1 if lines[line:line + 1] and lines[line].lstrip().startswith("=") else 2)


def _error(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, "error", message)


def parse_text(text: str, path: Path) -> ParsedFile:
    with one_read():  # what several rules work out of one heading is worked out once
        parsed = _parse_text(text, path)
    if not parsed.items and (marked := _bold_parts_marked(text)) is not None:
        # Read nothing, with one heading only, its title: the bold lines alone under it may
        # name its parts. Read so only where nothing else was read: bold lines under a title
        # are a design's step labels, a story's, a list's.
        with one_read():
            again = _parse_text(marked, path, written=text)
        if again.items:
            return again
    if not parsed.items and (marked := _plain_parts_marked(text)) is not None:
        # Read nothing, with one heading only, its title on the first line (a README's
        # `# bike-share-dock`) over plain text: the text marks its parts as a page with no
        # heading does (`1) Requirements:`, `2) Data Model:`); the title names none of them.
        with one_read():
            again = _parse_text(marked, path, written=text)
        if again.items:
            return again
    return parsed


def _plain_parts_marked(text: str) -> str | None:
    """The text with the parts under its title marked by their shape (with_headings_found),
    when the title, written on the first line at any level, is its one heading; None on any
    other page, or none marked."""
    if not text.startswith("#"):
        return None  # most pages read as nothing: not parsed again to find out
    document = parse_markdown(text)
    tops = document.root
    # A word over a row of dashes in the plain text (`pastes` over `-----`, a table's name over its
    # columns) reads as a heading in Markdown, though no one wrote one: only a `#` heading is one here.
    written = [s for s in tops.walk() if s is not tops and document.source_lines[s.line - 1].lstrip().startswith("#")]
    if tops.blocks or not tops.children or written != [tops.children[0]]:
        return None
    titled = re.sub(r"^#+", "#", text, count=1)  # the parts are marked under a `#` title, whatever its level
    marked = with_headings_found(titled)
    return marked if marked != titled else None


def _bold_parts_marked(text: str) -> str | None:
    """The text with the parts under its one heading, its title, marked by the bold lines
    alone that name them (with_bold_parts_marked); None on any other page, or none marked."""
    if not may_mark_bold_parts(text):
        return None  # most pages read as nothing: not parsed again to find out
    tops = parse_markdown(text).root
    if len(tops.children) != 1 or tops.children[0].children or tops.blocks:
        return None
    title = tops.children[0]
    marked = with_bold_parts_marked(text, title.line, _written_level(text, title.line) + 1)
    return marked if marked != text else None


# A file named for what kind of page it is, not what it is about ("Kafka/Questions.md" is about Kafka).
_NAMED_BY_FOLDER = frozenset(
    {"readme", "index", "main", "star", "story", "design", "solution", "questions", "interview-questions", "interview_questions", "faq", "qa"}
)


# "top-questions.md", "common_interview_questions.md": which questions, not about what.
_KIND_OF_QUESTIONS = re.compile(r"(?:(?:top|common|most|frequently|asked|important|interview)[-_ ])+(?:questions|qa|faq)")


def _parse_text(text: str, path: Path, written: str | None = None) -> ParsedFile:
    """The file's items and problems; `written`, the file as written when `text` is it with
    its parts marked (its lines where they were)."""
    # A folder's README, index or design page is named by its folder ("tinyURL/README.md" is about tinyURL).
    # So is a story's own file named for the method it is told in ("conflict_with_pm/star.md").
    stem = path.stem.lower()
    named_by_folder = (stem in _NAMED_BY_FOLDER or _KIND_OF_QUESTIONS.fullmatch(stem) is not None) and path.parent.name
    name = path.parent.name if named_by_folder else path.stem
    read = with_tabbed_words_spaced(with_front_matter_read(with_page_fence_opened(with_styled_letters_plain(text))))
    read, nested = with_nested_fences_kept(read)
    read = with_answer_fences_opened(with_timed_fences_opened(with_spaceless_headings_marked(with_highlights_plain(read))))
    read = with_rules_under_prose_kept(with_empty_bullets_kept(with_tabs_opened(read)))
    read = with_tab_outline_marked(with_dashed_numbers_marked(read))
    read = with_indented_answers_opened(read)
    read = with_story_rows(with_html_headings_marked(with_wide_indents_narrowed(with_bullets_marked(read))))
    read = with_parts_under_questions(with_summaries_as_headings(read))
    document = parse_markdown(read)
    with_marks_as_written(document, nested)
    with_story_tables(document)
    titles_on_next_line(document)
    with_labelled_weeks(document.root)
    without_contents_title(document)
    parts_under_title(document)
    title_written_deeper(document)
    answers_under_questions(document)
    from_one(document, name)
    if not document.root.children and (marked := with_headings_found(read)) != read:
        document = parse_markdown(marked)  # a file with no headings marks its parts by their shape
        with_marks_as_written(document, nested)
        read = marked
    if read != (written or text):
        # The lines as written (the rewrites keep every line where it was): fingerprints stay the file's.
        document = replace(document, source_lines=(written or text).splitlines())
    document = replace(
        document,
        name=name,
        folder=path.parent.parent.name if named_by_folder else path.parent.name,
    )
    document = with_title_over_walk(document)
    ctx = FileContext(path, document)
    items: list[ContentItem] = []
    placeholders = _placeholders(document)
    blanks = {number for number, _ in placeholders}
    if not (
        _blank_template(document, placeholders, ctx)
        or _stub_template(document, ctx)
        or _variable_title(document, ctx)
        or _placeholder_title(document, placeholders, ctx)
        or _stand_in_title(document, ctx)
    ):
        recognition = recognise(document, blanks=sorted(blanks))
        found_first = len(recognition.found)
        recognition.found = [found for found in recognition.found if not _template_in_file(found, document, placeholders, ctx)]
        templates = found_first - len(recognition.found)  # items dropped as blank templates
        said_before = len(ctx.problems)
        items = read_on_two_cores(recognition.found, functools.partial(_read, ctx=ctx), ctx.problems)
        given = ask_page_follow_ups(items, [found.section for found in recognition.found], document.root)
        # A design given the page's follow-ups no longer lacks them.
        lacking = {no_follow_ups(item) for item in given if isinstance(item, SystemDesignProblem)}
        ctx.problems = [problem for problem in ctx.problems if problem.message not in lacking]
        ask_mapped_questions(items, [found.section for found in recognition.found], document.root)
        principles_from_matrix(items, [found.section for found in recognition.found], document.root)
        principles_from_mapping(items, [found.section for found in recognition.found], document.root)
        principles_from_list(items, [found.section for found in recognition.found], document.root)
        if items:
            # A page read as one topic only because nothing on it was an item is not one when
            # it answers interview questions.
            # Not a technology's questions, answered: they are its concepts (deep_dive.technology_questions).
            topic_page = all(item.rule == TOPIC_PAGE for item in items) and not technology_questions(
                document.root, questions_heading(document)
            )
            sections = [found.section for found in recognition.found]
            # each item read
            held = [_held_lines(found.section, document.root, sections, story=found.story is not None) for found in recognition.found]
            # A plan that is the file's holds its weeks, not the whole page: answers written after them
            # (`# Behavioral Questions` over `## "Why this company?"` and the answer) are items too.
            held = [
                (found.weeks[0].line, max(week.end_line for week in found.weeks)) if found.kind == "plan" and found.file_level and found.weeks else span
                for found, span in zip(recognition.found, held, strict=True)
            ]
            read_said = len(ctx.problems)
            # Nor is a heading that explains the STAR method (its parts coach the reader) an answer,
            # unless it asks a question of its own, answered before the method's parts.
            # Its own text only: a subheading under it (`## Commonly asked behavioral questions:`) is read on its own.
            explained = [
                (s.line, s.children[0].line - 1 if s.children else s.end_line) for s in recognition.explainers if not asks(s.title.text)
            ]
            # Stories of one's own told by their parts make the page one's own: its other answers too.
            told = sum(isinstance(item, BehavioralScenario) and item.rule == "star-parts" for item in items)
            prepared = prepared_answers(ctx, [] if topic_page else held + explained, _unsaid(placeholders, document.source_lines), stories_told=told)
            if topic_page and all(_self_check(item.origin.line, document.root) for item in prepared):
                prepared = []  # a chapter's closing quiz (`## ✅ Check yourself`) tests the reader on it: the chapter is the item
            if topic_page and (headings := sum(1 for _ in document.root.walk()) - 1) >= _LONG_NOTES and _ASIDES * len(prepared) < headings:
                prepared = []  # a few sections of long notes named as questions (`### What is an SSTable?`): the notes are the item
            if prepared:  # in the order of the file
                items = prepared if topic_page else sorted(items + prepared, key=lambda item: item.origin.line)
                if topic_page:  # what its reading said of the topic page goes with it
                    ctx.problems = ctx.problems[:said_before] + ctx.problems[read_said:]
            _report_placeholders(placeholders, recognition, ctx, explains=topic_page and not prepared)
            for section in recognition.stubs:
                said = f"{section.title.text!r} says its content is still to come ({stub_note(section)!r})"
                ctx.warning(section.line, f"{said}, so it is not read")
            for section in recognition.listed:
                ctx.warning(
                    section.line,
                    f"{section.title.text!r} asks for a design with nothing under it, beside asks written over their notes: "
                    "only listed, so it is not read; write its requirements or notes under it to rehearse it",
                )
            for section in recognition.unwritten:
                ctx.warning(
                    section.line,
                    f"{section.title.text!r} is an entry still to write (its sections are empty or hold only unticked "
                    "boxes), so it is not read",
                )
            prepared_lines = {item.origin.line for item in prepared}
            for line, message in unread_parts(document, recognition):
                if line not in prepared_lines:  # a heading read as a prepared answer (`### 12. Strengths and Weaknesses`) is read
                    ctx.warning(line, message)
            for section in recognition.unfilled:
                ctx.warning(
                    section.line,
                    f"an unfilled template at line {section.line} (its STAR parts are empty or hold only [prompts]), "
                    "not read as an item",
                )
        else:
            # No rule read the page: what looks rehearsable is offered, marked as a guess, where
            # nothing explains why, or where the page was taken for a list of questions (some
            # may be answered by a story told in prose); else its placeholders may be why.
            said = _explain_nothing(document, recognition, ctx)
            if said == NO_STRUCTURE and not placeholders:
                items = offered(ctx)
            elif QUESTION_LIST in said:
                items = answered(ctx)
            items = _with_prepared_answers(items, ctx, _unsaid(placeholders, document.source_lines))
            ctx.problems = [p for p in ctx.problems if p.message != said] if items else ctx.problems
            if said == NO_STRUCTURE and not items and _a_template_to_fill(document, placeholders, templates):
                # A story bank's template, each entry's parts still [blanks]: one message for all of them.
                ctx.problems = [p for p in ctx.problems if p.message != said]
                first_line, first = placeholders[0]
                ctx.warning(
                    first_line,
                    f"an unfilled template: {len(placeholders)} blanks such as [{first}], the first at line {first_line}; "
                    "fill them in and the entries will be read",
                )
            else:
                for number, inner in placeholders if said == NO_STRUCTURE and not items else []:
                    ctx.warning(number, _placeholder_message(inner, told=inner[0].islower()))
    items, renamed = with_unique_ids(items, {})
    problems = sorted(ctx.problems + renamed, key=lambda p: (p.line, p.severity, p.message))
    return ParsedFile(path, items, problems)


# "Check yourself", "Self-check", "Quiz": questions that test the reader on the page before them.
# ... and a chapter's closing "Before You Leave" over the questions "Can you answer these?".
_SELF_CHECK = re.compile(r"^(?:check yourself|self[ -]?check|test yourself|quiz|knowledge check|review questions|before you leave|can you answer these)$")


def _self_check(line: int, root: Section) -> bool:
    """Whether the line lies under a heading that tests the reader on the page."""
    return any(
        section.line <= line <= section.end_line and _SELF_CHECK.match(normalize(without_numbering(section.title.text)))
        for section in root.walk()
        if section is not root
    )


_ASIDES = 8  # answers, one per this many headings or fewer, in long notes on a topic: its sections named as questions
_LONG_NOTES = 24  # headings


def _held_lines(section: Section, root: Section, items: list[Section], *, story: bool) -> tuple[int, int]:
    """The first and last line of the part of the file an item holds: its heading's; for a
    story over subheadings that hold other items (one told before the page's first heading,
    `Situation:` … at the top, or `## Most Challenging Project` over the page's other answers
    at `####`), up to the first of those subheadings, not the rest of them."""
    if story:
        others = [item.line for item in items if item is not section and section.line < item.line <= section.end_line]
        held = next((child for child in section.children if any(child.line <= line <= child.end_line for line in others)), None)
        if held is not None:
            return section.line, held.line - 1
        # A story told by its part headings through its Result (`## Situation` … `## Result`) ends there: the
        # headings after it (`## Key Questions` over the questions it serves, each answered) are the page's.
        # Not one whose parts stop short of it: its answer may follow (`#### Sample Response`).
        parts = part_children(section)
        told = parts and part_heading(parts[-1].title.text) == "Result"
        if told and (after := [child for child in section.children if child.line > parts[-1].end_line]):
            return section.line, after[0].line - 1
    return section.line, section.end_line


def _unsaid(placeholders: list[tuple[int, str]], source_lines: list[str]) -> set[int]:
    """The lines an answer cannot be said from: each holding a blank (`[Company]`, `[describe the
    situation]`), unless the blank is a detail in lower case inside a line of prose (`I know that Expedia
    is a leader in [online travel industry],`) on a page with few brackets: that line is said as
    written. On a template, bracket after bracket, every one is a blank."""
    return {
        number
        for number, inner in placeholders
        if len(placeholders) > _FEW_PLACEHOLDERS
        or not inner[0].islower()
        or len(_PLACEHOLDER.sub(" ", source_lines[number - 1]).split()) < _PROSE_AROUND
    }


def _with_prepared_answers(offered: list[ContentItem], ctx: FileContext, blanks: set[int]) -> list[ContentItem]:
    """The fallback's guesses and the prepared answers of a page no rule read: a page of
    questions answered below them is that, so a guess overlapping one of its answers (a
    sample story under a question, the whole page taken for one story) gives way, and its
    warning goes with it."""
    root = ctx.document.root
    prepared = prepared_answers(ctx, [], blanks)
    answered = Spans(_spans(prepared, root))
    kept = [item for item, span in zip(offered, _spans(offered, root), strict=True) if not answered.meet(*span)]
    gone = {item.origin.line for item in offered if item not in kept}
    ctx.problems = [p for p in ctx.problems if not (p.line in gone and p.message.startswith(CHECK_IT))]
    return sorted(kept + prepared, key=lambda item: item.origin.line) if prepared else offered


def _spans(items: list[ContentItem], root: Section) -> list[tuple[int, int]]:
    """The first and last line of the part of the file each item holds: its heading's."""
    headings = {section.line: section for section in root.walk() if section is not root}
    return [
        (held.line, held.end_line) if (held := headings.get(item.origin.line)) else (item.origin.line, item.origin.line)
        for item in items
    ]


def _read(found: Found, ctx: FileContext) -> ContentItem:
    if found.story is not None:
        item: ContentItem = read_scenario(found.story, ctx)
    elif found.kind == "plan":
        item = read_plan(found.section, list(found.weeks), ctx, file_level=found.file_level)
    elif found.kind == "deep_dive":
        item = read_deep_dive(ctx, topic_page=found.rule == TOPIC_PAGE)
    else:
        item = read_system_design(found.section, ctx, file_level=found.file_level, within=found.within)
    item.rule = found.rule
    return item


def _explain_nothing(document: Document, recognition: Recognition, ctx: FileContext) -> str:
    """Say why the file holds no item, and return what was said (NO_STRUCTURE when no
    structure in it explains why)."""
    title = document.title
    if title is not None and "practice plan" in normalize(title.title.text):
        # Titled as a plan but with no weeks: the plan the author meant is not listed empty.
        message = f"plan {title.title.text!r} has no weeks (headings like '### Week 1: Foundation'), so it is not listed"
        ctx.error(title.line, message)
        return message
    line, message = why_nothing(document, recognition)
    ctx.warning(line, message)
    return message


def _placeholders(document: Document) -> list[tuple[int, str]]:
    """Every unfilled placeholder, as (line, the words in brackets)."""
    headings = {section.line: section.title.text for section in document.root.walk() if section is not document.root}
    return [
        (line.number, inner)
        for line in document.root.all_lines()
        # The text holds the prose's every bracket and is already worked out for each line.
        if "[" in line.text and "[" in line.prose
        for match in _PLACEHOLDER.finditer(line.prose)
        if _is_placeholder(inner := match.group(1).strip(), line.prose, match)
        and not _direction_or_picture(inner, document.source_lines[line.number - 1])
        and not _diagram_box(document.source_lines, line.number)
        and not _heading_tag(inner, document.source_lines[line.number - 1])
        and not _project_told(inner, headings.get(line.number))
        # "1. [Uber] How do you find nearby drivers?": who asked the question (or its level), tagged before it.
        and not (match.start() == 0 and QUESTION_TAG.match(line.prose) is not None)
        # "[**Problem Statement**]": a label written bold inside brackets, no blank to fill.
        and not any(f"[{mark}{inner}{mark}]" in document.source_lines[line.number - 1] for mark in ("**", "__"))
        # "[[Customer Obsession]]" beside a link reference definition for it is rendered "[link]": a wiki link still.
        and f"[[{inner}]]" not in document.source_lines[line.number - 1]
        # "([LeetCode][2])": a reference link whose definition the page left out, a link still.
        and not line.prose.startswith("[", match.end())
        # "[System Design Primer] (https://…)": a link with a space before its address, a link still.
        and not _SPACED_LINK.match(line.prose, match.end())
        and not _aside_in_prose(inner, document.source_lines[line.number - 1])
        and not _letter_spelled_out(inner, line.prose[: match.start()])
        and not _resource_named(document.source_lines, line.number)
        and not _in_link_text(inner, document.source_lines[line.number - 1])
        # "[Memory]({{ site.baseurl }}/posts/memory/)": a link whose address a site template fills, spaces and all.
        and f"[{inner}](" not in document.source_lines[line.number - 1]
    ]


def _in_link_text(inner: str, source: str) -> bool:
    """Brackets inside a link's own text (`[18 Interview Questions [2021 Updated]](https://…)`):
    the title of the page linked, as its author wrote it, no blank to fill."""
    return re.search(rf"\[[^\[\]]*\[{re.escape(inner)}\][^\[\]]*\]\(", source) is not None


def _resource_named(source_lines: list[str], number: int) -> bool:
    """A bracket its author escaped (`* \\[HTTP Crash Course – YouTube]`) on a list item under a
    label naming resources (`📚 *Resources*:`): a resource's name whose link was left out."""
    if "\\[" not in (source := source_lines[number - 1]) or not _LIST_ITEM.match(source):
        return False
    above = next((text for text in reversed(source_lines[: number - 1]) if text.strip() and not _LIST_ITEM.match(text)), "")
    return _RESOURCES_LABEL.search(above) is not None


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_RESOURCES_LABEL = re.compile(
    r"\b(?:resources?|references?|reading|links?|books?|courses?|videos?|materials?)\W*:\W*$", re.IGNORECASE
)


_STAR_WORDS = frozenset(part.lower() for part in STAR_PARTS)


def _letter_spelled_out(inner: str, before: str) -> bool:
    """A STAR part's letter with its name in brackets after it (`## S [situation]`, `T [task] +
    A[action]`): the letter spelled out, no blank to fill."""
    word = inner.lower()
    before = before.rstrip()
    return word in _STAR_WORDS and before[-1:].lower() == word[0] and not before[-2:-1].isalpha()


# Words outside the brackets that make a line prose: a blank to fill stands in a template's line
# ("**Situation:** *[Describe the context]*"), a writer's aside or redaction in a told one.
_PROSE_AROUND = 8


def _aside_in_prose(inner: str, source: str) -> bool:
    """Bracketed words set in italics inside a line of prose (`… from _[previous organization]_
    as a whole.`): the writer's aside or a name left out in a told answer, no blank to fill."""
    # In italics, not bold: `**[edit me]** Add the decision …` marks a blank to fill.
    italic = re.search(rf"(?<![_*])([_*])\[{re.escape(inner)}\]\1(?![_*])", source)
    return italic is not None and len((source[: italic.start()] + " " + source[italic.end() :]).split()) >= _PROSE_AROUND


_SPACED_LINK = re.compile(r"[ \t]+\((?:https?://|www\.)")


# `[USER] --> /api/x ----> [URL SHORTNER] --> [DB]`: boxes joined by arrows, a diagram drawn in text.
_ARROW = re.compile(r"-+>|<-+|=+>|[\u2190-\u21ff\u27f5-\u27ff]")
_BOXES_ALONE = re.compile(r"^\s*(?:\[[^\[\]]+\]\s*)+$")  # "[SERVER 2]    [SERVER 4]" under such a line


def _diagram_box(source: list[str], number: int) -> bool:
    """Whether line `number` (from 1) draws boxes of a diagram: it joins them by arrows, or holds
    boxes alone within two lines of a line that does."""
    here = source[number - 1]
    if _joins_boxes(here):
        return True
    return bool(_BOXES_ALONE.match(here)) and any(_joins_boxes(near) for near in source[max(0, number - 3) : number + 2])


def _joins_boxes(line: str) -> bool:
    """An arrow between brackets, not inside one (`[Number before → number after]` is a blank)."""
    return "[" in line and bool(_ARROW.search(_BOXED.sub(" ", line)))


_BOXED = re.compile(r"\[[^\[\]]*\]")


def _heading_tag(inner: str, source: str) -> bool:
    """`### [Ownership] Seven Apps, One Engineer`: the theme a heading is tagged with before
    its title (reading.split_title takes it as the heading's code), no blank to fill."""
    heading = source.lstrip()
    tag = HEADING_TAG.match(heading.lstrip("#").lstrip()) if heading.startswith("#") else None
    # "## Vendor Switch [Bias for Action, Earn Trust]": principles the heading is tagged with.
    return heading.startswith("#") and ((tag is not None and tag[1].strip() == inner) or bool(principles_listed(inner)))


def _project_told(inner: str, heading: str | None) -> bool:
    """`Describe a time you led a project. [Partner onboarding]` as a heading: the project its
    question is answered with (stories.PROJECT_TAG), no blank to fill."""
    return heading is not None and (tag := PROJECT_TAG.search(heading)) is not None and tag[1].strip() == inner


# "[Image of the cache hierarchy]", "[Diagram: write path]": a picture described where it stood.
_PICTURE = re.compile(r"^(?:image|picture|diagram|figure|screenshot)\b", re.IGNORECASE)


def _direction_or_picture(inner: str, source: str) -> bool:
    """A bracket alone on its line that is no blank to fill: a stage direction in a quoted
    script (`> [Interviewer responds]` between the lines spoken), or a picture described
    where it stood."""
    written = source.strip().lstrip(">").strip()
    # `*[Draw diagram on whiteboard]*` between the lines spoken: set in italics, as stage directions are.
    italic = len(written) > 2 and written[0] == written[-1] and written[0] in "*_" and written.strip("*_") == f"[{inner}]"
    alone = italic or written == f"[{inner}]"
    return alone and (source.lstrip().startswith(">") or italic or bool(_PICTURE.match(inner)) or bool(_DIRECTION.match(inner)))


# "[Draw diagram on whiteboard]", "[Pause for questions]": what to do at that point of a script, no blank.
_DIRECTION = re.compile(r"^(?:draw|sketch|point|pause|wait|show|erase|gesture|write)\b", re.IGNORECASE)
# "[Interviewer notes: Good—fraud type, latency, …]": a labelled remark of its own, too long to be a blank.
_LABELLED_REMARK = re.compile(r"^[A-Z][\w' ]{0,30}:\s+\S")
_REMARK_WORDS = 8


def _blank_template(document: Document, found: list[tuple[int, str]], ctx: FileContext) -> bool:
    """A file that is mostly placeholders is a blank template: one error says so."""
    if len(found) <= _FEW_PLACEHOLDERS:
        return False
    lines = sum(1 for line in document.root.all_lines() if line.text)
    if len({n for n, _ in found}) < _BLANK_SHARE * lines:
        return False
    first_line, first = found[0]
    ctx.error(
        first_line,
        f"an unfilled template: {len(found)} placeholders such as [{first}], the first at line {first_line}; "
        "fill them in and the file will be read",
    )
    return True


# "{{question}}", "{{ company_name }}", "<% tp.file.title %>": a template's variable, filled in
# when a page is made from it (not Hugo's "{{.FrontMatter.title}}", which the page's own front
# matter fills).
_TEMPLATE_VARIABLE = re.compile(r"\{\{\s*[A-Za-z_]\w*\s*\}\}|<%[^%]*%>")


def _variable_title(document: Document, ctx: FileContext) -> bool:
    """A page titled by a template variable (`# {{question}} - Interview Question`) is the
    template that pages are made from, whatever its sections hold: one error says so."""
    title = document.title
    if title is None or not ("{{" in title.title.text or "<%" in title.title.text):
        return False
    if not (variable := _TEMPLATE_VARIABLE.search(title.title.text)):
        return False
    ctx.error(
        title.line,
        f"an unfilled template: its title holds the variable {variable[0]} (line {title.line}); "
        "make a page from it and that page will be read",
    )
    return True


def _stand_in_title(document: Document, ctx: FileContext) -> bool:
    """A page titled by a stand-in for the system's name (`# Design XYZ System`) whose sections,
    half of them or more, open by telling the reader what to write there ("List functional
    requirements here", "Describe the architecture …"): a template to copy, one error says so."""
    title = document.title
    if title is None or not (stand_in := _STAND_IN.search(title.title.text)):
        return False
    opening = [texts[0] for section in title.walk() if (texts := [line.text for block in section.blocks for line in block_lines(block) if line.text])]
    if len(opening) < _FEWEST_STUBS or 2 * sum(bool(_TELLS_TO_WRITE.match(text)) for text in opening) < len(opening):
        return False
    ctx.error(
        title.line,
        f"an unfilled template: its title names the system as {stand_in[0]!r} (line {title.line}) and its sections say "
        "what to write; copy it, write them, and the copy will be read",
    )
    return True


# "XYZ", "ABC", "Foo": a name that stands in for the system still to be chosen.
_STAND_IN = re.compile(r"\b(?:XYZ|ABC|Foo|FooBar)\b")
# "List functional requirements here", "Describe the architecture …", "Estimate the scale …": what to write.
_TELLS_TO_WRITE = re.compile(
    r"^\W*(?:list|describe|explain|estimate|include|add|write|state|mention|outline|identify|define|specify|draw|summari[sz]e)\b",
    re.IGNORECASE,
)


def _placeholder_title(document: Document, found: list[tuple[int, str]], ctx: FileContext) -> bool:
    """A page titled by a placeholder (`# Case Study: [System Name]`) over more of them is a
    template to copy, however much guidance it writes between them: one error says so."""
    title = document.title
    if title is None or len(found) <= _FEW_PLACEHOLDERS:
        return False
    named = next((inner for number, inner in found if number == title.line), None)
    if named is None:
        return False
    ctx.error(
        title.line,
        f"an unfilled template: its title is left to fill in ([{named}], line {title.line}), with {len(found) - 1} "
        "more blanks after it; copy it, fill them in, and the copy will be read",
    )
    return True


# "> TODO: Key endpoints", "- TBD", "...": a section's text still to be written.
_TODO = re.compile(
    r"^\W*(?:todo|tbd|tba|coming soon|work in progress|wip|to be (?:written|added|done))\b|^\W*(?:\.\.\.|…)\W*$", re.I
)
_FEWEST_STUBS = 3


def _stub_template(document: Document, ctx: FileContext) -> bool:
    """A page whose every section with text holds only a note that it is still to be written
    (`> TODO`, `- ...`): an outline to fill, one error says so."""
    stubs, filled = [], False
    for section in document.root.walk():
        if section is document.root or not section.blocks:
            continue
        texts = [line.text for block in section.blocks for line in block_lines(block) if line.text]
        if any(isinstance(block, Code) for block in section.blocks) or not all(_TODO.match(text) for text in texts):
            filled = True
            break
        if texts:
            stubs.append(section.line)
    if filled or len(stubs) < _FEWEST_STUBS:
        return False
    ctx.error(
        stubs[0],
        f"an unfilled template: its {len(stubs)} sections (the first at line {stubs[0]}) hold only a note that they are "
        "still to be written ('TODO'); write them and the file will be read",
    )
    return True


_NAMES_TEMPLATE = re.compile(r"\btemplates?\b", re.IGNORECASE)


def _a_template_to_fill(document: Document, placeholders: list[tuple[int, str]], templates: int) -> bool:
    """Whether a page no rule read is a template of entries to fill in: more than a few
    placeholders, on a page named a template (`# STAR Story Bank Template`) or one holding
    an entry already found to be a blank template."""
    if len(placeholders) <= _FEW_PLACEHOLDERS:
        return False
    return templates > 0 or (document.title is not None and bool(_NAMES_TEMPLATE.search(document.title.title.text)))


def _template_in_file(found: Found, document: Document, placeholders: list[tuple[int, str]], ctx: FileContext) -> bool:
    """A story or problem that is mostly placeholders ("### Story #[Number]: [Title]") is
    the guide's blank template for one, not an item: one warning says so."""
    if found.file_level:
        return False
    start, end = found.section.line, found.section.end_line
    # "We cut latency by [X%] and saved [Y%] on costs.": a finished sentence with its figures
    # still to look up is an answer told, no blank to write.
    source = document.source_lines
    marked = {number for number, _ in placeholders if start <= number <= end and not _figures_left_out(source[number - 1])}
    if len(marked) < FEWEST_BLANKS:
        return False  # most items hold no placeholder: their lines need no count
    lines = {line.number for line in found.section.all_lines() if line.text} | {start}
    # Named a template (the page's title, or the heading its parts are under: `### Template`),
    # its placeholders are blanks to fill however much guidance surrounds them.
    named = [document.title, *found.section.walk()] if document.title is not None else list(found.section.walk())
    if len(marked) < _TEMPLATE_SHARE * len(lines) and not any(_NAMES_TEMPLATE.search(s.title.text) for s in named if s):
        return False
    ctx.warning(start, f"an unfilled template at line {start} ({len(marked)} lines of placeholders), not read as an item")
    return True


def _report_placeholders(found: list[tuple[int, str]], recognition: Recognition, ctx: FileContext, *, explains: bool) -> None:
    """A placeholder in an item is an error; one in a guide's text around the items
    ("I chose [technology] because ...") is the guide's own example, so it is left alone."""
    # A plan is read from its weeks: a template to fill at the interview in its guidance
    # ("For scale, I'm assuming [X users]") is not part of it.
    spans = [(week.line, week.end_line) for f in recognition.found for week in f.weeks]
    spans += [(f.section.line, f.section.end_line) for f in recognition.found if not f.file_level and not f.weeks]
    # A page read as a topic page (`explains`) is read for the concepts it explains, not said aloud: a blank
    # in a script or letter it gives as an example ("Hi [Name], about your last [N] tickets …") is the guide's own.
    whole_file = any(f.file_level and not f.weeks and not (explains and f.rule == TOPIC_PAGE) for f in recognition.found)
    for number, inner in found:
        if not (whole_file or any(start <= number <= end for start, end in spans)):
            continue
        # "I mentored [engineer] for a year": a name left out, still a sentence to say aloud.
        source = ctx.document.source_lines[number - 1]
        told = inner[0].islower() or _told_around(source) or _figures_left_out(source) or bool(_TAGGED_LINE.match(source))
        report = ctx.warning if told else ctx.error
        report(number, _placeholder_message(inner, told=told))


_TOLD_WORDS = 12
# "4. [Talk during deep dives] - For speedups, add an index": a bracket opening a line, a dash
# or a colon after it, then the line's own text: the author's tag on that line, nothing left blank.
_TAGGED_LINE = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*\[[^\[\]]+\]\s*[-\u2013\u2014:]\s+\S")


def _told_around(source: str) -> bool:
    """A line that is told in full around its one bracket ("At [Company], our team of twelve
    was struggling to …", a finished answer closed by an author's [note to self]): a name
    left out or a remark, not a blank that leaves the line unsaid."""
    return len(_PLACEHOLDER.findall(source)) == 1 and len(_PLACEHOLDER.sub(" ", source).split()) >= _TOLD_WORDS


# "[X%]", "[$X/month]", "[<X%]", "[X hours → Y min]", "[N users]": a figure written as a letter
# standing for the number, its unit or sign around it.
_FIGURE = re.compile(r"^[$<>~≈]*[NWXYZ](?![\w'])")


def _figures_left_out(source: str) -> bool:
    """A line told in full whose only blanks are figures ("Support tickets dropped [X%]. We've
    prevented [$X] in runaway costs."): an answer whose numbers are still to be looked up,
    however many, not a blank that leaves the line unsaid."""
    blanks = _PLACEHOLDER.findall(source)
    return bool(blanks) and all(_FIGURE.match(blank.strip()) for blank in blanks) and len(_PLACEHOLDER.sub(" ", source).split()) >= _TOLD_WORDS


def _placeholder_message(inner: str, *, told: bool) -> str:
    if told:
        return f"unfilled template placeholder [{inner}]: a name or detail left out?"
    return f"unfilled template placeholder [{inner}]"


def _is_placeholder(inner: str, prose: str, match: re.Match[str]) -> bool:
    """Bracketed words that are not something else: a task box, a timing, one letter, a
    GitHub alert ("[!NOTE]"), a wiki link ("[[Page]]"), a ticket id or citation
    ("[PAY-214]", "[2]"), an editor's mark ("[sic]"), an aside in lower case ("[estimated
    at two engineers' cost]") or a sentence said in full ("[I also set up a shared board so he
    could track it daily.]", an optional one), a table-of-contents marker ("[TOC]"), a character class ("[A-Z0-9]"), a type's parameter or an index
    ("List[Ride]"), a list written as code ("[(item_id, count)]"), a tag the line spells out
    ("[CRITICAL] **Critical**"), Rich markup ("[bold red]", "[/]", "[link=...]",
    "[@click=...]"), part of an escape sequence ("ESC [2J"), a link to a local file, or the one
    greeted in quoted words ("'Hi [Name], …'")."""
    if len(inner) <= 1 or not inner.isprintable() or inner.startswith(("!", "/", "@", "link=")) or read_duration(inner):
        return False
    if _EDITORIAL.fullmatch(inner) or (not any(ch.isspace() for ch in inner) and any(ch.isdigit() for ch in inner)):
        return False
    if inner[0].islower() and len(inner.split()) >= _ASIDE_WORDS:
        return False
    if _told_sentence(inner):
        return False  # "[I also set up a shared board so he could track it daily.]": an optional sentence of the answer
    if _LABELLED_REMARK.match(inner) and len(inner.split()) >= _REMARK_WORDS:
        return False
    if prose[match.start() - 1 : match.start()] == "[" and prose[match.end() : match.end() + 1] == "]":
        return False
    if (before := prose[match.start() - 1 : match.start()]) and (before.isalnum() or before == "_"):
        return False  # "List[Ride]", "Optional[DriverInfo]", "rows[index]": a type's parameter or an index
    if _REFUSED_LINK.match(prose, match.end()):
        return False  # "[Diagram](file:///…)": a link Markdown does not follow (file:, data:), still a link
    if _is_character_class(inner) or _is_badge(inner, prose, match) or _is_literal(inner) or _credited(inner, prose, match):
        return False
    return not greeted(prose, match.start()) and not _is_rich_style(inner)


# A sentence said in full (eight words or more, closed by its stop), not an instruction to the
# reader ("[Describe the situation in two or three sentences.]") nor one about "your" own.
_SENTENCE_WORDS = 8
_INSTRUCTS = re.compile(
    r"^(?:describe|explain|list|write|add|insert|include|state|give|mention|summari[sz]e|note|enter|fill|replace|share|provide|briefly|e\.g\.)\b"
    r"|\byour(?:s|self)?\b",
    re.IGNORECASE,
)


def _told_sentence(inner: str) -> bool:
    return len(inner.split()) >= _SENTENCE_WORDS and inner.rstrip().endswith((".", "!", "?")) and not _INSTRUCTS.search(inner)


# "— by [Jane Doe]": a page's credit names its author in brackets (a link whose target went
# missing); "by [Your Name]", "by [Author]" are blanks still, named by what is to go there.
_CREDIT = re.compile(r"\bby\s*$", re.IGNORECASE)
_BLANK_NAME_WORDS = frozenset(
    {"your", "name", "author", "company", "team", "role", "title", "date", "insert", "first", "last", "full"}
)


def _credited(inner: str, prose: str, match: re.Match[str]) -> bool:
    words = inner.split()
    named = 2 <= len(words) <= 4 and all(word[0].isupper() and word[1:].islower() for word in words)
    return (
        named and not _BLANK_NAME_WORDS & {word.lower() for word in words} and _CREDIT.search(prose, 0, match.start()) is not None
    )


def _is_literal(inner: str) -> bool:
    """ "[(item_id, count)]", "[{tag, score}]", '["eu", "us"]': a list written as code, its
    members in parentheses, braces or quotes from end to end; a blank to fill is words."""
    if inner[0] + inner[-1] in _LITERAL_ENDS or (":" in inner and _COUNTS.fullmatch(inner) is not None):
        return True
    # '["apple", "banana", 123, true]': a JSON array, its members quoted strings, numbers or constants.
    if "," in inner and all(_JSON_VALUE.fullmatch(member.strip()) for member in inner.split(",")):
        return True
    # "[userId, itemId, createdAt]": a class's fields as code names them, one or more run
    # together in camel case; a blank is named in words ("[Company, Role]").
    # ... or a record's values as code writes them, numbered or a constant among them (`[T1, null, info...]`,
    # `[T2, T1, info]`, the last member trailing off): a blank is not numbered so.
    members = [_TRAILING_OFF.sub("", member.strip()) for member in inner.split(",")]
    return (
        len(members) >= 2
        and all(_IDENTIFIER.fullmatch(m) for m in members)
        and any(_CAMEL_CASE.search(m) or _CODE_VALUE.fullmatch(m) for m in members)
    )


_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_TRAILING_OFF = re.compile(r"(?:\.{2,}|\u2026)$")
_CODE_VALUE = re.compile(r"null|nil|None|true|false|True|False|[A-Za-z]+\d+")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_LITERAL_ENDS = frozenset({"()", "{}", '""', "''", "``", "“”"})
_JSON_VALUE = re.compile(r'"[^"]*"|-?\d+(?:\.\d+)?|true|false|null')
# '[#ABC: 2, #CDE: 3]', '["apple":100, "apply":120, ...]': counts by key written inline, each
# member a key and its number, a trailing ellipsis allowed: data, not a blank.
_COUNTS = re.compile(r"[^,:]+:\s*\d+(?:\.\d+)?(?:\s*,\s*(?:[^,:]+:\s*\d+(?:\.\d+)?|\.{2,}|\u2026))*[\s,]*")


def _is_badge(inner: str, prose: str, match: re.Match[str]) -> bool:
    """ "Medium [CRITICAL] **Critical**": a tag in capitals that the line spells out beside
    it marks the line; nothing is missing from it."""
    if not inner.isupper() or " " in inner:
        return False
    rest = (prose[: match.start()] + " " + prose[match.end() :]).lower()
    return re.search(rf"\b{re.escape(inner.lower())}\b", rest) is not None


_LISTED_RANGES = re.compile(r"\w-\w(?:\s*,?\s*\w-\w)+")


def _is_character_class(inner: str) -> bool:
    """ "A-Za-z0-9_", "^,;", "\\w.-": a pattern's character class, not words: no spaces, and
    ranges that run forwards with no word left once they are taken out ("Follow-up" is a word)."""
    if any(ch.isspace() for ch in inner):
        # "A-Z, a-z, 0-9": ranges alone, listed with commas and spaces as prose lists them.
        listed = _LISTED_RANGES.fullmatch(inner.strip())
        return bool(listed) and all(low <= high for low, high in _RANGE.findall(inner))
    if inner.startswith("^") or "\\" in inner:
        return True
    ranges = _RANGE.findall(inner)
    rest = _RANGE.sub("", inner)
    return bool(ranges) and all(low <= high for low, high in ranges) and not re.search(r"[A-Za-z]{3}", rest)


def _is_rich_style(text: str) -> bool:
    from rich.errors import StyleSyntaxError
    from rich.style import Style

    try:
        Style.parse(text)
    except StyleSyntaxError:
        return False
    return True
