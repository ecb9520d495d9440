"""Lines that are a credit of their own, by a label or by their place: source labels ("Quelle:
dpa", "Burimi: VOA"), reporting and editing lines ("(Reporting by …; Editing by …)"), "with
files from", "originally published in/on", a blog's repost and feed footers, copyright lines,
the issuer of a press release, the outlet a portal names above a story, slash footers ("/ VOA
(A2 Televizion)"), a closing "(PAP)", an outlet's article link, wire ids, e-mail addresses,
"From …" and quote-intro lines, a closing "— Reuters" or "via …".

Each form is one function over one line, tried in turn by `parser.read_line` (and by
`parser._middle` for the explicit ones mid-text); the credit strings they find are read by
`credit_strings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracer.credits.credit_strings import (
    _DATE_LINE,
    _F,
    _LOWER_THE,
    _POSSESSIVE,
    Ctx,
    _cited,
    _org,
    _person,
    _unknown_org,
    read_names,
)
from tracer.credits.fact_sources import is_fact_source
from tracer.credits.gazetteer import Gazetteer, fold, squash
from tracer.credits.lexicon import LEXICON, alternation, has_trigger
from tracer.credits.name_lines import (
    _STATION,
    _names_only,  # noqa: F401  (re-exported)
)
from tracer.credits.names import (
    _NOT_NAME,
    Part,
    clean_name,
    is_article_title,
    is_code,
    is_domain,
    is_outlet_name,
    is_person,
    is_place,
    person_from_email,
    site_initials,
    split_names,
)
from tracer.credits.org_asides import org_asides
from tracer.credits.tail_sentences import (
    _MATERIAL,
)
from tracer.model import Credit

_SOURCE = re.compile(
    r"^\s*[/(\[]?\s*(?P<label>" + alternation("source_labels") + r")\s*:\s*(?P<names>[^\n]{2,120}?)\s*[)\]]?\.?\s*$", _F)
_WITH = re.compile(
    r"^\s*[(\[]?\s*(?P<label>" + alternation("with_files") + r")\s+(?P<names>[^()\[\]\n]{2,80}?)\s*[)\]]?\.?\s*$", _F)
_REPORTING = {role: re.compile(r"\s*(?:[—–-]{1,2}\s*)?(?P<label>" + alternation("reporting", role) + r")\s*(?::\s*|\s+)"
                               r"(?P<names>[^;()\n]{2,200})", _F)
              for role in LEXICON["reporting"]}

_FROM = re.compile(r"^\s*(?:" + alternation("from_prefixes") + r")\s+(?P<names>[^\n]{2,60}?)\s*$")
_DASH_END = re.compile(r"\s[—–-]{1,2}\s*(?P<names>[^—–\-\n]{2,40}?)\s*$")
_ORIGINALLY = re.compile(r"\s*(?P<label>" + alternation("originally") + r")\s*:?\s+(?P<names>[^\n]{2,120})", _F)

_NEXT_LABEL = re.compile(r"(?:,|(?<=\s)[—–|·•])(?=\s*(?:" + alternation("reporting") + r")\b)", _F)
_COPYRIGHT = re.compile(
    r"(?:©\s*Copyright|Copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
    r"(?P<names>[^\n.,;]{2,60}?)\s*(?:,?\s*(?:Inc|Ltd|LLC|GmbH|AG|S\.A|L\.P|LP|PLC|Corp)\b\.?)?\s*(?:[.,;]|\s+All\s|\s+Alle\s|\s+Tous\s|\s+Todos\s|$)", _F)
_SLASH_FOOT = re.compile(
    r"(?:^|(?<=[.!?\"”»)\]…]))\s*(?P<slash>/)\s*(?P<names>[^/\n()]{1,40}?)\s*(?:\((?P<via>[^()\n]{2,60})\))?\s*/?\s*$")
_PAREN_END = re.compile(r"\((?P<names>[^()\n]{2,40})\)\s*\.?\s*$")
_SLASH_LINE = re.compile(r"^[\w.\-& ]{1,30}(?:\s*/\s*[\w.\-& ]{1,30})+$", re.U)

_EMAIL = re.compile(r"^\s*(?:\S+:\s*)?(?P<addr>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*(?:\((?P<name>[^()@\n]{3,60})\)\s*)?$")

_COLON_LABELS = {fold(x) for x in LEXICON["colon_labels"]}


def _source_line(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    if ":" not in line[:40]:
        return []
    m = _SOURCE.match(line)
    if not m:
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), unknown_org=True, confidence=0.9, prefer_org=True)
    return [c if c.kind == "organization" or c.role == "editor" else replace(c, role="author")
            for c in read_names(m.group("names"), start + m.start("names"), ctx, gaz)
            if not _fact_source(c, gaz)]


_WITH_FIRST = frozenset(w for p in LEXICON["with_files"] for w in (p.split()[0], p.split()[0].lower()))


def _closing_label(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """A source or with-files label that closes the text's last paragraph instead of standing on a line of
    its own ('… vierzehn dagegen. Quelle: dpa', '… en contra. Con información de EFE y Reuters.'): the
    last sentence, after a sentence's end that no initial makes ('J. Roe')."""
    if ":" not in line[-160:] and "(" not in line[-160:] and not _WITH_FIRST.intersection(line[-160:].split()):
        return []  # the cheap test first: a source label has its colon, a with-files label its first word
    cut = max(line.rfind(". "), line.rfind("! "), line.rfind("? "), line.rfind("… "), line.rfind(".) "))
    if cut < 2 or len(line) - cut > 160 or line[cut - 1].isupper():
        return []
    pos = cut + 2 + (line[cut + 1] == ")")
    last = line[pos:].lstrip()
    pos = len(line) - len(last)
    # organisations only: persons after a label glued to a paragraph are a film's cast ('Avec : X, Y'), a
    # list of names in the text, not the text's contributors
    found = _source_line(last, start + pos, gaz) or _with_files(last, start + pos, gaz)
    return [c for c in found if c.kind == "organization"]


