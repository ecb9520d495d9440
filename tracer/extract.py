"""HTML and plain text → `Article`.

Trafilatura gives the main text and metadata. It also drops provenance signals tracer
needs, so this module reads them from the raw HTML itself: canonical link, meta tags
(author, dc.*, original-source, syndication-source, og:site_name) and JSON-LD. The URL an
article was fetched from stays its `url`; a canonical link is only kept as a signal.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from tracer.model import Article, ItemError
from tracer.untrusted import mostly_utf8

_MAX_HTML = 20_000_000
_META_NAMES = {
    "author", "article:author", "dc.creator", "dc.source", "dc.publisher", "dcterms.creator",
    "original-source", "syndication-source", "og:site_name", "article:publisher", "byl",
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
    archive = _archive_names(tree)
    if archive:
        out["archive_links"] = archive
    commenters: list[str] = []
    out["nodes"] = credit_nodes(tree, commenters)
    if commenters:
        out["commenters"] = commenters
    lang = tree.get("lang") or tree.get("xml:lang")
    if lang:
        out["html_lang"] = lang.strip()
    return out, tree, too_deep


_NODE_CLASS = re.compile(
    r"(?:^|[\s_-])(by-?line|byl|author|authors|autor|autore|auteur|writer|credit|credits|dateline|source|"
    r"quelle|fuente|fonte|izvor|burimi|signature|firma|reporter|contributor|copyright|agency|agentur|agencia|"
    r"agence|agenzia)s?(?:$|[\s_-])", re.I)
_NODE_PHOTO = re.compile(r"photo|image|img|foto|caption|figure|picture|media|video|avatar|gallery", re.I)
_NODE_SKIP = re.compile(r"bio|about|comment|avatar|share|social|follow|more-|related|newsletter|box-title", re.I)
_MAX_NODES = 12
# A comment thread: its authors are readers, never the article's writers.
_COMMENT_BOX = re.compile(r"^(?:comments?|comment-?list|comment-?body|comments?-(?:area|section|wrapper|container|list)|"
                          r"disqus_thread|respond|reactions)$", re.I)


# A list of other stories around the article: related, popular, recommended, "read next".
_LISTING_BOX = re.compile(r"related|popular|most-?read|recirc|trending|read-?next|more-?stories|recommend", re.I)


def _in_listing(el: Any) -> bool:
    """Is `el` inside a box of other stories (related, most popular, recommended)? The
    bylines there are those stories' writers."""
    for a in el.iterancestors():
        if isinstance(a.tag, str) and (a.tag == "aside" or _LISTING_BOX.search(" ".join(
                filter(None, (a.get("class"), a.get("id")))))):
            return True
    return False


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
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return " ".join(nxt.itertext())[:40] if nxt is not None else ""


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PICTURES = ("img", "picture", "video")
_CAPTION = re.compile(r"caption|bildunterschrift|legende|légende", re.I)
_WRITER_CLASS = re.compile(r"auth|autor|auteur|by-?line|writer|reporter", re.I)


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
    if _WRITER_CLASS.search(cls) or (el.get("itemprop") or "").lower() == "author" or el.tag == "a":
        return False
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is not None and (prev.tag in _PICTURES or next(prev.iter(*_PICTURES), None) is not None) \
            and len(prev.text_content()) <= 300:
        return True  # right after the picture
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 2 or not isinstance(a.tag, str) or a.tag in ("body", "article", "main"):
            break
        if next(a.iter(*_PICTURES), None) is not None:
            return len(" ".join(a.text_content().split())) <= 300
    return False


