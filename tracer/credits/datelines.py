"""Datelines: the place, date and agency that open a story ("HELSINKI (AP) —", "LONDON, July 24
(Reuters) -", "Jakarta, CNN Indonesia -- …", the Persian press's 'به گزارش ایرنا، …').

A dateline is read from the start of any head line, even a long body paragraph, and from lines
after photo captions and clutter (`parse_text_credits` looks up to DATELINE_LINES deep). Each
form is one function over one line; the credit strings they find are read by `credit_strings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracer.credits.cjk import CJK
from tracer.credits.credit_strings import (
    _CLUTTER,
    _DIGIT,
    Ctx,
    _byline_match,
    _org,
    _unknown_org,
    read_names,
)
from tracer.credits.gazetteer import Gazetteer, fold
from tracer.credits.lexicon import alternation, has_trigger
from tracer.credits.names import (
    is_domain,
    is_person,
    is_place,
)
from tracer.model import Credit

# The vowel signs and points of scripts without case (Devanagari, Bengali, Thai, Hebrew, Arabic) are
# combining marks, which `\w` leaves out: 'नई दिल्ली' is one place only with them.
_MARKS = "\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0e7f"
_CASELESS_LETTER = "\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’\-/& " + _MARKS + r"]{0,40}?(?:,\s*[^()/\n]{1,40}?)?)?\s*"
    r"(?:\((?P<paren>[^()\n]{2,40})\)|(?:(?<=\s)|^)/(?P<slash>[^/\n]{2,30})/)"
    r"\s*(?:\.?\s*[-–—:_]|\.|\s*।|(?P<end>\s*$)|(?P<bare>(?=[A-ZÀ-ÞА-Я" + _CASELESS_LETTER + r"])))")

_DASH_DATELINE = re.compile(r"^(?P<place>[^\W\d_][\w'’\- ]{1,30}?)[,.]\s*\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s*"
                            r"(?:[—–-]\s*(?P<a>[^.\n]{2,30}?)\.|(?P<b>[^\s.][^\n]{1,30}?)\s+[—–-])\s")


# 'JAKARTA, KOMPAS.com - …', 'TEMPO.CO, Jakarta - …', 'Jakarta, CNN Indonesia -- …': the place and the outlet
# that reports from it, before a dash (the Indonesian press's dateline); the outlet a site's name
# ('kompas.com') or one the gazetteer knows, so that 'LONDON, Ontario —' names none
_OUTLET_DATELINE = re.compile(r"^(?:(?P<place>[^\W\d_][\w'’ ]{1,25}?),\s+(?P<a>[^\s,][^,\n]{1,30}?)"
                              r"|(?P<b>[^\s,][^\s,]{2,30}?),\s+(?P<place2>[^\W\d_][\w'’ ]{1,25}?))\s+[-–—]{1,2}\s")


def _outlet_dateline(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    if "," not in line[:60]:
        return []
    m = _OUTLET_DATELINE.match(line[:80])
    if not m or _byline_match(line):  # 'By Jane Roe, example.com - …' is a byline, read as one
        return []
    g = "a" if m.group("a") else "b"
    name = m.group(g).strip()
    place = (m.group("place") or m.group("place2") or "").strip()
    if not (place.isupper() or " " not in place or is_place(place)):
        return []  # 'Jane Roe, example.com - 3 min read': a writer, not a place, before the outlet
    org = gaz.lookup(name)
    if org is not None and gaz.is_ambiguous(name, org):
        return []
    if org is None and not (is_domain(name) and place[:1].isupper()):
        return []
    ctx = Ctx(zone="dateline", evidence=line[: m.end()].strip(), confidence=0.85)
    if org is not None:
        return [_org(org, name, start + m.start(g), ctx)]
    return [_unknown_org(name, start + m.start(g), replace(ctx, confidence=0.95))]


def _dash_dateline(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    if not _DIGIT.search(line, 0, 40):  # the cheap test first: the date's day within the first words
        return []
    m = _DASH_DATELINE.match(line[:120])
    if not m or not m.group("place")[:1].isupper():
        return []
    g = "a" if m.group("a") else "b"
    name = m.group(g).strip()
    org = gaz.lookup(name) or (gaz.lookup(name.rsplit(".", 1)[0]) if is_domain(name) else None)  # INTERFAX.RU
    if org is None:
        return []
    ctx = Ctx(zone="dateline", evidence=line[: m.end()].strip(), confidence=0.9)
    return [_org(org, name, start + m.start(g), ctx)]


# 'به گزارش ایرنا، …', 'به گزارش خبرگزاری ایرنا، …': the Persian press opens a story with the agency it
# reports, where others print a dateline (lexicon report_leads); a noun for the agency or its reporter may
# stand between ('خبرگزاری', 'خبرنگار'), the agency's name ends at the comma
_REPORT_LEAD = re.compile(r"^\s*(?:" + alternation("report_leads") + r")\s+(?P<org>[^،,:.\n]{2,60}?)\s*[،,]")


def _report_lead(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    m = _REPORT_LEAD.match(line, 0, 120)
    if m is None:
        return []
    spans = [sp for sp in gaz.find_all(m.group("org")) if sp[1] == len(m.group("org"))]
    if not spans or gaz.is_ambiguous(spans[-1][3], spans[-1][2]):
        return []
    a, b, org, alias = spans[-1]
    ctx = Ctx(zone="dateline", evidence=line[: m.end()].strip(), confidence=0.9)
    return [_org(org, alias, start + m.start("org") + a, ctx)]


def _dated_place(place: str) -> bool:
    """'La Habana, 12 may', 'STOCKHOLM': a place with its date, or a place in capitals, before a known agency in
    parentheses with no dash after it ('La Habana, 12 may (ACN) El Gobierno …', 'STOCKHOLM (TT) Regeringen …')."""
    city, _, date = place.strip().partition(",")
    return bool(re.search(r"\d", date)) or (len(city) >= 3 and city.isupper() and not date)


def _dateline(line: str, start: int, gaz: Gazetteer, *, strict: bool = False) -> list[Credit]:
    head = line[:200]
    if "(" not in head and "/" not in head:  # the cheap test first: the agency's parenthesis or slash
        return []
    m = _DATELINE.match(head)
    if not m or (m.group("place") and not (m.group("place")[:1].isupper() or _caseless(m.group("place")[:1]))):
        return []  # any capital opens a place: 'İstanbul', 'Łódź', 'Žilina', 'Šibenik'; a script without case: 'القاهرة'
    if m.group("end") is not None and not (m.group("place") and _caseless(m.group("place")[:1])):
        return []  # 'नई दिल्ली, 12 मार्च (भाषा)' is a dateline line of its own; '… am Dienstag. (PAP)' a footer
    if strict and m.group("place") and not (m.group("place").split(",")[0].isupper()
                                            or _caseless(m.group("place")[:1])):
        return []
    if m.group("bare") is not None and (m.group("place") or m.group("paren") is None) \
            and not (m.group("place") and gaz.lookup((m.group("slash") or m.group("paren") or "").strip()) is not None
                     and (m.group("slash") or _caseless(m.group("place")[:1]) or _dated_place(m.group("place")))):
        # "(CNN)President …": only a bare agency in parentheses may run into the text, or a known agency
        # between slashes after its place ("София, 12 март /БТА/ Властите …"), or in parentheses after a
        # place in a script without capitals, where no capital could mark the text's start
        # ("नई दिल्ली, 12 मार्च (भाषा) सरकार ने …")
        return []
    group = "paren" if m.group("paren") is not None else "slash"
    inner = m.group(group)
    place = (m.group("place") or "").strip()
    if re.search(r"[a-z]{3,}\s+[a-z]{3,}", inner):  # "(file photo)", "(in Russian)": prose, not a credit
        return []
    classic = bool(place) and place.split(",")[0].upper() == place.split(",")[0]
    ctx = Ctx(zone="dateline", evidence=line[: m.end()].strip(), confidence=0.95,
              unknown_org=classic and len(inner) <= 20)
    if m.group("bare") is not None:
        # "(Example Wire) An animated cartoon …" opening the story: an outlet of two to four
        # capitalised words names the source even when the gazetteer does not know it
        words = inner.split()
        outlet = (not strict and len(line) >= 80 and 2 <= len(words) <= 4 and group == "paren"
                  and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in inner)
                  and not has_trigger(inner.lower(), "photo_words") and fold(inner) not in _CLUTTER
                  and not is_person(inner))
        ctx = replace(ctx, unknown_org=outlet)
    out = [c for c in read_names(inner, start + m.start(group), ctx, gaz)
           if c.kind == "organization" or c.role == "editor"]
    if not any(c.kind == "organization" for c in out):
        return []
    return out


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Arabic, Persian, Hebrew, Georgian, Devanagari …)."""
    return ch.isalpha() and ch.upper() == ch.lower() and not CJK.match(ch)
