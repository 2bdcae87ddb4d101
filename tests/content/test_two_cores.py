import os

import pytest

from systemcraft_tui.content.two_cores import FORK_FROM, read_on_two_cores

pytestmark = pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2, reason="one core")


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    """A machine with a core to spare, whatever else runs beside the tests."""
    monkeypatch.setattr(os, "getloadavg", lambda: (0.5, 0.5, 0.5))


def _reader(said: list[str]):
    def read(number: int) -> dict[str, int]:
        if number % 3 == 0:
            said.append(f"warning on {number}")
        return {"number": number, "process": os.getpid()}

    return read


def test_many_items_are_read_in_order_the_second_half_by_another_process_its_warnings_after_the_first_halfs():
    said = ["before the items"]
    items = read_on_two_cores(range(2 * FORK_FROM), _reader(said), said)
    assert [item["number"] for item in items] == list(range(2 * FORK_FROM))
    assert {item["process"] for item in items[:FORK_FROM]} == {os.getpid()}
    assert os.getpid() not in {item["process"] for item in items[FORK_FROM:]}
    assert said == ["before the items"] + [f"warning on {n}" for n in range(0, 2 * FORK_FROM, 3)]


def test_a_few_items_are_read_here():
    said: list[str] = []
    items = read_on_two_cores(range(FORK_FROM - 1), _reader(said), said)
    assert {item["process"] for item in items} == {os.getpid()}
    assert len(said) == len(range(0, FORK_FROM - 1, 3))


def test_an_item_the_other_process_fails_to_read_is_read_here_and_what_failed_is_raised_here():
    def read(number: int) -> int:
        if number == FORK_FROM + 1:
            raise RecursionError(f"too deep at {number} in {os.getpid()}")
        return number

    with pytest.raises(RecursionError, match=f"too deep at {FORK_FROM + 1} in {os.getpid()}$"):
        read_on_two_cores(range(2 * FORK_FROM), read, [])


def test_what_the_other_process_cannot_send_is_read_here():
    class Unsendable:
        def __init__(self) -> None:
            self.process = os.getpid()

        def __reduce__(self):
            raise TypeError("not to be pickled")

    items = read_on_two_cores(range(2 * FORK_FROM), lambda number: Unsendable(), [])
    assert {item.process for item in items} == {os.getpid()}


def test_with_no_copy_to_be_had_every_item_is_read_here(monkeypatch):
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    said: list[str] = []
    items = read_on_two_cores(range(2 * FORK_FROM), _reader(said), said)
    assert [item["number"] for item in items] == list(range(2 * FORK_FROM))
    assert {item["process"] for item in items} == {os.getpid()}


def test_with_every_core_busy_every_item_is_read_here(monkeypatch):
    monkeypatch.setattr(os, "getloadavg", lambda: (len(os.sched_getaffinity(0)) + 0.2, 1.0, 1.0))
    items = read_on_two_cores(range(2 * FORK_FROM), _reader([]), [])
    assert {item["process"] for item in items} == {os.getpid()}
