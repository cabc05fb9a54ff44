"""The fake Telegram server speaks the Bot API as the real python-telegram-bot understands it.

Every e2e test of the bot trusts this fake, so here the real PTB `Application` and `Bot` drive it over
real HTTP: long polling, offsets, inline keyboards and callback queries, Telegram's errors, commands,
formatting and webhook delivery with redelivery.
"""

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from tests.fakes.telegram_server import FakeTelegramServer

CHAT = 4242


@pytest.fixture
def server() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture
async def bot(server: FakeTelegramServer) -> AsyncIterator[Bot]:
    async with Bot(server.token, base_url=server.bot_base_url) as bot:
        yield bot


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data) for text, data in buttons]])


# ---- long polling with a bare PTB Application ----------------------------------------------------


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say back what the user wrote."""
    assert update.effective_message and update.effective_message.text
    await update.effective_message.reply_text(update.effective_message.text)


async def test_a_bare_ptb_application_echoes_what_the_user_writes(server: FakeTelegramServer) -> None:
    application = ApplicationBuilder().token("123:ABC").base_url(f"{server.base_url}/bot").build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=5))

        server.user_sends(CHAT, "hej")
        [reply] = await server.wait_for_async(1, chat_id=CHAT, timeout=2)

        await application.updater.stop()
        await application.stop()
    assert reply["text"] == "hej"
    assert reply["from"]["username"] == "skp_test_bot"
    assert server.pending_updates() == []  # the Updater confirmed the update on its way out


async def test_a_long_poll_returns_as_soon_as_the_user_writes(server: FakeTelegramServer, bot: Bot) -> None:
    asyncio.get_running_loop().call_later(0.05, server.user_sends, CHAT, "nu")
    started = time.monotonic()

    [update] = await bot.get_updates(timeout=timedelta(seconds=5))

    assert time.monotonic() - started < 1
    assert update.message is not None and update.message.text == "nu"


async def test_a_long_poll_without_news_waits_for_its_timeout(server: FakeTelegramServer, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=timedelta(seconds=0.3)) == ()
    assert 0.25 < time.monotonic() - started < 1


# ---- offsets -------------------------------------------------------------------------------------


async def test_confirmed_updates_never_come_back(server: FakeTelegramServer, bot: Bot) -> None:
    first, second, third = (server.user_sends(CHAT, text) for text in ("en", "to", "tre"))
    assert [update.update_id for update in await bot.get_updates()] == [first, second, third]

    assert [update.update_id for update in await bot.get_updates(offset=second + 1)] == [third]
    assert [update.update_id for update in await bot.get_updates(offset=first)] == [third]
    assert [update.update_id for update in await bot.get_updates()] == [third]
    assert [update.update_id for update in await bot.get_updates(limit=1)] == [third]


async def test_a_command_carries_a_bot_command_entity_and_the_users_language(
    server: FakeTelegramServer, bot: Bot
) -> None:
    server.user_sends(CHAT, "/start ABC234", first_name="Susanne", language_code="da")

    [update] = await bot.get_updates()

    assert update.message is not None and update.effective_user is not None
    assert update.message.parse_entities() == {update.message.entities[0]: "/start"}
    assert (update.effective_user.first_name, update.effective_user.language_code) == ("Susanne", "da")


async def test_a_telegram_reply_carries_the_bots_message(server: FakeTelegramServer, bot: Bot) -> None:
    server.open_chat(CHAT)
    sent = await bot.send_message(CHAT, "Borger K7 skriver: hej")

    server.user_sends(CHAT, "Vi ses i morgen", reply_to_message_id=sent.message_id)
    [update] = await bot.get_updates()

    assert update.message is not None and update.message.reply_to_message is not None
    assert update.message.reply_to_message.text == "Borger K7 skriver: hej"
    assert update.message.reply_to_message.from_user == sent.from_user


# ---- sending, keyboards and callback queries -----------------------------------------------------


async def test_an_inline_keyboard_comes_back_as_a_callback_query(
    server: FakeTelegramServer, bot: Bot
) -> None:
    server.user_sends(CHAT, "hej")
    markup = keyboard(("Gjort", "done:7"), ("Ikke truffet", "missed:7"))

    sent = await bot.send_message(CHAT, "Tjek ind med K7?", reply_markup=markup)
    server.user_presses(CHAT, sent.message_id, "done:7")
    updates = await bot.get_updates()

    assert sent.reply_markup == markup and sent.chat.type == "private"
    query = updates[-1].callback_query
    assert isinstance(query, CallbackQuery)
    assert (
        query.data == "done:7" and query.message is not None and query.message.message_id == sent.message_id
    )
    assert await query.answer("Registreret")
    assert server.calls("answerCallbackQuery")[0]["text"] == "Registreret"
    assert server.sent_to(CHAT)[0]["reply_markup"] == markup.to_dict()


async def test_message_ids_grow_per_chat_across_both_sides(server: FakeTelegramServer, bot: Bot) -> None:
    server.user_sends(CHAT, "hej")
    server.user_sends(CHAT + 1, "hej")

    ids = [(await bot.send_message(chat, "svar")).message_id for chat in (CHAT, CHAT, CHAT + 1)]

    assert ids == [2, 3, 2]


async def test_a_reply_to_a_message_that_is_gone_is_refused(server: FakeTelegramServer, bot: Bot) -> None:
    server.open_chat(CHAT)
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(CHAT, "svar", reply_parameters=ReplyParameters(message_id=99))

    sent = await bot.send_message(
        CHAT, "svar", reply_parameters=ReplyParameters(99, allow_sending_without_reply=True)
    )
    assert sent.reply_to_message is None


async def test_html_reaches_the_user_as_text_with_entities(server: FakeTelegramServer, bot: Bot) -> None:
    server.open_chat(CHAT)

    sent = await bot.send_message(CHAT, "<b>Kode:</b>\nAB3 &amp; C", parse_mode=ParseMode.HTML)

    assert sent.text == "Kode:\nAB3 & C"
    assert [(entity.type, entity.offset, entity.length) for entity in sent.entities] == [("bold", 0, 5)]


async def test_unescaped_markdown_v2_is_refused_like_telegram_does(
    server: FakeTelegramServer, bot: Bot
) -> None:
    server.open_chat(CHAT)
    with pytest.raises(BadRequest, match=r"Can't parse entities: character '\.' is reserved"):
        await bot.send_message(CHAT, "Tak for din besked.", parse_mode=ParseMode.MARKDOWN_V2)
    assert server.sent_to(CHAT) == []


async def test_editing_changes_what_the_user_sees(server: FakeTelegramServer, bot: Bot) -> None:
    server.open_chat(CHAT)
    sent = await bot.send_message(CHAT, "Tjek ind?", reply_markup=keyboard(("Gjort", "done")))

    await bot.edit_message_text("Tjek ind: gjort", chat_id=CHAT, message_id=sent.message_id)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Tjek ind: gjort", chat_id=CHAT, message_id=sent.message_id)

    [message] = server.sent_to(CHAT)
    assert message["text"] == "Tjek ind: gjort" and "reply_markup" not in message and "edit_date" in message


async def test_a_chat_the_user_never_opened_is_not_found(server: FakeTelegramServer, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(CHAT, "hej")


# ---- failures ------------------------------------------------------------------------------------


async def test_429_raises_retry_after_with_telegrams_delay(
    server: FakeTelegramServer, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB 22's int `retry_after` is deprecated
    server.open_chat(CHAT)
    server.fail_next(1, 429, retry_after=7)

    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(CHAT, "hej")
    await bot.send_message(CHAT, "hej igen")

    assert raised.value.retry_after == timedelta(seconds=7)
    assert [message["text"] for message in server.sent_to(CHAT)] == ["hej igen"]
    assert [call.status for call in server.call_log() if call.method == "sendMessage"] == [429, 200]


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_raise_network_error_and_record_nothing(
    server: FakeTelegramServer, bot: Bot, status: int
) -> None:
    server.open_chat(CHAT)
    server.fail_next(1, status)

    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "hej")

    assert server.sent_to(CHAT) == [] and len(server.calls("sendMessage")) == 1


async def test_a_blocked_user_answers_forbidden(server: FakeTelegramServer, bot: Bot) -> None:
    server.open_chat(CHAT)
    server.block(CHAT)

    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "hej")


async def test_a_share_of_failures_is_the_same_for_the_same_seed(
    server: FakeTelegramServer, bot: Bot
) -> None:
    server.open_chat(CHAT)

    async def outcomes() -> list[bool]:
        server.fail_share(0.5, status=500, seed=3)
        results = []
        for index in range(20):
            try:
                await bot.send_message(CHAT, f"besked {index}")
                results.append(True)
            except NetworkError:
                results.append(False)
        return results

    first, second = await outcomes(), await outcomes()

    assert first == second and 3 < first.count(False) < 17
    assert len(server.sent_to(CHAT)) == first.count(True) * 2


async def test_an_unknown_method_is_not_found_like_on_telegram(server: FakeTelegramServer) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        unknown = await client.post("/bot123:ABC/sendTelepathy", data={"chat_id": "1"})
        bad_token = await client.post("/botnot-a-token/getMe")
        any_case = await client.get("/bot123:ABC/GETME")

    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert bad_token.status_code == 404
    assert any_case.json()["result"]["is_bot"] is True


async def test_json_and_multipart_bodies_are_understood(server: FakeTelegramServer) -> None:
    server.open_chat(CHAT)
    markup = keyboard(("Ja", "yes")).to_dict()
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        as_json = await client.post(
            "/bot123:ABC/sendMessage", json={"chat_id": CHAT, "text": "1", "reply_markup": markup}
        )
        as_multipart = await client.post(
            "/bot123:ABC/sendMessage",
            data={"chat_id": str(CHAT), "text": "2", "reply_markup": json.dumps(markup)},
            files={"document": ("a.txt", b"abc")},
        )

    assert as_json.json()["result"]["reply_markup"] == markup
    assert as_multipart.json()["result"]["reply_markup"] == markup
    assert server.calls("sendMessage")[1]["document"] == {"filename": "a.txt", "size": 3}


# ---- commands ------------------------------------------------------------------------------------


async def test_the_command_menu_is_recorded_per_language_and_scope(
    server: FakeTelegramServer, bot: Bot
) -> None:
    commands = [BotCommand("start", "Vis menuen"), BotCommand("bekymring", "Send en bekymringshenvendelse")]
    scope = BotCommandScopeAllPrivateChats()

    await bot.set_my_commands(commands, scope=scope, language_code="da")

    assert await bot.get_my_commands(scope=scope, language_code="da") == tuple(commands)
    assert await bot.get_my_commands() == ()
    assert server.commands("da", scope.to_dict())[1] == {
        "command": "bekymring",
        "description": "Send en bekymringshenvendelse",
    }
    assert server.calls("setMyCommands")[0]["language_code"] == "da"
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("hjælp", "Numre")])


# ---- webhook -------------------------------------------------------------------------------------


class WebhookReceiver:
    """A bot's webhook endpoint, stood in for by the stdlib: answers the given statuses in turn."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.received: list[tuple[str | None, dict[str, object]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.received.append((self.headers.get("X-Telegram-Bot-Api-Secret-Token"), body))
                self.send_response(
                    receiver.statuses.pop(0) if len(receiver.statuses) > 1 else receiver.statuses[0]
                )
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                """Quiet."""

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/telegram/webhook"

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(500, 200)
    yield receiver
    receiver.close()


