#!/usr/bin/env bash
# Set up (first run only) and start Launch Atlas on the bundled data: http://localhost:8501
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_venv requirements.lock
cd "$ROOT"
exec "$VENV/bin/python" -m streamlit run app.py "$@"
