"""Compose regions, rules and the tagger into entity spans over normalised text."""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple

from svpress.lang.sv import orgs
from svpress.lang.sv.names import NEVER_NAMES, NOT_POSSESSED, PARTICLES
from svpress.lang.sv.roles import is_role
from svpress.lang.sv.verbs import REPORTING_VERBS
from svpress.ner.lexicon import Lexicon, genitive, lexicon, strip_genitive
from svpress.ner.regions import Region, Tail, find_regions, is_sport_line, lower_words_after, tokens_of
from svpress.ner.rules import Hit, Rules
from svpress.ner.shapes import has_org_suffix
from svpress.ner.tagger import Tagger, packaged_model

Mode = Literal["rules", "model", "default"]
OUTPUT_LABELS = frozenset({"PER", "ORG", "LOC"})

_EDGE_WORDS = frozenset({"i", "för", "och", "på", "&", "of", "the", "and", "in", "for"})
_COMPASS_WORDS = frozenset({"Norra", "Södra", "Östra", "Västra", "Mellersta", "Övre", "Nedre", "Centrala", "Hela"})


class Found(NamedTuple):
    """An entity in normalised-text offsets; ``name`` is the nominative form.

    A named tuple: immutable, and built in a third of the time of a frozen dataclass.
    """

    label: str
    start: int
    end: int
    name: str
    source: str


