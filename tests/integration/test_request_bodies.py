"""Every route that reads a body stops reading past its limit: a chunked upload with no length, or a
length that lies, gets 413 (or a refusal) while the sender is still sending, and costs no memory.

The app runs under uvicorn on a real port and the uploads go over a plain socket, as an attacker's
would: the ASGI test transport would hand the app the whole body at once and prove nothing.
"""

import asyncio
import socket
import time
import tracemalloc
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn
from sqlalchemy import Engine, func, select

from bot.crypto import Vault
from bot.models import ProcessedInbound
from bot.services import staff
from handlers.http import build_http_app
from handlers.sms_webhook import SmsWebhooks
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on
from tests.fakes.sms_forms import AUTH_TOKEN

PUBLIC = "https://skp.example.dk"
SECRET = "webhook-secret"
CHUNK = b"x" * 65_536
UPLOAD = 64 * 1024 * 1024  # what the sender would send if nobody stopped it
# By then the answer must have come: the limits are 64 kB and 1 MB, and the kernel's socket buffers
# on the loopback take a few MB before a sender notices that nobody reads.
ENOUGH = 16 * 1024 * 1024
FLAT = 4 * 1024 * 1024  # what the server may allocate meanwhile


@pytest.fixture
async def port(migrated: Engine, vault: Vault, clock: FakeClock) -> AsyncIterator[int]:
    """The HTTP app of `skp-bot run` with SMS and the Telegram webhook on, listening on a free port."""
    deps = deps_on(migrated, vault, clock)
    staff.sync_profile_teams(deps.new_uow(), clock, deps.profile)

    async def accept(update: dict[str, Any]) -> bool:
        return True

    app = build_http_app(
        migrated,
        "test",
        accept_telegram_update=accept,
        telegram_webhook_secret=SECRET,
        sms=SmsWebhooks(deps, AUTH_TOKEN, PUBLIC),
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = int(probe.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=free, lifespan="off", log_level="error")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    yield free
    server.should_exit = True
    await task


def upload(port: int, path: str, headers: dict[str, str], *, chunked: bool) -> tuple[int, int]:
    """Send a body of up to UPLOAD bytes until the server answers; the status and the bytes sent."""
    head = f"POST {path} HTTP/1.1\r\nHost: skp.example.dk\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    if chunked:
        head += "Transfer-Encoding: chunked\r\n"
    frame = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n" if chunked else CHUNK
    sent = 0
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall((head + "\r\n").encode())
        connection.setblocking(False)
        deadline = time.monotonic() + 30
        while b"\r\n" not in answer and time.monotonic() < deadline:
            try:
                answer += connection.recv(4096)
                continue
            except BlockingIOError:
                pass
            except ConnectionError:
                break
            if sent < UPLOAD:
                try:
                    connection.sendall(frame)
                    sent += len(CHUNK)
                except (BlockingIOError, InterruptedError):
                    time.sleep(0.001)
                except ConnectionError:
                    break
            else:
                time.sleep(0.001)
        if b"\r\n" not in answer:
            connection.setblocking(True)
            answer += connection.recv(4096)
    return int(answer.split(b" ", 2)[1]), sent


ROUTES = [
    ("/sms/inbound", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("/sms/status", {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "forged"}),
    ("/telegram/webhook", {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}),
]


@pytest.mark.parametrize(("path", "headers"), ROUTES)
async def test_a_chunked_upload_without_a_length_is_refused_while_it_is_still_coming(
    port: int, migrated: Engine, path: str, headers: dict[str, str]
) -> None:
    tracemalloc.start()
    try:
        status, sent = await asyncio.to_thread(upload, port, path, headers, chunked=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert status == 413
    assert sent < ENOUGH
    assert peak < FLAT
    with migrated.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(ProcessedInbound)) == 0


@pytest.mark.parametrize(("path", "headers"), ROUTES)
async def test_a_length_over_the_limit_is_refused_before_the_body_is_read(
    port: int, path: str, headers: dict[str, str]
) -> None:
    status, sent = await asyncio.to_thread(
        upload, port, path, {**headers, "Content-Length": str(UPLOAD)}, chunked=False
    )

    assert status == 413
    assert sent < ENOUGH


@pytest.mark.parametrize(("path", "headers"), ROUTES)
async def test_a_length_that_lies_costs_no_more_than_what_it_claims(
    port: int, path: str, headers: dict[str, str]
) -> None:
    status, sent = await asyncio.to_thread(
        upload, port, path, {**headers, "Content-Length": "100"}, chunked=False
    )

    assert status in (400, 403)  # the first 100 bytes are no form, no update, or unsigned
    assert sent < ENOUGH
