"""Rules over one region: gazetteer phrases, organisation shapes, name patterns, context cues.

Each rule proposes a :class:`Hit` over token indices with a label ("PER",
"ORG", "LOC" or "O" for a sure non-entity) and a strength: ``sure`` hits are
final, ``weak`` ones are used when no statistical model is asked for (and are
a feature of the model otherwise). Earlier rules win where hits overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from svpress.lang.sv import orgs
from svpress.lang.sv.dates import MONTHS, WEEKDAYS
from svpress.lang.sv.names import NEVER_NAMES, NOT_POSSESSED, PARTICLES
from svpress.lang.sv.roles import ENGLISH_TITLES, PROFESSION_ENDINGS, ROLE_PREPOSITIONS, is_role
from svpress.lang.sv.verbs import PERSON_VERBS
from svpress.ner.lexicon import Lexicon, strip_genitive
from svpress.ner.regions import Region
from svpress.ner.shapes import (
    MAX_ACRONYM,
    has_org_suffix,
    is_acronym,
    is_board,
    is_business_head,
    is_camel,
    is_cap,
    is_code,
    is_head,
    is_place_shaped,
)

MAX_WORDS_BEFORE_HEAD = 3
"""An organisation name has at most this many capitalised words before its head ("Gästrike Vattentjänst")."""

_COMPASS = frozenset({"Norra", "Södra", "Östra", "Västra", "Mellersta", "Övre", "Nedre", "Inre", "Yttre", "Centrala"})
_NOT_NAME_ENDINGS = (
    "gården", "kyrkan", "gatan", "vägen", "torget", "parken", "hallen", "arenan", "huset", "platsen", "skolan",
)  # fmt: skip
_ADJECTIVE_NAME_ENDINGS = ("iska", "ska", "liga", "ära")
"""Capitalised adjectives that open the name of a unit: "Kemiska institutionen", "Neurologiska kliniken"."""
_BARE_UNITS = frozenset(
    {"institutionen", "kliniken", "avdelningen", "enheten", "fakulteten", "sektionen", "museet", "biblioteket",
     "kyrkan"}
)  # fmt: skip
"""Definite nouns that name a unit or an institution after a capitalised adjective: "Kemiska institutionen"."""
_BRANCHED = ("föreningen", "förbundet", "sällskapet", "klubben", "jouren", "företagarna", "främjandet")
"""Associations, which have local branches named "X i <place>" ("Konstföreningen i Borås"); a unit or an
agency "i <place>" is the unit and where it is ("Blodcentralen i Stockholm")."""
_BRANCHED_GAZETTEER = (*_BRANCHED, "kyrkan")
_DEFINITE = ("en", "et", "rn", "ån", "na")
"""Endings of definite organisation nouns: "-föreningen", "-verket", "-orkestern", "-byrån", "-företagarna"."""
_VENUE_WORDS = frozenset({"Arena", "Hall", "Hallen", "Stadion"})
"""Words that make a venue, a place, of the name before them ("Skellefteå Kraft Arena")."""
_TITLE_CASE_WORDS = frozenset(
    {"Och", "I", "På", "Att", "Med", "För", "Av", "Till", "Om", "Som", "Från", "Är", "Vid", "Mot"}
)
"""Function words that are capitalised inside a line only in a Title Case headline ("… Och Hållbar Logistik")."""
_LOWER_ADJECTIVE_ENDINGS = ("ska", "liga", "skt", "ligt", "ella", "ellt")
"""Endings of a lower-case adjective inside a name: "Luleå tekniska universitet", "Nationellt forensiskt centrum"."""
_CAP_ADJECTIVE_ENDINGS = ("isk", "iska", "iskt", "ig", "iga", "igt", "ell", "ella", "ellt", "al", "ala", "alt")
"""Endings of a capitalised adjective that opens a unit's name: "Lokal åklagarkammare", "Nationellt …"."""
_ADJECTIVE_HEADS = frozenset({"centrum", "center", "institut", "råd", "kansli", "sekretariat", "kammare"})
"""Bare unit nouns that end a name after an adjective ("Nationellt forensiskt centrum") but not after a
place ("Uppsala centrum" is the town centre)."""
_PAIR_JOINS = frozenset({"och", "&", "eller"})
_FURNITURE_NEXT = frozenset("0123456789/")
"""What follows a word that may be furniture: a number ("Sida 1 (2)", "KS 2024/0412") or a slash."""
_DESCRIPTOR_NOUN_ENDINGS = ("bon", "bor", "aren", "arna", "erna", "ern", "ande", "inna")
"""Endings of a noun that describes the person named after it ("Texasbon", "Stockholmaren", "Tränaren")."""
_PLACE_KINDS = frozenset({"municipality", "region", "county_board", "acronym", "club"})
"""Gazetteer kinds whose names carry a place already, or are a place themselves ("Djurgården"), or are too
short to be sure of: a place after them is not their branch."""
"""Words that join the first part of a hyphenated pair to the word that completes it ("Miljö- och …")."""
_ORG_LEFT = frozenset({"Svenska", "Sveriges", "Nordiska", "Kungliga", "Kungl.", "Nationella", "Nationellt", "Svensk"})


_START = attrgetter("i")


@dataclass(slots=True)
class Hit:
    """A rule's proposal over tokens ``[i, j)`` of a region."""

    i: int
    j: int
    label: str
    sure: bool
    rule: str
    name: str | None = None


_ADJECTIVE_ENDINGS = ("isk", "iska", "ell", "ella", "lig", "liga", "ad", "ade", "na", "ens")
_NOUN_ENDINGS = ("arna", "erna", "orna", "arnas", "ernas", "ornas", "aren", "arens", "ningen", "heten", "skapet")
"""Endings of definite nouns ("Luleåspelaren", "Frölundasupportrarnas"), which are not surnames."""


