"""Lines that are names only: a byline without a prefix ("Jane Roe and John Doe", "JANE ROE
Associated Press", "Jane Roe Posted at 5:40 pm") in the head, a signature in the tail.

A bare name is the weakest text form, so `_names_only` asks the line's context before it
credits anyone: the lines before and after it (a place, a date stamp, byline furniture, a
body paragraph), whether it is in the head or the tail, whether prose or a station's call
sign stands there. The credit strings it keeps are read by `credit_strings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracer.credits.byline import (
    deglue,
    glue_points,
    is_job_title,
    is_newsroom_title,
    strip_lead_title,
    strip_title,
    trim_byline,
    unglued_offset,
)
from tracer.credits.credit_strings import (
    _CLUTTER,
    _DATE_LINE,
    _DIGIT,
    _IN_PLACE,
    _OUTLET_DESK,
    _TRAILING_DATE,
    Ctx,
    _ends_sentence,
    _is_body,
    _mask_place,
    _person,
    _unknown_org,
    read_names,
)
from tracer.credits.datelines import _dateline
from tracer.credits.gazetteer import Gazetteer, fold, is_generic_agency
from tracer.credits.lexicon import LEXICON, alternation
from tracer.credits.names import (
    Part,
    is_city_word,
    is_code,
    is_domain,
    is_institution,
    is_outlet_name,
    is_person,
    is_place,
    split_names,
)
from tracer.credits.tail_sentences import (
    _LINE_LABEL,
)
from tracer.model import Credit

_PROSE_RUN = re.compile(r"(?:\b[a-zß-ÿ]{2,}\b[,;]?\s+){3}[a-zß-ÿ]")

_ARTICLE_WORDS = {w.casefold() for w in LEXICON["articles"]} | {"of", "de", "del", "der", "di", "du", "to", "for"}

PHOTO_STEMS = tuple(LEXICON["photographer_stems"])  # parts of a photographer's job title


def _names_line(line: str, start: int, gaz: Gazetteer, prev_line: str, next_line: str, in_head: bool,
                index: int, slot: bool = False, publisher: str | None = None) -> list[Credit]:
    """A line that is only names: 'The Associated Press', 'Lucas Shore, Bloomberg', 'Igor Derysh'."""
    found = _names_only(line, start, gaz, prev_line, next_line, in_head, index, slot)
    return found or (_glued_writer(line, start, gaz) if in_head else [])


def _glued_writer(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'Jane RoeExample Tribune', 'Jane RoeExample Gazette July 16, 2018': a writer whose name
    the extraction glued to an outlet the gazetteer does not know. The lost space is itself the
    sign of a byline (a name node next to an outlet node); only the writer is read."""
    s = line.strip()
    if len(s) > 120:
        return []
    points = glue_points(s, gaz)
    if not points:
        return []
    who, rest = s[: points[0]].strip(), s[points[0]:]
    rest = _TRAILING_DATE.sub("", trim_byline(rest, gaz)).strip(" ,|-–—")
    words = rest.split()
    if not (2 <= len(who.split()) <= 3 and is_person(who) and all(w[:1].isupper() for w in who.split())
            and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not any(ch.isdigit() or ch in ".@/" for ch in rest)):  # "…WordPress.com" is a host
        return []
    ctx = Ctx(zone="byline", evidence=s, confidence=0.65)
    return [_person(who, start + line.find(s), ctx)]


# A US local TV station as portals credit it: a call sign ('KXMP', 'WXMP-TV') or a network and channel
# number with the market ('CBS 2 Exampleville', 'Channel 8 Exampleville', 'FOX 5 DC')
_STATION = re.compile(r"^(?:(?P<bare>[KW][A-Z]{3}$)|[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM)(?:\s+\d{1,2})?|\s+\d{1,2})"
                      r"|(?:NBC|CBS|ABC|FOX|Fox|CW|PBS|Channel|Local|News)\s+\d{1,2}(?:\s+[A-Z][\w.]*){0,3})$")


def is_station(text: str) -> bool:
    """'KXMP', 'WXMP-TV', 'CBS 2 Exampleville': a US local TV or radio station as bylines name it beside a writer
    (a city written in capitals, 'KYIV', 'WIEN', is a dateline's place)."""
    return bool(_STATION.match(text)) and not is_city_word(text)

