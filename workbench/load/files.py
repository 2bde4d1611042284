"""Loading articles from files, folders and web addresses: decoding, newline normalisation, ids and titles.

Text files (.txt, .md) are read as they are, less an optional front-matter block (workbench.load.frontmatter);
saved pages (.html, .htm) and http(s) addresses go through workbench.load.pages, addresses fetched by
workbench.load.fetch, or taken from `stored_page` (pages fetched before) when it has them.
Bad files and addresses are skipped with a one-line warning naming them and the reason; the caller
decides what to do when nothing usable is left (`NoArticlesError`).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from urllib.parse import unquote, urlsplit

from workbench.each import Each
from workbench.load.frontmatter import split_front_matter
from workbench.load.lines import PAGE_DATE_LABEL
from workbench.load.outlets import infer_outlet
from workbench.model import Article, Page, Span

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 20.0  # seconds, for fetching an address

Warn = Callable[[str], None]
_T = TypeVar("_T")
StoredPage = Callable[[str], Page | None]  # address -> the page fetched before, if kept
_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


class NoArticlesError(Exception):
    """Raised when the given paths hold no usable article at all."""


class SkipFile(Exception):
    """A file that cannot be an article; the message is the reason."""


def path_problem(raw: str) -> str | None:
    """Why a path named on the command line cannot be read at all (it does not exist), checked before anything
    is loaded; None for one that exists and for an address (fetched later)."""
    if _ADDRESS.match(raw) or Path(raw).exists():
        return None
    return "no such file or folder"


def _expand(paths: Iterable[str | Path], warn: Warn) -> Iterator[Path | str]:
    """Each file named or in the folders named, and each address (as a str)."""
    for raw in paths:
        if isinstance(raw, str) and _ADDRESS.match(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                (
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
                ),
                key=lambda p: p.parts,  # Path's order, each path's parts taken once
            )
            if not found:
                warn(f"{path}: no .txt, .md, .html or .htm files in this folder")
            yield from found
        elif path.is_file():
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                warn(f"{path}: skipped: not a .txt, .md, .html or .htm file")
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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls but \t \n \f \r


def _control_share(text: str) -> float:
    controls = sum(1 for _ in _CONTROL.finditer(text))
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


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SkipFile(f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"unreadable ({exc.strerror or exc})") from exc


def read_article(
    path: Path, article_id: str, max_bytes: int = DEFAULT_MAX_BYTES, warn: Warn = lambda message: None
) -> Article:
    """Read one file as an article (boilerplate not yet marked). Raises SkipFile with the reason.

    A text file's front matter becomes the article's metadata (problems with it go to `warn`).
    """
    data = _read_bytes(path, max_bytes)
    if path.suffix.lower() in PAGE_SUFFIXES:
        return page_article(Page(body=data), str(path), article_id)
    text = normalise_newlines(decode(data))
    meta, text, problems = split_front_matter(text)
    for problem in problems:
        warn(f"{path}: {problem}")
    if not text.strip():
        raise SkipFile("empty")
    inferred = None if meta.get("outlet") else infer_outlet(text)
    return Article(
        id=article_id,
        path=str(path),
        title=meta.get("title") or title_of(text),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        outlet=meta.get("outlet") or inferred,
        published=meta.get("published"),
        url=meta.get("url"),
        author=meta.get("author"),
        outlet_inferred=inferred is not None,
    )


def page_article(page: Page, path: str, article_id: str) -> Article:
    """A web page as an article: its main text and metadata, the page kept. Raises SkipFile."""
    from workbench.load.pages import extract_page

    if b"\x00" in page.body and not page.body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SkipFile("binary (NUL bytes)")
    found = extract_page(page)
    if not found.text.strip():
        raise SkipFile("no article text found in the page")
    return Article(
        id=article_id,
        path=path,
        title=found.title or title_of(found.text),
        sha256=hashlib.sha256(page.body).hexdigest(),
        text=normalise_newlines(found.text),
        outlet=found.outlet,
        published=found.published,
        url=found.url,
        author=found.author,
        page=page,
    )


def read_address(
    address: str, article_id: str, max_bytes: int, timeout: float, stored_page: StoredPage | None
) -> Article:
    """The article at an http(s) address: the stored page when there is one, else fetched. Raises SkipFile."""
    from workbench.load.fetch import FetchError, fetch

    page = stored_page(address) if stored_page else None
    if page is None:
        try:
            page = fetch(address, timeout=timeout, max_bytes=max_bytes)
        except FetchError as reason:
            raise SkipFile(str(reason)) from None
    return page_article(page, address, article_id)


def address_stem(address: str) -> str:
    """An article id for an address: its last path segment less the extension, else its host."""
    parts = urlsplit(address)
    segment = next((s for s in reversed(parts.path.split("/")) if s), "")
    stem = re.sub(r"\.(?:s?html?|php|aspx?)$", "", unquote(segment), flags=re.IGNORECASE)
    return re.sub(r"[^\w.-]+", "-", stem or parts.hostname or "").strip("-.") or "page"


def source_of(path: str) -> str:
    """What identifies an article's source from one load to the next: its address, else its file's resolved path."""
    return path if _ADDRESS.match(path) else str(Path(path).resolve())


def stem_of(path: str) -> str:
    """The id an article read from `path` (a file or an address) gets unless another has it."""
    return address_stem(path) if _ADDRESS.match(path) else Path(path).stem


def unique_id(stem: str, taken: set[str]) -> str:
    """The stem, else stem-2, stem-3, ...: the first not in `taken` (to which it is added)."""
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _nothing_usable(paths: list, problems: list[str]) -> str:
    """One line: "<paths>: no usable article (<why each file was skipped>)", file names relative to the path."""
    where = ", ".join(str(p) for p in paths)
    skipped = "; ".join(p.removeprefix(f"{where}/").removeprefix(f"{where}: ") for p in problems)
    return f"{where}: no usable article" + (f" ({skipped})" if skipped else "")


def load_articles(paths: Iterable[str | Path], **options: Any) -> list[Article]:
    """read_articles (with its `options`), their boilerplate marked (mark_boilerplate)."""
    articles, lines = read_articles(paths, **options)
    mark_boilerplate(articles, lines=lines)
    return articles


class Loaded(NamedTuple):
    """What read_articles finds: the articles, and the short lines of each that was read from a file (boilerplate's
    short_lines, read in the same task: mark_boilerplate asks for them), None for an address's page."""

    articles: list[Article]
    lines: list[set[str] | None]


