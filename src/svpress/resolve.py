"""Resolution across a release: one entry per person and organisation, with every mention.

:func:`resolve_entities` turns the entity mentions of a text (and people found
by structure, :class:`KnownPerson`) into :class:`~svpress.model.Person` and
:class:`~svpress.model.Organisation` lists that follow the gold GUIDELINES:
nominative, fullest form, acronyms and legal-form variants folded in, places,
party letters and lower-case references left out, surname and first-name
mentions linked to the full name, role and organisation from appositions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from svpress.lang.sv import orgs
from svpress.lang.sv.names import NEVER_NAMES
from svpress.lang.sv.orgs import GENERIC, GENERIC_ENDINGS
from svpress.lang.sv.roles import FUNCTION_NOUNS, ROLE_PREPOSITIONS, is_role
from svpress.lang.sv.verbs import REPORTING_VERBS
from svpress.model import Entity, Organisation, Person, Span
from svpress.ner.lexicon import lexicon
from svpress.ner.shapes import has_org_suffix
from svpress.text import Text

_ROLE_MODIFIERS = frozenset({"vice", "tf", "tf.", "biträdande", "t.f."})
_CAPITAL_TITLES = frozenset({"VD", "Vd", "CEO", "CFO", "COO", "CTO"})
MAX_ROLE_WORDS = 9
"""A role phrase between a name and its organisation is at most this many words."""
APPOSITION_CHARS = 160
"""How far after a name an apposition (", vd på X") is looked for."""

_NATIONAL = ("Svenska", "Sveriges", "Svensk", "Kungl.", "Kungliga", "Nordiska")
_PLACE_PREPOSITIONS = frozenset({"i", "på", "vid", "till", "från", "utanför"})
_NATIONAL_FOLDED = frozenset(w.casefold() for w in _NATIONAL)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*\.?")
_LEGAL_TAIL = regex.compile(
    r"(?:\s+(?:" + "|".join(regex.escape(f) for f in sorted(orgs.LEGAL_FORMS_SCORED_AWAY)) + r")\b\.?)+$"
)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person found by the structure of the release (a quote speaker, a contact line).

    ``start``/``end`` are raw offsets of the name as printed; ``role`` and
    ``organisation`` as the structure gives them (None when it gives none).
    """

    name: str
    start: int
    end: int
    role: str | None = None
    organisation: str | None = None


@dataclass(slots=True)
class _PersonAcc:
    name: str
    role: str | None = None
    organisation: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class _OrgAcc:
    name: str
    canonical: str | None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


KEY_CACHE = 1 << 14
"""Name keys remembered: a release repeats its names, and the keys are asked for many times each."""


@lru_cache(maxsize=KEY_CACHE)
def org_key(name: str) -> str:
    """Comparison key of an organisation name: case-folded, legal form and "(publ)" removed."""
    s = name.replace("(publ)", " ")
    s = " ".join(s.split())
    s = _LEGAL_TAIL.sub("", s)
    if s.startswith("AB "):
        s = s[3:]
    return s.casefold().strip(" .,")


@lru_cache(maxsize=KEY_CACHE)
def _person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def full_name(partial: str, people: Sequence[Person | str]) -> str | None:
    """The full name a surname or first name refers to ("Jönsson" → "Monika Jönsson"), if unique.

    A genitive ("Jönssons") is accepted. A surname match wins over a first-name
    match; None when no person or more than one fits.
    """
    names = [p if isinstance(p, str) else p.name for p in people]
    want = _person_key(partial)
    if not want:
        return None
    for n in names:
        if _person_key(n) == want:
            return n
    stems = {want, want[:-1]} if want.endswith("s") else {want}
    for position in (-1, 0):
        hits = {n for n in names if len(n.split()) > 1 and n.split()[position].casefold() in stems}
        if len(hits) == 1:
            return hits.pop()
        if len(hits) > 1:
            return None
    # "Anna Ek" given, "Anna Ek Lund" known: a shorter form of one full name.
    parts = want.split()
    if len(parts) > 1:
        hits = {n for n in names if _person_key(n).startswith(want + " ") or _person_key(n).endswith(" " + want)}
        if len(hits) == 1:
            return hits.pop()
    return None


