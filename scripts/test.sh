#!/usr/bin/env bash
# Builds everything and runs the whole test suite: the C++ tests, then the
# Python tests against the oldest supported JAX (on Python 3.11) and against
# the newest JAX (on the newest Python installed).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OLDEST_JAX="jax==0.9.0 jaxlib==0.9.0"

ensure_googletest() {
  if [ -f /usr/include/gtest/gtest.h ] || [ -f /usr/local/include/gtest/gtest.h ]; then return 0; fi
  if command -v apt-get >/dev/null 2>&1; then
    log "installing GoogleTest (Debian package libgtest-dev)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libgtest-dev >/dev/null
  else
    echo "GoogleTest is needed for the C++ tests; install it (e.g. brew install googletest)" >&2
    return 1
  fi
}

ensure_clang_fuzzer() {
  if command -v clang++ >/dev/null 2>&1 &&
     echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
       clang++ -x c++ -fsanitize=fuzzer - -o /dev/null >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "clang with libFuzzer is needed for the fuzz run" >&2
    return 1
  fi
  log "installing clang and its libFuzzer runtime (Debian packages)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang >/dev/null
  local major
  major="$(clang++ --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "libclang-rt-$major-dev" >/dev/null
}

newest_python="$(find_newest_python)"
oldest_python="$(find_python 3.11)"
if [ -z "$oldest_python" ]; then
  echo "Python 3.11 is needed to test the oldest supported JAX" >&2
  exit 1
fi

ensure_googletest
build_wheel "$newest_python"
make_env "$ROOT/.venv-newest" "$newest_python" jax
make_env "$ROOT/.venv-oldest" "$oldest_python" $OLDEST_JAX

log "C++ formatting (clang-format)"
"$ROOT/.venv-newest/bin/python" -m pip install --quiet "clang-format==23.1.*"
(cd "$ROOT" && git ls-files '*.cc' '*.h' | xargs "$ROOT/.venv-newest/bin/clang-format" --dry-run --Werror)

log "C++ tests"
if ! command -v cmake >/dev/null 2>&1 || ! command -v ninja >/dev/null 2>&1; then
  "$ROOT/.venv-newest/bin/python" -m pip install --quiet cmake ninja
  export PATH="$ROOT/.venv-newest/bin:$PATH"
fi
cmake -S "$ROOT" -B "$ROOT/build/tests" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMETALLIB_BUILD_BENCHMARKS=ON \
  -DMETALLIB_BUILD_TESTS=ON -DPython_EXECUTABLE="$ROOT/.venv-newest/bin/python" >/dev/null
cmake --build "$ROOT/build/tests"
ctest --test-dir "$ROOT/build/tests" --output-on-failure

log "C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S "$ROOT" -B "$ROOT/build/sanitized" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
  -DMETALLIB_BUILD_TESTS=ON -DPython_EXECUTABLE="$ROOT/.venv-newest/bin/python" >/dev/null
cmake --build "$ROOT/build/sanitized"
# libmlx is not instrumented; leaks it keeps for the process lifetime are not ours.
ASAN_OPTIONS=detect_leaks=0 ctest --test-dir "$ROOT/build/sanitized" --output-on-failure

log "fuzzing the StableHLO reader for 60 s (libFuzzer, ASan, UBSan)"
ensure_clang_fuzzer
cmake -S "$ROOT" -B "$ROOT/build/fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMETALLIB_BUILD_FUZZERS=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
  -DPython_EXECUTABLE="$ROOT/.venv-newest/bin/python" >/dev/null
cmake --build "$ROOT/build/fuzz" --target reader_fuzzer
fuzz_dir="$(mktemp -d)"
# New inputs go to a scratch directory; the committed artifacts are seeds.
"$ROOT/build/fuzz/tests/fuzz/reader_fuzzer" -max_total_time=60 -rss_limit_mb=2048 \
  -max_len=65536 -timeout=10 -print_final_stats=1 "$fuzz_dir" \
  "$ROOT/tests/cpp/bytecode/data" "$ROOT/tests/cpp/stablehlo/data" \
  "$ROOT/tests/golden/corpus/1.13.0" \
  "$ROOT/tests/golden/corpus/1.22.0" 2>&1 | tail -n 12
rm -rf "$fuzz_dir"

status=0
census_dir="$(mktemp -d)"
# The two JAX versions are tested at the same time: most of a test is Python
# tracing on one core, so on a machine of two or more cores this halves the
# longest step. Each run writes its own log, printed when both are done.
run_python_tests() {
  local env="$1"
  # Run outside the source tree's python/ so the installed package is tested.
  (cd "$ROOT" && METALLIB_OP_CENSUS="$census_dir/$env.json" \
    "$ROOT/.venv-$env/bin/python" -m pytest -q -p no:cacheprovider --durations=15 \
    tests/python tests/golden) >"$census_dir/$env.log" 2>&1
}
log "Python tests, newest and oldest JAX, side by side"
declare -A test_pid
for env in newest oldest; do
  run_python_tests "$env" &
  test_pid[$env]=$!
done
for env in newest oldest; do
  env_status=0
  wait "${test_pid[$env]}" || env_status=$?
  log "Python tests, $env JAX: exit status $env_status"
  cat "$census_dir/$env.log"
  [ "$env_status" -eq 0 ] || status=1
done
# Every op the reader knows must be compiled by some test or refused on
# purpose by some test; docs/op-coverage.md is generated from the newest run.
log "Op coverage"
(cd "$ROOT" && "$ROOT/.venv-newest/bin/python" scripts/op_coverage.py --check \
  --compare docs/op-coverage.md "$census_dir/newest.json") || status=1
# The oldest JAX emits fewer forms (no gather batching dims, top_k as a
# custom call); its census is reported, the newest one is the gate.
(cd "$ROOT" && "$ROOT/.venv-oldest/bin/python" scripts/op_coverage.py \
  "$census_dir/oldest.json") || status=1
rm -rf "$census_dir"
# Fusion (mx::compile) is the default on a GPU but off on MLX's CPU backend;
# run the programs of the jit, control-flow, model and elementwise tests
# through it too.
log "Python tests with fusion on (MPS_FUSE=1), newest JAX"
(cd "$ROOT" && MPS_FUSE=1 "$ROOT/.venv-newest/bin/python" -m pytest -q tests/python/test_jit.py \
  tests/python/test_control_flow.py tests/python/test_models.py \
  tests/python/ops/test_elementwise.py) || status=1
log "done, status $status"
exit $status
