"""``make bench``: run every benchmark, write bench-results.json, print a short table.

Each benchmark runs in its own process (the search benchmark needs its own
database settings) and prints JSON with ratios against a baseline measured in
the same run.
"""

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

BENCHMARKS = {
    "tests.perf.bench_readability": {},
    "tests.perf.bench_search": {
        "DATABASE_URL": os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/passend_informatie_bench"
        )
    },
}


def main() -> None:
    results: dict = {
        "machine": {
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
        }
    }
    for module, env in BENCHMARKS.items():
        output = subprocess.run(
            [sys.executable, "-m", module],
            env={**os.environ, **env},
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results.update(json.loads(output))
    Path("bench-results.json").write_text(json.dumps(results, indent=2) + "\n")
    for name, figures in results.items():
        print(f"\n{name}")
        for key, value in figures.items():
            print(f"  {key:<32} {value}")


if __name__ == "__main__":
    main()
