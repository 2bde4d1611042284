"""Snapshots of sources in the app: a paraphrased quote and a wire-copy fact in the inspector (shared
passages barred in the gutter), and the summary sorted by independent sources."""

from tests.support.snapshots import candidate_id, paraphrase_analysis, press, seeds_analysis, select


def test_inspector_on_a_paraphrased_quote(snap_compare, paraphrase_app):
    # the Bay Times gives the mayor's words in another order
    quote = candidate_id(paraphrase_analysis(), "lantry_times", '"Every family', kind="quote")

    assert snap_compare(paraphrase_app, terminal_size=(120, 30), run_before=lambda pilot: select(pilot, quote))


def test_inspector_on_a_wire_copy_fact(snap_compare, seeds_app):
    # the Northgate Post runs the Meridian Wire's paragraph on the reservoir: 97% counts once
    figure = candidate_id(seeds_analysis(), "02_meridian_wire", "97%")

    assert snap_compare(seeds_app, terminal_size=(160, 48), run_before=lambda pilot: select(pilot, figure))


def test_summary_sorted_by_independent_sources(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "s", "i"))
