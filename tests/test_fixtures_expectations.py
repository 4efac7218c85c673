"""The fixture expectations are well-formed gold, and the fixture comparison can both pass and fail.

These run without the parser's help (no ``fixtures`` marker): they check every
``fixtures/*.expected.json`` against the gold format of GUIDELINES.md and
against its own release text, and check that ``mismatches`` accepts the
expectation fed back as the prediction and rejects a damaged one.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import phonenumbers
import pytest

from fixture_gold import FIXTURES, GOLD_KEYS, GROUPS, Fixture, as_prediction, load_fixtures, mismatches
from svpress.evaluate import SCALAR_FIELDS, norm, org_key, read_gold

ALL = load_fixtures()
E164 = re.compile(r"\+46[1-9]\d{5,9}")
EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
CONTACT_KEYS = {"name", "organisation", "role", "phones", "emails"}
EXTRA: dict[str, Any] = {
    "quotes": {"speaker": None, "text": "ett påhittat citat"},
    "fact_boxes": {"title": "Fakta om ingenting"},
    "contacts": {"name": "Ingen Alls", "organisation": None, "role": None, "phones": [], "emails": []},
    "people": "Ingen Alls",
    "organisations": "Ingenting AB",
    "phones": "+46701740699",
    "emails": "ingen@example.com",
    "dates": "2000-01-01",
}
"""One wrong item per list field, added when the gold list is empty."""
TOOL = Path(__file__).resolve().parent.parent / "tools" / "fixtures_to_gold.py"


def _plain(text: str) -> str:
    """The release as a reader sees it: no BOM, soft hyphens or Markdown emphasis, plain single spaces."""
    s = unicodedata.normalize("NFC", text).replace("\ufeff", "").replace("\u00ad", "").replace("**", "")
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).casefold()


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", _plain(text)))


def _problems(fx: Fixture) -> list[str]:
    """Everything wrong with one expectation, as readable lines."""
    g, plain = fx.gold, _plain(fx.text)
    out: list[str] = []

    def need(ok: object, msg: str) -> None:
        if not ok:
            out.append(msg)

    if list(g) != list(GOLD_KEYS):
        return [f"keys {list(g)} != {list(GOLD_KEYS)}"]
    need(g["kind"] is None or (isinstance(g["kind"], str) and g["kind"] == g["kind"].lower() and g["kind"] in plain),
         f"kind {g['kind']!r}: null or a lowercase label printed in the text")
    need(isinstance(g["title"], str) and g["title"].strip() and _plain(g["title"]) in plain,
         f"title {g['title']!r} not printed in the text")
    for f in ("quotes", "fact_boxes", "contacts", "people", "organisations", "phones", "emails", "dates"):
        need(isinstance(g[f], list), f"{f} is not a list")
    if out:
        return out

    dates = g["dates"]
    for d in dates:
        need(isinstance(d, str) and ISO.fullmatch(d), f"date {d!r} is not ISO YYYY-MM-DD")
        try:
            dt.date.fromisoformat(d)
        except (TypeError, ValueError):
            out.append(f"date {d!r} is not a calendar day")
    need(dates == sorted(set(dates)), f"dates not sorted and unique: {dates}")
    pub = g["published"]
    need(pub is None or (isinstance(pub, str) and ISO.fullmatch(pub) and pub in dates),
         f"published {pub!r}: null or an ISO date that is also listed in dates")

    people = g["people"]
    need(all(isinstance(p, str) and p.strip() for p in people), "people must be non-empty strings")
    need(len({norm(p) for p in people}) == len(people), f"people not unique: {people}")
    for p in people:
        need(_plain(p) in plain, f"person {p!r} not in the text")

    orgs = g["organisations"]
    need(len({org_key(o) for o in orgs}) == len(orgs), f"organisations not unique: {orgs}")
    for o in orgs:
        need(isinstance(o, str) and _plain(o) in plain, f"organisation {o!r} not in the text")

    phones = g["phones"]
    digits = re.sub(r"\D", "", fx.text)
    need(len(set(phones)) == len(phones), f"phones not unique: {phones}")
    for p in phones:
        if not (isinstance(p, str) and E164.fullmatch(p)):
            out.append(f"phone {p!r} is not Swedish E.164")
            continue
        need(phonenumbers.is_valid_number(phonenumbers.parse(p)), f"phone {p} is not a valid number")
        need(p[3:] in digits, f"phone {p} not in the text")

    emails = g["emails"]
    deobfuscated = plain.replace("(at)", "@").replace("[at]", "@")
    need(len(set(emails)) == len(emails), f"emails not unique: {emails}")
    for e in emails:
        need(isinstance(e, str) and EMAIL.fullmatch(e), f"e-mail {e!r} is not a lowercase address")
        need(isinstance(e, str) and e in deobfuscated, f"e-mail {e!r} not in the text")

    speakers = {norm(p) for p in people}
    words = _words(fx.text)
    for q in g["quotes"]:
        if not (isinstance(q, dict) and set(q) == {"speaker", "text"}):
            out.append(f"quote {q!r} must have exactly speaker and text")
            continue
        text = q["text"]
        need(isinstance(text, str) and text.strip(), f"quote {q!r} has no text")
        need(isinstance(text, str) and text[:1] not in "–—-\"”»«", f"quote text keeps its opening mark: {text[:20]!r}")
        need(q["speaker"] is None or norm(q["speaker"]) in speakers, f"quote speaker {q['speaker']!r} not in people")
        stray = _words(text) - words
        need(not stray, f"quote words not in the text: {sorted(stray)}")

    for box in g["fact_boxes"]:
        ok = isinstance(box, dict) and set(box) == {"title"} and isinstance(box["title"], str)
        need(ok and _plain(box["title"]) in plain, f"fact box {box!r} must be {{'title'}} printed in the text")

    keys = []
    for c in g["contacts"]:
        if not (isinstance(c, dict) and set(c) == CONTACT_KEYS):
            out.append(f"contact {c!r} must have exactly {sorted(CONTACT_KEYS)}")
            continue
        need(c["name"] or c["organisation"] or c["role"], f"contact {c!r} has no name, organisation or role")
        need(c["name"] is None or norm(c["name"]) in speakers, f"contact {c['name']!r} not in people")
        for k in ("organisation", "role"):
            need(c[k] is None or (isinstance(c[k], str) and _plain(c[k]) in plain), f"contact {k} {c[k]!r} not printed")
        need(set(c["phones"]) <= set(phones), f"contact phones {c['phones']} not all in phones")
        need(set(c["emails"]) <= set(emails), f"contact e-mails {c['emails']} not all in emails")
        keys.append(norm(c["name"]) or org_key(c["organisation"]) or norm(c["role"]))
    need(len(set(keys)) == len(keys), f"two contacts share a scoring key: {keys}")
    return out


@pytest.mark.parametrize("fx", [pytest.param(f, id=f.short) for f in ALL])
def test_fixtures_expectation_well_formed(fx: Fixture) -> None:
    problems = _problems(fx)
    assert not problems, "\n".join(problems)


def test_fixtures_present() -> None:
    # The parametrized tests silently shrink if the fixtures go missing.
    assert len(ALL) >= 14
    orphans = sorted(p.name for p in FIXTURES.glob("*.expected.json") if not p.with_name(
        p.name.removesuffix(".expected.json") + ".txt").is_file())
    assert not orphans


def _damaged(gold: dict[str, Any], field: str) -> dict[str, Any]:
    """A copy of ``gold`` that is wrong on ``field``: an item dropped, or an extra one."""
    bad = copy.deepcopy(gold)
    if field in SCALAR_FIELDS:
        bad[field] = None if gold[field] else ("2000-01-01" if field == "published" else "fel")
    elif field == "contact_phones":
        bad["contacts"] = [{**c, "phones": [*c["phones"], "+46701740699"]} for c in bad["contacts"]]
    elif gold[field]:
        bad[field] = gold[field][1:]
    else:
        bad[field] = [EXTRA[field]]
    return bad


@pytest.mark.parametrize(
    ("fx", "group"),
    [pytest.param(f, g, id=f"{f.short}-{g}") for f in ALL for g in GROUPS],
)
def test_fixtures_comparison_accepts_expectation_and_rejects_damage(fx: Fixture, group: str) -> None:
    # Fed back as the prediction (in both the gold shape and the to_dict() shape), the
    # expectation must match exactly; damaged on any field of the group, it must not.
    assert mismatches(fx.gold, fx.gold, group) == []
    assert mismatches(fx.gold, as_prediction(fx.gold), group) == []
    for field in GROUPS[group]:
        if field == "contact_phones" and not fx.gold["contacts"]:
            continue
        assert mismatches(fx.gold, as_prediction(_damaged(fx.gold, field)), group), field


def test_fixtures_to_gold_tool_writes_every_fixture(tmp_path: Path) -> None:
    out = tmp_path / "fixtures.jsonl"
    subprocess.run([sys.executable, str(TOOL), "--output", str(out)], check=True, capture_output=True)
    rows = read_gold(out)
    assert [r["id"] for r in rows] == [f"fixture-{f.stem}" for f in ALL]
    for row, fx in zip(rows, ALL, strict=True):
        assert row["text"] == fx.text  # byte-exact: BOM and CRLF survive the export
        assert row["gold"] == fx.gold
        assert row["source"] == f"fixtures/{fx.stem}.txt"
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["gold"].keys() == set(GOLD_KEYS)
