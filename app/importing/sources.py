"""Getting a page's text: from a local file or an http(s) address.

Everything is bounded: the size (checked before reading a file, and while
streaming a download), the time (connect and read timeouts), the redirects,
and the caller can cancel between chunks.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    ResponseError,
    SSLError,
)
from urllib3.util import Retry, Timeout

from app.importing.encoding import bom_encoding, decode
from app.importing.errors import ImportCancelled, ImportFailed

PageKind = Literal["html", "text"]
CHUNK = 64 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text"}
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# "javascript:", "mailto:", "http:/host" (not a Windows drive, "C:\\"), and
# an address typed without its scheme: said as such when no such file exists.
BARE_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(?!//)")
LOOKS_LIKE_HOST = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/:?#]|$)")
HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
HTML_TAGS = re.compile(r"<(?:body|p|head)[\s>]", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
HEADERS = {
    "User-Agent": "HunanTradeViewer/0.1 (article import)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
}


@dataclass(frozen=True)
class RawPage:
    """A page's text as read: what kind it is, where it came from (the
    final address after redirects, or the file path) and the codec used."""

    text: str
    kind: PageKind
    address: str
    encoding: str


def read_source(
    source: str,
    *,
    timeout: float = 15,
    max_bytes: int = 10 * 2**20,
    max_redirects: int = 5,
    cancelled: Callable[[], bool] | None = None,
) -> RawPage:
    """Read a local file or download an http(s) address; raise ImportFailed."""
    source = source.strip()
    if not source:
        raise ImportFailed("no file or address given", "")
    scheme = SCHEME.match(source)
    if scheme is None:
        path = Path(source).expanduser()
        if not (path.exists() or path.is_symlink()):
            refuse_address(source)
        return read_file(path, max_bytes)
    name = scheme.group(1).lower()
    if name in ("http", "https"):
        return download(source, timeout, max_bytes, max_redirects, cancelled)
    if name == "file":
        return read_file(Path(unquote(urlsplit(source).path)), max_bytes)
    raise unreadable_scheme(name, source)


def unreadable_scheme(name: str, source: str) -> ImportFailed:
    return ImportFailed(f"cannot read '{name}' addresses, only http, https and local files", source)


def refuse_address(source: str) -> None:
    """Raise ImportFailed, in words for an address, when `source` (no file
    of that name exists) is an address that cannot be read or lacks its
    scheme."""
    bare = BARE_SCHEME.match(source)
    if bare:
        name = bare.group(1).lower()
        if name in ("http", "https"):
            raise ImportFailed(f"a web address begins with {name}:// (two slashes)", source)
        raise unreadable_scheme(name, source)
    if LOOKS_LIKE_HOST.match(source):
        raise ImportFailed("there is no such file; a web address begins with https://", source)


def size_text(size: int) -> str:
    """A byte count in words: 10 MB, 500 KB, 300 bytes."""
    for unit, factor in (("MB", 2**20), ("KB", 2**10)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} bytes"


def read_file(path: Path, max_bytes: int) -> RawPage:
    """A local file as a page: its size is checked before it is read."""
    try:
        info = path.stat()
        if path.is_dir():
            raise ImportFailed("this is a folder, not a page", path)
        if not stat.S_ISREG(info.st_mode):  # reading a pipe or a device could wait for ever
            raise ImportFailed("this is a device or a pipe, not a file", path)
        if info.st_size > max_bytes:
            raise ImportFailed(f"the file is larger than the {size_text(max_bytes)} limit", path)
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as error:  # missing, unreadable, a broken link: the system's own reason
        raise ImportFailed(f"cannot read the file: {error.strerror or error}", path) from None
    if len(data) > max_bytes:
        raise ImportFailed(f"the file is larger than the {size_text(max_bytes)} limit", path)
    suffix = path.suffix.lower()
    kind: PageKind | None = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
    return make_page(data, kind, str(path), None)


def make_page(data: bytes, kind: PageKind | None, address: str, header_charset: str | None) -> RawPage:
    """Decode and classify the bytes; refuse binary data and empty pages."""
    if not data.strip():
        raise ImportFailed("the page is empty", address)
    # NUL bytes mean binary data, unless a UTF-16/32 byte-order mark explains them.
    wide_bom = (bom_encoding(data) or "").startswith(("utf-16", "utf-32"))
    if b"\0" in data[:8192] and not wide_bom:
        raise ImportFailed("not a web page or a text file", address)
    text, encoding = decode(data, header_charset)
    if not looks_like_text(text):
        raise ImportFailed("not a web page or a text file", address)
    if not text.strip():
        raise ImportFailed("the page is empty", address)
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    return RawPage(text, kind, address, encoding)


def looks_like_text(text: str) -> bool:
    """Mostly printable characters: no control codes, few replacement marks."""
    sample = text[:65536]
    bad = sum(1 for char in sample if char == "\ufffd" or not (char.isprintable() or char in "\t\n\r\f\v"))
    return "\0" not in text and bad <= 0.02 * len(sample)


def looks_like_html(text: str) -> bool:
    """An HTML document: a doctype or <html> first, or body/paragraph tags early."""
    text = text.lstrip("\ufeff")
    return bool(HTML_START.match(text) or HTML_TAGS.search(text, 0, 2048))


def download(
    url: str, timeout: float, max_bytes: int, max_redirects: int, cancelled: Callable[[], bool] | None
) -> RawPage:
    """GET the address and stream its body, stopping at max_bytes."""
    if cancelled is not None and cancelled():
        raise ImportCancelled(url)
    retries = Retry(
        total=max_redirects,
        connect=0,
        read=0,
        other=0,
        status=0,
        redirect=max_redirects,
        raise_on_redirect=True,
        raise_on_status=False,
    )
    pool = urllib3.PoolManager(timeout=Timeout(connect=timeout, read=timeout), retries=retries, headers=HEADERS)
    try:
        response = pool.request("GET", url, preload_content=False)
        try:
            final = final_address(url, response)
            kind, charset = check_response(response, final, max_bytes)
            data = read_body(response, final, max_bytes, cancelled)
        finally:
            response.close()
    except MaxRetryError as error:
        raise network_failure(error.reason, url, timeout, max_redirects) from None
    except (HTTPError, OSError, ValueError) as error:
        raise network_failure(error, url, timeout, max_redirects) from None
    finally:
        pool.clear()
    return make_page(data, kind, final, charset)


def final_address(url: str, response: urllib3.BaseHTTPResponse) -> str:
    """The address the page came from after redirects (response.url holds
    only the path of the last request)."""
    history = response.retries.history if response.retries is not None else ()
    for step in history:
        if step.redirect_location:
            url = urljoin(url, step.redirect_location)
    return url


def check_response(response: urllib3.BaseHTTPResponse, url: str, max_bytes: int) -> tuple[PageKind | None, str | None]:
    """Refuse error statuses, non-page content types and announced oversize bodies."""
    if not 200 <= response.status < 300:
        reason = response.reason or phrase(response.status)
        raise ImportFailed(f"the server answered {response.status} {reason}".strip(), url)
    content_type = response.headers.get("Content-Type", "")
    media = content_type.partition(";")[0].strip().lower()
    if media and media not in PAGE_TYPES:
        raise ImportFailed(f"the address is not a web page ({media})", url)
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise ImportFailed(f"the page is larger than the {size_text(max_bytes)} limit", url)
    charset = HEADER_CHARSET.search(content_type)
    kind: PageKind | None = PAGE_TYPES[media] if media else None  # type: ignore[assignment]
    return kind, charset.group(1) if charset else None


def phrase(status: int) -> str:
    """The standard reason phrase for a status code, if there is one."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def read_body(
    response: urllib3.BaseHTTPResponse, url: str, max_bytes: int, cancelled: Callable[[], bool] | None
) -> bytes:
    """The body in chunks; stops (and so never reads the rest) past max_bytes."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(CHUNK):
        if cancelled is not None and cancelled():
            raise ImportCancelled(url)
        size += len(chunk)
        if size > max_bytes:
            raise ImportFailed(f"the page is larger than the {size_text(max_bytes)} limit", url)
        chunks.append(chunk)
    return b"".join(chunks)


def network_failure(reason: BaseException | None, url: str, timeout: float, max_redirects: int) -> ImportFailed:
    """One clear sentence for what went wrong on the way to the server."""
    # Order matters: NameResolutionError is a NewConnectionError, which is a
    # ConnectTimeoutError in urllib3's class tree.
    if isinstance(reason, ImportFailed):
        return reason
    if isinstance(reason, ResponseError) or "redirect" in str(reason).lower():
        what = f"the address redirects more than {max_redirects} times (a redirect loop?)"
    elif isinstance(reason, NameResolutionError):
        what = "the server's name could not be found (DNS)"
    elif isinstance(reason, NewConnectionError):
        refused = "refused" in str(reason).lower()
        what = "the server refused the connection" if refused else "could not connect to the server"
    elif isinstance(reason, ConnectTimeoutError):
        what = f"the server did not accept a connection within {timeout:g} s"
    elif isinstance(reason, ReadTimeoutError):
        what = f"the server did not answer within {timeout:g} s"
    elif isinstance(reason, SSLError):
        what = "the secure connection failed (certificate or TLS error)"
    elif isinstance(reason, ProtocolError):
        what = "the connection broke off before the page was read"
    elif isinstance(reason, ValueError):
        what = "this is not a valid web address"
    else:
        what = f"the page could not be downloaded: {reason}"
    return ImportFailed(what, url)
