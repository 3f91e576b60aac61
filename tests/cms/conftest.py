import contextlib
import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import caches
from django.test import override_settings


class Receiver:
    """A local HTTP server that records requests and answers with scripted status codes."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.requests: list[dict] = []
        self.statuses = list(statuses or [])
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def handle_any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                receiver.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": self.rfile.read(length),
                    }
                )
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_POST = do_PURGE = do_GET = handle_any

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def json(self, index: int = -1) -> dict:
        return json.loads(self.requests[index]["body"])


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.server.shutdown()


class TcpProxy:
    """A local TCP relay to Redis that can be cut and restored, to test Redis going down."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        self.up = True
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self) -> None:
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Refuse new connections and break the open ones, as a Redis that went away."""
        self.up = False
        for end in self.open:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
        self.open.clear()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


# A Redis database of its own per pytest-xdist worker (1–10; the usage-count tests use
# 13–15), emptied around each test: workers that shared one emptied each other's entries.
XDIST_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_DB = 1 + XDIST_WORKER % 10
REDIS_LOCATION = f"redis://127.0.0.1:6379/{REDIS_DB}"


def redis_caches(location: str) -> dict:
    return {"default": {"BACKEND": "cms.redis_cache.ReusingRedisCache", "LOCATION": location}}


@pytest.fixture
def redis_cache():
    """Redis as the shared cache, as in production."""
    with override_settings(CACHES=redis_caches(REDIS_LOCATION)):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


@pytest.fixture
def flaky_redis():
    """Redis behind a relay that the test can cut (``proxy.cut()``) and restore."""
    proxy = TcpProxy(("127.0.0.1", 6379))
    with override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{proxy.port}/{REDIS_DB}")):
        caches["default"].clear()
        yield proxy
        proxy.restore()
        caches["default"].clear()
    proxy.close()
