"""Every command module registers itself on the app when imported."""

from tracer.cli.commands import (  # noqa: F401
    credits,
    dedup,
    report,
    trace,
)
