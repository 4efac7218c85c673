"""Entity recognition patterns of unseen releases: foreign legal forms, clubs, branches, products, areas.

Hand-written sentences with invented names; rules only unless a test says otherwise (no model).
"""

from __future__ import annotations

import pytest

from svpress.extract.entities import recognise
from svpress.text import Text


def _rules(text: str) -> list[tuple[str, str, str]]:
    return [(e.label, e.text, e.name) for e in recognise(Text(text), "rules", release=True)]


def _labels(text: str, mode: str = "rules") -> dict[str, str]:
    return {e.text: e.label for e in recognise(Text(text), mode, release=True)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("Avtalet tecknades med Norvik Trade Partners OÜ i går.", "Norvik Trade Partners OÜ",
                     id="estonian-legal-form"),
        pytest.param("Annonserna såldes av Lindbeck Media Limited förra året.", "Lindbeck Media Limited",
                     id="limited"),
        pytest.param("Huset ägs av Svenska Hemslöjden Stiftelse sedan länge.", "Svenska Hemslöjden Stiftelse",
                     id="prefix-name-closed-by-stiftelse"),
        pytest.param("Hon spelar i Tallbo IS sedan i höstas.", "Tallbo IS", id="club-form-is"),
        pytest.param("Matchen mot IK Sirius spelas i morgon.", "IK Sirius", id="club-form-before-known-club"),
        pytest.param("Medlemmarna i Hammarby Supporterklubb röstade ja.", "Hammarby Supporterklubb",
                     id="club-and-its-association"),
        pytest.param("Patienten flyttades till Centralsjukhuset i Kristianstad i natt.",
                     "Centralsjukhuset i Kristianstad", id="generic-hospital-and-its-place"),
        pytest.param("Pjäsen sätts upp av Folkteatern i Göteborg i vår.", "Folkteatern i Göteborg",
                     id="generic-theatre-and-its-place"),
        pytest.param("Vandringen ordnas av Naturskyddsföreningen i Uppsala län i maj.",
                     "Naturskyddsföreningen i Uppsala län", id="branch-in-a-county"),
        pytest.param("Hon anlitade Advokatfirman Berg & Lund i tvisten.", "Advokatfirman Berg & Lund",
                     id="firm-noun-before-ampersand-pair"),
        pytest.param("Umeåbaserade Nordkod Labs anställer fler.", "Nordkod Labs", id="based-adjective-is-no-name"),
        pytest.param("Scenografin görs av Studio Ekvall i år.", "Studio Ekvall", id="studio-x"),
        pytest.param("Avtalet kritiseras av Lärarnas Centralorganisation i dag.", "Lärarnas Centralorganisation",
                     id="centralorganisation"),
        pytest.param("Patienterna hänvisas till Ekbackens Vårdcentral under sommaren.", "Ekbackens Vårdcentral",
                     id="vardcentral"),
        pytest.param("Katalogen ges ut av Bokförlaget Tranan i höst.", "Bokförlaget Tranan", id="definite-forlaget"),
    ],
)  # fmt: skip
def test_entities_unseen_organisation_forms(text: str, surface: str) -> None:
    assert surface in [t for label, t, _ in _rules(text) if label == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Turnén går till Västerbottensteatern i Skellefteå nästa år.", "Västerbottensteatern",
                     id="named-theatre-and-where-it-is"),
        pytest.param("Domen överklagas till Uppsala universitet i Visby.", "Uppsala universitet",
                     id="university-and-where-it-is"),
    ],
)  # fmt: skip
def test_entities_unseen_place_after_a_complete_name_stays_a_place(text: str, name: str) -> None:
    orgs = [t for label, t, _ in _rules(text) if label == "ORG"]
    assert orgs == [name]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("Tjänsten finns i appen Kvitto Plus sedan i maj.", "Kvitto Plus", id="app"),
        pytest.param("Fröerna säljs under varumärket Grönt Liv i butikerna.", "Grönt Liv", id="brand"),
        pytest.param("Stödet kommer från EU-programmet Interreg Nord i år.", "Interreg Nord", id="programme"),
        pytest.param("Resultaten publiceras i tidskriften Nordic Water Review i höst.", "Nordic Water Review",
                     id="journal"),
        pytest.param("Företaget växer i Örebroregionen och Mälardalen.", "Örebroregionen", id="place-region-area"),
        pytest.param("Pendlingen ökar i Gävle-Sandvikenregionen i år.", "Gävle-Sandvikenregionen",
                     id="hyphenated-place-region-area"),
        pytest.param("Ett VMA har skickats ut till boende i området.", "VMA", id="public-warning-message"),
        pytest.param("Sändningen börjar kl. 11.00 EEST i dag.", "EEST", id="time-zone"),
        pytest.param("Postadress: Box 12, SE-751 05 Uppsala.", "SE-751", id="postcode-prefix"),
        pytest.param("Studien av läkemedelskandidaten BN-101 är klar.", "BN-101", id="product-code"),
    ],
)  # fmt: skip
def test_entities_unseen_products_and_areas_are_no_organisations(text: str, surface: str) -> None:
    assert _labels(text).get(surface) != "ORG"
    assert _labels(text, "default").get(surface) != "ORG"


def test_entities_unseen_thing_named_after_a_person_is_no_person() -> None:
    found = _labels("Besökarna strömmade till Anna Berglund-gården i helgen.", "default")
    assert "PER" not in found.values()


