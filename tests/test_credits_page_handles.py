"""A blogger's account as the writer (issue 15, pages): the meta line of a blog theme that names the
post's category before its writer ('Posted in <a>Walks</a> by rowanash on May 5, 2026'), and the
account resolved to the name the blog is named after ("Rowan Ashdown's Blog", 'Rowan Ashdowns Blog':
the blog signs with it). Invented pages."""

from __future__ import annotations

import pytest

from tracer import attach_credits, extract_html

BODY = ("<p>Am Wochenende bin ich wieder die alte Runde über den Kamm gelaufen, diesmal mit neuen Schuhen. "
        "Der Weg war nach dem Regen der letzten Tage schlammig, aber gut begehbar.</p>"
        "<p>Oben am Sattel wehte ein kalter Wind, und die Aussicht reichte bis zu den Seen im Süden. "
        "Für den Abstieg habe ich den steileren Pfad durch den Wald genommen.</p>"
        "<p>Insgesamt waren es knapp zwanzig Kilometer und sechs Stunden. Nächste Woche geht es weiter.</p>")


def blog(site: str, meta_line: str, url: str = "https://rowanash.wordpress.example/2026/05/05/kamm/") -> str:
    return (f"<!doctype html><html><head><meta charset=utf-8><title>Über den Kamm | {site}</title>"
            f"<meta property='og:site_name' content=\"{site}\"></head><body>"
            f"<div id='header'><h1><a href='/'>{site}</a></h1></div>"
            f"<div id='content'><div class='post'><h2>Über den Kamm</h2><div class='meta'>{meta_line}</div>"
            f"<div class='main'>{BODY}</div></div></div>"
            f"<div id='sidebar'><h3>Archiv</h3><ul><li><a href='/2026/04/'>April 2026</a></li></ul></div>"
            f"</body></html>")


def writers(html: str) -> list[str]:
    art = attach_credits(extract_html(html, id="p", url="https://rowanash.wordpress.example/2026/05/05/kamm/"))
    return sorted(c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor"))


CATEGORY = "Posted in <a href='/category/wandern/' rel='category tag'>Wandern</a> by {who} on May 5, 2026"
CATEGORY_DE = "Veröffentlicht in <a href='/category/wandern/' rel='category tag'>Wandern</a> von {who} am 5. Mai 2026"


@pytest.mark.parametrize(("site", "line", "want"), [
    # the account after the category lead, the blog named otherwise: the account as written
    ("Kammwege", CATEGORY.format(who="rowanash"), ["rowanash"]),
    ("Kammwege", CATEGORY_DE.format(who="rowanash"), ["rowanash"]),
    # the blog named after its writer: her name for her account
    ("Rowan Ashdown's Blog", CATEGORY.format(who="rowanashdown"), ["Rowan Ashdown"]),
    ("Rowan Ashdown’s Blog", CATEGORY.format(who="rowan_ashdown"), ["Rowan Ashdown"]),
    ("Rowan Ashdowns Blog", CATEGORY_DE.format(who="rowanashdown"), ["Rowan Ashdown"]),
    ("Blog von Rowan Ashdown", CATEGORY_DE.format(who="rowanashdown"), ["Rowan Ashdown"]),
    # another name in the blog's name is not hers: the account stays
    ("Rowan Ashdown's Blog", CATEGORY.format(who="mirakell"), ["mirakell"]),
    # a name written out stays as written
    ("Rowan Ashdown's Blog", CATEGORY.format(who="Mira Kell"), ["Mira Kell"]),
])
def test_a_blog_theme_meta_line_names_its_writer(site: str, line: str, want: list[str]) -> None:
    assert writers(blog(site, line)) == want


@pytest.mark.parametrize("line", [
    # no account after the category lead: a site's role account, a date alone
    "Posted in <a href='/category/wandern/' rel='category tag'>Wandern</a> by admin on May 5, 2026",
    "Posted in <a href='/category/wandern/' rel='category tag'>Wandern</a> on May 5, 2026",
    # a bare 'by' with no category lead before it: no account is read
    "by rowanash",
])
def test_no_account_where_the_meta_line_names_none(line: str) -> None:
    assert writers(blog("Kammwege", line)) == []


@pytest.mark.parametrize("node", ["<p class='autor'>red</p>", "<span class='author'>red.</span>",
                                  "<div class='byline'><span class='author vcard'>red</span></div>"])
def test_the_newsrooms_short_signature_is_no_account(node: str) -> None:
    """'red' for Redaktion (redactie, redazione) where the writer stands: the desk's initials, no person."""
    html = blog("Beispiel Zeitung", "", url="https://zeitung.example/lokales/kamm").replace(
        "<div class='meta'></div>", node)
    assert writers(html) == []


@pytest.mark.parametrize("who", ["WordPress", "Joomla", "Drupal", "TYPO3", "Blogger", "Squarespace", "Anonymous"])
def test_a_publishing_system_or_anonymous_as_the_pages_author_is_no_writer(who: str) -> None:
    """'<meta name="author" content="WordPress">': the system that made the page, or no one, signs."""
    html = blog("Kammwege", "").replace("<meta property='og:site_name'", f"<meta name='author' content='{who}'>"
                                        "<meta property='og:site_name'")
    assert writers(html) == []


def test_an_account_named_by_the_extractors_author_field() -> None:
    """A theme that prints the account in the post's meta line and the writer's name elsewhere: the
    extractor's author field ('Rowan Ashdown') spells the account ('rowanashdown') out."""
    art = extract_html(blog("Kammwege", CATEGORY.format(who="rowanashdown")), id="p",
                       url="https://rowanash.wordpress.example/2026/05/05/kamm/")
    art.signals["trafilatura_author"] = "Rowan Ashdown"
    names = sorted(c.name for c in attach_credits(art).credits if c.kind == "person" and c.role == "author")
    assert names == ["Rowan Ashdown"]
    art.signals["trafilatura_author"] = "Mira Kell"  # another name: the account stays as written
    names = sorted(c.name for c in attach_credits(art).credits if c.kind == "person" and c.role == "author")
    assert "rowanashdown" in names and "Rowan Ashdown" not in names
