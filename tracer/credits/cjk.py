"""Credits in Chinese, Japanese and Korean news text.

There names are not capitalised and words are not spaced, so the Latin-script tests of
`names.py` (capitalised words) and the gazetteer's word boundaries do not apply. The forms
are few and fixed by house style across the region's press:

* bracketed datelines: '【ロンドン共同】', '(서울=연합뉴스)', and the Chinese wire's
  '新华社北京3月12日电（记者张三）' (agency, place, date, 电, then the reporters);
* a source label with a full-width colon: '来源：新华社', '出典：共同通信', '출처: 연합뉴스'.

Agencies are looked up in the gazetteer by the names it lists in these scripts. Korean
reporter bylines ('김철수 기자') were read too, but lifted only the tuned half of the split
(one page), so by the project's rule they are out until data outside that half shows them.
"""

from __future__ import annotations

import re

from tracer.credits.gazetteer import Gazetteer
from tracer.model import Credit

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BRACKET = re.compile(r"^\s*[(（【\[](?:(?P<place>[^()（）【】\[\]=＝]{1,20})[=＝])?(?P<inner>[^()（）【】\[\]]{2,20})[)）】\]]")
_ZH_WIRE = re.compile(r"^\s*(?P<agency>[\u4e00-\u9fff]{2,5}社)[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日电")
_ZH_REPORTERS = re.compile(r"[（(]\s*[记記]者\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*)\s*[）)]")
_LABEL = re.compile(r"^\s*(?:来源|來源|出典|출처|消息来源)\s*[:：]\s*(?P<names>[^\s，,。]{2,30})")


def read_cjk(line: str, start: int, gaz: Gazetteer, head: bool) -> list[Credit]:
    """Credits one CJK line declares; `start` is the line's offset in the text."""
    out: list[Credit] = []
    ev = line.strip()[:120]
    m = _LABEL.match(line)
    if m:
        return _named_agency(m, "names", start, "footer", ev, gaz)
    if head:
        m = _BRACKET.match(line)
        if m:
            out += _named_agency(m, "inner", start, "dateline", ev, gaz)
        m = _ZH_WIRE.match(line)
        if m and gaz.lookup(m.group("agency")) is not None:
            out.append(_org(m.group("agency"), start + m.start("agency"), len(m.group("agency")), "dateline", ev, gaz))
        m = _ZH_REPORTERS.search(line[:80])
        if m:
            out += _persons(m.group("names"), start + m.start("names"), ev)
    return out


def _named_agency(m: re.Match[str], group: str, start: int, zone: str, ev: str, gaz: Gazetteer) -> list[Credit]:
    """The agency that `group` of a label or bracket match names, as a credit ([] if none)."""
    org = _agency(m.group(group), gaz)
    if org is None:
        return []
    name, a = org
    return [_org(name, start + m.start(group) + a, len(m.group(group)) - a, zone, ev, gaz)]


def _agency(text: str, gaz: Gazetteer) -> tuple[str, int] | None:
    """The agency a bracket or label names, and where it starts: 'ロンドン共同' → ('共同', 4)."""
    text = text.strip()
    for k in range(len(text) - 1):
        if gaz.lookup(text[k:]) is not None:
            return text[k:], k
    return None


def _org(name: str, pos: int, length: int, zone: str, ev: str, gaz: Gazetteer) -> Credit:
    org = gaz.lookup(name)
    return Credit(name=org.name if org else name, kind="organization", role="source", zone=zone, evidence=ev,
                  start=pos, end=pos + length, agency=org.agency if org else None, confidence=0.9)


def _persons(names: str, pos: int, ev: str) -> list[Credit]:
    out = []
    for m in re.finditer(r"[^\s·ㆍ,、，]+", names):  # the names between the separators
        out.append(Credit(name=m.group(0), kind="person", role="author", zone="byline", evidence=ev,
                          start=pos + m.start(), end=pos + m.end(), confidence=0.85))
    return out
