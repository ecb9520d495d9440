"""HTML and plain text → `Article`.

Trafilatura gives the main text and metadata. It also drops provenance signals tracer
needs, so this module reads them from the raw HTML itself: canonical link, meta tags
(author, dc.*, original-source, syndication-source, og:site_name) and JSON-LD. The URL an
article was fetched from stays its `url`; a canonical link is only kept as a signal.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tracer.author_markup import HEADINGS as _HEADINGS
from tracer.author_markup import (
    MARK_HOWS,
    after_related_head,
    archive_link,
    archive_names,
    author_box,
    box_writer,
    embedded_posts,
    fold_words,
    hcard_name,
    in_furniture,
    in_role_box,
    in_widget,
    is_person_name,
    mark_far_links,
    next_element,
    prev_element,
    role_lead,
    says_writer,
)
from tracer.author_markup import WRITER_CLASS as _WRITER_CLASS
from tracer.author_markup import byline_labels as _byline_labels
from tracer.author_markup import category_lead as _category_lead
from tracer.author_markup import is_handle_name as _is_handle
from tracer.author_markup import prefix_starts as _prefix_starts
from tracer.author_markup import stamped_byline as _stamped_byline
from tracer.forum_markup import in_reply, starter, thread_posts
from tracer.model import Article, ItemError
from tracer.source_markup import source_markup
from tracer.untrusted import mostly_utf8

_MAX_HTML = 20_000_000
_META_NAMES = {
    "author", "article:author", "dc.creator", "dc.source", "dc.publisher", "dcterms.creator",
    "source", "original-source", "syndication-source", "og:site_name", "article:publisher", "byl",
    "sailthru.author", "parsely-author", "cxenseparse:author", "twitter:creator", "copyright",
    "dc.rights", "news_keywords", "og:url", "article:published_time", "og:title",
}


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode page or file bytes: declared charset, then UTF-8, then detection.

    Invalid bytes never raise; they are replaced, so one bad byte does not lose a page.
    """
    for enc in filter(None, (declared, "utf-8")):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if m and m.group(1).lower() in (b"utf-8", b"utf8") or (declared or "").lower() in ("utf-8", "utf8"):
        text = mostly_utf8(data)  # declared UTF-8, UTF-8 but for a stray byte: not a guess's mojibake
        if text is not None:
            return text
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is best effort
        pass
    return data.decode("utf-8", errors="replace")


def html_signals(html: str | Any) -> dict[str, Any]:
    """Provenance signals from the raw HTML (or its parsed tree) that trafilatura does not keep."""
    return _signals(html)[0]