class Engine:
    """The recogniser: one per process (see :func:`engine`)."""

    def __init__(self, lex: Lexicon, tagger: Tagger | None) -> None:
        self.lex = lex
        self.rules = Rules(lex)
        self.tagger = tagger
        self.tail = Tail(frozenset(lex.tail_words | {genitive(w) for w in lex.tail_words}), self._tail)

    def recognise(self, norm: str, mode: Mode = "default", *, release: bool = False) -> list[Found]:
        """Entities of ``norm`` in order of appearance.

        ``release`` applies the priors of press releases (see :meth:`_guard`); news and
        other running text are read without them.
        """
        if mode != "rules" and self.tagger is None:
            raise RuntimeError("the statistical model is not loaded")
        regions = find_regions(norm, self._ordinary, self.tail)
        per_region: list[tuple[Region, list[str], list[int], list[Hit]]] = []
        # Lone words after a title read as the employer ("vd Ekbo"): region index and token.
        employers: list[tuple[int, int]] = []
        sport_lines: dict[int, bool] = {}
        for region in regions:
            hits = self.rules.apply(region, release=release)
            n = len(region.tokens)
            owner = [-1] * n  # which hit decided each token (to keep adjacent hits apart)
            if mode == "rules" or self.tagger is None:
                # Rules alone: every hit, sure or weak, decides its tokens.
                final = ["O"] * n
                for h_index, h in enumerate(hits):
                    for k in range(h.i, h.j):
                        final[k] = h.label
                        owner[k] = h_index
                per_region.append((region, final, owner, hits))
                continue
            labels: list[str | None] = [None] * n
            if mode != "model":
                for h_index, h in enumerate(hits):
                    if h.sure:
                        for k in range(h.i, h.j):
                            labels[k] = h.label
                            owner[k] = h_index
            sport = False
            if None in labels:
                cached = sport_lines.get(region.line_start)
                if cached is None:
                    cached = is_sport_line(norm, region.line_start, region.line_end)
                    sport_lines[region.line_start] = cached
                sport = cached
            final = self.tagger.tag(region, hits, labels, sport=sport)
            for h_index, h in enumerate(hits):
                # Where the model agrees with a weak hit, the hit's edges stand: two people
                # side by side ("Anders Ferbe Lasse Ankarfjäll") stay two.
                if not h.sure and all(final[k] == h.label for k in range(h.i, h.j)):
                    for k in range(h.i, h.j):
                        owner[k] = h_index
            if mode == "default" and release and "PER" in final:  # the guard reads people only
                employers.extend((len(per_region), k) for k in self._guard(region, hits, labels, final))
                for h in hits:
                    # A place the gazetteer knows may be a club (ORG) but is not a person.
                    if h.label == "LOC" and not h.sure and final[h.i] == "PER":
                        for k in range(h.i, h.j):
                            final[k] = "LOC"
            per_region.append((region, final, owner, hits))
        if mode != "model":
            for r, (_region, _final, _owner, hits) in enumerate(per_region):
                for h in hits:
                    if h.rule == "cue" and not h.sure:
                        employers.append((r, h.i))
            self._propagate(per_region, employers, release=release)
            self._vote(per_region)
        if release:
            self._release_names(norm, per_region)
        out: list[Found] = []
        for region, final, owner, hits in per_region:
            out.extend(self._spans(region, final, owner, hits, mode=mode))
        return out

    def _propagate(
        self,
        per_region: list[tuple[Region, list[str], list[int], list[Hit]]],
        employers: list[tuple[int, int]],
        *,
        release: bool = False,
    ) -> None:
        """A word that is elsewhere the surname or first name of a found person is that person.

        That holds for a word read as the employer after a title too ("kommunalråd Yilmaz"
        in a release that names "Ali Yilmaz"). In a release, it holds for a word the model alone
        read as an organisation or a place ("tack till Nathalie"), and for the surnames of a
        name of three words or more ("Haugland Aas" of "Sindre Haugland Aas").
        """
        parts: set[str] = set()
        surnames: set[tuple[str, ...]] = set()
        for region, final, _owner, _hits in per_region:
            if "PER" not in final:
                continue
            words = region.words
            k = 0
            while k < len(final):
                if final[k] == "PER":
                    j = k
                    while j < len(final) and final[j] == "PER":
                        j += 1
                    if j - k >= 2:
                        parts.add(strip_genitive(words[j - 1]))
                        parts.add(words[k])
                    if j - k >= 3 and words[k + 1] not in PARTICLES:
                        surnames.add((*words[k + 1 : j - 1], strip_genitive(words[j - 1])))
                    k = j
                else:
                    k += 1
        if not parts:
            return
        if release and surnames:
            self._surnames(per_region, surnames)
        for r, k in employers:
            region, final = per_region[r][0], per_region[r][1]
            if final[k] == "ORG" and strip_genitive(region.words[k]) in parts:
                final[k] = "PER"
        # Speed: a word that is a part, or a part with a genitive -s; most regions hold none.
        candidates = parts | {p + "s" for p in parts}
        guessed = ("O", "ORG", "LOC") if release else ("O",)
        for region, final, owner, _hits in per_region:
            if candidates.isdisjoint(region.words):
                continue
            for k, w in enumerate(region.words):
                if (
                    final[k] not in guessed
                    or (final[k] != "O" and owner[k] >= 0)
                    or w in NEVER_NAMES
                    or (region.initial and k == 0 and w not in parts)
                ):
                    continue
                if w in parts or (strip_genitive(w) in parts and w not in self.lex.first_names):
                    neighbours = final[k - 1 : k] + final[k + 1 : k + 2]
                    if "PER" not in neighbours and "ORG" not in neighbours:
                        final[k] = "PER"

    @staticmethod
    def _surnames(
        per_region: list[tuple[Region, list[str], list[int], list[Hit]]], surnames: set[tuple[str, ...]]
    ) -> None:
        """The surnames of a person named in full, written alone ("Haugland Aas"), are that person."""
        longest = max(len(t) for t in surnames)
        for region, final, owner, hits in per_region:
            words = region.words
            n = len(words)
            if n < 2:
                continue
            for k in range(n - 1):
                if k and final[k - 1] == "PER":
                    continue
                for m in range(min(longest, n - k), 1, -1):
                    if (*words[k : k + m - 1], strip_genitive(words[k + m - 1])) in surnames and all(
                        final[x] != "PER" and (final[x] == "O" or owner[x] < 0 or not hits[owner[x]].sure)
                        for x in range(k, k + m)
                    ):
                        for x in range(k, k + m):
                            final[x] = "PER"
                            owner[x] = -1
                        break

    def _release_names(self, norm: str, per_region: list[tuple[Region, list[str], list[int], list[Hit]]]) -> None:
        """Press-release conventions over the labels of the whole text.

        - An organisation the model found, followed by a known place that ends the run, is named
          after it: a unit or a branch ("Smittskydd Värmland").
        - An unknown capitalised word between two organisations of a list ("Tallviks Bygg, Ekmora
          och Fjällvik Trä") is one too, and so is one joined by "och" to an organisation ("Ekmora och
          Fjällvik Trä", "Tallviks Bygg och Ekmora").
        - One unknown word after a nationality adjective is an organisation ("danska Vestas").
        - An unsure organisation followed by a model number is a product ("Tallvik Termo 2 finns …").
        """
        for r, (region, final, owner, hits) in enumerate(per_region):
            words = region.words
            n = len(words)
            if n > 1 and ("LOC" in final or ("O" in final and "ORG" in final)):
                self._branch(region, final, owner, hits)
            if region.start > 1 and norm[region.start - 2 : region.start] == ", " and final[0] != "ORG":
                self._list_item(norm, per_region, r)
            if n > 2 and "ORG" in final and ("och" in words or "samt" in words):
                self._coordinated(region, final, owner, hits)
            if (
                n == 1
                and final[0] != "ORG"
                and region.before
                and region.before[-1] in orgs.NATIONALITY_ADJECTIVES
                and (owner[0] < 0 or not hits[owner[0]].sure)
                and "-" not in words[0]  # "norska OBOS-ligaen": a thing named after a name
                and self._unknown_word(words[0])
            ):
                final[0] = "ORG"  # "danska Vestas", "finska Ateneum": a firm or an institution of that country
            if "ORG" in final and region.after[:1] and region.after[0].isdigit() and len(region.after[0]) <= 2:
                self._product(region, final, owner, hits)

    def _branch(self, region: Region, final: list[str], owner: list[int], hits: list[Hit]) -> None:
        """A known place in a run with an unsure organisation name is part of that name.

        After it, ending the run, the place names a unit or a branch ("Smittskydd Värmland",
        "Destination Dalarna": a capitalised word mid-sentence before a place is such a name too);
        before it, the place opens the name ("Uppsala Stadsmission").
        """
        lex = self.lex
        words = region.words
        n = len(words)
        folded: list[str] = []

        def place_at(i: int, j: int) -> bool:
            if words[i].casefold() not in lex.lengths:
                return False
            if not folded:
                folded.extend(w.casefold() for w in words)
            m = lex.match(folded, i)
            return m is not None and m[0] == j - i and m[1].label == "LOC"

        def unsure(k: int) -> bool:
            return owner[k] < 0 or not hits[owner[k]].sure

        k = 0
        while k < n:
            label = final[k]
            if label != "LOC" and not (label == "ORG" and k and final[k - 1] == "O"):
                k += 1
                continue
            j = k
            while j < n and final[j] == label:
                j += 1
            if k and (j == n or not words[j][:1].isupper()) and unsure(k - 1):
                left = final[k - 1]
                name_word = (
                    left == "O"
                    and (k - 1 > 0 or not region.initial)
                    and (k - 1 == 0 or not words[k - 2][:1].isupper())
                    and self._unit_word(words[k - 1])
                )
                if ((left == "ORG" and label == "LOC") or name_word) and place_at(k, j):
                    if name_word:
                        final[k - 1] = "ORG"
                    for x in range(k, j):
                        final[x] = "ORG"
                        owner[x] = owner[k - 1]
            elif (
                label == "LOC"
                and j < n
                and final[j] == "ORG"
                and unsure(j)
                and (k == 0 or not words[k - 1][:1].isupper())
                and place_at(k, j)
            ):
                for x in range(k, j):
                    final[x] = "ORG"
                    owner[x] = owner[j]
            k = j

    def _unit_word(self, w: str) -> bool:
        """A capitalised word that may name a unit before its area: no person, role, or compass word."""
        lex = self.lex
        return (
            w[:1].isupper()
            and len(w) > 2
            and not w.isupper()
            and w not in NEVER_NAMES
            and not lex.is_first_name(w)
            and not lex.is_surname(w)
            and not is_role(w)
            and w not in orgs.REGION_WORDS
            and w not in _COMPASS_WORDS
            and w not in lex.places
        )

    def _list_item(self, norm: str, per_region: list[tuple[Region, list[str], list[int], list[Hit]]], r: int) -> None:
        """The first word of region ``r``, after ", ", is an organisation between two in a list."""
        region, final, owner, hits = per_region[r]
        before = per_region[r - 1] if r else None
        if before is None or before[0].end != region.start - 2 or before[1][-1] != "ORG":
            return
        words = region.words
        n = len(words)
        if not self._unknown_word(words[0]) or (owner[0] >= 0 and hits[owner[0]].sure):
            return
        if n > 1:
            right = n > 2 and words[1] in ("och", "samt") and final[2] == "ORG"
        else:
            after = per_region[r + 1] if r + 1 < len(per_region) else None
            right = (
                after is not None
                and norm[region.end : after[0].start] in (", ", " och ", " samt ")
                and after[1][0] == "ORG"
            )
        if right:
            final[0] = "ORG"

    def _unknown_word(self, w: str) -> bool:
        """A capitalised word that is no ordinary word, first name, place, role or never-name ("Ekmora")."""
        lex = self.lex
        return (
            w[:1].isupper()
            and len(w) > 2
            and w not in NEVER_NAMES
            and w.casefold() not in lex.common
            and not lex.is_first_name(w)
            and w not in lex.places
            and not is_role(w)
        )

    def _coordinated(self, region: Region, final: list[str], owner: list[int], hits: list[Hit]) -> None:
        """One unknown capitalised word joined by "och" to an organisation is one too ("Ekmora och Tallbo AB").

        The organisation must be one by its shape or a known name of more words: a known one-word name may
        be something else ("Nissan och Ätran" are rivers).
        """
        words = region.words
        n = len(words)
        for k in range(1, n - 1):
            if words[k] not in ("och", "samt"):
                continue
            for t, other in ((k + 1, k - 1), (k - 1, k + 1)):
                alone = (t == 0 or not words[t - 1][:1].isupper()) and (t + 1 == n or not words[t + 1][:1].isupper())
                h = hits[owner[other]] if owner[other] >= 0 else None
                if (
                    alone
                    and final[other] == "ORG"
                    # an organisation by its shape or a name of more words ("Nissan och Ätran" are rivers)
                    and h is not None
                    and h.label == "ORG"
                    and (h.rule != "gazetteer" or h.j - h.i > 1)
                    and final[t] != "ORG"
                    and (owner[t] < 0 or not hits[owner[t]].sure)
                    and self._unknown_word(words[t])
                ):
                    final[t] = "ORG"
                    owner[t] = -1

    @staticmethod
    def _product(region: Region, final: list[str], owner: list[int], hits: list[Hit]) -> None:
        """An unsure organisation that ends the run before a model number is a product ("Termo 2 finns")."""
        after = region.after
        if len(after) < 2 or not after[1][:1].islower() or after[1] in NOT_POSSESSED:
            return
        n = len(final)
        if final[n - 1] != "ORG" or (owner[n - 1] >= 0 and hits[owner[n - 1]].sure):
            return
        k = n - 1
        while k >= 0 and final[k] == "ORG" and (owner[k] < 0 or not hits[owner[k]].sure):
            final[k] = "O"
            k -= 1

    def _tail(self, norm: str, start: int, end: int) -> int:
        """The end of a region moved over the lower-case words that complete a known name."""
        following = lower_words_after(norm, end)
        if not following:
            return end
        m = self.lex.tail(tokens_of(norm[start:end]), following)
        if m:
            return following[m - 1][1]
        word = following[0][0]
        if norm.endswith(orgs.STATE_GENITIVES, start, end) and self._agency_noun(word):
            return following[0][1]  # "Statens vegvesen": a state's agency named by a noun
        return end

    @staticmethod
    def _agency_noun(w: str) -> bool:
        """A lower-case noun that names an agency after "Statens" ("vegvesen"), not what it has ("stöd")."""
        return len(w) > 3 and w.endswith(orgs.STATE_AGENCY_ENDINGS)

    def _ordinary(self, w: str) -> bool:
        """An ordinary word ("Syftet", "Förnyelse"): seen in lower case, no name, no gazetteer entry."""
        lex = self.lex
        f = w.casefold()
        return f in lex.common and f not in lex.lengths and not lex.is_first_name(w) and not w.isupper()

    def _guard(self, region: Region, hits: list[Hit], fixed: list[str | None], final: list[str]) -> list[int]:
        """Release prior: a person the model alone proposes needs a known name or a cue.

        The model, trained on news, calls most pairs of capitalised words a person; in a
        release a person nearly always has a known first name or surname, or stands after
        a reporting verb or a title. Without one, a run of unknown capitalised words stays an
        organisation ("Triple Steelix") and anything else is no person ("Head of Investor").
        Returns the tokens read as an employer after a title ("vd Ekbo").
        """
        employers: list[int] = []
        n = len(final)
        k = 0
        while k < n:
            if final[k] != "PER" or fixed[k] is not None:
                k += 1
                continue
            j = k
            while j < n and final[j] == "PER" and fixed[j] is None:
                j += 1
            words = region.words[k:j]
            cue = (region.words[k - 1] if k else (region.before[-1] if region.before else "")).casefold()
            after = region.after[:2] if j == n else region.words[j : j + 2]
            # Two or more words need a known first name first, or a surname last that is no ordinary
            # word ("Hansove Johansson"; "Nordvik Stål" is a firm, although "Stål" is a surname too);
            # one word a known first name or surname.
            lex = self.lex
            if len(words) > 1:
                last = strip_genitive(words[-1])
                named = lex.is_first_name(words[0]) or (lex.is_surname(last) and last.casefold() not in lex.common)
                if named and last.rpartition("-")[2].islower():
                    named = False  # "Carl Larsson-gården", "Astrid Lindgren-priset": a thing named after a person
            else:
                named = lex.is_first_name(words[0]) or lex.is_surname(words[0])
            role_cue = is_role(cue)
            if (
                len(words) == 1
                and k
                and final[k - 1] == "ORG"
                and fixed[k - 1] is None
                and any(h.rule == "run" and h.i < k < h.j for h in hits)
            ):
                named = False  # "Brunnsvik Grund": the last word of a run of unknown words goes with it
            if not (
                named
                or cue in REPORTING_VERBS
                or (role_cue and len(words) > 1)
                or (len(after) == 2 and after[0] == "," and is_role(after[1]))
            ):
                # "Anna Ek, vd Ekbo": one unknown word after a title is the employer.
                employer = role_cue and not lex.is_common_compound(words[0])
                run = employer or any(h.rule == "run" and h.i == k and h.j == j for h in hits)
                for m in range(k, j):
                    final[m] = "ORG" if run else "O"
                if employer:
                    employers.append(k)
            k = j
        return employers

    def _vote(self, per_region: list[tuple[Region, list[str], list[int], list[Hit]]]) -> None:
        """A lone word the rules are sure of elsewhere in the text gets that label where the model guessed."""
        sure: dict[str, str] = {}
        for region, _final, _owner, hits in per_region:
            for h in hits:
                if h.sure and h.j == h.i + 1 and h.label in OUTPUT_LABELS:
                    sure.setdefault(strip_genitive(region.words[h.i]), h.label)
        if not sure:
            return
        candidates = sure.keys() | {w + "s" for w in sure}  # the words or their genitives (speed)
        for region, final, owner, _hits in per_region:
            words = region.words
            if candidates.isdisjoint(words):
                continue
            for k, label in enumerate(final):
                if owner[k] >= 0 or label not in OUTPUT_LABELS:
                    continue
                alone = (k == 0 or final[k - 1] != label) and (k + 1 == len(final) or final[k + 1] != label)
                want = sure.get(strip_genitive(words[k]))
                if alone and want is not None and want != label:
                    final[k] = want

    def _spans(self, region: Region, final: list[str], owner: list[int], hits: list[Hit], *, mode: Mode) -> list[Found]:
        out: list[Found] = []
        if "PER" not in final and "ORG" not in final and "LOC" not in final:
            return out  # most regions name nothing; three list probes cost less than the loop
        toks = region.tokens
        k = 0
        n = len(toks)
        while k < n:
            label = final[k]
            if label not in OUTPUT_LABELS:
                k += 1
                continue
            j = k + 1
            while j < n and final[j] == label and owner[j] == owner[j - 1]:
                j += 1
            i0, j0 = k, j
            while i0 < j0 and (toks[i0][0] in _EDGE_WORDS or (label != "PER" and toks[i0][0] in PARTICLES)):
                i0 += 1
            while j0 > i0 and (toks[j0 - 1][0] in _EDGE_WORDS or toks[j0 - 1][0][-1] == "-"):
                j0 -= 1  # "Kultur-" of "Kultur- och fritidsnämnden": the first part of a pair is no name
            if j0 > i0 and not toks[i0][0][:1].isalnum() and not any(toks[k][0][:1].isalnum() for k in range(i0, j0)):
                j0 = i0  # only brackets or signs ("(publ)" alone): no name
            if j0 > i0:
                words = region.words[i0:j0]
                start, end = toks[i0][1], toks[j0 - 1][2]
                after = toks[j0][0] if j0 < n else (region.after[0] if region.after else "")
                hit = hits[owner[i0]] if owner[i0] >= 0 else None
                name = self._name(label, words, after, hit)
                if hit is not None and hit.i == i0 and hit.j == j0:
                    source = "gazetteer" if hit.rule == "gazetteer" else "rules"
                else:
                    source = "model" if mode != "rules" else "rules"
                out.append(Found(label, start, end, name, source))
            k = j
        return out

    def nominative(self, label: str, words: list[str], after: str) -> str:
        """The nominative form of a mention ("Region Dalarnas" → "Region Dalarna"; "Mats" stays)."""
        return self._name(label, words, after, None)

    def _name(self, label: str, words: list[str], after: str, hit: Hit | None) -> str:
        """The nominative form: a genitive -s is removed where the words show one."""
        if words[-1] == "(publ)" and len(words) > 1:
            words = words[:-1]
        last = words[-1]
        text = " ".join(words)
        if not last.endswith("s") or last.endswith(("ss", "x", "z")) or len(last) < 3:
            return text
        if not after[:1].isalpha():
            return text  # a genitive is followed by what it owns, never by punctuation
        stem = strip_genitive(last)
        lex = self.lex
        if label == "PER":
            whole_known = lex.is_first_name(last) or last in lex.surnames
            # The last word of a full name is a surname: "Ingegerd Bills" is not "Bill"'s.
            stem_known = stem in lex.surnames or (len(words) == 1 and lex.is_first_name(stem))
            if stem_known and not whole_known:
                return " ".join([*words[:-1], stem])
            if not whole_known and after[:1].islower() and after not in NOT_POSSESSED:
                return " ".join([*words[:-1], stem])
            return text
        key = tuple(w.casefold() for w in [*words[:-1], stem])
        ph = lex.phrases.get(key)
        if ph is not None and not ph.genitive:
            return " ".join([*words[:-1], stem])
        if tuple(w.casefold() for w in words) in lex.phrases:
            return text
        if (
            has_org_suffix(stem)
            or stem.casefold().endswith(("en", "et"))
            or stem in lex.places
            or (len(words) > 1 and stem in orgs.BUSINESS_HEADS)  # "Fjällvind Krafts största"
            # "Region Västmarks vårdcentraler": a county's name never ends in -s of its own.
            or (len(words) == 2 and words[0] in orgs.COUNTY_PREFIXES and after[:1].islower())
        ):
            return " ".join([*words[:-1], stem])
        # Otherwise the -s stays ("Rottneros offentliggör"); resolution folds "Mofasts" into a
        # "Mofast" printed elsewhere in the same text.
        return text


@cache
def engine(with_model: bool = True) -> Engine:
    """The process-wide engine; the model is loaded on first use."""
    lex = lexicon()
    tagger = Tagger(packaged_model()[0], lex, packaged_model()[1]) if with_model else None
    return Engine(lex, tagger)
