"""A live blog names its writers on its updates (issue 15, pages: JSON-LD authors): a 'LiveBlogPosting'
signed by the site whose 'liveBlogUpdate' entries each carry a Person author credits those writers, each
once; an update's organisation (the site) adds no writer. Invented pages."""

from __future__ import annotations

import json

from tracer import attach_credits, extract_html


def writers(ld: dict) -> list[str]:
    html = ("<!doctype html><html><head><meta charset=utf-8><title>Live: Haushaltsdebatte | Beispiel Zeitung</title>"
            "<meta property='og:site_name' content='Beispiel Zeitung'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main><article>"
            "<h1>Live: Haushaltsdebatte im Stadtrat</h1>"
            "<p>Der Stadtrat berät heute über den Haushalt für das kommende Jahr. Wir berichten live.</p>"
            "<p>Die Opposition kritisiert die geplanten Ausgaben für den Straßenbau als deutlich zu hoch.</p>"
            "</article></main></body></html>")
    art = attach_credits(extract_html(html, id="p", url="https://zeitung.example/live/haushalt"))
    return sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))


def update(who: dict) -> dict:
    return {"@type": "BlogPosting", "headline": "Update", "author": who}


JANA = {"@type": "Person", "name": "Jana Rohr"}
MAX = {"@type": "Person", "name": "Max Kellner"}
SITE = {"@type": "Organization", "name": "Beispiel Zeitung"}


def test_the_updates_writers_are_the_live_blogs_writers() -> None:
    ld = {"@type": "LiveBlogPosting", "author": SITE,
          "liveBlogUpdate": [update(JANA), update(MAX), update(JANA), update(SITE)]}
    assert writers(ld) == ["Jana Rohr", "Max Kellner"]


def test_a_live_blog_that_names_no_writer_on_its_updates_credits_none() -> None:
    ld = {"@type": "LiveBlogPosting", "author": SITE, "liveBlogUpdate": [update(SITE), update(SITE)]}
    assert writers(ld) == []


def test_an_ordinary_articles_parts_are_no_updates() -> None:
    """Only a live blog's updates: a NewsArticle's 'liveBlogUpdate'-less parts name no writer."""
    ld = {"@type": "NewsArticle", "author": JANA, "hasPart": [update(MAX)]}
    assert writers(ld) == ["Jana Rohr"]


def test_a_live_blog_that_names_its_writer_keeps_her_alone() -> None:
    ld = {"@type": "LiveBlogPosting", "author": JANA, "liveBlogUpdate": [update(MAX)]}
    assert writers(ld) == ["Jana Rohr"]
