"""Direct quotations with speaker attribution (placeholder)."""

from __future__ import annotations

from svpress.model import Quote, Section
from svpress.text import Text


def find_quotes(text: Text, secs: list[Section]) -> list[Quote]:
    """Return the quotes of the body, in order."""
    return []
