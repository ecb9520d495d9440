"""Worker processes that do not outlive the run that started them.

`dedup` fingerprints large inputs in a process pool. When the parent is killed
(SIGKILL, or SIGTERM, whose default action ends it without cleanup), nobody shuts the
pool down: the workers kept running for minutes, holding memory and the store open.
So each worker, when it starts, asks Linux to send it SIGKILL when its parent dies
(`prctl(PR_SET_PDEATHSIG)`), and also watches its parent's pid from a daemon thread
(other systems, or a parent that died before the prctl call took effect).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
WATCH_INTERVAL = 1.0  # seconds between two looks at the parent pid


def die_with_parent(parent: int | None = None) -> None:
    """Call first thing in a child process: end it as soon as `parent` (default: its
    parent now) is gone. Safe to call anywhere; does nothing it cannot do."""
    parent = parent if parent is not None else os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the prctl: nobody will signal us
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="tracer-parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while True:
        time.sleep(WATCH_INTERVAL)
        if os.getppid() != parent:
            os._exit(1)


__all__ = ["die_with_parent"]
