"""Entity recognition: rule patterns, names and negatives, on hand-written sentences (no model)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import svpress
from svpress.extract.entities import find_entities, recognise
from svpress.text import Text


def _rules(text: str) -> list[tuple[str, str, str]]:
    return [(e.label, e.text, e.name) for e in recognise(Text(text), "rules", release=True)]


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in recognise(Text(text), "rules", release=True)}


@pytest.mark.parametrize(
    ("text", "surface", "label", "name"),
    [
        pytest.param("Hon arbetar på Kungsleden AB (publ) sedan i år.", "Kungsleden AB (publ)", "ORG", "Kungsleden AB",
                     id="legal-form-publ"),
        pytest.param("Avtalet tecknades med Nordbygg Anläggning AB i går.", "Nordbygg Anläggning AB", "ORG",
                     "Nordbygg Anläggning AB", id="legal-form-unknown-company"),
        pytest.param("Affären gjordes med Ernst & Young i fjol.", "Ernst & Young", "ORG", "Ernst & Young",
                     id="ampersand-firm"),
        pytest.param("Beslutet togs av Region Dalarna i går.", "Region Dalarna", "ORG", "Region Dalarna",
                     id="region-x"),
        pytest.param("Det gäller Region Dalarnas budget.", "Region Dalarnas", "ORG", "Region Dalarna",
                     id="region-genitive"),
        pytest.param("Enligt Folkhälsomyndighetens rapport ökar smittan.", "Folkhälsomyndighetens", "ORG",
                     "Folkhälsomyndigheten", id="agency-genitive"),
        pytest.param("Arbetet sker i Skara kommun och grannkommunerna.", "Skara kommun", "ORG", "Skara kommun",
                     id="x-kommun"),
        pytest.param("Hon forskar vid Uppsala universitet sedan 2010.", "Uppsala universitet", "ORG",
                     "Uppsala universitet", id="x-universitet"),
        pytest.param("Kursen ges av Högskolan i Dalarna under våren.", "Högskolan i Dalarna", "ORG",
                     "Högskolan i Dalarna", id="hogskolan-i-x"),
        pytest.param("Pengarna kommer från Stiftelsen Teknikdalen i år.", "Stiftelsen Teknikdalen", "ORG",
                     "Stiftelsen Teknikdalen", id="stiftelsen-x"),
        pytest.param("Beslutet välkomnas av Livsmedelsarbetareförbundet i dag.", "Livsmedelsarbetareförbundet",
                     "ORG", "Livsmedelsarbetareförbundet", id="suffix-forbundet"),
        pytest.param("Det meddelar Tillväxtverket i ett pressmeddelande.", "Tillväxtverket", "ORG",
                     "Tillväxtverket", id="suffix-verket"),
        pytest.param("Han spelar i Gävleborgs Symfoniorkester sedan länge.", "Gävleborgs Symfoniorkester", "ORG",
                     "Gävleborgs Symfoniorkester", id="place-genitive-and-suffix"),
        pytest.param("Klustren DalaBIT och BoomTown presenterades.", "DalaBIT", "ORG", "DalaBIT", id="camel-case"),
        pytest.param("Han leder konsultbolaget Colliers International i Sverige.", "Colliers International", "ORG",
                     "Colliers International", id="org-word"),
        pytest.param("Hon forskar vid Institutet för privatekonomi i dag.", "Institutet för privatekonomi", "ORG",
                     "Institutet för privatekonomi", id="head-for-what"),
        pytest.param("Studier vid Luleå tekniska universitet ökar.", "Luleå tekniska universitet", "ORG",
                     "Luleå tekniska universitet", id="adjective-and-head"),
        pytest.param("Han fick jobb på Hjo tennisklubb i fjol.", "Hjo tennisklubb", "ORG", "Hjo tennisklubb",
                     id="lowercase-head-compound"),
        pytest.param("Aktien i solenergibolaget Etrion steg.", "Etrion", "ORG", "Etrion", id="described-by-noun"),
        pytest.param("Konsultföretaget Waymaker anlitades.", "Waymaker", "ORG", "Waymaker",
                     id="described-by-opening-noun"),
        pytest.param("Det bekräftar förbundsordförande Annamia Larsson.", "Annamia Larsson", "PER", "Annamia Larsson",
                     id="role-then-unknown-first-name"),
        pytest.param("– Det är bra, säger Monika Jönsson.", "Monika Jönsson", "PER", "Monika Jönsson",
                     id="first-and-surname"),
        pytest.param("Kontakta Linda Esseholt Hermansson i dag.", "Linda Esseholt Hermansson", "PER",
                     "Linda Esseholt Hermansson", id="double-surname"),
        pytest.param("Mötet leddes av Hans-Åke Danielsson i går.", "Hans-Åke Danielsson", "PER",
                     "Hans-Åke Danielsson", id="hyphenated-first-name"),
        pytest.param("Rollen spelas av Lars von Kantzow i höst.", "Lars von Kantzow", "PER", "Lars von Kantzow",
                     id="particle"),
        pytest.param("– Vi är nöjda, säger Jönsson.", "Jönsson", "PER", "Jönsson", id="surname-after-verb"),
        pytest.param("Det var Anna Jönssons idé från början.", "Anna Jönssons", "PER", "Anna Jönsson",
                     id="person-genitive"),
    ],
)  # fmt: skip
def test_entities_forms(text: str, surface: str, label: str, name: str) -> None:
    assert (label, surface, name) in _rules(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Det sa Mats Lars Eriksson i går.", "Mats Lars Eriksson", id="names-ending-in-s"),
        pytest.param("Han heter Mats.", None, id="lone-first-name-not-an-entity"),
        pytest.param("Intervjun gjordes med Lars Andersson.", "Lars Andersson", id="lars-is-not-a-genitive"),
        pytest.param("Rottneros offentliggör denna information.", "Rottneros", id="company-ending-in-s"),
    ],
)
def test_entities_names_ending_in_s_stay(text: str, name: str | None) -> None:
    names = [e.name for e in recognise(Text(text), "rules", release=True)]
    if name is None:
        assert names == []
    else:
        assert name in names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vi välkomnar alla besökare till mässan.", id="vi-at-sentence-start"),
        pytest.param("Det blir en bra dag. Vi ses där.", id="vi-after-full-stop"),
        pytest.param("Konferensen hölls i Tällberg, Dalarna i mars.", id="places-as-places"),
        pytest.param("Ärendet går till kommunstyrelsen och regeringen.", id="lowercase-references"),
        pytest.param("Förslaget behandlas av Kommunstyrelsen i maj.", id="board"),
        pytest.param("Syftet med konferensen är att blicka framåt.", id="ordinary-sentence-opener"),
        pytest.param("PRODUKTIONEN VID BRUKET HAR ÅTERUPPTAGITS", id="shouted-headline"),
        pytest.param("Mötet börjar 10.00 CET och sänds i TV.", id="time-zone-and-tv"),
        pytest.param("Oljebolaget har höjt priset.", id="descriptor-alone-is-no-name"),
        pytest.param("Han blev chef Mediarelationer i maj.", id="unit-without-unit-noun-after-title"),
    ],
)
def test_entities_negatives_find_no_person_or_organisation(text: str) -> None:
    found = _labels(text)
    assert not {t: lab for t, lab in found.items() if lab in ("PER", "ORG")}


def test_entities_party_letter_is_an_organisation_mention_not_a_person() -> None:
    found = _labels("Det säger Karin Lindqvist (S), ordförande.")
    assert found["Karin Lindqvist"] == "PER"
    assert found.get("S") == "ORG"


def test_entities_person_beside_organisation_in_caption_list() -> None:
    found = _labels("Med på bild: Linda Nilsson High Voltage Valley, Dan Hjalmarsson Tillväxtanalys")
    assert found["Linda Nilsson"] == "PER"
    assert found["High Voltage Valley"] == "ORG"
    assert found["Dan Hjalmarsson"] == "PER"
    assert found["Tillväxtanalys"] == "ORG"


def test_entities_offsets_point_into_the_raw_input() -> None:
    raw = "Pressmeddelande\r\n\r\n– Bra,\u00a0säger **Monika Jönsson** vid Region\u00a0Dalarna.\r\n"
    ents = svpress.entities(raw, fast=True)
    assert ents, "nothing found"
    for e in ents:
        assert raw[e.start : e.end] == e.text
    assert {e.name for e in ents} >= {"Monika Jönsson", "Region Dalarna"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("\n\n\t ", id="whitespace"),
        pytest.param("Å" * 5000, id="one-long-word"),
        pytest.param("Anna " * 3000, id="repeated-first-name"),
        pytest.param("A & B & C & " * 500, id="ampersands"),
        pytest.param("\ud800 Anna Ek \x00", id="surrogate-and-nul"),
    ],
)
def test_entities_odd_input_gives_a_list(text: str) -> None:
    assert isinstance(find_entities(Text(text), fast=True), list)


def test_entities_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        svpress.entities(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bolaget (publ) är noterat.", id="publ-after-common-noun"),
        pytest.param("(publ)", id="publ-alone"),
        pytest.param("AB", id="legal-form-alone"),
    ],
)
def test_entities_bugs_caught_legal_form_without_a_name(text: str) -> None:
    assert all(e.name.strip("() ") for e in recognise(Text(text), "default"))


_PIECES = st.sampled_from(
    ["Anna", "Ek", "Region", "Dalarna", "AB", "(publ)", "Kungsleden", "s", " ", "  ", "\n", ", ", ". ", "– ",
     "säger", "vd", "på", "i", "och", "&", "ÅF", "DalaBIT", "von", "Lars", "Mats", "Jönssons", "kommun", "\u00a0",
     "\r\n", '"', "»", "(", ")", "Vi", "X", "é", "\u0301", "**"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_entities_any_text_gives_consistent_offsets(raw: str) -> None:
    for mode in ("rules", "default", "model"):
        for e in recognise(Text(raw), mode, release=True):  # type: ignore[arg-type]
            assert raw[e.start : e.end] == e.text
            assert e.label in ("PER", "ORG", "LOC")
            assert e.name


def test_entities_release_prior_keeps_unknown_runs_organisations() -> None:
    text = "Klustren Triple Steelix, High Voltage Valley och Destination Dalarna presenterades."
    release = {e.text: e.label for e in recognise(Text(text), "default", release=True)}
    assert release.get("Triple Steelix") == "ORG"
    assert "PER" not in release.values()


def test_entities_release_prior_needs_a_name_or_a_cue_for_a_person() -> None:
    text = "Kontakta Head of Investor Relations Kim Olofsson."
    found = [(e.text, e.label) for e in recognise(Text(text), "default", release=True)]
    assert all(label != "PER" or "Olofsson" in t for t, label in found)


def test_entities_bugs_caught_long_capitalised_run_is_cut() -> None:
    ents = find_entities(Text("Xyz Qwe " * 500), fast=False)
    assert ents
    assert max(len(e.text.split()) for e in ents) <= 16
