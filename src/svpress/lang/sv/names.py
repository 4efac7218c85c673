"""Personal names: SCB first names and surnames, particles, and capitalised words that are never names.

The name lists are data files (``data/first_names.txt``, ``data/surnames.txt``:
SCB name statistics 2022, CC0, "Källa: SCB"; see ``data/SOURCES.md``).
"""

from __future__ import annotations

from functools import cache

from svpress.lang.sv.resources import lines


@cache
def first_names() -> frozenset[str]:
    """First names (tilltalsnamn) borne in Sweden, as printed ("Ann-Charlotte")."""
    return frozenset(lines("first_names.txt"))


@cache
def first_name_sex() -> dict[str, str]:
    """First name → "f" or "m", for names SCB lists under one sex only."""
    return dict(line.split("\t", 1) for line in lines("first_name_sex.tsv") if "\t" in line)


@cache
def surnames() -> frozenset[str]:
    """The 5,000 most common Swedish surnames, particles in lower case ("von Platen")."""
    return frozenset(n for n in lines("surnames.txt") if " " not in n)


PARTICLES = frozenset({"von", "af", "av", "de", "van", "der", "den", "la", "le", "di", "da", "du", "al", "el", "bin"})
"""Lower-case name particles that may stand inside a person's name ("Lars von Kantzow")."""

SURNAME_ENDINGS = (
    "sson", "son", "sen", "berg", "ström", "qvist", "quist", "kvist", "lund", "gren", "dahl", "dal", "holm",
    "stam", "stedt", "sten", "blad", "bäck", "fors", "hed", "löf", "löv", "nér", "én", "ius", "ell", "ér",
    "sjö", "vall", "borg", "feldt", "felt", "hjelm", "skog", "ling", "lin", "lander", "man", "mark", "näs",
    "rud", "by", "ås", "ek", "green", "stein", "ski", "sky", "ić", "ic", "ović", "ovic",
)  # fmt: skip
"""Endings typical of surnames; used to accept an unknown word as a surname ("Fräjdin", "Erséus" excluded)."""

NEVER_NAMES = frozenset(
    """
    Det Den De Dem Detta Denna Dessa Där Då Jag Vi Ni Du Han Hon Man Men Och Om Att Är Var Vad Vem Vilka
    Vilken Vilket Hur När Nu Här Ja Nej Hej Tack För Ett En Efter Före Många Flera Alla Allt Ingen
    Inget Mer Med Mot På I Av Till Från Under Över Genom Sedan Som Så Även Också Redan Bara Dock Enligt
    Samtidigt Tidigare Senare Därför Dessutom Trots Inte Kan Ska Skulle Vill Har Hade Blir Blev Kommer
    Måste Får Fick Varför Eftersom Medan Utan Inom Bland Kring Hos Vid Mellan Både Antingen Varken Idag
    Igår Imorgon Välkommen Välkomna Kontakt Kontakta Läs Mer Se Följ Foto Bild Bilder Källa Fakta Om
    Tel Tfn Telefon Mobil Mail Mejl Epost Adress Plats Tid Datum Pressmeddelande Nyhet Pressinbjudan
    Januari Februari Mars April Maj Juni Juli Augusti September Oktober November December
    Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Måndagen Tisdagen Onsdagen Torsdagen Fredagen
    Lördagen Söndagen Vår Vårt Våra Er Ert Era Min Mitt Mina Din Ditt Dina Sin Sitt Sina Hennes
    Deras Dess Varje Vissa Någon Något Några Andra Annan Annat Första Andra Tredje Nya Ny Nytt Stora
    Stor Stort Hela Halva Mycket Mest Mindre Minst Bästa Bra Nästa Sista Sist Först Tillsammans
    Ordförande Vd Chef Presschef Rektor Professor Docent Direktör Minister Statsminister
    About With From Our We This These Please Summary Contact Contacts
    """.split()
)
"""Capitalised words that begin sentences or label fields and are never a person's name by themselves
(English ones too, for the English summaries and headings of bilingual releases: "About X")."""

NOT_POSSESSED = frozenset(
    """har hade är var blir blev kommer ska skulle kan kunde vill ville måste får fick och eller som i
    på med för till från av om att men när där då så samt även också inte bara den det de en ett
    säger sa sade menar anser tror tycker berättar vid hos inom under efter mot""".split()
)
"""Words after a name that show it is the subject, not a genitive owner ("Mats och", "Lars har")."""
