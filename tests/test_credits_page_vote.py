"""Pages without structured author data (issue 15): which byline nodes name the writer.

Invented pages: a header byline, then the furniture real pages carry around it — teaser
cards of other stories, a pull quote's speaker, a reference list, an author bio with a
nickname — and the extractor's own author field as a further voice.
"""

from __future__ import annotations

from tests.conftest import OTHER, WIRE, page
from tracer import attach_credits, extract_html
from tracer.model import Article


def persons_of(art: Article) -> list[str]:
    return [c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")]


def persons(html: str) -> list[str]:
    return persons_of(attach_credits(extract_html(html, id="pv", url="https://www.example-news.test/story")))


def with_nodes(html: str, nodes: str) -> str:
    return html.replace("<article>", f"<article>{nodes}", 1)


def test_pull_quote_speakers_and_story_cards_are_no_authors() -> None:
    nodes = ('<div class="ArticleHeader-author">Mara Quell @maraquell</div>'
             '<blockquote><div class="Pullquote-source">Olaf Brenner</div></blockquote>'
             '<div class="Card-byline">Tessa Lindqvist</div>'
             '<div class="summary-item__byline">Ivo Marchetti</div>')
    assert persons(with_nodes(page("T", WIRE), nodes)) == ["Mara Quell"]


def test_a_bare_name_node_loses_its_handle_and_degrees() -> None:
    nodes = '<div class="article-authors">Mara Quell, PhD , Olaf Brenner, MD</div>'
    assert sorted(persons(with_nodes(page("T", WIRE), nodes))) == ["Mara Quell", "Olaf Brenner"]


def test_one_word_in_a_reference_list_is_no_writer() -> None:
    nodes = ('<div class="byline">Mara Quell</div>'
             '<ol><li><span class="references__source">Vaccinology</span></li></ol>')
    assert persons(with_nodes(page("T", WIRE), nodes)) == ["Mara Quell"]
    # a one-word writer in an author node stays
    assert persons(with_nodes(page("T", WIRE), '<div class="post-author">Fennimore</div>')) == ["Fennimore"]


def test_without_voters_the_first_byline_node_is_the_articles() -> None:
    # No JSON-LD, no meta author, no "By": the header byline node, then another story's.
    nodes = '<div class="author-name">Mara Quell</div>'
    html = with_nodes(page("T", WIRE), nodes).replace(
        "</article>", '</article><section><div class="author-name">Olaf Brenner</div><p>Other story.</p></section>')
    assert persons(html) == ["Mara Quell"]


def _article(nodes: list[str], extractor_author: str | None) -> Article:
    signals: dict = {"meta": {"og:site_name": ["Example News"]}, "jsonld": [],
                     "nodes": [{"kind": "byline", "text": t, "how": 'class="authors"'} for t in nodes]}
    if extractor_author is not None:
        signals["trafilatura_author"] = extractor_author
    return Article(id="pv", text="\n".join(WIRE), url="https://www.example-news.test/story",
                   publisher="Example News", signals=signals)


def test_the_extractors_author_field_picks_among_byline_nodes() -> None:
    nodes = ["von Tessa Lindqvist", "von Ivo Marchetti", "von Mara Quell"]
    # Without it, the first two "von" nodes (teasers here) would stand.
    assert persons_of(attach_credits(_article(nodes, None))) == ["Tessa Lindqvist", "Ivo Marchetti"]
    # The extractor names the third node's writer: that node is the article's byline.
    assert persons_of(attach_credits(_article(nodes, "Mara Quell"))) == ["Mara Quell"]
    # It agrees with one of the first two: the other is dropped.
    assert persons_of(attach_credits(_article(nodes, "Ivo Marchetti"))) == ["Ivo Marchetti"]


def test_the_extractors_author_field_alone_adds_no_site_name() -> None:
    # "Example Media Group" named by the extractor, found in no byline node: no person.
    art = attach_credits(_article(["© 2025 Example Media Group. All rights reserved."], "Example Media Group"))
    assert "Example Media Group" not in persons_of(art)


def test_a_nickname_and_the_full_name_are_one_writer() -> None:
    html = page("T", WIRE, byline="By Stephanie Quell",
                footer="Steph Quell covers city politics and transport for Example News.")
    assert set(persons(html)) == {"Stephanie Quell"}


def _ld(obj: dict) -> str:
    import json
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_a_json_ld_graph_names_its_writer_by_reference() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "https://www.example-news.test/story#article",
         "author": {"@id": "https://www.example-news.test/#/schema/person/abc123"}},
        {"@type": "Person", "@id": "https://www.example-news.test/#/schema/person/abc123", "name": "Mara Quell"}]}
    html = page("T", WIRE, head=_ld(graph)).replace(
        "</article>", '</article><aside><div class="author">Von Olaf Brenner</div></aside>')
    # The referenced Person is the article's author, and as structured data it outvotes the teaser.
    assert persons(html) == ["Mara Quell"]


