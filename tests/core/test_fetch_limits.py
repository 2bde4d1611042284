"""What fetching an address may not do (issue 11): run past --timeout however slowly a server answers,
follow a redirect anywhere but http(s) or from a public address to an internal one, or take an address
with a user name and password. Each is one line naming the address; the other sources still load.
Against tests/support/local_site.py's server on 127.0.0.1 only (the `site` fixture of tests/conftest.py).
"""

from __future__ import annotations

import socket
import threading
import time

from tests.core.loading import load_with_warnings
from tests.support.local_site import PAGES, PROXY_VARIABLES
from workbench.cli.main import main
from workbench.load import fetch as fetch_module


def _load(*addresses: str, **options):
    return load_with_warnings(*addresses, **{"max_bytes": 100_000, "timeout": 5.0, **options})


def test_a_server_that_sends_a_header_line_every_2_s_cannot_outlast_the_timeout(site, capsys):
    drip, good = f"{site.base}/drip-headers", f"{site.base}/news/ferry-fire.html"
    started = time.monotonic()
    assert main(["analyze", "--format", "json", "--timeout", "5", drip, good]) == 0
    assert time.monotonic() - started < 7.5  # was 60 s here (90 s in the issue): the deadline was per receive
    assert capsys.readouterr().err.splitlines() == [f"workbench: warning: {drip}: skipped: timed out after 5 s"]


def test_headers_dripping_faster_than_the_timeout_are_cut_off_too(site):
    site.drip = 0.2
    drip = f"{site.base}/drip-headers"
    started = time.monotonic()
    articles, warnings = _load(drip, f"{site.base}/news/ferry-fire.html", timeout=1.0)
    assert time.monotonic() - started < 3
    assert warnings == [f"{drip}: skipped: timed out after 1 s"] and len(articles) == 1


def test_a_name_server_that_never_answers_cannot_outlast_the_timeout(monkeypatch):
    answer = threading.Event()  # set at the end, so the lookup thread left behind finishes at once

    def silent_dns(*args, **kwargs):
        answer.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", silent_dns)  # no lookup leaves this machine
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    address = "https://news.example.invalid/story"
    started = time.monotonic()
    try:
        articles, warnings = _load(address, PAGES / "bare.html", timeout=1.0)
        elapsed = time.monotonic() - started
    finally:
        answer.set()
    assert elapsed < 3  # was 30 s: the lookup ran outside the deadline
    assert [a.id for a in articles] == ["bare"] and warnings == [f"{address}: skipped: timed out after 1 s"]


def test_a_redirect_to_ftp_is_not_followed(site):
    address = f"{site.base}/to-ftp"
    articles, warnings = _load(address, f"{site.base}/news/ferry-fire.html")
    assert warnings == [f"{address}: skipped: redirect to a non-http(s) address (ftp:) not followed"]
    assert len(articles) == 1


def test_a_redirect_to_an_address_with_a_password_is_not_followed(site):
    address = f"{site.base}/to-login"
    _, warnings = _load(address)
    assert warnings == [f"{address}: skipped: redirect to an address with a user name or password not followed"]


def test_a_redirect_from_a_public_address_to_an_internal_one_is_refused(site, monkeypatch):
    seen: list[str] = []

    def first_public(ip: str) -> bool:  # the first connection plays a public server; the site is on 127.0.0.1
        seen.append(ip)
        return len(seen) > 1

    monkeypatch.setattr(fetch_module, "_internal", first_public)
    address = f"{site.base}/old-address"
    articles, warnings = _load(address)
    assert articles == [] and seen == ["127.0.0.1", "127.0.0.1"]
    assert warnings == [
        f"{address}: skipped: redirect from a public address to an internal one (127.0.0.1) not followed"
    ]
    assert site.hits["/news/ferry-fire.html"] == 0  # refused before the request was sent


def test_an_internal_address_as_typed_is_fetched_and_may_redirect_inside(site):
    [article], warnings = _load(f"{site.base}/old-address")
    assert warnings == [] and article.page.url == f"{site.base}/news/ferry-fire.html"


def test_internal_addresses():
    for ip in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.169.254", "::1", "fe80::1%eth0",
               "::ffff:127.0.0.1", "0.0.0.0", "100.64.0.1"):  # fmt: skip
        assert fetch_module._internal(ip), ip
    for ip in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"):
        assert not fetch_module._internal(ip), ip


def test_a_user_name_and_password_get_an_honest_error(site):
    address = site.base.replace("http://", "http://user:secret@") + "/news/ferry-fire.html"
    articles, warnings = _load(address)
    assert articles == []
    assert warnings == [f"{address}: skipped: an address with a user name or password is not supported"]
    assert site.hits["/news/ferry-fire.html"] == 0


def test_a_malformed_address_is_one_line_and_the_others_load(site, capsys):
    bad, good = "http://[::1/ok", f"{site.base}/news/ferry-fire.html"
    assert main(["analyze", "--format", "json", bad, good]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"workbench: warning: {bad}: skipped: not a valid address (Invalid IPv6 URL)"]
