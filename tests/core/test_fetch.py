"""Opening articles by address, against fixture pages served on 127.0.0.1 only (tests/support/local_site.py).

Each failure is one line naming the address and the reason, and the other sources still load.
"""

from __future__ import annotations

import json
import socket
import time

import pytest

from tests.core.loading import load_with_warnings
from tests.support.local_site import BIG, PAGES, PROXY_VARIABLES
from workbench.cli.main import main
from workbench.load.files import address_stem
from workbench.pipeline import analyze
from workbench.store import Store

LIMIT = 100_000  # --max-bytes for these tests


def _load(*addresses: str, **options):
    """load_articles on addresses: (articles, warnings), as tests/core/loading.py's helper does for files."""
    return load_with_warnings(*addresses, **{"max_bytes": LIMIT, "timeout": 5.0, **options})


def test_a_page_opened_by_address(site):
    address = f"{site.base}/news/ferry-fire.html"
    [article], warnings = _load(address)
    assert warnings == []
    assert article.id == "ferry-fire"
    assert article.path == address
    assert (article.outlet, article.published) == ("The Lakeport Courier", "2024-03-15")
    assert article.url == "https://courier.example/news/2024/03/ferry-fire"  # the page's canonical address
    assert article.page.url == address and article.page.charset == "utf-8"
    assert article.text.startswith("Ferry fire forces 212 passengers ashore\n\nA fire broke out")


def test_redirects_are_followed_and_the_header_charset_is_optional(site):
    [moved, cafe], warnings = _load(f"{site.base}/old-address", f"{site.base}/cafe")
    assert warnings == []
    assert moved.page.url == f"{site.base}/news/ferry-fire.html"
    assert moved.id == "old-address"
    assert "€450,000" in cafe.text  # windows-1252 from the page's <meta>


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/missing.html", "HTTP 404 Not Found"),
        ("/data.json", "not an HTML page (Content-Type: application/json)"),
        ("/big.html", f"too large ({len(BIG):,} bytes; the limit is {LIMIT:,})"),
        ("/big-unsized.html", f"too large (more than {LIMIT:,} bytes; the limit is {LIMIT:,})"),
    ],
)
def test_each_failure_is_one_line_and_nothing_else_is_lost(site, path, reason):
    good, bad = f"{site.base}/news/ferry-fire.html", f"{site.base}{path}"
    articles, warnings = _load(bad, good)
    assert [a.path for a in articles] == [good]
    assert warnings == [f"{bad}: skipped: {reason}"]


def test_a_timeout_is_one_line_and_does_not_wait_for_the_server(site):
    slow, good = f"{site.base}/slow.html", f"{site.base}/news/ferry-fire.html"
    started = time.monotonic()
    articles, warnings = _load(slow, good, timeout=0.5)
    assert time.monotonic() - started < 4
    assert [a.path for a in articles] == [good]
    assert warnings == [f"{slow}: skipped: timed out after 0.5 s"]


def test_a_page_that_trickles_in_is_cut_off_at_the_time_limit(site):
    trickle = f"{site.base}/trickle.html"
    started = time.monotonic()
    articles, warnings = _load(trickle, f"{site.base}/news/ferry-fire.html", timeout=0.5)
    assert time.monotonic() - started < 3  # the whole page would take 10 s
    assert warnings == [f"{trickle}: skipped: timed out after 0.5 s"] and len(articles) == 1


def test_an_unresolvable_host_is_one_line(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)  # no lookup leaves this machine
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    address = "https://news.example.invalid/story"
    articles, warnings = _load(address, PAGES / "bare.html")
    assert [a.id for a in articles] == ["bare"]
    assert warnings == [f"{address}: skipped: cannot resolve host news.example.invalid"]


def test_a_refused_connection_is_one_line(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    address = f"http://127.0.0.1:{port}/story.html"
    articles, warnings = _load(address)
    assert articles == []
    assert warnings == [f"{address}: skipped: connection refused"]


def test_cli_analyze_by_address(site, capsys):
    good, bad = f"{site.base}/news/ferry-fire.html", f"{site.base}/missing.html"
    assert main(["analyze", "--format", "json", "--timeout", "5", good, bad]) == 0
    captured = capsys.readouterr()
    [article] = json.loads(captured.out)["articles"]
    assert (article["path"], article["url"]) == (good, "https://courier.example/news/2024/03/ferry-fire")
    assert captured.err.splitlines() == [f"workbench: warning: {bad}: skipped: HTTP 404 Not Found"]
    assert main(["analyze", "--format", "json", bad]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"workbench: error: {bad}: no usable article (skipped: HTTP 404 Not Found)"]


def test_a_stored_page_is_not_fetched_again_unless_refreshed(site, tmp_path):
    address = f"{site.base}/news/ferry-fire.html"
    with Store.open(tmp_path / "w.sqlite", analyst="ana") as store:
        first = analyze([address], stored_page=store.page)
        store.ingest(first)
        assert store.page(address).body == (PAGES / "news.html").read_bytes()
        again = analyze([address], stored_page=store.page)
        assert site.hits[address.removeprefix(site.base)] == 1
        assert store.ingest(again).unchanged == 1

        wednesday = next(c for c in again.candidates if c.text == "Wednesday")
        store.confirm(wednesday.id)
        status, headers, body = site.routes["/news/ferry-fire.html"]
        changed = body.replace(b"Passengers were offered", b"All passengers were offered")
        site.routes["/news/ferry-fire.html"] = (status, headers, changed)
        refreshed = analyze([address])  # --refresh: no stored page
        assert site.hits["/news/ferry-fire.html"] == 2
        report = store.ingest(refreshed)
        assert (report.new_versions, report.moved, report.stale) == (1, 1, 0)
        assert store.page(address).body == changed
        [current] = store.articles()
        assert current.version == 2 and "All passengers were offered" in current.text


@pytest.mark.parametrize(
    "address, stem",
    [
        ("https://courier.example/news/2024/03/ferry-fire", "ferry-fire"),
        ("https://courier.example/news/ferry-fire/", "ferry-fire"),
        ("https://courier.example/story.php?id=7", "story"),
        ("https://courier.example/caf%C3%A9%20du%20port.html", "café-du-port"),
        ("https://courier.example/", "courier.example"),
    ],
)
def test_an_address_gives_the_article_id(address, stem):
    assert address_stem(address) == stem