def test_a_pictures_and_a_videos_own_credits_are_not_the_articles() -> None:
    head = (_ld({"@type": "ImageObject", "author": "Foto: Olaf Brenner",
                 "copyrightHolder": {"@type": "Organization", "name": "Tessa Lindqvist/Example Press Agency"}})
            + _ld({"@type": "VideoObject", "author": {"@type": "Organization", "name": "Example Video Desk"}}))
    art = attach_credits(extract_html(page("T", WIRE, byline="By Mara Quell", head=head), id="pv",
                                      url="https://www.example-news.test/story"))
    assert persons_of(art) == ["Mara Quell"]
    assert not [c for c in art.credits if c.kind == "organization" and c.role in ("author", "source")]
    assert {c.zone for c in art.credits if c.role == "photo"} == {"jsonld"}


def test_a_company_signing_as_author_is_the_pages_owner_not_a_source() -> None:
    for head in ('<meta name="author" content="Quellbrook Media GmbH">',
                 _ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Quellbrook Holdings Inc."}})):
        art = attach_credits(extract_html(page("T", WIRE, byline="By Mara Quell", head=head), id="pv",
                                          url="https://www.example-news.test/story"))
        assert not [c.name for c in art.credits if c.kind == "organization" and c.role in ("author", "source")]
        assert persons_of(art) == ["Mara Quell"]
    # an outlet named as author stays a credit
    head = _ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Quellbrook Courier"}})
    art = attach_credits(extract_html(page("T", WIRE, head=head), id="pv", url="https://www.example-news.test/story"))
    assert [c.name for c in art.credits if c.kind == "organization" and c.role == "author"] == ["Quellbrook Courier"]


def test_a_visible_byline_outvotes_a_meta_author_nobody_else_names() -> None:
    head = '<meta name="author" content="Webb Admin Person">'
    assert persons(page("T", WIRE, byline="By Mara Quell", head=head)) == ["Mara Quell"]
    # the meta author agreeing with the byline keeps both in agreement
    head = '<meta name="author" content="Mara Quell">'
    assert set(persons(page("T", WIRE, byline="By Mara Quell", head=head))) == {"Mara Quell"}


def test_the_sites_name_glued_after_the_writer_is_cut() -> None:
    html = with_nodes(page("T", WIRE, site="ExampleNews"), '<div class="author-byline">Mara Quell ExampleNews</div>')
    assert persons(html) == ["Mara Quell"]


def test_a_commenters_author_markup_is_no_co_writer() -> None:
    art = Article(id="pv", text="\n".join(WIRE), url="https://www.example-news.test/story", publisher="Example News",
                  signals={"meta": {}, "jsonld": [], "trafilatura_author": "Mara Quell", "nodes": [
                      {"kind": "byline", "text": "Mara Quell 12/03/2024 2 comments", "how": 'class="entry-byline"'},
                      {"kind": "byline", "text": "Olaf", "how": 'itemprop="author"'}]})
    assert persons_of(attach_credits(art)) == ["Mara Quell"]


def test_picture_credits_in_author_values_are_no_authors() -> None:
    for head in (_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Text: Mara Quell, Fotos: Olaf Brenner"}}),
                 '<meta name="author" content="Mara Quell (Text) und Olaf Brenner (Fotos)">',
                 _ld({"@type": "NewsArticle", "author": "Mara Quell; Foto: Olaf Brenner"})):
        assert persons(page("T", WIRE, head=head)) == ["Mara Quell"], head


def test_a_byline_node_holding_a_picture_credit_keeps_its_writer() -> None:
    html = with_nodes(page("T", WIRE), '<div class="byline">Text: Mara Quell · Fotos: Olaf Brenner</div>')
    assert persons(html) == ["Mara Quell"]
    html = with_nodes(page("T", WIRE), '<div class="author">Foto: Olaf Brenner</div><div class="byline">Von Mara Quell</div>')
    assert persons(html) == ["Mara Quell"]


def test_the_extractors_author_field_loses_its_picture_credit() -> None:
    art = _article(["von Tessa Lindqvist", "Mara Quell"], "Text Mara Quell · Fotos Olaf Brenner")
    assert persons_of(attach_credits(art)) == ["Mara Quell"]


def test_places_beside_writers_in_a_byline_node_are_not_credits() -> None:
    html = with_nodes(page("T", WIRE), '<div class="author">Mara Quell, Kopenhagen, und Olaf Brenner, Oslo</div>')
    assert persons(html) == ["Mara Quell", "Olaf Brenner"]
    art = attach_credits(extract_html(with_nodes(page("T", WIRE), '<div class="author">Mara Quell | Exampleville</div>'),
                                      id="pv", url="https://www.example-news.test/story"))
    assert persons_of(art) == ["Mara Quell"]
    assert not [c for c in art.credits if c.kind == "organization" and c.role in ("author", "source")]


def test_a_lowercase_person_type_is_a_person() -> None:
    head = _ld({"@type": "NewsArticle", "author": [{"@type": "person", "name": "Mara Quell"}]})
    art = attach_credits(extract_html(page("T", WIRE, head=head), id="pv", url="https://www.example-news.test/story"))
    assert persons_of(art) == ["Mara Quell"]
    assert not [c for c in art.credits if c.kind == "organization" and c.role == "author"]


def test_desk_codes_after_json_ld_names_still_vote() -> None:
    # Nine writers with desk codes: each stays, and a teaser byline does not.
    names = [f"{first} {last}" for first, last in zip(
        ("Mara", "Olaf", "Tessa", "Ivo", "Lene", "Piet", "Anouk", "Rasmus", "Edda"),
        ("Quell", "Brenner", "Lindqvist", "Marchetti", "Sundby", "Varga", "Moreau", "Holt", "Kranich"), strict=True)]
    head = _ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": f"{n} ({n[:2].lower()}{n[-1]})"}
                                                   for n in names]})
    html = page("T", WIRE, head=head).replace(
        "</article>", '</article><aside><div class="author">Von Otto Teaserman</div></aside>')
    assert sorted(persons(html)) == sorted(names)


