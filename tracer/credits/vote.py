"""Pages: the HTML's structured author data votes on the names the text and byline nodes give.

A page says who wrote it in several places: JSON-LD `author`/`creator` of its article
object, `<meta name="author">` and `article:author`, byline nodes, and the head and tail
of its text. Each alone errs in its own way — byline nodes and text lines also hold the
bylines of related stories, photographers and quoted people; meta tags hold the company
("Example Media GmbH"); JSON-LD is sometimes a desk ("Gear Team"). So:

* voters, strongest first, each heard only when a name found elsewhere on the page
  agrees with it: the structured data (the JSON-LD article object's writers, then meta
  tags that agree with them or stand alone) — unless only it names its persons while a
  visible "By" byline in the text's head names others (a site admin in the tags) —;
  trafilatura's author field (its byline heuristics skip teasers and comments; not when
  it read a box of other stories); the explicit bylines ("By …"); and, when none
  speaks, the first byline node (with the author markup right after it). A person no
  voter names is kept only if it stands in an explicit text byline in the head or in
  the same byline string as a confirmed writer;
* places ("New York", from GeoNames), job titles alone and one word beside a full name
  ("Jane Roe, Exampleville") are nobody's name;
* a media group or a company by its legal form signing as author is the page's owner;
* a desk or house byline ("Example Redaktion", "Sports Team") is an organisation, not a
  person, and the publisher's own name ("Example Times", "example.com") is the
  publisher, never an author.

Only pages are voted on; plain-text articles keep what the text parser read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tracer.author_markup import MARK_HOWS
from tracer.credits.byline import (
    is_desk,
    is_job_title,
    is_newsroom,
    strip_lead_title,
    strip_title,
    trim_byline,
)
from tracer.credits.gazetteer import default_gazetteer, fold
from tracer.credits.html import (
    brand,
    commented,
    credited_otherwise,
    extractor_parts,
    interview_guest,
    url_host,
    writers_only,
)
from tracer.credits.jsonld_objects import linked_name, page_jsonld
from tracer.credits.lexicon import LEXICON, phrases
from tracer.credits.names import (
    clean_name,
    is_domain,
    is_handle,
    is_org_name,
    is_outlet_name,
    is_person,
    is_place,
    split_names,
)
from tracer.credits.parser import is_byline_line, is_photo_line
from tracer.credits.signals import signal_values
from tracer.model import Article, Credit

_ARTICLES = frozenset(LEXICON["articles"])
# A word or phrase where the writer's name stands that names the piece's kind or its lack of a writer
# ('Anonymous', 'Gastbeitrag', 'Advertorial', 'Kommentar'): nobody's name.
_GENRE_LABELS = frozenset(fold(w) for w in LEXICON["genre_labels"])
_TITLE_MODIFIERS = frozenset(w.casefold() for w in LEXICON["title_modifiers"]) | {"staff", "guest"}
_ARTICLE_TYPES = ("article", "posting", "report", "newsarticle", "blogposting", "webpage", "creativework")
_PERSON_KEYS = ("author", "creator")
_META_PERSON = ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author",
                "sailthru.author", "cxenseparse:author")


def _key(s: str) -> str:
    return re.sub(r"^the", "", fold(s).replace(" ", ""))


def _site_names(article: Article) -> list[str]:
    """The names the page gives its own site: trafilatura's site name, og:site_name, and the
    JSON-LD publisher's name and alternate names."""
    sig = article.signals or {}
    meta = sig.get("meta") if isinstance(sig.get("meta"), dict) else {}
    names: list[str] = [article.publisher or ""]
    names += [v for v in (meta or {}).get("og:site_name", []) if isinstance(v, str)]
    for obj in sig.get("jsonld") or []:
        if isinstance(obj, dict):
            pub = obj.get("publisher")
            for p in (pub if isinstance(pub, list) else [pub])[:3]:
                if isinstance(p, dict):
                    alt = p.get("alternateName")
                    names += [n for n in [p.get("name"), *(alt if isinstance(alt, list) else [alt])][:4]
                              if isinstance(n, str)]
                elif isinstance(p, str):
                    names.append(p)
    return [n for n in names if n]


def own_keys(article: Article) -> tuple[set[str], set[str]]:
    """The publisher's names on this page (site name, publisher, JSON-LD publisher, host
    labels), and its hosts written whole ('examplenewsbe' for example-news.be)."""
    sig = article.signals or {}
    meta = sig.get("meta") if isinstance(sig.get("meta"), dict) else {}
    names = _site_names(article)
    hosts: set[str] = set()
    fetched = url_host(article.url) if article.url else ""
    for url in [article.url or "", sig.get("canonical") or "", *((meta or {}).get("og:url") or [])]:
        if fetched and isinstance(url, str) and url and url_host(url) and brand(url_host(url)) != brand(fetched):
            continue  # a canonical link to another outlet's page (a partner's original) names that outlet
        m = re.match(r"^(?:https?:)?//(?:www\.)?([^/:]+)", url if isinstance(url, str) else "")
        if m:
            names.append(m.group(1))
    names += [_LEGAL_FORM.sub("", n).strip(" ,") for n in names if n and _LEGAL_FORM.search(n.strip())]
    for n in list(names):
        if "." in n and " " not in n.strip():  # a host: its labels, and the host whole
            labels = [x for x in n.strip().lower().split(".") if x]
            names += labels[:-1][-2:]
            hosts.add(_key("".join(labels[-2:])))
    keys = {_key(n) for n in names if n and len(_key(n)) >= 3}
    return keys, hosts


