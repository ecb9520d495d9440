"""The HTML zone: byline and credit nodes, meta tags, JSON-LD and canonical links, merged
with the text zone; plus property tests that no input breaks the parser or its spans."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLES, WIRE, page
from tracer import attach_credits, extract_html, extract_text
from tracer.credits import parse_text_credits


def html_credits(html: str, url: str | None = "https://copy.example/a"):
    return attach_credits(extract_html(html, id="h", url=url))


def test_sample_byline_node_gives_publisher_and_chain() -> None:
    art = html_credits((SAMPLES / "a2cnn-hegseth.html").read_text("utf-8"), url=None)
    assert art.chain == ["A2 CNN", "VOA"]
    pub = next(c for c in art.credits if c.role == "publisher")
    assert (pub.name, pub.zone, pub.evidence) == ("A2 CNN", "byline", "Nga A2 CNN")
    assert pub.start is None and pub.end is None  # trafilatura dropped the node: HTML-only evidence
    voa = next(c for c in art.credits if c.agency == "VOA")
    assert voa.evidence == "/ VOA (A2 Televizion)" and art.text[voa.start:voa.end] == "VOA"


def test_itemprop_author_and_rel_author_nodes() -> None:
    html = page("T", WIRE, head="").replace(
        "<article>", '<article><div class="meta"><span itemprop="author">Jane Roe</span></div>'
                     '<a rel="author" href="/u/jd">John Doe</a>')
    names = {(c.name, c.role, c.kind) for c in html_credits(html).credits}
    assert ("Jane Roe", "author", "person") in names
    assert ("John Doe", "author", "person") in names


def test_photo_caption_node_is_a_photo_credit() -> None:
    html = page("T", WIRE).replace(
        "<article>", '<article><figure><img src="a.jpg"><figcaption>The mayor. Photo: Reuters</figcaption></figure>')
    art = html_credits(html)
    assert [(c.agency, c.role) for c in art.credits if c.agency == "Reuters"] == [("Reuters", "photo")]
    assert art.chain == ["Example News"]


def test_teaser_bylines_beyond_the_first_are_ignored() -> None:
    teasers = "".join(f'<div class="teaser"><span class="author">Von Autor{i} Beispiel</span></div>' for i in range(5))
    html = page("T", WIRE, byline="Von Erika Muster").replace("</article>", "</article>" + teasers)
    people = [c.name for c in html_credits(html).credits if c.kind == "person"]
    assert people[0] == "Erika Muster" and len(people) <= 2


def test_meta_author_with_agency_and_outlet() -> None:
    head = '<meta property="article:author" content="AFP/The Local">'
    art = html_credits(page("T", WIRE, site="The Local", head=head))
    assert ("AFP", "source") in {(c.agency, c.role) for c in art.credits}
    assert art.chain[:2] == ["The Local", "AFP"]


def test_jsonld_source_fields() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "author": [{"@type": "Person", "name": "Ana Beispiel"}, {"@type": "Organization", "name": "Reuters"}],
          "isBasedOn": "https://www.orig-news.example/story/1",
          "sourceOrganization": {"@type": "Organization", "name": "Agence France-Presse"},
          "copyrightHolder": {"@type": "Organization", "name": "Associated Press"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    art = html_credits(page("T", WIRE, head=head))
    got = {(c.agency or c.name, c.role, c.zone) for c in art.credits}
    assert ("Ana Beispiel", "author", "jsonld") in got
    assert {("Reuters", "source", "jsonld"), ("AFP", "source", "jsonld"), ("AP", "source", "jsonld"),
            ("orig-news.example", "source", "jsonld")} <= got
    assert all(c.start is None for c in art.credits if c.zone == "jsonld")


def test_cross_domain_canonical_is_a_credit_not_the_url() -> None:
    art = html_credits(page("T", WIRE, url="https://orig.example/a"), url="https://copy.example/a")
    assert art.url == "https://copy.example/a"
    assert ("orig.example", "canonical") in {(c.name, c.zone) for c in art.credits}
    same = html_credits(page("T", WIRE, url="https://copy.example/a?x=1"), url="https://www.copy.example/a")
    assert not [c for c in same.credits if c.zone == "canonical"]


def test_byline_in_text_and_node_merge_to_one_credit_with_span() -> None:
    html = page("T", ["By Jane Roe", *WIRE], byline="By Jane Roe")
    art = html_credits(html)
    janes = [c for c in art.credits if c.name == "Jane Roe"]
    assert len(janes) == 1
    if janes[0].start is not None:
        assert art.text[janes[0].start:janes[0].end] == "Jane Roe"


def test_broken_jsonld_and_odd_meta_do_not_fail() -> None:
    head = ('<script type="application/ld+json">{"author": </script>'
            '<script type="application/ld+json">{"author": {"name": 7}, "publisher": [null, {}]}</script>'
            '<meta name="author" content="https://example.com/u/1">')
    art = html_credits(page("T", WIRE, head=head))
    assert not art.errors


CREDIT_BITS = st.sampled_from([
    "By Jane Roe", "Nga A2 CNN", "WASHINGTON (AP) — ", "МОСКВА, 13 февраля. /ТАСС/. ", "(EFE).-", "/ VOA (A2",
    "(PAP)", "Burimi: VOA", "Reporting by A B; Editing by", "contributed to this report", "© 2012 APA/AP",
    "dpa/lno", "(AP Photo/", "told Reuters", "Quelle:", "/", "(", ")", "\n", " and ", "Photo:", "é", "ß", "İ",
    "ǅ", "ﬁ", "\u0130", "\u00a0", "\r", "\t", ". ", "@", "jo.mc@x.io", "For The", "|", "—", "'s ",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=40), CREDIT_BITS), max_size=40), st.none() | st.text(max_size=20))
def test_any_text_parses_with_spans_inside_it(parts: list[str], publisher: str | None) -> None:
    text = "".join(parts)
    for c in parse_text_credits(text, publisher):
        assert c.start is not None and c.end is not None
        assert 0 <= c.start <= c.end <= len(text)
    art = extract_text(text, id="p")
    art.publisher = publisher
    attach_credits(art)
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start <= c.end <= len(art.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=30), CREDIT_BITS), max_size=12),
       st.text(max_size=30), st.text(max_size=60))
def test_any_html_parses_with_spans_inside_the_text(paras: list[str], byline: str, meta: str) -> None:
    esc = meta.replace('"', "&quot;").replace("<", "&lt;")
    head = (f'<meta name="author" content="{esc}">'
            f'<script type="application/ld+json">{{"author": {json.dumps(meta)}}}</script>')
    html = page("T", [*paras, *WIRE[:2]], byline=byline.replace("<", "&lt;"), head=head)
    art = html_credits(html)
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start <= c.end <= len(art.text)
