import random

from systemcraft_tui.content.spans import Cover, Innermost, Spans


def _spans(rng: random.Random) -> list[tuple[int, int]]:
    # Nested, overlapping, touching, equal and empty spans (a last line before the first).
    spans = []
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(1, 30)
        spans.append((start, start + rng.randint(-2, 12)))
    return spans


def _samples(seed: int) -> list[list[tuple[int, int]]]:
    rng = random.Random(seed)
    return [_spans(rng) for _ in range(500)]


def test_the_lines_spans_hold_are_looked_up_as_a_walk_of_them_would():
    for spans in _samples(16):
        cover = Cover(spans)
        for line in range(-1, 46):
            assert (line in cover) == any(start <= line <= end for start, end in spans), (spans, line)


def test_the_innermost_span_is_the_one_a_walk_finds_shortest_first_given_of_equals():
    for sample in _samples(61):
        spans = [(span, order) for order, span in enumerate(sample)]
        index = Innermost(spans)
        for line in range(-1, 46):
            holding = [(end - start, order) for (start, end), order in spans if start <= line <= end]
            walked = min(holding, key=lambda pair: pair[0])[1] if holding else None
            assert index.at(line) == walked, (spans, line)


def test_one_span_holding_or_meeting_a_run_is_found_as_a_walk_of_them_would():
    for spans in _samples(25):
        index = Spans(spans)
        for first in range(-1, 46):
            for last in range(first - 2, first + 14):
                held = any(start <= first and last <= end for start, end in spans)
                met = any(start <= last and first <= end for start, end in spans)
                assert (index.hold(first, last), index.meet(first, last)) == (held, met), (spans, first, last)
