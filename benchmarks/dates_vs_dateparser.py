"""Our dates against dateparser's search_dates, side by side on a gold set.

    python benchmarks/dates_vs_dateparser.py [GOLD.jsonl] [--repeat N]

Both read every release of the gold file (default: $SVPRESS_GOLD, else
../shared/gold/dev.jsonl beside the checkout). Each is scored against the gold ``dates`` as the team
scorer does (a set of days per release, micro-averaged P/R/F1), and timed per
release, after one warm-up pass (dateparser loads its language data on the
first call; our patterns compile on the first call).

Our time is shown twice: with the normalisation of the raw text (``Text``)
included, as dateparser gets raw text, and without it ("Text shared"), which
is what dates add to ``svpress.parse``, where one ``Text`` serves all stages.

Two settings are run:
- "reference = gold published": the release's own date is given, as the
  pipeline will once the header parser reads it (ours: ``reference=``,
  dateparser: ``RELATIVE_BASE``);
- "no reference": ours dates year-less days from the text itself;
  dateparser falls back to the clock.

dateparser is a benchmark-only dependency (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable

from svpress.evaluate import Tally, read_gold
from svpress.extract.dates import find_dates
from svpress.model import DateMention
from svpress.text import Text

from _corpus import gold_path

DEFAULT_GOLD = gold_path()

Predict = Callable[[str, dt.date | None], set[str]]


def _days(mentions: Iterable[DateMention]) -> set[str]:
    """Days as ``PressRelease.to_dict()["dates"]`` reports them (both ends of a range)."""
    days: set[str] = set()
    for d in mentions:
        if d.precision == "day" and not d.relative:
            days.add(d.date.isoformat())
            if d.until is not None:
                days.add(d.until.isoformat())
    return days


def ours(text: str, reference: dt.date | None) -> set[str]:
    """Our days, normalising the raw text first."""
    return _days(find_dates(Text(text), reference))


@functools.cache
def _text(raw: str) -> Text:
    return Text(raw)


def ours_on_text(text: str, reference: dt.date | None) -> set[str]:
    """Our days on a ``Text`` built once per release (its cost is the pipeline's)."""
    return _days(find_dates(_text(text), reference))


def dateparser_days(text: str, reference: dt.date | None) -> set[str]:
    """Every date dateparser's search_dates finds in Swedish."""
    from dateparser.search import search_dates

    settings = {}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser warns about pytz/tzlocal on every call
        found = search_dates(text, languages=["sv"], settings=settings) or []
    return {value.date().isoformat() for _, value in found}


def run(rows: list[dict], predict: Predict, use_reference: bool, repeat: int) -> tuple[Tally, list[float]]:
    tally = Tally()
    per_release: list[float] = []
    for row in rows:
        gold = set(row["gold"].get("dates") or ())
        pub = row["gold"].get("published")
        reference = dt.date.fromisoformat(pub) if use_reference and pub else None
        predict(row["text"], reference)  # warm-up
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            pred = predict(row["text"], reference)
            times.append(time.perf_counter() - t0)
        per_release.append(min(times))
        tally.add(len(gold & pred), len(pred - gold), len(gold - pred))
    return tally, per_release


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD) if DEFAULT_GOLD else None)
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per release (the fastest counts)")
    args = ap.parse_args()
    if args.gold is None:
        ap.error("no gold file: pass one, set SVPRESS_GOLD or place ../shared beside the checkout")
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    rows = read_gold(args.gold)
    words = statistics.mean(len(r["text"].split()) for r in rows)
    print(f"{len(rows)} releases from {args.gold}, {words:.0f} words on average")
    for label, use_reference in (("reference = gold published", True), ("no reference", False)):
        print(f"\n== {label}")
        print(f"{'extractor':22} {'P':>6} {'R':>6} {'F1':>6} {'ms/release':>11} {'ms/450 words':>13}")
        results = {}
        extractors = (
            ("svpress", ours),
            ("svpress (Text shared)", ours_on_text),
            ("dateparser", dateparser_days),
        )
        for name, predict in extractors:
            tally, times = run(rows, predict, use_reference, args.repeat)
            p, r, f = tally.prf()
            mean = statistics.mean(times) * 1000
            results[name] = (f, mean)
            print(f"{name:22} {p:6.3f} {r:6.3f} {f:6.3f} {mean:11.3f} {mean * 450 / words:13.3f}")
        f_dp, t_dp = results["dateparser"]
        for name in ("svpress", "svpress (Text shared)"):
            f_ours, t_ours = results[name]
            print(f"{name}: F1 {f_ours - f_dp:+.3f} against dateparser, {t_dp / t_ours:.0f} times faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
