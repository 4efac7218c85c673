"""Split normalised text into lines and classify them by what they open or are.

A "line" here is a stretch of one text line. Long run-on lines are cut
where a contact heading or a distribution footer begins in mid-line
("… Pergo AB Corporate Communications För mer information kontakta: …"),
so that every piece can be classified on its own.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import NamedTuple

import regex

from svpress.lang.sv import layout
from svpress.lang.sv.util import alternation
from svpress.rx import lower_view

SHORT_LINE_CHARS = 60
"""Lines up to this long (headings, labels, sign-offs) are always classified in full."""

PROSE_TAIL_WORDS = 6
"""Words of a second sentence after a contact heading that make the line prose."""

MAX_LINE_SCAN = 2000
"""Characters of a line examined by the line-level patterns (lines can be megabytes long)."""


class Line(NamedTuple):
    """A non-blank line (or piece of one) of the normalised text.

    ``start``/``end`` are normalised offsets of its first and last
    non-space characters; ``para`` numbers paragraphs (blank-line separated);
    ``words`` counts its words. (A named tuple: lines are made by the dozen for
    every release, and a frozen dataclass costs several times more to build.)
    """

    start: int
    end: int
    text: str
    para: int
    words: int
    kind: str = "text"
    heading_end: int = -1


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    contact = "(?:" + "|".join(layout.CONTACT_HEADINGS) + ")"
    footer_lines = "(?:" + "|".join(layout.FOOTER_LINES) + ")"
    footer_open = "(?:" + "|".join(layout.FOOTER_OPENINGS) + ")"
    caption = "(?:" + "|".join(layout.CAPTION_OPENINGS) + ")"
    signoff = "(?:" + "|".join(layout.SIGN_OFF_LINES) + ")"
    fact = alternation(layout.FACT_BOX_HEADINGS)
    return {
        # A contact heading: at line start, followed by ":" / ";" / end of line or
        # a name (the rest of the line is then the first contact).
        "contact": regex.compile(
            rf"^[-–•*\s]*(?P<h>{contact})(?!\p{{L}})[ \t]*(?:[:;.,–/?-]+|(?=$)|(?=[ \t]+\p{{Lu}})|(?=[ \t]+\S+@))",
            regex.IGNORECASE,
        ),
        "footer": regex.compile(rf"^(?:{footer_lines})[ \t]*:?[ \t]*$|^{footer_open}", regex.IGNORECASE),
        "caption": regex.compile(
            rf"^(?:{caption})(?:[ \t]*[:–][ \t]*\S|[ \t]+(?:från|ovan|t\.?v\.?|t\.?h\.?)\b)",
            regex.IGNORECASE,
        ),
        "signoff": regex.compile(rf"^(?:{signoff})[ \t]*[.!]?$", regex.IGNORECASE),
        # Opening words of every long line the patterns here can match.
        "opening": regex.compile(rf"^[-–•*\s]*(?:{alternation(layout.LONG_LINE_OPENINGS)})", regex.IGNORECASE),
        # Fact-box headings: a short line, optionally ending with a colon.
        "fact": regex.compile(
            rf"^(?:(?:{fact})\b[^\n.!?]{{0,60}}?|[^\n.!?:]{{1,50}}[ \t](?:i korthet|i siffror|i sammandrag)"
            rf"|(?:\p{{L}}+[ \t])?\p{{L}}*{layout.FACT_BOX_SUFFIX})[ \t]*:?$",
            regex.IGNORECASE,
        ),
        "about": regex.compile(r"^(?:Om|OM|About|ABOUT)[ \t]+(?P<first>[\p{L}\d][\p{L}\d-]*)[^\n.!?:]{0,70}:?$"),
        # Where a line must be cut: a strong contact heading or a footer in mid-line.
        # Every branch starts with a literal, so the scan is fast; what precedes
        # a match is checked in code.
        "cut": regex.compile(
            r"(?:för|vid) (?:mer|ytterligare|vidare|närmare) (?:information|upplysningar)[^\n]{0,40}?kontakta"
            r"|(?:för|vid) (?:mer|ytterligare|vidare|närmare) information:"
            r"|kontaktperson(?:er)?:|presskontakt:"
            r"|denna information skickades av|-{6,}|_{6,}|={6,}"
            r"|informationen lämnades(?:,[^\n]{0,60},)? för offentliggörande",
        ),  # run on the lowercased text (see _cut_positions)
    }


# Words every cut contains (one of them), found by str.find far faster than the cut pattern scans
# every position; the pattern then runs only in windows around them. A cut starts at most 70
# characters before its anchor and ends at most 110 after it.
_CUT_ANCHORS = ("kontakt", "information")
_CUT_RULES = ("------", "______", "======")
_CUT_WINDOW = 128
_RUN = regex.compile(r"(.)\1*")
_LINE = regex.compile(r"[^\n]+")
_NO_CUT_AFTER = '("«»-–/'
_SENTENCE_BREAK = regex.compile(r"[.!?][ \t]+(?=\p{Lu})")
_DETAILS = regex.compile(r"@|\d[\d \t-]{5,}\d")


def _cut_positions(low: str) -> list[int]:
    """Starts of the cut pattern's matches in the lowercased text ``low``, in order."""
    windows: list[tuple[int, int]] = []
    for anchor in _CUT_ANCHORS:
        i = low.find(anchor)
        while i >= 0:
            windows.append((i - _CUT_WINDOW, i + len(anchor) + _CUT_WINDOW))
            i = low.find(anchor, i + 1)
    for rule in _CUT_RULES:
        i = low.find(rule)
        while i >= 0:
            m = _RUN.match(low, i)  # a rule is one window however long it runs
            end = m.end() if m is not None else i + len(rule)
            windows.append((i - _CUT_WINDOW, end + _CUT_WINDOW))
            i = low.find(rule, end)
    if not windows:
        return []
    windows.sort()
    cut = _patterns()["cut"]
    out: list[int] = []
    lo, hi = windows[0]
    for a, b in windows[1:]:
        if a <= hi:
            hi = max(hi, b)
            continue
        out.extend(m.start() for m in cut.finditer(low, max(lo, 0), hi))
        lo, hi = a, b
    out.extend(m.start() for m in cut.finditer(low, max(lo, 0), hi))
    return out


