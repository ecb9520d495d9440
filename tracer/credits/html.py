"""Credits from the raw HTML: meta tags, JSON-LD, a cross-domain canonical link, and the
byline and credit nodes that trafilatura drops from the text.

HTML-only evidence has no span in the extracted text (`start`/`end` are None) unless the
node's text is found there verbatim, in which case the span points at it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from tracer.author_markup import WRITER_CLASS, fold_words, says_writer, stamped_byline
from tracer.credits.byline import is_desk, is_job_title, is_newsroom, trim_byline
from tracer.credits.gazetteer import Gazetteer, default_gazetteer, fold, is_generic_agency
from tracer.credits.jsonld_objects import (
    _MEDIA_TYPES,
    _is_url,
    _obj_url,
    _site,
    _type_of,
    linked_name,
    page_jsonld,
)
from tracer.credits.lexicon import LEXICON, phrases
from tracer.credits.names import (
    LOWER,
    UPPER,
    clean_name,
    is_city_word,
    is_handle,
    is_org_name,
    is_outlet_name,
    is_person,
    is_place,
    site_initials,
    split_names,
)
from tracer.credits.page_sources import page_source_credits
from tracer.credits.parser import (
    Ctx,
    agency_desk,
    is_byline_line,
    is_photo_line,
    read_line,
    read_names,
    without_guest,
)
from tracer.credits.photo import photographers
from tracer.credits.signals import signal_values
from tracer.model import Article, Credit

MAX_BYLINE_NODES = 2
# A byline node whose own class says it belongs to other content: a teaser or card of
# another story, a pull quote's speaker, a list of popular or related pieces.
_OTHER_CONTENT = re.compile(r"teaser|(?:^|[\s_-])card(?:$|[\s_-])|summary-?item|quote|promo|recommend|popular|"
                            r"post-list|related", re.I)
# A node whose class says credit, rights or source, not writer: a bare person's name there is a picture's.
_CREDIT_CLASS = re.compile(r"^class=.*(?:credit|copyright|source|quelle|fuente|fonte|izvor|burimi)", re.I)
# A node whose class says it names the text's source, not a credit or rights line.
_SOURCE_CLASS = re.compile(r"^class=.*(?:source|quelle|fuente|fonte|izvor|burimi|agency|agentur|agencia|agence|agenzia|"
                           r"origin)", re.I)
_DEGREE_PART = re.compile(r",\s*(?:" + "|".join(re.escape(d) for d in LEXICON["degrees"]) + r")\.?\s*(?=,|$)")
_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author",
                "sailthru.author", "cxenseparse:author")
_SOURCE_META = ("original-source", "syndication-source", "dc.source")
_JSONLD_KEYS = (("author", "author"), ("creator", "author"), ("sourceOrganization", "source"),
                ("isBasedOn", "source"), ("translationOfWork", "source"), ("creditText", "source"), ("provider", "source"),
                ("copyrightHolder", "source"), ("publisher", "publisher"), ("contributor", "contributor"),
                ("editor", "editor"), ("translator", "translator"))


def _names(value: Any, depth: int = 0) -> list[tuple[str, str | None]]:
    """(name or URL, @type) pairs from a JSON-LD value: a string, an object or a list."""
    if depth > 4:
        return []
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, dict):
        typ = value.get("@type")
        typ = typ if isinstance(typ, str) else (typ[0] if isinstance(typ, list) and typ and isinstance(typ[0], str)
                                                 else None)
        if typ is not None and typ.casefold() == "person":  # "@type": "person" on some sites
            typ = "Person"
        name = value.get("name") or value.get("legalName") or value.get("url") or value.get("@id")
        if isinstance(name, str):
            if typ == "Person" and not _TAGGED_PHOTO.search(name):
                # "Jane Roe (jro)": the writer's desk code after the name ("John Doe (Fotos)" keeps its tag: the
                # photographer, whom the author reading drops)
                name = re.sub(r"\s*\([^()]{1,8}\)\s*$", "", name)
            return [(name, typ)]
        if isinstance(name, list):
            return [(n, typ) for n in name if isinstance(n, str)]
        return []
    if isinstance(value, list):
        return [x for v in value[:20] for x in _names(v, depth + 1)]
    return []




def url_host(url: str) -> str:
    """The host of an address, with or without its scheme, without `www.` ('' when it has none)."""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _strip(c: Credit) -> Credit:
    return replace(c, start=None, end=None)


def parse_html_credits(article: Article, gaz: Gazetteer) -> list[Credit]:
    """Every credit the page's HTML declares outside the extracted text."""
    sig = article.signals
    out: list[Credit] = _nodes(article, gaz)  # visible bylines first: their evidence wins the merge
    meta = sig.get("meta", {}) if isinstance(sig.get("meta"), dict) else {}
    for key in ("og:site_name",):
        for val in signal_values(meta, key)[:1]:
            ctx = Ctx(zone="meta", evidence=f'<meta property="{key}" content="{val}">', org_role="publisher",
                      confidence=0.8, unknown_org=True, loose=True)
            out += [c for c in read_names(val, -1, ctx, gaz) if c.kind == "organization"][:1]
    for key in _AUTHOR_META:
        for val in signal_values(meta, key):
            if _is_url(val):
                val = linked_name(val, sig)  # the writer's archive page: named by its link on the page
                if not val:
                    continue
            ev = f'<meta name="{key}" content="{val[:120]}">'
            val = surname_first(val, gaz)
            ctx = Ctx(zone="meta", evidence=ev, org_role="author",
                      person_role="author", confidence=0.8, single=True, unknown_org=False)
            out += desk_credit(val, gaz, "meta", ev) or _wire_as_source(_as_byline(val, ctx, gaz, article.publisher), gaz) \
                or _handle(val, "meta", ev)
    for key in ("copyright", "dc.rights"):
        for val in signal_values(meta, key)[:2]:
            # '<meta name="copyright" content="dpa-infocom">': the text's rights are a wire's, its source
            ev = f'<meta name="{key}" content="{val[:120]}">'
            found = read_line(val if "©" in val or "copyright" in val.lower() else f"© {val}", 0, gaz,
                              article.publisher, in_head=False)
            out += [replace(_strip(c), zone="meta", evidence=ev, role="source") for c in found
                    if c.kind == "organization" and _is_wire(c, gaz)]
    for key in _SOURCE_META:
        for val in signal_values(meta, key):
            name = url_host(val) if _is_url(val) else val
            ctx = Ctx(zone="meta", evidence=f'<meta name="{key}" content="{val[:120]}">', confidence=0.85,
                      unknown_org=True)
            out += [c for c in read_names(name, -1, ctx, gaz) if c.kind == "organization"]
    for obj in page_jsonld(article):
        found = _jsonld(obj, gaz)
        if _type_of(obj) in _MEDIA_TYPES:  # a picture's or video's own credit: never the article's
            found = [replace(c, role="photo") for c in found if c.role != "publisher"]
        out += found
    out += page_source_credits(article, gaz)
    canonical = sig.get("canonical")
    if isinstance(canonical, str) and canonical and article.url:
        a, b = url_host(canonical), url_host(article.url)
        if a and b and _site(a) != _site(b) and brand(a) != brand(b):
            out.append(Credit(name=_site(a), kind="organization", role="source", zone="canonical",
                              evidence=f'<link rel="canonical" href="{canonical[:200]}">', confidence=0.7))
    return out


