"""Telephone numbers: E.164, type, area, label, offsets, and what is never a phone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svpress.extract.phones import find_phones
from svpress.text import Text


def _e164(text: str) -> list[str]:
    return [p.e164 for p in find_phones(Text(text))]


# --- forms -----------------------------------------------------------------

FORMS = [
    pytest.param("Ring 070-123 45 67 i dag.", ["+46701234567"], id="mobile-dash-groups"),
    pytest.param("tfn: 08-123 456 78", ["+46812345678"], id="stockholm-after-label-colon"),
    pytest.param("Telefon 031-12 34 56", ["+4631123456"], id="gothenburg"),
    pytest.param("0243-123 45", ["+4624312345"], id="four-digit-area-code"),
    pytest.param("+46 8 123 45 67", ["+4681234567"], id="international-plus"),
    pytest.param("+46 (0)70 123 45 67", ["+46701234567"], id="international-with-bracketed-trunk"),
    pytest.param("+46(0)8-123 45 67", ["+4681234567"], id="international-bracketed-trunk-glued"),
    pytest.param("0046 8 123 45 67", ["+4681234567"], id="international-prefix-00"),
    pytest.param("(08) 123 45 67", ["+4681234567"], id="area-code-in-brackets"),
    pytest.param("073- 1234567", ["+46731234567"], id="dash-then-space"),
    pytest.param("070 – 765 43 21", ["+46707654321"], id="spaced-en-dash-inside"),
    pytest.param("070 — 765 43 21", ["+46707654321"], id="spaced-em-dash-inside"),
    pytest.param("0701234567", ["+46701234567"], id="digits-only"),
    pytest.param("070.123 45 67", ["+46701234567"], id="dot-separator"),
    pytest.param("Pressansvarig+46 70 765 43 21", ["+46707654321"], id="glued-to-word-plus"),
    pytest.param("Presschef070-765 43 21", ["+46707654321"], id="glued-to-word-trunk"),
    pytest.param("070-765 43 21Anna Berg", ["+46707654321"], id="word-glued-after"),
    pytest.param("08-123 45 67, 070-765 43 21", ["+4681234567", "+46707654321"], id="two-comma-separated"),
    pytest.param("08-123 45 67 / 070-765 43 21", ["+4681234567", "+46707654321"], id="two-slash-separated"),
    pytest.param("08-123 45 67 070-765 43 21", ["+4681234567", "+46707654321"], id="two-space-separated"),
    pytest.param("020-12 34 56", ["+4620123456"], id="toll-free-020"),
    pytest.param("0771-12 34 56", ["+46771123456"], id="shared-cost-0771"),
    pytest.param("010-123 45 67", ["+46101234567"], id="non-geographic-010"),
    pytest.param("+47 22 33 44 55", ["+4722334455"], id="foreign-norway"),
    pytest.param("+44 20 7946 0958", ["+442079460958"], id="foreign-london"),
    pytest.param("+358 40 123 4567", ["+358401234567"], id="foreign-finnish-mobile"),
    pytest.param("+358 (0)40 123 4567", ["+358401234567"], id="foreign-bracketed-trunk"),
    pytest.param("+46-70-765 43 21", ["+46707654321"], id="international-with-hyphens"),
    pytest.param("(+46) 70 765 43 21", ["+46707654321"], id="bracketed-country-code"),
    pytest.param("0046-8-123 45 67", ["+4681234567"], id="international-prefix-00-hyphens"),
    pytest.param("Tel. 031-12 34 567", ["+46311234567"], id="odd-grouping"),
    pytest.param("00 45 33 12 34 56", ["+4533123456"], id="foreign-with-00"),
    pytest.param("009 47 22 33 44 55", ["+4722334455"], id="old-international-prefix-009"),
    pytest.param("009-1-212-555-0123", ["+12125550123"], id="old-prefix-009-to-usa"),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_phones_forms(text: str, expected: list[str]) -> None:
    assert _e164(text) == expected


TYPES = [
    pytest.param("070-123 45 67", "mobile", None, id="mobile-no-area"),
    pytest.param("08-123 45 67", "fixed_line", "Stockholm", id="fixed-line-stockholm"),
    pytest.param("018-12 34 56", "fixed_line", "Uppsala", id="fixed-line-uppsala"),
    pytest.param("031-12 34 56", "fixed_line", "Göteborg", id="fixed-line-area-named-in-swedish"),
    pytest.param("0241-123 45", "fixed_line", "Gagnef-Floda", id="fixed-line-four-digit-area"),
    pytest.param("+44 20 7946 0958", "fixed_line", "London", id="foreign-fixed-line-area"),
    pytest.param("020-12 34 56", "toll_free", None, id="toll-free"),
    pytest.param("0771-12 34 56", "shared_cost", None, id="shared-cost"),
    pytest.param("010-123 45 67", "non_geographic", None, id="non-geographic"),
    pytest.param("0900-123 45 67", "premium_rate", None, id="premium-rate"),
]


@pytest.mark.parametrize(("text", "kind", "area"), TYPES)
def test_phones_type_and_area(text: str, kind: str, area: str | None) -> None:
    (phone,) = find_phones(Text(text))
    assert (phone.type, phone.area) == (kind, area)


LABELS = [
    pytest.param("tfn 08-123 45 67", "telefon", id="tfn"),
    pytest.param("Tel. 08-123 45 67", "telefon", id="tel-dot"),
    pytest.param("telefon: 08-123 45 67", "telefon", id="telefon-colon"),
    pytest.param("Mobil 070-123 45 67", "mobil", id="mobil"),
    pytest.param("mob. 070-123 45 67", "mobil", id="mob-dot"),
    pytest.param("Växel: 08-123 45 00", "växel", id="vaxel"),
    pytest.param("vx 08-123 45 00", "växel", id="vx"),
    pytest.param("Fax 08-123 45 99", "fax", id="fax"),
    pytest.param("direkt 08-123 45 01", "direkt", id="direkt"),
    pytest.param("Telefon (växel): 08-123 45 00", "växel", id="bracketed-label-nearest"),
    pytest.param("070-123 45 67 (mobil)", "mobil", id="label-after-in-brackets"),
    pytest.param("Anna Berg, 070-123 45 67", None, id="no-label"),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_phones_label(text: str, label: str | None) -> None:
    (phone,) = find_phones(Text(text))
    assert phone.label == label


def test_phones_labels_belong_to_their_own_number() -> None:
    found = find_phones(Text("Tel: 063-12 34 56, fax: 063-12 34 57, mobil: 070-765 43 21"))
    assert [p.label for p in found] == ["telefon", "fax", "mobil"]


def test_phones_country_of_foreign_number() -> None:
    assert [p.country for p in find_phones(Text("+47 22 33 44 55 och 08-123 45 67"))] == ["NO", "SE"]


def test_phones_local_number_completed_by_full_number_in_same_text() -> None:
    found = find_phones(Text("Växel 0270-123 00, direkt 123 15 och 123 00."))
    # "123 15" is printed without area code and nowhere in full: left alone.
    assert [(p.raw, p.e164, p.label) for p in found] == [
        ("0270-123 00", "+4627012300", "växel"),
    ]
    found = find_phones(Text("Växel 0270-123 00. Ring oss på telefon 123 00."))
    assert [(p.raw, p.e164, p.label) for p in found] == [
        ("0270-123 00", "+4627012300", "växel"),
        ("123 00", "+4627012300", "telefon"),
    ]


def test_phones_local_number_without_full_form_is_left_alone() -> None:
    assert _e164("Ring växeln, telefon 123 45 67.") == []


def test_phones_in_order_of_appearance_with_repeats() -> None:
    text = "Anna 070-765 43 21. Bo 08-123 45 67. Anna igen 070-765 43 21."
    assert _e164(text) == ["+46707654321", "+4681234567", "+46707654321"]


# --- negatives -------------------------------------------------------------

NEGATIVES = [
    pytest.param("Publicerad 2010-03-12", id="iso-date"),
    pytest.param("den 12.03.2010", id="dotted-date"),
    pytest.param("den 12/03/2010", id="slashed-date"),
    pytest.param("Org.nr 556123-4567", id="organisation-number-labelled"),
    pytest.param("Bolaget (556123-4567) meddelar", id="organisation-number-bare"),
    pytest.param("Bankgiro 5050-1055", id="bankgiro"),
    pytest.param("bg 123-4567", id="bankgiro-short"),
    pytest.param("Plusgiro 90 01 22-3", id="plusgiro"),
    pytest.param("pg 4 56 78-9", id="plusgiro-short"),
    pytest.param("Kostnaden blir 19 600 000 kronor.", id="amount"),
    pytest.param("cirka 1 400 föreningar", id="count"),
    pytest.param("Box 123, SE-751 05 Uppsala", id="postcode-with-country"),
    pytest.param("751 05 Uppsala", id="postcode"),
    pytest.param("kl. 12.30-14.00", id="time-range"),
    pytest.param("öppet vardagar klockan 08.00-16.30", id="time-range-leading-zero"),
    pytest.param("08.00–16.30", id="time-range-en-dash"),
    pytest.param("Öppet 0800-1600", id="time-range-without-separators"),
    pytest.param("under 2010-2011", id="year-range"),
    pytest.param("Ring 112 vid nödläge", id="emergency-112"),
    pytest.param("Ring 1177 Vårdguiden", id="service-1177"),
    pytest.param("Polisen 114 14", id="police-11414"),
    pytest.param("(1992:191)", id="sfs-number"),
    pytest.param("EU nr 596/2014", id="eu-regulation-number"),
    pytest.param("Dnr 2010-123456", id="case-number"),
    pytest.param("2009-10-27 14:45", id="timestamp"),
    pytest.param("26.11.2024 15:55:49", id="dotted-timestamp"),
    pytest.param("Reg.nr 0123-45 67 89", id="registration-number"),
    pytest.param("Ärende 08-123456", id="errand-number"),
    pytest.param("Artikelnr 0701234567", id="article-number"),
    pytest.param("kundnummer 031-123 45 67", id="customer-number"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_phones_negatives(text: str) -> None:
    assert _e164(text) == []


# --- bugs caught -----------------------------------------------------------

BUGS = [
    pytest.param(
        "Presstjänst 0771-12 34 56, öppet klockan 08.00-16.30",
        ["+46771123456"],
        id="time-range-after-phone-is-not-a-stockholm-number",
    ),
    pytest.param("070-765 43 21 2010-03-12", ["+46707654321"], id="date-after-phone-on-same-stretch"),
    pytest.param("2010-03-12 070-765 43 21", ["+46707654321"], id="date-before-phone-on-same-stretch"),
    pytest.param("070-765 43 21 08.00-16.30", ["+46707654321"], id="time-after-phone-on-same-stretch"),
    pytest.param("1 000 000 000 070-765 43 21", ["+46707654321"], id="amount-before-phone"),
    pytest.param("08 123 45 67 123", ["+4681234567"], id="trailing-group-cut-back"),
]


@pytest.mark.parametrize(("text", "expected"), BUGS)
def test_phones_bugs_caught(text: str, expected: list[str]) -> None:
    assert _e164(text) == expected


# --- offsets and robustness --------------------------------------------------


def test_phones_offsets_index_the_original_through_normalisation() -> None:
    raw = "Tfn\u00a0070\u2013765\u00ad 43 21, fax 08\u2011123 45 99"
    for p in find_phones(Text(raw)):
        assert raw[p.start : p.end] == p.raw
    assert _e164(raw) == ["+46707654321", "+4681234599"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 +-–()./:tfnxa\n"), max_size=120))
def test_phones_any_text_gives_consistent_results(text: str) -> None:
    for p in find_phones(Text(text)):
        assert text[p.start : p.end] == p.raw
        assert p.e164.startswith("+")
