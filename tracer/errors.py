"""One exception hierarchy a caller can catch at any level.

Expected per-item failures (a page that does not parse, a host that times out) do not
raise: they become `ItemError`s on the item. These exceptions are for failures that stop
a whole call: bad usage, an unusable store.
"""


class TracerError(Exception):
    """Base class of every error tracer raises on purpose."""


class InputError(TracerError):
    """An input cannot be read or understood (missing file, unknown format, bad field)."""


class FetchError(TracerError):
    """A URL cannot be fetched (network error, refused by robots.txt, bad status)."""


class StoreError(TracerError):
    """The store cannot be opened, is corrupt, or was built with other parameters."""