_PHOTO_ALT = "|".join(sorted((re.escape(w.rstrip(":")) for w in LEXICON["photo_words"]), key=len, reverse=True))
_SEGMENT = re.compile(r"\s*(?:[,;|·•]|\s[-–—/]\s)\s*(?=[^\s:,;]{2,20}:)")
_PHOTO_LABEL = re.compile(r"^\s*(?:" + _PHOTO_ALT + r")\s*:", re.I)
_TAGGED_PHOTO = re.compile(r"(?:\s*(?:[,;&]|\b(?:and|und|et|y|e|i)\b)\s*)?[^,;&()]*?\((?:" + _PHOTO_ALT + r")\)", re.I)
_TAGGED_TEXT = re.compile(r"\s*\((?:text|texte|texto|tekst|words|autor|autorin|author|auteur|redaktion)\)", re.I)
_HANDLE = re.compile(r"\s*\([^()@]*@[^()]*\)|\s+@\w{2,}\b")
_BAR = re.compile(r"\s+[|·•]\s+")
_LEAD_SEP = re.compile(r"^\s*(?:[,;&]|\b(?:and|und|et|y|e|i)\b)\s*", re.I)


_SURNAME_FIRST = re.compile(r"^(?P<sur>[^\W\d_][\w'’\-]+(?: (?:[a-z]{1,3} )*[^\W\d_][\w'’\-]+)?), "
                            r"(?P<given>[^\W\d_][\w'’\-]+(?: [^\W\d_][\w'’\-]*\.?)?)$")


def surname_first(val: str, gaz: Gazetteer) -> str:
    """'Roe, Jane' (a catalogue's order, which Dublin Core and some CMS author tags print) as 'Jane Roe':
    a surname, a comma and a given name, that reads as one person's name once turned and neither part
    is an organisation ('Reuters, AFP' stays two)."""
    m = _SURNAME_FIRST.match(val.strip())
    if not m or any(w.isupper() and w.isalpha() and len(w) > 1 for w in val.replace(",", " ").split()):
        return val
    turned = f"{m.group('given')} {m.group('sur')}"
    if not is_person(turned) or is_person(m.group("sur")) or is_person(m.group("given")) \
            or gaz.lookup(m.group("sur")) is not None or gaz.lookup(m.group("given")) is not None:
        return val
    return turned


def writers_only(val: str) -> str:
    """An author value without its picture credits: 'Text: Jane Roe, Fotos: John Doe' and
    'Jane Roe (Text) und John Doe (Fotos)' name one writer; the photographer is no author."""
    val = _HANDLE.sub("", val)  # "Jane Roe (jane.roe@example.com)", "Jane Roe @janeroe"
    if "(" not in val and ":" not in val:
        return val
    segs = [s for s in _SEGMENT.split(val) if not _PHOTO_LABEL.match(s)]
    bars = _BAR.split(val)
    if len(bars) > 1 and any(_PHOTO_LABEL.match(b) for b in bars):
        # "Illustration: John Doe · Von Jane Roe": the picture's credit first, the byline after a bar
        segs = [", ".join(s for s in _SEGMENT.split(b) if not _PHOTO_LABEL.match(s)) for b in bars]
        segs = [s for s in segs if s]
    out = _TAGGED_TEXT.sub("", _TAGGED_PHOTO.sub("", ", ".join(segs)))
    return _LEAD_SEP.sub("", out).strip()


def _as_byline(val: str, ctx: Ctx, gaz: Gazetteer, publisher: str | None) -> list[Credit]:
    """An author value that is a whole byline ('By STEVE PEOPLES, AP National Political
    Writer') is read as one; a plain name list otherwise. Picture credits in it are dropped."""
    val = writers_only(val)
    if not val:
        return []
    found = [replace(_strip(c), zone=ctx.zone, evidence=ctx.evidence, role="author" if c.kind == "person" else c.role)
             for c in read_line(val, 0, gaz, publisher, in_head=True, in_tail=False)
             if c.zone == "byline" and c.role not in ("photo",)]
    return found or read_names(val, -1, ctx, gaz)


def _is_wire(c: Credit, gaz: Gazetteer) -> bool:
    org = gaz.lookup(c.agency or c.name) if c.kind == "organization" else None
    return org is not None and org.is_wire


def _wire_as_source(credits: list[Credit], gaz: Gazetteer) -> list[Credit]:
    """A wire agency named as author ('AFP/The Local') is the source of the text."""
    out = []
    for c in credits:
        org = gaz.lookup(c.agency or c.name) if c.kind == "organization" else None
        out.append(replace(c, role="source") if org is not None and org.is_wire else c)
    return out


_WORK_TYPES = ("work", "article", "posting", "report", "page", "book", "document", "dataset", "review", "blog",
               "episode", "movie", "mediaobject", "message", "photograph", "chapter", "collection", "series")
_WORK_KEYS = ("isBasedOn", "translationOfWork")


def _work_source(value: Any, depth: int = 0) -> Any:
    """The outlet behind a work that `isBasedOn` names: `{"@type": "NewsArticle", "name": "Headline",
    "publisher": {…}, "url": …}` credits its publisher, else its address, never its title."""
    if isinstance(value, list) and depth == 0:
        return [_work_source(v, 1) for v in value[:10]]
    if not isinstance(value, dict):
        return value
    typ = _type_of(value)
    if not (any(t in typ for t in _WORK_TYPES) or (not typ and "headline" in value)):
        return value
    pub = value.get("publisher") or value.get("sourceOrganization")
    if isinstance(pub, (str, dict)) and pub:
        return pub
    return _obj_url(value) or None


