"""Who may be called an undisclosed copy: the one decision behind lineage, reports and TRC002.

"Copied without credit" is the sharpest thing tracer says about an outlet, so the flag is
precision first. On held-out real articles the old rule ("credits neither the article it
shares text with, nor that one's sources, nor the origin") was right for 13 of 35 flags:
credits the parser missed ("By The Associated Press" below a page's clutter, "X writer …
contributed to this report" above the related-story links), portal reposts naming their
partner outlet, and an outlet's own updated versions were all called undisclosed.

An article is `undisclosed` only when every one of these holds:

(a) it is a verified copy: a text edge (verbatim, partial, translation) comes into it and
    its source explains a substantial share of *its* text (`COPY_SHARE`), so a digest
    that hosts one brief of another story is not accused of copying that story, and more
    than a caption's worth of words (`MIN_SHARED_WORDS`: an aggregator tile that repeats
    one photo caption is not a copy of the article). Or it is a *partial copy* of a wire
    story (`partial`: a long report that weaves several paragraphs of the wire's text into
    its own): the story's origin is a wire agency, and it holds a third or more
    (`COPY_SHARE`) and at least `PARTIAL_WORDS` words of the text of a member dated before
    it that declares that text the wire's (the wire's own article, or a page crediting
    the wire). Its confidence is scaled by `PARTIAL_CONFIDENCE`; `via` names that member;
(b) a declared source exists: the story's origin is a wire agency, or some member of the
    family credits the origin or the copy's source. Who came first between two outlets
    that nobody credits rests on dates (often crawl times) and lengths only, and sister
    titles share text without saying so: such a copy is `unverified`; so is one whose
    declared source is an organisation outside the corpus that the gazetteer does not know
    (only the name copies give it, "PM DJV", says who it is, and the copy may be that
    organisation's own page under its full name). A text root of a
    family whose origin is an organisation outside the corpus is decided as a copy of
    that organisation when it shares its text with members that credit it (the fullest
    version of a wire story is still the wire's text);
(c) it credits no source at all: any source or contributor credit counts, in the corpus or
    not ("credits-other-source" when it names nobody of the family); a credit, a byline
    person or a short credit-shaped line naming any node of the family (origin,
    intermediary, an organisation any member credits) makes it `credited`. The zones
    read are the parsed head and tail, the metadata, and a sweep of every line of the
    text with the credit parser's line reader (credits below page clutter, above
    related-story links), and prose that attributes the text to its declared claimant
    ("…, according to The Associated Press", "the AP reported"; a bare mention such as
    "told The Associated Press" is part of the wire's own story, not a credit);
(d) it is not the publisher's own text: when another member credits its publisher as
    the source (it is the original, whatever dates say), or every source it shares text
    with is the same publisher (or a title that declares the same publisher: sister
    titles of one network), it is `same-publisher`, unless the story's origin is a wire
    agency the publisher does not credit (then the text is the wire's, whoever's version
    it came through).

A copy that passes (a)–(d) on a page whose text is too short to hold a credit, or whose
head or tail looks cut (a first line of prose that starts mid-sentence, a last line of
prose that stops mid-sentence; label lines around the prose, such as a comment counter's
"comments" above it or "Advertisement" below it, are passed over, and a quotation mark
after an end mark closes a sentence), is `unverified`, not `undisclosed`: the credit may sit in what the
extraction lost. Every decision carries its evidence: the zones read and what they held,
how much text there was, the share of it the source explains, and a confidence.

Measured by `scripts/eval_undisclosed.py` on the labelled helsinki, census and spotify
corpora (split by story family, tuned on half 0): flag precision 0.32 / 0.33 → 1.00 / 1.00
(tuned / held-back half), recall on wire copies that credit nobody 0.88 / 0.56 → 0.88 / 0.89
(later 0.875 / 0.778 as the copy clustering changed); with partial copies and label lines
(issue 21, second round) 0.875 / 0.778 → 1.000 / 0.889, precision still 1.00 / 1.00.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from tracer.credits import read_line, same_outlet
from tracer.credits.gazetteer import Org, default_gazetteer, fold
from tracer.credits.lexicon import alternation
from tracer.credits.parser import is_photo_line
from tracer.dates import compare as compare_dates
from tracer.extract import paragraphs
from tracer.model import ORG_PREFIX, TEXT_KINDS, Article, Credit, Edge, Lineage, Match

DisclosureRelation = Literal["undisclosed", "unverified", "credited", "credits-other-source", "same-publisher"]

COPY_SHARE = 0.3  # share of the copy's own text its source must explain (pair labels: "a third or more")
MIN_WORDS = 40  # fewer words than this: a snippet or teaser, too little to say a credit is absent
MIN_SHARED_WORDS = 30  # sharing fewer words (one quoted sentence, one caption) is not copying a story
PARTIAL_WORDS = 100  # a partial copy carries at least a wire brief's worth of the wire's text (several paragraphs)
PARTIAL_CONFIDENCE = 0.9  # a partial copy's flag rests on one part of its text: its confidence is scaled by this
SHORT_LINE = 120  # a line this short that names a family node is a credit line ("latimes.com•")
EDGE_LINES = 3  # the first and last lines: a family name there, at any length, is taken as a credit
CUT_LINE = 80  # a last line this long that stops on a bare word was cut
LABEL_WORDS = 4  # a line of fewer words with no sentence end mark is a page label, not prose
SOURCE_ROLES = ("source", "contributor", "author")
# A short line with one of these cues declares a source even when no name in it is known
# ("Authored by … via Oilprice.com", "Source: the Ministry's press office").
_CUE = re.compile(
    rf"^\s*(?:{alternation('source_labels')})\s*[:–—-]"
    rf"|{alternation('with_files')}|{alternation('material_from')}|{alternation('originally')}"
    rf"|{alternation('contributed')}", re.IGNORECASE)
# Prose that attributes what it says to a name: a cue just before it or a reporting verb just after it.
_ATTRIB_BEFORE = re.compile(r"(?:according\s+to|(?:as\s+)?reported\s+by|cited\s+by|quoted\s+by|citing|via)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)
_ATTRIB_AFTER = re.compile(r"^(?:['’]s?\s+report\b|\s+(?:first\s+|has\s+|had\s+)?(?:reported|reports|wrote|writes)\b)",
                           re.IGNORECASE)
_VIA = re.compile(r"(?<!\w)[Vv]ia\s+(?!(?:E-?mail|Facebook|Twitter|WhatsApp|Messenger|SMS|LinkedIn|Pinterest|"
                  r"Reddit|Instagram|YouTube)\b)[A-Z0-9]")


@dataclass
class Disclosure:
    """The decision for one copy: its relation to its sources' credit, and why."""

    id: str
    relation: DisclosureRelation
    sources: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    zones: dict[str, str] = field(default_factory=dict)
    text_chars: int = 0
    share: float | None = None
    confidence: float = 0.5
    evidence: list[str] = field(default_factory=list)
    declared: str | None = None  # the node whose claim to the text is declared (wire origin, credited source)
    partial: bool = False  # a partial copy: a part of its text is the wire's, the rest its own (see `_partial`)
    via: list[str] = field(default_factory=list)  # members whose shared text is the evidence, when not `sources`

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "relation": self.relation, "sources": list(self.sources),
                "credits": list(self.credits), "zones": dict(self.zones), "text_chars": self.text_chars,
                "share": None if self.share is None else round(self.share, 3),
                "confidence": round(self.confidence, 3), "evidence": list(self.evidence),
                "declared": self.declared, "partial": self.partial, "via": list(self.via)}


