"""Where a page marks its writers beyond a byline class: a writer's archive link
('/author/jane-roe/'), an hCard, an author box under the text, the writer's picture; and the
places such markup is not the article's byline (menus, tag lists, sidebars, widgets, the page
footer, a sentence of the text, a list of other stories).

Blogs and CMS themes print the byline as these, with no class that says byline: measured on
invented pages of the common WordPress and news-site forms (tests/test_credits_pages_signals.py).
`tracer.extract.credit_nodes` asks every element these questions, so the tests are cheap
string work first. Lexicon keys: author_paths, profile_paths, author_box_heads, bio_verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
WRITER_CLASS = re.compile(r"auth|autor|auteur|by-?line|writer|reporter|submitted", re.I)
# byline nodes whose markup names one writer each
MARK_HOWS = ('rel="author"', 'itemprop="author"', "<address>", "author link", "hcard", "author box", "rdfa person",
             "forum starter", "dc:creator")


def says_writer(how: str) -> bool:
    """Does a credit node's `how` say it names the writer: author markup, or a writer's class?"""
    return how in MARK_HOWS or bool(WRITER_CLASS.search(how))


def mark_far_links(items: list[tuple[dict[str, str], Any]]) -> None:
    """Author-archive links far from the page's first byline (no small box holds both) are the
    bylines of other stories listed on the page; co-writers' links stand together in one byline."""
    lead = next((el for node, el in items if node["kind"] == "byline" and "in" not in node
                 and says_writer(node["how"])), None)
    if lead is None:
        return
    around = {id(a): a for a in [lead, *lead.iterancestors()]}  # the elements held: their ids stay theirs
    for node, el in items:
        if node["how"] != "author link" or "in" in node or el is lead:
            continue
        common = next((a for a in el.iterancestors() if id(a) in around), None)
        if common is None or len(" ".join(common.text_content().split())) > 400:
            node["in"] = "listing"


# Boxes whose links are not the article's byline: menus, tag and topic lists, sidebars and
# widgets, sharing buttons, the page's own footer.
_NOT_BYLINE_BOX = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|tags?|tag-?list|topics?|keywords?|schlagw\w*|"
                             r"themen|categor\w*|breadcrumbs?|sidebar|widgets?|share|sharing|social|site-?footer|"
                             r"colophon|footer-?widgets?)(?:$|[\s_-])", re.I)
_FOOTER = re.compile(r"(?:^|\s)footer(?:$|\s)", re.I)
_BLOCKS = ("p", "div", "li", "span", "section", "header", "footer", "address", "td", "dd")


def archive_link(el: Any) -> bool:
    """Is this link a writer's archive page ('/author/jane-roe/', '/autor/jroe', '?author=3'),
    standing where a byline stands? A blog's byline is often only that link, with no class
    that says so ('<div class="entry-meta"><a href="/author/jroe/">Jane Roe</a> | 12. März</div>').
    Not in a menu, a tag list, a sidebar, the page footer or running text (its block is short)."""
    href = el.get("href") or ""
    if not (el.text or len(el)) or not (_archive_href(href) or (_profile_href(href) and _byline_context(el))):
        return False
    return not _in_page_chrome(el) and not _in_sentence(el)


_ROLE_END = re.compile(r"(?:\b(?:by|von|par|por|di|da|de|door|av|af)|:)$", re.I)
_LEAD_BREAK = re.compile(r"[.!?|·•]\s|\s[|·•–—-]\s")


def role_lead(el: Any) -> str:
    """The label before a writer's mark that credits other work: 'Reviewed by <a href="/author/
    jroe/">Jane Roe</a>', 'Illustration by <a rel="author" …>', 'Redigiert von <a …>'. A health
    site links its medical reviewers, a magazine its illustrators, to the same author pages
    as its writers. '' when no label stands there, or a byline label ('Written by'), or a
    date or publishing stamp ('Posted on May 3, 2021 by')."""
    from tracer.credits.html import stamped  # at call time: tracer.credits imports this module

    block = el.getparent()
    while block is not None and (block.tag not in _BLOCKS or block.tag == "span"):  # past an hCard's own span
        block = block.getparent()
    before = _text_before(block, el) if block is not None else None
    if not before:
        return ""
    lead = " ".join(_LEAD_BREAK.split(" ".join(before.split()))[-1].split())
    if not lead or len(lead.split()) > 5 or not _ROLE_END.search(lead):
        return ""
    core = lead.rstrip(" :").casefold()
    if core in byline_labels() or core in _writing_labels() or stamped(lead) or WRITER_CLASS.search(lead):
        return ""  # nor 'Autorenprofilbild von', 'Author photo of': the writer's own picture
    return lead


