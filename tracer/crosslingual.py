"""Translated copies: language-independent anchors, their fingerprints, and alignment.

Word MinHash sees nothing between languages: a translation shares no word shingles with
its original. What survives translation is the story's *anchors*: names of people,
places and organisations (transliterated to Latin script with anyascii and reduced to a
consonant skeleton, so Zelensky/Zelenskiy/Zelenskyy/Selenskyj/Зеленский and Kiev/Kyiv
share a key), numbers and amounts (thousands separators normalised), month names of
dates (from dateparser's locale data, so "13 shkurt" and "February 13" agree), acronyms,
URLs, hashtags and handles, and quoted material — in their order of appearance.

* `anchors(text)` extracts them, each with its paragraph and character offset;
* `anchor_signature` MinHashes anchor uni- and bigrams with the project's `MinHasher`,
  so translation candidates come out of the same LSH banding (`tracer.index.band_keys`);
* `align` matches two anchor sequences (keys equal, or names equal up to an inflected
  ending / a fuzzy spelling variant by rapidfuzz), takes their longest common
  subsequence (rapidfuzz, in C) and reports which anchors matched in which paragraphs;
* `anchor_score` turns that into a 0–1 score, and `translation_match` into a `Match`
  with `method="translation"` and the matched anchors as evidence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import xxhash
from anyascii import anyascii
from rapidfuzz.distance import LCSseq, Levenshtein

from tracer.anchor_lexicon import (
    CASELESS_WORD,
    FURNITURE,
    UNSPACED,
    caseless_variants,
    lexicon,
    lookup,
    phrases,
    sound,
    unspaced_pattern,
)
from tracer.extract import paragraphs
from tracer.fingerprint import FingerprintParams, MinHasher, story_text
from tracer.index import band_keys, candidate_pairs
from tracer.lang import detect, detect_reliable
from tracer.model import Article, Match, Passage

#: Signature scheme of anchor fingerprints: MinHash over the set of anchor keys (1-grams:
#: a translation keeps the anchors but not their exact neighbours, and anchor bigrams
#: found 3 % of same-story cross-language pairs as candidates against 64 % for 1-grams
#: on the SemEval dev pairs, at 2.5 % vs 8.9 % of unrelated pairs), 64 bands of 2 rows,
#: so anchor sets with Jaccard ≈ 0.15 already become LSH candidates.
ANCHOR_PARAMS = FingerprintParams(num_perm=128, shingle=1, bands=64, seed=8, scheme="anchor-skel/affine-p32-v1")

#: Each distinct candidate that matched nothing — a word of a caseless script, a 'maybe'
#: name — adds this to its text's anchor weight: some of them are names the other text
#: lacks, as unmatched names count in full (0.1 chosen on half 0 among 0, 0.1 and 0.2).
SOUND_PRIOR = 0.1
_PRIOR_KINDS = frozenset({"sound", "maybe"})
#: Anchors in more than this share of the texts compared weigh less (`rarity_weights`).
RARITY_COMMON = 0.02
#: The exponent of the anchor score's calibration, 1 − (1 − raw)^k. Set once on half 0 of
#: the NTREX pairs (scripts/_split.py, keyed by source document): there the raw score
#: separates a translation of the same document from another story's best at ≈ 0.24 with
#: rarity weights and ≈ 0.32 without, in every language alike; k = 2 puts that boundary
#: at 0.5 (1 − 0.71² ≈ 0.5), the one `same_story` threshold of `tracer compare`.
CALIBRATION = 2.0
#: A pair is a translation when its (calibrated) anchor score reaches this — the same
#: threshold as `tracer.compare.SAME_STORY` (see docs/crosslingual.md).
MIN_TRANSLATION_SCORE = 0.5
#: ... and at least this many distinct anchors matched (a title-sized text is not a copy).
MIN_MATCHED = 6

_URL = re.compile(r"https?://[^\s<>\"')\]]+|www\.[^\s<>\"')\]]+", re.I)
_TAG = re.compile(r"(?<![\w@#])[#@][^\W_][\w]{1,49}")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Words that start with an upper-case letter (Python's re has no \p{Lu}: the class is built once).
def _upper_class(pred=str.isupper) -> str:
    """A regex character class body of every upper-case letter below U+2000, as ranges."""
    ups = [c for c in range(0x2000) if pred(chr(c))]
    out, start = [], ups[0]
    for prev, cur in zip(ups, ups[1:] + [-1], strict=True):
        if cur != prev + 1:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cur
    return "".join(out)


def _cased_class() -> str:
    """Regex class body of every cased letter (upper or lower) below U+2000, as ranges.

    Anchors are delimited by cased letters and digits only, so "2024年3月14日" and
    "会见了NATO" still yield 14 and NATO (CJK letters have no case)."""
    return _upper_class(lambda ch: ch.isupper() or ch.islower())


_CASED = _cased_class()
_NUM = re.compile(r"(?<![" + _CASED + r"\d.,])\d{1,3}(?:(?:[ ,.'\u00a0\u202f\u066c])\d{3})+(?:[.,\u066b]\d+)?(?![" + _CASED
                  + r"\d])|(?<![" + _CASED + r"\d.,])\d+(?:[.,\u066b]\d+)?")
_CAPWORD = re.compile(r"(?<![" + _CASED + r"])[" + _upper_class() + r"][" + _CASED + r"\u0300-\u036f]*(?:[-'’]["
                      + _CASED + r"\u0300-\u036f]+)*")
_QUOTE = re.compile(r"[\"“”„«»‘‚‹›「『](?P<q>[^\"“”„«»「」『』\n]{12,400})[\"“”„«»’‹›」』]")
_SENT_END_CHARS = frozenset(".!?:;…\"“”„«»()[]—–-|")
_CJK_MONTH = re.compile(r"(\d{1,2})\s*月")
_CASELESS = re.compile(r"[^\W\d_]")

_MONTH_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "sq", "mk",
                "bg", "ru", "uk", "be", "ro", "hu", "tr", "el", "sv", "da", "nb", "fi", "et", "lv", "lt", "ca",
                "ar", "fa", "he", "id", "ms", "vi")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")

KINDS_LANGUAGE_FREE = frozenset({"name", "acronym", "number", "date", "url", "tag", "place", "sound", "maybe"})
#: Weight of an anchor by kind. Places from the lexicon (countries, cities) weigh half, as
#: dates do: many stories of a day share them (chosen on half 0 of the split: 0.5 over
#: 0.75 and 1.0 on both SemEval and NTREX).
_WEIGHT = {"name": 1.0, "acronym": 1.0, "number": 1.0, "date": 0.5, "url": 2.0, "tag": 1.5, "quote": 2.0,
           "place": 0.5, "sound": 1.0, "maybe": 1.0}


@dataclass(frozen=True)
class Anchor:
    """One anchor: its kind, its language-independent key, the surface text and where."""

    kind: str
    key: str
    text: str
    para: int
    start: int

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "key": self.key, "text": self.text, "para": self.para, "start": self.start}


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    from dateparser.languages.loader import default_loader

    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for lang in _MONTH_LANGS:
        try:
            info = default_loader.get_locale(lang).info
        except Exception:  # a locale missing from this dateparser version
            continue
        for table, names, minlen in ((months, _MONTHS, 4), (days, _WEEKDAYS, 5)):
            for i, m in enumerate(names, 1):
                for name in info.get(m, []):
                    for f in (_fold(name), name.casefold().strip(".")):
                        if len(f) >= minlen and " " not in f:  # "may", "mar" … are words too
                            table.setdefault(f, i)
    return months, days


@lru_cache(maxsize=1)
def _calendar_words() -> dict[str, tuple[str, int]]:
    months, days = _calendar()
    table = {k: ("m", v) for k, v in months.items()}
    table.update({k: ("d", v) for k, v in days.items()})
    return table


def month_names() -> dict[str, int]:
    """Full month names (≥ 4 letters, folded) in many languages → month number, from dateparser."""
    return _calendar()[0]


def weekday_names() -> dict[str, int]:
    """Full weekday names (≥ 5 letters, folded) in many languages → 1 (Monday) … 7."""
    return _calendar()[1]


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    return anyascii(unicodedata.normalize("NFKC", s)).casefold().strip(".")


_SKEL_MAP = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "v", "x": "s"})


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-tolerant key for a name: first sound + up to four consonants.

    Transliterated to ASCII, vowels, h, j and y dropped, c/q→k, z/x→s, w→v, doubles
    collapsed: Zelensky, Zelenskiy, Zelenskyy, Selenskyj, Зеленский → "slnsk";
    Kiev, Kyiv → "kv"; Hegseth → "hgst".
    """
    a = re.sub(r"[^a-z]", "", _fold(word))
    if not a:
        return ""
    a = a.replace("ph", "f").replace("sch", "s").replace("sh", "s").replace("sz", "s").replace("ch", "k")
    a = a.translate(_SKEL_MAP)
    first = "a" if a[0] in "aeiouy" else a[0]
    out = [first]
    for ch in a[1:]:
        if ch in "aeiouyhj":
            continue
        if ch != out[-1]:
            out.append(ch)
    key = "".join(out[:5])
    return key if len(key) >= 2 else a