# -- names ----------------------------------------------------------------------------------

def _as_credit(name: str) -> Credit:
    return Credit(name=name, kind="organization", role="source", zone="body", evidence=name)


@lru_cache(maxsize=65536)
def is_outlet(name: str, publisher: str | None) -> bool:
    """Does `name` (a credit, an org node) name the outlet `publisher` (a name or a host)?"""
    if not name or not publisher:
        return False
    return same_outlet(_as_credit(name), publisher) or same_outlet(_as_credit(publisher), name)


def publisher_names(art: Article) -> list[str]:
    """Every name the article's own publisher goes by: its publisher field, publisher credits, host."""
    names = [n for n in [art.publisher, *(c.name for c in art.credits if c.role == "publisher")] if n]
    if art.url:
        host = re.sub(r"^https?://(www\.)?", "", art.url).split("/")[0]
        if host:
            names.append(host)
    return names


def same_publisher(a: Article, b: Article) -> bool:
    """One outlet's two texts: the same publisher, host, or a publisher both declare (sister titles)."""
    na, nb = publisher_names(a), publisher_names(b)
    return any(is_outlet(x, y) for x in na for y in nb)


def _node_names(node: str, articles: dict[str, Article]) -> list[tuple[str, str]]:
    """(name, what it names) for a family node: an organisation's name, an article's publisher,
    then the organisations that article credits as its sources."""
    if node.startswith(ORG_PREFIX):
        return [(node[len(ORG_PREFIX):], node)]
    art = articles.get(node)
    if art is None:
        return []
    return [(p, node) for p in publisher_names(art)] + [
        (c.agency or c.name, f"{c.agency or c.name} (credited by {node})") for c in art.credits
        if c.kind == "organization" and c.role in ("source", "contributor")]


