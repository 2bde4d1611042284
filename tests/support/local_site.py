"""A fixture website for the tests that open articles by address: 127.0.0.1 only, port 0, a thread per test.

/news/ferry-fire.html  the news fixture, text/html; charset=utf-8
/cafe                  the cp1252 fixture, text/html with no charset (its <meta> says)
/old-address           301 to /news/ferry-fire.html
/data.json             application/json
/big.html              BIG bytes with a Content-Length; /big-unsized.html the same without one
/slow.html             answers only once the test ends
/trickle.html          sends its headers, then one byte every 0.1 s (at most 10 s, or until the test ends)
/drip-headers          one header line every site.drip seconds (2 s; at most 60 s, or until the test ends)
/to-ftp, /to-login     302 to ftp://127.0.0.1/ and to an address with a user name and password
anything else          404
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parents[1] / "fixtures" / "html"
BIG = b"<html><body>" + b"<p>filler</p>" * 20_000 + b"</body></html>"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


class _Site:
    """What the server answers: path -> (status, headers, body); counts requests; holds /slow until released."""

    def __init__(self) -> None:
        html = {"Content-Type": "text/html; charset=utf-8"}
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {
            "/news/ferry-fire.html": (200, html, (PAGES / "news.html").read_bytes()),
            "/cafe": (200, {"Content-Type": "text/html"}, (PAGES / "cp1252.html").read_bytes()),
            "/old-address": (301, {"Location": "/news/ferry-fire.html"}, b""),
            "/to-ftp": (302, {"Location": "ftp://127.0.0.1/pub/story.html"}, b""),
            "/to-login": (302, {"Location": "http://user:secret@127.0.0.1/"}, b""),
            "/data.json": (200, {"Content-Type": "application/json"}, b'{"story": "no"}'),
            "/big.html": (200, html, BIG),
            "/slow.html": (200, html, (PAGES / "bare.html").read_bytes()),
        }
        self.hits: Counter[str] = Counter()
        self.release = threading.Event()
        self.drip = 2.0


def _handler(site: _Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path
            site.hits[path] += 1
            if path == "/slow.html":
                site.release.wait(10)
            if path == "/drip-headers":
                self.send_response(200)
                for n in range(int(60 / site.drip)):
                    if site.release.wait(site.drip):
                        return
                    self.send_header(f"X-Drip-{n}", "x")
                    self.flush_headers()
                return
            if path == "/trickle.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100")
                self.end_headers()
                for _ in range(100):
                    if site.release.wait(0.1):
                        return
                    self.wfile.write(b"x")
                    self.wfile.flush()
                return
            if path == "/big-unsized.html":  # HTTP/1.0, no Content-Length: the body ends when the connection does
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(BIG)
                return
            if path not in site.routes:
                self.send_error(404, "Not Found")
                return
            status, headers, body = site.routes[path]
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve_site() -> Iterator[_Site]:
    """A fixture website on 127.0.0.1 (the `site` fixture); its base address is site.base."""
    state = _Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # a client that hung up early (too large, timed out)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
