"""People and organisations (and places) in running text, with raw offsets.

The default recogniser is svpress's own: rules and gazetteers over candidate
regions, with a small statistical tagger for what the rules leave undecided
(see ``docs/entities.md``). ``fast=True`` uses the rules alone. An installed
spaCy pipeline can be used instead through :func:`find_entities_with`.
"""

from __future__ import annotations

from typing import Literal

from svpress.model import Entity
from svpress.ner.engine import engine
from svpress.nlp import external_entities
from svpress.text import Text

Mode = Literal["rules", "model", "default"]


def find_entities(text: Text, *, fast: bool = False) -> list[Entity]:
    """Return PER, ORG and LOC mentions of a press release with raw offsets, in order.

    ``fast`` uses the rules alone (no statistical model is loaded).
    """
    return recognise(text, "rules" if fast else "default", release=True)


def recognise(text: Text, mode: Mode = "default", *, release: bool = False) -> list[Entity]:
    """Entities by one recogniser mode: ``rules`` only, ``model`` only, or the ``default`` combination.

    ``release`` applies the priors of press releases used by :func:`find_entities`.
    """
    eng = engine(with_model=mode != "rules")
    found = eng.recognise(text.norm, mode, release=release)
    raw = text.raw
    if len(raw) == len(text.norm):
        # Normalisation substitutes one for one or shortens (svpress.text): equal lengths mean that
        # no offset moved, as in most releases, and the offset map need not be asked.
        return [Entity(f.label, raw[f.start : f.end], f.start, f.end, f.name, f.source) for f in found]
    out: list[Entity] = []
    for f in found:
        a, b = text.span(f.start, f.end)
        out.append(Entity(f.label, raw[a:b], a, b, f.name, f.source))
    return out


def find_entities_with(text: Text, nlp: str, *, fast: bool = False) -> list[Entity]:
    """Entities from an installed spaCy pipeline instead of svpress's recogniser, or beside it.

    ``nlp`` names the pipeline (``"sv_core_news_lg"``); a leading ``+``
    (``"+sv_core_news_lg"``) keeps svpress's own mentions and adds the
    pipeline's where they overlap none of them. Raises
    :class:`~svpress.errors.ModelNotAvailable` when the pipeline is not installed.
    """
    beside = nlp.startswith("+")
    theirs = external_entities(text, nlp.lstrip("+"))
    if not beside:
        return theirs
    ours = find_entities(text, fast=fast)
    merged = list(ours)
    for e in theirs:
        if not any(o.start < e.end and e.start < o.end for o in ours):
            merged.append(e)
    return sorted(merged, key=lambda e: (e.start, e.end))
