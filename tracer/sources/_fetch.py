"""A polite, fault-tolerant async HTTP fetcher (httpx).

Why not `httpx.get` in a loop: users hand tracer hundreds of URLs from a few hosts.
Fetching them one by one is slow; fetching them all at once hammers the hosts and gets
the crawler banned. So requests run concurrently with two bounds (overall and per
host), each host gets a minimum interval between requests (raised by robots.txt
`Crawl-delay`/`Request-rate`), robots.txt `Disallow` is obeyed (Protego), and transient
failures (429, 5xx, dropped connections, timeouts) are retried with exponential backoff,
honouring `Retry-After`. httpx's own transport retries only cover failed connects.

Redirects are followed by hand, so that each hop is checked against the scheme rule,
the fetch policy (`policy`: no redirect or content link into a private network),
robots.txt and the host's rate limit, and the final URL is recorded. `max_time` bounds
one URL overall, across redirects and retries, so a server dripping a byte every few
seconds cannot hold a URL for minutes. Bodies are read raw
and decompressed here with a bound, so a 10 KB gzip bomb that inflates to gigabytes is
refused after `max_bytes`, without ever holding more than that in memory.

The fetcher returns `FetchResult`s (bytes and metadata) and never raises for a failed URL;
turning bytes into articles, and logging fetches in the store, is the caller's job.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import random
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from tracer.sources.options import DEFAULT_USER_AGENT
from tracer.sources.policy import FetchPolicy, PolicyBackend, PolicyRefusal

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ROBOTS_MAX = 512_000


@dataclass
class FetchConfig:
    """How to fetch. The defaults are polite; tests and benchmarks shorten the waits."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0          # seconds per network operation (connect, each read, …)
    total_timeout: float | None = None  # seconds per attempt overall; default 3 × timeout
    concurrency: int = 16          # requests in flight overall
    per_host: int = 2              # requests in flight per host
    polite: bool = True            # obey robots.txt and the per-host interval
    delay: float = 0.5             # minimum seconds between requests to one host (when polite)
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay above this is capped
    retries: int = 3               # extra attempts after a transient failure
    backoff: float = 0.5           # first backoff wait; doubles each attempt, with jitter
    backoff_max: float = 30.0      # longest wait; a longer Retry-After gives up instead
    max_redirects: int = 10
    max_bytes: int = 10_000_000    # body limit, after decompression
    robots_strict: bool = False    # RFC 9309: an unreachable robots.txt (5xx) disallows the host
    loopback_exempt: bool = True   # no default interval for 127.0.0.1/localhost (your own server)
    # Explicit name resolution, like curl's --connect-to: "host" or "host:port" -> "addr:port".
    # Requests keep their URL and Host header; only the connection goes elsewhere (tests run a
    # world of several outlets on one local server this way). The addresses named here are the
    # user's own choice: the fetch policy trusts them.
    resolve: dict[str, str] = field(default_factory=dict)
    max_time: float | None = 60.0  # seconds per URL overall: redirects, retries and waits included
    max_fetches: int | None = None  # URLs one session fetches at most (a run's budget); None: no limit
    allow_private: bool = False    # let content links and redirects reach private addresses

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched against (`tracer`)."""
        return self.user_agent.split("/")[0].split()[0] or "tracer"


@dataclass
class FetchResult:
    """The outcome of fetching one URL: the body, or an error saying why not."""

    url: str
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body: bytes = b""
    error: str | None = None
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)
    fetched_at: float = field(default_factory=time.time)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


class _Refused(Exception):
    """A response this fetcher will not read (too large, bad encoding): permanent."""


class _Inflater:
    """Incremental, bounded decompression of a Content-Encoding."""

    def __init__(self, encoding: str, limit: int):
        self.limit = limit
        self.size = 0
        self.encoding = encoding
        if encoding in ("", "identity"):
            self.obj = None
        elif encoding in ("gzip", "x-gzip"):
            self.obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.obj = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_fallback = True
        else:
            raise _Refused(f"unsupported content encoding {encoding!r}")

    def feed(self, data: bytes) -> bytes:
        if self.obj is None:
            out = data
        else:
            try:
                out = self._inflate(data)
            except zlib.error as exc:
                if self.encoding == "deflate" and self.size == 0 and getattr(self, "_raw_fallback", False):
                    self._raw_fallback = False  # some servers send raw deflate without the zlib header
                    self.obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = self._inflate(data)
                else:
                    raise _Refused(f"corrupt {self.encoding} body: {exc}") from exc
        self.size += len(out)
        if self.size > self.limit:
            raise _Refused(f"body larger than {self.limit} bytes"
                           + (" after decompression" if self.obj is not None else ""))
        return out

    def _inflate(self, data: bytes) -> bytes:
        """Inflate at most limit+1 bytes in total, in bounded steps (never a bomb in memory)."""
        assert self.obj is not None
        left = self.limit - self.size + 1
        parts: list[bytes] = []
        got = 0
        while data and got < left:
            parts.append(self.obj.decompress(data, left - got))
            got += len(parts[-1])
            data = self.obj.unconsumed_tail
            if (not data and self.obj.eof and self.encoding != "deflate"
                    and self.obj.unused_data.startswith(b"\x1f\x8b")):
                data = self.obj.unused_data  # a gzip body may hold several members (RFC 1952)
                self.obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return b"".join(parts)


@dataclass
class _Host:
    """Per-host state: its concurrency bound, rate limit and robots.txt rules."""

    sem: asyncio.Semaphore
    delay: float
    last_start: float = float("-inf")
    hold_until: float = 0.0
    slot_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots: Any = None            # protego.Protego, or None for "allow all"
    robots_error: str | None = None
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_done: bool = False


@dataclass
class FetchStats:
    """Counters shown by the progress display (read from another thread)."""

    submitted: int = 0
    done: int = 0
    failed: int = 0
    retries: int = 0
    queued: dict[str, int] = field(default_factory=dict)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                    "application/x-zip", "application/gzip", "application/x-gzip", "application/vnd.",
                    "application/msword", "application/x-tar", "application/wasm")


def _binary(content_type: str | None) -> bool:
    """Media types that are never an article, a feed or robots.txt."""
    return (content_type or "").strip().lower().startswith(_BINARY_PREFIXES)


def _loopback(key: str, resolve: dict[str, str] | None = None) -> bool:
    parts = urlsplit(key)
    host = parts.hostname or ""
    if resolve:
        target = _resolved(resolve, host, parts.port or (443 if parts.scheme == "https" else 80))
        host = target[0] if target else host
    return host in ("localhost", "::1") or host.startswith("127.")


def parse_resolve(entries: Iterable[str]) -> dict[str, str]:
    """`HOST[:PORT]=ADDR:PORT` (or curl's `HOST:PORT:ADDR:PORT`) entries as a resolve map."""
    out: dict[str, str] = {}
    for entry in entries:
        entry = entry.strip()
        if "=" in entry:
            name, target = entry.split("=", 1)
        else:
            bits = entry.split(":")
            if len(bits) != 4:
                raise ValueError(f"resolve entry {entry!r}: use HOST[:PORT]=ADDR:PORT")
            name, target = f"{bits[0]}:{bits[1]}", f"{bits[2]}:{bits[3]}"
        addr, _, port = target.rpartition(":")
        if not name or not addr or not port.isdigit():
            raise ValueError(f"resolve entry {entry!r}: use HOST[:PORT]=ADDR:PORT")
        out[name.strip().lower()] = f"{addr.strip()}:{port}"
    return out


def _resolved(resolve: dict[str, str], host: str, port: int) -> tuple[str, int] | None:
    target = resolve.get(f"{host.lower()}:{port}") or resolve.get(host.lower())
    if target is None:
        return None
    addr, _, p = target.rpartition(":")
    return addr.strip("[]"), int(p)


class _Resolving(httpx.AsyncBaseTransport):
    """Connects mapped host names to the given address; URL, Host header and SNI unchanged."""

    def __init__(self, resolve: dict[str, str], inner: httpx.AsyncBaseTransport):
        self.resolve, self.inner = resolve, inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        target = _resolved(self.resolve, url.host, url.port or (443 if url.scheme == "https" else 80))
        if target is not None:
            request.extensions = {**request.extensions, "sni_hostname": url.host}
            request.url = url.copy_with(host=target[0], port=target[1])
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def url_problem(url: str) -> str | None:
    """Why `url` cannot be fetched (scheme, syntax), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError as exc:
        return f"invalid URL: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"unsupported URL scheme {parts.scheme or '(none)'!r} (only http and https)"
    if not parts.hostname or any(ch.isspace() for ch in parts.netloc):
        return "invalid URL: no valid host name"
    return None


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Fetcher:
    """The async fetcher. Use `async with Fetcher(config) as f: await f.fetch(url)`."""

    def __init__(self, config: FetchConfig | None = None):
        self.config = config or FetchConfig()
        self.stats = FetchStats()
        self._hosts: dict[str, _Host] = {}
        self._sem: asyncio.Semaphore | None = None
        self._client: httpx.AsyncClient | None = None
        self.policy = FetchPolicy(allow_private=self.config.allow_private)

    def trust(self, urls: Iterable[str]) -> None:
        """URLs the user gave: their hosts may be private (see `tracer.sources.policy`)."""
        self.policy.trust(urls)

    async def __aenter__(self) -> Fetcher:
        c = self.config
        self._sem = asyncio.Semaphore(max(1, c.concurrency))
        limits = httpx.Limits(max_connections=max(1, c.concurrency), max_keepalive_connections=max(1, c.concurrency))
        transport = httpx.AsyncHTTPTransport(limits=limits)
        pool = getattr(transport, "_pool", None)
        if pool is None or not hasattr(pool, "_network_backend"):  # checked at connect time, or not at all
            raise RuntimeError("this httpx/httpcore version does not let tracer check addresses at connect time")
        pool._network_backend = PolicyBackend(self.policy, pool._network_backend)
        for target in c.resolve.values():  # the mapped addresses are the user's explicit choice (curl --resolve)
            addr, _, port = target.rpartition(":")
            self.policy.trusted.add((addr.strip("[]"), int(port)))
        self._client = httpx.AsyncClient(
            follow_redirects=False, timeout=httpx.Timeout(c.timeout),
            transport=_Resolving(c.resolve, transport) if c.resolve else transport,
            headers={"User-Agent": c.user_agent, "Accept-Encoding": "gzip, deflate"})
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    # -- politeness ----------------------------------------------------------------
    def _host(self, key: str) -> _Host:
        host = self._hosts.get(key)
        if host is None:
            c = self.config
            # The default interval protects other people's servers; a loopback server is
            # the user's own (tests, local mirrors). Its robots.txt still applies.
            delay = c.delay if c.polite and not (c.loopback_exempt and _loopback(key, c.resolve)) else 0.0
            host = self._hosts[key] = _Host(sem=asyncio.Semaphore(max(1, c.per_host)), delay=delay)
        return host

    async def _slot(self, host: _Host) -> None:
        """Wait for this host's next free slot: `delay` after the previous request started.

        Waiters go one at a time and the start is stamped when the wait is over, so a late
        wake-up (a busy machine) delays the next request instead of bunching the two.
        """
        loop = asyncio.get_running_loop()
        async with host.slot_lock:
            wait = max(host.last_start + host.delay, host.hold_until) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            host.last_start = loop.time()

    def _hold_off(self, host: _Host, seconds: float) -> None:
        """After a 429/503 the whole host waits, not just the one request."""
        host.hold_until = max(host.hold_until, asyncio.get_running_loop().time() + seconds)

    async def _robots(self, key: str, host: _Host) -> None:
        async with host.robots_lock:  # one fetch per host; the others wait for its rules
            if host.robots_done:
                return
            try:
                await self._load_robots(key, host)
            finally:
                host.robots_done = True

    async def _load_robots(self, key: str, host: _Host) -> None:
        url = key + "/robots.txt"
        res = await self._fetch(url, accept="text/plain,*/*;q=0.5", limit=_ROBOTS_MAX, check_robots=False,
                                count=False, retries=0)
        if res.ok and res.status is not None and res.status < 300:
            from protego import Protego

            try:
                rp = Protego.parse(res.body.decode("utf-8", errors="replace"))
            except Exception:  # an unparsable robots.txt imposes nothing
                return
            host.robots = rp
            c = self.config
            wait = rp.crawl_delay(c.robots_token)
            rate = rp.request_rate(c.robots_token)
            if rate is not None and rate.requests:
                wait = max(wait or 0.0, rate.seconds / rate.requests)
            if wait:
                host.delay = max(host.delay, min(float(wait), c.max_crawl_delay))
        elif res.status is not None and 400 <= res.status < 500:
            return  # RFC 9309: an unavailable robots.txt allows everything
        elif self.config.robots_strict:
            # RFC 9309: an unreachable robots.txt (5xx, network error) means "disallow all".
            host.robots_error = f"robots.txt unreachable ({res.error or f'HTTP {res.status}'})"

    async def _allowed(self, url: str) -> str | None:
        """None when robots.txt allows the URL, else the reason it may not be fetched."""
        if not self.config.polite:
            return None
        key = host_key(url)
        host = self._host(key)
        if not host.robots_done:
            await self._robots(key, host)
        if host.robots_error:
            return host.robots_error
        if host.robots is not None and not host.robots.can_fetch(url, self.config.robots_token):
            return "disallowed by robots.txt"
        return None

    def robots_sitemaps(self, url: str) -> list[str]:
        """The `Sitemap:` lines of the robots.txt already read for `url`'s host (no request)."""
        host = self._hosts.get(host_key(url))
        if host is None or host.robots is None:
            return []
        try:
            return [str(s) for s in host.robots.sitemaps]
        except Exception:  # a robots.txt oddity costs its sitemaps, nothing else
            return []

    # -- fetching --------------------------------------------------------------------
    async def fetch(self, url: str, *, validators: dict[str, str | None] | None = None,
                    accept: str = PAGE_ACCEPT) -> FetchResult:
        """Fetch one URL with retries and redirects; never raises for a failed fetch."""
        self.stats.submitted += 1
        budget = self.config.max_fetches
        problem = url_problem(url) or (
            f"not fetched: the run's budget of {budget} URLs (--max-fetches) is spent"
            if budget is not None and self.stats.submitted > budget else None)
        if problem:
            self.stats.failed += 1
            return FetchResult(url, error=problem)
        key = host_key(url)
        self.stats.queued[key] = self.stats.queued.get(key, 0) + 1
        try:
            res = await self._fetch(url, accept=accept, validators=validators)
        except Exception as exc:  # a bug here must cost one URL, not the run
            res = FetchResult(url, error=f"fetch failed: {type(exc).__name__}: {exc}")
        finally:
            self.stats.queued[key] -= 1
            if not self.stats.queued[key]:
                del self.stats.queued[key]
        if res.ok:
            self.stats.done += 1
        else:
            self.stats.failed += 1
        return res

    async def _fetch(self, url: str, *, accept: str, validators: dict[str, str | None] | None = None,
                     limit: int | None = None, check_robots: bool = True, count: bool = True,
                     retries: int | None = None) -> FetchResult:
        c = self.config
        max_retries = c.retries if retries is None else retries
        res = FetchResult(url)
        current = url
        clock = _Deadline(c.max_time)  # starts with the first request, not while queued
        failures = 0
        while True:
            problem = url_problem(current)
            if problem:
                res.error = problem if current == url else f"redirected to {current!r}: {problem}"
                return res
            refused = self.policy.refusal(current)
            if refused:
                res.error = refused if current == url else f"redirected to {current!r}: {refused}"
                res.final_url = current
                return res
            if check_robots:
                refusal = await self._allowed(current)
                if refusal:
                    res.error, res.final_url = refusal, current
                    return res
            headers = {"Accept": accept}
            if validators and not res.redirects:
                if validators.get("etag"):
                    headers["If-None-Match"] = validators["etag"] or ""
                if validators.get("last_modified"):
                    headers["If-Modified-Since"] = validators["last_modified"] or ""
            res.attempts += 1
            host = self._host(host_key(current))
            status, resp_headers, error, transient = await self._request(current, headers, host, res,
                                                                         limit or c.max_bytes, clock)
            res.final_url = current
            if error is None and status in REDIRECT_STATUSES:
                location = resp_headers.get("location")
                if not location:
                    res.status, res.error = status, f"HTTP {status} redirect without a Location"
                    return res
                if len(res.redirects) >= c.max_redirects:
                    res.status, res.error = status, f"too many redirects (more than {c.max_redirects})"
                    return res
                res.redirects.append(current)
                current = urljoin(current, location.strip())
                continue
            if transient and failures < max_retries:
                wait = c.backoff * (2 ** failures) * (1 + random.random() * 0.5)
                ra = _retry_after(resp_headers.get("retry-after")) if status in (429, 503) else None
                if ra is not None:
                    if ra > c.backoff_max:
                        res.status = status
                        res.error = f"HTTP {status}, Retry-After {ra:.0f}s is longer than the {c.backoff_max:.0f}s limit"
                        return res
                    wait = max(ra, c.backoff * 0.1)
                    self._hold_off(host, wait)
                wait = min(wait, c.backoff_max)
                if clock.left() is not None and clock.left() <= wait:  # type: ignore[operator]
                    res.status = status
                    res.error = (f"{error or f'HTTP {status}'}; gave up after {res.attempts} attempt(s): "
                                 f"the {c.max_time:g}s limit for one URL (--max-time) would pass")
                    return res
                failures += 1
                if count:
                    self.stats.retries += 1
                await asyncio.sleep(wait)
                continue
            res.status = status
            if error is not None:
                res.error = error + (f" (after {res.attempts} attempts)" if res.attempts > 1 else "")
            elif status == 304 and validators:
                # a 304 need not repeat the validators; keep the ones that still hold
                res.etag = res.etag or validators.get("etag")
                res.last_modified = res.last_modified or validators.get("last_modified")
            elif status is not None and status >= 400:
                res.error = f"HTTP {status}" + (f" (after {res.attempts} attempts)" if res.attempts > 1 else "")
            return res

    async def _request(self, url: str, headers: dict[str, str], host: _Host, res: FetchResult,
                       limit: int, clock: _Deadline | None = None,
                       ) -> tuple[int | None, dict[str, str], str | None, bool]:
        """One HTTP request: (status, headers, error, transient?). Fills res.body on 2xx."""
        assert self._client is not None and self._sem is not None
        c = self.config
        clock = clock or _Deadline(None)
        async with host.sem:
            await self._slot(host)
            async with self._sem:
                clock.start()
                attempt = c.total_timeout or c.timeout * 3
                left = clock.left()
                bounded = left is not None and left < attempt
                try:
                    if left is not None and left <= 0:
                        raise TimeoutError
                    async with asyncio.timeout(min(attempt, left) if left is not None else attempt):
                        return await self._exchange(url, headers, host, res, limit)
                except TimeoutError:
                    if bounded:
                        return None, {}, f"gave up after {c.max_time:g}s for this URL (--max-time)", False
                    return None, {}, f"timed out after {attempt:g}s", True
                except httpx.TimeoutException:
                    return None, {}, f"timed out (no response within {c.timeout:g}s)", True
                except httpx.UnsupportedProtocol as exc:
                    return None, {}, f"invalid URL: {exc}", False
                except httpx.TransportError as exc:
                    return None, {}, f"connection failed: {type(exc).__name__}: {exc}".rstrip(": "), True
                except httpx.HTTPError as exc:
                    return None, {}, f"fetch failed: {type(exc).__name__}: {exc}", False
                except (_Refused, PolicyRefusal) as exc:
                    return None, {}, str(exc), False

    async def _exchange(self, url: str, headers: dict[str, str], host: _Host, res: FetchResult,
                        limit: int) -> tuple[int | None, dict[str, str], str | None, bool]:
        assert self._client is not None
        async with self._client.stream("GET", url, headers=headers) as resp:
            h = {k.lower(): v for k, v in resp.headers.items()}
            status = resp.status_code
            if 200 <= status < 300 and _binary(h.get("content-type")):
                res.content_type = h.get("content-type")  # not a page or feed: not worth downloading
            elif 200 <= status < 300:
                declared = h.get("content-length", "")
                encoding = h.get("content-encoding", "").strip().lower()
                if declared.isdigit() and int(declared) > limit:
                    raise _Refused(f"body larger than {limit} bytes (Content-Length {declared})")
                inflater = _Inflater(encoding, limit)
                body = bytearray()
                raw = 0
                async for chunk in resp.aiter_raw():
                    raw += len(chunk)
                    if raw > limit:
                        raise _Refused(f"body larger than {limit} bytes")
                    body.extend(inflater.feed(chunk))
                res.body = bytes(body)
                res.content_type = h.get("content-type")
                res.etag = h.get("etag")
                res.last_modified = h.get("last-modified")
            elif status == 304:
                res.etag = h.get("etag")
                res.last_modified = h.get("last-modified")
            return status, h, None, status in RETRY_STATUSES


class _Deadline:
    """The overall time limit of one URL, started when its first request goes out."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.end: float | None = None

    def start(self) -> None:
        if self.seconds is not None and self.end is None:
            self.end = asyncio.get_running_loop().time() + self.seconds

    def left(self) -> float | None:
        if self.end is None:
            return self.seconds
        return self.end - asyncio.get_running_loop().time()


class FetchSession:
    """Runs a `Fetcher` on a background event loop for synchronous callers.

    `fetch_ordered` keeps a bounded window of requests in flight and yields results in
    the order the URLs were given, so a caller can stream thousands of URLs without
    holding them all, while the slow part (network) overlaps with its own work.
    """

    def __init__(self, config: FetchConfig | None = None, *, progress: bool | None = None):
        self.config = config or FetchConfig()
        self.fetcher = Fetcher(self.config)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tracer-fetch", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.fetcher.__aenter__(), self._loop).result()
        self._display = None
        if progress:
            from tracer.sources.progress import FetchDisplay

            self._display = FetchDisplay(self.fetcher.stats)
            self._display.start()

    @property
    def stats(self) -> FetchStats:
        return self.fetcher.stats

    def fetch_ordered(self, requests: Iterable[tuple[str, dict[str, str | None] | None]], *,
                      accept: str = PAGE_ACCEPT, window: int | None = None) -> Iterator[FetchResult]:
        """Fetch (url, validators) pairs concurrently; yield results in input order."""
        window = window or max(256, self.config.concurrency * 8)
        pending: deque[Any] = deque()
        for url, validators in requests:
            pending.append(asyncio.run_coroutine_threadsafe(
                self.fetcher.fetch(url, validators=validators, accept=accept), self._loop))
            while len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def fetch(self, url: str, *, accept: str = PAGE_ACCEPT,
              validators: dict[str, str | None] | None = None) -> FetchResult:
        return next(self.fetch_ordered([(url, validators)], accept=accept))

    def trust(self, urls: Iterable[str]) -> None:
        """URLs the user gave (not found in content): their hosts may be private."""
        self.fetcher.trust(urls)

    def close(self) -> None:
        if self._display is not None:
            self._display.stop()
            self._display = None
        if self._loop.is_closed():
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self.fetcher.__aexit__(None, None, None), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FetchSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fetch_urls(urls: Iterable[str], config: FetchConfig | None = None, *,
               accept: str = PAGE_ACCEPT) -> Iterator[FetchResult]:
    """Fetch URLs concurrently and politely; yield one `FetchResult` per URL, in order.

    The URLs are the caller's own choice, so their hosts are trusted by the fetch policy
    (redirects elsewhere are still checked)."""
    with FetchSession(config) as session:
        def trusted() -> Iterator[tuple[str, None]]:
            for u in urls:
                session.trust([u])
                yield u, None

        yield from session.fetch_ordered(trusted(), accept=accept)