def _jsonld(obj: dict[str, Any], gaz: Gazetteer) -> list[Credit]:
    out: list[Credit] = []
    for key, role in _JSONLD_KEYS:
        value = _work_source(obj.get(key)) if key in _WORK_KEYS else obj.get(key)
        for name, typ in _names(value):
            if not name.strip():
                continue
            if _is_url(name):
                if role != "source":
                    continue
                name = url_host(name)
                if not name:
                    continue
                org = gaz.by_host(name)  # a URL names its site: the host is an outlet, whatever its TLD
                out.append(Credit(name=org.name if org else name, kind="organization", role=role, zone="jsonld",
                                  evidence=f'"{key}": "{name[:120]}"', agency=org.agency if org else None,
                                  confidence=0.8))
                continue
            ev = f'"{key}": "{name[:120]}"'
            desk = desk_credit(name, gaz, "jsonld", ev) if role == "author" else []
            if desk:  # "@type": "Person", "name": "Example Redaktion": the desk, an organisation
                out += desk
                continue
            is_org = typ not in (None, "Person")
            ctx = Ctx(zone="jsonld", evidence=ev, org_role=role, person_role=role if role != "source" else "author",
                      confidence=0.85, single=True, unknown_org=is_org or role in ("source", "publisher"))
            if is_org and role in ("source", "publisher") and len(name) <= 80:
                # An organisation object names one organisation: "The Globe and Mail" is not two.
                org = gaz.lookup(name)
                found = [Credit(name=org.name if org else name.strip(), kind="organization", role=role, zone="jsonld",
                                evidence=ev, agency=org.agency if org else None, confidence=0.85 if org else 0.75)]
            else:
                found = _as_byline(name, ctx, gaz, None) if role == "author" else read_names(name, -1, ctx, gaz)
            if typ == "Person":
                # "@type": "Person", "name": "dpa": a wire agency typed as a person is the agency
                found = [c for c in found if c.kind == "person" or _is_wire(c, gaz)] \
                    or (_handle(name, "jsonld", ev) if role == "author" else [])
            elif is_org and role == "author" and signing_org(name.strip()):
                # "Verkehrsverein Exampleton e.V." typed Organization: the association, its name whole
                found = [Credit(name=name.strip(), kind="organization", role=role, zone="jsonld", evidence=ev,
                                confidence=0.8)]
            elif is_org and role in ("author", "publisher", "source"):
                found = [c for c in found if c.kind == "organization"] or [
                    Credit(name=name.strip(), kind="organization", role=role, zone="jsonld", evidence=ev,
                           confidence=0.75)]
            if role in ("publisher", "source"):
                # a person as copyrightHolder, creditText or provider: the rights' owner, a picture's
                # credit or the site's owner, never the writer nor an outlet the text came from
                found = [c for c in found if c.kind == "organization"]
            out += _wire_as_source(found, gaz) if role == "author" else found
    return out


_INNER_COLON_LABEL = re.compile(r"(?<=[^\W\d_])\s+(?=[^\W\d_][\w'’-]{1,20}\s?:\s)")


def _label_bars(text: str) -> str:
    """'Text: Jane Roe Fotos: John Doe Grafik: Ivo Poe Produktion: Ann Lee': a story's closing credits,
    one label and name a line, joined by the node's text into one. Each label starts a part of its
    own again ('… | Fotos: John Doe | …'), so the picture and production credits stay apart from
    the writer's. Three labels or more, each after a word."""
    if text.count(":") < 3:
        return text
    parts = _INNER_COLON_LABEL.split(text)
    return " | ".join(parts) if len(parts) >= 3 else text


