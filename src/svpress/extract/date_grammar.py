"""The grammar of Swedish dates: text in, dates as printed ("atoms") out.

Two scans find every form. Forms with a digit are read by one pattern
anchored on digits (ISO "2010-03-12", day-first "12.3.2010" and "12/3
2010", "12 mars 2010", "den 4 mars", "4:e mars", "10–11 mars", "3, 4 och
5 maj", Mynewsdesk's "Jul 05, 2012 13:41", "mars 2010", "hösten 2011",
"2010–2011"), with the time printed after a day; the weekday before a day
("tisdag 2 maj") is read backwards from it. Relative words ("i dag", "i
morgon", "på måndag", "i måndags") are found from a few syllables they end
in. Years are not chosen here: ``svpress.extract.dates`` does that.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

import regex

from svpress.lang.sv import dates as data
from svpress.lang.sv.util import alternation
from svpress.model import Precision
from svpress.rx import lower_view

MAX_CROSS_MONTH_DAYS = 14
"""A day range printed with one month ("30–2 april") may run back into the previous month this far."""

WEEKDAY_LOOKBACK = 20
"""Characters before a day searched for its weekday ("torsdagen, den " has 15)."""

RELATIVE_LOOKBACK = 16
"""Characters around a hook ("dag") searched for its relative form ("kommande mån|dag")."""

MAX_YEAR_RANGE = 30
"""Year ranges ("2010–2011") spanning more years than this are not read."""

_DD = r"(?:3[01]|[12]\d|0?[1-9])"
_MM = r"(?:1[0-2]|0?[1-9])"
_YYYY = r"(?:1[89]\d\d|20\d\d)"
_ORD = r"(?::?(?:a|e|de|te))?"
_SP = r"[ \t]{1,3}"


# The named alternatives of the master pattern, in order.
_BRANCHES = (
    "iso",
    "num",
    "text",
    "slash",
    "dotdm",
    "eng",
    "engdm",
    "yearrange",
    "monthyear",
    "year",
    "rel",
    "relnext",
    "rellast",
)
_BRANCH_SET = frozenset(_BRANCHES)
_RANGE_WORDS = frozenset(data.RANGE_SEPARATORS)


@dataclass(frozen=True, slots=True)
class Atom:
    """One date as printed, before its year is chosen; offsets into ``Text.norm``."""

    start: int
    end: int
    month: int
    day: int = 1
    year: int | None = None
    precision: Precision = "day"
    weekday: int | None = None
    time: dt.time | None = None
    # A range inside one mention: "10–11 mars", "2010–2011".
    until_day: int | None = None
    until_month: int | None = None
    until_year: int | None = None
    year_offset: int | None = None  # "i år" / "nästa år" after the day
    relative: int | None = None  # days from the reference ("i morgon")
    next_weekday: int | None = None  # "på måndag"
    last_weekday: int | None = None  # "i måndags"


def _time_pattern() -> str:
    clock = alternation(data.CLOCK_WORDS)
    return rf"""
        (?:
            (?:[ \t]{{0,3}}[,|][ \t]{{0,3}}|[ \t]{{1,3}}|T)
            (?:
                {clock}[ \t]{{0,2}}(?P<ch>[01]?\d|2[0-3])(?:[.:](?P<cm>[0-5]\d))?
              | (?P<th>[01]?\d|2[0-3]):(?P<tm>[0-5]\d)(?::[0-5]\d)?
            )
            (?![\d]|[.:]\d)
        )?
    """


@functools.cache
def _digit_pattern() -> regex.Pattern[str]:
    r"""Every form that holds a digit, anchored on its first digit.

    Each alternative starts at a digit that does not continue a number
    (``(?=\d)(?<!\d)`` first lets the engine skip straight to digits), and
    reads forwards first: a word printed before the digits ("Jul 05, 2012",
    "mars 2010", "sedan 2004") is checked by a lookbehind at the end of the
    alternative, so it costs only where the digits fit. The weekday before
    a day is read afterwards (``_weekday_before``).
    """
    months = alternation(data.MONTHS)
    abbr = alternation(data.MONTH_ABBREVIATIONS)
    ambiguous = alternation(data.AMBIGUOUS_MONTH_ABBREVIATIONS)
    english = alternation(data.ENGLISH_MONTHS)
    year_context = alternation(data.YEAR_CONTEXT)
    amount = alternation(data.AMOUNT_WORDS)
    list_words = alternation(data.DAY_LIST_WORDS)
    weekdays = alternation(data.WEEKDAYS)
    time = _time_pattern()
    # A month name: full, abbreviated (with or without a period), or one of
    # the ambiguous abbreviations with a period or a year after it.
    # "May" only capitalised: "these 3 may apply" is the verb.
    english_names = alternation(w for w in data.ENGLISH_MONTH_NAMES if w != "may")
    english_names = rf"(?:{english_names}|(?-i:May|MAY))"
    month = rf"(?:{months}|{english_names}|{abbr}\.?|{ambiguous}(?:\.|(?={_SP}{_YYYY}(?!\d))))(?![\w])"
    # After a word ("och", "till"), a later day may repeat "den" and a weekday: "tisdag den 3
    # och onsdag den 4 mars"; after a comma it may not ("Dag 1, tisdag 11 mars" is one day).
    range_words = alternation(w for w in data.RANGE_SEPARATORS if w not in ("–", "-"))
    joint = rf"(?:[–\-,&][ \t]{{0,2}}|(?:{range_words}|{list_words}){_SP}(?:{weekdays}{_SP})?(?:den{_SP})?)"
    day_list = rf"{_DD}{_ORD}(?:[ \t]{{0,2}}{joint}{_DD}{_ORD}){{0,6}}"
    # A year that is not the start of an amount ("2010 000", "2000 personer").
    year_end = rf"(?![\d]|[ \t]\d{{3}}|[.,]\d|[ \t]{{0,2}}{amount}(?!\w))"
    # No date starts inside a number, a dotted or slashed group, or right
    # after a longer number and a dash ("2010-11 mars" is no "11 mars").
    fresh = r"(?<![\d/.,:]|\d{3}[\-–])"
    # A day-month form does not end a span of hours ("3–4 juni kl. 9–17, 5
    # juni": the 5th; one that starts at a clock word loses its first day in
    # ``_text_atoms``); after a year and a dash it starts only when a month
    # precedes that year ("12 sept 2025–15 mars 2026").
    text_start = rf"""(?:
        (?<![\d/.,:]|\d[\-–])
      | (?<=[^\W\d]\.?,?{_SP}{_YYYY}[\-–])
    )"""
    # Every form opens with a day (one or two digits) or a year (four): other runs of digits
    # (phone groups of three, amounts, postcodes) are passed over at once.
    pattern = rf"""
    (?=\d)(?<!\d)
    (?:
      # Forms that open with a year.
      (?=\d{{4}}(?!\d))
      (?:
        (?P<iso>
          (?<![\-/.,])(?P<iy>{_YYYY})(?P<isep>[\-/.])(?P<im>{_MM})(?P=isep)(?P<id>{_DD})(?![\d]|[\-/.]\d)
          {time}
        )
      | (?P<yearrange>
          {fresh}(?P<yr1>{_YYYY})[ \t]{{0,2}}[–\-/][ \t]{{0,2}}(?P<yr2>{_YYYY}){year_end}
        )
      | (?P<monthyear>
          (?P<myy>{_YYYY}){year_end}
          (?<=(?P<pre>(?<![\w])(?P<mym>{months}|{abbr}\.?|{ambiguous}\.?),?{_SP})\d{{4}})
        )
      | (?P<year>
          (?P<yy>{_YYYY}){year_end}
          (?<=(?<![\w]){year_context}{_SP}\d{{4}})
        )
      )
      # Forms that open with a day; the numeric ones share one test of what precedes them.
    | (?=\d{{1,2}}(?!\d))
      (?:
        (?:{fresh}|(?<=[./]\d{{4}}[ \t]?[\-–]))
        (?:
          (?P<num>
            (?P<nd>{_DD})(?:\.(?P<nm>{_MM})\.|/(?P<nm>{_MM})(?:/|[ \t]|-)|-(?P<nm>{_MM})-)(?P<ny>{_YYYY}){year_end}
            {time}
          )
        | (?P<slash>
            (?:(?P<sd0>{_DD})[ \t]?[–\-][ \t]?)?(?P<sd>{_DD})/(?P<sm>{_MM})(?![\d/]|[.,]\d|-\d{{1,4}}(?![\d/]))
            {time}
          )
        | (?P<dotdm>
            (?P<pd>{_DD})\.(?P<pm>{_MM})\.?(?![\d]|[.,]\d|[ \t]{{0,2}}{amount}(?!\w))
            {time}
          )
        )
      | (?P<text>
          {text_start}(?P<days>{day_list})\.?[ \t]{{0,3}}(?P<mon>{month})
          (?:,?{_SP}(?P<ty>{_YYYY}){year_end})?
          {time}
        )
      | (?P<eng>
          (?P<ed>{_DD})(?:st|nd|rd|th)?,?{_SP}(?P<ey>{_YYYY}){year_end}
          (?<=(?P<pre>(?<![\w])(?P<em>{english})\.?{_SP})\d{{1,2}}(?:st|nd|rd|th)?,?{_SP}\d{{4}})
          {time}
        )
      | (?P<engdm>
          {fresh}(?P<ed>{_DD})(?:st|nd|rd|th)?{_SP}(?P<em>{english})\.?,?{_SP}(?P<ey>{_YYYY}){year_end}
          {time}
        )
      )
    )
    """
    return regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE)


@functools.cache
def _weekday_pattern() -> regex.Pattern[str]:
    """A weekday just before a day, read backwards from the day: "torsdagen den 14"."""
    weekdays = alternation(data.WEEKDAYS)
    wd_abbr = alternation(data.WEEKDAY_ABBREVIATIONS)
    return regex.compile(
        rf"(?ir)(?<![\w])(?P<wd>{weekdays}|{wd_abbr}\.?)(?:[ \t]{{0,2}},)?{_SP}(?:den{_SP})?",
    )


def _weekday_before(norm: str, start: int) -> tuple[int, int | None]:
    """The start of a weekday printed right before ``start`` and its number, if any."""
    m = _weekday_pattern().match(norm, max(0, start - WEEKDAY_LOOKBACK), start)
    if m is None:
        return start, None
    return m.start(), _weekday_of(m["wd"])


@functools.cache
def _word_patterns() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """Relative words ("i dag", "i morgon", "på måndag", "i måndags"): a hook and the full form.

    Each form ends in one of a few syllables ("dag", "morgon", "går" …);
    ``re`` finds those in the lowercased text far faster than a full
    pattern tried at every letter, and the full pattern then runs around
    each hook only.
    """
    relative = alternation(data.RELATIVE_DAYS)
    next_prefix = alternation(data.NEXT_WEEKDAY_PREFIXES)
    base_weekdays = alternation(w for w in data.WEEKDAYS if not w.endswith("en"))
    hook = re.compile(alternation(data.RELATIVE_HOOKS))
    full = regex.compile(
        rf"""
        (?<![\w])
        (?:
          (?P<rel>(?P<rw>{relative})(?![\w]))
        | (?P<relnext>{next_prefix}{_SP}(?P<rnw>{base_weekdays})(?![\w])(?![ \t,]{{1,3}}(?:den{_SP})?\d))
        | (?P<rellast>i{_SP}(?P<rlw>{base_weekdays})s(?![\w]))
        )
        """,
        regex.VERBOSE,
    )
    return hook, full


def _relative_matches(low: str) -> list[regex.Match[str]]:
    """Matches of the relative forms in the lowercased text, in order."""
    hook, full = _word_patterns()
    out: list[regex.Match[str]] = []
    last_end = 0
    for h in hook.finditer(low):
        a, b = h.span()
        if b <= last_end:
            continue
        m = full.search(low, max(last_end, a - RELATIVE_LOOKBACK), b + RELATIVE_LOOKBACK)
        if m is not None and m.end() >= b:
            out.append(m)
            last_end = m.end()
    return out


def range_gap() -> regex.Pattern[str]:
    """What may stand between the two ends of a range ("–", "till", "t.o.m.")."""
    return _helpers().range_gap


@dataclass(frozen=True, slots=True)
class _Helpers:
    range_gap: regex.Pattern[str]
    year_word: regex.Pattern[str]
    version_before: regex.Pattern[str]
    slash_context: regex.Pattern[str]
    slash_range_after: regex.Pattern[str]
    slash_list_after: regex.Pattern[str]
    slash_list_before: regex.Pattern[str]
    dot_context: regex.Pattern[str]
    dot_range_after: regex.Pattern[str]
    day_before: regex.Pattern[str]
    clock_before: regex.Pattern[str]
    day_token: regex.Pattern[str]
    blanks: regex.Pattern[str]


@functools.cache
def _helpers() -> _Helpers:
    return _Helpers(
        range_gap=regex.compile(
            rf"(?i)[ \t]{{0,3}}(?:{alternation(data.RANGE_SEPARATORS)})[ \t]{{0,3}}(?:den[ \t]{{1,3}})?"
        ),
        year_word=regex.compile(rf"(?i)[ \t,]{{0,3}}(?P<w>{alternation(data.YEAR_WORDS)})(?![\w])"),
        # Read backwards from the digits ("(?r)"): one attempt at the end.
        version_before=regex.compile(rf"(?ir)(?<![\w]){alternation(data.VERSION_WORDS)}[ \t]{{0,2}}"),
        slash_context=regex.compile(rf"(?ir)(?<![\w]){alternation(data.DAY_MONTH_CONTEXT)}:?[ \t]{{1,3}}"),
        # "1/4–30/6": a "d/m" that opens a range of two is a date too.
        slash_range_after=regex.compile(
            rf"(?i)[ \t]{{0,3}}(?:{alternation(data.RANGE_SEPARATORS)})[ \t]{{0,3}}"
            rf"(?:den[ \t]{{1,3}})?{_DD}/{_MM}(?![\d/])"
        ),
        slash_list_after=regex.compile(
            rf"(?i)[ \t]{{0,3}}(?:[,&]|{alternation(data.DAY_LIST_WORDS)})[ \t]{{0,3}}(?:den[ \t]{{1,3}})?"
            rf"{_DD}/(?P<m>{_MM})(?![\d/]|[.,]\d)"
        ),
        slash_list_before=regex.compile(
            rf"(?ir)(?<![\d/.,]){_DD}/(?P<m>{_MM})[ \t]{{0,3}}(?:[,&]|{alternation(data.DAY_LIST_WORDS)})[ \t]{{0,3}}"
            rf"(?:den[ \t]{{1,3}})?"
        ),
        dot_context=regex.compile(rf"(?ir)(?<![\w]){alternation(data.DAY_MONTH_DOT_CONTEXT)}:?[ \t]{{1,3}}"),
        # "12.3.–13.3.2025", "30.4.–2.5.": a "d.m" that opens a range of two, the
        # second printed the Finland-Swedish way with its period ("1.2–3.4" are decimals).
        dot_range_after=regex.compile(
            rf"(?i)[ \t]{{0,3}}(?:{alternation(data.RANGE_SEPARATORS)})[ \t]{{0,3}}"
            rf"(?:den[ \t]{{1,3}})?{_DD}\.{_MM}\.(?!\d{{1,3}}(?!\d))"
        ),
        # Read backwards from a numeric day: the day that opens its range ("12–13.3.2025", "12.–13.3.").
        day_before=regex.compile(rf"(?r)(?<![\d/.,:]|\d[\-–])(?P<d>{_DD})\.?[ \t]?[–\-][ \t]?"),
        clock_before=regex.compile(
            rf"(?ir)(?<![\w]){alternation((*data.CLOCK_WORDS, *data.NOT_DAY_WORDS))}[ \t]{{1,3}}"
        ),
        day_token=regex.compile(
            rf"(?P<sep>[–\-,&]|{alternation((*data.RANGE_SEPARATORS, *data.DAY_LIST_WORDS))})?[ \t]*"
            rf"(?:{alternation(data.WEEKDAYS)}[ \t]+)?(?:den[ \t]+)?(?P<d>{_DD}){_ORD}",
            regex.IGNORECASE,
        ),
        blanks=regex.compile(r"\s+"),
    )


def _key(words: str) -> str:
    """A matched phrase as a key of a data table: lowercase, single spaces."""
    return _helpers().blanks.sub(" ", words.lower())


def _is_range_word(sep: str | None) -> bool:
    """Whether a separator in a day list makes a range ("–", "till", "t.o.m.") rather than a list."""
    return sep is not None and " ".join(sep.lower().split()) in _RANGE_WORDS


def _month_of(word: str, *, english: bool = False) -> int:
    w = word.lower().rstrip(".")
    if english:
        return data.ENGLISH_MONTHS[w]
    return (
        data.MONTHS.get(w)
        or data.MONTH_ABBREVIATIONS.get(w)
        or data.ENGLISH_MONTH_NAMES.get(w)
        or data.AMBIGUOUS_MONTH_ABBREVIATIONS[w]
    )


def _weekday_of(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    return data.WEEKDAYS.get(w, data.WEEKDAY_ABBREVIATIONS.get(w))


def _time_of(m: regex.Match[str]) -> dt.time | None:
    if m["ch"] is not None:
        return dt.time(int(m["ch"]), int(m["cm"] or 0))
    if m["th"] is not None:
        return dt.time(int(m["th"]), int(m["tm"]))
    return None


def valid(year: int, month: int, day: int) -> bool:
    """Whether the day exists in the calendar."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _slash_allowed(norm: str, m: regex.Match[str]) -> bool:
    """A bare "d/m" is a date only where a fraction or "24/7" cannot be meant."""
    if m["ch"] or m["th"]:
        return True
    if _helpers().slash_context.match(norm, max(0, m.start() - 14), m.start()):
        return True
    if _helpers().slash_range_after.match(norm, m.end()):
        return True
    day, month = int(m["sd"]), int(m["sm"])
    # "1/4, 8/4 och 15/4": a list of days in one month (fractions rarely share a denominator).
    after = _helpers().slash_list_after.match(norm, m.end())
    if after is not None and int(after["m"]) == month:
        return True
    before = _helpers().slash_list_before.match(norm, max(0, m.start() - 20), m.start())
    if before is not None and int(before["m"]) == month:
        return True
    # "1/2", "3/4": proper fractions; "24/7": around the clock.
    return day >= month and (day, month) != (24, 7)


