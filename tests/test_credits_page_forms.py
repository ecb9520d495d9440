"""Page forms common on the web, probed with invented pages (issue 15, pages): JSON-LD that
nests the article in its page object, a byline element no class marks, a blog's first-name
author, comment authors ("Jane Roe says:") and the teasers of other stories."""

from __future__ import annotations

import json

import pytest

from tests.conftest import WIRE
from tracer import attach_credits, extract_html
from tracer.extract import credit_nodes
from tracer.model import Article

URL = "https://www.example-news.test/2026/05/council-budget"


def _page(*, head: str = "", above: str = "", below: str = "", outside: str = "") -> str:
    """A page whose text sits in a body element of its own (as on most sites): what stands
    above or below it inside the article is left out of the extracted text."""
    body = "".join(f"<p>{p}</p>" for p in WIRE)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget passes</title>'
            f'<meta property="og:site_name" content="Example News">{head}</head><body>'
            f'<nav><a href="/">Home</a></nav><article><h1>Budget passes</h1>{above}'
            f'<div class="article-body">{body}</div>{below}</article>{outside}</body></html>')


def _credits(html: str, url: str = URL) -> Article:
    return attach_credits(extract_html(html, id="p", url=url))


def persons_of(art: Article) -> list[str]:
    return sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget passes"}


def test_an_article_object_nested_in_the_page_object_names_the_writer() -> None:
    for key in ("mainEntity", "hasPart"):
        obj = {"@context": "https://schema.org", "@type": "WebPage", "url": URL,
               key: {**ARTICLE, "author": {"@type": "Person", "name": "Mara Quell"}}}
        assert persons_of(_credits(_page(head=_ld(obj)))) == ["Mara Quell"], key
    # a page object's other parts (a paywall marker) name nobody
    obj = {"@type": "WebPage", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                                           "author": {"@type": "Person", "name": "Olaf Brenner"}}}
    assert persons_of(_credits(_page(head=_ld(obj)))) == []


def test_a_byline_element_no_class_marks_names_the_writer() -> None:
    for line in ("Von Mara Quell | 28.04.2026", "Posted by Mara Quell on April 28, 2026",
                 'Geschrieben von <a href="/autor/mq">Mara Quell</a> am 28. April 2026'):
        art = _credits(_page(above=f'<p class="meta">{line}</p>'))
        assert persons_of(art) == ["Mara Quell"], line
    # prose that opens with the same word is no byline, nor is a long paragraph
    assert persons_of(_credits(_page(above="<p>Von Montag an fahren die Busse öfter.</p>"))) == []
    long = "By " + "the river the council met again to talk about the new bridge and its cost " * 2
    assert persons_of(_credits(_page(above=f"<p>{long}</p>"))) == []


def test_an_unmarked_byline_in_a_teaser_link_or_beside_a_marked_byline_is_another_storys() -> None:
    teaser = ('<ul><li><a href="/2026/05/flood"><span>Flood warning for the valley</span>'
              '<span>Von Olaf Brenner</span></a></li></ul>')
    assert persons_of(_credits(_page(outside=teaser))) == []
    teasers = '<div class="more"><p>Von Olaf Brenner</p><p>Von Ivo Marchetti</p></div>'
    art = _credits(_page(above='<p class="byline">Von Mara Quell</p>', outside=teasers))
    assert persons_of(art) == ["Mara Quell"]


def test_a_blogs_first_name_author_takes_the_full_name_of_its_byline() -> None:
    blog = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Budget passes",
            "author": {"@type": "Person", "name": "Mara"}}
    art = _credits(_page(head=_ld(blog), above='<p class="post-meta">Geschrieben von Mara Quell am 28. April 2026</p>'),
                   url="https://mara-schreibt.test/budget")
    assert persons_of(art) == ["Mara Quell"]
    # the first name agrees with its own full name only
    art = _credits(_page(head=_ld(blog), above='<p class="post-meta">Geschrieben von Olaf Brenner</p>'),
                   url="https://mara-schreibt.test/budget")
    assert "Mara Quell" not in persons_of(art)


