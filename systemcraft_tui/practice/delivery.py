"""How a step was said, from its transcript: pace against a band, talk and silence, long
pauses (with the words before each), filler words, "I" against "we", the numbers said.

Pure: a `Transcript` is plain data (words with their times, and optionally the spans a
voice-activity detector heard as speech); `analyse()` turns it into a `Delivery`. The voice
layer (`systemcraft_tui.voice`) makes transcripts; this module never hears anything.

Whisper writes what it hears with punctuation, and puts a comma where a speaker hesitates.
The filler rules lean on that, and on the gaps between words, to tell a filler "like"
("the retries, like, doubled") from the verb or the comparison ("I like pairing", "it
looks like a risk"): a "like" counts only when something sets it off from its neighbours,
and never straight after a word that takes "like" as its verb or comparison; a "you know"
counts when a break follows it ("you know, we"), not when it takes an object ("you know
the risk"). A filler said without any break is missed rather than guessed at.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import Enum

from systemcraft_tui.core.records import SpokenPart, SpokenPause
from systemcraft_tui.practice.checks import count_i_we
from systemcraft_tui.practice.numbers import numbers_in

PACE_BAND = (130, 160)  # words per minute a listener follows comfortably
LONG_PAUSE_SECONDS = 1.5  # a silence this long inside an answer is a pause worth seeing
SET_OFF_SECONDS = 0.3  # a gap this long around a word sets it off, as a comma does
WORDS_BEFORE_PAUSE = 6

# Always fillers, whatever surrounds them.
_SOUNDS = frozenset(("um", "umm", "uh", "uhh", "er", "erm", "hmm", "mm", "ah"))
_ALWAYS = frozenset(("basically",))
# "I like", "would like", "looks like", "something like": a verb or a comparison.
_LIKE_TAKERS = frozenset(
    "i you we they he she it would i'd we'd you'd they'd do don't didn't does doesn't really "
    "look looks looked feel feels felt seem seems seemed sound sounds sounded something "
    "anything nothing things more much just".split()
)
# "as you know", "do you know", "if you know": the verb, not the filler.
_KNOW_TAKERS = frozenset("do did don't didn't does doesn't if as what whether".split())
# "what sort of", "a kind of queue": a noun, not a hedge.
_KIND_TAKERS = frozenset("a the this that what which some any every one same all no what's that's".split())
_TRAILING_PUNCTUATION = re.compile(r"[,.;:!?…—–-]+$")
_WORDY = re.compile(r"\w")


@dataclass(frozen=True)
class Word:
    text: str  # as transcribed, punctuation included: "myself,", "3%"
    start: float  # seconds from the start of the step's audio
    end: float


@dataclass(frozen=True)
class Transcript:
    """One step as heard: its words, how long its audio is, and the spans heard as speech
    (empty when no voice-activity detector ran; the words' own times stand in)."""

    words: tuple[Word, ...]
    seconds: float
    speech: tuple[tuple[float, float], ...] = ()

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


class Pace(Enum):
    NO_SPEECH = "no speech"
    SLOW = "slow"
    IN_BAND = "in band"
    FAST = "fast"


@dataclass(frozen=True)
class Pause:
    at: float  # seconds into the step
    seconds: float
    before: str  # the last words said before it


@dataclass(frozen=True)
class Filler:
    text: str  # "um", "like", "you know", "sort of", "basically"
    at: float


@dataclass(frozen=True)
class Delivery:
    seconds: float
    words: int
    talk_seconds: float
    words_per_minute: float | None  # over the whole step; None when nothing was said
    talking_words_per_minute: float | None  # over the time spent talking
    pace: Pace  # words_per_minute against PACE_BAND
    band: tuple[int, int]
    pauses: tuple[Pause, ...]
    fillers: tuple[Filler, ...]
    i_count: int
    we_count: int
    numbers: tuple[str, ...]

    @property
    def silence_seconds(self) -> float:
        return max(0.0, self.seconds - self.talk_seconds)

    @property
    def fillers_per_minute(self) -> float | None:
        return len(self.fillers) * 60 / self.seconds if self.words and self.seconds > 0 else None


def analyse(transcript: Transcript, band: tuple[int, int] = PACE_BAND, long_pause: float = LONG_PAUSE_SECONDS) -> Delivery:
    words = [w for w in transcript.words if _WORDY.search(w.text)]
    seconds = max(transcript.seconds, words[-1].end if words else 0.0)
    spans = _speech_spans(transcript, words)
    talk = sum(end - start for start, end in spans)
    wpm = len(words) * 60 / seconds if words and seconds > 0 else None
    talking_wpm = len(words) * 60 / talk if words and talk > 0 else None
    i_count, we_count = count_i_we(transcript.text)
    return Delivery(
        seconds=seconds,
        words=len(words),
        talk_seconds=talk,
        words_per_minute=wpm,
        talking_words_per_minute=talking_wpm,
        pace=_pace(wpm, band),
        band=band,
        pauses=_pauses(spans, words, long_pause),
        fillers=fillers(words),
        i_count=i_count,
        we_count=we_count,
        numbers=numbers_in(transcript.text),
    )


def _pace(wpm: float | None, band: tuple[int, int]) -> Pace:
    if wpm is None:
        return Pace.NO_SPEECH
    if wpm < band[0]:
        return Pace.SLOW
    return Pace.FAST if wpm > band[1] else Pace.IN_BAND


def _speech_spans(transcript: Transcript, words: list[Word]) -> list[tuple[float, float]]:
    """The detector's spans, clipped to the audio; else the words' times, joined where
    they touch or overlap."""
    if transcript.speech:
        limit = max(transcript.seconds, 0.0)
        clipped = [(max(0.0, s), min(e, limit)) for s, e in sorted(transcript.speech)]
        return _merged([(s, e) for s, e in clipped if e > s])
    return _merged([(w.start, w.end) for w in words if w.end > w.start])


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _pauses(spans: list[tuple[float, float]], words: list[Word], long_pause: float) -> tuple[Pause, ...]:
    """Silences of at least `long_pause` between two stretches of speech (not before the
    first word or after the last), each with the words said before it."""
    found = []
    for (_, gap_start), (gap_end, _) in itertools.pairwise(spans):
        if gap_end - gap_start >= long_pause:
            before = [w.text for w in words if w.start < gap_start][-WORDS_BEFORE_PAUSE:]
            found.append(Pause(at=gap_start, seconds=gap_end - gap_start, before=" ".join(before)))
    return tuple(found)


def fillers(words: list[Word]) -> tuple[Filler, ...]:
    """Filler words and phrases, in order, each counted once."""
    bare = [_bare(w.text) for w in words]
    found: list[Filler] = []
    i = 0
    while i < len(words):
        two = " ".join(bare[i : i + 2])
        if bare[i] in _SOUNDS or bare[i] in _ALWAYS:
            found.append(Filler(bare[i], words[i].start))
        elif bare[i] == "like" and _filler_like(words, bare, i):
            found.append(Filler("like", words[i].start))
        elif two == "you know" and _filler_you_know(words, bare, i):
            found.append(Filler(two, words[i].start))
            i += 1
        elif two in ("sort of", "kind of") and (i == 0 or bare[i - 1] not in _KIND_TAKERS):
            found.append(Filler(two, words[i].start))
            i += 1
        i += 1
    return tuple(found)


def _filler_like(words: list[Word], bare: list[str], i: int) -> bool:
    if i > 0 and bare[i - 1] in _LIKE_TAKERS and not _ends_clause(words[i - 1].text):
        return False
    return _set_off_before(words, i) or _set_off_after(words, i)


def _filler_you_know(words: list[Word], bare: list[str], i: int) -> bool:
    """The verb takes an object ("you know the risk"); the filler is followed by a break."""
    if i > 0 and bare[i - 1] in _KNOW_TAKERS:
        return False
    return _set_off_after(words, i + 1)


def _set_off_before(words: list[Word], i: int) -> bool:
    """At the start, after a comma or full stop, or after a gap."""
    return i == 0 or _ends_clause(words[i - 1].text) or words[i].start - words[i - 1].end >= SET_OFF_SECONDS


def _set_off_after(words: list[Word], i: int) -> bool:
    """Followed by a comma or full stop, a gap, or the end."""
    return _ends_clause(words[i].text) or i + 1 == len(words) or words[i + 1].start - words[i].end >= SET_OFF_SECONDS


def _ends_clause(text: str) -> bool:
    return bool(_TRAILING_PUNCTUATION.search(text))


def _bare(text: str) -> str:
    return re.sub(r"[^\w']+", "", text.lower().replace("’", "'"))


def spoken_part(transcript: Transcript, delivery: Delivery) -> SpokenPart:
    """What the log keeps of a step heard: the transcript and the figures, not the word times."""
    return SpokenPart(
        transcript=transcript.text,
        seconds=delivery.seconds,
        words=delivery.words,
        talk_seconds=delivery.talk_seconds,
        words_per_minute=delivery.words_per_minute,
        talking_words_per_minute=delivery.talking_words_per_minute,
        fillers=tuple(f.text for f in delivery.fillers),
        pauses=[SpokenPause(p.at, p.seconds, p.before) for p in delivery.pauses],
        i_count=delivery.i_count,
        we_count=delivery.we_count,
        numbers=delivery.numbers,
    )


def pace_of(words_per_minute: float | None, band: tuple[int, int] = PACE_BAND) -> Pace:
    return _pace(words_per_minute, band)
