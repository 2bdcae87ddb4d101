"""How authors name the parts of a template, and what each name means."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from systemcraft_tui.content.labels import ANSWER_ABROAD, LEADS, PRINCIPLES, STAR_PARTS, meaning, mentions_follow_ups

STAR_NAMES = STAR_PARTS  # the vocabulary's own: one list of the parts, in order
# What authors put between a label and its text: "**Task**: ...", "Task - ...", "Task \u2014 ...".
LABEL_SEPARATORS = ":\uff1a-\u2013\u2014 "  # the full-width colon too: a label's in CJK writing
SPEAKER = re.compile(r"^[A-Z][a-z]+$")  # "Sarah", "Interviewer": who speaks a transcript line


def greeted(text: str, at: int) -> bool:
    """Whether the brackets at `at` name whoever quoted words greet ("'Hey [PM], I need …'",
    "“Hi [Name],"), or whoever a line of dialog speaks to (`Manager: Hi [Engineer's Name], …`,
    `Engineer: Thanks, [Manager's Name].`): in a script, the one spoken to, not a blank of one's story."""
    if _GREETED.search(text, 0, at) is not None:
        return True
    close = text.find("]", at)
    return (
        close > 0
        and text[close + 1 : close + 2] in (",", ".", "!", "?")
        and SPOKEN_LINE.match(text) is not None
        and _ADDRESSED.search(text, 0, at) is not None
    )


# A greeting just before the brackets, inside a quote opened before it.
_GREETED = re.compile(r"['\"\u2018\u201c]\s*(?:hey|hi|hello|dear)\s*$", re.IGNORECASE)
# A line of dialog, its speaker first (`Manager: …`, `Hiring Manager: …`, `Me: “…”`), and what
# says a name is spoken to: a greeting, thanks or an answer's first word before it ("Of course, [Name].").
SPOKEN_LINE = re.compile(r"^\W*(?P<who>[A-Z][\w'\u2019]*(?: [A-Za-z][\w'\u2019]*)?)\s*:\s+(?P<said>\S.*)$")
_ADDRESSED = re.compile(r"\b(?:hey|hi|hello|dear|thanks|thank you|of course|sure|yes|okay|ok|great)\W*$", re.IGNORECASE)


@cache  # headings and labels repeat across a file's many small checks
def normalize(name: str) -> str:
    """Lower case, one spelling of "follow-up", no punctuation, no timing."""
    text = name.lower()
    # A remark or a follow-up is looked for only in a name holding what it needs: most hold
    # neither, and the remark's pattern opens with nothing the engine could scan for.
    if "(" in text or "[" in text or "-" in text or "\u2013" in text or "\u2014" in text:
        text = _REMARK.sub(" ", text)
    if "follow" in text:
        text = _FOLLOW_UP.sub("followup", text)
    return " ".join(text.translate(_ASCII_MARKS).split() if text.isascii() else _WORD.findall(text))


# A remark in parentheses, and a timing written in brackets or closing the name after a
# dash as one in parentheses is: "Full Version (2 min)", "[2m]", "— 2 minutes".
_TIMED = r"[~≈]?\d[\d.\s\-\u2013]*(?:s|secs?|seconds?|m|mins?|minutes?)\.?"
_REMARK = re.compile(rf"\([^)]*\)|\[\s*{_TIMED}\s*\]|\s[-\u2013\u2014]\s*{_TIMED}\s*$")
# A word: letters and digits, no underscore (`_` and every other mark stand between words);
# in ASCII text, every character but a letter or digit made a space, the same words.
_FOLLOW_UP, _WORD = re.compile(r"follow[\s-]?ups?"), re.compile(r"[^\W_]+")
_ASCII_MARKS = str.maketrans({chr(code): " " for code in range(128) if not chr(code).isalnum()})


def _has(words: str, *phrases: str) -> bool:
    pattern, openings = _any_of(phrases)
    return any(opening in words for opening in openings) and pattern.search(words) is not None


