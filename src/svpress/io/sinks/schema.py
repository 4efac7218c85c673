"""The database schema as forward migrations, one text for SQLite and PostgreSQL.

A database records the migrations applied to it in ``svpress_schema``; opening
it applies the missing ones in order, each in its own transaction. A migration
is never edited once released: change the schema by appending one. Column
types are written as ``$ts``, ``$date``, ``$json`` and ``$bool`` and filled
per dialect.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: its version, what it does, and its SQL (statements end with ``;``)."""

    version: int
    description: str
    sql: str


TYPES: dict[str, dict[str, str]] = {
    "sqlite": {"ts": "TEXT", "date": "TEXT", "json": "TEXT", "bool": "INTEGER"},
    "postgresql": {"ts": "TIMESTAMPTZ", "date": "DATE", "json": "JSONB", "bool": "BOOLEAN"},
}

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS svpress_schema (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  $ts NOT NULL
);
"""

_V1 = """
CREATE TABLE releases (
    id             TEXT PRIMARY KEY,
    source         TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    encoding       TEXT,
    kind           TEXT,
    title          TEXT,
    published      $date,
    body           TEXT,
    text           TEXT,
    document       $json,
    schema_version INTEGER,
    parsed_at      $ts NOT NULL
);
CREATE INDEX releases_published_idx ON releases (published);

CREATE TABLE rejects (
    id          TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rejected_at $ts NOT NULL
);

CREATE TABLE quotes (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    text         TEXT,
    speaker      TEXT,
    role         TEXT,
    organisation TEXT,
    style        TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX quotes_speaker_idx ON quotes (speaker);

CREATE TABLE quote_parts (
    release_id   TEXT NOT NULL,
    quote_ord    INTEGER NOT NULL,
    ord          INTEGER NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, quote_ord, ord),
    FOREIGN KEY (release_id, quote_ord) REFERENCES quotes (release_id, ord) ON DELETE CASCADE
);

CREATE TABLE fact_boxes (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    title        TEXT,
    text         TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, ord)
);

CREATE TABLE contacts (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    name         TEXT,
    role         TEXT,
    organisation TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX contacts_name_idx ON contacts (name);

CREATE TABLE contact_phones (
    release_id  TEXT NOT NULL,
    contact_ord INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    e164        TEXT NOT NULL,
    PRIMARY KEY (release_id, contact_ord, ord),
    FOREIGN KEY (release_id, contact_ord) REFERENCES contacts (release_id, ord) ON DELETE CASCADE
);
CREATE INDEX contact_phones_e164_idx ON contact_phones (e164);

CREATE TABLE contact_emails (
    release_id  TEXT NOT NULL,
    contact_ord INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    address     TEXT NOT NULL,
    PRIMARY KEY (release_id, contact_ord, ord),
    FOREIGN KEY (release_id, contact_ord) REFERENCES contacts (release_id, ord) ON DELETE CASCADE
);
CREATE INDEX contact_emails_address_idx ON contact_emails (address);

CREATE TABLE people (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    name         TEXT NOT NULL,
    role         TEXT,
    organisation TEXT,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX people_name_idx ON people (name);

CREATE TABLE organisations (
    release_id TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX organisations_name_idx ON organisations (name);

CREATE TABLE organisation_aliases (
    release_id       TEXT NOT NULL,
    organisation_ord INTEGER NOT NULL,
    ord              INTEGER NOT NULL,
    alias            TEXT NOT NULL,
    PRIMARY KEY (release_id, organisation_ord, ord),
    FOREIGN KEY (release_id, organisation_ord) REFERENCES organisations (release_id, ord) ON DELETE CASCADE
);
CREATE INDEX organisation_aliases_alias_idx ON organisation_aliases (alias);

-- A mention belongs to exactly one person or one organisation of its release.
CREATE TABLE mentions (
    release_id       TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord              INTEGER NOT NULL,
    person_ord       INTEGER,
    organisation_ord INTEGER,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    PRIMARY KEY (release_id, ord),
    FOREIGN KEY (release_id, person_ord) REFERENCES people (release_id, ord) ON DELETE CASCADE,
    FOREIGN KEY (release_id, organisation_ord) REFERENCES organisations (release_id, ord) ON DELETE CASCADE,
    CHECK ((person_ord IS NULL) <> (organisation_ord IS NULL))
);
CREATE INDEX mentions_person_idx ON mentions (release_id, person_ord);
CREATE INDEX mentions_organisation_idx ON mentions (release_id, organisation_ord);

CREATE TABLE phones (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    e164         TEXT NOT NULL,
    raw          TEXT,
    type         TEXT,
    area         TEXT,
    label        TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX phones_e164_idx ON phones (e164);

CREATE TABLE emails (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    address      TEXT NOT NULL,
    raw          TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX emails_address_idx ON emails (address);

-- Day-precision dates and month/year mentions alike; precision tells them apart.
CREATE TABLE dates (
    release_id   TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    date         $date NOT NULL,
    until_date   $date,
    precision    TEXT NOT NULL,
    time_of_day  TEXT,
    relative     $bool NOT NULL,
    raw          TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (release_id, ord)
);
CREATE INDEX dates_date_idx ON dates (date);
"""

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "releases, rejects and their child tables", _V1),)
LATEST_VERSION = MIGRATIONS[-1].version


def render(sql: str, dialect: str) -> list[str]:
    """The statements of ``sql`` with the dialect's column types filled in."""
    text = Template(sql).substitute(TYPES[dialect])
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
