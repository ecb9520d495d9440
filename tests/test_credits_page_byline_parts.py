"""A byline node whose writer, place and job stand in elements of their own with no space between them in
the page's text (issue 15: "places and job titles taken as names"): '<span>Jana Rohr</span><span>Mainz
</span>' is Jana Rohr in Mainz, not 'Jana Rohr Mainz'; a district as local papers name it ('Kreis
Offenbach', 'Landkreis Exampleton') is a place, no writer and no organisation; the extractor's author field
that glued the place on ('Jana Rohr Frankfurt') gives way to the node's cut. Invented pages."""

from __future__ import annotations

import pytest

from tests import zeitung_page
from tracer import attach_credits, extract_html, extract_text

BODY = zeitung_page.BODY + zeitung_page.THIRD


def credited(node: str) -> tuple[list[str], list[str]]:
    html = zeitung_page.page(f"<div class='author'>{node}</div>", body=BODY)
    art = attach_credits(extract_html(html, id="p", url="https://zeitung.example/lokales/haushalt"))
    persons = sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))
    orgs = sorted(c.name for c in art.credits
                  if c.kind == "organization" and c.role in ("author", "source", "contributor"))
    return persons, orgs


@pytest.mark.parametrize("node", [
    "<span>Jana Rohr</span><span>Mainz</span>",
    "<span>Jana Rohr</span><span>Rhein-Main</span>",
    "<span class='name'>Jana Rohr</span> <span class='location'>Frankfurt am Main</span>",
    "<span>Jana Rohr</span><span>Kreis Offenbach</span>",
    "<span>Jana Rohr</span><span>Landkreis Exampleton</span>",
    "<span>Jana Rohr</span><span>Kanton Zürich</span>",
    "<span>Jana Rohr</span><span>Praktikantin</span>",
    "<span>Jana Rohr</span><span>Leiterin Digitales</span>",
    "<span>Jana Rohr</span><span>Senior Editor, Politics</span>",
])
def test_the_writers_place_or_job_in_an_element_of_its_own_is_no_part_of_her_name(node: str) -> None:
    assert credited(node) == (["Jana Rohr"], [])


def test_two_writers_in_elements_of_their_own_stay_two() -> None:
    assert credited("<a href='/autor/jr'>Jana Rohr</a><a href='/autor/mk'>Max Kellner</a>") == (
        ["Jana Rohr", "Max Kellner"], [])


def test_a_first_name_and_a_surname_in_elements_of_their_own_stay_one_name() -> None:
    assert credited("<span class='given'>Jana</span> <span class='family'>Rohr</span>") == (["Jana Rohr"], [])


@pytest.mark.parametrize("line", ["Jana Rohr, Frankfurt am Main", "Jana Rohr, Mumbai", "Jana Rohr, Kreis Offenbach"])
def test_a_bare_byline_line_with_the_writers_place(line: str) -> None:
    text = ("Stadtrat beschließt neuen Haushalt\n" + line + "\n"
            + BODY.replace("<p>", "").replace("</p>", "\n"))
    art = attach_credits(extract_text(text, id="t"))
    assert sorted((c.name, c.role) for c in art.credits if c.role != "publisher") == [("Jana Rohr", "author")]


def test_a_caption_with_a_job_beside_a_name_is_no_byline() -> None:
    text = ("Stadtrat beschließt neuen Haushalt\nJana Rohr, Geschäftsführerin der Beispiel GmbH\n"
            + BODY.replace("<p>", "").replace("</p>", "\n"))
    art = attach_credits(extract_text(text, id="t"))
    assert [c.name for c in art.credits if c.kind == "person"] == []


@pytest.mark.parametrize(("line", "want"), [
    # a brand written in one word with a capital inside is no given name and surname glued together
    ("By Jane Roe | NerdBudget", [("Jane Roe", "author")]),
    ("By Jane Roe, NerdBudget", [("Jane Roe", "author")]),
    ("By NerdBudget", []),
    # a name glued to what follows it still comes apart
    ("Jane M. RoeAssociated Press", [("AP", "source"), ("Jane M. Roe", "author")]),
    ("By Jane RoeStaff Writer", [("Jane Roe", "author")]),
    # a short prefix inside a name is the name's ('McDonald', 'LeBron', 'DeShawn')
    ("By DeShawn McDonald", [("DeShawn McDonald", "author")]),
])
def test_a_one_word_brand_is_no_glued_name(line: str, want: list[tuple[str, str]]) -> None:
    text = ("Stadtrat beschließt neuen Haushalt\n" + line + "\n" + BODY.replace("<p>", "").replace("</p>", "\n"))
    art = attach_credits(extract_text(text, id="t"))
    assert sorted((c.agency or c.name, c.role) for c in art.credits if c.role != "publisher") == want


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Roe, KXMP", [("Jane Roe", "author"), ("KXMP", "source")]),
    ("By Jane Roe, WXMP-TV", [("Jane Roe", "author"), ("WXMP-TV", "source")]),
    ("Jane Roe, KXMP", [("Jane Roe", "author"), ("KXMP", "source")]),
    # a city in capitals where a call sign would stand is the dateline's place
    ("By JANE ROE, KYIV", [("Jane Roe", "author")]),
    ("JANE ROE, WIEN", [("Jane Roe", "author")]),
])
def test_a_local_stations_call_sign_beside_the_writer(line: str, want: list[tuple[str, str]]) -> None:
    text = ("Council approves budget after long debate\n" + line + "\n" + "\n".join(
        ["The city council on Tuesday approved a new budget for next year after a long debate that ran late into "
         "the night, with the opposition criticising the planned spending on roads as too high for a city of its size.",
         "The vote was clear at 32 to 17, and several members abstained."]))
    art = extract_text(text, id="t")
    art.publisher = "portal.example"  # a portal that carries the station's story
    art = attach_credits(art)
    assert sorted((c.agency or c.name, c.role) for c in art.credits if c.role != "publisher") == sorted(want)


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane and John Roe", ["Jane Roe", "John Roe"]),
    ("Von Jana und Max Kellner", ["Jana Kellner", "Max Kellner"]),
    ("Par Jeanne et Marc Lenoir", ["Jeanne Lenoir", "Marc Lenoir"]),
    # a full name first, or a wire, or a desk word: nothing shared
    ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
    ("By Staff and John Roe", ["John Roe"]),
])
def test_two_writers_of_one_surname(line: str, want: list[str]) -> None:
    text = ("Stadtrat beschließt neuen Haushalt\n" + line + "\n" + BODY.replace("<p>", "").replace("</p>", "\n"))
    art = attach_credits(extract_text(text, id="t"))
    assert sorted(c.name for c in art.credits if c.kind == "person" and c.role == "author") == want
