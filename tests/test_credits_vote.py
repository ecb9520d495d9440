"""Pages (issue 15): the structured author data votes on the names text and byline nodes give."""

from __future__ import annotations

import json

from tests.conftest import WIRE, page
from tracer import attach_credits, extract_html


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def persons(html: str) -> list[str]:
    art = attach_credits(extract_html(html, id="v", url="https://www.example-news.test/story"))
    return [c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")]


def orgs(html: str, role: str = "author") -> list[str]:
    art = attach_credits(extract_html(html, id="v", url="https://www.example-news.test/story"))
    return [c.name for c in art.credits if c.kind == "organization" and c.role == role]


TEASER = '<aside><div class="author">Von Max Otherman</div><p>Another story entirely.</p></aside>'


def test_json_ld_author_outvotes_a_teaser_byline() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"}})
    html = page("T", WIRE, byline="By Jane Roe", head=head).replace("</article>", "</article>" + TEASER)
    assert persons(html) == ["Jane Roe"]


def test_structured_data_agreeing_with_no_one_does_not_vote() -> None:
    head = '<meta name="author" content="Site Admin Person">'
    html = page("T", WIRE, byline="By Jane Roe", head=head)
    assert "Jane Roe" in persons(html)


def test_desk_code_after_a_json_ld_name_is_dropped() -> None:
    head = ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Roe (jro)"}]})
    assert persons(page("T", WIRE, head=head)) == ["Jane Roe"]


def test_desk_byline_is_an_organisation() -> None:
    html = page("T", WIRE, byline="Example-Redaktion")
    assert persons(html) == []
    assert orgs(html) == ["Example-Redaktion"]


def test_the_site_itself_is_no_author() -> None:
    html = page("T", WIRE, site="Le Exemple", byline="Le Exemple")
    assert persons(html) == []
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "example-news.test"}})
    assert persons(page("T", WIRE, head=head)) == []


def test_a_lone_word_after_several_names_is_a_place() -> None:
    html = page("T", WIRE, byline="Autor: Jana Roeder und Anna Tresch, Exampleville 05.01.2025, 15:23")
    assert persons(html) == ["Jana Roeder", "Anna Tresch"]


def test_a_newspaper_title_around_the_sites_name_is_the_publisher() -> None:
    # "Diario Example News" as JSON-LD author on example-news.test: the site itself, not a source.
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Diario Example News"}})
    html = page("T", WIRE, head=head)
    assert orgs(html) == []
    assert "Diario Example News" in orgs(html, "publisher")
    # another outlet that only shares a word with the site keeps its credit
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Diario Otherplace"}})
    assert orgs(page("T", WIRE, head=head)) == ["Diario Otherplace"]


def test_a_whole_byline_in_one_json_ld_person_names_each_writer() -> None:
    line = "By Jane Roe And John Doe For The Example Times"
    head = '<meta name="author" content="Jane Roe">' + ld({"@type": "NewsArticle",
                                                           "author": {"@type": "Person", "name": line}})
    html = page("T", WIRE, head=head).replace("<article>", f'<article><p class="byline">{line}</p>')
    assert sorted(persons(html)) == ["Jane Roe", "John Doe"]


def test_a_host_as_meta_author_is_the_site_itself() -> None:
    head = '<meta name="author" content="othersite.test / Example Online">'
    html = page("T", WIRE, byline="By Jane Roe", head=head)
    assert orgs(html) == []
    assert "othersite.test" in orgs(html, "publisher")
