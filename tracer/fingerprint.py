"""Normalisation, shingling and MinHash signatures — vectorised over whole batches.

Why this shape: past the MinHash itself, Python-level tokenisation is what makes naive
dedup slow. Here a batch of texts is tokenised in numpy over its code points
(`tracer.token_scan`, the same tokens as the regexes `_TOKEN`/`_TOKEN_CJK`), each
distinct token is normalised and hashed (xxh3) once per process, and shingle hashes,
quote marks, per-text unique sets and the signatures are numpy operations over the
whole batch — no Python call per token occurrence or per shingle. Nothing depends on Python's per-process `hash()`,
so signatures are bit-identical across processes, machines and engines (issue 9).

Public surface (stable; other engines call it for identical results):

* `FingerprintParams` — what a signature depends on; recorded in the store.
* `normalize(text)`, `tokenize(text)` — NFKC + casefold; word tokens (character tokens
  for CJK/Thai) with character spans into the original text.
* `story_text(text, credits)` — the text with credit lines and boilerplate blanked.
* `shingle_batch(texts, n)` — per-text unique shingle hashes (uint64) and, for each, the
  subset outside quotation marks (narration), as `ShingleBatch`.
* `MinHasher(params).signatures(batch)` / `.signature(shingles)` — one-permutation
  MinHash (K bins, rotation densification): one hash per shingle instead of K, and
  an unbiased Jaccard estimator whose bins are the LSH keys of `tracer.index`.
* `fingerprint(text, credits)` — all of the above for one article.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import xxhash

from tracer.model import Credit
from tracer.token_scan import CJK_CLASS, INVISIBLE, JOINERS, MARKS, QUOTES, TokenTable, scan
from tracer.token_scan import chunks as token_chunks
from tracer.token_windows import splitmix64 as _mix  # in place: every call here passes a temporary

_U64 = np.uint64
_GOLD = _U64(0x9E3779B97F4A7C15)
_MAX32 = np.uint32(0xFFFFFFFF)


@dataclass(frozen=True)
class FingerprintParams:
    """What a signature depends on; recorded in the store so runs never mix schemes.

    `num_perm` is the number of one-permutation bins (the signature length); each band
    is `rows` consecutive bins; two articles are LSH candidates when they share at
    least `min_bands` band keys — with `rows=1` that count is the number of equal bins,
    an estimate of K·Jaccard, which keeps trimmed copies (low Jaccard, high
    containment) as candidates while unrelated pairs rarely reach it.
    """

    num_perm: int = 128
    shingle: int = 3
    bands: int = 128
    seed: int = 1
    min_bands: int = 3
    scheme: str = "xxh3-tok/sh40/oph-rot-v4-typo"

    @property
    def rows(self) -> int:
        return max(1, self.num_perm // self.bands)

    def to_dict(self) -> dict[str, object]:
        return {"num_perm": self.num_perm, "shingle": self.shingle, "bands": self.bands, "seed": self.seed,
                "min_bands": self.min_bands, "scheme": self.scheme}


DEFAULT_PARAMS = FingerprintParams()


# -- tokens ---------------------------------------------------------------------------
_QUOTES = QUOTES
_CJK_CLASS = CJK_CLASS
_CJK = re.compile(f"[{_CJK_CLASS}]")
# a word: letters/digits, joined by an apostrophe or a period ("don't", "U.S"); quote
# marks and newlines are tokens too, so quoted spans can be told apart, then dropped.
# Possessive quantifiers (3.11+): the same tokens (a joiner is never a word character),
# without backtracking bookkeeping — a third faster.
# Possessive runs for speed, but not on the group: CPython 3.11.0-3.11.2 match a possessive
# group wrongly ("U.S." would keep its trailing period), and the greedy group never backtracks here.
# ASCII text takes `_TOKEN_ASCII`; other text may hold combining accents and invisible format
# characters inside words (`tracer.token_scan.MARKS`, `INVISIBLE`), hence the wider `_W`.
_TOKEN_ASCII = re.compile(rf"[^\W_]++(?:[{JOINERS}][^\W_]++)*|[{_QUOTES}\n]")
_W = rf"(?:[^\W_]|[{MARKS}{INVISIBLE}])"
_TOKEN = re.compile(rf"{_W}+(?:[{JOINERS}]{_W}+)*|[{_QUOTES}\n]")
_TOKEN_CJK = re.compile(rf"[{_CJK_CLASS}]|(?:(?![{_CJK_CLASS}]){_W})+(?:[{JOINERS}](?:(?![{_CJK_CLASS}]){_W})+)*"
                        rf"|[{_QUOTES}\n]")
_MARK_QUOTE, _MARK_LINE, _MARK_NONE = np.uint64(1), np.uint64(2), 3
_HASH_BITS = 40
_HASH_MASK = np.uint64((1 << _HASH_BITS) - 1)
# What republishing changes in print-invisible ways: apostrophes curly or straight (and the
# modifier letter), soft hyphens and zero-width characters inside words. Folded before NFKC
# (which already folds ligatures, full-width digits, no-break and thin spaces, and composes
# decomposed accents).
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", **{c: None for c in INVISIBLE}})


def normalize(text: str) -> str:
    """NFKC + casefold, apostrophes as "'", invisible format characters deleted (ASCII text
    takes the fast path: lower() is the same thing)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", text.translate(_FOLD)).casefold()


