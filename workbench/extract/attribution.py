"""Who said a quotation, as the text says it.

In order: an attribution right after the quote (`"…," Dillon said` / `"…," said Ryan Dillon, a
spokesman` / `"…," he told AFP`; not an agency that `reported` a quote someone was named saying before it), one
before it in its sentence (`Dillon said: "…"`, `Nasrallah claimed that fighters had "…"`, `According to Dillon,
"…"`, `described by Christie's as "…"`), else the speaker of the quote that
goes on in the next paragraph (for a quote left open), else of the quote it continues (the previous
quote of its paragraph, or of the paragraph before when it opens its own) when nobody else is named
between them, else (a headline's `'…': Judge jails adviser`) the subject after its colon. A speaker is
a person or organisation the article names where it can be. A named person resolves to the
canonical name; `he`/`she` to the person the nearest sentence before names first (its subject,
skipping one the text shows to be of the other sex: "Mr", "his"); a title or description ("the judge",
"the interior minister", "the official") to the person the article names with it, else to the fuller
description it points back to ("a Taliban official"); an organisation behind a statement to its name
("a statement from US Central Command said", "the bank's Open Market Committee said"); any other
speaker to the words that name it ("Syria's main opposition group"). A subject that is no noun phrase
is looked through: a relative pronoun ("which officials said", "the spokesperson, who added") or a
second verb of one subject ("X confirmed the toll and said") takes the subject it stands for.
Quote marks whose closing punctuation asks for an attribution (`"…," the judge began.`) take the
short subject that follows even with a verb that is not one of saying.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import accumulate, takewhile

from workbench.extract.canonical import WIRE_DATELINE_AFTER, WIRE_REGION_AND_DATE
from workbench.extract.lexicon import (
    CALENDAR,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    TITLES,
    WIRE_AGENCIES,
    countries,
)
from workbench.extract.sentences import SentenceIndex
from workbench.load.credits import find_credit
from workbench.model import Candidate

_VERBS = r"""said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing|tweeted|
tweets|posted|stated|declared|declares|warned|warns|claimed|insisted|insists|announced|explained|
noted|stressed|asserted|argued|argues|acknowledged|admitted|admits|confirmed|denied|urged|urges|
vowed|pledged|promised|replied|responded|described|describes|recalled|(?:recounted|narrated)(?![^\S\n]+(?:by|how)\b)|recounting|concluded|remarked|
countered|cautioned|predicted|maintained|voiced|reminded|reminds|lamented|laments|shouted|shouts|
cried|yelled|commented|indicated|indicates|signaled|signalled|suggested|suggests|emphasized|
emphasised|reiterated|(?:reiterates|reaffirmed|reaffirms)(?=[^\S\n]+that\b|[^\S\n]*[:,]?[^\S\n]*["“‘])|observed|called|criticised|criticized|branded|dubbed|asked|mentions|mentioned|agreed(?=[^\S\n]+[A-Z](?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|agreed(?=[^\S\n]*[.,;:])|
continued|continues|explains|notes|stresses|posts|shared|announces|states|termed|terms|touted|touts|
(?:read|reads)(?=[^\S\n]*[:,])|made[^\S\n]+(?:it[^\S\n]+)?clear|gave[^\S\n]+(?:the[^\S\n]+|an[^\S\n]+)?assurances?|
assured|referenced|joked|joking|quipped|exclaimed|retorted|mused|
answered|answers|answering|spoke|speaks|thanked|thanking|congratulated|congratulates|expressed|expresses|expressing|blamed|blames|hailed|hails|condemned|condemns|praised|praises|stating|noting|warning|insisting|arguing|explaining|declaring|claiming|stressing|
announcing|urging|acknowledging|admitting|confirming|vowing|promising|replying|responding|recalling|remarking|
calling|describing|branding|dubbing|labelling|labeling|terming|apologized|apologised|apologizes|apologises|(?:conceded|concedes|conceding)(?![^\S\n]+(?:defeat|victory|the|a|an|to|his|her|their|its|goals?|penalt(?:y|ies)|seats?|ground|points?|runs?|wickets?|nothing|[0-9])\b)|
(?<!having\s)(?<!been\s)(?<!was\s)(?<!were\s)(?<!\bis\s)(?<!are\s)reported(?!\s+by\b)|
(?<!\bthe\s)(?<!\bof\s)(?<!ing\s)(?<!\bmedia\s)(?<!\bnews\s)(?<!\bsuch\s)(?<!\bthese\s)(?<!\bthose\s)reports|revealed|reveals|disclosed|discloses|
denounced|denounces|decried|decries|slammed|slams|deems|(?<!the\s)(?:accused|accuses)(?![^\S\n]+of\b)|accusing|(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bis\s)(?<!are\s)(?<!\bbe\s)(?:(?:found|ruled)(?=\s+that\b)|deemed)|
[Aa]ccording\s+to|[Aa]s\s+per|per(?=\s+(?:(?:the|a)\s+)?(?:[A-Z]|(?:statement|release|report|filing)\b))""".replace(
    "\n", ""
)
_VERB = re.compile(rf"(?<![\w-])(?:{_VERBS})\b")
# A phrase's clauses, split at commas, not at the comma of a place in a "-based" modifier ("the Redmond,
# Washington-based company").
_CLAUSE = re.compile(r"(?:[^,]|,(?=[^\S\n]*[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)*-based\b))+")
# words before a clause's subject ("to whom she said")
_JOINING = frozenset(
    "that which who whom how why when where whether in on at to for with from also then and but so as".split()
)
_ACCORDING = re.compile(r"(?i:according|as|per)\b")  # "according to X", "as per X", "per X": X is the source


def _according(verb: str) -> bool:
    """Whether a verb of saying (_VERB's match) gives a source rather than a speaker's act: "according to", "per"."""
    return _ACCORDING.match(verb) is not None


_BRACKET = re.compile(r"\(([^()\n]*)\)")


def _gloss(text: str) -> bool:
    """Whether the bracket in `text` glosses a quote rather than naming who said it: a short form ("(PHEIC)") or words
    of a phrase ("(It is a disgrace)"), with no verb of saying (not "(Reeves told the BBC)", "(Barbara Broccoli)")."""
    m = _BRACKET.search(text)
    if m is None or _VERB.search(m[1]):
        return False
    inside = m[1].strip()
    return inside.isupper() or any(w[:1].islower() for w in inside.split())


_LEAD = re.compile(r"^[\s,;:—–-]*(?:\([^()\n]{1,80}\)[\s,;:—–-]*)?")  # past a gloss: `“…” (It is a disgrace), said`
# "as" before an attribution after a quote closed on a comma ("“…,” as prosecutors wrote to the judge"; not "called it
# “a once in a century event” as crews worked": a clause of the sentence).
_AS_LEAD = re.compile(r"as[^\S\n]+(?!(?:well|if|though|part|soon|long|much|many|a|an|the)\b)")
_PRONOUNS = frozenset("he she it they we you i one this that".split())
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_CONTRACTION = re.compile(r"['’](?:s|d|ll|ve|re|m)$")
_NOT_A_SUBJECT = frozenset(
    "which that who whom and but as while when with after before because if so then over in on at for of to from "
    "by about into onto under even though although despite unless until whereas".split()
)  # a clause or a phrase after a quote, not its speaker ("stood “ready to support them” over the incident")
_AUXILIARIES = frozenset(
    "has have had also was were is are will would had been later then previously earlier again once too further".split()
)
_DETERMINERS = frozenset("the a an".split())
_WORLD_BODY = re.compile(r"\b(?:World|United Nations|UN|International)\b")  # what "the world body" may stand for
# Words that, before "from/of/at ... <Name>", make the name the speaker ("a statement from X").
_CONTAINERS = frozenset(
    """statement spokesman spokeswoman spokesperson official officials source sources representative
    communique announcement release report note post tweet message letter joint written press analyst analysts
    economist economists strategist strategists researchers""".split()
)
_LINKS = frozenset("from of for at by in".split())
_MAX_PHRASE_WORDS = 15
_MAX_PHRASE_CHARS = 80  # around a quote, where the words naming its speaker stand
_MAX_NAMED_WORDS = 8
_COLON = re.compile(r"[ \t]*:[ \t]*")
_MAX_HEADLINE = 200  # characters of a headline line
# What a headline's subject does as its own act, after a quote it speaks ("'Not enough in the tank': Ardern resigns";
# not "X faces fury", "X gets 40 months", "X passes away": what befalls them, nor "X hits back", "X defends …",
# "X responds": a reply to the words quoted)
_HEADLINE_ACTS = re.compile(r"resigns|apologi[sz]es")
_MAX_TRAILING_WORDS = 10  # `"…," the federal judge Amy Berman Jackson began.`
_HOLDER_REACH = 5  # title holders named before a quote that "the judge" may stand for, nearest last
_OWNING = ("'s", "’s", "' ", "’ ")  # a name written as an owner ("Ben Stokes' last-over heroics")
# Words of another's office or a past one before a title: "Labour deputy leader", "Former Labour leader".
_NOT_THE_HOLDER_WORDS = frozenset("deputy former ex shadow vice acting interim assistant".split())
_NOT_THE_HOLDER = rf"(?i:{'|'.join(sorted(_NOT_THE_HOLDER_WORDS))})"


def _another_holder(title: set[str] | frozenset[str], described: set[str]) -> bool:
    """Whether a person's title words make them a former, deputy or shadow holder where the description names none."""
    return bool((title & _NOT_THE_HOLDER_WORDS) - described)


_NOT_THE_HOLDER_BEFORE = re.compile(rf"\b{_NOT_THE_HOLDER}[^\S\n-]*[-\s]\Z")
# What befalls a person a story names who holds no office it speaks of: "Rescuers pulled Maria Lopez from the roof".
_BEFELL = re.compile(
    r"\b(?:killed|died|dead|death|injured|wounded|hurt|victims?|bod(?:y|ies)|missing|rescued|pulled|drowned|shot"
    r"|stabbed|arrested|charged|sentenced|convicted|identified)\b",
    re.IGNORECASE,
)
_BEFELL_REACH = 40  # characters either side of a person's mention in which what befell them is told
_OFFICE_REACH = 40  # mentions back in which the holder of "the National Rally leader" may be named
_PRONOUN_REACH = 6  # sentences back in which `he`/`she` looks for the person it stands for
# A sentence whose subject is a pronoun: "She said …" (not a quote opening with one: "“She was clinging …,” said X")
_PRONOUN_OPENS = re.compile(r"\s*(He|She)[^\S\n]+[a-z]")
_DESCRIPTION_REACH = 600  # characters back in which "the official" looks for "a Taliban official"
# A word of such a description: a plain word or a dotted abbreviation ("U.S."), never one that ends a sentence
# ("a limit.⏎The company" is no description of the company), nor a function word or a verb ("the owner of the hotel"
# is no fuller description of "the hotel"; "a woman and her daughter" none of "the daughter").
_DESCRIBING_WORD = (
    r"(?:(?:[^\W\d_]\.){2,}|(?!(?:the|a|an|of|in|at|for|on|to|from|by|with|and|or|his|her|its|their|said|had|was"
    r"|were|is|has)\b)[\w’'-]+)"
)
_PHRASE_EDGE = " ,;:—–-•·*"
_CLOSERS = "\"”’'»"
# What an armed or news organisation is, after its name: "(the Daesh) terror group", "(the Wagner) mercenary group"
# (not "a Texas civil rights group", "the Tesla owners group": a group of Texas, of Tesla's owners)
_ITS_KIND = re.compile(
    r"[^\S\n]+(?:terror(?:ist)?|militant|jihadist|extremist|rebel|armed|paramilitary|mercenary|insurgent|news|media)"
    r"[^\S\n]+(?:group|organi[sz]ation|movement|militia|network|outlet)"
)
_THE_OR_NOTHING = re.compile(r"(?:\bthe[^\S\n]+|^|[^\w\s-][^\S\n]*)\Z", re.IGNORECASE | re.MULTILINE)
_DESCRIPTION_OPENS = re.compile(r"[^\S\n]*(?:a|an|the)[^\S\n]")  # "a news outlet with good contacts …"
_OBJECT_OPENERS = frozenset("the a an his her their its that this these those him them it".split())  # "denying the …"
_ENDS_SAYING = (",", ".", "?", "!", ";", ":", "…")  # inside a quote's marks: what was said ends there
_RELATIVES = frozenset("who which that whom".split())
_COORDINATORS = frozenset("and but then also later again further so while".split())
_CONJUNCTIONS = frozenset("and but while".split())
_LEADING = _DETERMINERS | frozenset("which that whom and but as while so".split())
_MODIFIER_REACH = 30  # a name, a role noun or two, a name: the first modifies the second
# an adverb by its ending, not a noun ending so ("His family said", "an ally", "the rally", "the assembly", "the daily")
_ADVERB = re.compile(
    r"(?!(?:family|families|ally|rally|assembly|supply|anomaly|monopoly|reply|homily|daily|weekly|monthly|quarterly)"
    r"\b)[a-z]{3,}ly"
)  # (and not a paper: "the daily said", "the news weekly said")
_POSSESSIVE_AT = re.compile(r"['’](?:s\b|(?=\s))")
_VERB_LIKE = re.compile(
    r"[a-z]{2,}ed|is|was|were|are|has|have|had|will|would|did|does|can|could|began|begins|went|goes|"
    r"continues|gets|got|took|takes|made|makes|stood|sat|spoke|speaks|began|told|wrote|read|put|left|"
    r"sought|thought|felt|kept|came|comes|gave|gives"
)
# Words before or in apposition to a name that show the person's sex (titles, kin and sexed job nouns).
_SEX_OF = {
    **dict.fromkeys(
        "mr mister sir lord king prince congressman spokesman chairman father son husband brother".split(), "m"
    ),
    **dict.fromkeys("he his him".split(), "m"),
    **dict.fromkeys(
        "mrs ms miss madam dame lady queen princess congresswoman spokeswoman chairwoman mother daughter wife sister".split(),
        "f",
    ),
    **dict.fromkeys("she her hers".split(), "f"),
}
_SEXED_TITLE = re.compile(
    r"\b(Mr|Mister|Sir|Lord|King|Prince|Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|[Cc]ongress(?:wo)?man|"
    r"[Ss]pokes(?:wo)?man|[Cc]hair(?:wo)?man|father|mother|son|daughter|husband|wife|brother|sister)"
    r"\.?,?\s+(?:[A-Z][\w.’'-]*\s+){0,2}$"
)
_SEXED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er|hers)\b")
_RELATION_OF = re.compile(r"\bof[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}\Z")  # "the son of (councillor) Ann Reed"
# A verb's object right after the person who acts on it ("Donnelly told him", "Judge Lee sentenced her to six years"):
# another person, and the pronouns after it may be theirs ("told her she would serve"); not a possessive "her" ("Ann
# Lee thanked her supporters")
_OBJECT_AFTER_VERB = re.compile(
    r"[^\S\n]+[a-z]+[^\S\n]+(?:him|her(?=[^\S\n]*(?:[,.;:!?]|$|(?:to|that|she|he|and|with|for|in|on|at|as|by|from|after"
    r"|before|about|back|out|up|off|not|over|into|of)\b)))",
    re.MULTILINE,
)
# Words after the name an inverted verb of saying puts before its quote (an apposition, "in a statement").
_INVERTED_TAIL = 10
# `…, according to a report by the BBC`: a report passed the words on
_A_REPORT = re.compile(
    r"[^\S\n]+(?:(?:an?|the)[^\S\n]+)?(?:\w+[^\S\n]+){0,2}?(?:report|article|dispatch|broadcast)s?\b"
)  # (and "according to local media reports")
# `she said, “…”`: the quote is what was said
SAID_RIGHT_BEFORE = re.compile(rf"\b(?:{_VERBS})[^\S\n]*[,:]?[^\S\n]*\Z")
_KIN_APPOSITION = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+([a-z-]+),\s*\Z")
# A preposition after a name that ends its noun phrase: `said Minister Ana Ruiz in a video with President Tom Velm`.
_PHRASE_ENDS = re.compile(r"[^\S\n]+(?:in|at|on|with|during|after|before|alongside|from|via|to)[^\S\n]+")
_AGENCY = re.compile(WIRE_AGENCIES)
_WHAT_ONE_IS = re.compile(r"[^\S\n]+an?[^\S\n]+[a-z]")  # an apposition with no comma: "Shreema a resident of …"
_ASIDE_OPENERS = frozenset("in at on with during after before alongside from via".split())


def _described(clause: str) -> bool:
    """Whether a clause between a subject and its verb only describes it: a participle's ("speaking at a news
    conference") or an age ("Ruiz, 54, told")."""
    first = next(iter(clause.split()), "")  # lower case: not a name ("Boeing", "Beijing")
    return (first.endswith("ing") and len(first) > 5 and first.isalpha() and first.islower()) or (
        _AGE_APPOSITION.fullmatch(clause.strip(" ,")) is not None
    )


def _apposed(clause: str) -> bool:
    """Whether a clause between a subject and its verb is an aside to it: a phrase of where or when, a participle's
    ("speaking at a news conference", "addressing reporters") or an age ("Ruiz, 54, told")."""
    words = clause.split()
    return bool(words) and (words[0].lower() in _ASIDE_OPENERS or _described(clause))


# A role that is an organisation's, in apposition to the person before it: ", the Kremlin's spokesman,".
_POSSESSIVE_ROLE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+\s*"
)
# Words news copy calls one person by after naming them: a player's position, a performer's trade.
_PERSON_EPITHETS = frozenset(
    """striker midfielder goalkeeper winger playmaker batsman batter bowler pitcher quarterback sprinter swimmer
    cyclist boxer golfer skier actor actress singer rapper musician novelist""".split()
)
_CLAUSE_JOIN = re.compile(r"[,;][^\S\n]+and[^\S\n]+")  # ", and captain Pat Cummins praised …"
_VERB_AFTER_SUBJECT = re.compile(r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?([a-z]{2,}(?:ed|s))\b")  # "praised", "says"
_DONE_TO_AFTER = re.compile(r"[^\S\n]+(?:also[^\S\n]+)?[a-z]{2,}ed\b")  # "X called back", "Y also forced"
_WITH_BEFORE = re.compile(r",[^\S\n]+with[^\S\n]")  # ", with foreign secretary X called back …"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)[^\S\n]+\Z")
_KIN = frozenset("uncle aunt cousin nephew niece friend partner fiance fiancee boyfriend girlfriend".split())
# A subordinate clause a sentence opens with, up to its comma: who it names is not the sentence's subject.
_LEADING_CLAUSE = re.compile(
    r"[^,.;\n]{0,40}?\b((?i:before|after|when|while|although|though|since|because|once|until|as|if|unless|flanked|joined"
    r"|accompanied|surrounded|alongside|beside)\b)[^,\n]{0,200},(?:[^\S\n]*(?:the|a|an|his|her|their)[^\S\n][^,\n]{0,80},)?"
)
# A participle's clause opening the sentence, its first word ("Speaking to reporters on Monday, …"; not "Talking Heads
# co-founder X, …", "Public Speaking champion X, …": names).
_PARTICIPLE_CLAUSE = re.compile(
    r"[^\S\n]*((?:Speaking|Referring|Responding|Reacting|Commenting|Addressing|Writing|Talking|Asked)\b)"
    r"(?=[^\S\n]+[a-z])[^,\n]{0,200},"
)
# "he" or "she" opening the clause after a leading one: whom the leading clause names may be whom it stands for
_PRONOUN_AFTER_LEAD = re.compile(r"[^\S\n]*(?i:he|she|they)\b")
_TITLE_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}|[A-Za-z][a-z-]*\.?")  # "U.S.", "CEO", "federal", "Gen."
# A title in an apposition after a name: ", the interior minister,", ", the Conservative leader," ", the San Jose federal
# judge who oversaw …" (its head in lower case).
_TITLE_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?((?:[\w-]+\s+){0,3}[a-z][\w-]*)\s*(?:[,.;]|who\b)")


@dataclass
class Quote:
    """A quote-marked span: its offsets, whether it closes, and its line (paragraph)."""

    start: int
    end: int
    closed: bool
    line_start: int
    line_end: int


class _Speakers:
    """One article's text, quote marks and entity mentions, to resolve speaker phrases against."""

    def __init__(
        self,
        text: str,
        index: SentenceIndex,
        marks: list[Quote],
        entities: list[Candidate],
        titled_elsewhere: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.text = text
        self.titled_elsewhere = titled_elsewhere or {}  # the title words other articles give the people named here
        self.index = index
        self.marks = sorted(marks, key=lambda q: q.start)
        self.mark_starts = [q.start for q in self.marks]
        self.mark_ends = list(accumulate((q.end for q in self.marks), max))  # running max: spans may nest
        self.mentions = sorted((e for e in entities if not self.quoted(e.start)), key=lambda e: e.start)
        self.starts = [e.start for e in self.mentions]
        self.mentions = [self._the_institution_named(e) for e in self.mentions]
        self.sentence_starts = [start for start, _ in index.spans]
        self.sex = self._sexes()
        self.titles: dict[str, list[tuple[Candidate, set[str]]]] = defaultdict(list)  # by title word
        self.titled_as: dict[str, set[str]] = defaultdict(set)  # a person's title words, by canonical name
        for e, words in _titles(text, self.mentions):
            self.titled_as[str(e.value)] |= words
            for word in words:
                self.titles[word].append((e, words))
        self.title_starts: dict[str, list[int]] = {}
        self.names = frozenset(e.value for e in self.mentions)
        self.people = frozenset(e.value for e in self.mentions if e.unit == "person")
        self._issuings: list[tuple[int, str]] | None = None  # (its verb's start, the document), found when asked
        self._first_people: list[tuple[int, str]] | None = None  # the first two people named (outside quotes)

    def quoted(self, pos: int) -> bool:
        """Whether `pos` is inside a quote-marked span."""
        i = bisect_right(self.mark_starts, pos) - 1
        return i >= 0 and self.mark_ends[i] > pos

    def masked(self, start: int, end: int) -> str:
        """text[start:end] with quoted spans blanked (their words attribute nothing)."""
        chars = list(self.text[start:end])
        i = max(0, bisect_right(self.mark_starts, start) - 1)
        while i < len(self.marks) and self.marks[i].start < end:
            q = self.marks[i]
            for j in range(max(q.start, start), min(q.end, end)):
                chars[j - start] = " "
            i += 1
        return "".join(chars)

    def next_mark(self, pos: int, default: int) -> int:
        """The start of the first quote mark at or after `pos`."""
        i = bisect_left(self.mark_starts, pos)
        return self.mark_starts[i] if i < len(self.marks) else default

    def in_span(self, start: int, end: int) -> list[Candidate]:
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [e for e in self.mentions[lo:hi] if e.end <= end]

    def inside_name(self, pos: int) -> bool:
        """Whether `pos` falls inside a name the article gives."""
        at = bisect_right(self.starts, pos) - 1
        return at >= 0 and self.mentions[at].end > pos

    def people_in(self, start: int, end: int) -> list[Candidate]:
        """The people named in text[start:end] as people: not a possessive (`Trump's friend`), not a name
        that only modifies the next one (`Civil Protection volunteer Enrique Gardia`)."""
        found = self.in_span(start, end)
        return [
            e
            for n, e in enumerate(found)
            if e.unit == "person"
            and not _POSSESSIVE_AT.match(self.text, e.end)
            and not self._modifies(e, found[n + 1 :])
            and not _names_a_noun(self.text, e.end)
        ]

    def _modifies(self, e: Candidate, following: list[Candidate]) -> bool:
        if not following or following[0].start - e.end > _MODIFIER_REACH:
            return False
        gap = self.text[e.end : following[0].start].split()
        return 0 < len(gap) <= 2 and all(
            w.lower() in PERSON_NOUNS or w in TITLES or w.capitalize() in TITLES for w in gap
        )

    def named_person(self, e: Candidate) -> str:
        """Who a person's mention names: an epithet after "the" ("the California Republican") stands for
        the person named before it."""
        if _epithet(e.value) and _THE_BEFORE.search(self.text, max(0, e.start - 5), e.start):
            return self.person_before(e.start, None) or e.value
        return e.value

    def person_before(self, pos: int, pronoun: str | None) -> str | None:
        """The person `he`/`she` at `pos` stands for: the first person (not a possessive) named in the
        nearest sentence before that names one of the pronoun's sex (or of none the text shows); with no
        pronoun (an epithet, "the California Republican"), of either sex."""
        want = _SEX_OF.get(pronoun or "")
        fallback: Candidate | None = None
        hi = bisect_left(self.starts, pos)
        n = bisect_right(self.sentence_starts, pos) - 1
        for _ in range(_PRONOUN_REACH):
            lo_pos = self.sentence_starts[n] if n >= 0 else 0
            opens = _PRONOUN_OPENS.match(self.text, lo_pos) if pronoun and 0 < lo_pos < pos else None
            lo = bisect_left(self.starts, lo_pos)
            # a sentence opening with the same pronoun ("She said Maxwell …⏎“…,” she said"): its "she" is the one
            # looked for, so the people it names are not
            named = [] if opens and opens[1].lower() == pronoun else self.mentions[lo:hi]
            people = [
                e
                for k, e in enumerate(named)
                if e.unit == "person"
                and (want is None or self.sex.get(e.value, want) == want)
                and not self._modifies(e, named[k + 1 :])
                and not self._kin_of_another(e)
                and not _HYPHEN_WORD.match(self.text, e.end)  # "a Wilders-led government": a modifier, no one acting
            ]
            subjects = [e for e in people if not _POSSESSIVE_AT.match(self.text, e.end)]
            lead = _LEADING_CLAUSE.match(self.text, lo_pos) or _PARTICIPLE_CLAUSE.match(self.text, lo_pos)
            if lead and not _PRONOUN_AFTER_LEAD.match(self.text, lead.end()):
                # "Minutes before Judge X ruled, Y spoke": Y is the subject (not "If Rowe wins, he has promised to make
                # Ortiz his deputy": "he" is Rowe, whom the leading clause names)
                main = [e for e in subjects if not lead.start(1) <= e.start < lead.end()]
                subjects = main or subjects
            # "the 9.64 that Bolt ran …, but Lyles had chosen": a relative clause's subject is not the sentence's
            subjects = [
                e for e in subjects if not _RELATIVE_BEFORE.search(self.text, max(0, e.start - 6), e.start)
            ] or subjects
            # "“…,” he told Spencer": who is told, thanked or urged is spoken to, not the one speaking
            subjects = [e for e in subjects if not _TOLD_BEFORE.search(self.text, max(0, e.start - 16), e.start)]
            if subjects and (owner := self._owner_aside_with(people, subjects, lo_pos)) is not None:
                return self.named_person(owner)
            if len(subjects) > 1 and (last := self._last_clause_subject(subjects, lo_pos)) is not None:
                return self.named_person(last)
            if subjects:
                return self.named_person(subjects[0])
            fallback = fallback or (people[0] if people else None)  # "Kipchoge's mark": whose, if no one else
            if n < 0:
                break
            hi, n = lo, n - 1
        return self.named_person(fallback) if fallback else None

    def _owner_aside_with(self, people: list[Candidate], subjects: list[Candidate], lo_pos: int) -> Candidate | None:
        """The person whose possessive opens the sentence (titles aside), when every subject is named in a ", with …"
        phrase as one something is done to ("Mr Sunak's announcement caught Westminster by surprise, with foreign
        secretary David Cameron called back …": the sentence is of its owner; not "with X saying", "with X among the
        first to respond")."""
        owner = next(
            (
                e
                for e in people
                if _POSSESSIVE_AT.match(self.text, e.end)
                and len(opening := self.text[lo_pos : e.start].split()) <= 2
                and all(w[:1].isupper() for w in opening)
            ),
            None,
        )
        if owner is None or not all(
            _WITH_BEFORE.search(self.text, owner.end, e.start) and _DONE_TO_AFTER.match(self.text, e.end)
            for e in subjects
        ):
            return None
        return owner

    def _last_clause_subject(self, subjects: list[Candidate], lo_pos: int) -> Candidate | None:
        """The person who opens the sentence's last clause as its subject, a few words of title aside ("Head had missed
        five games, and captain Pat Cummins praised the selectors": Cummins, whom "he" after it most likely is)."""
        joins = list(_CLAUSE_JOIN.finditer(self.text, lo_pos, subjects[-1].start))
        if not joins:
            return None
        after = [e for e in subjects if e.start >= joins[-1].end()]
        if not after or not all(_is_role(w) for w in self.text[joins[-1].end() : after[0].start].split()):
            return None  # (title words only: "captain Pat Cummins", not "prosecutors said Daniel Ortiz")
        verb = _VERB_AFTER_SUBJECT.match(self.text, after[0].end)  # a verb of saying ("praised"; not "added a third")
        return after[0] if verb and verb[1] != "added" and _VERB.fullmatch(verb[1]) else None

    def office_holder(self, organisation: str, office: str, pos: int) -> str | None:
        """The person named last before `pos` with the organisation's office as their title: "Labour leader Keir
        Starmer", "Marine Le Pen, leader of France's far-right National Rally," for "the National Rally leader" (not
        "Conservative leader Kemi Badenoch accused Labour": another's office, the organisation elsewhere)."""
        org, job = re.escape(organisation), re.escape(office)
        titled = rf"{org}(?:['’]s)?[^\S\n]+(?:(?!{_NOT_THE_HOLDER})[\w-]+[^\S\n]+){{0,2}}?{job}"  # "Labour('s) leader"
        before = re.compile(rf"{titled}[^\S\n]+\Z", re.IGNORECASE)
        after = re.compile(
            rf",[^\S\n]+(?:the[^\S\n]+)?(?:{titled}|{job}[^\S\n]+(?:of|for|at)[^\S\n]+[^,.;\n]{{0,40}}?{org})\b",
            re.IGNORECASE,
        )  # "Kemi Badenoch, the Conservative leader,", "Marine Le Pen, leader of France's far-right National Rally,"
        hi = bisect_left(self.starts, pos)
        for e in reversed(self.mentions[max(0, hi - _OFFICE_REACH) : hi]):
            if e.unit != "person":
                continue
            title = before.search(self.text, max(0, e.start - 60), e.start)
            if title and _NOT_THE_HOLDER_BEFORE.search(self.text, max(0, title.start() - 12), title.start()):
                title = None  # "Former Labour leader Jeremy Corbyn"
            if title or after.match(self.text, e.end):
                return self.named_person(e)
        return None

    def _befell(self, e: Candidate) -> bool:
        """Whether what the story tells of a person's mention is what befell them ("Rescuers pulled Maria Lopez", "was
        identified as Maria Lopez, 34,"; not "The governor, Kathy Hochul, said three people had been rescued")."""
        lo, hi = self.index.sentence_at(e.start)
        near = self.text[max(lo, e.start - _BEFELL_REACH) : min(hi, e.end + _BEFELL_REACH)]
        return _BEFELL.search(near) is not None and _SAYING.search(near) is None

    def only_person_named(self, pos: int) -> str | None:
        """The one person the article names (outside quote marks) before `pos`, if it names exactly one."""
        if self._first_people is None:  # the first two people named, and where the second is: found once
            first: list[tuple[int, str]] = []
            for e in self.mentions:
                if (
                    e.unit == "person"
                    and not self.quoted(e.start)
                    and not self._befell(e)  # a victim holds no office
                    and self.named_person(e) not in (n for _, n in first)
                ):
                    first.append((e.start, self.named_person(e)))
                    if len(first) == 2:
                        break
            self._first_people = first
        people = [name for start, name in self._first_people if start < pos]
        return people[0] if len(people) == 1 else None

    def only_person_before(self, pos: int) -> str | None:
        """The one person the paragraph names before `pos`, if it names exactly one."""
        lo = self.text.rfind("\n", 0, pos) + 1
        named = {
            self.named_person(e)
            for e in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, pos)]
            if e.unit == "person"
        }
        return named.pop() if len(named) == 1 else None

    def body_before(self, pos: int, subject_too: bool = False) -> str | None:
        """What `it` speaking at `pos` stands for: the organisation or country the nearest sentences before show
        saying something (`Synergy Marine Group said in a statement.` / `China said that …`); with `subject_too`
        (a pronoun), else the organisation the sentence right before opens with as its subject."""
        hi = bisect_left(self.starts, pos)
        n = bisect_right(self.sentence_starts, pos) - 1
        for k in range(_IT_REACH):
            first = k == 0
            if n <= 0:
                return None
            n -= 1
            lo = bisect_left(self.starts, self.sentence_starts[n])
            for e in reversed(self.mentions[lo:hi]):
                if e.unit != "person" and _SAYS.match(self.text, e.end):
                    return e.value
            if lo < hi and (subject := self.mentions[lo]).unit != "person" and self._says_later(subject):
                return subject.value  # `The UN late on Saturday gave a figure, but later said …`: its subject
            if subject_too and first and lo < hi and self._opens(subject := self.mentions[lo]):
                return subject.value  # `The DPC has been investigating Meta since 2020. It found that …`
            hi = lo
        return None

    def _opens(self, subject: Candidate) -> bool:
        """Whether an organisation opens its sentence as its subject, in a sentence that tells of no one saying
        anything (where someone does, _SAYS and _says_later decide)."""
        end = self._opening(subject)
        return subject.unit != "person" and end is not None and _VERB.search(self.masked(subject.end, end)) is None

    def _opening(self, subject: Candidate) -> int | None:
        """The end of the sentence a name opens (nothing but "The" before it), or None when it opens none."""
        start, end = self.index.sentence_at(subject.start)
        return end if self.text[start : subject.start].strip() in ("", "The") else None

    def sentence_subject(self, q: Quote) -> str | None:
        """Whose words a quote inside a sentence that tells of no one saying anything gives: the organisation the
        sentence opens with as its subject, when it orders or decides (`The DPC ordered a halt until Meta brings “its
        processing operations into compliance”`: the DPC's order)."""
        start, end = self.index.sentence_at(q.start)
        start = max(start, q.line_start)
        if q.start <= start or _VERB.search(self.masked(start, end)):
            return None
        named = self.in_span(start, q.start)
        if (
            not named
            or named[0].unit == "person"  # a person's sentence quotes a phrase as often ("found cracks in the “…”")
            or not all(w[:1].isupper() for w in self.text[start : named[0].start].split())
            or not _ORDERING.search(self.text, named[0].end, q.start)  # "The Senate passed the “…”": a name, no words
        ):
            return None
        return named[0].value

    def _says_later(self, subject: Candidate) -> bool:
        """Whether the organisation opening its sentence (nothing but "The" before it) is said to say something
        further on in that sentence, no other name before that verb."""
        end = self._opening(subject)
        if end is None:
            return False
        between = self.masked(subject.end, end)
        verb = _SAYING.search(between)
        return (
            verb is not None
            and not self.in_span(subject.end, subject.end + verb.start())
            and not _NEW_SUBJECT.search(between, 0, verb.start())  # not `…, and its leader said`: another speaks
        )

    def _kin_of_another(self, e: Candidate) -> bool:
        """Whether a person is named as someone's kin ("his brother, Ajay,"; not "On his part, Ko")."""
        kin = _KIN_APPOSITION.search(self.text, max(0, e.start - 30), e.start)
        return kin is not None and (kin[1] in PERSON_NOUNS or kin[1] in _KIN)

    def holder(self, words: list[str], pos: int, proper: frozenset[str] = frozenset()) -> str | None:
        """The person the article names with the title `words` (its head noun last): of the last few
        named with it before `pos`, the nearest sharing most of its words; else the only one named. A title with
        proper words ("the Ostra FC coach") is only a holder's named with one of them (not "Velm coach Tom Hale")."""
        head, modifiers = words[-1], set(words[:-1])
        holders = self.titles.get(head)
        if not holders:
            return self._titled_elsewhere(head, modifiers, proper, pos)

        def fits(e: Candidate, t: set[str]) -> bool:
            if _another_holder(t, modifiers):
                return False  # a former, deputy or shadow holder: "Labour deputy leader X" is no "the Labour leader"
            # a holder named with its proper words, or titled with none but its office and named in one sentence with
            # them ("CEO Dana Holt announced the cuts at Lumen" for "the Lumen CEO"; not "Head coach Tom Hale" of the
            # side that beat Velm for "the Velm coach", nor "Velm coach Tom Hale" for "the Ostra FC coach")
            return not proper or bool(proper & t) or (t <= {head, "head", "chief"} and self._named_with(e, proper))

        i = bisect_left([e.start for e, _ in holders], pos) if len(holders) < 8 else self._before(head, pos)
        near = [(e, t) for e, t in holders[max(0, i - _HOLDER_REACH) : i] if fits(e, t)]
        if near:
            best = max(len(modifiers & t) for _, t in near)
            return [e for e, t in near if len(modifiers & t) == best][-1].value
        values = {e.value for e, t in holders if fits(e, t)}  # (none named with it before: the only one, if one)
        return values.pop() if len(values) == 1 else None

    def _said_into(self, q: Quote) -> bool:
        """Whether a verb of saying earlier in the quote's sentence governs it, no comma between ("Biden said that the
        United States “will …”"; not "Velm Motors said it would cut jobs, a plan analysts saw as “…”")."""
        lo = max(q.line_start, self.index.sentence_at(q.start)[0])
        before = self.masked(lo, q.start)
        verbs = [m for m in _VERB.finditer(before) if not _according(m.group())]
        return bool(verbs) and "," not in before[verbs[-1].end() :]

    def _titled_elsewhere(self, head: str, modifiers: set[str], proper: frozenset[str], pos: int) -> str | None:
        """The person named last before `pos`, when other articles of the story give them the title (head) that this
        article gives no one ("The former New York City mayor vowed to appeal" after "Giuliani", whom another outlet
        calls "Rudy Giuliani, the former New York City mayor"), as they give it (former, deputy …)."""
        if head.capitalize() not in TITLES:
            return None  # an everyday role ("the official", "the resident") is said of many: no one title's holder
        people = [
            e
            for e in self.mentions
            if e.unit == "person" and e.start < pos and not self.text.startswith(_OWNING, e.end)
        ]
        if not people:
            return None
        # the one meant is the last named as no owner (not "Joe Mazzulla's team … Erik Spoelstra pulled his starters")
        last = str(people[-1].value)
        t = self.titled_elsewhere.get(last, frozenset())
        fits = (
            head in t
            and not _another_holder(t, modifiers)
            and not (modifiers & _NOT_THE_HOLDER_WORDS) - t  # "the former prime minister" is no current one
            and (not proper or bool(proper & t))
        )
        return last if fits else None

    def _named_with(self, e: Candidate, words: frozenset[str]) -> bool:
        """Whether a mention's sentence names any of the (lower-case) words."""
        said = set(re.findall(r"[\w’'-]+", self.text[slice(*self.index.sentence_at(e.start))].lower()))
        return bool(said & words)

    def may_hold(self, person: str | None, role: str | None) -> bool:
        """Whether a role ("the official", "the Fine Gael leader") may be a person the article names: it names
        them with no title, or with that role's word (not "the police chief" for "Mayor Jane Roe")."""
        titles = self.titled_as.get(person or "", set()) - _HONORIFICS
        return not titles or (role or "").rsplit(" ", 1)[-1].lower() in titles

    def _before(self, head: str, pos: int) -> int:
        if head not in self.title_starts:
            self.title_starts[head] = [e.start for e, _ in self.titles[head]]
        return bisect_left(self.title_starts[head], pos)

    def described(self, words: list[str], pos: int) -> str | None:
        """The fuller description an unnamed speaker's title points back to: "the official" after
        "a Taliban official" in the lines before."""
        head = re.escape(words[-1])
        window = self.masked(max(0, pos - _DESCRIPTION_REACH), pos)
        found = None
        for m in re.finditer(
            rf"(?<![\w’'-])(?:[Aa]n?|[Tt]he)[^\S\n]+((?:{_DESCRIBING_WORD}[^\S\n]+){{1,3}}?{head})\b", window
        ):
            found = m.group(1)
        if found and len(found.split()) > len(words):
            return found
        return None

    def resolve(self, start: int, end: int, nearest_clause: bool = False) -> str | None:
        """The speaker named by the phrase text[start:end] (a subject before its verb: `nearest_clause`), past a wire
        story's opening place and agency ("DOHA (Reuters) - Talks collapsed …")."""
        if opened := _WIRE_OPENING.match(self.text, start, end):
            start = opened.end()
        if quoted_as := _QUOTED_AS_BEFORE.search(self.text, start, end):
            end = quoted_as.start()  # `"…," one witness was quoted as saying`: the witness
        if nearest_clause and (aside := _DASH_ASIDE_END.search(self.text, start, end)) and aside.start() > start:
            end = aside.start()  # `The 42-year-old -- who steered the country through … -- said`: the one described
        phrase = self.text[start:end]
        start += len(phrase) - len(phrase.lstrip(_PHRASE_EDGE))
        phrase = self.text[start:end].strip()
        if not phrase:
            return None
        clauses = [c for c in _CLAUSE.finditer(phrase) if c.group().strip()]
        if not clauses:
            return None
        clause = clauses[0]
        if nearest_clause:  # the clause nearest the verb, past asides (`Ruiz, speaking at a news conference, said`)
            clause = next((c for c in reversed(clauses[1:]) if not _described(c.group())), clauses[0])
        words = clause.group().split()
        first = _CONTRACTION.sub("", words[0]).lower()
        if first in _RELATIVES and len(words) == 1 and not words[0].isupper():  # `the spokesperson, who added`: its
            # antecedent (not "WHO", the organisation)
            if nearest_clause and len(clauses) > 1:
                before = clauses[-2]
                return self.resolve(start + before.start(), start + before.end())
            return None
        lead = 0  # `that he said`, `in which also he`, `On Wednesday he`: the pronoun after the words that join its
        # clause on or say when
        while lead < len(words) - 1 and (words[lead].lower() in _JOINING or words[lead].strip(",") in CALENDAR):
            lead += 1
        if nearest_clause and words[lead].lower() in _ASIDE_OPENERS and words[-1].lower() in ("he", "she"):
            # `During her press conference she admitted`: a phrase of when, then its subject, whom the text shows to be
            # of that sex
            at = start + clause.start() + clause.group().rfind(words[-1])
            person = self.person_before(at, words[-1].lower())
            return person if person and self.sex.get(person) == _SEX_OF[words[-1].lower()] else None
        pronoun = _CONTRACTION.sub("", words[lead]).lower()
        if len(words) == lead + 1 and pronoun in _OBJECT_PRONOUNS:  # "TASS quoted him as saying"
            pronoun = _OBJECT_PRONOUNS[pronoun]
        if pronoun in _PRONOUNS and (
            len(words) == lead + 1
            or words[lead + 1].lower() in _AUXILIARIES
            or (len(words) == lead + 2 and pronoun in _SEX_OF and _ADVERB.fullmatch(words[lead + 1]))
        ):  # "He later added", "He further stated", "She repeatedly said" (not "One elderly resident said", "He quietly
            # left and his deputy X said")
            at = start + clause.start() + clause.group().find(words[lead])
            if pronoun == "it":  # (not "It was described as “…” by forecasters": those who described it speak)
                return self.body_before(at, subject_too=not _PASSIVE_AFTER.match(self.text, at + len(words[lead])))
            return self.person_before(at, pronoun) if pronoun in ("he", "she") else None
        if nearest_clause and len(clauses) > 1 and _is_role(words[-1].strip(".,;:")):
            n = clauses.index(clause)
            if n and _POSSESSIVE_ROLE.fullmatch(clause.group()):  # `Dmitry Peskov, the Kremlin's spokesman, told`
                lo, hi = start + clauses[n - 1].start(), start + clauses[n - 1].end()
                named = self.people_in(lo, hi)
                if (
                    named
                    and not self.text[named[-1].end : hi].strip()
                    and not _lower_word(self.text, lo, named[-1].start)
                ):
                    return self.named_person(named[-1])  # the name is the clause (not "Asked about X's plan,")
            titled = self._named_by(start + clause.start(), start + clause.end())  # `In a post, the former president`
            if titled in self.names:  # a name the article gives, not a description's words
                return titled
        for c in reversed(clauses) if nearest_clause else clauses:  # the clause nearest the verb first
            if nearest_clause and c is not clauses[0] and _apposed(c.group()):
                continue  # `X, in a video with President Y, stated`, `Ruiz, speaking at a news conference, said`: an aside
            if nearest_clause and c is not clauses[0] and self._role_apposition(start + c.start(), start + c.end()):
                continue  # `Tom Van Grieken, the leader of the far-right Vlaams Belang, said`: the person it describes
            if (
                nearest_clause
                and c is clauses[-1]
                and c is not clauses[0]
                and phrase.endswith(",")  # `X, a news outlet …, said` (not `Hollowell, the council said`)
                and (described := self._described_name(start, clauses, c))
            ):
                return described  # `Baza, a news outlet with good contacts in Russian security, said`: Baza
            people = [e for e in self.people_in(start + c.start(), start + c.end())]
            if (
                not nearest_clause
                and len(people) > 1
                and (ends := _PHRASE_ENDS.search(self.text, people[0].end, start + c.end()))
            ):
                people = [e for e in people if e.start < ends.start()]  # `X in a video with President Y`: X
            if people:  # the last: the head of `Civil Protection volunteer Enrique Gardia`
                return self.named_person(people[-1])
        return self._named_by(start + clause.start(), start + clause.end())

    def _described_name(self, start: int, clauses: list[re.Match[str]], clause: re.Match[str]) -> str | None:
        """The name a clause describes when it opens with an article right after a clause that is that name alone
        (`Baza, a news outlet with good contacts …,`), else None."""
        if not _DESCRIPTION_OPENS.match(clause.group()):
            return None
        before = clauses[clauses.index(clause) - 1]
        lo, hi = start + before.start(), start + before.end()
        named = self.in_span(lo, hi)
        if (
            len(named) != 1
            or self.text[lo : named[0].start].strip() not in ("", "The")
            or self.text[named[0].end : hi].strip()
        ):
            return None
        return self.named_person(named[0])

    def _role_apposition(self, start: int, end: int) -> bool:
        """Whether text[start:end] describes the person before it by a role and what it is of: "the leader of the
        far-right Vlaams Belang" (one name, right after "of" and its lower-case words; not "the Director of Railway
        Board Amitabh Sharma")."""
        m = _ROLE_OF.match(self.text, start, end)
        if m is None or not _is_role(m[1]):
            return False
        named = self.in_span(m.end(), end)
        return len(named) == 1 and not _CAPITALISED.search(self.text, m.end(), named[0].start)

    def _named_by(self, start: int, end: int) -> str | None:
        """The organisation, the titled person or the words naming the speaker in a short noun phrase (up to a
        phrase of where or how it spoke: "the airline in a statement", "police on Monday")."""
        words = list(re.finditer(r"\S+", self.text[start:end]))
        where = next((n for n, w in enumerate(words) if n and w.group().lower() in _ASIDE_OPENERS), None)
        if (
            where is not None
            and words[where - 1].group().lower() not in _CONTAINERS  # "a note from the Swiss central bank"
            and not self.in_span(start + words[where].start(), end)  # "a statement from US Central Command"
            and not self.inside_name(start + words[where].start())  # "the Commission on Human Rights"
        ):
            words = words[:where]
        after = next((n for n, w in enumerate(words) if n and _phrase_ends(words, n)), None)
        if after is not None:  # "a rescuer Monday afternoon behind the house", "a witness who was driving": who spoke
            while after > 1 and words[after - 1].group().lower() in _BEFORE_WHEN:
                after -= 1  # "released a statement on Monday morning": the statement, its day aside
            words = words[:after]
        issued = next((n for n, w in enumerate(words) if n and w.group().lower() in _ISSUING), None)
        if issued is not None and words[-1].group().lower().strip(".,;:") in _DOCUMENT_WORDS:
            words = words[:issued]  # "the government released a statement (saying …)": the government speaks
        definite = any(w.group().lower() == "the" for w in words[:2])
        while words and (
            words[-1].group().lower() in _AUXILIARIES
            or _ADVERB.fullmatch(words[-1].group())
            or words[-1].group() in _SENTENCE_ADVERBS
        ):
            words.pop()  # "The Israeli army meanwhile said", "the ministry separately said"
        while words and (words[0].group().lower() in _LEADING or not re.search(r"\w", words[0].group())):
            words.pop(0)
        if len(words) > 1 and words[0].group().lower() == "one" and words[1].group().lower() != "of":
            words.pop(0)  # "one resident told AFP": a resident, not the pronoun "one"
        if not words or len(words) > _MAX_NAMED_WORDS or not any(_LETTER.search(w.group()) for w in words):
            return None  # none, or no name: `54`
        by = 2 if len(words) > 3 and words[1].group().lower() in _ISSUING and words[2].group().lower() == "by" else 1
        if (
            len(words) > by + 1
            and words[0].group().lower() in _DOCUMENT_WORDS
            and words[by].group().lower() in _ISSUED_BY
            and (any(w.group()[:1].isupper() for w in words[by + 1 :]) or words[by + 1].group().lower() == "the")
        ):
            # "a note from the Swiss central bank", "a statement released by the Turkish presidency": the issuer
            return self._named_by(start + words[by].end(), end)
        head_start, head_end = start + words[0].start(), start + words[-1].end()
        for e in reversed(self.in_span(head_start, head_end)):  # the head of a noun phrase is its last word
            if self.text.startswith(("'s", "’s"), e.end):
                owned = self.text[e.end + 2 : head_end].lower().split()
                if e.unit != "person" and len(owned) == 1 and owned[0] in _CONTAINERS:
                    return e.value  # "Meta's statement said", "the ministry's spokesman": the body speaks
                continue
            before = self.text[head_start : e.start].lower().split()
            rest = _GLOSS.sub("", self.text[e.end : head_end], count=1)  # "US Central Command (Centcom)"
            # "SpaceX on X"; "the newspaper ‘Trouw’": a name in quote marks ends its phrase too
            ends_phrase = (
                not rest.strip(" ,.;:" + _CLOSERS)
                or _WHERE_SAID.match(rest) is not None
                or (
                    e.unit != "person"
                    and _ITS_KIND.fullmatch(rest.rstrip(" ,.;:")) is not None
                    and _THE_OR_NOTHING.search(self.text, max(0, e.start - 5), e.start) is not None
                )
            )  # "the Daesh terror group said": Daesh (not "a Kashmir militant group", "a pro-Kremlin news outlet")
            if ends_phrase and (not before or before[-1] not in _LINKS):  # `Civil Protection volunteer Enrique Gardia`
                return e.value
            # `a statement from US Central Command`, `a Taliban spokesman` (not `U.S. officials`: a place)
            if (ends_phrase or e.unit == "org") and all(
                w in _CONTAINERS or w in _LINKS or w in _DETERMINERS for w in before
            ):
                return e.value
        lowered = [w.group().lower().strip(".,;:") for w in words]
        head = words[-1].group().strip(".,;:")
        common = head.islower() or head in TITLES  # `the judge`, `the Interior Minister`: a title, no name
        # a title no person's name is part of (`the Meta CEO`: an organisation's, still a title)
        untitled = all(e.unit != "person" for e in self.in_span(head_start, head_end))
        if common and untitled and all(w.isalpha() or "-" in w for w in lowered):
            inside = [w.group() for w in words[:-1]]  # the noun phrase's own words: after its determiner
            inside = inside[max((k + 1 for k, w in enumerate(inside) if w.lower() in _DETERMINERS), default=0) :]
            proper = frozenset(w.lower() for w in inside if w[:1].isupper())
            named = self.holder(lowered, start, proper) if _is_role(head) else None  # "the central bank": no title
            if named:
                return named
            if definite:  # "the official": a fuller description's organisation, the institution, the description
                described = self.described(lowered, start)
                found = (described and self._organisation_in(described, start)) or self.institution(
                    lowered[-1], start, tuple(w.group() for w in words[:-1])
                )
                if found or described:
                    return found or described
            if len(lowered) > 1 and _is_role(lowered[-1]):
                whose = self.institution_of(lowered[:-1], start)
                if whose:  # "a prison service spokesperson"; "the National Rally leader": the one its office names
                    return (lowered[-1] in _OFFICES and self.office_holder(whose, lowered[-1], start)) or whose
        if (
            lowered[0] in _ASIDE_OPENERS
            or any(w in _PRONOUNS for w in lowered)
            or (words[0].group().startswith("(") and ")" in words[-1].group() and _gloss(self.text[start:end]))
            or (len(lowered) > 1 and lowered[0].endswith("ing") and lowered[1] in _OBJECT_OPENERS)
        ):  # `in a case he described as`: no one's name, the words of a clause; `“…” (PHEIC)`: a gloss; `“…,” denying
            return None  # the charges`: what a participle did
        # "the 70-year-old declared", "the 36-year-old star from Serbia explained"
        if definite and not any(_POSSESSIVE_END.search(w) for w in lowered) and _AGE_EPITHET.fullmatch(lowered[0]):
            return self.person_before(start, None)
        if (
            definite
            and len(lowered) == 1
            and lowered[0] in _PERSON_EPITHETS
            and (one := self.only_person_before(start))
        ):
            return one  # "the striker said", where the paragraph names one person only
        if lowered[-1] in _REPORTS and len(lowered) <= 2 and untitled:  # "the report said": "a report from X"
            issuer = self.issued_by(lowered[-1], max(0, start - _DESCRIPTION_REACH), start)
            if issuer:
                return issuer
        if lowered[-1] in _DOCUMENTS and len(lowered) <= 2 and untitled:  # "Statement says", "the statement adds"
            issuer = self.issuing(lowered[-1], start) or self.issuer(start)
            if issuer:
                return issuer
        return self.text[head_start:head_end].rstrip(".,;:")

    def issuing(self, noun: str, pos: int) -> str | None:
        """Who the text says issued the document `noun` last before `pos`, as the subject of its issuing ("The Saudi
        government released a statement on Sunday. … The statement says"), within _ISSUING_REACH; not an issuing
        denied ("has not issued a statement"). The issuings are found once per article."""
        if self._issuings is None:
            self._issuings = [
                (m.start(), m["noun"].lower()) for m in _ISSUED_A.finditer(self.masked(0, len(self.text)))
            ]
        at = bisect_left(self._issuings, (pos,)) - 1
        while at >= 0 and self._issuings[at][0] >= pos - _ISSUING_REACH:
            verb, kind = self._issuings[at]
            at -= 1
            if kind != noun or _PASSIVE_BEFORE.search(self.text, max(0, verb - 12), verb):
                continue  # (not "The man, who was named in a statement as …": no one named issued it)
            lo = max(self.index.sentence_at(verb)[0], verb - _ISSUER_WORDS_REACH)
            if opened := _WIRE_OPENING.match(self.text, lo, verb):
                lo = opened.end()  # "RIYADH, June 20 (Reuters) - Saudi Arabia's health ministry issued": the ministry
            words = self.text[lo:verb].split(" ")
            denied = False
            while words and (words[-1] == "" or words[-1].lower() in _ISSUING_ADVERBS):
                word = words.pop().lower()
                denied = denied or word in _DENIALS
            if denied:
                continue  # "has not issued a statement": no one issued it; an earlier one may have
            seg = " ".join(words).rstrip()
            aside = _RELATIVE_CLAUSE.search(seg)  # "The Red Cross, which runs the camps, issued": the Red Cross
            if not aside and seg.endswith(",") and seg.count(",") >= 2:  # "Velm Aero, for its part, said": Velm Aero
                seg = seg[: seg.rstrip(",").rfind(",")]
            end = lo + (aside.start() if aside else len(seg))
            lo += 0 if aside else seg.rfind(",") + 1  # "On Sunday, the ministry issued": the ministry
            if self.text[lo:end].strip():
                return self._named_by(lo, end)
        return None

    def issuer(self, pos: int, business: bool = False) -> str | None:
        """The organisation last named before `pos` (within _DESCRIPTION_REACH): who issued a statement named by
        its kind alone ("Statement says …", "the release said"), or the `business` "the company" stands for (never a
        country: "in the U.S. and Canada")."""
        before = list(self._named_before(pos))
        named = [e for e in before if e.unit in (None, "org") and not (business and e.value in countries())]
        # who the text shows saying something: "Boeing said in a statement …" (a company the text may take for a person)
        speaking = next((e.value for e in before if _SAYS.match(self.text, e.end)), None)
        return speaking or next(
            (
                e.value
                for e in named
                if not _PLACE_WORD_BEFORE.search(self.text, max(0, e.start - 12), e.start)
                and not (self.text[e.start - 1 : e.start] == "(" and self.text.startswith(")", e.end))
                and not _WIRE_DATELINE_AFTER.match(self.text, e.end)
            ),
            None,
        )  # not "… its plants in Washington and South Carolina", nor a wire dateline's "WICHITA, Kansas (Reuters)"

    def issued_by(self, noun: str, lo: int, pos: int) -> str | None:
        """Who issued the document `noun` ("report", or a pattern of such nouns), as text[lo:pos] says last:
        the organisation after "a report from" / "by" / "of", past a possessive place ("a report from the
        US's Cybersecurity Agency")."""
        found = None
        for m in re.finditer(rf"\b{noun}[^\S\n]+(?:from|by|of|issued[^\S\n]+by)[^\S\n]+", self.masked(lo, pos)):
            found = lo + m.end()
        if found is None:
            return None
        for e in self.in_span(found, min(pos, found + _ISSUER_REACH)):
            if not _POSSESSIVE_AT.match(self.text, e.end):
                return e.value if e.unit != "person" else None
        return None

    def institution_of(self, words: list[str], pos: int) -> str | None:
        """The organisation named before `pos` whose name ends in the words (in lower case) that describe an
        unnamed speaker: "a prison service spokesperson" after "the Israel Prison Service"."""
        tail = " ".join(words).split(" ")
        for e in reversed(self.mentions[: bisect_left(self.starts, pos)]):
            if e.unit != "person" and [w.lower() for w in e.text.split()][-len(tail) :] == tail:
                return e.value
        return None

    def institution(self, noun: str, pos: int, modifiers: tuple[str, ...] = ()) -> str | None:
        """The organisation "the force", "the ministry" or "the agency" stands for: the nearest named before
        `pos` (within _DESCRIPTION_REACH) whose name holds that word ("the Ministry of Health"; the police for
        "the force"); for a description with proper words (of the `modifiers`, the words before the noun), one whose
        name holds one of them ("the Swiss central bank": the Swiss National Bank, never the Silicon Valley Bank named
        after it)."""
        if noun in _OVERSEER_NOUNS:  # "the regulator", "the watchdog": the authority last named, whatever its name
            return next(
                (
                    e.value
                    for e in self._named_before(pos)
                    if e.unit != "person" and _AUTHORITY_WORDS & set(e.value.split())
                ),
                None,
            )
        proper = {m for m in modifiers if m[:1].isupper() and m.lower() not in _DETERMINERS}
        if noun == "body":  # "the body", "the UN body": its name rarely holds the word; the one shown speaking (not
            # "the governing body", "the industry body": another than the club or the firm shown speaking)
            lower = {m for m in modifiers if m.islower() and not m[:1].isdigit()} - _DETERMINERS  # (not "15-member")
            if lower - {"world"}:
                return None
            found = self.body_before(pos) or self.issuer(pos)
            if lower and found and not _WORLD_BODY.search(found):
                return None  # "the world body" is no regional agency shown speaking since
            return found if found and all(_proper_word_of(m, found) for m in proper) else None
        word = _INSTITUTION_WORD.get(noun, noun.capitalize())
        if noun not in ORG_NOUNS and noun not in _INSTITUTION_WORD and noun not in _BUSINESS_NOUNS:
            if noun in _BODIES_OF_STATE:
                return None  # "the army said" is no Arakan Army's, "the state" no Islamic State's
            # another noun stands for a name it ends, that holds the words before it ("the hotel": the Grand Velm
            # Hotel named before; "the appeals court" is no Supreme Court)
            lower = {m.lower() for m in modifiers if m.islower()} - _DETERMINERS
            ending = {
                e.value
                for e in self._named_before(pos)
                if e.unit != "person" and e.value.split()[-1] == word and lower <= {w.lower() for w in e.value.split()}
            }
            return ending.pop() if len(ending) == 1 else None  # (two departments named: "the department" is either)
        holding = [e.value for e in self._named_before(pos) if e.unit != "person" and word in e.value.split()]
        described = [v for v in holding if any(_proper_word_of(m, v) for m in proper)]  # its proper words first
        if proper and holding and not described:
            return None  # "the Swiss central bank" is not the Signature Bank named before it
        named = (described or holding or [None])[0]
        if named is None and noun in _BUSINESS_NOUNS:  # "the company": a business is rarely named with the word
            return self.body_before(pos) or self.issuer(
                pos, business=True
            )  # the one shown speaking, else the last named
        return named

    def _the_institution_named(self, e: Candidate) -> Candidate:
        """A mention of "the Bank" (a capitalised word of an organisation's name, alone after "the") as the
        organisation the_institution says it stands for, not the name its last word shares ("Metro Bank")."""
        if e.text.lower() not in ORG_NOUNS or not _THE_BEFORE.search(self.text, max(0, e.start - 5), e.start):
            return e
        named = self.the_institution(e.text, e.start)
        return replace(e, value=named) if named else e

    def the_institution(self, word: str, pos: int) -> str | None:
        """The organisation "The Bank" (a capitalised word of its name) stands for: of those named before `pos` whose
        name holds the word, the first named "Bank of …" (the Bank of England, however often it names the European
        Central Bank), else the first named (what the story opens on); never one after a place word ("the West
        Bank")."""
        holding = [
            e.value
            for e in self.mentions[: bisect_left(self.starts, pos)]
            if e.unit != "person"
            and e.text != word  # (not "the Bank" itself)
            and word in e.value.split()
            and not _IN_THE_PLACE.search(self.text, max(0, e.start - 12), e.start)  # "raids in the West Bank"
        ]
        return next((v for v in holding if v.startswith(word + " of ")), holding[0] if holding else None)

    def _named_before(self, pos: int) -> Iterator[Candidate]:
        """The names mentioned before `pos`, nearest first, within _DESCRIPTION_REACH."""
        for e in reversed(self.mentions[: bisect_left(self.starts, pos)]):
            if e.start < pos - _DESCRIPTION_REACH:
                return
            yield e

    def _organisation_in(self, words: str, pos: int) -> str | None:
        """The organisation a description opens with (`Taliban official` -> Taliban; not "South Korea" in "South
        Korean airline"; a country's body the description names, "the Turkey central bank", is that body's
        description), named before `pos`."""
        for e in self.mentions[: bisect_left(self.starts, pos)][::-1]:
            if e.unit != "person" and e.text and (words == e.text or words.startswith(e.text + " ")):
                return words if words != e.text and e.value in countries() else e.value
        return None

    def _sexes(self) -> dict[str, str]:
        """What the text shows of each named person's sex ("m" or "f"): a title or sexed noun right before
        a mention ("Mr", "mother, Adriana Fargo"), or the pronoun (he/his, she/her) a sentence naming only
        them uses after the name, outside quotes. A person with as many signs of each shows none."""
        text = self.text
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        people = [e for e in self.mentions if e.unit == "person"]
        for n, e in enumerate(people):
            title = _SEXED_TITLE.search(text, max(0, e.start - 30), e.start)
            if title:
                votes[e.value][_SEX_OF[title.group(1).lower()]] += 2
            start, end = self.index.sentence_at(e.start)
            after = n + 1 < len(people) and people[n + 1].start < end and people[n + 1].value != e.value
            before = n > 0 and people[n - 1].start >= start and people[n - 1].value != e.value
            if after or before:
                continue  # another person in the sentence: whose pronoun is unclear
            if _OBJECT_AFTER_VERB.match(text, e.end, end) or _RELATION_OF.search(
                text, max(start, e.start - 30), e.start
            ):
                continue  # "Donnelly told him", "The son of councillor Ann Reed … charged him": someone else
            for pronoun in _SEXED_PRONOUN.finditer(text, e.end, end):
                if not self.quoted(pronoun.start()):
                    votes[e.value][_SEX_OF[pronoun.group().lower()]] += 1
                    break
        sexes = {}
        for name, v in votes.items():
            (top, count), *rest = v.most_common()
            if not rest or rest[0][1] < count:
                sexes[name] = top
        return sexes

    def after(self, q: Quote) -> str | None:
        """The attribution right after a quote, in its sentence: `"…," Dillon said`."""
        if not q.closed:
            return None
        stop = min(self.index.sentence_at(q.end - 1)[1], self.next_mark(q.end, q.line_end), q.line_end)
        segment = self.text[q.end : stop]
        lead = m.end() if (m := _LEAD.match(segment)) else 0
        if m and "(" in m.group() and not _gloss(m.group()):
            lead = m.group().index("(")  # `"…" (Reeves told the BBC)`, `"…" (Barbara Broccoli)`: the attribution
        if (as_lead := _AS_LEAD.match(segment, lead)) and self.text[q.start : q.end].rstrip(_CLOSERS).endswith(","):
            lead = as_lead.end()
        verb = _VERB.search(segment, lead)
        if not verb:
            return self._asks_for_attribution(q, stop)
        if self._introduced_and_closed(q, segment, lead):
            return None  # `Katz said, "… Lebanon."Hagari confirmed …`: the next sentence, however glued, is another's
        relayed = verb.group() in _RELAYS or (
            _according(verb.group())
            and (
                SAID_RIGHT_BEFORE.search(self.text, max(q.line_start, q.start - _MAX_PHRASE_CHARS), q.start) is not None
                or _A_REPORT.match(self.text, q.end + verb.end()) is not None
                or (_A_NEWS_AGENCY.match(self.text, q.end + verb.end()) is not None and self._said_into(q))
            )
        )  # (not `the mayor said the square would close, but the driver is “…,” per Inspector Bo Li`: Bo Li's)
        if relayed and self.before(q):
            return None  # `Djokovic said “…” reported AP`, `she said, “…,” per NBC's Bo Li`: who passed it on is not who said it
        if verb.start() == lead:  # `"…," said Ryan Dillon, a spokesman` / `said one mother, Adriana Fargo,`
            if verb.group().endswith("ing"):
                return None  # `“…”, saying the results showed`: what follows a participle is what was said
            rest = q.end + verb.end()
            speaker = self._named_after_verb(rest, stop)
            if speaker not in self.names and (clause_end := _SUBORDINATE.search(self.text, rest, stop)):
                # `said the judge while explaining why the FTX CEO …`: the judge (when no name was found otherwise)
                speaker = self._named_after_verb(rest, clause_end.start()) or speaker
            return speaker
        # `"…," PTI quoted a passenger as saying` (not `"…," X was quoted as saying`: X, resolve's)
        quoted = _QUOTED_AS.search(segment, lead, verb.start())
        if quoted and not _QUOTED_AS_BEFORE.search(segment, lead, verb.start()):
            return self.resolve(q.end + quoted.start(1), q.end + quoted.end(1))
        words = segment[lead : verb.start()].split()
        if words and words[-1].lower() in _CONJUNCTIONS:
            return None  # `“approximately 30 projectiles” crossing into Velm and blamed`: the first verb's subject
        if any(w in _DASHES for w in words):
            return None  # `X – who insisted she was “a fighter” a day ago – said`: an aside closes; X is before it
        # `“kicked and punched” officers at the rally, the Met Police has claimed`: a quote inside its sentence is
        # no attribution's start; the verb's subject is the clause nearest it
        embedded = not segment[:lead].strip() and not self.text[q.start : q.end].rstrip(_CLOSERS).endswith(_ENDS_SAYING)
        clause = segment.rfind(",", lead, verb.start()) + 1
        if embedded and clause and _may_be_subject(segment[clause : verb.start()].split()):
            # unless a verb of saying before the quote names who said it ("the mayor called it “…” …, X said")
            return None if self.before(q) else self.resolve(q.end + clause, q.end + verb.start())
        if (
            clause
            and not segment[clause : verb.start()].strip()
            and segment[lead : lead + 1].islower()
            and not self.in_span(q.end + lead, q.end + clause)
            and not verb.group().endswith("ing")
            and not self.text[q.start : q.end].rstrip(_CLOSERS).endswith((",", "?", "!"))  # not `"…," the farmer, 45,`
            # not `Farage's promise to "…" …`: a person named before the quote owns its words
            and not any(e.unit == "person" for e in self.in_span(self.index.sentence_at(q.start)[0], q.start))
            and (inverted := self._named_after_verb(q.end + verb.end(), stop)) in self.names
            and not self.before(q)
        ):
            # `"… was never" in any forecasts, said chief Nim Kidd`: the quote's sentence goes on (naming no one, not
            # `"…," X, 33, told`), then the attribution inverts to a name, where no verb before the quote names another
            return inverted
        if not _may_be_subject(words):
            # `"…", and criminal conspiracy, punishable by 10 years, prosecutor Laure Beccuau told`: the person
            # the clause before the verb names, when it names one
            people = self.people_in(q.end + clause, q.end + verb.start()) if clause else []
            if not people:  # `"…," Phil Davis, a reporter who was in the building at the time, told`: a long apposition
                first = segment.find(",", lead, verb.start())
                people = self.people_in(q.end + lead, q.end + first) if first > lead else []
            return self.named_person(people[-1]) if people else None
        return self.resolve(q.end + lead, q.end + verb.start())

    def described_in(self, q: Quote) -> str | None:
        """Who issued the statement a quote is cited from as words it describes something with ("Most of the dead
        were described in the statement as “unauthorised to perform Hajj”": the statement's issuer)."""
        cited = _DESCRIBED_IN.search(self.text, max(q.line_start, q.start - _MAX_PHRASE_CHARS), q.start)
        if cited is None:
            return None
        return self.issuing(cited["noun"].lower(), cited.start())  # (no organisation merely named before it)

    def _introduced_and_closed(self, q: Quote, segment: str, lead: int) -> bool:
        """Whether a verb of saying introduces the quote right before it ("X said, “…") and the quote closes its
        sentence, with a capital opening what follows: no attribution after it is the quote's."""
        said = SAID_RIGHT_BEFORE.search(self.text, max(q.line_start, q.start - _MAX_PHRASE_CHARS), q.start)
        closed = self.text[q.start : q.end].rstrip(_CLOSERS).endswith((".", "!", "?"))
        return said is not None and closed and segment[lead : lead + 1].isupper()

    def _clause_subject(self, words: str, at: int) -> bool:
        """Whether the words after a subordinator, up to a verb of saying, are that verb's subject: a few words that
        name someone or end in a role ("after judge says", "when Ann Lee said"); not a participle's phrase ("while
        speaking to ANI said": the sentence's subject speaks), a preposition's object ("after the meeting said"), a
        pronoun ("when he commented": anyone the sentence named) or a clause ("after the court heard he told")."""
        split = words.split()
        if not split or len(split) > _MAX_CLAUSE_SUBJECT or _VERB_LIKE.fullmatch(split[0]):
            return False
        if split[0].lower() in _PRONOUNS or split[0].endswith("ing") or any(w in _PRONOUNS for w in split[1:]):
            return False
        head = split[-1].strip(",")
        return (
            _is_role(head)
            or _is_role(head.removesuffix("s"))  # "after prosecutors said"
            or head.lower() in ORG_NOUNS  # "after the education ministry said"
            or head in ORG_WORDS  # "after the judge at Velm Crown Court said"
            or bool(self.in_span(at, at + len(words)))
        )

    def _named_right_before(self, bound: int, verb_start: int, q: Quote) -> str | None:
        """Who a verb of saying opening its clause names after itself, before the quote: `Once ratified, added union
        Vice President Bo Li, “…”`, `Then, said Bo Li, the club's director, “…”` (the subject after an inverted verb;
        not `She described her husband, Tom Velm: “…”`, where the verb's subject stands before it)."""
        verb = _VERB.match(self.text, verb_start)
        opening = self.text[bound:verb_start].rstrip()
        if (
            verb is None
            or verb.group().endswith("ing")
            or (opening and not opening.endswith(","))
            or bound > verb_start
        ):
            return None  # (`calling Wilders a “friend” and an “ally”`: a participle's object is whom it speaks of)
        people = self.people_in(verb.end(), q.start)
        if not people or "," in self.text[verb.end() : people[0].start]:
            return None
        tail = self.text[people[0].end : q.start]
        if len(tail.split()) > _INVERTED_TAIL or _VERB.search(tail) or any(mark in tail for mark in '.!?;"“”‘’'):
            return None
        return people[0].value

    def _named_after_verb(self, rest: int, stop: int) -> str | None:
        """Who text[rest:stop], right after a verb of saying, names: `said Ryan Dillon, a spokesman`, `said one mother,
        Adriana Fargo,` (a name in apposition)."""
        comma = self.text.find(",", rest, stop)
        first = next(iter(self.in_span(rest, stop)), None)
        if (
            first
            and first.unit != "org"
            and not _AGENCY.fullmatch(first.text)  # `told AFP a commander of the group`: the commander
            and not self.text[rest : first.start].strip()
            and _WHAT_ONE_IS.match(self.text, first.end)
        ):
            return first.value  # `said Shreema a resident of Etmadpur`: the name right after the verb, then what she is
        speaker = self.resolve(rest, comma if comma >= 0 else stop)
        if comma >= 0 and not any(e.unit == "person" for e in self.in_span(rest, comma)):
            named = [e for e in self.in_span(comma, stop) if e.unit == "person"]
            if named and not self.text[comma : named[0].start].strip(" ,"):  # a name in apposition
                return named[0].value
        return speaker

    def signed_after(self, q: Quote) -> str | None:
        """A quote that is a sentence of its own, signed by the next sentence of its line: `"The tower has caught
        the rocket." SpaceX chief executive Elon Musk wrote on X.` — a name before a verb of saying there, and no
        other quote."""
        if not any(mark in ".!?" for mark in self.text[q.end - 2 : q.end]):  # `."`, `!!”`: the quote ends a sentence
            return None
        start = _SPACES.match(self.text, q.end, q.line_end).end()  # type: ignore[union-attr]
        if start >= q.line_end:
            return None
        end = min(self.index.sentence_at(start)[1], q.line_end)
        if self.next_mark(start, end) < end:
            return None
        verb = _VERB.search(self.text, start, end)
        if verb is None:
            return None
        words = self.text[start : verb.start()].split()
        if not _may_be_subject(words):
            return None
        if len(self.text[verb.end() : end].split()) > SIGNATURE_TAIL:
            return None  # `Boeing's chief said the company would …`: a statement of its own, not a signature
        return self.resolve(start, verb.start()) if self.in_span(start, verb.start()) else None

    def _asks_for_attribution(self, q: Quote, stop: int) -> str | None:
        """`"…," the judge began.`: a quote closing on a comma (or ? !) with a short clause after it that
        ends the sentence names its speaker as that clause's subject, whatever its verb."""
        inner = self.text[q.start : q.end].rstrip(_CLOSERS)
        if not inner.endswith((",", "?", "!")) or stop != self.index.sentence_at(q.end - 1)[1]:
            return None
        words = list(re.finditer(r"\S+", self.text[q.end : stop]))
        if len(words) < 2 or (len(words) > _MAX_TRAILING_WORDS and not _WAS_HOW.match(self.text, q.end)):
            return None  # but `"…," was how Buttler, England's wicketkeeper, summed up a final that …`: any length
        verb = next((w for w in words[1:] if _VERB_LIKE.fullmatch(w.group().strip(".,;:!?"))), None)
        cut = not self.text[stop:].strip() and not self.text[q.end : stop].rstrip().endswith((".", "!", "?", _CLOSERS))
        if verb is None and inner.endswith(",") and cut:
            # `"…," Ukrainian President Volodymyr Zelensky` where the page was cut: the attribution lost its verb
            people = self.people_in(q.end, stop)
            return self.named_person(people[0]) if people else None
        if verb is None or words[0].group().lower() in _CONCESSIVE:
            return None  # not `"…," even as opposition leaders dismissed the offer.`: a clause, no speaker
        return self.resolve(q.end, q.end + verb.start())

    def headline(self, q: Quote) -> str | None:
        """A headline's quote before a colon: its speaker is the subject after the colon when that is a
        title the article names a holder of (`'Truth still matters': Judge jails ex-adviser`) or a named
        person whose verb is one of saying (`'We will rebuild': Ruiz vows`); the line is short and ends
        without a full stop."""
        line = self.text[q.line_start : q.line_end].rstrip()
        if q.start != q.line_start or len(line) > _MAX_HEADLINE or line.endswith(".") or not q.closed:
            return None
        after_colon = _COLON.match(self.text, q.end)
        if after_colon is None:
            return None
        colon = after_colon.end()
        words = list(re.finditer(r"\S+", self.text[colon : q.line_end]))
        verb = next((w for w in words[1:] if w.group().islower() and w.group().isalpha()), None)
        if verb is None or verb.start() == 0:
            return None
        people = self.people_in(colon, colon + verb.start())
        if people:  # a named person: when the verb says they spoke, or what they do (`'Not enough in the tank': Ardern
            # resigns`), not what is done to them (`Hale jailed for fraud`: news about him)
            acts = _HEADLINE_ACTS.fullmatch(verb.group()) is not None
            return people[-1].value if _VERB.match(verb.group()) or acts else None
        subject = [w.group().lower() for w in words if w.start() < verb.start()]
        if all(w.isalpha() for w in subject):
            return self.holder(subject, q.start)
        return None

    def labelled(self, q: Quote) -> str | None:
        """A quote after a heading's colon, the heading opening with a person's name: `Biden: "…"`, `Biden on the
        release: "It's a wonderful feeling"` (a few words, no sentence before the colon); or a heading of its own
        line over the quote's paragraph, its name after a title (`UBS Chair Colm Kelleher:`)."""
        start = q.line_start
        colon = self._colon_before(start, q.start)
        if colon is None and not self.text[start : q.start].strip():  # the quote opens its paragraph
            end = self._back_over(start, 0, str.isspace)
            start = self.text.rfind("\n", 0, end) + 1
            colon = self._colon_before(start, end)
        if colon is None:
            return None
        label = self.text[start:colon]
        if len(label.split()) > _MAX_LABEL_WORDS or _SENTENCE_MARK.search(label):
            return None
        people = self.people_in(start, colon)
        if people and all(w[:1].isupper() for w in self.text[start : people[0].start].split()):
            return self.named_person(people[0])
        return None

    def led_by_saying(self, q: Quote) -> str | None:
        """A quote in the phrase a sentence opens with a participle of saying, before its subject: `Saying “a price
        must be paid” in a case he described as “tragic,” U.S. District Judge Amos Reed sentenced …`: that subject,
        the first person named after the phrase's last quote with nothing but a title between them."""
        start, end = self.index.sentence_at(q.start)
        if not _SAYING_LEAD.match(self.text, start, q.start):
            return None
        for e in self.people_in(q.end, end):
            closed = max(self.text.rfind(closer, q.end - 1, e.start) for closer in _CLOSERS)
            if closed >= 0 and _TITLE_GAP.fullmatch(self.text, closed + 1, e.start):
                return self.named_person(e)
        return None

    def introduced(self, q: Quote) -> str | None:
        """A quote its sentence (or the paragraph before, when the quote opens its own) introduces with a colon after a
        named subject, whatever the verb: `Camp Mystic issued a message of hope: "…"`, `Mayor Joe Herring addressed
        the public: "…"`."""
        end = q.start
        if not self.text[q.line_start : q.start].strip():  # a quote opening its paragraph: the paragraph before
            end = self._back_over(q.line_start, 0, str.isspace)
        start = max(self.index.sentence_at(max(0, end - 1))[0], self.text.rfind("\n", 0, end) + 1)
        colon = self._colon_before(start, end)
        if colon is None or colon == start:
            return None
        masked = self.masked(start, colon)
        if len(masked.split()) > _MAX_INTRO_WORDS:
            return None
        verb = _first_verb(masked)
        if verb is None:
            return None
        issuer = _ISSUED_AT_COLON.search(self.text, start, colon)
        if issuer and (by := self.in_span(issuer.start(1), issuer.end(1))):  # "a statement by president X:"
            # X speaks, but not in "a statement by relatives of Ann Lee:": the relatives do
            return None if _OF_WORD.search(self.text, issuer.start(1), by[-1].start) else by[-1].value
        named = self.in_span(start, start + verb)
        if not named:  # `He was in combative mood in his victory speech: "…"`: whom "he" stands for, unless the words
            # are another's (`She pointed to a banner: "…"`, `He read out a text from his late wife: "…"`)
            pronoun = _pronoun_subject(masked[:verb])
            if pronoun is None or _OTHERS_WORDS.search(masked, verb):
                return None
            return self.person_before(start, pronoun)
        # the subject is a name, with nothing but capitalised words (its title) or a clause before it; or a name in
        # apposition right before the verb ("Spain's far-right Vox party leader, Santiago Abascal, characterised")
        subject = named[-1] if not self.text[named[-1].end : start + verb].strip(" ,") else named[0]
        lead = self.text[start : subject.start].rsplit(",", 1)[-1]
        if any(t[:1].islower() for t in lead.split()):
            return None  # "signs that read:", "Protesters outside the Senate chanted:"
        speaker = self.resolve(start, start + verb, nearest_clause=True)
        return speaker if speaker in self.names else None

    def _colon_before(self, start: int, end: int) -> int | None:
        """Where the colon is that text[start:end] ends with (spaces after it aside), or None."""
        stop = self._back_over(end, start, _IS_SPACE_OR_TAB)
        return stop - 1 if stop > start and self.text[stop - 1] == ":" else None

    def _back_over(self, end: int, floor: int, blank: Callable[[str], bool]) -> int:
        """`end` moved back over at most _MAX_GAP blank characters, not below `floor`."""
        stop = end
        while stop > floor and end - stop < _MAX_GAP and blank(self.text[stop - 1]):
            stop -= 1
        return stop

    def subject(self, start: int, end: int) -> str | None:
        """The subject of the sentence text[start:end] opens with: its words up to the first verb."""
        masked = self.masked(start, end)
        verb = _first_verb(masked)
        if verb is not None:
            return self.resolve(start, start + verb)
        if by := _VERB_BY.search(masked):  # `The Labour leader hit back by saying`: the words before its verb
            return self.resolve(start, start + by.start())
        return self.resolve(start, end)  # no verb known before it: the people it names, first clause first

    def reported_before(self, q: Quote) -> str | None:
        """The speaker of a quote that is a paragraph of its own, right after a paragraph that ends by
        saying who spoke ("…, she said."): that paragraph's speaker goes on."""
        previous_end = self.text.rfind("\n", 0, q.line_start)
        while previous_end > 0 and self.text[previous_end - 1] == "\n":
            previous_end -= 1
        if previous_end <= 0:
            return None
        previous_start = self.text.rfind("\n", 0, previous_end) + 1
        sentence_start = self.index.sentence_at(previous_end - 1)[0]
        offset = max(previous_start, sentence_start)
        if inverted := _SAID_BY_END.search(self.masked(offset, previous_end)):
            # "…, said his rival, Economy Minister Sergio Massa, who conceded defeat.": the person named
            lo = offset + inverted.start("subject")
            for e in self.people_in(lo, offset + inverted.end("subject")):
                # the first person not in a "for"/"of"/"to" phrase ("a spokesman for Joe Biden", "the family of X"),
                # but one in apposition after it ("a lawyer for the family, Ben Crump")
                if _OF_FOR_TO.isdisjoint(self.text[lo : e.start].rsplit(",", 1)[-1].split()):
                    return self.named_person(e)
        m = _REPORTED_END.search(self.masked(offset, previous_end))
        if m is None:
            return self._quoted_in(offset, previous_end) or (
                self._introducing(previous_start, previous_end) if offset == previous_start else None
            )
        return self.resolve(offset + m.start("subject"), offset + m.end("subject"))

    def _introducing(self, start: int, end: int) -> str | None:
        """The person a paragraph of one short sentence opens with as its subject, which the quote after it goes on
        from: `U.S. President Joe Biden on Friday hailed the numbers.`, `John Leer is chief economist at Morning
        Consult.` — the subject right before the first verb (a time or place phrase between them aside); or whom its
        opening "he"/"she" stands for, before a verb of saying (`He said the hotel was engulfed in smoke.`)."""
        masked = self.masked(start, end)
        verb = _first_verb(masked)
        if verb is None or len(masked.split()) > _MAX_INTRODUCING_WORDS or self.next_mark(start, end) < end:
            return None
        if (pronoun := _pronoun_subject(masked[:verb])) and _VERB.match(masked, verb):
            # "He said the hotel was engulfed in smoke.": whom "he" stands for, one the text shows is a man
            if _REPORTED_END.search(self.masked(*self.index.sentence_at(max(0, start - 2)))):
                return None  # "Mr Grant had served 12 years, chief fire officer X said.⏎He said …": not Grant
            person = self.person_before(start, pronoun)
            return person if person and self.sex.get(person) == _SEX_OF[pronoun] else None
        people = self.people_in(start, start + verb)
        if not people or any(t[:1].islower() for t in self.text[start : people[-1].start].split()):
            return None  # "Protesters outside the home of Ann Lee chanted."
        between = self.text[people[-1].end : start + verb]
        said = _VERB.match(masked, verb) or _COPULA.match(masked, verb)  # "hailed the numbers", "is chief economist"
        return self.named_person(people[-1]) if said and _SUBJECT_TO_VERB.fullmatch(between) else None

    def _quoted_in(self, start: int, end: int) -> str | None:
        """Who a sentence says said what it quotes (`Varadkar said voters had given his government "two wallops".`):
        the subject of its verb of saying before its quote marks, or None."""
        i = bisect_left(self.mark_starts, start)
        if i >= len(self.marks) or self.marks[i].start >= end:
            return None
        verb = _VERB.search(self.masked(start, self.marks[i].start))
        if verb is None or _according(verb.group()):
            return None
        if not _may_be_subject(self.text[start : start + verb.start()].split()):
            return None
        return self.resolve(start, start + verb.start(), nearest_clause=True)

    def said_before(self, q: Quote) -> str | None:
        """The speaker of a quote that opens a sentence right after one of its paragraph that tells what someone
        said: `Beijing also said it would not tolerate it. “We will oppose …”` — that sentence's subject."""
        start = self.index.sentence_at(q.start)[0]
        if start <= q.line_start or self.text[start : q.start].strip():
            return None
        previous = max(self.index.sentence_at(start - 1)[0], q.line_start)
        masked = self.masked(previous, start)
        if reported := _REPORTED_END.search(masked):  # "…, CEO Sheila Warren told The Washington Post. “…”"
            return self.resolve(previous + reported.start("subject"), previous + reported.end("subject"))
        verb = _VERB.search(masked)
        if verb is None or _according(verb.group()):
            return None
        words = self.text[previous : previous + verb.start()].split()
        if not _may_be_subject(words):
            return None
        return self.resolve(previous, previous + verb.start(), nearest_clause=True)

    def before(self, q: Quote) -> str | None:
        """An attribution earlier in the quote's sentence: `Dillon said: "…"`, the verb nearest first."""
        sentence_start = max(self.index.sentence_at(q.start)[0], q.line_start)
        prefix = self.masked(sentence_start, q.start)
        asides = [m.span() for m in _ASIDE.finditer(prefix)] + _hyphen_asides(prefix)
        verbs = [
            v
            for v in _VERB.finditer(prefix)
            if not _INFINITIVE.search(prefix, max(0, v.start() - 4), v.start())
            and not any(lo < v.start() < hi for lo, hi in asides)
            and not (
                _PASSIVE_BEFORE.search(prefix, max(0, v.start() - 12), v.start())
                and (v.group() in _ADDRESSED or not _BY_AFTER.match(prefix, v.end()))
            )
        ]  # not `Residents had been told that they faced “…”` (who was told is who heard it), nor `The dead were described
        # in the statement as “…”` (who was described is what was spoken of); `announced by the mayor: “…”` is
        for n in range(len(verbs) - 1, -1, -1):
            verb = verbs[n]
            if agent := _AGENT.match(prefix, verb.end()) or (
                _PASSIVE_BEFORE.search(prefix, max(0, verb.start() - 12), verb.start())
                and _AGENT_BEFORE_QUOTE.match(prefix, verb.end())
            ):  # `described by Christie’s as “…”`, `was announced by the mayor on Friday: “…”`: who did it speaks
                speaker = self.resolve(sentence_start + agent.start(1), sentence_start + agent.end(1))
            elif (quoted := _QUOTED_AS.search(prefix, 0, verb.start())) and not _PASSIVE_BEFORE.search(
                prefix, max(0, quoted.start() - 12), quoted.start()
            ):  # `reports quote the owners as saying “…”` (not `X was quoted in The Times as saying`: X)
                speaker = self.resolve(sentence_start + quoted.start(1), sentence_start + quoted.end(1))
            elif (
                verb.group() in _ISSUING
                and (agent := _POSTED_BY.match(prefix, verb.end()))
                and _A_DOCUMENT_BEFORE.search(prefix, max(0, verb.start() - 20), verb.start())
            ):  # `According to a tweet posted by the Prime Minister's office, “…”`: who posted it speaks
                speaker = self.resolve(sentence_start + agent.start(1), sentence_start + agent.end(1))
            elif _according(verb.group()):
                if n and verb.group().startswith("per"):
                    continue  # `the judge noted that …, per Budman, as well as “…”`: the source passed on the judge's words
                comma = self.text.find(",", sentence_start + verb.end(), q.start)  # `According to X, "…"`
                end = comma if comma >= 0 else q.start
                speaker = self.resolve(sentence_start + verb.end(), end) or self.issued_by(
                    _REPORT_NOUN, sentence_start + verb.end(), end
                )  # `According to a report from X obtained by ABC News, "…"`
            elif relative := _RELATIVE_CLAUSE.search(prefix, max(0, verb.start() - RELATIVE_REACH), verb.start()):
                # `Sarkozy, who had denied all wrongdoing, said "…"`: the subject stands before the clause
                verb_start = sentence_start + relative.start()
                earlier = [v.end() for v in verbs[:n] if v.end() <= relative.start()]
                speaker = self.resolve(sentence_start + max(earlier, default=0), verb_start, nearest_clause=True)
            else:
                verb_start = sentence_start + verb.start()
                # the subject follows any earlier verb or quote: `"…", Dillon said, adding, "…"`
                bounds = [sentence_start + verbs[n - 1].end()] if n else []
                i = bisect_right(self.mark_starts, verb_start)
                bounds += [m.end for m in self.marks[max(0, i - 8) : i] if sentence_start < m.end <= verb_start]
                bound = max(bounds, default=sentence_start)
                clause = _CLAUSE_OPENER.search(prefix, bound - sentence_start, verb.start())
                if clause and self._clause_subject(prefix[clause.end() : verb.start()], sentence_start + clause.end()):
                    bound = sentence_start + clause.end()  # `X sentenced to 30 years after judge says “…”`: the judge
                between = prefix[bound - sentence_start : verb.start()].strip(" ,;:—–-").lower().split(",")[-1].split()
                coordinated = between and (  # `confirmed the toll and said`, `responded to the strike by stating`
                    between[-1] in _CONJUNCTIONS or (between[-1] == "by" and verb.group().endswith("ing"))
                )
                # `X told a press conference, adding that`: a participle after a comma has X for its subject (but
                # `said WHO Director Mohamed Janabi, adding`: the person the earlier verb put after itself)
                named = self.people_in(bound, verb_start)
                participle = (
                    verb.group().endswith("ing")
                    and (
                        prefix[: verb.start()].rstrip().endswith(",")
                        or any(hi == verb.start() and prefix[lo:hi].strip()[:1] != "(" for lo, hi in asides)
                        # `Rohit praised the duo saying, "…"`: who praised says, not the praised
                        or (
                            n
                            and verbs[n - 1].group() in _OBJECT_VERBS
                            and not named
                            and not _a_document(prefix[verbs[n - 1].end() : verb.start()])  # not "a memo saying"
                        )
                    )
                    # a name the verb of saying before put right after itself speaks on (`said WHO Director X, adding`)
                    and not (
                        n
                        and named
                        and not _lower_word(self.text, bound, named[0].start)
                        and verbs[n - 1].group() not in _OBJECT_VERBS  # `X congratulated Y, saying`: X says
                        # (a verb with no subject before it: `Judge X said Maxwell was …, adding` is the judge's)
                        and prefix[: verbs[n - 1].start()].rstrip()[-1:] in ("," + _CLOSERS)
                    )
                )
                inverted = (
                    None if named or verb.group() in _OBJECT_VERBS else self._named_right_before(bound, verb_start, q)
                )
                if inverted:
                    speaker = inverted
                elif participle and not n:
                    # `X read out the verdicts against Y, declaring`: the sentence's first person, else its subject
                    # (`She texted Reuters, saying`)
                    # (`The prime minister took aim at Sir Keir - who … - saying`: the subject, when it names someone)
                    first = self.people_in(sentence_start, verb_start)
                    # the words before a verb the sentence opens with (`Ann Cole beat Tom Reed`: no verb known, none)
                    opening = _first_verb(self.masked(sentence_start, verb_start))
                    opener = self.resolve(sentence_start, sentence_start + opening) if opening is not None else None
                    speaker = opener if opener in self.people or not first else self.named_person(first[0])
                elif coordinated or participle or all(w in _COORDINATORS or _ADVERB.fullmatch(w) for w in between):
                    if n:  # `confirmed the toll and said`, `said, adding`: the earlier verb's subject
                        continue
                    speaker = self.subject(sentence_start, verb_start) if between else None
                else:
                    speaker = self.resolve(bound, verb_start, nearest_clause=True)
                    if n and speaker and _no_one(speaker):
                        continue  # `X said the result indicated that "…"`: X, not the result
            if speaker:
                return speaker
        return None


