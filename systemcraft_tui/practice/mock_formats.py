"""The mock interviews of the practice plan template's "Mock Interview Schedule", as data:
each round's length, shape, focus and the feedback areas its debrief rates 1-5.

A format is a sequence of rounds; a loop is simply a format with several rounds and a
break between them. Adding a format is adding a value here, not a code path."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

RATINGS = (1, 2, 3, 4, 5)


class RoundKind(StrEnum):
    BEHAVIORAL = "behavioral"
    DESIGN = "design"
    BAR_RAISER = "bar_raiser"


@dataclass(frozen=True)
class FeedbackArea:
    name: str
    meanings: tuple[str, str, str, str, str]  # what a rating of 1, 2, 3, 4 and 5 means

    def meaning(self, rating: int) -> str:
        if rating not in RATINGS:
            raise ValueError(f"{self.name}: a rating is 1 to 5, not {rating!r}")
        return self.meanings[rating - 1]


@dataclass(frozen=True)
class RoundFormat:
    kind: RoundKind
    title: str
    minutes: int
    focus: str
    areas: tuple[FeedbackArea, ...]
    intro_line: str  # what the interviewer says to open the round
    questions: tuple[int, int]  # fewest and most questions asked
    probes: tuple[int, int]  # per question: its own probes (a design's follow-ups)
    dive_deeper: tuple[int, int] = (0, 0)  # per question: chained generic probes after them
    principles: tuple[int, int] = (0, 0)  # Leadership Principles the round owns
    prefer_l7: bool = False
    intro: tuple[int, int] = (60, 180)  # window in seconds
    candidate_questions: tuple[int, int] = (180, 300)

    @property
    def seconds(self) -> int:
        return self.minutes * 60

    @property
    def answer_seconds(self) -> int:
        """The round's time for answers: what is left after the introduction and the
        candidate's questions at their longest."""
        return self.seconds - self.intro[1] - self.candidate_questions[1]


@dataclass(frozen=True)
class MockFormat:
    key: str  # the command line's word: behavioral, design, bar-raiser, loop
    title: str
    focus: str
    rounds: tuple[RoundFormat, ...]
    areas: tuple[FeedbackArea, ...] = ()  # rated for the mock as a whole, after its rounds
    break_seconds: int = 0  # between rounds; the candidate may skip it

    @property
    def minutes(self) -> int:
        return sum(r.minutes for r in self.rounds) + self.break_seconds * (len(self.rounds) - 1) // 60


# --- feedback areas: the template's names, with what each rating means ------------------

STORY_QUALITY = FeedbackArea(
    "Story quality",
    (
        "Hard to follow: no clear situation, or no result at the end.",
        "A story was there, but the actions were the team's rather than mine, or the result had no number.",
        "Clear STAR stories with my own actions; results stated but thinly measured.",
        "Specific, well-chosen stories with my own decisions and measured results.",
        "Every story specific and at the level's scope, with decisions, trade-offs and results worth quoting.",
    ),
)
DELIVERY_CONFIDENCE = FeedbackArea(
    "Delivery confidence",
    (
        "Recited or stalled; lost my place more than once.",
        "Hesitant: long silences, filler words, or a rushed Action.",
        "Steady for most answers, with some rambling or hedging.",
        "Calm and evenly paced; took probes without losing the thread.",
        "Conversational and assured throughout, under probing and when cut off alike.",
    ),
)
LP_ALIGNMENT = FeedbackArea(
    "LP alignment",
    (
        "The answers did not show the principles they were asked about.",
        "Principles named, but not demonstrated by what I did.",
        "Each answer showed its principle, sometimes only in passing.",
        "Each answer showed its principle clearly, through my own decisions.",
        "Each answer showed its principle at the level's scope, and the probes only made it stronger.",
    ),
)
TECHNICAL_DEPTH = FeedbackArea(
    "Technical depth",
    (
        "Stayed at boxes and arrows; could not go inside any component.",
        "Went into one component but missed key mechanisms: data model, failure handling or scale.",
        "A sound design with one component explored in depth.",
        "Several components in depth, with figures for load, storage and latency.",
        "Depth wherever the interviewer pointed: figures, failure modes and how it runs in production.",
    ),
)
DECISION_RATIONALE = FeedbackArea(
    "Decision rationale",
    (
        "Choices made without saying why.",
        "Reasons given, but no alternative weighed.",
        "The main choices compared with one alternative each.",
        "Trade-offs named, with what was given up and when I would choose otherwise.",
        "Every significant decision tied to a requirement, with its cost, its risk and the signal that would reverse it.",
    ),
)
LEADERSHIP_PERSPECTIVE = FeedbackArea(
    "Leadership perspective",
    (
        "A purely technical answer: no team, cost or delivery in it.",
        "Team or cost came up only when the interviewer asked.",
        "Brought in the team, cost or rollout at least once unprompted.",
        "Framed the design around the organisation: ownership, phasing, cost and risk.",
        "Set a direction for several teams: who builds what, in what order, at what cost, and how success is measured.",
    ),
)
INTERVIEW_READY = FeedbackArea(
    "Interview-ready confirmation",
    (
        "Not ready: several answers would not pass at this level.",
        "Some answers pass; others need a new story or much more depth.",
        "Ready on most principles, with one or two gaps to close.",
        "Ready: the answers held up under dive-deeper probing; polish only.",
        "Ready and above the bar: the answers held up at every level of probing.",
    ),
)
LAST_MINUTE_ADJUSTMENTS = FeedbackArea(
    "Last-minute adjustments",
    (
        "Major changes needed: new stories or a different approach.",
        "Several stories need rework before the interview.",
        "A few targeted fixes: a number, a trade-off, a shorter Situation.",
        "Small wording and timing adjustments only.",
        "Nothing to change: keep rehearsing as is.",
    ),
)
OVERALL_PERFORMANCE = FeedbackArea(
    "Overall performance",
    (
        "Most rounds would end in a no-hire.",
        "Mixed: at least one round would clearly fail.",
        "Every round passes, some of them narrowly.",
        "Solid in every round, with at least one standout.",
        "Consistently strong in every round, the last as much as the first.",
    ),
)
FINAL_IMPROVEMENT = FeedbackArea(
    "Areas for final improvement",
    (
        "Broad gaps across several rounds.",
        "Gaps in one kind of round, behavioral or design.",
        "A handful of specific answers to rework.",
        "One or two details to tighten.",
        "No gaps found: only keep the stories fresh.",
    ),
)

