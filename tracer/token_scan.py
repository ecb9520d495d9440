"""Token spans of many texts at once, found with numpy over code points, not with a regex per text.

Why: fingerprinting a 10k-article corpus spent most of its time in `re.findall` (one
Python string per token occurrence, 6 M of them) and in one dict lookup per occurrence
to hash them, although the corpus holds only ~70 k distinct tokens. Here a batch of
texts becomes one array of code points; a character-class table (filled once per
code point ever seen, from the regex classes themselves) marks word characters,
joiners and one-character tokens; token starts and ends are boolean shifts of those
marks; and the occurrences of one token are grouped exactly: by their characters packed
into 64-bit words (`tracer.token_windows`; per token, not per character), or, in a batch
with an astral character inside a token, by a 64-bit polynomial hash of their code
points *then checked character by character* against the group's first occurrence.
Only each distinct token becomes a Python string (and is hashed, `tracer.fingerprint`).
A batch whose check fails (a key collision, never seen in practice) returns None and
takes the regex path.

The token grammar is the one `tracer.fingerprint` writes as regexes (`_TOKEN`,
`_TOKEN_CJK`); both are built from the constants here:

* a word is a run of letters/digits (`[^\\W_]`), combining marks (`MARKS`: a decomposed
  "é" is "e" and an accent; Indic vowel signs) and invisible format characters (`INVISIBLE`: soft hyphens,
  zero-width spaces and joiners, which republishing tools insert inside words and
  `normalize` deletes), its parts joined by one apostrophe or period with a word character
  on both sides ("don't", "U.S");
* quotation marks and newlines are one-character tokens (marks, later dropped);
* in a text that holds a character of `CJK_CLASS` (scripts written without spaces),
  each such character is a token of its own and words never span it — a text without
  one has none, so one rule serves both patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tracer._marks import MARKS as _ALL_MARKS
from tracer.token_windows import group_by_windows, groups_of_sorted, run_offsets

QUOTES = '"“”„‟«»〝〞〟＂'
JOINERS = "'’."
#: combining marks (Unicode category M, `tracer._marks`): word characters, so that a decomposed
#: (NFD) "é" or an Arabic letter with its hamza stays inside its word and normalises to the
#: composed one, and a Devanagari or Bengali vowel sign does not cut its word in pieces
MARKS = _ALL_MARKS
#: soft hyphen, zero-width space and joiner, word joiner, BOM: invisible in print, word
#: characters here (a word they break stays one word) and deleted by normalisation. Not the
#: zero-width non-joiner: in Persian it parts a word's pieces where other writers put a space.
INVISIBLE = "\u00ad\u200b\u200d\u2060\ufeff"
CJK_CLASS = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
             "\U00020000-\U0003ffff")

OTHER, WORD, JOIN, SINGLE, _UNKNOWN = 0, 1, 2, 3, 255
_WORD_CHAR = re.compile(rf"[^\W_]|[{MARKS}{INVISIBLE}]")
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_CLASS = np.full(0x110000, _UNKNOWN, dtype=np.uint8)  # filled as code points are met

_U64 = np.uint64
_BASE = _U64(0x9E3779B97F4A7C15 | 1)        # odd, so invertible modulo 2**64
_BASE_INV = _U64(pow(int(_BASE), -1, 1 << 64))
_LEN_MIX = _U64(0xC2B2AE3D27D4EB4F)
CHUNK_CHARS = 1 << 21  # code points hashed at once (bounds the power tables and temporaries: ~40 bytes each)
_powers: tuple[np.ndarray, np.ndarray] = (np.ones(1, _U64), np.ones(1, _U64))


def char_class(ch: str) -> int:
    """The token class of one character (the regexes' classes, asked of the regexes)."""
    if ch == "\n" or ch in QUOTES or _CJK_CHAR.match(ch):
        return SINGLE
    if ch in JOINERS:
        return JOIN
    return WORD if _WORD_CHAR.match(ch) else OTHER


def _classes(cp: np.ndarray) -> np.ndarray:
    """Class of every code point; code points not met before are classified (once per process)."""
    c = np.take(_CLASS, cp)  # `take`: a third cheaper than indexing with a uint32 array
    if len(c) and c.max() == _UNKNOWN:  # one pass; most batches meet no new code point
        unknown = np.flatnonzero(c == _UNKNOWN)
        met = cp[unknown]
        new = np.unique(met)
        _CLASS[new] = [char_class(chr(x)) for x in new.tolist()]
        c[unknown] = _CLASS[met]
    return c


def _pow_table(n: int, base: np.uint64) -> np.ndarray:
    """base**k modulo 2**64 for k < n: a 1024-wide block of powers times the block steps."""
    with np.errstate(over="ignore"):
        low = np.multiply.accumulate(np.concatenate(([_U64(1)], np.full(1023, base, dtype=_U64))))
        step = _U64(pow(int(base), 1024, 1 << 64))
        high = np.multiply.accumulate(np.concatenate(([_U64(1)], np.full(-(-n // 1024) - 1, step, dtype=_U64))))
        return (high[:, None] * low[None, :]).ravel()[:n]


def _pow_tables(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**k and BASE**-k modulo 2**64 for k < n (kept and grown)."""
    global _powers
    if len(_powers[0]) < n:
        size = max(n, 2 * len(_powers[0]))
        _powers = (_pow_table(size, _BASE), _pow_table(size, _BASE_INV))
    return _powers


@dataclass
class TokenScan:
    """Tokens of a batch of texts, in order: text i owns `counts[i]` consecutive tokens.

    Token t is `text[starts[t]:ends[t]]` of the joined text (`"\\x00".join(texts)`, code
    points `cp`); `group[t]` numbers the distinct tokens, `first[g]` is one occurrence of
    group g and `key[g]` its hash. `head`, when the tokens were grouped by packed
    characters (`tracer.token_windows`), holds each group's first two windows (characters
    0–3 and 4–7, the rest masked off), with which `TokenTable` checks known tokens.
    """

    text: str
    cp: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    counts: np.ndarray
    group: np.ndarray
    first: np.ndarray
    key: np.ndarray
    head: tuple[np.ndarray, np.ndarray] | None = None


def _spans(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) of every token in one code-point array."""
    c = _classes(cp)
    word = c == WORD
    ext = word.copy()
    if len(c) > 2:
        ext[1:-1] |= (c[1:-1] == JOIN) & word[:-2] & word[2:]  # a joiner between two word characters
    single = c == SINGLE
    start = ext.copy()
    start[1:] &= ~ext[:-1]
    start |= single
    end = ext
    end[:-1] &= ~ext[1:]
    end |= single
    return np.flatnonzero(start), np.flatnonzero(end) + 1


def chunks(texts: list[str]) -> list[list[str]]:
    """`texts` cut into runs of consecutive texts of at most `CHUNK_CHARS` characters together
    (a longer text alone), so the arrays of one `scan` stay small."""
    out: list[list[str]] = []
    run: list[str] = []
    size = -1  # the joined length: a separator between two texts
    for t in texts:
        if run and size + 1 + len(t) > CHUNK_CHARS:
            out.append(run)
            run, size = [], -1
        run.append(t)
        size += 1 + len(t)
    if run or not out:
        out.append(run)
    return out


def scan(texts: list[str]) -> TokenScan | None:
    """Every token of every text (the regex grammar above), grouped exactly.

    None on a hash collision, or for texts longer than `CHUNK_CHARS` together (see `chunks`).
    """
    joined = "\x00".join(texts)  # NUL is no token character: tokens never cross texts
    if len(joined) > CHUNK_CHARS:
        return None
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts, ends = _spans(cp)
    bounds = np.cumsum([0] + [len(t) + 1 for t in texts])  # where each text starts, and the end
    counts = np.diff(np.searchsorted(starts, bounds)).astype(np.int64)  # a search per text, not per token
    grouped = _group(cp, starts, ends)
    if grouped is None:
        return None
    group, first, key, head = grouped
    return TokenScan(text=joined, cp=cp, starts=starts, ends=ends, counts=counts, group=group, first=first, key=key,
                     head=head)


_Grouped = tuple[np.ndarray, np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray] | None]


def _group(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> _Grouped | None:
    """Distinct-token numbering of the token spans, the first occurrence and key of each group
    and, when packed, its head windows (None on a key collision): by packed characters when every token character is in the
    Basic Multilingual Plane (`tracer.token_windows`), else by a checked polynomial hash."""
    if len(starts) == 0:
        z = np.zeros(0, np.int64)
        return z, z, np.zeros(0, _U64), None
    big = np.flatnonzero(cp > 0xFFFF)
    if len(big) == 0 or not (_CLASS[cp[big]] != OTHER).any():  # astral characters only outside tokens
        return group_by_windows(cp, starts, ends)
    hashed = _group_hashed(cp, starts, ends)
    return None if hashed is None else (*hashed, None)


def _group_hashed(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """`_group` by a polynomial hash of each token's code points, checked character by character."""
    end = int(ends[-1])
    pw, inv = _pow_tables(end + 1)
    with np.errstate(over="ignore"):
        pre = np.zeros(end + 1, dtype=_U64)
        x = cp[:end].astype(_U64)
        x *= pw[:end]
        np.cumsum(x, out=pre[1:])
        key = pre[ends]
        key -= pre[starts]
        key *= inv[starts]
        lens = ends - starts
        key += lens.astype(_U64) * _LEN_MIX
    order = np.argsort(key)
    ks = key[order]
    new, first, group = groups_of_sorted(ks, order)
    # the check: every occurrence spells its group's first occurrence. Each character of a
    # token is compared with the character as far away as the token is from its group's
    # first occurrence (a per-character offset: a running sum of +d at token starts and
    # -d at token ends; 0 outside tokens)
    rep = first[group]
    if not np.array_equal(lens, lens[rep]):
        return None
    delta = (starts[rep] - starts).astype(np.int32)
    off = np.zeros(len(cp) + 1, dtype=np.int32)
    off[starts] = delta
    off[ends] -= delta
    np.cumsum(off, out=off)
    off[:-1] += np.arange(len(cp), dtype=np.int32)
    if not np.array_equal(cp, cp[off[:-1]]):
        return None
    return group, first, ks[new]


class TokenTable:
    """The distinct tokens met so far in this process, with their hashes (`hash_token(str)`).

    Only a token never met before becomes a Python string and is hashed; a known one is
    found by its key (a sorted-array lookup) and checked against the code points kept for
    it: by its two head windows when both sides have them (`TokenScan.head`: eight
    characters in two comparisons), the characters past them one by one. Cleared past
    `limit` tokens (memory stays bounded).
    """

    def __init__(self, hash_token: Callable[[str], int], limit: int = 1_000_000):
        self.hash_token = hash_token
        self.limit = limit
        self.clear()

    def clear(self) -> None:
        self.keys = np.zeros(0, _U64)      # sorted
        self.values = np.zeros(0, _U64)    # hash of each key's token
        self.at = np.zeros(0, np.int64)    # where its code points start in `chars`
        self.lens = np.zeros(0, np.int64)
        self.chars = np.zeros(0, np.uint32)
        self.head_a = np.zeros(0, _U64)    # head windows (`TokenScan.head`) …
        self.head_b = np.zeros(0, _U64)
        self.has_head = np.zeros(0, bool)  # … when the token was added with them

    def hashes(self, sc: TokenScan) -> np.ndarray | None:
        """Hash of every distinct token of a scan (group order); None if a key collides."""
        g = len(sc.key)
        if len(self.keys) + g > self.limit:
            self.clear()
        rs, rl = sc.starts[sc.first], sc.ends[sc.first] - sc.starts[sc.first]
        pos = np.searchsorted(self.keys, sc.key)
        pos[pos == len(self.keys)] = 0
        hit = self.keys[pos] == sc.key if len(self.keys) else np.zeros(g, dtype=bool)
        out = np.empty(g, dtype=_U64)
        if hit.any():
            hp = pos[hit]
            ln = rl[hit]
            if not np.array_equal(ln, self.lens[hp]):
                return None
            skip = np.zeros(len(hp), dtype=np.int64)  # characters checked by the head windows
            if sc.head is not None:
                quick = np.flatnonzero(self.has_head[hp])
                if not (np.array_equal(sc.head[0][hit][quick], self.head_a[hp[quick]])
                        and np.array_equal(sc.head[1][hit][quick], self.head_b[hp[quick]])):
                    return None
                skip[quick] = np.minimum(ln[quick], 8)
            rest = np.flatnonzero(ln > skip)
            ln_r, skip_r = ln[rest] - skip[rest], skip[rest]
            within = run_offsets(ln_r)
            if not np.array_equal(sc.cp[np.repeat(rs[hit][rest] + skip_r, ln_r) + within],
                                  self.chars[np.repeat(self.at[hp][rest] + skip_r, ln_r) + within]):
                return None
            out[hit] = self.values[hp]
        miss = np.flatnonzero(~hit)
        if len(miss):
            t = sc.text
            fresh = np.fromiter((self.hash_token(t[a:a + n]) for a, n in zip(rs[miss].tolist(), rl[miss].tolist(),
                                                                             strict=True)),
                                dtype=_U64, count=len(miss))
            out[miss] = fresh
            self._add(sc, miss, fresh)
        return out

    def _add(self, sc: TokenScan, miss: np.ndarray, values: np.ndarray) -> None:
        rs, rl = sc.starts[sc.first[miss]], sc.ends[sc.first[miss]] - sc.starts[sc.first[miss]]
        within = run_offsets(rl)
        at = len(self.chars) + np.cumsum(rl) - rl
        self.chars = np.concatenate((self.chars, sc.cp[np.repeat(rs, rl) + within]))
        keys = np.concatenate((self.keys, sc.key[miss]))
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.values = np.concatenate((self.values, values))[order]
        self.at = np.concatenate((self.at, at))[order]
        self.lens = np.concatenate((self.lens, rl))[order]
        if sc.head is not None:
            ha, hb, has = sc.head[0][miss], sc.head[1][miss], np.ones(len(miss), bool)
        else:
            ha = hb = np.zeros(len(miss), _U64)
            has = np.zeros(len(miss), bool)
        self.head_a = np.concatenate((self.head_a, ha))[order]
        self.head_b = np.concatenate((self.head_b, hb))[order]
        self.has_head = np.concatenate((self.has_head, has))[order]
