"""Candidate regions: runs of capitalised words that may hold names, with their context.

Only these stretches are looked at token by token; the rest of the text is
skipped by one regular expression, which is what keeps recognition fast.
A region never crosses a line break or sentence punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from svpress.lang.patterns import alternation
from svpress.lang.sv.names import NEVER_NAMES, PARTICLES
from svpress.lang.sv.orgs import FOR_HEADS, HEAD_ENDINGS, HEAD_NOUNS, STATE_GENITIVES, SUFFIXES
from svpress.lang.sv.topics import SPORT_WORDS

# A capitalised word: "Hans-Åke", "H&M", "NU-sjukvården", "TV4", "O'Brien", "Kungl.", and (below)
# "al-Assad", "el-Baradei".
_CAP_WORD = r"Kungl\.|\p{Lu}[\p{L}\p{N}]*(?:[-&'][\p{L}\p{N}]+)*"
_PREFIXED = r"(?:al|el)-\p{Lu}\p{L}+"
_PREFIXES = ("al-", "el-")
# "von Sydow", "de Grey", "van der Bunt": a surname that opens with a particle (checked at region
# starts only: an alternative tried at every position of the text would triple the scan's cost).
_PARTICLES_BEFORE = ("von", "af", "van der", "van", "de", "du", "di", "da", "la", "le")
_PARTICLE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(p.replace(" ", "[ ]") for p in _PARTICLES_BEFORE) + r")[ ]$"
)
# The last two letters of a particle: a set probe before the search, which most words fail.
_PARTICLE_ENDS = frozenset(p[-2:] for p in _PARTICLES_BEFORE)
# "Hälso- och sjukvårdsnämnden", "Mark- och miljödomstolen": a hyphenated pair written as one name.
_PAIR = r"\p{Lu}\p{L}*-[ ](?:och|&)[ ]\p{L}+"
# A name right after a slash that follows a word ("Region Gävleborg/Uppsala universitet", "Bild:
# Tallviks universitet/Anna Ek"); a slash inside a web address or a path ("www.x.se/Nyheter") starts none.
_SLASH_NAME = r"(?<=(?:^|[ \n(])\p{L}{2,30}/)"
# "över" joins a court to its region ("Hovrätten över Skåne och Blekinge").
_CONNECT = alternation(
    sorted(PARTICLES | {"i", "för", "och", "på", "över", "&", "of", "the", "and", "in", "for", "de", "du"})
)
_ORG_ENDING = alternation((*SUFFIXES, *HEAD_ENDINGS))
# A lower-case word ending in an organisation ending ("tennisklubb", "byggnadsförbund"). Speed: a word
# of at most 31 letters is read whole and its ending checked once by a look-behind; trying the ending
# at each of up to 30 positions (the general form, kept for hyphens, digits and longer words, where the
# match may end inside the word) cost a third of the scan. Both accept the same words.
_ENDING_WORD = (
    r"(?=\p{Ll})(?(?=\p{L}{1,31}+(?![\p{L}\p{N}-]))\p{L}++(?<="
    + _ORG_ENDING
    + r"s?)|[\p{L}-]{0,30}"
    + _ORG_ENDING
    + r"s?)"
)
_HEAD_WORD = alternation(HEAD_NOUNS) + r"s?|" + _ENDING_WORD
_LOWER_TAIL = (
    r"(?:"
    + _HEAD_WORD
    + r"|\(publ\)"
    # A word before a head noun, read once (possessively) for both forms: the first part of a hyphenated
    # pair whose head completes both ("Statens väg- och transportforskningsinstitut"), or an adjective
    # ("Luleå tekniska universitet", "Sahlgrenska universitetssjukhuset", "Nationellt forensiskt centrum").
    + r"|\p{Ll}{1,26}+(?:-[ ](?:och|&)|(?<=\p{Ll}{2}(?:ska|skt|liga|ligt|ella|ellt)))[ ](?:"
    + _HEAD_WORD
    + r"))"
)
# One blank: the words of a name are set apart by one; several blanks or a tab set apart the items of a
# menu, a share bar or a PDF column ("A-laget   Ungdom   Biljetter", "Facebook  LinkedIn").
_SEP = r"[ ]"
# "Institutet för privatekonomi", "Stiftelsen för strategisk forskning", "Institutionen för humaniora
# och samhällsvetenskap": after a region ending in such a head, "för" and up to three lower-case words.
_FOR_TAIL = regex.compile(r"[ ]för(?:[ ](?:och[ ])?\p{Ll}[\p{L}-]*){1,3}(?![\p{L}\p{N}])")


_ADJECTIVE_ENDINGS = ("ska", "skt", "liga", "ligt", "ella", "ellt")
_HEAD_FORMS = frozenset(HEAD_NOUNS) | {h + "s" for h in HEAD_NOUNS}
_ENDING_FORMS = tuple(sorted({*SUFFIXES, *HEAD_ENDINGS} | {e + "s" for e in (*SUFFIXES, *HEAD_ENDINGS)}))
_NEXT_CHARS = 41
"""Characters of the following word that the region pattern's look-ahead reads (see ``next``)."""


