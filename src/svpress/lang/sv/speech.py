"""Reporting verbs, role words and other words of quote attribution.

Swedish releases attribute quotes with a reporting verb and the speaker,
after the quote (", säger Anna Ek, vd på X.") or before it ("Anna Ek säger:").
"""

from __future__ import annotations

# Present and past forms. Deliberately left out: verbs that mostly take a
# clause rather than a quote ("tror", "hoppas", "anser", "tycker", "hävdar",
# "uppger", "vet", "vill"): "Jag hoppas att många …" is not an attribution.
# Some of them attribute a quote after a comma: see COMMA_ONLY_VERBS.
REPORTING_VERBS = (
    "säger",
    "sade",
    "sa",
    "menar",
    "menade",
    "berättar",
    "berättade",
    "kommenterar",
    "kommenterade",
    "konstaterar",
    "konstaterade",
    "förklarar",
    "förklarade",
    "fortsätter",
    "fortsatte",
    "avslutar",
    "avslutade",
    "betonar",
    "betonade",
    "understryker",
    "underströk",
    "poängterar",
    "poängterade",
    "tillägger",
    "tillade",
    "påpekar",
    "påpekade",
    "framhåller",
    "framhöll",
    "skriver",
    "skrev",
    "svarar",
    "svarade",
    "sammanfattar",
    "sammanfattade",
    "summerar",
    "summerade",
    "inflikar",
    "utvecklar",
    "resonerar",
    "uttalar",
    "säjer",
    "says",
    "said",
    "comments",
    "adds",
    "explains",
)

# Verbs of opinion and admission that are also everyday verbs inside a quote
# ("Jag tror Anna Ek klarar det"): they attribute a quote only after a comma
# ("– Det blir bra, tror Anna Ek.").
COMMA_ONLY_VERBS = (
    "tycker", "tyckte", "anser", "ansåg", "tror", "trodde", "hoppas", "hoppades", "medger", "medgav",
    "uppger", "uppgav", "varnar", "varnade", "påminner", "påminde", "fastslår", "fastslog",
)  # fmt: skip

# "enligt X" attributes a quote too, but only after it.
ACCORDING_TO = ("enligt",)

# Words that end an attribution clause and begin narrative again.
CLAUSE_BREAKERS = (
    "i en kommentar",
    "i ett pressmeddelande",
    "i ett uttalande",
    "i ett skriftligt uttalande",
    "till",
    "i samband med",
    "efter",
    "under",
    "vid",
    "när",
    "som",
    "och",
)

# Role words printed as upper-case acronyms (they break a run of capitalised
# name tokens: "Kungsledens VD Thomas Erséus").
ROLE_ACRONYMS = (
    "VD",
    "vd",
    "vVD",
    "VVD",
    "vvd",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "CIO",
    "CMO",
    "CHRO",
    "IR",
    "KSO",
    "KSO:s",
    "GD",
    "HR-chef",
    "IT-chef",
)

# Openings of a preceding paragraph that announce the next quote ("följande
# kommentar:"); the paragraph must end with a colon.
ANNOUNCING_WORDS = ("kommentar", "kommenterar", "säger", "sade", "sa", "berättar", "förklarar", "uttalar", "uttalande")

# Nouns that introduce a title in quotation marks: a title is not a quote.
TITLE_NOUNS = (
    "rapporten",
    "rapport",
    "boken",
    "bok",
    "filmen",
    "film",
    "projektet",
    "projekt",
    "programmet",
    "kampanjen",
    "kampanj",
    "temat",
    "tema",
    "konferensen",
    "seminariet",
    "utställningen",
    "föreställningen",
    "skriften",
    "studien",
    "undersökningen",
    "utredningen",
    "artikeln",
    "serien",
    "låten",
    "albumet",
    "priset",
    "utmärkelsen",
    "satsningen",
    "initiativet",
    "nätverket",
    "podden",
    "podcasten",
    "titeln",
    "rubriken",
    "namnet",
    "begreppet",
    "konceptet",
    "strategin",
    "handlingsplanen",
    "planen",
    "appen",
)

# A quoted passage with fewer words than this is a scare quote or a name,
# unless a reporting verb attributes it.
MIN_QUOTE_WORDS = 4

# A paragraph without dash or marks ("Avtalet är klart, kommenterar X.") is
# read as a quote only from this many words.
MIN_PLAIN_QUOTE_WORDS = 3

# Supine and other forms that report speech without quoting it directly:
# "har sagt att …", "har skrivit att …" (followed by the speaker's words in marks).
REPORTED_VERBS = (
    "sagt", "skrivit", "förklarat", "betonat", "uttalat", "understrukit", "konstaterat", "kommenterat",
    "berättat", "menat", "påpekat", "framhållit", "hävdat", "uppgett", "svarat", "meddelat", "beskrivit",
    "kallat", "kallar", "beskriver", "beskrev", "meddelar", "meddelade", "uppger", "uppgav", "hävdar", "hävdade",
)  # fmt: skip

# Words that cannot stand between a reporting verb and the speaker's name:
# "hoppas att många Ekebybor" is a clause, "säger domprost Anna Ek" a title.
NOT_TITLE_WORDS = (
    "att", "som", "det", "den", "de", "dem", "en", "ett", "man", "vi", "jag", "du", "ni", "han", "hon",
    "inte", "många", "alla", "också", "även", "bara", "nu", "då", "så", "här", "där", "och", "men", "eller",
    "till", "om", "med", "av", "för", "på", "i", "vid", "från", "hos", "mot", "efter",
)  # fmt: skip

# Endings of definite common nouns that can stand where a speaker's name would
# ("Juryn", "Styrelsen", "Kommunen", "Företaget", "Arrangörerna").
DEFINITE_NOUN_ENDINGS = ("yn", "en", "et", "erna", "arna", "orna", "ena")

# Words that may stand before the person a sentence is about ("Nya vd:n Anna Ek
# …"); a sentence opening otherwise ("Nu tar Anna Ek …") is not about her alone.
SUBJECT_LEAD_WORDS = ("även", "också", "nya", "nye", "den", "nyblivne", "nyblivna", "tillträdande", "avgående")