_NOT_NAMES = re.compile(r"[!?\"“”]|@(?<![\w.]@)(?<![|•·]@)(?<![|•·]\s@)\w")


def _outlets_vouch(parts: list[Part], gaz: Gazetteer, in_head: bool, index: int, prev_line: str, next_line: str) -> bool:
    """'Le Monde avec AFP', 'AFP, Reuters' between the head and the body or closing the text: known
    outlets on one line vouch for each other. A lone 'AFP', 'AA' there may be a picture's credit or a
    tag: it needs a context (see test_credits_forms)."""
    if len(parts) < 2 or not all(gaz.lookup(p.text) is not None for p in parts):
        return False
    if index > 3:
        return not next_line.strip()
    return in_head and len(prev_line) < 120 and not _ends_sentence(prev_line) \
        and len(next_line) >= 80 and _ends_sentence(next_line)


_SIGN_DASH = re.compile(r"^[—–-]{1,2}\s*\S")
_GENRE_LEAD = re.compile(r"^(?:" + alternation("genre_labels") + r")\s*[|:•·]\s*(?=\S)", re.I)


_VOWELS = frozenset("AEIOUYÄÖÜÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛİАЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩ")


def _caps_place(name: str) -> bool:
    """'LONDON', 'ANKARA', 'İZMİR' after a writer's name and a bar: one word in capitals that reads as a
    word (two vowels or more), the agency style's place, not an outlet's acronym ('KXMP', 'CNBC')."""
    return " " not in name and len(name) >= 4 and name.isalpha() and name.isupper() \
        and sum(ch in _VOWELS for ch in name) >= 2


