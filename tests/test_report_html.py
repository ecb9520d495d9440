"""The HTML report at corpus scale (issue 20): linear size, each card and passage once,
folded long stories, an index with search and counts, one file per story, safe links."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tracer import report
from tracer.reports.html import _cuts, clipped_runs, html, html_pages, safe_url
from tracer.scale.synthetic import edited_clusters


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def corpus(tmp: Path, n_clusters: int, size: int, seed: int = 3) -> list[str]:
    recs = edited_clusters(n_clusters, size, seed=seed)
    return [str(write(tmp / f"c{n_clusters}x{size}-{seed}.jsonl", recs))]


def test_report_size_grows_linearly_with_the_corpus(tmp_path: Path) -> None:
    small = html(report(corpus(tmp_path, 3, 8)).stories)
    large = html(report(corpus(tmp_path, 12, 8)).stories)
    assert 3.5 <= len(large) / len(small) <= 4.5  # four times the articles, about four times the bytes
    assert len(large) / (12 * 8) <= 6 * 1024  # the floor: 6 KB per article


def test_report_size_per_article_does_not_grow_with_the_cluster(tmp_path: Path) -> None:
    """Every copy shares text with every other: pairs grow with the square, the report must not."""
    per_small = len(html(report(corpus(tmp_path, 4, 5)).stories)) / 20
    per_big = len(html(report(corpus(tmp_path, 1, 40)).stories)) / 40
    assert per_big <= 1.3 * per_small
    assert per_big <= 6 * 1024


@pytest.fixture(scope="module")
def star(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("star")
    rep = report(corpus(tmp, 1, 16))
    return rep, html(rep.stories)


def test_each_article_card_is_rendered_once(star) -> None:
    rep, doc = star
    (s,) = rep.stories
    for art_id in s.articles:
        assert doc.count(f'<div class="id">{art_id}</div>') == 1


def test_each_passage_text_is_shown_once_and_referenced_after(star) -> None:
    _rep, doc = star
    ids = re.findall(r'<td class="(?:source|copy)" id="([^"]+)"', doc)
    assert ids and len(ids) == len(set(ids))
    refs = re.findall(r'<a class="ref" href="#([^"]+)"', doc)
    assert refs and set(refs) <= set(ids)  # the origin's passage, shown for its first copy only


def test_long_story_folds_cards_edges_and_siblings(star) -> None:
    _rep, doc = star
    folded = doc.split('<details class="more">', 1)
    assert len(folded) == 2
    assert re.search(r"<summary>4 more articles</summary>", doc)  # 16 articles, 12 shown
    assert "sibling pairs</summary>" in doc


def test_long_passages_are_clipped_to_opening_and_close() -> None:
    text = " ".join(f"word{i}" for i in range(400))
    runs = clipped_runs(text, text, "verbatim")
    shown = "".join(c for s, c in runs if s is not None)
    assert shown.startswith("word0 ") and shown.endswith("word399")
    assert len(shown) < 500 and any(s is None and "characters" in c for s, c in runs)
    short = "a few words"
    assert clipped_runs(short, short, "verbatim") == [(True, short)]


def test_edited_marks_survive_clipping() -> None:
    a = " ".join(f"w{i}" for i in range(300))
    b = a.replace("w3 ", "changed ").replace("w298", "other")
    runs = clipped_runs(b, a, "edited")
    assert (False, "changed") in runs or any(s is False and "changed" in c for s, c in runs)
    assert any(s is False and "other" in c for s, c in runs)


def test_index_lists_every_story_with_counts_and_search_terms(tmp_path: Path) -> None:
    rep = report(corpus(tmp_path, 3, 4))
    doc = html(rep.stories)
    rows = re.findall(r'<tr data-story="(s\d+)" data-terms="([^"]*)"', doc)
    assert [k for k, _t in rows] == ["s0", "s1", "s2"]
    assert all("outlet0" in t for _k, t in rows)  # publishers are searchable
    assert '<input type="search" id="search"' in doc
    assert "3 stories · 12 articles in them" in doc
    for k, _t in rows:
        assert f'<section class="story" id="{k}"' in doc or f'<section class="story has-undisclosed" id="{k}"' in doc


def test_article_urls_are_linked_only_when_http(tmp_path: Path) -> None:
    recs = edited_clusters(1, 3)
    recs[1]["url"] = "javascript:alert(1)"
    recs[2]["url"] = 'https://bad.example/"><script>x</script>'
    doc = html(report([str(write(tmp_path / "u.jsonl", recs))]).stories)
    hrefs = re.findall(r'<a href="([^"]*)" rel="noopener', doc)
    assert hrefs == ["https://outlet0.example/news/0", "https://bad.example/&#34;&gt;&lt;script&gt;x&lt;/script&gt;"]
    assert "javascript:alert(1)" in doc  # shown as text
    assert "<script>x" not in doc


def test_safe_url_accepts_only_absolute_http() -> None:
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert safe_url("HTTP://a.example/") == "HTTP://a.example/"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//a.example/x", "/x", "https://a b/", "https:///x",
                "ftp://a.example/", None, ""):
        assert safe_url(bad) is None, bad


def test_html_pages_give_an_index_and_one_file_per_story(tmp_path: Path) -> None:
    rep = report(corpus(tmp_path, 3, 4))
    pages = dict(html_pages(rep.stories))
    assert sorted(pages) == ["index.html", "story-00001.html", "story-00002.html", "story-00003.html"]
    assert re.findall(r'<a href="(story-\d+\.html)">', pages["index.html"]) == sorted(pages)[1:]
    assert "<section class=\"story" not in pages["index.html"]
    one = pages["story-00002.html"]
    assert one.count("<svg class=\"graph\"") == 1 and 'href="index.html"' in one


def test_report_cli_writes_a_directory_of_pages(tmp_path: Path) -> None:
    (src,) = corpus(tmp_path, 2, 3)
    out = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "tracer", "report", src, "-f", "html", "-o", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "story-00001.html", "story-00002.html"]
    single = tmp_path / "one.html"
    r = subprocess.run([sys.executable, "-m", "tracer", "report", src, "-f", "html", "-o", str(single)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and single.read_text("utf-8").count("<svg class=\"graph\"") == 2


def test_clipped_runs_show_exactly_the_opening_and_the_close() -> None:
    a = " ".join(f"w{i}" for i in range(300))
    b = a.replace("w3 ", "changed ").replace("w298", "other")
    start, end = _cuts(b)
    runs = clipped_runs(b, a, "edited")
    shown = "".join(c for s, c in runs if s is not None)
    assert shown == b[:start] + b[end:]
    assert [s for s, c in runs if "changed" in c or "other" in c] == [False, False]
    assert sum(1 for s, _c in runs if s is None) == 1
