"""The wheel carries the bundled library: an installed `systemcraft` lints it cleanly."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UV = shutil.which("uv")


@pytest.mark.skipif(UV is None, reason="needs uv on PATH to build and install the wheel")
def test_installed_wheel_finds_the_bundled_library(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_PROJECT"))}
    subprocess.run([UV, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(ROOT)], check=True, env=env, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([UV, "venv", "--quiet", str(venv)], check=True, env=env, capture_output=True)
    subprocess.run([UV, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(wheel)], check=True, env=env, capture_output=True)
    cli = str(venv / "bin" / "systemcraft")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()  # run away from the checkout, so only the installed copy can be found

    lint = subprocess.run([cli, "lint", "--strict"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr

    inspect = subprocess.run([cli, "inspect", "--json"], cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    items = json.loads(inspect.stdout)
    checkout_files = sorted(p.relative_to(ROOT / "data") for p in (ROOT / "data").rglob("*.md"))
    assert items and len({item["source"] for item in items}) == len(checkout_files)
    assert all(str(venv) in item["source"] for item in items)
