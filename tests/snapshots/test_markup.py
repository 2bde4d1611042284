"""Snapshots of an article holding markup-like text, escape and control characters: shown literally."""

from tests.support.snapshots import candidate_id, markup_analysis, select


def test_markup_article(snap_compare, markup_app):
    assert snap_compare(markup_app, terminal_size=(100, 30))


def test_markup_quote_in_the_inspector(snap_compare, markup_app):
    quote = candidate_id(markup_analysis(), "markup_article", '"We heard')

    assert snap_compare(markup_app, terminal_size=(100, 30), run_before=lambda pilot: select(pilot, quote))
