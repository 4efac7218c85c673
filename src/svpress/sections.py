"""Split a release into sections: header, body, fact boxes, contacts, captions, footers.

Works on the classified lines of :mod:`svpress.lines`. A heading opens a
section; the section runs until another heading, or until a paragraph that
plainly belongs elsewhere (prose after a contact list, the body going on
after a one-paragraph correction notice).
"""

from __future__ import annotations

import regex

from svpress.lang.sv import layout
from svpress.lines import Line
from svpress.model import FactBox, Paragraph, Section
from svpress.names import NAME_TOKEN, is_role_word
from svpress.text import Text

MAX_CONTACT_LINE_WORDS = 25
"""A line longer than this, without a phone or e-mail, is prose, not a contact."""

MAX_NAME_LINE_WORDS = 8
"""Lines of a contact list without phone or e-mail (name, role) are short."""

MAX_ONE_LINE_CONTACT_WORDS = 16
"""A contact on a line of its own (name, role, phone, e-mail) is short."""

MAX_ROLE_LINE_WORDS = 3
"""A role on a line of its own above a name ("Presschef") is short."""

PROSE_WORDS = 18
"""A paragraph with a line this long and a full stop reads as prose."""

_CONTACTISH = regex.compile(
    r"(?:\+?\d[\d \-–()]{5,}\d|@|\(at\)|\[at\]"
    r"|\b(?:tfn|tel|telefon|mobil|mobiltelefon|växel|e-post|epost|e-mail|mail)\b)",
    regex.IGNORECASE,
)
_DASH_OPEN = regex.compile(r"^[–-][ \t]*\S")
_NAME_START = regex.compile(rf"{NAME_TOKEN}(?:[ \t]+(?:von |af |de )?{NAME_TOKEN}){{1,3}}")
_SINGLE = tuple(layout.SINGLE_PARAGRAPH_BOXES)


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    paras: list[list[Line]] = []
    for ln in lines:
        if paras and paras[-1][-1].para == ln.para:
            paras[-1].append(ln)
        else:
            paras.append([ln])
    return paras


def _is_prose(para: list[Line]) -> bool:
    return any(ln.words >= PROSE_WORDS and not _CONTACTISH.search(ln.text) for ln in para)


def _contactish(para: list[Line]) -> bool:
    """A paragraph that can continue a contact section: contact details, or short name/role lines."""
    if any(_CONTACTISH.search(ln.text) for ln in para):
        return all(ln.words <= MAX_CONTACT_LINE_WORDS * 2 for ln in para)
    return all(ln.words <= MAX_NAME_LINE_WORDS for ln in para) and len(para) <= 8


def _one_line_signature(para: list[Line]) -> bool:
    """A contact on one line of its own: "Anna Ek, presschef, 070-…, anna.ek@ekbo.se"."""
    if len(para) != 1 or para[0].words > MAX_ONE_LINE_CONTACT_WORDS or not _CONTACTISH.search(para[0].text):
        return False
    first = para[0].text.split(",")[0].strip()
    return "," in para[0].text and bool(_NAME_START.fullmatch(first))


def _signature(para: list[Line]) -> bool:
    """A contact block without a heading: a short name line, then lines with a phone or e-mail.

    The role may stand on a line of its own above the name ("Presschef / Anna Ek / 070-…").
    """
    if len(para) == 1:
        return _one_line_signature(para)
    if len(para) >= 3 and para[0].words <= MAX_ROLE_LINE_WORDS and is_role_word(para[0].text.split()[0]):
        para = para[1:]
    if not 2 <= len(para) <= 6 or para[0].words > MAX_NAME_LINE_WORDS or _CONTACTISH.search(para[0].text):
        return False
    first = para[0].text.split(",")[0].strip()
    if not _NAME_START.fullmatch(first):
        return False
    details = [ln for ln in para[1:] if _CONTACTISH.search(ln.text)]
    return bool(details) and not _is_prose(para)


