"""Run the corpus gate: dedup the corpus, build each story family's lineage, test policies.

`check()` is the library call behind `tracer check`. It relies only on the public
pipeline (`tracer.dedup` for clusters and matches, `tracer.build_lineage` for who copied
whom and which copies credit nobody) and turns what breaks a policy into `Finding`s
with stable rule ids and content-based fingerprints, so a baseline survives re-runs,
re-ordering and renamed cluster ids.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tracer.api import dedup
from tracer.checks.locate import Location, locate, shared_span
from tracer.checks.policy import Policy, org_names
from tracer.credits.gazetteer import fold
from tracer.errors import InputError
from tracer.inputs import input_list
from tracer.lineage import ORG_PREFIX, build_lineage
from tracer.model import Article, Cluster, ItemError, Lineage, Match
from tracer.sources import ReadOptions


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    short: str
    full: str


RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("TRC001", "duplicate-ratio", "Too many duplicate articles",
         "The share of articles that are redundant copies of another article in the corpus exceeds "
         "max_duplicate_ratio."),
    Rule("TRC002", "undisclosed-copy", "Copy that credits neither its source nor the source's agency",
         "An article is a verified copy of a declared source (a wire agency, or an outlet other copies "
         "credit) but credits no source at all in any zone read (head, tail, every credit-shaped line, "
         "metadata) and is not its own publisher's text (tracer.disclosure). A copy whose page looks cut "
         "by extraction, or is too short to hold a credit, is reported as unverified, not flagged."),
    Rule("TRC003", "cluster-size", "Story copied into too many articles",
         "A copy cluster (one story text) holds more articles than max_cluster_size."),
    Rule("TRC004", "wire-dateline-credit", "Wire dateline without a credit line",
         "The article carries a wire agency dateline (e.g. 'PARIS (AFP) —') but credits the agency "
         "nowhere else (byline, footer or metadata)."),
)}


@dataclass
class Related:
    location: Location
    message: str
    article: str


@dataclass
class Finding:
    """One broken policy, pointing at the offending article and the evidence."""

    rule: str
    message: str
    fingerprint: str
    article: str | None = None
    location: Location | None = None
    related: list[Related] = field(default_factory=list)
    cluster: str | None = None        # the cluster id of this run (c17)
    cluster_key: str | None = None    # a content key of the cluster, stable across runs
    value: float | None = None
    baselined: bool = False

    @property
    def name(self) -> str:
        return RULES[self.rule].name

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        return {"rule": self.rule, "name": self.name, "message": self.message, "article": self.article,
                "file": loc.uri if loc else None, "line": loc.line if loc else None,
                "related": [{"article": r.article, "file": r.location.uri, "line": r.location.line,
                             "message": r.message} for r in self.related],
                "cluster": self.cluster, "fingerprint": self.fingerprint, "value": self.value,
                "baselined": self.baselined}


@dataclass
class CheckResult:
    policy: Policy
    findings: list[Finding]
    errors: list[ItemError]
    stats: dict[str, Any]
    clusters: list[Cluster]
    lineages: dict[str, Lineage]
    articles: dict[str, Article]
    config: str | None = None

    @property
    def failures(self) -> list[Finding]:
        """Findings that fail the gate (not accepted by the baseline)."""
        return [f for f in self.findings if not f.baselined]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def policies(self) -> list[tuple[Rule, bool | None]]:
        """Each rule with True (holds), False (fails) or None (switched off)."""
        active = {"TRC001": self.policy.max_duplicate_ratio is not None, "TRC002": self.policy.no_undisclosed,
                  "TRC003": self.policy.max_cluster_size is not None, "TRC004": self.policy.require_wire_credit}
        failing = {f.rule for f in self.failures}
        return [(r, (r.id not in failing) if active[r.id] else None) for r in RULES.values()]

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "exit_code": self.exit_code, "config": self.config,
                "policy": self.policy.to_dict(),
                "policies": [{"rule": r.id, "name": r.name, "status": {True: "pass", False: "fail", None: "off"}[s]}
                             for r, s in self.policies()],
                "stats": self.stats, "findings": [f.to_dict() for f in self.findings],
                "errors": [e.to_dict() for e in self.errors]}


def text_key(text: str) -> str:
    """A content key of a text that ignores whitespace and case (stable across runs and paths)."""
    norm = " ".join(re.findall(r"\w+", text.casefold()))
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


def _fp(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12).hexdigest()


def _agencies_of(art: Article) -> set[str]:
    """Publisher and declared sources of an article (what an agency allow-list can match)."""
    names = set(filter(None, [art.publisher, *art.chain]))
    names.update(c.agency for c in art.credits if c.agency and c.role in ("source", "publisher"))
    return names


class _Checker:
    def __init__(self, policy: Policy, articles: dict[str, Article], clusters: list[Cluster],
                 matches: list[Match]):
        self.policy, self.articles, self.clusters = policy, articles, clusters
        self.by_pair = {frozenset((m.a, m.b)): m for m in matches}
        self.matches = matches
        self.lineages: dict[str, Lineage] = {}
        self.findings: list[Finding] = []

    def allowed(self, aid: str) -> bool:
        art = self.articles.get(aid)
        return self.policy.allows_id(aid) or (art is not None and self.policy.allows_publisher(art.publisher))

    def allowed_agency_story(self, cl: Cluster, lin: Lineage | None) -> bool:
        """Is this story an allowed agency's (origin or any member credits it)?"""
        if not self.policy.allow_agencies:
            return False
        if lin and lin.origin and lin.origin.startswith(ORG_PREFIX) and self.policy.allows_agency(
                lin.origin[len(ORG_PREFIX):]):
            return True
        return any(self.policy.allows_agency(n) for m in cl.members if m in self.articles
                   for n in _agencies_of(self.articles[m]))

    def run(self) -> list[Finding]:
        multi = [c for c in self.clusters if len(c.members) > 1]
        for cl in multi:
            members = {m: self.articles[m] for m in cl.members if m in self.articles}
            ms = [m for m in self.matches if m.a in members and m.b in members]
            self.lineages[cl.id] = build_lineage(members, ms)
        p = self.policy
        if p.max_duplicate_ratio is not None:
            self.duplicate_ratio(multi)
        if p.no_undisclosed:
            for cl in multi:
                self.undisclosed(cl)
        if p.max_cluster_size is not None:
            for cl in multi:
                self.cluster_size(cl)
        if p.require_wire_credit:
            for art in self.articles.values():
                self.wire_credit(art)
        return self.findings

    def redundant(self, multi: list[Cluster]) -> int:
        n = 0
        for cl in multi:
            if self.allowed_agency_story(cl, self.lineages.get(cl.id)):
                continue
            n += sum(1 for m in cl.members if m != cl.representative and not self.allowed(m))
        return n

    def duplicate_ratio(self, multi: list[Cluster]) -> None:
        total = sum(len(c.members) for c in self.clusters)
        ratio = self.redundant(multi) / total if total else 0.0
        limit = self.policy.max_duplicate_ratio or 0.0
        if ratio <= limit + 1e-12:
            return
        biggest = max(multi, key=lambda c: len(c.members))
        rep = self.articles[biggest.representative]
        self.findings.append(Finding(
            rule="TRC001", fingerprint=_fp("TRC001"), value=round(ratio, 4),
            message=f"{ratio:.1%} of the {total} articles are redundant copies (policy: at most {limit:.1%}); "
                    f"the largest cluster {biggest.id} holds {len(biggest.members)} articles",
            location=locate(rep), cluster=biggest.id, cluster_key=text_key(rep.text)))

    def undisclosed(self, cl: Cluster) -> None:
        """TRC002 on the lineage's own decision (`tracer.disclosure`): the flagged copies and their evidence."""
        lin = self.lineages[cl.id]
        for d in lin.disclosure:
            dst = d.id
            if d.relation != "undisclosed" or dst not in self.articles or self.allowed(dst):
                continue
            copy = self.articles[dst]
            # a copy of a wire outside the corpus points at the members it shares that text with
            sources = [s for s in d.sources if s in self.articles] or [s for s in d.via if s in self.articles]
            if not sources:
                continue
            if any(self.policy.allows_agency(n) for s in sources for n in _agencies_of(self.articles[s])):
                continue
            src = self.articles[sources[0]]
            m = self.by_pair.get(frozenset((dst, src.id)))
            spans = shared_span(copy.text, src.text)
            loc = locate(copy, spans[0] if spans else None)
            related = [Related(locate(self.articles[s], (shared_span(self.articles[s].text, copy.text) or (None,))[0]),
                               f"source: {self.articles[s].publisher or s}", s) for s in sources]
            share = f"{m.containment:.0%} of the shorter text shared" if m else "shares text"
            zones = ", ".join(z for z, v in d.zones.items() if v == "no credit")
            owner = d.declared if d.declared and d.declared not in sources else None
            if owner is not None:
                owner = owner[len(ORG_PREFIX):] if owner.startswith(ORG_PREFIX) else (
                    self.articles[owner].publisher if owner in self.articles else None) or owner
            self.findings.append(Finding(
                rule="TRC002", article=dst, location=loc, related=related, cluster=cl.id,
                cluster_key=text_key(self.articles[cl.representative].text), value=d.confidence,
                fingerprint=_fp("TRC002", text_key(copy.text), text_key(src.text)),
                message=f"{dst} ({copy.publisher or 'unknown publisher'}) "
                        f"{'partly copies' if d.partial else 'copies'} {src.id} "
                        f"({src.publisher or 'unknown publisher'}; {share}) and credits nobody"
                        + (f"; its text is {owner}'s" if owner else "") +
                        f" (read {zones or 'every zone'}; {d.text_chars} characters; "
                        f"confidence {d.confidence:.2f})"))

    def cluster_size(self, cl: Cluster) -> None:
        limit = self.policy.max_cluster_size or 0
        counted = [m for m in cl.members if not self.allowed(m)]
        if len(counted) <= limit or self.allowed_agency_story(cl, self.lineages.get(cl.id)):
            return
        rep = self.articles[cl.representative]
        key = text_key(rep.text)
        related = [Related(locate(self.articles[m]), f"member: {self.articles[m].publisher or m}", m)
                   for m in counted if m != cl.representative][:50]
        self.findings.append(Finding(
            rule="TRC003", article=cl.representative, location=locate(rep), related=related, cluster=cl.id,
            cluster_key=key, fingerprint=_fp("TRC003", key), value=float(len(counted)),
            message=f"cluster {cl.id} ({rep.title or cl.representative}) holds {len(counted)} articles "
                    f"(policy: at most {limit})"))

    def wire_credit(self, art: Article) -> None:
        if self.allowed(art.id):
            return
        own: set[str] = set()  # the publisher's own names: an agency's own story needs no credit line
        for n in filter(None, [art.publisher, *(c.agency or c.name for c in art.credits if c.role == "publisher")]):
            own |= org_names(n)
        for c in art.credits:
            if c.zone != "dateline" or c.role != "source" or not c.agency:
                continue
            agency = c.agency
            if self.policy.allows_agency(agency) or (org_names(agency) | org_names(c.name)) & own:
                continue
            keys = {fold(agency), fold(c.name)}
            elsewhere = [o for o in art.credits if o is not c and o.zone not in ("dateline", "body")
                         and o.role in ("source", "publisher", "contributor", "author")
                         and keys & {fold(o.name), fold(o.agency or "")}]
            if elsewhere:
                continue
            span = (c.start, c.end) if c.start is not None and c.end is not None else None
            self.findings.append(Finding(
                rule="TRC004", article=art.id, location=locate(art, span),
                fingerprint=_fp("TRC004", text_key(art.text), agency),
                message=f"{art.id} carries the {agency} dateline \"{c.evidence}\" but credits {agency} "
                        f"nowhere else"))
            return