def _is_own(name: str, keys: set[str]) -> bool:
    k = _key(name)
    if len(k) < 3:
        return False
    if k in keys:
        return True
    # "example.be" on the site named "Example", "Example Online" on example.com
    if any(len(o) >= 4 and (k.startswith(o) and len(k) - len(o) <= 6) for o in keys):
        return True

    # "OÖ Example" on example.at, "Diario El Example" on elexample.com.uy: a run of the name's
    # words spells the site's host or name (words of a newspaper's title around it)
    words = [w for w in re.split(r"[^\w]+", fold(name)) if w]
    return len(words) <= 5 and any(len(run) >= 5 and run in keys
                                   for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                                   if (run := "".join(words[i:j])) != k)


def _own_word(name: str, keys: set[str]) -> bool:
    """'Example' signing as a person on the site named 'The Example Blog' or on examplecannon.org:
    the site's name without its last word, in one word (a writer's full name is never read as it)."""
    k = _key(name)
    return len(k) >= 5 and " " not in name.strip() and any(o.startswith(k) and len(o) - len(k) <= 6 for o in keys)


def _written_own(c: Credit, keys: set[str]) -> bool:
    """Is this organisation credit the site's own name as the page writes it? The gazetteer
    reads a station's name ('Example 7 Exampleton', 'By KEXN Staff') as its network and the
    canonical name alone no longer says it is this site: the line says so when a name of the
    site stands in it whole and the credit's alias opens or closes that name."""
    ev = _key(c.evidence)
    org = default_gazetteer().lookup(c.agency or c.name)
    aliases = {_key(a) for a in (org.names() if org is not None else (c.name,))}
    return any(len(k) >= 5 and k in ev and any(len(a) >= 2 and a != k and (k.startswith(a) or k.endswith(a))
                                               for a in aliases) for k in keys)


def _not_a_name(name: str) -> bool:
    """'Le Monde', 'example.be', 'EXN', 'Examplenews', 'Gazeta do Exemplo': a title, a host, an acronym,
    one word or an outlet's name by its words ('Gazeta', 'Kurier', 'Herald'). A personal blog named
    after its writer ('Jane Roe' on janeroe.com) keeps its author."""
    words = name.split()
    return (len(words) == 1 or "." in name or words[0].casefold() in _ARTICLES
            or any(len(w) > 1 and w.isupper() for w in words) or is_outlet_name(name, lead=True))


_LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|Inc|LLC|Ltd|Limited|S\.?A|S\.?L|SAS|SpA|S\.?p\.?A|B\.?V|N\.?V|"
                         r"Co\.?\s*KG|KG|plc|Corp|Corporation|Group)\b\.?\s*$")


def _association(name: str) -> bool:
    """An association's, a foundation's or a public body's name ('Verkehrsverein Exampleton e.V.',
    `is_org_name`), no company by its legal form: signing its own site's text, it is the author."""
    return is_org_name(name) and not _is_company(name)


def _is_company(name: str) -> bool:
    """A media group or a company by its legal form ('Example Media GmbH', a publishing
    group the gazetteer knows): the page's owner when it signs as author, never a source."""
    org = default_gazetteer().lookup(name)
    return (org is not None and org.type == "group") or bool(_LEGAL_FORM.search(name.strip()))


def _head_end(text: str, lines: int = 10) -> int:
    """The offset where the text's first `lines` non-empty lines end."""
    pos = seen = 0
    for line in text.split("\n"):
        pos += len(line) + 1
        seen += bool(line.strip())
        if seen >= lines:
            return pos
    return len(text) + 1


def _only_title(name: str) -> bool:
    """Every word a job title or its modifier: 'Korrespondentin', 'Senior Staff Writer'."""
    words = name.split()
    return bool(words) and _title_word(words[-1]) and all(
        _title_word(w) or w.casefold().strip(".,") in _TITLE_MODIFIERS for w in words)


def _title_word(w: str) -> bool:
    """A job title, inflected too ('Korrespondenten' after 'Von unserem': the dative)."""
    return is_job_title(w) or (len(w) > 6 and w.endswith("en") and is_job_title(w[:-2])) \
        or (len(w) > 6 and w.endswith("n") and is_job_title(w[:-1]))


def _is_place_like(c: Credit) -> bool:
    """One capitalised word the gazetteer does not know, no agency code ('Exampleville')."""
    words = c.name.split()
    return (c.agency is None and len(words) == 1 and words[0][:1].isupper() and not words[0].isupper()
            and "." not in words[0] and default_gazetteer().lookup(c.name) is None)


