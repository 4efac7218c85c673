"""E-mail addresses, plain and obfuscated, lowercased, with offsets.

The search is anchored on the "@" (or a bracketed "(at)", "[snabel-a]"),
then reads the local part backwards and the domain forwards with bounded
patterns: no pattern ever scans a long word that holds no "@", so time stays
linear on any input. Forms read: "fornamn.efternamn@region.se",
"namn(at)org.se", "namn [at] org [dot] se", "namn @ org.se". Web addresses
("https://user@host", "medium.com/@namn") and file names ("logo@2x.png")
are not e-mails.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from svpress.lang.sv import emails as data
from svpress.lang.sv.util import alternation
from svpress.model import Email
from svpress.text import Text

MAX_LOCAL = 64
"""Longest local part (RFC 5321)."""

MAX_LABEL = 63
"""Longest domain label (RFC 1035)."""

URL_LOOKBACK = 200
"""How far back an address is checked for a URL scheme ("https://user@host")."""


@dataclass(frozen=True, slots=True)
class _Patterns:
    marker: re.Pattern[str]
    local: regex.Pattern[str]
    domain: regex.Pattern[str]
    dot: regex.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    at_word = alternation(data.AT_WORDS)
    bracketed = rf"(?P<word>[\[(<{{][ \t]?{at_word}[ \t]?[\])>}}])"
    dot_word = alternation(data.DOT_WORDS)
    # "(dot)", "[punkt]" … standing for ".", with optional blanks around.
    dot = rf"(?:\.|[ \t]{{0,2}}[\[(<{{][ \t]?{dot_word}[ \t]?[\])>}}][ \t]{{0,2}})"
    label = rf"[\w\-]{{1,{MAX_LABEL}}}"
    return _Patterns(
        # Run with ``re`` on the lowercased text: a plain "@" or a bracketed
        # word, no blanks around (they are added after), so the engine can
        # skip quickly to the few places that matter.
        marker=re.compile(rf"@|{bracketed}"),
        # Read backwards from the marker ("(?r)"): word characters, "+", "-"
        # and dots (or "[dot]") between them.
        local=regex.compile(rf"(?ir)(?:[\w+\-]{{1,{MAX_LOCAL}}}{dot}){{0,8}}[\w+\-]{{1,{MAX_LOCAL}}}"),
        # Labels joined by dots, ending in a top-level domain of letters.
        domain=regex.compile(rf"(?i)(?:{label}{dot}){{1,8}}[a-z]{{2,24}}(?![\w\-]|@)"),
        dot=regex.compile(rf"(?i){dot}"),
    )


def _is_web_address(norm: str, start: int) -> bool:
    """Whether the local part starting at ``start`` sits inside a URL."""
    if start > 0 and norm[start - 1] == "/":
        return True
    lo = max(0, start - URL_LOOKBACK)
    token_start = max(norm.rfind(" ", lo, start), norm.rfind("\n", lo, start), lo - 1) + 1
    token = norm[token_start:start].lower()
    return "://" in token or token.startswith("www.")


def _canonical(part: str) -> str:
    """Join an address part with plain dots, without blanks, lowercased."""
    return _patterns().dot.sub(".", part).lower()


def _trim_domain(domain: str) -> str:
    """Drop a sentence glued after the address: "namn@org.se.Kontakta" -> "org.se"."""
    head, _, last = domain.rpartition(".")
    if head and "." in head and last[:1].isupper() and last[1:].islower() and len(last) > 3:
        return head
    return domain


def _widen(norm: str, start: int, end: int) -> tuple[int, int]:
    """Take up to two blanks on each side of a marker: "namn @ org.se"."""
    for _ in range(2):
        if start > 0 and norm[start - 1] in " \t":
            start -= 1
        if end < len(norm) and norm[end] in " \t":
            end += 1
    return start, end


def find_emails(text: Text) -> list[Email]:
    """Return every e-mail address in ``text``, in order, lowercased, with raw offsets.

    ``obfuscated`` is set when "@" or "." were written as words ("(at)",
    "[dot]") or with blanks around the "@".
    """
    norm = text.norm
    p = _patterns()
    out: list[Email] = []
    last_end = 0
    for mark in p.marker.finditer(text.lower):
        ms, me = _widen(norm, *mark.span())
        # Cheap test first: a local part ends right before the marker.
        if ms <= last_end or not (norm[ms - 1].isalnum() or norm[ms - 1] in "_+-"):
            continue
        local = p.local.match(norm, last_end, ms)
        if local is None:
            continue
        ls = local.start()
        # A local part longer than allowed, or glued to a URL, is no address.
        if (ls > 0 and (norm[ls - 1].isalnum() or norm[ls - 1] in "_+-")) or _is_web_address(norm, ls):
            continue
        dom = p.domain.match(norm, me)
        if dom is None:
            continue
        domain = _trim_domain(dom.group())
        de = me + len(domain)
        tld = domain.rsplit(".", 1)[-1].lower()
        if tld in data.FILE_EXTENSIONS:
            continue
        a, b = text.span(ls, de)
        obfuscated = mark["word"] is not None or me - ms > 1
        address = f"{_canonical(local.group())}@{_canonical(domain)}"
        obfuscated = obfuscated or address != f"{local.group()}@{domain}".lower()
        out.append(Email(address=address, raw=text.raw[a:b], start=a, end=b, obfuscated=obfuscated))
        last_end = de
    return out
