"""Header fields: the type label (kind), the headline (title) and the publication date.

Layouts differ in order: the label and date may stand above the headline
("Pressmeddelande / 2010-03-12 / Rubrik"), below it ("Rubrik / Pressmeddelande •
Jul 05, 2012") or beside a newsroom name. The rule: header meta lines (labels,
dates, captions) near the top are found first; a headline right before the
first of them wins, else the first headline after the leading meta lines.

Refinements for layouts seen in the wild: a short sender line glued to the
stamp ("Förbund rf / PRESSMEDDELANDE 12.3.2024 // Rubrik") leaves the headline
below; a byline or reading time between headline and date is passed over; a
one-sentence lead between headline and date is not the headline; a category
line under the label ("Nyhet / Miljö och hälsa // Rubrik // Publicerad …")
leaves the headline above the later date. Of several header dates the first
that is not captioned as an update ("Uppdaterad …") is the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

from svpress.extract.dates import find_dates
from svpress.lang.sv import dates, layout
from svpress.lang.sv.util import alternation
from svpress.lines import Line
from svpress.model import DateMention, Field
from svpress.names import NameIndex
from svpress.text import Text

TOP_LINES = 10
"""Non-blank lines at the top that may belong to the header."""

MAX_TITLE_WORDS = 40
"""A line longer than this is prose, not a headline."""

MAX_META_LEFTOVER_WORDS = 4
"""A label line may carry a few other words (a newsroom name, a sender)."""

MAX_COVER_LINES = 40
"""A covering e-mail above a forwarded release is at most this many lines."""

MAX_LABEL_FROM_WORDS = 14
"""A label with its sender ("Pressmeddelande från Länsstyrelsen i X län, 12 mars 2024") stays short."""

MAX_TAG_WORDS = 4
"""A category line under a label ("Miljö och hälsa") is a few words."""

MAX_NOTE_LINES = 8
"""A personal note between the fields of a forwarded e-mail and the release is a few lines."""

MAX_COLUMN_WORDS = 5
"""Columns of a letterhead or menu line are short."""

MAX_BREADCRUMB_WORDS = 14
"""A breadcrumb trail is a short line."""

MAX_LETTERHEAD_WORDS = 3
"""A letterhead in capitals is a name of a few words; a headline in capitals is longer."""

_SENTENCE_END = regex.compile(r"[.!?]$")
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}[.!?][ \t]+\p{Lu}")

MAX_SENDER_WORDS = 6
"""A line naming only the sending organisation is short."""

MIN_SENDER_HEADLINE_WORDS = 3
"""A headline above the sender's lines has a few words (a one-word line there is a menu or a tag)."""

MAX_DATE_LINE_CHARS = 160
"""A header date line is short; dates in longer lines are not the publication date."""

_DIGIT = regex.compile(r"\d")
_WORD2 = regex.compile(r"\p{L}{2,}")
_YEAR4 = regex.compile(r"(?<!\d)\d{4}(?!\d)")

MAX_DATE_LEFTOVER_WORDS = 1
"""A date line without a label may carry a city ("Stockholm 2007-04-24"), not a headline."""


