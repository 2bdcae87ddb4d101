"""Timings as authors write them in labels and headings: "(30-45 seconds)", "(2 minutes)",
"(0:30-0:45)", "(≈2 min)", "(up to 2 min)", "[15-20 minutes]", "Task: 10 sec",
"High-Level Design — 10-15 min" (en dashes too), and the documented defaults used when a file gives none."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# ... and in the author's language: segundos / minutos / horas (Spanish, Portuguese), Sekunden /
# Minuten / Stunden (German), secondes / heures (French), secondi / minuti (Italian), секунды /
# минуты / часы (Russian), 秒 / 分钟 (Chinese), 초 / 분 (Korean); a bare 分 is also a score, so not it.
_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|segundos?|seg|minutos?|horas?|sekunden?|sek|minuten?"
    r"|stunden?|secondes?|heures?|secondi|minuti|секунд[\u0430ы]?|сек|минут[\u0430ы]?|мин|час(?:\u0430|ов)?|秒|分钟|分鐘|초|분|s|m|h)\.?"
)
_NUMBER = r"\d+(?:\.\d+)?"
# One end of a window: "0:45" (m:ss), "1m30s", "30-second", or a bare number ("1-2 min").
_AMOUNT = rf"(?:\d+:[0-5]\d|(?:{_NUMBER}\s*-?\s*{_UNIT}\s*)+|{_NUMBER})"
_APPROXIMATE = r"(?:~|≈|about|around|roughly|approx\.?|approximately)"
# "3~10분", "5〜10分": a range as Korean, Japanese and Chinese write it, a wave dash (or a tilde) between its ends.
_WAVE = r"[~\u301c\uff5e]"
_AT_MOST_BEFORE = r"(?:<=?|≤|up\s+to|under|within|at\s+most|less\s+than|no\s+more\s+than|max(?:imum)?\.?:?)"
_AT_MOST_AFTER = r"(?:max(?:imum)?\.?|at\s+most|tops|or\s+(?:less|under))"
# "first 5 minutes", "next 15-20 minutes": where a step sits on the clock, and so how long it lasts.
_CLOCK_WORD = r"(?:the\s+)?(?:first|next|final|last|remaining)"
_DURATION = re.compile(
    rf"""^\s*(?:{_CLOCK_WORD}\s+)?(?:{_APPROXIMATE}|(?P<cap>{_AT_MOST_BEFORE}))?\s*
    (?P<a>{_AMOUNT})\s*(?:(?:-|\u2013|—|to|{_WAVE})\s*(?P<b>{_AMOUNT})\s*)?
    (?P<cap_after>{_AT_MOST_AFTER})?\s*(?:total|overall|in\s+all)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_CLOCK = re.compile(r"\s*(\d+):(\d\d)\s*")
# "01:30", "14:34–19:53", "32:50, 40:49": places in a video as its player shows them (minutes in two
# digits, seconds after), where notes on it say a point is made: no length of a part, which on the
# clock is written short ("[0:30]").
RECORDING_PLACES = r"\d\d:[0-5]\d(?::[0-5]\d)?(?:\s*[-\u2013\u2014,]\s*\d\d:[0-5]\d(?::[0-5]\d)?)*"
_RECORDING_PLACE = re.compile(rf"^\s*{RECORDING_PLACES}\s*$")
_PART = re.compile(rf"({_NUMBER})\s*-?\s*({_UNIT})", re.IGNORECASE)
_MILLIONS = re.compile(r"\d\s?M\b")
# Every timing holds a number (_AMOUNT opens with one): a text without a digit holds none.
DIGIT = re.compile(r"\d")

