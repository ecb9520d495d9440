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

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import xxhash
from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

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

#: A pair is a translation when its anchor score reaches this (see docs/crosslingual.md).
MIN_TRANSLATION_SCORE = 0.45
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

KINDS_LANGUAGE_FREE = frozenset({"name", "acronym", "number", "date", "url", "tag"})
_WEIGHT = {"name": 1.0, "acronym": 1.0, "number": 1.0, "date": 0.5, "url": 2.0, "tag": 1.5, "quote": 2.0}


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


def anchors(text: str) -> list[Anchor]:
    """The anchors of a text, in order of appearance."""
    cal = _calendar_words()
    out: list[Anchor] = []
    paras = paragraphs(text)
    vocab = set(_WORD.findall(text))
    lower_vocab = {w for w in vocab if w.islower()}
    cal_hits = cal.keys() & {w.casefold() for w in vocab}
    cal_rx = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, cal_hits)) + r")(?![^\W\d_])",
                        re.I) if cal_hits else None
    for pi, (p0, para) in enumerate(paras):
        found: list[Anchor] = []
        masked = para
        for rx, kind in ((_URL, "url"), (_TAG, "tag")):
            for m in rx.finditer(masked):
                key = m.group(0).casefold().rstrip(".,;:!?").removeprefix("https://").removeprefix("http://")
                found.append(Anchor(kind, kind[0] + ":" + key.removeprefix("www."), m.group(0), pi, p0 + m.start()))
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
        if cal_rx is not None:
            for m in cal_rx.finditer(masked):
                w = m.group(0)
                hit = cal.get(w.casefold())
                if hit is None:
                    continue
                kind, num = hit
                if kind == "d":
                    found.append(Anchor("date", f"d:{num}", w, pi, p0 + m.start()))
                elif any(abs(n - m.start()) < 16 or abs(n - m.end()) < 16 for n in num_pos):
                    found.append(Anchor("date", f"m:{num:02d}", w, pi, p0 + m.start()))
        for m in _CAPWORD.finditer(masked):
            w = m.group(0)
            if "'" in w or "’" in w or "-" in w:
                w = _strip_clitics(w)
            f = w.casefold()
            if f in cal:
                continue
            if len(w) >= 2 and w.isupper() and len(w) <= 6:
                key = skeleton(w)
                if key:
                    found.append(Anchor("acronym", "n:" + key, w, pi, p0 + m.start()))
                continue
            if len(w) < 3:
                continue
            j = m.start() - 1
            while j >= 0 and masked[j].isspace():
                j -= 1
            initial = j < 0 or masked[j] in _SENT_END_CHARS
            if initial and f in lower_vocab:
                continue
            key = skeleton(w)
            if len(key) >= 2:
                found.append(Anchor("name", "n:" + key, w, pi, p0 + m.start()))
        found.sort(key=lambda a: a.start)
        out.extend(found)
    return out


def anchor_keys(anchs: Iterable[Anchor], kinds: frozenset[str] | None = None) -> list[str]:
    return [a.key for a in anchs if kinds is None or a.kind in kinds]


_HASHER: MinHasher | None = None


def anchor_signature(anchs: list[Anchor], kinds: frozenset[str] = KINDS_LANGUAGE_FREE) -> np.ndarray:
    """MinHash signature over the anchor n-grams (n = `ANCHOR_PARAMS.shingle`), for LSH."""
    global _HASHER
    if _HASHER is None:
        _HASHER = MinHasher(ANCHOR_PARAMS)
    keys = anchor_keys(anchs, kinds)
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


def _unify(keys_a: set[str], keys_b: set[str], surf_a: dict[str, str], surf_b: dict[str, str]) -> dict[str, str]:
    """Map b's name keys onto a's where one is an inflected form of the other.

    Inflection keeps the stem and changes the ending (Kiev/Kievit, Putin/Putinem,
    Frankreich/France): one skeleton must extend the other AND the transliterated words
    must share their first four letters — a short skeleton alone collides too often.
    """
    mapping: dict[str, str] = {}
    only_a = sorted(k for k in keys_a - keys_b if k.startswith("n:"))  # sorted: the same answer under any hash seed
    if not only_a:
        return mapping
    for kb in sorted(keys_b - keys_a):
        if not kb.startswith("n:"):
            continue
        fb = surf_b.get(kb, "")
        if len(fb) < 4:
            continue
        for ka in only_a:
            short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
            if long_.startswith(short) and surf_a.get(ka, "")[:4] == fb[:4]:
                mapping[kb] = ka
                break
    return mapping


