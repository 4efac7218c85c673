"""Words that mark the parts of a Swedish press release: labels, headings, footers.

Collected from the layouts of Swedish distribution services and issuers
(Mynewsdesk, Cision/MFN/Notified, TT/via.tt.se, Regeringskansliet, municipal
and regional websites). Everything is matched case-insensitively on a whole
line unless noted.
"""

from __future__ import annotations

# Document-type labels printed in the header. The value reported as `kind` is
# the label lowercased as printed.
KIND_LABELS = (
    "pressmeddelande",
    "pressinbjudan",
    "pressinformation",
    "pressrelease",
    "press release",
    "medieinbjudan",
    "mediainbjudan",
    "inbjudan till pressträff",
    "inbjudan till presskonferens",
    "inbjudan till pressvisning",
    "inbjudan till media",
    "inbjudan till medier",
    "inbjudan till medierna",
    "nyhetsbrev",
    "medieinformation",
    "mediainformation",
    "pressnotis",
    "börsmeddelande",
    "stock exchange release",
    "nyhet",
    "nyhetsartikel",
    "produktnyhet",
    "driftinformation",
    "driftmeddelande",
    "debattartikel",
    "debatt",
    "replik",
    "krönika",
    "uttalande",
    "blogginlägg",
    "artikel",
    "evenemang",
)

# Labels that say how a release is classified rather than what it is: they
# belong to the header but are not a kind (gold GUIDELINES: "Regulatorisk" is
# not a kind).
CLASSIFICATION_LABELS = (
    "regulatorisk information",
    "regulatorisk",
    "icke regulatorisk",
    "icke-regulatorisk",
    "insiderinformation",
    "finansiell information",
    "kalenderhändelse",
    "ny version",
    "uppdaterad",
    "rättad version",
)

# Header lines that carry no value of their own: a date caption on its own
# line, a WordPress "Published on", Regeringskansliet's bare "Publicerad".
HEADER_CAPTIONS = (
    "datum",
    "publicerad",
    "publicerat",
    "published",
    "on",
    "uppdaterad",
    "senast uppdaterad",
    "senast ändrad",
    "ändrad",
)

# Captions that say a header date is an update, not the publication date
# ("Uppdaterad 3 juni 2024 · Publicerad 31 maj 2024").
UPDATE_CAPTIONS = ("uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad", "senast ändrad", "updated")

# Captions that open a line giving the publication date, whatever else the
# line says ("Publicerad i Norrbottens Tidning den 14 mars 2024").
PUBLISHED_CAPTIONS = ("publicerad", "publicerat", "published", "publiceringsdatum", "datum")

# A page number line of a PDF copy: "Sida 1 av 2", "Sida 1 (2)", "Page 2 of 3".
PAGE_NUMBER_LINE = r"(?:sida|page|s\.)[ \t]*\d{1,3}(?:[ \t]*(?:\(\d{1,3}\)|(?:av|of|/)[ \t]*\d{1,3}))?"

# A byline under a headline: "Av Elin Berg, kommunikatör", "Text: Per Ek", "By Anna Ek".
BYLINE = r"(?:av|by|text|text och foto|skribent|författare)[ \t]*:?[ \t]+\p{Lu}[^\n.!?]{0,70}"

# A reading-time note under a web headline: "Lästid: 2 minuter", "Lästid 3 min", "Reading time 4 min".
READING_TIME = r"(?:lästid|läsningstid|reading time)[ \t]*:?[ \t]*(?:ca[ \t]+)?\d{1,2}[ \t]*(?:min(?:uter|utes)?|m)\.?"

# Header lines that address or file the release rather than title it:
# "Till nyhetsredaktionen", "Diarienummer: TSG 2023-4471", "Dnr 2.1-123/2020".
HEADER_ADDRESS_LINES = (
    r"till (?:nyhets|sport|kultur|ekonomi)?redaktion(?:en|erna)?",
    r"till (?:media|medierna|pressen|press|nyhetschefen|nyhetsdesken)",
    r"(?:för (?:omedelbar )?publicering|embargo)\b[^\n]{0,60}",
    r"(?:diarienummer|diarienr|dnr|dnr\.|vår referens|referens|mål nr|målnummer|ärendenummer|ärende nr)"
    r"[ \t]*:?[ \t]*\S[^\n]{0,40}",
)

