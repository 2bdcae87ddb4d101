"""The 16 Leadership Principles and the names authors actually write for them."""

from __future__ import annotations

import re
from functools import lru_cache

PRINCIPLES: tuple[str, ...] = (
    "Customer Obsession",
    "Ownership",
    "Invent and Simplify",
    "Are Right, A Lot",
    "Learn and Be Curious",
    "Hire and Develop the Best",
    "Insist on the Highest Standards",
    "Think Big",
    "Bias for Action",
    "Frugality",
    "Earn Trust",
    "Dive Deep",
    "Have Backbone; Disagree and Commit",
    "Deliver Results",
    "Strive to be Earth's Best Employer",
    "Success and Scale Bring Broad Responsibility",
)

# Short forms seen in real prep material, each pointing at its canonical name.
_ALIASES: dict[str, str] = {
    "customer obsessed": "Customer Obsession",
    "customer first": "Customer Obsession",
    "owner": "Ownership",
    "invent simplify": "Invent and Simplify",
    "invent": "Invent and Simplify",
    "simplify": "Invent and Simplify",
    "are right a lot": "Are Right, A Lot",
    "right a lot": "Are Right, A Lot",
    "learn be curious": "Learn and Be Curious",
    "be curious": "Learn and Be Curious",
    "hire develop": "Hire and Develop the Best",
    "hire develop best": "Hire and Develop the Best",
    "hire develop the best": "Hire and Develop the Best",
    "develop best": "Hire and Develop the Best",
    "highest standards": "Insist on the Highest Standards",
    "insist highest standards": "Insist on the Highest Standards",
    "insist high standards": "Insist on the Highest Standards",  # as often misremembered
    "bias action": "Bias for Action",
    "delivery results": "Deliver Results",
    "frugal": "Frugality",
    "trust": "Earn Trust",
    "have backbone": "Have Backbone; Disagree and Commit",
    "backbone": "Have Backbone; Disagree and Commit",
    "disagree commit": "Have Backbone; Disagree and Commit",
    "disagree commitment": "Have Backbone; Disagree and Commit",
    "have backbone disagree commit": "Have Backbone; Disagree and Commit",
    "earths best employer": "Strive to be Earth's Best Employer",
    "earth best employer": "Strive to be Earth's Best Employer",
    "best employer": "Strive to be Earth's Best Employer",
    "success scale": "Success and Scale Bring Broad Responsibility",
    "success scale bring broad responsibility": "Success and Scale Bring Broad Responsibility",
    "success scale bring responsibility": "Success and Scale Bring Broad Responsibility",
    "broad responsibility": "Success and Scale Bring Broad Responsibility",
}

# The names Amazon gives them in Chinese, as Chinese-speaking authors write them ("Case:(客户至尚 + 崇尚行动)").
_CHINESE: dict[str, str] = {
    "客户至尚": "Customer Obsession",
    "顾客至尚": "Customer Obsession",  # as Amazon's Chinese pages write it too
    "主人翁精神": "Ownership",
    "创新简化": "Invent and Simplify",
    "决策正确": "Are Right, A Lot",
    "好奇求知": "Learn and Be Curious",
    "选贤育能": "Hire and Develop the Best",
    "选育贤能": "Hire and Develop the Best",
    "最高标准": "Insist on the Highest Standards",
    "远见卓识": "Think Big",
    "崇尚行动": "Bias for Action",
    "勤俭节约": "Frugality",
    "赢得信任": "Earn Trust",
    "刨根问底": "Dive Deep",
    "敢于谏言": "Have Backbone; Disagree and Commit",
    "要有硬骨头": "Have Backbone; Disagree and Commit",
    "达成业绩": "Deliver Results",
    "致力于成为全球最佳雇主": "Strive to be Earth's Best Employer",
    "成功和规模带来广泛的责任": "Success and Scale Bring Broad Responsibility",
}

_FILLER = {"and", "the", "on", "for", "to", "be", "a", "lp", "principle"}


_WORD = re.compile(r"[a-z0-9]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(_spelled(name))


def _spelled(name: str) -> str:
    """Lower case, "Earth's" as "earths" (a curly apostrophe too)."""
    return name.lower().replace("\u2019", "'").replace("'s", "s").replace("'", "")


def _key(name: str | list[str], *, drop_filler: bool, singular: bool = False) -> str:
    words = _words(name) if isinstance(name, str) else name
    if drop_filler:
        words = [w for w in words if w not in _FILLER] or words
    if singular:  # "Deliver Result", "Highest Standard": a word's number changes no name
        words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]
    return " ".join(words)