def test_json_ld_articles_of_other_pages_name_no_authors_here() -> None:
    here = "https://www.example-news.test/story"
    head = (f'<link rel="canonical" href="{here}">'
            + _ld({"@type": "NewsArticle", "url": here, "author": {"@type": "Person", "name": "Mara Quell"}})
            + _ld({"@type": "NewsArticle", "url": "https://www.example-news.test/other-story",
                   "author": {"@type": "Person", "name": "Olaf Brenner"}}))
    assert persons(page("T", WIRE, head=head)) == ["Mara Quell"]
    # without a URL that tells them apart, every article object still speaks
    head = (_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quell"}})
            + _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Olaf Brenner"}}))
    assert sorted(persons(page("T", WIRE, head=head))) == ["Mara Quell", "Olaf Brenner"]


def test_writers_joined_by_and_in_other_languages_are_two() -> None:
    for sep in ("y", "és", "oraz"):
        v = f"Mara Quell {sep} Olaf Brenner"
        for head, nodes in ((f'<meta name="author" content="{v}">', ""),
                            ("", f'<div class="byline">{v}</div>')):
            assert sorted(set(persons(with_nodes(page("T", WIRE, head=head), nodes)))) == ["Mara Quell", "Olaf Brenner"], v


def test_a_publishers_job_title_after_a_name_is_cut() -> None:
    assert persons(with_nodes(page("T", WIRE), '<div class="author">Mara Quell Herausgeberin</div>')) == ["Mara Quell"]


def test_a_job_title_alone_is_nobodys_name() -> None:
    for name in ("Mara Quell, Korrespondentin in Paris", "Gastautor", "Senior Staff Writer"):
        head = _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": name}})
        assert persons(page("T", WIRE, head=head)) == (["Mara Quell"] if "Mara" in name else []), name


def test_an_email_or_handle_after_a_structured_name_is_dropped() -> None:
    for name in ("Mara Quell (mara.quell@example-news.test)", "Mara Quell @maraquell"):
        head = _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": name}})
        assert persons(page("T", WIRE, head=head)) == ["Mara Quell"], name


def test_a_by_line_below_the_head_is_a_teasers_not_the_writers() -> None:
    paras = [w.replace("council", f"council {i}") for i in range(3) for w in WIRE]  # 18 paragraphs
    html = page("T", paras, byline="By Mara Quell").replace(
        "</article>", "<p>More on this story</p><p>By Olaf Brenner</p></article>")
    assert persons(html) == ["Mara Quell"]
    # the same line in the head is the article's second byline
    html = page("T", ["By Olaf Brenner", *paras], byline="By Mara Quell")
    assert sorted(set(persons(html))) == ["Mara Quell", "Olaf Brenner"]


def test_comment_authors_are_readers_not_writers() -> None:
    # Readers' names carry the same author markup as the byline: itemprop="author" inside a
    # schema.org Comment, rel="author" links in a comment list. Neither is the article's writer.
    thread = ('<section id="comments"><div itemscope itemtype="https://schema.org/Comment">'
              '<span itemprop="author">Olaf Brenner</span><p>Great piece.</p></div>'
              '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Ivo Marchetti</span>'
              '<p>Agreed.</p></div></section>')
    html = page("T", WIRE).replace("</article>", f"</article>{thread}")
    assert persons(html) == []
    html = with_nodes(page("T", WIRE), '<a rel="author" href="/a/mq">Mara Quell</a>').replace(
        "</article>", '</article><ol class="comment-list"><li><a rel="author" href="/u/ob">Olaf Brenner</a> Nice.</li></ol>')
    assert persons(html) == ["Mara Quell"]


LONG = WIRE + OTHER + [p.replace("council", "board") for p in WIRE]


def test_a_teasers_byline_at_the_end_does_not_overrule_the_structured_author() -> None:
    # JSON-LD names the writer; the only visible "By" line is a related story's, far below the
    # head. It must not pass for "the visible byline disagreeing with the tags".
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
          '{"@type": "Person", "name": "Mara Quell"}}</script>')
    html = page("T", [*LONG, "More stories", "Budget fight looms", "By Olaf Brenner"], head=ld)
    assert persons(html) == ["Mara Quell"]