_PARENS = re.compile(r"\(([^()]*)\)")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
# What makes parentheses an attempt at a timing (so an unreadable one is reported rather
# than left in the name): a time word ("twenty seconds", "30s") or only numbers ("30-45"),
# but not a year or a range of years ("(2019-2021)").
_TIMING_ATTEMPT = re.compile(
    # A bare number may be a timing missing its unit ("(30-45)"), not a year nor a fraction ("Node B (0.3)").
    rf"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b(?!-)|\d\s*{_UNIT}(?![a-z])|^(?!.*\d{{4}})(?!.*\d\.\d)[\d\s.:~≈<≤\u2013—-]+$",
    re.IGNORECASE,
)
# "45-minute interview", "30-second pitch": a length that describes a thing; "1 req/sec",
# "100 writes per second": a rate; "30M QPS": a count in millions (a capital M, K or B).
# None is a timing.
_NOT_A_DURATION = re.compile(
    # A hyphenated length before a noun, wherever it stands ("(30-second pitch)", "(have a 30-second answer)"):
    # the length asked of an answer, no length of this part.
    rf"(?:^|\s){_NUMBER}[-\u2010\u2011](?:seconds?|minutes?|hours?)\s+[a-z]|/\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)\b"
    # "(45 min interview)", "(60 minute round)", "(5 minute read)": the length of the whole, not of this part.
    rf"|^\s*{_NUMBER}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+(?:interviews?|sessions?|rounds?|loops?|mocks?|calls?|meetings?"
    r"|reads?|references?|guides?|overviews?|summar(?:y|ies)|videos?|talks?|courses?|exercises?|drills?)\b"
    r"|\bper\s+(?:second|minute|hour)\b|(?-i:\d[KMB]\b)"
    # "(30 seconds per component)", "(… - 30 sec each)": a length for each of several things, none of this part.
    r"|\d\s*(?:seconds?|secs?|minutes?|mins?)\s+(?:per\s+\w+|each)\b"
    # "(Draw Second)": an order, no number anywhere and the word in capitals as a name is ("twenty seconds" is a timing).
    r"|^(?!.*\d)(?=.*(?-i:\bSecond\b))"
    # "(e.g., 60 seconds)", "(i.e. 5 minutes)", "(for example 30 s)": an example in a remark, no length of a part.
    r"|^\s*(?:e\.\s?g|i\.\s?e|for example|for instance|such as|like|say)\b",
    re.IGNORECASE,
)
# Where a trailing timing may start in a label: after a spaced dash or a colon
# ("Situation — 20 seconds", "Task: 10 sec", "capacity estimation, 5 min"). A bare "~" is
# not enough: "Failover in ~30 s" is a name.
_SEPARATOR = re.compile(r"(?:^|\s)\s*[-\u2013—]+\s*|[:,]\s*")
_SEPARATOR_CHARS = " \t:,-\u2013—"
# "Phase 1: First 15-20 Minutes - Token Bucket MVP": the clock's words between a code and a name.
_CLOCK_WORDS_SPAN = re.compile(
    rf"^(?P<before>(?:.*?[:\u2013—-]\s*)?)(?P<time>{_CLOCK_WORD}\s+\d+(?:\s*[-\u2013—]\s*\d+)?\s*(?:minutes?|mins?))"
    r"\s*[:\u2013—-]\s*(?P<after>\S.*)$",
    re.IGNORECASE,
)
# What it needs, found by a fast search first: its lazy span before the clock's words tries
# every separator of a long label.
_MINUTES = re.compile(r"\d\s*[mM]")
# "5 min: Requirements", "10-15 minutes — Deep Dive": a time before the name.
_LEADING = re.compile(
    r"^\W*(?P<time>[~≈]?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:minutes?|mins?|seconds?|secs?)\.?)\s*[:\u2013—-]\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
# "Minutes 0-5: Clarify Requirements": where a step sits on the interview's clock.
_CLOCK_RANGE = re.compile(r"^\W*minutes?\s+(\d+)\s*[-\u2013—]\s*(\d+)\s*[:.\u2013—-]\s*\S", re.IGNORECASE)


# "(What you did - 2 minutes)": a remark on the part, then its timing after a spaced dash.
_REMARK_THEN_TIMING = re.compile(r"^\s*(?P<remark>\D*?[A-Za-z]\D*?)\s+[-\u2013—]\s+(?P<timing>[^-\u2013—]+)$")
# "(9:00 - 12:00)" under a label naming a part of the day: when, not how long.
_CLOCK_TIMES = re.compile(r"^\s*\d{1,2}:\d\d\s*(?:[-\u2013—]|to)\s*\d{1,2}:\d\d\s*$")
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|midday|noon|lunch)\b", re.IGNORECASE)


