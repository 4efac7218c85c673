"""Swedish dates: forms, ranges, times, how a missing year is chosen, and what is not a date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svpress.extract.dates import find_dates
from svpress.model import DateMention
from svpress.text import Text

D = dt.date
REF = D(2010, 3, 1)  # a Monday


def _find(text: str, reference: dt.date | None = REF) -> list[DateMention]:
    found = find_dates(Text(text), reference)
    for d in found:
        assert text[d.start : d.end] == d.raw
    return found


def _days(text: str, reference: dt.date | None = REF) -> list[tuple[str, str | None]]:
    return [(d.date.isoformat(), d.until.isoformat() if d.until else None) for d in _find(text, reference)]


# --- forms -----------------------------------------------------------------

FORMS = [
    pytest.param("Publicerad 2010-03-12", "2010-03-12", None, "2010-03-12", id="iso"),
    pytest.param("[2017-04-25]", "2017-04-25", None, "2017-04-25", id="iso-in-brackets"),
    pytest.param("2010/03/12", "2010-03-12", None, "2010/03/12", id="iso-with-slashes"),
    pytest.param("den 12 mars 2010", "2010-03-12", None, "12 mars 2010", id="day-month-year"),
    pytest.param("den 4 mars", "2010-03-04", None, "4 mars", id="den-day-month"),
    pytest.param("4:e mars", "2010-03-04", None, "4:e mars", id="ordinal-e"),
    pytest.param("1:a april", "2010-04-01", None, "1:a april", id="ordinal-a"),
    pytest.param("12 MARS 2010", "2010-03-12", None, "12 MARS 2010", id="upper-case-month"),
    pytest.param("12 jan.", "2010-01-12", None, "12 jan.", id="abbreviation-with-period"),
    pytest.param("12 sept", "2010-09-12", None, "12 sept", id="abbreviation-sept"),
    pytest.param("3 okt. 2011", "2011-10-03", None, "3 okt. 2011", id="abbreviation-and-year"),
    pytest.param("24 jul.", "2010-07-24", None, "24 jul.", id="jul-with-period"),
    pytest.param("5 jul 2012", "2012-07-05", None, "5 jul 2012", id="jul-with-year"),
    pytest.param("10–11 mars", "2010-03-10", "2010-03-11", "10–11 mars", id="day-range-en-dash"),
    pytest.param("10-11 mars", "2010-03-10", "2010-03-11", "10-11 mars", id="day-range-hyphen"),
    pytest.param("10 – 11 mars 2010", "2010-03-10", "2010-03-11", "10 – 11 mars 2010", id="day-range-spaced"),
    pytest.param("30–2 april", "2010-03-30", "2010-04-02", "30–2 april", id="day-range-across-months"),
    pytest.param("30–2 januari 2011", "2010-12-30", "2011-01-02", "30–2 januari 2011", id="day-range-across-new-year"),
    pytest.param(
        "10 mars–2 april 2010", "2010-03-10", "2010-04-02", "10 mars–2 april 2010", id="month-range-shared-year"
    ),
    pytest.param(
        "från 1 juni till 31 augusti", "2010-06-01", "2010-08-31", "1 juni till 31 augusti", id="range-with-till"
    ),
    pytest.param("2010-03-10–2010-03-12", "2010-03-10", "2010-03-12", "2010-03-10–2010-03-12", id="iso-range"),
    pytest.param("15–16/3", "2010-03-15", "2010-03-16", "15–16/3", id="day-range-slash-month"),
    pytest.param("1 t.o.m. 3 april", "2010-04-01", "2010-04-03", "1 t.o.m. 3 april", id="day-range-tom"),
    pytest.param(
        "1 till och med 3 april", "2010-04-01", "2010-04-03", "1 till och med 3 april", id="day-range-till-och-med"
    ),
    pytest.param("12/3–14/3", "2010-03-12", "2010-03-14", "12/3–14/3", id="slash-range"),
    pytest.param(
        "från den 1 mars till den 3 mars", "2010-03-01", "2010-03-03", "1 mars till den 3 mars", id="range-till-den"
    ),
    pytest.param(
        "måndag 1 mars – onsdag 3 mars",
        "2010-03-01",
        "2010-03-03",
        "måndag 1 mars – onsdag 3 mars",
        id="range-with-weekdays",
    ),
    pytest.param("tisdag 2 mars", "2010-03-02", None, "tisdag 2 mars", id="weekday-day-month"),
    pytest.param(
        "torsdagen den 14 december 2017",
        "2017-12-14",
        None,
        "torsdagen den 14 december 2017",
        id="definite-weekday-den",
    ),
    pytest.param("Fredag, 5 mars", "2010-03-05", None, "Fredag, 5 mars", id="weekday-comma"),
    pytest.param("12/3 2010", "2010-03-12", None, "12/3 2010", id="day-slash-month-space-year"),
    pytest.param("12/3-2010", "2010-03-12", None, "12/3-2010", id="day-slash-month-hyphen-year"),
    pytest.param("12.3.2010", "2010-03-12", None, "12.3.2010", id="dotted"),
    pytest.param("15-03-2010", "2010-03-15", None, "15-03-2010", id="day-first-with-hyphens"),
    pytest.param("den 15.3.", "2010-03-15", None, "15.3.", id="den-day-dot-month"),
    pytest.param("senast 1.4 kl. 12.00", "2010-04-01", None, "1.4 kl. 12.00", id="deadline-day-dot-month"),
    pytest.param("torsdag 4.3", "2010-03-04", None, "torsdag 4.3", id="weekday-day-dot-month"),
    pytest.param("månd. 1 mars", "2010-03-01", None, "månd. 1 mars", id="weekday-abbreviation-mand"),
    pytest.param("15e mars", "2010-03-15", None, "15e mars", id="ordinal-without-colon"),
    pytest.param("Datum: 1/4", "2010-04-01", None, "1/4", id="datum-colon-day-slash-month"),
    pytest.param("OSA 2/5", "2010-05-02", None, "2/5", id="osa-day-slash-month"),
    pytest.param("Sista ansökningsdag 1/4", "2010-04-01", None, "1/4", id="ansokningsdag-day-slash-month"),
    pytest.param("1/4–3/4", "2010-04-01", "2010-04-03", "1/4–3/4", id="slash-range-both-small"),
    pytest.param("4.3.2010–6.3.2010", "2010-03-04", "2010-03-06", "4.3.2010–6.3.2010", id="dotted-range-full-dates"),
    pytest.param("12–13.3.2010", "2010-03-12", "2010-03-13", "12–13.3.2010", id="day-range-dotted"),
    pytest.param("12.–13.3.2010", "2010-03-12", "2010-03-13", "12.–13.3.2010", id="day-range-dotted-finland"),
    pytest.param("12.3.–13.3.2010", "2010-03-12", "2010-03-13", "12.3.–13.3.2010", id="dotted-range-first-no-year"),
    pytest.param("30.4.–2.5.", "2010-04-30", "2010-05-02", "30.4.–2.5.", id="dotted-range-without-year"),
    pytest.param("den 4–5.3.", "2010-03-04", "2010-03-05", "4–5.3.", id="den-day-range-dot-month"),
    pytest.param("från och med 1/4", "2010-04-01", None, "1/4", id="fran-och-med-day-slash-month"),
    pytest.param("fr o m 1/4", "2010-04-01", None, "1/4", id="fr-o-m-spaced-day-slash-month"),
    pytest.param("1/4–30/6", "2010-04-01", "2010-06-30", "1/4–30/6", id="slash-range-small-first-day"),
    pytest.param(
        "12 sept 2010–15 mars 2011", "2010-09-12", "2011-03-15", "12 sept 2010–15 mars 2011", id="range-of-full-dates"
    ),
    pytest.param("26.11.2024", "2024-11-26", None, "26.11.2024", id="dotted-two-digit"),
    pytest.param("den 14/12", "2009-12-14", None, "14/12", id="den-day-slash-month"),
    pytest.param("Onsdag 3/3", "2010-03-03", None, "Onsdag 3/3", id="weekday-day-slash-month"),
    pytest.param("Pressträff 12/3:", "2010-03-12", None, "12/3", id="bare-day-slash-month"),
    pytest.param("Jul 05, 2012", "2012-07-05", None, "Jul 05, 2012", id="english-month-first"),
    pytest.param("March 5th, 2012", "2012-03-05", None, "March 5th, 2012", id="english-ordinal"),
    pytest.param("5 May 2012", "2012-05-05", None, "5 May 2012", id="english-day-first"),
    pytest.param("on 14 January", "2010-01-14", None, "14 January", id="english-without-year"),
    pytest.param("14–15 May", "2010-05-14", "2010-05-15", "14–15 May", id="english-range-without-year"),
]


@pytest.mark.parametrize(("text", "date", "until", "raw"), FORMS)
def test_dates_forms(text: str, date: str, until: str | None, raw: str) -> None:
    (found,) = _find(text)
    assert (found.date.isoformat(), found.until.isoformat() if found.until else None, found.raw) == (
        date,
        until,
        raw,
    )
    assert found.precision == "day"
    assert not found.relative


def test_dates_day_list_gives_each_day() -> None:
    assert _days("den 3, 4 och 5 maj") == [("2010-05-03", None), ("2010-05-04", None), ("2010-05-05", None)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("den 1 resp. 2 april", id="resp"),
        pytest.param("1 respektive 2 april", id="respektive"),
        pytest.param("1 eller 2 april", id="eller"),
        pytest.param("1 el. 2 april", id="el"),
        pytest.param("1 samt 2 april", id="samt"),
        pytest.param("den 1 och den 2 april", id="och-den"),
        pytest.param("torsdag den 1 och fredag den 2 april", id="och-weekday-den"),
    ],
)
def test_dates_day_list_words(text: str) -> None:
    assert _days(text) == [("2010-04-01", None), ("2010-04-02", None)]


def test_dates_list_of_day_slash_month_in_one_month() -> None:
    assert _days("Visningar 2/5, 9/5 och 16/5") == [("2010-05-02", None), ("2010-05-09", None), ("2010-05-16", None)]


TIMES = [
    pytest.param("2010-03-12 kl. 09.00", "09:00", "2010-03-12 kl. 09.00", id="iso-kl-dot"),
    pytest.param("2010-03-12 09:00", "09:00", "2010-03-12 09:00", id="iso-colon"),
    pytest.param("2010-03-12, 11:30", "11:30", "2010-03-12, 11:30", id="iso-comma"),
    pytest.param("2009-10-27 | 14:45", "14:45", "2009-10-27 | 14:45", id="iso-bar"),
    pytest.param("2010-03-12T09:15", "09:15", "2010-03-12T09:15", id="iso-t"),
    pytest.param("2021-10-13 19:10 CET", "19:10", "2021-10-13 19:10", id="iso-time-zone-left-out"),
    pytest.param("2009-10-06 12:27:00", "12:27", "2009-10-06 12:27:00", id="iso-seconds"),
    pytest.param("26.11.2024 15:55:49 CET", "15:55", "26.11.2024 15:55:49", id="dotted-seconds"),
    pytest.param("Jul 05, 2012 13:41 CEST", "13:41", "Jul 05, 2012 13:41", id="english-with-time"),
    pytest.param("den 26 mars, kl. 8.45", "08:45", "26 mars, kl. 8.45", id="textual-comma-kl"),
    pytest.param("fredag 5 mars klockan 10:00", "10:00", "fredag 5 mars klockan 10:00", id="klockan"),
    pytest.param("den 14/12 kl. 11:00", "11:00", "14/12 kl. 11:00", id="slash-kl"),
    pytest.param("27 april klockan 11-14", "11:00", "27 april klockan 11", id="hour-only-start-of-span"),
]


@pytest.mark.parametrize(("text", "time", "raw"), TIMES)
def test_dates_time_kept(text: str, time: str, raw: str) -> None:
    (found,) = _find(text)
    assert found.time is not None
    assert (found.time.isoformat(timespec="minutes"), found.raw) == (time, raw)


PRECISION = [
    pytest.param("i mars 2010", "2010-03-01", None, "month", "mars 2010", id="month-year"),
    pytest.param("i slutet av feb. 2014", "2014-02-01", None, "month", "feb. 2014", id="month-abbreviation-year"),
    pytest.param("sedan 2004", "2004-01-01", None, "year", "2004", id="year-after-sedan"),
    pytest.param("hösten 2011", "2011-01-01", None, "year", "2011", id="year-after-season"),
    pytest.param("under 2010–2011", "2010-01-01", "2011-01-01", "year", "2010–2011", id="year-range"),
    pytest.param("2008-2009", "2008-01-01", "2009-01-01", "year", "2008-2009", id="year-range-hyphen"),
]


@pytest.mark.parametrize(("text", "date", "until", "precision", "raw"), PRECISION)
def test_dates_month_and_year_precision(text: str, date: str, until: str | None, precision: str, raw: str) -> None:
    (found,) = _find(text)
    assert (found.date.isoformat(), found.until.isoformat() if found.until else None) == (date, until)
    assert (found.precision, found.raw) == (precision, raw)


# --- the year of a day printed without one -----------------------------------

YEARS = [
    pytest.param("den 15 januari", D(2012, 12, 10), "2013-01-15", id="december-invitation-means-next-january"),
    pytest.param("den 30 september", D(2021, 10, 13), "2021-09-30", id="recent-past-same-year"),
    pytest.param("den 20 december", D(2011, 1, 5), "2010-12-20", id="recent-past-previous-year"),
    pytest.param("den 1 oktober", D(2002, 8, 12), "2002-10-01", id="coming-months"),
    pytest.param("den 1 augusti", D(2010, 1, 10), "2010-08-01", id="far-ahead-same-year"),
    pytest.param("den 30 september i år", D(2021, 1, 2), "2021-09-30", id="i-ar-pins-the-year"),
    pytest.param("den 10 mars nästa år", D(2021, 1, 2), "2022-03-10", id="nasta-ar"),
    pytest.param("29 februari", D(2012, 1, 10), "2012-02-29", id="leap-day-in-leap-year"),
    pytest.param("fredag 28 augusti", D(2009, 8, 27), "2009-08-28", id="weekday-agrees"),
    pytest.param("torsdag 19 maj", D(2010, 3, 1), "2011-05-19", id="weekday-picks-the-year"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), YEARS)
def test_dates_year_from_reference(text: str, reference: dt.date, expected: str) -> None:
    (found,) = _find(text, reference)
    assert found.date.isoformat() == expected


def test_dates_without_reference_year_comes_from_first_full_date_in_text() -> None:
    text = "2012-11-05\nPressträff 12/11: välkommen måndag den 12 november."
    assert _days(text, None) == [("2012-11-05", None), ("2012-11-12", None), ("2012-11-12", None)]


def test_dates_without_reference_month_year_dates_the_text() -> None:
    assert _days("I slutet av februari 2014 kom beskedet. Den 26 mars svarade vi.", None) == [
        ("2014-02-01", None),
        ("2014-03-26", None),
    ]


def test_dates_without_any_year_a_day_is_left_out() -> None:
    # Never the clock: nothing tells the year.
    assert _days("Mötet hålls den 4 mars.", None) == []


def test_dates_year_alone_does_not_date_a_day() -> None:
    # "sedan 2004" says nothing about the year of "den 29 april".
    assert _days("Vi har arbetat sedan 2004. Beslutet togs den 29 april.", None) == [("2004-01-01", None)]


# --- relative words ----------------------------------------------------------

RELATIVE = [
    pytest.param("i dag", "2010-03-01", id="i-dag"),
    pytest.param("Idag", "2010-03-01", id="idag-capital"),
    pytest.param("I DAG", "2010-03-01", id="i-dag-upper"),
    pytest.param("i kväll", "2010-03-01", id="i-kvall"),
    pytest.param("i morgon", "2010-03-02", id="i-morgon"),
    pytest.param("imorgon", "2010-03-02", id="imorgon"),
    pytest.param("i övermorgon", "2010-03-03", id="i-overmorgon"),
    pytest.param("i går", "2010-02-28", id="i-gar"),
    pytest.param("i förrgår", "2010-02-27", id="i-forrgar"),
    pytest.param("på fredag", "2010-03-05", id="pa-fredag"),
    pytest.param("på måndag", "2010-03-08", id="pa-mandag-on-a-monday-is-next-week"),
    pytest.param("Nu på onsdag", "2010-03-03", id="nu-pa-onsdag"),
    pytest.param("i fredags", "2010-02-26", id="i-fredags"),
    pytest.param("i måndags", "2010-02-22", id="i-mandags-on-a-monday-is-last-week"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_dates_relative_words(text: str, expected: str) -> None:
    (found,) = _find(text)
    assert (found.date.isoformat(), found.relative, found.precision) == (expected, True, "day")


def test_dates_relative_words_need_a_reference() -> None:
    assert _days("Beslutet fattades i går och gäller från i morgon.", None) == []


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        pytest.param("i morgon", D.max, id="after-the-last-day"),
        pytest.param("på måndag", D.max, id="next-weekday-after-the-last-day"),
        pytest.param("i går", D.min, id="before-the-first-day"),
        pytest.param("i måndags", D.min, id="last-weekday-before-the-first-day"),
    ],
)
def test_dates_relative_word_off_the_calendar_is_left_out(text: str, reference: dt.date) -> None:
    assert _find(text, reference) == []


def test_dates_weekday_before_a_date_is_not_relative() -> None:
    (found,) = _find("Nu på måndag den 8 mars öppnar vi.")
    assert (found.date.isoformat(), found.relative, found.raw) == ("2010-03-08", False, "måndag den 8 mars")


# --- negatives -------------------------------------------------------------

NEGATIVES = [
    pytest.param("(1992:191)", id="sfs-number"),
    pytest.param("EU nr 596/2014", id="eu-regulation-number"),
    pytest.param("enligt 16 § lagen", id="paragraph-sign"),
    pytest.param("1:e vice ordförande", id="ordinal-title"),
    pytest.param("loppet går över 30 km", id="distance"),
    pytest.param("tel 0498-123456", id="phone-number"),
    pytest.param("070-123 45 67", id="mobile-number"),
    pytest.param("Sverige vann med 2-1", id="sports-result"),
    pytest.param("19 600 000 kronor", id="amount"),
    pytest.param("drygt 2000 personer", id="four-digit-amount"),
    pytest.param("till 2000 personer", id="year-context-but-amount"),
    pytest.param("556123-4567", id="organisation-number"),
    pytest.param("version 4.12.2019", id="version-number"),
    pytest.param("v. 1.2.2010", id="version-abbreviated"),
    pytest.param("tre av fyra, 3/4 av alla", id="fraction"),
    pytest.param("öppet 24/7", id="around-the-clock"),
    pytest.param("kl. 12.30-14.00", id="time-range"),
    pytest.param("fram till jul", id="christmas-not-july"),
    pytest.param("i dagarna", id="i-dagarna"),
    pytest.param("i dagsläget", id="i-dagslaget"),
    pytest.param("i mån av plats", id="man-is-not-monday"),
    pytest.param("31 februari 2010", id="impossible-day"),
    pytest.param("på måndagar", id="habitual-weekday"),
    pytest.param("ökade till 3.4", id="bare-decimal-is-no-day"),
    pytest.param("från 1.5 till 2.3 procent", id="decimals-after-fran-till"),
    pytest.param("den 2.5 miljoner", id="decimal-amount-after-den"),
    pytest.param("kl. 10.11", id="time-with-dot"),
    pytest.param("ökade 1.2 - 3.4", id="decimal-range"),
    pytest.param("1/4, 1/2 och 3/4 av alla", id="list-of-fractions"),
    pytest.param("kl. 14.04–15.04", id="time-range-shaped-like-days"),
    pytest.param("these 3 may apply", id="english-may-the-verb"),
    pytest.param("båda kvällarna klockan 10.02–22.02.", id="klockan-time-range-before-period"),
    pytest.param("från 10.05 till 11.05", id="time-range-after-fran"),
    pytest.param("1.2–3.4 procent", id="decimal-range-of-percent"),
    pytest.param("13–12.3.2010", id="descending-dotted-day-range"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_dates_negatives(text: str) -> None:
    assert _find(text) == []


# --- bugs caught -----------------------------------------------------------

BUGS = [
    pytest.param(
        "10 mars–2 april 2010",
        [("2010-03-10", "2010-04-02")],
        id="second-end-of-month-range-was-read-as-april-2010",
    ),
    pytest.param("på fredag 12 mars", [("2010-03-12", None)], id="pa-weekday-before-date-is-the-date"),
    pytest.param("28–3 mars", [("2010-02-28", "2010-03-03")], id="descending-day-range-crosses-month"),
    pytest.param("12/3-14/3", [("2010-03-12", "2010-03-14")], id="slash-range-with-hyphen-lost-its-start"),
    pytest.param("2010-11 mars", [], id="year-and-dash-before-day-month"),
    pytest.param(
        "3–4 juni kl. 9–17, 5 juni kl. 9–16",
        [("2010-06-03", "2010-06-04"), ("2010-06-05", None)],
        id="end-of-opening-hours-was-read-as-a-day",
    ),
    pytest.param("kl. 9–17, 5 juni", [("2010-06-05", None)], id="opening-hours-were-read-as-a-day-range"),
    pytest.param("Dag 1, tisdag 2 mars", [("2010-03-02", None)], id="programme-day-number-is-no-day"),
    pytest.param("vecka 12, 17–21 mars", [("2010-03-17", "2010-03-21")], id="week-number-was-read-as-a-day"),
    pytest.param(
        "Fredag den 4 oktober 2013 klockan 11.39–13.09",
        [("2013-10-04", None)],
        id="end-of-time-range-after-a-date-was-read-as-its-last-day",
    ),
    pytest.param("öppet kl. 9–17 juni–augusti", [], id="hour-before-a-month-was-read-as-a-day"),
    pytest.param(
        "31 december 2010-2 januari 2011",
        [("2010-12-31", "2011-01-02")],
        id="range-end-after-a-year-was-read-as-a-month",
    ),
    pytest.param("11–10 mars", [], id="descending-day-range-a-month-long-is-a-misprint"),
    pytest.param("10 mars 2010 – 2 januari", [("2010-03-10", "2011-01-02")], id="range-end-without-year-runs-on"),
    pytest.param(
        "2010-03-10–2010-03-02",
        [("2010-03-10", None), ("2010-03-02", None)],
        id="range-backwards-in-time-is-two-days",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUGS)
def test_dates_bugs_caught(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _days(text) == expected


def test_dates_weekday_kept_in_span() -> None:
    # The weekday before a day was once dropped from the raw text.
    (found,) = _find("Välkommen tisdag 2 mars!")
    assert found.raw == "tisdag 2 mars"


# --- offsets and robustness --------------------------------------------------


def test_dates_offsets_through_normalisation() -> None:
    raw = "**Tisdag**\u00a02\u00a0mars och 10\u201411 mars"
    assert [(d.raw, d.date.isoformat()) for d in _find(raw)] == [
        ("Tisdag**\u00a02\u00a0mars", "2010-03-02"),
        ("10\u201411 mars", "2010-03-10"),
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("0123456789 -–/.:,marsjulidagpåförkl\n"), max_size=80),
    st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))),
)
def test_dates_any_text_gives_consistent_results(text: str, reference: dt.date | None) -> None:
    for d in find_dates(Text(text), reference):
        assert text[d.start : d.end] == d.raw
        assert d.until is None or d.until > d.date
