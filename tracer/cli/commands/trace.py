from __future__ import annotations

from typing import Annotated

import typer

from tracer import api
from tracer.cli._app import (
    DateField,
    Db,
    HtmlField,
    IdField,
    LangField,
    ParagraphSep,
    PublisherField,
    TextField,
    TitleField,
    UrlField,
    app,
    console_out,
    read_options,
    report_errors,
    write,
)
from tracer.reports import trace_json, trace_text


@app.command("trace")
def trace_cmd(
    target: Annotated[str, typer.Argument(help="The article to trace: URL or file.")],
    corpus: Annotated[list[str] | None, typer.Option("--corpus", "-c", help="Articles to trace it against "
                                                      "(repeatable; files, directories, URLs).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    db: Db = None,
    id_field: IdField = "id", text_field: TextField = "text", html_field: HtmlField = "html",
    url_field: UrlField = "url", publisher_field: PublisherField = "publisher", date_field: DateField = "date",
    title_field: TitleField = "title", lang_field: LangField = "lang", paragraph_sep: ParagraphSep = None,
) -> None:
    """The lineage of one article: its origin, intermediaries and copies, with the evidence."""
    if format not in ("text", "json"):
        raise typer.BadParameter("use text or json", param_hint="--format")
    opts = read_options(id_field, text_field, html_field, url_field, publisher_field, date_field, title_field,
                        lang_field, paragraph_sep)
    result = api.trace(target, corpus or [], opts, db=db)
    if format == "json":
        write(trace_json(result))
    else:
        report_errors(result.errors)
        trace_text(result, console_out)
