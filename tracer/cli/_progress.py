"""The `--progress` option of the long commands and the display it picks (see `tracer.progress`)."""

from __future__ import annotations

from typing import Annotated

import typer

from tracer.progress import MODES, StageProgress

ProgressMode = Annotated[str, typer.Option(
    "--progress", help="auto (a live display on a terminal, plain lines when CI is set), rich, plain "
                       "(a line per stage and every 10 s, for logs) or off. Progress goes to stderr.")]


def stage_progress(mode: str, interval: float = 10.0) -> StageProgress:
    """The progress display for `mode`; a bad mode is a usage error (exit 2)."""
    if mode not in MODES:
        raise typer.BadParameter(f"use one of {', '.join(MODES)}", param_hint="--progress")
    return StageProgress(mode, interval=interval)
