"""How fast the whole-corpus HTML report opens in a real headless Chromium.

Builds `tracer report --format html` for each corpus given (default: the real corpora
in ../shared/data/corpora when present, else the samples), opens it offline in
Debian's chromium through Playwright several times, and prints the median time to the
load event and to the graph being drawn (our script marks <body data-nodes-drawn>),
next to a baseline measured in the same run: a plain HTML page of the same byte size
with no graph and no script. Run from the repo root:

    .venv/bin/python scripts/bench_report_html.py            # real corpora, if present
    .venv/bin/python scripts/bench_report_html.py FILE.csv ... --paragraph-sep " ### " --date-field scrape_time
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

from tracer import report  # noqa: E402
from tracer.reports import html  # noqa: E402
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--paragraph-sep", default=None)
    ap.add_argument("--date-field", default="date")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    a = ap.parse_args()
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
