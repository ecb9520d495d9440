"""A local world of outlets for discovery tests and the discovery benchmark.

Several outlets (distinct host names) are served by one pytest-httpserver on 127.0.0.1;
the fetcher reaches them through its explicit resolver (`FetchConfig.resolve`), as curl's
`--connect-to` would. Everything here is invented, except the project's own samples/.

* `voa.test` — Voice of America: home page declaring an RSS feed, a news sitemap named in
  robots.txt, the original story (samples/voa-hegseth-original.html) and unrelated items.
* `wire.test` — Associated Press: robots.txt forbids its feed (`/rss.xml`), so only its
  news sitemap may lead to its stories.
* `a2news.com` — the A2 CNN republications (samples/, English and Albanian), crediting VOA
  in their footer, without a link; served under their real host name (resolved locally, so
  no request leaves the machine) so their canonical links are their own.
* `courier.test` — credits AP in its dateline, no link, and links an unrelated story
  (`other.test`) in its body.
* `gazette.test` — credits AP with a link to the story in its credit line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HOSTS = ("voa.test", "wire.test", "a2news.com", "courier.test", "gazette.test", "other.test", "junk.test", "zeri.test")

FERRY = [
    "The Harbour Board of Larkspur Bay voted 7 to 2 on Monday to open a ferry route between Quillon Pier and the "
    "island of Marrowby, ending a decade of delays over the project.",
    "Board chair Odile Framsted said the first sailings would start on 14 June, with four crossings a day and a "
    "fare of 3.50 euros for residents of the island.",
    "The 42-metre vessel, built at the Tessaly shipyard, can carry 180 passengers and 20 cars, and will cut the "
    "journey to Marrowby from ninety minutes by road to twenty-five minutes by sea.",
    "Islanders have campaigned for the link since the old causeway was closed in 2016 after storm damage that "
    "engineers judged too costly to repair.",
    "Two board members voted against the plan, arguing that the 11 million euro operating subsidy over five years "
    "would be better spent on the bus network that serves the mainland villages.",
    "The board said it would publish the full timetable in May and review the service after its first winter.",
]
COMET = [
    "Amateur astronomers in the hills above Velmora reported the brightest comet sighting in thirty years on "
    "Sunday night, as clear skies drew crowds to the old observatory.",
    "The comet, catalogued last autumn, is expected to fade within a week as it moves away from the sun.",
]
CLOCKS = [
    "The Museum of Clockwork in Dunhallow reopened its doors on Saturday after a three-year restoration that "
    "returned 400 timepieces to working order.",
    "Curators said the oldest exhibit, a tower mechanism from 1520, now strikes the hour for the first time "
    "since the museum closed.",
]


def page(title: str, paras: list[str], *, site: str, date: str, lang: str = "en", head: str = "",
         before: str = "", after: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>'
            f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{date}">{head}</head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>{title}</h1>'
            f"{before}{ps}{after}</article></main><footer><p>© {site}</p></footer></body></html>")


def rss(items: list[tuple[str, str, str, str]]) -> str:
    """RSS 2.0 from (title, link, RFC 822 date, summary) items."""
    body = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
                   f"<description>{s}</description></item>" for t, link, d, s in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>{body}</channel></rss>'


def news_sitemap(items: list[tuple[str, str, str]]) -> str:
    """A Google News sitemap from (loc, title, ISO date) items."""
    urls = "".join(f"<url><loc>{loc}</loc><news:news><news:publication><news:name>X</news:name>"
                   f"<news:language>en</news:language></news:publication>"
                   f"<news:publication_date>{d}</news:publication_date><news:title>{t}</news:title>"
                   f"</news:news></url>" for loc, t, d in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>")


HOME = ('<html><head><title>{site}</title><link rel="alternate" type="application/rss+xml" title="News" '
        'href="{feed}"></head><body><h1>{site}</h1></body></html>')

VOA_STORY = "http://voa.test/a/hegseth-lasting-peace-ukraine.html"
WIRE_STORY = "http://wire.test/article/larkspur-ferry-route-approved"
A2_EN = "http://a2news.com/2025/02/13/sekretari-hegseth-sht-kerkojne-zgjidhje-diplomatike/"
A2_SQ = "http://a2news.com/2025/02/13/sekretari-hegseth-shba-kerkon-zgjidhje-diplomatike/"
COURIER = "http://courier.test/news/ferry-to-marrowby"
GAZETTE = "http://gazette.test/local/larkspur-ferry"
OTHER = "http://other.test/culture/clock-museum-reopens"
WRONG_LINK = "http://gazette.test/local/ferry-approved"  # its credit line links another AP story
VIA_REDIRECT = "http://gazette.test/local/ferry-brief"
SELF_REF = "http://gazette.test/local/ferry-notes"
BROKEN = "http://courier.test/news/bridge-reopens"  # credits Reuters, whose outlet (junk.test) is all faults

# The outlets of this world, given to discovery as the user's --outlets file would be.
OUTLETS = {
    "Voice of America": {"home": "http://voa.test/", "domains": ["voa.test", "voanews.com"]},
    "Associated Press": {"home": "http://wire.test/", "domains": ["wire.test", "apnews.com"]},
}


_WORDS = ("council harbour museum river festival budget school bridge election storm orchestra library "
          "railway market hospital vineyard airport stadium forest parliament").split()


def filler(n: int, seed: int = 7) -> list[tuple[str, str, list[str]]]:
    """`n` invented stories (slug, title, paragraphs), distinct from each other and the rest."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b, c = rng.sample(_WORDS, 3)
        title = f"{a.title()} plan {i} divides {b} and {c} groups in Town {i}"
        paras = [f"Officials in Town {i} said on day {rng.randint(1, 28)} that the {a} plan number {i} would "
                 f"affect {rng.randint(10, 999)} residents near the {b}, while {c} groups asked for delay {j}."
                 for j in range(4)]
        out.append((f"story-{i}-{a}-{b}", title, paras))
    return out


