"""Recall forms real CMSs produce, probed with invented pages and lines (issue 15): surnames
that are also common words, initials, particles, apostrophes, non-Latin scripts, bylines
split over elements or naming several linked writers."""

from __future__ import annotations

from tests.test_credits_page_forms import ARTICLE, _credits, _ld, _page, persons_of
from tracer.credits.names import is_person
from tracer.credits.parser import parse_text_credits


def _text_persons(text: str) -> list[str]:
    return sorted(c.name for c in parse_text_credits(text) if c.kind == "person" and c.role == "author")


def test_a_surname_that_is_a_common_word_passes_in_a_byline_context() -> None:
    for name in ("Rachael Link", "Tom King", "Ada May"):
        assert is_person(name, single=True), name
    # menus and widgets stay words: the word opens them, or stands alone, or no byline names them
    for text in ("Read More", "Share Link", "Copy Link", "Link", "King Charles"):
        assert not is_person(text, single=True), text
    assert not is_person("Burger King")  # outside a byline nothing says a person is named
    assert persons_of(_credits(_page(above='<p class="byline">By Tom King and Ada May</p>'))) == ["Ada May", "Tom King"]
    assert _text_persons("By Rachael Link\n\nThe council met on Tuesday.") == ["Rachael Link"]


def test_initials_before_a_surname_name_a_person_in_a_byline() -> None:
    assert is_person("J. R. Roe", single=True)
    assert not is_person("J. R. Roe")  # alone, initials may be anything
    assert not is_person("U. S. Army", single=True)
    assert persons_of(_credits(_page(above='<p class="byline">By J. R. Roe</p>'))) == ["J. R. Roe"]


def test_particles_apostrophes_and_other_scripts_are_read() -> None:
    for line, want in (('<p class="byline">By Anne-Marie de la Roe</p>', ["Anne-Marie de la Roe"]),
                       ("<p class=\"byline\">By Seán O'Roe</p>", ["Seán O'Roe"]),
                       ('<span itemprop="author">Иван Петров</span>', ["Иван Петров"]),
                       ('<span itemprop="author">Γιάννης Παπαδόπουλος</span>', ["Γιάννης Παπαδόπουλος"]),
                       ('<p class="byline">Von Jane Roe und John Doe, Exampleton</p>', ["Jane Roe", "John Doe"]),
                       ('<p class="byline">Autor:in Jane Roe</p>', ["Jane Roe"])):
        assert persons_of(_credits(_page(above=line))) == want, line


def test_linked_writers_and_a_byline_split_over_two_elements() -> None:
    line = ('<div class="meta">Written by: <a href="/author/jr">Jane Roe</a>, '
            '<a href="/author/jd">John Doe</a></div>')
    assert persons_of(_credits(_page(above=line))) == ["Jane Roe", "John Doe"]
    assert persons_of(_credits(_page(above='<p>By</p><p class="name">Jane Roe</p>'))) == ["Jane Roe"]


def test_author_markup_with_a_common_word_surname() -> None:
    obj = {**ARTICLE, "author": {"@type": "Person", "name": "Rachael Link"}}
    assert persons_of(_credits(_page(head=_ld(obj)))) == ["Rachael Link"]
    assert persons_of(_credits(_page(above='<a rel="author" href="/a/rl">Rachael Link</a>'))) == ["Rachael Link"]


def test_a_blog_category_before_the_byline_and_a_tag_list_after_it() -> None:
    assert _text_persons("Posted in Politics by Jane Roe\n\nThe council met on Tuesday.") == ["Jane Roe"]
    assert _text_persons("Mara Quell | Tags: Politics, Budget\n\nThe council met on Tuesday.") == ["Mara Quell"]
    text = parse_text_credits("Mara Quell | Tags: Politics, Budget\n\nThe council met on Tuesday.")
    assert not [c for c in text if c.kind == "organization"]  # the tag list credits no outlet
    assert _text_persons("Posted by Jane Roe on behalf of Example Org\n\nThe council met on Tuesday.") == ["Jane Roe"]
    for line in ('<p class="meta">Posted in <a href="/c/w">World News</a> by <a href="/a/jr">Jane Roe</a></p>',
                 "<p>Posted in Politics by Jane Roe</p>",
                 '<p class="meta">Posted by Jane Roe on behalf of Example Org</p>'):
        assert persons_of(_credits(_page(above=line))) == ["Jane Roe"], line
    # a category line that names no writer credits nobody
    assert persons_of(_credits(_page(above="<p>Posted in World News</p>"))) == []


