"""Candidate facts: figures, money, percentages, dates, quotes with speakers, and names.

`extract(articles)` runs every extractor over a corpus. What an article gives on its own (`extract_article`:
names, figures, dates) is found first, and may be kept from an earlier analysis; then the names are given
corpus-wide canonical names, and the quotes found, because their speakers resolve to them.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from workbench.each import Each
from workbench.extract.attribution import person_titles
from workbench.extract.dates import find_dateline, find_dates
from workbench.extract.entities import canonicalize_entities, find_entities
from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.numbers import find_numbers
from workbench.extract.origins import attribute
from workbench.extract.quotes import find_quotes
from workbench.extract.sentences import SentenceIndex
from workbench.extract.spans import Spans, union
from workbench.model import Article, Candidate, Extraction, Span

# 2: issue 12's rules of sessions 12-13: speakers (participles, colons, captions, introducing paragraphs), figures
# (ellipses, bare changes, scores, relative clauses, restatements), datelines, furniture, names, titles; 3: session 14's;
# 4: session 15's (tolls, populations, measures before nouns, rates per thousand, glued currencies, straight quote marks
# and lost closing marks, speakers of statements, headings and participles, countries as places, company words);
# 5: session 16's (counts joined on by 'and'/'while', 'another N', measures before nouns without their hyphen, lists,
# "N years ago", holidays, "a pair of", "N in magnitude", "estimated to be N", fractions of a point and tallies of
# shares as percentages, "for a year", acronyms after a word, institutions' portfolios, words made from everyday ones,
# speakers told at a long subject's end, quoted as saying, told in the passive); 6: session 17's (the whole of a part
# named by a name of several words in the possessive, both ends of a tally's change "from N to M", a toll revised
# from N, a vote's tally in words, a court's ruling tally, cents and pence as money, a year counted back from the one
# its sentence names, a wire story's place after a page's date label or before a colon; a word after a page's date
# label or opening a quote as a sentence's first, a title's portfolio and "Ex-" as no names, an age named before its
# figures, who released a statement speaking for it, no passive's subject as a speaker, a country named with a
# people's word, countries' official names, "four out of five of the …" as a share, a headline's present tense after
# a bare number: "one million demonstrate", a name after "a" keeping its 's: "a McDonald's", two particles in a row
# inside a name: "von der Leyen", "Crown" and "Supreme" as titles' qualifiers, a title's word ending a person's name as
# the surname: "Martin Luther King Jr.", an ampersand inside a name: "AT&T", "Procter & Gamble", "1,300-plus people",
# "a 3,000-strong crowd"); 7: session 18's (ages listed after names: in brackets after full names, between
# semicolons, before "and", ending the sentence; "Jan" as a surname after a given name; "the 166 year-old lender";
# "machinists, numbering around 33,000"; a line a photo credit closes as a caption; who answers "by stating" as the
# clause's subject; a company's value without its legal form: "Boeing Co." is "Boeing"; "-men" plurals: "three
# gunmen"; "one resident", "X, the Kremlin's spokesman,", "the striker" as speakers; a wire story's first word as a
# sentence's; "Majority", "Minority" and "Home" as a title's words; a month "expected to"/"aims to" come as ahead;
# a figure's source the nearest name or institution in its verb's clause, no place, "officials say", "the mayor's
# office"; picture labels, "(Reporting by …)" and "… contributed to this report." as furniture; "a statement from
# the airline" as the airline's; "Rail", "Water", "Mail" and other company words as no person's; a day of the month
# without its year not more than 62 days after the dateline unless said ahead; second review's fixes: no caption
# where a paragraph reports, more wire credit forms, ages listed only after a plural noun for people; "U.S. Senate"
# and "United States Senate" one name; "Sir Keir" Keir Starmer; "per the statement"; "even as" no speaker; a
# statement's issuer named up to 3,000 characters before "the statement says"; a time or a relative clause ending
# a speaker's phrase; third review: an issuer who speaks, no place nor dateline; "said in a statement" as issuing;
# knights by the corpus's "Sir"; "Rail Minister"); 8: session 19's ("added X, “…”": X, the subject after its verb;
# "per X" as "according to X", a relay right after a verb of saying or after an earlier one; "monitoring reports
# that" no verb of saying; the review's: an inverted verb only opening its clause, no participle; "the People's Bank
# of China", "the Taiwan People's Party", "the People Power Party" one name each; "176 reports of missing people",
# "176 missing person reports" count people; "WHO" no relative "who"; "according to a report by X" a relay; "3min
# 27sec" 207 seconds, "2hours"; "“…,” agreed X" X's, not "agreed to a “…”"; "at age 24", ", age 37," ages; "Fellow", "Compatriot",
# "Defending" no part of a name; "Flanked by X, the …, Y said": Y the subject "he" stands for); 9: session 20's
# ("the body" the organisation shown speaking; "Then she made the pronouncement:" the pronoun's; "conceded" a verb
# of saying; "19 of those injured" people, not the count before; "The Bank said" the bank the story names most; "X was quoted (by Y) as saying" X, "quoted him as saying" whom "him" stands for; a page
# cut after a quote's name that name; "conceded" not before "defeat", "a goal", "to"; "the governing body" no body
# shown speaking; "Finally, she …:" hers, not "Finally"; "she quoted the poet X:" not hers; "a two-percent target" a
# percentage; "both age 14" an age; "the 154 deceased" the dead; "…, said his rival, X, who …." X's next quote
# paragraph; "whom he congratulated as “…”" his; "the Patapsco River", "Mount Marapi", "MV Dali" the Patapsco,
# Marapi, Dali; "VVD (24)" in a list after "37 seats" 24 seats; the second review's: "said X, a spokesman for Y" X's;
# "The Bank" the first bank named; "the world body"; "reacted to the verdict:" hers; rivers of countries, airports
# and storms keep their words; the third review's: "said a lawyer for the family, X" X's; "The Bank" a "Bank of …"
# first, never after "in the"; "the world body" a world organisation only; a bracketed list only of seats or votes);
# 10: session 21's ("the Black Caps were" no person's name; "the National Rally leader" the office's holder; "and two
# at DMCH" a count of what the count before it counts; "Call of Duty" no person; "Head of Xbox X" X; "adding that"
# after "Judge X said Y was" X's; "She said Y …⏎“…,” she said" not Y's; the two reviews' fixes of these; "said in a
# post" … "the post read:" the poster's; "made clear", "gave the assurance" verbs of saying; "“…,” as prosecutors
# wrote" theirs; "employment increased by 517,000" jobs); 11: session 22's ("“…,” it added" and "It added: “…”" after
# a body no name names spoke, that body's; "according to a tweet (posted) by X" X's; "Gujarat Home Minister", "Union Home
# Minister" no name "Gujarat Home" or "Union Home"; "three United States service members" service members, not
# states; "X said that … “…,” according to The Associated Press" X's; "one square mile" an area; "a career total of
# 38,390" points where the article counts points; "the population was just 180" a count of people; "seven fraud
# and conspiracy counts", "five other middle or high school students" counts of the plural; "X, the … judge who
# oversaw …" titles X; "the captain said" the one person named whom another outlet of the story calls the captain;
# "posted on X", "Facebook, YouTube and X" the platform X; "at Lord's." a place ending in 's; "Gujarat Morbi
# Bridge Collapse: In Morbi …" a label, no name; "Minister of State for Home Harsh Sanghavi" Harsh Sanghavi); 12:
# session 23's ("500 basis points" a percentage, five points); 13: ("seized First Republic Bank" keeps its number
# word; "Signature" and "JPMorgan" alone the organisations "Signature Bank" and "JPMorgan Chase"); 14: ('X said,
# "…."Y confirmed' X's; '“…” crossing into … and blamed' no clause's; "Senior EMT X" X; 'X sentenced after judge
# says “…”' the judge's; "Lee told him" no sign that Lee is a man); 15: (the reviews' mends; "seven of his victims",
# "10 or more years" counts); 16: (the third review's mends; "His family said" a family); 17: session 24's ("CM X",
# "DIG X", "Defendant X" titles; "Longtime X" and a wire story's opening "A" no part of a name; "a resident of Y" a
# place; no name inside a sum, "Rs 2 Lakh"; "The Indian Express" a newspaper; an index, a war no person; "Rohit" alone
# Rohit Sharma; "1,30,000" the Indian way; "6m high", "26ft (8m)" metres; "recounted" a verb of saying; "said X a
# resident of Y" X's; '“…” in any forecasts, said X' X's; "X hit back by saying", "X praised the duo saying" X's; a
# quote going on from an introduced one, or after "He said …", that speaker's; "he" after a ", with …" aside or a
# last ", and" clause; a straight mark after a comma closing a quote that lost its opening mark; a short paragraph
# among unstopped ones no teaser; the five reviews' mends); 18: session 25's ("da Silva said" the full name holding
# the particle; "X -- who … -- said" and "X … - who … - saying" X's; "to whom she said", "If A, B will …⏎“…,” she
# said" B's; "“…” (PHEIC)" and "“…,” denying the charges" no speaker; "Baza, a news outlet with …, said … it said"
# Baza's; "the Daesh terror group said" Daesh's; "Opener Travis Head" Travis Head; "Islamic State" no short form of
# "Islamic State Khorasan"; "During her press conference she admitted" hers; "'…': X resigns" X's; "… Administration
# Valentyn Reznichenko" the person after the institution when "Reznichenko" stands alone too; a caption opened by
# "Rafiq Maqbool/AP" furniture, its credit no "AP Australia"; the first review's mends: hyphen asides only without a
# verb of saying, a dash aside cut off only as a relative clause, a participle's subject its sentence's opening name,
# the kinds of armed and news groups only, an apposition only right before the verb, no 'if' clause's subject set
# aside before "he", a particle only of a full name the corpus holds, "opener" a role only before a name, two names of
# the alias table apart but a longer one joined; "joked", "quipped" verbs of saying; "he described how he vowed"
# his; "the toll … has mounted to 116", "the toll in the incident so far
# is 116" tolls; "when she was 18" an age; "50,90%" a percentage with a decimal comma; "the ANI news agency reported"
# ANI's; "last evening" the day before the dateline; "Rex A Heuermann" Rex Heuermann; "When she was 18," an age; the second, third and fourth
# reviews' mends: a headline's quote only before its named person resigns or apologises, "During … he said" only of
# someone the text shows to be a man, "the X terror group" only after "the", a bracketed gloss after a quote passed
# over but not a bracket naming or quoting who spoke, a participle's opening subject only a person, no person cut off
# after an institution but after a given name, "jokes" and "quips" no verbs, tolls after "toll" only where it counts
# an event's dead, no "last evening" after "one", "that", "a" or a possessive; taken back: "lay dead", "identified", a
# caption opened by its credit, "…, and this is “…”" skipping a verb, "Zelenskyy" respelt, "Erdogan and Express");
# 19: session 26's ("This photo … dated May 31, 2023, shows" no dateline; "Responding to X, Y …" Y the subject; "Kim E-bae" a
# hyphenated given name, "U-turn" none; "his sister and campaign
# manager X" kin; a surname alone, with no full name in its article, not of one the corpus names only as kin; "outside
# X's party headquarters" no place; a page's "date 2023-06-03" label no date candidate; "Published: …" on
# a page's 16th to 30th line its dateline; a dated caption closed by "— AFP" furniture; a quote's "an" compared as "a"; "his son
# Suleman" the one Suleman the corpus names in full; "He further stated," his; "revised the toll … to 275 from
# 288" two counts; the review's mends: a page label's date dropped only on a text's first line, a labelled date below
# the top only on a short line the label opens, "Talking Heads co-founder X" no participle's clause, "X-rays" and
# "C-suite" no names, "the victim's mother and attorney X" no kin, a rare given name after a kin word only of one the
# corpus names as kin, "outside Velmora's city hall" a place, a dashed agency closing a caption only with no figure but
# its date, a post's link only where it ends its line, "Photos by X | dated …" a page's date; "reaffirmed" a verb of saying; "Peronist X" X; "He quietly left
# … and X said" X's, "One elderly resident said" the resident's; "Monday's initial 7.8
# quake" a magnitude; "33 cruise missiles, of which 21 were shot down" 21 missiles; "could reach as many as 10,000" a
# toll; "chief executive of OceanGate Expeditions Stockton Rush" two names; the third review's mends: "more than 2000
# injured" taken back, "as high as" and "as much as" taken back, a part after "of which" of a count at least as large,
# a quake's magnitude only before a singular quake word or in a pair, "reaffirmed" only before "that" or a quote, a
# party's word only from a list and before a rare surname; a "×" alone on a line furniture)
EXTRACTOR_VERSION = 19
"""Goes up whenever what extraction gives changes: the extractions and analyses a store keeps from another
version (by extraction_key, pipeline.inputs_of) are then made again."""


def _outside(spans: list[Span], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that overlap none of the (sorted, disjoint) spans."""
    taken = Spans(spans)
    return [c for c in candidates if not taken.overlaps(c.start, c.end)]


