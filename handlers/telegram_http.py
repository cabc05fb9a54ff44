"""python-telegram-bot's requests carried by aiohttp instead of httpx.

PTB talks HTTP through a `BaseRequest`; its default, on httpx, spent about 3 ms of CPU per sendMessage
here (httpx's client layers — cookies, auth and redirect handling, a pool that polls every connection per
request). On aiohttp, whose HTTP parser is compiled, the same call costs about a third of that, and the
bot's sends are most of what it does. aiohttp is already installed with twilio, which depends on it.

Everything above the wire stays PTB's: the Bot API methods, the parsing of answers and errors (429
`retry_after`, 403, 400 …) and the rate limiter. Timeouts and connection failures become PTB's `TimedOut`
and `NetworkError`, as with httpx, so the drainer's retries see the same errors.
"""

from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.ext import ApplicationBuilder
from telegram.request import BaseRequest, RequestData

Builder = ApplicationBuilder[Any, Any, Any, Any, Any, Any]

# PTB's defaults for HTTPXRequest, in seconds.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` over one aiohttp session with at most `connections` connections."""

    def __init__(
        self,
        connections: int = 1,
        *,
        read_timeout: float | None = READ_TIMEOUT,
        connect_timeout: float = CONNECT_TIMEOUT,
        pool_timeout: float = POOL_TIMEOUT,
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (it must be made inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none; not keeping any is cheaper
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One request; its status and body. A write timeout has no counterpart in aiohttp: the Bot API
        requests are small enough to fit the socket's buffer, and the read timeout bounds the rest."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,  # waiting for the pool too
            sock_connect=connect,
            sock_read=_given(read_timeout, self._read_timeout),
        )
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's ServerTimeoutError is one too
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}") from error


def _given(value: Any, default: float | None) -> float | None:
    """PTB passes DEFAULT_NONE for "use the default": any other value, None included, is meant."""
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


def _body(request_data: RequestData | None) -> aiohttp.FormData | dict[str, str] | None:
    """Form fields as PTB encodes them (values already JSON where they are not strings); files, which
    the bot never sends but PTB's API allows, as multipart."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    if not request_data.contains_files:
        return fields
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in (request_data.multipart_data or {}).items():
        filename, content, *mimetype = part
        form.add_field(name, content, filename=filename, content_type=mimetype[0] if mimetype else None)
    return form
