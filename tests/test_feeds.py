"""`tracer feeds`: one entry per story across feeds written here; --db memory; malformed feeds."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import feedparser
import pytest
from typer.testing import CliRunner

from tracer.cli import app
from tracer.feeds import FeedItem, feeds, iso_date, normalize_link, same_story

runner = CliRunner()
T0 = datetime(2026, 2, 17, 9, 0, tzinfo=UTC)

WIRE_LEDE = ("The city council voted on Tuesday to approve a new budget that raises spending on public transport "
             "by twelve percent, with three new bus lines and an extended tram service to the northern districts.")
WIRE_MORE = " Opposition members argued that the increase would force the city to borrow more."
OWN_REPORT = ("Councillors spent more than six hours arguing over the transport budget before it passed. "
              "Residents of the northern districts, who have waited years for a tram, cheered from the gallery.")
COMET = ("A rare comet will be visible to the naked eye this weekend for the first time in nearly seven decades, "
         "astronomers said on Monday.")
QUOTE_A = ('Local traders reacted with caution. "We have waited a long time for the trams and we will believe it '
           'when we see them running," said the head of the chamber of commerce.')
QUOTE_B = ('The opposition leader was unimpressed. "We have waited a long time for the trams and we will believe it '
           'when we see them running," she said, repeating a line from the traders.')


def rss(title: str, items: list[dict]) -> str:
    """An RSS 2.0 feed; items: title, link, summary, hours (after T0), guid."""
    out = []
    for it in items:
        when = format_datetime(T0 + timedelta(hours=it.get("hours", 0)))
        out.append(f"<item><title>{escape(it['title'])}</title><link>{escape(it['link'])}</link>"
                   f"<guid>{escape(it.get('guid', it['link']))}</guid><pubDate>{when}</pubDate>"
                   f"<description>{escape(it['summary'])}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>https://example.org/</link><description>x</description>{''.join(out)}</channel></rss>")


def atom(title: str, items: list[dict]) -> str:
    out = []
    for it in items:
        when = (T0 + timedelta(hours=it.get("hours", 0))).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append(f"<entry><title>{escape(it['title'])}</title><link href=\"{escape(it['link'])}\"/>"
                   f"<id>{escape(it.get('guid', it['link']))}</id><updated>{when}</updated>"
                   f"<summary>{escape(it['summary'])}</summary></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:x</id><updated>2026-02-17T00:00:00Z</updated>"
            f"{''.join(out)}</feed>")


@pytest.fixture
def feed_dir(tmp_path: Path) -> Path:
    d = tmp_path / "feeds"
    d.mkdir()
    (d / "wire.rss").write_text(rss("Wire Service", [
        {"title": "Council approves transport budget", "link": "https://wire.example/budget",
         "summary": WIRE_LEDE + WIRE_MORE, "hours": 0},
        {"title": "Comet visible this weekend", "link": "https://wire.example/comet", "summary": COMET, "hours": 1},
    ]), "utf-8")
    (d / "daily.rss").write_text(rss("Daily Bugle", [
        # the wire lede, cut short with an ellipsis, under another headline, later
        {"title": "Buses and trams: city spends more", "link": "https://bugle.example/a1?utm_source=rss",
         "summary": WIRE_LEDE[:150] + "…", "hours": 3},
        # the Bugle's own report on the same event: same topic, different text
        {"title": "Council approves transport budget", "link": "https://bugle.example/a2",
         "summary": OWN_REPORT, "hours": 4},
        {"title": "Traders cautious", "link": "https://bugle.example/a3", "summary": QUOTE_A, "hours": 5},
    ]), "utf-8")
    (d / "herald.atom").write_text(atom("Metro Herald", [
        {"title": "Transport budget passes", "link": "https://herald.example/x", "summary": WIRE_LEDE, "hours": 2},
        # the same item listed twice
        {"title": "Transport budget passes", "link": "https://herald.example/x", "summary": WIRE_LEDE, "hours": 2},
        {"title": "Opposition unimpressed", "link": "https://herald.example/y", "summary": QUOTE_B, "hours": 6},
    ]), "utf-8")
    return d


def titles(result) -> list[list[str]]:
    return sorted(sorted(i.title for i in s.items) for s in result.stories)


def test_copies_of_one_story_merge_and_own_reports_stay_apart(feed_dir: Path) -> None:
    res = feeds([str(feed_dir)])
    # the item the Herald lists twice is read once (the feed source drops repeated (feed, link) items)
    assert res.stats["items"] == 7
    budget = next(s for s in res.stories if len(s.items) > 1)
    assert [i.outlet for i in budget.items] == ["Wire Service", "Metro Herald", "Daily Bugle"]
    assert budget.lead.link == "https://wire.example/budget"  # the earliest item first
    # the own report (same headline as the wire!), the comet and the two items sharing a quote stay alone
    singles = sorted(s.lead.title for s in res.stories if len(s.items) == 1)
    assert singles == ["Comet visible this weekend", "Council approves transport budget", "Opposition unimpressed",
                       "Traders cautious"]
    own = next(s for s in res.stories if s.lead.link == "https://bugle.example/a2")
    assert own.id != budget.id


def test_same_headline_alone_is_not_enough() -> None:
    a = FeedItem("f1", "1", "https://a.example/1", "Storm hits the coast", None, "A", "Heavy rain fell overnight "
                 "across the region and several roads were closed by flooding, officials said.")
    b = FeedItem("f2", "2", "https://b.example/2", "Storm hits the coast", None, "B", "Wind gusts of up to 120 "
                 "kilometres an hour tore roofs off houses in three fishing villages on Sunday.")
    assert same_story(a, b) is None


def test_near_identical_headline_with_a_shared_run_of_words_is_the_same_story() -> None:
    a = FeedItem("f1", "1", "https://a.example/1", "Macron holds talks with Modi to boost ties", None, "A",
                 "French President Emmanuel Macron met India's Prime Minster Narendra Modi on Tuesday for talks…")
    b = FeedItem("f2", "2", "https://b.example/2", "France's Macron holds talks with Modi to boost ties", None, "B",
                 "Macron has held talks with India's Prime Minster Narendra Modi to deepen trade and defence ties")
    assert same_story(a, b) is not None


def test_malformed_feed_is_reported_and_the_others_merged(feed_dir: Path) -> None:
    (feed_dir / "broken.xml").write_text("this is <not a feed", "utf-8")
    result = runner.invoke(app, ["feeds", str(feed_dir), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(ln) for ln in result.stdout.splitlines()]
    errors = [r for r in rows if r.get("errors")]
    stories = [r for r in rows if r.get("story")]
    assert len(errors) == 1 and errors[0]["errors"][0]["input"].endswith("broken.xml")
    assert len(stories) == 5 and max(len(s["items"]) for s in stories) == 3
    assert "broken.xml" in result.stderr


def test_jsonl_follows_the_contract(feed_dir: Path) -> None:
    result = runner.invoke(app, ["feeds", str(feed_dir / "wire.rss"), str(feed_dir / "daily.rss"), "-f", "jsonl"])
    rows = [json.loads(ln) for ln in result.stdout.splitlines()]
    story = next(r for r in rows if len(r["items"]) == 2)
    assert set(story) >= {"story", "title", "link", "published", "items"}
    assert story["published"] == "2026-02-17T09:00:00Z"
    assert set(story["items"][0]) == {"feed", "id", "link", "title", "published", "outlet"}
    assert [i["outlet"] for i in story["items"]] == ["Wire Service", "Daily Bugle"]


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_atom_and_rss_output_parse_with_one_entry_per_story(feed_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["feeds", str(feed_dir), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo and len(parsed.entries) == 5
    budget = next(e for e in parsed.entries if e.link == "https://wire.example/budget")
    text = budget.get("summary", "") or budget.content[0].value
    assert "Daily Bugle" in text and "Metro Herald" in text
    if fmt == "atom":
        assert {ln.href for ln in budget.links if ln.rel == "related"} >= {"https://herald.example/x"}


def test_untrusted_item_text_is_escaped_in_every_format(tmp_path: Path) -> None:
    evil = 'Fire & <script>alert("x")</script> ]]> news'
    (tmp_path / "f.rss").write_text(rss("Evil <Outlet>", [
        {"title": evil, "link": "https://e.example/1?a=1&b=2", "summary": COMET}]), "utf-8")
    for fmt, path in (("atom", "{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title"),
                      ("rss", "channel/item/title")):
        out = runner.invoke(app, ["feeds", str(tmp_path / "f.rss"), "-f", fmt]).stdout
        assert "<script>" not in out
        root = ET.fromstring(out.split("\n", 1)[1])  # well-formed XML whatever the items hold
        assert root.find(path).text == evil
    row = json.loads(runner.invoke(app, ["feeds", str(tmp_path / "f.rss"), "-f", "jsonl"]).stdout)
    assert row["title"] == evil and row["link"] == "https://e.example/1?a=1&b=2"


def test_second_run_with_db_emits_nothing_new(feed_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    first = feeds([str(feed_dir)], db=db)
    assert len(first.stories) == 5
    assert feeds([str(feed_dir)], db=db).stories == []
    # later: another outlet runs the wire story (not new) and a new story appears
    (feed_dir / "late.rss").write_text(rss("Late Outlet", [
        {"title": "Budget news", "link": "https://late.example/1", "summary": WIRE_LEDE, "hours": 9},
        {"title": "Comet photographed", "link": "https://late.example/2", "hours": 10,
         "summary": "Amateur astronomers photographed the comet from a hilltop observatory late on Saturday night."},
    ]), "utf-8")
    third = feeds([str(feed_dir)], db=db)
    assert [s.lead.title for s in third.stories] == ["Comet photographed"]
    result = runner.invoke(app, ["feeds", str(feed_dir), "--db", db, "-f", "jsonl"])
    assert result.exit_code == 0 and result.stdout.strip() == ""


def test_feed_over_http(httpserver, feed_dir: Path) -> None:
    httpserver.expect_request("/wire.rss").respond_with_data((feed_dir / "wire.rss").read_bytes(),
                                                            content_type="application/rss+xml")
    httpserver.expect_request("/gone.rss").respond_with_data("nope", status=404)
    res = feeds([httpserver.url_for("/wire.rss"), httpserver.url_for("/gone.rss"), str(feed_dir / "daily.rss")])
    assert len(res.errors) == 1 and "404" in res.errors[0].error
    merged = [s for s in res.stories if len(s.items) > 1]
    assert len(merged) == 1 and merged[0].lead.feed.startswith("http://")


def test_dates_and_links_normalise() -> None:
    assert iso_date("Tue, 17 Feb 2026 10:00:00 +0100") == "2026-02-17T09:00:00Z"
    assert iso_date("2026-02-17T09:00:00Z") == "2026-02-17T09:00:00Z"
    assert iso_date("yesterday") is None  # undated, never compared as text (issue 18)
    assert normalize_link("http://www.Example.org/a/?utm_source=x&id=3#top") == "https://example.org/a?id=3"


def test_a_busy_store_is_a_clear_error_not_a_traceback(feed_dir: Path, tmp_path: Path, monkeypatch) -> None:
    import threading

    from tests.test_store import hold_write_lock
    from tracer.errors import StoreError

    db = tmp_path / "busy.db"
    feeds([str(feed_dir)], db=str(db))  # creates the store and its feed table
    (feed_dir / "new.rss").write_text(rss("New Outlet", [
        {"title": "Ferry strike", "link": "https://new.example/1", "hours": 2,
         "summary": "Ferry crews walked out at dawn over pay, stranding hundreds of island passengers."}]), "utf-8")
    release = threading.Event()
    t = hold_write_lock(db, release)
    try:
        monkeypatch.setenv("TRACER_DB_TIMEOUT", "0.2")
        with pytest.raises(StoreError, match="busy"):
            feeds([str(feed_dir)], db=str(db))
        result = runner.invoke(app, ["feeds", str(feed_dir), "--db", str(db), "-f", "jsonl"])
    finally:
        release.set()
        t.join()
    assert result.exit_code == 2 and "is busy" in result.stderr
    assert [s.lead.title for s in feeds([str(feed_dir)], db=str(db)).stories] == ["Ferry strike"]


def test_a_story_whose_items_match_in_a_chain_stays_one_story() -> None:
    from tracer.feeds import group_stories

    s = ["The harbour authority closed the northern pier on Monday after inspectors found cracks in its pilings.",
         "Ferries will dock at the southern terminal until engineers have assessed the damage to the structure.",
         "The pier was rebuilt eleven years ago at a cost of forty million and carries most of the island freight.",
         "Freight companies warned that deliveries of fuel and food to the outer islands could be delayed all week.",
         "A spokesman for the authority said a full report on the state of the pier would be published in May.",
         "Island councillors asked the government to pay for temporary moorings while the pier stays shut."]
    # each summary keeps two of the three sentences of the one before; the first and last share none
    texts = [" ".join(s[k:k + 3]) for k in range(4)]
    heads = ["Northern pier shut", "Cracks close island pier", "Freight warning after pier closure",
             "Report on damaged pier due in May"]
    items = [FeedItem(f"f{k}", str(k), f"https://outlet{k}.example/pier", heads[k],
                      f"2026-02-17T0{k}:00:00Z", f"Outlet {k}", t) for k, t in enumerate(texts)]
    items.append(FeedItem("f9", "9", "https://other.example/x", "Comet seen", "2026-02-17T09:00:00Z", "Other",
                          "Astronomers in three countries photographed a bright comet low over the horizon."))
    stories = group_stories(items)
    assert sorted(len(st.items) for st in stories) == [1, 4]  # the pier story whole, the comet alone
