"""One feed per story: group feed items that carry the same text, and write the result.

Feed items are short: a headline and a summary of one to three sentences, often the
wire story's first paragraph, cut at different lengths by each outlet. MinHash over
whole articles sees too few shingles there, and headlines are rewritten or shared by
outlets that wrote their own stories. So two items are one story only on text
evidence (see `same_story`):

* the same item listed twice (same link or guid), or
* their summaries share a verbatim run of words long enough not to be a name or a
  stock phrase, covering a substantial part of the shorter summary, or
* near-identical headlines *and* a shared run of words in the summaries.

Quoted speech is removed before comparing: two outlets quoting the same statement
wrote different stories. Stories are formed around a centre item that every member
matches directly, so a chain of weak links never glues two stories together.
"""

from __future__ import annotations

import hashlib
import html
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import numpy as np
from rapidfuzz import fuzz

from tracer.dates import parse as parse_date
from tracer.match import cluster
from tracer.model import Article, ItemError, Match
from tracer.sources import ReadOptions, read_inputs
from tracer.untrusted import web_link, xml_safe

if TYPE_CHECKING:
    from tracer.store import Store

MIN_RUN = 8               # words in a row: longer than a name or a stock phrase
MIN_CONTAINMENT = 0.5     # share of the shorter summary's word trigrams found in the other
TITLE_RATIO = 85          # rapidfuzz token_sort_ratio of two headlines
TITLE_MIN_RUN = 5         # with near-identical headlines, a shorter shared run suffices
COMMON_SHINGLE = 50       # word trigrams in more items than this are boilerplate, not evidence
REMEMBER_DAYS = 30        # how long --db remembers emitted items for matching new ones

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTE = re.compile(r"[“\"«„][^“”\"«»„\n]{12,400}[”\"»“]")


@dataclass
class FeedItem:
    """One entry of one feed, with the text used to compare it."""

    feed: str
    id: str
    link: str | None
    title: str | None
    published: str | None      # ISO 8601 UTC when the feed's date parses, else None (undated)
    outlet: str | None
    summary: str
    emitted: str | None = None  # the story it was emitted in by an earlier run (--db)
    _words: list[str] = field(default_factory=list, repr=False)
    _shingles: set[tuple[str, ...]] = field(default_factory=set, repr=False)
    _key: str | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        """What identifies this item across runs: its link, else its guid."""
        if self._key is None:
            self._key = normalize_link(self.link) or f"{self.feed}#{self.id}"
        return self._key

    def to_dict(self) -> dict[str, Any]:
        return {"feed": self.feed, "id": self.id, "link": web_link(self.link), "title": self.title,
                "published": self.published, "outlet": self.outlet}


@dataclass
class Story:
    """Items that carry the same text; the first is the original or earliest."""

    id: str
    items: list[FeedItem]

    @property
    def lead(self) -> FeedItem:
        return self.items[0]

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead
        return {"story": self.id, "title": lead.title, "link": web_link(lead.link), "published": lead.published,
                "summary": lead.summary, "items": [i.to_dict() for i in self.items]}


@dataclass
class FeedsResult:
    stories: list[Story]                 # the stories to emit (new ones only, with --db)
    errors: list[ItemError]
    stats: dict[str, int] = field(default_factory=dict)
    all_stories: list[Story] = field(default_factory=list)


# -- reading --------------------------------------------------------------------------------
def normalize_link(link: str | None) -> str | None:
    """A link without fragment, tracking query parameters or trailing slash, host lowercased."""
    if not link:
        return None
    try:
        p = urlsplit(link.strip())
    except ValueError:
        return link.strip()
    if not p.scheme or not p.netloc:
        return link.strip()
    query = "&".join(q for q in p.query.split("&") if q and not q.lower().startswith(
        ("utm_", "at_", "cmpid", "ocid", "fbclid", "gclid", "mc_")))
    host = p.netloc.lower().removeprefix("www.")
    return urlunsplit(("https" if p.scheme in ("http", "https") else p.scheme, host, p.path.rstrip("/"), query, ""))


def iso_date(value: str | None) -> str | None:
    """A date (RFC 822, ISO 8601, …) → ISO 8601 in UTC ('2026-02-17T09:00:00Z'; a date
    without a time at 00:00); unparsable → None (undated: listed last, never compared as text)."""
    dt = parse_date(value)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


