"""Score svpress's entity recognition on swedish-ner-corpus test_corpus.txt and on the dev gold set.

    python benchmarks/ner_corpus.py [--corpus PATH] [--gold PATH] [--repeat N]

Corpus: entity level, exact spans, the IO tags read as runs of one label;
PER and ORG precision, recall, F1 and words/s for rules only, model only and
the default combination. Dev set: people and organisation F1 of the resolved
release lists (the gold scorer's name comparison), and words/s on release text.
Speed is one process on one core, setup excluded (the pipeline is warmed first), the
best of ``--repeat`` runs (wall clock, and in brackets CPU time, which load from
other processes disturbs less); normalisation (``Text``) is excluded, as ``parse`` shares it
between all stages.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from corpus import gold_entities, read_corpus, sentence_text  # noqa: E402

from svpress.evaluate import norm, org_key, read_gold  # noqa: E402
from svpress.extract.entities import recognise  # noqa: E402
from svpress.resolve import resolve_entities  # noqa: E402
from svpress.text import Text  # noqa: E402

MODES = ("rules", "model", "default")
DOC_SENTENCES = 40
"""Test sentences per document (one per line), so that calls are release-sized."""


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def corpus_docs(path: Path) -> list[tuple[str, list[list[tuple[int, int]]], list[set[tuple[int, int, str]]]]]:
    sents = read_corpus(path)
    docs = []
    for k in range(0, len(sents), DOC_SENTENCES):
        chunk = sents[k : k + DOC_SENTENCES]
        texts, spans, golds = [], [], []
        offset = 0
        for s in chunk:
            t, sp = sentence_text(s)
            texts.append(t)
            spans.append([(a + offset, b + offset) for a, b in sp])
            golds.append(gold_entities(s))
            offset += len(t) + 1
        docs.append(("\n".join(texts), spans, golds))
    return docs


def score_corpus(path: Path, mode: str, repeat: int) -> None:
    docs = corpus_docs(path)
    words = sum(len(sp) for _, spans, _ in docs for sp in spans)
    prepared = [Text(text) for text, _, _ in docs]  # normalisation is shared by all stages of a parse
    recognise(prepared[0], mode)  # load once
    secs = cpu = float("inf")
    for _ in range(repeat):  # best of N: the least disturbed run, as timeit does
        t0, c0 = time.perf_counter(), time.process_time()
        results = [recognise(t, mode) for t in prepared]
        secs = min(secs, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    tally = {lab: [0, 0, 0] for lab in ("PER", "ORG")}
    for (_text, spans, golds), ents in zip(docs, results, strict=True):
        for sp, gold in zip(spans, golds, strict=True):
            labels = ["O"] * len(sp)
            for e in ents:
                for k, (a, b) in enumerate(sp):
                    if a >= e.start and b <= e.end:
                        labels[k] = e.label
            pred = gold_entities(list(zip(["x"] * len(sp), labels, strict=True)))
            for lab, counts in tally.items():
                g = {x for x in gold if x[2] == lab}
                p = {x for x in pred if x[2] == lab}
                counts[0] += len(g & p)
                counts[1] += len(p - g)
                counts[2] += len(g - p)
    cells = []
    for lab, (tp, fp, fn) in tally.items():
        p, r, f = _prf(tp, fp, fn)
        cells.append(f"{lab} P {p:.3f} R {r:.3f} F1 {f:.4f}")
    print(f"corpus  {mode:8} {'  '.join(cells)}  {words / secs:>9,.0f} words/s ({words / cpu:,.0f} cpu)")


def score_dev(path: Path, mode: str, repeat: int) -> None:
    rows = read_gold(path)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    prepared = [Text(t) for t in texts]
    recognise(prepared[0], mode, release=True)
    secs = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        found = [recognise(t, mode, release=True) for t in prepared]
        secs = min(secs, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    tally = {"people": [0, 0, 0], "organisations": [0, 0, 0]}
    for row, ents in zip(rows, found, strict=True):
        people, organisations = resolve_entities(Text(row["text"]), ents)
        gp = {norm(x) for x in row["gold"]["people"]}
        pp = {norm(p.name) for p in people}
        go = {org_key(x) for x in row["gold"]["organisations"]}
        po = {org_key(o.name) for o in organisations}
        for key, g, p in (("people", gp, pp), ("organisations", go, po)):
            tally[key][0] += len(g & p)
            tally[key][1] += len(p - g)
            tally[key][2] += len(g - p)
    cells = []
    for key, (tp, fp, fn) in tally.items():
        p, r, f = _prf(tp, fp, fn)
        cells.append(f"{key[:3].upper()} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"dev     {mode:8} {'  '.join(cells)}  {words / secs:>9,.0f} words/s ({words / cpu:,.0f} cpu)")


_MEMORY_PROBE = """
import sys
sys.path.insert(0, {src!r})

def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0

import svpress
before = rss_kb()
svpress.entities("Monika Jönsson, Region Dalarna", fast={fast})
print((rss_kb() - before) / 1024)
"""


def memory(fast: bool) -> float:
    """Resident memory the loaded pipeline adds to a fresh process (after ``import svpress``), in MB."""
    code = _MEMORY_PROBE.format(src=str(ROOT / "src"), fast=fast)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = ROOT.parent / "shared"
    ap.add_argument("--corpus", type=Path, default=shared / "external" / "swedish-ner-corpus" / "test_corpus.txt")
    ap.add_argument("--gold", type=Path, default=shared / "gold" / "dev.jsonl")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    for mode in MODES:
        if args.gold.is_file():
            score_dev(args.gold, mode, args.repeat)
        if args.corpus.is_file():
            score_corpus(args.corpus, mode, args.repeat)
    print(f"memory  rules    {memory(True):.1f} MB added by the loaded recogniser")
    print(f"memory  default  {memory(False):.1f} MB added by the loaded recogniser and model")


if __name__ == "__main__":
    main()
