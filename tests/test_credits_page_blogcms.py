"""Blog, small-site and forum pages (issue 15, pages), invented from the common templates in
`tests/blogcms_pages.py`: WordPress themes and Yoast's graph, Blogger, Ghost, Medium, Substack,
Squarespace, Wix, Tumblr, Hugo and Jekyll, Joomla and K2, Drupal, TYPO3 news, and the thread
pages of phpBB, vBulletin, XenForo and Discourse, in eight languages, each with the traps these
systems print (comments, sidebar widgets, related posts, tag clouds, share and newsletter boxes,
cookie banners, 'Powered by' and theme credits, a forum's replies). Credited: the writer as a
person (a handle as written), an association signing its own blog as an organisation author,
nobody from the traps."""

from __future__ import annotations

import pytest

from tests.blogcms_pages import CASES, L
from tracer import attach_credits, extract_html
from tracer.credits.names import is_handle, is_org_name


def credited(html: str, url: str) -> tuple[list[str], list[str]]:
    art = attach_credits(extract_html(html, id="p", url=url))
    persons = sorted({c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")})
    orgs = sorted({c.name for c in art.credits if c.kind == "organization" and c.role in ("author", "source", "contributor")})
    return persons, orgs


@pytest.mark.parametrize(("name", "html", "url", "persons", "orgs"), CASES, ids=[c[0] for c in CASES])
def test_a_blog_or_forum_page_credits_its_writer_and_no_trap(name: str, html: str, url: str, persons: list[str],
                                                             orgs: list[str]) -> None:
    assert credited(html, url) == (sorted(persons), sorted(orgs)), name


def test_a_handle_is_an_account_name_and_no_common_word() -> None:
    for lang in L.values():
        assert is_handle(lang.handle), lang.handle
    for word in ("admin", "Rowan", "ROWAN", "2026", "staff", "redaktion", "example.com", "her", "mai", "x1", "a_b"):
        assert not is_handle(word), word


def test_an_association_or_a_foundation_in_eight_languages_is_an_organisation() -> None:
    for lang in L.values():
        assert is_org_name(lang.org), lang.org
    assert is_org_name("Verkehrsverein Exampleton e V")  # the extractor's field drops the dots
    assert not is_org_name("Rowan Ashdown")


def test_a_thread_starts_with_its_first_posts_member_and_its_replies_are_no_posts_of_the_writer() -> None:
    from lxml import html as lxml_html

    from tracer.forum_markup import in_reply, starter, thread_posts

    t = L["en"]
    from tests.blogcms_pages import phpbb, xenforo
    for fn in (phpbb, xenforo):
        tree = lxml_html.fromstring(fn(t, "en", t.handle))
        posts = thread_posts(tree)
        assert len(posts) == 3 and starter(posts) == t.handle
        reply_names = [el for el in tree.iter() if isinstance(el.tag, str) and el.text == t.commenters[0]]
        assert reply_names and all(in_reply(el, posts) for el in reply_names)
    # a list of other stories repeats its items too, but they are teasers, no thread
    teasers = "".join(f'<div class="post"><h3><a href="/s{i}">Story {i}</a></h3><a class="username">jroe{i}</a></div>'
                      for i in range(3))
    assert thread_posts(lxml_html.fromstring(f"<html><body><main>{teasers}</main></body></html>")) == []


@pytest.mark.parametrize("word", ["admin", "exadmin", "webteam", "editor", "redaktion", "unknown", "null", "undefined",
                                  "rss", "anonymous", "guest", "test", "follow", "share"])
def test_a_role_account_or_a_placeholder_in_a_byline_names_nobody(word: str) -> None:
    t = L["en"]
    from tests.blogcms_pages import url_of, wp_classic
    persons, orgs = credited(wp_classic(t, "en", word), url_of(t))
    assert persons == [] and orgs == [], word


@pytest.mark.parametrize("word", ["weiterlesen", "suivre", "seguir", "volgen", "obserwuj", "commenti", "archiv", "sponsored",
                                  "anonyme", "reply", "nächster"])
def test_a_widget_word_in_an_author_element_is_no_handle(word: str) -> None:
    assert not is_handle(word)
    t = L["en"]
    from tests.blogcms_pages import paras, shell, url_of
    html = shell(t, "en", f'<main><article><h1>{t.title}</h1><div class="author-links"><a href="#">{word}</a></div>'
                          f'{paras(t)}</article></main>')
    assert credited(html, url_of(t)) == ([], [])
