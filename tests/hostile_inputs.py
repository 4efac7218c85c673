"""Hostile and broken inputs, by name, each a function of the wanted size in characters.

Shared by tests/test_hostile.py (moderate sizes, every public function) and
benchmarks/hostile.py (seconds per MB, and the cost of a ten times larger input).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _random_unicode(n: int) -> str:
    rng = random.Random(n)
    # Every plane's assigned ranges, surrogates and private use included.
    return "".join(
        chr(rng.choice((rng.randrange(0x20, 0x3000), rng.randrange(0xD800, 0xE000), rng.randrange(0x10000, 0x30000))))
        for _ in range(n)
    )


def _controls(n: int) -> str:
    rng = random.Random(n)
    return "".join(chr(rng.randrange(0, 0x20)) if rng.random() < 0.5 else rng.choice('ab –"\n') for _ in range(n))


def _phone_like(n: int) -> str:
    rng = random.Random(n)
    out: list[str] = []
    size = 0
    while size < n:
        tok = rng.choice(
            ["070-123 45 67", "08-555 123 45", "+46 (0)8 123 45", "0771-12 34 56", "556016-0680", "12 345 678"]
        )
        out.append(tok)
        size += len(tok) + 2
    return ", ".join(out)[:n]


def _date_like(n: int) -> str:
    rng = random.Random(n)
    out: list[str] = []
    size = 0
    while size < n:
        tok = rng.choice(
            [
                "2010-03-12",
                "12 mars 2010",
                "den 4:e mars",
                "10–11 mars",
                "12/3 2010",
                "tisdag 2 maj",
                "12.3.2010 kl. 09.00",
            ]
        )
        out.append(tok)
        size += len(tok) + 1
    return " ".join(out)[:n]


def _releases(n: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    base = "\n\n".join(texts)
    return ("\n\n".join([base] * (n // len(base) + 1)))[:n]


HOSTILE: dict[str, Callable[[int], str]] = {
    "dashes": _repeat("–"),
    "hyphens-lines": _repeat("- \n"),
    "curly-quotes": _repeat("”"),
    "straight-quotes": _repeat('"'),
    "guillemets": _repeat("»«"),
    "one-long-word": _repeat("a"),
    "digits": _repeat("1"),
    "phone-like": _phone_like,
    "date-like": _date_like,
    "saeger-x": _repeat(", säger X"),
    "saeger-name": _repeat("– Ja, säger Anna Ek, vd på Ekbo AB. "),
    "fakta-lines": _repeat("Fakta\n"),
    "contact-headings": _repeat("För mer information kontakta:\n"),
    "capitalised-run": _repeat("Ekbo Ab "),
    "at-signs": _repeat("a@b."),
    "markdown": _repeat("**#*_ "),
    "blank-lines": _repeat("\n"),
    "crlf": _repeat("\r\n"),
    "soft-hyphens": _repeat("a\u00ad"),
    "combining-marks": _repeat("a\u0301\u0308"),
    "random-unicode": _random_unicode,
    "control-characters": _controls,
    "releases": _releases,
}
