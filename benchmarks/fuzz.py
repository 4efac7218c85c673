"""Mutation fuzzing of the public functions: any input must give a result, never a crash.

Seeds are release texts (our fixtures, the development set when present)
and the hostile fragments of tests/hostile_inputs.py. Each input is a seed
piece mutated by random edits (insert, delete, duplicate, swap, splice another
seed, inject control characters, surrogates, quotation marks, dashes, digits,
"@", Markdown and heading words). Every input is run through ``parse`` (default
and fast), ``entities``, ``phones``, ``emails`` and ``dates``; the checks are:
no exception, every offset inside the input with ``text[start:end] == raw``,
``to_dict()`` JSON-serialisable. Failures are written to ``--out`` with the
input, to be turned into test cases.

    python benchmarks/fuzz.py --n 100000 [--seed 1] [--jobs 2] [--out fuzz-findings.jsonl]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from hostile_inputs import HOSTILE  # noqa: E402

from _corpus import release_texts  # noqa: E402

INJECT = [
    "–",
    "-",
    "—",
    '"',
    "”",
    "»",
    "«",
    "\n",
    "\n\n",
    "\r\n",
    "\x00",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\u00ad",
    "\u200b",
    "İ",
    "@",
    "(at)",
    " [dot] ",
    "**",
    "## ",
    "• ",
    "070-123 45 67",
    "+46 (0)8 123 45 67",
    "2010-03-12",
    "12 mars",
    "den 4:e",
    "10–11 mars",
    "kl. 09.00",
    ", säger Anna Ek, vd på Ekbo AB.",
    "För mer information kontakta:",
    "Fakta",
    "Om Ekbo",
    "Pressmeddelande",
    "Region ",
    " kommun",
    " AB (publ)",
    "\u0301",
    "𝔘",
    "0" * 30,
]


def mutate(rng: random.Random, seeds: list[str]) -> str:
    """A random mutation of a random piece of a seed."""
    s = rng.choice(seeds)
    if len(s) > 3000:
        a = rng.randrange(len(s) - 3000)
        s = s[a : a + rng.randrange(50, 3000)]
    chars = list(s)
    for _ in range(rng.randrange(1, 12)):
        op = rng.randrange(7)
        pos = rng.randrange(len(chars) + 1)
        if op == 0:
            chars[pos:pos] = list(rng.choice(INJECT))
        elif op == 1 and chars:
            del chars[pos : pos + rng.randrange(1, 40)]
        elif op == 2 and chars:
            piece = chars[pos : pos + rng.randrange(1, 80)]
            chars[pos:pos] = piece * rng.randrange(1, 20)
        elif op == 3 and len(chars) > 1:
            i, j = rng.randrange(len(chars)), rng.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
        elif op == 4:
            other = rng.choice(seeds)
            a = rng.randrange(max(1, len(other)))
            chars[pos:pos] = list(other[a : a + rng.randrange(1, 300)])
        elif op == 5:
            chars[pos:pos] = [chr(rng.randrange(0, 0x110000)) for _ in range(rng.randrange(1, 6))]
        elif chars:
            i = rng.randrange(len(chars))
            chars[i] = chars[i].upper() if rng.random() < 0.5 else chars[i].lower()
    return "".join(chars)


def check(text: str) -> str | None:
    """Run every public function on ``text``; return a description of the first problem, or None."""
    import svpress

    try:
        for fast in (False, True):
            d = svpress.parse(text, fast=fast).to_dict()
            json.dumps(d)
            for key in ("phones", "emails", "dates", "other_dates"):
                for item in d[key]:
                    if text[item["start"] : item["end"]] != item["raw"]:
                        return f"parse {key}: raw does not match offsets"
        for fn in (svpress.entities, svpress.phones, svpress.emails, svpress.dates):
            for item in fn(text):
                if not 0 <= item.start <= item.end <= len(text):
                    return f"{fn.__name__}: offset outside the input"
                raw = getattr(item, "raw", getattr(item, "text", None))
                if raw is not None and text[item.start : item.end] != raw:
                    return f"{fn.__name__}: raw does not match offsets"
    except Exception:
        return traceback.format_exc(limit=6)
    return None


def worker(args: tuple[int, int]) -> tuple[int, list[dict[str, str]], float]:
    """Fuzz ``count`` inputs from ``seed``; return the count, the findings and the slowest input's seconds."""
    seed, count = args
    rng = random.Random(seed)
    seeds = release_texts() + [make(rng.randrange(20, 400)) for make in HOSTILE.values()]
    findings = []
    slowest = 0.0
    for _ in range(count):
        text = mutate(rng, seeds)
        t0 = time.perf_counter()
        problem = check(text)
        slowest = max(slowest, time.perf_counter() - t0)
        if problem:
            findings.append({"problem": problem, "input": text})
    return count, findings, slowest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--chunk", type=int, default=1000)
    ap.add_argument("--out", default="fuzz-findings.jsonl")
    args = ap.parse_args()
    tasks = [
        (args.seed * 1_000_003 + i, min(args.chunk, args.n - i * args.chunk)) for i in range(-(-args.n // args.chunk))
    ]
    done, found, slowest = 0, 0, 0.0
    t0 = time.perf_counter()
    with mp.get_context("spawn").Pool(args.jobs) as pool, open(args.out, "w", encoding="utf-8") as out:
        for count, findings, slow in pool.imap_unordered(worker, tasks):
            done += count
            slowest = max(slowest, slow)
            for f in findings:
                out.write(json.dumps(f, ensure_ascii=False) + "\n")
            found += len(findings)
            print(f"\r{done:,}/{args.n:,} inputs, {found} findings, slowest {slowest:.2f} s", end="", file=sys.stderr)
    print(file=sys.stderr)
    elapsed = time.perf_counter() - t0
    print(f"fuzzed {done:,} inputs in {elapsed:.0f} s: {found} findings (see {args.out}); ", end="")
    print(f"slowest input {slowest:.2f} s")


if __name__ == "__main__":
    main()
