"""Real-shapes benchmark: how much of what a careful person reads in a folder of Markdown
files the app reads, field by field.

Run: uv run python tests/benchmarks/real_shapes.py [FOLDER] [--misses] [--as-named]
FOLDER (default: tests/fixtures/real_shapes) holds Markdown files, each judged one with
NAME.expected.json beside it (format: tests/fixtures/real_shapes/README.md). Prints a
table (found / expected / percent per field, then dropped and spurious items, and how
many of the dropped are in files of which nothing was read), with
--misses every field read wrong, and last one JSON line with the same figures.
--as-named reads each file under its name in its repository (the expected file's
learned_from): a held-out set of real files saved as `owner__repo__name.md` is read as a
user who brings the files has them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.content.real_shapes import compare_folder, unjudged_files

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FIXTURES)
    parser.add_argument("--misses", action="store_true", help="list every field read wrong")
    parser.add_argument(
        "--as-named",
        action="store_true",
        help="read each file under its name in its repository (learned_from), for real files kept as owner__repo__name.md",
    )
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder}")
    report = compare_folder(args.folder, as_named=args.as_named)
    print(f"{args.folder}: {report.files} judged files")
    print(f"{'field':<22}{'found':>7}{'expected':>10}{'percent':>9}")
    for name, tally in report.fields.items():
        percent = "-" if tally.percent is None else f"{tally.percent:.1f}"
        print(f"{name:<22}{tally.found:>7}{tally.expected:>10}{percent:>9}")
    print(f"{'dropped items':<22}{len(report.dropped):>7}")
    print(f"{'spurious items':<22}{len(report.spurious):>7}")
    print(f"of the dropped, {report.dropped_in_unread} in {report.unread_files} files of which nothing was read")
    if args.misses:
        for line in report.dropped:
            print(f"dropped: {line}")
        for line in report.spurious:
            print(f"spurious: {line}")
        for line in report.misses:
            print(f"miss: {line}")
    for path in unjudged_files(args.folder):
        print(f"not judged (no expected file): {path}", file=sys.stderr)
    print(json.dumps({"benchmark": "real_shapes", "folder": str(args.folder), "as_named": args.as_named} | report.as_json()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
