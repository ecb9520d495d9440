"""HTML signals for a page's writers that blogs and CMS themes print without a byline class,
probed with invented pages (issue 15, pages): an author-archive link ('/author/jroe/') as the
whole byline, and the precision forms around it (the same links in menus, sidebars, tag lists,
comments, the page footer and lists of other stories)."""

from __future__ import annotations

import json

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
                 '<div class="info">Von <a href="/profile/martina.keller">Martina Keller</a><time>12.03.2021</time></div>',
                 '<div class="article-author"><a href="/staff/mkeller">Martina Keller</a></div>',
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


def test_a_house_byline_in_a_byline_node_is_the_desk_as_author() -> None:
    for above in ('<p class="byline">Von Beispielblog Redaktion</p>', '<div class="author">Redaktion Stadtwerke</div>',
                  '<span class="author">Beispielblog-Team</span>',
                  '<div class="entry-meta"><a href="/author/redaktion/">Beispielblog Redaktion</a> | 12. März</div>'):
        art = _credits(_page(above))
        got = [(c.kind, c.role) for c in art.credits if c.role in ("author", "contributor")]
        assert got == [("organization", "author")], above
    assert writers(_page('<span class="byline">By Beispielblog Staff</span>', lang="en")) == [
        ("organization", "Beispielblog Staff")]


def test_a_job_title_or_a_genre_word_alone_is_no_desk() -> None:
    assert writers(_page('<span class="byline">Editorial</span>', lang="en")) == []
    assert [w for w in writers(_page('<span class="byline">By Staff Writer</span>', lang="en"))
            if w[0] == "organization"] == []


def test_a_writer_and_her_desk_glued_in_one_node_credit_the_writer() -> None:
    head = '<meta name="article:author" content="Sarah Miller">'
    html = _page('<div class="bylines">Sarah Miller Gear Team</div>', head=head, lang="en")
    assert writers(html) == [("person", "Sarah Miller")]


def test_an_author_box_under_the_text_names_the_writer() -> None:
    boxes = {
        "Jonas Hartmann": ('<div class="author-box"><h3>Über den Autor</h3><p><a href="/author/jhartmann/">Jonas '
                           'Hartmann</a> schreibt seit 2010 über Verkehrspolitik.</p></div>', "de"),
        "Sarah Miller": ('<div class="about-author"><h4>About the author</h4><p>Sarah Miller is a freelance '
                         'journalist based in Leeds.</p></div>', "en"),
        "Lucie Martin": ('<div class="bio-auteur"><h4>À propos de l\'auteur</h4><p>Lucie Martin est journaliste '
                         'indépendante à Lyon.</p></div>', "fr"),
        "Tom Baker": ('<section class="author-bio"><img src="a.jpg" alt="Tom Baker"><p>Tom Baker covers transport '
                      'and housing for the paper.</p></section>', "en"),
        "Lea Weiss": ('<div class="box"><h4>Über die Autorin</h4><p>Lea Weiss arbeitet als freie Journalistin.</p>'
                      '</div>', "de"),
    }
    for name, (box, lang) in boxes.items():
        assert writers(_page(below=box, lang=lang)) == [("person", name)], name
    desk = ('<div class="author-info"><h3>Autor</h3><h4><a href="/author/redaktion/">Beispielblog Redaktion</a></h4>'
            '<p>Alles über Radwege und Verkehr.</p></div>')
    assert writers(_page(below=desk)) == [("organization", "Beispielblog Redaktion")]


def test_an_author_box_that_opens_with_no_writer_names_nobody() -> None:
    for box in ('<div class="author-box"><h3>Über den Autor</h3><p>Der Verkehrsclub setzt sich seit 1980 für '
                'sichere Radwege ein.</p></div>',
                '<div class="author-bio"><p>Die Stadt Beispielstadt ist seit 2010 Fahrradstadt.</p></div>',
                '<div class="about-author"><h4>Über den Autor</h4><p>Schreibt seit 2010 über Politik.</p></div>'):
        assert writers(_page(below=box)) == [], box
    # a box in the sidebar is the blog's, not this post's
    side = '<div class="author-box"><h3>Über den Autor</h3><p>Peter Braun schreibt über Politik.</p></div>'
    assert writers(_page(side=side)) == []


