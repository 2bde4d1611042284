"""Small closed word lists the name and quote extractors share (general English and news usage)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=64)  # an article's: its names ask, then its story's canonical names
def lower_case_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case: ordinary words, whatever a sentence start does to them."""
    return frozenset(_LOWER_WORD.findall(text))


# Capitalised words that are titles or ranks, never part of a name ("President Michel Aoun").
# News agencies by the name they sign wire copy with ("LONDON (AFP): …", "…, according to Reuters").
WIRE_AGENCIES = (
    "AFP|AP|PTI|ANI|IANS|UNI|Reuters|Xinhua|Bernama|Yonhap|Kyodo|dpa|DPA|EFE|ANSA|TASS|Anadolu|KUNA|WAM|APP|IRNA"
)
TITLES = _words(
    """President Vice Prime Minister Ministers Secretary General Gen Colonel Col Lieutenant Lt Major Maj
    Captain Capt Sergeant Sgt Corporal Cpl Private Pvt Brigadier Marshal Admiral Adm Commodore Commander
    Cmdr Chief Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady King Queen Prince Princess Emir
    Sheikh Sultan Pope Rev Reverend Father Bishop Archbishop Cardinal Imam Ayatollah Mullah Patriarch
    Senator Sen Rep Representative Congressman Congresswoman Governor Gov Mayor Judge Justice Ambassador
    Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Director Deputy Speaker Chancellor Administrator
    Premier Attorney Officer Inspector Superintendent Constable Detective Commissioner Councillor
    Councilor Alderman Foreign Defence Defense Interior Finance Acting Former Sayyed Sayed
    Commandant Envoy Leader Coach Manager CEO CFO COO CTO Founder Co-founder Cofounder Executive
    Prosecutor Sheriff Magistrate Coroner Warden Trooper Pastor Rabbi Chaplain Curator MP MEP MSP MLA PM Defendant
    Assistant Associate Taoiseach Tánaiste Tanaiste Rear EMT Paramedic Medic Firefighter
    CM DM DIG ADG DGP SHO SDM DSP ACP DCP
    Flyhalf Fly-half Fullback Scrumhalf Scrum-half Winger Flanker Striker Goalkeeper Goalie Midfielder Defender
    Quarterback Pitcher Batsman Bowler Wicketkeeper Skipper
    Justices Sens Reps Drs""",
)  # plurals before names joined by "and" ("Justices Ana Ruiz and Tom Hale")

# Titles that only qualify another title ("Defense Minister", "Vice President"): alone they are no title
# ("Civil Defense agency", "Foreign Office").
TITLE_QUALIFIERS = _words(
    "Vice Prime Foreign Defence Defense Interior Finance Acting Former Deputy Assistant Associate Rear Crown Supreme"
    " Majority Minority Senior"  # "Senate Majority Leader Chuck Schumer": the Senate's; "Senior EMT Ann Lee"
)
# Words of a portfolio right before a title ("Special Relief Commissioner", "Hong Kong Security Chief", "U.S. District
# Judge"): no names there. Not a party's or a company's words ("Labour Leader", "Shell Chief Executive").
PORTFOLIO_WORDS = _words(
    """Security Relief Special Transport Transportation Health Education Justice Energy Environment Environmental
    Trade Commerce Agriculture Fire Services Emergency Public Affairs Operations Communications Information Culture
    Tourism Economy Economic Development Planning Infrastructure Water Safety Aviation Railway Railways Disaster
    Management Intelligence Budget Employment Housing Welfare Social Science Technology Research Immigration Border
    Customs Prisons Revenue Investment Industry Mining Fisheries Forestry Urban Rural Protection Sports Youth Women
    Family Veterans Consumer Climate Regional District Principal Senior Medical Military Legal Media Press Home Rail"""
)

# Lower-case nouns that, right before a name or in an apposition, say it is a person.
PERSON_NOUNS = _words(
    """spokesman spokeswoman spokesperson envoy leader chief minister president commander general
    colonel official officer engineer mayor governor director chairman chairwoman secretary ambassador
    adviser advisor analyst expert witness resident survivor mother father son daughter wife husband
    brother sister teacher doctor nurse farmer baker owner journalist reporter correspondent editor
    lawyer judge professor researcher activist volunteer deputy manager founder head captain skipper
    champion coach medallist medalist schoolgirl schoolboy student worker boss ceo executive meteorologist forecaster economist scientist
    epidemiologist historian consultant strategist candidate opponent rival challenger incumbent nominee
    commissioner prosecutor attorney senator lawmaker legislator diplomat negotiator inspector
    superintendent sheriff detective constable councillor councilor councilman councilwoman councilmember
    politician populist firebrand campaigner businessman businesswoman billionaire entrepreneur novelist author
    actor actress singer footballer cricketer batsman wicketkeeper goalkeeper striker midfielder pilot
    flyhalf fly-half fullback scrumhalf scrum-half winger flanker goalie defender quarterback pitcher bowler
    broadcaster presenter columnist commentator lecturer emt emts paramedic paramedics medic medics firefighter
    firefighters""",
)

