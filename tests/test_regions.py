"""Regions: the run pattern and its sequel over lower-case heads read what one pattern would."""

from __future__ import annotations

import random

import pytest
import regex

from svpress.ner import regions
from svpress.ner.regions import find_regions

VOCABULARY = (
    'Luleå', 'tekniska', 'universitet', 'Sahlgrenska', 'universitetssjukhuset', 'Statens', 'väg-', 'och',
    'transportforskningsinstitut', 'Kungsleden', 'AB', '(publ)', 'Ekby', 'kommun', 'Region', 'Dalarna',
    'Svenska', 'kyrkan', 'Uppsala', 'i', 'och', 'för', 'Hälso-', 'och', 'sjukvårdsnämnden', 'tennisklubb',
    'byggnadsförbund', 'Anna', 'Ek', 'al-Assad', 'el-Baradei', 'Institutet', 'för', 'privatekonomi',
    'Länsstyrelsen', 'i', 'Uppsala', 'län', '.', ',', '–', 'Nationellt', 'forensiskt', 'centrum',
    'byggnads-förbund', 'ÅF', 'Nordiska', 'museet', 'el', 'har', 'säger', 'att', 'www.ekby.se/Nyheter',
    'Bild:', 'Ekby/Anna', 'Ek',
)


def _one_pattern(prefixed: bool) -> regex.Pattern[str]:
    """The reference: every item, lower-case heads included, in one pattern."""
    cap = f"(?:{regions._CAP_WORD}|{regions._PREFIXED})" if prefixed else f"(?:{regions._CAP_WORD})"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}@.])(?:(?<!/)|{regions._SLASH_NAME})(?:{regions._PAIR}|{cap})"
        rf"(?:{regions._item(cap, True)})*"
    )


@pytest.mark.parametrize("seed", range(60))
def test_runs_match_one_pattern_over_all_items(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 50)))
    prefixed = "al-" in text or "el-" in text
    expected = [m.span() for m in _one_pattern(prefixed).finditer(text)]
    assert [(s, e) for s, e, _ in regions._runs(text, prefixed)] == expected


def test_a_lower_case_head_ends_a_region() -> None:
    text = "Hon forskar vid Luleå tekniska universitet, inte vid Ekby tennisklubb."
    assert [r.words for r in find_regions(text)] == [["Luleå", "tekniska", "universitet"], ["Ekby", "tennisklubb"]]


def test_a_word_after_a_name_that_ends_no_name_is_left_out() -> None:
    assert [r.words for r in find_regions("Sedan sa Anna Ek att det går bra.")][-1] == ["Anna", "Ek"]
