"""The aiohttp transport under python-telegram-bot: what reaches the Bot API, and Telegram's failures as
PTB's errors (the drainer's retries depend on them). Against a small real HTTP server on loopback."""

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from handlers.telegram_http import AiohttpRequest

TOKEN = "123456:TEST-token"
Answer = Callable[[web.Request], Awaitable[web.Response]]


def _message(chat_id: int, text: str, message_id: int = 7) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "date": 0,
        "chat": {"id": chat_id, "type": "private"},
        "from": {"id": 1, "is_bot": True, "first_name": "skp"},
        "text": text,
    }


def _after(seconds: float, text: str) -> Answer:
    """An answer that comes only after `seconds`: the message sent, with `text`."""

    async def late(request: web.Request) -> web.Response:
        await asyncio.sleep(seconds)
        return web.json_response({"ok": True, "result": _message(42, text)})

    return late


class BotApi:
    """A Bot API that records what it was sent and answers as the test says."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, Any], str]] = []  # method, fields, content type
        self.answer: Answer | None = None

    async def handle(self, request: web.Request) -> web.Response:
        if request.match_info["method"] == "getMe":  # Bot.initialize asks who it is
            me = {"id": 1, "is_bot": True, "first_name": "skp", "username": "skp_bot"}
            return web.json_response({"ok": True, "result": me})
        fields: dict[str, Any] = {}
        form = await request.post()
        for name, value in form.items():
            fields[name] = value.file.read() if isinstance(value, web.FileField) else value
        self.requests.append((request.match_info["method"], fields, request.content_type))
        if self.answer is not None:
            return await self.answer(request)
        chat_id = int(str(fields.get("chat_id", 0)))
        return web.json_response({"ok": True, "result": _message(chat_id, str(fields.get("text", "")))})


@pytest.fixture
async def api() -> AsyncIterator[tuple[BotApi, str]]:
    bot_api = BotApi()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", bot_api.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield bot_api, str(server.make_url("/bot"))
    await server.close()


def _bot(base_url: str, **timeouts: float) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=AiohttpRequest(2, **timeouts))


async def test_a_message_with_buttons_reaches_the_api_as_ptb_encodes_it(api: tuple[BotApi, str]) -> None:
    bot_api, base_url = api
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("Tag den", callback_data="claim:4")]])
    async with _bot(base_url) as bot:
        sent = await bot.send_message(chat_id=42, text="Ravn: hej æøå", reply_markup=buttons)

    assert sent.message_id == 7 and sent.text == "Ravn: hej æøå"
    method, fields, content_type = bot_api.requests[-1]
    assert method == "sendMessage" and content_type == "application/x-www-form-urlencoded"
    assert fields["chat_id"] == "42" and fields["text"] == "Ravn: hej æøå"
    markup = json.loads(fields["reply_markup"])
    assert markup["inline_keyboard"][0][0] == {"text": "Tag den", "callback_data": "claim:4"}


async def test_telegrams_429_becomes_retry_after_with_its_seconds(
    api: tuple[BotApi, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # as build_application sets it
    bot_api, base_url = api

    async def too_many(request: web.Request) -> web.Response:
        body = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 3"}
        return web.json_response({**body, "parameters": {"retry_after": 3}}, status=429)

    bot_api.answer = too_many
    async with _bot(base_url) as bot:
        with pytest.raises(RetryAfter) as raised:
            await bot.send_message(chat_id=42, text="hej")
    assert raised.value.retry_after.total_seconds() == 3


async def test_a_blocked_bot_is_forbidden(api: tuple[BotApi, str]) -> None:
    bot_api, base_url = api

    async def blocked(request: web.Request) -> web.Response:
        body = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
        return web.json_response(body, status=403)

    bot_api.answer = blocked
    async with _bot(base_url) as bot:
        with pytest.raises(Forbidden):
            await bot.send_message(chat_id=42, text="hej")


async def test_an_answer_slower_than_the_read_timeout_is_timed_out(api: tuple[BotApi, str]) -> None:
    bot_api, base_url = api

    bot_api.answer = _after(2, "late")
    async with _bot(base_url, read_timeout=0.2) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(chat_id=42, text="hej")


async def test_a_per_call_read_timeout_overrides_the_default(api: tuple[BotApi, str]) -> None:
    """The long poll passes its own, longer read timeout: the default must not cut it short."""
    bot_api, base_url = api

    bot_api.answer = _after(0.4, "held")
    async with _bot(base_url, read_timeout=0.1) as bot:
        sent = await bot.send_message(chat_id=42, text="hej", read_timeout=5)
    assert sent.text == "held"


async def test_nobody_listening_is_a_network_error(unused_tcp_port: int) -> None:
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.post(f"http://127.0.0.1:{unused_tcp_port}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()


async def test_a_file_goes_as_multipart_with_its_name(api: tuple[BotApi, str]) -> None:
    bot_api, base_url = api

    async def document(request: web.Request) -> web.Response:
        result = {**_message(42, ""), "document": {"file_id": "f", "file_unique_id": "u"}}
        return web.json_response({"ok": True, "result": result})

    bot_api.answer = document
    async with _bot(base_url) as bot:
        await bot.send_document(chat_id=42, document=b"rapport", filename="rapport.txt")

    method, fields, content_type = bot_api.requests[-1]
    assert method == "sendDocument" and content_type == "multipart/form-data"
    assert fields["document"] == b"rapport" and fields["chat_id"] == "42"


async def test_shutdown_closes_and_initialize_opens_again(api: tuple[BotApi, str]) -> None:
    """The runtime restarts its Application in tests and in the demo: the transport must come back."""
    _, base_url = api
    bot = _bot(base_url)
    for _ in range(2):
        async with bot:
            assert (await bot.send_message(chat_id=42, text="hej")).message_id == 7
