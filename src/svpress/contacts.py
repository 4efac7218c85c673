"""Contact sections → Contact entries (name, role, organisation, phones, e-mails).

An entry is a person (or a function such as "Presstjänsten") with the
phones and e-mail addresses printed with it. Entries are one per line
("Anna Ek, presschef, 070-…"), one per paragraph (name, role, phone and
e-mail on lines of their own), or several on one line, split after a
phone number or e-mail when a new name follows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TypeVar

import regex

from svpress.apposition import nominative, read_apposition
from svpress.lang.sv import roles
from svpress.lang.sv.util import alternation
from svpress.lines import Line
from svpress.model import Contact, Email, Phone, Section
from svpress.names import NameIndex, is_function, is_org_word, is_role_word, looks_like_person
from svpress.rx import lower_view
from svpress.text import Text

CONTEXT_WINDOW = 20_000
"""Characters around an entry searched for the organisation it names (about one release)."""

MAX_TOPIC_WORDS = 6
"""A topic prefix ("Frågor om rapporten:") before a contact is short."""

MAX_ENTRY_CHARS = 400
"""An entry longer than this is not a contact entry but prose."""

_T = TypeVar("_T", Phone, Email)
_LABEL_WORDS = r"(?:press|media|medie)?kontakt(?:person)?(?:er)?|presstalesperson|talesperson|contacts?"
_LABEL_LINE = regex.compile(_LABEL_WORDS, regex.IGNORECASE)
_LINE = regex.compile(r"[^\n]+")
_TOPIC_PREFIX = regex.compile(r"[^\n:@\d]{3,60}:[ \t]*(?=\p{Lu})")
# Prepositions before a role and a name that make the name someone else's:
# "Politiskt sakkunnig hos landsbygdsminister Jonas Hedlund".
_NOT_OWN_NAME = ("hos", "till", "åt", "för", "med", "under")
_ADDRESS_PART = regex.compile(
    r"\borg\.?\s?nr\b|\borganisationsnummer\b|^\d{3}\s?\d{2}\s+\p{Lu}|^(?:SE-?)?\d{3}\s?\d{2}$|^box\s+\d"
    r"|\p{L}(?:vägen|gatan|gränd|torg|torget|backe|backen|allé|stigen|platsen|kajen)\s+\d",
    regex.IGNORECASE,
)
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
# What follows a phone or address when a new entry starts: "…, Bo Lind", "… / Bo Lind", "… och Bo Lind".
_NEXT_CAPITAL = regex.compile(r"[ \t]*[.,;/|·•]?[ \t]*(?:(?:och|samt)[ \t]+)?(?P<w>\p{Lu}[\p{L}-]*)")
_LETTER = regex.compile(r"\p{L}")
_REMARK = regex.compile(r"\([^()\n]{1,120}\)")
# Card labels and sub-headings on lines of their own, blanked before an entry is read.
_SKIPPED_LINES = regex.compile(rf"(?m)^[ \t]*(?:(?:{_LABEL_WORDS})[ \t]*|[^\n]*:[ \t]*)$", regex.IGNORECASE)
_BULLETS = " \t-–•*·"
# "Mediejour: 08-…", "Press: press@…": a label and a colon before a phone or an address.
_FUNCTION_LABEL = regex.compile(r"[ \t\-–•*]*(?P<fn>\p{L}[\p{L} ]{0,30}?)[ \t]*:[ \t]*(?=[+(\d]|[^\s@,;]+@)")
_TABLE_SPLIT = regex.compile(r"[\s|]+")


@dataclass(slots=True)
class _Chunk:
    start: int  # normalised offsets
    end: int
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    org: str | None = None  # from a sub-heading above the entry ("Visita:")


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    labels = alternation(roles.CONTACT_LABELS)
    return {
        "label": regex.compile(rf"(?<![\p{{L}}]){labels}\.?[ \t]*:?(?![\p{{L}}])", regex.IGNORECASE),
        "email_to": regex.compile(r"\be-?post(?:adress)?\s+till\s+[^\n,]+", regex.IGNORECASE),
        "party": regex.compile(r"\((?:S|M|C|L|V|MP|KD|SD|FP|Mp|Kd|Sd|Fp|KD)\)"),
        # Commas, dashes, bars … and the wide gaps between the columns of a table.
        "sep": regex.compile(r"[ \t]*(?:,|;|\n|[ \t]–[ \t]|[ \t]-[ \t]|\||·|•|/(?=[ \t]))[ \t]*|[ \t]{3,}|\t[ \t]*"),
        # "Saabs presscenter": an organisation in the genitive, then a function.
        "gen_function": regex.compile(
            r"^(?P<org>\p{Lu}[\p{L}\d&.-]*(?:[ \t]\p{Lu}[\p{L}\d&.-]*){0,3}?):?s[ \t]+(?P<fn>\S.*)$"
        ),
        # "kommundirektör Linda Ek": a role in front of a name.
        "lead_role": regex.compile(
            r"^(?P<role>(?:\p{Ll}[\p{L}:.-]*[ \t]+|(?:VD|vd|CEO|CFO|KSO)[ \t]+)+)(?P<rest>\p{Lu}.*)$"
        ),
    }


def find_contacts(
    text: Text,
    lines: Sequence[Line],
    sections: Sequence[Section],
    phones: Sequence[Phone],
    emails: Sequence[Email],
    names: NameIndex,
) -> list[Contact]:
    """Return the entries of every contact section, merged by person name."""
    out: list[Contact] = []
    # Where each heading's own words end. A heading that names a function
    # ("Presstjänsten, 08-…") is itself the first entry: nothing is skipped.
    heading_ends = {
        ln.start: ln.heading_end
        for ln in lines
        if ln.kind == "contact"
        and ln.heading_end > 0
        and not is_function(text.norm[ln.start : ln.heading_end].strip(" :;,.-–"))
    }
    for sec in sections:
        if sec.kind != "contacts":
            continue
        start = heading_ends.get(sec.start, sec.start)
        # A role as the heading ("Pressansvarig: 090-…") is the role of a first entry that names no one.
        heading = text.norm[sec.start : start].strip(" :;,.-–\t")
        heading_role = heading if start > sec.start and " " not in heading and is_role_word(heading) else None
        for k, chunk in enumerate(_chunks(text, start, sec.end, phones, emails, names)):
            c = _parse_entry(text, chunk, names, heading_role if k == 0 else None)
            if c is not None:
                out.append(c)
    return _merge(out)


def _in_span(items: Sequence[_T], text: Text, start: int, end: int) -> list[_T]:
    """The phones or e-mails (sorted by start) whose raw span lies in the normalised ``[start, end)``."""
    a, b = text.span(start, end)
    i = bisect_left(items, a, key=lambda x: x.start)
    out = []
    while i < len(items) and items[i].start < b:
        if items[i].end <= b:
            out.append(items[i])
        i += 1
    return out


def _chunks(
    text: Text, start: int, end: int, phones: Sequence[Phone], emails: Sequence[Email], names: NameIndex
) -> list[_Chunk]:
    """Cut a contact section into entries."""
    norm = text.norm
    # Candidate entry boundaries: line breaks, and the end of a phone or e-mail
    # that is followed by more words on the same line.
    pieces: list[tuple[int, int]] = []
    for m in _LINE.finditer(norm[start:end]):
        line = m.group()
        stripped = line.lstrip()
        if not stripped.strip():
            continue
        a = start + m.start() + len(line) - len(stripped)
        # "Frågor om analysen: Anna Ek, …": the topic before the colon names no one.
        topic = _TOPIC_PREFIX.match(stripped)
        if topic is not None and len(topic.group().split()) <= MAX_TOPIC_WORDS:
            a += topic.end()
        pieces.append((a, start + m.end()))
    chunks: list[_Chunk] = []
    heading_org: str | None = None
    for a, b in pieces:
        line = norm[a:b].strip()
        # Sub-headings ("Frågor om läget i länet:") and card labels ("Presskontakt") name no one,
        # but a sub-heading that is a name ("Visita:") is the organisation of the entries below it.
        # A table's caption row ("Namn  Roll  Telefon") comes before any entry.
        if line.endswith(":") or _LABEL_LINE.fullmatch(line) or (not chunks and _table_captions(line)):
            if line.endswith(":"):
                heading_org = _org_heading(line[:-1].strip())
            continue
        for k, (sa, sb) in enumerate(_split_line(text, a, b, phones, emails)):
            piece_text = norm[sa:sb].strip(" \t,.;")
            if not piece_text:
                continue
            start_kind = _starts_entry(text, sa, sb, names)
            cur = chunks[-1] if chunks else None
            ph = _in_span(phones, text, sa, sb)
            em = _in_span(emails, text, sa, sb)
            # A name at the start of a piece opens a new entry once the current one has
            # a name; a name after role words ("kommunikatör Jesper Lindau") only once
            # the current entry is complete with a phone or e-mail. A line of its own with
            # a phone or e-mail, after an entry that has one, is the next entry when it
            # opens with a word that is no contact label ("Kansliet: 031-…", "Ekby IF,
            # växel 031-…"), not the same one's second number ("Mobil: 070-…").
            new_entry = cur is not None and (
                (start_kind == "strong" and _has_identity(text, cur, names))
                or (start_kind == "weak" and bool(cur.phones or cur.emails))
                or (k == 0 and bool(ph or em) and bool(cur.phones or cur.emails) and _opens_entry_line(piece_text))
            )
            if cur is None or new_entry or _blank_between(norm, cur.end, sa):
                chunks.append(_Chunk(sa, sb, ph, em, heading_org))
            else:
                cur.end = sb
                cur.phones.extend(ph)
                cur.emails.extend(em)
    return chunks


def _opens_entry_line(line: str) -> bool:
    """Whether a contact line opens with a capitalised word that is no contact label ("Kansliet:", "Ekby IF,")."""
    first = line.lstrip(_BULLETS).split(None, 1)
    if not first:
        return False
    word = first[0].strip(".,:;()")
    return word[:1].isupper() and word.lower() not in roles.CONTACT_LABELS


def _table_captions(line: str) -> bool:
    """A contact table's caption row ("Namn   Roll   Telefon   E-post")."""
    first = line.lstrip("| \t").split(None, 1)
    if not first or first[0].lower().strip(":|") not in roles.TABLE_CAPTIONS:
        return False  # (most lines: the first word already tells)
    words = [w for w in _TABLE_SPLIT.split(line.lower()) if w]
    return len(words) >= 2 and all(w.strip(":") in roles.TABLE_CAPTIONS for w in words)


