"""A corpus of distinct articles grouped in stories, as a desk's folder of a day's coverage looks.

Each story draws its own share of the bundled seeds' sentences and gives them its own names and places,
figures, dates and vocabulary: most of the seeds' informative words (those English uses less than about ten
times per million words) become other English words of about the same frequency, drawn for the story, so that
two stories share the seeds' sentence shapes, common words and a few of their rarer ones, as two stories of
one day's desk folder do. The words that say what a figure counts or what happened ("people", "killed",
"evacuated": the aligner's vocabulary) are kept, so each story has as many facts to align as real coverage.
Each of a story's articles (one outlet) takes some of its sentences in order and jitters a few of its figures
(outlets disagree a little). So two articles of one story share facts, and two stories share none.

    python benchmarks/stories.py FOLDER 1000       # writes 1,000 articles into FOLDER
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import re
from pathlib import Path

from workbench.align.clusters import NOUN_CLASS
from workbench.extract.lexicon import closed_class, word_frequencies
from workbench.resources import seeds_dir

ARTICLES_PER_STORY = (4, 14)  # outlets covering one story
SENTENCES_PER_ARTICLE = (16, 28)
STORY_SHARE = 0.6  # of the seeds' sentences, the share one story tells
JITTER = 0.2  # chance that an outlet gives one of the story's figures differently
WORD_SWAP = 0.95  # share of the seeds' informative words a story says with words of its own
INFORMATIVE = 5.0  # Zipf frequency under which a word is informative (as align.stories weighs words)
NEWS_WORD = 4.5  # Zipf frequency from which a word is kept, telling little ("killed", "homes", "officials")
NAME_LIKE = 4.0  # Zipf frequency under which a capitalised word never written lower-case is a name
_KEPT = frozenset(NOUN_CLASS)  # the nouns alignment reads a count by

_MONTHS = "January February March April May June July August September October November December".split()
_MONTH = {m.lower(): i for i, m in enumerate(_MONTHS, 1)} | {m[:3].lower(): i for i, m in enumerate(_MONTHS, 1)}
_MONTH["sept"] = 9
_MONTH_RE = r"(?:" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\.?"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNITS = "one two three four five six seven eight nine".split()
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split())

# Dates first (day month [year], month day[, year], month year), then times, years and figures.
_PIECE = re.compile(
    rf"(?P<dmy>\b(?P<d1>\d{{1,2}})\s+(?P<m1>(?i:{_MONTH_RE}))(?:\s+(?P<y1>\d{{4}}))?\b)"
    rf"|(?P<mdy>\b(?P<m2>(?i:{_MONTH_RE}))\s+(?P<d2>\d{{1,2}})\b(?:,\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<my>\b(?P<m3>(?i:{_MONTH_RE}))\s+(?P<y3>\d{{4}})\b)"
    r"|(?P<time>\b\d{1,2}[:.]\d\d\s*(?:[ap]m|[AP]M)?(?=\W))"
    r"|(?P<year>\b(?:19|20)\d\d\b)"
    r"|(?P<figure>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b)"
    rf"|(?P<tens>\b(?i:{'|'.join(_TENS)})-(?i:{'|'.join(_UNITS)})\b)"
)
# A word, a capitalised one inside another ("@MayorMarskBZ": Mayor, Marsk) or one in capitals ("BIRKET").
_WORD = re.compile(r"(?:(?<![A-Za-z])(?:al-)?[A-Za-z]|(?<=[a-z])[A-Z])[a-z]+(?![a-z])|\b[A-Z]{2,}\b")
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_SYLLABLES = [c + v for c in "b d f g h k l m n p r s t v z ch sh tr kr st".split() for v in "a e i o u ai".split()]
_BASE = dt.date(2027, 8, 30)  # the seeds' day


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]


def _sentences(texts: list[str]) -> tuple[list[str], list[list[str]]]:
    """The seeds' body sentences in order, and each seed's first lines (headline, date, byline)."""
    pool, heads = [], []
    for text in texts:
        lines = [line for line in text.splitlines() if line.strip()]
        heads.append(lines[:3])
        for paragraph in lines[3:]:
            pool.extend(s for s in _SENTENCE_END.split(paragraph) if s.strip())
    return pool, heads


def _zipf(word: str, frequencies: dict[str, float]) -> float:
    frequency = frequencies.get(word, 0.0)
    return math.log10(frequency * 1e9) if frequency > 0 else 0.0


def _band(zipf: float) -> int:
    """Words of one band are about as frequent (a Zipf half-unit; unknown words in the rarest band)."""
    return min(9, max(6, int(zipf * 2)))  # owned words of any frequency: in the commonest band


def _vocabulary(texts: list[str]) -> tuple[set[str], dict[str, bool], dict[int, list[str]]]:
    """The seeds' names (capitalised words never written lower-case, seen inside a sentence or rare in
    English), their informative ordinary words (with whether every story says them its own way: a word
    English's list does not hold, or one written with "'s", is a rare word to align.stories), and English's
    informative words by frequency band."""
    frequencies = word_frequencies()
    found = {w for text in texts for w in _WORD.findall(text)}
    lower = {w for w in found if w[0].islower()}
    inside = {m.group(1) for text in texts for m in re.finditer(r"(?<=[\w,])[^\S\n]+((?:al-)?[A-Z][a-z]+)", text)}
    rare = {w for w in found if w[0].isupper() and _zipf(w.lower(), frequencies) < NAME_LIKE}
    names = {
        w
        for w in inside | rare
        if w.lower() not in lower and w.lower() not in _MONTH and w.lower() not in _WEEKDAYS and not closed_class(w)
    }
    owned = {m.group(1).lower() for text in texts for m in re.finditer(r"(\w+)['’]s\b", text)}
    ordinary = (
        w
        for w in lower
        if len(w) >= 3
        and w not in _KEPT
        and not closed_class(w)
        and (_zipf(w, frequencies) < NEWS_WORD or w in owned)  # "the plant's": one word to align.stories
    )
    english: dict[int, list[str]] = {}
    for word in sorted(frequencies):
        zipf = _zipf(word, frequencies)
        if zipf < INFORMATIVE and len(word) >= 4 and word.isalpha() and word.isascii() and not closed_class(word):
            english.setdefault(_band(zipf), []).append(word)
    return names, {w: w in owned or _zipf(w, frequencies) == 0 for w in sorted(ordinary)}, english


def _name(rng: random.Random, like: str) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(4))  # 200 million names: stories share none
    return ("al-" if like.startswith("al-") else "") + word.capitalize()


def _month_name(month: int, like: str) -> str:
    name = _MONTHS[month - 1]
    return name[:3] + ("." if like.endswith(".") else "") if len(like.rstrip(".")) <= 4 else name


class Story:
    """One story: its sentences, and what its articles say in place of the seeds' names, words, figures and dates."""

    def __init__(
        self,
        rng: random.Random,
        pool: list[str],
        names: set[str],
        words: dict[str, bool],
        english: dict[int, list[str]],
    ) -> None:
        self.rng = rng
        self.sentences = [s for s in pool if rng.random() < STORY_SHARE]
        self.shift = dt.timedelta(weeks=rng.randint(-300, 300))  # whole weeks: weekdays stay right
        self.names = {n: _name(rng, n) for n in sorted(names)}
        frequencies = word_frequencies()
        self.words = {}
        for word, always in words.items():
            if rng.random() < WORD_SWAP or always:
                new = rng.choice(english[_band(_zipf(word, frequencies))])
                self.words[word] = new
                self.words[word.capitalize()] = new.capitalize()
        self.figures: dict[str, float] = {}
        self.numbers: dict[str, str] = {}  # figures in words

    def _date(self, day: int, month: int, year: int | None) -> dt.date:
        return dt.date(year or _BASE.year, month, day) + self.shift

    def _figure(self, text: str, jitter: bool) -> str:
        value = float(text.replace(",", ""))
        if text not in self.figures:
            self.figures[text] = value if value <= 12 else value * self.rng.uniform(0.4, 2.5)
        new = self.figures[text]
        if jitter and new > 12 and self.rng.random() < JITTER:
            new *= self.rng.uniform(0.85, 1.15)
        decimals = len(text.split(".")[1]) if "." in text else 0
        shown = f"{new:,.{decimals}f}" if "," in text else f"{new:.{decimals}f}"
        return shown if decimals or new > 12 else text

    def say(self, text: str, jitter: bool) -> str:
        """The text with this story's names, words, figures and dates (figures jittered when `jitter`)."""

        def piece(m: re.Match) -> str:
            try:
                if m["dmy"]:
                    day = self._date(int(m["d1"]), _MONTH[m["m1"].lower().rstrip(".")], int(m["y1"] or 0) or None)
                    year = f" {day.year}" if m["y1"] else ""
                    return f"{day.day} {_month_name(day.month, m['m1'])}{year}"
                if m["mdy"]:
                    day = self._date(int(m["d2"]), _MONTH[m["m2"].lower().rstrip(".")], int(m["y2"] or 0) or None)
                    year = f", {day.year}" if m["y2"] else ""
                    return f"{_month_name(day.month, m['m2'])} {day.day}{year}"
                if m["my"]:
                    day = self._date(1, _MONTH[m["m3"].lower().rstrip(".")], int(m["y3"]))
                    return f"{_month_name(day.month, m['m3'])} {day.year}"
            except ValueError:  # "Aug 2027" read as day-month, a 31st moved into a shorter month
                return m.group()
            if m["year"]:
                return str(int(m["year"]) + (_BASE + self.shift).year - _BASE.year)
            if m["figure"]:
                return self._figure(m["figure"], jitter)
            if m["tens"]:  # "Sixty-three": another figure of the story's, in words
                said = self.numbers.setdefault(m["tens"].lower(), f"{self.rng.choice(_TENS)}-{self.rng.choice(_UNITS)}")
                return said.capitalize() if m["tens"][0].isupper() else said
            return m.group()

        text = _PIECE.sub(piece, text)
        return _WORD.sub(self._word, text)

    def _word(self, m: re.Match) -> str:
        word = m.group()
        if word.isupper():  # a dateline's "BIRKET ZAINA"
            new = self.names.get(word.capitalize()) or self.words.get(word.lower())
            return new.upper() if new else word
        return self.names.get(word) or self.words.get(word, word)


def story_articles(n: int, seed: int = 13) -> list[tuple[str, str]]:
    """n (file name, text) articles in stories of ARTICLES_PER_STORY outlets."""
    rng = random.Random(seed)
    texts = _seed_texts()
    pool, heads = _sentences(texts)
    names, words, english = _vocabulary(texts)
    articles: list[tuple[str, str]] = []
    story_no = 0
    while len(articles) < n:
        story = Story(random.Random(rng.random()), pool, names, words, english)
        story_no += 1
        for outlet in range(min(rng.randint(*ARTICLES_PER_STORY), n - len(articles))):
            head = rng.choice(heads)
            count = min(rng.randint(*SENTENCES_PER_ARTICLE), len(story.sentences))
            chosen = sorted(rng.sample(range(len(story.sentences)), count))
            body, paragraph = [], []
            for i in chosen:
                paragraph.append(story.say(story.sentences[i], jitter=True))
                if len(paragraph) >= rng.randint(2, 3):
                    body.append(" ".join(paragraph))
                    paragraph = []
            body += [" ".join(paragraph)] if paragraph else []
            lines = [story.say(line, jitter=False) for line in head] + body
            articles.append((f"s{story_no:04d}_{outlet:02d}.txt", "\n\n".join(lines) + "\n"))
    return articles


def build_story_corpus(folder: Path, n: int, seed: int = 13) -> None:
    """Write n articles grouped in stories into folder."""
    for name, text in story_articles(n, seed):
        (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    build_story_corpus(args.folder, args.n, args.seed)


if __name__ == "__main__":
    main()