def test_entities_unseen_company_unit_in_genitive_is_not_joined() -> None:
    # A known company's genitive and a unit of it: the unit is not an association of its own.
    assert ("ORG", "Volvo Personalförening", "Volvo Personalförening") in _rules("Hon leder Volvo Personalförening.")
    assert "Vattenfalls Pressavdelning" not in _labels("Frågor går till Vattenfalls Pressavdelning.")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("Avtalet tecknades av Kornvik och Tallbo Bygg AB i går.", "Kornvik", id="before-och"),
        pytest.param("Avtalet tecknades av Tallbo Bygg AB och Kornvik i går.", "Kornvik", id="after-och"),
        pytest.param("Bland köparna finns Ekbyförlagen, Kornvik, Tallbo Bygg AB och fler.", "Kornvik",
                     id="between-two-in-a-list"),
        pytest.param("Utställarna är Ekbyförlagen och Tallbo Bygg AB.", "Ekbyförlagen", id="forlagen"),
        pytest.param("Hon spelar i Tallbergs AIK sedan i fjol.", "Tallbergs AIK", id="club-named-like-a-known-one"),
    ],
)  # fmt: skip
def test_entities_unseen_coordinated_with_an_organisation(text: str, surface: str) -> None:
    for mode in ("rules", "default"):
        assert _labels(text, mode).get(surface) == "ORG"


def test_entities_unseen_first_name_or_place_joined_to_an_organisation_stays() -> None:
    found = _labels("Avtalet tecknades av Anna och Tallbo Bygg AB i Umeå och Tallbo Bygg AB.", "default")
    assert found.get("Anna") != "ORG"
    assert found.get("Umeå") != "ORG"


def test_entities_unseen_word_joined_to_a_one_word_known_name_stays() -> None:
    assert _labels("Vattnet tas från Nissan och Ätran i sommar.", "default").get("Ätran") != "ORG"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("Priset delas ut av Bokhandelsstiftelsen i år.", "Bokhandelsstiftelsen",
                     id="foundation-ending-like-a-surname"),
        pytest.param("Stödet kommer från Sparbanksstiftelsen Gävleborg i år.", "Sparbanksstiftelsen Gävleborg",
                     id="foundation-and-its-region"),
        pytest.param("Avtalet gäller Tärnaby sameby och länsstyrelsen.", "Tärnaby sameby", id="sameby"),
        pytest.param("Biljetterna säljs av Lunds studentkår i vår.", "Lunds studentkår", id="studentkar"),
        pytest.param("Turbinerna levereras av danska Kvernlund i höst.", "Kvernlund", id="nationality-adjective"),
        pytest.param("Kritiken kommer från Unionen Syd och andra i går.", "Unionen Syd", id="known-name-and-region"),
        pytest.param("Stödet ges av Omställningsfonden OSF i år.", "Omställningsfonden OSF",
                     id="name-and-its-acronym-after-it"),
    ],
)  # fmt: skip
def test_entities_unseen_release_organisations(text: str, surface: str) -> None:
    assert _labels(text, "default").get(surface) == "ORG"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("Konserten hålls i Tele2 Arena i maj.", "Tele2 Arena", id="venue-named-after-a-firm"),
        pytest.param("Han kommer från norska OBOS-ligaen i höst.", "OBOS-ligaen", id="league-after-nationality"),
        pytest.param("Loggan syns under Allsvenskan och Tallbo IF i år.", "Allsvenskan", id="league"),
        pytest.param("Loggan syns under NKT Damallsvenskan i år.", "NKT Damallsvenskan", id="league-and-sponsor"),
        pytest.param("Stödet kommer från Formas och EU-programmet Interreg Nord i år.", "Interreg Nord",
                     id="programme-inside-a-run"),
        pytest.param("VOLVO OCH SCANIA BILDAR BOLAG", "VOLVO OCH SCANIA", id="shouted-headline"),
        pytest.param("Hon hälsade på danska Mette Frederiksen i går.", "Mette Frederiksen",
                     id="person-after-nationality"),
    ],
)  # fmt: skip
def test_entities_unseen_release_no_organisation(text: str, surface: str) -> None:
    assert _labels(text, "default").get(surface) != "ORG"


def test_entities_unseen_bracketed_short_form_folds_into_the_name() -> None:
    import svpress

    r = svpress.parse("Nyhet\n\nKungliga Operan (Operan) och Riksteatern samarbetar. Operan spelar i höst.\n")
    names = [o.name for o in r.organisations]
    assert "Operan" not in names
    assert "Kungliga Operan" in names


def test_entities_unseen_double_surname_with_a_business_noun_is_a_person() -> None:
    found = _labels("Laget leds av Karin Lindholm-Kraft sedan i höstas.", "default")
    assert found.get("Karin Lindholm-Kraft") == "PER"
    assert "ORG" not in found.values()


def test_entities_unseen_function_is_no_organisation_but_a_named_unit_is() -> None:
    import svpress

    r = svpress.parse(
        "Nyhet\n\nFrågor besvaras av Tallbo Energi AB. Ring Pressjouren eller Kommunikationsavdelningen i dag.\n"
    )
    names = [o.name for o in r.organisations]
    assert "Pressjouren" not in names
    assert "Kommunikationsavdelningen" in names


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        pytest.param("Matchen mot Sandvik IF slutade 3–1.", "Sandvik IF", "Sandvik IF",
                     id="known-company-with-a-club-form"),
        pytest.param("Opponent är professor Eva Holm, University of Tallby.", "University of Tallby",
                     "University of Tallby", id="english-institution-of-a-place"),
        pytest.param("Region Västmarks vårdcentraler öppnar i juni.", "Region Västmarks", "Region Västmark",
                     id="county-region-in-the-genitive"),
    ],
)  # fmt: skip
def test_entities_unseen_release_names(text: str, surface: str, name: str) -> None:
    assert ("ORG", surface, name) in _rules(text)
