"""Direct quotations and who said them.

Three styles: a paragraph opened by a dash ("– Vi är glada, säger Anna Ek."),
words in quotation marks ('"…"' after normalisation, the Swedish ”…”
included) and guillemets (»…« or «…»). The attribution comes after the
quote (", säger X, vd på Y."), in the middle (", fortsätter X, är att …"),
or before it ("X säger:"). A dash paragraph without one continues the
quote before it (same speaker); a quotation without a reporting verb must
read as a sentence, or it is a scare quote or a title.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import regex

from svpress.apposition import RoleOrg, nominative, read_apposition
from svpress.lang.sv import speech
from svpress.lang.sv.names import first_name_sex, first_names, surnames
from svpress.lang.sv.util import alternation
from svpress.lines import Line
from svpress.model import Quote, Section, Span
from svpress.names import NAME_TOKEN, PARTICLES, NameIndex, is_org_word, is_role_word, looks_like_person
from svpress.ner.lexicon import common_words
from svpress.text import Text

QUOTE_SECTIONS = ("body", "fact_box")
"""Sections searched for quotes (contacts, captions and footers hold none)."""

MAX_QUOTE_CHARS = 5000
"""A quotation mark pair further apart than this is not one quote."""

PLAIN_ATTRIBUTION_TAIL = 200
"""How far from its end a plain paragraph's ", säger X, role." may begin."""

MAX_TITLE_WORDS = 3
"""A title of unknown words before a speaker's name ("säger domprost Anna Ek") is short."""

ATTRIBUTION_WINDOW = 400
"""Characters after (or before) quotation marks searched for the attribution."""

PRONOUN_LOOKBACK = 1500
"""Characters before a "säger hon" quote searched for the person meant."""

SIGNATURE_WORDS = 10
"""A line signing a statement ("Anna Ek, vd") is at most this long."""

MAX_OPEN_UNITS = 6
"""Paragraphs a quotation opened without closing may run over."""


_VERB_SET = frozenset([*speech.REPORTING_VERBS, "enligt"])
_COMMA_VERB_SET = frozenset(speech.COMMA_ONLY_VERBS)
_WORD = regex.compile(r"\p{L}+")
_ENDS_SENTENCE_OR_QUOTE = regex.compile(r"[.!?:\"»«]$")
_NEXT_WORD = regex.compile(r"[ \t]+(\S+)")
_OPEN_PAREN = regex.compile(r"[ \t]*\(")
_PREP_ORG = regex.compile(r"\b(?:för|på|vid|hos|i)[ \t]+\p{Lu}")
_LETTER = regex.compile(r"\p{L}")
_RELATIVE = regex.compile(r"[ \t]*(?:som|vilken|vilket)\b", regex.IGNORECASE)
_REOPENED = regex.compile(r"(\n[ \t]*)[\"»]")
_COMMA = regex.compile(r"[ \t]*,")
_ENLIGT = regex.compile(r"(?i)[ \t]*,?[ \t]*enligt")
_WORD_DASH = regex.compile(r"[\p{L}-]+")
_TITLE_NOUNS = tuple(speech.TITLE_NOUNS)
_ACRONYM_DEFINITE = regex.compile(r":e?n$")
# "– Vi är glada. Det säger Anna Ek": the attribution as a sentence of its own.
_DET_SAGER = regex.compile(r"(?<=[.!?])[ \t]+(?:Det|Detta|Så)$")


@dataclass(slots=True)
class _Unit:
    """A paragraph-like stretch: a line, or hard-wrapped lines that form one sentence run."""

    start: int
    end: int
    para: int
    section: str


@dataclass(slots=True)
class _Speaker:
    name: str | None
    role: str | None
    organisation: str | None
    pronoun: str | None = None  # "f" for "säger hon", "m" for "säger han"
    since: int = -1  # for "Hon säger:" before a quote: the person must be named after this offset


