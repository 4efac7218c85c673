"""The only module that imports spaCy: installed pipelines on request, and svpress's recogniser as a component.

Nothing here runs at ``import svpress``: spaCy is imported on first use and
each pipeline is loaded once per process.

- :func:`external_entities` runs an installed spaCy pipeline (for example
  ``sv_core_news_lg``) and maps its labels to PER, ORG and LOC;
- :func:`pipeline` returns ``spacy.blank("sv")`` with svpress's own recogniser
  as the component ``svpress_entities``, for users who want spaCy ``Doc`` objects.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from svpress.errors import ModelNotAvailable
from svpress.model import Entity
from svpress.ner.engine import engine
from svpress.text import Text

LABEL_MAP = {"PER": "PER", "PRS": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
"""spaCy entity labels (SUC 3.0 and OntoNotes styles) → svpress labels; others are dropped."""

_EXCLUDE = ["parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler", "senter", "trainable_lemmatizer"]


@cache
def external_pipeline(name: str) -> Any:
    """Load an installed spaCy pipeline once per process; :class:`ModelNotAvailable` if it is not installed."""
    import spacy

    try:
        return spacy.load(name, exclude=_EXCLUDE)
    except OSError as exc:
        raise ModelNotAvailable(
            f"spaCy pipeline {name!r} is not installed; install its package (e.g. pip install {name}) "
            "or leave nlp unset to use svpress's built-in recogniser"
        ) from exc


def external_entities(text: Text, name: str) -> list[Entity]:
    """PER, ORG and LOC mentions of ``text`` by the installed spaCy pipeline ``name`` (raw offsets)."""
    nlp = external_pipeline(name)
    doc = nlp(text.norm)
    eng = engine(with_model=False)
    out: list[Entity] = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        after = doc[ent.end].text if ent.end < len(doc) else ""
        name_ = eng.nominative(label, [t.text for t in ent], after)
        a, b = text.span(ent.start_char, ent.end_char)
        out.append(Entity(label=label, text=text.raw[a:b], start=a, end=b, name=name_, source=name))
    return out


@cache
def pipeline() -> Any:
    """``spacy.blank("sv")`` with svpress's recogniser as component ``svpress_entities`` (sets ``doc.ents``)."""
    import spacy
    from spacy.language import Language
    from spacy.util import filter_spans

    if not Language.has_factory("svpress_entities"):

        @Language.factory("svpress_entities", default_config={"fast": False})
        def _make(nlp: Any, name: str, fast: bool) -> Any:
            def component(doc: Any) -> Any:
                spans = []
                eng = engine(with_model=not fast)
                t = Text(doc.text)
                for f in eng.recognise(t.norm, "rules" if fast else "default"):
                    a, b = t.span(f.start, f.end)
                    span = doc.char_span(a, b, label=f.label, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
                doc.ents = filter_spans(spans)
                return doc

            return component

    nlp = spacy.blank("sv")
    nlp.add_pipe("svpress_entities")
    return nlp
