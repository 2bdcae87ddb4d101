"""What importing a layer loads, measured in a fresh interpreter: the core needs nothing but
the standard library, the rehearsal engine no storage and no UI, and the store no engine
and no UI. (The import-linter contracts in pyproject.toml check the app's own imports; this
checks third-party packages too, and imports made when a module runs.)"""

from __future__ import annotations

import json
import subprocess
import sys

_LOADED = """
import importlib, json, pkgutil, sys
before = set(sys.modules)
package = importlib.import_module({package!r})
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
print(json.dumps(sorted(set(sys.modules) - before)))
"""

UI = {"textual", "rich", "textual_plotext", "plotext", "click"}
STORAGE = {"tinydb", "filelock", "platformdirs"}
VOICE = {"faster_whisper", "sounddevice", "soundfile", "numpy", "ctranslate2", "onnxruntime"}


def loaded(package: str) -> tuple[set[str], set[str]]:
    """The third-party top-level packages and the app's own modules that importing every
    module of `package` loads."""
    run = subprocess.run([sys.executable, "-c", _LOADED.format(package=package)], capture_output=True, text=True, check=True)
    modules = json.loads(run.stdout)
    tops = {name.partition(".")[0] for name in modules}
    third_party = tops - set(sys.stdlib_module_names) - {"systemcraft_tui"}
    own = {name for name in modules if name.startswith("systemcraft_tui.")}
    return third_party, own


def test_the_core_loads_only_the_standard_library():
    third_party, own = loaded("systemcraft_tui.core")
    assert third_party == set()
    assert {name for name in own if not name.startswith("systemcraft_tui.core")} == set()


def test_the_engine_loads_no_storage_no_ui_and_no_voice():
    third_party, own = loaded("systemcraft_tui.practice")
    assert third_party & (UI | STORAGE | VOICE) == set()
    # fsrs is the pure spaced-repetition scheduler behind practice/card_review.py.
    assert third_party <= {"fsrs", "typing_extensions", "markdown_it", "mdurl"}, third_party
    layers = {name.split(".")[1] for name in own}
    assert layers <= {"core", "content", "practice"}, layers


def test_the_store_loads_no_engine_no_content_and_no_ui():
    third_party, own = loaded("systemcraft_tui.store")
    assert third_party & (UI | VOICE) == set()
    layers = {name.split(".")[1] for name in own if name.count(".") >= 1}
    assert layers <= {"core", "store", "locations", "regular_files"}, layers


def test_the_screens_and_the_service_load_no_voice_extra():
    """Voice is optional: the screens reach it only through service/hearing.py, which loads
    the extra (numpy, soundfile, faster-whisper...) only when a recording opens."""
    for package in ("systemcraft_tui.ui", "systemcraft_tui.service"):
        third_party, own = loaded(package)
        assert third_party & VOICE == set(), package
        assert "systemcraft_tui.voice.recorder" not in own and "systemcraft_tui.voice.transcriber" not in own


def test_opening_the_app_imports_no_subcommand_and_no_voice_layer():
    """What `systemcraft` imports before its first frame: the app and its library screen, not
    the other commands, nor the voice layer until voice is wanted."""
    code = (
        "import json, sys\n"
        "import systemcraft_tui.cli, systemcraft_tui.ui.app, systemcraft_tui.ui.voice_switch, systemcraft_tui.ui.library_read\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    modules = set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout))
    assert {name for name in modules if name.startswith(("systemcraft_tui.commands.", "systemcraft_tui.voice"))} <= {
        "systemcraft_tui.commands.paths"
    }
    # A warm start reads the library's index: the parser, markdown-it and the processes
    # that parse on both cores load only when a file must be parsed.
    assert {name.partition(".")[0] for name in modules} & {"markdown_it", "multiprocessing"} == set()
    assert "systemcraft_tui.content.parser" not in modules
    assert "systemcraft_tui.service.hearing" not in modules and "importlib.metadata" not in modules
    assert "systemcraft_tui.store.export" not in modules and "systemcraft_tui.ui.screens.problems" not in modules
    # Nor what a rehearsal, its save and the figures need, nor the lock a first change takes.
    later = {"systemcraft_tui.practice.assessment", "systemcraft_tui.service.sessions", "systemcraft_tui.store.stats", "filelock"}
    # Nor the log's records, nor a rehearsal's steps and the content's timing rules they read.
    later |= {"systemcraft_tui.core.records", "systemcraft_tui.core.summaries", "systemcraft_tui.practice.steps"}
    later |= {"systemcraft_tui.content.timing"}
    assert modules & later == set(), modules & later
    # The log is opened in a worker after the first frame: the service's use cases, the store
    # and its databases load there (the settings are the service's only module before).
    log = {name for name in modules if name.startswith(("systemcraft_tui.service.", "systemcraft_tui.store"))}
    assert log <= {"systemcraft_tui.service.settings"}, log
    assert {name.partition(".")[0] for name in modules} & {"tinydb", "sqlite3"} == set()