def _signals(html: str | Any, huge: bool = False) -> tuple[dict[str, Any], Any, bool]:
    """(signals, tree, too deep?): too deep when the page nests deeper than the parser's limit.

    libxml2 stops building the tree at 256 levels (2048 with `huge_tree`) and drops the
    rest of the page without an exception; its error log is the only sign of it.
    """
    from lxml import html as lxml_html

    out: dict[str, Any] = {"meta": {}, "jsonld": []}
    if isinstance(html, str):
        parser = lxml_html.HTMLParser(huge_tree=huge)
        try:
            tree = lxml_html.document_fromstring(html, parser=parser)
        except Exception:
            return out, None, False
        too_deep = any("Excessive depth" in e.message for e in parser.error_log)
    else:
        tree, too_deep = html, False
    for link in tree.iterfind(".//link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            out["canonical"] = link.get("href").strip()
        if "author" in rel and link.get("href"):
            out.setdefault("author_links", []).append(link.get("href").strip())
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        val = (meta.get("content") or "").strip()
        if key in _META_NAMES and val:
            out["meta"].setdefault(key, []).append(val)
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        out["jsonld"].extend(_flatten_jsonld(data))
    archive = archive_names(tree)
    if archive:
        out["archive_links"] = archive
    commenters: list[str] = []
    elsewhere: list[str] = []
    out["nodes"] = credit_nodes(tree, commenters, elsewhere)
    if commenters:
        out["commenters"] = commenters
    if elsewhere:
        out["elsewhere"] = elsewhere
    out.update(source_markup(tree))
    embedded = embedded_posts(tree)
    if embedded:
        out["embedded"] = embedded
    lang = tree.get("lang") or tree.get("xml:lang")
    if lang:
        out["html_lang"] = lang.strip()
    return out, tree, too_deep


_NODE_CLASS = re.compile(
    r"(?:^|[\s_-])(by-?line|byl|author|authors|autor|autore|auteur|writer|credit|credits|dateline|source|"
    r"autorin|autorka|yazar|muhabir|avtor|forfatter|periodista|giornalista|jornalista|"
    r"quelle|fuente|fonte|izvor|burimi|signature|firma|reporter|contributor|copyright|agency|agentur|agencia|"
    r"agence|agenzia|origin|origine|herkunft|submitted)s?(?:$|[\s_-])", re.I)  # Drupal's 'Submitted by …'
_NODE_PHOTO = re.compile(r"photo|image|img|foto|caption|figure|picture|media|video|avatar|gallery", re.I)
_NODE_SKIP = re.compile(r"bio|about|comment|avatar|share|social|follow|more-|related|newsletter|box-title", re.I)
# the author of a thing the article is about or quotes ('book-author', 'testimonial-author', 'study-author',
# 'quote-author'): never the article's writer, and no name for the extractor's author field either
_THING_NODE = re.compile(r"(?:^|[\s_-])(?:testimonial|book|buch|livre|libro|study|studie|paper|quote|zitat|citation)s?"
                         r"(?:$|[\s_-])", re.I)
_MAX_NODES = 12
# A comment thread: its authors are readers, never the article's writers.
_COMMENT_BOX = re.compile(r"^(?:comments?|comment-?list|comment-?body|comments?-(?:area|section|wrapper|container|list)|"
                          r"disqus_thread|respond|reactions)$", re.I)


# A list of other stories around the article: related, popular, recommended, "read next".
_LISTING_BOX = re.compile(r"related|popular|most-?read|recirc|trending|read-?next|more-?stories|recommend|"
                          r"post-?nav|nav-?(?:previous|next|links)|pagenav|pager|prev-?next", re.I)


def _in_listing(el: Any, labelled: bool = False) -> bool:
    """Is `el` inside a box of other stories (related, most popular, recommended)? The
    bylines there are those stories' writers. So are names in a sidebar box, unless a byline
    label says whose they are (`labelled`: 'By' in its own element, the name beside it: a
    byline column), and names in the page's furniture (its team, imprint, editor's card)."""
    if in_furniture(el) or after_related_head(el) or in_role_box(el):
        return True
    for a in el.iterancestors():
        if not isinstance(a.tag, str):
            continue
        cls = " ".join(filter(None, (a.get("class"), a.get("id"))))
        if a.tag in ("aside", "nav") or _LISTING_BOX.search(cls):  # a <nav>: the previous and next posts
            return True
        if not labelled and any(_SIDEBAR.search(t) and not _OWN_SIDEBAR.search(t) for t in cls.split()) \
                and next(a.iter("h1", "article"), None) is None:
            return True  # a sidebar box (the editor's greeting, a columnist's card), not a wrapper holding the article
    return False


# A sidebar by its class ('sidebar', 'l-sidebar', 'seitenleiste'); a wrapper named for one ('has-sidebar',
# 'content-with-sidebar') holds the article's headline and is told apart by that; the article's own
# column ('article-sidebar', 'post-sidebar': its byline and date) by its name.
_SIDEBAR = re.compile(r"sidebar|seitenleiste|barre-?laterale|barra-?lateral", re.I)
_OWN_SIDEBAR = re.compile(r"article|artikel|post|entry|story|byline|author|meta", re.I)


# The verb after a commenter's name ("Jane Roe says:", "Jane Roe sagt:", "Jane Roe a dit :"):
# a reader's comment, never the article's byline.
_SAYS_WORDS = r"(?:says|said|wrote|writes|replied|sagt|schreibt|schrieb|meint|antwortete|dit|a dit|écrit|a écrit|" \
              r"dice|escribió|scrive|zegt|schreef|skriver|skrev|napisał|napisala|napisao)"
_SAYS = re.compile(r"\s" + _SAYS_WORDS + r"\s?:$", re.I)
_SAYS_AFTER = re.compile(r"\s*" + _SAYS_WORDS + r"\s?:", re.I)


def _text_after(el: Any) -> str:
    """The text right after `el`: its tail, else the next sibling element's text."""
    if (el.tail or "").strip():
        return el.tail
    nxt = next_element(el)
    return " ".join(nxt.itertext())[:40] if nxt is not None else ""


_PICTURES = ("img", "picture", "video")
# A box of pictures or video by its class: a gallery, a slideshow, a player, an image's own data.
_MEDIA_BOX = re.compile(r"galler|slideshow|carousel-?image|(?:^|[\s_-])(?:video|image|img|photo|foto|bild|media|picture)"
                        r"(?:s|-?box|-?meta|-?info|-?wrap\w*|-?container|-?player)?(?:$|[\s_])", re.I)
_CAPTION = re.compile(r"caption|bildunterschrift|legende|légende", re.I)


def _picture_credit(el: Any, cls: str) -> bool:
    """Is this credit node a picture's: inside a caption box (any class that says caption), or
    a credit/copyright/source element in a small box that holds a picture ('<div><img>
    <span class="credit">Jane Roe</span></div>')? A box of author markup with an avatar is the
    writer's, so the second test is for nodes whose own class names no writer."""
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 3 or not isinstance(a.tag, str):
            break
        if _CAPTION.search(" ".join(filter(None, (a.get("class"), a.get("id"))))):
            return True
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 2 or not isinstance(a.tag, str) or a.tag in ("body", "article", "main"):
            break
        box = " ".join(filter(None, (a.get("class"), a.get("id"))))
        if _MEDIA_BOX.search(box) and not _WRITER_CLASS.search(box) and len(a.text_content()) <= 300:
            return True  # '<div class="gallery">…<p class="author">Jane Roe</p></div>': the pictures' maker
    if _WRITER_CLASS.search(cls) or (el.get("itemprop") or "").lower() == "author" or el.tag == "a":
        return False
    prev = prev_element(el)
    if prev is not None and (prev.tag in _PICTURES or next(prev.iter(*_PICTURES), None) is not None) \
            and len(prev.text_content()) <= 300:
        return True  # right after the picture
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 2 or not isinstance(a.tag, str) or a.tag in ("body", "article", "main"):
            break
        if next(a.iter(*_PICTURES), None) is not None:
            return len(" ".join(a.text_content().split())) <= 300
    return False


def _in_teaser(el: Any, title: str) -> bool:
    """Is `el` in the card of another story: the nearest enclosing block with a heading is small,
    has one heading, and that heading (h2–h6) links elsewhere and is not this page's title?
    The article's own byline sits under its h1, or under a heading whose text is the page's
    <title>, or is a heading itself. Also a byline right after such a heading (a stream of
    headlines and bylines in one box), and one in a small <article> of its own that links to
    another story (a tile: the page's own article holds its text)."""
    prev = prev_element(el)
    if prev is not None and prev.tag in _HEADINGS[1:] and (prev.find(".//a[@href]") is not None) \
            and fold_words(prev.text_content()) not in title:
        return True
    tile = next((a for a in list(el.iterancestors())[:4] if a.tag == "article"), None)
    if tile is not None and len(" ".join(tile.text_content().split())) < 600 and _card_headline(el):
        return True
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 5 or not isinstance(a.tag, str) or a.tag in ("body", "html", "main") or a.tag in _HEADINGS:
            return False
        heads = [h for h in a.iter(*_HEADINGS) if h is not el and el not in h.iterdescendants()]
        if not heads:
            continue
        h = heads[0]
        if h.tag == "h1" or len(heads) > 1 or len(a.text_content()) > 600:
            return False
        if h.find(".//a[@href]") is None and not any(x.tag == "a" for x in h.iterancestors()):
            return False
        text = fold_words(h.text_content())
        return bool(text) and text not in title
    return False


def _headline_link(a: Any, byline: Any) -> bool:
    """A link of three words or more outside the byline that does not name its writer: a
    story's headline (an author card links the writer's name to the writer's page)."""
    if not a.get("href") or byline in a.iterancestors() or a in byline.iterancestors():
        return False
    text = " ".join(a.text_content().split())
    names = " ".join(byline.text_content().split())
    return len(text.split()) >= 3 and text not in names and names not in text


def _mark_repeated_items(items: list[tuple[dict[str, str], Any]]) -> None:
    """Byline nodes of one class (or one author markup: '<li><a>Headline</a> by <a rel="author">')
    in repeated item boxes (same tag and class, each with a headline link of its own) are the
    bylines of a list of other stories."""
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for node, el in items:
        parent = el.getparent()
        if node["kind"] == "byline" and (node["how"].startswith("class=") or node["how"] in MARK_HOWS) \
                and parent is not None:
            groups.setdefault((node["how"], parent.tag, parent.get("class") or ""), []).append((node, el, parent))
    for group in groups.values():
        if len({id(p) for _, _, p in group}) < 2:
            continue
        if all(any(_headline_link(a, el) for a in p.iter("a")) for _, el, p in group):
            for node, _, _ in group:
                node["in"] = "listing"


def _in_comments(el: Any) -> bool:
    """Is `el` inside a comment thread (schema.org Comment, a comments box)? Reader names
    there carry the same author markup (itemprop="author", rel="author") as the byline."""
    for a in el.iterancestors():
        if not isinstance(a.tag, str):
            continue
        if "comment" in (a.get("itemtype") or "").casefold() or (a.get("itemprop") or "").casefold() == "comment":
            return True
        tokens = " ".join(filter(None, (a.get("class"), a.get("id")))).split()
        if any(_COMMENT_BOX.match(t) for t in tokens):
            return True
        if any(_COMMENTISH.search(t) and not _NOT_COMMENTS.search(t) for t in tokens) \
                and next(a.iter("h1"), None) is None:
            return True  # 'user-comments', 'kommentare', 'comment-author vcard': not a wrapper that holds the headline
    return False


# Comment boxes by other names; not a count, a link or a switch ('comments-count', 'has-comments').
_COMMENTISH = re.compile(r"comment|kommentar|commentaire|comentario|commenti|reacties|leserbrief", re.I)
_NOT_COMMENTS = re.compile(r"^(?:has|no|with|show|open|closed|toggle|load)[-_]|count|number|num\b|link|button|btn|icon|"
                           r"disabled|allowed", re.I)


def _in_quote(el: Any) -> bool:
    """Inside a <blockquote> or <q>: a quote's speaker ('<cite>Mayor Jane Roe</cite>') or an
    embedded post's author, never the article's writer."""
    return any(isinstance(a.tag, str) and a.tag in ("blockquote", "q") for a in el.iterancestors())


# writers' marks that a label before them may give another role
_MARKS_LED = ('rel="author"', "author link", 'itemprop="author"', "hcard", "rdfa person", "dc:creator")
_RDFA_PERSON = frozenset(("schema:person", "foaf:person", "sioc:useraccount", "sioc:user"))


_CREATOR_PROPS = frozenset(("dc:creator", "dcterms:creator", "schema:author", "sioc:has_creator", "foaf:maker"))


def _dc_creator(el: Any) -> bool:
    """'<dc:creator>Jane Roe</dc:creator>' (a feed item's markup kept in the page) or RDFa
    'property="dc:creator"': the writer's name, as Dublin Core or schema.org properties say."""
    if el.tag in ("dc:creator", "creator"):
        return True
    props = (el.get("property") or el.get("rel") or "").casefold().split()
    return any(p in _CREATOR_PROPS for p in props)


def _rdfa_person(el: Any) -> bool:
    """'<span typeof="schema:Person" property="schema:name">jroe</span>': RDFa for a user account
    (Drupal prints the node's author and each commenter so), the name in the element itself."""
    return (el.get("typeof") or "").casefold() in _RDFA_PERSON and len(el) == 0


def credit_nodes(tree: Any, commenters: list[str] | None = None,
                 elsewhere: list[str] | None = None) -> list[dict[str, str]]:
    """Byline and credit nodes trafilatura drops: class/id byline|author|credit|source…,
    itemprop=author, rel=author links, <address>, and a byline label in an element of its own
    with the names beside it (how="label", see `_labelled_byline`). Each as {kind, text, how},
    where kind is `photo` for credits inside figures and captions, else `byline`; short texts only.
    Names a comment's verb follows ("Jane Roe says:") are no byline; they go to `commenters`.
    Author-marked names read nowhere because they stand in a comment, a quote or a widget go to
    `elsewhere` (the extractor's author field takes them from there)."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    head = tree.find(".//title")
    title = fold_words(head.text_content() if head is not None else "")
    items: list[tuple[dict[str, str], Any]] = []
    prefixed: list[tuple[dict[str, str], Any]] = []
    # the page's headline (its <h1>, else the first heading the <title> repeats), not reached yet
    headline = tree.find(".//h1")
    if headline is None:
        headline = next((h for h in tree.iter(*_HEADINGS) if (w := fold_words(h.text_content())) and w in title), None)
    h1_ahead = headline is not None
    told = 0  # characters of text read since the headline: the story's
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag
        if el is headline:
            h1_ahead = False
        elif headline is not None and not h1_ahead and tag not in ("script", "style", "noscript"):
            told += len(el.text or "") + len(el.tail or "")
        if tag in ("script", "style", "meta", "link", "noscript", "html", "body", "head", "nav", "img"):
            continue
        cls = " ".join(filter(None, (el.get("class"), el.get("id"))))
        how = ""
        if (el.get("itemprop") or "").lower() == "author":
            how = 'itemprop="author"'
        elif tag == "a" and "author" in (el.get("rel") or "").lower().split():
            how = 'rel="author"'
        elif _rdfa_person(el):
            how = "rdfa person"
        elif _dc_creator(el):
            how = "dc:creator"
        elif tag == "address":
            how = "<address>"
        elif tag == "a" and archive_link(el):
            how = "author link"
        elif hcard_name(el, cls):
            how = "hcard"
        elif tag == "figcaption":
            how = "<figcaption>"
        elif cls and _NODE_CLASS.search(cls) and _THING_NODE.search(cls):
            name = " ".join(el.text_content().split())
            if elsewhere is not None and 0 < len(name) <= 80 and len(elsewhere) < 30:
                elsewhere.append(name)
            continue
        elif cls and _NODE_CLASS.search(cls) and not _NODE_SKIP.search(cls):
            how = f'class="{cls[:60]}"'
        elif author_box(el, cls):
            how = "author box"
        if not how:
            labelled, how = _labelled_byline(el), "label"
            if not labelled and tag in _PREFIX_TAGS and (el.text or len(el)) and 0 < len(_lead_text(el)) <= 90:
                labelled, how = _prefixed_byline(el), "prefix"
            # not when a byline node read already holds the names ('<div class="byline"><b>By</b> Jane Roe</div>')
            if labelled and not any(labelled.split(": ", 1)[1] in s for s in seen) and not _in_comments(el):
                seen.add(labelled)
                node = {"kind": "byline", "text": labelled, "how": how}
                if _in_listing(el, labelled=True) or _in_teaser(el, title) or (told > 400 and _under_other_heading(el, title)):
                    node["in"] = "listing"
                out.append(node)
                if how == "prefix":
                    prefixed.append((node, el))
                if len(out) >= _MAX_NODES:
                    break
            continue
        if _in_comments(el) or in_widget(el) or _in_quote(el):
            name = " ".join(el.text_content().split())
            if elsewhere is not None and how != "<figcaption>" and 0 < len(name) <= 80 and len(elsewhere) < 30:
                elsewhere.append(name)
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if how in _MARKS_LED and text:
            lead = role_lead(el)
            if lead:  # 'Reviewed by <a href="/author/jroe/">Jane Roe</a>': the mark with its role, read as a line
                text = f"{lead} {text}"
        if not text and how == 'itemprop="author"' and "organization" not in (el.get("itemtype") or "").casefold():
            # microdata that names the writer only in a <meta> (an organisation's is the site's, mostly)
            name = el.find('.//meta[@itemprop="name"]')
            text = " ".join(((name.get("content") if name is not None else el.get("content")) or "").split())
        if not text and says_writer(how):
            # '<div class="author"><img src="…" alt="Jane Roe"></div>': the writer's picture names her
            img = next(el.iter("img"), None)
            alt = " ".join(((img.get("alt") or img.get("title") or "") if img is not None else "").split())
            text = alt if alt and is_person_name(alt) else ""  # not 'Avatar', 'Profilbild'

        if how == "author box" or (how.startswith("class=") and (author_box(el, cls) or len(text) > 160)):
            writer = box_writer(el)
            if writer:
                text, how = writer, "author box"
            elif how == "author box":
                continue  # a bio box that names no writer; a byline inside it is read on its own
        if _SAYS.search(text) or _SAYS_AFTER.match(_text_after(el)):
            if commenters is not None and len(commenters) < _MAX_NODES:
                commenters.append(_SAYS.sub("", text))
            continue  # "Jane Roe says:", "Jane Roe sagt:": a comment's author
        # A bylines box holding one author element per writer: keep the writers apart
        # ("Jane Roe, John Doe", not "Jane Roe John Doe").
        marked = [" ".join(" ".join(d.itertext()).split()) for d in el.iterdescendants()
                  if isinstance(d.tag, str) and _is_author_mark(d)]
        marked = [m for i, m in enumerate(marked) if m and m not in marked[:i]]
        if len(marked) < 2:
            # one archive link per writer, each with its job title beside it ('<a href="/staff/jroe">Jane
            # Roe</a><div>Reporter</div><a href="/staff/jdoe">John Doe</a>…'): the links are the writers
            marked = _archive_writers(el) or _named_writers(el) or _child_names(el)
        if len(marked) >= 2 and len(marked) <= 8:
            text = ", ".join(marked)
        elif how.startswith("class="):
            text = _name_then_parts(el) or text
        if not text or len(text) > 200 or text in seen:
            continue
        if any(text in s for s in seen):  # a child of a node already read
            continue
        seen.add(text)
        photo = tag == "figcaption" or bool(_NODE_PHOTO.search(cls)) or any(
            a.tag in ("figure", "figcaption") for a in el.iterancestors() if isinstance(a.tag, str))
        node = {"kind": "photo" if photo else "byline", "text": text, "how": how}
        if not photo and _picture_credit(el, cls):
            node["near"] = "picture"  # its persons took the picture; an organisation may be the text's source
        if _in_listing(el) or _in_teaser(el, title) or (h1_ahead and (_card_headline(el, title) or _in_show(el))):
            # (above the headline beside another story's headline link: a ticker's item; in a show's strip: its hosts)
            node["in"] = "listing"
        out.append(node)
        items.append((node, el))
        if len(out) >= _MAX_NODES:
            break
    _mark_repeated_items(items)
    posts = thread_posts(tree)
    if posts and _in_comments(posts[0]):
        posts = []  # a blog's comments laid out as posts: their first is a reader's, no thread's start
    if posts:  # a forum thread: the replies' members are no authors; the first post's starts the thread
        for node, el in items:
            if in_reply(el, posts):
                node["in"] = "reply"
        first = starter(posts)
        if first and not any(n["text"] == first for n in out):
            out.insert(0, {"kind": "byline", "text": first, "how": "forum starter"})
    _mark_card_bylines(prefixed)
    mark_far_links(items)
    # an archive link inside a byline read as a whole later ('<a>Jane Roe</a><p class="author">Von Jane Roe</p>')
    out = [n for n in out if n["how"] != "author link"
           or not any(m["how"] != "author link" and n["text"] in m["text"] for m in out)]
    if any(n["kind"] == "byline" and n["how"] != "prefix" and "in" not in n and "near" not in n for n in out):
        # a page that marks its byline says where it is: a bare "Von …" element elsewhere is a teaser's
        # (marks in a list of other stories or beside a picture say nothing of the page's own), unless it
        # stands right below the headline
        below = {id(node) for node, el in prefixed if _under_headline(el)}
        out = [n for n in out if n["how"] != "prefix" or id(n) in below]
    return out


def _under_headline(el: Any) -> bool:
    """Does `el` follow the page's <h1> with no paragraph of text between them ('<h1>…</h1><p>By Jane
    Roe</p><p>The council…')? The byline of the page's own story; a teaser's stands elsewhere."""
    prev = prev_element(el)
    for _ in range(4):
        if prev is None:
            return False
        if prev.tag == "h1":
            return True
        if prev.tag not in _HEADLINE_GAP or len(" ".join(prev.text_content().split())) > 120:
            return False
        prev = prev_element(prev)
    return False


_HEADLINE_GAP = frozenset(("p", "div", "span", "time", "h2", "h3", "figure", "picture", "img", "small"))


def _lead_text(el: Any) -> str:
    """The element's own text before its first child element, across comments: a React page
    writes '<div> <!-- -->Written by <a>…</a></div>', its label in a comment's tail."""
    text = el.text or ""
    if text.strip() or not len(el):
        return text
    for child in el:
        if isinstance(child.tag, str):
            break
        text += child.tail or ""
    return text


_SHOW_BOX = re.compile(r"podcast|audio|radio|(?:^|[\s_-])(?:player|video|show|episode)s?(?:$|[\s_-])", re.I)


def _in_show(el: Any) -> bool:
    """Is `el` in a small box of a podcast, an audio or video show ('<div class="podcast-strip"><p
    class="byline">Jane Roe &amp; John Doe</p>')? Asked above the page's headline: the show's hosts."""
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 3 or not isinstance(a.tag, str) or a.tag in ("body", "main", "article"):
            return False
        if _SHOW_BOX.search(" ".join(filter(None, (a.get("class"), a.get("id"))))):
            return len(" ".join(a.text_content().split())) <= 300
    return False


def _under_other_heading(el: Any, title: str) -> bool:
    """Does `el` follow a heading (h2–h6) that is not the page's title, with nothing between? Asked
    of a bare 'Von Jane Roe' below the story's text: the next story's byline (a page that loads
    the following article under this one), not this story's."""
    prev = prev_element(el)
    return prev is not None and prev.tag in _HEADINGS[1:] and fold_words(prev.text_content()) not in title


def _card_headline(el: Any, title: str = "") -> bool:
    """Does a story's headline link stand before `el` in the small box around it (the card of
    another story: '<div><a href="/story">Ferry fares rise again</a><div>By Jane Roe</div></div>',
    or the headline's paragraph right before it)? Not a link to this page's `title`."""
    names = " ".join(el.text_content().split())
    prev = prev_element(el)
    boxes = [prev] if prev is not None else []
    boxes += [a for a in list(el.iterancestors())[:3] if a.tag not in ("body", "main", "article", "html")]
    for box in boxes:
        if len(" ".join(box.text_content().split())) > 400:
            break
        for a in box.iter("a"):
            if a is el or el in a.iterancestors() or a in el.iterancestors() or a in el.iterdescendants():
                continue
            text = " ".join(a.text_content().split())
            if a.get("href") and len(text.split()) >= 3 and text not in names \
                    and not (title and fold_words(text) in title):
                return True
    return False


def _mark_card_bylines(prefixed: list[tuple[dict[str, str], Any]]) -> None:
    """Unmarked bylines ('By Jane Roe', 'Von Jane Roe') that each follow a story's headline link
    in a small card, two or more of them: the bylines of a list of other stories."""
    cards = [node for node, el in prefixed if "in" not in node and _card_headline(el)]
    if len(cards) >= 2:
        for node in cards:
            node["in"] = "listing"


def _labelled_byline(el: Any) -> str | None:
    """'Autorin/Autor' in a <strong>, the writer's name after it; 'By' in one element, the name
    in the next: a byline whose label and names sit in separate elements, with no class that
    says byline. Read as 'Label: names' (the element boundary stands for the colon)."""
    if len(el) or el.tag in ("a", "button", "option", "title") or not el.text or len(el.text) > 40:
        return None
    label = el.text.strip().rstrip(":").strip()
    parts = [p.strip() for p in label.split("/")]
    if not label or not all(p.casefold() in _byline_labels() for p in parts):
        return None
    cur, rest = el, ""
    for _ in range(4):  # the name is the label's tail text, or in the element after it (or its parent's)
        if (cur.tail or "").strip():
            rest = cur.tail
            break
        nxt = next_element(cur)
        if nxt is not None:
            rest = " ".join(nxt.itertext())
            if cur is el:  # '<span>By</span> <a>Jane Roe</a> <span>and</span> <a>John Doe</a>': the whole run
                rest = _inline_run(nxt) or rest
            break
        cur = cur.getparent()
        if cur is None:
            return None
    rest = " ".join(rest.split())
    if not rest or len(rest) > 100:
        return None
    return f"{parts[0]}: {rest}"


def _inline_run(first: Any) -> str:
    """The text of `first` and the inline elements after it in the same parent (with the text
    between them), when it is short: the names a byline label's own element stands before, each
    in an element of its own. '' when a block element or a long text comes (the sidebar's next
    box, a paragraph)."""
    parts: list[str] = []
    el = first
    while el is not None:
        if isinstance(el.tag, str):
            if el.tag in _BLOCK_TAGS:
                return ""
            parts.append(" ".join(el.itertext()))
        parts.append(el.tail or "")
        if sum(len(p) for p in parts) > 100:
            return ""
        el = el.getnext()
    return " ".join(" ".join(parts).split())


_BLOCK_TAGS = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                         "article", "blockquote", "figure", "header", "footer", "aside", "form"))
_PREFIX_TAGS = frozenset(("p", "div", "span", "small", "li", "em", "i", "strong", "b", "section", "header", "dd"))