def _search_names(name: str) -> set[str]:
    """Strings to look for in a credit line: the name, its gazetteer aliases, a host without 'www.'."""
    out = {name.strip()}
    if "/" in name and "." in name.split("/")[0]:
        out.add(name.split("/")[0])
    org = default_gazetteer().lookup(name)
    if org is not None:
        out.update(n for n in org.names() if not default_gazetteer().is_ambiguous(n, org))
    return {n.removeprefix("www.") for n in out if len(n.strip()) >= 2}


def _mention_finder(names: Iterable[str], cue: bool = False):
    """A function giving the first of `names` a line mentions as a word (names of four
    letters or fewer case-sensitive: 'AP' is a credit, 'ap' is not). With `cue`, only a
    mention that a reporting cue attributes the text to ("according to AP", "AP reported"):
    a bare mention in prose ("told The Associated Press") is part of the story, not a credit."""
    names = sorted(set(names), key=len, reverse=True)
    long = [re.escape(n) for n in names if len(n) > 4]
    short = [re.escape(n) for n in names if len(n) <= 4]
    pats = []
    if long:
        pats.append(re.compile(r"(?<!\w)(?:" + "|".join(long) + r")(?!\w)", re.IGNORECASE))
    if short:
        pats.append(re.compile(r"(?<!\w)(?:" + "|".join(short) + r")(?!\w)"))
    by_fold = {n.casefold(): n for n in names}

    def find(line: str) -> str | None:
        for pat in pats:
            for m in pat.finditer(line):
                if not cue or _ATTRIB_BEFORE.search(line[:m.start()]) or _ATTRIB_AFTER.match(line[m.end():]):
                    return by_fold.get(m.group(0).casefold(), m.group(0))
        return None
    return find


def _around(line: str, name: str, width: int = 40) -> str:
    """A short quote of `line` around the first mention of `name`."""
    flat = " ".join(line.split())
    at = max(0, flat.casefold().find(name.casefold()))
    return flat[max(0, at - width):at + len(name) + width]


# -- zones -----------------------------------------------------------------------------------

def _sweep(art: Article) -> list[Credit]:
    """Credits on any line of the text, read with the credit parser's line reader.

    The parser reads the head and tail only; a copy is accused only after every line has
    been read (a byline below page clutter, a contributor line above related links).
    Whitespace runs are squeezed first: a layout's padding inside a byline line
    ("By      JANE DOE      and") is not part of the credit."""
    gaz = default_gazetteer()
    lines = paragraphs(art.text)
    out: list[Credit] = []
    for i, (start, line) in enumerate(lines):
        prev_line = lines[i - 1][1] if i else ""
        next_line = lines[i + 1][1] if i + 1 < len(lines) else ""
        out.extend(read_line(" ".join(line.split()), start, gaz, art.publisher, in_head=True, in_tail=True,
                             prev_line=prev_line, next_line=next_line, index=i, weak=False))
    return out


