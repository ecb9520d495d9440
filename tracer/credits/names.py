"""Is this piece of a credit line a person, an organisation or an editor's code?

Credit lines mix persons, outlets and desk codes in one string ("Paul J. Webb and
Jeff Mulroy, Associated Press", "det/dpa", "Glenn Rowe And Brandon Carl For The Mail
On Sunday"). This module splits such strings into parts, keeping each part's offset so
every credit can point back into the text, and says what each part looks like. The
word lists it uses live in `lexicon.json`, not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tracer.credits.lexicon import LEXICON

# Vietnamese letters with two marks ('Nguyễn', 'Đặng') are in Latin Extended Additional, capitals at even
# code points; 'ơ' and 'ư' ('Trương') in Latin Extended-B
_VI_UP = "ƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))
_VI_LETTER = re.compile("[ƠƯơưĐđ\u1ea0-\u1ef9]")
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЄІЇҐЂЈЉЊЋЏΑ-ΩΆΈΉΊΌΎΏ" + _VI_UP
_LO = "a-zß-öø-ÿā-žа-яёєіїґђјљњћџα-ωάέήίόύώϊϋΐΰơư\u1ea0-\u1ef9"
UPPER, LOWER = _UP, _LO  # the capital and small letters of the scripts names are read in, for other modules' patterns
_WORD = rf"[{_UP}][{_LO}{_UP}'’\-]*[{_LO}{_UP}]|[{_UP}][{_LO}]?\.?"
_TOKEN = re.compile(rf"^(?:{_WORD})$")
_INITIAL = re.compile(rf"^(?:[{_UP}]\.)+$|^[{_UP}]$|^[{_UP}]\.-[{_UP}]\.$")  # 'J.-M.': a French hyphenated given name
_PLACE_INITIALS = frozenset(LEXICON["place_initials"])
# initials that are no one's given names: places ('U.S. Army') and abbreviations ('A.M. Best', 'TV Azteca')
_NOT_INITIALS = _PLACE_INITIALS | frozenset(LEXICON["abbreviation_initials"])
_PARTICLE_HYPHEN = re.compile(rf"^(?:{'|'.join(LEXICON['name_particles'])})-(?:{_WORD})$")
_ELIDED = re.compile(rf"^[dl]['’](?:{_WORD})$")  # "Marie d'Arcy": an elided particle before the surname
_CODE = re.compile(r"^[a-zäöü]{2,4}$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,13})$", re.I)
# Separators between credited names; kept in the lexicon so languages can be added.
_SEPS = LEXICON["name_separators"]
_SEP_WORDS = sorted({v for w in _SEPS for v in ((w, w.capitalize(), w.upper()) if len(w) > 2 else (w,))},
                    key=len, reverse=True)
_SPLIT = re.compile(
    r"\s*(?:[,;|•·/&+、，،]|\s[-–—]\s|\s{3,}|(?<![\w.\-])(?:" + "|".join(re.escape(w) for w in _SEP_WORDS) + r")(?![\w.\-]))\s*")
_PARTICLES = frozenset(LEXICON["name_particles"])
_SUFFIXES = frozenset(LEXICON["name_suffixes"])
_NAME_TOO = frozenset(("min", "mai", "may", "sun"))
# Surnames that are also common words ('Rachael Link', 'Tom King', 'Brian May'): a surname after a given
# name that is itself no common word; alone or first ('Link', 'Copy Link', 'King Charles') they stay words.
# 'Agência Lusa', 'Agencia EFE', 'Nachrichtenagentur Reuters': an agency's noun names no person
_AGENCY_WORDS = frozenset(w.casefold() for w in LEXICON["agency_nouns"] + LEXICON["generic_agencies"] if " " not in w)
_DESKISH = frozenset(w.casefold() for k in ("newsroom_words", "desk_words", "generic_agencies") for w in LEXICON[k])
_SURNAME_WORDS = frozenset(w.casefold() for w in LEXICON["surname_words"])
_NOT_NAME = frozenset(
    [w.casefold() for w in LEXICON["not_name_words"]]
    + [p.casefold() for key in ("byline_prefixes", "source_labels") for group in LEXICON[key].values()
       for p in group if " " not in p]
    + [w.casefold() for group in LEXICON["reporting"].values() for p in group for w in p.split() if len(w) > 3])
_DEGREES = re.compile(r",?\s*\b(?:" + "|".join(re.escape(d) for d in LEXICON["degrees"]) + r")\.?$", re.I)


_PRONOUNS = frozenset(LEXICON["pronouns"])
# 'Dr. Jane Roe', 'Prof. Dr. Jana Roe', 'Mag. Jana Roe': an academic or courtesy title before the name
_HONORIFIC = re.compile(r"^(?:(?:Dr|Prof|Mag|Dott|Ing|Dipl\.-Ing|Mr|Mrs|Ms|Mx)\.\s+(?:(?:med|rer\. nat|phil|jur)\.\s+)?"
                        r"|(?:Dr|Prof)\s+(?=[A-Z]))+")
_CAPS_MC = re.compile(r"\bMc(?=[A-Z]{2})")  # "JANE McDOE": agency capitals keep the 'c' of 'Mc' small


@dataclass(frozen=True)
class Part:
    """One name in a credit string: its text and its offset in that string."""

    offset: int
    text: str


def split_names(s: str) -> Iterator[Part]:
    """Split a credit string at commas, slashes, 'and'/'und'/'dhe'/… keeping offsets."""
    return iter(_split_names(s))


# The helpers below are pure functions of short strings that one article asks about again and again
# (a byline is read as a text line and again as a page node; every reader of a line tests its parts), and
# bylines and agency lines repeat across a site's articles: cached (bench_credits.py, the page path).
_CACHE = 16384


@lru_cache(maxsize=_CACHE)
def _split_names(s: str) -> tuple[Part, ...]:
    out: list[Part] = []
    pos = 0
    cuts = list(_SPLIT.finditer(s))
    for k, m in enumerate(cuts):
        if _joined_surname(s, pos, m, cuts[k + 1].start() if k + 1 < len(cuts) else len(s)):
            continue
        out.extend(_part(s, pos, m.start()))
        pos = m.end()
    out.extend(_part(s, pos, len(s)))
    return tuple(out)


_SURNAME_JOINS = frozenset(("e", "y"))  # 'and' in Portuguese and Spanish, and the joint of a double surname


def _joined_surname(s: str, pos: int, cut: re.Match[str], end: int) -> bool:
    """'Mariana Costa e Sousa', 'José Ortega y Gasset': 'e'/'y' before one capitalised word alone up to
    the next separator joins a double surname, not two names (one word after 'and' is no writer: 'Jane
    Roe e Lusa' is an agency, which the gazetteer knows, 'e Redação' a desk)."""
    if cut.group().strip() not in _SURNAME_JOINS:
        return False
    before, after = s[pos:cut.start()].split(), s[cut.end():end].strip(" .")
    if len(before) < 2 or not before[-1][:1].isupper() or " " in after or not _TOKEN.match(after) \
            or after.isupper() or after.casefold() in _NOT_NAME or after.casefold() in _DESKISH:
        return False
    from tracer.credits.gazetteer import default_gazetteer  # at call time: the gazetteer reads names

    return default_gazetteer().lookup(after) is None and not is_place(after)


def _part(s: str, a: int, b: int) -> Iterator[Part]:
    raw = s[a:b]
    stripped = raw.strip(" \t.:;-–—()[]\"'“”„«»*")
    if stripped:
        yield Part(a + raw.find(stripped), stripped)


@lru_cache(maxsize=_CACHE)
def clean_name(name: str) -> str:
    """Drop degrees ("PhD"), normalise spaces, title-case ALL-CAPS names (and a surname in
    capitals: "Jitendra JOSHI") and undo a doubled name ("Sean Martin Sean Martin", a
    byline node read twice)."""
    name = _DEGREES.sub("", " ".join(name.split())).strip(" ,")
    if not name.isascii() and name.rsplit(" ", 1)[-1] in _POSTPOSITIONS and " " in name:
        name = name.rsplit(" ", 1)[0]  # 'राहुल शर्मा द्वारा': 'by' after the name (Hindi, Bengali)
    name = _HONORIFIC.sub("", name) if _HONORIFIC.match(name) and len(name.split()) >= 3 else name
    words = name.split()
    turkish = _is_turkish(name)
    if len(words) >= 2 and len(words[-1]) >= 3 and words[-1].isupper() and words[-1].isalpha() \
            and words[-1].casefold() not in _SUFFIXES \
            and all(w[:1].isupper() and not w.isupper() or w.casefold() in _PARTICLES for w in words[:-1]):
        words = [w[:1] + _lower(w[1:], turkish) if w.isupper() else w for w in words[:-1]] + [_title(words[-1], turkish)]  # 'LE GOFF'
        name = " ".join(words)
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])
    letters = [c for c in _CAPS_MC.sub("MC", name) if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        name = " ".join(_title(w, turkish) for w in name.split())
    return name


# Turkish capitals 'I' and 'İ' are the small 'ı' and 'i' ('YILMAZ IŞIK' → 'Yılmaz Işık', 'İSMAİL' → 'İsmail',
# not 'i̇smai̇l' with a loose dot). Safe only where the name says Turkish: one of its letters is no other
# language's ('İ', 'ı', 'Ş', 'ş', 'Ğ', 'ğ'); 'DIETER' stays 'Dieter'.
_TURKISH_LETTERS = frozenset("İıŞşĞğ")
_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def _is_turkish(name: str) -> bool:
    return not name.isascii() and not _TURKISH_LETTERS.isdisjoint(name)


def _lower(s: str, turkish: bool) -> str:
    return s.translate(_TURKISH_LOWER).lower() if turkish else s.lower()


def _title(w: str, turkish: bool = False) -> str:
    if w.casefold() in _PARTICLES:
        return w.lower()
    if re.fullmatch(r"(?:[A-Z]\.)+", w) or re.fullmatch(r"[IVX]{2,4}", w):  # initials, 'III'
        return w
    out = "-".join(p[:1].upper() + _lower(p[1:], turkish) for p in w.split("-"))
    # "O'ROE" → "O'Roe", "D'ANGELO" → "D'Angelo", "MCDOE" → "McDoe": the letter after the prefix stays a
    # capital ('Mac' is left alone: 'Macy', 'Machado')
    return re.sub(r"^([OD]['’]|Mc)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out) \
        if len(out) > 3 and re.match(r"^(?:[OD]['’]|Mc)[a-z]", out) else out


# Letters of scripts without capitals (Hebrew, Arabic and Persian, the Indic scripts, Thai) with their vowel
# signs and Persian's zero-width non-joiner: no capital marks a name there, only the byline's label does.
_CASELESS_WORD = re.compile(r"^[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u200c]{2,}$")
_CASELESS_FUNCTION = frozenset(LEXICON["caseless_function_words"])


_POSTPOSITIONS = frozenset(LEXICON["name_postpositions"])
# '山田 太郎': a Japanese name written with a space between family and given name
_CJK_SPACED = re.compile(r"^[\u4e00-\u9fff\u3005]{1,3} [\u4e00-\u9fff\u3005]{1,3}$")
_CJK_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4}|[\u4e00-\u9fff\u3005]{3,5})$")  # 々: '佐々木'
_CJK_SURNAMES = frozenset(LEXICON["cjk_surnames"])
_CJK_ORG_ENDINGS = tuple(LEXICON["cjk_org_endings"])


def is_caseless_person(name: str) -> bool:
    """'أحمد المنصوري', 'राहुल शर्मा', 'יוסי לוין': two to four words of a script without capitals,
    none a function word ('في', 'के', 'של'): a name only where a byline's label says one stands.
    A Chinese or Korean name is one word of two to four characters that opens with a family name
    ('张伟', '欧阳娜', '김철수'; lexicon cjk_surnames) and ends in no organisation's character
    ('编辑部', '新华社', '편집국': cjk_org_endings)."""
    words = name.split()
    if _CJK_SPACED.match(name):
        return words[0] in _CJK_SURNAMES and not words[1].endswith(_CJK_ORG_ENDINGS)
    if len(words) == 1 and _CJK_NAME.match(name):
        return any(name[:k] in _CJK_SURNAMES for k in (1, 2, 3) if k < len(name)) and not name.endswith(_CJK_ORG_ENDINGS) \
            and name not in _CASELESS_FUNCTION
    return 2 <= len(words) <= 4 and all(_CASELESS_WORD.match(w) and w not in _CASELESS_FUNCTION for w in words) \
        and not any(_outlet(w) for w in words)  # 'الجزيرة نت': an outlet's name and a word


_BRAND_CASE = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]+$")


@lru_cache(maxsize=_CACHE)
def is_person(name: str, *, single: bool = False, initials: bool = False) -> bool:
    """Does `name` look like a person's name (2–5 capitalised words, particles, initials)?

    `single` accepts one capitalised word too; use it only where the context already
    says a person is named ("By Thilo", "Sherman reported from Washington"). `initials`
    accepts initials and a surname ("W.J. Roe", "EJ Roe") but no lone word: for a line whose
    place already says a byline stands (a names line with its date, under the headline).
    """
    initials = initials or single
    words0 = name.split()
    if len(words0) == 1 and _BRAND_CASE.match(words0[0]):
        return False  # 'NerdWallet', 'HuffPost', 'TechCrunch': a brand; a name's prefix is short ('McDonald', 'LeBron')
    if words0 and not name[:1].isascii() and (_CASELESS_WORD.match(words0[0]) or _CJK_NAME.match(name)
                                              or _CJK_SPACED.match(" ".join(words0))):
        return single and is_caseless_person(clean_name(name))
    # "Jitendra JOSHI", "Ana de SILVA": given names, then the surname in capitals (agency style).
    caps_surname = (len(words0) >= 2 and len(words0[-1]) >= 3 and words0[-1].isupper() and words0[-1].isalpha()
                    and any(c in "AEIOUYÄÖÜÁÉÍÓÚ" for c in words0[-1])
                    and all(w[:1].isupper() and not w.isupper() or w.casefold() in _PARTICLES for w in words0[:-1]))
    if caps_surname:  # a particle in capitals before it belongs to the surname ("Jean-Pierre LE GOFF")
        turkish = _is_turkish(name)
        name = " ".join([_title(w, turkish) if w.isupper() else w for w in words0[:-1]] + [_title(words0[-1], turkish)])
    # "By EJ Roe": two capitals as the given name, where the context says a person is named
    paired = (initials and len(words0) == 2 and len(words0[0]) == 2 and words0[0].isupper() and words0[0].isalpha()
              and f"{words0[0][0]}.{words0[0][1]}." not in _NOT_INITIALS and not _outlet(words0[0]))
    # "JANE McDOE" is all capitals in an agency's style, not a name with an acronym in it
    mixed_caps = any(len(w) > 1 and w.isupper() and w.isalpha() and w.casefold() not in _SUFFIXES
                     and not (paired and i == 0) for i, w in enumerate(name.split())) \
        and not _CAPS_MC.sub("MC", name).isupper()
    if paired and not mixed_caps:
        name = f"{words0[0][0]}.{words0[0][1]}. " + words0[1]
    acronym = not any(c.islower() for c in name)
    name = clean_name(name)
    if mixed_caps or not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "@" in name:
        return False
    if re.search(r"['’]s\b", name):  # "Starlink’s Quiet Role": a headline, not a name
        return False
    words = name.split()
    if words and words[-1].rstrip(".,").casefold() in _SUFFIXES:
        words = words[:-1]
    if not words or len(words) > 5:
        return False
    if is_article_title(name):  # "Le Parisien", "Die Zeit", "El País": an outlet's name
        return False
    if len(words) >= 3 and words[0] in _OUTLET_ARTICLES and any(w in _TITLE_LINKS for w in words[1:-1]):
        return False  # "Le Courrier du Port", "El Faro del Puerto": an article, a noun and its complement ("Le Van Minh" stays)
    if any(w.casefold() in _AGENCY_WORDS for w in words):  # "Agência Lusa": an agency
        return False
    if any(w.casefold() in _OUTLET_WORDS for w in words[1:]):  # "Exampler Zeitung", "Example Weekly"
        return False
    if len(words) >= 2 and words[0].casefold() in _OUTLET_WORDS:  # "Gazeta do Cais", "Kurier Portowy": an outlet
        return False
    # A short word that is also a month, weekday or unit ("May", "Sun", "Min", "Mai") is a
    # given name or surname between two other capitalised words ("Seung Min Kim", "Anna May
    # Wong"); anywhere else it marks a date, a time or a menu ("Sun May 5", "5 Min Read").
    # ('von' is a byline label and a particle: lower case after a given name, "David von Roe", "Ana von der
    # Roe", it is the particle; after a full name, "Jane Roe von Example", it says where she writes)
    # a Vietnamese name ends in the given name, which may be a word elsewhere ('Nguyễn Văn An', 'Trần Thị Mai')
    vietnamese = len(words) >= 3 and not name.isascii() and bool(_VI_LETTER.search(name))
    if any(w.casefold() in _NOT_NAME and not (w.casefold() in _NAME_TOO and 0 < i < len(words) - 1
                                                and w[:1].isupper() and w[1:].islower())
           and not (w in _PARTICLES and i == 1 and len(words) > 2)
           and not _capital_particle(words, i)
           and not (initials and i == 0 and len(words) >= 2 and w.casefold() in _NAME_TOO
                    and w[:1].isupper() and w[1:].islower())  # "By May Lin", "By Sun Wei": a given name
           and not (single and w.casefold() in _SURNAME_WORDS and i == len(words) - 1 and i > 0
                    and w[:1].isupper() and w[1:].islower())
           and not (vietnamese and i == len(words) - 1 and w[:1].isupper() and w[1:].islower())
           for i, w in enumerate(words)):
        return False
    # "Zusammengestellt von Jane Roe", "Gelesen von Jane Roe", "Rivisto da Jane Roe": a word, a byline
    # particle, then a full name of two capitalised words: a label and its person, not one name (a
    # particle opens a surname: "David von Roe", "Ursula von der Roe")
    if len(words) >= 4 and words[1] in _LABEL_PARTICLES and not _given_da(words) \
            and sum(1 for w in words[2:] if w[:1].isupper() and w.casefold() not in _PARTICLES) >= 2:
        return False
    full = 0
    for i, w in enumerate(words):
        if w.casefold() in _PARTICLES and 0 < i < len(words) - 1:
            continue
        if _INITIAL.match(w):
            continue
        if not _TOKEN.match(w) and not (i > 0 and (_PARTICLE_HYPHEN.match(w) or _ELIDED.match(w))):  # "Ahmad al-Roe"
            return False
        full += 1
    if _INITIAL.match(words[-1]) and len(words) > 1:
        return False
    # "W.J. Roe", "J. Roe": initials and a surname, where the context already says a person is named
    # ("J. I. da Roe", "A. van der Roe": the surname's particles between the initials and the surname)
    core = [w for i, w in enumerate(words) if not (w in _PARTICLES and 0 < i < len(words) - 1)]
    initialled = (initials and full == 1 and 2 <= len(core) <= 3 and all(
        "." in w and bool(_INITIAL.match(w)) and w not in _NOT_INITIALS for w in core[:-1])
        and "".join(core[:-1]) not in _NOT_INITIALS)  # "J. R. Roe" too; "U.S. Army", "U. S. Army" are no persons
    # One word is a name only when the context says so, and never an acronym ("RD", "PMJS").
    return full >= 2 or initialled or (single and full == 1 and len(words) == 1 and len(words[0]) > 1 and not acronym)


_LABEL_PARTICLES = frozenset(("von", "vom", "di", "da", "par", "por", "door", "av", "af"))
# An Italian credit label's word before 'da' is a participle ("Scritto da", "Rivisto da", "Letta da"); a
# Portuguese given name before the particle 'da' of a double surname is not ("João da Silveira Prado").
_PARTICIPLE = re.compile(r"t[oaie]$")


def _given_da(words: list[str]) -> bool:
    """'João da Silveira Prado': the Portuguese particle after a given name, not an Italian label."""
    return words[1] == "da" and not _PARTICIPLE.search(words[0])


def _capital_particle(words: list[str], i: int) -> bool:
    """'Chiara Di Bellona', 'Ana La Rosa': an Italian or Spanish surname's particle written with a capital
    between a given name and the surname (where 'Di' alone would read as a German weekday)."""
    w = words[i]
    return (0 < i < len(words) - 1 and w[:1].isupper() and w[1:].islower() and w.casefold() in _PARTICLES
            and words[i + 1][:1].isupper() and words[i + 1].casefold() not in _PARTICLES
            and len(words[i - 1]) > 2 and len(words[i + 1]) > 2)  # "Mo Di Mi": a week's days


def _outlet(code: str) -> bool:
    """Is `code` a short name the gazetteer knows ('DW', 'FT')?"""
    from tracer.credits.gazetteer import default_gazetteer  # the gazetteer reads names' neighbours
    return default_gazetteer().lookup(code) is not None


# Articles that open outlet names ('Le Monde', 'Die Zeit', 'El País', 'Het Parool') and no given name;
# 'De', 'Lo', 'A', 'O' open surnames and given names too ('De Niro', 'Lo Wang'); 'The' opens phrases ('By The Way').
_TITLE_LINKS = frozenset(("du", "des", "de", "del", "della", "dello", "dei", "di", "da", "do", "der", "vom", "von"))
_OUTLET_ARTICLES = frozenset(a.capitalize() for a in LEXICON["articles"]
                             if len(a) >= 2 and a.isalpha() and a not in ("the", "de", "lo", "os", "as", "den", "det"))


def is_article_title(name: str) -> bool:
    """'Le Parisien', 'Die Zeit', 'La Stampa': an article and one capitalised word name an outlet
    (a periodical's title), never a person ('Marine Le Pen' opens with her given name)."""
    words = name.split()
    # 'La Rédaction', 'Die Redaktion': the article and a desk word are the house's desk, no title
    return len(words) == 2 and words[0] in _OUTLET_ARTICLES and words[1][:1].isupper() \
        and words[1].casefold() not in _DESK_WORDS


_OUTLET_WORDS = frozenset(w.casefold() for w in LEXICON["outlet_words"])
_DESK_WORDS = frozenset(w.casefold() for w in LEXICON["desk_words"])
_LINKS = frozenset(("of", "de", "del", "du", "des", "der", "di", "do", "da", "the", "and", "&", "und", "y", "et"))


def is_outlet_name(s: str, *, lead: bool = False) -> bool:
    """'Example Weekly', 'The Exampleville Herald', 'Exampler Zeitung': two to six capitalised
    words, one of them (after the first; with `lead` the first too: 'Daily Bugle') a word that
    names outlets (lexicon 'outlet_words'). Without `lead`, 'Daily Briefing' stays a heading."""
    words = s.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in s):
        return False
    if not all(w[:1].isupper() or w.casefold() in _LINKS for w in words):
        return False
    return any(w.strip(".,:").casefold() in _OUTLET_WORDS for w in words[0 if lead else 1:]) and not is_place(s)