@dataclass(slots=True)
class _Found:
    parts: list[tuple[int, int]]
    speaker: _Speaker | None
    style: str
    unit: int
    attributed: bool
    last_unit: int = -1
    att_end: int = -1  # where an attribution after the quote ends


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    verbs = alternation(speech.REPORTING_VERBS)
    all_verbs = alternation((*speech.REPORTING_VERBS, *speech.COMMA_ONLY_VERBS))
    particle = alternation(PARTICLES)
    acronyms = alternation(speech.ROLE_ACRONYMS)
    # "Anna Ek", "Per Gustaf von Essen", and a surname with its particle ("säger von Essen").
    name = rf"(?:(?:{particle})[ \t]+)?{NAME_TOKEN}(?:[ \t]+(?:{particle}[ \t]+)?{NAME_TOKEN}){{0,3}}"
    # Who said it: optional role words and genitive organisation, then the name.
    who = (
        rf"(?P<pre>(?:(?:(?:\p{{Lu}}[\p{{L}}-]*[ \t]+){{0,3}}\p{{Lu}}[\p{{L}}-]*:?s[ \t]+"
        rf"(?=(?:\p{{Ll}}|{acronyms}\b)))?"
        rf"(?:(?:\p{{Ll}}[\p{{L}}.:-]*|{acronyms})[ \t]+){{1,6}})?)"
        rf"(?P<name>{name})"
    )
    return {
        "verbs": regex.compile(rf"(?<!\p{{L}}){verbs}(?!\p{{L}})", regex.IGNORECASE),
        # After the quote: ", säger [role] Name" (the comma may be missing or doubled). The lead
        # is read backwards from the verb, so that only word starts are tried (a lead that may be
        # empty made every character a start); a match then opens at ``m.start("lead")``.
        "after": regex.compile(
            rf"(?<!\p{{L}})(?<=(?P<lead>[ \t]*[,.]?[ \t]*))(?P<verb>{verbs}|enligt),?[ \t]+{who}",
        ),
        # The same with the verbs that count only after a comma (", tror Anna Ek"): used
        # only for the paragraphs that hold one, so that the others scan the shorter list.
        "after_all": regex.compile(
            rf"(?<!\p{{L}})(?<=(?P<lead>[ \t]*[,.]?[ \t]*))(?P<verb>{all_verbs}|enligt),?[ \t]+{who}",
        ),
        # Before the quote: "Name säger:" / "säger Name:".
        "before": regex.compile(
            rf"(?:{who}(?P<appos>,[^,:\n]{{1,80}},)?[ \t]+(?P<verb>{verbs})"
            rf"|(?P<verb2>{verbs})[ \t]+(?:\p{{L}}+[ \t]+){{0,3}}?{who})"
            rf"[^.!?\n]{{0,80}}:[ \t]*$",
        ),
        # ", säger hon." — the speaker is whoever the text was just about.
        "pronoun": regex.compile(
            rf"(?P<lead>[ \t]*,[ \t]*)(?<!\p{{L}})(?P<verb>{verbs})[ \t]+(?P<pron>hon|han)(?!\p{{L}})"
        ),
        "pronoun_all": regex.compile(
            rf"(?P<lead>[ \t]*,[ \t]*)(?<!\p{{L}})(?P<verb>{all_verbs})[ \t]+(?P<pron>hon|han)(?!\p{{L}})"
        ),
        # "har sagt (till X) att …", "skriver att …" right before a quotation mark.
        "reported": regex.compile(
            rf"(?<!\p{{L}})(?:{verbs}|{alternation(speech.REPORTED_VERBS)})(?!\p{{L}})[^.!?\n]{{0,80}}"
            rf"[ \t](?P<att>att)(?:[ \t][^.!?\n]{{0,60}})?[ \t]*$",
            regex.IGNORECASE,
        ),
        "dash": regex.compile(r"^[–-][ \t]*(?=[\p{L}\d\"»«(.])"),
        "sentence_end": regex.compile(
            r"(?<!\b(?:Kungl|bl\.a|t\.ex|ca|resp|St|Dr|jfr|m\.fl|osv))[.!?](?=[ \t]+[\p{Lu}\"»–-]|[ \t]*$)"
        ),
        "dq": regex.compile(r'"(?P<q>[^"\n]{1,5000}?)"'),
        "guil": regex.compile(r"»(?P<q>[^»«\n]{1,5000}?)«|«(?P<r>[^»«\n]{1,5000}?)»"),
        "name_only": regex.compile(rf"{name}"),
        "name_tail": regex.compile(
            rf"(?:[ \t]+(?:{particle}[ \t]+)?{NAME_TOKEN}){{1,2}}(?=[ \t]*[,.:;]|[ \t]+\p{{Ll}}|$)"
        ),
        # A heading that announces a statement by the person it names.
        "comment_heading": regex.compile(
            rf"^(?:(?:vd-?)?kommentar(?:er)? från|(?:ett )?ord från|statement from)[ \t]+"
            rf"(?:(?:{acronyms}|\p{{L}}+)[ \t]+){{0,3}}?(?P<name>(?:\p{{Lu}}[\p{{L}}'-]+[ \t]*){{2,4}})$"
            rf"|^(?P<name2>(?:\p{{Lu}}[\p{{L}}'-]+[ \t]+){{2,4}})har ordet$",
            regex.IGNORECASE,
        ),
        "words": regex.compile(r"[\p{L}\d]+"),
        # A statement signed after its closing mark: ”…” – Anna Ek, vd för Ekbo.
        "signed": regex.compile(rf"[ \t]*[–—-][ \t]*(?P<name>{name})(?P<rest>[ \t]*,[^\n]{{0,160}})?[ \t]*$"),
        # "Anna Ek förklarar varför …": a person as the subject of a reporting verb.
        "verb_after_name": regex.compile(rf"(?:,[^,\n]{{1,80}},)?[ \t]+(?:{verbs})(?!\p{{L}})", regex.IGNORECASE),
        # "Hon säger:", "Han kommenterar beslutet:", "säger hon:" announcing the quote that follows.
        "pronoun_colon": regex.compile(
            rf"(?:^|[.!?][ \t]+)(?:(?P<p1>hon|han)[ \t]+(?:{verbs})|(?:{verbs})[ \t]+(?P<p2>hon|han))(?!\p{{L}})"
            rf"[^.!?\n:]{{0,60}}:[ \t]*$",
            regex.IGNORECASE,
        ),
    }


