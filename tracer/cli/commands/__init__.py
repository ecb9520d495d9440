"""Every command module registers itself on the app when imported (one line per module)."""

import tracer.cli.commands.check  # noqa: F401
import tracer.cli.commands.compare  # noqa: F401
import tracer.cli.commands.credits  # noqa: F401
import tracer.cli.commands.db  # noqa: F401
import tracer.cli.commands.dedup  # noqa: F401
import tracer.cli.commands.feeds  # noqa: F401
import tracer.cli.commands.report  # noqa: F401
import tracer.cli.commands.trace  # noqa: F401
