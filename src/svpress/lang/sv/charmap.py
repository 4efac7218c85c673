"""One-to-one character substitutions applied during normalisation.

Only substitutions that keep the length live here; removals (BOM, soft
hyphen, zero-width characters, Markdown markers) are in ``svpress.text``.
"""

from __future__ import annotations

# Spaces of every width become a plain space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Line and paragraph separators, vertical tab, form feed, NEL: a line break.
_BREAKS = "\u2028\u2029\x0b\x0c\x85"
# Hyphen look-alikes become an ASCII hyphen-minus.
_HYPHENS = "\u2010\u2011"
# Dashes used as quote markers and in ranges become an en dash.
_DASHES = "\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Double quotation marks (”, “, „, ″ …) become '"': in Swedish ”…” opens and
# closes with the same character, so direction carries no information.
_DQUOTES = "\u201c\u201d\u201e\u201f\u2033\u301d\u301e\uff02"
# Single quotation marks and apostrophes become "'".
_SQUOTES = "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07"
# Guillemets stay: »…« and «…» mark quotes in their own way.

TRANSLATION: dict[int, str] = {}
TRANSLATION.update({ord(c): " " for c in _SPACES})
TRANSLATION.update({ord(c): "\n" for c in _BREAKS})
TRANSLATION.update({ord(c): "-" for c in _HYPHENS})
TRANSLATION.update({ord(c): "–" for c in _DASHES})
TRANSLATION.update({ord(c): '"' for c in _DQUOTES})
TRANSLATION.update({ord(c): "'" for c in _SQUOTES})
# Control characters other than tab and line feed become a space, so that no
# later stage sees NUL or escape sequences.
TRANSLATION.update({c: " " for c in range(0x20) if c not in (0x09, 0x0A)})
TRANSLATION.update({c: " " for c in range(0x7F, 0xA0) if c != 0x85})
# Lone surrogates cannot be encoded (spaCy and JSON need UTF-8): replace them.
TRANSLATION.update({c: "\ufffd" for c in range(0xD800, 0xE000)})

