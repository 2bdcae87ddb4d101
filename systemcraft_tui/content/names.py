"""How authors name the parts of a template, and what each name means."""

from __future__ import annotations

import re

STAR_NAMES = ("Situation", "Task", "Action", "Result")


def normalize(name: str) -> str:
    """Lower case, one spelling of "follow-up", no punctuation, no timing."""
    text = re.sub(r"\([^)]*\)", " ", name.lower())
    text = re.sub(r"follow[\s-]?ups?", "followup", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _has(words: str, *phrases: str) -> bool:
    return any(re.search(rf"\b{phrase}\b", words) for phrase in phrases)


def behavioral_role(name: str) -> str | None:
    """The role of a section inside a behavioral scenario, from its heading."""
    words = normalize(name)
    if _has(words, "star") and _has(words, "response", "answer", "example"):
        return "star"
    if _has(words, "interview question", "the question", "question asked") or words == "question":
        return "question"
    if _has(words, "followup", "probes?"):
        return "probes"
    if _has(words, "evaluating", "evaluates", "evaluation", "assessing", "scenario setup", "setup"):
        return "evaluates"
    if _has(words, "expectations?"):
        return "expectations"
    if _has(words, "leadership principles?", "lps?"):
        return "principles"
    if _has(words, "red flags?", "mistakes to avoid", "pitfalls", "anti patterns?"):
        return "red_flags"
    if _has(words, "success factors?", "what makes it strong"):
        return "success_factors"
    if _has(words, "practice framework", "practice", "self assessment"):
        return "practice"
    return None


def star_part(label: str) -> str | None:
    """Situation/Task/Action/Result when a label or heading names one ("Actions", "The Result")."""
    words = normalize(label).split()
    for word in words[:2]:
        for part in STAR_NAMES:
            if word in (part.lower(), part.lower() + "s"):
                return part
    return None


def is_question_label(label: str) -> bool:
    words = normalize(label)
    return bool(re.match(r"q\b|q\d", words)) or _has(words, "probes?", "question", "followup")


def is_answer_label(label: str) -> bool:
    words = normalize(label)
    return bool(re.match(r"a\b|a\d", words)) or _has(words, "response", "answer", "guidance", "what to show", "look for", "demonstrate")


def strip_quotes(text: str) -> str:
    """Remove the quotes around spoken text and the separators authors put before it."""
    text = text.strip().lstrip(":-–— \t").strip()
    pairs = {'"': '"', "“": "”", "'": "'", "*": "*", "_": "_"}
    while len(text) >= 2 and text[0] in pairs and text.endswith(pairs[text[0]]):
        text = text[1:-1].strip()
    return text
