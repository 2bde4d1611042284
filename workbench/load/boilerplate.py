"""Boilerplate: the lines of a scraped article that are not the story.

Donation and subscription appeals, "More news:" / "Read more" link lines, comment forms, "N min read",
share and print widgets, newsletter prompts, bylines and desk credits, photo credits, breadcrumbs and
section labels. Lines are judged by general signals, not by a list of known sentences: page-furniture
vocabulary, short imperative lines, short lines repeated across articles, bare widget words, the shape
of a line (a short label of capitalised words with no sentence in it, a credit, a breadcrumb trail, an
all-capitals or glued "Title:Title" link), captions shown twice, headline-like teasers between story
paragraphs, and appeal paragraphs sandwiched between other boilerplate lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from workbench.each import Each
from workbench.load.credits import CREDIT_WORDS, find_credit
from workbench.load.lines import PAGE_DATE_LABEL
from workbench.model import Span

_LINE = re.compile(r"[^\n]+")
# A longer line is story text (or a page that lost its line breaks): its words never make it furniture.
MAX_FURNITURE_LINE = 2000  # characters; the longest furniture line in our corpora is under 400
_WORD = re.compile(r"[A-Za-z']+")

# Phrases that mark a line as page furniture wherever they stand in it.
_FURNITURE_SOURCE = r"""
    \b(?:more\s+news|read\s+more|read\s+the\s+full|related(?:\s+(?:articles?|stories|coverage))?\s*:
       |see\s+also\s*:|^\s*see\s+also\s+|most\s+(?:read|popular|viewed)|recommended\s+(?:for\s+you|stories|reading)
       |also\s+read\s*:|click\s+here|continue\s+reading|story\s+continues
       |leave\s+a\s+(?:comment|reply)|post\s+(?:a\s+)?comment|add\s+(?:a\s+)?comment|join\s+the\s+(?:conversation|discussion)
       |your\s+email\s+address|required\s+fields|comments?\s+(?:are|is)\s+(?:closed|moderated)|log\s*in\s+to\s+comment
       |notifications?\s+can\s+be\s+managed|stay\s+up\s+to\s+date\s+with\s+notifications|turn\s+on\s+notifications
       |your\s+support|support\s+(?:us|our\s+journalism|independent)|become\s+a\s+(?:member|supporter|subscriber)
       |paywall|all\s+rights\s+reserved|copyright\s+\d{4}|skip\s+to\s+(?:main\s+)?content|follow\s+us\s+on
       |share\s+this\s+(?:article|story|page)|share\s+on\s+(?:facebook|twitter|x|whatsapp|linkedin)
       |advertisement|sponsored\s+content
       |support\s+our\s+\w+(?:\s+\w+)?\s+(?:coverage|reporting)|make\s+a\s+contribution|with\s+a\s+contribution
       |our\s+standards|editorial\s+(?:standards|guidelines|policy)|^\s*original\s+(?:story|article)\s*$|trust\s+principles|more\s+from\s+(?:the\s+)?[\w ]{1,30}:|^\s*share\s+this\b
       |(?<=[✕✖]\s)close\b|^\s*(?:editor['’]s\s+)?note\s*:|\blisten\s+to\s+[\w ]{1,30}\s+on\s+the\s+radio\b|save\s+my\s+name|updated\s+\d+\s+(?:hours?|minutes?|days?)\s+ago|^\s*in\s+this\s+article\s*:?\s*$
       |thank\s+you\s+for\s+(?:registering|subscribing|signing\s+up)|refresh\s+(?:the|your)\s+(?:page|browser)|logged\s+in
       |accessibility\s+links|skip\s+to\s+(?:navigation|footer|search)|back\s+to\s+top
       |this\s+(?:article|story|piece)\s+is\s+(?:more\s+than|over)\s+\w+\s+(?:years?|months?|days?)\s+old
       |^\s*this\s+(?:article\s+|story\s+)?was\s+published\s+(?:more\s+than\s+|over\s+)?\w+\s+(?:years?|months?|days?)\s+ago
       |(?:ensure|enable)\s+javascript|javascript\s+is\s+(?:disabled|required|enabled)|^\s*play\s+live\s+radio\s*$
       |(?:this\s+is\s+a\s+)?developing\s+story|check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:updates|more)
       |follow\s+\w+(?:\s+\w+)?\s+on\s+(?:twitter|facebook|instagram|x|threads|bluesky|linkedin)
       |use\s+(?:a\s+)?(?:\w+\s+)?browser\s+for\s+a\s+(?:more\s+accessible|better)\s+(?:video\s+)?(?:player|experience)
       |(?:^|(?<=[-–—|]\s))powered\s+by(?:\s+[\w.-]+){1,3}\s*$
       |^\s*disclaimer\s*:|auto-generated\s+from\s+(?:a\s+)?syndicated\s+feed
       |that\s+wraps\s+up\s+(?:our|my|the)\s+(?:live\s+)?coverage|thanks\s+for\s+(?:joining|following)\s+(?:me|us)\b
       |this\s+article\s+appeared\s+in\s+the|^\s*this\s+(?:post|article|story|report|page)\s+has\s+been\s+updated\b
       |^\s*(?:posted|filed)\s+(?:in|under)\s*:|^\s*(?:tags|topics|categories)\s*:
       |^\s*reading\s+time\s*:|download\s+now(?=\s*!)|^\s*stay\s+tuned\s+with\b(?=[^.!?]*\bapp\s*$)
       |^\s*i\s+would\s+like\s+to\s+be\s+emailed\b|\.\s*read\s+our\s+privacy\s+(?:notice|policy)(?=\.?\s*$)
    )(?:\b|(?<=:))
    |(?:^|[|•·]\s*)(?:send|give)\s+(?:us\s+)?feedback\s*$  # a widget's link ("More info | Send feedback")
    |opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\b  # a link's mark, glued to its text ("… in ParisOpens in new window")
    |\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b
    |(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*\d[^\n]*?\d\s+views\s*$
    # a page's view counter closing its dated byline line ("… DialoNovember 2, 2023061 views")
    |^\s*(?:  # what opens a line: one alternative for re to try at every position, not six
       loading(?:[^\n.]{0,60}\b(?:player|video|audio|content|comments?|page))?\s*(?:\.\.\.|…)\s*$  # "Loading the … Player..."
       |\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\s*(?:$|[-–—|•·])  # a listing's time stamp: "1 hour ago - Energy"
       |(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\s*$
       |[📷📸🎥]  # a gallery's captions, each after a camera
       |©|\(c\)\s
       |-?\d{1,3}(?:\.\d)?\s*°\s*[cf]?\s*$  # a weather widget's temperature on a line of its own ("28.0°F")
       |[×✕✖]\s*$  # a close button on a line of its own
    )
    """
# Written in lower case: a line is searched lower-cased, which Python's re does ~3x faster than ignoring case.
_FURNITURE = re.compile(_FURNITURE_SOURCE, re.VERBOSE)
_FURNITURE_ANY_CASE = re.compile(_FURNITURE_SOURCE, re.IGNORECASE | re.VERBOSE)

# Appeal words: page furniture only in a short line or one that speaks to the reader (we/you).
_APPEAL = re.compile(
    r"\b(?:sign\s+up|subscrib(?:e|er|ers|ing)|subscriptions?|newsletters?|inbox|donat(?:e|ion|ions|ing))\b",
    re.IGNORECASE,
)

# Words of share/print/comment widgets: a short line made only of these is a widget.
_WIDGET_WORDS = frozenset(
    """share shares print email e-mail comment comments adjust tweet facebook twitter whatsapp linkedin
    reddit pinterest copy link save bookmark font text size listen reply replies like follow x telegram
    messenger gift article responses discussion""".split()
)

# Verbs that open a call to action addressed to the reader.
_IMPERATIVES = frozenset(
    """sign subscribe join follow click read watch share download get donate support register log
    listen try tap visit discover explore become give contribute unlock upgrade enjoy""".split()
)

_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
# Quoted words, in double marks or single ones opening and closing outside a word (not "don't … we're"); each
# alternative opens with its mark ("'(?<!\w')", not "(?<!\w)'"), so that re scans for the marks alone (~4x faster)
_DOUBLE_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
_QUOTED = re.compile(rf"{_DOUBLE_QUOTED.pattern}|‘[^’\n]*’(?!\w)|'(?<!\w')[^'\n]*'(?!\w)")
# What an appeal asks of the reader besides _APPEAL's subscriptions and donations ("We noticed you are using an ad
# blocker … we have relied on readers"); a reporter's "we reached the market, you could still see" asks nothing
_ASKS_THE_READER = re.compile(r"\b(?i:support|ad[-\s]?blocker|readers|journalism)\b")
# A reporter telling what "we" did ("When we reached the village", "we saw"): story, not the outlet's appeal
_REPORTER_WE = re.compile(r"(?i:\bwe[^\S\n]+(?:[a-z]+ed|saw|met|went|spoke|found|came|drove|heard|got|took|ran))\b")
# The outlet speaking to the reader, in any case but "US" (the country: "the US Federal Reserve"), unless the whole
# line is in capitals ("CALL US ON 0800 555 0199")
_READER_ADDRESS = re.compile(r"\b(?:(?i:we|our|you|your)|[Uu]s)\b")
_SHOUTED_US = re.compile(r"\bUS\b")


def _addresses_reader(text: str) -> bool:
    """Whether a text speaks to the reader in the outlet's voice (_READER_ADDRESS)."""
    return _READER_ADDRESS.search(text) is not None or (text.isupper() and _SHOUTED_US.search(text) is not None)


def _words(line: str) -> list[str]:
    if line.isascii():
        return _WORD.findall(line.lower())
    return [w.lower() for w in _WORD.findall(line)]  # lower-casing first could make letters of others ("K")


# An appeal in the imperative opening a sentence of the line ("... insights. Subscribe for free").
_APPEAL_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(?:Subscribe|Sign\s+up|Donate|Register)\b")


# A word every pattern above holds, its rarest where it is cheap to tell ("wraps" for "that wraps up", "reserved"
# for "all rights reserved", "contribution" for "with a contribution"), or a mark one opens with: a line holding
# none of them is not searched (fast on long texts; "that", "with", "our" and "this" are in most lines).
_GALLERY_MARKS = ("📷", "📸", "🎥")
_CLOSE_MARKS = ("✕", "✖", "×")  # a close button ("✕ Close", a "×" alone): a mark no story word needs
_FURNITURE_FIRST = frozenset(
    """more read related see popular viewed recommended click continue continues leave join email fields comment
    comments log login notification notifications support become paywall reserved copyright skip follow share
    advertisement sponsored contribution standards trust save updated thank refresh logged accessibility top
    developing check browser editorial original image photo picture slide note radio powered disclaimer auto wraps
    thanks views appeared loading ago window tab feedback ensure enable javascript article old published
    posted filed tags topics categories reading download stay would""".split()
)
_APPEAL_FIRST = frozenset(
    """sign subscribe subscriber subscribers subscribing subscription subscriptions newsletter newsletters
    inbox donate donation donations donating register""".split()
)
_LETTERS = re.compile(r"[a-z]+")


LONG_PARAGRAPH = 25  # words: a line this long is a story paragraph unless it opens with furniture or asks the reader
_GLUED_AFTER = re.compile(r"[.!?…][\"”’)]?[\s\-–—|•·:]*\Z")  # a link glued on after the paragraph's last sentence


def _furniture(line: str, words: list[str]) -> int | None:
    """Where a line's page furniture begins: 0 for a line that is furniture, the offset of a link glued on after
    a long paragraph's last sentence ("… officials said. Read more: Tourist faces …"; "… he said.- READ MORE":
    the paragraph before it is story), None for story."""
    unquoted = _QUOTED.sub(" ", line)
    lowered = unquoted.lower()
    if len(lowered) == len(unquoted):
        letters = set(_LETTERS.findall(lowered))
        found = _furniture_phrase(lowered, letters)
        if not found and _APPEAL_FIRST.isdisjoint(letters):
            return None
    else:
        found = _FURNITURE_ANY_CASE.search(unquoted)
    # A long paragraph is story unless it opens with furniture, or (no quoted speech in it) asks the reader
    # ("among the most popular routes" is story).
    if found and (
        len(words) < LONG_PARAGRAPH
        or not unquoted[: found.start()].strip(" -–—|•·")
        or (unquoted == line and _addresses_reader(unquoted))
    ):
        return 0
    if len(words) <= 30 and _APPEAL_SENTENCE.search(unquoted.strip()):
        return 0
    if _APPEAL.search(unquoted) and (len(words) <= 15 or _addresses_reader(unquoted)):
        return 0
    if found and unquoted == line and _GLUED_AFTER.search(line, 0, found.start()):
        return found.start()
    return None


def _furniture_phrase(lowered: str, letters: set[str]) -> re.Match[str] | None:
    """The first furniture phrase in a lower-cased line (searched only where one of its first words, or a mark
    that opens one, stands in the line: most lines have neither)."""
    marked = (
        "©" in lowered
        or "(c)" in lowered
        or lowered.lstrip().startswith(_GALLERY_MARKS)
        or any(mark in lowered for mark in _CLOSE_MARKS)
        or "°" in lowered
    )
    return None if _FURNITURE_FIRST.isdisjoint(letters) and not marked else _FURNITURE.search(lowered)


def _is_widget(words: list[str]) -> bool:
    return 0 < len(words) <= 6 and all(w in _WIDGET_WORDS for w in words)


_BYLINE = re.compile(
    r"^\s*[(\[]?\s*(?i:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|written\s+by)\s+[A-Z]"
)  # "Reporting by Ann Lee", "(Reporting by Ann Lee; Editing by Bo Li)"
# A page's label on its picture: "Image source, Reuters", "Image caption, Crews at the site on Tuesday".
_PICTURE_LABEL = re.compile(r"\s*(?:Image|Video|Media)\s+(?:source|caption|description)\s*,\s")
# "By Ann Lee": a name after "By", on a line that is no sentence ("By evening the coastguard said …" is one).
_BY = re.compile(r"^\s*(?i:(?:brief[^\S\n]+|posted[^\S\n]+|compiled[^\S\n]+)?by)\s+[A-ZÀ-Þ]")
_SOURCES = re.compile(r"\s*(?:Sources?|Additional\s+sources?)\s*:\s*\S")  # "Sources: Ahmedabad Police, Air India"
_GLUED_CRUMBS = re.compile(r"\s*(?:[A-Z][a-z]{2,}){3,}\b")  # "HomeNewsIndia": section links run together
_FORM_LABEL = re.compile(r"^\s*[\w ]{1,20}\*\s*$")  # "Name *", "Comment *"
# A newsroom role ending a short line: "Kessar regional desk", "Managing Editor", "Ann Lee, Reporter".
_DESK = re.compile(
    r"\b(?:desk|staff|bureau|correspondents?|editors?|reporters?|writers?|columnists?|contributors?|producers?"
    r"|photographers?|journalists?)\s*$",
    re.IGNORECASE,
)
# A credit naming contributors, or a short line ending "by <Name>" ("Monetary policy ... by Ann Lee").
_CONTRIBUTORS = re.compile(
    r"\b(?:contribut(?:ing|ors?|ed\s+by)|additional\s+reporting)\b\s*(?::|by\b)|^\W*with\s+assistance\s+from\s"
    r"|\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)\b|\bcontributed\s+reporting\b"
    r"|\b(?:writers?|reporters?|correspondents?)\b[^.\n]*\bcontributed\.?\s*$",
    re.I,
)  # "Contributing: Ann Lee", "--With assistance from Ann Lee.", "AP writer Ann Lee contributed to this report."
_BY_NAME = re.compile(r"\bby\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}\s*$")
_CLAUSE_WORD = re.compile(r"\b[a-z]{4,}\b")  # a lower-case word of some length: a clause, not a label
_SENTENCE_PUNCT = re.compile(r"[.!?…]\s*[\"”’)]?\s*$")


_GLUED_DATE_BYLINE = re.compile(  # (not a page's date label: "First Published22 May 2024")
    r"\s*[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+){1,3}\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?,?[^\S\n]+\d{4}\s*$"
)
_PAGE_DATE_WORDS = re.compile(r"\b(?:Published|Updated|Posted|Modified)(?![a-z])")


def _is_credit(line: str, words: list[str]) -> bool:
    """A byline, a desk or staff credit, a photo credit standing alone, or a form field label."""
    if len(words) > 16:
        return False
    if _BYLINE.search(line) or _FORM_LABEL.search(line) or _CONTRIBUTORS.search(line) or _SOURCES.match(line):
        return True
    if _GLUED_DATE_BYLINE.match(line) and not _PAGE_DATE_WORDS.search(line):
        return True  # "Jacob Phillips22 May 2024": a byline its date is glued to
    if _GLUED_CRUMBS.match(line) and _SENTENCE_PUNCT.search(line) is None:
        return True  # "HomeNewsIndia Plane Crash …": a breadcrumb glued to the headline
    if _BY.search(line) and (len(words) <= 6 or _SENTENCE_PUNCT.search(line) is None):
        return True
    if len(words) <= 6 and _DESK.search(line):
        return True
    by_name = _BY_NAME.search(line.strip()) if len(words) <= 10 and _SENTENCE_PUNCT.search(line) is None else None
    if by_name and not _CLAUSE_WORD.search(line.strip()[: by_name.start()]):
        return True  # "Monetary policy 1 by Ann Lee", not a headline "Stone pardoned by Trump"
    credit = find_credit(line)
    return credit is not None and not line[: credit.start()].strip(" -–—|•·([") and len(words) <= 12


_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|announced|reported|added)\b")
# After a caption's closing credit: the line's end, past whom the photographer worked for ("Credit...Ann Lee for The
# Velm Times").
_CAPTION_END = re.compile(r"(?:[^\S\n]+for[^\S\n]+[A-Z][\w.'’&-]*+(?:[^\S\n]+[A-Z][\w.'’&-]*+)*+)?[\s|)\]]*\Z")
# A picture agency's licensing link closing its caption: "REUTERS/Ann Lee Purchase Licensing Rights, opens new tab".
_LICENSING = re.compile(
    r"[^\S\n]*Purchase[^\S\n]+Licensing[^\S\n]+Rights(?:,[^\S\n]*opens[^\S\n]+(?:in[^\S\n]+)?(?:a[^\S\n]+)?new[^\S\n]+"
    r"(?:tab|window))?[^\S\n]*\Z"
)
_SENTENCE_BEFORE = re.compile(r"[.!?…)\]][\s\"”’]*\Z")  # a caption's sentence ends before its bare credit


def _is_caption(line: str) -> bool:
    """A photo's caption: a line that a photo credit closes ("… on Sunday. (AP Photo/Ann Lee)", "… in Tokyo.
    Photograph: Ann Lee/Reuters", "… on Friday.Credit: AP", "… stadium. © ANN LEE / AFP"; a bare "X/Y" credit only
    after the caption's sentence ends: "… Bhubaneswar, India on October 12, 2013. AFP/Asit Kumar"). A caption shown
    twice keeps its credited copy as the story's (_mark_copies)."""
    if "Purchase" in line:  # _LICENSING's word: a look for it is ~10x faster than the pattern on every line
        line = _LICENSING.sub("", line)
    credit = find_credit(line)
    if credit is None or not _CAPTION_END.match(line, credit.end()):
        return False
    # a caption's last word before its credit is no part of it ("… in Velm. REUTERS/Ann Lee")
    start = credit.start() + (credit.group().rfind(". ") + 2 if ". " in credit.group() else 0)
    said, before = line[start:], line[:start].rstrip(" -–—|•·([©")
    if not before or said.lstrip("([ ").lower().startswith("via "):
        return False  # a credit alone (_is_credit); "… (Via The Seattle Times / Washington State Patrol)": a source
    if _REPORTED.search(before) or _QUOTED.search(before):
        return False  # "… said 42 buildings had collapsed. (Reuters/Antara)": a story paragraph its agency closes
    named = said[:1].isupper() and not _CREDIT_WORD.match(said)
    return not named or "©" in line[max(0, start - 3) : start] or bool(_SENTENCE_BEFORE.search(before))


_CREDIT_WORD = re.compile(CREDIT_WORDS)  # a credit that says it is one ("Photograph: …"), not a bare "X/Y"

# A photo's caption in the agencies' style, without its credit: one sentence showing a scene in the present tense,
# dated to the day ("A crane is seen at the terminal, Thursday, May 7, 2026." "Mourners embrace outside the church on
# 2 May 2027."). A story's sentence tells the past or a plan, and a present-tense one says "stands at", "work at",
# "gather": only a picture's verbs count ("is seen", "is pictured", "poses", "waves", "walks past"), and one that is
# not a picture's passive only where the sentence holds no figure but its date.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_OF_A_YEAR = re.compile(
    rf"\b(?:{_MONTH}[^\S\n]+\d{{1,2}},?[^\S\n]+\d{{4}}|\d{{1,2}}[^\S\n]+{_MONTH},?[^\S\n]+\d{{4}})\b"
)
_PICTURED = re.compile(r"\b(?:is|are)[^\S\n]+(?:seen|shown|pictured|photographed|displayed)\b(?![^\S\n]+as\b)")
_SCENE = re.compile(
    r"\b(?:poses?[^\S\n]+(?:for|with)|waves?(?:[^\S\n]+to)?|gestures?|looks?[^\S\n]+on|greets?|embraces?|reacts?"
    r"|prays?|mourns?|walks?[^\S\n]+(?:past|through|along|by|among|amid|across))\b"
)
# An agency's name after a dash closing a caption's sentence: ". — AFP", ". – Reuters", ". — Velm Daily Photo".
_DASH_CREDIT = re.compile(r"[.!?][^\S\n]*[—–][^\S\n]*[A-Z][\w&.'’]*(?:[^\S\n]+[A-Z][\w&.'’]*){0,2}[^\S\n]*$")
_PLANNED = re.compile(r"\b(?:will|would|due|set|scheduled|expected|plans?|unless|until|before|deadline)\b")
_DIGIT = re.compile(r"\d")
_SENTENCE_AFTER = re.compile(r"[.!?][\"”’)]?[^\S\n]+[A-Z\"“‘]")  # (not "Oct. 28"; "St. Louis" is taken as one)
MAX_SCENE_WORDS = 50


def _is_dated_scene(line: str) -> bool:
    """A caption without its credit: a line of one sentence (at most MAX_SCENE_WORDS words) that shows a scene in the
    present tense before the day of a year it was taken, plans nothing and quotes or reports no one; a scene not in a
    picture's passive ("walks past", "waves", or any, where an agency's name after a dash closes it: "Rescuers search a
    house in Velm on September 9, 2023, after an earthquake. — AFP") only with no figure but its date (not a story's
    closing "… attended by 300 guests. — Bernama")."""
    credited = _DASH_CREDIT.search(line)
    if credited:
        line = line[: credited.start()]
    day = _DAY_OF_A_YEAR.search(line)
    if day is None or len(line.split()) > MAX_SCENE_WORDS or _SENTENCE_AFTER.search(line):
        return False
    if _REPORTED.search(line) or _PLANNED.search(line) or any(mark in line for mark in '"“”'):
        return False
    if _PICTURED.search(line, 0, day.start()):
        return True
    figures = _DIGIT.search(line, 0, day.start()) or _DIGIT.search(line, day.end())
    return figures is None and (credited is not None or _SCENE.search(line, 0, day.start()) is not None)


# A caption that opens on its picture, in the agencies' style: "In this courtroom sketch, …", "In this file photo taken
# on …", "This image provided by the Velm Navy shows …", "This handout picture released by …".
_PICTURE_WORD = (
    r"(?:[a-z-]+[^\S\n]+){0,2}?(?:photo(?:graph)?|image|picture|sketch|drawing|frame[^\S\n]+grab"
    r"|screen[^\S\n]*grab|screenshot|handout)"
)
_PICTURE_VERB = r"(?:[^\S\n]*,|[^\S\n]+(?:taken|made|released|provided|distributed|obtained|posted|shared|shows?)\b)"
# ("In this photo from Aug. 8, 2021, …", "This image from video provided by …"; not "This image from Maxar shows 40
# destroyed homes", a story's sentence about a picture)
_PICTURE_SHOWS = re.compile(
    rf"[^\S\n]*(?:In[^\S\n]+this[^\S\n]+{_PICTURE_WORD}(?:{_PICTURE_VERB}|[^\S\n]+from\b)"
    rf"|This[^\S\n]+{_PICTURE_WORD}(?:{_PICTURE_VERB}|[^\S\n]+from[^\S\n]+(?:a[^\S\n]+)?video\b)"
    r"|(?:In[^\S\n]+this|This)[^\S\n]+(?:undated|handout|file)[^\S\n]+(?:photo(?:graph)?|image|picture)\b)"
)  # ("This undated photo from the Velm Navy shows …": a caption whatever follows)


def _picture_shows(line: str, words: list[str]) -> bool:
    """A caption opening on its picture, one caption long (not a page's whole text run onto its caption's line) and
    reporting no one (not "In this photo, shared on Sunday, the mayor is seen …, the ministry said")."""
    return len(words) <= MAX_SCENE_WORDS and _PICTURE_SHOWS.match(line) is not None and not _REPORTED.search(line)


# Lower-case words a label may hold between its capitalised ones ("What to Know", "in Washington").
_LABEL_GLUE = frozenset("a an the and of to for in at on from by via with de la van von al el".split())
_LABEL_WORD = re.compile(r"[\w'’&.]+")


def _is_label(line: str) -> bool:
    """A short line of capitalised words and no sentence: a byline name, a role, an edition or section
    label, a photo's subject ("Lauren Gambino", "in Washington", "What to Know", "United States")."""
    text = line.strip().lstrip("-–—•·|* ")
    if any(c in text for c in '"“”‘,;:?!') or any(c.isdigit() for c in text):
        return False
    tokens = _LABEL_WORD.findall(text)
    if not 0 < len(tokens) <= 5:
        return False
    if text.endswith(".") and not tokens[-1].endswith("."):
        return False
    capitalised = [t for t in tokens if t[:1].isupper()]
    return bool(capitalised) and all(t[:1].isupper() or t.lower() in _LABEL_GLUE for t in tokens)


_BREADCRUMB = re.compile(r"\s*(?:>|›|»|/|\|)\s*")
_BREADCRUMB_SIGN = re.compile(r"[>›»/|]")


def _is_breadcrumb(line: str) -> bool:
    """A trail of short section names ("News > World > Middle East", "Home | Business | Markets")."""
    if _BREADCRUMB_SIGN.search(line) is None:
        return False
    parts = [p for p in _BREADCRUMB.split(line.strip()) if p]
    return (
        len(parts) >= 3
        and all(len(p.split()) <= 4 for p in parts)
        and _SENTENCE_PUNCT.search(line) is None
        and all(p[:1].isupper() for p in parts)
    )


_GLUED_TITLES = re.compile(r"[\w’'”\"]:[A-Z]")  # "Angst and anger:Stone case stirs the courts"
# A topic label and a headline after it, the link to another story: "Will Wordle get harder?: Times unveils changes".
_LABELLED = re.compile(r"\s*[A-Z][^:.\n]{0,40}[?!]?:[^\S\n]+[A-Z]")
_MORE_FROM = re.compile(r"^\s*(?:more|latest)\s+(?:from|on|in)\s+\S", re.IGNORECASE)
# A headline in square brackets, a link to another story ("[ Bank claims deposits dropped 40% ]"); a page's section
# ("Published in News & Features", "Filed under World")
_BRACKETED = re.compile(r"\s*\[[^\[\]\n]+\]\s*\Z")
_FILED_IN = re.compile(r"\s*(?:Published|Posted|Filed)[^\S\n]+(?:in|under)[^\S\n]+[A-Z]")


def _is_link_line(line: str, words: list[str], first: bool) -> bool:
    """A link to another story: an all-capitals headline, two titles glued by a colon, "More from X", a headline in
    square brackets; a page's section it was filed in."""
    if not _is_headline(line, words):
        return False
    if _BRACKETED.match(line) or (len(words) <= 6 and _FILED_IN.match(line)):
        return True
    letters = [c for c in line if c.isalpha()]
    if not first and len(words) >= 3 and letters and all(c.isupper() for c in letters):
        return True
    return bool(_GLUED_TITLES.search(line)) or (len(words) <= 8 and _MORE_FROM.search(line) is not None)


def _is_labelled_link(line: str, words: list[str]) -> bool:
    """After the story has begun, a topic label and a headline: "Elon Musk and Twitter: Twitter lost 1.3
    million users after he bought it" (the page's own headline, "Mexico quake: Death toll reaches 226", is not)."""
    return len(words) >= 6 and _is_headline(line, words) and bool(_LABELLED.match(line))


# A web address's host or file ending: "www.velm.com/…", "…/images/ABC123.jpg)".
_ADDRESS_DOT = re.compile(r"[A-Za-z0-9]\.[A-Za-z]{2,5}(?:[/?#)\]]|\Z)")


def _is_address(line: str) -> bool:
    """A line that is a web address or a picture's path alone ("/cdn.velm.com/gray/Q6VQ575.jpg)", "Image: https://…"),
    not "24/7"."""
    bare = _ADDRESS_LABEL.sub("", line.strip(), count=1)
    return "/" in bare and not any(c.isspace() for c in bare) and _ADDRESS_DOT.search(bare) is not None


_ADDRESS_LABEL = re.compile(r"\A[A-Z][a-z]{1,12}:[^\S\n]*")  # "Image: ", "Source: " before an address


def _is_call_to_action(line: str, words: list[str]) -> bool:
    """A short line that opens with an imperative to the reader ("Sign up for our briefing")."""
    return bool(words) and len(words) <= 14 and words[0] in _IMPERATIVES and '"' not in line and "“" not in line


# A verb in the past tense, which a story tells in and a headline does not ("began", "said", "walked").
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|began|said|told|was|were|had|made|took|came|went|gave|got|saw|spoke|left|won|lost|met)\b"
)


