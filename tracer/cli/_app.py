"""The typer app and the options every article-reading command shares."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console

from tracer.model import ItemError
from tracer.sources import ReadOptions

app = typer.Typer(name="tracer", no_args_is_help=True, add_completion=False,
                  help="Provenance and syndication tracer for news: credits, copies and lineage.",
                  context_settings={"help_option_names": ["-h", "--help"]})
console_out = Console(soft_wrap=True)
console_err = Console(stderr=True)

Inputs = Annotated[list[str], typer.Argument(help="URLs, files (.html .txt .jsonl .csv .xml/.rss/.atom .warc), "
                                                  "directories, or - for stdin.")]
IdField = Annotated[str, typer.Option("--id-field", help="Corpus field holding the article id.")]
TextField = Annotated[str, typer.Option("--text-field", help="Corpus field holding the article text.")]
HtmlField = Annotated[str, typer.Option("--html-field", help="Corpus field holding raw HTML.")]
UrlField = Annotated[str, typer.Option("--url-field", help="Corpus field holding the URL.")]
PublisherField = Annotated[str, typer.Option("--publisher-field", help="Corpus field holding the publisher.")]
DateField = Annotated[str, typer.Option("--date-field", help="Corpus field holding the publication date.")]
TitleField = Annotated[str, typer.Option("--title-field", help="Corpus field holding the title.")]
LangField = Annotated[str, typer.Option("--lang-field", help="Corpus field holding the language code.")]
ParagraphSep = Annotated[str | None, typer.Option("--paragraph-sep", help='Paragraph separator in text fields, e.g. " ### ".')]
Feed = Annotated[bool, typer.Option("--feed", help="Treat URL inputs as RSS/Atom feeds.")]
FetchPages = Annotated[bool, typer.Option("--fetch-pages", help="With feeds: fetch each item's page for its "
                                                                 "full text (the feed's snippet stays if it fails).")]
Db = Annotated[str | None, typer.Option("--db", help="SQLite store path (default: $TRACER_DB, else in memory).")]


def read_options(id_field: str = "id", text_field: str = "text", html_field: str = "html", url_field: str = "url",
                 publisher_field: str = "publisher", date_field: str = "date", title_field: str = "title",
                 lang_field: str = "lang", paragraph_sep: str | None = None, feed: bool = False,
                 fetch_pages: bool = False) -> ReadOptions:
    return ReadOptions(id_field=id_field, text_field=text_field, html_field=html_field, url_field=url_field,
                       publisher_field=publisher_field, date_field=date_field, title_field=title_field,
                       lang_field=lang_field, paragraph_sep=paragraph_sep, feed=feed, fetch_pages=fetch_pages)


def report_errors(errors: list[ItemError]) -> None:
    """One line per failed item on stderr (text formats)."""
    for e in errors:
        print(f"tracer: {e.input}: {e.error}", file=sys.stderr)


def write(line: str) -> None:
    sys.stdout.write(line + "\n")


def fail(message: str, code: int = 2) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(code)