@cache
def _any_of(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for any of the phrases, each a whole word or words (compiled once; the
    word boundaries stand once outside them), and the plain text each phrase opens with:
    words holding none of those are known to hold no phrase before the pattern is tried at
    each of their characters."""
    return re.compile(rf"\b(?:{'|'.join(phrases)})\b"), tuple(map(_plain_opening, phrases))


def _plain_opening(phrase: str) -> str:
    """The plain text every match of a phrase opens with: up to its first pattern syntax,
    less a letter that syntax makes optional or repeats ("expectation" of "expectations?",
    "evaluat" of "evaluat(?:ing|es|ion)"); none for a phrase of alternatives ("a|b")."""
    depth, escaped = 0, False
    for char in phrase:
        depth += 0 if escaped else (char == "(") - (char == ")")
        if char == "|" and not escaped and depth == 0:
            return ""
        escaped = char == "\\" and not escaped
    end = next((at for at, char in enumerate(phrase) if char in "\\()[]{}|.^$?*+"), len(phrase))
    return phrase[: end - 1] if end < len(phrase) and phrase[end] in "?*+{" else phrase[:end]


# Whole-heading names for the STAR answer that do not pair "STAR" with "response" ("The Story"),
# matched in full so that "STAR Story Integration" in a deep dive is not an answer.
# "STAR + Learning": the answer and what it taught, one answer. "Full Version" beside a
# "Quick Version": the whole telling is the answer, the short one its summary; a "Real Example"
# under a question heading is its answer; named so in Vietnamese too.
_STAR_ANSWER_NAMES = re.compile(
    r"^(?:(?:the|my)\s)?(?:star|star story|story|(?:sample|model|example)\s(?:answer|response)"
    r"|(?:full|long|extended|complete)\s(?:version|form|telling)|(?:real|real world|my|personal)\s(?:life\s)?example"
    # ... and Vietnamese words for a sample answer (`### Câu trả lời mẫu`), "example" before them or not
    r"|(?:v\u00ed d\u1ee5\s)?c\u00e2u\str\u1ea3\sl\u1eddi\sm\u1eabu)"
    r"(?:\s(?:and\s)?(?:learnings?|lessons?(?: learned)?|reflections?))?$"
)


# "The Interview Question", "Question", "The Question Asked", "The Question Triggers",
# "Primary Interview Questions" (the questions a story answers, the first asked); not "Mock
# Interview Question Bank", nor a guide's bare "Interview Questions".
_QUESTION_HEADING = re.compile(
    r"(?:^|\b(?:the|interview|behaviou?ral|main|core|primary|sample|example)\s)question(?:\sasked|\striggers?|\sdescription|\sstatement)?$"
    r"|\b(?:main|core|primary)\s(?:interview\s|behaviou?ral\s)?questions$"
)


# "The Core Goal of the Question", "Understanding the Question": about the question, not the question.
_ABOUT_THE_QUESTION = re.compile(
    r"\b(?:of|behind|about|understanding|answering|decoding|breaking down|unpacking|analy[sz]ing)\s(?:the|this)\squestion$"
)


@cache
def behavioral_role(name: str) -> str | None:
    """The role of a section inside a behavioral scenario, from its heading."""
    if part_label(name):
        return None  # "- Task: … the expectations were high …": a part told on its heading's line, its words no role's name
    words = normalize(name)
    if (_has(words, "star") and _has(words, "response", "answer", "example")) or _STAR_ANSWER_NAMES.match(words):
        return "star"
    if "question" in words and _QUESTION_HEADING.search(words) and not _ABOUT_THE_QUESTION.search(words):  # every name of it holds the word
        return "question"
    if mentions_follow_ups(words):
        return "probes"
    if _has(words, "evaluat(?:ing|es|ion)", "assess(?:ing|ed)", "looking for", "competenc(?:y|ies)", "setup"):
        return "evaluates"
    if _has(words, "expectations?"):
        return "expectations"
    if _has(words, "leadership principles?", "lps?") or meaning(words) == PRINCIPLES:
        return "principles"
    if _has(words, "red flags?", "mistakes", "pitfalls", "anti patterns?"):
        return "red_flags"
    if _has(words, "success factors?", "what makes it strong"):
        return "success_factors"
    if _has(words, "practice framework", "practice", "self assessment"):
        return "practice"
    return None


_PART_LETTERS = {"s": "Situation", "t": "Task", "a": "Action", "r": "Result"}
_FEWEST_PART_COLUMNS = 3
_PART_LABEL_WORDS = 3  # "- Task", "The Outcome", "What I did": a label naming a part, before its colon
_NUMBERING = "0123456789.)-*# \t"  # what a numbered heading or list item opens with before its words


@cache
def part_label(heading: str) -> str | None:
    """The part a heading names when it is a part's label and its text (`- Resolution: The bug
    was gone …`, `###### 1. - Task: …`), a few words before the colon; None for a label numbered
    as one of several (`Scenario 2: Handling an Outage`), an item's code."""
    label, colon, told = heading.partition(":")
    label = label.lstrip(_NUMBERING)
    if not colon or not told.strip() or len(label.split()) > _PART_LABEL_WORDS or any(c.isdigit() for c in label):
        return None
    return star_part(label)


def column_parts(names: list[str]) -> list[str | None] | None:
    """The STAR part each column of a table names, when its header names three or more
    parts, each once (`| Story | Situation | Task | Action | Result |`, `| S | T | A | R |`):
    a table of stories, a row each, whose header names its columns and tells nothing."""
    for parts in ([star_part(name) for name in names], [_PART_LETTERS.get(normalize(name)) for name in names]):
        named = [part for part in parts if part]
        if len(set(named)) >= _FEWEST_PART_COLUMNS and len(set(named)) == len(named):
            return parts
    return None


@cache
def star_part(label: str) -> str | None:
    """Situation/Task/Action/Result when a label or heading names one: by a word of the
    vocabulary ("Context", "What I did", "Outcome"), or by opening with the part's own name
    ("Actions", "The Result", "S - Situation"); not a label that only mentions one
    ("Immediate Actions", "Deliver Results")."""
    words = normalize(label)
    if _PART_WORDS.isdisjoint(words.split()) and "sit" not in words:  # "Sitution": typed in haste
        return None  # most labels ("Latency", "Key Trade-offs") hold no part's word: no need to look them up
    found = meaning(words)
    if found not in STAR_NAMES and (halves := _two_words_for_one(words)):
        found = halves  # "Context and Challenge": two words for the Situation
    return found if found in STAR_NAMES else star_name(words)


def _two_words_for_one(words: str) -> str | None:
    """The part two vocabulary words joined by "and" or "&" both name, if they name the same."""
    split = words.split(" and ", 1) if " and " in words else words.split() if len(words.split()) == 2 else []
    meanings = {meaning(half.strip()) for half in split}
    return next(iter(meanings)) if len(split) == 2 and len(meanings) == 1 else None


def star_name(words: str) -> str | None:
    """The STAR part normalised words open with by its own name ("situation 30 45 seconds")."""
    split = words.split()
    if len(split) > 1 and (len(split[0]) == 1 or split[0] in LEADS):
        split = split[1:]
    return _STAR_WORDS.get(split[0]) if split else None


# The parts' own names in other languages authors write in (`- 상황:`, `**Tarea:**`): the same
# parts by their own names, not other words for them (情景 beside 情境: Chinese renders the Situation both ways).
_ABROAD = {
    "Situation": ("상황", "情境", "情景", "情况", "情況", "状況", "situación", "situação"),
    "Task": ("임무", "과제", "任务", "任務", "課題", "tarea", "tarefa", "tâche", "aufgabe"),
    "Action": ("행동", "行动", "行動", "acción", "ação", "handlung", "aktion", "maßnahmen"),
    "Result": ("결과", "结果", "結果", "resultado", "resultados", "résultat", "résultats", "ergebnis", "ergebnisse"),
}
_STAR_WORDS = {word: part for part in STAR_NAMES for word in (part.lower(), part.lower() + "s", *_ABROAD[part])}
_STAR_WORDS["act"] = "Action"  # SITUATION / TASK / ACT / RESULT: the Action's own name, clipped
# Every word a label naming a part holds: the parts' own names, and each phrase of the
# vocabulary's for them (labels.py) holds one of these.
_PART_WORDS = frozenset(_STAR_WORDS) | set(
    "context background setting problem challenge scenario setup goal goals objective objectives responsibility responsibilities"
    " role did approach steps how solution solutions outcome outcomes impact resolution resolutions".split()
)


_Q_LABEL = re.compile(r"q\b|q\d")
_A_LABEL = re.compile(r"a\d*")


@cache  # a file's labels repeat ("**Common Probe #1**" in each of its stories), as its headings do
def is_question_label(label: str) -> bool:
    words = normalize(label)
    return bool(_Q_LABEL.match(words)) or _has(words, "probes?", "question", "followup")


_GUIDANCE_WORDS = ("guidance", "what to show", "look for", "looks like", "demonstrate")
_ANSWER_WORDS = ("response", "answer", *_GUIDANCE_WORDS, *ANSWER_ABROAD.split("|"))
# A label written as plain text ("Strong response: ...") must be the whole label, so
# that an answer opening with "Response time: 200 ms" keeps its words.
_PLAIN_ANSWER_LABEL = re.compile(
    r"(?:(?:strong|good|model|sample|example|suggested|ideal)\s)?(?:response|answer)"
    r"|guidance|what to show|what good looks like|what (?:they|interviewers?) look for"
)


@cache  # as is_question_label
def is_answer_label(label: str) -> bool:
    words = normalize(label)
    # "A:" or "A1:" alone: a label opening "A team says..." is a question, not an answer.
    return bool(_A_LABEL.fullmatch(words)) or _has(words, *_ANSWER_WORDS)


def is_plain_answer_label(text: str) -> bool:
    """Whether plain text before a colon names an answer: "Strong response", "What good looks like"."""
    return bool(_PLAIN_ANSWER_LABEL.fullmatch(normalize(text)))


@cache  # as is_question_label
def answer_kind(label: str) -> str:
    """ "guidance" when the label says what a strong answer shows, else a model answer."""
    return "guidance" if _has(normalize(label), *_GUIDANCE_WORDS, "shows?") else "strong_response"


_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "'": "'", "*": "*", "_": "_"}  # built once: called for most lines; « » as French quotes
_LEADING_SEPARATORS = LABEL_SEPARATORS + "\t"