# A subordinate clause opening right before its verb of saying, with no comma between: its subject is the verb's.
_SUBORDINATORS = "while|when|because|after|before|although|though"  # words opening a subordinate clause
_CLAUSE_OPENER = re.compile(rf"(?<![\w-])(?:{_SUBORDINATORS}|until)[^\S\n]+(?=[^,;:—–()\n]*\Z)")
_MAX_CLAUSE_SUBJECT = 8  # words of a subordinate clause's subject before its verb of saying
# Adverbs of a sentence that stand between its subject and its verb and end in no -ly
_SENTENCE_ADVERBS = frozenset(
    "meanwhile however likewise also too nonetheless nevertheless moreover furthermore later earlier again then now"
    " still instead therefore though".split()
)
_LEADING_ADVERBS = _COORDINATORS | frozenset("afterwards next now first".split())


def _pronoun_subject(words: str) -> str | None:
    """ "he" or "she" where the words before a verb are that pronoun, past leading adverbs (`Then he made the
    pronouncement:`, `Then, she`, `Afterwards, he`), else None."""
    tokens = words.replace(",", " ").lower().split()
    while tokens and (tokens[0] in _LEADING_ADVERBS or _ADVERB.fullmatch(tokens[0])):
        tokens.pop(0)
    return tokens[0] if tokens in (["he"], ["she"]) else None


