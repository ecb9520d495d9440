from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Literal

import typer

from tracer import api
from tracer.cli._app import (
    Db,
    Inputs,
    app,
    reads_articles,
    report_errors,
)
from tracer.cli._progress import ProgressMode, stage_progress
from tracer.cli._upfront import warn_mapping
from tracer.cli.commands.trace import FORMATS, emit, text_to
from tracer.reports import corpus_json, corpus_text, render_document
from tracer.reports.html import html_pages
from tracer.sources import ReadOptions


@app.command("report")
@reads_articles(feed=True)
def report_cmd(
    inputs: Inputs,
    format: Annotated[Literal["text", "json", "md", "html", "prov"], typer.Option("--format", "-f", help="Output format.")] = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to this file instead of stdout; "
                                             "with -f html and a directory (DIR/ or a name without a suffix): "
                                             "index.html and one file per story.")] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", help="Minimum similarity or containment "
                                                     "for two articles to be copies.")] = None,
    title: Annotated[str, typer.Option("--title", help="Title of the md/html report.")] = "tracer lineage report",
    db: Db = None,
    progress: ProgressMode = "auto",
    translations: Annotated[bool, typer.Option("--translations/--no-translations",
                                               help="Also find translated copies across languages (anchor "
                                                    "alignment), as trace does.")] = True,
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """The lineage of every story in a corpus: origins, copies, credits and undisclosed reuse."""
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    warn_mapping(inputs, opts)
    doc: str | None = None
    with stage_progress(progress) as prog:
        result = api.report(inputs, opts, db=db, threshold=threshold, progress=prog if prog.enabled else None,
                            translations=translations)
        n = len(result.stories)
        if format not in ("json", "text"):
            n_und = sum(len(s.lineage.undisclosed) for s in result.stories)
            summary = (f"{len(result.ids)} articles, {n} stories with copies, "
                       f"{n_und} undisclosed copies")
            prog("render", 0, n)
            if format == "html" and out is not None and _is_dir(out):
                files = write_pages(html_pages(result.stories, title=title, summary=summary), out,
                                    lambda k: prog("render", k, n))
                prog.note("render", f"{files} files in {out}")
            else:
                doc = render_document(result.stories, format, title=title, summary=summary)
            prog("render", n, n)
    # results only once the live display is gone (it would otherwise draw over them)
    if format == "json":
        emit(corpus_json(result), out)
    else:
        report_errors(result.errors)
        if format == "text":
            text_to(out, lambda console: corpus_text(result, console))
        elif doc is not None:
            emit(doc, out)
    if not result.ids:
        raise typer.Exit(1)


def _is_dir(out: Path) -> bool:
    """`-o DIR` (an existing directory, a path ending in /, or one without a suffix): one file per story."""
    return out.is_dir() or str(out).endswith(("/", "\\")) or not out.suffix


def write_pages(pages: Iterable[tuple[str, str]], out: Path, tick: Callable[[int], None] | None = None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, text in pages:
        (out / name).write_text(text, "utf-8")
        n += 1
        if tick and n > 1:
            tick(n - 1)  # stories written (the index comes first)
    return n
