#!/bin/sh
# Load test of the web app: builds the release binary, then runs benchmarks/load.py against it on a
# fresh database (50 veldwerker sessions entering 10,000 questionnaires while an analist opens
# dashboards; loopback only). Extra arguments go to load.py, e.g. --sessions 10 --total 1000.
set -e
cd "$(dirname "$0")/.."
swift build -c release --product veerkracht
exec python3 benchmarks/load.py --binary .build/release/veerkracht "$@"
