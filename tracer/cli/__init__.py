"""The `tracer` command: a thin typer layer over the public functions of `tracer`.

Each command group lives in its own module and registers itself on `app` when imported.
`main()` imports only the module of the command it runs (`tracer dedup` never loads the
report, check or compare machinery, a tenth of a second of start-up on every call); help,
`--version` and anything unknown load them all. `from tracer.cli import app` gives the app
with every command registered.
Results go to stdout, progress and per-item errors to stderr.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from tracer.errors import TracerError

__all__ = ["app", "main"]

COMMANDS = ("check", "compare", "credits", "db", "dedup", "feeds", "report", "trace")  # the help lists them so


def load_commands(argv: list[str] | None = None) -> Any:
    """The app with the command `argv` names registered, or every command when it names none."""
    from tracer.cli._app import app

    name = argv[0] if argv and not argv[0].startswith("-") else None  # `tracer --help dedup`: the app's help, whole
    for mod in (name,) if name in COMMANDS else COMMANDS:
        importlib.import_module(f"tracer.cli.commands.{mod}")
    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return load_commands()
    raise AttributeError(f"module 'tracer.cli' has no attribute {name!r}")


def main() -> None:
    app = load_commands(sys.argv[1:])
    try:
        app()
    except TracerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