def _is_label(line: str) -> bool:
    """A page's label line, not prose: fewer than `LABEL_WORDS` words and no sentence end mark
    ("comments", "Share", "Most read"): a widget's caption that extraction kept."""
    line = line.strip()
    return len(line.split()) < LABEL_WORDS and not line.endswith((".", "!", "?", "…", '"', "”", "'", "’", ")"))


def _head_cut(art: Article) -> bool:
    """The first line of prose starts mid-sentence: a lower-case word or a continuing punctuation mark.

    Label lines before it are passed over: a comment counter's "comments" starts lower-case
    but is not a sentence the extraction cut."""
    first = next((ln for _s, ln in paragraphs(art.text) if not _is_label(ln)), "").lstrip()
    return bool(first) and (first[0].islower() or first[0] in ",;:)]…")


def _tail_cut(art: Article) -> bool:
    """The last line, or the last line of prose below which only labels follow ("Advertisement",
    "Share"), ends in an ellipsis, or is body-length and stops on a bare word (no end mark)."""
    lines = [ln.strip() for _s, ln in paragraphs(art.text)]
    prose = [ln for ln in lines if not _is_label(ln)]

    def cut(last: str) -> bool:
        if last.endswith(("…", "...")):
            return True
        # a quotation mark after an end mark closes the sentence (.") ; after a word it may open one
        return len(last) >= CUT_LINE and (last[-1].isalnum() or (last[-1] in "“‘«\"'" and last[-2:-1] not in ".!?"))

    return bool(lines) and (cut(lines[-1]) or (bool(prose) and cut(prose[-1])))


# -- the decision ---------------------------------------------------------------------------

def _share(e: Edge, copy: str, matches: dict[frozenset[str], Match]) -> float:
    """How much of the copy's own text its source explains (the containment of the copy)."""
    m = matches.get(frozenset((e.from_, e.to)))
    if m is None:
        return e.containment or 0.0
    return m.containment_a if m.a == copy else m.containment_b


def _family_credits(articles: dict[str, Article], skip: set[str]) -> dict[str, list[str]]:
    """Persons credited as authors in byline zones, by folded name → articles crediting them."""
    out: dict[str, list[str]] = {}
    for aid, art in articles.items():
        if aid in skip:
            continue
        for c in art.credits:
            if c.kind == "person" and c.role == "author" and c.zone in ("byline", "meta", "jsonld"):
                out.setdefault(fold(c.name), []).append(aid)
    return out


def _credited_to(art: Article, articles: dict[str, Article]) -> str | None:
    """Another member credits this article's publisher as its source: the text is this outlet's own."""
    pubs = publisher_names(art)
    for other in articles.values():
        if other.id == art.id or same_publisher(other, art):
            continue
        for c in other.credits:
            if c.kind == "organization" and c.role in ("source", "contributor") and any(
                    is_outlet(c.agency or c.name, p) for p in pubs):
                return f"{other.id} credits {c.name}"
    return None


def _declared(node: str, articles: dict[str, Article]) -> bool:
    """Is this node a declared source: an organisation credited in the family, or an article
    whose publisher another member credits, or a wire agency's own article?"""
    if node.startswith(ORG_PREFIX):
        return True
    art = articles.get(node)
    if art is None:
        return False
    if any((o := default_gazetteer().lookup(p)) is not None and o.is_wire for p in publisher_names(art)):
        return True
    return _credited_to(art, articles) is not None


