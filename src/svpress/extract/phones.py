"""Telephone numbers: E.164, type, area and the label printed beside each.

libphonenumber's ``PhoneNumberMatcher(text, "SE", Leniency.VALID)`` does the
reading (``POSSIBLE`` would turn dates and organisation numbers into phones),
on the characters of the text (a tokenizer would split numbers into pieces)
but only on the stretches a cheap regex finds: digits and separators that
start with "+", "00 " or a trunk "0" glued to an area code. Running the
matcher over a whole release costs several times more, and it gives up on
a stretch with trailing digits, which we cut back instead.

Rules of our own: a time range ("08.00-16.30") or a number after a register
word ("bankgiro", "org.nr", "kl.") is never a phone; emergency and service
numbers are not contact numbers; the pre-1999 international prefix "009" is
read as "00"; a number printed without its area code ("växel 620 00") takes
one only from a full number printed in the same text, else it is left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import phonenumbers
import regex
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from svpress.lang.sv import area_codes
from svpress.lang.sv import phones as data
from svpress.lang.sv.util import alternation
from svpress.model import Phone
from svpress.text import Text

MIN_DIGITS = 6
"""Fewer digits in a stretch cannot make a phone number (Sweden's shortest have 7)."""

MAX_DIGITS = 17
"""Most digits in one number: 15 (E.164) after an international prefix "00"."""

CUT_BUDGET_BASE = 50
"""Matcher calls spent on cutting stretches back, per text, plus one per ``CUT_BUDGET_CHARS``."""

CUT_BUDGET_CHARS = 100

MAX_LENGTH = 40
"""Longest stretch read as one number ("+46 (0) 70 – 123 45 67" has 22 characters)."""

CACHE_SIZE = 4096
"""Stretches whose reading is remembered across calls."""

LABEL_LOOKBACK = 40
"""How far before a number, on its line, its label may be printed."""

NOT_PHONE_LOOKBACK = 30
"""How far before a number a register word ("bankgiro") may be printed."""

_TYPE_NAMES: dict[int, str] = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    # libphonenumber files Sweden's 010 numbers as "UAN"; they are the
    # operators' non-geographic series.
    PhoneNumberType.UAN: "non_geographic",
    PhoneNumberType.VOICEMAIL: "voicemail",
}
_GEOGRAPHIC = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True, slots=True)
class _Patterns:
    run: regex.Pattern[str]
    starts: regex.Pattern[str]
    cut: regex.Pattern[str]
    old_prefix: regex.Pattern[str]
    label_before: regex.Pattern[str]
    label_after: regex.Pattern[str]
    not_phone_before: regex.Pattern[str]
    not_phone_shape: regex.Pattern[str]
    clock_after: regex.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    labels = alternation(data.LABELS)
    label = rf"(?P<label>{labels})\.?\)?(?:[ \t]?(?:nr|nummer)\.?)?[ \t]{{0,3}}:?[ \t]{{0,3}}"
    # A phone number printed in Swedish style starts with "+", or with the
    # trunk "0" glued to the area code ("070-…", "(08) …") or the prefix
    # "00" ("00 47 …"), never inside another number: this skips years,
    # amounts, dates and lone zeros before libphonenumber runs.
    start = r"(?<![\d\-–+])(?<!\d[./])(?:\+|\(?0(?=[1-9]|0[ \t]?[1-9]))"
    return _Patterns(
        # One character class repeated: linear, no backtracking; a line break ends a run.
        run=regex.compile(start + r"[\d \t\-–./()]*\d"),
        starts=regex.compile(start),
        # Gaps between digit groups, where a stretch may be cut back.
        cut=regex.compile(r"(?<=\d)[ \t\-–./()]+(?=\d)"),
        old_prefix=regex.compile(r"009(?P<sep>[ \t\-–]{0,2})(?=[1-9])"),
        # Read backwards from the number ("(?r)"): one attempt, not one per position.
        label_before=regex.compile(rf"(?ir)(?<![\w.]){label}"),
        label_after=regex.compile(rf"(?i)[ \t]{{0,2}}\([ \t]?(?P<label>{labels})\.?[ \t]?\)"),
        not_phone_before=regex.compile(
            rf"(?ir)(?<![\w.]){alternation(data.NOT_PHONE_CONTEXT)}[ \t]{{0,3}}:?[ \t]{{0,3}}"
        ),
        # Shapes libphonenumber may accept that a Swedish reader never reads
        # as a phone: times and time ranges ("08.00-16.30", "0800-1600"),
        # dates, year ranges, organisation numbers.
        not_phone_shape=regex.compile(
            r"""(?:
                [0-2]?\d[.:][0-5]\d(?:[ \t]*[-–][ \t]*[0-2]?\d[.:][0-5]\d)?
              | (?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d
              | \d{4}-\d\d-\d\d | \d\d?[./]\d\d?[./]\d{2,4}
              | (?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d
              | \d{6}-\d{4}
            )""",
            regex.VERBOSE,
        ),
        # "2010-03-12 14:30": digits followed by ":30" are a time stamp.
        clock_after=regex.compile(r":[0-5]\d(?!\d)"),
    )