def test_a_commenters_name_is_never_the_writer() -> None:
    replies = ('<section class="discussion"><h3>Responses</h3>'
               '<article class="reply"><footer><b class="reply-author">Ivo Marchetti</b> says:</footer>'
               '<p>Great piece, thanks.</p></article>'
               '<article class="reply"><footer><b class="reply-author">Lena Sorgo</b> sagt:</footer>'
               '<p>Danke für den Bericht.</p></article></section>')
    art = _credits(_page(outside=replies))
    assert persons_of(art) == []
    assert art.signals.get("commenters") == ["Ivo Marchetti", "Lena Sorgo"]
    # the verb in the node itself
    art = _credits(_page(above='<p class="byline">Von Mara Quell</p>',
                         outside='<div class="reply-author">Ivo Marchetti says:</div>'))
    assert persons_of(art) == ["Mara Quell"]


def test_credit_nodes_keeps_commenters_apart() -> None:
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring('<div><span class="author">Mara Quell</span></div>'
                                         '<div><cite class="author">Ivo Marchetti</cite> <span>schreibt:</span></div>')
    commenters: list[str] = []
    assert [n["text"] for n in credit_nodes(tree, commenters)] == ["Mara Quell"]
    assert commenters == ["Ivo Marchetti"]


def test_a_station_naming_itself_is_the_publisher_not_its_network_as_a_source() -> None:
    # The gazetteer reads "CBS Exampleton" (an invented station) as the network it belongs to;
    # on the station's own page that name is the site itself, wherever it stands.
    station = "https://www.cbs-exampleton.test/news/budget"

    def on_station(**kw: str) -> Article:
        return _credits(_page(**kw).replace("Example News", "CBS Exampleton"), url=station)

    for kw in ({"above": '<p class="byline">By CBS Exampleton Staff</p>'},
               {"head": _ld({**ARTICLE, "author": {"@type": "Organization", "name": "CBS Exampleton"}})}):
        art = on_station(**kw)
        # the station's desk may sign as author ("CBS Exampleton Staff"); never the network as a source
        assert not [c for c in art.credits if c.kind == "organization" and c.role != "publisher"
                    and not (c.role == "author" and c.name.endswith("Staff"))], kw
    # a wire the station credits stays a source, and so does the network named on its own
    art = on_station(above='<p class="byline">By CBS Exampleton Staff</p><p class="credit">Source: Reuters</p>')
    assert [c.name for c in art.credits if c.role == "source"] == ["Reuters"]
    art = on_station(above='<p class="byline">By Mara Quell, CBS News</p>')
    assert any(c.name == "CBS News" and c.role == "source" for c in art.credits)


def test_blog_platform_labels_name_the_writer() -> None:
    # the "Posted by" of blog themes in their translations
    for line in ("Veröffentlicht von Mara Quell am 28. April 2026", "Publié par Mara Quell le 28 avril 2026",
                 "Pubblicato da Mara Quell il 28 aprile 2026", "Publicado por Mara Quell el 28 de abril",
                 "Geplaatst door Mara Quell"):
        assert persons_of(_credits(_page(above=f'<div class="entry-meta">{line}</div>'))) == ["Mara Quell"], line


def test_a_slash_between_labelled_credits_keeps_the_writer_and_drops_the_photographer() -> None:
    for line in ("Text: Mara Quell / Bild: Olaf Brenner", "Text: Mara Quell / Fotos: Olaf Brenner"):
        art = _credits(_page(above=f'<p class="credits">{line}</p>'))
        assert persons_of(art) == ["Mara Quell"], line


def test_a_byline_in_the_card_of_another_story_is_that_storys() -> None:
    cards = ('<section class="more-news"><h2>Mehr aus der Region</h2><div class="grid">'
             '<div class="c"><h3><a href="/2026/05/flood">Flood warning for the valley</a></h3>'
             '<p class="author">Von Olaf Brenner</p></div>'
             '<div class="c"><h3><a href="/2026/05/school">School opens its doors again</a></h3>'
             '<p class="author">Von Ivo Marchetti</p></div></div></section>')
    assert persons_of(_credits(_page(outside=cards))) == []
    assert persons_of(_credits(_page(above='<p class="author">Von Mara Quell</p>', outside=cards))) == ["Mara Quell"]
    # the page's own heading may link to the page itself, and a byline may be a heading itself
    own = _page().replace("<h1>Budget passes</h1>", '<h2 class="entry-title"><a href="/budget">Budget passes</a></h2>'
                          '<p class="author">Von Mara Quell</p>')
    assert persons_of(_credits(own)) == ["Mara Quell"]
    own = _page(above='<div class="meta"><h3 class="article-byline">By <a class="author-link" href="/a/mq">'
                      'Mara Quell</a></h3></div>')
    assert persons_of(_credits(own)) == ["Mara Quell"]