_INSTITUTION_WORDS = frozenset(w.casefold() for w in LEXICON["institution_words"])


def is_institution(s: str) -> bool:
    """'University of Exampleville', 'Example Institute', 'Universität Exampleburg': a writer's
    affiliation beside the name (a guest writer's, The Conversation's style)."""
    words = s.split()
    return 2 <= len(words) <= 8 and words[0][:1].isupper() and any(
        w.strip(".,").casefold() in _INSTITUTION_WORDS for w in words)


_FIRM_NOUNS = frozenset(w.casefold().rstrip(".") for w in LEXICON["firm_nouns"])


def is_firm_name(s: str) -> bool:
    """'Example Research', 'Example Capital Partners': two to six capitalised words, one after the
    first a firm's noun (lexicon 'firm_nouns'); a research or investment firm that signs its own
    notes. A university or institute is a writer's affiliation (`is_institution`), no firm."""
    words = s.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in s):
        return False
    if not all(w[:1].isupper() or w.casefold() in _LINKS for w in words):
        return False
    return any(w.strip(".,").casefold() in _FIRM_NOUNS for w in words[1:]) and not is_institution(s) \
        and not is_place(s)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = resources.files("tracer.credits").joinpath("places.txt").read_text("utf-8")
    return frozenset(" ".join(x.split()).casefold() for x in text.splitlines() if x.strip() and not x.startswith("#"))