@functools.cache
def _geocoder() -> Any:
    # Imported on first use: importing the geocoder loads its prefix tables
    # (about 0.3 s), and only foreign fixed-line numbers need it.
    from phonenumbers import geocoder  # noqa: PLC0415

    return geocoder


@dataclass(frozen=True, slots=True)
class _Number:
    """A number libphonenumber read in a window, with offsets into that window."""

    start: int
    end: int
    e164: str
    type: str
    area: str | None
    country: str
    national: str


def _area(number: Any, kind: int, national: str) -> str | None:
    """The geographic area of a fixed line: Swedish ones from our table, others from the geocoder."""
    if kind not in _GEOGRAPHIC:
        return None
    if number.country_code == 46:
        for length in (3, 2, 1):
            area = area_codes.AREAS.get(national[:length])
            if area is not None:
                return area
        return None
    name = _geocoder().description_for_number(number, "sv")
    return str(name) if name else None


def _region(number: Any) -> str:
    """ISO 3166 alpha-2 region of a number; "ZZ" for non-geographic ones (+800, +882)."""
    region = phonenumbers.region_code_for_number(number) or ""
    return region if len(region) == 2 and region.isalpha() else "ZZ"


@functools.lru_cache(maxsize=CACHE_SIZE)
def _read_window(window: str) -> tuple[_Number, ...]:
    """Run the matcher on one stretch and read what each number is.

    Cached: a release repeats its numbers and an archive its switchboards.
    """
    out = []
    for m in PhoneNumberMatcher(window, "SE", Leniency.VALID):
        n = m.number
        kind = phonenumbers.number_type(n)
        national = phonenumbers.national_significant_number(n)
        out.append(
            _Number(
                start=m.start,
                end=m.end,
                e164=phonenumbers.format_number(n, PhoneNumberFormat.E164),
                type=_TYPE_NAMES.get(kind, "unknown"),
                area=_area(n, kind, national),
                country=_region(n),
                national=national,
            )
        )
    return tuple(out)


_BLANKS = regex.compile(r"\s+")
# Characters that, right before digits, make them part of a longer number.
_NUMBER_CHARS = frozenset("0123456789-–+/.")


def _canonical_label(printed: str) -> str:
    return data.LABELS[_BLANKS.sub(" ", printed.lower())]


def _label(norm: str, start: int, end: int) -> str | None:
    """The label printed just before the number on its line, or in brackets after it."""
    p = _patterns()
    line_start = norm.rfind("\n", max(0, start - LABEL_LOOKBACK), start) + 1
    m = p.label_before.match(norm, max(line_start, start - LABEL_LOOKBACK), start)
    if m is None:
        m = p.label_after.match(norm, end, min(len(norm), end + 20))
    return _canonical_label(m["label"]) if m else None


def _runs(norm: str) -> Iterator[tuple[int, int]]:
    """Yield stretches of digits and separators that could hold a phone number."""
    for m in _patterns().run.finditer(norm):
        if sum(map(str.isdigit, m.group())) >= MIN_DIGITS:
            yield m.span()


def _matcher(norm: str, s: int, e: int, *, old_prefix: bool) -> list[tuple[int, _Number]]:
    """Numbers read inside ``norm[s:e]``, each with its start offset in ``norm``."""
    # The matcher gets the stretch alone, without the text around it: it
    # would give up on a stretch preceded by other digit groups, and it
    # rejects a number glued to a word ("Presschef070-…"), which in releases
    # is a lost line break, not a code.
    window = norm[s:e]
    if old_prefix:
        # "009" was Sweden's international prefix until 1999: read it as
        # "00" (same length, so offsets stay put).
        window = "00 " + window[3:]
    return [(s + n.start, n) for n in _read_window(window)]


def _readings(norm: str, s: int) -> tuple[bool, ...]:
    """Whether to read a leading "009" as the old prefix: always, never, or as a fallback."""
    m = _patterns().old_prefix.match(norm, s)
    if m is None:
        return (False,)
    # "009 47 …" can only be the old prefix; "00947…" may be a modern "0094…".
    return (True,) if m["sep"] else (False, True)


def _read(norm: str, s: int, e: int, budget: list[int]) -> list[tuple[int, _Number]]:
    """Numbers printed from ``s`` on, within ``norm[s:e]``, the first starting at ``s``.

    The matcher gives up on a stretch with trailing digits ("070-123 45 67
    2010-03-12") or reads only its tail ("… 08.00-16.30"); then the stretch
    is cut back group by group, longest first, until a number starting at
    ``s`` is valid. Cutting back spends ``budget`` (matcher calls left for
    the whole text), so a text of nothing but digit groups stays linear.
    Returns [] when no number starts at ``s``.
    """
    cuts: list[int] | None = None
    for old in _readings(norm, s):
        found = _matcher(norm, s, e, old_prefix=old)
        if found and found[0][0] == s:
            return found
        if cuts is None:
            cuts = _cuts(norm, s, e)
        for cut in reversed(cuts):
            if budget[0] <= 0:
                return []
            budget[0] -= 1
            found = _matcher(norm, s, cut, old_prefix=old)
            if found and found[0][0] == s:
                return found
    return []