def _nodes(article: Article, gaz: Gazetteer) -> list[Credit]:
    """Byline and credit nodes from the page, read with the same rules as text lines."""
    out: list[Credit] = []
    nodes = article.signals.get("nodes") or []
    bylines = 0
    for node in nodes:
        if not isinstance(node, dict) or not isinstance(node.get("text"), str):
            continue
        text = _label_bars(_without_site(unglued(_recased(node["text"], str(node.get("how", "")))), article))
        if " @" in text:  # "Jane Roe @janeroe · John Doe @jdoe": each writer's handle, no name
            text = _HANDLE.sub("", text)
        text = _marked_label(text, str(node.get("how", "")))
        if node.get("kind") != "photo" and _photo_led(text):  # "Foto Jane Roe": the colon lost in the markup
            node = {**node, "kind": "photo"}
        if node.get("kind") != "photo" and is_photo_line(text, gaz):
            rest = writers_only(text)  # "Text: Jane Roe · Fotos: John Doe": the writer's part
            if rest == text and is_byline_line(text) and not _photo_led(text):
                # "By Jane Roe and John Doe. Photos by Ivo Poe": a byline first; the line's own
                # reading keeps the picture's credit apart
                rest = ""
                found = [replace(c, evidence=text) for c in read_line(text, 0, gaz, article.publisher)
                         if c.role == "author" and c.zone == "byline"]
                if bylines < MAX_BYLINE_NODES and found and not node.get("in") and node.get("kind") != "photo":
                    bylines += 1
                    out += [_strip(c) for c in found]
            if rest and rest != text and not is_photo_line(rest, gaz) and bylines < MAX_BYLINE_NODES:
                found = [replace(c, evidence=text) for c in read_line(rest, 0, gaz, article.publisher)
                         if c.role != "photo"]
                bylines += bool(found)
                out += [_strip(c) for c in found]
        if node.get("kind") == "photo" or is_photo_line(text, gaz):
            found = [c for c in read_line(text, 0, gaz, article.publisher) if c.kind == "organization"]
            found = [replace(c, role="photo") for c in found]
            found += [Credit(name=n, kind="person", role="photo", zone="byline", evidence=text, confidence=0.8)
                      for n in photographers(text)]  # 'Foto: Jane Roe/dpa': she took the picture
        elif "©" in text or "copyright" in text.lower():
            found = [c for c in read_line(text, 0, gaz, article.publisher, in_head=False)
                     if c.kind == "organization" and c.agency]
            if node.get("near") == "picture":  # '© AFP' under the picture: its rights, not the text's
                found = [replace(c, role="photo") for c in found]
        elif bylines >= MAX_BYLINE_NODES:  # further "Von X" nodes are teasers for other stories
            continue
        elif str(node.get("how", "")).startswith("class=") and _OTHER_CONTENT.search(node["how"]):
            continue
        elif node.get("in") in ("listing", "reply"):  # a byline in a box of related or popular stories, a forum's reply
            continue
        else:
            if _TAGGED_PHOTO.search(text) or _TAGGED_TEXT.search(text):
                # "Jane Roe (Text), John Doe (Fotos)", "Jane Roe und John Doe (Illustration)": the writers only
                text = writers_only(text) or text
            # (the node as the page prints it: the site's name after a desk word is no glued site name)
            found = site_desk(_marked_label(node["text"], str(node.get("how", ""))), article, gaz) \
                or _read_parts(text, gaz, article.publisher) or _slashed_writers(text, str(node.get("how", "")))
            split = _wire_tail(text, gaz)
            if split:
                # 'Redaktion mit dpa', 'La rédaction avec AFP': the house and its wire, when the line read whole
                # misses the wire or the desk
                head, wires = split
                desk = [replace(c, evidence=text) for c in _desk_byline(head, node, gaz)
                        or desk_credit(trim_byline(head, gaz), gaz, "byline", text)]
                if not {w.agency for w in wires} <= {c.agency for c in found if c.role == "source"} \
                        or (desk and not any(c.role in ("author", "contributor") for c in found)):
                    found = wires + (desk or _read_parts(head, gaz, article.publisher))
                if not desk and _names_site(head, article):
                    # 'Le Journal Exemple avec AFP', 'BK mit dpa' on that site: the house signs with its wire
                    found = [c for c in found if c.kind == "organization" and c.role == "source" and c.agency] + [
                        Credit(name=head, kind="organization", role="source", zone="byline", evidence=text,
                               confidence=0.75)]
            if found and all(c.kind == "person" and len(c.name.split()) == 1 for c in found):
                # 'Redacción Exampleton': a newsroom word and its town, no label and a writer's one-word name
                found = _desk_byline(text, node, gaz) or found
            if _PLACE_CLASS.search(str(node.get("how", ""))) and not _named_writers(found):
                continue  # '<span class="author-location">Exampleville</span>': where the writer is, no name
            if node.get("near") == "picture":  # a credit beside a picture: its persons took it
                found = [c for c in found if c.kind == "organization"]
                if not _SOURCE_CLASS.search(str(node.get("how", ""))):
                    # '<span class="credit">dpa</span>' under the picture: the picture's agency; a node whose
                    # class says source ('article-source') may still name the text's
                    found = [replace(c, role="photo") for c in found]
                out += [_strip(c) for c in found]
                continue
            if not found:
                found = _desk_byline(text, node, gaz)
            if not found and interview_guest(text):
                continue  # "Interview mit Jane Roe": the guest, not the writer
            how = str(node.get("how", ""))
            if not found and how.startswith("class=") and says_writer(how) and not _LEAD_LABEL.match(text) \
                    and _body_name(text):
                # '<span class="author">Beispielhilfe e.V.</span>': an association, a ministry, a town signs
                # (in an element whose class says writer; an hCard of a company is its contact card)
                found = [Credit(name=text.strip(), kind="organization", role="author", zone="byline", evidence=text,
                                confidence=0.7)]
            if not found:
                # A bare name ("Jane Roe @janeroe", "Jane Roe, PhD"): one word is a name only in a
                # node that says author, not in a source or credit node ("Vaccine" in a reference list).
                names = _DEGREE_PART.sub("", trim_byline(text, gaz))
                how = str(node.get("how", ""))
                ctx = Ctx(zone="byline", evidence=text, confidence=0.75, loose=False,
                          single=says_writer(how))
                parts = read_names(names, -1, ctx, gaz) if names else []
                # "Jane Roe, Exampleville, und John Doe, Otherton": one word beside full names is a place.
                if len(text.split()) > 3 and all(len(c.name.split()) == 1 for c in parts):
                    parts = []  # one word left of a longer node ('Ein' of 'Ein Artikel von …'): no name
                split = [p.text for p in split_names(names)]
                where: set[str] = set()
                if any(c.kind == "person" and len(c.name.split()) > 1 for c in parts):
                    places = [c for c in parts if c.kind == "person" and len(c.name.split()) == 1]
                    parts = [c for c in parts if c not in places]
                    # 'Jane Roe, Frankfurt am Main', 'Jane Roe, Chefin vom Dienst': her place or her job beside her
                    where = {t for t in split if is_place(t) or is_city_word(t) or is_job_title(t)}
                    places = [c for c in places if c.name not in where]
                    parts = [c for c in parts if c.name not in where]
                else:
                    places = []
                if parts and len(parts) + len(places) == len([t for t in split if t not in where]) and len(parts) <= 4 \
                        and all(c.kind == "person" or c.agency for c in parts):
                    found = parts
                if _CREDIT_CLASS.search(how) and not WRITER_CLASS.search(how):
                    # a bare name in a credit, copyright or source node ('<span class="credit">Jane Roe</span>'
                    # over a header picture): whose credit no label says; a wire's name still counts
                    found = [c for c in found if c.kind == "organization"]
            if not found:
                found = _dated_byline(text, node, gaz, article.publisher) or _org_byline(text, gaz) \
                    or marked_signer(text, str(node.get("how", "")), gaz)
            bylines += bool(found)
        pos = article.text.find(text) if article.text else -1
        for c in found:
            if pos >= 0 and c.start is not None and c.end is not None:
                out.append(replace(c, start=pos + c.start, end=pos + c.end))
            else:
                out.append(_strip(c))
    return out


_PHOTO_WORDS = frozenset(w.casefold().rstrip(":") for w in LEXICON["photo_words"])
_WORD_LABELS = sorted({p.casefold() for p in phrases("byline_prefixes") if p.isalpha() and " " not in p},
                      key=len, reverse=True)
_INNER_LABEL = re.compile(r"\s(?:" + "|".join(map(re.escape, _WORD_LABELS)) + r")\s+(?=[A-ZÀ-ÝĀ-Ž])", re.I)
_NODE_PARTS = re.compile(r"\s+[|·•–—]\s+|\s*\|\s*")


_LEAD_LABEL = re.compile(r"^\s*(?:" + "|".join(map(re.escape, sorted({p.casefold() for p in phrases("byline_prefixes")},
                                                                          key=len, reverse=True))) + r")\s*:?\s+", re.I)


_PLACE_CLASS = re.compile(r"^class=.*(?:location|(?:^|[\s_-])(?:place|city|ort|ville|ciudad|citta|stadt)(?:$|[\s_\"-]))",
                          re.I)
# a capital word glued after a small letter, in any script the names use ('RoeChief', 'СоколоваКорреспондент')
_GLUED = re.compile(rf"(?<=[{LOWER}])([{UPPER}][{LOWER}]+)(?=\s|$|,)")
_DATELINE_TAIL = re.compile(r"((?:[A-ZÀ-Ý][a-zà-ÿ'’.-]+\s+){2,3})([A-ZÀ-Ý]{3,}(?:[\s-][A-ZÀ-Ý]{3,})?)\s*$")


def _body_name(text: str) -> bool:
    """A body's name alone ('Beispielhilfe e.V.', 'Stadt Exampleton', 'Exampleton Tourism Board'):
    two to eight words, no figures, an organisation's noun (`is_org_name`)."""
    return 2 <= len(text.split()) <= 8 and not any(ch.isdigit() for ch in text) and is_org_name(text)


def _names_site(name: str, article: Article) -> bool:
    """Is `name` the site itself, as the page names it (its og:site_name or publisher) or by those
    names' initials ('BK' for the Beispiel Kurier)?"""
    meta = (article.signals or {}).get("meta")
    sites = [article.publisher or "", *((meta.get("og:site_name") or []) if isinstance(meta, dict) else [])]
    key = fold(name)
    return bool(key) and any(isinstance(x, str) and x.strip() and (fold(x) == key or name == site_initials(x))
                             for x in sites)


