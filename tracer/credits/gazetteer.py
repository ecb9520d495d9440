"""The organisations gazetteer: agencies and outlets with their aliases, as data."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from tracer.credits.lexicon import LEXICON


@dataclass(frozen=True)
class Org:
    name: str
    agency: str | None
    type: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)
    ambiguous: frozenset[str] = frozenset()

    @property
    def short(self) -> str:
        """The name used in chains: the agency short name when known."""
        return self.agency or self.name

    @property
    def is_wire(self) -> bool:
        return self.type == "agency"

    def names(self) -> tuple[str, ...]:
        """Every name this organisation goes by."""
        return (self.name, *((self.agency,) if self.agency else ()), *self.aliases)


_NONWORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case-, accent- and punctuation-insensitive key for alias lookup."""
    if s.isascii():
        return _NONWORD.sub(" ", s.casefold()).strip()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("ı", "i")  # Turkish dotless i
    return _NONWORD.sub(" ", s).strip()


_GENERIC_AGENCIES = frozenset(fold(x) for x in LEXICON["generic_agencies"])


def is_generic_agency(s: str) -> bool:
    """'Agenturen', 'Agencias', 'wires': the agencies credited as a group (lexicon generic_agencies)."""
    return fold(s) in _GENERIC_AGENCIES


def squash(s: str) -> str:
    """`fold` without its spaces: 'Example-News', 'Example News' and 'examplenews' are one key."""
    return fold(s).replace(" ", "")


def _inflected(word: str, base: str) -> bool:
    """Is `word` the folded `base` or `base` with its ending changed ('suddeutschen' of 'suddeutsche',
    'sanomissa' of 'sanomat')? Words of five letters or more only: a short word's case is another word."""
    if word == base:
        return True
    if len(base) < 5 or not word.isalpha():
        return False
    keep = max(4, len(base) - 2)
    return word[:keep] == base[:keep] and len(word) <= len(base) + 4


def _trie_regex(words: set[str]) -> str:
    """A regex matching any of `words`, shaped as their character trie ('AP', 'AP News', 'APA' →
    'AP(?: News|A)?'); at every branch the longer continuation is tried first."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return build(trie)


class Gazetteer:
    def __init__(self, orgs: list[Org]):
        self.orgs = orgs
        self._squashed: dict[str, Org] | None = None
        self._by_alias: dict[str, Org] = {}
        for org in orgs:
            for alias in (org.name, *org.aliases):
                self._by_alias.setdefault(fold(alias), org)
        aliases = {a for o in orgs for a in (o.name, *o.aliases)}
        aliases |= {a.upper() for a in aliases if len(a) > 3}  # 'REUTERS/Mike Segar', 'By REUTERS'
        # One trie-shaped regex over every alias: a position fails after one character test instead of
        # trying each alias in turn (five times faster than the flat alternation); longest alias first.
        self._pattern = re.compile(r"(?<![\w])(" + _trie_regex(aliases) + r")(?![\w])")

    def lookup(self, name: str) -> Org | None:
        return self._by_alias.get(fold(name))

    def lookup_inflected(self, name: str) -> Org | None:
        """The organisation a name stands for in a case of its own ('Süddeutschen Zeitung' after 'in
        der', 'Helsingin Sanomissa' for 'in Helsingin Sanomat'), as a repost note writes it: as many
        words as an alias, each the alias's word or that word with its ending changed (it keeps all
        but its last two letters, at least four, and adds four at most). Only where a phrase already
        says an outlet is named: elsewhere a near name is another name. A name of one word keeps all of
        itself ('Укрінформу'); an alias that is also a common word is never read so."""
        words = fold(name).split()
        if not words or len(words) > 6:
            return None
        for alias, org in self._by_alias.items():
            parts = alias.split()
            if len(parts) != len(words) or parts == words or self.is_ambiguous(alias, org):
                continue
            if len(parts) == 1:  # one word keeps all of itself: 'Интерфакса', 'Укрінформу', 'Spiegels'
                if words[0].startswith(parts[0]) and len(parts[0]) >= 5 and len(words[0]) <= len(parts[0]) + 4:
                    return org
            elif all(map(_inflected, words, parts)):
                return org
        return None

    def by_host(self, host: str) -> Org | None:
        """The organisation a host name stands for ('feeds.example-news.com' → Example News):
        its site label equals one of the organisation's names written without spaces."""
        if self._squashed is None:
            self._squashed = {}
            for org in self.orgs:
                for alias in org.names():
                    key = re.sub(r"^the", "", fold(alias).replace(" ", ""))
                    if len(key) > 3:
                        self._squashed.setdefault(key, org)
        labels = [x for x in host.lower().split(".") if x]
        if len(labels) < 2:
            return None
        labels = labels[:-1]  # the top-level domain
        if len(labels) > 1 and labels[-1] in ("co", "com", "net", "org"):
            labels = labels[:-1]
        return self._squashed.get(re.sub(r"^the", "", fold(labels[-1]).replace(" ", "")))

    def is_ambiguous(self, alias: str, org: Org) -> bool:
        return fold(alias) in {fold(a) for a in org.ambiguous}

    def prefix(self, text: str) -> tuple[Org, int] | None:
        """The known organisation `text` starts with ("CNN Supreme Court Reporter" → CNN)."""
        m = self._pattern.match(text)
        if m is None:
            return None
        org = self.lookup(m.group(1))
        return (org, m.end(1)) if org is not None else None

    def find_all(self, text: str) -> list[tuple[int, int, Org, str]]:
        """Every alias occurrence in `text` (case-sensitive, longest first), as spans."""
        out = []
        for m in self._pattern.finditer(text):
            org = self.lookup(m.group(1))
            if org is not None:
                out.append((m.start(1), m.end(1), org, m.group(1)))
        return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    data = json.loads(resources.files("tracer.credits").joinpath("gazetteer.json").read_text("utf-8"))
    orgs = []
    for o in data["organizations"]:
        amb = set(o.get("ambiguous_aliases", []))
        if o.get("ambiguous"):
            amb.add(o["agency"] or o["name"])
        orgs.append(Org(name=o["name"], agency=o.get("agency"), type=o.get("type", "outlet"),
                        wikidata=o.get("wikidata"), country=o.get("country"), aliases=tuple(o.get("aliases", [])),
                        ambiguous=frozenset(amb)))
    return Gazetteer(orgs)
