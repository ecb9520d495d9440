"""Byline tokenisation (issue 15): dates, widgets, titles, capitals and glued outlets around names."""

from __future__ import annotations

import pytest

from tests.test_credits_forms import BODY, assert_spans, credits_of, people, sources
from tracer.credits import default_gazetteer
from tracer.credits.byline import deglue, strip_title, trim_byline


@pytest.mark.parametrize(("line", "want"), [
    ("by Jane Roe July 16 at 7:44 AM Email the author", ["Jane Roe"]),
    ("By Jane Roe and Ivo Petrov July 15 at 11:55 AM", ["Jane Roe", "Ivo Petrov"]),
    ("Jane Roe Contact Reporter", ["Jane Roe"]),
    ("Jane Roe | Senior Fellow, Example Institute", ["Jane Roe"]),
    ("Marko Bell | Media And Politics Reporter", ["Marko Bell"]),
    ("Paul Doe, Opinion contributor Published 12:15 a.m. ET July 15, 2018", ["Paul Doe"]),
    ("Jordan Plum Sunday, July 15, 2018", ["Jordan Plum"]),
    ("Ed MerrowPosted at 8:41 am on July 16, 2018", ["Ed Merrow"]),
    ("Chuck Stone About | Email | Archive", ["Chuck Stone"]),
    ("Von Daniel Muster Leitender Wirtschaftsredakteur", ["Daniel Muster"]),
])
def test_byline_furniture_is_cut(line: str, want: list[str]) -> None:
    art = credits_of("A headline\n" + line + "\n" + BODY)
    assert people(art) == want
    assert_spans(art)


def test_all_caps_byline_with_agency_and_title() -> None:
    art = credits_of("A headline\nBy JOHN ROEBUCK AP National Security Writer\n" + BODY)
    assert people(art) == ["John Roebuck"]
    assert sources(art) == ["AP"]


def test_all_caps_multi_name_byline() -> None:
    art = credits_of("A headline\nBy JOHN ROE, JANE DOE and IVAN PETROV\n" + BODY)
    assert people(art) == ["John Roe", "Jane Doe", "Ivan Petrov"]


def test_outlet_glued_to_last_name() -> None:
    art = credits_of("A headline\nJane Roe and Ivan PetrovskiAssociated Press\n" + BODY)
    assert people(art) == ["Jane Roe", "Ivan Petrovski"]
    assert sources(art) == ["AP"]


def test_a_weekday_that_is_part_of_an_outlet_stays() -> None:
    assert trim_byline("Glen Owen For The Mail On Sunday") == "Glen Owen For The Mail On Sunday"


def test_title_segment_naming_an_outlet_stays() -> None:
    gaz = default_gazetteer()
    assert trim_byline("Ann Vogel, CNN Supreme Court Reporter", gaz) == "Ann Vogel, CNN Supreme Court Reporter"
    assert trim_byline("Ann Vogel, Supreme Court Reporter", gaz) == "Ann Vogel"


def test_name_prefixes_are_not_unglued() -> None:
    gaz = default_gazetteer()
    assert deglue("Mike McFadden and Tom DiCarlo", gaz) == "Mike McFadden and Tom DiCarlo"
    assert deglue("Ana SilvaReuters", gaz) == "Ana Silva Reuters"


def test_strip_title_needs_a_two_word_name() -> None:
    assert strip_title("Ana Silva Reporterin") == "Ana Silva"
    assert strip_title("Reporter Jones") == "Reporter Jones"
