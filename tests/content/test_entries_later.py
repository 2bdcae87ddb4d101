"""The cache entries a big read's parse processes make once every file is read: each
process is asked until every file kept is answered for, and the pool ends with the wait."""

from __future__ import annotations

import functools
from pathlib import Path

from systemcraft_tui.content import entries_later
from systemcraft_tui.content.cache import ParseCache


class _Asked:
    def __init__(self, answers: list[list[tuple[Path, bytes | None]]] | None) -> None:
        self.answers = answers

    def get(self, timeout: float) -> list[list[tuple[Path, bytes | None]]]:
        if self.answers is None:
            raise TimeoutError
        return self.answers


class _Pool:
    """A pool whose processes answer each round of requests as scripted: one list of
    answers per request (a process asked twice answers nothing the second time)."""

    def __init__(self, rounds: list[list[list[tuple[Path, bytes | None]]] | None]) -> None:
        self.rounds = rounds
        self.asked = 0
        self.ended = False

    def terminate(self) -> None:
        self.ended = True

    def map_async(self, task: functools.partial, requests: range, chunksize: int) -> _Asked:
        assert not self.ended and task.func is entries_later._entries and chunksize == 1
        self.asked += 1
        return _Asked(self.rounds.pop(0) if self.rounds else [[] for _ in requests])


def _collect(pool: _Pool, kept: int, seconds: float | None = None) -> list[tuple[Path, bytes]]:
    return entries_later.ask(pool, 2, ParseCache(Path("/nonexistent")), kept)(seconds)  # type: ignore[arg-type]


A, B, C = (Path(name) for name in ("a.md", "b.md", "c.md"))


def test_a_process_that_took_every_request_is_asked_again_until_every_file_is_answered_for():
    pool = _Pool([[[(A, b"a"), (B, None)], []], [[], [(C, b"c")]]])  # the first round, both requests to one process
    assert _collect(pool, kept=3) == [(A, b"a"), (C, b"c")]  # B's parse could not be kept: no entry
    assert pool.asked == 2 and pool.ended


def test_a_process_the_machine_is_slow_to_run_is_waited_for_over_many_empty_rounds():
    empty: list[list[tuple[Path, bytes | None]]] = [[], []]
    pool = _Pool([[[(A, b"a")], []], *[empty] * 8, [[(B, b"b")], []]])  # the other took no request for 8 rounds
    assert _collect(pool, kept=2) == [(A, b"a"), (B, b"b")]
    assert pool.asked == 10 and pool.ended


def test_entries_a_process_never_answers_for_are_given_up_after_a_while_with_none(monkeypatch):
    clock = iter(range(1000))
    monkeypatch.setattr(entries_later.time, "monotonic", lambda: float(next(clock)))  # a second a look
    monkeypatch.setattr(entries_later, "MADE_WITHIN", 1000.0)
    pool = _Pool([[[(A, b"a")], []]])  # the other process died with its files
    assert _collect(pool, kept=2) == [(A, b"a")]
    assert 1 < pool.asked <= entries_later.NONE_FOR and pool.ended


def test_a_process_with_no_entries_left_holds_its_request_a_moment(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(entries_later.time, "sleep", slept.append)
    assert entries_later._entries(0, ParseCache(Path("/nonexistent"))) == [] and slept == [entries_later._HOLD_EMPTY]


def test_a_wait_that_runs_out_collects_nothing_and_ends_the_pool():
    pool = _Pool([None])
    assert _collect(pool, kept=1, seconds=0.0) == [] and pool.ended