@dataclass(frozen=True, slots=True)
class Header:
    """The header fields found, each with where it was printed, and where the body starts."""

    kind: Field | None = None
    title: Field | None = None
    published: DateMention | None = None
    body_start: int = 0
    """Index (into the line list) of the first line after the header."""


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    kinds = alternation(layout.KIND_LABELS)
    classes = alternation(layout.CLASSIFICATION_LABELS)
    captions = alternation(layout.HEADER_CAPTIONS)
    english_months = alternation(dates.ENGLISH_MONTHS)
    return {
        # Not inside an address or a word ("nyheter@vlt.se" names no kind).
        "kind": regex.compile(rf"(?<![\p{{L}}@.])(?P<k>{kinds})(?![\p{{L}}@])", regex.IGNORECASE),
        # "Pressmeddelande: Rubrik …", "PRESSINBJUDAN: Rubrik …": a headline with a label prefix.
        "prefixed": regex.compile(rf"^(?P<k>{kinds})[ \t]*(?::|[ \t]–)[ \t]*(?P<rest>\S.*)$", regex.IGNORECASE),
        "classification": regex.compile(rf"^[-–•|\s]*{classes}[.!]?[ \t]*$", regex.IGNORECASE),
        "caption": regex.compile(rf"^[-–•|\s]*{captions}[ \t]*:?[ \t]*$", regex.IGNORECASE),
        "sender": regex.compile(r"^(?:från|from)[ \t]+\S[^\n]{0,60}$", regex.IGNORECASE),
        "registration": regex.compile(
            r"(?<!\p{L})(?:org(?:anisations)?\.?[ \t]?(?:nr|nummer)|corporate identity number|reg\.?[ \t]?nr)"
            r"\.?:?[ \t]*\d{6}[-–]?\d{4}(?!\d)",
            regex.IGNORECASE,
        ),
        "address": regex.compile(rf"^(?:{'|'.join(layout.HEADER_ADDRESS_LINES)})[ \t]*:?$", regex.IGNORECASE),
        # A line made only of page furniture: "Dela  Skriv ut  Lyssna", "Meny  Sök".
        # Each item must end at a word boundary, so that no run of letters splits into items.
        "furniture": regex.compile(
            rf"^(?:[\[(]?{alternation(layout.PAGE_FURNITURE)}[\])]?(?!\p{{L}})[ \t:|,]*)+$", regex.IGNORECASE
        ),
        "website": regex.compile(
            r"^(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,4}/?$", regex.IGNORECASE
        ),
        "cookie": regex.compile(rf"(?<!\p{{L}}){alternation(layout.COOKIE_WORDS)}(?!\p{{L}})", regex.IGNORECASE),
        "breadcrumb": regex.compile(rf"[ \t]{alternation(layout.BREADCRUMB_SEPARATORS)}[ \t]"),
        "sent_field": regex.compile(r"^(?:skickat|sent|datum|date)[ \t]*:", regex.IGNORECASE),
        "email_field": regex.compile(rf"^(?:{alternation(layout.EMAIL_HEADER_FIELDS)})[ \t]*:", regex.IGNORECASE),
        "forward": regex.compile(rf"^(?:{'|'.join(layout.FORWARD_SEPARATORS)})$", regex.IGNORECASE),
        "columns": regex.compile(r"[ \t]{3,}"),
        "image": regex.compile(r"^\[(?:bild|foto|image|photo)\]", regex.IGNORECASE),
        # What may remain of a label or date line besides the label and date themselves.
        "filler": regex.compile(
            r"\b(?:kl(?:ockan)?\.?|den|cet|cest|eet|eest|utc|gmt|publicerad|publicerat|published|datum|uppdaterad|on|senast|ändrad|"
            r"regulatorisk|icke-regulatorisk|information|svenska|english|av|by|"
            r"från|from)\b|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|[|•·,;:\[\]()\-–/]",
            regex.IGNORECASE,
        ),
        "disclosure": regex.compile(
            r"(?:offentliggörande|submitted for publication|för publicering)", regex.IGNORECASE
        ),
        # "Trelleborg 2002-08-12", "Sundsvall den 24 oktober 2024 –", "Stockholm, March 12, 2024 –".
        "dateline": regex.compile(
            r"(?:^|(?<=[.!?]\s))(?P<place>\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?),?[ \t]+(?:den[ \t]+)?"
            rf"(?=\d|(?i:{english_months})\.?[ \t]+\d)"
        ),
        "byline": regex.compile(rf"^{layout.BYLINE}$", regex.IGNORECASE),
        # "Pressmeddelande från Länsstyrelsen i Västra Götalands län": a label and its sender, however long.
        "label_from": regex.compile(
            rf"^(?:gemensamt[ \t]+)?(?:{kinds})[ \t]+(?:från|from)[ \t]+\S[^\n!?:]{{0,100}}(?<!\.)$", regex.IGNORECASE
        ),
        "reading": regex.compile(rf"^{layout.READING_TIME}$", regex.IGNORECASE),
        # Page numbers, bylines and reading times in one test.
        "annotation": regex.compile(
            rf"^(?:{layout.PAGE_NUMBER_LINE}|{layout.BYLINE}|{layout.READING_TIME})$", regex.IGNORECASE
        ),
        "published_caption": regex.compile(
            rf"^(?:{alternation(layout.PUBLISHED_CAPTIONS)})(?!\p{{L}})", regex.IGNORECASE
        ),
        "update_caption": regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(layout.UPDATE_CAPTIONS)})(?!\p{{L}})", regex.IGNORECASE
        ),
        # The fields of a stamp line: "2024-05-15 17:45 CEST · Vrena Biotech AB · Regulatorisk information".
        "field_sep": regex.compile(r"[ \t]+[|•·][ \t]+"),
        "year": regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)"),
    }