def _fold_words(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


def _in_teaser(el: Any, title: str) -> bool:
    """Is `el` in the card of another story: the nearest enclosing block with a heading is small,
    has one heading, and that heading (h2–h6) links elsewhere and is not this page's title?
    The article's own byline sits under its h1, or under a heading whose text is the page's
    <title>, or is a heading itself."""
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
        text = _fold_words(h.text_content())
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
    """Byline nodes of one class in repeated item boxes (same tag and class, each with a
    headline link of its own) are the bylines of a list of other stories."""
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for node, el in items:
        parent = el.getparent()
        if node["kind"] == "byline" and node["how"].startswith("class=") and parent is not None:
            groups.setdefault((node["how"], parent.tag, parent.get("class") or ""), []).append((node, el, parent))
    for group in groups.values():
        if len({id(p) for _, _, p in group}) < 2:
            continue
        if all(any(_headline_link(a, el) for a in p.iter("a")) for _, el, p in group):
            for node, _, _ in group:
                node["in"] = "listing"


_MARK_HOWS = ('rel="author"', 'itemprop="author"', "<address>", "author link", "hcard")


def _mark_far_links(items: list[tuple[dict[str, str], Any]]) -> None:
    """Author-archive links far from the page's first byline (no small box holds both) are the
    bylines of other stories listed on the page; co-writers' links stand together in one byline."""
    lead = next((el for node, el in items if node["kind"] == "byline" and "in" not in node
                 and (node["how"] in _MARK_HOWS or _WRITER_CLASS.search(node["how"]))), None)
    if lead is None:
        return
    around = {id(a): a for a in [lead, *lead.iterancestors()]}  # the elements held: their ids stay theirs
    for node, el in items:
        if node["how"] != "author link" or "in" in node or el is lead:
            continue
        common = next((a for a in el.iterancestors() if id(a) in around), None)
        if common is None or len(" ".join(common.text_content().split())) > 400:
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
    return False


def credit_nodes(tree: Any, commenters: list[str] | None = None) -> list[dict[str, str]]:
    """Byline and credit nodes trafilatura drops: class/id byline|author|credit|source…,
    itemprop=author, rel=author links, <address>, and a byline label in an element of its own
    with the names beside it (how="label", see `_labelled_byline`). Each as {kind, text, how},
    where kind is `photo` for credits inside figures and captions, else `byline`; short texts only.
    Names a comment's verb follows ("Jane Roe says:") are no byline; they go to `commenters`."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    head = tree.find(".//title")
    title = _fold_words(head.text_content() if head is not None else "")
    items: list[tuple[dict[str, str], Any]] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag
        if tag in ("script", "style", "meta", "link", "noscript", "html", "body", "head", "nav", "img"):
            continue
        cls = " ".join(filter(None, (el.get("class"), el.get("id"))))
        how = ""
        if (el.get("itemprop") or "").lower() == "author":
            how = 'itemprop="author"'
        elif tag == "a" and "author" in (el.get("rel") or "").lower().split():
            how = 'rel="author"'
        elif tag == "address":
            how = "<address>"
        elif tag == "a" and _archive_link(el):
            how = "author link"
        elif _hcard_name(el, cls):
            how = "hcard"
        elif tag == "figcaption":
            how = "<figcaption>"
        elif cls and _NODE_CLASS.search(cls) and not _NODE_SKIP.search(cls):
            how = f'class="{cls[:60]}"'
        elif _author_box(el, cls):
            how = "author box"
        if not how:
            labelled, how = _labelled_byline(el), "label"
            if not labelled and el.text and len(el.text) <= 90 and tag in _PREFIX_TAGS:
                labelled, how = _prefixed_byline(el), "prefix"
            # not when a byline node read already holds the names ('<div class="byline"><b>By</b> Jane Roe</div>')
            if labelled and not any(labelled.split(": ", 1)[1] in s for s in seen) and not _in_comments(el):
                seen.add(labelled)
                node = {"kind": "byline", "text": labelled, "how": how}
                if _in_listing(el) or _in_teaser(el, title):
                    node["in"] = "listing"
                out.append(node)
                if len(out) >= _MAX_NODES:
                    break
            continue
        if _in_comments(el) or _in_widget(el):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if not text and how == 'itemprop="author"' and "organization" not in (el.get("itemtype") or "").casefold():
            # microdata that names the writer only in a <meta> (an organisation's is the site's, mostly)
            name = el.find('.//meta[@itemprop="name"]')
            text = " ".join(((name.get("content") if name is not None else el.get("content")) or "").split())
        if not text and (how in _MARK_HOWS or _WRITER_CLASS.search(how)):
            # '<div class="author"><img src="…" alt="Jane Roe"></div>': the writer's picture names her
            img = next(el.iter("img"), None)
            alt = " ".join(((img.get("alt") or img.get("title") or "") if img is not None else "").split())
            text = alt if alt and _is_person(alt) else ""  # not 'Avatar', 'Profilbild'

        if how == "author box" or (how.startswith("class=") and (_author_box(el, cls) or len(text) > 160)):
            writer = _box_writer(el)
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
        if len(marked) >= 2 and len(marked) <= 8:
            text = ", ".join(marked)
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
        if _in_listing(el) or _in_teaser(el, title):
            node["in"] = "listing"
        out.append(node)
        items.append((node, el))
        if len(out) >= _MAX_NODES:
            break
    _mark_repeated_items(items)
    _mark_far_links(items)
    # an archive link inside a byline read as a whole later ('<a>Jane Roe</a><p class="author">Von Jane Roe</p>')
    out = [n for n in out if n["how"] != "author link"
           or not any(m["how"] != "author link" and n["text"] in m["text"] for m in out)]
    if any(n["kind"] == "byline" and n["how"] != "prefix" for n in out):
        # a page that marks its byline says where it is: a bare "Von …" element elsewhere is a teaser's
        out = [n for n in out if n["how"] != "prefix"]
    return out


# Boxes whose links are not the article's byline: menus, tag and topic lists, sidebars and
# widgets, sharing buttons, the page's own footer.
_NOT_BYLINE_BOX = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|tags?|tag-?list|topics?|keywords?|schlagw\w*|"
                             r"themen|categor\w*|breadcrumbs?|sidebar|widgets?|share|sharing|social|site-?footer|"
                             r"colophon|footer-?widgets?)(?:$|[\s_-])", re.I)
_BLOCKS = ("p", "div", "li", "span", "section", "header", "footer", "address", "td", "dd")


def _archive_link(el: Any) -> bool:
    """Is this link a writer's archive page ('/author/jane-roe/', '/autor/jroe', '?author=3'),
    standing where a byline stands? A blog's byline is often only that link, with no class
    that says so ('<div class="entry-meta"><a href="/author/jroe/">Jane Roe</a> | 12. März</div>').
    Not in a menu, a tag list, a sidebar, the page footer or running text (its block is short)."""
    href = el.get("href") or ""
    if not (el.text or len(el)) or not (_archive_href(href) or (_profile_href(href) and _byline_context(el))):
        return False
    return not _in_page_chrome(el) and not _in_sentence(el)


def _in_sentence(el: Any) -> bool:
    """'Lesen Sie auch den Kommentar von <a>Jane Roe</a> zur Wahl.': a name linked in a sentence
    (its block ends like one and holds more words beside the name than a byline's label, or far
    more words than a byline's label, date and widgets: 'Posted on May 3, 2021 by <a>…</a> ·
    3 Comments · Leave a comment' is a byline)."""
    block = el.getparent()
    while block is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    if block is None:
        return False
    text = " ".join(block.text_content().split())
    words = sum(w.isalpha() for w in text.split()) - len(el.text_content().split())
    return words > 20 or (words >= 6 and text.endswith((".", "!", "?", "…")))


def _byline_context(el: Any) -> bool:
    """Does the markup around a person's-page link say it is the byline? rel/title of the link,
    a writer's class on it or a box near it, or a byline label right before it ('By <a>…')."""
    title = (el.get("title") or "").casefold()
    if "author" in (el.get("rel") or "").lower() or any(w in title for w in ("author", "autor", "auteur", "posts")):
        return True
    for a in [el, *el.iterancestors()][:4]:
        if isinstance(a.tag, str) and _WRITER_CLASS.search(" ".join(filter(None, (a.get("class"), a.get("id"))))):
            return True
    prev = el.getprevious()
    before = (prev.tail if prev is not None else (el.getparent().text if el.getparent() is not None else "")) or ""
    words = before.split()
    return bool(words) and words[-1].rstrip(":").casefold() in _prefix_starts()


_HCARD_BOX = re.compile(r"(?:^|\s)(?:vcard|h-card|p-author)(?:$|\s)")
_HCARD_NAME = re.compile(r"(?:^|\s)(?:fn|p-name)(?:$|\s)")


def _hcard_name(el: Any, cls: str) -> bool:
    """The name of an hCard ('<span class="vcard"><span class="fn">Jane Roe</span></span>',
    microformats2 'p-author h-card'): a writer's card where a byline stands. A card in the page's
    chrome (a footer's contact card) is not; an organisation's card names no writer (read later)."""
    if not cls or ("fn" not in cls and "p-name" not in cls) or not _HCARD_NAME.search(cls):
        return False
    near = [el, *el.iterancestors()][:3]
    return any(isinstance(a.tag, str) and _HCARD_BOX.search(a.get("class") or "") for a in near) \
        and not _in_page_chrome(el)


# A box that is no part of the article: a newsletter sign-up ('Jeden Freitag von Jane Roe'),
# sharing buttons ('Geteilt von …'), a subscription offer.
_WIDGET_BOX = re.compile(r"newsletter|subscri|sign-?up|(?:^|[\s_-])(?:share|sharing|social)(?:$|[\s_-])", re.I)


def _in_widget(el: Any) -> bool:
    """Inside such a box (one whose class says byline too, 'byline-social', is the byline's)."""
    for a in [el, *el.iterancestors()]:
        if isinstance(a.tag, str):
            cls = " ".join(filter(None, (a.get("class"), a.get("id"))))
            if _WIDGET_BOX.search(cls) and not _WRITER_CLASS.search(cls):
                return True
    return False


def _in_page_chrome(el: Any) -> bool:
    """Is `el` in a menu, a tag list, a sidebar, the page footer, or running text?"""
    for depth, a in enumerate(el.iterancestors()):
        if not isinstance(a.tag, str):
            continue
        if a.tag in ("nav", "aside") or _NOT_BYLINE_BOX.search(" ".join(filter(None, (a.get("class"), a.get("id"))))):
            return True
        if a.tag == "footer" and not any(x.tag in ("article", "main") for x in a.iterancestors()):
            return True  # the page's footer, not an article's
        if depth == 0 and a.tag in _BLOCKS and len(" ".join(a.text_content().split())) > 160:
            return True  # a name in a sentence of the text
    return False


def archive_path(href: str) -> str:
    """'https://www.example.com/author/jane-roe/' → '/author/jane-roe': a link's path, as the
    page's links and its structured data (which write it whole) can both be compared."""
    try:
        return "/" + "/".join(s for s in urlsplit(href.strip()).path.split("/") if s)
    except ValueError:
        return ""


def _archive_names(tree: Any) -> dict[str, str]:
    """The page's writers' archive links, path → the name they show (a JSON-LD author given only
    as `{"url": …/author/jane-roe/}`, or an `article:author` URL, is named by its link)."""
    out: dict[str, str] = {}
    for a in tree.iter("a"):
        href = a.get("href") or ""
        if _archive_href(href) or _profile_href(href):
            name = " ".join(a.text_content().split())
            if name and len(name) <= 80:
                out.setdefault(archive_path(href), name)
                if len(out) >= 30:
                    break
    return out


@lru_cache(maxsize=4096)
def _archive_href(href: str) -> bool:
    """'/author/jane-roe/', 'https://example.com/autor/jroe', '/?author=3': a writer's archive page
    (the path's last part after a word of lexicon author_paths). Plain string work: every link is asked."""
    if "/" not in href:
        return False
    cut = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
    path = href[:cut]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]  # drop the scheme and host
    segs = [x for x in path.split("/") if x]
    if len(segs) >= 2:
        return segs[-2].casefold() in _author_paths()[0]
    return not segs and re.match(r"\?author=\d+(?:[&#]|$)", href[cut:]) is not None


@lru_cache(maxsize=4096)
def _profile_href(href: str) -> bool:
    """'/people/jane-roe/', '/staff/jroe': a person's page, a writer's only where the byline says so."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    segs = [x for x in path.split("/") if x]
    return len(segs) >= 2 and segs[-2].casefold() in _author_paths()[1]


@lru_cache(maxsize=1)
def _author_paths() -> tuple[frozenset[str], frozenset[str]]:
    """(words of a writer's archive path, words of any person's page path), from the lexicon."""
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return (frozenset(p.casefold() for p in LEXICON["author_paths"]),
            frozenset(p.casefold() for p in LEXICON["profile_paths"]))


# An author box's own class: 'author-box', 'about-author', 'author-bio', 'bio-auteur', 'autor-info'.
_AUTHOR_BOX = re.compile(r"(?:auth?or|auteur|autore)[-_]?(?:box|bio|info|about|card|description|details|profile)|"
                         r"about[-_]?(?:the[-_]?)?(?:auth?or|auteur|writer)|bio[-_]?(?:auth?or|auteur|autore)", re.I)


def _author_box(el: Any, cls: str) -> bool:
    """An author box by its class or by its heading (cheap tests first: every element is asked)."""
    low = cls.lower()
    if ("aut" in low or "bio" in low or "about" in low) and _AUTHOR_BOX.search(cls):
        return True
    return el.tag in ("div", "section", "aside", "footer") and _box_heading(el) is not None


def _box_heading(el: Any) -> Any:
    """The heading that makes `el` an author box ('<h3>Über den Autor</h3>', '<h4>About the author</h4>')."""
    if el.tag not in ("div", "section", "aside", "footer"):
        return None
    for child in el[:3]:
        if not isinstance(child.tag, str) or child.tag not in _HEAD_TAGS:
            continue
        if child.tag not in _HEADINGS and len(child):
            continue  # a paragraph with markup in it: no heading
        raw = child.text_content() if child.tag in _HEADINGS else (child.text or "")
        if len(raw) <= 60 and " ".join(raw.split()).rstrip(":").casefold() in _box_heads():
            return child
        if child.tag in _HEADINGS:
            return None
    return None


_HEAD_TAGS = frozenset((*_HEADINGS, "strong", "b", "p", "span"))


def _box_writer(el: Any) -> str | None:
    """The writer an author box names: its archive links ('<a href="/author/jroe/">Jane Roe</a>',
    or the desk's: 'Example Redaktion'),
    else the person whose name opens its first sentence before a verb of a bio ('Jane Roe is a
    freelance journalist', 'Jane Roe schreibt seit 2010 über …', 'Jane Roe est journaliste')."""
    from tracer.credits.byline import is_desk  # at call time: tracer.credits imports this module
    from tracer.credits.names import is_org_name, is_person

    links = []
    for a in el.iter("a"):
        name = " ".join(a.text_content().split())
        href = a.get("href") or ""
        if name and name not in links and (_archive_href(href) or _profile_href(href)) \
                and (is_person(name) or is_desk(name)):
            links.append(name)
    if links:
        return ", ".join(links[:4])
    head = _box_heading(el)
    for part in el.iter("p", "div", "span"):
        if part is el or part is head or (head is not None and part in head.iterancestors()):
            continue
        text = " ".join(part.text_content().split())
        if len(text.split()) < 3:
            continue
        m = _bio_opening().match(text)
        name = m.group(1) if m else ""
        # "Die Stadt Exampleton ist …", "The Exampleton Cycling Club is …": a body, not a writer
        return name if name and is_person(name) and not is_org_name(name) \
            and name.split()[0].casefold() not in _articles() else None
    return None


def _is_person(name: str) -> bool:
    from tracer.credits.names import is_person  # at call time: tracer.credits imports this module

    return is_person(name)


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return frozenset(LEXICON["articles"])


@lru_cache(maxsize=1)
def _box_heads() -> frozenset[str]:
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return frozenset(h.casefold() for h in LEXICON["author_box_heads"])


@lru_cache(maxsize=1)
def _bio_opening() -> re.Pattern[str]:
    """'Jane Roe is …': two to four capitalised words, then a verb of a bio (lexicon bio_verbs)."""
    from tracer.credits.lexicon import alternation  # at call time: tracer.credits imports this module

    word = r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*"
    return re.compile(r"^(" + word + r"(?:\s+(?:[a-z]{1,3}\s+)?" + word + r"){1,3})\s+(?:"
                      + alternation("bio_verbs") + r")\b")


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
        nxt = cur.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None:
            rest = " ".join(nxt.itertext())
            break
        cur = cur.getparent()
        if cur is None:
            return None
    rest = " ".join(rest.split())
    if not rest or len(rest) > 100:
        return None
    return f"{parts[0]}: {rest}"


_BLOCK_TAGS = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                         "article", "blockquote", "figure", "header", "footer", "aside", "form"))
_PREFIX_TAGS = frozenset(("p", "div", "span", "small", "li", "em", "i", "strong", "b", "section", "header", "dd"))


def _prefixed_byline(el: Any) -> str | None:
    """'<p>Von Jane Roe | 5. Mai 2024</p>', '<div class="meta">Posted by Jane Roe on May 5</div>':
    a short element of its own that opens with a byline label and a capitalised name. Trafilatura
    leaves it out of the text when it stands above the article body, and no class says byline.
    Read as 'Label: rest' like `_labelled_byline`."""
    head = el.text
    if not head or len(head) > 90 or el.tag not in _PREFIX_TAGS or head.isspace():
        return None
    first = head.split(None, 1)[0].rstrip(":").casefold()
    starts = _prefix_starts()
    if first not in starts:
        return None
    if any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants()):
        return None
    if any(a.tag == "a" for a in el.iterancestors()):
        return None  # inside a link: a teaser of another story, its byline included
    text = " ".join(" ".join(el.itertext()).split())
    if len(text) > 90:
        return None
    folded = text.casefold()
    for label in starts[first]:  # longest first: 'Geschrieben von' before 'Von'
        if folded.startswith(label) and len(text) > len(label) and text[len(label)] in " :":
            rest = text[len(label):].lstrip(" :")
            if rest[:1].isupper():
                return f"{text[:len(label)]}: {rest}"
            return None
    return None


@lru_cache(maxsize=1)
def _prefix_starts() -> dict[str, tuple[str, ...]]:
    """Byline labels by their first word, longest first."""
    out: dict[str, list[str]] = {}
    for label in _byline_labels():
        out.setdefault(label.split()[0], []).append(label)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _byline_labels() -> frozenset[str]:
    from tracer.credits.lexicon import phrases  # at call time: tracer.credits imports this module

    return frozenset(p.casefold() for p in phrases("byline_prefixes"))


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
