# Shared helpers for setup.sh and test.sh. Sourced, not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WHEEL_DIR="$ROOT/build/dist"

# Each line says how long the run has taken so far, so a slow step shows.
log() { printf '\n== [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

# Prints the path of a Python interpreter of the given minor version
# ("3.13"), looking on PATH and in pyenv's versions; empty if none.
find_python() {
  local want="$1" candidate
  for candidate in "python$want" "$(command -v pyenv >/dev/null 2>&1 && pyenv root)/versions/$want"*/bin/python"$want"; do
    # pyenv shims exist on PATH even when they cannot run; try each one.
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys' >/dev/null 2>&1; then
      "$candidate" -c 'import sys; print(sys.executable)'
      return 0
    fi
  done
  if command -v python3 >/dev/null 2>&1 &&
     [ "$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" = "$want" ]; then
    command -v python3
  fi
}

# The newest Python this project supports that is installed here.
find_newest_python() {
  local version found
  for version in 3.14 3.13 3.12 3.11; do
    found="$(find_python "$version")"
    if [ -n "$found" ]; then echo "$found"; return 0; fi
  done
  echo "no Python 3.11 or newer found" >&2
  return 1
}

# Builds the plugin wheel once into build/dist. The wheel is py3-none, so one
# build serves every Python version.
build_wheel() {
  local python="$1"
  log "building the jax-metallib wheel"
  rm -rf "$WHEEL_DIR"
  "$python" -m pip wheel --quiet --no-deps --wheel-dir "$WHEEL_DIR" "$ROOT"
  ls "$WHEEL_DIR"/jax_metallib-*.whl >&2
}

# make_env VENV PYTHON [pip requirement...]: a virtual environment with the
# built wheel, its test extras and the given extra requirements.
make_env() {
  local venv="$1" python="$2"
  shift 2
  log "environment $venv ($("$python" --version 2>&1)) $*"
  "$python" -m venv --clear "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  local wheel
  wheel="$(ls "$WHEEL_DIR"/jax_metallib-*.whl)"
  "$venv/bin/python" -m pip install --quiet "$wheel[test]" "$@"
  "$venv/bin/python" -c 'import jax, jaxlib, mlx.core as mx; print("jax", jax.__version__, "jaxlib", jaxlib.__version__, "mlx", mx.__version__)'
}
