#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/, -DMMS_FUZZ=ON, ASan+UBSan) and runs each
# for FUZZ_SECONDS (default 30) on its seed corpus (fuzz/corpus/TARGET) and on the saved crash
# inputs (fuzz/regressions/TARGET-*), which must no longer crash. A crash fails the script and
# leaves the input in fuzz/regressions/ to be kept as a regression test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-30}
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMMS_FUZZ=ON
fi
cmake --build build-fuzz
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in fuzz_responses fuzz_pushes fuzz_recipients fuzz_templates fuzz_workbooks; do
  work=$(mktemp -d)
  cp fuzz/corpus/"$target"/* "$work"/
  # Saved crashes first: each must pass now.
  for crash in fuzz/regressions/"$target"-*; do
    [ -e "$crash" ] || continue
    build-fuzz/fuzz/"$target" "$crash" >/dev/null 2>&1 || { echo "REGRESSION: $target crashes on $crash"; status=1; }
  done
  echo "== $target: ${SECONDS_PER_TARGET} s"
  if ! build-fuzz/fuzz/"$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 \
       -rss_limit_mb=1024 -artifact_prefix="fuzz/regressions/$target-" -print_final_stats=1 "$work" 2> "$work.log"; then
    tail -40 "$work.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$work.log" | tail -2
  fi
  rm -rf "$work" "$work.log"
done
exit $status