def split_lines(norm: str, low: str | None = None) -> list[Line]:
    """Split ``norm`` into non-blank, classified lines with paragraph numbers.

    ``low`` is ``norm`` lowercased by :func:`svpress.rx.lower_view` when the caller has it.
    """
    out: list[Line] = []
    para = 0
    blank = False  # a blank line since the last non-blank one
    offset = 0
    # Where a heading or footer starts in mid-line: one scan of the whole text.
    cut_at = _cut_positions(lower_view(norm) if low is None else low)
    k = 0
    for raw_line in norm.split("\n"):
        line_start = offset
        offset += len(raw_line) + 1
        if not raw_line.strip():
            blank = True
            continue
        if blank and out:
            para += 1
        blank = False
        cuts = [0]
        while k < len(cut_at) and cut_at[k] < offset:
            p = cut_at[k] - line_start
            k += 1
            if p > cuts[-1] and raw_line[p - 1] not in _NO_CUT_AFTER:
                cuts.append(p)
        cuts.append(len(raw_line))
        for a, b in pairwise(cuts):
            piece = raw_line[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            start = line_start + a + lead
            out.append(_classify(Line(start, start + len(stripped), stripped, para, len(stripped.split()))))
    return out


def _classify(line: Line) -> Line:
    pats = _patterns()
    text = line.text[:MAX_LINE_SCAN]
    # Most lines are prose: one cheap test on the opening word spares them the five patterns below.
    if len(text) > SHORT_LINE_CHARS and not pats["opening"].match(text) and "offentliggör" not in text:
        return line
    m = pats["contact"].match(text)
    if m is not None and _plausible_contact_heading(text, m):
        return line._replace(kind="contact", heading_end=line.start + m.end())
    if pats["footer"].match(text):
        return line._replace(kind="footer")
    if pats["caption"].match(text):
        return line._replace(kind="caption")
    if line.words <= 8 and (pats["fact"].match(text) or _about_heading(pats["about"].match(text))):
        return line._replace(kind="fact")
    if line.words <= 6 and pats["signoff"].match(text):
        return line._replace(kind="signoff")
    return line


def _about_heading(m: regex.Match[str] | None) -> bool:
    """Tell a heading ("Om Ekbo AB", "Om blågröna alger") from a sentence ("Om du vill veta mer")."""
    return m is not None and m.group("first").lower() not in layout.ABOUT_NOT_HEADING


def _plausible_contact_heading(text: str, m: regex.Match[str]) -> bool:
    """Short generic headings ("Kontakt") only count when the line is short or has a colon."""
    head = m.group("h").lower()
    rest = text[m.end() :].strip()
    # A heading opens a list, it does not run on into prose: "Frågor om vattnet
    # besvaras av X:s kundtjänst på 020-… . SGU publicerar …" is a sentence.
    after_sentence = _SENTENCE_BREAK.split(rest, maxsplit=1)
    if (
        len(after_sentence) == 2
        and len(after_sentence[1].split()) >= PROSE_TAIL_WORDS
        and not _DETAILS.search(after_sentence[1])
    ):
        return False  # (a second entry "… . Bo Lind, 070-…" is no prose)
    if head.startswith(("för ", "vid ", "frågor", "upplysningar", "mer ", "ytterligare", "vidare", "lämnat")):
        return True
    if not rest:
        return True
    # "Kontakt: Anna Ek, 070-…" or "Presskontakt Anna Ek" but not "Kontakten med …".
    return ":" in text[: m.end()] or len(rest.split()) <= 8