def _joins_previous(norm: str, prev: Atom | None, start: int) -> bool:
    """Whether the day read just before closes a range with the form at ``start``: "30.4 – 2.5"."""
    return (
        prev is not None
        and is_calendar_day(prev)
        and prev.time is None
        and prev.end <= start
        and _helpers().range_gap.fullmatch(norm, prev.end, start) is not None
    )


def _atoms_of(norm: str, m: regex.Match[str], prev: Atom | None = None) -> list[Atom]:
    """The atoms one match of the master pattern stands for (a day list gives several).

    ``prev`` is the atom read just before, if any: a "d.m"
    that closes a range opened by it is a date ("30.4 – 2.5").
    """
    groups = m.re.groupindex
    # The branch's group usually closes last (a time group inside may close after it).
    kind = m.lastgroup
    if kind not in _BRANCH_SET:
        kind = next(k for k in _BRANCHES if k in groups and m.group(k) is not None)
    start, end = m.span()
    if kind in ("eng", "monthyear"):
        start = m.start("pre")
    weekday = None
    if kind in ("text", "slash", "dotdm"):
        start, weekday = _weekday_before(norm, start)
    if kind == "iso":
        return [Atom(start, end, int(m["im"]), int(m["id"]), int(m["iy"]), time=_time_of(m))]
    if kind == "num":
        if _helpers().version_before.match(norm, max(0, start - 10), start):
            return []  # "version 4.12.2019"
        start, first_day = _first_day_before(norm, start)
        return _day_range(start, end, first_day, int(m["nd"]), int(m["nm"]), int(m["ny"]), None, _time_of(m))
    if kind == "text":
        # Only a list of days can lose its first number to a clock word: most forms skip the test.
        days = m["days"]
        after_clock = not days.isdigit() and _helpers().clock_before.match(norm, max(0, start - 10), start) is not None
        return _text_atoms(m, start, weekday, after_clock=after_clock)
    if kind == "slash":
        if (
            weekday is None
            and m["sd0"] is None
            and not _slash_allowed(norm, m)
            and not _joins_previous(norm, prev, start)
        ):
            return []
        day, month = int(m["sd"]), int(m["sm"])
        if m["sd0"] is not None:  # "15–16/3"
            first = int(m["sd0"])
            if first >= day:
                return []
            return [Atom(start, end, month, first, weekday=weekday, time=_time_of(m), until_day=day, until_month=month)]
        return [Atom(start, end, month, day, weekday=weekday, time=_time_of(m))]
    if kind == "dotdm":
        return _dot_atoms(norm, m, start, end, weekday, prev)
    if kind in ("eng", "engdm"):
        return [Atom(start, end, _month_of(m["em"], english=True), int(m["ed"]), int(m["ey"]), time=_time_of(m))]
    if kind == "monthyear":
        return [Atom(start, end, _month_of(m["mym"]), year=int(m["myy"]), precision="month")]
    if kind == "yearrange":
        y1, y2 = int(m["yr1"]), int(m["yr2"])
        if not 0 < y2 - y1 <= MAX_YEAR_RANGE:
            return []
        return [Atom(start, end, 1, year=y1, precision="year", until_day=1, until_month=1, until_year=y2)]
    if kind == "year":
        s, e = m.span("yy")
        return [Atom(s, e, 1, year=int(m["yy"]), precision="year")]
    if kind == "rel":
        return [Atom(start, end, 1, relative=data.RELATIVE_DAYS[_key(m["rw"])])]
    if kind == "relnext":
        return [Atom(start, end, 1, next_weekday=data.WEEKDAYS[m["rnw"].lower()])]
    if kind == "rellast":
        return [Atom(start, end, 1, last_weekday=data.WEEKDAYS[m["rlw"].lower()])]
    return []


