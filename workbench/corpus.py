"""Loading articles from files and folders: decoding, newline normalisation, ids and titles.

Bad files are skipped with a one-line warning naming the file and the reason; the caller decides
what to do when nothing usable is left (`NoArticlesError`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from workbench.boilerplate import find_boilerplate
from workbench.model import Article

ARTICLE_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 5_000_000

Warn = Callable[[str], None]


class NoArticlesError(Exception):
    """Raised when the given paths hold no usable article at all."""


class SkipFile(Exception):
    """A file that cannot be an article; the message is the reason."""


def _expand(paths: Iterable[str | Path], warn: Warn) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
            if not found:
                warn(f"{path}: no .txt or .md files in this folder")
            yield from found
        elif path.is_file():
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                warn(f"{path}: skipped: not a .txt or .md file")
                continue
            yield path
        elif path.exists():
            warn(f"{path}: skipped: not a regular file")
        else:
            warn(f"{path}: skipped: no such file or folder")


def decode(data: bytes) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252, else Latin-1.

    Raises SkipFile when the bytes are binary rather than text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SkipFile("binary or undecodable (bad UTF-16)") from exc
    if b"\x00" in data:
        raise SkipFile("binary (NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):  # latin-1 decodes any byte string
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if _control_share(text) > 0.05:
        raise SkipFile("binary (control characters)")
    return text


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(text))


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def title_of(text: str) -> str:
    """The first non-empty line, stripped."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def read_article(path: Path, article_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file as an article (boilerplate not yet marked). Raises SkipFile with the reason."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SkipFile(f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"unreadable ({exc.strerror or exc})") from exc
    text = normalise_newlines(decode(data))
    if not text.strip():
        raise SkipFile("empty")
    return Article(
        id=article_id,
        path=str(path),
        title=title_of(text),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
    )


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate)
    return candidate


def load_articles(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Warn = lambda message: None,
) -> list[Article]:
    """Load every .txt/.md file named or inside the folders named, with boilerplate marked.

    Raises NoArticlesError when nothing usable is found.
    """
    paths = list(paths)
    taken: set[str] = set()
    articles: list[Article] = []
    seen: set[Path] = set()
    for path in _expand(paths, warn):
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        try:
            article = read_article(path, "", max_bytes)
        except SkipFile as reason:
            warn(f"{path}: skipped: {reason}")
            continue
        article.id = _unique_id(path.stem, taken)
        articles.append(article)
    if not articles:
        raise NoArticlesError("no usable article in " + ", ".join(str(p) for p in paths))
    for article, spans in zip(articles, find_boilerplate([a.text for a in articles])):
        article.boilerplate = spans
        article.title = _headline(article)
    return articles


def _headline(article: Article) -> str:
    """The first non-empty line that is not boilerplate (scraped pages often open with a prompt)."""
    starts = {start for start, _ in article.boilerplate}
    offset = 0
    for line in article.text.split("\n"):
        if line.strip() and offset not in starts:
            return line.strip()
        offset += len(line) + 1
    return article.title
