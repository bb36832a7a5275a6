#!/usr/bin/env bash
# Runs the libFuzzer target for the CSV reader (CSVReaderFuzz.swift) for a fixed time.
#
#   Tests/LibFuzzer/run.sh [SECONDS]          # default 60
#
# Builds with `swiftc -sanitize=fuzzer,address` (clang's libFuzzer ships with the Swift toolchain),
# starts from a corpus of small CSV files (kept in $FUZZ_WORK, default /tmp/veerkracht-libfuzzer,
# so later runs continue from what earlier ones found) and exits non-zero when a property fails or
# the reader crashes; the failing input is written to $FUZZ_WORK/crash-*.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${FUZZ_WORK:-/tmp/veerkracht-libfuzzer}"
mkdir -p "$work/corpus"
swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name CSVFuzz \
    "$root"/Sources/VeerkrachtCSV/*.swift "$here/CSVReaderFuzz.swift" -o "$work/csv-fuzz"
seed() { printf "$2" > "$work/corpus/$1"; }
seed header 'respondent,wijk,datum,meting,coh1\n'
seed rows 'respondent;wijk;datum\r\nr1;WK077201;2025-03-01\r\nr2;"WK07""7201";\r\n'
seed quoted '\xef\xbb\xbfa,b\n"x,\ny",NA\n"",""\n\n'
seed broken 'a,b\n"open,1\n'
seed lonecr 'a,b\rc,d\r'
echo "fuzzing the CSV reader for $seconds s (corpus: $work/corpus)" >&2
cd "$work"
export SWIFT_BACKTRACE=enable=no   # libFuzzer and AddressSanitizer report crashes themselves
exec ./csv-fuzz -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 corpus
