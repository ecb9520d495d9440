"""Progress of a long run, stage by stage, on stderr: a live display, or plain lines for logs.

Why plain lines: a live display only makes sense on a terminal, so a CI job used to
print nothing for minutes. With `--progress plain` (or automatically when stderr is
not a terminal and `CI` is set, as GitHub Actions, GitLab CI and most others set it)
each stage prints a line when it ends and, while it runs, one line every `interval`
seconds, so a log shows life. Either way the run ends with counts per stage, like
datatrove's stats ("read 2,572 · candidates 15,210 · verify 3,118 copies · …").

The pipeline reports through one callable, `progress(stage, done, total)`:
`stage` is one of STAGES; "read" (and any call with `total=None` and `done=1`) counts
one more item, other calls give the absolute position `done` of `total`. Stages that
end without an explicit last call are closed when the next one starts.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

STAGES = ("read", "fingerprint", "candidates", "verify", "cluster", "lineage", "render", "group", "write")
MODES = ("auto", "rich", "plain", "off")
UNITS = {"read": "articles", "fingerprint": "articles", "candidates": "pairs", "verify": "pairs",
         "cluster": "clusters", "lineage": "stories", "render": "stories", "group": "stories", "write": "files"}


def resolve_mode(mode: str = "auto", stream: TextIO | None = None, env: dict[str, str] | None = None) -> str:
    """`auto` becomes `rich` on a terminal, `plain` in CI (not a terminal, `CI` set), else `off`."""
    if mode not in MODES:
        raise ValueError(f"unknown progress mode {mode!r}; use one of {', '.join(MODES)}")
    if mode != "auto":
        return mode
    stream = stream or sys.stderr
    try:
        tty = bool(stream.isatty())
    except (AttributeError, ValueError):
        tty = False
    if tty:
        return "rich"
    env = os.environ if env is None else env
    ci = env.get("CI", "").strip().lower()
    return "plain" if ci and ci not in ("0", "false", "no") else "off"


@dataclass
class _Stage:
    name: str
    done: int = 0
    total: int | None = None
    started: float = 0.0
    ended: float | None = None
    result: str | None = None  # what the stage produced, e.g. "3,118 copies"


class StageProgress:
    """The `progress(stage, done, total)` callable of a run, drawn per `mode`.

    Use as a context manager; `summary()` gives the closing per-stage line (printed by
    `close()` unless the mode is `off`). `note(stage, text)` adds what a stage produced.
    """

    def __init__(self, mode: str = "auto", stream: TextIO | None = None, interval: float = 10.0,
                 label: str = "tracer"):
        self.stream = stream or sys.stderr
        self.mode = resolve_mode(mode, self.stream)
        self.interval = interval
        self.label = label
        self.stages: dict[str, _Stage] = {}
        self.current: _Stage | None = None
        self.t0 = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._rich: Any = None
        self._tasks: dict[str, Any] = {}

    # -- the callable the pipeline calls --------------------------------------------------
    def __call__(self, stage: str, done: int = 1, total: int | None = None) -> None:
        with self._lock:
            st = self._enter(stage)
            if total is None and stage == "read":
                st.done += done
            else:
                st.done, st.total = done, total
            if st.total is not None and st.done >= st.total and stage != "read":
                self._end(st)
        self._draw(st)

    @property
    def enabled(self) -> bool:
        return self.mode != "off"

    def note(self, stage: str, text: str) -> None:
        """What a stage produced, for the closing counts (e.g. "3,118 copies")."""
        with self._lock:
            self._enter(stage, make_current=False).result = text

    def _enter(self, stage: str, make_current: bool = True) -> _Stage:
        st = self.stages.get(stage)
        if st is None:
            st = self.stages[stage] = _Stage(stage, started=time.monotonic())
        if make_current and self.current is not st:
            if self.current is not None and self.current.ended is None:
                self._end(self.current)
            self.current = st
        return st

    def _end(self, st: _Stage) -> None:
        if st.ended is not None:
            return
        st.ended = time.monotonic()
        if self.mode == "plain":
            self._line(f"{self._describe(st)} in {st.ended - st.started:.1f} s")

    # -- drawing -----------------------------------------------------------------------------
    def _describe(self, st: _Stage) -> str:
        unit = UNITS.get(st.name, "")
        count = f"{st.done:,}" + (f"/{st.total:,}" if st.total is not None and st.ended is None else "")
        return f"{st.name} {count} {unit}".rstrip()

    def _line(self, text: str) -> None:
        print(f"{self.label}: {text}", file=self.stream, flush=True)

    def _draw(self, st: _Stage) -> None:
        if self.mode != "rich" or self._rich is None:
            return
        task = self._tasks.get(st.name)
        if task is None:
            task = self._tasks[st.name] = self._rich.add_task(st.name, total=st.total)
        self._rich.update(task, completed=st.done, total=st.total)

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            with self._lock:
                st = self.current
                if st is not None and st.ended is None:
                    self._line(f"{self._describe(st)} ({time.monotonic() - st.started:.0f} s)")

    # -- life cycle ----------------------------------------------------------------------------
    def __enter__(self) -> StageProgress:
        if self.mode == "rich":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._rich = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                  MofNCompleteColumn(), TimeElapsedColumn(),
                                  console=Console(file=self.stream, stderr=self.stream is sys.stderr), transient=True)
            self._rich.start()
        elif self.mode == "plain" and self.interval > 0:
            self._thread = threading.Thread(target=self._tick, name="tracer-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(show_summary=exc[0] is None)

    def close(self, show_summary: bool = True) -> None:
        with self._lock:
            if self.current is not None:
                self._end(self.current)
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
            self._thread = None
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
        if show_summary and self.enabled and self.stages:
            self._line(self.summary())

    def summary(self) -> str:
        """One line: every stage's count (and what it produced), then the total time."""
        parts = []
        for st in self.stages.values():
            unit = UNITS.get(st.name, "")
            text = f"{st.name} {st.done:,} {unit}".rstrip()
            if st.result:
                text += f" → {st.result}"
            parts.append(text)
        return f"done in {time.monotonic() - self.t0:.1f} s: " + " · ".join(parts)


def stage(progress: Callable[..., None] | None, name: str, done: int, total: int | None = None) -> None:
    """Call `progress` when there is one (the pipeline's optional callback)."""
    if progress is not None:
        progress(name, done, total)


def note(progress: Callable[..., None] | None, name: str, text: str) -> None:
    """Tell a `StageProgress` (not a plain callable) what a stage produced."""
    add = getattr(progress, "note", None)
    if add is not None:
        add(name, text)


def staged(progress: Callable[..., None] | None) -> Callable[..., None] | None:
    """`progress` that also reports "candidates": their count is the total of the first "verify" call."""
    if progress is None or getattr(progress, "_staged", False):
        return progress

    def call(name: str, done: int = 1, total: int | None = None) -> None:
        if name == "verify" and done == 0 and total is not None:
            progress("candidates", total, total)
        progress(name, done, total)

    call._staged = True  # type: ignore[attr-defined]
    call.note = lambda name, text: note(progress, name, text)  # type: ignore[attr-defined]
    return call


__all__ = ["MODES", "STAGES", "StageProgress", "note", "resolve_mode", "stage", "staged"]