class TimingError(ValueError):
    """A timing that is written but cannot be read."""


@dataclass(frozen=True)
class Window:
    min_seconds: int
    max_seconds: int

    @property
    def min_minutes(self) -> int:
        return round(self.min_seconds / 60)

    @property
    def max_minutes(self) -> int:
        return round(self.max_seconds / 60)

    @property
    def exact_minutes(self) -> tuple[float, float]:
        """The window in minutes, a part of one kept: seconds are never rounded away."""
        return _minutes(self.min_seconds), _minutes(self.max_seconds)


def _minutes(seconds: int) -> float:
    return seconds // 60 if seconds % 60 == 0 else seconds / 60


def parse_duration(text: str) -> Window:
    """Read a timing as a window in seconds: "30-45 seconds", "2 minutes", "1.5 min",
    "30 sec to 1 min", "0:30-0:45" and "1m30s"; "~2 min" and "about 2 minutes" as 2 minutes.

    A bound with no lower end ("up to 2 min", "< 2 min", "2 min max", "2 minutes or less")
    takes the bound as the maximum and half of it as the minimum (60-120 s): the loosest
    window the template itself uses ("5-10 minutes"), so only a much shorter answer
    counts as short."""
    match = _DURATION.match(text)
    if not match:
        raise TimingError(f"unreadable timing {text.strip()!r}: write it like (30-45 seconds) or (2 minutes)")
    first, second = match["a"], match["b"]
    low = _seconds(first, other=second)
    high = _seconds(second, other=first) if second else low
    if low is None or high is None:
        raise TimingError(f"timing {text.strip()!r} has no unit: write seconds or minutes")
    if (match["cap"] or match["cap_after"]) and not second:
        low = high / 2
    return Window(round(low), round(high))


def _seconds(amount: str, other: str | None) -> float | None:
    """An amount in seconds; a bare number takes its unit from the other end ("1-2 min")
    and is None when that has none either."""
    if clock := _CLOCK.fullmatch(amount):
        return int(clock[1]) * 60 + int(clock[2])
    parts = _PART.findall(amount)
    if not parts:
        borrowed = _PART.search(other or "")
        if not borrowed:
            return None
        parts = [(amount, borrowed[2])]
    return sum(float(number) * _unit_seconds(unit) for number, unit in parts)


def _unit_seconds(unit: str) -> int:
    """The seconds in one of a unit, in whatever language it is written ("min", "минуты", "分钟")."""
    unit = unit.lower()
    if unit.startswith(("h", "час", "stund")):
        return 3600
    return 60 if unit.startswith(("m", "мин", "分", "분")) else 1


@lru_cache(maxsize=4096)  # asked of each label and its rest by several rules in turn (31 % again)
def read_duration(text: str) -> Window | None:
    """The window when the whole text is a readable timing, else None: not a count in
    millions ("Daily Active Users: 300M", a capital M as in "30M QPS")."""
    # The capital M is looked for before the pattern: most texts hold none.
    if not DIGIT.search(text) or ("M" in text and _MILLIONS.search(text)):
        return None
    try:
        return parse_duration(text)
    except TimingError:
        return None


def _timing_beside_remark(inside: str) -> tuple[str, Window] | None:
    """The remark and the timing of parentheses that hold both: "10-15 minutes, optional",
    "pull, ~2 min" (the timing after its comma), "Set the scene - 30 seconds"."""
    timing, comma, remark = inside.partition(",")
    if comma and (window := read_duration(timing)):
        return remark.strip(), window
    remark, comma, timing = inside.rpartition(",")
    if comma and (window := read_duration(timing)):
        return remark.strip(), window
    if (after := _REMARK_THEN_TIMING.match(inside)) and (window := read_duration(after["timing"])):
        return after["remark"], window
    return None


