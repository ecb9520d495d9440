"""Job titles and desk bylines in more languages (issue 15): lexicon data, not patterns.

Invented pages: a byline node whose writer carries a title in a language the lexicon
did not cover, and a house byline of a newsroom named in another language.
"""

from __future__ import annotations

import pytest

from tests.conftest import WIRE, page
from tracer import attach_credits, extract_html


def credits_of(nodes: str) -> list[tuple[str, str]]:
    html = page("T", WIRE).replace("<article>", f"<article>{nodes}", 1)
    art = attach_credits(extract_html(html, id="lx", url="https://www.example-news.test/story"))
    return [(c.name, c.kind) for c in art.credits if c.role in ("author", "contributor")]


@pytest.mark.parametrize("title", ["Toimittaja", "Redaktor", "Tudósító", "Wartawan", "Moderatorin"])
def test_a_title_after_the_name_is_not_part_of_it(title: str) -> None:
    assert credits_of(f'<div class="byline">Mara Quell {title}</div>') == [("Mara Quell", "person")]


@pytest.mark.parametrize("desk", ["Redakce", "Toimitus", "Szerkesztőség"])
def test_a_newsroom_byline_is_an_organisation(desk: str) -> None:
    assert credits_of(f'<div class="byline">{desk}</div>') == [(desk, "organization")]


@pytest.mark.parametrize("byline", ["Korrespondentin Mara Quell", "Senior Reporter Mara Quell",
                                    "Leitender Wirtschaftsredakteur Mara Quell"])
def test_a_title_before_the_name_is_not_part_of_it(byline: str) -> None:
    assert credits_of(f'<div class="byline">{byline}</div>') == [("Mara Quell", "person")]


def test_modifiers_without_a_title_stay_in_the_name() -> None:
    from tracer.credits.byline import strip_lead_title

    assert strip_lead_title("Grand Mara Quell") == "Grand Mara Quell"
    assert strip_lead_title("Reporter Quell") == "Reporter Quell"  # one word left: no name to keep
    assert strip_lead_title("Chief Political Correspondent Mara Quell") == "Mara Quell"


def test_an_abbreviated_photo_word_marks_a_picture_credit() -> None:
    from tracer.credits import parse_text_credits

    text = "The council voted on Tuesday.\nFot. Olaf Brenner/PAP\nIt passed after a long debate."
    assert [c.role for c in parse_text_credits(text, "Example News") if c.kind == "organization"] == ["photo"]
    # a degree after a name is no picture credit
    text = "By Mara Quell, Ph.D.\nThe council voted on Tuesday.\nIt passed."
    assert [c.name for c in parse_text_credits(text, "Example News") if c.kind == "person"] == ["Mara Quell"]


def test_a_separator_word_inside_a_hyphenated_word_does_not_split_it() -> None:
    from tracer.credits.names import split_names

    assert [p.text for p in split_names("Autor: Mara Quell, Redner bei hire-a-speaker.example")][-1] \
        == "Redner bei hire-a-speaker.example"
    assert [p.text for p in split_names("Rock-and-Roll Desk")] == ["Rock-and-Roll Desk"]
    assert [p.text for p in split_names("Mara Quell and Olaf Brenner")] == ["Mara Quell", "Olaf Brenner"]


def test_a_news_agency_whose_name_extends_a_photo_agencys_is_a_source() -> None:
    from tracer.credits import parse_text_credits

    body = "The council voted on Tuesday.\nIt passed after a long debate.\n"
    found = parse_text_credits(body + "Keystone-SDA", "Example News")
    assert [(c.name, c.role) for c in found if c.kind == "organization"] == [("Keystone-SDA", "source")]
    # the picture agency alone, or in a picture credit, is still no source
    assert not [c for c in parse_text_credits(body + "Bild: KEYSTONE/Olaf Brenner", "Example News") if c.role == "source"]


@pytest.mark.parametrize("line", ["Dieser Beitrag erschien zuerst auf quellbrook-review.de",
                                  "Erstveröffentlichung: Quellbrook Review", "Cross-posted from Quellbrook Review.",
                                  "This post first appeared on Quellbrook Review."])
def test_a_repost_line_names_the_outlet_it_comes_from(line: str) -> None:
    from tracer.credits import parse_text_credits

    text = "The council voted on Tuesday.\nIt passed after a long debate.\n" + line
    assert [c.role for c in parse_text_credits(text, "Example News") if c.kind == "organization"] == ["source"]


@pytest.mark.parametrize(("line", "name"), [("Írta: Kovács Anna", "Kovács Anna"), ("Oleh Budi Santoso", "Budi Santoso"),
                                            ("Teksti: Mara Quell", "Mara Quell"), ("Scris de Ana Popescu", "Ana Popescu"),
                                            ("Συντάκτης: Νίκος Δημητρίου", "Νίκος Δημητρίου")])
def test_byline_prefixes_and_names_in_more_languages(line: str, name: str) -> None:
    from tracer.credits import parse_text_credits

    found = parse_text_credits(line + "\nThe council voted on Tuesday to approve a new budget.\nIt passed.", "Example News")
    assert [(c.name, c.role) for c in found if c.kind == "person"] == [(name, "author")]
