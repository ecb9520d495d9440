from __future__ import annotations

import csv
import sys
from typing import Annotated, Literal

import typer

from tracer import api
from tracer.cli._app import (
    Db,
    Inputs,
    app,
    console_out,
    fail,
    reads_articles,
    report_errors,
    write,
)
from tracer.cli._progress import ProgressMode, stage_progress
from tracer.cli._upfront import warn_mapping
from tracer.errors import TracerError
from tracer.keep import KEEP_RULES, choose_kept
from tracer.records import out_format
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
    out: Annotated[str | None, typer.Option("--out", "-o", help="Write the deduplicated corpus here: one article "
                                            "per cluster, its original record plus a `cluster` column (.jsonl, "
                                            ".csv, or .parquet with pyarrow). With --engine spark: a directory "
                                            "(local, s3a://, gs://) for Parquet and JSONL rows.")] = None,
    removed: Annotated[str | None, typer.Option("--removed", help="Write the removed articles here, each with "
                                                "the kept id it duplicates (`duplicate_of`).")] = None,
    progress: ProgressMode = "auto",
    keep: Annotated[str, typer.Option("--keep", help="Which article of a cluster -o keeps: first (input order), "
                                      "earliest (date), longest (text) or credited (declares its source).")]
    = "first",
) -> None:
    """Group copies: every article gets a cluster; copies of one story share it.

    With -o and --removed, write the deduplicated corpus and the removed articles.
    """
    if format not in ("text", "jsonl", "json", "csv"):
        raise typer.BadParameter("use text, jsonl or csv", param_hint="--format")
    if keep not in KEEP_RULES:
        raise typer.BadParameter(f"use one of {', '.join(KEEP_RULES)}", param_hint="--keep")
    if engine != "local":  # the same dedup on Spark (tracer.scale)
        from tracer.scale.cli import dedup_spark_cmd

        if removed:
            raise typer.BadParameter("--removed needs --engine local (Spark writes its rows to --out)",
                                     param_hint="--removed")

        dedup_spark_cmd(engine, inputs, opts, format=format, threshold=threshold, db=db, master=master,
                        conf=conf or [], out=out)
        return
    writing = bool(out or removed)
    if writing:
        try:
            for path in (out, removed):
                if path:
                    out_format(path)
        except TracerError as exc:
            fail(str(exc))
    warn_mapping(inputs, opts)
    with stage_progress(progress) as prog:
        result = api.dedup(inputs, opts, db=db, threshold=threshold, translations=translations,
                           progress=prog if prog.enabled else None,  # no display: no per-article calls
                           keep_articles=writing)
        if writing:
            prog("write", 0, None)
            kept = choose_kept(result, keep)
            kept.id_field = opts.id_field
            written = kept.write(out, removed)
            prog("write", len(written), len(written))
            prog.note("write", f"{kept.stats['kept']:,} kept, {kept.stats['removed']:,} removed")
    if writing:
        files = ", ".join(f"{n} {what} to {path}" for what, n, path in
                          (("kept", written.get("kept"), out), ("removed", written.get("removed"), removed)) if path)
        typer.echo(f"tracer: {kept.stats['kept']} of {kept.stats['articles']} articles kept (--keep {keep}), "
                   f"{kept.stats['removed']} removed; wrote {files}", err=True)
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
