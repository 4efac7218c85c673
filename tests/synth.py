"""Small synthetic releases and archives for the batch tests (written by us, varied by number)."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from svpress.model import (
    Contact,
    DateMention,
    Email,
    FactBox,
    Field,
    Organisation,
    Paragraph,
    Person,
    Phone,
    PressRelease,
    Quote,
    Span,
)

_FIRST = ["Anna", "Johan", "Maria", "Erik", "Sara", "Lars", "Eva", "Karl", "Lena", "Per"]
_LAST = ["Lindqvist", "Berglund", "Holm", "Nyström", "Ek", "Sandberg", "Åberg", "Falk", "Strand", "Wall"]
_TOWNS = ["Västerås", "Örebro", "Umeå", "Lund", "Kalmar", "Gävle", "Borås", "Luleå", "Visby", "Falun"]


def release_text(i: int) -> str:
    """A distinct, plausible release numbered ``i`` (phone, e-mail and ISO date vary with it)."""
    first, last, town = _FIRST[i % 10], _LAST[(i // 10) % 10], _TOWNS[(i // 100) % 10]
    day = dt.date(2010, 1, 1) + dt.timedelta(days=i % 3000)
    return (
        f"Pressmeddelande\n{day.isoformat()}\n\n"
        f"{town} kommun satsar på ny skola nummer {i}\n\n"
        f"{town} kommun bygger en ny skola för {100 + i} elever. Bygget börjar {day.isoformat()}.\n\n"
        f"– Det här är en viktig dag för {town}, säger {first} {last}, skolchef.\n\n"
        f"För mer information, kontakta:\n{first} {last}, skolchef, 070-{100 + i % 900:03d} {i % 100:02d} 00, "
        f"{first.lower()}.{i}@{town.lower().replace('å', 'a').replace('ä', 'a').replace('ö', 'o')}.se\n"
    )


def write_tree(root: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` releases as UTF-8 files under ``root`` in two sub-folders."""
    paths = []
    for i in range(start, start + n):
        p = root / f"part{i % 2}" / f"release_{i:05d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(release_text(i), encoding="utf-8")
        paths.append(p)
    return paths


def write_zip(path: Path, n: int, start: int = 0) -> Path:
    """``n`` releases as members of one zip archive."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i in range(start, start + n):
            zf.writestr(f"releases/r{i:05d}.txt", release_text(i))
    return path


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    """``n`` releases as JSON Lines rows ``{"doc_id", "body"}``."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"doc_id": f"doc-{i}", "body": release_text(i)}, ensure_ascii=False) + "\n")
    return path


def corrupt_zip_member(path: Path, member: str) -> None:
    """Flip bytes inside ``member``'s compressed data so that reading it fails (bad CRC or inflate)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(member)
    # Local header: 30 bytes + name + extra, then the compressed data.
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    for k in range(start + 2, start + min(info.compress_size, 40)):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))


def full_release() -> PressRelease:
    """A release with every part filled (quotes, contacts, people, organisations …), built by hand.

    The database mapping is tested with it regardless of what the pipeline finds today.
    """
    return PressRelease(
        kind="Pressmeddelande",
        title="Exempel AB växer",
        published=dt.date(2010, 5, 4),
        kind_field=Field("Pressmeddelande", "Pressmeddelande", 0, 15),
        title_field=Field("Exempel AB växer", "Exempel AB växer", 0, 16),
        published_mention=DateMention(dt.date(2010, 5, 4), "2010-05-04", 16, 26),
        body=(Paragraph("Exempel AB växer.", 0, 17, "Exempel AB växer."), Paragraph("Andra stycket.", 18, 32, "x")),
        quotes=(
            Quote(
                "Bra", 60, 63, speaker="Anna Holm", role="vd", organisation="Exempel AB", parts=(Span(60, 63, "Bra"),)
            ),
            Quote("Mycket bra", 70, 80, speaker=None),
        ),
        fact_boxes=(FactBox("Fakta", "Grundat 1990.", 81, 94),),
        contacts=(
            Contact(
                "Anna Holm",
                95,
                140,
                "Anna Holm …",
                role="vd",
                organisation="Exempel AB",
                phones=(Phone("+46701234567", "070-123 45 67", 70, 83),),
                emails=(Email("anna@exempel.se", "anna@exempel.se", 84, 99),),
            ),
            Contact(None, 141, 160, "Växeln", phones=(Phone("+4686000000", "08-600 00 00", 141, 153),)),
        ),
        people=(Person("Anna Holm", role="vd", organisation="Exempel AB", mentions=(Span(28, 37, "Anna Holm"),)),),
        organisations=(
            Organisation(
                "Exempel AB", mentions=(Span(39, 49, "Exempel AB"), Span(0, 10, "Exempel AB")), aliases=("EAB",)
            ),
        ),
        phones=(Phone("+46701234567", "070-123 45 67", 70, 83, type="mobile", label="mobil"),),
        emails=(Email("anna@exempel.se", "anna@exempel.se", 84, 99),),
        dates=(
            DateMention(dt.date(2010, 5, 4), "2010-05-04", 16, 26),
            DateMention(dt.date(2010, 6, 1), "juni", 27, 31, precision="month"),
            DateMention(dt.date(2010, 6, 2), "2–3 juni", 32, 40, until=dt.date(2010, 6, 3), time=dt.time(10, 0)),
        ),
    )
