"""Quotations of three words or more: their wording as printed, its comparison form and the speaker.

Quote marks pair within one line only (a paragraph): a quote left open at the end of its paragraph
ends there, as news copy continues it in the next paragraph with a new opening mark. Single quotes
count only when they open at the start of a word and close at the end of one, so apostrophes
(Iraq's, militants’ grip) are not taken for quote marks. A closing curly mark standing where a quote
opens (at the start of a word, no quote open: ”We will stay” or ’we will stay’, as some copy is typeset)
opens one; and a line's first mark, a closing one after the quote's last word ("…goods,” she warned."), closes a
quote that opened the line and lost its opening mark. Two single marks typed for a closing double one
(`…alive,'' Admiral X said`) close a quote, and two at the start of a word (`''Only one …`) open one.
"""

from __future__ import annotations

import re

from workbench.extract.attribution import SAID_RIGHT_BEFORE, Quote, attribute
from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.quotenorm import normalise_quote
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article, Candidate

__all__ = ["find_quotes", "normalise_quote"]

_LINE = re.compile(r"[^\n]+")
_DOUBLE = re.compile(r"[\"“”„«»]")
_DOUBLED = re.compile(r"(?<=[\w.,!?])(?:''|’’)(?!['’\w])")  # two single marks typed for a closing double one
_DOUBLED_OPEN = re.compile(r"(?<![^\s(\[—–-])(?:''|‘‘)(?=\w)")  # and for an opening one: `''Only one bogie`
_OPENS, _CLOSES = "“„«", "”»"
# The mark first (re scans for marks alone), then what stands before and after it: not ’90s.
_SINGLE_OPEN = re.compile(r"['‘’](?:(?<=^.)|(?<=[\s(\[—–-].))(?:(?<=['‘])(?=\w)|(?<=’)(?=[^\W\d_]))")
_COLON_BEFORE = re.compile(r":[^\S\n]*\Z")
_ANY_CLOSE = re.compile(r"['’](?![^\W\d_])|(?<![^\W\d_])['’]")  # a mark not inside a word ("can’t"): it may close
_SINGLE_CLOSE = re.compile(r"(?=['’])(?<=[\w.,!?])['’](?!\w)")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
MIN_WORDS = 3
# The words that end a line and say who spoke, after a comma: a quote left open before them closes at the comma.
_SAID_AT_END = re.compile(
    r",[^\S\n]+(?:he|she|they|the(?:[^\S\n]+[a-z]+){1,3}|[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})"
    r"[^\S\n]+(?:said|says|added|told[^\S\n]+\w+)(?:[^\S\n]+on[^\S\n]+[A-Z]\w+)?\.?[^\S\n]*$"
    r"|,[^\S\n]+said[^\S\n]+[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3}(?:,[^,\n]{1,40})?\.?[^\S\n]*$",
    re.MULTILINE,
)
_TIE = " ,;:."
_ENDS_QUOTE = ".,!?;:'’"  # before a space and a straight mark: the quote's end, so that mark closes it


def _has_doubled(text: str) -> bool:
    """Whether the text holds two single marks in a row, which _DOUBLED and _DOUBLED_OPEN need (most texts have
    none: the lines are then not searched for them)."""
    return "''" in text or "’’" in text or "‘‘" in text


def _double_quotes(text: str, start: int, end: int, doubled: bool) -> list[tuple[int, int, bool]]:
    """(open, end, closed) of each double-quoted span in text[start:end]; `doubled`: whether the text may hold a
    double mark typed as two single ones (_has_doubled)."""
    spans: list[tuple[int, int, bool]] = []
    open_at = None
    marks = sorted(
        [
            *_DOUBLE.finditer(text, start, end),
            *(_DOUBLED.finditer(text, start, end) if doubled else ()),
            *(_DOUBLED_OPEN.finditer(text, start, end) if doubled else ()),
        ],
        key=lambda m: m.start(),
    )
    for m in marks:
        i, mark = m.start(), m.group()
        if len(mark) == 2 and m.re is _DOUBLED_OPEN:  # `''Only one bogie is left,'' X said`
            if open_at is not None:
                spans.append((open_at, _rstrip(text, open_at, i), False))
            open_at = i
            continue
        if len(mark) == 2:  # `alive,'' Admiral X said`: it closes a quote
            if open_at is not None:
                spans.append((open_at, m.end(), True))
                open_at = None
            continue
        wrong_way = mark in _CLOSES and open_at is None and _opens_word(text, i)
        closes = mark in _CLOSES or (
            mark == '"'
            and not text[i + 1 : i + 2].isalnum()
            and not SAID_RIGHT_BEFORE.search(text, max(start, i - 12), i)
        )  # (not `,"Yes`, nor `said," We will …`: a mark opening a quote after a verb of saying)
        if not spans and open_at is None and closes and not wrong_way and text[i - 1] in ",.?!":
            # the line's first mark closes a quote its opening mark was lost from: it opened the line
            first = start + len(text[start:i]) - len(text[start:i].lstrip())
            spans.append((first, i + 1, True))
            continue
        # a straight mark between a space and a word opens, even with a quote open: that one lost its closing mark
        # (`the "heavy weight' they carry … voted "no"`), and pairs after it are not thrown out of step
        straight_opens = mark == '"' and (open_at is None or _reopens(text, i, end))
        if mark in _OPENS or straight_opens or wrong_way:
            if open_at is not None:  # a new opening mark: the previous quote was left open
                spans.append((open_at, _rstrip(text, open_at, i), False))
            open_at = i
        elif open_at is not None:  # a closing mark, curly or straight
            spans.append((open_at, i + 1, True))
            open_at = None
    if open_at is not None:
        said = _SAID_AT_END.search(text, open_at, end)  # `“… that has delivered it, he said.`: its mark was lost
        spans.append((open_at, said.start() + 1, True) if said else (open_at, _rstrip(text, open_at, end), False))
    return spans


