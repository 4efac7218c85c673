"""Speed of the phone, e-mail and date extractors, and their growth on hostile input.

    python benchmarks/extract_speed.py [GOLD.jsonl] [--repeat N]

Part 1 times each extractor on every release of a gold file (texts read at
run time; default $SVPRESS_GOLD or ../shared/gold/dev.jsonl), already normalised (``Text`` is
the pipeline's cost, shown apart). Each figure is the fastest of ``--repeat``
runs, averaged over releases, and scaled to a 450-word release. Phones are
timed "cold": the stretch cache is cleared before every run, as for a
release whose numbers were never seen.

Part 2 times each extractor on synthetic texts of 10k, 100k and 1M
characters (digit groups, "@" runs, dates, slashes …): time should grow
linearly, about tenfold per step.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from svpress.evaluate import read_gold
from svpress.extract import phones
from svpress.extract.dates import find_dates
from svpress.extract.emails import find_emails
from svpress.text import Text

from _corpus import gold_path

DEFAULT_GOLD = gold_path()
WORDS = 450


def _cold_phones(text: Text) -> object:
    phones._read_window.cache_clear()
    return phones.find_phones(text)


EXTRACTORS: dict[str, Callable[[Text], object]] = {
    "phones (cold)": _cold_phones,
    "phones (warm)": phones.find_phones,
    "emails": find_emails,
    "dates": find_dates,
}


def fastest(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def part1(gold: str, repeat: int) -> None:
    rows = read_gold(gold)
    raws = [r["text"] for r in rows]
    docs = [Text(t) for t in raws]
    words = statistics.mean(len(t.split()) for t in raws)
    for doc in docs:  # compile patterns, load libphonenumber metadata and the geocoder
        for fn in EXTRACTORS.values():
            fn(doc)
    print(f"{len(docs)} releases from {gold}, {words:.0f} words on average; fastest of {repeat} runs")
    print(f"{'stage':18} {'ms/release':>11} {'ms/450 words':>13}")
    means = {}
    means["Text() (pipeline)"] = statistics.mean(fastest(lambda t=t: Text(t), repeat) for t in raws)
    for name, fn in EXTRACTORS.items():
        means[name] = statistics.mean(fastest(lambda d=d, f=fn: f(d), repeat) for d in docs)
    means["phones+emails+dates"] = means["phones (cold)"] + means["emails"] + means["dates"]
    for name, sec in means.items():
        print(f"{name:18} {sec * 1000:11.3f} {sec * 1000 * WORDS / words:13.3f}")


def _hostile(size: int) -> dict[str, str]:
    rnd = random.Random(size)
    groups = ["0", "07", "08", "+46", "12", "345", "2010-03-12", "(0)", "070-123 45 67", "12 mars"]
    return {
        "digit groups": " ".join(rnd.choice(groups) for _ in range(size // 5))[:size],
        "zeros": ("0 " * size)[:size],
        "at signs": ("a@" * size)[:size],
        "addresses, no blanks": ("x@ab.se" * size)[:size],
        "dates": ("12 mars 2010, " * size)[:size],
        "slashes": ("12/3 " * size)[:size],
        "words": ("i dag på måndag idag " * size)[:size],
    }


def part2() -> None:
    sizes = (10_000, 100_000, 1_000_000)
    print(f"\n{'input':22} {'extractor':8} " + " ".join(f"{s:>9,}" for s in sizes) + "   (ms)")
    for kind in _hostile(10):
        texts = [Text(_hostile(s)[kind]) for s in sizes]
        for name, fn in (("phones", phones.find_phones), ("emails", find_emails), ("dates", find_dates)):
            times = [fastest(lambda t=t, f=fn: f(t), 1) * 1000 for t in texts]
            print(f"{kind:22} {name:8} " + " ".join(f"{t:9.1f}" for t in times))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD) if DEFAULT_GOLD else None)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--no-hostile", action="store_true", help="skip part 2")
    args = ap.parse_args()
    if args.gold is None:
        ap.error("no gold file: pass one, set SVPRESS_GOLD or place ../shared beside the checkout")
    part1(args.gold, args.repeat)
    if not args.no_hostile:
        part2()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