def _dates_in(doc: Text, start: int, end: int, reference: dt.date | None) -> list[tuple[DateMention, int, int]]:
    """Day dates in ``doc.norm[start:end]``: each with raw offsets, and its normalised start and end."""
    sub = Text.of_normalised(doc.norm[start:end])
    out = []
    for d in find_dates(sub, reference=reference):
        if d.precision != "day" or d.relative:
            continue
        na, nb = start + d.start, start + d.end
        a, b = doc.span(na, nb)
        mention = DateMention(
            date=d.date,
            raw=doc.raw[a:b],
            start=a,
            end=b,
            until=d.until,
            precision=d.precision,
            time=d.time,
            relative=d.relative,
        )
        out.append((mention, na, nb))
    return out


def _field(doc: Text, start: int, end: int, value: str) -> Field:
    a, b = doc.span(start, end)
    return Field(value=value, raw=doc.raw[a:b], start=a, end=b)


def _leftover_words(text: str, pats: dict[str, regex.Pattern[str]]) -> list[str]:
    return pats["filler"].sub(" ", text).split()


class _Meta:
    """How one top line reads: as a label, a date, a caption … or as text."""

    __slots__ = ("aside", "dates", "kind", "line", "role")

    def __init__(
        self, line: Line, role: str, kind: regex.Match[str] | None, dates: list[DateMention], *, aside: bool = False
    ) -> None:
        self.line = line
        self.role = role  # "meta", "prefixed" or "text"
        self.kind = kind
        self.dates = dates
        # A meta line that may stand between a headline and its date stamp: the sender ("Ekbo AB (publ),
        # org.nr 556016-0680") or a classification ("Regulatorisk information").
        self.aside = aside


def _names_only_an_organisation(line: Line, names: NameIndex) -> bool:
    return line.words <= MAX_SENDER_WORDS and names.is_org(line.start, line.end)


