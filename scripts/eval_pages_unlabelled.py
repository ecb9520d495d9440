#!/usr/bin/env python3
"""Precision of page credits where no author gold exists: the persons tracer credits on the
unlabelled pages of ../shared/data/pages/scrapinghub-aeb, per half of the fixed publisher split.

    python scripts/eval_pages_unlabelled.py [--data ../shared/data] [-v HALF]

Without gold nothing can be scored, so this counts what a reader would flag at a glance: a
"person" that is one word, that does not read as a person's name, or that is the site's own
name (its host or og:site_name). Those are suspects, not proven errors (a blog may sign with a
first name); the count going down while the persons credited stay is the signal. `-v 0`
lists every credited person of half 0 with its suspicion (never look at half 1's).

Reads the data in place and copies nothing of it; exits 0 with a note when it is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half, publisher_key  # noqa: E402

from tracer.credits import attach_credits  # noqa: E402
from tracer.credits.names import is_person  # noqa: E402
from tracer.credits.vote import own_keys  # noqa: E402
from tracer.extract import extract_html  # noqa: E402


def suspicion(name: str, own: set[str]) -> str:
    """Why a credited person looks like no person ('' when it reads as one)."""
    key = "".join(c for c in name.casefold() if c.isalnum())
    if key in own or any(len(o) >= 5 and key.startswith(o) for o in own):
        return "site's name"
    if len(name.split()) == 1:
        return "one word"
    if not is_person(name):
        return "not a name"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("-v", dest="show", type=int, choices=(0, 1), default=None,
                    help="list the credited persons of this half")
    args = ap.parse_args()
    root = args.data / "pages" / "scrapinghub-aeb"
    if not (root / "ground-truth.json").is_file():
        print(f"no data at {root}: nothing to evaluate")
        return
    urls = {k: v.get("url") for k, v in json.loads((root / "ground-truth.json").read_text("utf-8")).items()}
    tally = {h: {"pages": 0, "with_person": 0, "persons": 0, "suspects": 0} for h in (0, 1)}
    for path in sorted((root / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        url = urls.get(key)
        h = half(publisher_key(url or key))
        try:
            art = attach_credits(extract_html(gzip.decompress(path.read_bytes()), id=key[:10], url=url))
        except Exception as exc:  # noqa: BLE001 - one bad page is one line, not the end of the run
            print(f"  {key[:10]}: error {exc}")
            continue
        own, hosts = own_keys(art)
        persons = sorted({c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")})
        t = tally[h]
        t["pages"] += 1
        t["with_person"] += bool(persons)
        t["persons"] += len(persons)
        flags = {p: suspicion(p, own | hosts) for p in persons}
        t["suspects"] += sum(bool(f) for f in flags.values())
        if args.show == h and persons:
            print(f"  {key[:10]} {url}: " + "; ".join(f"{p}{' [' + f + ']' if f else ''}" for p, f in flags.items()))
    for h, t in tally.items():
        print(f"aeb-unlabelled  half {h}  pages {t['pages']}  with a person {t['with_person']}  "
              f"persons {t['persons']}  suspects {t['suspects']}")


if __name__ == "__main__":
    main()
