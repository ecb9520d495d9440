"""The author of a thing the article is about or quotes, marked as such by the page's classes (issue 15:
"people quoted in the story" as false authors): a reviewed book's author, a testimonial's, a study's, a
pull quote's. Never the article's writer, neither from the node nor from the extractor's author field,
which takes any element whose class says author. Invented pages."""

from __future__ import annotations

import pytest

from tests.zeitung_page import page
from tracer import attach_credits, extract_html


def writers(top: str = "", tail: str = "") -> list[str]:
    html = page(top, tail)
    art = attach_credits(extract_html(html, id="p", url="https://zeitung.example/kultur/buch"))
    return sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))


THINGS = [
    "<div class='book-info'><span class='book-title'>Der Weg</span><span class='book-author'>Jana Rohr</span></div>",
    "<div class='testimonial'><p>Sehr hilfreich!</p><span class='testimonial-author'>Jana Rohr</span></div>",
    "<p class='study-author'>Studienautorin: Jana Rohr</p>",
    "<div class='pullquote'><p>„Ein guter Tag.“</p><p class='quote-author'>Jana Rohr</p></div>",
]


@pytest.mark.parametrize("thing", THINGS)
def test_a_things_author_is_no_writer(thing: str) -> None:
    assert writers(tail=thing) == []


@pytest.mark.parametrize("thing", THINGS)
def test_the_articles_byline_stays_beside_a_things_author(thing: str) -> None:
    assert writers(top="<p class='byline'>Von Max Kellner</p>", tail=thing) == ["Max Kellner"]