#: Scale words and percent signs after a number, in the languages of the calendar table.
#: "150 billion" = "150 Milliarden" = "1500亿" = "#1.5e+11"; "5 percent" = "5 %" = "#5%".
_SCALES = {
    "thousand": 1e3, "tausend": 1e3, "mil": 1e3, "mille": 1e3, "tysięcy": 1e3, "тысяч": 1e3, "тыс": 1e3,
    "bin": 1e3, "千": 1e3, "万": 1e4, "萬": 1e4,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mio": 1e6, "millionen": 1e6, "millones": 1e6,
    "millón": 1e6, "milioni": 1e6, "milione": 1e6, "milion": 1e6, "miliony": 1e6, "milionów": 1e6,
    "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "milyon": 1e6, "milhões": 1e6, "milhão": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "milliard": 1e9, "milliards": 1e9, "miliardi": 1e9, "miliardo": 1e9, "miliard": 1e9, "miliardy": 1e9,
    "miliardów": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "milyar": 1e9, "bilhões": 1e9,
    "mil millones": 1e9, "亿": 1e8, "億": 1e8, "trillion": 1e12, "billionen": 1e12, "billones": 1e12,
    "%": 0, "percent": 0, "per cent": 0, "prozent": 0, "por ciento": 0, "per cento": 0, "procent": 0,
    "pour cent": 0, "процент": 0, "процента": 0, "процентов": 0, "yüzde": 0, "por cento": 0,
}
_UNIT = re.compile(r"\s?(" + "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True)) + r")(?![" + _CASED + r"])",
                   re.I)


