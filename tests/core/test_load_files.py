"""Loading articles: encodings, newlines, titles, ids, and bad files skipped with one line each."""

from __future__ import annotations

import hashlib

import pytest

from tests.core.loading import load_with_warnings


def test_utf8_bom_and_crlf(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffHeadline\r\n\r\nBody line one.\rBody two.\n".encode("utf-8"))
    [article], warnings = load_with_warnings(f)
    assert warnings == []
    assert article.text == "Headline\n\nBody line one.\nBody two.\n"
    assert article.title == "Headline"
    assert article.id == "a"
    assert article.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()


def test_cp1252_fallback(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5 million".encode("cp1252"))
    [article], _ = load_with_warnings(f)
    assert article.text == "Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5 million"


def test_latin1_when_not_cp1252(tmp_path):
    f = tmp_path / "latin.txt"
    # 0x81 is undefined in cp1252; the rest is plain Latin-1 text
    f.write_bytes(b"Stra\xdfe und Gr\xfc\xdfe aus M\xfcnchen, sagte er heute.\x81")
    [article], _ = load_with_warnings(f)
    assert article.text.startswith("Straße und Grüße aus München")


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \r\n", "empty"),
        ("nul.txt", b"abc\x00def", "binary"),
        ("ctrl.md", bytes(range(1, 9)) * 50, "binary"),
    ],
    ids=["empty", "blank", "nul", "control"],
)
def test_bad_files_are_skipped_with_one_line(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("Good headline\n\nSome story.\n", encoding="utf-8")
    articles, warnings = load_with_warnings(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert name in warnings[0] and reason in warnings[0]


def test_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    articles, warnings = load_with_warnings(tmp_path / "big.txt", max_bytes=100)
    assert articles == [] and "too large" in warnings[0]


def test_unreadable_file(tmp_path, monkeypatch):
    from pathlib import Path

    f = tmp_path / "secret.txt"
    f.write_text("Headline\n", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads anything, so simulate the refusal
    articles, warnings = load_with_warnings(f)
    assert articles == [] and "unreadable (Permission denied)" in warnings[0]


def test_missing_path_and_other_suffix(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    articles, warnings = load_with_warnings(tmp_path / "nope", tmp_path / "notes.pdf")
    assert articles == []
    assert any("no such file" in w for w in warnings) and any("not a .txt" in w for w in warnings)


def test_ids_stay_unique_across_folders(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Story from {folder}\n", encoding="utf-8")
    articles, _ = load_with_warnings(tmp_path / "x", tmp_path / "y")
    assert [a.id for a in articles] == ["story", "story-2"]


def test_same_file_twice_loads_once(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Headline\n", encoding="utf-8")
    articles, _ = load_with_warnings(f, tmp_path)
    assert len(articles) == 1


def test_title_skips_leading_boilerplate(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(
        "Sign up for our newsletter\n\nDam gives way above Varn\n\nThe dam failed on Tuesday.\n", encoding="utf-8"
    )
    [article], _ = load_with_warnings(f)
    assert article.title == "Dam gives way above Varn"


@pytest.mark.parametrize(
    "text, title",
    [
        (" date 2023-10-29 Paris : Velm win the cup\n\nVelm won on Saturday.\n", "Paris : Velm win the cup"),
        (" date 2023-10-29\n\nVelm win the cup\n\nVelm won on Saturday.\n", "Velm win the cup"),
        ("Published: 2023-10-29 Velm win the cup\n\nVelm won on Saturday.\n", "Velm win the cup"),
    ],
)
def test_a_pages_date_label_is_no_part_of_its_title(tmp_path, text, title):
    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    [article], _ = load_with_warnings(f)
    assert article.title == title
