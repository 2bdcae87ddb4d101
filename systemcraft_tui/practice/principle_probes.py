"""Follow-up probes at the level of a Leadership Principle, for rehearsing an own story.

A bundled scenario's probes are about its own events ("why didn't you wait for the
science lead?"), so they do not fit a story the user wrote. These ask what any story
claiming the principle must survive. Each pairs a question with what a strong answer
shows; written for this app."""

from __future__ import annotations

from dataclasses import dataclass

from systemcraft_tui.content.model import Probe

PROBES_PER_STORY = 3


@dataclass(frozen=True)
class PrincipleProbe(Probe):
    """A probe on a principle rather than from a scenario; the screen says which."""

    principle: str = ""

    @property
    def note(self) -> str:
        return f"Principle-level probe on {self.principle}"


def principle_probes(principles: list[str], limit: int = PROBES_PER_STORY) -> list[PrincipleProbe]:
    """Up to `limit` probes on the story's principles, the primary first, one from each
    principle in turn; each with what a strong answer shows as its guidance."""
    sets = [PRINCIPLE_PROBES[p] for p in principles if p in PRINCIPLE_PROBES]
    picked: list[PrincipleProbe] = []
    for turn in range(max((len(s) for s in sets), default=0)):
        for principle, probes in zip((p for p in principles if p in PRINCIPLE_PROBES), sets, strict=True):
            if turn < len(probes) and len(picked) < limit:
                question, guidance = probes[turn]
                picked.append(PrincipleProbe(question, guidance, "guidance", 0, principle))
    return picked


