"""Train the packaged entity tagger (averaged perceptron) on swedish-ner-corpus train_corpus.txt.

Run from the repository root:  python tools/train_ner.py [--config tools/train_ner.cfg]

Reproducible: the corpus order is shuffled with the configured seed, and the
output is written with sorted keys. Only the train split is read.
"""

from __future__ import annotations

import argparse
import configparser
import gzip
import hashlib
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from corpus import read_corpus, sentence_text  # noqa: E402

from svpress.ner.lexicon import lexicon, strip_genitive  # noqa: E402
from svpress.ner.regions import Region, find_regions, is_sport_line  # noqa: E402
from svpress.ner.rules import Rules  # noqa: E402
from svpress.ner.tagger import LABELS, context_features, rule_tags, word_features  # noqa: E402

Example = tuple[Region, list[str], list[str]]  # region, rule tags, gold labels


class AveragedPerceptron:
    """The textbook averaged perceptron (Collins 2002) over string features."""

    def __init__(self) -> None:
        self.w: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(LABELS))
        self.totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(LABELS))
        self.stamps: dict[str, list[int]] = defaultdict(lambda: [0] * len(LABELS))
        self.i = 0

    def predict(self, feats: list[str]) -> int:
        scores = [0.0] * len(LABELS)
        for f in feats:
            v = self.w.get(f)
            if v is not None:
                for k in range(len(LABELS)):
                    scores[k] += v[k]
        return max(range(len(LABELS)), key=scores.__getitem__)

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            for k, delta in ((truth, 1.0), (guess, -1.0)):
                w = self.w[f]
                self.totals[f][k] += (self.i - self.stamps[f][k]) * w[k]
                self.stamps[f][k] = self.i
                w[k] += delta

    def averaged(self) -> dict[str, list[float]]:
        out = {}
        for f, w in self.w.items():
            tot = self.totals[f]
            st = self.stamps[f]
            out[f] = [(tot[k] + (self.i - st[k]) * w[k]) / self.i for k in range(len(LABELS))]
        return out


def examples(path: str, holdout: int = 0) -> tuple[list[Example], dict[str, int]]:
    rules = Rules(lexicon())
    out: list[Example] = []
    stats = {"entity_tokens": 0, "entity_tokens_in_regions": 0, "region_tokens": 0}
    sents = read_corpus(path)
    for sent in sents[: len(sents) - holdout]:
        text, spans = sentence_text(sent)
        by_start = {s: sent[k][1] for k, (s, _) in enumerate(spans)}
        covered = set()
        for region in find_regions(text):
            region_text[id(region)] = text
            gold = []
            for _tok, s, _e in region.tokens:
                # A region token starts where a corpus token starts, or inside one ("Barney's").
                lab = by_start.get(s)
                if lab is None:
                    lab = next((sent[k][1] for k, (a, b) in enumerate(spans) if a <= s < b), "O")
                gold.append(lab)
                covered.add(s)
            hits = rules.apply(region)
            out.append((region, rule_tags(len(region.tokens), hits), gold))
            stats["region_tokens"] += len(gold)
        for k, (s, _) in enumerate(spans):
            if sent[k][1] in ("PER", "ORG"):
                stats["entity_tokens"] += 1
                stats["entity_tokens_in_regions"] += s in covered
    return out, stats


def lower_vocab(path: str) -> frozenset[str]:
    """Words the train split prints in lower case: a capitalised form of one is likely an ordinary word.

    Words whose capitalised form is an entity at least as often as not ("Polisen") are left out.
    """
    sents = read_corpus(path)
    lower = {t.casefold() for sent in sents for t, _ in sent if t.isalpha() and t.islower()}
    entity: dict[str, list[int]] = {}
    for sent in sents:
        for t, lab in sent:
            if t[:1].isupper():
                counts = entity.setdefault(t.casefold(), [0, 0])
                counts[lab != "O"] += 1
    return frozenset(w for w in lower if entity.get(w, [1, 0])[1] < max(1, entity.get(w, [1, 0])[0]))


_SPORT_CACHE: dict[int, bool] = {}


def sport_of(region: Region) -> bool:
    key = id(region)
    if key not in _SPORT_CACHE:
        _SPORT_CACHE[key] = is_sport_line(region_text[key], region.line_start, region.line_end)
    return _SPORT_CACHE[key]


region_text: dict[int, str] = {}


def train(
    data: list[Example], epochs: int, seed: int, vocab: frozenset[str], regime: str = "default"
) -> dict[str, list[float]]:
    """Train over region tokens; in the ``default`` regime, as at run time, tokens the rules are sure
    of are fixed (no update, and the next token starts afresh), so the model learns what the rules
    leave undecided."""
    lex = lexicon()
    model = AveragedPerceptron()
    word_cache: dict[str, list[str]] = {}
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = total = 0
        for idx in order:
            region, rule, gold = data[idx]
            sport = sport_of(region)
            prev = "^"
            for i, (w, _s, _e) in enumerate(region.tokens):
                if regime == "default" and rule[i].endswith(":s"):
                    prev = "^"
                    continue
                wf = word_cache.get(w)
                if wf is None:
                    wf = word_cache[w] = word_features(w, lex, vocab)
                place = sport and (w in lex.places or strip_genitive(w) in lex.places)
                feats = wf + context_features(region, i, rule, prev, sport=sport, place=place)
                guess = model.predict(feats)
                truth = LABELS.index(gold[i])
                model.update(truth, guess, feats)
                errors += guess != truth
                total += 1
                prev = LABELS[guess]
        print(f"epoch {epoch + 1}: token error rate {errors / total:.4f}")
    return model.averaged()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default=str(ROOT / "tools" / "train_ner.cfg"))
    ap.add_argument("--holdout", type=int, default=0, help="leave out the last N sentences (for tuning only)")
    args = ap.parse_args()
    cfg = configparser.ConfigParser()
    cfg.read(args.config, encoding="utf-8")
    c = cfg["train"]
    corpus = str((ROOT / c["corpus"]).resolve())
    if "test" in Path(corpus).name:
        raise SystemExit("refusing to train on a test split")
    t0 = time.perf_counter()
    data, stats = examples(corpus, args.holdout)
    print(f"{len(data)} regions, {stats}")
    vocab = lower_vocab(corpus)
    weights = train(data, c.getint("epochs"), c.getint("seed"), vocab, c.get("regime", "default"))
    prune, digits = c.getfloat("prune"), c.getint("precision")
    kept = {f: [round(x, digits) for x in v] for f, v in weights.items() if max(abs(x) for x in v) >= prune}
    digest = hashlib.sha256(Path(corpus).read_bytes()).hexdigest()
    doc = {
        "labels": list(LABELS),
        "trained_on": {"file": Path(corpus).name, "sha256": digest},
        "config": dict(c),
        "weights": kept,
        "vocab_lower": sorted(vocab),
    }
    out = ROOT / c["output"]
    raw = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    out.write_bytes(gzip.compress(raw, mtime=0))
    words = ROOT / c["common_words"]
    words.write_bytes(gzip.compress(("\n".join(sorted(vocab)) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(vocab)} common words; wrote {words}")
    print(
        f"{len(kept)} of {len(weights)} features kept; wrote {out} ({out.stat().st_size:,} bytes)"
        f" in {time.perf_counter() - t0:.1f} s"
    )


if __name__ == "__main__":
    main()