def _scaled(v: str, unit: str) -> str:
    scale = _SCALES.get(unit.casefold(), _SCALES.get(unit, 1.0))
    if scale == 0:
        return f"#{v}%"
    return f"#{float(v) * scale:.3g}"


def _norm_number(s: str, keep_small: bool = False) -> str | None:
    """'1,000' '1.000' '1 000' → '1000'; '3,5' '3.5' → '3.5'; drops one-digit integers."""
    s = "".join(str(d) if (d := unicodedata.decimal(c, None)) is not None else c for c in s)  # ٢٠٢٤, １２
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u066c", ",").replace("\u066b", ".")
    parts = re.split(r"[ ,.']", s)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and not (len(parts) == 2 and "," in s and
                                                                          len(parts[0]) > 3):
        val = "".join(parts)
    elif len(parts) == 2:
        val = parts[0] + "." + parts[1].rstrip("0") if parts[1].strip("0") else parts[0]
    else:
        val = "".join(parts)
    val = val.lstrip("0") or "0"
    if "." not in val and len(val) < 2 and not keep_small:
        return None
    return val


def _strip_clitics(w: str) -> str:
    """Trump's → Trump, d'Ukraine → Ukraine, Trump'ın → Trump, NATO-s → NATO, SHBA-së → SHBA."""
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if tail.islower() and len(tail) <= 3 and not head.islower():
            w = head
    parts = re.split(r"['’]", w)
    if len(parts) == 1:
        return w
    if len(parts[0]) <= 2 and len(parts) == 2:
        return parts[1]
    return parts[0]


_CASELESS_ANY = re.compile(CASELESS_WORD.pattern + "|" + UNSPACED.pattern)
_PHRASE_WORD = re.compile(r"[^\W\d_]+")


def _phrase_at(text: str, start: int, first: str) -> tuple[str, int] | None:
    """The lexicon concept of the multi-word place name starting at `start`, and its end."""
    cands = phrases().get(first)
    if cands:
        words = [(m.group(0).casefold(), m.end())
                 for _, m in zip(range(6), _PHRASE_WORD.finditer(text, start), strict=False)]
        for parts, key in cands:
            if len(parts) <= len(words) and tuple(w for w, _ in words[:len(parts)]) == parts:
                return key, words[len(parts) - 1][1]
    return None


@lru_cache(maxsize=1 << 16)
def _capword(word: str) -> tuple[str, str, bool, str | None, str] | None:
    """What a capitalised word is, whatever its position: (word without clitics, folded,
    may start a multi-word place, kind — 'place', 'acronym', 'name' or None —, key);
    None for calendar words and page furniture."""
    w = _strip_clitics(word) if ("'" in word or "’" in word or "-" in word) else word
    f = w.casefold()
    if f in _calendar_words() or f in FURNITURE:
        return None
    starts_phrase = f in phrases()
    if len(f) >= 3:
        key = lookup(f)
        if key is not None and key[0] not in "dm":
            return w, f, starts_phrase, "place", key
    if len(w) >= 2 and w.isupper() and len(w) <= 6:
        sk = skeleton(w)
        return (w, f, starts_phrase, "acronym", "n:" + sk) if sk else (w, f, starts_phrase, None, "")
    if len(w) < 3:
        return w, f, starts_phrase, None, ""
    sk = skeleton(w)
    return (w, f, starts_phrase, "name", "n:" + sk) if len(sk) >= 2 else (w, f, starts_phrase, None, "")