_VERB_BY = re.compile(r"[^\S\n]+[a-z]+(?:[^\S\n]+(?:back|out|up|off|on|in))?[^\S\n]+by[^\S\n]*\Z")  # "hit back by"


_TEXTS = frozenset("memo memorandum document documents email emails".split())  # besides _DOCUMENT_WORDS


def _a_document(words: str) -> bool:
    """Whether a noun phrase ends in a word for a text that says something ("a leaked memo", "the report")."""
    last = words.strip(" ,").rsplit(" ", 1)[-1].lower()
    return last in _TEXTS or last in _DOCUMENT_WORDS or last.removesuffix("s") in _DOCUMENT_WORDS


def _first_verb(words: str) -> int | None:
    """Where the first verb after the first word of `words` starts (a verb of saying or a word shaped like a verb)."""
    for w in re.finditer(r"\S+", words):
        if w.start() and (_VERB.fullmatch(w.group()) or _VERB_LIKE.fullmatch(w.group().strip(".,;:"))):
            return w.start()
    return None


def _may_be_subject(words: list[str]) -> bool:
    """Whether the words before a verb may be its subject: a few, not opening a clause or a phrase ("which", "and")."""
    return (
        bool(words)
        and len(words) <= _MAX_PHRASE_WORDS
        and (words[0].lower() not in _NOT_A_SUBJECT or words[0].isupper())  # "WHO chief Tedros said": no "who"
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")  # "the 45-year-old man's lawyer": the lawyer speaks, not the man
_AGE_EPITHET = re.compile(r"[0-9]{1,3}-year-old")  # "the 70-year-old": the person the story is about, named before
# Words another wrote or said that a sentence's subject only shows or reads out: "a line from Churchill", "a text from
# his late wife", "pointed to a banner", "held up a sign".
_OTHERS_WORDS = re.compile(
    r"\b(?:(?:text|letter|line|lines|message|note|poem|passage|verse|quote|quotation|words|card|post|tweet)"
    r"[^\S\n]+(?:from|of|by)\b|(?:pointed|points)[^\S\n]+(?:to|at)\b|read[^\S\n]+(?:out|from)\b|held[^\S\n]+up\b"
    r"|banner|placard|sign|poster|inscription|slogan"
    r"|\b(?:was|were)[^\S\n]+(?:sent|shown|handed|served|given|read|asked)\b"  # "She was shown the doctor's report:"
    r"|\bquot(?:ed|ing)\b|\bread[^\S\n]+the\b|\brecording\b)",  # "Then she quoted the poet Bo Li:", "read the verdict:"
    re.IGNORECASE,
)
_AGE_APPOSITION = re.compile(r"[0-9]{1,3}")  # `Ruiz, 54, told`
_LETTER = re.compile(r"[^\W\d_]")
_INFINITIVE = re.compile(r"\bto[^\S\n]+\Z")  # "adds language to say": no one says "to say"
# An aside between dashes or brackets, whose verb is not the sentence's: `The judge noted the support for him — more than
# 400 people wrote letters — and concluded that "…"`.
_ASIDE = re.compile(r"[^\S\n][—–][^\S\n][^—–()\n]{1,200}?[^\S\n][—–][^\S\n]|\([^()\n]{1,200}\)")
# A dash written as two hyphens, or one between spaces ("X -- who … -- said"), which may also be a wire story's or a
# score's: an aside between two of them only when no verb of saying stands between (see _hyphen_asides)
_HYPHEN_DASH = re.compile(r"[^\S\n](--?)[^\S\n]")
ASIDE_REACH = 200  # characters of an aside between dashes
# A relative clause between dashes closing a subject, right before its verb: `The 42-year-old -- who steered the
# country … -- said` (not `The founder -- Margaret Okonjo -- said`: the aside names the one who spoke)
_DASH_ASIDE_END = re.compile(
    r"[^\S\n](?P<dash>[—–]|--?)[^\S\n](?:who|which|whose|whom)\b(?:(?![^\S\n](?:[—–]|--?)[^\S\n])[^()\n]){1,200}?"
    r"[^\S\n](?P=dash)[^\S\n]*\Z"
)


def _hyphen_asides(prefix: str) -> list[tuple[int, int]]:
    """The asides between two hyphen dashes of one kind in `prefix` (`said on Monday - in her first speech - that`),
    each pair with no verb of saying between but "according to" (not a wire story's `LONDON (Reuters) - X said … -`,
    nor `won 2 - 1 … said the 2023 - 24 season`)."""
    dashes = list(_HYPHEN_DASH.finditer(prefix)) if " -" in prefix else []
    found: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(dashes):
        a, b = dashes[i], dashes[i + 1]
        inner = prefix[a.end() : b.start()]
        said = any(not _according(v.group()) for v in _VERB.finditer(inner))  # ("who, according to polls, …" is one)
        if a[1] == b[1] and len(inner) <= ASIDE_REACH and not said:
            found.append((a.start(), b.end()))
            i += 2
        else:
            i += 1
    return found


RELATIVE_REACH = 200  # characters before a verb in which a relative clause after its subject is looked for


def _phrase_ends(words: list[re.Match[str]], n: int) -> bool:
    """Whether a speaker's phrase ends before its n-th word: a relative pronoun ("a witness who was driving"), or a
    time not opening a name ("an airline spokesman Monday", "a rescuer Monday afternoon"; not "the Black Friday
    Traders Association")."""
    word = words[n].group().strip(".,;:!?")
    if word in ("who", "whom", "which"):
        return True
    following = words[n + 1].group() if n + 1 < len(words) else ""
    return word in _WHEN_WORDS and not following[:1].isupper() and not words[n - 1].group()[:1].isupper()


_BEFORE_WHEN = frozenset("on late early last at in by".split())
_CONCESSIVE = frozenset("even though although whereas unless until despite".split())  # a clause, no attribution
_WHEN_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight earlier later".split()
)  # a time after who spoke ends their phrase
_WIRE_DATELINE_AFTER = re.compile(WIRE_DATELINE_AFTER)  # "WICHITA, Kansas (Reuters) -": the place a wire story opens
# A wire story's opening at its line's start: its place in capitals ("DOHA", "GAZA CITY/JERUSALEM"), its region and
# date, and its agency in brackets before a dash or a colon ("RIYADH, June 20 (Reuters) -", "CAIRO, Egypt (AP) —",
# "LONDON (AFP):"), or a dash alone that no other dash on its line closes ("WASHINGTON — The Pentagon said"; not "ICE —
# the agency in charge — said", "NATO - the alliance - said", "WHO (World Health Organization) — which … — said": an
# acronym and its aside)
_WIRE_OPENING = re.compile(
    r"(?:(?<=\n)|^)[^\S\n]*(?:[A-ZÀ-Þ]{2}[A-ZÀ-Þ./'’-]*(?:[^\S\n]+[A-ZÀ-Þ]{2}[A-ZÀ-Þ./'’-]*){0,3}"
    + WIRE_REGION_AND_DATE
    + r"(?:[^\S\n]*\([A-Za-z]+(?:[^\S\n][A-Za-z]+)?\)[^\S\n]*(?:[—–-]|--|:)|[^\S\n]*(?:[—–-]|--))"
    r"(?![^\n]*[^\S\n](?:[—–-]|--)[^\S\n])"
    # or a place in any case, its region in square brackets and its date, before a news agency the lists know ("Paris
    # (AFP) -", "New Delhi [India], December 6 (ANI):", "New Delhi, Dec 6 (IANS)", "KHARTOUM, 6 December (Reuters) -"),
    # or that agency alone ("(CNN) —")
    r"|(?:[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,2}(?:[^\S\n]*\[[^\[\]\n]{1,20}\])?"
    r"(?:,?[^\S\n]+(?:[A-Z][a-z]{2,8}\.?[^\S\n]+[0-9]{1,2}|[0-9]{1,2}[^\S\n]+[A-Z][a-z]{2,8})(?:,[^\S\n]*[0-9]{4})?)?"
    rf"[^\S\n]*)?\((?:{WIRE_AGENCIES}|CNN)\)[^\S\n]*(?:[—–-]|--|:)?)[^\S\n]*",
    re.MULTILINE,
)
_IN_THE_PLACE = re.compile(r"\b(?:in|near|into|across)[^\S\n]+the[^\S\n]+\Z")  # "in the West Bank": a place
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|and|from)[^\S\n]+(?:the[^\S\n]+)?\Z")  # a place named, no issuer
_WHERE_SAID = re.compile(r"[^\S\n]+(?:on|in|via|to|at|during)[^\S\n]")  # where or to whom a name said it
_SPACES = re.compile(r"\s*")
_LOWER_WORD = re.compile(r"\b[a-z]")
_CAPITALISED = re.compile(r"\b[A-Z]")