def test_the_byline_outranks_an_author_box_about_someone_else() -> None:
    box = '<div class="about-author"><h4>Über den Autor</h4><p>Peter Braun ist Fotograf.</p></div>'
    assert writers(_page('<p class="byline">Von Martina Keller</p>', below=box)) == [("person", "Martina Keller")]


def test_an_hcard_name_where_a_byline_stands_is_the_writer() -> None:
    for above in ('<div class="vcard"><span class="fn">Sarah Miller</span></div>',
                  '<span class="posted-by"><span class="author vcard"><span class="fn">Sarah Miller</span></span></span>',
                  '<div class="p-author h-card"><span class="p-name">Sarah Miller</span></div>'):
        assert writers(_page(above, lang="en")) == [("person", "Sarah Miller")], above


def test_an_hcard_in_the_page_footer_or_of_a_company_names_no_writer() -> None:
    footer = '<div class="vcard"><span class="fn">Peter Braun</span>, <span class="adr">Hauptstr. 1</span></div>'
    assert writers(_page(outside=footer)) == []
    assert writers(_page('<div class="vcard"><span class="fn org">Beispiel GmbH</span></div>')) == []


def test_a_newsletter_box_names_no_writer_but_a_byline_beside_sharing_buttons_does() -> None:
    box = '<div class="newsletter-signup"><p class="author">Jeden Freitag von Peter Braun</p></div>'
    assert writers(_page(below=box)) == []
    byline = ('<div class="byline-social"><p class="byline"><span class="by-author">Von '
              '<a rel="author" href="/u/mk">Martina Keller</a></span></p><a href="/share">Teilen</a></div>')
    assert writers(_page(byline)) == [("person", "Martina Keller")]


def test_an_interviews_guest_is_not_its_writer() -> None:
    for line in ("Interview mit Peter Braun", "Ein Gespräch mit Peter Braun"):
        assert writers(_page(f'<p class="byline">{line}</p>')) == [], line
    assert writers(_page('<p class="byline">An interview with Tom Baker</p>', lang="en")) == []


def test_the_sites_name_without_its_last_word_signing_is_the_site() -> None:
    # "Posted by Beispiel" on the site named "Beispielblog": the site, not a person
    art = _credits(_page('<p class="entry-meta">Posted by Beispiel on May 3, 2021</p>', lang="en"))
    assert [c for c in art.credits if c.kind == "person"] == []
    assert any(c.name == "Beispiel" and c.role == "publisher" for c in art.credits)
    # a first name alone that is no part of the site's name stays the writer
    assert writers(_page('<p class="entry-meta">Posted by Martina on May 3, 2021</p>', lang="en")) == [
        ("person", "Martina")]


