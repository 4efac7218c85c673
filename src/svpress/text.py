"""Normalisation that keeps an offset map back to the raw input.

Every later stage works on ``Text.norm``: NFC, LF line ends, plain spaces,
canonical dashes and quotation marks, no BOM, zero-width characters, soft
hyphens or Markdown markers (a Markdown link keeps its text, not its address). Results are reported with offsets into
``Text.raw`` through :meth:`Text.span`.

Only two kinds of edit are made, so the map stays a short list of segments
rather than one integer per character: one-to-one substitutions (of the
characters in ``lang.sv.charmap``) and replacements of a raw stretch by a shorter string
(deletions, NFC composition), found by one regular expression.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

import regex

from svpress.lang.sv import charmap
from svpress.lang.sv.util import character_class
from svpress.rx import lower_view

# Stretches that are removed or shortened. Order matters: earlier branches win. (The look-aheads
# before the emphasis marks test the mark before the look-behinds, which most positions then skip.)
_EDITS = regex.compile(
    r"""
    (?P<crlf>\r(?=\n))
  | (?P<cr>\r)
  | (?P<drop>[\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e])
  | (?P<heading>(?m:^[ \t]{0,3}\#{1,6}[ \t]+))
  | (?P<bullet>(?m:^[ \t]*(?:[•·▪●◦‣∙■□➢►✓✔][ \t]*|[*+][ \t]+)))
  | (?P<strong>(?=\*\*|__)(?:\*\*(?=[^\W_]|["”»(])|(?<=[^\W_]|[.!?:;,"”«)])\*\*(?!\*)|(?<!_)__(?=[^\W_])
               |(?<=[^\W_]|[.!?:;,)])__(?!_)))
  | (?P<em>(?=\*)(?:(?<![\w*\\])\*(?=[\w"”»])|(?<=[\w.!?:"”«])\*(?![\w*])))
  | (?P<link_open>\[(?=[^\]\n]{1,200}\]\((?:https?://|mailto:|www\.)[^)\s]{1,500}\)))
  | (?P<link_close>\]\((?:https?://|mailto:|www\.)[^)\s]{1,500}\))
    """,
    regex.VERBOSE,
)
# Base characters followed by combining marks (NFD text), composed to NFC.
# Kept out of _EDITS: a pattern that may start at any character would make the
# scan for the rare edits above try every position.
_COMBINING = regex.compile(r"\P{M}\p{M}+")
_HAS_MARK = regex.compile(r"\p{M}")
# Characters that can start an edit above ("+" only as a bullet at a line start).
_EDIT_TRIGGER = re.compile(r"[\r\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e#*_•·▪●◦‣∙■□➢►✓✔\[]")
_PLUS_BULLET = re.compile(r"^[ \t]*\+[ \t]", re.MULTILINE)
# The one-to-one substitutions are sparse: replacing the matches is several
# times faster than str.translate over every character.
_TRANSLATED = re.compile(character_class(charmap.TRANSLATION))
# The quotation marks and dashes substitution produces (``Text.printed`` restores them).
_CANONICAL_CHARS = frozenset('"\'–-')
_CANONICAL = re.compile("[\"'–-]")


def _substitute(s: str) -> str:
    table = charmap.TRANSLATION
    return _TRANSLATED.sub(lambda m: table[ord(m.group())], s)


class Text:
    """A raw input string, its normalised form and the map between them."""

    __slots__ = ("_attach", "_delta", "_lower", "_pos", "_rawpos", "norm", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        # Segment k starts at norm offset _pos[k]; inside it raw = norm + _delta[k].
        # _attach[k] says whether the raw characters skipped just before the
        # segment belong to the previous character (an NFC tail) or are junk.
        self._pos: list[int] = [0]
        self._delta: list[int] = [0]
        self._attach: list[bool] = [False]
        self._rawpos: list[int] | None = None
        self._lower: str | None = None
        self.norm = _substitute(self._normalise(raw))

    @classmethod
    def of_normalised(cls, norm: str) -> Text:
        """A Text over a string that is already normalised (a piece of ``Text.norm``): identity map."""
        t = cls.__new__(cls)
        t.raw = t.norm = norm
        t._pos, t._delta, t._attach = [0], [0], [False]
        t._rawpos = None
        t._lower = None
        return t

    def _normalise(self, raw: str) -> str:
        pieces: list[str] = []
        last = 0  # raw offset up to which text has been copied
        delta = 0
        # Most releases need none of the edits: one search for their trigger
        # characters is far cheaper than the full pattern.
        edits = list(_EDITS.finditer(raw)) if _EDIT_TRIGGER.search(raw) or _PLUS_BULLET.search(raw) else []
        if _HAS_MARK.search(raw):
            edits = sorted([*edits, *_COMBINING.finditer(raw)], key=lambda m: m.start())
        for m in edits:
            a, b = m.span()
            if a < last:  # overlaps an edit already made
                continue
            kind = m.lastgroup or "comb"
            if kind == "comb":
                repl = unicodedata.normalize("NFC", m.group())
                if len(repl) >= b - a:
                    continue
            elif kind == "cr":
                repl = "\n"
            else:
                repl = ""
            pieces.append(raw[last:a])
            pieces.append(repl)
            last = b
            delta += (b - a) - len(repl)
            npos = b - delta
            attach = kind == "comb"
            if self._pos[-1] == npos:
                self._delta[-1] = delta
                self._attach[-1] = self._attach[-1] or attach
            else:
                self._pos.append(npos)
                self._delta.append(delta)
                self._attach.append(attach)
        if last == 0:
            return raw
        pieces.append(raw[last:])
        return "".join(pieces)

    def __len__(self) -> int:
        return len(self.norm)

    def to_raw(self, i: int) -> int:
        """Map a normalised start offset to the raw input."""
        k = bisect_right(self._pos, i) - 1
        return i + self._delta[k]

    def to_raw_end(self, e: int) -> int:
        """Map a normalised end offset to the raw input (deleted junk after it excluded)."""
        k = bisect_right(self._pos, e) - 1
        if k > 0 and self._pos[k] == e and not self._attach[k]:
            return e + self._delta[k - 1]
        return e + self._delta[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to raw offsets."""
        if end <= start:
            r = self.to_raw(start)
            return r, r
        return self.to_raw(start), self.to_raw_end(end)

    def from_raw(self, r: int) -> int:
        """Map a raw offset to the normalised text (a removed character maps to what follows it)."""
        if self._rawpos is None:
            self._rawpos = [p + d for p, d in zip(self._pos, self._delta, strict=True)]
        k = bisect_right(self._rawpos, r) - 1
        if k < 0:  # inside a stretch removed at the very start
            return 0
        n = r - self._delta[k]
        # Inside a removed stretch: the next kept character.
        if k + 1 < len(self._pos) and n > self._pos[k + 1]:
            return self._pos[k + 1]
        return n

    @property
    def lower(self) -> str:
        """``norm`` lowercased character by character (offsets unchanged), computed once."""
        if self._lower is None:
            self._lower = lower_view(self.norm)
        return self._lower

    def printed(self, start: int, end: int) -> str:
        """The normalised ``[start, end)`` with quotation marks and dashes as the raw input prints them."""
        piece = self.norm[start:end]
        if not _CANONICAL.search(piece):
            return piece
        table = charmap.TRANSLATION
        out = list(piece)
        for k, c in enumerate(out):
            if c in _CANONICAL_CHARS:
                r = self.raw[self.to_raw(start + k)]
                if r != c and table.get(ord(r)) == c:
                    out[k] = r
        return "".join(out)

    def raw_slice(self, start: int, end: int) -> str:
        """The raw text behind a normalised ``[start, end)``."""
        a, b = self.span(start, end)
        return self.raw[a:b]
