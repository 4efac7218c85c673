"""Entity recognition in releases: name shapes a Swedish reader knows, on invented sentences.

Each table pins one class of error seen on hand-annotated releases; the names
here are invented for these tests (none is taken from a fixture or the
development set), so that the rules are held to the general fact, not to an
instance. Recognition runs as ``parse`` runs it: the default recogniser with the
press-release priors.
"""

from __future__ import annotations

import pytest

import svpress
from svpress.extract.entities import recognise
from svpress.text import Text


def _found(text: str) -> list[tuple[str, str, str]]:
    """(label, surface, nominative name) of every PER and ORG mention."""
    return [(e.label, e.text, e.name) for e in recognise(Text(text), "default", release=True) if e.label != "LOC"]


def _orgs(text: str) -> list[str]:
    return [o.name for o in svpress.parse(text).organisations]


def _people(text: str) -> list[str]:
    return [p.name for p in svpress.parse(text).people]


# 1. Gazetteer names that go on in lower case: a region of capitalised words is extended over
#    the lower-case words of a known name ("län", "geologiska undersökning").
GAZETTEER_LOWER_CASE = [
    pytest.param("Beslutet fattades av Länsstyrelsen i Jämtlands län i går.", "Länsstyrelsen i Jämtlands län",
                 "Länsstyrelsen i Jämtlands län", id="county-board-with-lan"),
    pytest.param("Stödet betalas ut via Länsstyrelsen i Hallands län.", "Länsstyrelsen i Hallands län",
                 "Länsstyrelsen i Hallands län", id="county-board-before-full-stop"),
    pytest.param("Det är Länsstyrelsen i Västerbottens läns ansvar.", "Länsstyrelsen i Västerbottens läns",
                 "Länsstyrelsen i Västerbottens län", id="county-board-genitive"),
    pytest.param("Kartan tas fram av Sveriges geologiska undersökning i vår.", "Sveriges geologiska undersökning",
                 "Sveriges geologiska undersökning", id="agency-with-adjective-and-noun"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), GAZETTEER_LOWER_CASE)
def test_entities_shapes_gazetteer_name_with_lower_case_words(text: str, surface: str, name: str) -> None:
    assert ("ORG", surface, name) in _found(text)


def test_entities_shapes_county_alone_stays_a_place() -> None:
    assert not [f for f in _found("Grundvattnet i Jämtlands län är lågt i år.") if f[0] == "ORG"]