def test_a_credit_beside_a_picture_is_the_photographers() -> None:
    for pic in ('<div class="lead"><img src="/b.jpg" alt="Bridge"><span class="credit">Olaf Brenner</span></div>',
                '<picture><img src="/b.jpg"></picture><span class="copyright">Olaf Brenner</span>',
                '<div class="media"><img src="/b.jpg"><div class="caption">The bridge in 1950. '
                '<span class="author">Olaf Brenner</span></div></div>'):
        assert persons_of(_credits(_page(above=pic))) == [], pic
        assert persons_of(_credits(_page(above='<p class="byline">Von Mara Quell</p>' + pic))) == ["Mara Quell"], pic
    # a writer's box with an avatar stays the writer's
    box = '<div class="meta"><img class="avatar" src="/mq.jpg"><span class="author-name">Mara Quell</span></div>'
    assert persons_of(_credits(_page(above=box))) == ["Mara Quell"]


def test_the_sites_own_name_in_a_dateline_is_the_publisher_under_any_site_name() -> None:
    # og:site_name gives the short form; the dateline writes the name the host spells
    html = _page().replace('content="Example News"', 'content="ENN"').replace(
        f"<p>{WIRE[0]}</p>", f"<p>EXAMPLETON (Exampleton News Now) — {WIRE[0]}</p>")
    art = _credits(html, url="https://www.exampletonnewsnow.test/story/1")
    # the publisher, and (no writer signing) the house signing its own story; never a source
    assert [c.role for c in art.credits if c.name == "Exampleton News Now"] == ["publisher", "author"]
    # another outlet in the same place stays the source
    html = html.replace("(Exampleton News Now)", "(Other Valley News)")
    art = _credits(html, url="https://www.exampletonnewsnow.test/story/1")
    assert [c.role for c in art.credits if c.name == "Other Valley News"] == ["source"]


def test_is_based_on_a_work_credits_its_outlet_not_its_title() -> None:
    writer = {**ARTICLE, "author": {"@type": "Person", "name": "Mara Quell"}}
    work = {"@type": "NewsArticle", "name": "Bridge plan approved", "headline": "Bridge plan approved",
            "url": "https://www.othertimes.test/2026/bridge", "publisher": {"@type": "Organization", "name": "Other Times"}}
    art = _credits(_page(head=_ld({**writer, "isBasedOn": work})))
    assert [c.name for c in art.credits if c.role == "source"] == ["Other Times"]
    # without a publisher, the work's address names the outlet
    work = {k: v for k, v in work.items() if k != "publisher"}
    art = _credits(_page(head=_ld({**writer, "isBasedOn": [work]})))
    assert [c.name for c in art.credits if c.role == "source"] == ["othertimes.test"]


def test_a_cms_default_account_is_nobodys_byline() -> None:
    # Joomla's default account, WordPress's admin: the platform's, not a writer
    for meta in ('<dl class="article-info"><dd class="createdby">Geschrieben von Super User</dd>'
                 '<dd class="hits">Zugriffe: 1234</dd></dl>',
                 '<div class="entry-meta"><span class="byline"> by <span class="author vcard">'
                 '<a class="url fn n" href="/author/admin/">admin</a></span></span></div>'):
        assert persons_of(_credits(_page(above=meta))) == [], meta
    named = '<dl class="article-info"><dd class="createdby">Geschrieben von Mara Quell</dd></dl>'
    assert persons_of(_credits(_page(above=named))) == ["Mara Quell"]


def test_a_possessive_before_the_job_title_is_part_of_the_title() -> None:
    from tracer.credits.byline import strip_lead_title

    for name in ("unserem Redakteur Mara Quell", "unserer Korrespondentin Mara Quell", "our correspondent Mara Quell",
                 "notre correspondante Mara Quell"):
        assert strip_lead_title(name) == "Mara Quell", name
    assert strip_lead_title("Unser Mara Quell") == "Unser Mara Quell"  # no title after it: left alone
    # the extractor's author field with such a byline (the page names the writer nowhere else)
    art = Article(id="u", text="\n".join(WIRE), url=URL, publisher="Example News",
                  signals={"meta": {}, "jsonld": [], "nodes": [], "trafilatura_author": "Unserem Redakteur Mara Quell"})
    assert persons_of(attach_credits(art)) == ["Mara Quell"]