def _names_only(line: str, start: int, gaz: Gazetteer, prev_line: str, next_line: str, in_head: bool,
                index: int, slot: bool = False) -> list[Credit]:
    s = line.strip()
    # "@x" opening a line or in parentheses: a social embed ("— Jane Roe (@janeroe) July 16, 2018");
    # after a bar it is the writer's handle ("Jane Roe | @janeroe | July 16, 2018")
    if len(s) > 200 or _NOT_NAMES.search(s) or _PROSE_RUN.search(s):
        return []  # a sentence ("Jane Roe, the firm's chief, now says the plan …"), not a names line; this
        # cheap test also keeps running text away from the byline tokeniser (bench_credits.py speed)
    if _LINE_LABEL.match(s) or s[:5] == "Call ":
        return []  # "Reach John Doe, the program's director, at 555-0100.": whom to contact, a sentence
    glued_at = glue_points(s, gaz)
    glued = deglue(s, gaz)
    trimmed = trim_byline(glued, gaz)
    body = _TRAILING_DATE.sub("", trimmed)
    if len(body) > 100 or re.search(r"(?<![A-Z])\.\s+\w{4,}", body):  # a sentence, not names
        return []
    dated = any(ch.isdigit() for ch in glued[len(body):])
    furnished = dated or body != glued.strip(" ,|•·–—-")  # a date, widget or job title beside the name
    body = re.sub(r"^(?:news now|—|-)\s*", "", body, flags=re.I).strip(" -—–|/")
    genre = _GENRE_LEAD.match(body) if "|" in body or ":" in body or "•" in body else None
    if genre:  # "OPINION | Jane Roe", "Análisis: Juana Rojas": the piece's kind, then its writer
        body, furnished = body[genre.end():], True
    station = _STATION.match(body) if in_head else None
    # a bare call sign needs the writer beside it ('KYIV', 'WIEN' over a date are datelines' places)
    if station and (is_person(prev_line.strip()) or is_person(next_line.strip())
                    or (not station.group("bare") and _DATE_LINE.match(next_line.strip()))):
        # a local TV station in a portal's byline block: 'KXMP', 'WXMP-TV', 'CBS 2 Exampleville'
        off = start + line.find(s) + max(0, glued.find(body))
        return [_unknown_org(body, off, Ctx(zone="byline", evidence=s, confidence=0.9, unknown_org=True))]
    if not body or any(ch.isdigit() for ch in body):
        return []
    # "Jane Roe in Helsinki and John Doe in Washington": where each writer files from is no sentence
    unplaced = _IN_PLACE.sub(_mask_place, body) if " " in body else body
    lower = [w for w in unplaced.split() if w[:1].islower() and not is_code(w)]
    if len(lower) > 1:  # names lines hold names: "Reuters reported in April" is a sentence
        return []
    off = start + line.find(s) + max(0, glued.find(body))
    zone = "byline" if in_head else "footer"
    parts = list(split_names(body))
    # "Jane Roe, AFP": a writer beside it vouches for a short agency code, as a date does
    vouched = dated or (len(parts) == 2 and len(parts[1].text) <= 5 and parts[1].text.isupper()
                        and is_person(parts[0].text)) \
        or ((not in_head or _is_body(prev_line)) and bool(_SIGN_DASH.match(s))) \
        or _outlets_vouch(parts, gaz, in_head, index, prev_line, next_line)  # '— AFP' signs the story's end
    # initials and a surname ("W.J. Roe", "EJ Roe") pass here: the tests below want a byline's context for
    # a line of bare names (a date beside it, the body under it, a stamp), as for any other name
    ctx = Ctx(zone=zone, evidence=s, confidence=0.8, ambiguous_ok=vouched, unknown_org=False, loose=False,
              initials=True)
    found = read_names(body, off, ctx, gaz)
    if glued_at:
        found = _unglue(found, start + line.find(s), glued_at)
    placed = [c for c in found if c.kind == "person" and is_place(c.name)]
    if placed:  # 'Ciudad de México / 16.07.2018 10:05', 'Jane Roe, New York': a place is where, not who
        found = [c for c in found if c not in placed]
        parts = [p for p in parts if not any(c.start == off + p.offset for c in placed)]
        if not found:
            return []
    orgs = [c for c in found if c.kind == "organization"]
    persons = [c for c in found if c.kind == "person" and c.role == "author"]
    if len(found) < len(parts) and orgs and not persons and ("|" in body or "," in body) \
            and not any(c.role == "editor" for c in found):
        # 'IANS | New Delhi', 'Agencies | Mumbai': an organisation and the place it writes from
        taken = [c.start for c in found if c.start is not None]
        rest = [p.text for p in parts if not any(off + p.offset <= t < off + p.offset + len(p.text) for t in taken)]
        if all(is_place(r) or (len(r.split()) == 1 and r[:1].isupper() and r[1:].islower()) for r in rest):
            return found
    if persons and len(found) < len(parts) and "/" not in body and not any(c.role == "editor" for c in found):
        # 'Jane Roe, Example Weekly', 'Jane Roe – Exampler Zeitung': a writer and an outlet the gazetteer lacks
        # ('Jane Roe / Example Weekly' is the picture credit's form)
        taken = [c.start for c in found if c.start is not None]
        rest = [p for p in parts if not any(off + p.offset <= t < off + p.offset + len(p.text) for t in taken)]
        # (a station's call sign too: 'Jane Roe, KXMP')
        if all(is_outlet_name(p.text) or is_station(p.text) for p in rest) and len(parts) <= 4:
            octx = replace(ctx, unknown_org=True)
            return sorted(found + [_unknown_org(p.text, off + p.offset, octx) for p in rest],
                          key=lambda c: c.start if c.start is not None else -1)
    if not found and len(parts) == 1 and is_outlet_name(body) and in_head and _DATE_LINE.match(next_line.strip()):
        # a portal's byline block: (the writer,) the outlet the text comes from, the date
        return [_unknown_org(body, off, replace(ctx, unknown_org=True, confidence=0.75))]
    if persons and len(found) < len(parts) and not orgs and parts and is_person(parts[0].text) \
            and not (in_head and _is_body(prev_line)) \
            and all(is_institution(p.text) for p in parts[1:] if not any(c.start == off + p.offset for c in found)):
        # 'Jane Roe, University of Exampleville': a guest writer and her affiliation (no source)
        return [replace(c, confidence=0.7) for c in persons]
    if len(found) < len(parts) or any(c.role == "editor" for c in found):
        # 'Dawn C. Chmielarz | Deadline': a person and an outlet after a bar.
        if "|" in body and persons and len(parts) == 2 and len(found) == 1 and persons[0].start == off + parts[0].offset:
            name = body.split("|")[1].strip()
            if _caps_place(name) or is_city_word(name):  # 'JANE ROE | LONDON', 'Jane Roe | Mumbai': where she writes from
                return found
            if (name[:1].isupper() and len(name.split()) <= 4) or is_domain(name):  # 'Jane Roe | example.cl' too
                return found + [_unknown_org(name, off + body.rfind(name), replace(ctx, unknown_org=True))]
        # 'Jane Roe, Example Republic Published 7:05 a.m. July 16, 2018': a writer, a paper the
        # gazetteer does not know and the line's time stamp. Only the writer is read (the paper is
        # often the site's own).
        rest = parts[-1].text.split() if len(parts) == 2 else []
        if dated and persons and len(found) == 1 and persons[0].start == off + parts[0].offset \
                and 1 <= len(rest) <= 5 and all(w[:1].isupper() or w.casefold() in _ARTICLE_WORDS for w in rest):
            return [replace(persons[0], confidence=0.7)]
        where = [p for p in parts if not any(c.start == off + p.offset for c in found)]
        if not persons or orgs or len(found) + len(where) != len(parts) or any(c.role == "editor" for c in found) \
                or not all(is_place(p.text) or is_city_word(p.text) for p in where):
            return []
        # 'Jane Roe, Frankfurt am Main': the writer and where she writes from; a bare name's rules below
    if len(parts) > 4:
        return []
    if persons and not orgs:
        if any(len([w for w in c.name.split() if len(w.strip(".")) > 1 and w[:1].isupper()]) > 3 for c in persons):
            return []  # a bare line of four capitalised words is a heading, not a byline
        # A bare name is a byline only where bylines sit: next to a date, before the body,
        # or followed by the writer's bio.
        neighbour_date = bool(_DATE_LINE.match(prev_line.strip()) or _DATE_LINE.match(next_line.strip())
                              or _place_date(next_line))
        before_body = in_head and ((len(next_line) >= 150 and len(prev_line) < 100)
                                   or bool(_dateline(next_line[:200], 0, gaz)))  # over "EXAMPLEVILLE (Reuters) -"
        bio = bool(next_line.strip().startswith(persons[0].name.split()[0] + " ")) and " is " in next_line[:80]
        below = re.split(r"\s*[•·]\s*", next_line, maxsplit=1)[0].strip(" ,|")  # "The Example Ledger • July 16"
        desk = _OUTLET_DESK.match(below)  # "Newser Staff": the outlet's staff
        below = desk.group("outlet") if desk else below.split(",")[0].strip()  # "BBC News, Helsinki"
        org_line = len(next_line) < 60 and (gaz.lookup(below) is not None  # "Jane Roe" / "CNN"
                                            or is_outlet_name(below) or bool(_STATION.match(below)))
        # "Jane Roe Senior Reporter", "Korrespondentin Jane Roe": a job title beside the name
        titled = any(_newsroom_title_beside(p.text) for p in parts)
        # the writer signing under the last paragraph, nothing after her name
        signed = not next_line.strip() and _is_body(prev_line) and len(persons) <= 2 \
            and all(len(c.name.split()) >= 2 for c in persons)
        # the signature under a statement or letter: the name, then the signer's title on a line of its own
        # ('Jane ROE' / 'Example-Bundesvorsitzende', 'Jane Roe' / 'Senior Reporter'); under a quotation
        # the name and title say who spoke
        # (the closing line over it may be short: 'Möge die Nacht gesegnet sein.', 'Thank you.' ends a letter)
        # (both: a short line under one full name, never a photographer's title, 'Fotografin': the picture's maker)
        titled_below = len(persons) == 1 and len(persons[0].name.split()) >= 2 and 0 < len(next_line.split()) <= 4 \
            and not any(st in next_line.casefold() for st in PHOTO_STEMS)
        title_below = titled_below and len(prev_line) >= 8 and prev_line.rstrip().endswith((".", "!")) \
            and not any(ch.isdigit() for ch in next_line) and is_job_title(next_line.strip(" ,.|"))
        # the writer's newsroom title on the line under the name, in the head ('JANE ROE' / 'Staff Writer')
        title_next = titled_below and in_head and is_newsroom_title(next_line.strip(" ,.|"))
        # 'Juana Rojas / Madrid', 'JUANA ROJAS' over 'Madrid': the writer and the place she files from
        # ('Donald Roe in Helsinki' alone may be a caption: one writer with a place needs another sign)
        placed_beside = in_head and (bool(placed) or (unplaced != body and len(persons) >= 2)
                                     or _place_line(next_line, gaz))
        # 'Jane Roe' over 'Follow', '3 min read': the line under the name is the byline's furniture
        furniture_below = in_head and _furniture_line(next_line, gaz)
        if not (neighbour_date or before_body or bio or furnished or slot or org_line or titled or signed
                or title_below or title_next or placed_beside or furniture_below):
            return []
        return [replace(c, confidence=0.65) for c in persons]
    if orgs and not furnished and _is_body(prev_line) and _is_body(next_line):
        return []  # an outlet's name between two body paragraphs: a picture's or an embed's credit
    return found


