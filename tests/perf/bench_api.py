"""API throughput and latency under load, against two baselines measured in the same run.

    python -m tests.perf.bench_api          (or: make bench; needs wrk, PostgreSQL, Redis)

Starts the production server (gunicorn with ``cms/gunicorn.conf.py``, as
``make serve`` does, plus the background worker) on a database filled by
``generate_load_data`` (made once, then reused), and loads it with wrk:

* item detail, list and bundle of one SWV: cached (warm server cache), cached
  with ``If-None-Match`` (304), and uncached (every request a cache miss);
* (a) the floor: a view returning the same bytes (of each endpoint) from memory;
* (b) Wagtail's API v2 ``/api/v2/pages/<id>/`` for a page with the same content.

Targets: cached ≥ 0.8 × the floor, uncached item detail ≥ 2 × API v2.
Also measures publish → visible in the API and search (< 1 s).
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.error import URLError
from urllib.request import Request, urlopen

import psycopg
import redis

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
DATABASE_URL = os.environ.get(
    "BENCH_LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/passend_informatie_load"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
BIND = os.environ.get("BENCH_BIND", "127.0.0.1:8765")
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 8))
WARMUP_SECONDS = 2
IDLE_PROBE = "/api/v1/regions/?page_size=1"
CACHED_TARGET, UNCACHED_TARGET = 0.8, 2.0
# The server (with its worker) and wrk each get their own half of the CPUs. On
# shared cores they take turns as the scheduler likes, and one round's figure can be
# twice the next one's. PostgreSQL and Redis run wherever the scheduler puts them.
CPUS = sorted(os.sched_getaffinity(0))
SERVER_CPUS = set(CPUS[: max(1, len(CPUS) // 2)])
LOAD_CPUS = set(CPUS[len(CPUS) // 2 :])
# While the data is generated, index each text as it is published, not via the worker.
IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"


def ensure_database() -> None:
    server_url, name = DATABASE_URL.rsplit("/", 1)
    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as connection:
        if not connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def pinned(cpus: set[int]) -> Callable[[], None]:
    """A ``preexec_fn`` that keeps a child process (and its children) on these CPUs."""
    return lambda: os.sched_setaffinity(0, cpus)


def wrk(
    path: str,
    *,
    headers: dict[str, str] = {},  # noqa: B006
    bust: bool = False,
    seconds: int = SECONDS,
) -> dict:
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", str(HERE / "server" / "report.lua")]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, f"http://{BIND}{path}"],
        env={**os.environ, "BENCH_BUST": secrets.token_hex(8) if bust else ""},
        capture_output=True, text=True, check=True, preexec_fn=pinned(LOAD_CPUS),
    ).stdout  # fmt: skip
    result = json.loads(output.strip().splitlines()[-1])
    result["rps"] = round(result["requests"] / result["seconds"], 1)
    # wrk stops; the server still works off the requests it had accepted. One more
    # request waits behind them, so the next scenario starts on an idle server.
    fetch(IDLE_PROBE)
    return result


def fetch(path: str, headers: dict[str, str] = {}) -> tuple[int, dict, bytes]:  # noqa: B006
    with urlopen(Request(f"http://{BIND}{path}", headers=headers), timeout=30) as response:
        return response.status, dict(response.headers), response.read()


def wait_for_server(process: subprocess.Popen) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError("the server stopped while starting")
        try:
            fetch(IDLE_PROBE)
            return
        except (URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError("the server did not start within 30 s")


def scenarios(urls: dict[str, str]) -> dict[str, dict]:
    """Every load scenario, ``ROUNDS`` times in turn; the median run of each is kept.

    Each scenario first runs once, briefly and not counted, to warm the caches,
    the database's buffers and the workers' lazy imports.
    """
    etag = fetch(urls["item"])[1]["ETag"]
    plan: dict[str, tuple[str, dict]] = {
        "item_floor": (urls["item_floor"], {}),
        "list_floor": (urls["list_floor"], {}),
        "bundle_floor": (urls["bundle_floor"], {}),
        "v2_page": (urls["v2_page"], {}),
        "item_cached": (urls["item"], {}),
        "item_304": (urls["item"], {"headers": {"If-None-Match": etag}}),
        "item_uncached": (urls["item"], {"bust": True}),
        "list_cached": (urls["list"], {}),
        "list_uncached": (urls["list"], {"bust": True}),
        "bundle_cached": (urls["bundle"], {}),
        "bundle_uncached": (urls["bundle"], {"bust": True}),
    }
    for url, options in plan.values():
        wrk(url, **options, seconds=WARMUP_SECONDS)
    runs: dict[str, list[dict]] = {name: [] for name in plan}
    for _ in range(ROUNDS):
        for name, (url, options) in plan.items():
            runs[name].append(wrk(url, **options))
    for name, results in runs.items():
        for run in results:
            # A worker that is recycled closes its keep-alive connections: a rare read error.
            if run["bad_status"] or run["errors"] > run["requests"] / 1000:
                raise RuntimeError(f"{name}: {run['errors']} errors, {run['bad_status']} bad")
    median = {
        name: sorted(results, key=lambda run: run["rps"])[len(results) // 2]
        for name, results in runs.items()
    }
    for name, results in runs.items():
        median[name]["rounds_rps"] = [run["rps"] for run in results]
    return median


def main() -> dict:
    ensure_database()
    redis.Redis.from_url(REDIS_URL).flushdb()
    scratch = Path(tempfile.mkdtemp())
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.perf.server.settings",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "BIND": BIND,
        "BENCH_FLOOR_DIR": str(scratch),
        "STATIC_ROOT": str(scratch),  # the API serves no static files
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    python = sys.executable
    prepared = json.loads(
        subprocess.run(
            [python, "-m", "tests.perf.server.prepare", str(scratch)],
            env={**env, "BACKGROUND_TASKS_BACKEND": IMMEDIATE_TASKS},
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.strip().splitlines()[-1]
    )  # fmt: skip
    urls = prepared["urls"]
    worker = subprocess.Popen(
        [python, "manage.py", "db_worker", "--backend", "background", "--queue-name", "*",
         "--interval", "0.2", "--no-reload", "-v0"],
        env=env, cwd=ROOT, preexec_fn=pinned(SERVER_CPUS),
    )  # fmt: skip
    # As many workers as the server's CPUs (the default of cms/gunicorn.conf.py).
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "-c", "cms/gunicorn.conf.py"],
        env=env, cwd=ROOT, preexec_fn=pinned(SERVER_CPUS),
    )  # fmt: skip
    try:
        wait_for_server(server)
        runs = scenarios(urls)
        probe = subprocess.run(
            [python, "-m", "tests.perf.server.publish_probe", f"http://{BIND}", prepared["region"]],
            env=env, cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=30)
        redis.Redis.from_url(REDIS_URL).flushdb()
        shutil.rmtree(scratch)

    v2 = runs["v2_page"]["rps"]
    ratios = {
        f"{name}_to_floor": round(runs[name]["rps"] / runs[f"{name.split('_')[0]}_floor"]["rps"], 2)
        for name in ("item_cached", "item_304", "list_cached", "bundle_cached")
    } | {
        f"{name}_to_v2": round(runs[name]["rps"] / v2, 2)
        for name in ("item_uncached", "list_uncached", "bundle_uncached")
    }
    return {
        "api_load": {
            "server": "gunicorn gthread (cms/gunicorn.conf.py), PostgreSQL, Redis",
            "load_tool": (
                f"wrk, 1 thread, {CONNECTIONS} connections, {SECONDS} s per scenario, "
                f"median of {ROUNDS} rounds"
            ),
            "cpus": {"server": sorted(SERVER_CPUS), "load_tool": sorted(LOAD_CPUS)},
            "data": prepared["size"] | {"published_items": prepared["published_items"]},
            "requests_per_second": {name: run["rps"] for name, run in runs.items()},
            "p50_ms": {name: run["p50_ms"] for name, run in runs.items()},
            "p99_ms": {name: run["p99_ms"] for name, run in runs.items()},
            "requests_per_second_each_round": {
                name: run["rounds_rps"] for name, run in runs.items()
            },
            "socket_errors": {name: run["errors"] for name, run in runs.items() if run["errors"]},
            "ratios": ratios,
            "targets": {"cached_to_floor": CACHED_TARGET, "uncached_item_to_v2": UNCACHED_TARGET},
            "meets_target": (
                ratios["item_cached_to_floor"] >= CACHED_TARGET
                and ratios["item_uncached_to_v2"] >= UNCACHED_TARGET
            ),
        },
        **json.loads(probe.strip().splitlines()[-1]),
    }


if __name__ == "__main__":
    json.dump(main(), sys.stdout, indent=2)
    sys.stdout.write("\n")
