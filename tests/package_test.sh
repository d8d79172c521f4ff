#!/usr/bin/env bash
# The .debs: built with CPack, the studio's desktop entry and AppStream metadata valid, installed
# on this machine (when run as root), and the installed studio starts: --version, then a headless
# start that brings up the sandbox from /usr/bin and saves a picture of its window. The receiver's
# package: its files, its config kept as a conffile, its system user, and --check of a config.
set -euo pipefail
BUILD_DIR="$1"
SOURCE_DIR="$2"
cd "$BUILD_DIR"

desktop-file-validate "$SOURCE_DIR/installer/cn.mmsstudio.MmsStudio.desktop"
appstreamcli validate --no-net --pedantic "$SOURCE_DIR/installer/cn.mmsstudio.MmsStudio.metainfo.xml"

rm -f mms-studio_*.deb mms-receiver_*.deb
cpack -G DEB > cpack.log 2>&1 || { cat cpack.log; exit 1; }
DEB=$(ls mms-studio_*.deb)
INFO=$(dpkg-deb -I "$DEB")
LISTING=$(dpkg-deb -c "$DEB")
grep -q "Depends:.*ffmpeg" <<<"$INFO"
for f in usr/bin/mms-studio usr/bin/mmsctl usr/bin/mms-platform-sim \
         usr/share/applications/cn.mmsstudio.MmsStudio.desktop \
         usr/share/metainfo/cn.mmsstudio.MmsStudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/cn.mmsstudio.MmsStudio.svg; do
  grep -q "\./$f\$" <<<"$LISTING" || { echo "missing in the package: $f"; exit 1; }
done

RDEB=$(ls mms-receiver_*.deb)
RLISTING=$(dpkg-deb -c "$RDEB")
for f in usr/bin/mms-receiver usr/lib/systemd/system/mms-receiver.service etc/mms-receiver/mms-receiver.conf \
         usr/share/doc/mms-receiver/team-mode.md usr/share/doc/mms-receiver/nginx-mms-receiver.conf; do
  grep -q "\./$f\$" <<<"$RLISTING" || { echo "missing in the receiver package: $f"; exit 1; }
done
dpkg-deb -I "$RDEB" conffiles | grep -qx /etc/mms-receiver/mms-receiver.conf
# The receiver needs no GUI library.
if dpkg-deb -I "$RDEB" | grep -q "libqt6widgets\|libqt6gui\|libqt6multimedia"; then
  echo "the receiver package depends on GUI libraries"; exit 1
fi
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$SOURCE_DIR/installer/receiver/mms-receiver.service" 2>&1 | grep -v "not found\|No such file" || true
fi

if [ "$(id -u)" != 0 ]; then
  echo "not root: the package is built and checked, not installed"
  exit 0
fi
dpkg -i "$DEB"
trap 'dpkg -r mms-studio >/dev/null 2>&1 || true' EXIT
desktop-file-validate /usr/share/applications/cn.mmsstudio.MmsStudio.desktop
VERSION=$(QT_QPA_PLATFORM=offscreen /usr/bin/mms-studio --version)
grep -q "0\.1\.0" <<<"$VERSION"
VERSION=$(/usr/bin/mmsctl --version)
grep -q "0\.1\.0" <<<"$VERSION"

WORK=$(mktemp -d)
export MMS_DATA_DIR="$WORK/data" MMS_SANDBOX_DIR="$WORK/sandbox" QT_QPA_PLATFORM=offscreen
unset MMS_SIMULATOR
timeout 60 /usr/bin/mms-studio --screenshot "$WORK/window.png" --screenshot-delay 4000
test -s "$WORK/window.png"
# The sandbox was started from the installed package.
grep -q '"port"' "$MMS_SANDBOX_DIR/sandbox.json" || test -s "$MMS_SANDBOX_DIR/sandbox.json"
pkill -f "mms-platform-sim --sandbox-dir $MMS_SANDBOX_DIR" || true
rm -rf "$WORK"

dpkg -i "$RDEB"
trap 'dpkg -r mms-studio >/dev/null 2>&1 || true; dpkg -P mms-receiver >/dev/null 2>&1 || true' EXIT
getent passwd mms-receiver >/dev/null
test "$(stat -c '%a %U %G' /etc/mms-receiver/mms-receiver.conf)" = "640 root mms-receiver"
/usr/bin/mms-receiver --version | grep -q "0\.1\.0"
WORK=$(mktemp -d)
printf '[receiver]\nlisten = 127.0.0.1:0\ndatabase = %s/store.sqlite\n' "$WORK" > "$WORK/r.conf"
/usr/bin/mms-receiver --config "$WORK/r.conf" --check
rm -rf "$WORK"
echo "packages OK: $DEB $RDEB"
