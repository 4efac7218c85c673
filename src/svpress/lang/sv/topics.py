"""Words that mark the topic of a line, used as context by the entity tagger."""

from __future__ import annotations

SPORT_WORDS = frozenset(
    """match matchen matcher matcherna mål målet seger segern vann vinst förlust förlorade poäng serien
    serieledare tränare tränaren spelare spelaren allsvenskan hockeyallsvenskan elitserien shl derby derbyt
    slutspel kvartsfinal semifinal final finalen forward målvakt målvakten backen tabellen hemmaplan
    bortaplan""".split()
)
"""Sports reporting: a town name on such a line is usually a club ("Karlskoga förbi Leksand")."""