def decide_copy(aid: str, lin: Lineage, articles: dict[str, Article],
                matches: dict[frozenset[str], Match]) -> Disclosure | None:
    """The decision for one article of a family; None when nothing comes into it as text."""
    art = articles[aid]
    ins = [e for e in lin.edges if e.to == aid and e.kind in TEXT_KINDS]
    if not ins:
        return _declared_root(aid, lin, articles, matches)
    d = Disclosure(id=aid, relation="unverified", sources=sorted({e.from_ for e in ins}), text_chars=len(art.text))
    d.share = max(_share(e, aid, matches) for e in ins)
    d.confidence = max(e.confidence for e in ins)
    origin = lin.origin or ""
    wire = _wire_of(origin, articles)
    wire_origin = wire is not None

    # (d) the publisher's own text: the credited source's own article, or its own earlier version
    own_credit = _credited_to(art, articles)
    if own_credit:
        d.relation = "same-publisher"
        d.evidence.append(f"it is the credited source's own article: {own_credit}")
        return d
    ins_src = [articles[e.from_] for e in ins if e.from_ in articles]
    own = [s.id for s in ins_src if same_publisher(art, s)]
    mine = {n for n, a in articles.items() if n == aid or same_publisher(art, a)}
    if own and len(own) == len(ins):
        wire_text = wire_origin and origin not in mine and not any(
            is_outlet(n, p) for n, _what in _node_names(origin, articles) for p in publisher_names(art))
        if not wire_text:
            d.relation = "same-publisher"
            d.evidence.append(f"every source it shares text with is its own publisher's ({', '.join(own)})")
            return d
        d.evidence.append(f"its text sources are its own publisher's ({', '.join(own)}), "
                          f"but the story's origin is the wire agency {origin[len(ORG_PREFIX):] or origin}")

    # (a) a verified copy: its source explains a substantial share of its text, and more than a caption;
    # or a partial copy of the wire's text
    not_copy = _not_a_copy(d, art)
    if not_copy and wire is not None and _partial(d, art, lin, articles, matches, mine, wire):
        not_copy = None
    if not_copy:
        return _zones(d, art, lin, articles, mine, reason=not_copy)

    # (b) an earlier or declared source: the text's claimant is a wire, or someone in the family credits it
    claimed = [n for n in [origin, *d.sources] if n and n not in mine and _declared(n, articles)]
    if wire_origin or claimed:
        d.declared = (claimed or [origin])[0]
        d.evidence.append(f"the text's source is declared: {(claimed or [origin])[0]}"
                          + (" (a wire agency)" if wire_origin and not claimed else " (credited in the family)"))
    else:
        d.evidence.append("no member credits its source and the origin is no wire agency: who wrote the text "
                          "first rests on dates and lengths only")
        return _zones(d, art, lin, articles, mine, reason="its source is declared by nobody")
    if not wire_origin and all(_unknown_org(n) for n in claimed):
        return _zones(d, art, lin, articles, mine, reason=_unknown_reason(claimed[0], d))
    return _zones(d, art, lin, articles, mine, reason=None)


def _unknown_org(node: str) -> bool:
    """An organisation outside the corpus that the gazetteer does not know: only the name the
    copies give it ('PM DJV') says who it is, so it cannot be told apart from a publisher that
    goes by another name (the organisation's own page of its own press release)."""
    return node.startswith(ORG_PREFIX) and default_gazetteer().lookup(node[len(ORG_PREFIX):]) is None


def _unknown_reason(node: str, d: Disclosure) -> str:
    d.evidence.append(f"its declared source {node[len(ORG_PREFIX):]} is known only by the name copies give it")
    return "its source may be its own publisher under another name"


def _wire_of(origin: str, articles: dict[str, Article]) -> Org | None:
    """The wire agency a story's origin is: an `org:` node or an article the gazetteer knows as a wire's."""
    gaz = default_gazetteer()
    if origin.startswith(ORG_PREFIX):
        org = gaz.lookup(origin[len(ORG_PREFIX):])
        return org if org is not None and org.is_wire else None
    art = articles.get(origin)
    if art is None:
        return None
    return next((o for n in publisher_names(art) if (o := gaz.lookup(n)) is not None and o.is_wire), None)


