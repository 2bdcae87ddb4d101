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
        "a heading with an interview-question subheading ('The Interview Question') that asks for no design, "
        "or with one STAR-answer subheading and something else of Template 1 (its question on a line, "
        "follow-ups, principles)",
    ),
    Rule(
        "scenario-prompt",
        "behavioral",
        "a heading with a prompt (`**Setup:**`, `**Scenario:**`, a quoted paragraph, or Situation and Task "
        "subheadings that set the scene; the question is its `**Your Task:**` line) and answers under it: "
        "subheadings named for one ('L6 Model Answer', 'Strong L7 Response') or, after a label or a scene, "
        "for a level or telling STAR parts; after `**Setup:**`, any subheading. One item, its levels those of "
        "the answers; a `**Context:**` or `**Setup:**` prompt with no answer but a list of questions to address "
        "is one too, answered whole",
    ),
    Rule(
        "star-parts",
        "behavioral",
        "a heading whose own text or part subheadings hold three or more of Situation, Task, Action and "
        "Result (headings, bold labels, `Label:` lines or `**S:**` letters; any letter case; timed or not), "
        "told as a story rather than explaining the method or giving each part a length; titled by its "
        "`Story Title:` subheading when it has one",
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
        "week headings (`Week 1: …`, `Weeks 3-4`, emoji first or not) at any depth, two or more weeks as bold "
        "labels alone on a line (`**Week 1: Foundations**`, `**Week 3-4 Checklist:**`), or a file titled as one "
        "week; weeks numbered from 1 again start another plan; a range heading over titled weeks is a phase; "
        "a few weeks filling under a fifth of a file not titled as a plan are a routine in a guide, not a plan",
    ),
    Rule(
        "deep-dive",
        "deep_dive",
        "a file titled '… Deep Dive …'; one holding a Key Concepts Summary or Self-Assessment Framework "
        "section, or laid out as Template 3 (an Executive Summary, then 'Part I: …' sections), under a title "
        "naming a topic (not interviewing, a guide, a practice hub or a quiz); or a technology's cheat sheet "
        "with concepts in it (a table of patterns or terms, short definition headings)",
    ),
    Rule(
        "design-prompt",
        "system_design",
        "a heading that asks for a design ('Design a …', a numbered 'Design Twitter', 'Problem 3: …' over a "
        "problem's parts or phases) or holds a problem statement or two requirements sections (as its "
        "subheadings, theirs, or labels in their text); a heading "
        "over several of them is a collection, each one an item; a subtitle under a generic file title "
        "('## Session 1: URL Shortener') names the file's problem",
    ),
    Rule(
        "timed-phases",
        "system_design",
        "two or more steps of a design interview timed in minutes (headings, a Phase/Time table, a list of "
        "timed steps; at least half of them named for its parts) in a file whose title names a system rather "
        "than how to answer",
    ),
)
KIND_OF = {rule.name: rule.kind for rule in RULES}
RULE_READS = {rule.name: rule.reads for rule in RULES}
