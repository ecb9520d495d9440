"""Where articles come from: files, directories, corpora, feeds, web archives, URLs, stdin.

`read_inputs()` takes any mix of CONTRACT.md inputs and yields `Article`s, or
`ItemError`s for inputs that could not be read: one bad input never stops the others.
Consecutive URL inputs are fetched concurrently (politely, see `_fetch`) while the
output keeps the input order; a URL given twice is read once.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tracer.model import Article, ItemError
from tracer.sources.corpora import iter_csv, iter_jsonl
from tracer.sources.files import read_html_file, read_text_file
from tracer.sources.options import ReadOptions
from tracer.untrusted import no_surrogates

if TYPE_CHECKING:
    from tracer.sources._fetch import FetchSession

__all__ = ["ReadOptions", "read_inputs", "iter_csv", "iter_jsonl", "SUPPORTED_SUFFIXES", "FetchConfig",
           "FetchResult", "Fetcher", "FetchSession", "fetch_urls"]

_FETCH_NAMES = ("FEED_ACCEPT", "FetchConfig", "FetchResult", "Fetcher", "FetchSession", "fetch_urls")


def _fetch_module():
    import tracer.sources._fetch as fetch

    return fetch


def __getattr__(name: str):
    """The fetcher's names, imported on first use: reading files never loads httpx."""
    if name in _FETCH_NAMES:
        return getattr(_fetch_module(), name)
    raise AttributeError(f"module 'tracer.sources' has no attribute {name!r}")


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
FEED_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
SUPPORTED_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + (".jsonl", ".ndjson", ".csv") + FEED_SUFFIXES + WARC_SUFFIXES


def _suffix(path: str) -> str:
    low = path.lower()
    for s in (".warc.gz", ".arc.gz", ".html.gz", ".htm.gz"):
        if low.endswith(s):
            return s
    return Path(low).suffix


def _is_url(inp: str) -> bool:
    return inp.startswith(("http://", "https://"))


class _Reader:
    """The state of one `read_inputs` call: its fetch session (opened on first need) and
    the identities already seen (URLs, feed items)."""

    def __init__(self, opts: ReadOptions):
        self.opts = opts
        self._session: FetchSession | None = None  # httpx is imported on the first fetch
        self.seen_urls: set[str] = set()
        self.seen_items: set[str] = set()

    @property
    def session(self) -> FetchSession:
        if self._session is None:
            from tracer.sources._fetch import FetchSession
            from tracer.sources.progress import want_progress

            self._session = FetchSession(self.opts.fetch_config(), progress=want_progress(self.opts.progress))
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Article | ItemError]:
    """Yield every article of every input, in order; failures come as `ItemError`s."""
    opts = options or ReadOptions()
    reader = _Reader(opts)
    try:
        for is_url, group in itertools.groupby((str(i) for i in inputs), key=_is_url):
            if is_url:
                for item in _read_urls(group, reader):
                    yield _encodable(item)
                continue
            for inp in group:
                try:
                    for item in _read_one(inp, reader):
                        yield _encodable(item)
                except Exception as exc:  # last line of defence: one input never stops the run
                    yield _encodable(ItemError(inp, f"{type(exc).__name__}: {exc}"))
    finally:
        reader.close()


_TEXT_FIELDS = ("id", "text", "url", "publisher", "title", "date", "lang", "source", "html")


def _encodable(item: Article | ItemError) -> Article | ItemError:
    """Lone surrogates (a JSON `"\\ud800"`, a file name in a foreign encoding) become U+FFFD
    here, at the door, for every input kind: no writer downstream (stdout, SQLite, JSON)
    can encode them, and one would crash a run, and every re-run over the same input."""
    if isinstance(item, ItemError):
        return ItemError(no_surrogates(item.input), no_surrogates(item.error))
    for name in _TEXT_FIELDS:
        value = getattr(item, name, None)
        if isinstance(value, str):
            clean = no_surrogates(value)
            if clean is not value:
                setattr(item, name, clean)
    if item.signals:
        item.signals = _clean_json(item.signals)
    item.errors = [_encodable(e) for e in item.errors]  # type: ignore[misc]
    return item