class _Offsets:
    """Raw → normalised offsets of one text (the inverse of ``Text.to_raw``), remembered."""

    __slots__ = ("_identity", "_memo", "text")

    def __init__(self, text: Text) -> None:
        self.text = text
        self._memo: dict[int, int] = {}
        # Normalisation substitutes one for one or shortens (svpress.text), so equal lengths mean
        # that no offset moved: most releases, which then need no lookups at all.
        self._identity = len(text.raw) == len(text.norm)

    def norm(self, raw_offset: int) -> int:
        if self._identity:
            return raw_offset
        hit = self._memo.get(raw_offset)
        if hit is None:
            hit = self._memo[raw_offset] = self.text.from_raw(raw_offset)
        return hit


def role_and_organisation(
    text: Text, start: int, end: int, entities: Sequence[Entity] = ()
) -> tuple[str | None, str | None]:
    """Role and organisation of the person named at raw ``[start, end)``, from the words around it.

    Reads appositions after the name (", ordförande Region Dalarna", " som är
    ansvarig för X vid Region Dalarna", ", Region Dalarna") and titles before it
    ("Kungsledens VD Thomas Erséus", "chefsåklagare Peter Claeson"). The
    organisation is taken from ``entities`` (ORG mentions, raw offsets) and
    returned in its nominative form.
    """
    off = _Offsets(text)
    return _role_org(_Around.of(off, entities), off.norm(start), off.norm(end))


@dataclass(slots=True)
class _Around:
    """The entities of a text in normalised offsets, computed once for all the people of a release."""

    text: Text
    org_at: dict[int, tuple[Entity, int]]
    org_starts: list[int]
    org_ends: list[tuple[int, str]]
    person_starts: list[int]

    @classmethod
    def of(cls, off: _Offsets, entities: Sequence[Entity]) -> _Around:
        letters = orgs.party_letters()
        org_at: dict[int, tuple[Entity, int]] = {}
        org_ends: list[tuple[int, str]] = []
        person_starts: list[int] = []
        for e in entities:
            if e.label == "ORG":
                a, b = off.norm(e.start), off.norm(e.end)
                org_ends.append((b, e.name))
                if e.name not in letters:
                    org_at[a] = (e, b)
            elif e.label == "PER":
                person_starts.append(off.norm(e.start))
        return cls(off.text, org_at, sorted(org_at), sorted(org_ends), sorted(person_starts))


# "(LTU)", "(SvFF)": two capitals or more, lower-case letters allowed between them.
_BRACKETED_ACRONYM = regex.compile(r"\s*\(((?=(?:[\p{Ll}\p{N}&-]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&-]{1,7})\)")
# "(Dramaten)": a capitalised short form in brackets right after the full name.
_BRACKETED_SHORT = regex.compile(r"\s?\((\p{Lu}\p{Ll}[\p{L}-]{1,22})\)")
_GROUP_FORM = regex.compile(r"(.+)-(?:koncernen|gruppen|bolagen)$")
# Searched backwards from the name ((?r)): the same match as a forward search, which would try
# every one of the 40 positions before the name, at a tenth of the cost.
_TITLE_BEFORE = regex.compile(r"(?r)((?:vice\s+)?[\p{L}-]+)\s+$")
_NOT_APPOSITION = regex.compile(r"[.!?;:\"»«]|\s–\s")
_ROLE_AFTER = regex.compile(
    r"\s*(?:\([\p{L}]{1,6}\)\s*)?,\s+((?:vice\s+|tf\.?\s+|biträdande\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,7})"
)