def _prefixed_byline(el: Any) -> str | None:
    """'<p>Von Jane Roe | 5. Mai 2024</p>', '<div class="meta">Posted by Jane Roe on May 5</div>':
    a short element of its own that opens with a byline label and a capitalised name. Trafilatura
    leaves it out of the text when it stands above the article body, and no class says byline.
    Read as 'Label: rest' like `_labelled_byline`."""
    head = _lead_text(el).strip()
    if not head or len(head) > 90 or el.tag not in _PREFIX_TAGS:
        return None
    lead = _category_lead().match(" ".join(" ".join(el.itertext()).split()))
    if lead:  # "Posted in <a>Politics</a> by Jane Roe": a blog's category, then the byline
        head = " ".join(" ".join(el.itertext()).split())[lead.end():]
    first = head.split(None, 1)[0].rstrip(":").casefold()
    starts = _prefix_starts()
    if first not in starts:
        return _stamped(el)
    if any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants()):
        return None
    if any(a.tag == "a" for a in el.iterancestors()):
        return None  # inside a link: a teaser of another story, its byline included
    text = " ".join(" ".join(el.itertext()).split())
    if lead:
        text = text[lead.end():]
    if len(text) > 90:
        return None
    folded = text.casefold()
    for label in starts[first]:  # longest first: 'Geschrieben von' before 'Von'
        if folded.startswith(label) and len(text) > len(label) and text[len(label)] in " :":
            rest = text[len(label):].lstrip(" :")
            # a handle after a label of two words or more ('Posted by jroe42 in Walks') or after a blog's
            # category lead ('Posted in <a>Walks</a> by jroe42 on May 5'), never after 'By' alone ('By
            # continuing to use this site …')
            if rest[:1].isupper() or ((" " in label or lead) and rest and _is_handle(rest.split()[0])):
                return f"{text[:len(label)]}: {rest}"
            return None
    return _stamped(el)


