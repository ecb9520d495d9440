from __future__ import annotations

from tests.conftest import WIRE, page
from tracer import extract_html, extract_text


def test_extract_keeps_fetch_url_and_canonical_as_signal() -> None:
    html = page("Title", WIRE, url="https://other.example/original")
    art = extract_html(html, id="x", url="https://copy.example/story")
    assert art.url == "https://copy.example/story"
    assert art.signals["canonical"] == "https://other.example/original"
    assert "city council" in art.text


def test_jsonld_and_meta_are_read() -> None:
    head = ('<meta name="author" content="Jane Roe">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "isBasedOn": "https://ap.example/x",'
            ' "sourceOrganization": {"@type": "Organization", "name": "Reuters"}}</script>')
    art = extract_html(page("T", WIRE, head=head), id="x")
    assert art.signals["meta"]["author"] == ["Jane Roe"]
    assert art.signals["jsonld"][0]["sourceOrganization"]["name"] == "Reuters"


def test_empty_and_garbage_pages_give_errors_not_exceptions() -> None:
    assert extract_html("", id="e").errors
    assert extract_html(b"\xff\xfe\x00garbage<<<>>>", id="g").errors
    art = extract_html("<html><body><div><p>unclosed", id="u")
    assert art.id == "u"


def test_plain_text_title() -> None:
    art = extract_text("Headline here\n\nBody paragraph one.\nBody two.", id="t")
    assert art.title == "Headline here"
