"""Sections: body paragraphs, fact boxes, and what is recognised as not body."""

from __future__ import annotations

import pytest

from svpress import parse

FACT_BOXES = [
    pytest.param("Rubrik\n\nText.\n\nFakta om bron\nLängd: 64 meter.", ["Fakta om bron"], id="fakta"),
    pytest.param(
        "Rubrik\n\nText.\n\nFakta: Så fungerar det\nMan gör så här.", ["Fakta: Så fungerar det"], id="fakta-colon"
    ),
    pytest.param("Rubrik\n\nText.\n\nOm Ekbo AB\nEkbo grundades 1901.", ["Om Ekbo AB"], id="om-organisation"),
    pytest.param("Rubrik\n\nText.\n\nBakgrund\n\nFrågan har utretts länge.", ["Bakgrund"], id="bakgrund"),
    pytest.param("Rubrik\n\nText.\n\nBra att veta\nRing 112 vid fara.", ["Bra att veta"], id="bra-att-veta"),
    pytest.param("Rubrik\n\nText.\n\nOm undersökningen\n1 000 svarade.", ["Om undersökningen"], id="om-undersokningen"),
    pytest.param("Rubrik\n\nText.\n\nAbout Ekbo\nEkbo is a company.", ["About Ekbo"], id="english-about"),
    pytest.param("Rubrik\n\nText.\n\nOm blågröna alger\nDe finns i sjöar.", ["Om blågröna alger"], id="om-topic"),
    pytest.param("Rubrik\n\nText.\n\nRådgivare\nAdvokatbyrå X har biträtt.", ["Rådgivare"], id="radgivare"),
    pytest.param(
        "Rubrik\n\nText.\n\nSå gjordes studien\nForskarna mätte 400 båtar.", ["Så gjordes studien"], id="sa-gjordes"
    ),
    pytest.param("Rubrik\n\nText.\n\nKort fakta\nSkolan får 500 platser.", ["Kort fakta"], id="kort-fakta"),
    pytest.param("Rubrik\n\nText.\n\nNyckelfakta\nSkolan får 500 platser.", ["Nyckelfakta"], id="nyckelfakta"),
    pytest.param(
        "Rubrik\n\nText.\n\nSå fungerar tjänsten\nDu loggar in med e-legitimation.",
        ["Så fungerar tjänsten"],
        id="sa-fungerar",
    ),
    pytest.param(
        "Rubrik\n\nText.\n\nUrval och metod\nEnkäten besvarades av 1 000 personer.", ["Urval och metod"], id="metod"
    ),
]


@pytest.mark.parametrize(("text", "titles"), FACT_BOXES)
def test_sections_fact_box_titles(text: str, titles: list[str]) -> None:
    assert [f.title for f in parse(text).fact_boxes] == titles


def test_sections_correction_box_takes_one_paragraph() -> None:
    r = parse("Rubrik\n\nIngress.\n\nRättelse\n\nEtt namn var fel.\n\nSedan fortsatte besöket i Ekeby.")
    assert [f.title for f in r.fact_boxes] == ["Rättelse"]
    assert r.body[-1].text == "Sedan fortsatte besöket i Ekeby."


def test_sections_body_keeps_paragraphs_in_order_with_offsets() -> None:
    text = "Rubrik\r\n\r\nFörsta stycket är en ingress.\r\n\r\nAndra stycket\r\nfortsätter här."
    body = parse(text).body
    assert [p.text for p in body] == ["Första stycket är en ingress.", "Andra stycket fortsätter här."]
    for p in body:
        assert text[p.start : p.end] == p.raw


NOT_BODY = [
    pytest.param("Med på bild från vänster: Anna Ek och Bo Lind.", id="caption-med-pa-bild"),
    pytest.param("Foto: Anna Ek", id="caption-foto"),
    pytest.param("Denna information skickades av Ekbo AB via en distributör.", id="distribution-footer"),
    pytest.param("Report this content", id="report-this-content"),
    pytest.param("Informationen lämnades för offentliggörande den 3 maj 2010 kl. 08.00.", id="disclosure"),
    pytest.param("Styrelsen", id="sign-off"),
]


@pytest.mark.parametrize("line", NOT_BODY)
def test_sections_not_body(line: str) -> None:
    r = parse(f"Rubrik\n\nEn mening i brödtexten.\n\n{line}")
    assert [p.text for p in r.body] == ["En mening i brödtexten."]


def test_sections_footer_lines_do_not_swallow_the_body() -> None:
    r = parse("Rubrik\n\nReport this content\n\nFörsta stycket.\n\nSenast ändrad: 2023-07-12\n\nAndra stycket.")
    assert [p.text for p in r.body] == ["Första stycket.", "Andra stycket."]


def test_sections_om_sentence_is_not_a_heading() -> None:
    assert parse("Rubrik\n\nText.\n\nOm du vill veta mer\nRing oss.").fact_boxes == ()