def _stamped(el: Any) -> str | None:
    """'Posted on May 5, 2026 by Jane Roe — Leave a comment' in an element of its own: a theme's
    meta line, the stamp and its date before the byline label (`stamped_byline`), read whole."""
    text = " ".join(" ".join(el.itertext()).split())
    if len(text) > 90 or any(a.tag == "a" for a in el.iterancestors()) \
            or any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants()):
        return None
    return text if _stamped_byline().match(text) else None


def _archive_writers(el: Any) -> list[str]:
    """The writers' names of a byline node whose writers are archive links, when it holds two or more
    and text besides them (titles, a label); [] otherwise."""
    links = [" ".join(" ".join(a.itertext()).split()) for a in el.iter("a") if archive_link(a)]
    links = [n for i, n in enumerate(links) if n and n not in links[:i]]
    return links if len(links) >= 2 and all(is_person_name(n) for n in links) else []


_NAME_CLASS = re.compile(r"(?:auth|autor|auteur|by-?line|writer|reporter)\w*?[_-]*(?:full-?)?name\b", re.I)


def _named_writers(el: Any) -> list[str]:
    """The writers of a byline node that holds one name element per writer ('<span class="author__name">'
    with its role beside it, '<li>' items of an authors list), when two or more each read as a name."""
    names = [" ".join(" ".join(d.itertext()).split()) for d in el.iterdescendants()
             if isinstance(d.tag, str) and _NAME_CLASS.search(d.get("class") or "")]
    if len(names) < 2:
        names = [" ".join(" ".join(d.itertext()).split()) for d in el.iterchildren("li")]
    names = [n for i, n in enumerate(names) if n and n not in names[:i]]
    return names if 2 <= len(names) <= 8 and all(is_person_name(n) for n in names) else []


