"""Checks a command makes before it reads a corpus, reported as one warning line each."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from tracer.mapping import check_mapping
from tracer.sources import ReadOptions


def warn_mapping(inputs: Iterable[str], opts: ReadOptions) -> int:
    """Print `tracer: warning: INPUT: …` for each field-mapping problem; returns how many."""
    found = check_mapping(list(inputs), opts)
    for inp, msg in found:
        print(f"tracer: warning: {inp}: {msg}", file=sys.stderr, flush=True)
    return len(found)