def _caseless_anchors(text: str, pi: int, p0: int) -> list[Anchor]:
    """Places and weekdays by the lexicon, and name *candidates* (kind 'sound'), in scripts without case.

    A candidate's key lists the sounds of the word and of its bare forms ("s:trmb|…"); it
    becomes an anchor only when it sounds like a name-like anchor of the other text."""
    out: list[Anchor] = []
    taken: list[tuple[int, int]] = []
    if UNSPACED.search(text):
        rx = unspaced_pattern()
        if rx is not None:
            for m in rx.finditer(text):
                key = lexicon()[m.group(0)]
                out.append(Anchor("date" if key.startswith("d:") else "place", key, m.group(0), pi, p0 + m.start()))
                taken.append((m.start(), m.end()))
    for m in CASELESS_WORD.finditer(text):
        if taken and any(s <= m.start() < e for s, e in taken):
            continue
        for part in _KANA_SPLIT.finditer(m.group(0)):
            hit = _caseless_word(part.group(0))
            if hit is not None:
                out.append(Anchor(hit[0], hit[1], part.group(0), pi, p0 + m.start() + part.start()))
    return out


@lru_cache(maxsize=1 << 16)
def _caseless_word(word: str) -> tuple[str, str] | None:
    """(kind, key) of one word of a caseless script: a place or weekday, else a sound candidate."""
    variants = caseless_variants(word)
    key = next((k for k in map(lookup, variants) if k is not None and not k.startswith("m:")), None)
    if key is not None:
        return ("date" if key.startswith("d:") else "place"), key
    sounds = list(dict.fromkeys(s for s in map(sound, variants) if len(s) >= 3))
    return ("sound", "s:" + "|".join(sounds)) if sounds else None


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_case(para: str) -> bool:
    """A headline in title case ("Bells of St. Martin's Fall Silent as Churches Struggle"):
    most of its words of 4+ letters are capitalised, so capitals say nothing there."""
    if len(para) > 200:
        return False
    words = _TITLE_WORD.findall(para)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@lru_cache(maxsize=1024)
def _calendar_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex of the calendar words one text uses (few distinct sets recur: compiled once each)."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])", re.I)


_KANA_SPLIT = re.compile(r"[^\u30fb\uff1d=]+")


#: Languages that capitalise every noun: there a capital says nothing about a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})


