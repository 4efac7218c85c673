"""Line splitting: mid-line cuts found by anchored windows agree with a scan of the whole text."""

from __future__ import annotations

import random

import pytest
import regex

from svpress.lines import _cut_positions, _patterns, split_lines
from svpress.rx import lower_view

PIECES = [
    "Kommunen bygger en ny skola i Ekby. ",
    "För mer information, vänligen kontakta: ",
    "Vid ytterligare upplysningar om projektet i Ekby kan du kontakta ",
    "För vidare information: ",
    "Kontaktperson: Anna Ek, 070-174 06 01. ",
    "Presskontakt: Nils Berg. ",
    "Denna information skickades av Ekby kommun. ",
    "Informationen lämnades, genom kontaktpersonens försorg, för offentliggörande den 3 mars. ",
    "-" * 40,
    "_" * 7,
    "=" * 12,
    "information ",
    "kontakt ",
    "\n",
    "\n\n",
]


def _full_scan(norm: str) -> list[int]:
    """The reference: the cut pattern tried at every position, case-insensitively."""
    pattern = regex.compile(_patterns()["cut"].pattern, regex.IGNORECASE)
    return [m.start() for m in pattern.finditer(norm)]


@pytest.mark.parametrize("seed", range(40))
def test_cut_windows_find_what_a_full_scan_finds(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))
    text = "".join(c.upper() if rng.random() < 0.1 else c for c in text)
    assert _cut_positions(lower_view(text)) == _full_scan(text)


def test_a_long_rule_is_one_window() -> None:
    text = "Text före.\n" + "-" * 100_000 + "\nFör mer information kontakta Anna."
    assert _cut_positions(lower_view(text)) == _full_scan(text)


def test_a_contact_heading_in_mid_line_starts_a_line_of_its_own() -> None:
    text = "Ekby växer snabbt. För mer information kontakta: Anna Ek, 070-174 06 01"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["Ekby växer snabbt.", "För mer information kontakta: Anna Ek, 070-174 06 01"]
    assert lines[1].kind == "contact"
