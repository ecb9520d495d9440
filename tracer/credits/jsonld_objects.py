"""Which of a page's JSON-LD objects speak for its article: references resolved (`linked_jsonld`),
the article objects a page object nests, a live blog's updates' writers, and none of the objects
that describe other things (a reviewed book, a related story with its own address or headline, a
picture's maker by job title). `tracer.credits.html` reads the credits from what is left.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from tracer.author_markup import archive_path, fold_words
from tracer.credits.lexicon import LEXICON
from tracer.credits.name_lines import PHOTO_STEMS
from tracer.model import Article

_PHOTO_WORDS = frozenset(w.casefold().rstrip(":") for w in LEXICON["photo_words"])


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://", "//", "www."))


def _site(host: str) -> str:
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


_MEDIA_TYPES = frozenset(("imageobject", "videoobject", "audioobject", "mediaobject", "photograph", "clip"))
_REF_KEYS = ("author", "creator", "contributor", "editor", "translator")


def _type_of(obj: dict[str, Any]) -> str:
    typ = obj.get("@type")
    typ = typ[0] if isinstance(typ, list) and typ else typ
    return typ.casefold() if isinstance(typ, str) else ""


def linked_jsonld(sig: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's JSON-LD objects with author references resolved: a graph (WordPress's SEO
    plugins write one) names its writer once, as a Person object, and points at it from the
    article with `"author": {"@id": "…#/schema/person/…"}`."""
    objs = _with_nested([o for o in sig.get("jsonld") or [] if isinstance(o, dict)])
    index = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str) and isinstance(o.get("name"), str)}
    if not index:
        return objs

    def deref(v: Any) -> Any:
        if isinstance(v, dict) and isinstance(v.get("@id"), str) and "name" not in v:
            return index.get(v["@id"], v)
        if isinstance(v, list):
            return [deref(x) for x in v[:20]]
        return v

    return [{**o, **{k: deref(o[k]) for k in _REF_KEYS if k in o}} for o in objs]


_ARTICLE_TYPES = ("article", "posting", "report", "blogposting")
_NESTING_KEYS = ("mainEntity", "hasPart")