def _units(text: Text, lines: Sequence[Line], secs: Sequence[Section]) -> list[_Unit]:
    """Paragraph-like units of the quote-bearing sections, in order."""
    spans = [(s.start, s.end, s.kind) for s in secs if s.kind in QUOTE_SECTIONS]
    starts = [a for a, _, _ in spans]
    out: list[_Unit] = []
    prev: Line | None = None
    dash = _patterns()["dash"]
    for ln in lines:
        k = bisect_right(starts, ln.start) - 1
        kind = spans[k][2] if k >= 0 and ln.start < spans[k][1] else None
        if kind is None:
            prev = None
            continue
        joins = (
            prev is not None
            and prev.para == ln.para
            and not _ENDS_SENTENCE_OR_QUOTE.search(prev.text)
            and dash.match(ln.text) is None
            and not ln.text.startswith(('"', "»", "«"))
            and out
            and out[-1].end == prev.end
        )
        if joins:
            out[-1].end = ln.end
        else:
            out.append(_Unit(ln.start, ln.end, ln.para, kind))
        prev = ln
    return out


def find_quotes(text: Text, lines: Sequence[Line], secs: Sequence[Section], names: NameIndex) -> list[Quote]:
    """Return the direct quotations of the body, in order, with speakers resolved where named."""
    units = _units(text, lines, secs)
    found: list[_Found] = []
    consumed_until = -1
    for i, u in enumerate(units):
        if u.start < consumed_until:
            continue
        s = text.norm[u.start : u.end]
        dm = _patterns()["dash"].match(s)
        if dm is not None:
            f = _dash_quote(text, u.start + dm.end(), u.end, i, names)
            if f is not None:
                found.append(f)
            continue
        marked, consumed_until = _marked_quotes(text, units, i, names)
        if marked:
            found.extend(marked)
            continue
        f = _plain_attributed(text, u.start, u.end, i, names)
        if f is not None:
            found.append(f)
    found = _drop_lists(units, found)
    _fill_unattributed(text, units, found, names)
    return [_to_quote(text, f) for f in found if f.parts]


def _drop_lists(units: list[_Unit], found: list[_Found]) -> list[_Found]:
    """Dash lines that are list items, not quotes: unattributed in a fact box, or a run of them in one paragraph."""
    dash_by_para: dict[int, list[_Found]] = {}
    for f in found:
        if f.style == "dash":
            dash_by_para.setdefault(units[f.unit].para, []).append(f)
    listed: set[int] = set()
    for group in dash_by_para.values():
        if len(group) >= 2 and not any(f.attributed for f in group):
            listed.update(id(f) for f in group)
    return [
        f
        for f in found
        if id(f) not in listed and not (f.style == "dash" and not f.attributed and units[f.unit].section != "body")
    ]


def _clean_span(text: Text, a: int, b: int) -> tuple[int, int]:
    """Trim spaces, quotation marks and trailing commas from a quoted stretch."""
    s = text.norm
    while a < b and s[a] in ' \t\n"»«–-':
        a += 1
    while b > a and s[b - 1] in ' \t\n"»«,;':
        b -= 1
    return a, b


def _speaker_from(match: regex.Match[str], text: Text, names: NameIndex, clause_end: str, base: int) -> _Speaker:
    """The speaker named by an attribution match; ``base`` is the normalised offset of the matched string."""
    name = " ".join(match.group("name").split())
    pre = (match.group("pre") or "").strip()
    if pre and pre.split()[-1] in PARTICLES:
        # "säger von Essen": the particle belongs to the name, not to a title.
        particle = pre.split()[-1]
        name = f"{particle} {name}"
        pre = pre[: -len(particle)].strip()
    label = names.label_of(base + match.start("name"), base + match.end("name"))
    if label in ("ORG", "LOC"):
        # "skriver Tycho Brahe-museet", "en 16-åring i Örebro skriver": no person named.
        return _Speaker(None, None, name if label == "ORG" else None)
    info = read_apposition(pre) if pre else RoleOrg(None, None)
    tail = read_apposition(clause_end) if clause_end.strip(" ,.") else RoleOrg(None, None)
    role = info.role or tail.role
    org = info.organisation or tail.organisation
    # A "name" that is an organisation ("säger Region Dalarna", "Tycho Brahe-museet") leaves the speaker unnamed.
    words = name.split()
    if any(is_org_word(w) or is_org_word(w.rsplit("-", 1)[-1]) for w in words) or (
        len(words) > 1 and not looks_like_person(name) and not names.has_entities
    ):
        return _Speaker(None, role, org or name)
    return _Speaker(name, role, org)


