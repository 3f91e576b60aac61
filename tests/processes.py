"""The project in processes of its own, on the test database: gunicorn, the worker, commands.

Tests that must see what one process does to another (a race between workers,
an import in one process read by the server in another) start the real
processes here instead of calling views in the test's own process.
"""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_sqlite(path: Path) -> Path:
    """The test database copied to a file, as ``make run`` has it."""
    with sqlite3.connect(path) as target:
        connection.ensure_connection()
        connection.connection.backup(target)
    return path


def database_url(tmp_path: Path) -> str:
    """A URL other processes open to see what the test committed (SQLite: a copy in a file)."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{copy_sqlite(tmp_path / 'db.sqlite3')}"
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    )


class ProjectProcesses:
    """Start the web server (gunicorn, as ``make serve``), the worker and commands; stop them."""

    def __init__(self, log: Path) -> None:
        self.log = log.open("w")
        self.running: list[subprocess.Popen] = []

    def environment(self, database: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DATABASE_URL": database,
            "DEBUG": "1",
            "SECRET_KEY": settings.SECRET_KEY,
            "SECURE_COOKIES": "0",
            **(extra or {}),
        }

    def start(self, database: str, *, env: dict[str, str] | None = None, worker: bool = True):
        """The web server, and the background worker unless ``worker=False``; its base URL."""
        port = free_port()
        commands = [["-m", "gunicorn", "-c", "cms/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]]
        if worker:
            worker_options = ["--backend", "background", "--queue-name", "*", "--interval", "0.1"]
            commands.append(["manage.py", "db_worker", *worker_options, "--no-reload"])
        for command in commands:
            self.running.append(
                subprocess.Popen(
                    [sys.executable, *command],
                    env=self.environment(database, env),
                    cwd=ROOT,
                    stdout=self.log,
                    stderr=self.log,
                )
            )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/api/v1/", timeout=2)
                return base
            except urllib.error.HTTPError:
                return base
            except OSError:
                time.sleep(0.2)
        raise AssertionError("the web server did not start within 60 s")

    def manage(self, database: str, *args: str, env: dict[str, str] | None = None) -> str:
        """Run a management command in a process of its own; its output."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            env=self.environment(database, env),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def stop(self) -> None:
        """Stop gracefully, else quickly (gunicorn then ends its workers): none may hold the
        test database when pytest drops it."""
        for process in self.running:
            process.terminate()
        for process in self.running:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=10)
        self.log.close()