def _declares_wire(art: Article, wire: Org) -> bool:
    """Does this page say its text is the wire's: it is the wire's own article, or it credits the wire?"""
    gaz = default_gazetteer()

    def is_it(name: str) -> bool:
        o = gaz.lookup(name)
        return o is not None and o.short == wire.short

    return any(is_it(n) for n in publisher_names(art)) or any(
        c.kind == "organization" and c.role in ("source", "contributor") and is_it(c.agency or c.name)
        for c in art.credits)


def _partial(d: Disclosure, art: Article, lin: Lineage, articles: dict[str, Article],
             matches: dict[frozenset[str], Match], mine: set[str], wire: Org) -> bool:
    """(a) for a page whose sources explain less than `COPY_SHARE` of its text: a partial copy of the wire's text?

    A long article that weaves several paragraphs of a wire story into its own reporting
    carries the wire's text "in part" (the contract's `source` role) and credits nobody for
    it. Direction inside the family is no help here (the longer page holds more, so
    containment votes it the source), so the evidence asked is stronger than for a copy:
    the story's origin is a wire agency, and the page shares with a member that *declares*
    the text the wire's (the wire's own article, or a page crediting it) and is dated
    before it: a third or more of that member's text (`COPY_SHARE`, the pair labels'
    "substantial part of the shorter one") and at least `PARTIAL_WORDS` words of it, a
    wire brief's worth, far more than a quoted sentence. Shared quotes alone never reach
    this far: a match is verified only when its shared text is not only quotation.
    A first version dated before every page that declares the wire is never a partial copy
    (the wire may have taken its text from that outlet)."""
    if art.date is None:
        return False
    words = len(art.text.split())
    best: tuple[int, float, str] | None = None
    for e in lin.edges + lin.siblings:
        if e.kind not in TEXT_KINDS or art.id not in (e.from_, e.to):
            continue
        oid = e.to if e.from_ == art.id else e.from_
        other, m = articles.get(oid), matches.get(frozenset((art.id, oid)))
        if other is None or m is None or oid in mine or not _declares_wire(other, wire):
            continue
        if compare_dates(other.date, art.date) != -1:
            continue
        held, mine_share = (m.containment_b, m.containment_a) if m.a == art.id else (m.containment_a, m.containment_b)
        shared = round(min(held * len(other.text.split()), mine_share * words))
        if held >= COPY_SHARE and shared >= PARTIAL_WORDS and (best is None or shared > best[0]):
            best = (shared, held, oid)
    if best is None:
        return False
    shared, held, oid = best
    d.partial = True
    d.via = sorted({*d.via, oid})
    d.evidence.append(f"but it carries {held:.0%} of {oid}'s text (about {shared} words), an earlier page that "
                      f"declares it {wire.short}'s: a partial copy of the wire's text")
    return True


def _not_a_copy(d: Disclosure, art: Article) -> str | None:
    """Why the shared text does not make this article a copy (None when it does): (a)."""
    share = d.share or 0.0
    if share < COPY_SHARE:
        d.evidence.append(f"its sources explain only {share:.0%} of its text (a copy needs {COPY_SHARE:.0%})")
        return "its sources hold too little of its text to call it a copy"
    shared = round(share * len(art.text.split()))
    if shared < MIN_SHARED_WORDS:
        d.evidence.append(f"it shares about {shared} words with its sources: a caption or a quote, not a story")
        return "it shares too few words to call it a copy"
    return None


