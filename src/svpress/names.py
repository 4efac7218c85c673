"""Where the names are: person and organisation spans for the structural parsers.

Contacts and quote attribution need to know whether "Anna Ek" is a person
and "Region Dalarna" an organisation. The entity recogniser answers that;
this module indexes its answers by normalised offset and falls back on
the shape of a name when the recogniser has nothing to say.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from svpress.lang.sv import orgshape, roles
from svpress.lang.sv.util import alternation
from svpress.model import Entity
from svpress.text import Text

NAME_TOKEN = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"
"""One capitalised name word: "Anna", "Hans-Åke", "Nyberg-Stahl", "O'Reilly", "D'Souza"."""

MIN_DEFINITE_ROLE = 6
"""Definite forms are only stripped from words this long ("chefen" → "chef")."""

PARTICLES = ("von", "af", "de", "van", "der", "den", "la", "le", "di", "du", "da", "el", "al", "bin", "ter")


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    particle = alternation(PARTICLES)
    return {
        # Two to four name words, particles allowed between them.
        "person": regex.compile(rf"{NAME_TOKEN}(?:[ \t]+(?:{particle}[ \t]+)?{NAME_TOKEN}){{1,3}}"),
        "org_word": regex.compile(
            rf"^(?:{alternation(orgshape.ORG_WORDS)}|\p{{L}}*{alternation(orgshape.ORG_SUFFIXES)}s?)$",
            regex.IGNORECASE,
        ),
        "function": regex.compile(rf"^{alternation(roles.FUNCTION_NOUNS)}$", regex.IGNORECASE),
    }


@lru_cache(maxsize=1 << 16)  # the same words recur in every release
def is_role_word(word: str) -> bool:
    """True for a role or title word, definite forms included ("vd", "Kommundirektör", "hovrättsrådet")."""
    w = word.strip(".,:;()")
    if roles.is_role(w):
        return True
    low = w.lower()
    return len(low) > MIN_DEFINITE_ROLE and any(
        low.endswith(end) and roles.is_role(low[: -len(end)]) for end in roles.DEFINITE_ENDINGS
    )


@lru_cache(maxsize=1 << 16)  # the same words recur in every release
def is_org_word(word: str) -> bool:
    """True for a word that marks an organisation ("AB", "kommun", "Trafikverket")."""
    return bool(_patterns()["org_word"].match(word.strip(".,:;()")))


@lru_cache(maxsize=1 << 16)  # the same words recur in every release
def is_function(text: str) -> bool:
    """True for a function contact noun ("Presstjänsten", "pressavdelning")."""
    return bool(_patterns()["function"].match(text.strip(" .,:;")))


@lru_cache(maxsize=1 << 16)  # the same words recur in every release
def looks_like_person(text: str) -> bool:
    """True if ``text`` has the shape of a full personal name and no organisation or role word."""
    t = text.strip(" .,:;")
    m = _patterns()["person"].fullmatch(t)
    if m is None:
        return False
    words = t.split()
    if any(is_org_word(w) or is_role_word(w) or w.isupper() or is_function(w) for w in words):
        return False  # "Presstjänst Björkhaga Fotboll" names a function, not a person
    return words[0] not in orgshape.ORG_FIRST_WORDS


class NameIndex:
    """Person and organisation spans of one text, by normalised offset."""

    __slots__ = ("_orgs", "_persons", "_places", "_pstarts")

    def __init__(self, text: Text, entities: Iterable[Entity] = ()) -> None:
        persons, orgs, places = [], [], []
        for e in entities:
            span = (text.from_raw(e.start), text.from_raw(e.end - 1) + 1 if e.end > e.start else text.from_raw(e.end))
            if e.label == "PER":
                persons.append(span)
            elif e.label == "ORG":
                orgs.append(span)
            elif e.label == "LOC":
                places.append(span)
        self._places = sorted(places)
        self._persons = sorted(persons)
        self._pstarts = [a for a, _ in self._persons]
        self._orgs = sorted(orgs)

    @property
    def has_entities(self) -> bool:
        """Whether a recogniser supplied any spans."""
        return bool(self._persons or self._orgs)

    def persons_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Person spans lying inside ``[start, end)``."""
        i = bisect_left(self._pstarts, start)
        out = []
        while i < len(self._persons) and self._persons[i][0] < end:
            if self._persons[i][1] <= end:
                out.append(self._persons[i])
            i += 1
        return out

    def orgs_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Organisation spans lying inside ``[start, end)``."""
        i = bisect_left(self._orgs, (start, -1))
        out = []
        while i < len(self._orgs) and self._orgs[i][0] < end:
            if self._orgs[i][1] <= end:
                out.append(self._orgs[i])
            i += 1
        return out

    def is_person(self, text: Text, start: int, end: int) -> bool:
        """Whether ``norm[start:end]`` is a person: the recogniser says so, or the shape does."""
        for a, b in self.persons_in(start, end):
            if a <= start + 1 and b >= end - 1:
                return True
        if self.has_entities and any(a <= start and b >= end for a, b in self.orgs_in(start - 200, end + 200)):
            return False
        return looks_like_person(text.norm[start:end])

    def label_of(self, start: int, end: int) -> str | None:
        """The label of an entity covering ``[start, end)`` (give or take a character), or None."""
        for label, spans in (("PER", self._persons), ("ORG", self._orgs), ("LOC", self._places)):
            i = bisect_left(spans, (start - 1, -1))
            while i < len(spans) and spans[i][0] <= start + 1:
                if spans[i][1] >= end - 1:
                    return label
                i += 1
        return None

    def spans_in(self, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
        """Person and organisation spans inside ``[start, end)``, labelled, in order."""
        out = [("PER", s) for s in self.persons_in(start, end)] + [("ORG", s) for s in self.orgs_in(start, end)]
        return sorted(out, key=lambda x: x[1])

    def is_org(self, start: int, end: int) -> bool:
        """Whether the recogniser marked ``[start, end)`` (or most of it) as an organisation."""
        return any(a <= start + 1 and b >= end - 1 for a, b in self.orgs_in(start - 1, end + 1))
