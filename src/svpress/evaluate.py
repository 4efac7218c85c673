"""Score parses against a gold JSON Lines file, as defined in the gold GUIDELINES.

Each list field is scored as a set per release and micro-averaged; quotes
match on speaker plus word Jaccard >= 0.5; contacts on their key (name, else
organisation, else role, else first phone), after which their phones are
scored as a set of their own (``contact_phones``). The numbers equal those of
the team's reference scorer (``shared/tools/score.py``); a test checks that.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCALAR_FIELDS = ("kind", "title", "published")
LIST_FIELDS = ("quotes", "fact_boxes", "contacts", "people", "organisations", "phones", "emails", "dates")
ALL_FIELDS = SCALAR_FIELDS + LIST_FIELDS + ("contact_phones",)

QUOTE_JACCARD = 0.5
"""A predicted quote matches when it shares at least this share of words."""

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# Legal-form words are ignored when comparing organisation names.
_LEGAL_FORM = re.compile(
    r"^(ab|aktiebolaget|aktiebolag)\s+|\s*\(publ\)"
    r"|(\s+(ab|aktiebolag|abp|oyj|asa|a/s|as|ltd|inc|gmbh|hb|kb|plc|sa|nv))+$"
)

Json = dict[str, Any]


def norm(value: object) -> str | None:
    """NFC, case-folded, whitespace collapsed, edge punctuation stripped; None if empty."""
    if value is None:
        return None
    s = unicodedata.normalize("NFC", str(value)).casefold()
    s = _SPACE.sub(" ", s).strip(" \t\n.,:;")
    return s or None


def _name_of(item: object, *keys: str) -> str | None:
    if item is None or isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        for k in keys:
            v = item.get(k)
            if v is not None:
                return v if isinstance(v, str) else _name_of(v, *keys)
    return None


def _name_set(items: Iterable[object] | None, *keys: str) -> set[str]:
    out = set()
    for it in items or ():
        v = norm(_name_of(it, *keys))
        if v:
            out.add(v)
    return out


def org_key(value: object) -> str | None:
    """An organisation name without legal-form words, normalised for comparison."""
    v = norm(value)
    if not v:
        return None
    prev = None
    while prev != v:
        prev, v = v, _LEGAL_FORM.sub("", v).strip()
    return v or None


def _org_set(items: Iterable[object] | None) -> set[str]:
    keys = {org_key(_name_of(it, "name", "text")) for it in items or ()}
    return {k for k in keys if k}


def _phone_key(item: object) -> str | None:
    v = _name_of(item, "e164", "number", "value")
    return re.sub(r"[^\d+]", "", v) if v else None


def _phone_set(items: Iterable[object] | None) -> set[str]:
    return {k for k in (_phone_key(x) for x in items or ()) if k}


def _date_key(item: object) -> str | None:
    v = _name_of(item, "date", "iso", "value", "start")
    return v[:10] if v else None


def _pred_dates(items: Iterable[object] | None) -> set[str]:
    out = set()
    for x in items or ():
        k = _date_key(x)
        if k:
            out.add(k)
        if isinstance(x, Mapping) and isinstance(x.get("until"), str):
            out.add(x["until"][:10])
    return out


def _words(s: object) -> set[str]:
    return set(_WORD.findall(norm(s) or ""))


def jaccard(a: object, b: object) -> float:
    """Word-set Jaccard similarity of two texts after normalisation."""
    wa, wb = _words(a), _words(b)
    union = wa | wb
    return len(wa & wb) / len(union) if union else 1.0


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Add counts."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (1.0 when there is nothing to find or predict)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _sets(g: set[str], p: set[str]) -> tuple[int, int, int]:
    return len(g & p), len(p - g), len(g - p)


def _match_quotes(gold: list[Json], pred: list[Json]) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = 0
    for g in gold:
        gs = norm(g.get("speaker"))
        for i, p in enumerate(pred):
            if i in used:
                continue
            if (
                gs == norm(_name_of(p.get("speaker"), "name"))
                and jaccard(g.get("text"), p.get("text")) >= QUOTE_JACCARD
            ):
                used.add(i)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def _contact_key(c: Mapping[str, Any]) -> str | None:
    phones = [_phone_key(x) for x in c.get("phones") or ()]
    return (
        norm(_name_of(c.get("name"), "name"))
        or org_key(_name_of(c.get("organisation"), "name"))
        or norm(c.get("role"))
        or (phones[0] if phones else None)
    )


def _match_contacts(gold: list[Json], pred: list[Json], phones: Tally) -> tuple[int, int, int]:
    by_key: dict[str | None, Json] = {}
    for c in pred:
        by_key.setdefault(_contact_key(c), c)
    tp = 0
    for g in gold:
        k = _contact_key(g)
        p = by_key.get(k)
        gp = _phone_set(g.get("phones"))
        if p is not None and k is not None:
            tp += 1
            phones.add(*_sets(gp, _phone_set(p.get("phones"))))
        else:
            phones.add(0, 0, len(gp))
    return tp, len(pred) - tp, len(gold) - tp


@dataclass(slots=True)
class Report:
    """Scores of one evaluation run plus each release's misses."""

    tallies: dict[str, Tally]
    releases: int = 0
    crashes: int = 0
    seconds: float = 0.0
    misses: dict[str, dict[str, Any]] = field(default_factory=dict)

    def scores(self) -> dict[str, dict[str, float]]:
        """Per field ``{"p", "r", "f"}`` rounded to three decimals."""
        return {f: dict(zip("prf", (round(x, 3) for x in t.prf()), strict=True)) for f, t in self.tallies.items()}

    def macro_f1(self) -> float:
        """Mean F1 over the scalar and list fields (contact_phones excluded)."""
        s = self.scores()
        fields = SCALAR_FIELDS + LIST_FIELDS
        return sum(s[f]["f"] for f in fields) / len(fields)

    def to_json(self) -> Json:
        """The machine-readable summary printed by ``svpress evaluate --json``."""
        return {
            "releases": self.releases,
            "crashes": self.crashes,
            "seconds": round(self.seconds, 3),
            "fields": self.scores(),
            "macro_f1": round(self.macro_f1(), 3),
        }

    def table(self) -> str:
        """The human-readable table printed by ``svpress evaluate``."""
        lines = [f"{'field':16} {'P':>6} {'R':>6} {'F1':>6}"]
        for f, s in self.scores().items():
            lines.append(f"{f:16} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
        lines.append(f"releases {self.releases}  crashes {self.crashes}  seconds {self.seconds:.2f}")
        lines.append(f"macro F1 {self.macro_f1():.3f}")
        return "\n".join(lines)


def score_release(gold: Mapping[str, Any], pred: Mapping[str, Any], tallies: dict[str, Tally]) -> dict[str, Any]:
    """Add one release's counts to ``tallies`` and return its misses."""
    misses: dict[str, Any] = {}
    for f in SCALAR_FIELDS:
        gv = norm(gold.get(f))
        pv = norm(_date_key(pred.get(f))) if f == "published" and pred.get(f) else norm(pred.get(f))
        res = _sets({gv} - {None}, {pv} - {None})  # type: ignore[arg-type]
        tallies[f].add(*res)
        if res[1] or res[2]:
            misses[f] = {"gold": gold.get(f), "pred": pred.get(f)}
    sets = {
        "people": (_name_set(gold.get("people")), _name_set(pred.get("people"), "name", "text")),
        "organisations": (_org_set(gold.get("organisations")), _org_set(pred.get("organisations"))),
        "phones": (_phone_set(gold.get("phones")), _phone_set(pred.get("phones"))),
        "emails": (_name_set(gold.get("emails")), _name_set(pred.get("emails"), "address", "email", "value")),
        "dates": ({k for k in map(_date_key, gold.get("dates") or ()) if k}, _pred_dates(pred.get("dates"))),
        "fact_boxes": (_name_set(gold.get("fact_boxes"), "title"), _name_set(pred.get("fact_boxes"), "title")),
    }
    for f, (gs, ps) in sets.items():
        res = _sets(gs, ps)
        tallies[f].add(*res)
        if res[1] or res[2]:
            misses[f] = {"missed": sorted(gs - ps), "extra": sorted(ps - gs)}
    gq, pq = list(gold.get("quotes") or ()), list(pred.get("quotes") or ())
    q = _match_quotes(gq, pq)
    tallies["quotes"].add(*q)
    if q[1] or q[2]:
        misses["quotes"] = {
            "gold": [[x.get("speaker"), (x.get("text") or "")[:60]] for x in gq],
            "pred": [[x.get("speaker"), (x.get("text") or "")[:60]] for x in pq],
        }
    gc, pc = list(gold.get("contacts") or ()), list(pred.get("contacts") or ())
    c = _match_contacts(gc, pc, tallies["contact_phones"])
    tallies["contacts"].add(*c)
    if c[1] or c[2]:
        misses["contacts"] = {
            "gold": sorted(k for k in map(_contact_key, gc) if k),
            "pred": sorted(k for k in map(_contact_key, pc) if k),
        }
    return misses


def read_gold(path: str | Path) -> list[Json]:
    """Read a gold JSON Lines file (``{"id", "text", "gold"}`` per line)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate(rows: Iterable[Mapping[str, Any]], predict: Callable[[Mapping[str, Any]], Mapping[str, Any]]) -> Report:
    """Score ``predict(row)`` (a ``to_dict()`` result) against each row's gold."""
    report = Report(tallies={f: Tally() for f in ALL_FIELDS})
    for row in rows:
        report.releases += 1
        t0 = time.perf_counter()
        try:
            pred = predict(row)
        except Exception as exc:  # a crash scores as an empty prediction, as in the reference scorer
            report.crashes += 1
            pred = {}
            report.misses.setdefault(str(row.get("id")), {})["crash"] = f"{type(exc).__name__}: {exc}"
        report.seconds += time.perf_counter() - t0
        misses = score_release(row["gold"], pred, report.tallies)
        if misses:
            report.misses.setdefault(str(row.get("id")), {}).update(misses)
    return report
