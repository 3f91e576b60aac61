"""API throughput and latency under load, against two baselines measured in the same run.

    python -m tests.perf.bench_api          (or: make bench; needs wrk, PostgreSQL, Redis)

Starts the production server (gunicorn with ``cms/gunicorn.conf.py``, as
``make serve`` does, plus the background worker) on a database filled by
``generate_load_data`` (made once, then reused), and loads it with wrk:

* item detail, list and bundle of one SWV: cached (warm server cache), cached
  with ``If-None-Match`` (304), and uncached (every request a cache miss: the
  benchmark server salts the cache keys of a request with ``?_=<token>``);
* (a) the floor: a plain Django view returning the same bytes from memory, in a
  minimal project of its own (``tests/perf/floor``: no apps, no middleware),
  served with the same gunicorn settings; for information the same view inside
  this project, behind its middleware;
* (b) Wagtail's API v2: ``/api/v2/pages/<id>/`` for a page with the same
  content, and its listing of 20 such pages with all their fields.

The same scenarios (a short set) also run on a second server and floor with the
other worker class (``sync`` or ``gthread``), for the choice of the default.

Targets: cached ≥ 0.8 × the floor, uncached item detail ≥ 2 × API v2 detail,
uncached bundle ≥ 2 × API v2's listing of 20, bundle ≤ 60 KB gzipped.
Also measures publish → visible in the API and search (< 1 s).
"""

import json
import os
import runpy
import secrets
import shutil
import statistics
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
HOST, PORT = BIND.rsplit(":", 1)
# The project and the floor, each under the default worker class and the other one.
WORKER_CLASSES = ("sync", "gthread")
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 8))
WARMUP_SECONDS = 2
IDLE_PROBE = "/api/v1/regions/?page_size=1"
CACHED_TARGET, UNCACHED_TARGET, BUNDLE_GZIP_TARGET = 0.8, 2.0, 60 * 1024
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


def default_worker_class() -> str:
    """The worker class ``cms/gunicorn.conf.py`` picks when ``WORKER_CLASS`` is not set."""
    saved = os.environ.pop("WORKER_CLASS", None)
    try:
        return runpy.run_path(str(ROOT / "cms" / "gunicorn.conf.py"))["worker_class"]
    finally:
        if saved is not None:
            os.environ["WORKER_CLASS"] = saved


def base_url(offset: int) -> str:
    return f"http://{HOST}:{int(PORT) + offset}"


def wrk(
    url: str,
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
        [*command, url],
        env={**os.environ, "BENCH_BUST": secrets.token_hex(8) if bust else ""},
        capture_output=True, text=True, check=True, preexec_fn=pinned(LOAD_CPUS),
    ).stdout  # fmt: skip
    result = json.loads(output.strip().splitlines()[-1])
    result["rps"] = round(result["requests"] / result["seconds"], 1)
    # wrk stops; the server still works off the requests it had accepted. One more
    # request waits behind them, so the next scenario starts on an idle server.
    base = url.split("/", 3)
    fetch(f"{base[0]}//{base[2]}{IDLE_PROBES[base[2]]}")
    return result


def fetch(url: str, headers: dict[str, str] = {}) -> tuple[int, dict, bytes]:  # noqa: B006
    with urlopen(Request(url, headers=headers), timeout=30) as response:
        return response.status, dict(response.headers), response.read()


# A cheap request per server (host:port) that answers once the server is idle.
IDLE_PROBES: dict[str, str] = {}