_LOOKUP: dict[str, str] = {}
_SINGULAR: dict[str, str] = {}
for _name, _canonical in [*((name, name) for name in PRINCIPLES), *_ALIASES.items()]:
    for _drop in (False, True):
        _LOOKUP[_key(_name, drop_filler=_drop)] = _canonical
        _SINGULAR[_key(_name, drop_filler=_drop, singular=True)] = _canonical


# Every word of a name or short form, in either number: a name with another word (not a
# filler) is none of them, known without making its keys (a heading is asked about often).
_VOCABULARY = frozenset(word for key in [*_LOOKUP, *_SINGULAR] for word in key.split())


def _known(word: str) -> bool:
    return word in _VOCABULARY or word in _FILLER or (len(word) > 3 and word.endswith("s") and word[:-1] in _VOCABULARY)


@lru_cache(maxsize=4096)
def canonical_principle(name: str) -> str | None:
    """The canonical principle a written name means, or None when it is not one of the 16."""
    if (chinese := _CHINESE.get(name.strip(" *"))) is not None:
        return chinese
    if (first := _WORD.search(_spelled(name))) and not _known(first[0]):
        return None  # most names open with a word no principle holds: the rest is not split
    words = _words(name)
    if not all(_known(word) for word in words):
        return None
    for drop in (False, True):
        key = _key(words, drop_filler=drop)
        if key in _LOOKUP:
            return _LOOKUP[key]
    for drop in (False, True):
        if (key := _key(words, drop_filler=drop, singular=True)) in _SINGULAR:
            return _SINGULAR[key]
    return None


# Parentheses and the full-width ones Chinese and Japanese authors type (U+FF08, U+FF09).
_NOTE = re.compile(r"\s*[(\uff08]([^()\uff08\uff09]*)[)\uff09]")

# What joins names in a tag list: "Ownership + Invent & Simplify", "Dive Deep / Deliver Results".
# The full-width comma, enumeration comma and semicolon (U+FF0C, U+3001, U+FF1B) too.
_JOINS = re.compile(r"\s*(?:[,;/+|\u00b7\uff0c\u3001\uff1b]|&|\band\b)\s*", re.IGNORECASE)


def principles_listed(text: str) -> list[str]:
    """The principles a tag list names, every piece one of them, else none: "Ownership +
    Invent & Simplify", "Dive Deep, Deliver Results". A name holding a join ("Invent and
    Simplify", "Are Right, A Lot") is taken longest first."""
    found, whole = _principles_in_pieces(text)
    return found if whole else []


def principles_among(text: str) -> list[str]:
    """The principles among a list of themes, the others passed over: "(work under pressure,
    ownership, are right, a lot)" names Ownership and Are Right, A Lot."""
    return _principles_in_pieces(text)[0]


def _principles_in_pieces(text: str) -> tuple[list[str], bool]:
    """The principles a list's pieces name, longest first, and whether every piece is one."""
    pieces = [piece for piece in _JOINS.split(text.strip(" .")) if piece]
    found: list[str] = []
    whole = True
    start = 0
    while start < len(pieces):
        named = ((end, name) for end in range(len(pieces), start, -1) if (name := canonical_principle(" and ".join(pieces[start:end]))))
        if (longest := next(named, None)) is None:
            whole, start = False, start + 1  # a theme of the story's own ("work under pressure")
        else:
            start = longest[0]
            found.append(longest[1])
    return found, whole


_REMARK_WORDS = re.compile(r"^(?:[a-z]+\s+)+(?=[A-Z])")


def _named_after_remark(text: str) -> list[tuple[str, list[str]]] | None:
    """The principles a remark goes on to name ("also Dive Deep"), or None when it names none."""
    if not (lead := _REMARK_WORDS.match(text)):
        return None
    named = named_principles(re.sub(r"\s+and\s+", ", ", text[lead.end() :].rstrip(". ")))
    return named if all(canonical_principle(name) for name, _ in named) else None


