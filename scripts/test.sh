#!/usr/bin/env bash
# Every test of the course (run through `npm test`, after scripts/setup.sh):
#   1. type-check everything (strict) — lib, grader, bench, tests
#   2. jest: lib unit + property + OpenCV agreement tests, grader tests, exercise meta-tests, attacks,
#      the devcontainer configuration (read by the Dev Containers CLI)
#   3. notebook validation through nbformat (schema, kernelspec, no outputs, exercise metadata)
#   4. every notebook executed through the real tslab kernel with nbclient (two at a time)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
source scripts/env.sh
step() { printf '\n\033[1;34m== %s\033[0m\n' "$*"; }
START=$SECONDS

step "type-check (strict)"
node_modules/typescript/bin/tsc -p tsconfig.json

step "unit, property, agreement, grader and meta-tests (jest)"
node_modules/.bin/jest --ci ${JEST_ARGS:-}

step "notebook validation (nbformat)"
.venv/bin/python scripts/notebooks/validate.py

step "notebook execution (tslab kernel through nbclient)"
.venv/bin/python scripts/notebooks/execute.py --jobs 2

printf '\nall tests passed in %d s\n' $((SECONDS - START))
