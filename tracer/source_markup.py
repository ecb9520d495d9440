"""Where a page names the source of its text outside the text: a labelled source line in an
element of its own ('<p>Quelle: dpa</p>' under the body, 'Mit Material von dpa' in an info
box), the info line under the headline that names the wire beside the date ('12.05.2026 ·
dpa/AFP', '14:30 Uhr (dpa)'), and `data-source`/`data-agency` attributes.

Trafilatura leaves such short lines out of the text (too short, or outside the body element),
and no class says credit. This module only finds the candidate strings, cheaply (every element
of the page is asked); `tracer.credits.page_sources` decides, with the gazetteer, which name a
source. Pictures, charts and tables have their own credits and sources: lines in them, and in
boxes of other stories, comments or widgets, are not taken. Also found: a portal's provider slot
(a class or id that says provider, or a 'Provided by' label over the partner's logo) and a link
that says to read the original story. Lexicon keys: source_labels, with_files, material_from,
originally, issuer_labels, original_links.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from tracer.author_markup import in_furniture, in_widget, prev_element

# A picture's, a chart's or a table's own box: its source line is the figure's.
_FIGURE_BOX = re.compile(r"caption|credit|copyright|image|photo|foto|bild|picture|media|gallery|chart|grafik|graphic|"
                         r"infogra|diagram|table|tabelle", re.I)
_OTHER_BOX = re.compile(r"related|popular|most-?read|recirc|trending|read-?next|more-?stories|recommend|teaser|"
                        r"comment|sidebar|(?:^|[\s_-])(?:ad|ads|advert\w*|anzeige|sponsor\w*|promo|partner\w*)(?:$|[\s_-])",
                        re.I)
_PAGE_FOOTER = re.compile(r"(?:^|[\s_-])(?:site-?)?footer(?:$|\s)", re.I)
_TAGS = ("p", "div", "span", "small", "li", "dd", "em", "i", "strong", "b", "section", "footer", "aside", "time",
         "header")
_BLOCKS = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                     "article", "blockquote", "figure", "header", "footer", "aside", "form"))
# what an info box holds no part of: headings, lists, tables, pictures, forms
_NOT_INFO = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure", "form", "article", "section",
                       "blockquote"))
_HEADLINE_GAP = frozenset(("p", "div", "span", "time", "h2", "h3", "figure", "picture", "img", "small", "ul"))
MAX_LINE = 160
_MAX_INFO_PARTS = 40


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(first words of every label, source labels that need a colon, phrases that need none), folded."""
    from tracer.credits.lexicon import LEXICON, phrases  # at call time: tracer.credits imports this module

    colon = tuple(sorted({p.casefold() for p in phrases("source_labels")}, key=len, reverse=True))
    bare = tuple(sorted({p.casefold() for p in [*LEXICON["with_files"], *LEXICON["material_from"], *LEXICON["originally"],
                                                *LEXICON["issuer_labels"]]},
                        key=len, reverse=True))
    firsts = frozenset(p.split()[0] for p in (*colon, *bare) if p.split())
    return firsts, colon, bare


def _own_text(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())


def _lead_word(el: Any) -> str:
    text = (el.text or "").strip()
    if not text:
        return ""
    return text.split(None, 1)[0].rstrip(":").casefold()


def labelled_source(el: Any) -> str | None:
    """'Quelle: dpa', 'Source : AFP', 'Mit Material von dpa', 'This article was originally published
    on Example Tribune.': a short element of its own that opens with a source label (with its colon),
    a with-material phrase, a partner's repost note or a press release's issuer."""
    firsts, colon, bare = _labels()
    if _lead_word(el) not in firsts or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
        return None
    text = _own_text(el)
    if len(text) > MAX_LINE:
        return None
    low = text.casefold()
    for label in colon:
        if low.startswith(label) and re.match(r"\s*:\s*\S", text[len(label):]):
            return text
    for phrase in bare:
        rest = text[len(phrase):len(phrase) + 2]
        if low.startswith(phrase) and (rest[:1] == " " or rest == ": "):  # 'Originaltext: Example GmbH'
            return text
        if low.rstrip(" :") == phrase:  # 'Provided by' over the partner's logo: the logo names it
            logo = _logo_name(el)
            return f"{text.rstrip(' :')} {logo}" if logo else None
    return None


def _label_only(el: Any) -> bool:
    """A label alone ('Provided by'), its name in a logo: the picture beside it is that logo."""
    return _own_text(el).casefold().rstrip(" :") in _labels()[2]


_LOGO_WORD = re.compile(r"(?:\s*[-–|:]?\s*\b(?:logo|logotipo|logotype|signet)\b)+\s*$", re.I)