def _fact_source(c: Credit, gaz: Gazetteer) -> bool:
    """'Quelle: Statistisches Bundesamt', 'Fuente: Instituto Nacional de Estadística': an unknown
    organisation that a source label names and that is an office, a study or an institute is
    where the facts come from, not the text (`fact_sources`)."""
    return c.kind == "organization" and c.agency is None and gaz.lookup(c.name) is None and is_fact_source(c.name)


# A press release's issuer: 'SOURCE Example Corp' (the PR wire's closing line, in capitals),
# 'Originaltext: Example GmbH, übermittelt durch news aktuell', 'Pressemitteilung der Example GmbH'.
_ISSUER = re.compile(r"\s*(?:SOURCE(?=\s)|(?i:" + alternation("issuer_labels") + r")\s*:?)\s+(?P<names>[^\n]{2,100})")
_ISSUER_END = re.compile(r"\s*(?:[,;(|]|\s[-–—]\s|\.\s|\.$|\s(?:übermittelt|transmitted|distributed|via)\b|"
                         r"\s(?:vom|am|from|on|du|del|dal|de)\s+\d)")  # '… vom 12.05.2026': its date


def _issuer(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """The body that issued a press release, as an organisation author; the PR wire a line names
    after it ('übermittelt durch news aktuell') is the source."""
    if len(line) > 200 or not ("SOURCE" in line or has_trigger(line.lower(), "issuer_labels")):
        return []
    m = _ISSUER.match(line)
    if not m:
        return []
    names = m.group("names")
    cut = _ISSUER_END.search(names)
    name = (names[: cut.start()] if cut else names).strip()
    if not name[:1].isupper() or len(name.split()) > 8 or any(ch.isdigit() for ch in name):
        return []
    pos = start + m.start("names")
    ctx = Ctx(zone="footer", evidence=line.strip(), unknown_org=True, confidence=0.85, org_role="author")
    org = gaz.lookup(name)
    out = [_org(org, name, pos, ctx) if org is not None else _unknown_org(name, pos, ctx)]
    rest = names[len(name):]
    wire = replace(ctx, org_role="source")
    for s, _e, o, alias in gaz.find_all(rest):
        if o.is_wire and not gaz.is_ambiguous(alias, o):
            out.append(_org(o, alias, pos + len(name) + s, wire))
    return out


def _with_files(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    if len(line) > 160:
        return []
    m = _WITH.match(line)
    if not m:
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), unknown_org=True, confidence=0.85, person_role="contributor",
              org_role="source")
    out = [_in_case(c, gaz) for c in read_names(m.group("names"), start + m.start("names"), ctx, gaz)]
    if any(c.kind == "person" for c in out):  # "With reporting by Tharin Pillay/New York": a person and a place
        return [c for c in out if c.kind == "person" or c.agency]
    return [c for c in out if c.kind == "organization" or c.role == "editor"]


def _in_case(c: Credit, gaz: Gazetteer) -> Credit:
    """An unknown organisation that is a known one in a case of its own ('По материалам «Интерфакса»',
    'За матеріалами Укрінформу': the label governs the genitive), as the known one."""
    if c.kind != "organization" or c.agency is not None or gaz.lookup(c.name) is not None:
        return c
    org = gaz.lookup_inflected(c.name)
    return c if org is None else replace(c, name=org.name, agency=org.agency, confidence=c.confidence + 0.15)


