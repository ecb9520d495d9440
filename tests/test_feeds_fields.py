"""`tracer feeds` reads the feed's own fields; pages only with --fetch-pages (issue 20)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from tracer.feeds import _candidates, _prepare, feeds
from tracer.sources import FetchConfig, ReadOptions
from tracer.sources.feeds import snippet_text

TEASER = "Engineers reopened the northern tunnel after a week of repairs to its ventilation shafts."
PAGE_ONLY = "The full report names the contractor and the cost of the repairs."


def rss(link: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Valley Courier</title>'
            "<link>https://courier.example/</link><language>en-gb</language>"
            f"<item><title>Tunnel reopens</title><guid>t-1</guid><link>{link}</link>"
            f"<description><![CDATA[{body}]]></description>"
            "<pubDate>Tue, 17 Feb 2026 09:30:00 GMT</pubDate></item></channel></rss>")


def opts(**kw) -> ReadOptions:
    # the item links point at the local test server: a private address the fetch policy refuses by default
    return ReadOptions(fetch=FetchConfig(timeout=10.0, backoff=0.01, delay=0.0, allow_private=True), progress=False,
                       feed=True, **kw)


def test_items_come_from_the_feed_fields_without_fetching_pages(server: HTTPServer, tmp_path: Path) -> None:
    server.expect_request("/tunnel").respond_with_data(
        f"<html><body><article><h1>Tunnel</h1><p>{TEASER}</p><p>{PAGE_ONLY}</p></article></body></html>",
        content_type="text/html")
    feed = tmp_path / "courier.rss"
    feed.write_text(rss(server.url_for("/tunnel"), f"<p>{TEASER}</p><script>bad()</script>"), "utf-8")
    (story,) = feeds([str(feed)], opts()).stories
    item = story.lead
    assert item.title == "Tunnel reopens" and item.link == server.url_for("/tunnel")
    assert item.published == "2026-02-17T09:30:00Z" and item.outlet == "Valley Courier"
    assert item.summary == TEASER  # markup and script gone
    assert not [r for r, _ in server.log if r.path == "/tunnel"]  # no page was fetched
    (story,) = feeds([str(feed)], opts(fetch_pages=True)).stories
    assert PAGE_ONLY in story.lead.summary
    assert [r for r, _ in server.log if r.path == "/tunnel"]


def test_feeds_cli_has_fetch_pages(server: HTTPServer, tmp_path: Path) -> None:
    server.expect_request("/tunnel").respond_with_data(
        f"<html><body><article><h1>Tunnel</h1><p>{TEASER}</p><p>{PAGE_ONLY}</p></article></body></html>",
        content_type="text/html")
    feed = tmp_path / "courier.rss"
    feed.write_text(rss(server.url_for("/tunnel"), TEASER), "utf-8")
    base = [sys.executable, "-m", "tracer", "feeds", str(feed), "-f", "jsonl"]
    plain = subprocess.run(base, capture_output=True, text=True)
    assert plain.returncode == 0, plain.stderr
    assert PAGE_ONLY not in plain.stdout and TEASER in plain.stdout
    full = subprocess.run([*base, "--fetch-pages", "--allow-private"], capture_output=True, text=True)
    assert full.returncode == 0, full.stderr
    assert PAGE_ONLY in full.stdout


def test_snippet_text_keeps_blocks_and_drops_markup() -> None:
    assert snippet_text("<p>One &amp; two</p><p>Three<br>four</p>") == "One & two\nThree\nfour"
    assert snippet_text("<div>kept<script>x()</script> tail <!-- note -->end</div>") == "kept tail end"
    assert snippet_text("no\u200b markup &lt;b&gt;") == "no markup <b>"
    assert snippet_text("<div>" * 3000 + "deep text" + "</div>" * 3000) == "deep text"
    assert snippet_text("") == "" and snippet_text("<p></p>") == ""


def test_vectorised_candidate_counts_match_the_pair_loop() -> None:
    from collections import defaultdict

    from tracer.feeds import COMMON_SHINGLE, TITLE_MIN_RUN, FeedItem

    words = [f"w{i}" for i in range(60)]
    items = [FeedItem(feed="f", id=str(k), link=f"https://x.example/{k}", title=None, published=None, outlet=None,
                      summary=" ".join(words[k % 7: k % 7 + 20 + k % 5])) for k in range(40)]
    got = _candidates(items)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        _prepare(it)
        for s in it._shingles:
            postings[s].append(i)
    for group in postings.values():
        if 1 < len(group) <= COMMON_SHINGLE:
            for x in range(len(group)):
                for y in range(x + 1, len(group)):
                    counts[group[x], group[y]] += 1
    assert got == {p: n for p, n in counts.items() if n >= TITLE_MIN_RUN - 2}
    assert got