_PLACE_PREFIXES = frozenset(w.casefold() for w in LEXICON["place_prefixes"])


def is_place(name: str) -> bool:
    """'New York', 'Bad Homburg', 'Rio de Janeiro': a place of two or more words, which passes
    every test of a person's name ("Jane Roe, New York" names a writer and where she writes
    from). The list (places.txt) comes from GeoNames; see scripts/make_places.py. And a district
    as local papers name it, an administrative word before its name ('Kreis Offenbach', 'Landkreis
    Exampleton', 'Kanton Zürich': lexicon place_prefixes)."""
    words = name.split()
    if 2 <= len(words) <= 3 and words[0].casefold() in _PLACE_PREFIXES and words[1][:1].isupper():
        return True
    return len(words) >= 2 and " ".join(words).casefold() in _places()


@lru_cache(maxsize=1)
def _city_words() -> frozenset[str]:
    text = resources.files("tracer.credits").joinpath("city_words.txt").read_text("utf-8")
    return frozenset(x.strip().casefold() for x in text.splitlines() if x.strip() and not x.startswith("#"))


def is_city_word(word: str) -> bool:
    """'Mumbai', 'Wien', 'London': one word that names a large city (city_words.txt, from GeoNames; see
    scripts/make_places.py). Only for a lone word beside a writer's full name in a byline, where her place
    and an outlet both stand ('Jane Roe | Mumbai' against 'Jane Roe | Deadline', a call sign against 'KYIV'):
    many city names are given names and words too, so never to read a name or a word elsewhere."""
    return " " not in word.strip() and word.strip().casefold() in _city_words()


