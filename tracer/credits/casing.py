"""A writer's name read from capitals, written back in the case of its language.

Bylines in capitals ('YILMAZ KIRTAŞ', 'ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ') lose what the name's own case
says: Turkish 'I' is the small 'ı' ('Yılmaz'), and Greek capitals drop their accents
('Γιώργος'). `names.clean_name` title-cases such names by the general rule; this module
corrects them where the article shows how the name is written:

* the same name in mixed case elsewhere in the article (the text, a JSON-LD author, a
  meta tag): that spelling, accents and all;
* else, on a Turkish article (its language, or the dotless 'ı' its text is full of), the
  Turkish rule for 'I' and 'İ'. Elsewhere 'DIETER' stays 'Dieter': the rule is not safe
  without the language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from tracer.credits import greek
from tracer.model import Article, Credit

_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_GREEK = re.compile("[\u0370-\u03ff]")
_WORDS = re.compile(r"[^\W\d_][\w\u0300-\u036f'’-]*")


def recase(article: Article, credits: list[Credit]) -> list[Credit]:
    """`credits` with the names read from capitals in their language's case."""
    caps = [c for c in credits if c.kind == "person" and _from_capitals(c)]
    if not caps:  # the cheap test first: most bylines are in mixed case
        return credits
    turkish = _is_turkish(article)
    spellings = _mixed_spellings(article, {_key(c.name) for c in caps})
    out = []
    for c in credits:
        if c in caps:
            name = spellings.get(_key(c.name))
            if name is None and turkish:
                name = " ".join(_turkish_title(w) for w in _written(c).split())
            if name is None and _GREEK.search(c.name):  # the accents a Greek name's form fixes
                name = greek.accented(c.name)
            if name and name != c.name:
                c = replace(c, name=name)
        out.append(c)
    return out


def _written(c: Credit) -> str:
    """The name as the line wrote it, in capitals ('YILMAZ KIRTAŞ'): each word's capitals in the line."""
    ev = c.evidence or ""
    at = ev.find(c.name.upper())
    if at >= 0:
        return ev[at: at + len(c.name)]
    caps = [w.strip(".,;:()") for w in ev.split() if w.isupper()]
    out = []
    for w in c.name.split():
        key = _key(w)
        out.append(next((u for u in caps if _key(u) == key), w.upper()))
    return " ".join(out)


def _from_capitals(c: Credit) -> bool:
    """Was the name read from capitals? Its upper-case form stands in its line, or each of its words
    opens a word in capitals there (the line's form was inflected: 'Του ΓΙΩΡΓΟΥ …' → 'Γιωργος …')."""
    if not c.evidence or c.name.upper() == c.name:
        return False
    if c.name.upper() in c.evidence:
        return True
    caps = [w for w in c.evidence.split() if len(w) > 2 and w.isupper()]
    return bool(caps) and all(any(u.startswith(w.upper()[: max(3, len(w) - 2)]) for u in caps) for w in c.name.split())


def _key(name: str) -> str:
    """Case- and accent-free, with 'ı' as 'i': 'Yılmaz' and 'YILMAZ', 'Γιώργος' and 'ΓΙΩΡΓΟΣ' are one key."""
    s = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).casefold().split())


def _turkish_title(w: str) -> str:
    return "-".join(p[:1] + p[1:].translate(_TURKISH_LOWER).lower() for p in w.split("-"))


def _is_turkish(article: Article) -> bool:
    lang = (article.lang or "").lower()
    if lang:
        return lang.split("-")[0] in ("tr", "az")
    return (article.text or "").count("ı") >= 5  # the dotless i: Turkish and Azerbaijani only


def _mixed_spellings(article: Article, keys: set[str]) -> dict[str, str]:
    """Each wanted key's spelling in mixed case in the article's text or page signals."""
    sizes = {len(k.split()) for k in keys}
    firsts = {k.split()[0] for k in keys if k}
    found: dict[str, str] = {}
    texts = [article.text or ""]
    _strings(article.signals, texts, 0)
    for text in texts:
        words = _WORDS.findall(text)
        for i, w in enumerate(words):
            if not w[:1].isupper() or w.isupper() or _key(w) not in firsts:
                continue
            for n in sizes:
                cand = " ".join(words[i: i + n])
                if cand.isupper():
                    continue
                k = _key(cand)
                if k in keys and k not in found:
                    found[k] = cand
        if len(found) == len(keys):
            break
    return found


def _strings(val: object, out: list[str], depth: int) -> None:
    """The short strings of a page signal, however nested (meta tags, JSON-LD objects, byline nodes)."""
    if isinstance(val, str):
        if len(val) <= 300:
            out.append(val)
    elif depth < 6 and isinstance(val, dict):
        for v in val.values():
            _strings(v, out, depth + 1)
    elif depth < 6 and isinstance(val, list):
        for v in val[:50]:
            _strings(v, out, depth + 1)
