"""Line-level rules that split a release into sections (placeholder)."""

from __future__ import annotations

import regex

from svpress.model import Paragraph, Section
from svpress.text import Text

_PARA = regex.compile(r"\S(?:.|\n(?![ \t]*\n))*")


def split_sections(text: Text) -> list[Section]:
    """Classify the text into header, body, fact box, contacts … sections."""
    return [Section(kind="body", start=0, end=len(text.norm))]


def body_paragraphs(text: Text, secs: list[Section]) -> list[Paragraph]:
    """The body paragraphs, in order, with raw offsets."""
    out: list[Paragraph] = []
    for sec in secs:
        if sec.kind != "body":
            continue
        for m in _PARA.finditer(text.norm, sec.start, sec.end):
            a, b = text.span(*m.span())
            out.append(Paragraph(text=" ".join(m.group().split()), start=a, end=b, raw=text.raw[a:b]))
    return out
