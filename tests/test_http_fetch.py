"""The HTTP source against a real server on 127.0.0.1: politeness, faults, limits, charsets, 304s."""

from __future__ import annotations

import gzip
import re
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tracer import Article, ItemError, ReadOptions, Store, read_inputs
from tracer.api import dedup
from tracer.sources import FetchConfig, fetch_urls

BODY = "<p>" + "Real words in a real page about the council budget vote. " * 12 + "</p>"


def html(title: str = "T", body: str = BODY, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"


def fast(**kw) -> ReadOptions:
    """Options with short waits: tests must not sleep for real backoff times."""
    store = kw.pop("store", None)
    cfg = dict(timeout=10.0, retries=3, backoff=0.01, backoff_max=2.0, delay=0.0)
    cfg.update(kw)
    return ReadOptions(fetch=FetchConfig(**cfg), progress=False, store=store)


def paths(srv: HTTPServer) -> list[str]:
    return [req.path for req, _ in srv.log]


# -- robots.txt ------------------------------------------------------------------------------


def test_robots_disallow_is_honoured_and_the_page_never_requested() -> None:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    try:
        srv.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
        srv.expect_request("/private/a").respond_with_data(html(), content_type="text/html")
        srv.expect_request("/public").respond_with_data(html(), content_type="text/html")
        items = list(read_inputs([srv.url_for("/private/a"), srv.url_for("/public")], fast()))
        assert isinstance(items[0], ItemError) and "robots.txt" in items[0].error
        assert isinstance(items[1], Article)
        assert "/private/a" not in paths(srv)
        assert paths(srv).count("/robots.txt") == 1
    finally:
        srv.stop()


def test_robots_crawl_delay_spaces_requests_to_one_host() -> None:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    times: list[float] = []

    def page(request: Request) -> Response:
        times.append(time.monotonic())
        return Response(html(), content_type="text/html")

    try:
        srv.expect_request("/robots.txt").respond_with_data("User-agent: tracer\nCrawl-delay: 0.5\n")
        for i in range(4):
            srv.expect_request(f"/p{i}").respond_with_handler(page)
        items = list(read_inputs([srv.url_for(f"/p{i}") for i in range(4)], fast(per_host=4, concurrency=8)))
        assert all(isinstance(i, Article) for i in items)
        gaps = [b - a for a, b in zip(sorted(times), sorted(times)[1:], strict=False)]
        assert len(gaps) == 3 and min(gaps) >= 0.4  # 0.5 s, less generous send jitter
    finally:
        srv.stop()


def test_unreachable_robots_txt_disallows_only_in_strict_mode(server: HTTPServer) -> None:
    server.clear()
    server.expect_request("/robots.txt").respond_with_data("down", status=503)
    server.expect_request("/a").respond_with_data(html(), content_type="text/html")
    [lenient] = list(read_inputs([server.url_for("/a")], fast()))
    [strict] = list(read_inputs([server.url_for("/a")], fast(robots_strict=True)))
    assert isinstance(lenient, Article)
    assert isinstance(strict, ItemError) and "robots.txt unreachable" in strict.error


# -- transient and permanent failures -------------------------------------------------------


def flaky(failures: list[Response], then: Response) -> tuple[object, Counter]:
    calls: Counter = Counter()

    def handler(request: Request) -> Response:
        calls[request.path] += 1
        n = calls[request.path]
        return failures[n - 1] if n <= len(failures) else then

    return handler, calls


def test_503_then_200_is_recovered(server: HTTPServer) -> None:
    handler, calls = flaky([Response("busy", status=503)], Response(html(), content_type="text/html"))
    server.expect_request("/flaky").respond_with_handler(handler)
    [art] = list(read_inputs([server.url_for("/flaky")], fast()))
    assert isinstance(art, Article) and "council budget" in art.text
    assert calls["/flaky"] == 2 and art.signals["fetch"]["attempts"] == 2


def test_429_waits_for_retry_after_then_succeeds(server: HTTPServer) -> None:
    stamps: list[float] = []
    handler, calls = flaky([Response("slow down", status=429, headers={"Retry-After": "1"})],
                           Response(html(), content_type="text/html"))

    def timed(request: Request) -> Response:
        stamps.append(time.monotonic())
        return handler(request)

    server.expect_request("/limited").respond_with_handler(timed)
    [art] = list(read_inputs([server.url_for("/limited")], fast()))
    assert isinstance(art, Article)
    assert calls["/limited"] == 2 and stamps[1] - stamps[0] >= 0.95


def test_retry_after_beyond_the_limit_gives_up_with_the_reason(server: HTTPServer) -> None:
    server.expect_request("/later").respond_with_data("no", status=429, headers={"Retry-After": "3600"})
    [err] = list(read_inputs([server.url_for("/later")], fast()))
    assert isinstance(err, ItemError) and "Retry-After 3600s" in err.error


def test_permanent_5xx_is_reported_after_the_retries(server: HTTPServer) -> None:
    server.expect_request("/down").respond_with_data("no", status=500)
    [err] = list(read_inputs([server.url_for("/down")], fast(retries=2)))
    assert isinstance(err, ItemError) and err.error == "HTTP 500 (after 3 attempts)"
    assert paths(server).count("/down") == 3


def test_hanging_endpoint_times_out(server: HTTPServer) -> None:
    release = threading.Event()

    def hang(request: Request) -> Response:
        release.wait(10)
        return Response("late", content_type="text/html")

    server.expect_request("/hang").respond_with_handler(hang)
    server.expect_request("/ok").respond_with_data(html(), content_type="text/html")
    try:
        started = time.monotonic()
        items = list(read_inputs([server.url_for("/hang"), server.url_for("/ok")], fast(timeout=0.3, retries=0)))
        assert time.monotonic() - started < 5
    finally:
        release.set()
    assert isinstance(items[0], ItemError) and "timed out" in items[0].error
    assert isinstance(items[1], Article)


# -- size limits -----------------------------------------------------------------------------


def test_oversized_body_is_refused_with_and_without_content_length(server: HTTPServer) -> None:
    big = html(body="<p>" + "x" * 50_000 + "</p>")
    server.expect_request("/big").respond_with_data(big, content_type="text/html")

    def chunked(request: Request) -> Response:
        return Response((big[i:i + 4096] for i in range(0, len(big), 4096)), content_type="text/html")

    server.expect_request("/chunked").respond_with_handler(chunked)
    items = list(read_inputs([server.url_for("/big"), server.url_for("/chunked")], fast(max_bytes=20_000)))
    assert all(isinstance(i, ItemError) and "larger than 20000 bytes" in i.error for i in items)


def test_gzip_bomb_is_refused_after_decompression(server: HTTPServer) -> None:
    bomb = gzip.compress(b"<html>" + b" " * 50_000_000, compresslevel=6)
    assert len(bomb) < 200_000  # small on the wire, 50 MB once inflated
    server.expect_request("/bomb").respond_with_data(bomb, content_type="text/html",
                                                     headers={"Content-Encoding": "gzip"})
    [err] = list(read_inputs([server.url_for("/bomb")], fast(max_bytes=1_000_000)))
    assert isinstance(err, ItemError) and "after decompression" in err.error


def test_gzip_encoded_page_is_decompressed(server: HTTPServer) -> None:
    server.expect_request("/gz").respond_with_data(gzip.compress(html().encode()), content_type="text/html",
                                                   headers={"Content-Encoding": "gzip"})
    [art] = list(read_inputs([server.url_for("/gz")], fast()))
    assert isinstance(art, Article) and "council budget" in art.text


# -- redirects and schemes ---------------------------------------------------------------------


def test_redirects_are_followed_and_the_final_url_recorded(server: HTTPServer) -> None:
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/moved"})
    server.expect_request("/moved").respond_with_data("", status=302, headers={"Location": server.url_for("/new")})
    server.expect_request("/new").respond_with_data(html(), content_type="text/html")
    store = Store(":memory:")
    [art] = list(read_inputs([server.url_for("/old")], fast(store=store)))
    assert isinstance(art, Article)
    assert art.id == server.url_for("/old") and art.url == server.url_for("/new")
    assert art.signals["fetch"]["redirects"] == [server.url_for("/old"), server.url_for("/moved")]
    row = store.db.execute("SELECT url, final_url, status FROM fetches").fetchone()
    assert row == (server.url_for("/old"), server.url_for("/new"), 200)


def test_redirect_loop_and_non_http_target_are_errors(server: HTTPServer) -> None:
    server.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    server.expect_request("/ftp").respond_with_data("", status=302, headers={"Location": "ftp://example.org/x"})
    items = list(read_inputs([server.url_for("/loop"), server.url_for("/ftp")], fast(max_redirects=3)))
    assert isinstance(items[0], ItemError) and "too many redirects" in items[0].error
    assert isinstance(items[1], ItemError) and "only http and https" in items[1].error
    assert paths(server).count("/loop") == 4


# -- conditional requests -----------------------------------------------------------------------


def test_304_is_served_from_the_store(server: HTTPServer, tmp_path: Path) -> None:
    seen: list[str | None] = []

    def etagged(request: Request) -> Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(html("Budget"), content_type="text/html", headers={"ETag": '"v1"'})

    server.expect_request("/story").respond_with_handler(etagged)
    db = str(tmp_path / "t.db")
    opts = fast()
    first = dedup([server.url_for("/story")], opts, db=db)
    second = dedup([server.url_for("/story")], opts, db=db)
    assert seen == [None, '"v1"']
    assert first.ids == second.ids == [server.url_for("/story")]
    with Store(db) as store:
        rows = store.db.execute("SELECT status, etag FROM fetches ORDER BY rowid").fetchall()
        assert rows == [(200, '"v1"'), (304, '"v1"')]
        [art] = list(read_inputs([server.url_for("/story")], fast(store=store)))
    assert art.signals["fetch"]["not_modified"] is True and "council budget" in art.text


def test_last_modified_is_sent_back(server: HTTPServer) -> None:
    stamp = "Wed, 21 Oct 2015 07:28:00 GMT"
    got: list[str | None] = []

    def handler(request: Request) -> Response:
        got.append(request.headers.get("If-Modified-Since"))
        if request.headers.get("If-Modified-Since") == stamp:
            return Response(status=304)
        return Response(html(), content_type="text/html", headers={"Last-Modified": stamp})

    server.expect_request("/lm").respond_with_handler(handler)
    store = Store(":memory:")
    [art] = list(read_inputs([server.url_for("/lm")], fast(store=store)))
    with store.transaction():
        store.put_article(art)
    [again] = list(read_inputs([server.url_for("/lm")], fast(store=store)))
    list(read_inputs([server.url_for("/lm")], fast(store=store)))
    assert got == [None, stamp, stamp]  # a 304 without validators keeps the ones that hold
    assert again.text == art.text and again.signals["fetch"]["not_modified"]


# -- content types and charsets -------------------------------------------------------------------

GERMAN = ("Die größte Änderung betrifft die Bürger der Stadt, für die künftig höhere Gebühren gelten. "
          "Außerdem müssen Hausbesitzer über neue Regeln für Heizungen nachdenken. ") * 4
RUSSIAN = "Городской совет в четверг утвердил новый бюджет, увеличив расходы на общественный транспорт. " * 4


def test_wrong_declared_charset_is_corrected(server: HTTPServer) -> None:
    cyr = html("Бюджет", f"<p>{RUSSIAN}</p>", head='<meta charset="windows-1251">').encode("cp1251")
    server.expect_request("/cyr").respond_with_data(cyr, content_type="text/html; charset=utf-8")
    utf = html("Stadt", f"<p>{GERMAN}</p>").encode("utf-8")
    server.expect_request("/utf").respond_with_data(utf, content_type="text/html; charset=iso-8859-1")
    cyr_art, utf_art = read_inputs([server.url_for("/cyr"), server.url_for("/utf")], fast())
    assert "утвердил новый бюджет" in cyr_art.text
    assert "größte Änderung" in utf_art.text


def test_missing_charset_is_detected(server: HTTPServer) -> None:
    server.expect_request("/latin").respond_with_data(html("Stadt", f"<p>{GERMAN}</p>").encode("cp1252"),
                                                      content_type="text/html")
    server.expect_request("/cyr").respond_with_data(html("Бюджет", f"<p>{RUSSIAN}</p>").encode("cp1251"),
                                                    content_type="text/html")
    latin, cyr = read_inputs([server.url_for("/latin"), server.url_for("/cyr")], fast())
    assert "größte Änderung" in latin.text and "Bürger" in latin.text
    assert "утвердил новый бюджет" in cyr.text


def test_non_html_pages_are_reported_not_parsed(server: HTTPServer) -> None:
    server.expect_request("/img").respond_with_data(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    server.expect_request("/pdf").respond_with_data(b"%PDF-1.4 ...", content_type="application/pdf")
    server.expect_request("/blob").respond_with_data(b"\x00\x01binary", content_type="application/octet-stream")
    server.expect_request("/rss").respond_with_data("<rss version='2.0'><channel/></rss>",
                                                    content_type="application/rss+xml")
    items = list(read_inputs([server.url_for(p) for p in ("/img", "/pdf", "/blob", "/rss")], fast()))
    assert [type(i) for i in items] == [ItemError] * 4
    assert "not an HTML page (image/png)" in items[0].error
    assert "application/pdf" in items[1].error
    assert "--feed" in items[3].error


def test_plain_text_page_becomes_a_text_article(server: HTTPServer) -> None:
    server.expect_request("/t").respond_with_data("Headline\nFirst paragraph of the story.",
                                                  content_type="text/plain; charset=utf-8")
    [art] = list(read_inputs([server.url_for("/t")], fast()))
    assert isinstance(art, Article) and art.title == "Headline"


# -- concurrency, order, logging -------------------------------------------------------------------


def test_urls_are_fetched_concurrently_in_input_order_within_the_per_host_bound(server: HTTPServer) -> None:
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def slow(request: Request) -> Response:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        n = int(request.path.rsplit("/", 1)[1])
        time.sleep(0.1 + 0.03 * (n % 3))  # long enough to overlap even on a busy machine
        with lock:
            state["now"] -= 1
        return Response(f"Item {n}\nBody of item {n}.", content_type="text/plain")

    for n in range(12):
        server.expect_request(f"/n/{n}").respond_with_handler(slow)
    urls = [server.url_for(f"/n/{n}") for n in range(12)]
    items = list(read_inputs(urls + [urls[0]], fast(per_host=3, concurrency=10)))
    assert [i.id for i in items] == urls  # in order, and the repeated URL is read once
    assert state["peak"] == 3


def test_every_fetch_is_logged_in_the_store(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data(html(), content_type="text/html")
    server.expect_request("/b").respond_with_data("gone", status=404)
    store = Store(":memory:")
    list(read_inputs([server.url_for("/a"), server.url_for("/b")], fast(store=store)))
    rows = store.db.execute("SELECT url, status, bytes, error FROM fetches ORDER BY rowid").fetchall()
    assert rows[0][:2] == (server.url_for("/a"), 200) and rows[0][2] > 100 and rows[0][3] is None
    assert rows[1] == (server.url_for("/b"), 404, 0, "HTTP 404")


def test_user_agent_is_sent_and_configurable(server: HTTPServer) -> None:
    server.expect_request("/ua").respond_with_data(html(), content_type="text/html")
    agent = "newsroom-bot/2.0 (+https://example.org/contact)"
    list(read_inputs([server.url_for("/ua")], fast(user_agent=agent)))
    ua = [req.headers.get("User-Agent") for req, _ in server.log if req.path == "/ua"]
    assert ua == [agent]
    list(read_inputs([server.url_for("/ua")], ReadOptions(progress=False)))
    assert "+https://" in [req.headers.get("User-Agent") for req, _ in server.log if req.path == "/ua"][-1]


# -- fault injection ----------------------------------------------------------------------------------


def test_fault_injection_thousand_urls(server: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    """10% fail transiently (503/500/502/429), 2% permanently: every transient one is
    fetched, every permanent one listed with its error, nothing duplicated."""
    import logging

    caplog.set_level(logging.WARNING, logger="werkzeug")  # 1,100 access-log lines cost seconds
    calls: Counter = Counter()
    lock = threading.Lock()
    transient = {n for n in range(1000) if n % 10 == 3}
    permanent = {n for n in range(1000) if n % 50 == 7}

    def handler(request: Request) -> Response:
        n = int(request.path.rsplit("/", 1)[1])
        with lock:
            calls[n] += 1
            k = calls[n]
        if n in permanent:
            return Response("gone", status=404) if n % 100 == 7 else Response("down", status=503)
        if n in transient and k == 1:
            status = (503, 500, 429, 502)[n % 4]
            return Response("try again", status=status, headers={"Retry-After": "0"} if status == 429 else {})
        return Response(f"Story {n}\nText of story number {n}.", content_type="text/plain")

    server.expect_request(re.compile(r"^/s/\d+$")).respond_with_handler(handler)
    urls = [server.url_for(f"/s/{n}") for n in range(1000)]
    store = Store(":memory:")
    items = list(read_inputs(urls, fast(store=store, concurrency=32, per_host=32, retries=3, backoff=0.005, timeout=10.0)))
    assert [i.id if isinstance(i, Article) else i.input for i in items] == urls
    ok = {int(i.id.rsplit("/", 1)[1]) for i in items if isinstance(i, Article)}
    errors = {int(i.input.rsplit("/", 1)[1]): i.error for i in items if isinstance(i, ItemError)}
    assert ok == set(range(1000)) - permanent
    assert set(errors) == permanent
    assert all(e in ("HTTP 404", "HTTP 503 (after 4 attempts)") for e in errors.values())
    assert all(calls[n] == 2 for n in transient - permanent)
    assert store.db.execute("SELECT count(*), count(DISTINCT url) FROM fetches").fetchone() == (1000, 1000)


def test_fetch_urls_library_call(server: HTTPServer) -> None:
    server.expect_request("/x").respond_with_data("hi", content_type="text/plain")
    [res] = list(fetch_urls([server.url_for("/x")], FetchConfig(backoff=0.01)))
    assert res.ok and res.status == 200 and res.body == b"hi"


def test_progress_view_shows_done_failed_and_host_queues(monkeypatch) -> None:
    import io
    import sys

    from rich.console import Console

    from tracer.sources._fetch import FetchStats
    from tracer.sources.progress import _View, want_progress

    stats = FetchStats(submitted=10, done=6, failed=1, retries=2, queued={"https://a.example": 3})
    console = Console(record=True, width=100)
    console.print(_View(stats))
    out = console.export_text()
    assert "7/10" in out and "done 6" in out and "failed 1" in out and "https://a.example: 3 in queue" in out
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert want_progress(None) is False and want_progress(True) is True  # automatic: only on a terminal


def test_connection_refused_is_retried_until_the_server_comes_up() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    late = HTTPServer(host="127.0.0.1", port=port, threaded=True)
    late.expect_request("/robots.txt").respond_with_data("", status=404)
    late.expect_request("/up").respond_with_data(html(), content_type="text/html")
    timer = threading.Timer(1.0, late.start)
    timer.start()
    try:
        [art] = list(read_inputs([f"http://127.0.0.1:{port}/up"], fast(retries=6, backoff=0.1)))
    finally:
        timer.join()
        if late.is_running():
            late.stop()
    assert isinstance(art, Article) and art.signals["fetch"]["attempts"] > 1


def test_connection_refused_for_good_is_reported(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [err] = list(read_inputs([f"http://127.0.0.1:{port}/x"], fast(retries=1)))
    assert isinstance(err, ItemError) and err.error.startswith("connection failed: ConnectError")
    assert "(after 2 attempts)" in err.error


def test_binary_content_is_not_downloaded(server: HTTPServer) -> None:
    server.expect_request("/video").respond_with_data(b"\0" * 3_000_000, content_type="video/mp4")
    [res] = list(fetch_urls([server.url_for("/video")], FetchConfig(backoff=0.01)))
    assert res.ok and res.body == b"" and res.content_type == "video/mp4"
    [err] = list(read_inputs([server.url_for("/video")], fast()))
    assert isinstance(err, ItemError) and err.error == "not an HTML page (video/mp4)"


def test_malformed_urls_are_item_errors_without_network() -> None:
    bad = ["http://", "http://exa mple.com/", "http://[::1", "http://127.0.0.1:99999/"]
    items = list(read_inputs(bad, fast()))
    assert [i.input for i in items] == bad
    assert all(isinstance(i, ItemError) and i.error.startswith("invalid URL") for i in items)


def test_retry_after_holds_back_the_whole_host(server: HTTPServer) -> None:
    stamps: dict[str, list[float]] = {"/a": [], "/b": []}
    handler, _ = flaky([Response("slow down", status=429, headers={"Retry-After": "1"})],
                       Response(html(), content_type="text/html"))

    def timed(request: Request) -> Response:
        stamps[request.path].append(time.monotonic())
        return handler(request) if request.path == "/a" else Response(html(), content_type="text/html")

    server.expect_request("/a").respond_with_handler(timed)
    server.expect_request("/b").respond_with_handler(timed)
    items = list(read_inputs([server.url_for("/a"), server.url_for("/b")], fast(per_host=1)))
    assert all(isinstance(i, Article) for i in items)
    assert stamps["/b"][0] - stamps["/a"][0] >= 0.95  # /b waited for the host's Retry-After too


def test_progress_display_never_captures_redirected_stdout(monkeypatch) -> None:
    import io
    import sys

    from rich.console import Console

    from tracer.sources._fetch import FetchStats
    from tracer.sources.progress import FetchDisplay

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    display = FetchDisplay(FetchStats(), console=Console(file=io.StringIO(), force_terminal=True))
    display.start()
    assert display.running
    print("result line")
    display.stop()
    assert out.getvalue() == "result line\n"


def test_multi_member_gzip_and_raw_deflate_bodies_are_read(server: HTTPServer) -> None:
    import zlib

    page = html().encode()
    half = len(page) // 2
    server.expect_request("/members").respond_with_data(gzip.compress(page[:half]) + gzip.compress(page[half:]),
                                                        content_type="text/html", headers={"Content-Encoding": "gzip"})
    raw = zlib.compressobj(wbits=-15)
    server.expect_request("/deflate").respond_with_data(raw.compress(page) + raw.flush(), content_type="text/html",
                                                        headers={"Content-Encoding": "deflate"})
    members, deflated = read_inputs([server.url_for("/members"), server.url_for("/deflate")], fast())
    assert isinstance(members, Article) and isinstance(deflated, Article)
    assert members.signals["fetch"]["bytes"] == deflated.signals["fetch"]["bytes"] == len(page)