def anchors(text: str, lang: str | None = None) -> list[Anchor]:
    """The anchors of a text, in order of appearance. In a language that capitalises its
    nouns (`lang` in `NOUN_CAPITALISING`) every capitalised word is a 'maybe' name."""
    nouns = lang in NOUN_CAPITALISING
    cal = _calendar_words()
    out: list[Anchor] = []
    paras = paragraphs(text)
    vocab = set(_WORD.findall(text))
    lower_vocab = {w for w in vocab if w.islower()}
    caseless = not text.isascii() and max(text) >= "\u0590" and _CASELESS_ANY.search(text) is not None
    cal_hits = cal.keys() & {w.casefold() for w in vocab}
    weak: set[tuple[int, int]] = set()  # names seen only where any word is capitalised (sentence start, title)
    inside: set[str] = set()  # names also seen inside a sentence
    for pi, (p0, para) in enumerate(paras):
        found: list[Anchor] = []
        titled = _title_case(para)
        masked = para
        for rx, kind in ((_URL, "url"), (_TAG, "tag")):
            hits = list(rx.finditer(masked))
            for m in hits:
                key = m.group(0).casefold().rstrip(".,;:!?").removeprefix("https://").removeprefix("http://")
                found.append(Anchor(kind, kind[0] + ":" + key.removeprefix("www."), m.group(0), pi, p0 + m.start()))
            if hits:
                masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
        for m in _QUOTE.finditer(masked):
            words = _WORD.findall(m.group("q").casefold())
            if len(words) >= 3:
                h = xxhash.xxh32_hexdigest(" ".join(words[:6]).encode())
                found.append(Anchor("quote", "q:" + h, m.group("q")[:60], pi, p0 + m.start()))
        for m in _CJK_MONTH.finditer(masked):
            found.append(Anchor("date", f"m:{int(m.group(1)):02d}", m.group(0), pi, p0 + m.start()))
        nums = list(_NUM.finditer(masked))
        num_pos = [m.start() for m in nums]
        for m in nums:
            unit = _UNIT.match(masked, m.end())
            v = _norm_number(m.group(0), keep_small=unit is not None)
            if v is None:
                continue
            if unit is not None:
                key = _scaled(v, unit.group(1))
                found.append(Anchor("number", key, m.group(0) + unit.group(0), pi, p0 + m.start()))
            else:
                found.append(Anchor("number", "#" + v, m.group(0), pi, p0 + m.start()))
        if cal_hits:
            for m in _calendar_rx(tuple(sorted(cal_hits))).finditer(masked):
                w = m.group(0)
                hit = cal.get(w.casefold())
                if hit is None:
                    continue
                kind, num = hit
                if kind == "d":
                    found.append(Anchor("date", f"d:{num}", w, pi, p0 + m.start()))
                elif any(abs(n - m.start()) < 16 or abs(n - m.end()) < 16 for n in num_pos):
                    found.append(Anchor("date", f"m:{num:02d}", w, pi, p0 + m.start()))
        skip_to = -1
        for m in _CAPWORD.finditer(masked):
            if m.start() < skip_to:
                continue
            info = _capword(m.group(0))
            if info is None:
                continue
            w, f, starts_phrase, kind, key = info
            if starts_phrase:
                place = _phrase_at(masked, m.start(), f)
                if place is not None:
                    key, end = place
                    skip_to = end
                    found.append(Anchor("place", key, masked[m.start():end], pi, p0 + m.start()))
                    continue
            if kind == "name":
                j = m.start() - 1
                while j >= 0 and masked[j].isspace():
                    j -= 1
                initial = j < 0 or masked[j] in _SENT_END_CHARS
                if initial and f in lower_vocab:
                    continue
                if initial or titled or nouns:
                    weak.add((pi, p0 + m.start()))
                else:
                    inside.add(w)
            elif kind is None:
                continue
            found.append(Anchor(kind, key, w if kind != "place" else m.group(0), pi, p0 + m.start()))
        if caseless and _CASELESS_ANY.search(masked):
            found.extend(_caseless_anchors(masked, pi, p0))
        found.sort(key=lambda a: a.start)
        out.extend(found)
    # A capitalised word seen only at sentence starts or in title-case lines may be any word
    # ("Police", "Today", "Residents"): it becomes a 'maybe' name, an anchor only when matched.
    if weak:
        out = [Anchor("maybe", x.key, x.text, x.para, x.start)
               if (x.para, x.start) in weak and x.kind == "name" and x.text not in inside else x for x in out]
    return out


def anchor_keys(anchs: Iterable[Anchor], kinds: frozenset[str] | None = None) -> list[str]:
    return [a.key for a in anchs if kinds is None or a.kind in kinds]


_HASHER: MinHasher | None = None


def anchor_signature(anchs: list[Anchor], kinds: frozenset[str] = KINDS_LANGUAGE_FREE) -> np.ndarray:
    """MinHash signature over the anchor n-grams (n = `ANCHOR_PARAMS.shingle`), for LSH."""
    global _HASHER
    if _HASHER is None:
        _HASHER = MinHasher(ANCHOR_PARAMS)
    keys = [a.key for a in anchs if a.kind in kinds and a.kind not in ("sound", "maybe")]  # candidates only
    n = ANCHOR_PARAMS.shingle
    grams = {" ".join(keys[i:i + n]) for i in range(max(1, len(keys) - n + 1))} if keys else set()
    sh = np.array([xxhash.xxh32_intdigest(g.encode()) for g in sorted(grams)], dtype=np.uint64)
    return _HASHER.signature(sh)


@dataclass
class Alignment:
    """The anchors two texts share, in order, with their paragraphs on both sides."""

    pairs: list[tuple[Anchor, Anchor]] = field(default_factory=list)
    shared: list[tuple[Anchor, Anchor]] = field(default_factory=list)
    n_a: int = 0
    n_b: int = 0
    matched_keys: set[str] = field(default_factory=set)
    weight_a: float = 0.0
    weight_b: float = 0.0
    weight_shared: float = 0.0

    def evidence(self, limit: int = 40) -> list[str]:
        """Distinct matched anchors as 'text ↔ text', first occurrences in a's order."""
        return [x.text if _fold(x.text) == _fold(y.text) else f"{x.text} ↔ {y.text}"
                for x, y in self.shared[:limit]]

    def paragraph_pairs(self) -> list[tuple[int, int]]:
        """(paragraph in a, paragraph in b) of every in-order matched anchor."""
        return sorted({(x.para, y.para) for x, y in self.pairs})


