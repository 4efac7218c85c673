"""Time of svpress.parse against input size: 1 KB, 10 KB, 100 KB, 1 MB, 10 MB.

Inputs are real release texts (development set and fixtures) concatenated
and cut to size, so the mix of headers, quotes and contacts stays the same as
the input grows. Prints seconds, µs per character and the ratio to the
previous size (linear growth: about 10 per step). Usage:

    python benchmarks/scaling.py [--max-mb 10] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import svpress

from _corpus import release_texts


def build(size: int, texts: list[str]) -> str:
    """Concatenate release texts (blank-line separated) and cut to ``size`` characters."""
    base = "\n\n".join(texts)
    reps = size // len(base) + 1
    return ("\n\n".join([base] * reps))[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-mb", type=float, default=10.0)
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the best is reported")
    args = ap.parse_args()
    texts = release_texts()
    svpress.parse(texts[0])  # load everything once
    sizes = [s for s in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_mb * 1_000_000]
    prev = None
    print(f"{'size':>10} {'seconds':>9} {'µs/char':>8} {'ratio':>6}")
    results = {}
    for size in sizes:
        text = build(size, texts)
        best = min(_time(text) for _ in range(args.repeat if size <= 1_000_000 else 1))
        ratio = f"{best / prev:6.1f}" if prev else "     -"
        print(f"{size:>10,} {best:9.3f} {best / size * 1e6:8.2f} {ratio}")
        results[size] = best
        prev = best
    if 1_000_000 in results and 10_000_000 in results:
        r = results[10_000_000] / results[1_000_000]
        print(f"10 MB / 1 MB = {r:.1f} (target <= 12)")


def _time(text: str) -> float:
    t0 = time.perf_counter()
    svpress.parse(text)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
