from __future__ import annotations

from typing import Annotated, Literal

import typer

from tracer import api
from tracer.cli._app import (
    Db,
    Inputs,
    app,
    console_out,
    progress_bar,
    reads_articles,
    report_errors,
)
from tracer.cli.commands.trace import FORMATS, Out, emit
from tracer.reports import corpus_json, corpus_text, render_document
from tracer.sources import ReadOptions


@app.command("report")
@reads_articles(feed=True)
def report_cmd(
    inputs: Inputs,
    format: Annotated[Literal["text", "json", "md", "html", "prov"], typer.Option("--format", "-f", help="Output format.")] = "text",
    out: Out = None,
    threshold: Annotated[float | None, typer.Option("--threshold", help="Minimum similarity or containment "
                                                     "for two articles to be copies.")] = None,
    title: Annotated[str, typer.Option("--title", help="Title of the md/html report.")] = "tracer lineage report",
    db: Db = None,
    translations: Annotated[bool, typer.Option("--translations/--no-translations",
                                               help="Also find translated copies across languages (anchor "
                                                    "alignment), as trace does.")] = True,
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """The lineage of every story in a corpus: origins, copies, credits and undisclosed reuse."""
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    with progress_bar() as prog:
        task = prog.add_task("reading", total=None)
        result = api.report(inputs, opts, db=db, threshold=threshold, progress=lambda: prog.advance(task),
                            translations=translations)
    if format == "json":
        emit(corpus_json(result), out)
    else:
        report_errors(result.errors)
        if format == "text":
            corpus_text(result, console_out)
        else:
            n_und = sum(len(s.lineage.undisclosed) for s in result.stories)
            summary = (f"{len(result.ids)} articles, {len(result.stories)} stories with copies, "
                       f"{n_und} undisclosed copies")
            emit(render_document(result.stories, format, title=title, summary=summary), out)
    if not result.ids:
        raise typer.Exit(1)
