"""One credit string read into credits: the core every text form of the credits parser shares.

A form (a byline, a dateline, a footer sentence) finds the string that names the writers or
sources; `read_names` splits it at separators and `_classify` tells a known organisation, an
agency's desk, a person and an unknown outlet apart, under a `Ctx` that says the zone, the
evidence and what an unknown part is. The few line tests and patterns several forms share
(`_byline_match`, `_is_body`, `_cited`, the date patterns) live here too, so the form modules
(`datelines.py`, `tail_sentences.py`, `name_lines.py`) and `parser.py` import from here and
never from one another's callers: no import cycles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tracer.credits.byline import (
    is_desk,
    is_job_title,
    strip_lead_title,
    strip_title,
)
from tracer.credits.gazetteer import Gazetteer, Org, fold, is_generic_agency
from tracer.credits.lexicon import LEXICON, alternation
from tracer.credits.names import (
    Part,
    clean_name,
    has_caps_word,
    is_article_title,
    is_code,
    is_domain,
    is_firm_name,
    is_outlet_name,
    is_person,
    is_place,
    split_names,
)
from tracer.model import Credit

MAX_LINE = 400  # longer lines are body text: only a dateline is read from their start

_F = re.I | re.U
# "- Von: Jane Roe": a byline in a list of the article's facts (date, reading time, writers)
# comes with the list item's bullet.
# "Posted in Politics by Jane Roe": a blog's category, then the byline; a dash may stand for the colon
# after the label ('كتب - أحمد المنصوري', the Arabic press's house style)
_CATEGORY_LEAD = r"(?:" + alternation("category_leads") + r")\s+[^\n]{1,60}?\s+"
_PREFIX_NAMES = (r"(?P<prefix>" + alternation("byline_prefixes") + r")"
                 r"(?P<colon>\s*:\s*|\s+[-–—]\s*|\s*[-–—]\s+|\s+)(?P<names>\S.{0,600}?)\s*$")
_BYLINE = re.compile(r"^(?:[-*]\s+)?(?P<lead>.{0,80}?(?:[—–|•·]|\s-)\s*|" + _CATEGORY_LEAD + r")?" + _PREFIX_NAMES, _F)
# The same without the lead ('Foo | By Jane Roe'), for lines with no mark a lead could end in: trying a
# lead at each of its 80 characters was most of the cost of a prose line's byline test.
_BYLINE_BARE = re.compile(r"^(?:[-*]\s+)?(?P<lead>" + _CATEGORY_LEAD + r")?" + _PREFIX_NAMES, _F)
_SPACE_DASH = re.compile(r"\s-")


def _byline_match(line: str) -> re.Match[str] | None:
    """`_BYLINE.match(line)`, the lead tried only where a mark it ends in ('|', '—', ' -', …) is in the line."""
    if any(ch in line for ch in "—–|•·") or ("-" in line and _SPACE_DASH.search(line)):
        return _BYLINE.match(line)
    return _BYLINE_BARE.match(line)


_CITE = re.compile(r"(?:^|[\s(,])(?:" + alternation("citation_cues") + r")\s*(?:the\s+|der\s+|die\s+|la\s+|el\s+|le\s+)?$", _F)
_DATE_LINE = re.compile(
    r"^\W*(?:(?:updated|published|posted|aktualisiert|veröffentlicht|publié|publicado|pubblicato|objavljeno)\s*:?\s*)?"
    r"(?:[\w.]+,?\s+)?(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}:\d{2}|\d+\s*(?:m|h|min|hours?|minutes?)\s+ago)", _F)
_TRAILING_DATE = re.compile(
    r"\s*[,|–—-]?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}).*$")
# "in Paris": a writer's place, masked before names are split; it ends at 'and', ';', the end, or a
# comma before the next writer with a place ("in Paris, John Doe in Rome"), not a comma inside a place
# ("in Raleigh, North Carolina").
_IN_PLACE = re.compile(r"\s+(?:in|aus|from|en|à|a|em|iz|u|z|w|dans|из|в)\s+[A-ZÀ-ÞА-Я][^;]*?(?=\s+(?:and|und|y|et|e|i|dhe)\s+|;|$"
                       r"|,(?=\s*[A-ZÀ-ÞА-Я][^,;]{2,40}?\s+(?:in|aus|from|en|à|a|em|iz|u|z|w|dans|из|в)\s+[A-ZÀ-ÞА-Я]))")
_POSSESSIVE = re.compile(r"^(?P<org>[\w.&\- ]{2,40}?)(?:['’]s|(?<=s)['’])\s+")

_SOCIAL = re.compile(r"^(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|t|bit|threads|bsky)\.(?:com|co|ly|net|app)\b",
                     re.I)
_ORG_ROLE_WORDS = re.compile(r"^(?:" + "|".join(re.escape(w) for w in LEXICON["org_roles"]) + r")\b\s*", re.I)
_CLUTTER = {fold(x) for x in LEXICON["clutter"]}


@dataclass(frozen=True)
class Ctx:
    """How to read one credit string: its zone, evidence, roles and what unknowns are."""

    zone: str
    evidence: str
    org_role: str = "source"
    person_role: str = "author"
    confidence: float = 0.9
    unknown_org: bool = False  # an unknown capitalised part is an organisation
    single: bool = False  # a one-word name is a person
    initials: bool = False  # initials and a surname ("W.J. Roe", "EJ Roe") are a person
    known_only: bool = False  # only gazetteer organisations (copyright lines)
    ambiguous_ok: bool = True  # position already vouches for short codes (AFP, AA)
    prefer_org: bool = False  # "Źródło: Wirtualna Polska": a label of sources names outlets
    loose: bool = True  # "For The Mail On Sunday", host names and desk codes count here


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "\"", "”", "!", "?"))


def _is_body(line: str) -> bool:
    """A paragraph of the story: 120 characters or more, ending a sentence."""
    return len(line) >= 120 and _ends_sentence(line)


_OF_ORG = re.compile(r"^(?P<who>[^,]+?)\s+of\s+(?P<org>(?:[Tt]he\s+)?[A-Z][^,]*)$")


# ---------------------------------------------------------------- credit strings


def read_names(s: str, base: int, ctx: Ctx, gaz: Gazetteer) -> list[Credit]:
    """Credits from a string of names ("Paul J. Webb and Jeff Mulroy, Associated Press").

    `base` is the offset of `s` in the text (None-like negative for HTML-only strings).
    """
    masked = _IN_PLACE.sub(_mask_place, s) if " " in s else s
    spans = gaz.find_all(masked)
    # Keep known names whole ("RFE/RL", "Voice of America") before splitting at separators.
    protected = list(masked)
    for a, b, _org, _alias in spans:
        for k in range(a, b):
            if not protected[k].isalnum():
                protected[k] = "\x01" if protected[k] != " " else " "
    protected_s = "".join(protected)
    out: list[Credit] = []
    parts = list(split_names(protected_s))
    shared = _shared_surname(s, parts, gaz) if ctx.zone == "byline" else None
    for part in parts:
        text = s[part.offset: part.offset + len(part.text)]
        if shared and part is parts[0]:
            out.append(_person(shared, base + part.offset if base >= 0 else -1, ctx, keep=True))
            continue
        out.extend(_classify(text, base + part.offset if base >= 0 else -1, ctx, gaz))
    return out


_AND_WORDS = re.compile(r"^\s*(?:and|und|et|y|e|en|och|og|ja|i|a|és|ve|и|&)\s*$", re.I)


def _shared_surname(s: str, parts: list[Part], gaz: Gazetteer) -> str | None:
    """'By Jane and John Roe', 'Von Jana und Max Kellner': two writers of one surname, the first named by her
    given name alone before 'and': her full name ('Jane Roe'); None for any other string of names."""
    if len(parts) != 2:
        return None
    first, second = parts[0].text.strip(), parts[1].text.strip()
    joiner = s[parts[0].offset + len(parts[0].text): parts[1].offset]
    words = second.split()
    if " " in first or len(words) != 2 or not _AND_WORDS.match(joiner) or gaz.lookup(first) is not None \
            or not first[:1].isupper() or not is_person(first, single=True) or not is_person(second):
        return None
    return f"{first} {words[-1]}"


_AND_TOO = frozenset(("en", "a"))  # 'in' in one language, 'and' in another (nl 'en', cs/sk 'a')


def _mask_place(m: re.Match[str]) -> str:
    """`_IN_PLACE`'s match blanked, unless its word doubles as 'and' and a person, not a place, follows
    ('Jan de Vries en Piet Jansen': a second writer; 'Juan Pérez en Exampleville': where he writes)."""
    word, _, rest = m.group(0).strip().partition(" ")
    rest = rest.strip()
    if word in _AND_TOO and is_person(rest) and not is_place(rest):
        return m.group(0)
    return " " * len(m.group(0))


def _classify(text: str, pos: int, ctx: Ctx, gaz: Gazetteer) -> list[Credit]:
    text = text.strip()
    if not text or len(text) > 80:
        return []
    org = gaz.lookup(text)
    if org is not None:
        if not ctx.ambiguous_ok and gaz.is_ambiguous(text, org):
            return []
        return [_org(org, text, pos, ctx)]
    if is_generic_agency(text):
        return [] if ctx.known_only else [_unknown_org(text, pos, ctx)]
    desked = is_desk(text)
    desk = agency_desk(text, gaz) if desked else None
    if desk is not None:  # "Redazione ANSA", "dpa-Redaktion", "la rédaction de l'AFP": the agency's own desk
        a, b, org, _alias = desk
        return [_org(org, text[a:b], pos + a if pos >= 0 else -1, ctx)]
    if ctx.single and desked:  # "By Example Weekly Staff": an outlet's house byline names the outlet
        m = _OUTLET_DESK.match(text) or _DESK_OUTLET.match(text)
        if m and (is_outlet_name(m.group("outlet"), lead=True) or is_article_title(m.group("outlet"))):
            return [_unknown_org(m.group("outlet"), pos + m.start("outlet") if pos >= 0 else -1, ctx)]
    poss = _POSSESSIVE.match(text) if ctx.loose else None
    if poss and gaz.lookup(poss.group("org")) is not None:  # "CNN's Jane Roe", "Fox News' John Roe"
        out = [_org(gaz.lookup(poss.group("org")), poss.group("org"), pos, ctx)]
        rest = text[poss.end():]
        if is_person(rest, single=ctx.single) and not ctx.known_only:
            out.append(_person(rest, pos + poss.end() if pos >= 0 else -1, ctx))
        return out
    pre = gaz.prefix(text)
    if pre is not None:  # "CNN Supreme Court Reporter", "Associated Press writer Emery P. Dalesio"
        org, n = pre
        rest = text[n:]
        words = rest.split()
        if words and not _ORG_ROLE_WORDS.match(rest.strip()) and not all(w[:1].isupper() for w in words):
            return []  # "Reuters reported in April …" is prose, not a credit
        out = [_org(org, text[:n], pos, ctx)]
        role_m = _ORG_ROLE_WORDS.match(rest.strip())
        if role_m:
            rest_stripped = rest.strip()[role_m.end():]
            off = text.find(rest_stripped, n) if rest_stripped else -1
            if rest_stripped and is_person(rest_stripped) and not ctx.known_only:
                out.append(_person(rest_stripped, pos + off if pos >= 0 else -1, ctx))
        return out
    if ctx.known_only:
        return []
    tail = [sp for sp in gaz.find_all(text) if sp[0] > 0 and (sp[1] == len(text) or is_job_title(text[sp[1]:]))]
    if tail:  # "JANE ROE Associated Press", "JOHN ROE AP National Writer": a name, then the outlet
        a, _b, org, alias = tail[0]
        head = text[:a].strip(" ,-–—|")
        if _AGENCY_NOUN.match(head):  # "der Nachrichtenagentur dpa", "l'agence Reuters": the agency
            return [_org(org, alias, pos + a if pos >= 0 else -1, ctx)]
        if is_person(head):
            return [_person(head, pos, ctx), _org(org, alias, pos + a if pos >= 0 else -1, ctx)]
    poss = _POSSESSIVE.match(text) if ctx.loose else None
    if poss:  # "CNET's Joan E. Solsman"
        rest = text[poss.end():]
        out = []
        porg = gaz.lookup(poss.group("org"))
        if porg is not None:
            out.append(_org(porg, poss.group("org"), pos, ctx))
        if is_person(rest, single=ctx.single):
            out.append(_person(rest, pos + poss.end() if pos >= 0 else -1, ctx))
        return out
    m = _OF_ORG.match(text) if ctx.loose and " of " in text else None
    if m and is_person(m.group("who")):  # "Jane Roe of The Example Times contributed", "… of Paris"
        org = gaz.lookup(m.group("org"))
        p = pos + m.start("org") if pos >= 0 else -1
        if org is None and is_firm_name(m.group("org")):  # "Submitted by Jane Roe of Example Research": her firm
            return [_person(m.group("who"), pos, ctx), _unknown_org(m.group("org"), p, ctx)]
        return [_person(m.group("who"), pos, ctx)] + ([_org(org, m.group("org"), p, ctx)] if org else [])
    m = _WHO_FOR.match(text)
    if m and ctx.loose and is_person(m.group("who")):  # "Brandon Carl For The Mail On Sunday"
        return (_classify(m.group("who"), pos, ctx, gaz)
                + _classify("for " + m.group("org"), pos + m.start("org") - 4 if pos >= 0 else -1, ctx, gaz))
    m = _FOR_ORG.match(text)
    if m and ctx.loose:  # "… For The Mail On Sunday"
        name = m.group("org")
        org = gaz.lookup(name)
        p = pos + m.start("org") if pos >= 0 else -1
        if org is not None:
            return [_org(org, name, p, ctx)]
        if name[:1].isupper() and not any(c.isdigit() for c in name):
            return [_unknown_org(name, p, replace(ctx, unknown_org=True))]
        return []
    if is_code(text) and ctx.loose:
        return [_person(text, pos, replace(ctx, person_role="editor", confidence=ctx.confidence - 0.2), keep=True)]
    if _SOCIAL.match(text):
        return []
    if is_domain(text) and ctx.loose:
        return [_unknown_org(text, pos, ctx)]
    if ctx.unknown_org and has_caps_word(text) and len(text.split()) <= 5 and not any(c.isdigit() for c in text):
        return [_unknown_org(text, pos, ctx)]
    if ctx.prefer_org and text[:1].isupper() and len(text.split()) <= 5 and not any(c.isdigit() for c in text):
        return [_unknown_org(text, pos, ctx)]
    if ctx.single and (is_article_title(text) or (ctx.zone == "footer" and is_outlet_name(text))) \
            and not any(c.isdigit() for c in text):
        # after a label, an outlet's name: "Par Le Parisien avec AFP", "The Example Herald contributed …"
        # (in a byline an outlet word may be the site's own name the page never states)
        return [_unknown_org(text, pos, ctx)]
    titled = strip_title(text)
    if titled != text and is_person(titled):  # "Daniel Muster Redakteur"
        return [_person(titled, pos, ctx)]
    named = strip_lead_title(text)
    if named != text and is_person(named):  # "Korrespondentin Jane Roe"
        at = text.find(named)
        if at < 0:  # "Korrespondentin Jane\u00a0Roe": the name's own spaces are not the join's; its first word
            at = [m.start() for m in re.finditer(r"\S+", text)][len(text.split()) - len(named.split())]
            named = text[at:]
        return [_person(named, pos + at if pos >= 0 else -1, ctx)]  # -1: a name from markup, no span
    if is_person(text, single=ctx.single, initials=ctx.initials):
        return [_person(text, pos, ctx)]
    if ctx.unknown_org and text[:1].isupper() and len(text.split()) <= 5 and not any(c.isdigit() for c in text) \
            and not re.search(r"\s[a-z]{4,}", text):
        return [_unknown_org(text, pos, ctx)]
    return []


_WHO_FOR = re.compile(r"^(?P<who>.+?)\s+(?:for|For|FOR|für|Für)\s+(?P<org>[A-Z].+)$")
_FOR_ORG = re.compile(r"^(?:for|für|pour|para|per|voor|dla|za|для|için)\s+(?P<org>.+)$", re.I)
_OUTLET_DESK = re.compile(r"^(?:(?:the|The)\s+)?(?P<outlet>[^\W\d_][\w.&'’ -]{2,60}?)\s+(?:Staff|Editors|Editorial Board|"
                          r"Editorial Staff|Newsroom|News Desk|Desk|Team|Redaktion|Online-Redaktion)$")
# what may stand before an agency's name in a credit: a preposition ('de', 'da', "dell'", 'der'), an article
# and an agency noun ('Agência', 'Nachrichtenagentur'): "Por Ana Silva, da Agência Brasil", "de l'AFP"
_AGENCY_NOUN = re.compile(r"^(?:(?:de|da|do|dos|das|del|della|dell['’]|di|du|des|of|from|von|van|z|od|из)\s*)?"
                          r"(?:(?:the|der|die|des|la|le|el|il|a|o|l['’])\s*)?(?:" + alternation("agency_nouns") + r")?$",
                          re.I)
# "Redacción El Ejemplo", "Redaktion der Exampler Zeitung": the desk word first
_DESK_OUTLET = re.compile(r"^(?:Redacción|Redaktion|Redazione|Rédaction|Redação|Redakcja|Redactie|Newsroom)\s+"
                          r"(?:(?:de|der|des|di|du|do|da|del|della|of)\s+)?(?P<outlet>[^\W\d_][\w.&'’ -]{2,60})$")
_DESK_GLUE = frozenset(LEXICON["articles"]) | {"of", "di", "del", "della", "dell'", "du", "des", "d'", "da", "do"}


def agency_desk(text: str, gaz: Gazetteer) -> tuple[int, int, Org, str] | None:
    """The one known organisation in a desk's name ('Redazione ANSA', 'AFP-Team', 'la
    rédaction de l'AFP'): every other word is a desk word or an article. A desk names the
    house, so 'Redaktion Example Zeitung' (an outlet the gazetteer lacks) stays unread."""
    spans = gaz.find_all(text)
    if len(spans) != 1:
        return None
    a, b, _org, _alias = spans[0]
    rest = re.split(r"[\s\-–/]+|(?<=['’])", (text[:a] + " " + text[b:]).replace("’", "'"))
    words = [w.strip(".,:()").casefold() for w in rest if w.strip(".,:()")]
    return spans[0] if words and all(is_desk(w) or w in _DESK_GLUE for w in words) \
        and any(is_desk(w) for w in words) else None


def _span(pos: int, text: str) -> tuple[int | None, int | None]:
    return (pos, pos + len(text)) if pos >= 0 else (None, None)


def _org(org: Org, raw: str, pos: int, ctx: Ctx) -> Credit:
    s, e = _span(pos, raw)
    return Credit(name=org.name, kind="organization", role=ctx.org_role, zone=ctx.zone, evidence=ctx.evidence,
                  start=s, end=e, agency=org.agency, confidence=ctx.confidence)


# A legal form's abbreviation at a name's end ('e.V', 'S.A', 'S.p.A', 'Inc'): its last period, cut off
# as a sentence's end, belongs to the name.
_LEGAL_ABBR = re.compile(r"(?:^|\s)(?:(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}|Inc|Ltd|Corp|Co|Bros)$")


def _unknown_org(raw: str, pos: int, ctx: Ctx) -> Credit:
    s, e = _span(pos, raw)
    name = raw.strip()
    if _LEGAL_ABBR.search(name) and name + "." in ctx.evidence:  # 'Beispielhilfe e.V.'
        name, e = name + ".", (e + 1 if e is not None and raw == raw.rstrip() else e)
    return Credit(name=name, kind="organization", role=ctx.org_role, zone=ctx.zone, evidence=ctx.evidence,
                  start=s, end=e, agency=None, confidence=ctx.confidence - 0.15)


def _person(text: str, pos: int, ctx: Ctx, *, keep: bool = False) -> Credit:
    s, e = _span(pos, text)
    name = text.strip() if keep else clean_name(text)
    return Credit(name=name, kind="person", role=ctx.person_role, zone=ctx.zone, evidence=ctx.evidence,
                  start=s, end=e, confidence=ctx.confidence - 0.05)


# "КИЕВ, 12 мар — РИА Новости. …", "Москва. 12 марта. INTERFAX.RU - …": the agency after the place and date
_DIGIT = re.compile(r"\d")

_LOWER_THE = re.compile(r"^the\s+(?=[A-Z])")  # a lower-case article before a name: "by the Associated Press"


def _cited(before: str) -> bool:
    return bool(_CITE.search(before[-40:]))
