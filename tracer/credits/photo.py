"""Photographers named in a picture credit ('Foto: Jane Roe/dpa', 'Photo by Jane Roe for Example',
'Fot. Jane Roe'): each as a person with the role `photo`, so a page's picture credit says who took it
while never standing as the text's author or source (CONTRACT: photo credits are kept, never a
text's source).

Only a name right after a photo label counts: a caption's own words ('Jane Roe at the quay.
Photo: …') name who is pictured, not who took the picture."""

from __future__ import annotations

import re
from functools import lru_cache

from tracer.credits.lexicon import LEXICON
from tracer.credits.names import clean_name, is_person, split_names

_WORDS = sorted({w.rstrip(":.") for w in LEXICON["photo_words"] + LEXICON["photo_abbreviations"]
                 if not w.isupper() and " " not in w and w[:1].isupper()}, key=len, reverse=True)
# the label: a photo word with a colon, or with a 'by' word, or an abbreviation's dot ('Fot.')
_LABEL = re.compile(r"(?:^|(?<=[\s.;|·•(]))(?:" + "|".join(re.escape(w) for w in _WORDS) + r")s?"
                    r"(?:\s*:|\.|/|\s+(?:by|von|de|di|par|por|af|av|door|od|от)\b)\s*", re.I)
# the credit ends at an agency's slash, a bracket, a bar, a sentence's end or the next label
_END = re.compile(r"\s*(?:/|\||\(|\)|·|•|;|\s[-–—]\s|\.\s|\s(?:for|für|pour|para|per|voor|för|for)\s|$)")


# 'Foto: Archivo Example', 'Photo: Courtesy Jane Roe', 'Foto: privat': an archive, a handout, no photographer
_NOT_PHOTOGRAPHER = frozenset(w.casefold() for w in LEXICON["not_photographer_words"])


@lru_cache(maxsize=4096)
def photographers(text: str) -> tuple[str, ...]:
    """The persons a picture credit names after its label, in order."""
    out: list[str] = []
    for m in _LABEL.finditer(text):
        rest = text[m.end():]
        end = _END.search(rest)
        for part in split_names(rest[:end.start()] if end else rest):
            name = clean_name(part.text)
            if is_person(name) and name not in out and not any(w.casefold() in _NOT_PHOTOGRAPHER for w in name.split()):
                out.append(name)
    return tuple(out)
