"""Names of people, organisations and places: proper-noun phrases with titles stripped.

`find_entities` reads one article; `canonicalize_entities` (in `canonical`) gives every spelling of
one name a corpus-wide value. Until then an entity candidate's `unit` holds what the words around
it say it names ("person", "org", "place" or None); canonicalisation decides per name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from workbench.extract.aliases import aliases
from workbench.extract.canonical import (
    NAME_SUFFIXES,
    WIRE_DATELINE_AFTER,
    WIRE_OPENED,
    canonicalize_entities,
    given_name,
)
from workbench.extract.lexicon import (
    ARTICLES,
    BULLETS,
    CALENDAR,
    COMMON,
    CONNECTORS,
    COUNTRY_PLURALS,
    DEMONYMS,
    OPENING_MARKS,
    ORG_NOUNS,
    ORG_WORDS,
    ORG_WORDS_NOT_ALONE,
    PERSON_NOUNS,
    PLACE_BEFORE,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    TITLE_QUALIFIERS,
    TITLES,
    closed_class,
    countries,
    frequent_word,
    lower_case_words,
    quote_opened,
    regions,
    word_frequencies,
)
from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.numwords import SERIAL_LABELS
from workbench.extract.sentences import SentenceIndex
from workbench.extract.spans import Spans, union
from workbench.load.credits import FILE_MARK, credit_spans
from workbench.load.lines import LABEL_REACH, after_page_date_label
from workbench.model import Article, Candidate

__all__ = ["canonicalize_entities", "find_entities"]

_LINE = re.compile(r"[^\n]+")
# The words a name may be made of: dotted acronyms (U.S.), capitalised words (Deir, US-led,
# O'Neill), lower-case prefixes before a capital (ez-Zor, anti-Isis) and the lower-case connectors;
# the regex skips every other word.
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩЀ-Я"
_WORD = re.compile(
    rf"(?<![\w'’&-])(?:[{_CAPITALS}]+&[{_CAPITALS}]\w*|(?:[{_CAPITALS}]\.){{2,}}|[{_CAPITALS}]\w*(?:['’-]\w+)*"  # "AT&T"
    rf"|[a-z]+['’-][{_CAPITALS}]\w*(?:['’-]\w+)*"
    rf"|(?:{'|'.join(sorted(CONNECTORS | {'and'}))})(?![\w'’-])|on(?=[^\S\n][{_CAPITALS}]))"
)
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_SENTENCE_ADVERBS = frozenset("sometimes often maybe besides hence otherwise nonetheless nevertheless".split())
_ORDINARY_SUFFIX = re.compile(r"(?:ing|ed|ly|tions?|ments?|ness|ity|ous|ful|less|ive|able|ible|ism)$")
_BEFORE_WORD = " \t" + OPENING_MARKS + BULLETS  # what may stand before a clause's first word
_ADJECTIVE = re.compile(r"(?:an|ese|ish|i)$")  # Estonian, Maltese, Danish, Iraqi
_ABBREVIATED = frozenset(
    {
        "Col",
        "Gen",
        "Lt",
        "Maj",
        "Capt",
        "Sgt",
        "Cpl",
        "Adm",
        "Cmdr",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Sen",
        "Rep",
        "Gov",
        "Rev",
        "Pvt",
        "St",
        "Jr",
        "Sr",
    }
)
_AFTER = re.compile(r"\W{0,2}([\w’']+)")
_APPOSITION = re.compile(r",\s+(?:(who|whose|which)\b|(?:(?:a|an|the)\s+)?([^,.;:\n]{0,50}))")  # not "X, June 3: The …"
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_CURRENCY = "$€£¥₹"
_TITLE_GLUE = frozenset("a an the and or of to in on at for by with from as is are was vs via".split())
_CHUNK_END = re.compile(r"\b(?:of|at|to|for|in|on|from|with|who|whose|which|that|whom)\b")


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    name: bool  # capitalised (or an article particle before a capitalised part)
    open_left: bool = True  # may continue a name on its left
    open_right: bool = True  # may be continued on its right


def _is_name_part(part: str) -> bool:
    return part[:1].isupper()


_GIVEN_SYLLABLE = re.compile(r"[A-Z][a-z]{0,4}")
# How common a word is (per word of text, Zipf 4) from which it is a common word, no name: a given name's second
# syllable after a one-letter first ("Kim E-bae"; not "U-turn", "X-ray", "A-list"), a surname after a party's word
# ("Peronist Sergio Massa"; not "Labour Day Parade").
COMMON_WORD = 1e-5
# Lower-case words after a hyphen that make the name a modifier, not a given name ("US-led", "Hamas-run").
_HYPHEN_SUFFIXES = frozenset(
    "based backed born bound era style wide like made owned held led run hit type free only ward area zone "
    "city level class sized size long day week month year old new linked hosted".split()
)


def _common_word(word: str) -> bool:
    """Whether a word, or its singular, is a common English word (COMMON_WORD): "rays", "boats", "suite", "parade"."""
    frequencies = word_frequencies()
    return any(frequencies.get(w, 0.0) >= COMMON_WORD for w in {word, word.removesuffix("s")})


def _second_syllable(part: str) -> bool:
    return 2 <= len(part) <= 5 and part.isalpha() and part.islower() and part not in _HYPHEN_SUFFIXES


def _held_formerly(word: str) -> bool:
    """Whether "Ex-" before the word says who held a post or belonged, no part of a name: "Ex-President", "Ex-Virginia
    Gov.", "Ex-Labour MP", "Ex-Google engineer" (not "Ex-Im Bank": a part too short to be a word of its own)."""
    return len(word) > 2


def _split_word(start: int, text: str) -> _Word:
    """One word, cut down to its capitalised hyphen parts ("US-led" -> "US", "anti-Isis" -> "Isis")."""
    possessive = text.endswith(_POSSESSIVE_ENDS) and _POSSESSIVE.search(text)
    if possessive:
        text = text[: possessive.start()]
    if "-" not in text:
        return _Word(start, start + len(text), text, _is_name_part(text), True, not possessive)
    parts = text.split("-")
    names = [
        (_is_name_part(p) and not (i == 0 and len(parts) == 2 and p.lower() == "ex" and _held_formerly(parts[1])))
        or (p.lower() in ARTICLES and i + 1 < len(parts) and _is_name_part(parts[i + 1]))
        for i, p in enumerate(parts)
    ]
    if len(parts) == 2 and names[0] and _GIVEN_SYLLABLE.fullmatch(parts[0]) and _second_syllable(parts[1]):
        # a hyphenated given name: "Ka-chiu", "Wai-ho" ("John Lee Ka-chiu"), "E-bae" ("Kim E-bae")
        names[1] = len(parts[0]) > 1 or not _common_word(parts[1])
    first = names.index(True) if True in names else len(parts)
    last = first
    while last < len(parts) and names[last]:
        last += 1
    if first == len(parts):
        return _Word(start, start + len(text), text, False, True, not possessive)
    offset = start + sum(len(p) + 1 for p in parts[:first])
    kept = "-".join(parts[first:last])
    return _Word(offset, offset + len(kept), kept, True, first == 0, last == len(parts) and not possessive)


