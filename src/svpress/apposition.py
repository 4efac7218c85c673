"""Role and organisation from the words around a name.

"Anna Ek, vd för Kungsleden" · "Kungsledens vd Anna Ek" · "Anna Ek som är
ansvarig för näringsliv vid Region Dalarna" · "presschef Unionen": the role
is the run of role words, the organisation the capitalised name after a
preposition (för, i, på, vid, hos, inom) or right after the role, or a
genitive in front of the role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from svpress.lang.sv import orgshape, speech
from svpress.names import is_org_word, is_role_word, looks_like_person

_JOINERS = ("och", "i", "för", "&", "på", "de", "la", "von", "af", "vid", "hos", "inom", "till")
_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True, slots=True)
class RoleOrg:
    """A role and an organisation read from an apposition; either may be None."""

    role: str | None
    organisation: str | None


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    org = r"\p{Lu}[\p{L}\d&.'-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d&.'-]*|och|i|för|&|\p{Ll}+(?=[ \t]+\p{Lu}))){0,6}"
    return {
        # "… för/i/på/vid/hos X" with X capitalised, at the end of the apposition.
        "prep_org": regex.compile(rf"^(?P<role>.*?\S)[ \t]+(?:för|i|på|vid|hos|inom|at|of)[ \t]+(?P<org>{org})[ \t]*$"),
        # "Kungsledens vd", "Röda Korsets generalsekreterare": a genitive, then the role.
        "gen_role": regex.compile(
            r"^(?P<org>\p{Lu}[\p{L}\d&-]*(?:[ \t]+\p{Lu}[\p{L}\d&-]*){0,3}?)s[ \t]+(?P<role>\S.*)$"
        ),
        # Party letters "(S)", "(M)", "(KD)" are not part of a role.
        "party": regex.compile(r"\((?:S|M|C|L|V|MP|KD|SD|FP|FI|Mp|Kd|Sd|Fp|Fi)\)"),
        "som": regex.compile(r"^som[ \t]+(?:är|var|blir|arbetar som|jobbar som)?[ \t]*", regex.IGNORECASE),
    }


def is_board(word: str) -> bool:
    """True for a board, committee or management noun ("Styrelsens", "kommunstyrelsen"): not an organisation."""
    w = word.lower().rstrip("s")
    return w.endswith(orgshape.BOARD_ENDINGS)


def nominative(name: str) -> str:
    """Drop a genitive -s from an organisation name ("Kungsledens" → "Kungsleden")."""
    if name.endswith("s") and not name.endswith(("ss", "us", "is", "os", "as")) and len(name) > 3:
        return name[:-1]
    return name


def read_apposition(
    text: str,
    is_person: Callable[[str], bool] | None = None,
    mentioned: Callable[[str], bool] | None = None,
) -> RoleOrg:
    """Read role and organisation from apposition text (name already removed).

    ``is_person`` tells a person's name from an organisation's where the
    words alone cannot ("hos socialtjänstminister Camilla Waltersson Grönvall").
    ``mentioned`` says whether the rest of the release names a string: of the
    capitalised words after a role, the longest tail it names is the organisation ("Divisionschef
    Publika Fastigheter Kungsleden" → "Kungsleden").
    """
    pats = _patterns()
    t = pats["party"].sub(" ", text)
    t = " ".join(t.replace("(", " ").replace(")", " ").split()).strip(" ,.;:")
    t = pats["som"].sub("", t).strip(" ,")
    if not t or not _LETTER.search(t):
        return RoleOrg(None, None)
    m = pats["prep_org"].match(t)
    if m is not None and not looks_like_person(m.group("org")) and _has_role(m.group("role")):
        return RoleOrg(m.group("role").strip(" ,"), m.group("org").strip(" ,"))
    g = pats["gen_role"].match(t)
    if (
        g is not None
        and not is_board(g.group("org"))
        and _has_role(g.group("role"))
        and (g.group("role")[:1].islower() or g.group("role").split()[0] in speech.ROLE_ACRONYMS)
    ):
        return RoleOrg(g.group("role").strip(" ,"), g.group("org"))
    return _trailing_org(t, is_person, mentioned)


def _has_role(text: str) -> bool:
    words = text.split()
    return bool(words) and (any(is_role_word(w) for w in words) or words[0][:1].islower())


def _trailing_org(t: str, is_person: Callable[[str], bool] | None, mentioned: Callable[[str], bool] | None) -> RoleOrg:
    """Split "ordförande Region Dalarna" into role "ordförande" and organisation "Region Dalarna"."""
    words = t.split()
    last_role = max(
        (
            i
            for i, w in enumerate(words)
            if is_role_word(w) or (w[:1].islower() and not is_org_word(w) and w not in _JOINERS)
        ),
        default=-1,
    )
    if last_role < 0:
        # No role word: a bare capitalised run is an organisation ("Pergo AB Corporate Communications").
        if words[0][:1].isupper() and not looks_like_person(t):
            return RoleOrg(None, t)
        return RoleOrg(t, None)
    org_words = words[last_role + 1 :]
    role = " ".join(words[: last_role + 1])
    if not org_words:
        return RoleOrg(role, None)
    org = " ".join(org_words)
    # Right after a role word, capitalised words name the organisation ("VD
    # Vallviks Bruk"); a person there would follow a preposition ("hos …").
    if not org_words[0][:1].isupper() or any(
        w[:1].islower() and w not in _JOINERS and not is_org_word(w) for w in org_words
    ):
        return RoleOrg(t, None)
    if is_person is not None and is_person(org):
        return RoleOrg(t, None)
    if mentioned is not None:
        for i in range(len(org_words)):
            tail = " ".join(org_words[i:])
            if tail[:1].isupper() and mentioned(tail):
                return RoleOrg(" ".join(words[: last_role + 1 + i]), tail)
    # "hos/till minister Anna Ek": after such a preposition and a title, a person.
    if last_role >= 1 and words[last_role - 1] in ("hos", "till", "åt") and looks_like_person(org):
        return RoleOrg(t, None)
    return RoleOrg(role, org)
