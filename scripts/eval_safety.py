#!/usr/bin/env python3
"""How often the safety rules of docs/security.md fire on real, benign data, per half.

    python scripts/eval_safety.py [--data ../shared/data]

The rules are meant for hostile input; on ordinary news they should almost never change
anything. For the real pages, feeds and corpora in ../shared/data this counts, per half
of the fixed split (key: the page's host or file, the feed file, the corpus publisher):

* pages nested past libxml2's 256 levels (parsed again), and pages declared UTF-8 whose
  bytes are not valid UTF-8 (the stray-byte rule decides their charset);
* feed item links the fetch policy would refuse before any lookup (literal private
  addresses, local names), and feeds flagged malformed;
* corpus records with invalid UTF-8, lone surrogates, or control characters a terminal
  report strips; CSV rows taken for an unterminated quote.

Reads the data in place and copies nothing. Exits 0 with a note when it is absent.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half, publisher_key  # noqa: E402

from tracer import Article, ItemError, ReadOptions, read_inputs  # noqa: E402
from tracer.extract import _signals  # noqa: E402
from tracer.sources.policy import FetchPolicy  # noqa: E402
from tracer.untrusted import terminal_safe  # noqa: E402

_META_UTF8 = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*utf-?8""", re.I)


def pages(root: Path, counts: list[Counter[str]]) -> None:
    for path in sorted(root.glob("pages/*/html/*")):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        c = counts[half(publisher_key(path.name.removesuffix(".gz").removesuffix(".html")))]
        c["pages"] += 1
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            if _META_UTF8.search(data[:8192]):
                c["pages declared UTF-8, not valid UTF-8"] += 1
        text = data.decode("utf-8", errors="replace")
        if _signals(text)[2]:
            c["pages nested past 256 levels"] += 1


def feeds(root: Path, counts: list[Counter[str]]) -> None:
    policy = FetchPolicy()
    for path in sorted((root / "feeds").glob("*")):
        if path.suffix not in (".rss", ".xml", ".atom"):
            continue
        c = counts[half(path.name)]
        c["feeds"] += 1
        for item in read_inputs([str(path)], ReadOptions(feed=True, progress=False)):
            if isinstance(item, ItemError):
                c["feeds flagged malformed" if "malformed feed" in item.error else "feed errors"] += 1
                continue
            c["feed items"] += 1
            if item.url and policy.refusal(item.url):
                c["feed item links refused"] += 1


def corpora(root: Path, counts: list[Counter[str]]) -> None:
    opts = ReadOptions(paragraph_sep=" ### ", date_field="scrape_time", progress=False)
    for path in sorted((root / "corpora").glob("*_articles.csv")):
        for item in read_inputs([str(path)], opts):
            if isinstance(item, ItemError):
                counts[0]["corpus errors"] += 1
                if "unterminated quote" in item.error:
                    counts[0]["CSV rows taken for an unterminated quote"] += 1
                continue
            assert isinstance(item, Article)
            c = counts[half(publisher_key(item.publisher or ""))]
            c["corpus records"] += 1
            if any("invalid UTF-8" in e.error for e in item.errors):
                c["records with invalid UTF-8"] += 1
            if "\ufffd" in item.text:
                c["records with U+FFFD"] += 1
            fields = " ".join(filter(None, (item.id, item.title, item.publisher, item.text)))
            if terminal_safe(fields) != fields:
                c["records with control characters (stripped on terminals)"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = ap.parse_args()
    root = Path(args.data)
    if not root.is_dir():
        print(f"no data at {root}; nothing to measure")
        return 0
    counts: list[Counter[str]] = [Counter(), Counter()]
    pages(root, counts)
    feeds(root, counts)
    corpora(root, counts)
    rules = ["pages nested past 256 levels", "pages declared UTF-8, not valid UTF-8", "feeds flagged malformed",
             "feed errors", "feed item links refused", "corpus errors", "CSV rows taken for an unterminated quote",
             "records with invalid UTF-8", "records with U+FFFD",
             "records with control characters (stripped on terminals)"]
    keys = sorted(set(counts[0]) | set(counts[1]) - set(rules)) + rules
    print(f"{'':58} {'half 0':>7} {'half 1':>7}")
    for k in keys:
        print(f"{k:58} {counts[0][k]:7d} {counts[1][k]:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