# Lower-case nouns that, right before a name or in an apposition, say it is an organisation.
ORG_NOUNS = _words(
    """group society organisation organization party company firm agency ministry militia movement
    network charity outlet newspaper paper broadcaster channel station alliance coalition union
    authority council committee association federation institute foundation bank operator division
    subsidiary""",
)

# Lower-case words around a name that say it is a place.
PLACE_BEFORE = _words("in near into towards toward across outside around through at")  # not "between": two people too
PLACE_NOUNS = _words(
    """town city village hamlet province region district governorate area border valley river
    capital suburb neighbourhood neighborhood county state country island port""",
)

# Words that make a name an organisation's (or a document's: "the Uluru Statement" is no person) but that alone, at a
# sentence's start, are everyday words ("Energy prices rose", "Air travel"): no name by themselves.
ORG_WORDS_NOT_ALONE = _words(
    """Statement Declaration Charter Agreement Act Amendment Constitution Initiative Strategy Pact Doctrine
    Air Airline Aviation Motors Energy Petroleum Pharmaceuticals Insurance Securities Telecom Electric""",
)
# Words inside a name that make it an organisation or a place, not a person.
ORG_WORDS = ORG_WORDS_NOT_ALONE | _words(
    """Command Forces Force Army Navy Guard Corps Council Committee Party Group Observatory University
    Ministry Agency Press News Television Times Post Herald Gazette Wire Voice Express Tribune Journal Telegraph
    Chronicle Inquirer Dispatch Mirror Observer Union Bank Company Corp
    Inc Ltd Organisation Organization Front Brigade Brigades Coalition Department Office House Court
    Assembly Parliament Congress Senate Government Republic Kingdom Emirates Nations States Authority
    Service Services Police Society Association Foundation Fund Institute Movement Alliance League
    Network Resistance Brotherhood Church Mosque Museum Hospital School Schools College Club Airlines
    Federation Commission Board Centre Center Agence Presse Images Photos Media Cross Crescent Trust
    Watch Relief Aid Holdings Partners Administration Centres Centers Prevention Division Management Airways
    Industries Technologies Systems Studios Laboratories Labs Regulation Regulations Treaty Convention Protocol
    Accord Hurricane Typhoon Cyclone Cup Trophy Championship Championships Tournament Olympics Games Prize Award
    Awards Festival Summit Marathon Bureau Corporation Directorate Secretariat Tribunal Academy Chamber
    Rail Railway Railways Water Mail Gas Oil Foods Bahn Railroad Utilities Logistics Index War Wars Revolution
    Exchange""",
)
PLACE_WORDS = _words(
    """Street Road Avenue Square Bridge Valley River Sea Ocean Gulf Lake Mount Mountains Island Islands
    Province Region District County City Town Village Desert Peninsula Border Airport Port Harbour
    Harbor Dam Canal Park Coast Bay Beach Shores Pines Heights Hills Springs Gardens Plaza Lane Drive Boulevard
    Highway Freeway Parkway Expressway Estates Terrace Falls Creek Canyon Ranch Station Terminal Stadium Arena Way""",
)

# Words that, as the extra start of a longer name, make it a different place ("South Sudan").
PLACE_PREFIXES = _words(
    """north south east west northern southern eastern western central upper lower greater new old
    mount lake port fort cape saint st san santa los las great little""",
)