def _dot_atoms(
    norm: str, m: regex.Match[str], start: int, end: int, weekday: int | None, prev: Atom | None
) -> list[Atom]:
    """A bare "d.m": "den 15.3", "torsdag 3.4", "30.4.–2.5.", never a time ("kl. 10.05–11.05").

    It needs a weekday or a word that asks for a day; one that cannot be a
    time (a one-digit month, or a day over 23) may instead open or close a range.
    """
    h = _helpers()
    first_day = None
    if weekday is None:
        start, first_day = _first_day_before(norm, start)
        if first_day is not None:  # "den 4–5.3.": the weekday or word is before the first day
            start, weekday = _weekday_before(norm, start)
    if h.clock_before.match(norm, max(0, start - 10), start):
        return []
    if weekday is None and not h.dot_context.match(norm, max(0, start - 14), start):
        time_shaped = len(m["pm"]) == 2 and int(m["pd"]) <= 23
        if time_shaped or not (h.dot_range_after.match(norm, end) or _joins_previous(norm, prev, start)):
            return []
    return _day_range(start, end, first_day, int(m["pd"]), int(m["pm"]), None, weekday, _time_of(m))


def _first_day_before(norm: str, start: int) -> tuple[int, str | None]:
    """The first day of a numeric range printed before ``start`` ("12–" of "12–13.3.2025")."""
    m = _helpers().day_before.match(norm, max(0, start - 6), start)
    return (m.start(), m["d"]) if m is not None else (start, None)