def align(a: list[Anchor], b: list[Anchor], kinds: frozenset[str] | None = None) -> Alignment:
    """Align two anchor sequences: shared keys (and name variants), in order of appearance."""
    if kinds is not None:
        a = [x for x in a if x.kind in kinds]
        b = [x for x in b if x.kind in kinds]
    al = Alignment(n_a=len(a), n_b=len(b))
    ka, kb = [x.key for x in a], [x.key for x in b]
    sa, sb = set(ka), set(kb)
    surf_a: dict[str, str] = {}
    surf_b: dict[str, str] = {}
    for x in a:
        if x.key not in surf_a and x.key.startswith("n:"):
            surf_a[x.key] = _fold(x.text)
    for y in b:
        if y.key not in surf_b and y.key.startswith("n:"):
            surf_b[y.key] = _fold(y.text)
    mapping = _unify(sa, sb, surf_a, surf_b)
    if mapping:
        kb = [mapping.get(k, k) for k in kb]
        sb = set(kb)
    # Fuzzy spelling variants of longer names (rapidfuzz) for keys still unmatched.
    rest_a = {x.key: x.text for x in a if x.kind == "name" and x.key not in sb and len(x.text) >= 5}
    if rest_a:
        extra = {}
        for y, k in zip(b, kb, strict=True):
            if y.kind == "name" and k not in sa and len(y.text) >= 5 and k not in extra:
                fy = _fold(y.text)
                for key_a, text_a in rest_a.items():
                    if key_a[2:3] == k[2:3] and fuzz.ratio(fy, _fold(text_a)) >= 85:
                        extra[k] = key_a
                        break
        if extra:
            kb = [extra.get(k, k) for k in kb]
            sb = set(kb)
    shared = sa & sb
    al.matched_keys = shared
    wa = {x.key: _WEIGHT.get(x.kind, 1.0) for x in a}
    wb = {k: _WEIGHT.get(y.kind, 1.0) for y, k in zip(b, kb, strict=True)}
    al.weight_a, al.weight_b = sum(wa.values()), sum(wb.values())
    al.weight_shared = sum(wa[k] for k in shared)
    if shared:
        first_b: dict[str, Anchor] = {}
        for y, k in zip(b, kb, strict=True):
            first_b.setdefault(k, y)
        seen: set[str] = set()
        for x in a:
            if x.key in shared and x.key not in seen:
                seen.add(x.key)
                al.shared.append((x, first_b[x.key]))
        fa = [i for i, k in enumerate(ka) if k in shared]
        fb = [j for j, k in enumerate(kb) if k in shared]
        seq_a, seq_b = [ka[i] for i in fa], [kb[j] for j in fb]
        for op in LCSseq.editops(seq_a, seq_b).as_matching_blocks():
            for t in range(op.size):
                al.pairs.append((a[fa[op.a + t]], b[fb[op.b + t]]))
    return al


def anchor_score(al: Alignment, smoothing: float = 3.0) -> float:
    """0–1: the weighted share of the smaller anchor set found in the other (containment),
    damped for small sets, blended with the in-order share (LCS) of matched anchors."""
    small = min(al.weight_a, al.weight_b)
    if small <= 0:
        return 0.0
    cont = al.weight_shared / (small + smoothing)
    n_min = min(al.n_a, al.n_b)
    order = len(al.pairs) / (n_min + smoothing) if n_min else 0.0
    return max(0.0, min(1.0, 0.7 * cont + 0.3 * min(1.0, order)))


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
    anchs = {i: anchors(story_text(articles[i].text, articles[i].credits)) for i in ids}
    keys = band_keys(np.stack([anchor_signature(anchs[i]) for i in ids]), ANCHOR_PARAMS)
    if focus is not None:
        fi = ids.index(focus)
        pairs = {(fi, int(j)) for j in np.flatnonzero((keys == keys[fi]).any(axis=1)) if j != fi}
    else:
        ca, cb, _shared = candidate_pairs(keys, 1)
        pairs = set(zip(ca.tolist(), cb.tolist(), strict=True))
    out = []
    for i, j in sorted(pairs):
        a, b = ids[i], ids[j]
        if langs[a] is None or langs[b] is None or langs[a] == langs[b]:
            continue
        al = align(anchs[a], anchs[b], KINDS_LANGUAGE_FREE)
        m = _match_from(a, b, al)
        if m is not None:
            m.passages = _passages(al, articles[a].text, articles[b].text)
            out.append(m)
    return out


def script_of(text: str) -> str:
    """'latin', 'cjk', 'cyrillic', … of the first letters (for caseless-script handling)."""
    for ch in text:
        if _CASELESS.match(ch):
            name = unicodedata.name(ch, "")
            return name.split(" ")[0].lower()
    return "unknown"


__all__ = ["ANCHOR_PARAMS", "Alignment", "Anchor", "align", "anchor_score", "anchor_signature", "anchors",
           "article_lang", "month_names", "skeleton", "translation_match", "translation_matches"]
