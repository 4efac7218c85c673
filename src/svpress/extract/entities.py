"""People and organisations in running text (placeholder: issue 3 brings the recogniser)."""

from __future__ import annotations

from svpress.model import Entity
from svpress.text import Text


def find_entities(text: Text, *, fast: bool = False) -> list[Entity]:
    """Return PER and ORG mentions in ``text`` with raw offsets."""
    return []
