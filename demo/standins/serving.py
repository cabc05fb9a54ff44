"""Serving a fake's Starlette app with uvicorn on a free local port, in a background thread."""

import socket
import threading
from typing import Any

import uvicorn


def serve_in_thread(app: Any, name: str) -> tuple[uvicorn.Server, threading.Thread, int]:
    """Start uvicorn for `app`; returns the server, its thread and the port (the caller waits for ready).

    The socket is bound before the thread starts, so connections queue from the first moment. With
    proto IPPROTO_TCP asyncio sets TCP_NODELAY on accepted connections; with 0 it does not, and Nagle
    plus delayed ACKs add 40 ms to every answer.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    config = uvicorn.Config(
        app,
        lifespan="on",
        loop="asyncio",
        http="h11",
        ws="none",
        log_config=None,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=name, daemon=True)
    thread.start()
    return server, thread, int(sock.getsockname()[1])