def _pattern(text: str) -> re.Pattern[str]:
    if text.isascii():
        return _TOKEN_ASCII
    return _TOKEN_CJK if _CJK.search(text) else _TOKEN  # one C scan; max(text) cost three times as much


def token_hash(token: str) -> int:
    """Stable 64-bit hash of a raw token: xxh3 of its normalised form (0-3 are reserved marks:
    a quote mark 1, a newline 2, a token of invisible characters only, which is no word, 3)."""
    if token == "\n":
        return 2
    if len(token) == 1 and token in _QUOTES:
        return 1
    norm = normalize(token)
    if not norm:
        return _MARK_NONE
    return xxhash.xxh3_64_intdigest(norm.encode("utf-8", "surrogatepass")) | 4


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens with their character spans in `text` (quote marks, newlines and
    tokens of invisible characters only left out)."""
    out = []
    for m in _pattern(text).finditer(text):
        tok = m.group(0)
        if tok != "\n" and tok not in _QUOTES and (norm := normalize(tok)):
            out.append((norm, m.start(), m.end()))
    return out


class _HashCache(dict[str, int]):
    """raw token → `token_hash`, computed on first sight; dict lookups stay in C."""

    LIMIT = 1_000_000

    def __missing__(self, token: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        h = self[token] = token_hash(token)
        return h


_CACHE = _HashCache()
_TABLE = TokenTable(token_hash, _HashCache.LIMIT)


def _raw_token_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of every raw token (marks included) of all texts, and each text's token count.

    Tokens are found in numpy (`tracer.token_scan`) and only a token this process has not
    met before is hashed; a batch the scan declines (a key collision, a huge text) is
    tokenised by the regexes, each token through one dict lookup (a C-level `map`), so each
    distinct token is normalised and hashed once per process, not once per occurrence.
    Both paths give the same hashes.
    """
    hs, cs = [], []
    for chunk in token_chunks(texts):
        sc = scan(chunk)
        distinct = _TABLE.hashes(sc) if sc is not None else None
        if sc is not None and distinct is not None:
            hs.append(distinct[sc.group])
            cs.append(sc.counts)
            continue
        lists = [_pattern(t).findall(t) for t in chunk]
        cs.append(np.fromiter((len(x) for x in lists), dtype=np.int64, count=len(lists)))
        flat = list(itertools.chain.from_iterable(lists))
        hs.append(np.fromiter(map(_CACHE.__getitem__, flat), dtype=_U64, count=len(flat)))
    if len(hs) == 1:
        return hs[0], cs[0]
    return np.concatenate(hs), np.concatenate(cs)


def _window_hashes(t: np.ndarray, n: int) -> np.ndarray:
    """Hash of every n-token window of a token-hash array (len(t) - n + 1 values)."""
    k = len(t) - n + 1
    acc = t[:k].astype(_U64)  # (0 * GOLD) ^ t[0:k]: the first step of the loop below
    with np.errstate(over="ignore"):
        for j in range(1, n):
            acc *= _GOLD
            acc ^= t[j:j + k]
    return _mix(acc)