def _reporting(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    if not has_trigger(line.lower(), "reporting"):
        return []
    # "(Reporting by A, writing by B)", "Reviewed by A — Written by B": a comma or a dash before the next
    # label ends the names (same length).
    line = _NEXT_LABEL.sub(";", line)
    out: list[Credit] = []
    taken: list[tuple[int, int]] = []
    matches = []
    for pos in _starts(line):
        for role, rx in _REPORTING.items():
            m = rx.match(line, pos)
            if m:
                matches.append((m, role))
        lead = _LEAD_WORD.match(line, pos)
        if lead:  # "(Extra reporting by …", "(Additonal reporting by …": a word the lexicon lacks
            m = _REPORTING["author"].match(line, lead.end())
            if m:
                matches.append((m, "contributor"))
    matches.sort(key=lambda x: (x[0].start(), -(x[0].end() - x[0].start())))
    for m, role in matches:
        if any(a <= m.start() < b for a, b in taken):
            continue
        if fold(m.group("label")) in _COLON_LABELS and not re.match(r"\s*:", line[m.end("label"):]):
            continue  # "Contributors Become a Contributor" is a menu, "Contributing: X" a credit
        taken.append((m.start(), m.end()))
        names = m.group("names")
        end = m.end("names")
        while (aside := _PAREN_ORG.match(line, end)) and gaz.lookup(aside.group("org")) is not None:
            # 'Mitarbeit: Jana Roe (dpa) und John Doe (AFP)': each writer's outlet, and the names after it
            end = _NAMES_ON.match(line, aside.end()).end()
            names = line[m.start("names"):end]
        cut = re.search(r"(?<![A-Z])\.\s|[.]$", names)
        if cut:
            names = names[: cut.start()]
        # "by Jane Roe in Paris and by John Doe in Rome": the label repeated after 'and' (same length)
        if " by " in names:
            names = _AND_BY.sub(lambda a: a.group(1) + " " * len(a.group(2)), names)
        org_role = "contributor" if role == "contributor" else "source" if role == "author" else role
        ctx = Ctx(zone="footer", evidence=line.strip(), org_role=org_role, person_role=role, confidence=0.9,
                  single=True)
        # 'Mitarbeit: Jana Roe (dpa)': the writer's outlet beside her
        found = read_names(org_asides(names, gaz), start + m.start("names"), ctx, gaz)
        out += [c for c in found if c.kind == "person" or org_role in ("source", "contributor")]
    return out


_PAREN_ORG = re.compile(r"\((?P<org>[^()\n]{2,40})\)")
_NAMES_ON = re.compile(r"[^;()\n]{0,200}")


def _originally(line: str, start: int, gaz: Gazetteer, *, whole: bool = False) -> list[Credit]:
    """'This article originally appeared on X'. `whole`: the label opens the line and has four
    words or more (read mid-text, where shorter labels open body sentences)."""
    if not has_trigger(line.lower(), "originally"):
        return []
    m = next((m for p in (_starts(line) if not whole else [len(line) - len(line.lstrip(" ([—–-"))])
              if (m := _ORIGINALLY.match(line, p))), None)
    if not m or (whole and len(m.group("label").split()) < 4):
        return []
    names = m.group("names")
    names = re.split(r"\s+(?:under|sous|bajo|sotto|sob|unter|on|am|le|el|il|and|und|with|mit|as|at|and is)\s+|"
                     r"[,.;:!?](?:\s|$)|\s[-–—]\s", names, maxsplit=1)[0]
    # "… on the website X", "… w serwisie X", "… на сайті «X»": the word for a site before the outlet's name
    names = _SITE_WORDS.sub("", names).strip().rstrip(".)]}\"'”»")
    names = _suffix_cut(names)  # "TIME’s new AI newsletter" → TIME, "Hürriyet'te yayımlandı" → Hürriyet
    names = _LOWER_THE.sub("", names)  # "… published by the Example Times": the outlet without 'the'
    if not names or names[:1].isdigit() or re.match(
            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", names):
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), unknown_org=True, confidence=0.85)
    pos = start + m.start("names") + m.group("names").find(names)
    org = gaz.lookup(names)
    if org is None:  # "… erschien zuerst in der Süddeutschen Zeitung", "… alun perin Helsingin Sanomissa"
        bare = _LOWER_ARTICLE.sub("", names)
        org = gaz.lookup(bare) or gaz.lookup_inflected(bare)
    if org is not None:
        return [_org(org, names, pos, ctx)]
    venue = m.group("label").split()[-1].casefold() in _VENUES
    if is_person(names) and not is_article_title(names) and not venue and not is_outlet_name(names, lead=True):
        # "Mit freundlicher Genehmigung von Max Mustermann" under a picture: a person's courtesy; after
        # "published on" or "publié initialement sur" the name is where the text appeared ('Le Monde Exemple')
        return []
    if is_domain(names) or (names[:1].isupper() and len(names.split()) <= 6):
        return [_unknown_org(names, pos, ctx)]
    return []


_PARTNER = re.compile(r"^\s*[(\[]?\s*(?:" + alternation("partner_notes") + r")\s*:?\s+(?P<names>[^()\[\]\n]{2,80}?)"
                      r"\s*[)\]]?\s*[.!]?\s*$", _F)