def _without_site(text: str, article: Article) -> str:
    """'By Jane Roe Example Herald' on the site named 'Example Herald': the byline without the
    site's name its template glued after the writer's (read whole, it is one outlet's name)."""
    meta = (article.signals or {}).get("meta")
    names = [article.publisher or "", *((meta.get("og:site_name") or []) if isinstance(meta, dict) else [])]
    for name in names:
        name = " ".join(str(name).split())
        if len(name) >= 4 and text.endswith(" " + name) and len(text[: -len(name)].split()) >= 2:
            rest = text[: -len(name)].rstrip(" ,|-–—")
            label = _LEAD_LABEL.match(rest + " ")
            if label and label.end() >= len(rest):
                return text  # 'Posted by jroe42' on the blog named 'jroe42': a label and its writer, nothing glued
            return rest
    return text


_LOWER_OK = frozenset(w.casefold() for w in LEXICON["name_particles"]) \
    | frozenset(w.casefold() for w in LEXICON["name_separators"]) \
    | frozenset(p.casefold() for p in phrases("byline_prefixes") if " " not in p)


def _recased(text: str, how: str) -> str:
    """'e. roe / J. I. da silva' in a node marked as the writer's: the page's style sheet
    sets the case the reader sees, so the names are written in lower case. Such a node is read
    with each name word capitalised (particles and 'and'-words stay as they are). Only short
    nodes the markup names as the writer's, where no longer word is capitalised."""
    words = text.split()
    if not 2 <= len(words) <= 10 or not says_writer(how) or not any(w[:1].islower() for w in words) \
            or len([w for w in words if w.casefold() not in _LOWER_OK and w[:1].isalpha()]) < 2:
        return text  # 'by jdadmin': a one-word account name stays as it is written
    if any(w[:1].isupper() and len(w.strip(".,")) >= 3 for w in words) \
            or any(not w.replace(".", "").replace("-", "").isalpha() for w in words if w not in ("/", "|", ",", "&")):
        return text
    return " ".join(w if w[:1].isupper() or w.casefold() in _LOWER_OK or not w[:1].isalpha()
                    else w[:1].upper() + w[1:] for w in words)


_TITLE_MODIFIERS = frozenset(w.casefold() for w in LEXICON["title_modifiers"])


def _title_from(m: re.Match[str]) -> bool:
    """Does a job title start at the glued word ('Chief', or 'Senior' of 'Senior Correspondent')?"""
    word = m.group(1)
    if not (word[:1].isupper() and word[1:].islower()):  # 'Dvořáková': the letter classes span both cases
        return False
    rest = re.split(r"[,|·•;]", m.string[m.start(1):], maxsplit=1)[0].split()
    return is_job_title(word) or (word.casefold() in _TITLE_MODIFIERS and len(rest) > 1
                                  and is_job_title(" ".join(rest[:2])))


def unglued(text: str) -> str:
    """A byline node's text with what the markup glued onto the name taken off: a job title
    whose space the template lost ('Jane RoeChief Correspondent' → 'Jane Roe Chief
    Correspondent'; only before a job title word: 'McDonald' stays whole), and a dateline in
    capitals after a name of mixed case ('By Jane Roe PORTHAVEN'; a surname in capitals after
    one given name, 'Jane ROE', is the agency style and stays)."""
    if any(c.isupper() for c in text[1:]):
        text = _GLUED.sub(lambda m: " " + m.group(1) if _title_from(m) else m.group(1), text)
    label = _LEAD_LABEL.match(text)
    at = label.end() if label else 0
    m = _DATELINE_TAIL.match(text, at)
    if m and len(text) <= 80 and default_gazetteer().lookup(m.group(2)) is None:  # not 'USA TODAY', 'AP'
        text = text[:at] + m.group(1).rstrip()
    return text


_PART_BREAK = re.compile(r"(?<=[a-z])\.\s+(?=[A-ZÀ-Ý])|\s+\|\s+|;\s+")


def _slashed_writers(text: str, how: str) -> list[Credit]:
    """'E. Roe / J. I. da Silva' in a node the markup marks as the writer's: writers the slash
    separates (in a line of text the slash is a picture credit's form, 'Jane Roe / Example Weekly';
    here every part must be a person's name, none a place)."""
    parts = [p.strip() for p in text.split(" / ")]
    if not 2 <= len(parts) <= 4 or not says_writer(how) \
            or not all(is_person(p, initials=True) and not is_place(p) for p in parts):
        return []
    return [Credit(name=clean_name(p), kind="person", role="author", zone="byline", evidence=text, confidence=0.75)
            for p in parts]


def _named_writers(found: list[Credit]) -> bool:
    """Full names of writers read from a node: a node classed for the writer's place that holds them
    ('<div class="author-location">Jane Roe / John Doe</div>') holds the byline."""
    return bool(found) and all(c.kind == "person" and c.role == "author" and len(c.name.split()) >= 2 for c in found)


def _read_parts(text: str, gaz: Gazetteer, publisher: str | None) -> list[Credit]:
    """A byline node read as a line; one that packs several credits after its byline ('By Jane
    Roe. Edited by John Doe', 'By Jane Roe; translated by …') is read part by part, so that
    the editor's or translator's credit does not swallow the writer's."""
    found = read_line(text, 0, gaz, publisher, in_head=True, in_tail=True)
    parts = _PART_BREAK.split(text)
    if len(parts) < 2 or len(parts) > 4 or not is_byline_line(parts[0]) \
            or any(c.kind == "person" and c.role == "author" for c in found):
        return found
    out: list[Credit] = []
    pos = 0
    for part in parts:
        at = text.find(part, pos)
        pos = at + len(part)
        out += [replace(c, evidence=text, start=None if c.start is None else c.start + at,
                        end=None if c.end is None else c.end + at)
                for c in read_line(part, 0, gaz, publisher, in_head=True, in_tail=True)]
    return out if any(c.kind == "person" and c.role == "author" for c in out) else found


def _org_byline(text: str, gaz: Gazetteer) -> list[Credit]:
    """'Von Verkehrsverein Exampleton e.V.', 'Ein Beitrag von Stadt Exampleton': an organisation
    that signs with a byline label (its noun says so: `is_org_name`) is credited as author; an
    outlet ('Ein Artikel von Example Zeitung', `is_outlet_name`) as the source of the text (the
    site's own name is made its publisher by the vote)."""
    m = _LEAD_LABEL.match(text)
    if not m:
        return []
    name = trim_byline(text[m.end():], gaz).strip(" ,;")
    if name.endswith(".") and not re.search(r"\b\w\.\w\.$", name):  # keep 'e.V.'
        name = name[:-1]
    name = re.sub(r"^(?:der|die|das|des|dem|den|the|la|le|les|el|il)\s+", "", name, flags=re.I)
    words = name.split()
    if not 1 < len(words) <= 7 or not words[0][:1].isupper():
        return []
    outlet = not is_org_name(name) and is_outlet_name(name, lead=True)
    if not outlet and not is_org_name(name):
        return []
    org = gaz.lookup(name)
    return [Credit(name=org.name if org else name, kind="organization", role="source" if outlet else "author",
                   zone="byline", evidence=text, agency=org.agency if org else None, confidence=0.7)]


