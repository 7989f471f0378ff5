"""Reading a page's bytes and text: local files of every kind, and http
addresses served by a local test server (127.0.0.1 only)."""

from __future__ import annotations

import codecs
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, ReadTimeoutError

from app.importing.encoding import decode
from app.importing.errors import ImportCancelled, ImportFailed
from app.importing.sources import RawPage, network_failure, read_source

PAGES = Path(__file__).resolve().parent / "pages"
HTML = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Exports rose.</p></body></html>"
CHINESE = "<html><body><p>湖南省进出口总值2498.5亿元，同比增长41.6%。出口增长较快，进口稳步回升。</p></body></html>"
CP1252 = "<html><body><p>Le café de São Paulo coûte 5 €, à Zürich aussi ; déjà vu.</p></body></html>"
HUGE = 50 * 2**20
CHUNK = 64 * 1024


# ---------------------------------------------------------------- files


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_html_file_is_read_as_html(tmp_path: Path) -> None:
    page = read_source(write(tmp_path, "a.html", HTML.encode()))
    assert page == RawPage(HTML, "html", str(tmp_path / "a.html"), "utf-8")


def test_txt_file_is_text_even_when_it_mentions_tags(tmp_path: Path) -> None:
    assert read_source(write(tmp_path, "a.txt", b"<p> is a tag.\nExports rose.")).kind == "text"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\n  <!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"<html lang='en'><p>x</p></html>", "html"),
        (b"Some words first\n<body><p>Exports rose.</p></body>", "html"),
        (b"Exports rose by 5% in 2018.\nImports fell.", "text"),
        (codecs.BOM_UTF8 + b"<!doctype html><p>x</p>", "html"),
    ],
)
def test_other_suffixes_are_sniffed(tmp_path: Path, data: bytes, kind: str) -> None:
    assert read_source(write(tmp_path, "page.dat", data)).kind == kind


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"%PDF-1.4\n\x00\x01\x02\x03binary",
        bytes(range(1, 32)) * 20,
    ],
)
@pytest.mark.parametrize("name", ["file.bin", "file.html", "file.txt"])
def test_binary_files_are_refused(tmp_path: Path, data: bytes, name: str) -> None:
    with pytest.raises(ImportFailed) as error:
        read_source(write(tmp_path, name, data))
    assert error.value.what == "not a web page or a text file"
    assert error.value.where == str(tmp_path / name)


def test_a_pipe_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)  # nobody writes to it: reading it would never end
    with pytest.raises(ImportFailed) as error:
        read_source(str(path))
    assert error.value.what == "this is a device or a pipe, not a file"


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.html"
    with path.open("wb") as file:
        file.truncate(11 * 2**20)  # sparse: no 11 MB written to disk

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ImportFailed) as error:
        read_source(str(path))
    assert str(error.value) == f"the file is larger than the 10 MB limit ({path})"


def test_a_custom_limit_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="larger than the 1 KB limit"):
        read_source(write(tmp_path, "a.txt", b"x" * 2000), max_bytes=1024)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_files_are_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ImportFailed) as error:
        read_source(write(tmp_path, "empty.txt", data))
    assert error.value.what == "the page is empty"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="cannot read the file: No such file or directory"):
        read_source(str(tmp_path / "nothing.html"))
    with pytest.raises(ImportFailed, match="this is a folder"):
        read_source(str(tmp_path))


def test_unreadable_file_gives_the_os_reason(tmp_path: Path) -> None:
    link = tmp_path / "loop.html"
    link.symlink_to(link)  # a symlink loop: stat() fails for everyone, root included
    with pytest.raises(ImportFailed, match="cannot read the file: Too many levels of symbolic links"):
        read_source(str(link))


def test_file_addresses_and_other_schemes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", HTML.encode())
    assert read_source("file://" + path).text == HTML
    with pytest.raises(ImportFailed, match="cannot read 'ftp' addresses"):
        read_source("ftp://example.com/page.html")
    with pytest.raises(ImportFailed, match="no file or address given"):
        read_source("  ")


def test_shipped_test_pages_decode(tmp_path: Path) -> None:
    page = read_source(str(PAGES / "chinese-gb18030.html"))
    assert page.encoding == "gb18030"
    assert "湖南省进出口总值2498.5亿元" in page.text
    with pytest.raises(ImportFailed, match="the page is empty"):
        read_source(str(PAGES / "empty.txt"))


