"""Where the stories in a file are, found by their structure.

A story is a heading, at any depth, whose own text or STAR-part subheadings hold at
least three of Situation, Task, Action and Result: as headings, bold labels or plain
`Label:` lines, in any letter case, timed or not. Several runs of STAR parts under one
heading (collapsed `<details>` blocks, one `**Question**:` after another) are several
stories, each titled by its own `<summary>`, bold title line or question. A heading with
a Template 1 subheading (the interview question, or one STAR answer) is a scenario as
the template writes it; a heading with a prompt and model answers per level is one
scenario. STAR parts that define the method rather than tell a story are not a story.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

from systemcraft_tui.content.answers import marked_question, told_without_i, words_in
from systemcraft_tui.content.labels import ACTION, LEARNING, QUESTION, RESULT, STAR_PARTS, meaning
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
from systemcraft_tui.content.names import (
    LABEL_SEPARATORS,
    SPEAKER,
    STAR_NAMES,
    behavioral_role,
    column_parts,
    normalize,
    part_label,
    star_name,
    star_part,
    strip_quotes,
    without_symbols,
)
from systemcraft_tui.content.opening_principles import opening_principles
from systemcraft_tui.content.principles import canonical_principle, defines_principle, principles_among, principles_listed
from systemcraft_tui.content.questions import asks, asks_what_happened
from systemcraft_tui.content.read_memo import per_heading
from systemcraft_tui.content.reading import (
    ANSWER_NAME,
    FOLLOW_UP_CLOSING,
    PROSE_FENCES,
    STEP_CODE,
    asks_itself,
    fence_lines,
    holding,
    item_boundary,
    label_and_value,
    levels_in,
    list_items,
    prose,
    read_probes,
    said_aloud,
    section_levels,
    split_title,
    text_lines,
    under_label,
    without_closing_level,
    without_numbering,
)
from systemcraft_tui.content.timing import read_duration

_ORDER = {name: i for i, name in enumerate(STAR_NAMES)}
# "[What was your role?]": a prompt left in brackets for the author to replace.
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
# Quoted speech: who "you" is inside it says nothing about whom the page speaks to.
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")
_QUOTED_PHRASE = re.compile(r"[\"\u201c][^\"\u201d]{0,80}[\"\u201d]")  # a few words in quotes, no story told in them
_ABOUT_A_PART = re.compile(
    r"\b(?:weakness(?:es)?|tips?|mistakes?|pitfalls?|examples?|questions?|templates?|checklist|guidance|red flags?"
    r"|best practices?|dos|donts|framework|structure|items|plans?)$"
)
_LETTERS = {name[0].lower(): name for name in STAR_NAMES}
# A plain label opening a line, after any emoji: up to four words (two may be joined by a slash,
# "Situation/Task") before a colon and a space,
# a dash between spaces or a timing in parentheses ("What I did: ...", "Action (2 min): ...",
# "🎯 Impact - ..."; `情境` and a full-width colon, which carries its own space, as Chinese authors
# type it; not "Impact:EC2/BruteForce", a finding's name); the
# vocabulary (content/labels.py) says whether the words mean anything. Its repeats are
# possessive (`*+`): a word or emoji given back could only be followed by a word character,
# which no ending allows, and a sentence's line tried at each shorter length cost twice as much.
_Q_CODE = re.compile(r"q\d*")
_PLAIN_LABEL = re.compile(
    r"^(?:[^\w\s\"“'(\[]++\s*+)?+[^\W\d_][\w'’]*+(?:(?: ?/ ?| )[\w'’]++){0,3}+\s*(?=\(|:(?:\s|$)|\uff1a|\s(?:[-\u2013—]|->|=>|\u2192)(?:\s|$))"
)
# "Question", "Example Question", "Q3", "Question Variants", "Questions This Story Can Answer",
# "Usable for Questions About": the questions a story answers (not its follow-ups).
_QUESTION_LABEL = re.compile(
    r"^(?:q\d*|(?:\w+\s){0,2}question(?:\s(?:it answers|asked|to answer|variants?|variations?|versions?))?"
    # "Questions It Answers", "Questions This Answers", "Questions this story can answer"
    r"|questions(?:\s(?:(?:it|this|this story|the story|that)\s(?:can\s)?answers?|answered|about|like))?)$"
    r"|\b(?:usable|use|good|works?) for\b.*\bquestions?\b"
    # "示例问题" (a sample question), "面试问题", "典型題目": a question, named so in Chinese or Japanese
    r"|^(?:示例|例|样例|範例|范例|典型|常见|常見|面试|面試|参考|參考)(?:问题|問題|题目|題目)$"
)
_NOT_ITS_QUESTION = re.compile(r"followup|probe")
# "Story: Title", "Story 3 - Title", "📖 Story: Title (Click to expand)": a story's own title.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_LOWER_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[a-z])")
_QUOTED_SENTENCE = re.compile(r"^\s*[\"\u201c].*[.!]['\u2019]?[\"\u201d]\s*$")
_CLOSING_REMARK = re.compile(r"[(\uff08]([^()\uff08\uff09]+)[)\uff09]\W*$")  # full-width ones (U+FF08, U+FF09) too
_LEADING_MARKS = re.compile(
    r"^[^\w(\[]+"
)  # "🧭 1. Customer Obsession": an emoji before the number ("[Ownership] …" keeps its tag)
_OPENING_QUOTES = ('"', "\u201c")
_STORY_CODE = re.compile(r"^(?:case study|story)$")  # "Case Study: Title" names one story
_TITLE_PREFIX = re.compile(r"^\W*(?:story|example)\s*#?\d*\s*[:.\-\u2013—]\s*", re.IGNORECASE)
_CLICK_REMARK = re.compile(r"\s*\((?:click|tap)[^()]*\)\s*$", re.IGNORECASE)
# What a heading or introduction says when it explains the STAR method rather than telling a story.
# ... bounded by any character but a Latin letter: "STAR方法说明" (the STAR method, explained) names it against Chinese words.
_EXPLAINS = re.compile(r"(?<![a-z])(?:star|framework|structure|method|format|template|reference|how to)(?![a-z])", re.IGNORECASE)
# "**STAR Breakdown**", "STAR answer" over the parts: the story told in STAR, not the method explained.
_TOLD_IN_STAR = re.compile(r"\bstar (?:breakdown|answer|response|story|version)\b", re.IGNORECASE)
# "the background", "what I did", "Set the scene": a definition or an instruction opens so;
# a story opens with who did what ("We promised ...", "Our card processor ..."), or with a
# note in lower case ("wordpress server broken; files lost"), which defines nothing.
# ... an instruction perhaps opening on how to do it ("Concisely state what came of it", "Briefly describe …").
_DEFINING = re.compile(
    r"^(?:=|(?:the|a|an|your|its|their|context|background|situation|task|actions?|results?|outcomes?|goals?|impact|problem|challenge|steps?|brief|short|specific|key)\b|(?i:(?:[a-z]+ly\s+)?(?:what|where|who|how|why|when|which|describe|explain|detail|set|state|show|share|give|include|mention"
    r"|quantify|provide|keep|focus|highlight|use|go|stay|skip|avoid|say|speak|talk|answer|be|don't))\b)"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# ... in the author's language too: я, мы, мой, наш (Russian), ich, wir, mein, unser (German), je, nous,
# notre (French), yo, nosotros, nuestro (Spanish), meu, nosso (Portuguese), 我 (Chinese), 私は, 僕
# (Japanese): words no space sets apart need no word boundary. Korean's 저는 is left out: a Korean
# answer template quotes it around its blanks ("저는 [행동]을 했습니다"), a guide, not a story.
# The look ahead at the first letters lets a search skip the other characters of a long text
# (four times faster) rather than try every word boundary.
_FIRST_PERSON = re.compile(
    r"(?=[imwoujnytямн我私僕])(?:\b(?:I|I'm|I'd|I've|me|my|we|we're|we'd|our|us|я|мы|мо[йяеёи]|мне|меня|нам|нас|наш\w*|ich|wir|mein\w*|unser\w*"
    r"|mir|mich|je|nous|notre|yo|mis?|nosotros|nuestr[oa]s?|meu|minha|nosso|nossa|tôi)\b|\bI\u2019|\bj\u2019|\bj'|我|私[はが]|僕)",
    re.IGNORECASE,
)
_SHORT_PART_WORDS = 12
_TOLD_PARTS = 2
# Who tells a part, as its opening says: "I", "we", "my", "our" as written ("us-east-1" is a region).
# "2 sentences", "1-2 sentences", "3 bullets": how long a part should be, not the part.
_LENGTH = re.compile(
    r"^~?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:sentences?|lines?|words?|bullets?|points?|s|secs?|seconds?|mins?|minutes?|%)(?!\w)",
    re.IGNORECASE,
)
_ENDS_WITH_LENGTH = re.compile(r"(?:^|\s)~?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:%|s|secs?|seconds?|mins?|minutes?)\W*$", re.IGNORECASE)
# "Set the context (15-20 seconds)", "Your part [10 s]": a part's length set apart on its first line.
_SET_APART_LENGTH = re.compile(r"[(\[]~?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:%|s|secs?|seconds?|mins?|minutes?)[)\]]", re.IGNORECASE)
# ... in the author's language too: Vietnamese ví dụ (example).
_GUIDANCE_HEADING = re.compile(
    r"^(?:purpose|what to \w+|how to \w+|why\b|tips?|examples?|include|avoid|good vs bad|key questions|ví dụ)"
)
# "L6 Model Answer", "Strong L7 Response", "Comprehensive Response", "Sample Answer", "Candidate's
# Initial Answer": one answer to a scenario prompt (not "Incident Response Timeline").
ANSWER_HEADING = re.compile(
    r"\b(?:model|sample|strong|example|good|ideal|suggested|comprehensive|initial|candidate s|l\d+|level \d+)\b.*\b(?:answer|response)s?\b"
    r"|^(?:answer|response)s?\b"
)
_ASK_LABEL = re.compile(r"(?:your |the )?(?:task|ask|question|interview question|prompt)")
_SETUP_LABEL = re.compile(r"(?:the )?(?:setup|set up|scenario|situation|context|background)")
_ASKS_FOR_DESIGN = re.compile(r"\b(?:design|architect)\s+(?:a|an|the)\b", re.IGNORECASE)
_REQUIREMENTS = re.compile(r"\brequirements\b")  # a system's, stated before its design: no story has them
# Labels that say the text is a scenario to answer, not a part of one's own story.
_SCENE_LABELS = {"setup", "set up", "scenario", "the scenario"}
_ASK_LABELS = {"your task", "question", "interview question", "prompt", "the ask"}
_CONTEXT_LABELS = {"context", "the context", "background"}
_ADDRESSED_TO_YOU = re.compile(r"\byou(?:['\u2019](?:re|ve|ll|d))?\b|\byour\b", re.IGNORECASE)
_TOLD_BY_ME = re.compile(r"\b(?:I|we|my|our)\b")
# "(Follow-Up) What did you do next?", "Follow-up: ...", "Follow-up question 2: ...", or the mark
# closing the question instead ("What would you change now? (follow-up)").
_FOLLOW_UP_HEADING = re.compile(
    rf"^\W*\(?follow[\s-]?ups?\)?(?:\s+questions?)?\s*\d*\s*[:.)\-\u2013—]?\s|{FOLLOW_UP_CLOSING}", re.IGNORECASE
)


class StarLabel(NamedTuple):  # a tuple, as Told: a story's labels are read several times each
    part: str  # Situation, Task, Action or Result
    label: str  # as written, timing included
    rest: str  # the text after the label on its line
    joined: str | None = None  # the next part, named in the same label ("Action & Result")


_PART_NAME_ALONE = 12  # "Situation", "Action" on a line of its own: a part's name, no sentence
_PART_NAMES = frozenset(part.lower() for part in STAR_PARTS)
# "- Situation:In my previous role …", "- Action:identified the leads …": a part's own name, its
# colon run straight into a sentence; only the four names, so "Impact:EC2/BruteForce" (a finding's
# name) stays text, and a word then a space after the colon, so the rest is told, not a code.
_CRAMMED_PART = re.compile(r"^((?i:situation|task|action|result)s?):(?=[^\W\d_]+\s)")


def star_label(line: Line, is_heading: bool, *, letters: bool = False) -> StarLabel | None:
    """The STAR part a line opens: a heading, a bold label (`**Situation (30 s)**: ...`) or a
    plain label (`Action (2 minutes): ...`); with letters, a letter's label too (`**S:**`, `- S: …`)."""
    rest: str | None = None  # a bold label's: the text after it, taken only for a part
    if is_heading:
        label, rest = line.text, ""
        if label[:1].isdigit() and (unnumbered := without_numbering(label)) != label and _PLAIN_LABEL.match(unnumbered):
            # "# 1. Situation: \"A customer called …\"": the part numbered as it is told, its text after the colon.
            label = unnumbered
        if (plain := _PLAIN_LABEL.match(label)) and star_part(plain.group()):
            # "#### Situation: Deploys failed …" holds its text; "#### situation — 25s" its timing.
            head, told = _split_plain_label(label, plain.end())
            label, rest = (label, "") if read_duration(told) else (head, told)
    elif line.lead_bold is not None:
        label = line.lead_bold
        if label[:1] == "(" and label[-1:] == ")" and label.count("(") == 1:
            label = label[1:-1]  # "**(Situation)**": the part's name in brackets, as a letter may be, `**(S)**`
        if len(label) == 1 and (word := re.match(r"\w+", line.after_lead)):
            # "**S**ituation (30 s): ...": the bold first letter and the rest make one label.
            label, rest = _split_plain_label(label + line.after_lead, 1 + word.end())
        elif (plain := _PLAIN_LABEL.match(label)) and label[plain.end() : plain.end() + 1] == ":" and star_part(plain.group()):
            # "**Situation: As the on-call lead, …**", "**Action: I**n a hurry …": the label bolded with the words
            # after it; the part is the label's, its words the rest of the line.
            if whole := _PLAIN_LABEL.match(line.text):
                label, rest = _split_plain_label(line.text, whole.end())
    elif line.text[:1] in _LETTER_STARTS and (lettered := _LETTER_AND_NAME.match(line.text)):
        label, rest = lettered[1], line.text[lettered.end() :].strip()  # "S – Situation:" over its lines: the letter and its name
    elif letters and line.text[:1] in _LETTER_STARTS and (letter := _LETTER_LABEL.match(line.text)):
        # "- S: …", "S" and a full-width colon, "- S" alone over the part's text in a list nested under it
        label, rest = letter.group(1), line.text[letter.end() :].strip()
    elif plain := _PLAIN_LABEL.match(line.text):
        label, rest = _split_plain_label(line.text, plain.end())
    elif crammed := _CRAMMED_PART.match(line.text):
        label, rest = crammed[1], line.text[crammed.end() :]  # "Result:As a result …": typed in haste, no space after the colon
    elif len(alone := line.text.strip()) <= _PART_NAME_ALONE and (
        star_part(alone) if line.text[:1].isupper() else alone.lower() in _PART_NAMES
    ):
        # "- Situation" alone on its line over the part's text indented under it; "- task" in lower
        # case only by the part's own name, no other word for it.
        label, rest = alone, ""
    else:
        return None
    named = _label_part(label, is_heading, letters)
    return None if named is None else StarLabel(named[0], label, line.after_lead if rest is None else rest, named[1])


@lru_cache(maxsize=4096)  # a label ("Situation", "S") is read again on each of its lines and by each rule that looks
def _label_part(label: str, is_heading: bool, letters: bool) -> tuple[str, str | None] | None:
    """The STAR part a label names and the part it joins to it (see star_label), or None."""
    part = star_part(label) or (part_heading(label) if is_heading else None) or (_letter_part(label) if letters else None)
    if part is None or _ABOUT_A_PART.search(normalize(label)):
        return None  # "**Situation Weaknesses:**" is advice about a part, not the part
    if (spelled := _LETTER_SPELLED.match(label)) and spelled[1][0].lower() == spelled[2][0].lower() and star_part(spelled[2]) != part:
        return None  # "**S (Select)**": the letter of another method's word (URESCAS), no STAR part
    return part, _joined_part(part, label)


def _letter_part(label: str) -> str | None:
    """The part a letter names (`S`), or the first of two letters joined (`S/T`: the Situation,
    the Task joined to it by _joined_part)."""
    words = normalize(label).split()
    return _LETTERS.get(words[0]) if len(words) in (1, 2) and all(word in _LETTERS for word in words) else None


# "S (Select)", "R (Requirements)": a letter and the one word it stands for.
_LETTER_SPELLED = re.compile(r"^\s*([^\W\d_])\s*\(\s*([^\W\d_]+)\s*\)\s*$")


def _joined_part(part: str, label: str) -> str | None:
    """The part after `part` when a label names both ("Action & Result", "Situation and
    Task", "T [task] + A[action]", each letter spelled out): told as one, it is both."""
    words = [word for word in normalize(label).split() if word != "and" and not word.isdigit()]  # "2. Action and Result"
    # A part's letter before its name ("t task a action"): the name says it.
    words = [word for n, word in enumerate(words) if not (len(word) == 1 and words[n + 1 : n + 2] and words[n + 1][0] == word)]
    if all(word in _LETTERS for word in words):
        words = [_LETTERS[word].lower() for word in words]  # "S/T": the letters of both parts, each for its name
    if len(words) != 2 or star_name(words[0]) != part or part == STAR_PARTS[-1]:
        return None
    following = STAR_PARTS[STAR_PARTS.index(part) + 1]
    return following if star_name(words[1]) == following else None


def uses_letters(lines: list[Told]) -> bool:
    """Whether STAR parts are labelled by their letters (`**S:**`, `- T: …`, `### S`, `- A` over its
    text, `**R**` and a full-width colon): three of the four, so that a lone `**A:**` answering a question stays an answer."""
    found = {_letter(told.line) if not told.heading else _heading_letter(told.line.text) for told in lines}
    # "S/T": two letters joined, each part's
    found |= {letter for pair in found if pair and len(pair) == 3 and pair[1] == " " for letter in pair.split()}
    return len(found & _LETTERS.keys()) >= 3


# "S", "S:", "S -", "S" and a full-width colon, "S-For a new service …" (the hyphen against the text): a
# line opening with one letter as its label, bold or not.
# "S/T:", two letters joined by a slash: the two parts told as one, as "Situation & Task" names them.
# ... its dash spaced on both sides or after it only (`S- An organic product line …`), or none (`S-Word`).
_LETTER_LABEL = re.compile(r"^([STAR](?:\s?/\s?[STAR])?)(?:\s*(?:$|[:\uff1a.]|\s?[-\u2013\u2014]\s)|-(?=[A-Za-z]))")
_LETTER_STARTS = frozenset("STAR")  # what a line must open with for the pattern to be worth trying
# "S – Situation:", "A - Action:": a part's letter, a dash and its name, then a colon or the line's end.
_LETTER_AND_NAME = re.compile(r"^([STAR]\s*[-\u2013\u2014]\s*(?:situation|task|actions?|results?))\s*(?::|$)", re.IGNORECASE)


def _letter(line: Line) -> str | None:
    """The lower-case letter a line opens with as a label, bold (`**S**: …`) or plain (`S: …`,
    or `S` alone on its line)."""
    if line.lead_bold is not None:
        return normalize(line.lead_bold) or None
    found = _LETTER_LABEL.match(line.text) if line.text[:1] in _LETTER_STARTS else None
    return normalize(found.group(1)) if found else None


class Told(NamedTuple):
    """One line of the text a story is told in (a tuple: a frozen dataclass sets each of
    its fields by a call, and a story's lines are told again by each rule that reads it)."""

    line: Line
    heading: bool = False  # a part's heading ("#### Situation")
    shown: bool = False  # a code block's text: shown, not told
    ends: bool = False  # a thematic break (`---`): the part before it is over
    inside: bool = False  # text under a part's own heading ("## Action"): that part's, whatever its labels
    over_list: int = 0  # a list item's own line, with a list nested under it: the item's last line, its nested lists' too
    opens_item: int = 0  # on the first line of an item of a list in the heading's own text: its last line

    def label(self, *, letters: bool) -> StarLabel | None:
        """The STAR part this line starts, if it starts one."""
        return None if self.shown or self.inside else star_label(self.line, self.heading, letters=letters)


def told_lines(section: Section, parts: list[Section]) -> list[Told]:
    """The heading's own text and its part subheadings' (titles included), in file order.
    A fence declared as plain text (```text) is text like any other; another fence is one
    line of code, shown rather than told; a thematic break ends the part before it."""
    found = [*_own_lines(section, inside=False)]
    for child in section.children:
        if child in parts:
            # Labels in the text under a Situation heading are that part's words ("Situation:"
            # in a feedback model inside the Action); under a STAR-answer heading, they are parts.
            inside = _is_part(child)
            for part in child.walk():
                # "##### Outcome" under a step of "## Actions" is a step of that part, not the
                # Result; a part heading right under another ("#### Task" under "### Situation") is one.
                nested = part is not child and part not in child.children
                found.append(Told(part.title, heading=True, inside=inside and nested))
                found += _own_lines(part, inside=inside)
    return found


# "(S) I joined ... (T) My job was ... (A) I ... (R) ...": parts marked inline by their
# letters in parentheses, several on one line. It opens with the "(" (a search goes from one
# to the next) and looks back from it for the space or start before it.
# Two letters in one mark (`(ST)`, `(S/T)`, `(AR)`) open two parts told as one, as `S/T:` does.
_INLINE_MARK = re.compile(r"\((?<=(?<!\S)\()(S/?T|A/?R|[STAR])\)(?=\s|[A-Z])")


@per_heading  # a story's told lines are asked by the rule that finds it, then by its reader
def _own_lines(section: Section, *, inside: bool) -> tuple[Told, ...]:
    found: list[Told] = []
    lined = [(block, () if isinstance(block, Code) else block_lines(block)) for block in section.blocks]
    # A line's text holds every character of its prose: only a line with "(" has its prose worked out.
    marked = (
        len(
            {
                mark
                for _, lines in lined
                for line in lines
                if "(" in line.text and "(" in line.prose
                for mark in _INLINE_MARK.findall(line.prose)
            }
        )
        >= 3
    )
    for block, lines in lined:
        if isinstance(block, Table):
            lines = _table_labels(block)
        if not isinstance(block, Code):
            over_lists = _over_lists(block)
            opening = _item_openings(block) if isinstance(block, ListBlock) else {}
            for line in lines:
                if line.number in over_lists:
                    found.append(Told(line, inside=inside, over_list=over_lists[line.number]))
                elif line.number in opening:
                    found.append(Told(line, inside=inside, opens_item=opening[line.number]))
                elif marked:
                    found += [Told(part, inside=inside) for part in _marked_parts(line)]
                elif line.text.count(":") >= 3 and (parts := _labelled_inline(line)):
                    found += [Told(part, inside=inside) for part in parts]
                else:
                    found.append(Told(line, inside=inside))
        elif said_aloud(block) or _labelled_fence(block):
            fenced = fence_lines(block)
            found += [Told(line, inside=inside) for line in fenced]
            # The parts written in a fence (`S: …` … `R: Recovery time before and after`) end with it:
            # an example told after it (`**Example:**` over a quote) is none of the last one's words.
            found += [Told(Line((), fenced[-1].number + 1), ends=True)] if fenced else []
        else:
            found.append(Told(Line((Run(block.text, code=True),), block.line), shown=True, inside=inside))
    if section.breaks:
        found += [Told(Line((), line), ends=True) for line in section.breaks]
        found.sort(key=lambda told: told.line.number)
    return tuple(found)