def _clean_json(value: object) -> object:
    if isinstance(value, str):
        return no_surrogates(value)
    if isinstance(value, dict):
        return {no_surrogates(str(k)): _clean_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    return value


def _read_urls(urls: Iterable[str], reader: _Reader) -> Iterator[Article | ItemError]:
    """A run of URL inputs, fetched concurrently, yielded in input order."""
    def fresh() -> Iterator[str]:
        for u in urls:
            if u not in reader.seen_urls:
                reader.seen_urls.add(u)
                reader.session.trust([u])  # typed by the user: its host may be private
                yield u

    opts = reader.opts
    if opts.feed:
        from tracer.sources.feeds import feed_from_result

        session = reader.session
        for res in session.fetch_ordered(((u, None) for u in fresh()), accept=_fetch_module().FEED_ACCEPT):
            try:
                yield from feed_from_result(res, opts, session=session, seen=reader.seen_items)
            except Exception as exc:
                yield ItemError(res.url, f"{type(exc).__name__}: {exc}")
        return
    from tracer.sources.http import fetch_pages

    yield from fetch_pages(fresh(), opts, reader.session)


def _read_one(inp: str, reader: _Reader) -> Iterator[Article | ItemError]:
    opts = reader.opts
    if "://" in inp:
        yield ItemError(inp, "unsupported URL scheme (only http and https)")
        return
    if inp == "-":
        yield from _read_stdin(opts)
        return
    path = Path(inp)
    if path.is_dir():
        for p, problem in _folder_files(path):
            if problem:
                yield ItemError(str(p), problem)
                continue
            try:
                yield from _read_one(str(p), reader)
            except Exception as exc:
                yield ItemError(str(p), f"{type(exc).__name__}: {exc}")
        return
    if not path.exists():
        yield ItemError(inp, "no such file or directory")
        return
    suffix = _suffix(inp)
    if suffix in HTML_SUFFIXES or suffix in (".html.gz", ".htm.gz"):
        yield read_html_file(path, opts)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path, opts)
    elif suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(path, opts)
    elif suffix == ".csv":
        yield from iter_csv(path, opts)
    elif suffix in FEED_SUFFIXES or opts.feed:
        from tracer.sources.feeds import read_feed_file

        session = reader.session if opts.fetch_pages else None
        yield from read_feed_file(path, opts, session=session, seen=reader.seen_items)
    elif suffix in WARC_SUFFIXES:
        from tracer.sources.warc import iter_warc

        yield from iter_warc(path, opts)
    else:
        yield ItemError(inp, f"unsupported input type {suffix or '(no suffix)'}; "
                             f"expected one of {', '.join(SUPPORTED_SUFFIXES)}")


def _folder_files(folder: Path) -> list[tuple[Path, str | None]]:
    """The supported files under `folder`, sorted, each with None or why it is not read.

    A symbolic link is followed only when its target stays inside the folder given: a
    link to `/proc/self/environ` or `~/.ssh` planted in a folder of articles would
    otherwise put the environment (tokens included) or a key into the report.
    """
    root = folder.resolve()
    out: list[tuple[Path, str | None]] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        for name in dirnames:  # os.walk does not descend into linked folders: say so when it matters
            sub = here / name
            if sub.is_symlink() and not _inside(sub, root):
                out.append((sub, "symbolic link to a folder outside the input folder; not followed"))
        for name in filenames:
            p = here / name
            if _suffix(name) not in SUPPORTED_SUFFIXES + (".html.gz", ".htm.gz"):
                continue
            if p.is_symlink() and not _inside(p, root):
                out.append((p, "symbolic link to a file outside the input folder; not followed"))
            elif p.is_file():
                out.append((p, None))
    return sorted(out)


def _inside(link: Path, root: Path) -> bool:
    try:
        return link.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def _read_stdin(opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Standard input holds JSONL (streamed, line by line) or one plain-text article."""
    from tracer.extract import decode_bytes, extract_text
    from tracer.sources.corpora import iter_jsonl_lines

    stream = sys.stdin.buffer
    head: list[bytes] = []
    for raw in stream:
        head.append(raw)
        if raw.strip():
            break
    first = head[-1].lstrip() if head else b""
    if first.startswith(b"{"):
        bad: set[int] = set()

        def lines() -> Iterator[str]:
            for n, raw in enumerate(itertools.chain(head, stream), 1):
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    bad.add(n)
                    yield raw.decode("utf-8", errors="replace")

        yield from iter_jsonl_lines(lines(), "-", opts, bad)
        return
    data = b"".join(head) + stream.read()
    yield extract_text(decode_bytes(data), id="-", source="-")