def _declared_root(aid: str, lin: Lineage, articles: dict[str, Article],
                   matches: dict[frozenset[str], Match]) -> Disclosure | None:
    """A text root of a family whose origin is an organisation outside the corpus that members credit.

    Direction inside the family only says this version came first; its text is still the
    credited organisation's (a wire agency, a partner outlet) when it shares it with copies
    that credit that organisation. So it is decided as a copy of that organisation, with the
    share of its text those crediting copies hold."""
    origin = lin.origin or ""
    if not origin.startswith(ORG_PREFIX):
        return None
    name = origin[len(ORG_PREFIX):]
    org = default_gazetteer().lookup(name)
    names = org.names() if org is not None else (name,)
    art = articles[aid]
    if any(is_outlet(n, p) for n in names for p in publisher_names(art)):
        return None
    mine = {n for n, a in articles.items() if n == aid or same_publisher(art, a)}
    links = [e for e in lin.edges + lin.siblings if e.kind in TEXT_KINDS and aid in (e.from_, e.to)]
    crediting = []
    for e in links:
        other = articles.get(e.to if e.from_ == aid else e.from_)
        if other is None or other.id in mine:
            continue
        if any(c.kind == "organization" and c.role in ("source", "contributor")
               and any(is_outlet(c.agency or c.name, n) for n in names) for c in other.credits):
            crediting.append((e, other.id))
    if not crediting:
        return None
    d = Disclosure(id=aid, relation="unverified", sources=[origin], text_chars=len(art.text), declared=origin)
    d.share = max(_share(e, aid, matches) for e, _o in crediting)
    d.confidence = max(e.confidence for e, _o in crediting)
    d.via = sorted({o for _e, o in crediting})
    d.evidence.append(f"a first version in the corpus, but {', '.join(d.via)} "
                      f"credit{'s' if len(crediting) == 1 else ''} the text it shares to {name}")
    reason = _not_a_copy(d, art)
    if reason and org is not None and org.is_wire and _partial(d, art, lin, articles, matches, mine, org):
        reason = None
    reason = reason or (_unknown_reason(origin, d) if org is None else None)
    return _zones(d, art, lin, articles, mine, reason=reason)


def _only_credited_by(node: str, aid: str, lin: Lineage) -> bool:
    """An organisation node that exists only because this article credits it: naming it is a
    credit of some source, but not of one the family shows (unless it is the origin)."""
    if not node.startswith(ORG_PREFIX) or node == lin.origin:
        return False
    return all(e.to == aid for e in lin.edges if e.from_ == node)


def _zones(d: Disclosure, art: Article, lin: Lineage, articles: dict[str, Article], mine: set[str],
           reason: str | None) -> Disclosure:
    """(c): read every zone for a credit; then decide between credited, other source and the flag."""
    family = [n["id"] for n in lin.nodes if n["id"] not in mine and not _only_credited_by(n["id"], art.id, lin)]
    if lin.origin and lin.origin not in mine and lin.origin not in family:
        family.append(lin.origin)
    own_names = publisher_names(art)
    names: dict[str, str] = {}  # name → what it names; publishers before the sources they credit
    pairs = [x for node in family for x in _node_names(node, articles)]
    for name, what in sorted(pairs, key=lambda x: " (credited by " in x[1]):
        if not any(is_outlet(name, p) for p in own_names):
            names.setdefault(name, what)
    authors = _family_credits(articles, mine)
    found: dict[str, list[str]] = {"head": [], "tail": [], "body": [], "metadata": []}
    credited: list[str] = []
    other: list[str] = []
    zone_of = {"byline": "head", "dateline": "head", "footer": "tail", "body": "body", "meta": "metadata",
               "jsonld": "metadata", "canonical": "metadata"}

    def classify(c: Credit, zone: str) -> None:
        if c.role not in SOURCE_ROLES:
            return
        label = f'{c.name} ({zone}: "{" ".join(c.evidence.split())[:80]}")'
        if c.kind == "person":
            if c.role == "author" and c.zone == "byline" and fold(c.name) in authors:
                found[zone].append(c.name)
                credited.append(f"{label}, also the byline of {', '.join(authors[fold(c.name)])}")
            return
        if any(is_outlet(c.agency or c.name, p) for p in own_names):
            return
        found[zone].append(c.name)
        hit = next((node for n, node in names.items() if is_outlet(c.agency or c.name, n)), None)
        if hit:
            credited.append(f"{label} names {hit}")
        else:
            other.append(label)

    for c in art.credits:
        classify(c, zone_of.get(c.zone, "body"))
    if credited:  # the parsed zones already name the family: no need to sweep every line
        return _verdict(d, art, found, credited, other, reason, body="not read (credited in the parsed zones)")
    for c in _sweep(art):
        classify(c, "body")
    search = {s: node for n, node in names.items() for s in _search_names(n)}
    mentions = _mention_finder(search)
    claimant = {s for n, what in _node_names(d.declared, articles) if what == d.declared
                for s in _search_names(n)} if d.declared else set()
    attributed = _mention_finder(claimant, cue=True) if claimant else None
    lines = paragraphs(art.text)
    for k, (_start, line) in enumerate(lines):
        edge = k < EDGE_LINES or k >= len(lines) - EDGE_LINES
        if is_photo_line(line):
            continue
        if len(line) > SHORT_LINE and not edge:
            hit = attributed(line) if attributed else None
            if hit:  # prose that names the text's claimant as its source: "…, the Associated Press reported."
                credited.append(f'attribution "{_around(line, hit)}" names {d.declared}')
                found["body"].append(hit)
            continue
        quoted = " ".join(line.split())[:80]
        hit = mentions(line)
        if hit:
            credited.append(f'credit line "{quoted}" names {search[hit]}')
            found["body"].append(hit)
        elif _CUE.search(line) or _VIA.search(line):
            other.append(f'credit line "{quoted}"')
            found["body"].append(quoted)
    return _verdict(d, art, found, credited, other, reason)


