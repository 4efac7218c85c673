"""A small averaged-perceptron tagger over region tokens: the statistical part of the recogniser.

It labels tokens inside candidate regions as O, PER, ORG, LOC or MISC (the IO
scheme of the swedish-ner-corpus it is trained on, by ``tools/train_ner.py``),
left to right, from hashed-free string features: the word and its shape, its
gazetteer classes, the rule hits around it, the words before and after the
region, and the previous label. Word-only features are summed once per word
string and cached, so a token costs a handful of dict probes.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from svpress.lang.sv import orgs
from svpress.lang.sv.names import NEVER_NAMES
from svpress.lang.sv.roles import is_role
from svpress.lang.sv.verbs import REPORTING_VERBS
from svpress.ner.lexicon import Lexicon, strip_genitive
from svpress.ner.regions import Region
from svpress.ner.rules import Hit
from svpress.ner.shapes import has_org_suffix, is_acronym, is_board, is_camel

LABELS = ("O", "PER", "ORG", "LOC", "MISC")
"""The tagger's labels; the scoring (``_sum_weights``) is written out for these five."""
MODEL_PACKAGE = "svpress.models"
MODEL_FILE = "sv_ner_perceptron.json.gz"
WORD_CACHE_SIZE = 100_000
"""Cached word-score vectors are dropped when there are more than this many."""


def _shape(w: str) -> str:
    out: list[str] = []
    for c in w[:6]:
        s = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def word_features(w: str, lex: Lexicon, vocab: frozenset[str] = frozenset()) -> list[str]:
    """Features of a word alone (cached by the tagger); ``vocab`` holds words seen in lower case."""
    low = w.casefold()
    stem = strip_genitive(w)
    f = [
        "b",
        "w=" + w,
        "l=" + low,
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "p3=" + low[:3],
        "sh=" + _shape(w),
        "len=" + str(min(len(w), 12)),
    ]
    if lex.is_first_name(w):
        f.append("fn")
    if lex.is_surname(w):
        f.append("sn")
    if w in lex.surnames:
        f.append("sn-list")
    if stem != w and (lex.is_first_name(stem) or stem in lex.surnames):
        f.append("gen-name")
    if w in lex.places or stem in lex.places:
        f.append("place")
    if has_org_suffix(w):
        f.append("org-suffix")
    if is_board(w):
        f.append("board")
    if is_acronym(w):
        f.append("acronym")
    if is_camel(w):
        f.append("camel")
    if is_role(w):
        f.append("role")
    if w in NEVER_NAMES:
        f.append("never")
    if w in orgs.LEGAL_FORMS:
        f.append("legal")
    if w in orgs.SPORTS_FORMS:
        f.append("sports")
    if w in orgs.PREFIX_WORDS:
        f.append("prefix")
    if low in orgs.HEAD_NOUNS:
        f.append("head")
    if w in orgs.ORG_WORDS:
        f.append("org-word")
    if w[:1].isupper() and (low in vocab or strip_genitive(low) in vocab):
        f.append("lc-seen")
    return f


@lru_cache(maxsize=1 << 14)
def _ctx_word(w: str) -> str:
    low = w.casefold()
    if low in REPORTING_VERBS or low in _COMMON_CTX:
        return low
    if is_role(w):
        return "ROLE"
    return low


_COMMON_CTX = frozenset({"vd", "chef", "ordförande"})


def context_features(
    region: Region, i: int, rule: list[str], prev: str, *, sport: bool = False, place: bool = False
) -> list[str]:
    """Features of token ``i`` in its region: position, neighbours, rule hits, previous label."""
    words = region.tokens
    n = len(words)
    before, after = region.before, region.after
    bw = _ctx_word(before[-1]) if before else "^"
    if i > 0:
        pw = _ctx_word(words[i - 1][0])
        pw2 = _ctx_word(words[i - 2][0]) if i > 1 else bw
    else:
        pw = bw
        pw2 = _ctx_word(before[-2]) if len(before) > 1 else "^"
    nw = words[i + 1][0] if i + 1 < n else (after[0] if after else "$")
    nwf = "Cap" if nw[:1].isupper() else nw.casefold()
    aw = after[0].casefold() if after else "$"
    sp = str(sport)
    return [
        "sport=" + sp,
        "sport|place=" + sp + "|" + str(place),
        "sport|nw=" + sp + "|" + nwf,
        "bw=" + bw,
        "aw=" + aw,
        "pos=" + ("0" if i == 0 else "L" if i == n - 1 else "M"),
        "n=" + str(min(n, 4)),
        "init=" + str(region.initial and i == 0),
        "pw=" + pw,
        "pw2=" + pw2,
        "nw=" + nwf,
        "pw+nw=" + pw + "|" + nwf,
        "rule=" + rule[i],
        "rule-1=" + (rule[i - 1] if i > 0 else "^"),
        "rule+1=" + (rule[i + 1] if i + 1 < n else "$"),
        "pl=" + prev,
        "pl+rule=" + prev + "|" + rule[i],
    ]


