#!/usr/bin/env bash
# Sourced by run-app.sh and run-tests.sh: make .venv from the given lock file (the tested versions),
# reinstalling only when a requirements or lock file changes.
# Needs only Python 3.11; on Debian, installs python3-venv with apt when the venv module is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LAUNCH_ATLAS_VENV:-$ROOT/.venv}"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

find_python() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))'; then
      echo "$candidate"; return 0
    fi
  done
  echo "Launch Atlas needs Python 3.11 or newer (python3.11 or python3 on PATH)." >&2
  return 1
}

ensure_venv() {
  local requirements="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    local python; python="$(find_python)"
    if ! "$python" -m venv "$VENV" 2>/dev/null; then
      echo "The venv module is missing; installing python3-venv with apt." >&2
      rm -rf "$VENV"
      as_root apt-get update -qq && as_root apt-get install -y -qq python3-venv >/dev/null
      "$python" -m venv "$VENV"
    fi
  fi
  # Reinstall only when the requirement files change (their checksum is the stamp).
  local stamp="$VENV/.requirements-$(basename "$requirements").sha256"
  local sum; sum="$(cat "$ROOT"/requirements*.txt "$ROOT"/requirements*.lock | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/$requirements"
    echo "$sum" > "$stamp"
  fi
}
