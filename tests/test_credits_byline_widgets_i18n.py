"""A byline node with its follow button or its 'all articles' link glued to the name (issue 15: "bylines
with a date or widget text glued on"), in the languages sites print them; and a broadcaster's studio
beside the writer ('Autorin: Jana Rohr, Studio Frankfurt'), which is where she works, no second writer.
Invented names and pages."""

from __future__ import annotations

import pytest

from tests.zeitung_page import page
from tracer import attach_credits, extract_html


def writers(byline: str) -> list[str]:
    html = page(f"<div class='byline'>{byline}</div>")
    art = attach_credits(extract_html(html, id="p", url="https://zeitung.example/lokales/haushalt"))
    return sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))


@pytest.mark.parametrize("widget", ["Folgen", "Suivre", "Volgen", "Obserwuj", "Följ", "Følg", "Seuraa", "Sledovat",
                                    "Takip et", "Követés", "Alle Beiträge", "Tous ses articles", "Tutti gli articoli",
                                    "Alle artikelen", "Ver todos los artículos"])
def test_a_follow_or_archive_widget_glued_to_the_name_is_cut(widget: str) -> None:
    assert writers(f"Jana Rohr {widget}") == ["Jana Rohr"]


@pytest.mark.parametrize("byline", ["Autorin: Jana Rohr, Studio Frankfurt", "Von Jana Rohr, Studio Wien",
                                    "Jana Rohr, ARD-Studio Washington"])
def test_a_broadcasters_studio_beside_the_writer_is_no_writer(byline: str) -> None:
    assert writers(byline) == ["Jana Rohr"]


def test_a_surname_is_not_cut_as_a_widget() -> None:
    assert writers("Von Jana Seguí") == ["Jana Seguí"]
    assert writers("Von Jana Rohr und Max Volger") == ["Jana Rohr", "Max Volger"]
