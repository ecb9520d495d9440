"""HTML signals for a page's writers that blogs and CMS themes print without a byline class,
probed with invented pages (issue 15, pages): an author-archive link ('/author/jroe/') as the
whole byline, and the precision forms around it (the same links in menus, sidebars, tag lists,
comments, the page footer and lists of other stories)."""

from __future__ import annotations

from tracer import attach_credits, extract_html
from tracer.model import Article

URL = "https://beispielblog.example/2021/03/radwege/"
DE = ["Die Stadtverwaltung hat am Montag neue Pläne für den Ausbau des Radwegenetzes vorgestellt. " * 5,
      "Kritiker bemängeln die hohen Kosten und den langsamen Zeitplan des Vorhabens. " * 5]
EN = ["The city council presented new plans on Monday to expand the network of cycle lanes across town. " * 5,
      "Critics point to the high costs and the slow timetable of the project, which has been delayed twice. " * 5]


def _page(above: str = "", below: str = "", *, head: str = "", side: str = "", outside: str = "",
          lang: str = "de") -> str:
    """A blog post page: a menu with the admin's archive link, the post, a sidebar, the site footer."""
    body = "".join(f"<p>{p}</p>" for p in (DE if lang == "de" else EN))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Radwege Plan</title>'
            f'<meta property="og:site_name" content="Beispielblog">{head}</head><body>'
            f'<header><nav><a href="/">Start</a> <a href="/author/admin/">Anna Admin</a></nav></header>'
            f'<main><article><h1>Radwege Plan</h1>{above}<div class="entry-content">{body}</div>{below}</article>'
            f'<aside class="sidebar">{side}</aside></main>'
            f'<footer class="site-footer">{outside}<p>© 2021 Beispielblog</p></footer></body></html>')


def _credits(html: str) -> Article:
    return attach_credits(extract_html(html, id="p", url=URL))


def writers(html: str) -> list[tuple[str, str]]:
    """(kind, name) of the page's authors and contributors."""
    return sorted((c.kind, c.name) for c in _credits(html).credits if c.role in ("author", "contributor"))


def test_an_author_archive_link_alone_is_the_byline() -> None:
    for meta in ('<div class="entry-meta"><a href="https://beispielblog.example/author/mkeller/" '
                 'title="Beiträge von Martina Keller">Martina Keller</a> | 12. März 2021</div>',
                 '<p class="meta">12.03.2021 · <a href="/autor/martina-keller">Martina Keller</a></p>',
                 '<div class="info"><a href="/profile/martina.keller">Martina Keller</a><time>12.03.2021</time></div>',
                 '<div class="post-info"><a href="/?author=3">Martina Keller</a> am 12. März 2021</div>'):
        assert writers(_page(meta)) == [("person", "Martina Keller")], meta


def test_co_writers_linked_one_by_one_are_both_read() -> None:
    meta = ('<div class="meta"><a href="/authors/sarah-miller/">Sarah Miller</a> and '
            '<a href="/authors/tom-baker/">Tom Baker</a></div>')
    assert writers(_page(meta, lang="en")) == [("person", "Sarah Miller"), ("person", "Tom Baker")]


def test_posted_in_a_category_by_a_linked_writer() -> None:
    foot = ('<footer class="entry-footer">Posted in <a href="/category/local/">Local</a> by '
            '<a href="/author/smiller/">Sarah Miller</a></footer>')
    assert writers(_page(below=foot, lang="en")) == [("person", "Sarah Miller")]


def test_archive_links_outside_the_byline_name_nobody() -> None:
    pages = {
        "related": _page(below='<div class="related-posts"><h3>Mehr</h3><ul><li><a href="/2021/a">Neue Brücke '
                               'kommt</a> von <a href="/author/pbraun/">Peter Braun</a></li></ul></div>'),
        "footer": _page(outside='<p>Kontakt: <a href="/author/pbraun/">Peter Braun</a></p>'),
        "sidebar": _page(side='<h3>Unsere Autoren</h3><ul><li><a href="/author/pbraun/">Peter Braun</a></li>'
                              '<li><a href="/author/lweiss/">Lea Weiss</a></li></ul>'),
        "comments": _page(below='<div id="comments"><ol class="comment-list"><li><a href="/author/pbraun/">'
                                'Peter Braun</a> <p>Toller Artikel</p></li></ol></div>'),
        "card": _page(below='<div class="more"><div class="card"><h3><a href="/2021/b">Neue Brücke kommt bald</a>'
                            '</h3><a href="/author/pbraun/">Peter Braun</a></div></div>'),
        "tags": _page('<div class="tags"><a href="/people/olaf-scholz/">Olaf Scholz</a></div>'),
        "sentence": _page(below='<p>Darüber hatte zuvor schon unser Kollege <a href="/autor/peter-braun">Peter '
                                'Braun</a> berichtet, der seit Jahren über die Verkehrspolitik der Stadt und ihre '
                                'vielen Baustellen, Umleitungen und Ampeln schreibt und dafür oft gelobt wurde.</p>'),
    }
    for name, html in pages.items():
        assert writers(html) == [], name


def test_a_site_account_linked_as_author_is_no_person() -> None:
    meta = '<div class="entry-meta"><a href="/author/beispielblog/">Beispielblog</a> | 12. März 2021</div>'
    assert [w for w in writers(_page(meta)) if w[0] == "person"] == []


def test_archive_links_of_listed_stories_far_below_the_byline_are_theirs() -> None:
    items = "".join(f'<article class="teaser"><h2><a href="/2021/{i}">Andere Geschichte Nummer {i}</a></h2>'
                    f'<div><a href="/autor/{n.lower().replace(" ", "-")}">{n}</a></div></article>'
                    for i, n in enumerate(("Peter Braun", "Lea Weiss", "Karl Roth")))
    html = _page('<p class="byline" itemprop="author">von Martina Keller</p>') \
        .replace("</main>", f"<section>{items}</section></main>")
    assert writers(html) == [("person", "Martina Keller")]
