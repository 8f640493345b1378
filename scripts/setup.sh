#!/usr/bin/env bash
# Sets up .venv with jax-metallib built from this checkout and the newest
# JAX this machine's Python can install.
#   bash scripts/setup.sh            # newest installed Python
#   PYTHON=python3.11 bash scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

python="${PYTHON:-$(find_newest_python)}"
build_wheel "$python"
make_env "$ROOT/.venv" "$python" jax
log "ready: $ROOT/.venv"