def _common_prefix(x: str, y: str) -> int:
    n = 0
    for cx, cy in zip(x, y, strict=False):
        if cx != cy:
            break
        n += 1
    return n


def same_name(fa: str, fb: str, cross_language: bool) -> bool:
    """Are two folded (ASCII, lower-case) names one name? Precise by construction.

    * equal;
    * one inflected form of the other: a common stem of 4+ letters, at least 60 % of the
      longer word, and at most 3 letters of ending on each side (Putin/Putinem,
      Kiev/Kievit, Ukraina/Ukrainy; not Hill/Hillary);
    * between languages only, a spelling variant within a tight edit bound (1 edit up to
      5 letters, 2 up to 9, 3 beyond; one more when both have the same 3+ consonants)
      that starts with the same letter or has the same consonants (Zelensky/Selenskyj,
      Washington/Vashington, Кавано/Kavanaugh, Merseyside/Мерсисайд; not Torre/There).

    Loose matches of unrelated words (Share/Syria, Kim/Camii, Photo/Fit) pass none of these.
    """
    if fa == fb:
        return True
    p = _common_prefix(fa, fb)
    if p >= 4 and len(fa) - p <= 3 and len(fb) - p <= 3 and p >= 0.6 * max(len(fa), len(fb)):
        return True
    if not cross_language:
        return False
    n = min(len(fa), len(fb))
    if n < 4:
        return False
    bound = 1 if n <= 5 else 2 if n <= 9 else 3
    same_skeleton = skeleton(fa) == skeleton(fb) and len(skeleton(fa)) >= 3
    sa = sound(fa)
    same_sound = len(sa) >= 3 and sa == sound(fb)
    if (fa[0] == fb[0] and same_skeleton) or same_sound:
        bound += 1  # same consonants: Kyiv/Kiew, Merseyside/Мерсисайд
    if Levenshtein.distance(fa, fb, score_cutoff=bound) > bound:
        return False
    return fa[0] == fb[0] or same_skeleton or same_sound


def _match_keys(a: list[Anchor], b: list[Anchor], cross_language: bool) -> tuple[list[str], list[str]]:
    """The key each anchor is matched on: its own key, a name's folded form (b's names take
    the form of a's name they are a variant of), a sound candidate's matched name ("" when
    it matched nothing: it is then no anchor)."""

    def own(x: Anchor) -> str:
        return "n:" + _fold(x.text) if x.kind in ("name", "acronym", "maybe") else x.key

    ka = [own(x) for x in a]
    kb = [own(y) for y in b]
    # Name variants of b onto a's names: candidates share the skeleton key or the first 4 letters.
    by_key: dict[str, list[str]] = {}
    for x, k in zip(a, ka, strict=True):
        if x.kind in ("name", "maybe"):
            for c in (x.key, k[:6]):
                lst = by_key.setdefault(c, [])
                if k not in lst:
                    lst.append(k)
    sa = set(ka)
    for i, y in enumerate(b):
        if y.kind not in ("name", "maybe") or kb[i] in sa:
            continue
        fb = kb[i][2:]
        for c in (y.key, kb[i][:6]):
            hit = next((k for k in by_key.get(c, ()) if same_name(k[2:], fb, cross_language)), None)
            if hit is not None:
                kb[i] = hit
                break
    # Sound candidates (words of caseless scripts) against the other side's name-like anchors.
    for cand, cand_keys, other, other_keys in ((a, ka, b, kb), (b, kb, a, ka)):
        if not any(x.kind == "sound" for x in cand):
            continue
        heard: dict[str, str] = {}
        if cross_language:
            for y, k in zip(other, other_keys, strict=True):
                if y.kind in ("name", "place", "acronym", "maybe") and len(y.text) >= 4 \
                        and not _CASELESS_ANY.search(y.text):
                    s = sound(y.text)
                    if len(s) >= 3:
                        heard.setdefault(s, k)
        for i, x in enumerate(cand):
            if x.kind == "sound":
                cand_keys[i] = next((heard[s] for s in x.key[2:].split("|") if s in heard), "")
    # 'maybe' names count only when the other text has them too.
    sa, sb = set(ka), set(kb)
    for keys, x_list, other in ((ka, a, sb), (kb, b, sa)):
        for i, x in enumerate(x_list):
            if x.kind == "maybe" and keys[i] not in other:
                keys[i] = ""
    return ka, kb


