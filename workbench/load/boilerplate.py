"""Boilerplate: the lines of a scraped article that are not the story.

Donation and subscription appeals, "More news:" / "Read more" link lines, comment forms, "N min read",
share and print widgets, newsletter prompts, bylines and desk credits. Lines are judged by general signals, not by a list of
known sentences: page-furniture vocabulary, short imperative lines, short lines repeated across
articles, bare widget words, captions shown twice, headline-like teasers between story paragraphs,
and appeal paragraphs sandwiched between other boilerplate lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from workbench.model import Span

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z']+")

# Phrases that mark a line as page furniture wherever they stand in it.
_FURNITURE = re.compile(
    r"""
    \b(?:more\s+news|read\s+more|read\s+the\s+full|related(?:\s+(?:articles?|stories|coverage))?\s*:
       |see\s+also\s*:|most\s+(?:read|popular|viewed)|recommended\s+(?:for\s+you|stories|reading)
       |also\s+read\s*:|click\s+here|continue\s+reading|story\s+continues
       |leave\s+a\s+(?:comment|reply)|post\s+(?:a\s+)?comment|add\s+(?:a\s+)?comment|join\s+the\s+(?:conversation|discussion)
       |your\s+email\s+address|required\s+fields|comments?\s+(?:are|is)\s+(?:closed|moderated)|log\s*in\s+to\s+comment
       |notifications?\s+can\s+be\s+managed|stay\s+up\s+to\s+date\s+with\s+notifications|turn\s+on\s+notifications
       |your\s+support|support\s+(?:us|our\s+journalism|independent)|become\s+a\s+(?:member|supporter|subscriber)
       |paywall|all\s+rights\s+reserved|copyright\s+\d{4}|skip\s+to\s+(?:main\s+)?content|follow\s+us\s+on
       |share\s+this\s+(?:article|story|page)|share\s+on\s+(?:facebook|twitter|x|whatsapp|linkedin)
       |advertisement|sponsored\s+content
       |support\s+our\s+\w+(?:\s+\w+)?\s+(?:coverage|reporting)|make\s+a\s+contribution|with\s+a\s+contribution
       |our\s+standards|trust\s+principles|more\s+from\s+(?:the\s+)?[\w ]{1,30}:|share\s+this\b
       |save\s+my\s+name|updated\s+\d+\s+(?:hours?|minutes?|days?)\s+ago
       |thank\s+you\s+for\s+(?:registering|subscribing|signing\s+up)|refresh\s+(?:the|your)\s+(?:page|browser)|logged\s+in
    )(?:\b|(?<=:))
    |\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b
    |^\s*(?:©|\(c\)\s)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Appeal words: page furniture only in a short line or one that speaks to the reader (we/you).
_APPEAL = re.compile(
    r"\b(?:sign\s+up|subscrib(?:e|er|ers|ing)|subscriptions?|newsletters?|inbox|donat(?:e|ion|ions|ing))\b",
    re.IGNORECASE,
)

# Words of share/print/comment widgets: a short line made only of these is a widget.
_WIDGET_WORDS = frozenset(
    """share shares print email e-mail comment comments adjust tweet facebook twitter whatsapp linkedin
    reddit pinterest copy link save bookmark font text size listen reply replies like follow x telegram
    messenger gift article""".split()
)

# Verbs that open a call to action addressed to the reader.
_IMPERATIVES = frozenset(
    """sign subscribe join follow click read watch share download get donate support register log
    listen try tap visit discover explore become give contribute unlock upgrade enjoy""".split()
)

_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
_READER_ADDRESS = re.compile(r"\b(?:we|us|our|you|your)\b", re.IGNORECASE)


def _words(line: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(line)]


def _is_furniture(line: str, words: list[str]) -> bool:
    unquoted = _QUOTED.sub(" ", line)
    if _FURNITURE.search(unquoted):
        return True
    return bool(_APPEAL.search(unquoted)) and (len(words) <= 15 or _READER_ADDRESS.search(unquoted) is not None)


def _is_widget(words: list[str]) -> bool:
    return 0 < len(words) <= 6 and all(w in _WIDGET_WORDS for w in words)


_BYLINE = re.compile(
    r"^\s*(?:by|(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|written\s+by)\s+[A-Z]", re.IGNORECASE
)
_FORM_LABEL = re.compile(r"^\s*[\w ]{1,20}\*\s*$")  # "Name *", "Comment *"
_DESK = re.compile(r"\b(?:desk|staff|correspondent|bureau)\s*$", re.IGNORECASE)


def _is_credit(line: str, words: list[str]) -> bool:
    """A byline, a desk or staff credit, or a form field label."""
    if len(words) > 16:
        return False
    return bool(_BYLINE.search(line) or _FORM_LABEL.search(line) or (len(words) <= 6 and _DESK.search(line)))


def _is_call_to_action(line: str, words: list[str]) -> bool:
    """A short line that opens with an imperative to the reader ("Sign up for our briefing")."""
    return bool(words) and len(words) <= 14 and words[0] in _IMPERATIVES and '"' not in line and "“" not in line


def _is_teaser(line: str, words: list[str], prev_long: bool, next_long: bool) -> bool:
    """A headline-like line between two story paragraphs: a link to another story."""
    return (
        prev_long
        and next_long
        and 3 <= len(words) <= 14
        and _SENTENCE_END.search(line) is None
        and not line.rstrip().endswith((",", ":", ";"))
        and not any(c.isdigit() for c in line)
    )


def _key(line: str) -> str:
    return " ".join(_words(line))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _LINE.finditer(text):
        if match.group().strip():
            yield match.start(), match.end(), match.group()


def find_boilerplate(texts: list[str]) -> list[list[Span]]:
    """For each text, the spans (one per line, sorted) of its boilerplate lines."""
    per_text = [list(_lines(text)) for text in texts]
    # Short lines that recur across articles (share bars, shared prompts); long ones may be wire copy.
    counts: Counter[str] = Counter()
    for lines in per_text:
        counts.update({_key(line) for _, _, line in lines if 0 < len(_words(line)) <= 8})
    return [_mark(lines, counts) for lines in per_text]


def _mark(lines: list[tuple[int, int, str]], repeated: Counter[str]) -> list[Span]:
    flags = []
    words_of = [_words(line) for _, _, line in lines]  # each line's words, found once
    long = [len(words) >= 20 for words in words_of]
    for i, (_, _, line) in enumerate(lines):
        words = words_of[i]
        flags.append(
            _is_furniture(line, words)
            or _is_teaser(line, words, i > 0 and long[i - 1], i + 1 < len(lines) and long[i + 1])
            or _is_widget(words)
            or _is_credit(line, words)
            or _is_call_to_action(line, words)
            or (0 < len(words) <= 8 and repeated[" ".join(words)] >= 2 and not any(c.isdigit() for c in line))
        )
    # A line the page repeats at once, longer (an image caption shown twice, with its credit).
    for i in range(len(lines) - 1):
        line, following = lines[i][2].strip(), lines[i + 1][2].strip()
        if len(line) >= 20 and following != line and following.startswith(line):
            flags[i] = True
    # A paragraph addressing the reader between two boilerplate lines belongs to the appeal.
    for i in range(1, len(lines) - 1):
        if not flags[i] and flags[i - 1] and flags[i + 1] and _is_appeal(lines[i][2]):
            flags[i] = True
    return [(start, end) for (start, end, _), flag in zip(lines, flags) if flag]


def _is_appeal(line: str) -> bool:
    """Speaks to the reader in the outlet's voice (we/you), outside any quotation."""
    return _QUOTED.search(line) is None and _READER_ADDRESS.search(line) is not None
