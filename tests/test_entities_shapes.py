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




def test_entities_shapes_county_board_resolves_to_its_full_name() -> None:
    text = "Rubrik\n\nLänsstyrelsen i Jämtlands län har beslutat. Beslutet kan överklagas till länsstyrelsen."
    assert _orgs(text) == ["Länsstyrelsen i Jämtlands län"]
