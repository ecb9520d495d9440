#!/usr/bin/env python3
"""What tracer's credits parser finds on the real pages in ../shared/data/pages, when present.

    python scripts/eval_pages.py [--data ../shared/data] [-v]

* trafilatura-eval: persons and organisations credited, scored against the hand-split
  `authors_gold.jsonl` the same way `shared/tools/score.py pages` does.
* scrapinghub-aeb: wire datelines. The human-written article body in `ground-truth.json`
  opens with e.g. `WASHINGTON (AP) —` on wire copies; that agency is taken as a silver
  label and compared with the sources tracer reads from the raw page.

Reads the data in place and copies nothing of it. Exits 0 with a note when the data is
absent (users and CI of the project do not have it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

from tracer import attach_credits, extract_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_credits import scored_names  # noqa: E402  (one rule for what a credit names)

ALIASES = {"associated press": "ap", "agence france presse": "afp", "voice of america": "voa",
           "deutsche presse agentur": "dpa"}


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().casefold()
    s = " ".join(w for w in "".join(c if c.isalnum() else " " for c in s).split() if w != "the")
    return ALIASES.get(s, s)


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}"


def read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def trafilatura_eval(root: Path, verbose: bool) -> None:
    gold = [json.loads(x) for x in open(root / "authors_gold.jsonl", encoding="utf-8")]
    gold = [g for g in gold if g.get("note") != "skip"]
    tot = {"persons": [0, 0, 0], "orgs": [0, 0, 0]}
    for g in gold:
        art = attach_credits(extract_html(read(root / "html" / g["file"]), id=g["file"], url=None))
        persons, orgs = scored_names(art.credits, norm)
        got = {"persons": persons, "orgs": orgs}
        for key, t in tot.items():
            want = {norm(x) for x in g[key]}
            t[0] += len(got[key] & want)
            t[1] += len(got[key] - want)
            t[2] += len(want - got[key])
            if verbose and got[key] != want:
                print(f"  {g['file']} {key}: got {sorted(got[key])} want {sorted(want)}")
    for key, t in tot.items():
        print(f"trafilatura-eval {key:8s} {prf(*t)}  ({len(gold)} pages)")


_WIRE = re.compile(r"^[^\n]{0,60}?\((AP|Reuters|AFP|Bloomberg|CNN|UPI|dpa|EFE)\)")


def scrapinghub(root: Path, verbose: bool) -> None:
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    tp = fp = fn = 0
    for key, v in sorted(truth.items()):
        m = _WIRE.match((v.get("articleBody") or "").lstrip())
        want = {norm(m.group(1))} if m else set()
        page = root / "html" / f"{key}.html.gz"
        if not page.exists():
            continue
        art = attach_credits(extract_html(read(page), id=key, url=v.get("url")))
        # A dateline read as the publisher (Reuters' own page) still counts as read.
        got = {norm(c.agency or c.name) for c in art.credits
               if c.kind == "organization" and c.zone in ("dateline", "byline", "footer")
               and (c.role == "source" or (c.role == "publisher" and c.zone == "dateline"))}
        got &= {"ap", "reuters", "afp", "bloomberg", "cnn", "upi", "dpa", "efe"} | want
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if verbose and got != want:
            print(f"  {key[:16]} got {sorted(got)} want {sorted(want)}")
    print(f"scrapinghub-aeb wire sources {prf(tp, fp, fn)}  ({len(truth)} pages; silver labels from datelines)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    pages = args.data / "pages"
    if not pages.is_dir():
        print(f"no real pages at {pages}: nothing to evaluate")
        sys.exit(0)
    if (pages / "trafilatura-eval").is_dir():
        trafilatura_eval(pages / "trafilatura-eval", args.verbose)
    if (pages / "scrapinghub-aeb").is_dir():
        scrapinghub(pages / "scrapinghub-aeb", args.verbose)


if __name__ == "__main__":
    main()
