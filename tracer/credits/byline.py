"""Byline tokenisation: what a byline string carries besides the names it credits.

Real bylines come with page furniture glued on: a date and time ("by Jane Roe July 16 at
7:44 AM"), widget words ("Email the author", "Contact Reporter", "About | Archive"), the
writer's job title ("Jane Roe | Senior Fellow", "Jane Roe, Opinion contributor",
"Max Muster Leitender Redakteur"), a "Posted at" stamp whose space extraction lost
("Jane RoePosted at 8:41 am"), and an outlet glued to the last name ("Jane
DoeAssociated Press"). `trim_byline()` cuts the furniture off and `deglue()` restores
the lost space, so `read_names()` only sees names and outlets. The words come from
`lexicon.json` (months, weekdays, widget words, job titles in several languages).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracer.credits.gazetteer import Gazetteer, is_generic_agency
from tracer.credits.lexicon import LEXICON, alternation, phrases, words

_MONTHS = "|".join(sorted({re.escape(v) for m in LEXICON["months"] for v in (m, m.lower(), m[:1].upper() + m[1:])},
                          key=len, reverse=True))
_WEEKDAYS = "|".join(sorted({re.escape(d) for d in LEXICON["weekdays"]}, key=len, reverse=True))
_STAMPS = "|".join(re.escape(w) for w in LEXICON["byline_stamps"])
# first letters (both cases) of the words that may open furniture: most positions fail on them at once
_STAMP_FIRST = "".join(sorted({re.escape(c) for w in LEXICON["byline_stamps"] for c in (w[0].lower(), w[0].upper())}))
_WIDGETS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON["byline_widgets"]),
                           key=len, reverse=True))
_READING = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON["reading_time"]), key=len, reverse=True))
_READING_FIRST = "".join(sorted({re.escape(c) for w in LEXICON["reading_time"] for c in (w[0].lower(), w[0].upper())}
                                | {r"\d"}))
_JOB = tuple(sorted({w.casefold() for w in LEXICON["job_titles"]}, key=len, reverse=True))
_MODIFIERS = frozenset(w.casefold() for w in LEXICON["title_modifiers"])
_DESK = frozenset(w.casefold() for w in LEXICON["desk_words"])
# 'Sportredaktion', 'Lokalredaktion': a compound that ends with a desk word (lexicon desk_suffixes)
_DESK_SUFFIXES = tuple(sorted({w.casefold() for w in LEXICON["desk_suffixes"]}, key=len, reverse=True))
_NEWSROOM = frozenset(w.casefold() for w in LEXICON["newsroom_words"])

# Where the furniture starts: a date, a time, a stamp word or a widget word.
_CUT = re.compile(
    # the word before a date: 'on', 'am', 'le', 'el', 'il', 'em' (pt), 'op' (nl), 'dnia', 'w dniu' (pl), 'dne' (cs)
    r"\s*[,|•·–—-]?\s*(?:(?<![\w])(?:on|at|am|le|el|il|den|vom|em|op|dnia|w\s+dniu|dne)\s+)?(?:"
    r"(?<![\w])(?:" + _WEEKDAYS + r")\b(?:,?\s+(?=\d|(?:" + _MONTHS + r")\b)|,\s*$)"  # "Sunday, July 15"
    r"|(?<![\w])(?=\w+\.?\s+\d)(?:" + _MONTHS + r")\.?\s+\d{1,2}\b"  # "July 16", "Jul. 4"
    r"|(?<![\w])\d{1,2}\.?\s+(?:de\s+)?(?:" + _MONTHS + r")\b"  # "16 July", "16. Juli", "16 de julio"
    r"|(?<![\w\d])\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"  # "07/16/2018"
    r"|(?<![\w\d])\d{1,2}:\d{2}"  # "7:44"
    r"|(?<![\d])\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+(?:ago|read)\b"  # "3 hours ago", "5 min read"
    # "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "há 5 minutos", "2 ore fa"
    r"|(?<![\w])(?i:vor|il\s+y\s+a|hace|há)\s+\d{1,3}\s+(?i:min\w*|stunde\w*|tag\w*|heures?|jours?|horas?|d[ií]as?)\b"
    r"|(?<![\d])\d{1,3}\s+(?:minuti|ore|giorni)\s+fa\b"
    r"|(?<![\w])(?=[" + _STAMP_FIRST + r"])(?i:" + _STAMPS + r")\b"  # "Posted at", "Published", "Aktualisiert"
    # "Lesezeit: 3 Min.", "3 Minuten Lesezeit", "Temps de lecture : 3 min", "3 min de lectura"
    r"|(?<![\w])(?=[" + _READING_FIRST + r"])(?:\d{1,3}\s*(?i:min\w*|dk|мин\w*)\.?\s+)?(?i:" + _READING + r")(?![\w])"
    r"|(?<![\w])(?:" + _WIDGETS + r")(?![\w])"  # "Email the author", "Contact Reporter"
    r"|(?<![\w(])@\w{2,}"  # "@janeroe": the writer's handle
    r"|(?<![\w.+-])(?=[\w.+-]+@)[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # "jane.roe@example.com": the writer's address
    r").*$", re.S)


def _ascii_fold(word: str) -> str:
    """`word` lower-cased as ASCII text that re.I matches to it spells it ('Yayınlanma' → 'yayinlanma')."""
    return "".join(c.lower() if c.isascii() else next(
        (a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(re.escape(c), a, re.I)), c) for c in word)


# The first word of every word form of _CUT (weekdays, stamps, reading times, widgets), as an ASCII line
# spells it lower-cased. _CUT's other forms need a digit or an '@'. So an ASCII string with no digit, no
# '@' and none of these words has no furniture, and the long regex, tried at every position (35 µs on a
# two-name byline), is skipped (bench_credits.py).
_CUT_WORDS = frozenset(_ascii_fold(re.match(r"\w+", p).group(0)) for key in
                       ("weekdays", "byline_stamps", "reading_time", "byline_widgets") for p in LEXICON[key])
_ASCII_DIGIT = re.compile(r"[0-9]")


# The heads of _CUT's forms without what follows them: what a non-ASCII string needs for _CUT to match
# (a fifth of _CUT's time), with _CUT's own case rules.
_CUT_HEADS = re.compile(r"\d|@|(?<![\w])(?:" + _WEEKDAYS + "|" + _WIDGETS + r"|(?i:" + _STAMPS + "|" + _READING + "))")


def _may_cut(s: str) -> bool:
    """False only when _CUT cannot match `s` (see _CUT_WORDS and _CUT_HEADS)."""
    if not s.isascii():
        return bool(_CUT_HEADS.search(s))
    if "@" in s or _ASCII_DIGIT.search(s):
        return True
    return not _CUT_WORDS.isdisjoint(words(s.lower()))


_GLUED_STAMP = re.compile(r"(?<=[^\W\d_])(?=(?:" + _STAMPS.replace(r"\ ", " ") + r")\b)")  # after any letter: "RoeUpdated", "…оваОбновлено"
# the stamps alone: a literal scan that skips to their capitals, the test before _GLUED_STAMP's lookarounds
_STAMP_TEXT = re.compile(r"(?:" + _STAMPS.replace(r"\ ", " ") + r")")
# a capital after a small letter; the capital first, so the scan jumps from capital to capital
_GLUE = re.compile(r"[A-Z](?<=[a-zà-ÿ][A-Z])")
# a byline's label before a word ('By NerdWallet'): no given name there that the word's first part would end
_GLUE_LABELS = frozenset(p.casefold() for p in phrases("byline_prefixes") if " " not in p.strip())


_DESK_SPLIT = re.compile(r"[\s\-–/]+")


@lru_cache(maxsize=16384)  # a pure function of a short string, asked again and again
def is_desk(name: str) -> bool:
    """'Example Redaktion', 'Gear Team', 'Staff', 'Sportredaktion', "L'équipe Example": a house
    byline, not a person (an elided article before the desk word is no part of it)."""
    for w in _DESK_SPLIT.split(name):
        w = re.sub(r"^[ld]['’]", "", w.casefold().strip(".,"))
        if w in _DESK or (len(w) >= 12 and w.endswith(_DESK_SUFFIXES)):
            return True
    return False


def is_newsroom(word: str) -> bool:
    """'Redaktion', 'Newsdesk', 'Rédaction', 'Sportredaktion': one word that alone names the
    house's newsroom (lexicon newsroom_words, desk_suffixes); 'Team', 'Staff' alone do not."""
    w = word.casefold().strip(".,")
    return w in _NEWSROOM or (len(w) >= 12 and w.endswith(_DESK_SUFFIXES))