# "SITUATION:", "Result: we shipped …": a STAR part's label opening a line, a few words before its colon,
# a remark on its share perhaps between ("SITUATION (20%):"), an emoji perhaps before it ("🧠 Situation:",
# "🎯 Task:"), as headings wear them; not a box's side (`│ S - SITUATION │`).
_FENCE_LABEL = re.compile(
    r"^\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]\ufe0f?\s*)?([^\W\d][\w &/-]{0,24}?)\s*(?:\(\d{1,3}\s*%\)\s*)?[:\uff1a]"
)


def _labelled_fence(fence: Code) -> bool:
    """A fence of no language whose lines open with three STAR parts' labels or more
    (`SITUATION:` over quoted text, `Result: we shipped …`): a story told as plain text and
    set apart, not code. A box drawing the method (`│ S - SITUATION (20%) │`) opens none, and
    a skeleton to fill in (`Task: "I was responsible for [goal]..."`), as many blanks as parts
    or more, tells nothing."""
    if fence.info.strip() or (":" not in fence.text and "\uff1a" not in fence.text):
        return False
    # ... or by their letters, `S: We disagreed …` over `T:`, `A:`, `R:`, all four.
    labels = [label[1] for text in fence.text.splitlines() if (label := _FENCE_LABEL.match(text))]
    parts = {part for label in labels if (part := star_part(label))}
    lettered = {_LETTERS[letter] for label in labels if len(letter := label.strip().lower()) == 1 and letter in _LETTERS}
    parts = parts if len(parts) >= 3 else lettered if len(lettered) == len(_LETTERS) else parts
    return len(parts) >= 3 and len(_FENCE_BLANK.findall(fence.text)) < len(parts)


_FENCE_BLANK = re.compile(r"\[[^\[\]\n]{1,40}\](?!\()")


def _table_labels(table: Table) -> list[Line]:
    """A table's cells, a row's first cell that names a part (`| Situation | Deploys failed … |`)
    read as its label, as if bold: the cells after it are that part's text."""
    if sum(bool(_VERSION_COLUMN.match(normalize(cell.text))) for cell in table.header[1:]) >= _VERSIONS:
        return []  # `| Component | L5 Version | L6 Version |`: each part's phrasing compared, no story told
    # A header naming the parts (`| Story | Situation | Task | … |`) names columns: it tells nothing.
    cells: list[Line] = [] if column_parts([cell.text for cell in table.header]) else list(table.header)
    for row in table.rows:
        if all(len(cell.text) <= 1 for cell in row):
            continue  # `| [A](#a) | [B](#b) | … |`: an index of letters, no part's text
        first = row[0] if row else None
        if first is not None and first.lead_bold is None and star_part(first.text):
            cells.append(Line((Run(first.text, bold=True),), first.number))
            cells += row[1:]
        else:
            cells += row
    return cells


# A column of one version of each part: by level ("L5 Version", "Senior"), by grade ("Weak", "Strong answer").
_VERSION_COLUMN = re.compile(
    r"^(?:(?:l|e|ic)\d+|level \d+|junior|mid|senior|staff|weak|strong|bad|good|better|best|poor|great|average|before|after)"
    r"(?: (?:version|answer|response|example))?$"
)
_VERSIONS = 2


def _item_openings(block: ListBlock) -> dict[int, int]:
    """The first line of each item of a list, at any depth, with its own last line: a principle's
    item (`1. Customer Obsession`) may list its stories in a list nested in it, each item's first
    line (`1) CDN for a retailer's site`) over its `S:` … `R:` lines naming its story."""
    found: dict[int, int] = {}
    for item in block.items:
        if item.lines:
            found[item.line] = item.lines[-1].number
        for sublist in item.sublists:
            found |= _item_openings(sublist)
    return found


def _over_lists(block: Block) -> dict[int, int]:
    """The lines of a list's items that have a list nested under them (`1. "Describe a time
    …?"` over `1. > **Situation**: …`), at any depth, each with its item's last line."""
    if not isinstance(block, ListBlock):
        return {}
    found: dict[int, int] = {}
    for item in block.items:
        if item.sublists and item.lines:
            found[item.lines[-1].number] = _item_end(item)
        for sublist in item.sublists:
            found |= _over_lists(sublist)
    return found


def _marked_parts(line: Line) -> list[Line]:
    """A line that marks STAR parts inline by their letters, split where each part starts;
    each part reads as a `**S:**` letter label (three of the four letters mark a story)."""
    text = line.text
    starts = [(match.start(), match.end(), match.group(1)) for match in _INLINE_MARK.finditer(text)]
    if not starts:
        return [line]
    parts = [Line((Run(text[: starts[0][0]]),), line.number)] if text[: starts[0][0]].strip() else []
    for n, (_, end, letter) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        label = "/".join(letter.replace("/", ""))  # "ST": the Situation and the Task, `S/T`
        parts.append(Line((Run(label, bold=True), Run(": " + text[end:stop].strip())), line.number))
    return parts


# "Situation: … Task: …" on one line: a part's own name, or its letter in capitals, opening
# the line or a sentence, before a colon. Tried only where a sentence starts (the line's start,
# after ". ", "! " or "? "), which a search finds fast, not at each of the line's letters; two spaces
# or more after the stop too, as a typist ends a sentence (`… long-term goals.  Task: …`).
_INLINE_LABEL = re.compile(r"(?:(?i:situation|task|action|result)|[STAR])\s*:")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")


def _labelled_inline(line: Line) -> list[Line]:
    """A line that tells three parts or more after labels of their own (`**S:** … **T:** …`,
    `Situation: … Task: …`), split where each part starts, each read as a bold label; else none."""
    starts: list[int] = []
    at = 0
    for run in line.runs:  # bold labels: where each bold run naming a part starts
        label = run.text.strip().rstrip(":").strip()
        if run.bold and (star_part(label) or label in _LETTER_PARTS):
            starts.append(at + len(run.text) - len(run.text.lstrip()))
        at += len(run.text)
    text = "".join(run.text for run in line.runs)
    # Nothing before the first part, but a speaker's label naming the answer (`**Candidate:** Situation: …`).
    spoken = line.lead_bold is not None and ANSWER_NAME.match(normalize(line.lead_bold.rstrip(": "))) is not None
    opening = len(text) - len(line.after_lead.lstrip()) if spoken else 0
    if len(starts) < 3:
        sentences = (opening, *(found.end() for found in _SENTENCE_BREAK.finditer(text)))
        starts = [at for at in sentences if _INLINE_LABEL.match(text, at)]
    if len(starts) < 3 or text[opening : starts[0]].strip():
        return []
    parts = []
    for n, start in enumerate(starts):
        piece = text[start : starts[n + 1] if n + 1 < len(starts) else len(text)].strip()
        label, colon, rest = piece.partition(":")
        parts.append(Line((Run(label.strip(), bold=True), Run(f"{colon} {rest.strip()}")), line.number))
    return parts if all(star_label(part, False, letters=True) is not None for part in parts) else []


_LETTER_PARTS = frozenset("STAR")


def star_lines(section: Section, answer: Section | None = None) -> list[Told]:
    """Where a story's STAR answer is written: its text from its first STAR label on, then
    its STAR-answer subheading (`answer`, the template's one, labelled or not) and its part
    subheadings."""
    parts = part_children(section)
    lines = told_lines(section, [answer, *parts] if answer is not None and answer not in parts else parts)
    letters = uses_letters(lines)
    return lines[next((n for n, told in enumerate(lines) if told.heading or told.label(letters=letters)), len(lines)) :]


def _split_plain_label(text: str, end: int) -> tuple[str, str]:
    head, rest = text[:end], text[end:]
    if rest.lstrip().startswith("("):
        head, rest = head + rest[: len(rest) - len(rest.lstrip())], rest.lstrip()
        close = rest.find(")")
        head, rest = head + rest[: close + 1], rest[close + 1 :]
    return head, rest.lstrip(LABEL_SEPARATORS)


def question_on(line: Line) -> str | None:
    """The question a `**Question**: "..."` or `Question: ...` line gives (not a follow-up)."""
    if line.lead_bold is not None:
        if names_questions(line.lead_bold):
            return strip_quotes(line.after_lead) or None
        # `**Q1: Tell me about …**`: a question label bold with its question; a quoted one,
        # `**Q: "…"**`, is read with the story's other lines, as it always was.
        label, value = _plain_label(line.lead_bold) if not line.after_lead.strip() else ("", "")
        unquoted = value[:1] not in ('"', "\u201c")
        return value if label and unquoted and names_questions(label) and asks(value) else None
    # "Q> Tell me about …": a question marked as put, over the answer's parts.
    if line.text[:1] in "Qq" and (put := _PUT_QUESTION.match(line.text)):
        return strip_quotes(put["q"])  # whatever its wording ("Given an example of …"): the mark says it is asked
    # "Prompt: Tell me about …"; a plain "Q:" opens a follow-up and its "A:", not the story's
    # question, and a plain "The Question: …" frames an interviewer's scenario beside "The Constraint: …"
    label, value = _plain_label(line.text)
    asked = meaning(label) == QUESTION and not _Q_CODE.fullmatch(label) and not label.startswith("the ")
    if not asked and "\uff1a" in line.text:
        # "示例问题" (a sample question) then a full-width colon: a label in Chinese or Japanese.
        label, _, value = line.text.partition("\uff1a")
        asked = len(label) <= _CJK_LABEL and bool(_QUESTION_LABEL.search(label.strip()))
    return strip_quotes(value) or None if asked else None


_CJK_LABEL = 6  # characters: a label, not a sentence that holds a colon
_PUT_QUESTION = re.compile(r"^q\s*>\s*(?P<q>\S.*)$", re.IGNORECASE)


def _plain_label(text: str) -> tuple[str, str]:
    """(its normalised words, its value) when a text opens with a plain label ("Prompt: …",
    "Q1 — tell me about …"), else ("", text)."""
    if plain := _PLAIN_LABEL.match(text):
        rest = text[plain.end() :].lstrip()
        if rest[:1] in ":-\u2013—":
            return normalize(plain.group()), rest[1:].strip()
    return "", text


@lru_cache(maxsize=4096)  # asked of every bold label as each heading's lines are read
def names_questions(label: str) -> bool:
    """Whether a label or heading names the question a story answers ("Question Variants",
    "Usable for Questions About"), not its follow-ups."""
    words = normalize(label)
    return bool(_QUESTION_LABEL.search(words) or meaning(words) == QUESTION) and not _NOT_ITS_QUESTION.search(words)


# "**Sample Questions:**", "**Example questions**" over a list after a story's parts: the
# questions it answers, the first asked, the others other ways of asking it.
_QUESTIONS_LIST_LABEL = re.compile(r"^(?:(?:sample|example|possible|likely|typical|common|related)\s)?questions?$")


def lists_questions(label: str) -> bool:
    return bool(_QUESTIONS_LIST_LABEL.match(normalize(label)))


@dataclass(frozen=True)
class Story:
    """Where one story is, and what its surroundings say about it."""

    section: Section  # the story's heading, or the part of a heading's text it spans
    title: str
    code: str | None
    rule: str  # a rule name from rules.RULES
    levels: tuple[str, ...]  # from the heading or an enclosing one
    question: str | None  # a labelled question the story answers, if the file gives one
    principle: tuple[str, ...]  # the principles an enclosing heading names ("### Ownership / Dive Deep")
    principle_line: int = 0
    listed: tuple[str, ...] = ()  # principles the heading's closing parenthesis lists
    follow_ups: tuple[Section, ...] = ()  # "(Follow-Up) ..." headings after the story
    answers: tuple[Section, ...] = ()  # model answers under a scenario prompt, one per level
    asked: tuple[tuple[str, int], ...] = ()  # (question, line) asked about a scene, the first its question
    untitled: bool = False  # named only by its place among a page's stories ("Story (3)")


@dataclass
class StoriesFound:
    """What is under a heading: its stories, the headings whose STAR parts only explain the
    method, and the story entries left unfilled (for the messages that say why nothing was read)."""

    stories: list[Story] = field(default_factory=list)
    explainers: list[Section] = field(default_factory=list)
    unfilled: list[Section] = field(default_factory=list)


def find_stories(root: Section) -> StoriesFound:
    """Every story under root, in file order, and the headings that only look like stories."""
    found = StoriesFound()
    if (scene := _scenario_then_solution(root)) is not None:
        # `# Scenario` stating a situation to handle, then `# Solution`: the page is one answer to it.
        found.stories.append(Story(root, "", None, "prose-answer", (), scene, (), 0))
        return found
    _visit(root, root, (), None, found)
    if guides := [section for section in root.walk() if _guides_a_part(section)]:
        # A heading per part, each saying what to include with an example of it, explains the
        # method; a story told in those very examples ("Putting It All Together") illustrates it.
        found.explainers += guides
        found.stories = [story for story in found.stories if not _retells(story, guides)]
    if found.explainers:
        # On a page that explains STAR, answers in prose and stories headed as its example
        # illustrate the method ("Complete Example", "Example Story").
        # Unless the answered questions form a bank of their own beside the explanation, two or
        # more of them, under one heading ("Practice Answers") or under themed ones: those are items.
        inside = [(e.line, e.end_line) for e in found.explainers]
        whole = ("prose-answer", "example-answer")
        # A short example answering a question there illustrates the method (a bank's answers are
        # told at length); one in a principle's section is a story of one's own for it.
        found.stories = [
            s
            for s in found.stories
            if s.rule != "example-answer" or s.principle or _example_words(s.section) >= _PROSE_ANSWER_WORDS
        ]
        answered = [s for s in found.stories if s.rule in whole and not any(a <= s.section.line <= b for a, b in inside)]
        bank = answered if len(answered) >= _BANK_QUESTIONS else []
        found.stories = [s for s in found.stories if (s.rule not in whole or s in bank) and not _EXAMPLE_TITLE.match(s.title)]
    # Under "STAR Stories to Prepare" or "Types of Stories", parts told by no one describe a
    # kind of story to prepare ("**Situation**: a performance bottleneck"), not a story.
    outlines = [part for h in root.walk() if _to_prepare(h.title.text) for part in h.walk() if part is not h]
    outlined = [s for s in found.stories if s.section in outlines and not _FIRST_PERSON.search(_QUOTED.sub(" ", _story_text(s)))]
    found.explainers += [s.section for s in outlined]
    found.stories = [s for s in found.stories if s not in outlined]
    # Several question headings none of which is answered by anyone (no STAR answer told by
    # "I", no answer in prose) are an interviewer's questions, each with what a good answer
    # holds: a guide, not stories still to write (one such heading is an entry to fill in).
    # A STAR answer told by no one says what a good answer holds ("Expected STAR Answer (What Good
    # Looks Like)"); alone, it may be a model answer written without "I", so it takes two.
    asked = [story for story in found.stories if story.rule == "interview-template"]
    # Asked one by one: the first story told by "I" settles it (a bank of 2,000 stops at one).
    if len(asked) >= _GUIDE_QUESTIONS and all(_described(s.section) or _unanswered(s.section) for s in asked):
        found.explainers += [story.section for story in asked]
        found.stories = [story for story in found.stories if story not in asked]
    found.stories = [
        _titled_under_code(_told_in_its_answer(story))
        for story in _at_their_items(found.stories, root, found.explainers + found.unfilled)
    ]
    parents = {id(child): section for section in root.walk() for child in section.children}
    found.stories = _told_beside_a_bank(found.stories, parents, found.explainers + found.unfilled)
    found.stories = [_named_by_its_category(story, parents.get(id(story.section)), root) for story in found.stories]
    found.stories = [_asked_just_before(story, parents.get(id(story.section))) for story in found.stories]
    found.stories = [_answers_the_heading_above(story, parents, root) for story in found.stories]
    found.stories = [_answer_to_the_topic_above(story, parents.get(id(story.section)), root) for story in found.stories]
    found.stories = [_worded_again_below(story, parents.get(id(story.section))) for story in found.stories]
    found.stories = [_named_by_its_question(story) for story in found.stories]
    told = {id(story.section) for story in found.stories}
    found.stories = [_another_example(story, parents, told) for story in found.stories]
    return found


# "## Another example", "## One more example": a heading that only says it answers again.
_ANOTHER_EXAMPLE = re.compile(r"^(?:another|one more|a second) (?:example|answer|story)$")


def _another_example(story: Story, parents: dict[int, Section], told: set[int]) -> Story:
    """A story headed `## Another example` right after a question heading that holds no story
    of its own (`## did you ever had a disagreement` over a line of advice): the answer to that
    question, written under a heading of its own, named and asked by it."""
    parent = parents.get(id(story.section))
    if parent is None or not _ANOTHER_EXAMPLE.match(normalize(without_numbering(story.title))):
        return story
    at = next((index for index, child in enumerate(parent.children) if child is story.section), 0)
    if at == 0:
        return story
    before = parent.children[at - 1]
    asked = strip_quotes(without_numbering(before.title.text))
    if before.children or id(before) in told or not (asks(asked) or asks_what_happened(asked)):
        return story
    return replace(story, title=asked.rstrip("?.! "), question=asked)


def _named_by_its_question(story: Story) -> Story:
    """A story under a heading that only labels its question (`## **Question:**`, `## Pregunta:`),
    the question written on the line under it: named by that question, as it is asked by it."""
    if story.question is None or meaning(normalize(story.title)) != QUESTION:
        return story
    return replace(story, title=story.question.rstrip("?.! "))


_BANK_STORIES = 2  # sibling headings told by their STAR parts that make a heading a bank of stories


def _told_beside_a_bank(stories: list[Story], parents: dict[int, Section], aside: list[Section]) -> list[Story]:
    """Stories told in prose beside the bank's STAR stories: among two or more sibling headings
    that each tell a story by its parts, a sibling with no subheadings and no story of its own
    over three things or more that I did, told in the past in 80 words or more (`## Stock market
    forecasting` over first-person paragraphs), is one more story of the bank, rehearsed whole."""
    told = {id(story.section) for story in stories if story.rule in ("star-parts", "star-runs")}
    banks = {id(parent): parent for story in stories if id(story.section) in told and (parent := parents.get(id(story.section))) is not None}
    taken = [(story.section.line, story.section.end_line) for story in stories]
    added = []
    for bank in banks.values():
        if sum(id(child) in told for child in bank.children) < _BANK_STORIES:
            continue
        for child in bank.children:
            if id(child) in told or child.children or child in aside:
                continue
            if any(a <= child.line <= b or child.line <= a <= child.end_line for a, b in taken):
                continue
            code, title = split_title(child.title.text)
            if _short_story(child, in_bank=True):
                # `### 8. How do you ensure fault tolerance?` over `**Action:**` and `**Result:**` only, among
                # numbered stories told by all their parts: one more of them, told short.
                added.append(Story(child, without_numbering(title), code, "star-parts", section_levels(child), _its_question(child), ()))
                continue
            # A principle's heading over its definition ("We started in a garage …") has a rule of its own.
            if asks(child.title.text) or principle_in_heading(child.title.text) or not _told_at_length(own_text(child)):
                continue
            added.append(Story(child, without_numbering(title), code, "prose-answer", section_levels(child), None, ()))
    return sorted(stories + added, key=lambda story: story.section.line) if added else stories


# "Principal-Level Version", "Improved Version", "Model Answer": a heading that only names the
# version of an answer it holds.
_ANSWER_VERSION = re.compile(r"^(?:[\w-]+ ){0,3}(?:version|answer|response|rewrite)$")


def _asked_just_before(story: Story, parent: Section | None) -> Story:
    """A story under a heading that only names its version (`# Principal-Level Version`), right
    after a heading of its own level that asks a question (`# QUESTION 1` over
    `## "When has reflecting on your performance helped you …?"`): asked by that question and
    named by it, as the answer to it."""
    if story.question or parent is None or not _ANSWER_VERSION.match(normalize(story.title)):
        return story
    at = next((n for n, child in enumerate(parent.children) if child is story.section), 0)
    before = parent.children[at - 1] if at > 0 else None
    if before is None or before.level != story.section.level:
        return story
    asked = next((found for heading in (before, *before.children) if (found := _asked_by(heading))), None)
    return story if asked is None else replace(story, title=asked.rstrip("?.!"), question=asked)


def _answers_the_heading_above(story: Story, parents: dict[int, Section], root: Section) -> Story:
    """A story under a heading that only says it is the answer (`### Answer`, `### Sample
    Response`), under one of two or more headings side by side that ask (`## Question 23: How do
    you handle conflict in your team?`, then `## Question 24: …`): named and asked by its
    question, not by the page's title (which names a page of one question)."""
    parent = parents.get(id(story.section))
    if parent is None or parent is root or not ANSWER_HEADING.search(normalize(story.title)):
        return story
    above = parents.get(id(parent))
    asking = [heading for heading in (above.children if above is not None else []) if _asked_by(heading)]
    if len(asking) < _SIDE_BY_SIDE or (asked := _asked_by(parent)) is None:
        return story
    return replace(story, title=asked.rstrip("?.!"), question=story.question or asked)


def _answer_to_the_topic_above(story: Story, parent: Section | None, root: Section) -> Story:
    """A story under a heading that only says it is one's answer (`### My answer`), beside tips on the
    topic under the heading above (`## A success project` over `### Tips`, then `### My answer`): named
    by that topic, and asked by it when it asks, as the answer to it. (Under the page's title, the
    page's one question or topic names it when the story is read.)"""
    if parent is None or parent is root or root.children == [parent] or not parent.title.text:
        return story
    if not ANSWER_NAME.match(normalize(without_numbering(story.title))):
        return story
    code, title = split_title(parent.title.text)
    return replace(story, title=without_numbering(title), code=story.code or code, question=story.question or _asked_by(parent))


def _worded_again_below(story: Story, parent: Section | None) -> Story:
    """A story under a heading that asks, after sibling headings that ask with nothing under them,
    all under a heading that asks and holds no text (`# Can you recall a time of conflict …?` over
    `## Can you recall a time you disagreed …?` and `## Tell me about a time you disagreed with your
    Manager.`, then the parts): the headings below word the question above again, and it asks and names the story."""
    if story.question or parent is None or parent.blocks or _asked_by(story.section) is None:
        return story
    if (asked := _asked_by(parent)) is None:
        return story
    at = next((n for n, child in enumerate(parent.children) if child is story.section), 0)
    before, after = parent.children[:at], parent.children[at + 1 :]
    if not before or after or any(child.blocks or child.children or _asked_by(child) is None for child in before):
        return story
    return replace(story, title=asked.rstrip("?.!"), question=asked)


def _asked_by(heading: Section) -> str | None:
    """The question a heading asks, its code, numbering, marks and quotes left off; None if it asks none."""
    text = strip_quotes(_LEADING_MARKS.sub("", strip_quotes(without_numbering(split_title(heading.title.text)[1]))))
    return text if asks(text) or asks_what_happened(text) else None


_SIDE_BY_SIDE = 2  # headings that ask, or label a question (`## Question:`), side by side: a bank of them