# --- rounds -----------------------------------------------------------------------------

BEHAVIORAL_ROUND = RoundFormat(
    kind=RoundKind.BEHAVIORAL,
    title="Behavioral round",
    minutes=45,
    focus="STAR story delivery, LP demonstration, basic flow",
    areas=(STORY_QUALITY, DELIVERY_CONFIDENCE, LP_ALIGNMENT),
    intro_line=(
        "Thanks for making the time. In this round I'll ask about situations from your own work, "
        "and I'll interrupt to dig into details. First, tell me briefly about yourself and your current role."
    ),
    questions=(3, 4),
    probes=(1, 2),
    principles=(2, 3),
)
DESIGN_ROUND = RoundFormat(
    kind=RoundKind.DESIGN,
    title="System design round",
    minutes=60,
    focus="Architecture thinking, trade-off analysis, communication",
    areas=(TECHNICAL_DEPTH, DECISION_RATIONALE, LEADERSHIP_PERSPECTIVE),
    intro_line=(
        "We'll spend this hour on one design problem, and I'm as interested in how you lead the "
        "discussion as in the boxes you draw. Give me a short overview of your background first."
    ),
    questions=(1, 1),
    probes=(1, 2),
    intro=(60, 120),
)
BAR_RAISER_ROUND = RoundFormat(
    kind=RoundKind.BAR_RAISER,
    title="Bar raiser",
    minutes=60,
    focus="Final readiness assessment, confidence building",
    areas=(INTERVIEW_READY, LAST_MINUTE_ADJUSTMENTS),
    intro_line=(
        "I'm the bar raiser on your loop. I'll ask about your experience and keep asking until we reach "
        "the details. To start, tell me in a minute or two what you do today."
    ),
    questions=(3, 4),
    probes=(1, 1),
    dive_deeper=(2, 4),
    principles=(2, 3),
    prefer_l7=True,
)

# --- the template's four mocks ------------------------------------------------------------

BEHAVIORAL = MockFormat("behavioral", "45-minute behavioral interview", BEHAVIORAL_ROUND.focus, (BEHAVIORAL_ROUND,))
DESIGN = MockFormat("design", "60-minute system design interview", DESIGN_ROUND.focus, (DESIGN_ROUND,))
BAR_RAISER = MockFormat("bar-raiser", "Bar raiser style interview", BAR_RAISER_ROUND.focus, (BAR_RAISER_ROUND,))
# Three rounds and two ten-minute breaks come to about three hours, the template's length;
# a second behavioral round would make it nearly four.
LOOP = MockFormat(
    "loop",
    "Full loop simulation",
    "Full interview experience, time management, consistency",
    (BEHAVIORAL_ROUND, DESIGN_ROUND, BAR_RAISER_ROUND),
    areas=(OVERALL_PERFORMANCE, FINAL_IMPROVEMENT),
    break_seconds=600,
)

FORMATS: dict[str, MockFormat] = {f.key: f for f in (BEHAVIORAL, DESIGN, BAR_RAISER, LOOP)}