# Invisible format characters (bidi marks and embeddings, zero-width spaces and joiners, word joiner, BOM,
# soft hyphen) between two digits: "200\u200f0 homes" reads as 2000 on screen, and must not give "0 homes".
_GLUED = re.compile(
    r"[0-9][.,]?[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+[.,]?[0-9]"
)
_FIGURES = frozenset({"quantity", "money", "percent", "date"})


def _unglued(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less the figures and dates that end or start where format characters join two
    digits: no figure rather than a wrong one."""
    joins = [(m.start() + 1, m.end() - 1) for m in _GLUED.finditer(text)]
    if not joins:
        return candidates
    starts = [lo for lo, _ in joins]

    def glued(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset <= joins[i][1]

    return [c for c in candidates if c.kind not in _FIGURES or not (glued(c.start) or glued(c.end))]


def extraction_key(article: Article) -> str:
    """What an article's Extraction is kept under: a hash of EXTRACTOR_VERSION and all that extract_article reads
    (the text, the published date, the boilerplate, which comes from the corpus)."""
    read = [EXTRACTOR_VERSION, article.text, article.published, article.boilerplate]
    return hashlib.sha256(json.dumps(read).encode()).hexdigest()


def extract_article(article: Article, index: SentenceIndex) -> Extraction:
    """What one article gives on its own: its dateline (set on it too), names, figures and dates."""
    article.dateline = article.published or find_dateline(article.text)
    names = find_entities(article, index)
    stopped: list[int] = []
    figures, dates = find_numbers(article, index, stopped), find_dates(article, index)
    capped = [
        what
        for what, found in (("names", names), ("figures", figures), ("dates", dates))
        if len(found) >= MAX_PER_KIND or (what == "figures" and stopped)
    ]
    sums = union([(c.start, c.end) for c in figures if c.kind == "money"])  # "Rs 2 Lakh", "SAR 604bn": no names
    return Extraction(
        dateline=article.dateline,
        names=_outside(article.boilerplate, _outside(sums, names)),
        figures=_outside(article.boilerplate, _unglued(article.text, figures + dates)),
        capped=capped,
    )


def extract_alone(article: Article) -> Extraction:
    """extract_article, the article's sentences indexed here (a pool's task)."""
    return extract_article(article, SentenceIndex(article.text))


def _quotes(job: tuple[Article, list[Candidate], dict[str, frozenset[str]]]) -> list[Candidate]:
    article, names, titled_elsewhere = job
    return find_quotes(article, SentenceIndex(article.text), names, titled_elsewhere)


def _warn_capped(article: Article, what: str, warn: Callable[[str], None]) -> None:
    warn(
        f"{article.path}: more {what} than one article may give ({MAX_PER_KIND:,}); the rest was not searched for {what}"
    )


class Facts(NamedTuple):
    """What `extract_facts` finds in a corpus: its candidates and, per article id, the finds that reached
    extract.limits.MAX_PER_KIND ("names", "figures", "dates", "quotes"; the rest was not searched for them)."""

    candidates: list[Candidate]
    capped: dict[str, list[str]]


def extract(
    articles: list[Article],
    warn: Callable[[str], None] = lambda message: None,
    kept: dict[str, Extraction] | None = None,
    each: Each = map,
    stories: list[list[str]] | None = None,
) -> list[Candidate]:
    """All candidate facts of the corpus, by article then offset; none inside boilerplate (extract_facts), with a
    `warn`ing for each article with more than extract.limits.MAX_PER_KIND of one extractor's finds (warn_capped)."""
    found = extract_facts(articles, kept, each, stories)
    warn_capped(articles, found.capped, warn)
    return found.candidates


