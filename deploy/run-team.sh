#!/usr/bin/env bash
# Serve Launch Atlas to a team: N app processes on ports BASE+1..BASE+N, behind nginx on PORT,
# one data directory for all ($LAUNCH_ATLAS_DATA_DIR, else the bundled data/).
#   bash deploy/run-team.sh [N=3] [PORT=8500] [BASE=8600]
# Ctrl-C stops nginx and every app process. Needs Debian's nginx (apt-get install nginx).
set -euo pipefail
N="${1:-3}"
PORT="${2:-8500}"
BASE="${3:-8600}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup-env.sh"
ensure_venv requirements.lock
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is not installed: apt-get install nginx" >&2; exit 1; }

RUN_DIR="${LAUNCH_ATLAS_RUN_DIR:-$(mktemp -d -t launch-atlas-team-XXXXXX)}"
mkdir -p "$RUN_DIR/tmp"
servers=""
for i in $(seq 1 "$N"); do servers+="        server 127.0.0.1:$((BASE + i));"$'\n'; done
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"  # else workers run as nobody, who cannot use RUN_DIR
export servers
sed -e "s|@LISTEN@|$PORT|" -e "s|@USER_LINE@|$user_line|" "$ROOT/deploy/nginx-launch-atlas.conf" |
  awk '/@UPSTREAM_SERVERS@/ { printf "%s", ENVIRON["servers"]; next } { print }' > "$RUN_DIR/nginx.conf"

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
cd "$ROOT"
for i in $(seq 1 "$N"); do
  "$VENV/bin/python" -m streamlit run app.py --server.port "$((BASE + i))" \
    --server.address 127.0.0.1 > "$RUN_DIR/app-$i.log" 2>&1 &
  pids+=("$!")
done
echo "Launch Atlas: $N app processes behind http://localhost:$PORT (logs in $RUN_DIR)"
"$NGINX" -p "$RUN_DIR" -c nginx.conf -e "$RUN_DIR/error.log" -g "daemon off;" &
pids+=("$!")
wait -n