@lru_cache(maxsize=16384)  # a pure function of a short string, asked again and again
def is_job_title(s: str) -> bool:
    """'Media And Politics Reporter', 'Opinion contributor', 'Leitender Wirtschaftsredakteur'."""
    words = [w.strip(".,()").casefold() for w in s.split()]
    if not words or len(words) > 8:
        return False
    # 'AP Business Writers': a title in the plural signs several writers
    return any(w.endswith(_JOB) or (w.endswith("s") and w[:-1].endswith(_JOB)) for w in words[-2:])


_OFFICE = frozenset(w.casefold() for w in LEXICON["office_titles"])


def is_newsroom_title(s: str) -> bool:
    """'Senior Reporter', 'Redakteurin', 'Chefredakteur': a job title of the newsroom, not an
    office outside it ('President', 'Sprecherin der Stadt', 'Mayor of Exampleville')."""
    words = [w.strip(".,()").casefold() for w in s.split()]
    if not words or len(words) > 5:
        return False
    last = words[-1]
    stem = next((j for j in _JOB if last.endswith(j) or (last.endswith("s") and last[:-1].endswith(j))), None)
    return stem is not None and stem not in _OFFICE


@lru_cache(maxsize=16384)  # a pure function of a short string, asked again and again
def strip_title(name: str) -> str:
    """'Daniel Muster Redakteur' → 'Daniel Muster': a job title after a name of two or more words."""
    words = name.split()
    if len(words) < 3:
        return name
    cut = next((i for i in range(2, len(words)) if words[i].strip(".,()").casefold().endswith(_JOB)), None)
    if cut is None:
        return name
    while cut > 2 and words[cut - 1].strip(".,()").casefold() in _MODIFIERS:
        cut -= 1
    return " ".join(words[:cut])


