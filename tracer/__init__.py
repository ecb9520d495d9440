"""tracer: where a news story's text came from — credits, copies and lineage.

The public API; everything the `tracer` command does is one of these calls.

Names are imported on first use (PEP 562), so `tracer dedup` does not pay for the
report, fetch and check machinery it never touches.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {  # public name -> (module, attribute)
    **{n: ("tracer.api", n) for n in ("DedupResult", "TraceResult", "credits", "dedup", "report", "trace")},
    **{n: ("tracer.inputs", n) for n in ("Input",)},
    "signatures": ("tracer.lean_minhash", "signatures"),
    **{n: ("tracer.checks", n) for n in ("CheckResult", "Policy", "check")},
    **{n: ("tracer.compare", n) for n in ("Comparison", "compare", "compare_pairs")},
    **{n: ("tracer.credits", n) for n in ("attach_credits", "credit_chain", "parse_credits")},
    "translation_matches": ("tracer.crosslingual", "translation_matches"),
    **{n: ("tracer.discovery", n) for n in ("Candidate", "discover")},
    **{n: ("tracer.keep", n) for n in ("Deduplicated", "choose_kept", "deduplicate")},
    **{n: ("tracer.errors", n) for n in ("FetchError", "InputError", "StoreError", "TracerError")},
    **{n: ("tracer.extract", n) for n in ("extract_html", "extract_text")},
    **{n: ("tracer.feeds", n) for n in ("FeedsResult", "emit_stories", "group_stories")},
    "FeedStory": ("tracer.feeds", "Story"),
    **{n: ("tracer.fingerprint", n) for n in ("FingerprintParams", "fingerprint")},
    "detect_language": ("tracer.lang", "detect"),
    "build_lineage": ("tracer.lineage", "build_lineage"),
    **{n: ("tracer.model", n) for n in ("Article", "Cluster", "Credit", "Edge", "ItemError", "Lineage", "Match",
                                        "Passage")},
    "CorpusReport": ("tracer.reports.story", "CorpusReport"),
    "ReportStory": ("tracer.reports.story", "Story"),
    **{n: ("tracer.sources", n) for n in ("ReadOptions", "read_inputs", "FetchConfig", "FetchResult",
                                          "fetch_urls")},
    "Store": ("tracer.store", "Store"),
    **{n: ("tracer.store_care", n) for n in ("check_store", "export_store", "store_info", "vacuum_store")},
}

__all__ = sorted(_LAZY)


# Public functions that share their name with a subpackage or module of tracer (the
# `tracer.credits` parser package, the `tracer.compare` and `tracer.fingerprint` modules). Importing such a submodule
# makes Python bind it on the package (`setattr(tracer, "credits", <module>)`), which would
# replace the function: after `tracer.dedup(...)`, `tracer.credits(...)` raised "'module'
# object is not callable". The package refuses that one binding, so the name always
# resolves to the function; the submodules stay importable by their full name
# (`from tracer.credits.parser import …`, `importlib.import_module("tracer.compare")`).
_HERE = os.path.dirname(__file__)
_FUNCTION_NAMES_OVER_MODULES = frozenset(n for n in _LAZY if os.path.isdir(os.path.join(_HERE, n))
                                         or os.path.isfile(os.path.join(_HERE, n + ".py")))


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTION_NAMES_OVER_MODULES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'tracer' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value  # once loaded, a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # what type checkers and IDEs see
    from tracer.api import DedupResult, TraceResult, credits, dedup, report, trace  # noqa: F401
    from tracer.checks import CheckResult, Policy, check  # noqa: F401
    from tracer.compare import Comparison, compare, compare_pairs  # noqa: F401
    from tracer.credits import attach_credits, credit_chain, parse_credits  # noqa: F401
    from tracer.crosslingual import translation_matches  # noqa: F401
    from tracer.discovery import Candidate, discover  # noqa: F401
    from tracer.errors import FetchError, InputError, StoreError, TracerError  # noqa: F401
    from tracer.extract import extract_html, extract_text  # noqa: F401
    from tracer.feeds import FeedsResult, emit_stories, group_stories  # noqa: F401
    from tracer.feeds import Story as FeedStory  # noqa: F401
    from tracer.fingerprint import FingerprintParams, fingerprint  # noqa: F401
    from tracer.inputs import Input  # noqa: F401
    from tracer.keep import Deduplicated, choose_kept, deduplicate  # noqa: F401
    from tracer.lang import detect as detect_language  # noqa: F401
    from tracer.lean_minhash import signatures  # noqa: F401
    from tracer.lineage import build_lineage  # noqa: F401
    from tracer.model import Article, Cluster, Credit, Edge, ItemError, Lineage, Match, Passage  # noqa: F401
    from tracer.reports.story import CorpusReport  # noqa: F401
    from tracer.reports.story import Story as ReportStory  # noqa: F401
    from tracer.sources import FetchConfig, FetchResult, ReadOptions, fetch_urls, read_inputs  # noqa: F401
    from tracer.store import Store  # noqa: F401
    from tracer.store_care import check_store, export_store, store_info, vacuum_store  # noqa: F401