def _role_org(ctx: _Around, ns: int, ne: int) -> tuple[str | None, str | None]:
    norm = ctx.text.norm
    org_at = ctx.org_at
    role: str | None = None
    org: str | None = None
    # After the name.
    window_end = min(len(norm), ne + APPOSITION_CHARS)
    nl = norm.find("\n", ne, window_end)
    if nl >= 0:
        window_end = nl
    k = bisect_left(ctx.person_starts, ne)
    stop = min(ctx.person_starts[k], window_end) if k < len(ctx.person_starts) else window_end
    k = bisect_left(ctx.org_starts, ne)
    if k < len(ctx.org_starts) and ctx.org_starts[k] < stop:
        p = ctx.org_starts[k]
        between = norm[ne:p]
        if not _NOT_APPOSITION.search(between):
            words = _WORD.findall(between)
            lowered = [w.casefold() for w in words]
            if lowered[:2] == ["som", "är"]:
                words, lowered = words[2:], lowered[2:]
            elif lowered[:1] == ["som"]:
                words, lowered = words[1:], lowered[1:]
            if lowered and lowered[-1] in ROLE_PREPOSITIONS:
                words, lowered = words[:-1], lowered[:-1]
            if len(words) <= MAX_ROLE_WORDS and not any(w in REPORTING_VERBS for w in lowered):
                if words and (is_role(words[0]) or lowered[0] in ("vice", "tf", "biträdande", "ansvarig")):
                    role = " ".join(words)
                    org = org_at[p][0].name
                elif not words:
                    org = org_at[p][0].name
    if role is None:
        # ", ordförande i tekniska nämnden": a role phrase up to the next comma or the sentence end,
        # after an optional party letter ("Karin Lindqvist (S), ordförande …").
        m = _ROLE_AFTER.match(norm, ne, window_end)
        phrase = m.group(1).split() if m else []
        head = next((w for w in phrase if w.casefold() not in _ROLE_MODIFIERS), "")
        if head and is_role(head):
            cut = next((k for k, w in enumerate(phrase) if w.casefold() in REPORTING_VERBS), len(phrase))
            role = " ".join(phrase[:cut]) or None
    # Before the name: "<Org>s <role> <Name>", "<role> <Name>".
    m = _TITLE_BEFORE.search(norm, max(0, ns - 40), ns)
    title = m.group(1) if m else ""
    if m and title and is_role(title.split()[-1]) and (not title[0].isupper() or title in _CAPITAL_TITLES):
        role = role or title
        rs = m.start()
        if org is None:
            # The organisation whose name ends right before the title (spaces between).
            j = rs
            while j > 0 and norm[j - 1].isspace():
                j -= 1
            k = bisect_left(ctx.org_ends, (j, ""))
            while k < len(ctx.org_ends) and ctx.org_ends[k][0] == j:
                org = ctx.org_ends[k][1]
                k += 1
    return role, org


# "Pressjouren", "Presstjänsten", "Kundtjänsten": a function, not an organisation; a unit named by its unit
# noun ("Kommunikationsavdelningen", "Presskontoret") counts (gold GUIDELINES).
_FUNCTIONS = frozenset(f for f in FUNCTION_NOUNS if " " not in f and not any(u in f for u in orgs.UNIT_NOUNS))


def _is_excluded_org(e: Entity, off: _Offsets, lex_places: frozenset[str]) -> bool:
    name = e.name
    first = name.split()[0] if name.split() else ""
    if not first or not first[0].isupper():
        return True  # lower-case references: "regeringen", "kommunen"
    if name in orgs.party_letters() or name in orgs.PLATFORMS:
        return True  # "(S)"; "Följ oss på Facebook": a channel
    if " " not in name and (
        name in lex_places
        or name.casefold() in GENERIC
        or name in orgs.NOT_NAMES_ALONE
        or name.capitalize() in NEVER_NAMES
        or name.casefold() in _FUNCTIONS
    ):
        return True  # a place; "Bolaget"; "Svenska", "Nyheter", "January"; "FAKTA" (a heading); "Pressjouren"
    if " " not in name and name.casefold().endswith(orgs.BUILDING_ENDINGS):
        a = off.norm(e.start)
        preceding = off.text.norm[max(0, a - 6) : a].rsplit(" ", 2)
        if len(preceding) > 1 and preceding[-2].casefold() in _PLACE_PREPOSITIONS:
            return True  # "öppet hus i Stadshuset": a building named as the place of an event
    if " " not in name and (name.casefold().endswith(GENERIC_ENDINGS) or e.source == "model"):
        a = off.norm(e.start)
        norm = off.text.norm
        before = norm[max(0, a - 3) : a].rstrip(" ")
        if not before or before[-1] in ".!?\n–:":
            if e.source != "model":
                return True  # "Fastighetsbolaget har …": a common noun opening a sentence
            # "Polisen vill …" where the text also prints "polisen": a common noun opening a sentence,
            # unless the text ties it to a place as a name ("Polisen i Västmanland").
            lower = e.text.casefold()
            return lower != e.text and _word_in(lower, norm) and not _placed(e.text, norm)
    return False


