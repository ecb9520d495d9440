"""`tracer db info|check|export|vacuum|reindex`: care of a store, over `tracer.store_care`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Annotated, Any, Literal

import typer

from tracer import store_care
from tracer.cli._app import app, fail, write
from tracer.reports.json import dumps
from tracer.store import ENV_DB

db_app = typer.Typer(name="db", no_args_is_help=True, help="Care of a store: info, check, export, vacuum, reindex.")
app.add_typer(db_app, name="db")

DbPath = Annotated[str | None, typer.Option("--db", help="SQLite store path (default: $TRACER_DB).")]
Format = Annotated[Literal["text", "json"], typer.Option("--format", "-f", help="Output format.")]


def _path(db: str | None) -> str:
    path = db or os.environ.get(ENV_DB)
    if not path:
        fail("no store given: use --db PATH or set $TRACER_DB")
    assert path is not None
    return path


def _format(fmt: str) -> str:
    if fmt not in ("text", "json"):
        raise typer.BadParameter("use text or json", param_hint="--format")
    return fmt


def _when(ts: Any) -> str:
    if ts is None:
        return "-"
    import datetime as dt

    return dt.datetime.fromtimestamp(float(ts), dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


@db_app.command("info")
def info_cmd(db: DbPath = None, format: Format = "text") -> None:
    """Counts, fingerprint parameters, size, schema version and runs of a store."""
    fmt = _format(format)
    info = store_care.store_info(_path(db))
    if fmt == "json":
        write(dumps(info))
        return
    for key in ("path", "version", "articles", "signatures", "bands", "credits", "edges", "fetches", "bytes"):
        write(f"{key + ':':<12} {info[key]}")
    write(f"{'params:':<12} " + ", ".join(f"{k}={v}" for k, v in sorted(info["params"].items())))
    write(f"{'created:':<12} {_when(info.get('created_at'))}")
    for m in info.get("migrations", []):
        write(f"{'migrated:':<12} schema {m['from']} -> {m['to']} at {_when(m.get('at'))}")
    if "runs" in info:
        write(f"{'runs:':<12} {info['runs']} ({info['unfinished_runs']} unfinished: killed, or still running)")
        last = info.get("last_run")
        if last:
            write(f"{'last run:':<12} #{last['id']} {last['status']}, started {_when(last['started_at'])}, "
                  f"{last['written']} articles written")


@db_app.command("check")
def check_cmd(db: DbPath = None, format: Format = "text") -> None:
    """Check a store: SQLite integrity plus tracer's invariants. Exit 0 when sound, 1 otherwise."""
    fmt = _format(format)
    path = _path(db)
    problems = store_care.check_store(path)
    if fmt == "json":
        write(dumps({"path": path, "ok": not problems, "problems": problems}))
    elif problems:
        for p in problems:
            write(p)
    else:
        write(f"ok: {path} is sound")
    if problems:
        raise typer.Exit(1)


@db_app.command("export")
def export_cmd(
    db: DbPath = None,
    out: Annotated[str | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
    text: Annotated[bool, typer.Option("--text/--no-text", help="Include article texts.")] = True,
    format: Annotated[Literal["jsonl"], typer.Option("--format", "-f", help="JSON Lines (the only format).")] = "jsonl",
) -> None:
    """Write articles, credits and edges as JSON Lines ("type": article | credit | edge)."""
    if format not in ("jsonl", "json"):
        raise typer.BadParameter("use jsonl", param_hint="--format")
    path = _path(db)
    if out in (None, "-"):
        n = store_care.export_store(path, sys.stdout, text=text)
    else:
        tmp = f"{out}.part"
        with open(tmp, "w", encoding="utf-8") as fh:
            n = store_care.export_store(path, fh, text=text)
        os.replace(tmp, out)  # a killed export never leaves a truncated file under the real name
    print(f"exported {n} records from {path}", file=sys.stderr)


@db_app.command("vacuum")
def vacuum_cmd(db: DbPath = None, format: Format = "text") -> None:
    """Fold the write-ahead log in, compact the file and refresh query statistics."""
    _care(db, format, store_care.vacuum_store,
          lambda path, res: f"vacuumed {path}: {res['bytes_before']} -> {res['bytes_after']} bytes")


@db_app.command("reindex")
def reindex_cmd(db: DbPath = None, format: Format = "text") -> None:
    """Fingerprint every stored article again with this tracer's parameters (after an upgrade
    changed the signature scheme, a store is refused until it is reindexed)."""
    _care(db, format, store_care.reindex_store,
          lambda path, res: f"reindexed {res['articles']} articles in {path}: scheme "
                            f"{res['params_before'].get('scheme')} -> {res['params_after'].get('scheme')}")


def _care(db: str | None, format: str, run: Callable[[str], dict[str, Any]],
          line: Callable[[str, dict[str, Any]], str]) -> None:
    """A writing care command: run it on the store, then its result as JSON or one line of text."""
    fmt = _format(format)
    path = _path(db)
    res = run(path)
    write(dumps({"path": path, **res}) if fmt == "json" else line(path, res))