# 2. A capitalised run whose last word is an organisation word is one organisation, genitive
#    first word included; a role word or a person's name before it is not part of it.
HEAD_RUNS = [
    pytest.param("Frågor besvaras av Hälsinge Vattentjänst AB:s kundtjänst.", "Hälsinge Vattentjänst AB",
                 id="place-compound-legal-form"),
    pytest.param("Bakom satsningen står Roslagens Företagarförening och banken.", "Roslagens Företagarförening",
                 id="genitive-common-noun-and-forening"),
    pytest.param("Bakom butiken står Vikbyns Handelsförening, en ekonomisk förening.", "Vikbyns Handelsförening",
                 id="genitive-village-and-forening"),
    pytest.param("Texten skickades av Annonsbyrån Norrland, www.example.se", "Annonsbyrån Norrland",
                 id="byran-and-place"),
    pytest.param("Stöd finns hos Kvinnojouren Gotland dygnet runt.", "Kvinnojouren Gotland", id="jouren-and-place"),
    pytest.param("Han är kommissarie vid Polisregion Nord sedan i fjol.", "Polisregion Nord",
                 id="compound-region-and-compass"),
    pytest.param("Larmen tas emot av KTR Larmtjänst, som skickar ut bilarna.", "KTR Larmtjänst",
                 id="acronym-and-compound"),
    pytest.param("Samtalen tas emot av SOS Ambulans, som skickar ut bilarna.", "SOS Ambulans",
                 id="acronym-and-capitalised-word"),
    pytest.param("Anna Ek\nFörbundsordförande Lövby Idrottsförbund\n070-174 06 10", "Lövby Idrottsförbund",
                 id="role-before-is-not-part-of-it"),
    pytest.param("Kontakta Nora Lindahl Sjöviks Båtklubb i dag.", "Sjöviks Båtklubb",
                 id="person-before-is-not-part-of-it"),
    pytest.param("Bilden visar Violinist Hälsinge Kammarorkester.", "Hälsinge Kammarorkester",
                 id="profession-before-is-not-part-of-it"),
    pytest.param("Summary in English\nAbout Lövsta Kvarn\nLövsta Kvarn mills oats.", "Lövsta Kvarn",
                 id="english-heading-word-is-not-part-of-it"),
    pytest.param("Musiken framförs av Blåsorkestern Hälleberga i kväll.", "Blåsorkestern Hälleberga",
                 id="definite-head-and-its-name"),
    pytest.param("Fisket sköts av Fiskevårdsföreningen Nedre Lagan i år.", "Fiskevårdsföreningen Nedre Lagan",
                 id="definite-head-and-two-name-words"),
    pytest.param("Huset byggs av Tärnabys Bygg & Montage i vår.", "Tärnabys Bygg & Montage",
                 id="genitive-before-ampersand-name"),
    pytest.param("Antalet sökande vid Ödeshögs Naturbruksgymnasium ökar.", "Ödeshögs Naturbruksgymnasium",
                 id="indefinite-school-compound"),
    pytest.param("Behandlingen ges vid Tornedalens Sjukhus sedan i fjol.", "Tornedalens Sjukhus",
                 id="genitive-and-bare-head-noun"),
    pytest.param("Pengarna kommer från Gustav och Ida Lindqvists Stiftelse i år.",
                 "Gustav och Ida Lindqvists Stiftelse", id="foundation-named-after-a-couple"),
    pytest.param("Hon forskar vid Fysiska institutionen i Lund.", "Fysiska institutionen", id="adjective-and-unit"),
    pytest.param("Kaffet kommer från Ljusdals Kafferosteri sedan maj.", "Ljusdals Kafferosteri", id="trade-in-eri"),
    pytest.param("Det meddelar Skidfrämjandet i dag.", "Skidfrämjandet", id="framjandet-association"),
    pytest.param("Frågor besvaras av Konstföreningen i Borås.", "Konstföreningen i Borås", id="local-branch"),
    pytest.param("Frågor besvaras av Naturskyddsföreningen i Kiruna.", "Naturskyddsföreningen i Kiruna",
                 id="known-association-branch"),
    pytest.param("Mötet arrangeras av Sveriges Kommuner och Regioner i Göteborg.", "Sveriges Kommuner och Regioner",
                 id="where-a-national-body-meets-is-not-its-name"),
    pytest.param("Delarna kommer från TKM Offshore Sweden i år.", "TKM Offshore Sweden", id="acronym-and-two-words"),
    pytest.param("Matchen spelas mot Frölunda HC på lördag.", "Frölunda HC", id="known-club-and-its-form"),
    pytest.param("Avtalet med Skellefteå Innebandy gäller i tre år.", "Skellefteå Innebandy",
                 id="place-and-sport-section"),
    pytest.param("Pengarna kommer från Formas och Havs- och vattenmyndigheten.", "Havs- och vattenmyndigheten",
                 id="hyphenated-pair-after-och"),
]  # fmt: skip


def test_entities_shapes_english_title_phrase_is_a_role_not_an_organisation() -> None:
    found = _found("Eva Lind, Head of Communications, Lövsta Kvarn AB, +46 70 174 06 10")
    assert ("ORG", "Lövsta Kvarn AB", "Lövsta Kvarn AB") in found
    assert not [f for f in found if "Communications" in f[1]], found


def test_entities_shapes_english_title_of_a_function_is_no_organisation() -> None:
    found = _found("Sofia Berg, Head of Sales, tfn 08-123 456 78")
    assert not [f for f in found if f[0] == "ORG"], found


def test_entities_shapes_english_title_run_is_no_organisation() -> None:
    found = _found("Bolagets Certified Adviser är Skarpö Finans.")
    assert not [f for f in found if "Adviser" in f[1]], found


@pytest.mark.parametrize(("text", "surface"), HEAD_RUNS)
def test_entities_shapes_run_ending_in_organisation_word(text: str, surface: str) -> None:
    found = _found(text)
    assert any(label == "ORG" and s == surface for label, s, _ in found), found
    words = set(surface.split())
    assert not any(label == "PER" and set(s.split()) & words for label, s, _ in found), found


