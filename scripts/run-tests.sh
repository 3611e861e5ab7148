#!/usr/bin/env bash
# Set up (first run only) and run every check: lint, types, data validation, unit, AppTest and
# browser tests. Installs Debian's chromium for the browser tests where apt is available.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_venv requirements-dev.lock
cd "$ROOT"

if ! command -v chromium >/dev/null && [ ! -x /usr/lib/chromium/chromium ]; then
  if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; }; then
    echo "== installing Debian's chromium for the browser tests"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "!!!!!!!!!! NO BROWSER: cannot install chromium here (no apt or no root); browser tests will be SKIPPED !!!!!!!!!!"
  fi
fi

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; }; then
    echo "== installing Debian's nginx for the team proxy test (deploy/)"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "!!!!!!!!!! NO NGINX: cannot install nginx here (no apt or no root); the team proxy test will be SKIPPED !!!!!!!!!!"
  fi
fi

PY="$VENV/bin/python"
# One command a line: under `set -e` a failure inside an `a && b` list does not stop the script.
echo "== ruff";   "$PY" -m ruff check .; "$PY" -m ruff format --check .
echo "== mypy";   "$PY" -m mypy
echo "== data";   "$PY" -m core validate data
echo "== pytest"
# Unit and AppTest tests on both cores, then the browser tests (each starts its own app server).
"$PY" -m pytest -m "not e2e" -n 2 -q "$@"
"$PY" -m pytest -m e2e -q -p no:xdist "$@"