def _lower_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a lower-case word ("she met", not a title "WHO Director")."""
    return _LOWER_WORD.search(text, start, end) is not None


_IS_SPACE_OR_TAB = " \t".__contains__
_MAX_GAP = 40  # spaces between a colon or a paragraph and the quote it introduces that are read back over
_MAX_LABEL_WORDS = 6
_MAX_INTRO_WORDS = 25  # words of a sentence that introduces its quote with a colon
_MAX_INTRODUCING_WORDS = 25  # words of a paragraph of one sentence that introduces the quote paragraph after it
_SENTENCE_MARK = re.compile(r"[.!?;,\"“”]")
_DASHES = frozenset("– — --".split())
_ISSUED_BY = frozenset({"from", "of", "by"})
_ISSUING = frozenset({"released", "issued", "published", "posted", "sent", "put"})  # "a statement released by X"
# Who issued a document, as the subject of its issuing: "The Saudi government released a statement", "Police issued a
# short statement".
_ISSUED_A = re.compile(
    r"\b(?:released|issued|published|put[^\S\n]+out|sent|(?:said|says|[a-z]{3,}ed(?:[^\S\n]+[a-z]+){0,3})[^\S\n]+in)"
    r"[^\S\n]+(?:a|an|its|their)[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+)?(?P<noun>statement|release|communiqu[eé]|post|message)\b"
)  # "X released a statement", "X said in a statement", "X said in a post on Telegram", "X expressed deep sorrow in a
# statement": the statement or post is X's
_ISSUING_REACH = 3000  # characters before "the statement says" in which who issued it may be named
_ISSUER_WORDS_REACH = 80  # characters of the subject before the issuing verb
_DENIALS = frozenset({"not", "never", "n't"})
_ISSUING_ADVERBS = _DENIALS | frozenset("has have had since also later then already just now yet".split())
_HONORIFICS = frozenset("mr mrs ms miss mx dr".split())  # titles that say no office
_RELAYS = frozenset({"reported", "reports"})  # verbs of saying of who passes on what another said
SIGNATURE_TAIL = 5  # words after the verb of a sentence that only signs the quote before it ("on X", "in a statement")
# A passive verb's agent right before its quote: "described by Christie’s as “…”", "branded by critics as".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)[^\S\n]+\Z")
_OF_WORD = re.compile(r"[^\S\n]of[^\S\n]")  # "relatives of Ann Lee": a description of whom, not a name's
_COPULA = re.compile(r"(?:is|was)[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+|an[^\S\n]+)?[a-z]+")
# "X was quoted as saying", "X was quoted by the TASS agency as saying": X
_QUOTED_AS_BEFORE = re.compile(
    r"[^\S\n]+(?:was|were|is|are|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+quoted"
    r"(?:[^\S\n]+by[^\S\n]+[^,;:\n]{1,60}?)?[^\S\n]+as[^\S\n]*\Z"
)
_QUOTED_AS = re.compile(r"\bquot(?:e|es|ed|ing)[^\S\n]+([^,;:\n]{1,80}?)[^\S\n]+as[^\S\n]+\Z")  # who is quoted
_BY_AFTER = re.compile(r"[^\S\n]+by\b")  # a passive's agent follows: "was announced by the mayor"
_AGENT_BEFORE_QUOTE = re.compile(
    r"[^\S\n]+by[^\S\n]+([^,;:\n]{1,80}?)(?=[^\S\n]+(?:on|in|at|during|after|late|early|last|this)\b|[^\S\n]*[,:])"
)  # "was announced by the mayor on Friday: “…”", "were confirmed by Finance Minister John Mbadi: “…”"
_AGENT = re.compile(r"[^\S\n]+by[^\S\n]+([^,;:\n]{1,80}?)[^\S\n]+as[^\S\n]*\Z")
_POSTED_BY = re.compile(r"[^\S\n]+by[^\S\n]+([^,;:\n]{1,80}?)[^\S\n]*[,:]?[^\S\n]*\Z")  # "posted by X, “…”"
_RELATIVE_CLAUSE = re.compile(
    r",[^\S\n]*(?:who|which)\b[^,\n]*,[^\S\n]*\Z"
)  # ", who had denied it all, " before a verb

# The word of an institution's name a description stands for, where it is not the description's own noun.
_INSTITUTION_WORD = {"force": "Police"}
# Bodies of a state that many names end in, of one side or another ("the army": the junta's, not the Arakan Army's)
_BODIES_OF_STATE = frozenset("army government state court military regime navy".split())
# "the company", "the airline", "the planemaker": the business the sentences before show speaking, else named last
_BUSINESS_NOUNS = frozenset(
    """company firm airline carrier automaker carmaker planemaker chipmaker retailer insurer lender manufacturer
    startup""".split()
)
# Words for a public body that oversees others, which its name rarely holds ("the watchdog" for the Data Protection
# Commission), and the words that say a name is such a body's.
_OVERSEER_NOUNS = frozenset({"regulator", "watchdog"})
_AUTHORITY_WORDS = frozenset(
    "Commission Commissioner Authority Board Agency Office Council Regulator Ombudsman Inspectorate Bureau "
    "Administration Department Ministry Tribunal".split()
)
# Documents that speak for whoever issued them ("the statement said", "the post read").
_DOCUMENTS = frozenset({"statement", "release", "communique", "communiqué", "post", "message"})
# A passive's words cited from a document: "were described in the statement as “…”", "was called in its release “…”"
_DESCRIBED_IN = re.compile(
    r"\b(?:was|were|is|are|been)[^\S\n]+(?:described|called|characteri[sz]ed|labell?ed|referred[^\S\n]+to)[^\S\n]+in"
    r"[^\S\n]+(?:the|a|an|its|their)[^\S\n]+(?P<noun>statement|release|communiqu[eé]|post|message)[^\S\n]+as"
    r"[^\S\n]*(?:having[^\S\n]+)?\Z"
)
_REPORTS = _DOCUMENTS | frozenset({"report", "letter", "filing"})  # speak for who the text says issued them
_REPORT_NOUN = "(?:" + "|".join(sorted(_REPORTS)) + ")"
# Verbs of saying whose object is who they are said to: "told Spencer", "thanked the judge".
_ADDRESSED = frozenset(
    "told tells asked asks urged urges thanked thanking warned warns reminded reminds congratulated congratulates".split()
)
# …and those too whose object is who they are said of: the name after any of them never says it.
_OBJECT_VERBS = _ADDRESSED | frozenset(
    "praised praises blamed blames criticised criticized accused accuses condemned condemns hailed hails slammed slams "
    "denounced denounces branded dubbed called answered".split()
)
_WAS_HOW = re.compile(r"[^\S\n]*(?:was|is)[^\S\n]+how[^\S\n]")
_TOLD_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_ADDRESSED)) + r")[^\S\n]+(?:(?:Judge|Mr|Mrs|Ms|Dr)\.?[^\S\n]+)?\Z"
)  # the name after a verb said to someone (not "a man called John Baxter": named, not addressed)
_SAYING_LEAD = re.compile(
    r"[^\S\n]*(?:Saying|Calling|Describing|Noting|Insisting|Warning|Adding|Arguing|Stressing|Admitting|Conceding)[^\S\n]"
)  # a sentence opening with a participle of saying, its subject named after the phrase
_TITLE_GAP = re.compile(r"[\s,]*(?:(?:[A-Z][\w.’'-]*|of|the)[^\S\n]+)*")  # ", U.S. District Judge " before a name
_GLOSS = re.compile(r"\A[^\S\n]*\([^()\n]{1,20}\)")  # a name's short form in brackets right after it
_SUBJECT_TO_VERB = re.compile(
    r"[^\S\n]*(?:(?:on|in|at|last|this)[^\S\n]+[A-Z]?[a-z]+[^\S\n]*)?,?[^\S\n]*"
)  # " on Friday "
_GOING_ON = re.compile(rf"[{_CLOSERS}]?[^\S\n]*,[^\S\n]*(?:saying|adding|writing|noting)\b")  # the subject speaks on
_ISSUED_AT_COLON = re.compile(
    rf"\b{_REPORT_NOUN}[^\S\n]+(?:by|from)[^\S\n]+((?:[\w.’'-]+[^\S\n]+){{0,5}}[\w.’'-]+)[^\S\n]*\Z"
)  # "a statement by president David McCall" right before a colon: the words that name its issuer
_DOCUMENT_WORDS = _REPORTS | {
    "note",
    "tweet",
}  # "a note from the Swiss central bank", "a tweet by X": a paper speaks for its issuer
_A_DOCUMENT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_DOCUMENT_WORDS))})[^\S\n]+\Z")  # "a tweet posted by"
_ISSUER_REACH = 120  # characters after "a report from" in which its issuer is named
_IT_REACH = 2  # sentences back in which `it` looks for the organisation it stands for
_SAYS = re.compile(rf"[^\S\n]+(?:also[^\S\n]+)?(?:{_VERBS})\b")  # a name followed by its verb of saying


# A party's member named by party, often after a place: "the California Republican", "the Texas Democrat".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_EPITHETS = frozenset("republican democrat conservative liberal socialist tory".split())


def _epithet(name: str) -> bool:
    """Whether a "name" is an epithet that stands for a person named before (by its last word)."""
    return name.rsplit(" ", 1)[-1].lower() in _EPITHETS


_STAFF = frozenset("employees staff workers members officials executives shareholders".split())
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)\b")


def _names_a_noun(text: str, end: int) -> bool:
    """Whether a name stands before a noun it modifies ("Microsoft's Xbox division", "Xbox boss"): the name
    of what the noun belongs to, not someone who speaks."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m[1] in ORG_NOUNS or m[1] in PERSON_NOUNS or m[1] in PLACE_NOUNS or m[1] in _STAFF)


