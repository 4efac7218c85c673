"""Swedish (and the English of Swedish newswires) words for dates: data only.

Sources: Språkrådet, "Skrivregler för svenska och engelska från TNC"
(month and weekday abbreviations, ordinal forms "4:e", "1:a"); the
datelines of Swedish newswires (Mynewsdesk prints "Jul 05, 2012 13:41 CEST",
Cision "26.11.2024 15:55:49 CET"). Keys are lowercase; matching is
case-insensitive, so "MARS" and "Mars" read as "mars".
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations read with or without a trailing period ("12 jan.", "sept").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "febr": 2,
    "feb": 2,
    "apr": 4,
    "jun": 6,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}

# Deliberately apart: "jul" is also Christmas ("till jul", "i jul") and "mar"
# a word in other languages. They are months only with a period ("12 jul.")
# or a year right after ("5 jul 2012").
AMBIGUOUS_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jul": 7,
    "mar": 3,
}

# English month names, read only with a year: Mynewsdesk's "Jul 05, 2012"
# and "5 May 2012". Names spelled as in Swedish ("april", "september") are
# in MONTHS already.
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Mynewsdesk in Swedish locale keeps the month-first order with Swedish
    # abbreviations: "Okt 15, 2019", "Maj 05, 2012".
    "okt": 10,
    "maj": 5,
    "mars": 3,
    "juni": 6,
    "juli": 7,
}

# English month names read after a day even without a year ("on 14 January",
# "14–15 May" in the English part of a release). Only full names: "mar" and
# "jul" are Swedish words; "May" is read only capitalised (the grammar).
ENGLISH_MONTH_NAMES: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}

# Weekday -> Monday-based number (date.weekday()). The definite forms
# ("torsdagen den 14 december") are spelled out; abbreviations are read only
# before a day number ("tis 2 maj"), where "mån" and "sön" cannot be the
# words "mån" (extent) and "sön" (the son).
WEEKDAYS: dict[str, int] = {
    "måndag": 0,
    "tisdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lördag": 5,
    "söndag": 6,
    "måndagen": 0,
    "tisdagen": 1,
    "onsdagen": 2,
    "torsdagen": 3,
    "fredagen": 4,
    "lördagen": 5,
    "söndagen": 6,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mån": 0,
    "månd": 0,
    "tis": 1,
    "tisd": 1,
    "ons": 2,
    "onsd": 2,
    "tor": 3,
    "tors": 3,
    "torsd": 3,
    "fre": 4,
    "fred": 4,
    "lör": 5,
    "lörd": 5,
    "sön": 6,
    "sönd": 6,
}

# Relative day words -> offset from the reference date in days.
RELATIVE_DAYS: dict[str, int] = {
    "i dag": 0,
    "idag": 0,
    "i kväll": 0,
    "ikväll": 0,
    "i morse": 0,
    "i eftermiddag": 0,
    "i förmiddag": 0,
    "i morgon": 1,
    "imorgon": 1,
    "i övermorgon": 2,
    "i går": -1,
    "igår": -1,
    "i förrgår": -2,
}

# The syllables every relative form ends in (weekdays end in "dag"): the
# extractor looks for these first, then for the whole form around them.
RELATIVE_HOOKS: tuple[str, ...] = ("dag", "morgon", "går", "kväll", "morse")

# "på måndag" is the coming Monday, "i måndags" the last one.
NEXT_WEEKDAY_PREFIXES: tuple[str, ...] = ("på", "nu på", "kommande", "nästa")
LAST_WEEKDAY_SUFFIX = "s"  # "i måndags", "i fredags"

# Words after a year-less day that fix its year relative to the reference.
YEAR_WORDS: dict[str, int] = {
    "i år": 0,
    "detta år": 0,
    "nästa år": 1,
    "förra året": -1,
    "i fjol": -1,
}

# Words that mark a year standing alone ("sedan 2004", "hösten 2011") as a
# date mention of year precision. A bare number is never a year: "2000
# personer" is an amount.
YEAR_CONTEXT: tuple[str, ...] = (
    "år",
    "året",
    "sedan",
    "från",
    "till",
    "fram till",
    "under",
    "inför",
    "efter",
    "före",
    "innan",
    "början av",
    "mitten av",
    "slutet av",
    "våren",
    "sommaren",
    "hösten",
    "vintern",
    "halvåret",
    "kvartalet",
)

# Between two dates, these make a range ("10 mars–2 april", "från 1 juni
# till 31 augusti", "1 jan t.o.m. 31 mars").
RANGE_SEPARATORS: tuple[str, ...] = ("–", "-", "till", "till och med", "t.o.m.", "tom", "t o m")

# Words that join the days of one list ("3, 4 och 5 maj", "1 resp. 2 april",
# "2 eller 3 juni"): every day of the list is mentioned. "till" and dashes
# make a range instead.
DAY_LIST_WORDS: tuple[str, ...] = ("och", "samt", "eller", "el.", "respektive", "resp.", "resp")

# "fr.o.m. 1/4", "t.o.m. 31.3": the words that open or close a period, as printed.
PERIOD_BOUND_WORDS: tuple[str, ...] = (
    "fr.o.m.",
    "fr.o.m",
    "fr o m",
    "från och med",
    "t.o.m.",
    "t.o.m",
    "t o m",
    "till och med",
    "senast",
)

# Words before a bare "d/m" that make it a date, not a fraction ("den 14/12",
# "från 3/4", "– 5/6", "från och med 1/4", "Datum: 1/4"; a colon may follow).
DAY_MONTH_CONTEXT: tuple[str, ...] = (
    "den",
    "datum",
    "osa",
    "ansökningsdag",
    "anmälningsdag",
    "deadline",
    "från",
    "till",
    "mellan",
    *PERIOD_BOUND_WORDS,
    "före",
    "efter",
    "–",
    "-",
)

# Words before a bare "d.m" ("den 15.3", "senast 1.4."): the Finland-Swedish
# way of printing a day without its year. Fewer than for "d/m": after "från"
# or "till", "1.5" is as often a decimal number ("från 1.5 till 2.3 procent").
DAY_MONTH_DOT_CONTEXT: tuple[str, ...] = ("den", "datum", *PERIOD_BOUND_WORDS)

# "kl." / "klockan" before a time of day.
CLOCK_WORDS: tuple[str, ...] = ("kl", "kl.", "klockan")

# Words whose number is not a day, though a day list may follow it: "vecka
# 12, 17–21 mars" is the 17th to the 21st, "nr 3, 5 maj" the 5th.
NOT_DAY_WORDS: tuple[str, ...] = ("vecka", "veckan", "v.", "v", "nr", "nr.", "nummer", "sidan", "s.")

# Words just before "d.m.yyyy" that make it a version number, not a date.
VERSION_WORDS: tuple[str, ...] = ("version", "ver", "ver.", "v", "v.", "release")

# Words after a number that make it an amount, not a year ("2000 personer").
AMOUNT_WORDS: tuple[str, ...] = (
    "kr",
    "kronor",
    "tkr",
    "tusen",
    "miljon",
    "miljoner",
    "milj.",
    "mn",
    "miljard",
    "miljarder",
    "mdr",
    "mdkr",
    "sek",
    "mkr",
    "msek",
    "euro",
    "eur",
    "dollar",
    "usd",
    "procent",
    "%",
    "personer",
    "st",
    "stycken",
    "ton",
    "kvm",
    "kvadratmeter",
    "meter",
    "m",
    "km",
    "kilometer",
    "mil",
    "anställda",
    "invånare",
    "medlemmar",
    "besökare",
    "deltagare",
    "elever",
    "barn",
    "timmar",
    "dagar",
    "år",
    "sidor",
    "exemplar",
    "bostäder",
    "lägenheter",
)
