"""Fetching web pages by address: a time limit, a size limit, HTML only, and a one-line reason on failure.

Nothing here runs unless an http(s) address was given.
"""

from __future__ import annotations

import http.client
import socket
import ssl
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
    """The page at the address. `timeout` (seconds) bounds connecting and reading the whole page.

    Raises FetchError: cannot resolve the host, connection refused, timed out, HTTP status, not an
    HTML page, too large, or another network failure.
    """
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(address, headers=_HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers = response.headers
            if "Content-Type" in headers and headers.get_content_type() not in HTML_TYPES:
                raise FetchError(f"not an HTML page (Content-Type: {headers['Content-Type']})")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(f"{int(length):,} bytes", max_bytes))
            body = _read(response, max_bytes, deadline, timeout)
            return Page(body=body, url=response.geturl(), charset=headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        exc.close()
        raise FetchError(f"HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise FetchError(_reason(exc.reason, address, timeout)) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchError(_reason(exc, address, timeout)) from None


def _read(response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):  # one receive at a time, so the deadline is checked often
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(f"more than {max_bytes:,} bytes", max_bytes))
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
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