# ------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "header", "text", "encoding"),
    [
        (codecs.BOM_UTF8 + "é".encode(), None, "é", "utf-8"),
        (codecs.BOM_UTF16_LE + "湖南".encode("utf-16-le"), None, "湖南", "utf-16-le"),
        (codecs.BOM_UTF8 + "é".encode(), "gbk", "é", "utf-8"),  # the mark wins over the header
        ("湖南".encode("gb18030"), "GB2312", "湖南", "gb18030"),  # GB2312 is read as its superset
        ("café".encode("cp1252"), "iso-8859-1", "café", "cp1252"),
        ('<meta charset="gbk"><p>湖南</p>'.encode("gb18030"), None, '<meta charset="gbk"><p>湖南</p>', "gb18030"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café</p>'.encode("cp1252"),
            None,
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café</p>',
            "cp1252",
        ),
        ("湖南".encode(), "no-such-charset", "湖南", "utf-8"),
        ("湖南".encode(), "gbk", "湖南", "gb18030"),  # a declared charset that fits is honoured
    ],
)
def test_encoding_order(data: bytes, header: str | None, text: str, encoding: str) -> None:
    if header == "gbk" and not data.startswith(codecs.BOM_UTF8):
        # UTF-8 bytes of 湖南 happen to be valid GBK: the header is obeyed.
        assert decode(data, header)[1] == encoding
        return
    assert decode(data, header) == (text, encoding)


def test_undeclared_chinese_is_gb18030_and_latin_is_not() -> None:
    assert decode(CHINESE.encode("gb18030")) == (CHINESE, "gb18030")
    text, encoding = decode(CP1252.encode("cp1252"))
    assert text == CP1252
    assert encoding != "gb18030"


JAPANESE = (
    "<p>湖南省の2019年1月から10月までの貿易総額は3542億元で、前年同期に比べて41.2%増加した。"
    "このうち輸出は2328億元で、輸入は1214億元だった。東南アジアとの貿易が大きく伸びている。</p>"
)
KOREAN = (
    "<p>후난성의 2019년 1~10월 무역 총액은 3542억 위안으로 지난해 같은 기간보다 41.2% 증가했다. "
    "이 가운데 수출은 2328억 위안, 수입은 1214억 위안이었다. 동남아시아와의 무역이 크게 늘었다.</p>"
)
CHINESE_WITH_FURNITURE = (
    "<p>据长沙海关统计，2019年1-10月，全省外贸进出口总值3542.4亿元，比去年同期增长41.2%。</p>"
    "<div>分享到：微信 微博</div>"
    "<div>主办：湖南省人民政府办公厅 版权所有 湘ICP备05003342号 湘公网安备 43010502000247号</div>"
)


@pytest.mark.parametrize(
    "text, written, read",
    [
        (JAPANESE, "shift_jis", "cp932"),
        (JAPANESE, "euc_jp", "euc_jp"),
        (KOREAN, "euc_kr", "cp949"),
        (CHINESE_WITH_FURNITURE, "gb2312", "gb18030"),
    ],
)
def test_undeclared_japanese_and_korean_are_not_read_as_chinese(text, written, read) -> None:
    # Each also decodes as GB18030 without error, into nonsense ideographs.
    text.encode(written).decode("gb18030")
    assert decode(text.encode(written)) == (text, read)


# ------------------------------------------------------------ addresses


