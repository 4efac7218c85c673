"""Write the hand-annotated fixtures as one gold JSON Lines file that ``svpress evaluate`` scores.

Each ``fixtures/<stem>.txt`` with a ``fixtures/<stem>.expected.json`` beside it
becomes one line ``{"id", "source", "text", "gold"}`` (the format of
../shared/gold/GUIDELINES.md). The text is the file exactly as stored, BOM and
CRLF line ends included, because that is what a parser receives.

    python tools/fixtures_to_gold.py                 # writes fixtures.jsonl
    python tools/fixtures_to_gold.py -o - | head -1  # to stdout
    svpress evaluate fixtures.jsonl -v
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def rows(fixtures: Path) -> list[dict[str, Any]]:
    """One gold row per annotated fixture, sorted by file name."""
    out = []
    for txt in sorted(fixtures.glob("*.txt")):
        expected = txt.with_name(txt.stem + ".expected.json")
        if not expected.is_file():
            continue
        try:
            source = txt.relative_to(ROOT).as_posix()
        except ValueError:
            source = txt.as_posix()
        out.append(
            {
                "id": f"fixture-{txt.stem}",
                "source": source,
                # No newline translation and no BOM stripping: the text is the input as stored.
                "text": txt.read_bytes().decode("utf-8"),
                "gold": json.loads(expected.read_text(encoding="utf-8")),
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default="fixtures.jsonl", help="output file, '-' for stdout")
    ap.add_argument("--fixtures", type=Path, default=ROOT / "fixtures", help="fixture directory")
    args = ap.parse_args(argv)
    found = rows(args.fixtures)
    if not found:
        print(f"fixtures_to_gold: no annotated fixtures in {args.fixtures}", file=sys.stderr)
        return 1
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        Path(args.output).write_text(lines, encoding="utf-8", newline="\n")
        print(f"fixtures_to_gold: {len(found)} releases -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
