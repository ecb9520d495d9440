#!/usr/bin/env bash
# Create .venv (once) and install tracer (with its dev and spark extras unless TRACER_EXTRAS says). Idempotent:
# re-installs only when pyproject.toml or the extras changed. Pip's log goes to .venv/install.log.
# The spark extra (PySpark) is for the Spark parity tests; Spark also needs Java 17+ on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.tracer-installed
# TRACER_EXTRAS="" (the demo) installs tracer and its runtime dependencies only; a .venv set up
# with extras already has them, so it is left as it is.
extras=${TRACER_EXTRAS-dev,spark}
if [ -z "$extras" ] && [ -f "$stamp" ] && [ ! pyproject.toml -nt "$stamp" ]; then
  exit 0
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ "$(cat "$stamp")" != "$extras" ]; then
  echo "setting up .venv (log: .venv/install.log)" >&2
  if ! .venv/bin/python -m pip install -e ".${extras:+[$extras]}" >.venv/install.log 2>&1; then
    tail -n 30 .venv/install.log >&2
    exit 1
  fi
  echo "$extras" >"$stamp"
fi
