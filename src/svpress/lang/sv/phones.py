"""Words printed beside Swedish telephone numbers, and numbers that are never phones.

Sources: the label abbreviations are those of Språkrådet's list of common
abbreviations ("tfn", "tel.", "mob.", "vx") and of the contact blocks of
Swedish press releases (Mynewsdesk, Cision, authorities' own sites); the
service numbers are PTS's list of short numbers (112, 1177, 114 14 …).
"""

from __future__ import annotations

# Printed label (lowercase) -> canonical label. "tfn" and "tel" mean the
# ordinary line, so they read as "telefon"; English labels appear in the
# contact blocks of listed companies.
LABELS: dict[str, str] = {
    "tfn": "telefon",
    "tel": "telefon",
    "telefon": "telefon",
    "telefonnummer": "telefon",
    "telnr": "telefon",
    "tel.nr": "telefon",
    "tfnr": "telefon",
    "phone": "telefon",
    "mobil": "mobil",
    "mobilnummer": "mobil",
    "mobiltelefon": "mobil",
    "mobiltfn": "mobil",
    "mob": "mobil",
    "mobile": "mobil",
    "cell": "mobil",
    "växel": "växel",
    "växeln": "växel",
    "växelnummer": "växel",
    "vx": "växel",
    "vxl": "växel",
    "switchboard": "växel",
    "fax": "fax",
    "telefax": "fax",
    "direkt": "direkt",
    "direktnummer": "direkt",
    "direktnr": "direkt",
    "dir": "direkt",
    "direct": "direkt",
}

# Words after which digits are an account, register or reference number,
# never a telephone number ("Bankgiro 5050-1055", "org.nr 556016-0680").
NOT_PHONE_CONTEXT: tuple[str, ...] = (
    "org.nr",
    "org nr",
    "orgnr",
    "org.nummer",
    "organisationsnummer",
    "org. nr",
    "bankgiro",
    "bg",
    "bg nr",
    "plusgiro",
    "postgiro",
    "pg",
    "pg nr",
    "konto",
    "kontonummer",
    "kontonr",
    "clearingnummer",
    "iban",
    "ocr",
    "personnummer",
    "diarienummer",
    "dnr",
    "dnr.",
    "ärendenummer",
    "målnummer",
    "mål nr",
    "fakturanummer",
    "fakturanr",
    "reg.nr",
    "regnr",
    "reg. nr",
    "registreringsnummer",
    "ärende",
    "ärendenr",
    "diarienr",
    "referensnummer",
    "ref.nr",
    "ref nr",
    "artikelnummer",
    "artikelnr",
    "art.nr",
    "kundnummer",
    "kundnr",
    "ordernummer",
    "ordernr",
    "avtalsnummer",
    "momsregistreringsnummer",
    "vat",
    "sfs",
    "isbn",
    "issn",
    "kl",
    "kl.",
    "klockan",
)

# Emergency and public service numbers (national significant numbers). They
# are short, so libphonenumber rejects most of them already; listing them
# keeps the rule explicit should its metadata change.
SERVICE_NUMBERS: frozenset[str] = frozenset(
    {
        "112",
        "1177",
        "11313",
        "11414",
        "11404",
        "116000",
        "116111",
        "116117",
        "116123",
        "118118",
        "90000",
        "90200",
    }
)