def _attribution(
    text: Text, a: int, b: int, names: NameIndex, *, at_start: bool = False
) -> tuple[int, int, _Speaker] | None:
    """The attribution clause in ``norm[a:b]``: its span and speaker, or None.

    ``at_start`` allows the clause to open the stretch (right after a closing
    quotation mark); otherwise quoted words must come before it.
    """
    s = text.norm[a:b]
    # Most paragraphs hold no reporting verb at all: a set test rejects them cheaply.
    low = s.lower()
    words = _WORD.findall(low)
    # "…, tror Anna Ek": an opinion verb after a comma (not "Vi tror att …").
    comma_verbs = not _COMMA_VERB_SET.isdisjoint(words) and any(
        f", {v}" in low for v in _COMMA_VERB_SET.intersection(words)
    )
    if not comma_verbs and _VERB_SET.isdisjoint(words):
        return None
    if "\n" in s:
        # A unit hard-wrapped over lines (a PDF copy): "säger\nordförande Anna\nEk" reads as one line.
        s = s.replace("\n", " ")
    pats = _patterns()
    pm = pats["pronoun_all" if comma_verbs else "pronoun"].search(s)
    for m in pats["after_all" if comma_verbs else "after"].finditer(s):
        m_start = m.start("lead")
        if pm is not None and pm.start() < m_start:
            break
        if not at_start and not s[:m_start].strip():
            continue
        verb = m.group("verb").lower()
        if (verb == "enligt" and not m.group("lead").strip()) or (
            verb in _COMMA_VERB_SET and "," not in m.group("lead")
        ):
            continue
        if is_role_word(m.group("name").split()[0]):
            continue
        pre = (m.group("pre") or "").split()
        # Words between the verb and the name must be a title ("vd", "domprost",
        # "Kungsledens generalsekreterare", "den nya vd:n"), not a clause ("… att många Ekebybor").
        if pre and not any(_role_like(w) for w in pre) and (
            len(pre) > MAX_TITLE_WORDS or any(w.lower() in speech.NOT_TITLE_WORDS for w in pre)
        ):
            continue
        after = s[m.end() :]
        # "skriver Ekeby kommun": the name run stopped before an organisation word.
        nxt = _NEXT_WORD.match(after)
        if nxt is not None and is_org_word(nxt.group(1)):
            org_end = m.end() + nxt.end()
            end_rel = _clause_end(s[org_end:])
            org = " ".join(s[m.start("name") : org_end].split())
            return a + m_start, a + org_end + end_rel, _Speaker(None, None, org)
        # Where the clause ends: the sentence end, or a comma before quote text resumes.
        end_rel = _clause_end(after)
        clause_tail = after[:end_rel]
        speaker = _speaker_from(m, text, names, clause_tail, a)
        return a + m_start, a + m.end() + end_rel, speaker
    if pm is not None and (at_start or s[: pm.start()].strip()):
        end_rel = _clause_end(s[pm.end() :])
        sex = "f" if pm.group("pron") == "hon" else "m"
        return a + pm.start(), a + pm.end() + end_rel, _Speaker(None, None, None, pronoun=sex)
    return None


def _role_like(word: str) -> bool:
    """A role word, also in the definite form of an acronym ("vd:n", "CFO:n")."""
    return is_role_word(word) or is_role_word(_ACRONYM_DEFINITE.sub("", word))


def _clause_end(after: str) -> int:
    """Length of the apposition after a speaker's name, up to where narrative or quote resumes."""
    pats = _patterns()
    se = pats["sentence_end"].search(after)
    sent_end = se.end() if se is not None else len(after)
    comma = after.find(",")
    if 0 <= comma < sent_end:
        # ", vd på X." is an apposition; ", är att …" is the quote going on.
        appos = after[comma + 1 : sent_end]
        if _RELATIVE.match(appos):
            return sent_end  # ", som ledde förhandlingen": still about the speaker
        first = appos.split()[:4]
        if (
            first
            and not any(is_role_word(w.strip(",.()")) for w in first)
            and not _OPEN_PAREN.match(appos)
            and not _PREP_ORG.search(appos)
        ):
            return comma + 1
    # "i en kommentar", "som är ansvarig …" belong to the clause up to the sentence end.
    return sent_end


