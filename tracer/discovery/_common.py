"""What every discovery step shares: the candidate, how it was found, the budget, the
request log, the date window and URL helpers."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from tracer.sources._fetch import FetchResult, FetchSession

# How a candidate was found; the lineage shows it for every fetched source.
CREDIT_LINK, OUTLET_FEED, SITEMAP, STORE, PAGE_LINK = "credit link", "outlet feed", "sitemap", "store", "page link"


@dataclass
class Candidate:
    """A page that may be a source of the article, and how discovery came to it."""

    url: str
    how: str                    # CREDIT_LINK, OUTLET_FEED, SITEMAP, STORE or PAGE_LINK
    via: str | None = None      # the page, feed or sitemap it was listed on
    lead: str | None = None     # the signal: "canonical", "isBasedOn", "credit line", an anchor text…
    title: str | None = None
    summary: str | None = None
    date: str | None = None
    org: str | None = None      # the credited organisation it belongs to
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "how": self.how, "via": self.via, "lead": self.lead, "title": self.title,
                "date": self.date, "org": self.org, "score": round(self.score, 4)}


# -- the budget and the requests ------------------------------------------------------------
@dataclass
class Budget:
    """At most `max_requests` HTTP requests (robots.txt and redirects included) and `max_time` s."""

    max_requests: int = 20
    max_time: float = 60.0
    requests: int = 0
    started: float = field(default_factory=time.monotonic)

    def left(self) -> bool:
        return self.requests < self.max_requests and time.monotonic() - self.started < self.max_time

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


@dataclass
class Request:
    url: str
    purpose: str
    status: int | None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "purpose": self.purpose, "status": self.status, "error": self.error}


class Crawler:
    """One discovery run's fetching: the session, the budget and the log of requests."""

    def __init__(self, session: FetchSession, budget: Budget, progress: Callable[[str], None] | None = None):
        self.session, self.budget, self.progress = session, budget, progress
        self.log: list[Request] = []
        self._hosts: set[str] = set()

    def get(self, url: str, purpose: str, *, accept: str | None = None) -> FetchResult | None:
        """Fetch within the budget (None when it is spent); every request is logged."""
        if not self.budget.left():
            return None
        from tracer.sources._fetch import PAGE_ACCEPT, host_key

        if self.progress:
            b = self.budget
            self.progress(f"{b.requests}/{b.max_requests} requests, {b.elapsed:.0f}/{b.max_time:.0f}s · {purpose}: {url}")
        self._robots(host_key(url))
        res = self.session.fetch(url, accept=accept or PAGE_ACCEPT)
        for hop in res.redirects[1:] + ([res.final_url] if res.redirects and res.final_url else []):
            self._robots(host_key(hop))  # a redirect to another host reads its robots.txt too
        self.budget.requests += max(res.attempts, 0)
        self.log.append(Request(url, purpose, res.status, res.error))
        return res


    def _robots(self, key: str) -> None:
        """Count the robots.txt request the fetcher makes before its first request to a host."""
        if key not in self._hosts and self.session.config.polite:
            self._hosts.add(key)
            self.budget.requests += 1


def host_of(url: str) -> str:
    try:
        h = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return h[4:] if h.startswith("www.") else h


def same_page(a: str, b: str) -> bool:
    """Same host and path, scheme and trailing slash aside."""
    pa, pb = urlsplit(a), urlsplit(b)
    return host_of(a) == host_of(b) and pa.path.rstrip("/") == pb.path.rstrip("/")


def is_web(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("http://", "https://"))


def site_of(url: str) -> str:
    """The registrable domain (m.example.com and www.example.com are one site)."""
    try:
        from courlan import extract_domain

        found = extract_domain(url)
    except Exception:  # an odd URL is compared by its host
        found = None
    host = host_of(url)
    if found:
        return found
    # an unlisted suffix (a local name, an IP address): the last two labels of a name
    return host if host.replace(".", "").isdigit() else ".".join(host.split(".")[-2:])


def parse_date(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        try:
            return datetime(*value[:6], tzinfo=UTC)
        except (TypeError, ValueError):
            return None
    s = str(value).strip()
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        try:
            d = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


@dataclass
class Window:
    """Items dated from `before` days ahead of the article to `after` days past it are kept."""

    center: datetime | None
    before: float = 7.0
    after: float = 1.0

    def holds(self, when: datetime | None) -> bool:
        if self.center is None or when is None:
            return True  # an undated item (or article) is not ruled out by date
        return self.center - timedelta(days=self.before) <= when <= self.center + timedelta(days=self.after + 1)

