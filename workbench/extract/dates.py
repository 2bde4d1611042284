"""Dates (placeholder until the extractor lands)."""

from workbench.model import Article, Candidate


def find_dateline(text: str) -> str | None:
    return None


def find_dates(article: Article, index) -> list[Candidate]:
    return []
