"""Loading articles the way the tests look at it: the articles and the warnings, never an exception."""

from __future__ import annotations

from workbench.load.files import NoArticlesError, load_articles


def load_with_warnings(*paths, **kw):
    """load_articles on the paths: (articles, or [] when nothing is usable; the warnings given)."""
    warnings: list[str] = []
    try:
        articles = load_articles(paths, warn=warnings.append, **kw)
    except NoArticlesError:
        articles = []
    return articles, warnings
