#!/usr/bin/env bash
# Opens JupyterLab on notebooks/ with the TypeScript (tslab) kernel. Run through `npm start`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT/notebooks"
EXTRA=()
[ "$(id -u)" = 0 ] && EXTRA+=(--allow-root)   # containers and CI run as root
exec "$ROOT/.venv/bin/jupyter" lab --notebook-dir="$ROOT/notebooks" --ServerApp.ip="${JUPYTER_IP:-127.0.0.1}" \
  --ServerApp.port="${JUPYTER_PORT:-8888}" "${EXTRA[@]}" "$@"
