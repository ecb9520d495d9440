"""Feeds as a source: item identity, hostile and broken feeds, fetching over HTTP, full pages."""

from __future__ import annotations

import time
from pathlib import Path

from pytest_httpserver import HTTPServer

from tracer import Article, ItemError, ReadOptions, read_inputs
from tracer.sources import FetchConfig
from tracer.sources.feeds import entity_attack, normalise_link

PARA = "The regional parliament passed the water bill after a long night of debate in the capital. " * 6


def rss(items: list[tuple[str | None, str | None, str]], title: str = "Daily Wire Feed") -> str:
    parts = []
    for guid, link, text in items:
        g = f"<guid>{guid}</guid>" if guid else ""
        ln = f"<link>{link}</link>" if link else ""
        parts.append(f"<item><title>{text[:30]}</title>{g}{ln}<description>{text}</description>"
                     "<pubDate>Tue, 17 Feb 2026 09:00:00 GMT</pubDate></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.org/</link>{''.join(parts)}</channel></rss>")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title><id>urn:x</id>
<updated>2026-02-17T10:00:00Z</updated>
<entry><title>Storm hits coast</title><id>urn:uuid:1</id><link href="https://atom.example/storm"/>
<updated>2026-02-17T10:00:00Z</updated><content type="html">&lt;p&gt;A storm hit the coast overnight.&lt;/p&gt;</content></entry>
</feed>"""

BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
                    "<description>&lol9;</description></item></channel></rss>")


def fast(**kw) -> ReadOptions:
    return ReadOptions(fetch=FetchConfig(timeout=10.0, backoff=0.01, delay=0.0), progress=False, **kw)


def test_rss_and_atom_items_become_articles(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_text(rss([("g1", "https://ex.org/one", PARA)]), "utf-8")
    (tmp_path / "b.atom").write_text(ATOM, "utf-8")
    one, storm = read_inputs([str(tmp_path / "a.rss"), str(tmp_path / "b.atom")], fast())
    assert one.publisher == "Daily Wire Feed" and "water bill" in one.text
    assert one.signals["feed"]["guid"] == "g1" and one.signals["feed"]["published"] == "2026-02-17T09:00:00Z"
    assert storm.url == "https://atom.example/storm" and "storm hit the coast" in storm.text


def test_item_identity_guid_then_normalised_link(tmp_path: Path) -> None:
    items = [("g1", "https://ex.org/one?utm_source=rss&utm_medium=feed", PARA),
             ("g1", "https://ex.org/one", PARA),                                 # same guid again
             ("g2", "https://ex.org/one#comments", PARA),                        # same page, other guid
             (None, "https://ex.org/two?id=5&utm_campaign=x", "Second story " + PARA),
             (None, "https://ex.org/two?id=5", "Second story " + PARA),         # same link sans tracking
             (None, "https://ex.org/three?id=6", "Third story " + PARA)]
    (tmp_path / "f.rss").write_text(rss(items), "utf-8")
    (tmp_path / "g.rss").write_text(rss([("other", "https://ex.org/three?id=6&utm_source=x", PARA)],
                                        title="Same outlet, other section"), "utf-8")
    read = list(read_inputs([str(tmp_path / "f.rss"), str(tmp_path / "g.rss")], fast()))
    got = [a for a in read if isinstance(a, Article)]  # the bare & in the links also makes a malformed-feed warning
    assert [a.id for a in got] == ["https://ex.org/one", "https://ex.org/two?id=5", "https://ex.org/three?id=6"]
    assert got[0].url == "https://ex.org/one?utm_source=rss&utm_medium=feed"  # the link as published


def test_items_without_guid_or_link_get_stable_distinct_ids(tmp_path: Path) -> None:
    (tmp_path / "f.rss").write_text(rss([(None, None, "First " + PARA), (None, None, "Second " + PARA)]), "utf-8")
    a = [x.id for x in read_inputs([str(tmp_path / "f.rss")], fast())]
    b = [x.id for x in read_inputs([str(tmp_path / "f.rss")], fast())]
    assert a == b and len(set(a)) == 2


def test_normalise_link_strips_tracking_and_fragment() -> None:
    assert normalise_link("https://Ex.org/a?utm_source=x&b=1#top") == "https://ex.org/a?b=1"
    assert normalise_link("  ") is None


def test_billion_laughs_feed_is_refused_quickly(tmp_path: Path) -> None:
    p = tmp_path / "lol.xml"
    p.write_text(BILLION_LAUGHS, "utf-8")
    assert entity_attack(BILLION_LAUGHS.encode())
    started = time.monotonic()
    [err] = list(read_inputs([str(p)], fast()))
    assert time.monotonic() - started < 2
    assert isinstance(err, ItemError) and "entity-expansion" in err.error


def test_broken_and_non_xml_feeds_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "html.xml").write_text("<html><body><p>Just a page</p></body></html>", "utf-8")
    (tmp_path / "bin.rss").write_bytes(b"\x00\x01\x02 not xml at all \xff")
    (tmp_path / "cut.rss").write_text(rss([("g1", "https://ex.org/a", PARA), ("g2", "https://ex.org/b", PARA)])[:-40],
                                      "utf-8")
    (tmp_path / "ok.rss").write_text(rss([("g9", "https://ex.org/z", PARA)]), "utf-8")
    got = list(read_inputs([str(tmp_path / n) for n in ("html.xml", "bin.rss", "cut.rss", "ok.rss")], fast()))
    errors = [g for g in got if isinstance(g, ItemError)]
    arts = [g for g in got if isinstance(g, Article)]
    assert {e.input for e in errors} >= {str(tmp_path / "html.xml"), str(tmp_path / "bin.rss")}
    assert all("not a readable feed" in e.error or "malformed feed" in e.error for e in errors)
    assert [e.input for e in errors if "malformed feed" in e.error] == [str(tmp_path / "cut.rss")]
    assert "https://ex.org/z" in [a.id for a in arts]            # the good feed after the bad ones
    assert "https://ex.org/a" in [a.id for a in arts]            # a cut feed keeps its complete items


def test_feed_url_is_fetched_and_items_pages_on_request(server: HTTPServer) -> None:
    page = (f"<html><head><title>Water bill</title><link rel='canonical' href='{server.url_for('/story/1')}'>"
            f"</head><body><article><h1>Water bill</h1><p>{PARA}</p><p>Full text only on the page.</p>"
            "</article></body></html>")
    server.expect_request("/story/1").respond_with_data(page, content_type="text/html")
    server.expect_request("/story/2").respond_with_data("gone", status=404)
    server.expect_request("/feed").respond_with_data(
        rss([("g1", server.url_for("/story/1") + "?utm_source=rss", "Short teaser."),
             ("g2", server.url_for("/story/2"), "Teaser two, page is gone.")]), content_type="application/rss+xml")
    plain = list(read_inputs([server.url_for("/feed")], fast(feed=True)))
    assert ["Short teaser." in a.text for a in plain] == [True, False]
    assert not any("Full text only" in a.text for a in plain)
    full = list(read_inputs([server.url_for("/feed")], fast(feed=True, fetch_pages=True)))
    assert "Full text only on the page." in full[0].text
    assert full[0].id == plain[0].id and full[0].signals["feed"]["page"] is True
    assert full[1].text == plain[1].text
    assert any("HTTP 404" in e.error for e in full[1].errors)


def test_feed_fetch_failure_is_an_item_error(server: HTTPServer) -> None:
    server.expect_request("/nofeed").respond_with_data("no", status=410)
    server.expect_request("/html").respond_with_data("<html><body>hello</body></html>", content_type="text/html")
    got = list(read_inputs([server.url_for("/nofeed"), server.url_for("/html")], fast(feed=True)))
    assert [type(g) for g in got] == [ItemError, ItemError]
    assert "HTTP 410" in got[0].error and "not a readable feed" in got[1].error
