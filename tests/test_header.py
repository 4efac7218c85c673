"""Header fields: kind label, headline and publication date in the many layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from svpress import parse

LAYOUTS = [
    pytest.param(
        "Pressmeddelande\n2021-05-04\n\nNy skola byggs i Vallby\n\nKommunen bygger en ny skola.",
        ("pressmeddelande", "Ny skola byggs i Vallby", dt.date(2021, 5, 4)),
        id="label-date-title",
    ),
    pytest.param(
        "## Pressmeddelande\n\nDatum  \n2019-02-01\n\n### Nytt avtal klart\n\nAvtalet gäller i tre år.",
        ("pressmeddelande", "Nytt avtal klart", dt.date(2019, 2, 1)),
        id="markdown-date-caption",
    ),
    pytest.param(
        "Nya bussar till Ekeby\n\nPressmeddelande   •   Mar 03, 2015 09:12 CET\n\nBussarna rullar från maj.",
        ("pressmeddelande", "Nya bussar till Ekeby", dt.date(2015, 3, 3)),
        id="mynewsdesk-label-after-title",
    ),
    pytest.param(
        "Ekeby kommun\n\nNya bussar till Ekeby\n\nPressmeddelande   •   Mar 03, 2015 09:12 CET\n\nText.",
        ("pressmeddelande", "Nya bussar till Ekeby", dt.date(2015, 3, 3)),
        id="mynewsdesk-newsroom-line-first",
    ),
    pytest.param(
        "Nyhet | 2011-06-01 | 10:30\n\nVindkraft byggs ut\n\nBolaget bygger tio nya verk.",
        ("nyhet", "Vindkraft byggs ut", dt.date(2011, 6, 1)),
        id="pipe-separated-stamp",
    ),
    pytest.param(
        "PRESSINBJUDAN: Spadtag för ny förskola\n\nVälkommen till spadtaget.",
        ("pressinbjudan", "PRESSINBJUDAN: Spadtag för ny förskola", None),
        id="label-as-headline-prefix",
    ),
    pytest.param(
        "Pressmeddelande från Finansdepartementet\n\nMinistern besöker Gävle\n\nPublicerad\n\nBesöket sker i dag.",
        ("pressmeddelande", "Ministern besöker Gävle", None),
        id="label-with-sender-and-bare-caption",
    ),
    pytest.param(
        "Kvartalsrapport klar\n\n2016-10-20, 08:00\n - Icke regulatorisk\n\nOmsättningen ökade.",
        (None, "Kvartalsrapport klar", dt.date(2016, 10, 20)),
        id="classification-is-not-a-kind",
    ),
    pytest.param(
        "Bolaget: Förtydligande 2013-05-07\n\nBolaget vill förtydliga ett citat.",
        (None, "Bolaget: Förtydligande 2013-05-07", dt.date(2013, 5, 7)),
        id="date-only-in-headline",
    ),
    pytest.param(
        "Bolaget köper fastigheter\n\nBolaget förvärvar tre fastigheter.\n\n"
        "Informationen lämnades för offentliggörande den 2017-03-09 kl. 08.00.",
        (None, "Bolaget köper fastigheter", dt.date(2017, 3, 9)),
        id="disclosure-line-when-nothing-earlier",
    ),
    pytest.param(
        "Förändring i ledningen\n\nBolagets vd lämnar. Örby 2004-09-01 Bolaget AB Kommunikation",
        (None, "Förändring i ledningen", dt.date(2004, 9, 1)),
        id="dateline-inside-text",
    ),
    pytest.param(
        "Vi använder kakor (cookies) för att webbplatsen ska fungera. Läs mer om kakor   Acceptera alla\n\n"
        "Ekeby kommun\nMeny  Sök\nStartsida > Kommun och politik > Press\n\nNy skola i Ytterby\n\n"
        "Publicerad: 12 februari 2025\n\nDela   Skriv ut   Lyssna\n\n"
        "Fullmäktige beslutade i går att bygga en ny skola.",
        (None, "Ny skola i Ytterby", dt.date(2025, 2, 12)),
        id="web-page-furniture-above-the-headline",
    ),
    pytest.param(
        "Till innehållet\nStartsida  /  Aktuellt  /  Nyheter  /  Ekeby\n\nVittnen söks efter rån\n\n"
        "Publicerad 2 november 2024 11.42  Nyhet  Polisregion Väst\n\nTvå män rånade en butik.",
        ("nyhet", "Vittnen söks efter rån", dt.date(2024, 11, 2)),
        id="breadcrumbs-then-headline-then-stamp",
    ),
    pytest.param(
        "HOVRÄTTEN ÖVER                          PRESSMEDDELANDE\nVÄSTRA EKEBY                            2025-03-28\n"
        "Avdelning 2                             Mål nr B 1234-24\n\n"
        "Hovrätten skärper straffet\n\nHovrätten har i dag dömt en man.",
        ("pressmeddelande", "Hovrätten skärper straffet", dt.date(2025, 3, 28)),
        id="letterhead-in-columns",
    ),
    pytest.param(
        "EKEBY IK\nA-laget   Ungdom   Biljetter   Kontakt\n\nNyhet | 2025-01-09 | Av: Ekeby IK\n\n"
        "Ekeby IK värvar mittback\n\nMittbacken har skrivit på ett treårskontrakt.",
        ("nyhet", "Ekeby IK värvar mittback", dt.date(2025, 1, 9)),
        id="letterhead-and-menu",
    ),
    pytest.param(
        "Ekeby.se\nStartsida  ›  Pressmeddelanden\n\nPressmeddelande från Finansdepartementet\n\n"
        "Uppdrag om energilager\n\nPublicerad 20 mars 2025\n\nRegeringen ger ett uppdrag.",
        ("pressmeddelande", "Uppdrag om energilager", dt.date(2025, 3, 20)),
        id="website-line-and-breadcrumb",
    ),
    pytest.param(
        "Länsstyrelsen i Ekeby län\nNyheter\n\nBeslut om skyddsjakt\n2023-12-04 · Nyhet\nLänsstyrelsen har beslutat.",
        ("nyhet", "Beslut om skyddsjakt", dt.date(2023, 12, 4)),
        id="section-name-is-not-the-headline",
    ),
    pytest.param(
        "Från: Anna Ek <anna.ek@ekeby.se>\nSkickat: den 3 juni 2025 09:47\nTill: nyheter@tidning.se\n"
        "Ämne: PM: Elever till final\n\nHej!\n\nHär kommer ett pressmeddelande.\n\nHälsningar\nAnna\n\n"
        "-----------------------------------------\nPRESSMEDDELANDE 2025-06-03\n\n"
        "Elever till final\n\nTre elever har vunnit.",
        ("pressmeddelande", "Elever till final", dt.date(2025, 6, 3)),
        id="forwarded-e-mail",
    ),
    pytest.param(
        "Pressinbjudan: Visning av ”Sillen som byggde kusten”\n\nVälkommen på visning.",
        ("pressinbjudan", "Pressinbjudan: Visning av ”Sillen som byggde kusten”", None),
        id="headline-keeps-its-quotation-marks",
    ),
    pytest.param(
        "PRESSMEDDELANDE\n2025-03-28\n\nHovrätten skärper straffet för\nmordbrand i Ekby\n\n"
        "Hovrätten har i dag dömt en man.",
        ("pressmeddelande", "Hovrätten skärper straffet för mordbrand i Ekby", dt.date(2025, 3, 28)),
        id="headline-wrapped-over-two-lines",
    ),
    pytest.param(
        "Från: Anna Ek <anna@ekby.se>\nSkickat: den 3 juni 2025 09:47\nÄmne: Nytt bryggeri\n\nHej!\n\n"
        "Nytt bryggeri öppnar i Ekby\n\nBryggeriet öppnar i juni.",
        (None, "Nytt bryggeri öppnar i Ekby", dt.date(2025, 6, 3)),
        id="e-mail-greeting-is-not-the-headline-sent-date-published",
    ),
    pytest.param(
        "Styrelsen har valt ny ordförande\n\nVid mötet i går valdes en ny ordförande.",
        (None, "Styrelsen har valt ny ordförande", None),
        id="no-header-at-all",
    ),
    pytest.param(
        "Ekby IF\nNYHET\n2024-06-27\n\nKaptenen förlänger sitt kontrakt\n\nKaptenen stannar i klubben två år till.",
        ("nyhet", "Kaptenen förlänger sitt kontrakt", dt.date(2024, 6, 27)),
        id="label-in-capitals-under-a-sender-line",
    ),
    pytest.param(
        "Ekby kommun\nInbjudan till media\n2024-05-15\n\nVälkommen till invigningen av Ekbo\n\n"
        "Media är välkomna till invigningen.",
        ("inbjudan till media", "Välkommen till invigningen av Ekbo", dt.date(2024, 5, 15)),
        id="invitation-to-media-label",
    ),
    pytest.param(
        "EKBY KOMMUN                              PRESSMEDDELANDE\n"
        "Skolförvaltningen                        2024-02-19\n"
        "                                         Sida 1 av 2\n\n"
        "Ny förskola byggs\ni centrala Ekby\n\nNämnden beslutade att bygga en förskola.",
        ("pressmeddelande", "Ny förskola byggs i centrala Ekby", dt.date(2024, 2, 19)),
        id="pdf-page-number-is-not-the-headline",
    ),
    pytest.param(
        "Region Ekby\nPressmeddelande\n\nKöerna växer\n\nUppdaterad 3 juni 2024 · Publicerad 31 maj 2024\n\n"
        "Köerna till vården växer.",
        ("pressmeddelande", "Köerna växer", dt.date(2024, 5, 31)),
        id="update-date-before-publication-date",
    ),
    pytest.param(
        "Nyhet\nUppdaterad 15 augusti 2024 09.45\nPublicerad 14 augusti 2024 07.12\n\nTre gripna i Ekby\n\n"
        "Polisen har gripit tre män.",
        ("nyhet", "Tre gripna i Ekby", dt.date(2024, 8, 14)),
        id="update-line-above-publication-line",
    ),
    pytest.param(
        "DEBATTARTIKEL\n\nSkolbiblioteken behövs\n\nPublicerad i Ekby Tidning den 14 mars 2024\n\n"
        "Varje elev har rätt till ett skolbibliotek.",
        ("debattartikel", "Skolbiblioteken behövs", dt.date(2024, 3, 14)),
        id="published-in-a-newspaper-line",
    ),
    pytest.param(
        "Kommuniké från årsstämma i Ekbo AB\n2024-05-15 17:45 CEST · Ekbo AB · Regulatorisk information\n\n"
        "Vid årsstämman fattades följande beslut.",
        (None, "Kommuniké från årsstämma i Ekbo AB", dt.date(2024, 5, 15)),
        id="stamp-line-of-short-fields",
    ),
    pytest.param(
        "PRESSMEDDELANDE\n\nEkbo öppnar lager i Ekby\n\nStockholm, March 12, 2024 – Ekbo AB öppnar ett nytt lager.",
        ("pressmeddelande", "Ekbo öppnar lager i Ekby", dt.date(2024, 3, 12)),
        id="dateline-with-english-month",
    ),
    pytest.param(
        "---------- Forwarded message ---------\nFrån: Anna Ek <anna@ekby.se>\nDate: tis 9 apr. 2024 kl 10:12\n"
        "Subject: Ny rektor\n\nHej!\nHär kommer ett pressmeddelande från oss.\nVänliga hälsningar\nAnna\n\n"
        "PRESSMEDDELANDE 9 april 2024\n\nNy rektor på Ekby folkhögskola\n\nSkolan har utsett en ny rektor.",
        ("pressmeddelande", "Ny rektor på Ekby folkhögskola", dt.date(2024, 4, 9)),
        id="forwarded-message-with-a-note-signed-off",
    ),
    pytest.param(
        "Ekby Seglarförbund rf\nPRESSMEDDELANDE 12.3.2024\n\nRekordmånga söker till seglarskolan\n\n"
        "Antalet sökande är det högsta på femton år.",
        ("pressmeddelande", "Rekordmånga söker till seglarskolan", dt.date(2024, 3, 12)),
        id="sender-above-the-stamp-headline-below",
    ),
    pytest.param(
        "Nytt naturreservat vid Ekby\n\nLänsstyrelsen har beslutat att bilda ett reservat. Det omfattar 340 hektar "
        "gammal skog.\n\nPublicerad 2024-04-23 10:12\n\nSkogen har inte brukats på hundra år.",
        (None, "Nytt naturreservat vid Ekby", dt.date(2024, 4, 23)),
        id="lead-of-two-sentences-is-not-the-headline",
    ),
    pytest.param(
        "Nyhet\nMiljö och hälsa\n\nBadvattnet är tjänligt igen\n\n"
        "Publicerad: 12 juli 2024, kl. 14:05 | Senast uppdaterad: 15 juli 2024\n\nProverna visar normala halter.",
        ("nyhet", "Badvattnet är tjänligt igen", dt.date(2024, 7, 12)),
        id="category-line-under-the-label",
    ),
    pytest.param(
        "Ny cykelbro över Norrån\nAv Elin Berg, kommunikatör\n14 augusti 2024\n\nNämnden har godkänt bron.",
        (None, "Ny cykelbro över Norrån", dt.date(2024, 8, 14)),
        id="byline-between-headline-and-date",
    ),
    pytest.param(
        "Region Ekby\nNyheter\n\nFler får vård i hemmet\n\nRegionen startar ett mobilt team för äldre.\n\n"
        "Publicerad 2024-09-02 13:30\n\nTeamet består av två läkare.",
        (None, "Fler får vård i hemmet", dt.date(2024, 9, 2)),
        id="one-sentence-lead-between-headline-and-date",
    ),
    pytest.param(
        "MEDIEINFORMATION\nEkby Zoo, 21 mars 2025\n\nTvå ungar har fötts på Ekby Zoo\n\nUngarna mår bra.",
        ("medieinformation", "Två ungar har fötts på Ekby Zoo", dt.date(2025, 3, 21)),
        id="sender-and-date-after-a-comma",
    ),
    pytest.param(
        "Pressmeddelande\n\nEkbo AB: Förtydligande 2013-11-12\n\nBolaget vill förtydliga en uppgift.",
        ("pressmeddelande", "Ekbo AB: Förtydligande 2013-11-12", dt.date(2013, 11, 12)),
        id="headline-with-a-date-is-still-the-headline",
    ),
    pytest.param(
        "Ny skola i Ekby\nLästid: 2 minuter\n2024-03-12\n\nKommunen bygger en ny skola.",
        (None, "Ny skola i Ekby", dt.date(2024, 3, 12)),
        id="reading-time-under-the-headline",
    ),
    pytest.param(
        "Pressmeddelande från Länsstyrelsen i Västra Ekby län\n2024-03-12\n\nNy skola i Ekby\n\nSkolan byggs nu.",
        ("pressmeddelande", "Ny skola i Ekby", dt.date(2024, 3, 12)),
        id="label-with-a-long-sender",
    ),
    pytest.param(
        "Gemensamt pressmeddelande från Ekby kommun och Region Ekby\n\nNy skola i Ekby\n\nSkolan byggs nu.",
        ("pressmeddelande", "Ny skola i Ekby", None),
        id="joint-release-label",
    ),
    pytest.param(
        "Nyhet från Ekby: vi öppnar ett nytt café i hamnen\n\nCaféet öppnar i maj.",
        (None, "Nyhet från Ekby: vi öppnar ett nytt café i hamnen", None),
        id="headline-opening-with-label-words-and-a-colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_header_reads_kind_title_published(text: str, expected: tuple[str | None, str | None, dt.date | None]) -> None:
    r = parse(text)
    assert (r.kind, r.title, r.published) == expected


def test_header_fields_point_into_the_original() -> None:
    text = "\ufeff## Pressmeddelande\r\n2021-05-04\r\n\r\n**Ny skola byggs**\r\n\r\nText."
    r = parse(text)
    assert r.kind_field is not None and r.title_field is not None and r.published_mention is not None
    assert text[r.kind_field.start : r.kind_field.end] == r.kind_field.raw == "Pressmeddelande"
    assert text[r.title_field.start : r.title_field.end] == "Ny skola byggs"
    pub = r.published_mention
    assert text[pub.start : pub.end] == pub.raw


def test_header_empty_text_has_no_fields() -> None:
    r = parse("")
    assert (r.kind, r.title, r.published) == (None, None, None)



@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        pytest.param(
            "Delårsrapport januari–juni 2024\n\nEkbo Fastigheter AB (publ), org.nr 556677-8899\n\n"
            "Ekby, 18 juli 2024\n\nAndra kvartalet 2024\n\nHyresintäkterna ökade under perioden och vakansen sjönk.",
            "Delårsrapport januari–juni 2024",
            dt.date(2024, 7, 18),
            id="headline-above-a-sender-line-with-an-organisation-number",
        ),
        pytest.param(
            "Ekbo AB, org.nr 556677-8899\n\n2024-03-12\n\nEkbo bygger nytt lager\n\nEkbo bygger ett lager i Ekby.",
            "Ekbo bygger nytt lager",
            dt.date(2024, 3, 12),
            id="organisation-number-line-is-no-headline",
        ),
        pytest.param(
            "Ekbo AB (publ) – Kommuniké från årsstämma 2024\n\nRegulatorisk information\nEkby, 7 maj 2024\n\n"
            "Vid årsstämman i Ekbo AB (publ) den 7 maj 2024 beslutades bland annat följande.\n\n"
            "Stämman valde styrelsen.",
            "Ekbo AB (publ) – Kommuniké från årsstämma 2024",
            dt.date(2024, 5, 7),
            id="headline-above-a-classification-line-and-the-dateline",
        ),
    ],
)
def test_header_headline_above_the_senders_lines(text: str, title: str, published: dt.date) -> None:
    r = parse(text)
    assert (r.title, r.published) == (title, published)
