"""`tracer check`: gate a corpus in CI (exit 0 pass, 1 a policy fails, 2 usage/input error)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Literal

import typer

from tracer.checks import FORMATS, check, load_baseline, load_policy, render, summary_markdown, write_baseline
from tracer.checks.summary import rule_counts, statistics_text, summary_line
from tracer.cli._app import (
    Db,
    Inputs,
    app,
    fail,
    reads_articles,
    report_errors,
    write,
)
from tracer.cli._progress import ProgressMode, stage_progress
from tracer.cli._upfront import warn_mapping
from tracer.errors import TracerError
from tracer.sources import ReadOptions


@app.command("check")
@reads_articles()
def check_cmd(
    inputs: Inputs,
    format: Annotated[Literal["text", "json", "junit", "sarif", "github"], typer.Option("--format", "-f", help="Output format.")] = "text",
    max_duplicate_ratio: Annotated[float | None, typer.Option(
        "--max-duplicate-ratio", help="Fail when more than this share of articles are redundant copies (0-1).")] = None,
    no_undisclosed: Annotated[bool | None, typer.Option(
        "--no-undisclosed/--allow-undisclosed", help="Fail on copies of a declared source that credit no "
                                                     "source at all (TRC002, on by default).")] = None,
    max_cluster_size: Annotated[int | None, typer.Option(
        "--max-cluster-size", help="Fail when one story appears in more articles than this.")] = None,
    require_wire_credit: Annotated[bool | None, typer.Option(
        "--require-wire-credit/--no-require-wire-credit",
        help="Articles with a wire dateline must also credit the agency (byline, footer, metadata).")] = None,
    allow_id: Annotated[list[str] | None, typer.Option("--allow-id", help="Accept findings on these article ids "
                                                                          "(glob patterns; repeatable).")] = None,
    allow_publisher: Annotated[list[str] | None, typer.Option("--allow-publisher", help="Accept findings on "
                                                              "this publisher's articles (repeatable).")] = None,
    allow_agency: Annotated[list[str] | None, typer.Option("--allow-agency", help="This agency's stories may be "
                                                           "copied and clustered freely (repeatable).")] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", help="Minimum similarity or containment "
                                                    "for two articles to be copies.")] = None,
    config: Annotated[str | None, typer.Option("--config", help="A tracer.toml or pyproject.toml to read "
                                               "policies from (default: the nearest one).")] = None,
    baseline: Annotated[str | None, typer.Option("--baseline", help="Accept the findings recorded in this "
                                                 "file; fail only on new ones.")] = None,
    write_baseline_to: Annotated[str | None, typer.Option("--write-baseline", help="Record today's findings "
                                                          "in this file (and exit 0).")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to this file "
                                               "instead of stdout.")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print the number of findings per rule "
                                             "instead of the findings (JSON with --format json).")] = False,
    db: Db = None,
    progress: ProgressMode = "auto",
    opts: ReadOptions = ...,  # the corpus-mapping options, added by reads_articles
) -> None:
    """Gate a corpus like a linter: uncredited copies, too many duplicates, missing wire credits."""
    if format not in FORMATS:
        fail(f"unknown --format {format!r}; use one of {', '.join(FORMATS)}")
    try:
        policy, cfg = load_policy(config)
        policy = policy.merged(max_duplicate_ratio=max_duplicate_ratio, no_undisclosed=no_undisclosed,
                               max_cluster_size=max_cluster_size, require_wire_credit=require_wire_credit,
                               allow_ids=allow_id or None, allow_publishers=allow_publisher or None,
                               allow_agencies=allow_agency or None, threshold=threshold)
        accepted = load_baseline(baseline) if baseline else None
        warn_mapping(inputs, opts)
        with stage_progress(progress) as prog:
            result = check(inputs, policy, opts, db=db, baseline=accepted, progress=prog if prog.enabled else None)
            prog.note("lineage", f"{len(result.failures):,} failing findings")
    except TracerError as exc:
        fail(str(exc))
        return
    result.config = str(cfg) if cfg else None
    if format in ("text", "github"):
        report_errors(result.errors)
    if statistics:
        report = (json.dumps(rule_counts(result), indent=2) if format == "json"
                  else statistics_text(result) + "\n" + summary_line(result))
    else:
        report = render(result, format)
    if output or format not in ("text", "github") or (statistics and format == "json"):
        typer.echo(summary_line(result), err=True)  # machine formats stay parseable on stdout
    if output:
        Path(output).write_text(report + "\n", "utf-8")
    else:
        write(report)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if format == "github" and summary:
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(summary_markdown(result))
    if write_baseline_to:
        write_baseline(result, write_baseline_to)
        typer.echo(f"tracer: recorded {len(result.findings)} finding(s) in {write_baseline_to}; "
                   f"run with --baseline {write_baseline_to} to fail only on new ones", err=True)
        raise typer.Exit(0)
    raise typer.Exit(result.exit_code)