def align(a: list[Anchor], b: list[Anchor], kinds: frozenset[str] | None = None,
          cross_language: bool = True, rarity: dict[str, float] | None = None) -> Alignment:
    """Align two anchor sequences: shared keys (and name variants), in order of appearance.

    Between languages (`cross_language`, the default) spelling variants of names and the
    sound candidates of caseless scripts also match; within one language names must be
    equal or inflected forms of each other, and candidates are dropped."""
    cross = cross_language
    if kinds is not None:
        a = [x for x in a if x.kind in kinds]
        b = [x for x in b if x.kind in kinds]
    if not cross:
        a = [x for x in a if x.kind != "sound"]
        b = [x for x in b if x.kind != "sound"]
    ka, kb = _match_keys(a, b, cross)
    unheard_a = len({x.key for x, k in zip(a, ka, strict=True) if not k and x.kind in _PRIOR_KINDS})
    unheard_b = len({y.key for y, k in zip(b, kb, strict=True) if not k and y.kind in _PRIOR_KINDS})
    keep_a = [i for i, k in enumerate(ka) if k]
    keep_b = [j for j, k in enumerate(kb) if k]
    a, ka = [a[i] for i in keep_a], [ka[i] for i in keep_a]
    b, kb = [b[j] for j in keep_b], [kb[j] for j in keep_b]
    al = Alignment(n_a=len(a), n_b=len(b))
    sa, sb = set(ka), set(kb)
    shared = sa & sb
    al.matched_keys = shared
    r = rarity or {}
    wa = {k: _WEIGHT.get(x.kind, 1.0) * r.get(x.key, 1.0) for x, k in zip(a, ka, strict=True)}
    wb = {k: _WEIGHT.get(y.kind, 1.0) * r.get(y.key, 1.0) for y, k in zip(b, kb, strict=True)}
    al.weight_a = sum(wa.values()) + SOUND_PRIOR * unheard_a
    al.weight_b = sum(wb.values()) + SOUND_PRIOR * unheard_b
    al.weight_shared = sum(wa[k] for k in shared)
    if shared:
        first_b: dict[str, Anchor] = {}
        for y, k in zip(b, kb, strict=True):
            first_b.setdefault(k, y)
        seen: set[str] = set()
        for x, k in zip(a, ka, strict=True):
            if k in shared and k not in seen:
                seen.add(k)
                al.shared.append((x, first_b[k]))
        fa = [i for i, k in enumerate(ka) if k in shared]
        fb = [j for j, k in enumerate(kb) if k in shared]
        seq_a, seq_b = [ka[i] for i in fa], [kb[j] for j in fb]
        for op in LCSseq.editops(seq_a, seq_b).as_matching_blocks():
            for t in range(op.size):
                al.pairs.append((a[fa[op.a + t]], b[fb[op.b + t]]))
    return al


def rarity_weights(texts_anchors: Iterable[list[Anchor]], min_texts: int = 20,
                   common: float = RARITY_COMMON) -> dict[str, float]:
    """Weight of each anchor key by its rarity over the texts being compared (a corpus, a
    batch of pairs). A key found in at most a share `common` of the texts weighs 1, as
    without rarity; above, log(N/df) / log(N/(common·N)): "Trump", "Monday" or "Facebook",
    shared by many stories of a batch, say little, and a key in every text weighs 0.05.
    Under `min_texts` distinct texts there is no telling: {} (every anchor weighs 1).
    """
    df: dict[str, int] = {}
    n = 0
    for anchs in texts_anchors:
        n += 1
        for k in {x.key for x in anchs if x.kind != "quote"}:
            df[k] = df.get(k, 0) + 1
    if n < min_texts:
        return {}
    d0 = max(2.0, common * n)
    scale = math.log(n / d0)
    if scale <= 0:
        return {}
    return {k: max(0.05, math.log(n / c) / scale) for k, c in df.items() if c > d0}


def raw_anchor_score(al: Alignment, smoothing: float = 3.0) -> float:
    """0–1: the weighted share of the smaller anchor set found in the other (containment),
    damped for small sets, blended with the in-order share (LCS) of matched anchors."""
    small = min(al.weight_a, al.weight_b)
    if small <= 0:
        return 0.0
    cont = al.weight_shared / (small + smoothing)
    n_min = min(al.n_a, al.n_b)
    order = len(al.pairs) / (n_min + smoothing) if n_min else 0.0
    return max(0.0, min(1.0, 0.7 * cont + 0.3 * min(1.0, order)))


def anchor_score(al: Alignment, smoothing: float = 3.0) -> float:
    """The raw anchor score calibrated so that 0.5 separates the same story from another
    one in every language pair: 1 − (1 − raw)^`CALIBRATION` (see `CALIBRATION`)."""
    return 1.0 - (1.0 - raw_anchor_score(al, smoothing)) ** CALIBRATION


