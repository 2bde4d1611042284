"""Bounds that keep a hostile file under the size limit from making the analysis slow.

A news article has tens of figures, dates, quotes and names (the development corpora: at most 35 of a
kind). A 5 MB file can hold 200,000: past MAX_PER_KIND of one extractor's finds in one article the rest
of that article is not searched for them, and the analysis warns, naming the article, instead of taking minutes.
"""

from __future__ import annotations

MAX_PER_KIND = 5_000  # figures (counts, money, percentages), dates, quotes, names: each in one article
