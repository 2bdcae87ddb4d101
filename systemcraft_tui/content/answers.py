"""Where an answer is written under its question: a part named for it ("### Your Answer",
"**Answer:**", "- **回答例**"), else the text below the question, less the advice to the
reader that may open it; and whether a text is told by the one answering ("I", 私, 我 ...)
or speaks to the reader ("you"). Read by prepared answers (prepared.py) and, for a story
told whole, by the behavioral reader."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from systemcraft_tui.content.labels import ANSWER_ABROAD, QUESTION_ABROAD
from systemcraft_tui.content.markdown_tree import Code, Line, ListBlock, ListItem, Paragraph, Run, Section, Table, block_lines
from systemcraft_tui.content.names import LABEL_SEPARATORS, greeted, normalize, strip_quotes
from systemcraft_tui.content.principles import principles_listed
from systemcraft_tui.content.reading import ANSWER_NAME, fence_lines, said_aloud, text_lines

# Labels that name an example of an answer, the reader's or a teacher's: an answer where a
# story's question is known to be answered (behavioral.py), not proof of one's own.
_EXAMPLE_LABEL = re.compile(rf"{ANSWER_NAME.pattern}|^(?:example|sample|story|script|talking points)$")
# The candidate speaking of themself, in the languages answers are met in: "I", "my", 私, 我,
# 저는 ...; and a Japanese sentence ending in a polite verb ("取得しました。"), which leaves
# the speaker out as often as not.
MINE = re.compile(
    r"(?<![-/])\b(?:I|I'm|I've|I'd|I'll|me|my|myself|yo|mi|mis|eu|meu|minha|ich|mich|mir|mein\w*|je|moi|mon|tôi|mình)\b(?![-/])"  # not "can-I-deploy", "I/O"
    r"|\bI\u2019|\bj'|私|僕|わたし|我|저는|제가|저의|나는|내가|나의|(?:ます|ました|ません)(?:。|$)",
    re.IGNORECASE,
)
# Portuguese leaves "eu" out as often as not: a verb in the first person's past ("Identifiquei",
# "Implementei") says who did it, in a text that is Portuguese (German "Datei", "dabei" end alike).
_PORTUGUESE_PAST = re.compile(r"\b[^\W\d_]{3,}ei\b", re.IGNORECASE)
_PORTUGUESE = re.compile(r"ção\b|ções\b|\bnão\b|\bvocê\b|\buma\b", re.IGNORECASE)


# Vietnamese "em", how a junior speaks of themselves to a senior ("Em là …", "em đã học"), is
# Portuguese "in": counted only in a text with letters no other language writes.
_VIETNAMESE_EM = re.compile(r"\bem\b", re.IGNORECASE)
_VIETNAMESE = re.compile("[\u0111\u01a1\u01b0\u1ea0-\u1ef9]", re.IGNORECASE)  # đ ơ ư, and ạ ả ấ … ỹ


# Spanish leaves "yo" and "nosotros" out too: a verb in the first person's past says who did it
# ("Implementé", "Medí", "Redujimos", "teníamos"), not an adjective ("mínimos", "próximos", "últimos"),
# a place or a name ("aquí", "José") nor a borrowed noun ("café", "comité").
_SPANISH_PAST = re.compile(
    r"\b(?!(?:aqu\u00ed|all\u00ed|jos\u00e9|caf\u00e9|cach\u00e9|comit\u00e9|beb\u00e9|pur\u00e9|consomm\u00e9)\b)"
    r"(?:[^\W\d_]{3,}[\u00e9\u00ed]|[^\W\d_]{2,}(?:[\u00e1\u00ed]bamos|\u00edamos)"
    r"|[a-z\u00f1]{3,}(?<![xt])[ai]mos)\b",
    re.IGNORECASE,
)
_SPANISH = re.compile(r"ci\u00f3n\b|\b(?:que|del|los|las|para|una|con|el)\b", re.IGNORECASE)

# Korean leaves "저" (I) out as often as not: a sentence closing on a verb in the past ("…옮겼습니다",
# "…늘었다") tells what happened, said by the one telling it. The past is the syllable closed by ㅆ
# before the ending, but for 있 (there is) and 겠 (will), which are no past.
_PAST_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 20 and chr(c) not in "\uc788\uaca0")
_KOREAN_PAST = re.compile(rf"[{_PAST_SYLLABLES}](?:습니다|다)(?![\uac00-\ud7a3])")
_HANGUL = re.compile("[\uac00-\ud7a3]")

# French says "my" and "me" in words MINE leaves out, Italian's "ma" (but) and Spanish's "mes" (month)
# being other words: "Ma solution repose sur …", "mes tests", "ces erreurs m'ont appris", in a text that is French.
_FRENCH_MINE = re.compile(r"\b(?:ma|mes)\b|\bm['\u2019](?=\w)", re.IGNORECASE)
_FRENCH = re.compile(r"\b(?:est|avec|dans|pour|être|sont|nous|vous|cette|une|des)\b", re.IGNORECASE)


def told_without_i(text: str) -> int:
    """How many times a text says "I" in words MINE does not know: a Portuguese or Spanish text
    by its verbs alone ("Implementei", "Implementé"), a Korean one by its verbs in the past, a
    Vietnamese one by "em", a French one by "ma", "mes" and "m'"."""
    if text.isascii():
        return 0  # each of those languages writes letters English does not (ç, ã, é, ñ, đ): most texts are passed over here
    if _VIETNAMESE.search(text):
        return len(_VIETNAMESE_EM.findall(text))
    if _PORTUGUESE.search(text):
        return len(_PORTUGUESE_PAST.findall(text))
    if _HANGUL.search(text):
        return len(_KOREAN_PAST.findall(text))
    french = len(_FRENCH_MINE.findall(text)) if _FRENCH.search(text) else 0
    return french + (len(_SPANISH_PAST.findall(text)) if _SPANISH.search(text) else 0)


# Still to write: "[your role]", "[COMPANY]", "[X years]", "_____".
_BLANK = re.compile(r"(?i:\[your\b|\[insert\b|<your\b)|\[[A-Z][A-Z0-9 _/&-]+\]|\[X\b|_{3,}")
# "xxx", "yyy", "zzz": stand-ins for names still to fill in, two of them a skeleton ("I'm excited about xxx …
# my yyy background …"); one alone masks a name in an answer written out ("At xxx we build …").
_STAND_IN = re.compile(r"\b(xxx|yyy|zzz)\b", re.IGNORECASE)


def still_to_write(text: str) -> bool:
    """Whether `text` holds a blank to fill in, not the one its quoted words greet ("'Hey [PM], …'")."""
    if len({found.lower() for found in _STAND_IN.findall(text)}) >= 2:
        return True
    blanks = [blank for blank in _BLANK.finditer(text) if not greeted(text, blank.start())]
    # One count left as `[X]` in an answer written out ("with [X] years of experience designing …"):
    # the teller says their own number, as with one "xxx" masking a name; beside other blanks, a skeleton.
    if len(blanks) == 1 and text.count("[") == 1 and _COUNT_LEFT.match(text, blanks[0].start()) and len(text.split()) >= _WRITTEN_OUT:
        return False
    # Lines left for a name in an answer told in full around them ("my name is ______. I'm in my final
    # year at ______ …"): the teller says their own name, college or project there, as with one "xxx";
    # a few among many words, not a skeleton of labels and blanks.
    if blanks and all(blank.group().startswith("_") for blank in blanks) and len(text.split()) >= _WORDS_PER_NAME * len(blanks):
        return False
    return bool(blanks)


_COUNT_LEFT = re.compile(r"\[[XN]\]")
_WRITTEN_OUT = 25  # words: an answer told in full around its one blank
_WORDS_PER_NAME = 20  # words told for each line left for a name


# Advice to the reader on how to answer, not an answer: "your", "you should", 〜しましょう.
ADDRESSED = re.compile(r"\byou(?:r|rs|rself|'re|'ll|'ve)?\b|ましょう|してください", re.IGNORECASE)


class Answer(NamedTuple):
    """The answer written under a question: its lines, whether a label names it, and the
    advice to the reader that opens it, if any (not the answer, but judged with it)."""

    lines: list[Line]
    labelled: bool = False
    advice: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.prose for line in self.lines).strip()  # line by line, as a STAR part keeps its lines

    @property
    def shown(self) -> str:
        """The answer as shown after the clock: without the lines that only open it (a label
        alone, `Answer:`, `Best default answer (…)`, its keywords, the principles it shows,
        what the interviewer listens for) and without the mark before its first words (`A:`)."""
        return self.shown_from(())

    def shown_from(self, source: Sequence[str]) -> str:
        """The answer shown, its lines that only wrap a sentence of the line before in the
        file (`source`, the file's lines) joined to it: a paragraph or list item written
        at 80 columns reads as its sentences, its items and hard line breaks kept."""
        lines = [_BREAK.sub("", line.prose).strip() for line in self.lines]
        numbers = [line.number for line in self.lines]
        told = next((n for n, text in enumerate(lines) if MINE.search(text)), 0)
        while len(lines) > 1 and (_opens_only(lines[0]) or (told > 0 and _noted(lines[0]))):
            lines.pop(0)
            numbers.pop(0)
            told -= 1
        # "Why this works", "Tips" after the answer: notes on it, not its words.
        lines = lines[: next((n for n, text in enumerate(lines) if n and _AFTER_ANSWER.match(text)), len(lines))]
        if lines:
            lines[0] = unmarked_answer(lines[0])
        shown = lines[:1]
        for at in range(1, len(lines)):
            if _wraps(source, numbers[at - 1], numbers[at]):
                shown[-1] = f"{shown[-1]} {lines[at]}"
            else:
                shown.append(lines[at])
        return "\n".join(shown).strip()

    @property
    def judged(self) -> str:
        return " ".join(line.prose for line in (*self.advice, *self.lines)).strip()

    @property
    def last_line(self) -> int:
        return max(line.number for line in (*self.advice, *self.lines))


_NOTE_WORDS = 6  # a line this short before the first told by "I": a note on what to say ("1. Who you are")
# "Keywords: …", "What they listen for: …", "Question: …", "LPs: …": what an answer is about, not its words.
_ABOUT_IT = re.compile(
    r"^\W*(?:keywords?|tags?|question|principles?|lps?|leadership principles?"
    r"|what (?:they|interviewers?|the interviewer) (?:look|listen)s? for)\s*[:\uff1a]",
    re.IGNORECASE,
)
# A note closing an answer: "Why this works", "Why it works:", "Tips:", "Key lesson to emphasize:".
_AFTER_ANSWER = re.compile(r"^\W*(?:why (?:this|it) works|tips?|key (?:lessons?|takeaways?|points?)(?: to \w+)?)\W*$", re.IGNORECASE)
_BREAK = re.compile(r"</?br\s*/?>", re.IGNORECASE)  # a line break written in HTML at a line's end
# "A: Our login page broke …", "A. …", "Script: I …", "Talking points: …", "Candidate: …": a mark before an answer's first words.
_ANSWER_MARK = re.compile(
    r"^\W*(?:(?:a|ans|answer)\s*[.:)\uff1a]|(?:script|story|sample|talking points|candidate|(?:sample|example|model|my) answer"
    # ... in the author's language
    rf"|{ANSWER_ABROAD})\s*[:\uff1a])\s*",
    re.IGNORECASE,
)


def unmarked_answer(answer: str) -> str:
    """An answer without the mark before its first words (`A:`, `Answer:`, `Script:`)."""
    return _ANSWER_MARK.sub("", answer.strip(), count=1)


# "Q:", "Q3.", "Question:", "Interviewer:" before a question: a mark, none of its words; in the
# author's language too (Spanish, Portuguese, German, Russian, Vietnamese "Câu hỏi:").
_QUESTION_MARK = re.compile(
    rf"^(?:q\d*|question|interviewer|{QUESTION_ABROAD})\s*[.:)\uff1a]\s*",
    re.IGNORECASE,
)


def unmarked_question(question: str) -> str:
    """A bold question line's question, without its emphasis, quotes or `Q:` mark."""
    return strip_quotes(_QUESTION_MARK.sub("", question.strip("*_ "), count=1))


def marked_answer(text: str) -> bool:
    """A line opening with an answer's mark (`A:`, `Answer:`, `Script:`)."""
    return unmarked_answer(text) != text.strip()


def marked_question(text: str) -> bool:
    """A line opening with a question's mark (`Q:`, `Question:`, `Q3.`)."""
    return _QUESTION_MARK.match(text.strip("*_ ")) is not None


# A short line naming what follows ("Best default answer (safe, senior-level)", "Answer:").
# ... in the author's language too ("Respuesta modelo:", Vietnamese "Câu trả lời mẫu:", a sample answer).
_INTRODUCES_ANSWER = re.compile(
    rf"^\W*(?:\w+\W+){{0,4}}(?:answer|response|script|version|{ANSWER_ABROAD})\b"
    r"[^.?!\"\u201c]*$",
    re.IGNORECASE,
)
_INTRODUCTION_WORDS = 8  # not a sentence of the answer wrapped before its full stop ("The short version is that I …")


def introduces_answer(text: str) -> bool:
    return len(text.split()) <= _INTRODUCTION_WORDS and _INTRODUCES_ANSWER.match(text) is not None
# 回答建议 ("suggested answer", often with "for reference only" after it), 回答提示 ("answer hints"): alone over the answer.
_ADVICE_LABEL = re.compile(r"^(?:回答建议|回答提示|参考答案|回答思路)")


def _wraps(source: Sequence[str], before: int, line: int) -> bool:
    """Whether the file's line `line` goes on with the sentence of line `before` (1-based):
    the next line of one paragraph or list item, after no hard line break, opening no item."""
    if line != before + 1 or line > len(source):
        return False
    previous, current = source[before - 1], source[line - 1]
    hard_break = previous.endswith(("  ", "\\")) or _BREAK.search(previous) is not None
    return not hard_break and bool(previous.strip()) and not _OPENS_BLOCK.match(current)


# A line that opens a list item, a heading, a quote's new paragraph or a table row, not one wrapping the line before.
_OPENS_BLOCK = re.compile(r"^[\s>]*(?:[-*+]\s|\d+[.)]\s|#|\||$)")


def _noted(text: str) -> bool:
    """A line before the first told by "I" that is a note on what to say: short, or advice to the reader."""
    return words_in(text) <= _NOTE_WORDS or ADDRESSED.search(text) is not None  # a Chinese paragraph is no short note


def words_in(text: str) -> int:
    """About how many words a text holds: two characters of a script written without spaces make one."""
    return len(text.split()) + len(_UNSPACED.findall(text)) // 2


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _opens_only(text: str) -> bool:
    """A line that only opens an answer: a label alone on its line, one that introduces it, one
    that says what it is about, or the principles it shows."""
    label = text.rstrip().rstrip(":\uff1a")
    alone = label != text.rstrip() and bool(_EXAMPLE_LABEL.match(_label_words(label)) or _ADVICE_LABEL.match(label))
    # "Q. 自己紹介をお願いします。" over its answer: the question asked again, none of the answer's words.
    about = bool(_ABOUT_IT.match(text)) or marked_question(text)
    return alone or introduces_answer(text) or about or bool(principles_listed(label))


def unlabelled(lines: list[Line]) -> Answer:
    """An answer no label names, from its first line that is not advice to the reader: a note
    such as "> Interviewers ask this to hear how you …" may open it."""
    advice = 0
    # ... or the question it answers, marked (`**Câu hỏi**: …`, `Q: …`), over it.
    while advice < len(lines) and (
        (ADDRESSED.search(lines[advice].prose) and not MINE.search(lines[advice].prose)) or marked_question(lines[advice].prose)
    ):
        advice += 1
    return Answer(lines[advice:], advice=tuple(lines[:advice]))


def answer_below(section: Section, *, examples: bool = False) -> Answer | None:
    """The answer written under a question heading: a subheading or bold label naming the
    answer where there is one ("### Your Answer:" beside "### Tips:"; with examples, also
    "**Example:**", "**Script:**"), else the heading's own paragraphs and lists; code and
    tables are no answer."""
    labels = _EXAMPLE_LABEL if examples else ANSWER_NAME
    named = [child for child in section.children if labels.match(_label_words(child.title.text))]
    # "### Your Answer" still to write ("[YOUR EXPERIENCE …]") beside "### Example Answer": the example.
    named = [child for child in named if not _has_blanks(child)] or named
    if named:
        answer = Answer([line for child in named for part in child.walk() for line in _said_lines(part)], True)
    else:
        answer = Answer(_labelled(pieces(section), labels), True)
    if not answer.lines:
        answer = unlabelled(text_lines(section))
    if not answer.text:
        answer = unlabelled(_said_lines(section))  # `### Q: …?` over the answer quoted whole in a fence
    return answer if answer.text else None


def _said_lines(section: Section) -> list[Line]:
    """A heading's text, with the words set apart in a fence to be said aloud (a script quoted
    whole, "```text"), line by line, in order: what a named answer holds."""
    found: list[Line] = []
    for block in section.blocks:
        if isinstance(block, Code):
            found += fence_lines(block) if said_aloud(block) else _example_quoted_in(block)
        elif not isinstance(block, Table):
            found += block_lines(block)
    return found


def _example_quoted_in(fence: Code) -> list[Line]:
    """In a fence of no language holding advice, the example answer quoted after a label alone
    (`Example:` over `"My greatest strength is …` to its closing quote): words to say."""
    if fence.info.strip():
        return []
    lines = fence_lines(fence)
    for at, line in enumerate(lines[:-1]):
        label = line.text.strip()
        if label.endswith(":") and _EXAMPLE_LABEL.match(_label_words(label.rstrip(":"))) and lines[at + 1].text.lstrip()[:1] in "\"\u201c":
            quoted = lines[at + 1 :]
            end = next((n for n, said in enumerate(quoted) if said.text.rstrip().endswith(("\"", "\u201d"))), len(quoted) - 1)
            return quoted[: end + 1]
    return []


def _has_blanks(section: Section) -> bool:
    return any(still_to_write(line.prose) for part in section.walk() for line in text_lines(part))


class Piece(NamedTuple):
    """A paragraph or a list item under a heading: its lines, nested lists' included; for a
    list item whose first paragraph is one line (`1. Why BHG?` over its answer, nested or
    after a blank line), that it is, and whether the list is numbered."""

    lines: list[Line]
    listed_line: bool = False
    numbered: bool = False
    in_list: bool = False  # a list item, however its first paragraph runs


def pieces(section: Section) -> list[Piece]:
    """The heading's own paragraphs and list items, in order."""
    found: list[Piece] = []
    for block in section.blocks:
        if isinstance(block, ListBlock):
            found += [
                _wrapped_question_item(item, block.ordered)
                or Piece([line for inner in item.blocks for line in block_lines(inner)], _one_line_first(item), block.ordered, True)
                for item in block.items
                if item.lines
            ]
        elif isinstance(block, Code):
            if said_aloud(block) and (lines := fence_lines(block)):
                found.append(Piece(lines))  # `**Your Answer:**` over the answer quoted whole in a fence: words to say
        elif not isinstance(block, Table) and (lines := list(block_lines(block))):
            found.append(Piece(lines))
    return found


_WRAPPED_QUESTION_LINES = 4


def _wrapped_question_item(item: ListItem, numbered: bool) -> Piece | None:
    """A list item whose first paragraph is a question the file wrapped over a few lines
    (`- Technology evolves rapidly. How do you stay up-to-date …` / `… processes?`), its answer
    in the blocks under it (a quotation, a nested list): the question as one line of its own."""
    first, rest = item.blocks[0], item.blocks[1:]
    if not rest or not isinstance(first, Paragraph) or not 1 < len(first.lines) <= _WRAPPED_QUESTION_LINES:
        return None
    if not first.lines[-1].text.rstrip().endswith(("?", "\uff1f")) or first.lines[0].text.rstrip().endswith(("?", "\uff1f")):
        return None  # one that closes its first line is read as it is (_one_line_first)
    joined = Line((Run(" ".join(line.text.strip() for line in first.lines)),), first.lines[0].number)
    return Piece([joined, *(line for inner in rest for line in block_lines(inner))], True, numbered, True)


def _one_line_first(item: ListItem) -> bool:
    """Whether a list item opens with a line of its own: a paragraph of one line, or a question
    closing its line with the answer written on under it (`- Tell me about …?` over the answer
    indented on the next line, no blank line between), or a prompt's name in a few words so
    (`0. 자기소개`, self-introduction, over the answer)."""
    first = item.blocks[0]
    if not isinstance(first, Paragraph):
        return False
    opening = first.lines[0].text.rstrip()
    return len(first.lines) == 1 or opening.endswith(("?", "\uff1f")) or (0 < len(opening.split()) <= _PROMPT_NAME_WORDS and opening[-1:].isalnum())


_PROMPT_NAME_WORDS = 4


def _label_words(text: str) -> str:
    """A label's words without its numbering ("2.1.2. Sample Answers" is "sample answers")."""
    return _NUMBERED.sub("", normalize(text))


_NUMBERED = re.compile(r"^(?:\d+ )+")


def labels_answer(piece: Piece) -> bool:
    """Whether a paragraph or item opens with a bold label naming the answer (`**Good Answer**:`)."""
    return _answer_label(piece, ANSWER_NAME)


def _answer_label(piece: Piece, labels: re.Pattern[str]) -> bool:
    first = piece.lines[0]
    return first.lead_bold is not None and bool(labels.match(_label_words(first.lead_bold)))


def _labelled(told: list[Piece], labels: re.Pattern[str]) -> list[Line]:
    """The answer after a bold answer label: the text after the label on its line and below it
    (`- **回答例**` over the answer indented under it; `* **A** : Of course! …`), or, for a
    label alone on its line (`**Answer:**`), the pieces after it up to the next bold label."""
    for at, piece in enumerate(told):
        if not _answer_label(piece, labels):
            continue
        first = piece.lines[0]
        rest = first.after_lead.lstrip(LABEL_SEPARATORS)  # `**Answer**:`: the colon after the bold is the label's
        own = ([Line((Run(rest),), first.number)] if rest.strip() else []) + piece.lines[1:]
        if rest.strip() or (own and piece.listed_line):
            return own
        # ... a paragraph's lines under it first (`**Example:**` right over `**Strength:** "…"`, then
        # `**Weakness:** "…"` after a blank line): the label alone on its line all the same.
        following: list[Line] = list(own)
        for after in told[at + 1 :]:
            opening = after.lines[0]
            if opening.lead_bold is not None and opening.lead_bold == opening.text.strip("*_ :") and not _STEP.match(opening.lead_bold):
                break  # the next label alone on its line (`**Why it works:**`) ends the answer
            following += after.lines  # ... not a step of it (`**Step 1: Hear both sides**`)
        return following
    return []


# "Step 1: …", "Phase 2 -", "1. …": a bold line alone that numbers a step of the answer, not a label after it.
_STEP = re.compile(r"^(?:step|phase|stage)\s*\d+\b|^\d+[.)]\s", re.IGNORECASE)
