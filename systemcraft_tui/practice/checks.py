"""Answer checks on the notes a user typed: deterministic, offline, each one explained
with the words it found. They inform; they never block a save."""

from __future__ import annotations

import re
from dataclasses import dataclass

from systemcraft_tui.practice.windows import WARNING_SECONDS, Standing, clock, span, verdict

# Words that suggest a principle is touched. Hand-written, deliberately plain.
PRINCIPLE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "Customer Obsession": ("customer", "customers", "user", "users", "client", "nps", "churn", "feedback", "support tickets"),
    "Ownership": ("owned", "ownership", "took responsibility", "accountable", "on-call", "long-term", "end to end"),
    "Invent and Simplify": ("simplified", "simplify", "invented", "automated", "new approach", "prototype", "removed steps"),
    "Are Right, A Lot": ("judgment", "judgement", "decided", "bet", "hypothesis", "was right", "data showed", "trade-off"),
    "Learn and Be Curious": ("learned", "learnt", "studied", "curious", "read up", "taught myself", "experiment"),
    "Hire and Develop the Best": ("hired", "hiring", "mentored", "coached", "promoted", "promotion", "career", "interview loop"),
    "Insist on the Highest Standards": ("quality", "standard", "bar", "defect", "review", "tests", "postmortem", "raised the bar"),
    "Think Big": ("vision", "roadmap", "platform", "strategy", "multi-year", "ten times", "10x", "org-wide"),
    "Bias for Action": ("quickly", "within a day", "same day", "shipped", "reversible", "decided fast", "immediately", "prototype"),
    "Frugality": ("cost", "budget", "saved", "cheaper", "headcount", "frugal", "reused", "spend"),
    "Earn Trust": ("trust", "transparent", "honest", "admitted", "listened", "candid", "apologised", "apologized"),
    "Dive Deep": ("root cause", "logs", "metrics", "data", "dug", "investigated", "traced", "dashboard"),
    "Have Backbone; Disagree and Commit": ("disagreed", "pushed back", "challenged", "escalated", "committed", "objected"),
    "Deliver Results": ("delivered", "launched", "on time", "deadline", "shipped", "met the goal", "result"),
    "Strive to be Earth's Best Employer": ("wellbeing", "well-being", "burnout", "inclusive", "psychological safety", "morale", "growth"),
    "Success and Scale Bring Broad Responsibility": ("privacy", "security", "sustainability", "community", "accessibility", "compliance", "ethics"),
}

BLAME_PHRASES = (
    "their fault", "not my fault", "blamed", "they failed", "because of them", "the other team",
    "incompetent", "management failed", "they didn't", "they did not",
)
VAGUE_PHRASES = (
    "somehow", "kind of", "sort of", "stuff", "things like that", "basically", "a lot of", "various",
    "etc", "and so on", "i guess", "maybe",
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
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|half|double|doubled|tripled)\b", re.I)
_WE = re.compile(r"\b(?:we|our|us|ours)\b", re.I)
_I = re.compile(r"\b(?:i|my|me|mine|i'm|i've|i'd)\b", re.I)


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
) -> list[CheckResult]:
    """notes: section name -> notes; timings: (name, actual s, min s, max s) per section."""
    everything = "\n".join(notes.values())
    return [
        _quantified(notes.get("Result", "")),
        _we_versus_i(everything),
        _phrases("Blame", BLAME_PHRASES, everything, "blames others"),
        _vagueness(everything),
        _principles_touched(everything, principles),
        _timing(timings),
    ]


def _quantified(result_notes: str) -> CheckResult:
    numbers = tuple(dict.fromkeys(m.group(0) for m in _NUMBER.finditer(result_notes)))
    if numbers:
        return CheckResult("Quantified result", True, "The Result notes carry numbers.", numbers)
    why = "No number in the Result notes: say what changed, by how much, by when."
    return CheckResult("Quantified result", False, why if result_notes.strip() else "No Result notes to check.")


def _we_versus_i(text: str) -> CheckResult:
    we, i = len(_WE.findall(text)), len(_I.findall(text))
    found = (f"we/our/us ×{we}", f"I/my/me ×{i}")
    if not text.strip():
        return CheckResult("Your own part", False, "No notes to check.")
    if we >= 3 and we > 2 * i:
        return CheckResult("Your own part", False, "\"We\" far outnumbers \"I\": say what you decided and did.", found)
    return CheckResult("Your own part", True, "Your own actions come through.", found)


def _phrases(name: str, phrases: tuple[str, ...], text: str, verdict: str) -> CheckResult:
    lowered = text.lower()
    found = tuple(p for p in phrases if re.search(rf"\b{re.escape(p)}\b", lowered))
    if found:
        return CheckResult(name, False, f"The notes {verdict}: rephrase around what you did.", found)
    return CheckResult(name, True, f"Nothing that {verdict}.")


def _vagueness(text: str) -> CheckResult:
    """Filler words, and outcomes claimed without a number in the same sentence."""
    filler = _phrases("Vagueness", VAGUE_PHRASES, text, "sounds vague")
    claims = tuple(
        dict.fromkeys(
            match.group(0).lower()
            for sentence in _SENTENCE.findall(text)
            if not _NUMBER.search(sentence)
            for pattern in VAGUE_OUTCOMES
            for match in pattern.finditer(sentence)
        )
    )
    if not claims:
        return filler
    why = "An outcome without a number: say what changed, by how much, by when."
    return CheckResult("Vagueness", False, why if filler.passed else f"{filler.explanation} {why}", filler.found + claims)


def _principles_touched(text: str, principles: list[str]) -> CheckResult:
    lowered = text.lower()
    touched = [
        f"{principle} ({', '.join(words)})"
        for principle, keywords in PRINCIPLE_KEYWORDS.items()
        if (words := [k for k in keywords if re.search(rf"\b{re.escape(k)}\b", lowered)])
    ]
    names = [t.split(" (")[0] for t in touched]
    missed = [p for p in principles if p not in names]
    if principles and not missed:
        return CheckResult("Principles touched", True, "The notes touch every principle this scenario tests.", tuple(touched))
    if principles:
        why = "Not touched: " + ", ".join(missed)
        return CheckResult("Principles touched", False, why, tuple(touched))
    return CheckResult("Principles touched", True, "Principles found in the notes.", tuple(touched))


def _timing(timings: list[tuple[str, float, int, int]]) -> CheckResult:
    """Far outside: over by more than 10 s or a quarter of the window, short by more than half its minimum."""
    off = []
    for name, actual, low, high in timings:
        v = verdict(actual, low, high)
        far = max(WARNING_SECONDS, high * 0.25) if v.standing is Standing.OVER else low * 0.5
        if v.standing is not Standing.INSIDE and v.by > far:
            off.append(f"{name} {clock(actual)}, {v.text} (window {span(low, high)})")
    if off:
        return CheckResult("Timing", False, "Some sections ran far outside their window.", tuple(off))
    return CheckResult("Timing", True, "Every section stayed near its window.")
