#!/usr/bin/env python3
"""Credits on the real labelled data in ../shared/data, per half of the fixed publisher split.

    python scripts/eval_credits.py [--data ../shared/data] [--sets corpora,pages,fundus] [-v HALF]

Scores the way `shared/tools/score.py credits pages fundus` does, but splits every set by
publisher with `scripts/_split.py` (`half(publisher_key(...))`): half 0 is tuned on, half 1
is held back, and both are printed. On the two page sets it also scores trafilatura's own
author field on the same pages (its value split at ';', ',' and 'and'), since the pages goal
is to beat the extractor. `-v 0` prints the misses of half 0 (never look at half 1's).

Reads the data in place and copies nothing of it; exits 0 with a note when it is absent.
Extracted pages are cached in a temporary folder keyed by the extractor's source (extract.py and
author_markup.py, source_markup.py, forum_markup.py), so a rerun after a change to the credits parser
only re-reads the credits.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import pickle
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half, publisher_key  # noqa: E402

from tracer import extract as _extract  # noqa: E402
from tracer.api import credits as run_credits  # noqa: E402
from tracer.credits import attach_credits  # noqa: E402
from tracer.extract import extract_html  # noqa: E402
from tracer.sources import ReadOptions  # noqa: E402

ALIASES = {
    "associated press": "ap", "ap news": "ap", "reuters news": "reuters", "thomson reuters": "reuters",
    "agence france presse": "afp", "bloomberg news": "bloomberg", "voice of america": "voa",
    "voa news": "voa", "zeri i amerikes": "voa", "cnn wire": "cnn", "usatoday": "usa today",
    "cbs": "cbs news", "nbc": "nbc news", "abc": "abc news", "deutsche presse agentur": "dpa",
}
csv.field_size_limit(10**9)


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().casefold()
    s = " ".join(w for w in "".join(c if c.isalnum() else " " for c in s).split() if w != "the")
    return ALIASES.get(s, s)


def fnorm(s: str | None) -> str:
    return norm(s) or "".join(c for c in unicodedata.normalize("NFKC", s or "").casefold() if c.isalnum())


class Tally:
    """tp/fp/fn per (set, key, half)."""

    def __init__(self) -> None:
        self.t: dict[tuple[str, str, int], list[int]] = {}

    def add(self, name: str, key: str, h: int, got: set[str], want: set[str]) -> None:
        t = self.t.setdefault((name, key, h), [0, 0, 0])
        t[0] += len(got & want)
        t[1] += len(got - want)
        t[2] += len(want - got)

    def print(self) -> None:
        for (name, key, h), (tp, fp, fn) in sorted(self.t.items()):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name:22s} {key:8s} half {h}  P={p:.3f} R={r:.3f} F1={f:.3f}  (tp {tp} fp {fp} fn {fn})")


def scored_names(credits, norm_fn, own: set[str] = frozenset()) -> tuple[set[str], set[str]]:  # noqa: ANN001
    """(persons, organisations) a set of credits names, as the gold counts them: persons credited as
    author or contributor; organisations as source, contributor or author, except the site's `own` names."""
    persons: set[str] = set()
    orgs: set[str] = set()
    for c in credits:
        n = norm_fn(c.agency or c.name)
        if c.kind == "person" and c.role in ("author", "contributor"):
            persons.add(n)
        elif (c.kind == "organization" and c.role in ("source", "contributor", "author")
              and n not in own and n.replace(" ", "") not in own):
            orgs.add(n)
    return persons, orgs


def corpora(data: Path, tally: Tally, show: int | None) -> None:
    opts = ReadOptions(paragraph_sep=" ### ", date_field="scrape_time")
    for name in ("census", "spotify", "helsinki"):
        path = data / "corpora" / f"{name}_articles.csv"
        if not path.exists():
            continue
        gold = {g["id"]: g for g in map(json.loads, open(data / "corpora" / f"{name}_credits.jsonl"))}
        rows = {a.id: a for a in run_credits([str(path)], opts) if hasattr(a, "credits")}
        for i, g in gold.items():
            h = half(publisher_key(g["publisher"]))
            pub = norm(g["publisher"].split(".")[0])
            people, orgs = scored_names(rows[i].credits if i in rows else [], norm, {pub})
            for key, got, want in (("org", orgs, {norm(x) for x in g["agencies"]}),
                                   ("author", people, {norm(x) for x in g["authors"]})):
                tally.add(name, key, h, got, want)
                tally.add("articles(all)", key, h, got, want)
                if show == h and got != want:
                    print(f"  {name} {i} {g['publisher']} {key}: got {sorted(got)} want {sorted(want)}")


