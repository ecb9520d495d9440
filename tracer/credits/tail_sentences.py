"""The sentences that close a story and name its writers: contributor lines ("Jane Roe contributed
to this report", "… reported from Kyiv"), writer bios ("Jane Roe is a reporter for …", "Jane
Roe, a fellow at …, is …", "Bio: …"), author and contact lines ("Contact Jane Roe at …") and
"Material from Reuters was used".

`_sentences_tail` reads a tail line sentence by sentence; a sentence that quotes or cites
someone ("told Reuters") credits nobody. The credit strings it finds are read by
`credit_strings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracer.credits.byline import (
    is_job_title,
)
from tracer.credits.credit_strings import (
    _F,
    _LOWER_THE,
    MAX_LINE,
    Ctx,
    _cited,
    _org,
    _person,
    read_names,
)
from tracer.credits.gazetteer import Gazetteer, Org
from tracer.credits.lexicon import LEXICON, alternation, has_trigger, triggers, words
from tracer.credits.names import (
    is_person,
    is_place,
    split_names,
)
from tracer.credits.org_asides import org_asides
from tracer.model import Credit

# "… contributed." / "… contributed to this report" / "… contributed from Paris", never "… contributed to the fund"
_CONTRIB = re.compile(r"^(?P<names>.{2,160}?)\s+(?:" + alternation("contributed") + r")\b"
                      r"(?=\s*(?:$|[.;,)!]|(?:from|in|and|reporting|to\s+th(?:is|e)\s+(?:report|story|article))\b))", _F)
_REPORTED_FROM = re.compile(r"^(?P<names>[^,;:]{2,80}?)\s+(?:" + alternation("reported_from") + r")\s+[A-Z]")
# the verb 'to be' of a bio ('is', 'ist', 'är', 'er', 'on', 'este', 'είναι'; lexicon bio_copulas), or the dash
# Russian and Ukrainian write for it ('Анна Роева — корреспондент ТАСС')
_BIO = re.compile(r"^(?:(?:" + alternation("name_articles") + r")\s+)?(?P<names>[^,;:]{4,60}?)\s+(?:(?:(?:"
                  + alternation("bio_copulas") + r")\s+|[—–]\s*)"
                  r"(?:a|an|the|ein|eine|un|une|una|uma|en|ett|et)?\s*"
                  r"[^.]{0,60}?\b(?:" + alternation("bio_roles") + r")\b|(?:covers|writes (?:about|for)|reports (?:on|for)|wrote (?:this|today)(?:['’]s)?|(?:may|can) be reached at)\s)", re.U)
_BIO_PLURAL = re.compile(r"^(?P<names>[^,;:]{4,60}?(?:,\s*[^,;:]{4,40}?)*,?\s+and\s+[^,;:]{4,40}?)\s+are\s+"
                         r"(?:the\s+)?[^.]{0,60}?\b(?:" + alternation("bio_roles") + r")s\b")
_MORE_FROM = re.compile(r"(?:;\s*|\s(?:and|und|y|et)\s+)(?P<names>[A-Z][^,;:]{2,40}?)\s+(?:(?:"
                        + alternation("reported_from") + r")|from)\s+[A-Z]")
_BIO_VERBS = frozenset(("covers", "writes", "reports", "wrote", "reached"))  # _BIO's verbs without a role word
# a role word, with an ending or none ('munkatársa', 'muhabiridir', 'toimittaja'): one search of a short line for
# `_bio_of`
_ROLE_STEM = re.compile(r"(?<!\w)(?:" + "|".join(sorted({re.escape(r.casefold()) for r in LEXICON["bio_roles"]
                                                          if " " not in r and len(r) >= 6}, key=len, reverse=True))
                        + r")")
# A guest writer's bio that names no newsroom role: 'Jane Roe holds a Ph.D. in …', '… teaches …', '… is a
# senior fellow at …', '… schreibt über …' (lexicon bio_phrases, bio_academic_roles). Read only as the first
# sentence of a short closing line without reported speech ('John Doe teaches there, he said' is prose).
_BIO_MORE = re.compile(r"^(?P<names>[^,;:()]{4,60}?)\s+(?:(?:" + alternation("bio_phrases") + r")\s"
                       r"|(?:is|was|ist|war|est|es|è|é|jest)\s+(?:a|an|the|ein|eine|un|une|una|uma)?\s*[^.,]{0,40}?\b(?:"
                       + alternation("bio_academic_roles") + r")\b)", re.U)
_BIO_MORE_WORDS = triggers("bio_phrases") | triggers("bio_academic_roles")
# reported speech as a set of words (the last of each phrase: 'a déclaré' → 'déclaré'), tested on a line's words
_SPEECH_WORDS = frozenset(re.findall(r"\w+", p.casefold())[-1] for p in LEXICON["speech_verbs"])
# 'Jane Roe, a senior fellow at the Example Institute, is the author of …': the bio with an apposition between
# the name and its verb (read where _BIO_MORE is: the first sentence of a short closing line)
_BIO_APPOS = re.compile(r"^(?P<names>[^,;:()]{4,60}?),\s+[^,;:()]{3,120}?,\s+(?:is|was|ist|est|es|è|é)\s+"
                        r"(?:a|an|the|ein|eine|un|une|una|uma)?\s*[^.,]{0,40}?\b(?:"
                        + alternation("bio_roles") + "|" + alternation("bio_academic_roles") + r")\b", re.U)
_APPOS_WORDS = triggers("bio_roles") | triggers("bio_academic_roles")
_CONTRIB_WORDS = triggers("contributed")
_ANY_BIO_WORDS = _APPOS_WORDS | _BIO_MORE_WORDS
# '… a member of Example Weekly's Board of Contributors', '… a contributing writer for Example Weekly': the
# outlet a bio says the writer writes for (credited when the gazetteer knows it)
_WRITES_FOR = re.compile(r"(?:contributors?|columnists?|writers?|correspondents?|editors?|contributing\s+\w+)\s+"
                         r"(?:to|for|at)\s+(?:the\s+)?$|^\s*['’]s?\s+(?:board\s+of\s+contributors|contributors|"
                         r"columnists|contributing\s+\w+|opinion)\b", re.I)
_FORMER = re.compile(r"(?<!\w)(?:" + alternation("former_words") + r")(?!\w)", re.I)
# "About the author: Jane Roe is …", "Zur Autorin: …": a label that says the sentence is the writer's bio
_BIO_LABEL = re.compile(r"^\s*(?:" + alternation("bio_labels") + r")\s*:\s*(?=[A-ZÀ-ÞА-Я])", re.I)
# "The author, Jane Roe, is a fellow at …", "L'auteur, Jean Dupont, est …": the label in apposition (its
# name's closing comma is blanked, same length, so the bio forms read 'Jane Roe  is …')
_BIO_LABEL_APPOS = re.compile(r"^\s*(?:" + alternation("bio_labels") + r")\s*,\s*(?=[A-ZÀ-ÞА-Я])", re.I)
_APPOS_NAME_END = re.compile(r"([^,;:()]{4,60}?)(,)(?=\s+(?:is|was|has been|ist|war|est|était|es|era|è|é|jest|je)\s)")
# What stands between a writer's name and her bio's verb: a degree ('Jane Roe, Ph.D., is …') or her handle
# ('Jane Roe (@janeroe) covers …'); blanked (same length) before the bio forms are tried
_BIO_ASIDE = re.compile(r",\s*(?:" + "|".join(re.escape(d) for d in LEXICON["degrees"]) + r")\.?\s*,(?=\s)"
                        r"|\s\(@\w{1,30}\)(?=\s)")
_LINE_LABEL = re.compile(r"^(?:" + alternation("author_lines") + r")\s+")  # "Contact Jane Roe at …"
_AUTHOR_LINE = re.compile(r"^\s*(?:" + alternation("author_lines") + r")\s+(?P<names>[^@\n]{3,80}?)\s+"
                          r"(?:at|on|via|an|à|a)\s+(?:[\w.+-]+@|twitter|x\b|@|facebook|instagram|linkedin)", _F)
_MATERIAL = re.compile(r"\s*[-—–]*\s*(?:" + alternation("material_from") + r")\s+(?P<names>[^()\n]{2,80}?)"
                       r"(?:\s+(?:was|were|is|has been)\s+used\b.*|\s*[.)]?\s*)$", _F)

# what follows "contributed" when a picture's maker is credited: "photos", "photography", "video"
_PHOTO_WORK = re.compile(r"\s+(?:the\s+|additional\s+)?(?:" + alternation("photo_words") + r")\b", _F)

# A sentence's end: '.', '!' or '?' and a space, not after an initial ('J.') or a title ('Mr.'). The mark
# comes first and the tests of what precedes it after, so the scan jumps from mark to mark (ten times
# faster than the lookbehinds first).
_SENTENCE_END = re.compile(r"[.!?](?<![A-Z][.!?])(?<!\b[A-Z][a-z][.!?])(?:\s+|$)")


def _sentences(line: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(line):
        out.append((pos, line[pos: m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return out


def _sentences_tail(line: str, start: int, gaz: Gazetteer) -> list[Credit]:
    """'X contributed to this report', 'X reported from Y', 'X is a reporter for Y'."""
    out: list[Credit] = []
    body = line.strip(" ()[]—–-_")
    # The cheap tests first, once for the line: a sentence's words are among its line's, so a form whose
    # words (the longest of each phrase) the line lacks matches in none of its sentences. Case-blind forms
    # are tested so only on ASCII lines, where lower-casing is exactly what re.I compares.
    low_body = body.lower()
    low_words = words(low_body)
    material = not triggers("material_from").isdisjoint(low_words)
    reported = not triggers("reported_from").isdisjoint(low_words)
    author = not body.isascii() or not triggers("author_lines").isdisjoint(low_words)
    bio = not (triggers("bio_roles").isdisjoint(low_words) and _BIO_VERBS.isdisjoint(low_words))
    # a role word with an ending ('munkatársa', 'muhabiridir') for the bio without a verb (`_BIO_OF`)
    bio_of = len(body) <= 160 and _ROLE_STEM.search(low_body) is not None
    contrib = not _CONTRIB_WORDS.isdisjoint(low_words)  # "Juan Pérez colaboró en este reportaje"
    plural = " are " in low_body and any(w[-1:] == "s" and w[:-1] in triggers("bio_roles") for w in low_words)
    more_bio = appos = False
    if len(body) <= MAX_LINE and not _ANY_BIO_WORDS.isdisjoint(low_words) and _SPEECH_WORDS.isdisjoint(low_words):
        more_bio = not _BIO_MORE_WORDS.isdisjoint(low_words)
        # 'Jane Roe, a senior fellow at …, is the author of …': a role word and a comma, no reported speech
        appos = "," in body and not _APPOS_WORDS.isdisjoint(low_words)
    if not (material or reported or author or bio or bio_of or contrib or more_bio or appos or plural) \
            and "contribut" not in low_body \
            and ":" not in body[:40]:
        return out  # no form's words in the line (and no bio label): no sentence of it can match
    for k, (off, sent) in enumerate(_sentences(body)):
        label = _BIO_LABEL.match(sent) if k == 0 and ":" in sent[:40] else None
        if not label and k == 0 and "," in sent[:40]:
            label = _BIO_LABEL_APPOS.match(sent)
            if label and not _APPOS_NAME_END.match(sent, label.end()):
                label = None
        if label:  # "About the author: Jane Roe is …": the rest is the writer's bio
            off, sent = off + label.end(), sent[label.end():]
            sent = _APPOS_NAME_END.sub(r"\1 ", sent, count=1) if label.group(0).rstrip()[-1:] == "," else sent
            bio = more_bio = True
        off += len(line) - len(line.lstrip(" ()[]—–-_"))
        low_sent = sent.lower()
        m = _CONTRIB.match(sent) if "contribut" in low_sent or (contrib and has_trigger(low_sent, "contributed")) \
            else None
        if m:
            # "Jane Roe (AP) contributed", "Jana Roe von der dpa hat … mitgearbeitet": her outlet beside her
            names = org_asides(re.sub(r"\s+also$", "", m.group("names")), gaz)
            ctx = Ctx(zone="footer", evidence=sent.strip(), org_role="contributor", person_role="contributor",
                      confidence=0.85, single=True)
            titled = _titled_writer(names, gaz) if " " in names.strip() else None
            if titled:  # "La corresponsal de EFE Lucía Roe colaboró …", "dpa-Korrespondentin Jana Roe hat …"
                skip, wires = titled
                out += [_org(org, alias, start + off + m.start("names") + a, ctx) for a, org, alias in wires]
            else:
                skip = _title_before_name(names, gaz)  # "Staff writer Jane Roe contributed"
            found = read_names(names[skip:], start + off + m.start("names") + skip, ctx, gaz)
            if _PHOTO_WORK.match(sent[m.end():]):  # "Jane Roe contributed photos": the pictures' maker
                found = [replace(c, role="photo") for c in found]
            out += found
            continue
        m = _MATERIAL.match(sent) if material and has_trigger(sent.lower(), "material_from") else None
        if m:  # "Material from the Associated Press was used in this report."
            ctx = Ctx(zone="footer", evidence=sent.strip(), org_role="contributor", confidence=0.85)
            names = _LOWER_THE.sub("", m.group("names"))
            shift = len(m.group("names")) - len(names)
            out += [c for c in read_names(names, start + off + m.start("names") + shift, ctx, gaz)
                    if c.kind == "organization"]
            continue
        m = _REPORTED_FROM.match(sent) if reported else None
        if m:
            # "Colvin reported from Glasgow": a surname alone names no one for sure.
            ctx = Ctx(zone="footer", evidence=sent.strip(), person_role="author", confidence=0.8)
            out += [c for c in read_names(m.group("names"), start + off, ctx, gaz) if c.kind == "person"]
            # "…; John Doe reported from Exampletown", "… and John Doe from Exampletown": the next writer
            for more in _MORE_FROM.finditer(sent, m.end()):
                out += [c for c in read_names(more.group("names"), start + off + more.start("names"), ctx, gaz)
                        if c.kind == "person" and not is_place(c.name)]
            continue
        m = _AUTHOR_LINE.match(sent) if author else None
        if m:  # "Write to Jane Roe at jane.roe@wsj.com", "Follow Jane Roe on Twitter"
            ctx = Ctx(zone="footer", evidence=sent.strip()[:160], person_role="author", confidence=0.7)
            pairs = list(re.finditer(r"(?P<n>[A-Z][\w.'’ -]{2,40}?)\s+at\s+[\w.+-]+@[\w.-]+", sent))
            if pairs:
                for p in pairs:
                    n = _LINE_LABEL.sub("", re.sub(r"^(?:.*\b(?:to|and|und|y|et)\s+)", "", p.group("n")))
                    if is_person(n):
                        out.append(_person(n, start + off + p.end("n") - len(n), ctx))
            else:  # "Reach reporter Jane Roe at 555-0100": the title before her name is skipped
                skip = _title_before_name(m.group("names"), gaz)
                out += [c for c in read_names(m.group("names")[skip:], start + off + m.start("names") + skip, ctx, gaz)
                        if c.kind == "person"]
            continue
        shown = sent
        if (bio or more_bio) and ("(" in sent or "," in sent[:80]):
            sent = _bio_asides(sent)
        m = _BIO.match(sent) if bio else None
        if not (m and is_person(m.group("names"))) and more_bio and (k == 0 or label):
            m = _BIO_MORE.match(sent)
        if not (m and is_person(m.group("names"))) and k == 0 and appos and "," in sent:
            m = _BIO_APPOS.match(sent)
        if not (m and is_person(m.group("names"))) and plural and k == 0 and " are " in sent:
            plural = _BIO_PLURAL.match(sent)  # "Jane Roe and John Doe are reporters for the Ledger."
            names = list(split_names(plural.group("names"))) if plural else []
            if len(names) >= 2 and all(is_person(n.text) for n in names):
                ctx = Ctx(zone="footer", evidence=shown.strip()[:160], person_role="author", confidence=0.75)
                out += [_person(n.text, start + off + n.offset, ctx) for n in names]
                continue
        if m and is_person(m.group("names")):
            ctx = Ctx(zone="footer", evidence=shown.strip()[:160], person_role="author", confidence=0.75)
            out += [_person(m.group("names"), start + off + m.start("names"), ctx)]
            # "Jane Roe is an Associated Press writer": the wire the bio names is the text's source.
            rest = sent[m.end("names"):]
            named = gaz.find_all(rest)
            for a, b, org, alias in named:
                if (org.is_wire and not _cited(rest[:a])) \
                        or ((_WRITES_FOR.search(rest[max(0, a - 40):a]) or _WRITES_FOR.match(rest[b:b + 40]))
                            and not _FORMER.search(rest[:a])):  # 'a former columnist for …' writes there no more
                    out.append(_org(org, alias, start + off + m.end("names") + a, ctx))
            if not named:  # '… — кореспондентка Укрінформу': the wire in the case the role governs
                out += [_org(org, w.group(0), start + off + m.end("names") + w.start(), ctx)
                        for w in _CAP_WORD.finditer(rest) if (org := gaz.lookup_inflected(w.group(0))) and org.is_wire]
            continue
        if bio_of:  # 'Jana Roe az MTI munkatársa', 'Elif Roe Anadolu Ajansı muhabiridir': the name, the wire, the role
            out += _bio_of(sent, start + off, gaz, shown)
    return out


_CAP_WORD = re.compile(r"(?<!\w)[^\W\d_a-zа-яёіїєґα-ω]\w{4,}")
# a bio without the verb 'to be', as Hungarian and Turkish write it: the name, an article, a wire, its writer's
# role with the language's endings ('munkatársa', 'muhabiridir'), and nothing after
# before the wire: the verb 'to be' (Finnish 'on' only here, where the wire and the role must follow: in English
# 'on' is no verb) and an article; after it: its case ending ('STT:n', 'AA'nın') and the role closing the sentence
_ARTICLE_END = re.compile(r"(?:\s(?:" + alternation("bio_copulas") + r"|on))?(?:,|\s(?:az|a|the))?\s*$")
_ROLE_AFTER = re.compile(r"^(?:[:'’]?\w{1,4})?\s+(?:" + alternation("bio_roles") + r")\w{0,5}\s*[.!]?\s*$", re.I)


def _bio_of(sent: str, pos: int, gaz: Gazetteer, shown: str) -> list[Credit]:
    """A writer's bio that names her, then the wire she writes for, then her role in its case: the
    writer and the wire (`_ROLE_AFTER` must close the sentence, so 'X a Reuters munkatársának
    elmondta, …', someone speaking to a wire's writer, is no bio)."""
    for a, b, org, alias in gaz.find_all(sent):
        if not org.is_wire or not _ROLE_AFTER.match(sent[b:]):
            continue
        names = _ARTICLE_END.sub("", sent[:a]).strip()
        if 4 <= len(names) <= 60 and is_person(names) and not _cited(sent[:a]):
            ctx = Ctx(zone="footer", evidence=shown.strip()[:160], person_role="author", confidence=0.75)
            return [_person(names, pos + sent.find(names), ctx), _org(org, alias, pos + a, ctx)]
    return []


def _bio_asides(sent: str) -> str:
    """`sent` with a degree or a handle after the name blanked (`_BIO_ASIDE`), offsets kept."""
    return _BIO_ASIDE.sub(lambda a: " " * len(a.group(0)), sent)


def _titled_writer(names: str, gaz: Gazetteer) -> tuple[int, list[tuple[int, Org, str]]] | None:
    """Where the writer's name starts after her role and her outlet ('La corresponsal de EFE Lucía Roe',
    'dpa-Korrespondentin Jana Roe', 'Il corrispondente dell'ANSA Giulia Roe'), and the known outlets
    named before it (none: 'Die Korrespondentin Jana Roe'); None unless a role word (lexicon bio_roles,
    with its endings) stands before a person's name, with no organisation in it, that closes the string."""
    words = list(re.finditer(r"\S+", names[:120]))
    for k in range(1, len(words) - 1):
        head = names[: words[k].start()]
        if _ROLE_STEM.search(head.casefold()) is None:
            continue
        rest = names[words[k].start():].strip()
        parts = list(split_names(rest))
        if not parts or gaz.find_all(rest) or any(len(p.text.split()) > 4 or not is_person(p.text) for p in parts):
            continue
        # the role before the outlet vouches for a short code ('correspondante de l'AFP')
        return words[k].start(), [(a, org, alias) for a, _b, org, alias in gaz.find_all(head)]
    return None


def _title_before_name(names: str, gaz: Gazetteer) -> int:
    """Where the names start after a job title ('Staff writer Jane Roe', 'Times staff writer
    Jane Roe and John Doe'); 0 when the string opens with a name or a known outlet."""
    words = list(re.finditer(r"\S+", names[:80]))
    # the cheap test first: a job title must end one of the first words ('writer', 'Reporterin')
    k = next((k for k in range(1, min(len(words) - 1, 5)) if is_job_title(words[k - 1].group(0))), None)
    if k is None:
        return 0
    first = next(iter(split_names(names)), None)
    if first is None or first.offset or is_person(first.text) or gaz.prefix(first.text) is not None:
        return 0
    rest = words[k].start()
    return rest if rest < len(first.text) and is_person(first.text[rest:]) else 0