def _furniture_line(line: str, gaz: Gazetteer) -> bool:
    """A short line that is all byline furniture: a widget ('Follow', 'Email the author': the whole line
    one of lexicon byline_widgets), or a time the byline tokeniser cuts whole ('3 min read', 'vor 2
    Stunden', 'Updated: March 12, 2024'). A handle is none: 'Jane Roe' over '@janeroe' opens an embedded post."""
    s = line.strip()
    if not 0 < len(s) <= 40:
        return False
    if fold(s) in _WIDGET_LINES:
        return True
    return any(ch.isdigit() for ch in s) and any(ch.isalpha() for ch in s) and not trim_byline(s, gaz)


_WIDGET_LINES = frozenset(fold(w) for w in LEXICON["byline_widgets"])


def _place_line(line: str, gaz: Gazetteer) -> bool:
    """A line that is only a place: 'ROMA', 'Rio de Janeiro' (one word: in capitals, as datelines set
    it, no title and no organisation the gazetteer knows), as papers set it under the writer's name."""
    s = line.strip(" ,|/")
    if not s or len(s) > 40:
        return False
    if " " in s:
        return is_place(s)
    return 3 <= len(s) <= 20 and s.isalpha() and s.isupper() and not is_job_title(s) \
        and gaz.lookup(s) is None and not is_generic_agency(s) and fold(s) not in _CLUTTER


