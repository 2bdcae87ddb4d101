"""Which files the library reads (content/library.py's walk): the Markdown files under a
folder, sorted by their parts, with linked files followed and linked folders not; a
Markdown name that is not a readable file (a broken link, a FIFO), under a folder or named
directly, is kept, so that reading it says why."""

from __future__ import annotations

import os
from pathlib import Path

from systemcraft_tui.content.library import content_files, load_library
from systemcraft_tui.locations import bundled_content_dir


def _by_pathlib(folder: Path) -> list[Path]:
    """What pathlib finds: every name under `folder` (linked folders not entered) with a
    Markdown suffix that is not a folder, sorted by parts."""
    found = [p for p in folder.rglob("*") if p.suffix.lower() in (".md", ".markdown") and not p.is_dir()]
    return sorted(found, key=lambda p: p.parts)


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    for name in ["b.md", "a/z.md", "a/b/c.MD", "a-b.md", "a.b/x.markdown", ".hidden/h.md", "notes.txt", "a/.md"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("# Title\n")
    (root / "folder.md").mkdir()
    os.mkfifo(root / "pipe.md")
    (root / "linked.md").symlink_to(root / "b.md")
    (root / "broken.md").symlink_to(root / "gone.md")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.md").write_text("# Outside\n")
    (root / "linked-folder").symlink_to(outside)
    return root


def test_the_walk_finds_what_pathlib_finds_in_the_same_order(tmp_path):
    root = _library(tmp_path)
    found = content_files([root])
    assert found == _by_pathlib(root)
    assert [p.relative_to(root).as_posix() for p in found] == [
        ".hidden/h.md",
        "a/b/c.MD",
        "a/z.md",
        "a-b.md",
        "a.b/x.markdown",
        "b.md",
        "broken.md",
        "linked.md",
        "pipe.md",
    ]


def test_a_broken_link_or_a_fifo_in_a_folder_is_named_with_why_it_is_not_read(tmp_path):
    root = _library(tmp_path)
    library = load_library([root])
    assert [(p.path.name, p.message) for p in library.errors] == [
        ("broken.md", f"cannot read the file: it is a link to {root / 'gone.md'}, which does not exist"),
        ("pipe.md", "cannot read the file: it is a FIFO (named pipe), not a regular file"),
    ]


def test_the_bundled_library_is_found_as_pathlib_finds_it():
    assert content_files([bundled_content_dir()]) == _by_pathlib(bundled_content_dir())


def test_a_path_named_directly_is_read_whatever_it_is_and_says_why_it_cannot_be(tmp_path):
    root = _library(tmp_path)
    named = [root / "pipe.md", root / "missing.md", root / "b.md", root]
    assert content_files(named)[:3] == named[:3]
    library = load_library(named[:2])
    assert [p.message for p in library.errors] == [
        "cannot read the file: it is a FIFO (named pipe), not a regular file",
        "cannot read the file: No such file or directory",
    ]
