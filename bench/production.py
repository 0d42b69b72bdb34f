"""The production-like benchmark of `make bench`.

The site runs as in production: its own PostgreSQL database (created,
migrated and filled with the demo, plus `generate_load_data --size
$BENCH_SIZE` when BENCH_SIZE is M or L), Redis for the cache and sessions,
gunicorn with 2 workers, DEBUG off, static files collected. wrk drives each
scenario at 16 connections for a few seconds, and the trivial view /healthz
right before it on the same stack; a scenario's figure is its throughput as
a ratio to that /healthz run, the median of 3 rounds. Scenarios that may
run each request only once (a submit, a first completion, the bursts) are
driven by a thread pool instead, one request per prepared item.

Per scenario it prints the ratio, p50/p95/p99 latency, errors, database
queries per request (counted in-process on the same database) and the
largest gunicorn worker's memory; it writes bench/results/latest.json and
latest.md (and latest-<size>.json/.md) and flags every ratio more than 10%
below the last committed result at the same size.

Environment: BENCH_DATABASE_URL (default: DATABASE_URL's database with
"_bench" appended, "_bench_m" or "_bench_l" for those sizes, or
helsepedagogikk_bench… on the local PostgreSQL),
BENCH_REDIS_URL (default REDIS_URL, or redis://127.0.0.1:6379/2),
BENCH_PORT (8199), BENCH_SECONDS per run (3), BENCH_ROUNDS (3),
BENCH_SIZE (S), BENCH_ONLY (comma-separated scenario names),
BENCH_SKIP_SETUP=1 (reuse the database as it is: no migrate, demo or load data)."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import django
import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
CONNECTIONS = 16
THREADS = 2
WORKERS = 2
REGRESSION = 0.10


def bench_env() -> dict[str, str]:
    """The environment of every process of the benchmark: production settings on the bench database."""
    database = os.environ.get("BENCH_DATABASE_URL")
    if not database:
        # One database per size, so an L run never leaves its data under an S figure.
        suffix = "_bench" + ("" if SIZE == "S" else f"_{SIZE.lower()}")
        base = os.environ.get("DATABASE_URL", "")
        if base.startswith("postgres"):
            parts = urlsplit(base)
            database = urlunsplit(parts._replace(path=parts.path.rstrip("/") + suffix))
        else:
            database = f"postgres://postgres@127.0.0.1:5432/helsepedagogikk{suffix}"
    redis = os.environ.get("BENCH_REDIS_URL") or os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/2"
    port = os.environ.get("BENCH_PORT", "8199")
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "elearning.settings",
            "DATABASE_URL": database,
            # Processes the benchmark starts (the export runs in a fresh one) read the same database, not
            # DATABASE_URL's name with another "_bench" appended.
            "BENCH_DATABASE_URL": database,
            "REDIS_URL": redis,
            "CELERY_BROKER_URL": redis,
            "DEBUG": "0",
            "SECRET_KEY": "bench-only-secret-key-not-for-any-real-site-0123456789",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SITE_URL": f"http://127.0.0.1:{port}",
            # Plain HTTP on the loopback: no TLS redirect; staff use a test account without a TOTP device.
            "SECURE_SSL_REDIRECT": "0",
            "REQUIRE_STAFF_MFA": "0",
            # No page of the benchmark asks for uploaded media; in production a proxy would serve them.
            "MEDIA_SERVED_BY_PROXY": "1",
            "CELERY_TASK_ALWAYS_EAGER": "0",
            "LOG_LEVEL": "WARNING",
            "BENCH_PORT": port,
        }
    )
    return env


SIZE = os.environ.get("BENCH_SIZE", "S").upper()
ENV = bench_env()
os.environ.update(ENV)
PORT = int(ENV["BENCH_PORT"])
BASE = f"http://127.0.0.1:{PORT}"
SECONDS = float(os.environ.get("BENCH_SECONDS", "3"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def _manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True)


def ensure_database() -> None:
    """Creates the bench database when it is missing, then migrates it and loads the demo (idempotent)."""
    parts = urlsplit(ENV["DATABASE_URL"])
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            print(f"bench: creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')
    _manage("migrate", "--noinput", "-v", "0")
    _manage("load_demo")
    if SIZE != "S":  # S is the demo alone
        _manage("generate_load_data", "--size", SIZE)
    _manage("collectstatic", "--noinput", "-v", "0")


class Server:
    """gunicorn with WORKERS workers on the bench database."""

    def __init__(self):
        self.process = None
        self.log = open(Path(tempfile.gettempdir()) / f"bench-gunicorn-{PORT}.log", "w")  # noqa: SIM115 (closed in __exit__)

    def __enter__(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "elearning.wsgi", "-w", str(WORKERS), "-b", f"127.0.0.1:{PORT}", "--log-level", "warning"],
            cwd=ROOT,
            env=ENV,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise SystemExit(f"bench: gunicorn did not answer; see {self.log.name}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.log.close()

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def cpu_seconds(self) -> float:
        """CPU time the workers have used (user + system), seconds. Unlike
        throughput it barely depends on what else the machine is doing."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.worker_pids():
            stat = Path(f"/proc/{pid}/stat")
            if stat.exists():
                fields = stat.read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def worker_mb(self) -> float:
        """Resident memory of the largest worker, MB."""
        sizes = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status")
            if status.exists():
                match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
                if match:
                    sizes.append(int(match.group(1)) / 1024)
        return round(max(sizes), 1) if sizes else 0.0


