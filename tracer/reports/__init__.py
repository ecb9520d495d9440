"""Reports: the same results for people (text), machines (json) and documents."""

from tracer.reports.json import credits_json, dedup_jsonl, trace_json
from tracer.reports.text import credits_text, dedup_text, trace_text

__all__ = ["credits_json", "dedup_jsonl", "trace_json", "credits_text", "dedup_text", "trace_text"]
