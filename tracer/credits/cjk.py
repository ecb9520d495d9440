"""Credits in Chinese, Japanese and Korean news text.

There names are not capitalised and words are not spaced, so the Latin-script tests of
`names.py` (capitalised words) and the gazetteer's word boundaries do not apply. The forms
are few and fixed by house style across the region's press:

* bracketed datelines: '【ロンドン共同】', '(서울=연합뉴스)', and the Chinese wire's
  '新华社北京3月12日电（记者张三）' (agency, place, date, 电, then the reporters; a news site's
  '中新网北京3月12日电' too);
* a source label with a full-width colon: '来源：新华社', '出典：共同通信', '출처: 연합뉴스'.

* byline lines: '记者 张伟 报道', '本报记者 张伟', '作者：张伟'; the Korean reporter's title after the
  name, '김철수 기자' alone or before the wire style's '=' or an address ('김철수 기자는 …' in a
  sentence is a mention);
* the desk's editor, '责任编辑：王芳': an editor, never the writer.

Agencies are looked up in the gazetteer by the names it lists in these scripts. (Korean
reporter bylines were left out once because on the dev data they lifted only the tuned half,
one page; they are back as a form of the whole region's press, checked on invented pages,
tests/test_credits_scripts.py.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracer.credits.gazetteer import Gazetteer
from tracer.credits.lexicon import alternation
from tracer.credits.names import is_person
from tracer.model import Credit

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BRACKET = re.compile(r"^\s*[(（【\[](?:(?P<place>[^()（）【】\[\]=＝]{1,20})[=＝])?(?P<inner>[^()（）【】\[\]]{2,20})[)）】\]]")
_ZH_WIRE = re.compile(r"^\s*(?P<agency>[\u4e00-\u9fff]{1,5}[社网網])[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日[电電]")
_ZH_REPORTERS = re.compile(r"[（(]\s*[记記]者\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*)\s*[）)]")
_LABEL = re.compile(r"^\s*(?:来源|來源|出典|출처|消息来源)\s*[:：]\s*(?P<names>[^\s，,。]{2,30})")
_ENDS = alternation("cjk_labels", "zh_report_ends")
_NAME = r"(?!" + _ENDS + r")[\u4e00-\u9fff\uac00-\ud7af]{2,4}"
_NAMES = rf"(?P<names>{_NAME}(?:\s*[\s、，,·ㆍ]\s*{_NAME})*)"
# '记者 张伟 报道', '本报记者 张伟', '作者：张伟', '文/张伟': a Chinese byline line of its own (the labels: lexicon
# cjk_labels; '文' and '作者' want their separator: '文明城市' is a word)
_ZH_BYLINE = re.compile(r"^\s*[（(]?\s*(?:(?:" + alternation("cjk_labels", "zh_desks") + r")?(?:"
                        + alternation("cjk_labels", "zh_reporter") + r")\s*[:：/／]?|(?:"
                        + alternation("cjk_labels", "zh_author") + r")\s*[:：/／])\s*"
                        + _NAMES + r"\s*(?:" + _ENDS + r")?\s*[）)]?\s*$")
# '文・山田太郎', '取材・文／山田太郎', '山田太郎記者': a Japanese byline line of its own
_JA_NAME = r"(?:[\u4e00-\u9fff\u3005]{2,5}|[\u4e00-\u9fff\u3005]{1,3}\s[\u4e00-\u9fff\u3005]{1,3})"
_JA_BYLINE = re.compile(r"^\s*(?:" + alternation("cjk_labels", "ja_author") + r")\s*[・／/:：]\s*(?P<names>" + _JA_NAME
                        + r")\s*$|^\s*(?P<names2>" + _JA_NAME + r")\s*(?:" + alternation("cjk_labels", "ja_titles") + r")\s*$")
# '责任编辑：王芳', '编辑：王芳', '審校：…': the desk's editor, no writer
_ZH_EDITOR = re.compile(r"^\s*[（(\[【]?\s*(?:" + alternation("cjk_labels", "zh_editor") + r")\s*[:：]\s*"
                        + _NAMES + r"\s*[）)\]】]?\s*$")
# '김철수 기자', '(서울=연합뉴스) 김철수 기자 = …', '김철수·이영희 기자 kim@example.kr': a Korean reporter's
# byline; the title word ends the names and an '=' (the wire's style), an address, the article's time
# stamp ('… 기자 입력 2026.03.12') or the line's end follows ('김철수 기자는 …' in a sentence is a mention)
_KO_BYLINE = re.compile(r"^\s*(?:[(\[][^()\[\]]{2,20}[)\]]\s*)?(?P<names>[\uac00-\ud7af]{2,4}(?:\s*[·ㆍ,]\s*[\uac00-\ud7af]{2,4})*)"
                        r"\s*(?:" + alternation("cjk_labels", "ko_titles") + r")(?=\s*(?:=|$|[\w.+-]+@[\w.-]+\s*$"
                        r"|(?:" + alternation("cjk_labels", "ko_stamps") + r")\s*[:：]?\s*\d))")
_KO_TITLED = r"[\uac00-\ud7af]{2,4}\s*(?:" + alternation("cjk_labels", "ko_titles") + r")"
_KO_LIST = re.compile(r"^\s*" + _KO_TITLED + r"(?:\s*[,·ㆍ/]\s*" + _KO_TITLED + r")+\s*$")
_KO_ONE = re.compile(r"(?P<name>[\uac00-\ud7af]{2,4})\s*(?:" + alternation("cjk_labels", "ko_titles") + r")")
# '2026-03-12 10:00 来源：新华网 作者：张伟 责任编辑：王芳': a Chinese article's info line, its labels side by side
_ZH_INFO = re.compile(r"(?:^|\s|[|｜])(?P<label>来源|來源|作者|记者|記者|责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*(?P<value>[^\s|｜]{2,30})")
_ZH_INFO_ROLE = {"来源": "source", "來源": "source", "作者": "author", "记者": "author", "記者": "author"}


def read_cjk(line: str, start: int, gaz: Gazetteer, head: bool) -> list[Credit]:
    """Credits one CJK line declares; `start` is the line's offset in the text."""
    out: list[Credit] = []
    ev = line.strip()[:120]
    m = _LABEL.match(line)
    if m:
        return _named_agency(m, "names", start, "footer", ev, gaz)
    if len(line) <= 160 and sum(1 for _ in _ZH_INFO.finditer(line)) >= 2:
        return _info_line(line, start, ev, gaz)
    m = _ZH_EDITOR.match(line)
    if m:
        return _persons(m.group("names"), start + m.start("names"), ev, role="editor")
    m = _KO_BYLINE.match(line)  # at the top or, with the address, closing the story
    if m:
        out += _persons(m.group("names"), start + m.start("names"), ev)
    elif _KO_LIST.match(line):  # '김철수 기자, 이영희 기자': each name with its title
        for k in _KO_ONE.finditer(line):
            out += _persons(k.group("name"), start + k.start("name"), ev)
    if head:
        m = _ZH_BYLINE.match(line) if len(line) <= 60 else None
        if m:
            return _persons(m.group("names"), start + m.start("names"), ev)
        m = _JA_BYLINE.match(line) if len(line) <= 40 else None
        if m:
            g = "names" if m.group("names") else "names2"
            name = m.group(g)
            if g == "names2" and not is_person(name.replace(" ", ""), single=True):
                return []  # '文化庁記者': an office's press club, no one's name
            return [Credit(name=name, kind="person", role="author", zone="byline", evidence=ev,
                           start=start + m.start(g), end=start + m.end(g), confidence=0.85)]
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