_NOT_AFTER = "#@" + _CURRENCY
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


_A_BEFORE = re.compile(r"\b[Aa]n?[^\S\n]+\Z")  # "a McDonald's": no one's, a name ending in 's
# "at Lord's.", "outside Sotheby's,": a place whose name ends in 's, where nothing follows that it could own
_A_PLACE_ENDING_IN_S = re.compile(r"\b(?:at|outside|inside|near)[^\S\n]+\Z")
_CLAUSE_ENDS = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\n|\Z)")


def _words(text: str, start: int = 0, end: int | None = None) -> list[_Word]:
    """The words of text[start:end] that may make names, with offsets in `text`."""
    words = []
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        at = m.start()
        if at > 0 and text[at - 1] in _NOT_AFTER:
            continue  # hashtags, handles and currency codes ("$US20,000") are not names
        token = m.group()
        if token.endswith(("'s", "’s")) and "-" not in token and _A_BEFORE.search(text, max(0, at - 4), at):
            word = _Word(at, at + len(token), token, token[:1].isupper())  # "a McDonald's restaurant": a brand's 's
        elif (
            token.endswith(("'s", "’s"))
            and _A_PLACE_ENDING_IN_S.search(text, max(0, at - 8), at)
            and (_CLAUSE_ENDS.match(text, at + len(token)))
        ):
            word = _Word(at, at + len(token), token, token[:1].isupper())  # "at Lord's.": a place's 's, no owner's
        elif "-" in token or token.endswith(_POSSESSIVE_ENDS):
            word = _split_word(at, token)
        else:
            word = _Word(at, at + len(token), token, token[:1].isupper())
        if (word.text in _ABBREVIATED or (len(word.text) == 1 and word.name)) and text.startswith(".", word.end):
            word.end += 1  # "Col." "J."
            word.text += "."
        words.append(word)
    return words


def _runs(text: str, words: list[_Word]) -> list[list[_Word]]:
    """Maximal sequences of name words separated by one space (connectors allowed inside)."""
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    owned = False  # the word before is a title in the possessive that owns this one ("Prime Minister’s Office")
    for i, w in enumerate(words):
        gap = text[current[-1].end : w.start] if current else ""
        # "Democratic Republic of the Congo", "Bank of the Philippines": "the" after an institution's "of"
        of_the = gap == " the " and len(current) >= 2 and current[-1].text == "of" and current[-2].text in ORG_WORDS
        # "Procter & Gamble", "Johnson & Johnson": an ampersand joins two names' words into one
        joined = (
            bool(current)
            and (current[-1].open_right or owned)
            and w.open_left
            and (gap == " " or of_the or owned or (gap == " & " and w.name and current[-1].name))
        )
        if w.name or (w.text in _COLLECTIVE_OWNERS and _owns(text, words, i)):  # "the People's Bank of China"
            if not joined:
                _close(runs, current)
                current = []
            current.append(w)
        elif (
            joined
            and i + 1 < len(words)
            and (words[i + 1].name or _particles_to_name(text, words, i))
            and (
                (
                    _connects(w.text, current[-1].text, words[i + 1].text)
                    and not (w.text == "of" and _a_persons_name(current))
                )
                or (w.text == "and" and current[-1].text not in ORG_WORDS and _institution_ahead(text, words, i + 1))
                or (w.text == "and" and _portfolio_ahead(text, current, words, i + 1))
            )
        ):
            current.append(w)
        else:
            _close(runs, current)
            current = []
        owned = _owns(text, words, i)
        if not w.open_right and not owned:
            _close(runs, current)
            current = []
    _close(runs, current)
    return runs


_OWNED_GAPS = ("’s ", "'s ")
_PLURAL_OWNED_GAPS = ("’ ", "' ")  # "Workers' Party"
# Whom an institution's name may say it is of, in the possessive: "the People's Bank of China", "the Taiwan People's
# Party", "the Workers' Party of Korea", "the People's Daily" (a name, not the people's bank).
_COLLECTIVE_OWNERS = frozenset(
    "People Peoples Workers Women Children Citizens Veterans Farmers Teachers Nurses Doctors Journalists Nations "
    "Soldiers Mothers Students Consumers Employers Miners Pensioners Taxpayers Patients Seafarers Writers "
    "Actors".split()
)
_OWNED_HEADS = ORG_WORDS | {"Daily"}
OWNED_REACH = 3  # capitalised words after a collective owner within which its institution's word stands


def _owns(text: str, words: list[_Word], i: int) -> bool:
    """Whether a title in the possessive owns the institution after it: "the Prime Minister’s Office", "the
    Sheriff's Office" name one office (not "Biden's Justice Department": a person's is no institution's name); or
    a collective owner does, whose institution's word comes within OWNED_REACH words ("the People's Liberation
    Army", "the Workers' Party")."""
    w = words[i]
    if i + 1 >= len(words) or not (w.text in TITLES or w.text in _COLLECTIVE_OWNERS):
        return False  # (most words: neither)
    gap = text[w.end : words[i + 1].start]
    if w.text in TITLES:
        return words[i + 1].text in ORG_WORDS and gap in _OWNED_GAPS
    if not (gap in _OWNED_GAPS or (gap in _PLURAL_OWNED_GAPS and w.text.endswith("s"))):
        return False  # (a collective owner, not in the possessive)
    for j in range(i + 1, min(i + 1 + OWNED_REACH, len(words))):
        if not words[j].name or (j > i + 1 and text[words[j - 1].end : words[j].start] != " "):
            return False
        if words[j].text in _OWNED_HEADS:
            return True
    return False


def _a_persons_name(run: list[_Word]) -> bool:
    """Whether capitalised words before "of" name a person, who is "of" a place ("Matt Gaetz of Florida", "Salvo
    Cocina of Sicily"): two words or more, none an institution's, a place's or a title ("Bank of England", "Gulf
    of Mexico", "Secretary of State" and "Strait of Hormuz" are names with their "of")."""
    named = [w for w in run if w.name and not closed_class(w.text)]
    return (
        len(named) >= 2
        and all(w.name for w in run)
        and not any(w.text in ORG_WORDS or w.text in PLACE_WORDS or w.text in TITLES or w.text.isupper() for w in run)
    )


