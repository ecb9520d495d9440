"""The domain objects that flow through the pipeline.

One `Article` travels from a source through extraction, credits and fingerprinting;
matching produces `Match`es between articles, clustering produces `Cluster`s, and the
lineage stage turns matches and credits into a `Lineage` graph. Everything here is a
plain dataclass with a `to_dict()` that gives the CONTRACT.md JSON shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from tracer.dates import normalize as normalize_date
from tracer.dates import parse as parse_date

CreditKind = Literal["organization", "person"]
CreditRole = Literal["publisher", "source", "author", "contributor", "translator", "editor", "photo"]
CreditZone = Literal["byline", "dateline", "footer", "body", "meta", "jsonld", "canonical"]
Relation = Literal["copy", "source", "sibling", "translation"]
EdgeKind = Literal["declared", "verbatim", "partial", "translation", "canonical"]


@dataclass
class ItemError:
    """A per-item failure: one input that could not be read, fetched or parsed."""

    input: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"input": self.input, "error": self.error}


@dataclass
class Credit:
    """One declared credit, with the evidence it was read from.

    `start`/`end` are character offsets into the article's extracted text, or None
    when the evidence is HTML-only (meta tags, JSON-LD, canonical link).
    """

    name: str
    kind: CreditKind
    role: CreditRole
    zone: CreditZone
    evidence: str
    start: int | None = None
    end: int | None = None
    agency: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "agency": self.agency,
            "zone": self.zone,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
        }


class _UTCDate:
    """The one door for dates: whatever sets `Article.date` (a reader, the store, a
    caller) stores its canonical UTC text, or None when it does not parse (tracer.dates).
    A descriptor, so only `date` pays for it (~0.5 µs), not every attribute."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = "_" + name

    def __get__(self, obj: Any, objtype: type | None = None) -> str | None:
        if obj is None:
            return None  # the dataclass default
        return obj.__dict__.get(self.slot)

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.slot] = None if value is None else normalize_date(value)


@dataclass
class Article:
    """A news article: its text, where it came from and what it declares.

    `id` is the input path, the corpus record id or the URL. `url` is the address the
    article was fetched from (never replaced by a canonical link; that one is kept in
    `signals["canonical"]`). `text` holds paragraphs separated by newlines. `date` is
    the canonical UTC text of the publication date (`2019-06-03T07:00:00Z`, or
    `2019-06-03` without a time), or None when undated: any value set is parsed once,
    here (RFC 822, ISO 8601 with offsets, common page wordings; naive times are UTC).
    """

    id: str
    text: str
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    date: _UTCDate = _UTCDate()  # str | None: the canonical UTC text, parsed whenever it is set
    lang: str | None = None
    source: str | None = None
    html: str | None = None
    signals: dict[str, Any] = field(default_factory=dict)
    credits: list[Credit] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)

    @property
    def published(self) -> datetime | None:
        """`date` as an aware UTC datetime (a date without a time at 00:00), or None."""
        return parse_date(self.date)

    def credits_dict(self) -> dict[str, Any]:
        """The `tracer credits --format json` object of this article."""
        return {
            "id": self.id,
            "url": self.url,
            "publisher": self.publisher,
            "title": self.title,
            "date": self.date,
            "lang": self.lang,
            "credits": [c.to_dict() for c in self.credits],
            "chain": list(self.chain),
            "errors": [e.to_dict() for e in self.errors],
        }


@dataclass
class Passage:
    """A shared passage: character spans in the target and in the other article."""

    target: tuple[int, int]
    other: tuple[int, int]
    kind: Literal["verbatim", "edited"] = "verbatim"
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"target": list(self.target), "other": list(self.other), "kind": self.kind,
                "score": round(self.score, 3)}


@dataclass
class Match:
    """A verified relation between two articles `a` and `b`.

    `containment_a` is the share of a's shingles found in b, `containment_b` the
    reverse; `containment` is that of the shorter text (the CONTRACT.md figure).
    """

    a: str
    b: str
    similarity: float
    containment_a: float
    containment_b: float
    passages: list[Passage] = field(default_factory=list)
    method: str = "minhash"
    anchors: list[str] = field(default_factory=list)

    @property
    def containment(self) -> float:
        return max(self.containment_a, self.containment_b)

    def other(self, article_id: str) -> str:
        return self.b if article_id == self.a else self.a

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["containment"] = self.containment
        d["passages"] = [p.to_dict() for p in self.passages]
        return d


@dataclass
class Cluster:
    """A group of articles that carry the same story text, held to one centre."""

    id: str
    representative: str
    members: list[str]
    similarity: dict[str, float] = field(default_factory=dict)
    containment: dict[str, float] = field(default_factory=dict)
    via: dict[str, str] = field(default_factory=dict)  # member -> the member its figures relate to, when not the representative


ORG_PREFIX = "org:"  # a lineage node that is an organisation credited, not an article in the corpus
TEXT_KINDS = ("verbatim", "partial", "translation")  # the edge kinds that carry text (the others are credits)


@dataclass
class Edge:
    """A directed lineage edge: `to` derives (in whole or part) from `from_`."""

    from_: str
    to: str
    kind: EdgeKind
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.5
    # Added by the lineage stage (issue 6): evidence that points the other way, the
    # credit (zone, text, span) a declared edge rests on, and the text figures.
    conflicts: list[str] = field(default_factory=list)
    credit: dict[str, Any] | None = None
    similarity: float | None = None
    containment: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"from": self.from_, "to": self.to, "kind": self.kind,
                             "evidence": list(self.evidence), "confidence": round(self.confidence, 3)}
        if self.conflicts:
            d["conflicts"] = list(self.conflicts)
        if self.credit is not None:
            d["credit"] = dict(self.credit)
        if self.similarity is not None:
            d["similarity"] = round(self.similarity, 4)
        if self.containment is not None:
            d["containment"] = round(self.containment, 4)
        return d


@dataclass
class Lineage:
    """Origin, nodes and evidence-bearing edges of a story family."""

    origin: str | None
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    undisclosed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Added by the lineage stage (issue 6): how sure the origin is, and why.
    origin_confidence: float | None = None
    origin_evidence: list[str] = field(default_factory=list)
    # Text shared between two copies of one parent: evidence, not lineage.
    siblings: list[Edge] = field(default_factory=list)
    # Issue 21: the disclosure decision for every copy (`tracer.disclosure.Disclosure`):
    # undisclosed, unverified, credited, credits-other-source or same-publisher, with evidence.
    disclosure: list[Any] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "origin_confidence": None if self.origin_confidence is None
                else round(self.origin_confidence, 3), "origin_evidence": list(self.origin_evidence),
                "nodes": self.nodes, "edges": [e.to_dict() for e in self.edges],
                "undisclosed": list(self.undisclosed), "notes": list(self.notes),
                "siblings": [e.to_dict() for e in self.siblings],
                "disclosure": [d.to_dict() for d in self.disclosure]}