def read_articles(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Warn = lambda message: None,
    timeout: float = DEFAULT_TIMEOUT,
    stored_page: StoredPage | None = None,
    each: Each = map,
) -> Loaded:
    """Load every article file named or inside the folders named, and every http(s) address, their boilerplate
    not marked yet (mark_boilerplate), with the short lines of those read from files (Loaded). An address is
    fetched unless `stored_page` has its page. `each` maps the reading of one file over the files (a process pool's
    map: the same articles and warnings, in order).

    Raises NoArticlesError when nothing usable is found.
    """
    paths = list(paths)
    taken: set[str] = set()
    articles: list[Article] = []
    lines: list[set[str] | None] = []
    problems: list[str] = []

    def note(message: str) -> None:
        problems.append(message)
        warn(message)

    sources: list[Path | str] = []
    said: dict[int, list[str]] = defaultdict(list)  # the problems met finding them, by how many came before each
    sources.extend(_expand(paths, lambda message: said[len(sources)].append(message)))
    files = iter(each(_read_file, [(source, max_bytes) for source in sources if isinstance(source, Path)]))
    seen: set[str] = set()  # addresses, and files by their resolved paths
    for n, source in enumerate(sources):
        for message in said.pop(n, []):
            note(message)
        read = next(files) if isinstance(source, Path) else None
        key = read.key if read else str(source)
        if key in seen:
            continue
        seen.add(key)
        try:
            if read:
                article = read.article(warn)  # its id its stem
            else:
                article = read_address(key, "", max_bytes, timeout, stored_page)
                article.id = stem_of(key)
        except SkipFile as reason:
            note(f"{source}: skipped: {reason}")
            continue
        article.id = unique_id(article.id, taken)
        articles.append(article)
        lines.append(read.lines if read else None)
    for message in said.pop(len(sources), []):
        note(message)
    if not articles:
        raise NoArticlesError(_nothing_usable(paths, problems))
    return Loaded(articles, lines)


