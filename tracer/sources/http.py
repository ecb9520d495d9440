"""Fetching pages over HTTP with httpx."""

from __future__ import annotations

import httpx

from tracer.extract import decode_bytes, extract_html
from tracer.model import Article, ItemError
from tracer.sources.options import ReadOptions


def fetch_article(url: str, opts: ReadOptions) -> Article | ItemError:
    """Fetch one page and extract it; every failure is an `ItemError`."""
    try:
        with httpx.Client(follow_redirects=True, timeout=opts.timeout, max_redirects=10,
                          headers={"User-Agent": opts.user_agent}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    return ItemError(url, f"HTTP {resp.status_code}")
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and "html" not in ctype and "xml" not in ctype and not ctype.startswith("text/"):
                    return ItemError(url, f"not an HTML page ({ctype})")
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body.extend(chunk)
                    if len(body) > opts.max_bytes:
                        return ItemError(url, f"page larger than {opts.max_bytes} bytes")
                final = str(resp.url)
                charset = resp.charset_encoding
    except httpx.TimeoutException:
        return ItemError(url, "timed out")
    except httpx.HTTPError as exc:
        return ItemError(url, f"fetch failed: {type(exc).__name__}: {exc}")
    html = decode_bytes(bytes(body), charset)
    art = extract_html(html, id=url, url=final, source=url)
    return art