_PARTNER_FIRST = frozenset(p.split()[0].casefold() for p in LEXICON["partner_notes"])


def _partner_note(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'In Kooperation mit Der Spiegel', 'En partenariat avec Le Monde', 'Dieser Artikel stammt von unserem
    Partner X': a note of its own that a partner made the text (lexicon partner_notes). The phrases also
    thank a town, a club or a sponsor, so the name must be an outlet's: known, with an outlet's word, or a
    host (an unknown name a repost phrase gives is read by `_originally`)."""
    if len(line) > 160 or line.lstrip(" ([").split(" ", 1)[0].casefold() not in _PARTNER_FIRST:
        return []  # the cheap test first: the line opens with a phrase's first word
    m = _PARTNER.match(line)
    if not m:
        return []
    names = _LOWER_ARTICLE.sub("", m.group("names").strip().strip("\"'„“”«»"))
    pos = start + m.start("names") + m.group("names").find(names)
    ctx = Ctx(zone="footer", evidence=line.strip(), confidence=0.8)
    org = gaz.lookup(names) or gaz.lookup_inflected(names)
    if org is not None:
        return [_org(org, names, pos, ctx)]
    if (is_domain(names) or is_outlet_name(names, lead=True)) and not is_fact_source(names):
        return [_unknown_org(names, pos, replace(ctx, unknown_org=True))]
    return []


_VENUES = frozenset(w.casefold() for w in LEXICON["originally_venues"])
_SITE_WORDS = re.compile(r"^(?:" + alternation("originally_site_words") + r")\s+", re.I)
# a lower-case article before an outlet's name in a repost note ('in der …', 'dans le …'); a capitalised
# one is part of the name ('Le Monde', 'De Telegraaf')
# (lexicon articles, and case_articles: the forms a preposition governs, 'in der', 'σε συνεργασία με την')
_LOWER_ARTICLE = re.compile(r"^(?:" + "|".join(sorted({re.escape(a) for a in LEXICON["articles"] + LEXICON["case_articles"]
                                                        if a.islower() and a.isalpha()}, key=len, reverse=True))
                            + r")\s+(?=[^\W\d_])")
# a case ending after an apostrophe ('Hürriyet'te', 'Example Times'ın') or the English possessive ('TIME’s new …')
_SUFFIX = re.compile(r"['’](?P<end>[^\W\d_]{1,5})(?=\s|$)")


def _suffix_cut(names: str) -> str:
    """`names` up to the first apostrophe that opens a lower-case ending: the name without its case."""
    for m in _SUFFIX.finditer(names):
        if m.group("end").islower():
            return names[: m.start()]
    return names
_POST_FIRST = re.compile(r"^\s*(?:" + alternation("post_first_leads") + r")\s+\S.{0,240}?\s+(?:"
                         + alternation("post_first_links") + r")\s+(?P<names>[^\n]{2,80}?)\s*[.!]?\s*$", _F)


def _post_first(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'The post <title> appeared first on Example Weekly.': a blog engine's repost footer (in
    the languages of the lexicon) names the site the text was taken from."""
    if len(line) > 400 or not has_trigger(line.lower(), "post_first_links"):
        return []
    m = _POST_FIRST.match(line)
    if not m:
        return []
    names = m.group("names")
    ctx = Ctx(zone="footer", evidence=line.strip()[:200], unknown_org=True, confidence=0.85)
    org = gaz.lookup(names)
    if org is not None:
        return [_org(org, names, start + m.start("names"), ctx)]
    if is_domain(names) or (names[:1].isupper() and len(names.split()) <= 6):
        return [_unknown_org(names, start + m.start("names"), ctx)]
    return []


_FEED = tuple(p.casefold() for p in LEXICON["feed_phrases"])


def _feed_line(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'Dieser Artikel wurde automatisch aus dem dpa-Newskanal übernommen.': a note that the text came
    from an agency's feed credits the wires it names (their names whole, as the gazetteer writes them)."""
    if len(line) > 300 or not ("automat" in line.lower() or "feed" in line.lower()):
        return []
    low = line.casefold()
    if not any(p in low for p in _FEED):
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), confidence=0.85)
    return [_org(o, alias, start + a, ctx) for a, _b, o, alias in gaz.find_all(line) if o.is_wire]


_LEAD_WORD = re.compile(r"\s*[A-Z][a-z]{3,}\s+(?=reporting\s+by\b)")
_AND_BY = re.compile(r"(\s(?:and|und|&)\s+)(by)(?=\s)")
_START = re.compile(r"[(\[;]|(?<![A-Z])[.!?…:](?=\s)|\s[—–-]\s|[\"”»]")  # "Editor's note: This story …"


def _starts(line: str) -> list[int]:
    """Where a credit phrase may begin: the line start, after '(' ';' or a sentence end."""
    return [0, *(m.end() for m in _START.finditer(line))]