# Nationality and religion adjectives (and their plurals): not names on their own.
DEMONYMS = _words(
    """american british english scottish welsh irish french german italian spanish portuguese dutch
    belgian swiss austrian swedish norwegian danish finnish polish czech hungarian romanian bulgarian
    greek turkish russian ukrainian belarusian georgian armenian azerbaijani iranian iraqi syrian
    lebanese israeli palestinian jordanian egyptian libyan tunisian algerian moroccan sudanese saudi
    emirati qatari kuwaiti bahraini omani yemeni afghan pakistani indian bangladeshi chinese japanese
    korean vietnamese thai indonesian malaysian filipino australian canadian mexican brazilian
    argentine argentinian chilean colombian venezuelan cuban nigerian kenyan ethiopian somali
    african asian european arab arabic kurdish persian western eastern sunni shia shiite shi'ite
    shi’ite christian muslim jewish islamist jihadist alawite druze yazidi turkmen philippine nepalese nepali
    burmese cambodian laotian mongolian kazakh uzbek tajik serbian croatian bosnian albanian slovak slovenian
    lithuanian latvian estonian icelandic ghanaian senegalese malian congolese rwandan ugandan tanzanian
    zimbabwean zambian haitian dominican peruvian ecuadorian bolivian uruguayan paraguayan guatemalan honduran
    salvadoran nicaraguan panamanian jamaican taiwanese singaporean lankan""",
)
# Countries whose name is a demonym's plural in form: a name, not a people ("the Philippines", not "Filipinos").
COUNTRY_PLURALS = _words("philippines")

# Marks that may stand between a sentence start and its first word.
OPENING_MARKS = "\"'“‘([—–-"
_QUOTE_OPENED = re.compile(r"(?<![^\s])[\"“‘']\Z")  # a quote mark after a space (or nothing), right before `pos`
_SAYING_ON = re.compile(r"[^\s\"”’']+(?:[^\S\n]+[^\s\"”’']+){2}")  # three words before any closing mark


def quote_opened(text: str, pos: int) -> bool:
    """Whether a quote of what someone said opens right before `pos` (`said on Saturday "Rescue operation is …`): its
    first word, as a sentence's; not a name in quote marks (`the probe, named "Hope",`)."""
    return (
        pos > 0
        and text[pos - 1] in "\"“‘'"
        and _QUOTE_OPENED.search(text, pos - 1, pos) is not None
        and _SAYING_ON.match(text, pos) is not None
    )


BULLETS = "•▪◦‣·*"  # what opens a line of a list

# Weekday and month names and their abbreviations: dates, not names.
CALENDAR = _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat
    Sun January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec AM PM GMT UTC EDT EST CDT CST PDT PST BST CET CEST ET PT CT""",
)

# Lower-case particles that may join the words of one name ("Bank of England", "Deir ez Zor").
CONNECTORS = _words(
    "of for de da du del della der den van von la le bin ibn bint ben al el ez az ad ash"
)  # "as" joins only hyphenated (ARTICLES): "X as Y" is English

# Article particles written with a hyphen before Arabic names ("al-Assad", "Deir ez-Zor").
ARTICLES = _words("al el ez az as ad ar ash at an ed es et ul")

# Lower-case function and frequent words: capitalised only because a sentence or heading starts.
COMMON = _words(
    """a an the and or but nor so yet for of in on at to from by with without within into onto over
    under above below after before during since until while when whenever where wherever whether if
    unless though although because as than then there here now today yesterday tomorrow tonight this
    that these those what which who whom whose why how it its he she they we you i me him her them us
    his their our your my mine not no yes all any some many most much more less few several both each
    every either neither other another such only also even just still already again meanwhile however
    instead indeed perhaps thus therefore later earlier last next first second third one two three four
    five six seven eight nine ten eleven twelve fourteen sixty hundreds thousands dozens asked
    according despite following amid among against across through throughout around along behind
    beyond near like unlike about up down out off via per once whilst let please read more related
    share sign join get leave post comments comment reporting editing updated posted by photo video
    watch listen click see advertisement subscribe donate follow thank people children officials
    residents police troops soldiers families volunteers rescuers engineers farmers witnesses sources
    authorities analysts experts lawyers critics opponents supporters neighbours neighbors footage local
    heavy everyone everybody everything nobody nothing someone somebody something anyone anything
    outside inside is are was were be been being am has have had do does did would could should might"""
)

# Number words ("Twelve", "Thirty", "Hundreds"): a count, not a name.
NUMBER_WORDS = _words(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
    billion dozen dozens hundreds thousands millions billions scores""",
)
_CONTRACTION = re.compile(r"^([A-Za-z]+)['’](?:re|m|ll|ve|d|s)$")


@lru_cache(maxsize=1 << 16)  # asked for every word of every name and story line
def closed_class(word: str) -> bool:
    """A function word, a number word (joined too: "Forty-nine"), or a pronoun's contraction ("We’re", "I’ll"): never
    a name."""
    lower = word.lower()
    contraction = _CONTRACTION.match(lower)
    return (
        lower in COMMON
        or all(part in NUMBER_WORDS for part in lower.split("-"))
        or bool(contraction and contraction.group(1) in COMMON)
    )


