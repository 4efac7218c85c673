"""Resolution across a release: hand-built entity lists and texts, no model."""

from __future__ import annotations

import pytest

from svpress.extract.entities import recognise
from svpress.model import Entity, Person
from svpress.resolve import KnownPerson, full_name, org_key, resolve_entities, role_and_organisation
from svpress.text import Text


def _ents(text: str, *pairs: tuple[str, str, str]) -> list[Entity]:
    """Entities for (label, surface, name) at their first occurrence not used yet."""
    out = []
    used: dict[str, int] = {}
    for label, surface, name in pairs:
        start = text.index(surface, used.get(surface, 0))
        used[surface] = start + len(surface)
        out.append(Entity(label, surface, start, start + len(surface), name))
    return out


def _resolve(text: str) -> tuple[list[str], list[str]]:
    t = Text(text)
    people, orgs = resolve_entities(t, recognise(t, "rules", release=True))
    return [p.name for p in people], [o.name for o in orgs]


@pytest.mark.parametrize(
    ("partial", "names", "expected"),
    [
        pytest.param("Jönsson", ["Monika Jönsson", "Anders Ahlgren"], "Monika Jönsson", id="surname"),
        pytest.param("Jönssons", ["Monika Jönsson"], "Monika Jönsson", id="surname-genitive"),
        pytest.param("Monika", ["Monika Jönsson", "Anders Ahlgren"], "Monika Jönsson", id="first-name"),
        pytest.param("Jönsson", ["Monika Jönsson", "Per Jönsson"], None, id="ambiguous-surname"),
        pytest.param("Ek", ["Monika Jönsson"], None, id="unknown"),
        pytest.param("Anna Strandh", ["Anna Strandh Proos"], "Anna Strandh Proos", id="shorter-form"),
    ],
)
def test_resolve_full_name(partial: str, names: list[str], expected: str | None) -> None:
    assert full_name(partial, [Person(n) for n in names]) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Kungsleden AB (publ)", "Kungsleden", id="ab-publ"),
        pytest.param("AB Volvo", "Volvo", id="leading-ab"),
        pytest.param("Nokia Oyj", "nokia", id="oyj"),
    ],
)
def test_resolve_org_key_ignores_legal_forms(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


def test_resolve_one_entry_per_person_with_all_mentions() -> None:
    text = "Monika Jönsson leder arbetet. – Bra, säger Jönsson. Kontakt: Monika Jönsson, Region Dalarna"
    t = Text(text)
    people, orgs = resolve_entities(t, recognise(t, "rules", release=True))
    assert [p.name for p in people] == ["Monika Jönsson"]
    assert len(people[0].mentions) == 3
    assert [text[m.start : m.end] for m in people[0].mentions] == ["Monika Jönsson", "Jönsson", "Monika Jönsson"]
    assert people[0].organisation == "Region Dalarna"
    assert [o.name for o in orgs] == ["Region Dalarna"]


def test_resolve_genitive_and_nominative_are_one_organisation() -> None:
    _, orgs = _resolve("Region Dalarnas satsning fortsätter. Region Dalarna har beslutat.")
    assert orgs == ["Region Dalarna"]


def test_resolve_acronym_folds_into_full_name() -> None:
    text = "Forskare vid Luleå tekniska universitet (LTU) deltar. LTU leder projektet."
    t = Text(text)
    ents = _ents(
        text,
        ("ORG", "Luleå tekniska universitet", "Luleå tekniska universitet"),
        ("ORG", "LTU", "LTU"),
        ("ORG", "LTU", "LTU"),
    )
    _, orgs = resolve_entities(t, ents)
    assert [o.name for o in orgs] == ["Luleå tekniska universitet"]
    assert orgs[0].aliases == ("LTU",)
    assert len(orgs[0].mentions) == 3


def test_resolve_legal_form_variants_are_one_organisation() -> None:
    _, orgs = _resolve("Kungsleden AB (publ) meddelar i dag att Kungsleden säljer fastigheter.")
    assert len(orgs) == 1
    assert org_key(orgs[0]) == "kungsleden"


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        pytest.param("Konferensen hölls i Dalarna och Falun.", {"Dalarna", "Falun"}, id="places"),
        pytest.param("Karin Lindqvist (S) och Per Ek (M) deltog.", {"S", "M"}, id="party-letters"),
        pytest.param("Regeringen och kommunen har beslutat.", {"Regeringen", "kommunen"}, id="references"),
    ],
)
def test_resolve_exclusions(text: str, excluded: set[str]) -> None:
    _, orgs = _resolve(text)
    assert not excluded & set(orgs)


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        pytest.param(
            "– Bra, säger Monika Jönsson som är ansvarig för näringsliv och tillväxtfrågor vid Region Dalarna.",
            "Monika Jönsson", "ansvarig för näringsliv och tillväxtfrågor", "Region Dalarna", id="som-ar-vid",
        ),
        pytest.param("– Bra, säger Anders Ahlgren, ordförande Region Dalarna.", "Anders Ahlgren", "ordförande",
                     "Region Dalarna", id="comma-role-org"),
        pytest.param("Det säger Kungsledens VD Thomas Erséus i dag.", "Thomas Erséus", "VD", "Kungsleden",
                     id="genitive-org-role-before"),
        pytest.param("Det bekräftar chefsåklagare Peter Claeson.", "Peter Claeson", "chefsåklagare", None,
                     id="title-before"),
        pytest.param("Kontakt: Johan Berglund, projektledare, Västerås stad, 021-39 00 00", "Johan Berglund",
                     "projektledare", "Västerås stad", id="contact-line"),
        pytest.param("– Bra, säger Anna Ek.", "Anna Ek", None, None, id="no-apposition"),
    ],
)  # fmt: skip
def test_resolve_role_and_organisation(text: str, name: str, role: str | None, org: str | None) -> None:
    t = Text(text)
    ents = recognise(t, "rules", release=True)
    start = text.index(name)
    assert role_and_organisation(t, start, start + len(name), ents) == (role, org)


def test_resolve_known_person_is_added_with_role_and_organisation() -> None:
    text = "– Vi är glada, säger Kim Olofsson, vd på Acme."
    t = Text(text)
    start = text.index("Kim Olofsson")
    known = [KnownPerson("Kim Olofsson", start, start + 12, role="vd", organisation="Acme")]
    people, _ = resolve_entities(t, [], known)
    assert [(p.name, p.role, p.organisation) for p in people] == [("Kim Olofsson", "vd", "Acme")]
    assert [(m.start, m.end) for m in people[0].mentions] == [(start, start + 12)]


def test_resolve_known_surname_links_to_the_full_name() -> None:
    text = "Monika Jönsson leder arbetet. – Bra, säger Jönsson."
    t = Text(text)
    ents = _ents(text, ("PER", "Monika Jönsson", "Monika Jönsson"))
    start = text.rindex("Jönsson")
    people, _ = resolve_entities(t, ents, [KnownPerson("Jönsson", start, start + 7, role="ordförande")])
    assert [(p.name, p.role, len(p.mentions)) for p in people] == [("Monika Jönsson", "ordförande", 2)]


def test_resolve_lone_first_name_without_full_name_is_dropped() -> None:
    people, _ = _resolve("Hej Anna, välkommen hit.")
    assert people == []
