"""Reads behavioral scenarios (Template 1) and the variants real authors write."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from systemcraft_tui.content.answers import answer_below, unlabelled
from systemcraft_tui.content.follow_ups import tabled_follow_ups
from systemcraft_tui.content.ids import slug
from systemcraft_tui.content.labelled_questions import asked_in_parts, labelled_follow_ups, labelled_question, listed_follow_ups
from systemcraft_tui.content.labels import PRINCIPLES, QUESTION, meaning
from systemcraft_tui.content.markdown_tree import (
    Block,
    Code,
    Line,
    ListBlock,
    ListItem,
    Paragraph,
    Section,
    Table,
    block_lines,
)
from systemcraft_tui.content.model import (
    BehavioralScenario,
    Expectation,
    PracticeVersion,
    PrincipleRef,
    Probe,
    StarSection,
    TimingSource,
)
from systemcraft_tui.content.names import (
    LABEL_SEPARATORS,
    STAR_NAMES,
    behavioral_role,
    file_title,
    normalize,
    strip_quotes,
    without_symbols,
)
from systemcraft_tui.content.opening_principles import opening_principles
from systemcraft_tui.content.principles import canonical_principle, defines_principle, named_principles, principles_listed
from systemcraft_tui.content.questions import asks, asks_what_happened, derived_question
from systemcraft_tui.content.reading import (
    FileContext,
    cell,
    clean_label,
    criteria,
    first_table,
    front_matter_title,
    id_part,
    item_texts,
    labelled_lists,
    level_columns,
    list_items,
    prose,
    read_probes,
    split_name,
    text_lines,
    under_label,
)
from systemcraft_tui.content.stories import (
    ANSWER_HEADING,
    Story,
    Told,
    answer_over_parts,
    heading_tags,
    held_back,
    lists_questions,
    part_children,
    part_role,
    principles_in_remark,
    question_on,
    questions_to_address,
    star_lines,
    tells_a_story,
    uses_letters,
    without_project_tag,
)
from systemcraft_tui.content.timing import (
    TimingError,
    Window,
    default_star_window,
    leading_timing,
    parse_duration,
    split_timing,
    stated_window,
    untimed,
    whole_answer_window,
)

# "Primary", "Primary LP", "Secondary Leadership Principle": a role label before the name.
_LP_ROLE = re.compile(r"^(primary|secondary|tertiary|additional|supporting|other)(?:\b.*\b(?:lp|principle)s?)?$", re.I)
_NAMES_PRINCIPLES = re.compile(r"\b(?:lps?|principles?)$", re.I)
# "… used Amazon's Leadership Principles as the framework: Customer Obsession, Ownership": a
# sentence that introduces principles by name after a colon.
_PRINCIPLES_IN_TEXT = re.compile(r"\bleadership principles?\b[^:.]{0,40}:\s*(\S.*)$", re.I)
_SPOKEN_DURATION = re.compile(
    r"(\d+(?:\.\d+)?(?:\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?)?)[\s-]*(seconds?|secs?|minutes?|mins?)\b", re.I
)


_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])\s+")
_TITLE_WORDS = 30


def _opening_sentence(text: str) -> str:
    """The first sentence of a text, its closing stop left out; its first words when longer."""
    sentence = _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0].rstrip(".\u3002")
    if sentence[:1] in "\"\u201c" and not re.search(r"[\"\u201d]", sentence[1:]):
        sentence = sentence[1:]  # `“On my second month …`, the whole answer quoted: its quote closes parts later
    words = sentence.split()
    return sentence if len(words) <= _TITLE_WORDS else " ".join(words[:_TITLE_WORDS]) + "\u2026"


def read_scenario(story: Story, ctx: FileContext) -> BehavioralScenario:
    section = story.section
    title = story.title or file_title(ctx.document.name)
    # A title taken from front matter names the story, not its id: ids stay as they were (the log refers to them).
    from_front_matter = section.line == 1 and ctx.document.source_lines[:1] in (["---"], ["+++"])
    named = ctx.path.stem if from_front_matter else title
    item_id = f"{slug(ctx.path.stem)}/{slug(id_part(story.code, named))}"  # kept when the title is named better below
    document_title = ctx.document.title.title.text if ctx.document.title else None
    if not story.title and document_title is None:
        title = front_matter_title(ctx.document.source_lines) or title  # the page's name, not its file's
    elif ANSWER_HEADING.search(normalize(title)) and document_title and section is not ctx.document.title:
        # "## Example Response" names nothing: the story answers the file's title, its question.
        title = document_title
    page_asks = None
    if story.rule == "star-parts" and _NAMES_METHOD.search(normalize(section.title.text)):
        # "## How to Structure Your Answer: The STAR(L) Method" over the page's example answer, on a
        # page titled by the question it answers (front matter `title: "Tell me about a time …"`).
        asked = front_matter_title(ctx.document.source_lines) or document_title
        if asked and asks(strip_quotes(asked)):
            title = page_asks = strip_quotes(asked)
    if section.level == 0 and story.question is None and not page_asks and document_title is None:
        # A story in a file with no heading, named by the question it answers ("Tell me about a time you
        # missed a commitment.md"), under a note of what it is about (`- payroll export slip`): the question names it.
        named_file = file_title(ctx.document.name)
        if asks(named_file) or asks_what_happened(named_file):
            title = page_asks = named_file
    if (unquoted := strip_quotes(title)) != title:
        title = unquoted  # '## Scenario 2: "Walk me through …"': the question quoted is the name, not the quotes
    told_whole = story.rule in ("prose-answer", "example-answer")
    title = untimed(title) if told_whole else title  # "TELL ME ABOUT A CONFLICT (90 seconds)": its length, no word of its name
    untagged, tagged = heading_tags(title)  # "Release Train (Ownership + Dive Deep)": tags, not its name
    scenario = BehavioralScenario(
        id=item_id,
        title=without_project_tag(untagged if tagged else title),
        code=story.code,
        levels=story.levels,
        origin=ctx.origin(section.line),
        content_hash=ctx.content_hash(section),
    )
    # The parts of the scenario by their headings; a scenario prompt's answers are answers,
    # whatever they are named ("Leadership Principle Integration" holding the L7 answer).
    # The headings that ask about a scene are its question and follow-ups, read below.
    asking = [child for child in section.children if any(child.line < line <= child.end_line for _, line in story.asked)]
    # A part named by its heading ("Likely Follow-ups") comes before one known only by what it
    # holds (a "Use it when" list of questions).
    # Its follow-up headings ("### Q: How did you …?" after the Result) name no part of it.
    children = [child for child in reversed(section.children) if child not in (*story.answers, *asking, *story.follow_ups)]
    parts = {part_role(child): child for child in children}
    parts |= {role: child for child in children if (role := behavioral_role(child.title.text))}
    if question := parts.get("question"):
        # A list of the questions a story answers ("The Question Triggers") asks its first.
        asked = prose(question) or next((item.text for item in list_items(question, deep=False)), "") or _asked_in_bold(question)
        # A question in a paragraph of its own, then the author's notes on it ("At NVIDIA, …"): the question.
        first = strip_quotes(asked.split("\n\n", 1)[0])
        scenario.question = first if asks(first) or asks_what_happened(first) else strip_quotes(asked)
    else:
        scenario.question = (
            _inline_question(section) or story.question or _listed_question(section) or labelled_question(section)
        )
    if not scenario.question and title is document_title and title != story.title:
        scenario.question = strip_quotes(title)
    if not scenario.question and page_asks:
        scenario.question = page_asks
    # "❓ Tell me about …": a mark before the question is none of its words.
    if scenario.question:
        scenario.question = _LEADING_MARKS.sub("", scenario.question)
    titled = document_title is not None and meaning(normalize(document_title)) != QUESTION  # `# Question` titles nothing
    if story.rule == "interview-template" and not story.title and not titled and scenario.question:
        # A page of `# Question` over `# Answer`, named by nothing but its file ("r3-03-failure"): its question names it.
        scenario.title = scenario.question
    if evaluates := parts.get("evaluates"):
        scenario.evaluates = criteria(list_items(evaluates))
        scenario.setup = prose(evaluates)
    if expectations := parts.get("expectations"):
        scenario.expectations = _expectations(expectations)
    if not scenario.levels and scenario.expectations:
        scenario.levels = tuple(dict.fromkeys(lvl for e in scenario.expectations for lvl in e.by_level))
    prompt = story.rule == "scenario-prompt"
    if prompt:  # the STAR parts of its first model answer that has them
        star_entries = next((found for answer in story.answers if (found := star_lines(answer))), [])
    else:
        answer = parts.get("star") or _star_umbrella(section, story)
        star_entries = star_lines(section, answer)
        if not star_entries:
            # A story lifted from "### Talking Points (STAR)", maybe beside a "### Story (Long
            # Form)" in prose: its parts are told in the subheading that tells them.
            told = next((child for child in section.children if tells_a_story(child)), None)
            star_entries = star_lines(section, told) if told is not None else star_entries
        elif answer is not None:
            # So also when the answer heading tells none, itself or under it ("## Sample Response"
            # over "### Challenge"); asked only when another subheading tells one (a guide's part
            # headings do: "## STAR Template" over "### SITUATION" …).
            told = next((child for child in section.children if child is not answer and tells_a_story(child)), None)
            if told is not None and not any(tells_a_story(part) for part in answer.walk()):
                star_entries = star_lines(section, told)
    whole = (
        prompt
        or story.rule in ("prose-answer", "example-answer")
        or (story.rule == "interview-template" and _named_answer(section))
        or (story.rule == "numbered-stories" and not star_entries)  # a numbered story no label cuts: told whole
    )
    if whole and not prompt and len(_parts_labelled(star_entries)) < _FEWEST_TOLD_PARTS and not _bold_part_label(star_entries):
        # A story told whole with a plain label or two inside it ("My approach: …", "Result: we shipped …"):
        # told whole, not cut down to the parts those labels open (a bold `**Result:**` after it is its part).
        star_entries = []
    if star_entries:
        scenario.star = _star(star_entries, ctx, scenario.levels)
    if story.untitled and (scene := next((part.text for part in scenario.star if part.name == "Situation" and part.text.strip()), None)):
        # "Story (3)" of a page's untitled stories is named by how its Situation opens; its id stays.
        scenario.title = _opening_sentence(scene)
    if whole and not scenario.star:
        # Also an answer in prose under a heading named for it ("### Model Answer"): no part to read, told whole.
        stated = stated_window(section.title.text) if told_whole else None
        scenario.star, star_entries = [_whole_answer(scenario.levels, None if prompt else section, stated)], []
    if probes := parts.get("probes") or _nested_probes(section, asking):
        scenario.probes = read_probes(probes)
    elif prompt and not story.answers:
        # A prompt with no model answer: the questions its answer must address are asked after it.
        scenario.probes = [Probe(strip_quotes(item.text), None, None, item.line) for item in questions_to_address(section)]
    elif listed := under_label(section, lambda label: behavioral_role(label) == "probes"):
        scenario.probes = read_probes(listed)  # "**Potential Follow-ups:**" over a list
    if not scenario.probes:
        scenario.probes = _asked_after_result(star_entries) or tabled_follow_ups(section) or labelled_follow_ups(section)
    if not scenario.probes and whole:
        # An answer told in bullets may list its follow-ups under a bullet naming them (`* Followup :`),
        # or be told part by part under bullets that ask (`* Who was on the team ?`): those are asked after it.
        scenario.probes = listed_follow_ups(section) or asked_in_parts(section)
    # "(Follow-Up) …" and question headings after the story.
    if after := list(story.follow_ups):
        scenario.probes += read_probes(replace(section, blocks=[], children=after))
    if story.asked:  # the other questions asked about the same scene come first
        scenario.probes = [Probe(question, None, None, line) for question, line in story.asked[1:]] + scenario.probes
    if principles := parts.get("principles"):
        scenario.principles = _principles(principles, ctx)
    else:
        scenario.principles = _labelled_principles(section, ctx)
    if not scenario.principles:
        # "> Earn Trust, Customer Obsession" alone on the story's first line, no label.
        opening, first_line = opening_principles(section)
        scenario.principles = [PrincipleRef(name, name, None, "", first_line) for name in opening]
    if not scenario.principles and title is document_title and title != story.title:
        # A story that answers the file's question takes the principles the file's
        # companies table gives Amazon ("| Amazon | Ownership, Dive Deep — … |").
        scenario.principles = _amazon_row(ctx.document.root)
    if not scenario.principles:
        # Tagged in its heading's closing parenthesis ("Story 1 — Title (Ownership + Dive Deep)").
        tags = story.listed or principles_in_remark(section.title.text)
        scenario.principles = [PrincipleRef(name, name, None, "", section.line) for name in tags]
    if not scenario.principles:
        scenario.principles = _listed_principles(section) or _quoted_principles(section)
    if story.principle and not scenario.principles:
        # A principle the heading names ("### 1. Customer Obsession") is the one the story shows;
        # a heading naming two ("### Ownership / Dive Deep") gives it both, the first its primary.
        scenario.principles = [
            PrincipleRef(name, name, "Primary" if n == 0 else None, "", story.principle_line) for n, name in enumerate(story.principle)
        ]
    # "I upsized the cluster to clear the backlog (Bias for Action)": a deed tagged with the principle it shows.
    shown = {ref.canonical for ref in scenario.principles}
    scenario.principles += [ref for ref in _principles_in_parentheses(section) if ref.canonical not in shown]
    if red_flags := parts.get("red_flags"):
        scenario.red_flags = item_texts(red_flags)
    if success := parts.get("success_factors"):
        scenario.success_factors = item_texts(success)
    if practice := parts.get("practice"):
        scenario.self_assessment, timing_lines = _practice(practice)
        scenario.timing_practice = _practice_versions(timing_lines)
    if not scenario.question and not (parts.get("question") and story.rule == "interview-template"):
        scenario.question, scenario.question_source = derived_question(scenario.title, scenario.canonical_principles)
    if star_entries or not whole:
        _check(scenario, ctx, section, parts, star_entries, template=story.rule == "interview-template")
    return scenario


_LEADING_MARKS = re.compile(r"^[^\w\"'\u201c\u2018(\[]+(?=\w)")
_NAMES_METHOD = re.compile(r"\b(?:star\w*|structure your answer|how to structure|method|framework)\b")


def _nested_probes(section: Section, asking: list[Section]) -> Section | None:
    """Follow-ups one heading further down ("## Role-Play Practice" over "### Interviewer
    Challenge Questions" holding questions with their answers), outside any STAR answer."""
    return next(
        (
            grand
            for child in section.children
            if child not in asking and part_role(child) not in ("star", "question")
            for grand in child.children
            if part_role(grand) == "probes"
        ),
        None,
    )


def _amazon_row(root: Section) -> list[PrincipleRef]:
    """The principles in the row of a table whose first cell is "Amazon"."""
    for table in (block for section in root.walk() for block in section.blocks if isinstance(block, Table)):
        for row in table.rows:
            if normalize(cell(row, 0)) == "amazon":
                text = re.split(r"\s[-\u2013\u2014]\s", " ".join(cell(row, n) for n in range(1, len(row))))[0]
                return [
                    PrincipleRef(written, canonical, None, "", row[0].number)
                    for written, _ in named_principles(text)
                    if (canonical := canonical_principle(written))
                ]
    return []


_FEWEST_TOLD_PARTS = 3


def _parts_labelled(lines: list[Told]) -> set[str]:
    letters = uses_letters(lines)
    labels = [label for told in lines if (label := told.label(letters=letters)) is not None]
    return {label.part for label in labels} | {label.joined for label in labels if label.joined}


def _bold_part_label(lines: list[Told]) -> bool:
    letters = uses_letters(lines)
    return any(told.line.lead_bold is not None and told.label(letters=letters) is not None for told in lines)


def _star_umbrella(section: Section, story: Story) -> Section | None:
    """Under an interview question, a heading naming STAR ("STAR Framework") over the four
    part headings holds the answer; else one of any name ("Story Blueprint") that tells it."""
    if story.rule != "interview-template":
        # A story lifted from a heading named for its answer ("Answer Framework (STAR)") to the page's title.
        return next((c for c in section.children if answer_over_parts(c)), None)
    named = (c for c in section.children if "star" in normalize(c.title.text).split() and len(part_children(c)) >= 3)
    return next(named, None) or next((c for c in section.children if tells_a_story(c)), None)


def _named_answer(section: Section) -> bool:
    """Whether a subheading named for an answer ("Sample Response Framework", "Model
    Answer", "Real-World Interview Example") answers the question in prose, with no STAR
    parts: rehearsed whole."""
    return any(_ANSWER_NAMED.search(normalize(child.title.text)) and prose(child) for child in section.children)


# An example under an interview question is an answer to it.
_ANSWER_NAMED = re.compile(rf"{ANSWER_HEADING.pattern}|\bexamples?$")


def _whole_answer(levels: tuple[str, ...], section: Section | None, stated: Window | None = None) -> StarSection:
    """A scenario prompt answered without STAR parts is rehearsed as one answer, as long as
    its heading says (`(90 seconds)`), else as the four parts' default windows together. An
    answer written under its question (not a prompt's, whose model answers are kept by level)
    is its text, shown after the clock."""
    window = stated or whole_answer_window(levels)
    answer = answer_below(section, examples=True) if section is not None else None
    if answer is None and section is not None and section.children:
        # Told under a subheading that names it (`### 📅 A Week on the Platform Team` under the
        # question), its follow-ups beside it: the text under the subheadings but those.
        told = [child for child in section.children if behavioral_role(child.title.text) != "probes"]
        answer = unlabelled([line for child in told for part in child.walk() for line in text_lines(part)])
        answer = answer if answer.lines else None
    if answer is not None and any(defines_principle(line.prose) for line in answer.lines):
        # The principle's definition copied out beside one's notes for it ("Leaders are owners …"): the company's words, none of the answer.
        answer = answer._replace(lines=[line for line in answer.lines if not defines_principle(line.prose)])
        answer = answer if answer.lines else None
    text, line = (strip_quotes(answer.shown), answer.lines[0].number) if answer is not None else ("", 0)
    return StarSection("Answer", window.min_seconds, window.max_seconds, text, line, "file" if stated else "default")


def _asked_in_bold(section: Section) -> str:
    """`## Question` over `**Which piece of work are you proudest of?**` alone on its line: the bold line
    asks, it is no label over a list (prose() leaves such lines out)."""
    for line in section.paragraph_lines():
        said = strip_quotes(line.text.strip("*_ "))
        if line.lead_bold and not line.after_lead.strip() and (asks(said) or asks_what_happened(said)):
            return said
    return ""


def _inline_question(section: Section) -> str:
    """`**Question:** "..."` written under the scenario heading instead of in a section."""
    return next((found for line in section.paragraph_lines() if (found := question_on(line))), "")


def _listed_question(section: Section) -> str:
    """The first question of a list under a label naming the questions a story answers:
    the one asked; the others are other ways of asking it, not follow-ups."""
    listed = under_label(section, lists_questions)
    first = next((item.text for item in list_items(listed, deep=False)), "") if listed else ""
    return strip_quotes(first) if first.rstrip(' *"”').endswith("?") or first.rstrip().endswith(".") else ""


def _check(
    scenario: BehavioralScenario,
    ctx: FileContext,
    section: Section,
    parts: dict[str | None, Section],
    star_entries: list[Told],
    *,
    template: bool,
) -> None:
    """A Template 1 scenario must have every part the template has; a story found by its
    STAR parts is rehearsable with what it has, so a missing part is only a warning."""
    name = f"scenario {scenario.title!r}" if template else f"story {scenario.title!r}"
    # One level below the heading as written (levels are counted from the page's shallowest).
    written = ctx.document.source_lines[section.line - 1].lstrip() if 0 < section.line <= len(ctx.document.source_lines) else ""
    hashes = len(written) - len(written.lstrip("#"))
    subheading = "#" * ((hashes if 0 < hashes <= 6 else section.level) + 1)
    if not scenario.question:
        ctx.error(section.line, f"{name} has no interview question (a '{subheading} The Interview Question' section)")
    if not star_entries:
        ctx.error(
            section.line,
            f"{name} has no STAR response: add a '{subheading} Complete STAR Response Example' section "
            "with **Situation**, **Task**, **Action** and **Result** parts",
        )
    else:
        found = {part.name for part in scenario.star}
        missing = [part for part in STAR_NAMES if part not in found]
        first = star_entries[0].line.number
        if not found:
            ctx.error(
                first,
                f"{name}: nothing in the STAR response reads as Situation, Task, Action or Result; "
                "start each part with a label like **Situation (30-45 seconds)** or its own heading",
            )
        elif missing and template:
            ctx.error(first, f"{name}: the STAR response has no {', '.join(missing)} section")
        elif missing:
            ctx.warning(first, f"{name} has no {', '.join(missing)}; it is rehearsed with the parts it has")
    if not template:
        return  # follow-ups and red flags are Template 1 sections a story of one's own need not have
    for role, read, what, how in (
        ("probes", scenario.probes, "follow-up questions", _PROBES_HINT),
        ("red_flags", scenario.red_flags, "red flags to avoid", "write each red flag as a '- ' bullet"),
    ):
        if not read:
            _warn_unread(ctx, name, section, parts.get(role), what, how)


_PROBES_HINT = 'write each as **Common Probe #1**: "question" then **Strong Response**: "answer"'


def _warn_unread(ctx: FileContext, name: str, scenario: Section, part: Section | None, what: str, how: str) -> None:
    """A part that is missing, or present with nothing in it that could be read."""
    if part is None:
        ctx.warning(scenario.line, f"{name} has no {what}")
        return
    if _indented_as_code(part, ctx):
        how = "its lines are indented by a tab or 4 spaces, which Markdown reads as code: remove the indent"
    ctx.warning(
        part.line,
        f"{name}: the '{part.title.text}' section at line {part.line} was found, "
        f"but nothing in it could be read as {what}; {how}",
    )


def _indented_as_code(section: Section, ctx: FileContext) -> bool:
    lines = ctx.document.source_lines
    return any(isinstance(block, Code) and lines[block.line - 1].startswith(("\t", "    ")) for block in section.blocks)


def _expectations(section: Section) -> list[Expectation]:
    table = first_table(section)
    if table is None:
        return []
    columns = level_columns(table)
    return [
        Expectation(aspect=cell(row, 0), by_level={level: cell(row, index) for level, index in columns.items()})
        for row in table.rows
        if cell(row, 0)
    ]


# --- STAR ---------------------------------------------------------------------------


def _star(entries: list[Told], ctx: FileContext, levels: tuple[str, ...]) -> list[StarSection]:
    drafts: list[dict[str, Any]] = []
    open_part = False  # whether unlabelled lines still belong to the last part
    letters = uses_letters(entries)
    for told in entries:
        line = told.line
        if label := told.label(letters=letters):
            draft: dict[str, Any] = {"name": label.part, "label": label.label, "rest": label.rest, "line": line.number, "text": []}
            drafts.append(draft | {"item_end": told.opens_item})  # a part told in a list item ends with it (below)
            if label.rest:
                drafts[-1]["text"].append(label.rest)
            if label.joined:
                # "**Action & Result:**": both parts, told in one text
                drafts.append({**drafts[-1], "name": label.joined})
            open_part = True
        elif told.ends or (not told.heading and not told.inside and _other_label(line)):
            open_part = False  # "**Leadership Principles**: ..." or a `---` after the Result ends it
        elif drafts and drafts[-1]["name"] == "Result" and _bold_question(line):
            open_part = False  # "**What did you do?**" after the Result: the follow-ups begin
        elif drafts and 0 < drafts[-1]["item_end"] < line.number and line.lead_bold and not line.after_lead.strip():
            # `- **Result:** …` told in a list, then `**To Strengthen**` alone after the list: a note on the story begins.
            open_part = False
        elif drafts and open_part and line.text and not told.shown:
            drafts[-1]["text"].append(line.text)
    if len(drafts) == 1 and normalize(drafts[0]["label"]) in _SOLUTION_WORDS:
        # `### Problem 1: …` over `**Solution:**` alone: the whole answer to the problem, no Action of a
        # story told in parts (a Solution is one beside the others: Situation, Problem, Solution, Impact).
        drafts = []
    _problem_as_task(drafts)
    sections: list[StarSection] = []
    seen: set[str] = set()
    told_parts = [draft for draft in drafts if draft["text"] or draft["rest"]]
    for draft in told_parts if told_parts else drafts:  # a part left empty is not one to time
        if draft["name"] in seen:
            ctx.warning(draft["line"], f"a second {draft['name']} section in one STAR response; the first is used")
            continue
        seen.add(draft["name"])
        window, source, text = _window(draft, ctx, levels)
        sections.append(
            StarSection(
                name=draft["name"],
                min_seconds=window.min_seconds,
                max_seconds=window.max_seconds,
                text=strip_quotes(text),
                line=draft["line"],
                timing=source,
            )
        )
    order = {name: i for i, name in enumerate(STAR_NAMES)}
    return sorted(sections, key=lambda s: order[s.name])


_SOLUTION_WORDS = frozenset({"solution", "solutions"})
# SPSIL's "Situation, Problem, Solution, Impact", CAR's "Context" then "Challenge": two words for the scene in a row.
_PROBLEM_WORDS = frozenset({"problem", "challenge"})


def _problem_as_task(drafts: list[dict[str, Any]]) -> None:
    """A story naming no Task that labels its scene twice in a row, the Problem (or Challenge) second
    (`### Situation:` over who was where, `### Problem:` over what had to be solved): the second is the Task."""
    if any(draft["name"] == "Task" for draft in drafts):
        return
    for first, second in itertools.pairwise(drafts):
        if first["name"] == second["name"] == "Situation" and normalize(second["label"]) in _PROBLEM_WORDS:
            second["name"] = "Task"
            return


def _bold_question(line: Line) -> bool:
    bold = line.lead_bold
    return bold is not None and bold != "" and not line.after_lead.strip() and bold.rstrip(' *"”').endswith("?")


def _asked_after_result(entries: list[Told]) -> list[Probe]:
    """Bold questions alone on their lines after the Result: the follow-ups asked of the story."""
    letters, after, found = uses_letters(entries), False, []
    for told in entries:
        if label := told.label(letters=letters):
            after = label.part == "Result"
        elif after and _bold_question(told.line):
            found.append(Probe(strip_quotes(told.line.lead_bold or ""), None, None, told.line.number))
    return found


def _other_label(line: Line) -> bool:
    """A line labelled as another part of a story: its question (or a list of them), principles,
    follow-ups, an answer kept back for a probe (`**+DEEPER**`)."""
    label = line.lead_bold
    return (
        label is not None and (behavioral_role(label) is not None or lists_questions(label) or held_back(label))
    ) or question_on(line) is not None


def _window(draft: dict[str, Any], ctx: FileContext, levels: tuple[str, ...]) -> tuple[Window, TimingSource, str]:
    """The section's timing: in its label, right after it ("**Task** (20 seconds): ..."),
    or the documented default for the level."""
    text = "\n".join(draft["text"])
    try:
        _, window = split_timing(draft["label"])
        if window is None and draft["rest"]:
            window, after = leading_timing(draft["rest"])
            if window:
                text = "\n".join(([after] if after else []) + draft["text"][1:])
    except TimingError as error:
        ctx.error(draft["line"], f"{draft['name']}: {error}")
        window = None
    if window is None:
        return default_star_window(draft["name"], levels), "default", text
    if window.min_seconds > window.max_seconds:
        message = f"minimum time {window.min_seconds}s is above maximum {window.max_seconds}s"
        ctx.error(draft["line"], f"{draft['name']}: {message}")
        return default_star_window(draft["name"], levels), "default", text
    return window, "file", text


# --- principles and practice ----------------------------------------------------------


def _principles(section: Section, ctx: FileContext) -> list[PrincipleRef]:
    refs = []
    lines = [(item.lines[0], item.text) for item in list_items(section) if item.lines]
    lines += [(ln, ln.text) for b in section.blocks if isinstance(b, Paragraph) for ln in b.lines]
    for line, full_text in lines:
        role, names, evidence = _principle_line(line, full_text)
        refs += [_principle_ref(written, notes, role, evidence, line.number, ctx) for written, notes in named_principles(names)]
    # Primary first, whatever order the lines are in; otherwise as written.
    return sorted(refs, key=lambda ref: (ref.role != "Primary", ref.line))


def _principle_ref(written: str, notes: list[str], role: str | None, evidence: str, line: int, ctx: FileContext) -> PrincipleRef:
    canonical = canonical_principle(written)
    if canonical is None:
        ctx.warning(line, f"unknown Leadership Principle {written!r}: not one of the 16, so it is not counted")
    # "Dive Deep (primary)": a note may give the role; any other note is evidence.
    noted_role = next((note.capitalize() for note in notes if _LP_ROLE.match(note)), None)
    note = "; ".join(note for note in notes if not _LP_ROLE.match(note))
    return PrincipleRef(written, canonical, role or noted_role, evidence or note, line)


def _labelled_principles(section: Section, ctx: FileContext) -> list[PrincipleRef]:
    """`**Leadership Principles**: Ownership, Dive Deep` (or `LPs:` written plainly), or
    `**Primary LP**: Ownership` and `**Secondary LPs**: ...`, on a line of the story or a
    heading under it, or such a label over a list of names."""
    refs = []
    for line, following in _lines_with_next(section):
        below = following[0] if following else None
        # "[[Amazon Leadership Principles#Hire and Develop the Best]]": a note linked to its principle.
        linked = [
            (link["name"], canonical)
            for link in _WIKI_LINK.finditer(line.text)
            if (canonical := canonical_principle(link["name"]))
        ]
        refs += [PrincipleRef(written, canonical, None, "", line.number) for written, canonical in linked]
        label, rest = (line.lead_bold, line.after_lead) if line.lead_bold else split_name(line.text.replace(":", " - ", 1))
        label = clean_label(label or "")
        role = _LP_ROLE.match(label) if _NAMES_PRINCIPLES.search(label) else None
        if (mentioned := _PRINCIPLES_IN_TEXT.search(line.text)) and not (role or _names_principles(label)):
            # "I used the Leadership Principles as the framework: Customer Obsession (…), Ownership (…)":
            # the names after the colon, those that are principles (a sentence may name others).
            refs += [
                PrincipleRef(written, canonical, None, "; ".join(notes), line.number)
                for written, notes in named_principles(mentioned[1])
                if (canonical := canonical_principle(written))
            ]
            continue
        tags = rest if line.lead_bold or rest else _tags_alone(line)
        if tags and (amazon := _AMAZON_GROUP.search(tags)):
            tags = amazon["names"]  # "Amazon (Ownership, Bias for Action), Google (Leadership)": Amazon's are the principles
        if tags and not (role or _names_principles(label)) and (tagged := _tagged_principles(tags)):
            # "**Maps to:** Technical challenge, Deliver results, Dive deep", "Tags: #Ownership
            # #DiveDeep", "`Ownership` `Dive Deep`": a list of tags under any label or none,
            # half or more of them principles; those are the story's.
            refs += [PrincipleRef(written, canonical, None, "", line.number) for written, canonical in tagged]
            continue
        if (role or _names_principles(label)) and not rest.strip(LABEL_SEPARATORS) and below is not None:
            # "**Leadership Principles:**" then a hard break: the names on the next line.
            rest, line = below.text, below
        if not (role or _names_principles(label)) or not rest.strip(LABEL_SEPARATORS):
            continue  # a label over a list of names is read below
        for more in following if line is not below else following[1:]:
            if not rest.rstrip().endswith(","):
                break
            rest = f"{rest} {more.text}"  # "**Secondary LPs:** Ownership," then the next names on the lines below
        if _describes_a_principle(rest.strip(LABEL_SEPARATORS)):
            continue  # "Principle: Leaders start with the customer and work backward.": what it says, not its name
        for written, notes in named_principles(rest.lstrip(LABEL_SEPARATORS)):
            refs.append(_principle_ref(written, notes, role.group(1).capitalize() if role else None, "", line.number, ctx))
    for entry in labelled_lists(section):
        if _names_principles(clean_label(entry.label)) and not any(ref.line == entry.line for ref in refs):
            for text in entry.items:
                for written, notes in named_principles(split_name(text)[0]):
                    refs.append(_principle_ref(written, notes, None, "", entry.line, ctx))
    return refs


# One company's values in parentheses among others' on a tag line: `Amazon (Dive Deep, Deliver Results)`.
_AMAZON_GROUP = re.compile(r"\b(?:amazon|aws)(?: lps?| leadership principles)?\s*\((?P<names>[^()]+)\)", re.IGNORECASE)
_SENTENCE_WORDS = 6


def _describes_a_principle(text: str) -> bool:
    """A sentence saying what a principle asks (its words, ending in a full stop), naming none."""
    return (
        text.rstrip().endswith(".")
        and len(text.split()) >= _SENTENCE_WORDS
        and not any(canonical_principle(written) for written, _ in named_principles(text))
    )


def _names_principles(label: str) -> bool:
    """`**Leadership Principles**:`, `LPs covered:`, `Mapped LP(s):` over the names, on a line
    of the story itself or over a list."""
    return meaning(normalize(label)) == PRINCIPLES


def _lines_with_next(section: Section) -> Iterator[tuple[Line, list[Line]]]:
    """Each line of the section and its subsections, with the lines after it in the same
    paragraph up to the next with a label (a label's value written after a hard break)."""
    for block in (block for part in section.walk() for block in part.blocks):
        lines = list(block_lines(block))
        for number, line in enumerate(lines):
            after = lines[number + 1 :] if isinstance(block, Paragraph) else []
            yield line, list(itertools.takewhile(lambda below: not below.lead_bold, after))


_ENTRY_PIECES = re.compile(r"\s+(?:and|&)\s+|\s*[,/]\s*")


def _listed_principles(section: Section) -> list[PrincipleRef]:
    """Principles a story lists with no label, in a list (`✅ Think Big`) or a table's first
    column (`| Dive Deep | … |`), when half or more of its entries name one (an entry such as
    'Initiative and Ownership' names the one it holds); a list that mentions one is no such list."""
    refs: list[PrincipleRef] = []
    for part in section.walk():
        for block in (nested for top in part.blocks for nested in _with_nested_lists(top)):
            if isinstance(block, ListBlock):
                # "- **Earn Trust**: open about the conflict": an entry named by its bold label;
                # "- Earn Trust: open about it", by its plain one.
                entries = [(_bold_name(item) or _plain_name(item) or item.text, item.line) for item in block.items]
            elif isinstance(block, Table):
                entries = [(row[0].text, row[0].number) for row in block.rows if row]
            else:
                continue
            named = [
                (clean, line, found)
                for text, line in entries
                if (found := _entry_principle(clean := without_symbols(text).strip(" *")))
            ]
            if len(named) >= 2 and 2 * len(named) >= len(entries):
                refs += [PrincipleRef(text, canonical, None, "", line) for text, line, canonical in named]
    return refs


def _with_nested_lists(block: Block) -> list[Block]:
    """The block and, for a list, the lists nested in its items at any depth: a story told in a
    list item (`- Queue rewrite`) may list its principles in a list nested under its name."""
    if not isinstance(block, ListBlock):
        return [block]
    return [block, *(nested for item in block.items for sublist in item.sublists for nested in _with_nested_lists(sublist))]


def _plain_name(item: ListItem) -> str:
    """The plain label an entry opens with when it names a principle (`- Earn Trust: open about
    the conflict`), if any."""
    label, colon, _ = item.lines[0].text.partition(":") if item.lines else ("", "", "")
    return label.strip() if colon and canonical_principle(label.strip()) else ""


def _bold_name(item: ListItem) -> str:
    """The bold label an entry opens with (`- **Earn Trust**: open about the conflict`), if any."""
    return (item.lines[0].lead_bold or "").rstrip(": ") if item.lines else ""


# "Amazon loves "Bias for Action"": a principle quoted by its name in the story's notes.
_QUOTED_NAME = re.compile(r"[\"\u201c]([A-Z][^\"\u201c\u201d]{2,50})[\"\u201d]")


def _principles_in_parentheses(section: Section) -> list[PrincipleRef]:
    """Principles a story's text names alone in parentheses after what was done ("… the
    backlog (Bias for Action), then …"), or lists there ("Case:(客户至尚 + 崇尚行动)", in
    Chinese); each once, where first named."""
    first: dict[str, int] = {}
    for line in section.all_lines():
        if "(" in line.text or "\uff08" in line.text:
            for match in _IN_PARENTHESES.finditer(line.text):
                for name in [named] if (named := canonical_principle(match[1])) else principles_listed(match[1]):
                    first.setdefault(name, line.number)
    return [PrincipleRef(name, name, None, "", number) for name, number in first.items()]


_IN_PARENTHESES = re.compile(r"(?<=\S)\s*[(\uff08]((?:[A-Z]|[\u4e00-\u9fff])[^()\uff08\uff09]{1,40})[)\uff09]")


def _quoted_principles(section: Section) -> list[PrincipleRef]:
    """Principles a story's text quotes by name ("Deliver Results" + "Customer Obsession"
    in a practice tip), when nothing names them otherwise; each once, where first quoted."""
    first: dict[str, int] = {}
    for line in section.all_lines():
        if '"' in line.text or "\u201c" in line.text:
            for match in _QUOTED_NAME.finditer(line.text):
                if name := canonical_principle(match[1]):
                    first.setdefault(name, line.number)
    return [PrincipleRef(name, name, None, "", number) for name, number in first.items()]


def _entry_principle(text: str) -> str | None:
    return canonical_principle(text) or next(
        (found for piece in _ENTRY_PIECES.split(text) if (found := canonical_principle(piece))), None
    )


_WIKI_LINK = re.compile(r"\[\[(?:[^\]#|]*#)?(?P<name>[^\]#|]+)(?:\|[^\]]*)?\]\]")
_TAG_WORDS = 4  # a tag is a few words; a longer piece is a sentence


def _tags_alone(line: Line) -> str:
    """A line that is only tags: hashtags (`#Ownership #DiveDeep`) or code spans
    (`` `Ownership` `Dive Deep` ``), as a list; else nothing."""
    if line.text.startswith(("#", "@")):
        return line.text  # `@主人翁精神 @决策正确`: tags marked by an at sign as by a hash
    runs = line.runs
    if len(runs) > 1 and all(run.code or not run.text.strip() for run in runs):
        return ", ".join(run.text for run in runs if run.code)
    return ""


# How tags are set apart: commas, bars, slashes, plus signs, middle dots; a hashtag each.
_TAG_BREAKS = re.compile(r"\s*[,;|/+\u00b7]\s*")
# ... or an at sign each, in the author's language too (`@赢得信任`: Earn Trust).
_HASHTAG = re.compile(r"(?:#([A-Za-z][\w-]*)|(?<!\w)@([^\W\d_][\w-]*))")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|[-_]")


def _tagged_principles(text: str) -> list[tuple[str, str]]:
    """(written, canonical) for the principles in a list of short tags, when half or more
    of the tags name one (not a sentence that happens to name one)."""
    text = text.strip(LABEL_SEPARATORS)
    hashtags = ["".join(tag) for tag in _HASHTAG.findall(text)] if "#" in text or "@" in text else []
    pieces = [_CAMEL.sub(" ", tag) for tag in hashtags] if hashtags else _TAG_BREAKS.split(text)
    tags = [tag.strip(" .") for tag in pieces]
    # A tag is a few words, or a principle's whole name ("Insist on the Highest Standards"); one
    # marked by an at sign is one alone on its line (`@达成业绩`).
    marked = text.startswith("@") and len(tags) == 1
    if (len(tags) < 2 and not marked) or any(not tag or (len(tag.split()) > _TAG_WORDS and not canonical_principle(tag)) for tag in tags):
        return []
    named = [(tag, canonical) for tag in tags if (canonical := canonical_principle(tag))]
    return named if len(named) * 2 >= len(tags) else []


_PLAIN_PRINCIPLE_LABEL = 30  # characters: "Secondary Leadership Principles", not a sentence


def _principle_line(line: Line, full_text: str) -> tuple[str | None, str, str]:
    """(role, names, evidence) from "**Primary LP**: Name - evidence" (its label bold or
    plain), "**Name**: evidence" or "Name - evidence"."""
    label = line.lead_bold
    after = line.after_lead.lstrip(LABEL_SEPARATORS)
    if label is None:
        head, colon, rest = full_text.partition(":")
        if colon and len(head) <= _PLAIN_PRINCIPLE_LABEL and _NAMES_PRINCIPLES.search(clean_label(head)):
            label, after = head, rest.strip()  # "Primary LP: Ownership", its label written plainly
    if label and ":" in label.strip(": ") and _NAMES_PRINCIPLES.search(clean_label(label.split(":", 1)[0])):
        # "**Most Relevant LP: Ownership**": the label and the name in one bold run.
        label, after = label.split(":", 1)[0], f"{label.split(':', 1)[1]} {after}".strip()
    if label and (role := _LP_ROLE.match(clean_label(label))):
        return role.group(1).capitalize(), *split_name(after)
    if label and _NAMES_PRINCIPLES.search(clean_label(label)) and after:
        return None, *split_name(after)  # "**Most Relevant LP**: Ownership"
    if label:
        return None, clean_label(label), after.strip()
    return None, *split_name(full_text)


def _practice(section: Section) -> tuple[list[str], list[str]]:
    """Self-assessment questions and timing-practice lines, under bold labels or subheadings."""
    buckets: dict[str, list[str]] = {"self": [], "timing": []}
    for entry in labelled_lists(section):
        if bucket := _practice_bucket(entry.label):
            buckets[bucket].extend(entry.items)
    return buckets["self"], buckets["timing"]


def _practice_bucket(label: str) -> str | None:
    words = normalize(label)
    if "timing" in words or "time" in words.split():
        return "timing"
    if "assessment" in words or "questions" in words or "reflect" in words:
        return "self"
    return None


def _practice_versions(lines: list[str]) -> list[PracticeVersion]:
    """ "Record yourself ... in 4-6 minutes", "the 30-second elevator version", ..."""
    versions = []
    for text in lines:
        match = _SPOKEN_DURATION.search(text)
        if not match:
            continue
        try:
            window = parse_duration(f"{match.group(1)} {match.group(2)}")
        except TimingError:
            continue
        if "elevator" in text.lower():
            label = "Elevator version"
        elif window.max_seconds >= 180:
            label = "Full version"
        else:
            label = f"{match.group(1)}-{match.group(2).rstrip('s').lower()} version"
        versions.append(PracticeVersion(label, window.min_seconds, window.max_seconds))
    return versions
