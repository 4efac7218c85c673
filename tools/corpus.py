"""Read the swedish-ner-corpus format (token, whitespace, IO label; blank line between sentences)."""

from __future__ import annotations

from pathlib import Path

Sentence = list[tuple[str, str]]


def read_corpus(path: str | Path) -> list[Sentence]:
    """Sentences as (token, label) lists; label "O" for the corpus's "0"; soft hyphens removed."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.rsplit(None, 1)
        if len(parts) < 2:
            continue  # one malformed line in the train split ("bn" without a label)
        tok, label = parts[0].replace("\u00ad", ""), parts[1]
        if not tok:
            continue
        cur.append((tok, "O" if label == "0" else label))
    if cur:
        sents.append(cur)
    return sents


def sentence_text(sent: Sentence) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as text (tokens joined by spaces) and each token's character span."""
    spans = []
    pos = 0
    for tok, _ in sent:
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(t for t, _ in sent), spans


def gold_entities(sent: Sentence, labels: tuple[str, ...] = ("PER", "ORG")) -> set[tuple[int, int, str]]:
    """Entity spans (token start, token end, label): runs of one IO label."""
    out = set()
    i = 0
    while i < len(sent):
        lab = sent[i][1]
        if lab == "O":
            i += 1
            continue
        j = i
        while j < len(sent) and sent[j][1] == lab:
            j += 1
        if lab in labels:
            out.add((i, j, lab))
        i = j
    return out
