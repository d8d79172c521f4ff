#!/usr/bin/env bash
# Screenshots for the README and the user guide, from the real application under Xvfb, in
# English and Chinese: the designer with the example template, and the Campaigns and Reports
# areas after a campaign sent to the example recipients on the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-build}
OUT=docs/images
WORK=$(mktemp -d)
trap 'pkill -f "mms-platform-sim --sandbox-dir $WORK" || true; rm -rf "$WORK"' EXIT
export MMS_DATA_DIR="$WORK/data" MMS_SANDBOX_DIR="$WORK/sandbox" MMS_SIMULATOR="$PWD/$BUILD/app/mms-platform-sim"
DB="$WORK/data/mmsstudio.sqlite"
ctl() { "$BUILD/app/mmsctl" --db "$DB" "$@"; }

# A campaign on the sandbox: the template, then the recipients file with its variables.
MMSID=$(ctl --json template submit examples/double11/template.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["mmsid"])')
sleep 3   # the sandbox's carriers audit within seconds
ctl send --mmsid "$MMSID" --csv examples/double11/customers.csv --map Text1=姓名 --name "双十一预热" --throttle 20 --window any >/dev/null || true

shot() { # lang area file [args]
  local lang=$1 area=$2 file=$3; shift 3
  xvfb-run -a -s "-screen 0 1280x720x24" "$BUILD/app/mms-studio" --db "$DB" --lang "$lang" --area "$area" \
    --screenshot "$OUT/$file" --screenshot-delay 6000 "$@" 2>/dev/null
}
# Results by province (the breakdown the panel shows is a setting it remembers).
mkdir -p "$WORK/data" && printf '[reports]\nbreakdown=province\n' >> "$WORK/data/settings.ini"
for lang in en zh_CN; do
  shot "$lang" templates "designer-$lang.png" examples/double11/double11.mmstpl
  shot "$lang" campaigns "campaigns-$lang.png"
  shot "$lang" reports "reports-$lang.png"
  shot "$lang" results "results-$lang.png"
done
ls -la "$OUT"
