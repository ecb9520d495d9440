#!/usr/bin/env bash
# Create .venv (once) and install tracer with its dev extras into it. Idempotent:
# re-installs only when pyproject.toml changed. Pip's log goes to .venv/install.log.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.tracer-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setting up .venv (log: .venv/install.log)" >&2
  if ! .venv/bin/python -m pip install -e '.[dev]' >.venv/install.log 2>&1; then
    tail -n 30 .venv/install.log >&2
    exit 1
  fi
  touch "$stamp"
fi