def _read_top_line(
    doc: Text,
    line: Line,
    pats: dict[str, regex.Pattern[str]],
    top_dates: list[tuple[DateMention, int, int]],
    names: NameIndex | None = None,
) -> _Meta:
    text = line.text
    meta_kinds = (
        "classification", "caption", "sender", "address", "furniture", "image", "website", "annotation",
    )  # fmt: skip
    if any(pats[k].match(text) for k in meta_kinds):
        return _Meta(line, "meta", None, [], aside=pats["classification"].match(text) is not None)
    if pats["registration"].search(text):
        # A line with an organisation number ("Ekbo AB (publ), org.nr 556016-0680") is the sender's.
        return _Meta(line, "meta", None, [], aside=True)
    kind = pats["kind"].search(text)
    if names is not None and kind is None and _names_only_an_organisation(line, names):
        # "Region Kronoberg" or "Svenska Bandyförbundet" above the headline: the sender.
        return _Meta(line, "meta", None, [], aside=True)
    pre = pats["prefixed"].match(text)
    if pre is not None and len(_WORD2.findall(pre.group("rest"))) >= 2:
        return _Meta(line, "prefixed", pre, [])
    found = [(d, na, nb) for d, na, nb in top_dates if line.start <= na < line.end]
    dates = [d for d, _, _ in found]
    rest = text
    if kind is not None:
        rest = rest[: kind.start()] + " " + rest[kind.end() :]
    if kind is not None and line.words <= MAX_LABEL_FROM_WORDS and pats["label_from"].match(text):
        return _Meta(line, "meta", kind, dates)
    if kind is not None or dates:
        for _, na, nb in found:
            rest = rest.replace(doc.norm[na:nb], " ")
        # A line opening with "Publicerad" may name where ("Publicerad i X den …").
        labelled = kind is not None or bool(dates and pats["published_caption"].match(text))
        leftover = _leftover_words(rest, pats)
        # A sender or place set off from the date by a comma ("Skogsby Zoo, 21 mars 2025")
        # is a name in capitals; a headline with a date ("Ekbo AB: Förtydligande 2013-11-12") is not.
        named = "," in text and ":" not in text and all(w[:1].isupper() for w in leftover)
        allowed = MAX_META_LEFTOVER_WORDS if labelled or named else MAX_DATE_LEFTOVER_WORDS
        if len(leftover) <= allowed or (dates and _stamp_fields(text, pats)):
            return _Meta(line, "meta", kind, dates)
    if _page_furniture(text, pats):
        # A letterhead in columns may still print the label and the date.
        cols = bool(_columns(text, pats))
        return _Meta(line, "meta", kind if cols else None, dates if cols else [])
    return _Meta(line, "text", None, [])


def _stamp_fields(text: str, pats: dict[str, regex.Pattern[str]]) -> bool:
    """A date line of short fields ("2024-05-15 17:45 CEST · Vrena Biotech AB · Regulatorisk information")."""
    fields = pats["field_sep"].split(text)
    return len(fields) >= 2 and all(0 < len(f.split()) <= MAX_SENDER_WORDS for f in fields)


def _columns(text: str, pats: dict[str, regex.Pattern[str]]) -> list[str]:
    """The columns of a line laid out in columns (a letterhead copied from a PDF), or []."""
    cols = [c for c in pats["columns"].split(text) if c.strip()]
    return cols if len(cols) >= 2 and all(len(c.split()) <= MAX_COLUMN_WORDS for c in cols) else []


def _page_furniture(text: str, pats: dict[str, regex.Pattern[str]]) -> bool:
    """Breadcrumbs, cookie notices, menus, letterheads: header lines that are not the headline."""
    if pats["cookie"].search(text):
        return True
    crumbs = pats["breadcrumb"].findall(text)
    if (
        crumbs
        and len(text.split()) <= MAX_BREADCRUMB_WORDS
        and (len(crumbs) >= 2 or text.split(maxsplit=1)[0].lower() in ("startsida", "hem", "nyhetsrum", "press"))
    ):
        return True
    cols = _columns(text, pats)
    if cols and all(not _SENTENCE_END.search(c) for c in cols):
        return True  # "A-laget   Ungdom   Biljetter", "HOVRÄTTEN ÖVER          PRESSMEDDELANDE"
    words = text.split()
    # A short line in capitals with no lower case at all: a letterhead ("IFK LULEÅ").
    return len(words) <= MAX_LETTERHEAD_WORDS and text.isupper() and not any(ch.isdigit() for ch in text)


def _headline_like(line: Line) -> bool:
    if line.text.endswith(".") and _SENTENCE_INSIDE.search(line.text):
        return False  # a lead of two sentences under the headline
    return 0 < line.words <= MAX_TITLE_WORDS and line.kind == "text" and not line.text.endswith(":")