def _institution_ahead(text: str, words: list[_Word], i: int) -> bool:
    """Whether the capitalised words from `i` end in an institution's word: "and" then joins a name
    ("Competition and Markets Authority", "Food and Drug Administration"), not two names ("Biden and Harris"; "the
    County Schools and the Department of Health": the words before it already end in one)."""
    last = None
    while i < len(words) and words[i].name and (last is None or text[last.end : words[i].start] == " "):
        last = words[i]
        i += 1
    return last is not None and last.text in ORG_WORDS


def _portfolio_ahead(text: str, run: list[_Word], words: list[_Word], i: int) -> bool:
    """Whether "and" joins an institution's portfolio: after "Ministry of Information", "Department of Health", the
    one capitalised word from `i` that ends the name ("and Culture"), or two ending in an institution's word ("and
    Human Services"), none a place, an acronym or a word the text writes alone (not "the Ministry of Defence and
    Ukraine's army", "the Department of Health and NHS England")."""
    of_institution = any(
        run[k].text == "of" and run[k - 1].text in ORG_WORDS and all(x.name for x in run[k + 1 :])
        for k in range(1, len(run) - 1)
    )
    if not of_institution:
        return False
    end = i
    while (
        end < len(words)
        and words[end].name
        and (end == i or (words[end - 1].open_right and text[words[end - 1].end : words[end].start] == " "))
    ):
        end += 1
    ahead = words[i:end]
    if not (len(ahead) == 1 or (len(ahead) == 2 and ahead[-1].text in ORG_WORDS)):
        return False  # not "the Ministry of Defence and Ben Wallace"
    if any(w.text.isupper() or w.text in PLACE_WORDS or w.text in countries() or w.text in regions() for w in ahead):
        return False
    following = _LOWER_NEXT.match(text, ahead[-1].end)
    if following and following[1].removesuffix("s") in PERSON_NOUNS:
        return False  # "the Ministry of Health and Hamas officials": whose officials
    # a portfolio's word is no name of its own: the text never writes it capitalised but after "and" (not "the
    # Department of Justice and Trump" where "Trump said" stands too)
    return re.search(rf"(?<!\band )\b{re.escape(ahead[0].text)}\b", text) is None


def _particles_to_name(text: str, words: list[_Word], i: int) -> bool:
    """Whether the particle at `i` and the one after it lead to a name, one space apart ("von der Leyen", "Place de la
    Bastille")."""
    nxt = i + 1
    return (
        nxt + 1 < len(words)
        and words[nxt].text in CONNECTORS
        and words[nxt + 1].name
        and text[words[i].end : words[nxt].start] == " "
        and text[words[nxt].end : words[nxt + 1].start] == " "
    )


def _connects(word: str, before: str, after: str) -> bool:
    """Whether a lower-case word joins two capitalised ones: "of", particles, "for" after an institution or a
    title ("Assistant Secretary for Administration": the title's portfolio, cut off by _after_portfolio), "on"
    after an institution ("Commission on Human Rights"; not "the Commission on Monday")."""
    if word == "on":
        return before in ORG_WORDS and after not in CALENDAR
    return word in CONNECTORS and (word != "for" or before in ORG_WORDS or before in TITLES)


def _close(runs: list[list[_Word]], run: list[_Word]) -> None:
    while run and not run[-1].name:
        run = run[:-1]
    if run:
        runs.append(run)


COUNT_REACH = 100_000  # characters
NUMBERED_REACH = 5_000  # characters either side of a name opened by a number word in which its other writings count


