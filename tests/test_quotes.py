"""Quotes: the three styles, attribution before, after and inside, and what is not a quote."""

from __future__ import annotations

import pytest

from svpress import parse


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in parse(text).quotes]


FORMS = [
    pytest.param(
        "Rubrik\n\n– Vi är glada över beslutet, säger Anna Ek, vd på Ekbo AB.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="dash-after-attribution",
    ),
    pytest.param(
        "Rubrik\n\n- Vi är glada över beslutet, säger Anna Ek.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="hyphen-as-dash",
    ),
    pytest.param(
        "Rubrik\n\n—Vi är glada över beslutet, säger Anna Ek.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="em-dash-glued",
    ),
    pytest.param(
        "Rubrik\n\n”Vi är glada över beslutet”, säger Anna Ek.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="swedish-quotation-marks",
    ),
    pytest.param(
        'Rubrik\n\n"Vi är glada över beslutet", säger Anna Ek.',
        [("Anna Ek", "Vi är glada över beslutet")],
        id="ascii-quotation-marks",
    ),
    pytest.param(
        "Rubrik\n\n»Vi är glada över beslutet«, säger Anna Ek.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="guillemets",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada, säger Anna Ek. Nu börjar arbetet på allvar.",
        [("Anna Ek", "Vi är glada Nu börjar arbetet på allvar.")],
        id="continues-after-attribution",
    ),
    pytest.param(
        "Rubrik\n\n– Mycket glädjande, fortsätter Ek, är att allt gick enligt plan.\n\nKontakt: Anna Ek, 070-123 45 67",
        [("Anna Ek", "Mycket glädjande är att allt gick enligt plan.")],
        id="attribution-inside-sentence-and-surname",
    ),
    pytest.param(
        "Rubrik\n\nBo Lind är ordförande.\n\n– Det här är viktigt för oss, säger Lind.",
        [("Bo Lind", "Det här är viktigt för oss")],
        id="surname-resolved-from-body",
    ),
    pytest.param(
        "Rubrik\n\n– Det här är viktigt för oss, säger Lindqvist.",
        [("Lindqvist", "Det här är viktigt för oss")],
        id="surname-without-full-name-stays",
    ),
    pytest.param(
        "Rubrik\n\nAnna Ek säger:\n\n– Vi har väntat länge på det här beslutet.",
        [("Anna Ek", "Vi har väntat länge på det här beslutet.")],
        id="announced-before",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada, säger Anna Ek.\n\nMer text.\n\n– Nu börjar arbetet, säger hon.",
        [("Anna Ek", "Vi är glada"), ("Anna Ek", "Nu börjar arbetet")],
        id="pronoun-attribution-last-speaker",
    ),
    pytest.param(
        "Rubrik\n\nAnna Ek, vd på Ekbo, säger:\n\n”Vi är mycket glada över det här beslutet.”",
        [("Anna Ek", "Vi är mycket glada över det här beslutet.")],
        id="announced-with-apposition",
    ),
    pytest.param(
        "Rubrik\n\n– Vi har väntat länge, säger Anna Ek.\n\n– Nu kan vi äntligen börja bygga.",
        [("Anna Ek", "Vi har väntat länge"), ("Anna Ek", "Nu kan vi äntligen börja bygga.")],
        id="next-dash-paragraph-same-speaker",
    ),
    pytest.param(
        "Rubrik\n\nAvtalet är klart, kommenterar Per Lund, styrelsens ordförande.",
        [("Per Lund", "Avtalet är klart")],
        id="plain-paragraph-with-attribution",
    ),
    pytest.param(
        "Rubrik\n\n”Vi ser ljust på framtiden och fortsätter växa”, enligt Per Lund.",
        [("Per Lund", "Vi ser ljust på framtiden och fortsätter växa")],
        id="enligt-after-quote",
    ),
    pytest.param(
        "Rubrik\n\nJuryn motiverar priset med att hon ”har förnyat genren och nått nya läsare.”",
        [(None, "har förnyat genren och nått nya läsare.")],
        id="unattributed-sentence-in-marks",
    ),
    pytest.param(
        "Rubrik\n\n»Vi vill växa i hela landet.\n\nDet kräver nya medarbetare.«\n\nMer text här.",
        [(None, "Vi vill växa i hela landet. Det kräver nya medarbetare.")],
        id="guillemets-over-two-paragraphs",
    ),
    pytest.param(
        "Rubrik\n\nVD-kommentar\n”Året blev det bästa hittills för oss.\n\nVi fortsätter att investera.”\n\n"
        "Karin Berg, vd och koncernchef",
        [("Karin Berg", "Året blev det bästa hittills för oss. Vi fortsätter att investera.")],
        id="statement-signed-on-next-line",
    ),
]

