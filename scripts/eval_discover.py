#!/usr/bin/env python3
"""What discovery would do on real data in ../shared/data (offline: no request is made).

    python scripts/eval_discover.py [--data ../shared/data]

* leads — on the hand-labelled corpora (census, spotify, helsinki): for each article whose
  gold credits name an outside agency, does discovery have a lead to that agency's outlet
  (its credit detected and the outlet known to the gazetteer)? And of the outlets it would
  read, how many are ones the article really credits (the others cost requests for
  nothing)? Split by publisher.
* ranking — on NTREX openings (professional translations of real English news into 19
  languages): each translation plays a republished page; the English originals of its
  language play the credited outlet's feed items (title + opening). Is the original ranked
  first, and within the best 4 (the candidates `trace --discover` fetches)? Split by source
  document.

Both halves of the fixed split (scripts/_split.py) are printed; nothing here was tuned.
Reads the data in place and copies nothing of it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _split import half, publisher_key  # noqa: E402

from tracer import Article, attach_credits  # noqa: E402
from tracer.credits.gazetteer import default_gazetteer  # noqa: E402
from tracer.discovery import OUTLET_FEED, Candidate, credited_outlets, load_outlets, outlet_for, rank  # noqa: E402


def leads(data: Path) -> None:
    outlets, gaz = load_outlets(), default_gazetteer()
    stats: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    csv.field_size_limit(10**8)
    for name in ("census", "spotify", "helsinki"):
        arts = data / "corpora" / f"{name}_articles.csv"
        gold_file = data / "corpora" / f"{name}_credits.jsonl"
        if not arts.exists() or not gold_file.exists():
            continue
        gold = {str(g["id"]): g for g in map(json.loads, gold_file.read_text("utf-8").splitlines()) if g}
        with arts.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                g = gold.get(str(row["id"]))
                if g is None:
                    continue
                pub = row.get("publisher") or ""
                art = Article(id=row["id"], text=(row.get("text") or "").replace(" ### ", "\n"), publisher=pub,
                              url=f"https://{pub.split('/')[0]}/")
                attach_credits(art)
                want = set()
                for a in g.get("agencies", []):
                    o = outlet_for(a, outlets, gaz)
                    if o is not None:
                        want.add(o.name)
                got = {o.name for _n, o in credited_outlets(art, outlets, gaz)}
                s = stats[half(publisher_key(pub))]
                s["articles"] += 1
                if g.get("agencies"):
                    s["credited"] += 1
                    s["credited_known"] += bool(want)
                    s["lead"] += bool(want & got)
                s["outlets_read"] += len(got)
                s["outlets_right"] += len(got & want)
    print("leads (corpora, by publisher half): credited articles with a lead to the credited outlet; "
          "outlets read that the article credits")
    for h in (0, 1):
        s = stats[h]
        rec = s["lead"] / s["credited"] if s["credited"] else 0.0
        prec = s["outlets_right"] / s["outlets_read"] if s["outlets_read"] else 0.0
        print(f"  half {h}: {s['articles']} articles, {s['credited']} credit an agency "
              f"({s['credited_known']} with a known outlet); lead recall {s['lead']}/{s['credited']} = {rec:.3f}; "
              f"outlets read {s['outlets_read']}, right {s['outlets_right']} = {prec:.3f}")


def ranking(data: Path, per_lang: int | None) -> None:
    path = data / "ntrex" / "pairs.jsonl"
    if not path.exists():
        return
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("kind") == "opening" and r.get("label") == 1:
            by_lang[r["b_lang"]].append(r)
    hits: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    pool = 0
    for _lang, pairs in sorted(by_lang.items()):
        feed = {}
        for r in pairs:
            title, _, rest = r["a"].partition("\n")
            feed[r["doc_a"]] = Candidate(url=r["doc_a"], how=OUTLET_FEED, title=title, summary=rest[:600])
        pool += len(feed)
        for r in pairs[:per_lang]:
            title, _, rest = r["b"].partition("\n")
            target = Article(id=r["id"], text=rest, title=title, lang=r["b_lang"])
            cands = [Candidate(c.url, c.how, title=c.title, summary=c.summary) for c in feed.values()]
            order = [c.url for c in rank(target, cands)]
            h = hits[half(r["doc_a"])]
            h[0] += 1
            h[1] += order[:1] == [r["doc_a"]]
            h[2] += r["doc_a"] in order[:4]
    print("ranking (NTREX openings, translation against its language's originals, by source-document half)")
    for h in (0, 1):
        n, top1, top4 = hits[h]
        print(f"  half {h}: {n} translations, {pool / max(len(by_lang), 1):.0f} feed items per language; "
              f"original first {top1}/{n} = {top1 / max(n, 1):.3f}; in the best 4 {top4}/{n} = {top4 / max(n, 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    ap.add_argument("--per-lang", type=int, default=None, help="at most this many translations per language")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}; nothing to evaluate")
        return
    leads(args.data)
    ranking(args.data, args.per_lang)


if __name__ == "__main__":
    main()
