"""Word shapes the rules and the tagger read: capitals, acronyms, organisation endings, place endings.

Each predicate looks at one word and remembers its answers (words repeat across
a batch of releases); the language data behind them is in ``svpress.lang.sv.orgs``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from svpress.lang.sv import orgs
from svpress.ner.lexicon import strip_genitive

MAX_ACRONYM = 6
"""All-capital words longer than this are shouted words, not acronyms."""


def is_cap(w: str) -> bool:
    """A word that starts with a capital letter."""
    return w[:1].isupper()


WORD_CACHE = 1 << 16
"""Word predicates remember this many answers (words repeat across a batch of releases)."""


@lru_cache(maxsize=WORD_CACHE)
def is_acronym(w: str) -> bool:
    """An all-capital word of 2 to MAX_ACRONYM letters that is no title, unit or key figure ("SGU", "TV4")."""
    letters = [c for c in w if c.isalpha()]
    return 2 <= len(letters) <= MAX_ACRONYM and all(c.isupper() for c in letters) and w not in orgs.NOT_ACRONYMS


def is_code(w: str) -> bool:
    """Capitals joined by a hyphen to a number: a code ("SE-751" of a postcode, "BN-101"), no name."""
    head, dash, tail = w.rpartition("-")
    return bool(dash) and tail.isdigit() and head.isupper()


@lru_cache(maxsize=WORD_CACHE)
def is_camel(w: str) -> bool:
    """Inner capitals in a mixed-case word: "DalaBIT", "BoomTown", "ITSDalarna" (not "NU-sjukvården", "McDonell")."""
    if w.isupper() or "-" in w or "&" in w or w[1:2] == "'" or not any(c.isupper() for c in w[1:]):
        return False  # "N'Diaye", "D'Angelo": a letter and an apostrophe open a surname
    return _NAME_PREFIX.match(w) is None


_NAME_PREFIX = regex.compile(r"(?:Mc|Mac|O'|La|Le|De|Di|Da|Du|Van|Von)\p{Lu}\p{Ll}+$")


@lru_cache(maxsize=WORD_CACHE)
def has_org_suffix(w: str) -> bool:
    """A word shaped like an organisation name ("Tillväxtverket"), not a board ("Kommunstyrelsen")."""
    f = strip_genitive(w.casefold())
    if len(f) < 7 or not f.endswith(orgs.SUFFIXES) or f.endswith(orgs.NOT_ORG_SUFFIXES):
        return False
    if f.endswith(orgs.LOOKALIKE_ENDINGS):
        return False  # "Bilvägarna" ends in "ägarna" as "Fastighetsägarna" does, but is a road
    # A compound ("Tillväxtverket"), not the bare noun ("Förbundet", "Bolaget").
    return any(f.endswith(s) and len(f) >= len(s) + 3 for s in orgs.SUFFIXES) or f == "unionen"


@lru_cache(maxsize=WORD_CACHE)
def is_head(w: str) -> bool:
    """A lower-case noun that ends a name: "kommun", "universitet", "tennisklubb" (a genitive -s allowed)."""
    if not w[:1].islower():
        return False
    f = w[:-1] if w.endswith("s") and not w.endswith("hus") else w
    return f in orgs.HEAD_NOUNS or w in orgs.HEAD_NOUNS or f.endswith(orgs.HEAD_ENDINGS)


@lru_cache(maxsize=WORD_CACHE)
def is_business_head(w: str) -> bool:
    """A noun firms and clubs are named with ("Kraft", "Kvarn", "Fotboll"), or a trade in -eri ("Kafferosteri")."""
    f = strip_genitive(w)
    if f in orgs.BUSINESS_HEADS or f in orgs.SPORT_SECTIONS:
        return True
    return f[:1].isupper() and len(f) > 6 and f.endswith(orgs.BUSINESS_ENDINGS)


@lru_cache(maxsize=WORD_CACHE)
def is_place_shaped(w: str) -> bool:
    """A compound ending in a definite topographic noun ("Kopparlunden", "Gräsöskären"), genitive allowed."""
    f = strip_genitive(w.casefold())
    return f.endswith(orgs.PLACE_ENDINGS) and any(f.endswith(e) and len(f) >= len(e) + 3 for e in orgs.PLACE_ENDINGS)


@lru_cache(maxsize=WORD_CACHE)
def is_board(w: str) -> bool:
    """Boards, committees, inquiries and events by their ending ("Byggnadsnämnden")."""
    f = strip_genitive(w.casefold())
    return len(f) > 6 and f.endswith(orgs.NOT_ORG_SUFFIXES)
