"""`tracer dedup --engine spark`: the thin CLI layer over `tracer.scale.dedup_spark`.

Kept here (not in the dedup command module) so the Spark branch is one call there.
Rows go to stdout in the requested format unless `--out` is given, in which case they
are written by Spark (Parquet + JSONL) and only a one-line summary goes to stderr.
"""

from __future__ import annotations

import csv
import sys

import typer

from tracer.errors import TracerError
from tracer.scale.spark import ROW_FIELDS, dedup_spark
from tracer.sources import ReadOptions

QUIET_CONF = {"spark.ui.showConsoleProgress": "false"}


def parse_conf(pairs: list[str]) -> dict[str, str]:
    """`KEY=VALUE` strings → a dict (the value may contain '=')."""
    out: dict[str, str] = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"expected KEY=VALUE, got {p!r}", param_hint="--conf")
        out[key.strip()] = value
    return out


def dedup_spark_cmd(engine: str, inputs: list[str], opts: ReadOptions, *, format: str, threshold: float | None,
                    db: str | None, master: str | None, conf: list[str], out: str | None) -> None:
    from tracer.cli._app import console_out, fail, report_errors, write
    from tracer.reports.json import dumps

    if engine != "spark":
        raise typer.BadParameter("use local or spark", param_hint="--engine")
    if db:
        fail("--db is for the local engine (SQLite store); with --engine spark use --out DIR")
    settings = {**QUIET_CONF, **parse_conf(conf)}
    try:
        result = dedup_spark(inputs, opts, master=master, conf=settings, out=out, threshold=threshold)
    except TracerError as exc:
        fail(str(exc))
        return
    if out:
        report_errors(result.errors)
        s = result.stats
        print(f"tracer: {s.get('articles', 0)} articles, {s.get('clusters', 0)} clusters, "
              f"{len(result.errors)} errors → {', '.join(result.out.values())}", file=sys.stderr)
        if not s.get("articles"):
            raise typer.Exit(1)
        return
    rows = result.rows()
    if format == "text":
        report_errors(result.errors)
        sizes: dict[str, list[str]] = {}
        for r in rows:
            sizes.setdefault(r["cluster"], []).append(r["id"])
        multi = {c: m for c, m in sizes.items() if len(m) > 1}
        console_out.print(f"[bold]{len(rows)}[/bold] articles, [bold]{len(sizes)}[/bold] clusters, "
                          f"[bold]{len(multi)}[/bold] with copies")
        rep = {r["cluster"]: r["representative"] for r in rows}
        for c, members in multi.items():
            console_out.print(f"{c}: {len(members)} articles, representative {rep[c]}", markup=False)
            for m in members:
                console_out.print(f"  {m}", markup=False)
    elif format == "csv":
        report_errors(result.errors)
        w = csv.DictWriter(sys.stdout, fieldnames=list(ROW_FIELDS))
        w.writeheader()
        w.writerows(rows)
    else:
        for r in rows:
            write(dumps(r))
        for e in result.errors:
            write(dumps({"id": e.input, "cluster": None, "errors": [e.to_dict()]}))
    if not rows:
        raise typer.Exit(1)
