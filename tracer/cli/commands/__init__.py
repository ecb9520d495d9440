"""Every command module registers itself on the app when imported."""

from tracer.cli.commands import credits, dedup, trace  # noqa: F401
from tracer.cli.commands import db as _db  # noqa: F401
