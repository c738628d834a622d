#!/usr/bin/env bash
# TensorFlow.js native backend on every machine (design §6). Called by scripts/setup.sh after `npm ci`.
#
# node_modules/@tensorflow/tfjs-node is installed with install scripts off, so its native addon
# (lib/napi-v*/tfjs_binding.node) and libtensorflow (deps/) are missing after every `npm ci`.
# This script makes them present, in the first way that works:
#   0. the addon already loads                        → nothing to do (a stamp makes reruns < 1 s)
#   1. a cached addon + libraries from an earlier run → re-lay them (seconds, no network)
#   2. the official download host answers (5 s probe) → the package's own install script
#   3. otherwise                                      → PyPI's tensorflow-cpu==2.18.1 wheel
#      (pip download, cached in .cache/tfjs/): its libtensorflow_cc + headers go into deps/,
#      and the addon is rebuilt with node-gyp (through node-pre-gyp). No environment variables
#      are needed afterwards: binding.gyp's rpath $ORIGIN/../../deps/lib finds the libraries.
#
# Environment:
#   CVR_TFJS_SOURCE=auto|download|wheel  force a path (default auto)
#   CVR_TFJS_GPU=1|auto  build (auto: when nvidia-smi lists a GPU) @tensorflow/tfjs-node-gpu instead, against PyPI tensorflow==2.18.1 and
#                      its CUDA 12 pip packages (for a GPU devcontainer; needs the NVIDIA runtime).
#   CVR_TFJS_SKIP=1    do nothing (the course then falls back to the wasm / cpu backends).
#   PYTHON             the python3 used for pip (default: python3)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
say() { printf '\033[1;34m[setup-tfjs]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[setup-tfjs]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[setup-tfjs] %s\033[0m\n' "$*" >&2; exit 1; }

[ "${CVR_TFJS_SKIP:-0}" = 1 ] && { say "CVR_TFJS_SKIP=1: skipping the native backend"; exit 0; }

TFJS_VERSION=4.22.0
TF_VERSION=2.18.1
GPU="${CVR_TFJS_GPU:-0}"
# auto (the devcontainer's setting): the GPU build only where the NVIDIA runtime shows a GPU.
if [ "$GPU" = auto ]; then
  if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L 2>/dev/null | grep -q '^GPU'; then GPU=1; else GPU=0; fi
fi
SOURCE="${CVR_TFJS_SOURCE:-auto}"
PY="${PYTHON:-python3}"
if [ "$GPU" = 1 ]; then PKG_NAME=@tensorflow/tfjs-node-gpu; WHEEL=tensorflow; else PKG_NAME=@tensorflow/tfjs-node; WHEEL=tensorflow-cpu; fi
PKG="$ROOT/node_modules/$PKG_NAME"
CACHE="$ROOT/.cache/tfjs"
NAPI="$(node -p 'process.versions.napi')"
# node-pre-gyp builds for the highest N-API version in the package's list that Node supports (8 here).
addon_path() { ls "$PKG"/lib/napi-v*/tfjs_binding.node 2>/dev/null | head -n1; }
STAMP_KEY="$PKG_NAME@$TFJS_VERSION node-abi=$(node -p 'process.versions.modules') napi=$NAPI arch=$(uname -m)"
STAMP="$PKG/deps/.cvr-setup-stamp"

# --- 0. fast path: stamp written by a successful earlier run (npm ci deletes it with deps/) ----
if [ -f "$STAMP" ] && [ "$(head -n1 "$STAMP")" = "$STAMP_KEY" ] && [ -n "$(addon_path)" ]; then
  exit 0
fi

START=$(date +%s)
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PLAT=manylinux2014_x86_64 ;;
  Linux-aarch64) PLAT=manylinux2014_aarch64; WHEEL=tensorflow ;;   # no tensorflow-cpu for aarch64
  *) PLAT="" ;;
esac

# --- the GPU package is not in package.json (the GPU devcontainer asks for it) -----------------
if [ "$GPU" = 1 ] && [ ! -f "$PKG/package.json" ]; then
  say "installing $PKG_NAME@$TFJS_VERSION (no save, install scripts off)"
  npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error "$PKG_NAME@$TFJS_VERSION"
fi
[ -f "$PKG/package.json" ] || die "$PKG_NAME is not in node_modules: run 'npm ci --ignore-scripts' (scripts/setup.sh does) first."

loads() {  # does the addon load (with its libtensorflow)?
  local a; a="$(addon_path)"; [ -n "$a" ] || return 1
  node -e 'process.dlopen({exports:{}}, process.argv[1])' "$a" 2>/dev/null
}