def _placed(word: str, norm: str) -> bool:
    """True when ``word`` is followed somewhere by "i <Capitalised word>" ("Polisen i Västmanland")."""
    probe = word + " i "
    i = norm.find(probe)
    while i >= 0:
        if norm[i + len(probe) : i + len(probe) + 1].isupper():
            return True
        i = norm.find(probe, i + 1)
    return False


def _word_in(word: str, norm: str) -> bool:
    """True when ``word`` occurs in ``norm`` as a whole word, exactly as written."""
    i = norm.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not norm[i - 1].isalnum()) and (j == len(norm) or not norm[j].isalnum()):
            return True
        i = norm.find(word, i + 1)
    return False


def resolve_entities(
    text: Text, entities: Sequence[Entity], known: Sequence[KnownPerson] = ()
) -> tuple[list[Person], list[Organisation]]:
    """People and organisations of a release, one entry each, with all mentions (raw offsets)."""
    lex = lexicon()
    off = _Offsets(text)
    gaz_folded = orgs.gazetteer_folded()
    ents = sorted(entities, key=lambda e: (e.start, e.end))
    org_ents = [e for e in ents if e.label == "ORG" and not _is_excluded_org(e, off, lex.places)]
    per_ents = _surface_surnames([e for e in ents if e.label == "PER"])

    # People: full names first, then shorter mentions linked to them.
    people: dict[str, _PersonAcc] = {}
    full = [e for e in per_ents if len(e.name.split()) > 1]
    names = sorted({e.name for e in full} | {k.name for k in known if len(k.name.split()) > 1}, key=len, reverse=True)
    canonical: dict[str, str] = {}
    canonical_key: dict[str, str] = {}  # the person key of each canonical name, computed once
    for n in names:
        prefix = _person_key(n) + " "
        # "Anna Ek" of "Anna Ek Lund"; the surnames of a longer name ("Haugvik Nesse", "von Rehn").
        suffix = " " + _person_key(n) if n.split()[0] not in lex.first_names else None
        longer = [
            m
            for k, m in canonical.items()
            if canonical_key[k].startswith(prefix) or (suffix is not None and canonical_key[k].endswith(suffix))
        ]
        key = _person_key(n)
        canonical[key] = longer[0] if len(longer) == 1 else n
        canonical_key[key] = _person_key(canonical[key])
    targets = sorted(set(canonical.values()))
    # A contact or speaker line whose "name" the rules found to be an organisation ("Presstjänsten,
    # Polisregion Nord") names no person.
    org_spans = {(e.start, e.end) for e in ents if e.label == "ORG" and e.source in ("rules", "gazetteer")}
    known = [k for k in known if (k.start, k.end) not in org_spans or k.name.split()[0] in lex.first_names]
    for e in per_ents + [Entity("PER", text.raw[k.start : k.end], k.start, k.end, k.name, "structure") for k in known]:
        key = _person_key(e.name)
        target = canonical.get(key) or full_name(e.name, targets)
        if target is None:
            lone = len(e.name.split()) == 1 and e.source != "structure"
            if lone and (e.name in lex.first_names or e.source == "model"):
                continue  # a lone first name, or a lone word only the model calls a name
            target = e.name
        target_key = _person_key(target)
        acc = people.get(target_key)
        if acc is None:
            acc = people[target_key] = _PersonAcc(target)
        acc.mentions.append(Span(e.start, e.end, text.raw[e.start : e.end]))
    for k in known:
        target = canonical.get(_person_key(k.name)) or full_name(k.name, targets) or k.name
        known_acc = people.get(_person_key(target))
        if known_acc is None:
            continue
        acc = known_acc
        acc.role = acc.role or k.role
        acc.organisation = acc.organisation or k.organisation

    # Organisations: by key; acronyms and gazetteer variants folded into their full name.
    organisations: dict[str, _OrgAcc] = {}
    person_keys = set(people)
    for e in org_ents:
        if _person_key(e.name) in person_keys:
            continue
        key = org_key(e.name)
        org_acc = organisations.get(key)
        if org_acc is None:
            hit = gaz_folded.get(e.name.casefold())
            org_acc = organisations[key] = _OrgAcc(e.name, hit[1] if hit else None)
        form = e.name.replace("(publ)", "").strip()
        if len(form) > len(org_acc.name) or (len(form) == len(org_acc.name) and org_acc.name.isupper()):
            org_acc.name = form  # the fullest form, and not the one shouted in a letterhead
        org_acc.mentions.append(Span(e.start, e.end, text.raw[e.start : e.end]))
    _fold_organisations(off, organisations, org_ents)

    around = _Around.of(off, ents)
    alias_keys = {k: {org_key(a) for a in o.aliases} for k, o in organisations.items()}
    for acc in people.values():
        if acc.role is None or acc.organisation is None:
            for m in acc.mentions:
                role, org = _role_org(around, off.norm(m.start), off.norm(m.end))
                acc.role = acc.role or role
                acc.organisation = acc.organisation or org
                if acc.role and acc.organisation:
                    break
        if acc.organisation:
            wanted = org_key(acc.organisation)
            for other_key, o in organisations.items():
                if other_key == wanted or wanted in alias_keys[other_key]:
                    acc.organisation = o.name
    out_people = [
        Person(a.name, a.role, a.organisation, tuple(sorted(a.mentions, key=lambda s: s.start)))
        for a in sorted(people.values(), key=lambda a: min(s.start for s in a.mentions))
    ]
    out_orgs = [
        Organisation(a.name, tuple(sorted(a.mentions, key=lambda s: s.start)), tuple(a.aliases))
        for a in sorted(organisations.values(), key=lambda a: min(s.start for s in a.mentions))
    ]
    return out_people, out_orgs


