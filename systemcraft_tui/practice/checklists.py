"""What a strong candidate covers in each system design phase, ticked off while rehearsing.

Each item is at most ITEM_WIDTH characters: the checklist shows one line per item, and
that is what fits beside the step list in an 80-column terminal."""

from __future__ import annotations

from systemcraft_tui.content.names import normalize

ITEM_WIDTH = 44

_BY_KEYWORD: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("requirement", "clarif", "scope"),
        (
            "Functional requirements clarified",
            "Targets agreed: scale, latency, uptime",
            "Out of scope stated",
            "Users and traffic estimated",
        ),
    ),
    (
        ("high level", "architecture", "overview"),
        (
            "Main components drawn",
            "Request path walked end to end",
            "Data flow and storage named",
        ),
    ),
    (
        ("deep dive", "component"),
        (
            "Hardest component chosen and justified",
            "Failure modes covered",
            "Scaling approach per component",
        ),
    ),
    (
        ("data", "storage", "schema"),
        (
            "Data model sketched",
            "Storage choice justified",
            "Partitioning and retention decided",
        ),
    ),
    (
        ("api",),
        (
            "Key endpoints listed",
            "Idempotency and errors handled",
            "Versioning considered",
        ),
    ),
    (
        # Estimating the load comes before scaling for it: "Scale Estimation" is an estimate.
        ("estimat", "capacity", "envelope"),
        (
            "Estimates done (QPS, storage, bandwidth)",
            "Peak against average load stated",
            "The numbers drive a design choice",
        ),
    ),
    (
        ("scal", "performance", "bottleneck"),
        (
            "Bottlenecks named",
            "Caching and load shedding discussed",
            "Monitoring and SLOs named",
        ),
    ),
    (
        ("trade", "alternative", "wrap"),
        (
            "Trade-offs named with reasons",
            "An alternative compared",
            "Team and cost implications stated",
        ),
    ),
    (("follow",), ("Answered concisely", "Tied answers back to the design")),
)
_GENERAL = ("Key decisions stated", "Trade-offs named", "Time checked")


def phase_checklist(phase_name: str) -> tuple[str, ...]:
    words = normalize(phase_name)
    for keywords, items in _BY_KEYWORD:
        if any(keyword in words for keyword in keywords):
            return items
    return _GENERAL
