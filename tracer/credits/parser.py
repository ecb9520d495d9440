"""Credits from the text zones: byline, dateline and footer lines.

Only the head and tail lines of an article are read: position decides whether a name is
a credit or a mention ("NEW YORK (AP) —" opens a wire story; "told Reuters" in the
middle of one is a citation). Each form is one small function over one line: the byline and
photo forms are below, the others in their own modules (`datelines.py`, `credit_lines.py`,
`tail_sentences.py`, `name_lines.py`), all reading their names through `credit_strings.py`; the
words each form needs (byline prefixes, source labels, photo words, citation cues, in
many languages) come from `lexicon.json`, the organisations from `gazetteer.json`.
Every credit keeps the line it was read from and a span into the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tracer.credits import greek
from tracer.credits.byline import (
    deglue,
    glue_points,
    is_desk,
    is_job_title,
    trim_byline,
)
from tracer.credits.cjk import CJK, read_cjk
from tracer.credits.credit_lines import (
    _closing_label,
    _copyright,
    _dash_end,
    _email,
    _feed_line,
    _from_line,
    _issuer,
    _joined_wires,
    _originally,
    _paren_end,
    _partner_note,
    _post_first,
    _provider_line,
    _quote_intro,
    _reporting,
    _slash_footer,
    _slash_line,
    _source_line,
    _source_link,
    _via_end,
    _wire_id,
    _with_files,
)
from tracer.credits.credit_strings import (
    _CLUTTER,
    _DIGIT,
    _F,
    _LOWER_THE,
    _TRAILING_DATE,
    MAX_LINE,
    Ctx,
    _byline_match,
    _ends_sentence,
    _is_body,
    _unknown_org,
    agency_desk,
    read_names,
)
from tracer.credits.datelines import _caseless, _dash_dateline, _dateline, _outlet_dateline, _report_lead
from tracer.credits.gazetteer import Gazetteer, default_gazetteer, fold, squash
from tracer.credits.lexicon import LEXICON, alternation, has_trigger, phrases, triggers, words
from tracer.credits.name_lines import (
    _names_line,
    _names_only,  # noqa: F401  (re-exported)
    _unglue,
    is_station,
)
from tracer.credits.names import (
    clean_name,
    is_code,
    is_outlet_name,
    is_person,
    split_names,
)
from tracer.credits.tail_sentences import (
    _BIO,
    _BIO_MORE,
    _bio_asides,
    _sentences_tail,
)
from tracer.extract import paragraphs
from tracer.model import Credit

HEAD_LINES = 10
TAIL_LINES = 8
TAIL_FOOT = 3  # lines under the body's last paragraph read as tail lines (furniture may follow)
DATELINE_LINES = 30

_COLON_PREFIXES = {fold(p) for p in ("Text", "Texte", "Texto", "Tekst", "Words", "Interview", "Haber", "Текст",
                                     "Credit", "Author", "Authors", "Byline", "Autor/in", "AUTOR/IN", "Opracowanie",
                                     "Reporter", "Reporters", "Correspondent", "Writer", "Columnist", "Avtor", "Avtorica",
                                     "Avtorja", "Story",
                                     # a genre's word is a label only with its colon ('Column: Jane Roe'), or with 'by'
                                     "Opinion", "Column", "Commentary", "Kolumne", "Kommentar", "Chronique", "Tribune",
                                     "Commento", "Opinie", "Krönika", "Klumme")}

# A picture caption: "FILE - In this …", "… file photo", a sentence with a full weekday date
# ("… Monday, July 16, 2018. …") or one ending in a date ("… in Exampleburg, July 15, 2018.").
_CAPTION_START = re.compile(r"^(?:FILE\b|In this\b)")
_MONTH_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
_WEEKDAY_DATE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+" + _MONTH_DATE + r"\b")
_END_DATE = re.compile(r"\b" + _MONTH_DATE + r"\.?\s*$")


def _is_caption(line: str) -> bool:
    if not line:
        return False
    if _CAPTION_START.match(line) or "file photo" in line:
        return True
    if "day, " in line and _WEEKDAY_DATE.search(line):
        return True
    return len(line) >= 50 and bool(_END_DATE.search(line[-30:]))


_THE_OUTLET = re.compile(r"^(?:The|THE)(?:\s+[A-Z][\w.&'’-]*){2,4}(?=\s*$)")
_STAMP_WORD = re.compile(r"\b(?:Posted|Published|Updated)\b")

_PHOTO = re.compile(
    r"(?:(?<![\w])(?:" + alternation("photo_words") + r")(?:\s*(?:[:/|]|by\b|credit\b|courtesy\b|©)|\s+(?:illustration)\b"
    r"|\s+(?:di|de|par|por|door|av|af|da)\s+(?-i:[A-ZÀ-ÞĀ-Ž])))"  # 'Foto di Jane Roe', 'Photo par …': a name after "by"
    r"|(?<![\w])(?:" + alternation("photo_abbreviations") + r")\s*(?=[A-ZÀ-ÞА-Я/])"
    r"|(?<![\w])(?:" + alternation("photo_agencies_only") + r")(?![\w]|-\w)|toggle caption", _F)

_BYLINE_TAIL = re.compile(
    r"\s+(?:(?:on|at|am|le|el|il)\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\.?\s)|(?i:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|actualizado)\b).*$")


def parse_text_credits(text: str, publisher: str | None = None,
                       gazetteer: Gazetteer | None = None, boilerplate: frozenset[str] = frozenset()) -> list[Credit]:
    """Credits declared in the head and tail lines of an article's text.

    Lines in `boilerplate` (repeated across the site's pages, see `clutter.py`) yield no
    weak credits (bare names, a lone organisation name, an e-mail address)."""
    gaz = gazetteer or default_gazetteer()
    lines = paragraphs(text)
    n = len(lines)
    credits: list[Credit] = []
    head = set(range(min(HEAD_LINES, n)))
    for i in range(HEAD_LINES, min(DATELINE_LINES, n)):  # a dateline after photo captions and clutter
        start, line = lines[i]
        credits.extend(_dateline(line, start, gaz, strict=True))
    tail = set(range(max(0, n - TAIL_LINES), n))
    # The lines right under the body's last paragraph are its foot even when page furniture follows
    last_body = next((i for i in range(n - 1, -1, -1) if _is_body(lines[i][1])), None)
    if last_body is not None and last_body >= HEAD_LINES:
        tail |= set(range(last_body + 1, min(last_body + 1 + TAIL_FOOT, n)))
    for i in range(len(head), n):  # explicit credit lines the page put mid-text (related links below)
        if i not in tail:
            credits.extend(_middle(lines[i][1], lines[i][0], gaz))
            if i < DATELINE_LINES and len(lines[i][1]) < 160 and _STAMP_WORD.search(lines[i][1]):
                # "Jane Roe Posted at 5:40 pm …" after page furniture: a byline with its stamp
                credits.extend(_names_line(lines[i][1], lines[i][0], gaz, lines[i - 1][1], "", True, i, False,
                                           publisher))
    bylined = False
    split = _split_bylines(lines, head)
    for i in sorted(head | tail):
        start, line = lines[i]
        prev_line = lines[i - 1][1] if i > 0 else ""
        # The next line with a letter in it: portals put ',' and '•' lines between a byline and its date.
        next_line = next((ln for _, ln in lines[i + 1: i + 4] if _ALNUM.search(ln)), "")
        slot = i + 1 < n and lines[i + 1][1].strip() in ("•", "·", "|")
        found = [c for c in _byline(split[i] + " " + line, start - len(split[i]) - 1, gaz, publisher)
                 if c.kind == "organization" or len(c.name.split()) > 1] if i in split else []
        found = found or read_line(line, start, gaz, publisher, in_head=i in head, in_tail=i in tail,
                                   prev_line=prev_line, next_line=next_line, index=i,
                                   weak=line.strip() not in boilerplate, slot=slot)
        if found and bylined and i in head and _is_caption(next_line) and not _byline_match(line):
            found = []  # a second names line, over a picture caption: the photographer's credit
        elif found and i not in head and _is_caption(prev_line) and not _byline_match(line) \
                and all(c.zone == "footer" and c.confidence <= 0.8 for c in found):
            found = []  # "Jane Roe, AP" under a caption in a gallery: the photographer's credit
        elif found and bylined and i in head and not _byline_match(line) and not _STAMP_WORD.search(line) \
                and all(c.kind == "person" and c.zone == "byline" for c in found) \
                and any(_is_body(ln) for _, ln in lines[:i]):
            found = []  # "ELECTION MEDDLING" between paragraphs under the byline: a kicker or a tag, no writer
        if found and i >= 3 and _byline_match(line) and _headline_line(prev_line) and _paragraph(next_line) \
                and any(_is_body(ln) for _, ln in lines[: i - 1]):
            # the story's text, then a headline, 'By Jane Roe' and more text: the next story loaded under it
            found = [c for c in found if c.kind != "person"]
        bylined = bylined or any(c.zone == "byline" for c in found)
        credits.extend(found)
    listed = _related_start(lines, head | tail)
    if listed is not None:  # "Related stories" / "Ferry fares rise" / "By Jane Roe": other stories' bylines
        credits = [c for c in credits if not (c.kind == "person" and c.zone == "byline" and c.start is not None
                                              and c.start > listed)]
    cards = _card_bylines(lines, head)
    if cards:  # "by Jane Roe - Jul 15, 2018 2:39 pm" over teaser after teaser: other stories' cards
        credits = [c for c in credits if not (c.kind == "person" and c.zone == "byline" and c.evidence.strip() in cards)]
    commented = _comments_start(lines)
    if commented is not None:  # 'Kommentare' / 'Jane Roe am 3. März 2026 um 10:12 Uhr' / her comment
        credits = [c for c in credits if not (c.kind == "person" and c.role in ("author", "contributor")
                                              and c.start is not None and c.start > commented)]
    embeds = _embed_sources(lines, gaz)
    if embeds:  # 'Quelle: Statistisches Landesamt' between paragraphs: a chart's or a video's source
        credits = [replace(c, role="photo") if c.kind == "organization" and c.role == "source"
                   and c.evidence.strip() in embeds else c for c in credits]
    replied = _comment_heads(lines)
    if replied:  # "Jane Roe • 3 March 2026" / her comment / "Reply": a reader's comment under the story
        credits = [c for c in credits if not (c.kind == "person" and c.evidence.strip() in replied)]
    gallery = _gallery_lines(lines, gaz) if any(
        c.kind == "person" and c.role == "author" and _PERSON_ORG.match(c.evidence) for c in credits) else set()
    if gallery:  # "Jane Roe, AP" under picture after picture: the photographers of a gallery
        credits = [replace(c, role="photo") if c.kind == "organization" and c.evidence.strip() in gallery else c
                   for c in credits if not (c.kind == "person" and c.evidence.strip() in gallery)]
    credits = [c for c in credits if c.zone != "footer" or not _quoted_bio(c, text)]
    # "Text: Example-Team", "By Example Staff" read as a name: the house's desk wrote it, no person
    return [replace(c, kind="organization", agency=None) if c.kind == "person" and c.role == "author"
            and is_desk(c.name) else c for c in credits]


_RELATED_HEADS = frozenset(fold(h) for h in LEXICON["related_heads"])
# A line that opens with a link label to another story ('Read also:', 'Lesen Sie auch:', 'Next post:',
# 'Article précédent :'; lexicon related_heads and sibling_links): the byline after it is that story's.
_OTHER_STORY = re.compile(r"^\s*(?:" + alternation("related_heads") + "|" + alternation("sibling_links") + r")\s*:\s*\S", _F)


# 'Kommentare', '2 Comments', 'Commentaires (2)': the heading of the readers' comments (lexicon comment_heads)
_COMMENT_HEAD = re.compile(r"^\s*(?:\d{1,4}\s+)?(?:" + alternation("comment_heads") + r")\s*(?:\(\d{1,4}\))?\s*:?\s*$", _F)


def _related_start(lines: list[tuple[int, str]], read: set[int]) -> int | None:
    """Where a list of other stories begins under the story's first paragraph: a short line that
    is a heading of one ('Related stories', 'Mehr zum Thema', 'À lire aussi:'; lexicon
    related_heads). The bylines under it sign those stories, not this one."""
    body = next((i for i, (_, line) in enumerate(lines) if _is_body(line)), None)
    if body is None:
        return None
    for i in sorted(read):
        start, line = lines[i]
        if i <= body:
            continue
        if len(line) < 60 and fold(line.strip().rstrip(":")) in _RELATED_HEADS:
            return start
    return None


def _comments_start(lines: list[tuple[int, str]]) -> int | None:
    """Where the readers' comments begin under the story's first paragraph: a short line that is
    their section's heading ('Kommentare', '2 Comments', 'Commentaires (2)'; lexicon comment_heads),
    anywhere below. Every name under it is a reader's."""
    body = next((i for i, (_, line) in enumerate(lines) if _is_body(line)), None)
    if body is None:
        return None
    return next((start for start, line in lines[body + 1:] if len(line) < 40 and _COMMENT_HEAD.match(line)), None)


_REPLY = re.compile(r"^\s*(?:" + alternation("reply_words") + r")(?:\s*[^\w\s]*\s*\d*)*\s*$", _F)
_WIDGET_SEP = re.compile(r"\s*[·•|]\s*")


def _reply_line(line: str) -> bool:
    """'Reply', 'Antworten · 3', 'Gefällt mir · Antworten · 2 Std.': a comment's buttons."""
    parts = _WIDGET_SEP.split(line.strip())
    return any(_REPLY.match(p) for p in parts) and all(len(p.split()) <= 3 for p in parts)


_SOURCE_LEAD = re.compile(r"^\s*(?:" + alternation("source_labels") + r")\s*:\s*\S", _F)


def _embed_sources(lines: list[tuple[int, str]], gaz: Gazetteer) -> set[str]:
    """Source lines in the middle of the story ('Quelle: YouTube/Example TV', 'Source: Office for
    Statistics'), the story's paragraphs above and below them (past other credit lines): the
    source of a video, a chart or a picture set between the paragraphs, whose embed the text
    lost. The text's own source stands at its end."""
    out: set[str] = set()
    seen_body = False
    for i, (_, line) in enumerate(lines):
        if not seen_body:
            seen_body = _is_body(line)
            continue
        if len(line) > 120 or not _SOURCE_LEAD.match(line):
            continue
        after = next((ln for _, ln in lines[i + 1:] if not (_SOURCE_LEAD.match(ln) or is_photo_line(ln, gaz))), "")
        if _paragraph(after):
            out.add(line.strip())
    return out


def _comment_heads(lines: list[tuple[int, str]]) -> set[str]:
    """The heads of a comment thread flattened into text: a short line ('Jane Roe • 3 March 2026',
    'Jane Roe, 10:12') with a reply button's line ('Reply', 'Antworten · 3'; lexicon reply_words)
    at most three lines below it. A reader's name, never the story's writer."""
    out: set[str] = set()
    for i, (_, line) in enumerate(lines):
        if len(line) < 50 and _reply_line(line):
            out.update(ln.strip() for _, ln in lines[max(0, i - 3): i] if len(ln) < 80)
    return out


def _quoted_bio(c: Credit, text: str) -> bool:
    """A closing 'Jane Roe teaches …' (a bio without a newsroom role, `_BIO_MORE`) about someone the
    story already named: the last words about a person in the news, not the writer's bio."""
    if c.kind != "person" or c.zone != "footer" or c.role != "author" or not c.start \
            or not _BIO_MORE.match(_bio_asides(c.evidence)):
        return False
    old = _BIO.match(_bio_asides(c.evidence))
    if old and is_person(old["names"]):  # the bio forms read before these came
        return False
    surname = c.name.split()[-1]
    return re.search(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", text[: c.start]) is not None


def _card_bylines(lines: list[tuple[int, str]], head: set[int]) -> set[str]:
    """Bylines of a list of other stories above the article (a page's teaser cards flattened
    into text): two or more short head lines, each a byline with its date or time stamp, with
    a teaser line between each and the next. None of them signs the article."""
    stamped = [i for i in sorted(head) if len(lines[i][1]) <= 100 and _DIGIT.search(lines[i][1])
               and _card_byline(lines[i][1])]  # the cheap tests first: a card's byline has its date
    if len(stamped) < 2 or any(b - a < 2 for a, b in zip(stamped, stamped[1:], strict=False)):
        return set()
    return {lines[i][1].strip() for i in stamped}


def _card_byline(line: str) -> bool:
    m = _byline_match(line)
    if not m or m.group("lead"):
        return False
    names = m.group("names")
    return any(ch.isdigit() for ch in names) and len(trim_byline(names)) < len(names.strip(" ,|•·–—-"))


_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum() accepts, as one scan in C

_PREFIXES = frozenset(fold(p) for p in phrases("byline_prefixes"))
_PREFIX_ONLY = re.compile(r"^\s*(?P<prefix>" + alternation("byline_prefixes") + r")\s*:?\s*$", _F)
_CONNECTORS = frozenset(w.casefold() for w in LEXICON["name_separators"]) | {"&", ","}


def _connector(line: str) -> bool:
    """'and', 'und', ',' alone on a line: the word between two names of a split byline."""
    return line.strip().casefold() in _CONNECTORS


def _ends_connector(line: str) -> bool:
    """'By Jane Roe and', 'Von Anna Schmidt,': a byline the next line continues."""
    s = line.rstrip()
    return s.endswith(",") or (" " in s and s.rsplit(None, 1)[-1].casefold() in _CONNECTORS)


def _split_bylines(lines: list[tuple[int, str]], head: set[int]) -> dict[int, str]:
    """Head lines that continue a byline the page split over several lines ('By' / 'Jane Roe' /
    'and' / 'John Doe', 'By Jane Roe and' / 'John Doe'): line index → the byline's prefix."""
    out: dict[int, str] = {}
    for i in sorted(head):
        line = lines[i][1]
        if len(line) > 160:
            continue
        pm = _PREFIX_ONLY.match(line) if len(line) < 40 and fold(line) in _PREFIXES else None
        bm = None if pm else (_byline_match(line) if _ends_connector(line) else None)
        if not (pm or bm):
            continue
        prefix = (pm or bm).group("prefix") + (":" if pm and ":" in line else "")  # "Text:" / "Jane Roe"
        j = i + 1
        while j in head and j < len(lines):
            nxt = lines[j][1].strip()
            if _connector(nxt):
                j += 1
                continue
            if len(nxt) > 80 or not nxt[:1].isupper():
                break
            out[j] = prefix
            if _ends_connector(nxt) or (j + 1 < len(lines) and _connector(lines[j + 1][1])):
                j += 1
                continue
            break
    return out


_PERSON_ORG = re.compile(r"^(?P<who>[^,/|\n]{4,50}),\s*(?P<org>[^,\n]{2,40})$")


def _gallery_lines(lines: list[tuple[int, str]], gaz: Gazetteer) -> set[str]:
    """The 'Jane Roe, AP' lines of a picture gallery: three or more short lines naming a
    different person each with a known organisation. A byline names its writers once; a
    gallery credits a photographer under every picture."""
    found: dict[str, str] = {}
    for _start, line in lines:
        if len(line) > 96 or "," not in line:
            continue
        s = line.strip()
        m = _PERSON_ORG.match(s)
        if m and (gaz.lookup(m.group("org")) is not None or _PHOTO.search(m.group("org"))) \
                and is_person(m.group("who").strip()):
            found[s] = fold(m.group("who"))
    return set(found) if len(set(found.values())) >= 3 else set()


def is_byline_line(line: str) -> bool:
    """Does this line open with a byline prefix ('By', 'Von', 'Ein Interview von', …)?"""
    return bool(_byline_match(line))


def is_photo_line(line: str, gaz: Gazetteer | None = None) -> bool:
    """Is this short line a photo or video credit ('Foto: Nicole Cronauge, Bistum Essen')?"""
    return len(line) <= 200 and (bool(_PHOTO.search(line)) or _person_slash_org(line, gaz or default_gazetteer()))


_NAME_AND_WIRE = re.compile(r"^\s*(?P<name>[^\W\d_][^()\d:|/]{3,58}?)\s*\((?P<wire>[^()\d]{2,25})\)\s*\.?\s*$")


def _name_and_wire(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'Anna Nowak (PAP)', 'Juana Rojas (EFE)' under the headline: a line of its own holding a writer's full
    name and, in parentheses, a wire agency: the wire's writer signs. Both credited; a party ('(SPD)'), an
    age or an outlet that is no agency, nothing. (At the foot the form is also a picture's caption: there
    the wire alone is read, as before.)"""
    if "(" not in line or len(line) > 90:
        return []
    m = _NAME_AND_WIRE.match(line)
    if not m:
        return []
    name, wire = m.group("name").strip(), m.group("wire").strip()
    org = gaz.lookup(wire)
    if org is None or org.type != "agency" or len(name.split()) < 2 or not is_person(name) \
            or has_trigger(fold(line), "photo_words"):
        return []
    ctx = Ctx(zone="byline", evidence=line.strip(), confidence=0.8)
    offset = start + line.find(name)
    person = Credit(name=clean_name(name), kind="person", role="author", zone=ctx.zone, evidence=ctx.evidence,
                    start=offset, end=offset + len(name), confidence=0.8)
    at = start + line.find(wire)
    source = Credit(name=org.name, kind="organization", role="source", zone=ctx.zone, evidence=ctx.evidence,
                    start=at, end=at + len(wire), agency=org.agency, confidence=0.85)
    return [person, source]


def read_line(line: str, start: int, gaz: Gazetteer, publisher: str | None = None, *,
              in_head: bool = True, in_tail: bool = True, prev_line: str = "", next_line: str = "",
              index: int = 0, weak: bool = True, slot: bool = False) -> list[Credit]:
    """Every credit one line declares; `start` is the line's offset in the text.

    `slot`: the line is followed by a bare bullet line, a portal's byline slot."""
    if len(line) > MAX_LINE and "   " in line:
        squeezed = _squeezed(line, start, gaz, publisher, in_head=in_head, in_tail=in_tail, prev_line=prev_line,
                             next_line=next_line, index=index, weak=weak, slot=slot)
        if squeezed is not None:
            return squeezed
    if not line.isascii() and CJK.search(line, 0, 200):  # Chinese, Japanese, Korean: forms of their own (cjk.py)
        found = read_cjk(line, start, gaz, in_head)
        if found:
            return found
    if len(line) > MAX_LINE:
        return (_dateline(line, start, gaz) or _dash_dateline(line, start, gaz) or _report_lead(line, start, gaz)
                or _outlet_dateline(line, start, gaz)) if in_head \
            else _tail_long(line, start, gaz)
    stripped = line.strip()
    if len(stripped) < 60 and fold(stripped) in _CLUTTER:
        return []
    if ":" in stripped[:40] and _OTHER_STORY.match(stripped):
        return []  # 'Vorheriger Artikel: Headline – von Jane Roe': a link to another story and its writer
    photo = _photo(line, start, gaz)
    if photo is not None:  # a photo credit, or a line that also holds one
        parts = _byline_and_photo(line)
        if parts:  # "Von Jane Roe | Foto: John Doe": each part read on its own
            kw = dict(in_head=in_head, in_tail=in_tail, prev_line=prev_line, next_line=next_line, index=index,
                      weak=weak, slot=slot)
            return [c for off, seg in parts
                    for c in (_photo(seg, start + off, gaz) or [] if _PHOTO_LABEL.match(seg)
                              else read_line(seg, start + off, gaz, publisher, **kw))]
        if not _photo_in_prefix(line):
            return photo
    signed = _name_and_wire(line, start, gaz) if in_head and index <= 3 else []
    if signed:
        return signed
    out: list[Credit] = []
    if in_head:
        out += _dateline(line, start, gaz) or _dash_dateline(line, start, gaz) or _report_lead(line, start, gaz) \
            or _outlet_dateline(line, start, gaz)
        if not out:
            out += _byline(line, start, gaz, publisher)
        if not out and index <= 3:
            out += _provider_line(line, start, gaz)
    for fn in (_source_line, _with_files, _reporting, _originally, _partner_note):
        if not out:
            out += fn(line, start, gaz)
            if out and fn is _originally and "©" in line:
                # "©2024 Example Times. Distributed by Example Content Agency": the paper the agency syndicates
                named = {c.agency or c.name for c in out}
                out = [c for c in _copyright(line, start, gaz)
                       if c.role == "source" and (c.agency or c.name) not in named] + out
    if not out and in_tail:
        out += _issuer(line, start, gaz)
    if not out and in_tail:  # a blog engine's repost footer closes the text
        out += _post_first(line, start, gaz) or _feed_line(line, start, gaz)
    if in_tail and not out:
        out = (_sentences_tail(line, start, gaz) or _copyright(line, start, gaz) or _slash_footer(line, start, gaz)
               or _paren_end(line, start, gaz, publisher) or _source_link(line, start, gaz)
               or _closing_label(line, start, gaz))
        if not out and not in_head and (_MID_BYLINE.match(line) or (":" in line and _COLON_BYLINE.match(line))):
            out = _byline(line, start, gaz, publisher)  # "By JANE ROE, Associated Press", "Autor: Jane Roe" at the end
    elif in_head and not out:
        out += _slash_footer(line, start, gaz)
        if not out and "contribut" in line.lower():  # "Jane Roe contributed to this report" on top
            out += [c for c in _sentences_tail(line, start, gaz) if c.role == "contributor"]
    if not out:
        out += _copyright(line, start, gaz) if in_head else []
    if not out:
        # the site and its partner close the text; under the headline 'Site / Section' is a breadcrumb
        out += (_slash_line(line, start, gaz, publisher if in_tail and index >= 2 else None)
                or _wire_id(line, start, gaz) or _joined_wires(line, start, gaz))
    if not out:
        out += _from_line(line, start, gaz) or _quote_intro(line, start, gaz)
    if not out and in_tail:
        out += _dash_end(line, start, gaz) or _via_end(line, start, gaz)
    if not out and weak:
        out += _email(line, start)
    if not out and weak:
        out += _names_line(line, start, gaz, prev_line, next_line, in_head, index, slot, publisher)
    if out and len(stripped) <= 40 and _COPY_LEAD.match(stripped) \
            and ((_paragraph(prev_line) and _paragraph(next_line)) or is_photo_line(prev_line, gaz)):
        # '© dpa' between two paragraphs of the story (the text's rights stand at its end), or right
        # under a picture's credit line: a picture's rights
        out = [replace(c, role="photo") if c.kind == "organization" and c.role == "source" else c for c in out]
    return out


def _headline_line(line: str) -> bool:
    """A headline: three words or more, short, no sentence's end."""
    s = line.strip()
    return 3 <= len(s.split()) <= 16 and len(s) <= 120 and not _ends_sentence(s) and not s.endswith(":")


def _paragraph(line: str) -> bool:
    """A sentence or more of the story (a shorter paragraph than `_is_body` asks for)."""
    return len(line) >= 80 and _ends_sentence(line)


_COPY_LEAD = re.compile(r"^(?:" + alternation("copyright") + r")", re.I)


_SPACE_RUN = re.compile(r"\s{2,}")


def _squeezed(line: str, start: int, gaz: Gazetteer, publisher: str | None, **kw: Any) -> list[Credit] | None:
    """A line long only for the page layout's runs of blanks ('By          JANE ROE          and …'):
    read with each run as one space, offsets mapped back to the text. None when it stays long."""
    keep: list[int] = []  # keep[i]: the text offset of character i of the squeezed line
    parts: list[str] = []
    pos = 0
    for m in _SPACE_RUN.finditer(line):
        parts.append(line[pos:m.start()] + " ")
        keep.extend(range(pos, m.start() + 1))
        pos = m.end()
    parts.append(line[pos:])
    keep.extend(range(pos, len(line)))
    short = "".join(parts)
    if len(short) > MAX_LINE:
        return None
    out = []
    for c in read_line(short, 0, gaz, publisher, **kw):
        if c.start is not None and c.end is not None:
            c = replace(c, start=start + keep[c.start], end=start + keep[c.end - 1] + 1)
        out.append(c)
    return out


# A byline and a picture credit on one line ("Von Jane Roe | Foto: John Doe", "Texto: Jane Roe.
# Fotos: John Doe"): the line's parts, at bars, bullets, dashes and sentence ends.
_PART = re.compile(r"\s+[|•·–—/]\s+|\s+-\s+|(?<=[\w)])[.;,]\s+(?=\S)")
# "Teksti: Matti Roe Kuvat: Liisa Doe": a picture label after a space alone, its word before its colon
_WORD_COLON = re.compile(r"(?<=\w)(\s+)([^\W\d_][\w\-]*)\s*:\s*\S")
_PHOTO_WORDS = frozenset(w.casefold() for w in LEXICON["photo_words"] if " " not in w)


def _label_cuts(line: str) -> list[tuple[int, int]]:
    """The spaces before a picture label inside a line ('… Matti Roe Kuvat: …'); not after 'und',
    'and', 'ja' …: "Text und Fotos: Jane Roe" is one label."""
    out = []
    for m in _WORD_COLON.finditer(line):
        before = line[: m.start(1)].rsplit(None, 1)
        if m.group(2).casefold() in _PHOTO_WORDS and before and before[-1].casefold() not in _CONNECTORS:
            out.append((m.start(1), m.end(1)))
    return out
_PHOTO_LABEL = re.compile(
    r"^(?:©\s*)?(?:" + alternation("photo_words") + r"|" + alternation("photo_abbreviations") + r")"
    r"\s*(?::|/|©|\b(?:by|von|de|di|par|por|door|av|af)\b)", _F)


def _byline_and_photo(line: str) -> list[tuple[int, str]]:
    """The (offset, part) pieces of a line that holds both a byline and a photo credit; [] otherwise."""
    if len(line) > 240:
        return []
    spans = [(m.start(), m.end()) for m in _PART.finditer(line)]
    if ":" in line:
        spans = sorted(spans + _label_cuts(line))
    cuts = [0] + [x for span in spans for x in span] + [len(line)]
    parts = [(a, line[a:b]) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if line[a:b].strip()]
    if len(parts) < 2:
        return []
    photo = [bool(_PHOTO_LABEL.match(p)) for _, p in parts]
    byline = [not ph and bool(_byline_match(p)) for (_, p), ph in zip(parts, photo, strict=True)]
    if not any(photo) or not any(byline):
        return []
    # Parts that are neither belong to the one before them ("Von Jane Roe, Exampleville | Foto: …").
    out: list[tuple[int, str]] = []
    for (off, p), ph, by in zip(parts, photo, byline, strict=True):
        if out and not ph and not by:
            o = out[-1][0]
            out[-1] = (o, line[o:off + len(p)])
        else:
            out.append((off, p))
    return out


def _photo_in_prefix(line: str) -> bool:
    """'Text und Fotos: Jane Roe', 'Story and photos by Jane Roe': a writer who took the pictures too."""
    m = _byline_match(line)
    return bool(m) and bool(_PHOTO.search(line[m.start("prefix"):m.end("colon")] + " X"))


# ---------------------------------------------------------------- forms


_PAREN_PART = re.compile(r"\(([^()\n]{3,120})\)")


def _photo(line: str, start: int, gaz: Gazetteer) -> list[Credit] | None:
    """A photo or video credit line: its organisations get role `photo`. None if not one."""
    if len(line) > 200 and "(" not in line:  # the cheap tests first: no part to read, or no photo word
        return None
    if not (has_trigger(line.lower(), "photo_words") or "/" in line or "caption" in line.lower()):
        return None
    candidates: list[tuple[int, str]] = []
    if len(line) <= 200:
        candidates.append((0, line))
    for m in _PAREN_PART.finditer(line):
        candidates.append((m.start(1), m.group(1)))
    if not candidates:
        return None
    for off, seg in candidates:
        if _PHOTO.search(seg) or _person_slash_org(seg, gaz):
            out = []
            for a, b, org, _alias in gaz.find_all(seg):
                out.append(Credit(name=org.name, kind="organization", role="photo", zone="footer",
                                  evidence=seg.strip(), start=start + off + a, end=start + off + b,
                                  agency=org.agency, confidence=0.8))
            if off == 0:
                return out
            # A caption in parentheses inside a longer line: the rest may still hold credits.
            return out or []
    return None


def _person_slash_org(seg: str, gaz: Gazetteer) -> bool:
    """'Dado Ruvic / Reuters', 'Patrick Semansky/AP': a photographer and an agency."""
    parts = [p.strip() for p in re.split(r"\s*/\s*", seg.strip()) if p.strip()]
    if len(parts) < 2 or len(seg) > 120:
        return False
    label = re.match(r"^([\w ]+):\s*", parts[0])
    if label and fold(label.group(1)) in _PREFIXES:
        return False  # 'Von: Jana Roe/dpa': a byline label, the writer and her agency
    first = parts[0][label.end():] if label else parts[0]
    lead = first.split(None, 1)
    if len(lead) == 2 and lead[0].casefold() in _PHOTO_WORDS:
        first = lead[1]  # 'Photo Jeanne Roux / AFP': the picture's word, its colon left out (French papers' style)
    # "(Jane Roe,John Doe/The Example Post)": a video or picture team credited the same way
    people = [p.text for p in split_names(first)] if "," in first else [first]
    if people and all(is_person(p) for p in people) \
            and any(gaz.lookup(p) is not None or gaz.prefix(p) is not None for p in parts[1:]):
        return True
    # 'REUTERS/Mike Segar', 'PAP/Radek Pietruszka': the agency first, then the photographer.
    return gaz.lookup(first) is not None and is_person(parts[-1]) and len(parts) <= 3


_INTERVIEW = re.compile(alternation("interview_words"), re.I)
_WITH_GUEST = re.compile(r"\s+(?:" + alternation("interview_guest") + r")\s+(?=\S)")
# "Jane Roe. An interview with John Doe", "Jane Roe, Interview mit John Doe": the guest after the writer
_GUEST_TAIL = re.compile(r"\s*[,.;|·•–—-]?\s*(?:[^\W\d_]+\s+)?[^\W\d_]*(?i:" + alternation("interview_words")
                         + r")[^\W\d_]*\s+(?:" + alternation("interview_guest") + r")\s+\S.*$")


def without_guest(names: str) -> str:
    """'Jane Roe. An interview with John Doe' → 'Jane Roe': an interview's guest named after the
    writer is interviewed, not a writer (lexicon interview_words, interview_guest)."""
    if not _INTERVIEW.search(names):  # the cheap test first: most bylines name no interview
        return names
    guest = _GUEST_TAIL.search(names)
    return names[: guest.start()] if guest and guest.start() > 0 else names


# "Jane Roe. Faktencheck: John Doe", "Jane Roe, Moderation: John Doe": a label with its colon after
# the writer's name opens another credit (a name holds no colon), whatever the label's word
_LABEL_TAIL = re.compile(r"\s*[,.;|·•]\s*(?=[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\s?:\s)")


def _byline(line: str, start: int, gaz: Gazetteer, publisher: str | None) -> list[Credit]:
    m = _byline_match(line)
    if not m:
        stamp = _STAMP_BY.match(line)  # "Posted Jul 16, 2018 by Jane Roe": the stamp, then the byline
        return _byline(line[stamp.end("stamp"):], start + stamp.end("stamp"), gaz, publisher) if stamp else []
    names = m.group("names")
    base = start + m.start("names")
    if fold(m.group("prefix")) in _COLON_PREFIXES and ":" not in m.group("colon") \
            and not re.search(r"\w[:*_]in", m.group("prefix")):  # 'Autor:in Jane Roe' is a label as it stands
        return []
    place = _LEAD_PLACE.match(names)
    if place:  # "De notre correspondant à Rome, Jean Dupont", "Dal nostro inviato a Kiev Mario Rossi"
        names, base = names[place.end():], base + place.end()
    ours = _OUR_TITLE.match(names) if names[:1].islower() else None
    if ours and is_job_title(ours.group("title")):  # "By our correspondent Jane Roe", "Par notre envoyée spéciale …"
        names, base = names[ours.end():], base + ours.end()
    if _LOWER_THE.match(names):  # "By the Associated Press", "By the Example Times": read as 'The …' (same length)
        names = "The" + names[3:]
    if ":" not in m.group("colon") and not names[:1].isupper() and not names[:1].isdigit() \
            and not _caseless(names[:1]) \
            and not is_code(names.split("/")[0].strip()) and not _lower_desk(names, gaz):
        return []
    ev = line[m.start("prefix"):].strip() if not m.group("lead") else line.strip()
    ctx = Ctx(zone="byline", evidence=ev, org_role="source", person_role="author", confidence=0.9, single=True)
    if _INTERVIEW.search(m.group("prefix")):  # "Ein Interview von Jane Roe mit John Doe": he is interviewed
        names = _WITH_GUEST.split(names, maxsplit=1)[0]
    names = without_guest(names)
    if ":" in names:
        names = _LABEL_TAIL.split(names, maxsplit=1)[0]
    glued_at = glue_points(names, gaz)
    outlet_part = _outlet_aside(names, base)
    names = trim_byline(deglue(names, gaz), gaz, asides=True)
    via = re.search(r"\s+via\s+(?P<via>[^,;]{2,60}?)[,.]?\s*$", names)
    if via:  # "Authored by Jane Roe via Example.com": the writer, then the outlet the text comes from
        vctx = Ctx(zone="byline", evidence=line.strip(), confidence=0.85, unknown_org=True)
        vpos = base + via.start("via")
        found_via = [c for c in read_names(via.group("via"), vpos, vctx, gaz) if c.kind == "organization"]
        names = names[: via.start()]
    else:
        found_via = []
    names = _TRAILING_DATE.sub("", names)
    names = _BYLINE_TAIL.sub("", names)
    out = read_names(names.rstrip(" ,"), base, ctx, gaz) + found_via
    governed = greek.governed(m.group("prefix")) if not m.group("prefix").isascii() else None
    if governed:  # 'Του Γιώργου Παπαδόπουλου': the writer is 'Γιώργος Παπαδόπουλος'
        out = [replace(c, name=greek.nominative(c.name, *governed)) if c.kind == "person" else c for c in out]
    outlet = _THE_OUTLET.match(names) if not out else None
    if outlet:  # "By The Example Journal": an outlet the gazetteer does not know, credited whole
        role = "author" if is_desk(outlet.group(0)) else "source"  # "By The Editorial Board": the house
        out = [_unknown_org(outlet.group(0), base, replace(ctx, org_role=role))]
    if glued_at:
        out = _unglue(out, base, glued_at)
        # an unknown organisation's own capitals ('ExampleTrek Research') are no lost space: its name as written
        out = [replace(c, name=line[c.start - start: c.end - start].strip()) if c.kind == "organization"
               and c.agency is None and c.start is not None and c.end is not None
               and squash(line[c.start - start: c.end - start]) == squash(c.name) else c for c in out]
    if "(" in line:  # "Von Jana Roe (Text) und Klaus Doe (Fotos)": the aside says who took the pictures
        out = [replace(c, role="photo") if c.kind == "person" and c.end is not None
               and _PHOTO_ASIDE.match(line, c.end - start) else c for c in out]
    if is_desk(m.group("prefix")):  # "Redacción Madrid": the desk and its city, no writer
        out = [c for c in out if not (c.kind == "person" and len(c.name.split()) == 1)]
    if sum(1 for _ in split_names(names)) > 1:  # "Jane Roe und John Doe, Exampleville": a lone word is a place
        out = [c for c in out if not (c.kind == "person" and c.role == "author" and len(c.name.split()) == 1)]
    if m.group("lead"):
        lead = m.group("lead")
        out += [c for c in read_names(lead, start, replace(ctx, known_only=True, ambiguous_ok=False), gaz)]
    if outlet_part and any(c.kind == "person" for c in out) and not any(c.kind == "organization" for c in out):
        # "By Jane Roe • Example Tribune", "Story by Jane Roe | Example Tribune": a portal's partner
        out.append(_unknown_org(outlet_part[1], outlet_part[0], replace(ctx, org_role="source")))
    if not out:
        return []
    return out


_STAMP_BY = re.compile(r"^\s*(?P<stamp>(?:Posted|Published|Publié|Publicado|Pubblicato|Veröffentlicht)\s+(?:on\s+|le\s+|el\s+|am\s+|il\s+)?"
                       r"[^\n]{0,40}?\d[^\n]{0,20}?\s)(?=(?:by|par|por|da|von)\s+[A-ZÀ-Þ])")
_ASIDE_SPLIT = re.compile(r"\s*(?:[|•·,]|\s[-–—]\s)\s*")


def _outlet_aside(names: str, base: int) -> tuple[int, str] | None:
    """The last part of a byline after a bar, bullet, comma or dash when it names an outlet by its
    words ('Example Tribune', not a title or a place), with its position."""
    cuts = list(_ASIDE_SPLIT.finditer(names))
    for i in range(len(cuts) - 1, -1, -1):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(names)
        text = names[cuts[i].end():end].strip().rstrip(".")
        if any(ch.isdigit() for ch in text):  # '2h', 'May 12': the stamp beside it
            continue
        ok = (is_outlet_name(text) and not is_job_title(text) and not is_desk(text)) \
            or is_station(text)  # 'Example News Staff Writer' is a title; 'KXMP', 'WXMP-TV' a station
        return (base + cuts[i].end(), text) if ok else None
    return None


_PHOTO_ASIDE = re.compile(r"\s*\(\s*(?:" + alternation("photo_words") + r")\s*\)", _F)
# The correspondent's place before the name: 'à Rome, ', 'a Kiev ' (one word before a full name), 'in Brüssel, '
_LEAD_PLACE = re.compile(r"^(?:à|a|in|en|em|aus|w|z|no|na|te|uit|from)\s+[^\W\d_][\w'’.\- ]{1,40}?"
                         r"(?:,\s*|\s+(?=[^\W\d_][a-zà-ÿ]+\s+[^\W\d_]))")


# "our correspondent", "notre envoyée spéciale", "unserem Redakteur": the paper's own title
# for its writer, in lower case before the name (a possessive, then one to four title words)
_OUR_TITLE = re.compile(r"^(?:our|unser(?:e|em|er|en)?|notre|nos|nuestr[oa]s?|onze|noss[oa]s?|(?:il\s+|la\s+)?nostr[oa])\s+"
                        r"(?P<title>(?:[^\W\d_][\w\-]*\s+){0,3}?[^\W\d_][\w\-]*)\s*,?\s+(?=[A-ZÀ-ÞА-Я])")


def _lower_desk(names: str, gaz: Gazetteer) -> bool:
    """'dpa-Redaktion', "la rédaction de l'AFP": a desk of a known agency that opens in lower case."""
    first = re.split(r"\s*[,;|]\s*|\s+(?:and|und|et|y|e)\s+", names, maxsplit=1)[0].strip(" .")
    return len(first) <= 60 and is_desk(first) and agency_desk(first, gaz) is not None


def _tail_long(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """The end of a long last paragraph: '… as he said. (PAP)', '…"/ VOA'."""
    cut = max(0, len(line) - 300)
    seg = line[cut:]
    out = _slash_footer(seg, start + cut, gaz) or _paren_end(seg, start + cut, gaz)
    if not out:
        m = re.search(r"(?:^|[.!?]\s+)(?=\S[^.!?]*$)", seg)
        if m:
            last = seg[m.end():]
            out = _reporting(last, start + cut + m.end(), gaz) or _sentences_tail(last, start + cut + m.end(), gaz)
    return out or _closing_label(seg, start + cut, gaz)


_COLON_BYLINE = re.compile(r"^\s*(?:" + alternation("byline_prefixes") + r")\s*:\s*\S.{0,160}$", _F)
_FROM_STARTS = frozenset(p[:4] for p in LEXICON["from_prefixes"] if len(p) >= 4)
_MID_REPORTING = re.compile(r"^[(\[]?\s*(?:" + alternation("reporting") + r")\s+[A-Z]", re.U)
_MID_LABEL = re.compile(r"^[(\[]?\s*(?:" + alternation("reporting") + r")\s*:\s*[A-ZÀ-ÞА-Я]", re.U)
_MID_BYLINE = re.compile(r"^\s*(?:[Bb]y|(?:Written|Authored|Submitted|Story|Reported) by)\s+\S.{0,70}$")


def _middle(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """Lines between head and tail that still credit for sure: 'X contributed to this report',
    a short 'By …' line (a section byline, a byline after page furniture) and a wire copyright
    line. Anything else there is body text: names in it are mentions, not credits."""
    if len(line) > MAX_LINE:
        return []
    low = line.lower()
    if "contribut" in low:
        return [c for c in _sentences_tail(line, start, gaz) if c.role == "contributor"]
    if len(line) < 200 and ("from" in low or "materia" in low or "informations" in low) \
            and has_trigger(low, "material_from"):  # "Material from Reuters was used in this report"
        found = [c for c in _sentences_tail(line, start, gaz) if c.role == "contributor"]
        if found:
            return found
    if len(line) < 160 and line.lstrip("([")[:5] == "With " and has_trigger(low, "with_files"):
        return _with_files(line, start, gaz)  # "With reporting by Jane Roe."
    if len(line) <= 80 and line[:4] in _FROM_STARTS and ("'" in line or "’" in line):
        return _from_line(line, start, gaz)  # "From CNN's Jane Roe" over a second piece
    if len(line) <= 90 and line.rstrip().endswith(":"):
        found = _quote_intro(line, start, gaz)  # "The Example Ledger reports:" over the block a blog quotes
        if found:
            return found
    if (line[:1] in "([" or len(line) < 200) and "by" in low and _MID_REPORTING.match(line):
        return _reporting(line, start, gaz)  # "(Reporting by Jane Roe; Editing by John Doe)" above page furniture
    if len(line) < 120 and ":" in line[:40] and _MID_LABEL.match(line):
        return _reporting(line, start, gaz)  # "Mitarbeit: Jane Roe", "Colaboró: Juan Pérez" above page furniture
    if len(line) < 400 and not _MID_TRIGGERS.isdisjoint(words(low)):  # one set test for the three forms below
        found = _middle_labels(line, low, start, gaz)
        if found:
            return found
    if _MID_BYLINE.match(line) and not line.rstrip().endswith((".", "!", "?", ":")):
        found = _byline(line, start, gaz, None)
        return found if found and len(found) >= len(list(split_names(_byline_match(line).group("names")))) else []
    if ("©" in line or "copyright" in low) and "reserved" in low:
        return [c for c in _copyright(line, start, gaz) if c.role != "photo"]
    return []


_MID_TRIGGERS = triggers("with_files") | triggers("post_first_links") | triggers("originally")


def _middle_labels(line: str, low: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """Mid-text lines that a label opens: with-files, a repost footer, a partner sentence."""
    if len(line) < 100 and has_trigger(low, "with_files"):
        # "Con información de Reuters", "Avec AFP": mid-text only for known organisations (a heading
        # "Avec Jean Dupont" may open a section)
        found = _with_files(line, start, gaz)
        return found if found and all(c.agency for c in found) else []
    if has_trigger(low, "post_first_links"):  # "The post <title> appeared first on Example Weekly."
        found = _post_first(line, start, gaz)
        if found:
            return found
    if len(line) < 200 and has_trigger(low, "originally"):
        # "This article originally appeared on Example Weekly": a label of four words or more is a
        # sentence about the text; "Originally published in The Lancet, the study …" is body prose
        return _originally(line, start, gaz, whole=True)
    return []