def _surface_surnames(per_ents: list[Entity]) -> list[Entity]:
    """Mentions read as a genitive that are, as printed, the surnames of a full name ("Haugland Aas").

    The recogniser strips an -s it cannot place ("Haugland Aas under …" → "Haugland Aa"); the
    surnames of a person named in full elsewhere keep it.
    """
    full = [_person_key(e.name) for e in per_ents if len(e.name.split()) > 2]
    if not full:
        return per_ents
    out = []
    for e in per_ents:
        if e.name != e.text and " " in e.text and any(f.endswith(" " + _person_key(e.text)) for f in full):
            out.append(Entity(e.label, e.text, e.start, e.end, " ".join(e.text.split()), e.source))
        else:
            out.append(e)
    return out


def _merge(organisations: dict[str, _OrgAcc], small: str, big: str) -> None:
    a, b = organisations.pop(small), organisations[big]
    b.mentions.extend(a.mentions)
    if a.name not in b.aliases and org_key(a.name) != org_key(b.name):
        b.aliases.append(a.name)
    b.aliases.extend(x for x in a.aliases if x not in b.aliases)


def _definite_ending(key: str) -> str:
    """The ending that makes the last word of a name definite: "förbund" + "et", "förening" + "en"."""
    last = key.rsplit(maxsplit=1)[-1]
    if last.endswith(("e", "å", "a", "o")):
        return "n"
    if last.endswith("er") and not last.endswith("ier"):
        return "n"  # "orkester" → "orkestern"
    return "et" if last.endswith(("förbund", "verk", "institut", "sällskap", "gymnasium", "museum")) else "en"