def _paragraphs_beside(line: str, i: int, long: list[bool], ended: list[bool]) -> tuple[bool, bool]:
    """Whether the lines before and after the i-th are story paragraphs a teaser may stand between: ones that end
    their sentences, or any where paragraphs end in no stop and the line is told in a headline's present tense, not a
    story's past (_PAST)."""
    headline = _PAST.search(line) is None

    def paragraph(j: int) -> bool:
        return 0 <= j < len(long) and (ended[j] or (long[j] and headline))

    return paragraph(i - 1), paragraph(i + 1)


def _is_teaser(line: str, words: list[str], prev_long: bool, next_long: bool) -> bool:
    """A headline-like line between two story paragraphs that end their sentences: a link to another story."""
    return (
        prev_long
        and next_long
        and 3 <= len(words) <= 14
        and _SENTENCE_END.search(line) is None
        and not line.rstrip().endswith((",", ":", ";"))
        and not any(c.isdigit() for c in line)
    )


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _LINE.finditer(text):
        if match.group().strip():
            yield match.start(), match.end(), match.group()


def find_boilerplate(texts: list[str], each: Each = map) -> list[list[Span]]:
    """For each text, the spans (one per line, sorted) of its boilerplate: whole lines, or the link glued on
    at the end of a story paragraph. `each` maps the work on one text over the texts (a process pool's map:
    the same spans on several cores)."""
    return list(each(boilerplate_of, list(zip(texts, repeated_lines(texts, each)))))


