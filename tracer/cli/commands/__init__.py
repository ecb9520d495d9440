"""One module per command; each registers itself on the app when imported (see `tracer.cli`)."""