def read_header(doc: Text, lines: list[Line], names: NameIndex | None = None) -> Header:
    """Read kind, title and publication date from the top lines; find where the body starts.

    ``names`` (the entity recogniser's spans) lets a line that is only an
    organisation's name count as the sender rather than the headline.
    """
    pats = _patterns()
    skip = _covering_email(lines, pats)
    # The header ends at the first line that cannot be header: prose, or a heading of
    # another section. A line too long for a headline is prose without further reading.
    head_lines = []
    for ln in lines[skip : skip + TOP_LINES]:
        if ln.words > MAX_TITLE_WORDS or ln.kind != "text":
            break
        head_lines.append(ln)
    # Only short lines with a digit can be date lines.
    top_dates = [
        found
        for ln in head_lines
        if len(ln.text) <= MAX_DATE_LINE_CHARS and _DIGIT.search(ln.text)
        for found in _dates_in(doc, ln.start, ln.end, None)
    ]
    top = []
    for ln in head_lines:
        t = _read_top_line(doc, ln, pats, top_dates, names)
        if t.role == "text" and not _headline_like(t.line):
            break
        top.append(t)

    title_idx = _title_index(top)
    first_meta = next((i for i, t in enumerate(top) if t.role == "meta"), None)

    # A headline wrapped over two lines (a PDF, a narrow column) goes on in lower case.
    title_end = title_idx
    if title_idx is not None and _continues(top, title_idx):
        title_end = title_idx + 1
    # The header ends after the title and the meta lines that follow it directly.
    body_start = 0
    if title_idx is not None and title_end is not None:
        body_start = title_end + 1
        while body_start < len(top) and top[body_start].role == "meta":
            body_start += 1
    elif first_meta is not None:
        body_start = first_meta + 1
        while body_start < len(top) and top[body_start].role == "meta":
            body_start += 1

    header_part = top[:body_start]
    body_start += skip
    kind_field = _kind(doc, header_part)
    title_field = None
    if title_idx is not None:
        tl = top[title_idx].line
        t_end = top[title_end].line.end if title_end is not None else tl.end
        # "exactly as printed": the headline keeps its own quotation marks and dashes.
        title_field = _field(doc, tl.start, t_end, " ".join(doc.printed(tl.start, t_end).split()))
    published = _header_date(doc, header_part, pats)
    if published is None:
        published = _published_elsewhere(doc, lines, None if title_idx is None else title_idx + skip, pats)
    if published is None and skip:
        # A forwarded release without a date of its own: when the e-mail was sent.
        published = next(
            (
                d
                for ln in lines[:skip]
                if pats["sent_field"].match(ln.text)
                for d, _, _ in _dates_in(doc, ln.start, ln.end, None)
            ),
            None,
        )
    return Header(kind=kind_field, title=title_field, published=published, body_start=body_start)


def _header_date(doc: Text, header_part: list[_Meta], pats: dict[str, regex.Pattern[str]]) -> DateMention | None:
    """The first header date, passing over one captioned as an update ("Uppdaterad 3 juni · Publicerad 31 maj")."""
    first: DateMention | None = None
    for t in header_part:
        if t.role != "meta":
            continue
        pos = t.line.start
        for d in t.dates:
            na = doc.from_raw(d.start)
            if not pats["update_caption"].search(doc.norm, pos, na):
                return d
            first = first or d
            pos = doc.from_raw(d.end - 1) + 1
    return first


def _covering_email(lines: list[Line], pats: dict[str, regex.Pattern[str]]) -> int:
    """Lines of a covering e-mail before a forwarded release ("Från: … Ämne: … -----"), or 0."""
    if not lines:
        return 0
    k = 0
    if pats["forward"].match(lines[0].text):
        # "---------- Forwarded message ---------" above the fields.
        k = 1
    elif not pats["email_field"].match(lines[0].text):
        return 0
    else:
        for j, ln in enumerate(lines[:MAX_COVER_LINES]):
            if pats["forward"].match(ln.text):
                return j + 1
    while k < len(lines) and (pats["email_field"].match(lines[k].text) or pats["forward"].match(lines[k].text)):
        k += 1
    return k + _covering_note(lines, k)


