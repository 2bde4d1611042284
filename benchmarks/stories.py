"""A corpus of distinct articles grouped in stories, as a desk's folder of a day's coverage looks.

Each story draws its own share of the bundled seeds' sentences and gives them new names, places, figures,
dates and some new words; each of its articles (one outlet) takes some of those sentences in order, and
jitters a few of the story's figures (outlets disagree a little). So two articles of one story share facts,
and two stories share only the seeds' sentence shapes.

    python benchmarks/stories.py FOLDER 1000       # writes 1,000 articles into FOLDER
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

from workbench.resources import seeds_dir

ARTICLES_PER_STORY = (4, 14)  # outlets covering one story
SENTENCES_PER_ARTICLE = (16, 28)
STORY_SHARE = 0.6  # of the seeds' sentences, the share one story tells
JITTER = 0.2  # chance that an outlet gives one of the story's figures differently
WORD_SWAP = 0.1  # share of the seeds' ordinary words (5+ letters) a story says with another of them
_KEPT = frozenset("million billion thousand hundred percent people dozen about after before".split())

_MONTHS = "January February March April May June July August September October November December".split()
_MONTH = {m.lower(): i for i, m in enumerate(_MONTHS, 1)} | {m[:3].lower(): i for i, m in enumerate(_MONTHS, 1)}
_MONTH["sept"] = 9
_MONTH_RE = r"(?:" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split())

# Dates first (day month [year], month day[, year], month year), then times, years and figures.
_PIECE = re.compile(
    rf"(?P<dmy>\b(?P<d1>\d{{1,2}})\s+(?P<m1>(?i:{_MONTH_RE}))(?:\s+(?P<y1>\d{{4}}))?\b)"
    rf"|(?P<mdy>\b(?P<m2>(?i:{_MONTH_RE}))\s+(?P<d2>\d{{1,2}})\b(?:,\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<my>\b(?P<m3>(?i:{_MONTH_RE}))\s+(?P<y3>\d{{4}})\b)"
    r"|(?P<time>\b\d{1,2}[:.]\d\d\s*(?:[ap]m|[AP]M)?(?=\W))"
    r"|(?P<year>\b(?:19|20)\d\d\b)"
    r"|(?P<figure>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b)"
)
_WORD = re.compile(r"\b(?:al-)?[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*\b")
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_SYLLABLES = "ka ro ve li ma dan tor sel vi na bor el us ten ar mi lo gra fen hal os ri del ba zu".split()
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


def _vocabulary(texts: list[str]) -> tuple[set[str], list[str]]:
    """The seeds' names (capitalised words never written lower-case, seen inside a sentence) and their
    ordinary words of four letters or more."""
    lower = {w for text in texts for w in _WORD.findall(text) if w[0].islower()}
    inside = {m.group(1) for text in texts for m in re.finditer(r"(?<=[\w,])[^\S\n]+((?:al-)?[A-Z][\w-]+)", text)}
    names = {w for w in inside if w.lower() not in lower and w.lower() not in _MONTH and w.lower() not in _WEEKDAYS}
    ordinary = (w for w in lower if len(w) >= 5 and "-" not in w and w not in _KEPT)
    return names, sorted(ordinary)


def _name(rng: random.Random, like: str) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(max(2, min(4, len(like) // 3))))
    return ("al-" if like.startswith("al-") else "") + word.capitalize()


def _month_name(month: int, like: str) -> str:
    name = _MONTHS[month - 1]
    return name[:3] + ("." if like.endswith(".") else "") if len(like.rstrip(".")) <= 4 else name


class Story:
    """One story: its sentences, and what its articles say in place of the seeds' names, words, figures and dates."""

    def __init__(self, rng: random.Random, pool: list[str], names: set[str], words: list[str]) -> None:
        self.rng = rng
        self.sentences = [s for s in pool if rng.random() < STORY_SHARE]
        self.shift = dt.timedelta(weeks=rng.randint(-300, 300))  # whole weeks: weekdays stay right
        self.names = {n: _name(rng, n) for n in sorted(names)}
        swapped = [w for w in words if rng.random() < WORD_SWAP]
        self.words = dict(zip(swapped, rng.sample(swapped, len(swapped))))
        self.figures: dict[str, float] = {}

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
            return m.group()

        text = _PIECE.sub(piece, text)
        return _WORD.sub(lambda w: self.names.get(w.group()) or self.words.get(w.group(), w.group()), text)


def story_articles(n: int, seed: int = 13) -> list[tuple[str, str]]:
    """n (file name, text) articles in stories of ARTICLES_PER_STORY outlets."""
    rng = random.Random(seed)
    texts = _seed_texts()
    pool, heads = _sentences(texts)
    names, words = _vocabulary(texts)
    articles: list[tuple[str, str]] = []
    story_no = 0
    while len(articles) < n:
        story = Story(random.Random(rng.random()), pool, names, words)
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
