#!/usr/bin/env bash
# Installs what is needed, builds, and starts MMS Studio on the sandbox platform.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting MMS Studio under Xvfb (invisible). Run this from a desktop session to see it."
  exec xvfb-run -a build/app/mms-studio "$@"
fi
exec build/app/mms-studio "$@"