# Headings that open a fact box. "Om <organisation>" and "Om <topic>" are
# matched separately. Not fact boxes: the "Tid", "Plats", "Program" lines of
# an invitation.
FACT_BOX_HEADINGS = (
    "fakta",
    "faktaruta",
    "bakgrund",
    "bra att veta",
    "kort om",
    "om undersökningen",
    "om studien",
    "om rapporten",
    "om projektet",
    "om oss",
    "om företaget",
    "om bolaget",
    "rättelse",
    "förtydligande",
    "tidigare pressmeddelanden",
    "nyckeltal",
    "siffror i korthet",
    "sammanfattning",
    "i korthet",
    "finansiell kalender",
    "finansiella kalender",
    "kalender",
    "kommande rapporttillfällen",
    "viktiga datum",
    "så gjordes",
    "så genomfördes",
    "metod",
    "definitioner",
    "ordlista",
    "telefonkonferens",
    "telefon- och webbkonferens",
    "webbsändning",
    "webbsänd presentation",
    "presentation för investerare och media",
    "så här gör du",
    "så fungerar",
    "så här fungerar",
    "det här är",
    "detta är",
    "urval och metod",
    "tidslinje",
    "historik",
    "tidplan",
    "statistik",
    "juryns motivering",
    "motivering",
    "om priset",
    "om utställningen",
    "om pristagaren",
    "rådgivare",
    "legala rådgivare",
    "finansiella rådgivare",
    "advisers",
    "advisors",
    "om evenemanget",
    "about",
    "about us",
    "summary in english",
    "english summary",
    "summary",
    "in english",
    "facts",
    "background",
)

# Compound headings ending in "fakta": "Kort fakta", "Nyckelfakta", "Snabbfakta".
FACT_BOX_SUFFIX = "fakta"

# Fact-box headings that take a single paragraph: a correction notice sits
# inside the body, and the body goes on after it.
SINGLE_PARAGRAPH_BOXES = ("rättelse", "förtydligande", "uppdaterad", "ny version")

# Lines that open a contact section (the rest of the line may hold a contact).
# Written as regular-expression fragments; matched at the start of a line or
# after sentence punctuation.
CONTACT_HEADINGS = (
    r"(?:för|vid) (?:mer|ytterligare|vidare|fler|närmare) (?:information|upplysningar|frågor|info)"
    r"(?: och (?:intervjuer|bilder|frågor))?(?:[^\n:;]{0,60}?(?:kontakta|vänd dig till|ring|nås|contact))?",
    r"kontakt(?:er|person(?:er)?)? för (?:media|medier|press|pressen|journalister)",
    r"för (?:media|medier|press|journalister)",
    r"(?:för|vid|har du) (?:eventuella )?frågor(?: om [^\n:;]{1,40})?,? (?:vänligen )?(?:kontakta|vänd dig till|ring)",
    r"(?:för|vid) (?:eventuella )?frågor(?: om [^\n:;]{1,40})?",
    r"vill du (?:veta|läsa) mer\??",
    # Finland-Swedish: "Tilläggsuppgifter:", "Närmare upplysningar ger".
    r"tilläggsuppgifter(?: ges av| lämnas av| ger)?",
    r"närmare (?:upplysningar|uppgifter)(?: ges av| lämnas av| ger)?",
    r"kontakta(?: gärna)?",
    r"(?:media|medier|journalister|press) (?:är|hälsas) (?:välkomna|välkommen) att kontakta",
    r"(?:mer|ytterligare|vidare) upplysningar(?: lämnas av| ges av)?",
    r"intervjuförfrågningar(?: och [^\n:;]{1,30})?",
    # A role as the heading of its contact: "Pressansvarig: Anna Ek, 070-…".
    r"press(?:ansvarig|ansvariga|chef|sekreterare|talesperson)(?=[ \t]*:)",
    r"frågor\?",
    # "Frågor:" alone on its line, above the entries.
    r"frågor(?=[ \t]*:[ \t]*$)",
    r"(?:mer|ytterligare|vidare) information(?: lämnas av| ges av| om [^\n:;]{1,40})?",
    r"frågor (?:kan ställas till|besvaras av|om [^\n:;]{1,40} besvaras av)",
    r"upplysningar (?:lämnas av|ges av)",
    r"kontaktperson(?:er)?",
    r"kontakt(?:er|uppgifter|information|info)?",
    r"press ?kontakt(?:er)?",
    r"presskontakter",
    r"mediekontakt(?:er)?",
    r"mediakontakt(?:er)?",
    r"presstjänst(?:en)?",
    # Only as a heading of its own: "Pressjour, 08-…" is an entry, not a heading.
    r"(?:press|medie|media)jour(?:en)?(?=[ \t]*:?[ \t]*$)",
    r"presstelefon(?:en)?",
    r"lämnat av",
    r"for (?:more|further) information(?:,? (?:please )?contact)?",
    r"media contacts?",
    r"press contacts?",
    r"contacts?",
)

