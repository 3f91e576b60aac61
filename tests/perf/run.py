"""``make bench``: run every benchmark, write bench-results.json, print a short table.

Each benchmark runs in its own process (they need their own database settings)
and prints JSON with ratios against a baseline measured in the same run.
"""

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

TEST_DATABASE = {
    "DATABASE_URL": os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/passend_informatie_bench"
    )
}
BENCHMARKS = {
    "tests.perf.bench_readability": {},
    "tests.perf.bench_search": TEST_DATABASE,
    "tests.perf.bench_import": TEST_DATABASE,
    "tests.perf.bench_duo_stream": TEST_DATABASE,
    "tests.perf.bench_queries": TEST_DATABASE,
    "tests.perf.bench_api": {},
}


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or platform.machine(),
    )
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gib": round(memory_kb / 1024**2),
        "python": platform.python_version(),
    }


def table(results: dict) -> list[tuple[str, str, str, str]]:
    """(figure, value, compared with, target) for the figures the README shows."""
    rows = []
    if api := results.get("api_load"):
        rps, ratios = api["requests_per_second"], api["ratios"]
        for name in ("item", "list", "bundle"):
            rows.append((
                f"API {name}, cached", f"{rps[f'{name}_cached']:,.0f} req/s",
                f"{ratios[f'{name}_cached_to_floor']}× floor", "≥ 0.8×",
            ))  # fmt: skip
        rows.append(("API item, 304", f"{rps['item_304']:,.0f} req/s",
                     f"{ratios['item_304_to_floor']}× floor", "≥ 0.8×"))  # fmt: skip
        rows.append(("API item, uncached", f"{rps['item_uncached']:,.0f} req/s",
                     f"{ratios['item_uncached_to_v2']}× API v2 detail", "≥ 2×"))  # fmt: skip
        rows.append(("API list, uncached", f"{rps['list_uncached']:,.0f} req/s",
                     f"{ratios['list_uncached_to_v2_list']}× API v2 listing of 20",
                     ""))  # fmt: skip
        rows.append(("API bundle, uncached", f"{rps['bundle_uncached']:,.0f} req/s",
                     f"{ratios['bundle_uncached_to_v2_list']}× API v2 listing of 20",
                     "≥ 2×"))  # fmt: skip
        bundle = api["bundle"]
        rows.append(("API bundle size", f"{bundle['gzip_bytes'] / 1024:.1f} KB gzip",
                     f"{bundle['items']} items ({bundle['bytes'] / 1024:.0f} KB plain)",
                     "≤ 60 KB"))  # fmt: skip
        default, other = api["worker_classes"]["default"], api["worker_classes"]["other"]
        for name, ratio in ratios["default_worker_to_other"].items():
            rows.append((f"{name}, {default} workers", f"{rps[name]:,.0f} req/s",
                         f"{ratio}× {other} workers", "faster default"))  # fmt: skip
    if visible := results.get("publish_to_visible"):
        rows.append(("publish → visible (API, search)",
                     f"{visible['api_max_ms']:.0f} / {visible['search_max_ms']:.0f} ms max",
                     "", "< 1,000 ms"))  # fmt: skip
    if queries := results.get("queries_per_request"):
        same = sum(
            len({v for k, v in e.items() if k.startswith("queries_at")}) == 1
            for e in queries["endpoints"].values()
        )
        total = len(queries["endpoints"])
        rows.append(("queries at 10 vs 1,000 results", f"equal for {same} of {total} endpoints",
                     "", "all"))  # fmt: skip
    if search := results.get("search"):
        rows.append((f"search p95, {search['items']:,} items", f"{search['p95_ms']} ms",
                     f"{search['p95_ratio_to_pk_lookup']}× key lookup", "< 50 ms"))  # fmt: skip
    if readability := results.get("readability"):
        rows.append(("readability", f"{readability['words_per_second']:,} words/s",
                     f"{readability['ratio_engine_to_tokenizer']}× tokenizer",
                     "≥ 20,000 words/s"))  # fmt: skip
    if duo := results.get("duo_import"):
        rows.append(("DUO import, schools", f"{duo['schools']['rows_per_second']:,} rows/s",
                     f"{duo['schools']['import_time_to_read_time']}× reading time",
                     "≥ 800 rows/s"))  # fmt: skip
    return rows


def selected() -> dict[str, dict]:
    """``BENCH_ONLY=api,queries`` runs only those benchmarks (module names without ``bench_``)."""
    only = {name.strip() for name in os.environ.get("BENCH_ONLY", "").split(",") if name.strip()}
    return {
        module: env
        for module, env in BENCHMARKS.items()
        if not only or module.removeprefix("tests.perf.bench_") in only
    }


def main() -> None:
    results: dict = {"machine": machine()}
    for module, env in selected().items():
        print(f"… {module}", file=sys.stderr, flush=True)
        output = subprocess.run(
            [sys.executable, "-m", module],
            env={**os.environ, **env},
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
        results.update(json.loads(output))
    Path("bench-results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results["machine"]))
    rows = [("figure", "measured", "compared with", "target"), *table(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