def test_a_bare_byline_right_below_the_headline_survives_other_marks() -> None:
    # an address, a source line or a copyright line elsewhere marks no writer's place
    for above, below in (('<p>By Jane Roe</p><p class="source">Source: Example Wire</p>', ""),
                         ("<p>By Jane Roe</p>", "<address>1 Main St, Exampleton</address>"),
                         ("<p><time>May 5, 2026</time></p><p>By Jane Roe</p>",
                          '<p class="copyright">© Example News</p>')):
        assert persons_of(_credits(_page(above=above, below=below))) == ["Jane Roe"], above + below
    # a bare byline away from the headline, on a page that marks its own, stays a teaser's
    teaser = '<div><h3>Next story</h3><p>By Olaf Brenner</p></div>'
    assert persons_of(_credits(_page(above='<p class="byline">By Mara Quell</p>', below=teaser))) == ["Mara Quell"]
    assert persons_of(_credits(_page(above='<p class="source">Source: Example Wire</p>', below=teaser))) == []


def test_gender_neutral_german_labels_and_a_slash_before_the_photo_credit() -> None:
    for line in ('<p class="byline">Autor:in Jane Roe</p>', "<p>Autor*in: Jane Roe</p>",
                 '<p class="byline">Text: Jane Roe / Fotos: Olaf Brenner</p>'):
        assert persons_of(_credits(_page(above=line))) == ["Jane Roe"], line
    assert _text_persons("Autor:in: Jane Roe\n\nDer Rat tagte am Dienstag.") == ["Jane Roe"]
    assert _text_persons("Autor:in Jane Roe\n\nDer Rat tagte am Dienstag.") == ["Jane Roe"]
    assert _text_persons("Autor*in Jane Roe\n\nDer Rat tagte am Dienstag.") == ["Jane Roe"]
    found = parse_text_credits("Text: Jane Roe / Fotos: Olaf Brenner\n\nDer Rat tagte am Dienstag.")
    assert [c.name for c in found if c.role == "author"] == ["Jane Roe"]  # the photographer is no writer
    # a slash between a writer and her agency stays one credit line
    assert _text_persons("Von Jane Roe / dpa\n\nDer Rat tagte am Dienstag.") == ["Jane Roe"]


def test_greek_byline_labels() -> None:
    body = "\n\nΤο δημοτικό συμβούλιο συνεδρίασε την Τρίτη."
    assert _text_persons("Γράφει ο Γιάννης Παπαδόπουλος" + body) == ["Γιάννης Παπαδόπουλος"]
    assert _text_persons("Από την Μαρία Παπαδοπούλου" + body) == ["Μαρία Παπαδοπούλου"]
    assert _text_persons("Από τον καιρό που ο Γιάννης Παπαδόπουλος ήρθε" + body) == []  # prose, no byline


def test_common_word_surnames_through_every_kind_of_page_markup() -> None:
    assert persons_of(_credits(_page(head='<meta name="author" content="Tom King">'))) == ["Tom King"]
    assert persons_of(_credits(_page(above='<div class="byline">BY TOM KING</div>'))) == ["Tom King"]
    line = '<p class="byline">By Tom King, Ada May and John Link</p>'
    assert persons_of(_credits(_page(above=line))) == ["Ada May", "John Link", "Tom King"]
    authors = [{"@type": "Person", "name": "Иван Петров"}, {"@type": "Person", "name": "J. R. Roe"}]
    assert persons_of(_credits(_page(head=_ld({**ARTICLE, "author": authors})))) == ["J. R. Roe", "Иван Петров"]


_BODY = "\n\n".join(["Der Rat tagte am Dienstag und beschloss den Haushalt für das kommende Jahr nach langer "
                     "Debatte im Saal der Stadt Exampleton."] * 8) + "\n\n"


def test_a_signature_with_the_title_below_the_name_closes_a_statement() -> None:
    assert _text_persons(_BODY + "Mara QUELL\nExample-Bundesvorsitzende") == ["Mara Quell"]
    assert _text_persons(_BODY + "Jane Roe\nSenior Reporter") == ["Jane Roe"]
    # an address or an outlet under the name is no title; a quotation's speaker is no writer
    assert _text_persons(_BODY + "Jane Roe\nExample Street 5") == []
    quote = _BODY.rstrip() + ' "Wir werden den Haushalt im kommenden Jahr erneut prüfen", sagte sie am Abend."'
    assert _text_persons(quote + "\n\nJane Roe\nPresident") == []


def test_a_writer_special_to_an_outlet() -> None:
    body = "\n\nThe council met on Tuesday to debate the budget for next year and agreed on a plan for the town."
    for line in ("Jane Roe, Special to Example News", "By Jane Roe, Special to The Example Post",
                 "Jane Roe | Special for Example News"):
        assert _text_persons(line + body) == ["Jane Roe"], line