def read_info_line(line: str, gaz: Gazetteer) -> list[Credit]:
    """The credits of a page's info line under the headline when it is a Chinese one with its labels
    ('2026-03-12 来源：新华网 作者：张伟'); [] for any other line. No span: the line is markup's."""
    if len(line) > 160 or not CJK.search(line) or _ZH_INFO.search(line) is None:
        return []
    ev = line.strip()[:120]
    return [replace(c, start=None, end=None) for c in _info_line(line, 0, ev, gaz)]


def _info_line(line: str, start: int, ev: str, gaz: Gazetteer) -> list[Credit]:
    """An info line's labelled credits: the source's agency, the writers, the editor (a role of its own)."""
    out: list[Credit] = []
    for m in _ZH_INFO.finditer(line):
        role = _ZH_INFO_ROLE.get(m.group("label"), "editor")
        value, pos = m.group("value"), start + m.start("value")
        if role == "source":
            org = _agency(value, gaz)
            if org is not None:
                out.append(_org(org[0], pos + org[1], len(value) - org[1], "byline", ev, gaz))
        elif re.fullmatch(_NAMES, value):
            out += _persons(value, pos, ev, role=role)
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


def _persons(names: str, pos: int, ev: str, role: str = "author") -> list[Credit]:
    out = []
    for m in re.finditer(r"[^\s·ㆍ,、，]+", names):  # the names between the separators
        out.append(Credit(name=m.group(0), kind="person", role=role, zone="byline", evidence=ev,
                          start=pos + m.start(), end=pos + m.end(), confidence=0.85))
    return out
