from __future__ import annotations

from typing import Annotated, Literal

import typer

from tracer import api
from tracer.cli._app import (
    Inputs,
    app,
    console_out,
    reads_articles,
    report_errors,
    write,
)
from tracer.cli._upfront import warn_mapping
from tracer.model import ItemError
from tracer.reports import credits_json, credits_text
from tracer.sources import ReadOptions


@app.command("credits")
@reads_articles(feed=True, fetch_pages=True)
def credits_cmd(
    inputs: Inputs,
    format: Annotated[Literal["text", "json"], typer.Option("--format", "-f", help="text, or json (JSON Lines).")] = "text",
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """What each article declares about who produced it: bylines, datelines, footers, HTML metadata."""
    if format not in ("text", "json", "jsonl"):
        raise typer.BadParameter("use text or json", param_hint="--format")
    n_ok = n_err = 0
    warn_mapping(inputs, opts)
    for item in api.credits(inputs, opts):
        if isinstance(item, ItemError):
            n_err += 1
            report_errors([item])
            if format != "text":
                write(credits_json(item))
            continue
        n_ok += 1
        if format == "text":
            credits_text(item, console_out)
        else:
            write(credits_json(item))
    if n_ok == 0:
        raise typer.Exit(1)
