from systemcraft_tui.practice.timer import Timer


def test_elapsed_is_measured_from_the_start_instant():
    timer = Timer()
    assert timer.elapsed(50.0) == 0.0
    timer.start(100.0)
    assert timer.elapsed(100.0) == 0.0
    assert timer.elapsed(130.5) == 30.5
    # Reading the clock rarely or often gives the same answer: nothing is counted.
    assert timer.elapsed(130.5) == 30.5


def test_pause_and_resume_exclude_the_paused_time():
    timer = Timer()
    timer.start(0.0)
    timer.pause(10.0)
    assert timer.elapsed(500.0) == 10.0
    timer.resume(500.0)
    assert timer.elapsed(505.0) == 15.0
    timer.pause(506.0)
    timer.pause(600.0)  # a second pause changes nothing
    timer.resume(700.0)
    assert timer.elapsed(701.0) == 17.0


def test_restart_resets_to_zero():
    timer = Timer()
    timer.start(0.0)
    timer.pause(5.0)
    timer.restart(50.0)
    assert timer.running and timer.elapsed(52.0) == 2.0