_JOINS = re.compile(r"^(?:[,;|·•/&+]|and|und|et|y|e|i|og|och|en|и|і|ve|a)$", re.I)


def _child_chunks(el: Any) -> list[str]:
    """A node's text in the pieces its child elements (and its line breaks) cut it into, separators and
    'and' words left out: '<a>Jane Roe</a> und <a>John Doe</a>' → ['Jane Roe', 'John Doe']."""
    pieces = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag != "br":
            pieces.append(" ".join(child.itertext()))
        pieces.append(child.tail or "")
    chunks = [" ".join(p.split()).strip(" ,;|·•") for p in pieces]
    return [c for c in chunks if c and not _JOINS.match(c)]


def _child_names(el: Any) -> list[str]:
    """'<div class="byline"><a>Jane Roe</a><a>John Doe</a></div>', '…Jane Roe<br>John Doe…': the names
    of a byline node whose elements (or lines) hold one full name each with nothing between them, so
    that its text read whole glues them into one. A leading byline label and separators may stand
    between; anything else (a first name and a surname in elements of their own, a date) keeps the
    node as it reads."""
    chunks = _child_chunks(el)
    if chunks and chunks[0].rstrip(":").casefold() in _byline_labels():
        chunks = chunks[1:]
    if not 2 <= len(chunks) <= 6 or not all(len(c.split()) >= 2 and is_person_name(c) for c in chunks):
        return []
    return chunks


