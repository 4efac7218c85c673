"""Contacts: entries of contact sections with name, role, organisation, phones and e-mails."""

from __future__ import annotations

import pytest

from svpress import parse

Row = tuple[str | None, str | None, str | None, list[str], list[str]]


def _contacts(text: str) -> list[Row]:
    return [
        (c.name, c.role, c.organisation, [p.e164 for p in c.phones], [e.address for e in c.emails])
        for c in parse(text).contacts
    ]


FORMS = [
    pytest.param(
        "Rubrik\n\nText.\n\nFör mer information, kontakta:\n"
        "Anna Ek, presschef, Ekbo AB, tfn 08-123 456 78, anna.ek@ekbo.se",
        [("Anna Ek", "presschef", "Ekbo AB", ["+46812345678"], ["anna.ek@ekbo.se"])],
        id="one-line-entry",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nAnna Ek, vd Ekbo, tfn 08-123 456 78, mobil 070-123 45 67\n"
        "Bo Lind, ekonomichef Ekbo, tfn 08-123 456 79\n\nEkbo är ett bolag i Ekeby.",
        [
            ("Anna Ek", "vd", "Ekbo", ["+46812345678", "+46701234567"], []),
            ("Bo Lind", "ekonomichef", "Ekbo", ["+46812345679"], []),
        ],
        id="entry-per-line-role-then-org",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nPresskontakt\n\nAnna Ek\nKommunikationschef\nMobil 070-123 45 67\nanna.ek@ekbo.se",
        [("Anna Ek", "Kommunikationschef", None, ["+46701234567"], ["anna.ek@ekbo.se"])],
        id="entry-over-several-lines",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakter\n\nAnna Ek\nPresskontakt\nKommunikationschef\nanna.ek@ekbo.se\n\n"
        "Bo Lind\nPresskontakt\nProjektledare\n070-123 45 68",
        [
            ("Anna Ek", "Kommunikationschef", None, [], ["anna.ek@ekbo.se"]),
            ("Bo Lind", "Projektledare", None, ["+46701234568"], []),
        ],
        id="mynewsdesk-cards-with-label-lines",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFör ytterligare information kontakta:\nEkbos presstjänst, 08-123 456 70, press@ekbo.se",
        [(None, "presstjänst", "Ekbo", ["+46812345670"], ["press@ekbo.se"])],
        id="function-contact-without-person",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nMer information:\nEkeby kommun, Anna Ek, samordnare, telefon 070-123 45 67. "
        "Länsstyrelsen, Bo Lind, handläggare, telefon 070-123 45 68.",
        [
            ("Anna Ek", "samordnare", "Ekeby kommun", ["+46701234567"], []),
            ("Bo Lind", "handläggare", "Länsstyrelsen", ["+46701234568"], []),
        ],
        id="two-entries-on-one-line-org-first",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFör ytterligare information kontakta;\n\nStyrelsens ordförande – Anna Ek – anna@ekbo.se",
        [("Anna Ek", "Styrelsens ordförande", None, [], ["anna@ekbo.se"])],
        id="role-first-dash-separated",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontaktpersoner:\nAnna Ek (S), kommunalråd, tel: 070-123 45 67",
        [("Anna Ek", "kommunalråd", None, ["+46701234567"], [])],
        id="party-letter-dropped",
    ),
    pytest.param(
        "Rubrik\n\nText om mötet.\nVälkommen!Kontaktperson: Anna Ek, informatör, tfn 070-123 45 67",
        [("Anna Ek", "informatör", None, ["+46701234567"], [])],
        id="heading-glued-mid-line",
    ),
    pytest.param(
        "Rubrik\n\nText om avtalet.\n\nAnna Ek\nFörbundsdirektör Ekeby Musikförbund\n070-123 45 67\nanna@ekebymusik.se",
        [("Anna Ek", "Förbundsdirektör", "Ekeby Musikförbund", ["+46701234567"], ["anna@ekebymusik.se"])],
        id="signature-block-without-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nVid frågor kontakta kommundirektör Anna Ek 070-123 45 67\n\nKontaktpersoner\n\nAnna Ek\n"
        "Kommundirektör",
        [("Anna Ek", "kommundirektör", None, ["+46701234567"], [])],
        id="same-person-twice-merged",
    ),
]

FORMS += [
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt\nEva Ek, curator, Ekeby museum, 0418-12 34 56\n"
        "Kulturförvaltningens kommunikatör Bo Lind, 070-123 45 68",
        [
            ("Eva Ek", "curator", "Ekeby museum", ["+4641812345" + "6"], []),
            ("Bo Lind", "kommunikatör", "Kulturförvaltningen", ["+46701234568"], []),
        ],
        id="name-after-genitive-and-role-starts-entry-after-complete-one",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt\nFrågor om rapporten: Eva Ek, utredare, 010-123 55 00\n"
        "Frågor om analysen: Bo Lind, forskare, 013-12 34 56",
        [
            ("Eva Ek", "utredare", None, ["+46101235500"], []),
            ("Bo Lind", "forskare", None, ["+4613123456"], []),
        ],
        id="topic-prefixes",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt: Eva Ek, vd, Ekbo Marin AB, 0175-123 45\n\n"
        "Ekbo Marin AB, org.nr 559412-0876, Bruksvägen 9, 762 91 Rånäs",
        [("Eva Ek", "vd", "Ekbo Marin AB", ["+4617512345"], [])],
        id="address-line-is-not-a-contact",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nMed vänlig hälsning\n\nAnna-Karin Ek\nFörbundsordförande\nEkeby Förbund\n"
        "Tel: 08-123 456 78\nanna-karin.ek@ekeby.se",
        [("Anna-Karin Ek", "Förbundsordförande", "Ekeby Förbund", ["+46812345678"], ["anna-karin.ek@ekeby.se"])],
        id="e-mail-signature",
    ),
]