def _verdict(d: Disclosure, art: Article, found: dict[str, list[str]], credited: list[str], other: list[str],
             reason: str | None, body: str | None = None) -> Disclosure:
    """The relation from what the zones held, and the flag's own checks (cut page, too little text)."""
    meta = bool(art.signals)
    d.zones = {z: ("credits " + ", ".join(dict.fromkeys(v))) if v else "no credit" for z, v in found.items()}
    if body is not None and not found["body"]:
        d.zones["body"] = body
    if not meta:
        d.zones["metadata"] = "not available (plain text)"
    d.credits = list(dict.fromkeys(credited + other))
    words = len(art.text.split())
    if credited:
        d.relation = "credited"
        d.evidence.extend(credited)
        return d
    if other:
        d.relation = "credits-other-source"
        d.evidence.append("credits " + "; ".join(other) + ", not a node of this story")
        return d
    if reason is not None:
        d.relation = "unverified"
        d.evidence.append(f"credits nobody, but {reason}")
        return d
    cut = [z for z, f in (("head", _head_cut(art)), ("tail", _tail_cut(art))) if f]
    if cut or words < MIN_WORDS:
        d.relation = "unverified"
        why = f"its {' and '.join(cut)} look{'s' if len(cut) == 1 else ''} cut by extraction" if cut else \
            f"only {words} words of text: too little to show a credit is absent"
        d.evidence.append(f"credits nobody, but {why}")
        for z in cut:
            d.zones[z] = "cut by extraction"
        return d
    d.relation = "undisclosed"
    d.confidence = round(d.confidence * (1.0 if meta else 0.95) * (PARTIAL_CONFIDENCE if d.partial else 1.0), 3)
    d.evidence.append(f"credits nobody in its head, tail, body lines{' or metadata' if meta else ''} "
                      f"({words} words read); its sources explain {d.share:.0%} of its text"
                      + ("; a partial copy: the rest is its own" if d.partial else ""))
    return d


def decide_all(lin: Lineage, articles: dict[str, Article], matches: Iterable[Match]) -> list[Disclosure]:
    """The decision for every copy of a family, in id order."""
    by_pair = {frozenset((m.a, m.b)): m for m in matches}
    out = []
    for aid in sorted(articles):
        d = decide_copy(aid, lin, articles, by_pair)
        if d is not None:
            out.append(d)
    return out
