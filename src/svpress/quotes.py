"""Direct quotations with speaker attribution (being written)."""

from __future__ import annotations

from collections.abc import Sequence

from svpress.lines import Line
from svpress.model import Quote, Section
from svpress.names import NameIndex
from svpress.text import Text


def find_quotes(text: Text, lines: Sequence[Line], secs: Sequence[Section], names: NameIndex) -> list[Quote]:
    """Return the quotes of the body, in order."""
    return []
