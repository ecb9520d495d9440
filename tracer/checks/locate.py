"""Where a finding points: the file an article came from and the line of the shared passage.

CI tools show a finding on a file and a line. An article's text is extracted (from
HTML, a JSONL record, …), so the shared passage is first found in the extracted texts
(longest common run of words), then its opening words are searched in the raw file,
allowing markup, entities and JSON escapes between the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from tracer.model import Article

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_GAP = r"(?:[\W_]|<[^>]*>|&#?\w+;|\\[nrtu](?:[0-9a-fA-F]{4})?)+"
SNIPPET_WORDS = 8


@dataclass
class Location:
    """A place in a file (or a URL) that a CI tool can show."""

    uri: str
    line: int | None = None
    end_line: int | None = None
    snippet: str | None = None
    is_file: bool = False


def shared_span(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Character spans of the longest run of words that text `a` and text `b` share."""
    wa = [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(a)]
    wb = [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(b)]
    if not wa or not wb:
        return None
    sm = SequenceMatcher(None, [w[0] for w in wa], [w[0] for w in wb], autojunk=False)
    m = sm.find_longest_match(0, len(wa), 0, len(wb))
    if m.size == 0:
        return None
    return ((wa[m.a][1], wa[m.a + m.size - 1][2]), (wb[m.b][1], wb[m.b + m.size - 1][2]))


@lru_cache(maxsize=256)
def _read(path: str) -> str | None:
    p = Path(path)
    try:
        if path.lower().endswith(".gz"):
            import gzip

            return gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        return p.read_text("utf-8", errors="replace")
    except OSError:
        return None


def _file_of(art: Article) -> tuple[str | None, int | None]:
    """The file an article was read from, and the line of its record (JSONL/CSV)."""
    for cand in (art.source, art.id):
        if not cand:
            continue
        if Path(cand).is_file():
            return cand, None
        head, _, tail = cand.rpartition(":")
        if head and tail.isdigit() and Path(head).is_file():
            return head, int(tail)
    return None, None


def _uri(path: str) -> str:
    """A path relative to the working directory when under it (what code scanning expects)."""
    p = Path(path).resolve()
    try:
        return p.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_uri()


def locate(art: Article, span: tuple[int, int] | None = None) -> Location:
    """Where `art` (and, when given, the passage `span` of its text) sits in its file."""
    path, record_line = _file_of(art)
    snippet = art.text[span[0]:span[1]] if span else None
    if snippet and len(snippet) > 300:
        snippet = snippet[:300].rsplit(" ", 1)[0] + " …"
    if path is None:
        return Location(uri=art.url or art.id, line=None, snippet=snippet)
    line = record_line or 1
    raw = _read(path)
    if raw is not None and span:
        words = _WORD.findall(art.text[span[0]:span[1]])[:SNIPPET_WORDS]
        if words:
            pat = re.compile(_GAP.join(re.escape(w) for w in words), re.IGNORECASE)
            start = _offset_of_line(raw, record_line) if record_line else 0  # a record: from its line on
            m = pat.search(raw, start)
            if m:
                line = raw.count("\n", 0, m.start()) + 1
    return Location(uri=_uri(path), line=line, snippet=snippet, is_file=True)


def _offset_of_line(raw: str, line: int) -> int:
    pos = 0
    for _ in range(line - 1):
        nxt = raw.find("\n", pos)
        if nxt < 0:
            return pos
        pos = nxt + 1
    return pos


__all__ = ["Location", "locate", "shared_span"]
