"""Where a fact comes from (issue 12): every figure and date gets `attributed_to` when its sentence credits
a source, and a cluster gets `origins`, the distinct sources across its members."""

from pathlib import Path

import pytest

from workbench.pipeline import analyze


def _analysis(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    return analyze([tmp_path])


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Convoy\n\nThe convoy carried 308 militants, according to Hezbollah. The death toll rose to 61, the health "
            "ministry said. Some 40 homes burned.\n",
            {"308 militants": "Hezbollah", "61": "the health ministry", "40 homes": None},
            id="after according to, before a reporting verb, none",
        ),
        pytest.param(
            "Strikes\n\nAt least 30 people were killed in Tarvos, the health ministry said. Some 12 people died in "
            "Ostra, police said. Velmia's air force said 20 drones were downed.\n",
            {"30 people": "the health ministry", "12 people": "police", "20 drones": "velmia's air force"},
            id="a place before the source is no source",
        ),
        pytest.param(
            "Fire\n\nAt least 30 homes burned, officials say. Some 12 people were hurt, the mayor's office said.\n",
            {"30 homes": "officials", "12 people": "the mayor's office"},
            id="in the present tense, an office of someone's",
        ),
        pytest.param(
            "Fire\n\nAnn Lee, the state fire chief, said 300 shops burned in Ostra. The agency, which counts homes, "
            "said 40 people had died in Tarvos. A statement from the Tarvos Red Cross said 2,100 homes were lost.\n",
            {"300 shops": "Ann Lee", "40 people": "the agency", "2,100 homes": "Tarvos Red Cross"},
            id="the name an apposition describes, no place after the verb, the issuer of a statement",
        ),
        pytest.param(
            "Crush\n\nAt least 121 people died in Velm, the VNA news agency reported.\n",
            {"121 people": "VNA"},
            id="a news agency's name, not the words 'news agency'",
        ),
        pytest.param(
            "Blast\n\nAt least 14 people died in Velm, a Tamsa news agency reported.\n",
            {"14 people": "tamsa news agency"},
            id="a news agency of a place: the agency, not the place",
        ),
    ],
)
def test_a_figure_is_credited_to_the_source_its_sentence_names(tmp_path, text, expected):
    analysis = _analysis(tmp_path, {"a.txt": text})
    credited = {c.text: c.attributed_to for c in analysis.candidates if c.kind == "quantity"}
    assert credited == expected


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