@lru_cache(maxsize=16384)  # a pure function of a short string, asked again and again
def strip_lead_title(name: str) -> str:
    """'Korrespondentin Jane Roe', 'Senior Reporter Jane Roe' → 'Jane Roe': a job title (with
    its modifiers) written before a name of two or more words. Modifiers alone ('National
    Jane Roe') are no title: the run must end in a job title."""
    words = name.split()
    cut = 0
    for i, w in enumerate(words[:-2]):
        low = w.strip(".,()").casefold()
        if is_job_title(w) and low not in _MODIFIERS:
            cut = i + 1
        elif low not in _MODIFIERS:
            break
    return " ".join(words[cut:]) if cut else name


@lru_cache(maxsize=16384)  # a pure function of a short string, asked again and again
def trim_byline(names: str, gaz: Gazetteer | None = None, *, asides: bool = False) -> str:
    """The names part of a byline: dates, times, stamps, widgets and job titles cut off
    (and, with `asides`, parenthesised asides blanked: only after a byline prefix).

    A title segment that opens with a known outlet ('CNN Supreme Court Reporter') stays:
    it names the writer's organisation."""
    # "(Sponsored Post)", "(das bin ich)": an aside, blanked so offsets stay valid; "Jane Roe (AFP)":
    # a known outlet in the parentheses is the writer's, kept as one more part (same length).
    s = re.sub(r"\([^()@]{0,40}\)|\(@\w{1,30}\)", lambda m: _aside(m.group(0), gaz), names) \
        if asides and "(" in names else names  # "By Jane Roe (@janeroe)": the writer's handle, an aside too
    if "," in s or ";" in s:
        w = _WITH_TAIL.search(s)
        if w and _all_outlets(w.group("rest"), gaz):  # "Por Juana Rojas, con información de EFE" (same length)
            s = s[:w.start("label")] + " " * (w.end("label") - w.start("label")) + s[w.end("label"):]
    if _STAMP_TEXT.search(s):
        s = _GLUED_STAMP.sub(" ", s)
    s = (_CUT.sub("", s) if _may_cut(s) else s).strip(" ,|•·–—-")
    # "Jane Roe | Senior Fellow, Brookings", "Paul Roe, Opinion contributor": drop title segments.
    parts = re.split(r"(\s*[|,]\s*|\s[-–—]\s)", s)
    if len(parts) > 2:
        keep = parts[0]
        i = 2
        while i < len(parts):
            seg = parts[i]
            if (is_job_title(seg) or is_desk(seg) or _title_in_place(seg)) \
                    and not (gaz is not None and gaz.prefix(seg.strip()) is not None):
                if i + 2 < len(parts) and _AND_NEXT.match(parts[i + 2]):
                    # "By Jane Roe, Political Reporter, and John Doe, Staff Writer": each writer's title,
                    # blanked (offsets stay valid), and the next writer read on
                    keep += parts[i - 1] + " " * len(seg)
                    i += 2
                    continue
                break  # "…, Opinion contributor", "… - Example Browsing team": the writers' title or desk
            keep += parts[i - 1] + seg
            i += 2
        s = keep
    return s.strip(" ,|•·–—-")