def _definite_role(text: str, q: Quote, role: str | None) -> bool:
    """Whether the role speaking a quote is said with "the" next to it ("said the official", "the official said")."""
    near = text[max(q.line_start, q.start - _MAX_PHRASE_CHARS) : min(q.line_end, q.end + _MAX_PHRASE_CHARS)]
    return role is not None and re.search(rf"\b[Tt]he[^\S\n]+{re.escape(role)}\b", near) is not None


# Offices one person holds, whom a story names before calling them by the office alone ("the chancellor said").
_OFFICES = frozenset(
    "captain skipper coach manager chancellor governor mayor premier president minister secretary chairman "
    "chairwoman ceo leader senator taoiseach".split()
)


def _bare_role(speaker: str | None, names: frozenset[str]) -> bool:
    """A speaker given only as a role the article names no one by ("official", "lawyer", "Fine Gael leader")."""
    return speaker is not None and speaker not in names and _is_role(speaker.rsplit(" ", 1)[-1])


# A clause opening with a role and what it is of: "the leader of the far-right", "a spokesman for".
_ROLE_OF = re.compile(r"\s*(?:[Tt]he|[Aa]n?)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?([\w-]+)[^\S\n]+(?:of|for|at)[^\S\n]")


# An organisation's verb of ordering or deciding, whose order a quote in its sentence gives ("The DPC ordered …").
_ORDERING = re.compile(
    r"\b(?:ordered|orders|demanded|demands|required|requires|ruled|rules|decided|decides|instructed|instructs|"
    r"directed|directs|urged|urges)\b"
)
_PASSIVE_AFTER = re.compile(r"[^\S\n]+(?:was|were|is|are|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+[a-z]+(?:ed|en)\b")
_HYPHEN_WORD = re.compile(r"-[^\W\d_]")  # a word joined on by a hyphen ("-led"; not a dash, "--who")
_SAYING = re.compile(r"\b(?:said|says|told|added|stated|announced|warned|confirmed|wrote)\b")  # plainly saying
# A conjunction that ends the phrase naming who spoke after "said" ("said the judge while explaining why …").
_SUBORDINATE = re.compile(rf"[^\S\n]+(?:{_SUBORDINATORS}|as|since|adding|noting)(?![\w-])")
# A conjunction opening a clause with a subject of its own ("and its leader", "and analysts"; not "but later").
_NEW_SUBJECT = re.compile(r"\b(?:and|but|while|as)[^\S\n]+(?!(?:later|also|then|subsequently|afterwards)\b)\w")
# What a reported clause's subject may be that says nothing itself ("X said the result indicated that …").
_NON_SPEAKERS = frozenset(
    "result results data figure figures number numbers statistics study survey research evidence outcome".split()
)