FORMS += [
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nPresstjänsten, 08-405 46 00",
        [(None, "Presstjänsten", None, ["+4684054600"], [])],
        id="function-contact-that-reads-like-a-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nPresstjänst Ekbolinjen, 031-390 06 00, press@ekbolinjen.se",
        [(None, "Presstjänst", "Ekbolinjen", ["+46313900600"], ["press@ekbolinjen.se"])],
        id="function-then-organisation",
    ),
]

FORMS += [
    pytest.param(
        "Rubrik\n\nText.\n\nFör mer information:\nEkbo:\nPressjour, 08-465 004 32, press@ekbo.se",
        [(None, "Pressjour", "Ekbo", ["+46846500432"], ["press@ekbo.se"])],
        id="organisation-sub-heading",
    ),
    pytest.param(
        "Rubrik\n\nText om Länsstyrelsen.\n\nKontakt\nLänsstyrelsens växel: 010-123 40 00",
        [(None, None, "Länsstyrelsen", ["+46101234000"], [])],
        id="genitive-organisation-before-a-label",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFrågor?\nKundservice: 0521-12 34 56 (öppet dygnet runt), kundservice@ekby.se\n"
        "Media: Eva Ek, vd, 070-174 06 40",
        [
            (None, "Kundservice", None, ["+4652112345" + "6"], ["kundservice@ekby.se"]),
            ("Eva Ek", "vd", None, ["+46701740640"], []),
        ],
        id="question-heading-remarks-in-brackets",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nEva Ek, intendent, 070-174 06 88 · [eva.ek@ekby.se](mailto:eva.ek@ekby.se)\n\n"
        "[Ekby museum](https://www.ekbymuseum.se) · Museigatan 1 · 451 19 Ekby · Växel 0522-12 34 56",
        [("Eva Ek", "intendent", None, ["+46701740688"], ["eva.ek@ekby.se"])],
        id="markdown-links-and-letterhead-footer",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFör mer information:\nEva Ek, vd, Ekbo AB\n070-174 06 81\n"
        "Mediejour: 08-465 004 70, press@ekbo.se",
        [
            ("Eva Ek", "vd", "Ekbo AB", ["+46701740681"], []),
            (None, "Mediejour", None, ["+46846500470"], ["press@ekbo.se"]),
        ],
        id="function-line-after-a-person",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFrågor besvaras av\nEva Ek, utredare, nås via presstjänsten\n"
        "Presstjänsten: 08-465 004 80, press@ekbo.se\nVäxel: 08-465 004 00",
        [
            ("Eva Ek", "utredare", None, [], []),
            (None, "Presstjänsten", None, ["+46846500480"], ["press@ekbo.se"]),
            (None, "Växel", None, ["+46846500400"], []),
        ],
        id="switchboard-line-in-the-section",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nEva Ek, museichef, 070-174 06 84\nPress: press@ekbo.se",
        [
            ("Eva Ek", "museichef", None, ["+46701740684"], []),
            (None, "Press", None, [], ["press@ekbo.se"]),
        ],
        id="press-label-with-an-address",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt\n"
        "Namn           Roll              Telefon          E-post\n"
        "Eva Ek         Forskare          031-390 06 14    eva.ek@ekbo.se\n"
        "Bo Lind        Presschef         031-390 06 15    bo.lind@ekbo.se",
        [
            ("Eva Ek", "Forskare", None, ["+46313900614"], ["eva.ek@ekbo.se"]),
            ("Bo Lind", "Presschef", None, ["+46313900615"], ["bo.lind@ekbo.se"]),
        ],
        id="table-with-a-caption-row",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nTilläggsuppgifter:\nMats Ek, verkställande direktör, tfn +358 40 123 4567",
        [("Mats Ek", "verkställande direktör", None, ["+358401234567"], [])],
        id="finland-swedish-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nVill du veta mer?\nKontakta Eva Ek, badchef, 070-174 06 47, eva.ek@ekby.se",
        [("Eva Ek", "badchef", None, ["+46701740647"], ["eva.ek@ekby.se"])],
        id="question-heading-then-kontakta",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFör frågor:\nEva Ek, ordförande, 070-174 06 24",
        [("Eva Ek", "ordförande", None, ["+46701740624"], [])],
        id="for-fragor-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nBakgrund\nVid kraftigt regn bräddar avloppen.\n\n"
        "Presschef\nEva Ek\n070-174 06 58\neva.ek@ekby.se",
        [("Eva Ek", "Presschef", None, ["+46701740658"], ["eva.ek@ekby.se"])],
        id="role-above-name-after-a-fact-box",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nPressjour\nEkbys pressjour, 08-465 004 94, press@ekby.se",
        [(None, "pressjour", "Ekby", ["+46846500494"], ["press@ekby.se"])],
        id="pressjour-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nAnna Ek, vd, 070-174 06 12 och Bo Lind, CFO, 070-174 06 13",
        [("Anna Ek", "vd", None, ["+46701740612"], []), ("Bo Lind", "CFO", None, ["+46701740613"], [])],
        id="two-entries-joined-by-och",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt: Anna Ek, vd, 070-174 06 59 / Bo Lind, kommunalråd, 070-174 06 60",
        [("Anna Ek", "vd", None, ["+46701740659"], []), ("Bo Lind", "kommunalråd", None, ["+46701740660"], [])],
        id="two-entries-split-by-a-slash",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nPresskontakt: Anna Ek, 070-174 06 12, anna.ek@ekbo.se. Bo Lind, 070-174 06 13.",
        [("Anna Ek", None, None, ["+46701740612"], ["anna.ek@ekbo.se"]), ("Bo Lind", None, None, ["+46701740613"], [])],
        id="second-entry-after-a-full-stop-is-no-prose",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nMedia är välkomna att kontakta Anna Ek, presschef, 070-174 06 12.",
        [("Anna Ek", "presschef", None, ["+46701740612"], [])],
        id="media-welcome-to-contact",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nIntervjuförfrågningar:\nAnna Ek, presschef, 070-174 06 12",
        [("Anna Ek", "presschef", None, ["+46701740612"], [])],
        id="interview-requests-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nLäs mer på ekbo.se\n\nAnna Ek, presschef, 070-174 06 12, anna.ek@ekbo.se",
        [("Anna Ek", "presschef", None, ["+46701740612"], ["anna.ek@ekbo.se"])],
        id="one-line-contact-without-heading",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nKlubbdirektör Per Malm, 070-174 06 04, per.malm@ekbyif.se\n"
        "Kansliet: 031-390 06 02, kansli@ekbyif.se",
        [
            ("Per Malm", "Klubbdirektör", None, ["+46701740604"], ["per.malm@ekbyif.se"]),
            (None, "Kansliet", None, ["+46313900602"], ["kansli@ekbyif.se"]),
        ],
        id="function-line-after-a-complete-entry",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nProjektledare Eva Mark, tel 070-174 06 15\n"
        "Ekby teknikförening, växel 0920-17 40 60, info@ekbytf.se",
        [
            ("Eva Mark", "Projektledare", None, ["+46701740615"], []),
            (None, None, "Ekby teknikförening", ["+46920174060"], ["info@ekbytf.se"]),
        ],
        id="organisation-line-after-a-complete-entry",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nEva Mark, 070-174 06 15\nMobil: 070-174 06 16\nE-post: eva@ekby.se",
        [("Eva Mark", None, None, ["+46701740615", "+46701740616"], ["eva@ekby.se"])],
        id="labelled-lines-continue-the-entry",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nEva Mark, doktorand, 090-174 06 05\n"
        "Pressansvarig: tel. 090-174 06 06, press@ekbyuniv.se",
        [
            ("Eva Mark", "doktorand", None, ["+46901740605"], []),
            (None, "Pressansvarig", None, ["+46901740606"], ["press@ekbyuniv.se"]),
        ],
        id="role-heading-of-an-entry-without-name",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nFrågor:\nProjektledare Ida Sten, 031-390 06 03",
        [("Ida Sten", "Projektledare", None, ["+46313900603"], [])],
        id="questions-heading-alone",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nKontakt:\nRådmannen Anna Holm, 08-465 004 00",
        [("Anna Holm", "Rådmannen", None, ["+46846500400"], [])],
        id="judge-title-in-definite-form",
    ),
]

NEGATIVES = [
    pytest.param(
        "Rubrik\n\nText.\n\nVid eventuella frågor, vänligen kontakta press@ekeby.se",
        id="bare-address-is-not-an-entry",
    ),
    pytest.param(
        "Rubrik\n\nFrågor om vattnet besvaras av Ekeby Vatten AB:s kundtjänst på 020-12 34 56. "
        "Nästa mätning görs i augusti och redovisas på webben.",
        id="heading-words-inside-prose",
    ),
    pytest.param(
        "Rubrik\n\nNärvarande:\nAnna Ek, kommunalråd\nBo Lind, oppositionsråd",
        id="participant-list-without-contact-details",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_contacts_forms(text: str, expected: list[Row]) -> None:
    assert _contacts(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_contacts_negatives(text: str) -> None:
    assert _contacts(text) == []


def test_contacts_offsets_point_at_the_entry() -> None:
    text = "Rubrik\r\n\r\nKontakt:\r\nAnna Ek, presschef, 070-123 45 67"
    c = parse(text).contacts[0]
    assert text[c.start : c.end] == c.raw
    assert c.raw.startswith("Anna Ek")