def _lua_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def run_wrk(requests: list[dict], seconds: float = SECONDS) -> dict:
    """wrk on a list of requests ({method, path, headers, body}); throughput and latencies."""
    lines = ["return {"]
    for item in requests:
        given = item.get("headers", {})
        if item.get("body") and "Content-Type" not in given:  # as the other drivers: else Django parses no form
            given = {**given, "Content-Type": "application/x-www-form-urlencoded"}
        headers = ", ".join(f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in given.items())
        body = _lua_string(item["body"]) if item.get("body") else "nil"
        lines.append(
            f"  {{method = {_lua_string(item.get('method', 'GET'))}, path = {_lua_string(item['path'])}, "
            f"headers = {{{headers}}}, body = {body}}},"
        )
    lines.append("}")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as spec:
        spec.write("\n".join(lines))
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t",
                str(THREADS),
                "-c",
                str(CONNECTIONS),
                "-d",
                f"{max(1, round(seconds))}s",
                # A slow answer on a busy machine is slow, not an error.
                "--timeout",
                "30s",
                "-s",
                str(HERE / "wrk.lua"),
                BASE,
            ],
            env={**ENV, "BENCH_REQUESTS": spec.name, "BENCH_THREADS": str(THREADS)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(spec.name)
    line = next(line for line in out.splitlines() if line.startswith("BENCH "))
    data = json.loads(line[len("BENCH ") :])
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "requests": data["requests"],
        "errors": data["socket_errors"] + data["status_errors"],
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
    }


def run_once(requests: list[dict], *, concurrency: int = CONNECTIONS) -> dict:
    """Each request exactly once, ``concurrency`` at a time over keep-alive connections."""
    local = threading.local()

    def send(item):
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        start = time.perf_counter()
        body = item.get("body")
        headers = dict(item.get("headers", {}))
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(item.get("method", "GET"), item["path"], body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return time.perf_counter() - start, response.status

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(send, requests))
    elapsed = time.perf_counter() - start
    latencies = sorted(r[0] * 1000 for r in results)

    def pct(p):
        return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))]

    return {
        "rps": len(results) / elapsed,
        "requests": len(results),
        "errors": sum(1 for r in results if r[1] >= 400),
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "p99_ms": pct(99),
        "statuses": sorted({r[1] for r in results}),
    }


def probe(item: dict) -> int:
    """The status of one request, to make sure a scenario measures the page it names."""
    request = urllib.request.Request(
        BASE + item["path"],
        method=item.get("method", "GET"),
        headers=item.get("headers", {}),
        data=item["body"].encode() if item.get("body") else None,
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def git_committed_results() -> dict | None:
    """The last committed result at this size (latest-<size>.json), else latest.json."""
    for name in (f"latest-{SIZE}.json", "latest.json"):
        try:
            text = subprocess.run(
                ["git", "show", f"HEAD:bench/results/{name}"], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
        except (subprocess.CalledProcessError, FileNotFoundError):
            continue
        return json.loads(text)
    return None


def machine() -> dict:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = match.group(1).strip() if match else ""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"cpu": cpu, "cores": os.cpu_count(), "load_1min_at_start": round(load, 2) if load is not None else None}


def main() -> int:
    if not shutil.which("wrk"):
        raise SystemExit("bench: wrk is missing; run scripts/system-deps.sh bench")
    if os.environ.get("BENCH_SKIP_SETUP") != "1":
        ensure_database()
    django.setup()
    # cycle: production -> reporting -> production
    import reporting

    # deferred: scenarios imports the models, which need django.setup() on the database made above
    import scenarios

    only = {name.strip() for name in os.environ.get("BENCH_ONLY", "").split(",") if name.strip()}
    load_before = machine()
    results = []
    try:
        built = scenarios.build(only=only)
        with Server() as server:
            for scenario in built:
                results.append(scenarios.measure(scenario, server=server))
                reporting.print_row(results[-1])
    finally:
        scenarios.cleanup()
    report = {
        "taken_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": load_before,
        "size": SIZE,
        "setup": f"gunicorn {WORKERS} workers, PostgreSQL, Redis, DEBUG off; wrk {THREADS} threads "
        f"{CONNECTIONS} connections, {SECONDS:g} s per run, median of {ROUNDS} rounds",
        "scenarios": results,
    }
    regressions = reporting.compare(report, git_committed_results())
    report["regressions"] = regressions
    RESULTS.mkdir(exist_ok=True)
    # latest.* is the last run at any size; latest-<size>.* keeps each size's last run beside it.
    for stem in ("latest", f"latest-{SIZE}"):
        (RESULTS / f"{stem}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        (RESULTS / f"{stem}.md").write_text(reporting.markdown(report))
    print()
    print(reporting.markdown(report))
    for line in regressions:
        print(f"REGRESSION: {line}")
    return 0