@lru_cache(maxsize=4096)  # a story's spoken lines and labels are asked of by several rules
def strip_quotes(text: str) -> str:
    """Remove the quotes around spoken text and the separators authors put before it."""
    text = text.strip().lstrip(_LEADING_SEPARATORS).strip()
    while len(text) >= 2 and (close := _QUOTE_PAIRS.get(text[0])) and text[-1] == close:
        text = text[1:-1].strip()
    return text


_SYMBOL_CATEGORIES = {"So", "Sk", "Mn", "Cf"}  # emoji, their modifiers and joiners


@lru_cache(maxsize=4096)  # each heading's title, by nearly every rule that names it
def without_symbols(text: str) -> str:
    """The text without the emoji and spaces around it: "Practice Progression" from "🚀
    Practice Progression"."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in _SYMBOL_CATEGORIES):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in _SYMBOL_CATEGORIES):
        end -= 1
    return text[start:end]


# Words a title keeps in lower case inside it ("Design a Unique Id Generator").
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with"})


def file_title(name: str) -> str:
    """A file's or folder's name as an item's title, when nothing on the page names it: its
    words apart, a leading number gone, and a name written all in one case capitalised
    ("06_ADVANCED_TOPICS_CONFIGURATIONS": "Advanced Topics Configurations", "sobhan_conflict":
    "Sobhan Conflict"); one in mixed case keeps its own ("Design_Pastebin": "Design Pastebin", "topK")."""
    # Hyphens join a file name's words ("sam-ch07-design"), not a name written with spaces ("sign-up form").
    words = re.sub(r"_+" if " " in name.strip() else r"[_\s]+|(?<=\w)-(?=\w)", " ", name).split()
    if len(words) > 1 and words[0].isdigit():
        words = words[1:]
    text = " ".join(words)
    if not text or not (text.islower() or text.isupper()):
        return text or name
    return " ".join(
        word.lower() if n and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:].lower() for n, word in enumerate(words)
    )


# Headings that close a page rather than name it, in the author's language too (Conclusión, Fazit, 总结, まとめ).
_CLOSING = re.compile(
    r"^(?:conclusions?|summary|references?|resources|sources|further reading|see also|final (?:thoughts|tips|words)|key takeaways?"
    r"|(?:key )?success factors|next steps|conclusi[oóã]n|conclusão|resumen|fazit|zusammenfassung|итоги|总结|まとめ|마무리)$"
)


def closes_page(title: str) -> bool:
    """Whether a heading closes its page ("Conclusion", "Key Takeaways") rather than holds an item of it."""
    return bool(_CLOSING.match(normalize(title)))


# "ขั้นตอนที่ 1: ทำความเข้าใจปัญหา (Understanding the Problem)", "设计短链接服务 (Design a URL Shortener)": a
# heading in the author's script with its English name in closing parentheses, as translated notes
# name their parts.
_GLOSS = re.compile(r"[(\uff08]\s*([A-Za-z][A-Za-z0-9 &/,.'\-]*[A-Za-z0-9])\s*[)\uff09]\s*$")
_LATIN = re.compile(r"[A-Za-z]")


def english_gloss(heading: str) -> str | None:
    """The English name a heading written in another script gives itself in closing parentheses
    (`ทำความเข้าใจปัญหา (Understanding the Problem)`: "Understanding the Problem"); None for any
    other heading, one with Latin words of its own before the parentheses too."""
    if heading.isascii() or not (found := _GLOSS.search(heading)):
        return None
    return None if _LATIN.search(heading[: found.start()]) else found[1]