def _dash_quote(text: Text, a: int, b: int, unit: int, names: NameIndex) -> _Found | None:
    a, b = _clean_span(text, a, b)
    if a >= b:
        return None
    att = _attribution(text, a, b, names)
    if att is None:
        return _Found([(a, b)], None, "dash", unit, attributed=False)
    ca, cb, speaker = att
    det = _DET_SAGER.search(text.norm, a, ca)
    parts = [_clean_span(text, a, det.start() if det is not None else ca)]
    rest = _clean_span(text, cb, b)
    if rest[1] > rest[0] and _LETTER.search(text.norm[rest[0] : rest[1]]):
        second = _attribution(text, rest[0], rest[1], names)
        parts.append(_clean_span(text, rest[0], second[0]) if second else rest)
    return _Found([p for p in parts if p[1] > p[0]], speaker, "dash", unit, attributed=True)


def _plain_attributed(text: Text, a: int, b: int, unit: int, names: NameIndex) -> _Found | None:
    """A paragraph without dash or marks that ends in ", säger X." is a quote too."""
    if "," not in text.norm[max(a, b - PLAIN_ATTRIBUTION_TAIL) : b]:
        return None  # no ", säger X" near its end
    att = _attribution(text, a, b, names)
    if att is None:
        return None
    ca, cb, speaker = att
    if text.norm[cb:b].strip(" .") or not _COMMA.match(text.norm[ca:cb]):
        return None
    if speaker.name is None or _ENLIGT.match(text.norm[ca:cb]):
        return None
    qa, qb = _clean_span(text, a, ca)
    if len(_patterns()["words"].findall(text.norm[qa:qb])) < speech.MIN_PLAIN_QUOTE_WORDS:
        return None
    return _Found([(qa, qb)], speaker, "plain", unit, attributed=True)


def _marked_quotes(text: Text, units: list[_Unit], i: int, names: NameIndex) -> tuple[list[_Found], int]:
    """Quotations in marks within unit ``i`` (or opened there and closed in a later unit)."""
    u = units[i]
    s = text.norm[u.start : u.end]
    pats = _patterns()
    out: list[_Found] = []
    consumed = -1
    last = i
    spans: list[tuple[int, int, str]] = []
    for m in pats["dq"].finditer(s):
        spans.append((u.start + m.start("q"), u.start + m.end("q"), "quotation_marks"))
    for m in pats["guil"].finditer(s):
        g = "q" if m.group("q") is not None else "r"
        spans.append((u.start + m.start(g), u.start + m.end(g), "guillemets"))
    if not spans and s.startswith(('"', "»")) and s.count(s[0]) == 1:
        # Opened here, closed in a later paragraph (each paragraph may reopen).
        close = "«" if s[0] == "»" else '"'
        for j in range(i + 1, min(len(units), i + MAX_OPEN_UNITS)):
            t = text.norm[units[j].start : units[j].end]
            k = t.find(close, 1)
            if k >= 0:
                spans.append((u.start + 1, units[j].start + k, "quotation_marks" if close == '"' else "guillemets"))
                consumed = units[j].end
                last = j
                break
    for qa, qb, style in sorted(spans):
        since = units[i - 2].start if i >= 2 else 0
        found = _judge_marked(text, u, units[i - 1] if i else None, qa, qb, style, i, names, since)
        if found is None:
            continue
        found.last_unit = last if qb > u.end else i
        prev_found = out[-1] if out else None
        if (
            prev_found is not None
            and prev_found.att_end >= 0
            and found.speaker is None
            and not text.norm[prev_found.att_end : qa].strip(' \t,.:;"»«')
        ):
            # »A«, säger X, »B«: one quote, interrupted by its attribution.
            prev_found.parts.extend(found.parts)
            continue
        out.append(found)
    return out, consumed