# "### Example Question: *"Tell me about a conflict."*": a heading that only puts the question.
_EXAMPLE_QUESTION = re.compile(r"^\W*(?:example|sample)\s+question\s*[:\-\u2013\u2014]\s*(?P<q>\S.*)$", re.IGNORECASE)


def _named_by_its_category(story: Story, parent: Section | None, root: Section) -> Story:
    """A story told under a heading that only puts its example question, alone of its kind
    under a category's heading (`## 2. Conflict Handling` over `### Example Question: …`):
    named by the category and asked by that question."""
    put = _EXAMPLE_QUESTION.match(story.section.title.text)
    if put is None or parent is None or parent is root or not parent.title.text:
        return story
    if sum(bool(_EXAMPLE_QUESTION.match(child.title.text)) for child in parent.children) != 1:
        return story
    return replace(story, title=without_numbering(split_title(parent.title.text)[1]), question=strip_quotes(put["q"].strip("*_ ")))


def _told_in_its_answer(story: Story) -> Story:
    """A story asked nothing, whose STAR answer heading ("## Sample Response") holds one titled
    story ("### Challenge (take new project)") and nothing else: the story is that heading's."""
    umbrellas = _umbrellas(story.section) if story.question is None and story.rule == "star-parts" else []
    inner = umbrellas[0].children if umbrellas else []
    if len(inner) != 1 or umbrellas[0].blocks or not tells_a_story(inner[0]):
        return story
    code, title = split_title(inner[0].title.text)
    return replace(story, section=inner[0], title=without_numbering(title), code=code)


# "STORY : 4", "SITUATION 1 :", "Story 3": a label and a number, a code that names nothing.
_CODE_ONLY = re.compile(r"^[^\w]*[A-Za-z]+\s*[:#.\-\u2013\u2014]?\s*\d+\s*[:.\-\u2013\u2014]?[^\w]*$")


def _code_only(heading: str) -> bool:
    return bool(_CODE_ONLY.match(heading.replace("*", "").strip()))


def _titled_under_code(story: Story) -> Story:
    """A story headed by a code only (`# STORY : 4`) is titled by the first heading under it
    that names no part of it (`## Disagreeing Respectfully`), its code the heading's."""
    heading = story.section.title.text
    if not _code_only(heading) or story.title != split_title(heading)[1]:
        return story
    if may_open_parts(story.section, []):
        # Told in the heading's own text (`## Lesson 1:` over `Situation:` … `Result:`): a heading after
        # it (`##### Keep the STAR method in mind …`) closes the notes and names no story; the question
        # it answers names it, when it has one.
        return replace(story, title=story.question.rstrip("?.! ")) if story.question else story
    named = next((c for c in story.section.children if part_heading(c.title.text) is None and part_role(c) is None), None)
    if named is None:
        return story
    # The questions it answers may be listed under its title (`### Questions :`): it asks the first.
    listed = [item.text for child in named.children if names_questions(child.title.text) for item in list_items(child)]
    question = story.question or (strip_quotes(listed[0]) if listed else None)
    return replace(story, title=without_numbering(named.title.text), code=heading.strip(" :*"), question=question)


_BANK_QUESTIONS = 2
# The parts a story holds under headings of their own: a heading named for one of them is a
# section of the heading above it, never a story of its own.
_PART_ROLES = {"star", "question", "probes", "principles"}


def _at_their_items(stories: list[Story], root: Section, read: list[Section]) -> list[Story]:
    """Each story at the heading where its evidence concentrates. A story found under a
    heading that names a part of it ("STAR Format Response", "Sub-prompts" over a list of
    questions) belongs to the heading above, when that heading holds no other STAR parts
    (another story, an unfilled entry, an explainer): the file's title over one story's
    parts is the story, not a container of it."""
    parents = {id(child): parent for parent in root.walk() for child in parent.children}
    lifted = []
    every = [o.section for o in stories] + read  # item_boundary passes over the section itself
    for story in stories:
        # A story that spans part of a heading's text (a run of bold parts) sits in that heading.
        section = story.section if id(story.section) in parents else holding(root, story.section.line)
        others = every if section is story.section else [o.section for o in stories if o is not story] + read
        if (parent := item_boundary(section, others, parents, _names_a_part)) is section:
            if coded := _coded_story_above(section, parents, stories):
                # Told in the subheading, named by the heading above: its code and title are the story's.
                code, title = split_title(coded.title.text)
                story = replace(story, title=without_numbering(title), code=code)
            lifted.append(story)
            continue
        code, title = split_title(parent.title.text) if parent is not root else (None, "")
        # A question taken from the part's list of follow-ups is one of them, not the story's.
        asked = [item.text for block in _opening_questions(section) if isinstance(block, ListBlock) for item in block.items]
        question = None if story.question in asked else story.question
        merged = _with_part(parent, section)
        lifted.append(replace(story, section=merged, title=without_numbering(title), code=code, question=question))
    return lifted


# "Story A", "Story 3", "Case Study 2": a code that calls its heading one story.
_STORY_NUMBER = re.compile(r"^(?:case study|story)(?: (?:[a-z]|\d+))?$")


def _coded_story_above(section: Section, parents: dict[int, Section], stories: list[Story]) -> Section | None:
    """The heading above a story's, when it is coded as one story and holds no other
    (`## Story A · Title` over `### Worked example` and a `### Your version` left blank):
    the story is named by it, whatever its subheadings are named."""
    parent = parents.get(id(section))
    code = split_title(parent.title.text)[0] if parent is not None else None
    if parent is None or code is None or not _STORY_NUMBER.match(normalize(code)) or _code_only(parent.title.text):
        return None  # "STORY : 4" names nothing: the heading under it names the story
    alone = not any(other.section is not section and parent.line <= other.section.line <= parent.end_line for other in stories)
    return parent if alone else None


def _names_a_part(section: Section) -> bool:
    """A heading that only names a part: "STAR Example: Security Dashboard" titles a story;
    "Answer Framework (STAR)" over the STAR part headings of the page's story is a part of it."""
    if split_title(section.title.text)[0] is not None:
        return False
    if _NAMES_STAR.search(section.title.text) and _CALLS_ITSELF_A_STORY.search(normalize(section.title.text)):
        return False  # "5. STAR-Style Success Story Example": the story itself, told in the form it names
    return part_role(section) in _PART_ROLES or answer_over_parts(section) or bool(_NAMES_STAR.search(section.title.text))


# "Quick Talking Points (STAR)", "STAR Breakdown": a heading named for the form its answer takes.
_NAMES_STAR = re.compile(r"\bSTAR\b")
_CALLS_ITSELF_A_STORY = re.compile(r"\bstory\b")


def answer_over_parts(section: Section) -> bool:
    """A heading named for an answer ("Answer Framework (STAR)") over STAR part headings."""
    return bool(ANSWER_HEADING.match(normalize(section.title.text))) and len(part_children(section)) >= 3


def part_role(section: Section) -> str | None:
    """The part of a story a heading holds: named by its heading, or under any name
    ("Sub-prompts") a list of questions alone, or questions with their answers: the
    follow-ups asked of the story."""
    if role := behavioral_role(section.title.text):
        return role
    return "probes" if _opening_questions(section) or _asks_and_answers(section) else None


def _asks_and_answers(section: Section) -> bool:
    """A part that is mostly questions with their answers (`**Q1: How did you …?**` then
    `**A**: …`, under any heading): the follow-ups asked of the story."""
    asked = read_probes(section)
    # "- Goal?", "- Stack?" over notes: one's own outline of a project, each mark a label heading
    # its notes, no question an interviewer puts (one asks in a sentence: "How did you settle it?").
    questions = [
        probe
        for probe in asked
        if probe.question.rstrip(' *"”').endswith("?") and len(probe.question.rstrip(' *"”?').split()) > _LABEL_WORDS
    ]
    return len(questions) >= _FEWEST_FOLLOW_UPS and 2 * len(questions) > len(asked)


_FEWEST_FOLLOW_UPS = 3
_LABEL_WORDS = 2


def _opening_questions(section: Section) -> list[Block]:
    """The list of questions a heading's text opens with (the follow-ups asked of a story)."""
    first = section.blocks[:1]
    items = first[0].items if first and isinstance(first[0], ListBlock) else []
    if len(items) < 2 or not all(asks(_REMARK_AT_END.sub("", item.text)) for item in items):
        return []
    return [] if any(_answered_below(item) for item in items) else first


def _answered_below(item: ListItem) -> bool:
    """A listed question over its story's parts in a list nested under it (`- S: …`, `- T: …`):
    the question the story answers, not a follow-up."""
    lines = [line for block in item.blocks if isinstance(block, ListBlock) for nested in block.items for line in nested.lines[:1]]
    return len({label.part for line in lines if (label := star_label(line, False, letters=True))}) >= 3


_REMARK_AT_END = re.compile(r"\s*\([^()]*\)\s*$")  # "What did you learn? (Manager)": a remark, the question before it


def _with_part(parent: Section, part: Section) -> Section:
    """The parent with the part in it. A heading that opens with its questions holds them
    only: the text after them (bold STAR labels written under the list) is the parent's own,
    the heading a level deeper than it should be."""
    questions = _opening_questions(part)
    if not questions:
        return parent
    asked = replace(part, blocks=questions, children=[])
    rest = part.blocks[len(questions) :]
    children = [child for child in parent.children if child is not part]
    return replace(parent, blocks=[*parent.blocks, *rest], children=[asked, *part.children, *children])


_EXAMPLE_TITLE = re.compile(r"^\W*(?:complete |full )?examples?\b", re.IGNORECASE)
_TO_PREPARE = re.compile(r"\b(?:stories to (?:prepare|have|write)|types? of stories|story (?:types|ideas))\b")


def _to_prepare(heading: str) -> bool:
    """A heading over kinds of stories to prepare; every name of one holds "stor", looked for
    first: the pattern tries its word boundary at each character of a heading."""
    words = normalize(heading)
    return "stor" in words and _TO_PREPARE.search(words) is not None


def _story_text(story: Story) -> str:
    return " ".join(line.text for part in story.section.walk() for block in part.blocks for line in block_lines(block))


_TEMPLATE_OTHERS = 3  # subheadings of other names a Template 1 page holds beside its own (phrases, traps)