def _covering_note(lines: list[Line], k: int) -> int:
    """Lines of a personal note after the e-mail fields, ending in a greeting and a name ("Hälsningar / Malin")."""
    for j in range(k, min(len(lines), k + MAX_NOTE_LINES)):
        if lines[j].kind == "signoff":
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            if nxt is not None and nxt.para == lines[j].para and nxt.words <= MAX_LETTERHEAD_WORDS:
                return j + 2 - k
            return j + 1 - k
    return 0


def _continues(top: list[_Meta], i: int) -> bool:
    """Whether the headline at ``top[i]`` goes on in the next line ("… straffet för / mordbrand i X")."""
    if i + 1 >= len(top):
        return False
    here, nxt = top[i].line, top[i + 1]
    return (
        nxt.role == "text"
        and nxt.line.para == here.para
        and nxt.line.text[:1].islower()
        and not here.text.endswith((".", "!", "?", ":"))
        and here.words + nxt.line.words <= MAX_TITLE_WORDS
    )


def _title_index(top: list[_Meta]) -> int | None:
    """Which top line is the headline.

    The first "stamp" (a line printing the label or the date) decides: the
    headline stands right above it ("Rubrik / Pressmeddelande • 5 mars"), or,
    when furniture or nothing stands above it, is the first text below it
    ("Pressmeddelande / 2010-03-12 / Rubrik"). Without a stamp, the first text.
    """
    texts = [i for i, t in enumerate(top) if t.role in ("text", "prefixed")]
    if not texts:
        return None
    if top[0].role == "prefixed":
        return 0
    stamp = next((i for i, t in enumerate(top) if t.role == "meta" and (t.kind is not None or t.dates)), None)
    if stamp is None:
        return texts[0]
    pats = _patterns()
    while (
        stamp > 1
        and (pats["byline"].match(top[stamp - 1].line.text) or pats["reading"].match(top[stamp - 1].line.text))
        and top[stamp - 2].role != "meta"
    ):
        # "Rubrik / Av Elin Berg, kommunikatör / 14 augusti 2024": a byline or reading time stands between.
        stamp -= 1
    above = stamp - 1
    while above > 0 and top[above].role == "meta" and top[above].aside:
        above -= 1
    if (
        above < stamp - 1
        and top[above].role == "text"
        and top[above].line.words >= MIN_SENDER_HEADLINE_WORDS
        and not top[above].line.text.endswith((":", "."))
    ):
        # "Delårsrapport januari–mars 2025 // Ekbo AB (publ), org.nr … // Stockholm, 24 april 2025",
        # "Rubrik // Regulatorisk information // Stockholm, 8 maj 2025": the headline stands above the
        # sender's or classification lines that precede the stamp.
        return above
    if stamp > 0 and top[stamp - 1].role in ("text", "prefixed"):
        below = _headline_below_sender(top, stamp - 1, stamp)
        if below is not None:
            return below
        if _lead_between(top, stamp):
            return stamp - 2
        return stamp - 1
    after = [i for i in texts if i > stamp]
    if not after:
        return texts[-1]
    return _headline_above_later_stamp(top, stamp, after[0]) or after[0]


def _headline_above_later_stamp(top: list[_Meta], stamp: int, first: int) -> int | None:
    """The headline right above a later date stamp, when the text after the label is a tag line.

    "Nyhet / Miljö och hälsa // Rubrik // Publicerad: 12 juli 2024": a short line glued
    to the label is a category; the headline is the line the publication date follows.
    """
    tag = top[first]
    if tag.role != "text" or tag.line.para != top[stamp].line.para or tag.line.words > MAX_TAG_WORDS:
        return None
    for i in range(first + 1, len(top) - 1):
        if top[i].role != "text":
            return None
        if top[i + 1].role == "meta" and top[i + 1].dates:
            return i
        if top[i].line.words <= MAX_TAG_WORDS and top[i].line.para == tag.line.para:
            continue  # another tag line
        return None
    return None