def test_one_word_beside_a_full_name_in_an_author_tag_is_no_writer() -> None:
    # "Mara Quell, Hamburg": the place she writes from (or her outlet), not a second writer.
    html = page("T", WIRE, head='<meta name="author" content="Mara Quell, Hamburg">')
    assert persons(html) == ["Mara Quell"]
    # a one-word writer alone in the tag stays
    html = page("T", WIRE, head='<meta name="author" content="Fennimore">')
    assert persons(html) == ["Fennimore"]


def test_a_byline_node_with_tagged_picture_credits_names_its_writers_only() -> None:
    # The extractor drops the parentheses ("Mara Quell; Olaf Brenner"), so the node must say it.
    for node in ("Mara Quell (Text), Olaf Brenner (Foto)", "Mara Quell, Olaf Brenner (Illustration)"):
        assert persons(with_nodes(page("T", WIRE), f'<div class="byline">{node}</div>')) == ["Mara Quell"]


def orgs(html: str) -> list[tuple[str, str]]:
    art = attach_credits(extract_html(html, id="pv", url="https://www.example-news.test/story"))
    return sorted((c.name, c.role) for c in art.credits if c.kind == "organization" and c.role != "publisher")


def test_structured_data_naming_the_site_as_its_source_is_the_publisher() -> None:
    # sourceOrganization in the site's own longer name, isBasedOn another page of the same site
    own = _ld({"@type": "NewsArticle", "sourceOrganization": {"@type": "Organization", "name": "Example News Network"}})
    assert orgs(page("T", WIRE, head=own)) == []
    own = _ld({"@type": "NewsArticle", "isBasedOn": "https://www.example-news.test/earlier-story"})
    assert orgs(page("T", WIRE, head=own)) == []
    # another outlet stays the source
    other = _ld({"@type": "NewsArticle", "isBasedOn": "https://www.other-wire.test/original"})
    assert [role for _, role in orgs(page("T", WIRE, head=other))] == ["source"]


