#!/usr/bin/env bash
# Rewrite requirements.lock and requirements-dev.lock: install the ranges of requirements.txt and
# requirements-dev.txt into two throw-away virtual environments and record what pip chose.
# Run it after changing a range; commit the locks with the change (tests/test_requirements_lock.py
# fails while a lock and its ranges disagree).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

freeze() {  # freeze REQUIREMENTS_FILE -> pinned lines on stdout
  python3 -m venv "$WORK/$1.venv"
  "$WORK/$1.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/$1"
  "$WORK/$1.venv/bin/python" -m pip freeze --disable-pip-version-check | grep -v -E '^(pip|setuptools|wheel)=='
}

freeze requirements.txt > "$WORK/runtime"
freeze requirements-dev.txt > "$WORK/dev"
{
  echo "# The tested versions of requirements.txt and everything it pulls in (Python 3.11, Linux x86_64)."
  echo "# scripts/run-app.sh installs from this file; regenerate with scripts/lock-requirements.sh."
  cat "$WORK/runtime"
} > "$ROOT/requirements.lock"
{
  echo "# The tested versions of requirements-dev.txt beyond requirements.lock (Python 3.11, Linux x86_64)."
  echo "# scripts/run-tests.sh installs from this file; regenerate with scripts/lock-requirements.sh."
  echo "-r requirements.lock"
  grep -v -x -F -f "$WORK/runtime" "$WORK/dev" || true
} > "$ROOT/requirements-dev.lock"
echo "wrote requirements.lock ($(grep -c '==' "$ROOT/requirements.lock") pins) and requirements-dev.lock"
