from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

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
from tracer.cli.commands.trace import FORMATS, emit
from tracer.reports import corpus_json, corpus_text, render_document
from tracer.reports.html import html_pages
from tracer.sources import ReadOptions


@app.command("report")
@reads_articles(feed=True)
def report_cmd(
    inputs: Inputs,
    format: Annotated[str, typer.Option("--format", "-f", help="text, json, md, html or prov.")] = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to this file instead of stdout; "
                                             "with -f html and a directory (DIR/ or a name without a suffix): "
                                             "index.html and one file per story.")] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", help="Minimum similarity or containment "
                                                     "for two articles to be copies.")] = None,
    title: Annotated[str, typer.Option("--title", help="Title of the md/html report.")] = "tracer lineage report",
    db: Db = None,
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """The lineage of every story in a corpus: origins, copies, credits and undisclosed reuse."""
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    with progress_bar() as prog:
        task = prog.add_task("reading", total=None)
        result = api.report(inputs, opts, db=db, threshold=threshold, progress=lambda: prog.advance(task))
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
            if format == "html" and out is not None and _is_dir(out):
                n = write_pages(html_pages(result.stories, title=title, summary=summary), out)
                typer.echo(f"tracer: wrote {n} files to {out} (open {out / 'index.html'})", err=True)
            else:
                emit(render_document(result.stories, format, title=title, summary=summary), out)
    if not result.ids:
        raise typer.Exit(1)


def _is_dir(out: Path) -> bool:
    """`-o DIR` (an existing directory, a path ending in /, or one without a suffix): one file per story."""
    return out.is_dir() or str(out).endswith(("/", "\\")) or not out.suffix


def write_pages(pages: Iterable[tuple[str, str]], out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, text in pages:
        (out / name).write_text(text, "utf-8")
        n += 1
    return n