patch_histogram() {  # tfjs-node bug: concat of three scalars fails on all-equal tensors; stack is right
  local f="$PKG/dist/nodejs_kernel_backend.js"
  if grep -qF 'tf.concat([bucketStart, bucketEnd, bucketCounts_1]).reshape([1, 3])' "$f" 2>/dev/null; then
    sed -i 's/tf\.concat(\[bucketStart, bucketEnd, bucketCounts_1\])\.reshape(\[1, 3\])/tf.stack([bucketStart, bucketEnd, bucketCounts_1]).reshape([1, 3])/' "$f"
    say "patched tfjs-node's histogram helper (concat → stack of scalars)"
  fi
}

finish() {  # $1 = path taken
  loads || die "the addon was built but does not load: $(node -e 'process.dlopen({exports:{}}, process.argv[1])' "$(addon_path)" 2>&1 | head -n3)"
  patch_histogram
  mkdir -p "$PKG/deps"; printf '%s\npath=%s\n' "$STAMP_KEY" "$1" > "$STAMP"
  local info
  info="$(cd "$ROOT" && node -e '
    const tf = require(process.argv[1]);
    const b = tf.backend();
    const tfv = b.binding && b.binding.TF_Version;
    console.log(`backend=${tf.getBackend()} tfjs-node=${tf.version["tfjs-node"]} libtensorflow=${tfv}`);
  ' "$PKG_NAME" 2>/dev/null | tail -n1)"
  say "ready via $1 in $(( $(date +%s) - START )) s: $info"
  exit 0
}

# --- already there (e.g. a machine where the install script ran) -------------------------------
if loads; then finish "existing addon"; fi

# --- prerequisites for building ------------------------------------------------------------------
need_build_tools() {
  local missing=()
  for t in g++ make "$PY"; do command -v "$t" >/dev/null || missing+=("$t"); done
  [ ${#missing[@]} -eq 0 ] || die "cannot build the TensorFlow.js native addon: missing ${missing[*]}. Install them (Debian/Ubuntu: apt-get install g++ make python3) and run this again, or set CVR_TFJS_SKIP=1 to use the slow pure-JavaScript backend."
}

# --- 1. cache from an earlier wheel build: re-lay deps/ and the addon (after every npm ci) -------
ADDON_CACHE="$CACHE/addon/$(echo "$STAMP_KEY tf=$WHEEL-$TF_VERSION" | tr ' /@=' '____')"

lay_wheel() {  # extract libtensorflow + C headers from the wheel into $PKG/deps
  local whl="$1" deps="$PKG/deps" tmp
  rm -rf "$deps"; mkdir -p "$deps/lib" "$deps/include"
  tmp="$(mktemp -d "$CACHE/unpack.XXXXXX")"
  "$PY" - "$whl" "$tmp" <<'PY'
import sys, zipfile
whl, dest = sys.argv[1], sys.argv[2]
keep = ("tensorflow/libtensorflow_cc.so.2", "tensorflow/libtensorflow_framework.so.2",
        "tensorflow/include/tensorflow/c/", "tensorflow/include/tensorflow/core/platform/ctstring",
        "tensorflow/include/tsl/platform/ctstring", "tensorflow/include/xla/tsl/c/")
with zipfile.ZipFile(whl) as z:
    names = [n for n in z.namelist() if n.startswith(keep)]
    if not any(n.endswith("libtensorflow_cc.so.2") for n in names):
        sys.exit(f"{whl} has no libtensorflow_cc.so.2")
    z.extractall(dest, names)
PY
  mv "$tmp/tensorflow/libtensorflow_cc.so.2" "$tmp/tensorflow/libtensorflow_framework.so.2" "$deps/lib/"
  mv "$tmp/tensorflow/include/"* "$deps/include/"
  rm -rf "$tmp"
  # the names binding.gyp links against, plus the file scripts/install.js checks before downloading
  ln -sf libtensorflow_cc.so.2 "$deps/lib/libtensorflow.so"
  ln -sf libtensorflow_cc.so.2 "$deps/lib/libtensorflow.so.2"
  ln -sf libtensorflow_cc.so.2 "$deps/lib/libtensorflow.so.2.9.1"
  ln -sf libtensorflow_framework.so.2 "$deps/lib/libtensorflow_framework.so"
}

lay_cuda() {  # GPU: CUDA 12 libraries where the wheel's RUNPATH ($ORIGIN/../nvidia/*/lib) looks
  local w
  for w in "$CACHE"/cuda/nvidia_*.whl; do
    "$PY" -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2], [n for n in z.namelist() if n.startswith("nvidia/")])' "$w" "$PKG/deps"
  done
}

wheel_file() { ls "$CACHE"/"${WHEEL//-/_}"-"$TF_VERSION"-*.whl 2>/dev/null | head -n1; }

if [ "$SOURCE" != download ] && [ -f "$ADDON_CACHE/tfjs_binding.node" ] && [ -n "$(wheel_file)" ]; then
  say "re-laying libtensorflow $TF_VERSION from $(basename "$(wheel_file)") and the cached addon"
  lay_wheel "$(wheel_file)"
  [ "$GPU" = 1 ] && lay_cuda
  mkdir -p "$PKG/lib/napi-v$(cat "$ADDON_CACHE/napi")"
  cp "$ADDON_CACHE/tfjs_binding.node" "$PKG/lib/napi-v$(cat "$ADDON_CACHE/napi")/"
  if loads; then finish "cache (.cache/tfjs)"; fi
  warn "the cached addon does not load; rebuilding"
