"""E-mail addresses: plain and obfuscated, lowercased, with offsets; web addresses are not e-mails."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svpress.extract.emails import find_emails
from svpress.text import Text


def _addresses(text: str) -> list[str]:
    return [e.address for e in find_emails(Text(text))]


# --- forms -----------------------------------------------------------------

FORMS = [
    pytest.param("fornamn.efternamn@region.se", "fornamn.efternamn@region.se", False, id="plain"),
    pytest.param("Mejla Anna.Berg@Kommun.SE.", "anna.berg@kommun.se", False, id="lowercased-sentence-end"),
    pytest.param("e-post: per-olof.ek@exempel.se, tel", "per-olof.ek@exempel.se", False, id="after-label"),
    pytest.param("mailto:info@exempel.se", "info@exempel.se", False, id="mailto"),
    pytest.param("<press@exempel.com>", "press@exempel.com", False, id="angle-brackets"),
    pytest.param("namn+nyhet@exempel.se", "namn+nyhet@exempel.se", False, id="plus-tag"),
    pytest.param("åsa.öberg@företaget.se", "åsa.öberg@företaget.se", False, id="swedish-letters"),
    pytest.param("info@mail.exempel.co.uk", "info@mail.exempel.co.uk", False, id="subdomains"),
    pytest.param("namn(at)org.se", "namn@org.se", True, id="at-in-brackets"),
    pytest.param("namn (AT) org.se", "namn@org.se", True, id="at-upper-spaced"),
    pytest.param("namn [at] org [dot] se", "namn@org.se", True, id="at-and-dot-words"),
    pytest.param("namn (at) org (punkt) se.", "namn@org.se", True, id="punkt"),
    pytest.param("fornamn [dot] efternamn [at] org [dot] se", "fornamn.efternamn@org.se", True, id="dot-in-local"),
    pytest.param("namn[snabel-a]org.se", "namn@org.se", True, id="snabel-a"),
    pytest.param("namn @ org.se", "namn@org.se", True, id="spaced-at"),
    pytest.param("namn[@]org.se", "namn@org.se", True, id="at-sign-in-brackets"),
    pytest.param("namn (@) org.se", "namn@org.se", True, id="at-sign-in-round-brackets-spaced"),
    pytest.param("NAMN@ORG.SE;", "namn@org.se", False, id="upper-case-before-semicolon"),
    pytest.param('"namn@org.se"', "namn@org.se", False, id="in-quotation-marks"),
    pytest.param("namn@org.se.Kontakta oss", "namn@org.se", False, id="next-sentence-glued"),
]


@pytest.mark.parametrize(("text", "address", "obfuscated"), FORMS)
def test_emails_forms(text: str, address: str, obfuscated: bool) -> None:
    (email,) = find_emails(Text(text))
    assert (email.address, email.obfuscated) == (address, obfuscated)
    assert text[email.start : email.end] == email.raw


def test_emails_several_in_order() -> None:
    text = "Anna: anna@exempel.se. Bo: bo(at)exempel.se, och anna@exempel.se igen."
    assert _addresses(text) == ["anna@exempel.se", "bo@exempel.se", "anna@exempel.se"]


def test_emails_raw_covers_obfuscated_form() -> None:
    (email,) = find_emails(Text("Skriv till namn [at] org [dot] se i dag"))
    assert email.raw == "namn [at] org [dot] se"


# --- negatives -------------------------------------------------------------

NEGATIVES = [
    pytest.param("www.exempel.se", id="web-address"),
    pytest.param("http://www.exempel.se/sida/", id="url"),
    pytest.param("https://user@host.exempel.se/x", id="url-with-user"),
    pytest.param("https://user:pass@host.exempel.se", id="url-with-credentials"),
    pytest.param("medium.com/@namn", id="handle-in-url"),
    pytest.param("Följ @exempel på Instagram", id="social-handle"),
    pytest.param("logo@2x.png", id="retina-file-name"),
    pytest.param("namn@org", id="no-top-level-domain"),
    pytest.param("@org.se", id="no-local-part"),
    pytest.param("namn@@org.se", id="double-at"),
    pytest.param("a@b.c", id="one-letter-tld"),
    pytest.param("namn.@org.se", id="local-part-ends-with-dot"),
    pytest.param("Vi ses at the meeting.", id="english-at-word"),
    pytest.param("x" * 70 + "@org.se", id="local-part-too-long"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_emails_negatives(text: str) -> None:
    assert _addresses(text) == []


# --- bugs caught -----------------------------------------------------------


def test_emails_bug_colon_before_address_is_not_a_url() -> None:
    # "e-post:namn@…" was once taken for "scheme:user@host".
    assert _addresses("e-post:per@exempel.se") == ["per@exempel.se"]


# --- offsets and robustness --------------------------------------------------


def test_emails_offsets_through_normalisation() -> None:
    raw = "\ufeffKontakt:\u00a0anna.berg@exempel.se\u200b och bo(at)exempel.se"
    for e in find_emails(Text(raw)):
        assert raw[e.start : e.end] == e.raw
    assert _addresses(raw) == ["anna.berg@exempel.se", "bo@exempel.se"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab.@-_ ()[]atdose\n/:"), max_size=80))
def test_emails_any_text_gives_consistent_results(text: str) -> None:
    for e in find_emails(Text(text)):
        assert text[e.start : e.end] == e.raw
        assert e.address.count("@") == 1
        assert e.address == e.address.lower()
