"""Metamorphic robustness: does the reader read a file the same once it is rewritten in a
way that changes nothing a careful person reads (tests/content/metamorphic.py)?

Run: uv run python tests/benchmarks/robustness.py [FOLDER] [--misses] [--only NAME]
For each transformation, prints how many of the corpus files it applies to read the same
(items, kinds, titles, levels, STAR parts and timings, principles, probe, phase and week
counts and timings), with --misses each file that reads differently and how; last one
JSON line with the same figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from systemcraft_tui.content.parser import decode
from tests.content.metamorphic import TRANSFORMS, compare, read_signature

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FIXTURES)
    parser.add_argument("--misses", action="store_true", help="list every file read differently")
    parser.add_argument("--only", action="append", choices=sorted(TRANSFORMS), help="run only these")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.rglob("*.md") if p.name != "README.md")
    texts = {path: decode(path.read_bytes()) for path in files}  # as the reader decodes them
    originals = {path: read_signature(text, path) for path, text in texts.items()}
    figures: dict[str, list[int]] = {}
    print(f"{args.folder}: {len(files)} files")
    print(f"{'transformation':<28}{'same':>6}{'applies':>9}{'percent':>9}")
    for name in args.only or TRANSFORMS:
        transform = TRANSFORMS[name]
        same = applies = 0
        misses: list[str] = []
        for path, text in texts.items():
            changed = transform(text)
            if changed == text:
                continue
            applies += 1
            difference = compare(originals[path], read_signature(changed, path))
            if difference is None:
                same += 1
            else:
                misses.append(f"{name}: {path.name}: {difference}")
        figures[name] = [same, applies]
        percent = f"{100 * same / applies:.1f}" if applies else "-"
        print(f"{name:<28}{same:>6}{applies:>9}{percent:>9}")
        if args.misses:
            for line in misses:
                print(f"  differs: {line}")
    total_same = sum(f[0] for f in figures.values())
    total = sum(f[1] for f in figures.values())
    print(f"{'all':<28}{total_same:>6}{total:>9}{100 * total_same / max(total, 1):>9.1f}")
    print(json.dumps({"benchmark": "robustness", "folder": str(args.folder), "transforms": figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