def repeated_lines(texts: list[str], each: Each = map, read: list[set[str] | None] | None = None) -> list[set[str]]:
    """For each text, its short lines that recur across the texts (share bars, shared prompts; long ones may be
    wire copy), each by its words: what boilerplate_of is given with the text. `read`: the texts' short_lines
    where already read (None where not)."""
    if len(texts) > 1:
        given = read or [None] * len(texts)
        made = iter(each(short_lines, [text for text, lines in zip(texts, given) if lines is None]))
        short = [next(made) if lines is None else lines for lines in given]
    else:
        short = [set()]  # one text repeats none of its own
    counts: Counter[str] = Counter()
    for keys in short:
        counts.update(keys)
    return [{k for k in keys if counts[k] >= 2} for keys in short]


def short_lines(text: str) -> set[str]:
    """The text's lines of at most 8 words, each by its words (the key _mark looks up among the repeated)."""
    return {" ".join(w) for w in (_words(line) for _, _, line in _lines(text)) if 0 < len(w) <= 8}


def boilerplate_of(work: tuple[str, set[str]]) -> list[Span]:
    """The boilerplate spans of a text, given which of its short lines recur across articles (repeated_lines):
    on its own, so a pool's task."""
    text, repeated = work
    lines = list(_lines(text))
    return _mark(lines, [_words(line) for _, _, line in lines], repeated)


