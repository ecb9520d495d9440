"""The corpus-scale HTML report in a real headless Chromium: index search, folded cards (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_browser_report import browser, open_file  # noqa: F401  (the fixture)
from tracer import report
from tracer.reports import html
from tracer.scale.synthetic import edited_clusters

pytestmark = pytest.mark.browser


@pytest.fixture
def corpus_page(browser, tmp_path: Path):  # noqa: F811
    recs = edited_clusters(2, 3, seed=1) + edited_clusters(1, 15, seed=2)
    for r in recs[6:]:
        r["id"] = "big-" + r["id"]
        r["publisher"] = "Harbour " + r["publisher"]
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    f = tmp_path / "r.html"
    f.write_text(html(report([str(src)]).stories), "utf-8")
    o = open_file(browser, f)
    yield o
    o.page.close()


def test_search_hides_stories_that_do_not_match(corpus_page) -> None:
    page = corpus_page.page
    assert corpus_page.errors == []
    assert page.locator("section.story:visible").count() == 3
    page.fill("#search", "harbour outlet1")
    assert page.locator("table.index tr[data-story]:visible").count() == 1
    assert page.locator("section.story:visible").count() == 1
    assert "1 of 3 stories" in page.inner_text("#shown-count")
    page.fill("#search", "")
    assert page.locator("section.story:visible").count() == 3


def test_clicking_a_node_opens_its_folded_card(corpus_page) -> None:
    page = corpus_page.page
    folded = page.locator("details.more .card").first
    key = folded.get_attribute("id").removesuffix("-card")
    assert not folded.is_visible()
    page.locator(f'svg.graph g.node[data-node="{key}"]').click()
    assert folded.is_visible() and "selected" in (folded.get_attribute("class") or "")


def test_article_links_open_nothing_inside_the_report(corpus_page) -> None:
    page = corpus_page.page
    links = page.locator(".card a[href^='https://']")
    assert links.count() >= 1
    assert links.first.get_attribute("rel") == "noopener noreferrer nofollow"
    assert corpus_page.requests == [] or all(r.startswith("file:") for r in corpus_page.requests)