def _day_range(
    start: int,
    end: int,
    first: str | None,
    day: int,
    month: int,
    year: int | None,
    weekday: int | None,
    time: dt.time | None,
) -> list[Atom]:
    """A numeric day, or a range of days in one month ("12–13.3.2025"): a descending one is no date."""
    if first is None:
        return [Atom(start, end, month, day, year, weekday=weekday, time=time)]
    if int(first) >= day:
        return []
    return [
        Atom(
            start,
            end,
            month,
            int(first),
            year,
            weekday=weekday,
            time=time,
            until_day=day,
            until_month=month,
            until_year=year,
        )
    ]


def _text_atoms(m: regex.Match[str], start: int, weekday: int | None, *, after_clock: bool = False) -> list[Atom]:
    """Atoms of a day-month form: "12 mars 2010", "10–11 mars", "3, 4 och 5 maj".

    ``after_clock``: the form starts at a clock word or a word such as "vecka",
    so its first number    (or span, "kl. 9–17, 5 juni") is an hour, not a day.
    """
    month = _month_of(m["mon"])
    year = int(m["ty"]) if m["ty"] else None
    time = _time_of(m)
    tokens = list(_helpers().day_token.finditer(m["days"]))
    base = m.start("days")
    out: list[Atom] = []
    i = 0
    if after_clock:
        i = 2 if len(tokens) > 1 and _is_range_word(tokens[1]["sep"]) else 1
        weekday = None
    while i < len(tokens):
        tok = tokens[i]
        day = int(tok["d"])
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        first = start if i == 0 else base + tok.start("d")
        if nxt is not None and _is_range_word(nxt["sep"]):
            # A range "10–11 mars" is one atom; the month and year are the second day's.
            last = i + 1 == len(tokens) - 1
            end_day = int(nxt["d"])
            atom = Atom(
                first,
                m.end() if last else base + nxt.end("d"),
                month,
                day,
                year,
                weekday=weekday if i == 0 else None,
                time=time if last else None,
                until_day=end_day,
                until_month=month,
                until_year=year,
            )
            i += 2
            if day < end_day:
                out.append(atom)
            elif 31 - day + end_day <= MAX_CROSS_MONTH_DAYS:
                # "30–2 april" starts in the month before (the year before, in January).
                prev_month = (month - 2) % 12 + 1
                prev_year = year - 1 if year is not None and prev_month == 12 else year
                out.append(replace(atom, month=prev_month, year=prev_year))
            # else "11–10 mars" would span a month: a misprint, no date.
            continue
        last = i == len(tokens) - 1
        out.append(
            Atom(
                first,
                m.end() if last else base + tok.end("d"),
                month,
                day,
                year,
                weekday=weekday if i == 0 else None,
                time=time if last else None,
            )
        )
        i += 1
    return out


def scan(norm: str, low: str | None = None) -> list[Atom]:
    """Every date form in the normalised text, in order of appearance.

    ``low`` is ``norm`` lowercased by :func:`svpress.rx.lower_view` when the caller has it.
    """
    atoms: list[Atom] = []
    year_word = _helpers().year_word
    relative = _relative_matches(lower_view(norm) if low is None else low)
    matches = sorted([*_digit_pattern().finditer(norm), *relative], key=lambda m: m.start())
    for m in matches:
        for atom in _atoms_of(norm, m, atoms[-1] if atoms else None):
            w = year_word.match(norm, atom.end) if is_calendar_day(atom) and atom.year is None else None
            atoms.append(atom if w is None else replace(atom, year_offset=data.YEAR_WORDS[_key(w["w"])]))
    return atoms


def is_calendar_day(a: Atom) -> bool:
    """A day printed as such (not a month, a year or a relative word)."""
    return a.precision == "day" and a.relative is None and a.next_weekday is None and a.last_weekday is None
