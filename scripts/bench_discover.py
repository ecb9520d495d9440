"""Requests and seconds per traced story: discovery against reading every item of every feed.

Runs the local world of outlets (tests/discover_world.py: one server on 127.0.0.1, host
names mapped by the fetcher's resolver) with `--extra` invented stories added to each
agency's feed and news sitemap, and traces each republished story two ways:

* discovery — `tracer.trace(url, discover=True)`: credit links, the credited outlet's
  feeds and sitemaps within the date window, candidates ranked, the best few fetched;
* blind — fetch every feed and sitemap of every agency in the world and every item they
  list, then trace the story against all of them (what a crawler without leads must do).

Both go through the same polite fetcher (robots.txt obeyed) and the same trace; the
figures are the requests the server received and the wall time, and whether the
story's source was found.

    python scripts/bench_discover.py --extra 50
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from discover_world import A2_EN, A2_SQ, COURIER, GAZETTE, OUTLETS, VOA_STORY, WIRE_STORY, start_world  # noqa: E402

from tracer import FetchConfig, ReadOptions  # noqa: E402
from tracer.api import trace  # noqa: E402
from tracer.discovery import feed_items, sitemap_items  # noqa: E402
from tracer.sources import FEED_ACCEPT, fetch_urls  # noqa: E402

STORIES = [(A2_EN, VOA_STORY), (A2_SQ, VOA_STORY), (COURIER, WIRE_STORY), (GAZETTE, WIRE_STORY)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extra", type=int, default=50, help="invented stories added to each agency's listings")
    args = ap.parse_args()
    from tracer.lang import _langid

    _langid()("Load the language model before timing anything.")  # a one-time cost, not per story
    world = start_world(args.extra)
    cfg = FetchConfig(delay=0.0, retries=0, timeout=10.0, resolve=world.resolve)
    opts = ReadOptions(fetch=cfg, progress=False)
    print(f"local world: 2 agencies, {args.extra + 3} items in each agency's listings")
    print(f"{'story':<44} {'discovery':>22} {'blind (every item)':>24}")
    totals = [0, 0.0, 0, 0.0]
    try:
        trace(A2_EN, options=opts, discover=True, outlets={"outlets": OUTLETS})  # warm-up: imports, not timed
        for url, source in STORIES:
            n0, t0 = len(world.server.log), time.perf_counter()
            r = trace(url, options=opts, discover=True, outlets={"outlets": OUTLETS})
            d_req, d_sec = len(world.server.log) - n0, time.perf_counter() - t0
            d_ok = source in r.articles

            n0, t0 = len(world.server.log), time.perf_counter()
            items: list[str] = []
            for res in fetch_urls(world.listed(), cfg, accept=FEED_ACCEPT):
                if res.ok and res.body:
                    found = feed_items(res.body, res.url) or sitemap_items(res.body, res.url)[0]
                    items += [c.url for c in found]
            r = trace(url, list(dict.fromkeys(items)), opts)
            b_req, b_sec = len(world.server.log) - n0, time.perf_counter() - t0
            b_ok = source in r.articles
            totals = [totals[0] + d_req, totals[1] + d_sec, totals[2] + b_req, totals[3] + b_sec]
            name = url.split("//", 1)[1][:44]
            print(f"{name:<44} {d_req:>4} req {d_sec:6.2f}s {'found' if d_ok else 'MISSED':>6}"
                  f" {b_req:>6} req {b_sec:6.2f}s {'found' if b_ok else 'MISSED':>6}")
        n = len(STORIES)
        print(f"{'per story':<44} {totals[0] / n:>4.1f} req {totals[1] / n:6.2f}s {'':>6}"
              f" {totals[2] / n:>6.1f} req {totals[3] / n:6.2f}s")
        print(f"blind / discovery: {totals[2] / max(totals[0], 1):.1f}x requests, "
              f"{totals[3] / max(totals[1], 1e-9):.1f}x seconds")
    finally:
        world.server.stop()


if __name__ == "__main__":
    main()
