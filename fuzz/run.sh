#!/usr/bin/env bash
# Builds the libFuzzer targets (AddressSanitizer + coverage) and runs each for a given
# number of seconds.
#
#   fuzz/run.sh [SECONDS] [formula|content ...]      default: 60 seconds, both targets
#
# Each target starts from a copy of its committed seed corpus (fuzz/corpus/<target>/)
# in fuzz/corpus-work/<target>/, which keeps growing between runs and is not committed.
# A crash, hang (-timeout) or memory blow-up is written to fuzz/artifacts/<target>/ and
# makes the script exit 1 (once: clear that folder after turning a finding into a
# regression test under Tests/*/Fixtures/fuzz-regressions or Tests/ContentTests/Fixtures/broken). With FUZZ_KEEP_GOING=1 libFuzzer runs in fork mode and keeps
# fuzzing after a finding, for long unattended runs.
# To reproduce a finding: fuzz/.build/release/FormulaFuzz fuzz/artifacts/formula/crash-…
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(formula content)

# --sanitize=fuzzer makes SwiftPM link libFuzzer's main instead of the target's own.
# swiftc's -sanitize flags do not add up (`-sanitize=fuzzer -sanitize=address` keeps
# only the last, which silently drops coverage), so one combined flag follows it.
build() {
  swift build -c release --sanitize=fuzzer \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address 2>&1 \
    | grep -v "ld.gold: warning: Cannot export local symbol"
  return "${PIPESTATUS[0]}"
}
build || build  # a second try, when a source file changed during the first

status=0
for target in "${targets[@]}"; do
  case "$target" in
    formula) binary=FormulaFuzz; max_len=512 ;;
    content) binary=ContentFuzz; max_len=16384 ;;
    *) echo "unknown fuzz target '$target' (known: formula, content)" >&2; exit 2 ;;
  esac
  work="corpus-work/$target"
  artifacts="artifacts/$target"
  mkdir -p "$work" "$artifacts"
  before=$(ls "$artifacts" | wc -l)
  cp -n corpus/"$target"/* "$work"/ 2>/dev/null || true
  # Peak RSS, not a leak: AddressSanitizer's allocator keeps freed chunks per size class, so
  # the process grows to ~4 GB over the formula corpus although one input peaks near 0.5 GB
  # and the same inputs in one uninstrumented process stay under 40 MB. One allocation over
  # 1 GB is still a finding (-malloc_limit_mb).
  options=(-max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=12288 -malloc_limit_mb=1024
           -dict="$target.dict" -artifact_prefix="$artifacts/" -print_final_stats=1)
  if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
    options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  echo "== $target: ${seconds}s"
  # Swift's own crash backtracer fights AddressSanitizer and can stall a crashing run.
  # LeakSanitizer is on (neither target leaks); a small quarantine keeps a long run's
  # memory flat (the default one grows a process past 2 GB in a few thousand runs).
  if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=1:quarantine_size_mb=16:${ASAN_OPTIONS:-}" ".build/release/$binary" "${options[@]}" "$work"; then
    status=1
  fi
  if [ "$(ls "$artifacts" | wc -l)" -gt "$before" ]; then
    echo "new findings for $target (reproduce with .build/release/$binary FILE):"; ls -lt "$artifacts"
    status=1
  fi
done
exit "$status"