def _proper_word_of(modifier: str, name: str) -> bool:
    """Whether a description's proper word is a word of the name, or of its stem ("Swiss" in "Swiss National Bank",
    "Japanese" for "Bank of Japan", "Indian" for "Reserve Bank of India"; not "Swiss" for "Signature Bank")."""
    stem = modifier[:4]
    return any(w == modifier or (len(w) >= 4 and len(stem) == 4 and w.startswith(stem)) for w in name.split())


def _no_one(speaker: str) -> bool:
    """Whether words found as a speaker name no one, but a finding or a figure (`result`, `the data`)."""
    return speaker.split()[-1].lower() in _NON_SPEAKERS


def _is_role(word: str) -> bool:
    """A title or a noun naming what a person does: `Judge`, `minister`, `spokesman`."""
    return word in TITLES or word.lower() in PERSON_NOUNS or word.capitalize() in TITLES


# A title, "of" and an office right before a name: "Secretary of the Treasury Scott Bessent", "Minister of Health X".
_TITLE_OF = re.compile(
    r"(?<![\w.])((?:[A-Z][\w.]*[^\S\n]+){0,2}[A-Z][\w.]*)[^\S\n]+of(?:[^\S\n]+the)?[^\S\n]+((?:[A-Z][\w&-]*[^\S\n]+){1,3})\Z"
)


