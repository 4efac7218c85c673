"""A plain spaCy CNN NER trained on the external corpus: the stand-in for a Swedish statistical pipeline.

No pretrained Swedish spaCy pipeline can be installed here, so the
"assembled stack" of benchmarks/throughput.py uses this one: spaCy's default
NER (HashEmbedCNN tok2vec + transition-based parser) on ``spacy.blank("sv")``,
trained on ``train_corpus.txt`` of the swedish-ner-corpus (CC BY 4.0) only.
The model is cached in ``benchmarks/.cache/`` (not committed); the first call
trains it (a few minutes on one core).

    python benchmarks/spacy_standin.py          # train (if needed) and score on the test split
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache" / "spacy-ner-standin"
CORPUS = ROOT.parent / "shared" / "external" / "swedish-ner-corpus"
EPOCHS = 12
SEED = 1

sys.path.insert(0, str(ROOT / "tools"))
from corpus import gold_entities, read_corpus  # noqa: E402


def _examples(nlp: Any, sents: list[list[tuple[str, str]]]) -> list[Any]:
    from spacy.tokens import Doc
    from spacy.training import Example

    out = []
    for sent in sents:
        words = [t for t, _ in sent]
        doc = Doc(nlp.vocab, words=words)
        gold = gold_entities(sent, ("PER", "ORG", "LOC", "MISC"))
        ents = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), lab) for a, b, lab in gold]
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out


def train() -> Any:
    """Train the stand-in on the train split and save it to the cache."""
    import spacy
    from spacy.util import minibatch

    random.seed(SEED)
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("sv")
    nlp.add_pipe("ner")
    examples = _examples(nlp, read_corpus(CORPUS / "train_corpus.txt"))
    nlp.initialize(lambda: examples)
    for epoch in range(EPOCHS):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{EPOCHS} loss {losses.get('ner', 0):.1f}", file=sys.stderr)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(CACHE)
    return nlp


def load() -> Any:
    """The cached stand-in, trained first if missing."""
    import spacy

    if (CACHE / "meta.json").is_file():
        return spacy.load(CACHE)
    return train()


def main() -> None:
    nlp = load()
    sents = read_corpus(CORPUS / "test_corpus.txt")
    tp = {"PER": 0, "ORG": 0}
    fp = dict(tp)
    fn = dict(tp)
    from spacy.tokens import Doc

    words_total = 0
    t0 = time.perf_counter()
    for sent in sents:
        words = [t for t, _ in sent]
        words_total += len(words)
        doc = nlp(Doc(nlp.vocab, words=words))
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in tp}
        gold = gold_entities(sent)
        for lab in tp:
            p = {x for x in pred if x[2] == lab}
            g = {x for x in gold if x[2] == lab}
            tp[lab] += len(p & g)
            fp[lab] += len(p - g)
            fn[lab] += len(g - p)
    dt = time.perf_counter() - t0
    for lab, hits in tp.items():
        prec = hits / (hits + fp[lab]) if hits + fp[lab] else 1.0
        rec = hits / (hits + fn[lab]) if hits + fn[lab] else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{lab}  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    print(f"{words_total / dt:,.0f} words/s (pre-tokenised, one core)")


if __name__ == "__main__":
    main()
