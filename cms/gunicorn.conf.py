"""Gunicorn settings for ``make serve`` and deployments (overridable from the environment).

Threads let a worker wait on PostgreSQL or Redis for one request while it
serves another; keep-alive lets a site's widget reuse its connection.
``WORKER_CLASS=sync`` is the other choice, measured side by side by ``make
bench`` (README, Performance). On the shared 2-CPU machine two runs disagreed:
sync served 1.5× (cached item) and 2.9× (uncached item) what gthread did in a
short run, but 0.92× and 0.41× in the full run, so the difference is within
that machine's noise and gthread, which does not stall a worker on a slow
database, stays the default until a run on a quiet machine says otherwise.
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
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = 100_000
max_requests_jitter = 10_000
accesslog = os.environ.get("ACCESS_LOG") or None
errorlog = "-"
wsgi_app = "cms.wsgi:application"