# 3. Business names: a capitalised word followed by a noun firms are named with ("Kraft", "Stål",
#    "Kvarn", "Bygg") is a company, not a person, unless the first word is a known first name.
BUSINESS_NAMES = [
    pytest.param("Avtalet tecknades med Björkviks Kraft i går.", "Björkviks Kraft", "Björkviks Kraft",
                 id="genitive-and-kraft"),
    pytest.param("Bergå Stål har sagt upp personal.", "Bergå Stål", "Bergå Stål", id="sentence-start-stal"),
    pytest.param("Leveransen kommer från Lövsta Kvarn och Nordby Trä.", "Lövsta Kvarn", "Lövsta Kvarn",
                 id="kvarn-in-a-list"),
    pytest.param("Leveransen kommer från Lövsta Kvarn och Nordby Trä.", "Nordby Trä", "Nordby Trä",
                 id="tra-in-a-list"),
    pytest.param("Huset byggs av Ekåsens Bygg i vår.", "Ekåsens Bygg", "Ekåsens Bygg", id="bygg"),
    pytest.param("Det är Björkviks Krafts största affär.", "Björkviks Krafts", "Björkviks Kraft",
                 id="genitive-of-a-business-name"),
    pytest.param("AB Lindbloms Kvarn investerar i en ny linje.", "AB Lindbloms Kvarn", "AB Lindbloms Kvarn",
                 id="ab-first-and-surname-genitive"),
    pytest.param("Avtalet med Hagtorp Logistik gäller i tre år.", "Hagtorp Logistik", "Hagtorp Logistik",
                 id="logistik"),
    pytest.param("Uppdraget gick till Olle Bergmans Åkeri AB i fjol.", "Olle Bergmans Åkeri AB",
                 "Olle Bergmans Åkeri AB", id="founder-in-the-genitive"),
    pytest.param("Festen ordnas av Tallvikens Båtklubb i juni.", "Tallvikens Båtklubb", "Tallvikens Båtklubb",
                 id="capitalised-klubb-compound"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), BUSINESS_NAMES)
def test_entities_shapes_business_name_is_an_organisation(text: str, surface: str, name: str) -> None:
    found = _found(text)
    assert ("ORG", surface, name) in found, found
    assert not [f for f in found if f[0] == "PER"], found


PEOPLE_WITH_BUSINESS_WORDS = [
    pytest.param("– Vi är nöjda, säger Erik Stål.", "Erik Stål", id="first-name-and-stal"),
    pytest.param("Mötet leddes av vd Karin Skog i går.", "Karin Skog", id="role-first-name-and-skog"),
    pytest.param("Det bekräftar Bengt Kraft, vd på bolaget.", "Bengt Kraft", id="first-name-and-kraft"),
]


@pytest.mark.parametrize(("text", "surface"), PEOPLE_WITH_BUSINESS_WORDS)
def test_entities_shapes_known_first_name_keeps_a_person(text: str, surface: str) -> None:
    found = _found(text)
    assert any(label == "PER" and s == surface for label, s, _ in found), found


# An unknown capitalised pair with no cue is no person in a release unless it starts with a known
# first name or ends in a surname that is no ordinary word ("Storm", "Grund" are both).
UNKNOWN_PAIRS = [
    pytest.param("Samarbetet med Fjällby Vind och Tallnäs Gruppen fortsätter.", id="two-pairs-in-a-list"),
    pytest.param("Tallvik Storm har beslutat att flytta.", id="sentence-start-common-word-surname"),
    pytest.param("Bakom förslaget står Brunnsvik Grund.", id="after-verb-common-word-surname"),
]


@pytest.mark.parametrize("text", UNKNOWN_PAIRS)
def test_entities_shapes_unknown_pair_without_first_name_is_no_person(text: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == "PER"], found


# 4. Misses and extras.
MEMBER_AND_DESCRIBED = [
    pytest.param("Branschorganisationen Skogsföretagarna har svarat.", "Skogsföretagarna",
                 id="described-by-organisation-noun"),
    pytest.param("Det meddelar Vårdföretagarna i dag.", "Vårdföretagarna", id="foretagarna-plural"),
    pytest.param("Aktien är noterad på Nasdaq Helsinki sedan 2019.", "Nasdaq Helsinki", id="stock-exchange"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), MEMBER_AND_DESCRIBED)
def test_entities_shapes_organisation_found(text: str, surface: str) -> None:
    assert any(label == "ORG" and s == surface for label, s, _ in _found(text))


NOT_ORGANISATIONS = [
    pytest.param("Rörelseresultatet (EBITDA) ökade till 12 MSEK.", id="financial-acronym"),
    pytest.param("Resultatet före skatt (EBT) och EPS steg.", id="more-financial-acronyms"),
    pytest.param("Parken ger 310 GWh per år och har en effekt om 45 MW.", id="energy-units"),
    pytest.param("Produktionen blev 2,1 TWh och förbrukningen 800 kWh.", id="more-energy-units"),
    pytest.param("Branschorganisationen har inte svarat.", id="generic-noun-opening-a-sentence"),
    pytest.param("Bron går mellan Kvarnbacken och Björkudden.", id="places-by-topographic-ending"),
    pytest.param("Naturreservatet Norra Tallskären bildas i vår.", id="skerries"),
    pytest.param("Vägen förbi Lärkholmen och Ekviken är avstängd.", id="islet-and-bay"),
    pytest.param("Grön Energi Och Hållbar Logistik I Fokus", id="title-case-headline"),
    pytest.param("Matchen spelas i Västerby Kraft Arena i kväll.", id="venue-named-after-a-firm"),
    pytest.param("Matchen spelas på Norrvalla Arena i kväll.", id="venue"),
]