class Rules:
    """The rule set, bound to a lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.party_letters = lex_party_letters()

    def apply(self, region: Region, *, release: bool = False) -> list[Hit]:
        """All hits in one region, non-overlapping, in token order.

        ``release`` adds the press-release conventions of the gold GUIDELINES that news annotation does not
        share (the tagger is trained without them): a product or programme named after its kind ("appen X")
        is none of ours, a place compounded with "-regionen" is an area, a generic institution noun takes
        its place ("Centralsjukhuset i Karlstad").
        """
        words = region.words
        n = len(words)
        if n == 1:
            # (Most words alone are followed by a word or a comma: a character probe says so.)
            after = region.after
            w = words[0]
            if (w in orgs.LANGUAGE_WORDS or (after and after[0][:1] in _FURNITURE_NEXT)) and self._furniture(w, after):
                return [Hit(0, 1, "O", True, "furniture")]
        folded = [w.casefold() for w in words]
        taken = [False] * n
        hits: list[Hit] = []

        def add(h: Hit) -> None:
            if h.j > h.i and True not in taken[h.i : h.j]:
                for k in range(h.i, h.j):
                    taken[k] = True
                hits.append(h)

        lex = self.lex
        places: list[Hit] = []
        # 1. Gazetteer phrases, longest first, extended over a legal form ("Kungsleden AB (publ)").
        # Speed: most words open no phrase, which one dict probe tells (for all words of most regions at once).
        i = 0 if not lex.lengths.keys().isdisjoint(folded) else n
        while i < n:
            m = lex.match(folded, i) if folded[i] in lex.lengths and is_cap(words[i]) else None
            if m is None:
                i += 1
                continue
            length, ph = m
            j = i + length
            if ph.label == "ORG":
                # "Vattenfall Vindkraft AB": a known name with more capitalised words and a legal form.
                e = j
                while e < n and is_cap(words[e]) and words[e] not in orgs.LEGAL_FORMS and e - j < 3:
                    e += 1
                if e > j and e < n and words[e] in orgs.LEGAL_FORMS:
                    j = e
                elif (
                    length == 1
                    and ph.kind == "company"
                    and not ph.genitive
                    and e > j
                    and not words[j].isupper()  # "VATTENFALL OCH SKELLEFTEÅ KRAFT": a shouted headline
                    and not lex.is_first_name(words[j])
                    and not is_role(words[j])
                ):
                    j = min(e, j + 2)  # "Sveriges Radio Kronoberg", "SEB Enskilda": a company's division
                    if release and words[j - 1] in _VENUE_WORDS:
                        add(Hit(i, j, "LOC", True, "venue"))  # "Tele2 Arena": a venue named after a firm
                        i = j
                        continue
            while j < n and (words[j] in orgs.LEGAL_FORMS or words[j] == "(publ)") and ph.label == "ORG":
                j += 1
            if (
                release
                and ph.label == "ORG"
                and j < n
                and words[j] in orgs.REGION_WORDS
                and ph.kind not in _PLACE_KINDS
                and (j + 1 == n or not is_cap(words[j + 1]))
            ):
                j += 1  # "Byggnads Väst", "Unionen Syd": a region of the organisation
            if ph.label == "ORG" and j < n and ph.kind not in _PLACE_KINDS and folded[j] in lex.lengths:
                # "Socialdemokraterna Norrköping", "Svenska kyrkan Uppsala": a party's, a church's or an
                # agency's local branch, named by the place that ends the run.
                place = lex.match(folded, j)
                if place is not None and place[1].label == "LOC":
                    e = j + place[0]
                    if e == n or not is_cap(words[e]):
                        j = e
            if (
                ph.label == "ORG"
                and j + 1 < n
                and words[j] == "i"
                and (ph.kind == "association" or folded[j - 1] == "kyrkan")
                and folded[j - 1].endswith(_BRANCHED_GAZETTEER)
            ):
                # "Naturskyddsföreningen i Malmö", "… i Jämtlands län": an association's local branch;
                # "Svenska kyrkan i Västerås": the church's.
                j = max(j, self._place_end(words, folded, j + 1))
            if ph.label == "ORG" and length == 1 and i > 0 and lex.is_first_name(words[i - 1]):
                i += 1  # "Anna Ericsson": a surname that is also a company
                continue
            if ph.label == "ORG":
                # Acronyms collide with ordinary words; a club's name is often a place ("Djurgården"):
                # the model decides those, from the context; with its form or section it is the club.
                # "Västerås SK": in a release, a club's name with its form is sure.
                form = j - i > 1 and words[j - 1] in orgs.SPORTS_FORMS
                sure = ph.kind not in ("acronym", "club") or (release and form)
                if ph.kind == "club" and j < n and (words[j] in orgs.SPORTS_FORMS or words[j] in orgs.SPORT_SECTIONS):
                    j += 1  # "Hammarby IF", "Hammarby Fotboll"
                    sure = True
                elif release and j < n and words[j] in orgs.SPORTS_FORMS:
                    j += 1  # "Sandvik IF": a known name with a club's form names the club
                    sure = True
                if (
                    ph.kind == "club"
                    and j == i + 1
                    and words[i] in orgs.SPORTS_FORMS
                    and i > 0
                    and not taken[i - 1]
                    and is_cap(words[i - 1])
                    and words[i - 1].endswith("s")
                    and not lex.is_first_name(words[i - 1])
                ):
                    i -= 1  # "Sandvikens AIK": a club named like a known one, by its place
                    sure = release
                elif ph.kind == "club" and i > 0 and words[i - 1] in orgs.SPORTS_FORMS and not taken[i - 1]:
                    i -= 1  # "IK Sirius": the form before the club's name
                    sure = True
                if (
                    (ph.kind == "club" or (ph.kind == "company" and not ph.genitive))
                    and j < n
                    and is_cap(words[j])
                    and has_org_suffix(words[j])
                ):
                    # "Hammarby Supporterklubb", "Volvo Personalförening": an association of its own ("ÅFs
                    # Infrastrukturdivision" is the company's unit).
                    j += 1
                    sure = True
            else:
                if length == 1:
                    # A single place word may open an organisation name ("Sveriges Ingenjörer") or be
                    # a sports club in news ("Frölunda"): decided after the shapes, weakly.
                    places.append(Hit(i, j, "LOC", False, "gazetteer", ph.name))
                    i = j
                    continue
                sure = True
            add(Hit(i, j, ph.label, sure, "gazetteer", ph.name if not words[i:j][-1].startswith("(") else None))
            i = j
        # 2. Words that are never names, party letters in brackets, roles, boards, shouted headlines.
        # (Most regions have no word in capitals: one C-level pass over them says so.)
        shouting = any(map(str.isupper, words)) and any(len(w) > MAX_ACRONYM and w.isupper() for w in words)
        for k, w in enumerate(words):
            if taken[k]:
                continue
            if shouting and w.isupper():
                add(Hit(k, k + 1, "O", True, "shouting"))
            elif w[-1] == "-" and k + 2 < n and words[k + 1] in _PAIR_JOINS:
                # "IT- och säkerhetschef", "Vård- och omsorgsnämnden": a pair completed by a role or a
                # board is none of ours; one completed by an organisation noun is a name (step 3).
                if is_role(words[k + 2]) or is_board(words[k + 2]):
                    add(Hit(k, k + 3, "O", True, "pair"))
            elif w == "Cap" and k > 0 and words[k - 1] in orgs.MARKET_SEGMENTS:
                add(Hit(k - 1, k + 1, "O", True, "segment"))  # "Mid Cap": a market segment
            elif "-" in w and self._acronym_compound(w):
                e = k + 1
                if release and folded[k].endswith(orgs.PRODUCT_DESCRIPTOR_ENDINGS):
                    while e < n and not taken[e] and is_cap(words[e]):
                        e += 1  # "EU-programmet Interreg Aurora": the programme's name goes with it
                add(Hit(k, e, "O", True, "compound"))  # "EU-final", "FN-mötet": a thing, not a name
            elif (
                release
                and w[-1] == "n"
                and folded[k][-5:] in orgs.LEAGUE_TAILS
                and folded[k].endswith(orgs.LEAGUE_ENDINGS)
            ):
                # "Allsvenskan", "OBOS Damallsvenskan": a league or a championship, with its sponsor's name.
                i = k - 1 if k > 0 and not taken[k - 1] and is_acronym(words[k - 1]) else k
                add(Hit(i, k + 1, "O", True, "league"))
            elif (
                k == 0
                and n > 1
                and is_cap(words[1])
                and w.casefold().endswith(orgs.DESCRIPTOR_ENDINGS)
                and w not in orgs.PREFIX_WORDS  # "Advokatfirman Vinge" is the firm's name
                and words[1] not in orgs.REGION_WORDS  # "Vägbolaget Syd" is a name
            ):
                # "Oljebolaget Lundin Petroleum", "Fastighetsägaren Jernhusen": a description before the name.
                add(Hit(k, k + 1, "O", True, "descriptor"))
            elif (
                w in NEVER_NAMES
                and (k == 0 and region.initial)  # capitalised mid-sentence, "Mitt" is a name ("Mitt Romney")
                and not (k + 1 < n and lex.is_first_name(w) and is_cap(words[k + 1]))
            ):
                add(Hit(k, k + 1, "O", True, "never-name"))
            elif is_role(w) and (w.isupper() or w.islower() or k == 0 or w in orgs.NOT_ACRONYMS):
                add(Hit(k, k + 1, "O", True, "role"))
            elif w in orgs.LEGAL_FORMS:
                continue  # "AB" closes a company name (step 3), it is not an acronym of its own
            elif release and "-" in w and is_code(w):
                add(Hit(k, k + 1, "O", True, "code"))  # "SE-751" of a postcode, "BN-101"
            elif w in orgs.NOT_ACRONYMS or (
                len(w) == 1
                and w.isalpha()
                and not (k > 0 and lex.is_first_name(words[k - 1]))
                and not (
                    w == "i"
                    and 0 < k < n - 1
                    and is_cap(words[k + 1])
                    and self._branch_end(words, folded, k - 1, k, release) > 0
                )
                and not (w == "i" and self._unit_in(words, k))
            ):
                # A single letter is no name, except as an initial after a first name ("Lars G Brandt");
                # "i" joins a local branch to its place ("Konstföreningen i Borås", step 3).
                add(Hit(k, k + 1, "O", True, "not-acronym"))
            elif is_board(w) and not has_org_suffix(w):
                add(Hit(k, k + 1, "O", True, "board"))
        before = region.before
        # "appen Capio Go", "varumärket Sprout Seeds", "EU-programmet Interreg Aurora": a product or a
        # programme named after its kind, not an organisation.
        first = -1
        if (
            release
            and before
            and before[-1][-5:] in orgs.PRODUCT_DESCRIPTOR_TAILS  # (a set probe first: most words fail it)
            and before[-1].endswith(orgs.PRODUCT_DESCRIPTOR_ENDINGS)
            and before[-1][-1:].islower()
            and not taken[0]
            and is_cap(words[0])
        ):
            first = 0
        if first >= 0:
            j = first + 1
            while j < n and not taken[j] and (is_cap(words[j]) or (words[j] in ("of", "and", "&") and j + 1 < n)):
                j += 1
            add(Hit(first, j, "O", True, "product"))
        after = region.after[:1]
        if n == 1 and words[0] in self.party_letters and before and before[-1] in "(," and after in ([")"], [","]):
            # "(S)", ", C ,": a party by its letter; an organisation mention that releases do not list.
            hits.clear()
            taken[0] = False
            add(Hit(0, 1, "ORG", True, "party-letter"))
        if not region.before and self._dateline(region) and not any(h.label in ("ORG", "PER") for h in hits):
            # "Norrhult, fredag den 4 mars 2016", "Umeå den 17 maj 2022": a dateline opens with its place.
            hits.clear()
            taken[:] = [False] * n
            add(Hit(0, n, "LOC", True, "dateline"))
            return hits
        if 1 < n <= 4 and self._with_age(words, region.after) and True not in taken:
            add(Hit(0, n, "PER", True, "age"))  # "Ørjan Haugvik Nesse, 26, klar för …": a person and her age
        # 3. Organisation shapes (each loop only where its word occurs: a set probe costs less).
        if "&" in words:
            self._ampersands(words, taken, add)
        self._org_shapes(region, words, folded, taken, add, release)
        if n > 1 and not orgs.ORG_WORDS.isdisjoint(words):  # (the word ends a name of two words or more)
            self._org_words(words, taken, add, release)
        # 4. Person names.
        self._people(region, words, taken, add, release)
        # "gruvbolaget Boliden", "Sminkföretaget Oriflame": a noun naming the kind of organisation.
        if n > 1 and folded[0].endswith(orgs.ORG_DESCRIPTOR_ENDINGS) and hits_at_o(hits, 0):
            first = 1
        elif before and before[-1].islower() and before[-1].endswith(orgs.ORG_DESCRIPTOR_ENDINGS):
            first = 0
        else:
            first = -1
        if first >= 0 and not taken[first] and is_cap(words[first]) and not lex.is_first_name(words[first]):
            j = first + 1
            while j < n and not taken[j] and is_cap(words[j]) and words[j] not in NEVER_NAMES:
                j += 1
            add(Hit(first, j, "ORG", True, "described"))
        # "förbundsordförande GS", "presschef på Unionen", "Rottneros offentliggör denna information".
        if words and not taken[0] and is_cap(words[0]) and not self.lex.is_first_name(words[0]):
            b = region.before
            role_cue = bool(b) and (is_role(b[-1]) or (len(b) > 1 and b[-1] in ROLE_PREPOSITIONS and is_role(b[-2])))
            disclosure = region.after[:1] == ["offentliggör"] or region.after[:2] == ["är", "skyldigt"]
            if role_cue or disclosure:
                j = 1
                while j < n and not taken[j] and is_cap(words[j]):
                    j += 1
                head = words[0]
                if disclosure and j == n:
                    add(Hit(0, j, "ORG", True, "cue"))
                elif role_cue and j >= 2 and self.lex.is_surname(words[j - 1]):
                    add(Hit(0, j, "PER", True, "cue"))  # "förbundsordförande Annamia Larsson"
                elif role_cue and (is_acronym(head) or is_camel(head) or j >= 2):
                    # "förbundsordförande GS"; a lone word after a title is a unit only with its
                    # unit noun ("chef Mediarelationer" is not an organisation).
                    add(Hit(0, j, "ORG", True, "cue"))
                elif (
                    role_cue
                    and j == 1
                    and not self.lex.is_common_compound(head)
                    and not self.lex.is_surname(head)
                    and head not in self.lex.places
                ):
                    # "vd Ekbo": an unknown word after a title names the employer more often than a
                    # person, who would mostly have a known first name or surname; the model decides.
                    add(Hit(0, 1, "ORG", False, "cue"))
        # 5. Organisation shapes of the word itself: CamelCase ("DalaBIT", "BoomTown"), acronyms.
        for k, w in enumerate(words):
            if taken[k]:
                continue
            camel = is_camel(w)
            acronym = not camel and is_acronym(w)
            if camel and not (k == 0 and region.initial):
                add(Hit(k, k + 1, "ORG", True, "camel"))
            elif (
                acronym
                and k + 1 < n
                and not taken[k + 1]
                and w.casefold() not in self.lex.common  # "ALLA Sveriges …": a word in capitals
                and self._names_with(words[k + 1])
                # "ESG Rapport 2022": a heading in Title Case, not a name
                and not (k == 0 and region.initial and words[k + 1].casefold() in self.lex.common)
            ):
                j = k + 2
                if j < n and not taken[j] and self._names_with(words[j]):
                    j += 1  # "GKN Aerospace Sweden"
                add(Hit(k, j, "ORG", True, "acronym-name"))  # "SOS Alarm", "KTR Larmtjänst"
            elif acronym or camel:
                add(Hit(k, k + 1, "ORG", False, "shape"))
            elif (
                (is_place_shaped(w) or (release and orgs.PLACE_AREA_ENDING in w and self._area(w)))
                and not lex.is_first_name(w)
                and not (k + 1 < n and w.endswith("s"))
            ):
                # "Kopparlunden", "Björkudden", "Jönköpingsregionen"; a genitive may open a name ("Ålandsfjärdens
                # Sparbank").
                add(Hit(k, k + 1, "LOC", True, "place-shape"))
        # 6. Runs of unknown capitalised words: two words or more.
        if n > 1:
            self._runs(region, words, folded, taken, places, add)
        for h in places:
            add(h)
        if len(hits) > 1:
            hits.sort(key=_START)
        return hits

    def _runs(
        self, region: Region, words: list[str], folded: list[str], taken: list[bool], places: list[Hit], add: Add
    ) -> None:
        """Runs of unknown capitalised words ("Triple Steelix", "Destination Dalarna").

        A run may end in a place name; a compass word and a place is a place ("Norra Mellansverige").
        """
        n = len(words)
        place_at = {h.i for h in places} if places else ()
        k = 0
        while k < n - 1:  # a run has two words or more
            if (
                taken[k]
                or not is_cap(words[k])
                or (k == 0 and region.initial)
                or k in place_at
                or folded[k] in self.lex.common  # "Publika Fastigheter", "Entreprenör Uddevalla"
            ):
                k += 1
                continue
            j = k
            while j < n and not taken[j] and (is_cap(words[j]) or (words[j] in ("&", "of", "and", "in") and j > k)):
                j += 1
            while j > k and not is_cap(words[j - 1]):
                j -= 1
            if j - k >= 2:
                if words[j - 1].casefold() in ENGLISH_TITLES or (
                    words[k].casefold() in ENGLISH_TITLES and words[k + 1] == "of"
                ):
                    add(Hit(k, j, "O", True, "title"))  # "Certified Adviser", "Head of Sales"
                elif words[k] in _COMPASS or words[j - 1] in _VENUE_WORDS:
                    add(Hit(k, j, "LOC", words[j - 1] in _VENUE_WORDS, "run"))
                else:
                    add(Hit(k, j, "ORG", False, "run"))
            k = max(j, k + 1)

    def _ampersands(self, words: list[str], taken: list[bool], add: Add) -> None:
        """Names joined by "&" are firms: "Ernst & Young", "Hennes & Mauritz"."""
        n = len(words)
        for k, w in enumerate(words):
            if (
                w == "&"
                and 0 < k < n - 1
                and not taken[k - 1]
                and not taken[k + 1]
                and is_cap(words[k - 1])
                and is_cap(words[k + 1])
            ):
                i = k - 1
                if (
                    i > 0
                    and not taken[i - 1]
                    and is_cap(words[i - 1])
                    and words[i - 1].endswith("s")
                    and words[i - 1] not in NEVER_NAMES
                    and not self.lex.is_first_name(words[i - 1])
                ):
                    i -= 1  # "Funäsdalens Bygg & Montage": the genitive that opens the name
                elif (
                    i > 0
                    and not taken[i - 1]
                    and words[i - 1] in orgs.PREFIX_WORDS
                ):
                    i -= 1  # "Advokatfirman Strand & Björk", "Bokförlaget Natur & Kultur": the kind that opens it
                add(Hit(i, k + 2, "ORG", True, "ampersand"))

    def _org_words(self, words: list[str], taken: list[bool], add: Add, release: bool) -> None:
        """A name ending in an organisation word: "Colliers International", "Norrbotten Big Band"."""
        n = len(words)
        for k, w in enumerate(words):
            if taken[k] or w not in orgs.ORG_WORDS:
                continue
            if release and w in orgs.OF_HEADS and k + 2 < n and words[k + 1] == "of" and is_cap(words[k + 2]):
                # "University of Leeds": the institution noun first, its name after "of".
                j = k + 2
                while j < n and not taken[j] and is_cap(words[j]):
                    j += 1
                if not any(taken[k:j]):
                    add(Hit(k, j, "ORG", True, "org-of"))
                    continue
            if k == 0:
                continue
            i = k
            while (
                i > 0
                and not taken[i - 1]
                and (is_cap(words[i - 1]) or (words[i - 1] in ("and", "&", "of", "och") and i - 1 > 0))
                and words[i - 1] not in NEVER_NAMES
            ):
                if i >= 2 and self.lex.is_first_name(words[i - 2]) and self.lex.is_surname(words[i - 1]):
                    break  # "Linda Nilsson High Voltage Valley": a person stands before the name
                i -= 1
            title = next((m for m in range(i, k) if words[m].casefold() in ENGLISH_TITLES), -1)
            if title >= 0 and words[title + 1] in ("of", "and", "&"):
                add(Hit(title, k + 1, "O", True, "title"))  # "Head of Communications" is a role
                continue
            while i < k and not is_cap(words[i]):
                i += 1
            if i < k:
                add(Hit(i, k + 1, "ORG", True, "org-word"))

    def _org_shapes(
        self, region: Region, words: list[str], folded: list[str], taken: list[bool], add: Add, release: bool
    ) -> None:
        n = len(words)
        for k, w in enumerate(words):
            if taken[k]:
                continue
            if k + 2 < n and words[k + 1] == "för" and folded[k].endswith(orgs.FOR_HEADS) and words[k + 2].islower():
                # "Institutet för privatekonomi": the head, "för", a noun (an adjective takes the next
                # word too, "och" joins two); a verb ("visar") ends it.
                j = k + 2
                while j < n and words[j].islower() and words[j] not in NOT_POSSESSED:
                    adjective = words[j].endswith(_ADJECTIVE_ENDINGS)
                    j += 1
                    if j + 1 < n and words[j] == "och" and words[j + 1].islower():
                        j += 2
                        break
                    if not adjective:
                        break
                add(Hit(k, j, "ORG", True, "for-name"))
                continue
            # "Region X", "Stiftelsen X Y", "Högskolan i X", "AB Volvo": a prefix word and capitalised words.
            if w in orgs.PREFIX_WORDS and k + 1 < n and not (w == "AB" and k > 0 and is_cap(words[k - 1])):
                j = k + 1
                if words[j] in ("i", "för", "på") and j + 1 < n:
                    j += 1
                start = j
                while (
                    j < n
                    and not taken[j]
                    and is_cap(words[j])
                    and words[j] not in orgs.PREFIX_WORDS
                    and words[j] not in NEVER_NAMES
                ):
                    j += 1
                    if j < n and words[j] in orgs.HEAD_NOUNS:
                        j += 1
                if j > start and (w not in ("Svenska", "Sveriges", "Svensk") or j - start <= 2):
                    tail = words[j - 1]
                    legal = j < n and words[j] in orgs.NAME_CLOSERS and not taken[j]
                    while j < n and words[j] in orgs.NAME_CLOSERS and not taken[j]:
                        j += 1  # "Svenska Mässan Stiftelse", "AB Nordströms Kvarn Ltd"
                    national = w in ("Svenska", "Sveriges", "Svensk", "AB")
                    sure = (
                        not national
                        or legal
                        or has_org_suffix(tail)
                        or tail in orgs.ORG_WORDS
                        or strip_genitive(tail) in orgs.BUSINESS_HEADS
                        or (w == "AB" and not self.lex.is_first_name(words[start]))  # "AB Nordströms Kvarn"
                    )
                    add(Hit(k, j, "ORG", sure, "prefix"))
                    continue
            if w in orgs.STATE_GENITIVES and k + 1 < n and words[k + 1].endswith(orgs.STATE_AGENCY_ENDINGS):
                add(Hit(k, k + 2, "ORG", True, "prefix"))  # "Statens kulturråd", "Statens vegvesen"
                continue
            # "Skara kommun", "Uppsala universitet", "Luleå tekniska universitet".
            if k + 1 < n and is_head(words[k + 1]) and is_cap(w) and not self.lex.is_first_name(w):
                if self._opening_noun(region, k, w):
                    continue  # "Idrottshallen byggs …": a common noun opening a sentence, and a verb
                i = k - 1 if k > 0 and words[k - 1] in _COMPASS and not taken[k - 1] else k  # "Södra Älvsborgs sjukhus"
                add(Hit(i, self._unit_place(words, k + 2, w), "ORG", True, "head-noun"))
                continue
            if (
                k + 2 < n
                and words[k + 1].endswith(_LOWER_ADJECTIVE_ENDINGS)
                and words[k + 1].islower()
                and is_cap(w)
                and (is_head(words[k + 2]) or has_org_suffix(words[k + 2]) or words[k + 2] in _ADJECTIVE_HEADS)
            ):
                add(Hit(k, k + 3, "ORG", True, "head-noun"))  # "Luleå tekniska universitet", "Nationellt … centrum"
                continue
            # "Mofast Holding AB", "Helsingborgs IF", "IF Metall": legal and sports forms.
            if (w in orgs.LEGAL_FORMS or w in orgs.SPORTS_FORMS) and k > 0:
                i = k
                while i > 0 and not taken[i - 1] and is_cap(words[i - 1]) and words[i - 1] not in NEVER_NAMES:
                    i -= 1
                    if self.lex.is_first_name(words[i]) and i < k - 1:
                        i += 1
                        break
                if i < k:
                    j = k + 1
                    while j < n and (words[j] in orgs.LEGAL_FORMS or words[j] == "(publ)"):
                        j += 1
                    add(Hit(i, j, "ORG", True, "legal-form"))
                    continue
            if w in orgs.SPORTS_FORMS and k + 1 < n and is_cap(words[k + 1]) and not taken[k + 1]:
                add(Hit(k, k + 2, "ORG", True, "sports-form"))
                continue
            # "Tillväxtverket", "Sveriges Orkesterförbund", "Svenska fotbollförbundet", "Skärgårdens
            # Företagarförening", "Ekeby Musikförbund"; and firms named with a business noun ("Lövsta Kvarn").
            # A word shaped like a surname is one ("Jansen"); in a release only a listed surname beats an
            # organisation ending that ends like a surname ("Internetstiftelsen" ends in "-sen").
            head = has_org_suffix(w) and not self._surname_over_suffix(w, folded[k], release)
            if head and release and orgs.PLACE_AREA_ENDING in w and self._area(w):
                head = False
            # "Skaraborgs Sjukhus", "Wallenbergs Stiftelse": a bare organisation noun after a genitive.
            business = k > 0 and (
                is_business_head(w)
                or (words[k - 1].endswith("s") and is_cap(w) and is_cap(words[k - 1]) and is_head(w.lower()))
            )
            if not (head or business):
                if (
                    k > 0
                    and w in _BARE_UNITS
                    and words[k - 1].endswith(_ADJECTIVE_NAME_ENDINGS)
                    and not taken[k - 1]
                    and is_cap(words[k - 1])
                ):
                    add(Hit(k - 1, k + 1, "ORG", True, "unit"))  # "Kemiska institutionen"
                continue
            if head and k == 0 and region.initial and folded[k].endswith(orgs.GENERIC_ENDINGS):
                continue  # "Oljebolaget har …": a common noun opening a sentence
            if k >= 2 and words[k - 1] in _PAIR_JOINS and words[k - 2][-1] == "-" and not taken[k - 2]:
                # "Miljö- och hälsoskyddsförvaltningen", "Statens väg- och transportforskningsinstitut": the
                # head after "och" completes the first part too; the name opens with the pair or before it.
                i = k - 2
                if is_cap(words[i]):
                    i = self._name_start(region, words, taken, i)
                elif i > 0 and not taken[i - 1] and (words[i - 1] in _ORG_LEFT or words[i - 1] in orgs.STATE_GENITIVES):
                    i -= 1
                if not is_cap(words[i]):
                    continue  # "Tallviks miljö- och hälsoskyddsförvaltning": a description
            elif w[:1].isupper():
                i = self._name_start(region, words, taken, k)
            else:
                i = k
                while i > 0 and not taken[i - 1] and words[i - 1] in _ORG_LEFT:
                    i -= 1
                if (
                    i == k
                    and k > 0
                    and not taken[k - 1]
                    and is_cap(words[k - 1])
                    and words[k - 1].endswith(_ADJECTIVE_NAME_ENDINGS)
                ):
                    i = k - 1  # "Medicinska forskningsrådet", "Neurologiska kliniken"
            if business and i == k:
                continue  # "Kraft" alone is a word, and after a first name a surname ("Erik Stål")
            if business and k + 1 < n and words[k + 1] in _VENUE_WORDS:
                add(Hit(i, k + 2, "LOC", True, "venue"))  # "Skellefteå Kraft Arena": a venue named after a firm
                continue
            j = k + 1
            if head and w[:1].isupper() and j < n and not taken[j]:
                if words[j] in orgs.REGION_WORDS or strip_genitive(words[j]) in self.lex.places:
                    j += 1  # "Nyhetsbyrån Småland", "Polisregion Nord": a unit named after its region
                elif words[j] == "i" and self._branch_end(words, folded, k, j, release) > 0:
                    # "Konstföreningen i Borås": an association's local branch; "Centralsjukhuset i Karlstad":
                    # a generic institution noun named by its place.
                    j = self._branch_end(words, folded, k, j, release)
                elif folded[k].endswith(_DEFINITE):
                    # "Bruksorkestern Ljusnedal", "Fiskevårdsområdesföreningen Övre Nissan": a definite
                    # organisation noun and the name it is given.
                    opening = k == 0 and region.initial
                    while j < n and j - k <= 2 and not taken[j] and self._name_word(words[j], opening):
                        j += 1
            if (
                business
                and j + 1 < n
                and words[j] in _PAIR_JOINS
                and not taken[j + 1]
                and is_business_head(words[j + 1])
                and not has_org_suffix(words[j + 1])  # "Björkhaga Fotboll och Trygghetsbolaget" are two
            ):
                j += 2  # "Tallviks Energi och Bostäder AB": a firm named with two trades
            while j < n and (words[j] in orgs.LEGAL_FORMS or words[j] == "(publ)"):
                j += 1  # "Gästrike Vattentjänst AB"
            if (
                release
                and head
                and j == k + 1
                and j < n
                and not taken[j]
                and is_acronym(words[j])
                and (j + 1 == n or not is_cap(words[j + 1]))
            ):
                j += 1  # "Trygghetsfonden TSL": a name and its acronym written after it
            if w[:1].isupper() or i < k:
                # An ordinary word opening a sentence ("Förbundet"): the model decides.
                opener = k == 0 and j == 1 and region.initial and w.casefold() in self.lex.common
                add(Hit(i, j, "ORG", not opener, "suffix" if head else "business"))

    def _place_end(self, words: list[str], folded: list[str], k: int) -> int:
        """The end of a known place starting at token ``k`` ("Malmö", "Jämtlands län"), or -1."""
        if k >= len(words) or not is_cap(words[k]):
            return -1
        if folded[k] in self.lex.lengths:
            m = self.lex.match(folded, k)
            if m is not None and m[1].label == "LOC":
                return k + m[0]
        return k + 1 if words[k] in self.lex.places else -1

    def _branch_end(self, words: list[str], folded: list[str], k: int, j: int, release: bool) -> int:
        """The end of "<head> i <place>" when the place belongs to the name of the head at ``k``, or -1.

        An association's local branch ("Konstföreningen i Borås", "Naturskyddsföreningen i Jämtlands län"),
        or a generic institution noun (no name as its first part) named by its place ("Centralsjukhuset i
        Karlstad", "Folkteatern i Gävleborg"); "Norrbottensteatern i Luleå", "Saabmuseet i Trollhättan" and
        "Uppsala universitet i Visby" are a name and where it is.
        """
        if j + 1 >= len(words) or words[j] != "i" or not has_org_suffix(words[k]):
            return -1
        f = folded[k]
        if not f.endswith(_BRANCHED):
            if not release:
                return -1
            ending = next((e for e in orgs.BRANCH_INSTITUTION_ENDINGS if f.endswith(e)), None)
            stem = f[: len(f) - len(ending)].rstrip("-") if ending else ""
            if not stem or self._named_stem(stem) or self._named_stem(strip_genitive(stem)):
                return -1  # "Saabmuseet i Trollhättan", "Norrbottensteatern i Luleå": named, then where
        return self._place_end(words, folded, j + 1)

    def _surname_over_suffix(self, w: str, f: str, release: bool) -> bool:
        """True when a word with an organisation ending is read as a surname instead."""
        if release and f.endswith(orgs.SURNAME_LIKE_SUFFIXES):
            return strip_genitive(w) in self.lex.surnames
        return self.lex.is_surname(w) or (release and self._double_surname(w))

    def _double_surname(self, w: str) -> bool:
        """A hyphenated surname opening with a listed one: "Nordin-Kraft" (not the firm "Nordin Kraft")."""
        first, dash, rest = w.partition("-")
        return bool(dash) and rest[:1].isupper() and first in self.lex.surnames

    def _named_stem(self, stem: str) -> bool:
        """True for the first part of a compound that is a name: a place, a known name, a person's name."""
        lex = self.lex
        cap = stem.capitalize()
        return cap in lex.places or stem in lex.lengths or lex.is_first_name(cap) or lex.is_surname(cap)

    def _area(self, w: str) -> bool:
        """A place compounded with "-regionen" ("Jönköpingsregionen", "Uppsala-Örebroregionen"): an area."""
        f = strip_genitive(w)
        if not f.endswith(orgs.PLACE_AREA_ENDING) or len(f) <= len(orgs.PLACE_AREA_ENDING) + 2:
            return False
        parts = f[: -len(orgs.PLACE_AREA_ENDING)].rstrip("-").split("-")
        places = self.lex.places
        return all(p in places or strip_genitive(p) in places for p in parts)

    def _opening_noun(self, region: Region, k: int, w: str) -> bool:
        """True for an ordinary (compound) noun opening a sentence: it names nothing ("Sporthallen")."""
        lex = self.lex
        return k == 0 and region.initial and strip_genitive(w) not in lex.places and lex.is_common_compound(w)

    def _unit_place(self, words: list[str], j: int, first: str) -> int:
        """The end of a unit's name, over "i <place>" after an adjective and an indefinite noun.

        "Lokal åklagarkammare i Kristianstad" is the unit's name; "Uppsala universitet i Visby" is the
        university and where it is.
        """
        return j + 2 if j + 1 < len(words) and words[j] == "i" and self._unit_in(words, j) else j

    @staticmethod
    def _unit_in(words: list[str], k: int) -> bool:
        """True when the "i" at ``k`` joins a generic unit to the place that names it.

        "Lokal åklagarkammare i Kristianstad": a capitalised adjective (not a national one, which
        names a single unit) and an indefinite lower-case unit noun before it, a capitalised word after.
        """
        return (
            k >= 2
            and k + 1 < len(words)
            and is_cap(words[k + 1])
            and words[k - 1].islower()
            and not words[k - 1].endswith(_DEFINITE)
            and is_cap(words[k - 2])
            and words[k - 2].endswith(_CAP_ADJECTIVE_ENDINGS)
            and not words[k - 2].startswith(("Nation", "Statl", "Riks"))
        )

    def _with_age(self, words: list[str], after: list[str]) -> bool:
        """True for capitalised name words followed by ", <age>," (a person's age in an apposition)."""
        if len(after) < 3 or after[0] != "," or after[2] != "," or not after[1].isdigit() or len(after[1]) > 2:
            return False
        lex = self.lex
        first = words[0].casefold()
        if first.endswith(_DESCRIPTOR_NOUN_ENDINGS) or first.endswith(PROFESSION_ENDINGS):
            return False  # "Texasbon Michael Furrh, 44,": a description before the name
        return all(
            is_cap(w)
            and w not in NEVER_NAMES
            and w.casefold() not in lex.common
            and w not in lex.places
            and w not in orgs.LEGAL_FORMS
            and not is_acronym(w)
            and not has_org_suffix(w)
            and not is_business_head(w)
            and not is_role(w)
            for w in words
        )

    def _furniture(self, w: str, after: list[str]) -> bool:
        """A word alone that is page or document furniture, not a name.

        A language ("Svenska | English"), a page number ("Sida 1 (2)", "Page 2 of 3"), a reference
        number's letters ("dnr KS 2024/0412", "DOI 10.1016/…", "FI2025/00871").
        """
        if w in orgs.LANGUAGE_WORDS:
            # "Svenska | English"; before a lower-case word it may open a name ("Svenska spel").
            return not after or not after[0][:1].islower()
        if not after or not (after[0][:1].isdigit() or after[0] == "/"):
            return False
        if after[0] == "/":
            # "FI2025/00871": letters and a year glued to a diary number.
            return len(after) > 1 and after[1].isdigit() and any(c.isdigit() for c in w)
        if len(after) < 3 or not after[0].isdigit() or not after[2][:1].isdigit():
            return False
        if after[1] in ("(", "av", "of"):
            return is_cap(w) and not w.isupper()  # "Sida 1 (2)": a page number
        return after[1] in ("/", ".", ":") and is_acronym(w)  # "KS 2024/0412", "SFS 2010:800"

    def _acronym_compound(self, w: str) -> bool:
        """An acronym joined to an ordinary word ("EU-final", "FN-mötet"): a thing named after it.

        One joined to an organisation noun is a name ("NU-sjukvården", "ÅF-koncernen", "FN-förbundet").
        """
        head, _, rest = w.partition("-")
        return (
            is_acronym(head)
            and rest.islower()
            and rest in self.lex.common
            and not rest.endswith(orgs.SUFFIXES)
            and not rest.endswith(orgs.UNIT_NOUNS)
            and not rest.endswith(orgs.INSTITUTION_NOUNS)
        )

    def _dateline(self, region: Region) -> bool:
        """True for a place opening a line before a date ("Norrhult, fredag den 4 mars 2016")."""
        after = region.after
        if region.before or len(region.words) > 2 or not after or not (after[0] in (",", "den") or after[0].isdigit()):
            return False
        iso = len(after) > 1 and len(after[0]) == 4 and after[0].isdigit() and after[1] == "-"  # "2022-05-17"
        if not (iso or any(a.casefold() in WEEKDAYS or a.casefold() in MONTHS for a in after[:3])):
            return False  # "Elin Davidsson, 24, …" is a person and her age
        lex = self.lex
        return not lex.is_first_name(region.words[0]) and all(
            w.casefold() not in lex.common
            and w not in NEVER_NAMES
            and w not in orgs.LEGAL_FORMS  # "Ekbo AB, 3 maj 2022" is a firm
            and not is_role(w)
            and not is_acronym(w)
            and not has_org_suffix(w)
            and not is_business_head(w)
            for w in region.words
        )

    def _name_word(self, w: str, opening: bool) -> bool:
        """A word that may follow a definite organisation noun as its name ("Sporttidningen Målet").

        An ordinary word counts only inside a sentence, where its capital letter marks a name
        (``opening``: the noun opens the sentence, perhaps a Title Case headline).
        """
        if w in _COMPASS or w in orgs.REGION_WORDS or strip_genitive(w) in self.lex.places:
            return True
        return self._names_with(w) and not has_org_suffix(w) and not (opening and w.casefold() in self.lex.common)

    def _names_with(self, w: str) -> bool:
        """True for a word that goes on an acronym's name ("SOS Alarm"): capitalised, no name or role."""
        lex = self.lex
        return (
            is_cap(w)
            and len(w) > 2
            and not w.isupper()
            and w not in NEVER_NAMES
            and w not in orgs.LEGAL_FORMS
            and not is_role(w)
            and not (lex.is_first_name(w) and w not in lex.places)
        )

    def _name_start(self, region: Region, words: list[str], taken: list[bool], k: int) -> int:
        """Where a name ending in the organisation word at ``k`` begins.

        Back over capitalised name words ("Skärgårdens Företagarförening", "Gästrike
        Vattentjänst"), a founder in the genitive included ("Erik Johanssons Åkeri"), not over
        a role or a field word before it ("Förbundsdirektör Ekeby Musikförbund"), a person
        ("Nora Lindahl Sjöviks Båtklubb", "Erik Stål"), a generic noun ("Kommunens"), or an
        ordinary word opening the sentence ("Grön Energi …").
        """
        lex = self.lex
        i = k
        while i > 0 and k - i < MAX_WORDS_BEFORE_HEAD:
            p = words[i - 1]
            if (
                taken[i - 1]
                or not is_cap(p)
                or p in NEVER_NAMES
                or p in orgs.LEGAL_FORMS
                or is_role(p)
                or (p.casefold().endswith(PROFESSION_ENDINGS) and p not in lex.surnames)
                or (lex.is_first_name(p) and p not in lex.places)
                or strip_genitive(p.casefold()) in orgs.GENERIC
            ):
                break
            opening = (i - 1 == 0 and region.initial) or title_case(words)
            if opening and p.casefold() in lex.common and not p.endswith("s"):
                break  # "Grön Energi …" opening a sentence, "… Och Hållbar Logistik" in a Title Case headline
            if i >= 2 and lex.is_first_name(words[i - 2]) and lex.is_surname(p):
                if p.endswith("s") and not taken[i - 2]:
                    i -= 2  # "Erik Johanssons Åkeri": a firm named after its founder
                    if i >= 2 and words[i - 1] == "och" and lex.is_first_name(words[i - 2]) and not taken[i - 2]:
                        i -= 2  # "Knut och Alice Wallenbergs Stiftelse"
                break
            i -= 1
        return i

    def _people(self, region: Region, words: list[str], taken: list[bool], add: Add, release: bool = False) -> None:
        lex = self.lex
        n = len(words)
        before = region.before
        cue_verb = bool(before) and before[-1].casefold() in PERSON_VERBS
        cue_role = bool(before) and is_role(before[-1])
        k = 0
        while k < n:
            if taken[k] or not is_cap(words[k]):
                k += 1
                continue
            context = (cue_verb or cue_role) if k == 0 else is_role(words[k - 1])
            first = lex.is_first_name(words[k])
            if not first:
                w = words[k]
                if (
                    context
                    and (cue_verb or lex.is_surname(w))
                    and not (is_acronym(w) or is_camel(w) or has_org_suffix(w) or is_role(w) or w in NEVER_NAMES)
                    # "säger Socialdemokraternas partiledare …": an owner, not a name
                    and not is_role(words[k + 1] if k + 1 < n else (region.after[0] if region.after else ""))
                    and w not in lex.places
                    and not w.casefold().endswith(_NOUN_ENDINGS)
                ):
                    # "säger Jönsson", "chefsåklagare Claeson": a surname alone after a cue.
                    add(Hit(k, k + 1, "PER", True, "context"))
                k += 1
                continue
            j = k + 1
            # More first names ("Karl Fredrik"), then particles and the surname part.
            while j < n and not taken[j] and lex.is_first_name(words[j]) and j + 1 < n and is_cap(words[j + 1]):
                if lex.is_surname(words[j]) and not (j + 1 < n and lex.is_surname(words[j + 1])):
                    break
                j += 1
            surname_known = False
            parts = 0
            while j < n and not taken[j] and parts < 3:
                w = words[j]
                if w in PARTICLES and j + 1 < n and is_cap(words[j + 1]):
                    j += 1
                    continue
                if (
                    not is_cap(w)
                    or w in NEVER_NAMES
                    or is_acronym(w)
                    or is_camel(w)
                    or (has_org_suffix(w) and not (release and self._double_surname(w)))
                    or is_role(w)
                    or w in orgs.ORG_WORDS
                    or w.casefold().endswith(_NOT_NAME_ENDINGS)
                ):
                    break
                known = lex.is_surname(w)
                if parts >= 1:
                    last = j == n - 1
                    # A second surname must look like one, or end the region ("Anna Strandh Proos,").
                    if not known and not (last and len(w) <= 12 and w not in lex.places and parts == 1):
                        break
                    if lex.is_first_name(w) and j + 1 < n and is_cap(words[j + 1]):
                        break  # the next person begins: "Per-Olof Sjöö Anette Vahlne"
                surname_known = surname_known or known
                parts += 1
                j += 1
            if parts == 0:
                if context and j == k + 1:
                    add(Hit(k, j, "PER", True, "context"))  # "säger Monika": a first name alone after a cue
                k += 1
                continue
            # A known first name and a known (or surname-shaped) surname is sure; with an unknown
            # word after it ("Milan Junior Camp") the model decides, the rules' guess is weak.
            sure = (first and surname_known) or context
            add(Hit(k, j, "PER", sure, "name"))
            k = j


def title_case(words: list[str]) -> bool:
    """True for the words of a Title Case headline: a capitalised function word inside the run."""
    return any(w in _TITLE_CASE_WORDS for w in words[1:])


def hits_at_o(hits: list[Hit], k: int) -> bool:
    """True when token ``k`` is covered by a sure non-entity hit (a descriptor, a never-name)."""
    return any(h.i <= k < h.j and h.label == "O" for h in hits)


def lex_party_letters() -> frozenset[str]:
    """Party abbreviations, for "(S)" after a name."""
    return orgs.party_letters()


def role_prep_cue(region: Region) -> bool:
    """True when the region follows "<role> <preposition>" ("presschef på X")."""
    b = region.before
    return len(b) >= 2 and b[-1] in ROLE_PREPOSITIONS and is_role(b[-2])


from collections.abc import Callable  # noqa: E402

Add = Callable[[Hit], None]