@lru_cache(maxsize=1)
def _writing_labels() -> frozenset[str]:
    """'Reporting by', 'Compiled by', 'Texto de': labels of the writing that are no byline prefix."""
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return frozenset(p.casefold() for p in LEXICON["reporting"]["author"])


def prev_element(el: Any) -> Any:
    """The sibling element before `el`, past comments and processing instructions (None at the start)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def next_element(el: Any) -> Any:
    """The sibling element after `el`, past comments and processing instructions (None at the end)."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


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
        if isinstance(a.tag, str) and WRITER_CLASS.search(" ".join(filter(None, (a.get("class"), a.get("id"))))):
            return True
    prev = el.getprevious()
    before = (prev.tail if prev is not None else (el.getparent().text if el.getparent() is not None else "")) or ""
    words = before.split()
    return bool(words) and words[-1].rstrip(":").casefold() in prefix_starts()


_HCARD_BOX = re.compile(r"(?:^|\s)(?:vcard|h-card|p-author)(?:$|\s)")
_HCARD_NAME = re.compile(r"(?:^|\s)(?:fn|p-name)(?:$|\s)")


def hcard_name(el: Any, cls: str) -> bool:
    """The name of an hCard ('<span class="vcard"><span class="fn">Jane Roe</span></span>',
    microformats2 'p-author h-card'): a writer's card where a byline stands. A card in the page's
    chrome (a footer's contact card) is not; an organisation's card names no writer (read later)."""
    if not cls or ("fn" not in cls and "p-name" not in cls) or not _HCARD_NAME.search(cls):
        return False
    near = [el, *el.iterancestors()][:3]
    return any(isinstance(a.tag, str) and _HCARD_BOX.search(a.get("class") or "") for a in near) \
        and not _in_page_chrome(el)


# A box that is no part of the article: a newsletter sign-up ('Jeden Freitag von Jane Roe'),
# sharing buttons ('Geteilt von …'), a subscription offer, a promotion box.
_WIDGET_BOX = re.compile(r"newsletter|subscri|sign-?up|(?:^|[\s_-])(?:share|sharing|social)(?:$|[\s_-])|"
                         r"(?:^|\s|(?<!\bno)[_-])promo(?:$|[\s_-])", re.I)  # not 'header--no-promo'



def in_widget(el: Any) -> bool:
    """Inside such a box (one whose class says byline too, 'byline-social', is the byline's)."""
    for a in [el, *el.iterancestors()]:
        if isinstance(a.tag, str):
            cls = " ".join(filter(None, (a.get("class"), a.get("id"))))
            if _WIDGET_BOX.search(cls) and not WRITER_CLASS.search(cls):
                return True
    return False


# A box of the page's furniture by its class: the masthead, the imprint, the team, a breadcrumb trail.
_FURNITURE_BOX = re.compile(r"masthead|impressum|imprint|herausgeber|chefredaktion|breadcrumbs?|crumbs|"
                            r"(?:^|[\s_-])(?:team|trail)(?:$|[\s_-])", re.I)