# -- story text ----------------------------------------------------------------------
def _after_newline(pattern: re.Pattern[str], first: str = "") -> re.Pattern[str]:
    """`pattern` (which starts with `^`, MULTILINE) preceded by the newline before its line start.

    A pattern that starts with a literal is searched by the regex engine's fast scan for
    that character: the line starts are found in C, not tried one by one in Python (nor at
    every character, as `^` is). `first`, a character class, is every character the
    pattern's first word can start with (after non-word characters): a line starting
    otherwise is passed over without trying the whole pattern."""
    if not pattern.pattern.startswith("^"):
        raise ValueError("the pattern must start with ^")
    ahead = rf"(?=[^\w\n]*[{first}])" if first else ""
    return re.compile(r"\n" + ahead + "(?:" + pattern.pattern[1:] + ")", pattern.flags)


_SOCIAL = r"(?:facebook|twitter|email|e-mail|linkedin|pinterest|whatsapp|reddit|google\+|print|share|x|messenger|telegram|flipboard|tumblr|comments?)"
_BOILER = re.compile(
    r"^[^\w\n]*(?:(?:©|\(c\)|copyright)\b.*|all rights reserved.*|(?:this (?:material|article|story) may not be)"
    r".*|(?:follow|like) us on .*|(?:sign up|subscribe) (?:for|to) .*|(?:click|tap) here .*|advertisement"
    r"|read more:?.*|related:.*|share this .*|(?:the )?associated press contributed to this report\.?"
    r"|\(?(?:reporting|writing|editing|additional reporting) by .*|(?:post|share) (?:to|on|via) \w+.*"
    r"|join the conversation.*|posted!?|cancel\s*send|a link has been (?:sent|posted) to .*"
    r"|check out this story on .*|https?://\S+|(?:photo|image|video)(?:graph)?(?: credit)?s?:? .{0,60}"
    r"(?:getty images|/ ?ap|/ ?afp|/ ?reuters|shutterstock)\)?"
    rf"|(?:{_SOCIAL}\W*){{2,}})[^\w\n]*$",
    re.IGNORECASE | re.MULTILINE)
# the first character of each of _BOILER's alternatives (case-insensitive, as the pattern)
_BOILER_FIRST = "©(acefghijlmprstvwx"
_BOILER_NL = _after_newline(_BOILER, _BOILER_FIRST)


# A photo caption ends in its picture credit: "(AP Photo/Evan Roe)", "(Jane Roe / AFP/Getty
# Images)", "(Photo by … / AFP)", "(Roe/Lehtikuva via AP)", "(Photo: Jane Roe, Getty Images)".
# Captions are page furniture that one agency's pictures carry onto many unrelated stories
# (the labelled corpora discount them: a gallery page sharing captions with a story is not a
# copy of it), so the caption line is blanked wherever it stands, and a bare credit line
# takes the short caption line above it with it. The credit must end its line: a
# parenthesis inside a sentence ("(AP/Ipsos poll)") is left alone.
_PHOTO_WORDS = (r"photo|foto|getty|shutterstock|pool|lehtikuva|sipa|epa|dpa"
                r"|via (?:ap|afp|reuters|getty)|/ ?(?:ap|afp|reuters|tass|anadolu|ansa|efe|ap photo)\b")
_CAPTION = re.compile(
    rf"\((?=[^()\n]{{0,160}}\)(?:[^\w\n(]*\([^()\n]{{0,160}}\))*[^\w\n]*$)"
    rf"(?:[^()\n]{{0,100}}?(?:{_PHOTO_WORDS})|\s*[A-Z][\w.'’-]+(?: [\w.'’-]+){{0,4}} ?[/|] ?[A-Z][\w .&-]{{1,40}}\))",
    re.IGNORECASE | re.MULTILINE)