# How common a word must be in written English (per word of text) to count as an ordinary word.
FREQUENT = 1e-6  # Zipf 3: about once per million words


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """English word frequencies (the `wordfreq` package's small list, shipped in its wheel), read from its file as
    wordfreq.get_frequency_dict reads it (the same dict), without importing wordfreq: its imports took ~0.3 s
    of each analysis, before its processes could start."""
    import msgpack  # wordfreq's, for its list alone

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a declared dependency
        return {}  # without it only the closed lists apply
    path = Path(spec.submodule_search_locations[0]) / "data" / "small_en.msgpack.gz"
    with gzip.open(path, "rb") as packed:  # "cBpack": a header, then the words of -0 cB, -1 cB, ... of frequency
        header, *buckets = msgpack.load(packed, raw=False)
    if header != {"format": "cB", "version": 1}:
        raise ValueError(f"{path}: unexpected header {header!r}")
    return {word: 10 ** (-index / 100) for index, bucket in enumerate(buckets) for word in bucket}


# Short English names the ISO list writes otherwise ("Russian Federation", "Türkiye"), and countries that are common
# given names or surnames ("Jordan", "Chad", "Georgia"), left out: a mention alone may be a person.
_COUNTRY_SHORT = frozenset(
    "Russia Turkey Palestine Vatican Micronesia Britain Syria Iran Laos Bolivia Venezuela Tanzania Moldova".split()
) | {"Ivory Coast", "North Korea", "South Korea", "Great Britain", "Czech Republic", "Cape Verde"}
COUNTRY_NAMES_OF_PEOPLE = frozenset("Jordan Chad Georgia".split())  # countries() leaves them out


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names in English: the ISO 3166 list the `pycountry` package ships (its names, common and official
    names, read from its data file without importing it: its imports cost ~60 ms) and the short forms news writes."""
    names = set(_COUNTRY_SHORT)
    for country in _iso3166("1"):
        names.update(country[k] for k in ("name", "common_name", "official_name") if k in country)
    return frozenset(n for n in names if "," not in n) - COUNTRY_NAMES_OF_PEOPLE


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """The names of countries' parts (ISO 3166-2 as `pycountry` ships it: "England", "Texas", "Bavaria")."""
    return frozenset(region["name"] for region in _iso3166("2"))


def country_names() -> dict[str, list[str]]:
    """Each country's name in news (its common name, else its ISO name) -> its other names ISO 3166 gives ("Saudi
    Arabia" <- "Kingdom of Saudi Arabia"; "Vietnam" <- "Viet Nam", "Socialist Republic of Viet Nam"), no name with a
    comma ("Iran, Islamic Republic of"), none of a name inside another country's ("Congo", "Guinea", "Niger")."""
    entries = _iso3166("1")
    names_of = [[c[k] for k in ("name", "official_name", "common_name") if k in c] for c in entries]
    names: dict[str, list[str]] = {}
    for n, country in enumerate(entries):
        canonical = country.get("common_name", country["name"])
        if any(canonical in other for m, own in enumerate(names_of) if m != n for other in own):
            continue  # "Congo" is in "Democratic Republic of the Congo": which country news means, the name leaves open
        others = [country[k] for k in ("name", "official_name") if k in country and country[k] != canonical]
        if "," not in canonical and (others := [n for n in others if "," not in n]):
            names[canonical] = others
    return names


@lru_cache(maxsize=2)  # countries() and country_names() read part 1, regions() part 2: each file read once
def _iso3166(part: str) -> list[dict[str, str]]:
    """The entries of ISO 3166-`part` in `pycountry`'s data file; none without the package."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(spec.submodule_search_locations[0]) / "databases" / f"iso3166-{part}.json"
    return json.loads(path.read_text(encoding="utf-8"))[f"3166-{part}"]


def frequent_word(word: str) -> bool:
    """Whether the word, in lower case, is a frequent English word ("nearly", "trucks", "witnesses").

    Names are frequent too ("stone", "jackson", "mexico": the list is case-folded), so this says only
    that capitals at a sentence start or in a headline cannot tell the word from a name; callers ask
    whether the text also capitalises it where capitals mean a name.
    """
    return word_frequencies().get(word.lower().replace("’", "'"), 0.0) >= FREQUENT