def in_furniture(el: Any) -> bool:
    """Is `el` in a box of the page's furniture: the team, the editor-in-chief's card, the
    imprint, a breadcrumb trail, picks 'Recommended by' an editor? By the box's class (not a
    writer's: 'author-team' is the byline's) or by its heading (lexicon furniture_heads: 'Meet
    the team', 'Chefredaktion', 'Herausgeber', 'Rédaction en chef'). The names there never sign
    the article. A box that holds the headline is the article's own."""
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 8 or not isinstance(a.tag, str) or a.tag in ("body", "html", "article", "main"):
            return False
        cls = " ".join(filter(None, (a.get("class"), a.get("id"))))
        if "breadcrumb" in (a.get("itemtype") or "").casefold() \
                or (cls and _FURNITURE_BOX.search(cls) and not WRITER_CLASS.search(cls)) \
                or (depth < 4 and _furniture_heading(a)):
            return next(a.iter("h1"), None) is None
    return False


# A box for a person credited for other work: a health site's medical reviewer, an editor, a
# fact-checker, an illustrator, a translator (its class, or its heading's words).
# Not 'editor' (Elementor's 'widget-text-editor' holds bylines) nor 'review' (a review's own byline box).
_ROLE_CLASS = re.compile(r"reviewer|reviewed|fact-?check|illustrat|translat|lektor", re.I)


def in_role_box(el: Any) -> bool:
    """Is `el` in a small box for someone credited for other work than the writing: '<div
    class="reviewer-bio">', an author box headed 'Medical reviewer', 'About the editor', 'Fact
    checked by', 'Redigiert von', 'Illustrator'? Health sites give their medical reviewers the
    writers' markup (archive links, bio boxes); the reviewer signs nothing."""
    for depth, a in enumerate([el, *el.iterancestors()]):
        if depth >= 6 or not isinstance(a.tag, str) or a.tag in ("body", "html", "article", "main"):
            return False
        cls = " ".join(filter(None, (a.get("class"), a.get("id"))))
        if (cls and _ROLE_CLASS.search(cls) and not WRITER_CLASS.search(cls)) or _role_heading(a):
            return len(" ".join(a.text_content().split())) <= 600 and next(a.iter("h1"), None) is None
    return False


def _role_heading(box: Any) -> bool:
    """The box opens with a heading that names another role than the writer's ('Medical
    reviewer', 'About the editor', 'Fact checked by'; lexicon other_work_stems and reviewing or
    editing words), not an author box's ('About the author')."""
    for child in box[:3]:
        if not isinstance(child.tag, str) or child.tag not in HEADINGS:
            continue
        text = " ".join(child.text_content().split()).casefold()
        return len(text) <= 40 and text.rstrip(":") not in _box_heads() and any(
            stem in text for stem in _role_stems())
    return False


@lru_cache(maxsize=1)
def _role_stems() -> tuple[str, ...]:
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return (*LEXICON["other_work_stems"], *LEXICON["photographer_stems"], "review", "editor", "edited", "redigiert",
            "lektor", "überprüft", "relu", "revisad", "revision")


def after_related_head(el: Any, reach: int = 8) -> bool:
    """Does a heading of a list of other stories stand before `el` among its siblings ('<p>Read
    more:</p><p>Headline</p><p>By Jane Roe</p>', 'Mehr zum Thema'; lexicon related_heads), with
    another story's headline between them? The byline there is that story's. Asked of `el` and,
    when it opens its parent, of the parent."""
    cur = el
    for _ in range(2):
        prev, seen = cur.getprevious(), 0
        while prev is not None and seen < reach:
            if isinstance(prev.tag, str):
                seen += 1
                # a heading is a small element; a big sibling (the story's text) is not read whole
                text = " ".join(prev.text_content().split()) if len(prev) <= 3 else ""
                if len(text) < 60 and fold_words(text) in _related_heads():
                    return seen >= 2  # another story's headline between the heading and the byline
            prev = prev.getprevious()
        if seen or cur.getparent() is None:
            return False
        cur = cur.getparent()
    return False


