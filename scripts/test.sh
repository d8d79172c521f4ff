#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --tests
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Tests must not find or disturb a user's own sandbox or data.
export MMS_DATA_DIR="${TMPDIR:-/tmp}/mms-test-data.$$"
export MMS_SANDBOX_DIR="$MMS_DATA_DIR/sandbox"
trap 'rm -rf "$MMS_DATA_DIR"' EXIT
(cd build && ctest --output-on-failure --timeout 600 -j"$(nproc)")

# The same tests again with AddressSanitizer and UndefinedBehaviorSanitizer.
# Leak checking is off: Qt's global caches look like leaks at exit.
BUILD_DIR=build-asan BUILD_TYPE=Debug CMAKE_ARGS=-DMMS_SANITIZE=ON bash scripts/build.sh
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure --timeout 900 -j"$(nproc)")

# Fuzzing: every parser of outside input under libFuzzer (clang, ASan+UBSan), 30 s each on its
# seed corpus, after replaying the inputs that once crashed (fuzz/regressions).
FUZZ_SECONDS="${FUZZ_SECONDS:-30}" bash scripts/fuzz.sh
