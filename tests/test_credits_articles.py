"""Article-text credit forms of issue 15 (invented texts only)."""

from __future__ import annotations

from tests.test_credits_forms import BODY, credits_of, people, sources

CAPTION = ("Visitors walk past the old harbour wall of Exampleport on a grey morning while the ferry "
           "prepares to leave for the islands.")


def test_gallery_photographers_are_no_authors_or_sources() -> None:
    shots = "\n".join(f"{CAPTION}\n{who}, AP" for who in ("Jane Roe", "Ivo Petrov", "Mara Quill"))
    art = credits_of("Pictures of the week\n" + shots + "\n" + BODY + "\n" + shots)
    assert people(art) == []
    assert sources(art) == []
    assert {c.agency for c in art.credits if c.role == "photo"} == {"AP"}


def test_one_writer_with_an_agency_is_still_a_byline() -> None:
    art = credits_of("A headline\nJane Roe, AP\nJuly 15, 2018\n" + BODY + "\nIvo Petrov, Reuters")
    assert "Jane Roe" in people(art)
    assert "AP" in sources(art)
