"""Lazy loading of the packaged data files in ``svpress/lang/sv/data``.

Files are read once per process, on first use, through importlib.resources so
that they work from a wheel, a zip or a source checkout alike.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty lines of data file ``name``, stripped of the line end."""
    text = resources.files("svpress.lang.sv").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip())


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of data file ``name``."""
    return [line.split("\t") for line in lines(name)]