def fold_words(text: str) -> str:
    """The words of a text, casefolded, punctuation and spacing gone: 'Mehr zum Thema:' → 'mehr zum thema'
    (headings, titles and names compared as words)."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


@lru_cache(maxsize=1)
def _related_heads() -> frozenset[str]:
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return frozenset(fold_words(h) for h in LEXICON["related_heads"])


def _furniture_heading(box: Any) -> bool:
    return _heading_in(box, _furniture_heads()) is not None


@lru_cache(maxsize=1)
def _furniture_heads() -> frozenset[str]:
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return frozenset(h.casefold() for h in LEXICON["furniture_heads"])


# A social network's post embedded in the page: its author is the post's, never the article's writer.
_EMBED_BOX = re.compile(r"twitter|tweet|instagram|facebook|(?:^|[\s_-])fb-|tiktok|mastodon|bluesky|threads|"
                        r"(?:^|[\s_-])(?:social|embed)(?:ded)?(?:$|[\s_-])", re.I)


def embedded_posts(tree: Any, limit: int = 20) -> list[str]:
    """The texts of the social posts embedded in the page (a <blockquote> whose class, or its
    wrapper's, names a network or says embed: 'twitter-tweet', 'instagram-media', a 'fb-post'
    box). Their 'Posted by Jane Roe on Monday, July 16, 2018' or '— Jane Roe (@jroe)' stays in
    the extracted text, where it reads as a byline. So does a pull quote's speaker: a short
    <blockquote> whose last element names who said it ('<cite>', a '— Jane Roe' line), and the
    signature of a small widget box (a subscription offer, a newsletter sign-up, a promotion)."""
    out: list[str] = []
    for box in tree.iter("div", "section", "aside", "form"):
        # a subscription offer, a newsletter sign-up, a promotion: 'Ihr Jane Roe, Chefredakteurin' signs the offer
        cls = " ".join(filter(None, (box.get("class"), box.get("id"))))
        if cls and _WIDGET_BOX.search(cls) and not WRITER_CLASS.search(cls):
            text = " ".join(box.text_content().split())
            if 0 < len(text) <= 600 and next(box.iter("h1"), None) is None:
                out.append(text)
                if len(out) >= limit:
                    return out
    for q in tree.iter("blockquote"):
        boxes = [q, *list(q.iterancestors())[:2]]
        if any(isinstance(b.tag, str) and _EMBED_BOX.search(" ".join(filter(None, (b.get("class"), b.get("id")))))
               for b in boxes) or _pull_quote(q):
            text = " ".join(q.text_content().split())
            if text:
                out.append(text[:600])
            if len(out) >= limit:
                break
    return out


def _pull_quote(q: Any) -> bool:
    """A quotation and its speaker: a short <blockquote> whose last element is a <cite> or a line that
    opens with a dash ('<p>— Jane Roe</p>'), its name a few words."""
    last = next((c for c in reversed(q) if isinstance(c.tag, str)), None)
    if last is None or len(" ".join(q.text_content().split())) > 400:
        return False
    said = " ".join(last.text_content().split())
    return 0 < len(said.split()) <= 6 and (last.tag in ("cite", "footer") or said[:1] in "—–-")


def _in_page_chrome(el: Any) -> bool:
    """Is `el` in a menu, a tag list, a sidebar, the page footer, or running text?"""
    for depth, a in enumerate(el.iterancestors()):
        if not isinstance(a.tag, str):
            continue
        if a.tag in ("nav", "aside") or _NOT_BYLINE_BOX.search(" ".join(filter(None, (a.get("class"), a.get("id"))))):
            return True
        if (a.tag == "footer" or _FOOTER.search(a.get("class") or "")) \
                and not any(x.tag in ("article", "main") for x in a.iterancestors()):
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


def archive_names(tree: Any) -> dict[str, str]:
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
    if len(segs) >= 2:  # the slug spells a name ('jane-roe', 'jroe'), not a version ('/licenses/by/3.0/')
        return segs[-2].casefold() in _author_paths()[0] and _SLUG.search(segs[-1]) is not None
    return not segs and re.match(r"\?author=\d+(?:[&#]|$)", href[cut:]) is not None


@lru_cache(maxsize=4096)
def _profile_href(href: str) -> bool:
    """'/people/jane-roe/', '/staff/jroe': a person's page, a writer's only where the byline says so."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    segs = [x for x in path.split("/") if x]
    return len(segs) >= 2 and segs[-2].casefold() in _author_paths()[1] and _SLUG.search(segs[-1]) is not None