def _mark(lines: list[tuple[int, int, str]], all_words: list[list[str]], repeated: set[str]) -> list[Span]:
    if lines and (dated := PAGE_DATE_LABEL.match(lines[0][2])) and lines[0][2][dated.end() :].strip():
        # a page's date label opening its first line is read past: what follows it is a byline, a lede or a headline
        start, end, line = lines[0]
        lines = [(start + dated.end(), end, line[dated.end() :]), *lines[1:]]
        all_words = [_words(lines[0][2]), *all_words[1:]]
    flags = []
    keys = [" ".join(words) for words in all_words]
    long = [len(words) >= 20 for words in all_words]
    # a story paragraph that ends its sentence: where paragraphs end in no stop, a line with none is one of them,
    # unless it is told in a headline's present tense ("X meets Y at wedding", not "Sunak began his speech …")
    ended = [is_long and _SENTENCE_END.search(line) is not None for is_long, (_, _, line) in zip(long, lines)]
    first_long = next((i for i, is_long in enumerate(long) if is_long), len(long))
    begun = [i > first_long for i in range(len(long))]  # a story paragraph before the line
    furniture = [_furniture(line, words) for (_, _, line), words in zip(lines, all_words)]
    for i, (_, _, line) in enumerate(lines):
        words = all_words[i]
        flags.append(
            len(line) <= MAX_FURNITURE_LINE
            and (
                furniture[i] == 0
                or _is_teaser(line, words, *_paragraphs_beside(line, i, long, ended))
                or _is_widget(words)
                or _is_credit(line, words)
                or (
                    (_is_caption(line) or _is_dated_scene(line) or _picture_shows(line, words))
                    and not (i and keys[i].startswith(keys[i - 1] + " "))
                )
                or _PICTURE_LABEL.match(line) is not None
                or _is_call_to_action(line, words)
                or _is_breadcrumb(line)
                or _is_link_line(line, words, i == 0)
                or _is_address(line)
                or (begun[i] and _is_labelled_link(line, words))
                or (0 < len(words) <= 8 and keys[i] in repeated and not any(c.isdigit() for c in line))
            )
        )
    # Short labels are furniture, but the headline (the first line left) is the story, unless it is a
    # label over a longer heading (an edition or section kicker: "World", "United States").
    labels = [len(line) <= MAX_FURNITURE_LINE and _is_label(line) for _, _, line in lines]
    headline = next((i for i, flag in enumerate(flags) if not flag), len(lines))
    while headline + 1 < len(lines) and labels[headline]:  # kickers over kickers: "NATION NOW", "Gazette Shooting"
        following = lines[headline + 1][2]
        if len(all_words[headline + 1]) <= len(all_words[headline]) or _SENTENCE_PUNCT.search(following) is not None:
            break
        flags[headline] = True
        headline += 1
    for i, label in enumerate(labels):
        flags[i] = flags[i] or (label and i != headline)
    _mark_copies(lines, keys, flags)
    _mark_headline_copies(lines, flags, headline)
    _mark_embedded_posts(lines, flags)
    _mark_link_lists(lines, flags)
    # A paragraph addressing the reader between two boilerplate lines belongs to the appeal (a headline that
    # says "we", "What we know now", is no appeal: it ends no sentence).
    for i in range(1, len(lines) - 1):
        line = lines[i][2]
        if (
            not flags[i]
            and flags[i - 1]
            and flags[i + 1]
            and _SENTENCE_PUNCT.search(line)
            and _is_appeal(line)
            and not (_REPORTER_WE.search(line) and not (_APPEAL.search(line) or _ASKS_THE_READER.search(line)))
        ):
            flags[i] = True
    spans = []
    for i, ((start, end, line), tail, flag) in enumerate(zip(lines, furniture, flags)):
        if flag:
            spans.append(_flagged(start, end, line) if i == 0 else (start, end))
        elif tail:  # a link glued on at the end of a story paragraph
            spans.append((start + tail, end))
    return spans


