#!/usr/bin/python3
"""Every benchmark of TokenDesk next to its floor, measured in this one run (./dev bench).

    run-bench.py BUILD_DIR [--quick] [--only GROUP] [--backend sqlite|postgres]

With --backend postgres the server runs on a throwaway PostgreSQL 15 cluster that this script
starts on a free loopback port in a temp dir of its own and stops and removes when it ends (also
on Ctrl-C, SIGTERM or a failure); stdout then starts with a `backend:` line, and the start-up
measures, which do not depend on the server's database, are skipped (a line says so).

Prints one line per measure on stdout,
    <name>: <value> <unit> | floor <value> <unit> | ratio <r> (target <t>)
and last `benchmarks: N met, M missed`; exits 1 when a target is missed. Progress goes to stderr.
Traffic goes to 127.0.0.1 only; every run is bounded in time (wrk -d, fixed counts).
Where the target is a fixed budget (the app with 100 000 tokens), the floor is that budget.
"""
import argparse
import contextlib
import datetime
import json
import os
import pwd
import re
import secrets
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

RESULTS = []


def log(text):
    print(f"bench: {text}", file=sys.stderr, flush=True)


def report(name, value, unit, floor, floor_unit, ratio, target, higher_is_better):
    met = ratio >= target if higher_is_better else ratio <= target
    sign = "≥" if higher_is_better else "≤"
    RESULTS.append(met)
    print(f"{name}: {value:.4g} {unit} | floor {floor:.4g} {floor_unit} | ratio {ratio:.3g} "
          f"(target {sign} {target:g}){'' if met else '  MISSED'}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, database, password_file=None):
        self.binary = binary
        # A PostgreSQL password goes in a file, as an operator gives it (README "Running for a
        # team"), never on the command line.
        self.database = ["--database", database]
        if password_file:
            self.database += ["--database-password-file", password_file]
        self.process = None
        self.url = None

    def admin(self, *args, stdin=None):
        subprocess.run([self.binary, *self.database, *args], check=True,
                       stdout=subprocess.DEVNULL, input=stdin, timeout=600)

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--listen", "127.0.0.1:0", *self.database],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if not match:
            raise SystemExit(f"bench: the server did not start: {line!r}")
        self.url = match.group(1)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)


