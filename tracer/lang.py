"""Language identification of article text, offline and fast.

Measured on the 1,280 texts of a real multilingual news-pair set (scripts/eval_compare.py
--lang prints the table): on 60-character snippets langid is right 96 %, lingua 97 %,
pycld2 89 %; on 200 characters langid 99.9 %, lingua 99.5 %, pycld2 96 %. pycld2 is
30–300× faster than either. So: pycld2 first, and its answer is kept when it says the
answer is reliable on a text of at least 200 characters; otherwise langid decides, in
its maintained fork py3langid (same model and answers, loads in a fraction of the
time; no model download). Codes are ISO 639-1 ("en", "sq", "zh").
"""

from __future__ import annotations

import re
from functools import lru_cache

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
RELIABLE_CHARS = 200


@lru_cache(maxsize=1)
def _langid():
    """py3langid (the maintained fork of langid.py, same model): loads in ~0.2 s where
    langid.py unpickles its model string for seconds; classifies in ~0.1 ms."""
    import py3langid

    return py3langid.classify


def _cld2(text: str) -> str | None:
    try:
        import pycld2
    except ImportError:  # optional speed-up; langid alone is correct, only slower
        return None
    try:
        reliable, _n, details = pycld2.detect(text)
    except Exception:  # invalid UTF-8 surrogates and the like
        return None
    if not reliable or not details or details[0][1] in ("un", "xx"):
        return None
    code = details[0][1].split("-")[0].lower()
    return {"iw": "he", "zh": "zh", "jw": "jv"}.get(code, code)


def detect(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of `text`'s language (the `hint` wins when given), None when empty."""
    if hint:
        return hint.split("-")[0].split("_")[0].lower()
    text = _CONTROL.sub(" ", text).strip()
    if not text:
        return None
    if len(text) >= RELIABLE_CHARS:
        code = _cld2(text[:4000])
        if code:
            return code
    return _langid()(text[:2000])[0]


__all__ = ["detect"]
