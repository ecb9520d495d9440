from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from tracer import api
from tracer.cli._app import (
    Db,
    app,
    console_out,
    reads_articles,
    report_errors,
    write,
)
from tracer.reports import DOCUMENT_FORMATS, render_document, trace_json, trace_text
from tracer.sources import ReadOptions

FORMATS = ("text", "json", *DOCUMENT_FORMATS)
Out = Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to this file instead of stdout.")]


def emit(text: str, out: Path | None) -> None:
    """Write a document report to a file (UTF-8) or stdout."""
    if out is None:
        write(text.rstrip("\n"))
    else:
        out.write_text(text, "utf-8")


@app.command("trace")
@reads_articles()
def trace_cmd(
    target: Annotated[str, typer.Argument(help="The article to trace: URL or file.")],
    corpus: Annotated[list[str] | None, typer.Option("--corpus", "-c", help="Articles to trace it against "
                                                      "(repeatable; files, directories, URLs).")] = None,
    format: Annotated[Literal["text", "json", "md", "html", "prov"], typer.Option("--format", "-f", help="Output format.")] = "text",
    out: Out = None,
    db: Db = None,
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """The lineage of one article: its origin, intermediaries and copies, with the evidence."""
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    result = api.trace(target, corpus or [], opts, db=db)
    if format == "json":
        emit(trace_json(result), out)
        return
    report_errors(result.errors)
    if format == "text":
        trace_text(result, console_out)
    else:
        emit(render_document([result.story()], format, title=f"tracer trace: {result.article.title or target}"),
             out)
