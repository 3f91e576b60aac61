"""Gunicorn settings for ``make serve`` and deployments (overridable from the environment).

Threads let a worker wait on PostgreSQL or Redis for one request while it
serves another; keep-alive lets a site's widget reuse its connection.
``WORKER_CLASS=sync`` is the other choice, measured side by side by ``make
bench`` (README, Performance). In six full runs on 2-CPU machines
(2026-12-01) gthread served 0.84-1.08x what sync did for a cached item,
0.92-1.16x for an uncached one and 0.82-1.12x for an uncached bundle: level.
So gthread, which keeps a widget's connection alive and is not stalled by a
slow client or database, is the default.
Sync workers also need a proxy in front that buffers slow clients.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# One worker per CPU this process may use (a container's or taskset's limit, not the host's).
cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
workers = int(os.environ.get("WEB_CONCURRENCY", cpus or 1))
worker_class = os.environ.get("WORKER_CLASS", "gthread")
threads = int(os.environ.get("WEB_THREADS", 4))
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound. Not
# often: a new worker spends about 3 s of CPU loading the project (the floor
# of ``make bench``: 0.25 s). At 3,000 cached reads/s, 100,000 meant a reload
# every half minute; ``make bench`` saw 8-9 of them in every run, each taking up
# to a third of a 10 s scenario.
max_requests = 1_000_000
max_requests_jitter = 100_000
accesslog = os.environ.get("ACCESS_LOG") or None
errorlog = "-"
wsgi_app = "cms.wsgi:application"