def has_caps_word(s: str) -> bool:
    """'MDR THÜRINGEN', 'Verbraucherzentrale NRW': an acronym says organisation."""
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in s.split())


def is_code(s: str) -> bool:
    """An editor's or desk's initials as wire copy signs them: 'lno', 'det', 'bb'; a pronoun
    ('Follow her on Twitter') is no one's initials."""
    return bool(_CODE.match(s)) and s.casefold() not in _NOT_NAME and s.casefold() not in _PRONOUNS


_FILE_EXTENSIONS = frozenset(("html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cms", "cfm", "xml", "json",
                              "pdf", "jpg", "jpeg", "png", "gif", "mp4"))
_LONG_TLDS = frozenset(("online", "media", "news", "info", "today", "world", "press", "global", "social", "site",
                        "website", "space", "radio", "live", "blog", "digital", "network", "agency", "email"))


def is_domain(s: str) -> bool:
    """A site name written as a host ('hessenbeispiel.de', 'wien.beispiel.at'), not a user handle
    ('jane.roe'): the last label is a short or a known long top-level domain."""
    if not _DOMAIN.match(s) or "@" in s:
        return False
    tld = s.rsplit(".", 1)[-1].casefold()
    if tld in _FILE_EXTENSIONS:  # 'trump-russia-putin.html': a page's file name, not a site
        return False
    return len(tld) <= 4 or tld in _LONG_TLDS