async def test_telegram_redelivers_until_the_webhook_answers_2xx(
    server: FakeTelegramServer, bot: Bot, receiver: WebhookReceiver
) -> None:
    await bot.set_webhook(receiver.url, secret_token="s3cret", allowed_updates=["message", "callback_query"])
    update_id = server.user_sends(CHAT, "hej")

    statuses = await asyncio.to_thread(server.redeliver_until_ok)

    assert statuses == [500, 200]
    assert [(secret, body["update_id"]) for secret, body in receiver.received] == [("s3cret", update_id)] * 2
    assert server.pending_updates() == []
    info = await bot.get_webhook_info()
    assert info.url == receiver.url and info.pending_update_count == 0
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"


async def test_a_failed_delivery_stays_pending_and_polling_conflicts(
    server: FakeTelegramServer, bot: Bot, receiver: WebhookReceiver
) -> None:
    await bot.set_webhook(receiver.url)
    assert await asyncio.to_thread(server.deliver_webhook, "hej", chat_id=CHAT) == 500
    assert len(server.pending_updates()) == 1

    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook()
    [update] = await bot.get_updates()
    assert update.message is not None and update.message.text == "hej"


async def test_a_second_bot_instance_polling_ends_the_first_ones_poll_in_conflict(
    server: FakeTelegramServer, bot: Bot
) -> None:
    older = asyncio.create_task(bot.get_updates(timeout=timedelta(seconds=5)))
    await asyncio.sleep(0.1)  # let the first instance's long poll reach the server

    async with Bot(server.token, base_url=server.bot_base_url) as second_instance:
        assert await second_instance.get_updates() == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await older


