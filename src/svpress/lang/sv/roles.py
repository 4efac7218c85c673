"""Roles and titles that stand beside a person's name ("vd", "ordförande", "presschef på …").

Roles are mostly lowercase common nouns, so compounds are recognised by
their ending ("näringslivschef", "förbundsordförande", "kommunalråd"); the
whole words below are those no ending catches. Function contacts
("Presstjänsten", "SJs pressavdelning") name a unit, not a person.
"""

from __future__ import annotations

from functools import lru_cache

ROLE_WORDS = frozenset(
    """vd ordförande förbundsordförande styrelseordförande ordf vice tf t.f. biträdande tillförordnad
    presschef pressansvarig presstalesperson talesperson talesman presskontakt pressekreterare informatör
    kommunikatör presskommunikatör informationschef kommunikationschef kommunikationsdirektör chef direktör
    generaldirektör överdirektör gd rektor prorektor prefekt dekan dekanus professor docent forskare
    doktorand lektor universitetslektor adjunkt ekonom chefsekonom analytiker kommunalråd oppositionsråd
    regionråd landstingsråd länsråd minister statsminister statsråd statssekreterare sakkunnig åklagare
    chefsåklagare kammaråklagare överåklagare projektledare projektchef verksamhetschef avdelningschef
    enhetschef förvaltningschef kommundirektör regiondirektör stadsdirektör landshövding riksdagsledamot
    partiledare partisekreterare ansvarig handläggare samordnare koordinator sekreterare generalsekreterare
    grundare medgrundare ägare delägare partner ledamot styrelseledamot suppleant överläkare chefläkare
    läkare sjuksköterska marknadschef försäljningschef ekonomichef finanschef personalchef kulturchef
    skolchef förskolechef utvecklingschef näringslivschef planeringschef miljöchef trafikchef distriktschef
    regionchef platschef stabschef produktchef affärsområdeschef divisionschef koncernchef affärsutvecklare
    konsult rådgivare advokat jurist polis kommissarie poliskommissarie polisinspektör länsöverdirektör
    kanslichef ombudsman talman borgmästare stadsarkitekt arkitekt ingenjör strateg utredare inspektör
    expert specialist medarbetare konstnärlig konstnär curator författare musiker dirigent intendent kurator
    förbundskapten tränare kapten entreprenör ceo cfo coo cto cmo cio chro vvd kso
    rådman chefsrådman lagman domare nämndeman notarie tingsnotarie hovrättsnotarie fiskal
    festivalgeneral tävlingsgeneral mässgeneral projektgeneral""".split()
)
"""Role words as printed in lower case; "VD" and "Vd" are matched case-insensitively."""

ROLE_ENDINGS = (
    "chef", "direktör", "ansvarig", "ordförande", "råd", "minister", "ledare", "sekreterare", "åklagare",
    "läkare", "ekonom", "ingenjör", "handläggare", "samordnare", "strateg", "kommunikatör", "forskare",
    "professor", "rektor", "talesperson", "ombudsman", "chefen", "ledamot", "konsult", "expert", "rådgivare",
    "informatör", "koordinator", "analytiker", "specialist", "lektor", "utredare", "inspektör", "intendent",
    "redaktör", "planerare", "utvecklare", "assistent", "tekniker", "pedagog", "hövding", "sköterska",
    "kapten", "domare",
)  # fmt: skip
"""Endings of compound role words ("näringslivschef", "förbundsordförande", "kommunalråd")."""

DEFINITE_ENDINGS = ("et", "en", "n", "t", "nen")
"""Definite endings of role nouns before a name: "hovrättsrådet", "curatorn", "sjuksköterskan",
"rådmannen" (a final "n" doubled)."""

ENGLISH_TITLES = frozenset(
    """head director manager officer chief president vice chairman chair founder editor secretary
    member lead coordinator spokesperson adviser advisor analyst controller""".split()
)
"""English title nouns that open or end a role phrase: "Head of Communications", "Certified Adviser"."""

PROFESSION_ENDINGS = ("nist", "list", "tist", "rist")
"""Endings of profession nouns that may stand capitalised before an employer: "Solohornist", "Journalist",
"Cellist", "Jurist" (not "-vist": "Lindqvist" is a surname)."""

ROLE_PREPOSITIONS = frozenset({"för", "på", "vid", "hos", "i", "inom", "till"})
"""Prepositions linking a role to its organisation: "vd för X", "presschef på X", "ordförande i X"."""


@lru_cache(maxsize=1 << 16)
def is_role(word: str) -> bool:
    """True for a role word or compound ("VD", "förbundsordförande", "näringslivschef")."""
    w = word.casefold()
    return w in ROLE_WORDS or (len(w) > 5 and w.endswith(ROLE_ENDINGS))


# Nouns naming a function rather than a person: a contact named only by one
# of these has no person name ("Presstjänsten", "Saabs presscenter").
FUNCTION_NOUNS = (
    "presstjänst", "presstjänsten", "presscenter", "presscentre", "pressavdelning", "pressavdelningen",
    "presskontor", "presskontoret", "pressjour", "pressjouren", "pressrum", "pressrummet", "presstelefon",
    "presstelefonen", "mediejour", "mediejouren", "mediakontakt", "mediekontakt", "kommunikationsavdelning",
    "kommunikationsavdelningen", "informationsavdelning", "informationsavdelningen", "kundtjänst",
    "kundtjänsten", "kundservice", "växel", "växeln", "kontaktcenter", "servicecenter", "investor relations",
    "press office", "media relations", "newsdesk", "presskontakt", "mediakontakt", "mediekontakt",
    "kansli", "kansliet", "sekretariat", "sekretariatet", "reception", "receptionen", "expedition",
    "expeditionen", "registrator", "registratorn", "kundcenter",
)  # fmt: skip

# Short labels that, before a colon and a phone or address, make a line a
# function contact of its own ("Press: press@ekbo.se", "Mediejour: 08-…").
# Function nouns ("Växel", "Pressjouren") count too.
FUNCTION_LABELS = ("press", "media", "medier", "pressfrågor", "mediefrågor", "journalister")

# Column captions of a contact table ("Namn   Roll   Telefon   E-post"): a
# line made only of these names no one.
TABLE_CAPTIONS = frozenset(
    """namn name roll role titel title befattning funktion organisation organization telefon tel tfn mobil
    mobilnummer phone mobile e-post epost e-mail email mejl mail""".split()
)

# Labels printed beside a phone number or e-mail address in a contact entry.
CONTACT_LABELS = (
    "tfn", "tel", "telefon", "telefonnummer", "mobil", "mobilnr", "mobiltelefon", "mob", "direkt", "direktnr",
    "växel", "fax", "telefax", "e-post", "epost", "e-mail", "email", "mail", "mejl", "phone", "mobile", "cell",
    "nås på", "nås via",
)  # fmt: skip

# Words that join two numbers or addresses in an entry ("08-… eller 070-…");
# a part made only of these is dropped.
CONTACT_CONNECTORS = ("och", "eller", "samt", "på", "via", "nås", "or", "and")