def person_from_email(addr: str) -> str | None:
    """'jo.mcginty@wsj.com' → 'Jo Mcginty'; None when the local part is no name."""
    m = re.fullmatch(r"([a-z]+)[._]([a-z]+)@[\w.-]+\.[a-z]{2,}", addr.strip().lower())
    if not m or len(m.group(1)) < 2 or len(m.group(2)) < 2:
        return None
    return f"{m.group(1).capitalize()} {m.group(2).capitalize()}"


_ORG_NOUNS = frozenset(w.casefold() for w in LEXICON["org_nouns"])
_ORG_STEMS = tuple(sorted((w for w in _ORG_NOUNS if w.isalpha() and len(w) >= 5), key=len, reverse=True))


def is_org_name(name: str) -> bool:
    """'Verkehrsverein Exampleton e.V.', 'Stadt Exampleton', 'Exampleton Tourism Board': a
    name with an organisation's noun (`org_nouns` in the lexicon) — the word itself, or a
    German compound that ends in it ('Heimatverein', 'Landesverband') — is no person's."""
    words = [w.strip(".,()\"'„“”").casefold() for w in name.split()]
    if "e.v" in (w.rstrip(".") for w in name.casefold().split()) or name.endswith((" e V", " eV")):
        return True  # 'e V': the extractor's author field drops the dots
    return any(w in _ORG_NOUNS or (len(w) >= 8 and w.endswith(_ORG_STEMS)) for w in words if w)