def check(inputs: Iterable[str], policy: Policy | None = None, options: ReadOptions | None = None, *,
          db: str | None = None, baseline: dict[str, Any] | None = None,
          progress: Callable[..., None] | None = None) -> CheckResult:
    """Gate a corpus: every finding that breaks a policy, with its evidence and location.

    Raises `InputError` when no article at all could be read (nothing was checked).
    `progress(stage, done, total)` as for `tracer.dedup`, plus "lineage" for the checks.
    """
    from tracer.checks.baseline import apply_baseline

    pol = policy or Policy()
    inputs = input_list(inputs)  # paths, URLs, Articles or record dicts; a lone string is refused
    res = dedup(inputs, options, db=db, threshold=pol.threshold, keep_articles=True, progress=progress)
    if not res.ids:
        reason = "; ".join(f"{e.input}: {e.error}" for e in res.errors[:5]) or "no input"
        raise InputError(f"no article could be read ({reason})")
    articles = res.articles or _reread(inputs, options)
    checker = _Checker(pol, articles, res.clusters, res.matches)
    if progress:
        progress("lineage", 0, None)
    findings = checker.run()
    if progress:
        progress("lineage", len(checker.lineages), len(checker.lineages))
    if baseline is not None:
        apply_baseline(findings, baseline)
    multi = [c for c in res.clusters if len(c.members) > 1]
    total = sum(len(c.members) for c in res.clusters)
    stats = {"articles": total, "clusters": len(res.clusters), "copy_clusters": len(multi),
             "largest_cluster": max((len(c.members) for c in res.clusters), default=0),
             "duplicate_ratio": round(checker.redundant(multi) / total, 4) if total else 0.0,
             "undisclosed": sum(len(lin.undisclosed) for lin in checker.lineages.values()),
             "errors": len(res.errors), "findings": len(findings),
             "baselined": sum(1 for f in findings if f.baselined)}
    return CheckResult(policy=pol, findings=findings, errors=res.errors, stats=stats, clusters=res.clusters,
                       lineages=checker.lineages, articles=articles)


def _reread(inputs: Iterable[str], options: ReadOptions | None) -> dict[str, Article]:
    """Articles with credits, for a `tracer.dedup` that does not hand them back."""
    from tracer.api import credits

    return {a.id: a for a in credits(list(inputs), options) if isinstance(a, Article)}


__all__ = ["RULES", "Rule", "Finding", "CheckResult", "check", "text_key"]