# Whole lines that belong to a distribution footer, not to the body.
FOOTER_LINES = (
    r"report this content",
    r"ämnen",
    r"taggar",
    r"kategorier",
    r"bilder",
    r"dokument",
    r"länkar",
    r"relaterade länkar",
    r"relaterat",
    r"relaterade nyheter",
    r"se även",
    r"distribution",
    r"distributionslista",
    r"prenumerera(?: på [^\n]{0,40})?",
    r"följ oss(?: på [^\n]{0,40})?",
    r"dela(?: artikeln| sidan)?",
    r"skriv ut",
    r"läs mer(?: på [^\n]{0,60})?",
    r"bifogade filer",
    r"bilagor?",
    r"ladda ner(?: [^\n]{0,40})?",
    r"tips",
    r"tipsa",
    r"om mynewsdesk",
    r"[-_=*~]{4,}",
)

# Footer lines recognised by their opening words (the rest of the line varies).
FOOTER_OPENINGS = (
    r"denna information skickades av",
    r"detta pressmeddelande (?:skickades|distribuerades) (?:av|via|genom)",
    r"följande filer finns att ladda ned",
    r"(?:denna|den här) information är sådan(?: information)? som",
    r"informationen är sådan(?: information)? som",
    r"informationen lämnades[^\n]{0,80}?för offentliggörande",
    r"[^\n]{1,80} (?:offentliggör|är skyldig att offentliggöra|ska offentliggöra) denna information",
    r"this information is information that",
    r"this information was submitted for publication",
    r"the information was submitted for publication",
    r"senast (?:ändrad|uppdaterad)",
    r"sidan (?:granskades|uppdaterades)",
    r"publicerad(?:es)? av",
    r"\[?(?:https?://|www\.)\S+\]?",
)

# Photo captions.
CAPTION_OPENINGS = (
    r"med på bild(?:en)?",
    r"på bild(?:en)?(?: från vänster| ser vi)?",
    r"bilden visar",
    r"bildtext",
    r"foto(?:graf)?",
    r"bild",
    r"illustration",
    r"photo",
    r"text",
    r"grafik",
    r"(?:ladda ner|ladda ned|högupplöst) (?:bild|bilder|pressbild)",
    r"pressbild(?:er)?",
)

# Lines that sign a release off: the board, a communications department.
SIGN_OFF_LINES = (
    r"styrelsen(?: för [^\n]{1,60}| i [^\n]{1,60})?",
    r"[^\n]{0,40}styrelsen",
    r"ledningen",
    r"(?:kommunikations|informations|press|media|medie)(?:avdelningen|enheten|staben|tjänsten|kontoret)",
    r"med vänlig hälsning",
    r"vänliga hälsningar",
    r"hälsningar",
)