class _Context:
    """What one article says about its words: where sentences start, which words it writes in lower case."""

    def __init__(self, text: str, index: SentenceIndex) -> None:
        self.text = text
        self.lower = lower_case_words(text)
        self.sentence_starts = {s for s, _ in index.spans}
        self.named: set[str] = set()  # words the article capitalises where capitals mean a name
        kept = text.rstrip()
        self.cut_at = -1 if kept.endswith((".", "!", "?", '"', "”", ")")) else len(kept)
        """Where a text that stops mid-sentence ends (no full stop, no closing mark), else -1."""
        self._counted: dict[tuple[str, str, int], bool] = {}
        self._numbered: dict[tuple[str, str, int], bool] = {}

    def name_word(self, word: _Word) -> bool:
        """Whether a capitalised word in a headline is a name: an acronym, a word the article capitalises
        inside its sentences, or one that is no ordinary English word."""
        if len(word.text) > 1 and word.text.isupper():
            return True
        if word.text in self.named:
            return True
        lower = word.text.lower()
        return not (closed_class(lower) or lower in self.lower or frequent_word(lower))

    def initial(self, pos: int) -> bool:
        """Whether `pos` starts a sentence, a heading or a clause after a colon or opening quote."""
        i = pos
        while i > 0 and self.text[i - 1] in _BEFORE_WORD:
            i -= 1
        return (
            i == 0
            or self.text[i - 1] == "\n"
            or i in self.sentence_starts
            or self.text[i - 1] in ".!?:;"
            or after_page_date_label(self.text, i)
            or quote_opened(self.text, pos)
        )

    def wire_opened(self, pos: int) -> bool:
        """Whether `pos` follows a wire story's opening place and agency on its line ("RIVERHEAD, N.Y. (AP) — …")."""
        return WIRE_OPENED.fullmatch(self.text, self.text.rfind("\n", 0, pos) + 1, pos) is not None

    def ordinary(self, run: list[_Word]) -> bool:
        """Whether the run's sentence-initial first word is an ordinary word ("The", "Liberated").

        A word with an ordinary ending starts a longer name only if the rest is never named alone
        ("United States" stays, "Irreconcilable ISIS" loses its first word).
        """
        word = run[0]
        lower = word.text.lower()
        if len(word.text) > 1 and word.text.isupper() and (len(word.text) <= 3 or lower not in COMMON):
            return False  # an acronym ("US", "IS"), not a shouted "EVERY"
        if closed_class(lower):
            return True
        if word.text in self.named:
            return False  # capitalised inside the article's sentences too ("the Fed said")
        if lower in self.lower:
            return True
        if not (_ORDINARY_SUFFIX.search(lower) or lower in _SENTENCE_ADVERBS):
            return False  # "Sometimes Lyles can grate": an adverb opening the sentence before a name
        if len(run) == 1:
            return True
        return self._alone(self.text[run[1].start : run[-1].end], self.text[word.start : run[-1].end], word.start)

    def numbered(self, pair: str, rest: str, run: list[_Word]) -> bool:
        """Whether the number word and name's word `pair` open a name: written so inside a sentence, and the rest
        (`rest`, the run less its number word) never written without it, in whole words, within NUMBERED_REACH
        characters of the run (an article's words: a page of many stories is not read whole for every such run)."""
        at = run[0].start
        lo, hi = max(0, at - NUMBERED_REACH), at + NUMBERED_REACH
        key = (pair, rest, lo // NUMBERED_REACH)
        if key not in self._numbered:
            inside = any(not self.initial(at) for at in _whole_words(self.text, pair, lo, hi))
            if inside:
                whole = f"{pair}{self.text[run[1].end : run[-1].end]}"
                alone, together = (sum(1 for _ in _whole_words(self.text, w, lo, hi)) for w in (rest, whole))
                inside = alone <= together
            self._numbered[key] = inside
        return self._numbered[key]

    def _alone(self, rest: str, whole: str, at: int) -> bool:
        """Whether `rest` stands without the word before it somewhere in the text (in a very long text,
        within COUNT_REACH characters of `at`: counting over 5 MB for every name would take minutes)."""
        lo = 0 if len(self.text) <= 2 * COUNT_REACH else max(0, at - COUNT_REACH)
        key = (rest, whole, lo)
        if key not in self._counted:
            hi = lo + 2 * COUNT_REACH if lo or len(self.text) > 2 * COUNT_REACH else len(self.text)
            self._counted[key] = self.text.count(rest, lo, hi) > self.text.count(whole, lo, hi)
        return self._counted[key]


def _whole_words(text: str, words: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Where `words` stand in text[lo:hi] as whole words ("Republic" not in "Republican", nor "Ostra" in "Ex-Ostra")."""
    hi = len(text) if hi is None else hi
    at = text.find(words, lo, hi)
    while at >= 0:
        end = at + len(words)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "'’-") and not after.isalnum():
            yield at
        at = text.find(words, at + 1, hi)


def _line_is_noise(line: str, words: list[_Word]) -> bool:
    """A line mostly in ALL CAPS (a shouted heading): its capitals say nothing about names."""
    caps = sum(len(w.text) > 1 and w.text.isupper() for w in words)
    return caps >= 3 and caps >= 0.6 * len(line.split())


_LINE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _title_case(line: str, ctx: _Context) -> bool:
    """A headline in title case ("Quake Hits Mexico, Knocks Down Buildings"): nearly every word is
    capitalised, ordinary words among them, so its capitals say little about names."""
    if _SENTENCE_END.search(line):  # first: a story's paragraph ends so, and its words need not be read
        return False
    words = [w for w in _LINE_WORD.findall(line) if w.lower() not in _TITLE_GLUE]
    if len(words) < 3:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    ordinary = [w for w in capitalised if not w.isupper() and (closed_class(w) or w.lower() in ctx.lower)]
    return len(capitalised) >= 0.8 * len(words) and len(ordinary) >= 2


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")


_KICKER_WORDS = 3  # capitalised words of a label opening a paragraph before a colon ("Morbi Bridge Collapse:")
KICKER_REACH = 20_000  # characters either side of a label in which its parts must be named (an article's length)
_KICKER_COLON = re.compile(r"[^\S\n]*:[^\S\n]")


def _kicker(text: str, line_start: int, run: list[_Word]) -> bool:
    """Whether a run of capitalised words opens its line (after any page date label) and ends at a colon: a topic
    label in title case over the paragraph's sentence, whose words are names only where the article names them."""
    opening = not text[line_start : run[0].start].strip() or after_page_date_label(text, run[0].start)
    return opening and _KICKER_COLON.match(text, run[-1].end) is not None


def _kicker_parts(run: list[_Word], ctx: _Context) -> list[list[_Word]]:
    """A label's run cut at the everyday words the article writes in lower case ("Bridge Collapse"), each part kept
    only if the article names it outside the label too, else its words that it names so ("Gujarat Morbi Bridge
    Collapse:" -> "Gujarat Morbi" if named so elsewhere, else "Gujarat" and "Morbi")."""
    everyday = [w.name and w.text.lower() in ctx.lower and frequent_word(w.text) and not _is_title(w.text) for w in run]
    if not any(everyday):
        return [run]  # a name before a colon ("Ann Lee:", "UN Secretary General Antonio Guterres: …"), no label
    parts: list[list[_Word]] = []
    current: list[_Word] = []
    for w, ordinary in zip(run, everyday):
        if ordinary:
            _close(parts, current)
            current = []
        else:
            current.append(w)
    _close(parts, current)
    text, lo, hi = ctx.text, run[0].start, run[-1].end
    rest = text[max(0, lo - KICKER_REACH) : lo] + " " + text[hi : hi + KICKER_REACH]  # (bounded: no quadratic read)
    kept: list[list[_Word]] = []
    for part in parts:  # a part the article names elsewhere, else each of its words it names ("Gujarat", "Morbi")
        if _occurs(text[part[0].start : part[-1].end], rest):
            kept.append(part)
        else:
            kept.extend([w] for w in part if w.name and _occurs(w.text, rest))
    return kept


def _name_parts(run: list[_Word], ctx: _Context, body: str) -> list[list[_Word]]:
    """A headline's run cut down to its words that are names ("Quake Hits Mexico" -> "Mexico"), each
    part kept only if the article's other lines name it too."""
    parts: list[list[_Word]] = []
    current: list[_Word] = []
    for w in run:
        if (w.name and ctx.name_word(w)) or (current and not w.name):
            current.append(w)
        else:
            _close(parts, current)
            current = []
    _close(parts, current)
    return [p for p in parts if _occurs(ctx.text[p[0].start : p[-1].end], body)]


def _occurs(phrase: str, body: str) -> bool:
    """Whether `phrase` stands in `body` as whole words."""
    return next(_whole_words(body, phrase), None) is not None


def _excluded(text: str) -> list[tuple[int, int]]:
    """Where names are not the story's: photo credits and "FILE -" caption marks."""
    filed = "FILE" in text or "File" in text  # what every mark holds: most texts are not searched for one
    return credit_spans(text) + ([m.span() for m in FILE_MARK.finditer(text)] if filed else [])


# Words that open a description of a name, never the name: "Former Capital Gazette reporter", "Ex-Senator".
# Words that describe the person a name follows, never a part of the name ("Former", "Fellow Kenyan Eliud Kipchoge",
# "Compatriot Benson Kipruto", "Defending champion …").
_NOT_OF_A_NAME = frozenset(
    {"Former", "Ex", "Then", "Fellow", "Compatriot", "Countryman", "Countrywoman", "Teammate", "Defending", "Reigning"}
    | {"Longtime", "Lifelong", "Veteran"}  # "Longtime Massapequa Park resident Rex Heuermann"
)


_FOR_BEFORE = re.compile(r"\bfor[^\S\n]+\Z")


def _trim(run: list[_Word], ctx: _Context) -> list[_Word]:
    """Drop leading connectors, ordinary and calendar words; stop at a date's weekday or month."""
    while run:
        w = run[0]
        if (
            not w.name
            or w.text in CALENDAR
            or w.text in _NOT_OF_A_NAME
            or (  # "— A Long Island architect" where the article writes "Long Island" alone (not "A Raja", "A R
                # Rahman", "A Tribe Called Quest", nor a middle initial inside a sentence)
                w.text == "A"
                and len(run) > 2
                and (ctx.initial(w.start) or ctx.wire_opened(w.start))
                and ctx._alone(ctx.text[run[1].start : run[-1].end], ctx.text[w.start : run[-1].end], w.start)
            )
            or (
                ctx.initial(w.start)
                and ctx.ordinary(run)
                and not _owner_of(run, ctx.text)
                and not _numbered_name(run, ctx)
            )
            or (
                closed_class(w.text)
                and not w.text.isupper()
                and not _opens_institution(run)
                and not _owner_of(run, ctx.text)
                and not _numbered_name(run, ctx)
            )
            or (  # "Minister of State for Home Harsh Sanghavi": the portfolio, then its holder's name
                w.text in PORTFOLIO_WORDS
                and _names_a_person(run[1:])
                and _FOR_BEFORE.search(ctx.text, max(0, w.start - 5), w.start)
            )
        ):
            run = run[1:]
        else:
            break
    kept: list[_Word] = []
    for w in run:
        if w.text in CALENDAR and (not kept or w.text in _WEEKDAYS or _next_is_number(ctx.text, w.end)):
            break
        kept.append(w)
    return kept


# Number words a name may open with: "First Republic Bank", "Fifth Third Bancorp", "Three Gorges Dam"
_NAME_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten first second third fourth fifth sixth seventh eighth ninth tenth".split()
)


def _numbered_name(run: list[_Word], ctx: _Context) -> bool:
    """Whether the run opens with a number word that is a name's first word: capitalised before a name's word inside
    a sentence somewhere in the article ("seized First Republic Bank", so "First Republic was …" too; not "First
    Lady Jill Biden", a title, nor "Two Americans were hurt", which no sentence writes so inside it)."""
    if len(run) < 2 or run[0].text.lower() not in _NAME_NUMBERS:
        return False
    second = run[1]
    if not second.name or second.text in TITLES or second.text in CALENDAR or closed_class(second.text):
        return False
    lower = second.text.lower()
    if lower in DEMONYMS or lower.removesuffix("s") in DEMONYMS:
        return False  # "Two Americans were wounded", "Three Israeli soldiers": a count of people
    return ctx.numbered(ctx.text[run[0].start : second.end], ctx.text[second.start : run[-1].end], run)


def _owner_of(run: list[_Word], text: str) -> bool:
    """Whether the run opens with a collective owner of the institution it names: in the possessive, which _runs
    joined to its institution ("People's Bank of China"), or before the capitalised words ending in an institution's
    ("People Power Party", "People First Party")."""
    return (
        len(run) > 1
        and run[0].text in _COLLECTIVE_OWNERS
        and (text[run[0].end : run[1].start] in (*_OWNED_GAPS, *_PLURAL_OWNED_GAPS) or run[-1].text in ORG_WORDS)
    )


def _opens_institution(run: list[_Word]) -> bool:
    """Whether the run's first word, an institution's word, opens the name of one ("Police Reforms Working Group"; not
    "Police said": the word alone)."""
    return len(run) > 2 and run[0].text in ORG_WORDS and run[-1].text in ORG_WORDS


def _next_is_number(text: str, end: int) -> bool:
    return bool(re.match(r"\s*\d", text[end : end + 4]))


def _surname(run: list[_Word], i: int, before: list[_Word]) -> bool:
    """Whether the title's word at `i` ends a person's name as its surname ("Martin Luther King Jr.", "Stephen King"):
    a given name before it, nothing but a suffix after it."""
    return (i + 1 == len(run) or run[i + 1].text.rstrip(".").lower() in NAME_SUFFIXES) and any(
        given_name(x.text) for x in before
    )


def _less_portfolio(words: list[_Word], ctx: _Context, title: str = "") -> list[_Word]:
    """The words before a title less its portfolio: the words the article writes in lower case, a title's qualifiers
    ("Local Government Minister", "WHO Regional Director") and portfolio words ("Special Relief Commissioner", "Hong Kong
    Security Chief", "U.S. District Judge"), these only where nothing or a place is left ("Thames Water Chief
    Executive" is the company Thames Water's) or before a minister's or secretary's title, which only a government
    holds ("Gujarat Home Minister", "Union Home Minister": Gujarat, and no name)."""
    government = title in _GOVERNMENT_TITLES

    def trimmed(portfolio: bool) -> list[_Word]:
        kept = words
        while kept and (
            kept[-1].text.lower() in ctx.lower
            or kept[-1].text in TITLE_QUALIFIERS
            or (portfolio and kept[-1].text in PORTFOLIO_WORDS)
            or (government and len(kept) == 1 and kept[-1].text in _MINISTRY_QUALIFIERS)  # (not "Rugby Union")
        ):
            kept = kept[:-1]
        return kept

    kept = trimmed(portfolio=True)
    return kept if not kept or government or _a_place(kept) else trimmed(portfolio=False)


_GOVERNMENT_TITLES = frozenset({"Minister", "Ministers", "Secretary"})
_MINISTRY_QUALIFIERS = frozenset({"Union", "State", "Cabinet", "Junior"})  # "Union Home Minister", "State Minister"


def _a_place(words: list[_Word]) -> bool:
    """Whether the words name a place or a body by its letters: a country, a region, an alias, an acronym."""
    name = " ".join(w.text for w in words)
    return name in countries() or name in regions() or aliases().canonical(name) is not None or name.isupper()


def _segments(run: list[_Word], ctx: _Context) -> list[tuple[list[_Word], bool]]:
    """The run cut at titles: (name words, whether a title stood right before them).

    A title followed by an institution's word is part of its name ("General Hospital"); a word that only
    qualifies a title ("Defense", "Foreign") is one only before another ("Defense Minister", not "Civil
    Defense agency"). A nationality right before a title ("Estonian Prime Minister") is dropped, and so are the
    words before it that the article writes in lower case, a portfolio ("Local Government Minister", "WHO Regional
    Director": WHO stays a name).
    """
    segments: list[tuple[list[_Word], bool]] = []
    current: list[_Word] = []
    titled = False
    for i, w in enumerate(run):
        of_institution = i >= 2 and run[i - 1].text == "of" and any(x.text in ORG_WORDS for x in run[: i - 1])
        qualifier_alone = w.text in TITLE_QUALIFIERS and not (i + 1 < len(run) and run[i + 1].text in TITLES)
        # "Meteorologist Rohan Brown", "Broadcaster Kristina Lee", "Opener Travis Head"
        role = w.text.lower() in _ROLES_BEFORE_NAMES and i + 1 < len(run) and run[i + 1].name
        # "Head of Xbox" is a title, "Travis Head" a name
        head_of = w.text == "Head" and i + 1 < len(run) and run[i + 1].text == "of"
        if (
            (_is_title(w.text) or role or head_of)
            and not _surname(run, i, current)
            and not qualifier_alone
            and not of_institution  # "Department of Justice", "Ministry of Defence"
            and not (run[-1].text in ORG_WORDS or run[-1].text in PLACE_WORDS)  # "General Hospital"
        ):
            current = _less_portfolio(current, ctx, w.text.rstrip("."))
            if current and not (len(current) == 1 and _ADJECTIVE.search(current[0].text)):
                segments.append((current, titled))
            current, titled = [], True
        else:
            current.append(w)
    if current:
        segments.append((current, titled))
    return [_after_portfolio(words, ctx) if titled else (words, False) for words, titled in segments]


# What a person is, written before their name; "opener" and "batter" only there ("the season opener" is a match)
_ROLES_BEFORE_NAMES = PERSON_NOUNS | {"opener", "batter"}


def _is_title(word: str) -> bool:
    """A title, or titles joined by hyphens ("Director-General", "Secretary-General", "Attorney-General")."""
    return word.rstrip(".") in TITLES or ("-" in word and all(part in TITLES for part in word.split("-")))


HOLDER_WORDS = (2, 3)  # words of a person's name after an institution's, with no title between


def _holders(segments: list[tuple[list[_Word], bool]]) -> list[tuple[list[_Word], bool]]:
    """Each segment, with a person's name written right after an institution's cut off as the person's
    ("the head of the Israel Prison Service Katy Perry"): two or three words after the institution's last
    word, the first a given name, none an institution's or a place's word."""
    cut: list[tuple[list[_Word], bool]] = []
    for words, titled in segments:
        k = next((k for k in range(len(words) - 2, 0, -1) if words[k].text in ORG_WORDS), 0)
        rest = words[k + 1 :] if k else []
        if (
            len(rest) in HOLDER_WORDS
            and all(w.name and w.text not in ORG_WORDS and w.text not in PLACE_WORDS for w in rest)
            and given_name(rest[0].text)
        ):
            cut += [(words[: k + 1], titled), (rest, True)]
        else:
            cut.append((words, titled))
    return cut


_OF_THE_BEFORE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+of[^\S\n]+the[^\S\n]+\Z")


def _after_title_of_the(run: list[_Word], text: str) -> list[_Word]:
    """A run after "Secretary of the" less the portfolio before its holder's given name: "(Secretary of the)
    Treasury Scott Bessent" is Scott Bessent."""
    if not run or not text[max(0, run[0].start - 40) : run[0].start].rstrip().endswith("the"):
        return run  # no "of the" right before: most runs, told apart without the pattern
    before = _OF_THE_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
    if before is None or before[1] not in TITLES:
        return run
    holder = next((i for i in range(1, len(run) - 1) if given_name(run[i].text)), 0)
    return run[holder:]


def _after_portfolio(words: list[_Word], ctx: _Context) -> tuple[list[_Word], bool]:
    """The words after a title less its portfolio, and whether the title names them: "(Minister) of Health",
    "(Secretary) of State Antony Blinken", "(Director) of Fire Services Andy Yeung": after "of" or "for", the
    words the article writes in lower case and institutions' words go; what is left may be an institution
    ("CEO of ABK"), not the title's holder."""
    if not words or words[0].text not in ("of", "for"):
        return words, True
    rest = words[1:]
    while rest and (rest[0].text.lower() in ctx.lower or rest[0].text in ORG_WORDS):
        rest = rest[1:]
    # "(Secretary) for Operations Robert Belmonte": a given name with a surname after it opens the holder's name
    holder = next((i for i in range(1, len(rest) - 1) if given_name(rest[i].text)), 0)
    if not holder:  # "(Minister) of Railways Ashwini Vaishnaw": an everyday word opens the portfolio, not a name
        while len(rest) > 2 and frequent_word(rest[0].text) and not given_name(rest[0].text):
            rest = rest[1:]
    return rest[holder:], False


def _names_a_person(words: list[_Word]) -> bool:
    """Whether words after a nationality are a person's name: two or three names, none an institution's or a
    place's word, none a word of the nationality list ("Eliud Kipchoge", not "Democratic Forces" or "Grand Prix")."""
    return (
        2 <= len(words) <= 3
        and all(
            w.name and w.text not in ORG_WORDS and w.text not in PLACE_WORDS and w.text.lower() not in DEMONYMS
            for w in words
        )
        and not any(w.text.lower() in _EVENT_NAME_WORDS for w in words)
    )


_EVENT_NAME_WORDS = frozenset("grand prix open cup championship championships games league".split())


# A follower of a movement or a party, written before a person's name as a nationality is: "Peronist Sergio Massa",
# "Socialist Ana Lee", "Republican Mitt Romney" (not "Baptist Health Lexington", "Labour Day Parade": the name after it
# ends in a common word).
_FOLLOWERS = frozenset(
    "Peronist Kirchnerist Socialist Communist Islamist Maoist Marxist Nationalist Populist Centrist Leftist Separatist "
    "Unionist Loyalist Zionist Republican Democrat Conservative Labour Liberal Tory".split()
)


def _a_follower_before(segment: list[_Word]) -> bool:
    """Whether a segment opens with a party's or movement's word before a person's name ("Peronist Sergio Massa")."""
    return (
        len(segment) > 1
        and segment[0].text in _FOLLOWERS
        and _names_a_person(segment[1:])
        and not _common_word(segment[-1].text.lower())
    )


def _name_words(segment: list[_Word], titled: bool = False, role_after: bool = False) -> list[_Word]:
    """The words of a segment that are a name: no nationality or party before it, nor a nationality alone (unless a
    title stands before it and no noun for a person after it: "Dr Danish" is a person, "Chief Palestinian negotiator"
    none)."""
    if titled and len(segment) == 1 and segment[0].name and segment[0].text.lower() in DEMONYMS and not role_after:
        return segment
    while segment and (
        not segment[0].name
        or segment[0].text.lower() in DEMONYMS
        or _plural_demonym(segment[0])
        or _a_follower_before(segment)
    ):
        if (
            (len(segment) > 2 and not _names_a_person(segment[1:]))
            or (len(segment) == 2 and segment[1].text in ORG_WORDS)
            or _a_country_opens(segment)
        ):
            break  # "Syrian Democratic Forces", "Lebanese Army", "Saudi Arabia" keep their adjective; "Kenyan Eliud
            # Kipchoge" does not
        segment = segment[1:]
    while segment and not segment[-1].name:
        segment = segment[:-1]
    if not segment or all(w.text.lower() in DEMONYMS or _plural_demonym(w) for w in segment):
        return []
    if segment[-1].text.lower() in DEMONYMS and all(w.text.lower() in PLACE_PREFIXES for w in segment[:-1]):
        return []  # "a South Korean airline": a nationality, as "Korean" alone is
    if not any(len(w.text.rstrip(".")) > 1 for w in segment):
        return []
    return segment


# The platform "X" (a name of one letter): "posted on X", "Facebook, YouTube and X", "on X, formerly Twitter".
_ON_X = re.compile(r"(?:\b(?:on|via|and|or)|,)[^\S\n]+\Z")
_X_AFTER = re.compile(r"(?![^\S\n]*\.[^\S\n]*[A-Z])(?![\w'’-])")  # not an initial ("X. Li") nor a word's start


def _platform_x(segment: list[_Word], text: str) -> list[_Word]:
    """The platform X where a one-letter "X" stands after "on", "via", "and", "or" or a list's comma."""
    if len(segment) != 1 or segment[0].text != "X":
        return []
    word = segment[0]
    before = _ON_X.search(text, max(0, word.start - 5), word.start)
    return segment if before and _X_AFTER.match(text, word.end) else []


def _a_country_opens(segment: list[_Word]) -> bool:
    """Whether the segment's first words name a country ("Saudi Arabia", "Saudi Arabia's"): a people's word that is a
    part of a country's name."""
    return any(" ".join(w.text for w in segment[:n]) in countries() for n in (2, 3) if n <= len(segment))


def _plural_demonym(word: _Word) -> bool:
    lower = word.text.lower()
    return lower.endswith("s") and lower[:-1] in DEMONYMS and lower not in COUNTRY_PLURALS


# Nouns whose "of" names a place: "the province of Idlib", "a resident of Etmadpur", "natives of Velm".
_OF_A_PLACE = PLACE_NOUNS | frozenset("resident residents native natives inhabitants townspeople".split())
_EITHER = frozenset({"owner", "rival"})  # person nouns that name companies as often


def _described(text: str, end: int) -> str | None:
    """What an apposition after a name says it is: ", who ..." / ", the rescue society ..."."""
    m = _APPOSITION.match(text, end, end + 60)
    if not m:
        return None
    if m.group(1):
        return "org" if m.group(1) == "which" else "person"
    head = _CHUNK_END.split(m.group(2).lower(), 1)[0].split()
    for word in reversed(head):
        if word in _EITHER:  # "Meta, the owner of Facebook": a company may own or rival as a person may
            return None
        if word in PERSON_NOUNS:
            return "person"
        if word in ORG_NOUNS:
            return "org"
    return None


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word before `pos` (across at most two other characters, as in "mayor, Hanna", but not a sentence's
    end: "… the new champion.⏎New Zealand won") and its start."""
    end = pos
    while end > pos - 2 and end > 0 and not text[end - 1].isalnum() and text[end - 1] not in ".!?\n":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’"):
        start -= 1
    return text[start:end].lower(), start


def _evidence(text: str, start: int, end: int, titled: bool, name: str) -> str | None:
    """What the name's own words and the words around it say it names."""
    words = name.split()
    if titled:
        return "person"
    if any(w in ORG_WORDS for w in words):
        return "org"
    if any(w in PLACE_WORDS for w in words):
        return "place"
    prev, at = _word_before(text, start)
    after = _AFTER.match(text, end, end + 30)
    nxt = after.group(1).lower() if after else ""
    if prev in PERSON_NOUNS and prev not in _EITHER:  # "Facebook owner Meta" is a company
        return "person"
    if prev in ORG_NOUNS:
        if "," in text[at + len(prev) : start] and len(words) > 1 and given_name(words[0]):
            return "person"  # "a spokesperson for the union, Anna Berg,": a person in apposition
        return "org"
    if (
        (prev in PLACE_BEFORE and not _OWNS_AFTER.match(text, end))  # not "outside Milei's party headquarters"
        or nxt in PLACE_NOUNS
        or (prev == "of" and _word_before(text, at)[0] in _OF_A_PLACE)
        or (prev == "the" and _word_before(text, at)[0] in PLACE_BEFORE)  # "workers in the Pacific Northwest"
    ):
        return "place"
    if _SAID_SHE.match(text, end, end + 40):
        return "person"  # "Tara said she understands": a person, whom "she" stands for
    if prev == "the" and _PLURAL_NAME.search(name) and _PHRASE_ENDS.match(text, end):
        return "org"  # "the Black Caps were", "than the Black Caps,": a team or a band (not "the Dalai Lama")
    described = _described(text, end)
    return "place" if described != "person" and name in countries() else described  # ("Ireland, the goalkeeper,")


# What ends a noun phrase right after a name: a mark, a possessive, or a verb or joining word ("the Black Caps' total",
# "the Black Caps as they fought"; not "the Biden administration", where the name is a modifier).
_PHRASE_ENDS = re.compile(
    r"(?:[’']|[^\S\n]*[,.;:!?)]|[^\S\n]+(?:were|was|are|is|had|have|has|as|and|who|which|will|would|won|lost|beat)\b)"
)
# "X's party headquarters": what the words before are of is X's, which tells nothing of X (but "Velmora's city hall",
# "Gaza's northern suburbs": a place's own parts)
_OWNS_AFTER = re.compile(
    rf"['’]s?[^\S\n]+(?!(?:{'|'.join(sorted(PLACE_NOUNS))}|streets|outskirts|suburbs|centre|center|downtown|airport"
    r"|harbour|harbor|hall|coast|north|south|east|west|northern|southern|eastern|western|central|old|main)\b)[a-z]"
)
_PLURAL_NAME = re.compile(r"[a-z][^su\W]s\Z")  # a name ending in a plural ("Caps", "Jays", "Stones"; not "Lama")
_SAID_SHE = re.compile(r"[^\S\n]+(?:said|says|added|explained)[^\S\n]+(?:that[^\S\n]+)?(?:he|she)\b")


# A member of Congress's party and state ("R-N.C.", "D-Calif."): no name of its own.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{0,5}\.?")
LABEL_FREQUENCY = 1e-5  # Zipf 4: a shouted word this common is a page's label ("VIDEO", "READ MORE")


_SENTENCE_GOES_ON = re.compile(r"[^\S\n]+[a-z]+[^\S\n]+[a-z]+")  # "NASA joined in": the subject of a sentence
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]{2,}[^\S\n]+\Z")  # "used by NASA": a sentence's word right before it


