"""The outlet of a plain-text article without metadata, taken from its text where the text says so reliably.

Conservative: only the forms that name the publishing outlet and nothing else, near the top of the text (or, for
a copyright line or the article's own address, near either end):
- a dateline credit: "BEIRUT (Reuters) –", "VELTRIN, Aug 30 (Meridian Wire) —";
- a staff byline: "By Ilka Brandt, Harbour Gazette staff";
- the outlet's own furniture: "notifications from The Independent", "© 2017 The Lakeport Courier";
- a line that is only the article's web address: "https://www.aljazeera.com/news/…" gives "aljazeera.com".
An article whose outlet comes from here is marked `outlet_inferred`.
"""

from __future__ import annotations

import re

TOP_LINES = 15  # where a dateline, byline or banner stands
END_LINES = 5  # where a copyright line or the address may stand at the end

_NAME = r"(?:The |the )?[A-Z][\w'&.-]*(?: (?:[A-Z][\w'&.-]*|of|and|&)){0,4}"
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:, [^()\n]{1,30})? \((?P<outlet>[A-Z][\w&.' -]{1,30})\) ?[-–—]",
)
_STAFF = re.compile(rf"^By [^,\n]{{3,60}}, (?P<outlet>{_NAME}) (?:staff|correspondents?|reporters?)\.?$")
_FURNITURE = re.compile(rf"\bnotifications from (?P<outlet>{_NAME})|^(?:©|Copyright)(?: \d{{4}})? (?P<owner>{_NAME})")
_ADDRESS = re.compile(r"^https?://(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:/\S*)?$")


def infer_outlet(text: str) -> str | None:
    """The outlet the text names as its publisher, or None when it does not say so in one of these forms."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]  # no-break spaces made plain
    top, ends = lines[:TOP_LINES], lines[:TOP_LINES] + lines[-END_LINES:]
    for line in top:
        if (found := _DATELINE.match(line)) or (found := _STAFF.match(line)):
            return found["outlet"].strip()
    for line in ends:  # the regex only where its words stand: searching every long paragraph is slow
        if ("notifications from" in line or line.startswith(("©", "Copyright"))) and (found := _FURNITURE.search(line)):
            return (found["outlet"] or found["owner"]).rstrip(".")
    for line in ends:
        if found := _ADDRESS.match(line):
            return found["host"]
    return None