def _handle(val: str, zone: str, evidence: str) -> list[Credit]:
    """A user account's name as the page's structured author ('<meta name="author"
    content="hillwalker42">', a JSON-LD Person named 'jroe'): the writer as credited (`is_handle`)."""
    val = val.strip()
    return [Credit(name=val, kind="person", role="author", zone=zone, evidence=evidence, confidence=0.75)] \
        if is_handle(val) else []


_LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|Inc|LLC|Ltd|Limited|plc|Corp|S\.?A|S\.?L|B\.?V|N\.?V|KG)\b\.?$")


# the small words inside an organisation's name ('Les Amis du Val', 'Friends of the Earth', 'Stichting voor …')
_NAME_LINKS = frozenset(w.casefold() for key in ("name_particles", "name_separators", "articles") for w in LEXICON[key]) \
    | {"of", "for", "für", "pour", "per", "para", "voor", "dla", "na", "des", "du", "dei", "delle", "degli"}


_MARKED_LABEL = re.compile(r"^(?:" + "|".join(map(re.escape, LEXICON["marked_byline_prefixes"])) + r")\s+", re.I)


def _marked_label(text: str, how: str) -> str:
    """'da Jane Roe', 'Da jroe' in an element the markup marks as the writer's: a theme's byline
    label (lexicon marked_byline_prefixes, words that are a byline's only there) taken off; not a
    capitalised one before one word, which it may open as a surname's particle ('Da Silva'); the
    theme's lower-case label before a blogger's first name ('da Chiara') goes."""
    m = _MARKED_LABEL.match(text)
    if not m or not says_writer(how):
        return text
    rest = text[m.end():]
    return rest if len(rest.split()) >= 2 or is_handle(rest) or text[:1].islower() else text


def site_desk(text: str, article: Article, gaz: Gazetteer) -> list[Credit]:
    """'Redazione Example e Altro', "L'équipe Example", 'Equipo Example y Otro': a desk word and the
    site's own name (og:site_name, the publisher) sign the byline: the house's desk as author, its
    name whole (an 'and'-word in the site's name joins no two writers)."""
    label = _LEAD_LABEL.match(text)
    name = trim_byline(text[label.end():] if label else text, gaz).strip(" ,;:|.")
    words = name.split()
    if not 2 <= len(words) <= 8:
        return []
    meta = (article.signals or {}).get("meta")
    sites = {fold(n) for n in [article.publisher or "", *((meta.get("og:site_name") or []) if isinstance(meta, dict) else [])]
             if isinstance(n, str) and len(n.strip()) >= 3}
    bare = [re.sub(r"^(?:l|d)['’]", "", w, flags=re.I) for w in words]
    for desk, rest in ((bare[0], words[1:]), (bare[-1], words[:-1])):
        if is_desk(desk) and fold(" ".join(rest)) in sites:
            return [Credit(name=name, kind="organization", role="author", zone="byline", evidence=text, confidence=0.7)]
    return []


def signing_org(name: str) -> bool:
    """'Verkehrsverein Exampleton e.V.', 'Association Les Amis du Val': an association's or a
    foundation's name (`is_org_name`) written as a name — capitalised words and the small words
    between them, not a sentence ('Die Stadt Exampleton ist seit …') — and no company by its legal
    form (a site's owner, 'Example GmbH', signs no text)."""
    words = name.split()
    return 2 <= len(words) <= 7 and is_org_name(name) and not any(ch.isdigit() for ch in name) \
        and all(w[:1].isupper() or w.casefold() in _NAME_LINKS or w.casefold().startswith("e.v") for w in words) \
        and not _LEGAL_FORM.search(name)


_CATEGORY_IN = frozenset(("in", "im", "dans", "en", "em", "nel", "w"))


def marked_signer(text: str, how: str, gaz: Gazetteer) -> list[Credit]:
    """Who signs a node whose markup says the writer stands there (author markup, a byline or
    author class), when no name reader took it: an association's or a foundation's own name
    ('<span itemprop="author">Verkehrsverein Exampleton e.V.</span>', `signing_org`) is the
    organisation as author; a user account's name ('by hillwalker42' in a blog's byline, a
    forum post's author: `is_handle`) is the person, kept as written; so is one beside a byline
    label in an element of its own ('<p>by</p><div><a>hillwalker42</a></div>', how 'label') or after
    one that opens a short element ('Posted by hillwalker42 in Walks', how 'prefix')."""
    stamp = stamped_byline().match(text) if how == "prefix" else None
    if not stamp and not says_writer(how) and how not in ("label", "prefix"):
        return []
    label = _LEAD_LABEL.match(text)
    # 'Posted on May 5, 2026 by jroe42': a theme's meta line, read after its label
    rest = text[stamp.end("label"):] if stamp else text[label.end():] if label else text
    name = trim_byline(rest, gaz).strip(" ,;:|")
    if stamp:  # the meta line goes on after the name: '… by jroe42 — Leave a comment', '… · 2 Comments'
        name = re.split(r"\s+[—–|·•-]\s+|,\s*", name)[0]
    words = name.split()
    if len(words) >= 3 and is_handle(words[0]) and words[1] in _CATEGORY_IN:
        words = words[:1]  # 'Posted by jroe42 in Walks': the post's category after the writer
        name = words[0]
    if signing_org(name) and how not in ("label", "prefix"):
        org = gaz.lookup(name)
        return [Credit(name=org.name if org else name, kind="organization", role="author", zone="byline",
                       evidence=text, agency=org.agency if org else None, confidence=0.7)]
    if len(words) == 1 and is_handle(name):
        return [Credit(name=name, kind="person", role="author", zone="byline", evidence=text, confidence=0.7)]
    if stamp and is_person(name):  # 'Pubblicato il 5 maggio 2026 da Jane Roe': a label no reader knows alone
        return [Credit(name=clean_name(name), kind="person", role="author", zone="byline", evidence=text,
                       confidence=0.7)]
    return []


_INTERVIEW = tuple(LEXICON["interview_words"])
_GUEST_WORDS = frozenset(LEXICON["interview_guest"])


def interview_guest(text: str) -> bool:
    """'Interview mit Jane Roe', 'Ein Gespräch mit …', 'An interview with …': the node names the
    interview's guest (lexicon interview_words, interview_guest)."""
    words = text.split()[:4]
    return any(any(stem in w.casefold() for stem in _INTERVIEW) and words[i + 1] in _GUEST_WORDS
               for i, w in enumerate(words[:-1]))


_WIRE_TAIL = re.compile(r"(?:\s+(?:mit|with|avec|con|com|met|und|and|et|y|e|&)\s+(?:(?:der|den|la|l'|l’|el|le|the)\s*)?"
                        r"|\s+/\s+)([^\s/]{2,12}(?:\s*/\s*[^\s/]{2,12}){0,2})\s*\)?$", re.I)
