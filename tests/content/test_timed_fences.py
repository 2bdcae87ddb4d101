"""A plain fence of timed steps opened on a page titled for one system, kept as code elsewhere."""

from systemcraft_tui.content.timed_fences import with_timed_fences_opened

ORDER = "```\n1. Parser (2 min)   <- reads input\n2. Store (5 min)\n3. API layer (10 min)\n```\n"


def test_a_fence_of_timed_steps_on_a_page_for_one_system_is_opened_line_for_line():
    text = "# Payment Ledger - Interview Cheat Sheet\n\n## Order\n\n" + ORDER + "\nafter\n"
    opened = with_timed_fences_opened(text)
    assert "```" not in opened
    assert opened.splitlines() == [line if not line.startswith("```") else "" for line in text.splitlines()]


def test_a_page_titled_for_the_method_keeps_its_fence_of_timings_as_code():
    text = "# System Design Interview Cheat Sheet\n\n" + ORDER
    assert with_timed_fences_opened(text) == text


def test_a_fence_with_anything_but_timed_steps_stays_code():
    text = "# Payment Ledger - Interview Cheat Sheet\n\n```\n1. Parser (2 min)\n2. Store (5 min)\nprint('hi')\n3. API (1 min)\n```\n"
    assert with_timed_fences_opened(text) == text
    short = "# Payment Ledger - Interview Cheat Sheet\n\n```\n1. Parser (2 min)\n2. Store (5 min)\n```\n"
    assert with_timed_fences_opened(short) == short  # two steps: too few to be the order of a design


def test_a_file_written_on_windows_keeps_its_line_ends():
    text = ("# Payment Ledger - Interview Cheat Sheet\n\n" + ORDER).replace("\n", "\r\n")
    opened = with_timed_fences_opened(text)
    assert "```" not in opened and opened.count("\r\n") == text.count("\r\n")
