"""`tracer feeds`: one deduplicated feed from many (one entry per story)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from tracer.cli._app import AllowPrivate, Db, FetchPages, app, fail, report_errors, write
from tracer.cli._progress import ProgressMode, stage_progress
from tracer.errors import TracerError
from tracer.feeds import feeds, write_feed
from tracer.sources import ReadOptions


@app.command("feeds")
def feeds_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Feed URLs or files (RSS/Atom), or directories of them.")],
    out: Annotated[str | None, typer.Option("--out", "-o", help="Write the feed to this file (default: stdout).")] = None,
    format: Annotated[Literal["atom", "rss", "jsonl"], typer.Option("--format", "-f", help="Output format.")] = "atom",
    db: Db = None,
    remember_days: Annotated[float, typer.Option("--remember-days", help="With --db: how long emitted items are "
                                                 "remembered for matching new copies.")] = 30.0,
    fetch_pages: FetchPages = False,
    allow_private: AllowPrivate = False,
    progress: ProgressMode = "auto",
) -> None:
    """Group feed items that carry the same story; write one entry per story, earliest first.

    Items are read from the feed's own fields (title, date, link, summary or content);
    --fetch-pages fetches each item's page for its full text. With --db, stories
    already emitted by an earlier run are not emitted again.
    """
    if format not in ("atom", "rss", "jsonl"):
        fail(f"unknown --format {format!r}; use atom, rss or jsonl")
    try:
        with stage_progress(progress) as prog:
            result = feeds(inputs, ReadOptions(feed=True, fetch_pages=fetch_pages, allow_private=allow_private), db=db,
                           remember_days=remember_days, progress=prog if prog.enabled else None)
    except TracerError as exc:
        fail(str(exc))
        return
    report_errors(result.errors)
    s = result.stats
    unread = f", {len(result.errors)} unreadable" if result.errors else ""
    if db:
        typer.echo(f"tracer: {s['items']} items from {s['feeds']} feeds{unread}, {s['new_items']} not seen before; "
                   f"{s['emitted']} new stories emitted", err=True)
    else:
        typer.echo(f"tracer: {s['items']} items from {s['feeds']} feeds{unread}; {s['emitted']} stories", err=True)
    text = write_feed(result, format)
    if out:
        Path(out).write_text(text, "utf-8")
    elif text:
        write(text.rstrip("\n"))
    if not s["items"]:
        raise typer.Exit(1)
