"""Gunicorn settings for ``make serve`` and deployments (overridable from the environment).

Sync workers, one per CPU: the API's work is CPU-bound (a cached answer is a
dictionary lookup, a miss mostly Python), and in ``make bench`` (one CPU for
the server) sync workers served about twice what ``gthread`` with 4 threads
did: the floor 3,642 against 1,850 req/s, a cached item 3,253 against 2,111,
an uncached item 106 against 37 (README, Performance). Put a proxy in front
(nginx, a CDN) that buffers slow clients, as gunicorn advises for sync
workers. ``WORKER_CLASS=gthread`` (with ``WEB_THREADS``) is there for a
deployment without one.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# One worker per CPU this process may use (a container's or taskset's limit, not the host's).
cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
workers = int(os.environ.get("WEB_CONCURRENCY", cpus or 1))
worker_class = os.environ.get("WORKER_CLASS", "sync")
threads = int(os.environ.get("WEB_THREADS", 4))
keepalive = 5  # gthread only: a sync worker closes the connection after each answer
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = 100_000
max_requests_jitter = 10_000
accesslog = os.environ.get("ACCESS_LOG") or None
errorlog = "-"
wsgi_app = "cms.wsgi:application"