def test_a_portals_provider_is_the_source_and_the_site_as_its_own_provider_is_not() -> None:
    writer = {**ARTICLE, "author": {"@type": "Person", "name": "Mara Quell"}}
    art = _credits(_page(head=_ld({**writer, "provider": {"@type": "Organization", "name": "Other Valley News"}})))
    assert [c.name for c in art.credits if c.role == "source"] == ["Other Valley News"]
    art = _credits(_page(head=_ld({**writer, "provider": {"@type": "Organization", "name": "Example News"}})))
    assert [c.name for c in art.credits if c.role == "source"] == []


def test_bylines_in_repeated_story_items_are_a_listings() -> None:
    items = "".join(f'<div class="item"><a href="/2026/05/{i}">{head}</a><p class="author">Von {name}</p></div>'
                    for i, (head, name) in enumerate((("Flood warning for the valley", "Olaf Brenner"),
                                                      ("School opens its doors again", "Ivo Marchetti"))))
    assert persons_of(_credits(_page(outside=f'<div class="list">{items}</div>'))) == []
    # author cards, one per co-writer, each linking the writer's name: the page's own writers
    cards = "".join(f'<div class="card"><a href="/autor/{i}">{name}</a><p class="author">Von {name}</p></div>'
                    for i, name in enumerate(("Mara Lena Quell", "Olaf Brenner")))
    nodes = _credits(_page(above=f'<div class="people">{cards}</div>')).signals["nodes"]
    assert [n["text"] for n in nodes if n.get("in") != "listing"] == ["Von Mara Lena Quell", "Von Olaf Brenner"]


def test_a_writer_typed_organization_in_json_ld_is_one_person_when_the_byline_names_her() -> None:
    mistyped = {**ARTICLE, "author": {"@type": "Organization", "name": "Mara Quell"}}
    art = _credits(_page(head=_ld(mistyped), above='<p class="byline">Von Mara Quell</p>'))
    assert [(c.kind, c.name) for c in art.credits if c.role == "author"] == [("person", "Mara Quell")]
    # an organisation as author beside a person of another name stays
    org = {**ARTICLE, "author": {"@type": "Organization", "name": "Exampleton Tourism Board"}}
    art = _credits(_page(head=_ld(org), above='<p class="byline">Von Mara Quell</p>'))
    assert ("organization", "Exampleton Tourism Board") in [(c.kind, c.name) for c in art.credits]


def test_a_byline_node_that_opens_with_its_date_names_the_writer() -> None:
    for line in ("Publié le 05/05/2026 à 10:15 par Mara Quell", "Posted on May 5, 2026 by Mara Quell",
                 "5. Mai 2026 · Mara Quell · 3 Min. Lesezeit", "05.05.2026 | Mara Quell"):
        assert persons_of(_credits(_page(above=f'<div class="author">{line}</div>'))) == ["Mara Quell"], line
    # a date and a reading time name nobody
    assert persons_of(_credits(_page(above='<div class="author">5. Mai 2026 · 3 Min. Lesezeit</div>'))) == []
    # a capitalised noun after the label is no writer
    assert persons_of(_credits(_page(above='<div class="author">Mehr Beiträge von Lesern</div>'))) == []


def test_the_author_of_a_book_or_event_the_page_describes_is_not_its_writer() -> None:
    book = {"@context": "https://schema.org", "@type": "Book", "name": "Bridges of Exampleton",
            "author": {"@type": "Person", "name": "Olaf Brenner"}}
    assert persons_of(_credits(_page(head=_ld(ARTICLE) + _ld(book)))) == []
    art = _credits(_page(head=_ld(ARTICLE) + _ld(book), above='<p class="byline">Von Mara Quell</p>'))
    assert persons_of(art) == ["Mara Quell"]
    # a blog post's own author object is still read
    post = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Budget passes",
            "author": {"@type": "Person", "name": "Mara Quell"}}
    assert persons_of(_credits(_page(head=_ld(post) + _ld(book)))) == ["Mara Quell"]


def test_microdata_that_names_the_writer_in_a_meta_tag() -> None:
    person = ('<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
              '<meta itemprop="name" content="Mara Quell"><meta itemprop="url" content="/autor/mq"></div>')
    assert persons_of(_credits(_page(above=person))) == ["Mara Quell"]
    org = ('<div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
           '<meta itemprop="name" content="Exampleton Tourism Board"></div>')
    assert persons_of(_credits(_page(above=org))) == []


