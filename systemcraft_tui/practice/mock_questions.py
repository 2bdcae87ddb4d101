"""What the interviewer of a mock asks: a scenario's own question (or one on its primary
principle when the file has none), and the bar raiser's chain of dive-deeper probes."""

from __future__ import annotations

import random
import re
from difflib import SequenceMatcher

from systemcraft_tui.content.model import BehavioralScenario, SystemDesignProblem
from systemcraft_tui.content.questions import asked_by_title

# Asked for a scenario whose file has no interview question, by its primary principle.
PRINCIPLE_QUESTIONS: dict[str, str] = {
    "Customer Obsession": "Tell me about a time you changed your team's plans because of something you learned directly from customers.",
    "Ownership": "Tell me about a problem outside your formal remit that you took on because nobody else was going to.",
    "Invent and Simplify": "Tell me about something you made substantially simpler for your team or your customers.",
    "Are Right, A Lot": "Tell me about a decision you made with incomplete information. How did you decide, and how did it turn out?",
    "Learn and Be Curious": "Tell me about something outside your expertise that you had to learn quickly to do your job well.",
    "Hire and Develop the Best": "Tell me about someone you developed who went on to outgrow the role they had when you met them.",
    "Insist on the Highest Standards": "Tell me about a time you would not accept work that others considered good enough.",
    "Think Big": "Tell me about a time you set a direction far larger than what your team had been asked to deliver.",
    "Bias for Action": "Tell me about a time you acted before you had all the answers. What made the risk acceptable?",
    "Frugality": "Tell me about a time you achieved more with fewer people, less money or less time than planned.",
    "Earn Trust": "Tell me about a time you had to rebuild trust with a person or a team after it had been damaged.",
    "Dive Deep": "Tell me about a time the summary numbers looked fine but you dug underneath them and found a problem.",
    "Have Backbone; Disagree and Commit": "Tell me about a time you disagreed with someone more senior than you. What did you do, and what happened next?",
    "Deliver Results": "Tell me about the hardest deadline you have met, and what you gave up to meet it.",
    "Strive to be Earth's Best Employer": "Tell me about something you changed so that the people on your team could do their best work.",
    "Success and Scale Bring Broad Responsibility": "Tell me about a time you weighed what your team's work meant for people outside the company.",
}
OPEN_QUESTION = "Tell me about a piece of work you led and are proud of, and walk me through what you did yourself."

# The bar raiser's chain, one level deeper at a time. Each level has two wordings so that
# four questions in a row do not sound like a script.
DIVE_DEEPER_LEVELS: tuple[tuple[str, str], ...] = (
    (
        "Let's go one level down. What did you do yourself, step by step, that nobody else on the team did?",
        "Slow down there. Which of those steps were yours alone, and in what order did you take them?",
    ),
    (
        "How did you know it was working? Which number did you watch, and what was it before and after?",
        "What evidence told you that you were on the right track, and where did it come from?",
    ),
    (
        "What was the hardest call in all of that, and what did you give up to make it?",
        "Which option did you turn down, and what would it have cost you to take it?",
    ),
    (
        "Suppose that call had been wrong. How would you have found out, and how quickly?",
        "Looking back, what would you do differently, and what did it change in how you work now?",
    ),
)
# Two questions whose first sentences (the question itself: what follows is "What did you
# do?" and the like) have this much of their words alike, in order (difflib's ratio), are one
# question worded twice. The bundled L6 and L7 files on a principle ask it in other words:
# "...an important decision quickly without all the information you wanted" and "...quickly,
# without the data you would have liked" (0.82), "...strongly disagreed with a decision made
# by someone senior to you" and "...with a senior leader's decision" (0.71); its closest two
# distinct questions, "...grow an organization quickly" and "...lead an organization in a
# domain you did not know", are at 0.67.
NEAR_DUPLICATE = 0.7
CHAIN_RULE = (
    "Dive deeper goes down one level at a time: after the scenario's own probe the bar raiser asks "
    "for your own part, then the evidence, then the hardest trade-off, then how you would have known "
    "you were wrong. Each level is asked only after the one above it, always from the first; when an "
    "answer runs well past its window the interviewer moves on and the rest of the chain is not asked."
)


def asked_question(item: BehavioralScenario | SystemDesignProblem) -> str:
    """The words the interviewer says: the file's own question (or a story's title that is
    a question), else one derived from the scenario's primary principle (a design problem's
    title). A question the reader made up for a story that has none names its principle and
    its title ("… (Your story: …)"): practised alone, a reminder; in a mock, the answer given away."""
    if isinstance(item, SystemDesignProblem):
        return item.question.strip() or f"Let's design this together: {item.title}."
    made_up = item.question_source == "principle" or (
        item.question_source == "title" and item.question == asked_by_title(item.title)
    )
    if item.question.strip() and not made_up:
        return item.question.strip()
    principles = item.canonical_principles
    return PRINCIPLE_QUESTIONS[principles[0]] if principles else OPEN_QUESTION


def dive_chain(rng: random.Random, depth: int) -> tuple[str, ...]:
    """The first `depth` levels of the chain, each in one of its wordings."""
    return tuple(rng.choice(wordings) for wordings in DIVE_DEEPER_LEVELS[:depth])


def _words(question: str) -> list[str]:
    """The words of the question's first sentence, lower-cased, without punctuation."""
    first = re.split(r"(?<=[.?!])\s", question.strip(), maxsplit=1)[0]
    return re.findall(r"[a-z0-9]+", first.lower())


def near_duplicate(question: str, other: str) -> bool:
    """Whether two questions are worded almost the same: case, punctuation and what follows
    their first sentence aside, NEAR_DUPLICATE of their words alike and in the same order."""
    matcher = SequenceMatcher(None, _words(question), _words(other), autojunk=False)
    # The quick bounds first: a pool of questions is mostly far from the few asked.
    return (
        matcher.real_quick_ratio() >= NEAR_DUPLICATE
        and matcher.quick_ratio() >= NEAR_DUPLICATE
        and matcher.ratio() >= NEAR_DUPLICATE
    )