def _function_label(text: Text, a: int, b: int) -> str | None:
    """The function a line opens with before its phone or address ("Mediejour: 08-…" → "Mediejour"), or None."""
    if text.norm.find(":", a, b) < 0:
        return None
    m = _FUNCTION_LABEL.match(text.norm, a, b)
    if m is None:
        return None
    fn = " ".join(m.group("fn").split())
    if is_function(fn) or fn.lower() in roles.FUNCTION_LABELS:
        return fn
    gen = _patterns()["gen_function"].match(fn)
    return fn if gen is not None and is_function(gen.group("fn")) else None


def _org_heading(words: str) -> str | None:
    """The organisation a sub-heading names ("Visita", "Region Ekby"), or None ("Frågor om rapporten")."""
    ws = words.split()
    if not ws or len(ws) > MAX_TOPIC_WORDS or not ws[0][:1].isupper() or _LABEL_LINE.fullmatch(words):
        return None
    if any(w[:1].islower() and not is_org_word(w) and w not in ("och", "i", "för", "&") for w in ws):
        return None
    return " ".join(ws)


def _blank_between(norm: str, a: int, b: int) -> bool:
    return bool(_BLANK_LINE.search(norm, a, b))


def _split_line(text: Text, a: int, b: int, phones: Sequence[Phone], emails: Sequence[Email]) -> list[tuple[int, int]]:
    """Split one line after each phone/e-mail that is followed by a new name or organisation."""
    found: list[Phone | Email] = [*_in_span(phones, text, a, b), *_in_span(emails, text, a, b)]
    ends = sorted(text.from_raw(x.end - 1) + 1 for x in found)
    out = []
    cur = a
    label = _patterns()["label"]
    for e in ends:
        if e >= b:
            break
        tail = text.norm[e:b]
        nxt = _NEXT_CAPITAL.match(tail)
        if nxt is None:
            continue
        word = nxt.group("w")
        if label.fullmatch(word) or word.lower() in roles.CONTACT_LABELS:
            continue
        out.append((cur, e))
        cur = e + nxt.start("w")  # the next entry starts at its name, after any "och"
    out.append((cur, b))
    return out


