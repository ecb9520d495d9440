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


def test_co_author_on_the_confirmed_line_stays() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"}})
    assert persons(page("T", WIRE, byline="By Jane Roe and Ivo Petrov", head=head)) == ["Jane Roe", "Ivo Petrov"]


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


def test_one_writer_credited_once() -> None:
    html = page("T", WIRE, byline="By Stephanie Roe June 19, 2023",
                footer="Stephanie Roe Steph Roe covers politics and courts for the site.")
    assert persons(html) == ["Stephanie Roe"]


def test_json_ld_persons_in_scripts_without_capitals() -> None:
    head = ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "김하늘"},
                                                  {"@type": "Person", "name": "王小明"}]})
    assert persons(page("T", WIRE, head=head)) == ["김하늘", "王小明"]


def test_a_lone_word_after_several_names_is_a_place() -> None:
    html = page("T", WIRE, byline="Autor: Jana Roeder und Anna Tresch, Exampleville 05.01.2025, 15:23")
    assert persons(html) == ["Jana Roeder", "Anna Tresch"]


def test_an_explicit_text_byline_outvotes_a_contradicting_meta_author() -> None:
    html = page("T", ["Ein Interview von Eugen Zander mit Sonja Silber.", *WIRE],
                head='<meta name="author" content="Paul Sitemann">')
    assert persons(html) == ["Eugen Zander"]


def test_site_name_with_a_tagline_still_names_the_site() -> None:
    html = page("T", WIRE, site="sitename.test / Example Online", head='<meta name="author" content="sitename.test">')
    assert orgs(html) == []


def test_a_bylines_box_keeps_writers_apart_and_author_markup_votes() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Marta Lund Holm"}})
    box = ('<div class="bylines"><address><a rel="author" href="mailto:a@x.test">Inga Trebor</a></address>'
           '<address><a rel="author" href="mailto:b@x.test">Marta Lund Holm</a></address></div>')
    html = page("T", WIRE, head=head).replace("<article>", "<article>" + box)
    assert sorted(persons(html)) == ["Inga Trebor", "Marta Lund Holm"]


def test_a_labelled_list_item_is_a_byline() -> None:
    box = ('<ul class="facts"><li><strong>Datum</strong> 28.04.2023</li>'
           '<li><strong>Autorin/Autor</strong>\nRoman Goncharov<!-- a comment --></li></ul>')
    html = page("T", WIRE).replace("</article>", "</article>" + box)
    assert persons(html) == ["Roman Goncharov"]


def test_owner_group_as_meta_author_publishes_and_photo_copyright_is_no_org() -> None:
    head = '<meta name="author" content="Condé Nast">' + ld(
        {"@type": "NewsArticle", "copyrightHolder": {"@type": "Organization", "name": "© Anna Fotogr/dpa"}})
    art = attach_credits(extract_html(page("T", WIRE, head=head), id="v", url="https://www.example-news.test/s"))
    srcs = {c.agency or c.name for c in art.credits if c.kind == "organization" and c.role == "source"}
    assert "Condé Nast" not in srcs
    assert not any("Fotogr" in c.name for c in art.credits if c.kind == "organization")