# ---- the control API itself ----------------------------------------------------------------------


def test_wait_for_blocks_until_the_bot_has_written(server: FakeTelegramServer) -> None:
    server.open_chat(CHAT)
    url = f"{server.bot_base_url}{server.token}/sendMessage"
    sender = threading.Timer(0.05, httpx.post, args=(url,), kwargs={"data": {"chat_id": CHAT, "text": "Tak"}})
    sender.start()

    [message] = server.wait_for(lambda message: message["text"] == "Tak", chat_id=CHAT, timeout=2)
    sender.join()

    assert message["chat"]["id"] == CHAT
    with pytest.raises(AssertionError, match=r"expected 2 message\(s\) to chat 4242 within 0.1s; .*'Tak'"):
        server.wait_for(2, chat_id=CHAT, timeout=0.1)


async def test_wait_for_refuses_to_block_a_running_event_loop(server: FakeTelegramServer) -> None:
    with pytest.raises(RuntimeError, match="wait_for_async"):
        server.wait_for(1)


async def test_stopping_answers_an_open_long_poll_and_ends_the_thread() -> None:
    threads_before = set(threading.enumerate())
    server = FakeTelegramServer().start()
    async with Bot(server.token, base_url=server.bot_base_url) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=timedelta(seconds=5)))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await asyncio.to_thread(server.stop)
        assert await poll == ()
    assert time.monotonic() - started < 1
    assert not [
        thread for thread in set(threading.enumerate()) - threads_before if thread.name == "fake-telegram"
    ]