# Titles as they are abbreviated before a name, by the word "the ..." uses later ("Gov. X" ... "the governor").
_SPELLED_OUT = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant", "cpl": "corporal", "adm": "admiral",
    "cmdr": "commander", "prof": "professor", "rev": "reverend", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "atty": "attorney", "pres": "president", "amb": "ambassador",
}  # fmt: skip


def _title_word(token: str) -> str:
    word = token.lower().strip(".")
    return _SPELLED_OUT.get(word, word)


def person_titles(text: str, entities: list[Candidate]) -> dict[str, set[str]]:
    """The title words an article gives each person it names, by canonical name ("Rudy Giuliani, the former New York
    City mayor": former, new, york, city, mayor; "Tom Hart, a lawyer for the officer": lawyer, not officer)."""
    found: dict[str, set[str]] = defaultdict(set)
    for e, words in _titles(text, entities, own_only=True):
        found[str(e.value)] |= words
    return found


def _titles(text: str, mentions: list[Candidate], own_only: bool = False) -> list[tuple[Candidate, set[str]]]:
    """Each person mention with the title words the text gives it: the run of words right before the
    name back to a determiner, verb or punctuation ("the federal judge Amy Berman Jackson", "Interior
    Minister X") and a lower-case apposition after it ("X, the interior minister,")."""
    found = []
    for e in mentions:
        if e.unit != "person":
            continue
        words: set[str] = set()
        line_start = text.rfind("\n", 0, e.start) + 1
        tokens = text[max(line_start, e.start - 80) : e.start].split()
        if tokens and _is_role(tokens[-1].strip(".,")):  # the word right before the name is a title or role
            for token in reversed(tokens):
                word = token.lower()
                if (
                    not _TITLE_WORD.fullmatch(token)
                    or word in _DETERMINERS
                    or word in _LINKS
                    or _VERB.fullmatch(word)
                    or _VERB_LIKE.fullmatch(word)
                ):
                    break
                words.add(_title_word(word))
        elif of := _TITLE_OF.search(text, max(line_start, e.start - 80), e.start):
            title = of[1].split()
            if _is_role(title[-1].strip(".,")):  # "Secretary of the Treasury Scott Bessent": secretary, treasury
                words.update(_title_word(w) for w in title + of[2].split())
        after = _TITLE_AFTER.match(text, e.end)
        if after and any(_is_role(w) for w in after.group(1).split()):
            apposed = after.group(1).lower().split()
            if own_only:  # (with `own_only`, not whom it is of: "a lawyer for the officer" is no officer)
                apposed = list(takewhile(lambda w: w not in _LINKS, apposed))
            words.update(w for w in apposed if w not in _LINKS)
        if words:
            found.append((e, words))
    return found