fi

# --- 2. the official download host --------------------------------------------------------------
host_reachable() {
  node -e '
    const req = require("https").request("https://storage.googleapis.com/tf-builds/", {method: "HEAD", timeout: 5000},
      (res) => process.exit(res.statusCode < 500 ? 0 : 1));
    req.on("timeout", () => { req.destroy(); process.exit(1); });
    req.on("error", () => process.exit(1));
    req.end();' 2>/dev/null
}
export PATH="$ROOT/node_modules/.bin:$PATH"
[ -d /usr/include/node ] && export npm_config_nodedir=/usr   # local Node headers: node-gyp needs no download

if [ "$SOURCE" = download ] || { [ "$SOURCE" = auto ] && [ "$GPU" != 1 ] && host_reachable; }; then
  say "download host reachable: running $PKG_NAME's own install script (libtensorflow 2.9.1 + prebuilt addon)"
  need_build_tools
  script="$(node -p "require('$PKG/package.json').scripts.install")"
  if (cd "$PKG" && sh -c "$script") && loads; then finish "download host"; fi
  [ "$SOURCE" = download ] && die "the install script of $PKG_NAME failed (see above)"
  warn "the install script failed; trying PyPI's $WHEEL==$TF_VERSION wheel instead"
fi

# --- 3. PyPI wheel --------------------------------------------------------------------------------
[ -n "$PLAT" ] || die "no PyPI libtensorflow route for $(uname -s)-$(uname -m); the course will use the wasm/cpu backends (set CVR_TFJS_SKIP=1 to silence this)."
need_build_tools
mkdir -p "$CACHE"
pip_download() {  # a pinned wheel for a fixed platform/python so the cache is the same on every machine
  "$PY" -m pip --version >/dev/null 2>&1 || die "$PY has no pip: install python3-pip (or set PYTHON to a python with pip) and run this again."
  "$PY" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --python-version 3.11 --platform "$PLAT" --dest "$1" "${@:2}" \
    || die "could not download ${*:2} from PyPI (no network or no pip index?). Put the wheel in $1 by hand and run this again."
}
if [ -z "$(wheel_file)" ]; then
  say "downloading $WHEEL==$TF_VERSION from PyPI into .cache/tfjs (≈230 MB CPU / ≈600 MB GPU)"
  pip_download "$CACHE" "$WHEEL==$TF_VERSION"
fi
say "laying libtensorflow $TF_VERSION from $(basename "$(wheel_file)") into $PKG_NAME/deps"
lay_wheel "$(wheel_file)"

if [ "$GPU" = 1 ]; then
  # the CUDA 12 packages of tensorflow[and-cuda]==2.18.1 (resolved with pip install --dry-run --report)
  mkdir -p "$CACHE/cuda"
  if [ -z "$(ls "$CACHE"/cuda/nvidia_cudnn_cu12-*.whl 2>/dev/null)" ]; then
    say "downloading the CUDA 12 pip packages (≈3 GB) into .cache/tfjs/cuda"
    pip_download "$CACHE/cuda" nvidia-cublas-cu12==12.5.3.2 nvidia-cuda-cupti-cu12==12.5.82 \
      nvidia-cuda-nvcc-cu12==12.5.82 nvidia-cuda-nvrtc-cu12==12.5.82 nvidia-cuda-runtime-cu12==12.5.82 \
      nvidia-cudnn-cu12==9.3.0.75 nvidia-cufft-cu12==11.2.3.61 nvidia-curand-cu12==10.3.6.82 \
      nvidia-cusolver-cu12==11.6.3.83 nvidia-cusparse-cu12==12.5.1.3 nvidia-nccl-cu12==2.21.5 \
      nvidia-nvjitlink-cu12==12.5.82
  fi
  say "laying the CUDA libraries into $PKG_NAME/deps/nvidia"
  lay_cuda
fi

say "building the addon with node-gyp (g++; 5–60 s)"
rm -rf "$PKG/build" "$PKG"/lib/napi-v*
(cd "$PKG" && node-pre-gyp install --build-from-source --loglevel=error >"$CACHE/build.log" 2>&1) \
  || die "building the addon failed; the log is in .cache/tfjs/build.log: $(tail -n 5 "$CACHE/build.log")"
rm -rf "$PKG/build"   # 40 MB of objects; the addon is in lib/napi-v*/
ADDON="$(addon_path)"
mkdir -p "$ADDON_CACHE"; cp "$ADDON" "$ADDON_CACHE/"
basename "$(dirname "$ADDON")" | sed 's/napi-v//' > "$ADDON_CACHE/napi"
finish "PyPI wheel $WHEEL==$TF_VERSION"