def test_the_publishers_legal_name_without_its_form_is_the_publisher() -> None:
    ld = _ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example Verlag"},
              "publisher": {"@type": "Organization", "name": "Example Verlag GmbH"}})
    assert orgs(page("T", WIRE, head=ld, site="Example Zeitung")) == []


def test_related_article_objects_without_addresses_do_not_lend_their_authors() -> None:
    # A page lists related stories as NewsArticle objects; no URL says which is this page's,
    # but the headline does (and the page's own object comes first).
    def art(headline: str, name: str) -> dict:
        return {"@type": "NewsArticle", "headline": headline, "author": {"@type": "Person", "name": name}}
    graph = {"@graph": [art("Council approves budget", "Mara Quell"), art("Parks reopen", "Olaf Brenner"),
                        art("Budget fight looms", "Ivo Marchetti")]}
    assert persons(page("Council approves budget", WIRE, head=_ld(graph))) == ["Mara Quell"]
    # the related objects listed first: the title still picks the page's own, site name and all
    graph["@graph"].reverse()
    assert persons(page("Council approves budget", WIRE, head=_ld(graph))) == ["Mara Quell"]
    assert persons(page("Council approves budget - Example News", WIRE, head=_ld(graph))) == ["Mara Quell"]


def test_a_credit_node_opening_with_a_photo_word_is_a_picture_credit() -> None:
    # "Foto Olaf Brenner": the colon lost in the markup (<b>Foto</b> Olaf Brenner).
    html = with_nodes(page("T", WIRE), '<p class="credit"><b>Foto</b> Olaf Brenner</p>')
    assert persons(html) == []
    html = with_nodes(page("T", WIRE), '<div class="author">Mara Quell</div><p class="credit">Bilder Olaf Brenner</p>')
    assert persons(html) == ["Mara Quell"]


def test_a_structured_author_whose_job_title_is_photographer_credits_the_picture() -> None:
    head = _ld({"@type": "NewsArticle", "author": [
        {"@type": "Person", "name": "Mara Quell", "jobTitle": "Korrespondentin"},
        {"@type": "Person", "name": "Olaf Brenner", "jobTitle": "Pressefotograf"}]})
    assert persons(page("T", WIRE, head=head)) == ["Mara Quell"]


def test_a_place_of_two_words_is_no_writer() -> None:
    # "Von Mara Quell, Bad Homburg", a dateline node, "Mara Quell | New York": places that pass
    # every test of a name; the list comes from GeoNames (places.txt).
    assert persons(page("T", LONG, byline="Von Mara Quell, Bad Homburg")) == ["Mara Quell"]
    assert persons(with_nodes(page("T", LONG), '<span class="dateline">Rio de Janeiro</span>')) == []
    html = page("T", LONG, byline="Mara Quell | New York")
    assert persons(html) == ["Mara Quell"] and orgs(html) == []


