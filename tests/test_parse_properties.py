"""Properties of parse() on any string: no exception, offsets inside the input, JSON out."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svpress import parse

# Text drawn from everything Unicode has (lone surrogates and control
# characters included), mixed with the characters that steer the parser.
_RELEASE_ALPHABET = st.sampled_from(list("– -—\"”»«:,.;\n\n\t ()@0123456789ÅÄÖåäöAaBbKkSs#*•\r\u00a0\u00ad\ufeff"))
ANY_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=None)),
    st.text(alphabet=_RELEASE_ALPHABET, max_size=400),
    st.lists(
        st.sampled_from(
            [
                "Pressmeddelande\n",
                "2010-03-12\n",
                "– Vi är glada, säger Anna Ek, vd på Ekbo AB.\n",
                "För mer information, kontakta:\n",
                "Anna Ek, presschef, 070-123 45 67, anna@ekbo.se\n",
                "Fakta om bron\n",
                "”Citat”, säger Bo.\n",
                "\n",
            ]
        ),
        max_size=30,
    ).map("".join),
)


def _spans(d: object) -> list[tuple[int, int, str | None]]:
    """Every (start, end, raw) triple in a to_dict() result."""
    out: list[tuple[int, int, str | None]] = []
    if isinstance(d, dict):
        if isinstance(d.get("start"), int) and isinstance(d.get("end"), int):
            raw = d.get("raw")
            out.append((d["start"], d["end"], raw if isinstance(raw, str) else None))
        for v in d.values():
            out.extend(_spans(v))
    elif isinstance(d, list):
        for v in d:
            out.extend(_spans(v))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_parse_properties_any_string(text: str) -> None:
    release = parse(text)
    d = release.to_dict()
    json.dumps(d)  # JSON-serialisable (lone surrogates never leak into values)
    for start, end, raw in _spans(d):
        assert 0 <= start <= end <= len(text)
        if raw is not None:
            assert text[start:end] == raw