class Postgres:
    """A throwaway PostgreSQL 15 cluster, made as tests/server/with-postgres.sh makes one: initdb
    (as the postgres user when run as root: initdb refuses root), listening on 127.0.0.1 only on a
    free port, its socket in its own temp dir, user tokendesk with a random password (the server
    connects over TCP, scram-sha-256). Unlike the tests' cluster it keeps PostgreSQL's durable
    defaults (fsync, synchronous_commit): the SQLite runs commit with synchronous=FULL.
    stop() stops it and removes the temp dir; it is safe to call at any stage, and twice."""

    BIN = "/usr/lib/postgresql/15/bin"

    def __init__(self):
        self.dir = None
        self.started = False
        self.runas = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        self.url = self.password_file = self.version = None
        self.port = None

    def run(self, *command, timeout=120):
        """A command as the cluster's owner, in a session of its own (a Ctrl-C in the terminal
        reaches this script, which stops the cluster in order, not the postmaster behind its
        back). On failure the run stops with the command's output and the cluster log's end."""
        result = subprocess.run([*self.runas, *command], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, timeout=timeout,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        if result.returncode != 0:
            log_file = f"{self.dir}/server.log"
            tail = ""
            if os.path.exists(log_file):
                with open(log_file, errors="replace") as f:
                    tail = "".join(f.readlines()[-15:])
            raise SystemExit(f"bench: {' '.join(command)} failed:\n{result.stdout}{tail}")
        return result.stdout

    def start(self):
        if not os.access(f"{self.BIN}/initdb", os.X_OK):
            raise SystemExit("bench: --backend postgres needs postgresql-15 "
                             "(./dev bench installs it)")
        if not any(os.path.exists(f"/usr/lib/{arch}/qt6/plugins/sqldrivers/libqsqlpsql.so")
                   for arch in os.listdir("/usr/lib")):
            raise SystemExit("bench: --backend postgres needs Qt's driver, libqt6sql6-psql")
        self.dir = tempfile.mkdtemp(prefix="tokendesk-bench-pg.")
        password = "pw-" + secrets.token_hex(12)
        self.password_file = f"{self.dir}/password"
        with open(os.open(self.password_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(password + "\n")
        if self.runas:
            owner = pwd.getpwnam("postgres")
            for path in (self.dir, self.password_file):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        version = self.run(f"{self.BIN}/postgres", "--version")  # postgres (PostgreSQL) 15.x …
        match = re.search(r"\(PostgreSQL\) (\S+)", version)
        self.version = f"PostgreSQL {match.group(1) if match else version.strip()}"
        # --no-sync: only initdb's own files; the cluster itself then runs durable.
        self.run(f"{self.BIN}/initdb", "-D", f"{self.dir}/data", "-U", "tokendesk",
                 "--auth-local=trust", "--auth-host=scram-sha-256",
                 f"--pwfile={self.password_file}", "--encoding=UTF8", "--locale=C.UTF-8",
                 "--no-sync")
        self.port = free_port()
        options = (f"-c port={self.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={self.dir}")
        self.started = True  # from here on, stop() runs pg_ctl stop
        self.run(f"{self.BIN}/pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/server.log",
                 "-o", options, "-w", "-t", "60", "start", timeout=90)
        self.run(f"{self.BIN}/createdb", "-h", self.dir, "-p", str(self.port), "-U", "tokendesk",
                 "tokendesk")
        self.url = f"postgresql://tokendesk@127.0.0.1:{self.port}/tokendesk"

    def stop(self):
        if self.dir is None:
            return
        # A second Ctrl-C must not cut the clean-up short and leave the postmaster running.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            if self.started:
                self.started = False
                data = f"{self.dir}/data"
                for mode in ("fast", "immediate"):
                    stopped = subprocess.run(
                        [*self.runas, f"{self.BIN}/pg_ctl", "-D", data, "-m", mode, "-w", "-t",
                         "30", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        stdin=subprocess.DEVNULL, timeout=60, start_new_session=True)
                    if stopped.returncode == 0 or not os.path.exists(f"{data}/postmaster.pid"):
                        break
            shutil.rmtree(self.dir, ignore_errors=True)
            log(f"PostgreSQL cluster stopped, {self.dir} removed")
            self.dir = None
        finally:
            signal.signal(signal.SIGINT, previous)


def call(method, url, body=None, bearer=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if bearer:
        request.add_header("Authorization", f"Bearer {bearer}")
    with urllib.request.urlopen(request, timeout=30) as answer:
        text = answer.read()
        return json.loads(text) if text else None


def in_days(days):
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=days)
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def sign_in(server, user):
    return call("POST", f"{server.url}/api/v1/session",
                {"username": user, "password": user})["session"]


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def wrk(url, bearer=None, seconds=5):
    """Requests per second and p50/p99 latency (ms) of wrk -t2 -c32 on url."""
    command = ["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", url]
    if bearer:
        command[1:1] = ["-H", f"Authorization: Bearer {bearer}"]
    out = subprocess.run(command, check=True, capture_output=True, text=True,
                         timeout=seconds + 30).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"bench: wrk saw failed requests on {url}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    percentiles = {}
    for pct, number, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M):
        percentiles[pct] = float(number) * UNITS[unit]
    log(f"{url.split('127.0.0.1')[1]}: {rps:.0f} req/s, p50 {percentiles.get('50', 0):.2f} ms, "
        f"p99 {percentiles.get('99', 0):.2f} ms")
    return rps


def server_benchmarks(server, seconds, rounds):
    alice = sign_in(server, "alice")
    demo = sign_in(server, "demo")
    created = call("POST", f"{server.url}/api/v1/me/tokens",
                   {"name": "bench-introspection", "scopes": ["read"], "expires_at": in_days(30)}, alice)
    api_token = created["secret"]

    # Keyset pagination: page 100 of 1 000-token pages costs what page 1 does.
    base = f"{server.url}/api/v1/me/tokens?page_size=1000"
    page_token = None
    for _ in range(99):
        page = call("GET", base + (f"&page_token={page_token}" if page_token else ""),
                    bearer=alice)
        page_token = page["next_page_token"]

    # Floors and measures in turns, the best run of each kept: a neighbour on a shared machine
    # only ever slows a run down, and taking turns spreads its bursts over all of them.
    runs = {
        "healthz": (f"{server.url}/healthz", None),
        "introspection": (f"{server.url}/api/v1/token", api_token),
        "list200": (f"{server.url}/api/v1/me/tokens?page_size=200", demo),
        "page1": (base, alice),
        "page100": (f"{base}&page_token={page_token}", alice),
    }
    best = dict.fromkeys(runs, 0.0)
    for _ in range(rounds):
        for name, (url, bearer) in runs.items():
            best[name] = max(best[name], wrk(url, bearer, seconds))
    healthz = best["healthz"]
    report("server.introspection", best["introspection"], "req/s", healthz, "req/s (/healthz)",
           best["introspection"] / healthz, 0.5, True)
    report("server.list_200_tokens", best["list200"], "req/s", healthz, "req/s (/healthz)",
           best["list200"] / healthz, 0.05, True)
    report("server.list_1000_tokens", best["page1"], "req/s", healthz, "req/s (/healthz)",
           best["page1"] / healthz, 0.01, True)
    report("server.page_100_of_1000", best["page100"], "req/s", best["page1"], "req/s (page 1)",
           best["page1"] / best["page100"], 1.5, False)


def create_benchmarks(server, bench_app, count, rounds):
    # The floor: the same POSTs by curl, one connection, one after another, timed by curl itself.
    # Both are the median round trip of a batch; curl's batch and the app's take turns, and the
    # best batch of each counts (a neighbour on a shared machine only ever slows one down).
    session = sign_in(server, "maker")
    expires = in_days(30)
    curl_ms, app_ms = float("inf"), float("inf")
    for turn in range(rounds):
        config = []
        for i in range(count):
            body = json.dumps({"name": f"bench-curl-{turn}-{i}", "scopes": ["read"],
                               "expires_at": expires})
            config += [f'url = "{server.url}/api/v1/me/tokens"',
                       f'header = "Authorization: Bearer {session}"',
                       'header = "Content-Type: application/json"',
                       "data = " + json.dumps(body), "output = /dev/null",
                       'write-out = "%{http_code} %{time_total}\\n"', "next"]
        out = subprocess.run(["curl", "-sS", "-K", "-"], input="\n".join(config[:-1]),
                             check=True, capture_output=True, text=True,
                             timeout=120).stdout.split()
        codes, times = out[0::2], [float(t) * 1e3 for t in out[1::2]]
        if len(times) != count or any(code != "201" for code in codes):
            raise SystemExit(f"bench: curl creates failed: {codes[:5]}…")
        curl_ms = min(curl_ms, statistics.median(times))
        app_ms = min(app_ms, run_app_bench([bench_app, "create", server.url, "maker",
                                            str(count)])["app.create_round_trip"][0])
        log(f"creates, turn {turn + 1}: curl {curl_ms:.3f} ms, app {app_ms:.3f} ms (best so far)")
    report("app.create_round_trip", app_ms, "ms", curl_ms, "ms (curl)", app_ms / curl_ms, 1.5,
           False)


def run_app_bench(command):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, env=env,
                         timeout=600).stdout
    values = {}
    for name, value, unit in re.findall(r"^measure (\S+) (\S+) (\S+)$", out, re.M):
        values[name] = (float(value), unit)
    return values


def app_benchmarks(server, bench_app):
    m = run_app_bench([bench_app, "tokens", server.url, "ten", "alice"])
    budgets = [("app.first_rows", 300), ("app.all_rows", 3000),
               ("app.longest_frame_while_loading", 50), ("app.filter_keystroke_worst", 16),
               ("app.sort_worst_column", 200)]
    for name, budget in budgets:
        value, unit = m[name]
        report(name, value, unit, budget, f"{unit} (budget)", value / budget, 1, False)
    rss10, _ = m["app.rss_10_tokens"]
    rss100k, _ = m["app.rss_100000_tokens"]
    allowed = 2 * rss10 + 60
    report("app.rss_100000_tokens", rss100k, "MiB", allowed, "MiB (2 × 10 tokens + 60)",
           rss100k / allowed, 1, False)


def start_xvfb():
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=[write], stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("bench: Xvfb did not start")
        number += chunk
    os.close(read)
    return xvfb, f":{number.decode().strip()}"


def time_to_map(command, env, display_name):
    """Seconds from spawn to the first window mapped, and the peak RSS (MiB) one second later."""
    from Xlib import X, display  # python3-xlib
    d = display.Display(display_name)
    d.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.sync()
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    mapped = None
    deadline = start + 30
    while mapped is None and time.monotonic() < deadline:
        while d.pending_events():
            if d.next_event().type == X.MapNotify:
                mapped = time.monotonic() - start
                break
        if mapped is None:
            select.select([d.fileno()], [], [], 0.05)
    d.close()
    time.sleep(1.0)  # what start-up does just after the first frame counts for RSS too
    process.send_signal(signal.SIGTERM)
    _, _, usage = os.wait4(process.pid, 0)
    if mapped is None:
        raise SystemExit(f"bench: {command[0]} mapped no window within 30 s")
    return mapped * 1e3, usage.ru_maxrss / 1024.0


def startup_benchmarks(server, build_dir, runs, home):
    xvfb, display_name = start_xvfb()
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], check=True, capture_output=True, text=True)
    address, pid = bus.stdout.split()
    env = dict(os.environ, DISPLAY=display_name, DBUS_SESSION_BUS_ADDRESS=address, HOME=home,
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
               XDG_CACHE_HOME=f"{home}/cache", QT_QPA_PLATFORM="xcb")
    env.pop("QT_ACCESSIBILITY", None)
    floor_cmd = [f"{build_dir}/tests/bench/startup_floor"]
    app_cmd = [f"{build_dir}/src/gui/tokendesk", "--server", server.url]
    try:
        floor, app = [], []
        for _ in range(runs):  # interleaved, so drift hits both alike
            floor.append(time_to_map(floor_cmd, env, display_name))
            app.append(time_to_map(app_cmd, env, display_name))
    finally:
        os.kill(int(pid), signal.SIGTERM)
        xvfb.terminate()
        xvfb.wait()
    floor_ms = statistics.median(t for t, _ in floor)
    app_ms = statistics.median(t for t, _ in app)
    report("startup.first_window", app_ms, "ms", floor_ms, "ms (minimal QMainWindow)",
           app_ms / floor_ms, 1.5, False)
    floor_rss = statistics.median(r for _, r in floor)
    app_rss = statistics.median(r for _, r in app)
    report("startup.peak_rss", app_rss, "MiB", floor_rss, "MiB (minimal QMainWindow)",
           app_rss / floor_rss, 1.5, False)