_WIRE_DATELINE_AFTER = re.compile(WIRE_DATELINE_AFTER)


_LOWER_NEXT = re.compile(r"[^\S\n]+([a-z]+)")


def _role_next(text: str, end: int) -> bool:
    """Whether a noun for a person follows (`Chief Palestinian negotiator`: an adjective, no name)."""
    m = _LOWER_NEXT.match(text, end)
    return m is not None and (m[1] in PERSON_NOUNS or m[1].capitalize() in TITLES)


def _label(surface: str, end: int, ctx: _Context) -> bool:
    """Whether a name in capitals is a page's label: every word an everyday English word of four letters or
    more ("VIDEO", "READ MORE", "CHEAT SHEET"), which the article never writes as a name ("Iran" for "IRAN")
    and the alias table does not know, and no sentence going on after it ("NASA joined in the celebration") nor
    right before it ("the pad used by NASA nearly 50 years ago")."""
    words = surface.split()
    start = end - len(surface)
    return (
        surface.isupper()
        and _SENTENCE_GOES_ON.match(ctx.text, end) is None
        and _LOWER_WORD_BEFORE.search(ctx.text, max(0, start - 30), start) is None
        and all(len(w) >= 4 and word_frequencies().get(w.lower(), 0.0) >= LABEL_FREQUENCY for w in words)
        and not any(w.capitalize() in ctx.named for w in words)
        and aliases().canonical(surface) is None  # "ISIS" is a name
        and not _wire_dateline_place(surface, end, ctx.text)
    )


