"""The fake Telegram Bot API in a child process, for a benchmark whose figure should not pay for Telegram.

In production Telegram is a remote service. Served in the benchmark's own process, the fake's parsing and
recording would take GIL time from the bot being measured; in a child it runs on the other core. The calls
BotUnderTest makes (`TelegramStandIn`) go over a pipe, one request and one answer at a time.
"""

import asyncio
import contextlib
import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import cast

from tests.e2e.harness import JSON
from tests.fakes.telegram_server import FakeTelegramServer

_STARTING_SECONDS = 60  # spawn imports the benchmark's modules afresh in the child
_STOPPING_SECONDS = 15  # the fake's own stop joins uvicorn's thread within 10


def _serve(connection: Connection, token: str) -> None:
    """The child: serve the fake and answer the parent's calls until it says stop (None) or is gone."""
    with FakeTelegramServer(token) as telegram:
        connection.send((telegram.token, telegram.base_url))
        while True:
            try:
                request = connection.recv()
            except EOFError:
                return
            if request is None:
                return
            method, args, kwargs = request
            try:
                answer = (True, getattr(telegram, method)(*args, **kwargs))
            except Exception as error:  # the parent raises it: a wait that timed out is an AssertionError
                answer = (False, error)
            connection.send(answer)


class TelegramInChildProcess:
    """A FakeTelegramServer in a spawned child process, with what BotUnderTest calls forwarded to it.

    Use as a context manager: the child is stopped and joined on the way out, exceptions included. A
    `wait_for_async` here takes a count only (a predicate does not cross the pipe).
    """

    def __init__(self, token: str = "123:ABC") -> None:
        self._token, self._base_url = token, ""
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._calling = threading.Lock()  # asyncio.to_thread may run two calls at once: one pipe

    def start(self) -> "TelegramInChildProcess":
        """Spawn the child; returns once its server accepts connections."""
        if self._process is not None:
            raise RuntimeError("TelegramInChildProcess was started already")
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child_end, self._token), name="fake-telegram", daemon=True
        )
        try:
            self._process.start()
            child_end.close()  # else a child that dies before answering would not end our recv
            if not self._connection.poll(_STARTING_SECONDS):
                raise RuntimeError("the fake Telegram server in the child process did not start")
            self._token, self._base_url = self._connection.recv()
        except BaseException:
            child_end.close()
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Tell the child to stop its server and join it; terminate, then kill, one that does not end."""
        process, connection, self._process, self._connection = self._process, self._connection, None, None
        if process is None or connection is None:
            return
        with contextlib.suppress(OSError):  # the child is gone already
            connection.send(None)
        if process.pid is not None:  # it was started
            process.join(_STOPPING_SECONDS)
            for end in (process.terminate, process.kill):
                if process.is_alive():
                    end()
                    process.join(5)
        connection.close()

    def __enter__(self) -> "TelegramInChildProcess":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ---- TelegramStandIn, forwarded ---------------------------------------------------------------

    @property
    def token(self) -> str:
        return self._token

    @property
    def base_url(self) -> str:
        return self._base_url

    def sent_to(self, chat_id: int) -> list[JSON]:
        return cast(list[JSON], self._call("sent_to", chat_id))

    def user_sends(
        self, chat_id: int, text: str, *, language_code: str = "da", reply_to_message_id: int | None = None
    ) -> int:
        options = {"language_code": language_code, "reply_to_message_id": reply_to_message_id}
        return cast(int, self._call("user_sends", chat_id, text, **options))

    def user_presses(self, chat_id: int, message_id: int, data: str) -> int:
        return cast(int, self._call("user_presses", chat_id, message_id, data))

    async def wait_for_async(
        self, until: int, chat_id: int | None = None, timeout: float = 5.0
    ) -> list[JSON]:
        """The child waits with its blocking wait_for; our event loop (the bot's) runs meanwhile."""
        return cast(list[JSON], await asyncio.to_thread(self._call, "wait_for", until, chat_id, timeout))

    def _call(self, method: str, *args: object, **kwargs: object) -> object:
        with self._calling:
            if self._connection is None:
                raise RuntimeError("TelegramInChildProcess is not running")
            self._connection.send((method, args, kwargs))
            succeeded, answer = self._connection.recv()
        if not succeeded:
            raise answer
        return answer