def _starts_entry(text: Text, a: int, b: int, names: NameIndex) -> str | None:
    """Whether this piece begins a new entry.

    "strong" when it opens with a person or a function, "weak" when a person
    follows role words, else None.
    """
    if _function_label(text, a, b) is not None:
        return "strong"
    parts = _parts(text.norm[a:b])[:3]
    weak = False
    for off, part in parts:
        pa = a + off
        for ps, _ in names.persons_in(pa, pa + len(part)):
            before = text.norm[pa:ps].split()
            # A name after capitalised words only ("GS Anna Ek") is the entry's own; after
            # role words it may be ("kommunikatör Jesper Lindau") or may not be
            # ("sakkunnig hos minister Jonas Ek").
            if not any(w[:1].islower() for w in before):
                return "strong"
            if not any(w in _NOT_OWN_NAME for w in before):
                weak = True
    gen = _patterns()["gen_function"]
    for _, raw_part in parts:
        part = _patterns()["party"].sub("", raw_part).strip(_BULLETS)
        if looks_like_person(part) or is_function(part):
            return "strong"
        m = gen.match(part)
        if m is not None and is_function(m.group("fn")):
            return "strong"
    return "weak" if weak else None


def _has_identity(text: Text, chunk: _Chunk, names: NameIndex) -> bool:
    """Whether a chunk already names someone (so that a new name starts a new entry)."""
    for _, part in _parts(text.norm[chunk.start : chunk.end]):
        if looks_like_person(part) or is_function(part):
            return True
    return bool(names.persons_in(chunk.start, chunk.end)) or bool(chunk.phones or chunk.emails)


