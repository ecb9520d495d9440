"""Anchors that need knowledge of words: places, weekdays and months by name, sounds of names.

A translation rewrites "Germany" as "Deutschland", "Німеччина", "ألمانيا" or "ドイツ", and
"Trump" as "ترامب", "ट्रम्प", "トランプ" or "트럼프". Fuzzy spelling cannot join the first
kind, and joins unrelated words when it is loose enough to join the second. So:

* **places and calendar words** are looked up in a multilingual lexicon generated from the
  Unicode CLDR (`anchor_lexicon.json`, written by `scripts/make_anchor_lexicon.py`): one
  concept key per country, time-zone city, weekday and month, whatever the language;
* **names written in a script without letter case** (Arabic, Persian, Devanagari, Hangul,
  katakana …) cannot be told from other words, so each word there is only a *candidate*
  with a `sound` key — its transliteration reduced to classes of consonants that survive
  transliteration (b/p, f/v, k/g/q, t/d, s/z, l/r, …) — and it becomes an anchor only when
  it sounds exactly like a name-like anchor of the other text (see `tracer.crosslingual`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

#: Scripts without letter case whose words may be names (ranges of letters, for regexes).
CASELESS_WORD = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+"  # Arabic, Persian, Urdu
    r"|[\u0590-\u05ff]+"  # Hebrew
    r"|[\u0900-\u097f\u0980-\u09ff]+"  # Devanagari, Bengali
    r"|[\uac00-\ud7af]+"  # Hangul syllables
    r"|[\u30a0-\u30ff\u31f0-\u31ff]+"  # katakana (names and loanwords in Japanese)
)
#: Scripts written without spaces: the lexicon is searched as substrings there.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")

#: Page furniture: words around a story on a web page that are capitalised but say nothing about
#: it (share buttons, photo and video captions, "TV" in a channel's menu), in the project's
#: languages. They never become anchors.
FURNITURE = frozenset("""
share shares photo photos image images picture pictures video videos tv getty copyright advertisement
advertising read more click subscribe newsletter comments comment related follow print email login menu
home watch listen gallery caption credit file source sponsored updated published
teilen foto fotos bild bilder anzeige werbung mehr partager photo vidéo publicité lire compartir imagen
imágenes publicidad más condividi immagine immagini pubblicità udostępnij zdjęcie zdjęcia reklama
поделиться фото видео реклама читать поділитися відео ndaj foto video reklamë lexo paylaş fotoğraf
görüntü reklam podeli fotografija φωτογραφία βίντεο
""".split())

_AR_PROCLITIC = re.compile(r"^(?:[وفبلك]?ال|لل|[وفبلك])(?=..)")
#: Korean particles and endings that attach to a name (longest first).
_KO_PARTICLES = ("에게서", "으로부터", "에서는", "에게", "에서", "으로", "까지", "부터", "께서", "이라고", "라고",
                 "와의", "과의", "에는", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만",
                 "측", "씨")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Casefolded name → concept key ('c:DE', 'z:Europe/Paris', 'd:6', 'm:03')."""
    data = json.loads(resources.files("tracer").joinpath("anchor_lexicon.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for key, names in sorted(data["concepts"].items()):
        for n in names:
            out.setdefault(n, key)  # a name of two concepts (Andorra the country and the city): the first
    return out


@lru_cache(maxsize=1)
def _stems() -> dict[str, str]:
    """Names of 5+ letters without their last letter (Росси-я/-и/-ей, Німеччин-а/-і): for inflected forms."""
    out: dict[str, str] = {}
    for n, k in lexicon().items():
        if len(n) >= 5 and " " not in n and not UNSPACED.search(n) and not k.startswith(("d:", "m:")):
            out.setdefault(n[:-1], k)
    return out


@lru_cache(maxsize=1)
def phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Multi-word names by first word, longest first ('united' → [(('united', 'states'), 'c:US'), …])."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for n, k in lexicon().items():
        parts = tuple(n.split())
        if len(parts) > 1 and not k.startswith(("d:", "m:")):
            out.setdefault(parts[0], []).append((parts, k))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


@lru_cache(maxsize=1)
def unspaced_pattern() -> re.Pattern[str] | None:
    """One regex of every place name written in a script without spaces (CJK, Thai), longest first."""
    names = sorted((n for n, k in lexicon().items() if UNSPACED.search(n) and len(n) >= 2
                    and not k.startswith("m:")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


@lru_cache(maxsize=1 << 16)
def lookup(word: str) -> str | None:
    """The concept of one word: exact, else an inflected form of a 5+ letter place name
    (the word is the name's stem — the name less its last letter — plus one or two letters)."""
    w = word.casefold()
    lex = lexicon()
    hit = lex.get(w)
    if hit is not None:
        return hit
    if len(w) >= 5:
        st = _stems()
        for cut in (1, 2):
            k = st.get(w[:-cut])
            if k is not None and len(w) - cut >= 4:
                return k
    return None


def caseless_variants(word: str) -> list[str]:
    """The word and its bare forms: Arabic proclitics (و ب ل ف ك ال) cut (an Arabic name may
    start with one of those letters: both forms are kept); a Korean word of 2+ syllables
    before a particle (은 는 이 가 을 를 의 에서 …): only the bare form."""
    out = [word]
    if "\u0600" <= word[0] <= "\u06ff":
        bare = _AR_PROCLITIC.sub("", word)
        if bare != word:
            out.append(bare)
    elif "\uac00" <= word[0] <= "\ud7af":
        for p in _KO_PARTICLES:
            if word.endswith(p) and len(word) > len(p) + 1:
                return [word[: -len(p)]]  # with its particle the word sounds like other names
    return out


_SOUND_PAIRS = (("sch", "s"), ("tch", "j"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("gh", "k"), ("ck", "k"),
                ("sh", "s"), ("ch", "j"), ("zh", "j"), ("dj", "j"), ("ts", "s"), ("tz", "s"), ("qu", "k"), ("x", "ks"))
_SOUND_CLASS = str.maketrans({"p": "b", "v": "f", "c": "k", "g": "k", "q": "k", "z": "s", "d": "t", "l": "r"})
_SOFT_C = re.compile(r"c(?=[eiy])")


@lru_cache(maxsize=1 << 16)
def sound(word: str) -> str:
    """Consonant classes of a word's transliteration, as they survive a change of script.

    Vowels, h, w and y go (Arabic writes few vowels, Japanese adds them); b/p, f/v, k/g/q/c,
    t/d, s/z, l/r each count as one; n before b counts as m (トランプ "toranpu" = Trump);
    repeats collapse. Trump, ترامب, ट्रम्प, トランプ, 트럼프 → "trmb"; Adams, آدامز → "tms".
    """
    a = re.sub(r"[^a-z]", "", anyascii(word).casefold())
    if not a:
        return ""
    a = _SOFT_C.sub("s", a)
    for src, dst in _SOUND_PAIRS:
        a = a.replace(src, dst)
    a = a.translate(_SOUND_CLASS)
    a = re.sub(r"[aeiouyhw]", "", a).replace("nb", "mb")
    return re.sub(r"(.)\1+", r"\1", a)


__all__ = ["CASELESS_WORD", "FURNITURE", "UNSPACED", "caseless_variants", "lexicon", "lookup", "phrases", "sound",
           "unspaced_pattern"]