def _topics(roles: list[str | None]) -> bool:
    """Whether subheadings with these roles are mostly a page's topics, not Template 1's fields."""
    return roles.count(None) > max(_TEMPLATE_OTHERS, len(roles) // 2)


def is_template_scenario(section: Section) -> bool:
    """Template 1: a heading with an interview-question subheading, or with one STAR answer
    and something else of the template's (its question on a line, follow-ups, principles)."""
    named = [behavioral_role(child.title.text) for child in section.children]
    if "question" not in named and "star" not in named:
        return False  # most headings: no subheading is either
    if named.count("question") >= _SIDE_BY_SIDE:
        return False  # `## Question:` again and again, each over its own answer: a bank, no one scenario
    if _topics(named):
        return False  # "## Question" among a page's many topics: a page of topics, no one scenario
    roles = dict(zip(named, section.children, strict=True))
    if any(_REQUIREMENTS.search(normalize(child.title.text)) for child in section.children):
        return False  # "## Questions" beside "## Functional Requirements": a design's part, its probes
    if question := roles.get("question"):
        if _topics([behavioral_role(under.title.text) for under in question.walk() if under is not question]):
            # A page titled '… - Interview Question' over its topics, at any depth (`# Collection
            # for behavioral interview question` over `## Amazon` over its questions): the page.
            return False
        # "You need to design a system ... Walk me through choosing" is a design question; a
        # subheading that tells a story by its own parts ("Example 1: A Common Behavioral
        # Question" over its Situation … Result) is that story, whatever its name says.
        if _ASKS_FOR_DESIGN.search(prose(question)) or _tells_star(question):
            return False
        # "### The Question" asking no story ("Tell me about yourself", "What is your greatest
        # weakness?") and no STAR part anywhere: a prepared answer, no story to time.
        asked = [line.text for part in question.walk() for line in text_lines(part)] or [question.title.text]
        return any(asks_what_happened(text) for text in asked) or _tells_star(section)
    if "star" not in roles:
        return False  # no STAR answer (_umbrellas): its lines need no look for a question
    others = roles.keys() - {None, "star"} or any(question_on(line) for line in section.paragraph_lines())
    return bool(others) and len(_umbrellas(section)) == 1


def _umbrellas(section: Section) -> list[Section]:
    """STAR-answer subheadings ("Complete STAR Response Example") that hold one answer.
    Several of them, or one carrying its own number ("Example 3: STAR answer"), are
    stories of their own."""
    found = [child for child in section.children if behavioral_role(child.title.text) == "star"]
    heading = found[0].title.text if len(found) == 1 else ""
    if not heading or without_numbering(heading) != heading.strip() or split_title(heading)[0]:
        return []
    # The answer is in the heading's own text or its part headings; STAR parts under a
    # titled subheading ("### Question: ...") are that subheading's story. A heading over
    # stories of their own (a file titled "STAR" over a bank of them) is no one's answer.
    parts = part_children(found[0])
    lines = told_lines(found[0], parts)
    letters = uses_letters(lines)
    labels = [label for told in lines if (label := told.label(letters=letters))]
    if not labels or (_starts_over(labels) and len(_runs(lines)) > 1):
        return []
    said = [told for told in lines if not told.ends]  # a thematic break after them tells nothing either
    if len(labels) == len(said) and not any(label.rest.strip() for label in labels):
        return []  # `# STAR` over `- Situation` … `- Result` and nothing else: the method's names, no answer told
    return [] if any(_tells_star(child) for child in found[0].children if child not in parts) else found


def _page_for_principle(section: Section) -> tuple[str, ...]:
    """The principle a page's title names as the one its stories are for ("# Frugality Stories",
    "# Dive Deep Story"): a page's own title only, a heading inside it so named being a group
    among others."""
    if section.level != 1 or not (named := _STORIES_OF.match(section.title.text.strip())):
        return ()
    return (found,) if (found := canonical_principle(named["name"])) else ()


_STORIES_OF = re.compile(r"^(?P<name>.+?)\s+(?:stor(?:y|ies)|examples?)$", re.IGNORECASE)


def _starts_over(labels: list[StarLabel]) -> bool:
    """Whether a part comes again or out of order: only there can a second run of parts start
    (`_runs`), so parts told once each in order are one run at most."""
    order = [_ORDER[part] for label in labels for part in (label.part, label.joined) if part]
    return any(after <= before for before, after in itertools.pairwise(order))


def _visit(
    section: Section,
    root: Section,
    levels: tuple[str, ...],
    principle: tuple[tuple[str, ...], int] | None,
    found: StoriesFound,
) -> None:
    stories = found.stories
    levels = (section_levels(section) if section is not root else ()) or levels
    if section is not root and (named := principles_in_heading(section.title.text) or _page_for_principle(section)):
        principle = (named, section.line)
    named_principle = principle or ((), 0)
    code, title = split_title(section.title.text)
    # Whether the heading frames stories of its own subheadings is asked only where a rule
    # would read the heading whole: it reads the subheadings' every line.
    if is_template_scenario(section) and not (section is not root and _holds_stories(section)):
        stories.append(Story(section, title, code, "interview-template", levels, None, *named_principle))
        return
    scenario = _scenario_prompt(section)
    apart = scenario[0] if scenario and _told_apart(section, scenario[1]) else None
    if apart:
        # A prompt over stories told under headings of their own, none named as its answer or
        # for a level (a front matter `prompt:`, a `**Question:**` line): it asks each of them.
        levels = section_levels(section) or levels
    elif scenario:
        prompt, answers = scenario
        story = Story(section, title, code, "scenario-prompt", _answer_levels(answers) or levels, prompt, *named_principle)
        stories.append(replace(story, answers=tuple(answers)))
        return
    if section is not root and (about_scene := scene_questions(section)):
        story = Story(section, title, code, "scenario-prompt", levels, about_scene[0][0], *named_principle)
        stories.append(replace(story, asked=tuple(about_scene)))
        return
    if section is not root and (scene := _scene_then_handling(section)):
        # `## Context` setting a scene for "you", then `## Handling` over the ways to deal with it: one answer to it.
        stories.append(Story(section, title, code, "prose-answer", levels, scene, *named_principle))
        return
    if _OUTLINE_HEADING.match(normalize(section.title.text)):
        # "## Table of Contents": its links to the page's parts ("Situation (20-30 seconds)")
        # tell nothing; the headings under it are read on their own.
        for child in section.children:
            _visit(child, root, levels, principle, found)
        return
    if numbered := _numbered_stories(section, levels, principle):
        stories.extend(numbered)
        for child in section.children:
            _visit(child, root, levels, principle, found)
        return
    consumed = part_children(section)
    every = _units(section, consumed)
    units = [unit for unit in every if not unit.unfilled]
    # A run of a bare word a part (`SITUATION: a` … `RESULT: d`) beside stories is a markup demo.
    said = [unit for unit in units if not unit.one_word_each]
    told = start = len(stories)  # a follow-up heading belongs to a story told since
    if units and (not said or _explains_star(section, said)):
        found.explainers.append(section)
    elif said:
        listed = tuple(principles_in_remark(section.title.text))
        stories.extend(replace(story, listed=listed) for story in _unit_stories(section, root, said, levels, principle, every))
    elif every:
        # Its parts are empty or hold only [prompts]: a story still to be written. The
        # headings under it are read on their own.
        found.unfilled.append(section)
        consumed = []
    elif section is not root and not apart and _short_story(section) and not _holds_stories(section):
        stories.append(
            Story(section, without_numbering(title), code, "star-parts", levels, _its_question(section), *named_principle)
        )
        return
    elif section is not root and not apart and (asked := _answered_in_prose(section)) and not _holds_stories(section):
        if answers := _answers_apart(section):
            # Each subheading one project told for the heading's question: an answer each, asked by it.
            for child in answers:
                child_code, child_title = split_title(child.title.text)
                own = principles_in_heading(child.title.text)
                tagged = (own, child.line) if own else named_principle
                stories.append(Story(child, without_numbering(child_title), child_code, "prose-answer", levels, asked, *tagged))
            return
        # Titled by what the heading states before it asks about it, when it does.
        stated = None if _about_an_experience(asked) else stated_before_asking(asked)
        title = stated.rstrip(".! ") if stated else title
        stories.append(Story(section, title, code, "prose-answer", levels, asked, *named_principle))
        return
    elif section is not root and not apart and _principle_told(section) and not _holds_stories(section):
        # "## Bias for Action" over what I did, at length, with no STAR labels and no question:
        # my story for that principle, asked with a question about it.
        stories.append(Story(section, title, code, "prose-answer", levels, None, *named_principle))
        return
    elif section is not root and not apart and (shown := _principles_over_deeds(section)) and not _holds_stories(section):
        # "## Lighthouse" over "1. Customer obsession:", "2. Ownership:", each over notes of what I did:
        # one project's story, told for each principle it shows.
        stories.append(Story(section, title, code, "prose-answer", levels, None, shown, section.line))
        return
    elif section is not root and not apart and (scene := _scene_answered(section)) and not _holds_stories(section):
        stories.append(Story(section, scene, code, "prose-answer", levels, scene, *named_principle))
        return
    elif section is not root and not apart and _problem_solved(section):
        # "### Problem 1: Stale cache …" over "**Solution:** I added …": an incident of mine, asked by its title.
        stories.append(Story(section, title, code, "prose-answer", levels, None, *named_principle))
        return
    elif section is not root and not apart and (scene := _scene_and_response(section)) is not None:
        # "- **Scenario**: A release slips." then "- **Response**:" over what to do: a situation to
        # handle, rehearsed as one whole answer, asked by its scene.
        stories.append(Story(section, without_numbering(title), code, "prose-answer", levels, scene or None, *named_principle))
        return
    elif section is not root and not apart and (example := labelled_example(section)) and not _holds_stories(section):
        title = _REMARK_AT_END.sub("", title)  # "Ownership (Critical for L6+)": a remark, not its name
        asked = _example_question(section, example)
        stories.append(Story(section, title, code, "example-answer", example.levels or levels, asked, *named_principle))
        return
    elif section is not root and not apart and (given := _example_told(section)):
        # "### Example: Good Failure Response" over a quoted answer of what I did, at length: a story told whole.
        stories.append(Story(section, given, code, "prose-answer", levels, None, *named_principle))
        return
    elif section is not root and not apart and (named_items := _stories_in_items(section)):
        # "## Backup stories" over `- **Scanner outage.** I pulled the logs …` bullets: a story told whole in each.
        slicer = _Slicer(section)
        for item, name in named_items:
            stories.append(Story(slicer.part(item.line, _item_end(item), item.line), name, None, "prose-answer", levels, None, *named_principle))
    elif section is not root and not apart and _coded_story_told(section):
        # "## Story 5: Release Train" over what I did, told in the past with no label: the code
        # says it is a story, rehearsed whole.
        stories.append(Story(section, title, code, "prose-answer", levels, None, *named_principle))
        return
    in_series: bool | None = None  # whether two or more of its children are principles told as stories
    noted = False  # ... or, if not, whether its principles are my notes for each, however terse (_principles_noted)
    for child in section.children:
        if units and child in consumed:
            continue
        if _FOLLOW_UP_HEADING.search(child.title.text) and len(stories) > told:
            # "(Follow-Up) What did you do next?" after a story asks about that story.
            stories[-1] = replace(stories[-1], follow_ups=(*stories[-1].follow_ups, child))
            continue
        if (
            len(stories) == start + 1
            and stories[start].section is section
            and consumed
            and child.line > consumed[0].line
            and asks_itself(child.title.text)
            and behavioral_role(child.title.text) != "question"
        ):
            # A question heading under a story's own heading, beside its parts ("### Who disagreed
            # and why?" after "#### Result"), is asked about that story, its text the answer;
            # a question heading that tells a story by its own parts is a story of its own.
            if not _tells_star(child):
                stories[start] = replace(stories[start], follow_ups=(*stories[start].follow_ups, child))
                continue
        told = len(stories)
        _visit(child, root, levels, principle, found)
        if len(stories) == told and (named := principles_in_heading(child.title.text)):
            if section is not root or child.level > 1:
                if in_series is None:
                    in_series = sum(map(_principle_told, section.children)) >= _SERIES_TOLD
                    noted = not in_series and _principles_noted(section)
                if (in_series and _principle_said(child)) or (noted and _principle_noted(child)):
                    # "## Invent and Simplify" over how I work, among principles told as stories:
                    # my answer for it too, as its siblings are.
                    stories.append(Story(child, split_title(child.title.text)[1], None, "prose-answer", levels, None, named, child.line))
                    continue
            # "## Earn Trust" with no story in it heads the stories after it, at its level.
            principle = (named, child.line)
    if section is not root and (best := _best_graded(stories[start:])) is not None and not _names_answers(section):
        # "📋 2 分回答", "**Strong answer:**": versions of one answer to the heading's question,
        # graded for the reader to compare, not stories of their own. The best is its model answer;
        # a heading that only holds them ("#### 範例回答") leaves the item to the one above it.
        asked = _frame_question(section) or (strip_quotes(title) if _is_question_code(code) else None)
        story = Story(section, title, code, "scenario-prompt", levels, asked, *named_principle)
        # A table after the last answer compares the grades (`| Dimension | Weak | Strong |`): no words of it.
        answer = replace(best.section, blocks=[block for block in best.section.blocks if not isinstance(block, Table)])
        stories[start:] = [replace(story, answers=(answer,))]
        return
    # Structure first: subheadings that each tell a story are items of their own, whatever
    # frames them (a template's question, a question heading, a prompt); the frame only asks them,
    # one story as well as several.
    if not apart and section is not root and (framed := _frame_question(section)) and _frames_stories(section):
        apart = framed
    if apart:
        stories[start:] = [story if story.question else replace(story, question=apart) for story in stories[start:]]


_FEWEST_TOLD = 2


def _answers_apart(section: Section) -> list[Section]:
    """The subheadings of a question heading with no text of its own that each tell one answer
    to it at length, two or more (`### Tell me about a recent project` over `#### Billing Cutover`
    and `#### Search Revamp`, each over its notes): none when a subheading has its own, asks,
    or names a part of one answer (its Situation, its follow-ups), a version or a level of it."""
    children = section.children
    if section.blocks or len(children) < _FEWEST_TOLD:
        return []
    for child in children:
        name = child.title.text
        if child.children or asks(name) or behavioral_role(name) or part_heading(name):
            return []
        if ANSWER_HEADING.search(normalize(name)) or levels_in(name):
            return []
    told = [child for child in children if words_in(" ".join(line.text for line in child.all_lines())) >= _PROSE_ANSWER_WORDS]
    return told if len(told) >= _FEWEST_TOLD else []


def _told_apart(section: Section, answers: list[Section]) -> bool:
    """Whether a prompt's answers are stories of their own: it only asks (`**Question:**`, not a
    scene set by a `**Setup:**`, a context or Situation and Task headings), and each answer tells
    a story under a heading not named as an answer or for a level."""
    if not answers or any(ANSWER_HEADING.search(normalize(a.title.text)) or levels_in(a.title.text) for a in answers):
        return False
    return _prompt(section)[1] == "question" and all(_tells_star(answer) for answer in answers)


def _short_story(section: Section, *, in_bank: bool = False) -> bool:
    """A heading coded as one item of several (`### 10b. Biggest mistake`), with no subheadings, whose own text tells
    two STAR parts by their own names, one of them told by "I" or "we": a story told short. Among stories
    told by their parts (`in_bank`), the same labels tell one whoever tells it (`**Action:** Used URI
    versioning …` then `**Result:** …`): the bank's author, in the bank's voice."""
    # ... or one that only says it is one's answer (`### My answer` over `* Situation: …` and `* Action: …`).
    answer = ANSWER_NAME.match(normalize(without_numbering(section.title.text))) is not None
    if section.children or not (item_code(section.title.text) or answer):
        return False  # subheadings are read on their own
    parts = part_children(section)
    if not may_open_parts(section, parts, _FEWEST_TOLD):
        return False
    units = _runs(told_lines(section, parts), fewest=_FEWEST_TOLD)
    if len(units) != 1 or units[0].named != {part for part, _ in units[0].parts}:
        return False
    told = (in_bank and not units[0].unfilled) or any(told_by_me(text) for text in units[0].openings.values())
    return told and not _explains_star(section, units)


def _holds_stories(section: Section) -> bool:
    """Two or more subheadings that each tell a story by their own structure (STAR parts under
    them), none a part of one: a heading over them is their frame, not one item."""
    # A story's or a template's own parts (Situation, its question, its STAR answer, its
    # follow-ups) are no stories of their own.
    candidates = [c for c in section.children if behavioral_role(c.title.text) is None and part_heading(c.title.text) is None]
    if len(candidates) < _FEWEST_TOLD:
        return False
    return sum(1 for child in candidates if _tells_star(child)) >= _FEWEST_TOLD


def _frames_stories(section: Section) -> bool:
    """Stories under a heading, each told under its own subheading: two or more, or its one
    subheading that is no part of a story (the others its follow-ups, its principles)."""
    own = [child for child in section.children if behavioral_role(child.title.text) is None]
    return _holds_stories(section) or (len(own) == 1 and _tells_star(own[0]))


def _frame_question(section: Section) -> str | None:
    """The question a frame asks of the stories under it: its heading when that asks, else its
    interview-question subheading's text."""
    # "🛠 A time when you saved the day": a prompt for a story, a mark before it none of its words.
    title = strip_quotes(_LEADING_MARKS.sub("", strip_quotes(split_title(section.title.text)[1])))
    if asks(title) or asks_what_happened(title):
        return title
    for child in section.children:
        if behavioral_role(child.title.text) == QUESTION and (text := prose(child)):
            return strip_quotes(text.split("\n\n")[0])
    # `## Bias for action` over "A time you took a calculated risk? What was the situation? …" alone:
    # the first question of its own text, the rest being what an answer should cover.
    lines = section.paragraph_lines()
    if lines and all(isinstance(block, Paragraph) for block in section.blocks) and all(asks(line.text) for line in lines):
        return strip_quotes(_AFTER_FIRST_QUESTION.split(lines[0].text, maxsplit=1)[0])
    return None


_AFTER_FIRST_QUESTION = re.compile(r"(?<=[?\uff1f])\s+")


def _may_pose_scenario(section: Section) -> bool:
    """A cheap look before _scenario_prompt reads a heading's every label: with no subheading to
    answer it, only a scene with a list of the questions to address poses one (its last rule)."""
    return bool(section.children) or bool(questions_to_address(section))


def _scenario_prompt(section: Section) -> tuple[str | None, list[Section]] | None:
    """(the question, the answers) when a heading poses a scenario and answers it below.

    The prompt is in its own text (a quoted paragraph, or a `**Setup:**`, `**Scenario:**`
    or `**Your Task:**` label) or in Situation and Task subheadings that set the scene
    (with no Action or Result heading). Answers are subheadings named for one ("L6 Model
    Answer", "Strong L7 Response"); after a label or a scene, also subheadings named for a
    level ("L7 Response Framework") or telling a STAR answer; after a `**Setup:**` label,
    every other subheading ("Vendor Crisis Response")."""
    if not _may_pose_scenario(section):
        return None
    # A scene is set under headings named Situation and Task themselves: a design write-up's
    # `## Problem` over `## Answer` poses no scenario.
    parts = [child for child in section.children if _is_part(child) and star_name(normalize(child.title.text))]
    # The scene opens the heading: a `### situations` after its notes on the interview lists projects.
    scene = parts if parts and {part_heading(child.title.text) for child in parts} <= {"Situation", "Task"} and section.children[: len(parts)] == parts else []
    prompt, label = _prompt(section)
    if (prompt is None and not scene) or (prompt and _ASKS_FOR_DESIGN.search(prompt)):
        return None  # "**Scenario**: Design a URL shortener" sets a design problem, not a story
    if any(line.lead_bold and _REQUIREMENTS.search(normalize(line.lead_bold)) for line in section.paragraph_lines()):
        # "**Scenario:** You're building order processing" over "**Requirements:**": a system's, as a
        # design exercise states them before asking how to build it; no story has them.
        return None
    if any(not unit.unfilled for unit in _units(section, parts)):
        label, scene = None, []  # its own text tells a story: only a named answer sits under it

    def answers(child: Section, told: list[Section]) -> bool:
        if ANSWER_HEADING.search(normalize(child.title.text)):
            return True
        if not (label or scene):
            return False  # a quoted paragraph alone (a principle's motto) sets no scene
        named = child.title.text
        any_name = label == "setup" and behavioral_role(named) is None and not _grades_answers(child)
        return bool(levels_in(named)) or bool(told) or any_name

    # A heading over stories told under headings of their own (a page's "Top 15 Stories" below
    # a front matter `prompt:`, or one under a coded title, "## Script 1: Title") holds items,
    # not the answer: the page's question answers none of them.
    found = [
        child
        for child in section.children
        if child not in parts
        and len(told := _story_headings(child)) < 2
        and not any(split_title(part.title.text)[0] for part in told if part is not child)
        and answers(child, told)
    ]
    if not found:
        # A scene to answer with no model answer: a `**Context:**` or `**Setup:**` prompt and
        # the questions the answer must address ("- How do you evaluate the trade-off?").
        return (prompt, []) if label in ("setup", "context") and not section.children and questions_to_address(section) else None
    if prompt is None:
        prompt = "\n".join(text for part in scene if (text := prose(part))) or None
    return prompt, found


# "## Table of Contents", "## On this page": the page's outline, links to its parts.
_OUTLINE_HEADING = re.compile(r"^(?:table of contents|contents|toc|on this page|in this (?:guide|page|document))$")
# "Scenario Overview", "The Setup", "Background": a heading that holds only the scene.
_SCENE_HEADING = re.compile(
    r"^(?:the )?(?:scenario|situation|setup|set up|context|background|case)(?: overview| setup| description| details)?$"
)
_FEWEST_SCENE_QUESTIONS = 2


@lru_cache(maxsize=4096)  # each subheading's title, of each heading: the same titles recur across files
def _names_scene(heading: str) -> bool:
    return _SCENE_HEADING.match(normalize(without_numbering(heading))) is not None


def scene_questions(section: Section) -> list[tuple[str, int]]:
    """The questions a page asks about a scene it sets for "you" under a heading of its own
    (`## Scenario Overview`): subheadings of another heading, each with its `**Question**:`
    line ("### 2. Root Cause Analysis" then `**Question**: "What might …?"`), two or more.
    The first is the scenario's question, the others its follow-ups."""
    scene = next((c for c in section.children if _names_scene(c.title.text)), None)
    told = prose(scene) if scene is not None else ""
    if not _ADDRESSED_TO_YOU.search(told) or _TOLD_BY_ME.search(told):
        return []
    asked = []
    for heading in (heading for child in section.children if child is not scene for heading in child.children):
        lines = heading.paragraph_lines()
        # One question it opens with; a run of `**Q**:` / `**A**:` lines is a drill of follow-ups.
        if lines and (found := question_on(lines[0])) and not any(question_on(line) for line in lines[1:]):
            asked.append((found, lines[0].number))
    return asked if len(asked) >= _FEWEST_SCENE_QUESTIONS else []


# "## Handling", "## How to handle it", "## Solution": the heading over what to do about a scene.
_HANDLING_HEADING = re.compile(r"^(?:handling(?: it)?|how to handle(?: it)?)$")


def _scene_then_handling(section: Section) -> str | None:
    """The scene a heading's first subheading sets for "you" (`## Context`: "Your team found …,
    the onus is on you"), told by no one, when a later subheading names how it is handled
    (`## Handling` over `### Approach 1 - …`): the heading is one scenario, answered below."""
    children = section.children
    if len(children) < 2 or not _names_scene(children[0].title.text):
        return None
    names = [normalize(without_numbering(child.title.text)) for child in children[1:]]
    if not any(_HANDLING_HEADING.match(name) or _SOLUTION_HEADING.match(name) for name in names):
        return None
    told = prose(children[0])
    return told if _ADDRESSED_TO_YOU.search(told) and not _TOLD_BY_ME.search(told) else None


# "Imagine you lead a migration and the budget is cut. How would you adjust?": a scene put to
# "you", answered with what I would do.
_HYPOTHETICAL = re.compile(r"^\W*(?:imagine|suppose|say)\b.*\b(?:how|what) would you\b", re.IGNORECASE)
_WOULD = re.compile(r"\bI(?: would|['\u2019]d)\b", re.IGNORECASE)
_PROSE_ANSWER_WORDS = 40
# "I shipped", "we then cut", "I was": what I did, told in the past (a practice described in
# the present, "I mentor juniors by ...", answers how one works, not what happened).
_PAST_VERBS = (
    # ... but a present verb that only ends like a past one ("I need you to …", "we proceed") tells nothing that happened.
    r"(?:(?!(?:need|feed|proceed|succeed|exceed|speed|heed)\b)\w+ed|was|were|had|did(?:n['\u2019]t)?|led|built|made|took|ran|wrote|sent|set|got|went|found|chose|began|brought"
    r"|taught|spent|told|kept|put|gave|drove|saw|met|won|lost|cut|felt|left|became"
    # What happened as results are told ("Failures fell to 0.6%", "Revenue rose"): irregular pasts
    # that are no present form too.
    r"|fell|rose|grew|shrank|came|stood|held|paid|sold|bought|caught|thought|knew|drew|broke|spoke|froze"
    r"|sank|overcame|understood|forgot|sought|fought|dealt|meant|fled|struck|threw|flew|swung|oversaw"
    r"|undertook|rebuilt|rewrote|outgrew)"
)
_TOLD_IN_PAST = re.compile(rf"\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?{_PAST_VERBS}(?!\w)", re.IGNORECASE)
_PAST = re.compile(rf"\b{_PAST_VERBS}(?!\w)", re.IGNORECASE)
_PAST_WORDS = 3  # what I did, and more of the story told in the past around it


def past_verbs(text: str) -> int:
    """How many verbs in the past the text holds ("Sorted 300 pages, removed dead alerts")."""
    return len(_PAST.findall(text))


_ASKED_LAST = re.compile(r"^(?P<stated>[^?]*?[.!])\s+(?=\S[^.!]*\?\W*$)")


def stated_before_asking(heading: str) -> str | None:
    """The statement a heading makes before the question it closes on (`You led a team to
    build X. How did you manage it?`): "You led a team to build X."; None when it has none."""
    found = _ASKED_LAST.match(heading.strip())
    return found["stated"] if found else None


def _answered_in_prose(section: Section) -> str | None:
    """The question a heading answers in the first person with no STAR parts: the heading
    is the question ("Tell me about a time you failed.") or its text gives one on a line
    (`**Question:** "…"`), and the text under it (an `**Example Answer:**` quote, a few
    paragraphs) tells what I did. Rehearsed as one whole answer."""
    # The question as a line gives it in full; a heading may name it short.
    asked_lines = [found for line in section.paragraph_lines() if (found := question_on(line))]
    if len(asked_lines) >= _FEWEST_TOLD:
        return None  # `**Question 1: …**`, `**Question 2: …**`, each over its answer: a prepared answer each
    labelled = asked_lines[0] if asked_lines else None
    asked = labelled if labelled and _about_an_experience(labelled) else _heading_asks(section.title.text)
    if asked is None:
        return None
    below = [part for part in section.walk() if part is not section]
    if _tells_star(section) or any(asks_what_happened(strip_quotes(without_numbering(p.title.text))) for p in below):
        return None  # its parts are told elsewhere, or it heads other questions
    blocks = [block for part in section.walk() for block in part.blocks if not isinstance(block, Code)]
    # A `**Bad answer**: "I worked too hard …"` line shows what not to say: it answers nothing.
    text = " ".join(
        line.text
        for block in blocks
        for line in block_lines(block)
        if not (line.lead_bold and _BAD_ANSWER_LABEL.match(normalize(line.lead_bold)))
    )
    told = bool(_TOLD_IN_PAST.search(text)) and len(_PAST.findall(text)) >= _PAST_WORDS
    if told and _advises(blocks):
        return None
    if _HYPOTHETICAL.match(asked):
        told = len(_WOULD.findall(text)) >= _PAST_WORDS  # a scene put to me, answered with what I would do
    return asked if len(text.split()) >= _PROSE_ANSWER_WORDS and told else None


@lru_cache(maxsize=4096)  # a heading's title: the same titles recur through a file and across files
def _heading_asks(title: str) -> str | None:
    """The question about an experience a heading asks, its code and label left out; None
    when it asks none."""
    # "Q2. Describe a time …", "4) Give me an example …": the code is none of the question; the quotes
    # around the whole heading (`### "How do you weigh a risky launch?"`) go first, or the code's marks take the opening one.
    heading = strip_quotes(_QUESTION_MARKS.sub("", strip_quotes(without_numbering(title))))
    label, value = _plain_label(heading)
    heading = value if meaning(label) == QUESTION else heading  # "Q1 — tell me about a time …"
    if heading and _about_an_experience(heading):
        return heading
    if (stated := stated_before_asking(heading)) and _about_an_experience(heading[len(stated) :].strip()):
        return heading  # "You led a team of interns to build X. How did you handle that?"
    return None


# A quoted example, to its closing quote or, left open, to the end of its line.
_QUOTED_TO_END = re.compile(r"[\"\u201c][^\"\u201d]*(?:[\"\u201d]|$)")


def _advises(blocks: Iterable[Block]) -> bool:
    """Advice on answering the question ("begin your response by …", "the bulk of your answer
    should be …") with an example or two quoted in it: outside its quotes and questions it
    speaks to the reader more often than it tells what I or we did."""
    lines = [line.text for block in blocks for line in block_lines(block) if not asks(strip_quotes(line.text))]
    unquoted = " ".join(_QUOTED_TO_END.sub(" ", text) for text in lines)
    return len(_SECOND_PERSON.findall(unquoted)) > len(_TOLD_IN_PAST.findall(unquoted))


_PRINCIPLE_STORY_DEEDS = 3  # several things I did: a story, not an aside about one's interview


def _principles_over_deeds(section: Section) -> tuple[str, ...]:
    """The principles a heading with no subheadings lists as its own items, half of them or more
    (`1. Customer obsession:`, `2. Insist on the highest standards (FAILURE):` over its notes), when
    the notes under them are mine and tell three things or more done in the past, terse or not
    ("Proposed that we use …"): one story shown by each of them. Empty otherwise."""
    if section.children or split_title(section.title.text)[0]:
        return ()
    items = [item for block in section.blocks if isinstance(block, ListBlock) for item in block.items if item.lines]
    named = [canonical_principle(_REMARK_AT_END.sub("", item.lines[0].text.strip().rstrip(":")).strip()) for item in items]
    found = [name for name in named if name]
    if not found or 2 * len(found) < len(items):
        return ()
    if 2 * sum(map(defines_principle, (item.text for item in items))) >= len(items):
        return ()  # each principle over its definition ("Leaders start with the customer …"): a reference, no deeds of mine
    told = " ".join(line.text for block in section.blocks for line in block_lines(block))
    return tuple(dict.fromkeys(found)) if told_by_me(told) and past_verbs(told) >= _PRINCIPLE_STORY_DEEDS else ()


def _principle_told(section: Section) -> bool:
    """A heading that only names a principle (or whose first line only names principles, `>
    Deliver Results`), with no subheadings, over a story of mine told in prose: three things
    or more that I or we did, in the past, in 80 words or more."""
    code, title = split_title(section.title.text)
    named = principle_in_heading(section.title.text)
    if code or section.children:
        return False
    if (named is None or named != canonical_principle(without_numbering(title))) and not opening_principles(section)[0]:
        return False
    return _told_at_length(own_text(section)) and not _lists_questions(section)


def _lists_questions(section: Section) -> bool:
    """A heading's own list items, two or more and half of them, asking questions (`- Tell me
    about a time you …`, a line of an answer under some): the questions a principle is asked with."""
    items = list_items(section, deep=False)
    asked = sum(asks(item.lines[0].text) for item in items if item.lines)
    return asked >= _FEWEST_TOLD and 2 * asked >= len(items)


def own_text(section: Section) -> str:
    """The words of a heading's own text, code left out, as one line."""
    return " ".join(line.text for block in section.blocks if not isinstance(block, Code) for line in block_lines(block))


def _told_at_length(text: str) -> bool:
    """Three things or more that I or we did, in the past, in 80 words or more: a story told in prose."""
    return len(text.split()) >= 2 * _PROSE_ANSWER_WORDS and len(_TOLD_IN_PAST.findall(text)) >= _PRINCIPLE_STORY_DEEDS


_SERIES_TOLD = 2


def _principle_said(section: Section) -> bool:
    """A heading that only names a principle, with no subheadings, over what I say of it in my
    own words at some length (40 words), told in the past or not."""
    if section.children or split_title(section.title.text)[0]:
        return False
    # Not the questions it lists ("Tell me about a time you …") nor its parts' labels left empty:
    # a principle's definition (`> We value calculated risk`) over them says nothing of mine.
    said = [line.text for block in section.blocks if not isinstance(block, Code) for line in block_lines(block) if not asks(line.text)]
    text = " ".join(said)
    if sum(bool(_EMPTY_LABEL.match(line)) for line in said) >= _EMPTY_PARTS and not _told_at_length(text):
        return False
    return len(text.split()) >= _PROSE_ANSWER_WORDS and bool(_FIRST_PERSON.search(text))


_NOTED_SERIES = 3  # principle headings over notes that make a heading's subheadings one's notes per principle


def _principles_noted(section: Section) -> bool:
    """Whether a heading's subheadings, three or more and half of them or more, only name a
    principle each over notes of mine on what happened (`## Frugality` over `отложили аудио
    звонки …`, 'we put off the calls'): two or more of them said by "I" or "we" in any language,
    most telling something in the past, none said to "you", none defining its principle nor
    listing the questions it is asked with. My notes for each principle, however terse (a
    pointer to a story, habits in a line): each one's answer. A line per principle on how I
    work, in the present (`I say what I do not know`), is a statement of it, no story."""
    named = [child for child in section.children if _principle_noted(child)]
    if len(named) < _NOTED_SERIES or 2 * len(named) < len(section.children):
        return False
    beside = [_beside_definition(child) for child in named]
    # The principles' definitions copied out, most of them, each with my cues beside it (`> clinic booking
    # app, …` over "Leaders start from what the customer needs …"): the cues are my notes of the stories
    # to tell, in the past or not, and the definitions none of my words.
    annotated = 2 * sum(text is not None for text in beside) > len(named) and all(text != "" for text in beside)
    texts = [own_text(child) if text is None else text for child, text in zip(named, beside, strict=True)]
    if any(_SECOND_PERSON.search(text) or defines_principle(text) for text in texts) or any(map(_lists_questions, named)):
        return False
    past = sum(bool(past_verbs(text) or _RUSSIAN_PAST.search(text)) for text in texts)
    return sum(bool(_FIRST_PERSON.search(text)) for text in texts) >= _FEWEST_TOLD and (annotated or 2 * past > len(texts))


def _beside_definition(section: Section) -> str | None:
    """The words under a principle's heading beside the paragraph that defines it: one's own,
    added to the company's; None when no paragraph defines it."""
    blocks = [" ".join(line.text for line in block_lines(block)) for block in section.blocks if not isinstance(block, Code)]
    if not any(map(defines_principle, blocks)):
        return None
    return " ".join(text for text in blocks if not defines_principle(text))


# A Russian verb in the past (`выучил`, `выпустили`, `сократилось`): Russian says who did it by
# the verb's ending, or leaves it out of notes; its past is told by the -л- forms (the letters written
# as escapes: several look like Latin ones).
_RUSSIAN_PAST = re.compile(
    r"\b[\u0430-\u044f\u0451]{2,}[\u0430\u0435\u0438\u043e\u0443\u044b\u044f\u0451]\u043b[\u0430\u0438\u043e]?(?:\u0441[\u044c\u044f])?\b",
    re.IGNORECASE,
)


def _principle_noted(section: Section) -> bool:
    """A heading that only names a principle, with no subheadings, over some words of its own that do not ask
    (the principle's definition copied out, "Leaders operate at all levels …", is none of them)."""
    code, title = split_title(section.title.text)
    if section.children or code or (named := principle_in_heading(section.title.text)) is None:
        return False
    if named != canonical_principle(without_numbering(title)):
        return False  # "## Ownership (10 Examples)": a principle's heading over more than my notes
    said = [
        line.text
        for block in section.blocks
        if not isinstance(block, Code)
        for line in block_lines(block)
        if not asks(line.text) and not defines_principle(line.text)
    ]
    return any(said)


# `**Problem:**` alone on its line, nothing after it: a part still to write; two or more, a story still to write.
_EMPTY_LABEL = re.compile(r"^\W*\w[\w /&-]{0,24}:\W*$")
_EMPTY_PARTS = 2


# "Example: Good Failure Response", "Example 2 - Influence Story": a heading naming an example it gives.
_EXAMPLE_HEADING = re.compile(r"^(?:an? )?example\s*\d*\s*[:.\u2014\u2013-]\s*(?P<name>\S.*)$", re.IGNORECASE)


def _example_told(section: Section) -> str | None:
    """The name of an example heading with nothing under it but what I or we did, told in the
    past at length (80 words, three deeds), quoted or not: a story given as the page's example."""
    if section.children or not (found := _EXAMPLE_HEADING.match(without_numbering(section.title.text).strip(" *"))):
        return None
    if not _told_at_length(strip_quotes(own_text(section))):
        return None
    # "Good Failure Response": the failure story, the word praising it no part of its name.
    return _PRAISE.sub("", found["name"].strip(" *:")) or found["name"].strip(" *:")


_PRAISE = re.compile(r"^(?:good|great|strong|sample|model|ideal|excellent)\s+", re.IGNORECASE)


# "Backup stories", "More stories", "Story bank": a heading that says it holds stories.
_NAMES_STORIES = re.compile(r"\bstor(?:ies|y bank)\b")
_ITEM_STORY_WORDS = 20  # a few sentences: a backup story is told in brief


def _stories_in_items(section: Section) -> list[tuple[ListItem, str]]:
    """Under a heading named for stories, the list items, two or more and half the list or more,
    that each open with a bold name and go on to tell what I did, in the past
    (`- **Scanner outage (Acme).** One Monday I pulled …`): each item and its name."""
    if not _NAMES_STORIES.search(normalize(section.title.text)):
        return []
    found = []
    for block in section.blocks:
        if not isinstance(block, ListBlock):
            continue
        told = []
        for item in block.items:
            lines = item.lines
            name = lines[0].lead_bold if lines else None
            rest = " ".join([lines[0].after_lead, *(line.text for line in lines[1:])]) if lines else ""
            if name and len(rest.split()) >= _ITEM_STORY_WORDS and _TOLD_IN_PAST.search(rest):
                told.append((item, name.strip(" .:")))
        if len(told) >= _BANK_STORIES and 2 * len(told) >= len(block.items):
            found += told
    return found


def _coded_story_told(section: Section) -> bool:
    """A heading coded as a story (`Story 5:`, `Case Study 2:`), nothing under it, over what I
    did told in the past at length."""
    code = split_title(section.title.text)[0]
    if section.children or code is None or not _STORY_NUMBER.match(normalize(code)):
        return False
    return told_in_past(own_text(section))


def told_in_past(text: str) -> bool:
    """Whether a text tells what I or we did, in the past, at some length: an answer told in prose."""
    return (
        len(text.split()) >= _PROSE_ANSWER_WORDS and bool(_TOLD_IN_PAST.search(text)) and len(_PAST.findall(text)) >= _PAST_WORDS
    )


_BAD_ANSWER_LABEL = re.compile(r"^(?:bad|weak|poor|wrong|avoid|dont say|never say)\b")


def _about_an_experience(text: str) -> bool:
    return asks_what_happened(text) or bool(_HYPOTHETICAL.match(text))


# "Q4.", "Scenario:": how a question heading is coded or labelled, not its words.
_QUESTION_MARKS = re.compile(r"^\W*(?:q\d+\s*[.):]\s*)?(?:scenario\s*\d*\s*[:.\-\u2013—]\s*)?", re.IGNORECASE)
# How a question or an instruction opens; a scene opens with who or what ("The team missed ...").
_NOT_A_SCENE = re.compile(
    r"^(?:how|what|why|when|where|which|who|whom|whose|is|are|do|does|can|should|would|explain|describe|define|"
    r"compare|walk|tell|design|list|give|discuss|name|share|talk|build|implement|write)\b",
    re.IGNORECASE,
)
_ANSWER_LABEL = re.compile(r"^(?:(?:sample|model|my|suggested|example)\s+)?(?:answer|approach|response)$")


def _scene_answered(section: Section) -> str | None:
    """The scene a question heading sets ("Q13. Scenario: The team missed a critical
    deadline.", "Q4. A high performer says they are bored. What do you do?") when an
    `**Answer:**` label under it answers it: a concrete situation to handle, rehearsed as
    one whole answer. A question about how one works in general ("How do you run 1:1s?") is
    advice, not a scene."""
    if section.children or (scene := _scene_in_heading(section.title.text)) is None:
        return None
    labels = (line.lead_bold for line in section.paragraph_lines() if line.lead_bold)
    return scene if any(_ANSWER_LABEL.match(normalize(label)) for label in labels) else None


@lru_cache(maxsize=4096)  # a heading's title: the same titles recur through a file and across files
def _scene_in_heading(title: str) -> str | None:
    """The scene a heading coded or labelled as a question sets, its code left out; None
    when it sets none (it asks how one works in general, or opens with no full sentence)."""
    marked = _QUESTION_MARKS.match(title)
    scene = strip_quotes(title[marked.end() if marked else 0 :]).strip()
    if not marked or not marked.group().strip():
        return None  # a heading coded or labelled as a question
    # A text written all in lower case ("q4. a high performer is bored. what do you do?")
    # ends its sentences before any word, not only a capital.
    first = (_SENTENCE_END if scene != scene.lower() else _LOWER_SENTENCE_END).split(scene)[0]
    if not first.endswith(".") or _NOT_A_SCENE.match(first):
        return None
    return scene


def _scenario_then_solution(root: Section) -> str | None:
    """The scene a page opens with under a top heading that only names it (`# Scenario`, the
    situation and what to do, asked of the reader: "Explain what you'd be doing right now"),
    when a later top heading names the answer (`# Solution`, `# My answer`): the page is one
    answer to it, however much background sits between (`# Some Remarks`)."""
    tops = root.children
    if len(tops) < 2 or not _SCENE_LABEL.match(normalize(without_symbols(without_numbering(tops[0].title.text)))):
        return None
    if not any(_SOLUTION_HEADING.match(normalize(without_symbols(without_numbering(top.title.text)))) for top in tops[1:]):
        return None
    said = " ".join(line.text for line in text_lines(tops[0]))
    return said if said and _ASKED_TO_HANDLE.search(said) else None


_SOLUTION_HEADING = re.compile(r"^(?:(?:my|the|proposed|suggested)\s)?(?:solution|answer|response)s?$")
# "Explain what you'd be doing", "How would you handle …?", "What would you do?": the scene asks the reader to act.
_ASKED_TO_HANDLE = re.compile(r"\?|\b(?:explain|describe|walk (?:us|me) through)\b.*\byou(?:'d|\u2019d| would)\b", re.IGNORECASE)


_SCENE_LABEL = re.compile(r"^(?:the )?scenario$")  # a Situation or Context label is a STAR part's
_RESPONSE_LABEL = re.compile(
    r"^(?:(?:sample|model|my|suggested|example|recommended|detailed)\s+)?(?:answer|approach|response)(?: framework| strategy)?$"
    r"|^how to (?:respond|handle it|handle|answer)$"
)
_SCENARIO_CODE = re.compile(r"^scenario \d+$")
_LABEL_MARKS = " -*_>#"
_SCENE_OR_RESPONSE = (
    "scenario", "the scenario", "response", "answer", "approach", "how to", "sample", "model", "my ", "suggested", "example", "recommended",
    "detailed", "q", "the question", "prompt", "interview question",
)  # fmt: skip
_LABEL_INITIALS = "qpti"  # a question's label: Question, Q, Prompt, The question, Interview question


def _scene_and_response(section: Section) -> str | None:
    """The scene a heading sets for "you" under a `**Scenario**:` label, when a `**Response**:`
    (`**Answer Framework:**`, `**Approach:**`) label after it gives what to do; "" when the
    heading is itself coded as a scenario (`## Scenario 2: Sprint Failing Halfway`) over such a
    response. None when it is neither: a scene told by "I" is a story's part."""
    if section.children:
        return None
    coded = _SCENARIO_CODE.match(normalize(split_title(section.title.text)[0] or ""))
    scene = None
    for block in section.blocks:
        for line in block_lines(block):
            if not line.text.lstrip(_LABEL_MARKS).lower().startswith(_SCENE_OR_RESPONSE):
                continue  # most lines: no label of either kind (a label's words read only where one may be)
            label, value = label_and_value(line)
            name = normalize(label) if label else ""
            if scene is None and value and _SCENE_LABEL.match(name) and not told_by_me(value):
                scene = strip_quotes(value)
            elif scene is None and value and name[:1] in _LABEL_INITIALS and meaning(name) == QUESTION:
                # "**Question**: Your company runs a ten-year-old monolith. How would you …?": the scene,
                # put as the question; "How would you build a team?" asks how one works in general.
                if not _sets_scene(strip_quotes(value)):
                    return None
                scene = strip_quotes(value)
            elif _RESPONSE_LABEL.match(name) and (scene is not None or coded):
                return scene or ""
    return "" if coded and _label_over_list(section) else None


# "Problem 1", "Problema 2", "Incident 3": a heading coded as one of the problems a page lists.
_PROBLEM_CODE = re.compile(r"^(?:problem|problema|problème|incident|issue|challenge)\s*\d+$")
# "**Solution:**", "**Solução:**", "**Solución:**": what was done about it.
_SOLUTION_LABEL = re.compile(r"^(?:my |the )?(?:solution|solução|solucao|solución|solucion|fix|resolution)$")


def _sets_scene(text: str) -> bool:
    """Whether a question opens by setting a scene in a sentence of its own, then asks about it
    ("An executive pushes a decision you think is wrong. How do you handle it?")."""
    first = _SENTENCE_END.split(text)[0]
    return first != text and first.endswith(".") and not _NOT_A_SCENE.match(first) and "?" in text


def _problem_solved(section: Section) -> bool:
    """A heading coded as a problem (`### Problema 1: Cache desatualizado …`) over a `**Solution:**`
    label and text told by "I" in the past (`Implementei …`, `I added …`): an incident of the
    candidate's own, told whole. Not a design's list of problems and their fixes, told by no one."""
    code = split_title(section.title.text)[0]
    if section.children or not code or not _PROBLEM_CODE.match(normalize(code)):
        return False
    labels = [normalize(label) for block in section.blocks for line in block_lines(block) if (label := label_and_value(line)[0])]
    told = own_text(section)
    return any(_SOLUTION_LABEL.match(label) for label in labels) and told_by_me(told)


def _label_over_list(section: Section) -> bool:
    """A heading's whole text one label alone on its line over a list (`**Use:**` over what
    to do), the label naming no part of a story."""
    if len(section.blocks) != 2 or not isinstance(section.blocks[1], ListBlock):
        return False
    first = section.blocks[0]
    if not isinstance(first, Paragraph) or len(first.lines) != 1:
        return False
    label, value = label_and_value(first.lines[0])
    return bool(label) and not value and behavioral_role(label) is None and star_label(first.lines[0], False) is None


# "**Example:**", "**Example Response:**", "**L6 Story Example**", "**Sample Answer:**", "**My
# answer**", "**Good answer:**": a label over an answer given as an example (not "**Bad answer**").
_EXAMPLE_LABEL = re.compile(
    r"^(?:l\d+\s+)?(?:(?:good|strong|great|sample|model|my|example|story|suggested|ideal|full|answer)\s+)*"
    # "Answer Script", "Talking Points", "Narrative": the answer as the author would say it
    r"(?:example|sample|answer|response|story|script|narrative|talking points?|telling)"
    r"(?:\s+(?:answer|response|story|structure|script))*$"
)
_PLAIN_NOT_AN_ANSWER = frozenset({"example", "response"})
# "The integer 123456 would be encoded as …", "A request for /abc is redirected to …": an example
# that shows a thing working, in the present or as it would be, not what someone did.
_ILLUSTRATES = re.compile(r"^(?:the|an?)\s+\w+(?:\s+\S+){0,4}?\s+(?:is|are|would be|will be|gets?|becomes?)\b", re.IGNORECASE)
_EXAMPLE_PAST_WORDS = 2
_OPENS_WITH_DEED = re.compile(rf"(?:^|[.!?]\s+)(?:[A-Z]\w+ly\s+)?{_PAST_VERBS}\b", re.IGNORECASE)
_EXAMPLE_WORDS = 15  # "I set up open-source monitoring instead, saving $50K a year": one sentence tells it


@dataclass(frozen=True)
class LabelledExample:
    line: int  # the label's line: a question listed before it is the one asked
    levels: tuple[str, ...]  # a level the label names ("**L7 Story Example**")
    words: int


def labelled_example(section: Section) -> LabelledExample | None:
    """An example answer under a label in a heading's own text (a principle's section, a
    question heading), told as what happened: in the first person or opening with what was
    done ("Mentored a junior …"), with no [blanks] to fill in. The text runs from the label
    to the next label. A heading named for a STAR part ("## S - Situation") illustrates that part."""
    if section.children or part_heading(section.title.text) or _asked_in_list(section):
        return None
    lines = [line for block in section.blocks if not isinstance(block, Code) for line in block_lines(block)]
    listed = _listed_lines(section) if names_a_bank(section.title.text) else set()
    if sum(asks(line.text) for line in lines if line.number in listed) >= _QUESTIONS_ANSWERED:
        return None  # "### 15 Questions Asked in Most Loops" over its numbered questions: each answered, no one example
    answered = [number for number, line in enumerate(lines[1:], 1) if _answers_it(line) and _asked_before(lines[:number])]
    if len(answered) >= _QUESTIONS_ANSWERED:
        return None  # `- Who was your hardest customer?` then `**Answer**`, again and again: each question's answer, no one example
    for number, line in enumerate(lines):
        # Bold, or plain or italic (`*Talking points:* …`, `Script: …`).
        if line.lead_bold:
            label, value = line.lead_bold, line.after_lead
        elif ":" in line.text:
            label, value = label_and_value(line)
        else:
            continue  # most lines are text, no label
        if not (label and _EXAMPLE_LABEL.match(named := normalize(label))):
            continue
        if any(_design_put(before) for before in lines[:number]):
            return None  # `**My response**:` to `**Interviewer**: "Design a news feed …"`: a design's opening, no story
        if not line.lead_bold and named in _PLAIN_NOT_AN_ANSWER and not (_prompts(section) and _quoted_by_me(value)):
            # A plain `Example: …` or `Response: 200 OK` in notes illustrates, answers nothing; one
            # quoting me under a question (`✅ Example: "I stayed late to …"`) is my answer to it.
            continue
        own = value.lstrip(LABEL_SEPARATORS)
        if line.lead_bold and _ILLUSTRATES.match(own) and not told_by_me(own):
            continue  # `**Example**: The integer 123456 is encoded as …`: a concept shown, no story begun
        told = [own]
        told += [text.text for text in itertools.takewhile(lambda after: not after.lead_bold, lines[number + 1 :])]
        text = " ".join(told)
        words = len(text.split())
        past = len(_PAST.findall(text))
        told_past = (
            _TOLD_IN_PAST.search(text)
            or (told_by_me(text) and past >= _EXAMPLE_PAST_WORDS)
            or _PAST.match(strip_quotes(text))
            # "Initially created 30 services …", "… caused an outage. Added a review gate.": notes
            # of what was done, a sentence opening with it
            or (past >= _EXAMPLE_PAST_WORDS and _OPENS_WITH_DEED.search(text))
        )
        if words >= _EXAMPLE_WORDS and told_past and not _BRACKETED.search(text):
            return LabelledExample(line.number, levels_in(label), words)
    return None


_QUESTIONS_ANSWERED = 2


def _asked_before(before: list[Line]) -> bool:
    """Whether the line right before an answer's label asks, or a question marked by its label does with only
    labelled lines between (`Question: Tell me about …`, `Framework: Use STAR …`, then `Sample Answer: …`):
    a guide's question, its advice on answering and the answer under their labels, one after another."""
    if asks(before[-1].text):
        return True
    for line in reversed(before):
        if marked_question(line.text):
            return True
        if not label_and_value(line)[0]:
            return False
    return False


def _answers_it(line: Line) -> bool:
    """A line that opens the answer to the question over it: an answer's label in bold
    (`**Answer**`), or in plain text, the label short (`Answer: About 2 TB a year.`, `A: Yes.`)."""
    if line.lead_bold:
        return _EXAMPLE_LABEL.match(normalize(line.lead_bold)) is not None
    if ":" not in line.text:
        return False  # most lines: no plain label (label_and_value needs its colon)
    label = normalize(label_and_value(line)[0])
    return label == "a" or (bool(label) and _EXAMPLE_LABEL.match(label) is not None)


# "15 Questions Asked in Most Loops", "Common questions": a heading named for the
# questions it lists, in the plural, not for one story.
_BANK_OF_QUESTIONS = re.compile(r"\bquestions\b")


def names_a_bank(heading: str) -> bool:
    """Whether a heading names the questions listed under it, not one story."""
    return _BANK_OF_QUESTIONS.search(normalize(heading)) is not None


def _listed_lines(section: Section) -> set[int]:
    """The first lines of the items of the lists in a heading's own text."""
    return {item.lines[0].number for item in list_items(section, deep=False) if item.lines}


_PUT_BY = re.compile(r"^(?:the )?(?:interviewer|question|prompt|task|ask)$")


def _design_put(line: Line) -> bool:
    """A line that puts a design to the candidate (`**Interviewer**: "Design a news feed …"`)."""
    label, value = (line.lead_bold, line.after_lead) if line.lead_bold else label_and_value(line)
    return bool(label and _PUT_BY.match(normalize(label)) and _ASKS_FOR_DESIGN.search(value or ""))


def _prompts(section: Section) -> bool:
    """A heading that asks, or prompts for a story (`2. Time you went above and beyond for a client:`)."""
    title = without_numbering(split_title(section.title.text)[1])
    return asks(title) or asks_what_happened(title)


def _quoted_by_me(text: str) -> bool:
    return text.lstrip(LABEL_SEPARATORS + " ").startswith(_OPENING_QUOTES) and told_by_me(text)


def _asked_in_list(section: Section) -> bool:
    """Two or more list items of a heading's text asking a question over the notes nested under
    them or the lines after it (`- *How do you prioritize?*` over `- STORY: Cold start.`, `1. **Why
    this role?**` then `Answer: …`): each question answered in its own item, no one example of the heading's."""
    items = list_items(section, deep=False)
    return sum((bool(item.sublists) or len(item.lines) > 1) and asks(item.lines[0].text) for item in items if item.lines) >= 2


def _example_words(section: Section) -> int:
    example = labelled_example(section)
    return example.words if example else 0


def _example_question(section: Section, example: LabelledExample) -> str | None:
    """The question an example answers: its heading when that asks one, else a question
    line (`**Example Question**: "…"`) or the first of a list of questions before it (a
    list after it holds other ways of asking)."""
    heading = strip_quotes(without_numbering(section.title.text))
    if heading.endswith("?") or _about_an_experience(heading):
        return heading
    before = [line for line in section.paragraph_lines() if line.number < example.line]
    if asked := next((found for line in before if (found := question_on(line))), None):
        return asked
    label = ""
    for block in section.blocks:
        if isinstance(block, Paragraph) and block.lines[-1].lead_bold:
            label = normalize(block.lines[-1].lead_bold)
        elif isinstance(block, ListBlock) and block.line < example.line and label.endswith("questions") and block.items:
            return strip_quotes(block.items[0].text)
    return None


# "**Junior**: …", "**Senior**: …": a line per seniority or grade.
_GRADE_LABEL = re.compile(
    r"^(?:junior|mid(?:dle)?(?: level)?|senior|staff|principal|entry(?: level)?|weak|strong|poor|good|bad)$"
)


# A sample answer's grade, as its title line gives it: "📋 4 分回答", "Strong answer",
# "❌ Weak Response", "3-point answer", "Score 5 answer".
_GRADED_ANSWER = re.compile(
    r"^(?:(?:score |grade )?(?P<score>\d+(?:\.\d+)?) ?(?:分|points?|pts?|stars?|out of \d+)? ?(?:answer|response|回答|答案)"
    r"|(?P<word>weak|poor|bad|mediocre|average|okay|ok|decent|good|better|great|strong|excellent|outstanding|exceptional|best)"
    r" (?:sample |example )?(?:answer|response))\b"
)
_GRADE_WORDS = {
    **dict.fromkeys(("weak", "poor", "bad"), 1),
    **dict.fromkeys(("mediocre", "average", "okay", "ok", "decent"), 2),
    **dict.fromkeys(("good", "better"), 3),
    **dict.fromkeys(("great", "strong"), 4),
    **dict.fromkeys(("excellent", "outstanding", "exceptional", "best"), 5),
}


_SAMPLE_ANSWERS = re.compile(r"(?:範例|范例|示範|示范|參考|参考|模範|模范)回答|回答(?:範例|范例|示例|例)")


def _names_answers(section: Section) -> bool:
    """A heading named for the answers under it ("### Sample Answers", "#### 範例回答")."""
    name = normalize(section.title.text)
    return bool(ANSWER_HEADING.search(name) or _SAMPLE_ANSWERS.match(name))


def _best_graded(stories: list[Story]) -> Story | None:
    """The best of stories that are all sample answers graded by their title lines, the
    later of equals (answers are shown from worst to best); None unless all are."""
    grades = []
    for story in stories:
        if story.rule not in ("star-runs", "star-parts") or not (graded := _GRADED_ANSWER.match(normalize(story.title))):
            return None
        grades.append(float(graded["score"]) if graded["score"] else _GRADE_WORDS[graded["word"]])
    return stories[max(range(len(stories)), key=lambda n: (grades[n], n))] if stories else None


def _grades_answers(section: Section) -> bool:
    """Whether a heading holds only one-line hints per seniority ("Junior: just ship
    features", "Senior: reserve capacity for debt"): they grade an answer, they give none."""
    lines = [line for block in section.blocks if not isinstance(block, Code) for line in block_lines(block)]
    graded = [line for line in lines if line.lead_bold and _GRADE_LABEL.match(normalize(line.lead_bold))]
    return not section.children and len(graded) >= 2 and len(graded) == len(lines)


def questions_to_address(section: Section) -> list[ListItem]:
    """A list in the heading's own text whose items are all questions, two or more."""
    for block in section.blocks:
        questions = block.items if isinstance(block, ListBlock) else []
        if len(questions) >= 2 and all(item.text.rstrip().endswith("?") for item in questions):
            return questions
    return []


def _tells_star(section: Section) -> bool:
    """Whether a heading or one under it tells a STAR answer (three of the four parts)."""
    return bool(_story_headings(section))


def _story_headings(section: Section) -> list[Section]:
    """The headings, this one or under it, that tell a STAR answer."""
    return [part for part in section.walk() if tells_a_story(part)]


def tells_a_story(section: Section) -> bool:
    """Whether a heading's own text or part headings tell a STAR answer."""
    return any(not unit.unfilled for unit in _units(section, part_children(section)))


def _answer_levels(answers: list[Section]) -> tuple[str, ...]:
    """The levels the answers are for: named in their headings ("Strong L7 Response"), else
    in a label that introduces one ("**Sample Integrated Response (L7 Level):**")."""
    named = {level for answer in answers for level in levels_in(answer.title.text)}
    if not named:
        labels = [line.lead_bold for answer in answers for part in answer.walk() for line in part.paragraph_lines()]
        named = {level for label in labels if label for level in levels_in(label)}
    return tuple(sorted(named))


def _prompt(section: Section) -> tuple[str | None, str | None]:
    """The question a scenario prompt asks: its `**Your Task:**` or `**Question:**` line,
    else its `**Setup:**` or `**Scenario:**` text (or the quoted paragraph after the label),
    else a quoted paragraph of its own; and which label gave it ("setup", "context", "question")."""
    lines = section.paragraph_lines()
    found: dict[str, str] = {}
    for number, line in enumerate(lines):
        if not line.lead_bold:
            # A plain or italic "Question: …" line asks as a bold one does; no other plain
            # label gives a part of the prompt.
            if "question" not in found and _MAY_ASK.match(line.text) and (plain := question_on(line)):
                found["question"] = plain
            continue
        label = normalize(line.lead_bold)
        role = "question" if _ASK_LABEL.fullmatch(label) else "setup" if _SETUP_LABEL.fullmatch(label) else None
        if role and role not in found:
            text = line.after_lead.lstrip(LABEL_SEPARATORS) or (lines[number + 1].text if number + 1 < len(lines) else "")
            if text := strip_quotes(text):
                found[role] = text
    if "setup" not in found and (scene := _scene_for_you(section, lines)):
        found["setup"] = scene
    quoted = next((line.text for line in lines if line.text[:1] in '"“'), None)
    asked = found.get("question") or found.get("setup") or quoted
    labels = {normalize(line.lead_bold) for line in lines if line.lead_bold}
    kinds = (("setup", _SCENE_LABELS), ("context", _CONTEXT_LABELS), ("question", _ASK_LABELS))
    given = next((kind for kind, names in kinds if labels & names), None) or ("question" if "question" in found else None)
    if given is None and "setup" in found and _ADDRESSED_TO_YOU.search(found["setup"]) and not _TOLD_BY_ME.search(found["setup"]):
        # "**Situation**: You're leading a 200-person org …" sets a scene to handle; a
        # Situation told by "I" or "we" is a part of one's own story.
        given = "context"
    return (strip_quotes(asked) if asked else None), given


# A line that may open with a question's label: "Question: …", "Sample Question — …", "Prompt: …"
# (a cheap test before question_on reads the label).
_MAY_ASK = re.compile(r"^\W*(?:\w+\s+)?(?:question|prompt|ask)", re.IGNORECASE)
# A line that may open with a scene's label: "Situation: …", "1. Scenario — …" (a cheap test first).
_SCENE_START = re.compile(r"^\W*(?:the )?(?:setup|set up|scenario|situation|context|background)\b", re.IGNORECASE)


def _scene_for_you(section: Section, lines: list[Line]) -> str | None:
    """A scene written to "you" under a plain label, or a label opening a list item
    (`Situation: You inherit …`, `- **Situation:** You …`, `1. Situation — You …`): set
    as a bold label on its own line is."""
    items = [item.lines[0] for block in section.blocks if isinstance(block, ListBlock) for item in block.items if item.lines]
    for line in itertools.chain(lines, items):
        if not _SCENE_START.match(line.text):
            continue
        if line.lead_bold:
            label, text = normalize(line.lead_bold), line.after_lead.lstrip(LABEL_SEPARATORS)
        else:
            label, text = _plain_label(line.text)
        if _SETUP_LABEL.fullmatch(label) and _ADDRESSED_TO_YOU.search(text) and not _TOLD_BY_ME.search(text):
            return strip_quotes(text)
    return None


def part_children(section: Section) -> list[Section]:
    """Subheadings that are parts of a story told under this heading: Situation, Task,
    Action, Result headings and one STAR-answer heading."""
    letters = _letter_headings(section) if len(section.children) >= 3 else []
    return _umbrellas(section) + [child for child in section.children if _is_part(child) or child in letters]


_LETTER_TITLE = 6


def _letter_headings(section: Section) -> list[Section]:
    """Subheadings named by a part's letter alone (`### S`, `### T`, `### A`), three of the
    four, so that a lone `### A` answering a `### Q` stays an answer."""
    found = [(child, letter) for child in section.children if (letter := _heading_letter(child.title.text)) in _LETTERS]
    return [child for child, _ in found] if len({letter for _, letter in found}) >= 3 else []


def _heading_letter(title: str) -> str | None:
    """A short heading's normalised words, to look up as a letter alone (`### S`, `### ✅ T:`);
    None for a longer one, which is never normalised for it."""
    return normalize(title) if len(title) <= _LETTER_TITLE else None


def _is_part(section: Section) -> bool:
    """A Situation/Task/Action/Result heading holding that part of a story, not a guide to
    it ("## S: Situation" over "### Purpose", "### What to Include", or over `**What to
    include:**` and `**What to avoid:**` labels in its own text)."""
    if behavioral_role(section.title.text) is not None or part_heading(section.title.text) is None:
        return False
    if any(_GUIDANCE_HEADING.search(normalize(child.title.text)) for child in section.children):
        return False
    labels = [normalize(line.lead_bold) for line in section.paragraph_lines() if line.lead_bold]
    return sum(bool(_GUIDANCE_LABEL.match(label)) for label in labels) < _GUIDANCE_LABELS


def _guides_a_part(section: Section) -> bool:
    return part_heading(section.title.text) is not None and behavioral_role(section.title.text) is None and not _is_part(section)


_RETOLD_OPENING = 40  # characters: enough of a part's opening to know it was told before


def _retells(story: Story, guides: list[Section]) -> bool:
    """Whether a story's parts open with the examples the guides to the parts give."""
    shown = " ".join(strip_quotes(line.text) for guide in guides for line in guide.all_lines())
    openings = [
        text[:_RETOLD_OPENING] for unit in _units(story.section, part_children(story.section)) for text in unit.openings.values()
    ]
    return len(openings) >= 3 and sum(opening in shown for opening in openings) >= 3


# "**What to include:**", "**What to avoid:**", "**Tips:**": labels of a guide to a part.
_GUIDANCE_LABEL = re.compile(
    r"^(?:what to \w+|how to \w+|tips?|avoid|include|do|dont|common mistakes|purpose|goal"
    r"|(?:prompts?|checkpoints?|guiding questions|questions to answer)(?: \w+)?)$"
)
_GUIDANCE_LABELS = 2


@cache  # asked of every heading by several rules in turn
def part_heading(heading: str) -> str | None:
    """The STAR part a heading is named for: "Situation", "The Result", "S - Situation
    (Context)", "Actions Taken"; not a heading that merely contains the word ("Deliver Results")."""
    words = normalize(heading).split()
    while words and (len(words[0]) == 1 or words[0] in ("the", "my", "our")):
        words = words[1:]
    if len(words) == 2 and words[1].isdigit():
        return None  # "Situation 1": a code over a story, not its part
    if (listed := _LISTED_AFTER_PART.match(heading)) and star_part(listed[1]) is None:
        return None  # "3. Action, Judgement and Scope": a category of several things, not the part
    if words and (part := star_part(heading) or star_part(" ".join(words))):
        return part  # "Actions Taken", "Outcome", "Situation Overview"; not "The Context in Brief"
    # "- Resolution: The bug was gone …": a heading that is a part's label and its text, the
    # label another word for the part (its own name opens the heading and is found above).
    if part := part_label(heading):
        return part
    # "Immediate Action", "Final Result": a part named with a word before it, as a heading of
    # its own (a principle's name, "Deliver Results", names no part).
    if 1 < len(words) <= _QUALIFIED_PART_WORDS and canonical_principle(" ".join(words)) is None:
        return star_name(words[-1])
    # "2. The Intervention (My Actions)": the part named in the parenthesis after its own name for it.
    if (named := _PART_IN_REMARK.search(heading)) and (part := star_part(named[1])):
        return part
    return None


# A word, a comma and the next word: the first of several things a heading lists.
_LISTED_AFTER_PART = re.compile(r"^[\W\d]*[^\W\d_]+\s*,\s*([^\W\d_]+)")
_PART_IN_REMARK = re.compile(r"\(\s*((?:my|our|the)\s+[^()]{3,30}?)\s*\)\s*$", re.IGNORECASE)
_QUALIFIED_PART_WORDS = 2


# --- runs of STAR parts ---------------------------------------------------------------


@dataclass
class _Unit:
    start: int  # the first line that belongs to this story
    first_part: int  # the line of its first STAR label
    parts: list[tuple[str, int]]  # (part, line), in order
    title: str | None = None
    question: str | None = None
    question_first: bool = False  # its question came before its title: the heading's question
    asked: str | None = None  # a question written plainly before it ("Have you ever ...?")
    text_words: dict[str, int] = field(default_factory=dict)  # how many words each part tells
    shown_words: dict[str, int] = field(default_factory=dict)  # how many it shows in code blocks
    openings: dict[str, str] = field(default_factory=dict)  # how each part's text begins
    quoted: dict[str, bool] = field(default_factory=dict)  # whether each part's text opens with a quote mark
    named: set[str] = field(default_factory=set)  # parts labelled by their own names, not other words
    closed: int | None = None  # the line before the first title after its parts: the story ends there
    prompted: set[str] = field(default_factory=set)  # parts holding a prompt to fill in (`_Fill in: …_`)

    @property
    def told_by_me(self) -> bool:
        """Two or more parts open told by "I" or "we": someone's story, not a plan's or a
        note's `Goal:` / `Approach:` / `Outcome:` lines."""
        return sum(told_by_me(text) for text in self.openings.values()) >= _TOLD_PARTS

    @property
    def told_as_deeds(self) -> bool:
        """All four parts, the Action opening with what was done ("Analyzed the traffic",
        "Quietly rebuilt …") and the Result told in the past: a story written as notes, with
        no "I", not a design note's `Goal:` / `Approach:` (what to do) / `Outcome:`."""
        if set(self.openings) != set(STAR_PARTS):
            return False
        return bool(_OPENS_WITH_DEED.match(self.openings[ACTION]) and _PAST.search(self.openings[RESULT]))

    @property
    def told_in_quotes(self) -> bool:
        """All four parts, each opening with a quote mark, at length (more than a few words a
        part, on average): an answer said aloud, told without "I" in a language that leaves it
        out, not a guide quoting a few words of an example."""
        told = self.text_words
        quoted = set(self.quoted) == set(STAR_PARTS) and all(self.quoted.values())
        return quoted and len(told) == len(STAR_PARTS) and sum(told.values()) > _SHORT_PART_WORDS * len(told)

    @property
    def one_word_each(self) -> bool:
        """`SITUATION: a` … `RESULT: d`: a bare word a part, a markup demo or a legend, nothing
        told (a quoted word stands for what is said)."""
        words = self.text_words.values()
        return any(words) and all(count <= 1 for count in words) and not any(self.quoted.values())

    @property
    def unfilled(self) -> bool:
        """Parts that are empty or hold only bracketed prompts: an entry still to be written; so is one
        whose every part but one says what to fill in (`_Fill in: the product, the team size …_`)."""
        told = {part for part, words in self.text_words.items() if words}
        if len(told) == 1 and self.prompted >= {part for part, _ in self.parts} - told:
            return True
        if len(told) == 1 < len({part for part, _ in self.parts}) and _ONLY_ASKS.match(self.openings.get(next(iter(told)), "")):
            # `S: Search outage? Schema migration?` over `A:` and `R:` left empty: stories the author is still
            # choosing between, asked of themselves, nothing told yet.
            return True
        return not told and not any(self.shown_words.values())

    def add(self, part: str, text: str, *, shown: bool = False) -> None:
        if _FILL_IN.match(text):
            self.prompted.add(part)  # what to write there, not what was told
            return
        # Counted as words_in does: a part told in Chinese (`去年冬天 虽然不归我管 …`) is
        # many words with no space between them, not one.
        words = words_in((_BRACKETED.sub(" ", text) if "[" in text else text).strip(LABEL_SEPARATORS))
        # `**Key Metrics:**` with nothing after it: a label over what is still to write, no words told
        # (though it may open the part, and say who tells it: `**Моя задача:**`, my task).
        label_alone = words <= _LABEL_ALONE_WORDS and text.rstrip().endswith((":", "\uff1a"))
        counts = self.shown_words if shown else self.text_words
        counts[part] = counts.get(part, 0) + (0 if label_alone else words)
        if words and not shown:
            self.openings.setdefault(part, strip_quotes(text))
            self.quoted.setdefault(part, text.lstrip(LABEL_SEPARATORS + " ").startswith(_OPENING_QUOTES))


_LABEL_ALONE_WORDS = 4
# "Search outage? Schema migration?": every phrase of the part asks, none says what happened.
_ONLY_ASKS = re.compile(r"^(?:[^.!?\n]+\?+\s*)+$")
# "_Fill in: the product, the team size …_", "TODO: add the numbers": a prompt to write the part, no words of it.
_FILL_IN = re.compile(r"^[\s*_>-]*(?:fill in|to ?do|tbd|write (?:your|here)|add your)\b", re.IGNORECASE)


def _units(section: Section, consumed: list[Section]) -> list[_Unit]:
    """The runs of STAR parts under a heading, in its own text and its part subheadings."""
    if not may_open_parts(section, consumed):
        return []  # most headings hold no STAR parts: their told lines need not be built
    return _runs(told_lines(section, consumed), coded=_coded_and_told(section))


def _coded_and_told(section: Section) -> bool:
    """A heading coded as a story (`# Case study: …`, `## Story 2: …`) over what I did, told in the
    past: its parts are the story's whatever words name them (`## Context`, `## What I did`, `## Outcome`,
    none opening with "I"); the code says it is one, the telling says whose."""
    code = split_title(section.title.text)[0]
    if code is None or not _STORY_NUMBER.match(normalize(code)):
        return False
    return told_in_past(" ".join(line.text for line in section.all_lines()))


def may_open_parts(section: Section, consumed: list[Section], fewest: int = 3) -> bool:
    """Whether `fewest` lines or more of a heading's told lines could open a STAR part (as
    `_runs` needs): each line's label looked up alone, read with letters (`**S:**`) as well,
    before any told line is built. Text told otherwise than line by line (a ```text fence,
    parts marked `(S) … (T) …` inline) may hold any number."""
    found = 0
    for part in (section, *(under for child in section.children if child in consumed for under in child.walk())):
        found += part is not section and star_label(part.title, True, letters=True) is not None
        for block in part.blocks:
            if isinstance(block, Code):
                if block.info.strip().lower() in PROSE_FENCES or _labelled_fence(block):
                    return True
                continue
            for line in _table_labels(block) if isinstance(block, Table) else block_lines(block):
                if "(" in line.text and _INLINE_MARK.search(line.prose):
                    return True
                if line.text.count(":") >= 3 and _labelled_inline(line):
                    return True
                found += star_label(line, False, letters=True) is not None
        if found >= fewest:
            return True
    return False


def _runs(lines: list[Told], fewest: int = 3, *, coded: bool = False) -> list[_Unit]:
    """The runs of STAR parts in a text. A run ends where the parts start over (a Situation
    after a Result); a title or question line between runs belongs to the run after it. A
    run needs three of the four parts to be a story; `coded`, the text is under a heading coded
    as a story of mine (_coded_and_told)."""
    units: list[_Unit] = []
    current: _Unit | None = None
    context_start: int | None = None  # the first title/question line since the last STAR label
    title: str | None = None
    question: str | None = None
    question_first = False
    asked: str | None = None
    listed_question = False  # the question was a list item's own line, as notes list them
    over_items: str | None = None  # a question over list items each telling a story under it
    part_name: str | None = None
    answered = False  # the question before was answered in prose, no parts: the next question opens the story
    letters = uses_letters(lines)
    labels = [None if told.ends else told.label(letters=letters) for told in lines]
    if sum(label is not None for label in labels) < fewest:
        return []  # too few STAR labels make no story: the other lines need no reading
    for n, (told, label) in enumerate(zip(lines, labels, strict=True)):
        line, is_heading = told.line, told.heading
        themed = False  # the title before is a theme over list items that each name a story
        if told.ends:
            part_name = None
            continue
        if label is not None:
            restart = current is None or _ORDER[label.part] <= _ORDER[current.parts[-1][0]]
            if restart and current is not None and len({p for p, _ in current.parts}) < 3:
                # Too few parts yet to be a story: the run goes on, unless nothing is told in it (a slot
                # left empty, `S:` alone) or a title or question came since (`1) 해외 파견 세금 프로젝트`
                # over its `S:`): that fragment ends there.
                restart = not any(current.text_words.values()) or title is not None or question is not None
            if restart or current is None:
                current = _Unit(context_start or line.number, line.number, [], title, question, question_first, asked)
                units.append(current)
            current.parts.append((label.part, line.number))
            if letters or _by_name(label.label):
                current.named.add(label.part)
            part_name = label.part
            current.add(part_name, label.rest)
            if label.joined:
                current.parts.append((label.joined, line.number))
                current.named.add(label.joined)
                part_name = label.joined  # what follows tells both; it is counted once
                current.add(part_name, label.rest)
            context_start, title, question, question_first, asked = None, None, None, False, None
            listed_question = False
            continue
        if told.shown:
            if current is not None and part_name is not None:
                current.add(part_name, line.text, shown=True)
        elif current is not None and part_name is not None and _FILL_IN.match(line.text):
            current.prompted.add(part_name)  # `- _Fill in: why Next.js? …_` under a part: what to write, though it asks
        elif (found := question_on(line)) is not None:
            # Two questions before one answer (`**Q3: …**`, `**Q4: …**`, then the answer): the
            # first is asked, as the first of a questions list is.
            question = question or found
            context_start = context_start or line.number
            part_name = None
        elif told.over_list and n + 1 < len(lines) and labels[n + 1] is not None and asks(line.text):
            # `2. "Can you share …?"` over a nested list of the parts: the question it answers
            # (after a Result, not a line of it).
            question = strip_quotes(line.text)
            context_start = line.number
            part_name = None
        elif (found := _spoken_question(line)) is not None:
            # "**Sarah:** Great. Tell me about ...": in a transcript, the interviewer's line
            # before an answer is its question.
            question = found
            context_start = line.number
            part_name = None
        # A bold line right under a part's label alone (`**S:**`, then `**简述需求…**`) sums the part up: its text, no title;
        # after a skeleton of three parts or more all left empty (`S:` … `R:`), it names the next story.
        elif (found := _title_on(line)) is not None and not (
            current is not None
            and part_name
            and not current.text_words.get(part_name)
            and (len(current.parts) < _SKELETON_PARTS or any(current.text_words.values()))
        ):
            over_items = None
            question_first = question is not None and title is None
            if title is not None and question is None:
                context_start = line.number  # a title after a title with no parts: the first named something else
            if current is not None and current.closed is None and any(current.text_words.values()):
                current.closed = line.number - 1  # parts that tell nothing (a method's names) run on
            title = found
            context_start = context_start or line.number
            part_name = None
        elif not is_heading and line.lead_bold and (
            behavioral_role(line.lead_bold) or lists_questions(line.lead_bold) or held_back(line.lead_bold)
        ):
            # "**Leadership Principles Demonstrated:**" after the Result is not part of it, nor
            # is what is kept for a probe (`**+DEEPER** (if they push on the technical part)`).
            part_name = None
        elif listed_question and part_name is None and told.opens_item and _labelled_prompt(line.text):
            # `2. Tell me about a time …` over `- Hook: What did you pick up?`: a template's label for a
            # part of the answer, its prompt left in, asks nothing new; the question listed stands.
            continue
        elif (
            told.opens_item
            and asks(line.text)
            and (
                part_name is not None
                or listed_question
                or (question is None and _item_tells_parts(lines, labels, n))
            )
        ):
            # Notes listing the questions, each over its S / T / A / R lines ("- Who was your
            # hardest customer?" after a Result): the next story's question, not the Result's words
            # (a questions list before the parts asks with its first, below). Of two such in a row, the
            # first was answered without parts: the later one, over the parts, is asked.
            # After a question asked plainly before (an outline's `c) Describe a time …?` far above), an
            # item holding its own parts asks them itself: the story starts at it, not at that line.
            own = part_name is None and not listed_question and asked is not None
            question, listed_question = strip_quotes(line.text), True
            # The first of questions in a row opens the story; not one answered in prose before this one.
            context_start = line.number if answered or own else context_start or line.number
            part_name, answered = None, False
            asked = None if own else asked
        elif (
            not line.lead_bold
            # A lead-in ending in a colon ("Perfect is the enemy of good:", "*Strong Answer (STAR)*:")
            # names no story of its own.
            and (
                title is None
                or (question is None and asks(title) and not _lead_in(line))
                or (
                    themed := question is None
                    and told.opens_item > 0
                    and (canonical_principle(title) is not None or _names_items(lines, labels, n))
                )
            )
            and (
                (told.opens_item and _item_tells_parts(lines, labels, n))
                or (told.over_list and not _lead_in(line) and n + 1 < len(lines) and labels[n + 1] is not None)
                # `- Queue rewrite` over nested lists, the principles it shows, notes, then `- Situation` … `- Result`
                # items: the item's line names the story its nested items tell.
                or (told.over_list and _item_name(line) and _item_tells_parts(lines, labels, n, told.over_list))
                # `1) 끝까지 책임졌던 적` (a time you saw it through) alone in its item, its parts after it (a blank line
                # between ended the item): its name too.
                or (
                    part_name is None
                    and told.opens_item == line.number
                    and n + 1 < len(lines)
                    and labels[n + 1] is not None
                    and _item_name(line)
                )
            )
        ):
            # "- Obstacles met during a project" over its `S - …` lines, in the same item: its name.
            # Under a question (`**Describe a stressful time.**` over "- My cat on the balcony"
            # and its nested `- Situation: …`), the question asks it, and each such item after it;
            # under a theme (`**Making things easier for customers**` over `1) CDN for a retailer's site` and
            # `2) Request tracing`, each over its parts) or a principle's item (`7. Insist on the Highest
            # Standards`), the item names it, the theme only groups them.
            if title is not None and not themed:
                question = over_items = title
            elif question is None and over_items is not None:
                question = over_items
            title = strip_quotes(line.text)
            context_start = line.number if themed else context_start or line.number  # a theme's story starts at its item
            part_name = None
        elif current is not None and part_name is not None and line.text:
            current.add(part_name, _told_text(line))
        elif (
            part_name is None
            and asked is not None
            and n > 0
            and not line.lead_bold
            and asks(line.text)
            and _introduces_questions(lines[n - 1].line)
        ):
            # "How do you handle conflict?", then "… you might get questions such as:" over "Describe an
            # example when …": the question so introduced is the one the parts answer, the first its theme
            # (a line the file wrapped, its paragraph's next lines, is one question).
            asked = " ".join([line.text.strip(), *_wrapped_on(lines, n)])
            context_start = context_start or line.number
        elif part_name is None and asked is None and not line.lead_bold and asks(line.text):
            # "Have you ever gone beyond your role?" under the heading, or the first of the
            # "**Question Variants:**" listed before the parts: the question it answers, without a
            # plain label naming it (`Questions: Most difficult project you worked on?`).
            named, value = _plain_label(line.text)
            asked = strip_quotes(value if named and names_questions(named) and value else line.text)
            context_start = context_start or line.number
        elif part_name is None and listed_question and line.text.strip():
            answered = True  # `3. Describe a time …?` over a paragraph telling it: that question's answer
    # Parts labelled by other words than their own ("Context", "Approach", "Impact") tell a
    # story when someone tells it, all four tell what was done, or each is said aloud at length: a design note's
    # sections or a lab guide's `Goal:` / `How:` / `Result:` lines are none.
    return [
        unit
        for unit in units
        if len(kinds := {p for p, _ in unit.parts}) >= fewest
        # ... enough of them by their own names are a story whatever names the other (`### Scenario` beside `### Task`).
        and (unit.named >= kinds or len(unit.named) >= fewest or unit.told_by_me or unit.told_as_deeds or unit.told_in_quotes or coded)
    ]


# An answer kept back for a probe: "+DEEPER", "Going deeper", "If they push:", "If asked".
_HELD_BACK = re.compile(r"^\W*(?:going |dive |digging )?deeper\b|^\W*if (?:they|asked|pushed|probed)\b", re.IGNORECASE)


_SKELETON_PARTS = 3  # parts left empty in a row: an entry still to write, no part a bold line under it sums up


def held_back(label: str) -> bool:
    """Whether a bold label keeps what follows back for a probe: no part of the story told."""
    return _HELD_BACK.match(label) is not None


def _told_text(line: Line) -> str:
    """A line's words as told in the part before it: a reflection's label (`**Lesson**:`,
    `What I learned:`) ends the part's telling and is not a word of it."""
    label, value = label_and_value(line)
    return value if label and meaning(normalize(label)) == LEARNING else line.text


# CAR and PAR stories name their first part Context, Challenge or Problem: its own name there; so do
# SAR stories, Scenario (`Scenario:` over the scene, then `Action:` and `Result:`).
_CAR_OPENINGS = ("context", "challenge", "problem", "scenario")


def _by_name(label: str) -> bool:
    """Whether a part's label names it by its own name ("Results", "S - Situation",
    "Immediate Action", CAR's "Context") rather than by another word of the vocabulary
    ("Outcome", "Approach")."""
    words = normalize(label)
    return meaning(words) not in STAR_NAMES or star_name(words) is not None or words.removeprefix("the ") in _CAR_OPENINGS


def _spoken_question(line: Line) -> str | None:
    """What a speaker asks on a transcript line (`**Sarah:** Thanks. Describe a time ...`):
    the speaker is a name (one capitalised word, not a label the reader knows), and the
    question starts at the first sentence that asks; the remarks before it are lead-ins."""
    label = (line.lead_bold or "").rstrip(":").strip()
    if not SPEAKER.match(label) or not line.after_lead or star_part(label) or behavioral_role(label):
        return None
    if names_questions(label) or canonical_principle(label):
        return None
    sentences = _SENTENCE_END.split(line.after_lead.lstrip(LABEL_SEPARATORS))
    for number, sentence in enumerate(sentences):
        if asks(sentence):
            return strip_quotes(" ".join(sentences[number:]))
    return None


_PLAIN_STORY_CODE = re.compile(r"^(?:example|story|scenario|case(?: study)?|anecdote)\s*#?\s*\d+$", re.IGNORECASE)


def _lead_in(line: Line) -> bool:
    return line.text.rstrip().endswith(":")


# "… you might get questions such as:", "asked things like:": a plain line ending in a colon that says a question follows.
_INTRODUCES_QUESTIONS = re.compile(r"\b(?:questions?|asked?)\b[^:]*\b(?:such as|like)\s*:\s*$", re.IGNORECASE)


def _introduces_questions(line: Line) -> bool:
    return line.lead_bold is None and _INTRODUCES_QUESTIONS.search(line.text) is not None


def _wrapped_on(lines: list[Told], n: int) -> list[str]:
    """The lines of the paragraph the file wrapped after line `n`: plain text on the very next lines."""
    found: list[str] = []
    for before, told in itertools.pairwise(lines[n:]):
        if told.line.number != before.line.number + 1 or told.heading or told.opens_item or told.over_list or told.line.lead_bold or not told.line.text.strip():
            break
        found.append(told.line.text.strip())
    return found


def _labelled_prompt(text: str) -> bool:
    """A line opening with a plain label that names no question (`Hook: What did you pick up?`)."""
    named, _ = _plain_label(text)
    return bool(named) and not names_questions(named)


def _item_tells_parts(lines: list[Told], labels: list[StarLabel | None], n: int, last: int = 0) -> bool:
    """Whether the list item that the `n`th line opens holds a STAR label among its own lines
    (notes: `- Who was your hardest customer?` over `S - …` lines), or up to its line `last`."""
    last = last or lines[n].opens_item
    for told, label in zip(lines[n + 1 :], labels[n + 1 :], strict=True):
        if told.line.number > last:
            return False
        if label is not None:
            return True
    return False


_ITEM_NAME_WORDS = 10


def _item_name(line: Line) -> bool:
    """A line that could name a story: a few words, no sentence (no closing full stop), no
    question, no label (`- Summary: My proudest launch …`, a summary over the parts)."""
    text = line.text.strip()
    return (
        bool(text)
        and len(text.split()) <= _ITEM_NAME_WORDS
        and not text.endswith((".", ":", "\uff1a"))
        and not asks(text)
        and not label_and_value(line)[0]
    )


def _names_items(lines: list[Told], labels: list[StarLabel | None], n: int) -> bool:
    """Whether the list item that the `n`th line opens tells STAR parts among its own lines, and
    so does the item opening right after it: items that each name their story."""
    if not _item_tells_parts(lines, labels, n):
        return False
    after = next((m for m in range(n + 1, len(lines)) if lines[m].line.number > lines[n].opens_item), None)
    return after is not None and lines[after].opens_item > 0 and _item_tells_parts(lines, labels, after)


def _title_on(line: Line) -> str | None:
    """A story's own title: a `<summary>` line or a line that is bold and nothing else,
    such as `**Story 2: The Orphaned Service**` (not a label that ends in a colon)."""
    text = line.text
    if line.lead_bold is None and _PLAIN_STORY_CODE.match(text):
        return text  # "Example 2" alone on its line between two stories: the next one's name
    if line.lead_bold is not None and not line.after_lead and _GRADED_ANSWER.match(normalize(text)):
        return text.rstrip(":\uff1a ")  # "**✅ Strong answer (4/5):**": a label, but it names the answer after it
    bold_only = line.lead_bold is not None and not line.after_lead and not line.lead_bold.rstrip().endswith(":")
    if not bold_only or behavioral_role(text) or star_part(text) or meaning(normalize(text)):
        return None  # "**Lessons Learned**" closes a story; it titles none
    if ANSWER_NAME.match(normalize(text)):
        return None  # `<summary>👉 Show answer</summary>`: what folds the answer, no name of it
    if _PART_COLUMN.match(normalize(text)):
        return None  # `| **STAR Element** | **Response** |` over a row a part: the table's column, no name
    if _QUOTED_SENTENCE.match(text):
        return None  # **"Leaders start with the customer."**: a quoted motto, not a title
    if names_questions(label_and_value(line)[0]):
        return None  # **Q: "Tell me about …"**: the question, asked under the story's title
    title = _CLICK_REMARK.sub("", _TITLE_PREFIX.sub("", strip_quotes(text))).strip()
    return title or None


# "STAR Element", "Component", "Part": a table's column of the parts' names.
_PART_COLUMN = re.compile(r"^(?:star\s+)?(?:elements?|components?|parts?|sections?)$")


def _explains_star(section: Section, units: list[_Unit]) -> bool:
    """STAR parts that define the method or coach the reader ("- **Action**: what you did",
    "**Task**: State what you owned") rather than tell a story. A story is told in the first
    person; a definition is a few words under a heading or introduction about STAR or a
    framework, or speaks to "you"."""
    if not any(any(unit.text_words.values()) for unit in units):
        return True  # parts written only inside code blocks are shown, not told
    openings = [text for unit in units for text in unit.openings.values()]
    consumed = part_children(section)
    told = [told for told in told_lines(section, consumed) if not told.shown]
    texts = " ".join(line.line.text for line in told)
    if all(read_duration(text) or _LENGTH.match(text) or _length_on_first_line(text) for text in openings):
        # "Situation: 15 seconds", "| **Task** | 1-2 sentences |", "**Set the context** (15-20
        # seconds)" over what to include: how long each part runs; unless each part's time is
        # followed by the part told in quotes, in "I" (`**SITUATION** (Set the scene - 30 seconds)`
        # over `> "At my last job I …"`).
        return not _parts_told_by_me(units, told)
    if _spells_letters(units):
        return True
    part_lines = {part.line for part in consumed}  # "#### situation — 25s" times the part it names
    rows = {line.line.number: line.line.text for line in told if line.line.number not in part_lines}
    # A row per part: parts all told on one line (a table's row of a story, `| Pager | I was … | … |
    # Pages fell by 70% |`) close that line on the Result's own words, not on a part's share.
    one_line = len({line for unit in units for _, line in unit.parts}) == 1
    if not one_line and all(_ENDS_WITH_LENGTH.search(rows.get(line, "")) for unit in units for _, line in unit.parts):
        # "| S — Situation | The context | … | ~15% |": each part's row or line closing on its
        # share or length is a table of the method, not a story.
        return True
    # A heading with an item's code ("IS-5: Performance Testing Framework") names a story,
    # whatever its words; a number alone only orders the page's sections ("2. The STAR Method"), and
    # so does a numbered step ("Step 2: The STAR Method").
    code = split_title(section.title.text)[0]
    named = [] if code and re.search(r"\d", code) and not STEP_CODE.match(code) else [section]
    headings = " ".join(without_numbering(part.title.text) for part in [*named, *consumed])
    intro = " ".join(
        line.text
        for block in section.blocks
        if isinstance(block, Paragraph)
        for line in block.lines
        if line.number < units[0].first_part
    )
    about_star = bool(_EXPLAINS.search(_TOLD_IN_STAR.sub(" ", f"{headings} {intro}")))
    quoted = all(unit.quoted and all(unit.quoted.values()) for unit in units)
    if quoted and about_star and all(_TRAILS_OFF.search(text) for text in openings):
        # `## 2. STAR 法则表达` over `### Situation` and `> "在 XX 项目中..."`, each part
        # a quoted opening left trailing off: how a part may start, shown for the method, no story told.
        return True
    if quoted and (told_by_me(texts) or all(unit.told_in_quotes for unit in units)):
        # `- **Task**: "I was asked to ..."` in every part: a story told in quotes, however
        # short, or at length in a language that leaves out the "I"; not a guide quoting
        # a few words of an example inside its advice.
        return False
    if _quoted_story(units, told):
        # `- **Situation:** Describe the context. "My director proposed a rewrite …"` in every part:
        # the advice carries a whole answer in its quotes, told by "I": the page's example story.
        return False
    counts = [words for unit in units for words in unit.text_words.values()]
    short = sum(counts) <= _SHORT_PART_WORDS * len(counts)  # a few words a part, on average
    defining = sum(bool(_DEFINING.match(text)) for text in openings) * 2 > len(openings)
    if short and defining and (about_star or not any(told_by_me(text) for text in openings)):
        # "- Action: explain how you coached them": each part says what to tell, a few words
        # long, told by no one, whatever else the heading holds (an answer in "I" beside it).
        return True
    if len(set(_PART_NAME_WORD.findall(section.title.text.lower()))) >= 3 and not any(told_by_me(text) for text in openings):
        # "# The STAR format stands for Situation, Task, Action, Result:" over `-Situation: An event,
        # project, or challenge faced`: a heading that spells the parts out defines them; no story's
        # title lists its own parts, and none of these opens told by "I".
        return True
    if about_star and all(_DEFINING.match(text) for text in openings):
        # "- S" over "describe a specific situation …", "- A" over "stay on topic …": every part
        # opens telling the reader what to say, whoever its advice names ("say I, not we").
        return True
    unquoted = _QUOTED.sub(" ", texts)
    if about_star and (defining or short) and not told_by_me(unquoted):
        # Each part instructs ("Set the scene. ...") or is a few words, quoting an example:
        # a guide to the parts.
        return True
    told_for_you = named == [] or _STORY_CODE.match(normalize(split_title(section.title.text)[0] or ""))
    if told_for_you and not about_star and not defining:
        # "Case Study 2: CI/CD Break Fix" with "**S**: Your team's pipeline broke ...": a story
        # written for the reader in the second person, not advice on how to tell one.
        return False
    if not defining and (_notes_of_events(unquoted) or _deeds_noted(told)):
        # "- 8-month initiative cancelled", "- 4 of 5 engineers placed in 6 weeks", "- Collected
        # logs and traces": a story in notes, what was done told in the past with no "I".
        return False
    # A word alone in quotes is named, not said (`Use "I", not "we".`).
    if sum(bool(_SECOND_PERSON.search(text)) for text in openings) * 2 > len(openings) and not any(
        told_by_me(_WORD_IN_QUOTES.sub(" ", text)) for text in openings
    ):
        # "Walk through the steps you took", "Close with what changed, when you can": most parts
        # open speaking to the reader, none told by "I": a guide, whatever its "Ask yourself" lists say.
        return True
    # The question a story answers speaks to "you" ("Describe a time you ..."); the advice of a guide does so elsewhere.
    # A phrase in quotes is someone else's words (`if they say "walk me through it"`): their "me" tells
    # nothing. A story quoted whole, its parts inside one quote, is still told by "I".
    unasked = _QUOTED.sub(" ", " ".join(line.line.text for line in told if not asks(line.line.text)))
    return not told_by_me(_QUOTED_PHRASE.sub(" ", texts)) and (about_star or bool(_SECOND_PERSON.search(unasked)))


# A quoted line left trailing off (`"我负责优化列表页面的性能..."`, `"In my last role …"`).
_TRAILS_OFF = re.compile(r"(?:\.\.\.|\u2026)\s*[\"\u201d\u300d']?\s*$")
_WORD_IN_QUOTES = re.compile(r"[\"\u201c']\w+[\"\u201d']")
# A part's own name as a word of a heading ("Situation, Task, Action, Result").
_PART_NAME_WORD = re.compile(rf"\b({'|'.join(name.lower() for name in STAR_NAMES)})s?\b")


def _length_on_first_line(text: str) -> bool:
    first = text.split("\n", 1)[0]
    return bool(_SET_APART_LENGTH.search(first) or _ENDS_WITH_LENGTH.search(first))


def _spells_letters(units: list[_Unit]) -> bool:
    """Each part's text its own name (`S: Situation`, `T: Task`), maybe with what it holds
    after it (`S - Situation - where and when`): a legend of the letters, nothing told. A part
    told after its letter and name (`**(S) Situation:** Our page timed out …`) is no legend."""
    return all(
        star_part((pieces := _LEGEND_NAME.split(text, 1))[0]) == part and not (len(pieces) > 1 and _told_after_name(pieces[1]))
        for unit in units
        for part, text in unit.openings.items()
    )


_LEGEND_WORDS = 8  # "the steps I took, the longest part": what a part holds, said in a few words


def _told_after_name(text: str) -> bool:
    return len(text.split()) > _LEGEND_WORDS and told_by_me(text)


_LEGEND_NAME = re.compile(r"\s+[-\u2013\u2014:]\s+|\s*[:(]")  # "Situation - where and when", "Task (what was mine)"


# A story told as notes, with no "I" in them: what happened, in the past, with its figures.
_FIGURE = re.compile(r"(?<![\w.])\$?\d[\d,.]*(?:%|[kKmM]\b)?")
_NOTED_EVENTS = 3


def _notes_of_events(text: str) -> bool:
    return len(_PAST.findall(text)) >= _NOTED_EVENTS and len(_FIGURE.findall(text)) >= _NOTED_EVENTS


# A note opening on what was done, past its label: "Collected logs and traces", "**Action:** Rolled back".
_DEED_NOTE = re.compile(rf"^(?:\W*[\w\s()&/]{{1,40}}?\W*:\W*)?(?:[A-Z]\w+ly\s+)?{_PAST_VERBS}\b", re.IGNORECASE)


def _deeds_noted(told: list[Told]) -> bool:
    """Three lines or more opening on a deed in the past (`- Collected logs and traces`), or two
    among notes telling more in the past (`- A small issue appeared in production`): what was
    done, noted without "I"; a guide opens its lines on what to do ("Describe ...")."""
    # A line trailing off (`Scope: I was responsible for...`) is a stem to complete, nothing done.
    lines = [line.line.text for line in told if not line.heading and not line.line.text.endswith(("...", "\u2026"))]
    deeds = sum(bool(_DEED_NOTE.match(text)) for text in lines)
    return deeds >= _NOTED_EVENTS or (deeds >= 2 and len(_PAST.findall(" ".join(lines))) >= 2 * _NOTED_EVENTS)


def explains_method(text: str) -> bool:
    """Whether a heading is about STAR or a method of answering ("The STAR Method", "Story Templates")."""
    return bool(_EXPLAINS.search(text))


_GUIDE_QUESTIONS = 2


_DESCRIBED_WORDS = 15  # enough words to tell an answer, were anyone telling it


def _unanswered(section: Section) -> bool:
    """A question heading with no answer under it: no STAR parts, nothing told by "I"."""
    return not told_by_me(_told_words(section)) and not _units(section, part_children(section))


def _described(section: Section) -> bool:
    """A question heading whose STAR answer says what a good answer holds, told by no one."""
    long = any(behavioral_role(c.title.text) == "star" and _part_words(c) >= _DESCRIBED_WORDS for c in section.children)
    return long and not told_by_me(_told_words(section))


def _part_words(section: Section) -> int:
    """How many words a STAR answer's parts hold, their labels aside."""
    return sum(sum(unit.text_words.values()) for unit in _units(section, part_children(section)))


def _told_words(section: Section) -> str:
    """A heading's text but its questions ("Tell me about …" asks, it tells nothing)."""
    lines = [line.text for part in section.walk() for block in part.blocks for line in block_lines(block)]
    return " ".join(text for text in lines if not asks(strip_quotes(text)))


_QUOTED_PART_WORDS = 12  # a quote that tells the part, not a few words of an example


def _quoted_story(units: list[_Unit], told: list[Told]) -> bool:
    """Whether every part of each unit, four of them, quotes a passage of its own at length,
    two or more told by "I": an example answer carried in a guide's advice."""
    for unit in units:
        quotes = [_QUOTED.findall(text) for text in _part_texts(unit, told, with_label=True)]
        long = [[quote for quote in found if len(quote.split()) >= _QUOTED_PART_WORDS] for found in quotes]
        if len(unit.parts) < len(STAR_PARTS) or not all(long) or sum(told_by_me(" ".join(found)) for found in long) < _TOLD_PARTS:
            return False
    return bool(units)


def _parts_told_by_me(units: list[_Unit], told: list[Told]) -> bool:
    """Whether each unit has two parts or more whose lines, up to the next part, are told by "I"."""
    return all(sum(told_by_me(text) for text in _part_texts(unit, told, with_label=False)) >= _TOLD_PARTS for unit in units)


def _part_texts(unit: _Unit, told: list[Told], *, with_label: bool) -> list[str]:
    """Each part's text up to the next part's label, its own label's line too when `with_label`."""
    starts = [line for _, line in unit.parts]
    ends = [*starts[1:], unit.parts[-1][1] + 10**9]
    first = 0 if with_label else 1
    return [" ".join(t.line.text for t in told if start + first <= t.line.number < end) for start, end in zip(starts, ends, strict=True)]


def told_by_me(text: str) -> bool:
    """Whether a text is told in the first person ("I", "we", "our"; in Portuguese and Spanish by
    its verbs alone, "Implementei", "teníamos")."""
    return bool(_FIRST_PERSON.search(text)) or told_without_i(text) > 0


def shown_in_code(section: Section) -> bool:
    """Whether a heading's STAR labels stand over code blocks that hold their text
    (`**Situation:**` then a ``` fence)."""
    return any(told.shown for told in told_lines(section, part_children(section)))


def item_code(heading: str) -> bool:
    """ "IS-5: …", "Story 3 — …", "2. …": a heading numbered or coded as one item of several."""
    code, _ = split_title(heading)
    return without_numbering(heading) != heading.strip() or bool(code and re.search(r"\d", code))


def _unit_stories(
    section: Section,
    root: Section,
    units: list[_Unit],
    levels: tuple[str, ...],
    principle: tuple[tuple[str, ...], int] | None,
    among: list[_Unit],
) -> list[Story]:
    """The stories of a heading's runs of STAR parts (`units`), among all its runs, told or
    still unfilled (`among`)."""
    heading_code, heading_title = split_title(section.title.text) if section is not root else (None, "")
    heading_title = without_numbering(heading_title)
    # A question before the first story (and its title) applies to every story that has
    # none of its own.
    # A question the heading asks itself is the one answered: a line asking in its text before the parts (`### 9. Have
    # you ever failed?` over "The interviewer wants to check these 3 topics -" and `1. Did you own it?`) is a point to cover.
    plainly = None if section is not root and asks(heading_title) else units[0].asked
    shared = _shared_question(section, units[0]) or (units[0].question if units[0].question_first else plainly)
    named = principle or ((), 0)
    # A heading coded as one item of several, with a title (`STARS #1: Counter-Fraud Pipeline`),
    # names the one story under it, whatever bold line opens its text (`**Accomplishment Statement**`);
    # one that names a principle (`Step 3: Invent and Simplify`) leaves the story its own title.
    coded = bool(heading_code and heading_title and item_code(section.title.text))
    coded = coded and principle_in_heading(section.title.text) is None
    # Runs each asked by a question of their own, some perhaps still unfilled (`1. Tell me about …` over
    # empty `S:` … `R:`): each run told is one of them, titled by its question, never the heading's story.
    asked_each = len(among) > 1 and all(unit.question or unit.asked for unit in among)
    if section is not root and len(units) > 1 and all(unit.title and _VERSION.match(normalize(unit.title)) for unit in units):
        # `**2-minute version**` then `**4-minute version**` over the same parts: one story told at
        # two lengths, the heading's; its first telling is rehearsed, up to the next version's label.
        first = replace(_Slicer(section).part(section.line, units[1].start - 1, section.line), title=section.title)
        question = units[0].question or shared or _its_question(section)
        title = _given_title(section) or strip_quotes(heading_title) or ""
        return [Story(first, title, heading_code, "star-parts", levels, question, *named)]
    # `### work under tight deadline` over one list item, `1. Worked on tight deadline`, whose nested lines
    # tell the parts: the heading is the story, the item's line a second name for it.
    alone = len(units) == 1 and section is not root and bool(heading_title) and _one_item(section, units[0].title)
    alone = alone and principle_in_heading(section.title.text) is None
    # `### Customer Obsession` over `**"Tell me about a time …"**` and one story's parts: the bold line
    # is the question the heading's story answers.
    asked = len(units) == 1 and section is not root and bool(heading_title) and not asks(heading_title) and not asked_each
    asked = asked and not _NAMES_KIND.match(normalize(heading_title))  # `# Answers`, `## STAR Example`: no name
    if asked and units[0].title and not units[0].question and asks(strip_quotes(units[0].title)):
        return [Story(section, strip_quotes(heading_title), heading_code, "star-parts", levels, strip_quotes(units[0].title), *named)]
    if len(units) == 1 and (not units[0].title or coded or alone) and not asked_each:
        unit = units[0]
        question = unit.question or shared or _its_question(section)
        if question is None and _is_question_code(heading_code):
            question = strip_quotes(heading_title)
        if unit.question and not heading_code:
            # "### Early-Stage Startups" over "**Question**: ...": the story answers that question.
            return [Story(section, unit.question, heading_title or None, "star-parts", levels, question, *named)]
        named_as = _given_title(section)
        title = named_as or strip_quotes(heading_title) or unit.question or ""
        if question and names_a_bank(heading_title):
            title = question  # under "### 15 Questions Asked in …": the story of the one asked above its parts
        # `# Answers to the Practice Round Prompts` over one story's parts: a worksheet's name for what
        # it holds, not the story's; its Situation's opening names it (its id stays the heading's).
        untitled = not named_as and not question and bool(_ANSWERS_TO.match(normalize(heading_title)))
        return [Story(section, title, heading_code, "star-parts", levels, question, *named, untitled=untitled)]
    stories = []
    # Every run after the first asked by a question of its own (`1. When you're working with …?` over `S:` …
    # `R:`, then the next numbered question over its parts): the question before the first run is its own
    # too, no question they all share.
    own_first = shared is not None and not units[0].title and not units[0].question and all(unit.question for unit in units[1:])
    # A story ends before the next run, told or unfilled (the last, before the first subheading none of its
    # own), or at a title after its parts.
    starts = sorted(unit.start for unit in among)
    nexts = [next((start - 1 for start in starts if start > unit.start), _own_end(section)) for unit in units]
    ends = [min(end, unit.closed or end) for unit, end in zip(units, nexts, strict=True)]
    # ... or with the list item it is told in, opened at its start or after (`1) The nightly batch nobody owned` over
    # its `S:` … `R:` lines): what comes after the item is not its own.
    spans = _item_spans(section.blocks)
    ends = [min(end, _told_in_item(spans, unit) or end) for unit, end in zip(units, ends, strict=True)]
    slicer = _Slicer(section)
    framed = _principle_items(section.blocks)
    for number, (unit, end) in enumerate(zip(units, ends, strict=True), 1):
        # `1. Customer Obsession` over its definition and the stories told in its item: their principle.
        held = [((name,), line) for line, last, name in framed if line <= unit.first_part <= last]
        given = held[-1] if held else named
        # The first story holds the heading's text before it, unless it is told in a principle's item: it starts there.
        start = section.line if number == 1 and section is not root and not held else unit.start
        question = unit.question or shared
        asked_first = shared if own_first and number == 1 else None
        title = unit.title or unit.question or asked_first or f"{heading_title or 'Story'} ({number})"
        part = slicer.part(start, end, unit.start if number > 1 or unit.title or unit.question else start)
        rule = "star-parts" if len(units) == 1 else "star-runs"
        untitled = not (unit.title or unit.question or asked_first or heading_title)  # "Story (3)": no heading names it
        stories.append(Story(part, title, None, rule, levels, question, *given, untitled=untitled))
    return stories


def _told_in_item(spans: list[tuple[int, int]], unit: _Unit) -> int | None:
    """The last line of the outermost list item opened at a story's start or after it, before its
    first part, that holds that part (`spans`: each item's first and last line), if one does: an
    item naming or asking the story over its parts, not a part's own item among its siblings."""
    held = [(line, last) for line, last in spans if unit.start <= line < unit.first_part <= last]
    return min(held)[1] if held else None


def _item_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """The first and last line of each list item, at any depth."""
    return [
        span
        for block in blocks
        if isinstance(block, ListBlock)
        for item in block.items
        for span in ((item.line, _item_end(item)), *_item_spans(item.blocks))
    ]


def _principle_items(blocks: list[Block], *, top: bool = True) -> list[tuple[int, int, str]]:
    """The list items, at any depth, whose first line only names a principle (`1. Customer
    Obsession`, its definition and my stories under it): each one's first and last line and the
    principle, the innermost last. A heading's own items so named hold what follows each up to
    the next: a story indented less than its principle's text (`9.  Bias for Action` over
    `   1) …`, the list's indent four, the story's three) ends the list, not the principle."""
    found: list[tuple[int, int, str]] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                if item.lines and (name := canonical_principle(without_numbering(item.lines[0].text).strip(" *_:"))):
                    found.append((item.line, _item_end(item), name))
                found += _principle_items(item.blocks, top=False)
    if top:
        tops = {item.line for block in blocks if isinstance(block, ListBlock) for item in block.items}
        own = [n for n, (line, _, _) in enumerate(found) if line in tops]
        for n, after in itertools.pairwise(own):
            line, last, name = found[n]
            found[n] = (line, max(last, found[after][0] - 1), name)
    return found


def _one_item(section: Section, title: str | None) -> bool:
    """Whether the heading's own text is one list item alone, its line `title`."""
    lists = [block for block in section.blocks if isinstance(block, ListBlock)]
    if not title or len(lists) != 1 or len(lists[0].items) != 1:
        return False
    # A short line over the item (`@赢得信任`, a tag naming a principle) leaves it alone; other text does not.
    if any(isinstance(block, Paragraph) and not (block.line < lists[0].line and _tag_line(block)) for block in section.blocks):
        return False
    first = lists[0].items[0].lines[:1]
    return bool(first) and strip_quotes(first[0].text) == title


_TAG_WORDS = 4  # a tag or two over the item (`@赢得信任`), not a sentence of the answer


def _tag_line(block: Paragraph) -> bool:
    """A paragraph of one short line that says nothing of its own (no sentence, question or label)."""
    return len(block.lines) == 1 and len(block.lines[0].text.split()) <= _TAG_WORDS and not block.lines[0].text.rstrip().endswith((".", "?", ":"))


# "story 1: (work under pressure, ownership)", "story 16: decision with no data", "story 20.": a
# plain line that numbers a story, its themes or its name after the number; "Story 2 (weakness): …", a
# remark between the number and the colon saying what the story shows, no word of its name.
_STORY_NUMBER_LINE = re.compile(r"^(?P<code>story\s*#?\s*\d+)(?:\s*\([^()]+\))?\s*[:.]\s*(?P<name>.*)$", re.IGNORECASE)
# "**Story 1 — The production incident you owned (nbn iB2B).**": the same number and name set in bold
# before the story's notes on the same line, a dash between them too.
_STORY_NUMBER_BOLD = re.compile(r"^(?P<code>story\s*#?\s*\d+)\s*(?:[:.]|\s[-\u2013\u2014])\s*(?P<name>\S.*?)[\s.:]*$", re.IGNORECASE)
_NUMBERED_STORIES = 2


def _story_opening(line: Line) -> re.Match[str] | None:
    """The number and name a paragraph's first line opens a story with: a plain line (`story 1:
    (ownership)`), or a bold name before the story's text (`**Story 1 — Title.** Six years …`)."""
    if line.lead_bold is None:
        return _STORY_NUMBER_LINE.match(line.text)
    return _STORY_NUMBER_BOLD.match(line.lead_bold) if line.after_lead else None


def _numbered_stories(section: Section, levels: tuple[str, ...], principle: tuple[tuple[str, ...], int] | None) -> list[Story]:
    """Stories a heading's own text numbers, each on a plain line opening its paragraph (`story
    1: (ownership, customer obsession)`) or in bold before its text (`**Story 1 — Title.** …`),
    two or more: each is told by what follows up to the
    next, whatever parts it labels (an author's own `problems:` or `lesson learned:`, or none).
    Titled by the name after the number, the themes out of their brackets (principles among
    them are its principles); the last ends where the others do, with its paragraph and the
    lists under it, when each of the others does (notes after it are no part of it)."""
    blocks = section.blocks
    opening = {  # each opening paragraph's place among the blocks, and its first line with its numbering
        n: (block.lines[0], numbered)
        for n, block in enumerate(blocks)
        if isinstance(block, Paragraph) and (numbered := _story_opening(block.lines[0]))
    }
    # One, opening the text of a heading that asks (`3. Tell me about …` over `Story 1: Title` and its
    # parts), as its neighbours in a bank hold two: that question's story, named by its line.
    if not opening:
        return []  # most headings
    asked = _asked_by(section) if section.title.text else None
    if len(opening) < _NUMBERED_STORIES and not (list(opening) == [0] and asked):
        return []
    prose = [n for n, block in enumerate(blocks) if isinstance(block, Paragraph)]
    rank = {n: place for place, n in enumerate(prose)}  # the paragraphs in order: an opening one's place among them
    starts = list(opening)
    one_paragraph = all(rank[b] == rank[a] + 1 for a, b in itertools.pairwise(starts))
    after = prose[rank[starts[-1]] + 1] if one_paragraph and rank[starts[-1]] + 1 < len(prose) else None
    ends = [_first_line(blocks[n]) - 1 for n in starts[1:]] + [_first_line(blocks[after]) - 1 if after is not None else _own_end(section)]
    slicer = _Slicer(section)
    named = principle or ((), 0)
    # `1. Tell me about a time you failed.` over `Story 1: …` and `Story 2: …`: the heading asks each of them.
    stories = []
    for (n, (line, numbered)), end in zip(opening.items(), ends, strict=True):
        start = _first_line(blocks[n])
        name = numbered["name"].strip()
        bracketed = name.startswith("(") and name.endswith(")") and name.count("(") == 1
        themes = name[1:-1].strip(" .") if bracketed else name
        shown = tuple(dict.fromkeys(principles_among(themes))) if bracketed else ()
        if line.lead_bold is not None:
            # `**Story 1 — The incident (nbn iB2B).** *Ownership, Dive Deep.* Six years …`: a closing
            # remark on the name says where it happened, no words of it (its principles, if it lists
            # them); a first sentence that only names principles gives them.
            remark = _CLOSING_REMARK.search(themes)
            shown = tuple(principles_listed(remark[1])) if remark else ()
            themes = _REMARK_AT_END.sub("", themes) or themes
            shown = shown or tuple(dict.fromkeys(principles_listed(_SENTENCE_END.split(line.after_lead, maxsplit=1)[0])))
        part = slicer.part(start, end, start)
        title = themes or _first_words(part, start) or numbered["code"]
        stories.append(Story(part, title, None, "numbered-stories", levels, asked, *named, listed=shown))
    return stories


def _first_words(part: Section, opening: int) -> str | None:
    """What the line after a bare `story 6:` says first, its part's label left out and up to a
    colon or full stop (`situation: two members quarrel.` names the story 'two members quarrel')."""
    after = next((line for block in part.blocks for line in block_lines(block) if line.number > opening and line.text), None)
    if after is None:
        return None
    label = star_label(after, False)
    said = label.rest if label is not None else after.text
    return re.split(r"[:.\u3002]", said, maxsplit=1)[0].strip() or None


def _own_end(section: Section) -> int:
    """Where the last story told in a heading's text ends: before the first subheading that
    is none of a story's parts (a question, its follow-ups, a lesson are), else with the heading."""
    for child in section.children:
        name = child.title.text
        if behavioral_role(name) is None and star_part(name) is None and meaning(normalize(name)) is None:
            return child.line - 1
    return section.end_line


_TITLE_LABELS = {"title", "story title", "story name", "name"}
# "Answers to the practice prompts", "My responses for week 3": a worksheet named for what it holds.
_ANSWERS_TO = re.compile(r"^(?:my )?(?:answers?|responses?|solutions?) (?:to|for)\b")
# "2-minute version", "30 second version", "Short version", "Long version": a telling of a story at a length.
# A heading naming what kind of text is under it, not which story: "Answers", "Sample STAR Example".
_NAMES_KIND = re.compile(r"^(?:[\w-]+ ){0,3}(?:answers?|examples?|stor(?:y|ies)|responses?|versions?|questions?|samples?)$")
_VERSION = re.compile(r"^(?:\d+\s*(?:minutes?|mins?|seconds?|secs?)|short|shorter|long|longer|brief|full|extended|detailed)\s+version$")


def _given_title(section: Section) -> str | None:
    """A title the story gives itself beside its parts: a `### Story Title: ...` subheading
    or a `Story Title: ...` line, bold or plain, or a `Story: ...` line that is a name (the
    heading above may only say "L6 Example Story", `## Example`, or nothing)."""
    parts = part_children(section)
    for child in section.children:
        code, title = split_title(child.title.text)
        if child not in parts and code and normalize(code) in _TITLE_LABELS:
            return title
    for line in section.paragraph_lines():
        label, value = label_and_value(line)  # bold or plain, as LABELS reads a label
        if not label or not (value := strip_quotes(value)):
            continue
        if normalize(label) in _TITLE_LABELS or (normalize(label) == "story" and _a_name(value)):
            return value
        # `**Story: Billing cutover (Acme).** What it was about …`: the name closes inside the bold,
        # a summary of the story follows it.
        inner, colon, name = (line.lead_bold or "").partition(":")
        if colon and normalize(inner) == "story" and _a_name(name := name.strip().rstrip(".")):
            return name
    return None


_NAME_WORDS = 12


def _a_name(value: str) -> bool:
    """A short phrase with no sentence in it: what a `Story:` line names ("Kafka system crashing
    under load"), where `**Story:** Originally wrapped every endpoint … shipped twice as fast.` tells it."""
    return len(value.split()) <= _NAME_WORDS and not re.search(r"[.!?](?:\s|$)", value)


def _its_question(section: Section) -> str | None:
    """The question a story names beside its parts: a `### Question: "Tell me about ..."`
    subheading, or the first question under a heading or label named for the questions it
    answers (`## Question Variations`, `**Usable for Questions About:**`); a list of topics
    ("Security leadership.") names none."""
    parts = part_children(section)
    for child in section.children:
        if parts and child.line > parts[-1].line:
            break  # a question heading after the part headings asks a follow-up
        code, title = split_title(child.title.text)
        if child not in parts and _is_question_code(code):
            return strip_quotes(title)
        if child not in parts and names_questions(child.title.text):
            return _first_question(line.text for block in child.blocks for line in block_lines(block))
    listed = under_label(section, names_questions)
    return _first_question(item.text for block in listed.blocks for item in getattr(block, "items", ())) if listed else None


def _first_question(texts: Iterable[str]) -> str | None:
    return next((strip_quotes(text) for text in texts if asks(text)), None)


def _is_question_code(code: str | None) -> bool:
    return bool(code and names_questions(code))


def _shared_question(section: Section, first: _Unit) -> str | None:
    for block in section.blocks:
        for line in block_lines(block):
            if line.number >= first.start:
                return None
            if (found := question_on(line)) is not None:
                return found
    return None


class _Slicer:
    """Parts of a heading's content by line range, as sections of their own (with no title:
    a story's title is given apart). The blocks are found by bisection, so a heading with
    a thousand stories is cut up in one pass."""

    def __init__(self, section: Section) -> None:
        self.section = section
        self.lasts = [_last_line(block) for block in section.blocks]

    def part(self, start: int, end: int, line: int) -> Section:
        blocks = _sliced(self.section.blocks[bisect_left(self.lasts, start) :], start, end)
        children = [child for child in self.section.children if start <= child.line <= end]
        return replace(self.section, title=Line((), line), line=line, end_line=end, blocks=blocks, children=children)


def _sliced(blocks: list[Block], start: int, end: int) -> list[Block]:
    """The blocks, and the parts of them, from line `start` to `end`. A list item holding
    several stories (`1. Customer Obsession` over stories in a list nested in it, each item
    one story, and more told in its lines after that list) gives only what of it falls there:
    opened before `start`, those lines as blocks of their own; opened in the range and going
    on past `end`, the item cut there."""
    found: list[Block] = []
    for block in blocks:
        if _first_line(block) > end:
            break
        if isinstance(block, Paragraph):
            if lines := [ln for ln in block.lines if start <= ln.number <= end]:
                found.append(Paragraph(lines))
        elif isinstance(block, ListBlock):
            opening = [item.line for item in block.items]
            first = bisect_left(opening, start)  # the first item opened in the range; only the one before may be open there
            if first and start <= _item_end(opened := block.items[first - 1]):
                found += _sliced(opened.blocks, start, end)
            inside = block.items[first : bisect_right(opening, end)]
            items = [item if _item_end(item) <= end else ListItem(item.line, _sliced(item.blocks, start, end)) for item in inside]
            if items:
                found.append(ListBlock(block.ordered, items))
        elif start <= _first_line(block):
            found.append(block)
    return found


def _item_end(item: ListItem) -> int:
    return max((_last_line(block) for block in item.blocks), default=item.line)


def _first_line(block: Block) -> int:
    return block.lines[0].number if isinstance(block, Paragraph) else block.line


def _last_line(block: Block) -> int:
    return max((line.number for line in block_lines(block)), default=_first_line(block))


# --- principles named in headings ---------------------------------------------------------


@cache
def principles_in_remark(text: str) -> list[str]:
    """The principles a heading tags its story with ("### 6. Tell me about a time you
    invented something? (Invent and Simplify, Ownership)"): see heading_tags."""
    return heading_tags(text)[1]


# A heading's closing tag: in brackets, or after a last dash or bar ("Hiring Loop — Earn Trust"); a
# remark of a few words may follow the brackets ("Pushed back on a launch [earn trust]  冲突 问题").
_CLOSING_TAG = re.compile(
    r"\s*(?:\[([^\[\]]+)\](?P<remark>(?:\s+[^\s()\[\]]+){1,3})?|\s[-\u2013\u2014|]\s+([^-\u2013\u2014|()\[\]]+))\W*$"
)


# "Describe a time you led a project. [Partner onboarding]": the project the question is answered with,
# in brackets after the question's closing mark.
PROJECT_TAG = re.compile(r"(?<=[^\W\d_][.?!])\s*\[([^\[\]]+)\]\s*$")  # not after a number, `1. [Story Title]`


def without_project_tag(title: str) -> str:
    """A story's title without the project named after its question (PROJECT_TAG): the
    question is its name, the project what the story tells."""
    return PROJECT_TAG.sub("", title) if "[" in title else title


@cache
def heading_tags(text: str) -> tuple[str, list[str]]:
    """The heading without its tag, and the principles the tag names: a closing parenthesis
    naming two or more (one alone is the heading's principle, principle_in_heading), a
    closing bracket or the words after a last dash naming one or more, every name in it a
    principle (else the tag is a remark or part of the title); a level after the tag stays."""
    said = without_closing_level(text)
    level = text[len(said) :]
    if (remark := _CLOSING_REMARK.search(said)) and len(names := principles_listed(remark[1])) > 1:
        return said[: remark.start()].rstrip() + level, names
    tag = _CLOSING_TAG.search(said)
    if tag and tag["remark"] and not said[: tag.start()].strip():
        tag = None  # "[Ownership] The Orphaned Service": a tag before the title, not a remark after the tag
    if tag and (names := principles_listed(tag[1] or tag[3])):
        if tag[3] and len(joined := _joined_principles(said)) > len(names):
            return text, list(joined)  # "Ownership - backbone - deliver results": the whole heading names them
        return said[: tag.start()].rstrip() + level, names
    return text, []


@lru_cache(maxsize=4096)  # asked of each heading twice: as itself and after its stories
def principles_in_heading(text: str) -> tuple[str, ...]:
    """The principles a heading names: the one principle_in_heading finds, or two or more
    joined by marks ("### Ownership / Dive Deep", "## Bias for Action & Deliver Results"),
    every piece a principle, or listed so in a closing remark."""
    if found := principle_in_heading(text):
        return (found,)
    if "[" in text and (tagged := heading_tags(text)[1]):
        return tuple(tagged)  # "## 2. Hard customer [Customer obsession]": a tag in brackets, naming one or more
    if not any(mark in text for mark in _JOIN_MARKS):
        return ()  # most headings join nothing
    if len(tagged := heading_tags(text)[1]) >= 2:
        return tuple(tagged)  # "### The biggest mistake you made? (earn trust, customer obsession)"
    return _joined_principles(text)


def _joined_principles(text: str) -> tuple[str, ...]:
    """Two principles or more making a heading's whole text, joined by marks, each piece one."""
    pieces = _JOINS.split(_without_remarks(without_numbering(_LEADING_MARKS.sub("", text))))
    names = [canonical_principle(piece.strip(" *_")) for piece in pieces if piece.strip(" *_")]
    named = tuple(name for name in names if name)
    return named if len(named) >= 2 and len(named) == len(names) else ()


_JOINS = re.compile(r"\s*[/&+,|]\s*|\s+[-\u2013\u2014]\s+")  # "Ownership - backbone - deliver results" too
_REMARKS = re.compile(r"\s*\([^()]*\)")


def _without_remarks(text: str) -> str:
    """The text without its remarks in parentheses, looked for only where one opens (the
    pattern's spaces before it would be tried at each character)."""
    return _REMARKS.sub("", text) if "(" in text else text
_JOIN_MARKS = "/&+,|-\u2013\u2014"  # _JOINS finds a text holding any of them (its spaces may be none)


@lru_cache(maxsize=4096)  # asked of every heading by several rules in turn
def principle_in_heading(text: str) -> str | None:
    """The principle a heading names: "### 1. Customer Obsession", "### Hire and Develop (5
    Examples)"; "## Ownership stories" is not one, "### Ownership: The Orphaned Service" is
    (its code names it), and so is "### Case Study 2: CI/CD Break Fix (Highest Standards)"
    (a closing parenthesis that names one only)."""
    said = without_closing_level(text)
    if (remark := _CLOSING_REMARK.search(said)) and (found := canonical_principle(remark[1].strip())):
        return found
    if '"' in said or "\u201c" in said:
        # 'Questions on #1 "Customer Obsession"': a principle named whole in quotes.
        for quoted in _QUOTED_NAME.findall(said):
            if found := canonical_principle(quoted.strip()):
                return found
    text = _without_remarks(without_numbering(_LEADING_MARKS.sub("", text)))  # "Customer Obsession (10 Examples)"
    code, title = split_title(text)
    for candidate in (text, code, title):
        if candidate and (found := canonical_principle(_without_closing_marks(candidate.strip()))):
            return found
    # "Have Backbone; Disagree & Commit; Disagree and commit": one principle named in its parts, again.
    listed = set(principles_listed(text))
    if len(listed) == 1:
        return listed.pop()
    # "10. INITIATIVE / OWNERSHIP": a category named two ways, a few words each, one of them a principle: that one.
    pieces = [piece.strip(" *_") for piece in _NAMED_TWO_WAYS.split(text)]
    if len(pieces) == 2 and all(0 < len(piece.split()) <= _TWO_WAYS_WORDS for piece in pieces):
        named = [found for piece in pieces if (found := canonical_principle(piece))]
        return named[0] if len(named) == 1 else None
    return None


_NAMED_TWO_WAYS = re.compile(r"\s+/\s+")
_TWO_WAYS_WORDS = 3


_QUOTED_NAME = re.compile(r'["\u201c]([^"\u201d]{3,40})["\u201d]')


def _without_closing_marks(text: str) -> str:
    """The text without the marks it closes on ("Ownership:", "Bias for Action!"): the
    characters after its last letter or digit (a pattern would try each mark in the text)."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    return text[:end]