_AND_NEXT = re.compile(r"^(?:&|" + "|".join(re.escape(w) for w in LEXICON["name_separators"]) + r")\s+[^\W\d_]",
                       re.I)
# "correspondante à Bruxelles", "Korrespondentin in Wien", "correspondent in Exampleville": a title and its post
_IN_POST = re.compile(r"^(?P<title>[^\W\d_][\w\- ]{2,60}?)\s+(?:in|à|a|en|em|aus|from|based\s+in|für|for)\s+"
                      r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,3}$")


def _title_in_place(seg: str) -> bool:
    """A job title and the place or desk it is held in ('correspondante à Bruxelles')."""
    m = _IN_POST.match(seg.strip())
    return bool(m) and is_job_title(m.group("title"))


# "(avec AFP)", "(mit dpa)", "(con información de EFE)": a with-word or with-files label before the
# organisations whose material the writer used (the label's words: lexicon with_files, interview_guest)
_WITH_LABEL = re.compile(r"\s*(?:" + alternation("with_files") + "|" + alternation("interview_guest") + r")\s+", re.I)
_WITH_TAIL = re.compile(r"[,;]\s*(?P<label>" + alternation("with_files") + "|" + alternation("interview_guest")
                        + r")\s+(?P<rest>[^,;()]{2,60}?)\s*\.?$", re.I)
_AND_SPLIT = re.compile(r"\s*(?:,|&|\+|/)\s*|\s+(?:" + alternation("name_separators") + r")\s+", re.I)


def _aside(paren: str, gaz: Gazetteer | None) -> str:
    inner = paren[1:-1]
    if gaz is not None and gaz.lookup(inner.strip()) is not None:
        return "," + inner + " "
    label = _WITH_LABEL.match(inner) if gaz is not None else None
    if label and label.end() < len(inner) and _all_outlets(inner[label.end():], gaz):
        # "Par Jeanne Roux (avec AFP)": the writer's sources, kept as more parts (same length)
        return "," + " " * label.end() + inner[label.end():] + " "
    return " " * len(paren)


def _all_outlets(s: str, gaz: Gazetteer | None) -> bool:
    """Is `s` one or more organisations the gazetteer knows, or the generic 'agencies'?"""
    parts = [p for p in _AND_SPLIT.split(s.strip(" .")) if p]
    return bool(parts) and gaz is not None and all(
        gaz.lookup(p) is not None or is_generic_agency(p) for p in parts)



def glue_points(s: str, gaz: Gazetteer) -> list[int]:
    """Where a space was lost between a name and what follows ('Jane DoeAssociated Press'):
    the indices in `s` before which `deglue()` puts one back."""
    if not _GLUE.search(s):
        return []
    return list(_glue_points(s, gaz))


@lru_cache(maxsize=16384)  # a pure function of a short string, asked again and again
def _glue_points(s: str, gaz: Gazetteer) -> tuple[int, ...]:
    out = []
    for m in _GLUE.finditer(s):
        i = m.start()
        j = max(k for k in range(i + 1) if k == 0 or s[k - 1].isspace())
        if i - j < 3:  # 'McFaul', 'DiChristopher', 'LeBron': a prefix, not a glued word
            continue
        before = s[:j].split()[-1:] if j else []
        if not before or not (before[0][:1].isupper() and before[0].rstrip(".").isalpha()) \
                or before[0].casefold() in _GLUE_LABELS:
            continue  # 'NerdWallet' alone, after a bar or a label: a brand written so, no name glued to a word
        # A known outlet, or any capitalised word after a word of four letters or more
        # ('GarciaChicago Tribune'): name prefixes ('Mac', 'Fitz') are shorter.
        # A job title glued on ('Jane DoeStaff Writer') marks the end of a short surname too.
        if gaz.prefix(s[i:]) is not None or i - j >= 4 or _title_at(s, i):
            out.append(i)
    return tuple(out)


def _title_at(s: str, i: int) -> bool:
    """Does a job title of one to three words start at `i` ('Staff Writer', 'Reporter')?"""
    words = s[i:].split()[:3]
    return any(is_job_title(" ".join(words[:k])) for k in range(1, len(words) + 1))


def deglue(s: str, gaz: Gazetteer) -> str:
    """'Jane DoeAssociated Press' → 'Jane Doe Associated Press': an outlet glued to a name."""
    out = s
    for i in reversed(glue_points(s, gaz)):
        out = out[:i] + " " + out[i:]
    return out


def unglued_offset(pos: int, points: list[int]) -> int:
    """An offset in the deglued string, mapped back to the string as it was."""
    return pos - sum(1 for k, p in enumerate(sorted(points)) if p + k < pos)