# A player's close button glued before a headline ("✕ Close Indonesia's Mount Marapi spouts ash after eruption …").
_CLOSE_BEFORE = re.compile(r"\s*[✕✖]\s*(?i:close)\b")
HEADLINE_AFTER = 5  # words after a close button from which they are a headline (with lower-case words: no menu)
_LOWER = re.compile(r"\b[a-z]{2,}\b")


def _flagged(start: int, end: int, line: str) -> Span:
    """The furniture of a page's first line found to be furniture: all of it, but a date label opening it (the
    page's date, not furniture) and the headline a close button is glued before at the top of the page (only the
    button is; further down, a video player's title is the player's)."""
    label = PAGE_DATE_LABEL.match(line)
    at = label.end() if label else 0
    close = _CLOSE_BEFORE.match(line, at)
    if close and len(line[close.end() :].split()) >= HEADLINE_AFTER and len(_LOWER.findall(line, close.end())) >= 2:
        return start + at, start + close.end()
    return start + at, end


MAX_TITLE_EXTRA = 8  # words a page title adds to the headline ("… – Netvamo", "free website hit counter …")


def _mark_headline_copies(lines: list[tuple[int, int, str]], flags: list[bool], headline: int) -> None:
    """The headline shown again further down (after a date line, in the page's title with the site's name): a
    copy, not the story: a line holding the headline word for word and at most MAX_TITLE_EXTRA more words, unless
    those make a sentence (a lede may open with the headline's words)."""
    if headline >= len(lines) or len(lines[headline][2].split()) < 4:
        return
    head = lines[headline][2].split()
    written = f" {' '.join(head)} "
    for j in range(headline + 1, len(lines)):
        words = lines[j][2].split()
        story = len(words) > len(head) and _SENTENCE_PUNCT.search(lines[j][2]) is not None  # a lede opening with it
        if len(words) <= len(head) + MAX_TITLE_EXTRA and not story and written in f" {' '.join(words)} ":
            flags[j] = True


