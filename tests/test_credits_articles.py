"""Article-text credit forms of issue 15: padded and particle bylines, copyright lines, portal
provider slots, source links, sign-offs and section headings (invented texts only)."""

from __future__ import annotations

from tests.test_credits_forms import BODY, assert_spans, credits_of, people, sources
from tracer.credits.names import is_person


def test_byline_padded_with_white_space_is_still_read() -> None:
    pad = " " * 150
    line = f"By{pad}JANE ROE{pad}and{pad}IVO PETROV Associated Press"
    art = credits_of("A headline\n" + line + "\nJuly 15, 2018\n" + BODY)
    assert people(art) == ["Jane Roe", "Ivo Petrov"]
    assert "AP" in sources(art)
    assert_spans(art)


def test_name_particles_are_not_byline_prefixes() -> None:
    assert is_person("Mara von Exampleton")
    assert is_person("Ana de Silvaro")
    assert not is_person("Von Exampleton")  # "Von" opening a line is the German "by"
    art = credits_of("A headline\nBy Mara von Exampleton\n" + BODY)
    assert people(art) == ["Mara von Exampleton"]


def test_copyright_sign_before_the_word() -> None:
    art = credits_of("A headline\n" + BODY + "\n© Copyright 2019 The Associated Press. All rights reserved.")
    assert sources(art) == ["AP"]
    assert_spans(art)
