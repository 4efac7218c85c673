"""Throughput of svpress.parse against the stack users assemble today, in one run, on one core.

Texts: the development set (read at run time) and our fixtures, made
release-sized (300–600 words, short ones joined) and varied so that no two
are equal and caches cannot flatter the figures (the last digit of every
number shifted, a vowel of capitalised words changed, so numbers, dates and
names differ while keeping their shape).

Printed for svpress (default and fast mode): releases/s and words/s on one
core, import time, time to the first parse, and peak RSS after N releases.
Printed for the assembled stack on the same texts: dateparser
``search_dates(languages=["sv"])`` + ``phonenumbers.PhoneNumberMatcher`` +
``spacy.blank("sv")`` with a sentencizer, plus a statistical Swedish NER
(an installed ``sv_core_news_*`` pipeline if there is one, else the spaCy CNN
stand-in of benchmarks/spacy_standin.py), and the ratios.

    python benchmarks/throughput.py [--n 2000] [--stack-n 150] [--rss-n 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from _corpus import release_texts

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
MIN_WORDS, MAX_WORDS = 300, 600
VOWELS = "aeiouyåäö"


def release_sized(texts: Sequence[str]) -> list[str]:
    """Join short texts until each is 300–600 words; cut none."""
    out: list[str] = []
    cur: list[str] = []
    words = 0
    for t in texts:
        n = len(t.split())
        if n >= MIN_WORDS:
            out.append(t)
            continue
        cur.append(t)
        words += n
        if words >= MIN_WORDS:
            out.append("\n\n".join(cur))
            cur, words = [], 0
    if cur:
        out.append("\n\n".join(cur))
    return [t for t in out if len(t.split()) <= MAX_WORDS * 2]


_DIGIT_RUN = re.compile(r"\d{2,}")


def vary(text: str, rng: random.Random) -> str:
    """A variant: the last digit of every number shifted, one vowel changed in some capitalised words.

    Prefixes stay (070-, +46, 20xx), so numbers and dates keep their shape.
    """
    k = rng.randrange(1, 10)
    swap = rng.choice(VOWELS)
    out = []
    for word in text.split(" "):
        changed = word
        if word[:1].isupper() and len(word) >= 5 and rng.random() < 0.5:
            i = next((j for j in range(2, len(word)) if word[j] in VOWELS), None)
            if i is not None:
                changed = word[:i] + swap + word[i + 1 :]
        out.append(changed)
    varied = " ".join(out)
    return _DIGIT_RUN.sub(lambda m: m.group()[:-1] + str((int(m.group()[-1]) + k) % 10), varied)


def corpus(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct release-sized texts."""
    rng = random.Random(seed)
    base = release_sized(release_texts())
    texts = [vary(base[i % len(base)], rng) for i in range(n)]
    return list(dict.fromkeys(texts))


def timed(fn: Callable[[str], object], texts: Sequence[str]) -> float:
    """Seconds to run ``fn`` over ``texts``."""
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def subprocess_seconds(code: str) -> float:
    """Wall time of a fresh interpreter running ``code``."""
    t0 = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - t0


def rss_after(n: int) -> dict[str, float]:
    """Peak RSS (MB) of a fresh process after parsing 1,000 and ``n`` varied releases."""
    code = f"""
import json, resource, sys
sys.path.insert(0, {str(HERE)!r})
from throughput import corpus
import svpress
texts = corpus({n})
marks = {{}}
# (corpus() drops the rare duplicate variant, so the last mark is the count it gave.)
for i, t in enumerate(texts, 1):
    svpress.parse(t)
    if i in (1000, len(texts) // 2, len(texts)):
        marks[i] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(marks))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return {int(k): v for k, v in json.loads(out.stdout.strip().splitlines()[-1]).items()}


def stack(texts: Sequence[str]) -> dict[str, float]:
    """Per-release seconds of the assembled stack's parts on ``texts``."""
    import dateparser.search
    import phonenumbers
    import spacy

    nlp_blank = spacy.blank("sv")
    nlp_blank.add_pipe("sentencizer")
    ner, ner_name = _statistical_ner()

    def dp(t: str) -> object:
        return dateparser.search.search_dates(t, languages=["sv"])

    def ph(t: str) -> object:
        return list(phonenumbers.PhoneNumberMatcher(t, "SE", phonenumbers.Leniency.VALID))

    dp(texts[0])  # load dateparser's language data before timing
    n = len(texts)
    out = {
        "dateparser": timed(dp, texts) / n,
        "phonenumbers": timed(ph, texts) / n,
        "spacy_blank_sentencizer": timed(nlp_blank, texts) / n,
    }
    ner(texts[0])
    out["statistical_ner"] = timed(ner, texts) / n
    out["ner_name"] = ner_name  # type: ignore[assignment]
    return out


