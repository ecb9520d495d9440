"""A writer's outlet beside her name in a contributor line: 'Jane Roe (AP) contributed',
'Mitarbeit: Jana Roe (dpa)', 'Jana Roe von der dpa hat an diesem Artikel mitgearbeitet',
'Claire Roe, de l'AFP, a contribué …'.

The names reader splits names at commas and 'and', so the aside is rewritten, keeping every
offset, into the comma form it reads already ('Jane Roe, AP '): the brackets or the linking
word ('of', 'von der', 'de l'', 'dell'', 'z', lexicon org_links) become a comma and blanks.
Only before an organisation the gazetteer knows, closing the names or followed by another
name: 'Jane Roe of Exampleville' and 'Jana von Roe' keep their words.
"""

from __future__ import annotations

import re

from tracer.credits.gazetteer import Gazetteer
from tracer.credits.lexicon import alternation

_LINK = re.compile(r"\s+(?:" + alternation("org_links") + r")(?:\s+|(?<=['’]))$", re.I)
_AFTER = re.compile(r"\s*(?:$|,|;|\s(?:and|und|et|y|e|i|en|og|och|ja|a|és|ve|și|и|і|και)\s)")


def org_asides(names: str, gaz: Gazetteer) -> str:
    """`names` with each known organisation's aside in the comma form (same length)."""
    if "(" not in names and " " not in names:
        return names
    out = names
    for a, b, _org, _alias in gaz.find_all(names):
        if not _AFTER.match(names, b) and not (names[b:b + 1] == ")" and _AFTER.match(names, b + 1)):
            continue
        if a >= 2 and names[a - 2:a] == " (" and names[b:b + 1] == ")":  # 'Jane Roe (AP)'
            out = out[:a - 2] + ", " + out[a:b] + " " + out[b + 1:]
            continue
        link = _LINK.search(names, 0, a)
        if link is not None and link.start() > 0 and names[link.start() - 1:link.start()] not in (",", "("):
            # 'Jana Roe von der dpa': the link word blanked behind a comma
            out = out[:link.start()] + "," + " " * (link.end() - link.start() - 1) + out[link.end():]
    return out