def _logo_name(el: Any) -> str | None:
    """The name a partner's logo gives (its alt text, or its link's title) in the element or the
    one right after it: portals credit the partner whose story they carry with a label and a logo."""
    nxt = el.getnext()
    for box in (el, nxt if nxt is not None and isinstance(nxt.tag, str) and nxt.tag in ("a", "img", "span", "div",
                                                                                         "picture") else None):
        if box is None:
            continue
        for img in box.iter("img"):
            name = _LOGO_WORD.sub("", " ".join((img.get("alt") or "").split()))
            if 2 <= len(name) <= 60:
                return name
        for a in box.iter("a"):
            name = " ".join((a.get("title") or a.get("aria-label") or "").split())
            if 2 <= len(name) <= 60:
                return name
    return None


def info_line(el: Any) -> str | None:
    """A short line or box right under the headline (and its standfirst) that holds a date or
    a time and parts beside it ('12.05.2026 · dpa/AFP', '12.05.2026, 14:30 Uhr (dpa)', a box of
    the date and 'News - Example Agency' in paragraphs of their own): the page's info line, where
    many sites name the wire. The caller keeps only the parts the gazetteer knows as wires."""
    for n, d in enumerate(el.iterdescendants()):  # a bounded look: every element of the page is asked
        if n >= _MAX_INFO_PARTS or (isinstance(d.tag, str) and d.tag in _NOT_INFO):
            return None
    text = _own_text(el)
    if not 4 <= len(text) <= MAX_LINE or not any(ch.isdigit() for ch in text) or not _under_headline(el):
        return None
    # its elements' boundaries part it too: '<span>May 12, 2026</span> <span>Reuters</span>'
    return " | ".join(t for t in (" ".join(x.split()) for x in el.itertext()) if t)


def _under_headline(el: Any) -> bool:
    """Does `el` (or the box it opens) follow the page's headline (an <h1>, or a short box that
    holds it) with only short elements between?"""
    cur = el
    for _ in range(2):
        prev, steps = prev_element(cur), 0
        while prev is not None and steps < 4:
            if prev.tag not in (*_HEADLINE_GAP, "h1", "header") \
                    or (prev.tag != "h2" and len(" ".join(prev.text_content().split())) > 160):
                return False  # (a subtitle heading, however long, is the standfirst)
            if prev.tag == "h1" or next(prev.iter("h1"), None) is not None:
                return True
            prev, steps = prev_element(prev), steps + 1
        if prev is not None:
            return False
        cur = cur.getparent()  # only short elements before it in its box: ask of the box
        if cur is None:
            return False
    return False


def _elsewhere(el: Any) -> bool:
    """In a picture's, chart's or table's box, a box of other stories, an ad, a comment, a
    widget, the page's furniture, or a link: the line is not about this text."""
    for depth, a in enumerate([el, *el.iterancestors()]):
        if not isinstance(a.tag, str):
            continue
        if a.tag in ("figure", "figcaption", "table", "a", "nav", "blockquote"):
            return True
        if (a.tag == "footer" or _PAGE_FOOTER.search(a.get("class") or "")) \
                and not any(x.tag in ("article", "main") for x in a.iterancestors()):
            return True  # the page's own footer (its publisher's imprint), not an article's
        cls = " ".join(filter(None, (a.get("class"), a.get("id"))))
        if cls and ((depth < 4 and _FIGURE_BOX.search(cls)) or _OTHER_BOX.search(cls)):
            return True
    return in_widget(el) or in_furniture(el)


def _picture_before(el: Any) -> bool:
    """Right after a picture, a video or an embedded player (an <iframe>: 'Quelle: YouTube/…')."""
    prev = prev_element(el)
    return prev is not None and (prev.tag in ("img", "picture", "video", "figure", "iframe")
                                 or next(prev.iter("img", "picture", "video", "iframe"), None) is not None)


def _in_picture_box(el: Any) -> bool:
    """In a small box (up to three levels up) that also holds a picture or a video."""
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 3 or not isinstance(a.tag, str) or a.tag in ("body", "article", "main"):
            return False
        if next(a.iter("img", "picture", "video", "iframe"), None) is not None:
            return len(" ".join(a.text_content().split())) <= 400
    return False


_INFO_TAGS = frozenset(("p", "div", "span", "small", "time", "li"))


def _near_headline(tree: Any) -> list[Any]:
    """The elements where an info line may stand: the few siblings after the page's <h1> and
    after the box that holds it, and what they hold (bounded), not every element of the page."""
    out: list[Any] = []
    for h1 in list(tree.iter("h1"))[:2]:
        for anchor in (h1, h1.getparent()):
            if anchor is None or anchor.tag in ("body", "html"):
                continue
            sib, seen = anchor.getnext(), 0
            while sib is not None and seen < 4:
                if isinstance(sib.tag, str):
                    seen += 1
                    for n, el in enumerate(sib.iter()):
                        if n >= 60:
                            break
                        if isinstance(el.tag, str) and el.tag in _INFO_TAGS and el not in out:
                            out.append(el)
                sib = sib.getnext()
    return out


