"""Reports: the same results for people (text), machines (json) and documents (md, html, prov)."""

from __future__ import annotations

from typing import Any

from tracer.reports.html import html
from tracer.reports.json import credits_json, dedup_jsonl, dumps, trace_json
from tracer.reports.markdown import markdown, mermaid
from tracer.reports.story import CorpusReport, Story
from tracer.reports.text import corpus_text, credits_text, dedup_text, story_text, trace_text

DOCUMENT_FORMATS = ("md", "html", "prov")
_PROV = ("prov_document", "prov_json", "schema_org_snippets")


def __getattr__(name: str) -> Any:
    """The PROV renderers (the `prov` package is slow to import), loaded on first use."""
    if name in _PROV:
        from tracer.reports import prov

        return getattr(prov, name)
    raise AttributeError(f"module 'tracer.reports' has no attribute {name!r}")


def render_document(stories: list[Story], fmt: str, title: str = "tracer lineage report",
                    summary: str | None = None) -> str:
    """The `md`, `html` or `prov` report of some stories, as one string."""
    if fmt == "md":
        return markdown(stories, title, summary)
    if fmt == "html":
        return html(stories, title, summary)
    if fmt == "prov":
        from tracer.reports.prov import prov_json

        return prov_json(stories)
    raise ValueError(f"unknown document format {fmt!r}; use one of {', '.join(DOCUMENT_FORMATS)}")


def corpus_json(report: CorpusReport) -> str:
    return dumps(report.to_dict())


__all__ = ["CorpusReport", "DOCUMENT_FORMATS", "Story", "corpus_json", "corpus_text", "credits_json",
           "credits_text", "dedup_jsonl", "dedup_text", "html", "markdown", "mermaid", "prov_document",
           "prov_json", "render_document", "schema_org_snippets", "story_text", "trace_json", "trace_text"]
