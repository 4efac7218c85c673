"""Release texts for the benchmarks: the development set when present, and our fixtures."""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gold_path() -> Path | None:
    """The development gold set ($SVPRESS_GOLD or ../shared/gold/dev.jsonl), if present."""
    env = os.environ.get("SVPRESS_GOLD")
    for p in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "gold" / "dev.jsonl"]:
        if p.is_file():
            return p
    return None


def dev_texts() -> list[str]:
    """Texts of the development set (read at run time, never copied), or [] when absent."""
    p = gold_path()
    if p is None:
        return []
    with p.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def fixture_texts() -> list[str]:
    """Texts of the releases in fixtures/."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]


def release_texts() -> list[str]:
    """All release texts available: development set first, then fixtures."""
    return dev_texts() + fixture_texts()
