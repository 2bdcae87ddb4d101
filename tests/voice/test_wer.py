"""The word error rate helper the transcription test relies on."""

import pytest

from tests.voice.wer import normalise, say_integer, word_error_rate


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (12, "twelve"),
        (40, "forty"),
        (42, "forty two"),
        (100, "one hundred"),
        (2026, "two thousand twenty six"),
        (40_000, "forty thousand"),
        (1_500_000, "one million five hundred thousand"),
    ],
)
def test_integers_as_words(number, words):
    assert say_integer(number) == words


def test_numbers_and_symbols_are_written_as_said():
    assert normalise("Saved $40,000; 3% to 0.2%, in 10 weeks!") == (
        "saved forty thousand dollars three percent to zero point two percent in ten weeks".split()
    )
    assert normalise("On-call, it's fine") == ["on", "call", "it's", "fine"]


def test_word_error_rate_counts_substitutions_deletions_and_insertions():
    assert word_error_rate("three percent of requests", "3% of requests") == 0
    assert word_error_rate("we rebuilt the retry logic", "we revealed the retry logic") == pytest.approx(1 / 5)
    assert word_error_rate("we rebuilt the retry logic", "we the retry logic") == pytest.approx(1 / 5)
    assert word_error_rate("by half", "I have by half") == 1.0
    assert word_error_rate("", "") == 0