def _parts(s: str) -> list[tuple[int, str]]:
    """Split an entry into its comma/dash/line separated parts, with their offsets."""
    pats = _patterns()
    out = []
    pos = 0
    for m in pats["sep"].finditer(s):
        if m.start() > pos:
            out.append((pos, s[pos : m.start()].strip()))
        pos = m.end()
    if pos < len(s):
        out.append((pos, s[pos:].strip()))
    return [(o, p) for o, p in out if p]


def _blank(m: regex.Match[str]) -> str:
    return " " * len(m.group())


def _strip_contact_details(text: Text, chunk: _Chunk) -> str:
    """The entry text with phones, e-mails, labels and party letters blanked out (offsets kept)."""
    blank = _blank
    out = _SKIPPED_LINES.sub(blank, text.norm[chunk.start : chunk.end])
    s = list(out)
    found: list[Phone | Email] = [*chunk.phones, *chunk.emails]
    for x in found:
        na, nb = text.from_raw(x.start) - chunk.start, text.from_raw(x.end - 1) + 1 - chunk.start
        for i in range(max(0, na), min(len(s), nb)):
            s[i] = " "
    out = "".join(s)
    pats = _patterns()
    # A party letter "(M)" separates a name from what follows it; other remarks in
    # brackets ("(öppet dygnet runt …)", "(English only)") are no part of a name or role.
    out = pats["party"].sub(lambda m: "," + " " * (len(m.group()) - 1), out)
    out = _REMARK.sub(blank, out)
    for pat in (pats["email_to"], pats["label"]):
        out = pat.sub(blank, out)
    return out


def _parse_entry(text: Text, chunk: _Chunk, names: NameIndex, heading_role: str | None = None) -> Contact | None:
    if chunk.end - chunk.start > MAX_ENTRY_CHARS and not chunk.phones and not chunk.emails:
        return None
    desc = _strip_contact_details(text, chunk)
    name: str | None = None
    role: str | None = None
    org: str | None = None
    address = False
    for off, raw_part in _parts(desc):
        part = raw_part.strip(" .:;()").lstrip(_BULLETS)
        if not part or not _LETTER.search(part):
            continue
        if all(w.lower() in roles.CONTACT_CONNECTORS for w in part.split()):
            continue
        if _ADDRESS_PART.search(part):
            address = True
            continue  # "org.nr 556…", "Bruksvägen 9", "762 91 Rånäs": an address, not a name or role
        a = chunk.start + off
        kind, value, extra = _classify_part(text, a, a + len(part), part, names, have_name=name is not None)
        if kind == "name" and name is None:
            name = value
            if extra and role is None:
                role = extra
        elif kind == "function":
            org = org or extra
            role = role or value
        elif kind == "org" and org is None:
            org = value
        elif kind == "role":
            if role is None:
                role = value
                if extra and org is None:
                    org = extra
            elif extra and org is None:
                org = extra
        elif kind == "org_person" and name is None:
            org = org or extra
            name = value
        elif kind == "role_org_person" and name is None and extra:
            name = value
            r_part, o_part = extra.split("\t", 1)
            role = role or r_part
            org = org or o_part or None
    org = org or chunk.org
    if name is None and address:
        return None  # a letterhead ("Ekbo museum · Storgatan 1 · 451 19 Ekby · Växel …"), not a contact
    # Without a person, an entry needs a way to reach someone: a bare
    # organisation or role line ("Facken inom industrin") is not a contact.
    if name is None and not (chunk.phones or chunk.emails):
        return None
    if name is None and org is None and role is None:
        # "Växel: 08-…": the label, blanked as a phone label above, names the function.
        role = _function_label(text, chunk.start, chunk.end) or heading_role
        if role is None:
            return None
    a, b = text.span(chunk.start, chunk.end)
    return Contact(
        name=name,
        start=a,
        end=b,
        raw=text.raw[a:b],
        role=role,
        organisation=org,
        phones=tuple(chunk.phones),
        emails=tuple(chunk.emails),
    )