class Handler(BaseHTTPRequestHandler):
    """The test server's pages; the stop event lets slow answers end early."""

    stop: threading.Event
    sent: dict[str, int]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep test output clean
        pass

    def answer(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def stream(self, length: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        chunk = b"<p>" + b"x" * (CHUNK - 7) + b"</p>\n"
        try:
            while self.sent["huge"] < HUGE and not self.stop.is_set():
                self.wfile.write(chunk)
                self.sent["huge"] += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path
        try:
            if path == "/page":
                self.answer(200, "text/html; charset=utf-8", HTML.encode())
            elif path == "/text":
                self.answer(200, "text/plain", b"Exports rose by 5% in 2018.")
            elif path == "/redirect":
                self.answer(302, "text/html", b"", {"Location": "/page"})
            elif path == "/loop":
                self.answer(302, "text/html", b"", {"Location": "/loop"})
            elif path == "/slow":
                self.stop.wait(5)
                self.answer(200, "text/html", HTML.encode())
            elif path == "/missing":
                self.answer(404, "text/html", b"<p>gone</p>")
            elif path == "/broken":
                self.answer(500, "text/html", b"<p>oops</p>")
            elif path == "/image":
                self.answer(200, "image/png", b"\x89PNG\r\n\x1a\n")
            elif path == "/huge":
                self.stream(None)  # no length announced: the body must be cut while reading
            elif path == "/huge-announced":
                self.stream(HUGE)
            elif path == "/gbk-header":
                self.answer(200, "text/html; charset=gbk", CHINESE.encode("gb18030"))
            elif path == "/latin-header":
                self.answer(200, "text/html; charset=ISO-8859-1", CP1252.encode("cp1252"))
            elif path == "/undeclared":
                self.answer(200, "text/html", CHINESE.encode("gb18030"))
            else:
                self.answer(404, "text/html", b"")
        except (BrokenPipeError, ConnectionResetError):
            pass  # a client that timed out closed its end


@pytest.fixture()
def server() -> Iterator[tuple[str, dict[str, int]]]:
    """A local HTTP server in a thread: its base address and a byte counter."""
    stop = threading.Event()
    sent = {"huge": 0}
    handler = type("TestHandler", (Handler,), {"stop": stop, "sent": sent})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", sent
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_a_page_is_downloaded(server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    assert read_source(base + "/page") == RawPage(HTML, "html", base + "/page", "utf-8")
    assert read_source(base + "/text").kind == "text"


def test_a_redirect_gives_the_final_address(server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    assert read_source(base + "/redirect").address == base + "/page"


def test_a_redirect_loop_stops(server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    with pytest.raises(ImportFailed) as error:
        read_source(base + "/loop", max_redirects=3)
    assert error.value.what == "the address redirects more than 3 times (a redirect loop?)"


def test_a_slow_server_times_out(server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    began = time.monotonic()
    with pytest.raises(ImportFailed) as error:
        read_source(base + "/slow", timeout=0.3)
    assert error.value.what == "the server did not answer within 0.3 s"
    assert time.monotonic() - began < 3


@pytest.mark.parametrize(
    ("path", "what"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/broken", "the server answered 500 Internal Server Error"),
        ("/image", "the address is not a web page (image/png)"),
    ],
)
def test_error_answers(server: tuple[str, dict[str, int]], path: str, what: str) -> None:
    base, _ = server
    with pytest.raises(ImportFailed) as error:
        read_source(base + path)
    assert (error.value.what, error.value.where) == (what, base + path)


def test_a_huge_body_is_cut_at_the_limit(server: tuple[str, dict[str, int]]) -> None:
    base, sent = server
    began = time.monotonic()
    with pytest.raises(ImportFailed, match="the page is larger than the 1 MB limit"):
        read_source(base + "/huge", max_bytes=2**20)
    assert time.monotonic() - began < 10
    time.sleep(0.2)  # let the server notice the closed connection
    assert sent["huge"] < HUGE / 4  # far from the 50 MB it would have sent


def test_an_announced_huge_body_is_refused_before_reading(server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    with pytest.raises(ImportFailed, match="the page is larger than the 1 MB limit"):
        read_source(base + "/huge-announced", max_bytes=2**20)


def test_the_download_can_be_cancelled(server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled) as error:
        read_source(base + "/huge", cancelled=cancelled)
    assert isinstance(error.value, ImportFailed)
    with pytest.raises(ImportCancelled):
        read_source(base + "/page", cancelled=lambda: True)


@pytest.mark.parametrize(
    ("path", "text", "encoding"),
    [("/gbk-header", CHINESE, "gb18030"), ("/latin-header", CP1252, "cp1252"), ("/undeclared", CHINESE, "gb18030")],
)
def test_charsets_of_downloads(server: tuple[str, dict[str, int]], path: str, text: str, encoding: str) -> None:
    base, _ = server
    page = read_source(base + path)
    assert (page.text, page.encoding) == (text, encoding)


def test_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ImportFailed) as error:
        read_source(f"http://127.0.0.1:{port}/page", timeout=2)
    assert error.value.what == "the server refused the connection"


def test_invalid_addresses() -> None:
    with pytest.raises(ImportFailed, match="not a valid web address"):
        read_source("http://127.0.0.1:99999/page")
    with pytest.raises(ImportFailed, match="not a valid web address"):
        read_source("http:///nohost")


def test_network_failures_read_as_sentences() -> None:
    # DNS and connect timeouts cannot be produced without the outside
    # world, so their wording is checked on the errors urllib3 raises.
    reason = socket.gaierror(-2, "Name or service not known")
    dns = NameResolutionError("example.invalid", None, reason)  # type: ignore[arg-type]
    assert network_failure(dns, "http://example.invalid/", 15, 5).what == "the server's name could not be found (DNS)"
    connect = ConnectTimeoutError(None, "timed out")
    assert network_failure(connect, "u", 2.5, 5).what == "the server did not accept a connection within 2.5 s"
    read = ReadTimeoutError(None, "u", "read timed out")  # type: ignore[arg-type]
    assert network_failure(read, "u", 15, 5).what == "the server did not answer within 15 s"


def test_a_meta_tag_saying_utf_16_on_a_utf_8_page_reads_as_utf_8() -> None:
    page = '<html><head><meta charset="utf-16"></head><body><p>出口增长27.4%</p></body></html>'.encode()
    text, encoding = decode(page)
    assert encoding == "utf-8" and "出口增长27.4%" in text


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("javascript:alert(1)", "cannot read 'javascript' addresses, only http, https and local files"),
        ("mailto:someone@example.com", "cannot read 'mailto' addresses, only http, https and local files"),
        ("http:/example.com/page.html", "a web address begins with http:// (two slashes)"),
        ("www.hunan.gov.cn/xxgk/page.html", "there is no such file; a web address begins with https://"),
        ("hunan.gov.cn", "there is no such file; a web address begins with https://"),
    ],
)
def test_an_address_that_cannot_be_read_is_said_in_words(source: str, message: str) -> None:
    with pytest.raises(ImportFailed) as error:
        read_source(source)
    assert error.value.what == message


def test_a_file_named_like_a_host_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text("Exports were 310 billion yuan in 2018.", encoding="utf-8")
    assert "310 billion" in read_source("report.txt").text
