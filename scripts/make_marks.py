#!/usr/bin/env python3
"""Build tracer/_marks.py: every combining mark (Unicode category M) as a regex class body.

    python scripts/make_marks.py

Python's `\\w` leaves combining marks out, so the word regex cut a decomposed (NFD)
"é", an Arabic letter with its hamza, and every Devanagari or Bengali vowel sign out of its
word. The tokeniser takes marks as word characters (`tracer.token_scan.MARKS`). The list is
kept as data, written once from this Python's Unicode database, so that tokens (and so
signatures) do not change with the Python version that runs tracer.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tracer" / "_marks.py"


def ranges() -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = None
    for c in range(sys.maxunicode + 2):
        mark = c <= sys.maxunicode and unicodedata.category(chr(c)).startswith("M")
        if mark and start is None:
            start = c
        elif not mark and start is not None:
            out.append((start, c - 1))
            start = None
    return out


def esc(c: int) -> str:
    return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"


def main() -> int:
    rs = ranges()
    items = [esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in rs]
    lines = [""]
    for it in items:  # lines of whole items (an escape is never cut)
        if len(lines[-1]) + len(it) > 96:
            lines.append("")
        lines[-1] += it
    text = ['"""Every combining mark (Unicode category M), as the body of a regex character class.',
            "",
            f"Written by scripts/make_marks.py from Unicode {unicodedata.unidata_version}; see `tracer.token_scan.MARKS`.",
            '"""', "", "MARKS = (", *[f'    "{x}"' for x in lines], ")", ""]
    OUT.write_text("\n".join(text), encoding="utf-8")
    print(f"{OUT}: {len(rs)} ranges, {sum(b - a + 1 for a, b in rs)} code points")
    return 0


if __name__ == "__main__":
    sys.exit(main())