def _cache_dir() -> Path:
    # the extractor and the markup modules it reads (author_markup.py, source_markup.py, forum_markup.py) key the cache
    here = Path(_extract.__file__).parent
    src = b"".join((here / f).read_bytes() for f in ("extract.py", "author_markup.py", "source_markup.py",
                                                     "forum_markup.py"))
    d = Path(tempfile.gettempdir()) / f"tracer-eval-{hashlib.sha1(src).hexdigest()[:10]}"
    d.mkdir(exist_ok=True)
    return d


def _page(path: Path, id: str):  # noqa: ANN202
    cache = _cache_dir() / (hashlib.sha1(str(path).encode()).hexdigest() + ".pkl")
    if cache.exists():
        art = pickle.loads(cache.read_bytes())
    else:
        data = path.read_bytes()
        art = extract_html(gzip.decompress(data) if path.suffix == ".gz" else data, id=id, url=None)
        cache.write_bytes(pickle.dumps(art))
    return attach_credits(art)


def _traf_names(art) -> set[str]:  # noqa: ANN001
    val = art.signals.get("trafilatura_author") if art.signals else None
    if not isinstance(val, str):
        return set()
    return {fnorm(x) for x in re.split(r"\s*(?:;|,|\band\b|\bund\b|&)\s*", val) if fnorm(x)}


def pages(data: Path, tally: Tally, show: int | None) -> None:
    root = data / "pages" / "trafilatura-eval"
    if not root.is_dir():
        return
    gold = [json.loads(x) for x in open(root / "authors_gold.jsonl", encoding="utf-8")]
    for g in (g for g in gold if g.get("note") != "skip"):
        h = half(publisher_key(g.get("url") or g["file"]))
        art = _page(root / "html" / g["file"], g["file"])
        persons, orgs = scored_names(art.credits, norm)
        got = {"persons": persons, "orgs": orgs}
        want = {k: {norm(x) for x in g[k]} for k in ("persons", "orgs")}
        for k in ("persons", "orgs"):
            tally.add("pages", k, h, got[k], want[k])
            if show == h and got[k] != want[k]:
                print(f"  pages {g['file']} {k}: got {sorted(got[k])} want {sorted(want[k])}")
        tally.add("pages", "all", h, got["persons"] | got["orgs"], want["persons"] | want["orgs"])
        tally.add("pages-trafilatura", "all", h, _traf_names(art), want["persons"] | want["orgs"])


def fundus(data: Path, tally: Tally, show: int | None) -> None:
    root = data / "pages" / "fundus"
    if not root.is_dir():
        return
    gold = [json.loads(x) for x in open(root / "authors_gold.jsonl", encoding="utf-8")]
    for g in (g for g in gold if not g.get("skip")):
        h = half(publisher_key(g["publisher"]))
        art = _page(root / g["file"], Path(g["file"]).name)
        own = {fnorm(x) for x in g.get("publisher_names") or [g["publisher"]]}
        own |= {x.replace(" ", "") for x in own}
        persons, orgs = scored_names(art.credits, fnorm, own)
        got = {"persons": persons, "orgs": orgs}
        want = {"persons": {fnorm(x) for x in g["persons"]}, "orgs": {fnorm(x) for x in g["organizations"]}}
        for k in ("persons", "orgs"):
            tally.add("fundus", k, h, got[k], want[k])
            if show == h and got[k] != want[k]:
                print(f"  fundus {g['file']} {k}: got {sorted(got[k])} want {sorted(want[k])}")
        all_want = want["persons"] | want["orgs"]
        tally.add("fundus", "all", h, got["persons"] | got["orgs"], all_want)
        traf = {n for n in _traf_names(art) if n not in own and n.replace(" ", "") not in own}
        tally.add("fundus-trafilatura", "all", h, traf, all_want)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--sets", default="corpora,pages,fundus")
    ap.add_argument("-v", dest="show", type=int, choices=(0, 1), default=None,
                    help="print the misses of this half")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"no data at {args.data}: nothing to evaluate")
        return
    tally = Tally()
    sets = args.sets.split(",")
    for name, fn in (("corpora", corpora), ("pages", pages), ("fundus", fundus)):
        if name in sets:
            fn(args.data, tally, args.show)
    tally.print()


if __name__ == "__main__":
    main()