_SLUG = re.compile(r"[^\W\d_]{2}")


@lru_cache(maxsize=1)
def _author_paths() -> tuple[frozenset[str], frozenset[str]]:
    """(words of a writer's archive path, words of any person's page path), from the lexicon."""
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return (frozenset(p.casefold() for p in LEXICON["author_paths"]),
            frozenset(p.casefold() for p in LEXICON["profile_paths"]))


# An author box's own class: 'author-box', 'about-author', 'author-bio', 'bio-auteur', 'autor-info'.
_AUTHOR_BOX = re.compile(r"(?:auth?or(?:en|in)?|auteur|autore)[-_]?(?:box|bio|info|about|card|description|details|profile)|"
                         r"about[-_]?(?:the[-_]?)?(?:auth?or|auteur|writer)|bio[-_]?(?:auth?or|auteur|autore)", re.I)


def author_box(el: Any, cls: str) -> bool:
    """An author box by its class or by its heading (cheap tests first: every element is asked)."""
    low = cls.lower()
    if ("aut" in low or "bio" in low or "about" in low) and _AUTHOR_BOX.search(cls):
        return True
    return el.tag in ("div", "section", "aside", "footer") and _box_heading(el) is not None


def _box_heading(el: Any) -> Any:
    """The heading that makes `el` an author box ('<h3>Über den Autor</h3>', '<h4>About the author</h4>')."""
    if el.tag not in ("div", "section", "aside", "footer"):
        return None
    return _heading_in(el, _box_heads())


def _heading_in(box: Any, heads: frozenset[str]) -> Any:
    """The first of `box`'s first three children that is a heading (or a short bold or plain line
    standing as one) whose words are one of `heads`; None when the first real heading is another."""
    for child in box[:3]:
        if not isinstance(child.tag, str) or child.tag not in _HEAD_TAGS:
            continue
        if child.tag not in HEADINGS and len(child):
            continue  # a paragraph with markup in it: no heading
        raw = child.text_content() if child.tag in HEADINGS else (child.text or "")
        if len(raw) <= 60 and " ".join(raw.split()).rstrip(":").casefold() in heads:
            return child
        if child.tag in HEADINGS:
            return None
    return None


_HEAD_TAGS = frozenset((*HEADINGS, "strong", "b", "p", "span"))


def box_writer(el: Any) -> str | None:
    """The writer an author box names: its archive links ('<a href="/author/jroe/">Jane Roe</a>',
    or the desk's: 'Example Redaktion'),
    else the person whose name opens its first sentence before a verb of a bio ('Jane Roe is a
    freelance journalist', 'Jane Roe schreibt seit 2010 über …', 'Jane Roe est journaliste')."""
    from tracer.credits.byline import is_desk  # at call time: tracer.credits imports this module
    from tracer.credits.names import is_handle, is_org_name, is_person

    links = []
    for a in el.iter("a"):
        name = " ".join(a.text_content().split())
        href = a.get("href") or ""
        # a blogger's first name or handle where the link's own address spells it ('/author/jroe42/')
        own = len(name.split()) == 1 and (is_person(name, single=True) or is_handle(name)) \
            and _spelled(name, href)
        if name and name not in links and (_archive_href(href) or _profile_href(href)) \
                and (is_person(name) or is_desk(name) or own) and not _mid_sentence(a, links):
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


def _spelled(name: str, href: str) -> bool:
    """Does the address spell the name ('Élodie' in '/author/elodie/', 'jane_roe' in '/author/jane-roe/')?"""
    import unicodedata

    def letters(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isalnum() and c.isascii())

    return len(letters(name)) >= 3 and letters(name) in letters(href)