def _judge_marked(
    text: Text,
    u: _Unit,
    prev: _Unit | None,
    qa: int,
    qb: int,
    style: str,
    unit: int,
    names: NameIndex,
    since: int = 0,
) -> _Found | None:
    """Decide whether a quoted stretch is a quote, and by whom.

    ``since``: where the paragraph before ``prev`` starts; a pronoun announcing the
    quote ("Hon säger:") must refer to someone named after it.
    """
    pats = _patterns()
    inner = text.norm[qa:qb]
    words = pats["words"].findall(inner)
    after_a = qb + 1
    prev_word = _WORD_DASH.findall(text.norm[max(u.start, qa - 40) : qa - 1])
    if prev_word and prev_word[-1].lower().endswith(_TITLE_NOUNS) and not _COMMA.match(text.norm, after_a):
        return None  # "basutställningen ”Sillen som byggde kusten” berättar …": a title
    # The attribution follows the closing mark, in whichever paragraph it closes.
    close_end = u.end
    if qb > u.end:
        nl = text.norm.find("\n", qb)
        close_end = nl if nl >= 0 else len(text.norm)
    att = _attribution(text, after_a, min(close_end, after_a + ATTRIBUTION_WINDOW), names, at_start=True)
    speaker: _Speaker | None = None
    att_end = -1
    indirect = False
    signed = None if att is not None else pats["signed"].match(text.norm, after_a, close_end)
    if att is not None and not text.norm[after_a : att[0]].strip(" ,"):
        speaker = att[2]
        att_end = att[1]
    elif signed is not None and _is_person_at(text, signed.start("name"), signed.end("name"), names):
        # ”…” – Ulla Ek, ordförande i Ekbo: the statement signed after its closing mark.
        rest = (signed.group("rest") or "").strip(" ,")
        info = read_apposition(rest) if rest else RoleOrg(None, None)
        speaker = _Speaker(" ".join(signed.group("name").split()), info.role, info.organisation)
        att_end = close_end
    else:
        b0 = max(u.start, qa - 1 - ATTRIBUTION_WINDOW)
        before = text.norm[b0 : max(u.start, qa - 1)]
        if not before.strip() and prev is not None:
            # "Johanna Vik säger:" closing the paragraph before the quote.
            b0 = max(prev.start, prev.end - ATTRIBUTION_WINDOW)
            before = text.norm[b0 : prev.end]
            if not pats["before"].search(before):
                # "Postdoktor Anna Ek har lett försöken:" or a heading "Kommentar från vd
                # Anna Ek" announces the quote below it.
                speaker = _announced_speaker(text, prev, names)
        else:
            since = prev.start if prev is not None else u.start
        colon = before.rstrip().endswith(":")
        pron = pats["pronoun_colon"].search(before) if speaker is None and colon else None
        if pron is not None:
            # "Hon säger:": whoever the text was just about.
            sex = "f" if (pron.group("p1") or pron.group("p2")).lower() == "hon" else "m"
            speaker = _Speaker(None, None, None, pronoun=sex)
        if pron is not None and speaker is not None and pron.start() > 0 and before[: pron.start()].strip():
            # "En 19-årig elev … Hon säger:": the pronoun means someone in its own paragraph.
            speaker.since = b0
        elif speaker is not None and speaker.pronoun and speaker.since < 0:
            speaker.since = since
        if speaker is None:
            bm = pats["before"].search(before)
            if bm is not None:
                speaker = _speaker_from(bm, text, names, bm.group("appos") or "", b0)
        if speaker is None and colon:
            # "Förvaltningschefen Anna Ek ser fram emot dagen: ”…”": the sentence that announces it.
            cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
            speaker = _announced_in(text, b0 + cut + 1 if cut >= 0 else b0, b0 + len(before.rstrip()), names)
        if speaker is None:
            # "… har sagt till lokalmedia att beslutet är ”nödvändigt men smärtsamt”":
            # reported speech quoting the speaker's own words.
            reported = _reported_speaker(text, u, qa, names)
            if reported is not None:
                speaker, indirect = reported, True
    if speaker is None:
        ends_sentence = inner.strip().endswith((".", "!", "?"))
        if len(words) < speech.MIN_QUOTE_WORDS or not ends_sentence:
            return None
    a, b = _clean_span(text, qa, qb)
    if a >= b:
        return None
    attributed = speaker is not None and (speaker.name is not None or indirect or att_end >= 0)
    found = _Found([(a, b)], speaker, style, unit, attributed=attributed or speaker is not None)
    found.att_end = att_end
    return found


def _reported_speaker(text: Text, u: _Unit, qa: int, names: NameIndex) -> _Speaker | None:
    """The subject of "X har sagt/skriver att … ”…”" in the sentence before the mark, or None."""
    lo = max(u.start, qa - 1 - ATTRIBUTION_WINDOW)
    sentence = text.norm[lo : qa - 1]
    cut = max(sentence.rfind(". "), sentence.rfind("! "), sentence.rfind("? "))
    base = lo + cut + 2 if cut >= 0 else lo
    m = _patterns()["reported"].search(text.norm, base, qa - 1)
    if m is None:
        return None
    # The subject stands before "att", before the verb ("Anna Ek har sagt att") or
    # after it ("skriver SKR att"); a party letter in brackets is not it.
    for label, (a, b) in reversed(names.spans_in(base, m.start("att"))):
        if text.norm[a - 1 : a] == "(":
            continue
        name = " ".join(text.norm[a:b].split())
        if label == "PER":
            return _Speaker(name, None, None)
        if label == "ORG":
            return _Speaker(None, None, name)
    return None


