#!/usr/bin/env bash
# Installs the Debian 12 packages MMS Studio needs to build, run and test.
# Idempotent: does nothing (and needs no network) when everything is installed.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ ccache pkg-config python3
  qt6-base-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libpq-dev libsqlite3-dev libxkbcommon-dev libvulkan-dev qtkeychain-qt6-dev libuchardet-dev
  libzip-dev libexpat1-dev libxlsxwriter-dev
  gstreamer1.0-plugins-good gstreamer1.0-libav
  xvfb xauth ffmpeg sqlite3 openssl fonts-noto-cjk qt6-translations-l10n
  desktop-file-utils appstream dpkg-dev
  clang libclang-rt-14-dev
)

# --tests: also a PostgreSQL server, which the tests start throw-away copies of (a desktop that
# only runs the studio does not need one: team databases live on a server), and gnome-keyring,
# a real keychain for the tests of passwords kept in it (a desktop has its own).
if [ "${1:-}" = "--tests" ]; then
  PACKAGES+=(postgresql gnome-keyring dbus python3-openpyxl)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