def split_sections(text: Text, lines: list[Line], body_start: int) -> list[Section]:
    """Assign every line from ``body_start`` on to a section; the lines before are the header."""
    out: list[Section] = []
    if body_start > 0:
        out.append(Section("header", lines[0].start, lines[body_start - 1].end))
    current = "body"
    heading: str | None = None
    single = False
    cur_start: int | None = None
    cur_end = 0

    def flush() -> None:
        if cur_start is not None:
            out.append(Section(current, cur_start, cur_end, heading))

    for para in _paragraphs(lines[body_start:]):
        first_in_para = True
        for ln in para:
            kind = ln.kind
            new: str | None = None
            new_heading: str | None = None
            if kind == "contact" and current == "contacts" and ln.heading_end >= ln.end:
                # A bare "Presskontakt" label inside a contact list (Mynewsdesk cards).
                new = None
            elif kind in ("contact", "fact"):
                new, new_heading = ("contacts" if kind == "contact" else "fact_box"), ln.text
            elif kind in ("footer", "caption", "signoff"):
                new = kind
            elif first_in_para:
                new = _continue(current, single, para)
            if new is not None and (new != current or new_heading is not None):
                flush()
                current, heading = new, new_heading
                single = new == "fact_box" and ln.text.rstrip(":").strip().lower().startswith(_SINGLE)
                cur_start = ln.start
            elif cur_start is None:
                cur_start = ln.start
            cur_end = ln.end
            first_in_para = False
    flush()
    return out


def _continue(current: str, single: bool, para: list[Line]) -> str | None:
    """The section a new paragraph belongs to, or None to stay in the current one."""
    if current == "contacts":
        return None if _contactish(para) else "body"
    if current == "fact_box":
        if single or _DASH_OPEN.match(para[0].text):
            return "body"
        return "contacts" if _signature(para) else None
    if current in ("caption", "signoff", "footer"):
        # These cover their own paragraph: "Report this content" may stand above the
        # body (Cision), "Senast ändrad" in the middle of a web page.
        return "contacts" if _signature(para) else "body"
    if current == "body" and _signature(para):
        return "contacts"
    return None


def body_paragraphs(text: Text, secs: list[Section], lines: list[Line]) -> list[Paragraph]:
    """The body paragraphs, in order, with raw offsets; text with whitespace collapsed."""
    bodies = [(s.start, s.end) for s in secs if s.kind == "body"]
    out: list[Paragraph] = []
    group: list[Line] = []
    k = 0

    def flush() -> None:
        if group:
            start, end = group[0].start, group[-1].end
            a, b = text.span(start, end)
            # The lines of a group follow one another with only blanks between them: the stretch
            # they cover, its whitespace collapsed, is their text.
            out.append(Paragraph(text=" ".join(text.norm[start:end].split()), start=a, end=b, raw=text.raw[a:b]))
            group.clear()

    for ln in lines:
        while k < len(bodies) and bodies[k][1] < ln.start:
            k += 1
        in_body = k < len(bodies) and bodies[k][0] <= ln.start < bodies[k][1]
        if not in_body or (group and (group[-1].para != ln.para or group[-1].end < bodies[k][0])):
            flush()
        if in_body:
            group.append(ln)
    flush()
    return out


def fact_boxes(text: Text, secs: list[Section]) -> list[FactBox]:
    """Each fact-box section as a FactBox: its heading as printed and its text."""
    out: list[FactBox] = []
    for sec in secs:
        if sec.kind != "fact_box" or sec.heading is None:
            continue
        body_start = sec.start + len(sec.heading)
        body = " ".join(text.norm[body_start : sec.end].split())
        a, b = text.span(sec.start, sec.end)
        title = " ".join(text.printed(sec.start, sec.start + len(sec.heading)).split()).rstrip(":").strip()
        out.append(FactBox(title=title, text=body, start=a, end=b))
    return out