@lru_cache(maxsize=4096)  # a heading's timing is looked for by several rules in turn
def split_timing(label: str) -> tuple[str, Window | None]:
    """Take a timing out of a label: ("Situation", 30..45 s) from "Situation (30-45 seconds)",
    "Deep Dive [15-20 minutes]", "Situation — 30-45 seconds" or "Task: 10 sec".

    Parentheses that hold no time, like "(optional)", are left in the name; brackets and a
    trailing part after a dash or colon count only when they are wholly a timing, so
    "Cut p99 latency to 200 ms" stays a name. Raises TimingError for parentheses that hold
    a timing that cannot be read."""
    for match in _PARENS.finditer(label):
        if _NOT_A_DURATION.search(match[1]):
            continue  # "(45-minute interview)", "(1 req/sec per domain)": no length of this part
        if _TIMING_ATTEMPT.search(match[1]):
            if remarked := _timing_beside_remark(match[1]):
                # The remark stays in the name: "Clarify (optional)" from "Clarify (10-15 minutes, optional)".
                return f"{label[: match.start()]}({remarked[0]}){label[match.end() :]}".strip(), remarked[1]
            if _CLOCK_TIMES.match(match[1]) and _PART_OF_DAY.search(label[: match.start()]):
                return label.strip(), None  # "MORNING (9:00 - 12:00)": hours of a day, no length of a part
            return _without(label, match), parse_duration(match[1])
    # The label's last digit, looked for from its end (where a timing closing it has one).
    if not (from_end := DIGIT.search(label[::-1])):
        return label.strip(), None  # no number: none of the timings below (most labels)
    last_digit = len(label) - from_end.end()
    for match in _BRACKETS.finditer(label):
        if _RECORDING_PLACE.match(match[1]):
            continue  # "Functional Requirements [01:46]": where a video says it
        if window := read_duration(match[1]):
            return _without(label, match), window
    # A timing holds a number and no comma: one after a separator starts after the label's
    # last comma, and before its last digit (no separator spans a digit or a comma).
    for match in _SEPARATOR.finditer(label, max(label.rfind(","), 0), last_digit):
        if window := read_duration(label[match.end() :]):
            return label[: match.start()].strip(_SEPARATOR_CHARS), window
    if _MINUTES.search(label) and (span := _CLOCK_WORDS_SPAN.match(label)) and (window := read_duration(span["time"])):
        return f"{span['before']}{span['after']}".strip(), window
    if (leading := _LEADING.match(label)) and (window := read_duration(leading["time"])):
        return leading["name"].strip(), window  # "5 min: Requirements"
    if (clock := _CLOCK_RANGE.match(label)) and int(clock[2]) > int(clock[1]):
        # "Minute 5-10: High-Level Design" with no length of its own: the span it covers.
        minutes = 60 * (int(clock[2]) - int(clock[1]))
        return label.strip(), Window(minutes, minutes)
    return label.strip(), None


def leading_timing(text: str) -> tuple[Window | None, str]:
    """A timing that opens the text after a label, and the text after it: the window from
    "(30 seconds): The team...", "[90-120s] The team..." or "90 seconds: The team..." (a
    label timed after a dash, `Approach – 90 seconds: …`), or from a rest that is only a
    timing ("— 20 seconds", ": 10 sec", "~10 min") when the answer starts on the next line.
    Raises TimingError for parentheses that hold a timing that cannot be read."""
    stripped = text.strip()
    opening = _PARENS.match(stripped) or _BRACKETS.match(stripped)
    if opening:
        _, window = split_timing(opening[0])
        if window:
            return window, stripped[opening.end() :].lstrip(_SEPARATOR_CHARS)
        return None, stripped
    if (leading := _LEADING.match(stripped)) and (window := read_duration(leading["time"])):
        return window, leading["name"]
    window = read_duration(stripped.lstrip(_SEPARATOR_CHARS))
    return (window, "") if window else (None, stripped)


