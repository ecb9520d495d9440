"""Options shared by every source: corpus field mapping and fetch settings."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_USER_AGENT = "tracer/0.1 (+https://github.com/tracer-news/tracer; provenance research)"


@dataclass
class ReadOptions:
    """How to read inputs. Field names follow CONTRACT.md's corpus mapping flags."""

    id_field: str = "id"
    text_field: str = "text"
    html_field: str = "html"
    url_field: str = "url"
    publisher_field: str = "publisher"
    date_field: str = "date"
    title_field: str = "title"
    lang_field: str = "lang"
    paragraph_sep: str | None = None
    feed: bool = False
    fetch_pages: bool = False
    timeout: float = 20.0
    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = 10_000_000
