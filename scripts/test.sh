#!/usr/bin/env bash
# The test suite, from a fresh clone: installs what it needs, lints, then runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/browser-deps.sh
export TRACER_REQUIRE_BROWSER=1
.venv/bin/ruff check tracer tests scripts
.venv/bin/python -m pytest "$@"