# An embedded social-media post: its text ("… pic.twitter.com/…") and the line that signs it ("— NWS Miami
# (@NWSMiami) October 10, 2024").
# An embedded post's signature: "— Ann Lee (@annlee) July 19, 2024" (its handle sometimes repeated after it).
_POST_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]+\s*[^\n]{0,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}(?:\s+@\w{1,30})?\s*$"
)
_POST_LINK = re.compile(r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+")
_POST_LINK_END = re.compile(rf"(?:{_POST_LINK.pattern})[^\S\n]*$")  # a post's text ends with its picture's link


def _mark_embedded_posts(lines: list[tuple[int, int, str]], flags: list[bool]) -> None:
    """An embedded post is furniture: its signature, the line before it when short or holding the post's picture
    link, and any line its picture's link ends (the post's text: "… pic.twitter.com/AKeeFtaUep"; not a story's
    sentence citing a link)."""
    for i, (_, _, line) in enumerate(lines):
        if "twitter.com/" in line or "t.co/" in line:
            flags[i] = flags[i] or _POST_LINK_END.search(line) is not None
        signed = _POST_SIGNATURE.search(line) if "(@" in line else None
        if signed is None:
            continue
        flags[i] = True  # the signature, with the post's text when the page runs them into one line
        if signed.start() == 0 and i > 0:
            previous = lines[i - 1][2]
            if _POST_LINK.search(previous) or len(previous) <= MAX_FURNITURE_LINE // 4:
                flags[i - 1] = True


# A short heading over a list of links to other stories ("More gaming news:", "Related:", "Read also:").
_LIST_HEADING = re.compile(
    r"^\s*(?:more|related|latest|recommended|trending|top|also|see\s+also|read\s+(?:more|also|next))\b"
    r"[\w ,'’&-]{0,30}:\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*[-–•*·▪]\s")
MAX_HEADLINE_WORDS = 24


def _mark_link_lists(lines: list[tuple[int, int, str]], flags: list[bool]) -> None:
    """A heading of links to other stories and the items right under it are furniture: list items, or
    headlines (lines that end no sentence) up to the first line of story."""
    i = 0
    while i < len(lines):
        if _LIST_HEADING.match(lines[i][2]):
            flags[i] = True
            i += 1
            while i < len(lines) and (_LIST_ITEM.match(lines[i][2]) or _is_headline(lines[i][2], _words(lines[i][2]))):
                flags[i] = True
                i += 1
        else:
            i += 1


def _is_headline(line: str, words: list[str]) -> bool:
    """A line (of these words) that reads as a headline, not story text: short, ending no sentence."""
    return len(words) <= MAX_HEADLINE_WORDS and _SENTENCE_PUNCT.search(line) is None


def _mark_copies(lines: list[tuple[int, int, str]], keys: list[str], flags: list[bool]) -> None:
    """A line the page shows twice in a row (an image caption, a repeated headline): one copy is the story.

    Of two verbatim copies the second is marked; of a line and the longer copy that starts with it (a
    caption and the caption with its credit, a photo's subject and its caption) the shorter; an
    all-lower-case copy of words the next or previous line holds (an image's alt text) is marked.
    """
    for i in range(1, len(lines)):
        a, b = keys[i - 1], keys[i]
        if not a or not b:
            continue
        if a == b:
            flags[i] = flags[i] or len(a.split()) >= 4
        elif b.startswith(a + " ") or a.startswith(b + " "):
            short = i - 1 if len(a) < len(b) else i
            if len(lines[short][2].strip()) >= 20 or _is_label(lines[short][2]):
                flags[short] = True
        elif i > 1 and _captions_of_one_photo(lines[i - 1][2], lines[i][2], a, b):  # (never the page's first line)
            flags[i - 1] = flags[i] = True
        else:
            for low, other in ((i - 1, b), (i, a)):
                if len(keys[low].split()) >= 4 and keys[low] in other and not any(c.isupper() for c in lines[low][2]):
                    flags[low] = True


CAPTION_OPENING = 3  # words two captions of one photo open with alike
CAPTION_SHARED = 0.75  # of the shorter caption's words, the share the other holds
MAX_CAPTION_WORDS = 25


def _captions_of_one_photo(line: str, credited: str, key: str, credited_key: str) -> bool:
    """Whether a line and the credited line right after it, opening with the same words and sharing most of them,
    are two captions of one photo ("Rescuers help passengers from the capsized ferry." over "Rescuers help
    passengers from the ferry. Photograph: …"; not a headline over a caption of its subject)."""
    words = key.split()
    if (
        not CAPTION_OPENING <= len(words) <= MAX_CAPTION_WORDS
        or credited_key.split()[:CAPTION_OPENING] != words[:CAPTION_OPENING]
    ):
        return False  # (most pairs of lines: the credit is not looked for)
    credit = find_credit(credited)
    if credit is None or find_credit(line) is not None:
        return False
    other = _words(credited[: credit.start()])  # the caption's own words, its credit aside
    return other[:CAPTION_OPENING] == words[:CAPTION_OPENING] and len(set(words) & set(other)) >= CAPTION_SHARED * min(
        len(words), len(other)
    )


def _is_appeal(line: str) -> bool:
    """Speaks to the reader in the outlet's voice (we/you), in a line quoting no one in double marks, outside any
    single-quoted words (a documentary's title, a British paper's quote)."""
    return _DOUBLE_QUOTED.search(line) is None and _addresses_reader(_QUOTED.sub(" ", line))