PRINCIPLE_PROBES: dict[str, tuple[tuple[str, str], ...]] = {
    "Customer Obsession": (
        (
            "How did you know what the customer actually needed, rather than what they asked for?",
            "Direct evidence: conversations, usage data or support tickets you looked at yourself, and how it changed the plan.",
        ),
        (
            "What did doing right by the customer cost you or the team, and was it worth it?",
            "A real trade-off named plainly, with the reasoning that made the customer side win.",
        ),
        (
            "How did you check afterwards that customers were better off?",
            "A measure taken after the change, from the customer's side, not only a shipped feature.",
        ),
    ),
    "Ownership": (
        (
            "Which part of this was not formally yours, and why did you take it on?",
            "A clear line between your remit and what you chose to own, and the risk of leaving it.",
        ),
        (
            "What did you do about the long-term cause, beyond the immediate fix?",
            "A lasting change: a process, a guard, an owner named, with evidence it held.",
        ),
        (
            "If it had failed, what would you have said was your part in that?",
            "Accountability without hedging; no blame moved onto others.",
        ),
    ),
    "Invent and Simplify": (
        (
            "What did you remove or make simpler, and what did people lose because of it?",
            "A concrete simplification with its cost stated and accepted.",
        ),
        (
            "Where did the idea come from, and what did you look at before building something new?",
            "Existing options considered first; reuse where it was enough.",
        ),
        (
            "How did you get people to adopt something unfamiliar?",
            "How resistance was met: a pilot, a measure, a migration path.",
        ),
    ),
    "Are Right, A Lot": (
        (
            "What would have told you that you were wrong, and did you look for it?",
            "A disconfirming test set before the outcome was known.",
        ),
        (
            "Who disagreed with you, and what was the strongest form of their argument?",
            "A fair account of the other view, and what in it changed your decision.",
        ),
        (
            "Tell me about a call in this area you got wrong. What do you do differently now?",
            "An honest miss and a specific change in how you decide.",
        ),
    ),
    "Learn and Be Curious": (
        (
            "What did you not know at the start, and how did you learn it quickly?",
            "A named gap and a deliberate way of closing it: sources, people, experiments.",
        ),
        ("What did you learn here that changed how you work elsewhere?", "A transfer beyond this one situation."),
    ),
    "Hire and Develop the Best": (
        (
            "How did you decide who to hire or stretch, and what evidence did you use?",
            "A bar stated before the decision, and evidence against it.",
        ),
        ("What did you do when someone was not meeting the bar?", "Direct feedback, a clear plan, and a decision made in time."),
        ("Who grew because of this, and how do you know?", "A person's changed scope or results, not only a good review."),
    ),
    "Insist on the Highest Standards": (
        (
            "What standard did you hold that others were willing to lower, and why?",
            "A specific bar, the cost of holding it, and the harm it prevented.",
        ),
        ("How did you stop the same defect from coming back?", "A mechanism: tests, reviews, checks, with evidence it worked."),
        (
            "When did you accept less than perfect here, and how did you decide?",
            "Judgement about which standards matter most, not perfectionism.",
        ),
    ),
    "Think Big": (
        (
            "What was the larger opportunity here, beyond the immediate problem?",
            "A vision bigger than the task, made concrete enough to act on.",
        ),
        (
            "How did you get others to commit to something that ambitious?",
            "A narrative and first steps that earned support and resources.",
        ),
        ("What did you deliberately not pursue, to keep the big bet focused?", "Scope choices that protected the ambition."),
    ),
    "Bias for Action": (
        (
            "What did you decide before you had all the information, and what made that safe?",
            "A decision that was reversible or contained, and why waiting cost more.",
        ),
        ("How did you know when to stop gathering data and move?", "An explicit threshold or deadline for deciding."),
        ("What went wrong because you moved fast, and how did you recover?", "An honest downside and a quick correction."),
    ),
    "Frugality": (
        ("What did you achieve without more people or budget, and how?", "Constraints used as a spur: reuse, cuts, sequencing."),
        ("Where did you choose to spend, even under pressure to save?", "Spending judged by its return, not a blanket 'no'."),
    ),
    "Earn Trust": (
        ("What bad news did you have to deliver, and how did you deliver it?", "Early, direct and owned, with a plan attached."),
        (
            "How did you rebuild trust with someone who had reason to doubt you or your team?",
            "Small promises kept, visibility given, behaviour that changed over time.",
        ),
        ("Where did you change your mind because of someone else's input?", "Listening that shows in a changed decision."),
    ),
    "Dive Deep": (
        (
            "Which detail did you check yourself, rather than trust a report?",
            "A specific metric, log or record you read, and what it revealed.",
        ),
        ("When the data and the story people told disagreed, what did you do?", "Following the anomaly to its cause."),
        (
            "How did you stay close to the details without micromanaging?",
            "Chosen checkpoints and audits, not doing everyone's job.",
        ),
    ),
    "Have Backbone; Disagree and Commit": (
        (
            "Who did you disagree with, and how did you make your case?",
            "Respectful challenge with data, raised to the right person at the right time.",
        ),
        ("What happened when the decision went against you?", "Full commitment to the outcome, with no undermining."),
        (
            "Looking back, should you have pushed harder or less?",
            "Reflection on the cost of conflict against the cost of silence.",
        ),
    ),
    "Deliver Results": (
        (
            "What was the result in numbers, against what you committed to?",
            "A measured outcome compared with the goal set at the start.",
        ),
        (
            "What was the biggest obstacle, and what did you do about it yourself?",
            "Personal action on the critical path, not only coordination.",
        ),
        ("What did you give up to deliver on time?", "A trade-off stated openly, with the stakeholders told."),
    ),
    "Strive to be Earth's Best Employer": (
        (
            "How did the people on the team experience this, and how do you know?",
            "Evidence about wellbeing or morale, not assumptions.",
        ),
        ("What did you change to make the work sustainable?", "A concrete change to load, process or support, and its effect."),
        ("How did you make sure everyone could contribute, not only the loudest?", "Inclusive practices with a visible result."),
    ),
    "Success and Scale Bring Broad Responsibility": (
        (
            "Who outside your team or company was affected, and how did you account for them?",
            "Second-order effects on users, communities or partners, considered on purpose.",
        ),
        (
            "What risk did you take seriously that nobody was asking you about?",
            "Privacy, safety, security or the environment, raised before being asked.",
        ),
    ),
}