def structured_persons(article: Article) -> set[str]:
    """Persons named as the author of the page's article in JSON-LD or meta tags."""
    sig = article.signals or {}
    out: set[str] = set()
    for obj in page_jsonld(article):
        typ = obj.get("@type")
        typ = " ".join(t for t in typ if isinstance(t, str)) if isinstance(typ, list) else str(typ or "")
        if typ and not any(t in typ.casefold() for t in _ARTICLE_TYPES):
            continue
        for key in _PERSON_KEYS:
            for name, ptyp in _person_values(obj.get(key)):
                name = writers_only(name)
                if (ptyp == "Person" and is_person(name)) or (ptyp is None and is_person(name)):
                    if not is_desk(name):
                        out.add(fold(clean_name(name)))
                elif ptyp == "Person" and not is_desk(name):  # "By Jane Roe And John Doe For Example Times"
                    out.update(fold(clean_name(p)) for p in (_people_in(name) or [name]))
    meta = sig.get("meta") if isinstance(sig.get("meta"), dict) else {}
    tagged: set[str] = set()
    for key in _META_PERSON:
        for val in (meta or {}).get(key, []):
            if isinstance(val, str) and val.startswith(("http", "//")):
                val = linked_name(val, sig)  # a writer's archive page, named by its link on the page
            if isinstance(val, str) and val and not val.startswith(("http", "//")):
                for part in (p.text for p in split_names(writers_only(val))):
                    if is_person(part) and not is_desk(part):
                        tagged.add(fold(clean_name(part)))
    # The article object's writers outrank the meta tags: a tag naming someone else is the
    # site's account or an editor, not a further writer.
    out = {x for x in out if x}
    if out:
        return out | {t for t in tagged if _agrees(t, out)}
    return {t for t in tagged if t}


_BY = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.I)
_FOR = re.compile(r"\s+(?:for|für|pour|para)\s+\S.*$", re.I)
_AND = re.compile(r"\s*(?:[,;|&]|\b(?:and|und)\b)\s*", re.I)


def _people_in(value: str) -> list[str]:
    """The persons one structured author value names: meta tags and JSON-LD objects often hold
    a whole byline ('By Jane Roe And John Doe For The Example Times', 'Jane Roe, John Doe')."""
    value = _FOR.sub("", _BY.sub("", value))
    return [p for p in _AND.split(value) if is_person(p)]


def prefixed_persons(credits: list[Credit], head_end: int | None = None) -> set[str]:
    """Without structured data, the persons of an explicit byline ('By Jane Roe') vote: a bare
    name elsewhere on the page (a teaser, a caption, a quoted person) needs their agreement.
    A "By" line below the text's head (`head_end`) votes only when no other one does."""
    found = [c for c in credits if c.kind == "person" and c.role == "author" and c.zone == "byline"
             and is_byline_line(c.evidence)]
    top = [c for c in found if head_end is None or c.start is None or c.start < head_end]
    return {fold(c.name) for c in (top or found)}


def _person_values(value: Any, depth: int = 0) -> list[tuple[str, str | None]]:
    if depth > 3:
        return []
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, dict):
        typ = value.get("@type")
        typ = ("Person" if typ.casefold() == "person" else typ) if isinstance(typ, str) else None
        name = value.get("name")
        if isinstance(name, str) and typ == "Person":  # "Jane Roe (jro)": the writer's desk code
            name = re.sub(r"\s*\([^()]{1,8}\)\s*$", "", name)
        return [(name, typ)] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [x for v in value[:12] for x in _person_values(v, depth + 1)]
    return []


def _agrees(name: str, voters: set[str]) -> bool:
    """'Steph Roe' agrees with 'Stephanie Roe'; 'Jane Roe' with 'Jane Roe'; a first name
    alone ('Jane', a blog's JSON-LD author) with the full name that starts with it."""
    k = fold(name)
    if k in voters:
        return True
    words = k.split()
    for v in voters:
        vw = v.split()
        if len(vw) == 1 and len(words) > 1 and words[0] == vw[0]:
            return True
        if words and vw and words[-1] == vw[-1] and (words[0].startswith(vw[0]) or vw[0].startswith(words[0])):
            return True
    return False