def _item(cap: str, tail: bool) -> str:
    """One further word of a region, after a blank: a name word, a joined one, or (``tail``) a lower-case head."""
    words = rf"{_PAIR}|{cap}|{_CONNECT}{_SEP}(?:{_PAIR}|{cap})"
    return rf"{_SEP}(?:{words}{'|' + _LOWER_TAIL if tail else ''})(?![\p{{L}}\p{{N}}])"


@cache
def _region_pattern(prefixed: bool) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The region pattern and its sequel over lower-case heads (compiled on first use).

    The region pattern reads a run of capitalised words; the sequel, tried where the run stops
    before a lower-case word that may end a name ("Luleå tekniska universitet", "Ekby
    tennisklubb", "(publ)"), reads that word and the rest of the run. Together they match what
    one pattern with the lower-case heads among its items would, but that pattern tried the
    heads after nearly every capitalised word, which cost half the scan; a cached test of the
    word after the run (the look-ahead ``next``) now says when the sequel may match.

    ``prefixed`` admits "al-Assad": a name that opens in lower case makes every "a" and "e"
    of the text a place where a region may start, which costs a fifth of the scan, so texts
    without "al-" or "el-" are read without it (the same regions).
    """
    cap = f"(?:{_CAP_WORD}|{_PREFIXED})" if prefixed else f"(?:{_CAP_WORD})"
    following = rf"(?=[ ](?P<next>\p{{Ll}}[\p{{L}}-]{{0,{_NEXT_CHARS - 1}}}))?"
    region = (
        rf"(?<![\p{{L}}\p{{N}}@.])(?:(?<!/)|{_SLASH_NAME})(?:{_PAIR}|{cap})(?:{_item(cap, False)})*{following}"
    )
    sequel = rf"{_SEP}{_LOWER_TAIL}(?![\p{{L}}\p{{N}}])(?:{_item(cap, True)})*{following}"
    return regex.compile(region), regex.compile(sequel)


def _may_go_on(norm: str, end: int, following: str | None) -> bool:
    """Whether a lower-case head may continue the region that ends at ``end`` (a superset test).

    ``following`` is the word after it as the look-ahead read it.
    """
    if following is None:
        return norm.startswith(" (publ)", end)
    return _may_end_name(following)


@lru_cache(maxsize=16384)
def _may_end_name(following: str) -> bool:
    """Whether ``following`` may be read as a lower-case head (a superset test).

    Its first part may be a head noun or an adjective, any part may end in an organisation
    ending, a hyphen may open a pair. (Cached: the words after capitalised words are mostly the same few hundred.)
    """
    if len(following) >= _NEXT_CHARS:
        return True  # longer than the look-ahead reads: the sequel decides
    parts = following.split("-")
    first = parts[0]
    return (
        first in _HEAD_FORMS
        or first.endswith(_ADJECTIVE_ENDINGS)
        or following.endswith("-")
        or any(part.endswith(_ENDING_FORMS) for part in parts)
    )


def _runs(norm: str, prefixed: bool) -> Iterator[tuple[int, int, str | None]]:
    """Start, end and following lower-case word of every run of name words, read on by the sequel."""
    pattern, sequel = _region_pattern(prefixed)
    pos = 0
    while True:
        for m in pattern.finditer(norm, pos):
            s, e = m.span()
            following = m.group("next")
            if _may_go_on(norm, e, following):
                q = sequel.match(norm, e)
                if q is not None:
                    yield s, q.end(), q.group("next")
                    # The next run starts after this one, as in one pattern's scan (the sequel may
                    # end inside a word the scan has begun to read: "… tekniska el-Baradei").
                    pos = q.end()
                    break
            yield s, e, following
        else:
            return


_TOKEN = regex.compile(r"\(publ\)|Kungl\.|[\p{L}\p{N}]+(?:[-&'][\p{L}\p{N}]+)*-?|\S")
_CONTEXT_WORD = r"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
# The last two context words before a region (no rule or feature reads a third) and the first three
# after it, each in one match rather than a findall over the whole window; the words are the same (a
# word breaks at the same places read from either end), the backward match anchored at the region
# start ((?r)).
_LAST_TWO = regex.compile(rf"(?r)(?:({_CONTEXT_WORD})\s*)?({_CONTEXT_WORD})\s*")
_FIRST_THREE = regex.compile(rf"\s*({_CONTEXT_WORD})(?:\s*({_CONTEXT_WORD})(?:\s*({_CONTEXT_WORD}))?)?")
_SENTENCE_OPENERS = frozenset('.!?:–-"»«•*(;')
# Sports reporting: town names there are usually clubs ("Karlskoga förbi Leksand").
_SCORE = regex.compile(r"(?<![\d.:/-])\d{1,2}[ ]?[-–][ ]?\d{1,2}(?![\d.:/-])")
# What separates the words of a line when looking for sports words: blanks (as str.split) and
# punctuation. A split by re, whose \s is str.isspace, costs half a translate and a split.
_LINE_WORD_BREAK = re.compile(r'[\s,.!?:;()"»«–]+')
# A lower-case word right after a region ("län", "geologiska"): read when a known name may go on.
_LOWER_WORD = regex.compile(r"[ ](\p{Ll}\p{L}{0,40}(?:-\p{Ll}{1,40})?)(?![\p{L}\p{N}-])")
MAX_TAIL_WORDS = 4
"""At most this many lower-case words are read after a region to complete a known name."""

MAX_REGION_TOKENS = 16
"""Longer capitalised runs are cut into pieces of this many tokens (no name is longer)."""
CONTEXT_CHARS = 40
"""How far before and after a region its context words are read."""


@dataclass(slots=True)
class Region:
    """A candidate stretch: its tokens (text, start, end in the normalised text) and context words."""

    start: int
    end: int
    tokens: list[tuple[str, int, int]]
    before: list[str]
    after: list[str]
    initial: bool
    line_start: int
    line_end: int
    words: list[str]
    """The token texts."""


def _context(norm: str, start: int, end: int, line_start: int, line_end: int) -> tuple[list[str], list[str]]:
    lo = max(line_start, start - CONTEXT_CHARS)
    hi = min(line_end, end + CONTEXT_CHARS)
    b = _LAST_TWO.match(norm, lo, start)
    a = _FIRST_THREE.match(norm, end, hi)
    # A word is never empty, so filter(None) drops exactly the groups that took part in no match.
    return list(filter(None, b.groups())) if b else [], list(filter(None, a.groups())) if a else []


def is_sport_line(norm: str, start: int, end: int) -> bool:
    """True when the line ``norm[start:end]`` reads like sports reporting (a sports word or a score)."""
    line = norm[start:end]
    if not SPORT_WORDS.isdisjoint(_LINE_WORD_BREAK.split(line.casefold())):
        return True
    return _SCORE.search(line) is not None


@dataclass(frozen=True, slots=True)
class Tail:
    """How a region may go on over lower-case words that complete a known name.

    When the word after a region is one of ``words`` (" län", " geologiska"), or the region
    ends in a state's genitive ("Statens vegvesen"), ``extend(norm, start, end)`` is asked
    for the new end.
    """

    words: frozenset[str]
    extend: Callable[[str, int, int], int]


def lower_words_after(norm: str, end: int) -> list[tuple[str, int]]:
    """Up to MAX_TAIL_WORDS lower-case words directly after ``end``, each with its end offset."""
    out: list[tuple[str, int]] = []
    pos = end
    while len(out) < MAX_TAIL_WORDS:
        m = _LOWER_WORD.match(norm, pos)
        if m is None:
            break
        out.append((m.group(1), m.end()))
        pos = m.end()
    return out


def find_regions(
    norm: str,
    skip_opener: Callable[[str], bool] | None = None,
    tail: Tail | None = None,
) -> list[Region]:
    """Every candidate region of ``norm`` in order.

    A one-word region that opens a sentence is left out when it is in NEVER_NAMES or
    ``skip_opener`` says it is an ordinary word. ``tail`` may move the end of a region
    over the lower-case rest of a known name ("Länsstyrelsen i Uppsala län", "Sveriges
    geologiska undersökning").
    """
    out: list[Region] = []
    line_start, line_end = -1, -1
    extended = (-1, -1)  # the last region moved over lower-case words by ``tail``
    for s0, e0, following in _runs(norm, any(p in norm for p in _PREFIXES)):
        s, e = s0, e0
        text = norm[s:e]
        if s > 2 and norm[s - 1] == " " and norm[s - 3 : s - 1] in _PARTICLE_ENDS and text[1:2].islower():
            p = _PARTICLE_BEFORE.search(norm, max(0, s - 8), s)
            if p is not None:
                s = p.start()
        if norm.startswith(" för ", e) and text.casefold().endswith(FOR_HEADS):
            f = _FOR_TAIL.match(norm, e)
            if f is not None:
                e = f.end()
        if tail is not None:
            if s0 == extended[1] + 1 and out and (out[-1].start, out[-1].end) == extended:
                # "Svenska kyrkan Uppsala": capitalised words go on after the lower-case words of a
                # known name; they are one region with it.
                s = out.pop().start
            if e == e0 and (following in tail.words or (following and text.endswith(STATE_GENITIVES))):
                e = tail.extend(norm, s, e)
                extended = (s, e)
        if s != s0 or e != e0:
            text = norm[s:e]
        if s >= line_end:
            line_start = norm.rfind("\n", 0, s) + 1
            line_end = norm.find("\n", e)
            if line_end < 0:
                line_end = len(norm)
        j = s - 1
        while j >= line_start and norm[j] in " \t":
            j -= 1
        initial = j < line_start or norm[j] in _SENTENCE_OPENERS
        if initial and (text in NEVER_NAMES or (skip_opener is not None and " " not in text and skip_opener(text))):
            continue  # "Det", "Vi", "Syftet": a lone sentence opener holds no name
        if " " in text or "\t" in text:
            words = _TOKEN.findall(text)
            tokens = _with_offsets(text, words, s)
        else:
            tokens = [(text, s, e)]  # one word, the common case
            words = [text]
        if len(tokens) > MAX_REGION_TOKENS:
            # A Title Case headline or a run-on list, not one name: cut it so that no rule
            # works on an unbounded run (and time stays linear in the input).
            for k in range(0, len(tokens), MAX_REGION_TOKENS):
                part = tokens[k : k + MAX_REGION_TOKENS]
                ps, pe = part[0][1], part[-1][2]
                before, after = _context(norm, ps, pe, line_start, line_end)
                out.append(
                    Region(ps, pe, part, before, after, initial and k == 0, line_start, line_end, [t[0] for t in part])
                )
            continue
        before, after = _context(norm, s, e, line_start, line_end)
        out.append(Region(s, e, tokens, before, after, initial, line_start, line_end, words))
    return out


def _with_offsets(text: str, words: list[str], offset: int) -> list[tuple[str, int, int]]:
    """The tokens ``words`` of ``text`` with their offsets (plus ``offset``).

    Only blanks lie between tokens (any other character is in one), so each starts at its
    first occurrence after the previous one: a find per token costs less than a match object.
    """
    out: list[tuple[str, int, int]] = []
    pos = 0
    for w in words:
        pos = text.find(w, pos)
        end = pos + len(w)
        out.append((w, offset + pos, offset + end))
        pos = end
    return out


def tokens_of(text: str) -> list[str]:
    """Split a name the way regions are split (for building phrase tables)."""
    return _TOKEN.findall(text)