# A portal's slot for the partner whose story it carries: '<span class="caas-attr-provider">Example
# Tribune</span>', '<div class="provider-name">…</div>' (class or id; a logo inside names it by its alt text)
_PROVIDER_CLASS = re.compile(r"(?:^|[\s_-])provider(?:-?name|-?title|-?link|-?logo)?(?:$|[\s_])", re.I)


def _add_provider(el: Any, box: Any, providers: list[str]) -> None:
    name = provider_name(el)
    if name and name not in providers and len(providers) < 2 and not _elsewhere(box):
        providers.append(name)


def provider_name(el: Any) -> str | None:
    """The partner's name in a provider slot: its short text of one line, or its logo's alt text."""
    cls = " ".join(filter(None, (el.get("class"), el.get("id"))))
    if not _PROVIDER_CLASS.search(cls) or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
        return None
    text = _own_text(el)
    if not text:
        text = _logo_name(el) or ""
    if not 2 <= len(text) <= 60 or any(ch.isdigit() for ch in text):
        return None
    return text


def _link_text(a: Any) -> str:
    return " ".join(" ".join(a.itertext()).split()).strip(" .:»›→").casefold()


def _reads_original(a: Any) -> bool:
    """Does the link, with the words right before it, say to read the original story ('<a>Read the
    original article</a>', 'Read the <a>original article</a>', 'Lire l’<a>article original</a>')?"""
    prev = a.getprevious()
    before = (prev.tail if prev is not None else (a.getparent().text if a.getparent() is not None else "")) or ""
    before = " ".join(before[-40:].split()).casefold()
    text = _link_text(a)
    full = before + text if before.endswith(("'", "’")) else f"{before} {text}".strip()
    return text in _original_links() or any(full.endswith(p) and len(p) > len(text) for p in _original_links())


@lru_cache(maxsize=1)
def _original_links() -> frozenset[str]:
    from tracer.credits.lexicon import LEXICON

    return frozenset(x.casefold() for x in LEXICON["original_links"])


def source_markup(tree: Any, limit: int = 8) -> dict[str, list[str]]:
    """The page's candidate source strings: {"source_lines": […], "info_lines": […],
    "data_sources": […], "providers": […], "original_links": […]} (keys with nothing found are
    left out), and "figure_sources": the labelled source lines that stand under a picture, a
    video, an embedded player or a chart (the text's lines that repeat them are theirs)."""
    lines: list[str] = []
    figures: set[str] = set()  # lines a picture's or a chart's box holds: the same line elsewhere is theirs too
    pictures: set[str] = set()  # those right under a picture, a video or a player, or in a small box with one
    infos: list[str] = []
    for el in _near_headline(tree):
        info = info_line(el)
        if info and info not in infos and not _elsewhere(el):
            infos.append(info)
            if len(infos) >= limit:
                break
    providers: list[str] = []
    for el in tree.iter(*_TAGS):
        if "provider" in (el.get("class") or "") or "provider" in (el.get("id") or ""):
            _add_provider(el, el, providers)
        if len(lines) >= limit:
            continue
        line = labelled_source(el)
        if not line or line in lines:
            continue
        pictured = not _label_only(el) and (_picture_before(el) or _in_picture_box(el))
        if pictured:
            pictures.add(line)
        if _elsewhere(el) or pictured:
            figures.add(line)
        else:
            lines.append(line)
    lines = [x for x in lines if x not in figures]
    originals: list[str] = []
    for a in tree.iter("a"):
        if "provider" in (a.get("class") or "") or "provider" in (a.get("id") or ""):
            _add_provider(a, a.getparent() if a.getparent() is not None else a, providers)  # the slot as its link
        if "rigin" not in (a.text or "").lower() or len(originals) >= 2:  # 'original', 'Originalartikel', 'origine'
            continue
        href = a.get("href") or ""
        if href.startswith("http") and _reads_original(a) and href not in originals \
                and not any(x.tag in ("nav", "aside") for x in a.iterancestors()):
            originals.append(href)
    attrs: list[str] = []
    for el in tree.xpath("//*[@data-source or @data-agency]")[:40]:
        for key in ("data-agency", "data-source"):
            val = " ".join((el.get(key) or "").split())
            if val and len(val) <= 40 and val not in attrs and not _elsewhere(el):
                attrs.append(val)
    out = {"source_lines": lines, "info_lines": infos, "data_sources": attrs[:limit], "providers": providers[:2],
           "original_links": originals[:2], "figure_sources": sorted(pictures)[:limit]}
    return {k: v for k, v in out.items() if v}
