"""Quotations and their speakers (placeholder until the extractor lands)."""

from workbench.model import Article, Candidate


def find_quotes(article: Article, index, entities: list[Candidate]) -> list[Candidate]:
    return []