def _mid_sentence(a: Any, earlier: list[str]) -> bool:
    """Is this link told inside a sentence of a bio ('She previously worked with <a>John Doe</a>
    at …')? Then it names a colleague, not the box's writer. A link that opens its sentence, or
    follows only the names of earlier links and 'and' ('<a>Jane Roe</a> and <a>John Doe</a> are
    reporters'), is the box's writer."""
    block = a.getparent()
    while block is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    if block is None:
        return False
    before = _text_before(block, a)
    if before is None:
        return False
    lead = re.split(r"[.!?:]\s", before)[-1]
    for name in earlier:
        lead = lead.replace(name, " ")
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", lead)]
    if " ".join(words) in byline_labels():
        return False  # 'Written by <a>Jane Roe</a>': the box's byline
    if _bio_verb_after(a):
        return False  # 'Staff contributor <a>Jane Roe</a> is a …': the sentence's subject, the box's writer
    return any(w not in _separators() for w in words)


def _bio_verb_after(a: Any) -> bool:
    """Does a verb of a bio follow the link ('<a>Jane Roe</a> is the …', '… schreibt seit …')?"""
    after = " ".join((a.tail or "").split()).casefold()
    first = re.match(r"[^\W\d_]+", after)
    return bool(first) and first.group(0) in _bio_verbs()


@lru_cache(maxsize=1)
def _bio_verbs() -> frozenset[str]:
    from tracer.credits.lexicon import phrases  # at call time: tracer.credits imports this module

    return frozenset(p.casefold() for p in phrases("bio_verbs") if " " not in p)


def _text_before(block: Any, target: Any) -> str | None:
    """The text of `block` before its descendant `target` (None when it holds no such element)."""
    parts: list[str] = []

    def walk(el: Any) -> bool:
        if el is target:
            return True
        parts.append(el.text or "" if isinstance(el.tag, str) else "")
        for child in el:
            if walk(child):
                return True
            parts.append(child.tail or "")
        return False

    return " ".join(parts) if walk(block) else None


@lru_cache(maxsize=1)
def _separators() -> frozenset[str]:
    from tracer.credits.lexicon import LEXICON  # at call time: tracer.credits imports this module

    return frozenset(w.casefold() for w in LEXICON["name_separators"])


def is_person_name(name: str) -> bool:
    from tracer.credits.names import is_person  # at call time: tracer.credits imports this module

    return is_person(name)


def is_handle_name(name: str) -> bool:
    from tracer.credits.names import is_handle  # at call time: tracer.credits imports this module

    return is_handle(name)


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


@lru_cache(maxsize=1)
def prefix_starts() -> dict[str, tuple[str, ...]]:
    """Byline labels by their first word, longest first."""
    out: dict[str, list[str]] = {}
    for label in byline_labels():
        out.setdefault(label.split()[0], []).append(label)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def category_lead() -> re.Pattern[str]:
    """'Posted in World News by …': a blog's category before its byline label (lexicon category_leads)."""
    from tracer.credits.lexicon import alternation  # at call time: tracer.credits imports this module

    return re.compile(r"(?:" + alternation("category_leads") + r")\s+[^\n]{1,60}?\s+(?=(?:"
                      + alternation("byline_prefixes") + r")[\s:])", re.I)


@lru_cache(maxsize=1)
def byline_labels() -> frozenset[str]:
    from tracer.credits.lexicon import phrases  # at call time: tracer.credits imports this module

    return frozenset(p.casefold() for p in phrases("byline_prefixes"))




@lru_cache(maxsize=1)
def stamped_byline() -> re.Pattern[str]:
    """'Posted on May 5, 2026 by Jane Roe', 'Veröffentlicht am 5. Mai 2026 von jroe': a publishing
    stamp (lexicon byline_stamps), its date (a digit in it), then a one-word byline label (lexicon
    byline_prefixes, marked_byline_prefixes) and the name: a theme's meta line without a byline class."""
    from tracer.credits.lexicon import LEXICON, phrases  # at call time: tracer.credits imports this module

    stamps = sorted((re.escape(w) for w in LEXICON["byline_stamps"]), key=len, reverse=True)
    labels = sorted({re.escape(p.casefold()) for p in [*phrases("byline_prefixes"), *LEXICON["marked_byline_prefixes"]]
                     if " " not in p and p.isalpha()},
                    key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(stamps) + r")\b(?=[^\n]{0,40}\d)[^\n]{2,50}?\s(?P<label>" + "|".join(labels)
                      + r")\s+\S", re.I)