def named_principles(text: str) -> list[tuple[str, list[str]]]:
    """Each principle a line names, with the notes in parentheses after it:
    "Dive Deep (primary), Learn & Be Curious", "Have Backbone; Disagree and Commit · Ownership" or
    "Customer obsession/deliver result/earn trust".

    Pieces between commas, semicolons and "·" are taken longest first, so "Are Right, A Lot"
    stays one principle. A line that names no known principle stays whole, to be reported
    as written."""
    whole = _without_notes(text)
    spans = [match.span() for match in re.finditer(r"[^,;·|+/\uff0c\u3001\uff1b]+", text)]
    if canonical_principle(whole[0]) or len(spans) < 2:
        return [whole]

    def piece(start: int, end: int) -> str:
        return text[spans[start][0] : spans[end - 1][1]]

    found: list[tuple[str, list[str]]] = []
    start = 0
    while start < len(spans):
        ends = range(len(spans), start, -1)
        end = next((end for end in ends if canonical_principle(_without_notes(piece(start, end))[0])), start + 1)
        name, notes = _without_notes(piece(start, end))
        if found and not canonical_principle(name) and name[:1].islower():
            rest = text[spans[start][0] :].strip()
            # "…; also Dive Deep", "…; touches Deliver Results and Learn and Be Curious": more
            # names after a word of remark; "Ownership, since the export was ours": a note.
            if (named := _named_after_remark(rest)) is not None:
                found += named
            else:
                found[-1][1].append(rest)
            break
        found.append((name, notes))
        start = end
    if not any(canonical_principle(name) for name, _ in found):
        return [whole]
    return [entry for entry in found if entry[0]]


def _without_notes(text: str) -> tuple[str, list[str]]:
    """("Dive Deep", ["primary"]) from "Dive Deep (primary)"."""
    if "(" not in text and "\uff08" not in text:  # most names: no note to look for
        return text.strip(" *"), []
    return _NOTE.sub("", text).strip(" *"), [note.strip() for note in _NOTE.findall(text)]


# A principle's own words in the telling, "… the bias for action in Amazon's leadership
# principles", "Make sure DELIVER RESULTS": its distinctive phrase, in any letter case, its
# ends set apart from Latin letters and digits only: a Chinese or Japanese telling runs on straight
# after it ("涉及了Bias to action, dive deep, customer obsession等等").
_IN_PROSE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?<![A-Za-z0-9])(?:{pattern})(?![A-Za-z0-9])", re.IGNORECASE))
    for name, pattern in (
        ("Customer Obsession", r"customer[- ]obsess(?:ion|ed)"),
        ("Ownership", r"(?:take|took|taking|takes|showed|show) (?:full )?ownership"),
        ("Invent and Simplify", r"invent and simplify"),
        ("Learn and Be Curious", r"learn and be curious"),
        ("Hire and Develop the Best", r"hire and develop the best"),
        ("Insist on the Highest Standards", r"insist(?:s|ed|ing)? on (?:the )?highest standards"),
        ("Think Big", r"think big"),
        ("Bias for Action", r"bias (?:for|to) action"),
        ("Earn Trust", r"earn(?:s|ed|ing)? trust"),
        ("Dive Deep", r"(?:dive|dived|dove|diving) deep"),
        ("Have Backbone; Disagree and Commit", r"disagree and commit"),
        ("Deliver Results", r"deliver(?:s|ed|ing)? (?:the )?results"),
    )
)


# A run of Latin words set in text of another script ("包括了Ownership, Right a lot, Think big, Earn trust等等", a full-width comma too).
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z ,&/+'\uff0c\u3001-]*[A-Za-z]")


def principles_in_prose(text: str) -> list[str]:
    """The principles a story's own text names by their words, in the order of PRINCIPLES; and
    each of a list of two or more set whole in text of another script, though its name alone
    ("Ownership") is a common word."""
    found = {name for name, pattern in _IN_PROSE if pattern.search(text)}
    for run in _LATIN_RUN.findall(text):
        if len(listed := principles_listed(run)) >= 2:
            found.update(listed)
    return [name for name in PRINCIPLES if name in found]


# The principles' own definitions tell what leaders do ("Leaders are owners.", "Leaders start with
# the customer …"): the company's words, no one's story.
_WHAT_LEADERS_DO = re.compile(r"\bLeaders (?:are|start|begin|expect|raise|have|create|never|listen|operate|dig|do|work|obsess|think|move|focus)\b")


def defines_principle(text: str) -> bool:
    """Whether text says what leaders do, as a principle's definition does."""
    return bool(_WHAT_LEADERS_DO.search(text))