def _lead_between(top: list[_Meta], stamp: int) -> bool:
    """A one-sentence lead between the headline and the date stamp ("Rubrik // Regionen startar … . // 12 maj")."""
    if stamp < 2:
        return False
    lead, head = top[stamp - 1], top[stamp - 2]
    return (
        lead.role == "text"
        and lead.line.text.endswith(".")
        and head.role in ("text", "prefixed")
        and not head.line.text.endswith(".")
        and head.line.para != lead.line.para
    )


def _headline_below_sender(top: list[_Meta], above: int, stamp: int) -> int | None:
    """The headline below a stamp when the line above it is the sender of one block with it.

    "Ålands Sjöfartsförbund / PRESSMEDDELANDE 12.3.2024 // Rubrik": a short first line
    in the same paragraph as the stamp, then (after the stamp's meta lines) a headline
    in a paragraph of its own.
    """
    sender = top[above]
    if sender.role != "text" or sender.line.words > MAX_SENDER_WORDS or sender.line.para != top[stamp].line.para:
        return None
    if any(t.role != "meta" for t in top[:above]):
        return None
    i = stamp + 1
    while i < len(top) and top[i].role == "meta":
        i += 1
    if i >= len(top) or top[i].role != "text":
        return None
    head = top[i].line
    if head.para == top[i - 1].line.para or head.text.endswith("."):
        return None
    return i


def _kind(doc: Text, header_part: list[_Meta]) -> Field | None:
    for t in header_part:
        if t.role == "meta" and t.kind is not None:
            a = t.line.start + t.kind.start("k")
            b = t.line.start + t.kind.end("k")
            return _field(doc, a, b, t.kind.group("k").lower())
    for t in header_part:
        if t.role == "prefixed" and t.kind is not None:
            a = t.line.start + t.kind.start("k")
            b = t.line.start + t.kind.end("k")
            return _field(doc, a, b, t.kind.group("k").lower())
    return None


def _published_elsewhere(
    doc: Text, lines: list[Line], title_idx: int | None, pats: dict[str, regex.Pattern[str]]
) -> DateMention | None:
    """A dateline ("Trelleborg 2002-08-12"), else the disclosure line, else a full date in the title."""
    for ln in lines:
        if not _DIGIT.search(ln.text):
            continue  # a dateline's date follows its place on the line
        for m in pats["dateline"].finditer(ln.text[:2000]):
            if not _place_like(m.group("place")):
                continue
            found = _dates_in(doc, ln.start + m.end(), min(ln.end, ln.start + m.end() + 40), None)
            if found and found[0][1] == ln.start + m.end() and _has_year(found[0][0]):
                return found[0][0]
    reference = _year_of_text(doc, pats)
    for ln in lines:
        if ln.kind == "footer" and pats["disclosure"].search(ln.text):
            found = _dates_in(doc, ln.start, ln.end, reference)
            if found:
                return found[0][0]
    if title_idx is not None and title_idx < len(lines):
        tl = lines[title_idx]
        for d, _, _ in _dates_in(doc, tl.start, tl.end, None):
            if _has_year(d):
                return d
    return None


def _place_like(word: str) -> bool:
    """A dateline starts with a place ("Trelleborg"), not a weekday or a sentence opener ("Fredag den 4 …")."""
    w = word.split(maxsplit=1)[0].lower()
    return not (
        w in dates.WEEKDAYS or w.removesuffix("en") in dates.WEEKDAYS or w in dates.MONTHS or w in layout.NOT_PLACES
    )


def _has_year(d: DateMention) -> bool:
    return bool(_YEAR4.search(d.raw))


def _year_of_text(doc: Text, pats: dict[str, regex.Pattern[str]]) -> dt.date | None:
    """A reference for year-less disclosure dates: the year the text mentions most (latest on ties)."""
    years = Counter(int(y) for y in pats["year"].findall(doc.norm[:200_000]))
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    return dt.date(year, 7, 1)
