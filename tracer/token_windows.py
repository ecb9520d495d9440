"""Exact grouping of token occurrences by their characters packed into 64-bit words.

Why: `tracer.token_scan` grouped the tokens of a batch by a polynomial hash of their
code points and then checked every character of every occurrence against its group's
first one. Both are passes over all characters (a prefix sum, a gather, a compare …):
most of a worker's time on a large corpus. Here a token's first 16 characters are read
as up to four overlapping 64-bit windows of the batch's UTF-16 code units (four
characters each, the ones past the token masked off), which *are* the token: no
character of a token is NUL, so the windows also fix its length. Grouping is one sort
of a 64-bit hash of the windows (multiplicative: its high bits group) and the check
compares windows per occurrence, not characters — work per token, not per character.
Only tokens longer than 16 characters (a fraction of a percent) are checked character
by character.

For code points in the Basic Multilingual Plane only: `token_scan._group` sends a batch
with an astral character inside a token to the hashed path.
"""

from __future__ import annotations

import numpy as np

_U64 = np.uint64
_ALL = (1 << 64) - 1
_MASKS = np.array([(1 << (16 * k)) - 1 for k in range(4)] + [_ALL], dtype=_U64)  # the first k characters of a window
_MASKS_A = _MASKS[np.minimum(np.arange(9), 4)]  # by token length (8 for longer ones): window 0–3
_MASKS_B = _MASKS[np.clip(np.arange(9) - 4, 0, 4)]  # window 4–7
_K1, _K2 = _U64(0x9E3779B97F4A7C15), _U64(0xD6E8FEB86659FD93)
_M1, _M2 = _U64(0xBF58476D1CE4E5B9), _U64(0x94D049BB133111EB)
WINDOW_CHARS = 16  # characters packed per token; longer tokens are also checked character by character


def splitmix64(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, in place (pass a temporary): spreads every input bit over the
    whole word. The one mix of tracer's hashing (`tracer.fingerprint` uses it too)."""
    with np.errstate(over="ignore"):
        h ^= h >> _U64(30)
        h *= _M1
        h ^= h >> _U64(27)
        h *= _M2
        h ^= h >> _U64(31)
    return h


def _window(win: np.ndarray, at: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """The window of four characters starting at `at`, keeping its first `chars` (0–4)."""
    w = win[at]
    w &= _MASKS[np.clip(chars, 0, 4)]
    return w


def _head(win: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The windows of a token's characters 0–3 and 4–7 (those past its end masked off)."""
    short = np.minimum(lens, 8)
    a = win[starts]
    a &= _MASKS_A[short]
    b = win[starts + 4]
    b &= _MASKS_B[short]
    return a, b


def group_by_windows(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray]] | None:
    """(group of each token, first occurrence of each group, 64-bit key of each group, the
    group's windows of characters 0–3 and 4–7) for the spans of non-empty tokens over BMP
    code points `cp`; None when two distinct tokens share a key (then the caller takes
    another path)."""
    n = len(starts)
    units = np.zeros(len(cp) + WINDOW_CHARS + 4, dtype=np.uint16)
    units[:len(cp)] = cp
    # every 4-character window, one per position (overlapping, unaligned reads of the units)
    win = np.ndarray((len(cp) + WINDOW_CHARS,), dtype="<u8", buffer=units, strides=(2,))
    lens = ends - starts
    with np.errstate(over="ignore"):
        a, b = _head(win, starts, lens)
        h = a * _K1  # multiplicative: the high bits, by which tokens are grouped, depend on every bit
        h += b * _K2
        long = np.flatnonzero(lens > 8)
        if len(long):
            s, ln = starts[long], lens[long]
            c = _window(win, s + 8, ln - 8)
            d = _window(win, s + 12, ln - 12)
            extra = d * _K1
            extra ^= c
            extra = splitmix64(extra) * _K2
            extra += ln.astype(_U64)
            far = np.flatnonzero(ln > WINDOW_CHARS)
            if len(far):
                extra[far] ^= _tail_hash(units, s[far], ln[far])
            h[long] ^= splitmix64(extra)
    # one plain sort of (key high bits, token index) groups the tokens, each group in text order
    bits = max(1, n.bit_length())
    low = _U64((1 << bits) - 1)
    packed = h & ~low
    packed |= np.arange(n, dtype=_U64)
    packed.sort()
    order = (packed & low).astype(np.int64)
    packed >>= _U64(bits)
    new, first, group = groups_of_sorted(packed, order)
    # the check: every occurrence has its group's first occurrence's windows. Equal head
    # windows make equal tokens of up to 8 characters (no token character is NUL, so the
    # windows fix the length too); a group holds only such tokens or only longer ones,
    # whose length, further windows and tails are compared as well
    rep = first[group]
    if not (np.array_equal(a, a[rep]) and np.array_equal(b, b[rep])):
        return None
    sizes = np.diff(np.append(np.flatnonzero(new), n))
    if not np.array_equal(np.bincount(group[long], minlength=len(first)), np.where(lens[first] > 8, sizes, 0)):
        return None
    if len(long):
        rl = rep[long]
        if not (np.array_equal(ln, lens[rl])
                and np.array_equal(c, _window(win, starts[rl] + 8, lens[rl] - 8))
                and np.array_equal(d, _window(win, starts[rl] + 12, lens[rl] - 12))):
            return None
        if not _tails_equal(units, starts[long], rl, starts, lens[long]):
            return None
    return group, first, h[first], (a[first], b[first])


def groups_of_sorted(keys: np.ndarray, order: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For `keys` sorted (non-empty; token `order[k]` has `keys[k]`): where a new key starts, the
    first token of each group, and each token's group number."""
    new = np.empty(len(keys), dtype=bool)
    new[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    group = np.empty(len(keys), dtype=np.int64)
    group[order] = np.cumsum(new) - 1
    return new, order[new], group


def run_offsets(lens: np.ndarray) -> np.ndarray:
    """0, 1, …, lens[0]-1, 0, 1, …, lens[1]-1, …: each element's place within its run of a
    CSR layout (with `np.repeat(starts, lens)`, the positions of every run's elements)."""
    return np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)


def _tail_positions(s: np.ndarray, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions of the characters past the first `WINDOW_CHARS` of tokens at `s`, their
    places within their tails, and each tail's length."""
    tail = lens - WINDOW_CHARS
    within = run_offsets(tail)
    return np.repeat(s + WINDOW_CHARS, tail) + within, within, tail


def _tail_hash(units: np.ndarray, s: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """A hash of the characters past the first `WINDOW_CHARS` of each token (all longer than
    that): a sum of the characters weighted by a mix of their place."""
    at, within, tail = _tail_positions(s, lens)
    with np.errstate(over="ignore"):
        terms = splitmix64(within.astype(_U64) * _K2 + _K1) * units[at].astype(_U64)
    return np.add.reduceat(terms, np.cumsum(tail) - tail)


def _tails_equal(units: np.ndarray, s: np.ndarray, rep: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> bool:
    """Do the characters past the first `WINDOW_CHARS` of each long token equal those of its group's first?"""
    far = np.flatnonzero(lens > WINDOW_CHARS)
    if len(far) == 0:
        return True
    mine, _within, _tail = _tail_positions(s[far], lens[far])
    theirs, _within, _tail = _tail_positions(starts[rep[far]], lens[far])
    return bool(np.array_equal(units[mine], units[theirs]))