# ---- media and copyMessage ---------------------------------------------------------------------------


async def test_a_users_photo_voice_and_location_arrive_as_ptb_reads_them(
    server: FakeTelegramServer, bot: Bot
) -> None:
    server.user_sends_media(CHAT, "photo", caption="se her")
    server.user_sends_media(CHAT, "voice")
    server.user_sends_media(CHAT, "location")

    photo, voice, location = [update.message for update in await bot.get_updates()]

    assert photo is not None and photo.photo and photo.caption == "se her" and photo.text is None
    assert voice is not None and voice.voice is not None and voice.voice.file_id
    assert location is not None and location.location is not None


async def test_copy_message_answers_with_the_new_message_id_and_copies_the_content(
    server: FakeTelegramServer, bot: Bot
) -> None:
    other = CHAT + 1
    server.open_chat(other)
    server.user_sends_media(CHAT, "photo", caption="se her")
    (update,) = await bot.get_updates()
    assert update.message is not None

    copied = await bot.copy_message(chat_id=other, from_chat_id=CHAT, message_id=update.message.message_id)
    bare = await bot.copy_message(
        chat_id=other, from_chat_id=CHAT, message_id=update.message.message_id, caption=""
    )

    first, second = server.sent_to(other)
    assert copied.message_id == first["message_id"] and bare.message_id == second["message_id"]
    assert first["photo"] == update.message.to_dict()["photo"] and first["caption"] == "se her"
    assert "caption" not in second and first["from"]["is_bot"]


async def test_copying_a_message_that_does_not_exist_is_a_bad_request(
    server: FakeTelegramServer, bot: Bot
) -> None:
    server.open_chat(CHAT)

    with pytest.raises(BadRequest, match="(?i)message to copy not found"):
        await bot.copy_message(chat_id=CHAT, from_chat_id=CHAT, message_id=999)