def _classify_part(
    text: Text, a: int, b: int, part: str, names: NameIndex, *, have_name: bool
) -> tuple[str, str, str | None]:
    """What one part of an entry is: ("name"|"role"|"org"|"function"|"org_person", value, extra)."""
    pats = _patterns()
    if is_function(part) or part.lower() in roles.FUNCTION_LABELS:
        return "function", " ".join(part.split()), None
    gen = pats["gen_function"].match(part)
    if gen is not None and is_function(gen.group("fn")):
        return "function", gen.group("fn").strip(), gen.group("org")
    words = part.split()
    for k in (2, 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if rest[:1].isupper() and is_function(head):
            return "function", head, rest  # "Presstjänst Kustlinjen", "Press office VTI"
    if not have_name:
        if names.is_person(text, a, b) or looks_like_person(part):
            return "name", " ".join(part.split()), None
        persons = names.persons_in(a, b)
        if persons:
            # "kommundirektör Linda Ek", "GS Per-Olof Sjöö Anette Vahlne": the last person is the contact.
            pa, pb = persons[-1]
            before = text.norm[a:pa].strip(" ,")
            person = " ".join(text.norm[pa:pb].split())
            if before and all(w[:1].islower() or is_role_word(w) for w in before.split()):
                return "name", person, before
            if before and any(is_role_word(w) for w in before.split()):
                # "Kulturförvaltningens kommunikatör Bo Lind": organisation and role before the name.
                ro = read_apposition(before)
                if ro.role is not None:
                    return "role_org_person", person, f"{ro.role}\t{ro.organisation or ''}"
            return "org_person", person, before or None
        lead = pats["lead_role"].match(part)
        if lead is not None and looks_like_person(lead.group("rest")):
            return "name", " ".join(lead.group("rest").split()), lead.group("role").strip()
    words = part.split()
    if names.is_org(a, b) or (not any(is_role_word(w) for w in words) and any(is_org_word(w) for w in words)):
        return "org", _nominative_if_named(text, " ".join(words), a, b), None
    if words[0][:1].islower() or is_role_word(words[0]) or any(is_role_word(w) for w in words[:3]):
        ro = read_apposition(
            part, lambda s: _is_person_text(text, s, a, b, names), lambda s: _mentioned_elsewhere(text, s, a, b)
        )
        return "role", ro.role or " ".join(words), ro.organisation
    if len(words) == 1 and words[0][:1].isupper():
        return "org", _nominative_if_named(text, words[0], a, b), None
    return "role", " ".join(words), None


def _nominative_if_named(text: Text, org: str, a: int, b: int) -> str:
    """Read "Länsstyrelsens" (before a label such as "växel") as "Länsstyrelsen" when the release names it so."""
    base = nominative(org)
    return base if base != org and _mentioned_elsewhere(text, base, a, b) else org


def _mentioned_elsewhere(text: Text, s: str, a: int, b: int) -> bool:
    """Whether the release names ``s`` outside ``[a, b)`` (within a release-sized window), as whole words."""
    low, needle = text.lower, lower_view(s)
    lo, hi = max(0, a - CONTEXT_WINDOW), min(len(low), b + CONTEXT_WINDOW)
    for start, end in ((lo, a), (b, hi)):
        i = low.find(needle, start, end)
        while i >= 0:
            j = i + len(needle)
            if not (i and low[i - 1].isalpha()) and not (j < len(low) and low[j].isalpha()):
                return True
            i = low.find(needle, i + 1, end)
    return False


def _is_person_text(text: Text, s: str, a: int, b: int, names: NameIndex) -> bool:
    """Whether ``s``, found inside ``norm[a:b]``, is a person's name."""
    i = text.norm.find(s, a, b)
    if i >= 0 and names.has_entities:
        return names.is_person(text, i, i + len(s))
    return looks_like_person(s)


def _merge(contacts: list[Contact]) -> list[Contact]:
    """One entry per person: a repeated name fills in what its first entry lacked."""
    out: list[Contact] = []
    by_name: dict[str, int] = {}
    for c in contacts:
        key = c.name.casefold() if c.name else None
        if key is None or key not in by_name:
            if key is not None:
                by_name[key] = len(out)
            out.append(c)
            continue
        i = by_name[key]
        prev = out[i]
        out[i] = replace(
            prev,
            role=prev.role or c.role,
            organisation=prev.organisation or c.organisation,
            phones=prev.phones + tuple(p for p in c.phones if p.e164 not in {q.e164 for q in prev.phones}),
            emails=prev.emails + tuple(e for e in c.emails if e.address not in {f.address for f in prev.emails}),
        )
    return out
