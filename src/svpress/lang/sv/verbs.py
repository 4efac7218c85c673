"""Reporting verbs: the word before a speaker's name ("säger Anna Ek")."""

from __future__ import annotations

REPORTING_VERBS = frozenset(
    """säger sa sade menar berättar konstaterar förklarar fortsätter understryker påpekar tycker anser
    framhåller betonar avslutar tillägger skriver uppger meddelar hävdar kommenterar poängterar tror svarar
    frågar hälsar välkomnar beskriver summerar sammanfattar ler skrattar utbrister""".split()
)
"""Verbs that introduce a speaker after a quote; the person's name follows."""

PERSON_VERBS = REPORTING_VERBS - {"skriver", "meddelar", "uppger", "rapporterar", "fortsätter", "kommenterar"}
"""Reporting verbs after which a lone capitalised word is a person: newspapers and agencies also
"skriver", "meddelar" and "uppger" ("skriver Metro")."""