FORMS += [
    pytest.param(
        "Rubrik\n\n– Det går bra, säger Per Lund.\n\nHan arbetar med kollegan Karin Berg.\n\n"
        "– Vi har tränat länge, säger hon.",
        [("Per Lund", "Det går bra"), ("Karin Berg", "Vi har tränat länge")],
        id="pronoun-picks-last-named-person-of-that-sex",
    ),
    pytest.param(
        "Rubrik\n\n– Domen är riktig, säger hovrättsrådet Karl Berg, som ledde förhandlingen.",
        [("Karl Berg", "Domen är riktig")],
        id="definite-role-before-name",
    ),
    pytest.param(
        "Rubrik\n\n”Ön har betytt mycket för oss.\n\n”Många bilder visas nu för första gången”, säger Eva Ek.",
        [("Eva Ek", "Ön har betytt mycket för oss. Många bilder visas nu för första gången")],
        id="quote-reopened-each-paragraph-attributed-at-close",
    ),
    pytest.param(
        "Rubrik\n\n”Vi är glada att kunna låna ut föremålen”, skriver Ekby Brahe-museet i en kommentar.",
        [(None, "Vi är glada att kunna låna ut föremålen")],
        id="organisation-with-hyphenated-name-is-no-speaker",
    ),
]

FORMS += [
    pytest.param(
        "Rubrik\n\nNämndens ordförande Per Lund (M) har tidigare sagt till lokalmedia att beslutet är "
        "”nödvändigt men tungt”.",
        [("Per Lund", "nödvändigt men tungt")],
        id="reported-speech-quoting-own-words",
    ),
    pytest.param(
        "Rubrik\n\nEkbo AB välkomnar rapporten. I en kommentar skriver Ekbo att ”frågan måste prioriteras”.",
        [(None, "frågan måste prioriteras")],
        id="reported-speech-of-an-organisation",
    ),
    pytest.param(
        "Rubrik\n\n»Det här är ett stort steg«, säger Eva Ek, verksamhetschef, »och det frigör tid för läkarna.«",
        [("Eva Ek", "Det här är ett stort steg och det frigör tid för läkarna.")],
        id="quote-interrupted-by-attribution",
    ),
    pytest.param(
        "Rubrik\n\nKOMMENTAR FRÅN VD EVA EKDAHL-BERG\n\n”Kvartalet blev det starkaste hittills.”\n\n"
        "Vd Eva Ekdahl-Berg presenterar rapporten i dag.",
        [("Eva Ekdahl-Berg", "Kvartalet blev det starkaste hittills.")],
        id="statement-under-comment-heading",
    ),
    pytest.param(
        "Rubrik\n\nStyrelsens ordförande Per Gustaf von Essen välkomnar beslutet.\n\n"
        "– Jag vill tacka för ett bra år, säger von Essen.",
        [("Per Gustaf von Essen", "Jag vill tacka för ett bra år")],
        id="surname-with-particle-resolved",
    ),
    pytest.param(
        "Rubrik\n\nJuryn skriver i sin motivering: ”Ett bröd med djup och syra.”",
        [(None, "Ett bröd med djup och syra.")],
        id="collective-noun-is-no-speaker",
    ),
    pytest.param(
        "Rubrik\n\n– Det går bra, säger domprost Anna Ek.",
        [("Anna Ek", "Det går bra")],
        id="unknown-title-before-name",
    ),
    pytest.param(
        "Rubrik\n\nCitat:\n”Vi ser att läsningen ökar igen i hela landet.” – Ulla Ek, ordförande i Ekbo",
        [("Ulla Ek", "Vi ser att läsningen ökar igen i hela landet.")],
        id="statement-signed-with-a-dash-after-the-mark",
    ),
    pytest.param(
        "Rubrik\n\nAnna Ek har spelat i klubben i fem år.\n\nHon säger:\n\n”Det var aldrig någon tvekan att stanna.”",
        [("Anna Ek", "Det var aldrig någon tvekan att stanna.")],
        id="pronoun-announces-a-marked-quote",
    ),
    pytest.param(
        "Rubrik\n\nPer Ek leder projektet.\n\nHan säger:\n– Det här blir ett lyft för hela byn.",
        [("Per Ek", "Det här blir ett lyft för hela byn.")],
        id="pronoun-announces-a-dash-quote",
    ),
    pytest.param(
        "Rubrik\n\nFörvaltningschefen Per Ek ser fram emot dagen: ”Boendet blir ett hem för många.”",
        [("Per Ek", "Boendet blir ett hem för många.")],
        id="sentence-with-a-colon-announces-the-quote",
    ),
    pytest.param(
        "Rubrik\n\n– Vi har länge sett ett behov av fler\nplatser i centrum, säger\nnämndens ordförande Anna\nEk (M).",
        [("Anna Ek", "Vi har länge sett ett behov av fler platser i centrum")],
        id="attribution-hard-wrapped-over-lines",
    ),
    pytest.param(
        "Rubrik\n\nProjektledaren Per Ek förklarar varför arbetet gått fort.\n\n"
        "– Vi har haft en mild vinter och kunnat borra i stället för att gräva.",
        [("Per Ek", "Vi har haft en mild vinter och kunnat borra i stället för att gräva.")],
        id="dash-quote-after-a-paragraph-whose-subject-speaks",
    ),
    pytest.param(
        "Rubrik\n\n– Bron behövs, även om den är dyr, medger oppositionsrådet Frida Ek (S).",
        [("Frida Ek", "Bron behövs, även om den är dyr")],
        id="verb-of-admission-after-a-comma",
    ),
    pytest.param(
        "Rubrik\n\n”Många mår bättre hemma. Då vinner alla på det”, hoppas Lina Ek, verksamhetschef.",
        [("Lina Ek", "Många mår bättre hemma. Då vinner alla på det")],
        id="verb-of-hope-after-a-marked-quote",
    ),
    pytest.param(
        "Rubrik\n\n– Jag tror Anna Ek klarar uppdraget bra, säger Per Lind.",
        [("Per Lind", "Jag tror Anna Ek klarar uppdraget bra")],
        id="opinion-verb-inside-the-quote-is-no-attribution",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada. Det säger Anna Ek, vd på Ekbo.",
        [("Anna Ek", "Vi är glada.")],
        id="attribution-as-a-sentence-of-its-own",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada över beslutet, kommenterar Ekbo AB:s vd Anna Ek.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="genitive-of-an-organisation-with-colon",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada över beslutet, säger den nya vd:n Anna Ek.",
        [("Anna Ek", "Vi är glada över beslutet")],
        id="definite-acronym-role",
    ),
    pytest.param(
        "Rubrik\n\nAnna Ek ser positivt på beslutet.\n\n– Det här har vi väntat på länge.",
        [("Anna Ek", "Det här har vi väntat på länge.")],
        id="dash-quote-after-a-sentence-about-a-person",
    ),
    pytest.param(
        "Rubrik\n\nAnna Ek och Per Lind är nöjda.\n\n– Vi ser fram emot samarbetet.",
        [(None, "Vi ser fram emot samarbetet.")],
        id="dash-quote-after-a-sentence-about-two-people",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada, säger Anna Ek.\n\nHon tycker också att kommunen borde agera.\n\n– Det är dags nu.",
        [("Anna Ek", "Vi är glada"), ("Anna Ek", "Det är dags nu.")],
        id="pronoun-subject-before-a-dash-quote",
    ),
    pytest.param(
        "Rubrik\n\n– Vi är glada, säger Maria Ek.\n\nEn av dem som antagits är en 19-årig elev. "
        "Hon beskriver det så här:\n\n– Jag har skrivit sedan jag var tio år.",
        [("Maria Ek", "Vi är glada"), (None, "Jag har skrivit sedan jag var tio år.")],
        id="pronoun-for-an-unnamed-person-stays-unresolved",
    ),
]