def test_place_names_are_whole_names_only() -> None:
    from tracer.credits.names import is_place

    assert is_place("Los Angeles") and is_place("new  york")
    assert not is_place("Mara Quell") and not is_place("York") and not is_place("New York Times")


def test_bylines_in_a_box_of_other_stories_are_those_stories() -> None:
    # No byline of its own; a "most popular" box and an aside list other stories with theirs.
    box = ('<div class="most-popular"><ul><li><a href="/a">Parks reopen</a><span class="byline">By Olaf Brenner</span>'
           '</li><li><a href="/b">Budget fight</a><span class="byline">By Ivo Marchetti</span></li></ul></div>'
           '<aside><div class="author">Tessa Lindqvist</div></aside>')
    assert persons(page("T", WIRE).replace("</article>", f"</article>{box}")) == []
    html = with_nodes(page("T", WIRE), '<div class="byline">By Mara Quell</div>').replace("</article>", f"</article>{box}")
    assert persons(html) == ["Mara Quell"]


def test_a_webpage_objects_author_is_no_second_writer_beside_the_articles() -> None:
    head = (_ld({"@type": "WebPage", "author": {"@type": "Person", "name": "Olaf Brenner"}})
            + _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quell"}}))
    assert persons(page("T", WIRE, head=head)) == ["Mara Quell"]
    # without an article object, the page's author is the writer
    head = _ld({"@type": "WebPage", "author": {"@type": "Person", "name": "Olaf Brenner"}})
    assert persons(page("T", WIRE, head=head)) == ["Olaf Brenner"]


def test_the_article_objects_writers_outrank_a_meta_tag_naming_someone_else() -> None:
    head = (_ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Mara Quell"}]})
            + '<meta name="author" content="Olaf Brenner">')
    assert persons(page("T", WIRE, head=head)) == ["Mara Quell"]
    # a tag that agrees with the article object still counts; a tag alone still names the writer
    head = (_ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Mara Quell"}]})
            + '<meta name="author" content="Mara Quell">')
    assert persons(page("T", WIRE, head=head)) == ["Mara Quell"]
    assert persons(page("T", WIRE, head='<meta name="author" content="Olaf Brenner">')) == ["Olaf Brenner"]


def test_a_reviewed_books_author_is_not_the_articles_writer() -> None:
    head = (_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quell"}})
            + _ld({"@type": "Book", "name": "The Long Budget", "author": {"@type": "Person", "name": "Olaf Brenner"}}))
    assert persons(page("T", WIRE, head=head)) == ["Mara Quell"]


def test_an_unknown_organisation_in_the_author_tag_beside_named_writers_is_the_site() -> None:
    from tracer.credits.vote import vote
    from tracer.model import Credit

    art = _article([], None)
    art.signals["jsonld"] = [{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quell"}}]
    found = [Credit(name="Mara Quell", kind="person", role="author", zone="jsonld", evidence='"author": "Mara Quell"'),
             Credit(name="Quellbrook Regional", kind="organization", role="author", zone="meta",
                    evidence='<meta name="author" content="Quellbrook Regional">')]
    assert [(c.name, c.role) for c in vote(art, found) if c.kind == "organization"] == [("Quellbrook Regional", "publisher")]
    # without writers in the article object, the tag's organisation stays the author
    art.signals["jsonld"] = []
    assert [(c.name, c.role) for c in vote(art, found[1:])] == [("Quellbrook Regional", "author")]


def test_a_wire_agency_typed_as_a_person_in_json_ld_is_the_agency() -> None:
    head = _ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Mara Quell"},
                                                   {"@type": "Person", "name": "dpa"}]})
    html = page("T", WIRE, head=head)
    assert persons(html) == ["Mara Quell"]
    assert orgs(html) == [("Deutsche Presse-Agentur", "source")]
