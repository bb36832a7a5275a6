#!/usr/bin/env bash
# Regional-scale benchmarks (BENCHMARKS.md): builds the release binary, generates the data under
# $BENCH_WORK (default /tmp/veerkracht-bench; about 1 GB of CSV and 3 GB of databases), and measures
# import + export against the pandas and DuckDB peers and the sqlite3 .import floor, a KoboToolbox
# export against the plain file, an .xlsx import, the exports and reports on 2,000,000 responses (two
# metingen, and six metingen for the reports over a strategy period),
# and peak memory. Extra arguments go to bench.py (see --help there), e.g.
#   benchmarks/run.sh --runs 5
#   benchmarks/run.sh --sizes 300000 --large 300000 --skip-peer     # a quick look
# Needs: the sqlite3 command-line shell (apt-get install sqlite3) and, for the peer,
# python3 with pandas and scipy (pip install pandas scipy), for the DuckDB peer duckdb (pip install duckdb);
# for the .xlsx case, openpyxl (pip install openpyxl).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 1; }
python3 -c 'import pandas, scipy' 2>/dev/null || case " $* " in *" --skip-peer "*) ;; *)
    echo "the pandas peer needs pandas and scipy: pip install pandas scipy (or pass --skip-peer)" >&2; exit 1;; esac
python3 -c 'import duckdb, scipy' 2>/dev/null || case " $* " in *" --skip-duckdb "*) ;; *)
    echo "the DuckDB peer needs duckdb and scipy: pip install duckdb scipy (or pass --skip-duckdb)" >&2; exit 1;; esac
(cd "$root" && swift build -c release --product veerkracht >&2)
exec python3 "$here/bench.py" --work "${BENCH_WORK:-/tmp/veerkracht-bench}" "$@"