def _site(extra: int = 0) -> dict[tuple[str, str], tuple[str, str]]:
    """(host, path) → (body, content type); `extra` invented stories in each agency's listings."""
    html, xml, text = "text/html; charset=utf-8", "application/xml", "text/plain"
    s: dict[tuple[str, str], tuple[str, str]] = {}
    voa_date = "Thu, 13 Feb 2025 18:40:00 GMT"
    more = filler(extra)
    for slug, title, paras in more:
        s["voa.test", f"/a/{slug}.html"] = (page(title, paras, site="VOA", date="2025-02-13T08:00:00Z"), html)
        s["wire.test", f"/article/{slug}"] = (page(title, paras, site="AP News", date="2026-03-09T08:00:00Z"), html)
    s["voa.test", "/robots.txt"] = ("User-agent: *\nDisallow: /admin/\nSitemap: http://voa.test/sitemap-news.xml\n", text)
    s["voa.test", "/"] = (HOME.format(site="VOA", feed="/api/rss/world.xml"), html)
    s["voa.test", "/api/rss/world.xml"] = (rss([
        ("Hegseth: US seeks diplomatic solution for lasting peace in Ukraine", VOA_STORY, voa_date,
         "US Defense Secretary Pete Hegseth on Thursday rejected criticism of Washington's strategy."),
        ("Comet lights up the hills above Velmora", "http://voa.test/a/comet-velmora.html",
         "Thu, 13 Feb 2025 09:00:00 GMT", COMET[0]),
        ("Clock museum reopens after restoration", "http://voa.test/a/clock-museum.html",
         "Wed, 12 Feb 2025 11:00:00 GMT", CLOCKS[0]),
        ("Election results from last autumn", "http://voa.test/a/old-election.html",
         "Tue, 01 Oct 2024 10:00:00 GMT", "An old story outside the window."),
        *[(t, f"http://voa.test/a/{slug}.html", "Thu, 13 Feb 2025 08:00:00 GMT", p[0]) for slug, t, p in more],
    ]), "application/rss+xml")
    s["voa.test", "/sitemap-news.xml"] = (news_sitemap([
        (VOA_STORY, "Hegseth: US seeks diplomatic solution for lasting peace in Ukraine", "2025-02-13T18:40:00Z"),
        ("http://voa.test/a/comet-velmora.html", "Comet lights up the hills above Velmora", "2025-02-13T09:00:00Z"),
        *[(f"http://voa.test/a/{slug}.html", t, "2025-02-13T08:00:00Z") for slug, t, _p in more],
    ]), xml)
    s["voa.test", "/a/hegseth-lasting-peace-ukraine.html"] = ((SAMPLES / "voa-hegseth-original.html").read_text("utf-8"), html)
    s["voa.test", "/a/comet-velmora.html"] = (page("Comet lights up the hills above Velmora", COMET, site="VOA",
                                                   date="2025-02-13T09:00:00Z"), html)
    s["voa.test", "/a/clock-museum.html"] = (page("Clock museum reopens after restoration", CLOCKS, site="VOA",
                                                  date="2025-02-12T11:00:00Z"), html)
    s["a2news.com", "/robots.txt"] = ("User-agent: *\nAllow: /\n", text)
    s["a2news.com", urlpath(A2_EN)] = ((SAMPLES / "a2cnn-hegseth.html").read_text("utf-8"), html)
    s["a2news.com", urlpath(A2_SQ)] = ((SAMPLES / "a2cnn-hegseth-sq.html").read_text("utf-8"), html)

    ferry_title = "Harbour board approves Larkspur Bay ferry route to Marrowby"
    s["wire.test", "/robots.txt"] = ("User-agent: *\nDisallow: /rss.xml\nSitemap: http://wire.test/news-sitemap.xml\n", text)
    s["wire.test", "/"] = (HOME.format(site="AP", feed="/rss.xml"), html)
    s["wire.test", "/rss.xml"] = (rss([(ferry_title, WIRE_STORY, "Mon, 09 Mar 2026 15:00:00 GMT", FERRY[0])]),
                                  "application/rss+xml")
    s["wire.test", "/news-sitemap.xml"] = (news_sitemap([
        (WIRE_STORY, ferry_title, "2026-03-09T15:00:00Z"),
        ("http://wire.test/article/velmora-comet", "Comet lights up the hills above Velmora", "2026-03-09T08:00:00Z"),
        *[(f"http://wire.test/article/{slug}", t, "2026-03-09T08:00:00Z") for slug, t, _p in more],
    ]), xml)
    s["wire.test", urlpath(WIRE_STORY)] = (page(ferry_title, FERRY, site="AP News", date="2026-03-09T15:00:00Z",
                                                before="<p>LARKSPUR BAY (AP) — </p>"), html)
    s["wire.test", "/article/velmora-comet"] = (page("Comet lights up the hills above Velmora", COMET,
                                                     site="AP News", date="2026-03-09T08:00:00Z"), html)
    courier = [f"LARKSPUR BAY (AP) — {FERRY[0]}", *FERRY[1:5],
               f'Read also: <a href="{OTHER}">Clockwork museum reopens in Dunhallow</a>']
    s["courier.test", "/robots.txt"] = ("", text)
    s["courier.test", urlpath(COURIER)] = (page("Ferry to Marrowby approved after decade of delays", courier,
                                                site="Coastal Courier", date="2026-03-09T18:00:00Z"), html)
    s["gazette.test", "/robots.txt"] = ("", text)
    s["gazette.test", urlpath(GAZETTE)] = (page(
        "Larkspur Bay gets its ferry to Marrowby", FERRY[:4], site="Quillon Gazette", date="2026-03-10T07:00:00Z",
        after=f'<p>Source: <a href="{WIRE_STORY}">Associated Press</a></p>'), html)
    s["gazette.test", urlpath(SELF_REF)] = (page("Ferry notes", FERRY[:3], site="Quillon Gazette",
                                                 date="2026-03-10T07:00:00Z",
                                                 after='<p>Read the original: <a href="/go/notes">here</a></p>'), html)
    s["gazette.test", "/go/notes"] = (SELF_REF, "redirect")  # a "link to the original" that leads back
    s["gazette.test", urlpath(VIA_REDIRECT)] = (page(
        "Ferry for Marrowby, in brief", FERRY[:3], site="Quillon Gazette", date="2026-03-10T09:00:00Z",
        after='<p>Source: <a href="/go/wire">Associated Press</a></p>'), html)
    s["gazette.test", "/go/wire"] = (WIRE_STORY, "redirect")  # a tracking link to the wire story
    s["gazette.test", urlpath(WRONG_LINK)] = (page(
        "Marrowby ferry approved", FERRY[:4], site="Quillon Gazette", date="2026-03-10T10:00:00Z",
        after='<p>Source: <a href="http://wire.test/article/velmora-comet">Associated Press</a></p>'), html)
    s["junk.test", "/robots.txt"] = ("Sitemap: http://junk.test/sitemap.xml\nSitemap: ftp://junk.test/x\n", text)
    s["junk.test", "/"] = (HOME.format(site="Junk", feed="/feed"), html)
    s["junk.test", "/feed"] = ("<html><body>this is not a feed</body></html>", "application/rss+xml")
    s["junk.test", "/sitemap.xml"] = ("\x1f\x8b garbage that is no XML", "application/xml")
    s["courier.test", urlpath(BROKEN)] = (page("Old bridge reopens to traffic", [
        f"LARKSPUR BAY (Reuters) — {CLOCKS[0]}", CLOCKS[1]], site="Coastal Courier", date="2026-03-09T18:00:00Z"), html)
    s["zeri.test", "/robots.txt"] = ("", text)  # an edition in Albanian that does not carry the story
    s["zeri.test", "/"] = (HOME.format(site="Zëri", feed="/rss.xml"), html)
    s["zeri.test", "/rss.xml"] = (rss([("Kometa ndriçon kodrat mbi Velmora", "http://zeri.test/a/kometa.html",
                                        "Thu, 13 Feb 2025 09:00:00 GMT", "Astronomët amatorë raportuan kometën.")]),
                                  "application/rss+xml")
    s["other.test", "/robots.txt"] = ("", text)
    s["other.test", urlpath(OTHER)] = (page("Clockwork museum reopens in Dunhallow", CLOCKS, site="Other Times",
                                            date="2026-03-08T10:00:00Z"), html)
    return s


