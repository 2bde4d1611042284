"""Fetching web pages by address: a time limit, a size limit, HTML only, and a one-line reason on failure.

Nothing here runs unless an http(s) address was given.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from workbench import __version__
from workbench.model import Page

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
_HEADERS = {
    "User-Agent": f"fact-workbench/{__version__}",
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
}


class FetchError(Exception):
    """A page that could not be fetched; the message is the reason, one line."""


def fetch(address: str, *, timeout: float, max_bytes: int) -> Page:
    """The page at the address. `timeout` (seconds) bounds the whole fetch: connecting, every redirect,
    the headers and the body, however slowly a server sends them.

    Redirects are followed only to http(s) addresses, and not from a public address to a loopback,
    private or link-local one (the address as given is fetched even when it is one of those).

    Raises FetchError: cannot resolve the host, connection refused, timed out, HTTP status, not an
    HTML page, too large, a refused redirect, an address with a user name or password, or another
    network failure.
    """
    guard = _Guard(timeout)
    try:
        _check_address(address)
        request = urllib.request.Request(address, headers=_HEADERS)
        with guard, guard.opener().open(request, timeout=timeout) as response:
            headers = response.headers
            if "Content-Type" in headers and headers.get_content_type() not in HTML_TYPES:
                raise FetchError(f"not an HTML page (Content-Type: {headers['Content-Type']})")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(f"{int(length):,} bytes", max_bytes))
            body = _read(response, max_bytes, guard)
            return Page(body=body, url=response.geturl(), charset=headers.get_content_charset())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        if guard.expired:
            raise FetchError(_reason(TimeoutError(), address, timeout)) from None
        raise FetchError(f"HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise FetchError(_reason(TimeoutError() if guard.expired else exc.reason, address, timeout)) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchError(_reason(TimeoutError() if guard.expired else exc, address, timeout)) from None


def _check_address(address: str, redirected: bool = False) -> None:
    """Refuse what is never fetched: not an address, another scheme than http(s), a user name or password."""
    try:
        parts = urlsplit(address)
        credentials = parts.username is not None or parts.password is not None
    except ValueError as exc:
        raise FetchError(
            f"{'redirect to an invalid address' if redirected else 'not a valid address'} ({exc})"
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"redirect to a non-http(s) address ({parts.scheme or 'no scheme'}:) not followed")
    if credentials:
        if redirected:
            raise FetchError("redirect to an address with a user name or password not followed")
        raise FetchError("an address with a user name or password is not supported")


def _internal(ip: str) -> bool:
    """Whether an IP address is loopback, private, link-local or otherwise not on the public internet."""
    try:
        address = ipaddress.ip_address(ip.split("%")[0])
    except ValueError:
        return True
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not address.is_global


class _Guard:
    """One fetch's deadline and redirect rules, shared by the connections of its redirects.

    At the deadline every socket the fetch opened is shut down, so a server that sends a header line
    every 2 s, or a byte at a time, cannot hold the fetch past `timeout`.
    """

    def __init__(self, timeout: float) -> None:
        self.deadline = time.monotonic() + timeout
        self.expired = False
        self.public = False  # whether a connection of this fetch went to a public address
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Guard:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0 or self.expired:
            raise TimeoutError
        return left

    def connect(self, address, timeout=None, source_address=None, **kwargs) -> socket.socket:
        """socket.create_connection within the deadline; refuses a redirect from public to internal."""
        host, port = address
        sock = _connect(_resolve(host, port, self.remaining()), self.remaining(), source_address)
        try:
            internal = _internal(sock.getpeername()[0])
            if internal and self.public:
                raise FetchError(f"redirect from a public address to an internal one ({address[0]}) not followed")
            self.public = self.public or not internal
            with self._lock:
                self._sockets.append(sock.dup())  # the dup stays usable when TLS takes the socket over
                if self.expired:
                    _shut(sock)
        except BaseException:
            sock.close()
            raise
        return sock

    def opener(self) -> urllib.request.OpenerDirector:
        guard = self

        class Connection(http.client.HTTPConnection):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._create_connection = guard.connect

        class SecureConnection(http.client.HTTPSConnection):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._create_connection = guard.connect

        class Plain(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(Connection, req)

        class Secure(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(SecureConnection, req)

        class Redirects(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, req, fp, code, msg, headers, newurl):
                try:
                    _check_address(newurl, redirected=True)
                except FetchError:
                    fp.close()
                    raise
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        return urllib.request.build_opener(Plain, Secure, Redirects)


def _resolve(host: str, port: int, timeout: float) -> list[tuple]:
    """getaddrinfo within `timeout`: a name server that never answers cannot hold the fetch.

    The lookup runs in a daemon thread (getaddrinfo cannot be interrupted); past the time it is left
    to finish on its own and TimeoutError is raised.
    """
    answer: list[list[tuple] | BaseException] = []

    def lookup() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except BaseException as exc:  # handed to the caller
            answer.append(exc)

    thread = threading.Thread(target=lookup, name="fetch-resolve", daemon=True)
    thread.start()
    thread.join(timeout)
    if not answer:
        raise TimeoutError
    if isinstance(answer[0], BaseException):
        raise answer[0]
    return answer[0]


def _connect(addresses: list[tuple], timeout: float, source_address) -> socket.socket:
    """The first of the resolved addresses that accepts a connection (as socket.create_connection)."""
    error: OSError = OSError("no address to connect to")
    deadline = time.monotonic() + timeout
    for family, kind, proto, _name, sockaddr in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    raise error


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _read(response: http.client.HTTPResponse, max_bytes: int, guard: _Guard) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):  # one receive at a time, so the deadline is checked often
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(f"more than {max_bytes:,} bytes", max_bytes))
        guard.remaining()  # raises TimeoutError past the deadline
        chunks.append(chunk)
    if guard.expired:  # the socket was shut down at the deadline: what came is not the whole page
        raise TimeoutError
    return b"".join(chunks)


def _too_large(size: str, max_bytes: int) -> str:
    return f"too large ({size}; the limit is {max_bytes:,})"


def _reason(error: object, address: str, timeout: float) -> str:
    if isinstance(error, socket.gaierror):
        return f"cannot resolve host {urlsplit(address).hostname}"
    if isinstance(error, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, ssl.SSLError):
        return f"TLS failure ({error.reason or error})"
    if isinstance(error, http.client.IncompleteRead):
        return "connection closed before the whole page arrived"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error).strip().splitlines()
    return f"failed ({text[0] if text else type(error).__name__})"