def translation_match(a_id: str, a_anchors: list[Anchor], b_id: str, b_anchors: list[Anchor],
                      min_score: float = MIN_TRANSLATION_SCORE, min_matched: int = MIN_MATCHED) -> Match | None:
    """A `Match` with method 'translation' when two texts share enough anchors in order."""
    return _match_from(a_id, b_id, align(a_anchors, b_anchors, KINDS_LANGUAGE_FREE), min_score, min_matched)


def _match_from(a_id: str, b_id: str, al: Alignment, min_score: float = MIN_TRANSLATION_SCORE,
                min_matched: int = MIN_MATCHED) -> Match | None:
    score = anchor_score(al)
    if score < min_score or len(al.matched_keys) < min_matched:
        return None
    ca = al.weight_shared / al.weight_a if al.weight_a else 0.0
    cb = al.weight_shared / al.weight_b if al.weight_b else 0.0
    sim = al.weight_shared / (al.weight_a + al.weight_b - al.weight_shared)
    m = Match(a=a_id, b=b_id, similarity=sim, containment_a=min(1.0, ca), containment_b=min(1.0, cb),
              method="translation", anchors=al.evidence())
    return m


def _passages(al: Alignment, text_a: str, text_b: str, min_anchors: int = 2) -> list[Passage]:
    """Aligned paragraph pairs (≥ `min_anchors` in-order anchors shared) as character spans."""
    pa, pb = paragraphs(text_a), paragraphs(text_b)
    count: dict[tuple[int, int], int] = {}
    for x, y in al.pairs:
        count[(x.para, y.para)] = count.get((x.para, y.para), 0) + 1
    out = []
    for (i, j), n in sorted(count.items()):
        if n < min_anchors or i >= len(pa) or j >= len(pb):
            continue
        (sa, ta), (sb, tb) = pa[i], pb[j]
        out.append(Passage(target=(sa, sa + len(ta)), other=(sb, sb + len(tb)), kind="edited",
                           score=min(1.0, n / max(1, sum(1 for x, _ in al.pairs if x.para == i)))))
    return out


def article_lang(art: Article) -> str | None:
    """The article's language: detected from its text when that is sure (a page's declared
    `lang` is often the site's template default), else the declared one, else detected."""
    if len(art.text) >= 200:
        sure = detect_reliable(art.text)
        if sure:
            return sure
    return detect(art.text, art.lang)


def translation_matches(articles: dict[str, Article], ids: list[str], focus: str | None = None) -> list[Match]:
    """Verified translation matches among `ids` (only those involving `focus` when given).

    Candidates are pairs in different languages that share an LSH band of their anchor
    signatures; each is verified by `translation_match`. With `focus`, the match's `a`
    side is the focus and its passages are aligned paragraphs (focus first).
    """
    ids = [i for i in dict.fromkeys(ids) if i in articles]
    if focus is not None and focus not in ids:
        return []
    langs = {i: article_lang(articles[i]) for i in ids}
    # Only articles in another language than the focus (or, without one, any corpus with
    # two languages) need anchors: a one-language corpus costs one language check per text.
    if focus is not None:
        ids = [i for i in ids if i == focus or (langs[i] is not None and langs[i] != langs[focus])]
    elif len({v for v in langs.values() if v is not None}) < 2:
        return []
    if len(ids) < 2:
        return []
    anchs = {i: anchors(story_text(articles[i].text, articles[i].credits), langs[i]) for i in ids}
    keys = band_keys(np.stack([anchor_signature(anchs[i]) for i in ids]), ANCHOR_PARAMS)
    if focus is not None:
        fi = ids.index(focus)
        pairs = {(fi, int(j)) for j in np.flatnonzero((keys == keys[fi]).any(axis=1)) if j != fi}
    else:
        ca, cb, _shared = candidate_pairs(keys, 1)
        pairs = set(zip(ca.tolist(), cb.tolist(), strict=True))
    out = []
    rarity = rarity_weights(anchs.values())  # over the texts searched, as compare_pairs does over its block
    for i, j in sorted(pairs):
        a, b = ids[i], ids[j]
        if langs[a] is None or langs[b] is None or langs[a] == langs[b]:
            continue
        al = align(anchs[a], anchs[b], KINDS_LANGUAGE_FREE, rarity=rarity)
        m = _match_from(a, b, al)
        if m is not None:
            m.passages = _passages(al, articles[a].text, articles[b].text)
            out.append(m)
    return out


__all__ = ["ANCHOR_PARAMS", "Alignment", "Anchor", "align", "anchor_score", "anchor_signature", "anchors",
           "article_lang", "month_names", "skeleton", "translation_match", "translation_matches"]