_CREDIT_LINE = re.compile(r"^[^\w\n]*(?:photo|image|picture|foto)?\s*credits?: [^\n]{0,80}$", re.IGNORECASE | re.MULTILINE)
_CREDIT_LINE_NL = _after_newline(_CREDIT_LINE)
CAPTION_ABOVE = 400  # characters: the longest caption a bare credit line takes with it
# characters: a longer line is no caption but a story without line breaks (a feed's text, a
# copy whose paragraphs were merged) that ends in a credit: only the credit is blanked, not
# the whole story (the labelled corpora's caption lines are at most ~650 characters)
CAPTION_LINE = 800


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of photo-caption lines (caption and credit), to be blanked."""
    if "(" not in text and "redit" not in text:
        return []
    out = []
    for ms, me in itertools.chain(((m.start(), m.end()) for m in _CAPTION.finditer(text)),
                                  _line_spans(_CREDIT_LINE, _CREDIT_LINE_NL, text, 0, len(text))):
        ls = text.rfind("\n", 0, ms) + 1
        le = text.find("\n", me)
        le = len(text) if le < 0 else le
        if le - ls > CAPTION_LINE:
            out.append((ms, me))
            continue
        out.append((ls, le))
        if not text[ls:ms].strip() and ls > 0:  # a bare credit line: the caption is the line above
            ps = text.rfind("\n", 0, ls - 1) + 1
            if ls - 1 - ps <= CAPTION_ABOVE:
                out.append((ps, ls - 1))
    return out


def is_boilerplate(line: str) -> bool:
    """Is this one line (a share bar, a copyright notice, a bare URL …) page furniture?"""
    return _BOILER.match(line.strip()) is not None


def _line_spans(pattern: re.Pattern[str], after_nl: re.Pattern[str], text: str, lo: int, hi: int,
                ) -> Iterator[tuple[int, int]]:
    """Spans of `pattern.finditer(text, lo, hi)` for a pattern that can only match from a
    line start (`^` in MULTILINE), `after_nl` being `_after_newline(pattern)`: its matches
    at line starts from `lo` on, each search going on from the end of the last match (a
    line start the last match ends on is skipped: no pattern here ends on one)."""
    if lo == 0 or text[lo - 1] == "\n":
        m = pattern.match(text, lo, hi)
        if m:
            yield m.start(), m.end()
            lo = m.end()
    for m in after_nl.finditer(text, lo, hi):
        yield m.start() + 1, m.end()


BOILER_ZONE = 2000  # characters at each end of a text searched for boilerplate lines

# An HTML character reference left in extracted or feed text ("don&#8217;t", "AT&amp;T",
# "&quot;", "&nbsp;"): a copy that was unescaped once more reads otherwise. Each becomes its
# character, padded to the reference's length with zero-width spaces (word characters that
# normalisation deletes, `tracer.token_scan.INVISIBLE`), so offsets stay valid and
# "don&#8217;t" is the one token "don't".
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescaped_entities(text: str) -> str:
    """`text` with its HTML character references resolved in place (same length; see `_ENTITY`)."""
    if "&" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        ref = m.group(0)
        ch = html.unescape(ref)
        if ch == ref or len(ch) >= len(ref):  # not a known reference
            return ref
        return ch + "\u200b" * (len(ref) - len(ch))
    return _ENTITY.sub(one, text)


_INVISIBLE_GONE = str.maketrans({c: None for c in INVISIBLE})


def plain_text(text: str) -> str:
    """`text` as print shows it: HTML character references resolved, invisible format
    characters (soft hyphens, zero-width characters) deleted, accents composed (NFC).
    For scorers that read whole texts (names, numbers: `tracer.compare`), where offsets
    need not hold."""
    if text.isascii() and "&" not in text:
        return text
    text = unescaped_entities(text)
    return unicodedata.normalize("NFC", text.translate(_INVISIBLE_GONE)) if not text.isascii() else text


def story_text(text: str, credits: list[Credit] | None = None) -> str:
    """The text without credit lines (bylines, footers) and boilerplate lines.

    They are not the story: two outlets crediting the same agency, or sharing a
    copyright footer, must not look like copies. Lines are blanked rather than removed
    so character offsets stay valid for passages; HTML character references left in the
    text are resolved in place (`unescaped_entities`).
    """
    text = unescaped_entities(text)
    blank: list[tuple[int, int]] = []
    spans = [(c.start, c.end) for c in credits or [] if c.start is not None and c.zone in ("byline", "footer")]
    for s, e in spans:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e if e is not None else s)
        le = len(text) if le < 0 else le
        if le - ls < 300:
            blank.append((ls, le))
    # boilerplate sits in the head and the tail of scraped text: scan those, not the body
    head = min(len(text), BOILER_ZONE)
    tail = max(head, len(text) - BOILER_ZONE)
    tail = text.rfind("\n", 0, tail) + 1 if tail > head else tail
    for lo, hi in ((0, head), (tail, len(text))):
        blank.extend((ms, me) for ms, me in _line_spans(_BOILER, _BOILER_NL, text, lo, hi) if 0 < me - ms < 200)
    blank.extend(caption_spans(text))
    return _blanked(text, blank) if blank else text


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every character inside one of `spans` (start, end; overlapping or empty
    ones allowed) replaced by a space: a few slices, not a list of every character."""
    out: list[str] = []
    pos = 0
    for lo, hi in sorted(spans):
        lo = max(lo, pos)
        if hi <= lo:
            continue
        out += (text[pos:lo], " " * (hi - lo))
        pos = hi
    out.append(text[pos:])
    return "".join(out)