_PLACE_THEN = re.compile(r"^\s*(?P<place>[^\W\d_][\w.'’\- ]{1,40}?)\s*[,/|•·–—-]\s*(?P<rest>\S.*)$")


def _place_date(line: str) -> bool:
    """'Ciudad de México / 16.07.2018 10:05', 'Exampleville, July 16, 2018': where and when the
    writer wrote, the line under a byline."""
    m = _PLACE_THEN.match(line) if len(line) < 100 and _DIGIT.search(line) else None
    if m is None or not _DATE_LINE.match(m.group("rest")):
        return False
    place = m.group("place").strip()
    return is_place(place) or (" " not in place and place[:1].isupper() and place[1:].islower())


def _newsroom_title_beside(text: str) -> bool:
    """'Jane Smith Senior Reporter', 'Korrespondentin Anna Schmidt': a newsroom title written beside the
    name ('President Jane Holloway' names an office, not a writer)."""
    after, before = strip_title(text), strip_lead_title(text)
    if after != text and is_newsroom_title(text[len(after):].strip()):
        return True
    return before != text and is_newsroom_title(text[: len(text) - len(before)].strip())


def _unglue(credits: list[Credit], base: int, points: list[int]) -> list[Credit]:
    """Spans read in a deglued string, mapped back to the text (see `byline.deglue`)."""
    out = []
    for c in credits:
        if c.start is not None and c.end is not None and c.start >= base:
            c = replace(c, start=base + unglued_offset(c.start - base, points),
                        end=base + unglued_offset(c.end - base, points))
        out.append(c)
    return out
