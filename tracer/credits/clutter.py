"""Page clutter that repeats across a site's pages: a strong hint that a line is no credit.

A navigation label or a live-stream promo ("A2 CNN Livestream") sits on every page of a
site; a byline changes from story to story. `repeated_lines()` finds the short head and
tail lines that one publisher repeats on several pages of a batch, and `parse_credits`
(given them as `boilerplate`) no longer reads *weak* credits from those lines: bare
names, a lone organisation name, an e-mail address. Explicit forms — datelines, labelled
source lines, "Reporting by", copyright — are still read, since a wire site repeats
"The Associated Press" or "© AP" on every page for good reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from tracer.model import Article

HEAD, TAIL, MAX_LEN = 10, 8, 80


def _edge_lines(text: str) -> set[str]:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return {ln for ln in lines[:HEAD] + lines[-TAIL:] if len(ln) <= MAX_LEN}


def repeated_lines(articles: Iterable[Article], *, min_pages: int = 3,
                   share: float = 0.5) -> dict[str, frozenset[str]]:
    """Per publisher, the short head/tail lines found on at least `min_pages` of its pages
    and on at least `share` of them."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    pages: Counter[str] = Counter()
    for art in articles:
        site = (art.publisher or "").strip().lower()
        if not site:
            continue
        pages[site] += 1
        counts[site].update(_edge_lines(art.text))
    out: dict[str, frozenset[str]] = {}
    for site, c in counts.items():
        need = max(min_pages, int(share * pages[site] + 0.999))
        out[site] = frozenset(line for line, n in c.items() if n >= need)
    return out
