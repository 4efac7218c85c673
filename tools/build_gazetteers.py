"""Build the packaged gazetteers in src/svpress/lang/sv/data/ from ../shared/external/gazetteers.

Run from the repository root:  python tools/build_gazetteers.py [SOURCE_DIR]

Users of the installed package do not have ../shared, so the lists svpress
uses are copied here, reduced to what the recogniser needs, one entry per
line, sorted, UTF-8. Attribution travels with them in data/SOURCES.md.
Hand-made lists (companies.txt, places_extra.txt) are not touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "svpress" / "lang" / "sv" / "data"
DEFAULT_SRC = ROOT.parent / "shared" / "external" / "gazetteers"

MIN_NEWBORN_COUNT = 200
"""Newborn names given fewer times than this over 1998–2022 are left out (noise)."""


def _rows(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(name: str, lines: list[str]) -> None:
    body = "\n".join(lines) + "\n"
    (OUT / name).write_text(body, encoding="utf-8")
    print(f"{name}: {len(lines)} lines")


def main(src: Path) -> None:
    first = {r[0] for r in _rows(src / "first_names.tsv")}
    first |= {r[0] for r in _rows(src / "first_names_newborns.tsv") if int(r[1]) >= MIN_NEWBORN_COUNT}
    _write("first_names.txt", sorted(n for n in first if len(n) > 1))
    # The sex a first name is borne by, where SCB's lists give only one ("f" or "m"):
    # used to read "säger hon" / "säger han".
    sex: dict[str, set[str]] = {}
    for r in _rows(src / "first_names.tsv") + _rows(src / "first_names_newborns.tsv"):
        sex.setdefault(r[0], set()).update(r[2].split("+"))
    _write("first_name_sex.tsv", sorted(f"{n}\t{next(iter(s))}" for n, s in sex.items() if len(s) == 1 and len(n) > 1))
    _write("surnames.txt", sorted({r[0] for r in _rows(src / "surnames.tsv") if len(r[0]) > 1}))

    # Organisations: "name<TAB>kind<TAB>canonical" (canonical empty when name is canonical).
    orgs: dict[str, tuple[str, str]] = {}

    def add(name: str, kind: str, canonical: str = "") -> None:
        name = name.strip()
        if name and name not in orgs:
            orgs[name] = (kind, canonical if canonical != name else "")

    for r in _rows(src / "municipalities_detail.tsv"):
        add(r[0], "municipality")
    for line in (src / "regions.txt").read_text(encoding="utf-8").splitlines():
        add(line, "region")
    for line in (src / "county_boards.txt").read_text(encoding="utf-8").splitlines():
        add(line, "county_board")
        # "Länsstyrelsen i Dalarnas län" is also written "Länsstyrelsen Dalarna".
    for name in ("ministries.txt", "ministries_former.txt"):
        for line in (src / name).read_text(encoding="utf-8").splitlines():
            add(line, "ministry")
    for line in (src / "universities.txt").read_text(encoding="utf-8").splitlines():
        add(line, "university")
    for line in (src / "agencies.txt").read_text(encoding="utf-8").splitlines():
        add(line, "agency")
    for r in _rows(src / "parties.tsv"):
        add(r[0], "party")
    for alias, official, kind in _rows(src / "agencies_aliases.tsv"):
        if kind == "english" or "," in alias:
            continue  # English names rarely appear in Swedish text; "X, affärsverk" is a register form
        if alias.isupper() and (len(alias) < 3 or kind == "former"):
            continue  # two-letter and retired acronyms (BO, DO, FK, DIN) collide with ordinary words
        add(alias, "acronym" if alias.isupper() else "agency", official)
    _write("organisations.tsv", [f"{n}\t{k}\t{c}" for n, (k, c) in sorted(orgs.items())])

    places = {r[1] for r in _rows(src / "municipalities_detail.tsv")}
    places |= {r[3] for r in _rows(src / "municipalities_detail.tsv")}
    for county in (src / "counties.txt").read_text(encoding="utf-8").splitlines():
        # "Dalarnas län" -> "Dalarna", "Skåne län" -> "Skåne": the county by its own name.
        short = county.removesuffix(" län")
        if short.endswith("s") and not short.endswith("ss"):
            short = short[:-1]
        places.add(short)
    _write("places.txt", sorted(places))
    party_letters = sorted({r[1] for r in _rows(src / "parties.tsv")})
    _write("party_letters.txt", party_letters)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC)