def item_from_article(art: Article) -> FeedItem:
    """A feed item from an article read by `tracer.sources` (feed signals, title, summary)."""
    sig = art.signals.get("feed") or {}
    lines = [ln.strip() for ln in art.text.split("\n") if ln.strip()]
    if art.title and lines and lines[0] == art.title.strip():
        lines = lines[1:]
    outlet = sig.get("outlet") or art.publisher
    return FeedItem(feed=str(sig.get("feed") or art.source or ""), id=str(sig.get("guid") or art.id),
                    link=web_link(art.url), title=art.title, published=iso_date(art.date),
                    outlet=html.unescape(outlet) if outlet else None, summary="\n".join(lines))


def read_feed_items(feeds: Iterable[str], options: ReadOptions | None = None,
                    progress: Callable[..., None] | None = None) -> tuple[list[FeedItem], list[ItemError]]:
    """Every item of every feed; a feed that cannot be fetched or parsed becomes an error."""
    opts = options or ReadOptions()
    opts.feed = True
    items: list[FeedItem] = []
    errors: list[ItemError] = []
    for it in read_inputs(feeds, opts):
        if isinstance(it, ItemError):
            errors.append(it)
        else:
            items.append(item_from_article(it))
            if progress:
                progress("read", 1, None)
    return items, errors


