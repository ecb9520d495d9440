from __future__ import annotations

from typing import Annotated

import typer

from tracer import api
from tracer.cli._app import (
    DateField,
    Feed,
    FetchPages,
    HtmlField,
    IdField,
    Inputs,
    LangField,
    ParagraphSep,
    PublisherField,
    TextField,
    TitleField,
    UrlField,
    app,
    console_out,
    read_options,
    write,
)
from tracer.model import ItemError
from tracer.reports import credits_json, credits_text


@app.command("credits")
def credits_cmd(
    inputs: Inputs,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json (JSON Lines).")] = "text",
    id_field: IdField = "id", text_field: TextField = "text", html_field: HtmlField = "html",
    url_field: UrlField = "url", publisher_field: PublisherField = "publisher", date_field: DateField = "date",
    title_field: TitleField = "title", lang_field: LangField = "lang", paragraph_sep: ParagraphSep = None,
    feed: Feed = False, fetch_pages: FetchPages = False,
) -> None:
    """What each article declares about who produced it: bylines, datelines, footers, HTML metadata."""
    if format not in ("text", "json", "jsonl"):
        raise typer.BadParameter("use text or json", param_hint="--format")
    opts = read_options(id_field, text_field, html_field, url_field, publisher_field, date_field, title_field,
                        lang_field, paragraph_sep, feed, fetch_pages)
    n_ok = n_err = 0
    for item in api.credits(inputs, opts):
        if isinstance(item, ItemError):
            n_err += 1
            import sys

            print(f"tracer: {item.input}: {item.error}", file=sys.stderr)
            if format != "text":
                write(credits_json(item))
            continue
        n_ok += 1
        if format == "text":
            credits_text(item, console_out)
        else:
            write(credits_json(item))
    if n_ok == 0:
        raise typer.Exit(1)
