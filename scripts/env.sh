# Sourced by the start and test scripts: keep Jupyter's files inside the project, not in ~/.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export JUPYTER_CONFIG_DIR="$ROOT/.jupyter/config"
export JUPYTER_DATA_DIR="$ROOT/.jupyter/data"
export JUPYTER_RUNTIME_DIR="$ROOT/.jupyter/runtime"
export JUPYTER_PATH="$ROOT/.venv/share/jupyter"
export PATH="$ROOT/.venv/bin:$ROOT/node_modules/.bin:$PATH"
