"""Credits from the text zones: byline, dateline and footer lines.

Only the head and tail lines of an article are read for bylines and footers, and only
the opening of the first paragraphs for datelines: position decides whether a name is a
credit or a mention. Each credit keeps the line it was read from and its span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracer.credits.gazetteer import Gazetteer, Org, default_gazetteer
from tracer.model import Credit

HEAD_LINES = 6
TAIL_LINES = 6

_BYLINE = re.compile(
    r"^\s*(?:By|BY|Nga|Shkruan|Von|Par|Por|Di|A cura di|Door|Av|Af|Autor|Autorka|Piše|Автор|Written by)"
    r"[:\s]+(?P<names>[^\n]{2,120})$")
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÝА-Я][\w .,'’/-]{0,60}?)?\s*\((?P<agency>[^()\n]{2,40})\)\s*[-–—.:]")
_FOOTER_SLASH = re.compile(r"(?:^|[\s.!?\"”»])/\s*(?P<agency>[A-Z][\w .-]{1,40}?)\s*(?:\((?P<via>[^()\n]{2,60})\))?\s*$")
_SOURCE_LINE = re.compile(
    r"^\s*(?:Source|Burimi|Izvor|Quelle|Fuente|Fonte|Źródło|Kaynak|Источник|Bron|Källa|Kilde|Zdroj)\s*:\s*"
    r"(?P<names>[^\n]{2,120})$", re.I)
_REPORTING = re.compile(r"(?P<label>Additional reporting by|Reporting by|Writing by|Editing by)\s+(?P<names>[^;.\n]+)")
_CONTRIB = re.compile(r"^(?P<names>[^\n]{3,120}?)\s+contributed to this report")
_COPYRIGHT = re.compile(r"(?:Copyright|©)\s*(?:\d{4}\s+)?(?P<names>The Associated Press|Reuters|[A-Z][\w .-]{1,40}?)\.?\s*(?:All rights reserved)?\.?\s*$")
_PHOTO = re.compile(r"\((?:[A-Z]{2,5}\s+)?(?:Photo|Foto|Photograph|Image)\b[^)]*\)|^(?:Photo|Foto|Photograph)\s*:", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bdhe\b|\bet\b|\by\b|\be\b|&|/)\s*")
_PERSON = re.compile(r"^(?:[A-ZÀ-ÝĀ-ŽА-Я][\w’'.-]+\s+){1,3}[A-ZÀ-ÝĀ-ŽА-Я][\w’'-]+$")


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return [x for x in out if x[2].strip()]


def parse_text_credits(text: str, publisher: str | None = None,
                       gazetteer: Gazetteer | None = None) -> list[Credit]:
    """Credits declared in the head and tail lines of an article's text."""
    gaz = gazetteer or default_gazetteer()
    lines = _lines(text)
    head, tail = lines[:HEAD_LINES], lines[-TAIL_LINES:]
    credits: list[Credit] = []
    for start, _end, line in head:
        credits.extend(_byline(line, start, gaz, publisher))
        credits.extend(_dateline(line, start, gaz))
    for start, _end, line in tail:
        credits.extend(_footer(line, start, gaz))
    return credits


def _names(s: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for part in _SPLIT.split(s):
        idx = s.find(part, pos)
        if part.strip():
            yield idx, part.strip()
            pos = idx + len(part)


def _org_credit(org: Org, raw: str, role: str, zone: str, evidence: str, start: int, end: int,
                confidence: float) -> Credit:
    return Credit(name=org.name, kind="organization", role=role, zone=zone, evidence=evidence,
                  start=start, end=end, agency=org.agency, confidence=confidence)


def _name_credit(name: str, role_org: str, role_person: str, zone: str, evidence: str, start: int,
                 end: int, gaz: Gazetteer, confidence: float) -> Credit | None:
    name = name.strip(" .:-–—()")
    if not name or len(name) > 60:
        return None
    org = gaz.lookup(name)
    if org is not None:
        return _org_credit(org, name, role_org, zone, evidence, start, end, confidence)
    if _PERSON.match(name) and not any(ch.isdigit() for ch in name):
        return Credit(name=name, kind="person", role=role_person, zone=zone, evidence=evidence,
                      start=start, end=end, confidence=confidence - 0.1)
    if any(ch.isdigit() for ch in name) or name.isupper():
        return Credit(name=name, kind="organization", role=role_org, zone=zone, evidence=evidence,
                      start=start, end=end, confidence=confidence - 0.2)
    return None


def _byline(line: str, start: int, gaz: Gazetteer, publisher: str | None) -> list[Credit]:
    m = _BYLINE.match(line)
    if not m:
        return []
    out = []
    for off, name in _names(m.group("names")):
        s = start + m.start("names") + off
        org = gaz.lookup(name)
        role = "source" if (org is not None and org.is_wire) else "publisher"
        c = _name_credit(name, role, "author", "byline", line.strip(), s, s + len(name), gaz, 0.9)
        if c is not None:
            out.append(c)
    return out


def _dateline(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    m = _DATELINE.match(line[:200])
    if not m:
        return []
    out = []
    for off, name in _names(m.group("agency")):
        org = gaz.lookup(name)
        if org is None:
            continue
        s = start + m.start("agency") + off
        out.append(_org_credit(org, name, "source", "dateline", line[: m.end()].strip(), s, s + len(name), 0.95))
    return out


def _footer(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    out: list[Credit] = []
    if _PHOTO.search(line):
        for s, e, org, _alias in gaz.find_all(line):
            out.append(_org_credit(org, _alias, "photo", "footer", line.strip(), start + s, start + e, 0.8))
        return out
    m = _FOOTER_SLASH.search(line)
    if m:
        org = gaz.lookup(m.group("agency"))
        if org is not None:
            s = start + m.start("agency")
            out.append(_org_credit(org, m.group("agency"), "source", "footer", line[m.start():].strip(),
                                   s, s + len(m.group("agency")), 0.95))
    m = _SOURCE_LINE.match(line)
    if m:
        for off, name in _names(m.group("names")):
            s = start + m.start("names") + off
            c = _name_credit(name, "source", "author", "footer", line.strip(), s, s + len(name), gaz, 0.9)
            if c is not None:
                out.append(c)
    for m in _REPORTING.finditer(line):
        label = m.group("label").lower()
        role = "editor" if label.startswith("editing") else "contributor" if label.startswith("additional") else "author"
        for off, name in _names(m.group("names")):
            s = start + m.start("names") + off
            c = _name_credit(name, "source", role, "footer", line.strip(), s, s + len(name), gaz, 0.9)
            if c is not None:
                out.append(c)
    m = _CONTRIB.match(line)
    if m:
        for off, name in _names(m.group("names")):
            s = start + m.start("names") + off
            c = _name_credit(name, "contributor", "contributor", "footer", line.strip(), s, s + len(name), gaz, 0.85)
            if c is not None:
                out.append(c)
    m = _COPYRIGHT.search(line)
    if m:
        org = gaz.lookup(m.group("names"))
        if org is not None and org.is_wire:
            s = start + m.start("names")
            out.append(_org_credit(org, m.group("names"), "source", "footer", line.strip(), s,
                                   s + len(m.group("names")), 0.9))
    return out