_INITIAL_SKIP = frozenset(a.casefold() for a in LEXICON["articles"])


@lru_cache(maxsize=256)
def site_initials(site: str | None) -> str:
    """'BK' for 'Beispiel Kurier', 'SZ' for 'Süddeutsche Zeitung': the short form a house signs its
    wire copy with ('(BK mit dpa)'). The first letters of the name's capitalised words, articles
    left out; '' for a one-word name or a host (their short form cannot be told)."""
    if not site or "." in site or len(site) > 60:
        return ""
    words = [w for w in re.split(r"[\s-]+", site) if w and w.casefold() not in _INITIAL_SKIP]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)

_HANDLE_TOKEN = re.compile(r"^[^\W_][\w.\-]{2,29}$")
_MONTHS_DAYS = frozenset(w.casefold() for key in ("months", "weekdays") for w in LEXICON[key])
# a CMS's or a site's role account ('exadmin', 'webmaster2', 'redaktion_online'), no one's handle
_ACCOUNT_WORDS = ("admin", "webmaster", "moderat", "redak", "redac", "editor", "support", "staff", "guest", "user", "team")
_PLACEHOLDERS = frozenset(("test", "demo", "sample", "example", "default"))  # a CMS's or a template's stand-in
# the newsroom's own short signature ('red' for Redaktion, redactie, redazione): a desk's initials, no account
_NEWSROOM_SHORT = frozenset(("red",))


@lru_cache(maxsize=_CACHE)
def is_handle(s: str) -> bool:
    """'hillwalker42', 'bergziege', 'jane_roe': a user account's name as blogs and forums print it
    for their posts' writers — one token, lower case or with digits or underscores, that no
    capitalised name is. A person only where the markup already says the writer stands there
    (a byline element, author markup, a forum post's author), never a common page word
    ('admin', 'staff', 'share': `not_name_words`), a desk or a host name. A capitalised word
    ('Thilo') goes through `is_person(single=True)` instead."""
    s = s.strip()
    if not _HANDLE_TOKEN.match(s) or _TOKEN.match(s) or s.isdigit() or not any(c.islower() for c in s):
        return False
    low = s.casefold()
    letters = "".join(c for c in low if c.isalpha())
    if len(letters) < 3 or low in _NOT_NAME or letters in _NOT_NAME or low in _MONTHS_DAYS or is_domain(s) \
            or low in _PRONOUNS or letters in _PLACEHOLDERS or letters in _NEWSROOM_SHORT \
            or any(w in low for w in _ACCOUNT_WORDS):
        return False
    from tracer.credits.byline import is_desk  # byline reads names' helpers
    return not is_desk(s)