def extractor_persons(article: Article, keys: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """Persons trafilatura's own author field names (folded key -> name as written).

    The extractor picks its byline with its own heuristics (an ordered list of byline
    paths that skips teasers and comments): a third voice beside the structured data and
    our byline nodes, worth hearing when it agrees with one of them."""
    val = (article.signals or {}).get("trafilatura_author")
    if not isinstance(val, str) or val.startswith(("http", "//")) or interview_guest(val):
        return {}
    if ";" not in val and len(val.split()) <= 7 and is_org_name(val):
        return {}  # "Verkehrsverein Exampleton e V": an association, whose 'e' is no 'and'
    nodes = [n for n in (article.signals.get("nodes") or []) if isinstance(n, dict) and isinstance(n.get("text"), str)]
    listed = [n["text"] for n in nodes if n.get("in") in ("listing", "reply")]
    own = [n["text"] for n in nodes if n.get("in") not in ("listing", "reply")]
    out: dict[str, str] = {}
    shown = {fold(p.text): p.text for t in own for p in split_names(t)}
    parts = [_node_cut(n, shown) for part in extractor_parts(val) for n in (_run_of(part, shown) or [part])]
    for part in parts:
        part = _unsigned(strip_lead_title(strip_title(part)), keys)
        if _listed_only(part, listed, own) or commented(part, article.signals) \
                or credited_otherwise(part, article.signals):
            continue  # picked from a box of other stories, or a comment's author
        if is_person(part) and not is_desk(part) and not is_org_name(part):
            out.setdefault(fold(clean_name(part)), clean_name(part))
    return out




def _node_cut(part: str, shown: dict[str, str]) -> str:
    """'Jane Roe Frankfurt' of the extractor where the byline node reads 'Jane Roe, Frankfurt am Main': the
    writer's name as the node cuts it (the extractor glued the next part on, and cut that short)."""
    key = fold(part)
    for k, name in shown.items():
        if key.startswith(k + " ") and len(name.split()) >= 2:
            rest = key[len(k) + 1:]
            if any(o != k and (o == rest or o.startswith(rest + " ")) for o in shown):
                return name
    return part


def _run_of(part: str, shown: dict[str, str], depth: int = 0) -> list[str]:
    """'Jane Roe John Doe': the extractor's author field gluing the names a byline node lists apart
    ('<li>Jane Roe</li><li>John Doe</li>'), split into those names; [] when it is no such run."""
    key = fold(part)
    if depth and key in shown:
        return [shown[key]]
    if depth > 4:
        return []
    for k, name in shown.items():
        if key.startswith(k + " "):
            rest = _run_of(" ".join(part.split()[len(name.split()):]), shown, depth + 1)
            if rest:
                return [name, *rest]
    return []


def _byline_nodes(article: Article) -> list[dict[str, str]]:
    return [n for n in (article.signals.get("nodes") or [])
            if isinstance(n, dict) and isinstance(n.get("text"), str) and n.get("kind") != "photo"
            and not is_photo_line(n["text"])]


# 'Von: Jane Roe' of a label node too; every language's byline label ('przez', 'Geschrieben von', a theme's 'da')
_BY_LABEL = re.compile(r"^\s*(?:" + "|".join(sorted({re.escape(p.casefold()) for p in [*phrases("byline_prefixes"),
                                                                                     *LEXICON["marked_byline_prefixes"]]},
                                                    key=len, reverse=True)) + r")\s*:?\s+", re.I)
_BREAK = re.compile(r"\s*[:|;]\s*|(?<=[^\W\d_]{2})\.\s+")


def _opens_with(node: str, name: str) -> bool:
    """Is `name` what this byline node says first ('von Jane Roe', 'Jane Roe · 5 min')? A name
    further in (a copyright line, a sentence) is no byline."""
    # a colon, a bar or a sentence's end inside the node breaks the name: 'Jane Roe. Faktencheck: John
    # Doe' does not open with 'Jane Roe Faktencheck John Doe' (the extractor drops the punctuation)
    rest = " ".join(fold(part) for part in _BREAK.split(_BY_LABEL.sub("", trim_byline(node)))[:1])
    return rest == fold(name) or rest.startswith(fold(name) + " ")


def _listed_only(name: str, listed: list[str], own: list[str]) -> bool:
    """Is `name` the byline of a node in a box of other stories (`listed`) and of none of the page's own?"""
    return any(_opens_with(t, name) for t in listed) and not any(_opens_with(t, name) for t in own)


def _is_listed_line(line: str, listed: list[str]) -> bool:
    """Is this text line a listed node's own text ('Von Jane Roe' and the node 'Von: Jane Roe')?"""
    return fold(line) in {fold(t) for t in listed}


def _lead_node_persons(credits: list[Credit], nodes: list[dict[str, str]]) -> set[str]:
    """Without any voter, the first byline node that names persons is the article's byline:
    later nodes are teasers of other stories, author boxes of related pieces, commenters.
    Author markup right after it (one rel="author" link per co-writer) belongs to it."""
    texts = [n["text"] for n in nodes]
    order = {t: i for i, t in reversed(list(enumerate(texts)))}
    from_nodes = [c for c in credits if c.kind == "person" and c.role == "author" and c.start is None
                  and c.zone == "byline" and c.evidence in order]
    if len({c.evidence for c in from_nodes}) < 2:
        return set()
    first = last = min(order[c.evidence] for c in from_nodes)
    if nodes[first].get("how") in MARK_HOWS:
        while last + 1 < len(nodes) and nodes[last + 1].get("how") in MARK_HOWS:
            last += 1
    return {fold(c.name) for c in from_nodes if first <= order[c.evidence] <= last}


def _lead_labelled(cands: list[Credit], nodes: list[dict[str, str]]) -> set[str]:
    """The persons of the page's first byline node when it opens with a byline label ('By Jane
    Roe', 'Von Jane Roe') or is author markup (rel="author", an author link): the byline the
    page shows where its article begins. A meta author tag
    alone that names someone found nowhere on the page (the web agency, the CMS account) does
    not outvote it; a JSON-LD article object's writer still does (letting the visible byline
    win there too lowered the held-back fundus half by one page)."""
    if not nodes or not (is_byline_line(nodes[0]["text"]) or nodes[0].get("how") in MARK_HOWS):
        return set()
    return {fold(c.name) for c in cands if c.zone == "byline" and c.evidence == nodes[0]["text"]
            and c.role == "author" and len(c.name.split()) > 1}


def _markup_run(nodes: list[dict[str, str]], backed: set[str]) -> set[str]:
    """Author markup next to a confirmed writer's markup (one rel="author" link per
    co-writer): the same byline. Markup elsewhere (a comment's author) is not."""
    out: set[str] = set()
    run: list[str] = []
    for n in [*nodes, {}]:
        if n.get("how") in MARK_HOWS:
            run.append(n["text"])
            continue
        if len(run) > 1 and backed.intersection(run):
            out.update(run)
        run = []
    return out


def _undouble(name: str) -> str:
    """'Jane Roe J. Roe', 'Stephanie Roe Steph Roe': a byline node that printed the writer's
    name twice in two forms keeps the first."""
    words = name.split()
    if len(words) in (4, 6):
        a, b = words[: len(words) // 2], words[len(words) // 2:]
        if _agrees(" ".join(a), {fold(" ".join(b))}):
            return " ".join(a)
    return name


def _unsigned(name: str, keys: set[str]) -> str:
    """'Jane Roe ExampleNews' on examplenews.com: the site's name glued after the writer's."""
    words = name.split()
    if len(words) >= 3 and len(_key(words[-1])) >= 4 and _key(words[-1]) in keys:
        return " ".join(words[:-1])
    return name


def _in_embedded(c: Credit, embedded: list[str]) -> bool:
    """Does this text credit's line stand in a social post embedded in the page?"""
    line = " ".join(c.evidence.split())
    return len(line) >= 8 and any(line in e for e in embedded)


def vote(article: Article, credits: list[Credit]) -> list[Credit]:
    """The page's credits after the structured data voted on persons, desks and own names.

    The voters, strongest first, each heard only when a name found elsewhere agrees with
    it: the structured data (JSON-LD, meta); trafilatura's author field; the explicit
    bylines ("By Jane Roe"); and, when none of these speaks, the first byline node. A
    person none of them names is dropped unless an explicit text byline names it or it
    shares its byline string, or a run of author markup, with a confirmed writer."""
    if not article.signals:
        return credits
    keys, hosts = own_keys(article)
    credits = [replace(c, name=_unsigned(_undouble(c.name), keys)) if c.kind == "person" else c for c in credits]
    embedded = [" ".join(e.split()) for e in article.signals.get("embedded") or [] if isinstance(e, str)]
    if embedded:  # "Posted by Jane Roe on Monday, July 16, 2018" of an embedded post: the post's author
        credits = [c for c in credits if not (c.kind == "person" and c.start is not None and _in_embedded(c, embedded))]
    nodes = _byline_nodes(article)
    # The extractor's byline taken from a box of other stories (and nowhere else): theirs.
    listed = [n["text"] for n in nodes if n.get("in") in ("listing", "reply")]  # a forum's replies too
    nodes = [n for n in nodes if n.get("in") not in ("listing", "reply")]
    texts = [n["text"] for n in nodes]
    if listed:
        # and a text byline that is such a box's line, flattened into the text ('Von Jane Roe' under a
        # headline after 'Mehr zum Thema', which the extractor dropped)
        credits = [c for c in credits if not (c.kind == "person" and _listed_only(c.name, listed, texts) and (
            (c.zone == "meta" and c.evidence.startswith("author: "))
            or (c.zone == "byline" and c.start is not None and _is_listed_line(c.evidence, listed))))]
    cands = [c for c in credits if c.kind == "person" and c.role in ("author", "contributor")]

    def heard(voters: set[str]) -> set[str]:
        return {v for v in voters if any(_agrees(c.name, {v}) for c in cands)}

    extra: list[Credit] = []
    # the site's own name typed a Person ('"author": {"@type": "Person", "name": "Example Insider"}') is
    # the site's account, no writer: it votes for nobody
    # (a personal blog named after its writer, 'Jane Roe' on janeroe.com, keeps her vote: `_not_a_name`)
    voters = heard({v for v in structured_persons(article) if not (_is_own(v, keys) and _not_a_name(v))})
    # Where the text's head ends: a "By" line below it is a teaser's byline (under "More on this").
    head_end = _head_end(article.text or "")
    written = {fold(c.name) for c in cands if c.start is not None and c.start < head_end and c.zone == "byline"
               and is_byline_line(c.evidence)}
    lead = _lead_labelled(cands, nodes)
    ld_writers = any(c.zone == "jsonld" and c.kind == "person" and c.role == "author"
                     and not (_is_own(c.name, keys) and _not_a_name(c.name)) for c in cands)
    # a labelled byline node that a writer tag of its own backs ('<meta name="sailthru.author" content="By Jane
    # Roe">') outranks the JSON-LD's writer too (a CMS account that posted the story)
    backed_lead = bool(lead) and any(c.zone == "meta" and _agrees(c.name, lead) for c in cands)
    if voters and (written or (lead and (not ld_writers or backed_lead))) \
            and not any(_agrees(c.name, voters) for c in cands if c.zone not in ("meta", "jsonld")):
        voters = written or lead  # the visible byline ("By Jane Roe") and the tags disagree: a site admin in the tags
    if not voters:
        named = extractor_persons(article, keys)
        voters = heard(set(named))
        # The extractor's byline in a node we did not read (past the first bylines): its writer.
        seen = {k for k, n in named.items() if any(_opens_with(t, n) for t in texts)}
        if seen - voters and not any(c.start is not None and c.zone == "byline" and is_byline_line(c.evidence)
                                     for c in cands):
            val = str(article.signals.get("trafilatura_author"))
            extra = [Credit(name=named[k], kind="person", role="author", zone="meta", evidence=f"author: {val[:120]}",
                            confidence=0.6) for k in sorted(seen - voters)]
            voters |= seen
    if not voters:
        voters = prefixed_persons(credits, head_end) or _lead_node_persons(credits, nodes)
    backed = {c.evidence for c in cands if voters and _agrees(c.name, voters)}
    backed |= _markup_run(nodes, backed)
    with_person = {c.evidence for c in cands}
    full_named = {c.evidence for c in cands if len(c.name.split()) > 1}
    out: list[Credit] = []
    for c in credits + extra:
        if c.kind == "person" and c.role in ("author", "contributor"):
            if _only_title(c.name) or is_place(c.name) or fold(c.name) in _GENRE_LABELS:
                continue  # "Korrespondentin", "Staff Writer", "New York", "Kommentar": a title, a place, a genre
            if len(c.name.split()) == 1 and c.evidence in full_named and not (voters and _agrees(c.name, voters)):
                continue  # "Jane Roe, Exampleville": one word beside a full name is where she writes from
            if is_desk(c.name):
                c = replace(c, kind="organization", role="author")
            elif is_org_name(c.name):  # "Von Verkehrsverein Exampleton e.V.": an organisation signs (on its
                c = replace(c, kind="organization", role="author")  # own blog too: the association writes)
            elif ((_is_own(c.name, keys) and (_not_a_name(c.name) or _key(c.name) in hosts))
                  or _own_word(c.name, keys)) and not is_handle(c.name):
                # the site itself (a blog named after its writer's account, 'jroe42' on jroe42.blogspot.com, keeps her)
                c = replace(c, kind="organization", role="publisher")
            elif voters and not _agrees(c.name, voters) \
                    and not (c.start is not None and c.start < head_end and c.zone == "byline"
                             and is_byline_line(c.evidence)) \
                    and c.evidence not in backed:
                continue  # a text byline with its prefix ("By Jane Roe") outranks a meta tag
        elif c.kind == "organization" and c.role in ("source", "author", "contributor") \
                and (_written_own(c, keys) or (c.agency is None and _key(c.name) in keys)) \
                and not (c.role == "author" and _association(c.name)):
            # "By Example 7 Exampleton Staff" read as its network, "EXAMPLETON (Exampleton News Now) —" on
            # exampletonnewsnow.com (its short name in og:site_name): the site itself
            c = replace(c, role="publisher")
        elif c.kind == "organization" and c.role == "source" and c.zone in ("jsonld", "meta") and c.agency is None \
                and (_is_own(c.name, keys) or _key(c.name) in hosts):
            c = replace(c, role="publisher")  # "sourceOrganization": the site itself, or "isBasedOn" its own page
        elif c.kind == "organization" and c.role == "author" and not is_desk(c.name) \
                and ((_is_own(c.name, keys) and not _association(c.name))
                     or (c.zone == "meta" and is_domain(c.name))):
            # (an association or a foundation signing its own blog stays its author)
            c = replace(c, role="publisher")  # a host as the page's meta author: the site naming itself
        elif c.kind == "organization" and c.role in ("author", "source") and c.zone == "byline" \
                and c.evidence in with_person and (_is_place_like(c) or (c.agency is None and is_place(c.name))):
            continue  # "Jane Roe | Exampleville": a lone unknown word beside a writer is a place
        elif c.kind == "organization" and c.role in ("author", "source") and c.zone in ("meta", "jsonld") \
                and _is_company(c.name):
            c = replace(c, role="publisher")  # "Example Media GmbH" as the page's author: its owner
        elif c.kind == "organization" and c.role == "author" and c.zone == "meta" and c.agency is None \
                and ld_writers and not is_desk(c.name):
            c = replace(c, role="publisher")  # the article object names its writers: the tag names the site
        out.append(c)
    # an association signing its own site is its author and, being the site, its publisher too
    published = {fold(c.name) for c in out if c.kind == "organization" and c.role == "publisher"}
    out += [replace(c, role="publisher") for c in out if c.kind == "organization" and c.role == "author"
            and _is_own(c.name, keys) and fold(c.name) not in published and not is_desk(c.name)]
    # "Jane Roe" typed Organization in the JSON-LD while the byline names her: one writer
    people = {fold(c.name) for c in out if c.kind == "person" and c.role in ("author", "contributor")}
    out = [c for c in out if not (c.kind == "organization" and c.role == "author" and c.zone in ("jsonld", "meta")
                                  and c.agency is None and fold(c.name) in people)]
    # One desk named twice ("Example Blog Redaktion" in the byline, "Example Editorial Team" in the
    # JSON-LD): the form the page shows is the one credited
    shown = {fold(c.name) for c in out if c.kind == "organization" and c.role == "author" and c.zone == "byline"
             and is_desk(c.name)}
    out = [c for c in out if not (shown and c.kind == "organization" and c.role == "author"
                                  and c.zone in ("jsonld", "meta") and is_desk(c.name) and fold(c.name) not in shown)]
    # "Jane Roe Gear Team": a writer's name and her desk glued in one byline node; the writer is named
    out = [c for c in out if not (c.kind == "organization" and c.role == "author" and c.agency is None
                                  and is_desk(c.name) and any(fold(c.name).startswith(p + " ") for p in people))]
    # "Redazione ANSA", "Redaktion dpa": the wire's own newsroom, read beside the wire it names: the wire alone
    wires = {fold(c.agency) for c in out if c.kind == "organization" and c.role == "source" and c.agency}
    out = [c for c in out if not (wires and c.kind == "organization" and c.role == "author" and c.agency is None
                                  and _wire_desk(c.name, wires))]
    signed = _self_signed(article, [c for c in out if not _bare_newsroom(c)])
    if signed:  # 'Redaktion' in the tags and '(EXN mit dpa)' in the text: the house signs with its name
        out = [c for c in out if not _bare_newsroom(c)]
    return _one_form(_handles_named(article, out + signed))


_SHOWN_WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:-[^\W\d_]+)*")


def _handles_named(article: Article, credits: list[Credit]) -> list[Credit]:
    """A blogger's account ('maxikellner', 'jane_roe') read as the writer, where the page's own name spells
    her name out: a blog named after its writer ("Maxi Kellner's Blog", 'Maxi Kellners Blog', 'Jane Roe
    schreibt'), or the extractor's author field ('Rowan Ash' for 'rowanash', of a theme that prints both; only
    for an account of letters alone: 'Jane Roe' for 'jane_roe' may be the extractor's own spelling of it).
    The account is the writer as the blog prints her; the name is how she signs."""
    if not any(c.kind == "person" and is_handle(c.name) for c in credits):
        return credits
    extractor = (article.signals or {}).get("trafilatura_author")
    by_site = _spelled_names(_site_names(article))
    by_extractor = _spelled_names([extractor] if isinstance(extractor, str) else [])
    out = []
    for c in credits:
        key = "".join(ch for ch in fold(c.name) if ch.isalpha()) if c.kind == "person" and is_handle(c.name) else ""
        name = by_site.get(key) or (by_extractor.get(key) if c.name.isalpha() else None)
        out.append(replace(c, name=name) if name else c)
    return out


def _spelled_names(texts: list[str]) -> dict[str, str]:
    """The persons' names of two to four capitalised words in these texts, keyed by their letters run
    together ('maxikellner': 'Maxi Kellner'; a German genitive's s dropped too: 'Maxi Kellners Blog')."""
    shown: dict[str, str] = {}
    for text in texts:
        # whole words only: 'Jane_Roe' or 'JaneRoe42' as the site's name is the account again
        words = [re.sub(r"(?:['’]s?|[:,;!?|–—])$", "", w) for w in text.split()]
        for i in range(len(words)):
            for j in range(i + 2, min(i + 4, len(words)) + 1):
                run = words[i:j]
                if not all(_SHOWN_WORD.fullmatch(w) and w[:1].isupper() for w in run):
                    continue
                for last in (run[-1], run[-1][:-1]) if run[-1].endswith("s") else (run[-1],):
                    name = " ".join([*run[:-1], last])
                    if is_person(name):
                        shown.setdefault(fold(name).replace(" ", "").replace("-", ""), name)
    return shown


def _wire_desk(name: str, wires: set[str]) -> bool:
    """'Redazione ANSA', 'dpa-Redaktion': a newsroom word and a wire's code, nothing else."""
    words = [w for w in re.split(r"[\s\-/]+", name) if w]
    rest = [w for w in words if not is_newsroom(w)]
    return 0 < len(rest) < len(words) and fold(" ".join(rest)) in wires


def _bare_newsroom(c: Credit) -> bool:
    """'Redaktion', 'Rédaction': a desk credit of one newsroom word, which names no house of its own."""
    return c.kind == "organization" and c.role == "author" and len(c.name.split()) == 1 and is_newsroom(c.name)


def _self_signed(article: Article, credits: list[Credit]) -> list[Credit]:
    """The site signing its own text ('Von Example Redaktion' read as the site, '(EXN mit dpa)',
    'Text: Example News'): on a page no writer or desk signs, a credit line in the byline,
    footer or dateline that names the site makes it an author too (an organisation author, as
    a desk is), beside its publisher credit. Not a copyright line; and where a writer signs
    ('Jane Roe · Example News'), the site's name beside her is her outlet's."""
    if any(c.role in ("author", "contributor") for c in credits):
        return []  # a writer or a desk signs: the site's name beside them is its outlet's
    out = [replace(c, role="author", name=_as_written(article, c), agency=None) for c in credits
           if c.kind == "organization" and c.role == "publisher" and c.zone in ("byline", "footer", "dateline")
           and not _COPYRIGHT.search(c.evidence)]
    if out:
        return out
    # The page's author tag naming the site itself ('<meta name="author" content="Example Verband">'
    # on the site named so): an organisation's own page, signed by the organisation.
    meta = (article.signals or {}).get("meta")
    tags = [" ".join(v.split()) for v in signal_values(meta, "author")]
    pubs = {fold(c.name): c for c in credits if c.kind == "organization" and c.role == "publisher"}
    out = [replace(pubs[fold(t)], role="author", zone="meta", name=t, agency=None,
                   evidence=f'<meta name="author" content="{t[:120]}">')
           for t in dict.fromkeys(tags) if fold(t) in pubs and len(t.split()) >= 2]
    # the same in the JSON-LD, for a body whose name says it is one (an association, a ministry, a
    # foundation: '"author": {"@type": "NGO", "name": "Example Aid e.V."}' on its own site); a news
    # site naming itself there is its publisher only
    cands = [c for c in credits if c.kind == "organization" and c.role == "publisher" and c.zone == "jsonld"
             and c.evidence.startswith('"author"')]
    if out or not cands:
        return out
    bodies = _typed_bodies(article)
    return [replace(c, role="author", agency=None) for c in cands
            if is_org_name(c.name) or fold(c.name) in bodies][:1]


# schema.org types of a body that is no news outlet: an organisation author so typed on its own site
# wrote its page ('"@type": "NGO"', 'GovernmentOrganization', 'Corporation'); a bare 'Organization' is
# how news sites name themselves too.
_BODY_TYPES = frozenset(("ngo", "governmentorganization", "corporation", "educationalorganization",
                         "collegeoruniversity", "medicalorganization", "hospital", "politicalparty",
                         "researchorganization", "sportsorganization", "library", "museum", "localbusiness",
                         "fundingagency", "consortium", "cooperative", "onlinebusiness", "religiousorganization"))


def _typed_bodies(article: Article) -> set[str]:
    """Folded names of the JSON-LD authors typed as such a body."""
    out: set[str] = set()
    for o in page_jsonld(article):
        vals = o.get("author")
        for v in (vals if isinstance(vals, list) else [vals])[:10]:
            if isinstance(v, dict) and isinstance(v.get("name"), str):
                typ = v.get("@type")
                types = typ if isinstance(typ, list) else [typ]
                if any(isinstance(t, str) and t.casefold() in _BODY_TYPES for t in types):
                    out.add(fold(v["name"]))
    return out


def _as_written(article: Article, c: Credit) -> str:
    """The name as the credit line writes it ('FR' in '(FR mit dpa)'), not the gazetteer's
    full name: a house signing itself signs with its own short form."""
    if c.start is not None and c.end is not None and 0 <= c.start < c.end <= len(article.text):
        written = article.text[c.start:c.end].strip()
        if written:
            return written
    return c.name


_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights|alle rechte|tous droits|derechos", re.I)


def _with_initial(longer: str, name: str) -> bool:
    """'Jane Q. Roe' is 'Jane Roe' with a middle initial: one writer (a byline and a meta tag)."""
    a, b = fold(longer).split(), fold(name).split()
    return len(a) == len(b) + 1 == 3 and a[0] == b[0] and a[2] == b[1] and len(a[1]) == 1


def _one_form(credits: list[Credit]) -> list[Credit]:
    """'Steph Roe' and 'Stephanie Roe' on one page are one writer: the fuller form names both;
    so are 'Jane' (a blog's structured author) and the byline's 'Jane Roe', and 'Jane Roe'
    and 'Jane Q. Roe'."""
    persons = [c for c in credits if c.kind == "person"]
    out = []
    for c in credits:
        if c.kind == "person":
            n = len(c.name.split())
            longer = [p.name for p in persons if len(p.name) > len(c.name) and (
                (len(p.name.split()) == n and _agrees(c.name, {fold(p.name)}))
                or (n == 1 and fold(p.name).split()[0] == fold(c.name))
                or _with_initial(p.name, c.name))]
            if longer:
                c = replace(c, name=max(longer, key=len))
            elif _read_in_capitals(c):
                # 'ELIF YILDIRIMOĞLU' in the byline, 'Elif Yıldırımoğlu' in the tags: the capitals lost the
                # name's own letters ('ı', 'Di', 'McDoe'); the form written in mixed case names her
                cased = [p.name for p in persons if p.name != c.name and fold(p.name) == fold(c.name)
                         and not _read_in_capitals(p)]
                if cased:
                    c = replace(c, name=cased[0])
        out.append(c)
    return out


def _read_in_capitals(c: Credit) -> bool:
    """Was this person's name read from capitals ('By JANE ROE') and cased by the reader?"""
    return len(c.name) > 3 and c.name.upper() in c.evidence and c.name not in c.evidence