def rule_tags(n: int, hits: Sequence[Hit]) -> list[str]:
    """Per token: the covering rule hit as "LABEL:sure|weak", or "-"."""
    tags = ["-"] * n
    for h in hits:
        tag = f"{h.label}:{'s' if h.sure else 'w'}"
        for k in range(h.i, h.j):
            tags[k] = tag
    return tags


class Tagger:
    """Greedy left-to-right perceptron tagger with cached word scores."""

    def __init__(self, weights: dict[str, list[float]], lex: Lexicon, vocab: frozenset[str] = frozenset()) -> None:
        self.weights = weights
        self.lex = lex
        self.vocab = vocab
        self._cache: dict[str, list[float]] = {}

    def _word_scores(self, w: str) -> list[float]:
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        scores = _sum_weights([0.0] * len(LABELS), word_features(w, self.lex, self.vocab), self.weights)
        if len(self._cache) > WORD_CACHE_SIZE:
            self._cache.clear()
        self._cache[w] = scores
        return scores

    def tag(
        self, region: Region, hits: Sequence[Hit], fixed: Sequence[str | None], *, sport: bool = False
    ) -> list[str]:
        """Labels for every token; tokens with a ``fixed`` label keep it; ``sport`` marks a sports line."""
        if None not in fixed:
            return [label for label in fixed if label is not None]  # the rules decided every token
        n = len(region.tokens)
        rule = rule_tags(n, hits)
        out: list[str] = []
        prev = "^"
        places = self.lex.places
        for i in range(n):
            label = fixed[i]
            if label is not None:
                out.append(label)
                prev = "^"  # the rules closed this name: what follows starts afresh
                continue
            w = region.tokens[i][0]
            place = sport and (w in places or strip_genitive(w) in places)
            feats = context_features(region, i, rule, prev, sport=sport, place=place)
            scores = _sum_weights(self._word_scores(w), feats, self.weights)
            label = LABELS[scores.index(max(scores))]  # the first of equal scores, as before
            out.append(label)
            prev = label
        return out


def _sum_weights(start: Sequence[float], feats: list[str], weights: dict[str, list[float]]) -> list[float]:
    """``start`` plus the weights of ``feats``, added one feature after the other.

    Speed: five running sums in local variables cost a quarter of a loop over the labels; the
    order of the additions is kept (floating-point sums depend on it), so the scores are the same.
    """
    s0, s1, s2, s3, s4 = start
    get = weights.get
    for f in feats:
        v = get(f)
        if v is not None:
            a, b, c, d, e = v
            s0 += a
            s1 += b
            s2 += c
            s3 += d
            s4 += e
    return [s0, s1, s2, s3, s4]


def load_model(data: bytes) -> tuple[dict[str, list[float]], frozenset[str]]:
    """Decode a gzipped JSON model file into feature weights and the lower-case vocabulary."""
    doc: dict[str, Any] = json.loads(gzip.decompress(data))
    labels = tuple(doc["labels"])
    if labels != LABELS:
        raise ValueError(f"model labels {labels} differ from {LABELS}")
    weights = {f: [float(x) for x in v] for f, v in doc["weights"].items()}
    return weights, frozenset(doc.get("vocab_lower", ()))


@cache
def packaged_model() -> tuple[dict[str, list[float]], frozenset[str]]:
    """The model shipped in ``svpress/models``, read once per process."""
    data = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes()
    return load_model(data)