def attribute(
    text: str,
    index: SentenceIndex,
    marks: list[Quote],
    quotes: list[Quote],
    entities: list[Candidate],
    titled_elsewhere: dict[str, frozenset[str]] | None = None,
) -> list[str | None]:
    """The speaker of each quote in `quotes` (all quote-marked spans are `marks`), or None; `titled_elsewhere` holds
    the title words the story's other articles give the people this one names (person_titles)."""
    speakers = _Speakers(text, index, marks, entities, titled_elsewhere)
    found = [
        speakers.after(q)
        or speakers.before(q)
        or speakers.described_in(q)
        or speakers.headline(q)
        or speakers.signed_after(q)
        or speakers.labelled(q)
        or speakers.introduced(q)
        or speakers.led_by_saying(q)
        for q in quotes
    ]
    # a quote left open at its paragraph's end: the next paragraph's quote goes on and may name the speaker; a
    # quote whose sentence goes on to another quote and then names who spoke (`“…”, it means “…”, Varadkar said`)
    for n in range(len(quotes) - 2, -1, -1):
        if found[n] is None and (
            (not quotes[n].closed and _continues(text, quotes[n + 1], quotes[n]))
            or (
                speakers.index.sentence_at(quotes[n].start) == speakers.index.sentence_at(quotes[n + 1].start)
                # not "…,” while X says “…"; but "X congratulated him on “…”, saying “…”": X's both
                and (
                    not _VERB.search(text, quotes[n].end, quotes[n + 1].start)
                    or _GOING_ON.match(text, quotes[n].end, quotes[n + 1].start)
                )
                and not speakers.in_span(quotes[n].end, quotes[n + 1].start)
            )
        ):
            found[n] = found[n + 1]
    for n in range(1, len(quotes)):
        between, others = _named_between(speakers, quotes[n - 1], quotes[n], found[n - 1])
        if found[n] is None and _goes_on(text, quotes[n - 1], quotes[n], others):
            found[n] = found[n - 1]
        elif (
            found[n] is None
            and not others
            and found[n - 1] is not None
            and speakers.next_mark(quotes[n - 1].end, quotes[n].start) >= quotes[n].start
            and _one_paragraph_between(text, quotes[n - 1], quotes[n])
            and any(speakers.named_person(e) == found[n - 1] for e in between)
        ):  # `the ONS said "…".⏎ONS data showed …⏎"Increases across …`: the speaker its paragraph named goes on
            found[n] = found[n - 1]
        elif found[n] is None and not others and _body_goes_on(speakers, quotes[n - 1], quotes[n], found[n - 1]):
            found[n] = found[n - 1]
        elif (
            _bare_role(found[n], speakers.names)
            and found[n - 1] in speakers.names
            and speakers.may_hold(found[n - 1], found[n])
            and not others
            and _near(text, quotes[n], quotes[n - 1])
            and _definite_role(text, quotes[n], found[n])  # not "said a survivor": someone else
        ):  # `"…," Hendri told AFP.⏎"…," said the official`; `Mr Varadkar said.⏎Asked …, the Fine Gael leader said "…"`
            found[n] = found[n - 1]
    for n, q in enumerate(quotes):
        if (
            found[n] is None
            and n
            and found[n - 1] is not None
            and not speakers.in_span(q.end, speakers.index.sentence_at(q.end - 1)[1])
            and _goes_on(text, quotes[n - 1], q, _named_between(speakers, quotes[n - 1], q, found[n - 1])[1])
        ):
            # going on from a quote this pass gave its speaker (its paragraph's introduction), naming no one after it
            # (`"…," Meta's Nick Clegg complained`: his, however the verb was missed)
            found[n] = found[n - 1]
        elif found[n] is None:
            found[n] = (
                speakers.reported_before(q) if _whole_paragraph(text, q) else speakers.said_before(q)
            ) or speakers.sentence_subject(q)
        elif (
            (role := found[n]) is not None
            and _bare_role(role, speakers.names)
            and role.rsplit(" ", 1)[-1].lower() in _OFFICES
            and _definite_role(text, q, role)
        ):
            # "the captain said" where no one is named with that title: the one person the story has named, unless
            # the text gives them another title; an office, never a part in what is told ("the judge said" after
            # "Smith was sentenced" is no one named; "the captain said" after two players named is neither)
            person = speakers.only_person_named(q.start)
            if person and speakers.may_hold(person, role):
                found[n] = person
    return [None if speaker and speaker.lower() in _PRONOUNS else speaker for speaker in found]  # never "she"


def _named_between(
    speakers: _Speakers, previous: Quote, q: Quote, speaker: str | None
) -> tuple[list[Candidate], list[Candidate]]:
    """Who is named after the sentence of the quote before `q` (its own attribution may name a co-speaker), and of
    them who else may speak than that quote's `speaker` (an epithet of the last speaker is the last speaker)."""
    said = min(speakers.index.sentence_at(previous.end - 1)[1], q.start)
    between = speakers.in_span(max(previous.end, said), q.start)
    others = [
        e
        for e in between
        if e.unit in ("person", "org")
        and speakers.named_person(e) != speaker
        and not _names_a_noun(speakers.text, e.end)  # "sent to Activision Blizzard employees"
    ]
    return between, others


def _goes_on(text: str, previous: Quote, q: Quote, others: list[Candidate]) -> bool:
    """Whether `q` goes on from the quote before, no one else named between them but in a photo's caption."""
    return (not others or _picture(text[previous.line_end : q.line_start])) and _continues(text, q, previous)


def _body_goes_on(speakers: _Speakers, previous: Quote, q: Quote, body: str | None) -> bool:
    """Whether `"…," it added` goes on from the body that spoke the quote before (`"…," the policy committee
    said.⏎Policy "will be tightened …," it added.`): no person's quote (nor "a police spokesman"'s), and no sentence
    between nor body named before the quote in its own, whose subject "it" may be ("The finance ministry welcomed it.
    "…," it said")."""
    text = speakers.text
    if body is None or not (
        _IT_SAID.match(text, q.end) or _IT_SAID_BEFORE.search(text, max(q.line_start, q.start - 20), q.start)
    ):
        return False
    if any(e.unit == "person" and e.value == body for e in speakers.mentions):
        return False
    if body.rsplit(" ", 1)[-1].lower() in PERSON_NOUNS:
        return False
    opening = speakers.index.sentence_at(q.start)[0]
    between = text[speakers.index.sentence_at(previous.end - 1)[1] : opening]
    if between.strip():
        return False
    # nor a body the quote's own sentence opens on ("The airline “has full confidence …,” it said")
    own = text[max(opening, q.line_start) : q.start].lower().split()
    return not any(w.strip(".,;:") in _BODY_NOUNS for w in own) and not speakers.in_span(opening, q.start)


# A paragraph that ends by saying who spoke: "…, she said." / "…, prosecutor Laure Beccuau told reporters." / "…, the
# 70-year-old declared:" / "…, retired coast guard Admiral Nikos Spanos told national broadcaster ERT."
_REPORTED_END = re.compile(
    rf",\s+(?P<subject>(?:[\w.’'-]+\s+){{1,8}}?)(?:{_VERBS})(?:\s+[\w’'-]+){{0,4}}[.:][\"”’']?\s*\Z"
)


# …and one that ends with its verb of saying before who spoke: "…, said his rival, Economy Minister Sergio Massa, who
# conceded defeat." (a relative clause after the name aside)
_SAID_BY_END = re.compile(
    r",\s+(?:said|says|added|told\s+reporters)\s+(?P<subject>(?:[\w.’'-]+,?\s+){0,8}?[\w.’'-]+)"
    r"(?:,\s+(?:who|whose|which)\s[^.;:\n]{0,150})?[.][\"”’']?\s*\Z"
)
_BODY_NOUNS = ORG_NOUNS | _BUSINESS_NOUNS  # what "it" may stand for: "the airline", "the ministry"
_IT_SAID = re.compile(rf"[,.!?]?[\"”’']?[^\S\n]*it[^\S\n]+(?:{_VERBS})\b")  # `"…," it added`: a body's words
_IT_SAID_BEFORE = re.compile(rf"\b[Ii]t[^\S\n]+(?:{_VERBS})[^\S\n]*:[^\S\n]*\Z")  # `It added: "…"`
# `Biden said that the US “will …,” according to The Associated Press`: a news agency passed on what another said.
_A_NEWS_AGENCY = re.compile(
    r"[^\S\n]+(?:the[^\S\n]+|The[^\S\n]+)?(?:Associated[^\S\n]+Press|Agence[^\S\n]+France-Presse|Press[^\S\n]+Trust"
    rf"[^\S\n]+of[^\S\n]+India|{WIRE_AGENCIES}|Interfax|KCNA"
    r"|Bloomberg|CNN|BBC|NBC|ABC|CBS|NPR|Fox[^\S\n]+News|Al[^\S\n]+Jazeera|Politico|Axios|Guardian|New[^\S\n]+York"
    r"[^\S\n]+Times|Washington[^\S\n]+Post|Wall[^\S\n]+Street[^\S\n]+Journal|Financial[^\S\n]+Times"
    r"|(?:[\w-]+[^\S\n]+){0,3}?(?:news[^\S\n]+agency|state[^\S\n]+media|state[^\S\n]+television|state[^\S\n]+TV"
    r"|local[^\S\n]+media|media[^\S\n]+reports))\b"
)
_OF_FOR_TO = frozenset({"of", "for", "to"})  # "a spokesman for X", "the family of X": X is whom the speaker is of
_SAID_TAIL = 60  # characters at the end of a quote left open in which a verb of saying shows it lost its closing mark


def _whole_paragraph(text: str, q: Quote) -> bool:
    """Whether a quote is its paragraph, from its first character to its last (closed, or left open to its end with
    no verb of saying near its end: `"We have pumps, said Ana Ruiz, the mayor.` lost its closing mark, not its
    speaker)."""
    if text[q.line_start : q.start].strip() or text[q.end : q.line_end].strip():
        return False
    return q.closed or not _VERB.search(text, max(q.start, q.end - _SAID_TAIL), q.end)


def _one_paragraph_between(text: str, previous: Quote, q: Quote) -> bool:
    """Whether `q` opens the paragraph after the one after `previous`'s."""
    if text[q.line_start : q.start].strip():
        return False
    lines = [line for line in text[previous.line_end : q.line_start].split("\n") if line.strip()]
    return len(lines) == 1


def _near(text: str, q: Quote, previous: Quote) -> bool:
    """Whether `q` is in `previous`'s paragraph or the one after it (a quote left open goes on past a photo's
    caption and its credit set between its paragraphs)."""
    between = text[previous.line_end : q.line_start]
    return previous.line_start == q.line_start or not between.strip() or (not previous.closed and _picture(between))


def _picture(between: str) -> bool:
    """Whether the lines between two paragraphs are a photo's: its credit, and at most a caption line before it."""
    lines = [line for line in between.split("\n") if line.strip()]
    return 0 < len(lines) <= 2 and find_credit(lines[-1]) is not None and '"' not in between and "“" not in between


def _continues(text: str, q: Quote, previous: Quote) -> bool:
    """Whether `q` goes on from `previous`: in the same paragraph, or opening the next one."""
    opens_paragraph = previous.line_start == q.line_start or not text[q.line_start : q.start].strip()
    return opens_paragraph and _near(text, q, previous)
