"""tracer: where a news story's text came from — credits, copies and lineage.

The public API; everything the `tracer` command does is one of these calls.
"""

from tracer.api import DedupResult, TraceResult, credits, dedup, report, trace
from tracer.checks import CheckResult, Policy, check
from tracer.compare import Comparison, compare, compare_pairs
from tracer.credits import attach_credits, credit_chain, parse_credits
from tracer.crosslingual import translation_matches
from tracer.errors import FetchError, InputError, StoreError, TracerError
from tracer.extract import extract_html, extract_text
from tracer.feeds import FeedsResult, emit_stories, group_stories
from tracer.feeds import Story as FeedStory
from tracer.fingerprint import FingerprintParams, fingerprint
from tracer.lang import detect as detect_language
from tracer.lineage import build_lineage
from tracer.model import Article, Cluster, Credit, Edge, ItemError, Lineage, Match, Passage
from tracer.reports.story import CorpusReport
from tracer.reports.story import Story as ReportStory
from tracer.sources import ReadOptions, read_inputs
from tracer.store import Store
from tracer.store_care import check_store, export_store, store_info, vacuum_store

__version__ = "0.1.0"

__all__ = [
    "Article", "Cluster", "Credit", "DedupResult", "Edge", "FetchError", "FingerprintParams", "InputError",
    "ItemError", "Lineage", "Match", "Passage", "ReadOptions", "Store", "StoreError", "TraceResult",
    "TracerError", "attach_credits", "build_lineage", "credit_chain", "credits", "dedup", "extract_html",
    "extract_text", "fingerprint", "parse_credits", "read_inputs", "report", "trace",
    # tracer report
    "CorpusReport", "ReportStory",
    # tracer check / tracer feeds (the feeds() call itself is tracer.feeds.feeds)
    "CheckResult", "FeedStory", "FeedsResult", "Policy", "check", "emit_stories", "group_stories",
    # tracer compare / translated copies
    "Comparison", "compare", "compare_pairs", "detect_language", "translation_matches",
    # tracer db
    "check_store", "export_store", "store_info", "vacuum_store",
]

from tracer.sources import FetchConfig, FetchResult, fetch_urls  # noqa: E402  (issue 5: polite fetching)

__all__ += ["FetchConfig", "FetchResult", "fetch_urls"]
