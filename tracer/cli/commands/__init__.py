"""Every command module registers itself on the app when imported."""

import tracer.cli.commands.check  # noqa: F401
import tracer.cli.commands.feeds  # noqa: F401
from tracer.cli.commands import credits, dedup, trace  # noqa: F401