# Capitalised words that open a sentence before a date but are not the place
# of a dateline ("Den 4 maj …", "Sedan 2010-01-01 …").
NOT_PLACES = (
    "den",
    "det",
    "sedan",
    "från",
    "under",
    "efter",
    "före",
    "senast",
    "idag",
    "i",
    "nu",
    "redan",
    "mellan",
    "till",
    "per",
    "t.o.m",
    "fr.o.m",
)

# Words after "Om" that make a short line a sentence, not a heading ("Om du vill …").
ABOUT_NOT_HEADING = (
    "du", "ni", "vi", "man", "det", "den", "han", "hon", "de", "jag", "inte", "så", "än", "att", "någon",
)  # fmt: skip

# First words of the long lines that the patterns above match (contact
# headings with a contact on the same line, footers, captions), for a quick
# test that spares prose lines the full set of patterns. Keep in step with
# CONTACT_HEADINGS, FOOTER_OPENINGS and CAPTION_OPENINGS.
LONG_LINE_OPENINGS = (
    "för", "vid", "har du", "mer", "ytterligare", "vidare", "frågor", "upplysningar", "kontakt", "press",
    "medie", "media", "lämnat", "for", "contact", "denna", "den här", "detta", "följande", "informationen",
    "this", "the information", "senast", "sidan", "publicerad", "http", "www", "[", "-----", "_____", "=====",
    "vill du", "tilläggsuppgifter", "närmare", "journalister", "intervjuförfrågningar",
    "med på bild", "på bild", "bilden", "bildtext", "foto", "bild", "illustration", "photo", "ladda", "högupplöst",
)  # fmt: skip

# Web-page and e-mail furniture above a release: skip links, menus, sharing
# buttons, language switchers, cookie notices. A header line made only of
# these words is not the headline. Lowercase, whole words or phrases.
PAGE_FURNITURE = (
    "till innehållet", "hoppa till innehållet", "gå till huvudinnehållet", "till huvudinnehåll", "meny", "sök",
    "logga in", "lyssna", "dela", "skriv ut", "tipsa", "spara", "kopiera länk", "facebook", "linkedin",
    "twitter", "instagram", "e-post", "epost", "mejla", "print", "share", "english", "svenska",
    "in english", "på svenska", "acceptera", "acceptera alla", "endast nödvändiga", "inställningar",
    "startsida", "hem", "tillbaka", "föregående", "nästa", "visa alla", "alla nyheter",
    # Greetings of a covering e-mail.
    "hej", "hej!", "hejsan", "hej alla", "hej på er", "hello", "hi", "god morgon",
    # Section names of newsrooms and websites, standing alone above a release.
    "nyheter", "pressmeddelanden", "pressreleaser", "press", "pressrum", "pressrummet", "nyhetsrum",
    "aktuellt", "arkiv", "nyhetsarkiv", "media", "för media", "news", "press releases",
)  # fmt: skip

# Words that give a header line away as a cookie notice.
COOKIE_WORDS = ("kakor", "cookies", "cookie")

# Separators of a breadcrumb trail ("Startsida > Press > Pressmeddelanden").
BREADCRUMB_SEPARATORS = (">", "›", "»", "/", "|", "·", "•")

# Fields of an e-mail header that a forwarded release starts with.
EMAIL_HEADER_FIELDS = (
    "från", "skickat", "till", "kopia", "ämne", "datum", "from", "sent", "to", "cc", "subject", "date",
)  # fmt: skip

# Lines that end the covering e-mail of a forwarded release.
FORWARD_SEPARATORS = (
    r"[-_=*~]{5,}",
    # The closing dashes may stand apart: the line splitter cuts a run of dashes off.
    r"-+ ?(?:vidarebefordrat meddelande|forwarded message|ursprungligt meddelande|original message) ?-*",
)