def _without(label: str, match: re.Match[str]) -> str:
    return (label[: match.start()] + label[match.end() :]).strip(_SEPARATOR_CHARS)


# Documented defaults (README, "Timings"): used for a STAR section whose label has no
# timing. L6 uses the template's own windows; L7 answers carry a longer Action.
DEFAULT_STAR_SECONDS: dict[str, dict[str, tuple[int, int]]] = {
    "L6": {"Situation": (30, 45), "Task": (15, 30), "Action": (90, 120), "Result": (30, 45)},
    "L7": {"Situation": (30, 45), "Task": (20, 30), "Action": (120, 150), "Result": (35, 45)},
}

# Phases offered when a system design file times none of its headings.
DEFAULT_DESIGN_PHASES: tuple[tuple[str, int, int], ...] = (
    ("Requirements Clarification", 5, 5),
    ("High-Level Architecture", 8, 10),
    ("Deep Dive Components", 15, 20),
    ("Scale and Performance", 8, 10),
    ("Trade-offs and Wrap-up", 5, 10),
    ("Follow-up Questions", 5, 5),
)


def equal_share(steps: int) -> tuple[int, int]:
    """The minutes each of `steps` untimed design steps is given: an equal share of the
    default plan's, in whole minutes, never under one (63 steps of a 60-minute plan take
    a minute each, not none)."""
    low = sum(low for _, low, _ in DEFAULT_DESIGN_PHASES) / steps
    high = sum(high for _, _, high in DEFAULT_DESIGN_PHASES) / steps
    return max(1, round(low)), max(1, round(high))


def minutes_said(low: float, high: float) -> str:
    """'5-10 minutes', or '1 minute' when both ends are one."""
    if low == high:
        return f"{low:g} minute" + ("" if low == 1 else "s")
    return f"{low:g}-{high:g} minutes"


def default_star_window(section: str, levels: tuple[str, ...]) -> Window:
    """The default window for a STAR section at the most senior level given (L6 if none)."""
    level = "L7" if any(int(lvl[1:]) >= 7 for lvl in levels) else "L6"
    low, high = DEFAULT_STAR_SECONDS[level][section]
    return Window(low, high)


def whole_answer_window(levels: tuple[str, ...]) -> Window:
    """A story told as one answer, with no STAR parts: as long as the four parts together."""
    windows = [default_star_window(name, levels) for name in DEFAULT_STAR_SECONDS["L6"]]
    return Window(sum(w.min_seconds for w in windows), sum(w.max_seconds for w in windows))


# A prepared answer to a question that asks for no story ("Tell me about yourself", "Why
# this company?", strengths): a minute to two, as interviewers expect a pitch to run.
PREPARED_ANSWER_WINDOW = Window(60, 120)


def stated_window(heading: str) -> Window | None:
    """The length a heading gives what is under it ("WHY ENGINEERING? (60-90 seconds)"), if it reads as one."""
    try:
        return split_timing(heading)[1]
    except TimingError:
        return None


# "30-Second Version", "2-Minute Answer", "60 second pitch": a length written as the name of a version of an answer.
_VERSION_LENGTH = re.compile(r"^\W*(\d{1,3})\s*[- ]\s*(seconds?|secs?|minutes?|mins?)\b", re.IGNORECASE)


def version_window(heading: str) -> Window | None:
    """The length a heading opens with, naming a version of an answer by it ("30-Second Version": 30 s)."""
    found = _VERSION_LENGTH.match(heading)
    if found is None:
        return None
    seconds = int(found[1]) * (60 if found[2].lower().startswith("m") else 1)
    return Window(seconds, seconds) if seconds else None


def untimed(heading: str) -> str:
    """The heading without the length it gives: "WHY ENGINEERING?"."""
    try:
        name, window = split_timing(heading)
    except TimingError:
        return heading
    return heading if window is None else name
