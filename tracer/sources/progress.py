"""A live display of a long fetch on stderr: done, failed, retries and per-host queues.

Only shown when stderr is a terminal (never in pipes, logs or CI). It reads the
fetcher's counters from rich's refresh thread, so fetching never waits on drawing.
"""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from tracer.reports.terminal import SafeConsole
from tracer.sources._fetch import FetchStats


def want_progress(setting: bool | None) -> bool:
    """`None` means automatic: on when stderr is a terminal."""
    if setting is not None:
        return setting
    return _isatty(sys.stderr)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _View:
    def __init__(self, stats: FetchStats):
        self.stats = stats

    def __rich__(self) -> Any:
        s = self.stats
        finished = s.done + s.failed
        head = Text.assemble(("fetching ", "bold"), f"{finished}/{s.submitted}  ",
                             ("done ", "green"), f"{s.done}  ", ("failed ", "red"), f"{s.failed}  ",
                             ("retries ", "yellow"), f"{s.retries}")
        try:
            queued = sorted(dict(s.queued).items(), key=lambda kv: -kv[1])[:5]
        except RuntimeError:  # the dict changed while we copied it; draw it next time
            queued = []
        lines = [Text(f"  {host}: {n} in queue", style="dim") for host, n in queued]
        return Group(head, *lines)


class FetchDisplay:
    """Start/stop a transient live view; silently absent if another live display is active."""

    def __init__(self, stats: FetchStats, console: Console | None = None):
        # Results on stdout must never be captured by the display: only when stdout is the
        # same terminal are its lines routed above the display (so redraws do not erase them).
        self.live = Live(_View(stats), console=console or SafeConsole(stderr=True), transient=True,
                         refresh_per_second=4, redirect_stdout=_isatty(sys.stdout), redirect_stderr=True)
        self.running = False

    def start(self) -> None:
        try:
            self.live.start()
            self.running = True
        except Exception:  # rich.errors.LiveError: a command already shows its own progress
            self.running = False

    def stop(self) -> None:
        if self.running:
            self.live.stop()
            self.running = False