def _wire_dateline_place(surface: str, end: int, text: str) -> bool:
    """Whether a name in capitals opens its line as a wire story's place: "LONDON, Nov 16 (Reuters) -", "LONDON
    (AP) —"; not a label before a bare dash ("UPDATE -", "READ MORE -")."""
    start = end - len(surface)
    line_start = text.rfind("\n", max(0, start - LABEL_REACH), start) + 1
    if (line_start == 0 and start > LABEL_REACH) or (
        text[line_start:start].strip() and not after_page_date_label(text, start)
    ):
        return False  # its line's first words, after a page's date label at most ("date 2019-07-14 LONDON (AFP):")
    after = _WIRE_DATELINE_AFTER.match(text, end)
    return after is not None and after.group().strip()[:1] in ",("  # a date or the agency: not "UPDATE -"


def _cut_off(surface: str, end: int, ctx: _Context) -> bool:
    """Whether a one-word name ends the text with no full stop after it: the page was cut mid-word ("… on
    Twit"); a credit in capitals ("NBC NEWS") is whole."""
    return end == ctx.cut_at and " " not in surface and not surface.isupper()


def find_entities(article: Article, index: SentenceIndex) -> list[Candidate]:
    """Proper-noun phrases naming people, organisations and places; value = the name as written.

    Capitals that say nothing about names are read with care: a sentence's first word, a title-case
    headline (only its words that the article capitalises elsewhere, or that are no ordinary word, stay)
    and a shouted line; names in photo credits are the photographer's, not the story's. A text longer
    than sentences.WINDOW is read a window at a time (what a window capitalises counts from there on)
    and the reading stops at MAX_PER_KIND names.
    """
    text = article.text
    ctx = _Context(text, index)
    excluded = Spans(union(_excluded(text)))
    found: list[Candidate] = []
    for lo, hi in index.windows():
        _find_in_window(article, index, ctx, excluded, lo, hi, found)
        if len(found) >= MAX_PER_KIND:
            break
    return _pairs_split(found)


