#!/usr/bin/env bash
# Cross-checks `veerkracht export scores|change` against the independent Python reference
# (Tests/Reference/reference.py) on generated data. Needs python3 with numpy and scipy.
#
# Usage: Tests/Reference/crosscheck.sh [VEERKRACHT_BINARY] [-- extra `demo generate` options]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../../.build/release/veerkracht}"
shift || true
[ "${1:-}" = "--" ] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin" demo generate --out "$work/data" "$@" >/dev/null 2>&1
db="$work/check.sqlite"
"$bin" init --db "$db" 2>/dev/null
files=("$work"/data/responses-*.csv)
for f in "${files[@]}"; do "$bin" import responses "$f" --db "$db" 2>/dev/null; done
metingen=($(basename -a "${files[@]}" | sed 's/^responses-//; s/\.csv$//' | sort))

passed=0; failed=0
check() {  # name, ours, reference
    if python3 "$here/compare.py" "$2" "$3"; then passed=$((passed + 1)); else echo "FAILED: $1"; failed=$((failed + 1)); fi
}
for by in wijk gemeente; do
    "$bin" export scores --by "$by" --db "$db" > "$work/ours.csv"
    python3 "$here/reference.py" scores --by "$by" "${files[@]}" > "$work/ref.csv"
    check "scores by $by" "$work/ours.csv" "$work/ref.csv"
    "$bin" export change --by "$by" --van "${metingen[0]}" --naar "${metingen[-1]}" --db "$db" > "$work/ours.csv"
    python3 "$here/reference.py" change --by "$by" --van "${metingen[0]}" --naar "${metingen[-1]}" "${files[@]}" > "$work/ref.csv"
    check "change by $by" "$work/ours.csv" "$work/ref.csv"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
