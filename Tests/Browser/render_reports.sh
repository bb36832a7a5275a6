#!/usr/bin/env bash
# Browser check of the HTML reports: builds the CLI, runs `veerkracht demo` (which writes the
# dashboard of wijk WK077201 and the summary of gemeente GM0772), and renders both pages with
# headless Chromium to a PNG screenshot and an A4 PDF in the folder given as argument.
#
# Fails when Chromium reports an error (other than its usual D-Bus noise in containers), or when a
# report, screenshot or PDF is missing or empty. Skips, with exit status 0, when Chromium is not
# installed (Debian: apt-get install -y chromium).
#
# Usage: Tests/Browser/render_reports.sh OUT_FOLDER
#        CONFIGURATION=release Tests/Browser/render_reports.sh OUT_FOLDER
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUT_FOLDER" >&2
    exit 2
fi

chromium=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
        chromium="$(command -v "$candidate")"
        break
    fi
done
if [[ -z "$chromium" ]]; then
    echo "SKIP: Chromium is not installed, so the reports were not rendered (apt-get install -y chromium)."
    exit 0
fi

out="$(mkdir -p "$1" && cd "$1" && pwd)"
cd "$(dirname "$0")/../.."
configuration="${CONFIGURATION:-debug}"

echo "Building veerkracht ($configuration)…"
swift build -c "$configuration" --product veerkracht
veerkracht="$(swift build -c "$configuration" --show-bin-path)/veerkracht"

echo "Creating the demo database and its reports in $out…"
rm -f "$out/demo.sqlite" "$out/demo.sqlite-wal" "$out/demo.sqlite-shm"
"$veerkracht" demo --db "$out/demo.sqlite" >"$out/demo.log" 2>&1 || { cat "$out/demo.log" >&2; exit 1; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Runs Chromium with the given arguments; fails on any error line it logs besides D-Bus noise.
render() {
    local log="$1"
    shift
    "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
        --no-first-run "$@" >"$log" 2>&1 || fail "chromium exited with status $? (see $log)"
    local errors
    errors="$(grep -E ':(ERROR|FATAL):' "$log" | grep -v -E 'ERROR:dbus/|ERROR:.*bus\.cc' || true)"
    [[ -z "$errors" ]] || fail "chromium reported errors (see $log):"$'\n'"$errors"
}

# Fails unless the file exists, is not empty and starts with the given bytes.
check_file() {
    local file="$1" magic="$2"
    if [[ ! -s "$file" ]]; then
        fail "$file is missing or empty"
    elif [[ "$(head -c "${#magic}" "$file")" != "$magic" ]]; then
        fail "$file does not start with $magic"
    fi
}

for name in wijk-WK077201 gemeente-GM0772; do
    page="$out/demo/$name.html"
    check_file "$page" "<!DOCTYPE html>"
    [[ -s "$page" ]] || continue
    render "$out/$name.png.log" --window-size=1240,6000 --screenshot="$out/$name.png" "file://$page"
    check_file "$out/$name.png" $'\x89PNG'
    render "$out/$name.pdf.log" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$page"
    check_file "$out/$name.pdf" "%PDF"
    if command -v pdfinfo >/dev/null 2>&1 && [[ -s "$out/$name.pdf" ]]; then
        echo "$name: $(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }') A4 pages"
    fi
done

if [[ $failures -gt 0 ]]; then
    echo "$failures problem(s) rendering the reports." >&2
    exit 1
fi
echo "Rendered both reports into $out (PNG and PDF)."
