from __future__ import annotations

import csv
import sys
from typing import Annotated, Literal

import typer
from rich.progress import TaskID

from tracer import api
from tracer.cli._app import (
    Db,
    Inputs,
    app,
    console_out,
    progress_bar,
    reads_articles,
    report_errors,
    write,
)
from tracer.reports import dedup_jsonl, dedup_text
from tracer.reports.json import dumps
from tracer.sources import ReadOptions


@app.command("dedup")
@reads_articles(feed=True, fetch_pages=True)
def dedup_cmd(
    inputs: Inputs,
    format: Annotated[Literal["text", "jsonl", "json", "csv"], typer.Option("--format", "-f", help="Output format (json is jsonl).")] = "text",
    threshold: Annotated[float | None, typer.Option("--threshold", help="Minimum similarity or containment "
                                                     "for two articles to be copies.")] = None,
    db: Db = None,
    translations: Annotated[bool, typer.Option("--translations", help="Also find translated copies across "
                                                 "languages (anchor alignment; slower).")] = False,
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
    engine: Annotated[str, typer.Option("--engine", help="local, or spark (needs tracer-news[spark] and Java; "
                                        "see docs/scale.md).")] = "local",
    master: Annotated[str | None, typer.Option("--master", help="Spark master URL, e.g. local[4], yarn, "
                                               "spark://host:7077 (--engine spark).")] = None,
    conf: Annotated[list[str] | None, typer.Option("--conf", help="Spark setting KEY=VALUE, repeatable "
                                                   "(--engine spark).")] = None,
    out: Annotated[str | None, typer.Option("--out", help="Directory (local, s3a://, gs://) for Parquet and "
                                            "JSONL rows (--engine spark).")] = None,
) -> None:
    """Group copies: every article gets a cluster; copies of one story share it."""
    if format not in ("text", "jsonl", "json", "csv"):
        raise typer.BadParameter("use text, jsonl or csv", param_hint="--format")
    if engine != "local":  # the same dedup on Spark (tracer.scale)
        from tracer.scale.cli import dedup_spark_cmd

        dedup_spark_cmd(engine, inputs, opts, format=format, threshold=threshold, db=db, master=master,
                        conf=conf or [], out=out)
        return
    with progress_bar() as prog:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = prog.add_task("reading" if stage == "read" else "verifying pairs", total=total)
            if stage == "read":
                prog.advance(tasks[stage], done)
            else:
                prog.update(tasks[stage], completed=done, total=total)

        result = api.dedup(inputs, opts, db=db, threshold=threshold, translations=translations,
                           progress=None if prog.disable else progress)  # no display: no per-article calls
    rows = result.rows()
    if format == "text":
        report_errors(result.errors)
        dedup_text(result, console_out)
    elif format == "csv":
        report_errors(result.errors)
        w = csv.DictWriter(sys.stdout, fieldnames=["id", "cluster", "representative", "similarity", "containment", "size"],
                           extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        if rows:
            write(dedup_jsonl(rows))
        for e in result.errors:
            write(dumps({"id": e.input, "cluster": None, "errors": [e.to_dict()]}))
    if not rows:
        raise typer.Exit(1)
