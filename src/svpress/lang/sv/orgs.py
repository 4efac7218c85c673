"""Organisation language data: gazetteers, legal forms, name shapes, and what is not an organisation.

Gazetteer rows live in ``data/organisations.tsv`` (built by ``tools/build_gazetteers.py``
from SCB's Myndighetsregistret, ESV, Statskontoret, and hand-collected facts; see
``data/SOURCES.md``) and ``data/companies.txt`` (large companies and media, hand-made).
"""

from __future__ import annotations

from functools import cache

from svpress.lang.sv.resources import lines, rows


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Organisation names → (kind, canonical name); canonical is the name itself unless an alias."""
    out: dict[str, tuple[str, str]] = {}
    for row in rows("organisations.tsv"):
        name, kind = row[0], row[1]
        canonical = row[2] if len(row) > 2 and row[2] else name
        out[name] = (kind, canonical)
    # Written alone with a capital letter, "Länsstyrelsen" names the county's board (a lower-case
    # "länsstyrelsen" is a reference and never reaches this table).
    out.setdefault("Länsstyrelsen", ("county_board", "Länsstyrelsen"))
    for name in lines("companies.txt"):
        out.setdefault(name, ("company", name))
    for name in lines("associations.txt"):
        out.setdefault(name, ("association", name))
    for name in lines("clubs.txt"):
        out.setdefault(name, ("club", name))
    # "Högskolan Dalarna" is also written "Högskolan i Dalarna", and the reverse.
    for name, (kind, canonical) in list(out.items()):
        if kind == "university" and name.startswith("Högskolan "):
            rest = name.removeprefix("Högskolan ")
            variant = f"Högskolan {rest[2:]}" if rest.startswith("i ") else f"Högskolan i {rest}"
            out.setdefault(variant, (kind, canonical))
    # County boards are usually written "Länsstyrelsen Dalarna" or "Länsstyrelsen i Dalarna".
    for name, (kind, canonical) in list(out.items()):
        if kind == "county_board":
            county = name.removeprefix("Länsstyrelsen i ").removesuffix(" län")
            short = county[:-1] if county.endswith("s") and not county.endswith("ss") else county
            for variant in (f"Länsstyrelsen {short}", f"Länsstyrelsen i {short}", f"Länsstyrelsen {county} län"):
                out.setdefault(variant, (kind, canonical))
    return out


@cache
def gazetteer_folded() -> dict[str, tuple[str, str]]:
    """:func:`gazetteer` keyed by case-folded name."""
    return {k.casefold(): v for k, v in gazetteer().items()}


@cache
def places() -> frozenset[str]:
    """Place names (municipality seats, counties, provinces, countries): places, not organisations."""
    return frozenset(lines("places.txt")) | frozenset(lines("places_extra.txt"))


PLACE_ENDINGS = (
    "lunden", "skären", "skäret", "udden", "holmen", "holmarna", "viken", "berget", "backen", "hagen", "ängen",
    "ängarna", "fjärden", "sjön", "älven", "forsen", "skogen", "slätten", "heden", "mossen", "myren", "kullen",
    "åsen", "näset", "öarna", "stranden", "sundet", "gärdet", "fältet", "kvarteret", "torget", "gatan", "vägen",
    "parken", "platsen", "gränd", "gränden", "allén",
)  # fmt: skip
"""Definite topographic nouns that end a compound place name: "Kopparlunden", "Gräsöskären", "Björkudden",
"Storgatan". Written by hand (Swedish place-name formation); a compound with one of these is a place,
not an organisation or a person, unless a gazetteer or an organisation word says otherwise."""


@cache
def party_letters() -> frozenset[str]:
    """Party abbreviations ("S", "M", "KD"): never an organisation entry of their own."""
    return frozenset(lines("party_letters.txt"))


LEGAL_FORMS = frozenset(
    {"AB", "Aktiebolag", "HB", "KB", "Oyj", "Oy", "Abp", "ASA", "AS", "A/S", "ApS", "Ltd", "Inc", "GmbH", "plc",
     "AG", "SA", "NV", "BV", "LLC", "Corp", "Group", "Holding", "Limited", "LLP", "OÜ", "SIA", "UAB"}
)  # fmt: skip
"""Legal-form words (and "Group"/"Holding") that end a company name: "Kungsleden AB", "Nokia Oyj", foreign ones
("Meta Platforms Ireland Limited", Estonian "OÜ", Latvian "SIA", Lithuanian "UAB")."""

NAME_CLOSERS = LEGAL_FORMS | {"Stiftelse"}
"""Words that close a name opened by a prefix word: "Svenska Mässan Stiftelse", "AB Nordströms Kvarn Ltd"."""

LEGAL_FORMS_SCORED_AWAY = frozenset(
    {"AB", "Aktiebolag", "Oyj", "Oy", "Abp", "ASA", "A/S", "AS", "Ltd", "Inc", "GmbH", "plc"}
)
"""Legal forms that do not make a different organisation ("Kungsleden AB (publ)" = "Kungsleden")."""

PREFIX_WORDS = frozenset({"Region", "Stiftelsen", "Föreningen", "Förbundet", "Kooperativet", "Bostadsrättsföreningen",
                          "Länsstyrelsen", "Högskolan", "Universitetet", "Institutionen", "Stiftelse", "Landstinget",
                          "Kommunförbundet", "Regionförbundet", "Nätverket", "Klustret", "Förskolan", "Skolan",
                          "Gymnasiet", "Folkhögskolan", "Kulturskolan", "Musikskolan", "Akademiska",
                          "Sjukhuset", "Riksförbundet", "Svenska", "Sveriges", "Kungl.", "Kungliga", "AB", "Studio",
                          "Advokatfirman", "Advokatbyrån", "Bokförlaget", "Förlaget"})  # fmt: skip
"""Capitalised words that open an organisation name: "Region Dalarna", "Stiftelsen Teknikdalen", "AB Volvo",
"Studio Kvarnholm", "Advokatfirman Vinge" (a firm's name, not a description before it)."""

HEAD_NOUNS = frozenset(
    """universitet universitetet högskola högskolan kommun stad landsting tingsrätt hovrätt kammarrätt
    förvaltningsrätt sjukhus lasarett universitetssjukhus gymnasium skola folkhögskola kulturskola musikskola
    bibliotek museum teater församling stift bygg förlag tidning tidningen stadsmission kvinnojour kommunalförbund
    energi fastigheter bostäder hamn el kommune sykehus sygehus høgskole sameby studentkår""".split()
)
"""Lower-case nouns that end an organisation name after a capitalised word: "Uppsala universitet", "Skara kommun",
"Handölsdalens sameby", "Lunds studentkår";
Norwegian and Danish ones too ("Bergen kommune", "Haukeland sykehus")."""

HEAD_ENDINGS = (
    "klubb", "klubben", "byrå", "byrån", "konditori", "galleri", "gallery", "förbund", "förening", "bageri",
    "bryggeri", "förlag", "åkeri", "verkstad", "hotell", "restaurang", "orkester", "domstolen", "tingsrätt",
    "församling", "skola", "gymnasium", "stiftelse", "institut", "akademi", "sällskap", "bank", "teater",
    "museum", "bibliotek", "sjukhus", "universitet", "högskola", "kommun", "biblioteket", "museet",
    "sjukhuset", "gymnasiet", "teatern", "akademien", "institutet", "kammare",
)  # fmt: skip
"""Endings of lower-case compounds that end a name the same way: "Hjo tennisklubb", "Filmägarnas kontrollbyrå"."""

SUFFIXES = (
    "förbundet", "förbund", "föreningen", "förening", "verket", "myndigheten", "departementet", "institutet",
    "inspektionen", "universitetet", "högskolan", "akademien", "akademin", "bolaget", "banken", "kassan",
    "fonden", "förvaltningen", "kansliet", "kontoret", "avdelningen", "avdelning", "enheten", "divisionen",
    "division", "kliniken", "sjukvården", "museet", "teatern", "orkestern", "orkester", "partiet", "stiftelsen",
    "koncernen", "gruppen", "centrum", "centret", "skolan", "gymnasiet", "sjukhuset", "församlingen",
    "ombudsmannen", "sällskapet", "klubben", "nätverket", "byrån", "tidningen", "posten", "bladet", "kuriren",
    "allehanda", "domstolen", "rätten", "revisionen", "tjänsten", "unionen", "alliansen",
    "organisationen", "arbetsgivarna", "företagen", "fastigheter", "bostäder", "kraft", "energi",
    "kommun", "regionen", "landstinget", "universitet", "högskola", "tjänst", "centralen", "industrier",
    "skola", "musikskola", "region", "jouren", "jour", "företagarna", "bank", "klubb", "byrå", "bryggeri", "bageri",
    "åkeri", "förlag", "tryckeri", "snickeri", "konditori", "gymnasium", "museum", "teater", "sjukhus", "institut",
    "sällskap", "främjandet", "stiftelse", "institutionen", "bolag", "holding", "ägarna", "partner",
    "facket", "kammaren", "kammare", "center", "organisation", "vårdcentral", "vårdcentralen", "förlaget",
    "förlagen",
)  # fmt: skip
"""Word endings of organisation names: "Livsmedelsarbetareförbundet", "Tillväxtverket", "Regionkansliet",
"Byggfacket", "Åklagarkammaren", "Viltskadecenter", "Centralorganisation", "Bokförlaget"."""

LOOKALIKE_ENDINGS = ("vägarna", "vägar")
"""Word endings that end in an organisation ending by accident: "Bilvägarna" (roads) is no "-ägarna"."""

NOT_ORG_SUFFIXES = (
    "styrelsen", "styrelse", "nämnden", "nämnd", "utskottet", "utskott", "kommittén", "kommitté", "utredningen",
    "utredning", "fullmäktige", "beredningen", "delegationen", "mötet", "konferensen",
    "dagen", "dagarna", "veckan", "festivalen", "mässan", "priset", "projektet", "programmet",
)  # fmt: skip
"""Boards, committees, inquiries, events: "Kommunstyrelsen", "Byggnadsnämnden" are not organisations.

A gazetteer entry overrides ("Socialstyrelsen", "Brottsförebyggande rådet" are agencies)."""

INSTITUTION_NOUNS = ("parlamentet", "parlament", "kommissionen", "kommission", "rådet", "ministeriet", "sekretariatet")
"""Definite nouns that name a body after an acronym ("EU-parlamentet", "FN-sekretariatet"): a name, not a thing."""

UNIT_NOUNS = ("förvaltning", "kansli", "kontor", "klinik", "enhet", "division", "avdelning", "sektion", "institution")
"""Units inside an organisation that count when written as a proper name ("Bildningsförvaltningen")."""

SPORT_SECTIONS = frozenset({"Fotboll", "Hockey", "Ishockey", "Bandy", "Handboll", "Innebandy", "Basket", "Friidrott"})
"""Sports that name a club's section or company after the club: "Hammarby Fotboll", "Leksand Hockey"."""

SPORTS_FORMS = frozenset("IF IK BK FF SK HC FC GIF SF AIK BoIS FK HK IBK BS IFK IL UL IS".split())
"""Sports-club forms that end (or start) a club name: "Helsingborgs IF", "Stockviks SF", "IFK Luleå", "Kareby IS";
Norwegian idrettslag and ungdomslag too ("Tromsø IL", "Bossekop UL")."""

MEASURE_WORDS = frozenset(
    """kW kWh MW MWh GW GWh TW TWh kV kVA MVA Wh Hz kHz MHz GHz ppm CO2 NOx SO2 PM10 m2 m3 km2 kvm
    MSEK TSEK KSEK BSEK MDSEK MEUR TEUR MUSD TUSD MNOK MDKK Mkr Mdkr Tkr MKR TKR MDKR
    EBIT EBITA EBITDA EBT EPS ROE ROA ROI ROCE CAGR IRR NPV NAV KPI IFRS GAAP YoY LTM ESG CSR SDG""".split()
)
"""Units, amounts and financial key figures written in capitals ("GWh", "MSEK", "EBITDA"): never an
organisation. Written by hand from SI units and common Swedish and international report terms."""

FILE_WORDS = frozenset(
    """ZIP RAR PDF DOC DOCX XLS XLSX PPT PPTX CSV XML JSON HTML TXT RTF JPG JPEG PNG GIF TIF TIFF SVG EPS
    MP3 MP4 MOV AVI WAV DOI ISSN ISBN ORCID URN""".split()
)
"""File formats and document identifiers written in capitals ("ZIP, 48 MB", "DOI 10.1016/…"): no
organisation. Written by hand from common file extensions and bibliographic identifiers."""

NOT_ACRONYMS = (
    frozenset(
        """VD VVD CEO CFO COO CTO CIO CMO HR IT PR TV AB AS SA OK PS OBS NB ID PDF PM KL ST CA MB GB KB
        ÅÄÖ USA OS VM EM SM JVM CET CEST EET EEST UTC GMT EUR SEK USD NOK DKK MSEK MDKR MKR KR TKR ISBN KSO RSS
        FAQ URL WWW HTTP SMS GPS AI VR BNP KPI VMA""".split()
    )
    | MEASURE_WORDS
    | FILE_WORDS
)
"""All-capital words that are not organisations ("VD", "IT", "PDF"); "USA" is a place."""

LANGUAGE_WORDS = frozenset(
    """Svenska Svensk Svenskt Engelska English Norska Danska Finska Tyska Franska Spanska Arabiska
    Swedish Norwegian Danish Finnish Nordiska""".split()
)
"""Language names and national adjectives: alone, a language ("Svenska | English") or an adjective
("Svenska mästerskapen"), never an organisation; they open names ("Svenska kyrkan") only with more."""

PLATFORMS = frozenset(
    """Facebook Instagram LinkedIn Linkedin Twitter YouTube Youtube TikTok Snapchat Pinterest Flickr Vimeo
    Threads WhatsApp Bluesky Mastodon MFN Cision Mynewsdesk""".split()
)
"""Social media and the newswires releases are published on: in a release they are channels ("Följ oss
på Facebook", "Dela: LinkedIn", a "MFN › …" crumb), not organisations the release is about (gold
GUIDELINES: web addresses and products are not listed)."""

NAVIGATION_WORDS = frozenset(
    """Nyheter Nyhetsrum Pressrum Pressmeddelanden Aktuellt Startsida Meny Sök Dela Tweeta Kopiera Lyssna
    Biljetter Kontakt Kontakta Press Media Bilder Relaterat Ämnen""".split()
)
"""Words of a web page's menus, crumbs and share bars: alone they name no organisation ("Nyheter" under a
letterhead, "Dela   Tweeta   Kopiera länk")."""

CALENDAR_WORDS = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
"""English months and weekdays (bilingual releases: "on 1 January 2023"): alone they name no organisation."""

BUILDING_ENDINGS = ("huset", "hallen", "arenan", "salen", "stadion")
"""Endings of a building's or a venue's name ("Stadshuset", "Sporthallen"): after "i", "på" or "till" it is the
place of an event, not an organisation (gold GUIDELINES)."""

NOT_NAMES_ALONE = LANGUAGE_WORDS | NAVIGATION_WORDS | CALENDAR_WORDS
"""Words that, alone, are never an organisation's name (resolution leaves them out)."""

COUNTY_PREFIXES = frozenset({"Region", "Landstinget"})
"""Words before a county's name ("Region Dalarna", "Landstinget Sörmland"): what follows names a county."""

OF_HEADS = frozenset({"University", "College", "Institute", "School", "Academy", "Museum", "Bank", "Council"})
"""English institution nouns followed by "of" and a name: "University of Leeds", "Bank of England"."""

MARKET_SEGMENTS = frozenset({"Large", "Mid", "Small", "Micro"})
"""Words before "Cap" that name a market segment ("Nasdaq Stockholm, Mid Cap"): no organisation."""

ORG_WORDS = frozenset(
    """International Group Partners Securities Brothers Motor Motors Bank Capital Invest Investment Law
    Consulting Systems Solutions Media Energy Airlines Airways Hotel Gallery Club United Band Orchestra Network
    Valley Labs Foundation Institute University College Museum Records Pictures Studios Nordic Scandinavia
    Technologies Technology Industries Industri Fastigheter Bostäder Entreprenad Bygg Förlag Holding AB
    Company Corporation Services Logistics Pharma Biotech Therapeutics Medical Insurance Finance Fund Trust
    Agency Alliance Association Council Committee Society Union Federation Forum Institute Center Centre
    Teater Teatern Orkester Kör Gruppen Konsult Konsulter Advokatbyrå Arkitekter Revision Försäkring
    Bruk Bruks Communications Universitet Universitetet Høgskole Høgskolen Højskole Sykehus Sygehus Kommune
    Institutt""".split()
)
"""Capitalised words that end an organisation name: "Colliers International", "Lehman Brothers", "Nordia Law",
"Danmarks Tekniske Universitet"."""

BUSINESS_HEADS = frozenset(
    """Kraft Energi Vatten Vind Värme Stål Trä Kvarn Bygg Byggnad Fastigheter Fastighet Bostäder Bostad
    Logistik Transport Transporter Åkeri Frakt Spedition Livs Handel Mekaniska Mekanik Verkstad Verkstäder
    Industri Industrier Teknik Konsult Konsulter Data Plåt Måleri Rör Glas Betong Grus Såg Sågverk Bruk
    Bryggeri Bageri Mejeri Chark Slakteri Fisk Foder Lantbruk Lantmän Skog Städ Service Larm Säkerhet Vård
    Omsorg Tandvård Apotek Optik Förlag Tryckeri Reklam Design Arkitekter Revision Invest Kapital Finans
    Förvaltning Försäkring Försäkringar Resor Buss Taxi Flyg Rederi Turism Camping Hotell Kafé Café
    Restaurang Bilar Maskin Maskiner Elektronik Kemi Plast Papper Textil Möbler Inredning Trädgård Miljö
    Återvinning Avfall Entreprenad Anläggning Gruppen Partner Gjuteri Smide Hamn Hamnar Montage""".split()
)
"""Capitalised nouns that Swedish firms are named with, last after a name word: "Fjällvind Kraft",
"Lövsta Kvarn", "Ekåsens Bygg", "Grönvalls Livs". Written by hand as language data (common Swedish
business naming, the way a trade register reads), not as a list of firms. After a known first name
they are a surname instead ("Erik Stål", "Karin Skog")."""

BUSINESS_ENDINGS = ("eri", "ori")
"""Trades named by a noun in -eri/-ori ("Kafferosteri", "Charkuteri", "Konditori"), which end firms' names."""

STATE_GENITIVES = ("Statens",)
"""Genitives that open the name of a state agency with a lower-case noun: "Statens kulturråd",
"Statens vegvesen" (Norwegian), "Statens energimyndighet"; see STATE_AGENCY_ENDINGS."""

STATE_AGENCY_ENDINGS = (
    "verk", "råd", "myndighet", "inspektion", "nämnd", "styrelse", "institut", "museer", "museum", "kommission",
    "anstalt", "samlingar", "arkiv", "bank", "fond", "centrum", "center", "kontor", "vesen", "tilsyn",
    "direktorat", "verket", "rådet",
)  # fmt: skip
"""Endings of the noun after "Statens" that make an agency's name ("Statens fastighetsverk", "Statens
kulturråd", "Statens vegvesen", "Statens helsetilsyn"; Swedish, Norwegian and Danish state bodies). Other
nouns ("Statens stöd", "Statens finanser") are what the state has, not an agency."""

REGION_WORDS = frozenset({"Nord", "Syd", "Väst", "Öst", "Mitt", "Norr", "Söder", "Mellan", "Sydost", "Nordost",
                          "Sydväst", "Nordväst"})  # fmt: skip
"""Compass words that name the region of a branch or unit: "Polisregion Nord", "Hemtjänstförbundet Väst"."""

GENERIC = frozenset(
    """bolaget företaget koncernen kommunen regionen förbundet föreningen myndigheten stiftelsen universitetet
    högskolan skolan förskolan gymnasiet sjukhuset institutet verket departementet banken fonden gruppen
    huvudkontoret tingsrätten landstinget partiet akademien nätverket enheten avdelningen
    förvaltningen kansliet kontoret klubben centret""".split()
)
"""Nouns that alone are a reference, not a name ("Bolaget", "Kommunen"); a capitalised "Länsstyrelsen" is a name."""

GENERIC_ENDINGS = (
    "bolaget", "företaget", "koncernen", "kontoret", "förändringen", "ledningen", "gruppen", "organisationen",
)  # fmt: skip
"""Endings of common nouns that open sentences ("Fastighetsbolaget har …")."""

FOR_HEADS = (
    "institutet", "institutionen", "stiftelsen", "föreningen", "centrum", "centret", "sällskapet", "akademien",
    "förbundet", "enheten", "avdelningen", "kansliet", "myndigheten", "inspektionen", "fonden", "byrån",
)  # fmt: skip
"""Name heads followed by "för" and what they are for: "Institutet för privatekonomi",
"Institutionen för humaniora och samhällsvetenskap" ("Nämnden för …" is a board, not listed)."""

DESCRIPTOR_ENDINGS = (
    *GENERIC_ENDINGS, "ägaren", "jätten", "kedjan", "firman", "operatören", "tillverkaren", "baserade", "baserad",
    "baserat",
)  # fmt: skip
"""Endings of a common noun (or an adjective in -baserade) written before a name it describes ("Fastighetsägaren
Jernhusen", "Göteborgsbaserade Sprout Labs")."""

ORG_DESCRIPTOR_ENDINGS = (
    "bolaget", "företaget", "koncernen", "kedjan", "jätten", "firman", "operatören", "tillverkaren",
    "partiet", "klubben", "laget", "förbundet", "tidningen", "banken", "byrån", "organisationen",
)  # fmt: skip
"""A lower-case noun with one of these endings right before a name says the name is an organisation:
"gruvbolaget Boliden", "solenergibolaget Etrion", "högerpartiet Laos"."""
"""Endings of a common noun written before a name it describes ("Fastighetsägaren Jernhusen")."""

PRODUCT_DESCRIPTOR_ENDINGS = (
    "appen", "varumärket", "programmet", "projektet", "tidskriften", "utställningen", "kampanjen", "konceptet",
    "plattformen", "produkten", "modellen", "spelet", "tjänsten", "podden", "podcasten", "mjukvaran",
)  # fmt: skip
"""A lower-case noun with one of these endings right before a capitalised name says the name is a product, a
programme or a title, not an organisation: "appen Capio Go", "varumärket Sprout Seeds", "EU-programmet
Interreg Aurora", "tidskriften Journal of Applied Ecology" (gold GUIDELINES: products are not listed)."""

PRODUCT_DESCRIPTOR_TAILS = frozenset(e[-5:] for e in PRODUCT_DESCRIPTOR_ENDINGS)
"""The last five letters of those endings: one set probe rules out most words before the ending test."""

BRANCH_INSTITUTION_ENDINGS = (
    "sjukhuset", "lasarettet", "teatern", "museet", "biblioteket", "missionen", "byrån", "kyrkan",
)  # fmt: skip
"""Definite institution nouns that an ordinary first part makes a common noun ("Centralsjukhuset", "Folkteatern",
"Stadsmissionen"): followed by "i <place>", the place is part of the name ("Centralsjukhuset i Karlstad",
"Folkteatern i Gävleborg"). With a name as first part the name is complete ("Norrbottensteatern i Luleå",
"Saabmuseet i Trollhättan")."""

PLACE_AREA_ENDING = "regionen"
"""A place compounded with "-regionen" is an area, not an organisation: "Jönköpingsregionen",
"Uppsala-Örebroregionen" ("Region Jönköpings län" is the organisation)."""

SURNAME_LIKE_SUFFIXES = ("stiftelsen", "stiftelsens")
"""Organisation endings that end like a surname ("-sen", as "Jansen"): "Internetstiftelsen",
"Sparbanksstiftelsen Dalarna" are foundations, not people. (Other endings ending in a surname's letters,
"Presstjänsten", name functions more often than organisations.)"""

NATIONALITY_ADJECTIVES = frozenset(
    """svenska norska danska finska isländska estniska lettiska litauiska tyska franska brittiska engelska
    amerikanska kanadensiska nederländska holländska belgiska schweiziska österrikiska italienska spanska
    portugisiska polska japanska kinesiska koreanska indiska australiska irländska""".split()
)
"""Nationality adjectives in the definite form: before a single unknown capitalised word in a release it
is a firm or an institution of that country ("danska Vestas", "finska Ateneum"), not a person, who would
have a first name ("danska Mette Frederiksen")."""

LEAGUE_ENDINGS = ("allsvenskan", "superettan", "ettan", "ligan", "ligaen", "serien", "cupen", "mästerskapen")
"""Endings of leagues and championships ("Allsvenskan", "Damallsvenskan", "Hockeyettan", "OBOS-ligaen"):
competitions, not organisations (gold GUIDELINES: events are not listed)."""

LEAGUE_TAILS = frozenset(e[-5:] for e in LEAGUE_ENDINGS)
"""The last five letters of those endings: one set probe rules out most words before the ending test."""
