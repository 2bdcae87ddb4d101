"""The small time formats the screens share."""

from systemcraft_tui.ui.format import clock_span, clock_text


def test_clock_text_is_minutes_and_seconds_without_a_sign():
    assert [clock_text(s) for s in (0, 9.9, 75, -75, 3600)] == ["0:00", "0:09", "1:15", "1:15", "60:00"]


def test_a_span_with_equal_ends_is_one_time():
    assert clock_span(240, 360) == "4:00–6:00"
    assert clock_span(120, 120) == "2:00"
    assert clock_span(120.4, 120.9) == "2:00"  # equal as shown
