"""Transcribing the committed speech fixtures with the shipped Whisper base model, and the
delivery figures on what was heard. CPU-heavy (about 10 s on 2 cores): the model loads
once and each fixture is transcribed once per run."""

from types import SimpleNamespace

import pytest

from systemcraft_tui.practice.delivery import LONG_PAUSE_SECONDS, Word, analyse
from systemcraft_tui.voice import model as models
from systemcraft_tui.voice.errors import ModelNotReady
from systemcraft_tui.voice.transcriber import Transcriber, joined_words
from tests.voice.conftest import EXTRA_REASON, SPEECH, script_pauses, script_text, speech_fixtures
from tests.voice.wer import normalise, word_error_rate

MAX_WORD_ERROR = 0.15


def test_whispers_pieces_of_a_word_are_joined():
    pieces = [
        (" We", 0.0, 0.2),
        (" saved", 0.2, 0.5),
        (" $40", 0.5, 0.8),
        (",000.", 0.8, 1.2),
        (" 3", 1.3, 1.5),
        ("%", 1.5, 1.6),
        (" ", 1.6, 1.6),
    ]
    words = joined_words(SimpleNamespace(word=w, start=s, end=e) for w, s, e in pieces)
    assert words == (Word("We", 0.0, 0.2), Word("saved", 0.2, 0.5), Word("$40,000.", 0.5, 1.2), Word("3%", 1.3, 1.6))


@pytest.fixture(scope="module")
def heard(transcriber):
    return {fixture.stem: transcriber.transcribe([fixture]) for fixture in speech_fixtures()}


def test_the_fixtures_are_transcribed_within_the_word_error_bound(heard):
    errors = words = 0
    for name, transcript in heard.items():
        reference = script_text(SPEECH / f"{name}.ogg")
        count = len(normalise(reference))
        errors += word_error_rate(reference, transcript.text) * count
        words += count
    assert words > 200
    assert errors / words < MAX_WORD_ERROR, {
        n: round(word_error_rate(script_text(SPEECH / f"{n}.ogg"), t.text), 3) for n, t in heard.items()
    }


def test_every_inserted_pause_is_found_with_the_words_before_it(heard):
    for name, transcript in heard.items():
        delivery = analyse(transcript)
        inserted = script_pauses(SPEECH / f"{name}.ogg")
        assert len(delivery.pauses) == len(inserted), name
        for pause, seconds in zip(delivery.pauses, inserted, strict=True):
            assert LONG_PAUSE_SECONDS <= pause.seconds <= seconds + 0.2, name
            assert pause.before, name
    situation = analyse(heard["situation"]).pauses[0]
    assert situation.before.endswith("two time zones.")


def test_fillers_heard_and_the_verb_like_left_alone(heard):
    def fillers(name):
        return [f.text for f in analyse(heard[name]).fillers]

    assert fillers("situation") == ["um", "you know"]
    assert fillers("task") == ["uh"]
    assert "basically" in fillers("probe") and "you know" in fillers("probe")
    # "the retries, like, doubled" is a filler; "I like pairing" is not.
    action = analyse(heard["action"])
    likes = [f.at for f in action.fillers if f.text == "like"]
    pairing = next(w for w in heard["action"].words if w.text.startswith("pairing"))
    assert len(likes) == 1 and likes[0] < pairing.start - 5


def test_pace_talk_and_numbers_on_what_was_heard(heard):
    result = analyse(heard["result"])
    assert result.numbers[:3] == ("3%", "0.2%", "10")
    for transcript in heard.values():
        delivery = analyse(transcript)
        assert 90 < delivery.words_per_minute < 200  # espeak-ng speaks at 150 wpm, pauses included
        assert delivery.talking_words_per_minute > delivery.words_per_minute
        assert 0 < delivery.talk_seconds < transcript.seconds


def test_a_recording_through_the_file_fed_queue_is_transcribed(transcriber):
    soundfile = pytest.importorskip("soundfile", reason=EXTRA_REASON)
    from systemcraft_tui.voice.recorder import FileSource, Recorder
    from systemcraft_tui.voice.recordings import session_folder

    fixture = SPEECH / "task.ogg"
    source = FileSource(fixture, realtime=False)
    recorder = Recorder(source, session_folder("transcribed"))
    recorder.open()
    recorder.start_step(1)
    source.feed(source.seconds)
    audio = recorder.finish_step().result(timeout=10)
    recorder.close()
    assert audio.seconds == pytest.approx(soundfile.info(fixture).duration, abs=0.1)
    transcript = transcriber.transcribe(audio.parts)
    assert word_error_rate(script_text(fixture), transcript.text) < MAX_WORD_ERROR


def test_a_step_without_audio_is_an_empty_transcript():
    pytest.importorskip("numpy", reason=EXTRA_REASON)
    transcript = Transcriber().transcribe([])  # no model needed for silence
    assert (transcript.words, transcript.seconds) == ((), 0.0)
    assert analyse(transcript).words == 0


def test_a_model_changed_since_setup_is_not_loaded(whisper_model):
    changed = models.Model(whisper_model.source, whisper_model.path, "0" * 64)
    with pytest.raises(ModelNotReady, match="has changed since it was set up"):
        Transcriber(chosen=changed).load()


def test_no_model_set_up_is_a_sentence():
    pytest.importorskip("faster_whisper", reason=EXTRA_REASON)
    with pytest.raises(ModelNotReady, match=r"^No speech model is set up"):
        Transcriber().load()
