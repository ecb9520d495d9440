"""The whole-corpus HTML report: bytes and seconds per 1,000 articles, and how fast it opens.

Size and time (the default): builds `tracer report --format html` on generated story
clusters at several corpus sizes (an original and edited copies, clusters of 2 to 40
articles, where every copy shares text with every other, the worst case for a report
that shows pairs), on the real corpora in ../shared/data/corpora when present, and on
the mix issue 20 was measured on (those articles, edited copies of them, and the SemEval
texts), and
prints bytes and seconds per 1,000 articles next to the time `dedup` takes on the same
corpus in the same run. Floors (issue 20): at most 6 KB per article, at most 4x the
time of dedup, and bytes per 1,000 articles flat as the corpus grows (linear growth).

With --browser: opens the report offline in Debian's chromium through Playwright
several times and prints the median time to the load event and to the graph being
drawn (our script marks <body data-nodes-drawn>), next to a baseline measured in the
same run: a plain HTML page of the same byte size with no graph and no script.
Run from the repo root:

    .venv/bin/python scripts/bench_report_html.py                  # generated + real corpora
    .venv/bin/python scripts/bench_report_html.py --sizes 1000 4000
    .venv/bin/python scripts/bench_report_html.py --browser        # real corpora, if present
    .venv/bin/python scripts/bench_report_html.py --browser FILE.csv ... --paragraph-sep " ### " --date-field scrape_time
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracer import dedup, report  # noqa: E402
from tracer.reports import html  # noqa: E402
from tracer.scale.synthetic import edited_clusters  # noqa: E402
from tracer.sources import ReadOptions  # noqa: E402

CORPORA = ROOT.parent / "shared" / "data" / "corpora"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def time_open(ctx, path: Path, runs: int) -> tuple[float, float, int]:
    """Median ms to the load event and to the graph drawn, and the console errors seen."""
    loads, drawn, errors = [], [], 0
    for _ in range(runs):
        page = ctx.new_page()
        errs: list[str] = []
        page.on("console", lambda m, errs=errs: errs.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e, errs=errs: errs.append(str(e)))
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_function("document.body && document.readyState === 'complete'")
        wall = (time.perf_counter() - t0) * 1000
        nav = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
        loads.append(nav["loadEventEnd"] or wall)
        drawn.append(wall)
        errors += len(errs)
        page.close()
    return statistics.median(loads), statistics.median(drawn), errors


SIZES = (2, 3, 5, 10, 20, 40)  # cluster sizes, cycled: a mean of 13 articles per story


def generated_corpus(n_articles: int, path: Path) -> Path:
    """About `n_articles` records in clusters of SIZES, as JSON Lines."""
    import json

    recs: list[dict] = []
    k = 0
    while len(recs) < n_articles:
        size = SIZES[k % len(SIZES)]
        recs += [dict(r, id=f"{r['id']}-{k}") for r in edited_clusters(1, size, seed=k)]
        k += 1
    path.write_text("".join(json.dumps(r) + "\n" for r in recs[:n_articles]), "utf-8")
    return path


def measure(inputs: list[str], opts: ReadOptions, label: str) -> tuple[int, float, float]:
    """Print one line: articles, stories, bytes and seconds per 1,000 articles, ratio to dedup."""
    t0 = time.perf_counter()
    d = dedup(inputs, opts)
    dedup_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    rep = report(inputs, opts)
    doc = html(rep.stories, summary=f"{len(rep.ids)} articles")
    report_s = time.perf_counter() - t0
    n = max(1, len(d.ids))
    per = 1000 / n
    print(f"{label:<28} {n:>6} articles {len(rep.stories):>5} stories | report {len(doc) * per / 1e6:6.2f} MB "
          f"{report_s * per:6.2f} s per 1,000 articles ({len(doc) / n / 1024:4.1f} KiB/article) | dedup "
          f"{dedup_s * per:5.2f} s per 1,000 | report/dedup {report_s / max(dedup_s, 1e-9):4.1f}x", flush=True)
    return len(doc), report_s, dedup_s


def size_and_time(a: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="tracer-bench-"))
    per_k = []
    for n in a.sizes:
        b, _r, _d = measure([str(generated_corpus(n, tmp / f"gen{n}.jsonl"))], ReadOptions(), f"generated {n}")
        per_k.append(b / n)
    if len(per_k) > 1:
        print(f"bytes per article, largest / smallest corpus: {per_k[-1] / per_k[0]:.2f} (1.00 = linear growth)")
    real = sorted(CORPORA.glob("*_articles.csv")) if CORPORA.exists() else []
    if real:
        opts = ReadOptions(paragraph_sep=" ### ", date_field="scrape_time")
        measure([str(p) for p in real], opts, "real corpora (" + "+".join(p.name.split("_")[0] for p in real) + ")")
        mix = issue_mix(tmp / "mix.csv")
        if mix:
            measure([str(mix)], opts, "issue-20 mix")


def issue_mix(path: Path) -> Path | None:
    """The shape issue 20 was measured on: the census and spotify articles, 8 to 22 lightly
    edited copies of each (synthetic edits), and the SemEval texts (singletons)."""
    import csv
    import random

    from tracer.scale.synthetic import _Writer

    semeval = CORPORA.parent / "semeval" / "dev_pairs.csv"
    bases = [CORPORA / "census_articles.csv", CORPORA / "spotify_articles.csv"]
    if not semeval.exists() or not all(p.exists() for p in bases):
        return None
    csv.field_size_limit(2**31 - 1)
    w, rnd = _Writer(5), random.Random(5)
    rows = []
    for b in bases:
        with open(b, encoding="utf-8", newline="") as fh:
            rows += [{"id": f"{b.stem}-{r['id']}", "publisher": r["publisher"], "scrape_time": r["scrape_time"],
                      "text": r["text"]} for r in csv.DictReader(fh)]
    for r in list(rows):
        paras = r["text"].split(" ### ")
        rows += [{"id": f"{r['id']}-e{k}", "publisher": f"outlet{k}", "scrape_time": r["scrape_time"],
                  "text": " ### ".join(w.edit(paras, 0.03))} for k in range(rnd.randint(8, 22))]
    with open(semeval, encoding="utf-8", newline="") as fh:
        for k, r in enumerate(csv.DictReader(fh)):
            rows += [{"id": f"semeval-{k}-{t}", "publisher": "semeval", "scrape_time": "", "text": r[t]}
                     for t in ("text_1", "text_2") if r.get(t)]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        wr = csv.DictWriter(fh, fieldnames=["id", "publisher", "scrape_time", "text"])
        wr.writeheader()
        wr.writerows(rows)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--paragraph-sep", default=None)
    ap.add_argument("--date-field", default="date")
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--browser", action="store_true", help="time opening the report in headless chromium")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    a = ap.parse_args()
    if not a.browser:
        size_and_time(a)
        return
    inputs = a.inputs
    opts = ReadOptions(paragraph_sep=a.paragraph_sep, date_field=a.date_field)
    if not inputs:
        real = sorted(CORPORA.glob("*_articles.csv")) if CORPORA.exists() else []
        if real:
            inputs = [str(p) for p in real]
            opts = ReadOptions(paragraph_sep=" ### ", date_field="scrape_time")
        else:
            inputs = [str(ROOT / "samples")]
    t0 = time.perf_counter()
    rep = report(inputs, opts)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = html(rep.stories, summary=f"{len(rep.ids)} articles")
    render_s = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="tracer-bench-"))
    rpath = tmp / "report.html"
    rpath.write_text(doc, "utf-8")
    base = tmp / "baseline.html"
    filler = escape("x" * 80 + "\n") * (len(doc) // 81 + 1)
    base.write_text(f"<!DOCTYPE html><html><body><pre>{filler}</pre></body></html>", "utf-8")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=a.chromium, args=ARGS)
        ctx = browser.new_context(offline=True, viewport={"width": 1280, "height": 900})
        time_open(ctx, base, 1)  # warm the browser once
        b_load, b_wall, _ = time_open(ctx, base, a.runs)
        r_load, r_wall, errs = time_open(ctx, rpath, a.runs)
        browser.close()
    n_nodes = sum(len(s.lineage.nodes) for s in rep.stories)
    print(f"corpus: {len(rep.ids)} articles, {len(rep.stories)} stories, {n_nodes} graph nodes; "
          f"report {len(doc) / 1024:.0f} KiB (analysis {build_s:.2f} s, HTML rendering {render_s:.2f} s)")
    print(f"baseline page (same size, plain text): load event {b_load:.0f} ms, open wall {b_wall:.0f} ms")
    print(f"tracer HTML report:                    load event {r_load:.0f} ms, open wall {r_wall:.0f} ms "
          f"(console errors: {errs})")
    print(f"ratio report/baseline: load {r_load / max(b_load, 1):.2f}x, wall {r_wall / max(b_wall, 1):.2f}x; "
          f"target: open in < 2000 ms -> {'OK' if r_wall < 2000 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
