"""The typer app and the options every article-reading command shares."""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from tracer.model import ItemError
from tracer.reports.terminal import SafeConsole
from tracer.sources import ReadOptions
from tracer.sources.ids import DuplicateRule
from tracer.untrusted import terminal_safe


def _flags_show_no_type() -> None:
    """`--help` lists a flag as `--feed`, not `--feed <bool>` (typer 0.2x prints a type for
    every option, flags included). Left alone where typer's option class differs."""
    try:
        from typer.core import TyperOption
    except ImportError:  # pragma: no cover - another typer layout
        return
    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "_tracer", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return None if getattr(self, "is_flag", False) else shown(self, ctx)

    display_type_rich._tracer = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_show_no_type()

app = typer.Typer(name="tracer", no_args_is_help=True, add_completion=False,
                  help="Provenance and syndication tracer for news: credits, copies and lineage.",
                  context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from tracer import __version__

        print(f"tracer {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                                help="Print tracer's version and exit.")] = False) -> None:
    """Provenance and syndication tracer for news: credits, copies and lineage."""


console_out = SafeConsole(soft_wrap=True)  # page text never reaches the terminal as escape sequences
console_err = SafeConsole(stderr=True)

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
AllowPrivate = Annotated[bool, typer.Option("--allow-private", help="Let links found in content (feed items) "
                                           "and redirects reach loopback and private addresses (refused by default).")]
MaxTime = Annotated[float, typer.Option("--max-time", help="Seconds one URL may take overall, retries and "
                                        "redirects included (trace --discover: the whole discovery too).")]
MaxFetches = Annotated[int | None, typer.Option("--max-fetches", help="Fetch at most this many URLs in the run "
                                                "(feed item pages included); the rest are per-item errors.")]
OnDuplicateId = Annotated[DuplicateRule, typer.Option(
    "--on-duplicate-id",
    help="An article id given more than once: error (refuse, listing the ids), keep the first, the last, "
         "or suffix the later ones ID~2, ID~3; a warning per duplicate.")]
Db = Annotated[str | None, typer.Option("--db", help="SQLite store path (default: $TRACER_DB, else in memory).")]


def read_options(id_field: str = "id", text_field: str = "text", html_field: str = "html", url_field: str = "url",
                 publisher_field: str = "publisher", date_field: str = "date", title_field: str = "title",
                 lang_field: str = "lang", paragraph_sep: str | None = None, feed: bool = False,
                 fetch_pages: bool = False, allow_private: bool = False, max_time: float = 60.0,
                 max_fetches: int | None = None, on_duplicate_id: str = "error") -> ReadOptions:
    if max_time <= 0:
        raise typer.BadParameter("must be more than 0 seconds", param_hint="--max-time")
    return ReadOptions(id_field=id_field, text_field=text_field, html_field=html_field, url_field=url_field,
                       publisher_field=publisher_field, date_field=date_field, title_field=title_field,
                       lang_field=lang_field, paragraph_sep=paragraph_sep, feed=feed, fetch_pages=fetch_pages,
                       allow_private=allow_private, max_time=max_time, max_fetches=max_fetches,
                       on_duplicate_id=on_duplicate_id)


def report_errors(errors: list[ItemError]) -> None:
    """One line per failed item on stderr (text formats)."""
    for e in errors:
        print(terminal_safe(f"tracer: {e.input}: {e.error}"), file=sys.stderr)


def write(line: str) -> None:
    sys.stdout.write(line + "\n")


def fail(message: str, code: int = 2) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(code)


_MAPPING: list[tuple[str, Any, Any]] = [
    ("id_field", IdField, "id"), ("text_field", TextField, "text"), ("html_field", HtmlField, "html"),
    ("url_field", UrlField, "url"), ("publisher_field", PublisherField, "publisher"),
    ("date_field", DateField, "date"), ("title_field", TitleField, "title"), ("lang_field", LangField, "lang"),
    ("paragraph_sep", ParagraphSep, None), ("on_duplicate_id", OnDuplicateId, "error"),
    ("allow_private", AllowPrivate, False), ("max_time", MaxTime, 60.0), ("max_fetches", MaxFetches, None),
]


def reads_articles(*, feed: bool = False, fetch_pages: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Give a command the CONTRACT.md corpus-mapping options once, as one `opts: ReadOptions`.

    The decorated function declares `opts: ReadOptions` instead of the ten mapping options;
    the wrapper shows typer the options (`--id-field` … `--paragraph-sep`, and `--feed`,
    `--fetch-pages` when asked) and builds the `ReadOptions` from them.
    """
    extra = list(_MAPPING) + ([("feed", Feed, False)] if feed else []) + (
        [("fetch_pages", FetchPages, False)] if fetch_pages else [])
    names = [n for n, _a, _d in extra]

    def deco(func: Callable[..., Any]) -> Callable[..., Any]:
        sig = inspect.signature(func, eval_str=True)
        params = [p for p in sig.parameters.values() if p.name != "opts"]
        params += [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a) for n, a, d in extra]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {n: kwargs.pop(n) for n in names if n in kwargs}
            return func(*args, opts=read_options(**values), **kwargs)

        wrapper.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper

    return deco
