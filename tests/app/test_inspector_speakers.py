"""Who said what: the inspector's sources list gives each outlet's speaker beside its wording, marks a speaker
other than the selected mention's, says when the outlets name different speakers, and credits figures."""

from __future__ import annotations

from pathlib import Path

from tests.support.snapshots import seeds_analysis, speakers_differ_analysis
from workbench.app.review import Review
from workbench.app.widgets.inspector import sources_content
from workbench.store import Store


def _sources(tmp_path: Path, analysis, article: str, kind: str, speaker_or_credit: str) -> list[str]:
    with Store.open(tmp_path / "review.db", analyst="ann") as store:
        store.ingest(analysis)
        review = Review(store)
        cid = next(
            c.id
            for c in review.by_id.values()
            if c.article == article
            and c.kind == kind
            and review.cluster(c.id)
            and speaker_or_credit in (c.speaker, c.attributed_to)
        )
        return sources_content(review, cid)[0].plain.splitlines()


def test_each_outlet_s_speaker_is_beside_its_wording_and_another_speaker_is_marked(tmp_path):
    lines = _sources(tmp_path, speakers_differ_analysis(), "01_harbour_gazette", "quote", "Erik Marsk")
    assert "speakers differ: Erik Marsk, Hanna Marsk" in lines
    herald = next(line for line in lines if "03_kessar_herald" in line)
    gazette = next(line for line in lines if "01_harbour_gazette" in line)
    assert "— ≠ Hanna Marsk" in herald and gazette.startswith("▶") and "— Erik Marsk" in gazette


def test_one_speaker_everywhere_is_not_marked(tmp_path):
    lines = _sources(tmp_path, seeds_analysis(), "01_harbour_gazette", "quote", "Erik Marsk")
    assert not any(line.startswith("speakers differ") for line in lines)
    assert "one origin: all 2 outlets cite Erik Marsk" in lines
    assert sum("— Erik Marsk" in line for line in lines) == 2 and "≠ Erik" not in "\n".join(lines)


def test_a_figure_s_credited_source_is_beside_its_value(tmp_path):
    lines = _sources(tmp_path, seeds_analysis(), "02_meridian_wire", "money", "Matthias Arden Kolb")
    assert any("02_meridian_wire" in line and "· per Matthias Arden Kolb" in line for line in lines)