def test_an_organisation_that_signs_is_an_organisation_author() -> None:
    def orgs(line: str, url: str = URL) -> list[tuple[str, str]]:
        art = _credits(_page(above=f'<p class="byline">{line}</p>'), url=url)
        assert persons_of(art) == [], line
        return [(c.name, c.role) for c in art.credits if c.kind == "organization" and c.role != "publisher"]

    assert orgs("Von Verkehrsverein Exampleton e.V.") == [("Verkehrsverein Exampleton e.V.", "author")]
    assert orgs("Ein Beitrag von Stadt Exampleton") == [("Stadt Exampleton", "author")]
    assert orgs("Von der Feuerwehr Exampleton") == [("Feuerwehr Exampleton", "author")]
    assert orgs("By Exampleton Tourism Board") == [("Exampleton Tourism Board", "author")]
    # on its own site the organisation is the publisher, and signs its text as its author (never a source)
    assert orgs("Von Heimatverein Exampleton", url="https://www.heimatverein-exampleton.test/x") == [
        ("Heimatverein Exampleton", "author")]
    # a surname is no organisation noun
    art = _credits(_page(above='<p class="byline">Von Hans Stadtmann</p>'))
    assert persons_of(art) == ["Hans Stadtmann"]


@pytest.mark.parametrize(("below", "authors"), [
    # the house signs its own text beside the wire: its name as the line writes it is an author
    ("<p>(Example News mit dpa)</p>", ["Example News"]),
    ("<p>Example News/dpa</p>", ["Example News"]),
    # a writer signs: the site's name is her outlet's, no author of its own
    ('<p class="byline">By Mara Quell</p><p>(Example News mit dpa)</p>', ["Mara Quell"]),
    # a copyright line is no signature
    ("<p>© 2026 Example News</p>", []),
])
def test_the_site_signing_its_own_text(below: str, authors: list[str]) -> None:
    art = _credits(_page(below=below.replace("<p>", '<p class="credit">', 1)))
    assert sorted(c.name for c in art.credits if c.role == "author") == authors
    assert not any(c.role == "source" and c.agency is None for c in art.credits)


@pytest.mark.parametrize(("name", "want"), [
    ("The Example Team", ["Example Team"]),        # an article before the desk's name goes
    ("der Example Redaktion", ["Example Redaktion"]),
    ("Theodore Team", ["Theodore Team"]),          # a word that only starts like one stays whole
    ("Leader Staff", ["Leader Staff"]),
])
def test_a_desks_leading_article_is_a_word_of_its_own(name: str, want: list[str]) -> None:
    from tracer.credits import default_gazetteer
    from tracer.credits.html import desk_credit
    assert [c.name for c in desk_credit(name, default_gazetteer(), "byline", name, min_words=1)] == want


@pytest.mark.parametrize(("head", "above", "authors"), [
    # an association's own page, its author tag naming the site itself: the association signs
    ('<meta name="author" content="Example News">', "", ["Example News"]),
    # a writer signs: the tag is the site's account, no author of its own
    ('<meta name="author" content="Example News">', '<p class="byline">By Mara Quell</p>', ["Mara Quell"]),
    # a tag naming someone else than the site is no self-signature
    ('<meta name="author" content="Exampleton Rowing Club">', "", ["Exampleton Rowing Club"]),
    # one word, the site's short name, stays the publisher
    ('<meta name="author" content="Example">', "", []),
])
def test_the_site_signing_its_own_page_in_its_author_tag(head: str, above: str, authors: list[str]) -> None:
    art = _credits(_page(head=head, above=above))
    assert sorted(c.name for c in art.credits if c.role == "author") == authors
    assert any(c.role == "publisher" for c in art.credits)


@pytest.mark.parametrize("line", ["Follow her on Twitter @maraquell.", "Follow him on X @jroe and on Facebook.",
                                  "Folgen Sie ihr auf Twitter @mquell."])
def test_a_pronoun_in_a_follow_line_is_no_editors_code(line: str) -> None:
    from tracer.credits import parse_text_credits
    text = "By Mara Quell\n\n" + "\n\n".join(WIRE) + "\n\n" + line
    assert [(c.role, c.name) for c in parse_text_credits(text)] == [("author", "Mara Quell")]


