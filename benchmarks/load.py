#!/usr/bin/env python3
"""Load test of `veerkracht serve` (issue 6): many veldwerkers entering questionnaires at once
while an analist keeps opening dashboards, against the release binary on a fresh database.

Steps: `init` a new database in a temporary folder, add the accounts (`users add`, password on
standard input), start `serve` on a free loopback port, log every session in, then:

- SESSIONS veldwerker sessions (default 50), each on its own thread and keep-alive connection,
  enter TOTAL questionnaires between them (default 10,000). One questionnaire is what a person
  does: open the form (GET /invoer), send it (POST /invoer, 303) and open the confirmation
  (GET /invoer/{id}?nieuw=1).
- one analist session renders dashboards in a loop until the veldwerkers are done: the overview
  (GET /rapporten), a wijk dashboard and a gemeente summary, going round the wijken and gemeenten.

Then the server is stopped and the command line checks that exactly TOTAL responses are stored
(`status` and the n of `export scores --by gemeente`), that every confirmed respondent is in the
database (read with Python's sqlite3, read-only), and that `veerkracht check` passes. Prints
p50/p99/max latency per request type as a Markdown table, the throughput, and (on Linux) the
server's CPU time per request and the machine's load average, which tell how much of the
machine the server had. Exit status 1 when
any request failed, got a 5xx or an unexpected status, or an entry is missing.

Only loopback traffic; bounded by TOTAL and by --time-limit (seconds, default 1200).

Usage: python3 benchmarks/load.py [--binary .build/release/veerkracht] [--sessions 50] [--total 10000]
"""
import argparse, http.client, math, os, random, re, shutil, signal, socket, sqlite3, subprocess, sys, tempfile, threading, time
import urllib.parse

PASSWORD = "een lang wachtwoord voor de belastingtest"
METING = "2026-voorjaar"
GEMEENTEN = ["GM0772", "GM0153"]
WIJKEN = [f"WK{g[2:]}{n:02d}" for g in GEMEENTEN for n in range(1, 11)]
ITEMS = {  # item id -> the answers its scale allows (Veerkrachtmeter v1)
    **{i: range(1, 6) for i in ["coh1", "coh2", "coh3", "coh4", "coh5", "bin1", "bin2", "bin3", "bin4", "vb1", "vb2", "vb3", "vb4",
                                "dig1", "dig2", "dig3", "zr1", "zr2", "zr3", "zr4", "zr5", "sr1", "sr2", "sr3", "cr1", "cr2", "cr3", "cr4"]},
    **{i: range(0, 11) for i in ["svt1", "svt2", "svt3"]},
    "sr4": range(0, 8),
}


class Failure(Exception):
    pass


