#!/usr/bin/env python3
"""Benchmark the credits parser on ~3 KB articles, against a naive baseline in the same run.

    python scripts/bench_credits.py [--articles 2000]

The articles are generated here (head and tail credit lines in several languages around
body paragraphs), so the benchmark runs anywhere. The baseline is the naive approach the
issue compares against: a keyword scan of the whole text for every agency name and alias
of the gazetteer. Printed: time per article, time per head/tail line read, and the ratio
of the parser's time to the baseline's.
"""

from __future__ import annotations

import argparse
import random
import re
import time

from tracer.credits import default_gazetteer, parse_text_credits
from tracer.credits.parser import HEAD_LINES, TAIL_LINES

HEADS = ["By Jane Roe", "Nga A2 CNN", "Von Max Mustermann", "Par Claire Dupont", "Автор: Иван Петров",
         "The Associated Press", "Paul J. Webb and Jeff Mulroy, Associated Press", "Updated 1:45 pm, June 1, 2018",
         "Photo: Frank Person/Invision/AP", "Advertisement", "Share this", "Piše: Ivana Horvat"]
DATELINES = ["WASHINGTON (AP) — ", "LONDON, July 24 (Reuters) - ", "PARIS, 12 fév (AFP) - ",
             "МОСКВА, 13 февраля. /ТАСС/. ", "ZAGREB (Hina) – ", "Hamburg (dpa/lno) - ", ""]
TAILS = ["(Reporting by John Smith; Editing by Mary Major)", "Burimi: VOA", "Quelle: dpa", "(PAP)",
         "Copyright 2018 The Associated Press. All rights reserved.", "dpa/lno", "Latest Videos",
         "CNET's Joan E. Solsman contributed to this report.", "The mayor told Reuters the plan was sound.",
         "This article was originally published on The Conversation.", "View Comments", "(FR mit dpa)"]
WORDS = ("the council said on tuesday that a new budget would raise spending on public transport and housing "
         "while opposition members argued the plan would force the city to borrow more money next year").split()


def article(rng: random.Random, size: int = 3000) -> str:
    head = rng.sample(HEADS, 3)
    body: list[str] = []
    n = 0
    while n < size - 400:
        para = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 60))).capitalize() + "."
        body.append(para)
        n += len(para)
    body[0] = rng.choice(DATELINES) + body[0]
    return "\n".join(["A headline about the budget", *head, *body, *rng.sample(TAILS, 3)])


def naive_scan(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The baseline: every agency name anywhere in the text is a credit."""
    return [m.group(0) for m in pattern.finditer(text)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = [article(rng) for _ in range(args.articles)]
    gaz = default_gazetteer()
    names = sorted({n for o in gaz.orgs for n in o.names()}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    parse_text_credits(docs[0], None, gaz)  # warm up compiled patterns
    naive_scan(docs[0], pattern)

    t0 = time.perf_counter()
    found_naive = sum(len(naive_scan(d, pattern)) for d in docs)
    t_naive = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = sum(len(parse_text_credits(d, None, gaz)) for d in docs)
    t_parse = time.perf_counter() - t0

    lines = sum(min(HEAD_LINES + TAIL_LINES, d.count("\n") + 1) for d in docs)
    avg_kb = sum(len(d) for d in docs) / len(docs) / 1000
    print(f"{len(docs)} articles of {avg_kb:.1f} KB on average; {lines / len(docs):.1f} head/tail lines read each")
    print(f"naive keyword scan : {t_naive / len(docs) * 1e3:8.3f} ms/article   ({found_naive} hits)")
    print(f"tracer credits     : {t_parse / len(docs) * 1e3:8.3f} ms/article   ({found} credits)")
    print(f"tracer per line    : {t_parse / lines * 1e6:8.1f} µs per head/tail line (target: well under 1000 µs)")
    print(f"ratio tracer/naive : {t_parse / t_naive:8.2f}x")


if __name__ == "__main__":
    main()