NEGATIVES = [
    pytest.param("Rubrik\n\nHon har skrivit romanen ”Havet” som kom i fjol.", id="title-of-a-book"),
    pytest.param("Rubrik\n\nMånga vill inte längre bli ”riktiga” författare.", id="scare-quote"),
    pytest.param("Rubrik\n\nHon läser rapporten ”Framtidens skola i en ny tid”.", id="report-title-after-noun"),
    pytest.param(
        "Rubrik\n\nI basutställningen ”Sillen som byggde kusten” berättar Ekby museum om sillen.",
        id="title-after-compound-noun-then-organisation",
    ),
    pytest.param(
        "Rubrik\n\nBra att veta\n- Banken ringer aldrig och ber om koder.\n- Lägg på om du är osäker.",
        id="dash-list-in-fact-box",
    ),
    pytest.param(
        "Rubrik\n\nSå här gör du:\n- Stäng av strömmen först.\n- Ring elektrikern sedan.", id="dash-list-in-body"
    ),
    pytest.param("Rubrik\n\nJag hoppas att många Ekebybor tar chansen att komma.", id="hoppas-is-not-attribution"),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_quotes_forms(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_quotes_negatives_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_quotes_role_and_organisation_from_attribution() -> None:
    r = parse("Rubrik\n\n– Vi växer, säger Ekbos vd Anna Ek.\n\n– Det går bra, säger Bo Lind, ordförande i Ekeby IF.")
    got = [(q.speaker, q.role, q.organisation) for q in r.quotes]
    assert got == [("Anna Ek", "vd", "Ekbo"), ("Bo Lind", "ordförande", "Ekeby IF")]


def test_quotes_offsets_cover_the_quoted_words() -> None:
    text = "Rubrik\r\n\r\n– Vi är glada över beslutet, säger Anna Ek."
    q = parse(text).quotes[0]
    assert text[q.parts[0].start : q.parts[0].end] == "Vi är glada över beslutet"
    assert text[q.start : q.end] == q.parts[0].raw


def test_quotes_organisation_only_attribution_has_no_speaker() -> None:
    r = parse("Rubrik\n\n– Vi tar frågan på största allvar, skriver Ekeby kommun i ett uttalande.")
    assert [(q.speaker, q.text) for q in r.quotes] == [(None, "Vi tar frågan på största allvar")]
