"""Answer checks on the notes a user typed, or on what they said (a transcript per section):
deterministic, offline, each one explained with the words it found. They inform; they never
block a save."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from systemcraft_tui.core.windows import WARNING_SECONDS, Standing, clock, span, verdict
from systemcraft_tui.practice.numbers import numbers_in

# Words that suggest a principle is touched. Hand-written, deliberately plain.
PRINCIPLE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "Customer Obsession": ("customer", "customers", "user", "users", "client", "nps", "churn", "feedback", "support tickets"),
    "Ownership": ("owned", "ownership", "took responsibility", "accountable", "on-call", "long-term", "end to end"),
    "Invent and Simplify": ("simplified", "simplify", "invented", "automated", "new approach", "prototype", "removed steps"),
    "Are Right, A Lot": ("judgment", "judgement", "decided", "bet", "hypothesis", "was right", "data showed", "trade-off"),
    "Learn and Be Curious": ("learned", "learnt", "studied", "curious", "read up", "taught myself", "experiment"),
    "Hire and Develop the Best": ("hired", "hiring", "mentored", "coached", "promoted", "promotion", "career", "interview loop"),
    "Insist on the Highest Standards": (
        "quality",
        "standard",
        "bar",
        "defect",
        "review",
        "tests",
        "postmortem",
        "raised the bar",
    ),
    "Think Big": ("vision", "roadmap", "platform", "strategy", "multi-year", "ten times", "10x", "org-wide"),
    "Bias for Action": (
        "quickly",
        "within a day",
        "same day",
        "shipped",
        "reversible",
        "decided fast",
        "immediately",
        "prototype",
    ),
    "Frugality": ("cost", "budget", "saved", "cheaper", "headcount", "frugal", "reused", "spend"),
    "Earn Trust": ("trust", "transparent", "honest", "admitted", "listened", "candid", "apologised", "apologized"),
    "Dive Deep": ("root cause", "logs", "metrics", "data", "dug", "investigated", "traced", "dashboard"),
    "Have Backbone; Disagree and Commit": ("disagreed", "pushed back", "challenged", "escalated", "committed", "objected"),
    "Deliver Results": ("delivered", "launched", "on time", "deadline", "shipped", "met the goal", "result"),
    "Strive to be Earth's Best Employer": (
        "wellbeing",
        "well-being",
        "burnout",
        "inclusive",
        "psychological safety",
        "morale",
        "growth",
    ),
    "Success and Scale Bring Broad Responsibility": (
        "privacy",
        "security",
        "sustainability",
        "community",
        "accessibility",
        "compliance",
        "ethics",
    ),
}

BLAME_PHRASES = (
    "their fault",
    "not my fault",
    "blamed",
    "they failed",
    "because of them",
    "the other team",
    "incompetent",
    "management failed",
    "they didn't",
    "they did not",
)
VAGUE_PHRASES = (
    "somehow",
    "kind of",
    "sort of",
    "stuff",
    "things like that",
    "basically",
    "a lot of",
    "various",
    "etc",
    "and so on",
    "i guess",
    "maybe",
)
# An outcome claimed without saying how much. Flagged only in a sentence with no number:
# "errors fell a lot, from 4% to 0.2%" says how much.
VAGUE_OUTCOMES = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bwent (?:well|great|smoothly|fine|better)\b",
        r"\b(?:improved|grew|dropped|fell|increased|decreased|reduced|helped) (?:a lot|a great deal|significantly|greatly|dramatically|massively|hugely|substantially|tremendously)\b",
        r"\b(?:significantly|greatly|dramatically|massively|hugely|substantially|vastly) (?:improved|better|faster|reduced|increased|lower|higher)\b",
        r"\b(?:much|a lot|way|far|so much) (?:better|faster|happier|smoother|more reliable|more stable)\b",
        r"\b(?:big|huge|massive|great|major|significant|positive) (?:impact|success|win|improvement|difference|results?|outcomes?)\b",
        r"\b(?:very|really|quite|hugely|extremely) (?:successful|effective|well received)\b",
        r"\bwas a (?:success|win|hit)\b",
        r"\b(?:worked out|paid off|made a difference)\b",
        r"\b(?:everyone|everybody|people|customers|users|stakeholders|the team) (?:was|were) (?:happy|happier|pleased|satisfied)\b",
        r"\bthings (?:improved|got better|went better|turned around)\b",
    )
)
_SENTENCE = re.compile(r"[^.!?;\n]+")
_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|half|double|doubled|tripled)\b"
    # ... and Chinese or Japanese numerals before what they count: 五年, 三百人, 两个月, 二割
    r"|[一二三四五六七八九十百千万两〇]+(?=[年人件倍割个ヶか月周週天日回次%\uff05])",
    re.I,
)
# "We" and "I" in English, and in Chinese, Japanese and Korean (私たち is "we", 私 "I").
_WE = re.compile(r"\b(?:we|our|us|ours)\b|我们|我們|私たち|僕たち|우리", re.I)
_I = re.compile(r"\b(?:i|my|me|mine|i'm|i've|i'd)\b|我(?![们們])|私(?!たち)|僕(?!たち)|저는|제가|나는", re.I)


def count_i_we(text: str) -> tuple[int, int]:
    """How often the text says I/my/me/mine and we/our/us/ours."""
    return len(_I.findall(text)), len(_WE.findall(text))


@dataclass(frozen=True)
class Source:
    """What the checks read, and how their explanations name it."""

    subject: str  # "Something in the notes sounds vague", "Something you said sounds vague"
    result_has_numbers: str
    result_without_numbers: str
    no_result: str
    whole_has_numbers: str  # an answer told whole, in no STAR parts: its figures anywhere in it
    whole_without_numbers: str
    nothing: str
    every_principle: str
    principles_found: str
    find_numbers: Callable[[str], tuple[str, ...]]


def _numbers_in_notes(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(0) for m in _NUMBER.finditer(text)))


NOTES = Source(
    subject="Something in the notes",
    result_has_numbers="The Result notes carry numbers.",
    result_without_numbers="No number in the Result notes: say what changed, by how much, by when.",
    no_result="No Result notes to check.",
    whole_has_numbers="The notes carry numbers.",
    whole_without_numbers="No number in the notes: one figure makes an answer concrete.",
    nothing="No notes to check.",
    every_principle="The notes touch every principle this scenario tests.",
    principles_found="Principles found in the notes.",
    find_numbers=_numbers_in_notes,
)
# A transcript: numbers come as digits or as words ("forty thousand"), so the wider reader.
SPOKEN = Source(
    subject="Something you said",
    result_has_numbers="The Result as you said it carries numbers.",
    result_without_numbers="No number in the Result as you said it: say what changed, by how much, by when.",
    no_result="Nothing was heard in the Result.",
    whole_has_numbers="What you said carries numbers.",
    whole_without_numbers="No number in what you said: one figure makes an answer concrete.",
    nothing="Nothing was heard to check.",
    every_principle="What you said touches every principle this scenario tests.",
    principles_found="Principles found in what you said.",
    find_numbers=lambda text: tuple(dict.fromkeys(numbers_in(text))),
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    explanation: str
    found: tuple[str, ...] = ()


def run_checks(
    notes: dict[str, str],
    timings: list[tuple[str, float, int, int]],
    principles: list[str],
    source: Source = NOTES,
) -> list[CheckResult]:
    """notes: section name -> notes (or, with source=SPOKEN, -> transcript text);
    timings: (name, actual s, min s, max s) per section."""
    everything = "\n".join(notes.values())
    if not everything.strip():  # a blank page has no blame or filler in it, but that is not a pass
        named = ("Blame", "Vagueness", "Principles touched") if principles else ("Blame", "Vagueness")
        words = [CheckResult(name, False, source.nothing) for name in named]
    else:
        touched = _principles_touched(everything, principles, source)
        words = [
            _phrases("Blame", BLAME_PHRASES, everything, "blames others", source),
            _vagueness(everything, source),
            *([touched] if touched is not None else []),
        ]
    told_whole = "Result" not in notes and len(notes) == 1
    quantified = _figures(everything, source) if told_whole else _quantified(notes.get("Result", ""), source)
    return [quantified, _we_versus_i(everything, source), *words, _timing(timings)]


def _quantified(result_text: str, source: Source) -> CheckResult:
    numbers = source.find_numbers(result_text)
    if numbers:
        return CheckResult("Quantified result", True, source.result_has_numbers, numbers)
    why = source.result_without_numbers if result_text.strip() else source.no_result
    return CheckResult("Quantified result", False, why)


def _figures(text: str, source: Source) -> CheckResult:
    """The same check on an answer told whole (one part, no Result): a figure anywhere in it."""
    numbers = source.find_numbers(text)
    if numbers:
        return CheckResult("Quantified result", True, source.whole_has_numbers, numbers)
    return CheckResult("Quantified result", False, source.whole_without_numbers if text.strip() else source.nothing)


def _we_versus_i(text: str, source: Source) -> CheckResult:
    i, we = count_i_we(text)
    found = (f"we/our/us ×{we}", f"I/my/me ×{i}")
    if not text.strip():
        return CheckResult("Your own part", False, source.nothing)
    if we >= 3 and we > 2 * i:
        return CheckResult("Your own part", False, '"We" far outnumbers "I": say what you decided and did.', found)
    if not i and not we:  # keywords only: nothing to weigh, and nothing to say it came through
        return CheckResult("Your own part", True, 'No "I" or "we" to weigh.', found)
    return CheckResult("Your own part", True, "Your own actions come through.", found)


def _phrases(name: str, phrases: tuple[str, ...], text: str, verdict: str, source: Source) -> CheckResult:
    lowered = text.lower()
    found = tuple(p for p in phrases if re.search(rf"\b{re.escape(p)}\b", lowered))
    if found:
        return CheckResult(name, False, f"{source.subject} {verdict}: rephrase around what you did.", found)
    return CheckResult(name, True, f"Nothing that {verdict}.")


def _vagueness(text: str, source: Source) -> CheckResult:
    """Filler words, and outcomes claimed without a number in the same sentence."""
    filler = _phrases("Vagueness", VAGUE_PHRASES, text, "sounds vague", source)
    claims = tuple(
        dict.fromkeys(
            match.group(0).lower()
            for sentence in _SENTENCE.findall(text)
            if not source.find_numbers(sentence)
            for pattern in VAGUE_OUTCOMES
            for match in pattern.finditer(sentence)
        )
    )
    if not claims:
        return filler
    why = "An outcome without a number: say what changed, by how much, by when."
    return CheckResult("Vagueness", False, why if filler.passed else f"{filler.explanation} {why}", filler.found + claims)


def _principles_touched(text: str, principles: list[str], source: Source) -> CheckResult | None:
    """Whether the notes touch the item's principles; for an item that tests none, the ones they
    touch, and no check at all when they touch none (nothing was asked, nothing passes)."""
    lowered = text.lower()
    touched = [
        f"{principle} ({', '.join(words)})"
        for principle, keywords in PRINCIPLE_KEYWORDS.items()
        if (words := [k for k in keywords if re.search(rf"\b{re.escape(k)}\b", lowered)])
    ]
    names = [t.split(" (")[0] for t in touched]
    missed = [p for p in principles if p not in names]
    if principles and not missed:
        return CheckResult("Principles touched", True, source.every_principle, tuple(touched))
    if principles:
        why = "Not touched: " + "; ".join(missed)  # a name may hold a comma: "Are Right, A Lot"
        return CheckResult("Principles touched", False, why, tuple(touched))
    return CheckResult("Principles touched", True, source.principles_found, tuple(touched)) if touched else None


def _timing(timings: list[tuple[str, float, int, int]]) -> CheckResult:
    """Far outside: over by more than 10 s or a quarter of the window, short by more than half its minimum."""
    off = []
    for name, actual, low, high in timings:
        v = verdict(actual, low, high)
        far = max(WARNING_SECONDS, high * 0.25) if v.standing is Standing.OVER else low * 0.5
        if v.standing is not Standing.INSIDE and v.by > far:
            off.append(f"{name} {clock(actual)}, {v.text} (window {span(low, high)})")
    whole = len(timings) == 1  # an answer told whole: one window, no sections
    if off:
        why = "The answer ran far outside its window." if whole else "Some sections ran far outside their window."
        return CheckResult("Timing", False, why, tuple(off))
    return CheckResult("Timing", True, "The answer stayed near its window." if whole else "Every section stayed near its window.")