def urlpath(url: str) -> str:
    return "/" + url.split("/", 3)[3]


@dataclass
class World:
    server: HTTPServer
    site: dict[tuple[str, str], tuple[str, str]] = field(default_factory=_site)

    def listed(self) -> list[str]:
        """Every feed and sitemap URL of the world's agencies (what a blind crawler reads)."""
        return ["http://voa.test/api/rss/world.xml", "http://voa.test/sitemap-news.xml",
                "http://wire.test/rss.xml", "http://wire.test/news-sitemap.xml"]

    @property
    def resolve(self) -> dict[str, str]:
        return {h: f"127.0.0.1:{self.server.port}" for h in HOSTS}

    def handler(self, request: Request) -> Response:
        host = (request.headers.get("Host") or "").split(":")[0].lower()
        found = self.site.get((host, request.path))
        if found is None:
            return Response("not found", status=404)
        body, ctype = found
        if ctype == "redirect":
            return Response("", status=301, headers={"Location": body})
        return Response(body, status=200, content_type=ctype)

    def requests(self) -> list[tuple[str, str]]:
        """(host, path) of every request the server received, in order."""
        return [((r.headers.get("Host") or "").split(":")[0].lower(), r.path) for r, _ in self.server.log]

    def forbidden(self) -> list[tuple[str, str]]:
        """Requests that broke the host's robots.txt (Disallow lines of group *)."""
        out = []
        for host, path in self.requests():
            robots = self.site.get((host, "/robots.txt"), ("", ""))[0]
            if any(path.startswith(d) for d in re.findall(r"(?m)^Disallow:\s*(\S+)", robots)):
                out.append((host, path))
        return out


def start_world(extra: int = 0) -> World:
    """The world on a fresh local server; `extra` invented stories in each agency's listings."""
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    world = World(srv, _site(extra))
    srv.expect_request(re.compile(".*")).respond_with_handler(world.handler)
    return world
