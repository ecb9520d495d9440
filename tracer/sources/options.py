"""Options shared by every source: corpus field mapping and fetch settings."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # httpx is imported on the first fetch, not by reading files
    from tracer.sources._fetch import FetchConfig

ENV_USER_AGENT = "TRACER_USER_AGENT"
DEFAULT_USER_AGENT = "tracer/0.1 (+https://github.com/tracer-news/tracer; provenance research)"


def _default_user_agent() -> str:
    """`$TRACER_USER_AGENT` when set (say who you are and how to reach you), else tracer's own."""
    return os.environ.get(ENV_USER_AGENT) or DEFAULT_USER_AGENT


@dataclass
class ReadOptions:
    """How to read inputs. Field names follow CONTRACT.md's corpus mapping flags.

    The fetch settings mirror `FetchConfig` (see `tracer.sources._fetch`); `fetch`
    overrides them all when given. `store`, when set, gets one row per fetch and
    provides ETag/Last-Modified for conditional requests (a 304 reuses the stored
    article). `progress` shows a live fetch display on stderr (None: when it is a terminal).
    `max_time` bounds one URL overall (retries included), `max_fetches` the URLs one run
    fetches (a feed of 100k item links with `fetch_pages`); `allow_private` lets links found
    in content and redirects reach private addresses (see `tracer.sources.policy`).
    `max_record_bytes` caps one JSONL/CSV record and `max_feed_items` the items read from
    one feed; past them the record or the rest of the feed is one per-item error.
    """

    id_field: str = "id"
    text_field: str = "text"
    html_field: str = "html"
    url_field: str = "url"
    publisher_field: str = "publisher"
    date_field: str = "date"
    title_field: str = "title"
    lang_field: str = "lang"
    paragraph_sep: str | None = None
    on_duplicate_id: str = "error"  # an id given twice in one run: error|first|last|suffix (tracer.sources.ids)
    feed: bool = False
    fetch_pages: bool = False
    timeout: float = 20.0
    user_agent: str = field(default_factory=_default_user_agent)
    max_bytes: int = 10_000_000
    concurrency: int = 16
    per_host: int = 2
    polite: bool = True
    retries: int = 3
    max_time: float | None = 60.0
    max_fetches: int | None = None
    allow_private: bool = False
    max_record_bytes: int = 50_000_000
    max_feed_items: int = 10_000
    fetch: FetchConfig | None = None
    store: Any = None
    progress: bool | None = None
    resolve: dict[str, str] = field(default_factory=dict)  # host[:port] -> addr:port (FetchConfig.resolve)

    def fetch_config(self) -> FetchConfig:
        if self.fetch is not None:
            return self.fetch
        from tracer.sources._fetch import FetchConfig

        return FetchConfig(user_agent=self.user_agent, timeout=self.timeout, max_bytes=self.max_bytes,
                           concurrency=self.concurrency, per_host=self.per_host, polite=self.polite,
                           retries=self.retries, resolve=dict(self.resolve), max_time=self.max_time,
                           allow_private=self.allow_private, max_fetches=self.max_fetches)
