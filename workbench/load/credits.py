"""Photo credits and FILE marks: the furniture around a story's pictures, which is neither story text nor
a source of names or dates."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.load.lines import sign_lines

# Photo and picture credits: "Photograph: Ann Lee/EPA", "(AP Photo/Ann Lee)", "Photo by Ann Lee/UPI", "AAP Image/Ann
# Lee via REUTERS", "Ann Lee/USA TODAY NETWORK/via REUTERS.", "… on July 27, 2024. Photo Reuters" (the word and the agency closing a caption's line),
# "(AFP/Getty Images)", "Ann Lee—Bloomberg via Getty Images", "[Photo/Agencies]", "Courtesy of Ann Lee",
# "Ann Lee/The Post and Courier/Pool", "(Ann Lee/The Velm Times via AP, Pool)", "Ann Lee/The Post and Courier via
# AP, Pool".
# Names in a credit are the photographer's and the agency's, not the story's.
# Possessive: what may follow a name in a credit ("/", "—", ",", "via", a bracket) never starts inside one, so giving
# back a name's words or letters never made a match, only backtracking at each capital of every line read.
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w.'’&-]*+"


def _named(joining: str) -> str:
    """A name or an agency: capitalised words, and the lower-case words that may join them."""
    return rf"{_CAPITALISED}(?:[^\S\n]+(?:{_CAPITALISED}|{joining}))*+"


_PARTICLES = "of|de|van|von|la|del"
_CREDITED = _named(_PARTICLES)
# …or an agency with "and" in its name ("The Post and Courier"), only inside brackets or in a bare credit that ends
# its line without a full stop ("… Ann Lee/The Post and Courier/Pool"; not "… made by Pfizer/BioNTech and Johnson &
# Johnson.": a sentence's end)
_AGENCY = _named(f"{_PARTICLES}|and|&")
CREDIT = re.compile(
    rf"""
    (?:\b(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?|Graphics?|Credits?|Video|Source|Screenshot
          |PHOTO(?:GRAPH)?S?|PICTURES?|IMAGES?|CREDITS?)
        (?:[^\S\n]+(?i:by|credit|source))?[^\S\n]*(?::|/|\bby\b|\.\.\.|…)[^\S\n]*{_CREDITED}(?:[^\S\n]*[/|,][^\S\n]*{_CREDITED})*
        (?:[^\S\n]+via[^\S\n]+{_CREDITED})?
     |(?<=[.!?][^\S\n])(?:Photo|Picture|PHOTO|PICTURE)[^\S\n]+{_CREDITED}(?=[^\S\n]*$)
     |\bCourtesy[^\S\n]+of[^\S\n]+{_CREDITED}
     |[(\[]\s*(?:{_AGENCY}\s*/\s*)+{_AGENCY}(?:[^\S\n]+via[^\S\n]+{_CREDITED})?(?:,\s*(?:File|Pool))*\s*[)\]]
     |{_CREDITED}(?:[^\S\n]*(?:/|—|–|\|)[^\S\n]*{_CREDITED})+(?:[^\S\n]+via[^\S\n]+{_CREDITED})?(?=[^\S\n]*(?:\||$))
     |{_CREDITED}(?:[^\S\n]*/[^\S\n]*{_AGENCY})+
        (?:/via[^\S\n]+{_CREDITED}|(?:[^\S\n]+via[^\S\n]+{_CREDITED})?(?:,[^\S\n]*Pool)?(?<!\.))(?=[^\S\n]*$)
     |\b{_CREDITED}[^\S\n]+via[^\S\n]+Getty[^\S\n]+Images
     |\(PA[^\S\n]+(?:Wire|Archive)\)(?=[^\S\n]*$)
    )
    """,
    re.VERBOSE | re.MULTILINE,
)

# The words a credit opens with (a photo's, a picture's, a source's).
CREDIT_WORDS = (
    "Courtesy|Photo|Picture|Image|Credit|Video|Illustration|Graphic|Source|Screenshot|PHOTO|PICTURE|IMAGE|CREDIT"
)
# Each alternative opens with a literal: re then scans for their first characters alone (~5x faster).
_CREDIT_SIGN = re.compile(rf"/|—|–|\||Getty|\(PA\b|{CREDIT_WORDS}")


def find_credit(line: str) -> re.Match[str] | None:
    """The first photo credit in a line, if any (CREDIT is tried only where a credit's sign stands)."""
    return CREDIT.search(line) if _CREDIT_SIGN.search(line) else None


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` has photo credits (only lines with a credit's sign are read: fast on long texts)."""
    return list(_credit_spans(text))


@lru_cache(maxsize=64)  # a story's articles: their names, story words and alignment each ask
def _credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for start, end in sign_lines(text, _CREDIT_SIGN):
        spans.extend(m.span() for m in CREDIT.finditer(text, start, end))
    return tuple(spans)


# A photo's caption line opened by "FILE -" / "FILE PHOTO:" (a picture taken earlier).
FILE_MARK = re.compile(r"(?=F)\b(?:FILE|File)(?:[^\S\n]+(?:PHOTO|Photo|photo))?[^\S\n]*(?:[-–—]|:)[^\S\n]")