@pytest.mark.parametrize("text", NOT_ORGANISATIONS)
def test_entities_shapes_not_an_organisation(text: str) -> None:
    assert not [f for f in _found(text) if f[0] in ("ORG", "PER")], _found(text)


def test_entities_shapes_dateline_place_is_no_organisation() -> None:
    text = "Hällnäs, tisdag den 3 maj 2022\n\nHällnäs får en ny skola i höst."
    assert not [f for f in _found(text) if f[0] in ("ORG", "PER")], _found(text)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        pytest.param("Ekbo AB, 3 maj 2022\n\nRubrik", "Ekbo AB", "ORG", id="firm-before-a-date"),
        pytest.param("Elin Davidsson, 24 maj 2022\n\nRubrik", "Elin Davidsson", "PER", id="person-before-a-date"),
    ],
)
def test_entities_shapes_line_opening_before_a_date_that_is_no_dateline(text: str, surface: str, label: str) -> None:
    assert any(lab == label and s == surface for lab, s, _ in _found(text)), _found(text)


def test_entities_shapes_acronym_in_a_title_case_heading_is_no_name() -> None:
    assert not [f for f in _found("ESG Rapport 2022 visar lägre utsläpp.") if f[0] == "ORG"]


# 5. After a role word, an unknown capitalised word is the organisation, a known name a person.
AFTER_A_ROLE = [
    pytest.param("Kontakt:\nPer Holm, vd Lyxo, tfn 08-123 456 78", "ORG", "Lyxo", id="unknown-word-is-org"),
    pytest.param("– Bra, säger Kim Berg, ekonomichef Trimab.", "ORG", "Trimab", id="after-quote"),
    pytest.param("Kontakt:\nvd Anna Ek, tfn 08-123 456 78", "PER", "Anna Ek", id="known-first-name-is-person"),
    pytest.param("Det bekräftar vd Lindqvist i ett mejl.", "PER", "Lindqvist", id="known-surname-is-person"),
]


@pytest.mark.parametrize(("text", "label", "surface"), AFTER_A_ROLE)
def test_entities_shapes_after_a_role(text: str, label: str, surface: str) -> None:
    found = _found(text)
    assert any(lab == label and s == surface for lab, s, _ in found), found


def test_entities_shapes_word_after_a_role_is_the_person_named_elsewhere() -> None:
    text = "Beslutet togs av kommunalråd Quarzel i går. Senare talade Ali Quarzel med pressen."
    found = _found(text)
    assert ("PER", "Quarzel", "Quarzel") in found, found
    assert ("ORG", "Quarzel", "Quarzel") in _found("Beslutet togs av kommunalråd Quarzel i går.")


UNITS_AFTER_A_ROLE = [
    pytest.param("Hon är enhetschef Barnhälsovård sedan maj.", id="unit-compound"),
    pytest.param("Kontakt: Eva Lind, verksamhetschef Akutverksamhet, tfn 08-123 456 78", id="unit-in-contact-line"),
]


@pytest.mark.parametrize("text", UNITS_AFTER_A_ROLE)
def test_entities_shapes_unit_after_a_role_is_no_organisation(text: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == "ORG"], found


# Resolution of the shapes above, as parse lists them.
def test_entities_shapes_business_name_resolves_to_one_organisation() -> None:
    text = (
        "Björkviks Kraft tecknar avtal\n\nBjörkviks Kraft AB har tecknat ett avtal med Bergå Stål AB. "
        "Det är Björkviks Krafts största affär, säger Eva Lind, vd för Björkviks Kraft AB."
    )
    assert _orgs(text) == ["Björkviks Kraft AB", "Bergå Stål AB"]
    assert _people(text) == ["Eva Lind"]


def test_entities_shapes_county_board_resolves_to_its_full_name() -> None:
    text = "Rubrik\n\nLänsstyrelsen i Jämtlands län har beslutat. Beslutet kan överklagas till länsstyrelsen."
    assert _orgs(text) == ["Länsstyrelsen i Jämtlands län"]


def test_entities_shapes_definite_head_word_folds_into_the_name() -> None:
    text = "Rubrik\n\nHälsinge Vattenförbund varnar. Vattenförbundet ber alla att spara på vattnet."
    assert _orgs(text) == ["Hälsinge Vattenförbund"]