def _ld(author: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Radwege Plan", "author": author}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_structured_data_that_gives_the_writer_as_an_address_is_named_by_the_pages_link() -> None:
    link = '<p class="meta"><a href="/autor/martina-keller/">Martina Keller</a></p>'
    url = "https://beispielblog.example/autor/martina-keller/"
    for head in (_ld({"@type": "Person", "url": url}), _ld([url]),
                 f'<meta property="article:author" content="{url}">'):
        art = _credits(_page(link + '<p class="byline">Von Peter Braun</p>', head=head))
        # the structured data votes for the linked writer; the byline node's other name is not confirmed
        assert sorted({c.name for c in art.credits if c.kind == "person"}) == ["Martina Keller"], head
    # without it the explicit "Von" byline is the one heard
    assert writers(_page(link + '<p class="byline">Von Peter Braun</p>')) == [("person", "Peter Braun")]
    # an address the page does not link names nobody
    art = _credits(_page(head=_ld({"@type": "Person", "url": "https://beispielblog.example/autor/lea-weiss/"})))
    assert [c for c in art.credits if c.kind == "person"] == []


def test_a_desk_in_the_structured_data_or_the_extractors_field_is_the_desk_as_author() -> None:
    for head in ('<meta name="author" content="Beispielblog Redaktion">',
                 _ld({"@type": "Person", "name": "Beispielblog Redaktion"})):
        art = _credits(_page(head=head))
        assert [(c.kind, c.role, c.name) for c in art.credits if c.role == "author"] == [
            ("organization", "author", "Beispielblog Redaktion")], head
    # one desk word alone in a tag names no desk (nor a person)
    assert writers(_page(head='<meta name="author" content="Redaktion">')) == []


def test_one_desk_named_twice_is_credited_as_the_page_shows_it() -> None:
    html = _page('<p class="byline">Von Beispielblog Redaktion</p>',
                 head=_ld({"@type": "Person", "name": "Beispielblog Editorial Team"}))
    assert writers(html) == [("organization", "Beispielblog Redaktion")]


def _sources(html: str) -> list[str]:
    return sorted({c.agency or c.name for c in _credits(html).credits if c.role == "source"})


def test_an_agency_element_credits_the_wire() -> None:
    assert _sources(_page('<span class="agency">AFP</span>')) == ["AFP"]
    html = _page('<div class="meta"><span class="author">Martina Keller</span> <span class="agency">(dpa)</span></div>')
    assert _sources(html) == ["dpa"] and writers(html) == [("person", "Martina Keller")]


def test_an_outlet_signing_a_byline_is_the_source_and_no_first_word_is_a_name() -> None:
    html = _page('<p class="byline">Ein Artikel von Beispiel Zeitung</p>')
    assert _sources(html) == ["Beispiel Zeitung"] and writers(html) == []
    assert writers(_page('<p class="byline">Ein Artikel von Martina Keller</p>')) == [("person", "Martina Keller")]
    # the site's own paper signing is the publisher, and the author of a text no writer signs
    art = _credits(_page('<p class="byline">Von Beispielblog Zeitung</p>'))
    assert [(c.role, c.name) for c in art.credits if c.name == "Beispielblog Zeitung"] == [
        ("publisher", "Beispielblog Zeitung"), ("author", "Beispielblog Zeitung")]


def test_a_body_signing_a_byline_is_an_organisation_not_a_person() -> None:
    for name in ("Verbraucherzentrale Beispielland", "Handwerkskammer Beispielstadt", "Beispielstädter Tennis Bund"):
        assert writers(_page(f'<p class="byline">Von {name}</p>')) == [("organization", name)], name


def test_a_persons_page_linked_without_a_byline_around_it_is_a_mention() -> None:
    # '/people/…' and '/staff/…' pages are also topic pages of people in the news
    for html in (_page('<p>Themen: <a href="/people/olaf-scholz/">Olaf Scholz</a>, '
                       '<a href="/people/annalena-baerbock/">Annalena Baerbock</a></p>'),
                 _page('<p><a href="/people/olaf-scholz/">Olaf Scholz</a></p>'),
                 _page(below='<p><a href="/staff/pbraun">Peter Braun</a></p>')):
        assert writers(html) == []
    assert writers(_page('<p>By <a href="/people/martina-keller/">Martina Keller</a> · May 3</p>', lang="en")) == [
        ("person", "Martina Keller")]


def test_a_writers_link_in_a_sentence_is_a_mention_and_a_long_meta_line_a_byline() -> None:
    html = _page(below='<p>Lesen Sie dazu auch den Kommentar unseres Kollegen <a href="/autor/peter-braun">Peter '
                       'Braun</a> zur Wahl am Sonntag.</p>')
    assert writers(html) == []
    meta = ('<div class="entry-meta">Posted on March 12, 2021 by <a href="/author/smiller/">Sarah Miller</a> · '
            '3 Comments · Leave a comment</div>')
    assert writers(_page(meta, lang="en")) == [("person", "Sarah Miller")]


def test_an_author_element_with_only_the_writers_picture_is_named_by_its_alt_text() -> None:
    assert writers(_page('<div class="author"><img src="a.jpg" alt="Martina Keller"></div>')) == [
        ("person", "Martina Keller")]
    assert writers(_page('<div class="post-author"><a href="/author/mk/"><img src="a.jpg" alt="Martina Keller">'
                         '</a></div>')) == [("person", "Martina Keller")]
    for alt in ("Avatar", "Profilbild", "Beispielblog"):
        assert writers(_page(f'<div class="author"><img src="a.jpg" alt="{alt}"></div>')) == [], alt


def test_archive_paths_of_many_sites_and_languages() -> None:
    for href in ("/by/martina-keller", "/journalists/martina-keller/", "/journaliste/martina-keller",
                 "/periodista/martina-keller/", "/skribent/martina-keller"):
        meta = f'<div class="entry-meta"><a href="{href}">Martina Keller</a> | 12. März 2021</div>'
        assert writers(_page(meta)) == [("person", "Martina Keller")], href
    # a newsroom's page path names a writer only with a byline around it
    assert writers(_page('<p><a href="/redaktion/martina-keller">Martina Keller</a></p>')) == []
    assert writers(_page('<p>Von <a href="/redaktion/martina-keller">Martina Keller</a></p>')) == [
        ("person", "Martina Keller")]


def test_a_commenters_hcard_is_no_writer() -> None:
    comments = ('<div class="comments-area"><article class="comment-body"><div class="comment-author vcard">'
                '<b class="fn"><a href="https://gabi.example">Gabi Roth</a></b> <span class="says">sagt:</span>'
                '</div><p>Schöner Beitrag!</p></article></div>')
    assert writers(_page('<p class="byline">Von Martina Keller</p>', below=comments)) == [("person", "Martina Keller")]
    assert writers(_page(below=comments)) == []


def test_co_writers_author_cards_each_name_a_writer() -> None:
    def card(name: str, slug: str) -> str:
        return (f'<div class="author-card"><img src="a.jpg" alt="{name}"><a href="/author/{slug}/">{name}</a>'
                f'<p>{name} is a reporter covering city hall and transport for the paper since 2015.</p></div>')

    html = _page(card("Sarah Miller", "smiller") + card("Tom Baker", "tbaker"), lang="en")
    assert writers(html) == [("person", "Sarah Miller"), ("person", "Tom Baker")]


def test_a_licence_link_or_a_footer_boxs_link_is_no_byline() -> None:
    licence = ('<div class="footer"><a rel="license" href="http://creativecommons.example/licenses/by/3.0/">'
               '<img src="cc.png" alt="Creative Commons License"></a></div>')
    assert writers(_page().replace("</main>", f"</main>{licence}")) == []
    footer = '<div class="footer"><a href="/author/pbraun/">Peter Braun</a></div>'
    assert writers(_page().replace("</main>", f"</main>{footer}")) == []


def test_a_wire_in_the_copyright_meta_tag_is_the_source() -> None:
    assert _sources(_page(head='<meta name="copyright" content="dpa-infocom GmbH">')) == ["dpa"]
    assert _sources(_page(head='<meta name="copyright" content="© 2021 Beispielblog">')) == []


def test_a_titled_name_from_markup_has_no_text_span() -> None:
    """A name read from the structured data is not in the extracted text: it carries no offsets."""
    from tracer import attach_credits, extract_html
    ld = '{"@type": "NewsArticle", "contributor": {"@type": "Person", "name": "Korrespondentin Jana Roehler"}}'
    html = ('<html><head><script type="application/ld+json">' + ld + '</script></head><body><article>'
            "<h1>Radwege</h1><p>" + "Die Stadt baut neue Radwege und verbreitert die alten Wege am Fluss. " * 6
            + "</p></article></body></html>")
    art = attach_credits(extract_html(html, id="m", url="https://example-zeitung.test/a"))
    people = [c for c in art.credits if c.kind == "person"]
    assert [c.name for c in people] == ["Jana Roehler"]
    assert all(c.start is None and c.end is None for c in people)
