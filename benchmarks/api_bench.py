"""API and compare throughput under gunicorn on loopback, against a trivial JSON view in the same run.

2 workers, 8 concurrent keep-alive clients, a fixed time per endpoint; reports requests/second, p50 and p99,
and each endpoint's throughput as a share of the trivial view's. Target (issue 8): laws list >= 50%.
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENTS, SECONDS, WORKERS = 8, 6.0, 2
ENDPOINTS = [
    ("trivial JSON view", "/api/v1/ping/"),
    ("laws list (100 per page)", "/api/v1/laws/?limit=100"),
    ("laws list, one state as of a date", "/api/v1/laws/?jurisdiction=us-ca&as_of=2025-06-01"),
    ("jurisdictions list", "/api/v1/jurisdictions/"),
    ("compare, all US (HTML)", "/compare/?j=all-us"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _client(port: int, path: str, stop: float, latencies: list, errors: list) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.perf_counter() < stop:
        start = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(response.status)
        except (OSError, http.client.HTTPException) as error:
            errors.append(str(error))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append(time.perf_counter() - start)
    conn.close()


def _measure(port: int, path: str) -> tuple[float, float, float, int]:
    latencies: list[float] = []
    errors: list = []
    stop = time.perf_counter() + SECONDS
    threads = [threading.Thread(target=_client, args=(port, path, stop, latencies, errors)) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else float("nan")
    return len(latencies) / SECONDS, statistics.median(ordered) if ordered else float("nan"), p99, len(errors)


def run() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="recourse-bench-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}", "DJANGO_DEBUG": "0",
           "SECRET_KEY": "bench-" + "x" * 60, "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "0",
           "API_ANON_RATE": "100000000/minute", "DB_CONN_MAX_AGE": "600", "LOG_LEVEL": "ERROR"}
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([python, "manage.py", "loadkb", "-v0"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    port = _free_port()
    server = subprocess.Popen([python, "-m", "gunicorn", "kb.wsgi", "-w", str(WORKERS), "-b", f"127.0.0.1:{port}",
                               "--log-level", "error"], cwd=ROOT, env=env)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/api/v1/ping/")
                break
            except OSError:
                time.sleep(0.1)
        for _, path in ENDPOINTS:  # warm every worker's caches and connections
            _measure_once(port, path)
        results = [(name, *_measure(port, path)) for name, path in ENDPOINTS]
    finally:
        server.terminate()
        server.wait(timeout=10)
    base = results[0][1]
    print(f"API under gunicorn ({WORKERS} workers, {CLIENTS} clients, {SECONDS:.0f} s each, SQLite):")
    for name, rps, p50, p99, errors in results:
        print(f"  {name:36s} {rps:7.1f} req/s  p50 {p50 * 1000:6.1f} ms  p99 {p99 * 1000:6.1f} ms  "
              f"{rps / base:6.1%} of trivial{'  ERRORS: ' + str(errors) if errors else ''}")


def _measure_once(port: int, path: str) -> None:
    for _ in range(WORKERS * 2):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        conn.getresponse().read()
        conn.close()
