#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Tests must not find or disturb a user's own sandbox or data.
export MMS_DATA_DIR="${TMPDIR:-/tmp}/mms-test-data.$$"
export MMS_SANDBOX_DIR="$MMS_DATA_DIR/sandbox"
trap 'rm -rf "$MMS_DATA_DIR"' EXIT
cd build
ctest --output-on-failure --timeout 600 -j"$(nproc)"
