#!/usr/bin/env bash
# What the browser tests need beyond pip: Debian's chromium (driven by the playwright
# Python package, never its own browser download) and the npm package mermaid (its
# parser checks the Markdown report's diagrams). Idempotent and quiet; logs go to
# .venv/browser-deps.log.
set -euo pipefail
cd "$(dirname "$0")/.."
log=.venv/browser-deps.log
mkdir -p .venv
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (log: $log)" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium; } >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    exit 1
  fi
fi
mermaid=.venv/node/node_modules/mermaid/dist/mermaid.min.js
if [ ! -f "$mermaid" ]; then
  echo "installing mermaid from npm (log: $log)" >&2
  mkdir -p .venv/node
  # node reads no system certificate store: where the environment names no extra bundle, the
  # system's (a proxy's own CA lives there on many build machines) is handed to it
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  # bounded: a registry that cannot be reached (no CA bundle, no route) fails in minutes, not never
  if ! timeout 900 npm install --prefix .venv/node --no-audit --no-fund --silent --fetch-timeout=60000 \
      --fetch-retries=2 mermaid@11 >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    exit 1
  fi
fi
