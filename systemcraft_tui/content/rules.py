"""What the reader recognises, and how: the decision rules in one table, in the order they
are tried (content/recognise.py applies them). The README's content section shows the same
table, so a user can predict what will be read; `inspect` names the rule that read each
item. Kept free of parsing imports so the commands can show it without loading a parser."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    reads: str  # what a heading's part of the file holds for this rule to read it


RULES: tuple[Rule, ...] = (
    Rule(
        "interview-template",
        "behavioral",
        "a heading with an interview-question subheading ('The Interview Question'), or with one STAR-answer "
        "subheading and something else of Template 1 (its question on a line, follow-ups, principles)",
    ),
    Rule(
        "scenario-prompt",
        "behavioral",
        "a heading with a prompt (`**Setup:**`, `**Scenario:**`, a quoted paragraph; the question is its "
        "`**Your Task:**` line) and model answers under it ('L6 Model Answer', 'Strong L7 Response'): one "
        "item, its levels those of the answers",
    ),
    Rule(
        "star-parts",
        "behavioral",
        "a heading whose own text or part subheadings hold three or more of Situation, Task, Action and "
        "Result (headings, bold labels, `Label:` lines or `**S:**` letters; any letter case; timed or not), "
        "told as a story rather than explaining the method",
    ),
    Rule(
        "star-runs",
        "behavioral",
        "STAR parts that start over under one heading: each run is a story, titled by its own `<summary>`, "
        "bold title line or `**Question**:`",
    ),
    Rule(
        "week-headings",
        "plan",
        "week headings (`Week 1: …`, `Weeks 3-4`, emoji first or not) at any depth, or a file titled as one "
        "week; weeks numbered from 1 again start another plan; a range heading over titled weeks is a phase",
    ),
    Rule(
        "deep-dive",
        "deep_dive",
        "a file titled '… Deep Dive …', holding a Key Concepts Summary or Self-Assessment Framework section, "
        "or a technology's cheat sheet with concepts in it (a table of patterns or terms, short definition headings)",
    ),
    Rule(
        "design-prompt",
        "system_design",
        "a heading that asks for a design ('Design a …', a numbered 'Design Twitter', 'Problem 3: …' over a "
        "problem's parts or phases) or holds a problem statement or two requirements sections; a heading "
        "over several of them is a collection, each one an item",
    ),
    Rule(
        "timed-phases",
        "system_design",
        "two or more steps of a design interview timed in minutes (headings, a Phase/Time table, a list of "
        "timed steps) in a file whose title names a system rather than how to answer",
    ),
)
KIND_OF = {rule.name: rule.kind for rule in RULES}
RULE_READS = {rule.name: rule.reads for rule in RULES}