# -- batches -------------------------------------------------------------------------
@dataclass
class ShingleBatch:
    """Unique shingle hashes of many texts, CSR-style: text i owns `hashes[offsets[i]:offsets[i+1]]`.

    `narration` marks the shingles that lie wholly outside quotation marks, so a pair
    that shares only quotes (two outlets quoting one speech) can be told from a copy.
    """

    hashes: np.ndarray
    narration: np.ndarray
    offsets: np.ndarray

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def get(self, i: int) -> np.ndarray:
        return self.hashes[self.offsets[i]:self.offsets[i + 1]]

    def get_narration(self, i: int) -> np.ndarray:
        s, e = self.offsets[i], self.offsets[i + 1]
        return self.hashes[s:e][self.narration[s:e]]

    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)


def shingle_batch(texts: list[str], n: int = DEFAULT_PARAMS.shingle) -> ShingleBatch:
    """Unique n-token shingle hashes of every text (one shingle for a text of < n tokens).

    A shingle is narration when none of its tokens lies inside quotation marks (an odd
    number of quote marks since the start of its paragraph).
    """
    raw, counts = _raw_token_hashes(texts)
    ndoc = len(texts)
    rdoc = np.repeat(np.arange(ndoc, dtype=np.int64), counts)
    is_q, is_nl = raw == _MARK_QUOTE, raw == _MARK_LINE
    # quote parity, reset at each paragraph and each text
    cq = np.cumsum(is_q, dtype=np.int64)
    reset = is_nl.copy()
    starts_doc = np.cumsum(counts) - counts
    reset[starts_doc[counts > 0]] = True
    last = np.where(reset, np.arange(len(raw)), 0)
    last = np.maximum.accumulate(last) if len(raw) else last
    base = cq[last] - is_q[last]
    inside = ((cq - base) & 1).astype(bool)
    word = raw > _U64(3)
    th, tq, tdoc = raw[word], inside[word], rdoc[word]
    ntok = np.bincount(tdoc, minlength=ndoc)
    pieces_h, pieces_q, pieces_d = [], [], []
    if len(th) >= n:
        wh = _window_hashes(th, n)
        ok = tdoc[:len(wh)] == tdoc[n - 1:]
        cqt = np.concatenate(([0], np.cumsum(tq, dtype=np.int64)))
        wq = (cqt[n:] - cqt[:-n])[:len(wh)] > 0
        pieces_h.append(wh[ok])
        pieces_q.append(wq[ok])
        pieces_d.append(tdoc[:len(wh)][ok])
    short = np.flatnonzero((ntok > 0) & (ntok < n))
    if len(short):
        tstart = np.concatenate(([0], np.cumsum(ntok)))
        for d in short.tolist():
            t = th[tstart[d]:tstart[d + 1]]
            pieces_h.append(_window_hashes(t, len(t)))
            pieces_q.append(np.array([bool(tq[tstart[d]:tstart[d + 1]].any())]))
            pieces_d.append(np.array([d], dtype=np.int64))
    if pieces_h:
        h = np.concatenate(pieces_h) & _HASH_MASK
        q = np.concatenate(pieces_q).astype(_U64)
        d = np.concatenate(pieces_d).astype(_U64)
    else:
        h, q, d = np.zeros(0, _U64), np.zeros(0, _U64), np.zeros(0, _U64)
    # one sort of (text, hash, quoted) packed in 64 bits: unique per text, and a shingle
    # is narration when any of its occurrences is outside quotes
    packed = d << _U64(_HASH_BITS + 1)
    h <<= _U64(1)
    packed |= h
    packed |= q
    packed.sort()
    if len(packed):
        key = packed >> _U64(1)
        first = np.concatenate(([True], key[1:] != key[:-1]))
        packed = packed[first]
    docs = (packed >> _U64(_HASH_BITS + 1)).astype(np.int64)
    offsets = np.concatenate(([0], np.cumsum(np.bincount(docs, minlength=ndoc)))).astype(np.int64)
    return ShingleBatch(hashes=(packed >> _U64(1)) & _HASH_MASK, narration=(packed & _U64(1)) == 0,
                        offsets=offsets)


