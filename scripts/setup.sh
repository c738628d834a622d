#!/usr/bin/env bash
# One set-up for every machine: a student's clone, a Codespace (post-create), CI.
# Installs only what is missing; a second run does nothing but check.
#   node modules → TensorFlow.js native backend → build lib/ and grader/ → Python venv with
#   JupyterLab → tslab kernelspec inside the venv → project-local Jupyter settings.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

# --- prerequisites -----------------------------------------------------------------------------
command -v node >/dev/null || die "Node.js is not installed. Install Node.js 20.19 or newer (https://nodejs.org or your package manager), then run this again."
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || die "Node.js $(node --version) is too old: the course needs 20.19 or newer (tslab imports ESM packages through require(esm))."
PY="${PYTHON:-python3}"
command -v "$PY" >/dev/null || die "Python 3 is not installed. It hosts JupyterLab only. Install python3 (3.9+) and python3-venv, then run this again."
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' || die "$("$PY" --version) is too old: JupyterLab 4 needs Python 3.9 or newer."

# --- node modules (install scripts off: tfjs-node's would download from an unreachable host; see setup-tfjs.sh) ---
stamp_newer() { [ -e "$2" ] && [ "$2" -nt "$1" ]; }   # is $2 newer than $1?
if ! stamp_newer package-lock.json node_modules/.install-stamp; then
  say "installing node modules (npm ci)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  touch node_modules/.install-stamp
fi

# --- TensorFlow.js native backend (design §6) --------------------------------------------------
if [ -x scripts/setup-tfjs.sh ]; then bash scripts/setup-tfjs.sh; fi

# --- build the library and the grader ---------------------------------------------------------
say "building lib/ and grader/ (incremental)"
node_modules/typescript/bin/tsc -b lib grader

# --- Python venv with JupyterLab ----------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  say "creating the Python venv in .venv"
  "$PY" -m venv .venv || die "could not create a venv: install python3-venv (Debian/Ubuntu: apt-get install python3-venv) and run this again."
fi
if ! stamp_newer scripts/requirements.txt .venv/.install-stamp; then
  say "installing JupyterLab and the test oracles into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/requirements.txt
  touch .venv/.install-stamp
fi

# --- tslab kernelspec inside the venv (argv is absolute: redo it when the checkout moves) ------
KERNEL_JSON=.venv/share/jupyter/kernels/tslab/kernel.json
if ! grep -qF "$ROOT/node_modules/.bin/tslab" "$KERNEL_JSON" 2>/dev/null; then
  say "installing the tslab kernelspec into .venv"
  node_modules/.bin/tslab install --python="$ROOT/.venv/bin/python" --sys-prefix --binary="$ROOT/node_modules/.bin/tslab" >/dev/null
  rm -rf .venv/share/jupyter/kernels/jslab   # the course is TypeScript only
fi

# --- project-local Jupyter settings --------------------------------------------------------------
OVERRIDES=.venv/share/jupyter/lab/settings/overrides.json
if [ ! -f "$OVERRIDES" ]; then
  mkdir -p "$(dirname "$OVERRIDES")"
  cat > "$OVERRIDES" <<'JSON'
{
  "@jupyterlab/apputils-extension:notification": { "fetchNews": "false", "checkForUpdates": false },
  "@jupyterlab/notebook-extension:tracker": { "kernelShutdown": false }
}
JSON
fi
say "ready"
