"""Discovery (issue 19): tracing one URL with no corpus, on a local world of outlets.

The world (tests/discover_world.py) is one real HTTP server on 127.0.0.1 answering for
several host names, which the fetcher reaches through its explicit resolver. Each case
asserts the lineage found, how each source was found, and the requests made.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from discover_world import (
    A2_EN,
    A2_SQ,
    BROKEN,
    COURIER,
    GAZETTE,
    OTHER,
    OUTLETS,
    SELF_REF,
    VIA_REDIRECT,
    VOA_STORY,
    WIRE_STORY,
    WRONG_LINK,
    World,
    start_world,
    urlpath,
)

from tracer import Article, FetchConfig, ReadOptions
from tracer.api import trace
from tracer.discovery import Budget, discover, feed_items, load_outlets, page_leads, sitemap_items
from tracer.sources import fetch_urls
from tracer.sources._fetch import parse_resolve


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    w = start_world()
    yield w
    w.server.stop()


def opts(world: World) -> ReadOptions:
    return ReadOptions(fetch=FetchConfig(delay=0.0, retries=0, timeout=10.0, resolve=world.resolve), progress=False)


def run(world: World, url: str, **kw):
    """Trace `url` by discovery; the result and the (host, path) requests it made."""
    before = len(world.server.log)
    result = trace(url, options=opts(world), discover=True, outlets={"outlets": OUTLETS}, **kw)
    return result, world.requests()[before:]


# -- the resolver ---------------------------------------------------------------------------------
def test_resolver_sends_a_named_host_to_the_local_server_with_its_host_header(world: World) -> None:
    cfg = FetchConfig(delay=0.0, retries=0, resolve=world.resolve)
    before = len(world.server.log)
    [res] = list(fetch_urls([VOA_STORY], cfg))
    assert res.ok and b"Hegseth" in res.body
    assert world.requests()[before:] == [("voa.test", "/robots.txt"), ("voa.test", urlpath(VOA_STORY))]


def test_resolve_entries_parse_in_both_forms_and_bad_ones_are_refused() -> None:
    assert parse_resolve(["a.test=127.0.0.1:8080", "b.test:443:127.0.0.1:9443"]) == {
        "a.test": "127.0.0.1:8080", "b.test:443": "127.0.0.1:9443"}
    with pytest.raises(ValueError):
        parse_resolve(["a.test=127.0.0.1"])


# -- the floor: A2 CNN from its page alone --------------------------------------------------------
def test_seed_page_alone_finds_voa_in_its_feed_within_twenty_requests(world: World) -> None:
    result, reqs = run(world, A2_EN)
    lin = result.lineage
    assert lin.origin == VOA_STORY
    assert [(e.from_, e.to, e.kind) for e in lin.edges] == [(VOA_STORY, A2_EN, "verbatim")]
    assert result.passages[(A2_EN, VOA_STORY)]  # shared passages are the evidence
    assert result.discovery["found"][VOA_STORY]["how"] == "outlet feed"
    assert result.discovery["found"][VOA_STORY]["via"] == "http://voa.test/api/rss/world.xml"
    assert len(reqs) <= 20 and result.discovery["request_count"] == len(reqs)
    # robots.txt first on every host; the off-window and unrelated items are never fetched
    assert reqs[0] == ("a2news.com", "/robots.txt") and ("voa.test", "/robots.txt") in reqs
    assert ("voa.test", "/a/old-election.html") not in reqs and ("voa.test", "/a/comet-velmora.html") not in reqs
    assert not world.forbidden()
    assert {r["url"].split("/")[2] for r in result.discovery["requests"]} <= {"a2news.com", "voa.test"}


def test_translated_republication_finds_the_original_as_a_translation(world: World) -> None:
    result, reqs = run(world, A2_SQ)
    assert result.lineage.origin == VOA_STORY
    assert [(e.from_, e.kind) for e in result.lineage.edges] == [(VOA_STORY, "translation")]
    assert result.relations[VOA_STORY] == "translation"
    assert result.discovery["found"][VOA_STORY]["how"] == "outlet feed"
    assert len(reqs) <= 20


# -- an agency whose robots.txt forbids its feed ---------------------------------------------------
def test_credit_without_link_finds_the_wire_story_through_its_news_sitemap(world: World) -> None:
    result, reqs = run(world, COURIER)
    assert result.lineage.origin == WIRE_STORY
    assert [(e.from_, e.to, e.kind) for e in result.lineage.edges] == [(WIRE_STORY, COURIER, "verbatim")]
    found = result.discovery["found"][WIRE_STORY]
    assert found["how"] == "sitemap" and found["via"] == "http://wire.test/news-sitemap.xml"
    assert ("wire.test", "/rss.xml") not in reqs  # declared on the home page, forbidden by robots.txt
    assert not world.forbidden()
    assert any(r["url"] == "http://wire.test/rss.xml" and r["error"] == "disallowed by robots.txt"
               for r in result.discovery["requests"])


def test_a_link_to_an_unrelated_story_is_neither_fetched_nor_in_the_lineage(world: World) -> None:
    result, reqs = run(world, COURIER)
    assert not [r for r in reqs if r[0] == "other.test"]
    assert OTHER not in result.articles
    assert any(c["url"] == OTHER and c["how"] == "page link" for c in result.discovery["candidates"])


def test_credit_with_a_link_is_followed_without_reading_the_outlet_feeds(world: World) -> None:
    result, reqs = run(world, GAZETTE)
    assert result.lineage.origin == WIRE_STORY
    assert result.discovery["found"][WIRE_STORY] | {"score": 0} == {
        "url": WIRE_STORY, "how": "credit link", "via": GAZETTE, "lead": "credit line", "title": "Associated Press",
        "date": None, "org": "Associated Press", "score": 0}
    assert reqs == [("gazette.test", "/robots.txt"), ("gazette.test", urlpath(GAZETTE)),
                    ("wire.test", "/robots.txt"), ("wire.test", urlpath(WIRE_STORY))]


def test_the_request_budget_is_never_exceeded(world: World) -> None:
    result, reqs = run(world, A2_EN, max_requests=4)
    assert len(reqs) <= 4
    assert result.discovery["request_count"] <= 4
    assert VOA_STORY not in result.articles  # the budget ran out before the story was reached


# -- the pieces, without a network -------------------------------------------------------------------
def test_page_leads_read_isbasedon_original_source_and_a_cross_domain_canonical() -> None:
    from tracer.extract import extract_html

    html = ('<html><head><link rel="canonical" href="https://elsewhere.test/orig">'
            '<meta name="original-source" content="https://wire.test/a/1">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "isBasedOn": "https://voa.test/b/2"}'
            '</script></head><body><article><h1>T</h1><p>' + "Words of the story. " * 30 +
            '</p><p><a href="https://x.test/read">Read the original</a></p></article></body></html>')
    art = extract_html(html, id="p", url="https://copy.test/p")
    leads = {c.url: (c.how, c.lead) for c in page_leads(art, load_outlets({"outlets": OUTLETS}))}
    assert leads == {"https://voa.test/b/2": ("credit link", "isBasedOn"),
                     "https://wire.test/a/1": ("credit link", "original-source"),
                     "https://elsewhere.test/orig": ("credit link", "canonical"),
                     "https://x.test/read": ("credit link", "credit line")}


def test_feeds_and_sitemaps_are_read_as_candidates_and_entity_bombs_are_refused() -> None:
    from discover_world import news_sitemap, rss

    items = feed_items(rss([("A title", "/a/1", "Mon, 09 Mar 2026 15:00:00 GMT", "<b>Sum</b>mary")]).encode(),
                       "http://n.test/feed")
    assert [(c.url, c.title, c.summary, c.date[:10]) for c in items] == [
        ("http://n.test/a/1", "A title", "Sum mary", "2026-03-09")]
    found, kids = sitemap_items(news_sitemap([("http://n.test/a/2", "T2", "2026-03-09T10:00:00Z")]).encode(), "x")
    assert [(c.url, c.title, c.date) for c in found] == [("http://n.test/a/2", "T2", "2026-03-09T10:00:00Z")]
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset><url><loc>http://n.test/&a;</loc></url></urlset>'
    assert sitemap_items(bomb, "x") == ([], [])
    index = (b'<sitemapindex><sitemap><loc>http://n.test/news.xml</loc></sitemap>'
             b'<sitemap><loc>ftp://n.test/x.xml</loc></sitemap></sitemapindex>')
    assert sitemap_items(index, "x")[1] == [("http://n.test/news.xml", None)]


def test_discover_without_credits_or_links_asks_nothing(world: World) -> None:
    art = Article(id="x", text="A story that credits nobody and links nowhere.", url="http://lonely.test/x",
                  title="Lonely story", html="<html><body><p>A story.</p></body></html>")
    before = len(world.server.log)
    assert discover(art, opts(world), outlets={"outlets": OUTLETS}, budget=Budget(max_requests=5)) == []
    assert len(world.server.log) == before


# -- the command ------------------------------------------------------------------------------------
def test_cli_trace_url_discovers_by_default_and_prints_a2_from_voa(world: World, tmp_path: Path) -> None:
    outlets = tmp_path / "outlets.json"
    outlets.write_text(json.dumps({"outlets": OUTLETS}), "utf-8")
    args = [sys.executable, "-m", "tracer", "trace", A2_EN, "--outlets", str(outlets)]
    for host, target in world.resolve.items():
        args += ["--resolve", f"{host}={target}"]
    proc = subprocess.run([*args, "--format", "json"], capture_output=True, text=True,
                          env={**__import__("os").environ, "TRACER_DB": ""})
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert d["lineage"]["origin"] == VOA_STORY
    assert d["discovery"]["found"][VOA_STORY]["how"] == "outlet feed"
    text = subprocess.run(args, capture_output=True, text=True, env={**__import__("os").environ, "TRACER_DB": ""})
    assert text.returncode == 0, text.stderr
    assert "A2 CNN ← VOA" in text.stdout and "shared passages" in text.stdout
    assert f"{VOA_STORY} found by outlet feed" in text.stdout


def test_a_store_holding_the_story_answers_without_reading_the_outlet(world: World, tmp_path: Path) -> None:
    from tracer.api import dedup

    db = str(tmp_path / "t.db")
    dedup([VOA_STORY, "http://voa.test/a/comet-velmora.html"], opts(world), db=db)  # an earlier crawl
    result, reqs = run(world, A2_EN, db=db)
    assert result.lineage.origin == VOA_STORY
    assert result.discovery["found"][VOA_STORY]["how"] == "store"
    assert reqs == [("a2news.com", "/robots.txt"), ("a2news.com", urlpath(A2_EN))]
    assert "http://voa.test/a/comet-velmora.html" not in {e.from_ for e in result.lineage.edges}


def test_an_outlet_that_is_all_faults_costs_requests_not_the_run(world: World) -> None:
    before = len(world.server.log)
    junk = {**OUTLETS, "Reuters": {"home": "http://junk.test/", "domains": ["junk.test"]}}
    result = trace(BROKEN, options=opts(world), discover=True, outlets={"outlets": junk})
    reqs = world.requests()[before:]
    assert [(e.from_, e.kind) for e in result.lineage.edges] == [("org:Reuters", "declared")]  # the credit alone
    assert list(result.articles) == [BROKEN]
    assert ("junk.test", "/feed") in reqs and ("junk.test", "/sitemap.xml") in reqs
    assert result.discovery["candidates"] == [] and result.discovery["found"] == {}


def test_a_cue_must_open_the_paragraph_and_a_canonical_on_the_same_site_is_the_page_itself() -> None:
    from tracer.extract import extract_html

    html = ('<html><head><link rel="canonical" href="https://www.copy.test/p"></head><body><article><h1>T</h1><p>'
            + "Words of the story. " * 30 + '</p><p>Source: <a href="https://wire.test/s">the wire</a></p>'
            '<p>Watch the launch via <a href="https://video.test/v">our live stream</a> tonight.</p>'
            '<nav><a href="https://wire.test/menu">Source</a></nav></article></body></html>')
    art = extract_html(html, id="p", url="https://m.copy.test/p")
    leads = {c.url: c.how for c in page_leads(art, load_outlets({"outlets": OUTLETS}))}
    assert leads == {"https://wire.test/s": "credit link", "https://video.test/v": "page link"}


def test_the_edition_in_the_article_language_is_read_first_then_the_main_outlet(world: World) -> None:
    voa = {**OUTLETS["Voice of America"], "editions": {"sq": "http://zeri.test/"}}
    before = len(world.server.log)
    result = trace(A2_SQ, options=opts(world), discover=True,
                   outlets={"outlets": {**OUTLETS, "Voice of America": voa}})
    reqs = world.requests()[before:]
    hosts = [h for h, _p in reqs]
    assert hosts.index("zeri.test") < hosts.index("voa.test")
    assert ("zeri.test", "/rss.xml") in reqs and ("zeri.test", "/a/kometa.html") not in reqs
    assert result.lineage.origin == VOA_STORY and len(reqs) <= 20


def test_a_link_to_the_original_that_redirects_back_to_the_page_is_not_its_source(world: World) -> None:
    result, reqs = run(world, SELF_REF)
    assert ("gazette.test", "/go/notes") in reqs
    assert list(result.articles) == [SELF_REF] and result.lineage.edges == []


def test_progress_reports_each_request_with_the_budget_spent(world: World) -> None:
    msgs: list[str] = []
    result, _reqs = run(world, GAZETTE, progress=msgs.append)
    assert len(msgs) == len(result.discovery["requests"]) == 2
    assert msgs[0].startswith("0/20 requests") and "the article: " + GAZETTE in msgs[0]
    assert msgs[1].startswith("2/20 requests") and WIRE_STORY in msgs[1]


def test_a_credit_link_through_a_redirect_counts_every_request_it_costs(world: World) -> None:
    result, reqs = run(world, VIA_REDIRECT)
    assert result.lineage.origin == WIRE_STORY
    assert reqs == [("gazette.test", "/robots.txt"), ("gazette.test", urlpath(VIA_REDIRECT)),
                    ("gazette.test", "/go/wire"), ("wire.test", "/robots.txt"), ("wire.test", urlpath(WIRE_STORY))]
    assert result.discovery["request_count"] == len(reqs)


def test_a_credit_link_to_another_story_does_not_stop_the_search_at_the_outlet(world: World) -> None:
    result, reqs = run(world, WRONG_LINK)
    assert ("wire.test", "/article/velmora-comet") in reqs  # the link is followed…
    assert result.lineage.origin == WIRE_STORY  # …and the outlet's sitemap still finds the story
    assert result.discovery["found"][WIRE_STORY]["how"] == "sitemap"
    assert "http://wire.test/article/velmora-comet" not in {e.from_ for e in result.lineage.edges}


def test_discover_is_a_function_of_the_package_even_after_the_module_is_loaded() -> None:
    import tracer
    import tracer.discovery  # noqa: F401

    assert tracer.discover is tracer.discovery.discover and tracer.Candidate is tracer.discovery.Candidate


def test_a_gzipped_news_sitemap_is_read_with_its_news_title_not_an_image_title() -> None:
    import gzip

    xml = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
           b'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url><loc>http://n.test/a</loc>'
           b'<image:image><image:loc>http://n.test/i.jpg</image:loc><image:title>A photo</image:title></image:image>'
           b'<news:news><news:publication_date>2026-03-09</news:publication_date><news:title>The story</news:title>'
           b'</news:news></url></urlset>')
    found, _kids = sitemap_items(gzip.compress(xml), "http://n.test/sitemap.xml.gz")
    assert [(c.url, c.title, c.date) for c in found] == [("http://n.test/a", "The story", "2026-03-09")]
    assert sitemap_items(b"\x1f\x8b not really gzip", "x") == ([], [])