def _with_nested(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's objects and the article objects a page object holds: a WebPage whose
    `mainEntity` (or `hasPart`) is the NewsArticle names the writers only there."""
    out = list(objs)
    for o in objs:
        if any(t in _type_of(o) for t in _ARTICLE_TYPES):
            continue
        for key in _NESTING_KEYS:
            val = o.get(key)
            for v in (val if isinstance(val, list) else [val])[:5]:
                if isinstance(v, dict) and any(t in _type_of(v) for t in _ARTICLE_TYPES) and v not in out:
                    out.append(v)
    return out


_OTHER_WORK_STEMS = tuple(LEXICON["other_work_stems"])


def _other_work_title(title: Any) -> bool:
    """'Fotograf', 'Staff Photographer', 'Pressefotografin': a picture maker's job title; or
    one of other work than the writing ('Illustrator', 'Fact-checker', 'Medical Reviewer')."""
    if not isinstance(title, str):
        return False
    low = title.casefold()
    words = [w for w in re.split(r"[^\w]+", low) if w]
    return any(w in _PHOTO_WORDS or any(stem in w for stem in PHOTO_STEMS) for w in words) \
        or any(stem in low for stem in _OTHER_WORK_STEMS)


def _without_other_work(obj: dict[str, Any]) -> dict[str, Any]:
    """An author list that names its photographer, illustrator or fact-checker by job title
    ("jobTitle": "Fotograf", "Illustrator") credits the picture or the checking, not the text:
    those entries are dropped from author and creator."""
    out = obj
    for key in ("author", "creator"):
        val = obj.get(key)
        items = val if isinstance(val, list) else [val]
        keep = [v for v in items if not (isinstance(v, dict) and _other_work_title(v.get("jobTitle")))]
        if len(keep) < len(items):
            out = {**out, key: keep}
    return out


def _liveblog_writers(obj: dict[str, Any]) -> dict[str, Any]:
    """A live blog ('LiveBlogPosting') that names its writers only on its updates (each 'liveBlogUpdate' a
    BlogPosting with its author; the blog itself signed by the site): those writers are the blog's authors,
    each once, beside whatever the blog names itself."""
    updates = obj.get("liveBlogUpdate") if "liveblogposting" in _type_of(obj) else None
    if not isinstance(updates, list):
        return obj
    own = obj.get("author")
    writers = [a for a in (own if isinstance(own, list) else [own]) if a]
    if any(isinstance(a, dict) and "person" in _type_of(a) for a in writers):
        return obj  # the blog names its writers itself: an update's writer is one entry's, not the blog's
    seen = {str(a.get("name")).casefold() for a in writers if isinstance(a, dict)}
    for update in updates[:200]:
        author = update.get("author") if isinstance(update, dict) else None
        for a in (author if isinstance(author, list) else [author])[:4]:
            name = a.get("name") if isinstance(a, dict) else None
            if isinstance(name, str) and "person" in _type_of(a) and name.casefold() not in seen and len(seen) < 12:
                seen.add(name.casefold())
                writers.append(a)
    return {**obj, "author": writers} if writers else obj


_THING_TYPES = ("book", "movie", "product", "event", "music", "tvseries", "videogame", "softwareapplication",
                "course", "place", "localbusiness")


def page_jsonld(article: Article) -> list[dict[str, Any]]:
    """The page's JSON-LD objects (references resolved), without the article objects of
    *other* pages: a page that lists related stories as NewsArticle objects, each with its
    own URL and author, keeps only the object whose URL is this page's, when one is."""
    sig = article.signals or {}
    objs = [_named_authors(_without_other_work(_liveblog_writers(o)), sig) for o in linked_jsonld(sig)]
    # A book's, a film's, a product's or an event's author is the thing's, never the article's writer;
    # the WebSite's is the site's account (its admin, its agency).
    objs = [{k: v for k, v in o.items() if k not in ("author", "creator")}
            if any(t in _type_of(o) for t in _THING_TYPES) or _type_of(o) == "website" else o for o in objs]
    if any(any(t in _type_of(o) for t in _ARTICLE_TYPES) and (o.get("author") or o.get("creator")) for o in objs):
        # The article object names its writers: a WebPage's or WebSite's author is the site's
        # account (an SEO plugin's admin), not a second writer.
        # Likewise a book's, a film's or a product's author named beside the article: not its writer.
        objs = [o if any(t in _type_of(o) for t in _ARTICLE_TYPES) or _type_of(o) in _MEDIA_TYPES
                else {k: v for k, v in o.items() if k not in ("author", "creator")} for o in objs]
    arts = [(o, _obj_url(o)) for o in objs if any(t in _type_of(o) for t in _ARTICLE_TYPES)]
    urls = {u for _, u in arts if u}
    meta = sig.get("meta") if isinstance(sig.get("meta"), dict) else {}
    mine = {_path(u) for u in [article.url, sig.get("canonical"), *((meta or {}).get("og:url") or [])]
            if isinstance(u, str) and u}
    if len(urls) >= 2 and mine & {_path(u) for u in urls}:
        return [o for o in objs if not (any(t in _type_of(o) for t in _ARTICLE_TYPES) and _obj_url(o)
                                        and _path(_obj_url(o)) not in mine)]
    # No address tells them apart: the article object whose headline is this page's title, else
    # the first one (the page's own comes before the related stories it lists).
    heads = [_headline(o) for o, _ in arts]
    if len(set(filter(None, heads))) < 2:
        return objs
    titles = {fold_words(t) for t in [article.title, *((meta or {}).get("og:title") or [])] if isinstance(t, str)}
    # the page title often carries the site's name after the headline ("Headline - Example News")
    ours = next((h for h in heads if h and any(t == h or t.startswith(h + " ") for t in titles)), None) or heads[0]
    if not ours:
        return objs
    return [o for o in objs if not (any(t in _type_of(o) for t in _ARTICLE_TYPES) and _headline(o) not in ("", ours))]


def _headline(obj: dict[str, Any]) -> str:
    h = obj.get("headline") or obj.get("name")
    return fold_words(h) if isinstance(h, str) else ""


def _obj_url(obj: dict[str, Any]) -> str:
    for key in ("url", "mainEntityOfPage", "@id"):
        v = obj.get(key)
        v = v.get("@id") or v.get("url") if isinstance(v, dict) else v
        if isinstance(v, str) and v.startswith(("http://", "https://", "//")):
            return v
    return ""


def _path(url: str) -> str:
    """'https://www.example.com/a/b/?x#y' → 'example.com/a/b': one page's address in any form."""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
    except ValueError:
        return url
    return _site(parts.hostname or "") + parts.path.rstrip("/")


def linked_name(url: str, sig: dict[str, Any]) -> str:
    """The name the page's own link to `url` shows, when `url` is a writer's archive page."""
    links = sig.get("archive_links")
    return links.get(archive_path(url), "") if isinstance(links, dict) and isinstance(url, str) else ""


def _named_authors(obj: dict[str, Any], sig: dict[str, Any]) -> dict[str, Any]:
    """An article object whose author is only an address (`{"@type": "Person", "url": …}`, or the
    URL as a string) names the writer through the page's link to that address."""
    if not sig.get("archive_links"):
        return obj
    out = obj
    for key in _REF_KEYS:
        val = obj.get(key)
        items = val if isinstance(val, list) else [val]
        named = [_named(v, sig) for v in items[:20]]
        if named != items[:20]:
            out = {**out, key: named}
    return out


def _named(v: Any, sig: dict[str, Any]) -> Any:
    if isinstance(v, str) and _is_url(v):
        return linked_name(v, sig) or v
    if isinstance(v, dict) and not isinstance(v.get("name"), str):
        url = v.get("url") or v.get("@id") or v.get("sameAs")
        name = linked_name(url, sig) if isinstance(url, str) else ""
        return {**v, "name": name} if name else v
    return v