def _copyright(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    out: list[Credit] = []
    if "ⓒ" in line or "Ⓒ" in line:  # the circled letter for the sign: '저작권자 ⓒ 연합뉴스' (same length: spans hold)
        line = line.replace("ⓒ", "©").replace("Ⓒ", "©")
    low = line.lower()
    if "©" not in line and "copyright" not in low and "(c)" not in low:
        return out
    for m in _COPYRIGHT.finditer(line):
        ctx = Ctx(zone="footer", evidence=line.strip()[:200], confidence=0.9, known_only=True)
        names = m.group("names")
        whole = gaz.lookup(names) or gaz.lookup(re.sub(r"[\s,]+(?:Inc|Ltd|LLC|Co)\.?$", "", names))
        if whole is not None:
            found = [] if whole.type == "group" else [_org(whole, names, start + m.start("names"), ctx)]
        else:
            found = [c for c in read_names(re.sub(r"\s*&.*$", "", names) if "/" not in names else names,
                                           start + m.start("names"), ctx, gaz)
                     if not _is_prefix_only(c, names, gaz)]
        rest = re.split(r"\s*/\s*", line[m.start("names"):].strip())
        if found and any(is_person(p.strip(" .")) for p in rest[1:]):  # "© AFP / JEFF PACHOUD": a photo
            found = [replace(c, role="photo") for c in found]
        out += found
    return out


# A portal's provider line under the headline: 'Example Sentinel•', 'example.com • 3 hours ago',
# 'Local 7 Exampleton · July 15, 2018' (the outlet whose story the portal carries, then its time).
_PROVIDER = re.compile(r"^\s*(?P<name>[^\W_][^•·|\n]{1,58}?)\s*[•·]\s*(?P<rest>.{0,40})$")


def _provider_line(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """The outlet a portal names above the story it carries. Only an organisation: a known one,
    a host, or a name with an outlet's word or a station's number; a person's name there
    ('Jane Roe • 5 min read') is a blog's byline, read elsewhere."""
    if "•" not in line and "·" not in line:
        return []
    m = _PROVIDER.match(line)
    if m is None or (m.group("rest").strip() and not _DATE_LINE.match(m.group("rest"))):
        return []
    name = m.group("name").strip()
    ctx = Ctx(zone="byline", evidence=line.strip(), confidence=0.8)
    who, comma, outlet = name.partition(",")
    if comma and is_person(who.strip()) and not is_place(who.strip()):
        # 'Jane Roe, The Example Ledger • July 16, 2018': the writer, then the outlet whose story it is
        found = _provider_line(line[:m.start("name")] + " " * (len(who) + 1) + line[m.start("name") + len(who) + 1:],
                               start, gaz)
        return ([_person(who.strip(), start + m.start("name"), replace(ctx, confidence=0.75))] + found) if found else []
    org = gaz.lookup(name) or (gaz.by_host(name.casefold()) if is_domain(name) else None)
    if org is not None:
        return [_org(org, name, start + m.start("name"), ctx)]
    pre = gaz.prefix(name)
    if pre is not None and len(name[pre[1]:].split()) == 1:  # 'Example News Videos': the outlet's channel
        return [_org(pre[0], name[:pre[1]].strip(), start + m.start("name"), ctx)]
    if is_domain(name) or (not is_person(name) and (is_outlet_name(name) or _STATION_NAME.match(name)
                                                    or _STATION.match(name))):  # 'KXMP•': a station's call sign
        return [_unknown_org(name, start + m.start("name"), ctx)]
    return []


# 'Local 10 Exampleton', 'KEXN 2 Exampleville', 'Channel 8 Example City': a station by its channel number
_STATION_NAME = re.compile(r"^(?:[A-Z][\w&]*\s+){1,3}\d{1,2}(?:\s+[A-Z][\w.]*){0,3}$")


# The address of the story a blog quotes, alone on a line at its end:
# 'examplepost.com/opinions/council-budget/2018/07/13/story.html'
_LINK_LINE = re.compile(r"^\s*(?:https?://)?(?:www\.)?(?P<host>[a-z0-9][a-z0-9.-]*\.[a-z]{2,})/[^\s/]+\S*\s*$", re.I)


def _source_link(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """A known outlet's article address closing the text: the story the text reposts or quotes
    (an aggregator's 'Headlines' post). Only an outlet the gazetteer knows by its host, and only
    a link to a page (a path), never a bare home page; the site's own address becomes its
    publisher later, like any own-name credit."""
    m = _LINK_LINE.match(line) if "/" in line and " " not in line.strip() else None
    org = gaz.by_host(m.group("host").casefold()) if m else None
    if m is None or org is None:
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), confidence=0.7)
    return [_org(org, m.group("host"), start + m.start("host"), ctx)]


def _is_prefix_only(c: Credit, names: str, gaz: Gazetteer) -> bool:
    """'CBS Interactive', 'NBC Universal': a known name that only begins the owner's name."""
    parts = [p.text for p in split_names(names)]
    return not any(gaz.lookup(p) is not None for p in parts)


def _slash_footer(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    if "/" not in line:
        return []
    m = _SLASH_FOOT.search(line)
    if not m or _cited(line[: m.start("slash")]):
        return []
    ev = line[m.start("slash"):].strip()  # the via "(A2 Televizion)" stays evidence, not a credit
    ctx = Ctx(zone="footer", evidence=ev, confidence=0.95)
    src = m.group("names")
    sm = _SOURCE.match(src)
    if sm:  # "/ Source: Associated Press"
        return [c for c in read_names(sm.group("names"), start + m.start("names") + sm.start("names"),
                                      replace(ctx, unknown_org=True), gaz) if c.kind == "organization"]
    found = read_names(src, start + m.start("names"), ctx, gaz)
    if not found or any(c.kind == "person" and c.role != "editor" for c in found):
        return []
    return found


def _paren_end(line: str, start: int, gaz: Gazetteer, publisher: str | None = None) -> list[Credit]:
    if ")" not in line[-4:]:
        return []
    m = _PAREN_END.search(line)
    if not m or _cited(line[: m.start()]):
        return []
    if has_trigger(m.group(0).lower(), "with_files") and _WITH.match(m.group(0)):  # '… vierzehn dagegen. (mit Material von dpa)', '(Con información de EFE)'
        return _with_files(m.group(0), start + m.start(), gaz)
    ctx = Ctx(zone="footer", evidence=line[m.start():].strip(), confidence=0.9)
    base = start + m.start("names")
    found = read_names(m.group("names"), base, ctx, gaz)
    parts = list(split_names(m.group("names")))
    unread = _unread_parts(parts, found, base)
    tags = _desk_tags(unread, base, ctx, gaz, publisher) if unread and any(c.agency for c in found) else None
    if tags is not None:
        found, unread = found + tags, []
    if not found or unread or not any(c.kind == "organization" for c in found):
        return []  # every part must be a credit: "(the agency said)" is prose
    if any(c.kind == "person" and c.role != "editor" for c in found):
        return []
    return found


_TAG = re.compile(r"^[^\W\d_]{1,4}$")


def _unread_parts(parts: list[Part], found: list[Credit], base: int) -> list[Part]:
    return [p for p in parts if not any(c.start is not None and base + p.offset <= c.start
                                        < base + p.offset + len(p.text) for c in found)]


def _desk_tags(unread: list[Part], base: int, ctx: Ctx, gaz: Gazetteer,
               publisher: str | None = None) -> list[Credit] | None:
    """The parts of a closing wire credit no credit was read from: '(EX mit dpa)', '(EX/dpa)',
    '(ex mit Material von dpa und AFP)', '(Example News mit dpa)' on Example News. A tag of one
    to four letters is the house's own desk code (nothing to credit); the site's own name, or
    its name's initials, is the site (its publisher credit); 'Material von dpa' credits the
    agency. None when any other part is left unread: then the brackets hold prose."""
    out: list[Credit] = []
    own = squash(publisher.split("/")[0].removeprefix("www.").split(".")[0] if publisher and " " not in publisher
                  else publisher or "")
    initials = site_initials(publisher)
    for p in unread:
        if (len(own) >= 4 and squash(p.text) == own) or (initials and p.text.strip() == initials):
            # the site's name, or its initials ('(BK mit dpa)' on the Beispiel Kurier): the site
            out.append(_unknown_org(p.text, base + p.offset, ctx))
            continue
        mm = _MATERIAL.match(p.text)
        got = [c for c in read_names(mm.group("names"), base + p.offset + mm.start("names"), ctx, gaz)
               if c.agency] if mm else []
        if not got and not _TAG.match(p.text.strip()):
            return None
        out += got
    return out


def _signers(line: str, end: int, start: int, gaz: Gazetteer) -> list[Credit]:
    """'Jane Roe – AFP', 'Jane Roe und John Doe – dpa': the writers who sign a wire credit on its
    line. Only a line that holds nothing but names before the credit: a sentence ending in
    '— AFP' names nobody. ('Jane Holloway (AP)' is the picture caption's form: not read.)"""
    head = line[:end]
    s = head.strip(" ,;—–-")
    if not 4 <= len(s) <= 80:
        return []
    parts = list(split_names(s))
    if not parts or not all(is_person(p.text) and not is_place(p.text) and gaz.lookup(p.text) is None
                            for p in parts):
        return []
    off = head.find(s)
    ctx = Ctx(zone="footer", evidence=line.strip(), confidence=0.8)
    return [_person(p.text, start + off + p.offset, ctx) for p in parts]


# A wire message's id line: 'dpa-infocom, dpa:240312-99-123456/2' (the agency's code, a date, a number)
_WIRE_ID = re.compile(r"^\s*(?:©\s*)?[\w-]{2,30},\s*(?P<code>[A-Za-z]{2,8}):\d{6}-\d{2}-\d{4,}/\d+\s*$")


def _wire_id(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    m = _WIRE_ID.match(line) if ":" in line else None
    org = gaz.lookup(m.group("code")) if m else None
    if m is None or org is None:
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), confidence=0.9)
    return [_org(org, m.group("code"), start + m.start("code"), ctx)]


def _joined_wires(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'STT–AFP', 'AFP-dpa': agencies joined by a dash on a line of their own (Nordic wire style)."""
    s = line.strip()
    if len(s) > 30 or " " in s or not any(ch in s for ch in "–-") or gaz.lookup(s) is not None:
        return []
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^–\-]+", s)]
    orgs = [gaz.lookup(p) for _, p in parts]
    if len(parts) < 2 or any(o is None for o in orgs):
        return []
    off = start + line.find(s)
    ctx = Ctx(zone="footer", evidence=s, confidence=0.85)
    return [_org(o, p, off + a, ctx) for (a, p), o in zip(parts, orgs, strict=True) if o is not None]


def _slash_line(line: str, start: int, gaz: Gazetteer, publisher: str | None = None) -> list[Credit]:
    """Wire signatures: 'dpa/lno', 'APA/AP', 'hessenbeispiel.de/bb', 'red, wien.beispiel.at/Agenturen'.
    `publisher`: the site, given for a line of the text's tail, where 'Beispielblatt / Diario Ejemplar'
    signs a story the site took from a partner (`_own_and_partner`)."""
    s = line.strip()
    if len(s) > 60 or not _SLASH_LINE.match(s.replace(",", " ")):
        return []
    off = start + line.find(s)
    codes = [p for p in split_names(s) if is_code(p.text)]
    ctx = Ctx(zone="footer", evidence=s, confidence=0.85, unknown_org=bool(codes))
    found = read_names(s, off, ctx, gaz)
    if not any(c.kind == "organization" for c in found):
        return _own_and_partner(s, off, gaz, publisher) if publisher else []
    if any(c.kind == "person" and c.role != "editor" for c in found):
        return []
    return found


def _own_and_partner(s: str, off: int, gaz: Gazetteer, publisher: str) -> list[Credit]:
    """'Beispielblatt / Diario Ejemplar' closing the text: the site's own name, then the outlet whose
    story it carries (a translated or reposted partner story). The partner must read as an outlet
    (an outlet's word or a host) with a word of a name: 'Beispielblatt / Jana Roe' is the site and
    its writer, 'Beispielblatt / Berlin' its place, 'Beispielblatt / Local News' its section."""
    own, slash, partner = s.partition("/")
    keys = {squash(publisher), squash(publisher.split("/")[0].removeprefix("www.").split(".")[0])}
    own, partner = own.strip(), partner.strip()
    if not slash or "/" in partner or squash(own) not in keys or len(squash(own)) < 4:
        return []
    if not partner[:1].isupper() or len(partner.split()) > 4 or is_code(partner) or is_place(partner):
        return []
    if not (is_outlet_name(partner, lead=True) or is_domain(partner)):
        return []  # 'Beispielblatt / Berlin', 'Beispielblatt / Jana Roe': the site and its place or writer
    if all(w.casefold() in _NOT_NAME for w in re.findall(r"\w+", partner)):
        return []  # 'Beispielblatt / Local News': the site and its section
    ctx = Ctx(zone="footer", evidence=s, confidence=0.75, unknown_org=True)
    return [_unknown_org(partner, off + s.rfind(partner), ctx)]


# a mail provider's host names no site ('jane.roe@gmail.com')
_MAIL_HOST = re.compile(r"^(?:[\w-]+\.)*(?:" + "|".join(re.escape(w) for w in LEXICON["mail_providers"])
                        + r")\.[a-z.]{2,6}$", re.I)


def _email(line: str, start: int) -> list[Credit]:
    m = _EMAIL.match(line)
    if not m:
        return []
    if m.group("name"):  # "desk@example.com (Jane Roe)": the address book form names the writer
        if not is_person(m.group("name")):
            return []
        # and the site whose feed it is: a partner's story on a portal ('feedback@example-motors.test (Jane
        # Roe)'); the site's own address becomes its publisher later, like any own-name credit
        host = m.group("addr").rsplit("@", 1)[1]
        site = [Credit(name=host, kind="organization", role="source", zone="byline", evidence=line.strip(),
                       start=start + m.end("addr") - len(host), end=start + m.end("addr"), confidence=0.6)] \
            if is_domain(host) and not _MAIL_HOST.match(host) else []
        return [Credit(name=clean_name(m.group("name")), kind="person", role="author", zone="byline",
                       evidence=line.strip(), start=start + m.start("name"), end=start + m.end("name"),
                       confidence=0.6)] + site
    name = person_from_email(m.group("addr"))
    if name is None:
        return []
    return [Credit(name=name, kind="person", role="author", zone="byline", evidence=line.strip(),
                   start=start + m.start("addr"), end=start + m.end("addr"), confidence=0.6)]


def _from_line(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'From Reuters', 'Via AFP': a short line naming a known organisation as origin."""
    m = _FROM.match(line)
    if not m or len(line) > 80 or line.rstrip().endswith(":"):
        return []  # "From a Mother Jones reporter:" introduces a quotation
    if m.group("names")[:1].islower() and gaz.prefix(m.group("names")) is None:
        return []  # "From a … reporter", "From the desk of …": prose, not a named origin
    ctx = Ctx(zone="byline", evidence=line.strip(), confidence=0.8, known_only=True)
    names = m.group("names")
    poss = _POSSESSIVE.match(names)
    if poss and gaz.lookup(poss.group("org")) is not None:  # "From CNN's Jane Roe"
        found = read_names(names, start + m.start("names"), replace(ctx, known_only=False, loose=True), gaz)
        # the form credits the outlet's writer: "From CNN's perspective, …" is a sentence
        return found if any(c.kind == "person" for c in found) else []
    parts = [p.text for p in split_names(names)]
    if len(parts) >= 2 and gaz.lookup(parts[-1]) is not None \
            and all(is_person(p) and not is_place(p) for p in parts[:-1]):
        ctx = replace(ctx, known_only=False)  # "From Jane Roe, CNN": the outlet's writer, then the outlet
    found = read_names(names, start + m.start("names"), ctx, gaz)
    return found if found and len(found) == len(parts) else []


# 'The Example Ledger reports:', 'Excerpt from The Example Ledger:' on a line of its own: a blog or an
# aggregator introduces a block it quotes from the outlet, whose text the page then carries in part
_INTRO_LEAD = re.compile(r"^\s*(?:" + alternation("quote_intros", "leads") + r")\s+(?P<names>[^:\n]{2,60}?)\s*:\s*$")
_INTRO_VERB = re.compile(r"^\s*(?:Here['’]s what\s+|As\s+)?(?P<names>[^:\n]{2,60}?)\s+(?:"
                         + alternation("quote_intros", "verbs") + r")\s*:\s*$")


def _quote_intro(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """An outlet named on a line that introduces a quoted block (`_INTRO_LEAD`, `_INTRO_VERB`): a source.
    Only an organisation the gazetteer knows or a name with an outlet's word; a person, or prose
    ('From a reporter on the scene:'), introduces a quotation of words, not an outlet's text."""
    if len(line) > 90 or not line.rstrip().endswith(":"):
        return []
    m = _INTRO_LEAD.match(line) or _INTRO_VERB.match(line)
    if not m:
        return []
    names = _LOWER_THE.sub("The ", m.group("names")) if m.group("names")[:4] == "the " else m.group("names")
    org = gaz.lookup(names)
    ctx = Ctx(zone="body", evidence=line.strip(), confidence=0.7)
    if org is not None:
        return [_org(org, m.group("names"), start + m.start("names"), ctx)]
    if is_outlet_name(names, lead=True) and not is_person(names):
        return [_unknown_org(names, start + m.start("names"), replace(ctx, unknown_org=True))]
    return []


def _dash_end(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'… the ministry said. — Associated Press': a known organisation signed after a dash."""
    # No dash may follow the signing dash, so the search starts just before the line's last dash.
    last = max(line.rfind("-"), line.rfind("–"), line.rfind("—"))
    m = _DASH_END.search(line, max(0, last - 2)) if last > 0 else None
    if not m or _cited(line[: m.start()]):
        return []
    org = gaz.lookup(m.group("names"))
    if org is None:
        return []
    ctx = Ctx(zone="footer", evidence=line[m.start():].strip(), confidence=0.85)
    return _signers(line, m.start(), start, gaz) + [_org(org, m.group("names"), start + m.start("names"), ctx)]


# ('h/t Wired', 'hat tip to The Verge': a blog's thanks to the outlet it found the story at, read as 'via')
_VIA_END = re.compile(r"^\s*[(\[]?\s*(?:[—–-]{1,2}\s*)?(?:[Vv]ia|[Hh]/[Tt]:?|[Hh]at [Tt]ip(?: to)?:?)\s+"
                      r"(?P<names>[^()\[\]\n]{2,60}?)\s*[)\]]?\s*\.?\s*$")


def _via_end(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'(via Reuters)', '— via AP' closing the text: the known organisations it came through."""
    if len(line) > 80 or not ("ia" in line or "/" in line or "ip" in line):
        return []
    m = _VIA_END.match(line)
    if not m:
        return []
    ctx = Ctx(zone="footer", evidence=line.strip(), confidence=0.85, known_only=True)
    found = read_names(_LOWER_THE.sub("The ", m.group("names")), start + m.start("names"), ctx, gaz)
    return found if found and all(c.kind == "organization" and c.role == "source" for c in found) else []