def warn_capped(articles: list[Article], capped: dict[str, list[str]], warn: Callable[[str], None]) -> None:
    """`warn` of each article's finds that reached the cap: names, figures and dates article by article, then
    quotes (the order in which extraction meets them)."""
    for article in articles:
        for what in capped.get(article.id, []):
            if what != "quotes":
                _warn_capped(article, what, warn)
    for article in articles:
        if "quotes" in capped.get(article.id, []):
            _warn_capped(article, "quotes", warn)


def extract_facts(
    articles: list[Article],
    kept: dict[str, Extraction] | None = None,
    each: Each = map,
    stories: list[list[str]] | None = None,
) -> Facts:
    """All candidate facts of the corpus, by article then offset; none inside boilerplate.

    Sets each article's `dateline`: its published date when known, else the date its text gives, if any.
    An article whose extraction_key `kept` holds is not extracted again (its Extraction is used, not changed);
    the others' extractions are added to it. `each` maps the work on one article over the articles, in order
    (a process pool's map: the same result on several cores). Names get canonical values within each of the
    `stories` (lists of article ids; default: the corpus is one story).
    """
    entities: dict[str, list[Candidate]] = {}
    figures: dict[str, list[Candidate]] = {}
    capped: dict[str, list[str]] = {}
    kept = {} if kept is None else kept
    keys = [extraction_key(article) for article in articles]
    missing = {key: article for key, article in zip(keys, articles) if key not in kept}  # the first of a key
    kept.update(zip(missing, each(extract_alone, list(missing.values()))))
    for article, key in zip(articles, keys):
        found = _copy(kept[key], article)  # the kept extraction stays as it is
        capped[article.id] = list(found.capped)
        entities[article.id], figures[article.id] = found.names, found.figures
    by_id = {article.id: article for article in articles}
    titled: dict[str, dict[str, frozenset[str]]] = {}  # per article: the titles its story gives the people it names
    for story in stories or [list(by_id)]:
        canonicalize_entities([by_id[i] for i in story], {i: entities[i] for i in story})
        titled.update(_titled_in_story([by_id[i] for i in story], entities))
    result: list[Candidate] = []
    jobs = [(a, entities[a.id], titled.get(a.id, {})) for a in articles]
    for article, quotes in zip(articles, each(_quotes, jobs)):
        if len(quotes) >= MAX_PER_KIND:
            capped[article.id].append("quotes")
        result.extend(figures[article.id])
        result.extend(_outside(article.boilerplate, quotes))
        result.extend(entities[article.id])
    result.sort(key=lambda c: (c.article, c.start, c.end, c.kind))
    attribute(result, {a.id: a.text for a in articles})
    return Facts(result, capped)


def _titled_in_story(
    story: list[Article], entities: dict[str, list[Candidate]]
) -> dict[str, dict[str, frozenset[str]]]:
    """Per article, the title words the story's articles give each person it names (a quote's "the former mayor" is
    the one person named whom another outlet calls so)."""
    titles: dict[str, set[str]] = defaultdict(set)
    for article in story:
        for person, words in person_titles(article.text, entities[article.id]).items():
            titles[person] |= words
    return {
        article.id: {p: frozenset(titles[p]) for p in {str(e.value) for e in entities[article.id]} if p in titles}
        for article in story
    }


def _copy(found: Extraction, article: Article) -> Extraction:
    """The extraction for `article`, with candidates of its own, dateline set on it."""
    article.dateline = found.dateline
    return replace(
        found,
        names=[_moved(c, article.id) for c in found.names],
        figures=[_moved(c, article.id) for c in found.figures],
    )


def _moved(candidate: Candidate, article: str) -> Candidate:
    """A copy of the candidate, of `article`: what dataclasses.replace gives, without its checks (a third of the time)."""
    moved = object.__new__(Candidate)
    moved.__dict__.update(candidate.__dict__)
    moved.article = article
    return moved
