"""Delivery analytics on fixed transcripts: pace, talk and silence, pauses, fillers, I/we, numbers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.practice.delivery import LONG_PAUSE_SECONDS, Pace, Transcript, Word, analyse
from systemcraft_tui.practice.numbers import numbers_in
from tests.hostile import ALL as HOSTILE_TEXTS


def said(text: str, gaps: dict[int, float] | None = None, seconds: float | None = None) -> Transcript:
    """`text` said one word every 0.3 s with 0.05 s between words, plus the extra gap
    given before the word at each index."""
    words, now = [], 0.0
    for index, text_word in enumerate(text.split()):
        now += (gaps or {}).get(index, 0.05)
        words.append(Word(text_word, now, now + 0.3))
        now += 0.3
    return Transcript(tuple(words), now if seconds is None else seconds)


def filler_texts(text: str, gaps: dict[int, float] | None = None) -> list[str]:
    return [f.text for f in analyse(said(text, gaps)).fillers]


def test_pace_overall_and_while_talking_against_the_band():
    # 60 words filling the first 30 s of a 60 s step: 60 wpm overall, 120 while talking.
    words = tuple(Word("word", i * 0.5, i * 0.5 + 0.5) for i in range(60))
    delivery = analyse(Transcript(words, 60.0))
    assert (delivery.words, delivery.words_per_minute, delivery.talking_words_per_minute) == (60, 60, 120)
    assert (delivery.talk_seconds, delivery.silence_seconds) == (30, 30)
    assert delivery.pace is Pace.SLOW and delivery.band == (130, 160)
    brisk = Transcript(words, 20.0)  # audio shorter than its last word: the words' end counts
    assert analyse(brisk).words_per_minute == 120
    assert analyse(brisk, band=(100, 119)).pace is Pace.FAST
    assert analyse(brisk, band=(100, 120)).pace is Pace.IN_BAND


def test_nothing_said():
    delivery = analyse(Transcript((), 12.0))
    assert delivery.words == 0 and delivery.pace is Pace.NO_SPEECH
    assert delivery.words_per_minute is None and delivery.talking_words_per_minute is None
    assert delivery.fillers_per_minute is None
    assert (delivery.talk_seconds, delivery.silence_seconds) == (0, 12)
    assert delivery.pauses == () and delivery.numbers == ()


def test_punctuation_alone_is_not_a_word():
    assert analyse(said("We shipped — it .")).words == 3


def test_speech_spans_from_the_detector_give_talk_time_and_pauses():
    words = (Word("We", 1.0, 1.4), Word("shipped.", 1.4, 3.8), Word("Then", 6.2, 6.6), Word("measured.", 6.6, 9.0))
    # Whisper stretches "shipped." over the silence; the detector's spans do not.
    transcript = Transcript(words, 10.0, speech=((1.0, 2.5), (6.0, 9.0), (8.5, 12.0)))
    delivery = analyse(transcript)
    assert delivery.talk_seconds == pytest.approx(5.5)  # 1.5 + 4.0 (overlap merged, clipped at 10 s)
    (pause,) = delivery.pauses
    assert (pause.at, pause.seconds, pause.before) == (2.5, 3.5, "We shipped.")


def test_long_pauses_between_words_with_the_words_before():
    delivery = analyse(
        said("So I read the logs and the dashboards myself. Then I wrote it up.", gaps={9: 2.0, 12: 1.4})
    )
    (pause,) = delivery.pauses  # 2.0 s is long; 1.4 s is not
    assert pause.seconds == pytest.approx(2.0)
    assert pause.before == "the logs and the dashboards myself."  # the last six words
    assert delivery.pauses[0].seconds >= LONG_PAUSE_SECONDS


def test_silence_before_the_first_word_or_after_the_last_is_no_pause():
    delivery = analyse(said("Right, we start.", gaps={0: 4.0}, seconds=12.0))
    assert delivery.pauses == ()
    assert delivery.silence_seconds == pytest.approx(12.0 - 3 * 0.3)


def test_sounds_and_basically_are_always_fillers():
    assert filler_texts("Um, we basically, uh, rebuilt it. Erm hmm") == ["um", "basically", "uh", "erm", "hmm"]


@pytest.mark.parametrize(
    ("text", "gaps", "expected"),
    [
        ("I like pairing, so I paired", None, []),  # the verb
        ("It looks like a small thing", None, []),  # a comparison
        ("we would like to ship", None, []),
        ("I, like, paired with them", None, ["like"]),  # commas set it off
        ("the retries, like doubled the load", None, ["like"]),
        ("Like, we had no choice", None, ["like"]),  # the answer starts with it
        ("the retries like doubled the load", {2: 0.5}, ["like"]),  # a hesitation before it
        ("the retries like doubled the load", None, []),  # nothing sets it off: not guessed
        ("I like, um, pairing", None, ["um"]),  # "I like" stays a verb even before a break
        ("I would, like, involve finance", None, ["like"]),  # "would," closes a clause first
    ],
)
def test_like_as_a_filler_or_as_a_word(text, gaps, expected):
    assert filler_texts(text, gaps) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and customers, you know, were leaving", ["you know"]),
        ("You know, the hard part was alignment", ["you know"]),
        ("it was hard, you know", ["you know"]),  # the end of the answer
        ("you know the risk", []),  # the verb with its object
        ("as you know, we shipped", []),
        ("do you know why", []),
    ],
)
def test_you_know(text, expected):
    assert filler_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I sort of negotiated the scope", ["sort of"]),
        ("we kind of rebuilt it", ["kind of"]),
        ("what sort of queue", []),
        ("a kind of queue", []),
    ],
)
def test_sort_of_and_kind_of(text, expected):
    assert filler_texts(text) == expected


def test_fillers_per_minute_and_their_times():
    delivery = analyse(said("Um, we, like, shipped it, basically.", seconds=30.0))
    assert [(f.text, f.at) for f in delivery.fillers] == [
        ("um", 0.05),
        ("like", pytest.approx(0.75)),
        ("basically", pytest.approx(1.8)),
    ]
    assert delivery.fillers_per_minute == 6


def test_i_we_and_numbers_said():
    delivery = analyse(
        said("I led twelve engineers; we cut errors by 40% in two weeks, saved $40,000, forty thousand in total.")
    )
    assert (delivery.i_count, delivery.we_count) == (1, 1)
    assert delivery.numbers == ("twelve", "40%", "two", "$40,000", "forty thousand")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 3% to 0.2% in 10 weeks.", ("3%", "0.2%", "10")),
        ("one hundred and twenty people", ("one hundred and twenty",)),
        ("below half a percent", ("half a percent",)),
        ("two point five million users", ("two point five million",)),
        ("3 percent, then forty-two", ("3 percent", "forty two")),
        ("the one that failed; which one?", ()),
        ("One team doubled its output", ("One", "doubled")),
        ("half a percent, forty thousand", ("half a percent", "forty thousand")),
        ("no figures here", ()),
    ],
)
def test_numbers_in_digits_and_words(text, expected):
    assert numbers_in(text) == expected


_times = st.floats(0, 5, allow_nan=False)
_word = st.builds(
    lambda text, gap, length: (text, gap, length), st.text(max_size=12) | st.sampled_from(HOSTILE_TEXTS), _times, _times
)


@given(st.lists(_word, max_size=40), st.floats(0, 300, allow_nan=False))
def test_any_transcript_gives_consistent_figures(pieces, seconds):
    words, now = [], 0.0
    for text, gap, length in pieces:
        words.append(Word(text, now + gap, now + gap + length))
        now += gap + length
    delivery = analyse(Transcript(tuple(words), seconds))
    assert 0 <= delivery.talk_seconds <= delivery.seconds + 1e-9
    assert delivery.seconds >= seconds
    assert all(p.seconds >= LONG_PAUSE_SECONDS and 0 <= p.at <= delivery.seconds for p in delivery.pauses)
    assert len(delivery.fillers) <= delivery.words <= len(words)


_TAKERS = ["I", "we", "they", "would", "looks", "feel", "something"]


@given(
    st.sampled_from(_TAKERS),
    st.lists(_times, min_size=3, max_size=3),
    st.sampled_from(["pairing", "a plan", "that", "it"]),
)
def test_like_straight_after_a_word_that_takes_it_is_never_a_filler(before, gaps, after):
    text = f"{before} like {after}"
    assert "like" not in filler_texts(text, dict(enumerate(gaps)))


@given(st.lists(st.sampled_from(["um", "Um,", "uh.", "UH", "we", "shipped", "it,"]), max_size=30))
def test_every_um_and_uh_is_counted(tokens):
    expected = sum(t.strip(",.").lower() in ("um", "uh") for t in tokens)
    assert len(filler_texts(" ".join(tokens))) == expected