def _fill_unattributed(text: Text, units: list[_Unit], found: list[_Found], names: NameIndex) -> None:
    """Unattributed dash paragraphs: the speaker of the quote just before, else an announcing paragraph."""
    by_unit = {f.unit: f for f in found}
    last_named: _Speaker | None = None
    for f in found:
        if f.speaker is not None and f.speaker.pronoun and f.speaker.since >= 0:
            # "Hon säger:" above the quote: someone named in the paragraphs just before.
            f.speaker = _last_person_before(text, f, names, f.speaker.pronoun, f.speaker.since)
        elif f.speaker is not None and f.speaker.pronoun:
            # "säger hon": the person last named before the quote whose first name
            # fits the pronoun, else the last named speaker.
            f.speaker = _last_person_before(text, f, names, f.speaker.pronoun) or (
                _copy(last_named) if last_named is not None else None
            )
        if f.speaker is not None and f.speaker.name is not None:
            last_named = f.speaker
        if f.speaker is not None:
            continue
        signed = _signature_after(text, units, max(f.unit, f.last_unit) + 1, names)
        if signed is not None:
            f.speaker = signed
            continue
        if f.style != "dash":
            continue
        prev = by_unit.get(f.unit - 1)
        if prev is not None and prev.speaker is not None:
            f.speaker = _Speaker(prev.speaker.name, prev.speaker.role, prev.speaker.organisation)
            continue
        nxt = by_unit.get(f.unit + 1)
        if f.unit > 0:
            announcer = _announced_speaker(text, units[f.unit - 1], names)
            if announcer is None:
                announcer = _subject_speaker(text, units[f.unit - 1], names)
            if announcer is not None and announcer.pronoun:
                # "Hon säger:" / "Hon tycker …": someone named in the paragraphs just before.
                since = announcer.since if announcer.since >= 0 else (units[f.unit - 2].start if f.unit >= 2 else 0)
                announcer = _last_person_before(text, f, names, announcer.pronoun, since)
            if announcer is not None:
                f.speaker = announcer
                continue
        if nxt is not None and nxt.speaker is not None and nxt.style == "dash" and nxt.attributed:
            f.speaker = _Speaker(nxt.speaker.name, nxt.speaker.role, nxt.speaker.organisation)


def _copy(sp: _Speaker) -> _Speaker:
    return _Speaker(sp.name, sp.role, sp.organisation)


def _last_person_before(text: Text, f: _Found, names: NameIndex, sex: str, since: int = 0) -> _Speaker | None:
    """The person last named before the quote (after ``since``) whose first name does not contradict ``sex``."""
    start = f.parts[0][0] if f.parts else 0
    known = first_name_sex()
    persons = names.persons_in(max(0, since, start - PRONOUN_LOOKBACK), start)
    for a, b in reversed(persons):
        name = " ".join(text.norm[a:b].split())
        if known.get(name.split()[0].split("-")[0]) in (sex, None):
            return _Speaker(name, None, None)
    return None


def _signature_after(text: Text, units: list[_Unit], j: int, names: NameIndex) -> _Speaker | None:
    """A statement signed on the next line: "Maria Ekdahl, vd och koncernchef"."""
    if j >= len(units):
        return None
    s = text.norm[units[j].start : units[j].end].strip()
    if len(s.split()) > SIGNATURE_WORDS:
        return None
    head, _, rest = s.partition(",")
    head = head.strip()
    if not (looks_like_person(head) or names.is_person(text, units[j].start, units[j].start + len(head))):
        return None
    info = read_apposition(rest) if rest.strip() else RoleOrg(None, None)
    return _Speaker(" ".join(head.split()), info.role, info.organisation)


def _is_person_at(text: Text, a: int, b: int, names: NameIndex) -> bool:
    if names.has_entities:
        return names.is_person(text, a, b)
    return looks_like_person(text.norm[a:b])


def _announced_speaker(text: Text, unit: _Unit, names: NameIndex) -> _Speaker | None:
    """Find the speaker a paragraph announces ("… chefsåklagare Peter Claeson, följande kommentar:")."""
    return _announced_in(text, unit.start, unit.end, names)


def _announced_in(text: Text, start: int, end: int, names: NameIndex) -> _Speaker | None:
    """Find the speaker ``norm[start:end]`` announces; "Hon säger:" gives a pronoun to resolve."""
    s = text.norm[start:end].rstrip()
    heading = _patterns()["comment_heading"].match(s)
    if heading is not None:
        # "KOMMENTAR FRÅN VD LENA EKDAHL-BERG", "Vd Anna Ek har ordet".
        words = (heading.group("name") or heading.group("name2")).split()
        while words and is_role_word(words[0]):
            words = words[1:]
        if len(words) >= 2:
            return _Speaker(_title_case(" ".join(words)), None, None)
    if not s.endswith(":"):
        return None
    tail = max(0, len(s) - SIGNATURE_WORDS * 12)
    pron = _patterns()["pronoun_colon"].search(s, tail)
    if pron is not None:
        sex = "f" if (pron.group("p1") or pron.group("p2")).lower() == "hon" else "m"
        # After other sentences of its paragraph the pronoun means someone in them.
        return _Speaker(None, None, None, pronoun=sex, since=start if s[: pron.start()].strip() else -1)
    persons = names.persons_in(start, end)
    if persons:
        a, b = persons[-1]
        return _Speaker(_extend_name(text, a, b), None, None)
    cands = [m for m in _patterns()["name_only"].finditer(s) if looks_like_person(m.group())]
    if not cands:
        return None
    m = cands[-1]
    pre_words = s[: m.start()].split()[-3:]
    role = " ".join(w.strip(",") for w in pre_words if w[:1].islower() and is_role_word(w.strip(",")))
    return _Speaker(" ".join(m.group().split()), role or None, None)


