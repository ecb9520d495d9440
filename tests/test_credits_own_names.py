"""The site's own name in the forms pages print it, and a picture credit with its colon left out (issue 15: "the site's own name reported as a person or a
source"): its host with a hyphen ('beispiel-zeitung.de' on the Beispiel Zeitung) and its name with its
edition's word ('Beispiel Zeitung Online') are the site, never a third party's source. Invented pages."""

from __future__ import annotations

import pytest

from tests.zeitung_page import page
from tracer import attach_credits, extract_html


def sources(top: str = "", tail: str = "") -> list[str]:
    html = page(top, tail)
    art = attach_credits(extract_html(html, id="p"))
    return sorted(c.agency or c.name for c in art.credits if c.kind == "organization" and c.role == "source")


@pytest.mark.parametrize(("top", "tail"), [
    ("", "<p>Quelle: beispiel-zeitung.de</p>"),
    ("<p class='byline'>Von Beispiel Zeitung Online</p>", ""),
    ("<p class='byline'>Von Beispiel Zeitung Digital</p>", ""),
])
def test_the_sites_own_name_is_no_source(top: str, tail: str) -> None:
    assert sources(top, tail) == []


def test_a_wire_beside_the_sites_own_name_stays_a_source() -> None:
    assert sources("<p class='byline'>Von Beispiel Zeitung Online mit dpa</p>") == ["dpa"]


def test_another_outlet_with_an_edition_word_stays_a_source() -> None:
    assert sources("", "<p>Quelle: Exampler Kurier Online</p>") == ["Exampler Kurier Online"]


@pytest.mark.parametrize("credit", ["Photo Jeanne Roux / AFP", "PHOTO JEANNE ROUX / AFP", "Vidéo Jeanne Roux / AFP"])
def test_a_picture_credit_whose_colon_is_left_out_credits_no_source(credit: str) -> None:
    """French papers print 'Photo Jeanne Roux / AFP' under the picture: the agency's picture, not its text."""
    assert sources("", f"<p>{credit}</p>") == []


def test_the_sites_staff_byline_with_its_date_in_a_second_name_element() -> None:
    """'By EXAMPLE LEDGER STAFF' and 'NOVEMBER 20, 2026 10:43' as two itemprop="name" elements: the extractor
    glues the month on ('EXAMPLE LEDGER STAFF NOVEMBER'); the site signs, and no such organisation is credited."""
    html = ("<!doctype html><html><head><meta charset=utf-8><title>Council vote | The Example Ledger</title>"
            "<meta property='og:site_name' content='The Example Ledger'></head><body><main><article>"
            "<h1>Council approves budget</h1><div class='author' itemprop='author' itemscope "
            "itemtype='https://schema.org/Person'><span itemprop='name'>By <span class='article-reporter'> EXAMPLE "
            "LEDGER STAFF</span></span><div itemprop='name'>NOVEMBER 20, 2026 10:43</div></div>"
            "<p>The city council on Tuesday approved a new budget for next year after a long debate that ran late "
            "into the night.</p><p>The opposition criticised the planned spending on roads as too high.</p>"
            "</article></main></body></html>")
    art = attach_credits(extract_html(html, id="p", url="https://www.exampleledger.test/news/council"))
    assert not any("NOVEMBER" in c.name.upper() for c in art.credits)
    assert not any(c.kind == "person" for c in art.credits)
