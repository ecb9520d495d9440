"""W3C PROV-JSON of a lineage (the `prov` package), plus schema.org `isBasedOn` snippets.

Mapping: every article is a `prov:Entity` attributed (`wasAttributedTo`) to its
publisher, a `prov:Agent`; an organisation credited but absent from the corpus is an
agent too, with an entity standing for its (unseen) original report. Text edges become
`wasDerivedFrom` (partial, translation) or `wasQuotedFrom` (verbatim); every copy
`hadPrimarySource` the origin. Edge kind, confidence and evidence ride along as
`tracer:` attributes, and each copy carries its schema.org snippet as a JSON string,
so the document stays plain PROV-JSON that any PROV reader loads.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from prov.constants import PROV, PROV_TYPE
from prov.model import ProvDocument

from tracer.model import ORG_PREFIX
from tracer.reports.story import Story

NS_TRACER = "https://github.com/tracer-news/tracer/ns#"
NS_ARTICLE = "urn:tracer:article:"
NS_ORG = "urn:tracer:org:"
NS_SCHEMA = "https://schema.org/"


def _local(s: str) -> str:
    return quote(s, safe="")


def _art(nid: str) -> str:
    return "article:" + _local(nid)


def _org(name: str) -> str:
    return "org:" + _local(name)


def _org_story(name: str) -> str:
    return "article:" + _local(ORG_PREFIX + name)


def schema_org_snippet(story: Story, copy: str, source: str) -> dict[str, Any]:
    """The schema.org JSON-LD a newsroom CMS can embed in `copy` to credit `source`."""
    art = story.articles.get(copy)
    based: dict[str, Any] = {"@type": "NewsArticle"}
    if source.startswith(ORG_PREFIX):
        based["publisher"] = {"@type": "NewsMediaOrganization", "name": source[len(ORG_PREFIX):]}
    else:
        src = story.articles[source]
        based.update({k: v for k, v in (("url", src.url), ("headline", src.title), ("datePublished", src.date))
                      if v})
        if src.publisher:
            based["publisher"] = {"@type": "NewsMediaOrganization", "name": src.publisher}
        based.setdefault("identifier", source)
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if art is not None:
        out.update({k: v for k, v in (("url", art.url), ("headline", art.title)) if v})
        out.setdefault("identifier", copy)
    out["isBasedOn"] = based
    return out


def prov_document(stories: list[Story]) -> ProvDocument:
    """One PROV document for all stories."""
    doc = ProvDocument()
    doc.add_namespace("tracer", NS_TRACER)
    doc.add_namespace("article", NS_ARTICLE)
    doc.add_namespace("org", NS_ORG)
    schema = doc.add_namespace("schema", NS_SCHEMA)
    news = schema["NewsArticle"]
    entities: set[str] = set()
    agents: set[str] = set()

    def agent(name: str) -> str:
        qn = _org(name)
        if qn not in agents:
            agents.add(qn)
            doc.agent(qn, {PROV_TYPE: PROV["Organization"], "prov:label": name})
        return qn

    for s in stories:
        for nid in sorted(s.articles):
            art = s.articles[nid]
            qn = _art(nid)
            if qn in entities:
                continue
            entities.add(qn)
            attrs: dict[str, Any] = {PROV_TYPE: news, "tracer:id": nid}
            for k, v in (("prov:label", art.title), ("schema:url", art.url), ("schema:datePublished", art.date),
                         ("tracer:chain", " <- ".join(art.chain) if art.chain else None)):
                if v:
                    attrs[k] = v
            doc.entity(qn, attrs)
            if art.publisher:
                doc.wasAttributedTo(qn, agent(art.publisher))
        for n in s.lineage.nodes:
            if n["type"] == "organization":
                name = n["name"]
                qn = _org_story(name)
                if qn not in entities:
                    entities.add(qn)
                    doc.entity(qn, {"prov:label": f"original report by {name} (not in the corpus)",
                                    PROV_TYPE: news, "tracer:inCorpus": False})
                    doc.wasAttributedTo(qn, agent(name))

        def ent(nid: str) -> str:
            return _org_story(nid[len(ORG_PREFIX):]) if nid.startswith(ORG_PREFIX) else _art(nid)

        for e in s.lineage.edges:
            attrs = {"tracer:kind": e.kind, "tracer:confidence": round(e.confidence, 3),
                     "tracer:evidence": " | ".join(e.evidence)}
            if e.conflicts:
                attrs["tracer:conflicts"] = " | ".join(e.conflicts)
            if e.containment is not None:
                attrs["tracer:containment"] = round(e.containment, 4)
            if e.kind == "verbatim":
                doc.wasQuotedFrom(ent(e.to), ent(e.from_), other_attributes=attrs)
            else:
                doc.wasDerivedFrom(ent(e.to), ent(e.from_), other_attributes=attrs)
        origin = s.lineage.origin
        if origin is not None:
            reached = _descendants(s, origin)
            for nid in sorted(reached):
                doc.hadPrimarySource(ent(nid), ent(origin), other_attributes={
                    "tracer:confidence": round(s.lineage.origin_confidence or 0.5, 3)})
        parents: dict[str, str] = {}
        for e in s.lineage.edges:
            parents.setdefault(e.to, e.from_)
        for copy, src in sorted(parents.items()):
            if copy in s.articles:
                doc.get_record(_art(copy))[0].add_attributes(
                    {"tracer:schemaOrg": json.dumps(schema_org_snippet(s, copy, src), ensure_ascii=False),
                     "tracer:undisclosed": copy in s.lineage.undisclosed,
                     "tracer:disclosure": getattr(s.disclosure(copy), "relation", "none")})
    return doc


def _descendants(story: Story, root: str) -> set[str]:
    kids: dict[str, list[str]] = {}
    for e in story.lineage.edges:
        kids.setdefault(e.from_, []).append(e.to)
    seen: set[str] = set()
    todo = [root]
    while todo:
        for k in kids.get(todo.pop(), []):
            if k not in seen and k != root:
                seen.add(k)
                todo.append(k)
    return seen


def prov_json(stories: list[Story]) -> str:
    """PROV-JSON text of the stories."""
    return prov_document(stories).serialize(format="json", indent=2)


def schema_org_snippets(story: Story) -> list[dict[str, Any]]:
    """One schema.org `isBasedOn` snippet per copy of the story (its nearest source)."""
    parents: dict[str, str] = {}
    for e in story.lineage.edges:
        parents.setdefault(e.to, e.from_)
    return [schema_org_snippet(story, c, p) for c, p in sorted(parents.items()) if c in story.articles]
