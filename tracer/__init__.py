"""tracer: where a news story's text came from — credits, copies and lineage.

The public API; everything the `tracer` command does is one of these calls.
"""

from tracer.api import DedupResult, TraceResult, credits, dedup, trace
from tracer.credits import attach_credits, credit_chain, parse_credits
from tracer.errors import FetchError, InputError, StoreError, TracerError
from tracer.extract import extract_html, extract_text
from tracer.fingerprint import FingerprintParams, fingerprint
from tracer.lineage import build_lineage
from tracer.model import Article, Cluster, Credit, Edge, ItemError, Lineage, Match, Passage
from tracer.sources import ReadOptions, read_inputs
from tracer.store import Store
from tracer.store_care import check_store, export_store, store_info, vacuum_store

__version__ = "0.1.0"

__all__ = [
    "Article", "Cluster", "Credit", "DedupResult", "Edge", "FetchError", "FingerprintParams", "InputError",
    "ItemError", "Lineage", "Match", "Passage", "ReadOptions", "Store", "StoreError", "TraceResult",
    "TracerError", "attach_credits", "build_lineage", "credit_chain", "credits", "dedup", "extract_html",
    "extract_text", "fingerprint", "parse_credits", "read_inputs", "trace",
    "check_store", "export_store", "store_info", "vacuum_store",
]