class Client:
    """One browser session: a keep-alive connection and the session cookie; times every request."""

    def __init__(self, port, record):
        self.port, self.record, self.cookie, self.csrf = port, record, None, None
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, kind, method, path, fields=None):
        body = urllib.parse.urlencode(fields) if fields is not None else None
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
        if self.cookie:
            headers["Cookie"] = self.cookie
        start = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()
            self.record(kind, time.perf_counter() - start, None)
            raise Failure(f"{method} {path}: {error!r}")
        self.record(kind, time.perf_counter() - start, response.status)
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
        return response, text

    def login(self, name):
        response, _ = self.request("login", "POST", "/login", {"gebruiker": name, "wachtwoord": PASSWORD})
        cookie = response.getheader("Set-Cookie", "")
        if response.status != 303 or not cookie.startswith("veerkracht_sessie="):
            raise Failure(f"login of {name}: {response.status}")
        self.cookie = cookie.split(";")[0]

    def form(self):
        response, text = self.request("GET /invoer (form)", "GET", f"/invoer?meting={METING}")
        match = re.search(r'<input[^>]*name="csrf"[^>]*>', text)
        value = re.search(r'value="([0-9a-f]+)"', match.group(0)) if match else None
        if response.status != 200 or not value:
            raise Failure(f"form: {response.status}")
        self.csrf = value.group(1)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = {}      # kind -> [seconds]
        self.statuses = {}   # (kind, status) -> count
        self.failures = []

    def record(self, kind, seconds, status):
        with self.lock:
            self.times.setdefault(kind, []).append(seconds)
            self.statuses[(kind, status)] = self.statuses.get((kind, status), 0) + 1

    def fail(self, message):
        with self.lock:
            self.failures.append(message)


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def cpu_seconds(pid):
    """User plus system CPU time of process `pid` (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def logged_in(name, port, stats, ready):
    """A client logged in as `name`, after every session is (the load starts together); None when the login failed."""
    client = Client(port, stats.record)
    try:
        client.login(name)
    except Failure as failure:
        stats.fail(f"{name}: {failure}")
        client = None
    ready.wait()
    return client


def veldwerker(index, count, port, stats, confirmed, deadline, ready):
    """Enters `count` questionnaires as session `index`: form, send, confirmation."""
    client = logged_in(f"veldwerker{index:02d}", port, stats, ready)
    rng = random.Random(index)
    if client is None:
        return
    try:
        for number in range(count):
            if time.monotonic() > deadline:
                raise Failure("time limit reached")
            client.form()
            respondent = f"load-{index:02d}-{number:05d}"
            fields = {"respondent": respondent, "wijk": rng.choice(WIJKEN), "meting": METING, "datum": "2026-04-14", "csrf": client.csrf}
            fields.update({item: str(rng.choice(values)) for item, values in ITEMS.items()})
            response, text = client.request("POST /invoer (store)", "POST", "/invoer", fields)
            location = response.getheader("Location", "")
            if response.status != 303 or not location.startswith("/invoer/"):
                raise Failure(f"{respondent}: {response.status} {text[:200]!r}")
            confirmed.append(respondent)
            response, _ = client.request("GET /invoer/{id} (confirmation)", "GET", location)
            if response.status != 200:
                raise Failure(f"{respondent} confirmation: {response.status}")
    except Failure as failure:
        stats.fail(f"veldwerker{index:02d}: {failure}")


def analist(port, stats, done, deadline, ready):
    """Opens the overview, a wijk dashboard and a gemeente summary in turn until `done`."""
    client = logged_in("analist", port, stats, ready)
    if client is None:
        return
    try:
        turn = 0
        while not done.is_set() and time.monotonic() < deadline:
            pages = [("GET /rapporten (overview)", f"/rapporten?meting={METING}"),
                     ("GET /rapporten/wijk (dashboard)", f"/rapporten/wijk/{WIJKEN[turn % len(WIJKEN)]}?meting={METING}"),
                     ("GET /rapporten/gemeente (summary)", f"/rapporten/gemeente/{GEMEENTEN[turn % len(GEMEENTEN)]}?meting={METING}")]
            for kind, path in pages:
                response, _ = client.request(kind, "GET", path)
                # Before the first questionnaire of a gebied is in, "no data yet" (404) is the right answer.
                if response.status not in (200, 404):
                    raise Failure(f"{path}: {response.status}")
            turn += 1
    except Failure as failure:
        stats.fail(f"analist: {failure}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(here, "..", ".build", "release", "veerkracht"))
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--total", type=int, default=10_000)
    parser.add_argument("--time-limit", type=float, default=1200)
    parser.add_argument("--keep", help="keep the database and server log in this folder")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} is not built: run `swift build -c release` first")

    work = args.keep or tempfile.mkdtemp(prefix="veerkracht-load-")
    os.makedirs(work, exist_ok=True)
    db = os.path.join(work, "load.sqlite")
    for suffix in ["", "-wal", "-shm"]:
        if os.path.exists(db + suffix):
            os.remove(db + suffix)

    def cli(*arguments, stdin=None):
        return subprocess.run([args.binary, *arguments, "--db", db], input=stdin, capture_output=True, text=True, check=True).stdout

    print(f"Preparing {db}: init and {args.sessions + 1} accounts ...", file=sys.stderr)
    cli("init")
    for index in range(args.sessions):
        cli("users", "add", f"veldwerker{index:02d}", "--role", "veldwerker", stdin=PASSWORD + "\n")
    cli("users", "add", "analist", "--role", "analist", stdin=PASSWORD + "\n")

    port = free_port()
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([args.binary, "serve", "--db", db, "--port", str(port)], stdout=log, stderr=log)
    stats, confirmed, done = Stats(), [], threading.Event()
    try:
        for _ in range(300):
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                probe.request("GET", "/health")
                if probe.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        deadline = time.monotonic() + args.time_limit
        shares = [args.total // args.sessions + (1 if i < args.total % args.sessions else 0) for i in range(args.sessions)]
        print(f"Load: {args.sessions} veldwerker sessions, {args.total} questionnaires, 1 analist session ...", file=sys.stderr)
        ready = threading.Barrier(args.sessions + 2, timeout=300)
        workers = [threading.Thread(target=veldwerker, args=(i, shares[i], port, stats, confirmed, deadline, ready))
                   for i in range(args.sessions)]
        reader = threading.Thread(target=analist, args=(port, stats, done, deadline, ready))
        for thread in workers + [reader]:
            thread.start()
        ready.wait()   # every session logged in
        load_before, cpu_before = os.getloadavg()[0], cpu_seconds(server.pid)
        started = time.perf_counter()
        for thread in workers:
            thread.join()
        elapsed = time.perf_counter() - started
        cpu_after = cpu_seconds(server.pid)
        done.set()
        reader.join()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    # What the command line says is stored.
    status = cli("status")
    match = re.search(rf"{re.escape(METING)}: (\d+) responses", status)
    stored_status = int(match.group(1)) if match else 0
    scores = cli("export", "scores", "--by", "gemeente", "--meting", METING).splitlines()
    header = scores[0].split(",")
    stored_export = sum(int(row.split(",")[header.index("n")]) for row in scores[1:]
                        if row.split(",")[header.index("construct")] == "veerkracht")
    check = subprocess.run([args.binary, "check", "--db", db], capture_output=True, text=True)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        in_database = {row[0] for row in connection.execute("SELECT respondent FROM response")}
    lost = [respondent for respondent in confirmed if respondent not in in_database]

    server_errors = sum(count for (kind, status_code), count in stats.statuses.items() if status_code is not None and status_code >= 500)
    no_answer = sum(count for (kind, status_code), count in stats.statuses.items() if status_code is None)
    requests = sum(len(times) for kind, times in stats.times.items() if kind != "login")
    print(f"\n| request | count | p50 ms | p99 ms | max ms | statuses |")
    print("|---|---:|---:|---:|---:|---|")
    for kind in sorted(stats.times):
        times = stats.times[kind]
        codes = ", ".join(f"{code or 'none'}×{count}" for (k, code), count in sorted(stats.statuses.items(), key=lambda x: str(x[0])) if k == kind)
        print(f"| {kind} | {len(times)} | {percentile(times, 50) * 1000:.1f} | {percentile(times, 99) * 1000:.1f} | "
              f"{max(times) * 1000:.1f} | {codes} |")
    print(f"\nLoad phase: {elapsed:.1f} s; {len(confirmed) / elapsed:.0f} questionnaires/s; {requests / elapsed:.0f} requests/s "
          f"(after the logins)")
    if cpu_before is not None and cpu_after is not None:
        print(f"Server CPU time in the load phase: {cpu_after - cpu_before:.1f} s, {(cpu_after - cpu_before) / requests * 1000:.2f} ms "
              f"per request; machine load average (1 min) {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end "
              f"({os.cpu_count()} cores)")
    print(f"Confirmed (303): {len(confirmed)}; stored per `status`: {stored_status}; n of veerkracht in `export scores --by gemeente`: "
          f"{stored_export}; confirmed but missing: {len(lost)}; 5xx: {server_errors}; requests without an answer: {no_answer}; "
          f"`check`: {'ok' if check.returncode == 0 else 'FAILED'}")
    for failure in stats.failures[:20]:
        print(f"failure: {failure}")
    ok = (not stats.failures and len(confirmed) == args.total == stored_status == stored_export and not lost
          and server_errors == 0 and no_answer == 0 and check.returncode == 0)
    print("load test: " + ("ok" if ok else "FAILED"))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
