"""A record that is not what the schema says."""

from __future__ import annotations


class StoreError(Exception):
    """Anything the practice log refuses to do; the message is meant for the user. The base
    of the store's errors, kept here because a record that fails its checks is one of them."""


def refusal(error: OSError) -> str:
    """What the system said, as words for a sentence: "no space left on device", not
    "[Errno 28] No space left on device"."""
    reason = error.strerror or str(error)
    return reason[:1].lower() + reason[1:]


class RecordError(StoreError):
    """One record (or one field of it) is not what the schema says."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
