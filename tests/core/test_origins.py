"""Where a fact comes from (issue 12): every figure and date gets `attributed_to` when its sentence credits
a source, and a cluster gets `origins`, the distinct sources across its members."""

from pathlib import Path

from workbench.pipeline import analyze


def _analysis(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    return analyze([tmp_path])


def test_a_figure_is_credited_to_the_source_its_sentence_names(tmp_path):
    analysis = _analysis(
        tmp_path,
        {
            "a.txt": "Convoy\n\nThe convoy carried 308 militants, according to Hezbollah. The death toll rose to 61, "
            "the health ministry said. Some 40 homes burned.\n"
        },
    )
    credited = {c.text: c.attributed_to for c in analysis.candidates if c.kind == "quantity"}
    assert credited == {"308 militants": "Hezbollah", "61": "the health ministry", "40 homes": None}


def test_outlets_repeating_one_partys_figure_have_one_origin(tmp_path):
    analysis = _analysis(
        tmp_path,
        {
            "a.txt": "Convoy leaves\n\nThe convoy carried 308 militants, according to Hezbollah.\n",
            "b.txt": "Convoy stranded\n\nHezbollah said 308 militants were on the buses.\n",
        },
    )
    [cluster] = [cl for cl in analysis.clusters if cl.kind == "quantity"]
    assert cluster.origins == ["Hezbollah"]
    assert analysis.to_json()["clusters"][0]["origins"] == ["Hezbollah"]
