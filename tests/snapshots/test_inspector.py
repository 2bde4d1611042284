"""Snapshot of the inspector on a conflicting quote cluster, with its word-level diff."""

from tests.support.snapshots import candidate_id, seeds_analysis, select


def test_inspector_on_a_conflicting_quote(snap_compare, seeds_app):
    # Commodore Marsk's "boats on the water until …": the Herald's ending differs from the Gazette's
    quote = candidate_id(seeds_analysis(), "03_kessar_herald", "“We will keep the boats")

    assert snap_compare(seeds_app, terminal_size=(160, 48), run_before=lambda pilot: select(pilot, quote))