# -- evidence -------------------------------------------------------------------------------
def _prepare(item: FeedItem) -> None:
    if item._words:
        return
    text = _QUOTE.sub(" ", item.summary)
    item._words = [w.casefold() for w in _WORD.findall(text)]
    w = item._words
    item._shingles = {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of words the two sequences share."""
    if not a or not b:
        return 0
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def shares_run(a: FeedItem, b: FeedItem, n: int) -> bool:
    """Do the two summaries share a run of at least `n` words (quotes removed)?"""
    _prepare(a)
    _prepare(b)
    x, y = (a, b) if len(a._words) <= len(b._words) else (b, a)
    return bool(_ngrams(x._words, n) & _ngrams(y._words, n))


def _title(t: str | None) -> str:
    return " ".join(w.casefold() for w in _WORD.findall(t or ""))


def same_story(a: FeedItem, b: FeedItem, shared: int | None = None) -> str | None:
    """Why two items carry the same story text, or None when the evidence is not enough.

    `shared` is the number of word trigrams they share, when the caller counted it.
    """
    if a.key == b.key:
        return "same link"
    if a.feed == b.feed and a.id == b.id:
        return "same guid"
    _prepare(a)
    _prepare(b)
    if shared is None:
        shared = len(a._shingles & b._shingles)
    if shared == 0:
        return None
    small = min(len(a._shingles), len(b._shingles))
    containment = shared / small if small else 0.0
    if shared < TITLE_MIN_RUN - 2:
        return None
    if containment >= MIN_CONTAINMENT and shares_run(a, b, MIN_RUN):
        return f"shared text: {containment:.0%} of the shorter summary, runs of {MIN_RUN}+ words"
    ta, tb = _title(a.title), _title(b.title)
    if ta and tb and fuzz.token_sort_ratio(ta, tb) >= TITLE_RATIO and shares_run(a, b, TITLE_MIN_RUN):
        return f"same headline and a run of {TITLE_MIN_RUN}+ words in the summaries"
    return None


# -- grouping -------------------------------------------------------------------------------
def _candidates(items: list[FeedItem]) -> dict[tuple[int, int], int | None]:
    """Pairs worth verifying, with the number of uncommon word trigrams they share.

    An inverted index from trigram to items: pairs that share fewer trigrams than any
    rule needs are never compared. Items with the same link always are.
    """
    by_key: dict[str, list[int]] = defaultdict(list)
    shingle_of: list[int] = []  # Python's 64-bit hash of the trigram: one C call, collisions negligible
    item_of: list[int] = []
    for i, it in enumerate(items):
        by_key[it.key].append(i)
        _prepare(it)
        shingle_of.extend(map(hash, it._shingles))
        item_of.extend([i] * len(it._shingles))
    counts = _pair_counts(np.asarray(shingle_of, dtype=np.int64), np.asarray(item_of, dtype=np.int64), len(items))
    out: dict[tuple[int, int], int | None] = {p: n for p, n in counts.items() if n >= TITLE_MIN_RUN - 2}
    for group in by_key.values():
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                out[group[x], group[y]] = None
    return out


def _pair_counts(shingle: np.ndarray, item: np.ndarray, n_items: int) -> dict[tuple[int, int], int]:
    """How many shingles each pair of items shares, over shingles held by 2..COMMON_SHINGLE items.

    Vectorised (issue 20): the pure-Python pair loop took most of grouping 1,200 items.
    Postings of one size are laid out as a (groups, size) matrix and all their pairs
    taken at once; pair codes `lo * n + hi` are then counted by `np.unique`.
    """
    if len(shingle) == 0:
        return {}
    order = np.argsort(shingle, kind="stable")  # items stay in ascending order inside a posting
    shingle, item = shingle[order], item[order]
    _u, start, size = np.unique(shingle, return_index=True, return_counts=True)
    codes = []
    for k in np.unique(size):
        if k < 2 or k > COMMON_SHINGLE:
            continue
        rows = item[start[size == k][:, None] + np.arange(k)[None, :]]
        a, b = np.triu_indices(int(k), 1)
        codes.append((rows[:, a] * n_items + rows[:, b]).ravel())
    if not codes:
        return {}
    pairs, n = np.unique(np.concatenate(codes), return_counts=True)
    return {(int(p // n_items), int(p % n_items)): int(c) for p, c in zip(pairs.tolist(), n.tolist(), strict=True)}


def _sort_key(it: FeedItem) -> tuple[int, str]:
    # Items already emitted first (their story keeps its id), then the earliest; undated last.
    return (0 if it.emitted else 1, it.published or "~")


def story_id(item: FeedItem) -> str:
    return "s" + hashlib.blake2b(item.key.encode("utf-8"), digest_size=6).hexdigest()


def group_stories(items: list[FeedItem], on_pair: Callable[[FeedItem, FeedItem, str], None] | None = None
                  ) -> list[Story]:
    """Stories among `items`: the copy core's clusters (`tracer.match.cluster`) over the item pairs
    `same_story` accepts, so a story's items that each match another (a wire lead cut at different
    lengths, a reworded headline) stay one story while a summary that holds two stories' sentences
    glues neither."""
    matches: list[Match] = []
    for (i, j), shared in sorted(_candidates(items).items()):
        a, b = items[i], items[j]
        why = same_story(a, b, shared)
        if not why:
            continue
        if on_pair:
            on_pair(a, b, why)
        if shared is None or why in ("same link", "same guid"):
            ca = cb = 1.0
        else:
            ca, cb = shared / max(1, len(a._shingles)), shared / max(1, len(b._shingles))
        union = len(a._shingles) + len(b._shingles) - (shared or 0)
        matches.append(Match(a=str(i), b=str(j), similarity=(shared or 0) / max(1, union),
                             containment_a=ca, containment_b=cb))
    order = sorted(range(len(items)), key=lambda i: (_sort_key(items[i]), i))
    ids = [str(i) for i in order]
    clusters = cluster(ids, [len(items[i]._shingles) for i in order], matches,
                       [items[i].published for i in order])
    stories: list[Story] = []
    for c in clusters:
        its = sorted((items[int(m)] for m in c.members), key=_sort_key)
        sid = next((it.emitted for it in its if it.emitted), None) or story_id(its[0])
        stories.append(Story(id=sid, items=its))
    stories.sort(key=lambda s: s.lead.published or "", reverse=True)
    return stories


# -- memory of emitted stories (--db) -----------------------------------------------------------
_TABLE = """
CREATE TABLE IF NOT EXISTS feed_emitted (
  item_key TEXT PRIMARY KEY,
  story TEXT NOT NULL,
  feed TEXT, guid TEXT, link TEXT, title TEXT, published TEXT, outlet TEXT,
  summary TEXT NOT NULL,
  emitted_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS feed_emitted_time ON feed_emitted(emitted_at);
"""


def _remembered(db: Any, days: float) -> list[FeedItem]:
    since = time.time() - days * 86400
    rows = db.execute("SELECT story, feed, guid, link, title, published, outlet, summary FROM feed_emitted"
                      " WHERE emitted_at >= ?", (since,)).fetchall()
    return [FeedItem(feed=f or "", id=g or "", link=ln, title=t, published=p, outlet=o, summary=s, emitted=st)
            for st, f, g, ln, t, p, o, s in rows]


def _remember(store: Store, stories: list[Story]) -> None:
    """One atomic write through the store's transaction (a busy store is a clear StoreError)."""
    now = time.time()
    with store.transaction():
        store.db.executemany("INSERT OR IGNORE INTO feed_emitted VALUES (?,?,?,?,?,?,?,?,?,?)", [
            (it.key, st.id, it.feed, it.id, it.link, it.title, it.published, it.outlet, it.summary, now)
            for st in stories for it in st.items if not it.emitted])


def feeds(inputs: Iterable[str], options: ReadOptions | None = None, *, db: str | None = None,
          remember_days: float = REMEMBER_DAYS, progress: Callable[..., None] | None = None) -> FeedsResult:
    """Read feeds, group items into stories and, with a store, keep only stories not yet emitted.

    `progress(stage, done, total)` hears "read" per item and "group" (see `tracer.progress`).
    """
    items, errors = read_feed_items(inputs, options, progress)
    if progress:
        progress("group", 0, None)
    result = emit_stories(items, errors, db=db, remember_days=remember_days)
    if progress:
        progress("group", len(result.stories), len(result.stories))
    return result


def emit_stories(items: list[FeedItem], errors: list[ItemError] | None = None, *, db: str | None = None,
                 remember_days: float = REMEMBER_DAYS) -> FeedsResult:
    """Group already-read items into stories; with a store, keep only stories not yet emitted."""
    errors = list(errors or [])
    stats = {"feeds": len(list(dict.fromkeys(i.feed for i in items))), "items": len(items),
             "feed_errors": len(errors)}
    if db is None:
        stories = group_stories(items)
        stats.update(stories=len(stories), merged_items=len(items) - len(stories), emitted=len(stories))
        return FeedsResult(stories=stories, errors=errors, stats=stats, all_stories=stories)
    from tracer.store import Store

    with Store(db) as store:
        store.db.executescript(_TABLE)
        old = _remembered(store.db, remember_days)
        known = {o.key for o in old}
        fresh = [i for i in items if i.key not in known]
        stories = group_stories(old + fresh)
        current = [s for s in stories if any(not i.emitted for i in s.items)]
        new = [s for s in current if not any(i.emitted for i in s.items)]
        _remember(store, current)
    stats.update(stories=len(current), merged_items=len(fresh) - len(current), emitted=len(new), new_items=len(fresh),
                 already_emitted=len(items) - len(fresh) + sum(len(s.items) for s in current if s not in new))
    return FeedsResult(stories=new, errors=errors, stats=stats, all_stories=current)


# -- writing ----------------------------------------------------------------------------------
FEED_TITLE = "tracer: one entry per story"


def _rfc822(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    from email.utils import format_datetime

    return format_datetime(dt.astimezone(UTC))


def _others_html(story: Story) -> str:
    """The story's summary and the outlets that carry it, as escaped HTML."""
    lead = story.lead
    parts = [f"<p>{html.escape(lead.summary)}</p>"] if lead.summary else []
    if len(story.items) > 1:
        lis = []
        for it in story.items:
            name = html.escape(it.outlet or it.feed)
            title = html.escape(it.title or it.link or it.id)
            href = web_link(it.link)
            link = f'<a href="{html.escape(href, quote=True)}">{title}</a>' if href else title
            when = f" ({html.escape(it.published)})" if it.published else ""
            lis.append(f"<li>{name}: {link}{when}</li>")
        parts.append(f"<p>Carried by {len(story.items)} items:</p><ul>{''.join(lis)}</ul>")
    return "".join(parts)


def write_atom(stories: list[Story], title: str = FEED_TITLE, feed_id: str = "urn:tracer:feeds") -> str:
    """An Atom 1.0 feed (RFC 4287): one entry per story, other outlets as related links."""
    import xml.etree.ElementTree as ET

    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(root, f"{{{ns}}}title").text = title
    ET.SubElement(root, f"{{{ns}}}id").text = feed_id
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ET.SubElement(root, f"{{{ns}}}updated").text = max((s.lead.published for s in stories
                                                       if s.lead.published and s.lead.published[:1].isdigit()),
                                                      default=now)
    ET.SubElement(root, f"{{{ns}}}generator").text = "tracer"
    for st in stories:
        lead = st.lead
        e = ET.SubElement(root, f"{{{ns}}}entry")
        ET.SubElement(e, f"{{{ns}}}id").text = f"urn:tracer:story:{st.id}"
        ET.SubElement(e, f"{{{ns}}}title").text = lead.title or lead.link or st.id
        date = lead.published if lead.published and lead.published[:1].isdigit() else now
        ET.SubElement(e, f"{{{ns}}}updated").text = date
        ET.SubElement(e, f"{{{ns}}}published").text = date
        ET.SubElement(ET.SubElement(e, f"{{{ns}}}author"), f"{{{ns}}}name").text = lead.outlet or lead.feed
        if web_link(lead.link):
            ET.SubElement(e, f"{{{ns}}}link", rel="alternate", href=web_link(lead.link))
        for it in st.items[1:]:
            if web_link(it.link):
                ET.SubElement(e, f"{{{ns}}}link", rel="related", href=web_link(it.link), title=it.outlet or it.feed)
        ET.SubElement(e, f"{{{ns}}}content", type="html").text = _others_html(st)
    ET.indent(root)
    return xml_safe('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode"))


def write_rss(stories: list[Story], title: str = FEED_TITLE, link: str = "urn:tracer:feeds") -> str:
    """An RSS 2.0 feed: one item per story; the other outlets are listed in its description."""
    import xml.etree.ElementTree as ET

    rss = ET.Element("rss", version="2.0")
    ch = ET.SubElement(rss, "channel")
    ET.SubElement(ch, "title").text = title
    ET.SubElement(ch, "link").text = link
    ET.SubElement(ch, "description").text = "Feed items grouped by story: the original or earliest item first."
    ET.SubElement(ch, "generator").text = "tracer"
    for st in stories:
        lead = st.lead
        it = ET.SubElement(ch, "item")
        ET.SubElement(it, "title").text = lead.title or lead.link or st.id
        if web_link(lead.link):
            ET.SubElement(it, "link").text = web_link(lead.link)
        ET.SubElement(it, "guid", isPermaLink="false").text = f"urn:tracer:story:{st.id}"
        if (d := _rfc822(lead.published)) is not None:
            ET.SubElement(it, "pubDate").text = d
        if lead.outlet:
            ET.SubElement(it, "source", url=_feed_uri(lead.feed)).text = lead.outlet
        ET.SubElement(it, "description").text = _others_html(st)
    ET.indent(rss)
    return xml_safe('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="unicode"))


def _feed_uri(feed: str) -> str:
    """The address of the feed an item came from (a file:// URI for local files)."""
    if "://" in feed:
        return feed
    from pathlib import Path

    try:
        return Path(feed).resolve().as_uri()
    except ValueError:
        return feed


def write_jsonl(stories: list[Story], errors: list[ItemError] | None = None) -> str:
    """One CONTRACT.md object per story, then one per unreadable feed."""
    import json

    lines = [json.dumps(s.to_dict(), ensure_ascii=False) for s in stories]
    lines += [json.dumps({"story": None, "errors": [e.to_dict()]}, ensure_ascii=False) for e in errors or []]
    return "\n".join(lines) + ("\n" if lines else "")


WRITERS = {"atom": write_atom, "rss": write_rss}


def write_feed(result: FeedsResult, fmt: str = "atom") -> str:
    """The deduplicated feed in `atom`, `rss` or `jsonl`."""
    if fmt == "jsonl":
        return write_jsonl(result.stories, result.errors)
    return WRITERS[fmt](result.stories)


__all__ = ["FeedItem", "FeedsResult", "Story", "emit_stories", "feeds", "group_stories", "iso_date", "item_from_article",
           "normalize_link", "read_feed_items", "same_story", "write_atom", "write_feed", "write_jsonl",
           "write_rss"]
