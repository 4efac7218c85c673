"""Roles and titles that stand beside a person's name ("vd", "ordförande", "presschef på …")."""

from __future__ import annotations

from functools import lru_cache

ROLE_WORDS = frozenset(
    """vd ordförande förbundsordförande styrelseordförande ordf vice tf biträdande presschef pressansvarig
    presstalesperson talesperson presskontakt pressekreterare informatör kommunikatör informationschef
    kommunikationschef kommunikationsdirektör chef direktör generaldirektör överdirektör rektor prorektor
    professor docent forskare doktorand lektor universitetslektor ekonom chefsekonom analytiker kommunalråd
    oppositionsråd regionråd landstingsråd minister statsminister statsråd statssekreterare åklagare
    chefsåklagare kammaråklagare överåklagare projektledare projektchef verksamhetschef avdelningschef
    enhetschef förvaltningschef kommundirektör regiondirektör stadsdirektör landshövding riksdagsledamot
    partiledare partisekreterare ansvarig handläggare samordnare koordinator sekreterare generalsekreterare
    grundare medgrundare ägare delägare ledamot styrelseledamot överläkare läkare sjuksköterska
    marknadschef försäljningschef ekonomichef finanschef personalchef kulturchef skolchef förskolechef
    utvecklingschef näringslivschef planeringschef miljöchef trafikchef distriktschef regionchef platschef
    produktchef affärsområdeschef divisionschef koncernchef affärsutvecklare konsult advokat jurist
    kommissarie polisinspektör länsöverdirektör kanslichef ombudsman talman borgmästare stadsarkitekt
    strateg utredare inspektör expert specialist medarbetare konstnärlig dirigent intendent kurator
    ceo cfo coo cto cmo vvd kso""".split()
)
"""Role words as printed in lower case; "VD" and "Vd" are matched case-insensitively."""

ROLE_ENDINGS = (
    "chef", "direktör", "ansvarig", "ordförande", "råd", "minister", "ledare", "sekreterare", "åklagare",
    "läkare", "ekonom", "ingenjör", "handläggare", "samordnare", "strateg", "kommunikatör", "forskare",
    "professor", "rektor", "talesperson", "ombudsman", "chefen", "ledamot", "konsult", "expert", "rådgivare",
)  # fmt: skip
"""Endings of compound role words ("näringslivschef", "förbundsordförande", "kommunalråd")."""

ROLE_PREPOSITIONS = frozenset({"för", "på", "vid", "hos", "i", "inom", "till"})
"""Prepositions linking a role to its organisation: "vd för X", "presschef på X", "ordförande i X"."""


@lru_cache(maxsize=1 << 16)
def is_role(word: str) -> bool:
    """True for a role word or compound ("VD", "förbundsordförande", "näringslivschef")."""
    w = word.casefold()
    return w in ROLE_WORDS or (len(w) > 5 and w.endswith(ROLE_ENDINGS))