# 'Agenturen', 'Agencias': the wires named as a group, a source as the text zone reads them


def _wire_tail(text: str, gaz: Gazetteer) -> tuple[str, list[Credit]] | None:
    """'Redaktion mit dpa', 'La rédaction avec AFP', 'Example News with Reuters/AP', 'Redaktion /
    Agenturen': a byline that ends with 'with' (or a spaced slash) and wire agencies only (their
    names whole: the gazetteer's wires, or the wires as a group). (head, the wires as sources),
    else None."""
    m = _WIRE_TAIL.search(text)
    if not m or m.start() == 0:
        return None
    named = [(p, gaz.lookup(p)) for p in (x.strip() for x in m.group(1).split("/"))]
    if not named or any((o is None or not o.is_wire) and not is_generic_agency(p) for p, o in named):
        return None
    wires = [Credit(name=o.name if o else p, kind="organization", role="source", zone="byline", evidence=text,
                    agency=o.agency if o else None, confidence=0.75) for p, o in named]
    return text[:m.start()].strip(" ,(|"), wires


def _desk_byline(text: str, node: dict[str, Any], gaz: Gazetteer) -> list[Credit]:
    """'Von Example Redaktion', 'Redaktion Exampleton', 'Example-Team', 'By Example Staff': the
    site's desk or team signs the byline node. Without a byline label only in a node whose
    markup or class says author, and not one word ('Editorial' is also a genre's label)."""
    m = _LEAD_LABEL.match(text)
    how = str(node.get("how", ""))
    if not m and not says_writer(how):
        return []
    if m and ":" not in m.group(0) and is_newsroom(m.group(0).strip()):
        # 'Redacción Exampleton': the label is the newsroom's own word and names the desk with its town
        whole = desk_credit(trim_byline(text, gaz), gaz, "byline", text)
        if whole:
            return whole
    return desk_credit(trim_byline(text[m.end():] if m else text, gaz), gaz, "byline", text, min_words=1 if m else 2)


def desk_credit(name: str, gaz: Gazetteer, zone: str, evidence: str, min_words: int = 2) -> list[Credit]:
    """A desk or team signing as author ('Example Redaktion', 'Example Staff', a desk word:
    `is_desk`), in a byline node, a meta tag, JSON-LD or the extractor's author field: an
    organisation as the author, never a person and never dropped. A job title alone ('Staff
    Writer') names no desk; one word ('Redaktion') only where a byline label says it signs."""
    name = name.strip(" ,;:.|")
    label = _LEAD_LABEL.match(name)  # 'Par La Rédaction' as the extractor's author: the label is no part of it
    if label and label.end() < len(name) and not (":" not in label.group(0) and is_newsroom(label.group(0).strip())):
        name = name[label.end():]  # not 'Redacción Exampleton': the newsroom's word is the desk's name
    # an article before the desk's name ('der Example Redaktion', "l'Équipe Example"), never a word's start ('Theo')
    bare = re.sub(r"^(?:(?:der|die|das|des|dem|den|the|la|le|les|el|il)\s+|l')\s*", "", name, flags=re.I)
    # 'The Editors', 'Die Redaktion': an article and one desk word name the house's desk (no job title then)
    named = bare != name and len(bare.split()) == 1 and (bare[:1].isupper() or is_newsroom(bare)) and is_desk(bare)
    name = bare[:1].upper() + bare[1:] if named else bare  # 'la rédaction' → 'Rédaction'
    words = name.split()
    if named or (len(words) == 1 and is_newsroom(name) and zone != "meta"):
        # 'La rédaction'; 'Redaktion', 'Sportredaktion' marked as the writer in the page or its JSON-LD: the
        # house's newsroom (a tag's one word alone is often the CMS's default, not a credit)
        min_words = 1
    if not min_words <= len(words) <= 5 or not (words[0][:1].isupper() or named) or any(ch.isdigit() for ch in name) \
            or ":" in name or not is_desk(name) or (is_job_title(name) and not named):
        return []  # 'Redaktion: Jana Roe': the desk word labels who edited
    if len(words) >= 3 and is_desk(words[0]) and is_person(" ".join(words[1:])) \
            and not is_outlet_name(" ".join(words[1:]), lead=True):
        return []  # 'Redaktion Jana Roe': the label and the editor, no desk's name ('Redazione Gazzetta Esempio' is)
    desk = agency_desk(name, gaz)
    if desk is not None and desk[2].is_wire:  # 'Redazione ANSA', 'dpa-Redaktion': the agency's own desk, the source
        return [Credit(name=desk[2].name, kind="organization", role="source", zone=zone, evidence=evidence,
                       agency=desk[2].agency, confidence=0.7)]
    org = gaz.lookup(name)
    return [Credit(name=org.name if org else name, kind="organization", role="author", zone=zone,
                   evidence=evidence, agency=org.agency if org else None, confidence=0.7)]


def _dated_byline(text: str, node: dict[str, Any], gaz: Gazetteer, publisher: str | None) -> list[Credit]:
    """A byline node that opens with its date: 'Publié le 05/05/2024 à 10:15 par Jane Roe' (the
    label after the date: read from it), '5. Mai 2024 · Jane Roe · 3 Min. Lesezeit' (the date, the
    name and a reading time as parts: the name is the part that reads as one, when every other
    part holds a number)."""
    m = _INNER_LABEL.search(text)
    if m and m.start() > 0 and stamped(text[:m.start()]):
        found = [replace(c, evidence=text) for c in read_line(text[m.start() + 1:], 0, gaz, publisher,
                                                              in_head=True, in_tail=True)
                 if c.kind == "person" and c.role == "author" and len(c.name.split()) >= 2]
        if found:
            return [_strip(c) for c in found]
    parts = [p.strip() for p in _NODE_PARTS.split(text) if p.strip()]
    people = [p for p in parts if is_person(p)]
    if len(parts) < 2 or not 1 <= len(people) <= 2 or not all(
            p in people or any(ch.isdigit() for ch in p) for p in parts):
        return []
    how = str(node.get("how", ""))
    ctx = Ctx(zone="byline", evidence=text, confidence=0.75, loose=False,
              single=says_writer(how))
    return [c for p in people for c in read_names(p, -1, ctx, gaz) if c.kind == "person"]


# a stamp's first word ('Posted', 'Publié' of 'Publié le'; not 'jour' of 'Mis à jour'), a month, a weekday
_STAMP_WORDS = frozenset(re.findall(r"\w+", p.casefold())[0] for key in ("byline_stamps", "months", "weekdays")
                         for p in LEXICON[key] if re.search(r"\w", p))


def stamped(lead: str) -> bool:
    """Is the text before a byline label a date or a publishing stamp ('Publié le 05/05/2024 à
    10:15', 'Posted on Monday')? Another word there names other work: 'Reviewed by', 'Graphics
    by', 'Produced by' credit a reviewer, an artist, a producer, not the writer."""
    return any(ch.isdigit() for ch in lead) or bool(_STAMP_WORDS.intersection(re.findall(r"\w+", lead.casefold())))