def _cuts(norm: str, s: int, e: int) -> list[int]:
    """Ends of digit groups after ``s`` where a phone number could end (7 to 17 digits)."""
    out = []
    digits = 0
    last = s
    for m in _patterns().cut.finditer(norm, s, e):
        digits += sum(map(str.isdigit, norm[last : m.start()]))
        last = m.start()
        if digits > MAX_DIGITS:
            break
        if digits >= MIN_DIGITS + 1:
            out.append(m.start())
    return out


def _rejected(norm: str, start: int, end: int, number: _Number) -> bool:
    p = _patterns()
    if p.not_phone_shape.fullmatch(norm, start, end) or p.clock_after.match(norm, end):
        return True
    line_start = norm.rfind("\n", max(0, start - NOT_PHONE_LOOKBACK), start) + 1
    if p.not_phone_before.match(norm, max(line_start, start - NOT_PHONE_LOOKBACK), start):
        return True
    return number.country == "SE" and number.national in data.SERVICE_NUMBERS


def _phone(text: Text, start: int, end: int, number: _Number, label: str | None) -> Phone:
    a, b = text.span(start, end)
    return Phone(
        e164=number.e164,
        raw=text.raw[a:b],
        start=a,
        end=b,
        type=number.type,
        area=number.area,
        label=label,
        country=number.country,
    )


_DIGIT_RUN = re.compile(r"\d(?:[ \t-]?\d){4,10}")


def _local_numbers(text: Text, full: list[Phone], taken: list[tuple[int, int]]) -> list[Phone]:
    """Numbers printed without area code, after a label, that a full number of the text completes.

    "tfn 0270-620 00 … växel 620 00": the short form is searched for as the
    tail of each full Swedish number (what it leaves out must be an area
    code of one to three digits), then kept only if a label precedes it.
    """
    tails: dict[str, Phone] = {}
    for p in full:
        if p.country == "SE":
            nsn = p.e164[3:]
            for k in (1, 2, 3):
                if 5 <= len(nsn) - k <= 8:
                    tails.setdefault(nsn[k:], p)
    if not tails:
        return []
    # Runs of digits are read with one fixed pattern and looked up among the tails
    # (a pattern built from each release's numbers would be compiled per call);
    # the edges are checked by hand (a lookbehind first would slow the scan down).
    norm = text.norm
    out: list[Phone] = []
    label_before = _patterns().label_before
    for m in _DIGIT_RUN.finditer(norm):
        if "".join(filter(str.isdigit, m.group())) not in tails:
            continue
        s, e = m.span()
        before = norm[s - 2 : s] if s >= 2 else " " + norm[:s]
        if before[-1:] in _NUMBER_CHARS or (before[-1:] in " \t" and before[:1].isdigit()):
            continue
        if e < len(norm) and (norm[e].isdigit() or (norm[e] in " \t-–" and norm[e + 1 : e + 2].isdigit())):
            continue
        if any(s < te and ts < e for ts, te in taken):
            continue
        line_start = norm.rfind("\n", max(0, s - LABEL_LOOKBACK), s) + 1
        lab = label_before.match(norm, max(line_start, s - LABEL_LOOKBACK), s)
        if lab is None:
            continue
        p = tails["".join(filter(str.isdigit, m.group()))]
        a, b = text.span(s, e)
        out.append(
            Phone(
                e164=p.e164,
                raw=text.raw[a:b],
                start=a,
                end=b,
                type=p.type,
                area=p.area,
                label=_canonical_label(lab["label"]),
                country=p.country,
            )
        )
    return out


def find_phones(text: Text) -> list[Phone]:
    """Return every valid telephone number in ``text``, in order of appearance, as E.164.

    Each :class:`Phone` keeps the raw text and offsets into the original,
    the number type, the geographic area of a fixed line and the label
    printed beside it (canonical: telefon, mobil, växel, fax, direkt).
    """
    norm = text.norm
    found: list[Phone] = []
    taken: list[tuple[int, int]] = []
    last_end = -1
    starts = _patterns().starts
    budget = [CUT_BUDGET_BASE + len(norm) // CUT_BUDGET_CHARS]
    for run_start, run_end in _runs(norm):
        for st in starts.finditer(norm, run_start, run_end):
            if st.start() < last_end:
                continue
            for s, number in _read(norm, st.start(), min(run_end, st.start() + MAX_LENGTH), budget):
                e = s + number.end - number.start
                if s < last_end or _rejected(norm, s, e, number):
                    continue
                found.append(_phone(text, s, e, number, _label(norm, s, e)))
                taken.append((s, e))
                last_end = e
    if found:
        found.extend(_local_numbers(text, found, taken))
        found.sort(key=lambda p: p.start)
    return found
