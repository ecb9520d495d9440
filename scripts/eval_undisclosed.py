"""Measure the `undisclosed` flag and the wire origin on the labelled corpora in ../shared/data.

Runs `tracer.report` (the library call behind `tracer report --format json`) on each
corpus (helsinki, census, spotify: `id,publisher,scrape_time,text`, paragraphs joined by
" ### ") and compares with gold derived from the hand labels:

* an article is a **true uncredited copy** when it sits in a copy cluster of two or more
  whose text comes from another publisher (a wire cluster, or an `other` cluster whose
  origin the members credit), its gold `agencies` and `authors` are both empty, and it is
  not that origin's own article;
* it is **not** one when it credits a source (agencies or authors), when the cluster is
  the publisher's own story (`own`), when it is the origin's own article, or when it is
  in no copy cluster;
* it is **unjudged** when the cluster's text is another outlet's but the labels do not
  say whose (an `other` cluster nobody credits) and the article credits nobody.

Per half of the fixed split (scripts/_split.py, key = corpus:cluster id, the story
family) it prints: flag precision over judged flags (and strict, counting unjudged flags
as wrong), recall on true uncredited copies, and whether the lineage origin of each wire
cluster is the wire (an `org:` node or an article of the agency).

    python scripts/eval_undisclosed.py [--data ../shared/data] [-v]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half  # noqa: E402

from tracer import report  # noqa: E402
from tracer.credits.gazetteer import default_gazetteer, fold  # noqa: E402
from tracer.lineage import ORG_PREFIX  # noqa: E402
from tracer.sources import ReadOptions  # noqa: E402

CORPORA = ("helsinki", "census", "spotify")


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).removeprefix("the "))


def is_outlet(publisher: str, name: str) -> bool:
    """Is `publisher` (a host such as cnn.com) the outlet called `name` (CNN)?"""
    host = squash(publisher.split("/")[0].rsplit(".", 1)[0])
    gaz = default_gazetteer()
    org = gaz.lookup(name)
    names = {name, *(org.names() if org else ())}
    return any(squash(n) and (squash(n) == host or squash(n).removesuffix("news") == host) for n in names)


def load(data: Path, corpus: str) -> tuple[dict, dict]:
    clusters = {r["id"]: r for r in map(json.loads, open(data / f"corpora/{corpus}_clusters.jsonl"))}
    credits = {r["id"]: r for r in map(json.loads, open(data / f"corpora/{corpus}_credits.jsonl"))}
    return clusters, credits


def gold_labels(clusters: dict, credits: dict) -> tuple[dict[str, str], dict[str, str]]:
    """(label per article: pos / neg / unjudged, wire agency per wire cluster id)."""
    members: dict[str, list[str]] = defaultdict(list)
    for aid, r in clusters.items():
        members[r["cluster"]].append(aid)
    gaz = default_gazetteer()
    label: dict[str, str] = {}
    wire: dict[str, str] = {}
    for cid, ids in members.items():
        hints = Counter(clusters[i]["source_hint"] for i in ids)
        hint = hints.most_common(1)[0][0]
        if len(ids) < 2 or hint == "own":
            for i in ids:
                label[i] = "neg"
            continue
        if hint == "other":
            named = Counter(a for i in ids for a in credits.get(i, {}).get("agencies", []))
            origin = named.most_common(1)[0][0] if named else None
        else:
            origin = hint
            org = gaz.lookup(hint)
            if org is not None and org.is_wire:
                wire[cid] = hint
        for i in ids:
            cr = credits.get(i, {})
            pub = clusters[i]["publisher"]
            if cr.get("agencies") or cr.get("authors"):
                label[i] = "neg"
            elif origin is not None and is_outlet(pub, origin):
                label[i] = "neg"
            elif origin is None:
                pubs = {clusters[j]["publisher"] for j in ids}
                label[i] = "neg" if len(pubs) == 1 else "unjudged"
            else:
                label[i] = "pos"
    return label, wire


def origin_is(origin: str | None, agency: str, arts: dict) -> bool:
    if not origin:
        return False
    gaz = default_gazetteer()
    want = gaz.lookup(agency)
    if origin.startswith(ORG_PREFIX):
        got = gaz.lookup(origin[len(ORG_PREFIX):])
        return got is not None and want is not None and got.short == want.short
    art = arts.get(origin)
    return art is not None and is_outlet(art.publisher or "", agency)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / "../shared/data"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong or unjudged flag and miss")
    ap.add_argument("--show-half", type=int, default=0, help="which half -v lists (default 0: the tuned half)")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "corpora").is_dir():
        print(f"no data at {data}", file=sys.stderr)
        sys.exit(0)
    csv.field_size_limit(10**8)
    opts = ReadOptions(paragraph_sep=" ### ", date_field="scrape_time")
    tally = {h: Counter() for h in (0, 1)}
    kinds = {h: Counter() for h in (0, 1)}
    lines: list[str] = []
    for corpus in CORPORA:
        clusters, credits = load(data, corpus)
        label, wire = gold_labels(clusters, credits)
        rep = report([str(data / f"corpora/{corpus}_articles.csv")], opts)
        flagged: set[str] = set()
        relation: dict[str, str] = {}
        for s in rep.stories:
            flagged.update(s.lineage.undisclosed)
            for d in s.lineage.disclosure:
                if d.id in clusters:
                    kinds[half(f"{corpus}:{clusters[d.id]['cluster']}")][d.relation] += 1
                    if d.partial and d.relation == "undisclosed":
                        kinds[half(f"{corpus}:{clusters[d.id]['cluster']}")]["undisclosed (of them partial copies)"] += 1
                relation[d.id] = (f"{d.relation} (share {d.share:.2f}, confidence {d.confidence:.2f}): "
                                  f"{d.evidence[-1] if d.evidence else ''}")[:200]
        for aid, lab in label.items():
            h = half(f"{corpus}:{clusters[aid]['cluster']}")
            t = tally[h]
            if aid in flagged:
                t[f"flag_{lab}"] += 1
                lines.append(f"  half {h} {corpus} flag {lab:8} {aid} {clusters[aid]['publisher']} "
                             f"({clusters[aid]['cluster']}, {clusters[aid]['source_hint']}) {relation.get(aid)}")
            if lab == "pos":
                t["pos"] += 1
                if aid not in flagged:
                    lines.append(f"  half {h} {corpus} miss          {aid} {clusters[aid]['publisher']} "
                                 f"({clusters[aid]['cluster']}): {relation.get(aid, 'no decision')}")
        for cid, agency in wire.items():
            ids = [i for i, r in clusters.items() if r["cluster"] == cid]
            h = half(f"{corpus}:{cid}")
            best = max(rep.stories, key=lambda s: len(set(s.articles) & set(ids)), default=None)
            tally[h]["wire"] += 1
            if best is not None and set(best.articles) & set(ids):
                ok = origin_is(best.lineage.origin, agency, best.articles)
                tally[h]["wire_ok"] += ok
                if not ok:
                    lines.append(f"  half {h} {corpus} wire origin {cid} ({agency}): {best.lineage.origin}")
            else:
                lines.append(f"  half {h} {corpus} wire cluster {cid} ({agency}) found no story")
    print("half  flags  right  wrong  unjudged  precision  strict  uncredited  found  recall  wire  origin-ok")
    for h, t in tally.items():
        flags = t["flag_pos"] + t["flag_neg"] + t["flag_unjudged"]
        judged = t["flag_pos"] + t["flag_neg"]
        prec = t["flag_pos"] / judged if judged else float("nan")
        strict = t["flag_pos"] / flags if flags else float("nan")
        rec = t["flag_pos"] / t["pos"] if t["pos"] else float("nan")
        wok = t["wire_ok"] / t["wire"] if t["wire"] else float("nan")
        print(f"{h:>4}  {flags:5}  {t['flag_pos']:5}  {t['flag_neg']:5}  {t['flag_unjudged']:8}  {prec:9.3f}  "
              f"{strict:6.3f}  {t['pos']:10}  {t['flag_pos']:5}  {rec:6.3f}  {t['wire']:4}  {wok:9.3f}")
    for h, k in kinds.items():
        print(f"half {h} decisions: " + ", ".join(f"{r} {n}" for r, n in sorted(k.items())))
    if args.verbose:
        print("\n".join(sorted(x for x in lines if x.startswith(f"  half {args.show_half}"))))


if __name__ == "__main__":
    main()
