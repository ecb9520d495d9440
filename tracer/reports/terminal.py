"""A rich console that never passes control characters from the content to the terminal.

Titles, ids, bylines and evidence in text reports come from pages. An `ESC ]0;…` in a
title retitles the terminal window, `ESC [2J` clears it, a bidi override reorders what
the reader sees. `rich.markup.escape` only stops rich's own markup. So the console
strips control characters from every text segment it renders (`terminal_safe`), while
rich's own styling, which it adds around the segments, is untouched. This works for
every renderable (tables, trees, rules), whatever code built it.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

from tracer.untrusted import terminal_safe


class SafeConsole(Console):
    """`rich.console.Console` whose rendered text carries no control or escape characters."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            seg if seg.control else Segment(terminal_safe(seg.text), seg.style, seg.control) for seg in buffer)


__all__ = ["SafeConsole"]
