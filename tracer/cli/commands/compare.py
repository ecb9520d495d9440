"""`tracer compare --pairs PAIRS.jsonl`: score article pairs in any languages."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from tracer.cli._app import app, fail, write
from tracer.compare import compare_pairs
from tracer.reports.json import dumps
from tracer.untrusted import terminal_safe


@app.command("compare")
def compare_cmd(
    pairs: Annotated[str, typer.Option("--pairs", help='JSON Lines of {"id", "a", "b"} (optional a_lang, '
                                                       'b_lang); - for stdin.')],
    format: Annotated[Literal["jsonl", "text"], typer.Option("--format", "-f", help="Output format.")] = "jsonl",
) -> None:
    """Score how much of one text is a copy or a translation of the other, per pair."""
    if format not in ("jsonl", "json", "text"):
        raise typer.BadParameter("use jsonl or text", param_hint="--format")
    try:
        fh = sys.stdin if pairs == "-" else open(pairs, encoding="utf-8", errors="replace")
    except OSError as exc:
        fail(f"cannot read {pairs}: {exc.strerror or exc}")
        return
    n_ok = 0
    with fh:
        for row in compare_pairs(fh):
            if row.get("errors"):
                for e in row["errors"]:
                    print(terminal_safe(f"tracer: {e['input']}: {e['error']}"), file=sys.stderr)
            else:
                n_ok += 1
            if format == "text":
                if row.get("score") is not None:
                    write(f"{terminal_safe(str(row['id']))}\t{row['score']:.4f}\t{'same' if row['same_story'] else 'different'}\t"
                          f"{row['method']}")
            else:
                write(dumps(row))
    if n_ok == 0:
        raise typer.Exit(1)
