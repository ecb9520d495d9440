from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console

from tracer import api
from tracer.cli._app import (
    Db,
    app,
    console_err,
    console_out,
    reads_articles,
    report_errors,
    write,
)
from tracer.cli._upfront import warn_mapping
from tracer.reports import DOCUMENT_FORMATS, render_document, trace_json, trace_text
from tracer.reports.terminal import SafeConsole
from tracer.sources import ReadOptions

FORMATS = ("text", "json", *DOCUMENT_FORMATS)
Out = Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to this file instead of stdout.")]


def text_to(out: Path | None, render: Callable[[Console], None]) -> None:
    """A text report on the terminal, or written to `out` (plain text, no colours)."""
    if out is None:
        render(console_out)
        return
    with out.open("w", encoding="utf-8") as fh:
        render(SafeConsole(file=fh, soft_wrap=True, no_color=True, force_terminal=False, width=120))


def emit(text: str, out: Path | None) -> None:
    """Write a document report to a file (UTF-8) or stdout."""
    if out is None:
        write(text.rstrip("\n"))
    else:
        out.write_text(text, "utf-8")


@contextlib.contextmanager
def discovery_progress() -> Iterator[Callable[[str], None]]:
    """A one-line status on stderr (a terminal only): the request discovery is making."""
    if not console_err.is_terminal:
        yield lambda _msg: None
        return
    with console_err.status("discovering sources") as status:
        yield lambda msg: status.update(f"discovering sources · {msg[:120]}")


@app.command("trace")
@reads_articles()
def trace_cmd(
    target: Annotated[str, typer.Argument(help="The article to trace: URL or file.")],
    corpus: Annotated[list[str] | None, typer.Option("--corpus", "-c", help="Articles to trace it against "
                                                      "(repeatable; files, directories, URLs).")] = None,
    format: Annotated[Literal["text", "json", "md", "html", "prov"], typer.Option("--format", "-f", help="Output format.")] = "text",
    out: Out = None,
    db: Db = None,
    discover: Annotated[bool | None, typer.Option(
        "--discover/--no-discover", help="Find the sources the article credits and links to (its credit "
        "links, the credited outlets' feeds and news sitemaps, the store). Default: on for a URL given with "
        "no --corpus and no --db.")] = None,
    max_requests: Annotated[int, typer.Option("--max-requests", help="Discovery: at most this many HTTP "
                                                                      "requests (robots.txt included).")] = 20,
    outlets: Annotated[Path | None, typer.Option("--outlets", help="Discovery: a JSON file of outlets (name → "
                                                 "home, domains, feeds, sitemaps) added to the built-in ones.")] = None,
    resolve: Annotated[list[str] | None, typer.Option("--resolve", help="Connect HOST[:PORT] to ADDR:PORT "
                                                      "instead of looking it up (repeatable; like curl).")] = None,
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """The lineage of one article: its origin, intermediaries and copies, with the evidence."""
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    warn_mapping([target, *(corpus or [])], opts)
    if resolve:
        from tracer.sources._fetch import parse_resolve

        try:
            opts.resolve = parse_resolve(resolve)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--resolve") from None
    if discover is None:
        is_url = target.startswith(("http://", "https://"))
        discover = is_url and not corpus and db is None and not os.environ.get("TRACER_DB")
    if discover:
        with discovery_progress() as tick:
            result = api.trace(target, corpus or [], opts, db=db, discover=True, max_requests=max_requests,
                               max_time=opts.max_time, outlets=outlets, progress=tick)
    else:
        result = api.trace(target, corpus or [], opts, db=db)
    if format == "json":
        emit(trace_json(result), out)
        return
    report_errors(result.errors)
    if format == "text":
        text_to(out, lambda console: trace_text(result, console))
    else:
        emit(render_document([result.story()], format, title=f"tracer trace: {result.article.title or target}"),
             out)
