#!/usr/bin/env bash
# The main job on samples/: trace the A2 CNN page against the sample corpus, in an embedded store.
set -euo pipefail
cd "$(dirname "$0")/.."
TRACER_EXTRAS="" bash scripts/setup.sh  # the main job needs no extra: no test tools, no Spark
mkdir -p out
.venv/bin/tracer trace samples/a2cnn-hegseth.html --corpus samples/ --db out/samples.db "$@"
