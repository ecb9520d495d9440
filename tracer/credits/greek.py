"""A Greek byline's name back in the nominative.

Greek bylines put the writer's name in the case their label governs: 'Του Γιώργου
Παπαδόπουλου' (genitive, 'by'), 'Από τον Γιώργο Παπαδόπουλο' (accusative), 'Της Μαρίας
Νικολάου'. The writer is 'Γιώργος Παπαδόπουλος' and 'Μαρία Νικολάου'. Only endings that
belong to one nominative are changed:

* a man's name: a genitive or accusative in -η or -α is a nominative in -ης or -ας (no man's
  nominative ends so); an accusative in -ο is one in -ος; a given name's genitive in -ου is
  a nominative in -ος, and so is a surname's in -πουλου. Other surnames in -ου
  ('Νικολάου', 'Γεωργίου') are the same in every case and stay.
* a woman's name: a given name's genitive in -ας or -ης loses its -ς ('Μαρίας' → 'Μαρία');
  her surname is the same in every case.
"""

from __future__ import annotations

import unicodedata

from tracer.credits.lexicon import LEXICON

# the byline labels (lexicon byline_prefixes 'el') by the case and gender they govern
_LABELS = {"του": ("gen", "m"), "της": ("gen", "f"), "απο τον": ("acc", "m"), "απο την": ("acc", "f")}


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()  # lower, not casefold: 'ς' stays final
    return " ".join(w[:-1] + "ς" if w.endswith("σ") else w for w in s.split())


def governed(prefix: str) -> tuple[str, str] | None:
    """The case and gender a Greek byline label governs, or None (any other label)."""
    return _LABELS.get(_plain(prefix))


def nominative(name: str, case: str, gender: str) -> str:
    """`name` (a Greek byline's writer, in `case`) in the nominative."""
    words = name.split()
    if not words or not all(_greek(w) for w in words):
        return name
    out = []
    for i, w in enumerate(words):
        last = i == len(words) - 1 and len(words) > 1
        out.append(_male(w, case, last) if gender == "m" else _female(w, last))
    return " ".join(out)


def _greek(w: str) -> bool:
    return any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in w)


def _male(w: str, case: str, surname: bool) -> str:
    p = _plain(w)
    if p.endswith(("η", "α")):
        return w + "ς"
    if case == "acc" and p.endswith("ο"):
        return w + "ς"
    if case == "gen" and p.endswith("ου") and (not surname or p.endswith("πουλου")):
        return w[:-1] + ("ς" if w[-1].islower() else "Σ")
    return w


def _female(w: str, surname: bool) -> str:
    p = _plain(w)
    if not surname and p.endswith(("ας", "ης")):
        return w[:-1]
    return w


# Accents that capitals drop ('ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ'), put back where the word's form fixes them: a
# common given name (lexicon greek_given_names) or a surname's ending whose stress never moves
# ('-όπουλος', '-άκης', '-ίδης', '-ίου'; greek_surname_endings). Other words stay as they are.
_GIVEN = {_plain(n): n for n in LEXICON["greek_given_names"]}
_ENDINGS = sorted(((_plain(e), e) for e in LEXICON["greek_surname_endings"]), key=lambda x: -len(x[0]))


def accented(name: str) -> str:
    """A Greek name read from capitals with the accents its words' forms fix."""
    out = []
    for w in name.split():
        if not _greek(w) or any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", w)):
            out.append(w)
            continue
        p = _plain(w)
        if p in _GIVEN:
            out.append(_GIVEN[p])
            continue
        for plain_end, end in _ENDINGS:
            if p.endswith(plain_end) and len(p) > len(plain_end):
                stem = w[: len(w) - len(plain_end)]
                w = stem + end
                break
        out.append(w)
    return " ".join(out)
