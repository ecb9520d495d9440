"""Names a source label gives that are sources of facts, not of the text.

'Quelle: dpa' under a story credits the agency whose copy it is; 'Quelle: Statistisches
Bundesamt', 'Fuente: Instituto Nacional de Estadística', 'Źródło: Główny Urząd Statystyczny'
or 'Source: Study of the University of Exampleville' under a chart or a paragraph of figures
name where the numbers come from. An unknown name there is a source of the text only when
nothing in it says it is an office, a ministry, a study or an institute, or a government's or
a university's host. A name the gazetteer knows, a name with an outlet's word ('Example
Zeitung') or an agency's noun is never one of these: those are read as before.
"""

from __future__ import annotations

import re

from tracer.credits.gazetteer import fold
from tracer.credits.lexicon import LEXICON
from tracer.credits.names import is_domain, is_institution, is_org_name, is_outlet_name

# stems matched inside a name's folded words ('Rijksinstituut', 'Statistiska centralbyrån', 'Bundesministerium')
_STEMS = tuple(fold(s) for s in LEXICON["fact_source_stems"])
_AGENCY = re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in LEXICON["agency_nouns"]) + r")\b")
# a government's, a university's or an army's host: 'insee.gouv.fr', 'ine.gob.es', 'stat.gov.pl', 'example.edu'
_PUBLIC_HOST = re.compile(r"(?:^|\.)(?:gov|gouv|gob|govt|gv|edu|ac|mil)(?:\.[a-z]{2,3})?$", re.I)


def is_fact_source(name: str) -> bool:
    """Does `name`, read after a source label, name an office, a ministry, a study, an institute or
    a public host (a source of facts) rather than an outlet or an agency (a source of the text)?"""
    s = name.strip()
    if not s:
        return False
    if is_domain(s):
        return bool(_PUBLIC_HOST.search(s.removeprefix("www.")))
    if is_outlet_name(s, lead=True):
        return False
    folded = fold(s)
    if _AGENCY.search(folded):  # 'Example News Agency', 'Agencia Ejemplo'
        return False
    words = folded.split()
    return is_org_name(s) or is_institution(s) or any(stem in w for w in words for stem in _STEMS)
