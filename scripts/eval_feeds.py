"""Evaluate `tracer feeds` on a folder of real feeds: counts, every merge with its evidence, --db rerun.

Usage: python scripts/eval_feeds.py [FEED_DIR]   (default: ../shared/data/feeds beside the checkout)

Prints the number of items and stories, each multi-item story (its items, outlets and the
evidence that joined them) for reading, and the number of stories a second run with the
same --db emits (should be 0).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tracer.feeds import emit_stories, group_stories, read_feed_items


def main() -> int:
    default = Path(__file__).resolve().parents[2] / "shared" / "data" / "feeds"
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not folder.is_dir():
        print(f"no feed folder at {folder}; pass one as the first argument", file=sys.stderr)
        return 2
    feeds = sorted(str(p) for p in folder.iterdir() if p.suffix in (".rss", ".xml", ".atom"))
    t0 = time.perf_counter()
    items, errors = read_feed_items(feeds)
    t1 = time.perf_counter()
    why: dict[tuple[str, str], str] = {}
    stories = group_stories(items, on_pair=lambda a, b, w: why.setdefault((a.key, b.key), w))
    t2 = time.perf_counter()
    multi = [s for s in stories if len(s.items) > 1]
    cross = [s for s in multi if len({i.outlet for i in s.items}) > 1]
    print(f"feeds: {len(feeds)}  unreadable: {len(errors)}  items: {len(items)}  stories: {len(stories)}")
    print(f"multi-item stories: {len(multi)} (across outlets: {len(cross)}, within one feed: {len(multi) - len(cross)})"
          f"  items merged away: {len(items) - len(stories)}")
    print(f"read {t1 - t0:.1f}s  group {t2 - t1:.1f}s")
    for s in multi:
        print(f"\n[{s.id}] {len(s.items)} items, outlets: {', '.join(sorted({i.outlet or '?' for i in s.items}))}")
        for it in s.items:
            print(f"  {it.published}  {(it.outlet or '?')[:28]:28}  {it.title}")
            print(f"      {it.summary[:160]!r}")
        lead = s.items[0]
        for it in s.items[1:]:
            w = why.get((lead.key, it.key)) or why.get((it.key, lead.key)) or "(joined through the centre item)"
            print(f"  evidence {lead.outlet} ~ {it.outlet}: {w}")
    with tempfile.TemporaryDirectory() as d:
        db = str(Path(d) / "feeds.db")
        first = emit_stories(items, errors, db=db)
        second = emit_stories(items, errors, db=db)
    print(f"\n--db run 1 emitted {len(first.stories)} stories; run 2 emitted {len(second.stories)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
