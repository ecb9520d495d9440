"""Every command module registers itself on the app when imported."""

import tracer.cli.commands.db  # noqa: F401
from tracer.cli.commands import credits, dedup, trace  # noqa: F401
