"""Page bylines the reader used to miss (issue 15, recall): invented pages and texts, one
general form each — a byline in a list of the article's facts, …"""

from __future__ import annotations

from tests.conftest import WIRE, page
from tracer import attach_credits, extract_html
from tracer.credits import parse_text_credits
from tracer.model import Article


def persons_of(art: Article) -> list[str]:
    return sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))


def test_a_byline_in_a_list_item_keeps_its_writers() -> None:
    text = ("Example headline about the council\n- Published on 13 May 2026 at 15:44\n- 3 minutes read\n"
            "- Von: Mara QUELL, Olaf BRENNER\n" + "\n".join(WIRE))
    found = parse_text_credits(text, "Example News")
    assert sorted(c.name for c in found if c.kind == "person") == ["Mara Quell", "Olaf Brenner"]
    # a list item that opens with "By" but names nobody is no byline
    text = "Example headline\n- By the numbers: twelve bus lines\n" + "\n".join(WIRE)
    assert not [c for c in parse_text_credits(text, "Example News") if c.kind == "person"]


def test_a_list_item_byline_on_a_page_survives_the_vote() -> None:
    html = page("T", WIRE).replace(
        "<h1>T</h1>", "<h1>T</h1><ul><li>Published 13 May 2026</li><li>Von: Mara QUELL, Olaf BRENNER</li></ul>")
    art = attach_credits(extract_html(html, id="li", url="https://www.example-news.test/story"))
    assert persons_of(art) == ["Mara Quell", "Olaf Brenner"]


def _page_with(nodes: str) -> Article:
    html = page("T", WIRE).replace("</article>", f"</article>{nodes}")
    return attach_credits(extract_html(html, id="lb", url="https://www.example-news.test/story"))


def test_a_byline_label_in_its_own_element_names_the_writer_beside_it() -> None:
    # the label in a <strong>, the name as the text after it, in a list of facts
    facts = "<ul><li><strong>Datum</strong> 28.04.2026</li><li><strong>Autorin/Autor</strong> Mara Quell</li></ul>"
    assert persons_of(_page_with(facts)) == ["Mara Quell"]
    # the label and the name in separate blocks of a sidebar
    side = ('<div class="sidebar"><div class="f"><p class="label"><strong>By</strong></p></div>'
            '<div class="f"><p class="full-name">Olaf Brenner</p></div></div>')
    assert persons_of(_page_with(side)) == ["Olaf Brenner"]


def test_a_label_beside_prose_a_link_or_a_reader_names_nobody() -> None:
    assert persons_of(_page_with("<p><strong>Von</strong> der Stadt bis zum Meer sind es zwanzig Minuten.</p>")) == []
    comments = '<div class="comments"><div class="comment"><span>By</span> <span>Ivo Marchetti</span></div></div>'
    assert persons_of(_page_with(comments)) == []


def test_an_interview_byline_credits_the_interviewer_not_the_guest() -> None:
    for line in ("Ein Interview von Mara Quell mit Olaf Brenner.", "Interview by Mara Quell with Olaf Brenner"):
        found = parse_text_credits(line + "\n" + "\n".join(WIRE), "Example News")
        assert [c.name for c in found if c.kind == "person"] == ["Mara Quell"], line
    # any other byline keeps its co-writers
    found = parse_text_credits("Von Mara Quell und Olaf Brenner\n" + "\n".join(WIRE), "Example News")
    assert sorted(c.name for c in found if c.kind == "person") == ["Mara Quell", "Olaf Brenner"]


def _bare_page(text: str, extractor_author: str | None) -> Article:
    signals: dict = {"meta": {"og:site_name": ["Example News"]}, "jsonld": [], "nodes": []}
    if extractor_author is not None:
        signals["trafilatura_author"] = extractor_author
    return Article(id="qa", text=text, url="https://www.example-news.test/story", publisher="Example News",
                   signals=signals)


def test_a_source_of_facts_does_not_silence_the_extractors_writer() -> None:
    text = "\n".join(WIRE) + "\nQuelle: Verbraucherzentrale Exampleland"
    art = attach_credits(_bare_page(text, "Mara Quell"))
    assert persons_of(art) == ["Mara Quell"]
    # and the office is where the facts come from, no source of the text (tracer/credits/fact_sources.py)
    assert not any(c.kind == "organization" and c.role == "source" for c in art.credits)
    # a writer the page names itself is not joined by the extractor's guess
    art = attach_credits(_bare_page("Von Olaf Brenner\n" + text, "Mara Quell"))
    assert persons_of(art) == ["Olaf Brenner"]


def test_a_label_inside_a_byline_node_read_already_adds_no_second_node() -> None:
    from lxml import html as lxml_html

    from tracer.extract import credit_nodes

    tree = lxml_html.document_fromstring(
        '<html><body><div class="byline"><b>By</b> Mara Quell</div><ul><li><b>Von</b> Olaf Brenner</li></ul>'
        "</body></html>")
    assert [n["text"] for n in credit_nodes(tree)] == ["By Mara Quell", "Von: Olaf Brenner"]