def _pairs_split(found: list[Candidate]) -> list[Candidate]:
    """Two names joined by a hyphen ("the Israel-Hamas war", "Russia-Ukraine talks") as two mentions, where the
    article names each on its own too (a double-barrelled name, "Rolls-Royce", "Ocasio-Cortez", stays whole)."""
    alone = {c.text for c in found if "-" not in c.text}
    kept: list[Candidate] = []
    for c in found:
        first, hyphen, second = c.text.partition("-")
        if hyphen and " " not in c.text and "-" not in second and first in alone and second in alone:
            at = c.start + len(first) + 1
            kept.append(replace(c, end=c.start + len(first), text=first, value=first))
            kept.append(replace(c, start=at, text=second, value=second))
        else:
            kept.append(c)
    return kept


def _find_in_window(
    article: Article,
    index: SentenceIndex,
    ctx: _Context,
    excluded: Spans,
    lo: int,
    hi: int,
    found: list[Candidate],
) -> None:
    text = article.text
    all_words = _words(text, lo, hi)
    starts = [w.start for w in all_words]
    lines = []
    first = 0
    for line in _LINE.finditer(text, lo, hi):
        last = bisect_left(starts, line.end(), first)
        words, first = all_words[first:last], last
        lines.append((line, words, _line_is_noise(line.group(), words)))
    titles = set()
    for n, (line, words, noise) in enumerate(lines):
        if not noise and sum(w.name for w in words) >= 3 and _title_case(line.group(), ctx):
            titles.add(n)
        elif not noise:
            named = ctx.named  # a word already named needs no look at where it stands
            named.update(w.text for w in words if w.name and w.text not in named and not ctx.initial(w.start))
    body = "\n".join(line.group() for n, (line, _, _) in enumerate(lines) if n not in titles) if titles else text
    for n, (_, words, noise) in enumerate(lines):
        if noise:
            continue
        runs = _runs(text, words)
        if n in titles:
            runs = [part for run in runs for part in _name_parts(run, ctx, body)]
        elif runs and len(runs[0]) >= _KICKER_WORDS and _kicker(text, lines[n][0].start(), runs[0]):
            runs = _kicker_parts(runs[0], ctx) + runs[1:]  # "Gujarat Morbi Bridge Collapse: In Morbi …"
        for run in runs:
            if len(found) >= MAX_PER_KIND:  # a single huge line stops as soon as the bound is reached
                return
            for segment, titled in _holders(_segments(_trim(_after_title_of_the(run, text), ctx), ctx)):
                trimmed = _trim(segment, ctx)
                name = _name_words(trimmed, titled, bool(trimmed) and _role_next(text, trimmed[-1].end)) or _platform_x(
                    trimmed, text
                )
                if not name:
                    continue
                titled = titled and name[0] is segment[0]
                start, end = name[0].start, name[-1].end
                if excluded.overlaps(start, end):
                    continue
                surface = text[start:end]
                if _label(surface, end, ctx) or _cut_off(surface, end, ctx) or _PARTY_STATE.fullmatch(surface):
                    continue
                if (surface in SERIAL_LABELS and _next_is_number(text, end)) or surface in ORG_WORDS_NOT_ALONE:
                    continue  # "Chapter 11", "Article 5": a label; "Energy prices rose": a word, no name
                found.append(
                    Candidate(
                        article=article.id,
                        start=start,
                        end=end,
                        text=surface,
                        kind="entity",
                        value=surface,
                        sentence=index.sentence_at(start),
                        unit=_evidence(text, start, end, titled, surface),
                    )
                )
