"""Names of people, organisations and places (placeholder until the extractor lands)."""

from workbench.model import Article, Candidate


def find_entities(article: Article, index) -> list[Candidate]:
    return []


def canonicalize_entities(articles: list[Article], entities: dict[str, list[Candidate]]) -> None:
    return None