class MinHasher:
    """One-permutation MinHash with rotation densification (Shrivastava & Li, 2014).

    A shingle hash picks its bin (low bits, after a seeded mix) and its value (high
    32 bits); the signature is the minimum value per bin. Empty bins borrow the next
    non-empty bin to the right, mixed with the distance, so that two texts agree on a
    bin with probability ≈ their Jaccard similarity. One hash per shingle, not K.
    """

    def __init__(self, params: FingerprintParams = DEFAULT_PARAMS):
        self.params = params
        self.k = params.num_perm
        self._seed = _mix(np.array([params.seed], dtype=_U64))[0]

    def signatures(self, batch: ShingleBatch) -> np.ndarray:
        """(len(batch), num_perm) uint32 signatures; an empty text gets all 0xFFFFFFFF."""
        n, k = len(batch), self.k
        with np.errstate(over="ignore"):
            h = _mix(batch.hashes ^ self._seed)
        # the cell (text, bin) of every shingle: a mask instead of a modulo when K is a power of two
        bins = h & _U64(k - 1) if k & (k - 1) == 0 else h % _U64(k)
        cell = np.repeat(np.arange(0, n * k, k, dtype=np.int64), batch.lengths())
        cell += bins.astype(np.int64)
        vals = (h >> _U64(32)).astype(np.uint32)
        sig = np.full(n * k, _MAX32, dtype=np.uint32)
        np.minimum.at(sig, cell, vals)
        filled = np.zeros(n * k, dtype=bool)
        filled[cell] = True
        sig = sig.reshape(n, k)
        filled = filled.reshape(n, k)
        empty_rows = ~filled.any(axis=1)
        if (~filled).any():
            pos = np.where(np.concatenate((filled, filled), axis=1), np.arange(2 * k), 4 * k)
            nxt = np.minimum.accumulate(pos[:, ::-1], axis=1)[:, ::-1][:, :k]
            nxt[empty_rows] = np.arange(k)
            dist = nxt - np.arange(k)
            src = nxt % k
            borrowed = sig[np.arange(n)[:, None], src]
            with np.errstate(over="ignore"):
                mixed = (_mix(borrowed.astype(_U64) * _GOLD + dist.astype(_U64)) >> _U64(32)).astype(np.uint32)
            sig = np.where(filled | empty_rows[:, None], sig, mixed)
        return sig

    def signature(self, shingles: np.ndarray) -> np.ndarray:
        """The signature of one text's shingle hashes (duplicates allowed)."""
        sh = np.unique(np.asarray(shingles, dtype=_U64))
        b = ShingleBatch(hashes=sh, narration=np.ones(len(sh), bool), offsets=np.array([0, len(sh)]))
        return self.signatures(b)[0]


@dataclass
class Fingerprint:
    """Story text, unique shingle hashes (sorted), narration shingles and signature of one article."""

    text: str
    shingles: np.ndarray
    narration: np.ndarray
    signature: np.ndarray
    n: int = DEFAULT_PARAMS.shingle
    _tokens: list[tuple[str, int, int]] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[tuple[str, int, int]]:
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    @cached_property
    def shingle_set(self) -> set[int]:
        return set(self.shingles.tolist())


def fingerprint(text: str, credits: list[Credit] | None = None, hasher: MinHasher | None = None) -> Fingerprint:
    """Everything matching needs about one article's story text."""
    hasher = hasher or MinHasher()
    story = story_text(text, credits)
    b = shingle_batch([story], hasher.params.shingle)
    return Fingerprint(text=story, shingles=b.get(0), narration=b.get_narration(0),
                       signature=hasher.signatures(b)[0], n=hasher.params.shingle)


def fingerprints(texts: list[str], hasher: MinHasher | None = None) -> tuple[ShingleBatch, np.ndarray]:
    """Shingles and signatures of many story texts at once (the fast path)."""
    hasher = hasher or MinHasher()
    b = shingle_batch(texts, hasher.params.shingle)
    return b, hasher.signatures(b)


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def positional_shingles(tokens: list[tuple[str, int, int]], n: int) -> np.ndarray:
    """Shingle hashes in token order (not unique): window i starts at token i. For passages.

    `tokens` come from `tokenize`, so these hashes equal those of `shingle_batch`.
    """
    if not tokens:
        return np.zeros(0, dtype=_U64)
    th = np.fromiter((token_hash(t) for t, _s, _e in tokens), dtype=_U64, count=len(tokens))
    return _window_hashes(th, min(n, len(th))) & _HASH_MASK