def stop_on_signal(number, _frame):
    """SIGTERM and SIGHUP end the run as Ctrl-C does: through the clean-up (cluster, temp dir)."""
    raise SystemExit(128 + number)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--quick", action="store_true", help="shorter runs (a smoke test)")
    parser.add_argument("--only", choices=["server", "create", "app", "startup"],
                        help="one group of benchmarks")
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite",
                        help="the server's database: a SQLite file (default) or a throwaway "
                             "PostgreSQL 15 cluster on loopback")
    args = parser.parse_args()
    build = os.path.abspath(args.build_dir)
    seconds, creates, runs = (2, 30, 3) if args.quick else (5, 100, 11)
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, stop_on_signal)
    binary = f"{build}/src/server/tokendesk-server"
    with contextlib.ExitStack() as cleanup:  # in reverse: server, cluster, temp dir
        work = tempfile.mkdtemp(prefix="tokendesk-bench.")
        cleanup.callback(shutil.rmtree, work, ignore_errors=True)
        if args.backend == "postgres":
            postgres = Postgres()
            cleanup.callback(postgres.stop)
            log("starting a throwaway PostgreSQL cluster on 127.0.0.1")
            postgres.start()
            print(f"backend: postgres ({postgres.version}, throwaway cluster on "
                  f"127.0.0.1:{postgres.port}, durable commits)", flush=True)
            log(f"PostgreSQL on 127.0.0.1:{postgres.port} (data in {postgres.dir})")
            server = Server(binary, postgres.url, postgres.password_file)
        else:
            server = Server(binary, f"{work}/bench.sqlite")
        cleanup.callback(server.stop)
        log("seeding: demo accounts, 100 000 tokens for alice, 200 for demo, 10 for ten")
        t0 = time.monotonic()
        server.admin("--demo", "--seed-tokens", "alice", "100000")
        for user in ("ten", "maker"):
            with open(f"{work}/{user}.password", "w") as f:
                f.write(user)
            server.admin("--create-user", user, "--password-file", f"{work}/{user}.password",
                         "--plan", "paid")
        server.admin("--seed-tokens", "demo", "200")
        server.admin("--seed-tokens", "ten", "10")
        log(f"seeded in {time.monotonic() - t0:.1f} s")
        server.start()
        wanted = lambda group: args.only in (None, group)  # noqa: E731
        # Single round trips first: the wrk runs leave the server and the machine busy for a
        # while (sockets closing, the WAL growing), which a one-at-a-time latency feels most.
        if wanted("create"):
            create_benchmarks(server, f"{build}/tests/bench/bench_app", creates,
                              1 if args.quick else 10)
        if wanted("server"):
            server_benchmarks(server, seconds, 1 if args.quick else 3)
        if wanted("app"):
            app_benchmarks(server, f"{build}/tests/bench/bench_app")
        if wanted("startup"):
            if args.backend == "postgres":
                print("startup.first_window, startup.peak_rss: skipped with --backend postgres "
                      "(the app's start-up does not wait on the server's database)", flush=True)
            else:
                startup_benchmarks(server, build, runs, work)
    met = sum(RESULTS)
    print(f"benchmarks: {met} met, {len(RESULTS) - met} missed", flush=True)
    return 0 if met == len(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