def _index(keys: Sequence[str], of: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """Keys by each of the strings ``of`` gives for them, in order."""
    out: dict[str, list[str]] = {}
    for k in keys:
        for v in of(k):
            out.setdefault(v, []).append(k)
    return out


def _fold_organisations(off: _Offsets, organisations: dict[str, _OrgAcc], org_ents: Sequence[Entity]) -> None:
    gaz = orgs.gazetteer()
    # "Luleå tekniska universitet (LTU)": a bracketed acronym or short form after a name is that name.
    norm = off.text.norm
    for e in org_ents:
        a = off.norm(e.end)
        m = _BRACKETED_ACRONYM.match(norm, a, a + 14) if "(" in norm[a : a + 14] else None  # probe first (speed)
        if m is None and "(" in norm[a : a + 2]:
            m = _BRACKETED_SHORT.match(norm, a, a + 28)  # "Kungliga Dramatiska Teatern (Dramaten)"
        if m:
            small, big = m.group(1).casefold(), org_key(e.name)
            if small in organisations and big in organisations and small != big:
                _merge(organisations, small, big)
    # Gazetteer aliases and variants ("FMV", "Högskolan i Dalarna") when their canonical name is present.
    by_canonical: dict[str, list[str]] = {}
    folded = orgs.gazetteer_folded()
    for key, acc in organisations.items():
        hit = gaz.get(acc.name) or folded.get(acc.name.casefold())
        if hit is not None:
            by_canonical.setdefault(hit[1].casefold(), []).append(key)
    for canon, keys in by_canonical.items():
        if len(keys) < 2:
            continue
        keep = next((k for k in keys if k == canon), None) or max(keys, key=len)
        for k in keys:
            if k != keep and k in organisations and keep in organisations:
                _merge(organisations, k, keep)
    # The longer names a key may fold into below, indexed once rather than searched for every key
    # (merges only remove keys, so an index entry counts while its key is still present).
    multi = [k for k in organisations if " " in k]
    by_first = _index(multi, lambda k: [k.partition(" ")[0]])
    # A generic one-word name that opens a longer name in the same text ("Regionförbundet" /
    # "Regionförbundet Sörmland", "Högskolan" / "Högskolan på Gotland"); "Vattenfall" and
    # "Vattenfall Vindkraft AB" are two companies.
    for key in list(organisations):
        if " " in key or key not in organisations:
            continue
        word = organisations[key].name
        longer = [k for k in by_first.get(key, ()) if k in organisations]
        if word not in orgs.PREFIX_WORDS and not has_org_suffix(word):
            # "Chalmers" in a text about "Chalmers tekniska högskola": the short form of a name whose
            # other words are lower case (a description of what it is).
            longer = [k for k in longer if all(w[:1].islower() for w in organisations[k].name.split()[1:])]
        if len(longer) == 1:
            _merge(organisations, key, longer[0])
    # "Vattenförbundet" in a text about "Hallands Vattenförbund": the definite form of a name's head
    # word refers back to that name.
    by_definite = _index(multi, lambda k: [k.split()[-1] + _definite_ending(k)])
    for key in list(organisations):
        if " " in key or key not in organisations:
            continue
        longer = [k for k in by_definite.get(key, ()) if k in organisations]
        if len(longer) == 1:
            _merge(organisations, key, longer[0])
    # "Mofasts" where "Mofast" is printed too: a genitive the recogniser could not be sure of.
    for key in list(organisations):
        if key.endswith("s") and key[:-1] in organisations and key in organisations:
            _merge(organisations, key, key[:-1])
    # "Mofast" and "Mofast Holding AB": one company with its corporate form.
    for key in list(organisations):
        if " " in key or key not in organisations:
            continue
        longer = [
            k
            for k in by_first.get(key, ())
            if k in organisations and set(k.split()[1:]) <= {"holding", "group", "koncern", "ab", "(publ)"}
        ]
        if len(longer) == 1:
            _merge(organisations, key, longer[0])
    # "Röda Korset" in a text about "Svenska Röda Korset"; "ÅF-koncernen", "Pergo-gruppen" of "ÅF", "Pergo".
    national = [k for k in multi if k.split()[0] in _NATIONAL_FOLDED]
    by_tail = _index(national, lambda k: [k[i + 1 :] for i, c in enumerate(k) if c == " "])
    for key in list(organisations):
        if key not in organisations:
            continue
        longer = [k for k in by_tail.get(key, ()) if k in organisations]
        if len(longer) == 1:
            _merge(organisations, key, longer[0])
            continue
        m = _GROUP_FORM.match(key)
        if m and m.group(1) in organisations:
            _merge(organisations, key, m.group(1))
    # "Socialdemokraterna" in a text from "Socialdemokraterna Norrköping": the organisation, named
    # without the place of its branch, is that branch when the text names only one.
    places = lexicon().places
    branches = _index(multi, lambda k: [k.rsplit(" ", 1)[0]])
    for key in list(organisations):
        if key not in organisations:
            continue
        longer = [
            k
            for k in branches.get(key, ())
            if k in organisations and organisations[k].name.rsplit(" ", 1)[-1] in places
        ]
        if len(longer) == 1:
            _merge(organisations, key, longer[0])