def wait_for_server(process: subprocess.Popen, base: str, probe: str) -> None:
    IDLE_PROBES[base.split("//", 1)[1]] = probe
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError("the server stopped while starting")
        try:
            fetch(base + probe)
            return
        except (URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError("the server did not start within 30 s")


def plan(urls: dict[str, str], default: str, other: str) -> dict[str, tuple[str, dict]]:
    """Every scenario: its URL and wrk options. ``_<class>`` ones run on the other class."""
    app, app_other = base_url(0), base_url(100)
    floor, floor_other = base_url(200), base_url(300)
    etag = fetch(app + urls["item"])[1]["ETag"]
    # Each scenario right after its baseline: the ratios of a round compare neighbours.
    return {
        "floor_item": (f"{floor}/floor/item/", {}),
        "item_cached": (app + urls["item"], {}),
        "item_304": (app + urls["item"], {"headers": {"If-None-Match": etag}}),
        "floor_item_in_project": (app + urls["item_floor"], {}),
        "floor_list": (f"{floor}/floor/list/", {}),
        "list_cached": (app + urls["list"], {}),
        "floor_bundle": (f"{floor}/floor/bundle/", {}),
        "bundle_cached": (app + urls["bundle"], {}),
        "v2_page": (app + urls["v2_page"], {}),
        "item_uncached": (app + urls["item"], {"bust": True}),
        "v2_list": (app + urls["v2_list"], {}),
        "list_uncached": (app + urls["list"], {"bust": True}),
        "bundle_uncached": (app + urls["bundle"], {"bust": True}),
        f"floor_item_{other}": (f"{floor_other}/floor/item/", {}),
        f"item_cached_{other}": (app_other + urls["item"], {}),
        f"item_uncached_{other}": (app_other + urls["item"], {"bust": True}),
        f"bundle_uncached_{other}": (app_other + urls["bundle"], {"bust": True}),
    }


def scenarios(plan: dict[str, tuple[str, dict]]) -> dict[str, dict]:
    """Every load scenario, ``ROUNDS`` times in turn; the median run of each is kept.

    Each scenario first runs once, briefly and not counted, to warm the caches,
    the database's buffers and the workers' lazy imports.
    """
    for url, options in plan.values():
        wrk(url, **options, seconds=WARMUP_SECONDS)
    runs: dict[str, list[dict]] = {name: [] for name in plan}
    for _ in range(ROUNDS):
        for name, (url, options) in plan.items():
            runs[name].append(wrk(url, **options))
    for name, results in runs.items():
        for run in results:
            # A worker that is recycled closes its keep-alive connections: a rare read error.
            # A sync worker closes every connection after its answer, which wrk counts too.
            if run["bad_status"] or ("sync" not in name and run["errors"] > run["requests"] / 1000):
                raise RuntimeError(f"{name}: {run['errors']} errors, {run['bad_status']} bad")
    median = {
        name: sorted(results, key=lambda run: run["rps"])[len(results) // 2]
        for name, results in runs.items()
    }
    for name, results in runs.items():
        median[name]["rounds_rps"] = [run["rps"] for run in results]
    return median


def start_servers(env: dict[str, str], default: str, other: str) -> list[subprocess.Popen]:
    """The project and the floor under each worker class, all pinned to the server CPUs.

    Only one of them is loaded at a time; the others wait idle.
    """
    python = sys.executable
    floor_env = {**env, "DJANGO_SETTINGS_MODULE": "tests.perf.floor.settings"}
    servers = [
        (0, env, default, "cms.wsgi:application", IDLE_PROBE),
        (100, env, other, "cms.wsgi:application", IDLE_PROBE),
        (200, floor_env, default, "tests.perf.floor.wsgi:application", "/floor/item/"),
        (300, floor_env, other, "tests.perf.floor.wsgi:application", "/floor/item/"),
    ]
    processes = []
    for offset, server_env, worker_class, app, _probe in servers:
        bind = base_url(offset).split("//", 1)[1]
        processes.append(
            subprocess.Popen(
                [python, "-m", "gunicorn", "-c", "cms/gunicorn.conf.py", app],
                env={**server_env, "BIND": bind, "WORKER_CLASS": worker_class},
                cwd=ROOT,
                preexec_fn=pinned(SERVER_CPUS),
            )
        )
    for process, (offset, *_rest, probe) in zip(processes, servers, strict=True):
        wait_for_server(process, base_url(offset), probe)
    return processes


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
    default = default_worker_class()
    other = next(name for name in WORKER_CLASSES if name != default)
    worker = subprocess.Popen(
        [python, "manage.py", "db_worker", "--backend", "background", "--queue-name", "*",
         "--interval", "0.2", "--no-reload", "-v0"],
        env=env, cwd=ROOT, preexec_fn=pinned(SERVER_CPUS),
    )  # fmt: skip
    # As many workers as the server's CPUs (the default of cms/gunicorn.conf.py).
    servers: list[subprocess.Popen] = []
    try:
        servers = start_servers(env, default, other)
        runs = scenarios(plan(urls, default, other))
        probe = subprocess.run(
            [python, "-m", "tests.perf.server.publish_probe", base_url(0), prepared["region"]],
            env=env, cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        for process in (*servers, worker):
            process.terminate()
            process.wait(timeout=30)
        redis.Redis.from_url(REDIS_URL).flushdb()
        shutil.rmtree(scratch)
    return {
        "api_load": report(runs, prepared, default, other),
        **json.loads(probe.strip().splitlines()[-1]),
    }


def report(runs: dict[str, dict], prepared: dict, default: str, other: str) -> dict:
    rps = {name: run["rps"] for name, run in runs.items()}

    def ratio(name: str, baseline: str) -> float:
        """The median of the rounds' ratios: the machine's speed drifts between rounds."""
        rounds = zip(runs[name]["rounds_rps"], runs[baseline]["rounds_rps"], strict=True)
        return round(statistics.median(value / base for value, base in rounds), 2)

    ratios = {
        "item_cached_to_floor": ratio("item_cached", "floor_item"),
        "item_304_to_floor": ratio("item_304", "floor_item"),
        "list_cached_to_floor": ratio("list_cached", "floor_list"),
        "bundle_cached_to_floor": ratio("bundle_cached", "floor_bundle"),
        "floor_in_project_to_floor": ratio("floor_item_in_project", "floor_item"),
        "item_uncached_to_v2": ratio("item_uncached", "v2_page"),
        "list_uncached_to_v2_list": ratio("list_uncached", "v2_list"),
        "bundle_uncached_to_v2_list": ratio("bundle_uncached", "v2_list"),
        "default_worker_to_other": {
            name: ratio(name, f"{name}_{other}")
            for name in ("floor_item", "item_cached", "item_uncached", "bundle_uncached")
        },
    }
    bundle = prepared["bundle"]
    return {
        "server": (
            f"gunicorn {default} (cms/gunicorn.conf.py), PostgreSQL, Redis; "
            f"the short set also under {other}"
        ),
        "load_tool": (
            f"wrk, 1 thread, {CONNECTIONS} connections, {SECONDS} s per scenario, "
            f"{ROUNDS} rounds; req/s: the median round; ratios: the median of the rounds' "
            "ratios, each scenario measured right after its baseline"
        ),
        "worker_classes": {"default": default, "other": other},
        "cpus": {"server": sorted(SERVER_CPUS), "load_tool": sorted(LOAD_CPUS)},
        "data": prepared["size"]
        | {key: prepared[key] for key in ("published_items", "v2_list_pages")},
        "bundle": bundle,
        "requests_per_second": rps,
        "p50_ms": {name: run["p50_ms"] for name, run in runs.items()},
        "p99_ms": {name: run["p99_ms"] for name, run in runs.items()},
        "requests_per_second_each_round": {name: run["rounds_rps"] for name, run in runs.items()},
        "socket_errors": {name: run["errors"] for name, run in runs.items() if run["errors"]},
        "ratios": ratios,
        "targets": {
            "cached_to_floor": CACHED_TARGET,
            "uncached_item_to_v2": UNCACHED_TARGET,
            "uncached_bundle_to_v2_list": UNCACHED_TARGET,
            "bundle_gzip_bytes": BUNDLE_GZIP_TARGET,
        },
        "meets_target": (
            min(ratios[f"{name}_cached_to_floor"] for name in ("item", "list", "bundle"))
            >= CACHED_TARGET
            and ratios["item_uncached_to_v2"] >= UNCACHED_TARGET
            and ratios["bundle_uncached_to_v2_list"] >= UNCACHED_TARGET
            and bundle["gzip_bytes"] <= BUNDLE_GZIP_TARGET
        ),
    }


if __name__ == "__main__":
    json.dump(main(), sys.stdout, indent=2)
    sys.stdout.write("\n")