def _subject_speaker(text: Text, unit: _Unit, names: NameIndex) -> _Speaker | None:
    """The person a paragraph's last sentence makes the subject of a reporting verb ("Anna Ek förklarar varför …")."""
    s = text.norm[unit.start : unit.end].rstrip()
    cut = max(s.rfind(". ", 0, len(s) - 1), s.rfind("! ", 0, len(s) - 1), s.rfind("? ", 0, len(s) - 1))
    start = unit.start + (cut + 2 if cut >= 0 else 0)
    verb_after = _patterns()["verb_after_name"]
    persons = names.persons_in(start, unit.end)
    for a, b in persons:
        lead = text.norm[start:a].split()
        # "Anna Ek ser positivt på beslutet.", "Projektledaren Anna Ek …": the sentence is about
        # her (and only her: "Anna Ek och Per Lind är nöjda" names no one speaker).
        if verb_after.match(text.norm, b, unit.end) or (
            len(persons) == 1 and all(_role_like(w) or w.lower() in speech.SUBJECT_LEAD_WORDS for w in lead)
        ):
            return _Speaker(_extend_name(text, a, b), None, None)
    first = text.norm[start : start + 4].rstrip().lower()
    if first in ("hon", "han"):
        # "Hon tycker också att …": whoever the text was just about (in this paragraph,
        # when the sentence is not its first).
        since = unit.start if start > unit.start else -1
        return _Speaker(None, None, None, pronoun="f" if first == "hon" else "m", since=since)
    return None


def _extend_name(text: Text, a: int, b: int) -> str:
    """A person's name from the recogniser, extended over name words it missed ("Jean-Pierre N'Diaye Lund")."""
    m = _patterns()["name_tail"].match(text.norm, b)
    return " ".join(text.norm[a : m.end() if m else b].split())


def _title_case(name: str) -> str:
    """Write a name printed in capitals ("LENA EKDAHL-BERG") as a name ("Lena Ekdahl-Berg")."""
    if not name.isupper():
        return " ".join(name.split())
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def _to_quote(text: Text, f: _Found) -> Quote:
    parts = []
    for a, b in f.parts:
        ra, rb = text.span(a, b)
        parts.append(Span(ra, rb, text.raw[ra:rb]))
    # A quote over several paragraphs reopens its mark at each one: drop those.
    body = " ".join(" ".join(_REOPENED.sub(r"\1", text.norm[a:b]).split()) for a, b in f.parts)
    sp = f.speaker
    return Quote(
        text=body,
        start=parts[0].start,
        end=parts[-1].end,
        speaker=sp.name if sp else None,
        role=sp.role if sp else None,
        organisation=sp.organisation if sp else None,
        style="dash" if f.style in ("dash", "plain") else f.style,
        parts=tuple(parts),
    )


def _part_of(partial: str, full: str) -> bool:
    """Whether ``partial`` is a run of whole words of ``full`` ("Ek" of "Anna Ek")."""
    return f" {partial} " in f" {full} "


def resolve_speakers(quotes: Iterable[Quote], full_names: Sequence[str]) -> list[Quote]:
    """Resolve partial speakers ("säger Jönsson", "avslutar Raimo", "säger von Essen") to a full name in the release."""
    fulls = [n for n in dict.fromkeys(full_names) if n and len(n.split()) >= 2]
    out = []
    for q in quotes:
        partial = q.speaker
        if partial is not None:
            # "säger Jönsson", "avslutar Raimo", "säger von Essen", "Haugland Aas".
            stems = (partial, nominative(partial))
            match = [n for n in fulls if len(n) > len(partial) and any(_part_of(p, n) for p in stems)]
            surname = [n for n in match if any(n.endswith(" " + p) for p in stems)]
            pick = surname or match
            if len(set(pick)) == 1:
                out.append(replace(q, speaker=pick[0]))
                continue
            if _common_noun(partial):
                # "Juryn skriver: ”…”": a body of people, no person named.
                out.append(replace(q, speaker=None, organisation=q.organisation))
                continue
        out.append(q)
    return out


def _common_noun(word: str) -> bool:
    """A one-word "speaker" that is a definite common noun ("Juryn", "Styrelsen"), not a name."""
    if " " in word or word in first_names() or word in surnames():
        return False
    low = word.lower()
    return low in common_words() or low.endswith(speech.DEFINITE_NOUN_ENDINGS)