def _name_then_parts(el: Any) -> str:
    """'<span>Jane Roe</span><span>Mainz</span>', '<a>Jane Roe</a><span>Leiterin Digitales</span>': a byline
    node that opens with the writer's full name in an element (or a line) of its own, her place or her job
    in the next, with no space between them in the page's text: the parts kept apart ('Jane Roe, Mainz'),
    so that the place or the title is not read as the end of her name. '' when the node is otherwise."""
    chunks = _child_chunks(el)
    if not 2 <= len(chunks) <= 4 or len(chunks[0].split()) < 2 or not is_person_name(chunks[0]) \
            or chunks[0].rstrip(":").casefold() in _byline_labels() or any(len(c) > 60 for c in chunks):
        return ""
    return ", ".join(chunks)


def _is_author_mark(el: Any) -> bool:
    """<address>, rel="author" or itemprop="author": markup for one writer."""
    return (el.tag == "address" or (el.get("itemprop") or "").lower() == "author"
            or (el.tag == "a" and "author" in (el.get("rel") or "").lower().split()))


def _flatten_jsonld(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [x for item in data for x in _flatten_jsonld(item)]
    if isinstance(data, dict):
        if "@graph" in data:
            return _flatten_jsonld(data["@graph"])
        return [data]
    return []


def extract_html(html: str | bytes, *, id: str, url: str | None = None, source: str | None = None) -> Article:
    """Extract one article from a page. Never raises for bad HTML: errors go on the article."""
    import trafilatura

    if isinstance(html, bytes):
        html = decode_bytes(html)
    art = Article(id=id, text="", url=url, source=source or url or id, html=html)
    if not html.strip():
        art.errors.append(ItemError(id, "empty page"))
        return art
    if len(html) > _MAX_HTML:
        art.errors.append(ItemError(id, f"page too large ({len(html)} characters)"))
        return art
    art.signals, tree, deep = _signals(html)
    source: Any = html
    if deep:  # nested past libxml2's 256 levels: parse again without that limit
        art.signals, tree, deep = _signals(html, huge=True)
        source = tree if tree is not None else html
    try:
        doc = trafilatura.bare_extraction(source, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, deduplicate=False)
    except Exception as exc:  # trafilatura can fail in many ways on broken markup
        doc = None
        art.errors.append(ItemError(id, f"extraction failed: {type(exc).__name__}: {exc}"))
    if doc is not None:
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        art.text = _clean_text(d.get("text") or "")
        art.title = d.get("title") or None
        art.date = d.get("date") or None
        art.publisher = d.get("sitename") or None
        art.lang = d.get("language") or None
        if d.get("author"):
            art.signals["trafilatura_author"] = d["author"]
    if deep:  # deeper than any tree reaches (2048 levels): keep the text, flat
        flat = flat_text(html)
        if len(flat) > len(art.text):
            art.text = flat
            art.errors.append(ItemError(id, "page nested deeper than the HTML parser's limit: text extracted "
                                            "flat, without boilerplate removal"))
    if not art.text and not art.errors:
        art.errors.append(ItemError(id, "no article text found"))
    if not art.lang:
        art.lang = art.signals.get("html_lang")
    return art


_DROP = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BLOCK = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|"
                    r"pre|figure|figcaption|dd|dt|aside|nav|main|hr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def flat_text(html: str) -> str:
    """The text of a page without parsing it into a tree: scripts and styles dropped, block
    tags as line breaks. For pages nested too deep for any tree (no nesting limit here)."""
    import html as html_lib

    text = _TAG.sub("", _BLOCK.sub("\n", _DROP.sub(" ", html)))
    lines = (" ".join(html_lib.unescape(ln).split()) for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _clean_text(text: str) -> str:
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(ln for ln in lines if ln)


def extract_text(text: str, *, id: str, url: str | None = None, source: str | None = None) -> Article:
    """A plain-text article. The first short line is taken as its title."""
    text = text.replace("\r\n", "\n").replace("\x00", "")
    art = Article(id=id, text=text.strip("\n"), url=url, source=source or id)
    first = next((ln.strip() for ln in art.text.split("\n", 50) if ln.strip()), "")  # the head, not every line
    if first and len(first) < 200:
        art.title = first
    if not art.text.strip():
        art.errors.append(ItemError(id, "empty text"))
    return art


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(start offset, line) for every non-empty line of an article's text."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out
