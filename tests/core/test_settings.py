"""The settings file: the publisher, the review base URL and the rating scale, with defaults; a bad file is
one line naming it."""

from __future__ import annotations

import pytest

from tests.cli.running import run
from workbench.settings import Scale, Settings, SettingsError, load_settings, settings_path


def test_without_a_file_the_defaults_hold():
    settings = load_settings()
    assert settings == Settings()
    assert settings.scale.names == ("Accurate", "Mostly accurate", "Mixed", "Misleading", "Inaccurate", "Unverifiable")
    assert settings.review_url(7) == "https://factcheck.example/reviews/7"


def test_the_scale_gives_each_rating_its_status_and_value():
    scale = Scale()
    assert [scale.status_of(name) for name in scale.names] == ["confirmed", *["rated"] * 3, "rejected", "rated"]
    assert [scale.value_of(name) for name in scale.names] == [5, 4, 3, 2, 1, None]
    assert (scale.rating_of("confirmed", None), scale.rating_of("rejected", "Accurate")) == ("Accurate", "Inaccurate")
    assert (scale.rating_of("dismissed", None), scale.rating_of("rated", "Mixed")) == (None, "Mixed")
    with pytest.raises(ValueError):
        scale.status_of("Confirmed")


def test_the_file_is_found_in_the_config_folder_or_named_by_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "workbench" / "settings.toml"
    (tmp_path / "workbench").mkdir()
    settings_path().write_text('[publisher]\nname = "Desk"\n[ratings]\nscale = ["Yes", "No"]\nother = []\n')
    settings = load_settings()
    assert (settings.publisher_name, settings.scale.names) == ("Desk", ("Yes", "No"))
    assert settings.review_base_url == Settings().review_base_url
    named = tmp_path / "other.toml"
    named.write_text('[review]\nbase_url = "https://desk.example/r/"\n')
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(named))
    assert load_settings().review_url(3) == "https://desk.example/r/3"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[publisher\n", "not valid TOML"),
        ("publisher = 3\n", "[publisher] must be a table"),
        ('[publisher]\nurl = "ftp://x/"\n', "is not an http(s) address"),
        ('[ratings]\nscale = ["Only"]\n', "at least 2"),
        ('[ratings]\nscale = ["A", "A"]\n', "each named once"),
        (f"[ratings]\nscale = {[str(n) for n in range(10)]}\n", "at most 9"),
        ('[ratings]\nscale = ["A", "\\u001b[31m"]\n', "non-empty line of text"),
    ],
)
def test_a_bad_file_is_one_line_naming_it(tmp_path, monkeypatch, text, reason):
    path = tmp_path / "settings.toml"
    path.write_text(text)
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(path))
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


def test_a_missing_named_file_is_an_error_and_export_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(tmp_path / "nowhere.toml"))
    with pytest.raises(SettingsError):
        load_settings()
    code, out, err = run(capsys, "export", "--db", str(tmp_path / "x.sqlite"))
    assert (code, out) == (2, "") and "nowhere.toml" in err