def _reopens(text: str, i: int, end: int) -> bool:
    """Whether a straight mark between a space and a word opens a quote while one is open, that one having lost its
    closing mark (`the "heavy burden' they carry … voted "no" to it`): an even number of straight marks from it to the
    line's end, so that pairs after it stay in step (not a quote nested in straight marks, `"They called it "a
    fraud" from day one," she said`), and no quote's end before its space (`… neighborhood.' "Pennington said`)."""
    before = text[max(0, i - 3) : i].rstrip()[-1:]
    return _opens_word(text, i) and before not in _ENDS_QUOTE and text.count('"', i, end) % 2 == 0


def _opens_word(text: str, i: int) -> bool:
    """Whether the mark at `i` stands before a word and after the start of the line or a space."""
    return (i == 0 or text[i - 1] in " \t\n([—–-") and text[i + 1 : i + 2].isalnum()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _single_quotes(text: str, start: int, end: int, taken: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Closed single-quoted spans of 3+ words outside the double-quoted ones, and one opened with ‘ after a colon and
    left open to the line's end."""
    spans: list[tuple[int, int, bool]] = []
    pos = start
    while True:
        opener = _SINGLE_OPEN.search(text, pos, end)
        if not opener:
            return spans
        i = opener.start()
        pos = i + 1
        if any(s <= i < e for s, e, _ in taken):
            continue
        closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, i + 2, end)]
        # a plural possessive ("the soldiers' families") is no closing mark when another follows
        plain = [j for j in closers if not (text[j - 1] == "s" and text[j + 1 : j + 3].strip()[:1].islower())]
        j = plain[0] if plain else closers[0] if closers else None
        if j is None and text[i] == "‘" and _COLON_BEFORE.search(text, max(start, i - 3), i):
            # `said: ‘Over the past year …` to the line's end: a quote left open (it goes on, or lost its mark), when
            # no ’ on the line may close it (not `‘Growth will be 2%’, adding`) and no other quote follows it there
            later = any(s > i for s, _, _ in taken)  # another quote after it on the line: none left open here
            if (
                not later
                and not _ANY_CLOSE.search(text, i + 1, end)
                and len(_WORD.findall(text, i + 1, end)) >= MIN_WORDS
            ):
                spans.append((i, end, False))
            return spans
        if j is None or any(s <= j < e for s, e, _ in taken):
            continue
        if len(_WORD.findall(text, i + 1, j)) >= MIN_WORDS:
            spans.append((i, j + 1, True))
            pos = j + 1


def _marks(text: str) -> list[Quote]:
    """Every quote-marked span, line by line (scare quotes too)."""
    marks: list[Quote] = []
    doubled = _has_doubled(text)
    for line in _LINE.finditer(text):
        double = _double_quotes(text, line.start(), line.end(), doubled)
        for start, end, closed in sorted(double + _single_quotes(text, line.start(), line.end(), double)):
            marks.append(Quote(start, end, closed, line.start(), line.end()))
    return marks


def _inner_start(text: str, q: Quote) -> int:
    """Where a quote's words start: after its opening mark, or at its start when the mark was lost."""
    if _DOUBLED_OPEN.match(text, q.start):
        return q.start + 2
    return q.start + 1 if _DOUBLE.match(text, q.start) or text[q.start] in "'‘’" else q.start


def _inner_end(text: str, q: Quote) -> int:
    """Where a quote's words end: before its closing mark (one character, or two typed for one)."""
    if not q.closed:
        return q.end
    doubled = _DOUBLED.match(text, q.end - 2)
    return q.end - 2 if doubled and (_DOUBLE.match(text, q.start) or _DOUBLED_OPEN.match(text, q.start)) else q.end - 1


def _long_enough(text: str, q: Quote) -> bool:
    return len(_WORD.findall(text, _inner_start(text, q), _inner_end(text, q))) >= MIN_WORDS


def wording(quoted: str) -> str:
    """A quote's words as printed: its whitespace made single, the punctuation that only ties it into
    the sentence (a comma, colon or full stop before the closing mark) left off."""
    return " ".join(quoted.split()).rstrip(_TIE).strip()


def find_quotes(
    article: Article,
    index: SentenceIndex,
    entities: list[Candidate],
    titled_elsewhere: dict[str, frozenset[str]] | None = None,
) -> list[Candidate]:
    """Quotations of 3+ words; value = the wording as printed, key = its comparison form
    (`normalise_quote`), speaker and attributed_to = who the text says said it."""
    text = article.text
    marks = _marks(text)
    quotes = [q for q in marks if _long_enough(text, q)]
    if len(quotes) > MAX_PER_KIND:  # the rest of the article is not searched for quotes (extract.limits)
        marks = [m for m in marks if m.start < quotes[MAX_PER_KIND].start]
        quotes = quotes[:MAX_PER_KIND]
    speakers = attribute(text, index, marks, quotes, entities, titled_elsewhere)
    found = []
    for q, speaker in zip(quotes, speakers):
        quoted = text[_inner_start(text, q) : _inner_end(text, q)]
        found.append(
            Candidate(
                article=article.id,
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                kind="quote",
                value=wording(quoted),
                sentence=index.sentence_at(q.start),
                speaker=speaker,
                key=normalise_quote(quoted),
                attributed_to=speaker,
            )
        )
    return found
