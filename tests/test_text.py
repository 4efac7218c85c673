"""Normalisation keeps offsets into the original input."""

from __future__ import annotations

import pytest
import regex

from svpress.text import Text

CASES = [
    pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-lone-cr"),
    pytest.param("\ufeffRubrik", "Rubrik", id="bom"),
    pytest.param("ord\u00adavstavat", "ordavstavat", id="soft-hyphen"),
    pytest.param("noll\u200bbredd", "nollbredd", id="zero-width-space"),
    pytest.param("12\u00a0000", "12 000", id="nbsp"),
    pytest.param("## Pressmeddelande\n", "Pressmeddelande\n", id="markdown-heading"),
    pytest.param("**Fet** rubrik", "Fet rubrik", id="markdown-strong"),
    pytest.param("*kursiv* text", "kursiv text", id="markdown-em"),
    pytest.param("  • punkt\n* punkt", "punkt\npunkt", id="bullets"),
    pytest.param("— Ja, säger hon.", "– Ja, säger hon.", id="em-dash-canonical"),
    pytest.param("”Ja” och “nej”", '"Ja" och "nej"', id="curly-quotes"),
    pytest.param("a\u030a", "å", id="nfc-composition"),
    pytest.param("x\x00y\x1b", "x y ", id="control-chars"),
    pytest.param("\ud800x", "\ufffdx", id="lone-surrogate"),
]


@pytest.mark.parametrize(("raw", "norm"), CASES)
def test_text_normalises(raw: str, norm: str) -> None:
    assert Text(raw).norm == norm


@pytest.mark.parametrize(("raw", "norm"), CASES)
def test_text_words_map_back_to_raw(raw: str, norm: str) -> None:
    t = Text(raw)
    for m in regex.finditer(r"\w+", t.norm):
        a, b = t.span(*m.span())
        assert 0 <= a <= b <= len(raw)
        # the raw stretch, with removed characters dropped, reads as the word
        assert Text(raw[a:b]).norm.replace("\n", "") == m.group()


def test_text_span_excludes_deleted_junk_at_edges() -> None:
    raw = "**Kungsleden**\r\n"
    t = Text(raw)
    a, b = t.span(0, len("Kungsleden"))
    assert raw[a:b] == "Kungsleden"