def _statistical_ner() -> tuple[Callable[[str], object], str]:
    import spacy

    for name in ("sv_core_news_lg", "sv_core_news_md", "sv_core_news_sm"):
        try:
            return spacy.load(name), name
        except OSError:
            continue
    sys.path.insert(0, str(HERE))
    from spacy_standin import load

    return load(), "spaCy CNN stand-in trained on swedish-ner-corpus (no sv_core_news_* installed)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="releases for svpress")
    ap.add_argument("--stack-n", type=int, default=150, help="releases for the assembled stack (it is slow)")
    ap.add_argument("--rss-n", type=int, default=10000, help="releases parsed in the RSS process")
    ap.add_argument("--skip-stack", action="store_true")
    args = ap.parse_args()

    import_s = subprocess_seconds("import svpress")
    texts = corpus(args.n)
    first = texts[0].replace("\\", "\\\\").replace('"""', "'''")
    first_s = subprocess_seconds(f'import svpress\nsvpress.parse("""{first}""")')
    import svpress

    svpress.parse(texts[0])
    words = sum(len(t.split()) for t in texts)
    print(f"texts: {len(texts)} distinct releases, {words / len(texts):.0f} words each on average")
    print(f"import svpress: {import_s:.2f} s   import + first parse: {first_s:.2f} s (target <= 1.5 s)")
    results = {}
    for label, kw in (("default", {}), ("fast", {"fast": True})):
        dt = timed(lambda t, kw=kw: svpress.parse(t, **kw), texts)
        results[label] = dt / len(texts)
        print(
            f"svpress.parse {label:8} {len(texts) / dt:8.0f} releases/s {words / dt:10,.0f} words/s "
            f"{dt / len(texts) * 1000:6.2f} ms/release"
        )
    rss = rss_after(args.rss_n)
    print("peak RSS: " + ", ".join(f"{v:.0f} MB after {k:,} releases" for k, v in sorted(rss.items())) + " (<= 250 MB)")
    if args.skip_stack:
        return
    sub = texts[: args.stack_n]
    st = stack(sub)
    dp_ph = st["dateparser"] + st["phonenumbers"]
    full = dp_ph + st["spacy_blank_sentencizer"] + st["statistical_ner"]
    print(f"assembled stack on {len(sub)} of the same releases (ms/release):")
    for k in ("dateparser", "phonenumbers", "spacy_blank_sentencizer", "statistical_ner"):
        print(f"  {k:26} {st[k] * 1000:8.2f}")
    print(f"  statistical NER: {st['ner_name']}")
    sub_words = sum(len(t.split()) for t in sub)
    print(f"  NER words/s: {sub_words / len(sub) / st['statistical_ner']:,.0f}")
    print(f"  dateparser + phonenumbers   {dp_ph * 1000:8.2f}  ({1 / dp_ph:.0f} releases/s)")
    print(f"  whole stack                 {full * 1000:8.2f}  ({1 / full:.0f} releases/s)")
    d = results["default"]
    print(f"ratio svpress default vs dateparser + phonenumbers: {dp_ph / d:5.1f}x (target >= 4)")
    print(f"ratio svpress default vs the whole stack:           {full / d:5.1f}x (target >= 10)")
    print(f"svpress default {1 / d:.0f} releases/s (target >= 150), fast {1 / results['fast']:.0f} (target >= 400)")


if __name__ == "__main__":
    main()
