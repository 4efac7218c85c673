"""Gazetteers as a phrase table over region tokens, with genitive forms, plus word classes.

Phrases are matched on case-folded token tuples, longest first, so that the
cost of a lookup does not grow with the size of the lists (a dict probe per
candidate length), which is what spaCy's PhraseMatcher also buys.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

from svpress.lang.sv import names, orgs
from svpress.ner.regions import tokens_of

MAX_PHRASE_TOKENS = 10
"""Gazetteer names longer than this (in tokens) are left out of the table."""

MAX_TAIL_LETTERS = 24
"""The longest ordinary word looked for at the end of a compound."""

_NOT_TAIL_WORDS = frozenset({"i", "för", "och", "på", "av", "med", "mot", "vid", "över", "om", "till", "de", "samt"})
"""Function words inside names: regions already run over them, and they alone do not say a name goes on."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A gazetteer hit: label (ORG or LOC), canonical nominative name, kind, and whether it was a genitive."""

    label: str
    name: str
    kind: str
    genitive: bool


def genitive(word: str) -> str:
    """The genitive of a Swedish name: add -s unless it already ends in s, x or z."""
    return word if word[-1:] in ("s", "x", "z") else word + "s"


def strip_genitive(word: str) -> str:
    """The word without a genitive -s (callers decide whether it is one)."""
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "'s")) else word


class Lexicon:
    """Phrase table and word classes, built once per process by :func:`lexicon`."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], Phrase] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}
        self.tail_words: set[str] = set()
        """Lower-case words that follow a capitalised word inside a known name ("län", "geologiska")."""
        for name in orgs.places():
            self._add(name, Phrase("LOC", name, "place", False))
        for name, (kind, canonical) in orgs.gazetteer().items():
            self._add(name, Phrase("ORG", canonical, kind, False))
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        self.common = common_words()
        self.first_names = names.first_names()
        self.surnames = names.surnames()
        self.places = orgs.places()

    def _add(self, name: str, phrase: Phrase) -> None:
        toks = tokens_of(name)
        if not toks or len(toks) > MAX_PHRASE_TOKENS:
            return
        key = tuple(t.casefold() for t in toks)
        self.phrases[key] = phrase
        for k in range(1, len(toks)):
            if toks[k][:1].islower() and toks[k - 1][:1].isupper() and toks[k] not in _NOT_TAIL_WORDS:
                self.tail_words.add(toks[k])
        gen = (*key[:-1], genitive(key[-1]))
        if gen != key:
            self.phrases.setdefault(gen, Phrase(phrase.label, phrase.name, phrase.kind, True))

    def match(self, folded: list[str], i: int) -> tuple[int, Phrase] | None:
        """The longest phrase starting at token ``i`` of the case-folded tokens: (length, phrase)."""
        for n in self.lengths.get(folded[i], ()):
            if i + n <= len(folded):
                hit = self.phrases.get(tuple(folded[i : i + n]))
                if hit is not None:
                    return n, hit
        return None

    def is_tail_word(self, word: str) -> bool:
        """A lower-case word that may go on a known name ("län", "läns", "geologiska")."""
        return word in self.tail_words or strip_genitive(word) in self.tail_words

    def tail(self, region_tokens: list[str], following: list[tuple[str, int]]) -> int:
        """How many of the lower-case words ``following`` a region complete a known name ending it.

        ``region_tokens`` are the region's tokens; the longest completion wins, 0 when none
        ("Länsstyrelsen i Uppsala" + ["län", "har"] → 1).
        """
        if not following or not self.is_tail_word(following[0][0]):
            return 0
        folded = [t.casefold() for t in region_tokens[-MAX_PHRASE_TOKENS:]]
        words = tuple(w for w, _ in following)
        for m in range(len(words), 0, -1):
            for i in range(len(folded)):
                if (*folded[i:], *words[:m]) in self.phrases:
                    return m
        return 0

    def is_common_compound(self, word: str) -> bool:
        """An ordinary word, or a compound ending in one of at least 4 letters.

        "Mediarelationer", "Barnhälsovård", "Skrivarhuset" name a unit or a thing; a coined
        name ("Ekbo", "Trimab") does not end in an ordinary word.
        """
        f = word.casefold()
        # Tails of at most MAX_TAIL_LETTERS letters: no ordinary word is longer, and time stays linear.
        first = max(1, len(f) - MAX_TAIL_LETTERS)
        return f in self.common or any(f[i:] in self.common for i in range(first, len(f) - 3))

    def is_first_name(self, word: str) -> bool:
        """A known first name, hyphenated ones included ("Hans-Åke", "Per-Olof")."""
        if word in self.first_names:
            return True
        if "-" in word:
            parts = word.split("-")
            return all(p in self.first_names for p in parts if p)
        return False

    def is_surname(self, word: str) -> bool:
        """A known surname or a word with a typical surname ending ("Hermansson", "Kågström")."""
        if word in self.surnames or strip_genitive(word) in self.surnames:
            return True
        w = word.casefold()
        return len(w) > 4 and w.endswith(names.SURNAME_ENDINGS) and word not in self.places


@cache
def common_words() -> frozenset[str]:
    """Words seen in lower case in the training corpus (shipped beside the model)."""
    try:
        data = resources.files("svpress.models").joinpath("sv_common_words.txt.gz").read_bytes()
    except FileNotFoundError:
        return frozenset()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


@cache
def lexicon() -> Lexicon:
    """The process-wide lexicon (built on first use, about 30 ms)."""
    return Lexicon()
