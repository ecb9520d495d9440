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
