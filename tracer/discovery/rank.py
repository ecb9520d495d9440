"""Ranking candidates by how close their title (and summary or anchor) is to the article."""

from __future__ import annotations

from tracer.discovery._common import CREDIT_LINK, OUTLET_FEED, PAGE_LINK, SITEMAP, STORE, Candidate
from tracer.model import Article

_PRIOR = {CREDIT_LINK: 1.0, OUTLET_FEED: 0.0, SITEMAP: 0.0, STORE: 0.0, PAGE_LINK: -0.2}


def _lead_text(article: Article, chars: int = 400) -> str:
    return (article.text or "")[:chars]


def rank(article: Article, candidates: list[Candidate],
         cache: dict[tuple[str | None, str | None], float] | None = None) -> list[Candidate]:
    """Score candidates by title (and summary or anchor) similarity to the article, across
    languages (`tracer.compare`: word bigrams within a language, anchors across), plus a
    prior for how they were found; best first."""
    from tracer.compare import compare_sides, side

    title = side(article.title or "", article.lang)
    both = side(f"{article.title or ''}\n{_lead_text(article)}", article.lang)
    cache = {} if cache is None else cache  # (title, summary) → similarity, when ranking again
    for c in candidates:
        key = (c.title, c.summary)
        if key not in cache:
            s = 0.0
            if c.title or c.summary:
                s = compare_sides(title, side(c.title or c.summary or "")).score
            if c.summary:
                s = max(s, compare_sides(both, side(f"{c.title or ''}\n{c.summary}")).score)
            cache[key] = s
        c.score = cache[key] + _PRIOR.get(c.how, 0.0)
    return sorted(candidates, key=lambda c: -c.score)

