"""Snapshots of the inspector: a conflicting quote cluster with its word-level diff; each outlet's speaker."""

import pytest

from tests.support.snapshots import candidate_id, open_app, press, seeds_analysis, select, speakers_differ_analysis


def test_inspector_on_a_conflicting_quote(snap_compare, seeds_app):
    # Commodore Marsk's "boats on the water until …": the Herald's ending differs from the Gazette's
    quote = candidate_id(seeds_analysis(), "03_kessar_herald", "“We will keep the boats")

    assert snap_compare(seeds_app, terminal_size=(160, 48), run_before=lambda pilot: select(pilot, quote))


@pytest.fixture
def speakers_app(tmp_path):
    yield from open_app(tmp_path, speakers_differ_analysis())


def test_inspector_with_each_outlets_speaker_and_origins(snap_compare, speakers_app):
    # Erik Marsk's quote, the Herald's copy credited to Hanna Marsk: "speakers differ", "— ≠ Hanna Marsk"
    quote = candidate_id(speakers_differ_analysis(), "01_harbour_gazette", "“We will keep the boats")
    assert snap_compare(speakers_app, terminal_size=(160, 48), run_before=lambda pilot: select(pilot, quote))


def test_maximised_inspector_80x24(snap_compare, seeds_app):
    # the first conflict confirmed with a note: the fact, every source, the claim and its history, in full
    keys = ("c", "n", *"checked", "enter", "m")
    assert snap_compare(seeds_app, terminal_size=(80, 24), run_before=lambda pilot: press(pilot, *keys))