class _Read(NamedTuple):
    """What reading one file gives (_read_file): the article or why it was skipped, and the warnings on its way."""

    key: str  # what tells a source read twice: a file's resolved path, an address
    found: Article | str  # the article (its id its stem_of), else the reason it was skipped
    warnings: list[str]  # problems with its front matter
    lines: set[str]  # the article's short lines (boilerplate's short_lines), none when it was skipped

    def article(self, warn: Warn) -> Article:
        """The article, its warnings given to `warn` first. Raises SkipFile with the reason it was skipped."""
        for message in self.warnings:
            warn(message)
        if isinstance(self.found, str):
            raise SkipFile(self.found)
        return self.found


def _read_file(job: tuple[Path, int]) -> _Read:
    """read_article on a file (a pool's task), up to a size, with the article's short lines."""
    from workbench.load.boilerplate import short_lines  # not for the command line's parser

    path, max_bytes = job
    warnings: list[str] = []
    key = str(path.resolve())
    try:
        article = read_article(path, path.stem, max_bytes, warnings.append)
    except SkipFile as reason:
        return _Read(key, str(reason), warnings, set())
    return _Read(key, article, warnings, short_lines(article.text))


def mark_boilerplate(
    articles: list[Article],
    each: Each = map,
    then: Callable[[Article], _T] | None = None,
    lines: list[set[str] | None] | None = None,
) -> list[_T | None]:
    """Set the articles' boilerplate, and the title of one without a title from its metadata to its first line
    that is none. `each` maps the work on one article over them (a process pool's map: the same spans). What
    `then` gives of each article once its boilerplate is set, worked out in the same task (None without it).
    `lines`: the articles' short lines where read_articles read them."""
    from workbench.load.boilerplate import repeated_lines  # not for the command line's parser

    repeated = repeated_lines([a.text for a in articles], each, lines)
    found = []
    for article, (spans, after) in zip(articles, each(_marked, [(a, r, then) for a, r in zip(articles, repeated)])):
        article.boilerplate = spans
        if article.title == title_of(article.text):  # not a title from the metadata
            article.title = _headline(article)
        found.append(after)
    return found


def _marked(work: tuple[Article, set[str], Callable[[Article], _T] | None]) -> tuple[list[Span], _T | None]:
    """An article's boilerplate spans (given its repeated_lines), and what `then` gives of it with them set: a
    pool's task (the article is the task's copy, or the caller's own, given the spans it gets anyway)."""
    from workbench.load.boilerplate import boilerplate_of

    article, repeated, then = work
    article.boilerplate = boilerplate_of((article.text, repeated))
    return article.boilerplate, then(article) if then else None


def fingerprint(paths: Iterable[str | Path], max_bytes: int, stored_page: StoredPage | None) -> list | None:
    """What load_articles would read, cheaply: each file found, by its path and resolved path, with its bytes'
    sha256 (or why it cannot be read), and each address with its kept page's. None when an address has no
    kept page: what it gives is known only once it is fetched."""
    found: list = []
    for source in _expand(paths, lambda message: None):
        if isinstance(source, str):
            page = stored_page(source) if stored_page else None
            if page is None:
                return None
            found.append([source, hashlib.sha256(page.body).hexdigest()])
            continue
        try:
            digest = hashlib.sha256(_read_bytes(source, max_bytes)).hexdigest()
        except SkipFile as reason:
            digest = str(reason)
        found.append([str(source), str(source.resolve()), digest])
    return found


def _headline(article: Article) -> str:
    """The first non-empty line that is not boilerplate (scraped pages often open with a prompt), less a date label
    a page opens with ("date 2023-10-29 Paris: Defending champion …", "Published: 2024-03-15 …")."""
    starts = {start for start, _ in article.boilerplate}
    offset = 0
    for line in article.text.split("\n"):
        label = m.end() if (m := PAGE_DATE_LABEL.match(line)) else 0
        furniture = any(offset + at in starts for at in range(label + 1))  # from the line's start or its label's end
        if line[label:].strip() and not furniture:
            return line[label:].strip()
        offset += len(line) + 1
    return article.title