def _photo_led(text: str) -> bool:
    """'Foto Jane Roe', 'Bilder Jane Roe': a node that opens with a photo word credits a picture."""
    words = text.split(maxsplit=1)
    if any(is_byline_line(p) for p in _BAR.split(text)[1:]):
        return False  # "Grafik: John Doe · Von Jane Roe": a byline follows the picture's credit
    return len(words) == 2 and words[0].casefold().rstrip(":.") in _PHOTO_WORDS and words[1][:1].isupper()
_LABEL = re.compile(r"^(?:by|von|par|por|door|av|af|di|text|texte|texto|tekst|words|autor|autorin|author|"
                    r"auteur|autore|reporter)\s+", re.I)


def extractor_parts(val: str) -> list[str]:
    """The names in trafilatura's author field, without what it glues to them: labels whose
    colon it dropped ("Text Jane Roe") and picture credits ("Fotos John Doe")."""
    out = []
    # not 'Interview mit John Doe' after the writer's name: the guest
    parts = [p.text for seg in re.split(r"\s[·•]\s|\s*;\s*", without_guest(val)) for p in split_names(unglued(seg))]
    for part in parts[:16]:
        part = _LABEL.sub("", part.strip())
        label = _MARKED_LABEL.match(part)  # 'Da Jane Roe': a theme's label the extractor kept
        part = part[label.end():] if label and len(part[label.end():].split()) >= 2 else part
        if part and part.split()[0].casefold() not in _PHOTO_WORDS:
            out.append(part)
    return out


def commented(name: str, sig: dict[str, Any]) -> bool:
    """Is `name` a commenter's ("Jane Roe says:"), a picture's credit, or author markup in a
    comment, a quote or a widget (`elsewhere`) only on this page? The extractor's author field
    sometimes takes one of these when the article names no writer."""
    folded = " ".join(name.casefold().split())
    if not folded:
        return False
    if any(isinstance(c, str) and " ".join(c.casefold().split()) == folded for c in sig.get("commenters") or []):
        return True
    nodes = [n for n in sig.get("nodes") or [] if isinstance(n, dict) and isinstance(n.get("text"), str)]
    inside = [n.get("kind") == "photo" or n.get("near") == "picture" for n in nodes
              if folded in " ".join(n["text"].casefold().split())]
    plain = fold_words(folded)  # the extractor's field drops a label's colon: 'Studienautorin Jana Roe'
    if not inside and any(isinstance(e, str) and plain in fold_words(e) for e in sig.get("elsewhere") or []):
        return True  # author markup in a comment, a quote or a widget only: '<cite class="author">' of a pull quote
    return bool(inside) and all(inside)


_ROLE_LEAD = re.compile(r"(?:\b(?:by|von|par|por|di|da|de|door|av|af|of)|:)\s*$", re.I)


def credited_otherwise(name: str, sig: dict[str, Any]) -> bool:
    """Is `name` credited on this page only for other work than the writing: every node that
    names it puts a label before it that is no byline label and no date ('Edited by', 'Hosted
    by', 'Redigiert von', 'Grafik:')? The extractor's author field takes the name without its
    label."""
    folded = " ".join(name.casefold().split())
    leads = []
    for n in sig.get("nodes") or []:
        if not isinstance(n, dict) or not isinstance(n.get("text"), str):
            continue
        text = " ".join(n["text"].split())
        at = text.casefold().find(folded)
        if at >= 0:
            leads.append(text[:at].strip())
    byline = {p.casefold() for p in phrases("byline_prefixes")}
    return bool(leads) and all(_ROLE_LEAD.search(lead) and lead.rstrip(" :").casefold() not in byline
                               and not stamped(lead) for lead in leads)


def listed_only(name: str, sig: dict[str, Any]) -> bool:
    """Does `name` stand on this page only in bylines of other stories (a related box's 'By AP',
    a forum's reply)? The extractor's author field takes a teaser's byline when the article
    names no writer; a wire signing a teaser is no source of the article."""
    folded = " ".join(name.casefold().split())
    found = [n for n in sig.get("nodes") or [] if isinstance(n, dict) and isinstance(n.get("text"), str)
             and folded in " ".join(n["text"].casefold().split())]
    return bool(found) and all(n.get("in") in ("listing", "reply") for n in found)


def trafilatura_author(sig: dict[str, Any], gaz: Gazetteer) -> list[Credit]:
    val = sig.get("trafilatura_author")
    if not isinstance(val, str) or not val.strip() or _is_url(val) or interview_guest(val):
        return []
    # One word is no name here: trafilatura's guess mixes desks and editor codes ("Srf; Hosb").
    # "Example Editorial Team"; "Example Redaktion; Agenturen": a desk, beside the wires as a group (read
    # as the source where the page names them), each of the extractor's parts on its own
    parts = [p for p in (x.strip() for x in val.split(";")) if p and not is_generic_agency(p)]
    desks = [desk_credit(p, gaz, "meta", f"author: {val[:120]}") for p in parts]
    if parts and all(desks):
        return [c for d in desks for c in d]
    val = re.sub(r"\s+e\s?V$", " e.V.", val.strip())
    if signing_org(val):
        # "Verkehrsverein Exampleton e V": an association signs, no person ('e.V.' loses its dots there)
        return [Credit(name=val, kind="organization", role="author", zone="meta", evidence=f"author: {val[:120]}",
                       confidence=0.6)]
    ctx = Ctx(zone="meta", evidence=f"author: {val[:120]}", confidence=0.6, org_role="author")
    if any(p.split() and p.split()[0].casefold().rstrip(":.") in _PHOTO_WORDS for p in val.split(";")):
        return []  # "Foto Jana Roe; Dpa": a picture's credit, its label kept: neither writer nor source
    parts = extractor_parts(val)
    # a commenter never; a picture's credit only when it names a person (an association
    # credited for its text and its pictures alike is still the author)
    names = "; ".join(p for p in parts
                      if (not commented(p, sig) or not (is_person(p) or p in (sig.get("commenters") or [])))
                      and not credited_otherwise(p, sig) and not listed_only(p, sig))
    return _wire_as_source([_strip(c) for c in read_names(names, -1, ctx, gaz)], gaz) if names else []


def brand(host: str) -> str:
    """'www.businessinsider.de' and 'businessinsider.com' are one outlet: the label before
    public suffix (approximated: drop the TLD and a co./com./org. second level)."""
    labels = [x for x in _site(host).split(".") if x]
    if len(labels) > 1:
        labels.pop()  # the top-level domain
    if len(labels) > 1 and labels[-1] in ("co", "com", "net", "org", "ac", "gov", "edu", "or", "ne"):
        labels.pop()  # a second-level suffix: bbc.co.uk
    return labels[-1] if labels else host
