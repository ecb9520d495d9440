"""Every command module registers itself on the app when imported."""

from tracer.cli.commands import compare, credits, dedup, trace  # noqa: F401
