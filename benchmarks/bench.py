#!/usr/bin/env python3
"""Regional-scale benchmarks of the release binary against the pandas peer and the sqlite3 floor,
and of the exports (scores, change, the reports, every response to SPSS) on a large database, and of
the reports over a strategy period (six metingen).

Run through benchmarks/run.sh (which builds the release binary first). Every measurement is the
wall time of a whole command, the median of --runs runs, on the same generated input in the same
run; peak memory is the largest resident set of the command (what `/usr/bin/time -f %M` prints,
read here from os.wait4). Prints a Markdown table and writes it, with the raw runs as JSON, to
the work folder.
"""
import argparse, json, os, platform, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, stdout=subprocess.DEVNULL, cwd=None):
    """Runs cmd; returns (seconds, peak RSS in KiB). Raises on a non-zero exit."""
    out = open(stdout, "w") if isinstance(stdout, str) else stdout
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if isinstance(stdout, str):
        out.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"command failed ({code}): {' '.join(cmd)}\n{stderr}")
    return seconds, usage.ru_maxrss


def rm_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def median(values):
    return statistics.median(values)


class Bench:
    def __init__(self, args):
        self.args = args
        self.bin = os.path.abspath(args.binary)
        self.work = args.work
        self.results = {}
        os.makedirs(self.work, exist_ok=True)

    def vk(self, *args):
        return [self.bin, *args]

    def data(self, respondents):
        """Generated responses files (two metingen) for `respondents` per meting; reused when present."""
        folder = os.path.join(self.work, f"data-{respondents}")
        files = [os.path.join(folder, f"responses-{m}.csv") for m in ("2025-voorjaar", "2026-voorjaar")]
        if not all(os.path.exists(f) for f in files):
            print(f"generating {respondents:,} respondents per meting in {folder} …", file=sys.stderr)
            run(self.vk("demo", "generate", "--out", folder, "--respondents", str(respondents),
                        "--wijken", str(self.args.wijken), "--gemeenten", str(self.args.gemeenten)))
        return files

    def ours(self, file, db):
        """init + import + export scores --by wijk; returns total seconds, import peak RSS, output file."""
        rm_db(db)
        t_init, _ = run(self.vk("init", "--db", db))
        t_import, rss = run(self.vk("import", "responses", file, "--db", db))
        out = db + ".scores.csv"
        t_export, _ = run(self.vk("export", "scores", "--by", "wijk", "--db", db), stdout=out)
        return {"total": t_init + t_import + t_export, "import": t_import, "export": t_export, "rss": rss}, out

    def peer(self, file, db, script=None):
        rm_db(db)
        out = db + ".scores.csv"
        seconds, rss = run([sys.executable, script or self.args.peer, "--db", db, file], stdout=out)
        return {"total": seconds, "rss": rss}, out

    def same_figures(self, ours_out, peer_out):
        compare = subprocess.run([sys.executable, os.path.join(ROOT, "Tests", "Reference", "compare.py"), ours_out, peer_out],
                                 capture_output=True, text=True)
        if compare.returncode != 0:
            print(compare.stderr, file=sys.stderr)
        return compare.returncode == 0

    def floor(self, file, db):
        rm_db(db)
        seconds, rss = run(["sqlite3", db, ".mode csv", f".import {file} raw"])
        return {"total": seconds, "rss": rss}

    def import_suite(self, respondents):
        file = self.data(respondents)[0]
        rows = {"ours": [], "peer": [], "duckdb": [], "floor": []}
        check = duck_check = None
        for i in range(self.args.runs):
            print(f"import {respondents:,}: run {i + 1}/{self.args.runs}", file=sys.stderr)
            # Interleaved, so that a busy moment on a shared machine hits all of them alike.
            result, ours_out = self.ours(file, os.path.join(self.work, "ours.sqlite"))
            rows["ours"].append(result)
            rows["floor"].append(self.floor(file, os.path.join(self.work, "floor.sqlite")))
            if not self.args.skip_peer:
                result, peer_out = self.peer(file, os.path.join(self.work, "peer.sqlite"))
                rows["peer"].append(result)
                check = self.same_figures(ours_out, peer_out) if check is None else check
            if not self.args.skip_duckdb:
                result, duck_out = self.peer(file, os.path.join(self.work, "peer.duckdb"), script=self.args.duckdb)
                rows["duckdb"].append(result)
                duck_check = self.same_figures(ours_out, duck_out) if duck_check is None else duck_check
        self.results[f"import-{respondents}"] = {"runs": rows, "same_as_peer": check, "same_as_duckdb": duck_check}

    def kobo_data(self, csv_file):
        """The responses file as KoboToolbox exports it ("XML values and headers", groups in headers): `;`, every
        field quoted, CRLF, `start` and `end` first, the answers under a group, "weet niet" as 98, its 10 system columns last."""
        path = csv_file[:-4] + "-kobo.csv"
        if os.path.exists(path):
            return path
        print(f"writing {path} …", file=sys.stderr)
        import csv
        system = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__",
                  "_tags", "_index"]
        with open(csv_file, newline="", encoding="utf-8") as source, open(path + ".part", "w", newline="", encoding="utf-8") as out:
            rows = csv.reader(source)
            header = next(rows)
            fixed = {"respondent", "wijk", "datum", "meting"}
            writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            writer.writerow(["start", "end"] + [f"gegevens/{h}" if h in fixed else f"veerkracht/{h}" for h in header] + system)
            datum = header.index("datum")
            answers = {i for i, name in enumerate(header) if name not in fixed}
            for index, row in enumerate(rows):
                time = f"{row[datum]}T10:17:30.000+02:00"
                writer.writerow([time, time] + [value or ("98" if i in answers else "") for i, value in enumerate(row)]
                                + [str(index + 1), f"uuid-{index}", time, "", "", "submitted_via_web", "", "vGx8Ub7iTz", "", str(index + 1)])
        os.replace(path + ".part", path)
        return path

    def kobo_suite(self, respondents):
        """import responses of the same rows as the plain file and as a KoboToolbox export, interleaved."""
        plain = self.data(respondents)[0]
        self.import_pair(f"kobo-{respondents}", {"plain": plain, "kobo": self.kobo_data(plain)})

    def import_pair(self, key, files):
        """`import responses` of each of `files` (kind: path) into a fresh database, interleaved, --runs times."""
        rows = {kind: [] for kind in files}
        for i in range(self.args.runs):
            print(f"{key}: run {i + 1}/{self.args.runs}", file=sys.stderr)
            for kind, file in files.items():
                db = os.path.join(self.work, f"{kind}.sqlite")
                rm_db(db)
                run(self.vk("init", "--db", db))
                seconds, rss = run(self.vk("import", "responses", file, "--db", db))
                rows[kind].append({"total": seconds, "rss": rss})
        self.results[key] = {"runs": rows}

    def xlsx_data(self, csv_file):
        """The responses file as an Excel workbook (openpyxl, write-only): answers as numbers, datum a date cell."""
        path = csv_file[:-4] + ".xlsx"
        if os.path.exists(path):
            return path
        print(f"writing {path} with openpyxl …", file=sys.stderr)
        import csv, datetime, openpyxl
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Antwoorden")
        with open(csv_file, newline="", encoding="utf-8") as f:
            rows = csv.reader(f)
            header = next(rows)
            sheet.append(header)
            datum = header.index("datum")
            text = {header.index(name) for name in ("respondent", "wijk", "meting") if name in header}
            for row in rows:
                sheet.append([datetime.date.fromisoformat(v) if i == datum else int(v) if i not in text and v.isdigit() else v
                              for i, v in enumerate(row)])
        book.save(path + ".part")
        os.replace(path + ".part", path)
        return path

    def xlsx_suite(self, respondents):
        """import responses of the same rows as CSV and as .xlsx, interleaved."""
        csv_file = self.data(respondents)[0]
        self.import_pair(f"xlsx-{respondents}", {"csv": csv_file, "xlsx": self.xlsx_data(csv_file)})

    def export_suite(self):
        files = self.data(self.args.large)
        db = os.path.join(self.work, "two-metingen.sqlite")
        rm_db(db)
        run(self.vk("init", "--db", db))
        for file in files:
            print(f"building the {2 * self.args.large:,}-response database: {os.path.basename(file)}", file=sys.stderr)
            run(self.vk("import", "responses", file, "--db", db))
        wijk, gemeente = self.args.wijk, self.args.gemeente
        commands = {
            "export scores --by wijk": self.vk("export", "scores", "--by", "wijk", "--db", db),
            "export change --by wijk": self.vk("export", "change", "--by", "wijk", "--van", "2025-voorjaar",
                                               "--naar", "2026-voorjaar", "--db", db),
            f"report wijk {wijk} (html)": self.vk("report", "wijk", wijk, "--db", db, "--meting", "2026-voorjaar",
                                                  "--vorige", "2025-voorjaar", "--format", "html",
                                                  "--out", os.path.join(self.work, "wijk.html")),
            f"report gemeente {gemeente} (html)": self.vk("report", "gemeente", gemeente, "--db", db, "--meting",
                                                          "2026-voorjaar", "--vorige", "2025-voorjaar",
                                                          "--out", os.path.join(self.work, "gemeente.html")),
        }
        times = {name: [] for name in commands}
        for i in range(self.args.runs + 2):
            for name, cmd in commands.items():
                times[name].append(run(cmd)[0])
        self.results["exports"] = times
        # Every response of one meting (`--large` of them) to SPSS, with its peak memory.
        sav = self.vk("export", "responses", "--meting", "2026-voorjaar", "--format", "sav",
                      "--out", os.path.join(self.work, "responses.sav"), "--db", db)
        self.results["export-responses-sav"] = [dict(zip(("seconds", "rss"), run(sav))) for _ in range(self.args.runs)]

    def strategy_suite(self):
        """Reports over a strategy period: `--strategy` responses spread over six yearly metingen."""
        metingen = [f"{year}-voorjaar" for year in range(2021, 2027)]
        per_meting = -(-self.args.strategy // len(metingen))
        folder = os.path.join(self.work, f"strategy-{self.args.strategy}")
        files = [os.path.join(folder, f"responses-{m}.csv") for m in metingen]
        if not all(os.path.exists(f) for f in files):
            print(f"generating {per_meting:,} respondents per meting for {len(metingen)} metingen in {folder} …", file=sys.stderr)
            run(self.vk("demo", "generate", "--out", folder, "--respondents", str(per_meting), "--metingen", ",".join(metingen),
                        "--wijken", str(self.args.wijken), "--gemeenten", str(self.args.gemeenten)))
        db = os.path.join(self.work, "strategy.sqlite")
        rm_db(db)
        run(self.vk("init", "--db", db))
        for file in files:
            print(f"building the strategy database: {os.path.basename(file)}", file=sys.stderr)
            run(self.vk("import", "responses", file, "--db", db))
        wijk, gemeente = self.args.wijk, self.args.gemeente
        last = ["--meting", metingen[-1], "--vorige", metingen[-2]]
        commands = {
            f"report wijk {wijk} (html)": self.vk("report", "wijk", wijk, "--db", db, *last, "--out", os.path.join(self.work, "s-wijk.html")),
            f"report wijk {wijk} (json)": self.vk("report", "wijk", wijk, "--db", db, *last, "--format", "json",
                                                  "--out", os.path.join(self.work, "s-wijk.json")),
            f"report gemeente {gemeente} (html)": self.vk("report", "gemeente", gemeente, "--db", db, *last,
                                                          "--out", os.path.join(self.work, "s-gemeente.html")),
            f"report gemeente {gemeente} (json)": self.vk("report", "gemeente", gemeente, "--db", db, *last, "--format", "json",
                                                          "--out", os.path.join(self.work, "s-gemeente.json")),
        }
        times = {name: [] for name in commands}
        for i in range(self.args.runs + 2):
            for name, cmd in commands.items():
                times[name].append(run(cmd)[0])
        self.results["strategy"] = {"responses": per_meting * len(metingen), "metingen": len(metingen), "times": times}

    def table(self):
        lines = []
        m = lambda xs, key="total": median([x[key] for x in xs]) if xs else float("nan")
        lines.append("| import + export scores --by wijk | ours | pandas peer | DuckDB peer | sqlite3 .import floor | pandas ÷ ours (goal ≥ 4) "
                     "| DuckDB ÷ ours (goal ≥ 1.25) | ours ÷ floor (goal ≤ 1.5) | ours import peak RSS (goal < 150 MB) | peer peak RSS "
                     "| same figures as the peers |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for key in sorted((k for k in self.results if k.startswith("import-")), key=lambda k: int(k.split("-")[1])):
            r = self.results[key]["runs"]
            n = int(key.split("-")[1])
            ours, peer, duck, floor = m(r["ours"]), m(r["peer"]), m(r.get("duckdb", [])), m(r["floor"])
            rss = max(x["rss"] for x in r["ours"]) / 1024
            peer_rss = max((x["rss"] for x in r["peer"] + r.get("duckdb", [])), default=float("nan")) / 1024
            said = lambda same: "yes" if same else "not checked" if same is None else "NO"
            same = f"pandas {said(self.results[key]['same_as_peer'])}, DuckDB {said(self.results[key].get('same_as_duckdb'))}"
            lines.append(f"| {n:,} respondents | {ours:.2f} s (import {m(r['ours'], 'import'):.2f} + export {m(r['ours'], 'export'):.2f}) "
                         f"| {peer:.2f} s | {duck:.2f} s | {floor:.2f} s | {peer / ours:.1f}× | {duck / ours:.2f}× | {ours / floor:.2f}× "
                         f"| {rss:.0f} MB | {peer_rss:.0f} MB | {same} |")
        for key in (k for k in self.results if k.startswith("kobo-")):
            r = self.results[key]["runs"]
            lines.append("")
            lines.append("| import responses | plain CSV | KoboToolbox export | Kobo ÷ plain (goal ≤ 1.10) |")
            lines.append("|---|---|---|---|")
            lines.append(f"| {int(key.split('-')[1]):,} respondents | {m(r['plain']):.2f} s | {m(r['kobo']):.2f} s "
                         f"| {m(r['kobo']) / m(r['plain']):.2f} |")
        for key in (k for k in self.results if k.startswith("xlsx-")):
            r = self.results[key]["runs"]
            lines.append("")
            lines.append("| import responses | CSV | .xlsx (goal < 5 s at 100,000) | .xlsx peak RSS |")
            lines.append("|---|---|---|---|")
            lines.append(f"| {int(key.split('-')[1]):,} respondents | {m(r['csv']):.2f} s | {m(r['xlsx']):.2f} s "
                         f"| {max(x['rss'] for x in r['xlsx']) / 1024:.0f} MB |")
        if "exports" in self.results:
            lines.append("")
            lines.append(f"| on {2 * self.args.large:,} responses (two metingen) | median | min | max | goal |")
            lines.append("|---|---|---|---|---|")
            goals = {"export": "< 1 s", "report wijk": "< 0.2 s", "report gemeente": "—"}
            for name, xs in self.results["exports"].items():
                goal = next((g for k, g in goals.items() if name.startswith(k)), "")
                lines.append(f"| `{name}` | {median(xs):.3f} s | {min(xs):.3f} s | {max(xs):.3f} s | {goal} |")
        if "strategy" in self.results:
            r = self.results["strategy"]
            lines.append("")
            lines.append(f"| on {r['responses']:,} responses ({r['metingen']} metingen), median of {len(next(iter(r['times'].values())))} "
                         "| median | min | max | goal |")
            lines.append("|---|---|---|---|---|")
            for name, xs in r["times"].items():
                lines.append(f"| `{name}` | {median(xs):.3f} s | {min(xs):.3f} s | {max(xs):.3f} s | < 0.2 s |")
        if "export-responses-sav" in self.results:
            xs = self.results["export-responses-sav"]
            seconds = [x["seconds"] for x in xs]
            lines.append("")
            lines.append("| every response of one meting | median | min | max | goal | peak RSS |")
            lines.append("|---|---|---|---|---|---|")
            lines.append(f"| `export responses --format sav` ({self.args.large:,} responses) | {median(seconds):.3f} s "
                         f"| {min(seconds):.3f} s | {max(seconds):.3f} s | < 5 s | {max(x['rss'] for x in xs) / 1024:.0f} MB |")
        return "\n".join(lines)


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    return f"{os.cpu_count()} cores ({cpu}), {mem} GiB, {platform.system()} {platform.release()}, SQLite {sqlite}, Python {platform.python_version()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "veerkracht"))
    ap.add_argument("--peer", default=os.path.join(ROOT, "..", "shared", "peers", "pandas_peer.py"))
    ap.add_argument("--work", default="/tmp/veerkracht-bench", help="where data and databases go (several GB)")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is reported)")
    ap.add_argument("--sizes", default="300000,1000000", help="respondents of the import benchmarks")
    ap.add_argument("--large", type=int, default=1000000, help="respondents per meting of the export database")
    ap.add_argument("--wijken", type=int, default=3000)
    ap.add_argument("--gemeenten", type=int, default=250)
    ap.add_argument("--wijk", default="WK000100", help="wijk of the dashboard benchmark")
    ap.add_argument("--gemeente", default="GM0001", help="gemeente of the summary benchmark")
    ap.add_argument("--duckdb", default=os.path.join(ROOT, "..", "shared", "peers", "duckdb_peer.py"))
    ap.add_argument("--skip-peer", action="store_true", help="leave out the pandas peer")
    ap.add_argument("--skip-duckdb", action="store_true", help="leave out the DuckDB peer")
    ap.add_argument("--kobo", type=int, default=1000000, help="respondents of the KoboToolbox-export benchmark (0: none)")
    ap.add_argument("--xlsx", type=int, default=100000, help="respondents of the .xlsx import benchmark (0: none)")
    ap.add_argument("--strategy", type=int, default=2000000,
                    help="responses of the strategy-period report benchmark, over six metingen (0: none)")
    ap.add_argument("--only", choices=["import", "kobo", "xlsx", "exports", "strategy"], help="run one part only")
    args = ap.parse_args()
    bench = Bench(args)
    if args.only in (None, "import"):
        for size in (int(s) for s in args.sizes.split(",")):
            bench.import_suite(size)
    if args.only in (None, "kobo") and args.kobo:
        bench.kobo_suite(args.kobo)
    if args.only in (None, "xlsx") and args.xlsx:
        bench.xlsx_suite(args.xlsx)
    if args.only in (None, "exports"):
        bench.export_suite()
    if args.only in (None, "strategy") and args.strategy:
        bench.strategy_suite()
    table = bench.table()
    text = f"Machine: {machine()}\nRuns: median of {args.runs} (exports and reports: {args.runs + 2})\n\n{table}\n"
    print(text)
    with open(os.path.join(args.work, "results.md"), "w") as f:
        f.write(text)
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump(bench.results, f, indent=1)


if __name__ == "__main__":
    main()