@pytest.mark.parametrize(("node", "want"), [
    # a byline the style sheet sets in capitals, written in lower case in the markup
    ('<p class="byline">by jane roe</p>', ["Jane Roe"]),
    ('<span class="author">jana roe y juan von doe</span>', ["Jana Roe", "Juan von Doe"]),
    ('<div class="author-name">m. quell</div>', ["M. Quell"]),
    # lower case where the markup says nothing of a writer stays prose; a one-word account stays one
    ('<p class="kicker">by jane roe</p>', []),
    ('<span class="author">by exadmin</span>', []),
])
def test_a_lower_case_byline_in_a_writers_node(node: str, want: list[str]) -> None:
    assert persons_of(_credits(_page(above=node))) == want


@pytest.mark.parametrize(("line", "want"), [
    # an article and one desk word sign as the house's desk
    ("Die Redaktion", [("Redaktion", "author")]),
    ("By The Editors", [("Editors", "author")]),
    ("Par La Rédaction", [("Rédaction", "author")]),   # not the periodical 'La Rédaction'
    # 'Redaktion:' labels who edited: a person, no desk named 'Redaktion Jana Roe'
    ("Redaktion: Jana Roe", []),
    # a job title alone signs nothing
    ("By Staff Writer", []),
])
def test_desk_bylines_with_an_article_or_a_label(line: str, want: list[tuple[str, str]]) -> None:
    art = _credits(_page(above=f'<p class="byline">{line}</p>'))
    assert [(c.name, c.role) for c in art.credits if c.kind == "organization" and c.role != "publisher"] == want
    assert not [c for c in art.credits if c.kind == "person" and c.role == "author"]


@pytest.mark.parametrize(("line", "want"), [
    # a byline label with a colon before 'writer/agency': the writer and her agency, no picture credit
    ("Von: Jana Roe/dpa", [("Deutsche Presse-Agentur", "source"), ("Jana Roe", "author")]),
    ("Autor: Jana Roe/dpa", [("Deutsche Presse-Agentur", "source"), ("Jana Roe", "author")]),
])
def test_a_labelled_byline_with_the_agency_after_a_slash(line: str, want: list[tuple[str, str]]) -> None:
    art = _credits(_page(above=f'<p class="byline">{line}</p>'))
    assert sorted((c.name, c.role) for c in art.credits if c.role != "publisher") == want


@pytest.mark.parametrize("line", ["Foto: Jana Roe/dpa", "Bild: Jana Roe / AFP"])
def test_a_picture_credit_in_a_byline_node_credits_no_source(line: str) -> None:
    # the extractor's author field keeps the credit without its colon ('Foto Jana Roe; Dpa'): the
    # agency took the picture, it is no source of the text and the photographer no writer
    art = _credits(_page(above=f'<p class="byline">{line}</p>'))
    assert [c.role for c in art.credits if c.kind == "organization" and c.role != "publisher"] == ["photo"]
    assert persons_of(art) == []


def test_the_sites_own_name_as_a_structured_person_outvotes_no_byline() -> None:
    # the JSON-LD names the site as a Person (its account); the visible byline names the writers
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget passes",
              "author": {"@type": "Person", "name": "ExampleInsider"}})
    art = _credits(_page(head=ld, above='<p class="gray small byline">By <a href="/cdn-cgi/l/email-protection#1">'
                                        'Mara Quell and Ivo Poe</a><br><span>Monday, July 16, 2018</span></p>'),
                   url="https://exampleinsider.test/articles/19/07/16/budget")
    assert persons_of(art) == ["Ivo Poe", "Mara Quell"]
    assert [c.name for c in art.credits if c.kind == "person" and "Example" in c.name] == []


def test_a_backed_visible_byline_outranks_the_json_ld_account() -> None:
    # the JSON-LD and the author tag name the CMS account that posted the story; the visible
    # byline and a writer tag of its own ('sailthru.author') name the writer
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget passes",
              "author": {"@type": "Person", "name": "Kevin Postman"}})
    head = ld + '<meta name="author" content="Kevin Postman"><meta name="sailthru.author" content="By Mara Quell ">'
    art = _credits(_page(head=head, above='<p class="single-header-byline">By Mara Quell</p>'))
    assert persons_of(art) == ["Mara Quell"]
    # without the backing tag the JSON-LD's writer stands (a labelled node may be another story's)
    head = ld + '<meta name="author" content="Kevin Postman">'
    art = _credits(_page(head=head, above='<p class="single-header-byline">By Mara Quell</p>'))
    assert persons_of(art) == ["Kevin Postman"]
