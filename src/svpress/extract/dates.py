"""Swedish dates resolved to the calendar, against the release's own date.

``svpress.extract.date_grammar`` reads the forms; here neighbouring days
joined by a range word ("10 mars–2 april 2010") become one mention, and
every day printed without a year gets one.

The year of such a day comes from ``reference`` (the release's publication
date) or, without it, from the first full date the text prints; never from
the clock. Of the three candidate years around that anchor, the one that
puts the day in a window from ``PAST_DAYS`` before to the rest of the year
after the anchor wins (an invitation sent in December for "15 januari"
means next year), among those that agree with a printed weekday. A day whose
year cannot be chosen is left out, as are relative words ("i morgon") when
no reference is given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from svpress.extract.date_grammar import Atom, is_calendar_day, range_gap, scan, valid
from svpress.model import DateMention
from svpress.text import Text

PAST_DAYS = 150
"""A year-less day up to this many days before the anchor is read as past, later ones as coming."""

MAX_RANGE_DAYS = 366
"""Two days joined by a range word are one mention only when this close."""


def _merge_ranges(norm: str, atoms: list[Atom]) -> list[Atom]:
    """Join "A – B" into one mention; a year printed on one end dates the other."""
    gap = range_gap()
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and is_calendar_day(prev)
            and is_calendar_day(atom)
            and prev.until_day is None
            and atom.until_day is None
            and gap.fullmatch(norm, prev.end, atom.start)
        ):
            merged = _join(prev, atom)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(atom)
    return out


def _join(a: Atom, b: Atom) -> Atom | None:
    ya, yb = a.year, b.year
    if ya is None and yb is not None:
        ya = yb if (a.month, a.day) <= (b.month, b.day) else yb - 1
    elif yb is None and ya is not None:
        yb = ya if (b.month, b.day) >= (a.month, a.day) else ya + 1
    if ya is not None and yb is not None:
        if not (valid(ya, a.month, a.day) and valid(yb, b.month, b.day)):
            return None
        span = (dt.date(yb, b.month, b.day) - dt.date(ya, a.month, a.day)).days
        if not 0 < span <= MAX_RANGE_DAYS:
            return None
    elif (b.month, b.day) <= (a.month, a.day):
        return None
    return replace(
        a,
        end=b.end,
        year=ya,
        until_day=b.day,
        until_month=b.month,
        until_year=yb,
        time=a.time or b.time,
        year_offset=a.year_offset if a.year_offset is not None else b.year_offset,
    )


def _anchor(atoms: list[Atom]) -> dt.date | None:
    """The first full date the text prints (a day, else a month with its year)."""
    for precision in ("day", "month"):
        for a in atoms:
            if a.precision == precision and a.year is not None and valid(a.year, a.month, a.day):
                return dt.date(a.year, a.month, a.day)
    return None


def _choose_year(month: int, day: int, weekday: int | None, anchor: dt.date) -> int | None:
    """The year that puts ``day month`` nearest the anchor, agreeing with the weekday if printed."""
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if valid(y, month, day)]
    if weekday is not None:
        agreeing = [y for y in candidates if dt.date(y, month, day).weekday() == weekday]
        candidates = agreeing or candidates
    if not candidates:
        return None

    def cost(y: int) -> tuple[bool, int]:
        delta = (dt.date(y, month, day) - anchor).days
        return (not -PAST_DAYS <= delta < 366 - PAST_DAYS, abs(delta))

    return min(candidates, key=cost)


def _relative_day(a: Atom, reference: dt.date) -> dt.date | None:
    """The day of "i morgon", "på måndag", "i måndags" from the reference; None off the calendar."""
    if a.relative is not None:
        days = a.relative
    elif a.next_weekday is not None:
        days = (a.next_weekday - reference.weekday()) % 7 or 7
    else:
        assert a.last_weekday is not None
        days = -((reference.weekday() - a.last_weekday) % 7 or 7)
    try:
        return reference + dt.timedelta(days=days)
    except OverflowError:
        return None


def _resolve(a: Atom, anchor: dt.date | None, reference: dt.date | None) -> tuple[dt.date, dt.date | None] | None:
    """The first and last day of an atom, or None when its year cannot be chosen."""
    if a.relative is not None or a.next_weekday is not None or a.last_weekday is not None:
        day = _relative_day(a, reference) if reference is not None else None
        return (day, None) if day is not None else None
    year = a.year
    if year is None:
        if anchor is None:
            return None
        if a.year_offset is not None:
            year = anchor.year + a.year_offset
        else:
            year = _choose_year(a.month, a.day, a.weekday, anchor)
        if year is None:
            return None
    if not valid(year, a.month, a.day):
        return None
    first = dt.date(year, a.month, a.day)
    if a.until_month is None or a.until_day is None:
        return first, None
    until_year = a.until_year
    if until_year is None or a.year is None:
        until_year = year if (a.until_month, a.until_day) >= (a.month, a.day) else year + 1
    if not valid(until_year, a.until_month, a.until_day):
        return None
    last = dt.date(until_year, a.until_month, a.until_day)
    return (first, last) if last > first else None


def find_dates(text: Text, reference: dt.date | None = None) -> list[DateMention]:
    """Return the dates mentioned in ``text``, in order, with raw offsets.

    ``reference`` is the release's own date: it gives a year to days printed
    without one and resolves relative words. Without it, the first full date
    of the text dates year-less days, and relative words are left out.
    """
    norm = text.norm
    atoms = _merge_ranges(norm, scan(norm, text.lower))
    anchor = reference or _anchor(atoms)
    out: list[DateMention] = []
    for a in atoms:
        resolved = _resolve(a, anchor, reference)
        if resolved is None:
            continue
        first, last = resolved
        s, e = text.span(a.start, a.end)
        out.append(
            DateMention(
                date=first,
                raw=text.raw[s:e],
                start=s,
                end=e,
                until=last,
                precision=a.precision,
                time=a.time,
                relative=a.relative is not None or a.next_weekday is not None or a.last_weekday is not None,
            )
        )
    return out
